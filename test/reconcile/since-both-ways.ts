// The report of `reconcile --since` worked out two ways, for the tests that compare them: as concord
// does it (only the files that changed read, the ref's findings worked out on the keys the change can
// reach) and as it did before (every file at the ref read, loaded and reconciled whole). Both ways
// parse through one parse cache, as the CLI's current and old loads do.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, expect } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";
import { main } from "../../src/cli.js";
import { collectFactFiles } from "../../src/io/fact-files.js";
import { readFactFilesAtRef } from "../../src/io/git.js";
import { loadFactFiles, loadTaxonomy, type Parse } from "../../src/load/load-fact-base.js";
import { parseDocument, type ParseResult } from "../../src/load/parse-document.js";
import { reconcile, reconcileLazily } from "../../src/reconcile/reconcile.js";
import { compareFactBases, type Changes } from "../../src/reconcile/changes.js";
import { changesSince, finishSince, sinceShownOnly, startSince } from "../../src/reconcile/since.js";
import { defaultConfig } from "../../src/config/config.js";
import { formatReportJson } from "../../src/format/report-json.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.js";

/**
 * parseDocument, remembered by file name and text for every test of the worker: parsing the YAML is
 * most of a load, and each comparison loads the whole fact base at least twice (now and at the ref),
 * nearly all of it unchanged from the last test's. Loading reads a parsed document and never changes
 * it, as the CLI's parse cache relies on, so a remembered parse gives the load a fresh parse gives.
 */
const parsed = new Map<string, ParseResult>();
const parse: Parse = (file, text) => {
  const key = `${file}\0${text}`;
  let result = parsed.get(key);
  if (result === undefined) parsed.set(key, (result = parseDocument(file, text)));
  return result;
};

/** Both reports (JSON and Markdown) and the notes, for the facts under `folder` of the repository at `root` (its taxonomy in that folder). */
export function sinceBothWays(root: string, folder: string, ref = "HEAD") {
  const config = defaultConfig();
  const taxonomyFile = path.join(root, folder, "taxonomy.yaml");
  const taxonomy = loadTaxonomy({ file: `${folder}/taxonomy.yaml`, text: readFileSync(taxonomyFile, "utf8") }, parse).taxonomy!;
  const collected = collectFactFiles([folder], root);
  const loaded = loadFactFiles(collected.factFiles, taxonomy, parse);
  expect(loaded.diagnostics).toEqual([]);
  const { findings } = reconcile(loaded.factBase, [], config, taxonomy);
  const report = (changes: Changes) => {
    const shown = findings.filter((finding) => finding.facts.some((fact) => changes.touched.has(fact)));
    const input = { factBase: loaded.factBase, taxonomy, findings: shown, staleReviews: [], failOn: "error" as const, intervalOptions: { aboutTolerance: config.aboutTolerance }, changes };
    return `${formatReportJson(input)}\n${formatReportMarkdown(input)}`;
  };
  const notes: string[] = [];
  const changes = changesSince({ ref, paths: [folder], cwd: root, factBase: loaded.factBase, findings, taxonomy, taxonomyFile, config, parse, note: (text) => notes.push(text) });
  const fast = report(changes);
  // The way the CLI goes (src/cli.ts): the changed files compared first, then a reconcile now that
  // works out and judges only what the report can show, the base at the ref grouped from its groups.
  const start = startSince({ ref, paths: [folder], cwd: root, factBase: loaded.factBase, taxonomy, taxonomyFile, config, parse, note: () => {} });
  const shownOnly = sinceShownOnly(start);
  const cli = report(finishSince(start, reconcileLazily(loaded.factBase, [], config, taxonomy, shownOnly ? { shownOnly } : {})));
  const atRef = readFactFilesAtRef(ref, [folder], root);
  let oldTaxonomy: Taxonomy = taxonomy;
  if (atRef.taxonomy) oldTaxonomy = loadTaxonomy(atRef.taxonomy, parse).taxonomy ?? taxonomy;
  const before = loadFactFiles(atRef.factFiles, oldTaxonomy, parse);
  const expectedNotes = [
    ...(atRef.unreadable.length > 0 ? [`note: ${atRef.unreadable.length} file(s) at ${ref} are not UTF-8 text and count as absent there: ${atRef.unreadable.join(", ")}\n`] : []),
    ...(before.diagnostics.length > 0 ? [`note: ${before.diagnostics.length} problem(s) in the facts at ${ref}; facts that did not load there count as added\n`] : []),
  ];
  const full = report(compareFactBases(ref, before.factBase, loaded.factBase, reconcile(before.factBase, [], config, oldTaxonomy).findings, findings));
  return { fast, cli, full, notes, expectedNotes, changes };
}

/**
 * A copy of the repository's facts in a git repository of its own (under the system's temporary
 * folder), committed before each test, and the tests' ways to edit it and compare `--since` both ways:
 * `expectSame` checks the two reports are one, byte for byte, notes included.
 */
export function useSinceWorkspace() {
  const { root, file: inWorkspace, read, write, commitAll } = useCliWorkspace("concord-since-", { copy: ["facts"] });
  const file = (name: string) => inWorkspace(`facts/${name}`);
  const edit = (name: string, change: (text: string) => string) => write(`facts/${name}`, change(read(`facts/${name}`)));
  const commit = () => commitAll();
  beforeEach(() => commit());
  function expectSame(ref = "HEAD") {
    const { fast, cli, full, notes, expectedNotes, changes } = sinceBothWays(root(), "facts", ref);
    expect(fast).toBe(full);
    expect(cli).toBe(full);
    expect(notes).toEqual(expectedNotes);
    return { report: fast, changes };
  }
  /**
   * The CLI's `--since` report, JSON and Markdown, with no verdicts recorded (reviews.yaml removed from
   * the work tree), as it is when the reconcile now works out only what the report can show
   * (reconcileLazily's shownOnly) and when --full-report makes it work out everything: they must be one.
   */
  /** The CLI's `--since` report, JSON (and Markdown with `markdown`), equal with and without `--full-report`. */
  async function expectCliSame({ markdown = false }: { markdown?: boolean } = {}) {
    rmSync(file("reviews.yaml"), { force: true });
    const cwd = root();
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await main(["reconcile", "facts", "--since", "HEAD", "--fail-on", "never", "--out", "-", ...argv], { cwd, stdout: (text) => out.push(text), stderr: () => {} });
      expect(code).toBe(0);
      return out.join("");
    };
    const reports: string[] = [];
    // (The Markdown report is read from the same findings as the JSON one: one case checks it too.)
    for (const format of markdown ? ["json", "markdown"] : ["json"]) {
      const shown = await run("--format", format);
      expect(shown).toBe(await run("--format", format, "--full-report", path.join(cwd, "full.md")));
      reports.push(shown);
    }
    return reports.join("\n");
  }
  return { root, file, edit, commit, expectSame, expectCliSame };
}
