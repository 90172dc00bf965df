// The on-disk side of the parse cache: one file per working folder in the user's cache directory
// ($XDG_CACHE_HOME/concord or ~/.cache/concord), never inside the checkout, so a pull request cannot
// plant parsed data that disagrees with the files it claims to be. Read once, written whole
// (atomically) only when something new was parsed; a damaged cache is ignored. Entries are keyed by
// the SHA-256 of the file's text.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { parseDocument, type ParseResult } from "../load/parse-document.js";
import { contentHash, fromCachedParse, toCachedParse, type CachedParse } from "../load/parse-cache.js";
import type { Parse } from "../load/load-fact-base.js";
import { writeFileAtomic } from "./write-file-atomic.js";

/** Bumped whenever parsing changes what it accepts, so old entries are not trusted (3: YAML nested more than 100 levels is refused). */
const CACHE_VERSION = 3;

export interface ParseCache {
  parse: Parse;
  /** The cached parse of a text, if the cache holds it; nothing is parsed or recorded. */
  lookup(name: string, text: string): ParseResult | undefined;
  /**
   * Writes the cache if this run parsed anything new; drops entries for texts no longer seen. May be
   * called again after more parsing (reconcile --since parses old versions after the current files):
   * it writes again only if something was parsed or used since.
   */
  save(): void;
}

/**
 * Where the cache for a working folder lives; undefined when there is no home to keep it in. `kind`
 * "at-ref" is a second, small cache beside it for the old versions `reconcile --since` parses (see
 * openParseCache): kept apart, so that a run over the current files, which drops what it did not
 * use, does not rewrite the large cache to drop them, nor a --since run to add them back.
 */
export function cacheFileFor(folder: string, environment: NodeJS.ProcessEnv = process.env, kind: "current" | "at-ref" = "current"): string | undefined {
  const root = environment.XDG_CACHE_HOME || (homedir() ? path.join(homedir(), ".cache") : undefined);
  if (!root) return undefined;
  const id = createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16);
  return path.join(root, "concord", `parsed-${kind === "at-ref" ? "at-ref-" : ""}${id}.json`);
}

export function openParseCache(folder: string, kind: "current" | "at-ref" = "current"): ParseCache {
  const file = cacheFileFor(folder, process.env, kind);
  if (!file) return { parse: parseDocument, lookup: () => undefined, save() {} };
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
  let written = Object.keys(entries).length;
  return {
    lookup(name: string, text: string): ParseResult | undefined {
      if (/\.json$/i.test(name)) return undefined;
      const hash = contentHash(text);
      const hit = Object.hasOwn(entries, hash) ? entries[hash] : undefined;
      return hit ? { ok: true, document: fromCachedParse(name, text, hit) } : undefined;
    },
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
      const count = Object.keys(used).length;
      if (!changed && count === written) return;
      changed = false;
      written = count;
      try {
        writeFileAtomic(file, JSON.stringify({ version: CACHE_VERSION, entries: used }));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
