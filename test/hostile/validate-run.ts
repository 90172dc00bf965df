// What the hostile-input tests share (hostile-input.test.ts, and the huge inputs of
// huge-input.slow.test.ts and large-input.slow.test.ts): `concord validate` run on one file in a
// workspace of their own, the diagnostics it prints read back, and what every run must satisfy.
import { rmSync } from "node:fs";
import { afterEach, expect, it } from "vitest";
import type { Diagnostic as ModelDiagnostic } from "../../src/model/types.js";
import { useCliWorkspace, type CliWorkspace } from "../cli-helpers.js";

/** One diagnostic line: `file:line:column[ path]: message (found …; expected …)`. */
const DIAGNOSTIC = /^(?<file>[^:\n]+):(?<line>\d+):(?<column>\d+)(?: (?<path>\/\S*))?: (?<message>.+?) \(found (?<found>.+?); expected (?<expected>.+)\)$/;

/** A diagnostic as the CLI prints it: every printed one names what it found and what it expected. */
export type Diagnostic = Required<ModelDiagnostic>;

export interface Run {
  exit: number;
  stdout: string;
  stderr: string;
  diagnostics: Diagnostic[];
}

const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeNames = Object.getOwnPropertyNames(Array.prototype).sort();

/**
 * One workspace for the test file's hostile files (with the repository's taxonomy), and after each test
 * a check that nothing a fact file says reached the prototypes every object shares. Returns the
 * workspace and `validate`, which runs `concord validate facts/case/<name>` on the given bytes, alone in
 * that folder.
 */
export function useHostileWorkspace(): { workspace: CliWorkspace; validate: (name: string, content: string | Uint8Array) => Promise<Run> } {
  const workspace = useCliWorkspace("concord-hostile-", { scope: "file" });
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeNames);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeNames);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
  const validate = async (name: string, content: string | Uint8Array): Promise<Run> => {
    rmSync(workspace.file("facts/case"), { recursive: true, force: true });
    workspace.write(`facts/case/${name}`, content);
    const exit = await workspace.run("validate", `facts/case/${name}`);
    return { exit, stdout: workspace.stdout(), stderr: workspace.stderr(), diagnostics: parseDiagnostics(workspace.stderr()) };
  };
  return { workspace, validate };
}

function parseDiagnostics(stderr: string): Diagnostic[] {
  return stderr
    .split("\n")
    .map((line) => DIAGNOSTIC.exec(line)?.groups)
    .filter((groups) => groups !== undefined)
    .map((groups) => ({ file: groups.file!, line: Number(groups.line), column: Number(groups.column), path: groups.path ?? "", message: groups.message!, found: groups.found!, expected: groups.expected! }));
}

/** What every run must satisfy, whatever the input. */
export function expectWellBehaved(run: Run, name: string): void {
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

export interface Expected {
  /** `line:column` of the diagnostic. */
  at: string;
  /** JSON path, when the problem is in a value ("" for problems of the text itself). */
  path?: string;
  message: string;
  found: string;
  expected: string;
}

/** The diagnostic that matches (each field a fragment, position exact); fails with all of them shown. */
export function expectDiagnostic(run: Run, want: Expected): void {
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

export const HEADER = [
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
export const JSON_HEADER = '{"source": {"id": "generated", "publisher": "P", "title": "T", "language": "en", "kind": "primary"}, "defaults": {"entity": "AMZN", "period": "FY2025"}, ';
export const DEPTH = 10_000;
/** Nesting refused before the parser sees it, at `line:column` of the first level past the limit of 100. */
export const tooDeep = (position: string): Expected => ({ at: position, message: "nesting too deep", found: "nested more than 100 levels deep", expected: "a few levels deep" });

/** `line:column` of the first occurrence of `needle` in `text` (after `from`), as an editor counts. */
export function at(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

export interface WideSizes {
  /** YAML anchors in one file (the limit is 1,000). */
  anchors: number;
  /** Unknown keys in one fact's mapping, each reported. */
  keys: number;
  /** Keys before a repeated one in one mapping. */
  others: number;
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The generated cases whose point is their size, at the given sizes: `npm test` runs them at sizes that
 * still cross every limit they test (hostile-input.test.ts), `npm run test:slow` at tens of thousands,
 * where work that grew with the square of the size would show (huge-input.slow.test.ts).
 */
export function wideInputCases(validate: (name: string, content: string) => Promise<Run>, sizes: WideSizes): void {
  // Resolving an alias scans the anchors before it: tens of thousands of them would take minutes.
  it(`refuses ${count(sizes.anchors)} YAML anchors at the 1,001st`, async () => {
    const text = `${Array.from({ length: sizes.anchors }, (_, i) => `a${i}: &a${i} x\nb${i}: *a${i}`).join("\n")}\n`;
    const run = await validate("many-anchors.yaml", text);
    expectWellBehaved(run, "many-anchors.yaml");
    expect(run.exit).toBe(2);
    // Reported at the value that carries the 1,001st anchor.
    expectDiagnostic(run, { at: at(text, "x", text.indexOf("&a1000 ")), message: "too many YAML anchors: more than 1000 anchors", found: '"x"', expected: "at most 1000 anchors and 1000 aliases" });
  });

  it(`reports each of ${count(sizes.keys)} unknown keys in one mapping`, async () => {
    const keys = Array.from({ length: sizes.keys }, (_, at) => `k${at}`);
    const last = keys.at(-1)!;
    const fact = ["  - metric: revenue", '    value: "1"', "    unit: USD", "    quote: q", ...keys.map((key) => `    ${key}: 1`)].join("\n");
    const yaml = await validate("wide-mapping.yaml", `${HEADER}\nfacts:\n${fact}\n`);
    expectWellBehaved(yaml, "wide-mapping.yaml");
    expect(yaml.diagnostics).toHaveLength(keys.length);
    expectDiagnostic(yaml, { at: "15:5", path: "/facts/0/k0", message: "unknown property `k0`", found: "`k0`", expected: "one of `entity`" });
    expectDiagnostic(yaml, { at: `${15 + keys.length - 1}:5`, path: `/facts/0/${last}`, message: `unknown property \`${last}\``, found: `\`${last}\``, expected: "one of `entity`" });

    const json = await validate("wide-mapping.json", `${JSON_HEADER}"facts": [{"metric": "revenue", "value": "1", "unit": "USD", "quote": "q",\n${keys.map((key) => `"${key}": 1`).join(",\n")}}]}`);
    expectWellBehaved(json, "wide-mapping.json");
    expect(json.diagnostics).toHaveLength(keys.length);
    expectDiagnostic(json, { at: `${1 + keys.length}:1`, path: `/facts/0/${last}`, message: `unknown property \`${last}\``, found: `\`${last}\``, expected: "one of `entity`" });
  });

  it(`reports a YAML key repeated among ${count(sizes.others)} others`, async () => {
    const keys = Array.from({ length: sizes.others }, (_, at) => `k${at}: 1`);
    const run = await validate("wide-duplicate.yaml", `${HEADER}\n${keys.join("\n")}\nk0: 2\nfacts: []\n`);
    expectWellBehaved(run, "wide-duplicate.yaml");
    expectDiagnostic(run, { at: `${10 + keys.length}:1`, message: "duplicate key in a mapping", found: '"k0: 2"', expected: "each key once per mapping" });
  });
}
