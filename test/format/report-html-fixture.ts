// A small fact base for the HTML report tests, written for them: four findings that differ in every
// facet the filters offer (status, severity, kind, company), and a quote that holds a script tag,
// quotes and an ampersand. ASCII text only, so screenshots do not depend on CJK fonts.
import { defaultConfig } from "../../src/config/config.js";
import { DEFAULT_INTERVAL_OPTIONS } from "../../src/numbers/interval.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { loadReviews } from "../../src/reviews/reviews.js";
import type { ReportInput } from "../../src/format/report-model.js";
import { loadInline, repositoryTaxonomy, sourceFile, type FactFields } from "../helpers.js";

/** The quote that must stay text: a script element, both quote marks and an ampersand. */
export const HOSTILE_QUOTE = `<script>alert(1)</script> "net" & 'gross'`;

const amznIncome = (value: string, scale: string, quote: string): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale, unit: "USD", quote });
const amznGrowth = (value: string, basis: string, quote: string): FactFields => ({ segment: "international", metric: "revenue", measure: "yoy", value, unit: "percent", basis, quote });
const msftRevenue = (value: string, quote: string): FactFields => ({ entity: "MSFT", metric: "revenue", value, scale: "billion", unit: "USD", period: "2026-Q2", quote });
const amznGuided = (low: string, high: string): FactFields => ({ metric: "revenue", value: low, value_high: high, scale: "billion", unit: "USD", basis: "guidance", quote: `net sales between $${low} billion and $${high} billion` });
const amznActual = (value: string): FactFields => ({ metric: "revenue", value, scale: "billion", unit: "USD", quote: `net sales were $${value} billion` });

export const htmlReportFiles = {
  "facts/amzn-q3-release.yaml": sourceFile({ id: "amzn-q3-release", publisher: "Amazon.com, Inc.", kind: "primary", url: "https://example.com/q3", published: "2025-10-30" }, [amznGuided("206.0", "213.0")]),
  "facts/amzn-q4-release.yaml": sourceFile({ id: "amzn-q4-release", publisher: "Amazon.com, Inc.", kind: "primary", url: "https://example.com/q4", published: "2026-02-05" }, [
    amznIncome("11,472", "million", "operating income was $11,472 million"),
    amznGrowth("17", "reported", "segment sales up 17%"),
    amznActual("213.4"),
  ]),
  "facts/wire-a.yaml": sourceFile({ id: "wire-a", publisher: `Wire "A" & <Co>`, published: "2026-02-06" }, [
    amznIncome("11.5", "billion", HOSTILE_QUOTE),
    amznGrowth("11", "ex_fx", "overseas up 11% without currency moves"),
    msftRevenue("81.3", "revenue of $81.3 billion"),
  ]),
  "facts/wire-b.yaml": sourceFile({ id: "wire-b", publisher: "Wire B", published: "2026-02-07" }, [amznIncome("9.3", "billion", "operating income of $9.3 billion"), msftRevenue("69.6", "revenue of $69.6 billion")]),
};

/** The items' facets in report order (open first), for the tests to pick them by: [status, severity, kind, company]. */
export const EXPECTED_ITEMS = [
  ["open", "error", "contradiction", "MSFT"],
  ["open", "warning", "basis_difference", "AMZN"],
  ["open", "info", "outside_guidance", "AMZN"],
  ["reviewed", "error", "contradiction", "AMZN"],
] as const;

export function htmlReportInput(): ReportInput {
  const factBase = loadInline(htmlReportFiles);
  const taxonomy = repositoryTaxonomy();
  const first = reconcile(factBase, [], defaultConfig(), taxonomy).findings.find((finding) => finding.kind === "contradiction" && finding.key.entity === "AMZN");
  if (!first) throw new Error("the HTML fixture no longer gives an Amazon contradiction");
  const reviewsText = [
    "reviews:",
    `  - finding: ${first.id}`,
    "    verdict: source_right",
    "    right: [amzn-q4-release]",
    `    note: "The release gives $11,472m; <b>9.3</b> is last year's & wrong."`,
    "    reviewer: test desk",
    '    date: "2026-03-01"',
    "",
  ].join("\n");
  const { reviews, diagnostics } = loadReviews({ file: "facts/reviews.yaml", text: reviewsText }, new Set(factBase.sources.map((source) => source.id)));
  if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));
  const { findings, staleReviews } = reconcile(factBase, reviews, defaultConfig(), taxonomy);
  return { factBase, taxonomy, findings, staleReviews, failOn: "error", intervalOptions: DEFAULT_INTERVAL_OPTIONS };
}
