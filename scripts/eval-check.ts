// Measures how far an editor can trust a `wrong` verdict of `concord check`. Each corpus article is
// checked as a draft against the fact base without its own hand-encoded file (dated by that file's
// source.published), exactly as `concord check` does it; every `wrong` verdict is then graded against
// the hand encoding (the definition is printed with the results). Dev (01–20) and validation (21–30)
// are reported apart; the five seed articles about Amazon, the only company with primary sources to
// pin errors on, are reported as a third set. The articles live outside the repository (../shared); without them this says so
// and exits 0. `--verbose` lists every wrong verdict with its grade.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDraft, DRAFT_SOURCE_ID, type CheckedFigure } from "../src/check/check.js";
import { defaultConfig, loadConfig, CONFIG_FILE } from "../src/config/config.js";
import { extractFacts } from "../src/extract/extract.js";
import { proposeFactFile, taxonomyWithSubject } from "../src/extract/fact-file.js";
import { collectFactFiles, REVIEWS_FILE } from "../src/io/fact-files.js";
import { loadFactFiles, loadTaxonomy } from "../src/load/load-fact-base.js";
import type { Fact, FactBase } from "../src/model/types.js";
import { exactToString } from "../src/numbers/exact.js";
import { overlaps } from "../src/numbers/interval.js";
import { buildRuleContext, reconcile } from "../src/reconcile/reconcile.js";
import { loadReviews } from "../src/reviews/reviews.js";
import { CORPUS_ARTICLES } from "./corpus-articles.js";
import { SEED_ARTICLES } from "./seed-articles.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = path.resolve(root, "../shared");
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

const DEFINITION = `A wrong verdict is TRUE when the draft figure is matched to the article's own hand-encoded fact and
that fact is known to be wrong. Matching: a hand-encoded fact of the same value (in base units, or the
same written digits) whose quote stands within one line of the figure; failing that, one of the same
value and period anywhere in the article. Known wrong: (1) its note calls it an error, typo, misprint,
mistake, slip, wrong, incorrect, mislabelled or inconsistent, or says it conflicts with another figure
(not a conflict the note calls expected, as between a forecast and its revision); or (2) a primary
source (the company's own release) gives its key and basis a value that cannot agree with it; or
(3) an editor's review settles a contradiction on its key for other sources (source_right without it). A wrong
verdict on a figure with no matching hand-encoded fact is FALSE: the figure was misread or is not one.
An article is "accurate" when none of its hand-encoded facts is known wrong by (1)-(3).`;

if (!existsSync(path.join(shared, "corpus/articles"))) {
  console.log(`eval-check skipped: the articles are not present (${path.join(shared, "corpus/articles")})`);
  process.exit(0);
}

const { taxonomy } = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(path.join(root, "facts/taxonomy.yaml"), "utf8") });
if (!taxonomy) throw new Error("the taxonomy does not load");
const configFile = path.join(root, CONFIG_FILE);
const config = existsSync(configFile) ? (loadConfig({ file: CONFIG_FILE, text: readFileSync(configFile, "utf8") }).config ?? defaultConfig()) : defaultConfig();
const { factFiles } = collectFactFiles(["facts"], root);
const loaded = loadFactFiles(factFiles, taxonomy);
// A fact file that does not validate (someone is editing it) is left out, and said so.
const invalid = new Set(loaded.diagnostics.map((diagnostic) => diagnostic.file));
for (const file of invalid) console.log(`(left out: ${file} does not validate; run concord validate)`);
const usable = factFiles.filter((file) => !invalid.has(file.file));
const full = loadFactFiles(usable, taxonomy).factBase;
const fullContext = buildRuleContext(full, config, taxonomy);
const knownWrong = knownWrongFacts(full);

/** An article checked as a draft: where its text is, and the source id of its hand-encoded file. */
interface Draft {
  set: "dev" | "validation" | "seeds";
  file: string;
  text: string;
  sourceId: string;
}

/** The one undated seed article is dated as its fact file's note says (around the turn of 2025/2026). */
const DATES: Readonly<Record<string, string>> = { "nmedialink-amzn-automation": "2025-12-31" };
const drafts: Draft[] = [
  ...CORPUS_ARTICLES.map((article) => ({ set: article.set, file: article.file, text: path.join(shared, "corpus/articles", article.file), sourceId: article.sourceId })),
  ...Object.entries(SEED_ARTICLES).map(([sourceId, file]) => ({ set: "seeds" as const, file, text: path.join(shared, "seeds", file), sourceId })),
];

interface Graded {
  figure: CheckedFigure;
  gold?: Fact;
  truth: boolean;
  reason: string;
}

interface ArticleScore {
  article: Draft;
  figures: number;
  unsure: number;
  wrong: Graded[];
  accurate: boolean;
  /** The article's facts known wrong, with the verdict of the draft figure that matches each (if any). */
  knownErrors: { gold: Fact; verdict: string; why?: string; reason: string }[];
}

const scores: ArticleScore[] = [];
for (const article of drafts) {
  const articleFile = article.text;
  const source = full.sources.find((candidate) => candidate.id === article.sourceId);
  if (!existsSync(articleFile) || !source) {
    console.log(`(skipped ${article.file}: ${source ? "no article text" : `no fact file with source id ${article.sourceId}`})`);
    continue;
  }
  const text = readFileSync(articleFile, "utf8");
  const date = DATES[article.sourceId] ?? source.published?.slice(0, 10);
  const rest = usable.filter((file) => file.file !== source.position.file);
  const extraction = extractFacts(text, taxonomy, date ? { date } : {});
  const proposed = proposeFactFile(extraction, { id: DRAFT_SOURCE_ID }, taxonomy);
  const withSubject = taxonomyWithSubject(extraction, taxonomy);
  const combined = loadFactFiles([...rest, { file: article.file, text: JSON.stringify(proposed.document) }], withSubject);
  if (combined.diagnostics.length > 0) {
    console.log(`(skipped ${article.file}: the draft does not load: ${combined.diagnostics[0]!.message})`);
    continue;
  }
  const { findings } = reconcile(combined.factBase, [], config, withSubject);
  const result = checkDraft(article.file, combined.factBase, findings, proposed.facts, config);
  const draftFacts = combined.factBase.facts.filter((fact) => fact.sourceId === DRAFT_SOURCE_ID);
  // checkDraft sorts figures by position; pair each with its fact through the proposed fact's position.
  const factAt = new Map(draftFacts.map((fact, index) => [`${proposed.facts[index]!.line}:${proposed.facts[index]!.column}:${index}`, fact]));
  const gold = full.facts.filter((fact) => fact.sourceId === article.sourceId);
  const goldLines = new Map(gold.map((fact) => [fact, quoteLines(text, fact.quote)]));
  const wrong: Graded[] = [];
  for (const figure of result.figures.filter((candidate) => candidate.verdict === "wrong")) {
    const fact = [...factAt.entries()].find(([key]) => key.startsWith(`${figure.line}:${figure.column}:`))?.[1];
    const match = fact ? matchGold(fact, figure.line, gold, goldLines) : undefined;
    const why = match ? knownWrong.get(match) : undefined;
    wrong.push({ figure, ...(match ? { gold: match } : {}), truth: why !== undefined, reason: match ? (why ?? "hand-encoded fact not known wrong") : "no matching hand-encoded fact" });
  }
  // Recall, for reading: the figure each known-wrong fact became, found the way wrong verdicts are matched.
  const knownErrors = gold
    .filter((fact) => knownWrong.has(fact))
    .map((fact) => {
      const figure = result.figures.find((candidate) => {
        const draftFact = [...factAt.entries()].find(([key]) => key.startsWith(`${candidate.line}:${candidate.column}:`))?.[1];
        return draftFact !== undefined && matchGold(draftFact, candidate.line, gold, goldLines) === fact;
      });
      return { gold: fact, verdict: figure?.verdict ?? "not extracted", ...(figure ? { why: figure.why } : {}), reason: knownWrong.get(fact)! };
    });
  scores.push({ article, figures: result.figures.length, unsure: result.counts.unsure, wrong, accurate: knownErrors.length === 0, knownErrors });
}

console.log("concord check: precision of `wrong` verdicts, each corpus article checked as a draft against the rest of the fact base\n");
console.log(`Definition. ${DEFINITION}\n`);
const SET_TITLES = { dev: "dev (01–20)", validation: "validation (21–30)", seeds: "seeds (the five Amazon seed articles; not part of dev or validation)" } as const;
for (const set of ["dev", "validation", "seeds"] as const) {
  const inSet = scores.filter((score) => score.article.set === set);
  console.log(`## ${SET_TITLES[set]}`);
  console.log("article                                      figures  unsure  wrong  true  accurate");
  for (const score of inSet) {
    const trueCount = score.wrong.filter((graded) => graded.truth).length;
    console.log(`${score.article.file.padEnd(44)} ${String(score.figures).padStart(7)} ${String(score.unsure).padStart(7)} ${String(score.wrong.length).padStart(6)} ${String(trueCount).padStart(5)}  ${score.accurate ? "yes" : "no"}`);
    if (verbose) {
      for (const graded of score.wrong) {
        const gold = graded.gold ? ` gold ${graded.gold.position.file}:${graded.gold.position.line}` : "";
        console.log(`    ${graded.truth ? "TRUE " : "FALSE"} ${score.article.file}:${graded.figure.line}:${graded.figure.column} ${graded.figure.reading.key} (${graded.figure.reading.basis}) ${graded.figure.reading.value}: ${graded.reason}${gold}`);
        console.log(`          ${graded.figure.why}`);
      }
      for (const known of score.knownErrors) console.log(`    known wrong ${known.gold.position.file}:${known.gold.position.line} "${known.gold.quote}": check says ${known.verdict}${known.why ? ` (${known.why})` : ""}; known wrong because ${known.reason}`);
    }
  }
  const wrongCount = inSet.reduce((sum, score) => sum + score.wrong.length, 0);
  const trueCount = inSet.reduce((sum, score) => sum + score.wrong.filter((graded) => graded.truth).length, 0);
  const accurate = inSet.filter((score) => score.accurate);
  const known = inSet.flatMap((score) => score.knownErrors);
  const verdictsOnKnown = ["wrong", "unsure", "consistent", "unverified", "not extracted"].map((verdict) => `${known.filter((item) => item.verdict === verdict).length} ${verdict}`).join(", ");
  const worstAccurate = Math.max(0, ...accurate.map((score) => score.wrong.length));
  console.log(`precision: ${trueCount}/${wrongCount}${wrongCount > 0 ? ` = ${((100 * trueCount) / wrongCount).toFixed(1)}%` : " (no wrong verdicts)"} (target ≥ 90%)`);
  console.log(`known-wrong figures: ${known.length} (${verdictsOnKnown})`);
  console.log(`accurate articles: ${accurate.length}; wrong verdicts on them: ${accurate.reduce((sum, score) => sum + score.wrong.length, 0)} in all, at most ${worstAccurate} on one (target ≤ 1 each)\n`);
}

/** The lines (1-based) where a quote stands in the text; spaces are not significant. */
function quoteLines(text: string, quote: string): number[] {
  const lines = text.split(/\r?\n/);
  const squeeze = (value: string) => value.replace(/\s+/g, "");
  const wanted = squeeze(quote);
  if (!wanted) return [];
  const found: number[] = [];
  lines.forEach((line, at) => {
    if (squeeze(line).includes(wanted)) found.push(at + 1);
  });
  return found;
}

function sameValue(a: Fact, b: Fact): boolean {
  if (a.parsed.kind !== "number" || b.parsed.kind !== "number") return a.written.value === b.written.value;
  if (a.unit === b.unit && exactToString(a.parsed.value) === exactToString(b.parsed.value)) return true;
  const digits = (fact: Fact) => fact.written.value.replace(/[^0-9]/g, "").replace(/^0+/, "");
  return digits(a) !== "" && digits(a) === digits(b) && a.written.value.startsWith("-") === b.written.value.startsWith("-");
}

/** The article's own hand-encoded fact for a draft figure (see the definition). */
function matchGold(fact: Fact, line: number, gold: readonly Fact[], goldLines: ReadonlyMap<Fact, number[]>): Fact | undefined {
  const sameValued = gold.filter((candidate) => sameValue(candidate, fact));
  let best: { fact: Fact; distance: number } | undefined;
  for (const candidate of sameValued) {
    for (const at of goldLines.get(candidate) ?? []) {
      const distance = Math.abs(at - line);
      if (distance <= 1 && (!best || distance < best.distance)) best = { fact: candidate, distance };
    }
  }
  return best?.fact ?? sameValued.find((candidate) => candidate.period.key === fact.period.key);
}

/** Facts the hand encoding knows to be wrong, each with the reason. */
function knownWrongFacts(factBase: FactBase): Map<Fact, string> {
  const known = new Map<Fact, string>();
  const isPrimary = (fact: Fact) => fullContext.sources.get(fact.sourceId)?.kind === "primary";
  for (const fact of factBase.facts) {
    if (isPrimary(fact)) continue;
    const note = fact.note ?? "";
    if (/\b(errors?|typo|misprint|mistaken?|mistake|slip|wrong|incorrect|mislabell?ed|inconsistent)\b/i.test(note) || (/\bconflicts? with\b/i.test(note) && !/expected/i.test(note))) {
      known.set(fact, `its note: "${note}"`);
      continue;
    }
    if (fact.parsed.kind !== "number") continue;
    const interval = fullContext.intervalOf(fact);
    const primary = factBase.facts.find((other) => other.groupKey === fact.groupKey && other.basis === fact.basis && isPrimary(other) && other.parsed.kind === "number" && !overlaps(interval, fullContext.intervalOf(other)));
    if (primary) known.set(fact, `the primary source ${primary.sourceId} gives ${primary.written.value} ${primary.written.scale ?? ""}${primary.unit}`);
  }
  const reviewsFile = factFiles.length > 0 ? path.join(root, "facts", REVIEWS_FILE) : "";
  if (reviewsFile && existsSync(reviewsFile)) {
    const { reviews } = loadReviews({ file: `facts/${REVIEWS_FILE}`, text: readFileSync(reviewsFile, "utf8") }, new Set(factBase.sources.map((source) => source.id)));
    const { findings } = reconcile(factBase, reviews, config, taxonomy);
    for (const finding of findings) {
      const review = finding.review;
      // Only a finding on one key says whose value is wrong; a review of an identity names the sources
      // whose arithmetic stands, not which of another source's operands slipped.
      if (review?.verdict !== "source_right" || !review.right || (finding.kind !== "contradiction" && finding.kind !== "self_contradiction")) continue;
      for (const fact of finding.facts) {
        if (!review.right.includes(fact.sourceId) && !known.has(fact)) known.set(fact, `review of ${finding.id}: ${review.note}`);
      }
    }
  }
  return known;
}
