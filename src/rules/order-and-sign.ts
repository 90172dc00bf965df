// order-and-sign: figures that cannot be true whatever the other sources say: a quarter's positive
// amount larger than its fiscal year's, or a negative value for a metric that is never negative
// (revenue, capital spending, counts).
import type { Fact } from "../model/types.js";
import { comparedBasis } from "../model/wording.js";
import { compareExact } from "../numbers/exact.js";
import { appliesTo, type OrderIdentity, type SignIdentity } from "../identities/identity.js";
import { NO_OPERANDS, type FactIndex, type Operands } from "../identities/fact-index.js";
import { PeriodDays } from "../periods/period-days.js";
import { IDENTITY_FIELDS, identityReport, inStatedTerms, operand } from "./identity-report.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";


export const orderAndSign: Rule = {
  meta: {
    id: "order-and-sign",
    kind: "identity_violation",
    description: "A quarter exceeds its fiscal year, or a metric that is never negative is negative.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      negative: "This figure ({{metric}}) is never negative, but {{value}} is.",
      quarter_above_year: "The quarter's figure is larger than its fiscal year's: {{quarter}} ({{quarter_interval}}) for the quarter, {{year}} ({{year_interval}}) for the year.",
    },
    identity: IDENTITY_FIELDS,
  },
  check(context) {
    const findings: RuleReport[] = [];
    const orders = context.taxonomy.identities.filter((identity): identity is OrderIdentity => identity.kind === "order");
    const signs = context.taxonomy.identities.filter((identity): identity is SignIdentity => identity.kind === "sign");
    // Many groups share a quarter (every entity, segment and metric of 2025-Q4): its fiscal years'
    // keys are worked out once per quarter for this run, and dropped with it.
    const yearKeys = new Map<string, string[]>();
    for (const group of context.groups) {
      const { key } = group;
      if (key.measure !== "level") continue;
      const sign = signs.find((identity) => identity.metrics.includes(key.metric) && appliesTo(identity, key.entity));
      if (sign) {
        for (const fact of group.facts) {
          const interval = fact.parsed.kind === "number" ? context.intervalOf(fact) : undefined;
          if (!interval?.high || interval.high.n >= 0n) continue;
          findings.push(identityReport(sign.id, "negative", { ...key }, [fact], { metric: key.metric, value: operand(fact) }));
        }
      }
      const kind = context.taxonomy.metrics.get(key.metric)?.kind;
      const order = orders.find((identity) => kind !== undefined && identity.metric_kinds.includes(kind) && appliesTo(identity, key.entity));
      if (!order || PeriodDays.fromKey(key.period)?.months !== 3) continue;
      // The fiscal year's candidates are the same for every fact of the quarter: look them up once.
      let years: Operands | undefined;
      for (const quarter of group.facts) {
        if (quarter.parsed.kind !== "number" || comparedBasis(quarter.basis) !== "reported") continue;
        // Exact intervals compare directly; rationals are made only for the message of a finding.
        const quarterLow = context.intervalOf(quarter).low;
        if (!quarterLow || quarterLow.n <= 0n) continue;
        years ??= fiscalYear(quarter, context.index, yearKeys);
        const year = years.choose(quarter.sourceId);
        if (!year) continue;
        const yearHigh = context.intervalOf(year).high;
        if (!yearHigh || compareExact(quarterLow, yearHigh) < 0) continue;
        const quarterInterval = context.rationalIntervalOf(quarter);
        const yearInterval = context.rationalIntervalOf(year);
        const data = { quarter: operand(quarter), quarter_interval: inStatedTerms(quarterInterval, quarter), year: operand(year), year_interval: inStatedTerms(yearInterval, year) };
        findings.push(identityReport(order.id, "quarter_above_year", { ...key }, [quarter, year], data));
      }
    }
    return findings;
  },
};

/** The period keys of the four twelve-month spans that could be a quarter's fiscal year, remembered in `known` (one run's). */
function fiscalYearKeys(quarterKey: string, known: Map<string, string[]>): string[] {
  let keys = known.get(quarterKey);
  if (keys) return keys;
  keys = [];
  const quarter = PeriodDays.fromKey(quarterKey);
  for (let before = 0; before <= 3 && quarter; before++) {
    // From the quarter `before` quarters back to the one 3 − `before` on: four quarters holding this one.
    const first = quarter.shiftQuarters(-before);
    const last = quarter.shiftQuarters(3 - before);
    if (first && last) keys.push(first.through(last).key);
  }
  known.set(quarterKey, keys);
  return keys;
}

/** The candidates for a quarter's fiscal year: the twelve months that start 0, 3, 6 or 9 months before it. */
function fiscalYear(quarter: Fact, index: FactIndex, yearKeys: Map<string, string[]>): Operands {
  for (const period of fiscalYearKeys(quarter.period.key, yearKeys)) {
    const years = index.operands({ entity: quarter.entity, segment: quarter.segment, metric: quarter.metric, period, unit: quarter.unit });
    if (years.facts.length > 0) return years;
  }
  return NO_OPERANDS;
}
