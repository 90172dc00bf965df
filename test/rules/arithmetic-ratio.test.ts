import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, percent, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";

const ratios = (...sources: SourceSpec[]) => identityFindings("arithmetic-ratio", ...sources);

const margin = (value: string, extra: Record<string, string> = {}) => percent("total", "operating_margin", value, extra);
const income = (value: string, extra: Record<string, string> = {}) => amount("total", "operating_income", value, extra);
const revenue = (value: string, extra: Record<string, string> = {}) => amount("total", "revenue", value, extra);
/** AWS revenue as a share of Amazon's total revenue. */
const awsShare = (value: string, extra: Record<string, string> = {}) => percent("aws", "revenue", value, { measure: "share", of: "AMZN/total", ...extra });

const cases: IdentityCase[] = [
  // valid: the stated ratio is within what its operands' precision allows
  { name: "3.1% against 16亿 / 527亿 (3.04%, but 16亿 spans 15.5–16.5亿)", sources: [article("wire-a", [margin("3.1"), income("16"), revenue("527")])], fires: false },
  { name: "9% against 115亿 / 1,271亿", sources: [article("wire-a", [margin("9"), income("115"), revenue("1,271")])], fires: false },
  { name: "2.1% against 10亿 / 507亿", sources: [article("wire-a", [margin("2.1"), income("10"), revenue("507")])], fires: false },
  { name: "a segment's margin: AWS 35% against 124.65亿 / 356亿", sources: [article("wire-a", [percent("aws", "operating_margin", "35"), amount("aws", "operating_income", "124.65"), amount("aws", "revenue", "356")])], fires: false },
  { name: "operands from another source when the stating source has none", sources: [article("wire-a", [margin("9")]), article("wire-b", [income("115"), revenue("1,271")])], fires: false },
  { name: "a negative margin against an operating loss", sources: [article("wire-a", [margin("-5.4"), income("-27"), revenue("500")])], fires: false },
  { name: "no numerator: nothing to check", sources: [article("wire-a", [margin("5"), revenue("1,271")])], fires: false },
  { name: "no denominator: nothing to check", sources: [article("wire-a", [margin("5"), income("115")])], fires: false },
  { name: "operands for another period are not used", sources: [article("wire-a", [margin("5"), income("115", { period: "2024-Q4" }), revenue("1,271", { period: "2024-Q4" })])], fires: false },
  { name: "operands for another segment are not used", sources: [article("wire-a", [margin("5"), amount("aws", "operating_income", "115"), amount("aws", "revenue", "1,271")])], fires: false },
  { name: "a margin on another basis (non-GAAP) is not checked against reported parts", sources: [article("wire-a", [margin("5", { basis: "non_gaap" }), income("115"), revenue("1,271")])], fires: false },
  { name: "a margin stated with about: 约9% against 115亿 / 1,271亿", sources: [article("wire-a", [margin("9", { qualifier: "about" }), income("115"), revenue("1,271")])], fires: false },
  { name: "AWS share 18% against 356亿 of 1,978亿 (18.0%)", sources: [article("wire-a", [awsShare("18"), amount("aws", "revenue", "356"), revenue("1,978")])], fires: false },
  { name: "AWS share 17% against 356亿 of 2,133亿 (16.7%)", sources: [article("wire-a", [awsShare("17"), amount("aws", "revenue", "356"), revenue("2,133")])], fires: false },
  { name: "a share whose `of` is not ENTITY/segment is not checked", sources: [article("wire-a", [awsShare("18", { of: "prior_generation" }), amount("aws", "revenue", "356"), revenue("2,133")])], fires: false },
  { name: "a share with no total stated is not checked", sources: [article("wire-a", [awsShare("18"), amount("aws", "revenue", "356")])], fires: false },
  // invalid: the stated ratio cannot be the quotient
  { name: "5% against 115亿 / 1,271亿 (9.05%)", sources: [article("wire-a", [margin("5"), income("115"), revenue("1,271")])], fires: true },
  { name: "3.2% against 16亿 / 527亿 (at most 3.134%)", sources: [article("wire-a", [margin("3.2"), income("16"), revenue("527")])], fires: true },
  { name: "a positive margin against an operating loss", sources: [article("wire-a", [margin("5.4"), income("-27"), revenue("500")])], fires: true },
  { name: "operands from another source, inconsistent", sources: [article("wire-a", [margin("5")]), article("wire-b", [income("115"), revenue("1,271")])], fires: true },
  { name: "the numerator from one source, the denominator from another", sources: [article("wire-a", [margin("5"), income("115")]), article("wire-b", [revenue("1,271")])], fires: true },
  { name: "AWS share 18% against 356亿 of 2,133亿 (16.7%)", sources: [article("wire-a", [awsShare("18"), amount("aws", "revenue", "356"), revenue("2,133")])], fires: true, messageId: "share" },
  { name: "AWS share 18% against levels from the company's release", sources: [article("wire-a", [awsShare("18")]), release("release", [amount("aws", "revenue", "356"), revenue("2,133")])], fires: true, messageId: "share" },
  {
    name: "a market share: AWS 30% of MARKET/public_cloud against 356亿 of 2,000亿 (17.8%)",
    sources: [article("wire-a", [awsShare("30", { of: "MARKET/public_cloud" }), amount("aws", "revenue", "356"), amount("public_cloud", "revenue", "2,000", { entity: "MARKET" })])],
    fires: true, messageId: "share",
  },
];

testIdentityCases("arithmetic-ratio", "ratio", cases);

describe("arithmetic-ratio", () => {
  it("is an error that shows the arithmetic", () => {
    const [finding, ...rest] = ratios(article("wire-a", [margin("5"), income("115"), revenue("1,271")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "arithmetic-ratio",
      kind: "identity_violation",
      severity: "error",
      key: { entity: "AMZN", segment: "total", metric: "operating_margin", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "The ratio does not add up: 115 亿 USD (wire-a) / 1,271 亿 USD (wire-a) = [9.0051, 9.091] percent, but wire-a states 5 percent ([4.5, 5.5] percent).",
    });
    expect(finding!.facts.map((fact) => `${fact.sourceId}:${fact.metric}`)).toEqual(["wire-a:operating_margin", "wire-a:operating_income", "wire-a:revenue"]);
    expect(finding!.id).toMatch(/^arithmetic-ratio-[0-9a-f]{8}$/);
  });

  it("names the share identity and the operands' sources for a share", () => {
    const [finding] = ratios(article("wire-a", [awsShare("18")]), release("release", [amount("aws", "revenue", "356"), revenue("2,133")]));
    expect(finding!.key).toMatchObject({ segment: "aws", metric: "revenue", measure: "share", of: "AMZN/total" });
    expect(finding!.message).toBe("The share does not add up: 356 亿 USD (release) / 2,133 亿 USD (release) = [16.6627, 16.7175] percent, but wire-a states 18 percent ([17.5, 18.5] percent).");
  });

  it("uses the stating source's own operands before any other source's", () => {
    // wire-a's own figures agree with its margin; the release's would not.
    expect(ratios(article("wire-a", [margin("9"), income("115"), revenue("1,271")]), release("release", [income("64"), revenue("1,271")]))).toEqual([]);
    // … and against its own figures a wrong margin fires even where the release would agree.
    const [finding] = ratios(article("wire-a", [margin("5"), income("115"), revenue("1,271")]), release("release", [income("64"), revenue("1,271")]));
    expect(finding!.facts.map((fact) => fact.sourceId)).toEqual(["wire-a", "wire-a", "wire-a"]);
  });

  it("prefers a primary source for operands the stating source lacks, whatever the file order", () => {
    // wire-b (an article) gives 64亿 (5.0%: the margin would agree); the release gives 115亿 (9.0%).
    for (const sources of [
      [article("wire-a", [margin("5")]), article("wire-b", [income("64"), revenue("1,271")]), release("release", [income("115"), revenue("1,271")])],
      [release("release", [income("115"), revenue("1,271")]), article("wire-b", [income("64"), revenue("1,271")]), article("wire-a", [margin("5")])],
    ]) {
      const [finding, ...rest] = ratios(...sources);
      expect(rest).toEqual([]);
      expect(finding!.facts.map((fact) => fact.sourceId)).toEqual(["wire-a", "release", "release"]);
      expect(finding!.message).toContain("115 亿 USD (release) / 1,271 亿 USD (release)");
    }
    // With the release's figures agreeing and the article's not, nothing fires.
    expect(ratios(article("wire-a", [margin("9")]), article("wire-b", [income("64"), revenue("1,271")]), release("release", [income("115"), revenue("1,271")]))).toEqual([]);
  });

  it("takes the first source's operands when none is the stating source's or primary", () => {
    const [finding] = ratios(article("wire-a", [margin("5")]), article("wire-b", [income("115"), revenue("1,271")]), article("wire-c", [income("64"), revenue("1,271")]));
    expect(finding!.facts.map((fact) => fact.sourceId)).toEqual(["wire-a", "wire-b", "wire-b"]);
  });

  it("checks each source's stated ratio on its own", () => {
    const found = ratios(article("wire-a", [margin("5")]), article("wire-b", [margin("9")]), article("wire-c", [margin("4")]), release("release", [income("115"), revenue("1,271")]));
    expect(found.map((finding) => finding.facts[0]!.sourceId).sort()).toEqual(["wire-a", "wire-c"]);
    expect(new Set(found.map((finding) => finding.id)).size).toBe(2);
  });

  it("compares operands in base units, whatever their scale words", () => {
    expect(ratios(article("wire-a", [margin("9"), income("11,500", { scale: "million" }), revenue("127.1", { scale: "billion" })]))).toEqual([]);
    expect(ratios(article("wire-a", [margin("5"), income("11,500", { scale: "million" }), revenue("127.1", { scale: "billion" })]))).toHaveLength(1);
  });

  it("does not divide by a denominator in another currency", () => {
    expect(ratios(article("wire-a", [margin("5"), income("115"), revenue("1,271", { unit: "CNY" })]))).toEqual([]);
  });

  it("does not check a ratio whose denominator may be zero", () => {
    expect(ratios(article("wire-a", [margin("5"), income("1"), revenue("0")]))).toEqual([]);
  });

  it("applies to every entity, not only Amazon", () => {
    // The ratio and share identities apply to every entity.
    const metaMargin = article("wire-m", [margin("5"), income("115"), revenue("1,271")], { entity: "META" });
    expect(ratios(metaMargin)).toHaveLength(1);
  });

  it("reports a wrong margin a source states twice once (one id, settled by one review)", () => {
    const found = ratios(article("wire-a", [margin("5"), margin("5", { quote: "a margin of five percent" }), income("115"), revenue("1,271")]));
    expect(found).toHaveLength(1);
    // … but two different wrong margins are two findings.
    expect(ratios(article("wire-a", [margin("5"), margin("4"), income("115"), revenue("1,271")]))).toHaveLength(2);
  });
});
