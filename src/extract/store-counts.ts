// Counts of stores: "门店总数6,842家，较年初净增785家", "opened 145 new stores", "ending June with 6,480
// locations". Owns which figures are such counts (a store's word after the count, the lexicons'
// `store_count` words) and which of the taxonomy's metrics the words around one say it is: stores
// opened, net additions, closures (no metric) or all the stores there are. Which metric each count is
// the taxonomy says (its metrics' `store_count`).
import { hedgePattern, placedWords } from "./cues.js";
import { afterBoldLabelMark, type Figure } from "./figures.js";
import { BULLET_LEAD, OF_WHICH_LIST_BEFORE } from "./layout.js";
import type { StoreCount } from "../taxonomy/taxonomy.js";
import type { StoreCountRole } from "./lexicon-files.js";
import { wordsPattern } from "./word-patterns.js";

const words = (roles: StoreCountRole[], language: "zh" | "en") => placedWords("store_count", { roles, language });
const zhWords = (role: StoreCountRole) => wordsPattern(words([role], "zh"));
const EN_HEDGE = hedgePattern("en");

// Chinese: a count of 家 or 间 with a store's word right after it or earlier in its sentence.
// (Two describing characters may stand before it: 60间自营店, 2家专科医院, 15间新店.)
const STORE_AFTER_CJK = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?(?:${zhWords("store_word")}|${zhWords("restaurant_word")})`, "u");
const RESTAURANT_AFTER_CJK = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?${zhWords("restaurant_word")}`, "u");
/** A store's word closing a stretch (新开学习中心). */
const STORE_AT_END_CJK = new RegExp(`(?:${zhWords("store_word")}|${zhWords("restaurant_word")})$`, "u");
/** The same with one or two describing characters before the store's word (销售门店, 自营店). */
const STORE_DESCRIBED_AT_END_CJK = new RegExp(`[\\u4e00-\\u9fff]{1,2}(?:${zhWords("store_word")}|${zhWords("restaurant_word")})$`, "u");
const RESTAURANT_AT_END_CJK = new RegExp(`${zhWords("restaurant_word")}$`, "u");
/** A store's word of two characters or more earlier in the sentence (店 alone is too common a character to say so). */
const STORE_CONTEXT_CJK = new RegExp(wordsPattern(words(["store_word", "restaurant_word"], "zh").filter((word) => word.length >= 2)), "u");
const zhRoleBefore = (role: StoreCountRole, hedges: string, notAfter = "") => new RegExp(`${notAfter}${zhWords(role)}\\s?(?:${hedges})?$`, "u");
const ZH_BEFORE: [RegExp, StoreCountRole][] = [
  [zhRoleBefore("net_added", "约|約"), "net_added"],
  [zhRoleBefore("opened", "约|約|介乎"), "opened"],
  [zhRoleBefore("closed", "约|約", "(?<!净)"), "closed"],
  [zhRoleBefore("total", "约|約|超过|逾"), "total"],
];

/** The role's word (and its hedge) that ends a text, and where it starts. */
function zhRoleAtEnd(text: string): { role: StoreCountRole; index: number } | undefined {
  for (const [pattern, role] of ZH_BEFORE) {
    const match = pattern.exec(text);
    if (match) return { role, index: match.index };
  }
  return undefined;
}

// English: a bare number, a few describing words ("new", "company-operated", "convenience"), a store's
// word. The words between are no preposition, article or verb in the past ("1,200 employees across
// stores" counts employees), but for a word of how stores are held ("412 managed pubs", "96 leased
// stores": the lexicons' `held_as`).
const HELD_AS = wordsPattern(words(["held_as"], "en"), "both");
export const EN_BETWEEN_WORD = String.raw`(?!(?:of|in|at|on|for|to|from|with|by|across|per|and|or|than|the|a|an|its|their|our|into|within|over|under|each|every|all|other)\b)(?!(?!${HELD_AS})[a-z]+ed\b)[a-z]+(?:-[a-z]+)*`;
const EN_STORE_AFTER = new RegExp(String.raw`^\s((?:${EN_BETWEEN_WORD}\s){0,3}?)(?:(${wordsPattern(words(["restaurant_word"], "en"), "both")})|${wordsPattern(words(["store_word"], "en"), "both")})`);
const enRoleBefore = (role: StoreCountRole) => new RegExp(`${wordsPattern(words([role], "en"), "both")}\\s(?:(?:a|an)\\s)?(?:${EN_HEDGE}\\s)?$`);
const EN_BEFORE: [RegExp, StoreCountRole][] = [
  [enRoleBefore("net_added"), "net_added"],
  [enRoleBefore("closed"), "closed"],
  [enRoleBefore("opened"), "opened"],
  [enRoleBefore("total"), "total"],
];
/**
 * A word for all of a chain's stores, linked to the count right after it by a few verbs or
 * prepositions (the lexicons' `count_link`): "taking its estate to 318", "the store count rose to 1,204".
 */
const EN_ESTATE_BEFORE = new RegExp(`(?<!real\\s)${wordsPattern(words(["estate_word"], "en"), "both")}(?:\\s${wordsPattern(placedWords("count_link", { language: "en" }), "both")}){1,4}\\s$`);

/** Whether a bare English number starting at `start` is all of a chain's stores by the word for them before it (see EN_ESTATE_BEFORE). */
export function englishEstateBefore(lower: string, start: number): boolean {
  return EN_ESTATE_BEFORE.test(lower.slice(Math.max(0, start - 48), start));
}
/** A range's high end after its low one: " to 150", "-150". */
export const RANGE_HIGH = /^(?:\s(?:to|and)\s|\s?[-–—]\s?)\d[\d,.]*/;
/** Describing words between an English count and its store's word that say which count it is. */
const EN_BETWEEN_ROLE: [RegExp, StoreCountRole][] = [
  [/\bnet\b/, "net_added"],
  [/\bnew\b/, "opened"],
];

/** A table's row label or column header that names a count of stores: its role's word or a store's word first ("Opened", "Shops at 30 Sept", 新開, 門店數). */
const LABEL_ROLES: [RegExp, StoreCountRole][] = (["net_added", "closed", "opened"] as const).map((role): [RegExp, StoreCountRole] => [new RegExp(`^(?:${wordsPattern(words([role], "en"), "start")}|${zhWords(role)})`, "u"), role]);
const LABEL_STORE = new RegExp(`^(?:(?:number\\sof\\s)?${wordsPattern(words(["store_word", "restaurant_word"], "en"), "both")}|${zhWords("store_word")}|${zhWords("restaurant_word")})`, "u");

/**
 * Which count of stores a table's row label or column header names, by its first words (lower case,
 * its Markdown marks taken off): the stores opened, the net additions, all the stores there are, a
 * reason to leave closures out, or undefined when it names none.
 */
export function storeCountOfLabel(label: string): StoreCount | { skip: string } | undefined {
  const text = label.replace(/[*_]/g, "").trim();
  const role = LABEL_ROLES.find(([pattern]) => pattern.test(text))?.[1];
  if (role === "net_added") return "net_added";
  if (role === "opened") return "opened";
  if (role === "closed") return { skip: "a count of stores closed, which the taxonomy holds no metric for" };
  return LABEL_STORE.test(text) ? "all" : undefined;
}

/** An English store's word after a bare number ending at `end`: where it ends, and whether it is a restaurant's. */
export function englishStoreWordAfter(lower: string, end: number): { end: number; restaurant: boolean; between: string } | undefined {
  const match = EN_STORE_AFTER.exec(lower.slice(end, end + 64));
  return match ? { end: end + match[0].length, restaurant: match[2] !== undefined, between: match[1]! } : undefined;
}

/** A line's label and its colon right before a figure, in a list item or bold ("- Network: ", "**Openings:** "): the label, in lower case. */
const LABEL_BEFORE = new RegExp(String.raw`^(?:${BULLET_LEAD}|\s*(?:\*\*)?)([a-z][a-z'’ -]{1,30}?)(?:\*\*)?\s?:\s?(?:\*\*)?\s?$`, "u");

/** Right before a Chinese count, the day it stands at: 3月底为, 年末為, 截至6月30日共. */
const BALANCE_DAY_BEFORE_CJK = /(?:\d{1,2}\s?月(?:底|末)|年(?:底|末)|\d{1,2}\s?日)(?:时|時)?\s?(?:为|為|共|有|达|達)$/u;
/** Right after a count of stores, the day it stands at: "at the end of September", "as of June 30", "at year-end", "at Sept. 30". */
const BALANCE_DAY_AFTER_EN = /^,?\s(?:at\s(?:the\s)?(?:end|close)\sof\b|at\s(?:the\s)?(?:year|period|quarter|half)[\s-]end\b|as\s(?:of|at)\s|at\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d)/;

/**
 * Which count of stores a figure is, by the words right before it (and, in English, between it and
 * its store's word): the stores opened (restaurants or other stores), the net additions or all the
 * stores there are, as the taxonomy's `store_count` names them; a reason to leave it out for closures;
 * undefined when the figure is no count of stores, or (in Chinese) the words say none of these. `from`
 * is where the figure's clause starts, `sentence` where its sentence does. An English count of stores
 * no word names ("would take it past 700 locations") is left out, as the bare number it is.
 */
export function storeCountOf(lower: string, figure: Figure, from: number, sentence: number): StoreCount | { skip: string } | undefined {
  if (figure.unitKind !== undefined && figure.unitKind !== "count") return undefined;
  const written = lower.slice(figure.start, figure.end);
  let role: StoreCountRole | undefined;
  let restaurant = false;
  // (座 and 个 count a store only with its word right after them or right before: 新開1座酒店,
  // 40至50个学习中心, 新增站台287座.)
  const rightBefore = lower.slice(Math.max(from, figure.start - 8), figure.start);
  // (零售点共2,317个: the role's word may stand between the store's word and the count.)
  const roleRightBefore = zhRoleAtEnd(rightBefore);
  const storeRightBefore = STORE_AT_END_CJK.test(rightBefore) || (roleRightBefore !== undefined && STORE_AT_END_CJK.test(rightBefore.slice(0, roleRightBefore.index)));
  // (较3月底净增46个: a role's word right before 个, and a store's word earlier in the sentence, make it a count of stores as 家 would.)
  const storeInSentence = roleRightBefore !== undefined && STORE_CONTEXT_CJK.test(lower.slice(Math.max(sentence, figure.start - 40), figure.start));
  if (/[家间]$/u.test(written) || (/[座个]$/u.test(written) && (STORE_AFTER_CJK.test(lower.slice(figure.end, figure.end + 14)) || storeRightBefore || storeInSentence))) {
    if (figure.scale !== undefined && !/^[万萬千]$/u.test(figure.scale)) return undefined;
    // (A bare 家 after a store's word earlier in the sentence: "门店总数6,842家，较年初净增785家"; not one
    // another noun follows, 三间酒店合共约4,200间客房, which counts rooms.)
    const after = lower.slice(figure.end, figure.end + 14);
    // (Nor need a store's word stand in the sentence when a word for stores opened, added or closed
    // stands right before the count and nothing after it names another thing: 年內新開27間、關閉33間;
    // 达3,860家 says too little.)
    if (!STORE_AFTER_CJK.test(after) && (/^[\u4e00-\u9fff]/u.test(after) || (!STORE_CONTEXT_CJK.test(lower.slice(Math.max(sentence, figure.start - 40), figure.start)) && (roleRightBefore === undefined || roleRightBefore.role === "total")))) return undefined;
    // (With no store's word right after it, 期內新開7間, the count is a restaurant chain's, as the
    // taxonomy's `restaurants_opened` count takes it.)
    // (新开学习中心68家: a store's word right before it says what the count is, as one after it would.)
    restaurant = RESTAURANT_AFTER_CJK.test(after) || (!STORE_AFTER_CJK.test(after) && (!storeRightBefore || RESTAURANT_AT_END_CJK.test(rightBefore)));
    const before = lower.slice(Math.max(from, figure.start - 12), figure.start);
    // ("当季新开学习中心68家": the store's word may stand between the role's word and the count.)
    // (Two describing characters may stand between them too: 共有销售门店482家.)
    const withoutStore = [before.replace(STORE_AT_END_CJK, ""), before.replace(STORE_DESCRIBED_AT_END_CJK, "")];
    role = ZH_BEFORE.find(([pattern]) => pattern.test(before) || withoutStore.some((text) => pattern.test(text)))?.[1];
    // (其中加盟门店9,611家, 直营店120家: a store's word right before the count, and no role's word, counts
    // the stores there are, of the kind the words name.)
    if (role === undefined && storeRightBefore && roleRightBefore === undefined) role = "total";
    // ("集团共经营486间分店，3月底为498间": a count at a day, a store's word earlier in its sentence, is all
    // the stores there were then.)
    if (role === undefined && roleRightBefore === undefined && BALANCE_DAY_BEFORE_CJK.test(rightBefore) && STORE_CONTEXT_CJK.test(lower.slice(Math.max(sentence, figure.start - 40), figure.start))) role = "total";
    // ("集團共經營175間店舖，其中香港163間、內地12間": a count in the list 其中 opens, the stores' word earlier
    // in the sentence, is the stores there are in the place its item names.)
    const around = lower.slice(Math.max(sentence, figure.start - 40), figure.start);
    if (role === undefined && roleRightBefore === undefined && OF_WHICH_LIST_BEFORE.test(around) && STORE_CONTEXT_CJK.test(around)) role = "total";
  } else {
    // (The figure runs to its store's word, "140 to 150 restaurants" from its range's high end: see keepBareCounts.)
    const high = figure.valueHigh === undefined ? undefined : RANGE_HIGH.exec(lower.slice(figure.numberEnd, figure.end));
    const store = englishStoreWordAfter(lower, afterBoldLabelMark(lower, figure.numberEnd + (high?.[0].length ?? 0)));
    // ("taking its estate to 318": all the stores, by the word for them before the count.)
    if (!store && figure.end === figure.numberEnd && englishEstateBefore(lower, figure.start)) return "all";
    if (!store || store.end !== figure.end) return undefined;
    restaurant = store.restaurant;
    const before = lower.slice(Math.max(from, figure.start - 40), figure.start);
    role = EN_BETWEEN_ROLE.find(([pattern]) => pattern.test(store.between))?.[1] ?? EN_BEFORE.find(([pattern]) => pattern.test(before))?.[1];
    // ("3,412 stores at the end of September", "1,208 restaurants as of June 30": stores counted at a
    // day are all the stores there are then.)
    if (role === undefined && BALANCE_DAY_AFTER_EN.test(lower.slice(store.end, store.end + 32))) role = "total";
    // ("- Network: 3,480 stores across 6 countries": a count of stores a list item's label states, no
    // word of a change before it, is all the stores there are; "- Openings: 71 stores", those opened.)
    const label = LABEL_BEFORE.exec(lower.slice(lower.lastIndexOf("\n", figure.start - 1) + 1, figure.start))?.[1];
    if (role === undefined && label !== undefined) role = storeCountOfLabel(label) === "opened" ? "opened" : "total";
    if (role === undefined) return { skip: "a count of stores no word before it says is of stores opened, added or in all" };
  }
  switch (role) {
    case "net_added":
      return "net_added";
    case "opened":
      return restaurant ? "restaurants_opened" : "opened";
    case "closed":
      return { skip: "a count of stores closed, which the taxonomy holds no metric for" };
    case "total":
      return "all";
    default:
      return undefined;
  }
}
