// Parsed YAML, kept by content hash so an unchanged file is not parsed again: the data plus the
// positions of its facts and top-level blocks. Anything else a diagnostic needs is found by parsing
// the text again, which happens only when a file has a problem.
import { createHash } from "node:crypto";
import { parseDocument, type JsonPath, type ParsedDocument, type ParseResult } from "./parse-document.js";

export interface CachedParse {
  data: unknown;
  /** [line, column] of each element of `facts`. */
  facts: [number, number][];
  /** [line, column] of each top-level property's value. */
  top: Record<string, [number, number]>;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function toCachedParse(document: ParsedDocument): CachedParse {
  const data = document.data as { facts?: unknown };
  const facts = Array.isArray(data?.facts) ? data.facts.map((_, index) => pair(document.locate(["facts", index]))) : [];
  const top: Record<string, [number, number]> = {};
  if (data && typeof data === "object" && !Array.isArray(data)) for (const key of Object.keys(data)) top[key] = pair(document.locate([key]));
  return { data: document.data, facts, top };
}

export function fromCachedParse(file: string, text: string, cached: CachedParse): ParsedDocument {
  let full: ParseResult | undefined;
  return {
    file,
    data: cached.data,
    locate(path: JsonPath, key?: string) {
      if (key === undefined && path.length === 2 && path[0] === "facts" && typeof path[1] === "number") {
        const at = cached.facts[path[1]];
        if (at) return { line: at[0], column: at[1] };
      }
      if (key === undefined && path.length === 1 && typeof path[0] === "string") {
        const at = Object.hasOwn(cached.top, path[0]) ? cached.top[path[0]] : undefined;
        if (at) return { line: at[0], column: at[1] };
      }
      full ??= parseDocument(file, text);
      return full.ok ? full.document.locate(path, key) : { line: 1, column: 1 };
    },
  };
}

function pair(position: { line: number; column: number }): [number, number] {
  return [position.line, position.column];
}
