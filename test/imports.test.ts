// The import graph of src/ has no cycle, type-only imports included, and the ground floor (src/model/)
// imports nothing above it. The graph is TypeScript's own: each module's imports as its scanner finds
// them (`import type`, re-exports and `import()` types included), resolved as tsc resolves them with
// tsconfig.json. It is what madge gave, edge for edge, without building a syntax tree of every module:
// madge took most of ten seconds of each run, mostly on the generated validators.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = path.join(root, "src");

/**
 * src/'s modules, each with the modules of src/ it imports (paths from src/); a file of another kind
 * that a module imports (JSON) is in the graph too, importing nothing. Imports that name a file of
 * src/ that does not resolve are listed apart. Packages and Node's own modules are not in the graph.
 * Type-only imports are edges like any other: a cycle of types is still a knot in the design.
 */
function importGraph(): { graph: Record<string, string[]>; unresolved: string[] } {
  const { options } = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host = ts.createCompilerHost(options);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const graph: Record<string, string[]> = {};
  const unresolved: string[] = [];
  for (const module of tsFiles(src)) {
    const file = path.join(src, module);
    const targets = new Set<string>();
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      // Resolved as an ES module imports it: src/ is ESM throughout (package.json's "type": "module").
      const resolved = ts.resolveModuleName(specifier, file, options, host, cache, undefined, ts.ModuleKind.ESNext).resolvedModule;
      if (!resolved) {
        if (specifier.startsWith(".")) unresolved.push(`${module} > ${specifier}`);
        continue;
      }
      const target = path.relative(src, resolved.resolvedFileName).split(path.sep).join("/");
      if (resolved.isExternalLibraryImport || target.startsWith("../")) continue;
      targets.add(target);
      if (!target.endsWith(".ts")) graph[target] ??= [];
    }
    graph[module] = [...targets].sort();
  }
  return { graph, unresolved };
}

/** Modules allowed in a cycle: none (the extractor's types moved to extract/proposed-fact.ts). */
const KNOWN_KNOT = new Set<string>();

/** What src/model/ may import besides itself: the exact decimals its types are written in, which import nothing else of src/. */
const BELOW_MODEL = new Set(["numbers/exact.ts", "numbers/written-number.ts"]);

/** The strongly connected components of a graph (Tarjan): a component of more than one module, or a module importing itself, is a cycle. */
function cycles(graph: Record<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph[node] ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph[node] ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of Object.keys(graph).sort()) if (!index.has(node)) visit(node);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

describe("cycles()", () => {
  it("finds a cycle of type-only imports as much as any other, and a module importing itself", () => {
    expect(cycles({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] })).toEqual([["a", "b", "c"]]);
    expect(cycles({ a: ["a"], b: [] })).toEqual([["a"]]);
    expect(cycles({ a: ["b"], b: [] })).toEqual([]);
  });
});

describe("the import graph of src/", () => {
  let graph: Record<string, string[]>;
  beforeAll(() => {
    const read = importGraph();
    expect(read.unresolved, "imports of src/ that resolve to no file").toEqual([]);
    graph = read.graph;
  });

  it("covers every module, and counts type-only imports", () => {
    expect(Object.keys(graph).filter((module) => module.endsWith(".ts")).sort()).toEqual(tsFiles(src));
    // `import type` only: if this edge is missing, type-only cycles go unseen.
    expect(graph["rules/rule.ts"]).toContain("model/finding.ts");
  });

  it("has no import cycle", () => {
    const unknown = cycles(graph).filter((component) => component.some((module) => !KNOWN_KNOT.has(module)));
    expect(unknown, "import cycles in src/, each as the modules in it (cut them)").toEqual([]);
  });

  it("has src/model/ import nothing above it", () => {
    const upward = Object.entries(graph)
      .filter(([module]) => module.startsWith("model/") || BELOW_MODEL.has(module))
      .flatMap(([module, imports]) => imports.filter((target) => !target.startsWith("model/") && !BELOW_MODEL.has(target)).map((target) => `${module} > ${target}`));
    expect(upward).toEqual([]);
    for (const module of BELOW_MODEL) expect(graph[module]!.every((target) => BELOW_MODEL.has(target)), `${module} imports only ${[...BELOW_MODEL].join(", ")}`).toBe(true);
  });
});
