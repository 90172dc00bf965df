// What still needs an editor's verdict: the discrepancies (and findings) at or above the fail level with
// no review, as the lines `concord review --open` prints.
import { SEVERITY_RANK, type Finding, type Severity } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";

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

/** Discrepancies at or above `failOn` without a verdict (on the item or any of its findings), in report order. */
export function openItems(items: readonly Discrepancy[], failOn: Severity | "never"): Discrepancy[] {
  if (failOn === "never") return [];
  return items.filter((item) => item.verdicts.length === 0 && SEVERITY_RANK[item.severity] <= SEVERITY_RANK[failOn]);
}

/**
 * One line per discrepancy: its id, severity, what disagrees (and the value the evidence supports),
 * and the ids of its findings, in aligned columns. `headline` says what disagrees in words.
 */
export function formatOpenItems(items: readonly Discrepancy[], headline: (item: Discrepancy) => string): string {
  const width = Math.max(0, ...items.map((item) => item.id.length));
  return items.map((item) => `${item.id.padEnd(width)}  ${item.severity.padEnd(7)}  ${headline(item).replace(/\s+/g, " ").trim()} (${item.findings.map((finding) => finding.id).join(", ")})\n`).join("");
}
