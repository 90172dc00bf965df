// outside-guidance: the actual figure for a period against the range the company guided for it.
// Informational: missing guidance is news, not an error; the finding says by how much.
import { compare, formatRational, fromExact, subtract } from "../numbers/rational.js";
import { appliesTo } from "../identities/identity.js";
import { inStatedTerms, operand } from "../identities/arithmetic.js";
import { scaleExponent } from "../numbers/written-number.js";
import { pow10 } from "../numbers/exact.js";
import { NO_OPTIONS, type Rule, type RuleFinding } from "./rule.js";
import { valueSignature } from "./value-spread.js";

export const outsideGuidance: Rule = {
  meta: {
    id: "outside-guidance",
    kind: "outside_guidance",
    description: "An actual figure falls outside the range the company guided for the same period.",
    defaultSeverity: "info",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check(context) {
    const findings: RuleFinding[] = [];
    if (!context.taxonomy.identities.some((identity) => identity.kind === "guidance")) return findings;
    const seen = new Set<string>();
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
        const signature = `${guided.sourceId}:${valueSignature(guided)}|${actual.sourceId}:${valueSignature(actual)}`;
        if (seen.has(signature)) continue;
        seen.add(signature);
        // How far outside, between the values as written: the actual against the nearer end of the range.
        const exponent = scaleExponent(guided.written.scale) ?? 0;
        const end = fromExact(above ? (guided.parsed.high ?? guided.parsed.value) : guided.parsed.value);
        const gap = above ? subtract(fromExact(actual.parsed.kind === "number" ? actual.parsed.value : guided.parsed.value), end) : subtract(end, fromExact(actual.parsed.kind === "number" ? actual.parsed.value : guided.parsed.value));
        const by = formatRational({ n: gap.n, d: gap.d * pow10(Math.max(exponent, 0)) }, 4);
        findings.push({
          key: { ...key },
          facts: [actual, guided],
          message: `The actual ${operand(actual)} is ${above ? "above" : "below"} the guided ${operand(guided)} ${inStatedTerms(range, guided)}, by ${by}${guided.written.scale ? ` ${guided.written.scale}` : ""} ${guided.unit}.`,
          identity: signature,
        });
      }
    }
    return findings;
  },
};
