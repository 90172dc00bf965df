// The words that say how a figure is meant: its basis (and who forecasts it), its hedge, its sign, a
// change rather than a level, a sum of what was listed. Simplified Chinese and English; traditional
// text is converted to simplified before matching.
import type { Basis, Qualifier } from "../model/types.js";
import { Lexicon } from "./lexicon.js";

export type Cue =
  | { kind: "basis"; basis: Basis; scope: "clause" | "sentence" }
  | { kind: "decline" }
  | { kind: "loss" }
  | { kind: "growth" }
  | { kind: "share" }
  | { kind: "prior_generation" }
  | { kind: "between" }
  /** Words that add up what was just listed: 合计, combined. */
  | { kind: "together" }
  /** A bank or broker whose analysts forecast: its forecast (预计, expects) is an estimate, not a company's guidance. */
  | { kind: "analyst_house" }
  /** Words that hold a basis word without meaning it ("told analysts": the analysts are the audience). */
  | { kind: "neutral" };

const BASIS_CUES: [Basis, "clause" | "sentence", string[]][] = [
  ["ex_fx", "clause", ["剔除汇率", "剔除汇率影响", "剔除汇率有利影响", "不计汇率", "不包括汇率", "排除汇率", "按固定汇率", "固定汇率", "excluding foreign exchange", "excluding fx", "ex-fx", "constant currency", "excluding the impact of foreign exchange"]],
  ["non_gaap", "clause", ["调整后", "经调整", "经调整后", "非gaap", "非公认会计准则", "non-gaap", "adjusted", "excluding items", "core"]],
  // A company forecasts (预计, expects, guides); the market expects (预期, expectations, consensus):
  // 预期 and "expected" in results news are the analysts' figure the result is set against.
  ["guidance", "sentence", ["预计", "指引", "业绩指引", "展望", "预估", "预测", "盈利预测", "全年预测", "料", "forecast", "expects", "expect", "guidance", "guided", "outlook", "forecasts", "projected", "projects", "anticipates", "sees"]],
  ["estimate", "sentence", ["分析师预期", "分析师预计", "普遍预期", "市场普遍预期", "分析师预测", "according to analysts", "分析师平均预期", "市场预期", "市场预估", "预期", "超出预期", "高于预期", "好于预期", "不及预期", "低于预期", "共识", "一致预期", "分析师", "consensus", "analysts expect", "analysts expected", "analysts polled", "analysts", "estimate", "estimates", "expected", "expectations", "expectation", "polled by", "lseg", "factset", "visible alpha", "refinitiv", "zacks", "mean estimate", "street"]],
  // Words that set a figure apart as the actual result beside an expectation: 实际为, "came in at".
  ["reported", "clause", ["实际", "实际为", "实际值", "actual", "came in at"]],
  ["run_rate", "sentence", ["年化", "annualized", "annualised", "run rate", "run-rate"]],
  ["plan", "sentence", ["计划", "将投入", "拟投入", "打算", "plans", "plan to", "planned", "will invest", "will spend"]],
];

const OTHER: [Cue, string[]][] = [
  [{ kind: "loss" }, ["亏损", "经营亏损", "营业亏损", "净亏损", "loss", "losses", "operating loss", "net loss", "lost"]],
  [{ kind: "decline" }, ["下降", "下跌", "下滑", "减少", "降低", "跌幅", "暴跌", "跌", "缩减", "蒸发", "节省", "省", "微降", "略降", "小幅下降", "降", "减", "收窄", "缩窄", "少赚", "倒退", "萎缩", "wiped off", "fell", "fall", "falls", "declined", "decline", "declines", "down", "dropped", "drop", "decreased", "decrease", "shrank", "lower", "narrowed", "contracted", "slipped", "slid", "eased", "dipped", "sank", "tumbled", "plunged"]],
  [{ kind: "growth" }, ["增长", "增加", "上升", "上涨", "提升", "增速", "增幅", "增", "rose", "grew", "growth", "increase", "increased", "up", "jumped", "climbed", "gained"]],
  [{ kind: "share" }, ["占", "份额", "占比", "贡献", "share of", "accounted for"]],
  [{ kind: "prior_generation" }, ["上一代", "前一代", "上代", "previous generation", "prior generation"]],
  [{ kind: "between" }, ["介于", "之间", "between"]],
  [{ kind: "together" }, ["合计", "共计", "总计", "合共", "加起来", "together", "combined"]],
  [{ kind: "analyst_house" }, ["摩根士丹利", "大摩", "高盛", "摩根大通", "小摩", "美银", "美国银行", "花旗", "瑞银", "巴克莱", "德意志银行", "富国银行", "杰富瑞", "伯恩斯坦", "野村", "中金", "华尔街", "morgan stanley", "goldman sachs", "goldman", "jpmorgan", "j.p. morgan", "bank of america", "bofa", "citigroup", "citi", "ubs", "barclays", "deutsche bank", "wells fargo", "jefferies", "bernstein", "nomura", "wall street"]],
  [{ kind: "neutral" }, ["告诉分析师", "向分析师", "对分析师", "told analysts", "telling analysts"]],
];

let cueLexicon: Lexicon<Cue> | undefined;

export function cues(): Lexicon<Cue> {
  if (cueLexicon) return cueLexicon;
  const lexicon = new Lexicon<Cue>();
  for (const [basis, scope, words] of BASIS_CUES) for (const word of words) lexicon.add(word, { kind: "basis", basis, scope });
  for (const [cue, words] of OTHER) for (const word of words) lexicon.add(word, cue);
  return (cueLexicon = lexicon);
}

/** Hedges written just before a figure, longest first (matched against the end of the text before it). */
export const QUALIFIERS_BEFORE: readonly [string, Qualifier][] = [
  ["more than", "more_than"], ["less than", "less_than"], ["at least", "at_least"], ["up to", "up_to"],
  ["approximately", "about"], ["roughly", "about"], ["around", "about"], ["nearly", "about"], ["almost", "about"],
  ["about", "about"], ["some", "about"], ["over", "more_than"], ["above", "more_than"], ["exceeding", "more_than"],
  ["under", "less_than"], ["below", "less_than"], ["as much as", "up_to"],
  ["超过", "more_than"], ["超出", "more_than"], ["突破", "more_than"], ["逾", "more_than"], ["超", "more_than"], ["高于", "more_than"],
  ["至少", "at_least"], ["不少于", "at_least"], ["最高", "up_to"], ["最多", "up_to"], ["多达", "up_to"],
  ["大约为", "about"], ["约为", "about"], ["约达", "about"], ["大约", "about"], ["约", "about"], ["接近", "about"], ["将近", "about"], ["近", "about"], ["左右", "about"],
  ["不到", "less_than"], ["不足", "less_than"], ["少于", "less_than"], ["低于", "less_than"],
];

/** Hedges written just after a figure (after its unit). */
export const QUALIFIERS_AFTER: readonly [string, Qualifier][] = [
  ["或更多", "at_least"], ["以上", "more_than"], ["多", "more_than"], ["余", "more_than"], ["左右", "about"], ["上下", "about"], ["以下", "up_to"], ["以内", "up_to"], ["or more", "at_least"], ["plus", "more_than"],
];
