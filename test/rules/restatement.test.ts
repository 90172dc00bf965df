import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { restatement } from "../../src/rules/restatement.js";
import { loadInline, revenue, ruleContext, sourceFile } from "../helpers.js";
import { RuleTester } from "../rule-tester.js";

const FIRST = "0001018724-25-000004";
const LATER = "0001018724-26-000002";
const release = (...facts: Record<string, string>[]) => sourceFile({ id: "amzn-sec-companyfacts", kind: "primary", published: "2026-02-06" }, facts);
const article = (value: string) => sourceFile({ id: "wire", published: "2026-02-07" }, [revenue(value)]);

new RuleTester().run(restatement, {
  valid: [{ name: "values filed once", files: { "facts/a.yaml": release(revenue("2,134", { filing: LATER })), "facts/wire.yaml": article("2,130") } }],
  invalid: [
    {
      name: "a value a later filing restated",
      files: { "facts/a.yaml": release(revenue("2,134", { filing: LATER }), revenue("2,130", { filing: FIRST, superseded_by: LATER })) },
      errors: [{ messageId: "restated", data: { source: "amzn-sec-companyfacts", filing: FIRST, superseded_by: LATER, first_value: "2,130 亿 USD" } }],
    },
  ],
});

describe("restatement", () => {
  const files = {
    "facts/amzn-sec-companyfacts.yaml": release(revenue("2,134", { filing: LATER }), revenue("2,130", { filing: FIRST, superseded_by: LATER })),
    "facts/wire.yaml": article("2,130"),
  };

  it("reports, as info, a value a later filing restated, with both accession numbers", () => {
    const { findings } = reconcile(loadInline(files));
    const found = findings.filter((finding) => finding.rule === "restatement");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "restatement",
      severity: "info",
      message: `amzn-sec-companyfacts gives a restated figure: 2,130 亿 USD in filing ${FIRST} was restated as 2,134 亿 USD in filing ${LATER}. An article quoting the first value may be quoting the figure as first filed.`,
    });
    expect(found[0]!.facts.map((fact) => fact.written.value)).toEqual(["2,130", "2,134"]);
  });

  it("leaves the superseded value out of every other rule: the company does not contradict itself, the article contradicts the value that stands", () => {
    const { findings } = reconcile(loadInline(files));
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["contradiction", "restatement"]);
    const contradiction = findings.find((finding) => finding.rule === "contradiction")!;
    expect(contradiction.facts.map((fact) => `${fact.sourceId} ${fact.written.value}`)).toEqual(["amzn-sec-companyfacts 2,134", "wire 2,130"]);
  });

  it("says so when the restating filing's value is not in the fact base", () => {
    const [finding, ...rest] = restatement.check(ruleContext(loadInline({ "facts/a.yaml": release(revenue("2,130", { filing: FIRST, superseded_by: LATER })) }), {}));
    expect(rest).toEqual([]);
    expect(finding!.data.restated_as).toBe(`another value in filing ${LATER}, which the fact base does not hold`);
  });

  it("does not fire without a superseded value", () => {
    expect(restatement.check(ruleContext(loadInline({ "facts/a.yaml": release(revenue("2,134", { filing: LATER })), "facts/wire.yaml": article("2,130") }), {}))).toEqual([]);
  });
});
