// What still needs an editor's verdict: the findings at or above the fail level with no review, as the
// lines `concord review --open` prints.
import { SEVERITY_RANK, type Finding, type Severity } from "../model/finding.js";

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
