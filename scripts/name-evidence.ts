// What the held-out evaluation takes as evidence that a fact file names a company: the rule that decides
// whether the extraction's company is read as the fact file's, kept apart so it is tested alone.
import { placedWords } from "../src/extract/cues.js";
import { latinWords } from "../src/extract/ids.js";
import { escapeRegExp } from "../src/extract/word-patterns.js";
import type { Taxonomy } from "../src/taxonomy/taxonomy.js";

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

/** The words of a company's legal form and of a group's head (the lexicons' \`legal_form\` and \`group_head\`: Inc, plc, Holdings, Group), as id words. */
const FIRM_FORM_WORDS: ReadonlySet<string> = new Set([...placedWords("legal_form"), ...placedWords("group_head")].map(latinWords).filter((word) => word !== ""));

/** A company's name as an id (see latinWords), without the words of its legal form or its group: Tencent Holdings is TENCENT. */
export function nameAsId(name: string): string {
  return latinWords(name).split("_").filter((word) => !FIRM_FORM_WORDS.has(word) && word !== "THE").join("_");
}

/**
 * A fact file's company ids the taxonomy does not have that are a taxonomy company's name, each with
 * that company's id: the id, less its legal form, is the company's id, name or an English name of it
 * (APPLE → AAPL by "Apple"; TENCENT_HOLDINGS → TENCENT), and no other company's; else the first words
 * of one company's names and of no other's (GALAXY → GALAXY_ENTERTAINMENT by "Galaxy Entertainment"). (A fact file written
 * before the taxonomy knew a company keys it under its writer's own id.)
 */
export function knownCompanyIds(factFile: string, taxonomy: Taxonomy): [string, string][] {
  const found: [string, string][] = [];
  // (Each company's names as ids, worked out once for the file's ids.)
  const companies = [...taxonomy.entities.values()].filter((entity) => entity.id !== "MARKET").map((entity) => ({ id: entity.id, names: [entity.id, entity.name, ...entity.aliases.en].map(nameAsId) }));
  for (const id of new Set([...factFile.matchAll(/\b(?:entity|of):\s*"?([A-Z][A-Z0-9_]*)\b/g)].map((match) => match[1]!))) {
    if (taxonomy.entities.has(id)) continue;
    const wanted = nameAsId(id.replace(/_/g, " "));
    const named = companies.filter((company) => company.names.includes(wanted));
    // (Else a name's first words, when they open one company's names only: GALAXY for Galaxy Entertainment.)
    const opening = named.length === 0 ? companies.filter((company) => company.names.some((name) => name.startsWith(`${wanted}_`))) : named;
    if (opening.length === 1) found.push([id, opening[0]!.id]);
  }
  return found;
}
