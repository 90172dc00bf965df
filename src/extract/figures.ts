// Finding the figures in normalised text: a number as written, its scale word, its unit, a range's
// high end, and hedges written right against it. A hand-written scanner: each character is looked at
// a bounded number of times, so it is linear in the text and cannot backtrack.
import type { Qualifier } from "../model/types.js";
import { placedWords, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "./cues.js";
import { wordsPattern } from "./word-patterns.js";

export type UnitKind = "currency" | "percent" | "bp" | "pp" | "multiple" | "GW" | "nm" | "count";

export interface Figure {
  /** Start of the figure with its prefix ($), in the normalised text (= the original's index). */
  start: number;
  /** Start and end of the first number's digits. */
  numberStart: number;
  numberEnd: number;
  /** End of the whole figure (unit, range high and trailing hedge included). */
  end: number;
  /** The number as written (ASCII digits, commas kept). */
  value: string;
  valueHigh?: string;
  /** The scale word in canonical form: 万 亿 万亿 thousand million billion trillion (the original's script kept by the caller). */
  scale?: string;
  /** Where the scale word stands (for copying its original script). */
  scaleAt?: number;
  /** A unit, or undefined when only a scale was written (亿, billion): an amount or a count by the metric. */
  unit?: string;
  unitKind?: UnitKind;
  qualifier: Qualifier;
  /** A bare English number with no unit ("49 new facilities"): a count only when a count metric's word follows it (the caller checks). */
  bare?: boolean;
  /** A bare number alone in brackets ("16.3 percent (15.8)"): the figure before it in its unit, or nothing (the caller checks). */
  bracketed?: boolean;
  /** The currency is only 元, which names none: the article's currency for its amounts decides (see articleCurrencies). */
  bareYuan?: boolean;
  /** Written in "cents" with no country: the dollar the article last stated (A\$, S\$, HK\$) rather than the US's. */
  bareCents?: boolean;
  /** The currency the article has set for amounts that name none ("(日圆，下同)", or the last one it stated). */
  currencyHint?: string;
  /** What a bare 元 stands for here, when a caption rather than the figure writes it (a table's "营业收入（亿元）"): as for a bareYuan figure. */
  yuanHint?: string;
  /** In numbers joined by slashes ("13.4/15.9/18.7亿元"): this one's place in the list, the list's length and where it starts. */
  slashList?: { k: number; length: number; start: number };
  /** How precisely the value is known when it is not written as it stands (增长1.3倍 is 130%, known to tens): the fact file's `precision`. */
  precision?: string;
}

const MAX_DIGITS = 40;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
/** The same by UTF-16 code unit (NaN, past either end of the text, is neither). */
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A word list indexed by its words' first code unit, each bucket in the list's order. */
function byFirstUnit<W extends readonly [string, ...unknown[]]>(list: readonly W[]): ReadonlyMap<number, readonly W[]> {
  const index = new Map<number, W[]>();
  for (const item of list) {
    const code = item[0].charCodeAt(0);
    let bucket = index.get(code);
    if (!bucket) index.set(code, (bucket = []));
    bucket.push(item);
  }
  return index;
}

const CN_SCALES: readonly [string, string][] = [["万亿", "万亿"], ["亿", "亿"], ["万", "万"], ["兆", "兆"], ["百万", "百万"]];
const EN_SCALES: readonly [string, string, boolean][] = [
  // word, canonical, needs a $ before the number (a bare "m" or "b" is too ambiguous otherwise)
  ["trillion", "trillion", false], ["billion", "billion", false], ["million", "million", false], ["thousand", "thousand", false],
  ["lakh crore", "lakh crore", false], ["crore", "crore", false], ["lakh", "lakh", false], ["crores", "crore", false], ["lakhs", "lakh", false], ["cr", "crore", true],
  ["trln", "trillion", false], ["bln", "billion", false], ["mln", "million", false], ["tn", "trillion", false], ["bn", "billion", false], ["mn", "million", false], ["b", "billion", true], ["m", "million", true], ["k", "thousand", true],
];

const UNITS: readonly [string, string, UnitKind][] = [
  ["美元", "USD", "currency"], ["美金", "USD", "currency"], ["元人民币", "CNY", "currency"], ["人民币", "CNY", "currency"], ["港元", "HKD", "currency"], ["港币", "HKD", "currency"], ["欧元", "EUR", "currency"],
  ["日元", "JPY", "currency"], ["日圆", "JPY", "currency"], ["日币", "JPY", "currency"], ["英镑", "GBP", "currency"], ["新台币", "TWD", "currency"], ["台币", "TWD", "currency"],
  ["新加坡元", "SGD", "currency"], ["新元", "SGD", "currency"], ["坡元", "SGD", "currency"], ["加元", "CAD", "currency"], ["加币", "CAD", "currency"], ["澳元", "AUD", "currency"],
  ["韩元", "KRW", "currency"], ["卢比", "INR", "currency"], ["瑞士法郎", "CHF", "currency"], ["瑞郎", "CHF", "currency"], ["泰铢", "THB", "currency"],
  ["林吉特", "MYR", "currency"], ["令吉", "MYR", "currency"], ["马币", "MYR", "currency"], ["澳门元", "MOP", "currency"], ["澳门币", "MOP", "currency"], ["葡币", "MOP", "currency"], ["菲律宾比索", "PHP", "currency"], ["新西兰元", "NZD", "currency"], ["纽元", "NZD", "currency"], ["雷亚尔", "BRL", "currency"], ["卢布", "RUB", "currency"],
  ["越南盾", "VND", "currency"], ["印尼盾", "IDR", "currency"], ["兰特", "ZAR", "currency"], ["迪拉姆", "AED", "currency"], ["美分", "USD¢", "currency"], ["美仙", "USD¢", "currency"], ["港仙", "HKD¢", "currency"], ["坡仙", "SGD¢", "currency"], ["元", "CNY", "currency"],
  ["us cents", "USD¢", "currency"], ["u.s. cents", "USD¢", "currency"], ["us cent", "USD¢", "currency"], ["canadian cents", "CAD¢", "currency"], ["new zealand cents", "NZD¢", "currency"], ["nz cents", "NZD¢", "currency"],
  ["australian cents", "AUD¢", "currency"], ["singapore cents", "SGD¢", "currency"], ["hong kong cents", "HKD¢", "currency"], ["hk cents", "HKD¢", "currency"], ["新分", "SGD¢", "currency"], ["仙", "HKD¢", "currency"], ["人民币分", "CNY¢", "currency"], ["分", "CNY¢", "currency"],
  ["cents", "USD¢", "currency"], ["cent", "USD¢", "currency"], ["pence", "GBP¢", "currency"], ["penny", "GBP¢", "currency"], ["便士", "GBP¢", "currency"], ["p", "GBP¢", "currency"], ["c", "USD¢", "currency"],
  ["rand cents", "ZAR¢", "currency"], ["euro cents", "EUR¢", "currency"], ["euro cent", "EUR¢", "currency"], ["usd", "USD", "currency"], ["us dollars", "USD", "currency"], ["dollars", "USD", "currency"], ["yen", "JPY", "currency"], ["yuan", "CNY", "currency"], ["renminbi", "CNY", "currency"], ["swiss francs", "CHF", "currency"], ["euros", "EUR", "currency"], ["pounds", "GBP", "currency"],
  ["euros", "EUR", "currency"], ["euro", "EUR", "currency"], ["dirhams", "AED", "currency"], ["dirham", "AED", "currency"], ["qatari riyals", "QAR", "currency"], ["saudi riyals", "SAR", "currency"], ["riyals", "SAR", "currency"], ["riyal", "SAR", "currency"], ["shekels", "ILS", "currency"], ["zlotys", "PLN", "currency"], ["zloty", "PLN", "currency"], ["naira", "NGN", "currency"], ["rupees", "INR", "currency"], ["won", "KRW", "currency"], ["rand", "ZAR", "currency"], ["norwegian crowns", "NOK", "currency"], ["swedish crowns", "SEK", "currency"], ["danish crowns", "DKK", "currency"], ["norwegian kroner", "NOK", "currency"], ["danish kroner", "DKK", "currency"], ["swedish kronor", "SEK", "currency"], ["pesos", "MXN", "currency"], ["peso", "MXN", "currency"], ["reais", "BRL", "currency"], ["ringgit", "MYR", "currency"], ["baht", "THB", "currency"], ["rupiah", "IDR", "currency"], ["francs", "CHF", "currency"], ["kronor", "SEK", "currency"],
  ["hkd", "HKD", "currency"], ["twd", "TWD", "currency"], ["sgd", "SGD", "currency"], ["cad", "CAD", "currency"], ["jpy", "JPY", "currency"], ["cny", "CNY", "currency"], ["rmb", "CNY", "currency"], ["inr", "INR", "currency"], ["eur", "EUR", "currency"], ["gbp", "GBP", "currency"],
  ["%", "percent", "percent"], ["percent", "percent", "percent"], ["per cent", "percent", "percent"], ["pc", "percent", "percent"], ["成", "percent/10", "percent"],
  ["个百分点", "pp", "pp"], ["百分点", "pp", "pp"], ["percentage points", "pp", "pp"], ["percentage point", "pp", "pp"], ["pct", "pp", "pp"], ["ppts", "pp", "pp"], ["ppt", "pp", "pp"], ["pp", "pp", "pp"], ["points", "pp", "pp"], ["point", "pp", "pp"], ["pts", "pp", "pp"],
  ["个基点", "bp", "bp"], ["基点", "bp", "bp"], ["basis points", "bp", "bp"], ["basis point", "bp", "bp"], ["bps", "bp", "bp"], ["bp", "bp", "bp"],
  ["倍", "multiple", "multiple"], ["times", "multiple", "multiple"], ["x", "multiple", "multiple"],
  ["吉瓦", "GW", "GW"], ["gigawatts", "GW", "GW"], ["gigawatt", "GW", "GW"], ["gw", "GW", "GW"],
  ["纳米", "nm", "nm"], ["nm", "nm", "nm"],
  ["颗", "count", "count"], ["家", "count", "count"], ["名", "count", "count"], ["位", "count", "count"], ["座", "count", "count"], ["台", "count", "count"],
  ["项", "count", "count"], ["种", "count", "count"], ["款", "count", "count"], ["件", "count", "count"], ["人", "count", "count"], ["次", "count", "count"], ["个", "count", "count"],
  ["间", "count", "count"], ["間", "count", "count"], ["辆", "count", "count"], ["輛", "count", "count"], ["架", "count", "count"], ["艘", "count", "count"], ["户", "count", "count"], ["戶", "count", "count"], ["张", "count", "count"], ["張", "count", "count"], ["套", "count", "count"],
];
/** Words after a number that make it a date, a duration or an ordinal, never a figure. */
const NOT_FIGURE_AFTER = ["年", "月", "日", "号", "季度", "个月", "个季度", "个小时", "小时", "分钟", "天", "周", "岁", "点", "时"];
/**
 * Physical units after a number and its scale that no count holds: containers,
 * areas, energy. (Units of a commodity sold by weight or by the barrel are QUANTITY_UNIT_AFTER's.)
 */
const PHYSICAL_UNIT_AFTER = /^(?:千克|公斤|平方米|平米|平方公尺|立方米|千瓦时|千瓦時|(?:forty|twenty)-foot(?:\s(?:equivalent\sunits?|containers?))?\b|teus?\b|feus?\b|标准箱|標準箱|square\s(?:metres?|meters?|feet)\b|kwh\b)/;
/** A commodity's units after a number and its scale: tonnes, ounces, barrels, litres (销量42.5万吨, 啤酒销量241.5万千升, "31.6 million tonnes", "2.1 million hectolitres"), counted as a volume sold or shipped. */
const QUANTITY_UNIT_AFTER = /^(?:吨|噸|公吨|公噸|桶|盎司|千升|百升|(?:metric\s)?(?:tonnes?|tons?)\b|barrels?\b|ounces?\b|(?:kilo|hecto)?lit(?:re|er)s?\b|gallons?\b)/;
const YEN_AFTER_RI: ReadonlySet<string> = new Set(["元", "圆", "币"]);
const NOT_FIGURE_FIRST: ReadonlySet<number> = new Set(NOT_FIGURE_AFTER.map((word) => word.charCodeAt(0)));
const RECORD_SPANS = ["个季度以来", "个季度来", "个月以来", "个月来", "年以来", "年来"];
/**
 * Whether a record's span starts at `at` ("13个季度以来新高", "六年来最惨跌幅", "the highest in N quarters" is
 * English and left to its unit): the number before it counts the quarters or years, a figure.
 */
function recordSpanAt(text: string, at: number): boolean {
  const first = text[at];
  if (first !== "个" && first !== "年") return false;
  for (const span of RECORD_SPANS) {
    if (!text.startsWith(span, at)) continue;
    const next = text[at + span.length];
    return next === "最" || next === "新" || next === "首";
  }
  return false;
}

/** Whether a NOT_FIGURE_AFTER word starts at `at`. */
function notFigureAt(text: string, at: number): boolean {
  if (!NOT_FIGURE_FIRST.has(text.charCodeAt(at))) return false;
  // 日 of 日元 / 日圆 / 日币 is the yen, not a day: "120日元" is an amount.
  if (text[at] === "日" && YEN_AFTER_RI.has(text[at + 1] ?? "")) return false;
  for (const word of NOT_FIGURE_AFTER) if (text.startsWith(word, at)) return true;
  return false;
}
const CN_NUMERALS: Readonly<Record<string, string>> = { 一: "1", 两: "2", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9", 十: "10" };
const CN_NUMERAL_CODES: ReadonlyMap<number, string> = new Map(Object.entries(CN_NUMERALS).map(([c, value]) => [c.charCodeAt(0), value]));
const CN_SCALES_BY_FIRST = byFirstUnit(CN_SCALES);
const EN_SCALES_BY_FIRST = byFirstUnit(EN_SCALES);
const UNITS_BY_FIRST = byFirstUnit(UNITS);
/** The Chinese words for a currency written after an amount (美元, 港元, 元) and their codes: what a table cell may end with. */
export const CJK_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(UNITS.filter(([word, unit, kind]) => kind === "currency" && !unit.endsWith("¢") && /^[\u4e00-\u9fff]+$/u.test(word)).map(([word, unit]) => [word, unit]));
const QUALIFIERS_AFTER_BY_FIRST = byFirstUnit(QUALIFIERS_AFTER);

/** Reads a number at `i` (digits, thousands groups, a fraction); undefined when there is none. */
function readNumber(text: string, i: number): { text: string; end: number } | undefined {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  if (j === i || j - i > MAX_DIGITS) return undefined;
  // Indian grouping (2,45,000; 12,34,567): groups of two, then a last group of three.
  if (j - i <= 2) {
    const indian = /^(?:,\d{2})+,\d{3}(?!\d)/.exec(text.slice(j, j + 40));
    if (indian && !/^,\d{3}(?!\d)/.test(indian[0])) j += indian[0].length;
  }
  // Thousands groups only when the first group has 1–3 digits.
  if (j - i <= 3) {
    while (text.charCodeAt(j) === 44 && isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && isDigitCode(text.charCodeAt(j + 3)) && !isDigitCode(text.charCodeAt(j + 4))) j += 4;
  }
  if (text.charCodeAt(j) === 46 && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    const fractionStart = j;
    while (isDigitCode(text.charCodeAt(j))) j++;
    if (j - fractionStart > MAX_DIGITS) return undefined;
  }
  return { text: text.slice(i, j), end: j };
}

function skipSpaces(text: string, i: number, max = 2): number {
  let j = i;
  for (let code = text.charCodeAt(j); j - i < max && (code === 0x20 || code === 0xa0 || code === 0x3000); code = text.charCodeAt(++j));
  return j;
}

/** The index of the character before `i`, skipping up to two spaces back. */
function skipSpacesBack(text: string, i: number): number {
  let j = i - 1;
  for (let code = text.charCodeAt(j); i - 1 - j < 2 && (code === 0x20 || code === 0xa0 || code === 0x3000); code = text.charCodeAt(--j));
  return j;
}

function startsWithWord(lower: string, i: number, word: string): boolean {
  if (!lower.startsWith(word, i)) return false;
  return !(isAsciiLetterCode(word.charCodeAt(word.length - 1)) && isAsciiLetterCode(lower.charCodeAt(i + word.length)));
}

interface Tail {
  scale?: string;
  scaleAt?: number;
  unit?: string;
  unitKind?: UnitKind;
  /** The currency a sign or code before the number gave ($, T$, Rs, €), if any. */
  prefix?: string;
  dollar: boolean;
  more: boolean;
  end: number;
  /** "cents" with no country: hundredths of the dollar the article is in, US dollars unless it names another. */
  bareCents?: boolean;
}

const MORE = "多".charCodeAt(0);
const EXTRA = "余".charCodeAt(0);
const NONE: readonly never[] = [];

/** A per-share word a few characters before the number (每股基本盈利17.09): 分 after it is a yuan's hundredth. */
const PER_SHARE_AMOUNT_BEFORE = /每股[\u4e00-\u9fff（）()]{0,10}\s?[+-]?\d[\d.,]*$/u;
/** After 分: what makes it a word of its own (分之, 分钟, 分行, 分店, 分公司, 分部). */
const NOT_CENTS_AFTER = /^[之钟鐘行店公部别]/u;
/** Units written joined to their number by a hyphen when the two stand as an adjective (81-cent, 5-percent). */
const HYPHENED_UNIT = /^(?:cents?|pence|percent|per cent)\b/;

/** Scale and unit after a number ending at `i`. */
function readTail(text: string, lower: string, i: number, prefix: string | undefined): Tail {
  const dollar = prefix !== undefined;
  const tail: Tail = { dollar, more: false, end: i };
  if (prefix) tail.prefix = prefix;
  let j = i;
  if (text.charCodeAt(j) === MORE || text.charCodeAt(j) === EXTRA) {
    tail.more = true;
    j++;
  }
  let k = skipSpaces(text, j);
  for (const [word, canonical] of CN_SCALES_BY_FIRST.get(text.charCodeAt(k)) ?? NONE) {
    if (text.startsWith(word, k)) {
      tail.scale = canonical;
      tail.scaleAt = k;
      j = k + word.length;
      break;
    }
  }
  // "$842-million", "$2.71-billion": a scale joined to its number by a hyphen (Canadian house style).
  if (tail.scale === undefined && k === j && text.charCodeAt(k) === 0x2d && HYPHENED_SCALE.test(lower.slice(k + 1, k + 10))) k++;
  if (tail.scale === undefined) {
    for (const [word, canonical, needsDollar] of EN_SCALES_BY_FIRST.get(lower.charCodeAt(k)) ?? NONE) {
      // "Rs 3,180 cr" is spaced as often as not; a bare m, b or k after a space is too ambiguous.
      if (needsDollar && (!dollar || (k !== j && canonical !== "crore"))) continue;
      if (startsWithWord(lower, k, word)) {
        tail.scale = canonical;
        tail.scaleAt = k;
        j = k + word.length;
        break;
      }
    }
  }
  if (tail.scale !== undefined && (text.charCodeAt(j) === MORE || text.charCodeAt(j) === EXTRA)) {
    tail.more = true;
    j++;
  }
  k = skipSpaces(text, j);
  // "the 81-cent consensus", "a 5-percent rise": a unit joined to its number by a hyphen, as an adjective.
  if (k === j && text.charCodeAt(k) === 0x2d && HYPHENED_UNIT.test(lower.slice(k + 1, k + 9))) k++;
  // The count units are the list's last, so stopping at the first of them in a bucket is stopping at the first in the list.
  for (const [word, unit, kind] of UNITS_BY_FIRST.get(lower.charCodeAt(k)) ?? NONE) {
    if (kind === "count" && dollar) break;
    // "4.3p a share", "an interim dividend of 6c": a bare x, p or c is a unit only written against the
    // number (and pence or cents in lower case: 3P is a party, 20C a temperature).
    if ((word === "x" || word === "p" || word === "c") && k !== j) continue;
    if ((word === "p" || word === "c") && text[k] !== word) continue;
    // 分 is the yuan's hundredth only in a per-share amount (每股基本盈利17.09分), not a score's point,
    // a minute (分钟) or a branch (分行).
    if (word === "分" && (!PER_SHARE_AMOUNT_BEFORE.test(lower.slice(Math.max(0, i - 28), i)) || NOT_CENTS_AFTER.test(lower[k + 1] ?? ""))) continue;
    // 成 is tenths ("年增6成", 逾3成: 60 %, 30 %), not the 成 of 成本 (cost) or 成交 (a deal).
    if (word === "成" && NOT_TENTHS_AFTER.test(lower[k + 1] ?? "")) continue;
    if (startsWithWord(lower, k, word)) {
      // 个 before 月/季度/小时 is a duration, handled by the caller's NOT_FIGURE_AFTER check.
      tail.unit = unit;
      tail.unitKind = kind;
      // (仙 is the Hong Kong cent by default, and the sen of a story told in ringgit.)
      if (word === "cents" || word === "cent" || word === "c" || word === "仙") tail.bareCents = true;
      j = k + word.length;
      break;
    }
  }
  if (prefix !== undefined && (tail.unit === undefined || (tail.unitKind === "currency" && tail.unit !== prefix && prefix !== "USD"))) {
    // "$5 billion", "T$293 billion", "Rs 2,450 crore": the sign's currency, unless a word after it names another ("$5 billion HKD").
    tail.unit = prefix;
    tail.unitKind = "currency";
  }
  tail.end = j;
  return tail;
}

/** The hedges before a figure end within this many characters of it (every word is shorter). */
const QUALIFIER_WINDOW = 16;
/** The hedges by their last code unit, each bucket in the list's order (longest first). */
const QUALIFIERS_BY_LAST: ReadonlyMap<number, readonly (readonly [string, Qualifier])[]> = (() => {
  const index = new Map<number, (readonly [string, Qualifier])[]>();
  for (const item of QUALIFIERS_BEFORE) {
    const code = item[0].charCodeAt(item[0].length - 1);
    let bucket = index.get(code);
    if (!bucket) index.set(code, (bucket = []));
    bucket.push(item);
  }
  return index;
})();

function qualifierBefore(lower: string, start: number): Qualifier | undefined {
  let end = start;
  for (let code = lower.charCodeAt(end - 1); end > 0 && (code === 0x20 || code === 0xa0); code = lower.charCodeAt(--end - 1));
  const candidates = QUALIFIERS_BY_LAST.get(lower.charCodeAt(end - 1));
  if (!candidates) return undefined;
  // A word ends the window [max(0, end - 16), end) when it fits in it and the text ends with it there.
  const from = Math.max(0, end - QUALIFIER_WINDOW);
  for (const [word, qualifier] of candidates) {
    const at = end - word.length;
    if (at < from || !lower.startsWith(word, at)) continue;
    if (isAsciiLetterCode(word.charCodeAt(0)) && at - 1 >= from && isAsciiLetterCode(lower.charCodeAt(at - 1))) continue;
    return qualifier;
  }
  return undefined;
}

function qualifierAfter(lower: string, end: number): { qualifier: Qualifier; end: number } | undefined {
  const k = skipSpaces(lower, end, 1);
  for (const [word, qualifier] of QUALIFIERS_AFTER_BY_FIRST.get(lower.charCodeAt(k)) ?? NONE) if (startsWithWord(lower, k, word)) return { qualifier, end: k + word.length };
  return undefined;
}

/** A number of hundredths as the whole's amount, exactly, by moving the decimal point: "39" → "0.39", "1,250" → "12.50". */
export function hundredths(written: string): string {
  return pointLeft(written, 2);
}

/** A written number times a power of ten, exactly, by moving its decimal point `places` to the right ("6", 1 → "60"; "3.5" → "35"). */
export function pointRight(written: string, places: number): string {
  const negative = written.startsWith("-");
  const [integer = "", fraction = ""] = written.replace(/^-/, "").replaceAll(",", "").split(".");
  const digits = `${integer}${fraction.padEnd(places, "0")}`;
  const point = integer.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point);
  return `${negative ? "-" : ""}${whole}${rest ? `.${rest}` : ""}`;
}

/** Characters after 成 that make it a word of its own (成本 cost, 成交 deal, 成长 growth), not tenths. */
const NOT_TENTHS_AFTER = /[本交长为功立员果熟绩都份分型品效]/u;

/** A written number divided by a power of ten, exactly, by moving its decimal point `places` to the left ("45.53", 1 → "4.553"; a sign is kept). */
export function pointLeft(written: string, places: number): string {
  const negative = written.startsWith("-");
  const [integer = "", fraction = ""] = written.replace(/^-/, "").replaceAll(",", "").split(".");
  const digits = integer.padStart(places + 1, "0");
  const whole = digits.slice(0, -places).replace(/^0+(?=\d)/, "");
  return `${negative ? "-" : ""}${whole}.${digits.slice(-places)}${fraction}`;
}

/** "(日圆‧下同)", "（美元，下同）", "以下单位为港元": the currency every amount after it is in unless it names another. */
const DECLARED_CURRENCY = /[(（]\s*(美元|美金|日圆|日元|港元|港币|人民币|新台币|台币|新加坡元|坡元|新元|加元|澳元|欧元|英镑|韩元)\s*[‧·・．.、,，]?\s*(?:以)?下同\s*[)）]|(?:单位|以下)[:：为]\s*(?:千|万|百万|亿)?(美元|日圆|日元|港元|人民币|新台币|新加坡元|欧元)/g;

/**
 * The dollar a story's bare "$" is, when its lead says whose it is: Australian, Canadian, Singapore
 * and New Zealand papers write their own dollar as "$" ("Australia's second-largest supermarket
 * chain … sales rose to $51.2 billion"). Only when the text writes no US dollar sign (US$, USD), and
 * never over a currency the taxonomy knows the company reports in.
 */
export function homeDollar(lead: string, whole = lead): string | undefined {
  // ("All amounts are in US dollars unless stated otherwise": a story that says which dollar it uses.)
  const declared = DECLARED_DOLLAR.exec(whole);
  if (declared) return DECLARED_DOLLARS[declared[1]!.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ")];
  // (Franking credits are Australia's alone: a story anywhere of a "fully franked" dividend is told in Australian dollars.)
  if (FRANKED.test(whole)) return "AUD";
  // (So is a story that reads its home market's index, "while the S&P/ASX 200 was up 0.3 per cent".)
  for (const [pattern, currency] of HOME_INDEXES) if (pattern.test(whole)) return currency;
  // (US$ written elsewhere in the story does not change this: a paper writes US$ to set its US dollars
  // apart from the bare $ of home, "$51.2 billion, or about US$33 billion".)
  // ("underscoring the gap with Singapore-based rival Merrivale Line": a rival's country is not the story's.)
  const own = lead.replace(/\b[\w.-]+(?:['’]s)?(?:-based|-listed|\s(?:based|listed))?\s(?:rival|peer|competitor|counterpart)s?\b/gi, " ");
  for (const [pattern, currency] of HOME_DOLLARS) if (pattern.test(own)) return currency;
  return undefined;
}
/** An English story's word on its dollar: "All amounts are in US dollars", "(figures in Canadian dollars)". */
const DECLARED_DOLLAR = /\b(?:all\s)?(?:amounts|figures|numbers|dollar\s(?:amounts|figures))\s(?:are\s)?(?:in|expressed\sin|stated\sin|reported\sin)\s(u\.?s\.?|us|canadian|australian|singapore|hong\skong|new\szealand)\sdollars\b/i;
const DECLARED_DOLLARS: Readonly<Record<string, string>> = { us: "USD", canadian: "CAD", australian: "AUD", singapore: "SGD", "hong kong": "HKD", "new zealand": "NZD" };
const FRANKED = /\b(?:fully|partly|partially|un)[\s-]?franked\b/i;
const HOME_DOLLARS: readonly [RegExp, string][] = [
  [/\baustralia(?:['’]s|n)\b|\basx\b|\bsydney\b|\bmelbourne\b|\bbrisbane\b|\bperth\b|\badelaide\b|\bqueensland\b|\bnew\ssouth\swales\b|\btasmania\b|\bcanberra\b|\bhobart\b/i, "AUD"],
  // (And a province written out or, in a dateline, abbreviated: "MONCTON, N.B. —", "REGINA, Sask.".)
  [/\bcanada['’]s\b|\bcanadian\b|\btsx\b|\btoronto\b|\bcalgary\b|\bvancouver\b|\bmontreal\b|\bottawa\b|\balberta\b|\bquebec\b|\bontario\b|\bnew\sbrunswick\b|\bnova\sscotia\b|\bmanitoba\b|\bsaskatchewan\b|\bbritish\scolumbia\b|\bwinnipeg\b|\bedmonton\b|\bsaskatoon\b|\b[A-Z]+,\s(?:N\.B\.|N\.S\.|B\.C\.|Alta\.|Ont\.|Que\.|Sask\.|Man\.|Nfld\.|P\.E\.I\.)/i, "CAD"],
  [/\bsingapore(?:['’]s)?\b|\bsgx\b/i, "SGD"],
  [/\bnew\szealand(?:['’]s|er)?\b|\bnzx\b|\bauckland\b|\bwellington\b|\bchristchurch\b/i, "NZD"],
];
/** A home market's share index, named anywhere in a story: its dollar is the story's. */
const HOME_INDEXES: readonly [RegExp, string][] = [
  [/\b(?:S&P\/)?ASX\s?(?:200|300|50)\b|\bAll\sOrdinaries\b/i, "AUD"],
  [/\bS&P\/TSX\b/i, "CAD"],
  [/\bStraits\sTimes\sIndex\b/i, "SGD"],
  [/\bNZX\s?50\b/i, "NZD"],
];
/** The dollars a home press writes as a bare "$" (those HOME_DOLLARS tell): a story about a company that reports in one writes it so. */
export const BARE_HOME_DOLLARS: ReadonlySet<string> = new Set(HOME_DOLLARS.map(([, currency]) => currency));
/** After 亿: up to four digits (or a thousands group) and 万, the rest of one amount ("0352万", "5,000萬"). */
const COMPOUND_WAN = /^(\d{1,4}|\d,\d{3})\s?[万萬]/;
/** After 兆: up to four digits (or a thousands group) and 亿 ("2,870億"). */
const COMPOUND_YI = /^(\d{1,4}|\d,\d{3})\s?[亿億]/;
/** A scale word spelled out in full (EN_SCALES' own canonical words, not "bn" or "m") after a hyphen: "-million", "-crore". */
const HYPHENED_SCALE = new RegExp(`^(?:${EN_SCALES.filter(([word, canonical]) => word === canonical).map(([word]) => word).join("|")})\\b`);

/** Figures written with a bare "$" (not US$, A$, C$), and bare cents, read as the story's home dollar. */
export function withHomeDollar(text: string, figures: readonly Figure[], currency: string): void {
  for (const figure of figures) {
    // (And "6 cents" with no country: the home dollar's cents; not "US 38 cents".)
    if (figure.unit !== "USD" || (text[figure.start] !== "$" && !(figure.bareCents && !/\bU\.?S\.?\s?$/.test(text.slice(Math.max(0, figure.start - 6), figure.start))))) continue;
    figure.unit = currency;
  }
}

/**
 * Each figure's currency hint: the currency an article declares for what follows ("(日圆‧下同)"),
 * else the last currency it stated before the figure, else the currency its company reports in.
 * Amounts that name no currency, and bare 元, take it (a Hong Kong paper's 元 about a yen company is yen
 * once it has said so); in simplified Chinese (`mainland`) a bare 元 is the company's currency, else
 * the renminbi, unless the text declares another.
 */
export function articleCurrencies(text: string, figures: Figure[], companyCurrency?: string, mainland = false): void {
  const declared: { at: number; currency: string }[] = [];
  DECLARED_CURRENCY.lastIndex = 0;
  for (let match = DECLARED_CURRENCY.exec(text); match; match = DECLARED_CURRENCY.exec(text)) {
    const word = match[1] ?? match[2]!;
    const currency = UNITS.find(([unitWord]) => unitWord === word)?.[1];
    if (currency) declared.push({ at: match.index, currency });
  }
  let d = 0;
  let current: string | undefined;
  let last: string | undefined;
  // A headline's "18 cents" before the body names its dollar ("18 Australian cents"): the first one the text names.
  const firstNamed = figures.find((figure) => figure.unitKind === "currency" && !figure.bareYuan && !figure.bareCents)?.unit;
  // Cents in the body before any dollar is named ("a DPU of 4.12 cents", then "S$118.6 million"): the
  // first dollar the text writes with its sign.
  const firstSigned = figures.find((figure) => figure.unitKind === "currency" && text.slice(figure.start, figure.end).includes("$"))?.unit;
  const headlineEnd = text.indexOf("\n");
  const bareYuan = figures.filter((figure) => figure.bareYuan).length;
  const named = figures.filter((figure) => figure.unitKind === "currency" && !figure.bareYuan && figure.unit !== "CNY").length;
  const yuanAsSuch = mainland && bareYuan >= named;
  let previousEnd = -1;
  for (const figure of figures) {
    // A declaration right behind a figure ("3,700 亿(日圆，下同)") is that figure's too.
    while (d < declared.length && declared[d]!.at <= figure.end + 2) current = declared[d++]!.currency;
    // (In simplified Chinese a bare 元 is the renminbi, or the company's own currency, whatever
    // currency a sentence before named, unless the text names another more often than it writes bare
    // 元: "全球市场规模约620亿美元" leaves "在手订单约96.5亿元" in yuan; a story told in 新元 keeps its 元.)
    // (In Taiwan's text a bare 元 is the New Taiwan dollar after a figure in US dollars too: "市場規模58億美元"
    // then "每股純益46.2元"; only the renminbi or the Hong Kong dollar, named, carries on to a bare 元 after
    // it, a Hong Kong story using one of Taiwan's words being read as Taiwan's.)
    // (What a bare 元 stands for here, whether the figure or a table's caption writes it.)
    const taiwanDollar = companyCurrency === "TWD" && last !== "CNY" && last !== "HKD";
    const yuanHint = current ?? (yuanAsSuch || taiwanDollar ? (companyCurrency ?? "CNY") : (last ?? companyCurrency));
    const hint = figure.bareYuan ? yuanHint : (current ?? last ?? companyCurrency);
    if (hint !== undefined && (figure.unit === undefined || figure.bareYuan)) figure.currencyHint = hint;
    if (figure.unit === undefined && yuanHint !== undefined) figure.yuanHint = yuanHint;
    // "a dividend of 52 cents" in a story told in Australian dollars is 52 Australian cents.
    const dollar = last ?? (figure.start < headlineEnd ? firstNamed : firstSigned);
    if (figure.bareCents && dollar !== undefined && OTHER_DOLLARS.has(dollar)) figure.unit = dollar;
    // "15.82亿元（约合2.22亿美元）", "A$412 million (about US$268 million)": a conversion in brackets right
    // after an amount is the reader's aid, not the currency the story goes on in.
    const conversion = previousEnd >= 0 && CONVERSION_GAP.test(text.slice(previousEnd, figure.start));
    // (Nor is an amount in a currency's hundredths, 每股12.5港仙, "52 cents a share": a dividend's or a
    // share's, paid in the currency the shares trade in, not the one the story reports in.)
    // (Nor is a share's quote or target, 美股盘前报138.40美元, 目标价上调至172美元: the currency of the
    // listing, not of the accounts, a mainland story's bare 元 go on in.)
    // (Nor is a commodity's price per unit, 每桶88.6美元, "$11,480 a tonne": the currency it trades in.)
    const unitPrice = isUnitPrice(text, figure);
    if (figure.unitKind === "currency" && !figure.bareYuan && !conversion && !unitPrice && !HUNDREDTHS_WRITTEN.test(text.slice(figure.start, figure.end)) && !SHARE_QUOTE_BEFORE.test(text.slice(Math.max(0, figure.start - 12), figure.start))) last = figure.unit;
    previousEnd = figure.end;
  }
}

/**
 * Whether a figure is a commodity's price per unit: its unit right before it (每桶88.6美元, 每吨) or right
 * after it ("$11,480 a tonne", "per ounce", 88美元/桶). `from` is where the text before may be read from.
 */
export function isUnitPrice(text: string, figure: Figure, from = 0): boolean {
  return UNIT_PRICE_BEFORE.test(text.slice(Math.max(from, figure.start - 6), figure.start)) || UNIT_PRICE_AFTER.test(text.slice(figure.end, figure.end + 12));
}
const UNIT_PRICE_BEFORE = /每\s?(?:桶|吨|噸|盎司|磅|公斤|千克|蒲式耳)\s?(?:约|約|为|為)?\s?$/u;
// (Not \b after the unit: after a Chinese character, 桶，, it never holds.)
const UNIT_PRICE_AFTER = /^\s?(?:(?:a|per|an)\s(?:dry\s|wet\s|metric\s)?|\/\s?)(?:barrel|tonne|ton|metric\ston|ounce|oz|pound|lb|bushel|mmbtu|桶|吨|噸)(?![a-z])/iu;

/** Words right before a share's quote or price target (报, 收于, 股价, 目标价…至). */
const SHARE_QUOTE_BEFORE = /(?:[报報]|收于|收於|收在|股价|股價|目标价|目標價)(?:[上下][调調]至|[为為]|至|约|約)?\s?$/u;

/** A currency's hundredths written with the figure: 港仙, 仙, cents, pence. */
const HUNDREDTHS_WRITTEN = /仙|\bcents?\b|\bpence\b/i;
/** Between an amount and its conversion: an opening bracket and at most a word for "about" or "equal to". */
export const CONVERSION_GAP = /^\s?[(（]\s?(?:约合|約合|折合|合|约|約|相当于|相當於|about|around|roughly|approximately|approx\.|or|equivalent\sto|some)?\s?$/i;

/** Currencies other than the US dollar whose hundredths an article may call cents with no country (the rand and the ringgit's sen, 仙, too). */
const OTHER_DOLLARS: ReadonlySet<string> = new Set(["AUD", "SGD", "HKD", "CAD", "NZD", "TWD", "ZAR", "MYR"]);

/**
 * Currency signs and codes written before a number, longest first: "US$", "NT$", "T$", "C$", "HK$",
 * "S$", "A$", "$" (US dollars unless marked), "Rs"/"Rs."/"INR"/"₹" (rupees), "€", "£", "¥" (yen in
 * English news), and ISO codes followed by a space ("USD 5 billion").
 */
const CURRENCY_SIGNS: readonly [string, string][] = [
  ["us$", "USD"], ["nt$", "TWD"], ["t$", "TWD"], ["ca$", "CAD"], ["c$", "CAD"], ["hk$", "HKD"], ["s$", "SGD"], ["a$", "AUD"], ["au$", "AUD"], ["$", "USD"],
  ["rs.", "INR"], ["rs", "INR"], ["₹", "INR"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["￥", "JPY"],
  ["nz$", "NZD"], ["r$", "BRL"], ["₩", "KRW"], ["mop$", "MOP"], ["rp", "IDR"], ["rm", "MYR"], ["฿", "THB"], ["₱", "PHP"], ["₫", "VND"],
  ["usd", "USD"], ["hkd", "HKD"], ["twd", "TWD"], ["sgd", "SGD"], ["cad", "CAD"], ["jpy", "JPY"], ["cny", "CNY"], ["rmb", "CNY"], ["inr", "INR"], ["eur", "EUR"], ["gbp", "GBP"],
  ["aud", "AUD"], ["nzd", "NZD"], ["chf", "CHF"], ["sek", "SEK"], ["nok", "NOK"], ["dkk", "DKK"], ["krw", "KRW"], ["myr", "MYR"], ["thb", "THB"], ["idr", "IDR"], ["brl", "BRL"], ["mxn", "MXN"], ["zar", "ZAR"], ["aed", "AED"], ["sar", "SAR"], ["php", "PHP"], ["vnd", "VND"], ["pln", "PLN"],
];

/** The ISO codes among the signs ("usd", "sek"), lower case: a table's cell may write one before its number too. */
export const CURRENCY_CODES: readonly string[] = CURRENCY_SIGNS.filter(([sign, currency]) => sign === currency.toLowerCase()).map(([sign]) => sign);

/**
 * The currency sign or code that ends right before `start` and where it starts: a sign ($, T$, €) right
 * against the number, a code of letters (Rs, USD) against it or one space before, never the end of a
 * longer word ("years 5" holds no "rs 5").
 */
function currencyBefore(lower: string, start: number): { currency: string; start: number } | undefined {
  // "约新台币2,480亿元", "人民币10亿元": a Chinese currency's name right before the number is its currency,
  // whatever the bare 元 after it would say.
  // (Every name ends with 币 or 金: one look at the character before decides for most numbers.)
  const named = CURRENCY_NAME_LAST.has(lower[start - 1] ?? "") ? CURRENCY_NAMES_BEFORE.find(([name]) => lower.startsWith(name, start - name.length)) : undefined;
  if (named) return { currency: named[1], start: start - named[0].length };
  // Most numbers follow a Chinese character or a space after a word: test the one character that
  // every sign and code ends with before trying them.
  const last = lower.charCodeAt(lower[start - 1] === " " ? start - 2 : start - 1);
  if (!(last === 0x24 || (last >= 0x61 && last <= 0x7a) || last === 0x2e || last === 0x20ac || last === 0xa3 || last === 0xa5 || last === 0x20b9 || last === 0xffe5 || last === 0x20a9 || last === 0x0e3f || last === 0x20b1 || last === 0x20ab)) return undefined;
  for (const [sign, currency] of CURRENCY_SIGNS) {
    // "R$ 40 billion", "US$ 5", "Rs 2,450": one space may stand between a sign or a code and the number.
    const gaps = [0, 1];
    for (const gap of gaps) {
      if (gap === 1 && lower[start - 1] !== " ") continue;
      const at = start - gap - sign.length;
      if (at < 0 || !lower.startsWith(sign, at)) continue;
      if (/[a-z0-9]/.test(lower[at - 1] ?? "")) continue;
      return { currency, start: at };
    }
  }
  return undefined;
}

/** Chinese names of currencies written right before a number (the text is simplified before it is read). */
const CURRENCY_NAMES_BEFORE: readonly [string, string][] = [["新台币", "TWD"], ["人民币", "CNY"], ["港币", "HKD"], ["美金", "USD"], ["日币", "JPY"]];
const CURRENCY_NAME_LAST: ReadonlySet<string> = new Set(CURRENCY_NAMES_BEFORE.map(([name]) => name.at(-1)!));

/** "Y805.26 billion", "R9.4 billion": newswires write yen as a capital Y, and South Africa the rand as a capital R, against the number. */
function letterSignBefore(text: string, start: number): { currency: string; start: number } | undefined {
  const sign = text[start - 1];
  const currency = sign === "Y" ? "JPY" : sign === "R" ? "ZAR" : undefined;
  return currency !== undefined && (start < 2 || /[\s(（]/.test(text[start - 2]!)) ? { currency, start: start - 1 } : undefined;
}

/** A currency sign at `k` (before a range's high end): its currency and where the number starts. */
function currencyAt(lower: string, k: number): { currency: string; end: number } | undefined {
  for (const [sign, currency] of CURRENCY_SIGNS) {
    if (!lower.startsWith(sign, k)) continue;
    const end = k + sign.length;
    // ("and RMB7.15 billion": a code may run into its number as the low end's did.)
    // (A shorter code that only opens a longer one, rm of rmb, is not it: try the next.)
    if (/^[a-z.]+$/.test(sign)) {
      if (lower[end] === " ") return { currency, end: end + 1 };
      if (isDigit(lower[end])) return { currency, end };
      continue;
    }
    return { currency, end };
  }
  return undefined;
}

const RANGE_WORDS = ["至", "到", "-", "–", "—", "~", "to", "and"];

const TIMES = "倍".charCodeAt(0);
const JIAN = "减".charCodeAt(0);
const YAO = "腰".charCodeAt(0);
const ORDINAL = "第".charCodeAt(0);
const FAN = "翻".charCodeAt(0);
const THOUSAND = "千".charCodeAt(0);
const SHU = "数".charCodeAt(0);
const TENS: Readonly<Record<string, string>> = { 十: "10", 百: "100", 千: "1000" };

/** 数以万计 / 数以十万计 / 数以百万计 / 数以亿计 at `i`: a count of at least 1, 10, 100 or 1000 of the scale. */
function countedIn(text: string, i: number): Figure | undefined {
  let j = i + 2;
  const tens = TENS[text[j] ?? ""];
  if (tens !== undefined) j++;
  const scale = text[j];
  if ((scale !== "万" && scale !== "亿") || text[j + 1] !== "计") return undefined;
  return { start: i, numberStart: i, numberEnd: j + 2, end: j + 2, value: tens ?? "1", scale, scaleAt: j, unit: "count", unitKind: "count", qualifier: "at_least" };
}
const HUNDRED = "百".charCodeAt(0);

/**
 * "mid-to-high 40%", "low-to-mid 80%": a decade's part, read as a range of percents (low 0–3, mid 4–6,
 * high 7–9 of the tens), about. The figure is the decade written; the words before it widen it.
 */
const DECADE_PART = /(low|mid|high)(?:[- ]to[- ](mid|high))?[- ]$/;
const PART_RANGES: Readonly<Record<string, [number, number]>> = { low: [0, 3], mid: [4, 6], high: [7, 9] };
function decadePart(lower: string, figure: Figure): void {
  if (figure.unitKind !== "percent" || figure.valueHigh !== undefined || !/^[1-9]0$/.test(figure.value)) return;
  const part = DECADE_PART.exec(lower.slice(Math.max(0, figure.start - 14), figure.start));
  if (!part) return;
  const tens = Number(figure.value);
  const from = PART_RANGES[part[1]!]![0];
  const to = PART_RANGES[part[2] ?? part[1]!]![1];
  figure.value = String(tens + from);
  figure.valueHigh = String(tens + to);
  figure.qualifier = "about";
  figure.start -= part[0].length;
}

/** "mid-twenties", "high single digits", "low teens" growth: words for a range of percents, about. */
const DECADE_WORDS = /\b(low|mid|high)(?:[- ]to[- ](mid|high))?[- ](single[- ]digits?|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g;
const DECADES: Readonly<Record<string, number>> = { single: 0, teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
function decadeWords(lower: string): Figure[] {
  const found: Figure[] = [];
  DECADE_WORDS.lastIndex = 0;
  for (let match = DECADE_WORDS.exec(lower); match; match = DECADE_WORDS.exec(lower)) {
    const tens = DECADES[match[3]!.split(/[- ]/)[0]!]!;
    const from = tens + PART_RANGES[match[1]!]![0];
    const to = tens + PART_RANGES[match[2] ?? match[1]!]![1];
    const low = tens === 0 ? Math.max(1, from) : tens === 10 ? Math.max(13, from) : from;
    found.push({ start: match.index, numberStart: match.index, numberEnd: match.index + match[0].length, end: match.index + match[0].length, value: String(low), valueHigh: String(to), unit: "percent", unitKind: "percent", qualifier: "about" });
  }
  return found;
}

const UNITS_IN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS_IN_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** "twenty three", "twenty-three", "four", "zero": an English number below a hundred, in words. */
export const NUMBER_IN_WORDS = `(?:(${TENS_IN_WORDS.filter(Boolean).join("|")})(?:[\\s-](${UNITS_IN_WORDS.slice(1, 10).join("|")}))?|(${UNITS_IN_WORDS.join("|")}))`;
const COUNT_WORDS = new RegExp(`\\b${NUMBER_IN_WORDS}\\b`, "g");

/**
 * Counts written in English words ("twenty three analysts", "four Holds", "zero Sells"): bare counts,
 * which keepBareCounts keeps only where a count metric's word follows (one of the reasons stays no figure).
 */
function countWords(lower: string): Figure[] {
  const found: Figure[] = [];
  COUNT_WORDS.lastIndex = 0;
  for (let match = COUNT_WORDS.exec(lower); match; match = COUNT_WORDS.exec(lower)) {
    const value = match[3] !== undefined ? UNITS_IN_WORDS.indexOf(match[3]) : TENS_IN_WORDS.indexOf(match[1]!) * 10 + (match[2] ? UNITS_IN_WORDS.indexOf(match[2]) : 0);
    const end = match.index + match[0].length;
    // "one percentage point higher", "fifty basis points", "five per cent": a number in words with its
    // unit, read by the same tail reader as a written number's.
    const tail = readTail(lower, lower, end, undefined);
    if (tail.unitKind === "percent" || tail.unitKind === "pp" || tail.unitKind === "bp") {
      found.push({ start: match.index, numberStart: match.index, numberEnd: end, end: tail.end, value: String(value), unit: tail.unit!, unitKind: tail.unitKind, qualifier: qualifierBefore(lower, match.index) ?? "exact" });
      continue;
    }
    found.push({ start: match.index, numberStart: match.index, numberEnd: end, end, value: String(value), unit: "count", unitKind: "count", qualifier: "exact", bare: true });
  }
  return found;
}

/** "doubled", "tripled", "quadrupled", "halved": a multiple written as a verb (翻倍, 减半 are read with the characters). */
const MULTIPLE_VERBS = /\b(doubl|tripl|quadrupl|halv)(?:ed|es|ing)\b/g;
const MULTIPLE_OF_VERB: Readonly<Record<string, string>> = { doubl: "2", tripl: "3", quadrupl: "4", halv: "0.5" };

/** Multiples written as verbs ("net income nearly doubled"): a multiple of the comparator, hedged as written before it. */
function multipleWords(lower: string): Figure[] {
  const found: Figure[] = [];
  MULTIPLE_VERBS.lastIndex = 0;
  for (let match = MULTIPLE_VERBS.exec(lower); match; match = MULTIPLE_VERBS.exec(lower)) {
    const end = match.index + match[0].length;
    found.push({ start: match.index, numberStart: match.index, numberEnd: end, end, value: MULTIPLE_OF_VERB[match[1]!]!, unit: "multiple", unitKind: "multiple", qualifier: qualifierBefore(lower, match.index) ?? "exact" });
  }
  return found;
}

/** "fell by a third", "rose by half": a change written as a fraction after "by", in percent (a third is about 33). */
const FRACTION_CHANGE = /\bby\s(?:(?:a|one)\s(third|quarter)|(?:a\s)?(half))\b/g;
const PERCENT_OF_FRACTION: Readonly<Record<string, [string, Figure["qualifier"]]>> = { third: ["33", "about"], quarter: ["25", "exact"], half: ["50", "exact"] };

/** "half a percentage point", "a quarter of a point": a fraction of a point, in points (half is 0.5). */
const FRACTION_OF_POINT = /\b(?:(?:a|one)\s(third|quarter)\sof|(half))\sa\s(?:percentage\s)?point\b/g;
const POINTS_OF_FRACTION: Readonly<Record<string, [string, Figure["qualifier"]]>> = { third: ["0.33", "about"], quarter: ["0.25", "exact"], half: ["0.5", "exact"] };

function fractionChanges(lower: string): Figure[] {
  const found: Figure[] = [];
  FRACTION_OF_POINT.lastIndex = 0;
  for (let match = FRACTION_OF_POINT.exec(lower); match; match = FRACTION_OF_POINT.exec(lower)) {
    const [value, qualifier] = POINTS_OF_FRACTION[match[1] ?? match[2]!]!;
    const end = match.index + match[0].length;
    found.push({ start: match.index, numberStart: match.index, numberEnd: end, end, value, unit: "pp", unitKind: "pp", qualifier });
  }
  FRACTION_CHANGE.lastIndex = 0;
  for (let match = FRACTION_CHANGE.exec(lower); match; match = FRACTION_CHANGE.exec(lower)) {
    // (By half a percentage point: a fraction of a point, read above.)
    if (found.some((point) => point.start <= match.index + match[0].length && point.end > match.index + 3)) continue;
    const [value, qualifier] = PERCENT_OF_FRACTION[match[1] ?? match[2]!]!;
    const start = match.index + 3;
    const end = match.index + match[0].length;
    found.push({ start, numberStart: start, numberEnd: end, end, value, unit: "percent", unitKind: "percent", qualifier });
  }
  return found;
}

/**
 * Every figure in the normalised text, in order. `lower` is the text with ASCII lower-cased (as
 * `asciiLower` makes it), when the caller has it already.
 */
/**
 * Where the words that say what a bold number counts start, less one (the space a count's word is read
 * after), when its bold closes right at `at` before a dash, a colon or spaces and an English label
 * follows: "**3,412** — stores", "**41,200**: employees"; else `at`.
 */
export function afterBoldLabelMark(lower: string, at: number): number {
  const mark = /^\*\*(?:\s?[—–:：-]\s?|\s+)(?=[a-z])/.exec(lower.slice(at, at + 8));
  return mark ? at + mark[0].length - 1 : at;
}

export function findFigures(text: string, lower: string = text.replace(/[A-Z]/g, (c) => c.toLowerCase())): Figure[] {
  const figures = withSlashLists(text, readFigures(text, lower));
  for (const figure of figures) decadePart(lower, figure);
  const worded = [...decadeWords(lower), ...countWords(lower), ...multipleWords(lower), ...fractionChanges(lower)];
  const all = worded.length === 0 ? figures : [...figures, ...worded].sort((a, b) => a.start - b.start);
  for (const figure of all) grownTimes(lower, figure);
  return all;
}

/** A change on a year or a period before (同比, 按年, 年), a verb of growth (增长, 成長, 增) and at most a hedge, right before a number of times. */
const GROWTH_VERB_BEFORE = /(?:同比|环比|環比|按年|按季|按月|较上年|較上年|较去年同期|較去年同期|年|季|月)\s?(?:大幅)?(?:增长|增長|成长|成長|增加|上升|上涨|上漲|提升|大增|激增|暴增|劲增|勁增|增)了?\s?(?:约|約|近|超过|超過|逾|超|达|達)?\s?$/u;

/**
 * "同比增长1.3倍", "年增1.3倍": in Chinese a number of times right after a verb of growth on a year (or a
 * period) before is how much the figure grew by, not what it grew to: up 130%, a change in percent.
 * (Without the comparison, "吞吐量提升了4.4倍" is read as it is most often meant, 4.4 times; 增长至1.3倍,
 * to 1.3 times, stays a multiple.) The value moves exactly, as written digits.
 */
function grownTimes(lower: string, figure: Figure): void {
  if (figure.unitKind !== "multiple" || figure.valueHigh !== undefined || figure.value.startsWith("-") || !GROWTH_VERB_BEFORE.test(lower.slice(Math.max(0, figure.start - 12), figure.start))) return;
  // (The written multiple's last digit says how precisely the change is known: 1.3倍 to a tenth of a
  // time, so 130% to tens; 2倍 to a whole time, 200% to hundreds.)
  const exponent = 2 - (figure.value.split(".")[1]?.length ?? 0);
  figure.precision = exponent >= 0 ? `1${"0".repeat(exponent)}` : `0.${"0".repeat(-exponent - 1)}1`;
  figure.value = hundredfold(figure.value);
  figure.unit = "percent";
  figure.unitKind = "percent";
}

/** A decimal as written, times 100, by moving its point: "1.3" → "130", "0.85" → "85", "2" → "200". */
function hundredfold(value: string): string {
  const [whole = "0", fraction = ""] = value.replace(/,/g, "").split(".");
  const digits = `${whole}${fraction.padEnd(2, "0").slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  const rest = fraction.slice(2);
  return rest ? `${digits}.${rest}` : digits;
}

/** Numbers each followed by a slash, right before a figure's number: "13.4/15.9/" of "13.4/15.9/18.7亿元". */
const SLASH_LIST_BEFORE = /(?:\d[\d,]*(?:\.\d+)?\/){1,5}$/;
const SLASH_ITEM = /\d[\d,]*(?:\.\d+)?/g;

/**
 * "归母净利润分别为13.4/15.9/18.7亿元", "PE分别为25/21/18倍": numbers joined by slashes before a figure
 * are figures of their own, in the last one's scale, unit and currency (a broker's years side by side).
 * Only before a figure with a scale or a unit: a bare "2025/26" or a date "10/31" stays what it is.
 */
function withSlashLists(text: string, figures: Figure[]): Figure[] {
  let listed: Figure[] | undefined;
  for (const figure of figures) {
    // (Amounts and rates only: a row of multiples, "PE分别为28/24/21倍", is a valuation's arithmetic, not a figure to check.)
    if (figure.valueHigh !== undefined || (figure.unitKind !== "currency" && figure.unitKind !== "percent")) continue;
    // (The list's last slash stands right before the number: without one there, the pattern is not run.)
    const before = text.charCodeAt(figure.numberStart - 1) === 0x2f ? SLASH_LIST_BEFORE.exec(text.slice(Math.max(0, figure.numberStart - 60), figure.numberStart)) : null;
    // (Not a fraction or a date's part: the list opens after a non-digit, non-slash character.)
    if (!before || /[\d/.]/.test(text[figure.numberStart - before[0].length - 1] ?? "")) continue;
    const listStart = figure.numberStart - before[0].length;
    const { start: _start, numberStart: _numberStart, numberEnd: _numberEnd, end: _end, value: _value, ...written } = figure;
    const items = [...before[0].matchAll(SLASH_ITEM)];
    const length = items.length + 1;
    for (const [k, item] of items.entries()) {
      const at = listStart + item.index;
      (listed ??= []).push({ ...written, start: at, numberStart: at, numberEnd: at + item[0].length, end: at + item[0].length, value: item[0], slashList: { k, length, start: listStart } });
    }
    figure.slashList = { k: length - 1, length, start: listStart };
  }
  return listed ? [...figures, ...listed].sort((a, b) => a.start - b.start) : figures;
}

function readFigures(text: string, lower: string): Figure[] {
  const figures: Figure[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      const figure = figureAt(text, lower, i);
      let j = i;
      for (let c = code; isDigitCode(c) || ((c === 44 || c === 46) && isDigitCode(text.charCodeAt(j + 1))); c = text.charCodeAt(++j));
      if (figure) {
        figures.push(figure);
        i = Math.max(figure.end, j);
      } else i = j;
      continue;
    }
    // Only the characters below start a figure that is not a number.
    if (code < 0x4e00) {
      i++;
      continue;
    }
    const numeral = CN_NUMERAL_CODES.get(code);
    if (numeral !== undefined && text.charCodeAt(i + 1) === TIMES && text[i - 1] !== "第" && !isDigit(text[i - 1]) && CN_NUMERALS[text[i - 1] ?? ""] === undefined) {
      figures.push({ start: i, numberStart: i, numberEnd: i + 1, end: i + 2, value: numeral, unit: "multiple", unitKind: "multiple", qualifier: qualifierBefore(lower, i) ?? "exact" });
      i += 2;
      continue;
    }
    // 翻倍 / 翻番 / 翻一番: doubled, a multiple of 2.
    if (code === FAN && (text[i + 1] === "倍" || text[i + 1] === "番" || text.startsWith("一番", i + 1))) {
      const end = text[i + 1] === "一" ? i + 3 : i + 2;
      figures.push({ start: i, numberStart: i, numberEnd: end, end, value: "2", unit: "multiple", unitKind: "multiple", qualifier: qualifierBefore(lower, i) ?? "exact" });
      i = end;
      continue;
    }
    // 减半 / 腰斩: halved, a multiple of 0.5.
    if ((code === JIAN && text[i + 1] === "半") || (code === YAO && text[i + 1] === "斩")) {
      figures.push({ start: i, numberStart: i, numberEnd: i + 2, end: i + 2, value: "0.5", unit: "multiple", unitKind: "multiple", qualifier: qualifierBefore(lower, i) ?? "exact" });
      i += 2;
      continue;
    }
    // Counts and fractions written in characters: 三项, 九个, 逾百家, 三分之一, 六成.
    if (numeral !== undefined || code === HUNDRED) {
      const written = characterFigure(text, lower, i, numeral);
      if (written) {
        figures.push(written);
        i = written.end;
        continue;
      }
    }
    // 数以十万计 (counted in the hundreds of thousands): vague, so only its floor, at least 十万.
    if (code === SHU && text[i + 1] === "以") {
      const counted = countedIn(text, i);
      if (counted) {
        figures.push(counted);
        i = counted.end;
        continue;
      }
    }
    // 千亿 / 百亿 on their own: a thousand or a hundred 亿 (not 数百亿, 几千亿, 上千亿: those are vague).
    if ((code === THOUSAND || code === HUNDRED) && text[i + 1] === "亿" && !NOT_ROUND_BEFORE.has(text[i - 1] ?? "") && !isDigit(text[i - 1])) {
      const tail = readTail(text, lower, i + 1, undefined);
      // (千亿元 is a bare 元 as 1,000亿元 is: the local currency, not the renminbi as such.)
      const bareYuan = tail.unit === "CNY" && tail.prefix === undefined && text[tail.end - 1] === "元";
      figures.push({ start: i, numberStart: i, numberEnd: i + 1, end: tail.end, value: code === THOUSAND ? "1000" : "100", scale: "亿", scaleAt: i + 1, ...(tail.unit ? { unit: tail.unit, unitKind: tail.unitKind! } : {}), ...(bareYuan ? { bareYuan } : {}), qualifier: qualifierBefore(lower, i) ?? "exact" });
      i = tail.end;
      continue;
    }
    i++;
  }
  return figures;
}

/** Characters before 百亿 / 千亿 that make it vague or part of a longer number. */
const NOT_ROUND_BEFORE = new Set([..."数几上百千万十一二两三四五六七八九零"]);
/** Characters before a numeral that make it part of a word or a longer number, not a count: 第三, 十三, 前十, 数百. */
const NOT_COUNT_BEFORE = new Set([..."第前数几上百千万十一二两三四五六七八九零这那哪每"]);
/** The count units a numeral in characters may carry (个 only when it is not a duration, as for digits). */
const CHARACTER_COUNT_UNITS = new Set([..."项个家位座台种款件颗"]);
/** A numeral's fraction: 三分之一 (one third) as a percent. */
const FRACTION_PERCENT: Readonly<Record<string, string>> = { "2": "50", "3": "33.3", "4": "25", "5": "20", "10": "10" };

/**
 * A figure written in characters at `i` (a numeral, or 百): a count with a unit word (三项, 九个, 逾百家;
 * 一 is left alone, it is mostly the article "a"), a fraction (三分之一 → 33.3 percent) or tenths
 * (六成 → 60 percent). Looks at a few characters only.
 */
function characterFigure(text: string, lower: string, i: number, numeral: string | undefined): Figure | undefined {
  const previous = text[i - 1] ?? "";
  if (NOT_COUNT_BEFORE.has(previous) || isDigit(previous)) return undefined;
  const next = text[i + 1] ?? "";
  if (numeral !== undefined && next === "分" && text[i + 2] === "之" && text[i + 3] === "一") {
    const percent = FRACTION_PERCENT[numeral];
    if (percent === undefined) return undefined;
    return { start: i, numberStart: i, numberEnd: i + 4, end: i + 4, value: percent, unit: "percent", unitKind: "percent", qualifier: qualifierBefore(lower, i) ?? "exact" };
  }
  // (一成 is a tenth where it is a change's or a share's size, 季增一成以上, 约占一成; elsewhere, 一成不变, an idiom.)
  if (numeral !== undefined && next === "成" && !CHENG_WORDS.has(text[i + 2] ?? "") && (numeral !== "1" || TENTH_AFTER.test(text.slice(i + 2, i + 4)) || TENTH_BEFORE.test(text.slice(Math.max(0, i - 4), i)))) {
    // (三成五, 一成二: tenths, then hundredths, 35% and 12%.)
    const hundredths = CN_NUMERALS[text[i + 2] ?? ""];
    const withHundredths = hundredths !== undefined && hundredths !== "10" && !CN_NUMERAL_CODES.has(text.charCodeAt(i + 3));
    return { start: i, numberStart: i, numberEnd: withHundredths ? i + 3 : i + 1, end: withHundredths ? i + 3 : i + 2, value: String(Number(numeral) * 10 + (withHundredths ? Number(hundredths) : 0)), unit: "percent", unitKind: "percent", qualifier: qualifierBefore(lower, i) ?? "exact" };
  }
  // 三位数增长: growth in three digits, at least 100%.
  if (numeral !== undefined && Number(numeral) >= 2 && Number(numeral) <= 4 && next === "位" && text[i + 2] === "数") {
    return { start: i, numberStart: i, numberEnd: i + 1, end: i + 3, value: String(10 ** (Number(numeral) - 1)), unit: "percent", unitKind: "percent", qualifier: qualifierBefore(lower, i) ?? "at_least" };
  }
  if (numeral !== undefined && numeral !== "1" && recordSpanAt(text, i + 1)) {
    return { start: i, numberStart: i, numberEnd: i + 1, end: i + 1, value: numeral, unit: "count", unitKind: "count", qualifier: "exact" };
  }
  if (numeral === "1" || !CHARACTER_COUNT_UNITS.has(next)) return undefined;
  if (CN_NUMERAL_CODES.has(text.charCodeAt(i + 1))) return undefined;
  if (next === "个" && notFigureAt(text, i + 1)) return undefined;
  if (next !== "个" && notFigureAt(text, i + 2)) return undefined;
  return { start: i, numberStart: i, numberEnd: i + 1, end: i + 2, value: numeral ?? "100", unit: "count", unitKind: "count", qualifier: qualifierBefore(lower, i) ?? "exact" };
}

/** An English label's last letter and its colon right before a number (bold marks between at most): "headcount: ", "**stores:** ". */
const LABEL_COLON_BEFORE = /[a-z](?:\*\*)?\s?:\s?(?:\*\*)?\s?$/;

/** After 一成: a hedge or a range (以上, 左右, 多, 至), so it is a tenth. */
const TENTH_AFTER = /^(?:以上|左右|上下|多|至|到|或|的|，|。)/u;
/** Before 一成: a verb of change or of a share (增, 减, 季增, 占, 约占, 逾, 近), so it is a tenth. */
const TENTH_BEFORE = /(?:[增减減降升跌占佔]|近|逾|约|約|超过|超過|达|達)$/u;

/** Characters after 成 that make it a word (成为, 成本, 成长, 成交, …), not tenths. */
const CHENG_WORDS = new Set([..."为本长交功立熟员绩果就型效品"]);

function figureAt(text: string, lower: string, i: number): Figure | undefined {
  const before = text.charCodeAt(i - 1);
  // Inside a word or a longer number: Trainium3, FY25, Q4, 2.1.3, v1.
  // But letters against the number may be its currency's sign: a code (RMB6.42 billion, Rs500 crore,
  // EUR4.2bn), or Y805 (yen) and R9.4 (rand) after a space, a bracket or a line's start (名为R1的模型 names a model).
  const sign = currencyBefore(lower, i) ?? letterSignBefore(text, i);
  if ((isAsciiLetterCode(before) && sign === undefined) || before === 46 || before === 95 || (before === 44 && isDigitCode(text.charCodeAt(i - 2)))) return undefined;
  if (before === ORDINAL) return undefined;
  const number = readNumber(text, i);
  if (!number) return undefined;
  let start = i;
  let negative = false;
  const prefix = sign?.currency;
  const dollar = prefix !== undefined;
  if (sign) start = sign.start;
  if (text[start - 1] === "-" && !isDigit(text[start - 2]) && !isAsciiLetter(text[start - 2])) {
    negative = true;
    start--;
  } else if (text[start - 1] === "负" || text[start - 1] === "負") {
    // (自由现金流为负98亿美元: 负 right against a number is its minus; 负债 keeps a word between.)
    negative = true;
    start--;
  }
  const after = skipSpaces(text, number.end);
  if (!dollar && !negative && number.text.length <= 2 && recordSpanAt(text, after)) {
    // The count of a record's span ends at its number, so the span's words stay to name its metric.
    return { start, numberStart: i, numberEnd: number.end, end: number.end, value: number.text, unit: "count", unitKind: "count", qualifier: "exact" };
  }
  if (notFigureAt(text, after) || notFigureAt(text, number.end)) return undefined;
  if (text[number.end] === ":" && isDigit(text[number.end + 1])) return undefined;
  if (text[number.end] === "成" && !dollar && !negative && !number.text.includes(",") && !CHENG_WORDS.has(text[number.end + 1] ?? "")) {
    // 超6成: tenths, a percent.
    const tenths = Number(number.text) * 10;
    if (tenths > 0 && tenths <= 100) return { start, numberStart: i, numberEnd: number.end, end: number.end + 1, value: String(Math.round(tenths * 1000) / 1000), unit: "percent", unitKind: "percent", qualifier: qualifierBefore(lower, start) ?? "exact" };
  }
  let tail = readTail(text, lower, number.end, prefix);
  // "1亿0352万令吉", "3億5,000萬元": hundreds of millions and the ten-thousands after them, one amount in 万.
  let written = number.text;
  // (So are trillions and the hundreds of millions after them: "10兆2,870億日圓", one amount in 亿.)
  if ((tail.scale === "亿" || tail.scale === "兆") && /^\d+$/.test(number.text)) {
    const rest = (tail.scale === "亿" ? COMPOUND_WAN : COMPOUND_YI).exec(text.slice(tail.end, tail.end + 8));
    if (rest) {
      written = String(Number(number.text) * 10000 + Number(rest[1]!.replaceAll(",", "")));
      tail = readTail(text, lower, tail.end + rest[0].length - 1, prefix);
    }
  }
  // "103至112亿美元", "103 - 112 亿美元", "10.3-11.2 billion dollars": a low end written bare takes the high
  // end's scale and unit; the figure is the range.
  let sharedHigh: string | undefined;
  if (tail.unit === undefined && tail.scale === undefined && !dollar && !negative) {
    const shared = sharedTailRange(text, lower, number);
    if (shared) {
      tail = shared.tail;
      sharedHigh = shared.high;
    }
  }
  if (tail.unit === undefined && tail.scale === undefined) {
    // A markdown table cell holding a bare number ("| 强烈买入 | 49 |"): a count of the row's label.
    if (!dollar && !negative && text[skipSpaces(text, number.end)] === "|" && text[skipSpacesBack(text, start)] === "|") {
      return { start, numberStart: i, numberEnd: number.end, end: number.end, value: number.text, unit: "count", unitKind: "count", qualifier: "exact" };
    }
    // "margin of 16.3 percent (15.8)": a number alone in brackets, the figure before it a year earlier in
    // its unit (see comparativeInBrackets); kept only where a figure stands right before the bracket.
    if (!dollar && !negative && /[(（]\s?$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s?[)）]/.test(text.slice(number.end, number.end + 2))) {
      return { start, numberStart: i, numberEnd: number.end, end: number.end, value: number.text, qualifier: "exact", bare: true, bracketed: true };
    }
    // "49 new facilities": an integer, not a year, before a word; kept only if a count metric's word follows.
    // ("headcount fell to 18,400.": an English word before it, the sentence's end after it, likewise.)
    const wordAfter = text.charCodeAt(number.end) === 0x20 && isAsciiLetterCode(lower.charCodeAt(number.end + 1));
    const wordBefore = text.charCodeAt(start - 1) === 0x20 && isAsciiLetterCode(lower.charCodeAt(start - 2)) && /^(?:[.,;]|\s|$)/.test(text.slice(number.end, number.end + 1));
    // ("- Headcount: 1,42,380": an English label and its colon before it, the line's end after it, likewise.)
    // ("Customers paying more than $100,000 a year: 3,412, up from 2,880": or a comma and its comparison.)
    // ("- Deliveries: 139,800 (up 22%)": or its change in brackets.)
    const labelBefore = LABEL_COLON_BEFORE.test(lower.slice(Math.max(0, start - 6), start)) && /^(?:\s*(?:$|\n)|[,;.](?:\s|$)|\s?[(（])/.test(text.slice(number.end, number.end + 2));
    // ("13,961,00 units": a number whose grouping runs on past it is written wrong, and read as none.)
    const runsOn = text[number.end] === "," && isDigit(text[number.end + 1]);
    // ("**3,412** — stores at the end of September": a number bold alone, then its label after a dash;
    // not a time in bold, "**07:09** Volumes were softer".)
    const boldLabelAfter = lower.startsWith("**", start - 2) && afterBoldLabelMark(lower, number.end) !== number.end;
    if (!dollar && !negative && !runsOn && (wordAfter || wordBefore || labelBefore || boldLabelAfter) && !number.text.includes(".") && !(number.text.length === 4 && (number.text.startsWith("19") || number.text.startsWith("20")))) {
      return { start, numberStart: i, numberEnd: number.end, end: number.end, value: number.text, unit: "count", unitKind: "count", qualifier: qualifierBefore(lower, start) ?? "exact", bare: true };
    }
    return undefined;
  }
  if (tail.unitKind === "count" && tail.scale === undefined && notFigureAt(text, tail.end)) return undefined;
  // "啤酒销量282.4万千升", "3.2万平方米": a physical quantity is no amount of money and no count a metric
  // holds; it is not read as a figure (never as an amount in the article's currency). A commodity's
  // tonnes, ounces or barrels ("粗钢销量约1,080万吨", "10.8 million tonnes") are a count of the volume,
  // which a count's words may name (销量, "sold") and no amount's can.
  if (tail.unit === undefined || tail.unitKind === "count") {
    const from = skipSpaces(text, tail.end);
    const after = lower.slice(from, tail.end + 12);
    if (PHYSICAL_UNIT_AFTER.test(after)) return undefined;
    const quantity = QUANTITY_UNIT_AFTER.exec(after);
    if (quantity) {
      tail.unit = "count";
      tail.unitKind = "count";
      tail.end = from + quantity[0].length;
    }
  }
  // "39 cents", "79美分", "60坡仙": hundredths of the currency, written as the currency's amount.
  let number_ = written;
  if (tail.unit?.endsWith("¢")) {
    tail.unit = tail.unit.slice(0, -1);
    number_ = hundredths(number.text);
  }
  // "6成": six tenths, written as 60 percent.
  if (tail.unit === "percent/10") {
    tail.unit = "percent";
    number_ = pointRight(number.text, 1);
  }
  const bareYuan = tail.unit === "CNY" && tail.prefix === undefined && text[tail.end - 1] === "元" && !/人民币|rmb/i.test(text.slice(Math.max(0, tail.end - 4), tail.end));
  // Built field by field, in this order: spreading optional parts into a literal costs more than
  // the rest of reading the figure.
  const figure = { start, numberStart: i, numberEnd: number.end, end: tail.end, value: negative ? `-${number_}` : number_ } as Figure;
  if (tail.scale !== undefined) {
    figure.scale = tail.scale;
    figure.scaleAt = tail.scaleAt!;
  }
  if (tail.unit !== undefined) {
    figure.unit = tail.unit;
    figure.unitKind = tail.unitKind!;
  }
  figure.qualifier = tail.more ? "more_than" : (qualifierBefore(lower, start) ?? "exact");
  if (bareYuan) figure.bareYuan = bareYuan;
  if (tail.bareCents && tail.prefix === undefined) figure.bareCents = true;
  if (sharedHigh !== undefined) figure.valueHigh = sharedHigh;
  else readRange(text, lower, figure);
  // "flat to up 1.5%", "flat to +1.5%", 持平至增长3%: a range whose low end is written as a word for no change.
  if (figure.valueHigh === undefined && figure.unitKind === "percent" && !negative && FLAT_TO_BEFORE.test(lower.slice(Math.max(0, start - 24), start))) {
    figure.valueHigh = figure.value;
    figure.value = "0";
  }
  const hedge = qualifierAfter(lower, figure.end);
  if (hedge && figure.qualifier === "exact" && !(hedge.qualifier === "more_than" && text[figure.end] !== "以" && figure.unitKind === "count")) {
    figure.qualifier = hedge.qualifier;
    figure.end = hedge.end;
  } else if (hedge && hedge.end - figure.end >= 2) {
    // "约1000亿美元或更多": the first hedge stands, the trailing one still belongs to the figure.
    figure.end = hedge.end;
  }
  return figure;
}

/**
 * The high end of a range whose low end is written bare, and its tail ("至112亿美元"): a range word,
 * a number no smaller than the low end, then a scale or a unit (not a year's or a date's 年 / 月).
 */
function sharedTailRange(text: string, lower: string, low: { text: string; end: number }): { high: string; tail: Tail } | undefined {
  let k = skipSpaces(text, low.end);
  const word = RANGE_WORDS.find((candidate) => candidate !== "and" && startsWithWord(lower, k, candidate));
  if (!word) return undefined;
  k = skipSpaces(text, k + word.length);
  if (!isDigit(text[k])) return undefined;
  const high = readNumber(text, k);
  if (!high || notFigureAt(text, skipSpaces(text, high.end)) || notFigureAt(text, high.end)) return undefined;
  const tail = readTail(text, lower, high.end, undefined);
  if (tail.unit === undefined && tail.scale === undefined) return undefined;
  if (!(Number(high.text.replaceAll(",", "")) >= Number(low.text.replaceAll(",", "")))) return undefined;
  return { high: high.text, tail };
}

/**
 * A word for no change, then "to" and a rise or a fall, right before a percent: the near end of a range
 * ("from flat to up 1.5%", 持平至增长3%, "flat to down 2%", 持平至減少3%: a fall's sign comes from its word).
 */
const FLAT_TO_BEFORE = /(?:\bflat\s(?:to|and)\s(?:up\s|down\s|a\srise\sof\s|a\sdecline\sof\s|a\sfall\sof\s|growth\sof\s|an\sincrease\sof\s|a\sdecrease\sof\s)?(?:about\s|around\s)?\+?|持平(?:至|到|或)(?:增长|上升|增加|下跌|下降|减少|下滑)?(?:约)?)$/;

/** English verbs of a level that moved, in the forms a figure's clause writes them. */
const LEVEL_MOVED = "rose|risen|rising|grew|grown|growing|increased|increasing|climbed|jumped|gained|surged|soared|fell|fallen|falling|declined|declining|decreased|dropped|slipped|slid|improved|expanded|widened";

/**
 * A change word right before a figure (with "by" or a hedge between at most). (Or a word that moves a
 * forecast, the lexicons' `revision`: "raised its forecast by $50 million to $1.1 billion", 上调40亿日元至760亿日元.)
 */
const CHANGED_BY_BEFORE = new RegExp(
  String.raw`(?:\b(?:${LEVEL_MOVED}|up|down)(?:\sby)?|增加了?|增长了?|上升了?|减少了?|下降了?|下跌了?|${wordsPattern(placedWords("revision", { roles: ["raised", "lowered", "moved"] }), "start")}(?:了)?(?:\sby)?)\s?(?:about\s|nearly\s|almost\s|some\s|约)?$`,
);

/**
 * A level's move and "from" right before a figure, a currency sign at most between: "rose from $3.1
 * billion". (Not a forecast's revision, "raised from $350 million to $380 million", 指引由16亿至18亿元上调,
 * whose old forecast may be a range.)
 */
const CHANGE_FROM_BEFORE = new RegExp(String.raw`\b(?:${LEVEL_MOVED}|went|moved)\s(?:\w+\s)?from\s?(?:[$¥€£₹]|us\$|hk\$|a\$|s\$|c\$|nt\$|rs\.?\s?)?$`);

/** "1,735 亿至 1,785 亿美元", "20%至40%", "$173.5 billion to $178.5 billion": the high end, and a unit shared back. */
function readRange(text: string, lower: string, figure: Figure): void {
  let k = skipSpaces(text, figure.end);
  // "9.5万辆至10万辆": a Chinese measure word for what is counted may stand before 至 and after the high end.
  const counted = COUNTED_BEFORE_RANGE.test(text[k] ?? "") && figure.unitKind !== "currency" && figure.unitKind !== "percent" ? 1 : 0;
  if (counted) k += 1;
  const word = RANGE_WORDS.find((candidate) => startsWithWord(lower, k, candidate));
  if (!word) return;
  // "rose $1.2 billion to $25.3 billion", "增加3亿至20亿": a change by the first amount to the second, not a
  // range (a percent stays one: "增加4%至6%" is a range of growth).
  if (word !== "and" && figure.unitKind !== "percent" && CHANGED_BY_BEFORE.test(lower.slice(Math.max(0, figure.start - 24), figure.start))) return;
  // "rose from $3.1 billion to $3.4 billion": the level before and the level after, not a range.
  if (word !== "and" && CHANGE_FROM_BEFORE.test(lower.slice(Math.max(0, figure.start - 24), figure.start))) return;
  // "between $5 billion and $5.8 billion", "its $5 billion and $5.8 billion guidance range".
  if (word === "and" && !lower.slice(Math.max(0, figure.start - 40), figure.start).includes("between") && !/^[^;,]{0,40}?\brange\b/.test(lower.slice(k, k + 60))) return;
  k = skipSpaces(text, k + word.length);
  // "-8.6亿元到-7.2亿元": a range of losses writes both ends with their minus.
  const minus = figure.value.startsWith("-") && (text[k] === "-" || text[k] === "−") && isDigit(text[k + 1]);
  if (minus) k++;
  const sign = currencyAt(lower, k);
  if (sign) k = sign.end;
  if (!isDigit(text[k])) return;
  const number = readNumber(text, k);
  if (!number) return;
  const tail = readTail(text, lower, number.end, sign?.currency);
  // "from 29 cents to 54 cents": the high end in hundredths as the low end was.
  let high = minus ? `-${number.text}` : number.text;
  if (tail.unit?.endsWith("¢")) {
    tail.unit = tail.unit.slice(0, -1);
    high = minus ? `-${hundredths(number.text)}` : hundredths(number.text);
  }
  if (tail.unit === undefined && tail.scale === undefined) {
    // "20至40%" is not written this way often enough to guess; but "20%至40" has the unit on the low end.
    return;
  }
  if (tail.scale !== figure.scale && figure.scale !== undefined) return;
  if (figure.unit !== undefined && tail.unit !== undefined && tail.unit !== figure.unit) return;
  // "fell 1.8% to 44.2 billion Swiss francs": a percent's range ends in a percent, not in an amount.
  if (figure.unitKind === "percent" && tail.unit === undefined && tail.scale !== undefined) return;
  if (figure.unit === undefined && figure.scale === undefined) return;
  if (Number(high.replaceAll(",", "")) < Number(figure.value.replaceAll(",", ""))) return;
  figure.valueHigh = high;
  if (figure.unit === undefined && tail.unit !== undefined) {
    figure.unit = tail.unit;
    figure.unitKind = tail.unitKind!;
    // "5.3億至5.5億元": the bare 元 of the high end is the whole range's.
    if (tail.unit === "CNY" && tail.prefix === undefined && text[tail.end - 1] === "元" && !/人民币|rmb/i.test(text.slice(Math.max(0, tail.end - 4), tail.end))) figure.bareYuan = true;
  }
  if (figure.scale === undefined && tail.scale !== undefined) {
    figure.scale = tail.scale;
    figure.scaleAt = tail.scaleAt!;
  }
  figure.end = counted && text[tail.end] === text[figure.end] ? tail.end + 1 : tail.end;
}

/** Chinese measure words for what a figure counts (辆 vehicles, 台 machines, 家 stores, 人 people). */
const COUNTED_BEFORE_RANGE = /^[辆台部家人个颗只件套吨架艘名位户间]$/u;
