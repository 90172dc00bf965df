// Turns the text of a YAML or JSON file into data plus a way to find where any part of it was written.
// Both formats go through the `yaml` parser (JSON is YAML 1.2 flow syntax) so every diagnostic can name
// a line and column; JSON files are first held to strict JSON so a trailing comma is still an error.
import type { Document, LineCounter, Pair, YAMLMap } from "yaml";
import { yamlLibrary } from "./libraries.js";
import type { Diagnostic } from "../model/types.js";
import { countKeys, findJsonSyntaxError, indexJson } from "./json-index.js";
import { lineAndColumn, lineStarts, positionAt } from "../model/lines.js";
import { MAX_YAML_NESTING, tooDeepOffset } from "./yaml-depth.js";

export type JsonPath = readonly (string | number)[];

export interface ParsedDocument {
  file: string;
  data: unknown;
  /** Where the value at `path` was written; when `key` is set, where that key of the mapping was. */
  locate(path: JsonPath, key?: string): { line: number; column: number };
  /** The same as `locate(["facts", index])`, where a document can answer it without building a path. */
  locateFact?(index: number): { line: number; column: number };
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; diagnostics: Diagnostic[] };

/** YAML aliases may expand at most this many times: enough for any fact file, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

/** Parses YAML, or strict JSON when the file's name ends in `.json` or `options.json` says it is JSON whatever its name. */
export function parseDocument(file: string, rawText: string, options: { json?: boolean } = {}): ParseResult {
  try {
    return parseText(file, rawText, options.json === true);
  } catch (error) {
    // Recursion anywhere in parsing (ours or a library's) must not become a crash with a stack trace.
    if (isStackOverflow(error)) return failure(tooDeep(file));
    throw error;
  }
}

function parseText(file: string, rawText: string, json: boolean): ParseResult {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  if (text.trim() === "") {
    return failure({ file, line: 1, column: 1, path: "", message: "the file is empty", found: "no content", expected: "a fact file with `source` and `facts`" });
  }
  if (text.includes("\u0000")) {
    const at = text.indexOf("\u0000");
    const { line, column } = lineAndColumn(text, at);
    return failure({ file, line, column, path: "", message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" });
  }
  if (json || /\.json$/i.test(file)) {
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

/** More distinct YAML problems than this in one file (one mistake can cascade) are summed up in one last diagnostic. */
const MAX_SYNTAX_ERRORS = 100;

function parseYaml(file: string, text: string): ParseResult {
  // Refused before the parser sees it: too deep a text can kill the process there (see yaml-depth.ts).
  const deep = tooDeepOffset(text);
  if (deep !== undefined) return failure(nestedTooDeep(file, text, deep));
  const { LineCounter: Counter, parseDocument: parseYamlDocument } = yamlLibrary();
  const lineCounter = new Counter();
  // uniqueKeys is off because the parser's own check compares each key with every earlier key of its
  // mapping (a mapping of 100,000 keys would take minutes); structureProblems does the same in one pass.
  const document = parseYamlDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  // An unknown tag is only a warning to the parser, which then reads the value as plain text: the tag
  // (and whatever its writer meant by it) would be dropped without a word, so it is an error here.
  const unresolvedTags = document.warnings.filter((warning) => warning.code === "TAG_RESOLVE_FAILED");
  const problems = [...document.errors, ...unresolvedTags].map((error): YamlProblem => ({
    offset: error.pos[0],
    // The parser catches running out of stack wherever it happens, and files it under various codes.
    code: /call stack/i.test(error.message) ? "RESOURCE_EXHAUSTION" : error.code,
    message: error.message,
  }));
  problems.push(...structureProblems(document));
  if (problems.length > 0) return { ok: false, diagnostics: yamlDiagnostics(file, text, lineCounter, problems) };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (isStackOverflow(error)) return failure(tooDeep(file));
    return failure({ file, line: 1, column: 1, path: "", message: `the YAML cannot be expanded: ${(error as Error).message}`, found: "aliases that expand too far", expected: `at most ${MAX_ALIAS_COUNT} alias expansions` });
  }
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  const safeLocate = (path: JsonPath, key?: string) => {
    try {
      return locate(document, lineCounter, keyIndex, path, key);
    } catch {
      return { line: 1, column: 1 };
    }
  };
  return { ok: true, document: { file, data, locate: safeLocate } };
}

interface YamlProblem {
  offset: number;
  code: string;
  message: string;
}

/** Problems in text order, each reported once (an unclosed bracket can repeat one error thousands of times). */
function yamlDiagnostics(file: string, text: string, lineCounter: LineCounter, problems: YamlProblem[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = problems
    .sort((a, b) => a.offset - b.offset)
    .filter((problem) => {
      // Running out of stack is one problem, however many collections it cut short.
      const key = problem.code === "RESOURCE_EXHAUSTION" ? problem.code : `${problem.offset}|${problem.code}|${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const diagnostics = unique.slice(0, MAX_SYNTAX_ERRORS).map((problem): Diagnostic => {
    // Where the parser ran out of stack depends on the engine, so too deep is reported at 1:1.
    if (problem.code === "RESOURCE_EXHAUSTION") return tooDeep(file);
    const { line, col } = lineCounter.linePos(problem.offset);
    return { file, line, column: col, path: "", message: describeYamlError(problem.code, problem.message), found: foundAt(text, problem.offset), expected: expectedFor(problem.code) };
  });
  if (unique.length > MAX_SYNTAX_ERRORS) {
    const next = unique[MAX_SYNTAX_ERRORS]!;
    const { line, col } = lineCounter.linePos(next.offset);
    diagnostics.push({ file, line, column: col, path: "", message: `invalid YAML: ${unique.length - MAX_SYNTAX_ERRORS} more problems from here on are not listed`, found: foundAt(text, next.offset), expected: "well-formed YAML (fix the errors above first)" });
  }
  return diagnostics;
}

/**
 * What the parser lets through but a fact file must not have, found in one pass over the nodes:
 * keys that repeat in a mapping (compared as the property names they become, so `1` and `"1"` are one
 * property: the later value would silently replace the earlier), aliases to anchors not defined before
 * them, and more anchors or aliases than any fact file needs (resolving each alias scans the anchors
 * before it, so their number must be bounded for the time to be).
 */
function structureProblems(document: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const references: { offset: number; anchor?: string; alias?: string }[] = [];
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (yamlLibrary().isAlias(node)) {
      references.push({ offset: node.range?.[0] ?? 0, alias: node.source });
      continue;
    }
    if ((yamlLibrary().isScalar(node) || yamlLibrary().isMap(node) || yamlLibrary().isSeq(node)) && node.anchor) references.push({ offset: node.range?.[0] ?? 0, anchor: node.anchor });
    if (yamlLibrary().isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (yamlLibrary().isScalar(pair.key)) {
          const name = propertyName(pair.key.value);
          if (seen.has(name)) problems.push({ offset: pair.key.range?.[0] ?? 0, code: "DUPLICATE_KEY", message: "Map keys must be unique" });
          seen.add(name);
        } else if (yamlLibrary().isMap(pair.key) || yamlLibrary().isSeq(pair.key)) {
          // A list or a mapping used as a key ("? - a"): no fact file has one, and expanding nested
          // ones (each stringified into its parent's key) takes time exponential in their depth.
          problems.push({ offset: pair.key.range?.[0] ?? 0, code: "COLLECTION_KEY", message: "a list or mapping used as a key" });
          pending.push(pair.value);
          continue;
        }
        pending.push(pair.key, pair.value);
      }
    } else if (yamlLibrary().isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  references.sort((a, b) => a.offset - b.offset);
  const anchors = new Set<string>();
  let aliasCount = 0;
  let anchorCount = 0;
  for (const reference of references) {
    if (reference.anchor !== undefined) {
      anchors.add(reference.anchor);
      if (++anchorCount > MAX_ALIAS_COUNT) {
        problems.push({ offset: reference.offset, code: "TOO_MANY_ANCHORS", message: `more than ${MAX_ALIAS_COUNT} anchors` });
        break;
      }
    } else if (reference.alias !== undefined) {
      if (!anchors.has(reference.alias)) problems.push({ offset: reference.offset, code: "UNDEFINED_ALIAS", message: `*${reference.alias}` });
      if (++aliasCount > MAX_ALIAS_COUNT) {
        problems.push({ offset: reference.offset, code: "TOO_MANY_ALIASES", message: `more than ${MAX_ALIAS_COUNT} aliases` });
        break;
      }
    }
  }
  return problems;
}

/** The name a scalar key gets as a property of a plain object, as `toJS` names it. */
function propertyName(value: unknown): string {
  return value === null ? "" : String(value);
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function tooDeep(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    path: "",
    message: "nesting too deep: the file cannot be parsed",
    found: "lists or mappings nested deeper than the parser can follow",
    expected: "a fact file nested a few levels deep (source, facts, each fact, its values)",
  };
}

/** Where the scan before parsing found the first level past the limit. */
function nestedTooDeep(file: string, text: string, offset: number): Diagnostic {
  return {
    ...tooDeep(file),
    ...lineAndColumn(text, offset),
    found: `${foundAt(text, offset)} nested more than ${MAX_YAML_NESTING} levels deep`,
  };
}

/**
 * JSON without repeated keys: data from JSON.parse and the positions of facts from one linear scan.
 * Any other position (only asked for when reporting a problem) comes from a full parse made then.
 */
function fastJsonDocument(file: string, text: string, data: unknown): ParsedDocument | undefined {
  const index = indexJson(text);
  if (!index || countKeys(data) !== index.keyCount) return undefined;
  let starts: number[] | undefined;
  let full: ParsedDocument | undefined;
  const at = (offset: number) => positionAt((starts ??= lineStarts(text)), offset);
  const document: ParsedDocument = {
    file,
    data,
    locateFact(position) {
      const offset = index.factOffsets[position];
      return offset !== undefined ? at(offset) : document.locate(["facts", position]);
    },
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
  return document;
}

function failure(diagnostic: Diagnostic): ParseResult {
  return { ok: false, diagnostics: [diagnostic] };
}

function locate(document: Document, lineCounter: LineCounter, keyIndex: WeakMap<YAMLMap, Map<string, Pair>>, path: JsonPath, key?: string) {
  // Walk down as far as the path exists, so a missing property points at the mapping that lacks it.
  const nodes: unknown[] = [document.contents];
  for (const segment of path) {
    const next = child(nodes[nodes.length - 1], segment, keyIndex);
    if (next === undefined) break;
    nodes.push(next);
  }
  for (let depth = nodes.length - 1; depth >= 0; depth--) {
    const node = nodes[depth];
    const range = rangeOf(node);
    if (!range) continue;
    if (key !== undefined && depth === path.length && yamlLibrary().isMap(node)) {
      const pair = pairOf(node, key, keyIndex);
      if (pair && yamlLibrary().isScalar(pair.key) && pair.key.range) return position(lineCounter, pair.key.range[0]);
    }
    return position(lineCounter, range[0] ?? 0);
  }
  return { line: 1, column: 1 };
}

/** The node at one step of a path: a mapping's value by key, a sequence's item by index. */
function child(node: unknown, segment: string | number, keyIndex: WeakMap<YAMLMap, Map<string, Pair>>): unknown {
  // Through an alias the path is not followed: the alias is where the value was written.
  if (yamlLibrary().isMap(node)) {
    const pair = pairOf(node, String(segment), keyIndex);
    return pair ? (pair.value ?? undefined) : undefined;
  }
  if (yamlLibrary().isSeq(node) && typeof segment === "number") return node.items[segment];
  return undefined;
}

/** A mapping's pair by key, through an index built once per mapping (a linear search per lookup is quadratic). */
function pairOf(map: YAMLMap, key: string, keyIndex: WeakMap<YAMLMap, Map<string, Pair>>): Pair | undefined {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!yamlLibrary().isScalar(pair.key)) continue;
      const name = propertyName(pair.key.value);
      if (!index.has(name)) index.set(name, pair as Pair);
    }
    keyIndex.set(map, index);
  }
  return index.get(key);
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
  const syntax = findJsonSyntaxError(text);
  if (syntax) return { file, ...lineAndColumn(text, syntax.offset), path: "", message: syntax.message, found: syntax.found, expected: syntax.expected };
  {
    const message = error.message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    return { file, line, column, path: "", message: `invalid JSON: ${reason}`, found: foundAt(text, offset), expected: "strict JSON (double-quoted keys and strings, no trailing commas, no comments)" };
  }
}

function foundAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of file";
  const rest = text.slice(offset, offset + 20).split(/\r?\n/)[0] ?? "";
  return rest === "" ? "end of line" : JSON.stringify(rest);
}

function describeYamlError(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "duplicate key in a mapping: the second value would silently replace the first";
  if (code === "COLLECTION_KEY") return "a key is a list or a mapping (written with `? `)";
  if (code === "UNDEFINED_ALIAS") return `alias ${message} refers to no anchor defined before it`;
  if (code === "TOO_MANY_ALIASES" || code === "TOO_MANY_ANCHORS") return `too many YAML ${code === "TOO_MANY_ALIASES" ? "aliases" : "anchors"}: ${message}`;
  if (code === "TAG_RESOLVE_FAILED") return `unknown YAML tag: ${(message.split("\n")[0] ?? message).replace(/^Unresolved tag: /, "").replace(/ at line \d+, column \d+:?$/, "")}`;
  const firstLine = message.split("\n")[0] ?? message;
  return `invalid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`;
}

function expectedFor(code: string): string {
  switch (code) {
    case "UNDEFINED_ALIAS":
      return "an anchor (`&name`) earlier in the file for each alias (`*name`)";
    case "TOO_MANY_ALIASES":
    case "TOO_MANY_ANCHORS":
      return `at most ${MAX_ALIAS_COUNT} anchors and ${MAX_ALIAS_COUNT} aliases (a fact file needs none)`;
    case "TAG_RESOLVE_FAILED":
      return "no tag: a fact file needs only plain strings, lists and mappings";
    case "DUPLICATE_KEY":
      return "each key once per mapping";
    case "COLLECTION_KEY":
      return "a plain word as each key";
    case "TAB_AS_INDENT":
      return "spaces for indentation";
    default:
      return "well-formed YAML";
  }
}
