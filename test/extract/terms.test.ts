import { describe, expect, it } from "vitest";
import { termLexicon } from "../../src/extract/terms.js";
import { withoutNewNames } from "../../src/taxonomy/taxonomy.js";
import { repositoryTaxonomy } from "../helpers.js";

describe("the taxonomy's word lexicon", () => {
  it("is its parent's for a taxonomy made per article that only adds a company with no names, and its own once parts are added", () => {
    const base = repositoryTaxonomy();
    const entities = new Map(base.entities);
    entities.set("KESTREL_MOTORS", { id: "KESTREL_MOTORS", ordinal: entities.size, name: "Kestrel Motors", fiscalYearEnd: { month: 3, day: 31 }, fiscalYearNamedBy: "end", aliases: { "zh-Hans": [], "zh-Hant": [], en: [] } });
    const told = withoutNewNames(base, { entities });
    expect(termLexicon(told)).toBe(termLexicon(base));
    const segments = new Map(told.segments);
    segments.set("kestrel_trucks", { id: "kestrel_trucks", ordinal: segments.size, name: "Kestrel Trucks", kind: "business", entities: ["KESTREL_MOTORS"], aliases: { "zh-Hans": [], "zh-Hant": [], en: ["Kestrel Trucks"] } });
    const withPart = withoutNewNames(told, { segments });
    expect(termLexicon(withPart)).not.toBe(termLexicon(base));
    expect(termLexicon(withPart).matchAll("kestrel trucks revenue").some((match) => match.entries.some((entry) => entry.kind === "segment" && entry.id === "kestrel_trucks"))).toBe(true);
  });
});
