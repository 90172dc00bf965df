// Recording a verdict in the text of reviews.yaml: the entry is added or replaced, and every other
// byte of the file (comments, blank lines, key order, quoting, folded notes) stays as it was.
import { diffLines } from "diff";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { buildReview, nearIds, setReview, todayUtc, type ReviewContext, type ReviewEntry } from "../../src/reviews/edit-reviews.js";
import { loadReviews } from "../../src/reviews/reviews.js";

const sourceIds = new Set(["wire-one", "wire-two", "company-release"]);

/** A reviews file as an editor keeps it: comments above, between and inside entries, a folded note, a trailing comment. */
const withComments = [
  "# yaml-language-server: $schema=../schemas/reviews.schema.json",
  "# Verdicts of the test desk.",
  "reviews:",
  "  # The profit figure: the release settles it.",
  "  - finding: contradiction-0a1b2c3d",
  "    verdict: source_right",
  "    right: [company-release]   # the release, not the wire",
  "    note: >-",
  "      The release gives 115 for the quarter; the wire printed",
  "      last year's 93.",
  "    reviewer: test desk",
  '    date: "2026-03-01"',
  "",
  "  # Growth on two bases.",
  "  - finding: basis-difference-4e5f6a7b",
  "    verdict: both_right",
  "    note: 'Reported and ex-FX: both stated in the release.'",
  "    reviewer: test desk",
  "    date: '2026-03-02'",
  "    # nothing more to say",
  "",
  "# New verdicts go above this line.",
  "",
].join("\n");

const entry = (fields: Partial<ReviewEntry> = {}): ReviewEntry => ({ finding: "contradiction-99aa88bb", verdict: "both_right", note: "Both figures are in the release.", reviewer: "night desk", date: "2026-04-01", ...fields });

/** The edited text, failing the test when the edit is refused. */
function edited(text: string | undefined, review: ReviewEntry): { text: string; replaced: boolean } {
  const result = setReview("facts/reviews.yaml", text, review, sourceIds);
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.diagnostics)}`);
  return result;
}

/** The lines removed and added between two texts, by the `diff` package. */
function changes(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

/** The reviews the text holds, as reconcile would read them. */
function reviewsIn(text: string) {
  const { reviews, diagnostics } = loadReviews({ file: "facts/reviews.yaml", text }, sourceIds);
  expect(diagnostics).toEqual([]);
  return reviews.map(({ position: _position, ...review }) => review);
}

describe("setReview: adding a verdict", () => {
  it("adds the entry after the last one and changes nothing else, byte for byte", () => {
    const { text, replaced } = edited(withComments, entry());
    expect(replaced).toBe(false);
    expect(changes(withComments, text)).toEqual({
      removed: [],
      added: ["  - finding: contradiction-99aa88bb", "    verdict: both_right", "    note: Both figures are in the release.", "    reviewer: night desk", '    date: "2026-04-01"'],
    });
    // The new entry comes after the last entry and the comment indented under it, before the file's closing comment.
    const at = text.indexOf("  - finding: contradiction-99aa88bb");
    expect(text.slice(0, at)).toBe(withComments.slice(0, at));
    expect(text.slice(0, at).endsWith("    # nothing more to say\n")).toBe(true);
    expect(text.slice(at).endsWith("\n# New verdicts go above this line.\n")).toBe(true);
    expect(reviewsIn(text)).toEqual([...reviewsIn(withComments), entry()]);
  });

  it("writes right as a flow list, the date quoted and a long note folded, in the file's key order", () => {
    const note = "The company's release gives operating income of 11,472 million for the quarter, which the wire's 115 rounds; its 93 is the same quarter a year earlier.";
    const review = { date: "2026-04-02", note, right: ["wire-two", "company-release"], reviewer: "night desk", verdict: "source_right", finding: "contradiction-12345678" } as ReviewEntry;
    const { text } = edited(withComments, review);
    const { added } = changes(withComments, text);
    expect(added.slice(0, 4)).toEqual(["  - finding: contradiction-12345678", "    verdict: source_right", "    right: [wire-two, company-release]", "    note: >-"]);
    expect(added.slice(-2)).toEqual(["    reviewer: night desk", '    date: "2026-04-02"']);
    expect(added.every((line) => line.length <= 110)).toBe(true);
    expect(reviewsIn(text).at(-1)).toEqual({ finding: "contradiction-12345678", verdict: "source_right", right: ["wire-two", "company-release"], note, reviewer: "night desk", date: "2026-04-02" });
  });

  it("writes any note so that it reads back exactly", () => {
    const notes = [
      "key: value # not a comment",
      "- starts like a list item",
      "'quoted' and \"double\"",
      "yes",
      "2026-04-01",
      "  leading and trailing spaces  ",
      "two lines\nof note",
      "trailing line break\n",
      "中文的说明：营业利润 115 亿美元，而非 93 亿美元。这是一条足够长的说明，用来检查折行是否会改变它的文字内容，以及读回来是否完全相同。",
      `${"word ".repeat(60)}end`,
      "tab\there, backslash \\ and a unicode escape \\u0041",
    ];
    for (const note of notes) {
      const { text } = edited(withComments, entry({ note }));
      expect(reviewsIn(text).at(-1)?.note).toBe(note);
      expect(changes(withComments, text).removed).toEqual([]);
    }
  });

  it("follows the indentation the list uses", () => {
    const flush = ["reviews:", "- finding: contradiction-0a1b2c3d", "  verdict: both_right", "  note: Checked.", "  reviewer: desk", '  date: "2026-03-01"', ""].join("\n");
    const { text } = edited(flush, entry());
    expect(text).toBe(`${flush}- finding: contradiction-99aa88bb\n  verdict: both_right\n  note: Both figures are in the release.\n  reviewer: night desk\n  date: "2026-04-01"\n`);
  });

  it("adds a line break before the entry when the file does not end with one", () => {
    const unterminated = "reviews:\n  - finding: contradiction-0a1b2c3d\n    verdict: both_right\n    note: Checked.\n    reviewer: desk\n    date: \"2026-03-01\"";
    const { text } = edited(unterminated, entry());
    expect(text.startsWith(`${unterminated}\n  - finding: contradiction-99aa88bb\n`)).toBe(true);
    expect(reviewsIn(text)).toHaveLength(2);
  });

  it("starts the list in a file that has none yet", () => {
    const lines = ["  - finding: contradiction-99aa88bb", "    verdict: both_right", "    note: Both figures are in the release.", "    reviewer: night desk", '    date: "2026-04-01"'].join("\n");
    expect(edited(undefined, entry()).text).toBe(`reviews:\n${lines}\n`);
    expect(edited("", entry()).text).toBe(`reviews:\n${lines}\n`);
    expect(edited("# Verdicts of the test desk.\n", entry()).text).toBe(`# Verdicts of the test desk.\nreviews:\n${lines}\n`);
    expect(edited("reviews: []   # none yet\n", entry()).text).toBe(`reviews:   # none yet\n${lines}\n`);
    expect(edited("# top\nreviews:\n# end\n", entry()).text).toBe(`# top\nreviews:\n${lines}\n# end\n`);
  });

  it("adds to a flow list as a flow mapping", () => {
    const flow = '{reviews: [{finding: contradiction-0a1b2c3d, verdict: both_right, note: Checked., reviewer: desk, date: "2026-03-01"}]}\n';
    const { text } = edited(flow, entry());
    expect(text).toBe(`${flow.slice(0, -3)}, ${JSON.stringify(entry())}]}\n`);
    expect(reviewsIn(text)).toHaveLength(2);
  });

  it("keeps Windows line ends and a byte order mark", () => {
    const windows = `\uFEFF${withComments.replaceAll("\n", "\r\n")}`;
    const { text } = edited(windows, entry());
    expect(text.startsWith("\uFEFF# yaml-language-server")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    expect(changes(windows.replaceAll("\r\n", "\n"), text.replaceAll("\r\n", "\n")).removed).toEqual([]);
  });
});

describe("setReview: replacing a verdict", () => {
  it("puts the new entry in place of the old one and changes nothing else", () => {
    const review = entry({ finding: "contradiction-0a1b2c3d", verdict: "not_a_conflict", note: "Different periods after all." });
    const { text, replaced } = edited(withComments, review);
    expect(replaced).toBe(true);
    const { removed, added } = changes(withComments, text);
    // The finding line reads the same, so the diff keeps it: the rest of the entry is what changed.
    expect(removed).toEqual(withComments.split("\n").slice(5, 12));
    expect(added).toEqual(["    verdict: not_a_conflict", "    note: Different periods after all.", "    reviewer: night desk", '    date: "2026-04-01"']);
    // The comment above the entry and everything from the blank line after it on are untouched.
    const before = withComments.indexOf("  - finding: contradiction-0a1b2c3d");
    const after = withComments.indexOf("\n\n  # Growth on two bases.");
    expect(text.slice(0, before)).toBe(withComments.slice(0, before));
    expect(text.endsWith(withComments.slice(after))).toBe(true);
    const [first, second] = reviewsIn(text);
    expect(first).toEqual(review);
    expect(second).toEqual(reviewsIn(withComments)[1]);
  });

  it("replaces the last entry of a file without a final line break and keeps it so", () => {
    const unterminated = "reviews:\n  - finding: contradiction-0a1b2c3d\n    verdict: both_right\n    note: Checked.\n    reviewer: desk\n    date: \"2026-03-01\"";
    const { text } = edited(unterminated, entry({ finding: "contradiction-0a1b2c3d" }));
    expect(text.endsWith('    date: "2026-04-01"')).toBe(true);
  });

  it("replaces an entry of a flow list in place", () => {
    const flow = 'reviews: [{finding: contradiction-0a1b2c3d, verdict: both_right, note: Checked., reviewer: desk, date: "2026-03-01"}]  # inline\n';
    const review = entry({ finding: "contradiction-0a1b2c3d" });
    expect(edited(flow, review).text).toBe(`reviews: [${JSON.stringify(review)}]  # inline\n`);
  });

  it("mends an entry that was invalid, since the edit replaces it", () => {
    const broken = withComments.replace("verdict: both_right", "verdict: probably_fine");
    expect(loadReviews({ file: "facts/reviews.yaml", text: broken }, sourceIds).diagnostics).not.toEqual([]);
    const { text } = edited(broken, entry({ finding: "basis-difference-4e5f6a7b" }));
    expect(reviewsIn(text)[1]).toEqual(entry({ finding: "basis-difference-4e5f6a7b" }));
  });
});

describe("setReview: files it refuses", () => {
  const problems = (text: string, review = entry()) => {
    const result = setReview("facts/reviews.yaml", text, review, sourceIds);
    return result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.path} ${d.message}`);
  };

  it("reports a problem elsewhere in the file at its line in the file as it is", () => {
    const unknownSource = withComments.replace("right: [company-release]", "right: [company-relase]");
    expect(problems(unknownSource)).toEqual(["facts/reviews.yaml:7:13 /reviews/0/right/0 unknown source id"]);
    // Replacing the first entry with a longer one does not move the second entry's problem.
    const badDate = withComments.replace("date: '2026-03-02'", "date: '2 March'");
    const longer = entry({ finding: "contradiction-0a1b2c3d", note: "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve." });
    expect(problems(badDate, longer)).toEqual(["facts/reviews.yaml:19:11 /reviews/1/date value is not in the expected form"]);
  });

  it("reports YAML it cannot read, and a file that is not a list of reviews", () => {
    expect(problems("reviews:\n  - finding: [unclosed\n")[0]).toMatch(/^facts\/reviews\.yaml:\d+:\d+ {2}invalid YAML/);
    expect(problems("reviews: 3\n")).toEqual(["facts/reviews.yaml:1:10 /reviews wrong type"]);
    expect(problems("reviews: !verdicts []\n")).toHaveLength(1);
    expect(problems(`reviews:\n${"  ".repeat(1)}- ${"[".repeat(5000)}\n`).length).toBeGreaterThan(0);
    expect(problems("verdicts: []\n")).toEqual(["facts/reviews.yaml:1:1 / missing required property `reviews`", "facts/reviews.yaml:1:1 /verdicts unknown property `verdicts`"]);
  });
});

describe("buildReview", () => {
  const context: ReviewContext = { findingIds: new Set(["contradiction-0a1b2c3d", "self-contradiction-0a1b2c3d", "basis-difference-4e5f6a7b"]), sourceIds, factBase: "facts" };
  const problems = (request: Parameters<typeof buildReview>[0]) => buildReview(request, "2026-05-05", context).problems.map((problem) => `${problem.option}: ${problem.message} (found ${problem.found}; expected ${problem.expected})`);
  const request = { finding: "contradiction-0a1b2c3d", verdict: "both_right", note: "Checked.", reviewer: "desk" };

  it("dates the verdict today unless a date is given", () => {
    expect(buildReview(request, "2026-05-05", context).review).toEqual({ ...request, date: "2026-05-05" });
    expect(buildReview({ ...request, date: "2026-01-31" }, "2026-05-05", context).review?.date).toBe("2026-01-31");
    expect(todayUtc(new Date("2026-05-05T23:30:00-05:00"))).toBe("2026-05-06");
  });

  it("requires --right for source_right, and refuses it otherwise", () => {
    expect(problems({ ...request, verdict: "source_right" })).toEqual(["--right: source_right needs the sources whose value stands (found no --right; expected --right SOURCE-ID [SOURCE-ID…], ids of sources in the fact base)"]);
    expect(problems({ ...request, right: ["wire-one"] })).toEqual(["--right: --right is only for source_right, not both_right (found wire-one; expected no --right, or --verdict source_right)"]);
    expect(buildReview({ ...request, verdict: "source_right", right: ["wire-one", "wire-one", "company-release"] }, "2026-05-05", context).review?.right).toEqual(["wire-one", "company-release"]);
  });

  it("names unknown sources, with the likely one", () => {
    expect(problems({ ...request, verdict: "source_right", right: ["wire-tow"] })).toEqual(['--right: unknown source id (did you mean `wire-two`?) (found "wire-tow"; expected the id of a source in the fact base)']);
  });

  it("refuses an unknown finding, listing the ids near it", () => {
    expect(problems({ ...request, finding: "contradiction-0a1b2c3e" })).toEqual([
      '<finding-id>: no discrepancy or finding has this id in the reconcile results of facts (found "contradiction-0a1b2c3e"; expected one of the ids near it: contradiction-0a1b2c3d)',
    ]);
    expect(problems({ ...request, finding: "contradiction-4e5f6a7b" })[0]).toContain("expected one of the ids near it: basis-difference-4e5f6a7b)");
    expect(problems({ ...request, finding: "date-conflict-deadbeef" })[0]).toContain("expected the id of a current discrepancy (d-…) or finding");
  });

  it("checks every field, and the schema's limits, naming each option", () => {
    expect(problems({ finding: "contradiction-0a1b2c3d", verdict: "probably", note: " ", date: "2026-02-30" })).toEqual([
      '--verdict: unknown verdict (found "probably"; expected one of source_right, both_right, not_a_conflict)',
      "--note: a note is required (found blank text; expected why: the evidence, e.g. the company's release)",
      "--reviewer: a reviewer is required (found nothing; expected who decides)",
      '--date: not a date (found "2026-02-30"; expected a date YYYY-MM-DD)',
    ]);
    expect(problems({ ...request, note: "x".repeat(1001) })).toEqual(["--note: text is too long (found 1001 characters; expected at most 1000 characters)"]);
  });
});

describe("nearIds", () => {
  const ids = ["contradiction-7f5558e0", "contradiction-c22903de", "self-contradiction-64a5c86e", "basis-difference-17b067ab"];
  it("finds slips, the same hash under another rule, and parts of an id", () => {
    expect(nearIds("contradiction-7f5558e1", ids)).toEqual(["contradiction-7f5558e0"]);
    expect(nearIds("contradiction-64a5c86e", ids)).toEqual(["self-contradiction-64a5c86e"]);
    expect(nearIds("17b067", ids)).toEqual(["basis-difference-17b067ab"]);
    expect(nearIds("date-conflict-00000000", ids)).toEqual([]);
  });
});

describe("the rendered entry is YAML a parser reads back", () => {
  it("parses with the yaml package as the same data", () => {
    const { text } = edited(undefined, entry({ verdict: "source_right", right: ["wire-one"] }));
    expect(parse(text)).toEqual({ reviews: [{ finding: "contradiction-99aa88bb", verdict: "source_right", right: ["wire-one"], note: "Both figures are in the release.", reviewer: "night desk", date: "2026-04-01" }] });
  });
});
