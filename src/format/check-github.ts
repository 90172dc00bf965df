// The draft check as GitHub workflow annotations at each figure's line and column: an error for a
// wrong figure, a warning for an unsure one, a notice for an unverified one. Consistent figures get
// none, so a pull request shows only what needs an editor.
import type { CheckedFigure, CheckResult } from "../check/figure.js";
import { escapeAnnotationData, escapeAnnotationProperty } from "./escape.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function formatCheckGithub(result: CheckResult): string {
  const lines: string[] = [];
  for (const figure of result.figures) {
    if (figure.level === "ok") continue;
    const title = escapeAnnotationProperty(`${figure.verdict}: ${figure.reading.key}`);
    lines.push(`::${COMMAND[figure.level]} file=${escapeAnnotationProperty(result.draft)},line=${figure.line},col=${figure.column},title=${title}::${escapeAnnotationData(message(figure))}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function message(figure: CheckedFigure): string {
  const read = `Read as ${figure.reading.key} (${figure.reading.basis}): ${figure.reading.value}.`;
  const evidence = figure.evidence.length > 0 ? ` Evidence: ${figure.evidence.map((item) => `${item.rule} ${item.id}`).join(", ")}.` : "";
  return `"${figure.quote}" ${read} ${figure.why}${evidence}`;
}
