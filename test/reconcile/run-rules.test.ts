import { describe, expect, it } from "vitest";
import { renderMessage, runRules } from "../../src/reconcile/run-rules.js";
import { buildRuleContext } from "../../src/reconcile/reconcile.js";
import { factKeyOf } from "../../src/reconcile/fact-key.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "../../src/rules/rule.js";
import { loadInline, revenue, sourcesWith } from "../helpers.js";

const factBase = loadInline(sourcesWith([revenue("213"), revenue("230", { segment: "aws" })]));
const [total, aws] = factBase.facts;

/** A rule that reports what it is given, to see what the engine makes of it. */
function reporting(reports: (Omit<RuleReport, "key"> & { key?: RuleReport["key"] })[]): Rule<never> {
  return {
    meta: {
      id: "test-rule",
      kind: "contradiction",
      description: "Reports what it is given.",
      defaultSeverity: "warning",
      optionsSchema: NO_OPTIONS,
      defaultOptions: {},
      messages: { one: "{{source}} says {{values}}.", none: "Nothing." },
      identity: ["source", "values"],
    },
    check: () => reports.map((report) => ({ key: factKeyOf(report.facts[0]!), ...report })),
  } as Rule<never>;
}

const run = (rule: Rule<never>) => runRules([{ rule, severity: "warning", options: {} }], buildRuleContext(factBase));

describe("runRules", () => {
  it("renders the message from the template and the data, a list in words", () => {
    const [finding] = run(reporting([{ messageId: "one", data: { source: "source-a", values: ["213 亿 USD", "230 亿 USD", "1 USD"] }, facts: [total!] }]));
    expect(finding).toMatchObject({ rule: "test-rule", severity: "warning", messageId: "one", message: "source-a says 213 亿 USD, 230 亿 USD and 1 USD." });
    expect(finding!.data).toEqual({ source: "source-a", values: ["213 亿 USD", "230 亿 USD", "1 USD"] });
  });

  it("makes the id from the rule, the key and the identity fields only: other data and the message do not move it", () => {
    const id = (data: Record<string, string | string[]>, messageId = "one", fact = total!) => run(reporting([{ messageId, data: { source: "x", values: [], ...data }, facts: [fact] }]))[0]!.id;
    expect(id({ values: ["a"] })).toMatch(/^test-rule-[0-9a-f]{8}$/);
    expect(id({ values: ["a"], extra: "shown only" })).toBe(id({ values: ["a"] }));
    expect(id({ values: ["a"] }, "none")).toBe(id({ values: ["a"] }));
    expect(id({ values: ["b"] })).not.toBe(id({ values: ["a"] }));
    expect(id({ values: ["a"] }, "one", aws)).not.toBe(id({ values: ["a"] }));
  });

  it("keeps the first of reports that come to one id", () => {
    const found = run(reporting([
      { messageId: "one", data: { source: "x", values: ["a"] }, facts: [total!] },
      { messageId: "none", data: { source: "x", values: ["a"], note: "again" }, facts: [total!, aws!] },
      { messageId: "one", data: { source: "y", values: ["a"] }, facts: [total!] },
    ]));
    expect(found.map((finding) => [finding.messageId, finding.facts.length])).toEqual([["one", 1], ["one", 1]]);
  });

  it("refuses a message the rule does not declare, and a placeholder without data", () => {
    const rule = reporting([]);
    expect(() => renderMessage(rule, { messageId: "two", data: {} })).toThrow(/"two", which its meta.messages does not hold/);
    expect(() => renderMessage(rule, { messageId: "one", data: { source: "x" } })).toThrow(/no data for \{\{values\}\}/);
  });
});
