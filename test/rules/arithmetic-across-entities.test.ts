// Identities whose operands belong to different entities: the three largest cloud providers' shares
// add up to their combined share, a market's total is the sum of its companies, a company's share is
// its revenue over the market's. Operands meet on the days of their periods, so Microsoft's fiscal
// 2026-Q2 meets Amazon's and Google's calendar 2025-Q4 (October to December 2025), and its fiscal
// 2026-Q1 (July to September) does not.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/config.js";
import type { Identity } from "../../src/identities/identity.js";
import { collectFactFiles } from "../../src/io/fact-files.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { amount, article, factFiles, identityFindings, percent, release, type SourceSpec } from "../identities/identity-fixture.js";
import { loadInline, repositoryRoot, repositoryTaxonomy, type FactFields } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** A share of the public cloud market; `entity` and `period` in `extra` (the file's defaults: AMZN, 2025-Q4). */
const cloudShare = (entity: string, segment: string, value: string, extra: Record<string, string> = {}): FactFields =>
  percent(segment, "revenue", value, { entity, measure: "share", of: "MARKET/public_cloud", ...extra });

/** AWS, Microsoft's cloud (its fiscal 2026-Q2 unless told), Google Cloud and the three together, as one article gives them. */
const cloudShares = (shares: { aws?: string; msft?: string; msftPeriod?: string; google?: string; top3?: string }): FactFields[] => [
  ...(shares.aws ? [cloudShare("AMZN", "aws", shares.aws)] : []),
  ...(shares.msft ? [cloudShare("MSFT", "cloud", shares.msft, { period: shares.msftPeriod ?? "2026-Q2" })] : []),
  ...(shares.google ? [cloudShare("GOOGL", "cloud", shares.google)] : []),
  ...(shares.top3 ? [cloudShare("MARKET", "top3_cloud_providers", shares.top3)] : []),
];

const sums = (...sources: SourceSpec[]) => identityFindings("arithmetic-sum", ...sources).filter((finding) => finding.brokenIdentity === "top-three-cloud-share");

describe("arithmetic-sum across entities: the top three cloud providers' share", () => {
  const cases: { name: string; sources: SourceSpec[]; fires: boolean }[] = [
    { name: "28% + 21% + 14% = 63%", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14", top3: "63" }))], fires: false },
    { name: "28% + 21% + 14% vs 64% (the sum spans 61.5–64.5%)", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14", top3: "64" }))], fires: false },
    { name: "Microsoft's share for the calendar months 2025-10..2025-12 meets its fiscal 2026-Q2's", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", msftPeriod: "2025-10..2025-12", google: "14", top3: "68" }))], fires: true },
    { name: "a part missing: 28% + 14% vs 68% is not checked", sources: [article("wire-a", cloudShares({ aws: "28", google: "14", top3: "68" }))], fires: false },
    { name: "no total: nothing to check", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14" }))], fires: false },
    { name: "28% + 21% + 14% vs 68%", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14", top3: "68" }))], fires: true },
    { name: "the parts from one article, the total from another", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14" })), article("wire-b", cloudShares({ top3: "68" }))], fires: true },
    { name: "a total 'more than' 60% is satisfied", sources: [article("wire-a", [...cloudShares({ aws: "28", msft: "21", google: "14" }), cloudShare("MARKET", "top3_cloud_providers", "60", { qualifier: "more_than" })])], fires: false },
    // Periods meet on their days, never on their labels.
    { name: "Microsoft's fiscal 2026-Q1 (July to September 2025) does not meet calendar 2025-Q4", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", msftPeriod: "2026-Q1", google: "14", top3: "68" }))], fires: false },
    { name: "Microsoft's 2025-Q4 is its April to June 2025: it does not meet calendar 2025-Q4", sources: [article("wire-a", cloudShares({ aws: "28", msft: "21", msftPeriod: "2025-Q4", google: "14", top3: "68" }))], fires: false },
    { name: "a share of another market does not count", sources: [article("wire-a", [...cloudShares({ aws: "28", google: "14", top3: "68" }), cloudShare("MSFT", "cloud", "21", { period: "2026-Q2", of: "MARKET/iaas_public_cloud" })])], fires: false },
  ];

  it.each(cases)("$name → fires: $fires", ({ sources, fires }) => {
    expect(sums(...sources)).toHaveLength(fires ? 1 : 0);
    expect(sums(...[...sources].reverse())).toHaveLength(fires ? 1 : 0);
  });

  it("names each operand's company and segment, and Microsoft's fiscal quarter, in exact arithmetic", () => {
    const [finding, ...rest] = sums(article("wire-a", cloudShares({ aws: "28", msft: "21", google: "14", top3: "68" })));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "arithmetic-sum",
      severity: "error",
      key: { entity: "MARKET", segment: "top3_cloud_providers", metric: "revenue", measure: "share", of: "MARKET/public_cloud", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message:
        "The parts do not add up to the total: AMZN aws: 28 percent (wire-a) + MSFT cloud (2026-Q2): 21 percent (wire-a) + GOOGL cloud: 14 percent (wire-a) = [61.5, 64.5] percent, but the stated total is MARKET top3_cloud_providers: 68 percent (wire-a) ([67.5, 68.5] percent).",
    });
    expect(finding!.facts.map((fact) => `${fact.entity}/${fact.segment} ${fact.period.label}`)).toEqual(["MARKET/top3_cloud_providers 2025-Q4", "AMZN/aws 2025-Q4", "MSFT/cloud 2026-Q2", "GOOGL/cloud 2025-Q4"]);
  });

  it("decides at the rounding boundary exactly: 27.5% + 21% + 14% reaches 62.5%, which 63% spans, 62.4% does not", () => {
    // 27.5 spans [27.45, 27.55), 21 [20.5, 21.5), 14 [13.5, 14.5): the sum is [61.45, 63.55).
    const total = (value: string) => sums(article("wire-a", cloudShares({ aws: "27.5", msft: "21", google: "14", top3: value })));
    expect(total("63.5")).toHaveLength(0);
    expect(total("61.5")).toHaveLength(0);
    // 63.6 spans [63.55, 63.65): it starts where the sum's half-open interval ends.
    expect(total("63.6")).toHaveLength(1);
    expect(total("61.4")).toHaveLength(1);
  });
});

/** Reconciles the sources with the repository taxonomy, its identities replaced by the given ones. */
function findingsWith(identities: Identity[], rule: string, ...sources: SourceSpec[]) {
  return reconcile(loadInline(factFiles(...sources)), [], defaultConfig(), { ...taxonomy, identities }).findings.filter((finding) => finding.rule === rule);
}

describe("arithmetic-sum across entities: a market's total is the sum of its companies", () => {
  const market: Identity = {
    id: "cloud-market-revenue",
    kind: "sum",
    description: "The public cloud market's revenue is the sum of its companies' cloud revenue.",
    metric: "revenue",
    total: { entity: "MARKET", segment: "public_cloud" },
    parts: [{ entity: "AMZN", segment: "aws" }, { entity: "MSFT", segment: "cloud" }, { entity: "GOOGL", segment: "cloud" }],
  };
  const revenues = (msftPeriod: string, marketValue: string): FactFields[] => [
    amount("aws", "revenue", "356"),
    amount("cloud", "revenue", "300", { entity: "MSFT", period: msftPeriod }),
    amount("cloud", "revenue", "176", { entity: "GOOGL" }),
    amount("public_cloud", "revenue", marketValue, { entity: "MARKET" }),
  ];

  it("holds: 356亿 + 300亿 + 176亿 = 832亿, Microsoft's fiscal 2026-Q2 meeting calendar 2025-Q4", () => {
    expect(findingsWith([market], "arithmetic-sum", release("market-data", revenues("2026-Q2", "832")))).toEqual([]);
  });

  it("fails: 356亿 + 300亿 + 176亿 against 900亿", () => {
    const found = findingsWith([market], "arithmetic-sum", release("market-data", revenues("2026-Q2", "900")));
    expect(found.map((finding) => finding.message)).toEqual([
      "The parts do not add up to the total: AMZN aws: 356 亿 USD (market-data) + MSFT cloud (2026-Q2): 300 亿 USD (market-data) + GOOGL cloud: 176 亿 USD (market-data) = [830.5, 833.5] 亿 USD, but the stated total is MARKET public_cloud: 900 亿 USD (market-data) ([899.5, 900.5] 亿 USD).",
    ]);
  });

  it("is not checked when Microsoft's quarter covers other days (fiscal 2026-Q1)", () => {
    expect(findingsWith([market], "arithmetic-sum", release("market-data", revenues("2026-Q1", "900")))).toEqual([]);
  });

  it("takes a part from another source, on the days of its own period", () => {
    const sources = [article("wire-a", revenues("2026-Q2", "900").filter((fact) => fact.entity !== "MSFT")), article("wire-b", [amount("cloud", "revenue", "300", { entity: "MSFT", period: "2026-Q2" })])];
    expect(findingsWith([market], "arithmetic-sum", ...sources)).toHaveLength(1);
  });
});

describe("arithmetic-ratio across entities", () => {
  // A company's share of the public cloud market is its cloud revenue over the market's (the taxonomy's
  // share identity says so through `of`; here a ratio names the market's operand itself).
  const shareOfMarket: Identity = {
    id: "cloud-share-of-market",
    kind: "ratio",
    description: "A provider's share of the public cloud market is its cloud revenue over the market's revenue.",
    result: { segment: "cloud", metric: "revenue", measure: "share", of: "MARKET/public_cloud" },
    numerator: "revenue",
    denominator: { entity: "MARKET", segment: "public_cloud", metric: "revenue" },
  };
  const microsoft = (share: string, marketPeriod: string, marketValue = "1430"): FactFields[] => [
    cloudShare("MSFT", "cloud", share, { period: "2026-Q2" }),
    amount("cloud", "revenue", "300", { entity: "MSFT", period: "2026-Q2" }),
    amount("public_cloud", "revenue", marketValue, { entity: "MARKET", period: marketPeriod }),
  ];
  const ratios = (...sources: SourceSpec[]) => findingsWith([shareOfMarket], "arithmetic-ratio", ...sources);

  it("holds: 300亿 / 1,430亿 is 21%, Microsoft's fiscal 2026-Q2 against the market's calendar 2025-Q4", () => {
    expect(ratios(article("wire-a", microsoft("21", "2025-Q4")))).toEqual([]);
  });

  it("fails: 300亿 / 1,430亿 is not 25%", () => {
    const found = ratios(article("wire-a", microsoft("25", "2025-Q4")));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^The share does not add up: 300 亿 USD \(wire-a\) \/ 1430 亿 USD \(wire-a\) = \[20\.9\d*, 21\.0\d*\] percent, but wire-a states 25 percent/);
    expect(found[0]!.facts.map((fact) => fact.entity)).toEqual(["MSFT", "MSFT", "MARKET"]);
  });

  it("is not checked when the market's figure covers other days (calendar 2025-Q3)", () => {
    expect(ratios(article("wire-a", microsoft("25", "2025-Q3")))).toEqual([]);
  });

  it("applies to the entity the result names, and to no other", () => {
    const amazonOnly: Identity = { ...shareOfMarket, result: { entity: "AMZN", segment: "cloud", metric: "revenue", measure: "share", of: "MARKET/public_cloud" } };
    expect(findingsWith([amazonOnly], "arithmetic-ratio", article("wire-a", microsoft("25", "2025-Q4")))).toEqual([]);
  });
});

describe("the repository's fact base", () => {
  const { factFiles: files } = collectFactFiles(["facts"], repositoryRoot);
  const cloudFindings = (edit: (text: string) => string = (text) => text) => {
    const inputs = files.map((file) => (file.file.endsWith("lishi-2026-02-13-amzn-ai-arms-race.yaml") ? { ...file, text: edit(file.text) } : file));
    const { factBase, diagnostics } = loadFactFiles(inputs, taxonomy);
    expect(diagnostics).toEqual([]);
    return reconcile(factBase, [], defaultConfig(), taxonomy).findings.filter((finding) => finding.brokenIdentity === "top-three-cloud-share");
  };
  const TOTAL = 'segment: top3_cloud_providers\n    metric: revenue\n    measure: share\n    of: MARKET/public_cloud\n    value: "68"';

  it("checks the 砺石 article's 68% for the top three cloud providers against its 28%, 21% and 14%: they add up to at most 66.6%", () => {
    const found = cloudFindings();
    expect(found).toHaveLength(1);
    expect(found[0]!.facts.map((fact) => `${fact.sourceId} ${fact.entity}/${fact.segment} ${fact.period.label} ${fact.written.value}`)).toEqual([
      "lishi-2026-02-13-amzn-ai-arms-race MARKET/top3_cloud_providers 2025-Q4 68",
      "lishi-2026-02-13-amzn-ai-arms-race AMZN/aws 2025-Q4 28",
      "lishi-2026-02-13-amzn-ai-arms-race MSFT/cloud 2026-Q2 21",
      "lishi-2026-02-13-amzn-ai-arms-race GOOGL/cloud 2025-Q4 14",
    ]);
    expect(found[0]!.message).toContain("= [59.4, 66.6] percent, but the stated total is MARKET top3_cloud_providers: 68 percent");
  });

  it("finds nothing when the total is one the parts can make (63%)", () => {
    expect(files.some((file) => file.text.includes(TOTAL))).toBe(true);
    expect(cloudFindings((text) => text.replace(TOTAL, TOTAL.replace('"68"', '"63"')))).toEqual([]);
  });
});
