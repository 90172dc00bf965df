// Checking a draft before publication: its proposed facts, reconciled against the fact base as one
// more secondary source ("draft"), become one checked figure each: the figure as written, how it was
// read, one verdict (see verdict.ts) and the ids of the discrepancies that hold it as evidence. One
// misread figure is one line however many rules it trips. Pure: the caller loads, extracts and
// reconciles, and renders the result with the conflict report's formatters (the draft section of
// format/report-model.ts).
import type { Fact, FactBase } from "../model/types.js";
import type { Finding } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";
import type { ProposedFact } from "../extract/extract.js";
import { buildRuleContext } from "../reconcile/reconcile.js";
import { groupDiscrepancies } from "../reconcile/discrepancies.js";
import { defaultConfig, type Config } from "../config/config.js";
import { describeKey } from "../reconcile/fact-key.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { valueAsWritten } from "../reconcile/judgement.js";
import { VERDICT_LEVEL, VERDICTS, type CheckResult, type CheckedFigure, type Reading, type Verdict } from "../model/draft-check.js";
import { decideVerdict, type VerdictContext } from "./verdict.js";

export { failingFigures, type CheckResult, type CheckedFigure } from "../model/draft-check.js";

export const DRAFT_SOURCE_ID = "draft";

/**
 * The draft's fact base with each fact placed where its figure stands in the draft (its line and
 * column, `proposed` in the same order as the facts), not in the fact file made from it: reports then
 * point an editor at the draft. Rules never read positions, so the findings are the same.
 */
export function placeDraftFacts(draftFacts: FactBase, proposed: readonly ProposedFact[]): FactBase {
  const facts = draftFacts.facts.map((fact, index) => {
    const from = proposed[index]!;
    return { ...fact, position: { file: fact.position.file, line: from.line, column: from.column } };
  });
  return { ...draftFacts, facts };
}

/** The discrepancies a draft's figures are part of, in the order given: the items of a draft's report. */
export function draftItems(items: readonly Discrepancy[], result: CheckResult): Discrepancy[] {
  const named = new Set(result.figures.flatMap((figure) => figure.items));
  return items.filter((item) => named.has(item.id));
}

/**
 * `factBase` holds the draft's facts as source "draft", in the order of `proposed` (the extractor's
 * facts they came from); `findings` are reconcile's over that fact base, with the same `config`, and
 * `items` those findings grouped as reconcile groups them.
 */
export function checkDraft(draft: string, factBase: FactBase, findings: readonly Finding[], proposed: readonly ProposedFact[], config: Config = defaultConfig(), items: readonly Discrepancy[] = groupDiscrepancies(findings)): CheckResult {
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
  // The items holding each finding: a figure's evidence is the items of the findings that name it.
  const itemOf = new Map<Finding, number>(items.flatMap((item, index) => item.findings.map((finding) => [finding, index] as const)));
  const itemsNaming = (seen: readonly Finding[]) => [...new Set(seen.flatMap((finding) => itemOf.get(finding) ?? []))].sort((a, b) => a - b).map((index) => items[index]!.id);
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
      items: itemsNaming(seen),
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
