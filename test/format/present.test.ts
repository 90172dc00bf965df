import { describe, expect, it } from "vitest";
import { atOrAbove, describeKeyInWords, displayScale, groupDigits, normalisedValue } from "../../src/format/present.js";
import { factFile, repositoryTaxonomy } from "../helpers.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { factKeyOf } from "../../src/reconcile/fact-key.js";

const taxonomy = repositoryTaxonomy();
const facts = loadFactFiles(
  [
    {
      file: "facts/a.yaml",
      text: factFile(
        [
          "  - segment: north_america",
          "    metric: operating_income",
          '    value: "11,472"',
          "    scale: million",
          "    unit: USD",
          "    quote: q",
          "  - segment: north_america",
          "    metric: operating_income",
          '    value: "93"',
          "    scale: 亿",
          "    unit: USD",
          "    quote: q",
          "  - metric: revenue",
          "    measure: yoy",
          '    value: "-2.5"',
          "    unit: percent",
          "    quote: q",
        ].join("\n"),
      ),
    },
  ],
  taxonomy,
).factBase.facts;

describe("presenting values and keys", () => {
  it("groups digits, keeping the sign and the fraction", () => {
    expect(groupDigits("1234567.891")).toBe("1,234,567.891");
    expect(groupDigits("-1000")).toBe("-1,000");
    expect(groupDigits("12")).toBe("12");
  });

  it("shows every row of a finding in one scale", () => {
    const scale = displayScale(facts.slice(0, 2));
    expect(scale).toEqual([9, "billion"]);
    expect(facts.slice(0, 2).map((fact) => normalisedValue(fact, scale))).toEqual(["11.472 billion USD", "9.3 billion USD"]);
    expect(normalisedValue(facts[2]!, displayScale([facts[2]!]))).toBe("-2.5 percent");
  });

  it("leaves a rate unscaled in a finding whose amounts are in billions", () => {
    // A growth finding shows the rate and the two levels: the levels set the scale, the rate keeps its own.
    const scale = displayScale(facts);
    expect(scale).toEqual([9, "billion"]);
    expect(normalisedValue(facts[2]!, scale)).toBe("-2.5 percent");
    expect(normalisedValue(facts[0]!, scale)).toBe("11.472 billion USD");
  });

  it("says the key in words from the taxonomy", () => {
    expect(describeKeyInWords(factKeyOf(facts[0]!), taxonomy)).toBe("Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4");
    expect(describeKeyInWords(factKeyOf(facts[2]!), taxonomy)).toBe("Amazon.com, Inc. — Revenue (net sales), change year on year — 2025-Q4");
  });

  it("orders severities for the fail level", () => {
    expect(atOrAbove("error", "warning")).toBe(true);
    expect(atOrAbove("info", "warning")).toBe(false);
    expect(atOrAbove("error", "never")).toBe(false);
  });
});
