// The taxonomy, the largest YAML file of a fact base, goes through the same content-hash parse cache
// as the fact files: parsed once, read back on later runs, with the same result and the same positions
// in its diagnostics.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useCacheWorkspace } from "../cache-helpers.js";
import { cacheFileFor, openParseCache } from "../../src/io/parse-cache-store.js";
import { loadTaxonomy } from "../../src/load/load-fact-base.js";
import { contentHash } from "../../src/load/parse-cache.js";
import { main } from "../../src/cli.js";
import { factFile, repositoryRoot } from "../helpers.js";

const workspace = useCacheWorkspace("concord-taxonomy-cache-");

const taxonomyText = readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"), "utf8");
const storedHashes = (folder: string) => Object.keys((JSON.parse(readFileSync(cacheFileFor(folder)!, "utf8")) as { entries: object }).entries);

describe("the taxonomy in the parse cache", () => {
  it("is stored by `concord validate` under its content hash, next to the fact files", async () => {
    const repo = path.join(workspace(), "repo");
    const facts = path.join(repo, "facts");
    const text = factFile(["  - metric: revenue", '    value: "2,134"', "    scale: 亿", "    unit: USD", "    quote: 营收 2,134 亿美元, ok"].join("\n"));
    mkdirSync(facts, { recursive: true });
    writeFileSync(path.join(facts, "taxonomy.yaml"), taxonomyText);
    writeFileSync(path.join(facts, "a.yaml"), text);
    const out: string[] = [];
    const run = () => main(["validate"], { cwd: repo, stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    expect(await run()).toBe(0);
    expect(storedHashes(repo).sort()).toEqual([contentHash(taxonomyText), contentHash(text)].sort());
    expect(await run()).toBe(0);
    expect(out.join("")).toBe("1 file, 1 source, 1 fact: no problems\n".repeat(2));
  });

  it("read back from the cache builds the same taxonomy, without parsing it again", () => {
    const first = openParseCache(workspace());
    const fresh = loadTaxonomy({ file: "facts/taxonomy.yaml", text: taxonomyText }, first.parse);
    first.save();
    expect(storedHashes(workspace())).toEqual([contentHash(taxonomyText)]);
    expect(fresh.diagnostics).toEqual([]);
    expect(loadTaxonomy({ file: "facts/taxonomy.yaml", text: taxonomyText }, openParseCache(workspace()).parse).taxonomy).toEqual(fresh.taxonomy);
    // Served from the cache, not parsed: a name changed in the stored data shows in the result.
    const file = cacheFileFor(workspace())!;
    const stored = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, { data: { entities: Record<string, { name: string }> } }> };
    const [entity] = Object.keys(stored.entries[contentHash(taxonomyText)]!.data.entities);
    stored.entries[contentHash(taxonomyText)]!.data.entities[entity!]!.name = "Read from the cache";
    writeFileSync(file, JSON.stringify(stored));
    expect(loadTaxonomy({ file: "facts/taxonomy.yaml", text: taxonomyText }, openParseCache(workspace()).parse).taxonomy?.entities.get(entity!)?.name).toBe("Read from the cache");
  });

  it("read back from the cache puts its problems at the same line and column", () => {
    // Schema-valid, so it is cached; the parent that is no segment is found when the taxonomy is built.
    const broken = taxonomyText.replace("\n  north_america:\n", "\n  orphan:\n    name: Orphan\n    kind: reportable\n    parent: nowhere\n    aliases: { zh-Hans: [孤儿], zh-Hant: [孤兒], en: [orphan] }\n  north_america:\n");
    const first = openParseCache(workspace());
    const fresh = loadTaxonomy({ file: "facts/taxonomy.yaml", text: broken }, first.parse);
    first.save();
    const cached = loadTaxonomy({ file: "facts/taxonomy.yaml", text: broken }, openParseCache(workspace()).parse);
    expect(fresh.taxonomy).toBeUndefined();
    expect(fresh.diagnostics).toEqual([expect.objectContaining({ line: broken.split("\n").indexOf("    parent: nowhere") + 1, path: "/segments/orphan/parent" })]);
    expect(cached.diagnostics).toEqual(fresh.diagnostics);
  });
});
