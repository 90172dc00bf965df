// Finding the repository root from wherever concord is run, so that `concord validate` inside `facts/`
// reads the fact base, and default paths (`facts/`, `reports/conflicts.md`) mean the same everywhere.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE } from "../config/config.js";
import { TAXONOMY_FILE } from "./fact-files.js";

export const FACTS_FOLDER = "facts";

/**
 * The nearest folder, the given one or an ancestor, that holds `concord.config.yaml` or a `facts/`
 * folder with `taxonomy.yaml` in it; undefined when there is none up to the file system's root.
 */
export function findRoot(from: string): string | undefined {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    if (isFile(path.join(folder, CONFIG_FILE)) || isFile(path.join(folder, FACTS_FOLDER, TAXONOMY_FILE))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** Whether `inner` is `outer` itself or lies somewhere under it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
