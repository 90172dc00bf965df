// The taxonomy's words as one lexicon (entities, segments, measures, metrics, and words pointing
// back at a segment: the lexicon files' `anaphors`, 该部门, the unit), built once per taxonomy, and what
// is read off its matches alone: the first entry of a kind, cue words that sit inside a name, and the
// entity the text names most.
import type { Measure } from "../model/types.js";
import { companyNamesOf, type Taxonomy } from "../taxonomy/taxonomy.js";
import { placedWords, type Cue } from "./cues.js";
import { LEXICON_FILES } from "./lexicon-files.js";
import { isCjkCode, Lexicon, type TermMatch } from "./lexicon.js";

export type Term =
  /** `amount`: for a ratio written as an amount's word and 率 (营业利润率), that amount's metric (营业利润). */
  | { kind: "metric"; id: string; loss: boolean; amount?: string; negated?: true }
  | { kind: "segment"; id: string }
  | { kind: "entity"; id: string }
  | { kind: "measure"; id: Measure }
  | { kind: "anaphor" }
  /** A word for the whole company (全球, 公司, worldwide): the `total` segment's aliases. */
  | { kind: "whole" };

/**
 * Per taxonomy, the lexicon of its words: built from the taxonomy and the shipped lexicon files alone,
 * one per taxonomy object and collected with it (a WeakMap). It grows with nothing a text says and is
 * the same for every run that reads the taxonomy, so runs may share it (a library user extracting many
 * articles builds it once).
 */
const termLexicons = new WeakMap<Taxonomy, Lexicon<Term>>();

/** Words of falling short in a change's alias: below, lower than, short of, 低于, 不及. */
const SHORT_OF = /\b(?:below|lower|short)\b|低于|低於|不及/i;

export function termLexicon(taxonomy: Taxonomy): Lexicon<Term> {
  let lexicon = termLexicons.get(taxonomy);
  if (lexicon) return lexicon;
  // (A taxonomy made per article that adds only a company whose calendar its text tells, with no names
  // of its own, has its parent's words: the parent's lexicon serves it, not one built again.)
  const parent = companyNamesOf(taxonomy);
  if (parent !== taxonomy && parent.segments === taxonomy.segments && parent.metrics === taxonomy.metrics && parent.measures === taxonomy.measures) {
    lexicon = termLexicon(parent);
    termLexicons.set(taxonomy, lexicon);
    return lexicon;
  }
  lexicon = new Lexicon<Term>();
  const all = (aliases: Record<string, string[]>) => Object.values(aliases).flat();
  for (const entity of taxonomy.entities.values()) for (const alias of all(entity.aliases)) lexicon.add(alias, { kind: "entity", id: entity.id });
  for (const segment of taxonomy.segments.values()) {
    const term: Term = segment.id === "total" ? { kind: "whole" } : { kind: "segment", id: segment.id };
    for (const alias of all(segment.aliases)) lexicon.add(alias, term);
  }
  for (const measure of taxonomy.measures.values()) {
    if (measure.id === "level" || measure.id === "multiple") continue;
    for (const alias of all(measure.aliases)) lexicon.add(alias, { kind: "measure", id: measure.id });
  }
  for (const file of LEXICON_FILES) for (const word of file.anaphors) lexicon.add(word, { kind: "anaphor" });
  const metricOfAlias = new Map<string, string>();
  for (const metric of taxonomy.metrics.values()) for (const alias of all(metric.aliases)) if (!metricOfAlias.has(alias)) metricOfAlias.set(alias, metric.id);
  // A segment's name that ends with a metric's word names that metric too: 服务收入 is service revenue,
  // "Trainium 2加速器" counts accelerators. The longest such ending counts.
  // (The metric words by their lower case, each with its place among them: an alias's endings are
  // looked up, not every word tried against every alias, and ties go to the first word as before.)
  const metricWords = new Map<string, [string, number][]>();
  let order = 0;
  for (const word of metricOfAlias.keys()) {
    const lowerWord = word.toLowerCase();
    let same = metricWords.get(lowerWord);
    if (!same) metricWords.set(lowerWord, (same = []));
    same.push([word, order++]);
  }
  for (const segment of taxonomy.segments.values()) {
    if (segment.id === "total") continue;
    for (const alias of all(segment.aliases)) {
      let ending: string | undefined;
      const lowerAlias = alias.toLowerCase();
      const endings: [string, number][] = [];
      for (let from = 0; from <= lowerAlias.length; from++) endings.push(...(metricWords.get(lowerAlias.slice(from)) ?? []));
      endings.sort((a, b) => a[1] - b[1]);
      for (const [word] of endings) {
        if (word.length < alias.length && (ending === undefined || word.length > ending.length)) ending = word;
      }
      if (ending !== undefined) lexicon.add(alias, { kind: "metric", id: metricOfAlias.get(ending)!, loss: false });
    }
  }
  for (const metric of taxonomy.metrics.values()) {
    for (const alias of all(metric.aliases)) {
      // 营业利润率 is the rate of 营业利润: an amount written right with it (利润率37%，即106亿美元) is 营业利润's.
      // So is a price written with the words of its move ("shares rose 6.5% to $88.40": the taxonomy's `level`).
      const amount = alias.endsWith("率") ? (metricOfAlias.get(alias.slice(0, -1)) ?? metric.level) : metric.level;
      // A loss word in an alias makes its figure a loss ("net loss"; 净关闭, net closures of stores), unless the metric is itself an amount
      // of losses (credit losses, losses from a disaster: its name says so), which is stated as positive.
      // So does, in a change's alias, a word of falling short ("below the consensus", 低于预期): how far
      // under the estimate a figure came is a negative change.
      const short = metric.change && SHORT_OF.test(alias);
      const term: Term = { kind: "metric", id: metric.id, loss: (/亏损|虧損|loss|[净淨](?:关闭|關閉|减少|減少)/i.test(alias) && !/\blosses\b/i.test(metric.name)) || short, ...(amount !== undefined && amount !== metric.id ? { amount } : {}) };
      lexicon.add(alias, term);
      // "Dividends per share were 12 cents", "distributions per unit", "net profits": English writes the
      // head of a per-share figure, and a profit, in the plural as often as not.
      const plural = englishPlural(alias);
      if (plural !== undefined && !metricOfAlias.has(plural)) lexicon.add(plural, term);
    }
    // "net cash of £412m" is net debt of -£412m: a word for the metric's negative reads as a loss does.
    // (Marked too, so that a table's row, whose own sign a bracket may give, turns it: "Net cash (£m) | (35)" is net debt of 35.)
    for (const alias of all(metric.negatedAliases ?? {})) lexicon.add(alias, { kind: "metric", id: metric.id, loss: true, negated: true });
  }
  termLexicons.set(taxonomy, lexicon);
  return lexicon;
}

/**
 * Per taxonomy, how its names must be written to count: the lower-case forms of the names it writes
 * only in capitals (tickers, acronyms: SHOP, IOM), and of the companies' names it writes only with an
 * initial capital (Apple, Arm, Visa: a company's name that is also a word counts only written as a name).
 */
interface WrittenForms {
  capitals: Set<string>;
  capitalised: Set<string>;
}
const writtenForms = new WeakMap<Taxonomy, WrittenForms>();
const ALL_CAPITALS = /^[A-Z][A-Z0-9&.-]+$/;
const INITIAL_CAPITAL = /^[A-Z]/;

function formsOf(taxonomy: Taxonomy): WrittenForms {
  let forms = writtenForms.get(taxonomy);
  if (forms) return forms;
  const capitals = new Set<string>();
  const otherwise = new Set<string>();
  const capitalised = new Set<string>();
  const companyOtherwise = new Set<string>();
  const add = (aliases: Record<string, string[]>, company: boolean) => {
    for (const alias of Object.values(aliases).flat()) {
      const lower = alias.toLowerCase();
      (ALL_CAPITALS.test(alias) ? capitals : otherwise).add(lower);
      if (company) (INITIAL_CAPITAL.test(alias) ? capitalised : companyOtherwise).add(lower);
    }
  };
  for (const entity of taxonomy.entities.values()) add(entity.aliases, true);
  for (const segment of taxonomy.segments.values()) add(segment.aliases, false);
  forms = { capitals: new Set([...capitals].filter((word) => !otherwise.has(word))), capitalised: new Set([...capitalised].filter((word) => !companyOtherwise.has(word))) };
  writtenForms.set(taxonomy, forms);
  return forms;
}

/**
 * The matches of a company's or a business's name written as the taxonomy writes it: a name it writes
 * only in capitals (a ticker, SHOP; an acronym, IOM) in capitals, so "a coffee-shop chain" names no
 * Shopify; a company's name it writes with an initial capital with one, so "its frozen arm" and "apple
 * juice" name no company (a business of the same name, SoftBank's Arm, it may still name). The lexicon
 * matches lower-case text; `written` is the same text with its capitals.
 */
export function namesAsWritten(matches: TermMatch<Term>[], written: string, taxonomy: Taxonomy): TermMatch<Term>[] {
  const { capitals, capitalised } = formsOf(taxonomy);
  if (capitals.size === 0 && capitalised.size === 0) return matches;
  const kept: TermMatch<Term>[] = [];
  for (const match of matches) {
    if (!match.entries.every((entry) => entry.kind === "entity" || entry.kind === "segment")) {
      kept.push(match);
      continue;
    }
    const said = written.slice(match.start, match.end);
    if (capitalsOnly(said, capitals)) continue;
    // ("Harnby Scooters (HKEX: 2999)": an exchange a listing bracket opens with is where the company
    // named before it is listed, no mention of the exchange's operator.)
    if (LISTING_OPENS_BEFORE.test(written.slice(Math.max(0, match.start - 2), match.start)) && LISTING_CODE_AFTER.test(written.slice(match.end, match.end + 4))) {
      if (match.entries.some((entry) => entry.kind !== "entity")) kept.push({ ...match, entries: match.entries.filter((entry) => entry.kind !== "entity") });
      continue;
    }
    const partOfLongerName = insideLongerName(said, written, match.end) || (capitalised.has(said.toLowerCase()) && !said.includes(" ") && endsLongerName(written, match.start));
    if (!capitalisedOnly(said, capitalised) && !partOfLongerName) kept.push(match);
    // (A business of the same name, SoftBank's Arm, the match may still name.)
    else if (match.entries.some((entry) => entry.kind !== "entity")) kept.push({ ...match, entries: match.entries.filter((entry) => entry.kind !== "entity") });
  }
  return kept;
}

/** A listing bracket's opening right before an exchange's name: "(", "（", a space after it at most. */
const LISTING_OPENS_BEFORE = /[(（]\s?$/u;
/** A listing's code right after an exchange's name: ": 2999", "：0700", ":SHOP". */
const LISTING_CODE_AFTER = /^\s?[:：]\s?[A-Z0-9]/u;

/** Whether a name the taxonomy writes only in capitals is written otherwise here (Shop for SHOP). */
function capitalsOnly(said: string, capitals: ReadonlySet<string>): boolean {
  return said.length <= 12 && capitals.has(said.toLowerCase()) && said !== said.toUpperCase();
}

/** Whether a company's name the taxonomy writes only with an initial capital is written without one here (arm for Arm). */
function capitalisedOnly(said: string, capitalised: ReadonlySet<string>): boolean {
  return capitalised.has(said.toLowerCase()) && !INITIAL_CAPITAL.test(said);
}

/** Whether a company's name, as the text writes it, is written as the taxonomy writes it (see namesAsWritten): "Arm", not "its lending arm". */
export function companyWrittenAsName(said: string, taxonomy: Taxonomy): boolean {
  // (Read off the companies' names the taxonomy was made from: parts a text names do not change them.)
  const { capitals, capitalised } = formsOf(companyNamesOf(taxonomy));
  return !capitalsOnly(said, capitals) && !capitalisedOnly(said, capitalised);
}

/** A capitalised word and a space ending a stretch of text. */
const CAPITALISED_WORD_LAST = /\b[A-Z][a-z]+\s$/;

/**
 * Whether a company's one-word name the taxonomy writes capitalised ends a longer name here: a
 * capitalised word stands right before it ("Morrow Vale Cider", "Hollin Vale Dairies" name no Vale).
 * (So a sentence that opens "Rival Apple" is not read as Apple's: the name is read where it stands alone.)
 */
function endsLongerName(written: string, start: number): boolean {
  return CAPITALISED_WORD_LAST.test(written.slice(Math.max(0, start - 24), start));
}

/** The zh lexicon's \`firm_name_end\` words (银行, 证券, 集团): only a firm's own name ends with one. */
const FIRM_NAME_ENDS_ZH = placedWords("firm_name_end", { language: "zh" });

/**
 * Whether a Chinese name ends inside a firm's word that runs on past it, so that it is part of a longer
 * name: 瑞银 in 乾瑞银行 (银 and 行 are 银行, a bank's name's end), not in 瑞银集团 or 瑞银的.
 */
function insideLongerName(said: string, written: string, end: number): boolean {
  if (!isCjkCode(said.charCodeAt(said.length - 1))) return false;
  const last = said[said.length - 1]!;
  return FIRM_NAME_ENDS_ZH.some((word) => word.startsWith(last) && !said.endsWith(word) && written.startsWith(word.slice(1), end));
}

/** An English metric word's plural form where writers use one: the head before "per" (dividends per share), a profit (net profits). */
function englishPlural(alias: string): string | undefined {
  const perUnit = /^([a-z]+[^s\W])(\sper\s[a-z ]+)$/i.exec(alias);
  if (perUnit) return `${perUnit[1]}s${perUnit[2]}`;
  return /^[a-z -]*\bprofit$/i.test(alias) ? `${alias}s` : undefined;
}

export function firstOf<T extends Term["kind"]>(match: TermMatch<Term>, kind: T): Extract<Term, { kind: T }> | undefined {
  const entries = match.entries;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.kind === kind) return entries[i] as Extract<Term, { kind: T }>;
  return undefined;
}

/**
 * "销售及营销费用率为33.1%": an amount's word written right onto 率 (rate) names the amount's ratio to
 * revenue, the metric the taxonomy gives as its margin (margin_of), when no alias of that ratio holds
 * the whole of it. The term grows by the 率.
 */
export function ratiosOfAmounts(terms: readonly TermMatch<Term>[], lower: string, taxonomy: Taxonomy): TermMatch<Term>[] {
  const RATE = 0x7387; // 率
  return terms.map((term) => {
    if (lower.charCodeAt(term.end) !== RATE) return term;
    const amount = firstOf(term, "metric");
    const ratio = amount ? taxonomy.metrics.get(amount.id)?.margin : undefined;
    if (ratio === undefined || term.entries.some((entry) => entry.kind !== "metric")) return term;
    return { start: term.start, end: term.end + 1, entries: [{ kind: "metric", id: ratio, loss: false }] };
  });
}

/**
 * Cue words inside a name are part of the name, not cues: the 计划 of 雷尼尔计划 (Project Rainier) says
 * no plan. One pass over both lists, which are in order.
 */
export function outsideNames(cueMatches: TermMatch<Cue>[], terms: readonly TermMatch<Term>[]): TermMatch<Cue>[] {
  let t = 0;
  return cueMatches.filter((cue) => {
    while (t < terms.length && terms[t]!.end <= cue.start) t++;
    const term = terms[t];
    return !(term && term.start <= cue.start && cue.end <= term.end && term.entries.some((entry) => entry.kind === "segment" || entry.kind === "entity"));
  });
}

/**
 * The segment a match names for a company: companies can share a word for their own segments (汽车业务
 * is Honda's automobiles and Qualcomm's automotive), so the one the company has comes first, then one
 * any company may have, then the first.
 */
export function segmentFor(match: TermMatch<Term>, taxonomy: Taxonomy, entity: string): Extract<Term, { kind: "segment" }> | undefined {
  let first: Extract<Term, { kind: "segment" }> | undefined;
  let open: Extract<Term, { kind: "segment" }> | undefined;
  for (const entry of match.entries) {
    if (entry.kind !== "segment") continue;
    const owners = taxonomy.segments.get(entry.id)?.entities;
    if (owners?.includes(entity)) return entry;
    first ??= entry;
    if (!owners) open ??= entry;
  }
  return open ?? first;
}
