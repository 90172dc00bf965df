// Start-up: `concord validate` on the repository's own facts (the built CLI, bin/concord.js, in a fresh
// process each time) against `node -e ''` on the same machine in the same run, alternately, medians.
// The parse cache is warm (one run first, into a cache folder of its own) as on any run after the
// first; a cold-cache median (taxonomy and fact files parsed) is shown beside it. Alone:
// `npm run bench:startup`; in `npm run bench`, BENCH_STARTUP=0 skips it; BENCH_STARTUP_RUNS sets the
// number of runs (9).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function timed(args: string[], cache: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, XDG_CACHE_HOME: cache }, encoding: "utf8" });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function runStartupBench(): void {
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 9);
  const work = mkdtempSync(path.join(tmpdir(), "concord-bench-startup-"));
  const warmCache = path.join(work, "warm");
  const validate = [path.join(root, "bin/concord.js"), "validate"];
  const loadBefore = loadavg()[0]!;
  timed(validate, warmCache);
  const node: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  for (let run = 0; run < runs; run++) {
    node.push(timed(["-e", ""], warmCache));
    warm.push(timed(validate, warmCache));
    if (run % 3 === 0) {
      const coldCache = path.join(work, `cold-${run}`);
      cold.push(timed(validate, coldCache));
      rmSync(coldCache, { recursive: true, force: true });
    }
  }
  rmSync(work, { recursive: true, force: true });
  const base = median(node);
  const row = (name: string, values: number[]) => `| ${name} | ${values.length} | ${median(values).toFixed(0)} | ${(median(values) / base).toFixed(1)}× |`;
  console.log("");
  console.log(`Start-up: \`concord validate\` on the repository's facts, fresh processes, alternately with \`node -e ''\` (load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}):`);
  console.log("");
  console.log("| run | runs | median ms | ratio to node -e '' |");
  console.log("|---|---:|---:|---:|");
  console.log(row("node -e ''", node));
  console.log(row("concord validate, parse cache warm", warm));
  console.log(row("concord validate, parse cache cold", cold));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`machine: ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  runStartupBench();
}
