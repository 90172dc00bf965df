// The one verdict a draft figure gets, from the findings that involve it and the facts sharing its key.
// The order of the questions is the point: first whether concord trusts its own reading of the
// figure, then whether the fact base's evidence pins an error on it, then whether it has anything to
// compare with. A verdict of `wrong` is a claim an editor acts on, so it needs a contradiction whose
// judgement clearly favours another value on strong evidence, or an identity whose other operands
// are the company's own figures; anything weaker is `unsure`.
import type { Fact } from "../model/types.js";
import { comparedBasis } from "../model/wording.js";
import { overlaps, type Interval } from "../numbers/interval.js";
import type { Finding } from "../model/finding.js";
import type { Candidate, Cause } from "../model/finding.js";
import { valueAsWritten } from "../reconcile/judgement.js";
import type { Verdict } from "../model/draft-check.js";

/** What deciding reads about the fact base, so the decision itself is a plain function of its inputs. */
export interface VerdictContext {
  isDraft(fact: Fact): boolean;
  isPrimary(fact: Fact): boolean;
  intervalOf(fact: Fact): Interval;
  /** Every fact of the fact's key (entity, segment, metric, measure, of, period days, unit), draft's included. */
  sameKey(fact: Fact): readonly Fact[];
  /** The draft's own facts, in draft order. */
  draftFacts: readonly Fact[];
  /** Where a draft fact stands in the draft: its clause and position. */
  placeOf(fact: Fact): { quote: string; line: number; column: number } | undefined;
}

interface VerdictOutcome {
  verdict: Verdict;
  why: string;
  supported?: Candidate;
  cause?: Cause;
}

const JUDGED_KINDS = new Set<Finding["kind"]>(["contradiction", "self_contradiction"]);

/**
 * The verdict for one draft figure. `findings` are those that name it, in report order.
 */
export function decideVerdict(fact: Fact, findings: readonly Finding[], context: VerdictContext): VerdictOutcome {
  const doubt = readingDoubt(fact, context);
  const judged = findings.filter((finding) => JUDGED_KINDS.has(finding.kind) && finding.judgement);
  const supportedElsewhere = judged.map((finding) => finding.judgement!.supported).find((candidate) => candidate && !candidate.facts.includes(fact));
  if (doubt) {
    // Two figures the draft words differently, read onto one key: the reading is the likelier culprit
    // than the draft, so neither is called wrong, whatever the fact base says.
    const place = context.placeOf(doubt);
    const where = place ? ` at ${place.line}:${place.column} ("${place.quote}")` : "";
    return {
      verdict: "unsure",
      why: `Read onto the same key as ${valueAsWritten(doubt)}${where}, which the draft words differently: one of the two is likely misread (period, segment or metric); check the reading before trusting either.`,
      ...(supportedElsewhere ? { supported: supportedElsewhere } : {}),
    };
  }

  // A `wrong` needs a reading beyond doubt: a figure read as the company total among figures all read
  // onto one segment most likely lost its segment word ("AWS earned X on sales of Y; the margin was Z").
  const lostSegment = segmentDoubt(fact, context);
  const outcome = judgeAgainstFacts(fact, findings, judged, context);
  if (outcome.verdict === "wrong" && lostSegment) {
    return { ...outcome, verdict: "unsure", why: `Read as the company total, though the figures beside it are all ${lostSegment}'s: if it is ${lostSegment}'s, the finding does not apply. ${outcome.why}` };
  }
  return outcome;
}

/** A sentence that opens with a value ("more than 13 percent …") starts with a capital all the same. */
function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The verdict from the findings and the facts sharing the figure's key, its reading taken as right. */
function judgeAgainstFacts(fact: Fact, findings: readonly Finding[], judged: readonly Finding[], context: VerdictContext): VerdictOutcome {
  let agreed: Candidate | undefined;
  let unsure: VerdictOutcome | undefined;
  // Contradictions first: their judgement names the supported value, which an identity cannot.
  const ordered = [...judged, ...findings.filter((finding) => !judged.includes(finding))];
  for (const finding of ordered) {
    if (JUDGED_KINDS.has(finding.kind)) {
      const judgement = finding.judgement;
      const supported = judgement?.supported;
      if (supported?.facts.includes(fact)) {
        agreed ??= supported;
        continue;
      }
      if (supported && finding.severity === "error" && isStrong(supported)) {
        const cause = judgement!.outliers.find((outlier) => outlier.candidate.facts.includes(fact))?.cause;
        return {
          verdict: "wrong",
          why: `The fact base supports ${supported.value}. ${supported.reasons.join(" ")} The draft has ${valueAsWritten(fact)}.${cause ? ` ${capitalised(cause.explanation)}.` : ""}`,
          supported,
          ...(cause ? { cause } : {}),
        };
      }
      unsure ??= supported
        ? { verdict: "unsure", why: `The fact base leans to ${supported.value}, but not strongly enough to call the draft wrong. ${supported.reasons.join(" ")}`, supported }
        : { verdict: "unsure", why: `The fact base itself disagrees on this figure: ${judgement?.summary ?? finding.message}` };
    } else if (finding.kind === "identity_violation") {
      const pinned = pinnedOn(finding, fact, context);
      if (pinned && finding.severity === "error") {
        return { verdict: "wrong", why: `${finding.message} Every other figure in it is the company's own, so the draft's ${valueAsWritten(fact)} is the one that does not fit.` };
      }
      if (!pinned && isEstablished(fact, context)) continue;
      unsure ??= { verdict: "unsure", why: `An identity does not hold (${finding.rule}), and it cannot be pinned on this figure rather than another in it: ${finding.message}` };
    } else if (finding.kind === "date_conflict") {
      unsure ??= { verdict: "unsure", why: finding.message };
    }
    // Basis differences and actuals outside guidance say nothing against the figure: evidence only.
  }
  if (unsure) return unsure;
  if (agreed) return { verdict: "consistent", why: `The figure agrees with ${agreed.value}, the value the fact base supports. ${agreed.reasons.join(" ")}` };

  const others = context.sameKey(fact).filter((other) => !context.isDraft(other));
  const sameBasis = others.filter((other) => comparedBasis(other.basis) === comparedBasis(fact.basis));
  if (sameBasis.length > 0) {
    const sources = [...new Set(sameBasis.map((other) => other.sourceId))].sort();
    return { verdict: "consistent", why: `Agrees with ${sameBasis.length === 1 ? "1 figure" : `${sameBasis.length} figures`} in the fact base (${sources.join(", ")}).` };
  }
  if (others.length > 0) {
    const bases = [...new Set(others.map((other) => other.basis))].sort();
    return { verdict: "unverified", why: `The fact base has this key only on another basis (${bases.join(", ")}), so nothing to compare the ${fact.basis} figure with.` };
  }
  return { verdict: "unverified", why: "Nothing in the fact base shares this key: nothing to compare with." };
}

/**
 * Another draft figure on the same key and basis that cannot agree with this one, where the draft words
 * the two differently (or one clause holds both, as in "from 80 to 93"). Two figures worded alike with
 * different values are a real self-contradiction of the draft, judged like any other.
 */
function readingDoubt(fact: Fact, context: VerdictContext): Fact | undefined {
  if (fact.parsed.kind !== "number") return undefined;
  const mine = context.placeOf(fact);
  if (!mine) return undefined;
  for (const other of context.sameKey(fact)) {
    if (other === fact || !context.isDraft(other) || comparedBasis(other.basis) !== comparedBasis(fact.basis) || other.parsed.kind !== "number") continue;
    if (overlaps(context.intervalOf(fact), context.intervalOf(other))) continue;
    const theirs = context.placeOf(other);
    if (!theirs) continue;
    if (mine.quote === theirs.quote || label(mine.quote) !== label(theirs.quote)) return other;
  }
  return undefined;
}

/**
 * The segment every figure before this one in its paragraph (line) is read onto, when this one is read
 * as the company total: the sign of a segment the paragraph named once and did not repeat.
 */
function segmentDoubt(fact: Fact, context: VerdictContext): string | undefined {
  if (fact.segment !== "total") return undefined;
  const place = context.placeOf(fact);
  if (!place) return undefined;
  const segments = new Set<string>();
  for (const other of context.draftFacts) {
    const where = context.placeOf(other);
    if (other === fact || other.entity !== fact.entity || where?.line !== place.line || where.column >= place.column) continue;
    segments.add(other.segment);
  }
  const [only] = segments;
  return segments.size === 1 && only !== "total" ? only : undefined;
}

/** The words of a clause without its figures: what the draft calls the figure. */
function label(quote: string): string {
  return quote.replace(/[\d.,，、%％\s]+/g, " ").trim().toLowerCase();
}

/**
 * Strong enough to call another value wrong: the company's own release states it, or at least two
 * independent sources do. A lead won on the arithmetic alone is not.
 */
function isStrong(candidate: Candidate): boolean {
  return candidate.primary || candidate.agreeingSources >= 2;
}

/** A primary source's figure, or a draft figure a primary source states on its own key and basis. */
function isEstablished(fact: Fact, context: VerdictContext): boolean {
  if (context.isPrimary(fact)) return true;
  if (fact.parsed.kind !== "number") return false;
  const interval = context.intervalOf(fact);
  return context.sameKey(fact).some((other) => other !== fact && comparedBasis(other.basis) === comparedBasis(fact.basis) && context.isPrimary(other) && other.parsed.kind === "number" && overlaps(interval, context.intervalOf(other)));
}

/**
 * An identity that does not hold is the draft figure's fault when every other operand is the company's
 * own figure, from its release, and the draft figure is not established: it is then the only one that
 * can give. When the draft's own figures are operands, even ones the release confirms, they stand
 * together in its text, and a misreading of one of them (its measure, its segment) is likelier than an
 * error of arithmetic by the writer: that stays `unsure`.
 */
function pinnedOn(finding: Finding, fact: Fact, context: VerdictContext): boolean {
  if (isEstablished(fact, context)) return false;
  return finding.facts.every((other) => other === fact || context.isPrimary(other));
}
