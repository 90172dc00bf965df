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
import { execFileSync } from "node:child_process";
import { cpus, totalmem, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
}

/** Runs one measurement in a fresh process; the parse cache goes to `cache`, away from the user's own. */
function measure(mode: string, folder: string, cwd = root, cache = path.join(tmpdir(), "concord-bench-cache")): Measurement {
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  const output = execFileSync(process.execPath, ["--max-old-space-size=4096", path.join(root, "bench/measure.mjs"), mode, folder, taxonomy], { encoding: "utf8", maxBuffer: 1 << 26, cwd, env });
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
// the parse cache warm, as in CI after the first run); the ratio is what the target is about.
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

if (process.env.BENCH_IMPORT !== "0") await runImportBench();
if (process.env.BENCH_EXTRACT !== "0") await runExtractBench();
