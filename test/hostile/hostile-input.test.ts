// Hostile input: concord runs unattended in CI on files anyone can edit. Whatever a fact file holds,
// `concord validate` must either accept it (exit 0) or exit 2 with diagnostics that name the file, a
// line and column, what was found and what was expected; never crash, hang, print a stack trace or
// touch Object.prototype. Small cases live in corpus/ (one file each, byte-exact: see its
// .gitattributes); big ones are generated here. The 50 MB cases are in large-input.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { repositoryRoot } from "../helpers.js";

const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));

/** One diagnostic line: `file:line:column[ path]: message (found …; expected …)`. */
const DIAGNOSTIC = /^(?<file>[^:\n]+):(?<line>\d+):(?<column>\d+)(?: (?<path>\/\S*))?: (?<message>.+?) \(found (?<found>.+?); expected (?<expected>.+)\)$/;

interface Diagnostic {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
  found: string;
  expected: string;
}

interface Run {
  exit: number;
  stdout: string;
  stderr: string;
  diagnostics: Diagnostic[];
}

let workspace: string;
const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeNames = Object.getOwnPropertyNames(Array.prototype).sort();

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "concord-hostile-"));
  mkdirSync(path.join(workspace, "facts"));
  copyFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"), path.join(workspace, "facts/taxonomy.yaml"));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

afterEach(() => {
  // Nothing a fact file says may reach the prototypes every object shares.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeNames);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeNames);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** Runs `concord validate facts/<name>` on the given bytes, alone in the facts folder. */
async function validate(name: string, content: string | Uint8Array): Promise<Run> {
  const folder = path.join(workspace, "facts", "case");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  writeFileSync(path.join(folder, name), content);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exit = await main(["validate", `facts/case/${name}`], { cwd: workspace, stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
  const err = stderr.join("");
  return { exit, stdout: stdout.join(""), stderr: err, diagnostics: parseDiagnostics(err) };
}

function parseDiagnostics(stderr: string): Diagnostic[] {
  return stderr
    .split("\n")
    .map((line) => DIAGNOSTIC.exec(line)?.groups)
    .filter((groups) => groups !== undefined)
    .map((groups) => ({ file: groups.file!, line: Number(groups.line), column: Number(groups.column), path: groups.path ?? "", message: groups.message!, found: groups.found!, expected: groups.expected! }));
}

/** What every run must satisfy, whatever the input. */
function expectWellBehaved(run: Run, name: string): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/\n\s+at /); // no stack trace
  expect(output).not.toContain("unexpected error");
  expect([0, 2]).toContain(run.exit);
  if (run.exit === 0) {
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^1 file, 1 source, (1 fact|\d+ facts): no problems\n$/);
    return;
  }
  // Exit 2: every line but the closing count is a complete diagnostic for this file.
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines.at(-1)).toMatch(/^\d+ problems? in 1 file$/);
  expect(lines.slice(0, -1).filter((line) => !DIAGNOSTIC.test(line))).toEqual([]);
  expect(run.diagnostics.length).toBe(lines.length - 1);
  const incomplete = run.diagnostics.filter(
    (d) => d.file !== `facts/case/${name}` || d.line < 1 || d.column < 1 || d.message === "" || d.found === "" || d.expected === "",
  );
  expect(incomplete).toEqual([]);
}

interface Expected {
  /** `line:column` of the diagnostic. */
  at: string;
  /** JSON path, when the problem is in a value ("" for problems of the text itself). */
  path?: string;
  message: string;
  found: string;
  expected: string;
}

/** The diagnostic that matches (each field a fragment, position exact); fails with all of them shown. */
function expectDiagnostic(run: Run, want: Expected): void {
  const matches = run.diagnostics.filter(
    (d) =>
      `${d.line}:${d.column}` === want.at &&
      (want.path === undefined || d.path === want.path) &&
      d.message.includes(want.message) &&
      d.found.includes(want.found) &&
      d.expected.includes(want.expected),
  );
  expect(matches, `no diagnostic like ${JSON.stringify(want)} in:\n${run.stderr}`).not.toEqual([]);
}

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
    const folder = path.join(workspace, "facts", "case");
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const taxonomy = readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"));
    const newline = taxonomy.indexOf(10);
    writeFileSync(path.join(folder, "taxonomy.yaml"), Buffer.concat([taxonomy.subarray(0, newline + 1), Buffer.from([0x20, 0xff]), taxonomy.subarray(newline + 1)]));
    copyFileSync(path.join(corpus, "bom.yaml"), path.join(folder, "facts.yaml"));
    const stderr: string[] = [];
    const exit = await main(["validate", "facts/case/facts.yaml", "--taxonomy", "facts/case/taxonomy.yaml"], { cwd: workspace, stdout: () => {}, stderr: (text) => stderr.push(text) });
    expect(exit).toBe(2);
    expect(stderr.join("")).toBe(
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

const HEADER = [
  "source:",
  "  id: generated",
  "  publisher: Test Wire",
  "  title: A generated hostile file",
  "  language: en",
  "  kind: secondary",
  "defaults:",
  "  entity: AMZN",
  "  period: 2025-Q4",
].join("\n");
const JSON_HEADER = '{"source": {"id": "generated", "publisher": "P", "title": "T", "language": "en", "kind": "primary"}, "defaults": {"entity": "AMZN", "period": "FY2025"}, ';
const DEPTH = 10_000;
const TOO_DEEP: Expected = { at: "1:1", message: "nesting too deep", found: "nested deeper than the parser can follow", expected: "a few levels deep" };

/** `line:column` of the first occurrence of `needle` in `text` (after `from`), as an editor counts. */
function at(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

// Files too big to commit, built here; each must be handled well within the per-test timeout.
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
  // in time exponential in their depth (400 levels took 40 s). No fact file has one: refused at once.
  [
    "nested-explicit-keys.yaml",
    `${HEADER}\nfacts:\n${"? ".repeat(300)}x\n`,
    () => ({ at: "11:3", message: "a key is a list or a mapping", found: '"? ? ? ? ? ? ? ? ? ? "', expected: "a plain word as each key" }),
  ],
  ["deep-flow-sequence.yaml", `${HEADER}\nfacts: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}\n`, () => TOO_DEEP],
  ["deep-flow-sequence-unclosed.yaml", `${HEADER}\nfacts: ${"[".repeat(DEPTH)}\n`, () => TOO_DEEP],
  ["deep-flow-mapping.yaml", `${HEADER}\nfacts: ${"{a: ".repeat(DEPTH)}1${"}".repeat(DEPTH)}\n`, () => TOO_DEEP],
  ["deep-block-sequence.yaml", `${HEADER}\nfacts:\n${"- ".repeat(DEPTH)}x\n`, () => TOO_DEEP],
  // Each level is one line indented one space more, so the file grows with the square of the depth. At 2,000
  // levels the parser's stack held once its code was optimised (after other test files had run it); 4,000 is
  // beyond that with a margin, at 8 MB.
  ["deep-block-mapping.yaml", `${HEADER}\nfacts:\n${Array.from({ length: 4_000 }, (_, depth) => `${" ".repeat(depth + 1)}a:`).join("\n")} 1\n`, () => TOO_DEEP],
  // JSON.parse takes any depth; concord's own passes over the data must too (the schema then says what is wrong).
  ["deep-array.json", `${JSON_HEADER}"facts": [${"[".repeat(100_000)}${"]".repeat(100_000)}]}`, (text) => ({ at: at(text, "[", text.indexOf('"facts": [') + 10), path: "/facts/0", message: "wrong type", found: "a list", expected: "object" })],
  ["deep-object.json", `${JSON_HEADER}"facts": ${'{"a": '.repeat(DEPTH)}1${"}".repeat(DEPTH)}}`, (text) => ({ at: at(text, '{"a"'), path: "/facts", message: "wrong type", found: "a mapping", expected: "array" })],
  ["deep-syntax-error.json", `${JSON_HEADER}"facts": ${"[".repeat(100_000)}}`, (text) => ({ at: at(text, "}", text.length - 1), message: "invalid JSON: unexpected character", found: '"}"', expected: "a value" })],
  // A repeated key sends JSON through the YAML parser, which must then cope with the depth.
  ["deep-with-duplicate-key.json", `${JSON_HEADER}"facts": [], "facts": ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}}`, () => TOO_DEEP],
  // Resolving an alias scans the anchors before it: tens of thousands of them would take minutes.
  [
    "many-anchors.yaml",
    `${Array.from({ length: 50_000 }, (_, i) => `a${i}: &a${i} x\nb${i}: *a${i}`).join("\n")}\n`,
    // Reported at the value that carries the 1,001st anchor.
    (text) => ({ at: at(text, "x", text.indexOf("&a1000 ")), message: "too many YAML anchors: more than 1000 anchors", found: '"x"', expected: "at most 1000 anchors and 1000 aliases" }),
  ],
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
  it.each(GENERATED)("%s", { timeout: 20_000 }, async (name, text, outcome) => {
    const run = await validate(name, text);
    expectWellBehaved(run, name);
    const expected = outcome(text);
    if (expected === "works") expect(run.exit, run.stderr).toBe(0);
    else {
      expect(run.exit).toBe(2);
      expectDiagnostic(run, expected);
    }
  });

  it("reports each of 20,000 unknown keys in one mapping, in time linear in their number", { timeout: 20_000 }, async () => {
    const keys = Array.from({ length: 20_000 }, (_, at) => `k${at}`);
    const fact = ["  - metric: revenue", '    value: "1"', "    unit: USD", "    quote: q", ...keys.map((key) => `    ${key}: 1`)].join("\n");
    const yaml = await validate("wide-mapping.yaml", `${HEADER}\nfacts:\n${fact}\n`);
    expectWellBehaved(yaml, "wide-mapping.yaml");
    expect(yaml.diagnostics).toHaveLength(keys.length);
    expectDiagnostic(yaml, { at: "15:5", path: "/facts/0/k0", message: "unknown property `k0`", found: "`k0`", expected: "one of `entity`" });
    expectDiagnostic(yaml, { at: `${15 + keys.length - 1}:5`, path: "/facts/0/k19999", message: "unknown property `k19999`", found: "`k19999`", expected: "one of `entity`" });

    const json = await validate("wide-mapping.json", `${JSON_HEADER}"facts": [{"metric": "revenue", "value": "1", "unit": "USD", "quote": "q",\n${keys.map((key) => `"${key}": 1`).join(",\n")}}]}`);
    expectWellBehaved(json, "wide-mapping.json");
    expect(json.diagnostics).toHaveLength(keys.length);
    expectDiagnostic(json, { at: `${1 + keys.length}:1`, path: "/facts/0/k19999", message: "unknown property `k19999`", found: "`k19999`", expected: "one of `entity`" });
  });

  it("reports a YAML key repeated among 50,000 others", { timeout: 20_000 }, async () => {
    const keys = Array.from({ length: 50_000 }, (_, at) => `k${at}: 1`);
    const run = await validate("wide-duplicate.yaml", `${HEADER}\n${keys.join("\n")}\nk0: 2\nfacts: []\n`);
    expectWellBehaved(run, "wide-duplicate.yaml");
    expectDiagnostic(run, { at: `${10 + keys.length}:1`, message: "duplicate key in a mapping", found: '"k0: 2"', expected: "each key once per mapping" });
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
