import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type Ajv2020Type from "ajv/dist/2020.js";
import { RULES, ruleById } from "../../src/rules/registry.js";
import { repositoryRoot } from "../helpers.js";

const require = createRequire(import.meta.url);
const Ajv2020 = (require("ajv/dist/2020.js") as { default: typeof Ajv2020Type.default }).default;

const ids = RULES.map((rule) => rule.meta.id);

describe("the rule registry", () => {
  it("is sorted by id", () => {
    expect(ids).toEqual([...ids].sort());
  });

  it("has unique ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)("%s has a test file that runs it alone through the RuleTester", (id) => {
    const file = path.join(repositoryRoot, "test", "rules", `${id}.test.ts`);
    expect(existsSync(file), `add test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(/\bRuleTester\b|\btestIdentityCases\(/);
  });

  it.each(ids)("%s declares its messages, each placeholder a plain name, and the data fields its ids are made from", (id) => {
    const { messages, identity } = ruleById(id)!.meta;
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const [messageId, template] of Object.entries(messages)) {
      expect(messageId).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(template).toMatch(/^(?:[^{}]|\{\{[a-z]+(?:_[a-z]+)*\}\})+$/);
    }
    expect(identity.length).toBeGreaterThan(0);
  });

  it.each(ids)("%s has an id in kebab case, a description, a severity, and default options its own schema accepts", (id) => {
    const rule = ruleById(id)!;
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    // Value rules name their own kind; the arithmetic rules share one (an identity that does not hold).
    expect([id.replaceAll("-", "_"), "identity_violation", "outside_guidance"]).toContain(rule.meta.kind);
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
    expect(["error", "warning", "info"]).toContain(rule.meta.defaultSeverity);
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validate(rule.meta.optionsSchema, rule.meta.defaultOptions), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("finds rules by id", () => {
    expect(ruleById("contradiction")?.meta.kind).toBe("contradiction");
    expect(ruleById("no-such-rule")).toBeUndefined();
  });
});
