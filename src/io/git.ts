// Reading fact files as they were at a git ref, for `reconcile --since REF`.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { InputFile } from "../load/load-fact-base.js";
import { displayPath, REVIEWS_FILE, TAXONOMY_FILE } from "./fact-files.js";

export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(stderr || (error as Error).message);
  }
}

export interface FilesAtRef {
  factFiles: InputFile[];
  taxonomy?: InputFile;
}

/** The fact files (and taxonomy) under `paths` as they were at `ref`, named as they are now. */
export function readFactFilesAtRef(ref: string, paths: readonly string[], cwd: string): FilesAtRef {
  git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
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
