import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useCacheWorkspace } from "../cache-helpers.js";
import { cacheFileFor, openParseCache } from "../../src/io/parse-cache-store.js";
import { contentHash } from "../../src/load/parse-cache.js";

const workspace = useCacheWorkspace("concord-cache-");

const yaml = 'source:\n  id: s\nfacts:\n  - metric: revenue\n    value: "2,134"\n';

describe("the parse cache", () => {
  it("lives in the user's cache directory, one file per working folder, never in the checkout", () => {
    const file = cacheFileFor(path.join(workspace(), "repo"))!;
    expect(file.startsWith(path.join(workspace(), "user-cache", "concord"))).toBe(true);
    expect(cacheFileFor(path.join(workspace(), "other"))).not.toBe(file);
  });

  it("serves an unchanged file from the cache with its positions", () => {
    const repo = path.join(workspace(), "repo");
    const first = openParseCache(repo);
    const parsed = first.parse("facts/a.yaml", yaml);
    first.save();
    expect(existsSync(cacheFileFor(repo)!)).toBe(true);
    const second = openParseCache(repo).parse("facts/a.yaml", yaml);
    expect(parsed.ok && second.ok).toBe(true);
    if (second.ok && parsed.ok) {
      expect(second.document.data).toEqual(parsed.document.data);
      expect(second.document.locate(["facts", 0])).toEqual(parsed.document.locate(["facts", 0]));
    }
  });

  it("ignores a cache planted in the working folder", () => {
    const repo = path.join(workspace(), "repo");
    mkdirSync(path.join(repo, ".concord-cache"), { recursive: true });
    // (The current cache version: the forgery is refused for where it lies, not for being old.)
    const forged = { version: 3, entries: { [contentHash(yaml)]: { data: { source: { id: "s" }, facts: [{ metric: "revenue", value: "9,999" }] }, facts: [[4, 5]], top: {} } } };
    writeFileSync(path.join(repo, ".concord-cache", "parsed.json"), JSON.stringify(forged));
    const result = openParseCache(repo).parse("facts/a.yaml", yaml);
    expect(result.ok && (result.document.data as { facts: { value: string }[] }).facts[0]!.value).toBe("2,134");
  });

  // reconcile --since parses old versions through a second, small cache (kind "at-ref"), looking in
  // the large one first without adding to it.
  it("keeps old versions in a cache of their own, and looks up the large one without adding to it", () => {
    const repo = path.join(workspace(), "repo");
    expect(cacheFileFor(repo, process.env, "at-ref")).not.toBe(cacheFileFor(repo));
    expect(path.dirname(cacheFileFor(repo, process.env, "at-ref")!)).toBe(path.dirname(cacheFileFor(repo)!));
    const current = openParseCache(repo);
    expect(current.lookup("facts/a.yaml", yaml)).toBeUndefined();
    current.save();
    expect(existsSync(cacheFileFor(repo)!)).toBe(false);
    const atRef = openParseCache(repo, "at-ref");
    const parsed = atRef.parse("facts/a.yaml", yaml);
    atRef.save();
    expect(existsSync(cacheFileFor(repo, process.env, "at-ref")!)).toBe(true);
    expect(existsSync(cacheFileFor(repo)!)).toBe(false);
    const again = openParseCache(repo, "at-ref").lookup("facts/a.yaml", yaml);
    expect(again?.ok && parsed.ok && again.document.data).toEqual(parsed.ok && parsed.document.data);
    expect(again?.ok && again.document.locate(["facts", 0])).toEqual(parsed.ok && parsed.document.locate(["facts", 0]));
    expect(openParseCache(repo, "at-ref").lookup("facts/a.json", "{}")).toBeUndefined();
  });

  it("ignores a damaged cache file", () => {
    const repo = path.join(workspace(), "repo");
    const file = cacheFileFor(repo)!;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "{ not json");
    const result = openParseCache(repo).parse("facts/a.yaml", yaml);
    expect(result.ok).toBe(true);
  });
});
