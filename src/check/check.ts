// Checking a draft before publication: its proposed facts, reconciled against the fact base as one
// more secondary source ("draft"), become one checked figure each: the figure as written, how it was
// read, one verdict (see verdict.ts) and the findings that saw it as evidence. One misread figure is
// one line however many rules it trips. Pure: the caller loads, extracts and reconciles.
import type { Fact, FactBase } from "../model/types.js";
import type { Finding } from "../model/finding.js";
import type { ProposedFact } from "../extract/extract.js";
import { buildRuleContext } from "../reconcile/reconcile.js";
import { defaultConfig, type Config } from "../config/config.js";
import { describeKey } from "../reconcile/fact-key.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { valueAsWritten } from "../reconcile/judgement.js";
import { VERDICT_LEVEL, VERDICTS, type CheckResult, type CheckedFigure, type FigureEvidence, type Reading, type Verdict } from "./figure.js";
import { decideVerdict, type VerdictContext } from "./verdict.js";

export { failingFigures, type CheckResult, type CheckedFigure } from "./figure.js";
// The formatters live with the other formatters; re-exported so the CLI loads the check as one module.
export { formatCheckMarkdown } from "../format/check-markdown.js";
export { formatCheckJson } from "../format/check-json.js";
export { formatCheckGithub } from "../format/check-github.js";

export const DRAFT_SOURCE_ID = "draft";

/**
 * `factBase` holds the draft's facts as source "draft", in the order of `proposed` (the extractor's
 * facts they came from); `findings` are reconcile's over that fact base, with the same `config`.
 */
export function checkDraft(draft: string, factBase: FactBase, findings: readonly Finding[], proposed: readonly ProposedFact[], config: Config = defaultConfig()): CheckResult {
  const draftFacts = factBase.facts.filter((fact) => fact.sourceId === DRAFT_SOURCE_ID);
  const origin = new Map<Fact, ProposedFact>(draftFacts.map((fact, index) => [fact, proposed[index]!]));
  const rules = buildRuleContext(factBase, config);
  const byKey = new Map(rules.groups.map((group) => [group.facts[0]!.groupKey, group.facts]));
  const context: VerdictContext = {
    isDraft: (fact) => fact.sourceId === DRAFT_SOURCE_ID,
    isPrimary: (fact) => rules.sources.get(fact.sourceId)?.kind === "primary",
    intervalOf: rules.intervalOf,
    sameKey: (fact) => byKey.get(fact.groupKey) ?? [],
    draftFacts,
    placeOf: (fact) => origin.get(fact),
  };
  // Findings by the draft facts they name, each finding once per fact.
  const involving = new Map<Fact, Finding[]>();
  for (const finding of findings) {
    for (const fact of new Set(finding.facts)) {
      if (!origin.has(fact)) continue;
      const list = involving.get(fact) ?? [];
      list.push(finding);
      involving.set(fact, list);
    }
  }
  const figures = draftFacts.map((fact): CheckedFigure => {
    const from = origin.get(fact)!;
    const seen = involving.get(fact) ?? [];
    const outcome = decideVerdict(fact, seen, context);
    return {
      line: from.line,
      column: from.column,
      quote: from.quote,
      reading: readingOf(fact),
      verdict: outcome.verdict,
      level: VERDICT_LEVEL[outcome.verdict],
      why: outcome.why,
      ...(outcome.supported ? { supported: { value: outcome.supported.value, sources: outcome.supported.sources, reasons: outcome.supported.reasons } } : {}),
      ...(outcome.cause ? { cause: outcome.cause } : {}),
      evidence: seen.map((finding) => evidenceOf(finding, fact, draft, origin)),
    };
  });
  figures.sort((a, b) => a.line - b.line || a.column - b.column);
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const figure of figures) counts[figure.verdict]++;
  return { draft, figures, counts };
}

function readingOf(fact: Fact): Reading {
  const { periodLabel, ...key } = factKeyOf(fact);
  return {
    ...key,
    period: periodLabel,
    basis: fact.basis,
    qualifier: fact.qualifier,
    value: valueAsWritten(fact),
    key: describeKey(factKeyOf(fact)),
  };
}

/** The draft's own figures are placed at their line in the draft, not in the fact file made from it. */
function evidenceOf(finding: Finding, fact: Fact, draft: string, origin: ReadonlyMap<Fact, ProposedFact>): FigureEvidence {
  const where = (other: Fact) => {
    const from = origin.get(other);
    return from ? { file: draft, line: from.line } : { file: other.position.file, line: other.position.line };
  };
  return {
    rule: finding.rule,
    kind: finding.kind,
    id: finding.id,
    severity: finding.severity,
    message: finding.message,
    ...(finding.judgement ? { judgement: finding.judgement.summary } : {}),
    others: finding.facts.filter((other) => other !== fact).map((other) => ({ source: other.sourceId, value: valueAsWritten(other), ...where(other) })),
  };
}
