// Judgement: for a contradiction or self-contradiction, which of the values in conflict the evidence
// supports, and why the others likely went wrong. Pure: the fact base is read through an index built
// once per reconcile (key without period → period → facts), so judging a finding costs map lookups
// and a pass over its own key's facts, never a scan of the fact base.
import type { FactIndex } from "../identities/fact-index.js";
import type { Basis, Fact } from "../model/types.js";
import { compareExact, magnitude, scaleExact, type Exact } from "../numbers/exact.js";
import { overlaps, type Interval } from "../numbers/interval.js";
import type { RuleContext } from "../rules/rule.js";
import { shiftPeriodByYears } from "../periods/period.js";
import { BASIS_WORDS, QUALIFIER_WORDS, comparedBasis, counted, sentence } from "../model/wording.js";
import { writtenForm } from "../model/wording.js";
import type { Identity } from "../identities/identity.js";
import type { Candidate, Cause, FindingKind, Judgement, Outlier } from "../model/finding.js";

/** What the arithmetic identities say about one fact: the identities it satisfies and those it breaks. */
export type IdentityEvidence = (fact: Fact) => { satisfied: string[]; broken: string[] };

/**
 * What judging reads: the rules' own context (the index of the fact base, the sources, and the cached
 * intervals, so candidates agree the way the rules saw them), and what the identities said.
 */
export interface JudgementContext extends Pick<RuleContext, "sources" | "index" | "intervalOf">, Partial<Pick<RuleContext, "taxonomy">> {
  identityEvidence?: IdentityEvidence;
}

/** The facts of one key (with the period given by its days), in fact-base order, on any basis. */
function factsAt(index: FactIndex, fact: Fact, periodKey: string): readonly Fact[] {
  return index.findAnyBasis({ entity: fact.entity, segment: fact.segment, metric: fact.metric, measure: fact.measure, ...(fact.of !== undefined ? { of: fact.of } : {}), period: periodKey, unit: fact.unit });
}

interface Cluster {
  /** What every member allows: the intersection of their intervals. */
  common: Interval;
  members: Fact[];
}

/**
 * Ranks the values a contradiction or self-contradiction holds by the evidence (a primary source, then
 * the number of independent sources, then the identities), names the supported one when the evidence
 * clearly favours it (the best strictly ahead of the next), and for each other value the first likely
 * cause that fits: last year's figure, a slip of scale, a dropped or transposed digit, another basis's
 * figure, a reversed sign.
 */
export function judge(finding: { kind: FindingKind; facts: readonly Fact[] }, context: JudgementContext): Judgement {
  const { intervalOf } = context;
  const numeric = finding.facts.filter((fact) => fact.parsed.kind === "number");
  const first = numeric[0];
  if (!first) return { candidates: [], outliers: [], summary: "No numeric values to judge." };
  const basis = comparedBasis(first.basis);
  const isPrimary = (fact: Fact) => context.sources.get(fact.sourceId)?.kind === "primary";

  // Candidates: the finding's facts in groups that all agree, then every other fact of the key and basis
  // (other sources' statements of it, for a self-contradiction) counted for each group it agrees with.
  const clusters = clusterFacts(numeric, intervalOf);
  const inFinding = new Set(numeric);
  for (const fact of factsAt(context.index, first, first.period.key)) {
    if (comparedBasis(fact.basis) !== basis || inFinding.has(fact)) continue;
    for (const cluster of clusters) if (overlaps(cluster.common, intervalOf(fact))) cluster.members.push(fact);
  }

  const identityWords = identityWordsFrom(context.taxonomy?.identities ?? []);
  const entries = clusters.map((cluster) => ({ ...makeCandidate([...cluster.members].sort((a, b) => a.index - b.index), isPrimary, context.identityEvidence, identityWords), common: cluster.common }));
  entries.sort((a, b) => compareEvidence(b, a) || compareLow(a.common, b.common) || compareHigh(a.common, b.common));
  const ranked = entries.map((entry) => entry.candidate);
  const [top, runnerUp] = entries;
  const supported = top && runnerUp && compareEvidence(top, runnerUp) > 0 ? top.candidate : undefined;
  const tied = supported ? [] : entries.filter((entry) => top && compareEvidence(entry, top) === 0).map((entry) => entry.candidate);

  const others = ranked.filter((candidate) => candidate !== supported);
  const outliers: Outlier[] = [];
  const shortCauses: (string | undefined)[] = [];
  for (const candidate of others) {
    const found = likelyCause(candidate, supported, ranked, { context, intervalOf, isPrimary, basis });
    if (!supported && !found) continue;
    outliers.push(found ? { candidate, cause: found.cause } : { candidate });
    shortCauses.push(found?.short);
  }
  return { candidates: ranked, ...(supported ? { supported } : {}), outliers, summary: summarise(ranked, supported, tied, outliers, shortCauses) };
}

/**
 * Groups facts so that every group's intervals share a point, with as few groups as possible: intervals
 * bounded on both sides, by their low end, each joining the current group while it still overlaps what
 * the group allows. Facts bounded on one side only ("more than 1 GW") agree with many values: they join
 * every group they overlap, and form groups of their own only when they overlap none.
 */
function clusterFacts(facts: readonly Fact[], intervalOf: (fact: Fact) => Interval): Cluster[] {
  const bounded = facts.filter((fact) => intervalOf(fact).low !== undefined && intervalOf(fact).high !== undefined);
  const open = facts.filter((fact) => intervalOf(fact).low === undefined || intervalOf(fact).high === undefined);
  const clusters = stab(bounded, intervalOf);
  const loose: Fact[] = [];
  for (const fact of open) {
    const joined = clusters.filter((cluster) => overlaps(cluster.common, intervalOf(fact)));
    for (const cluster of joined) cluster.members.push(fact);
    if (joined.length === 0) loose.push(fact);
  }
  return [...clusters, ...stab(loose, intervalOf)];
}

function stab(facts: readonly Fact[], intervalOf: (fact: Fact) => Interval): Cluster[] {
  const sorted = [...facts].sort((a, b) => compareLow(intervalOf(a), intervalOf(b)) || compareHigh(intervalOf(a), intervalOf(b)) || a.index - b.index);
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const fact of sorted) {
    const interval = intervalOf(fact);
    if (current && overlaps(current.common, interval)) {
      current.common = intersect(current.common, interval);
      current.members.push(fact);
    } else clusters.push((current = { common: interval, members: [fact] }));
  }
  return clusters;
}

function intersect(a: Interval, b: Interval): Interval {
  const low = a.low === undefined ? b.low : b.low === undefined ? a.low : compareExact(a.low, b.low) >= 0 ? a.low : b.low;
  const high = a.high === undefined ? b.high : b.high === undefined ? a.high : compareExact(a.high, b.high) <= 0 ? a.high : b.high;
  return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}

/** Unbounded below sorts first. */
function compareLow(a: Interval, b: Interval): number {
  if (a.low === undefined || b.low === undefined) return (a.low === undefined ? 0 : 1) - (b.low === undefined ? 0 : 1);
  return compareExact(a.low, b.low);
}

/** Unbounded above sorts last. */
function compareHigh(a: Interval, b: Interval): number {
  if (a.high === undefined || b.high === undefined) return (a.high === undefined ? 1 : 0) - (b.high === undefined ? 1 : 0);
  return compareExact(a.high, b.high);
}

interface Ranked {
  candidate: Candidate;
  /** Identities satisfied less identities broken. */
  identityNet: number;
}

function makeCandidate(facts: Fact[], isPrimary: (fact: Fact) => boolean, identityEvidence: IdentityEvidence | undefined, identityWords: (id: string) => string): Ranked {
  const sources = [...new Set(facts.map((fact) => fact.sourceId))].sort();
  const primarySources = [...new Set(facts.filter(isPrimary).map((fact) => fact.sourceId))].sort();
  // Who states it, as one sentence; then what the identities say of it, as another.
  const said: string[] = [];
  if (primarySources.length > 0) said.push(`${primarySources.length === 1 ? "the company's own release states it" : "the company's own releases state it"} (${listed(primarySources)})`);
  if (sources.length > 1) said.push(`${sources.length} independent sources agree on it (${listed(sources)})`);
  else said.push(primarySources.length > 0 ? "no other source states it" : `only 1 source states it (${sources[0]})`);
  const reasons = [sentence(said)];
  let identityNet = 0;
  if (identityEvidence) {
    const satisfied = new Set<string>();
    const broken = new Set<string>();
    for (const fact of facts) {
      const evidence = identityEvidence(fact);
      for (const name of evidence.satisfied) satisfied.add(name);
      for (const name of evidence.broken) broken.add(name);
    }
    const fits = [...satisfied].sort().map(identityWords);
    const breaks = [...broken].sort().map(identityWords);
    if (fits.length > 0 && breaks.length > 0) reasons.push(`It fits ${alternatives(fits, "and")}, but not ${alternatives(breaks, "or")}.`);
    else if (fits.length > 0) reasons.push(`It fits ${alternatives(fits, "and")}.`);
    else if (breaks.length > 0) reasons.push(`It does not fit ${alternatives(breaks, "or")}.`);
    identityNet = satisfied.size - broken.size;
  }
  // Forms written by a primary source first, then in fact-base order.
  const forms = [...new Set([...facts.filter(isPrimary), ...facts.filter((fact) => !isPrimary(fact))].map(valueAsWritten))];
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  return {
    candidate: {
      value: forms.join(" / "),
      facts,
      sources,
      primary: primarySources.length > 0,
      agreeingSources: sources.length,
      score: (primarySources.length > 0 ? 1000 : 0) + 10 * Math.min(sources.length, 99) + clamp(identityNet, 9),
      reasons,
    },
    identityNet,
  };
}

/** "a", "a and b", "a, b and c" (or "or"). */
function alternatives(items: readonly string[], word: "and" | "or"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

/**
 * What an arithmetic identity says, in words an editor reads after "it does not fit": by the
 * identity's kind, so the taxonomy's ids (`growth`, `amazon-segments-operating-income`) never show.
 * An identity the taxonomy does not know is named by its id.
 */
function identityWordsFrom(identities: readonly Identity[]): (id: string) => string {
  const byId = new Map(identities.map((identity) => [identity.id, identity]));
  return (id) => {
    const identity = byId.get(id);
    switch (identity?.kind) {
      case "growth":
        return "the growth from the earlier period's figure";
      case "sum":
        return "the parts adding up to their total";
      case "ratio":
        return "the ratio of the figures it is computed from";
      case "share":
        return "the share computed from the part and its total";
      case "run_rate":
        return `the run rate being ${identity.factor} times the quarter`;
      case "order":
        return "a quarter being at most its fiscal year";
      case "sign":
        return "the figure never being negative";
      case "guidance":
        return "the guidance";
      default:
        return `the identity "${id}"`;
    }
  };
}

/** Source ids for a sentence: the first few, then how many more ("a, b, c, d, e, f and 12 more"). */
function listed(ids: readonly string[], most = 6): string {
  return ids.length <= most ? ids.join(", ") : `${ids.slice(0, most).join(", ")} and ${ids.length - most} more`;
}

/** The evidence in order: a primary source, then independent sources, then the identities. */
function compareEvidence(a: Ranked, b: Ranked): number {
  return Number(a.candidate.primary) - Number(b.candidate.primary) || a.candidate.agreeingSources - b.candidate.agreeingSources || a.identityNet - b.identityNet;
}

/** "115 億 USD", "more than 1 GW". */
export function valueAsWritten(fact: Fact): string {
  const word = QUALIFIER_WORDS[fact.qualifier];
  return `${word ? `${word} ` : ""}${writtenForm(fact)}`;
}

interface CauseContext {
  context: JudgementContext;
  intervalOf: (fact: Fact) => Interval;
  isPrimary: (fact: Fact) => boolean;
  basis: Basis;
}

/** A cause, and the same in a few words for the summary ("the prior year's figure", "the ex-FX figure"). */
interface Found {
  cause: Cause;
  short: string;
}

/**
 * The first cause that fits, checked in order; the value-to-value ones need a supported value to compare
 * with. A scale slip that keeps every written digit (11.5 for 115) comes before the digit slips; one that
 * also needs rounding comes after them, since a digit slip explains the digits exactly: 125 for 1245 is a
 * dropped digit, though 125 × 10 also rounds to 1245.
 */
function likelyCause(candidate: Candidate, supported: Candidate | undefined, all: readonly Candidate[], causes: CauseContext): Found | undefined {
  const rivals = all.filter((other) => other !== candidate);
  return (
    priorPeriod(candidate, rivals, causes) ??
    (supported ? scaleSlip(candidate, supported, causes.intervalOf, true) : undefined) ??
    (supported ? digitSlip(candidate, supported) : undefined) ??
    (supported ? scaleSlip(candidate, supported, causes.intervalOf, false) : undefined) ??
    basisSlip(candidate, rivals, causes) ??
    (supported ? signSlip(candidate, supported, causes.intervalOf) : undefined)
  );
}

/**
 * Whether an interval is bounded on both sides. Causes compare only such values: "more than 2,560 亿"
 * matches anything large enough, so it explains nothing.
 */
function isBounded(interval: Interval): boolean {
  return interval.low !== undefined && interval.high !== undefined;
}

/** A fact that overlaps one of the candidate's own facts (not a fact of another candidate's): primary sources first. */
function matchingFact(candidate: Candidate, rivals: readonly Candidate[], pool: readonly Fact[], causes: CauseContext): { fact: Fact; own: Fact } | undefined {
  const bounded = (fact: Fact) => isBounded(causes.intervalOf(fact));
  const ordered = [...pool.filter((fact) => bounded(fact) && causes.isPrimary(fact)), ...pool.filter((fact) => bounded(fact) && !causes.isPrimary(fact))];
  for (const fact of ordered) {
    const interval = causes.intervalOf(fact);
    const own = candidate.facts.find((mine) => bounded(mine) && overlaps(causes.intervalOf(mine), interval));
    if (!own) continue;
    // A figure every value matches explains none of them.
    if (rivals.some((rival) => rival.facts.some((theirs) => overlaps(causes.intervalOf(theirs), interval)))) continue;
    return { fact, own };
  }
  return undefined;
}

function priorPeriod(candidate: Candidate, rivals: readonly Candidate[], causes: CauseContext): Found | undefined {
  const anchor = candidate.facts[0]!;
  const prior = shiftPeriodByYears(anchor.period, -1);
  if (!prior) return undefined;
  const pool = factsAt(causes.context.index, anchor, prior.key).filter((fact) => comparedBasis(fact.basis) === causes.basis);
  const match = matchingFact(candidate, rivals, pool, causes);
  if (!match) return undefined;
  return {
    cause: {
      kind: "prior_period",
      explanation: `${valueAsWritten(match.own)} looks like the prior year's figure: ${match.fact.sourceId} gives ${valueAsWritten(match.fact)} for ${match.fact.period.label}`,
    },
    short: "is likely the prior year's figure",
  };
}

function basisSlip(candidate: Candidate, rivals: readonly Candidate[], causes: CauseContext): Found | undefined {
  const anchor = candidate.facts[0]!;
  const pool = factsAt(causes.context.index, anchor, anchor.period.key).filter((fact) => comparedBasis(fact.basis) !== causes.basis);
  const match = matchingFact(candidate, rivals, pool, causes);
  if (!match) return undefined;
  const other = BASIS_WORDS[match.fact.basis];
  return {
    cause: {
      kind: "basis_slip",
      explanation: `${valueAsWritten(match.own)} looks like the ${other} figure quoted as ${BASIS_WORDS[causes.basis]}: ${match.fact.sourceId} gives ${valueAsWritten(match.fact)} ${other}`,
    },
    short: `is likely the ${other} figure`,
  };
}

const SCALE_FACTORS: readonly [k: number, words: string][] = [
  [1, "by a factor of 10, as between 亿 and 十亿 or from a misplaced decimal point"],
  [-1, "by a factor of 10, as between 亿 and 十亿 or from a misplaced decimal point"],
  [3, "by a factor of 1,000, as between million and billion"],
  [-3, "by a factor of 1,000, as between million and billion"],
];

function scaleSlip(candidate: Candidate, supported: Candidate, intervalOf: (fact: Fact) => Interval, sameDigits: boolean): Found | undefined {
  const significant = (fact: Fact) => writtenDigits(fact.written.value).replace(/(?<=\d)0+$/, "");
  const bounded = (fact: Fact) => isBounded(intervalOf(fact));
  for (const [k, words] of SCALE_FACTORS) {
    for (const own of candidate.facts.filter(bounded)) {
      const scaled = scaleInterval(intervalOf(own), k);
      const match = supported.facts.find((fact) => bounded(fact) && overlaps(scaled, intervalOf(fact)) && (!sameDigits || significant(fact) === significant(own)));
      if (!match) continue;
      const factor = k > 0 ? `multiplied by ${(10 ** k).toLocaleString("en-US")}` : `divided by ${(10 ** -k).toLocaleString("en-US")}`;
      return {
        cause: { kind: "scale_slip", explanation: `${valueAsWritten(own)} looks like a slip of scale ${words}: ${factor}, it gives ${valueAsWritten(match)}` },
        short: `is likely off by a factor of ${(10 ** Math.abs(k)).toLocaleString("en-US")}`,
      };
    }
  }
  return undefined;
}

function scaleInterval(interval: Interval, k: number): Interval {
  return { ...(interval.low !== undefined ? { low: scaleExact(interval.low, k) } : {}), ...(interval.high !== undefined ? { high: scaleExact(interval.high, k) } : {}) };
}

function signSlip(candidate: Candidate, supported: Candidate, intervalOf: (fact: Fact) => Interval): Found | undefined {
  const bounded = (fact: Fact) => isBounded(intervalOf(fact));
  for (const own of candidate.facts.filter(bounded)) {
    const interval = intervalOf(own);
    const negated: Interval = { low: negate(interval.high!), high: negate(interval.low!) };
    const match = supported.facts.find((fact) => bounded(fact) && overlaps(negated, intervalOf(fact)));
    if (match) {
      return {
        cause: { kind: "sign_slip", explanation: `${valueAsWritten(own)} looks like ${valueAsWritten(match)} with its sign reversed, as when a loss is written as a gain or a fall as a rise (or the reverse)` },
        short: "likely has its sign reversed",
      };
    }
  }
  return undefined;
}

function negate(value: Exact): Exact {
  return { n: -value.n, e: value.e };
}

/** The digits of a written value: no sign, thousands separators, decimal point or leading zeros. */
export function writtenDigits(written: string): string {
  return written.replace(/[^0-9]/g, "").replace(/^0+(?=\d)/, "");
}

/** Whether `short` is `long` with exactly one digit left out. */
export function isDroppedDigit(long: string, short: string): boolean {
  if (short.length !== long.length - 1 || short.length === 0) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return short.slice(at) === long.slice(at + 1);
}

/** Whether `b` is `a` with exactly two adjacent, different digits swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * Digit slips, on the written digits: one digit left out, or two adjacent digits swapped. The values must
 * also sit where such a slip puts them, whatever scale words each source used: a swap keeps the leading
 * digit's place, a dropped digit keeps it or moves it down one place.
 */
function digitSlip(candidate: Candidate, supported: Candidate): Found | undefined {
  const single = (fact: Fact) => fact.parsed.kind === "number" && fact.parsed.high === undefined && (fact.qualifier === "exact" || fact.qualifier === "about");
  const place = (fact: Fact) => (fact.parsed.kind === "number" ? magnitude(fact.parsed.value) : Number.NaN);
  for (const own of candidate.facts.filter(single)) {
    for (const right of supported.facts.filter(single)) {
      const mine = writtenDigits(own.written.value);
      const theirs = writtenDigits(right.written.value);
      const shift = place(right) - place(own);
      if ((shift === 0 || shift === 1) && isDroppedDigit(theirs, mine)) {
        return { cause: { kind: "dropped_digit", explanation: `${valueAsWritten(own)} looks like ${valueAsWritten(right)} with a digit dropped (${theirs} became ${mine})` }, short: "likely has a digit dropped" };
      }
      if (shift === 0 && isTransposition(theirs, mine)) {
        return { cause: { kind: "transposed_digits", explanation: `${valueAsWritten(own)} looks like ${valueAsWritten(right)} with two adjacent digits swapped (${theirs} became ${mine})` }, short: "likely has two digits swapped" };
      }
    }
  }
  return undefined;
}

function summarise(ranked: readonly Candidate[], supported: Candidate | undefined, tied: readonly Candidate[], outliers: readonly Outlier[], shortCauses: readonly (string | undefined)[]): string {
  const parts: string[] = [];
  if (supported) {
    const runnerUp = ranked.find((candidate) => candidate !== supported)!;
    const why =
      supported.primary && !runnerUp.primary
        ? `the company's own release states it${supported.agreeingSources > 1 ? `, and ${supported.agreeingSources} independent sources agree on it` : ""}`
        : supported.agreeingSources > runnerUp.agreeingSources
          ? `${supported.agreeingSources} independent sources agree on it, against ${runnerUp.agreeingSources} for the next value`
          : "the arithmetic identities favour it";
    parts.push(`The evidence supports ${supported.value}: ${why}.`);
  } else if (tied.length > 0) {
    const [first] = tied;
    const who = `${first!.primary ? "each is stated by a primary source" : "none is stated by a primary source"}, and each has ${counted(first!.agreeingSources, "source")}`;
    parts.push(`No value is clearly supported: ${alternatives(tied.map((candidate) => candidate.value), "and")} have equal evidence (${who}).`);
  }
  outliers.forEach((outlier, at) => {
    const short = shortCauses[at];
    parts.push(short ? `${outlier.candidate.value} ${short}.` : `No likely cause was found for ${outlier.candidate.value}.`);
  });
  return parts.join(" ");
}
