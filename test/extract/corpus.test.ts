// Runs the extractor over our own sentences (test/extract/corpus/*.yaml): every expected fact must be
// proposed (on the fields the case gives) and no figure listed under `not` may be.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractFacts, type ProposedFact } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

interface Case { name: string; date?: string; input: string; facts: Record<string, string>[]; not?: string[] }
const folder = new URL("./corpus/", import.meta.url);
const cases: Case[] = readdirSync(folder).filter((file) => file.endsWith(".yaml")).flatMap((file) => (parse(readFileSync(new URL(file, folder), "utf8")) as { cases: Case[] }).cases);
const taxonomy = repositoryTaxonomy();
const FIELD: Record<string, keyof ProposedFact> = { value_high: "valueHigh" };

describe("extraction corpus", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const { facts } = extractFacts(c.input, taxonomy, c.date ? { date: c.date } : {});
    for (const expected of c.facts) {
      const found = facts.find((fact) => Object.entries(expected).every(([field, value]) => String(fact[FIELD[field] ?? (field as keyof ProposedFact)]) === value));
      expect(found, `${JSON.stringify(expected)} among ${JSON.stringify(facts, null, 1)}`).toBeDefined();
    }
    for (const value of c.not ?? []) expect(facts.map((fact) => fact.value)).not.toContain(value);
  });
});
