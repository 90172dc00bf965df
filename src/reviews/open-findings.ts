// What still needs an editor's verdict: the discrepancies (and findings) at or above the fail level not
// reviewed, as the lines `concord review --open` prints.
import { SEVERITY_RANK, type Finding, type Severity } from "../model/finding.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../model/discrepancy.js";

/** Findings at or above `failOn` without a verdict, most severe first (reconcile's order within a severity). */
export function openFindings(findings: readonly Finding[], failOn: Severity | "never"): Finding[] {
  if (failOn === "never") return [];
  return findings.filter((finding) => !finding.review && SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[failOn]).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** One line per finding: id, severity and its message on one line, in aligned columns. */
export function formatOpenFindings(findings: readonly Finding[]): string {
  const width = Math.max(0, ...findings.map((finding) => finding.id.length));
  return findings.map((finding) => `${finding.id.padEnd(width)}  ${finding.severity.padEnd(7)}  ${finding.message.replace(/\s+/g, " ").trim()}\n`).join("");
}

/**
 * Discrepancies at or above `failOn` not reviewed, in report order: without a verdict, or with verdicts
 * on some of their findings only (a finding new since the verdicts is not covered).
 */
export function openItems(items: readonly Discrepancy[], failOn: Severity | "never"): Discrepancy[] {
  if (failOn === "never") return [];
  return items.filter((item) => !isReviewed(item) && SEVERITY_RANK[item.severity] <= SEVERITY_RANK[failOn]);
}

/**
 * One line per discrepancy: its id, severity, what disagrees (and the value the evidence supports),
 * and the ids of its findings (and, for an item with verdicts on some findings, those new since the
 * verdicts), in aligned columns. `headline` says what disagrees in words.
 */
export function formatOpenItems(items: readonly Discrepancy[], headline: (item: Discrepancy) => string): string {
  const width = Math.max(0, ...items.map((item) => item.id.length));
  return items.map((item) => `${item.id.padEnd(width)}  ${item.severity.padEnd(7)}  ${headline(item).replace(/\s+/g, " ").trim()} (${item.findings.map((finding) => finding.id).join(", ")}${newSince(item)})\n`).join("");
}

function newSince(item: Discrepancy): string {
  const ids = newSinceVerdict(item).map((finding) => finding.id);
  return ids.length > 0 ? `; new since the verdict: ${ids.join(", ")}` : "";
}
