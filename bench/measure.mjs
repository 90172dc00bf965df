// One measurement in a fresh process, printed as JSON: the wall time of the work and the process's
// peak resident memory. Modes: `json-parse` (the baseline: read every file and JSON.parse it),
// `json-group` (the floor of any in-memory reconcile: JSON.parse every file, keep every fact, and
// group the facts by key in a tree of maps, with no validation, positions, arithmetic or report) and
// `reconcile` (concord end to end: load, validate, reconcile, format the JSON report) and
// `since:REF` (the same with `--since REF`, run in a git repository); `duckdb` (reconcile with
// `--engine duckdb`, facts loaded into DuckDB) and `duckdb-parquet:DIR` (the same reading DIR's Parquet);
// `export-parquet:DIR` (`concord facts --format parquet --out DIR`); `prefilter-parquet:DIR` (the DuckDB
// engine's SQL alone over DIR's Parquet, no facts in JavaScript: what scales past one machine);
// `duckdb-parquet-only:DIR` (reconcile from DIR's Parquet alone, `--parquet-only`, no fact file loaded) and
// `duckdb-parquet-only-github:DIR` (the same writing GitHub annotations, a line per discrepancy). A fourth
// argument names a file the reconcile modes write their JSON report to, for comparing engines.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const [mode, folder, taxonomy, reportFile] = process.argv.slice(2);
let extra = {};
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
} else if (mode === "reconcile" || mode.startsWith("since:") || mode === "duckdb" || mode.startsWith("duckdb-parquet:") || mode.startsWith("duckdb-parquet-only")) {
  const { main } = await import("../dist/cli.js");
  const since = mode.startsWith("since:") ? ["--since", mode.slice("since:".length)] : [];
  const parquetOnly = /^duckdb-parquet-only(-github)?:(.*)$/.exec(mode);
  const engine = mode === "duckdb" ? ["--engine", "duckdb"] : mode.startsWith("duckdb-parquet:") ? ["--engine", "duckdb", "--parquet", mode.slice("duckdb-parquet:".length)] : parquetOnly ? ["--engine", "duckdb", "--parquet", parquetOnly[2], "--parquet-only"] : [];
  const format = parquetOnly?.[1] ? "github" : "json";
  // What reconcile says on stderr is shown only if it fails (with --out FILE it reports the file written).
  const said = [];
  const code = await main(["reconcile", folder, "--taxonomy", taxonomy, "--format", format, "--out", reportFile ?? "-", "--fail-on", "never", ...since, ...engine], {
    cwd: process.cwd(),
    stdout: () => {},
    stderr: (text) => said.push(text),
  });
  if (code !== 0) throw new Error(`reconcile exited ${code}: ${said.join("")}`);
} else if (mode.startsWith("export-parquet:")) {
  const { main } = await import("../dist/cli.js");
  const code = await main(["facts", folder, "--taxonomy", taxonomy, "--format", "parquet", "--out", mode.slice("export-parquet:".length), "--force"], {
    cwd: process.cwd(),
    stdout: () => {},
    stderr: () => {},
  });
  if (code !== 0) throw new Error(`facts --format parquet exited ${code}`);
} else if (mode.startsWith("prefilter-parquet:")) {
  const [{ openFactStore }, { ENGINE_COLUMNS }, { candidateQueries, setupSql }, { loadTaxonomy }] = await Promise.all([
    import("../dist/io/duckdb-store.js"),
    import("../dist/store/fact-columns.js"),
    import("../dist/reconcile/prefilter-sql.js"),
    import("../dist/load/load-fact-base.js"),
  ]);
  const { taxonomy: loaded } = loadTaxonomy({ file: taxonomy, text: readFileSync(taxonomy, "utf8") });
  const store = await openFactStore({ parquetFolder: mode.slice("prefilter-parquet:".length), columns: ENGINE_COLUMNS });
  await store.run(setupSql(0.05));
  const [{ facts }] = await store.query("SELECT count(*)::BIGINT AS facts FROM facts");
  const [{ groups }] = await store.query(`SELECT count(*)::BIGINT AS groups FROM (SELECT DISTINCT entity, segment, metric, measure, "of", period_key, unit FROM facts)`);
  const kept = {};
  for (const [rule, sql] of candidateQueries(loaded)) kept[rule] = (await store.query(sql)).length;
  store.close();
  extra = { facts: Number(facts), groups: Number(groups), kept };
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra })}\n`);
