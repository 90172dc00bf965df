// A small fact base shared by the report formatter tests: three sources, one contradiction (reviewed),
// one basis difference (open) and one stale review. Quotes hold Markdown and HTML on purpose.
import { DEFAULT_INTERVAL_OPTIONS } from "../../src/numbers/interval.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import type { Severity } from "../../src/model/finding.js";
import { loadReviews } from "../../src/reviews/reviews.js";
import type { ReportInput } from "../../src/format/report-model.js";
import { loadInline, repositoryTaxonomy, sourceFile, type FactFields } from "../helpers.js";

const northAmerica = (value: string, scale: string, quote: string): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale, unit: "USD", quote });
const international = (value: string, basis: string, quote: string): FactFields => ({ segment: "international", metric: "revenue", measure: "yoy", value, unit: "percent", basis, quote });

export const reportFiles = {
  "facts/release.yaml": sourceFile({ id: "release-q4", publisher: "Amazon.com, Inc.", kind: "primary", url: "https://example.com/release", published: "2026-02-05T13:05:00-08:00" }, [
    northAmerica("11,472", "million", "operating income was $11,472 million"),
    international("17", "reported", "segment sales up 17%"),
    international("11", "ex_fx", "up 11% excluding FX"),
  ]),
  "facts/wire-a.yaml": sourceFile({ id: "wire-a", publisher: "Wire A", published: "2026-02-06T09:00:00+08:00" }, [
    northAmerica("115", "亿", "profit | margin: 115 <b>亿</b>"),
    international("11", "ex_fx", "overseas up 11% without currency moves"),
  ]),
  "facts/wire-b.yaml": sourceFile({ id: "wire-b", publisher: "Wire *B*", published: "2026-02-07" }, [
    northAmerica("93", "亿", "a `93` figure"),
    international("17", "reported", "overseas up 17%"),
  ]),
};

/** The ids reconcile gives the two findings (stable: they hash the rule, key and values only). */
export const CONTRADICTION_ID = "contradiction-7f5558e0";
export const BASIS_DIFFERENCE_ID = "basis-difference-73fe1e42";

const reviewsText = `reviews:
  - finding: ${CONTRADICTION_ID}
    verdict: source_right
    right: [release-q4, wire-a]
    note: The release gives $11,472m; 93亿 is the prior year's figure.
    reviewer: test desk
    date: "2026-03-01"
  - finding: contradiction-0badc0de
    verdict: both_right
    note: A finding the facts no longer produce.
    reviewer: test desk
    date: "2026-03-01"
`;

export function reportInput(failOn: Severity | "never" = "error"): ReportInput {
  const factBase = loadInline(reportFiles);
  const { reviews, diagnostics } = loadReviews({ file: "facts/reviews.yaml", text: reviewsText }, new Set(factBase.sources.map((source) => source.id)));
  if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));
  const { findings, staleReviews } = reconcile(factBase, reviews);
  return { factBase, taxonomy: repositoryTaxonomy(), findings, staleReviews, failOn, intervalOptions: DEFAULT_INTERVAL_OPTIONS };
}
