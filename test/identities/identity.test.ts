import { describe, expect, it } from "vitest";
import { appliesTo, REQUIRED_FIELDS, type Identity } from "../../src/identities/identity.js";
import { repositoryTaxonomy } from "../helpers.js";

const everyone: Identity = { id: "operating-margin", kind: "ratio", description: "d", result: "operating_margin", numerator: "operating_income", denominator: "revenue" };
const amazonOnly: Identity = { id: "amazon-sum", kind: "sum", description: "d", entities: ["AMZN"], metric: "revenue", total: "total", parts: ["north_america", "international", "aws"] };
const nobody: Identity = { id: "nobody", kind: "guidance", description: "d", entities: [] };

describe("appliesTo", () => {
  const cases: [identity: Identity, entity: string, applies: boolean][] = [
    [everyone, "AMZN", true],
    [everyone, "WMT", true],
    [everyone, "MARKET", true],
    [amazonOnly, "AMZN", true],
    [amazonOnly, "MSFT", false],
    [amazonOnly, "amzn", false],
    [nobody, "AMZN", false],
  ];
  it.each(cases.map(([identity, entity, applies]) => ({ id: identity.id, identity, entity, applies })))("$id to $entity → $applies", ({ identity, entity, applies }) => {
    expect(appliesTo(identity, entity)).toBe(applies);
  });

  it("applies the repository's Amazon sums to Amazon only, and the others to everyone", () => {
    const identities = repositoryTaxonomy().identities;
    const forWalmart = identities.filter((identity) => appliesTo(identity, "WMT")).map((identity) => identity.id);
    expect(forWalmart).not.toContain("amazon-segments-revenue");
    expect(forWalmart).toContain("operating-margin");
    expect(identities.filter((identity) => appliesTo(identity, "AMZN"))).toHaveLength(identities.length);
  });
});

describe("REQUIRED_FIELDS", () => {
  it("names every field the repository's identities of each kind give", () => {
    for (const identity of repositoryTaxonomy().identities) {
      for (const field of REQUIRED_FIELDS[identity.kind]) expect(identity, `${identity.id}.${field}`).toHaveProperty(field);
    }
  });

  it("covers one identity of each kind in the repository taxonomy", () => {
    const kinds = new Set(repositoryTaxonomy().identities.map((identity) => identity.kind));
    expect([...kinds].sort()).toEqual(Object.keys(REQUIRED_FIELDS).sort());
  });
});
