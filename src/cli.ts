// The command line: parses arguments, does all reading and writing, and returns an exit code
// (0 fine, 1 findings at or above the fail level, 2 bad usage or unusable input). It never calls
// process.exit, so it can be driven from tests.
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import type { Diagnostic, FactBase } from "./model/types.js";
import { formatDiagnostics } from "./format/diagnostics.js";
import { formatFactsCsv, formatFactsJson, selectFacts } from "./format/fact-records.js";
import { buildFactTable, formatFactTableMarkdown, formatFactTableText } from "./format/fact-table.js";
import { parsePeriod } from "./periods/period.js";
import { collectFactFiles, decodeUtf8, displayPath, findTaxonomy, NotText, readText, REVIEWS_FILE } from "./io/fact-files.js";
import { GitError, prefetchChangedAtRef, type Prefetched } from "./io/git.js";
import { writeFileAtomic } from "./io/write-file-atomic.js";
import { openParseCache, type ParseCache } from "./io/parse-cache-store.js";
import { FACTS_FOLDER, findRoot, isInside } from "./io/root.js";
import { loadFactFiles, loadTaxonomy, withFactFiles, type LoadResult, type Parse, type TaxonomyResult } from "./load/load-fact-base.js";
import type { Taxonomy } from "./taxonomy/taxonomy.js";
import { CONFIG_FILE, defaultConfig, loadConfig, type Config } from "./config/config.js";
import { loadReviews, type Review } from "./reviews/reviews.js";
import { buildReview, setReview, todayUtc, VERDICTS, type RequestProblem } from "./reviews/edit-reviews.js";
import { formatOpenItems, openItems } from "./reviews/open-findings.js";
import { reconcile, reconcileLazily } from "./reconcile/reconcile.js";
import type { Changes } from "./reconcile/changes.js";
import { finishSince, sinceShownOnly, startSince as sinceStart, type SinceStart } from "./reconcile/since.js";
import type { Severity } from "./model/finding.js";
import { atOrAbove, itemHeadline, openItemsAtOrAbove } from "./format/present.js";
import { formatReportMarkdown } from "./format/report-markdown.js";
import { formatReportJson } from "./format/report-json.js";
import { formatReportGithub } from "./format/report-github.js";
import { formatReportHtml } from "./format/report-html.js";
import type { ReportInput } from "./format/report-model.js";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { Extraction } from "./extract/extract.js";
import type { ProposedFile } from "./extract/fact-file.js";
import { yamlLibrary } from "./load/libraries.js";
import { parseDocument } from "./load/parse-document.js";
import { checkCompanyFacts, jsonPointer, type CompanyFacts } from "./import/companyfacts.js";
import { counted } from "./model/wording.js";
import type { EngineCandidates } from "./reconcile/duckdb-engine.js";
import type { ParquetRun } from "./reconcile/parquet-engine.js";
import type { FactStore } from "./io/duckdb-store.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock `concord review` dates a verdict by (default: the system's). */
  now?: () => Date;
}

const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Raised for input concord cannot use; the CLI prints its diagnostics and exits 2. */
class UnusableInput extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${counted(diagnostics.length, "problem")} in the input`);
  }
}

export async function main(argv: readonly string[], cliIo: CliIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const debug = argv.includes("--debug");
  // concord works from the repository root wherever it is run: default paths (facts/, reports/) and
  // the file names it prints are the root's; paths given on the command line are the caller's.
  const root = findRoot(cliIo.cwd) ?? cliIo.cwd;
  const io: CliIo = { ...cliIo, cwd: root };
  const given = (file: string): string => displayPath(path.resolve(cliIo.cwd, file), root) || ".";
  const givenOption = <T extends object>(options: T, ...names: (keyof T)[]): T => {
    const rebased = { ...options };
    for (const name of names) if (typeof rebased[name] === "string" && rebased[name] !== "-") rebased[name] = given(rebased[name] as string) as T[keyof T];
    return rebased;
  };
  const factPaths = (paths: string[]): string[] => (paths.length > 0 ? paths.map(given) : [FACTS_FOLDER]);
  const program = new Command()
    .name("concord")
    .description("Cross-source consistency checker for financial figures quoted in the news.")
    .option("--debug", "print stack traces for unexpected errors")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run concord --help for usage)")
    .addHelpText("after", examples(["concord validate", "concord reconcile", "concord review --open", "concord validate --help"], "Run it anywhere in the repository: paths default to facts/ at the root (the nearest folder above with concord.config.yaml, or facts/taxonomy.yaml)."));

  program
    .command("validate")
    .description("check fact files against the schemas and the taxonomy; report every problem with file:line:column")
    .argument("[paths...]", "fact files or folders (default: facts/ at the repository root)")
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .addHelpText("after", examples(["concord validate", "concord validate facts/new-article.yaml", "cd facts && concord validate ."]))
    .action((paths: string[], options: { taxonomy?: string }) => {
      const result = loadOrThrow(factPaths(paths), givenOption(options, "taxonomy").taxonomy, io);
      const sources = result.factBase.sources.length;
      io.stdout(`${counted(result.factBase.files.length, "file")}, ${counted(sources, "source")}, ${counted(result.factBase.facts.length, "fact")}: no problems\n`);
      exitCode = EXIT_OK;
    });

  program
    .command("facts")
    .description("list every fact, normalised, one record each (values in base units); or one company's figures side by side, a row per key and a column per source, values that differ marked")
    .argument("[paths...]", "fact files or folders (default: facts/ at the repository root)")
    .addOption(new Option("--format <format>", "output format: json and csv one record per fact; table (aligned text) and markdown one company's figures side by side (needs --entity); parquet one file per entity in the folder --out names").choices(["json", "csv", "table", "markdown", "parquet"]).default("json"))
    .option("--entity <id>", "only the facts of this entity (a taxonomy id, e.g. AMZN)")
    .option("--period <period>", "only the facts of this period, matched on the days it covers (for a calendar-year company FY2025 is also TTM:2025-12-31)")
    .option("--out <file>", "write to a file instead of stdout (- for stdout); for parquet, the folder to write (never overwritten without --force)", "-")
    .option("--force", "with --format parquet: replace the --out folder if it holds files")
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .option("--config <file>", `configuration, for how table and markdown compare values (default: the nearest ${CONFIG_FILE} in or above the working folder)`)
    .addHelpText(
      "after",
      examples([
        "concord facts > facts.json",
        "concord facts --format csv --out reports/facts.csv",
        "concord facts facts/dolphin-2026-02-06-amzn-q4-call.yaml",
        "concord facts --entity AMZN --period 2025-Q4 --format table",
        "concord facts --entity AMZN --format markdown --out reports/amzn-facts.md",
        "concord facts --entity MSFT --period FY2025 --format csv",
        "concord facts --format parquet --out warehouse/facts",
      ]),
    )
    .action(async (paths: string[], cliOptions: FactsCliOptions) => {
      const options = givenOption(cliOptions, "out", "taxonomy", "config");
      const read = factPaths(paths);
      refuseInsideFactBase(options.out, read, io);
      if (options.format === "parquet") {
        exitCode = await runFactsParquet(read, options, io);
        return;
      }
      const { factBase, taxonomy } = loadOrThrow(read, options.taxonomy, io);
      writeOutput(options.out, formatFacts(factBase, taxonomy, read, options, io), io);
      exitCode = EXIT_OK;
    });

  program
    .command("reconcile")
    .description("compare every fact with every other fact of the same key and write the conflict report")
    .argument("[paths...]", "fact files or folders (default: facts/ at the repository root)")
    .addOption(new Option("--format <format>", "report format").choices(["markdown", "json", "github", "html"]).default("markdown"))
    .option("--out <file>", "where to write the report (- for stdout; default: reports/conflicts.md at the repository root for markdown, stdout otherwise)")
    .option("--also <format=file>", "also write the same report in another format, e.g. markdown=reports/changes.md or github=- (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--full-report <file>", "with --since: also write the full Markdown report, every finding, as concord reconcile without --since writes it")
    .addOption(new Option("--fail-on <level>", "exit 1 when open findings at or above this level remain").choices(["error", "warning", "info", "never"]).default("error"))
    .option("--since <ref>", "report only findings involving facts added or changed since this git ref, and what changed")
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .option("--reviews <file>", "editors' verdicts (default: reviews.yaml in the first folder given)")
    .option("--config <file>", `configuration (default: the nearest ${CONFIG_FILE} in or above the working folder)`)
    .addOption(new Option("--engine <engine>", "memory: every rule in memory; duckdb: the group-level rules' candidate groups found by SQL on DuckDB, then judged by the same exact code (same report)").choices(["memory", "duckdb"]).default("memory"))
    .option("--parquet <folder>", "with --engine duckdb: read the facts for SQL from this folder of Parquet files (concord facts --format parquet) instead of loading them into DuckDB")
    .option("--parquet-only", "with --parquet: load no fact file; hold only the facts the report needs, made from the Parquet rows (for bases too large to load)")
    .addHelpText("after", examples(["concord reconcile", "concord reconcile --format json --out - | jq .summary", "concord reconcile --since origin/main --format github", "concord reconcile --fail-on warning", "concord reconcile --format html --out reports/conflicts.html", "concord reconcile --engine duckdb --parquet warehouse/facts", "concord reconcile --engine duckdb --parquet warehouse/facts --parquet-only"]))
    .action(async (paths: string[], options: ReconcileOptions) => {
      const rebased = givenOption(options, "out", "taxonomy", "reviews", "config", "parquet");
      exitCode = await runReconcile(factPaths(paths), rebased, io);
    });

  program
    .command("review")
    .description("record an editor's verdict on a discrepancy (or one of its findings) in reviews.yaml (added, or put in place of the old one), or list the discrepancies still without one")
    .argument("[id]", "the discrepancy's id, as the report shows it (e.g. d-a33e61d3), for the whole item; or a finding's (e.g. contradiction-7f5558e0)")
    .addOption(new Option("--verdict <verdict>", "source_right: the --right sources have the supported value; both_right: right on different bases; not_a_conflict: not the same figure").choices(VERDICTS))
    .option("--right <source-ids...>", "for source_right: the ids of the sources whose value stands")
    .option("--note <text>", "why: the evidence (e.g. the company's release) and what the wrong value likely is")
    .option("--reviewer <name>", "who decides")
    .option("--date <date>", "the date of the verdict, YYYY-MM-DD (default: today, UTC)")
    .option("--open", "list the discrepancies at or above --fail-on that have no verdict yet (id, severity, what disagrees, its findings' ids)")
    .addOption(new Option("--fail-on <level>", "with --open: the lowest severity listed").choices(["error", "warning", "info"]).default("error"))
    .addOption(new Option("--facts <path>", "a fact file or folder (repeat for more)").argParser((value: string, previous: string[]) => [...previous, value]).default([], "facts/ at the repository root"))
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .option("--reviews <file>", "the verdicts file to edit (default: reviews.yaml in the first fact folder)")
    .option("--config <file>", `configuration (default: the nearest ${CONFIG_FILE} in or above the working folder)`)
    .addHelpText(
      "after",
      examples([
        "concord review --open",
        'concord review contradiction-7f5558e0 --verdict source_right --right amzn-release-2026-02-05-q4-2025 --note "The release gives 11,472m." --reviewer "fact-check desk"',
        'concord review d-a33e61d3 --verdict both_right --note "23% reported, 22% ex-FX in the release." --reviewer desk --date 2026-11-21',
      ]),
    )
    .action((finding: string | undefined, options: ReviewOptions) => {
      const today = todayUtc((cliIo.now ?? (() => new Date()))());
      exitCode = runReview(finding, { ...givenOption(options, "taxonomy", "reviews", "config"), facts: factPaths(options.facts) }, today, io);
    });

  program
    .command("extract")
    .description("propose a fact file from an article's figures (plain text or Markdown; JSON to stdout by default)")
    .argument("<article>", "the article's text file")
    .option("--date <date>", "the article's date, YYYY-MM-DD, for 今年/去年/fourth quarter (default: its front matter or dateline)")
    .option("--entity <id>", "the entity figures belong to when the text names none (default: the one it names most)")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("json"))
    .option("--out <file>", "write to a file instead of stdout (never overwrites without --force)", "-")
    .option("--force", "overwrite --out if it exists")
    .option("--explain", "print on stderr, for each proposed fact, which words decided each field and why")
    .option("--id <id>", "the source id (default: from the file name)")
    .option("--publisher <name>", "the publisher for the source block")
    .option("--taxonomy <file>", "taxonomy file (default: facts/taxonomy.yaml in or above the working folder)")
    .addHelpText("after", examples(["concord extract article.md --format yaml --out facts/new-article.yaml", "concord extract article.md --date 2026-02-06 --entity AMZN --explain"]))
    .action(async (article: string, options: ExtractCliOptions) => {
      exitCode = runExtract(given(article), givenOption(options, "out", "taxonomy"), await loadExtractor(), io);
    });

  program
    .command("check")
    .description("extract a draft's figures and reconcile them against the fact base; report findings at the draft's line:column")
    .argument("<draft>", "the draft's text file")
    .argument("[paths...]", "fact files or folders (default: facts/ at the repository root)")
    .addOption(new Option("--format <format>", "report format").choices(["markdown", "json", "github"]).default("markdown"))
    .option("--out <file>", "where to write the report (- for stdout)", "-")
    .addOption(new Option("--fail-on <level>", "exit 1 when a draft figure's verdict is at or above this level (wrong: error, unsure: warning, unverified: info)").choices(["error", "warning", "info", "never"]).default("error"))
    .option("--date <date>", "the draft's date, YYYY-MM-DD (default: its front matter or dateline)")
    .option("--entity <id>", "the entity figures belong to when the text names none")
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .option("--config <file>", `configuration (default: the nearest ${CONFIG_FILE} in or above the working folder)`)
    .addHelpText("after", examples(["concord check draft.md", "concord check draft.md --fail-on warning --format github", "concord check draft.md --format json --out reports/draft-check.json"]))
    .action(async (draft: string, paths: string[], cliOptions: CheckCliOptions) => {
      const options = givenOption(cliOptions, "out", "taxonomy", "config");
      const read = factPaths(paths);
      refuseInsideFactBase(options.out, read, io);
      exitCode = runCheck(given(draft), read, options, await loadExtractor(), io);
    });

  program
    .command("import")
    .description("make a primary-source fact file from a company's own published data")
    .command("sec")
    .description("a fact file from the SEC XBRL companyfacts JSON of a company (downloaded beforehand: concord uses no network)")
    .argument("<companyfacts>", "the companyfacts JSON file (data.sec.gov/api/xbrl/companyfacts/CIK##########.json)")
    .option("--entity <id>", "the taxonomy entity to file the figures under when the taxonomy does not know the CIK")
    .option("--since <year>", "keep only periods ending in this year or later, YYYY")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .option("--out <file>", "write to a file instead of stdout (never overwrites without --force)", "-")
    .option("--force", "overwrite --out if it exists")
    .option("--taxonomy <file>", "taxonomy file (default: facts/taxonomy.yaml in or above the working folder)")
    .addHelpText("after", examples(["concord import sec CIK0001018724.json --since 2023 --out facts/amzn-sec-companyfacts.yaml", "concord import sec companyfacts.json --entity SONY --format json"]))
    .action(async (file: string, options: ImportSecOptions) => {
      exitCode = runImportSec(given(file), givenOption(options, "out", "taxonomy"), await import("./import/sec.js"), io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; anything else commander rejects is bad usage.
      return error.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
    }
    if (error instanceof UnusableInput) {
      io.stderr(formatDiagnostics(error.diagnostics));
      return EXIT_UNUSABLE;
    }
    io.stderr(`concord: unexpected error: ${(error as Error).message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ""}\n`);
    else io.stderr("(run again with --debug for the stack trace)\n");
    return EXIT_UNUSABLE;
  }
}

interface FactsCliOptions {
  format: "json" | "csv" | "table" | "markdown" | "parquet";
  force?: boolean;
  entity?: string;
  period?: string;
  out: string;
  taxonomy?: string;
  config?: string;
}

/**
 * `concord facts`: the facts selected by --entity and --period, as records (JSON, CSV) or, for one
 * entity, side by side (terminal text, Markdown; see format/fact-table.ts).
 */
function formatFacts(factBase: FactBase, taxonomy: Taxonomy, paths: readonly string[], options: FactsCliOptions, io: CliIo): string {
  const where = paths[0] ?? FACTS_FOLDER;
  const { entity, period } = options;
  if (entity !== undefined && !taxonomy.entities.has(entity)) throw usageProblem(where, "--entity is not an entity of the taxonomy", JSON.stringify(entity), `one of ${[...taxonomy.entities.keys()].join(", ")}`);
  if (period !== undefined) {
    const resolved = parsePeriod(period, entity !== undefined ? taxonomy.entities.get(entity)?.fiscalYearEnd : undefined);
    if (!resolved.ok) throw usageProblem(where, "--period is not a period", JSON.stringify(period), resolved.expected);
  }
  const selection = { ...(entity !== undefined ? { entity } : {}), ...(period !== undefined ? { period } : {}) };
  if (options.format === "table" || options.format === "markdown") {
    if (entity === undefined) throw usageProblem(where, `--format ${options.format} shows one company's figures, and no company was given`, "no --entity", "--entity ID, e.g. --entity AMZN");
    const table = buildFactTable(factBase, taxonomy, { ...selection, entity }, readConfig(options.config, io));
    return options.format === "table" ? formatFactTableText(table) : formatFactTableMarkdown(table);
  }
  const selected = selectFacts(factBase, selection, taxonomy);
  return options.format === "csv" ? formatFactsCsv(selected) : formatFactsJson(selected);
}

interface ReconcileOptions {
  format: "markdown" | "json" | "github" | "html";
  out?: string;
  failOn: Severity | "never";
  since?: string;
  also?: string[];
  fullReport?: string;
  taxonomy?: string;
  reviews?: string;
  config?: string;
  engine: "memory" | "duckdb";
  parquet?: string;
  parquetOnly?: boolean;
}

async function runReconcile(paths: string[], options: ReconcileOptions, io: CliIo): Promise<number> {
  if (options.parquet !== undefined && options.engine !== "duckdb") throw usageProblem(options.parquet, "--parquet is read by the DuckDB engine only", "--parquet without --engine duckdb", "--engine duckdb --parquet FOLDER, or no --parquet");
  if (options.out !== undefined) refuseInsideFactBase(options.out, paths, io);
  const also = (options.also ?? []).map(alsoOutput);
  for (const file of [...also.map((output) => output.file), ...(options.fullReport !== undefined ? [options.fullReport] : [])]) refuseInsideFactBase(file, paths, io);
  const config = readConfig(options.config, io);
  if (options.parquetOnly) {
    if (options.parquet === undefined || options.engine !== "duckdb") throw usageProblem(paths[0] ?? FACTS_FOLDER, "--parquet-only reads a Parquet folder with the DuckDB engine", "--parquet-only without --engine duckdb --parquet FOLDER", "--engine duckdb --parquet FOLDER --parquet-only");
    if (options.since !== undefined) throw usageProblem(options.parquet, "--since compares fact files at a git ref, and --parquet-only loads none", "--since with --parquet-only", "--since without --parquet-only");
  }
  // --since: git's part that does not depend on the fact files runs while they load and reconcile.
  const prefetched = options.since !== undefined && !options.parquetOnly ? prefetchChangedAtRef(options.since, paths, io.cwd) : undefined;
  const loaded = options.parquetOnly ? await parquetOnly(paths, options, config, io) : loadOrThrow(paths, options.taxonomy, io);
  const reviews = readReviews(options.reviews ?? defaultReviewsFile(paths, io.cwd), options.reviews !== undefined, loaded, io);
  const engine = "candidates" in loaded ? loaded : options.engine === "duckdb" ? await duckdbEngine(loaded, config, options.parquet, io) : undefined;
  // --since: the ref is read and the changed files compared before the reconcile (git has mostly
  // answered while the files loaded), so the reconcile knows which keys the report can show.
  const since = options.since !== undefined && !("candidates" in loaded) ? startSince(options.since, paths, loaded, await prefetched, config, options.taxonomy, io) : undefined;
  // Only findings the report can show are worked out, unless a verdict may name another (stale
  // reviews need every item's id) or the full report shows them all: then every rule runs on every key.
  const shownOnly = since && reviews.length === 0 && options.fullReport === undefined ? sinceShownOnly(since) : undefined;
  const reconcileOptions = { ...(engine ? { candidates: engine.candidates } : {}), ...(shownOnly ? { shownOnly } : {}) };
  // With --since the report shows only the items touching a changed fact: only what it shows is
  // judged (those items, the items the changes list, and with --full-report every finding).
  const lazily = since ? reconcileLazily(loaded.factBase, reviews, config, loaded.taxonomy, reconcileOptions) : undefined;
  const result = lazily ?? reconcile(loaded.factBase, reviews, config, loaded.taxonomy, reconcileOptions);
  const { findings, staleReviews } = result;
  let items = result.items;
  let shown = findings;
  let shownItems = items;
  let changes: Changes | undefined;
  if (since && lazily) {
    changes = finishSince(since, lazily);
    const touched = changes.touched;
    // A discrepancy is shown whole when any of its findings involves a fact added or changed.
    shownItems = lazily.judgeItems(items.filter((item) => item.findings.some((finding) => finding.facts.some((fact) => touched.has(fact)))));
    shown = shownItems.flatMap((item) => item.findings);
    if (options.fullReport !== undefined) items = lazily.judgeItems(items);
  }
  const input: ReportInput = {
    factBase: loaded.factBase,
    taxonomy: loaded.taxonomy,
    findings: shown,
    items: shownItems,
    staleReviews,
    failOn: options.failOn,
    intervalOptions: { aboutTolerance: config.aboutTolerance },
    ...(changes ? { changes } : {}),
    ...("factCount" in loaded ? { factCount: loaded.factCount } : {}),
  };
  const render = renderReport;
  const out = options.out ?? (options.format === "markdown" ? "reports/conflicts.md" : "-");
  writeOutput(out, render(options.format, input), io);
  // One run, several outputs (CI: annotations, the change report and the gate from one invocation).
  for (const output of also) writeOutput(output.file, render(output.format, input), io);
  if (options.fullReport !== undefined) {
    const { changes: _changes, ...full } = input;
    writeOutput(options.fullReport, formatReportMarkdown({ ...full, findings, items }), io);
  }
  // The gate counts discrepancies: one open item fails once, however many rules see it.
  const open = openItemsAtOrAbove(shownItems, options.failOn).length;
  const stale = atOrAbove("warning", options.failOn) ? staleReviews.length : 0;
  if ("factCount" in loaded) io.stderr(`--parquet-only: ${counted(loaded.factBase.facts.length, "fact")} held of ${loaded.factCount.toLocaleString("en-US")} in the Parquet folder\n`);
  if (out !== "-") io.stderr(`${counted(shownItems.length, "discrepancy", "discrepancies")} from ${counted(shown.length, "finding")} (${open} open at or above ${options.failOn}), ${counted(staleReviews.length, "stale review")}: report written to ${out}\n`);
  return open + stale > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The DuckDB engine's candidate groups: the facts loaded into an in-memory DuckDB (or read from a
 * Parquet folder), the pre-filter queries run, and the groups they keep mapped back to the fact base.
 * DuckDB is imported only here and by the Parquet export.
 */
async function duckdbEngine(loaded: LoadResult & { taxonomy: Taxonomy }, config: Config, parquet: string | undefined, io: CliIo): Promise<EngineCandidates> {
  const [{ openFactStore }, { factRows, ENGINE_COLUMNS, FINGERPRINT_COLUMNS }, { duckdbCandidates, verifyStore, StoreMismatch }] = await Promise.all([import("./io/duckdb-store.js"), import("./store/fact-columns.js"), import("./reconcile/duckdb-engine.js")]);
  let store: FactStore;
  if (parquet !== undefined) {
    store = await openParquet(parquetFolder(parquet, io), parquet, [...new Set([...ENGINE_COLUMNS, ...FINGERPRINT_COLUMNS])], openFactStore);
  } else {
    store = await openFactStore({ columns: ENGINE_COLUMNS });
    const toRow = factRows(ENGINE_COLUMNS);
    store.append(loaded.factBase.facts.map(toRow));
  }
  try {
    // (Facts loaded into DuckDB here are the fact base's own; a Parquet folder may be older than the files.)
    if (parquet !== undefined) await verifyStore(store, loaded.factBase);
    return await duckdbCandidates(store, loaded.factBase, loaded.taxonomy, config);
  } catch (error) {
    if (error instanceof StoreMismatch) throw usageProblem(parquet ?? ".", "the Parquet files do not hold the facts loaded", error.message, "a folder exported from the same fact files (concord facts --format parquet --out FOLDER --force)");
    throw error;
  } finally {
    store.close();
  }
}

/**
 * `--parquet-only`: the facts a run needs, made from a Parquet folder's rows (src/reconcile/parquet-engine.ts),
 * with the taxonomy found as for fact files. No fact file is read.
 */
async function parquetOnly(paths: string[], options: ReconcileOptions, config: Config, io: CliIo): Promise<Pick<LoadResult, "factBase"> & { taxonomy: Taxonomy } & Omit<ParquetRun, "factBase">> {
  const folder = parquetFolder(options.parquet!, io);
  const taxonomy = taxonomyFor(options.taxonomy, paths, io);
  const [{ openFactStore }, { parquetRun, NoSources }] = await Promise.all([import("./io/duckdb-store.js"), import("./reconcile/parquet-engine.js")]);
  const store = await openParquet(folder, options.parquet!, undefined, openFactStore);
  try {
    const run = await parquetRun(store, taxonomy, config);
    return { ...run, taxonomy };
  } catch (error) {
    if (error instanceof NoSources) throw usageProblem(options.parquet!, "this Parquet folder cannot be reconciled on its own", error.message, "a folder written by this version of concord facts --format parquet --out FOLDER --force");
    throw error;
  } finally {
    store.close();
  }
}

/** The Parquet folder --parquet names, refused unless it holds Parquet files. */
function parquetFolder(parquet: string, io: CliIo): string {
  const folder = path.resolve(io.cwd, parquet);
  if (!existsSync(folder) || !statSync(folder).isDirectory() || !readdirSync(folder).some((name) => name.endsWith(".parquet"))) {
    throw usageProblem(parquet, "no Parquet files in this folder", existsSync(folder) ? "a folder without .parquet files, or a file" : "nothing at this path", "a folder written by concord facts --format parquet --out FOLDER");
  }
  return folder;
}

/** Opens the fact store over a Parquet folder; files DuckDB cannot read are bad input. */
async function openParquet(folder: string, parquet: string, columns: readonly string[] | undefined, open: typeof import("./io/duckdb-store.js").openFactStore): Promise<FactStore> {
  try {
    return await open({ parquetFolder: folder, ...(columns ? { columns } : {}) });
  } catch (error) {
    throw usageProblem(parquet, "cannot read the Parquet files", JSON.stringify((error as Error).message.split("\n")[0]), "the files concord facts --format parquet writes");
  }
}

/** `concord facts --format parquet`: the export (src/io/export-parquet.ts), its problems as diagnostics. */
async function runFactsParquet(paths: string[], options: FactsCliOptions, io: CliIo): Promise<number> {
  if (options.out === "-") throw usageProblem(paths[0] ?? FACTS_FOLDER, "--format parquet writes a folder of files, not stdout", "no --out", "--out FOLDER, e.g. --out warehouse/facts");
  if (options.entity !== undefined || options.period !== undefined) throw usageProblem(paths[0] ?? FACTS_FOLDER, "--format parquet exports every fact", "--entity or --period", "no --entity and no --period");
  const target = path.resolve(io.cwd, options.out);
  const shown = displayPath(target, io.cwd);
  const cache = openParseCache(io.cwd);
  const { taxonomy, diagnostics } = readTaxonomy(options.taxonomy, paths, io, cache.parse);
  if (!taxonomy) throw new UnusableInput(diagnostics);
  const { exportParquet, OutputProblem } = await import("./io/export-parquet.js");
  try {
    const result = await exportParquet(paths, io.cwd, target, taxonomy, cache.parse, options.force === true);
    cache.save();
    if (!result.ok) {
      if ("exists" in result) {
        io.stderr(`concord facts: ${shown} holds files; not overwriting it (use --force to replace it)\n`);
        return EXIT_UNUSABLE;
      }
      throw new UnusableInput(result.diagnostics);
    }
    io.stderr(`${counted(result.facts, "fact")} of ${counted(result.entities.length, "entity", "entities")} written to ${shown}/ (one Parquet file per entity)\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof OutputProblem) throw usageProblem(shown, error.message, error.found, "a folder that can be made, outside the fact base");
    throw error;
  }
}

/** The report in a format: the one set of formatters `reconcile` and `check` share. */
function renderReport(format: ReconcileOptions["format"], report: ReportInput): string {
  return format === "json" ? formatReportJson(report) : format === "github" ? formatReportGithub(report) : format === "html" ? formatReportHtml(report) : formatReportMarkdown(report);
}

/** An --also value, FORMAT=FILE. */
function alsoOutput(value: string): { format: ReconcileOptions["format"]; file: string } {
  const match = /^(markdown|json|github|html)=(.+)$/.exec(value);
  if (!match) throw usageProblem(value, "--also takes a format and a file", JSON.stringify(value), "markdown=FILE, json=FILE, github=FILE or html=FILE (- for stdout)");
  return { format: match[1] as ReconcileOptions["format"], file: match[2]! };
}

interface ReviewOptions {
  verdict?: string;
  right?: string[];
  note?: string;
  reviewer?: string;
  date?: string;
  open?: boolean;
  failOn: Severity;
  facts: string[];
  taxonomy?: string;
  reviews?: string;
  config?: string;
}

/**
 * `concord review`: with --open, lists the findings that still need a verdict; else checks the verdict
 * against the current findings and sources and writes it into reviews.yaml, everything else in the
 * file kept as it was.
 */
function runReview(finding: string | undefined, options: ReviewOptions, today: string, io: CliIo): number {
  const paths = options.facts;
  const reviewsFile = path.resolve(io.cwd, options.reviews ?? defaultReviewsFile(paths, io.cwd));
  if (options.open) {
    const extra = [finding, options.verdict, options.right, options.note, options.reviewer, options.date].some((value) => value !== undefined);
    if (extra) return reviewUsage(io, [{ option: "--open", message: "--open lists the findings without a verdict; it records none", found: "a finding id or verdict options with --open", expected: "concord review --open, or concord review <finding-id> --verdict …" }]);
    const config = readConfig(options.config, io);
    const loaded = loadOrThrow(paths, options.taxonomy, io);
    const reviews = readReviews(reviewsFile, options.reviews !== undefined, loaded, io);
    // What needs a decision: discrepancies, each once however many rules see it, with their findings' ids.
    const open = openItems(reconcile(loaded.factBase, reviews, config, loaded.taxonomy).items, options.failOn);
    const headline = (item: Parameters<typeof itemHeadline>[0]) => {
      const { what, supported } = itemHeadline(item, loaded.taxonomy);
      return supported ? `${what}; ${supported}` : what;
    };
    io.stdout(formatOpenItems(open, headline));
    io.stderr(`${counted(open.length, "discrepancy", "discrepancies")} at or above ${options.failOn} without a verdict\n`);
    return EXIT_OK;
  }
  if (finding === undefined) return reviewUsage(io, [{ option: "<finding-id>", message: "which finding?", found: "no finding id", expected: "concord review <finding-id> --verdict … --note … --reviewer …, or concord review --open to list the findings without a verdict" }]);
  const config = readConfig(options.config, io);
  const loaded = loadOrThrow(paths, options.taxonomy, io);
  // Verdicts do not change ids: the findings and discrepancies are those of the facts alone. A verdict
  // may name a discrepancy (for the whole item) or any finding in one.
  const { findings, items } = reconcile(loaded.factBase, [], config, loaded.taxonomy);
  const sourceIds = new Set(loaded.factBase.sources.map((source) => source.id));
  const request = { finding, ...pick(options, "verdict", "right", "note", "reviewer", "date") };
  const built = buildReview(request, today, { findingIds: new Set([...items.map((item) => item.id), ...findings.map((found) => found.id)]), sourceIds, factBase: paths.join(", ") });
  if (!built.review) return reviewUsage(io, built.problems);
  const shown = displayPath(reviewsFile, io.cwd);
  const text = existsSync(reviewsFile) ? readKeepingBom(reviewsFile, shown) : undefined;
  const result = setReview(shown, text, built.review, sourceIds);
  if (!result.ok) throw new UnusableInput(result.diagnostics);
  writeFileAtomic(reviewsFile, result.text);
  io.stderr(`${shown}: verdict on ${finding} ${result.replaced ? "replaced" : "added"} (${built.review.verdict}, ${built.review.reviewer}, ${built.review.date})\n`);
  return EXIT_OK;
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>;
}

/** Problems with what `concord review` was asked, one line each, as `concord review OPTION: message (found …; expected …)`; exit 2. */
function reviewUsage(io: CliIo, problems: readonly RequestProblem[]): number {
  for (const problem of problems) io.stderr(`concord review ${problem.option}: ${problem.message} (found ${problem.found}; expected ${problem.expected})\n`);
  return EXIT_UNUSABLE;
}

/** The text of a file, with its byte order mark if it has one, so that rewriting it keeps the mark. */
function readKeepingBom(file: string, shown: string): string {
  try {
    const bytes = readFileSync(file);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return `${bom ? "\uFEFF" : ""}${decodeUtf8(bytes)}`;
  } catch (error) {
    if (error instanceof NotText) throw new UnusableInput([{ file: shown, path: "", ...error.problem }]);
    throw new UnusableInput([{ file: shown, line: 1, column: 1, path: "", message: `cannot read the reviews: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, found: "an unreadable file", expected: "a readable reviews file" }]);
  }
}

/**
 * A report never lands inside the fact base: a JSON or YAML file there would be read as a fact file
 * next time. The fact base is facts/ at the root and every folder of facts read (not the root itself).
 */
function refuseInsideFactBase(out: string, paths: readonly string[], io: CliIo): void {
  if (out === "-") return;
  const target = path.resolve(io.cwd, out);
  const folders = [path.join(io.cwd, FACTS_FOLDER)];
  for (const given of paths) {
    const absolute = path.resolve(io.cwd, given);
    const folder = existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    if (!isInside(io.cwd, folder)) folders.push(folder);
  }
  const inside = folders.find((folder) => isInside(target, folder));
  if (inside) throw usageProblem(displayPath(target, io.cwd), "refusing to write a report inside the fact base", `--out inside ${displayPath(inside, io.cwd) || "."}/`, "a path outside the fact folders, e.g. reports/ at the repository root");
}

/** The help text's examples section. */
function examples(commands: readonly string[], note?: string): string {
  return `\nExamples:\n${commands.map((command) => `  $ ${command}\n`).join("")}${note ? `\n${note}\n` : ""}`;
}

function readConfig(option: string | undefined, io: CliIo): Config {
  const file = option ? path.resolve(io.cwd, option) : findUpwards(CONFIG_FILE, io.cwd);
  if (!file) return defaultConfig();
  const shown = displayPath(file, io.cwd);
  const { config, diagnostics } = loadConfig({ file: shown, text: readOrThrow(file, shown, "configuration") });
  if (!config) throw new UnusableInput(diagnostics);
  return config;
}

function readReviews(file: string, required: boolean, loaded: Pick<LoadResult, "factBase">, io: CliIo): Review[] {
  const absolute = path.resolve(io.cwd, file);
  if (!existsSync(absolute) && !required) return [];
  const shown = displayPath(absolute, io.cwd);
  const sourceIds = new Set(loaded.factBase.sources.map((source) => source.id));
  const { reviews, diagnostics } = loadReviews({ file: shown, text: readOrThrow(absolute, shown, "reviews") }, sourceIds);
  if (diagnostics.length > 0) throw new UnusableInput(diagnostics);
  return reviews;
}

/** The first stage of --since (see src/reconcile/since.ts), its git failures told as unusable input. */
function startSince(ref: string, paths: string[], loaded: LoadResult & { taxonomy: Taxonomy; cache: ParseCache }, prefetched: Prefetched | undefined, config: Config, taxonomyOption: string | undefined, io: CliIo): SinceStart {
  try {
    const taxonomyFile = taxonomyOption ? path.resolve(io.cwd, taxonomyOption) : findTaxonomy(paths, io.cwd);
    // Old versions are found in the parse cache when a run saw them, else in the small cache of old
    // versions (parsed there, and kept for the next --since run: CI runs --since more than once per
    // pull request). They are not added to the large cache: rewriting it for the one or two old files
    // would cost more than parsing them, and the next run over the current files would drop them again.
    const atRef = openParseCache(io.cwd, "at-ref");
    const parse: Parse = (file, text) => loaded.cache.lookup(file, text) ?? atRef.parse(file, text);
    const start = sinceStart({ ref, paths, cwd: io.cwd, factBase: loaded.factBase, ...(prefetched ? { prefetched } : {}), taxonomy: loaded.taxonomy, ...(taxonomyFile ? { taxonomyFile } : {}), config, parse, note: io.stderr });
    atRef.save();
    return start;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new UnusableInput([{ file: ".", line: 1, column: 1, path: "", message: `cannot read the facts at git ref ${JSON.stringify(ref)}: ${error.message}`, found: JSON.stringify(ref), expected: "a commit, branch or tag of this repository, e.g. origin/main" }]);
  }
}

/** reviews.yaml in the first folder given (or beside the first file given). */
function defaultReviewsFile(paths: string[], cwd: string): string {
  const first = path.resolve(cwd, paths[0] ?? "facts");
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
  return path.join(folder, REVIEWS_FILE);
}

function findUpwards(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function readOrThrow(file: string, shown: string, what: string): string {
  try {
    return readText(file);
  } catch (error) {
    if (error instanceof NotText) throw new UnusableInput([{ file: shown, path: "", ...error.problem }]);
    throw new UnusableInput([{ file: shown, line: 1, column: 1, path: "", message: `cannot read the ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, found: "an unreadable file", expected: `a readable ${what} file` }]);
  }
}

/** Loads the taxonomy and the fact files; any problem anywhere makes the input unusable. */
function loadOrThrow(paths: string[], taxonomyOption: string | undefined, io: CliIo): LoadResult & { taxonomy: Taxonomy; cache: ParseCache } {
  const cache = openParseCache(io.cwd);
  const { taxonomy, diagnostics: taxonomyDiagnostics } = readTaxonomy(taxonomyOption, paths, io, cache.parse);
  const collected = collectFactFiles(paths, io.cwd);
  if (!taxonomy) throw new UnusableInput([...taxonomyDiagnostics, ...collected.diagnostics]);
  const result = loadFactFiles(collected.factFiles, taxonomy, cache.parse);
  cache.save();
  const diagnostics = [...collected.diagnostics, ...result.diagnostics];
  if (diagnostics.length > 0) throw new UnusableInput(diagnostics);
  return { ...result, taxonomy, cache };
}

function writeOutput(out: string, content: string, io: CliIo): void {
  if (out === "-") io.stdout(content);
  else writeFileAtomic(path.resolve(io.cwd, out), content);
}

interface ExtractCliOptions {
  date?: string;
  entity?: string;
  explain?: boolean;
  format: "yaml" | "json";
  out: string;
  force?: boolean;
  id?: string;
  publisher?: string;
  taxonomy?: string;
}

interface CheckCliOptions {
  format: "markdown" | "json" | "github";
  out: string;
  failOn: Severity | "never";
  date?: string;
  entity?: string;
  taxonomy?: string;
  config?: string;
}

function usageProblem(file: string, message: string, found: string, expected: string): UnusableInput {
  return new UnusableInput([{ file, line: 1, column: 1, path: "", message, found, expected }]);
}

/**
 * The extractor and the draft check, loaded only by the commands that use them: their lexicons and the
 * Chinese conversion tables are a good part of start-up, which reconcile and validate need not pay.
 */
async function loadExtractor() {
  const [extract, factFile, check, subject] = await Promise.all([import("./extract/extract.js"), import("./extract/fact-file.js"), import("./check/check.js"), import("./extract/subject.js")]);
  return { ...extract, ...factFile, ...check, entityStanza: subject.entityStanza };
}

type Extractor = Awaited<ReturnType<typeof loadExtractor>>;

/** Reads an article and extracts its figures into a proposed fact file. */
function extractArticle(article: string, options: { date?: string; entity?: string; id?: string; publisher?: string; explain?: boolean }, taxonomy: Taxonomy, extractor: Extractor, io: CliIo, sourceId?: string): { extraction: Extraction; proposed: ProposedFile; shown: string } {
  const { extractFacts, proposeFactFile, sourceIdFrom } = extractor;
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw usageProblem(article, "--date is not a date", JSON.stringify(options.date), "a date YYYY-MM-DD");
  if (options.entity !== undefined && !taxonomy.entities.has(options.entity)) throw usageProblem(article, "--entity is not an entity of the taxonomy", JSON.stringify(options.entity), `one of ${[...taxonomy.entities.keys()].join(", ")}`);
  const file = path.resolve(io.cwd, article);
  const shown = displayPath(file, io.cwd);
  if (!existsSync(file)) throw usageProblem(shown, "no such file", JSON.stringify(article), "the path of an article's text file");
  const text = readOrThrow(file, shown, "article");
  const extraction = extractFacts(text, taxonomy, { ...(options.date ? { date: options.date } : {}), ...(options.entity ? { entity: options.entity } : {}), ...(options.explain ? { explain: true } : {}) });
  const id = sourceId ?? options.id ?? sourceIdFrom(path.basename(file));
  if (!/^[a-z0-9][a-z0-9-]{2,79}$/.test(id)) throw usageProblem(shown, "--id is not a source id", JSON.stringify(id), "lower-case letters, digits and hyphens, 3 to 80 characters");
  const proposed = proposeFactFile(extraction, { id, ...(options.publisher ? { publisher: options.publisher } : {}) }, taxonomy);
  return { extraction, proposed, shown };
}

/** The taxonomy given, or the nearest one in or above the first path; not finding or reading one is unusable input. */
function readTaxonomy(option: string | undefined, paths: string[], io: CliIo, parse?: Parse): TaxonomyResult {
  const file = option ? path.resolve(io.cwd, option) : findTaxonomy(paths, io.cwd);
  if (!file) throw usageProblem(paths[0] ?? ".", "no taxonomy found", "no taxonomy.yaml in or above this path", "facts/taxonomy.yaml, or --taxonomy FILE");
  const shown = displayPath(file, io.cwd);
  return loadTaxonomy({ file: shown, text: readOrThrow(file, shown, "taxonomy") }, parse);
}

function taxonomyFor(option: string | undefined, paths: string[], io: CliIo): Taxonomy {
  const { taxonomy, diagnostics } = readTaxonomy(option, paths, io);
  if (!taxonomy) throw new UnusableInput(diagnostics);
  return taxonomy;
}

function runExtract(article: string, options: ExtractCliOptions, extractor: Extractor, io: CliIo): number {
  const taxonomy = taxonomyFor(options.taxonomy, ["facts"], io);
  if (options.out !== "-") {
    const target = path.resolve(io.cwd, options.out);
    if (existsSync(target) && !options.force) {
      io.stderr(`concord extract: ${displayPath(target, io.cwd)} exists; not overwriting it (use --force to replace it)\n`);
      return EXIT_UNUSABLE;
    }
  }
  const { extraction, proposed, shown } = extractArticle(article, options, taxonomy, extractor, io);
  writeOutput(options.out, extractor.formatFactFile(proposed.document, options.format), io);
  reportNewEntity(shown, extraction, extractor, io);
  if (options.explain) {
    for (const why of extraction.explanations ?? []) {
      const fields = Object.entries(why.fields).map(([field, reason]) => `  ${field}: ${reason}`).join("\n");
      io.stderr(`${shown}:${why.line}:${why.column}:\n${fields}\n`);
    }
    // What the extractor read as a figure and did not propose, and why: nothing is dropped unsaid.
    for (const skip of extraction.skipped) io.stderr(`${shown}:${skip.line}:${skip.column}: "${skip.text}" not proposed: ${skip.reason}\n`);
  }
  for (const { fact, reason } of proposed.rejected) io.stderr(`${shown}:${fact.line}:${fact.column}: figure left out: ${reason}\n`);
  const skipped = extraction.skipped.length;
  io.stderr(`${shown}: ${counted(proposed.facts.length, "fact")} proposed, ${counted(proposed.rejected.length + skipped, "figure")} left out${extraction.date ? "" : " (no article date: give --date for relative periods)"}\n`);
  return EXIT_OK;
}

/** Says on stderr that the article is about a company the taxonomy does not know, and what to add. */
function reportNewEntity(shown: string, extraction: Extraction, extractor: Extractor, io: CliIo): void {
  for (const peer of extraction.newPeers) {
    io.stderr(`${shown}: "${peer.name}" is quoted with figures but the taxonomy does not know it: its figures are filed under the new id ${peer.id}, not under ${extraction.entity}. Add it to the taxonomy's entities:\n${extractor.entityStanza(peer, extraction.header.language)}\n`);
  }
  for (const segment of extraction.newSegments) {
    io.stderr(`${shown}: "${segment.name}" is a business of ${segment.entity} the taxonomy does not know: its figures are kept on the new segment ${segment.id}, not moved to the total. Add it to the taxonomy's segments (kind, parent, entities: [${segment.entity}], aliases), or correct the reading.\n`);
  }
  const added = extraction.newEntity;
  if (!added) return;
  const named = added.name ? `"${added.name}"${added.ticker ? ` (${added.ticker})` : ""}, named in the ${added.foundIn},` : "no company";
  io.stderr(`${shown}: the article is about ${named} which the taxonomy does not know: its figures are filed under the new id ${added.id}, not under another company. Check the id and add this to the taxonomy's entities (or give --entity):\n${extractor.entityStanza(added, extraction.header.language)}\n`);
}

function runCheck(draft: string, paths: string[], options: CheckCliOptions, extractor: Extractor, io: CliIo): number {
  const { checkDraft, draftItems, placeDraftFacts, DRAFT_SOURCE_ID, failingFigures } = extractor;
  const config = readConfig(options.config, io);
  const loaded = loadOrThrow(paths, options.taxonomy, io);
  if (loaded.factBase.sources.some((source) => source.id === DRAFT_SOURCE_ID)) {
    throw usageProblem(paths[0] ?? "facts", "the fact base already has a source with id \"draft\"", "source id draft", "no source with the id the draft is checked under");
  }
  const { extraction, proposed, shown } = extractArticle(draft, options, loaded.taxonomy, extractor, io, DRAFT_SOURCE_ID);
  reportNewEntity(shown, extraction, extractor, io);
  // A draft about a company the taxonomy does not know is checked on its own id: nothing in the fact
  // base shares its keys, so its figures are unverified, never set against another company's.
  const taxonomy = extractor.taxonomyWithSubject(extraction, loaded.taxonomy);
  // The fact base is loaded once; the draft is loaded alone and added where its name sorts, its facts
  // placed at their figures in the draft so the report's fact tables point there.
  const draftLoad = loadFactFiles([{ file: shown, text: JSON.stringify(proposed.document) }], taxonomy);
  if (draftLoad.diagnostics.length > 0) throw new UnusableInput(draftLoad.diagnostics);
  const combined = withFactFiles(loaded.factBase, placeDraftFacts(draftLoad.factBase, proposed.facts));
  const { findings, items } = reconcile(combined, [], config, taxonomy);
  const result = checkDraft(shown, combined, findings, proposed.facts, config, items);
  // The draft's items: the discrepancies its figures are part of, grouped as reconcile groups them.
  const shownItems = draftItems(items, result);
  const input: ReportInput = {
    factBase: combined,
    taxonomy,
    findings: shownItems.flatMap((item) => item.findings),
    items: shownItems,
    staleReviews: [],
    failOn: options.failOn,
    intervalOptions: { aboutTolerance: config.aboutTolerance },
    draft: result,
  };
  writeOutput(options.out, renderReport(options.format, input), io);
  // Verdicts fail, not findings: a wrong figure is an error, an unsure one a warning, so by default
  // only a figure the evidence pins an error on fails the check.
  const failing = failingFigures(result, options.failOn).length;
  const { wrong, unsure, unverified, consistent } = result.counts;
  io.stderr(`${shown}: ${counted(result.figures.length, "figure")}: ${wrong} wrong, ${unsure} unsure, ${unverified} unverified, ${consistent} consistent (${failing} at or above ${options.failOn})\n`);
  return failing > 0 ? EXIT_FINDINGS : EXIT_OK;
}

interface ImportSecOptions {
  entity?: string;
  since?: string;
  format: "yaml" | "json";
  out: string;
  force?: boolean;
  taxonomy?: string;
}

/** `concord import sec`: reads a companyfacts file, converts it (src/import/sec.ts) and writes the fact file. */
function runImportSec(file: string, options: ImportSecOptions, sec: typeof import("./import/sec.js"), io: CliIo): number {
  const absolute = path.resolve(io.cwd, file);
  const shown = displayPath(absolute, io.cwd);
  if (options.since !== undefined && !/^\d{4}$/.test(options.since)) throw usageProblem(shown, "--since is not a year", JSON.stringify(options.since), "a year YYYY, e.g. 2023");
  if (!existsSync(absolute)) throw usageProblem(shown, "no such file", JSON.stringify(file), "the path of a companyfacts JSON file");
  const target = options.out === "-" ? undefined : path.resolve(io.cwd, options.out);
  if (target && existsSync(target) && !options.force) {
    io.stderr(`concord import sec: ${displayPath(target, io.cwd)} exists; not overwriting it (use --force to replace it)\n`);
    return EXIT_UNUSABLE;
  }
  const taxonomy = taxonomyFor(options.taxonomy, ["facts"], io);
  const parsed = parseDocument(shown, readOrThrow(absolute, shown, "companyfacts"), { json: true });
  if (!parsed.ok) throw new UnusableInput(parsed.diagnostics);
  const located = (at: (string | number)[]) => ({ file: shown, ...parsed.document.locate(at), path: jsonPointer(at) });
  const problems = checkCompanyFacts(parsed.document.data);
  if (problems.length > 0) throw new UnusableInput(problems.map(({ path: at, message, found, expected }) => ({ ...located(at), message, found, expected })));
  const result = sec.importCompanyFacts(parsed.document.data as CompanyFacts, taxonomy, { ...(options.entity !== undefined ? { entity: options.entity } : {}), ...(options.since !== undefined ? { since: Number(options.since) } : {}) });
  if (!result.ok) {
    const { path: at, message, found, expected, stanza } = result.problem;
    io.stderr(formatDiagnostics([{ ...located(at), message, found, expected }]));
    if (stanza) io.stderr(`Add the company to the taxonomy's entities (check every field), then import again:\n${stanza}\n`);
    return EXIT_UNUSABLE;
  }
  const output = options.format === "json" ? `${JSON.stringify(result.document, null, 2)}\n` : `# yaml-language-server: $schema=../schemas/fact-file.schema.json\n${yamlLibrary().stringify(result.document, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })}`;
  if (target) writeFileAtomic(target, output);
  else io.stdout(output);
  const { stats } = result;
  io.stderr(`${shown}: ${counted(stats.facts, "fact")} for ${result.entity} (${counted(stats.derived, "fourth quarter")} derived, ${counted(stats.restated, "earlier value")} kept as restated)\n`);
  if (stats.unmappedConcepts > 0) io.stderr(`${shown}: skipped ${counted(stats.unmappedConcepts, "concept")} no metric maps (${counted(stats.unmappedValues, "value")}), e.g. ${stats.unmappedExamples.join(", ")}\n`);
  for (const { reason, values, example } of stats.skipped) io.stderr(`${shown}: skipped ${counted(values, "value")}: ${reason}${example ? ` (e.g. ${example})` : ""}\n`);
  if (stats.outranked > 0) io.stderr(`${shown}: ${counted(stats.outranked, "value")} of a concept with lower precedence not used (the order of the taxonomy's sec_concepts)\n`);
  if (stats.notDerived > 0) io.stderr(`${shown}: ${counted(stats.notDerived, "fourth quarter")} not derived: the year and the quarters before it are of different concepts\n`);
  return EXIT_OK;
}
