// The words that say how a figure is meant: its basis (and who forecasts it), its hedge, its sign, a
// change rather than a level, a sum of what was listed. The words themselves are data, one file per
// language (src/extract/lexicons/zh.json, en.json; see lexicon-files.ts): this module turns them into
// the cue lexicon and the hedge lists, and hands the code the words it reads at a place of its own
// (placedWords: a comparison word right before a figure, a future word in a clause). Traditional text
// is converted to simplified before matching.
import type { Basis, Qualifier } from "../model/types.js";
import { LEXICON_FILES, PLACED_KINDS, type CueGroup, type LexiconLanguage, type PlacedGroup, type PlacedKind, type PlacedRole } from "./lexicon-files.js";
import { Lexicon } from "./lexicon.js";
import { wordsPattern } from "./word-patterns.js";

export type Cue =
  | { kind: "basis"; basis: Basis; scope: "clause" | "sentence" | "figure" }
  | { kind: "decline" }
  | { kind: "loss" }
  | { kind: "growth" }
  | { kind: "share" }
  | { kind: "prior_generation" }
  | { kind: "between" }
  /** Words that add up what was just listed: 合计, combined. */
  | { kind: "together" }
  /** A bank or broker whose analysts forecast: its forecast (预计, expects) is an estimate, not a company's guidance. */
  | { kind: "analyst_house" }
  /** A house that compiles the analysts' consensus (LSEG, FactSet): it forecasts nothing itself, but its name beside a figure says the figure is the consensus. */
  | { kind: "consensus_source" }
  /** Words that hold a basis word without meaning it ("told analysts": the analysts are the audience). */
  | { kind: "neutral" }
  /** A session after the exchange's close, which the language's news reports a day later (盘后). */
  | { kind: "after_hours" }
  | { kind: "bare_margin" }
  /** Words for the article's company itself (集团, the company): what they forecast is its guidance. */
  | { kind: "the_company" }
  /** Words that name what drove a result (带动, driven by): the businesses in their clause are causes. */
  | { kind: "cause" }
  /** Words that open a breakdown by business, product or region (分业务看, by segment). */
  | { kind: "by_part" }
  /** Words for a tolerance around the figure before them (上下浮动, plus or minus). */
  | { kind: "tolerance" };

/**
 * The cue words, compiled on first use from the lexicon files shipped with the program: static data,
 * not input, the same for every run and never growing, so it stays for the life of the process.
 */
let cueLexicon: Lexicon<Cue> | undefined;

export function cues(): Lexicon<Cue> {
  if (cueLexicon) return cueLexicon;
  const lexicon = new Lexicon<Cue>();
  // A word listed under two kinds keeps both, the first listed first (the basis lists come first).
  for (const file of LEXICON_FILES) {
    for (const group of file.cues) {
      if (isPlaced(group)) continue;
      if (group.kind === "basis") {
        for (const word of group.words) lexicon.add(word, { kind: "basis", basis: group.basis, scope: group.scope });
      } else {
        const cue: Cue = { kind: group.kind };
        for (const word of group.words) lexicon.add(word, cue);
      }
    }
  }
  return (cueLexicon = lexicon);
}

const isPlaced = (group: CueGroup): group is PlacedGroup => PLACED_KINDS.has(group.kind);

/**
 * The words of a placed kind (see PlacedGroup), in file order: every language's, or only `language`'s
 * where the code's pattern around them is written for one language; with `roles`, only the groups
 * that have one of them.
 */
export function placedWords(kind: PlacedKind, { roles, language }: { roles?: readonly PlacedRole[]; language?: LexiconLanguage } = {}): string[] {
  return LEXICON_FILES.filter((file) => language === undefined || file.language === language).flatMap((file) =>
    file.cues.filter((group): group is PlacedGroup => group.kind === kind && (roles === undefined || ("role" in group && roles.includes(group.role)))).flatMap((group) => group.words),
  );
}

/** The words for the company itself, English (the \`the_company\` cues: the company, the group). */
export const THE_COMPANY_WORDS_EN: readonly string[] = LEXICON_FILES.filter((file) => file.language === "en").flatMap((file) => file.cues.filter((group) => group.kind === "the_company").flatMap((group) => group.words));

/** The words of a cue group's kind (see CueGroup) in `language`'s file: the zh \`by_part\` words, 分业务看. */
export function cueWords(kind: CueGroup["kind"], language: LexiconLanguage): string[] {
  return LEXICON_FILES.filter((file) => file.language === language).flatMap((file) => file.cues.filter((group) => group.kind === kind).flatMap((group) => group.words));
}

/** The words of the bare-margin cues, every language's: a word for a margin that names no amount ("margin", 利润率). */
export const BARE_MARGIN_WORDS: readonly string[] = LEXICON_FILES.flatMap((file) => file.cues.filter((group) => group.kind === "bare_margin").flatMap((group) => group.words));

/**
 * Hedges written just before a figure, in each file's order (matched against the end of the text
 * before it: the first that fits wins).
 */
export const QUALIFIERS_BEFORE: readonly [string, Qualifier][] = LEXICON_FILES.flatMap((file) => file.qualifiers_before.map(({ word, qualifier }): [string, Qualifier] => [word, qualifier]));

/** One language's hedges before a figure ("more than", "about", 超过), in its file's order: a word comes before any shorter word it ends with. */
export function hedgeWords(language: LexiconLanguage): string[] {
  return LEXICON_FILES.filter((file) => file.language === language).flatMap((file) => file.qualifiers_before.map(({ word }) => word));
}

/** The hedges written before a figure in `language`, as one pattern of whole words ("more than", "roughly", "just over"). */
export function hedgePattern(language: LexiconLanguage): string {
  return wordsPattern(hedgeWords(language), "both");
}

/** Hedges written just after a figure (after its unit), in each file's order. */
export const QUALIFIERS_AFTER: readonly [string, Qualifier][] = LEXICON_FILES.flatMap((file) => file.qualifiers_after.map(({ word, qualifier }): [string, Qualifier] => [word, qualifier]));
