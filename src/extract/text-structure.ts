// Where things are in the text: sentence and clause starts (cut at 。！？, line ends, a full stop
// before a space, a space between the parts of a Chinese headline, a title in 《》 that holds a
// figure, or every 400 characters, which keeps each
// figure's look back short), and the lookups bindFigure makes per figure (the first match at or after
// a place, the span a place falls in), walking on from the last answer because figures come in order.

import { lastStartAtOrBefore } from "../model/lines.js";

const MAX_SENTENCE = 400;

/** Characters by UTF-16 code unit, asked once per character of a stretch of text. */
export interface CodeUnits {
  has(code: number): boolean;
}

/** The code units of `characters` as a table indexed by the unit: `has` is one load, where a Set's is a hash lookup. */
export function codeUnits(characters: string): CodeUnits {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < characters.length; i++) table[characters.charCodeAt(i)] = 1;
  return { has: (code) => table[code] === 1 };
}

const SENTENCE_END = codeUnits("。！？!?\n\r");
const TITLE_OPEN = "《".charCodeAt(0);
const TITLE_CLOSE = "》".charCodeAt(0);
/** How far a title in 《》 is looked into for a figure. */
const TITLE_LOOK = 64;
const CLAUSE_END = codeUnits("，；;：:、");
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
const HEADLINE_LOOK = 400;
const PUNCTUATION = codeUnits("。，；！？");

/** Whether the line starting at `from` is a short line of Chinese without sentence punctuation. */
function isHeadline(text: string, from: number): boolean {
  let cjk = 0;
  for (let i = from; i < text.length && i - from <= HEADLINE_LOOK; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return cjk > 0;
    if (PUNCTUATION.has(code)) return false;
    if (isCjk(code)) cjk++;
  }
  // The text's last line ends with the text.
  return cjk > 0 && text.length - from <= HEADLINE_LOOK;
}

/** Whether a space between these two characters parts a headline: after Chinese before Chinese, or after a percent before Chinese or a digit ("涨超1% 1月营收…"). */
function headlineBreak(before: number, after: number): boolean {
  if (before === 0x25) return isCjk(after) || isDigitCode(after);
  return isCjk(before) && isCjk(after);
}

/** Words written with a full stop that ends no sentence ("vs.", "Inc.", "approx.", "Dec. 31"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(["vs", "v", "e.g", "i.e", "approx", "est", "inc", "corp", "ltd", "co", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "fig", "cf"]);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether the full stop at `at` ends one of the abbreviations above. */
function abbreviationEndsAt(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && from > at - 8 && /[A-Za-z.]/.test(text[from - 1]!)) from--;
  return ABBREVIATIONS.has(text.slice(from, at).toLowerCase());
}

/** Sentence and clause starts, in order. A comma or a colon between digits (1,234; 9:41 a.m.) parts no clause. */
export function boundaries(text: string): { sentences: number[]; clauses: number[] } {
  const sentences = [0];
  const clauses = [0];
  let last = 0;
  const length = text.length;
  /** Where a title in 《》 that holds a figure ends: it is a sentence of its own ("《2000亿军备赛》" is the title's figure, not the surrounding sentence's). */
  let titleEnd = -1;
  /** Whether the current line is a headline: Chinese written without sentence punctuation, whose spaces part its clauses. */
  let headline = isHeadline(text, 0);
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let sentence = SENTENCE_END.has(c) || i === titleEnd;
    if (c === 0x0a) headline = isHeadline(text, i + 1);
    // "永利澳门第四季EBITDAR跌1.4% 全年增23%": in a headline a space between its parts ends what the words
    // before it say.
    if (headline && c === 0x20 && headlineBreak(text.charCodeAt(i - 1), text.charCodeAt(i + 1))) sentence = true;
    if (c === TITLE_OPEN && i > last) {
      // A title naming a show or a book (《周四夜橄榄球》) stays part of its sentence; one with a number is cut off.
      let digit = false;
      let j = i + 1;
      for (; j < length && j - i <= TITLE_LOOK; j++) {
        const code = text.charCodeAt(j);
        if (code === TITLE_CLOSE || SENTENCE_END.has(code)) break;
        if (isDigitCode(code)) digit = true;
      }
      if (digit) {
        titleEnd = text.charCodeAt(j) === TITLE_CLOSE ? j : -1;
        sentences.push(i);
        clauses.push(i);
        last = i;
      }
    }
    if (c === 0x2e) {
      // A full stop ends a sentence before a space, a line end or the end, unless it ends an initial
      // ("U.S. ", "J. P."): a capital letter standing alone, not the last of a word ("YoY.", "AWS.").
      const next = text.charCodeAt(i + 1);
      const previous = text.charCodeAt(i - 1);
      const initial = previous >= 65 && previous <= 90 && !isAsciiLetter(text.charCodeAt(i - 2));
      if ((next === 0x20 || next === 0x0a || i + 1 === length) && !initial && !abbreviationEndsAt(text, i)) sentence = true;
    }
    if (!sentence && i - last >= MAX_SENTENCE) sentence = true;
    if (sentence) {
      sentences.push(i + 1);
      clauses.push(i + 1);
      last = i + 1;
    } else if ((CLAUSE_END.has(c) && !(c === 0x3a && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) || (c === 0x2c && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))))) clauses.push(i + 1);
  }
  return { sentences, clauses };
}

const NUMERAL_CHARACTERS = new Set([..."一二两三四五六七八九十百千万亿"]);
/** Whether a number (digits or a numeral in characters) ends right before `at`. */
export function isNumberEnd(lower: string, at: number): boolean {
  return isDigitCode(lower.charCodeAt(at - 1)) || NUMERAL_CHARACTERS.has(lower[at - 1] ?? "");
}

/** What joins the items of one list: 和, 及, 、, "and", a comma ("A和B", "永利皇宫及永利澳门", "$3bn and $2bn"). */
export const LIST_JOINER = /^\s?(?:和|与|及|以及|、|,|，|and|,\sand|&)\s?$/;

/**
 * Where `part` stands in `text`, each start in order, occurrences not overlapping (the next is looked
 * for after the end of the last). None for an empty part, which would otherwise stand everywhere.
 */
export function* positionsOf(text: string, part: string): Generator<number> {
  if (part.length === 0) return;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) yield at;
}

/** Index of the first match starting at or after `at`. */
export function firstFrom<T extends { start: number }>(list: readonly T[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A place in a list sorted by start, for the lookups bindFigure makes per figure: figures come in
 * order, so their keys (the figure's start, its clause's start, …) only grow, and the next answer is
 * found by walking on from the last one, a few steps, instead of a binary search over the whole list.
 */
export interface Cursor<T extends { start: number }> {
  list: readonly T[];
  at: number;
}

export const cursor = <T extends { start: number }>(list: readonly T[]): Cursor<T> => ({ list, at: 0 });

/** firstFrom(cursor.list, at), walking on from the cursor's last answer when `at` has not gone back. */
export function seek<T extends { start: number }>(cursor: Cursor<T>, at: number): number {
  const list = cursor.list;
  let i = cursor.at;
  if (i > 0 && list[i - 1]!.start >= at) i = firstFrom(list, at);
  else {
    for (let steps = 0; i < list.length && list[i]!.start < at; i++) {
      if (++steps > 64) {
        i = firstFrom(list, at);
        break;
      }
    }
  }
  cursor.at = i;
  return i;
}

/** A place in an ascending list of span or line starts (the first is 0), for lookups whose keys mostly grow. */
export interface StartsCursor {
  starts: readonly number[];
  at: number;
}

/** The index of the last start at or before `at` (walking on from the last answer). */
export function startIndex(cursor: StartsCursor, at: number): number {
  const starts = cursor.starts;
  let i = cursor.at;
  if (starts[i]! > at) i = lastStartAtOrBefore(starts, at);
  else {
    for (let steps = 0; i + 1 < starts.length && starts[i + 1]! <= at; i++) {
      if (++steps > 64) {
        i = lastStartAtOrBefore(starts, at);
        break;
      }
    }
  }
  cursor.at = i;
  return i;
}
