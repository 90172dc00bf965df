// The report as GitHub workflow annotations: one per discrepancy, at the file and line of the figure
// in question (the first value the evidence does not support, else the first fact in conflict), so a
// pull request shows the conflict where the figure was written, once however many rules see it.
// Reviewed items are notices; open ones carry their severity.
import type { Fact } from "../model/types.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../model/discrepancy.js";
import { escapeAnnotationData, escapeAnnotationProperty } from "./escape.js";
import { itemsOf, type ReportInput } from "./report-model.js";
import { itemHeadline } from "./present.js";
import { counted } from "../model/wording.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function formatReportGithub(input: ReportInput): string {
  const lines: string[] = [];
  for (const item of itemsOf(input)) lines.push(annotation(item, input));
  for (const review of input.staleReviews) {
    lines.push(`::warning file=${escapeAnnotationProperty(review.position.file)},line=${review.position.line},col=${review.position.column},title=${escapeAnnotationProperty(`stale review ${review.finding}`)}::${escapeAnnotationData(`The review of ${review.finding} names a finding or discrepancy that no longer exists.`)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function annotation(item: Discrepancy, input: ReportInput): string {
  const command = isReviewed(item) ? "notice" : COMMAND[item.severity];
  const newSince = newSinceVerdict(item).map((finding) => finding.id);
  const verdict = !item.verdicts[0] ? "" : newSince.length > 0 ? ` Open: new since the verdict: ${newSince.join(", ")}.` : ` Reviewed: ${item.verdicts[0].verdict.replaceAll("_", " ")}.`;
  const { what, supported } = itemHeadline(item, input.taxonomy);
  const fact = placeOf(item);
  const title = escapeAnnotationProperty(`${item.kind.replaceAll("_", " ")} ${item.id}`);
  const evidence = item.judgement ? ` ${item.judgement.summary}` : supported ? ` ${supported}.` : "";
  const rules = ` Seen by ${counted(item.findings.length, "finding")}: ${item.findings.map((finding) => finding.id).join(", ")}.`;
  const message = escapeAnnotationData(`${what}.${evidence}${rules}${verdict} (this fact: ${fact.sourceId}, "${fact.quote}")`);
  return `::${command} file=${escapeAnnotationProperty(fact.position.file)},line=${fact.position.line},col=${fact.position.column},title=${title}::${message}`;
}

/** Where the annotation goes: a fact of the first outlier, else the first fact in conflict. */
function placeOf(item: Discrepancy): Fact {
  const inConflict = new Set(item.facts);
  const outlier = item.judgement?.outliers[0]?.candidate.facts.find((fact) => inConflict.has(fact));
  return outlier ?? item.facts[0]!;
}
