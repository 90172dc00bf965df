// Finding and reading fact files on disk: the only file-system reads of the load stage live here.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../model/types.js";
import type { InputFile } from "../load/load-fact-base.js";

export const TAXONOMY_FILE = "taxonomy.yaml";
export const REVIEWS_FILE = "reviews.yaml";
const FACT_FILE = /\.(ya?ml|json)$/i;
/** Files in a facts folder that are not fact files. */
const SPECIAL_FILES = new Set([TAXONOMY_FILE, REVIEWS_FILE]);

export interface CollectedFiles {
  factFiles: InputFile[];
  diagnostics: Diagnostic[];
}

/** Shows paths relative to the working folder, with forward slashes, as they appear in reports. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

/** Reads every fact file named, or found under a named folder, in sorted order. */
export function collectFactFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!existsSync(absolute)) {
      diagnostics.push({ file: given, line: 1, column: 1, path: "", message: "no such file or folder", found: "nothing at this path", expected: "a fact file or a folder of fact files" });
      continue;
    }
    if (statSync(absolute).isDirectory()) {
      for (const file of walk(absolute)) if (FACT_FILE.test(file) && !SPECIAL_FILES.has(path.basename(file))) found.add(file);
    } else {
      found.add(absolute);
    }
  }
  const factFiles: InputFile[] = [];
  for (const file of [...found].sort()) {
    const shown = displayPath(file, cwd);
    try {
      factFiles.push({ file: shown, text: readText(file) });
    } catch (error) {
      diagnostics.push({ file: shown, line: 1, column: 1, path: "", message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, found: "an unreadable file", expected: "a readable UTF-8 text file" });
    }
  }
  return { factFiles, diagnostics };
}

function walk(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Reads UTF-8, refusing invalid byte sequences rather than replacing them silently. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/** The taxonomy for the given paths: the nearest `taxonomy.yaml` in or above the first path's folder. */
export function findTaxonomy(paths: readonly string[], cwd: string): string | undefined {
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let folder = existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    for (;;) {
      const candidate = path.join(folder, TAXONOMY_FILE);
      if (existsSync(candidate)) return candidate;
      const facts = path.join(folder, "facts", TAXONOMY_FILE);
      if (existsSync(facts)) return facts;
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  return undefined;
}
