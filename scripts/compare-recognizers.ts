// Currency amounts in the seed articles: concord's extractor against Microsoft Recognizers-Text
// (`@microsoft/recognizers-text-number-with-unit`, `recognizeCurrency`, `Culture.Chinese`), both scored
// against the hand-encoded fact files. Run with `npm run compare`; throughput is in `npm run bench`.
//
// What counts as an amount, per article, as a set of distinct values in base units of the currency
// (115亿美元 → 11500000000), sign dropped (a loss written "亏损 27 亿美元" is encoded "-27"):
// - expected: every fact of the article's source with a currency unit (USD, CNY, …) and measure
//   `level`; a range gives both ends (1,735 亿至 1,785 亿美元 → 173500000000 and 178500000000);
// - concord: every fact `concord extract` proposes with a currency unit (as `npm run eval` loads them:
//   proposed fact file, then the project's loader), both ends of a range;
// - Recognizers-Text: every currency result with a numeric value, one call per line of the article
//   (it is made for utterances: on a whole article it takes minutes, see `npm run bench`).
// Values are compared at 15 significant digits (Recognizers-Text computes in binary floating point);
// the currency itself is not compared (Recognizers-Text reads "$" as "Dollar" with no ISO code).
// The articles live outside the repository (../shared/seeds); without them this says so and exits 0.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import RecognizersNumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles, loadTaxonomy } from "../src/load/load-fact-base.js";
import type { Fact } from "../src/model/types.js";
import { exactToString } from "../src/numbers/exact.js";
import { extractFacts } from "../src/extract/extract.js";
import { proposeFactFile } from "../src/extract/fact-file.js";
import { SEED_ARTICLES } from "./seed-articles.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const seeds = path.resolve(root, "../shared/seeds");
const SOURCE_TEXTS = SEED_ARTICLES;
/** The one undated article is dated as its fact file's note says (as in scripts/eval.ts). */
const DATES: Record<string, string> = { "nmedialink-amzn-automation": "2025-12-31" };

if (!existsSync(seeds)) {
  console.log(`compare skipped: the seed articles are not present (${seeds})`);
  process.exit(0);
}

const { recognizeCurrency, Culture } = RecognizersNumberWithUnit;
const { taxonomy } = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(path.join(root, "facts/taxonomy.yaml"), "utf8") });
if (!taxonomy) throw new Error("the taxonomy does not load");
const { factFiles } = collectFactFiles(["facts"], root);
const { factBase } = loadFactFiles(factFiles, taxonomy);

const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit);
/** A value in base units as a canonical decimal string: sign dropped, 15 significant digits. */
const canonical = (value: string): string | undefined => {
  try {
    const decimal = new Decimal(value);
    return decimal.isFinite() ? decimal.abs().toSignificantDigits(15).toFixed() : undefined;
  } catch {
    return undefined;
  }
};
/** Both ends of each currency fact, in base units. */
function amountsOf(facts: readonly Fact[], levelOnly: boolean): Set<string> {
  const amounts = new Set<string>();
  for (const fact of facts) {
    if (fact.parsed.kind !== "number" || !isCurrency(fact.unit) || (levelOnly && fact.measure !== "level")) continue;
    for (const end of [fact.parsed.value, fact.parsed.high]) {
      const value = end === undefined ? undefined : canonical(exactToString(end));
      if (value !== undefined) amounts.add(value);
    }
  }
  return amounts;
}

function concordAmounts(text: string, date: string | undefined): Set<string> {
  const extraction = extractFacts(text, taxonomy!, date ? { date } : {});
  const proposed = proposeFactFile(extraction, { id: "compare-article" }, taxonomy!);
  const loaded = loadFactFiles([{ file: "compare.json", text: JSON.stringify(proposed.document) }], taxonomy!);
  return amountsOf(loaded.factBase.facts, false);
}

function recognizersAmounts(text: string): Set<string> {
  const amounts = new Set<string>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    for (const result of recognizeCurrency(line, Culture.Chinese)) {
      const value = canonical(String(result.resolution?.value ?? ""));
      if (value !== undefined) amounts.add(value);
    }
  }
  return amounts;
}

/** 11500000000 → 115亿; smaller amounts as written. */
function shown(value: string): string {
  const decimal = new Decimal(value);
  return decimal.gte(1e8) ? `${decimal.div(1e8).toFixed()}亿` : decimal.toFixed();
}

interface Score { found: number; matched: number; missed: string[]; extra: string[] }
function score(found: Set<string>, expected: Set<string>): Score {
  const matched = [...found].filter((value) => expected.has(value)).length;
  const order = (a: string, b: string) => new Decimal(a).cmp(new Decimal(b));
  return { found: found.size, matched, missed: [...expected].filter((value) => !found.has(value)).sort(order), extra: [...found].filter((value) => !expected.has(value)).sort(order) };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const cells = (s: Score, expected: number) => {
  const p = ratio(s.matched, s.found);
  const r = ratio(s.matched, expected);
  return [String(s.found), String(s.matched), p.toFixed(2), r.toFixed(2), f1(p, r).toFixed(2)];
};

const rows: string[][] = [];
const details: string[] = [];
const totals = { expected: 0, concord: { found: 0, matched: 0, missed: [], extra: [] } as Score, recognizers: { found: 0, matched: 0, missed: [], extra: [] } as Score };
for (const [sourceId, file] of Object.entries(SOURCE_TEXTS)) {
  const articlePath = path.join(seeds, file);
  if (!existsSync(articlePath)) {
    console.log(`${sourceId}: ${articlePath} is not present; skipped`);
    continue;
  }
  const text = readFileSync(articlePath, "utf8");
  const source = factBase.sources.find((candidate) => candidate.id === sourceId);
  const date = source?.published?.slice(0, 10) ?? DATES[sourceId];
  const expected = amountsOf(factBase.facts.filter((fact) => fact.sourceId === sourceId), true);
  const ours = score(concordAmounts(text, date), expected);
  const theirs = score(recognizersAmounts(text), expected);
  rows.push([sourceId, String(expected.size), ...cells(ours, expected.size), ...cells(theirs, expected.size)]);
  totals.expected += expected.size;
  for (const [total, one] of [[totals.concord, ours], [totals.recognizers, theirs]] as const) {
    total.found += one.found;
    total.matched += one.matched;
  }
  const list = (values: string[]) => (values.length ? values.map(shown).join(", ") : "none");
  details.push(`- **${sourceId}**: concord missed ${list(ours.missed)}; found besides ${list(ours.extra)}. Recognizers-Text missed ${list(theirs.missed)}; found besides ${list(theirs.extra)}.`);
}
rows.push(["**overall**", String(totals.expected), ...cells(totals.concord, totals.expected), ...cells(totals.recognizers, totals.expected)]);

console.log("Currency amounts (distinct values in base units per article) against the hand-encoded facts (currency unit, measure `level`, both ends of a range):");
console.log("");
const header = ["article", "expected", "concord found", "matched", "precision", "recall", "F1", "Recognizers found", "matched", "precision", "recall", "F1"];
console.log(`| ${header.join(" | ")} |`);
console.log(`|---|${header.slice(1).map(() => "---:").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("");
console.log("Amounts each tool missed or found besides the expected ones (亿 = 10^8 of the currency):");
console.log("");
for (const line of details) console.log(line);
