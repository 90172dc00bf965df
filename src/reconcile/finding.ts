// Findings as data: what a rule reports, with every fact involved, so formatters and reviews need
// nothing else.
import type { Fact } from "../model/types.js";
import type { Judgement } from "./judgement.js";

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

export type ReviewVerdict = "source_right" | "both_right" | "not_a_conflict";

export interface ReviewStatus {
  verdict: ReviewVerdict;
  /** For `source_right`: the sources whose value stands. */
  right?: string[];
  note: string;
  reviewer: string;
  date: string;
}

export interface Finding {
  /** Stable id: a hash of the rule, the key and the values in conflict (not of unrelated facts). */
  id: string;
  rule: string;
  kind: FindingKind;
  severity: Severity;
  key: FactKey;
  /** Every fact involved, in fact-base order. */
  facts: Fact[];
  /** One sentence saying what is wrong. */
  message: string;
  /** For arithmetic findings: the id of the identity that does not hold. */
  brokenIdentity?: string;
  review?: ReviewStatus;
  /** For contradictions and self-contradictions: which value the evidence supports, and why the others likely went wrong. */
  judgement?: Judgement;
}
