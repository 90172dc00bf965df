// Turns the text of a YAML or JSON file into data plus a way to find where any part of it was written.
// Both formats go through the `yaml` parser (JSON is YAML 1.2 flow syntax) so every diagnostic can name
// a line and column; JSON files are first held to strict JSON so a trailing comma is still an error.
import { isMap, isScalar, LineCounter, parseDocument as parseYamlDocument, type Document } from "yaml";
import type { Diagnostic } from "../model/types.js";
import { countKeys, indexJson, lineStarts, positionAt } from "./json-index.js";

export type JsonPath = readonly (string | number)[];

export interface ParsedDocument {
  file: string;
  data: unknown;
  /** Where the value at `path` was written; when `key` is set, where that key of the mapping was. */
  locate(path: JsonPath, key?: string): { line: number; column: number };
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; diagnostics: Diagnostic[] };

/** YAML aliases may expand at most this many times: enough for any fact file, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

export function parseDocument(file: string, rawText: string): ParseResult {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  if (text.trim() === "") {
    return failure({ file, line: 1, column: 1, path: "", message: "the file is empty", found: "no content", expected: "a fact file with `source` and `facts`" });
  }
  if (text.includes("\u0000")) {
    const at = text.indexOf("\u0000");
    const { line, column } = lineAndColumn(text, at);
    return failure({ file, line, column, path: "", message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" });
  }
  if (/\.json$/i.test(file)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return failure(strictJsonError(file, text, error as Error));
    }
    const fast = fastJsonDocument(file, text, data);
    if (fast) return { ok: true, document: fast };
    // The text repeats a key (JSON.parse kept only the last): the YAML parser reports where.
  }
  return parseYaml(file, text);
}

function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const document = parseYamlDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      diagnostics: document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line,
          column: col,
          path: "",
          message: describeYamlError(error.code, error.message),
          found: foundAt(text, error.pos[0]),
          expected: expectedFor(error.code),
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return failure({ file, line: 1, column: 1, path: "", message: `the YAML cannot be expanded: ${(error as Error).message}`, found: "aliases that expand too far", expected: `at most ${MAX_ALIAS_COUNT} alias expansions` });
  }
  return { ok: true, document: { file, data, locate: (path, key) => locate(document, lineCounter, path, key) } };
}

/**
 * JSON without repeated keys: data from JSON.parse and the positions of facts from one linear scan.
 * Any other position (only asked for when reporting a problem) comes from a full parse made then.
 */
function fastJsonDocument(file: string, text: string, data: unknown): ParsedDocument | undefined {
  const index = indexJson(text);
  if (!index || countKeys(data) !== index.keyCount) return undefined;
  let starts: Int32Array | undefined;
  let full: ParsedDocument | undefined;
  const at = (offset: number) => positionAt((starts ??= lineStarts(text)), offset);
  return {
    file,
    data,
    locate(path, key) {
      if (key === undefined && path.length === 2 && path[0] === "facts" && typeof path[1] === "number") {
        const offset = index.factOffsets[path[1]];
        if (offset !== undefined) return at(offset);
      }
      if (key === undefined && path.length === 1 && typeof path[0] === "string") {
        const offset = index.topOffsets.get(path[0]);
        if (offset !== undefined) return at(offset);
      }
      if (!full) {
        const parsed = parseYaml(file, text);
        full = parsed.ok ? parsed.document : { file, data, locate: () => ({ line: 1, column: 1 }) };
      }
      return full.locate(path, key);
    },
  };
}

function failure(diagnostic: Diagnostic): ParseResult {
  return { ok: false, diagnostics: [diagnostic] };
}

function locate(document: Document, lineCounter: LineCounter, path: JsonPath, key?: string) {
  // Walk down as far as the path exists, so a missing property points at the mapping that lacks it.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    const range = rangeOf(node);
    if (!range) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return position(lineCounter, pair.key.range[0]);
    }
    return position(lineCounter, range[0] ?? 0);
  }
  return { line: 1, column: 1 };
}

function rangeOf(node: unknown): readonly number[] | undefined {
  if (!node || typeof node !== "object" || !("range" in node)) return undefined;
  const range = (node as { range?: readonly number[] | null }).range;
  return range ?? undefined;
}

function position(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function strictJsonError(file: string, text: string, error: Error): Diagnostic {
  {
    const message = error.message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    return { file, line, column, path: "", message: `invalid JSON: ${reason}`, found: foundAt(text, offset), expected: "strict JSON (double-quoted keys and strings, no trailing commas, no comments)" };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function foundAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of file";
  const rest = text.slice(offset, offset + 20).split(/\r?\n/)[0] ?? "";
  return rest === "" ? "end of line" : JSON.stringify(rest);
}

function describeYamlError(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "duplicate key in a mapping: the second value would silently replace the first";
  const firstLine = message.split("\n")[0] ?? message;
  return `invalid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`;
}

function expectedFor(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each key once per mapping";
    case "TAB_AS_INDENT":
      return "spaces for indentation";
    default:
      return "well-formed YAML";
  }
}
