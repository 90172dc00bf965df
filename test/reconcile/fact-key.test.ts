import { describe, expect, it } from "vitest";
import { compactKey, describeKey, factKeyOf, keyString } from "../../src/reconcile/fact-key.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { factFile, repositoryTaxonomy } from "../helpers.js";

const facts = loadFactFiles(
  [
    {
      file: "facts/a.yaml",
      text: factFile(
        [
          "  - metric: revenue",
          "    period: FY2025",
          '    value: "7,169"',
          "    scale: 亿",
          "    unit: USD",
          "    quote: q",
          "  - metric: revenue",
          "    period: TTM:2025-12-31",
          '    value: "716.9"',
          "    scale: billion",
          "    unit: USD",
          "    quote: q",
          "  - segment: aws",
          "    metric: revenue",
          "    measure: share",
          "    of: AMZN/total",
          '    value: "18"',
          "    unit: percent",
          "    quote: q",
        ].join("\n"),
      ),
    },
  ],
  repositoryTaxonomy(),
).factBase.facts;

describe("fact keys", () => {
  it("match periods by their days, not their labels", () => {
    expect(keyString(facts[0]!)).toBe(keyString(facts[1]!));
    expect(facts[0]!.groupKey).toBe(facts[1]!.groupKey);
    expect(factKeyOf(facts[0]!).period).toBe("2025-01-01..2025-12-31");
  });

  it("tell keys apart by measure, `of` and unit", () => {
    expect(keyString(facts[2]!)).toBe("AMZN|aws|revenue|share|AMZN/total|2025-10-01..2025-12-31|percent");
    expect(compactKey(0, 0, 0, "level", undefined, 1, "USD")).not.toBe(compactKey(0, 0, 0, "level", undefined, 1, "CNY"));
    expect(compactKey(0, 0, 0, "share", "AMZN/total", 1, "percent")).not.toBe(compactKey(0, 0, 0, "share", "MARKET/public_cloud", 1, "percent"));
  });

  it("say the key in ids, for annotations", () => {
    expect(describeKey(factKeyOf(facts[2]!))).toBe("AMZN aws revenue share of AMZN/total, 2025-Q4");
    expect(describeKey(factKeyOf(facts[0]!))).toBe("AMZN revenue, FY2025");
  });
});
