// The extractor's word lists (src/extract/lexicons/<language>.json): every file is valid against
// schemas/lexicon.schema.json and is the one the extractor loads; every word is written as the
// extractor matches it (simplified, lower-case ASCII, single spaces); a language's words are its own;
// no word is listed twice or where an earlier word hides it; the words fit the windows the code
// looks back over. The schema itself rejects a bad file, and the loaded words do what they say.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cues, placedWords, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../../src/extract/cues.js";
import { LEXICON_FILES, PLACED_KINDS, type LexiconFile } from "../../src/extract/lexicon-files.js";
import { asciiLower } from "../../src/extract/lexicon.js";
import { toSimplified } from "../../src/extract/normalise.js";
import { RIVAL_BEFORE } from "../../src/extract/segment-choice.js";
import { parseDocument, type ParsedDocument } from "../../src/load/parse-document.js";
import { validateAgainstSchema } from "../../src/load/schemas.js";

const directory = new URL("../../src/extract/lexicons/", import.meta.url);
const names = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

function document(file: string, text: string): ParsedDocument {
  const result = parseDocument(file, text);
  if (!result.ok) throw new Error(`${file} does not parse: ${JSON.stringify(result.diagnostics)}`);
  return result.document;
}

const HAN = /\p{Script=Han}/u;
/** Words a language lists under two cue kinds on purpose, as "language word" (it keeps both, the first listed first). None today. */
// ("organic decline" is a basis and a fall at once: the phrase carries both cues, as neither word alone would.)
const LISTED_TWICE_ON_PURPOSE = new Set<string>(["en organic decline", "en organic fall", "en organic drop"]);
const rivalWord = (entry: LexiconFile["rival_before"][number]) => (typeof entry === "string" ? entry : entry.word);

/** Every word of a file, with the list it is in. */
function wordsOf(file: LexiconFile): { list: string; word: string }[] {
  return [
    // A placed kind's words are read only where the code places them, each role on its own: they may repeat a cue word, or a word of another role.
    ...file.cues.flatMap((group) => group.words.map((word) => ({ list: PLACED_KINDS.has(group.kind) ? `${group.kind}${"role" in group ? `/${group.role}` : ""}` : `cues/${group.kind === "basis" ? group.basis : group.kind}`, word }))),
    ...file.qualifiers_before.map(({ word }) => ({ list: "qualifiers_before", word })),
    ...file.qualifiers_after.map(({ word }) => ({ list: "qualifiers_after", word })),
    ...file.anaphors.map((word) => ({ list: "anaphors", word })),
    ...file.compared_with.map((word) => ({ list: "compared_with", word })),
    ...file.rival_before.map((entry) => ({ list: "rival_before", word: rivalWord(entry) })),
  ];
}

describe("lexicon files", () => {
  it("are one per language, valid against the schema, and all loaded", () => {
    expect(names).toEqual(["en.json", "zh.json"]);
    for (const name of names) {
      const text = readFileSync(new URL(name, directory), "utf8");
      expect(validateAgainstSchema("lexicon", document(name, text)), name).toEqual([]);
      expect((JSON.parse(text) as { language: string }).language, name).toBe(name.replace(/\.json$/, ""));
    }
    expect(LEXICON_FILES.map((file) => `${file.language}.json`).sort()).toEqual(names);
  });

  it("write every word as the extractor matches it: simplified, lower-case ASCII, single spaces", () => {
    for (const file of LEXICON_FILES) {
      for (const { list, word } of wordsOf(file)) {
        expect(asciiLower(toSimplified(word.trim())), `${file.language} ${list}: ${word}`).toBe(word);
        expect(word, `${file.language} ${list}`).not.toMatch(/^$|\s\s|[\t\n\r]/);
      }
    }
  });

  it("keep each language's words apart: every Chinese word holds a Han character, no English word does, hedges are one script", () => {
    for (const file of LEXICON_FILES) {
      for (const { list, word } of wordsOf(file)) expect(HAN.test(word), `${file.language} ${list}: ${word}`).toBe(file.language === "zh");
      // The hedges are looked up by their first or last character: a mixed word would sit among the other language's.
      for (const { word } of [...file.qualifiers_before, ...file.qualifiers_after]) expect(word, file.language).toMatch(file.language === "zh" ? /^\p{Script=Han}+$/u : /^[ -~]+$/);
    }
  });

  it("list no word twice within a language's cues or within any other list", () => {
    for (const file of LEXICON_FILES) {
      const lists = new Map<string, string[]>();
      for (const { list, word } of wordsOf(file)) {
        const key = list.startsWith("cues/") ? "cues" : list;
        (lists.get(key) ?? lists.set(key, []).get(key)!).push(`${word} (${list})`);
      }
      for (const [list, entries] of lists) {
        const seen = new Map<string, string>();
        const twice = entries.filter((entry) => {
          const word = entry.slice(0, entry.lastIndexOf(" ("));
          if (seen.has(word)) return !(list === "cues" && LISTED_TWICE_ON_PURPOSE.has(`${file.language} ${word}`));
          seen.set(word, entry);
          return false;
        });
        expect(twice, `${file.language} ${list}`).toEqual([]);
      }
    }
  });

  it("hide no hedge behind an earlier one (the first that fits wins)", () => {
    for (const file of LEXICON_FILES) {
      const before = file.qualifiers_before.map(({ word }) => word);
      const after = file.qualifiers_after.map(({ word }) => word);
      const hidden = [
        ...before.flatMap((word, i) => before.slice(0, i).filter((earlier) => word.endsWith(earlier)).map((earlier) => `${word} after ${earlier}`)),
        ...after.flatMap((word, i) => after.slice(0, i).filter((earlier) => word.startsWith(earlier)).map((earlier) => `${word} after ${earlier}`)),
      ];
      expect(hidden, file.language).toEqual([]);
    }
  });

  it("fit the windows the extractor looks back over", () => {
    for (const file of LEXICON_FILES) {
      // figures.ts looks 16 characters back for a hedge; segment-choice.ts 14 for a comparison word and
      // a space, 24 for a rival's word, a space and "the ".
      for (const { word } of file.qualifiers_before) expect(word.length, word).toBeLessThanOrEqual(16);
      for (const word of file.compared_with) expect(word.length, word).toBeLessThanOrEqual(13);
      for (const entry of file.rival_before) expect(rivalWord(entry).length, rivalWord(entry)).toBeLessThanOrEqual(19);
    }
  });
});

describe("the lexicon schema", () => {
  const check = (text: string) => validateAgainstSchema("lexicon", document("xx.json", text));
  const file = (cueGroup: string) =>
    `{"language": "en", "cues": [${cueGroup}], "qualifiers_before": [], "qualifiers_after": [], "anaphors": [], "compared_with": [], "rival_before": [{"word": "like", "whole_word": true}]}`;

  it("accepts a small valid file", () => {
    expect(check(file('{"kind": "growth", "words": ["soared"]}'))).toEqual([]);
    expect(check(file('{"kind": "basis", "basis": "guidance", "scope": "sentence", "words": ["targets"]}'))).toEqual([]);
  });

  it("rejects an unknown kind, an upper-case or padded word, and an empty list", () => {
    expect(check(file('{"kind": "surge", "words": ["soared"]}'))).not.toEqual([]);
    expect(check(file('{"kind": "growth", "words": ["Soared"]}'))).not.toEqual([]);
    expect(check(file('{"kind": "growth", "words": ["soared "]}'))).not.toEqual([]);
    expect(check(file('{"kind": "growth", "words": ["went  up"]}'))).not.toEqual([]);
    expect(check(file('{"kind": "growth", "words": []}'))).not.toEqual([]);
    expect(check(file('{"kind": "basis", "basis": "guess", "scope": "sentence", "words": ["reckons"]}'))).not.toEqual([]);
  });
});

describe("the loaded words", () => {
  it("make cues of both languages, traditional text included", () => {
    const kinds = (text: string) => cues().matchAll(asciiLower(toSimplified(text))).flatMap((match) => match.entries.map((cue) => (cue.kind === "basis" ? cue.basis : cue.kind)));
    expect(kinds("sales fell, the outlook is dim")).toEqual(["decline", "guidance"]);
    expect(kinds("營收增長，淨虧損收窄")).toEqual(["growth", "loss", "decline"]);
  });

  it("keep the placed kinds' words out of the cue lexicon and hand them out by role and language", () => {
    expect(cues().matchAll("from $4.8 billion, versus 相比之下")).toEqual([]);
    expect(placedWords("comparison", { roles: ["base"] })).toEqual(expect.arrayContaining(["from", "versus", "相比"]));
    expect(placedWords("comparison", { roles: ["base"], language: "en" })).not.toContain("相比");
    expect(placedWords("comparison", { roles: ["short"] })).toEqual(["比", "较"]);
  });

  it("give hedges in file order and rivals with their word starts", () => {
    expect(QUALIFIERS_BEFORE).toContainEqual(["more than", "more_than"]);
    expect(QUALIFIERS_AFTER).toContainEqual(["以上", "more_than"]);
    expect(RIVAL_BEFORE.test("rivals such as the ")).toBe(true);
    expect(RIVAL_BEFORE.test("和竞争对手")).toBe(true);
    expect(RIVAL_BEFORE.test("it said, unlike ")).toBe(false);
    expect(RIVAL_BEFORE.test("archrivals ")).toBe(true);
  });
});
