import { describe, expect, it } from "vitest";
import { checkDraft, draftItems, failingFigures, placeDraftFacts, type CheckedFigure, type CheckResult } from "../../src/check/check.js";
import { defaultConfig } from "../../src/config/config.js";
import type { ProposedFact } from "../../src/extract/extract.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { adGrowth, income, loadInline, repositoryTaxonomy, revenue, sourceFile, type FactFields } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** A figure of the draft: its fields (as in a fact file) and the line it stands on. */
interface DraftFigure {
  fields: FactFields;
  line: number;
  column?: number;
}

/**
 * Checks a draft made of `figures` against the fact files given: the draft becomes source "draft", as
 * `concord check` makes it, and each figure is placed at its line and column (default 1), with its quote.
 */
function check(files: Readonly<Record<string, string>>, figures: readonly DraftFigure[]): CheckResult & { rulesOf: (figure: CheckedFigure) => string[] } {
  const factBase = loadInline({ ...files, "facts/draft.yaml": sourceFile({ id: "draft", published: "2026-02-07" }, figures.map((figure) => figure.fields)) });
  const { findings, items } = reconcile(factBase, [], defaultConfig(), taxonomy);
  const proposed = figures.map((figure) => ({ quote: figure.fields.quote!, line: figure.line, column: figure.column ?? 1 }) as ProposedFact);
  const result = checkDraft("d.md", factBase, findings, proposed);
  // The draft's items (checkDraft groups the findings itself, as reconcile does): exactly the
  // discrepancies with a finding that names a draft fact, in reconcile's order.
  const involving = items.filter((item) => item.findings.some((finding) => finding.facts.some((fact) => fact.sourceId === "draft")));
  expect(draftItems(items, result).map((item) => item.id)).toEqual(involving.map((item) => item.id));
  const byId = new Map(items.map((item) => [item.id, item]));
  // The rules that saw a figure: those of the findings in its items that name its draft fact.
  const rulesOf = (figure: CheckedFigure) => {
    const fact = factBase.facts.filter((candidate) => candidate.sourceId === "draft")[figures.findIndex((given) => given.line === figure.line && (given.column ?? 1) === figure.column)];
    return figure.items.flatMap((id) => byId.get(id)!.findings.filter((finding) => finding.facts.includes(fact!)).map((finding) => finding.rule));
  };
  return { ...result, rulesOf };
}

const release = (facts: readonly FactFields[]) => ({ "facts/release.yaml": sourceFile({ id: "release", kind: "primary", published: "2026-02-05" }, facts) });
const article = (id: string, facts: readonly FactFields[]) => ({ [`facts/${id}.yaml`]: sourceFile({ id, published: "2026-02-06" }, facts) });

describe("checkDraft verdicts", () => {
  it("calls a figure wrong when the company's release contradicts it, with the supported value and the cause", () => {
    const result = check(release([income("115"), income("93", { period: "2024-Q4", quote: "a year ago 93" })]), [{ fields: income("93", { quote: "the division earned 93" }), line: 4 }]);
    expect(result.figures).toHaveLength(1);
    const [figure] = result.figures;
    expect(figure).toMatchObject({ line: 4, column: 1, quote: "the division earned 93", verdict: "wrong", level: "error" });
    expect(figure!.reading).toMatchObject({ entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", period: "2025-Q4", basis: "reported", value: "93 亿 USD" });
    expect(figure!.supported?.value).toBe("115 亿 USD");
    expect(figure!.cause?.kind).toBe("prior_period");
    expect(result.rulesOf(figure!)).toContain("contradiction");
    expect(figure!.items).toHaveLength(1);
  });

  it("gives a figure many rules saw one line, with every rule as evidence under it", () => {
    const segments = [income("115"), income("10", { segment: "international" }), income("125", { segment: "aws" }), income("250", { segment: "total" })];
    const result = check(release(segments), [{ fields: income("150", { quote: "the division earned 150" }), line: 2 }]);
    expect(result.figures).toHaveLength(1);
    expect(result.figures[0]!.verdict).toBe("wrong");
    expect(result.rulesOf(result.figures[0]!).sort()).toEqual(["arithmetic-sum", "contradiction"]);
  });

  it("calls a figure consistent when facts share its key and none conflicts", () => {
    const result = check(article("wire", [income("115")]), [{ fields: income("115.2"), line: 1 }]);
    expect(result.figures[0]).toMatchObject({ verdict: "consistent", level: "ok", items: [] });
  });

  it("calls a figure unverified when nothing shares its key, or only another basis does", () => {
    const none = check(article("wire", [income("115")]), [{ fields: revenue("1800"), line: 1 }]);
    expect(none.figures[0]).toMatchObject({ verdict: "unverified", level: "info" });
    const otherBasis = check(article("wire", [adGrowth("22", { basis: "ex_fx" })]), [{ fields: adGrowth("23"), line: 1 }]);
    expect(otherBasis.figures[0]!.verdict).toBe("unverified");
    expect(otherBasis.figures[0]!.why).toContain("another basis");
  });

  it("doubts its reading of two differently worded draft figures on one key, never calling either wrong", () => {
    const result = check(release([income("115")]), [
      { fields: income("115", { quote: "the division earned 115" }), line: 3 },
      { fields: income("93", { quote: "up from 93 the year before" }), line: 5 },
    ]);
    expect(result.figures.map((figure) => figure.verdict)).toEqual(["unsure", "unsure"]);
    expect(result.figures[1]!.why).toContain("3:1");
    expect(result.counts.wrong).toBe(0);
  });

  it("doubts two figures one clause holds, however it words them", () => {
    const quote = "profit went from 93 to 115";
    const result = check({}, [
      { fields: income("93", { quote }), line: 2 },
      { fields: income("115", { quote }), line: 2 },
    ]);
    expect(result.figures.map((figure) => figure.verdict)).toEqual(["unsure", "unsure"]);
  });

  it("judges two figures the draft words alike as a real self-contradiction", () => {
    const result = check(release([income("115")]), [
      { fields: income("115"), line: 3 },
      { fields: income("93"), line: 9 },
    ]);
    expect(result.figures.map((figure) => figure.verdict)).toEqual(["consistent", "wrong"]);
  });

  it("is unsure when an identity fails but other sources' figures could be the wrong ones", () => {
    const levels = [income("115"), income("93", { period: "2024-Q4" })];
    const growth = { segment: "north_america", metric: "operating_income", measure: "yoy", value: "50", unit: "percent", quote: "profit grew by half" };
    const secondary = check(article("wire", levels), [{ fields: growth, line: 1 }]);
    expect(secondary.figures[0]).toMatchObject({ verdict: "unsure", level: "warning" });
    expect(secondary.rulesOf(secondary.figures[0]!)).toEqual(["arithmetic-growth"]);
    // The same arithmetic against the company's own figures pins the error on the draft.
    expect(check(release(levels), [{ fields: growth, line: 1 }]).figures[0]!.verdict).toBe("wrong");
  });

  it("is unsure when the identity's other operands are the draft's own figures, even ones the release confirms", () => {
    const levels = [income("115"), income("93", { period: "2024-Q4" })];
    const growth = { segment: "north_america", metric: "operating_income", measure: "yoy", value: "50", unit: "percent", quote: "profit grew by half" };
    const result = check(release(levels), [
      { fields: income("115", { quote: "the division earned 115" }), line: 1 },
      { fields: income("93", { period: "2024-Q4", quote: "against 93 a year before" }), line: 1 },
      { fields: growth, line: 2 },
    ]);
    expect(result.figures.map((figure) => figure.verdict)).toEqual(["consistent", "consistent", "unsure"]);
  });

  it("does not call wrong a company-total figure that follows figures all read onto one segment", () => {
    // "The division earned 93 on sales of 500; operating income was 50": the last figure lost its segment.
    const lost = { metric: "operating_income", value: "50", scale: "亿", unit: "USD", quote: "operating income was 50" };
    const files = release([revenue("2000"), { metric: "operating_income", value: "250", scale: "亿", unit: "USD", quote: "total profit 250" }]);
    const figures = [
      { fields: income("93", { quote: "the division earned 93" }), line: 4, column: 1 },
      { fields: revenue("500", { segment: "north_america", quote: "on sales of 500" }), line: 4, column: 20 },
      { fields: lost, line: 4, column: 40 },
    ];
    const result = check(files, figures);
    expect(result.figures[2]).toMatchObject({ verdict: "unsure", supported: { value: "250 亿 USD" } });
    expect(result.figures[2]!.why).toContain("north_america");
    // On a line of its own, the same figure is wrong.
    expect(check(files, [{ fields: lost, line: 4 }]).figures[0]!.verdict).toBe("wrong");
  });

  it("is unsure when the fact base itself cannot say which value is right", () => {
    const tie = check(article("wire", [income("115")]), [{ fields: income("100"), line: 1 }]);
    expect(tie.figures[0]).toMatchObject({ verdict: "unsure" });
    expect(tie.figures[0]!.why).toContain("disagrees");
  });

  it("is unsure when two secondary sources disagree and a third backs neither", () => {
    const split = check({ ...article("wire-a", [income("115")]), ...article("wire-b", [income("120")]) }, [{ fields: income("100"), line: 1 }]);
    expect(split.figures[0]!.verdict).toBe("unsure");
  });

  it("calls a figure wrong when two independent sources agree against it", () => {
    const result = check({ ...article("wire-a", [income("115")]), ...article("wire-b", [income("115.1")]) }, [{ fields: income("100"), line: 1 }]);
    expect(result.figures[0]).toMatchObject({ verdict: "wrong", supported: { sources: ["wire-a", "wire-b"] } });
  });

  it("counts verdicts and fails only at or above the level asked for", () => {
    const result = check(article("wire", [income("115")]), [
      { fields: income("100"), line: 1 },
      { fields: revenue("1800"), line: 2 },
    ]);
    expect(result.counts).toEqual({ wrong: 0, unsure: 1, unverified: 1, consistent: 0 });
    expect(failingFigures(result, "error")).toHaveLength(0);
    expect(failingFigures(result, "warning").map((figure) => figure.line)).toEqual([1]);
    expect(failingFigures(result, "info")).toHaveLength(2);
    expect(failingFigures(result, "never")).toHaveLength(0);
  });
});

describe("placeDraftFacts", () => {
  it("places each draft fact at its figure in the draft, leaving everything else as loaded", () => {
    const loaded = loadInline({ "d.md": sourceFile({ id: "draft" }, [income("93"), revenue("1800")]) });
    const proposed = [{ line: 7, column: 14 }, { line: 9, column: 2 }] as ProposedFact[];
    const placed = placeDraftFacts(loaded, proposed);
    expect(placed.facts.map((fact) => fact.position)).toEqual([
      { file: "d.md", line: 7, column: 14 },
      { file: "d.md", line: 9, column: 2 },
    ]);
    expect(placed.facts.map(({ position: _position, ...rest }) => rest)).toEqual(loaded.facts.map(({ position: _position, ...rest }) => rest));
    expect(placed.sources).toBe(loaded.sources);
  });
});
