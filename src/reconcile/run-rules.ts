// The rule engine: runs the rules it is given over one shared context, renders each report's message
// from the rule's template and the report's data, gives each finding its stable id (a hash of the
// rule, the key's days and the data fields the rule names as its identity) and keeps the first of
// reports that come to the same id. Rules report data; everything a finding is made of past that is here.
import { createHash } from "node:crypto";
import type { Finding, FindingData, Severity } from "../model/finding.js";
import { listInWords } from "../model/wording.js";
import type { Rule, RuleContext, RuleReport } from "../rules/rule.js";
import { keyString } from "./fact-key.js";

/** A rule to run, with the severity and options the configuration gives it. */
export interface EnabledRule {
  rule: Rule<never>;
  severity: Severity;
  options: unknown;
}

export function runRules(rules: readonly EnabledRule[], shared: Omit<RuleContext<never>, "options">): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const seen = new Set<string>();
    const context: RuleContext<never> = { ...shared, options: options as never };
    for (const report of rule.check(context)) {
      const id = findingId(rule, report);
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        id,
        rule: rule.meta.id,
        kind: rule.meta.kind,
        severity,
        key: report.key,
        facts: report.facts,
        messageId: report.messageId,
        data: report.data,
        message: renderMessage(rule, report),
        ...(report.brokenIdentity !== undefined ? { brokenIdentity: report.brokenIdentity } : {}),
      });
    }
  }
  return findings;
}

/**
 * `rule-xxxxxxxx`: the rule id and a hash of the rule, the key (its days, not its label, so relabelling
 * FY2025 as TTM keeps the id) and the report's identity fields.
 */
function findingId(rule: Rule<never>, report: RuleReport): string {
  const identity = rule.meta.identity.map((field) => identityText(report.data[field])).join("|");
  const hash = createHash("sha256").update(`${rule.meta.id}\u0000${keyString(report.facts[0]!)}\u0000${identity}`).digest("hex").slice(0, 8);
  return `${rule.meta.id}-${hash}`;
}

function identityText(value: FindingData[string] | undefined): string {
  return value === undefined ? "" : typeof value === "object" ? value.join(",") : String(value);
}

/** The rule's message for the report, each `{{name}}` replaced by the data's value (a list in words for a list). */
export function renderMessage(rule: Rule<never>, report: Pick<RuleReport, "messageId" | "data">): string {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported message "${report.messageId}", which its meta.messages does not hold`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = report.data[name];
    if (value === undefined) throw new Error(`rule ${rule.meta.id}, message "${report.messageId}": no data for {{${name}}}`);
    return typeof value === "object" ? listInWords(value) : String(value);
  });
}
