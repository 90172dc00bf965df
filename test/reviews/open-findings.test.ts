// What still needs a verdict: findings at or above the fail level without a review, one line each.
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { formatOpenFindings, openFindings } from "../../src/reviews/open-findings.js";
import type { Review } from "../../src/reviews/reviews.js";
import { adGrowth, income, loadInline, repositoryTaxonomy, sourcesWith } from "../helpers.js";

/** Two wires disagreeing on segment profit (an error) and giving ad growth on two bases (a warning). */
function findings(reviews: Review[] = []) {
  const factBase = loadInline(sourcesWith([income("115"), adGrowth("23")], [income("93"), adGrowth("22", { basis: "ex_fx" })]));
  return reconcile(factBase, reviews, undefined, repositoryTaxonomy()).findings;
}

describe("openFindings", () => {
  it("keeps the findings at or above the level, most severe first", () => {
    const all = findings();
    expect(openFindings(all, "error").map((finding) => finding.rule)).toEqual(["contradiction"]);
    expect(openFindings(all, "warning").map((finding) => finding.severity)).toEqual(["error", "warning"]);
    expect(openFindings(all, "never")).toEqual([]);
  });

  it("leaves out the findings that have a verdict", () => {
    const id = findings().find((finding) => finding.rule === "contradiction")!.id;
    const review: Review = { finding: id, verdict: "not_a_conflict", note: "Different segments.", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line: 2, column: 5 } };
    expect(openFindings(findings([review]), "warning").map((finding) => finding.rule)).toEqual(["basis-difference"]);
  });
});

describe("formatOpenFindings", () => {
  it("gives one line per finding: id, severity, message, in aligned columns", () => {
    const open = openFindings(findings(), "warning");
    const lines = formatOpenFindings(open).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^contradiction-[0-9a-f]{8} {5}error {4}\S/);
    expect(lines[1]).toMatch(/^basis-difference-[0-9a-f]{8} {2}warning {2}\S/);
    expect(lines[0]!.indexOf("error")).toBe(lines[1]!.indexOf("warning"));
    expect(formatOpenFindings([])).toBe("");
  });

  it("puts a message written over several lines on one", () => {
    const [finding] = openFindings(findings(), "error");
    expect(formatOpenFindings([{ ...finding!, message: "First part,\n  second part." }])).toBe(`${finding!.id}  error    First part, second part.\n`);
  });
});
