// arithmetic-ratio: a stated ratio must match its parts' quotient, e.g. operating margin = operating
// income / revenue, and a share = part / the total its `of` names. Computed as intervals from each
// operand's written precision: a margin of 3.1% against 16亿 / 527亿 is consistent, because 16亿
// spans 15.5–16.5亿.
import type { Fact } from "../model/types.js";
import { divideIntervals, intervalsOverlap, rational, scaleInterval } from "../numbers/rational.js";
import { appliesTo, ratioTerm, type RatioIdentity, type Term } from "../identities/identity.js";
import type { OperandQuery } from "../identities/fact-index.js";
import type { FactKey } from "../model/finding.js";
import { IDENTITY_FIELDS, identityReport, inStatedTerms, operand, statedData } from "./identity-report.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { NO_OPTIONS, type Rule, type RuleContext, type RuleReport } from "./rule.js";

const HUNDRED = rational(100n);

export const arithmeticRatio: Rule = {
  meta: {
    id: "arithmetic-ratio",
    kind: "identity_violation",
    description: "A stated ratio (margin, share) does not match the quotient of the facts it is made of.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      ratio: "The ratio does not add up: {{numerator}} / {{denominator}} = {{computed}}, but {{source}} states {{stated}} ({{stated_interval}}).",
      share: "The share does not add up: {{numerator}} / {{denominator}} = {{computed}}, but {{source}} states {{stated}} ({{stated_interval}}).",
    },
    identity: IDENTITY_FIELDS,
  },
  check(context) {
    const findings: RuleReport[] = [];
    const ratios = context.taxonomy.identities.filter((identity): identity is RatioIdentity => identity.kind === "ratio").map((identity) => ({ identity, result: ratioTerm(identity.result), numerator: ratioTerm(identity.numerator), denominator: ratioTerm(identity.denominator) }));
    const shares = context.taxonomy.identities.filter((identity) => identity.kind === "share");
    for (const group of context.groups) {
      const { key } = group;
      for (const { identity, result, numerator: numeratorTerm, denominator: denominatorTerm } of ratios) {
        if (!resultMatches(identity, result, key)) continue;
        for (const stated of statedFacts(group.facts)) {
          const numerator = context.index.operand(termQuery(numeratorTerm, key), stated.sourceId);
          if (!numerator) continue;
          const denominator = context.index.operand({ ...termQuery(denominatorTerm, key), unit: numerator.unit }, stated.sourceId);
          if (!denominator) continue;
          const finding = checkQuotient(identity.id, stated, numerator, denominator, context);
          if (finding) findings.push(finding);
        }
      }
      const share = key.measure === "share" && key.of?.includes("/") ? shares.find((identity) => appliesTo(identity, key.entity)) : undefined;
      if (share && key.of) {
        const [ofEntity, ofSegment] = key.of.split("/") as [string, string];
        for (const stated of statedFacts(group.facts)) {
          const part = context.index.operand({ entity: key.entity, segment: key.segment, metric: key.metric, period: key.period }, stated.sourceId);
          if (!part) continue;
          const total = context.index.operand({ entity: ofEntity, segment: ofSegment, metric: key.metric, period: key.period, unit: part.unit }, stated.sourceId);
          if (!total) continue;
          const finding = checkQuotient(share.id, stated, part, total, context);
          if (finding) findings.push(finding);
        }
      }
    }
    return findings;
  },
};

/**
 * Whether a group states the identity's result: its metric and measure (and `of`, entity and segment
 * where the identity names them; an operand that names no entity is of an entity the identity applies to).
 */
function resultMatches(identity: RatioIdentity, result: Term, key: FactKey): boolean {
  if (key.metric !== result.metric || key.measure !== result.measure) return false;
  if (result.of !== undefined && key.of !== result.of) return false;
  if (result.segment !== undefined && key.segment !== result.segment) return false;
  return result.entity !== undefined ? key.entity === result.entity : appliesTo(identity, key.entity);
}

/** The question for an operand, on the stated fact's days: its own entity and segment where it names them, else the stated fact's. */
function termQuery(term: Term, key: FactKey): OperandQuery {
  return { entity: term.entity ?? key.entity, segment: term.segment ?? key.segment, metric: term.metric, measure: term.measure, ...(term.of !== undefined ? { of: term.of } : {}), period: key.period };
}

/** Reported percentages; a share or margin on another basis has no reported parts to check against. */
function statedFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => fact.parsed.kind === "number" && fact.basis === "reported" && fact.unit === "percent");
}

function checkQuotient(identity: string, stated: Fact, numerator: Fact, denominator: Fact, context: RuleContext): RuleReport | undefined {
  const quotient = divideIntervals(context.rationalIntervalOf(numerator), context.rationalIntervalOf(denominator));
  if (!quotient) return undefined;
  const computed = scaleInterval(quotient, HUNDRED);
  const statedInterval = context.rationalIntervalOf(stated);
  if (intervalsOverlap(computed, statedInterval)) return undefined;
  const data = { numerator: operand(numerator), denominator: operand(denominator), computed: inStatedTerms(computed, stated), ...statedData(stated, statedInterval) };
  return identityReport(identity, stated.measure === "share" ? "share" : "ratio", factKeyOf(stated), [stated, numerator, denominator], data);
}
