// outside-guidance: the actual figure for a period against the range guided for it. Informational:
// missing guidance is news, not an error; the finding says by how much (in percentage points for a
// percentage). Guidance is the company's own: a forecast only an article gives is called the article's.
import { compare, formatRational, fromExact, subtract } from "../numbers/rational.js";
import { appliesTo } from "../identities/identity.js";
import { inStatedTerms, operand } from "./identity-report.js";
import { differenceInWords, writtenForm } from "../model/wording.js";
import { scaleExponent } from "../numbers/written-number.js";
import { pow10 } from "../numbers/exact.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";
import { valueSignature } from "./value-spread.js";

export const outsideGuidance: Rule = {
  meta: {
    id: "outside-guidance",
    kind: "outside_guidance",
    description: "An actual figure falls outside the range the company guided (or an article forecast) for the same period.",
    defaultSeverity: "info",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      guidance: "The actual {{actual}} is {{direction}} the company's guidance of {{forecast}} ({{forecast_source}}) by {{difference}}; with rounding, the guidance spans {{forecast_interval}}.",
      forecast: "The actual {{actual}} is {{direction}} the article's forecast of {{forecast}} ({{forecast_source}}) by {{difference}}; with rounding, the forecast spans {{forecast_interval}}.",
    },
    identity: ["forecast_signature", "actual_signature"],
  },
  check(context) {
    const findings: RuleReport[] = [];
    if (!context.taxonomy.identities.some((identity) => identity.kind === "guidance")) return findings;
    for (const group of context.groups) {
      const { key } = group;
      if (!context.taxonomy.identities.some((identity) => identity.kind === "guidance" && appliesTo(identity, key.entity))) continue;
      for (const guided of group.facts) {
        if (guided.parsed.kind !== "number" || guided.basis !== "guidance") continue;
        const actual = context.index.operand({ entity: key.entity, segment: key.segment, metric: key.metric, measure: key.measure, of: key.of, period: key.period, unit: guided.unit });
        if (!actual) continue;
        const range = context.rationalIntervalOf(guided);
        const value = context.rationalIntervalOf(actual);
        const above = range.high && value.low && compare(value.low, range.high) >= 0;
        const below = range.low && value.high && compare(value.high, range.low) <= 0;
        if (!above && !below) continue;
        // How far outside, between the values as written: the actual against the nearer end of the range.
        const exponent = scaleExponent(guided.written.scale) ?? 0;
        const end = fromExact(above ? (guided.parsed.high ?? guided.parsed.value) : guided.parsed.value);
        const gap = above ? subtract(fromExact(actual.parsed.kind === "number" ? actual.parsed.value : guided.parsed.value), end) : subtract(end, fromExact(actual.parsed.kind === "number" ? actual.parsed.value : guided.parsed.value));
        const by = formatRational({ n: gap.n, d: gap.d * pow10(Math.max(exponent, 0)) }, 4);
        // Guidance is what the company says of itself; a figure only an article gives is its forecast.
        const companys = context.sources.get(guided.sourceId)?.kind === "primary";
        const data = {
          actual: operand(actual),
          direction: above ? "above" : "below",
          forecast: writtenForm(guided),
          forecast_source: guided.sourceId,
          difference: differenceInWords(by, guided.unit, guided.written.scale),
          forecast_interval: inStatedTerms(range, guided),
          forecast_signature: `${guided.sourceId}:${valueSignature(guided)}`,
          actual_signature: `${actual.sourceId}:${valueSignature(actual)}`,
        };
        findings.push({ messageId: companys ? "guidance" : "forecast", key: { ...key }, facts: [actual, guided], data });
      }
    }
    return findings;
  },
};
