import { describe, expect, it } from "vitest";
import { identityReport, inStatedTerms, operand } from "../../src/rules/identity-report.js";
import { intervalOf } from "../../src/numbers/interval.js";
import { intervalFromExact, rational, type RationalInterval } from "../../src/numbers/rational.js";
import { factKeyOf } from "../../src/reconcile/fact-key.js";
import type { Fact, NumericValue } from "../../src/model/types.js";
import { loadInline } from "../helpers.js";
import { amount, article, factFiles, percent } from "../identities/identity-fixture.js";

const [yi, billion, million, plain, margin, bp, range, about] = loadInline(
  factFiles(
    article("wire-a", [
      amount("total", "operating_income", "250"),
      amount("total", "operating_income", "25.0", { scale: "billion" }),
      amount("total", "operating_income", "9,256", { scale: "million" }),
      { metric: "customers", value: "1400000", unit: "count", quote: "1.4 million customers" },
      percent("total", "operating_margin", "9"),
      percent("aws", "operating_margin", "-190", { measure: "yoy_abs", unit: "bp" }),
      amount("total", "revenue", "1,735", { value_high: "1,785", basis: "guidance", period: "2026-Q1" }),
      amount("total", "capex", "1600", { qualifier: "about", period: "FY2025" }),
    ]),
  ),
).facts as [Fact, Fact, Fact, Fact, Fact, Fact, Fact, Fact];

/** [226.5, 229.5] 亿 in base units. */
const sum: RationalInterval = { low: rational(22650000000n), high: rational(22950000000n) };

describe("inStatedTerms", () => {
  const cases: [name: string, interval: RationalInterval, stated: Fact, expected: string][] = [
    ["亿 USD", sum, yi, "[226.5, 229.5] 亿 USD"],
    ["billion USD", sum, billion, "[22.65, 22.95] billion USD"],
    ["million USD", sum, million, "[22650, 22950] million USD"],
    ["a count without scale", { low: rational(1399500n), high: rational(1400500n) }, plain, "[1399500, 1400500] count"],
    ["percent", { low: rational(90051n, 10000n), high: rational(9091n, 1000n) }, margin, "[9.0051, 9.091] percent"],
    ["bp", { low: rational(-245n), high: rational(-135n) }, bp, "[-245, -135] bp"],
    ["rounded outward to four places", { low: rational(1n, 3n), high: rational(2n, 3n) }, margin, "[0.3333, 0.6667] percent"],
    ["in 亿, rounded outward", { low: rational(1n, 3n), high: rational(2n, 3n) }, yi, "[0, 0.0001] 亿 USD"],
    ["an unbounded side", { low: rational(100000000000n) }, yi, "[1000, ∞] 亿 USD"],
  ];
  it.each(cases.map(([name, interval, stated, expected]) => ({ name, interval, stated, expected })))("$name → $expected", ({ interval, stated, expected }) => {
    expect(inStatedTerms(interval, stated)).toBe(expected);
  });
});

describe("operand", () => {
  it("writes a fact as written, with its source", () => {
    expect(operand(yi)).toBe("250 亿 USD (wire-a)");
    expect(operand(million)).toBe("9,256 million USD (wire-a)");
    expect(operand(margin)).toBe("9 percent (wire-a)");
    expect(operand(range)).toBe("1,735–1,785 亿 USD (wire-a)");
  });
});

describe("rationalIntervalOf", () => {
  const of = (fact: Fact) => inStatedTerms(intervalFromExact(intervalOf(fact.parsed as NumericValue, fact.qualifier)), fact);
  it("is the fact's interval from its rounding and qualifier, exactly", () => {
    expect(of(yi)).toBe("[249.5, 250.5] 亿 USD");
    expect(of(billion)).toBe("[24.95, 25.05] billion USD");
    expect(of(range)).toBe("[1734.5, 1785.5] 亿 USD");
    expect(of(about)).toBe("[1519.5, 1680.5] 亿 USD");
  });
});

describe("identityReport", () => {
  it("names the identity as broken and carries every operand's source and value, which make its id, beside the rule's data", () => {
    const report = identityReport("amazon-segments-operating-income", "sum", factKeyOf(yi), [yi, million], { total: "250 亿 USD" });
    expect(report.messageId).toBe("sum");
    expect(report.brokenIdentity).toBe("amazon-segments-operating-income");
    expect(report.data).toEqual({
      identity: "amazon-segments-operating-income",
      total: "250 亿 USD",
      signatures: ["wire-a:25000000000±50000000/exact", "wire-a:9256000000±500000/exact"],
    });
  });
});
