// Word lists matched leftmost-longest over normalised text with a trie: linear in the text's length
// times the longest term (a few dozen characters), whatever the input. ASCII terms match
// case-insensitively and only as whole words.
import { toSimplified } from "./normalise.js";

export interface TermMatch<T> {
  start: number;
  end: number;
  entries: T[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries?: T[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Lower-cases ASCII only, so the text keeps its length. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
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
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
    this.longest = Math.max(this.longest, key.length);
  }

  /** Leftmost-longest, non-overlapping matches over already lower-cased normalised text. */
  matchAll(lower: string): TermMatch<T>[] {
    const matches: TermMatch<T>[] = [];
    let i = 0;
    while (i < lower.length) {
      let node: Node<T> | undefined = this.root;
      let found: TermMatch<T> | undefined;
      for (let j = i; j < lower.length && j - i < this.longest; j++) {
        node = node.next.get(lower[j]!);
        if (!node) break;
        if (node.entries && this.boundaryOk(lower, i, j + 1)) found = { start: i, end: j + 1, entries: node.entries };
      }
      if (found) {
        matches.push(found);
        i = found.end;
      } else i++;
    }
    return matches;
  }

  private boundaryOk(text: string, start: number, end: number): boolean {
    const first = text[start];
    const last = text[end - 1];
    if (isWordChar(first) && isWordChar(text[start - 1])) return false;
    if (isWordChar(last) && isWordChar(text[end])) return false;
    return true;
  }
}
