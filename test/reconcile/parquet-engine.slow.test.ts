// `reconcile --parquet-only` (the Parquet folder read alone) gives the default engine's report byte for
// byte in every format on the repository's facts and on a generated base with planted conflicts (a few
// thousand facts, bench/generate.ts), holding fewer facts than the base; and every rule's pre-filter is
// conservative: each group a rule finds something on, run over every group, is among the groups SQL
// keeps for it (restatements: the key of the superseded value). Slow: each takes seconds.
import { mkdirSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateFactBase } from "../../bench/generate.js";
import { useCliWorkspace } from "../cli-helpers.js";
import { RULES } from "../../src/rules/registry.js";
import { repositoryRoot } from "../helpers.js";
import { prefilterCandidates } from "./prefilter-candidates.js";

const workspace = useCliWorkspace("concord-parquet-only-", { copy: ["facts"], scope: "file" });
const GENERATED = "generated";
const FORMATS = ["json", "markdown", "html", "github"];

async function report(paths: string[], format: string, ...engine: string[]): Promise<string> {
  const out = `reports/${engine.length > 0 ? "parquet-only" : "memory"}.${format}`;
  expect(await workspace.run("reconcile", ...paths, "--taxonomy", "facts/taxonomy.yaml", "--format", format, "--out", out, "--fail-on", "never", ...engine), workspace.stderr()).toBe(0);
  return workspace.read(out);
}

/** The facts held and the facts in the folder, from the run's note on stderr. */
function held(): [number, number] {
  const found = /--parquet-only: (\d+) facts? held of ([\d,]+) in the Parquet folder/.exec(workspace.stderr());
  expect(found, workspace.stderr()).not.toBeNull();
  return [Number(found![1]), Number(found![2]!.replaceAll(",", ""))];
}

describe("reconcile --parquet-only", () => {
  it("gives the default engine's report byte for byte in every format on the repository's facts", async () => {
    expect(await workspace.run("facts", "facts", "--format", "parquet", "--out", "warehouse/facts"), workspace.stderr()).toBe(0);
    const memory = new Map<string, string>();
    for (const format of FORMATS) memory.set(format, await report(["facts"], format));
    // Only the taxonomy and the verdicts stay beside the Parquet: no fact file can be read.
    const kept = ["taxonomy.yaml", "reviews.yaml"].map((name) => [name, workspace.read(`facts/${name}`)] as const);
    rmSync(workspace.file("facts"), { recursive: true });
    mkdirSync(workspace.file("facts"));
    for (const [name, text] of kept) workspace.write(`facts/${name}`, text);
    for (const format of FORMATS) expect(await report(["facts"], format, "--engine", "duckdb", "--parquet", "warehouse/facts", "--parquet-only"), format).toBe(memory.get(format));
  });

  it("gives the default engine's report byte for byte on a generated base, holding a part of it", async () => {
    generateFactBase(workspace.file(GENERATED), 3000, "json", 50, 7);
    expect(await workspace.run("facts", GENERATED, "--taxonomy", "facts/taxonomy.yaml", "--format", "parquet", "--out", "warehouse/generated"), workspace.stderr()).toBe(0);
    for (const format of ["json", "markdown"]) {
      const memory = await report([GENERATED], format);
      if (format === "json") expect(JSON.parse(memory).items.length).toBeGreaterThan(10);
      expect(await report([GENERATED], format, "--engine", "duckdb", "--parquet", "warehouse/generated", "--parquet-only")).toBe(memory);
      const [facts, of] = held();
      expect(of).toBe(3000);
      expect(facts).toBeLessThan(of * 0.8);
    }
  });

  it("keeps, for every rule, every group the rule finds something on", async () => {
    for (const folder of [workspace.file(GENERATED), `${repositoryRoot}facts`]) {
      const { candidates, context } = await prefilterCandidates(folder);
      const byGroup = new Map([...context.restated, ...context.groups].map((group) => [group.facts[0]!.groupKey, group]));
      let found = 0;
      for (const rule of RULES) {
        const keep = candidates.get(rule.meta.id)!;
        const reports = rule.check({ ...context, options: rule.meta.defaultOptions as never });
        found += reports.length;
        // A finding is reported on its first fact's group: the stated figure, the superseded value, the quarter.
        for (const report of reports) expect(keep(byGroup.get(report.facts[0]!.groupKey)!), `${rule.meta.id} on ${report.facts[0]!.position.file}:${report.facts[0]!.position.line}`).toBe(true);
      }
      expect(found).toBeGreaterThan(10);
    }
  });
});
