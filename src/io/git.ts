// Reading fact files as they were at a git ref, for `reconcile --since REF`.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { InputFile } from "../load/load-fact-base.js";
import { displayPath, REVIEWS_FILE, TAXONOMY_FILE } from "./fact-files.js";

export class GitError extends Error {
  /** Whether git failed without saying why (as `rev-parse --quiet` does for a ref that names nothing). */
  constructor(message: string, readonly silent = false) {
    super(message);
  }
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    // Silent only when git ran and exited non-zero without a word (not when it could not be started).
    throw new GitError(stderr || (error as Error).message, !stderr && typeof (error as { status?: unknown }).status === "number");
  }
}

export interface FilesAtRef {
  factFiles: InputFile[];
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
  let taxonomy: InputFile | undefined;
  for (const given of paths) {
    const listed = git(["ls-tree", "-r", "--name-only", ref, "--", given], cwd).split("\n").filter(Boolean);
    for (const file of listed.sort()) {
      if (!/\.(ya?ml|json)$/i.test(file)) continue;
      const text = git(["show", `${ref}:./${file}`], cwd);
      const shown = displayPath(path.resolve(cwd, file), cwd);
      const name = path.basename(file);
      if (name === TAXONOMY_FILE) taxonomy ??= { file: `${ref}:${shown}`, text };
      else if (name !== REVIEWS_FILE) factFiles.push({ file: shown, text });
    }
  }
  return { factFiles, ...(taxonomy ? { taxonomy } : {}) };
}
