// Everything a report shows, gathered once so the Markdown, JSON, HTML and GitHub formatters agree:
// the conflict report of `concord reconcile` and, with a draft section, the draft report of
// `concord check` (its figures' verdicts, then the discrepancies they are part of, as the conflict
// report shows them). The input depends on the taxonomy, reviews and changes, so it lives here, above
// src/model/, which holds the draft section's own shapes (model/draft-check.ts).
import type { FactBase } from "../model/types.js";
import type { IntervalOptions } from "../numbers/interval.js";
import type { Changes } from "../reconcile/changes.js";
import type { Finding, Severity } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";
import type { CheckResult } from "../model/draft-check.js";
import { groupDiscrepancies } from "../reconcile/discrepancies.js";
import type { Review } from "../reviews/reviews.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { openFirst, sourceMap, summariseItems } from "./present.js";

export interface ReportInput {
  factBase: FactBase;
  taxonomy: Taxonomy;
  /** The findings to show (with --since: only those involving a fact added or changed). */
  findings: readonly Finding[];
  /**
   * The findings grouped into discrepancies (reconcile's items, with the verdicts recorded on item ids),
   * what every report shows; when absent they are grouped from `findings`, verdicts on findings only.
   */
  items?: readonly Discrepancy[];
  staleReviews: readonly Review[];
  failOn: Severity | "never";
  changes?: Changes;
  /** The tolerances the findings were computed with, so shown intervals match them. */
  intervalOptions: IntervalOptions;
  /**
   * A draft checked against the fact base (`concord check`): its figures and their verdicts. The
   * report's items are then the discrepancies the draft's figures are part of. Markdown, JSON and
   * GitHub render it; the HTML report does not (check offers no HTML), and shows the items alone.
   */
  draft?: CheckResult;
  /**
   * The facts in the whole base, when `factBase` holds only some of them (a Parquet-only run holds the
   * facts its findings need; the summary counts every fact).
   */
  factCount?: number;
}

/** The items a report shows. */
export function itemsOf(input: ReportInput): readonly Discrepancy[] {
  return input.items ?? groupDiscrepancies(input.findings);
}

/**
 * What every formatter starts from: the sources by id, the items (open ones first for the reports a
 * reader scans; as grouped for JSON) and the counts of the summary.
 */
export function reportView(input: ReportInput, order: "open-first" | "as-grouped" = "open-first") {
  const grouped = itemsOf(input);
  const items = order === "open-first" ? openFirst(grouped) : grouped;
  return { sources: sourceMap(input.factBase), items, summary: summariseItems(input.factBase, items, input.staleReviews.length, input.failOn, input.factCount) };
}
