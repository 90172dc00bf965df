// The draft check as Markdown for the editor: a count of verdicts, one table row per draft figure
// (where, the figure, how it was read, the verdict and why), then, for each figure any rule saw, its
// evidence under its own heading. Every text from the draft or a source is escaped, as in the
// conflict report, so a quote cannot break the table or inject HTML.
import type { CheckedFigure, CheckResult, Verdict } from "../check/figure.js";
import { VERDICTS } from "../check/figure.js";
import { escapeMarkdown } from "./escape.js";
import { counted } from "../model/wording.js";

const VERDICT_MARK: Readonly<Record<Verdict, string>> = { wrong: "🔴 wrong", unsure: "🟡 unsure", unverified: "⚪ unverified", consistent: "🟢 consistent" };

export function formatCheckMarkdown(result: CheckResult): string {
  const draft = escapeMarkdown(result.draft);
  const verdicts = VERDICTS.map((verdict) => `${result.counts[verdict]} ${verdict}`).join(", ");
  const lines = [`# Draft check: ${draft}`, "", `${counted(result.figures.length, "figure")}: ${verdicts}.`, ""];
  if (result.figures.length > 0) {
    lines.push("| where | figure | read as | verdict | why |", "|---|---|---|---|---|");
    for (const figure of result.figures) {
      lines.push(`| ${draft}:${figure.line}:${figure.column} | ${escapeMarkdown(figure.quote)} | ${escapeMarkdown(readAs(figure))} | ${VERDICT_MARK[figure.verdict]} | ${escapeMarkdown(figure.why)} |`);
    }
    lines.push("");
  }
  const withEvidence = result.figures.filter((figure) => figure.evidence.length > 0);
  if (withEvidence.length > 0) {
    lines.push("## Evidence", "");
    for (const figure of withEvidence) {
      lines.push(`### ${draft}:${figure.line}:${figure.column}: ${VERDICT_MARK[figure.verdict]}`, "");
      if (figure.supported) lines.push(escapeMarkdown(`The fact base supports ${figure.supported.value}. ${figure.supported.reasons.join(" ")}`), "");
      if (figure.cause) lines.push(escapeMarkdown(`${figure.cause.explanation.charAt(0).toUpperCase()}${figure.cause.explanation.slice(1)}.`), "");
      for (const item of figure.evidence) {
        const judgement = item.judgement ? ` ${item.judgement}` : "";
        const against = item.others.length > 0 ? ` Against: ${item.others.map((other) => `${other.source} ${other.value} (${other.file}:${other.line})`).join("; ")}.` : "";
        lines.push(`- \`${item.rule}\` ${escapeMarkdown(item.id)} (${item.severity}): ${escapeMarkdown(`${item.message}${judgement}${against}`)}`);
      }
      lines.push("");
    }
  }
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

/** "AMZN north_america operating_income, 2025-Q4, reported: 93 亿 USD". */
function readAs(figure: CheckedFigure): string {
  const { key, basis, value } = figure.reading;
  return `${key}, ${basis}: ${value}`;
}
