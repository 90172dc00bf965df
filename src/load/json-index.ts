// A fast position index for JSON fact files: one linear pass over the text that records where each
// element of the top-level `facts` array starts and counts every key (so duplicate keys, which
// JSON.parse silently drops, are noticed). Large fact bases are JSON, and building a full syntax tree
// with positions for every value would cost far more than JSON.parse itself.

export interface JsonIndex {
  /** Offset of each element of the top-level `facts` array. */
  factOffsets: number[];
  /** Offset of each top-level property's value. */
  topOffsets: Map<string, number>;
  /** Keys in all objects, duplicates included. */
  keyCount: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** Indexes text that JSON.parse has already accepted; returns undefined if the top level is not an object. */
export function indexJson(text: string): JsonIndex | undefined {
  const index: JsonIndex = { factOffsets: [], topOffsets: new Map(), keyCount: 0 };
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return index;
  for (;;) {
    const keyEnd = endOfString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    index.keyCount++;
    i = skipSpace(text, keyEnd);
    i = skipSpace(text, i + 1); // the colon
    index.topOffsets.set(key, i);
    if (key === "facts" && text.charCodeAt(i) === OPEN_BRACKET) i = indexArray(text, i, index);
    else i = skipValue(text, i, index);
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== COMMA) return index;
    i = skipSpace(text, i + 1);
  }
}

function indexArray(text: string, start: number, index: JsonIndex): number {
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
  for (;;) {
    index.factOffsets.push(i);
    i = skipSpace(text, skipValue(text, i, index));
    if (text.charCodeAt(i) !== COMMA) return i + 1;
    i = skipSpace(text, i + 1);
  }
}

/** Skips one JSON value starting at `i`, counting object keys; returns the offset just after it. */
function skipValue(text: string, start: number, index: JsonIndex): number {
  let depth = 0;
  let i = start;
  // Inside containers, a string directly after `{` or `,` in an object is a key: a colon follows it.
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = endOfString(text, i);
      const next = skipSpace(text, i);
      if (depth > 0 && text.charCodeAt(next) === COLON) index.keyCount++;
      if (depth === 0) return i;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0) {
      // A number, true, false or null: runs until a delimiter.
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
      return i;
    }
    i++;
  }
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code === 32 || code === 10 || code === 13 || code === 9;
}

function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return text.length;
    let backslashes = 0;
    for (let j = close - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    i = close + 1;
  }
}

function skipSpace(text: string, start: number): number {
  let i = start;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) i++;
    else return i;
  }
}

/** Keys in all objects of parsed data: fewer than the text holds means the text repeats a key. */
export function countKeys(value: unknown): number {
  if (Array.isArray(value)) {
    let total = 0;
    for (const item of value) total += countKeys(item);
    return total;
  }
  if (value !== null && typeof value === "object") {
    let total = 0;
    for (const key in value) if (Object.hasOwn(value, key)) total += 1 + countKeys((value as Record<string, unknown>)[key]);
    return total;
  }
  return 0;
}

/** Line starts of a text, for turning offsets into lines and columns by binary search. */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return Int32Array.from(starts);
}

export function positionAt(starts: Int32Array, offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
