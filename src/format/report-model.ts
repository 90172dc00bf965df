// Everything a report shows, gathered once so the Markdown, JSON and GitHub formatters agree.
import type { FactBase } from "../model/types.js";
import type { IntervalOptions } from "../numbers/interval.js";
import type { Changes } from "../reconcile/changes.js";
import type { Finding, Severity } from "../model/finding.js";
import type { Review } from "../reviews/reviews.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";

export interface ReportInput {
  factBase: FactBase;
  taxonomy: Taxonomy;
  /** The findings to show (with --since: only those involving a fact added or changed). */
  findings: readonly Finding[];
  staleReviews: readonly Review[];
  failOn: Severity | "never";
  changes?: Changes;
  /** The tolerances the findings were computed with, so shown intervals match them. */
  intervalOptions: IntervalOptions;
}
