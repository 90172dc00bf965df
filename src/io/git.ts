// Reading fact files as they were at a git ref, for `reconcile --since REF`.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { InputFile } from "../load/load-fact-base.js";
import { decodeUtf8, displayPath, NotText, REVIEWS_FILE, TAXONOMY_FILE } from "./fact-files.js";

export class GitError extends Error {
  /** Whether git failed without saying why (as `rev-parse --quiet` does for a ref that names nothing). */
  constructor(message: string, readonly silent = false) {
    super(message);
  }
}

function git(args: string[], cwd: string): string {
  return gitBytes(args, cwd).toString("utf8");
}

/** The raw bytes git prints: file contents are decoded by decodeUtf8, which refuses invalid UTF-8. */
function gitBytes(args: string[], cwd: string): Buffer {
  try {
    return execFileSync("git", args, { cwd, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim();
    // Silent only when git ran and exited non-zero without a word (not when it could not be started).
    throw new GitError(stderr || (error as Error).message, !stderr && typeof (error as { status?: unknown }).status === "number");
  }
}

export interface FilesAtRef {
  factFiles: InputFile[];
  /** Files that were not UTF-8 text at the ref. */
  unreadable: string[];
  taxonomy?: InputFile;
}

/** The fact files (and taxonomy) under `paths` as they were at `ref`, named as they are now. */
export function readFactFilesAtRef(ref: string, paths: readonly string[], cwd: string): FilesAtRef {
  // A ref never starts with a dash; refusing one keeps it from being read as an option of git.
  if (ref.startsWith("-")) throw new GitError("a git ref cannot start with a dash");
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  } catch (error) {
    if (error instanceof GitError && error.silent) throw new GitError("no commit, branch or tag of this repository has that name");
    throw error;
  }
  const factFiles: InputFile[] = [];
  const unreadable: string[] = [];
  let taxonomy: InputFile | undefined;
  // Each file once (the paths given may overlap), sorted across all paths, as collectFactFiles does.
  const listed = new Set<string>();
  for (const given of paths) {
    // -z: names exactly as they are; without it git quotes any name with non-ASCII characters, tabs or quotes.
    for (const file of git(["ls-tree", "-r", "-z", "--name-only", ref, "--", given], cwd).split("\0")) if (file) listed.add(file);
  }
  for (const file of [...listed].sort()) {
    if (!/\.(ya?ml|json)$/i.test(file)) continue;
    let text: string;
    try {
      text = decodeUtf8(gitBytes(["show", `${ref}:./${file}`], cwd));
    } catch (error) {
      // A file that was not UTF-8 text at the ref counts as absent then: its facts show as added.
      if (error instanceof NotText) {
        unreadable.push(file);
        continue;
      }
      throw error;
    }
    const shown = displayPath(path.resolve(cwd, file), cwd);
    const name = path.basename(file);
    if (name === TAXONOMY_FILE) taxonomy ??= { file: `${ref}:${shown}`, text };
    else if (name !== REVIEWS_FILE) factFiles.push({ file: shown, text });
  }
  return { factFiles, unreadable, ...(taxonomy ? { taxonomy } : {}) };
}
