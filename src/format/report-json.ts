// The report as JSON for machines (documented by schemas/report.schema.json): every discrepancy with
// its id, severity, status, headline, facts in conflict, judgement and verdicts, and its findings
// nested (id, rule, kind, severity, review, key, and each fact's source, value in base units, written
// form and quote). Values are decimal strings so nothing is lost to binary floats. With a draft
// section (`concord check`), the draft's figures come first, each naming the ids of its items.
import type { Fact, Source } from "../model/types.js";
import type { FactKey, Finding, Judgement } from "../model/finding.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../model/discrepancy.js";
import { toFactRecord } from "../model/fact-record.js";
import { writtenForm } from "../model/wording.js";
import { itemHeadline } from "./present.js";
import { reportView, type ReportInput } from "./report-model.js";
import type { CheckResult, Reading } from "../model/draft-check.js";

export function formatReportJson(input: ReportInput): string {
  const { staleReviews, failOn, changes } = input;
  const { sources, items, summary } = reportView(input, "as-grouped");
  const report = {
    version: 2,
    fail_on: failOn,
    ...(input.draft ? { draft: draftJson(input.draft) } : {}),
    summary: {
      sources: summary.sources,
      primary_sources: summary.primarySources,
      facts: summary.facts,
      items: summary.items,
      findings: summary.findings,
      by_severity: summary.bySeverity,
      reviewed: summary.reviewed,
      open: summary.open,
      open_at_or_above_fail_level: summary.openAtOrAbove,
      stale_reviews: summary.staleReviews,
    },
    items: items.map((item) => itemJson(item, input, sources)),
    stale_reviews: staleReviews.map((review) => ({ finding: review.finding, verdict: review.verdict, file: review.position.file, line: review.position.line })),
    ...(changes
      ? {
          changes: {
            since: changes.since,
            facts: changes.facts.map((entry) => ({ change: entry.change, ...factJson(entry.fact, sources.get(entry.fact.sourceId)), ...(entry.diff ? { diff: entry.diff } : {}) })),
            new_items: changes.newItems.map((item) => item.id),
            changed_items: changes.changedItems.map(({ item, was, newFindings, leftFindings }) => ({ id: item.id, was, new_findings: newFindings.map((finding) => finding.id), left_findings: leftFindings.map((finding) => finding.id) })),
            resolved_items: changes.resolvedItems.map((item) => item.id),
            new_findings: changes.newFindings.map((finding) => finding.id),
            resolved_findings: changes.resolvedFindings.map((finding) => finding.id),
          },
        }
      : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The checked draft: its path, the verdict counts and every figure with its reading, verdict, level,
 * reason, supported value, likely cause and the ids of the items (in `items`) it is part of. Key
 * order is fixed here, so the same draft and facts give byte-identical output.
 */
function draftJson(result: CheckResult) {
  return {
    path: result.draft,
    counts: result.counts,
    figures: result.figures.map((figure) => ({
      line: figure.line,
      column: figure.column,
      quote: figure.quote,
      reading: readingJson(figure.reading),
      verdict: figure.verdict,
      level: figure.level,
      why: figure.why,
      supported: figure.supported ?? null,
      cause: figure.cause ? { kind: figure.cause.kind, explanation: figure.cause.explanation } : null,
      items: figure.items,
    })),
  };
}

function readingJson(reading: Reading) {
  const { entity, segment, metric, measure, of, period, basis, qualifier, value, key } = reading;
  return { entity, segment, metric, measure, of: of ?? null, period, basis, qualifier, value, key };
}

/** A discrepancy with everything it holds: the facts in conflict, the judgement, its verdicts, and its findings nested. */
function itemJson(item: Discrepancy, input: ReportInput, sources: Map<string, Source>) {
  const { what, supported } = itemHeadline(item, input.taxonomy);
  return {
    id: item.id,
    severity: item.severity,
    kind: item.kind,
    status: isReviewed(item) ? "reviewed" : "open",
    headline: what,
    supported_value: item.supported?.value ?? null,
    supported_sentence: supported ?? null,
    key: keyJson(item.key),
    values: item.values,
    facts: item.facts.map((fact) => factJson(fact, sources.get(fact.sourceId))),
    judgement: item.judgement ? judgementJson(item.judgement) : null,
    verdicts: item.verdicts.map(({ on, ...verdict }) => ({ on, ...verdict })),
    new_since_verdict: newSinceVerdict(item).map((finding) => finding.id),
    findings: item.findings.map((finding) => findingJson(finding, sources)),
  };
}

function keyJson(key: FactKey) {
  return { entity: key.entity, segment: key.segment, metric: key.metric, measure: key.measure, of: key.of ?? null, period: key.periodLabel, period_days: key.period };
}

function findingJson(finding: Finding, sources: Map<string, Source>) {
  return {
    id: finding.id,
    rule: finding.rule,
    kind: finding.kind,
    severity: finding.severity,
    status: finding.review ? "reviewed" : "open",
    review: finding.review ?? null,
    key: keyJson(finding.key),
    message_id: finding.messageId,
    message: finding.message,
    data: finding.data,
    facts: finding.facts.map((fact) => factJson(fact, sources.get(fact.sourceId))),
    judgement: finding.judgement ? judgementJson(finding.judgement) : null,
  };
}

/** Candidates best supported first; `supported` and each outlier's `candidate` index into them. */
function judgementJson(judgement: Judgement) {
  const at = new Map(judgement.candidates.map((candidate, index) => [candidate, index]));
  return {
    summary: judgement.summary,
    supported: judgement.supported ? at.get(judgement.supported)! : null,
    candidates: judgement.candidates.map((candidate) => ({
      value: candidate.value,
      sources: candidate.sources,
      primary: candidate.primary,
      agreeing_sources: candidate.agreeingSources,
      score: candidate.score,
      reasons: candidate.reasons,
      facts: candidate.facts.map((fact) => ({ source: fact.sourceId, written: writtenForm(fact), file: fact.position.file, line: fact.position.line })),
    })),
    outliers: judgement.outliers.map((outlier) => ({
      candidate: at.get(outlier.candidate)!,
      cause: outlier.cause ? { kind: outlier.cause.kind, explanation: outlier.cause.explanation } : null,
    })),
  };
}

function factJson(fact: Fact, source: Source | undefined) {
  const record = toFactRecord(fact);
  return {
    source: {
      id: fact.sourceId,
      publisher: source?.publisher ?? null,
      kind: source?.kind ?? null,
      published: source?.published ?? null,
      url: source?.url ?? null,
    },
    value: record.value,
    value_high: record.value_high,
    unit: record.unit,
    written: writtenForm(fact),
    basis: fact.basis,
    qualifier: fact.qualifier,
    period: fact.period.label,
    quote: fact.quote,
    file: fact.position.file,
    line: fact.position.line,
    column: fact.position.column,
  };
}
