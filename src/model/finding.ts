// Findings as data: what a rule reports, with every fact involved, so formatters and reviews need
// nothing else; and the judgement on a conflict, which value the evidence supports. The ground floor
// with types.ts: every other module may import it, and it imports nothing above src/model/.
import type { Fact } from "./types.js";

export type Severity = "error" | "warning" | "info";
export type FindingKind =
  | "contradiction"
  | "self_contradiction"
  | "basis_difference"
  | "date_conflict"
  | "identity_violation"
  | "outside_guidance"
  | "restatement"
  | "stale_review";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface FactKey {
  entity: string;
  segment: string;
  metric: string;
  measure: string;
  of?: string;
  /** The period as its days (`2025-10-01..2025-12-31`). */
  period: string;
  /** The period label as first written, for people. */
  periodLabel: string;
}

export interface FactGroup {
  key: FactKey;
  /** Facts with this key, in fact-base order. */
  facts: Fact[];
}

export type ReviewVerdict = "source_right" | "both_right" | "not_a_conflict";

export interface ReviewStatus {
  verdict: ReviewVerdict;
  /** For `source_right`: the sources whose value stands. */
  right?: string[];
  note: string;
  reviewer: string;
  date: string;
}

/** A finding's data: text, numbers and lists of text, by name. */
export type FindingData = Readonly<Record<string, string | number | readonly string[]>>;

export interface Finding {
  /** Stable id: a hash of the rule, the key and the values in conflict (not of unrelated facts). */
  id: string;
  rule: string;
  kind: FindingKind;
  severity: Severity;
  key: FactKey;
  /** Every fact involved, in fact-base order. */
  facts: Fact[];
  /** Which of the rule's messages. */
  messageId: string;
  /** What the rule reported: the operands, computed and stated intervals and the like, from which the message is rendered. */
  data: FindingData;
  /** One sentence saying what is wrong: the rule's message for `messageId` with `data` filled in. */
  message: string;
  /** For arithmetic findings: the id of the identity that does not hold. */
  brokenIdentity?: string;
  review?: ReviewStatus;
  /** For contradictions and self-contradictions: which value the evidence supports, and why the others likely went wrong. */
  judgement?: Judgement;
}

export type CauseKind = "prior_period" | "scale_slip" | "dropped_digit" | "transposed_digits" | "basis_slip" | "sign_slip";

export interface Cause {
  kind: CauseKind;
  /** One plain sentence for editors (without its final full stop), naming the value, the figure it matches and where. */
  explanation: string;
}

export interface Candidate {
  /** The value as written, every distinct written form joined: "11,472 million USD / 115 億 USD". */
  value: string;
  /** The facts stating this value for the finding's key and basis (those of other sources too), in fact-base order. */
  facts: Fact[];
  /** Distinct source ids of those facts, sorted. */
  sources: string[];
  /** Whether a primary source (the company's own release) states it. */
  primary: boolean;
  /** How many independent sources (distinct source ids) state it. */
  agreeingSources: number;
  /**
   * The evidence as one number, in the order it is weighed: 1000 for a primary source, 10 per independent
   * source (at most 99 counted), plus identities satisfied less identities broken (within ±9).
   */
  score: number;
  /** The evidence, in plain sentences: who states the value, then what the arithmetic identities say of it. */
  reasons: string[];
}

export interface Outlier {
  candidate: Candidate;
  cause?: Cause;
}

export interface Judgement {
  /** The values in conflict, best supported first. */
  candidates: Candidate[];
  /** The value the evidence clearly favours, when it does. */
  supported?: Candidate;
  /**
   * With a supported value, every other value, with its likely cause when one fits. Without one, the
   * values the fact base explains (last year's figure, another basis's figure).
   */
  outliers: Outlier[];
  summary: string;
}
