// The quick JSON index (where each fact starts, how many keys the text holds), the strict JSON scanner
// that names what is wrong and where, and the offset → line:column lookup. Random texts are in
// json-index.property.test.ts; these are worked examples with exact positions and messages.
import { describe, expect, it } from "vitest";
import { countKeys, findJsonSyntaxError, indexJson } from "../../src/load/json-index.js";

describe("indexJson", () => {
  const text = [
    "{",
    '  "source": {"id": "harbour-daily", "tags": ["a}", "b]"]},',
    '  "facts": [',
    '    {"metric": "revenue", "quote": "up 4% \\"year on year\\" {sic}"},',
    '    {"metric": "capex", "note": "a \\\\"}',
    "  ],",
    '  "defaults": {"unit": "USD"}',
    "}",
  ].join("\n");

  it("records where each fact starts, past braces and quotes inside strings", () => {
    const index = indexJson(text)!;
    expect(index.factOffsets).toEqual([text.indexOf('{"metric": "revenue"'), text.indexOf('{"metric": "capex"')]);
  });

  it("records where each top-level value starts", () => {
    const index = indexJson(text)!;
    expect([...index.topOffsets.keys()]).toEqual(["source", "facts", "defaults"]);
    expect(index.topOffsets.get("source")).toBe(text.indexOf('{"id"'));
    expect(index.topOffsets.get("facts")).toBe(text.indexOf('"facts": [') + '"facts": '.length);
    expect(index.topOffsets.get("defaults")).toBe(text.indexOf('{"unit"'));
  });

  it("counts every key at every depth, and as many as countKeys finds in the parsed data", () => {
    // source, id, tags, facts, metric, quote, metric, note, defaults, unit
    expect(indexJson(text)!.keyCount).toBe(10);
    expect(countKeys(JSON.parse(text))).toBe(10);
  });

  it("counts a repeated key twice, where the parsed data has it once", () => {
    const repeated = '{"facts": [{"value": "1", "value": "2"}]}';
    expect(indexJson(repeated)!.keyCount).toBe(3);
    expect(countKeys(JSON.parse(repeated))).toBe(2);
  });

  it("indexes facts that are not objects, and an empty list", () => {
    const scalars = '{"facts": [1, "two" , null,[3]]}';
    expect(indexJson(scalars)!.factOffsets).toEqual([11, 14, 22, 27]);
    expect(indexJson('{"facts": []}')).toEqual({ factOffsets: [], topOffsets: new Map([["facts", 10]]), keyCount: 1 });
  });

  it("only indexes `facts` at the top level, and only when it is a list", () => {
    expect(indexJson('{"other": {"facts": [1, 2]}}')!.factOffsets).toEqual([]);
    const mapping = indexJson('{"facts": {"a": 1}}')!;
    expect(mapping.factOffsets).toEqual([]);
    expect(mapping.keyCount).toBe(2);
  });

  it("reads key names as JSON.parse does, escapes included", () => {
    const escaped = indexJson('{"fa\\u0063ts": [true], "a\\"b": 0}')!;
    expect([...escaped.topOffsets.keys()]).toEqual(["facts", 'a"b']);
    expect(escaped.factOffsets).toEqual([16]);
  });

  it("returns an empty index for an empty object, whitespace around it", () => {
    expect(indexJson(" \n\t{ }\n")).toEqual({ factOffsets: [], topOffsets: new Map(), keyCount: 0 });
  });

  it.each(["[1, 2]", '"facts"', "12", "null"])("returns undefined when the top level is not an object: %s", (json) => {
    expect(indexJson(json)).toBeUndefined();
  });
});

describe("countKeys", () => {
  it.each([
    [null, 0],
    [42, 0],
    ["text", 0],
    [[], 0],
    [[1, "a", null, [2, [3]]], 0],
    [{}, 0],
    [{ a: 1, b: { c: [{ d: 1, e: 2 }, { f: null }] } }, 6],
  ])("counts the keys of %j as %i", (value, keys) => {
    expect(countKeys(value)).toBe(keys);
  });
});

describe("findJsonSyntaxError", () => {
  it.each(["{}", "[]", "0", "-0.5e-3", '"\\u00e9\\n\\/"', '{"a": [1, -2.5E+3, true, false, null, {}], "b": {"c": ""}}', " \n {\"a\" : 1 } \n "])("accepts valid JSON: %s", (json) => {
    expect(findJsonSyntaxError(json)).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 8, "a trailing comma before `}`", '"}"', "no comma at 1:8 (JSON allows none after the last property)"],
    ["[1, 2,\n]", 7, "a trailing comma before `]`", '"]"', "no comma at 1:6 (JSON allows none after the last element)"],
    ["{'a': 1}", 1, "single quotes", JSON.stringify("'a': 1}"), "a property name in double quotes: JSON puts strings and property names in double quotes"],
    ['{"a": 1 /* note */}', 8, "a comment", JSON.stringify("/* note */}"), "`,` or `}`: JSON has no comments (a YAML fact file may have them)"],
    ["{a: 1}", 1, "a property name without quotes", '"a: 1}"', "a property name in double quotes"],
    ['{"a": yes}', 6, "not a JSON value", '"yes}"', "a value: a string in double quotes, a number, true, false or null"],
    ["[+1]", 1, "not a JSON value", '"+1]"', "a value: a string in double quotes, a number, true, false or null"],
    ['{"a" 1}', 5, "unexpected character", '"1}"', "`:` after the property name"],
    ['{"a": 1 "b": 2}', 8, "unexpected character", JSON.stringify('"b": 2}'), "`,` or `}`"],
    ["[1 2]", 3, "unexpected character", '"2]"', "`,` or `]`"],
    ["{} x", 3, "unexpected character", '"x"', "nothing after the end of the JSON value"],
    ['{"a": ', 6, "the text ends too early", "end of file", "a value"],
    ['{"a": 1', 7, "the text ends too early", "end of file", "`,` or `}`"],
    ["", 0, "the text ends too early", "end of file", "a value"],
  ])("places the error in %j at offset %i: %s", (json, offset, message, found, expected) => {
    expect(findJsonSyntaxError(json)).toEqual({ offset, message: `invalid JSON: ${message}`, found, expected });
  });

  it.each([
    ['{"a": 12abc}', '"12abc"'],
    ["[01]", '"01"'],
    ["[1.]", '"1."'],
    ["[1.5.2]", '"1.5.2"'],
    ["[-]", '"-"'],
  ])("refuses %j as not a JSON number, showing %s", (json, found) => {
    const error = findJsonSyntaxError(json);
    expect(error).toMatchObject({ message: "invalid JSON: not a JSON number", found, expected: "a number such as 12, -3.5 or 1e6 (no leading zeros, no leading + or ., digits after the point)" });
    expect(error!.offset).toBe(json.indexOf(JSON.parse(found) as string));
  });

  it("refuses control characters and bad escapes inside strings, at the offending character", () => {
    expect(findJsonSyntaxError('["a\tb"]')).toEqual({ offset: 3, message: "invalid JSON: a control character (such as a line break or tab) inside a string", found: JSON.stringify('\tb"]'), expected: "an escape such as \\n or \\t, or the closing `\"`" });
    expect(findJsonSyntaxError('["a\\xb"]')).toMatchObject({ offset: 3, message: "invalid JSON: a bad escape", expected: 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX' });
    expect(findJsonSyntaxError('["\\u12G4"]')).toMatchObject({ offset: 2, message: "invalid JSON: a bad \\u escape", expected: "\\u and four hex digits" });
  });

  it("names where a string that never ends began, as line:column", () => {
    const json = '{\n  "a": "never closed';
    expect(findJsonSyntaxError(json)).toEqual({ offset: json.length, message: "invalid JSON: a string that never ends", found: "end of file", expected: "the closing `\"` of the string that starts at 2:8" });
  });

  it("names the line:column of a trailing comma on an earlier line", () => {
    const json = '{\n  "a": 1,\n  "b": 2,\n}';
    expect(findJsonSyntaxError(json)).toMatchObject({ offset: json.length - 1, message: "invalid JSON: a trailing comma before `}`", expected: "no comma at 3:9 (JSON allows none after the last property)" });
  });

  it("shows what follows the error up to the end of its line, or says where the text ends", () => {
    expect(findJsonSyntaxError('{"a":\n}')).toMatchObject({ offset: 6, found: '"}"' });
    expect(findJsonSyntaxError('{"a": 1\n\n')).toMatchObject({ offset: 9, found: "end of file" });
    expect(findJsonSyntaxError('[1,\n,2]')).toMatchObject({ offset: 4, message: "invalid JSON: unexpected character", found: '",2]"' });
    expect(findJsonSyntaxError('["x\n"]')).toMatchObject({ offset: 3, found: "end of line" });
  });
});
