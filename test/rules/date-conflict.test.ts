import { describe, expect, it } from "vitest";
import type { Source } from "../../src/model/types.js";
import { dateConflict, timeZoneOf } from "../../src/rules/date-conflict.js";
import { launch, loadInline, ruleContext, sourceFile, type SourceHeader } from "../helpers.js";
import { RuleTester } from "../rule-tester.js";

const tester = new RuleTester();


/** One source per entry: its header fields and the launch date it gives. */
function dateConflicts(...entries: [header: Omit<SourceHeader, "id">, date: string][]) {
  const files = Object.fromEntries(entries.map(([header, date], at) => {
    const id = `source-${String.fromCharCode(97 + at)}`;
    return [`facts/${id}.yaml`, sourceFile({ id, ...header }, [launch(date)])];
  }));
  return tester.findings(dateConflict, files);
}

const seattle = { published: "2025-12-02T18:00:00-08:00" };
const beijing = { published: "2025-12-03T10:00:00+08:00" };
const timeZoneWords = /time zone/;
/** Fact files for sources `source-a`, `source-b`, … each giving one launch date. */
const launches = (...entries: [header: Omit<SourceHeader, "id">, date: string][]) =>
  Object.fromEntries(entries.map(([header, date], at) => [`facts/source-${String.fromCharCode(97 + at)}.yaml`, sourceFile({ id: `source-${String.fromCharCode(97 + at)}`, ...header }, [launch(date)])]));

tester.run(dateConflict, {
  valid: [
    { name: "one date from two sources", files: launches([seattle, "2025-12-02"], [beijing, "2025-12-02"]) },
    { name: "one source", files: launches([seattle, "2025-12-02"]) },
  ],
  invalid: [
    { name: "three days apart", files: launches([seattle, "2025-12-02"], [beijing, "2025-12-05"]), errors: [{ messageId: "dates", data: { dates: ["2025-12-02", "2025-12-05"], time_zone_note: "" } }] },
    { name: "one day apart, from two time zones", files: launches([seattle, "2025-12-02"], [beijing, "2025-12-03"]), errors: [{ messageId: "dates", data: { time_zone_note: expect.stringMatching(timeZoneWords) } }] },
    { name: "three dates", files: launches([seattle, "2025-12-02"], [beijing, "2025-12-03"], [seattle, "2025-12-09"]), errors: [{ messageId: "dates", data: { dates: ["2025-12-02", "2025-12-03", "2025-12-09"] } }] },
  ],
});

describe("date-conflict", () => {
  it("fires as a warning when sources give different dates", () => {
    const [finding, ...rest] = dateConflicts([seattle, "2025-12-02"], [beijing, "2025-12-05"]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "date-conflict", kind: "date_conflict", severity: "warning", message: "Sources give different dates: 2025-12-02 vs 2025-12-05." });
  });

  it("does not fire when the dates agree", () => {
    expect(dateConflicts([seattle, "2025-12-02"], [beijing, "2025-12-02"])).toEqual([]);
  });

  it("mentions time zones for a one-day difference between sources in different zones", () => {
    const [finding] = dateConflicts([seattle, "2025-12-02"], [beijing, "2025-12-03"]);
    expect(finding!.message).toBe(
      "Sources give different dates: 2025-12-02 vs 2025-12-03. The dates are one day apart and the sources write from different time zones (+08:00, -08:00): possibly the same moment in two zones.",
    );
  });

  it.each([
    { name: "two days apart, different zones", a: seattle, b: beijing, dates: ["2025-12-02", "2025-12-04"] },
    { name: "one day apart, the same zone", a: beijing, b: { published: "2025-12-04T09:00:00+08:00" }, dates: ["2025-12-02", "2025-12-03"] },
  ])("does not mention time zones: $name", ({ a, b, dates }) => {
    const [finding] = dateConflicts([a, dates[0]!], [b, dates[1]!]);
    expect(finding!.message).toBe(`Sources give different dates: ${dates[0]} vs ${dates[1]}.`);
    expect(finding!.message).not.toMatch(timeZoneWords);
  });

  it("takes the zone from `timezone` when `published` is a bare date", () => {
    const [finding] = dateConflicts([{ published: "2025-12-02", timezone: "-08:00" }, "2025-12-02"], [{ published: "2025-12-03T01:00:00Z" }, "2025-12-03"]);
    expect(finding!.message).toContain("different time zones (+00:00, -08:00)");
  });

  it("says when a zone is unknown", () => {
    const [one] = dateConflicts([{ published: "2025-12-03" }, "2025-12-02"], [beijing, "2025-12-03"]);
    expect(one!.message).toContain("a time-zone difference may explain it (the time zone of one source is unknown)");
    const [both] = dateConflicts([{}, "2025-12-02"], [{ published: "2025-12-03" }, "2025-12-03"]);
    expect(both!.message).toContain("(the time zone of the sources is unknown)");
    const [two] = dateConflicts([{}, "2025-12-02"], [{ published: "2025-12-02" }, "2025-12-02"], [beijing, "2025-12-03"]);
    expect(two!.message).toContain("(the time zones of 2 sources are unknown)");
  });

  it("keeps every fact in the finding, also when three dates are given", () => {
    const [finding] = dateConflicts([seattle, "2025-12-02"], [beijing, "2025-12-03"], [beijing, "2025-12-03"], [{}, "2025-12-09"]);
    expect(finding!.facts).toHaveLength(4);
    expect(finding!.message).toBe("Sources give different dates: 2025-12-02 vs 2025-12-03 vs 2025-12-09.");
  });

  it("works when called directly, ignoring numbers", () => {
    const factBase = loadInline({
      "facts/a.yaml": sourceFile({ id: "source-a", ...seattle }, [launch("2025-12-02"), { metric: "revenue", value: "1", unit: "USD", quote: "one dollar" }]),
      "facts/b.yaml": sourceFile({ id: "source-b", ...beijing }, [launch("2025-12-03"), { metric: "revenue", value: "9", unit: "USD", quote: "nine dollars" }]),
    });
    const found = dateConflict.check(ruleContext(factBase, {}));
    expect(found.map((finding) => finding.data.dates)).toEqual([["2025-12-02", "2025-12-03"]]);
  });
});

describe("timeZoneOf", () => {
  const source = (fields: Partial<Source>): Source => ({ id: "s-1", publisher: "P", title: "T", language: "en", kind: "secondary", position: { file: "f", line: 1, column: 1 }, ...fields });
  it.each([
    [{ published: "2026-02-06T03:14:00+08:00" }, "+08:00"],
    [{ published: "2026-02-06T03:14:00Z" }, "+00:00"],
    [{ published: "2026-02-06", timezone: "-05:00" }, "-05:00"],
    [{ published: "2026-02-06T03:14:00+08:00", timezone: "-05:00" }, "+08:00"],
    [{ timezone: "Z" }, "+00:00"],
    [{ published: "2026-02-06" }, undefined],
  ] as const)("%o → %s", (fields, zone) => {
    expect(timeZoneOf(source(fields))).toBe(zone);
  });
  it("is undefined without a source", () => {
    expect(timeZoneOf(undefined)).toBeUndefined();
  });
});
