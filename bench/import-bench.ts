// The `concord import sec` part of `npm run bench` (alone: `npx tsx bench/import-bench.ts` after
// `npm run build`; BENCH_IMPORT=0 skips it): a synthetic companyfacts document in the SEC's shape —
// three hundred concepts, ten of them mapped to metrics, each filed quarter after quarter with its
// prior-year comparatives, a few restated — made at 5, 10 and 20 MB by the number of years it
// covers, then imported as the CLI does it (strict JSON parse with positions, shape check,
// conversion, YAML output) and set against JSON.parse of the same text. Medians, same process,
// alternating; the ratio to JSON.parse and the time per MB are what to compare across machines.
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";

type SecModule = typeof import("../src/import/sec.js");
type ShapeModule = typeof import("../src/import/companyfacts.js");
type ParseModule = typeof import("../src/load/parse-document.js");
type LoadModule = typeof import("../src/load/load-fact-base.js");

const root = fileURLToPath(new URL("..", import.meta.url));
const MB = 2 ** 20;
/** Target sizes in MB and runs per size. */
const IMPORT_SIZES: [number, number][] = (process.env.BENCH_IMPORT_SIZES ?? "5:7,10:5,20:5").split(",").map((pair) => pair.split(":").map(Number) as [number, number]);

const MAPPED = [
  "Revenues",
  "OperatingIncomeLoss",
  "NetIncomeLoss",
  "EarningsPerShareBasic",
  "EarningsPerShareDiluted",
  "NetCashProvidedByUsedInOperatingActivities",
  "PaymentsToAcquirePropertyPlantAndEquipment",
  "CommonStockDividendsPerShareDeclared",
];
const BALANCES = ["Assets", "CashAndCashEquivalentsAtCarryingValue"];
const UNMAPPED = 290;

interface Entry {
  start?: string;
  end: string;
  val: number;
  accn: string;
  fy: number;
  fp: string;
  form: string;
  filed: string;
  frame?: string;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];
const QUARTER_STARTS = ["01-01", "04-01", "07-01", "10-01"];
const FILED = ["05-02", "08-01", "10-31", "02-03"];

/** A deterministic pseudo-random value per concept, period and filing, so files are the same every run. */
function value(concept: number, year: number, quarter: number, months: number, perShare: boolean): number {
  const base = ((concept * 7919 + year * 104_729 + quarter * 1_299_709) % 900_000) + 100_000;
  return perShare ? Math.round(base / 10) / 100 : base * 1_000_000 * (months / 3);
}

/** The companyfacts of a calendar-year company over `years` years from 2000: every filing states its periods and the prior year's. */
function generateCompanyFacts(years: number): string {
  const concepts: Record<string, { label: string; description: null; units: Record<string, Entry[]> }> = {};
  const flows = [...MAPPED, ...Array.from({ length: UNMAPPED }, (_, index) => `SyntheticConcept${String(index).padStart(3, "0")}`)];
  flows.forEach((name, conceptIndex) => {
    const perShare = name.includes("PerShare");
    const entries: Entry[] = [];
    for (let year = 2000; year < 2000 + years; year++) {
      for (let quarter = 0; quarter < 4; quarter++) {
        const filedYear = quarter === 3 ? year + 1 : year;
        const accn = `0001018724-${String(filedYear % 100).padStart(2, "0")}-${String(conceptIndex % 7 === 0 ? quarter + 1 : quarter + 11).padStart(6, "0")}`;
        const filing = { accn, fy: year, fp: quarter === 3 ? "FY" : `Q${quarter + 1}`, form: quarter === 3 ? "10-K" : "10-Q", filed: `${filedYear}-${FILED[quarter]}` };
        for (const shown of [year, year - 1]) {
          if (shown < 2000) continue;
          // A comparative is now and then restated: a different value in the later filing.
          const restated = shown < year && (conceptIndex + shown + quarter) % 97 === 0 ? 1.01 : 1;
          if (quarter === 3) {
            entries.push({ start: `${shown}-01-01`, end: `${shown}-12-31`, val: Math.round(value(conceptIndex, shown, 9, 12, perShare) * restated * 100) / 100, ...filing, ...(shown === year ? { frame: `CY${shown}` } : {}) });
          } else {
            entries.push({ start: `${shown}-${QUARTER_STARTS[quarter]}`, end: `${shown}-${QUARTER_ENDS[quarter]}`, val: Math.round(value(conceptIndex, shown, quarter, 3, perShare) * restated * 100) / 100, ...filing, ...(shown === year ? { frame: `CY${shown}Q${quarter + 1}` } : {}) });
            if (quarter > 0) entries.push({ start: `${shown}-01-01`, end: `${shown}-${QUARTER_ENDS[quarter]}`, val: value(conceptIndex, shown, quarter + 4, 3 * (quarter + 1), perShare), ...filing });
          }
        }
      }
    }
    concepts[name] = { label: name, description: null, units: { [perShare ? "USD/shares" : "USD"]: entries } };
  });
  BALANCES.forEach((name, index) => {
    const entries: Entry[] = [];
    for (let year = 2000; year < 2000 + years; year++) {
      for (let quarter = 0; quarter < 4; quarter++) {
        const filedYear = quarter === 3 ? year + 1 : year;
        const filing = { accn: `0001018724-${String(filedYear % 100).padStart(2, "0")}-${String(quarter + 1).padStart(6, "0")}`, fy: year, fp: quarter === 3 ? "FY" : `Q${quarter + 1}`, form: quarter === 3 ? "10-K" : "10-Q", filed: `${filedYear}-${FILED[quarter]}` };
        entries.push({ end: `${year}-${QUARTER_ENDS[quarter]}`, val: value(400 + index, year, quarter, 3, false), ...filing, frame: `CY${year}Q${quarter + 1}I` });
        if (year > 2000) entries.push({ end: `${year - 1}-12-31`, val: value(400 + index, year - 1, 3, 3, false), ...filing });
      }
    }
    concepts[name] = { label: name, description: null, units: { USD: entries } };
  });
  return JSON.stringify({ cik: 1018724, entityName: "AMAZON.COM, INC.", facts: { "us-gaap": concepts } });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const fixed = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function loadImporter() {
  const dist = (file: string) => pathToFileURL(path.join(root, "dist", file)).href;
  try {
    const sec = (await import(dist("import/sec.js"))) as SecModule;
    const shape = (await import(dist("import/companyfacts.js"))) as ShapeModule;
    const parse = (await import(dist("load/parse-document.js"))) as ParseModule;
    const load = (await import(dist("load/load-fact-base.js"))) as LoadModule;
    const file = path.join(root, "facts/taxonomy.yaml");
    const taxonomy = load.loadTaxonomy({ file, text: readFileSync(file, "utf8") }).taxonomy!;
    return { sec, shape, parse, taxonomy };
  } catch (error) {
    throw new Error(`the import bench runs the built importer: run \`npm run build\` first (${(error as Error).message})`);
  }
}

export async function runImportBench(): Promise<void> {
  const { sec, shape, parse, taxonomy } = await loadImporter();
  /** What `concord import sec` does between reading the file and writing the fact file. */
  const importText = (text: string): number => {
    const parsed = parse.parseDocument("companyfacts.json", text, { json: true });
    if (!parsed.ok) throw new Error("the generated companyfacts does not parse");
    if (shape.checkCompanyFacts(parsed.document.data).length > 0) throw new Error("the generated companyfacts has the wrong shape");
    const result = sec.importCompanyFacts(parsed.document.data as Parameters<SecModule["importCompanyFacts"]>[0], taxonomy);
    if (!result.ok) throw new Error(result.problem.message);
    return stringify(result.document, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" }).length;
  };
  // Bytes each further year adds (the first year has no comparatives), and a warm-up so the first size does not pay for compiling.
  const bytesPerYear = (Buffer.byteLength(generateCompanyFacts(6)) - Buffer.byteLength(generateCompanyFacts(2))) / 4;
  for (let run = 0; run < 3; run++) importText(generateCompanyFacts(4));
  console.log("");
  console.log(`\`concord import sec\` on synthetic companyfacts (${MAPPED.length + BALANCES.length} mapped and ${UNMAPPED} unmapped concepts, 10-Q/10-K with prior-year comparatives), medians, same process:`);
  console.log(`machine: ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`);
  console.log("");
  console.log("| MB | years | values | facts out | JSON.parse (ms) | import (ms) | ratio to JSON.parse | ms per MB |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [targetMb, runs] of IMPORT_SIZES) {
    const years = Math.max(1, Math.round((targetMb * MB) / bytesPerYear));
    const text = generateCompanyFacts(years);
    const bytes = Buffer.byteLength(text);
    const values = (text.match(/"accn"/g) ?? []).length;
    let facts = 0;
    {
      const parsed = parse.parseDocument("companyfacts.json", text, { json: true });
      if (parsed.ok) {
        const result = sec.importCompanyFacts(parsed.document.data as Parameters<SecModule["importCompanyFacts"]>[0], taxonomy);
        if (result.ok) facts = result.document.facts.length;
      }
    }
    importText(text); // warm-up
    const parseTimes: number[] = [];
    const importTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      JSON.parse(text);
      parseTimes.push(performance.now() - started);
      started = performance.now();
      importText(text);
      importTimes.push(performance.now() - started);
    }
    const parseMs = median(parseTimes);
    const importMs = median(importTimes);
    console.log(`| ${fixed(bytes / MB, 1)} | ${years} | ${fixed(values)} | ${fixed(facts)} | ${fixed(parseMs)} | ${fixed(importMs)} | ${fixed(importMs / parseMs, 2)}× | ${fixed(importMs / (bytes / MB), 1)} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runImportBench();
