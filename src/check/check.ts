// Checking a draft before publication: its proposed facts, reconciled against the fact base as one
// more secondary source ("draft"), give the findings that involve a draft figure (reported at the
// draft's line and column) and the draft figures nothing in the fact base speaks to ("unverified").
import type { Fact, FactBase } from "../model/types.js";
import type { Finding, Severity } from "../reconcile/finding.js";
import type { ProposedFact } from "../extract/extract.js";

export const DRAFT_SOURCE_ID = "draft";

export interface DraftFinding {
  line: number;
  column: number;
  quote: string;
  severity: Severity;
  rule: string;
  kind: Finding["kind"];
  id: string;
  message: string;
  /** Which value the evidence supports and why (for contradictions), so the editor knows what to print. */
  evidence?: string;
  /** The other facts of the finding: source and value as written. */
  others: { source: string; value: string; file: string; line: number }[];
}

export interface DraftFigure {
  line: number;
  column: number;
  quote: string;
  key: string;
  value: string;
}

export interface CheckResult {
  draft: string;
  findings: DraftFinding[];
  unverified: DraftFigure[];
  /** How many draft figures were compared. */
  figures: number;
}

function writtenValue(fact: Fact): string {
  const w = fact.written;
  return `${w.value}${w.valueHigh !== undefined ? `–${w.valueHigh}` : ""}${w.scale !== undefined ? ` ${w.scale}` : ""} ${w.unit}`;
}

function keyLabel(fact: Fact): string {
  return `${fact.entity}/${fact.segment} ${fact.metric}${fact.measure !== "level" ? ` ${fact.measure}` : ""}${fact.of ? ` of ${fact.of}` : ""} ${fact.period.label}${fact.basis !== "reported" ? ` (${fact.basis})` : ""}`;
}

/**
 * `draftFacts` are the fact base's facts of source "draft" in order, `proposed` the extractor's facts
 * they came from, in the same order.
 */
export function checkDraft(draft: string, factBase: FactBase, findings: readonly Finding[], proposed: readonly ProposedFact[]): CheckResult {
  const draftFacts = factBase.facts.filter((fact) => fact.sourceId === DRAFT_SOURCE_ID);
  const origin = new Map<Fact, ProposedFact>(draftFacts.map((fact, index) => [fact, proposed[index]!]));
  const result: DraftFinding[] = [];
  for (const finding of findings) {
    const others = finding.facts.filter((fact) => fact.sourceId !== DRAFT_SOURCE_ID);
    for (const fact of finding.facts) {
      const from = origin.get(fact);
      if (!from) continue;
      result.push({
        line: from.line,
        column: from.column,
        quote: from.quote,
        severity: finding.severity,
        rule: finding.rule,
        kind: finding.kind,
        id: finding.id,
        message: finding.message,
        ...(finding.judgement ? { evidence: finding.judgement.summary } : {}),
        others: others.map((other) => ({ source: other.sourceId, value: writtenValue(other), file: other.position.file, line: other.position.line })),
      });
    }
  }
  result.sort((a, b) => a.line - b.line || a.column - b.column || a.id.localeCompare(b.id));
  const knownKeys = new Set(factBase.facts.filter((fact) => fact.sourceId !== DRAFT_SOURCE_ID).map((fact) => fact.groupKey));
  const unverified = draftFacts
    .filter((fact) => !knownKeys.has(fact.groupKey))
    .map((fact) => {
      const from = origin.get(fact)!;
      return { line: from.line, column: from.column, quote: from.quote, key: keyLabel(fact), value: writtenValue(fact) };
    });
  return { draft, findings: result, unverified, figures: draftFacts.length };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

export function formatCheckMarkdown(result: CheckResult): string {
  const lines = [`# Draft check: ${escapeMarkdown(result.draft)}`, "", `${result.figures} figures checked, ${result.findings.length} findings, ${result.unverified.length} unverified.`, ""];
  if (result.findings.length > 0) {
    lines.push("## Findings", "", "| where | severity | rule | figure | message | against |", "|---|---|---|---|---|---|");
    for (const f of result.findings) {
      const against = f.others.map((o) => `${o.source}: ${o.value}`).join("; ");
      const message = f.evidence ? `${f.message} Evidence: ${f.evidence}` : f.message;
      lines.push(`| ${escapeMarkdown(result.draft)}:${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${escapeMarkdown(f.quote)} | ${escapeMarkdown(message)} | ${escapeMarkdown(against)} |`);
    }
    lines.push("");
  }
  if (result.unverified.length > 0) {
    lines.push("## Unverified", "", "The fact base can neither confirm nor refute these figures.", "", "| where | figure | key | value |", "|---|---|---|---|");
    for (const u of result.unverified) lines.push(`| ${escapeMarkdown(result.draft)}:${u.line}:${u.column} | ${escapeMarkdown(u.quote)} | ${escapeMarkdown(u.key)} | ${escapeMarkdown(u.value)} |`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

export function formatCheckJson(result: CheckResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** GitHub workflow commands: one annotation per finding, a notice per unverified figure. */
export function formatCheckGithub(result: CheckResult): string {
  const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const lines = result.findings.map((f) => `::${f.severity === "info" ? "notice" : f.severity} file=${property(result.draft)},line=${f.line},col=${f.column},title=${property(`${f.rule} ${f.id}`)}::${data(f.evidence ? `${f.message} Evidence: ${f.evidence}` : f.message)}`);
  for (const u of result.unverified) lines.push(`::notice file=${property(result.draft)},line=${u.line},col=${u.column},title=unverified::${data(`${u.key}: ${u.value} is not in the fact base`)}`);
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
