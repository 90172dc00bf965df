import { describe, expect, it } from "vitest";
import { compareChangedFiles, compareFactBases } from "../../src/reconcile/changes.js";
import { groupFacts, reconcile } from "../../src/reconcile/reconcile.js";
import type { FactBase } from "../../src/model/types.js";
import type { FactGroup } from "../../src/model/finding.js";
import { groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { adGrowth, capex, income, launch, loadInline, sourcesWith } from "../helpers.js";


function compare(beforeFiles: Record<string, string>, afterFiles: Record<string, string>) {
  const before = loadInline(beforeFiles);
  const after = loadInline(afterFiles);
  const findingsBefore = reconcile(before).findings;
  const findingsAfter = reconcile(after).findings;
  return { changes: compareFactBases("HEAD~1", before, after, findingsBefore, findingsAfter), findingsBefore, findingsAfter, after };
}

describe("compareFactBases", () => {
  const { changes, findingsBefore, findingsAfter, after } = compare(
    sourcesWith([income("115"), capex("1310"), adGrowth("22"), launch("2025-12-02")], [income("93"), adGrowth("22")]),
    sourcesWith([income("115"), capex("1320"), adGrowth("22")], [income("115"), adGrowth("23")], [income("120", { segment: "international" })]),
  );
  const summary = changes.facts.map((entry) => `${entry.change} ${entry.sourceId} ${entry.fact.metric} ${entry.fact.written.value}`);

  it("reports facts added, removed and changed, by file and line", () => {
    expect(changes.since).toBe("HEAD~1");
    expect(summary).toEqual([
      "changed source-a capex 1320",
      "removed source-a launch_date 2025-12-02",
      "changed source-b operating_income 115",
      "changed source-b revenue 23",
      "added source-c operating_income 120",
    ]);
  });

  it("gives each change a unified diff holding the old and the new value lines", () => {
    const changed = changes.facts.find((entry) => entry.change === "changed" && entry.fact.metric === "operating_income")!;
    const lines = changed.diff!.split("\n");
    expect(lines).toContain("-value: 9300000000");
    expect(lines).toContain("+value: 11500000000");
    expect(lines).toContain("-written: 93 亿 USD");
    expect(lines).toContain("+written: 115 亿 USD");
    expect(lines).toContain("-quote: segment profit 93");
    expect(lines.find((line) => line.startsWith("---"))).toMatch(/^--- HEAD~1:facts\/source-b\.yaml:\d+/);
    expect(lines.find((line) => line.startsWith("+++"))).toMatch(/^\+\+\+ facts\/source-b\.yaml:\d+/);
    // Unchanged fields are context, not changes.
    expect(lines).toContain(" unit: USD");
    expect(lines.filter((line) => /^[-+][a-z]/.test(line))).toHaveLength(6);
    expect(changes.facts.filter((entry) => entry.change !== "changed").every((entry) => entry.diff === undefined)).toBe(true);
  });

  it("reports findings new and resolved", () => {
    expect(findingsBefore.map((finding) => finding.key.metric)).toEqual(["operating_income"]);
    expect(changes.resolvedFindings).toEqual(findingsBefore);
    expect(changes.newFindings.map((finding) => `${finding.rule} ${finding.key.metric} ${finding.key.measure}`)).toEqual(["contradiction revenue yoy"]);
    expect(changes.newFindings).toEqual(findingsAfter);
  });

  it("reports discrepancies new and resolved, by their findings", () => {
    const before = groupDiscrepancies(findingsBefore);
    expect(changes.resolvedItems.map((item) => item.id)).toEqual(before.map((item) => item.id));
    expect(changes.newItems.map((item) => item.id)).toEqual(groupDiscrepancies(findingsAfter).map((item) => item.id));
    expect(changes.newItems.flatMap((item) => item.findings)).toEqual(findingsAfter);
    expect(changes.changedItems).toEqual([]);
  });

  it("reports a discrepancy that gained or lost a finding as changed, not new or resolved", () => {
    const one = sourcesWith([income("115")], [income("93")]);
    const two = sourcesWith([income("115")], [income("93"), income("115", { quote: "later 115" })]);
    const gained = compare(one, two);
    const [item] = groupDiscrepancies(gained.findingsAfter);
    expect(gained.changes.newItems).toEqual([]);
    expect(gained.changes.resolvedItems).toEqual([]);
    expect(gained.changes.changedItems.map(({ item, was, newFindings, leftFindings }) => ({ id: item.id, was, newFindings: newFindings.map((finding) => finding.rule), leftFindings }))).toEqual([
      { id: item!.id, was: [item!.id], newFindings: ["self-contradiction"], leftFindings: [] },
    ]);
    const lost = compare(two, one);
    expect(lost.changes.changedItems.map(({ was, newFindings, leftFindings }) => ({ was, newFindings, leftFindings: leftFindings.map((finding) => finding.rule) }))).toEqual([{ was: [item!.id], newFindings: [], leftFindings: ["self-contradiction"] }]);
    // Unchanged items are in none of the lists.
    const same = compare(two, two).changes;
    expect([same.newItems, same.changedItems, same.resolvedItems]).toEqual([[], [], []]);
  });

  it("marks added and changed facts as touched, and nothing else", () => {
    const touched = after.facts.filter((fact) => changes.touched.has(fact)).map((fact) => `${fact.sourceId} ${fact.written.value}`);
    expect(touched).toEqual(["source-a 1320", "source-b 115", "source-b 23", "source-c 120"]);
  });

  it("reports nothing for identical fact bases", () => {
    const files = sourcesWith([income("115")], [income("93")]);
    const same = compare(files, files).changes;
    expect(same.facts).toEqual([]);
    expect(same.newFindings).toEqual([]);
    expect(same.resolvedFindings).toEqual([]);
    expect([same.newItems, same.changedItems, same.resolvedItems]).toEqual([[], [], []]);
    expect(same.touched.size).toBe(0);
  });

  it("does not count a fact as changed when only its line moved", () => {
    const moved = compare(sourcesWith([income("115"), capex("1310")]), sourcesWith([adGrowth("22"), income("115"), capex("1310")])).changes;
    expect(moved.facts.map((entry) => `${entry.change} ${entry.fact.metric}`)).toEqual(["added revenue"]);
  });

  it("tells a restated figure from its restatement by rank", () => {
    const restated = compare(sourcesWith([capex("1310"), capex("1318")]), sourcesWith([capex("1310")])).changes;
    expect(restated.facts.map((entry) => `${entry.change} ${entry.fact.written.value}`)).toEqual(["removed 1318"]);
  });

  it("counts a fact moved to another period as removed and added", () => {
    const moved = compare(sourcesWith([income("115")]), sourcesWith([{ ...income("115"), period: "2025-Q3" }])).changes;
    expect(moved.facts.map((entry) => entry.change).sort()).toEqual(["added", "removed"]);
  });
});

describe("compareChangedFiles", () => {
  // --since groups the base at the ref from the groups now (groupsAtRef): the reconcile at the ref must
  // get the groups groupFacts makes of that base, the same facts in the same order, groups in the same
  // order. Here two files changed (a key's first fact moves to another file, a key goes, values
  // change), the one between them did not (its launch date's group is the same at the ref, between
  // groups made again), and one is new.
  it("gives the reconcile at the ref the groups groupFacts makes of the base at the ref", () => {
    const international = { segment: "international" };
    const beforeFiles = sourcesWith([income("115"), capex("1310"), adGrowth("21")], [adGrowth("22"), capex("1300"), launch("2025-12-02")], [income("93"), adGrowth("22"), income("10", international)]);
    const afterFiles = sourcesWith([capex("1320")], [adGrowth("22"), capex("1300"), launch("2025-12-02")], [income("115"), adGrowth("23"), income("10", international)], [income("120", international)]);
    const changedThen = ["facts/source-a.yaml", "facts/source-c.yaml"];
    const before = loadInline(Object.fromEntries(changedThen.map((file) => [file, beforeFiles[file]!])));
    const after = loadInline(afterFiles);
    let seen: { base: FactBase; grouped?: readonly FactGroup[] } | undefined;
    compareChangedFiles("HEAD~1", before, after, new Set([...changedThen, "facts/source-d.yaml"]), reconcile(after).findings, (base, _scope, grouped) => {
      seen = { base, ...(grouped ? { grouped } : {}) };
      return { findings: reconcile(base).findings };
    }, undefined, undefined, groupFacts(after.facts));
    const shape = (groups: readonly FactGroup[]) => groups.map((group) => ({ key: group.key, facts: group.facts.map((fact) => `${fact.position.file}:${fact.position.line} ${fact.index}`) }));
    expect(seen?.grouped).toBeDefined();
    expect(shape(seen!.grouped!)).toEqual(shape(groupFacts(seen!.base.facts)));
    expect(seen!.grouped!.flatMap((group) => group.facts).every((fact) => seen!.base.facts.includes(fact))).toBe(true);
  });
});
