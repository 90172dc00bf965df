import { exactToString } from "../../src/numbers/exact.js";
import { describe, expect, it } from "vitest";
import { defaultConfig, loadConfig } from "../../src/config/config.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { RULES } from "../../src/rules/registry.js";
import { loadInline, sourcesWith, type FactFields } from "../helpers.js";

const load = (lines: string[]) => loadConfig({ file: "concord.config.yaml", text: `${lines.join("\n")}\n` });
const problems = (lines: string[]) => load(lines).diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`);

describe("defaultConfig", () => {
  it("enables every rule at its default severity with its default options", () => {
    const config = defaultConfig();
    expect(exactToString(config.aboutTolerance)).toBe("0.05");
    expect([...config.rules.keys()]).toEqual(RULES.map((rule) => rule.meta.id));
    for (const rule of RULES) expect(config.rules.get(rule.meta.id)).toEqual({ severity: rule.meta.defaultSeverity, options: rule.meta.defaultOptions });
  });

  it("gives each call its own copy", () => {
    defaultConfig().rules.get("contradiction")!.severity = "off";
    expect(defaultConfig().rules.get("contradiction")!.severity).toBe("error");
  });
});

describe("loadConfig", () => {
  it("sets severities in the short and the long form, and merges options with the defaults", () => {
    const { config, diagnostics } = load([
      'about_tolerance: "0.1"',
      "rules:",
      "  contradiction: warning",
      "  date-conflict: off",
      "  basis-difference:",
      "    severity: info",
      "    options:",
      "      bases: [reported, guidance]",
    ]);
    expect(diagnostics).toEqual([]);
    expect(exactToString(config!.aboutTolerance)).toBe("0.1");
    expect(config!.rules.get("contradiction")).toEqual({ severity: "warning", options: {} });
    expect(config!.rules.get("date-conflict")!.severity).toBe("off");
    expect(config!.rules.get("basis-difference")).toEqual({ severity: "info", options: { bases: ["reported", "guidance"] } });
    expect(config!.rules.get("self-contradiction")!.severity).toBe("error");
  });

  it("reports an unknown rule id where it is written, with a did-you-mean", () => {
    const { config, diagnostics } = load(["rules:", "  contradiction: warning", "  contradicton: off"]);
    expect(config).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 3, path: "/rules/contradicton", message: "unknown rule", found: '"contradicton"', expected: expect.stringContaining("(did you mean `contradiction`?)") }),
    ]);
    expect(diagnostics[0]!.expected).toContain("basis-difference, contradiction, date-conflict, order-and-sign");
  });

  it("offers no suggestion for an id nothing like a rule", () => {
    const [problem] = load(["rules:", "  spelling: off"]).diagnostics;
    expect(problem!.expected).not.toContain("did you mean");
  });

  it.each([
    { name: "a bad severity word", lines: ["rules:", "  contradiction: fatal"] },
    { name: "a bad severity in the long form", lines: ["rules:", "  contradiction:", "    severity: loud"] },
    { name: "an unknown setting", lines: ["rules:", "  contradiction:", "    level: error"] },
  ])("rejects $name", ({ lines }) => {
    const { config, diagnostics } = load(lines);
    expect(config).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) expect(diagnostic.path).toMatch(/^\/rules\/contradiction/);
    expect(diagnostics.every((diagnostic) => diagnostic.line >= 2)).toBe(true);
  });

  it("reports a bad severity with the allowed values", () => {
    const [problem] = load(["rules:", "  contradiction: fatal"]).diagnostics.filter((d) => d.message === "value is not one of the allowed values");
    expect(problem).toMatchObject({ line: 2, column: 18, found: '"fatal"', expected: 'one of "error", "warning", "info", "off"' });
  });

  it("checks options against the rule's options schema", () => {
    expect(problems(["rules:", "  basis-difference:", "    options:", "      bases: [reported, gross]"])).toEqual([
      "4:7 /rules/basis-difference/options/bases/1 invalid option for rule basis-difference: must be equal to one of the allowed values",
    ]);
    expect(problems(["rules:", "  contradiction:", "    options:", "      strict: true"])).toEqual([
      "4:7 /rules/contradiction/options invalid option for rule contradiction: must NOT have additional properties",
    ]);
  });

  it("rejects a tolerance that is not a decimal string between 0 and 1", () => {
    expect(problems(['about_tolerance: "5%"'])).toEqual(["1:18 /about_tolerance value is not in the expected form"]);
    expect(problems(["about_tolerance: 0.1"])).toEqual(['1:18 /about_tolerance wrong type (quote it, e.g. "0.1", so its written form is kept)']);
    expect(problems(['about_tolerance: "1.5"'])).toEqual(["1:18 /about_tolerance value is not in the expected form"]);
  });
});

describe("about_tolerance", () => {
  const capex = (value: string, qualifier = "exact"): FactFields => ({ metric: "capex", value, scale: "亿", unit: "USD", qualifier, quote: `capital spending near ${value}` });
  const factBase = loadInline(sourcesWith([capex("2000", "about")], [capex("1950")]));
  const rules = (text: string[]) => reconcile(factBase, [], load(text).config!).findings.map((finding) => finding.rule);

  it("lets 约2000亿 stretch to 1950亿 by default", () => {
    expect(rules(["rules: {}"])).toEqual([]);
  });

  it('with "0" no longer stretches an `about` value', () => {
    expect(rules(['about_tolerance: "0"'])).toEqual(["contradiction"]);
  });

  it("stretches further when larger", () => {
    const far = loadInline(sourcesWith([capex("2000", "about")], [capex("1800")]));
    const findings = (tolerance: string) => reconcile(far, [], load([`about_tolerance: "${tolerance}"`]).config!).findings.length;
    expect(findings("0.05")).toBe(1);
    expect(findings("0.1")).toBe(0);
  });
});
