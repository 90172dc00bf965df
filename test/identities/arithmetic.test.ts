import { describe, expect, it } from "vitest";
import { inStatedTerms, operand, withoutRepeats } from "../../src/identities/arithmetic.js";
import { intervalOf } from "../../src/numbers/interval.js";
import { intervalFromExact, rational, type RationalInterval } from "../../src/numbers/rational.js";
import { factKeyOf } from "../../src/reconcile/fact-key.js";
import type { RuleFinding } from "../../src/rules/rule.js";
import type { Fact, NumericValue } from "../../src/model/types.js";
import { loadInline } from "../helpers.js";
import { amount, article, factFiles, percent } from "./identity-fixture.js";

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

describe("withoutRepeats", () => {
  const finding = (facts: Fact[], identity: string): RuleFinding => ({ key: factKeyOf(facts[0]!), facts, message: identity, identity });

  it("keeps the first of findings with the same key and identity (reconcile would give them one id)", () => {
    const found = withoutRepeats([finding([yi], "x"), finding([yi, margin], "x"), finding([yi], "y"), finding([margin], "x"), finding([about], "x")]);
    expect(found.map((kept) => `${kept.facts[0]!.metric}:${kept.identity}:${kept.facts.length}`)).toEqual(["operating_income:x:1", "operating_income:y:1", "operating_margin:x:1", "capex:x:1"]);
  });

  it("compares keys, not written forms: one key in 亿 and in billion is one key; another metric is another", () => {
    expect(withoutRepeats([finding([yi], "x"), finding([billion], "x")])).toHaveLength(1);
    expect(withoutRepeats([finding([yi], "x"), finding([plain], "x")])).toHaveLength(2);
  });
});

describe("identityFinding", () => {
  it("keeps the rule's sentence as the message, names the identity as broken, and ids it by identity and operands", async () => {
    const { identityFinding } = await import("../../src/identities/arithmetic.js");
    const finding = identityFinding("amazon-segments-operating-income", factKeyOf(yi), [yi, million], "The parts do not add up.");
    expect(finding.message).toBe("The parts do not add up.");
    expect(finding.brokenIdentity).toBe("amazon-segments-operating-income");
    expect(finding.identity).toBe("amazon-segments-operating-income|wire-a:25000000000±50000000/exact,wire-a:9256000000±500000/exact");
  });
});
