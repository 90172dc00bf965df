// Segments the taxonomy does not know. A figure whose clause names a business by the words companies
// use for one ("云计算业务", "the Mobility segment") and whose name the taxonomy has no alias for is
// kept on a segment of its own, proposed with the phrase as written, never moved to the total: an
// editor adds the segment to the taxonomy, or corrects the reading. The parts a parts table's rows
// and a breakdown list's labels name are found before any figure is read, so the prose after them
// knows them by name. The English words that open a name or name no business are the lexicon
// files' (`name_opener`, `not_a_business`).
import { hedgePattern, placedWords } from "./cues.js";
import { wordsPattern } from "./word-patterns.js";
import { nameHash } from "./ids.js";
import { normaliseText, toSimplified } from "./normalise.js";
import { BULLET_LEAD, BULLET_MARK, breakdownTitleOver, CJK_SECTION_NUMBER, ITEM_MARKER, OF_WHICH_LIST_BEFORE, type Table } from "./layout.js";
import { firstFrom, positionsOf } from "./text-structure.js";
import type { TermMatch } from "./lexicon.js";
import type { Term } from "./terms.js";
import type { SegmentDefinition, Taxonomy } from "../taxonomy/taxonomy.js";

/** A segment the extraction proposes: its id, the phrase that named it, and whose it is. */
export interface NewSegment {
  id: string;
  name: string;
  entity: string;
}

/**
 * A proposed segment as a definition the text's later figures use, added once to the text's new
 * segments (the first reading of an id stands). An id the taxonomy already gives another company's
 * segment (a chipmaker's "Automotive" row and Qualcomm's `automotive`) takes the company's id in front,
 * so the proposed fact file names a segment of its own and loads.
 */
export function keepNewSegment(newSegments: Map<string, SegmentDefinition>, given: NewSegment, taxonomy: Taxonomy, aliases?: ReadonlyMap<string, string>): SegmentDefinition {
  // (A name the text gives as another's other name, "the direct business" of "Digital", is that one's.)
  const canonical = aliases?.get(partStem(given.name));
  const found = canonical !== undefined && canonical !== given.name ? { id: segmentId(canonical), name: canonical, entity: given.entity } : given;
  // (A part the taxonomy knows by a name that opens with the company's own, 应用材料中国市场 for 中国市场,
  // "Applied Materials China sales" for "China", is that part.)
  const known = knownPartNamed(taxonomy, found.entity, found.name);
  if (known !== undefined) return known;
  const id = taxonomy.segments.has(found.id) ? `${found.entity.toLowerCase()}_${found.id}` : found.id;
  // (One part, one segment, however the text writes it: 消费电子 in a table's row and 消费电子板块 in the
  // prose, "Wholesale" and "the Wholesale segment", 嘉禾銀行 and 嘉禾银行: a name that is an earlier
  // one's but for its closing word for a part, or its script, is that one.)
  const stem = partStem(found.name);
  for (const earlier of newSegments.values()) if (earlier.entities?.[0] === found.entity && earlier.id !== id && partStem(earlier.name) === stem) return earlier;
  let kept = newSegments.get(id);
  if (!kept) newSegments.set(id, (kept = { id, ordinal: -1, name: found.name, kind: found.entity === "MARKET" ? "market" : "business", entities: [found.entity], aliases: { "zh-Hans": [found.name], "zh-Hant": [found.name], en: [found.name] } }));
  return kept;
}

/** A market's or a sale's word closing a part's name: 中国市场 and 中国 are one part, "China sales" and "China". */
const MARKET_WORD_END = /\s?(?:市场|销售|销售额|market|sales)$/u;

/**
 * The taxonomy's part of `entity` whose name, written with the company's own name before it (its
 * aliases in every script), is `name`: 应用材料中国市场 for 中国市场 or 中国.
 */
function knownPartNamed(taxonomy: Taxonomy, entity: string, name: string): SegmentDefinition | undefined {
  const wanted = bareName(name);
  return wanted.length < 2 ? undefined : partsNamedAfterCompany(taxonomy, entity).get(wanted);
}

/** A part's name as knownPartNamed compares it: its stem (partStem) without a closing word for a market or sales. */
const bareName = (name: string): string => partStem(name).replace(MARKET_WORD_END, "").trim();

/**
 * A company's parts by the names their aliases give after the company's own name (应用材料中国市场: 中国),
 * worked out once per taxonomy and company: a view of the taxonomy that grows with nothing a text says,
 * kept with the taxonomy in a WeakMap, as OTHERS_WORD is.
 */
function partsNamedAfterCompany(taxonomy: Taxonomy, entity: string): ReadonlyMap<string, SegmentDefinition> {
  let byEntity = PARTS_AFTER_COMPANY.get(taxonomy);
  if (!byEntity) PARTS_AFTER_COMPANY.set(taxonomy, (byEntity = new Map()));
  let parts = byEntity.get(entity);
  if (parts) return parts;
  parts = new Map();
  byEntity.set(entity, parts);
  const company = taxonomy.entities.get(entity);
  if (company === undefined) return parts;
  const companyNames = [company.name, ...Object.values(company.aliases).flat()].map((alias) => toSimplified(alias).toLowerCase()).filter((alias) => alias.length >= 2);
  for (const segment of taxonomy.segments.values()) {
    if (!segment.entities?.includes(entity)) continue;
    for (const alias of Object.values(segment.aliases).flat()) {
      const plain = toSimplified(alias).toLowerCase();
      const owner = companyNames.find((companyName) => plain.startsWith(companyName));
      const rest = owner === undefined ? "" : bareName(plain.slice(owner.length));
      if (rest.length >= 2 && !parts.has(rest)) parts.set(rest, segment);
    }
  }
  return parts;
}
const PARTS_AFTER_COMPANY = new WeakMap<Taxonomy, Map<string, Map<string, SegmentDefinition>>>();

/** A part's name as compared: simplified, lower case, without its closing word for a part (消费电子 of 消费电子板块, "wholesale" of "Wholesale segment") when something is left. */
function partStem(name: string): string {
  const plain = toSimplified(name).toLowerCase().trim();
  const stem = plain.replace(PART_WORD_END, "").trim();
  return stem.length >= 2 ? stem : plain;
}

/**
 * The part of `entity` the text has already kept whose name opens `label`, more words after it
 * ("Subscription" for "Subscription revenue", 云业务 for 云业务收入), if any.
 */
export function keptPartOpening(newSegments: ReadonlyMap<string, SegmentDefinition>, label: string, entity: string): SegmentDefinition | undefined {
  const lower = toSimplified(label).toLowerCase();
  for (const kept of newSegments.values()) {
    if (kept.entities?.[0] !== entity) continue;
    const name = toSimplified(kept.name).toLowerCase();
    if (name.length >= 2 && lower.length > name.length && lower.startsWith(name) && (/^\s/.test(lower.slice(name.length)) || /[\u4e00-\u9fff]/u.test(name.slice(-1)))) return kept;
  }
  return undefined;
}

/**
 * The other names a text gives a part ("Digital, which executives kept calling \"the direct business\"",
 * 汽车电子板块（公司内部称"车规事业部"）, 在线营销服务即广告业务): each other name's stem (partStem) and the
 * name it is another name of, so both are one segment (keepNewSegment).
 */
export function segmentAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [pattern, tail] of ALIAS_PATTERNS) {
    // (A Chinese pattern's run of characters before the other name is tried at every character of a
    // long text: it is read only where the words after the run, which every match holds, stand.)
    if (tail && !tail.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.trim();
      const other = match[2]!.replace(/^(?:the|its|a)\s/i, "").trim();
      if (name.length >= 2 && other.length >= 2 && partStem(name) !== partStem(other)) aliases.set(partStem(other), name);
    }
  }
  return aliases;
}
/** "Digital, which executives on the call kept calling \"the direct business\"", "Wealth, known as \"the private bank\"": a capitalised name, then a verb of calling and the other name in quotes. */
const ALIAS_EN = /\b([A-Z][A-Za-z&-]*(?:\s(?:and\s|&\s)?[A-Z][A-Za-z&-]*){0,4}),\s(?:which|what)\s[^.;"“]{0,80}?\b(?:calls?|calling|called|refers? to as|referring to as|referred to as|knows? as|known as|dubs?|dubbed|nicknamed)\s["“]([^"”]{2,40})["”]/g;
/** 汽车电子板块（公司内部称"车规事业部"）, 液态奶事业部（又称“液奶板块”）, 智能云事业群（下称“云业务”）: a name, then in brackets or after it a word of calling and the other name in quotes. */
const ALIAS_ZH = /([\u4e00-\u9fff]{2,12})\s?[（(]?\s?(?:公司)?(?:内部|內部|业内|業內|市场|市場)?(?:又|亦|俗|简|簡|下|以下简?|以下簡?|后|後)?(?:称为|稱為|称作|稱作|称|稱|叫做|叫)\s?["“「]([\u4e00-\u9fffA-Za-z]{2,12})["”」]/gu;
/** 在线营销服务即广告业务: a name, 即 ("that is"), and the other name closed by a word for a part. */
const ALIAS_ZH_IE = /([\u4e00-\u9fff]{2,12})即([\u4e00-\u9fff]{2,8}?(?:业务|業務|板块|板塊|事业部|事業部))/gu;
/** Each pattern, with the Chinese ones' ends after their first name (the word of calling or 即 and the other name). */
const ALIAS_PATTERNS: [RegExp, RegExp | undefined][] = [
  [ALIAS_EN, undefined],
  [ALIAS_ZH, /(?:称为|稱為|称作|稱作|称|稱|叫做|叫)\s?["“「][\u4e00-\u9fffA-Za-z]{2,12}["”」]/u],
  [ALIAS_ZH_IE, /即[\u4e00-\u9fff]{2,8}?(?:业务|業務|板块|板塊|事业部|事業部)/u],
];

/**
 * Which taxonomy words leave a phrase free to name a new business: another company's words for a
 * business of its own (订阅业务 is a known company's segment; in a story about another company it names
 * that company's own business, like any other phrase).
 */
export type OthersWord = (term: TermMatch<Term>) => boolean;

/** Another company's word for a business of its own (see OthersWord): a term all of whose readings are segments of other companies. */
export function othersBusinessWord(taxonomy: Taxonomy, entity: string): OthersWord {
  // (One per taxonomy and company, made once: a figure's binding asks for it every time.)
  let byEntity = OTHERS_WORD.get(taxonomy);
  if (!byEntity) OTHERS_WORD.set(taxonomy, (byEntity = new Map()));
  let made = byEntity.get(entity);
  if (!made) {
    made = (term) => term.entries.every((entry) => {
      if (entry.kind !== "segment") return false;
      const owners = taxonomy.segments.get(entry.id)?.entities;
      return owners !== undefined && !owners.includes(entity);
    });
    byEntity.set(entity, made);
  }
  return made;
}
/** The predicates made so far, per taxonomy (a weak map: a taxonomy's go with it) and company id. */
const OTHERS_WORD = new WeakMap<Taxonomy, Map<string, OthersWord>>();

/**
 * Which metric words leave a phrase free to name a business: none; those before its last word (a
 * name that runs into its metric's word, 物业管理收入); or all (a parts table's row label, whose metric
 * its column names: "| Passenger vehicles | 18,412 |" under "Revenue").
 */
type MetricsFree = boolean | "all";

/** Whether a taxonomy word other than another company's business (or, by `metricsFree`, a metric's word) overlaps [from, to). */
function taxonomyWordOver(terms: readonly TermMatch<Term>[], termsFrom: number, from: number, to: number, othersWord: OthersWord, metricsFree: MetricsFree = false): boolean {
  for (let i = termsFrom; i < terms.length && terms[i]!.start < to; i++) {
    const term = terms[i]!;
    if (term.end > from && !othersWord(term) && !(metricsFree && (metricsFree === "all" || term.end < to) && term.entries.every((entry) => entry.kind === "metric")) && !(metricsFree === "all" && partOfLabelOnly(term, from, to))) return true;
  }
  return false;
}

/**
 * "Subscription revenue rose 19%" in a story about a company other than the one whose segment the
 * taxonomy calls "subscription revenue": a term read both as other companies' business and as a metric
 * names this company's own business, by the words before its last (the metric's) word, on the same
 * tests as businessBeforeMetric. English only: a Chinese term has no space to split at.
 */
export function othersBusinessWithMetric(text: string, term: TermMatch<Term>, taxonomy: Taxonomy, entity: string): NewSegment | undefined {
  let segments = 0;
  for (const entry of term.entries) {
    if (entry.kind === "segment") {
      const owners = taxonomy.segments.get(entry.id)?.entities;
      if (owners === undefined || owners.includes(entity)) return undefined;
      segments++;
    } else if (entry.kind !== "metric") return undefined;
  }
  if (segments === 0 || segments === term.entries.length) return undefined;
  const words = text.slice(term.start, term.end);
  const lastSpace = words.lastIndexOf(" ");
  if (lastSpace <= 0) return undefined;
  const said = LATIN_NAME_ALONE.exec(words.slice(0, lastSpace + 1));
  if (!said || namesNoBusiness(said[1]!)) return undefined;
  return { id: segmentId(said[1]!), name: said[1]!, entity };
}

/**
 * In a label whose column names the metric (`metricsFree` "all"), a word for the whole or for the market
 * that is only part of it names no whole: "| 公司金融 |" is corporate banking, "| 金融市场 |" the markets
 * business, under a corner that says each row is a part.
 */
function partOfLabelOnly(term: TermMatch<Term>, from: number, to: number): boolean {
  if (term.start <= from && term.end >= to) return false;
  return term.entries.every((entry) => entry.kind === "whole" || (entry.kind === "entity" && entry.id === "MARKET"));
}

/** A name as a new segment of `entity`, unless a taxonomy word (not another company's business) overlaps [from, to), the name or the words around it. */
function proposedUnlessKnown(name: string, entity: string, from: number, to: number, terms: readonly TermMatch<Term>[], termsFrom: number, othersWord: OthersWord, metricsFree: MetricsFree = false): NewSegment | undefined {
  return taxonomyWordOver(terms, termsFrom, from, to, othersWord, metricsFree) ? undefined : { id: segmentId(name), name, entity };
}

/**
 * Chinese words for a part of a company (业务, 板块, and BG or BU, a business group or unit, only right
 * after a Chinese name and before no Latin letter: 企业服务BG, never the BU of ATTRIBUTABLE) that end a
 * part's name. 事业 alone (Taiwan's word for a business unit, 電視事業) only right before a period's or
 * a metric's word: 電視事業第3季營業虧損, not 受惠于零售事业，.
 */
const BUSINESS_WORDS = ["业务", "部门", "分部", "板块", "事业本部", "事业部", "事业群", "事业处", "业务群", "事业(?=[第营收净毛税本今去上下全前单季年度])", "(?<=[\\u4e00-\\u9fff])B[GU](?![A-Za-z])"];
/** English words for a part of a company: "the Mobility segment", "its frozen arm". Every reader of a part's word builds on these two lists. */
export const LATIN_PART_WORDS = "segment|division|business|unit|arm";
/** A word for a part of a company, Chinese or English (not a product's, a channel's or a store's): 业务, 板块, "segment", "division". */
const BUSINESS_WORD_SOURCE = `${BUSINESS_WORDS.join("|")}|\\b(?:${LATIN_PART_WORDS})\\b`;
export const BUSINESS_WORD = new RegExp(BUSINESS_WORD_SOURCE);
/** Such a word opening a stretch. */
export const BUSINESS_WORD_START = new RegExp(`^(?:${BUSINESS_WORD_SOURCE})`);
const OUTLET_WORDS = ["产品线", "产品", "渠道", "通路", "门店", "分店"];
const PART_WORD = new RegExp(`${[...BUSINESS_WORDS, ...OUTLET_WORDS].join("|")}|${LATIN_PART_WORDS}`, "g");
/** A part's own word right after its name, an abbreviation in brackets between at most: "the commercial vehicle unit", "vehicle (PV) business", 汽车电子板块. */
export const PART_WORD_AFTER_NAME = new RegExp(`^\\s?(?:[(（][a-z]{1,6}[)）]\\s?)?(?:${BUSINESS_WORD_SOURCE})`, "u");

/** Where the words for a part of a company stand in the text, in order: found once per article. */
export function partWords(text: string): number[] {
  const at: number[] = [];
  PART_WORD.lastIndex = 0;
  for (let match = PART_WORD.exec(text); match; match = PART_WORD.exec(text)) at.push(match.index);
  return at;
}

/** "云计算业务", "汽车部门", "手游板块", 储能产品, 线上渠道, 旅游区分店: a name, then the word for a part of a company, a product line, a channel or a kind of store (not its price or its market: 胶膜产品价格). */
// (An abbreviation in brackets may stand between the name and the word, and is kept in the name as written: 汽车电子（ATV）事业部.)
const CJK_SEGMENT = new RegExp(`([\\u4e00-\\u9fffA-Za-z0-9&]{1,10}?(?:[(（][A-Za-z0-9]{1,16}[)）])?)(${[...BUSINESS_WORDS, ...OUTLET_WORDS].join("|")})(?!价格|需求|市场|售价|成本)`, "gu");
/**
 * "the Mobility segment", "its Cloud Computing division", "the freight forwarding unit": up to four
 * words, then the word for a part (lower-case names are read after a determiner or a possessive only,
 * which may open the sentence: "The wires and cables division, which…"; "and" joins two words of one
 * name, "the baby and family care unit"; the first may be a place's or a brand's, "the India
 * formulations business"; an abbreviation in brackets right before the word is the name, "The repair,
 * maintenance and improvement (RMI) division"; so may one after a lower-case word inside the name, kept
 * in it as written, "the part-truckload (PTL) freight business").
 */
const LATIN_SEGMENT = new RegExp(String.raw`\b((?:[A-Z][\w&'-]*\s(?:&\s)?){0,3}[A-Z][\w&'-]*|(?<=\b(?:[Ii]ts|[Tt]he|[Tt]heir|company's|group's|[A-Z][\w-]*['’]s)\s)(?:[A-Z][\w&-]*\s)?(?:[a-z][\w&-]*\s(?:\([A-Z]{2,6}\)\s)?(?:and\s)?){0,2}[a-z][\w&-]*|(?<=\()[A-Z][A-Za-z&]{1,7}(?=\)))\)?\s(?:${LATIN_PART_WORDS})\b`, "g");
/**
 * What stands before 业务 without naming one: this, its, core, main, other, new, all, related… at its
 * start, or a verb or function word anywhere (不过反映订阅业务, 由于两项业务): a business's name is a noun.
 */
const NOT_A_NAME = /^(?:该|此|其|本|各|每|全|整|核心|主营|主要|其他|其它|相关|所有|传统|部分|多个|一些|旗下|公司|集团|剔除|扣除|除去|不含|不计|排除)|[不过由于反映两几项这那因但而对从将把被让使与和也都还就是为了占较比]/u;
/** One character that names no business before 业务 (分业务看, 按业务, 各业务, 主业务, 两业务): a preposition, a determiner, a number. */
const NOT_A_ONE_CHARACTER_NAME = /^[分按各本该此其每全整主总子母多单双两一二三四五六七八九十非副次核某诸他它新老原现旧大小受以因由对从在于为据就向随把被让使与和及或]$/u;
/** Words after a part's word that make it a breakdown's heading, not a name: 业务看, 业务来看, 业务划分. */
const BREAKDOWN_AFTER = /^(?:别|看|来看|方面|划分|分类|拆分|而言)/u;
/** 与, 及, 和 or 、 between two names of two characters or more joins them into one part's name: 物联网与家居产品, 车规级MCU及模拟芯片. */
const NAME_JOINER = /[与及和、]/u;

/** Whether a phrase names no business (see NOT_A_NAME), each of two joined names read on its own (NAME_JOINER; 参与 joins nothing). */
function notAName(name: string): boolean {
  const sides = name.split(NAME_JOINER);
  // (The second may be "the others": 原料药及其他业务, 果汁及其他饮品.)
  if (sides.length === 2 && sides.every((side) => side.length >= 2)) return NOT_A_NAME.test(sides[0]!) || (!/^其[他它]/u.test(sides[1]!) && NOT_A_NAME.test(sides[1]!));
  return NOT_A_NAME.test(name);
}
/** Words that may open a clause right before a business's name without being part of it: 其中, 期内, 年内, 报告期内, 本期. */
const PERIOD_OPENING = /^(?:其中|另外|此外|报告期内|期内|年内|本期|同期|上半年|下半年|全年|即|亦即)/u;
/** A word that opens what an adjusted figure leaves out (the lexicon's \`left_out\`: excluding, stripping out). */
const LEFT_OUT_WORD = new RegExp(wordsPattern(placedWords("left_out", { language: "en" }), "both"), "i");
/** Words that open an English business's name without being part of it (the lexicon files' `name_opener`: the, its, core), by lower case. */
const NOT_A_LATIN_NAME: ReadonlySet<string> = new Set(placedWords("name_opener", { language: "en" }));

/**
 * The business a clause names before a figure when no known segment is named there, as a new
 * segment of `entity`; undefined when the clause names none, or names one a taxonomy word covers.
 */
export function newSegmentIn(text: string, from: number, to: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (to - from < 3) return undefined;
  const clause = text.slice(from, to);
  let found: { name: string; at: number; business?: boolean } | undefined;
  CJK_SEGMENT.lastIndex = 0;
  for (let match = CJK_SEGMENT.exec(clause); match; match = CJK_SEGMENT.exec(clause)) {
    // "高通的技术授权业务", "集团旗下超市业务": the business is what stands after the last 的 or 旗下.
    // (Nor do the words opening the clause, 其中 or the period's: 期内一般保险业务 is the general insurance business.)
    const whole = match[1]!.split(/的|旗下/).pop()!;
    const name = whole.replace(PERIOD_OPENING, "");
    // (After such words a business may be named by one character: 其中云业务 is the cloud business; so at
    // a clause's start, 盈利方面，云业务经营利润率为8.3%.)
    const atClauseStart = match.index === 0 ? /(?:^|[\s，,；;：:。])$/u.test(text.slice(Math.max(0, from - 1), from)) || from === 0 : /[\s，,；;：:。]$/u.test(clause.slice(0, match.index));
    const shortest = name.length < whole.length || (atClauseStart && !OUTLET_WORDS.includes(match[2]!) && !NOT_A_ONE_CHARACTER_NAME.test(name) && !BREAKDOWN_AFTER.test(clause.slice(match.index + match[0].length))) ? 1 : 2;
    const suffix = match[2]!;
    // (A product line, a channel or a kind of store is named by words, never with a date: 截至9月底门店.)
    const outlet = OUTLET_WORDS.includes(suffix);
    // (Two joined names only where they open a clause: in 加大供应链服务与物流业务投入 a verb runs into the first.)
    const joined = name.split(NAME_JOINER).length === 2;
    if (joined && (whole !== match[1]! || !/(?:^|[\s，,；;：:、。])$/u.test(clause.slice(0, match.index)))) continue;
    if (name.length >= shortest && !notAName(name) && !(outlet && /[\d年月季]/u.test(name))) found = { name: name + suffix, at: from + match.index + match[0].length - name.length - suffix.length, business: !outlet };
  }
  LATIN_SEGMENT.lastIndex = 0;
  for (let match = LATIN_SEGMENT.exec(clause); match; match = LATIN_SEGMENT.exec(clause)) {
    // ("Excluding the sale of its Luxembourg towers business, organic revenue grew 1.9%": a business
    // named after a word of what is left out is not the figure's.)
    if (LEFT_OUT_WORD.test(clause.slice(0, match.index))) continue;
    const words = match[1]!.split(" ").filter((word) => !NOT_A_LATIN_NAME.has(word.toLowerCase()));
    if (words.length > 0) found = { name: `${words.join(" ")} ${match[0].slice(match[0].lastIndexOf(" ") + 1)}`, at: from + match.index };
  }
  if (!found) return undefined;
  // (恒岳乳业奶粉业务, 恒岳奶粉业务: a company's name run into the business's is left off it, when two
  // characters and the part's word are left.)
  if (found.business === true) {
    for (let i = termsFrom; i < terms.length && terms[i]!.start <= found.at; i++) {
      const term = terms[i]!;
      const rest = found.at + found.name.length - term.end;
      if (term.start === found.at && rest >= 4 && term.entries.some((entry) => entry.kind === "entity") && allCjk(found.name)) {
        const name = found.name.slice(term.end - found.at);
        if (!notAName(name) && !NOT_A_CJK_BUSINESS.test(name)) found = { name, at: term.end, business: true };
        break;
      }
    }
  }
  // A taxonomy word inside the phrase (an entity, a metric, this company's segment) means it is not a new
  // business; a metric's word before 业务 or 板块 does not (机器人业务 is the robotics business, not robots).
  return proposedUnlessKnown(found.name, entity, found.at, found.at + found.name.length, terms, termsFrom, othersWord, found.business === true);
}

/** The same proposed segment under another name (its id follows the name). */
export function renamedSegment(segment: NewSegment, name: string): NewSegment {
  return { id: segmentId(name), name, entity: segment.entity };
}

/**
 * 其中新能源车26.8万辆, 其中线上渠道12.4亿元: after 其中 ("of which"), a name right before the figure (为,
 * 达, 约 between at most) is a part of the whole the clause before gave, on the same tests as a name
 * before a metric's word.
 */
export function partAfterOfWhich(text: string, clauseStart: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  // (Or a later item of the list 其中 opens, "其中香港163間、內地12間": its clause opens at the 、 with its name.)
  const listed = /、\s?$/u.test(text.slice(Math.max(0, clauseStart - 2), clauseStart)) && OF_WHICH_LIST_BEFORE.test(text.slice(Math.max(0, clauseStart - 40), clauseStart));
  const clause = text.slice(clauseStart, figureStart);
  const named = (listed ? LISTED_NAME : OF_WHICH_NAME).exec(clause);
  if (!named) return undefined;
  const name = named[1]!;
  if (notAName(name) || NOT_A_CJK_BUSINESS.test(name)) return undefined;
  const at = clauseStart + named.index + named[0].indexOf(name);
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}
/** A name of two to ten characters, then a word of amounting to at most (为, 达, 约, 占), right before a figure. */
const NAME_BEFORE_COUNT = String.raw`([\u4e00-\u9fff]{2,10}?)\s?(?:为|為|达|達|约|約|共|合计|合計|占|佔)?\s?$`;
const OF_WHICH_NAME = new RegExp(String.raw`^[\s，,；;]*(?:其中|當中|当中)\s?[，,]?\s?${NAME_BEFORE_COUNT}`, "u");
/** A later item's name of such a list, right before its figure. */
const LISTED_NAME = new RegExp(String.raw`^\s?${NAME_BEFORE_COUNT}`, "u");

/**
 * Whether text[from, to) holds an ASCII letter. The English readers below (businessBeforeMetric,
 * namedKindMoving, businessSharing, businessBringingIn) match only a name with one in it, and their
 * patterns read a part of that stretch, so a stretch without one (most Chinese clauses) is passed over
 * before its opening is cut out and matched. (Their /i patterns match only ASCII letters for [A-Za-z]:
 * without the u flag no other character folds to one.)
 */
function hasLatinLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}
/** The first two characters OF_NAMED needs: a space, then the first letter of "of", "from", "in" or "at". */
const PREPOSITION_START = /^\s[ofia]/;
/** The first two characters REGION_AFTER needs: a space, then the i of "in" or the f of "from". */
const IN_OR_FROM_START = /^\s[if]/;

/** Words that open a clause before a business's name: a determiner or a conjunction. */
const LATIN_OPENING = /^(?:(?:while|and|but|whereas|meanwhile|its|the|their)\s)*/i;
/** Conjunctions alone, for a pattern that reads the determiner itself ("the diabetes pill Glymera"). */
const CONJUNCTION_OPENING = /^(?:(?:while|and|but|whereas|meanwhile)\s)*/i;

/** The words that open a clause up to `to`, without a list item's marker, leading spaces and the words `opening` strips. */
function clauseOpening(text: string, clauseStart: number, to: number, opening: RegExp = LATIN_OPENING): string {
  return text.slice(clauseStart, to).replace(ITEM_MARKER, "").trimStart().replace(opening, "");
}
/** Words before a metric's word that qualify the metric or run a sentence, not name a business (the lexicon files' `not_a_business`), by lower case. */
const NOT_A_LATIN_BUSINESS: ReadonlySet<string> = new Set(placedWords("not_a_business", { language: "en" }));
/**
 * Whether English words hold one that names no business: a `not_a_business` word, or a verb's past
 * ("reported"). An "and" between two words joins them into one name ("fabric and home care").
 */
const namesNoBusiness = (words: string): boolean => {
  const list = words.trim().split(" ");
  // (A word ending in -ed qualifies a figure, "Adjusted", "Reported", unless it names a kind of business: "Branded", "Franchised".)
  return list.some((word, i) => (NOT_A_LATIN_BUSINESS.has(word.toLowerCase()) && !(word === "and" && i > 0 && i < list.length - 1)) || (/^\w+ed$/i.test(word) && !BUSINESS_PARTICIPLES.has(word.toLowerCase())));
};
const BUSINESS_PARTICIPLES: ReadonlySet<string> = new Set(placedWords("business_participle", { language: "en" }));
/** Whether English words a pattern read as a name name a business: none names no business (see namesNoBusiness), and the first opens no name (the, its). */
const namesABusiness = (words: string): boolean => !namesNoBusiness(words) && !NOT_A_LATIN_NAME.has(words.split(" ")[0]!.toLowerCase());

/**
 * "Freight brokerage revenue fell 3%": the words that open an English clause right before a metric's
 * word name a business when they are a name (one to three words, none a function word, a verb of
 * reporting, or a word for a period, a total or a basis, and no taxonomy word). The business is
 * proposed as a new segment of `entity`. (Chinese runs a name into its verb with no space between,
 * so it is read only with a word for a part of a company: see newSegmentIn.)
 */
export function businessBeforeMetric(text: string, clauseStart: number, metricStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (!hasLatinLetter(text, clauseStart, metricStart)) return undefined;
  // (A list item's marker opens no name: "- Motor premiums grew 15%".)
  const before = clauseOpening(text, clauseStart, metricStart);
  const latin = LATIN_NAME_ALONE.exec(before);
  if (!latin || namesNoBusiness(latin[1]!)) return undefined;
  const name = latin[1]!;
  const at = metricStart - name.length - 1;
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord) ?? businessNamedAfterCompany(name, at, terms, termsFrom, entity, othersWord);
}

/**
 * "Nike Direct revenue fell 4%", "Tesla Energy revenue rose": a name that opens with the company's own
 * name (a taxonomy word for `entity` and nothing else) and goes on in capitals names a business of the
 * company called after it (see namesBusinessPast).
 */
function businessNamedAfterCompany(name: string, at: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  let company: TermMatch<Term> | undefined;
  for (let i = termsFrom; i < terms.length && terms[i]!.start < at + name.length; i++) {
    const term = terms[i]!;
    if (term.end <= at || othersWord(term)) continue;
    if (company !== undefined || term.start !== at || !term.entries.some((entry) => entry.kind === "entity" && entry.id === entity)) return undefined;
    company = term;
  }
  return company !== undefined && namesBusinessPast(name, name.slice(0, company.end - at)) ? { id: segmentId(name), name, entity } : undefined;
}

/**
 * Whether `name` opens with a company's name `company` and goes on in capitals to name a business of it
 * ("Nike Direct" past "Nike"): not when what follows is a legal form or a firm's word ("Nike Inc", "Acme
 * Holdings"), or words that name no business ("Nike Q1").
 */
export function namesBusinessPast(name: string, company: string): boolean {
  if (name.length <= company.length + 1 || name[company.length] !== " " || name.slice(0, company.length).toLowerCase() !== company.toLowerCase()) return false;
  const rest = name.slice(company.length + 1);
  if (namesNoBusiness(rest)) return false;
  return rest.split(" ").every((word) => /^[A-Z]/.test(word)) && !endsWithFirmWord(rest);
}

/**
 * An English name of one to three words and nothing else, then a space: words joined by "&" or "and"
 * count as one ("Beauty & Personal Care", "Test & Measurement", "fabric and home care").
 */
const LATIN_NAME = String.raw`(?:[A-Za-z][\w&-]*\s(?:(?:&|and)\s)?){0,2}[A-Za-z][\w&-]*`;
/** The same, shortest first: where an adverb may stand between the name and its verb ("Dairy also generated"). */
const LATIN_NAME_SHORTEST = String.raw`(?:[A-Za-z][\w&-]*\s(?:(?:&|and)\s)?){0,2}?[A-Za-z][\w&-]*`;
const LATIN_NAME_ALONE = new RegExp(String.raw`^(${LATIN_NAME})\s$`);

/** An English hedge before a figure (the lexicon's: "roughly", "more than", "just over"), as a pattern. */
const EN_HEDGE = hedgePattern("en");

/** A verb of a change or a level after a name (the lexicons' `moves`: slid, climbed, came to). */
const MOVES = wordsPattern(placedWords("moves", { language: "en" }), "start");
/** After a metric's word opening a clause: of, from, in or at, a determiner, at most three words that say what kind, then a name in capitals, then a verb of a change. */
const OF_NAMED = new RegExp(String.raw`^\s(?:of|from|in|at)\s(?:the\s|its\s|their\s)?(?:[a-z][\w-]*\s){0,3}([A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,2})\s(?=${MOVES}\b)`);

/**
 * "Sales of the heart-failure drug Cordavin climbed 12%", "Revenue from its Lumen platform rose 9%":
 * the name in capitals after a metric's word that opens the clause, and of or from, is the product or
 * business the figure is of (no taxonomy word, no word that names no business).
 */
export function businessAfterMetric(text: string, clauseStart: number, metricStart: number, metricEnd: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  // (OF_NAMED opens with a space and a preposition: looked at before the clause's opening is cut out.)
  if (!PREPOSITION_START.test(text.slice(metricEnd, metricEnd + 2))) return undefined;
  if (clauseOpening(text, clauseStart, metricStart).trim() !== "") return undefined;
  // ("Revenue from premium cabins climbed 14%", "Sales from its loyalty program rose 9%": after "from",
  // what the revenue comes from in plain words is a part too, unless it names the whole's own sources:
  // its operations, its customers, contracts, the sale of something.)
  const said = OF_NAMED.exec(text.slice(metricEnd, metricEnd + 80)) ?? FROM_PART.exec(text.slice(metricEnd, metricEnd + 80)) ?? AT_NAMED_PART.exec(text.slice(metricEnd, metricEnd + 80));
  // ("Sales in Cardiac Ablation Solutions jumped 71%", "Revenue at HCLSoftware grew 3.8%": in or at a name
  // is that part as of or from is; a name with a digit there is a period, "in FY26", and one ending in a
  // firm's word a company, "in Acme Holdings".)
  if (!said || namesNoBusiness(said[1]!) || WHOLE_SOURCES.test(said[1]!) || /\d/.test(said[1]!) || endsWithFirmWord(said[1]!)) return undefined;
  const name = said[1]!;
  const at = metricEnd + said.index + said[0].indexOf(name);
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/** After a metric's word opening a clause: from, a determiner, one to four words in lower case, then a verb of a change. */
const FROM_PART = new RegExp(String.raw`^\sfrom\s(?:the\s|its\s|their\s)?((?:[a-z][\w&'-]*\s){0,3}[a-z][\w&'-]*)\s(?=${MOVES}\b)`);
/** After a metric's word: at, a determiner, one or two words in capitals, then a word in lower case and a verb of a change ("Revenue at its Asian operations rose"). */
// (Not a company's possessive, "at Halbrook's stores": the company's own.)
const AT_NAMED_PART = new RegExp(String.raw`^\sat\s(?:the\s|its\s|their\s)?((?:[A-Z][\w&-]*\s){1,2}[a-z][\w&'-]*)\s(?=${MOVES}\b)`);
/** What a whole's revenue comes from that is no part of it. */
const WHOLE_SOURCES = /^(?:(?:continuing|core|ordinary|discontinued)\s)?operations$|customers?\b|clients?\b|contracts?\b|^(?:the\s)?sales?\b|^abroad$|^overseas$|^home$|^interest$/;
/** A clause's opening: the or its, one to three words that say what kind, a name in capitals, then a verb of change. */
const KIND_NAME_MOVES = new RegExp(String.raw`^(?:the|its|their)\s((?:[a-z][\w-]*\s){1,3})([A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,2})\s${MOVES}\s(?:by\s|at\s|to\s)?(?:about\s|nearly\s|almost\s|some\s|more\sthan\s)?$`);

/**
 * "…, while the diabetes pill Glymera slid 31% to 287 million francs": a clause that opens with what
 * kind of thing it is and its name in capitals, then a verb of change, is that product's or business's
 * (not when a word of the kind names no business: "the rival carrier Northwake fell 6%").
 */
export function namedKindMoving(text: string, clauseStart: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (!hasLatinLetter(text, clauseStart, figureStart)) return undefined;
  const before = clauseOpening(text, clauseStart, figureStart, CONJUNCTION_OPENING);
  const said = KIND_NAME_MOVES.exec(before);
  // (Nor a stock market index, "the tech-heavy KOSDAQ slipped 0.3%": its move is the market's.)
  if (!said || namesNoBusiness(said[1]!) || namesNoBusiness(said[2]!) || STOCK_INDEX_NAMES.has(said[2]!.toLowerCase())) return undefined;
  const name = said[2]!;
  return proposedUnlessKnown(name, entity, figureStart - before.length, figureStart, terms, termsFrom, othersWord);
}

/**
 * "…grew 4.1%, led by LongHorn Steakhouse at 5.6% and Olive Garden at 5.0%": a name in capitals (one to
 * four words) right before "at" and the figure, after "led by", "driven by", "with", "and" or a comma, is
 * the part the figure is of (same tests as businessBeforeMetric).
 */
export function partNamedAtFigure(text: string, from: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const said = NAMED_AT_FIGURE.exec(text.slice(Math.max(from, figureStart - 80), figureStart));
  if (!said || namesNoBusiness(said[1]!)) return undefined;
  const at = figureStart - said[0].length + said[0].indexOf(said[1]!);
  return proposedUnlessKnown(said[1]!, entity, at, at + said[1]!.length, terms, termsFrom, othersWord);
}
const NAMED_AT_FIGURE = /(?:\b(?:led|driven|helped)\sby|\bwith|\band|,)\s(?:the\s)?([A-Z][\w&'’-]*(?:\s(?:&\s)?[A-Z][\w&'’-]*){0,3})\sat\s(?:[A-Z]{0,3}\$|[€£¥₹])?$/;

/** Stock market indices' names (the lexicons' `stock_index`: written lower case and simplified). */
export const STOCK_INDEX_NAMES: ReadonlySet<string> = new Set(placedWords("stock_index"));

/** A clause's opening: a name of one to three words (in any case), a verb of change, then at most by or to and a hedge. */
const NAME_MOVES = new RegExp(String.raw`^(${LATIN_NAME})\s${MOVES}\s(?:by\s|to\s)?(?:${EN_HEDGE}\s)?$`, "i");

/**
 * "Laundry sales increased 7% to $1.9 billion, and skin and hair care edged up 2% to $1.3 billion": after a
 * clause that named a business before its metric's word, a clause of the same sentence that opens with a
 * name and a verb of change goes on listing businesses: the name is the next one (same tests as
 * businessBeforeMetric). Read only where an earlier clause named a business (see bindFigure).
 */
export function parallelBusinessMoving(text: string, clauseStart: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const before = clauseOpening(text, clauseStart, figureStart, CONJUNCTION_OPENING);
  const said = NAME_MOVES.exec(before);
  if (!said || !namesABusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = figureStart - before.length;
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/** "with supermarkets up 4.9%", "and pharmacies up 7.2%", "with the Americas up 8%": with or and, "the" at most, a name of one to three words, then up or down. */
const WITH_NAME_UP_DOWN = new RegExp(String.raw`^(?:with\s|and\s)(?:the\s)?(${LATIN_NAME})\s(?:up|down|higher|lower)\s(?:by\s)?(?:${EN_HEDGE}\s)?$`, "i");

/**
 * "Same-store sales rose 3%, with supermarkets up 4.9% and pharmacies up 7.2%": after a figure, the
 * parts it breaks into, each a name then up or down and its figure (`from` is where the stretch
 * before the figure starts: its clause, or the end of the figure before it in the clause).
 */
export function businessesUpDown(text: string, from: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const before = text.slice(from, figureStart).replace(/^[\s,;]+/, "");
  const said = WITH_NAME_UP_DOWN.exec(before);
  if (!said || !namesABusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = figureStart - before.length + said[0].indexOf(name);
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/** After a percent: its move's noun, "in", then a name of one to three words before the metric's word ("a 1% rise in main-cabin sales"). */
const MOVE_IN_NAME = new RegExp(String.raw`^\s?(?:percent\s|per\scent\s|pc\s)?(?:rise|increase|gain|jump|growth|drop|decline|fall|slide|dip)\sin\s(?:its\s|the\s)?(${LATIN_NAME})\s$`, "i");

/**
 * "…, outpacing a 1% rise in main-cabin sales": a percent whose move's noun then "in" names the
 * business before its metric's word, after the figure (`metricStart`: that word's start).
 */
export function businessAfterMove(text: string, figureEnd: number, metricStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const said = MOVE_IN_NAME.exec(text.slice(figureEnd, metricStart));
  if (!said || !namesABusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = metricStart - name.length - 1;
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/**
 * Between a part's share and the next figure of its list, "China took 64 per cent of sales, Japan 12
 * per cent and India 9 per cent": the whole the share is of at most, a comma or "and", then the next
 * part's name of one to four words, the share verb's "for" again at most ("Overseas accounted for 64%
 * of sales, and digital downloads for 78%") and a hedge. The name is group 1.
 */
const NEXT_LISTED_PART = new RegExp(String.raw`^(?:\s(?:of|in)\s[^,;.\d]{1,40}?)?(?:,\s(?:and\s|while\s)?|\sand\s)(?:the\s)?((?:[A-Za-z][\w&'-]*\s(?:(?:&|and)\s)?){0,3}[A-Za-z][\w&'-]*(?<!\bfor))\s(?:for\s)?(?:${EN_HEDGE}\s)?$`, "i");

/**
 * The part a share list names next, "…, Japan 12 per cent and India 9 per cent": the name between the
 * share before (ending at `previousEnd`) and the figure, as NEXT_LISTED_PART reads it, on the same tests
 * as a business before its metric's word; with where it stands, so that a taxonomy's part named there
 * (a region it knows) can be taken instead.
 */
export function nextListedPart(text: string, previousEnd: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): { name: string; at: number; part: NewSegment | undefined } | undefined {
  if (figureStart - previousEnd > 80) return undefined;
  const listed = NEXT_LISTED_PART.exec(text.slice(previousEnd, figureStart));
  // (A capitalised word ending in -ed is a proper name's, "United States"; "other" opens the list's
  // last part, "other international markets 7%".)
  if (!listed || listed[1]!.split(" ").some((word, i) => (NOT_A_LATIN_BUSINESS.has(word.toLowerCase()) && !(i === 0 && word === "other") && word !== "and") || (/^[a-z]+ed$/.test(word) && !BUSINESS_PARTICIPLES.has(word)))) return undefined;
  const name = listed[1]!;
  const at = previousEnd + listed.index + listed[0].lastIndexOf(name);
  return { name, at, part: proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord) };
}

/** A verb of a part's share (the lexicons' `shares_in`), a space, and at most "the remaining" before the share: "accounted for the remaining ". */
export const SHARE_VERB = String.raw`${wordsPattern(placedWords("shares_in", { language: "en" }), "both")}\s(?:the\s(?:remaining|other|rest\sof\sthe)\s)?`;
/** "with copper contributing", "Oncology accounted for", "Clinics accounted for the remaining": a name of one to three words, then a verb of a part's share, then at most "the remaining" and a hedge. */
const NAME_SHARES = new RegExp(String.raw`^(?:with\s)?(${LATIN_NAME_SHORTEST})\s(?:also\s|still\s|now\s)?${SHARE_VERB}(?:${EN_HEDGE}\s)?$`, "i");
/**
 * "Japan was at 31%", "Frozen meals were 38%", "Dairy also generated 41 per cent", "The UK remained the
 * company's biggest market at 63%": a name of one to three words, a verb of being or bringing in, and at
 * most its standing among the parts, before a percent that is a share of a whole ("of revenue" after it).
 */
const NAME_IS_SHARE = new RegExp(String.raw`^(${LATIN_NAME_SHORTEST})\s(?:also\s|still\s|now\s)?(?:was|were|is|are|remained|remains|stood|took|${wordsPattern(placedWords("brings_in", { language: "en" }), "both")})\s(?:at\s|(?:the\scompany's|the\sgroup's|its|their)\s(?:biggest|largest|second-largest|second-biggest|main|smallest|fastest-growing)\s(?:market|business|unit|division|segment|region|channel|product)\sat\s)?(?:${EN_HEDGE}\s)?$`, "i");
/** Right after a share's percent: "of" and its whole ("67% of revenue", "of group sales"). */
const OF_WHOLE_AFTER = /^\s?of\s(?:the\s|its\s|total\s|group\s|all\s)?[a-z]/i;

/** Whether "of" and a whole follow a share's percent ending at `end`. */
export function ofWholeAfter(text: string, end: number): boolean {
  return OF_WHOLE_AFTER.test(text.slice(end, end + 24));
}

/**
 * "…, with copper contributing 38% of group revenue", "Oncology accounted for 41% of sales": the name that
 * opens a clause before a verb of a part's share names the part, on the same tests as businessBeforeMetric.
 */
export function businessSharing(text: string, clauseStart: number, figureStart: number, figureEnd: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (!hasLatinLetter(text, clauseStart, figureStart)) return undefined;
  const before = clauseOpening(text, clauseStart, figureStart);
  const said = NAME_SHARES.exec(before) ?? (ofWholeAfter(text, figureEnd) ? NAME_IS_SHARE.exec(before) : null);
  if (!said || namesNoBusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = figureStart - before.length + said[0].indexOf(name);
  // ("The top five customers accounted for 37%": a group of customers is the part, its metric's word its own.)
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord, endsWithShareHolder(name) ? "all" : false);
}

/** The lexicons' words for who holds a share (customers, 客户), at the end of a phrase, by lower case. */
const SHARE_HOLDER_END = new RegExp(`${wordsPattern(placedWords("share_holder"))}$`);

/** Whether a phrase ends with a word for who holds a share ("top five customers", 前五大客户). */
export function endsWithShareHolder(phrase: string): boolean {
  return SHARE_HOLDER_END.test(toSimplified(phrase).toLowerCase());
}

/** What may set off a clause about a sentence's opening name: a relative clause or a phrase of what it is made of. */
const SET_OFF_ABOUT = /^\s(?:which|that|from|including|excluding|driven\sby|helped\sby|where|whose)\b/i;
/** An apposition that calls the name a part of the company: "Bakery, the largest unit,", "Power Systems, the smaller arm that supplies switchgear,". */
const SET_OFF_PART = new RegExp(String.raw`^\s(?:the|its|our|their)\s[^,;.\d]{0,40}?\b(?:${LATIN_PART_WORDS}|operation)s?\b[^,;.\d]{0,80},`, "i");
/** A relative clause giving the name's share of the whole: "which (now) makes up", "that contributed", "which a year ago brought in 34% of". */
const SET_OFF_SHARE = new RegExp(String.raw`^\s(?:which|that)\s(?:now\s|still\s|alone\s|a\syear\s(?:ago|earlier)\s|last\syear\s)?(?:${wordsPattern(placedWords("shares_in", { language: "en" }), "both")}|${wordsPattern(placedWords("brings_in", { language: "en" }), "both")}\s(?:about\s|some\s|nearly\s|almost\s)?\d[\d.,]*\s?(?:%|per\scent|percent)\sof)\b`, "i");

/**
 * "Licensing revenue, which makes up 12% of the total, rose 19%", "Wholesale revenue, from department
 * stores, grew 5%", "Footwear, which contributed 41 per cent of group revenue, lifted profit 8%",
 * "Bakery, the largest unit, grew sales 8.9%": a
 * sentence that opens with a name (before its metric's word, or alone when the clause set off after it
 * gives its share of the whole), then a comma and a clause set off about it, is about that name in
 * every clause; the name names a business on the same tests as businessBeforeMetric. `openingEnd` is
 * where the opening clause's comma stands; `metric` the figure's metric's word.
 */
export function openingNameBusiness(text: string, sentenceStart: number, openingEnd: number, metric: { start: number; end: number } | undefined, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (text.charCodeAt(openingEnd) !== 0x2c) return undefined;
  const setOff = text.slice(openingEnd + 1, openingEnd + 60);
  const metricStart = metric !== undefined && metric.start > sentenceStart && metric.end <= openingEnd && text.slice(metric.end, openingEnd).trim() === "" ? metric.start : undefined;
  const withMetric = metricStart !== undefined;
  if (!SET_OFF_PART.test(setOff) && (withMetric ? !SET_OFF_ABOUT.test(setOff) : !SET_OFF_SHARE.test(setOff))) return undefined;
  const before = clauseOpening(text, sentenceStart, metricStart ?? openingEnd);
  const said = LATIN_NAME_ALONE.exec(withMetric ? before : `${before} `);
  if (!said || namesNoBusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = (metricStart ?? openingEnd) - before.length;
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/** A name of one to three words opening a clause, then a verb of bringing in (the lexicons' `brings_in`), then at most a hedge and a currency sign before the figure. */
const NAME_BRINGS_IN = new RegExp(String.raw`^(${LATIN_NAME})(?:,\s(?:where|which|whose|who)\s[^,;.\d]{3,80},)?\s${wordsPattern(placedWords("brings_in", { language: "en" }), "both")}\s(?:${EN_HEDGE}\s)?(?:[a-z]{0,2}[$€£¥₹]|rs\.?\s?)?$`, "i");

/**
 * "Commercial lines wrote £408 million of premiums", "Asia generated $1.2 billion in revenue": the name
 * that opens a clause before a verb of bringing in, when the figure's metric's word follows the figure,
 * names a business, on the same tests as businessBeforeMetric.
 */
export function businessBringingIn(text: string, clauseStart: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (!hasLatinLetter(text, clauseStart, figureStart)) return undefined;
  const before = clauseOpening(text, clauseStart, figureStart);
  const said = NAME_BRINGS_IN.exec(before);
  if (!said || namesNoBusiness(said[1]!)) return undefined;
  const name = said[1]!;
  const at = figureStart - before.length;
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}


/** What may open a Chinese clause before a business's name: punctuation, a list item's mark, 其中, a period or two, a word that only qualifies the name (核心的). */
const CJK_CLAUSE_OPENING = new RegExp(String.raw`^[\s，,；;：:、。]*(?:${BULLET_MARK}\s*)?(?:其中|而|则|另外|此外)?\s?(?:预计|预期|有望)?\s?(?:(?:20\d{2}\s?年|\d{1,2}\s?月份?|当月|本月|单月|上半年|下半年|全年|前三季度|第[一二三四1-4]季度?|[QqHh][1-4]|单季度?)\s?){0,2}(?:核心的|主要的|核心|主力)?`, "u");

/**
 * In a breakdown by business (分业务看，输配电设备收入52.1亿元): the name that opens a Chinese clause right
 * before a metric's word, two to ten characters with no verb or function word, no word for a period,
 * a total or a basis (see NOT_A_CJK_BUSINESS) and no taxonomy word, proposed as a new segment.
 */
export function cjkBusinessBeforeMetric(text: string, clauseStart: number, metricStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord, byWhatItDoes = false, metricsFree: MetricsFree = byWhatItDoes): NewSegment | undefined {
  // (A period may open the clause before the name: 10月新能源汽车销量, 上半年海外收入, Q3酱油收入; so may a
  // list item's marker, or a word that only qualifies it, 核心的.)
  // ("高端酒实现收入142.65亿元": a verb of achieving between the name and its metric's word is no part of the
  // name; nor is a period before it, "创新药全年实现收入31.5亿元".)
  // (Nor a period alone between them: "血糖管理解决方案上半年收入5.42亿元".)
  const before = text.slice(clauseStart, metricStart).replace(CJK_CLAUSE_OPENING, "").replace(/(?:全年|前三季度|上半年|下半年|本期|期内|報告期內|报告期内|第?[一二三四]季度?)?(?:实现|实现了|實現|录得|錄得|取得)$|(?<=[\u4e00-\u9fffA-Za-z])(?:全年|前三季度|上半年|下半年|第[一二三四]季度?)$/u, "");
  // (Two joined names may run longer than one: 车规级MCU及模拟芯片.)
  const cjk = /^([\u4e00-\u9fffA-Za-z0-9&、]{2,14})$/u.exec(before.trim());
  if (cjk && cjk[1]!.length > 10 && cjk[1]!.split(NAME_JOINER).length !== 2) return undefined;
  // (A name of Latin letters alone is the English reader's: "Its shares…" after "no breakdown by division".)
  if (!cjk || !/[\u4e00-\u9fff]/u.test(cjk[1]!) || notAName(cjk[1]!) || NOT_A_CJK_BUSINESS.test(cjk[1]!)) return undefined;
  // ("社区增值服务收入": a metric's word that opens with what a business does, 服务收入, leaves that word to the name.)
  const head = BUSINESS_HEAD_START.exec(normalisedShort(text.slice(metricStart, metricStart + 4)));
  const spoken = normalisedShort(cjk[1]!);
  const ownHead = head !== null && !BUSINESS_HEAD_END.test(spoken) ? head[0] : "";
  // (Outside a breakdown only a name that says what the business does, 物业管理 or 国际货运, and is more than
  // that word alone; before a revenue word, a trade's word that names a business alone, 货运收入, or a
  // class of product, 车规级芯片收入, is enough.)
  const saysWhatItDoes = BUSINESS_HEAD_END.test(spoken + ownHead) || ((TRADE_ALONE.test(spoken) || PRODUCT_CLASS.test(spoken)) && REVENUE_WORD_START.test(normalisedShort(text.slice(metricStart, metricStart + 3))));
  if (byWhatItDoes && !saysWhatItDoes) return undefined;
  const name = cjk[1]! + text.slice(metricStart, metricStart + ownHead.length);
  const at = metricStart - cjk[1]!.length - (before.length - before.trimEnd().length);
  // (A metric's word inside such a name is part of what the business does: 增值服务, 交易服务.)
  return proposedUnlessKnown(name, entity, at, at + cjk[1]!.length, terms, termsFrom, othersWord, metricsFree);
}
/**
 * "燒肉品牌「炙宴」12月營收3.12億元", "旗下“悦茶”门店收入": a name in corner or curly quotes right before
 * the metric's word (a period, a store's word or 的 between at most) is a brand, a part of the company
 * kept as a segment of its own; so is a Latin name right after 品牌 ("旗艦品牌Milwaukee營業額").
 */
export function quotedNameBeforeMetric(text: string, clauseStart: number, metricStart: number, entity: string): NewSegment | undefined {
  const stretch = text.slice(Math.max(clauseStart, metricStart - 32), metricStart);
  const said = QUOTED_NAME_BEFORE.exec(stretch) ?? BRAND_NAME_BEFORE.exec(stretch);
  if (!said) return undefined;
  const name = said[1]!.trim();
  return name.length >= 1 && !/\d/.test(name) ? { id: segmentId(name), name, entity } : undefined;
}
/** What may stand between a name and the metric's word: a period, a store's word or 的, 平均 or 累计, a verb of bringing in. */
const NAME_TAIL = String.raw`\s?(?:(?:20\d{2}\s?年)?\s?\d{1,2}\s?(?:月份?)?|第?[一二三四]季度?|上半年|下半年|前三季度|全年|门店|門店|的)?\s?(?:平均|累计|累計)?\s?(?:${wordsPattern(placedWords("brings_in", { language: "zh" }))})?\s?$`;
/** A quoted name, then at most a period, a store's word or 的, up to the metric's word. */
// ("短视频应用“拾光”第三季度平均月活跃用户": a quarter with 第, and 平均 or 累计 before the metric's word, stand between too.)
// (旗下品牌“雪岭”实现收入96.3亿元: a verb of bringing in, the lexicons' Chinese `brings_in`, may stand last.)
const QUOTED_NAME_BEFORE = new RegExp(String.raw`[「“"『]([^」”"』\n]{1,16})[」”"』]` + NAME_TAIL, "u");
/** "旗艦品牌Milwaukee營業額增長12.4%", 旗下品牌Aurevo收入: a Latin name right after a word for a brand is that brand's, as a quoted one is. */
const BRAND_NAME_BEFORE = new RegExp(String.raw`(?:品牌|品牌之一)\s?([A-Za-z][A-Za-z0-9&'’.-]*(?:\s[A-Z][A-Za-z0-9&'’.-]*){0,2})` + NAME_TAIL, "u");

/**
 * normaliseText of a few characters, without its steps that cannot change them: a stretch of Chinese
 * characters, ASCII letters and digits, & and spaces holds nothing asciiFigures folds or blankLinks
 * blanks, and is one line, so it normalises to itself unless opencc changes it (then, and for any other
 * character, normaliseText itself is asked).
 */
function normalisedShort(stretch: string): string {
  for (let i = 0; i < stretch.length; i++) {
    const code = stretch.charCodeAt(i);
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 48 && code <= 57) || letter || code === 0x26 || code === 0x20)) return normaliseText(stretch);
  }
  return toSimplified(stretch) === stretch ? stretch : normaliseText(stretch);
}
/** The words a business named by what it does ends with: the zh lexicon's `business_head` and `trade_alone` (物业管理, 交易服务, 国际货运). */
const BUSINESS_HEAD = wordsPattern([...placedWords("business_head", { language: "zh" }), ...placedWords("trade_alone", { language: "zh" })]);
/** Chinese words for revenue, as they open the text at a metric's word (收入, 营收, 销售额). */
export const REVENUE_WORD = "(?:收入|营收|收益|销售额|营业额)";
/** A business_head word opening a metric's word (服务收入, 销售收入): what the business does, said with the metric. */
const BUSINESS_HEAD_START = new RegExp(`^${BUSINESS_HEAD}(?=${REVENUE_WORD})`, "u");
/** Those words closing a name of at least two characters (with a character before them). */
const BUSINESS_HEAD_END = new RegExp(`.${BUSINESS_HEAD}$`, "u");
/** A trade's word that names a business alone (the lexicon's `trade_alone`: 货运, 客运, 电商). */
const TRADE_ALONE = new RegExp(`^(?:${wordsPattern(placedWords("trade_alone", { language: "zh" }))})$`, "u");
/** A class or grade of product, a name then 类 or 级 then the product (消费电子类芯片, 车规级MCU): a product line. */
const PRODUCT_CLASS = /^[\u4e00-\u9fffA-Za-z]{2,}[类级]/u;
/** A revenue word opening the text at a metric's word. */
const REVENUE_WORD_START = new RegExp(`^${REVENUE_WORD}`, "u");
/** A clause's opening name (a list item's marker before it at most), then at most its metric's word, then 占 (the share it is of a whole). */
const NAME_BEFORE_SHARE = /^[\s，,；;：:、。]*(?:[-*•·]\s?)?(?:其中|而|则|另外|此外)?\s?([\u4e00-\u9fffA-Za-z0-9&]{2,10}?)(?:合计|合共)?(?:的?(?:营业收入|营收|收入|销售额|销售收入|销量))?\s?(?:约|大约|近|逾|超过)?\s?(?:占|贡献了?\s?(?:[\u4e00-\u9fff]{1,8}的)?\s?(?:约|大约|近|逾|超过)?\s?$)/u;

/** A period's words at the end of a name before 占: 第三季, 上半年, 前三季度, 全年, 10月. */
const PERIOD_CLOSING_NAME = /(?:第?[一二三四1-4]季度?|[上下]半年|前三季度?|全年|今年|本季度?|当季|单季|\d{1,2}月)$/u;

/**
 * "網通晶片占第三季營收比重達44%", "电源管理IC占31%": the name that opens a Chinese clause right before
 * 占 names the part whose share of the whole the figure is, on the same tests as cjkBusinessBeforeMetric.
 */
export function cjkPartBeforeShare(text: string, lower: string, clauseStart: number, figureStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const said = NAME_BEFORE_SHARE.exec(lower.slice(clauseStart, figureStart));
  // (A phrase with 的 in it, 来自第三方的在管面积, is a description, not a part's name.)
  if (!said || !/[\u4e00-\u9fff]/u.test(said[1]!) || said[1]!.includes("的") || NOT_A_NAME.test(said[1]!) || NOT_A_CJK_BUSINESS.test(said[1]!)) return undefined;
  const at = clauseStart + said.index + said[0].indexOf(said[1]!);
  // (A period's words closing it, 邊緣AI晶片第三季營收占比, are when, not the part's name.)
  const named = said[1]!.replace(PERIOD_CLOSING_NAME, "");
  if (named.length < 2) return undefined;
  const name = text.slice(at, at + named.length);
  // (A metric's word in the name is the part's: 前五大客户, 新能源客户.)
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord, "all");
}

/** Words before 收入 / 营收 that qualify the metric, not name a business: periods, totals, bases (经调整), verbs, and 原 (original: 原保险保费收入, 原预测). */
const NOT_A_CJK_BUSINESS = /^(?:季度|单季|单月|全年|年度|本季|当季|同期|上季|首季|半年|上半年|下半年|前三季度|总|净|营业|经营|利息|整体|合并|综合|主营|期内|本期|报告期内|累计|累積|累计实现|期末)$|^原|累计|实现|录得|取得|达到|预计|预估|预期|估计|认为|表示|指出|同比|环比|增长|下降|调整|[\d]/u;

/**
 * "- North America: $2.61B, +5.0%" under a heading of a breakdown by business or region: the bullet's
 * label, when it holds no taxonomy word (a metric's, a period's) and no digit, names a business.
 */
export function bulletLabelSegment(line: string, lineStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, metricOfTitle = false): NewSegment | undefined {
  // (Under a breakdown's heading a paragraph may open with its part's label as a list item does:
  // "汽车电子：前三季度收入11.2亿元", "Industrial: revenue rose 4%"; not a period's, 前三季度：.)
  const label = BULLET_LABEL.exec(line) ?? PARAGRAPH_LABEL.exec(line);
  if (!label || PERIOD_LABEL.test(label[1]!)) return undefined;
  const name = label[1]!.trim();
  const start = lineStart + label.index + label[0].indexOf(label[1]!);
  // (A metric's word in it makes it a metric's label: "- Revenue: $3.4B". Not where the list's title
  // names the metric, "**Segment revenue**" over "- Passenger vehicles: ₹10,218 crore", and other words
  // stand beside the metric's: then the label is the part's name.)
  for (let i = termsFrom; i < terms.length && terms[i]!.start < start + name.length; i++) {
    const term = terms[i]!;
    if (term.end <= start || !term.entries.some((entry) => entry.kind === "metric" || entry.kind === "whole")) continue;
    const wholeLabel = term.start <= start && term.end >= start + name.length;
    if (!metricOfTitle || wholeLabel || term.entries.some((entry) => entry.kind === "whole")) return undefined;
  }
  return { id: segmentId(name), name, entity };
}
/** A list item's label that names a part's share: "- Hospital share of sales:", "- 车用营收占比：" (as the text is compared, lower case and simplified). */
const LABEL_OF_SHARE = new RegExp(String.raw`^${BULLET_LEAD}([a-z][\w&'-]*(?:\s[a-z][\w&'-]*){0,2})(?:['’]s)?\sshare\sof\s[^:：\d]{2,30}?(?:\*\*)?\s*[:：]|^${BULLET_LEAD}([\u4e00-\u9fff]{2,10}?)(?:营收|收入|销售额|营业收入)?(?:占比|比重)(?:\*\*)?\s*[:：]`, "u");

/** Whether a line (its start, lower case) opens with a list item's label that names a part's share. */
export function labelsAShare(lowerLine: string): boolean {
  return LABEL_OF_SHARE.test(lowerLine);
}

/**
 * "- Hospital share of sales: 46% (40% a year ago)", "- 车用营收占比：31%（去年同期24%）": the part a list
 * item's label names as the holder of the item's share, the words before "share of" or 占比, when no
 * taxonomy word stands in them.
 */
export function labelledSharePart(text: string, lower: string, lineStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  const label = LABEL_OF_SHARE.exec(lower.slice(lineStart, lineStart + 80));
  const said = label?.[1] ?? label?.[2];
  if (!label || said === undefined) return undefined;
  const at = lineStart + label.index + label[0].indexOf(said);
  const name = text.slice(at, at + said.length);
  return proposedUnlessKnown(name, entity, at, at + name.length, terms, termsFrom, othersWord);
}

/**
 * "| 板块 | 营业收入 |" then "| 火电 | 178.5 |": a table row's label, in a table whose first column is
 * headed by a word for a part of the company (the lexicons' `segment_column`), names a business when
 * it holds no taxonomy word (but a metric's, when the column names the metric) and no digit.
 */
export function rowLabelSegment(label: string, labelStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord, metricOfColumn = false): NewSegment | undefined {
  const name = label.replace(/\*/g, "").trim();
  if (name.length < 2 || NOT_A_ROW_NAME.test(name) || headsWholeColumn(name) || NOT_A_ROW_BUSINESS.test(name)) return undefined;
  // (Where the column names the metric, a metric's word in the label is the part's name: "Passenger vehicles".)
  return proposedUnlessKnown(name, entity, labelStart, labelStart + label.length, terms, termsFrom, othersWord, metricOfColumn ? "all" : false);
}
/**
 * Row labels that are the whole, not a part, beside the lexicons' `whole_column` words (total, group,
 * 合计, "System"): a whole's total (金控合计, "Group total") and the eliminations between parts.
 */
const NOT_A_ROW_BUSINESS = /(?:合计|合計|总计|總計)$|\btotal$|^(?:eliminations?|抵销|抵銷)$/i;
/**
 * A row label that is a number or a period, not a part: digits alone ("1,204"), a year ("2025", "9M
 * 2025"), a date or a period in characters (2025年, 3月), a quarter's, a half's or a fiscal year's code
 * ("Q3", "H1", "FY26"). A model's or a size's number names a part (高驰G7, "Model 3", "12-inch").
 */
const NOT_A_ROW_NAME = /^[\d,.\s%+-]+$|(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s?[年月日]|^(?:[qh][1-4]|fy\s?\d{2,4}|\d{1,2}m)$/i;

// (The label may carry an apposition before its colon: "- Performance Materials, which sells coatings
// to carmakers: sales down 4.6%".)
/** A paragraph's own short label before a colon, with no bullet: a few words or characters, no digit or stop. */
const PARAGRAPH_LABEL = /^\s*(?:\*\*)?([^:：*\d|,，。.;；!?！？]{2,24}?)(?:\*\*)?\s*[:：]/u;
/** A label that names a period, not a part: 前三季度, 三季度, "First half", "Q3". */
const PERIOD_LABEL = /[季年月]|半年|quarter|half|year|month|\bq[1-4]\b/i;
// (A bracketed aside after the name is no part of it: "- Automotive (passenger and commercial vehicles): revenue …".)
const BULLET_LABEL = new RegExp(String.raw`${BULLET_LEAD}([^:：*\d|,，(（]{2,40}?)(?:\s?[(（][^)）:：\n]{1,60}[)）])?(?:\*\*)?\s*(?:[:：]|,\s(?:which|that|whose|the|a|an|its)\s[^:：\n]{0,160}[:：])`, "u");

/** The words a table's first column is headed by when each row is a part of the company (the lexicons' `segment_column`), as the text is compared: normalised, lower case. */
const SEGMENT_COLUMN: ReadonlySet<string> = new Set(placedWords("segment_column").map((word) => normaliseText(word).toLowerCase()));

/** A column's heading for the whole (the lexicons' `whole_column`), as the text is compared: simplified, lower case. */
const WHOLE_COLUMN: ReadonlySet<string> = new Set(placedWords("whole_column").map((word) => toSimplified(normaliseText(word)).toLowerCase()));

/** Whether a table's column heading names the whole ("Total", "Group", 合計), not a part of it nor a company. */
export function headsWholeColumn(heading: string): boolean {
  return WHOLE_COLUMN.has(toSimplified(normaliseText(heading.replace(/\*/g, "").trim())).toLowerCase());
}

/** Whether a table's corner cell (lower case) says each row is a part of the company ("Segment ($ millions)", 板块, **业务**): read without bold marks or a bracketed unit. */
export function headsPartsColumn(corner: string): boolean {
  const words = corner.replace(/\*/g, "").replace(/[(（][^)）]*[)）]/g, "").trim();
  // ("| 品牌/业务 |", "| Segment / Region |": each of the words a part's.)
  if (SEGMENT_COLUMN.has(words) || (/[/／、]/.test(words) && words.split(/\s?[/／、]\s?/).every((word) => SEGMENT_COLUMN.has(word.trim())))) return true;
  // ("| Revenue stream (₹ crore) |", "| Sales by region |": a short heading that ends in a part's word
  // names the parts its rows are, whatever metric it names before.)
  const last = /^[a-z&' -]{0,24}?\s(?:by\s)?([a-z]+)$/.exec(words);
  return last !== null && SEGMENT_COLUMN.has(last[1]!);
}

/**
 * A region or a channel right before a metric's word (the lexicons' `region` and `channel`), with 市场 /
 * "market", 渠道 / "channel" or the kind of place it runs there (酒店, 门店, 工厂, hotels, stores) between
 * at most, after a non-letter, a function word or a period's last character (全年海外收入, 前三季度海外收入,
 * 期内国内收入, 线上渠道收入, 內地酒店收入, 香港酒店平均入住率). A Chinese region may close with 区 or 地区
 * (大中华区收入, 欧洲地区营收): the company's region by its own word for one.
 */
/** The kinds of place a part runs in a region, in Chinese: 內地酒店收入, 香港门店销售; or its subsidiary there (中国法人营收, a Korean group's China company). */
const PLACES_ZH = "酒店|门店|分店|商场|工厂|法人|子公司";
/** A period between a region's 市场 (or the kind of place it runs there) and the metric's word: 美国市场第三季营收, 海外市场上半年收入, 香港酒店期内平均入住率. */
const MARKET_PERIOD = String.raw`(?<=市场|${PLACES_ZH})\s?(?:第[一二三四1-4]季度?|[一二三四1-4]季度?|上半年|下半年|全年|前三季度?|本季度?|当季|单季度?|期内|本期|\d{1,2}\s?月份?)`;
const REGION_BEFORE = new RegExp(String.raw`(?:^|[^a-z\u4e00-\u9fff]|公司|集团|旗下|的|其中|其|以及|及|和|而|年|季|度|期内|月)(${wordsPattern([...placedWords("region"), ...placedWords("channel")], "both")}(?:地区|区)?(?:\s?(?:渠道|channels?))?(?:${PLACES_ZH}|hotels?|stores?|plants?)?)(?:\s?(?:市场|market))?(?:${MARKET_PERIOD})?\s?$`, "u");
/**
 * The code units a REGION_BEFORE match can end with, before its one optional space: a region's or a
 * channel's last, or the last of 渠道 / channel(s), 酒店 … plant(s), 市场 / market. A stretch whose end holds
 * none of them is passed over without running the pattern (undefined, never passing over, when a word
 * ends in a space, which the pattern writes as any space).
 */
const REGION_LAST: ReadonlySet<number> | undefined = (() => {
  // (And the last characters of a period after 市场 or 酒店: 季, 度, 年, 月, 份, 期内, 本期.)
  const words = [...placedWords("region"), ...placedWords("channel"), "区", "渠道", "channel", "channels", ...PLACES_ZH.split("|"), "hotel", "hotels", "store", "stores", "plant", "plants", "市场", "market", "季", "度", "年", "月", "份", "内", "期"];
  if (words.some((word) => word.length === 0 || word.endsWith(" "))) return undefined;
  return new Set(words.map((word) => word.charCodeAt(word.length - 1)));
})();
/** Whether REGION_BEFORE may match `before` (see REGION_LAST): its last code unit, or the one before a last space, ends a word of the pattern. */
function mayEndRegion(before: string): boolean {
  if (REGION_LAST === undefined) return true;
  const last = before.charCodeAt(before.length - 1);
  if (REGION_LAST.has(last)) return true;
  return before.length >= 2 && /\s/.test(before[before.length - 1]!) && REGION_LAST.has(before.charCodeAt(before.length - 2));
}

/**
 * "海外收入163.4亿元", "中國市場銷售按年下跌8%", "China sales fell 3%", 海外交付4218辆, 线上渠道收入: a region
 * or a channel right before a metric's word names the part of the company that sells there or that way,
 * kept as a segment of its own.
 */
export function regionBeforeMetric(text: string, lower: string, clauseStart: number, metricStart: number, entity: string): NewSegment | undefined {
  const before = lower.slice(Math.max(clauseStart, metricStart - 24), metricStart);
  if (!mayEndRegion(before)) return undefined;
  const region = REGION_BEFORE.exec(before);
  if (!region) return undefined;
  const start = metricStart - before.length + region.index + region[0].indexOf(region[1]!);
  const name = text.slice(start, start + region[1]!.length);
  return { id: segmentId(name), name, entity };
}

/**
 * "Sales in the Americas jumped 11.2%", "Revenue from Europe fell 3%": a region right after a metric's
 * word that opens the clause, after "in" or "from", names the part of the company that sells there, as
 * one before the word does (English only: Chinese writes the region first).
 */
export function regionAfterMetric(text: string, lower: string, clauseStart: number, metricStart: number, metricEnd: number, entity: string): NewSegment | undefined {
  // (REGION_AFTER opens with a space and "in" or "from": looked at before the clause's opening is cut out.)
  if (!IN_OR_FROM_START.test(lower.slice(metricEnd, metricEnd + 2))) return undefined;
  if (clauseOpening(text, clauseStart, metricStart).trim() !== "") return undefined;
  const region = REGION_AFTER.exec(lower.slice(metricEnd, metricEnd + 40));
  if (!region) return undefined;
  const start = metricEnd + region.index + region[0].indexOf(region[1]!);
  const name = text.slice(start, start + region[1]!.length);
  return { id: segmentId(name), name, entity };
}
/**
 * "Germany did the heavy lifting. Revenue there rose 14%": "there" right after a metric's word points
 * back at the region the sentence before opens with (after "In" at most), the part that sells there.
 */
export function regionPointedBack(text: string, lower: string, previousStart: number, sentenceStart: number, metricEnd: number, entity: string): NewSegment | undefined {
  if (!THERE_AFTER.test(lower.slice(metricEnd, metricEnd + 7))) return undefined;
  const from = previousStart + (/^[\s*#>-]*/.exec(lower.slice(previousStart, sentenceStart))?.[0].length ?? 0);
  const region = REGION_OPENING_EN.exec(lower.slice(from, sentenceStart));
  if (!region) return undefined;
  const at = from + region.index + region[0].indexOf(region[1]!);
  const name = text.slice(at, at + region[1]!.length);
  return { id: segmentId(name), name, entity };
}
/**
 * "One analyst pressed on Fine Dining, where sales fell 2.6%", "…in Japan, where revenue rose 4%": a
 * clause opened by "where" right after a capitalised name (one to four words) or a region is about that
 * part, when the taxonomy knows no word of the name (a company's, a business's).
 */
export function partBeforeWhere(text: string, clauseStart: number, metricStart: number, terms: readonly TermMatch<Term>[], termsFrom: number, entity: string, othersWord: OthersWord): NewSegment | undefined {
  if (!WHERE_OPENING.test(text.slice(clauseStart, metricStart))) return undefined;
  const named = NAME_BEFORE_WHERE.exec(text.slice(Math.max(0, clauseStart - 60), clauseStart));
  if (!named) return undefined;
  const name = named[1]!;
  const start = Math.max(0, clauseStart - 60) + named.index + named[0].indexOf(name);
  return proposedUnlessKnown(name, entity, start, start + name.length, terms, termsFrom, othersWord);
}
/** A clause opened by "where" (its comma before it), the metric's word later in it, no comma between. */
const WHERE_OPENING = /^\s*,?\s*where\s[^,;]*$/;
/** A capitalised name of one to four words right before the comma of ", where". */
const NAME_BEFORE_WHERE = /(?:^|[\s(])((?:[A-Z][\p{L}&'’.-]*)(?:\s(?:&\s)?[A-Z][\p{L}&'’.-]*){0,3}),?\s?$/u;
/** "there" right after a metric's word: "Revenue there rose". */
const THERE_AFTER = /^\sthere\b/;
/** A region of the lexicons' opening a sentence, after "In" or "In the" at most, then a space or a comma. */
const REGION_OPENING_EN = new RegExp(String.raw`^(?:in\s(?:the\s)?)?(${wordsPattern(placedWords("region", { language: "en" }), "both")})(?=[\s,])`);
/** After a metric's word: in or from, perhaps "the" or "its", then a region of the lexicons', then a space or a comma. */
const REGION_AFTER = new RegExp(String.raw`^\s(?:in|from)\s(?:the\s|its\s|their\s)?(${wordsPattern(placedWords("region", { language: "en" }), "both")})(?=[\s,])`);

/**
 * "中国宠物食品市场规模约1,686亿元", "2025年中国游戏市场实际销售收入为3,412亿元", "the global pet food market
 * was worth about $150 billion": a market named right before its size (or its sales) is the market's
 * figure, a new market of the taxonomy's MARKET, named by the words before 市场 or "market" in the clause.
 */
export function marketNamedBefore(text: string, lower: string, clauseStart: number, figureStart: number): (NewSegment & { at: number }) | undefined {
  const before = lower.slice(Math.max(clauseStart, figureStart - 72), figureStart);
  const said = MARKET_SIZE_ZH.exec(before) ?? MARKET_SIZE_EN.exec(before) ?? MARKET_FOR_EN.exec(before);
  if (!said) return undefined;
  const start = figureStart - before.length + said.index + said[0].indexOf(said[1]!);
  const name = text.slice(start, start + said[1]!.length).trim();
  if (name.length < 2 || /的|公司|集团|我们|其/u.test(name)) return undefined;
  return { id: segmentId(name), name, entity: "MARKET", at: start };
}
/** A Chinese market's name (after a year, a region's lead-in or a clause's start), 市场 or 行业, then its size or its sales, a year and an adverb at most (规模去年已超过), a hedge or a verb of being. */
const MARKET_SIZE_ZH = /(?:^|[，,。；;：:]|20\d{2}\s?年(?:度|全年)?|根据[^，,]{0,20}(?:数据|统计|测算)[，,]?)\s?([\u4e00-\u9fffA-Za-z]{2,12}?)(?:市场|行业)(?:的)?(?:整体|总体)?(?:实际)?(?:销售收入|销售额|总规模|规模|容量|总值)(?:去年|今年|明年|20\d{2}\s?年)?(?:已经|已|将|有望|预计将?|或将)?(?:约为|约|为|达到|已达|达|预计达|将达|突破|超过)?\s?$/u;
/** An English market's name, "market", then "was worth", "size of", "is valued at", or a verb of its growth "from" or "to" ("will grow from", "is expected to reach"), and a hedge at most. */
const MARKET_SIZE_EN = /\b(?:the\s)?((?:(?!(?:the|that|a|an|of|its|their|and)\s)[a-z][\w-]*\s){1,4})market(?:\s(?:was|is|will\sbe|has\sbeen)\s(?:worth|valued\sat)|\s(?:size\s)?(?:was|is|reached|stood\sat|totalled|totaled)|\ssize\sof|\s(?:will|could|should|to|(?:is|was)\s(?:expected|forecast|projected|set|likely)\sto)\s(?:grow|rise|expand|reach|hit|top|exceed|climb|double)(?:\sfrom\s[^,;]{1,40}?\sto|\s(?:from|to))?|\s(?:grew|rose|expanded|climbed)(?:\sfrom\s[^,;]{1,40}?\sto|\s(?:from|to)))\s(?:about\s|around\s|roughly\s|nearly\s|an\sestimated\s|some\s|more\sthan\s)?$/;

/**
 * "9月全国乘用车零售销量为224.1万辆", "全台5G用戶數為1,520萬戶", "保险行业累计实现原保险保费收入…", "FMCG industry
 * volumes grew 4.8 per cent": a metric's word whose clause opens on the whole market (全国, 全球, 全台: a
 * scope word and what is sold) or on an industry (…行业, …产业, "… industry") is the market's figure, not the
 * company's: a new market of MARKET's, named by those words. The clause names no company before it.
 */
export function marketWideBefore(text: string, lower: string, clauseStart: number, metricStart: number, metricEnd = metricStart, goodsEnd?: () => number | undefined): (NewSegment & { at: number }) | undefined {
  const before = lower.slice(Math.max(clauseStart, metricStart - 32), metricStart);
  // ("全国快递业务量完成956.4亿件": the scope word right before a metric's word that names what is sold
  // itself, 快递 before 业务量, is the market's all the same, named by the two.)
  // (What is sold is looked for only after a scope word is found: most clauses hold none.)
  const scoped = goodsEnd !== undefined ? SCOPE_RIGHT_BEFORE_ZH.exec(before) : null;
  const goods = scoped ? goodsEnd!() : undefined;
  if (scoped && goods !== undefined) {
    const at = metricStart - scoped[1]!.length;
    return { id: segmentId(text.slice(at, goods)), name: text.slice(at, goods), entity: "MARKET", at };
  }
  const said = MARKET_WIDE_ZH.exec(before) ?? INDUSTRY_ZH.exec(before) ?? INDUSTRY_EN.exec(before) ?? MARKET_WIDE_EN.exec(before);
  // ("Loans across Singapore's banking system grew 5.1%": the industry may follow the metric's word.)
  const after = said ? null : INDUSTRY_AFTER_EN.exec(lower.slice(metricEnd, metricEnd + 64));
  if (after) {
    const at = metricEnd + after.index + after[0].indexOf(after[1]!);
    return { id: segmentId(text.slice(at, at + after[1]!.length)), name: text.slice(at, at + after[1]!.length), entity: "MARKET", at };
  }
  if (!said) return undefined;
  const start = metricStart - before.length + said.index + said[0].indexOf(said[1]!);
  const name = text.slice(start, start + said[1]!.length).trim();
  if (name.length < 3 || /的|公司|集团|本行|我们|其|company|group/u.test(name)) return undefined;
  return { id: segmentId(name), name, entity: "MARKET", at: start };
}
/** The whole market's scope word and what is sold, right before the metric's word (a cumulative or total word between at most). */
/** Where a market's name may start in its clause: the clause's start, a month or a year, the end of a run of months (1—9月), a period without its year (前三季度全国…). */
const MARKET_LEAD_ZH = String.raw`(?:^|[，,。；;：:\s]|\d{1,2}\s?月(?:份|底|末)?|20\d{2}\s?年(?:度|全年|前三季度|上半年)?|[—–-]\s?\d{1,2}\s?月|(?:前三季度?|上半年|下半年|全年|今年|去年|第?[一二三四]季度?|[qQ][1-4]|单季度?))\s?`;
/** A word of a total or a cumulative count between a market's name and its metric's word. */
const TOTAL_WORD_ZH = "(?:累计|整体|总体|合计|全年|总)?";
const MARKET_WIDE_ZH = new RegExp(`${MARKET_LEAD_ZH}((?:全国|全球|全台|全港|全美|全澳|全国性)[\\u4e00-\\u9fffA-Za-z\\d]{2,10}?)${TOTAL_WORD_ZH}$`, "u");
/**
 * A country's whole scope word alone right before the metric's word (全国快递业务量), at a market's lead.
 * (Not 全球: "9月全球月活跃用户数达7.83亿" is a company's users the world over.)
 */
const SCOPE_RIGHT_BEFORE_ZH = new RegExp(`${MARKET_LEAD_ZH}(全国|全台|全港|全美|全澳)$`, "u");
/** An industry named right before the metric's word: 保险行业, 半导体产业 (a cumulative word between at most). */
const INDUSTRY_ZH = new RegExp(`${MARKET_LEAD_ZH}((?:全国|全球|国内)?[\\u4e00-\\u9fffA-Za-z\\d]{1,8}?(?:行业|产业))${TOTAL_WORD_ZH}(?:实现)?$`, "u");
/** "national grocery sales", "nationwide car sales", "global smartphone shipments": a country's or the world's whole trade right before the metric's word (not "its national sales", nor "global comparable sales": after "global", a word of the lexicons' `not_a_business`, which qualify the company's own measure). */
const MARKET_WIDE_EN = new RegExp(String.raw`(?<!\b(?:its|their|our|the\scompany's)\s)\b((?:national|nationwide|countrywide)\s(?:[a-z][\w&-]*\s){0,1}[a-z][\w&-]*|(?:global|worldwide)\s(?!${wordsPattern(placedWords("not_a_business", { language: "en" }), "both")})(?:[a-z][\w&-]*\s){0,1}[a-z][\w&-]*)\s$`);
/** "FMCG industry volumes", "the smartphone industry's shipments": an industry right before the metric's word. */
const INDUSTRY_EN = /\b((?:[a-z][\w&-]*\s){1,3}industry)(?:'s|-wide)?\s$/;
/** Right after the metric's word: "across Singapore's banking system", "in the UK grocery sector", "of the whole industry". */
const INDUSTRY_AFTER_EN = /^\s(?:across|in|of)\s(?:the\s)?((?:[\w'’&-]+\s){1,3}(?:industry|sector|banking\ssystem))\b/;

/** "the global market for data-centre power chips will reach", "the market for X was worth": a market named after "market for" and a verb of its size. */
const MARKET_FOR_EN = /\bmarket\sfor\s((?:[a-z][\w-]*\s){1,5}?)(?:will\sreach|reached|could\sreach|would\sreach|is\sexpected\sto\sreach|is\sforecast\sto\sreach|(?:is|was|will\sbe)\sworth|(?:is|was)\svalued\sat|will\sgrow\sto|grew\sto)\s(?:about\s|around\s|roughly\s|nearly\s|some\s|an\sestimated\s)?$/;

/** A market a share figure is of, as the text names it, and where its name stands. */
export interface SharedMarket extends NewSegment {
  /** Whose share it is, when a verb of holding names its holder right before it (see holderNamed). */
  holder?: { name: string; at: number };
  at: number;
  end: number;
  /** Read as a share of a market its paragraph has just shared (see marketSharedAgain): that market, and the metric the earlier share was in. */
  again?: { market: SegmentDefinition; metric: string };
  /** Named right after the percent ("14% of the UK snacks market", 18%的洗地机市场份额): the percent is a share of it by these words alone. */
  after: boolean;
}

/**
 * The market a percent in [s0, s1) is a share of, named in its sentence the way a market share is
 * written: right after the percent ("14% of the UK savoury snacks market", "a 14% share of the …
 * market", 18%的全球洗地机市场份额), or anywhere in the sentence before a word for a market share
 * ("its share of the UK snacks market", "the UK snacks market share", 在国内软镜市场的份额, 扫地机器人市场
 * 占有率), or after 占 (占全球洗地机市场的27%). A market of money or shares (the stock market, 资本市场)
 * or one with no name of its own (the broader market, 该市场) is none: `not_a_market` in the lexicons.
 */
export function marketOfShare(text: string, lower: string, s0: number, s1: number, figureEnd: number): SharedMarket | undefined {
  const after = lower.slice(figureEnd, Math.min(s1, figureEnd + 80));
  const right = !after.includes("market") && !after.includes("市场") ? null : (MARKET_AFTER_PERCENT_EN.exec(after) ?? MARKET_AFTER_PERCENT_ZH.exec(after.slice(0, 24)));
  if (right) return sharedMarket(text, figureEnd + right.index + right[0].indexOf(right[1]!), right[1]!, true);
  const sentence = lower.slice(s0, s1);
  // (A sentence with no word for a market names none: the patterns are not run over it.)
  if (!sentence.includes("market") && !sentence.includes("市场")) return undefined;
  for (const pattern of [MARKET_SHARE_OF_EN, MARKET_SHARE_ZH]) {
    pattern.lastIndex = 0;
    for (let said = pattern.exec(sentence); said; said = pattern.exec(sentence)) {
      const name = said[1] ?? said[2];
      if (!name) continue;
      const found = sharedMarket(text, s0 + said.index + said[0].indexOf(name), name, false);
      if (found) return found;
    }
  }
  return undefined;
}

/** A market's name as the text writes it, cut to what names the market (after 在, 占, the, a year), unless it names none. */
function sharedMarket(text: string, start: number, written: string, after: boolean): SharedMarket | undefined {
  // (A name runs back to the verb, particle or article before it: 鸿澜在国内扫地机器人 → 国内扫地机器人,
  // "Harrowfield lifted its UK snacks" → "UK snacks".)
  const cuts = [...written.matchAll(/[\u4e00-\u9fff]/.test(written) ? MARKET_NAME_CUT_ZH : MARKET_NAME_CUT_EN)];
  const cut = cuts.length === 0 ? 0 : cuts[cuts.length - 1]!.index + cuts[cuts.length - 1]![0].length;
  // (Its size and a hedge written into it are no part of its name: "the £310m UK chutney market",
  // "India's roughly ₹78,000-crore decorative paints market".)
  const name = text.slice(start + cut, start + written.length).split(/\s+/).filter((word) => !SIZE_IN_NAME.test(word)).join(" ").trim();
  const lowered = name.toLowerCase();
  if (name.length < 2 || NOT_A_MARKET_EN.test(lowered) || NOT_A_MARKET_ZH.test(lowered)) return undefined;
  return { id: segmentId(name), name, entity: "MARKET", at: start + cut, end: start + written.length, after };
}
/** A word of a market's size or a hedge on it, inside the words before "market": an amount, about, roughly. */
const SIZE_IN_NAME = new RegExp(String.raw`\d|^[$€£¥₹]|^(?:${hedgePattern("en")})$`, "i");

/** A market's name in English: one to seven words, the shortest before "market" (its size and hedges are cut after). */
const MARKET_NAME_EN = String.raw`((?:(?:[^\s,;.]|[.,](?=\d))+\s){0,6}?(?:[^\s,;.]|[.,](?=\d))+)`;
/** A market's name in Chinese: two to fourteen characters of a name (no punctuation, no digit run's unit). */
const MARKET_NAME_ZH = String.raw`([\u4e00-\u9fffa-z0-9]{2,14}?)`;
/** Where a Chinese market's name starts: after a verb or particle of place or of holding, a year, a company's 的. */
const MARKET_NAME_CUT_ZH = /(?:在|于|占据|占领|占|的|是|为|从|对|与|和|及|年|其|以|而)/gu;
/** Where an English market's name starts: after an article, a possessive or a preposition ("lifted its UK snacks", "Kestrel's UK snacks"). */
const MARKET_NAME_CUT_EN = /(?:^|\s)(?:the|its|their|his|her|our|a|an|of|in|to|for|on|at|by|with|from)\s|'s\s/g;
/** " of the UK snacks market", " share of the … market", " market share in the … market": right after a percent. */
const MARKET_AFTER_PERCENT_EN = new RegExp(String.raw`^\s(?:(?:market\s)?share\s(?:of|in)\s|of\s)(?:the\s)?${MARKET_NAME_EN}\smarket\b(?!\s(?:value|capitali[sz]ation|cap|price|expectations?|consensus|close|open|hours))`);
/** 的洗地机市场份额, 的国内软镜市场: right after a percent (的 between), a market's name and its share word. */
const MARKET_AFTER_PERCENT_ZH = new RegExp(String.raw`^的?${MARKET_NAME_ZH}市场(?:中的|上的|里的|的)?(?:${wordsPattern(placedWords("market_share", { language: "zh" }))})`, "u");
/** "share of the UK snacks market", "share in the … market", "the UK snacks market share": a market named with a share word. */
const MARKET_SHARE_OF_EN = new RegExp(String.raw`\bshare\s(?:of|in)\s(?:the\s)?${MARKET_NAME_EN}\smarket\b|\b(?:the\s|its\s|a\s)?${MARKET_NAME_EN}\smarket\sshare\b`, "g");
/** 在国内软镜市场的份额, 扫地机器人市场占有率, 占全球洗地机市场: a market named with a share word, or after 占. */
const MARKET_SHARE_ZH = new RegExp(String.raw`${MARKET_NAME_ZH}市场(?:中的|上的|里的|的)?(?:${wordsPattern(placedWords("market_share", { language: "zh" }))})|占(?:据|领)?了?${MARKET_NAME_ZH}市场`, "gu");
// (Every word of the name one of them, "the broader", or its last word one, "UK stock", "Asian equity".)
const NOT_A_MARKET_EN = new RegExp(String.raw`^(?:${wordsPattern(placedWords("not_a_market", { language: "en" }), "both")})(?:\s(?:${wordsPattern(placedWords("not_a_market", { language: "en" }), "both")}))*$|(?:^|\s)${wordsPattern(placedWords("not_a_market", { language: "en" }), "both")}$`);
// (A name that opens or closes with one: 资本, 中国资本, 该.)
const NOT_A_MARKET_ZH = new RegExp(String.raw`^${wordsPattern(placedWords("not_a_market", { language: "zh" }))}|${wordsPattern(placedWords("not_a_market", { language: "zh" }))}$`, "u");

/**
 * "the £310m UK chutney and relish market", "India's roughly ₹78,000-crore decorative paints market": an
 * amount written before a market's name, after an article, a possessive or a hedge, is the market's size.
 */
export function marketNamedAfter(text: string, lower: string, figureStart: number, figureEnd: number, clauseEnd: number): (NewSegment & { at: number }) | undefined {
  if (!SIZE_BEFORE_NAME.test(lower.slice(Math.max(0, figureStart - 24), figureStart))) return undefined;
  const said = MARKET_AFTER_SIZE.exec(lower.slice(figureEnd, Math.min(clauseEnd, figureEnd + 64)));
  if (!said) return undefined;
  const found = sharedMarket(text, figureEnd + said.index + said[0].indexOf(said[1]!), said[1]!, false);
  return found ? { id: found.id, name: found.name, entity: "MARKET", at: found.at } : undefined;
}
const SIZE_BEFORE_NAME = new RegExp(String.raw`(?:\b(?:the|a|an)|'s|’s)\s(?:(?:${hedgePattern("en")})\s)?$`);
/** Right after the amount (a unit's tail: "-crore", "-a-year" at most), the market's name and "market". */
const MARKET_AFTER_SIZE = new RegExp(String.raw`^(?:-[a-z]+)?\s${MARKET_NAME_EN}\smarket\b(?!\s(?:value|capitali[sz]ation|cap|share))`);

/**
 * Whether a share's market, as its sentence names it, is a market sized before it under other words:
 * "国内软镜市场" after "中国软性内镜市场规模约92亿元", "the UK snacks market" after "the UK savoury snacks
 * market was worth £3.1 billion". Without the words of place (the lexicons' regions, 全球, global), the
 * share's name says nothing the sized market's name does not: each of its words (each character, in
 * Chinese) stands in it. A name of place alone ("国内市场的份额", "the domestic market") is the sized
 * market when `near` (the same paragraph).
 */
export function sameMarket(sized: string, named: string, near: boolean): boolean {
  const own = named.toLowerCase().replace(PLACE_WORDS, " ").trim();
  if (own === "") return near;
  const whole = sized.toLowerCase();
  if (/[\u4e00-\u9fff]/.test(own)) return [...own.replace(/\s+/g, "")].every((character) => whole.includes(character));
  const words = new Set(whole.split(/[^a-z0-9&'-]+/));
  return own.split(/[^a-z0-9&'-]+/).filter(Boolean).every((word) => words.has(word) || words.has(word.replace(/s$/, "")) || words.has(`${word}s`));
}
/**
 * Whether a business's name shares the words that make a market's name its own (not its words of
 * place): two characters in Chinese (软性内镜 and 国内软镜), a word in English ("Snacks" and "UK savoury
 * snacks").
 */
export function sharesMarketWords(market: string, business: string): boolean {
  const own = market.toLowerCase().replace(PLACE_WORDS, " ").trim();
  const name = business.toLowerCase();
  if (own === "") return false;
  if (/[\u4e00-\u9fff]/.test(own)) return [...new Set(own.replace(/\s+/g, ""))].filter((character) => name.includes(character)).length >= 2;
  const words = new Set(name.split(/[^a-z0-9&'-]+/).map((word) => word.replace(/s$/, "")));
  return own.split(/[^a-z0-9&'-]+/).some((word) => word.length >= 3 && words.has(word.replace(/s$/, "")));
}
const PLACE_WORDS = new RegExp(`${wordsPattern([...placedWords("region"), ...placedWords("market_scope")].sort((a, b) => b.length - a.length), "both")}`, "gu");

/** Where a verb of holding a part of a market (the lexicons' `holds_share`: holds, has taken, 约占) starts when it ends right before a figure, a hedge between at most; -1 when none does. */
export function holdsShareBefore(lower: string, clauseStart: number, figureStart: number): number {
  const from = Math.max(clauseStart, figureStart - 32);
  const said = HOLDS_SHARE_EN.exec(lower.slice(from, figureStart)) ?? HOLDS_SHARE_ZH.exec(lower.slice(from, figureStart));
  return said ? from + said.index : -1;
}
const HOLDS_SHARE_EN = new RegExp(String.raw`\b${wordsPattern(placedWords("holds_share", { language: "en" }), "both")}\s(?:(?:still|now|already)\s)?(?:${hedgePattern("en")}\s)?$`);
const HOLDS_SHARE_ZH = new RegExp(`${wordsPattern(placedWords("holds_share", { language: "zh" }))}(?:约|近|超过|逾|达)?$`, "u");

/**
 * Whether a market's share word stands in [from, to): 市场份额, 市占率, "market share", or "share" as a
 * whole word that is not a share of stock ("per share", "share price", "shares").
 */
export function saysMarketShare(lower: string, from: number, to: number): boolean {
  return MARKET_SHARE_WORD.test(lower.slice(from, to));
}
const MARKET_SHARE_WORD = new RegExp(String.raw`(?:${wordsPattern(placedWords("market_share", { language: "zh" }))})|(?<!\bper\s)\b(?:${wordsPattern(placedWords("market_share", { language: "en" }))})\b(?!\s(?:price|prices|buyback|buybacks|count|capital|register|sale))`, "u");

/**
 * "About 58% of revenue came from North America", 营收有约62%来自美国市场: a region of the lexicons' right
 * after a percent and a word that says the percent came from it (the lexicons' `share_source`), with
 * the top line's words between at most, is the part of the company whose share the percent is.
 */
export function regionSourceAfter(text: string, lower: string, figureEnd: number, entity: string): NewSegment | undefined {
  const said = SOURCE_REGION_EN.exec(lower.slice(figureEnd, figureEnd + 64)) ?? SOURCE_REGION_ZH.exec(lower.slice(figureEnd, figureEnd + 24));
  if (!said) return undefined;
  const start = figureEnd + said.index + said[0].indexOf(said[1]!);
  const name = text.slice(start, start + said[1]!.length);
  return { id: segmentId(name), name, entity };
}
/** Whether a percent ends right before such a source: the share it is, whatever region follows. */
export function saysShareSource(lower: string, figureEnd: number): boolean {
  return SHARE_SOURCE_EN.test(lower.slice(figureEnd, figureEnd + 48)) || SHARE_SOURCE_ZH.test(lower.slice(figureEnd, figureEnd + 16));
}
const SHARE_SOURCE_EN = new RegExp(String.raw`^\s(?:of\s(?:the\s(?:company's|group's)\s|its\s|total\s)?(?:revenue|revenues|sales|turnover)\s)?${wordsPattern(placedWords("share_source", { language: "en" }), "both")}\s`);
const SHARE_SOURCE_ZH = new RegExp(`^的?(?:营收|营业收入|收入|销售额)?${wordsPattern(placedWords("share_source", { language: "zh" }))}`, "u");
const SOURCE_REGION_EN = new RegExp(`${SHARE_SOURCE_EN.source}(?:the\\s)?(${wordsPattern(placedWords("region", { language: "en" }), "both")})(?=[\\s,.;])`);
const SOURCE_REGION_ZH = new RegExp(`${SHARE_SOURCE_ZH.source}(${wordsPattern(placedWords("region", { language: "zh" }))})`, "u");

/**
 * "In Europe, sales rose 3%", "North America was again the star: sales jumped 14%", 海外方面，收入…: a
 * region of the lexicons' that a sentence opens on, as a lead-in ("In Europe,", "Across Asia,", 在欧洲，,
 * 海外市场方面，) or as its subject before a colon, is the part of the company the sentence's figures are of.
 */
export function regionLeadIn(text: string, lower: string, sentenceStart: number, figureStart: number, entity: string): NewSegment | undefined {
  const opening = lower.slice(sentenceStart, figureStart);
  const said = REGION_LEAD_IN.exec(opening) ?? REGION_TOPIC.exec(opening) ?? CJK_REGION_LEAD_IN.exec(opening);
  if (!said) return undefined;
  const start = sentenceStart + said.index + said[0].indexOf(said[1]!);
  const name = text.slice(start, start + said[1]!.length);
  return { id: segmentId(name), name, entity };
}
const REGION_WORDS = wordsPattern(placedWords("region", { language: "en" }), "both");
/** A lead-in of a region opening a sentence, then a comma: "In Europe,", "Across the Americas,". */
const REGION_LEAD_IN = new RegExp(String.raw`^[\s*_"“]*(?:in|across|outside)\s(?:the\s)?(${REGION_WORDS})\s?,\s`);
/** A region as a sentence's subject, a verb of being, then a colon before the figures: "North America was again the star:". */
const REGION_TOPIC = new RegExp(String.raw`^[\s*_"“]*(?:the\s)?(${REGION_WORDS})\s(?:was|is|were|are|remained|proved)\b[^:;.\d]{0,60}:\s`);

/** 在欧洲，, 海外方面，, 北美市场表现最佳：: a region of the zh lexicon's opening a sentence, then a lead-in's end or a colon after a few words. */
const CJK_REGION_LEAD_IN = new RegExp(String.raw`^[\s*_]*(?:在|于)?(${wordsPattern(placedWords("region", { language: "zh" }))})(?:市场|地区|区域)?(?:方面|而言|来看|看)?(?:[，,]|[^，,。；;\d]{0,8}[：:])`, "u");

/** Whether a region or a channel stands right before a position (as regionBeforeMetric reads one). */
export function regionNamedBefore(lower: string, clauseStart: number, at: number): boolean {
  const before = lower.slice(Math.max(clauseStart, at - 24), at);
  return mayEndRegion(before) && REGION_BEFORE.test(before);
}

/**
 * "**Consumer Banking and Wealth Management (CBWM)**", "### Global Markets", "**中国内地**": a heading
 * that is a name and nothing else, its abbreviation in brackets and a colon after it at most: the
 * name, in English of capitalised words (and, of, the, &) not all of them a report's own words
 * (Outlook, Key Figures, Segment Performance: the lexicons' `report_part`, `rubric`), in Chinese of
 * twelve characters at most; undefined for any other heading (a sentence, a figure, a date).
 */
export function headingPartName(heading: string): string | undefined {
  const name = heading
    .replace(/^\s*(?:#{1,6}\s+)?(?:\*\*)?/, "")
    // (A section's number before the name is no part of it, "04 | 互联网服务", "二、云业务"; nor is a
    // comment after the name's colon, "云业务：增速放缓", "Cloud: growth slows".)
    .replace(HEADING_NUMBER, "")
    .replace(NAME_THEN_COMMENT, "$1")
    .replace(/(?:\*\*)?\s*[:：]?\s*(?:\*\*)?\s*$/, "")
    .replace(/\s*[(（][^()（）]{1,12}[)）]$/, "")
    .trim();
  // (An abbreviation's full stops are no sentence's: "U.S. Commercial Banking".)
  if (name.length < 2 || name.length > 60 || /[\d.,;!?。，；！？*|]/u.test(name.replace(/\b(?:[A-Z]\.){2,}/g, "A"))) return undefined;
  // (A Chinese heading's words for a report's parts are many, 要点, 核心数据, 业绩概览: a part's name is
  // one that ends with a word for a part of a company, 消费金融业务, or a region alone, 中国内地.)
  // (Nor one whose words before the part's word name none, 旗下业务, 相关业务: see notAName.)
  if (/^[\u4e00-\u9fff]+$/u.test(name)) return name.length <= 12 && ((PART_NAME_END.test(name) && !notAName(name.replace(PART_NAME_END, ""))) || REGION_ALONE.has(toSimplified(name))) ? name : undefined;
  const words = name.split(/\s+/);
  if (!words.every((word) => /^[A-Z]/.test(word) || HEADING_JOINERS.has(word))) return undefined;
  // (A report's words may make a business's name that ends as one does: "Capital Markets".)
  if (words.length > 1 && BUSINESS_NAME_END.has(words[words.length - 1]!.toLowerCase())) return name;
  return words.every((word) => HEADING_JOINERS.has(word) || REPORT_WORDS.has(word.toLowerCase())) ? undefined : name;
}
/** Words an English business's name of several words ends with (the lexicons' `business_name_end`: Banking, Management, Markets), lower case. */
export const BUSINESS_NAME_END: ReadonlySet<string> = new Set(placedWords("business_name_end", { language: "en" }));
/** A heading's name, its colon, then a comment on it: "云业务：增速放缓" (what is left of the heading once its marks and number are off). */
const NAME_THEN_COMMENT = /^([^:：]{2,60}?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S[^:：]*$/u;

/** Where the name ends in a heading that is a name, its colon and a comment ("## 二、云业务：增速放缓"): the colon's offset in `heading`; undefined for any other heading. */
export function headingNameEnd(heading: string): number | undefined {
  const opening = /^\s*(?:#{1,6}\s+)?(?:\*\*)?/.exec(heading)![0].length;
  const rest = heading.slice(opening);
  const number = HEADING_NUMBER.exec(rest)?.[0].length ?? 0;
  const said = NAME_THEN_COMMENT.exec(rest.slice(number).trimEnd().replace(/\*\*$/, ""));
  return said ? opening + number + said[1]!.length : undefined;
}
/** A section's number opening a heading: a Chinese one (layout's: 二、, （三）, 「01」), "04 | ", "01 ", "3. ". */
const HEADING_NUMBER = new RegExp(String.raw`^(?:${CJK_SECTION_NUMBER}\s*|\d{1,2}\s*[|｜.、]\s*|\d{1,2}\s+(?=[^\d\s]))`, "u");
/** A word for a part of a company closing a Chinese name: 业务, 板块, 分部, 事业部. */
export const PART_NAME_END = new RegExp(`(?:${BUSINESS_WORDS.join("|")})$`, "u");
/** A part's word closing a name, either script (消费电子板块, "Wholesale segment"): what partStem takes off. */
const PART_WORD_END = new RegExp(`(?:${BUSINESS_WORDS.join("|")})$|\\s(?:${LATIN_PART_WORDS})s?$`, "u");
/** An English name closed by a word for a part: "Energy Systems division", "Marine Division". */
export const LATIN_PART_END = new RegExp(`\\s(?:${LATIN_PART_WORDS})$`, "i");
/** A region's name alone in Chinese (the lexicons' `region`), simplified. */
const REGION_ALONE: ReadonlySet<string> = new Set(placedWords("region", { language: "zh" }).map((word) => toSimplified(word)));
/** Words that join a heading's capitalised words: "Consumer Banking and Wealth Management". */
const HEADING_JOINERS: ReadonlySet<string> = new Set(["and", "of", "the", "&", "for"]);
/** A report's own words, of which a heading that is no part's name is made (the lexicons' `report_part` and `rubric`, English). */
export const REPORT_WORDS: ReadonlySet<string> = new Set([...placedWords("report_part", { language: "en" }), ...placedWords("rubric", { language: "en" }).flatMap((word) => word.split(" "))]);

/** A part of a company named by the company's own name (嘉禾银行 of 嘉禾金控): a segment of `entity` by that name. */
export function namedPartSegment(name: string, entity: string): NewSegment {
  return { id: segmentId(name), name, entity };
}

/** A stock market index as a part of the market (the MARKET entity's segment of the index's name). */
export function indexSegment(name: string): NewSegment {
  return { id: segmentId(name), name, entity: "MARKET" };
}

/** Whether every code unit of `name` is a CJK unified ideograph (U+4E00–U+9FFF), which toLowerCase leaves as it is. */
function allCjk(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}

/** A segment id from its phrase: its Latin letters in snake case, else `seg_` and a hash of its characters. */
function segmentId(name: string): string {
  // (A name of Chinese characters alone has no Latin letter or digit, lower-cased or not: its id is its hash.)
  if (allCjk(name)) return `seg_${nameHash(name).toLowerCase()}`;
  const latin = name.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (/^[a-z]/.test(latin) && latin.length >= 3) return latin.slice(0, 40).replace(/_+$/, "");
  return `seg_${nameHash(name).toLowerCase()}`;
}

/** A part a table or a list names, kept as segment `id`, and where the text writes its name. */
export interface PartMentions {
  id: string;
  name: string;
  mentions: TermMatch<Term>[];
}

/**
 * The parts a table of the company's parts names in its rows (its corner says so: Segment, 板块), kept
 * as segments of `entity` (added to `parts`), with their mentions wherever the text writes them: the
 * rows themselves and the prose after. Not a part whose name holds a metric's word ("Passenger
 * vehicles": the prose's "vehicles" may be its metric), a taxonomy word, or a catch-all (Other, 其他).
 */
export function tablePartMentions(tables: readonly Table[], text: string, lower: string, terms: readonly TermMatch<Term>[], entity: string, taxonomy: Taxonomy, parts: Map<string, SegmentDefinition>): PartMentions[] {
  const found: PartMentions[] = [];
  for (const table of tables) {
    const corner = table.header.cells[0];
    if (!corner || !headsPartsColumn(lower.slice(corner.start, corner.end))) continue;
    for (const row of table.rows) {
      const cell = row.cells[0];
      if (!cell) continue;
      const part = rowLabelSegment(text.slice(cell.start, cell.end), cell.start, terms, firstFrom(terms, cell.start), entity, othersBusinessWord(taxonomy, entity));
      const kept = part && keptPart(part, parts, taxonomy, lower);
      if (kept) found.push(kept);
    }
  }
  return found;
}
/**
 * The parts a breakdown's list names in its items' labels ("分品类看：" over "- 液态奶：收入58.30亿元"),
 * kept as segments of `entity` (added to `parts`), with their mentions wherever the text writes them,
 * on the same tests as a parts table's rows (tablePartMentions).
 */
export function listPartMentions(text: string, lower: string, lineStarts: readonly number[], terms: readonly TermMatch<Term>[], entity: string, taxonomy: Taxonomy, parts: Map<string, SegmentDefinition>): PartMentions[] {
  const found: PartMentions[] = [];
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const title = breakdownTitleOver(lower, start);
    if (!title) continue;
    const end = lineStarts[line + 1] ?? text.length;
    const part = bulletLabelSegment(text.slice(start, end), start, terms, firstFrom(terms, start), entity, namesMetric(terms, title[0], title[1]));
    if (!part) continue;
    // (A label the taxonomy knows, "- AWS: $28.8 billion", is its own part, as the binder reads it.)
    const at = text.indexOf(part.name, start);
    const kept = !namesKnownPart(terms, at, at + part.name.length) && keptPart(part, parts, taxonomy, lower);
    if (kept) found.push(kept);
  }
  return found;
}

/**
 * "**Snacks.** Revenue rose 9% to $1.12 billion", "**云业务：**收入…": the parts a paragraph's bold lead-in
 * names (a name alone, as a heading that names a part: headingPartName), kept as segments of `entity`
 * (added to `parts`) with their mentions wherever the text writes them, so the paragraph's figures are
 * that part's as a known segment's would be. Not a lead-in a taxonomy word stands in (a metric, a
 * period's word, a company: "**Revenue.**", "**Quorlane.**"), nor one that is the story company's own
 * name (`ownNames`).
 */
export function leadInPartMentions(text: string, lower: string, leadIns: ReadonlyMap<number, number>, lineStarts: readonly number[], terms: readonly TermMatch<Term>[], entity: string, taxonomy: Taxonomy, parts: Map<string, SegmentDefinition>, ownNames: readonly string[]): PartMentions[] {
  const found: PartMentions[] = [];
  // (A transcript's lead-ins are its speakers, "**Tomás Ferreira-Lind, CEO:**" then "**Ferreira-Lind:**":
  // a lead-in that names a person with a role after a comma makes every name in it a speaker's.)
  const speakers = [...leadIns].map(([line, end]) => text.slice(lineStarts[line]!, end)).filter((leadIn) => leadIn.includes(","));
  for (const [line, end] of leadIns) {
    const start = lineStarts[line]!;
    const said = text.slice(start, end).trim().replace(/[.:：]?\*\*[.:：]?$/, "").replace(/^\s*\*\*/, "");
    const name = headingPartName(said) ?? sentenceCasePartName(said);
    if (name === undefined) continue;
    const at = text.indexOf(name, start);
    if (at < 0 || at >= end || termOver(terms, at, at + name.length) || speakers.some((speaker) => speaker.includes(name))) continue;
    const plain = toSimplified(name).toLowerCase();
    if (ownNames.some((own) => own.length >= 2 && (toSimplified(own).toLowerCase() === plain || plain.startsWith(toSimplified(own).toLowerCase())))) continue;
    // (Nor a speaker's name over what they said, "**Kellerman:** \"Gross margin was…\"", nor a company's in a
    // round-up, "**Caskwell Brewers.** The Burton-based brewer's revenue rose…": a name ending in a word
    // for a firm, or a paragraph that opens by describing one.)
    const after = lower.slice(end, end + 80);
    if (/^["“「『]/u.test(after) || FIRM_NAME_END.test(plain) || FIRM_DESCRIBED.test(after)) continue;
    const kept = keptPart({ id: segmentId(name), name, entity }, parts, taxonomy, lower);
    if (kept) found.push(kept);
  }
  return found;
}

/** A name's last word that is a firm's or its legal form (the lexicons' `firm_name_end`, `kind_of_firm` and `legal_form`: Holdings, Airlines, Brewers, Inc). */
const FIRM_NAME_END = new RegExp(`\\s(?:${wordsPattern([...placedWords("firm_name_end", { language: "en" }), ...placedWords("kind_of_firm", { language: "en" }), ...placedWords("legal_form", { language: "en" })])})\\.?$`);
/** Whether an English name ends with a firm's word or its legal form, in any case ("Acme Holdings", "Nike Inc."): a company's name, no business's. */
const endsWithFirmWord = (name: string): boolean => FIRM_NAME_END.test(` ${name.toLowerCase()}`);
/** A paragraph opening on a description of a firm: "The Burton-based brewer's", "The Dutch operator" (the lexicons' `firm_noun`). */
const FIRM_DESCRIBED = new RegExp(`^(?:the|its)\\s(?:[\\w-]+\\s){0,5}?(?:${wordsPattern(placedWords("firm_noun", { language: "en" }))})(?:['’]s)?\\b`);

/** Whether a metric's word stands in [from, to) (a list's title that says what its items measure: "Segment revenue"). */
function namesMetric(terms: readonly TermMatch<Term>[], from: number, to: number): boolean {
  for (let i = firstFrom(terms, from); i < terms.length && terms[i]!.start < to; i++) if (terms[i]!.entries.some((entry) => entry.kind === "metric")) return true;
  return false;
}

/**
 * A lead-in's name in sentence case, "Consumer banking and wealth", "Institutional banking": up to five
 * words, the first capitalised, none a word that names no business or a report's own word (so not
 * "What the Street expects", "The outlook", "Cash flow").
 */
function sentenceCasePartName(said: string): string | undefined {
  if (!/^[A-Z][a-z-]+(?:\s(?:and|&|[a-z][a-z-]+)){0,4}$/.test(said)) return undefined;
  const words = said.toLowerCase().split(" ").filter((word) => word !== "and" && word !== "&");
  return words.some((word) => NOT_A_LATIN_BUSINESS.has(word) || NOT_A_LATIN_NAME.has(word) || REPORT_WORDS.has(word) || /ed$/.test(word)) ? undefined : said;
}


/** Whether a taxonomy word for a segment or a company overlaps [from, to), one that starts before `from` included. */
function namesKnownPart(terms: readonly TermMatch<Term>[], from: number, to: number): boolean {
  return termOver(terms, from, to, (term) => term.entries.some((entry) => entry.kind === "segment" || entry.kind === "entity"));
}

/** Whether a taxonomy word that `which` accepts (any, by default) overlaps [from, to), one that starts before `from` included. */
function termOver(terms: readonly TermMatch<Term>[], from: number, to: number, which: (term: TermMatch<Term>) => boolean = () => true): boolean {
  for (let i = Math.max(0, firstFrom(terms, from) - 1); i < terms.length && terms[i]!.start < to; i++) if (terms[i]!.end > from && which(terms[i]!)) return true;
  return false;
}

/**
 * A part a table's row or a list's label names, kept in `parts`, with where the text writes its name (a
 * Latin one as whole words); none for a catch-all (Other, 其他), a name of one character, or a name the
 * text writes nowhere it can be found again.
 */
function keptPart(part: NewSegment, parts: Map<string, SegmentDefinition>, taxonomy: Taxonomy, lower: string): PartMentions | undefined {
  if (isCatchAllPart(part.name) || part.name.length < 2) return undefined;
  const { id } = keepNewSegment(parts, part, taxonomy);
  const name = part.name.toLowerCase();
  const latin = /^[\x00-\x7f]+$/.test(name);
  const mentions: TermMatch<Term>[] = [];
  for (const at of positionsOf(lower, name)) {
    if (latin && (/[a-z0-9]/.test(lower[at - 1] ?? "") || /[a-z0-9]/.test(lower[at + name.length] ?? ""))) continue;
    mentions.push({ start: at, end: at + name.length, entries: [{ kind: "segment", id }] });
  }
  // ("Commercial vehicles" in a list, "the commercial vehicle unit" in the prose: an English plural name
  // in the singular before a word for a part is the same part.)
  const singular = latin && /[^s]s$/.test(name) ? name.slice(0, -1) : undefined;
  if (singular?.includes(" ")) {
    for (const at of positionsOf(lower, singular)) {
      if (/[a-z0-9]/.test(lower[at - 1] ?? "") || !PART_WORD_AFTER_NAME.test(lower.slice(at + singular.length, at + singular.length + 24))) continue;
      mentions.push({ start: at, end: at + singular.length, entries: [{ kind: "segment", id }] });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  return mentions.length > 0 ? { id, name: part.name, mentions } : undefined;
}

/**
 * "- 电子元件事业本部：营收3,105亿日圆" … "- 其他：营收707亿日圆": a list item labelled by a catch-all (Other,
 * 其他) among items whose labels name parts (a word for a part closes them, or a part already kept)
 * is the part that gathers the rest, never the whole; kept as a segment (added to `parts`), with its
 * mention in that label only, as a catch-all said elsewhere may mean anything.
 */
export function catchAllItemMentions(text: string, lineStarts: readonly number[], entity: string, taxonomy: Taxonomy, parts: Map<string, SegmentDefinition>): PartMentions[] {
  const found: PartMentions[] = [];
  const labelOf = (line: number) => {
    if (line >= lineStarts.length) return undefined;
    const start = lineStarts[line]!;
    const label = BULLET_LABEL.exec(text.slice(start, lineStarts[line + 1] ?? text.length));
    return label ? { name: label[1]!.trim(), at: start + label.index + label[0].indexOf(label[1]!) } : undefined;
  };
  const namesPart = (name: string) => PART_NAME_END.test(toSimplified(name)) || LATIN_PART_END.test(name) || [...parts.values()].some((part) => part.name === name);
  let line = 0;
  while (line < lineStarts.length) {
    // One list: the items of consecutive lines with a label each.
    const items: { name: string; at: number }[] = [];
    for (let label = labelOf(line); label; label = labelOf(++line)) items.push(label);
    if (items.length === 0) line++;
    const catchAll = items.filter((item) => isCatchAllPart(item.name));
    if (catchAll.length !== 1 || items.filter((item) => namesPart(item.name)).length < 2) continue;
    const item = catchAll[0]!;
    const { id } = keepNewSegment(parts, { id: segmentId(item.name), name: item.name, entity }, taxonomy);
    found.push({ id, name: item.name, mentions: [{ start: item.at, end: item.at + item.name.length, entries: [{ kind: "segment", id }] }] });
  }
  return found;
}


/** A row or a label that gathers what the other parts leave (the lexicons' `catch_all_part`: Other, 其他): no part of its own. */
const CATCH_ALL_PARTS: ReadonlySet<string> = new Set(placedWords("catch_all_part"));
const isCatchAllPart = (name: string): boolean => CATCH_ALL_PARTS.has(toSimplified(name).toLowerCase().replace(/\s+/g, " ").trim());
