// Interval arithmetic over facts, and the sentence that shows it: each operand as written with its
// source, the computed interval, and the stated value's interval.
import type { Fact } from "../model/types.js";
import type { FactKey } from "../model/finding.js";
import { valueSignature } from "../rules/value-spread.js";
import { scaleExponent } from "../numbers/written-number.js";
import { formatRationalInterval, type RationalInterval } from "../numbers/rational.js";
import { writtenForm } from "../model/wording.js";
import { keyString } from "../reconcile/fact-key.js";
import type { RuleFinding } from "../rules/rule.js";


/**
 * A finding of an identity rule: its id is made from the identity and every operand's source and
 * value, its message is the rule's own sentence, and it records the identity it found broken, so a
 * judgement can count it against the values involved.
 */
export function identityFinding(identityId: string, key: FactKey, facts: Fact[], message: string): RuleFinding {
  return {
    key,
    facts,
    message,
    identity: `${identityId}|${facts.map((fact) => `${fact.sourceId}:${valueSignature(fact)}`).join(",")}`,
    brokenIdentity: identityId,
  };
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
 * The findings without repeats of an earlier one's key and identity, which reconcile would give the
 * same id: a source stating one wrong value twice is one finding, settled by one review.
 */
export function withoutRepeats(findings: readonly RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const id = `${keyString(finding.facts[0]!)}\u0000${finding.identity}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
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
