// The rarer changes `reconcile --since` must report as a full reconcile at the ref does (see
// since.test.ts, which runs the commonest with `npm test`): nothing changed, a change against an older
// ref, old versions that do not load or are not text, a fact moved to another key, the taxonomy changed.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasGit } from "../cli-helpers.js";
import { sinceBothWays, useSinceWorkspace } from "./since-both-ways.js";

describe.skipIf(!hasGit)("reconcile --since on the changed files only: rarer changes", { timeout: 60_000 }, () => {
  const { root, file, edit, commit, expectSame } = useSinceWorkspace();
  it("nothing changed", () => {
    expect(expectSame().report).toContain("Facts: 0 added, 0 changed, 0 removed. Discrepancies: 0 new, 0 changed, 0 resolved (findings: 0 new, 0 resolved).");
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
    const { fast, cli, full, notes, expectedNotes } = sinceBothWays(root(), "facts");
    expect(notes).toEqual(expectedNotes);
    expect(expectedNotes.join("")).toContain("problem(s) in the facts at HEAD");
    expect(fast).toBe(full);
    expect(cli).toBe(full);
  });

  it("a fact moved to another metric and period, and a file added: the keys left count as changed too", () => {
    // Shopify's 26.4 % leaves the key where it contradicts 31 % (only its old version is on that key),
    // and a new file's figure contradicts the release on a key nothing else changed touches.
    edit("qq-2025-02-12-shopify.yaml", (text) => text.replace('  - metric: revenue\n    measure: yoy\n    value: "26.4"', '  - metric: gross_profit\n    measure: yoy\n    period: 2023-Q2\n    value: "26.4"'));
    writeFileSync(
      file("zz-one-figure.yaml"),
      ["source:", "  id: zz-one-figure", "  publisher: One Figure Wire", "  title: One figure", '  published: "2025-03-01"', "  language: en", "  kind: secondary", "facts:", '  - { entity: AMZN, metric: free_cash_flow, period: "TTM:2024-12-31", value: "48.2", scale: billion, unit: USD, quote: "free cash flow" }', ""].join("\n"),
    );
    const { changes } = expectSame();
    const reached = [...changes.newFindings, ...changes.resolvedFindings].map((finding) => `${finding.rule} ${finding.key.entity}/${finding.key.metric}/${finding.key.measure}`);
    expect(reached).toEqual(expect.arrayContaining(["contradiction SHOP/revenue/yoy", "contradiction AMZN/free_cash_flow/level"]));
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
