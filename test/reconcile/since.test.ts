// `reconcile --since` in proportion to the change (src/reconcile/since.ts) must give the report a load
// and reconcile of every file at the ref gives. Each case edits a copy of the repository's own facts in
// a repository of its own (under the system's temporary folder) and compares the two, byte for byte,
// in JSON and Markdown, notes included.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { hasGit, useCliWorkspace } from "../cli-helpers.js";
import { collectFactFiles } from "../../src/io/fact-files.js";
import { readFactFilesAtRef } from "../../src/io/git.js";
import { loadFactFiles, loadTaxonomy } from "../../src/load/load-fact-base.js";
import { parseDocument } from "../../src/load/parse-document.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { compareFactBases, type Changes } from "../../src/reconcile/changes.js";
import { changesSince } from "../../src/reconcile/since.js";
import { defaultConfig } from "../../src/config/config.js";
import { formatReportJson } from "../../src/format/report-json.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.js";

describe.skipIf(!hasGit)("reconcile --since on the changed files only", { timeout: 60_000 }, () => {
  const { root, file: inWorkspace, read, write, commitAll } = useCliWorkspace("concord-since-", { copy: ["facts"] });
  const file = (name: string) => inWorkspace(`facts/${name}`);
  const edit = (name: string, change: (text: string) => string) => write(`facts/${name}`, change(read(`facts/${name}`)));
  const commit = () => commitAll();

  beforeEach(() => commit());

  /** Both reports, and the notes, by the proportional way and by loading every file at the ref. */
  function both(ref = "HEAD") {
    const config = defaultConfig();
    const taxonomyFile = file("taxonomy.yaml");
    const taxonomy = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(taxonomyFile, "utf8") }).taxonomy!;
    const collected = collectFactFiles(["facts"], root());
    const loaded = loadFactFiles(collected.factFiles, taxonomy);
    expect(loaded.diagnostics).toEqual([]);
    const { findings } = reconcile(loaded.factBase, [], config, taxonomy);
    const report = (changes: Changes) => {
      const shown = findings.filter((finding) => finding.facts.some((fact) => changes.touched.has(fact)));
      const input = { factBase: loaded.factBase, taxonomy, findings: shown, staleReviews: [], failOn: "error" as const, intervalOptions: { aboutTolerance: config.aboutTolerance }, changes };
      return `${formatReportJson(input)}\n${formatReportMarkdown(input)}`;
    };
    const notes: string[] = [];
    const changes = changesSince({ ref, paths: ["facts"], cwd: root(), factBase: loaded.factBase, findings, taxonomy, taxonomyFile, config, parse: parseDocument, note: (text) => notes.push(text) });
    const fast = report(changes);
    // As concord did before: every file at the ref read, loaded and reconciled.
    const atRef = readFactFilesAtRef(ref, ["facts"], root());
    let oldTaxonomy: Taxonomy = taxonomy;
    if (atRef.taxonomy) oldTaxonomy = loadTaxonomy(atRef.taxonomy).taxonomy ?? taxonomy;
    const before = loadFactFiles(atRef.factFiles, oldTaxonomy);
    const expectedNotes = [
      ...(atRef.unreadable.length > 0 ? [`note: ${atRef.unreadable.length} file(s) at ${ref} are not UTF-8 text and count as absent there: ${atRef.unreadable.join(", ")}\n`] : []),
      ...(before.diagnostics.length > 0 ? [`note: ${before.diagnostics.length} problem(s) in the facts at ${ref}; facts that did not load there count as added\n`] : []),
    ];
    const full = report(compareFactBases(ref, before.factBase, loaded.factBase, reconcile(before.factBase, [], config, oldTaxonomy).findings, findings));
    return { fast, full, notes, expectedNotes, changes };
  }

  function expectSame(ref = "HEAD") {
    const { fast, full, notes, expectedNotes, changes } = both(ref);
    expect(fast).toBe(full);
    expect(notes).toEqual(expectedNotes);
    return { report: fast, changes };
  }

  it("a value changed in one file", () => {
    edit("amzn-release-2026-02-05-q4-2025.yaml", (text) => text.replace('value: "213,386"', 'value: "213,390"'));
    expect(expectSame().report).toContain('"change": "changed"');
  });

  it("nothing changed", () => {
    expect(expectSame().report).toContain("Facts: 0 added, 0 changed, 0 removed. Discrepancies: 0 new, 0 changed, 0 resolved (findings: 0 new, 0 resolved).");
  });

  it("a file deleted, one renamed, one added and not tracked, facts reordered in another", () => {
    rmSync(file("dolphin-2026-02-06-amzn-q4-call.yaml"));
    renameSync(file("seekalpha-2025-02-13-amazon.yaml"), file("zz-seekalpha-amazon.yaml"));
    edit("investing-2025-02-07-amazon.yaml", (text) => {
      const [head, ...facts] = text.split(/\n(?= {2}- )/);
      return [head, ...facts.reverse()].join("\n").replace(/\n*$/, "\n");
    });
    const copy = readFileSync(file("jin10-2025-02-07-amzn-ai-capex.yaml"), "utf8").replace(/id: jin10-[^\n]*/, "id: copied-source").replace(/value: "(\d+)/, 'value: "9$1');
    writeFileSync(file("aa-copied.yaml"), copy);
    expectSame();
  });

  it("a change committed, against an older ref, with the work tree changed too", () => {
    edit("amzn-release-2025-10-30-q3-2025.yaml", (text) => text.replace(/value: "(\d+)"/, 'value: "1$1"'));
    commit();
    edit("iyiou-2025-02-10-amazon.yaml", (text) => text.replace(/value: "(\d+)"/, 'value: "7$1"'));
    expectSame("HEAD~1");
  });

  it("an old version that names a source an unchanged file has, and one that did not load", () => {
    const id = /id: ([^\n]*)/.exec(readFileSync(file("jin10-2025-02-07-amzn-ai-capex.yaml"), "utf8"))![1]!;
    // At the ref, two files share a source id and a third has a fact that does not load.
    edit("iyiou-2025-02-10-amazon.yaml", (text) => text.replace(/id: [^\n]*/, `id: ${id}`));
    edit("lishi-2026-02-13-amzn-ai-arms-race.yaml", (text) => text.replace(/metric: [a-z_]+/, "metric: no_such_metric"));
    commit();
    edit("iyiou-2025-02-10-amazon.yaml", (text) => text.replace(new RegExp(`id: ${id}`), "id: iyiou-renamed"));
    edit("lishi-2026-02-13-amzn-ai-arms-race.yaml", (text) => text.replace("metric: no_such_metric", "metric: revenue"));
    const { fast, full, notes, expectedNotes } = both();
    expect(notes).toEqual(expectedNotes);
    expect(expectedNotes.join("")).toContain("problem(s) in the facts at HEAD");
    expect(fast).toBe(full);
  });

  it("judged contradictions resolved, changed and new: the ref's findings judged where the report shows them", () => {
    // 38,291 against the release's 38.2 billion goes (an item resolved, whose headline is its judgement's),
    // one Qualcomm source goes (an item left with fewer findings), and Shopify's 31.2 % becomes 33 %.
    edit("seekalpha-2025-02-13-amazon.yaml", (text) => text.replace('value: "38,291"', 'value: "38,219"'));
    rmSync(file("statementdog-2025-02-07-qualcomm.yaml"));
    edit("tradingview-2025-02-11-shopify.yaml", (text) => text.replace('value: "31.2"', 'value: "33"'));
    const { report, changes } = expectSame();
    expect(report).toMatch(/"resolved_items": \[\s*"d-e48a9fdc"/);
    expect(report).toMatch(/"left_findings": \[\s*"contradiction-/);
    // Findings the changes hold are judged, as a full reconcile judges them; the ref's others need not be.
    const held = [...changes.resolvedFindings, ...changes.changedItems.flatMap((change) => change.leftFindings)].filter((finding) => finding.kind === "contradiction");
    expect(held.length).toBeGreaterThan(1);
    for (const finding of held) expect(finding.judgement?.summary).toBeTruthy();
    expect(changes.resolvedItems[0]!.judgement?.supported).toBeDefined();
  });

  it("the taxonomy changed", () => {
    edit("taxonomy.yaml", (text) => `${text}\n# a comment\n`);
    edit("hkej-2025-02-13-sony.yaml", (text) => text.replace(/value: "(\d+)"/, 'value: "8$1"'));
    expectSame();
  });

  it("an old version that was not UTF-8 text", () => {
    const good = readFileSync(file("hkej-2025-02-10-dbs.yaml"));
    writeFileSync(file("hkej-2025-02-10-dbs.yaml"), Buffer.concat([good, Buffer.from([0xff, 0x0a])]));
    commit();
    writeFileSync(file("hkej-2025-02-10-dbs.yaml"), good);
    expect(expectSame().report.length).toBeGreaterThan(0);
  });
});
