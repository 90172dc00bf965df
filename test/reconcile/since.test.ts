// `reconcile --since` in proportion to the change (src/reconcile/since.ts) must give the report a load
// and reconcile of every file at the ref gives. Each case edits a copy of the repository's own facts in
// a repository of its own and compares the two, byte for byte, in JSON and Markdown, notes included
// (since-both-ways.ts). The commonest changes run with `npm test`; the rarer ones (nothing changed, an
// older ref, old versions that do not load or are not text, a moved fact, the taxonomy) in
// since-more.slow.test.ts, with `npm run test:slow`.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasGit } from "../cli-helpers.js";
import { useSinceWorkspace } from "./since-both-ways.js";

describe.skipIf(!hasGit)("reconcile --since on the changed files only", { timeout: 60_000 }, () => {
  const { file, edit, commit, expectSame, expectCliSame } = useSinceWorkspace();
  it("a value changed in one file", async () => {
    edit("amzn-release-2026-02-05-q4-2025.yaml", (text) => text.replace('value: "213,386"', 'value: "213,390"'));
    expect(expectSame().report).toContain('"change": "changed"');
    await expectCliSame();
  });

  it("a file deleted, one renamed, one added and not tracked, facts reordered in another", async () => {
    rmSync(file("dolphin-2026-02-06-amzn-q4-call.yaml"));
    renameSync(file("seekalpha-2025-02-13-amazon.yaml"), file("zz-seekalpha-amazon.yaml"));
    edit("investing-2025-02-07-amazon.yaml", (text) => {
      const [head, ...facts] = text.split(/\n(?= {2}- )/);
      return [head, ...facts.reverse()].join("\n").replace(/\n*$/, "\n");
    });
    const copy = readFileSync(file("jin10-2025-02-07-amzn-ai-capex.yaml"), "utf8").replace(/id: jin10-[^\n]*/, "id: copied-source").replace(/value: "(\d+)/, 'value: "9$1');
    writeFileSync(file("aa-copied.yaml"), copy);
    expectSame();
    await expectCliSame();
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

  it("a change that alters findings on other keys: a segment's sum, the market's sum of shares, another company's share", async () => {
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
    await expectCliSame();
  });

  it("the CLI's report is the one it gives when it reconciles every key, though it works out only findings the report can show", async () => {
    // Without verdicts and without --full-report, the reconcile now works out only what the report can
    // show (reconcileLazily's shownOnly); with --full-report, every finding. What --since prints must be one.
    edit("seekalpha-2025-02-13-amazon.yaml", (text) => text.replace('value: "38,291"', 'value: "38,219"'));
    edit("tradingview-2025-02-11-shopify.yaml", (text) => text.replace('value: "31.2"', 'value: "33"'));
    rmSync(file("statementdog-2025-02-07-qualcomm.yaml"));
    expect(await expectCliSame({ markdown: true })).toContain("d-e48a9fdc");
  });
  it("a sum broken at the ref and mended now, on a key with a contradiction of its own", async () => {
    // The sum's finding on Amazon's total goes; the total's contradiction (with a source that only
    // states the total, in a file that does not change) stays, and the item it shared with the sum
    // changes. The reconcile now had no reason to look at the total's key but this.
    const aws = (value: string) =>
      ["source:", "  id: zz-aws", "  publisher: Reach Wire", "  title: AWS", '  published: "2026-02-14"', "  language: en", "  kind: secondary", "facts:", `  - { entity: AMZN, segment: aws, metric: revenue, period: 2025-Q4, value: "${value}", scale: million, unit: USD, quote: "AWS revenue" }`, ""].join("\n");
    const total = ["source:", "  id: zz-total", "  publisher: Total Wire", "  title: Amazon", '  published: "2026-02-14"', "  language: en", "  kind: secondary", "facts:", '  - { entity: AMZN, metric: revenue, period: 2025-Q4, value: "1", scale: million, unit: USD, quote: "revenue" }', ""].join("\n");
    writeFileSync(file("zz-aws.yaml"), aws("45,579"));
    writeFileSync(file("zz-total.yaml"), total);
    commit();
    writeFileSync(file("zz-aws.yaml"), aws("35,579"));
    const { changes } = expectSame();
    expect(changes.resolvedFindings.map((finding) => `${finding.rule} ${finding.key.entity}/${finding.key.segment}`)).toContain("arithmetic-sum AMZN/total");
    await expectCliSame();
  });
});

