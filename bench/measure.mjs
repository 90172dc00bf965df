// One measurement in a fresh process, printed as JSON: the wall time of the work and the process's
// peak resident memory. Modes: `json-parse` (the baseline: read every file and JSON.parse it),
// `json-group` (the floor of any in-memory reconcile: JSON.parse every file, keep every fact, and
// group the facts by key in a tree of maps, with no validation, positions, arithmetic or report) and
// `reconcile` (concord end to end: load, validate, reconcile, format the JSON report) and
// `since:REF` (the same with `--since REF`, run in a git repository).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const [mode, folder, taxonomy] = process.argv.slice(2);
const started = performance.now();
if (mode === "json-parse") {
  let facts = 0;
  for (const name of readdirSync(folder).sort()) facts += JSON.parse(readFileSync(path.join(folder, name), "utf8")).facts.length;
  if (facts === 0) throw new Error("no facts");
} else if (mode === "json-group") {
  const root = new Map();
  const child = (map, key) => {
    let next = map.get(key);
    if (!next) map.set(key, (next = new Map()));
    return next;
  };
  let facts = 0;
  for (const name of readdirSync(folder).sort()) {
    for (const fact of JSON.parse(readFileSync(path.join(folder, name), "utf8")).facts) {
      const byPeriod = child(child(child(child(child(child(root, fact.entity), fact.segment), fact.metric), fact.measure), fact.of), fact.unit);
      const group = byPeriod.get(fact.period);
      if (group) group.push(fact);
      else byPeriod.set(fact.period, [fact]);
      facts++;
    }
  }
  if (facts === 0) throw new Error("no facts");
} else if (mode === "reconcile" || mode.startsWith("since:")) {
  const { main } = await import("../dist/cli.js");
  const since = mode.startsWith("since:") ? ["--since", mode.slice("since:".length)] : [];
  const code = await main(["reconcile", folder, "--taxonomy", taxonomy, "--format", "json", "--out", "-", "--fail-on", "never", ...since], {
    cwd: process.cwd(),
    stdout: () => {},
    stderr: (text) => process.stderr.write(text),
  });
  if (code !== 0) throw new Error(`reconcile exited ${code}`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
