// What the held-out evaluation takes as evidence that a fact file names a company: the rule that decides
// whether the extraction's company is read as the fact file's, kept apart so it is tested alone.
import { escapeRegExp } from "../src/extract/word-patterns.js";

/**
 * Whether a phrase writes a company's name: a Latin name or a ticker as whole words with its capitals
 * (a headline's "Copper" is no company's name in "copper output", nor a stray "SH" in "shares" or in
 * "603917.SH"; a name of several words may change its case), a Chinese name anywhere in it, in any case.
 * What a fact file says is evidence only where it names the company.
 */
export function writesName(phrase: string, name: string): boolean {
  if (!/[A-Za-z]/.test(name)) return phrase.includes(name);
  // (A Chinese name with Latin letters in it, 冠韋-KY, is its Chinese characters' and is read in any case.)
  if (/\p{Script=Han}/u.test(name)) return phrase.toLowerCase().includes(name.toLowerCase());
  // (A name of several words in any case: "GELANG Harbour Bank" as a table's heading writes it.)
  return new RegExp(`(?<![\\p{L}\\d.])${escapeRegExp(name)}(?![\\p{L}\\d])`, /\s/.test(name) ? "iu" : "u").test(phrase);
}
