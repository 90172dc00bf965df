import { describe, expect, it } from "vitest";
import { formatReportGithub } from "../../src/format/report-github.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { DEFAULT_INTERVAL_OPTIONS } from "../../src/numbers/interval.js";
import { loadInline, repositoryTaxonomy, sourcesWith } from "../helpers.js";
import { groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { BASIS_DIFFERENCE_ID, CONTRADICTION_ID, reportInput } from "./report-fixture.js";

describe("formatReportGithub", () => {
  const input = reportInput();
  const text = formatReportGithub(input);
  const lines = text.trimEnd().split("\n");

  const [contradiction, basis] = groupDiscrepancies(input.findings);

  it("gives one annotation per discrepancy, however many findings see it, and one per stale review", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(lines).toHaveLength(2 + 1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::/);
  });

  it("makes a reviewed discrepancy a notice at the figure the evidence does not support, with the verdict", () => {
    const notices = lines.filter((line) => line.includes(contradiction!.id));
    expect(notices.map((line) => line.slice(0, line.indexOf(",col=")))).toEqual(["::notice file=facts/wire-b.yaml,line=12"]);
    expect(notices[0]).toContain(`title=contradiction ${contradiction!.id}::Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD.`);
    // The judgement travels with the annotation, so the pull request shows which value to keep, and the findings it holds.
    expect(notices[0]).toMatch(/ The evidence supports .*\. Seen by 1 finding: /);
    expect(notices[0]).toContain(`Seen by 1 finding: ${CONTRADICTION_ID}. Reviewed: source right. (this fact: wire-b, "a \`93\` figure")`);
  });

  it("gives open discrepancies their severity, and escapes the data", () => {
    const warnings = lines.filter((line) => line.includes(basis!.id));
    expect(warnings.map((line) => line.slice(0, line.indexOf(",col=")))).toEqual(["::warning file=facts/release.yaml,line=19"]);
    expect(warnings[0]).toContain(BASIS_DIFFERENCE_ID);
    expect(warnings[0]).toContain("segment sales up 17%25");
  });

  it("gives one ::error for an open error discrepancy, at its first fact when no value is supported", () => {
    const income = (value: string) => ({ segment: "north_america", metric: "operating_income", value, scale: "亿", unit: "USD", quote: `profit of ${value}\nsecond line` });
    const factBase = loadInline(sourcesWith([income("115")], [income("93")], [income("93")]));
    const { findings, items, staleReviews } = reconcile(factBase);
    const errors = formatReportGithub({ factBase, taxonomy: repositoryTaxonomy(), findings, items, staleReviews, failOn: "error", intervalOptions: DEFAULT_INTERVAL_OPTIONS }).trimEnd().split("\n");
    expect(errors.map((line) => line.slice(0, line.indexOf("::", 2)))).toEqual([`::error file=facts/source-a.yaml,line=12,col=5,title=contradiction ${items[0]!.id}`]);
    expect(errors[0]).toContain("profit of 115%0Asecond line");
  });

  it("warns at a stale review's line", () => {
    expect(lines.at(-1)).toBe("::warning file=facts/reviews.yaml,line=8,col=5,title=stale review contradiction-0badc0de::The review of contradiction-0badc0de names a finding or discrepancy that no longer exists.");
  });

  it("escapes colons and commas in file names", () => {
    const factBase = loadInline({ "facts/a,b:c.yaml": sourcesWith([{ metric: "revenue", value: "1", unit: "USD", quote: "one" }])["facts/source-a.yaml"]! });
    const fact = factBase.facts[0]!;
    const finding = { id: "contradiction-00000000", rule: "contradiction", kind: "contradiction" as const, severity: "error" as const, key: { entity: "AMZN", segment: "total", metric: "revenue", measure: "level", period: fact.period.key, periodLabel: "2025-Q4" }, facts: [fact], messageId: "two", data: {}, message: "m" };
    const line = formatReportGithub({ ...input, factBase, findings: [finding], staleReviews: [] });
    expect(line).toMatch(/^::error file=facts\/a%2Cb%3Ac\.yaml,line=12,col=5,/);
  });

  it("prints nothing when there is nothing to say", () => {
    expect(formatReportGithub({ ...input, findings: [], staleReviews: [] })).toBe("");
  });
});
