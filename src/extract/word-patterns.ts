// The lexicon files' word lists as regular expressions, for the places in code that look for a word
// at a fixed place (right before a figure, at a sentence's opening, between two figures) rather than
// anywhere in the text as the cue lexicon does. The words are data; the place, the anchors and what
// may stand around a word (a space, "the ", a currency sign) stay in the pattern the code writes.

/** Word boundaries a list's ASCII words take: none, at their start, or at both ends. */
export type WordBounds = "none" | "start" | "both";

/** [A-Za-z0-9]: where a word starts or ends with one, `\b` can bound it. */
const ASCII_WORD = /[a-z0-9]/i;

/** Text as a regular expression that matches it literally (a company's name, "Co. (Ltd)"). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word as a regular expression: itself, with its special characters escaped and its spaces as `space`. */
export const wordPattern = (word: string, space: string): string => escapeRegExp(word).replaceAll(" ", space);

/**
 * Words as one alternation, `(?:a|b|…)`, each a whole word where `bounds` asks: `\b` goes only where an
 * ASCII word starts or ends with a letter or digit (never around Chinese, nor after "vs."). A space in
 * a word matches `space` (any whitespace unless told).
 */
export function wordsPattern(words: readonly string[], bounds: WordBounds = "none", space = "\\s"): string {
  const bounded = (word: string): string => {
    const start = bounds !== "none" && ASCII_WORD.test(word[0]!) ? "\\b" : "";
    const end = bounds === "both" && ASCII_WORD.test(word[word.length - 1]!) ? "\\b" : "";
    return `${start}${wordPattern(word, space)}${end}`;
  };
  return `(?:${words.map(bounded).join("|")})`;
}
