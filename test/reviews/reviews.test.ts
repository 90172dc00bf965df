import { describe, expect, it } from "vitest";
import { loadReviews } from "../../src/reviews/reviews.js";

const sourceIds = new Set(["source-a", "source-b"]);
const load = (lines: string[]) => loadReviews({ file: "facts/reviews.yaml", text: `${lines.join("\n")}\n` }, sourceIds);
/** Diagnostics as `line:column path message` for compact assertions. */
const problems = (lines: string[]) => load(lines).diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`);

/** One review as YAML lines, each field overridable; `undefined` leaves a field out. */
function reviewLines(fields: Partial<Record<"finding" | "verdict" | "right" | "note" | "reviewer" | "date", string | undefined>> = {}): string[] {
  const all = { finding: "contradiction-0123abcd", verdict: "both_right", right: undefined, note: "Checked against the release.", reviewer: "desk", date: '"2026-03-01"', ...fields };
  return Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([name, value], at) => `${at === 0 ? "  - " : "    "}${name}: ${value}`);
}

describe("loadReviews", () => {
  it("loads verdicts with their positions", () => {
    const { reviews, diagnostics } = load(["reviews:", ...reviewLines({ verdict: "source_right", right: "[source-a]" }), ...reviewLines({ finding: "basis-difference-89abcdef" })]);
    expect(diagnostics).toEqual([]);
    expect(reviews).toEqual([
      { finding: "contradiction-0123abcd", verdict: "source_right", right: ["source-a"], note: "Checked against the release.", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line: 2, column: 5 } },
      { finding: "basis-difference-89abcdef", verdict: "both_right", note: "Checked against the release.", reviewer: "desk", date: "2026-03-01", position: { file: "facts/reviews.yaml", line: 8, column: 5 } },
    ]);
  });

  it("accepts an empty list", () => {
    expect(load(["reviews: []"])).toEqual({ reviews: [], diagnostics: [] });
  });

  it("reports schema errors at the line and column where they stand, every one", () => {
    expect(
      problems([
        "reviews:",
        ...reviewLines({ verdict: "probably_fine" }),
        ...reviewLines({ finding: "not an id", date: '"1 March"' }),
        ...reviewLines({ note: undefined, extra: "x" } as never),
      ]),
    ).toEqual([
      "3:14 /reviews/0/verdict value is not one of the allowed values",
      "7:14 /reviews/1/finding value is not in the expected form",
      "11:11 /reviews/1/date value is not in the expected form",
      "12:5 /reviews/2 missing required property `note`",
      "16:5 /reviews/2/extra unknown property `extra`",
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problems(["reviews:", "  - finding: [unclosed"])[0]).toMatch(/^\d+:\d+ {2}invalid YAML/);
    expect(problems(["reviews:", ...reviewLines(), '    date: "2026-03-02"'])[0]).toMatch(/^7:5 {2}duplicate key/);
  });

  it("requires `right` for source_right", () => {
    expect(problems(["reviews:", ...reviewLines({ verdict: "source_right" })])).toEqual(["2:5 /reviews/0 missing required property `right`"]);
  });

  it("rejects an unknown source id in `right`, where it is written", () => {
    const { reviews, diagnostics } = load(["reviews:", ...reviewLines({ verdict: "source_right", right: "[source-a, source-z]" })]);
    expect(diagnostics).toEqual([
      { file: "facts/reviews.yaml", line: 4, column: 23, path: "/reviews/0/right/1", message: "unknown source id", found: '"source-z"', expected: "the id of a source in the fact base" },
    ]);
    expect(reviews).toHaveLength(1);
  });

  it("rejects a second review of one finding, naming the first", () => {
    const { reviews, diagnostics } = load(["reviews:", ...reviewLines(), ...reviewLines({ verdict: "not_a_conflict" })]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message} (${d.expected})`)).toEqual([
      "7:5 /reviews/1/finding the finding is reviewed twice (one review per finding (the first is at line 2))",
    ]);
    expect(reviews.map((review) => review.verdict)).toEqual(["both_right"]);
  });
});
