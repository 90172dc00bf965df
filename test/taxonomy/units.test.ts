import { describe, expect, it } from "vitest";
import { unitFits, unitsFor } from "../../src/taxonomy/units.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const metric = (id: string) => taxonomy.metrics.get(id)!;

describe("units for a metric and a measure", () => {
  it.each([
    ["revenue", "level", "USD", true],
    ["revenue", "level", "CNY", true],
    ["revenue", "level", "GW", false],
    ["revenue", "yoy", "percent", true],
    ["revenue", "yoy", "USD", false],
    ["revenue", "share", "percent", true],
    ["revenue", "multiple", "multiple", true],
    ["operating_margin", "yoy_abs", "bp", true],
    ["operating_margin", "yoy_abs", "pp", true],
    ["operating_margin", "yoy_abs", "percent", false],
    ["revenue", "yoy_abs", "USD", true],
    ["power_capacity_added", "level", "GW", true],
    ["launch_date", "level", "date", true],
  ] as const)("%s %s in %s: %s", (id, measure, unit, fits) => {
    expect(unitFits(unit, unitsFor(metric(id), measure))).toBe(fits);
  });
});
