import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";

const runRates = (...sources: SourceSpec[]) => identityFindings("run-rate", ...sources);

const awsQuarter = (value: string, extra: Record<string, string> = {}) => amount("aws", "revenue", value, extra);
/** An annualised run rate of AWS revenue for the quarter. */
const annualised = (value: string, extra: Record<string, string> = {}) => amount("aws", "revenue", value, { basis: "run_rate", ...extra });

const cases: IdentityCase[] = [
  // valid
  { name: "4 × 356亿 vs an annualised 1,424亿", sources: [article("wire-a", [awsQuarter("356"), annualised("1,424")])], fires: false },
  { name: "4 × 356亿 vs an annualised 1,425亿 (4 × 355.5–356.5 = 1,422–1,426)", sources: [article("wire-a", [awsQuarter("356"), annualised("1,425")])], fires: false },
  { name: "4 × 35.6 billion vs an annualised 142 billion", sources: [article("wire-a", [awsQuarter("35.6", { scale: "billion" }), annualised("142", { scale: "billion" })])], fires: false },
  { name: "the quarter from the company's release", sources: [article("wire-a", [annualised("1,424")]), release("release", [awsQuarter("356")])], fires: false },
  { name: "no quarter stated: nothing to check", sources: [article("wire-a", [annualised("1,000")])], fires: false },
  { name: "a quarter of another period is not used", sources: [article("wire-a", [awsQuarter("356", { period: "2025-Q3" }), annualised("1,000")])], fires: false },
  { name: "a run rate with a qualifier ('more than 1,000亿') is not checked", sources: [article("wire-a", [awsQuarter("356"), annualised("1,000", { qualifier: "more_than" })])], fires: false },
  { name: "a run rate for a year is not checked", sources: [article("wire-a", [awsQuarter("1,300", { period: "FY2025" }), annualised("1,000", { period: "FY2025" })])], fires: false },
  { name: "a quarter in another currency is not used", sources: [article("wire-a", [awsQuarter("356", { unit: "CNY" }), annualised("1,000")])], fires: false },
  // invalid
  { name: "4 × 356亿 vs an annualised 1,000亿", sources: [article("wire-a", [awsQuarter("356"), annualised("1,000")])], fires: true },
  { name: "4 × 356亿 vs an annualised 1,427亿", sources: [article("wire-a", [awsQuarter("356"), annualised("1,427")])], fires: true },
  { name: "the release's quarter vs an article's annualised 1,000亿", sources: [article("wire-a", [annualised("1,000")]), release("release", [awsQuarter("356")])], fires: true },
];

testIdentityCases("run-rate", "run_rate", cases);

describe("run-rate", () => {
  it("is a warning that shows the arithmetic", () => {
    const [finding, ...rest] = runRates(article("wire-a", [awsQuarter("356"), annualised("1,000")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "run-rate",
      kind: "identity_violation",
      severity: "warning",
      key: { entity: "AMZN", segment: "aws", metric: "revenue", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "The run rate does not add up: 4 × 356 亿 USD (wire-a) = [1422, 1426] 亿 USD, but wire-a states an annualised 1,000 亿 USD ([999.5, 1000.5] 亿 USD).",
    });
    expect(finding!.facts.map((fact) => fact.basis)).toEqual(["run_rate", "reported"]);
  });

  it("prefers the stating source's own quarter", () => {
    // wire-a's own quarter (250亿) makes its run rate right; the release's 356亿 would not.
    expect(runRates(article("wire-a", [awsQuarter("250"), annualised("1,000")]), release("release", [awsQuarter("356")]))).toEqual([]);
  });

  it("reports a wrong run rate a source states twice once", () => {
    expect(runRates(article("wire-a", [awsQuarter("356"), annualised("1,000"), annualised("1,000", { quote: "a $100bn run rate" })]))).toHaveLength(1);
  });
});
