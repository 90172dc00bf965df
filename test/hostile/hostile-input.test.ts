// Hostile input: concord runs unattended in CI on files anyone can edit. Whatever a fact file holds,
// `concord validate` must either accept it (exit 0) or exit 2 with diagnostics that name the file, a
// line and column, what was found and what was expected; never crash, hang, print a stack trace or
// touch Object.prototype. Small cases live in corpus/ (one file each, byte-exact: see its
// .gitattributes); big ones are generated here. The same
// cases at sizes of tens of thousands are in huge-input.slow.test.ts, the 2 and 50 MB files in
// large-input.slow.test.ts (`npm run test:slow`, which CI runs too).
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../helpers.js";
import { at, DEPTH, expectDiagnostic, expectWellBehaved, HEADER, JSON_HEADER, tooDeep, useHostileWorkspace, wideInputCases, type Expected } from "./validate-run.js";

const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));
const { workspace, validate } = useHostileWorkspace();

// Each corpus file and what concord must make of it: `works` (exit 0), or exit 2 with this diagnostic.
type Outcome = "works" | Expected;

const CORPUS: Record<string, Outcome> = {
  // Malformed YAML: the parser's own message, at the parser's position.
  "yaml-unclosed-flow.yaml": { at: "17:1", message: "invalid YAML: Flow sequence", found: "end of file", expected: "well-formed YAML" },
  "yaml-bad-indent.yaml": { at: "14:12", message: "invalid YAML", found: '"亿"', expected: "well-formed YAML" },
  "yaml-tab-indent.yaml": { at: "15:1", message: "invalid YAML: Tabs are not allowed as indentation", found: '"\\tunit: USD"', expected: "spaces for indentation" },
  "yaml-two-documents.yaml": { at: "17:1", message: "invalid YAML: Source contains multiple documents", found: '"---"', expected: "well-formed YAML" },
  "yaml-custom-tag.yaml": { at: "16:12", message: "unknown YAML tag: !js/function", found: "!js/function", expected: "no tag" },
  "yaml-numeric-duplicate-key.yaml": { at: "18:1", message: "duplicate key in a mapping", found: '"\\"1\\": two"', expected: "each key once per mapping" },
  // Malformed JSON: what is wrong, where the strict reading stops.
  "json-trailing-comma.json": { at: "20:5", message: "invalid JSON: a trailing comma before `}`", found: '"}"', expected: "no comma at 19:42" },
  "json-unquoted-key.json": { at: "15:7", message: "invalid JSON: a property name without quotes", found: '"metric: \\"revenue\\","', expected: "a property name in double quotes" },
  "json-comment.json": { at: "13:14", message: "invalid JSON: a comment", found: '"// the figures"', expected: "JSON has no comments" },
  "json-single-quotes.json": { at: "18:7", message: "invalid JSON: single quotes", found: "\"'unit': 'USD',\"", expected: "double quotes" },
  "json-truncated.json": { at: "20:1", message: "invalid JSON: the text ends too early", found: "end of file", expected: "`,` or `}`" },
  // Wrong types.
  "type-value-number.yaml": { at: "13:12", path: "/facts/0/value", message: "wrong type (quote it", found: "number 2134", expected: "a string" },
  "type-facts-mapping.yaml": { at: "12:3", path: "/facts", message: "wrong type", found: "a mapping", expected: "array" },
  "type-top-level-list.yaml": { at: "1:1", message: "wrong type", found: "a list", expected: "object" },
  "type-quote-number.json": { at: "19:16", path: "/facts/0/quote", message: "wrong type", found: "number 716.9", expected: "a string" },
  // Missing fields.
  "missing-quote.yaml": { at: "12:5", path: "/facts/0", message: "missing required property `quote`", found: "nothing", expected: "`quote`" },
  "missing-source.yaml": { at: "1:1", message: "missing required property `source`", found: "nothing", expected: "`source`" },
  "missing-period.yaml": { at: "11:5", path: "/facts/0", message: "the fact has no period", found: "no `period`", expected: "a period" },
  // Unknown ids.
  "unknown-entity.yaml": { at: "17:13", path: "/facts/0/entity", message: "unknown entity", found: '"AMZNN"', expected: "did you mean `AMZN`?" },
  "unknown-segment.yaml": { at: "17:14", path: "/facts/0/segment", message: "unknown segment", found: '"north_amerika"', expected: "did you mean `north_america`?" },
  "unknown-metric.yaml": { at: "12:13", path: "/facts/0/metric", message: "unknown metric", found: '"revnue"', expected: "did you mean `revenue`?" },
  "unknown-metric-constructor.yaml": { at: "12:13", path: "/facts/0/metric", message: "unknown metric", found: '"constructor"', expected: "a metric id from the taxonomy" },
  // Impossible periods.
  "period-q5.yaml": { at: "17:13", path: "/facts/0/period", message: "impossible or unreadable period", found: '"2025-Q5"', expected: "Q1 to Q4" },
  "period-feb-30.yaml": { at: "17:13", path: "/facts/0/period", message: "impossible or unreadable period", found: '"@2025-02-30"', expected: "a real date" },
  "period-ttm-month-13.yaml": { at: "17:13", path: "/facts/0/period", message: "impossible or unreadable period", found: '"TTM:2025-13-01"', expected: "a real date" },
  "period-span-reversed.yaml": { at: "16:13", path: "/facts/0/period", message: "impossible or unreadable period", found: '"FY2026..FY2016"', expected: "starts before" },
  // Numbers that are not decimals as written.
  "number-exponent.yaml": { at: "13:12", path: "/facts/0/value", message: "value is not a number as written", found: '"1e400"', expected: "a decimal string as written" },
  "number-yaml-nan.yaml": { at: "13:12", path: "/facts/0/value", message: "wrong type", found: "number NaN", expected: "a string" },
  "number-yaml-inf.yaml": { at: "13:12", path: "/facts/0/value", message: "wrong type", found: "number -Infinity", expected: "a string" },
  "number-string-nan.yaml": { at: "13:12", path: "/facts/0/value", message: "value is not a number as written", found: '"NaN"', expected: "a decimal string as written" },
  "number-string-infinity.yaml": { at: "13:12", path: "/facts/0/value", message: "value is not a number as written", found: '"Infinity"', expected: "a decimal string as written" },
  "number-fullwidth-digits.yaml": { at: "13:12", path: "/facts/0/value", message: "value is not a number as written", found: '"１２３"', expected: 'a decimal string as written, e.g. "1,271"' },
  "number-fullwidth-value-high.yaml": { at: "17:17", path: "/facts/0/value_high", message: "value is not in the expected form", found: '"１,７８５"', expected: "\\d" },
  "number-ideographic-comma.yaml": { at: "13:12", path: "/facts/0/value", message: "value is not a number as written", found: '"1、271"', expected: 'a decimal string as written, e.g. "1,271"' },
  // Nothing, or not text.
  "empty.yaml": { at: "1:1", message: "the file is empty", found: "no content", expected: "a fact file with `source` and `facts`" },
  "whitespace-only.yaml": { at: "1:1", message: "the file is empty", found: "no content", expected: "a fact file with `source` and `facts`" },
  "binary-nul.yaml": { at: "3:20", message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" },
  "binary-png.json": { at: "1:1", message: "the file is not valid UTF-8", found: "the byte 0x89 at byte offset 0", expected: "UTF-8 text" },
  "invalid-utf8.yaml": { at: "16:15", message: "the file is not valid UTF-8", found: "the byte 0xC3 at byte offset 277", expected: "UTF-8 text" },
  "invalid-utf8.json": { at: "19:28", message: "the file is not valid UTF-8", found: "the bytes 0xE6 0x9C at byte offset 346", expected: "UTF-8 text" },
  // Byte order marks and Windows line ends are ordinary text; positions count lines as editors do.
  "bom.yaml": "works",
  "bom.json": "works",
  "crlf.yaml": "works",
  "crlf.json": "works",
  "crlf-error.yaml": { at: "17:13", path: "/facts/1/metric", message: "unknown metric", found: '"revnue"', expected: "did you mean `revenue`?" },
  "crlf-error.json": { at: "21:17", path: "/facts/1/metric", message: "unknown metric", found: '"revnue"', expected: "did you mean `revenue`?" },
  "crlf-syntax-error.yaml": { at: "15:1", message: "invalid YAML: Tabs are not allowed as indentation", found: '"\\tunit: USD"', expected: "spaces for indentation" },
  "crlf-syntax-error.json": { at: "20:5", message: "invalid JSON: a trailing comma", found: '"}"', expected: "no comma at 19:42" },
  // YAML features that could hide or multiply data.
  "alias-bomb.yaml": { at: "1:1", message: "the YAML cannot be expanded", found: "aliases that expand too far", expected: "at most 1000 alias expansions" },
  "yaml-anchors.yaml": "works",
  "merge-key.yaml": { at: "12:5", path: "/facts/0/<<", message: "unknown property `<<`", found: "`<<`", expected: "one of `entity`" },
  "duplicate-key.yaml": { at: "16:5", message: "duplicate key in a mapping: the second value would silently replace the first", found: '"value: \\"9\\""', expected: "each key once per mapping" },
  "duplicate-key.json": { at: "19:7", message: "duplicate key in a mapping: the second value would silently replace the first", found: '"\\"value\\": \\"9\\","', expected: "each key once per mapping" },
  // Keys that name prototypes are unknown properties like any other.
  "proto-key.yaml": { at: "17:5", path: "/facts/0/__proto__", message: "unknown property `__proto__`", found: "`__proto__`", expected: "one of `entity`" },
  "proto-key-top.yaml": { at: "17:1", path: "/__proto__", message: "unknown property `__proto__`", found: "`__proto__`", expected: "one of `$schema`, `source`" },
  "proto-key.json": { at: "16:7", path: "/facts/0/__proto__", message: "unknown property `__proto__`", found: "`__proto__`", expected: "one of `entity`" },
  "constructor-key.yaml": { at: "17:5", path: "/facts/0/constructor", message: "unknown property `constructor`", found: "`constructor`", expected: "one of `entity`" },
  "constructor-key.json": { at: "2:3", path: "/constructor", message: "unknown property `constructor`", found: "`constructor`", expected: "one of `$schema`, `source`" },
  // Quotes are free text in any script.
  "mixed-scripts.yaml": "works",
};

describe("the hostile corpus", () => {
  it("has an expectation for every file and a file for every expectation", () => {
    const files = readdirSync(corpus).filter((name) => !name.startsWith("."));
    expect(files.sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))("%s", async (name, outcome) => {
    const run = await validate(name, readFileSync(path.join(corpus, name)));
    expectWellBehaved(run, name);
    if (outcome === "works") {
      expect(run.exit, run.stderr).toBe(0);
    } else {
      expect(run.exit).toBe(2);
      expectDiagnostic(run, outcome);
    }
  });

  it("reports invalid UTF-8 in the taxonomy as it does in a fact file", async () => {
    rmSync(workspace.file("facts/case"), { recursive: true, force: true });
    const taxonomy = readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"));
    const newline = taxonomy.indexOf(10);
    workspace.write("facts/case/taxonomy.yaml", Buffer.concat([taxonomy.subarray(0, newline + 1), Buffer.from([0x20, 0xff]), taxonomy.subarray(newline + 1)]));
    workspace.write("facts/case/facts.yaml", readFileSync(path.join(corpus, "bom.yaml")));
    const exit = await workspace.run("validate", "facts/case/facts.yaml", "--taxonomy", "facts/case/taxonomy.yaml");
    expect(exit).toBe(2);
    expect(workspace.stderr()).toBe(
      `facts/case/taxonomy.yaml:2:2: the file is not valid UTF-8 (found the byte 0xFF at byte offset ${newline + 2}, not a valid UTF-8 sequence; expected UTF-8 text (re-save the file as UTF-8))\n1 problem in 1 file\n`,
    );
  });

  it("reports a CRLF file's problems on the same lines and columns as the LF file's", async () => {
    const crlf = readFileSync(path.join(corpus, "crlf-error.yaml"), "utf8");
    expect(crlf).toContain("\r\n");
    const [withCrlf] = (await validate("crlf-error.yaml", crlf)).diagnostics;
    const [withLf] = (await validate("crlf-error.yaml", crlf.replaceAll("\r\n", "\n"))).diagnostics;
    expect(withCrlf).toEqual(withLf);
    // And the position is where `revnue` stands in the text.
    const lines = crlf.split("\r\n");
    const line = lines.findIndex((text) => text.includes("revnue"));
    expect(withCrlf).toMatchObject({ line: line + 1, column: lines[line]!.indexOf("revnue") + 1 });
  });
});

// Files too big to commit, built here.
const GENERATED: [name: string, text: string, outcome: (text: string) => Outcome][] = [
  [
    "value-200000-digits.yaml",
    `${HEADER}\nfacts:\n  - metric: revenue\n    value: "${"9".repeat(200_000)}"\n    unit: USD\n    quote: q\n`,
    () => ({ at: "12:12", path: "/facts/0/value", message: "text is too long", found: "200000 characters", expected: "at most 60 characters" }),
  ],
  [
    "value-high-200000-digits.json",
    `${JSON_HEADER}"facts": [{"metric": "revenue", "value": "1", "value_high": "${"9".repeat(200_000)}", "unit": "USD", "quote": "q"}]}`,
    (text) => ({ at: at(text, '"999'), path: "/facts/0/value_high", message: "text is too long", found: "200000 characters", expected: "at most 60 characters" }),
  ],
  // Keys that are themselves collections, nested: the YAML library expands each into its parent's key,
  // in time exponential in their depth (400 levels took 40 s). No fact file has one: refused at once. (Past
  // 100 levels they are refused as too deep before this check; 50 is already far too many to expand.)
  [
    "nested-explicit-keys.yaml",
    `${HEADER}\nfacts:\n${"? ".repeat(50)}x\n`,
    () => ({ at: "11:3", message: "a key is a list or a mapping", found: '"? ? ? ? ? ? ? ? ? ? "', expected: "a plain word as each key" }),
  ],
  // Nesting is counted before parsing: the top-level mapping and the place after `facts:` are two levels,
  // each bracket, `- ` or indented line one more; the diagnostic is at the first past 100.
  ["deep-flow-sequence.yaml", `${HEADER}\nfacts: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}\n`, () => tooDeep(`10:${8 + 98}`)],
  ["deep-flow-sequence-unclosed.yaml", `${HEADER}\nfacts: ${"[".repeat(DEPTH)}\n`, () => tooDeep(`10:${8 + 98}`)],
  ["deep-flow-mapping.yaml", `${HEADER}\nfacts: ${"{a: ".repeat(DEPTH)}1${"}".repeat(DEPTH)}\n`, () => tooDeep(`10:${8 + 98 * 4}`)],
  // Here the line's indentation (column 0) is the first level and each `- ` one more.
  ["deep-block-sequence.yaml", `${HEADER}\nfacts:\n${"- ".repeat(DEPTH)}x\n`, () => tooDeep(`11:${1 + 99 * 2}`)],
  // Each level is one line indented one space more: refused at the `:` of the 99th (line 109), with a level
  // for the top-level mapping and one after `facts:`.
  ["deep-block-mapping.yaml", `${HEADER}\nfacts:\n${Array.from({ length: 400 }, (_, depth) => `${" ".repeat(depth + 1)}a:`).join("\n")} 1\n`, () => tooDeep("109:101")],
  // JSON.parse takes any depth; concord's own passes over the data must too (the schema then says what is wrong).
  ["deep-array.json", `${JSON_HEADER}"facts": [${"[".repeat(100_000)}${"]".repeat(100_000)}]}`, (text) => ({ at: at(text, "[", text.indexOf('"facts": [') + 10), path: "/facts/0", message: "wrong type", found: "a list", expected: "object" })],
  ["deep-object.json", `${JSON_HEADER}"facts": ${'{"a": '.repeat(DEPTH)}1${"}".repeat(DEPTH)}}`, (text) => ({ at: at(text, '{"a"'), path: "/facts", message: "wrong type", found: "a mapping", expected: "array" })],
  ["deep-syntax-error.json", `${JSON_HEADER}"facts": ${"[".repeat(100_000)}}`, (text) => ({ at: at(text, "}", text.length - 1), message: "invalid JSON: unexpected character", found: '"}"', expected: "a value" })],
  // A repeated key sends JSON through the YAML parser, which must then cope with the depth: the top-level `{`
  // counts twice (as the line's content and as a bracket), so the 99th of the nested brackets is refused.
  ["deep-with-duplicate-key.json", `${JSON_HEADER}"facts": [], "facts": ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}}`, (text) => tooDeep(`1:${text.indexOf("[[") + 1 + 98}`)],
  [
    "alias-bomb-wide.yaml",
    // 1,000 aliases of one list of 1,000 aliases: a million values from a 10 KB file.
    `leaf: &leaf lol\ninner: &inner [${Array(1_000).fill("*leaf").join(", ")}]\nouter: [${Array(1_000).fill("*inner").join(", ")}]\n`,
    (text) => ({ at: at(text, "*inner"), message: "too many YAML aliases: more than 1000 aliases", found: '"*inner, *inner, *inn"', expected: "at most 1000 anchors and 1000 aliases" }),
  ],
  ["undefined-alias.yaml", `${HEADER}\nfacts:\n  - *fact\n`, () => ({ at: "11:5", message: "alias *fact refers to no anchor defined before it", found: '"*fact"', expected: "an anchor (`&name`) earlier in the file" })],
  ["self-alias.yaml", `${HEADER}\nfacts: &facts [*facts]\n`, () => ({ at: "10:16", path: "/facts/0", message: "wrong type", found: "a list", expected: "object" })],
];

describe("generated hostile files", () => {
  it.each(GENERATED)("%s", async (name, text, outcome) => {
    const run = await validate(name, text);
    expectWellBehaved(run, name);
    const expected = outcome(text);
    if (expected === "works") expect(run.exit, run.stderr).toBe(0);
    else {
      expect(run.exit).toBe(2);
      expectDiagnostic(run, expected);
    }
  });

  it("lists at most 100 YAML problems of one file, then says how many more there are", async () => {
    const broken = Array.from({ length: 500 }, (_, at) => `  - quote: "\\q${at}"`).join("\n");
    const run = await validate("many-syntax-errors.yaml", `${HEADER}\nfacts:\n${broken}\n`);
    expectWellBehaved(run, "many-syntax-errors.yaml");
    expect(run.diagnostics).toHaveLength(101);
    expectDiagnostic(run, { at: "11:13", message: "invalid YAML: Invalid escape sequence \\q", found: '"\\\\q0\\""', expected: "well-formed YAML" });
    expectDiagnostic(run, { at: "110:13", message: "invalid YAML: Invalid escape sequence \\q", found: '"\\\\q99\\""', expected: "well-formed YAML" });
    expectDiagnostic(run, { at: "111:13", message: "invalid YAML: 400 more problems from here on are not listed", found: '"\\\\q100\\""', expected: "fix the errors above first" });
  });
});

// The cases whose point is their size, at sizes that still cross every limit they test; at tens of
// thousands in huge-input.slow.test.ts.
describe("generated hostile files, wide", () => wideInputCases(validate, { anchors: 1_500, keys: 500, others: 1_000 }));
