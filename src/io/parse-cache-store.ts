// The on-disk side of the parse cache: `.concord-cache/parsed.json` beside the facts folder, read
// once, written whole (atomically) only when something new was parsed. A damaged or foreign cache
// file is ignored, never trusted: entries are keyed by the SHA-256 of the file's text.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, type ParseResult } from "../load/parse-document.js";
import { contentHash, fromCachedParse, toCachedParse, type CachedParse } from "../load/parse-cache.js";
import type { Parse } from "../load/load-fact-base.js";
import { writeFileAtomic } from "./write-file-atomic.js";

const CACHE_VERSION = 1;

export interface ParseCache {
  parse: Parse;
  /** Writes the cache if this run parsed anything new; drops entries for texts no longer seen. */
  save(): void;
}

export function openParseCache(folder: string): ParseCache {
  const file = path.join(folder, ".concord-cache", "parsed.json");
  let entries: Record<string, CachedParse> = {};
  try {
    if (existsSync(file)) {
      const stored = JSON.parse(readFileSync(file, "utf8")) as { version?: number; entries?: Record<string, CachedParse> };
      if (stored.version === CACHE_VERSION && stored.entries && typeof stored.entries === "object") entries = stored.entries;
    }
  } catch {
    entries = {};
  }
  const used: Record<string, CachedParse> = Object.create(null) as Record<string, CachedParse>;
  let changed = false;
  return {
    parse(name: string, text: string): ParseResult {
      // JSON has its own fast path; the cache pays off for YAML, whose parser keeps positions.
      if (/\.json$/i.test(name)) return parseDocument(name, text);
      const hash = contentHash(text);
      const hit = Object.hasOwn(entries, hash) ? entries[hash] : undefined;
      if (hit) {
        used[hash] = hit;
        return { ok: true, document: fromCachedParse(name, text, hit) };
      }
      const parsed = parseDocument(name, text);
      if (parsed.ok) {
        used[hash] = toCachedParse(parsed.document);
        changed = true;
      }
      return parsed;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(entries).length) return;
      try {
        writeFileAtomic(file, JSON.stringify({ version: CACHE_VERSION, entries: used }));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
