// `npm run bench`: concord's reconcile against JSON.parse of the same data, on synthetic fact bases
// of 10k, 100k and 1M facts. Each figure is the median of several runs, each in a fresh process;
// the ratio to JSON.parse is what to compare across machines (these are shared and noisy). A second
// baseline, "parse, keep and group", is the floor of any in-memory reconcile: JSON.parse, keep every
// fact, group by key, nothing else (see measure.mjs).
// Then the extractor's part (bench/extract-bench.ts; alone: `npm run bench:extract`; BENCH_EXTRACT=0
// skips it): throughput on Chinese news text, adversarial texts, and Recognizers-Text side by side.
// Before it, `concord import sec` on 5, 10 and 20 MB companyfacts against JSON.parse (bench/import-bench.ts;
// BENCH_IMPORT=0 skips it). First, start-up: `concord validate` on the repository's facts against
// `node -e ''` (bench/startup-bench.ts; alone: `npm run bench:startup`; BENCH_STARTUP=0 skips it).
// After `--since`, the DuckDB engine beside the default one, and a 10M-fact base through it
// (BENCH_DUCKDB=0 skips it; see below).
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { runExtractBench } from "./extract-bench.js";
import { runImportBench } from "./import-bench.js";
import { runStartupBench } from "./startup-bench.js";
import { generateFactBase } from "./generate.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const taxonomy = path.join(root, "facts/taxonomy.yaml");
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").filter(Boolean).map(Number);

interface Measurement {
  ms: number;
  maxRssMb: number;
  /** What the prefilter-parquet mode counts: facts, groups, and the groups kept per rule. */
  facts?: number;
  groups?: number;
  kept?: Record<string, number>;
}

/**
 * Runs one measurement in a fresh process; the parse cache goes to `cache`, away from the user's own.
 * `reportFile`: where a reconcile mode writes its JSON report; `heapMb`: the V8 heap limit.
 */
function measure(mode: string, folder: string, cwd = root, cache = path.join(tmpdir(), "concord-bench-cache"), reportFile?: string, heapMb = 4096): Measurement {
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  const output = execFileSync(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(root, "bench/measure.mjs"), mode, folder, taxonomy, ...(reportFile ? [reportFile] : [])], { encoding: "utf8", maxBuffer: 1 << 26, cwd, env });
  return JSON.parse(output.trim().split("\n").at(-1)!) as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

console.log(`machine: ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
if (process.env.BENCH_STARTUP !== "0") {
  runStartupBench();
  console.log("");
}
console.log("| facts | files | MB | JSON.parse (median ms) | parse, keep and group (median ms) | reconcile (median ms) | ratio | floor ratio | reconcile peak RSS (MB) | ms per 1k facts |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const size of sizes) {
  const folder = path.join(tmpdir(), `concord-bench-${size}`);
  const base = generateFactBase(folder, size);
  const runs = size >= 1_000_000 ? 3 : 5;
  const parse: Measurement[] = [];
  const group: Measurement[] = [];
  const reconcile: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    parse.push(measure("json-parse", folder));
    group.push(measure("json-group", folder));
    reconcile.push(measure("reconcile", folder));
  }
  const parseMs = median(parse.map((m) => m.ms));
  const groupMs = median(group.map((m) => m.ms));
  const reconcileMs = median(reconcile.map((m) => m.ms));
  const rss = median(reconcile.map((m) => m.maxRssMb));
  console.log(`| ${size.toLocaleString("en-US")} | ${base.files} | ${(base.bytes / 2 ** 20).toFixed(1)} | ${parseMs.toFixed(0)} | ${groupMs.toFixed(0)} | ${reconcileMs.toFixed(0)} | ${(reconcileMs / parseMs).toFixed(2)}× | ${(groupMs / parseMs).toFixed(2)}× | ${rss.toFixed(0)} | ${((reconcileMs / size) * 1000).toFixed(1)} |`);
  rmSync(folder, { recursive: true, force: true });
}

// YAML fact bases: the parse cache (by content hash, in the user's cache directory) makes a re-run cheap.
if (process.env.BENCH_YAML_SIZE !== "0") {
  const size = Number(process.env.BENCH_YAML_SIZE ?? 10000);
  const work = mkdtempSync(path.join(tmpdir(), "concord-bench-yaml-"));
  const folder = path.join(work, "facts");
  const base = generateFactBase(folder, size, "yaml");
  const cold: number[] = [];
  const warm: number[] = [];
  const oneChanged: number[] = [];
  for (let run = 0; run < 5; run++) {
    const cache = path.join(work, "cache");
    rmSync(cache, { recursive: true, force: true });
    cold.push(measure("reconcile", folder, work, cache).ms);
    warm.push(measure("reconcile", folder, work, cache).ms);
    const changed = path.join(folder, "bench-source-0000005.yaml");
    writeFileSync(changed, readFileSync(changed, "utf8").replace(/title: "([^"]*)"/, `title: "$1 (edit ${run})"`));
    oneChanged.push(measure("reconcile", folder, work, cache).ms);
  }
  console.log("");
  console.log(`YAML, ${size.toLocaleString("en-US")} facts in ${base.files} files (${(base.bytes / 2 ** 20).toFixed(1)} MB), median ms: no cache ${median(cold).toFixed(0)}, unchanged ${median(warm).toFixed(0)}, one file changed ${median(oneChanged).toFixed(0)}`);
  rmSync(work, { recursive: true, force: true });
}

// `reconcile --since`: a pull request that changes one value in one file, against the commit before.
// Full reconcile and --since are measured alternately in the same run, in fresh processes (YAML with
// the parse cache warm, as in CI after the first run); the ratio is what the issue's target is about.
// BENCH_SINCE_RUNS sets the runs of each (5, 3 at 1M), for a machine too busy for 5.
if (process.env.BENCH_SINCE !== "0") {
  const sinceSizes = (process.env.BENCH_SINCE_SIZES ?? "10000,100000").split(",").filter(Boolean).map(Number);
  console.log("");
  console.log("`reconcile --since HEAD`, one value changed in one file (median ms; ratio to a full reconcile of the same base, same run):");
  console.log("");
  console.log("| facts | format | full reconcile | --since | ratio | --since peak RSS (MB) |");
  console.log("|---:|---|---:|---:|---:|---:|");
  for (const size of sinceSizes) {
    for (const format of ["json", "yaml"] as const) {
      const work = mkdtempSync(path.join(tmpdir(), "concord-bench-since-"));
      const folder = path.join(work, "facts");
      generateFactBase(folder, size, format);
      const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=bench@concord.invalid", "-c", "user.name=bench", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], { cwd: work, stdio: "ignore" });
      git("init", "-q");
      git("add", "-A");
      git("commit", "-q", "-m", "base");
      const changed = path.join(folder, `bench-source-0000005.${format}`);
      writeFileSync(changed, readFileSync(changed, "utf8").replace(/"value": "([0-9.]+)"|value: "([0-9.]+)"/, (match) => match.replace(/"([0-9.]+)"$/, (_, value: string) => `"${value}1"`)));
      const cache = path.join(work, "cache");
      if (format === "yaml") measure("reconcile", folder, work, cache);
      const full: Measurement[] = [];
      const since: Measurement[] = [];
      const runs = Number(process.env.BENCH_SINCE_RUNS ?? (size >= 1_000_000 ? 3 : 5));
      for (let run = 0; run < runs; run++) {
        full.push(measure("reconcile", folder, work, cache));
        since.push(measure("since:HEAD", folder, work, cache));
      }
      const fullMs = median(full.map((m) => m.ms));
      const sinceMs = median(since.map((m) => m.ms));
      console.log(`| ${size.toLocaleString("en-US")} | ${format.toUpperCase()} | ${fullMs.toFixed(0)} | ${sinceMs.toFixed(0)} | ${(sinceMs / fullMs).toFixed(2)}× | ${median(since.map((m) => m.maxRssMb)).toFixed(0)} |`);
      rmSync(work, { recursive: true, force: true });
    }
  }
}

// The DuckDB engine (`reconcile --engine duckdb`) beside the default one on the same bases, in the same
// run: medians of time and peak RSS, each against JSON.parse of the same files, and the two engines'
// JSON reports compared byte for byte. BENCH_DUCKDB=0 skips it; BENCH_DUCKDB_SIZES picks the sizes
// (100k and 1M); BENCH_DUCKDB_RUNS the runs of each (5, 3 at 1M). Beside the engines on fact files,
// `--parquet-only`: reconcile from the Parquet alone, holding only the facts the report needs.
// BENCH_DUCKDB_LARGE the size of a large base to run it on (off by default: 10M takes about half an hour).
if (process.env.BENCH_DUCKDB !== "0") {
  const duckSizes = (process.env.BENCH_DUCKDB_SIZES ?? "100000,1000000").split(",").filter(Boolean).map(Number);
  console.log("");
  console.log(`DuckDB engine beside the default (median ms and peak RSS; load average at the start ${loadavg().map((load) => load.toFixed(1)).join(", ")}):`);
  console.log("");
  console.log("| facts | runs | JSON.parse | memory engine | duckdb engine | duckdb, from Parquet | Parquet only | memory ÷ JSON.parse | duckdb ÷ JSON.parse | Parquet only ÷ JSON.parse | duckdb ÷ memory | Parquet only ÷ memory | peak RSS memory / duckdb / Parquet only (MB) | reports equal |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const size of duckSizes) {
    const work = mkdtempSync(path.join(tmpdir(), "concord-bench-duckdb-"));
    const folder = path.join(work, "facts");
    generateFactBase(folder, size);
    const parquet = path.join(work, "parquet");
    measure(`export-parquet:${parquet}`, folder);
    const runs = Number(process.env.BENCH_DUCKDB_RUNS ?? (size >= 1_000_000 ? 3 : 5));
    const parse: Measurement[] = [];
    const memory: Measurement[] = [];
    const duck: Measurement[] = [];
    const fromParquet: Measurement[] = [];
    const parquetOnly: Measurement[] = [];
    const reports = ["memory", "duckdb", "parquet", "parquet-only"].map((name) => path.join(work, `${name}.json`));
    for (let run = 0; run < runs; run++) {
      const write = (at: number) => (run === 0 ? reports[at] : undefined);
      parse.push(measure("json-parse", folder));
      memory.push(measure("reconcile", folder, root, undefined, write(0)));
      duck.push(measure("duckdb", folder, root, undefined, write(1)));
      fromParquet.push(measure(`duckdb-parquet:${parquet}`, folder, root, undefined, write(2)));
      parquetOnly.push(measure(`duckdb-parquet-only:${parquet}`, folder, root, undefined, write(3)));
    }
    const [memoryReport, ...others] = reports.map((file) => readFileSync(file));
    const equal = others.every((report) => memoryReport!.equals(report));
    const ms = (list: Measurement[]) => median(list.map((m) => m.ms));
    const rss = (list: Measurement[]) => median(list.map((m) => m.maxRssMb)).toFixed(0);
    const parseMs = ms(parse);
    console.log(
      `| ${size.toLocaleString("en-US")} | ${runs} | ${parseMs.toFixed(0)} | ${ms(memory).toFixed(0)} | ${ms(duck).toFixed(0)} | ${ms(fromParquet).toFixed(0)} | ${ms(parquetOnly).toFixed(0)} | ${(ms(memory) / parseMs).toFixed(2)}× | ${(ms(duck) / parseMs).toFixed(2)}× | ${(ms(parquetOnly) / parseMs).toFixed(2)}× | ${(ms(duck) / ms(memory)).toFixed(2)}× | ${(ms(parquetOnly) / ms(memory)).toFixed(2)}× | ${rss(memory)} / ${rss(duck)} / ${rss(parquetOnly)} | ${equal ? `yes (${memoryReport!.length.toLocaleString("en-US")} bytes)` : "**no**"} |`,
    );
    rmSync(work, { recursive: true, force: true });
  }
  const large = Number(process.env.BENCH_DUCKDB_LARGE ?? 0);
  if (large > 0) runLargeDuckdb(large);
}

/**
 * A base too large for the default engine's 1.35 GB per million facts: generated file by file, exported
 * to Parquet one file at a time, the DuckDB engine's SQL run on the Parquet alone, then `reconcile
 * --engine duckdb --parquet --parquet-only` end to end (BENCH_DUCKDB_LARGE_HEAP_MB, 10 GB by default:
 * the machine is shared). It writes the GitHub annotations, a line per discrepancy: the JSON and
 * Markdown reports of a 10M base are several GB, past the longest string JavaScript can make. Each
 * step once, its time and peak RSS; a step that fails is reported with why, and the next still runs.
 */
function runLargeDuckdb(size: number): void {
  const work = mkdtempSync(path.join(tmpdir(), "concord-bench-duckdb-large-"));
  const folder = path.join(work, "facts");
  const parquet = path.join(work, "parquet");
  console.log("");
  console.log(`${size.toLocaleString("en-US")} facts through the DuckDB engine (one run each; load average at the start ${loadavg().map((load) => load.toFixed(1)).join(", ")}):`);
  console.log("");
  console.log("| step | time (s) | peak RSS (MB) | note |");
  console.log("|---|---:|---:|---|");
  const started = Date.now();
  const base = generateFactBase(folder, size);
  console.log(`| generate (${base.files.toLocaleString("en-US")} JSON files, ${(base.bytes / 2 ** 30).toFixed(2)} GiB) | ${((Date.now() - started) / 1000).toFixed(0)} | (this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}) | written file by file |`);
  const step = (name: string, mode: string, note: (m: Measurement) => string, heapMb?: number, reportFile?: string) => {
    try {
      const m = measure(mode, folder, root, undefined, reportFile, heapMb);
      console.log(`| ${name} | ${(m.ms / 1000).toFixed(1)} | ${m.maxRssMb.toFixed(0)} | ${note(m)} |`);
    } catch (error) {
      const why = String((error as { stderr?: string }).stderr ?? (error as Error).message).split("\n").filter((line) => /heap|memory|Error/i.test(line)).slice(0, 2).join(" ").slice(0, 200);
      console.log(`| ${name} | — | — | failed: ${why || (error as Error).message.slice(0, 200)} |`);
    }
  };
  step("JSON.parse of every file", "json-parse", () => "the baseline");
  step("`facts --format parquet` (streaming)", `export-parquet:${parquet}`, () => `${(dirBytes(parquet) / 2 ** 20).toFixed(0)} MB of Parquet`);
  step("the engine's SQL on the Parquet alone", `prefilter-parquet:${parquet}`, (m) => `${m.groups?.toLocaleString("en-US")} groups; kept: ${Object.entries(m.kept ?? {}).map(([rule, kept]) => `${rule} ${kept.toLocaleString("en-US")}`).join(", ")}`);
  const heapMb = Number(process.env.BENCH_DUCKDB_LARGE_HEAP_MB ?? 10_240);
  const annotations = path.join(work, "annotations.txt");
  step(`\`reconcile --engine duckdb --parquet --parquet-only\` (heap limit ${heapMb.toLocaleString("en-US")} MB)`, `duckdb-parquet-only-github:${parquet}`, () => `end to end, GitHub annotations (${(statSync(annotations).size / 2 ** 20).toFixed(1)} MB, ${readFileSync(annotations, "utf8").split("\n").filter(Boolean).length.toLocaleString("en-US")} lines)`, heapMb, annotations);
  rmSync(work, { recursive: true, force: true });
}

/** The bytes of the files in a folder and its folders (the Parquet files and the sources beside them). */
function dirBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? dirBytes(path.join(folder, entry.name)) : statSync(path.join(folder, entry.name)).size), 0);
}

if (process.env.BENCH_IMPORT !== "0") await runImportBench();
if (process.env.BENCH_EXTRACT !== "0") await runExtractBench();
