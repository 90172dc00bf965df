// The extractor's word lists as data: one file per language under lexicons/ (zh.json, en.json),
// checked against schemas/lexicon.schema.json by test/extract/lexicons.test.ts. They are imported as
// JSON modules, so tsc copies them into dist/ beside this file and tsx and vitest read them from src/.
// Chinese words are written simplified (traditional text is converted before matching) and ASCII in
// lower case. The languages never share a word (every Chinese word holds a Han character, no English
// word does), so the order of the files changes nothing; the order within a file does.
import type { Basis, Qualifier } from "../model/types.js";
import en from "./lexicons/en.json" with { type: "json" };
import zh from "./lexicons/zh.json" with { type: "json" };

export type LexiconLanguage = "zh" | "en";

export type CueGroup =
  | { kind: "basis"; basis: Basis; scope: "clause" | "sentence" | "figure"; note?: string; words: string[] }
  | { kind: "loss" | "decline" | "growth" | "share" | "prior_generation" | "between" | "together" | "analyst_house" | "neutral" | "after_hours" | "the_company" | "cause" | "by_part" | "tolerance"; note?: string; words: string[] };

export interface QualifierWord {
  word: string;
  qualifier: Exclude<Qualifier, "exact">;
}

/** One language's file, as the schema describes it. */
export interface LexiconFile {
  language: LexiconLanguage;
  cues: CueGroup[];
  qualifiers_before: QualifierWord[];
  qualifiers_after: QualifierWord[];
  anaphors: string[];
  compared_with: string[];
  rival_before: (string | { word: string; whole_word: true })[];
}

/** Every language's lexicon (JSON's inferred types are wider than the schema's: the test checks the files against it). */
export const LEXICON_FILES: readonly LexiconFile[] = [zh, en] as unknown as LexiconFile[];
