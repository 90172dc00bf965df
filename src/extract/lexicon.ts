// Word lists matched leftmost-longest over normalised text with a trie: linear in the text's length
// times the longest term (a few dozen characters), whatever the input. ASCII terms match
// case-insensitively and only as whole words; a space in a term matches a run of spaces, and a term
// that runs Chinese into Latin letters or digits matches with spaces between them.
import { toSimplified } from "./normalise.js";

export interface TermMatch<T> {
  start: number;
  end: number;
  entries: T[];
}

interface Node<T> {
  /** Children by UTF-16 code unit (a term's astral character is keyed by its code point, above 0xFFFF, so it never matches: text is walked by code unit). */
  next: Map<number, Node<T>>;
  entries?: T[];
}

/** [A-Za-z0-9] by code unit (NaN, past either end of the text, is not). */
const isWordCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A CJK unified ideograph (the Chinese characters of the text) by UTF-16 code unit. */
export const isCjkCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Lower-cases ASCII only, so the text keeps its length. */
export function asciiLower(text: string): string {
  // (Most short texts asked about, Chinese names, hold no capital: returned as they are.)
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}

export class Lexicon<T> {
  private readonly root: Node<T> = { next: new Map() };
  private longest = 0;

  /** Adds a term (normalised: simplified, ASCII lower-cased, full-width digits folded). */
  add(term: string, entry: T): void {
    const key = asciiLower(toSimplified(term.trim()));
    if (key.length === 0) return;
    let node = this.root;
    for (const c of key) {
      const code = c.codePointAt(0)!;
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
    this.longest = Math.max(this.longest, key.length);
  }

  /** Leftmost-longest, non-overlapping matches over already lower-cased normalised text. */
  matchAll(lower: string): TermMatch<T>[] {
    const matches: TermMatch<T>[] = [];
    const root = this.root.next;
    const longest = this.longest;
    const length = lower.length;
    let i = 0;
    while (i < length) {
      let node: Node<T> | undefined = root.get(lower.charCodeAt(i));
      if (!node) {
        i++;
        continue;
      }
      let foundEnd = -1;
      let foundEntries: T[] | undefined;
      // A space in a term matches a run of spaces in the text ("North  America" in a table header).
      for (let j = i, extra = 0; ; ) {
        if (node.entries && this.boundaryOk(lower, i, j + 1)) {
          foundEnd = j + 1;
          foundEntries = node.entries;
        }
        j++;
        if (j >= length || j - i - extra >= longest) break;
        let code = lower.charCodeAt(j);
        let next: Node<T> | undefined = node.next.get(code);
        // Text that spaces Chinese from Latin letters and digits ("非 GAAP 毛利率", common in Taiwan
        // and Hong Kong) still matches a term written without the space ("非GAAP").
        if (code === 0x20) {
          let k = j;
          while (k + 1 < length && lower.charCodeAt(k + 1) === 0x20) k++;
          const after = lower.charCodeAt(k + 1);
          // Taken when the term goes on without the space, and not with it ("EBT 利润率" against the
          // terms "EBT利润率" and "EBT margin").
          const unspaced: Node<T> | undefined = isCjkCode(lower.charCodeAt(j - 1)) !== isCjkCode(after) && (isWordCode(lower.charCodeAt(j - 1)) || isWordCode(after)) ? node.next.get(after) : undefined;
          if (unspaced && !next?.next.has(after)) {
            next = unspaced;
            extra += k + 1 - j;
            j = k + 1;
            code = after;
          }
        }
        node = next;
        if (!node) break;
        if (code === 0x20) {
          while (j + 1 < length && lower.charCodeAt(j + 1) === 0x20) {
            j++;
            extra++;
          }
        }
      }
      if (foundEntries) {
        matches.push({ start: i, end: foundEnd, entries: foundEntries });
        i = foundEnd;
      } else i++;
    }
    return matches;
  }

  private boundaryOk(text: string, start: number, end: number): boolean {
    return standsAsWord(text, start, end);
  }
}

/** Whether text[start, end) stands as a word of its own: no Latin letter or digit runs on past either end (Chinese needs no spaces). */
export function standsAsWord(text: string, start: number, end: number): boolean {
  if (isWordCode(text.charCodeAt(start)) && isWordCode(text.charCodeAt(start - 1))) return false;
  if (isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end))) return false;
  return true;
}
