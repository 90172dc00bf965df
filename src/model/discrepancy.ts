// The discrepancy: the unit an editor decides on. Several rules may see one conflict (a contradiction,
// a self-contradiction, a basis difference and the growth identities the wrong figure breaks): they
// are one item, its findings the evidence. Built by src/reconcile/discrepancies.ts; read by every
// report formatter, the CI gate and `concord review`.
import type { Fact } from "./types.js";
import type { Candidate, FactKey, Finding, FindingKind, Judgement, ReviewStatus, Severity } from "./finding.js";

/** A verdict as the item shows it: the id it was recorded under (the item's, or one of its findings'). */
export interface ItemVerdict extends ReviewStatus {
  on: string;
}

export interface Discrepancy {
  /** `d-` and a hash of the facts in conflict (their keys, bases and values): stable whatever the order of rules. */
  id: string;
  /** The most severe of its findings'. */
  severity: Severity;
  /** The kind of its leading finding (the first in report order). */
  kind: FindingKind;
  /** The key of its leading finding: what disagrees. */
  key: FactKey;
  /** Its findings, in report order (severity, key, rule, id): every finding is in exactly one item. */
  findings: Finding[];
  /** The facts in conflict: those of its findings on the keys the findings are about, in fact-base order. */
  facts: Fact[];
  /** Distinct values of the facts in conflict, as written ("23 percent", "22 percent"), in fact-base order. */
  values: string[];
  /** The judgement of its leading contradiction or self-contradiction, when it has one. */
  judgement?: Judgement;
  /** The value the evidence supports, when it clearly supports one. */
  supported?: Candidate;
  /** The verdicts given on it: one recorded on the item id first, then those on its findings, in finding order (see isReviewed). */
  verdicts: ItemVerdict[];
}

/**
 * The findings no verdict covers. A verdict on the item id covers the whole item: the id derives from
 * the facts in conflict, so a new conflicting fact gives the item another id and leaves the verdict
 * stale. A verdict on a finding id covers that finding only, so a finding that joins an item reviewed
 * finding by finding is not covered until an editor has seen it.
 */
export function uncoveredFindings(item: Discrepancy): Finding[] {
  if (item.verdicts.some((verdict) => verdict.on === item.id)) return [];
  const covered = new Set(item.verdicts.map((verdict) => verdict.on));
  return item.findings.filter((finding) => !covered.has(finding.id));
}

/** Reviewed when every finding in it is covered by a verdict (see uncoveredFindings). */
export function isReviewed(item: Discrepancy): boolean {
  return uncoveredFindings(item).length === 0;
}

/**
 * For an item with verdicts that does not count as reviewed: its findings no verdict covers, new since
 * the verdicts were given (on some of its findings). Empty for items reviewed whole or without verdict.
 */
export function newSinceVerdict(item: Discrepancy): Finding[] {
  return item.verdicts.length > 0 ? uncoveredFindings(item) : [];
}
