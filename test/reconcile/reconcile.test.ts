import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/config.js";
import { formatReportJson } from "../../src/format/report-json.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { DEFAULT_INTERVAL_OPTIONS } from "../../src/numbers/interval.js";
import { compareFindings, givesEvidence, groupFacts, reconcile } from "../../src/reconcile/reconcile.js";
import { ruleById } from "../../src/rules/registry.js";
import { collectFactFiles } from "../../src/io/fact-files.js";
import type { Review } from "../../src/reviews/reviews.js";
import { adGrowth, capex, income, launch, loadInline, repositoryRoot, repositoryTaxonomy, sourceFile, sourcesWith } from "../helpers.js";


const ids = (files: Record<string, string>) => reconcile(loadInline(files)).findings.map((finding) => finding.id);
const review = (finding: string, line: number): Review => ({ finding, verdict: "both_right", note: "checked against the release", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line, column: 5 } });

describe("finding ids", () => {
  const base = [[income("115")], [income("93")]];
  const before = ids(sourcesWith(...base));

  it("look like <rule>-<8 hex digits>", () => {
    expect(before).toEqual([expect.stringMatching(/^contradiction-[0-9a-f]{8}$/)]);
  });

  it("stay the same when an unrelated fact or source is added", () => {
    expect(ids(sourcesWith([income("115"), capex("1310")], [income("93")]))).toEqual(before);
    expect(ids(sourcesWith(...base, [capex("1318"), income("120", { segment: "international" })]))).toEqual(before);
  });

  it("stay the same when a source restating an existing value is added", () => {
    expect(ids(sourcesWith(...base, [income("115")]))).toEqual(before);
    expect(ids(sourcesWith([income("93")], ...base))).toEqual(before);
  });

  it("stay the same when files are renamed or facts move within a file", () => {
    const factBase = sourcesWith([capex("1310"), income("115")], [income("93")]);
    const renamed = Object.fromEntries(Object.entries(factBase).map(([file, text]) => [file.replace("facts/", "facts/sub/"), text]));
    expect(ids(renamed)).toEqual(before);
  });

  it("stay the same when a period is relabelled with the same days (FY2025 as TTM:2025-12-31)", () => {
    const fy = ids(sourcesWith([capex("1310")], [capex("1318")]));
    expect(fy).toHaveLength(1);
    expect(ids(sourcesWith([{ ...capex("1310"), period: "TTM:2025-12-31" }], [capex("1318")]))).toEqual(fy);
  });

  it("change when a new conflicting value appears", () => {
    const after = ids(sourcesWith(...base, [income("100")]));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it("differ between keys with the same values", () => {
    const [a, b] = ids(sourcesWith([income("115"), income("115", { segment: "international" })], [income("93"), income("93", { segment: "international" })]));
    expect(a).not.toBe(b);
  });
});

describe("reviews", () => {
  const files = sourcesWith([income("115"), adGrowth("11", { basis: "ex_fx" })], [income("93"), adGrowth("17")]);
  const factBase = loadInline(files);
  const { findings } = reconcile(factBase);
  const contradictionId = findings.find((finding) => finding.rule === "contradiction")!.id;

  it("attach to their finding, which becomes reviewed", () => {
    const verdict: Review = { ...review(contradictionId, 3), verdict: "source_right", right: ["source-a"] };
    const result = reconcile(factBase, [verdict]);
    const reviewed = result.findings.find((finding) => finding.id === contradictionId)!;
    expect(reviewed.review).toEqual({ verdict: "source_right", right: ["source-a"], note: "checked against the release", reviewer: "desk", date: "2026-03-01" });
    expect(result.findings.filter((finding) => finding.review)).toHaveLength(1);
    expect(result.staleReviews).toEqual([]);
  });

  it("for findings that no longer exist come back as stale, in their order", () => {
    const stale = [review("contradiction-00000000", 3), review("basis-difference-ffffffff", 9)];
    const result = reconcile(factBase, [stale[0]!, review(contradictionId, 6), stale[1]!]);
    expect(result.staleReviews).toEqual(stale);
    expect(result.findings.filter((finding) => finding.review).map((finding) => finding.id)).toEqual([contradictionId]);
  });

  it("do not change the findings they review", () => {
    const result = reconcile(factBase, [review(contradictionId, 3)]);
    expect(result.findings.map((finding) => finding.id)).toEqual(findings.map((finding) => finding.id));
  });
});

describe("order", () => {
  it("sorts findings by severity, then by key, then by rule", () => {
    const files = sourcesWith(
      [adGrowth("11", { basis: "ex_fx" }), income("120", { segment: "international" }), launch("2025-12-02"), income("115"), adGrowth("22")],
      [adGrowth("17"), income("100", { segment: "international" }), launch("2025-12-05"), income("93"), adGrowth("23")],
    );
    const { findings } = reconcile(loadInline(files));
    expect(findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.key.segment}/${finding.key.metric}/${finding.key.measure}`)).toEqual([
      "error contradiction advertising/revenue/yoy",
      // source-b gives both 17% and 23%
      "error self-contradiction advertising/revenue/yoy",
      "error contradiction international/operating_income/level",
      "error contradiction north_america/operating_income/level",
      "warning basis-difference advertising/revenue/yoy",
      "warning date-conflict trainium3/launch_date/level",
    ]);
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });
});

describe("configuration", () => {
  const factBase = loadInline(sourcesWith([income("115"), adGrowth("11", { basis: "ex_fx" })], [income("93"), adGrowth("17")]));

  it("turns a rule off with severity off", () => {
    const config = defaultConfig();
    config.rules.get("contradiction")!.severity = "off";
    expect(reconcile(factBase, [], config).findings.map((finding) => finding.rule)).toEqual(["basis-difference"]);
  });

  it("changes a rule's severity, and the order follows", () => {
    const config = defaultConfig();
    config.rules.get("contradiction")!.severity = "warning";
    config.rules.get("basis-difference")!.severity = "error";
    expect(reconcile(factBase, [], config).findings.map((finding) => `${finding.rule}:${finding.severity}`)).toEqual(["basis-difference:error", "contradiction:warning"]);
  });

  it("keeps finding ids when a severity changes", () => {
    const config = defaultConfig();
    config.rules.get("contradiction")!.severity = "info";
    const sortIds = (list: { id: string }[]) => list.map((finding) => finding.id).sort();
    expect(sortIds(reconcile(factBase, [], config).findings)).toEqual(sortIds(reconcile(factBase).findings));
  });
});

describe("groupFacts", () => {
  it("groups by key (days, not labels) and unit, keeping fact-base order", () => {
    const factBase = loadInline(
      sourcesWith([capex("1310"), { ...capex("7"), unit: "CNY" }, { ...capex("1318"), period: "TTM:2025-12-31" }, income("115")]),
    );
    const groups = groupFacts(factBase.facts);
    expect(groups.map((group) => group.facts.map((fact) => fact.written.value))).toEqual([["1310", "1318"], ["7"], ["115"]]);
    expect(groups[0]!.key).toMatchObject({ metric: "capex", period: "2025-01-01..2025-12-31", periodLabel: "FY2025" });
  });
});

describe("determinism", () => {
  it("gives byte-identical reports whatever order the files are read in", () => {
    const files = {
      ...sourcesWith([income("115"), adGrowth("11", { basis: "ex_fx" }), launch("2025-12-02")], [income("93"), adGrowth("17"), adGrowth("22")], [adGrowth("23"), capex("1310")]),
      "facts/release.yaml": sourceFile({ id: "release", kind: "primary", published: "2026-02-05T13:00:00-08:00" }, [income("114.72"), capex("1318.19"), launch("2025-12-03")]),
    };
    const taxonomy = repositoryTaxonomy();
    const entries = Object.entries(files).map(([file, text]) => ({ file, text }));
    const render = (inputs: typeof entries) => {
      const { factBase, diagnostics } = loadFactFiles(inputs, taxonomy);
      expect(diagnostics).toEqual([]);
      const reviews = [review("contradiction-00000000", 3)];
      const { findings, staleReviews } = reconcile(factBase, reviews);
      const input = { factBase, taxonomy, findings, staleReviews, failOn: "error" as const, intervalOptions: DEFAULT_INTERVAL_OPTIONS };
      return { markdown: formatReportMarkdown(input), json: formatReportJson(input), count: findings.length };
    };
    const forward = render(entries);
    const backward = render([...entries].reverse());
    expect(forward.count).toBeGreaterThanOrEqual(4);
    expect(backward.markdown).toBe(forward.markdown);
    expect(backward.json).toBe(forward.json);
  });
});

describe("evidence for judging", () => {
  it("comes from the rules givesEvidence names: only their findings carry a broken identity", () => {
    // `reconcile --since` runs the other rules only on the keys its report can show, and still judges
    // as a full reconcile does: judging weighs the broken identities, so every one must still be found.
    const taxonomy = repositoryTaxonomy();
    const { factFiles } = collectFactFiles(["facts"], repositoryRoot);
    const { findings } = reconcile(loadFactFiles(factFiles, taxonomy).factBase, [], defaultConfig(), taxonomy);
    const withIdentity = findings.filter((finding) => finding.brokenIdentity !== undefined);
    expect(withIdentity.length).toBeGreaterThan(5);
    for (const finding of findings) expect(finding.brokenIdentity === undefined || givesEvidence(ruleById(finding.rule)!)).toBe(true);
    expect(new Set(findings.filter((finding) => !givesEvidence(ruleById(finding.rule)!)).map((finding) => finding.rule)).size).toBeGreaterThan(2);
  });
});
