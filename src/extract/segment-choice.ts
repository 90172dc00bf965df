// Which segment a figure is about, once bindFigure has found a segment's word for it: a word for
// what it is compared with does not count, 该部门 / the unit points back, a share's market is kept
// apart, a part named as the clause's subject wins over its whole, a list added up ("A和B合计") is
// their common parent, and a company's share of a market is that of its segment selling in it. The
// words for a comparison (比, than), a rival (竞争对手, "rivals like") and a property (物业, resort) are
// in the lexicon files (src/extract/lexicons/, see lexicon-files.ts).
import type { Measure } from "../model/types.js";
import type { SegmentDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import type { Context } from "./context.js";
import { placedWords } from "./cues.js";
import { LEXICON_FILES } from "./lexicon-files.js";
import type { TermMatch } from "./lexicon.js";
import { firstOf, segmentFor, type Term } from "./terms.js";
import { firstFrom, LIST_JOINER } from "./text-structure.js";
import { wordPattern, wordsPattern } from "./word-patterns.js";

/** Words right before a segment that make it what a figure is compared with (the lexicon files' `compared_with`). */
const COMPARED_WORDS = LEXICON_FILES.flatMap((file) => file.compared_with);
const COMPARED_WITH = new RegExp(`(?:${COMPARED_WORDS.map((word) => wordPattern(word, "\\s")).join("|")})\\s?$`);
/** The last characters of the COMPARED_WITH words: the regular expression runs only after one of them. */
const COMPARED_LAST = new Set(COMPARED_WORDS.map((word) => word[word.length - 1]!));

/** Whether a comparison word ends right before `at` (a space between at most). */
function comparedWith(lower: string, at: number): boolean {
  const last = lower[at - 1] === " " ? lower[at - 2] : lower[at - 1];
  return last !== undefined && COMPARED_LAST.has(last) && COMPARED_WITH.test(lower.slice(Math.max(0, at - 14), at));
}

/** The segment picked for a figure so far. */
export interface SegmentPick {
  segment: SegmentDefinition | undefined;
  at: number;
  market: SegmentDefinition | undefined;
}

export function takeSegment(context: Context, match: TermMatch<Term>, allowMarket: boolean, measure: Measure, pick: SegmentPick): boolean {
  const { taxonomy, terms } = context;
  let term = segmentFor(match, taxonomy, context.entity);
  // What a figure is compared with (性价比比 Trainium2 高出40%, "than Graviton2") is not what it is about.
  if (term && comparedWith(context.lower, match.start)) return false;
  if (!term && firstOf(match, "anaphor")) {
    // 该部门 / the unit: the segment named last before it, in its paragraph or the one before.
    const from = Math.max(0, match.start - 1500);
    let namedAt = -1;
    for (let i = firstFrom(terms, match.start) - 1; i >= 0 && terms[i]!.start >= from; i--) {
      const earlier = terms[i]!;
      if (earlier.end > match.start) continue;
      const named = firstOf(earlier, "segment");
      if (named && !taxonomy.segments.get(named.id)?.entities?.includes("MARKET")) {
        term = named;
        namedAt = earlier.start;
        break;
      }
    }
    // (Or the part a figure after that word was bound to, one the taxonomy does not know: "数字营销事业群
    // 本季度收入142.7亿元…。该业务经营利润为31.5亿元" under a heading that named advertising.)
    for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start > Math.max(namedAt, from); i--) {
      const { fact, start } = context.bound[i]!;
      if (start >= match.start) continue;
      if (fact.segment !== "total" && fact.entity === context.entity && context.newSegments.has(fact.segment)) {
        const part = context.newSegments.get(fact.segment)!;
        if (!taxonomy.segments.has(part.id)) return false;
        term = { kind: "segment", id: part.id };
      }
      break;
    }
  }
  if (!term) return false;
  // ("Halberdine, the garden centre and homewares group, reported a 6.0% rise": a part's word inside an
  // apposition that says what the story's company is names no part of the figure.)
  if (inCompanyApposition(context, match) || inCompanyDescription(context, match)) return false;
  const definition = taxonomy.segments.get(term.id)!;
  // Another company's segment, in an article that never names that company, is a word it happens
  // to share (美国, advertising): look further for the figure's own.
  const owners = definition.entities;
  if (owners && !owners.includes("MARKET") && !owners.includes(context.entity) && !owners.some((owner) => context.namedEntities.has(owner))) return false;
  // A rival's business named as what the company competes with ("rivals like Temu") is not the figure's.
  if (owners && !owners.includes(context.entity) && RIVAL_BEFORE.test(context.lower.slice(Math.max(0, match.start - 24), match.start))) return false;
  // A business called by its company's own name (永利澳门, the resort, of 永利澳门, the company) is the
  // business only where the text sets it apart from the company: listed with another of the company's
  // businesses (永利皇宫及永利澳门) or named as a property (永利澳门的物业EBITDAR); elsewhere the company.
  if (owners && firstOf(match, "entity") !== undefined && owners.includes(firstOf(match, "entity")!.id) && !setApartFromCompany(context, match, owners)) return false;
  // ("舜宇光学9月手机镜头出货量1.05亿件", "手机镜头业务毛利率下滑": a market's word run into a product's name
  // names the company's product for that market, not the market.)
  if (definition.kind === "market" && productNamedOn(context, match)) return false;
  if (allowMarket && measure === "share" && definition.kind === "market") {
    pick.market ??= definition;
    return false;
  }
  pick.segment = definition;
  pick.at = match.start;
  return true;
}

/** Whether a term stands in ", the …," right after the story company's own name. */
function inCompanyApposition(context: Context, match: TermMatch<Term>): boolean {
  const before = context.text.slice(Math.max(0, match.start - 80), match.start);
  const comma = before.lastIndexOf(", ");
  if (comma < 0 || !/^, (?:the|a|an) [^,;.]*$/.test(before.slice(comma))) return false;
  const head = before.slice(0, comma);
  if (!context.subjectNames.some((name) => name.length >= 3 && head.endsWith(name))) return false;
  return /^[^,;.]{0,60},/.test(context.text.slice(match.end, match.end + 62));
}

/**
 * Whether a term stands in the words right before the story company's own name that say what kind of
 * company it is, ending with a word for one ("筆電與伺服器代工廠瀚崴電腦", "notebook and server maker
 * Hanwei"): the part's word describes the company, and names no part of the figure.
 */
function inCompanyDescription(context: Context, match: TermMatch<Term>): boolean {
  const after = FIRM_WORD_AFTER.exec(context.lower.slice(match.end, match.end + 48));
  if (!after) return false;
  const rest = context.lower.slice(match.end + after[0].length, match.end + after[0].length + 40);
  return context.subjectNames.some((name) => name.length >= 2 && rest.startsWith(name.toLowerCase()));
}
/** Up to the end of a description of a company: a few more words, then a word for a kind of company (代工厂, maker) and a space at most. */
const FIRM_WORD_AFTER = new RegExp(`^(?:[^，,。;；:：!?！？\\d]{0,12}?(?:${wordsPattern(placedWords("kind_of_firm", { language: "zh" }))})|[a-z&\\s-]{0,30}?\\s${wordsPattern(placedWords("firm_noun", { language: "en" }), "both")}\\s)`, "u");

/** A property's words right after a name (the lexicon files' `property`), 的 and 经调整 (adjusted) between at most. */
const PROPERTY_AFTER = new RegExp(`^\\s?(?:的)?\\s?(?:经调整后?的?)?\\s?${wordsPattern(placedWords("property"))}`);

/** Whether a name that is both a company's and one of its businesses' is set apart from the company (see takeSegment). */
function setApartFromCompany(context: Context, match: TermMatch<Term>, owners: readonly string[]): boolean {
  const { terms, lower } = context;
  if (PROPERTY_AFTER.test(lower.slice(match.end, match.end + 12))) return true;
  const at = firstFrom(terms, match.start);
  const sibling = (other: TermMatch<Term> | undefined, between: string) => {
    const named = other ? firstOf(other, "segment") : undefined;
    return named !== undefined && other !== match && (context.taxonomy.segments.get(named.id)?.entities ?? []).some((owner) => owners.includes(owner)) && LIST_JOINER.test(between);
  };
  const before = terms[at - 1];
  const after = terms[at + 1];
  return (before !== undefined && sibling(before, lower.slice(before.end, match.start))) || (after !== undefined && sibling(after, lower.slice(match.end, after.start)));
}

/**
 * Words right before a company's name that make it a rival or a comparison, not the figure's company
 * (the lexicon files' `rival_before`; a `whole_word` entry only where a word starts), then a space and
 * "the " at most.
 */
export const RIVAL_BEFORE = new RegExp(
  `(?:${LEXICON_FILES.flatMap((file) => file.rival_before)
    .map((entry) => (typeof entry === "string" ? wordPattern(entry, " ") : `\\b${wordPattern(entry.word, " ")}`))
    .join("|")})\\s?(?:the\\s)?$`,
);

/** A list joiner with what may describe the next item ("A和通用处理器B"): the gap between two listed names. */
const LISTED = /^[^，,；;。!?！？]{0,12}$/;
const LIST_WORD = /和|与|及|、|\band\b|&/;

/**
 * "Trainium和Graviton的合计…", "A and B combined": when the picked segment is the last of a list of
 * segments and a word adding them up stands between it and the figure, the figure is the list's
 * together, the nearest segment both are part of (custom_chips for Trainium and Graviton), unless that
 * is the whole company.
 */
export function listedTogether(context: Context, pick: SegmentPick, s0: number, cuesBefore: number): SegmentDefinition | undefined {
  const { cueMatches, terms, taxonomy, lower } = context;
  const segment = pick.segment!;
  let together = false;
  for (let i = cuesBefore - 1; !together && i >= 0 && cueMatches[i]!.start >= pick.at; i--) together = cueMatches[i]!.entries.some((cue) => cue.kind === "together");
  if (!together) return segment;
  const at = firstFrom(terms, pick.at);
  for (let i = at - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    const other = firstOf(terms[i]!, "segment");
    if (!other) continue;
    const gap = lower.slice(terms[i]!.end, terms[at]!.start);
    if (!LISTED.test(gap) || !LIST_WORD.test(gap)) return segment;
    const common = commonParent(taxonomy, segment, taxonomy.segments.get(other.id)!);
    return common && common.kind !== "total" && common.id !== segment.id ? common : segment;
  }
  return segment;
}

/**
 * A part of the picked segment named before it is the figure's when it opens the figure's clause, as
 * its subject ("某芯片号称AWS最快的芯片": the chip's, not AWS's), or when the picked segment's
 * word only repeats the end of the part's ("Prime Video广告覆盖十余国，…广告观众超2亿": Prime Video ads').
 */
export function moreSpecific(context: Context, pick: SegmentPick, s0: number, c0: number): SegmentDefinition {
  const { terms, taxonomy, lower } = context;
  const segment = pick.segment!;
  if (!parentSegments(taxonomy).has(segment.id)) return segment;
  const at = firstFrom(terms, pick.at);
  const picked = terms[at];
  if (!picked) return segment;
  for (let i = at - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    const other = firstOf(terms[i]!, "segment");
    const definition = other ? taxonomy.segments.get(other.id) : undefined;
    if (!definition || !isPartOf(taxonomy, definition, segment)) continue;
    if (comparedWith(lower, terms[i]!.start)) continue;
    const subject = terms[i]!.start >= c0 && /^\s*$/.test(lower.slice(c0, terms[i]!.start));
    if (subject || lower.slice(terms[i]!.start, terms[i]!.end).endsWith(lower.slice(picked.start, picked.end))) return definition;
  }
  return segment;
}

/**
 * Per taxonomy, the segments that have parts: a view of the taxonomy alone, one per taxonomy object and
 * collected with it (a WeakMap), that grows with nothing a text says and is the same for every run.
 */
const parents = new WeakMap<Taxonomy, ReadonlySet<string>>();

/** The segments that have parts (that some segment names as its `parent`). */
function parentSegments(taxonomy: Taxonomy): ReadonlySet<string> {
  let set = parents.get(taxonomy);
  if (!set) parents.set(taxonomy, (set = new Set([...taxonomy.segments.values()].flatMap((segment) => (segment.parent ? [segment.parent] : [])))));
  return set;
}

/** Whether `part` is (by `parent`, at any depth) a part of `whole`. */
function isPartOf(taxonomy: Taxonomy, part: SegmentDefinition, whole: SegmentDefinition): boolean {
  let s: SegmentDefinition | undefined = part.parent ? taxonomy.segments.get(part.parent) : undefined;
  for (let depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) if (s.id === whole.id) return true;
  return false;
}

/** The nearest segment both are part of (by `parent`), if any. */
function commonParent(taxonomy: Taxonomy, a: SegmentDefinition, b: SegmentDefinition): SegmentDefinition | undefined {
  const ancestors = new Set<string>();
  for (let s: SegmentDefinition | undefined = a, depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) ancestors.add(s.id);
  for (let s: SegmentDefinition | undefined = b, depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) if (ancestors.has(s.id) && s.id !== b.id) return s;
  return undefined;
}

/** The market segment named last in the sentence [s0, s1), if any. */
export function marketInSentence(context: Context, s0: number, s1: number): SegmentDefinition | undefined {
  const { terms, taxonomy } = context;
  for (let i = firstFrom(terms, s1) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    if (terms[i]!.end > s1) continue;
    for (const term of terms[i]!.entries) {
      if (term.kind !== "segment") continue;
      const definition = taxonomy.segments.get(term.id);
      if (definition?.kind === "market") return definition;
    }
  }
  return undefined;
}

/**
 * The entity's segment that sells in a market (the taxonomy's `markets`): the first such segment the
 * entity may use, if any. Not remembered: it is asked only for a share of a market, and the entity may
 * be one a text named that the taxonomy does not know, which a memo kept per taxonomy would pile up.
 */
export function marketSeller(taxonomy: Taxonomy, entity: string, market: string): SegmentDefinition | undefined {
  for (const segment of taxonomy.segments.values()) {
    if (segment.markets?.includes(market) && (!segment.entities || segment.entities.includes(entity))) return segment;
  }
  return undefined;
}

/**
 * Whether a Chinese market's word runs straight into a product's name (手机 then 镜头): two more
 * characters that start no taxonomy word and no word of a market's scope, its size or a period; or
 * into a word for its buyers.
 */
function productNamedOn(context: Context, match: TermMatch<Term>): boolean {
  // (So does a word for the market's buyers, 手机客户, 手机厂商: the company's customers in that market.)
  if (BUYERS_AFTER.test(context.lower.slice(match.end, match.end + 3))) return true;
  const after = context.lower.slice(match.end, match.end + 2);
  if (!/^[\u4e00-\u9fff]{2}$/u.test(after) || NOT_A_PRODUCT_AFTER.test(after)) return false;
  const next = context.terms[firstFrom(context.terms, match.end)];
  return next === undefined || next.start > match.end + 1;
}
/** What may follow a market's word without naming a product: its scope, the market itself, a total, a period, a verb. */
const NOT_A_PRODUCT_AFTER = /^[全国海内市行整总合季月年的占在为等及与和同环增下上出销营收]/u;
/** Words for a market's buyers right after its word: 客户, 厂商, 品牌 (手机客户, 手机厂商). */
const BUYERS_AFTER = /^(?:客户|厂商|品牌|大厂)/u;
