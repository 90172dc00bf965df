// What the arithmetic rules share: an identity finding's report (the identity it found broken, every
// operand's source and value as its signature) and the wording that shows the arithmetic: each
// operand as written with its source, and an interval in the stated fact's own scale and unit.
import type { Fact } from "../model/types.js";
import type { FactKey } from "../model/finding.js";
import { valueSignature } from "./value-spread.js";
import { scaleExponent } from "../numbers/written-number.js";
import { formatRationalInterval, type RationalInterval } from "../numbers/rational.js";
import { writtenForm } from "../model/wording.js";
import type { ReportData, RuleReport } from "./rule.js";

/** The data fields that make an identity finding itself: the identity, then every operand's source and value. */
export const IDENTITY_FIELDS = ["identity", "signatures"] as const;

/**
 * A report of an identity rule: it names the identity it found broken (so a judgement can count it
 * against the values involved) and carries every operand's source and value, which the finding's id
 * is made from, beside the rule's own data.
 */
export function identityReport(identityId: string, messageId: string, key: FactKey, facts: Fact[], data: ReportData): RuleReport {
  return {
    messageId,
    key,
    facts,
    data: { identity: identityId, ...data, signatures: facts.map((fact) => `${fact.sourceId}:${valueSignature(fact)}`) },
    brokenIdentity: identityId,
  };
}

/** The data of a stated fact an identity does not hold for: its source, its value as written and its interval. */
export function statedData(stated: Fact, statedInterval: RationalInterval): ReportData {
  return { source: stated.sourceId, stated: writtenForm(stated), stated_interval: inStatedTerms(statedInterval, stated) };
}

/** "115 億 USD (dolphin-2026-02-06-amzn-q4-call)". */
export function operand(fact: Fact): string {
  return `${writtenForm(fact)} (${fact.sourceId})`;
}

/** An interval written in the stated fact's own scale and unit: "[226.5, 229.5] 亿 USD". */
export function inStatedTerms(interval: RationalInterval, stated: Fact): string {
  const exponent = scaleExponent(stated.written.scale) ?? 0;
  const scale = stated.written.scale ? ` ${stated.written.scale}` : "";
  return `${formatRationalInterval(interval, exponent)}${scale} ${stated.unit}`;
}

/**
 * An operand of an identity that reaches across companies, named with its entity and segment (and its
 * period when its label is not the stated fact's, e.g. Microsoft's fiscal 2026-Q2 against a calendar
 * 2025-Q4): "MSFT cloud (2026-Q2): 21 percent (lishi-2026-02-13-amzn-ai-arms-race)".
 */
export function namedOperand(fact: Fact, stated: Fact): string {
  const segment = fact.segment === "total" ? "" : ` ${fact.segment}`;
  const period = fact.period.label !== stated.period.label ? ` (${fact.period.label})` : "";
  return `${fact.entity}${segment}${period}: ${operand(fact)}`;
}
