// `reconcile --since` in proportion to the change (src/reconcile/since.ts) must give the report a load
// and reconcile of every file at the ref gives. Each case edits a copy of the repository's own facts in
// a repository of its own (under the system's temporary folder) and compares the two, byte for byte,
// in JSON and Markdown, notes included (since-both-ways.ts).
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { hasGit, useCliWorkspace } from "../cli-helpers.js";
import { sinceBothWays } from "./since-both-ways.js";

describe.skipIf(!hasGit)("reconcile --since on the changed files only", { timeout: 60_000 }, () => {
  const { root, file: inWorkspace, read, write, commitAll } = useCliWorkspace("concord-since-", { copy: ["facts"] });
  const file = (name: string) => inWorkspace(`facts/${name}`);
  const edit = (name: string, change: (text: string) => string) => write(`facts/${name}`, change(read(`facts/${name}`)));
  const commit = () => commitAll();

  beforeEach(() => commit());

  function expectSame(ref = "HEAD") {
    const { fast, full, notes, expectedNotes, changes } = sinceBothWays(root(), "facts", ref);
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
    const { fast, full, notes, expectedNotes } = sinceBothWays(root(), "facts");
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

  it("a change that alters findings on other keys: a segment's sum, the market's sum of shares, another company's share", () => {
    // Each figure agrees at the ref; now the segment breaks its company's sum (a finding on the total's
    // key), the share breaks the market's sum of shares (on the market's key), and the market's units
    // break Mahindra's share of them (on Mahindra's key): none of those keys is in the changed file.
    const figures = (aws: string, share: string, tractors: string) =>
      [
        "source:",
        "  id: zz-reach",
        "  publisher: Reach Wire",
        "  title: Figures whose findings lie on other keys",
        '  published: "2026-02-14"',
        "  language: en",
        "  kind: secondary",
        "facts:",
        `  - { entity: AMZN, segment: aws, metric: revenue, period: 2025-Q4, value: "${aws}", scale: million, unit: USD, quote: "AWS revenue" }`,
        `  - { entity: AMZN, segment: aws, metric: revenue, measure: share, of: MARKET/public_cloud, period: 2025-Q4, value: "${share}", unit: percent, qualifier: about, quote: "AWS share" }`,
        `  - { entity: MARKET, segment: india_tractors, metric: paid_units, period: 2024-10..2024-12, value: "${tractors}", unit: count, quote: "tractors sold" }`,
        "",
      ].join("\n");
    writeFileSync(file("zz-reach.yaml"), figures("35,579", "28", "273,756"));
    commit();
    writeFileSync(file("zz-reach.yaml"), figures("45,579", "38", "300,000"));
    const { changes } = expectSame();
    const reached = [...changes.newFindings, ...changes.resolvedFindings].map((finding) => `${finding.rule} ${finding.key.entity}/${finding.key.segment}/${finding.key.measure}`);
    expect(reached).toEqual(expect.arrayContaining(["arithmetic-sum AMZN/total/level", "arithmetic-sum MARKET/top3_cloud_providers/share", "arithmetic-ratio MAHINDRA/mm_farm/share"]));
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
