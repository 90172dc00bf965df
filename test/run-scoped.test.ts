// Runs in one process share nothing: what one load, reconcile or extraction remembers belongs to that
// run, so a run gives what it gives in a fresh process, whatever ran before it. "A fresh process" is a
// fresh copy of every module (vi.resetModules, then import again), so no module state carries over.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parsePeriod, periodReader } from "../src/periods/period.js";
import type { InputFile } from "../src/load/load-fact-base.js";
import { capex, income, repositoryRoot, revenue, sourcesWith } from "./helpers.js";

/** The pipeline's modules, imported afresh: module-level state starts empty, as in a new process. */
async function freshModules() {
  vi.resetModules();
  return {
    load: await import("../src/load/load-fact-base.js"),
    reconcile: await import("../src/reconcile/reconcile.js"),
    config: await import("../src/config/config.js"),
    report: await import("../src/format/report-json.js"),
    intervals: await import("../src/numbers/interval.js"),
    extract: await import("../src/extract/extract.js"),
  };
}
type Modules = Awaited<ReturnType<typeof freshModules>>;

const taxonomyInput: InputFile = { file: "facts/taxonomy.yaml", text: readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"), "utf8") };

/** The repository's own fact files. */
const repositoryFacts: InputFile[] = readdirSync(path.join(repositoryRoot, "facts"))
  .filter((file) => file.endsWith(".yaml") && file !== "taxonomy.yaml" && file !== "reviews.yaml")
  .map((file) => ({ file: `facts/${file}`, text: readFileSync(path.join(repositoryRoot, "facts", file), "utf8") }));

/** A small fact base of other units, periods and `of`s than the repository's first files, with a contradiction. */
const otherFacts: InputFile[] = Object.entries(
  sourcesWith(
    [income("115", { unit: "CNY", period: "2031-Q2" }), capex("1310", { unit: "EUR", period: "FY2031" }), { segment: "aws", metric: "revenue", measure: "share", of: "AMZN/total", value: "18", unit: "percent", period: "2031-Q2", quote: "a share of 18" }],
    [income("93", { unit: "CNY", period: "2031-Q2" }), revenue("5", { period: "TTM:2031-06-30" })],
  ),
).map(([file, text]) => ({ file, text }));

/** Load, reconcile and write the JSON report, as `concord reconcile --format json` does, with the given modules. */
function reconcileRun(modules: Modules, inputs: readonly InputFile[]): { report: string; groupKeys: string[] } {
  const { taxonomy } = modules.load.loadTaxonomy(taxonomyInput);
  if (!taxonomy) throw new Error("the repository taxonomy does not load");
  const { factBase, diagnostics } = modules.load.loadFactFiles(inputs, taxonomy);
  expect(diagnostics).toEqual([]);
  const config = modules.config.defaultConfig();
  const { findings, items, staleReviews } = modules.reconcile.reconcile(factBase, [], config, taxonomy);
  const report = modules.report.formatReportJson({ factBase, taxonomy, findings, items, staleReviews, failOn: "error", intervalOptions: { ...modules.intervals.DEFAULT_INTERVAL_OPTIONS, aboutTolerance: config.aboutTolerance } });
  return { report, groupKeys: factBase.facts.map((fact) => fact.groupKey) };
}

describe("two reconciles in one process", () => {
  let alone: ReturnType<typeof reconcileRun>[];
  let inTurn: ReturnType<typeof reconcileRun>[];
  let afterOther: ReturnType<typeof reconcileRun>;
  beforeAll(async () => {
    alone = [reconcileRun(await freshModules(), repositoryFacts), reconcileRun(await freshModules(), otherFacts)];
    let modules = await freshModules();
    inTurn = [reconcileRun(modules, repositoryFacts), reconcileRun(modules, otherFacts), reconcileRun(modules, repositoryFacts)];
    modules = await freshModules();
    reconcileRun(modules, otherFacts);
    afterOther = reconcileRun(modules, repositoryFacts);
  });

  it("give what each gives in a fresh process: the repository's facts, another base, then the first again", () => {
    expect(JSON.parse(alone[1]!.report).summary.findings).toBeGreaterThan(0);
    expect(inTurn[0]!.report).toBe(alone[0]!.report);
    expect(inTurn[1]!.report).toBe(alone[1]!.report);
    expect(inTurn[2]!.report).toBe(alone[0]!.report);
  });

  it("key facts alike whatever was loaded before: grouping keys are worked out from the facts, not numbered in a table kept between runs", () => {
    // Another base first: its units, periods and `of`s would have taken the first numbers of such a table.
    expect(afterOther.report).toBe(alone[0]!.report);
    expect(afterOther.groupKeys).toEqual(alone[0]!.groupKeys);
    expect(inTurn[2]!.groupKeys).toEqual(alone[0]!.groupKeys);
  });
});

describe("two extractions in one process", () => {
  const heldout = path.join(repositoryRoot, "test/extract/heldout");
  const articles = readdirSync(heldout)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .slice(0, 2)
    .map((file) => readFileSync(path.join(heldout, file), "utf8"));
  const extractRun = (modules: Modules, text: string) => {
    const { taxonomy } = modules.load.loadTaxonomy(taxonomyInput);
    return JSON.stringify(modules.extract.extractFacts(text, taxonomy!, { date: "2026-02-13" }));
  };

  it("give what each gives in a fresh process, with one taxonomy read for all of them", async () => {
    const alone = [];
    for (const text of articles) alone.push(extractRun(await freshModules(), text));
    const modules = await freshModules();
    const { taxonomy } = modules.load.loadTaxonomy(taxonomyInput);
    const inTurn = [...articles, articles[0]!].map((text) => JSON.stringify(modules.extract.extractFacts(text, taxonomy!, { date: "2026-02-13" })));
    expect(inTurn).toEqual([...alone, alone[0]]);
  });
});

describe("period labels", () => {
  it("are resolved afresh by parsePeriod: no module keeps the labels it was given", () => {
    expect(parsePeriod("2031-Q2")).toEqual(parsePeriod("2031-Q2"));
    expect(parsePeriod("2031-Q2")).not.toBe(parsePeriod("2031-Q2"));
  });

  it("are remembered by a period reader for its own run only", () => {
    const first = periodReader();
    const second = periodReader();
    expect(first("FY2031")).toBe(first("FY2031"));
    expect(second("FY2031")).toEqual(first("FY2031"));
    expect(second("FY2031")).not.toBe(first("FY2031"));
    const june = { month: 6, day: 30 };
    expect(first("FY2031", june)).not.toEqual(first("FY2031"));
    expect(first("FY2031", june)).toEqual(parsePeriod("FY2031", june));
  });
});
