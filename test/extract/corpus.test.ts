// Runs the extractor over our own sentences (test/extract/corpus/*.yaml): every expected fact must be
// proposed (on the fields the case gives), no figure listed under `not` may be (a value, or the fields
// of a fact that must not be proposed), and a company the taxonomy does not know is named as `entity` says.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractFacts, type ProposedFact } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

interface Case { name: string; date?: string; input: string; facts: Record<string, string>[]; not?: (string | Record<string, string>)[]; entity?: { name: string } }
const folder = new URL("./corpus/", import.meta.url);
const cases: Case[] = readdirSync(folder).filter((file) => file.endsWith(".yaml")).flatMap((file) => (parse(readFileSync(new URL(file, folder), "utf8")) as { cases: Case[] }).cases);
const taxonomy = repositoryTaxonomy();
const FIELD: Record<string, keyof ProposedFact> = { value_high: "valueHigh" };

describe("extraction corpus", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const { facts, newEntity } = extractFacts(c.input, taxonomy, c.date ? { date: c.date } : {});
    const matches = (fact: ProposedFact, fields: Record<string, string>) => Object.entries(fields).every(([field, value]) => String(fact[FIELD[field] ?? (field as keyof ProposedFact)]) === value);
    for (const expected of c.facts ?? []) {
      const found = facts.find((fact) => matches(fact, expected));
      expect(found, `${JSON.stringify(expected)} among ${JSON.stringify(facts, null, 1)}`).toBeDefined();
    }
    for (const unwanted of c.not ?? []) {
      if (typeof unwanted === "string") expect(facts.map((fact) => fact.value)).not.toContain(unwanted);
      else expect(facts.find((fact) => matches(fact, unwanted)), `${JSON.stringify(unwanted)} should not be proposed`).toBeUndefined();
    }
    if (c.entity) expect(newEntity?.name).toBe(c.entity.name);
  });
});
