// run-rate: an annualised run rate for a quarter should be the factor (4) times the quarter's level,
// e.g. AWS's annualised revenue against its quarterly revenue. A warning: some writers annualise the
// last month instead.
import { intervalsOverlap, multiply, rational, scaleInterval } from "../numbers/rational.js";
import { parseWrittenNumber } from "../numbers/written-number.js";
import { fromExact } from "../numbers/rational.js";
import { appliesTo, type RunRateIdentity } from "../identities/identity.js";
import { PeriodDays } from "../periods/period-days.js";
import { IDENTITY_FIELDS, identityReport, inStatedTerms, operand, statedData } from "./identity-report.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";

export const runRate: Rule = {
  meta: {
    id: "run-rate",
    kind: "identity_violation",
    description: "An annualised run rate does not match the factor times the quarter it annualises.",
    defaultSeverity: "warning",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      run_rate: "The run rate does not add up: {{factor}} × {{quarter}} = {{computed}}, but {{source}} states an annualised {{stated}} ({{stated_interval}}).",
    },
    identity: IDENTITY_FIELDS,
  },
  check(context) {
    const findings: RuleReport[] = [];
    const identities = context.taxonomy.identities.filter((identity): identity is RunRateIdentity => identity.kind === "run_rate");
    for (const group of context.groups) {
      const { key } = group;
      if (key.measure !== "level" || PeriodDays.fromKey(key.period)?.months !== 3) continue;
      const identity = identities.find((candidate) => appliesTo(candidate, key.entity));
      if (!identity) continue;
      const factor = fromExact(parseWrittenNumber(identity.factor)!.value);
      for (const stated of group.facts) {
        if (stated.parsed.kind !== "number" || stated.basis !== "run_rate" || stated.qualifier !== "exact") continue;
        const quarter = context.index.operand({ entity: key.entity, segment: key.segment, metric: key.metric, period: key.period, unit: stated.unit }, stated.sourceId);
        if (!quarter) continue;
        const computed = scaleInterval(context.rationalIntervalOf(quarter), multiply(factor, rational(1n)));
        const statedInterval = context.rationalIntervalOf(stated);
        if (intervalsOverlap(computed, statedInterval)) continue;
        const data = { factor: identity.factor, quarter: operand(quarter), computed: inStatedTerms(computed, stated), ...statedData(stated, statedInterval) };
        findings.push(identityReport(identity.id, "run_rate", { ...key }, [stated, quarter], data));
      }
    }
    return findings;
  },
};
