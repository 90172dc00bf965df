// The report as GitHub workflow annotations: one per fact in each finding, at the fact's file and
// line, so a pull request shows the conflict where the figure was written. Reviewed findings are
// notices; open ones carry their severity.
import type { Finding } from "../model/finding.js";
import { escapeAnnotationData, escapeAnnotationProperty } from "./escape.js";
import type { ReportInput } from "./report-model.js";
import { describeKey } from "../reconcile/fact-key.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function formatReportGithub({ findings, staleReviews }: ReportInput): string {
  const lines: string[] = [];
  for (const finding of findings) lines.push(...annotations(finding));
  for (const review of staleReviews) {
    lines.push(`::warning file=${escapeAnnotationProperty(review.position.file)},line=${review.position.line},col=${review.position.column},title=${escapeAnnotationProperty(`stale review ${review.finding}`)}::${escapeAnnotationData(`The review of ${review.finding} names a finding that no longer exists.`)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function annotations(finding: Finding): string[] {
  const command = finding.review ? "notice" : COMMAND[finding.severity];
  const verdict = finding.review ? ` Reviewed: ${finding.review.verdict.replaceAll("_", " ")}.` : "";
  return finding.facts.map((fact) => {
    const title = escapeAnnotationProperty(`${finding.kind.replaceAll("_", " ")} ${finding.id}`);
    const evidence = finding.judgement ? ` ${finding.judgement.summary}` : "";
    const message = escapeAnnotationData(`${describeKey(finding.key)}: ${finding.message}${evidence}${verdict} (this fact: ${fact.sourceId}, "${fact.quote}")`);
    return `::${command} file=${escapeAnnotationProperty(fact.position.file)},line=${fact.position.line},col=${fact.position.column},title=${title}::${message}`;
  });
}
