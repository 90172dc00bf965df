// The report as GitHub workflow annotations: one per discrepancy, at the file and line of the figure
// in question (the first value the evidence does not support, else the first fact in conflict), so a
// pull request shows the conflict where the figure was written, once however many rules see it.
// Reviewed items are notices; open ones carry their severity. With a draft section (`concord check`)
// the annotations are the draft's instead: one per figure to look at, at its line and column in the
// draft (an error for a wrong figure, a warning for an unsure one, a notice for an unverified one),
// naming the items that are its evidence; consistent figures get none.
import type { Fact } from "../model/types.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../model/discrepancy.js";
import { escapeAnnotationData, escapeAnnotationProperty } from "./escape.js";
import { itemsOf, type ReportInput } from "./report-model.js";
import { itemHeadline } from "./present.js";
import { counted } from "../model/wording.js";
import type { CheckedFigure, CheckResult } from "../model/draft-check.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function formatReportGithub(input: ReportInput): string {
  if (input.draft) return draftAnnotations(input, input.draft);
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

function draftAnnotations(input: ReportInput, result: CheckResult): string {
  const items = new Map(itemsOf(input).map((item) => [item.id, item]));
  const lines: string[] = [];
  for (const figure of result.figures) {
    if (figure.level === "ok") continue;
    const title = escapeAnnotationProperty(`${figure.verdict}: ${figure.reading.key}`);
    lines.push(`::${COMMAND[figure.level]} file=${escapeAnnotationProperty(result.draft)},line=${figure.line},col=${figure.column},title=${title}::${escapeAnnotationData(figureMessage(figure, items))}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** The figure as quoted and read, why its verdict, and each item it is part of with its findings' ids. */
function figureMessage(figure: CheckedFigure, items: ReadonlyMap<string, Discrepancy>): string {
  const read = `Read as ${figure.reading.key} (${figure.reading.basis}): ${figure.reading.value}.`;
  const evidence = figure.items.map((id) => {
    const item = items.get(id);
    return item ? `${id} (${item.findings.map((finding) => finding.id).join(", ")})` : id;
  });
  const seen = evidence.length > 0 ? ` Evidence: ${evidence.join("; ")}.` : "";
  return `"${figure.quote}" ${read} ${figure.why}${seen}`;
}

/** Where the annotation goes: a fact of the first outlier, else the first fact in conflict. */
function placeOf(item: Discrepancy): Fact {
  const inConflict = new Set(item.facts);
  const outlier = item.judgement?.outliers[0]?.candidate.facts.find((fact) => inConflict.has(fact));
  return outlier ?? item.facts[0]!;
}
