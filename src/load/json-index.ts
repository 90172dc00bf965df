// A fast position index for JSON fact files: one linear pass over the text that records where each
// element of the top-level `facts` array starts and counts every key (so duplicate keys, which
// JSON.parse silently drops, are noticed). Large fact bases are JSON, and building a full syntax tree
// with positions for every value would cost far more than JSON.parse itself.
import { lineAndColumn } from "../model/lines.js";

interface JsonIndex {
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

/**
 * Keys in all objects of parsed data: fewer than the text holds means the text repeats a key.
 * Iterative, so data nested deeper than the call stack (JSON.parse accepts it) cannot overflow it.
 */
export function countKeys(value: unknown): number {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      for (const element of item) if (element !== null && typeof element === "object") pending.push(element);
    } else if (item !== null && typeof item === "object") {
      // Own enumerable string keys, as `for…in` with `hasOwn` counts them on parsed data.
      const keys = Object.keys(item);
      total += keys.length;
      for (let i = 0; i < keys.length; i++) {
        const child = (item as Record<string, unknown>)[keys[i]!];
        if (child !== null && typeof child === "object") pending.push(child);
      }
    }
  }
  return total;
}

interface JsonSyntaxError {
  offset: number;
  message: string;
  found: string;
  expected: string;
}

/**
 * The first place where a text is not strict JSON (RFC 8259), found by one linear scan with an
 * explicit stack (so nesting depth is never a problem); undefined when the text is valid JSON.
 * JSON.parse's own messages vary between engines and do not always give a position.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const closers: number[] = []; // CLOSE_BRACE or CLOSE_BRACKET for each open container
  let lastComma = -1;
  let i = skipSpace(text, 0);
  let state: "value" | "key" | "after" = "value";
  const error = (offset: number, message: string, expected: string, found = foundText(text, offset)): JsonSyntaxError => ({ offset, message: `invalid JSON: ${message}`, found, expected });
  const unexpected = (offset: number, expected: string): JsonSyntaxError => {
    const code = text.charCodeAt(offset);
    if (offset >= text.length) return error(offset, "the text ends too early", expected, "end of file");
    if (code === 47 /* / */ && (text.charCodeAt(offset + 1) === 47 || text.charCodeAt(offset + 1) === 42)) {
      return error(offset, "a comment", `${expected}: JSON has no comments (a YAML fact file may have them)`);
    }
    if (code === 39 /* ' */) return error(offset, "single quotes", `${expected}: JSON puts strings and property names in double quotes`);
    if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && lastComma >= 0 && state !== "after") {
      return error(offset, `a trailing comma before \`${text[offset]}\``, `no comma at ${where(text, lastComma)} (JSON allows none after the last ${code === CLOSE_BRACE ? "property" : "element"})`);
    }
    if (state === "key" && /[A-Za-z_$]/.test(text[offset] ?? "")) return error(offset, "a property name without quotes", "a property name in double quotes");
    if (state === "value" && /[A-Za-z+.]/.test(text[offset] ?? "")) return error(offset, "not a JSON value", `${expected}: a string in double quotes, a number, true, false or null`);
    return error(offset, "unexpected character", expected);
  };
  for (;;) {
    if (state === "value") {
      const code = text.charCodeAt(i);
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        closers.push(code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        lastComma = -1;
        i = skipSpace(text, i + 1);
        if (text.charCodeAt(i) === closers[closers.length - 1]) {
          closers.pop();
          i++;
          state = "after";
        } else state = code === OPEN_BRACE ? "key" : "value";
        continue;
      }
      if (code === QUOTE) {
        const end = scanString(text, i);
        if (typeof end !== "number") return error(end.offset, end.message, end.expected);
        i = end;
      } else if (code === 45 || (code >= 48 && code <= 57)) {
        const end = scanNumber(text, i);
        if (end < 0) return error(i, "not a JSON number", "a number such as 12, -3.5 or 1e6 (no leading zeros, no leading + or ., digits after the point)", JSON.stringify(text.slice(i, i + 20).split(/[\s,\]}]/)[0]));
        i = end;
      } else if (text.startsWith("true", i) || text.startsWith("null", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else return unexpected(i, "a value");
      state = "after";
    } else if (state === "key") {
      if (text.charCodeAt(i) !== QUOTE) return unexpected(i, "a property name in double quotes");
      const end = scanString(text, i);
      if (typeof end !== "number") return error(end.offset, end.message, end.expected);
      i = skipSpace(text, end);
      if (text.charCodeAt(i) !== COLON) return unexpected(i, "`:` after the property name");
      lastComma = -1;
      i = skipSpace(text, i + 1);
      state = "value";
    } else {
      i = skipSpace(text, i);
      const closer = closers[closers.length - 1];
      if (closer === undefined) return i >= text.length ? undefined : unexpected(i, "nothing after the end of the JSON value");
      const code = text.charCodeAt(i);
      if (code === COMMA) {
        lastComma = i;
        i = skipSpace(text, i + 1);
        state = closer === CLOSE_BRACE ? "key" : "value";
      } else if (code === closer) {
        closers.pop();
        lastComma = -1;
        i++;
      } else return unexpected(i, closer === CLOSE_BRACE ? "`,` or `}`" : "`,` or `]`");
    }
  }
}

/** End of the string starting at `start` (a quote), or what is wrong with it. */
function scanString(text: string, start: number): number | { offset: number; message: string; expected: string } {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return i + 1;
    if (code < 32) return { offset: i, message: "a control character (such as a line break or tab) inside a string", expected: "an escape such as \\n or \\t, or the closing `\"`" };
    if (code === BACKSLASH) {
      const next = text[i + 1] ?? "";
      if (next === "u") {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: "a bad \\u escape", expected: "\\u and four hex digits" };
        i += 5;
      } else if ('"\\/bfnrt'.includes(next) && next !== "") i++;
      else return { offset: i, message: "a bad escape", expected: 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX' };
    }
  }
  return { offset: text.length, message: "a string that never ends", expected: "the closing `\"` of the string that starts at " + where(text, start) };
}

/** End of the number starting at `start`, or -1 when it is not a JSON number. */
function scanNumber(text: string, start: number): number {
  const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  match.lastIndex = start;
  if (!match.exec(text)) return -1;
  const end = match.lastIndex;
  // A number must be followed by a delimiter: "01", "1.", "1.5.2" and "12abc" are not numbers.
  const next = text.charCodeAt(end);
  return end < text.length && !isDelimiter(next) && next !== COLON ? -1 : end;
}

function where(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column}`;
}

function foundText(text: string, offset: number): string {
  if (offset >= text.length) return "end of file";
  const rest = text.slice(offset, offset + 20).split(/\r?\n/)[0] ?? "";
  return rest === "" ? "end of line" : JSON.stringify(rest);
}

