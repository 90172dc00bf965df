// Figures in Markdown tables. A cell's figure is read from the cell alone (a sign or a currency, the
// number, a loss in parentheses, a scale, a percent), and bound from the table's structure instead of
// a sentence: its row label and its column header name the metric, the segment, the period, the
// measure and the basis (a table may run either way: periods across and metrics down, or the
// reverse); the caption, a unit line under the table or the header's corner gives the unit the cells
// leave out ("$ in millions", 单位：亿元). A change column with no metric of its own is the change of
// the column to its left; rows of a table of the company's parts (板块, Segment), and rows under the
// revenue row that name no metric, are segments' revenue, new segments where the taxonomy has none.
import { type Basis, CHANGE_MEASURES, type Measure } from "../model/types.js";
import { compareExact } from "../numbers/exact.js";
import { lastStartAtOrBefore } from "../model/lines.js";
import { parseWrittenNumber } from "../numbers/written-number.js";
import { isSpanLabel, parsePeriod, sameDays, shiftLabel } from "../periods/period.js";
import { unitFits, unitsFor } from "../taxonomy/units.js";
import { BROKER_NAME, basisOf, overlapsMetric } from "./basis-cues.js";
import type { Context, TableAnchor } from "./context.js";
import type { ProposedFact, SkippedFigure } from "./proposed-fact.js";
import { CJK_CURRENCY_WORDS, CURRENCY_CODES, type Figure, hundredths } from "./figures.js";
import { captionOf, type Cell, type Table } from "./layout.js";
import { fittingMetric, measureFor, type FigureCues } from "./metric-fit.js";
import { finishPeriod } from "./period-choice.js";
import { storeCountOfLabel } from "./store-counts.js";
import { ownPeriod } from "./periods.js";
import { firstOf, segmentFor, type Term } from "./terms.js";
import type { TermMatch } from "./lexicon.js";
import type { MetricDefinition } from "../taxonomy/taxonomy.js";
import { firstFrom } from "./text-structure.js";
import { headsPartsColumn, headsWholeColumn, keepNewSegment, keptPartOpening, newSegmentIn, othersBusinessWord, rowLabelSegment } from "./new-segments.js";

/** Where a table figure stands: its table, its row and its column. */
export interface CellPlace {
  table: Table;
  row: number;
  column: number;
}

const SIGNS: readonly [RegExp, string][] = [
  [/^us\$/, "USD"], [/^nt\$/, "TWD"], [/^t\$/, "TWD"], [/^c\$/, "CAD"], [/^hk\$/, "HKD"], [/^s\$/, "SGD"], [/^a\$/, "AUD"], [/^\$/, "USD"],
  [/^€/, "EUR"], [/^£/, "GBP"], [/^¥/, "JPY"], [/^₹/, "INR"], [/^rs\.?\s?/, "INR"],
  // ("SEK 7,905", "CHF 1,297": a currency's code before the number.)
  ...CURRENCY_CODES.map((code): [RegExp, string] => [new RegExp(`^${code}\\s?`), code.toUpperCase()]),
];
const SCALES: Readonly<Record<string, string>> = { k: "thousand", m: "million", mn: "million", b: "billion", bn: "billion", t: "trillion", tn: "trillion", thousand: "thousand", million: "million", billion: "billion", trillion: "trillion", 万: "万", 亿: "亿", 万亿: "万亿", crore: "crore", cr: "crore", lakh: "lakh" };
/** A currency's word after a Chinese cell's amount (1,428.6亿元, 3.2亿美元), longest first; a bare 元 is the story's yuan. */
const CURRENCY_WORDS = [...CJK_CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
/** A cell that holds one figure and nothing else: "$(1,247)", "-8.2%", "¥4.1 trillion", "12,345", "(95)". */
const CELL = new RegExp(String.raw`^([+\-−–])?\s*(us\$|nt\$|t\$|c\$|hk\$|s\$|a\$|\$|€|£|¥|₹|rs\.?\s?|(?:${CURRENCY_CODES.join("|")})\s?)?\s*(\()?\s*(\$)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?)\s*(\))?\s*(万亿|亿|万|k|mn|m|bn|b|tn|t|thousand|million|billion|trillion|crore|cr|lakh)?\s*(%|bps|bp|pp|pts?|个百分点|個百分點|百分点|百分點|x|倍|${CURRENCY_WORDS})?(?:\s?\/\s?(?:股|share)|\sper\sshare|\sa\sshare)?\s*(\))?\s*$`, "i");

/** A word of profit or loss and a colon before a cell's figure: "盈利：", "亏损：", "Loss:". */
const SIGN_LABEL = /^\s*(?:\*\*)?(盈利|亏损|profit|loss)(?:\*\*)?\s?[:：]\s*/;
/** A cell's hedge before its figure ("about 10%", 约3%): the qualifier it gives. */
const CELL_HEDGE = /^\s*(about|around|approx\.?|approximately|roughly|约|約)\s*/;
/** Between a range's two figures: "6% to 8%", "6–8%", "2%-4%", 3%至5%. */
const CELL_RANGE = /^(.*?\d[^\s]*?)\s*(?:\bto\b|–|—|~|～|至|(?<=[\d%a-z])-(?=\s?[$€£¥₹\d]))\s*([+\-−–]?\s*(?:us\$|nt\$|hk\$|a\$|s\$|c\$|\$|€|£|¥|₹)?\s*\d.*)$/;

/**
 * The figure a cell holds, when it holds exactly one; a loss in parentheses is negative. A range
 * ("6% to 8%", "-2% to 0%", "6–8%") is one figure with a high end; a hedge before it ("about 10%")
 * is its qualifier.
 */
export function cellFigure(lower: string, cell: Cell): Figure | undefined {
  // "盈利：32,000万元–36,000万元", "亏损：1,200万元" (an A-share results forecast's table): a word of profit or
  // loss before the figure gives its sign, and is no metric of the cell's.
  const signed = SIGN_LABEL.exec(lower.slice(cell.start, cell.end));
  if (signed) {
    const inner = cellFigure(lower, { ...cell, start: cell.start + signed[0].length });
    if (!inner || signed[1] !== "亏损" && signed[1] !== "loss") return inner && { ...inner, start: cell.start };
    const negate = (value: string) => (value.startsWith("-") ? value.slice(1) : `-${value}`);
    return { ...inner, start: cell.start, value: negate(inner.value), ...(inner.valueHigh !== undefined ? { valueHigh: negate(inner.valueHigh) } : {}) };
  }
  const hedge = CELL_HEDGE.exec(lower.slice(cell.start, cell.end).replace(/\*\*/g, ""));
  const from = hedge ? lower.indexOf(hedge[1]!, cell.start) + hedge[0].trimStart().length : cell.start;
  const single = singleCellFigure(lower, { ...cell, start: from });
  if (single) return hedge ? { ...single, start: cell.start, qualifier: "about" } : single;
  // (Read as written, bold marks and all, so each end's offset is the text's: singleCellFigure drops the marks.)
  const content = lower.slice(from, cell.end);
  const range = CELL_RANGE.exec(content);
  if (!range) return undefined;
  const highStart = from + content.lastIndexOf(range[2]!);
  const low = singleCellFigure(lower, { ...cell, start: from, end: from + range[1]!.length });
  const high = singleCellFigure(lower, { ...cell, start: highStart });
  if (!low || !high || (low.unit !== undefined && high.unit !== undefined && low.unit !== high.unit) || low.scale !== high.scale && low.scale !== undefined) return undefined;
  const unit = low.unit ?? high.unit;
  // (Bare numbers on both sides, "2025-26", are a span of years or a score, not a range of amounts;
  // with a decimal point, "4.80-4.92" under a caption's unit, they are a range.)
  if (unit === undefined && low.scale === undefined && high.scale === undefined && !(low.value.includes(".") && high.value.includes("."))) return undefined;
  return { ...low, start: cell.start, end: cell.end, valueHigh: high.value, ...(unit !== undefined ? { unit, unitKind: (low.unitKind ?? high.unitKind)! } : {}), ...(high.scale !== undefined ? { scale: high.scale } : {}), qualifier: hedge ? "about" : "exact" };
}

function singleCellFigure(lower: string, cell: Cell): Figure | undefined {
  const content = lower.slice(cell.start, cell.end).replace(/\*\*/g, "");
  const match = CELL.exec(content);
  if (!match) return undefined;
  // The closing bracket of a negative may stand before or after the unit: "(12.4)%", "(5.5%)".
  const [, sign, prefix, open, innerDollar, number, closeBefore, scaleWord, unitWord, closeAfter] = match;
  const close = closeBefore ?? closeAfter;
  if ((open !== undefined) !== (close !== undefined) || (closeBefore !== undefined && closeAfter !== undefined)) return undefined;
  const negative = (sign !== undefined && sign !== "+") || open !== undefined;
  // ("1,428.6亿元": a currency's word after the amount, a bare 元 the story's yuan as in prose.)
  const written = unitWord !== undefined ? CJK_CURRENCY_WORDS.get(unitWord) : undefined;
  const currency = prefix ? SIGNS.find(([pattern]) => pattern.test(prefix))?.[1] : innerDollar ? "USD" : written;
  const points = unitWord === "pp" || (unitWord !== undefined && /百分[点點]|^pts?$/i.test(unitWord));
  const unit = unitWord === "%" ? "percent" : unitWord === "bps" || unitWord === "bp" ? "bp" : points ? "pp" : unitWord === "x" || unitWord === "倍" ? "multiple" : currency;
  const unitKind = unitWord === "%" ? "percent" : unit === "bp" ? "bp" : unit === "pp" ? "pp" : unit === "multiple" ? "multiple" : currency ? "currency" : undefined;
  const numberStart = cell.start + content.indexOf(number!);
  return {
    start: cell.start,
    numberStart,
    numberEnd: numberStart + number!.length,
    end: cell.end,
    value: negative ? `-${number}` : number!,
    ...(scaleWord ? { scale: SCALES[scaleWord.toLowerCase()] ?? scaleWord } : {}),
    ...(unit !== undefined ? { unit, unitKind: unitKind! } : {}),
    ...(unitWord === "元" ? { bareYuan: true } : {}),
    qualifier: "exact",
  };
}

/** Binds a table cell's figure from its row label and its column header (see the file's header). */
export function bindTableCell(context: Context, figure: Figure, place: CellPlace): ProposedFact | SkippedFigure {
  const { table, row, column } = place;
  const rowCells = table.rows[row]!.cells;
  const label = rowCells[0]!;
  const header = table.header.cells[column];
  // (The figure's own line: a flattened table's row runs over several.)
  const line = lastStartAtOrBefore(context.lineStarts, figure.start) + 1;
  const columnAt = figure.start - context.lineStarts[line - 1]! + 1;
  const skip = (reason: string): SkippedFigure => ({ line, column: columnAt, text: context.original.slice(figure.start, figure.end), reason });
  // The row label speaks first, the column header second, the table's heading last.
  const parts: Cell[] = header ? [label, header] : [label];
  // (In a table of the company's parts, 板块 or "Segment" over its first column, the row label names the
  // part: "| Passenger vehicles | 9.6% |" under "YoY growth" after "Revenue" is the part's revenue
  // growth, not a count of vehicles. A change column's metric is then read from its own header and the
  // columns to its left, never from the label.)
  const corner = table.header.cells[0];
  const cornerNamesParts = corner !== undefined && headsPartsColumn(context.lower.slice(corner.start, corner.end));
  const ofParts = header !== undefined && cornerNamesParts;
  const metricParts = ofParts && CHANGE_HEADER.test(context.lower.slice(header!.start, header!.end)) ? [header!] : parts;
  // The unit the cell leaves out: its row label's or its column header's own ("营收（亿元）", "Revenue
  // ($ in millions)"), else the table's caption or corner.
  // (A change column's own percent, "增减变动幅度（%）", is its cells' unit over the row's: the EPS row's
  // 元 is the level's unit, not the change's.)
  const headerText = header ? context.text.slice(header.start, header.end) : undefined;
  // (So is a column whose heading names its period and its change, "本报告期比上年同期增减(%)".)
  const changeInPercent = headerText !== undefined && (CHANGE_HEADER.test(context.lower.slice(header!.start, header!.end)) || CHANGE_WORD_IN_HEADER.test(context.lower.slice(header!.start, header!.end))) && captionOf([headerText])?.unit === "percent";
  const written = (changeInPercent ? captionOf([headerText]) : undefined) ?? captionOf([context.text.slice(label.start, label.end), headerText]) ?? table.caption;
  // ("Revenue ($m)" in a story told in Australian dollars: a bare "$" is the story's dollar.)
  const caption = written?.bareDollar && context.homeDollar !== undefined ? { ...written, unit: context.homeDollar } : written?.bareYuan && (figure.yuanHint ?? figure.currencyHint) !== undefined ? { ...written, unit: (figure.yuanHint ?? figure.currencyHint)! } : written;
  const captionUnit = figure.unit === undefined && caption?.unit !== undefined ? caption.unit : undefined;
  const withCaption: Figure = {
    ...figure,
    // (A table's scale is its amounts': a percent, a point or a multiple is none.)
    ...(figure.scale === undefined && caption?.scale !== undefined && !["percent", "pp", "bp", "multiple"].includes(figure.unitKind ?? "") ? { scale: caption.scale } : {}),
    ...(captionUnit !== undefined ? { unit: captionUnit, unitKind: captionUnit === "percent" ? ("percent" as const) : captionUnit === "count" ? ("count" as const) : ("currency" as const) } : {}),
    // (A cell's own bare 元 is the story's yuan, as in prose: a Taiwan story's New Taiwan dollar.)
    ...(figure.bareYuan && figure.currencyHint !== undefined ? { unit: figure.currencyHint } : {}),
    // "(US cents a share)": the cell's 38 is US$0.38.
    ...(captionUnit !== undefined && caption?.hundredths ? { value: hundredths(figure.value.replace(/^-/, "")).replace(/^/, figure.value.startsWith("-") ? "-" : "") } : {}),
  };
  let measureCue: Measure | undefined;
  // (Not from a label's bracketed unit: "Interim dividend (US cents a share)" says no share of anything.)
  for (const part of parts) measureCue ??= termsIn(context, part).filter((match) => !inBrackets(context.text, part, match.start)).map((match) => firstOf(match, "measure")?.id).find((id) => id !== undefined);
  // ("| 分部 | 收益 | 佔總收益 |", "| Segment | Revenue ($m) | % of total |": a percent column headed as a
  // share of the whole holds each row's share, of the metric it names or of the column to its left.)
  if (measureCue === undefined && header !== undefined && withCaption.unitKind === "percent" && SHARE_HEADER.test(context.lower.slice(header.start, header.end))) measureCue = "share";
  const cues: FigureCues = { figure: withCaption, measureCue, decline: false, share: measureCue === "share", loss: false, priorGeneration: false };
  let metric: MetricDefinition | undefined;
  let metricMatch: TermMatch<Term> | undefined;
  for (const part of metricParts) {
    ({ metric, match: metricMatch } = metricNamedIn(context, part, cues));
    if (metric) break;
  }
  // "| 营业收入 | 同比 | 毛利率 | 毛利率同比变动 |": a change column that names no metric is the change of
  // the nearest column to its left that names one; so is one headed by a word for a rate of change
  // alone ("| 第三季度收入 | 同比增速 |": the taxonomy's `change_rate`), a change of the year before.
  if (metric?.changeRate && header && metricMatch !== undefined && metricMatch.start >= header.start && metricMatch.end <= header.end) {
    metric = undefined;
    cues.measureCue ??= "yoy";
  }
  // ("| Segment | Revenue | Change |": a bare "Change" column is a change too, on the year before.)
  if (!metric && header && cues.measureCue === undefined && CHANGE_HEADER.test(context.lower.slice(header.start, header.end))) cues.measureCue = changeMeasureOf(context.lower.slice(header.start, header.end));
  if (!metric && header && cues.measureCue !== undefined) {
    for (let left = column - 1; !metric && left >= 1; left--) {
      const named = metricNamedIn(context, table.header.cells[left]!, cues);
      if (named.metric) ({ metric, match: metricMatch } = named);
    }
  }
  // ("| 营收（亿元） | 412.6 | … |" then "| 年增率 | 48.2% | … |": with the parts across, a change row that
  // names no metric is the change of the nearest row above that names one, as a change column is.)
  if (!metric && column > 0 && partsAcross(context, table)) {
    const labelText = context.lower.slice(label.start, label.end);
    if (cues.measureCue === undefined && CHANGE_HEADER.test(labelText)) cues.measureCue = changeMeasureOf(labelText);
    for (let up = row - 1; !metric && cues.measureCue !== undefined && up >= 0; up--) {
      const named = metricNamedIn(context, table.rows[up]!.cells[0]!, cues);
      if (named.metric) ({ metric, match: metricMatch } = named);
    }
  }
  // "| Shops at 30 Sept | 1,204 |", "| Opened | 71 |", "| 門店數目 | 312 |": a label or a header that
  // names stores, or stores opened or added, names that count of stores (the taxonomy's `store_count`).
  if (!metric && withCaption.unitKind !== "percent" && withCaption.unitKind !== "currency") {
    for (const part of metricParts) {
      const stores = storeCountOfLabel(cellText(context, part));
      if (typeof stores === "object") return skip(stores.skip);
      metric = stores === undefined ? undefined : context.taxonomy.storeCounts.get(stores);
      if (metric) break;
    }
  }
  // "| Revenue stream (₹ crore) | Q2 FY26 | Q2 FY25 | Change |", "| 营收（亿元） | 9月 | 10月 |": a corner
  // that names a metric names the metric of every cell its row labels and column headers leave unnamed.
  if (!metric && corner && column > 0) {
    const named = metricNamedIn(context, corner, cues);
    if (named.metric) ({ metric, match: metricMatch } = named);
  }
  // "| Revenue | 1,284 |" then "| Cardiovascular | 512 |", "| AWS | 35,579 |": rows right under the
  // revenue row that name no metric are the revenue of the company's parts (their segments below).
  const underRevenue = !metric && context.taxonomy.topLine !== undefined && (withCaption.unitKind !== "percent" || (header !== undefined && CHANGE_HEADER.test(context.lower.slice(header.start, header.end)))) && revenueRowAbove(context, table, row);
  if (underRevenue) metric = context.taxonomy.topLine;
  // A table that names no metric in its cells is read by the prose's figure found in it (see
  // tableAnchor): a figure and its period are better evidence than a metric's word in the lines above.
  const anchor = tableAnchor(context, table);
  if (!metric && anchor && (withCaption.unit === undefined || withCaption.unit === anchor.unit)) metric = anchor.metric;
  // A table under a heading or a caption that names its metric ("EPS by quarter", "| Quarter | Estimate | Actual |").
  if (!metric) {
    const from = captionStart(context, table);
    const heading = context.headingTopics[table.header.line]?.metric;
    // ("敦耀各产品线占营收比重如下：" over "| 产品线 | 10月 | 11月 |": a caption that says its cells are
    // shares makes a percent cell a share of the metric it names, not its change.)
    if (withCaption.unitKind === "percent" && cues.measureCue === undefined) {
      for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < context.lineStarts[table.header.line]!; i++) {
        if (firstOf(context.terms[i]!, "measure")?.id === "share") {
          cues.measureCue = "share";
          cues.share = true;
          break;
        }
      }
    }
    for (let i = firstFrom(context.terms, from); !metric && i < context.terms.length && context.terms[i]!.start < context.lineStarts[table.header.line]!; i++) {
      metric = fittingMetric(context.taxonomy, context.terms[i]!, cues);
      if (metric) metricMatch = context.terms[i]!;
    }
    if (!metric && heading !== undefined) {
      const definition = context.taxonomy.metrics.get(heading);
      if (definition && unitFits(withCaption.unit ?? (definition.units.includes("count") ? "count" : "USD"), unitsFor(definition, measureFor(cues, definition)))) metric = definition;
    }
  }
  // "Segment results ($ in millions):" over "| Segment | Q1 FY26 | Q1 FY25 | YoY |": a table of the
  // company's parts whose cells, caption and heading name no metric breaks down its top line (revenue),
  // in its amounts and in its change columns.
  if (!metric && cornerNamesParts && context.taxonomy.topLine !== undefined && (withCaption.unitKind === "currency" || CHANGE_MEASURES.has(cues.measureCue ?? "level"))) metric = context.taxonomy.topLine;
  if (!metric) return skip("no metric in the cell's row label, column header, caption or heading fits it");
  const measure = measureFor(cues, metric);
  const unit = withCaption.unit ?? (anchor?.metric === metric ? anchor.unit : undefined) ?? (metric.units.includes("count") ? "count" : undefined);
  if (unit === undefined || !unitFits(unit, unitsFor(metric, measure))) return skip("the table states no unit for this cell");
  let segment: string | undefined;
  let entity = context.entity;
  for (const part of parts) {
    for (const match of termsIn(context, part)) {
      const named = firstOf(match, "entity");
      if (named && named.id !== "MARKET" && entity === context.entity) entity = named.id;
      const term = segmentFor(match, context.taxonomy, entity);
      const definition = term ? context.taxonomy.segments.get(term.id) : undefined;
      if (segment === undefined && definition && definition.kind !== "market" && (!definition.entities || definition.entities.includes(entity))) segment = definition.id;
    }
  }
  // In a table of the company's parts (its corner says so: 板块, Segment; or its rows stand under the
  // revenue row), a row label the taxonomy does not know is a segment of its own, never the total.
  // "| 創新業務經營虧損 | (412) |": a row label that names a business by a word for a part of a company
  // (业务, 部门, 板块) before its metric's word is that business's row, in any table.
  if (segment === undefined && entity !== "MARKET" && metricMatch !== undefined && metricMatch.start > label.start && metricMatch.end <= label.end) {
    const named = newSegmentIn(context.text, label.start, metricMatch.start, context.terms, firstFrom(context.terms, label.start), entity, othersBusinessWord(context.taxonomy, entity));
    if (named) segment = keepNewSegment(context.newSegments, named, context.taxonomy, context.segmentAliases).id;
  }
  // ("Subscription revenue rose 21% to $548.9 million" in the prose, then "| Subscription revenue | 548.9 |":
  // a row label whose words before its metric's word are a part the text has named is that part's row.)
  // (The metric's word may hold the part's: "Subscription revenue" is one of revenue's words.)
  if (segment === undefined && entity !== "MARKET" && metricMatch !== undefined && metricMatch.start >= label.start && metricMatch.end <= label.end) {
    const kept = keptPartOpening(context.newSegments, context.text.slice(label.start, label.end).replace(/[*_]/g, "").trim(), entity);
    if (kept) segment = kept.id;
  }
  // ("| 項目 | 伺服器 | 車用電子 | 合計 |", "| | Iron ore | Copper | Group |": a header row with a column for
  // the whole holds the company's parts across, each column a part, the whole's its total; the row
  // label names the metric.)
  if (segment === undefined && entity !== "MARKET" && header !== undefined && column > 0 && partsAcross(context, table) && !(metricMatch !== undefined && metricMatch.start >= header.start && metricMatch.end <= header.end)) {
    if (headsWholeColumn(context.text.slice(header.start, header.end))) segment = "total";
    else {
      const found = rowLabelSegment(context.text.slice(header.start, header.end), header.start, context.terms, firstFrom(context.terms, header.start), entity, othersBusinessWord(context.taxonomy, entity), true);
      if (found) segment = keepNewSegment(context.newSegments, found, context.taxonomy, context.segmentAliases).id;
    }
  }
  if (segment === undefined && entity !== "MARKET" && (underRevenue || cornerNamesParts)) {
    const metricOfColumn = cornerNamesParts && metricMatch !== undefined && (metricMatch.end <= label.start || metricMatch.start >= label.end);
    const found = rowLabelSegment(context.text.slice(label.start, label.end), label.start, context.terms, firstFrom(context.terms, label.start), entity, othersBusinessWord(context.taxonomy, entity), metricOfColumn);
    if (found) segment = keepNewSegment(context.newSegments, found, context.taxonomy, context.segmentAliases).id;
  }
  const period = cellPeriod(context, table, place, metric, entity);
  let basis = cellBasis(context, parts, metricMatch);
  // "| 全年预期（修订后） | 原预期 |", "| Revised outlook | Previous outlook |": a table that revises a
  // forecast, or sets the one before beside it, holds the company's own forecasts, as a sentence that
  // says it raised its expectation does.
  if (basis === "estimate" && header && revisesForecast(context, table)) basis = "guidance";
  // ("**卓域证券对朗悦餐饮的盈利预测**" over "| 财年 | 2025年 | 2026年预测 |", "资料来源：卓域证券" under it: a
  // broker's table of forecasts holds the broker's estimates, not the company's guidance.)
  if (basis === "guidance" && brokersTable(context, table)) basis = "estimate";
  // "| Q4 FY25 estimate | Q4 FY24 actual | Change |": a change column is on the basis of the column whose
  // period it is (an expected change, when that column holds the estimates).
  if (basis === "reported" && header && CHANGE_HEADER.test(context.lower.slice(header.start, header.end))) {
    const source = latestPeriodCell(context, table.header.cells.slice(1, column));
    if (source) basis = cellBasis(context, [source.cell], metricMatch);
  }
  // The column the prose's own figure was found in reads on that figure's basis ("| Actual |" holding
  // the adjusted EPS the story gives).
  if (anchor && basis === "reported") basis = anchor.bases.get(column) ?? basis;
  // ("| 项目 | 本报告期 | 上年同期 |" in an A-share 业绩预告: the story's own period in a company's forecast of
  // its results is that forecast, its year-ago column the result.)
  if (basis === "reported" && context.resultsWarning && period === context.defaultPeriod) basis = "guidance";
  const fact = { entity, segment: segment ?? "total", metric: metric.id, measure } as ProposedFact;
  if (measure === "share") fact.of = `${entity}/total`;
  fact.period = period;
  fact.basis = basis;
  fact.qualifier = figure.qualifier;
  fact.value = withCaption.value;
  // "| Net cash (£m) | 412 |": a row named by a word for the metric's negative (the taxonomy's
  // negated_aliases) holds the metric with its sign turned, as the same words do in prose.
  if (metricMatch !== undefined && measure === "level" && firstOf(metricMatch, "metric")?.negated) fact.value = fact.value.startsWith("-") ? fact.value.slice(1) : `-${fact.value}`;
  if (figure.valueHigh !== undefined) fact.valueHigh = figure.valueHigh;
  // "$ in thousands" scales the amounts of a table, not its per-share figures ("Adjusted EPS | 1.41").
  const scale = metric.kind === "per_share" && figure.scale === undefined ? undefined : withCaption.scale;
  if (scale !== undefined) fact.scale = scale;
  fact.unit = unit;
  fact.quote = cellQuote(context, header, label, figure);
  fact.line = line;
  fact.column = columnAt;
  return fact;
}

/** A change column's or row's heading (lower case) as its measure: on the month or quarter before (环比, MoM, 季增), else on the year before. */
function changeMeasureOf(heading: string): Measure {
  return /^\s*\**\s*(?:mom|m\/m|环比|月增|qoq|q\/q|季增)/.test(heading) ? "qoq" : "yoy";
}

/** Per table, whether its header sets the company's parts across (see partsAcross): worked out once, not per cell. */
const PARTS_ACROSS = new WeakMap<Table, boolean>();

/**
 * Whether a table's header row sets the company's parts side by side: after its corner, two parts or
 * more and a column for the whole (see headsWholeColumn), none of them a period's (a "| Q1 | Q2 | Total |"
 * table is of periods).
 */
function partsAcross(context: Context, table: Table): boolean {
  let across = PARTS_ACROSS.get(table);
  if (across === undefined) {
    const headings = table.header.cells.slice(1);
    across =
      headings.length >= 3 &&
      headings.some((cell) => headsWholeColumn(context.text.slice(cell.start, cell.end))) &&
      headings.every((cell) => {
        const at = firstFrom(context.periods, cell.start);
        return at >= context.periods.length || context.periods[at]!.start >= cell.end;
      });
    PARTS_ACROSS.set(table, across);
  }
  return across;
}

function termsIn(context: Context, cell: Cell) {
  const terms = context.terms;
  const found = [];
  for (let i = firstFrom(terms, cell.start); i < terms.length && terms[i]!.start < cell.end; i++) found.push(terms[i]!);
  return found;
}

/**
 * The period of a table cell: its column header's, else its row label's, else its heading's; a change
 * column's is the latest of the columns to its left; a row dated by its last day ("Dec. 31 2024")
 * holds, for a flow, the quarter that ends then.
 */
function cellPeriod(context: Context, table: Table, place: CellPlace, metric: MetricDefinition, entity: string): string {
  const { row, column } = place;
  const label = table.rows[row]!.cells[0]!;
  const header = table.header.cells[column];
  let periodAt = -1;
  // The column header speaks first for the period: a row label's own words ("Interim dividend") name a
  // kind of figure, not the column's half. A change column ("Change", "YoY") is the latest period's of
  // the columns to its left ("| Q3 2024 | Q3 2025 | Change |", "| 2025 | 2024 | Change |").
  // ("| Company | Period | Revenue (m) |": a column headed Period gives each row's period, after the
  // cell's own header and label.)
  const periodColumn = table.header.cells.findIndex((cell) => PERIOD_COLUMN.test(cellText(context, cell)));
  const rowPeriod = periodColumn > 0 && periodColumn !== column ? table.rows[row]!.cells[periodColumn] : undefined;
  // ("| 指标（2025年前三季度） | 甲公司 | 乙公司 |": a corner that names a period gives it to every cell whose
  // header and label name none.)
  const corner = column > 0 ? table.header.cells[0] : undefined;
  const periodParts = [...(header ? [header, label] : [label]), ...(rowPeriod ? [rowPeriod] : []), ...(corner ? [corner] : [])];
  // (A change of the year to date, 累计年增率, is the cumulative column's: the latest span to its left.)
  if (header && CHANGE_HEADER.test(context.lower.slice(header.start, header.end))) periodAt = /累计/.test(context.lower.slice(header.start, header.end)) ? latestSpanIn(context, table.header.cells.slice(1, column)) : latestPeriodIn(context, table.header.cells.slice(1, column));
  for (const part of periodParts) {
    if (periodAt >= 0) break;
    periodAt = labelledPeriodIn(context, part);
  }
  // ("| 全年预期（修订后） | 原预期 |": the forecast before, with no period of its own, is for the period
  // of the revised one beside it.)
  if (periodAt < 0 && header && EARLIER_FORECAST_HEADER.test(cellText(context, header))) {
    for (const beside of [table.header.cells[column - 1], table.header.cells[column + 1]]) {
      if (beside && periodAt < 0) periodAt = labelledPeriodIn(context, beside);
    }
  }
  // ("| ¥ billion | Previous forecast | Revised forecast | Year to March 2025 |" under a story of the half:
  // a forecast's column that names no period is of the forecast the text just gave, the year to come.)
  if (periodAt < 0 && header && FORECAST_COLUMN.test(cellText(context, header)) && context.forecastPeriod !== undefined && context.headingPeriods[table.header.line] === undefined) return context.forecastPeriod.period;
  if (periodAt < 0) periodAt = context.headingPeriods[table.header.line] ?? captionPeriod(context, table);
  else {
    // "業績摘要（截至9月30日止六個月）" over columns "2025年 | 2024年": a year column under a caption that
    // names a shorter stretch is that stretch of the year (the six months to September 2025, 2024).
    const within = yearColumnWithin(context, table, periodAt, metric, entity);
    if (within !== undefined) return within;
  }
  const period = finishPeriod(context, metric, entity, periodAt, periodAt >= 0);
  const cue = periodAt >= 0 ? context.periods[periodAt]!.cue : undefined;
  if (cue?.kind === "date" && metric.timing === "flow" && period.startsWith("@")) {
    const day = period.slice(1);
    const definition = context.taxonomy.entities.get(entity);
    const quarter = ownPeriod({ kind: "ending", months: 3, year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) }, definition?.fiscalYearEnd, definition?.fiscalYearNamedBy, context.periodContext.date);
    if (quarter !== undefined) return quarter;
  }
  return period;
}

/** The index of the first period a cell names that reads as a label, or -1. */
function labelledPeriodIn(context: Context, cell: Cell): number {
  for (let i = firstFrom(context.periods, cell.start); i < context.periods.length && context.periods[i]!.start < cell.end; i++) {
    if (context.periodLabels[i] !== undefined) return i;
  }
  return -1;
}

/** Whether the lines right above a table (its caption) or right under it (its source) name a broker (卓域证券). */
function brokersTable(context: Context, table: Table): boolean {
  const { lineStarts, lower } = context;
  const headerLine = table.header.line;
  const lastLine = table.rows.length > 0 ? table.rows[table.rows.length - 1]!.line : headerLine;
  const around = (from: number, to: number) => lower.slice(lineStarts[Math.max(0, from)] ?? 0, lineStarts[Math.min(lineStarts.length - 1, to)] ?? lower.length);
  const caption = around(headerLine - 3, headerLine);
  const source = around(lastLine + 1, lastLine + 4);
  return BROKER_NAME.test(caption) || BROKER_NAME.test(source);
}

/** A column heading of a company's forecast: "Revised forecast", "Previous outlook", 修订后预测, 原预期. */
const FORECAST_COLUMN = /\b(?:forecast|outlook|guidance|target)s?\b|预测|预期|预计|指引|目标|預測|預期|預計|指引|目標/;
/** A column header naming the forecast a revision replaced: 原预期, 此前预测, "Previous outlook", "Prior guidance". */
const EARLIER_FORECAST_HEADER = /^(?:原|此前|之前|前次|上次|previous|prior|earlier|old|original)/;

/** A cell's text, lower case, without bold marks or the spaces around it. */
function cellText(context: Context, cell: Cell): string {
  return context.lower.slice(cell.start, cell.end).replace(/\*/g, "").trim();
}

/** Whether a table's header row says it revises a forecast: a revision word (修订, 上调, revised) or a column of the forecast before. */
function revisesForecast(context: Context, table: Table): boolean {
  return table.header.cells.some((cell) => EARLIER_FORECAST_HEADER.test(cellText(context, cell)) || REVISED_HEADER.test(cellText(context, cell)));
}
/** A header's word for a forecast revised: 修订, 上调, 下调, revised, raised, lowered, new. */
const REVISED_HEADER = /修订|修正|上调|下调|调整后|revised|raised|lowered|\bnew\b/;

/** A column heading that says each row's cell in it is that row's period. */
const PERIOD_COLUMN = /^(?:period|reporting period|quarter|fiscal period|期间|期間|报告期|報告期)$/;
/** For a column headed by a year alone: the stretch the table's caption or heading names (shorter than a year), in that year; else undefined. */
function yearColumnWithin(context: Context, table: Table, periodAt: number, metric: MetricDefinition, entity: string): string | undefined {
  const cue = context.periods[periodAt]!.cue;
  if (cue.kind !== "year" || cue.year === undefined || cue.fiscal) return undefined;
  // (A stretch named by its months or as a half: "截至9月30日止六個月", "first half"; a quarter named in
  // a line above year columns is the story's, and the columns are whole years.)
  // ("| Six months to 31 December | 2025 | 2024 |": the table's corner may name the stretch too.)
  const isStretch = (at: number) => {
    const cue = at >= 0 ? context.periods[at]!.cue : undefined;
    return cue !== undefined && ((cue.kind === "ending" && cue.months < 12) || cue.kind === "half");
  };
  const captionAt = [context.headingPeriods[table.header.line] ?? captionPeriod(context, table), cornerPeriod(context, table)].find(isStretch);
  if (captionAt === undefined) return undefined;
  const stretch = finishPeriod(context, metric, entity, captionAt, true);
  const parsed = context.readPeriod(stretch, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
  if (!parsed.ok || parsed.period.start === undefined || parsed.period.end === undefined) return undefined;
  // (Only a stretch shorter than a year: a year's caption over year columns says nothing more.)
  const days = (Date.parse(parsed.period.end) - Date.parse(parsed.period.start)) / 86_400_000;
  if (days > 300) return undefined;
  return shiftLabel(stretch, cue.year - Number(parsed.period.end.slice(0, 4)));
}

/** The period a table's corner names ("| Six months to 31 December | 2025 | 2024 |"); -1 for none. */
function cornerPeriod(context: Context, table: Table): number {
  const corner = table.header.cells[0];
  if (!corner) return -1;
  for (let i = firstFrom(context.periods, corner.start); i < context.periods.length && context.periods[i]!.start < corner.end; i++) {
    if (context.periodLabels[i] !== undefined && !context.periodComparison[i] && !context.periodYearAgo[i]) return i;
  }
  return -1;
}

/**
 * The period a table's caption names, the short line right above it ("三家公司前三季度主要数据如下：",
 * "Results for the nine months to September:"), when neither its header nor its rows nor a heading
 * name one: the first period there that is not a comparison's; -1 for none.
 */
function captionPeriod(context: Context, table: Table): number {
  let line = table.header.line - 1;
  while (line >= 0 && context.text.slice(context.lineStarts[line]!, context.lineStarts[line + 1]!).trim() === "") line--;
  if (line < 0) return -1;
  const start = context.lineStarts[line]!;
  const end = context.lineStarts[line + 1]!;
  if (end - start > CAPTION_LENGTH) return -1;
  // The caption's last sentence, the one that introduces the table, says it best ("今年起，公司对业务分部
  // 做了调整：…。调整后三大分部第三季度表现如下：" is the third quarter's, not the year's).
  const lastSentence = lastStartAtOrBefore(context.sentences, end - 1);
  const from = Math.max(start, context.sentences[lastSentence] ?? start);
  const usable = (i: number) => context.periodLabels[i] !== undefined && !context.periodComparison[i] && !context.periodYearAgo[i];
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < end; i++) if (usable(i)) return i;
  for (let i = firstFrom(context.periods, start); i < context.periods.length && context.periods[i]!.start < from; i++) if (usable(i)) return i;
  return -1;
}
/**
 * Where a table's caption starts: the two lines above its header, after the last of them that holds a
 * figure. A line with a figure of its own (a list item "- Net debt: £212m", a sentence of prose) says
 * what that figure is, not what the table's cells are.
 */
function captionStart(context: Context, table: Table): number {
  const headerStart = context.lineStarts[table.header.line]!;
  let from = context.lineStarts[Math.max(0, table.header.line - 2)]!;
  for (let i = firstFrom(context.figures, from); i < context.figures.length && context.figures[i]!.start < headerStart; i++) {
    const line = lastStartAtOrBefore(context.lineStarts, context.figures[i]!.start);
    from = Math.max(from, context.lineStarts[line + 1] ?? headerStart);
  }
  return from;
}

/** The first metric a cell's words name that fits the figure, and the words; neither when none does. */
function metricNamedIn(context: Context, cell: Cell, cues: FigureCues): { metric: MetricDefinition | undefined; match: TermMatch<Term> | undefined } {
  for (const match of termsIn(context, cell)) {
    const metric = fittingMetric(context.taxonomy, match, cues);
    if (metric) return { metric, match };
  }
  return { metric: undefined, match: undefined };
}

/** The longest line read as a table's caption: a paragraph of prose above a table is no caption. */
const CAPTION_LENGTH = 120;

/**
 * The basis a cell's row label or column header says (Estimate, 预期, Adjusted), else reported. A
 * forecast's or an estimate's word wins over an adjustment's: "| Q4 estimate |" over "| Adjusted EPS |"
 * is the estimate of the adjusted figure, as in prose.
 */
function cellBasis(context: Context, parts: readonly Cell[], metricMatch: TermMatch<Term> | undefined): Basis {
  let first: Basis | undefined;
  for (const part of parts) {
    for (let i = firstFrom(context.cueMatches, part.start); i < context.cueMatches.length && context.cueMatches[i]!.start < part.end; i++) {
      // "分析师数量 | 强烈买入": analysts who are counted forecast nothing.
      if (overlapsMetric(context, context.cueMatches[i]!, metricMatch)) continue;
      const said = basisOf(context.cueMatches[i]!, "clause") ?? basisOf(context.cueMatches[i]!, "sentence");
      if (said === "estimate" || said === "guidance" || said === "plan") return said;
      first ??= said;
    }
  }
  // "| 2026E |", "| FY27F |": a year marked estimated or forecast, in a broker's table, is its estimate,
  // over an adjustment's word as a forecast's is ("| Non-GAAP EPS |" under "| FY2027E |").
  if (parts.some((part) => ESTIMATED_YEAR.test(cellText(context, part)))) return "estimate";
  // "| YoY, organic |": a column of organic growth is adjusted (in prose "organic" alone is too loose a word: organic food).
  if (first === undefined && parts.some((part) => ORGANIC_COLUMN.test(context.lower.slice(part.start, part.end)))) return "non_gaap";
  return first ?? "reported";
}
/** A year marked estimated or forecast: 2026E, FY27E, 2026F. */
const ESTIMATED_YEAR = /^(?:fy\s?)?(?:20)?\d{2}\s?[ef]$/;
const ORGANIC_COLUMN = /(?:^|[\s,(/])organic(?:[\s,)/]|$)/;


/**
 * A table that names no metric anywhere ("| Quarter ending | Estimate | Actual |" under a story about
 * earnings per share) holds the figures the story's prose already gave for one of its rows: a cell
 * with the same value as a figure stated before the table, in the same unit (or none) and for the same
 * period, says the table is that figure's metric, in its unit. The figure nearest before the table wins.
 */
function tableAnchor(context: Context, table: Table): TableAnchor | undefined {
  if (context.tableAnchors.has(table)) return context.tableAnchors.get(table);
  let anchor: TableAnchor | undefined;
  const namesMetric = (cell: Cell) => termsIn(context, cell).some((match) => firstOf(match, "metric") !== undefined);
  if (table.header.cells.some(namesMetric) || table.rows.some((row) => row.cells[0] !== undefined && namesMetric(row.cells[0]))) {
    context.tableAnchors.set(table, undefined);
    return undefined;
  }
  const tableStart = context.lineStarts[table.header.line]!;
  // The figure nearest before the table decides the metric; every figure of that metric found in a
  // column gives the column its basis (the adjusted EPS in "Actual", the consensus in "Estimate").
  for (let k = context.bound.length - 1; k >= 0; k--) {
    const { fact, start } = context.bound[k]!;
    if (start >= tableStart || fact.measure !== "level" || (anchor && (fact.metric !== anchor.metric.id || fact.unit !== anchor.unit))) continue;
    const metric = context.taxonomy.metrics.get(fact.metric);
    if (!metric) continue;
    const column = columnHolding(context, table, fact, metric);
    if (column === undefined) continue;
    anchor ??= { metric, unit: fact.unit, bases: new Map() };
    if (!anchor.bases.has(column)) anchor.bases.set(column, fact.basis);
  }
  context.tableAnchors.set(table, anchor);
  return anchor;
}

/** The column of the cell that holds a prose figure: the same value, in its unit or none, for its period. */
function columnHolding(context: Context, table: Table, fact: ProposedFact, metric: MetricDefinition): number | undefined {
  const calendar = context.taxonomy.entities.get(fact.entity)?.fiscalYearEnd;
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r]!.cells;
    for (let column = 1; column < cells.length; column++) {
      const figure = cellFigure(context.lower, cells[column]!);
      if (!figure || !sameNumber(figure.value, fact.value) || (figure.unit !== undefined && figure.unit !== fact.unit) || figure.scale !== fact.scale) continue;
      if (sameDays(cellPeriod(context, table, { table, row: r, column }, metric, fact.entity), fact.period, calendar)) return column;
    }
  }
  return undefined;
}

/** Whether two numbers as written are the same number ("0.20" and "0.2", "1,247" and "1247"), compared exactly. */
function sameNumber(a: string, b: string): boolean {
  const first = parseWrittenNumber(a);
  const second = parseWrittenNumber(b);
  return first !== undefined && second !== undefined && compareExact(first.value, second.value) === 0;
}

/** "column | row | cell", each as written, the whole at most 80 characters (the header is cut first). */
function cellQuote(context: Context, header: Cell | undefined, label: Cell, figure: Figure): string {
  const text = (cell: Cell) => context.original.slice(cell.start, cell.end).replace(/\*\*/g, "").trim();
  const cell = text({ start: figure.start, end: figure.end });
  const row = [...text(label)].slice(0, 30).join("");
  const head = header ? [...text(header)].slice(0, Math.max(0, 80 - 6 - [...row].length - [...cell].length)).join("") : "";
  return head ? `${head} | ${row} | ${cell}` : `${row} | ${cell}`;
}

/** The index of the latest period the cells name (each cell's first), or -1. */
function latestPeriodIn(context: Context, cells: readonly Cell[]): number {
  return latestPeriodCell(context, cells)?.periodAt ?? -1;
}

/** Of the cells, the last whose period is a span of months (前11月累計營收), or -1. */
function latestSpanIn(context: Context, cells: readonly Cell[]): number {
  let found = -1;
  for (const cell of cells) {
    const i = firstFrom(context.periods, cell.start);
    if (i < context.periods.length && context.periods[i]!.start < cell.end && isSpanLabel(context.periodLabels[i] ?? "")) found = i;
  }
  return found >= 0 ? found : latestPeriodIn(context, cells);
}

/**
 * Of the cells, the one whose period ends last, with that period's match; of periods that end on the
 * same day, the nearest the change column ("| 2025年Q3 | 2024年Q3 | 同比 | 2025年前三季度 | 同比 |": the
 * second 同比 is the nine months').
 */
function latestPeriodCell(context: Context, cells: readonly Cell[]): { cell: Cell; periodAt: number } | undefined {
  let latest: { cell: Cell; periodAt: number } | undefined;
  let latestEnd = "";
  for (const cell of cells) {
    const i = firstFrom(context.periods, cell.start);
    const label = i < context.periods.length && context.periods[i]!.start < cell.end ? context.periodLabels[i] : undefined;
    const parsed = label !== undefined ? parsePeriod(label) : undefined;
    const end = parsed?.ok ? (parsed.period.end ?? "") : "";
    if (end !== "" && end >= latestEnd) {
      latest = { cell, periodAt: i };
      latestEnd = end;
    }
  }
  return latest;
}

/** Whether the rows above `row` run up to the table's revenue row through rows that name no metric (its parts). */
function revenueRowAbove(context: Context, table: Table, row: number): boolean {
  const topLine = context.taxonomy.topLine!.id;
  for (let above = row - 1; above >= 0; above--) {
    const cell = table.rows[above]!.cells[0];
    if (!cell) return false;
    const metrics = termsIn(context, cell).flatMap((match) => match.entries.filter((entry) => entry.kind === "metric").map((entry) => entry.id));
    if (metrics.length === 0) continue;
    return metrics.includes(topLine);
  }
  return false;
}


/** A column header that says its cells are shares of the whole: 占/佔 opening it (佔總收益), "% of total", "share of", 占比, 比重, "mix". */
const SHARE_HEADER = /^[\s*]*[占佔]|%\s?of\b|\bshare\sof\b|占比|佔比|比重|\bmix\b/;

/** A word of change anywhere in a column's heading: 增减, 变动, 同比, 增幅, change, growth. */
const CHANGE_WORD_IN_HEADER = /增减|增減|变动|變動|同比|增幅|\bchange\b|\bgrowth\b|\byoy\b/;
/** A column header that holds a change, not a period of its own: "Change", "YoY", "YoY growth", 同比, 年增率 (a unit in brackets after it at most). */
const CHANGE_HEADER = /^\s*(?:\**)\s*(?:change|chg|yoy|y\/y|mom|m\/m|% change|growth|同比|环比|增减变动幅度|增減變動幅度|变动幅度|變動幅度|增减幅度|增減幅度|增减变动|增減變動|变动比例|變動比例|变动|變動|增减|增減|增幅|(?:累计)?(?:年增|月增|季增)率?)(?:\s(?:growth|change|chg))?(?:\s(?:from|on|vs\.?|versus|over)\s(?:a\s|the\s)?(?:year\s(?:ago|earlier)|prior\syear|previous\syear|last\syear|prior-year\squarter))?\s*(?:\(%\)|（%）|%)?\s*(?:\**)\s*$/;

/** Whether `at` stands inside brackets within the cell. */
function inBrackets(text: string, cell: Cell, at: number): boolean {
  const before = text.slice(cell.start, at);
  return Math.max(before.lastIndexOf("("), before.lastIndexOf("（")) > Math.max(before.lastIndexOf(")"), before.lastIndexOf("）"));
}
