// validateAgainstSchema checks parsed data against the JSON Schemas under schemas/ and turns each ajv
// error into a diagnostic: the JSON path, the line and column where the value (or key) was written,
// what was found and what was expected, in words a fact-file editor can act on.
import { describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "../../src/load/parse-document.js";
import { closestName, describeValue, readSchema, validateAgainstSchema } from "../../src/load/schemas.js";

function document(file: string, text: string): ParsedDocument {
  const result = parseDocument(file, text);
  if (!result.ok) throw new Error(`test input does not parse: ${JSON.stringify(result.diagnostics)}`);
  return result.document;
}

/** A fact file with one fact; `sourceExtra` and `factExtra` are lines added to the source and the fact. */
function factFileText(sourceExtra: string[] = [], factExtra: string[] = []): string {
  return [
    "source:", //                          line 1
    "  id: harbour-daily-q3", //           line 2
    "  publisher: Harbour Daily", //       line 3
    "  title: Earnings roundup", //        line 4
    "  language: en", //                   line 5
    "  kind: secondary", //                line 6
    ...sourceExtra.map((line) => `  ${line}`),
    "facts:",
    "  - metric: revenue",
    '    value: "18.6"',
    '    quote: "sales reached 18.6 billion"',
    ...factExtra.map((line) => `    ${line}`),
    "",
  ].join("\n");
}

const check = (text: string, file = "facts/harbour.yaml") => validateAgainstSchema("fact-file", document(file, text));

describe("validateAgainstSchema", () => {
  it("accepts a valid fact file", () => {
    expect(check(factFileText())).toEqual([]);
    expect(check(factFileText(['url: "https://news.example/harbour/q3"', 'published: "2025-10-30T08:00:00+01:00"'], ["unit: USD", "scale: billion", "qualifier: about"]))).toEqual([]);
  });

  it("reports a missing top-level property at the start of the file, with its description", () => {
    const text = factFileText().split("\nfacts:")[0]! + "\n";
    expect(check(text)).toEqual([
      { file: "facts/harbour.yaml", path: "/", line: 1, column: 1, message: "missing required property `facts`", found: "nothing", expected: "`facts`: The figures the source states, in the order they appear" },
    ]);
  });

  it("reports a missing property at the mapping that lacks it", () => {
    const text = factFileText().replace("  kind: secondary\n", "");
    expect(check(text)).toEqual([
      { file: "facts/harbour.yaml", path: "/source", line: 2, column: 3, message: "missing required property `kind`", found: "nothing", expected: "`kind`: `primary`: the company's own release or filing; `secondary`: news, research or commentary" },
    ]);
  });

  it("says only `required` for a missing property defined by reference, which carries no description", () => {
    expect(check("facts: []\n")).toEqual([expect.objectContaining({ path: "/", line: 1, column: 1, message: "missing required property `source`", expected: "`source`: required" })]);
  });

  it("reports an unknown property at its key, suggesting the nearest allowed name", () => {
    const text = factFileText(["publsher: Harbour Daily Group"]);
    expect(check(text)).toEqual([
      {
        file: "facts/harbour.yaml",
        path: "/source/publsher",
        line: 7,
        column: 3,
        message: "unknown property `publsher` (did you mean `publisher`?)",
        found: "`publsher`",
        expected: "one of `id`, `publisher`, `title`, `url`, `published`, `timezone`, `language`, `kind`, `note`",
      },
    ]);
  });

  it("suggests nothing when no allowed name is close, and builds the path from the top", () => {
    const diagnostics = check(`colour: blue\n${factFileText()}`);
    expect(diagnostics).toEqual([expect.objectContaining({ path: "/colour", line: 1, column: 1, message: "unknown property `colour`", expected: "one of `$schema`, `source`, `defaults`, `facts`" })]);
  });

  it("reports a value outside an enumeration at the value, listing the allowed ones", () => {
    const text = factFileText().replace("kind: secondary", "kind: tertiary");
    expect(check(text)).toEqual([
      { file: "facts/harbour.yaml", path: "/source/kind", line: 6, column: 9, message: "value is not one of the allowed values", found: '"tertiary"', expected: 'one of "primary", "secondary"' },
    ]);
  });

  it("asks for quotes around a number where the written form must be kept", () => {
    const text = factFileText().replace('value: "18.6"', "value: 18.60");
    expect(check(text)).toEqual([
      { file: "facts/harbour.yaml", path: "/facts/0/value", line: 9, column: 12, message: 'wrong type (quote it, e.g. "18.6", so its written form is kept)', found: "number 18.6", expected: "a string" },
    ]);
  });

  it("names the expected type with the right article", () => {
    const asMapping = factFileText().replace(/facts:\n[\s\S]*$/, "facts:\n  revenue: 1\n");
    expect(check(asMapping)).toEqual([expect.objectContaining({ path: "/facts", line: 8, column: 3, message: "wrong type", found: "a mapping", expected: "an array" })]);
    const asList = validateAgainstSchema("fact-file", document("list.yaml", "- source: x\n"));
    expect(asList).toEqual([expect.objectContaining({ path: "/", line: 1, column: 1, message: "wrong type", found: "a list", expected: "an object" })]);
  });

  it("explains a pattern by the first sentence of the schema's description", () => {
    const text = factFileText().replace("id: harbour-daily-q3", "id: Harbour_Daily");
    expect(check(text)).toEqual([
      { file: "facts/harbour.yaml", path: "/source/id", line: 2, column: 7, message: "value is not in the expected form", found: '"Harbour_Daily"', expected: "Stable id of the source, unique across the fact base; used in reports and in editors' reviews" },
    ]);
  });

  it("shows the pattern itself when the schema part has no description", () => {
    const diagnostics = check(factFileText([], ['value_high: "19.x"']));
    expect(diagnostics).toEqual([expect.objectContaining({ path: "/facts/0/value_high", line: 11, column: 17, found: '"19.x"', expected: "text matching ^-?(\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})+,\\d{3}|\\d+)(\\.\\d+)?$" })]);
  });

  it("reports a format error with the description", () => {
    expect(check(factFileText(['url: "not a web address"']))).toEqual([expect.objectContaining({ path: "/source/url", line: 7, column: 8, message: "value is not in the expected form", expected: "Where the source can be read" })]);
  });

  it("counts length in characters, not UTF-16 units", () => {
    const quote = (text: string) => factFileText().replace('quote: "sales reached 18.6 billion"', `quote: "${text}"`);
    // 80 emoji are 160 UTF-16 units but 80 characters: within the limit.
    expect(check(quote("📈".repeat(80)))).toEqual([]);
    expect(check(quote("营".repeat(81)))).toEqual([
      { file: "facts/harbour.yaml", path: "/facts/0/quote", line: 10, column: 12, message: "text is too long", found: "81 characters", expected: "at most 80 characters" },
    ]);
    expect(check(quote(""))).toEqual([expect.objectContaining({ path: "/facts/0/quote", message: "text is too short", found: "0 characters", expected: "at least 1 characters" })]);
  });

  it("reports every problem of a file at once", () => {
    const text = factFileText(["kind2: x"], ["measure: growth"]).replace("language: en", "language: fr");
    const diagnostics = check(text);
    expect(diagnostics.map((diagnostic) => [diagnostic.path, diagnostic.line, diagnostic.message])).toEqual(
      expect.arrayContaining([
        ["/source/kind2", 7, "unknown property `kind2` (did you mean `kind`?)"],
        ["/source/language", 5, "value is not one of the allowed values"],
        ["/facts/0/measure", 12, "value is not one of the allowed values"],
      ]),
    );
    expect(diagnostics).toHaveLength(3);
  });

  it("locates values in a JSON document too", () => {
    const json = '{\n  "source": {"id": "harbour-daily-q3", "publisher": "Harbour Daily", "title": "T", "language": "en", "kind": "secondary"},\n  "facts": [\n    {"metric": "revenue", "value": 18.6, "quote": "q"}\n  ]\n}\n';
    expect(validateAgainstSchema("fact-file", document("facts/harbour.json", json))).toEqual([expect.objectContaining({ file: "facts/harbour.json", path: "/facts/0/value", line: 4, column: 36, found: "number 18.6" })]);
  });

  describe("with the other schemas", () => {
    it("keeps the specific errors of `oneOf` branches and unescapes `~1` and `~0` in paths to locate them", () => {
      const diagnostics = validateAgainstSchema("config", document("concord.config.yaml", 'about_tolerance: "0.05"\nrules:\n  "odd/name~1": loud\n'));
      expect(diagnostics).toEqual([
        { file: "concord.config.yaml", path: "/rules/odd~1name~01", line: 3, column: 17, message: "value is not one of the allowed values", found: '"loud"', expected: 'one of "error", "warning", "info", "off"' },
        { file: "concord.config.yaml", path: "/rules/odd~1name~01", line: 3, column: 17, message: "wrong type", found: '"loud"', expected: "an object" },
      ]);
    });

    it("reports what a conditional requires, and keywords without their own wording", () => {
      const review = (lines: string[]) => validateAgainstSchema("reviews", document("facts/reviews.yaml", ["reviews:", "  - finding: contradiction-0a1b2c3d", "    verdict: source_right", ...lines.map((line) => `    ${line}`), ""].join("\n")));
      expect(review(["note: the release says 18.6", "reviewer: desk", 'date: "2025-11-02"'])).toEqual([
        { file: "facts/reviews.yaml", path: "/reviews/0", line: 2, column: 5, message: "missing required property `right`", found: "nothing", expected: "`right`: required" },
      ]);
      expect(review(["right: []", "note: the release says 18.6", "reviewer: desk", 'date: "2025-11-02"'])).toEqual([
        { file: "facts/reviews.yaml", path: "/reviews/0/right", line: 4, column: 12, message: "schema check `minItems` failed: must NOT have fewer than 1 items", found: "a list", expected: "For `source_right`: the ids of the sources whose value the evidence supports" },
      ]);
      expect(review(["right: [harbour-daily-q3]", "note: n", "reviewer: desk", 'date: "2025-02-30"'])).toEqual([expect.objectContaining({ path: "/reviews/0/date", line: 7, column: 11, message: "value is not in the expected form", found: '"2025-02-30"', expected: "When, `YYYY-MM-DD`" })]);
      expect(review(["right: [harbour-daily-q3]", "note: n", "reviewer: desk", 'date: "2025-02-28"'])).toEqual([]);
    });
  });
});

describe("readSchema", () => {
  it("reads each named schema from schemas/", () => {
    for (const [name, title] of [
      ["fact-file", "concord fact file"],
      ["config", "concord configuration"],
      ["reviews", "concord reviews"],
    ] as const) {
      expect(readSchema(name).title).toBe(title);
    }
  });
});

describe("describeValue", () => {
  it.each([
    [null, "null"],
    [[1, 2], "a list"],
    [{ a: 1 }, "a mapping"],
    ["short", '"short"'],
    [12.5, "number 12.5"],
    [false, "boolean false"],
  ])("describes %j as %s", (value, described) => {
    expect(describeValue(value)).toBe(described);
  });

  it("cuts a string over 60 characters to 57, saying how long it was", () => {
    expect(describeValue("x".repeat(60))).toBe(JSON.stringify("x".repeat(60)));
    expect(describeValue("x".repeat(61))).toBe(`${JSON.stringify("x".repeat(57))}… (61 characters)`);
  });
});

describe("closestName", () => {
  const names = ["publisher", "published", "title", "id"];

  it.each([
    ["publsher", "publisher"],
    ["pubished", "published"],
    ["titel", "title"],
    ["Title", "title"],
    ["ids", "id"],
    ["language", undefined],
    ["x", "id"], // short names allow two edits
    ["xyz", undefined],
  ])("suggests for %s: %s", (name, suggestion) => {
    expect(closestName(name, names)).toBe(suggestion);
  });

  it("prefers the first of equally close names", () => {
    expect(closestName("publishe", names)).toBe("publisher");
    expect(closestName("publishe", ["published", "publisher"])).toBe("published");
  });
});
