// A fact's quote: the clause holding its figure, word for word from the original text, trimmed of
// spaces and punctuation at its ends and cut to at most 80 characters around the figure (counted in
// code points, never splitting a surrogate pair).
import type { Figure } from "./figures.js";
import { codeUnits } from "./text-structure.js";

const MAX_QUOTE = 80;
/** How far back from a quote's start a link whose address it may open in is looked for. */
const LINK_LOOK = 400;

/** JavaScript's \s, by UTF-16 code unit. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A Latin letter or digit: a cut between two of them splits a word. */
function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** Punctuation trimmed off a quote's ends (besides \s); "." only at its start. */
const QUOTE_TRIM = codeUnits("，,；;：:、。!?！？《》");

/** How many code points text.slice(start, end) holds (as [...slice].length counts them). */
function codePointCount(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}

/** The clause around the figure from the original text, trimmed, cut to at most 80 characters around the figure. */
export function quoteFor(context: { readonly original: string }, figure: Figure, c0: number, c1: number): string {
  const text = context.original;
  let start = c0;
  let end = c1;
  for (let code = text.charCodeAt(start); start < figure.start && (isSpaceCode(code) || QUOTE_TRIM.has(code) || code === 0x2e); code = text.charCodeAt(++start));
  for (let code = text.charCodeAt(end - 1); end > figure.end && (isSpaceCode(code) || QUOTE_TRIM.has(code)); code = text.charCodeAt(--end - 1));
  if (codePointCount(text, start, end) > MAX_QUOTE) {
    start = Math.max(start, Math.min(figure.start, figure.end - MAX_QUOTE + 20));
    end = Math.min(end, start + MAX_QUOTE);
    if (end < figure.end) end = figure.end;
  }
  // A start inside a link's target ("stocks/acme) posted…") moves past the target's end.
  // (Looked for in the few hundred characters before only, on the quote's line: a search back through
  // the whole text for each quote would be quadratic.)
  const from = Math.max(0, start - LINK_LOOK);
  const window = text.slice(from, start);
  const inWindow = window.lastIndexOf("](");
  if (inWindow >= 0 && !window.includes("\n", inWindow)) {
    const close = text.indexOf(")", from + inWindow);
    if (close >= start && close < figure.start) start = close + 1;
  }
  // A start or an end inside a word ("w Tools said…", "…in the third quarter o") moves to the space beside it.
  if (isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < figure.start) start = space + 1;
  }
  if (isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end))) {
    const space = text.lastIndexOf(" ", end);
    if (space >= figure.end) end = space;
  }
  // Never cut a surrogate pair in two.
  const first = text.charCodeAt(start);
  if (first >= 0xdc00 && first <= 0xdfff) start++;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  let quote = text.slice(start, end).trim();
  while (codePointCount(quote, 0, quote.length) > MAX_QUOTE) quote = [...quote].slice(0, MAX_QUOTE).join("").trim();
  return quote;
}
