// parseDocument turns the text of a YAML or JSON file into data, plus `locate`, which says where any part
// of that data was written; every refusal is one or more diagnostics with a line, a column, what was
// found and what was expected.
import { describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "../../src/load/parse-document.js";

function parsed(file: string, text: string): ParsedDocument {
  const result = parseDocument(file, text);
  if (!result.ok) throw new Error(`expected ${file} to parse: ${JSON.stringify(result.diagnostics)}`);
  return result.document;
}

function refused(file: string, text: string) {
  const result = parseDocument(file, text);
  if (result.ok) throw new Error(`expected ${file} to be refused, got ${JSON.stringify(result.document.data)}`);
  return result.diagnostics;
}

const YAML_FILE = [
  "source:", //                              line 1
  "  id: north-wire", //                     line 2
  "  title: Quarterly figures", //           line 3
  "facts:", //                               line 4
  "  - metric: revenue", //                  line 5
  '    value: "41.2"', //                    line 6
  "  - metric: capex", //                    line 7
  '    value: "7"', //                       line 8
  "",
].join("\n");

const JSON_FILE = [
  "{", //                                                   line 1
  '  "source": {"id": "north-wire"},', //                   line 2
  '  "facts": [', //                                        line 3
  '    {"metric": "revenue", "value": "41.2"},', //         line 4
  '    {"metric": "capex",', //                             line 5
  '     "value": "7"}', //                                  line 6
  "  ]", //                                                 line 7
  "}", //                                                   line 8
  "",
].join("\n");

describe("parseDocument on YAML", () => {
  it("returns the data, keeping quoted values as strings", () => {
    const document = parsed("facts/north.yaml", YAML_FILE);
    expect(document.file).toBe("facts/north.yaml");
    expect(document.data).toEqual({
      source: { id: "north-wire", title: "Quarterly figures" },
      facts: [
        { metric: "revenue", value: "41.2" },
        { metric: "capex", value: "7" },
      ],
    });
  });

  it.each([
    [[], undefined, 1, 1],
    [["source"], undefined, 2, 3],
    [["source", "id"], undefined, 2, 7],
    [["source"], "id", 2, 3],
    [["source"], "title", 3, 3],
    [["facts", 0], undefined, 5, 5],
    [["facts", 1], undefined, 7, 5],
    [["facts", 1, "value"], undefined, 8, 12],
    [["facts", 1], "value", 8, 5],
  ] as const)("locates %j (key %s) at %i:%i", (path, key, line, column) => {
    expect(parsed("f.yaml", YAML_FILE).locate(path, key)).toEqual({ line, column });
  });

  it("points a path that goes past the data at the deepest part that exists", () => {
    const document = parsed("f.yaml", YAML_FILE);
    // facts[5] does not exist: the `facts` list (its first item's dash) is the nearest thing written.
    expect(document.locate(["facts", 5, "value"])).toEqual({ line: 5, column: 3 });
    // A key the mapping lacks: the mapping itself.
    expect(document.locate(["source"], "publisher")).toEqual({ line: 2, column: 3 });
    // Nothing of the path exists: the start of the document.
    expect(document.locate(["missing", "deeper"])).toEqual({ line: 1, column: 1 });
  });

  it("does not offer the JSON shortcut for facts", () => {
    expect(parsed("f.yaml", YAML_FILE).locateFact).toBeUndefined();
  });

  it("counts lines the same with CRLF line ends", () => {
    const document = parsed("crlf.yaml", "a: 1\r\nb:\r\n  c: 2\r\n");
    expect(document.data).toEqual({ a: 1, b: { c: 2 } });
    expect(document.locate(["b", "c"])).toEqual({ line: 3, column: 6 });
    expect(document.locate(["b"], "c")).toEqual({ line: 3, column: 3 });
  });

  it("drops a leading byte order mark, and counts columns without it", () => {
    const document = parsed("bom.yaml", "\uFEFFa: 1\n");
    expect(document.data).toEqual({ a: 1 });
    expect(document.locate(["a"])).toEqual({ line: 1, column: 4 });
  });

  it("accepts the same value repeated in different mappings", () => {
    expect(parsed("f.yaml", "- {x: 1}\n- {x: 1}\n").data).toEqual([{ x: 1 }, { x: 1 }]);
  });

  it("accepts a trailing comma in a flow mapping, which is YAML but not JSON", () => {
    expect(parsed("flow.yaml", '{"a": 1,}').data).toEqual({ a: 1 });
  });

  it("expands a few aliases defined before use", () => {
    expect(parsed("alias.yaml", "a: &unit USD\nb: *unit\n").data).toEqual({ a: "USD", b: "USD" });
  });
});

describe("parseDocument refusals common to both formats", () => {
  it.each(["empty.yaml", "empty.json"])("refuses an empty or blank file (%s)", (file) => {
    for (const text of ["", " \n\t\n", "\uFEFF"]) {
      expect(refused(file, text)).toEqual([{ file, line: 1, column: 1, path: "", message: "the file is empty", found: "no content", expected: "a fact file with `source` and `facts`" }]);
    }
  });

  it("refuses a NUL byte as binary, at its line and column", () => {
    expect(refused("bin.yaml", "a: 1\nb: x\u0000y\n")).toEqual([{ file: "bin.yaml", line: 2, column: 5, path: "", message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" }]);
  });

  it("refuses nesting past 100 levels before parsing, at the first level too many", () => {
    const tooDeep = (file: string, text: string, line: number, column: number, found: string) =>
      expect(refused(file, text)).toEqual([
        { file, line, column, path: "", message: "nesting too deep: the file cannot be parsed", found: `${found} nested more than 100 levels deep`, expected: "a fact file nested a few levels deep (source, facts, each fact, its values)" },
      ]);
    // The top-level mapping and the place after `x:` are two levels: the 99th bracket is the 101st level.
    tooDeep("deep.yaml", `x: ${"[".repeat(20_000)}${"]".repeat(20_000)}`, 1, 4 + 98, JSON.stringify("[".repeat(20)));
    // JSON that is not an object goes through the YAML parser too: the line its first `[` starts is one
    // level, so the 100th bracket is the 101st.
    tooDeep("deep.json", `${"[".repeat(20_000)}${"]".repeat(20_000)}`, 1, 1 + 99, JSON.stringify("[".repeat(20)));
    tooDeep("deep-map.yaml", `x: ${"{a: ".repeat(500)}1${"}".repeat(500)}`, 1, 4 + 98 * 4, JSON.stringify("{a: ".repeat(5)));
    tooDeep("deep-seq.yaml", `x:\n${"- ".repeat(500)}1\n`, 2, 1 + 99 * 2, JSON.stringify("- ".repeat(10)));
    const lines = Array.from({ length: 200 }, (_, depth) => `${" ".repeat(depth)}a:`);
    // A level for each line's indentation and one after its `:`: the `:` of the 100th line is the 101st.
    tooDeep("deep-block.yaml", `${lines.join("\n")} 1\n`, 100, 99 + 2, JSON.stringify(":"));
  });

  // Each of these alone was refused once the parser ran out of stack; one after another in one process the
  // fourth killed it (V8: "RegExpCompiler Allocation failed"), as a fact base of such files would.
  it("refuses one deep file after another, in one process, each at its own first level too many", () => {
    for (const depth of [1_000, 2_000, 3_000, 5_000, 1_000, 5_000]) {
      for (const [open, close] of [
        ["[", "]"],
        ["{a: ", "}"],
      ] as const) {
        const file = `deep-${depth}.yaml`;
        expect(refused(file, `x: ${open.repeat(depth)}1${close.repeat(depth)}\n`)).toEqual([
          expect.objectContaining({ file, line: 1, column: 4 + 98 * open.length, message: "nesting too deep: the file cannot be parsed", found: expect.stringMatching(/ nested more than 100 levels deep$/) }),
        ]);
      }
      const file = `deep-block-${depth}.yaml`;
      expect(refused(file, `x:\n${"- ".repeat(depth)}1\n`)).toEqual([expect.objectContaining({ file, line: 2, column: 199, message: "nesting too deep: the file cannot be parsed" })]);
    }
  });

  it("parses nesting up to the limit", () => {
    expect(parsed("f.yaml", `x: ${"[".repeat(98)}${"]".repeat(98)}`).data).toEqual({ x: JSON.parse(`${"[".repeat(98)}${"]".repeat(98)}`) });
    expect(parsed("f.yaml", `x:\n${"- ".repeat(98)}1\n`).data).toBeDefined();
  });

  it("counts no brackets in quoted scalars, block scalars or comments", () => {
    const many = "[".repeat(500);
    const text = [`a: "${many}"`, `b: '${many}'`, "c: |", `  ${many}`, `# ${many}`, `d: x ${many}`, ""].join("\n");
    expect(parsed("f.yaml", text).data).toEqual({ a: many, b: many, c: `${many}\n`, d: `x ${many}` });
  });
});

describe("parseDocument refusals of YAML", () => {
  it("refuses a repeated key at the second one", () => {
    expect(refused("dup.yaml", "metric: revenue\nvalue: 1\nmetric: capex\n")).toEqual([
      { file: "dup.yaml", line: 3, column: 1, path: "", message: "duplicate key in a mapping: the second value would silently replace the first", found: JSON.stringify("metric: capex"), expected: "each key once per mapping" },
    ]);
  });

  it.each([
    ["a number and a quoted number", '1: a\n"1": b\n'],
    ["null and the empty string", '~: a\n"": b\n'],
    ["a boolean and its quoted name", 'true: a\n"true": b\n'],
    ["two spellings of one integer", "01: a\n1: b\n"],
  ])("treats keys that become the same property as repeated: %s", (_, text) => {
    expect(refused("dup.yaml", text)).toEqual([expect.objectContaining({ line: 2, column: 1, message: expect.stringMatching(/^duplicate key/) })]);
  });

  it("finds a repeated key inside a flow mapping, at its column", () => {
    expect(refused("dup.yaml", "a: {b: 1, b: 2}\n")).toEqual([expect.objectContaining({ line: 1, column: 11, found: JSON.stringify("b: 2}") })]);
  });

  it("lists at most 100 problems, then says how many more there are and where the next one is", () => {
    const text = Array.from({ length: 151 }, (_, i) => `k: ${i}`).join("\n");
    const diagnostics = refused("many.yaml", text);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 1, found: '"k: 1"' });
    expect(diagnostics[99]).toMatchObject({ line: 101, column: 1, found: '"k: 100"' });
    expect(diagnostics[100]).toEqual({ file: "many.yaml", line: 102, column: 1, path: "", message: "invalid YAML: 50 more problems from here on are not listed", found: '"k: 101"', expected: "well-formed YAML (fix the errors above first)" });
  });

  it("refuses an alias to an anchor defined only after it", () => {
    expect(refused("alias.yaml", "a: *later\nb: &later 1\n")).toEqual([
      { file: "alias.yaml", line: 1, column: 4, path: "", message: "alias *later refers to no anchor defined before it", found: '"*later"', expected: "an anchor (`&name`) earlier in the file for each alias (`*name`)" },
    ]);
  });

  it("refuses more than 1000 aliases at the first one over the limit", () => {
    const lines = ["k0: &v 1", ...Array.from({ length: 1001 }, (_, i) => `k${i + 1}: *v`)];
    const diagnostics = refused("aliases.yaml", lines.join("\n"));
    expect(diagnostics).toEqual([
      { file: "aliases.yaml", line: 1002, column: 8, path: "", message: "too many YAML aliases: more than 1000 aliases", found: '"*v"', expected: "at most 1000 anchors and 1000 aliases (a fact file needs none)" },
    ]);
  });

  it("refuses more than 1000 anchors", () => {
    const lines = Array.from({ length: 1001 }, (_, i) => `k${i}: &a${i} 1`);
    // The parser keeps where the anchored value starts, not its `&name`: the diagnostic points at the value.
    expect(refused("anchors.yaml", lines.join("\n"))).toEqual([
      { file: "anchors.yaml", line: 1001, column: 15, path: "", message: "too many YAML anchors: more than 1000 anchors", found: '"1"', expected: "at most 1000 anchors and 1000 aliases (a fact file needs none)" },
    ]);
  });

  it("refuses a few aliases that expand into too many values", () => {
    const ten = (item: string) => `[${Array(10).fill(item).join(", ")}]`;
    const text = [`a: &a ${ten("x")}`, `b: &b ${ten("*a")}`, `c: &c ${ten("*b")}`, `d: ${ten("*c")}`].join("\n");
    expect(refused("bomb.yaml", text)).toEqual([
      { file: "bomb.yaml", line: 1, column: 1, path: "", message: expect.stringMatching(/^the YAML cannot be expanded: /), found: "aliases that expand too far", expected: "at most 1000 alias expansions" },
    ]);
  });

  it("refuses an unknown tag instead of dropping it", () => {
    expect(refused("tag.yaml", "value: !money 12\n")).toEqual([
      { file: "tag.yaml", line: 1, column: 8, path: "", message: "unknown YAML tag: !money", found: '"!money 12"', expected: "no tag: a fact file needs only plain strings, lists and mappings" },
    ]);
  });

  it("refuses a tab used as indentation", () => {
    expect(refused("tab.yaml", "source:\n\tid: x\n")).toEqual([
      { file: "tab.yaml", line: 2, column: 1, path: "", message: "invalid YAML: Tabs are not allowed as indentation", found: JSON.stringify("\tid: x"), expected: "spaces for indentation" },
    ]);
  });

  it("refuses a second document, without the parser's line and column in the message", () => {
    const [diagnostic, ...rest] = refused("two.yaml", "a: 1\n---\nb: 2\n");
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ line: 2, column: 1, found: '"---"', expected: "well-formed YAML" });
    expect(diagnostic!.message).toMatch(/^invalid YAML: .*multiple documents/);
    expect(diagnostic!.message).not.toMatch(/at line \d+/);
  });

  it("says `end of file` when the problem is at the very end", () => {
    const diagnostics = refused("open.yaml", "a: [1, 2");
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.at(-1)).toMatchObject({ line: 1, column: 9, found: "end of file" });
  });
});

describe("parseDocument on JSON", () => {
  it("returns the data of strict JSON", () => {
    expect(parsed("f.json", JSON_FILE).data).toEqual({
      source: { id: "north-wire" },
      facts: [
        { metric: "revenue", value: "41.2" },
        { metric: "capex", value: "7" },
      ],
    });
  });

  it("locates facts and top-level values from its quick index", () => {
    const document = parsed("f.json", JSON_FILE);
    expect(document.locateFact?.(0)).toEqual({ line: 4, column: 5 });
    expect(document.locateFact?.(1)).toEqual({ line: 5, column: 5 });
    expect(document.locate(["facts", 1])).toEqual({ line: 5, column: 5 });
    expect(document.locate(["source"])).toEqual({ line: 2, column: 13 });
    expect(document.locate(["facts"])).toEqual({ line: 3, column: 12 });
  });

  it("locates anything deeper, and keys, through a full parse", () => {
    const document = parsed("f.json", JSON_FILE);
    expect(document.locate(["source", "id"])).toEqual({ line: 2, column: 20 });
    expect(document.locate(["source"], "id")).toEqual({ line: 2, column: 14 });
    expect(document.locate(["facts", 1, "value"])).toEqual({ line: 6, column: 15 });
    expect(document.locate(["facts", 1], "value")).toEqual({ line: 6, column: 6 });
    // A fact index past the end: the `facts` list.
    expect(document.locateFact?.(9)).toEqual({ line: 3, column: 12 });
  });

  it("gives the same positions from the quick index as from the full parse", () => {
    const quick = parsed("f.json", JSON_FILE);
    const full = parsed("f.yaml", JSON_FILE); // the same text read as YAML takes the full-parse path
    for (const path of [["facts", 0], ["facts", 1], ["source"], ["facts"]] as const) expect(quick.locate(path)).toEqual(full.locate(path));
  });

  it("accepts a leading byte order mark", () => {
    expect(parsed("bom.json", '\uFEFF{"a": 1}').data).toEqual({ a: 1 });
  });

  it("keeps `__proto__` as plain data", () => {
    const document = parsed("proto.json", '{"facts": [], "__proto__": {"polluted": true}}');
    expect(Object.keys(document.data as object)).toEqual(["facts", "__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("holds .json files to strict JSON, whatever the case of the extension", () => {
    for (const file of ["comma.json", "comma.JSON"]) {
      expect(refused(file, '{"a": 1,}')).toEqual([
        { file, line: 1, column: 9, path: "", message: "invalid JSON: a trailing comma before `}`", found: '"}"', expected: "no comma at 1:8 (JSON allows none after the last property)" },
      ]);
    }
  });

  it("places a syntax error on a later line", () => {
    const text = '{\n  "source": {\n    "id": \'north\'\n  }\n}\n';
    expect(refused("quotes.json", text)).toEqual([
      { file: "quotes.json", line: 3, column: 11, path: "", message: "invalid JSON: single quotes", found: JSON.stringify("'north'"), expected: "a value: JSON puts strings and property names in double quotes" },
    ]);
  });

  it("refuses a line break inside a string", () => {
    expect(refused("break.json", '{"a": "x\ny"}')).toEqual([
      { file: "break.json", line: 1, column: 9, path: "", message: "invalid JSON: a control character (such as a line break or tab) inside a string", found: "end of line", expected: "an escape such as \\n or \\t, or the closing `\"`" },
    ]);
  });

  it("refuses a repeated key, which JSON.parse would drop without a word, at the second one", () => {
    expect(refused("dup.json", '{"a": {"x": 1, "y": {"x": 2, "x": 3}}}')).toEqual([
      { file: "dup.json", line: 1, column: 30, path: "", message: "duplicate key in a mapping: the second value would silently replace the first", found: JSON.stringify('"x": 3}}}'), expected: "each key once per mapping" },
    ]);
  });

  it("reads JSON whose top level is not an object through the full parse", () => {
    const document = parsed("list.json", '[\n  {"metric": "revenue"}\n]');
    expect(document.data).toEqual([{ metric: "revenue" }]);
    expect(document.locate([0, "metric"])).toEqual({ line: 2, column: 14 });
  });
});
