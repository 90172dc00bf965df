// Discrepancies: findings about the same conflicting facts are one item, with an id from the facts in
// conflict, every finding in exactly one item, and verdicts (on the item or on any finding) carried over.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFactFiles } from "../../src/io/fact-files.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { defaultConfig } from "../../src/config/config.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { factsInConflict, groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { loadReviews, type Review } from "../../src/reviews/reviews.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../../src/model/discrepancy.js";
import type { Finding } from "../../src/model/finding.js";
import { adGrowth, income, loadInline, repositoryRoot, repositoryTaxonomy, sourcesWith } from "../helpers.js";

/** The repository's fact base reconciled with its reviews, as `concord reconcile` does it. */
function seed() {
  const taxonomy = repositoryTaxonomy();
  const { factFiles } = collectFactFiles(["facts"], repositoryRoot);
  const { factBase } = loadFactFiles(factFiles, taxonomy);
  const sourceIds = new Set(factBase.sources.map((source) => source.id));
  const { reviews } = loadReviews({ file: "facts/reviews.yaml", text: readFileSync(path.join(repositoryRoot, "facts/reviews.yaml"), "utf8") }, sourceIds);
  return { reviews, ...reconcile(factBase, reviews, defaultConfig(), taxonomy) };
}

/** Each item as its id and the ids of its findings, sorted: what must not depend on the order of findings. */
const shape = (items: readonly Discrepancy[]) => items.map((item) => [item.id, item.findings.map((finding) => finding.id).sort()] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe("the seed report's discrepancies", () => {
  const { findings, items, staleReviews, reviews } = seed();

  it("shows advertising growth, 22 % against 23 %, as one item with the evidence supporting 23 %", () => {
    const ads = items.filter((item) => item.key.entity === "AMZN" && item.key.segment === "advertising" && item.key.measure === "yoy" && item.key.periodLabel === "2025-Q4");
    expect(ads).toHaveLength(1);
    const [item] = ads;
    expect(item!.id).toMatch(/^d-[0-9a-f]{8}$/);
    expect(item!.findings.map((finding) => finding.rule).sort()).toEqual(["arithmetic-growth", "arithmetic-growth", "basis-difference", "contradiction", "self-contradiction"]);
    expect(item!.values).toEqual(["23 percent", "22 percent"]);
    expect(item!.supported?.value).toBe("23 percent");
    expect(item!.severity).toBe("error");
  });

  it("loses no finding: the findings across items are the findings before grouping, each once", () => {
    const grouped = items.flatMap((item) => item.findings);
    expect(grouped).toHaveLength(findings.length);
    expect(new Set(grouped)).toEqual(new Set(findings));
    expect(new Set(grouped.map((finding) => finding.id))).toEqual(new Set(findings.map((finding) => finding.id)));
    expect(items.length).toBeLessThan(findings.length);
  });

  it("carries every verdict over to the item holding its finding, and leaves none stale", () => {
    expect(staleReviews).toEqual([]);
    const holder = new Map(items.flatMap((item) => item.findings.map((finding) => [finding.id, item] as const)));
    for (const review of reviews) {
      const item = holder.get(review.finding);
      expect(item, review.finding).toBeDefined();
      expect(item!.verdicts.map((verdict) => verdict.on)).toContain(review.finding);
    }
    // Every finding of a reviewed item has its verdict: no item is reviewed on some findings only, and
    // the two the README names stay open.
    expect(items.filter((item) => newSinceVerdict(item).length > 0).map((item) => item.id)).toEqual([]);
    const open = items.filter((item) => !isReviewed(item));
    expect(open.every((item) => item.findings.every((finding) => !finding.review))).toBe(true);
    expect(open.map((item) => item.key.entity).sort()).toEqual(["HUAHONG", "MARKET"]);
  });

  it("keeps unrelated conflicts apart: North America's 93亿 and the growth it is quoted with are two items", () => {
    const northAmerica = items.filter((item) => item.key.entity === "AMZN" && item.key.segment === "north_america" && item.key.metric === "operating_income" && item.key.periodLabel === "2025-Q4");
    expect(northAmerica.map((item) => item.key.measure).sort()).toEqual(["level", "yoy"]);
    // Every item lies on one key: an identity's operands on other keys are evidence, not conflict.
    for (const item of items) expect(new Set(item.facts.map((fact) => `${fact.entity}|${fact.segment}|${fact.metric}|${fact.measure}|${fact.of ?? ""}|${fact.period.key}`)).size, item.id).toBe(1);
  });

  it("gives the same items and ids whatever the order of the findings (rules run in another order)", () => {
    const before = shape(items);
    const reversed = groupDiscrepancies([...findings].reverse());
    const byRule = groupDiscrepancies([...findings].sort((a, b) => (a.rule < b.rule ? 1 : a.rule > b.rule ? -1 : 0)));
    expect(shape(reversed)).toEqual(before);
    expect(shape(byRule)).toEqual(before);
  });
});

describe("groupDiscrepancies", () => {
  const base = sourcesWith([income("115"), adGrowth("23")], [income("93"), adGrowth("22")], [adGrowth("22")]);
  const { findings, items } = reconcile(loadInline(base));

  it("makes one item per set of findings sharing facts in conflict, and separate items for separate keys", () => {
    expect(items).toHaveLength(2);
    expect(items.flatMap((item) => item.findings)).toHaveLength(findings.length);
    for (const item of items) expect(item.facts).toEqual([...new Set(item.findings.flatMap(factsInConflict))].sort((a, b) => a.index - b.index));
  });

  it("keeps an item's id when another source repeats a value already in conflict, or an unrelated fact is added", () => {
    const ids = items.map((item) => item.id).sort();
    const repeated = reconcile(loadInline(sourcesWith([income("115"), adGrowth("23")], [income("93"), adGrowth("22")], [adGrowth("22"), income("115")])));
    expect(repeated.items.map((item) => item.id).sort()).toEqual(ids);
  });

  it("applies a verdict recorded on the item id to the whole item, and one on any finding to its item", () => {
    const [first, second] = items;
    const status = { verdict: "both_right" as const, note: "checked", reviewer: "desk", date: "2026-03-01" };
    const onItem = groupDiscrepancies(findings, new Map([[first!.id, status]]));
    expect(onItem.find((item) => item.id === first!.id)!.verdicts).toEqual([{ ...status, on: first!.id }]);
    expect(onItem.find((item) => item.id === second!.id)!.verdicts).toEqual([]);
    const reviewed: Finding[] = findings.map((finding) => (finding === second!.findings[0] ? { ...finding, review: status } : finding));
    expect(groupDiscrepancies(reviewed).find((item) => item.id === second!.id)!.verdicts).toEqual([{ ...status, on: second!.findings[0]!.id }]);
  });

  describe("a finding joining an item after its verdict", () => {
    // source-b's 93 against source-a's 115 is a contradiction; then source-b also writes 115, which adds
    // a self-contradiction to the same item without changing its facts in conflict by value, so its id.
    const before = reconcile(loadInline(sourcesWith([income("115")], [income("93")])));
    const [was] = before.items;
    const [contradiction] = was!.findings;
    const after = sourcesWith([income("115")], [income("93"), income("115", { quote: "later 115" })]);
    const review = (on: string, line = 3): Review => ({ finding: on, verdict: "source_right", right: ["source-a"], note: "release", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line, column: 5 } });

    it("joins the same item, under the same id", () => {
      const [item] = reconcile(loadInline(after)).items;
      expect(item!.id).toBe(was!.id);
      expect(item!.findings.map((finding) => finding.rule)).toEqual(["contradiction", "self-contradiction"]);
    });

    it("is not covered by a verdict on another finding: the item is open, the new finding named", () => {
      const [item] = reconcile(loadInline(after), [review(contradiction!.id)]).items;
      expect(item!.verdicts.map((verdict) => verdict.on)).toEqual([contradiction!.id]);
      expect(isReviewed(item!)).toBe(false);
      expect(newSinceVerdict(item!).map((finding) => finding.rule)).toEqual(["self-contradiction"]);
    });

    it("is covered once every finding has its verdict, or by a verdict on the item id", () => {
      const [item] = reconcile(loadInline(after)).items;
      const both = reconcile(loadInline(after), item!.findings.map((finding, at) => review(finding.id, 3 + 7 * at))).items[0]!;
      expect(isReviewed(both)).toBe(true);
      expect(newSinceVerdict(both)).toEqual([]);
      const onItem = reconcile(loadInline(after), [review(item!.id)]).items[0]!;
      expect(isReviewed(onItem)).toBe(true);
      expect(newSinceVerdict(onItem)).toEqual([]);
    });

    it("leaves a verdict on the item id stale when a new value in conflict changes the id", () => {
      const changed = reconcile(loadInline(sourcesWith([income("115")], [income("93")], [income("120")])), [review(was!.id)]);
      expect(changed.items.map((item) => item.id)).not.toContain(was!.id);
      expect(changed.staleReviews.map((stale) => stale.finding)).toEqual([was!.id]);
      expect(changed.items.every((item) => !isReviewed(item))).toBe(true);
    });
  });

  it("takes a verdict on an item id in reviews.yaml as current, not stale", () => {
    const review: Review = { finding: items[0]!.id, verdict: "not_a_conflict", note: "two windows", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line: 3, column: 5 } };
    const stale: Review = { ...review, finding: "d-00000000", position: { ...review.position, line: 9 } };
    const result = reconcile(loadInline(base), [review, stale]);
    expect(result.staleReviews).toEqual([stale]);
    expect(result.items.find((item) => item.id === review.finding)!.verdicts.map((verdict) => verdict.on)).toEqual([review.finding]);
  });
});
