// Finding and reading fact files on disk: the only file-system reads of the load stage live here.
import { isUtf8 } from "node:buffer";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../model/types.js";
import type { InputFile } from "../load/load-fact-base.js";

export const TAXONOMY_FILE = "taxonomy.yaml";
export const REVIEWS_FILE = "reviews.yaml";
const FACT_FILE = /\.(ya?ml|json)$/i;
/** Files in a facts folder that are not fact files. */
const SPECIAL_FILES = new Set([TAXONOMY_FILE, REVIEWS_FILE]);

interface CollectedFiles {
  factFiles: InputFile[];
  diagnostics: Diagnostic[];
}

/** Shows paths relative to the working folder, with forward slashes, as they appear in reports. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  // Outside means `..` or `../…`: a folder inside whose name starts with two dots (`..drafts`) is not outside.
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? file : relative).split(path.sep).join("/");
}

/** Reads every fact file named, or found under a named folder, in sorted order. */
export function collectFactFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const { files, diagnostics } = listFactFiles(paths, cwd);
  const factFiles: InputFile[] = [];
  for (const file of files) {
    const read = readFactFile(file, cwd);
    if ("diagnostic" in read) diagnostics.push(read.diagnostic);
    else factFiles.push(read);
  }
  return { factFiles, diagnostics };
}

/**
 * The fact files named, or found under a named folder, in sorted order, without reading them: for a
 * caller that reads one at a time (the Parquet export), so memory does not grow with the fact base.
 */
export function listFactFiles(paths: readonly string[], cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
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
  return { files: [...found].sort(), diagnostics };
}

/** One fact file's text, or why it cannot be read, named as reports show it. */
export function readFactFile(file: string, cwd: string): InputFile | { diagnostic: Diagnostic } {
  const shown = displayPath(file, cwd);
  try {
    return { file: shown, text: readText(file) };
  } catch (error) {
    if (error instanceof NotText) return { diagnostic: { file: shown, path: "", ...error.problem } };
    return { diagnostic: { file: shown, line: 1, column: 1, path: "", message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, found: "an unreadable file", expected: "a readable UTF-8 text file" } };
  }
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

/** A file whose bytes are not UTF-8 text: where the first bad byte is, what it is and what was expected. */
export class NotText extends Error {
  constructor(readonly problem: { line: number; column: number; message: string; found: string; expected: string }) {
    super(problem.message);
  }
}

/**
 * Reads UTF-8, refusing invalid byte sequences rather than replacing them silently (a replaced byte
 * would change a quote or an id without anyone noticing). A leading byte order mark is dropped.
 * Throws NotText naming the line and column of the first invalid byte.
 */
export function readText(file: string): string {
  return decodeUtf8(readFileSync(file));
}

export function decodeUtf8(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new NotText(describeInvalidUtf8(bytes, firstInvalidUtf8(bytes)));
  return new TextDecoder("utf-8").decode(bytes);
}

function describeInvalidUtf8(bytes: Uint8Array, offset: number): NotText["problem"] {
  // A NUL byte before the first invalid sequence means a binary file, reported as parseDocument does.
  const nul = bytes.subarray(0, offset).indexOf(0);
  const at = nul >= 0 ? nul : offset;
  let lineStart = at === 0 ? 0 : bytes.lastIndexOf(10, at - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  if (lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) lineStart = 3;
  // Columns count UTF-16 code units, as every other diagnostic does; the bytes before `at` are valid.
  const column = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(lineStart, at)).length + 1;
  if (nul >= 0) return { line, column, message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" };
  // The bad lead byte and the continuation bytes that follow it.
  let end = offset + 1;
  while (end < bytes.length && end < offset + 4 && bytes[end]! >= 0x80 && bytes[end]! <= 0xbf) end++;
  const shown = [...bytes.subarray(offset, end)].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return {
    line,
    column,
    message: "the file is not valid UTF-8",
    found: `${end - offset > 1 ? "the bytes" : "the byte"} ${shown} at byte offset ${offset}, not a valid UTF-8 sequence`,
    expected: "UTF-8 text (re-save the file as UTF-8)",
  };
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode 15, table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) i += 1;
    else if (lead >= 0xc2 && lead <= 0xdf && continuation(i + 1)) i += 2;
    else if (lead === 0xe0 && continuation(i + 1, 0xa0) && continuation(i + 2)) i += 3;
    else if (((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) && continuation(i + 1) && continuation(i + 2)) i += 3;
    else if (lead === 0xed && continuation(i + 1, 0x80, 0x9f) && continuation(i + 2)) i += 3;
    else if (lead === 0xf0 && continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else if (lead >= 0xf1 && lead <= 0xf3 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else if (lead === 0xf4 && continuation(i + 1, 0x80, 0x8f) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else return i;
  }
  return bytes.length;
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
