// Scores the extractor against the hand-encoded fact files of the seed articles: precision, recall
// and F1 on (metric, segment, period, measure, basis, value in base units), and which field went
// wrong for near misses (an extracted fact that matches an unmatched expected one on all fields but
// one). The articles live outside the repository (../shared/seeds); without them this says so and
// exits 0. Run with `npm run eval`; `npm run eval -- --verbose` also lists, per article, every missed
// expected fact, every extra extracted fact and every near miss (with the field that differs), each
// with its line in the article.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles, loadTaxonomy } from "../src/load/load-fact-base.js";
import type { Fact } from "../src/model/types.js";
import { exactToString } from "../src/numbers/exact.js";
import { extractFacts } from "../src/extract/extract.js";
import { proposeFactFile } from "../src/extract/fact-file.js";
import { SEED_ARTICLES } from "./seed-articles.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const seeds = path.resolve(root, "../shared/seeds");
/** Seed article → the source id of its hand-encoded facts. */
const ARTICLES: Record<string, string> = Object.fromEntries(Object.entries(SEED_ARTICLES).map(([id, file]) => [file, id]));
/** The one undated article is dated as its fact file's note says (around the turn of 2025/2026). */
const DATES: Record<string, string> = { "nmedialink-amzn-automation": "2025-12-31" };
const FIELDS = ["metric", "segment", "period", "measure", "basis", "value"] as const;
type Field = (typeof FIELDS)[number];
type Tuple = Record<Field, string>;
/** A tuple with where it comes from: its line in the article and its quote (and the encoder's note). */
interface Located { tuple: Tuple; line: number; quote: string; note?: string }
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

if (!existsSync(seeds)) {
  console.log(`eval skipped: the seed articles are not present (${seeds})`);
  process.exit(0);
}

const { taxonomy } = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(path.join(root, "facts/taxonomy.yaml"), "utf8") });
if (!taxonomy) throw new Error("the taxonomy does not load");
const { factFiles } = collectFactFiles(["facts"], root);
const { factBase } = loadFactFiles(factFiles, taxonomy);

function tupleOf(fact: Fact): Tuple | undefined {
  if (fact.parsed.kind !== "number") return undefined;
  const value = `${exactToString(fact.parsed.value)}${fact.parsed.high ? `..${exactToString(fact.parsed.high)}` : ""} ${fact.unit}`;
  return { metric: fact.metric, segment: fact.segment, period: fact.period.key, measure: fact.measure, basis: fact.basis, value };
}
const keyOf = (tuple: Tuple) => FIELDS.map((field) => tuple[field]).join("|");

interface Score { name: string; extracted: number; expected: number; matched: number; near: Record<Field, number> }
const scores: Score[] = [];
for (const [file, sourceId] of Object.entries(ARTICLES)) {
  const text = readFileSync(path.join(seeds, file), "utf8");
  const source = factBase.sources.find((candidate) => candidate.id === sourceId);
  const date = source?.published?.slice(0, 10) ?? DATES[sourceId];
  const extraction = extractFacts(text, taxonomy, date ? { date } : {});
  const proposed = proposeFactFile(extraction, { id: "eval-article" }, taxonomy);
  const loaded = loadFactFiles([{ file: "eval.json", text: JSON.stringify(proposed.document) }], taxonomy);
  const lineOfQuote = (quote: string): number => {
    const at = text.indexOf(quote);
    return at < 0 ? 0 : text.slice(0, at).split("\n").length;
  };
  const locate = (fact: Fact, extracted: boolean): Located | undefined => {
    const tuple = tupleOf(fact);
    if (!tuple) return undefined;
    const line = extracted ? Number(/extracted at (\d+):/.exec(fact.note ?? "")?.[1] ?? 0) : lineOfQuote(fact.quote);
    return { tuple, line, quote: fact.quote, ...(!extracted && fact.note ? { note: fact.note } : {}) };
  };
  const gotLocated = loaded.factBase.facts.map((fact) => locate(fact, true)).filter((item): item is Located => item !== undefined);
  const wantLocated = factBase.facts.filter((fact) => fact.sourceId === sourceId).map((fact) => locate(fact, false)).filter((item): item is Located => item !== undefined);
  const got = gotLocated.map((item) => item.tuple);
  const want = wantLocated.map((item) => item.tuple);
  const remaining = new Map<string, number>();
  for (const tuple of want) remaining.set(keyOf(tuple), (remaining.get(keyOf(tuple)) ?? 0) + 1);
  let matched = 0;
  const missedGotLocated: Located[] = [];
  for (const item of gotLocated) {
    const count = remaining.get(keyOf(item.tuple)) ?? 0;
    if (count > 0) {
      remaining.set(keyOf(item.tuple), count - 1);
      matched++;
    } else missedGotLocated.push(item);
  }
  const missedGot = missedGotLocated.map((item) => item.tuple);
  const unmatchedWantLocated = wantLocated.filter(({ tuple }) => {
    const count = remaining.get(keyOf(tuple)) ?? 0;
    if (count > 0) {
      remaining.set(keyOf(tuple), count - 1);
      return true;
    }
    return false;
  });
  const unmatchedWant = unmatchedWantLocated.map((item) => item.tuple);
  const near = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number>;
  const used = new Set<number>();
  const nearLines: string[] = [];
  const extraLines: string[] = [];
  const show = (tuple: Tuple) => FIELDS.map((field) => `${field}=${tuple[field]}`).join(" ");
  missedGot.forEach((tuple, gotIndex) => {
    const at = unmatchedWant.findIndex((candidate, index) => !used.has(index) && FIELDS.filter((field) => candidate[field] !== tuple[field]).length === 1);
    const item = missedGotLocated[gotIndex]!;
    if (at < 0) {
      extraLines.push(`  extra   L${item.line}: ${show(tuple)}  «${item.quote}»`);
      return;
    }
    used.add(at);
    const field = FIELDS.find((candidate) => unmatchedWant[at]![candidate] !== tuple[candidate])!;
    near[field]++;
    const expected = unmatchedWantLocated[at]!;
    nearLines.push(`  near    L${item.line}: ${field}: got ${tuple[field]}, want ${expected.tuple[field]} (want at L${expected.line})  ${show(expected.tuple)}  «${item.quote}»${expected.note ? `  note: ${expected.note}` : ""}`);
  });
  if (verbose) {
    console.log(`## ${sourceId}`);
    for (const line of nearLines) console.log(line);
    unmatchedWantLocated.forEach((item, index) => {
      if (!used.has(index)) console.log(`  missed  L${item.line}: ${show(item.tuple)}  «${item.quote}»${item.note ? `  note: ${item.note}` : ""}`);
    });
    for (const line of extraLines) console.log(line);
  }
  scores.push({ name: sourceId, extracted: got.length, expected: want.length, matched, near });
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const total: Score = { name: "overall", extracted: 0, expected: 0, matched: 0, near: Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number> };
for (const score of scores) {
  total.extracted += score.extracted;
  total.expected += score.expected;
  total.matched += score.matched;
  for (const field of FIELDS) total.near[field] += score.near[field];
}
const rows = [...scores, total].map((score) => {
  const p = ratio(score.matched, score.extracted);
  const r = ratio(score.matched, score.expected);
  return [score.name, String(score.extracted), String(score.expected), String(score.matched), p.toFixed(2), r.toFixed(2), f1(p, r).toFixed(2), ...FIELDS.map((field) => String(score.near[field]))];
});
const header = ["article", "extracted", "expected", "matched", "precision", "recall", "F1", ...FIELDS.map((field) => `near:${field}`)];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
