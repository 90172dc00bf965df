// Reading fact files as they were at a git ref, for `reconcile --since REF`. A handful of git processes
// whatever the size of the fact base: the ref checked, its file list (ls-tree, per path given), the
// files that changed since (one diff), and the old texts in one `git cat-file --batch`.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import type { InputFile } from "../load/load-fact-base.js";
import { decodeUtf8, displayPath, NotText, REVIEWS_FILE, TAXONOMY_FILE } from "./fact-files.js";

export class GitError extends Error {
  /** Whether git failed without saying why (as `rev-parse --quiet` does for a ref that names nothing). */
  constructor(message: string, readonly silent = false) {
    super(message);
  }
}

function git(args: string[], cwd: string, input?: Buffer): string {
  return gitBytes(args, cwd, input).toString("utf8");
}

/** The raw bytes git prints: file contents are decoded by decodeUtf8, which refuses invalid UTF-8. */
function gitBytes(args: string[], cwd: string, input?: Buffer): Buffer {
  try {
    return execFileSync("git", args, { cwd, maxBuffer: 1 << 30, stdio: [input ? "pipe" : "ignore", "pipe", "pipe"], ...(input ? { input } : {}) });
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

interface ChangedFilesAtRef extends FilesAtRef {
  /**
   * The fact files of now (as named in `current`) whose text may differ at the ref: changed, added,
   * renamed to, or not fact files there. Every other file of `current` is the same at the ref.
   */
  changedNow: Set<string>;
  /** Fact files at the ref that changed, were renamed or deleted since, or are not read now: `factFiles` holds these. */
  changedThen: Set<string>;
}

/** The fact files (and taxonomy) under `paths` as they were at `ref`, named as they are now. */
export function readFactFilesAtRef(ref: string, paths: readonly string[], cwd: string): FilesAtRef {
  verifyRef(ref, cwd);
  const listed = listAtRef(ref, paths, cwd);
  return readListed(listed, () => true, ref, cwd);
}

/**
 * What `--since` needs to know of the ref, in proportion to the change: which of the fact files read
 * now (`current`, display names) differ from the ref, and the old texts of only the fact files that
 * differ (plus the taxonomy, and any taxonomy or reviews file that was not text, for the note). A file
 * is unchanged when the ref has it as a fact file under the same name and `git diff` does not list it.
 * With `ahead` (what prefetchChangedAtRef read while the current files were loading), git runs again
 * only for old texts it did not read.
 */
export function readChangedFactFilesAtRef(ref: string, paths: readonly string[], cwd: string, current: readonly string[], ahead?: Prefetched): ChangedFilesAtRef {
  if (!ahead) verifyRef(ref, cwd);
  const listed = ahead?.listed ?? listAtRef(ref, paths, cwd);
  const differ = ahead?.differ ?? diffedSince(ref, paths, cwd);
  const then = new Set<string>();
  for (const entry of listed) if (isFactFile(entry.name)) then.add(entry.shown);
  const now = new Set(current);
  const changedNow = new Set(current.filter((file) => !then.has(file) || differ.has(file)));
  const changedThen = new Set([...then].filter((file) => !now.has(file) || differ.has(file)));
  const read = readListed(listed, (entry) => !isFactFile(entry.name) || changedThen.has(entry.shown), ref, cwd, ahead?.texts);
  return { ...read, changedNow, changedThen };
}

/** What prefetchChangedAtRef read: the files at the ref, those `git diff` lists, and the old texts of those. */
export interface Prefetched {
  listed: Listed[];
  differ: Set<string>;
  /** Old texts by git object id: the taxonomy and reviews files, and the fact files `git diff` lists. */
  texts: Map<string, Buffer>;
}

/**
 * The git work of readChangedFactFilesAtRef that does not depend on the fact files read now, started
 * at once and run while they load (the processes' time off the run's path; each git process costs
 * 10–25 ms, and they run before the fact base fills the heap): the ref checked, its files listed and
 * `git diff`, all at once, and a `git cat-file --batch` that is given the old texts to read, those of
 * every file `git diff` lists, when the caller next lets the event loop turn. Undefined when anything fails: the reading is then done as without
 * it, which reports the failure as ever.
 */
export function prefetchChangedAtRef(ref: string, paths: readonly string[], cwd: string): Promise<Prefetched | undefined> {
  if (ref.startsWith("-")) return Promise.resolve(undefined);
  // The reader of the old texts starts with the others and waits for the names on its input: the
  // caller loads the files without letting the event loop turn, so a process started only once the
  // others had answered would start, and run, after the load.
  const batch = gitAsync(["cat-file", "--batch"], cwd, "later");
  const run = async (): Promise<Prefetched> => {
    // All at once: if the ref names no commit the others fail too. One rev-parse both checks the ref
    // and prints the working folder's place in the repository (its first line): each process started
    // costs the run 3-6 ms of its own time.
    const [verified, listings, diffed] = await Promise.all([
      gitAsync(["rev-parse", "--show-prefix", "--verify", "--quiet", `${ref}^{commit}`], cwd),
      Promise.all(paths.map((given) => gitAsync(lsTreeArgs(ref, given), cwd))),
      gitAsync(diffArgs(ref, paths), cwd),
    ]);
    const listed = listedAtRef(listings.map((listing) => listing.toString("utf8")), cwd);
    const differ = namesDiffed(verified.toString("utf8").split("\n")[0]!, diffed.toString("utf8"), cwd);
    const objects = [...new Set(listed.filter((entry) => !isFactFile(entry.name) || differ.has(entry.shown)).map((entry) => entry.object))];
    const printed = await batch.end(objects.length === 0 ? undefined : Buffer.from(`${objects.join("\n")}\n`));
    const contents = objects.length === 0 ? [] : splitBatch(printed, objects);
    return { listed, differ, texts: new Map(objects.map((object, index) => [object, contents[index]!])) };
  };
  return run().catch(() => {
    batch.end();
    return undefined;
  });
}

/** gitBytes without waiting: the process runs while the caller works. */
function gitAsync(args: string[], cwd: string): Promise<Buffer>;
/** The same, its input given later: `end` writes it (nothing if none is given) and gives what git printed. */
function gitAsync(args: string[], cwd: string, input: "later"): { end: (input?: Buffer) => Promise<Buffer> };
function gitAsync(args: string[], cwd: string, input?: "later"): Promise<Buffer> | { end: (input?: Buffer) => Promise<Buffer> } {
  const child = spawn("git", args, { cwd, stdio: [input ? "pipe" : "ignore", "pipe", "pipe"] });
  const printed = new Promise<Buffer>((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new GitError(Buffer.concat(err).toString().trim() || `git exited ${code}`))));
    child.stdin?.on("error", reject);
  });
  if (!input) return printed;
  // Whatever comes of it, a process ended before it was read from must not fail the run unseen.
  printed.catch(() => {});
  let ended = false;
  return {
    end: (text?: Buffer) => {
      if (!ended) child.stdin?.end(text);
      ended = true;
      return printed;
    },
  };
}

function verifyRef(ref: string, cwd: string): void {
  // A ref never starts with a dash; refusing one keeps it from being read as an option of git.
  if (ref.startsWith("-")) throw new GitError("a git ref cannot start with a dash");
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  } catch (error) {
    if (error instanceof GitError && error.silent) throw new GitError("no commit, branch or tag of this repository has that name");
    throw error;
  }
}

interface Listed {
  /** Relative to the working folder, as git prints it. */
  file: string;
  /** As reports show it. */
  shown: string;
  name: string;
  object: string;
}

function isFactFile(name: string): boolean {
  return name !== TAXONOMY_FILE && name !== REVIEWS_FILE;
}

/** The YAML and JSON files under `paths` at `ref`, each once, sorted across all paths (as collectFactFiles does). */
function listAtRef(ref: string, paths: readonly string[], cwd: string): Listed[] {
  // -z: names exactly as they are; without it git quotes any name with non-ASCII characters, tabs or quotes.
  return listedAtRef(
    paths.map((given) => git(lsTreeArgs(ref, given), cwd)),
    cwd,
  );
}

/** git's arguments for a path's file list at a ref (ls-tree) and for the files changed since it (diff), one list for the prefetched and the plain reading. */
const lsTreeArgs = (ref: string, given: string): string[] => ["ls-tree", "-r", "-z", ref, "--", given];
const diffArgs = (ref: string, paths: readonly string[]): string[] => ["diff", "--name-status", "-M", "-z", "--no-color", ref, "--", ...paths];

/** The listing of listAtRef from `git ls-tree -r -z` outputs, one per path given. */
function listedAtRef(listings: readonly string[], cwd: string): Listed[] {
  const objects = new Map<string, string>();
  for (const listing of listings) {
    for (const line of listing.split("\0")) {
      // <mode> SP <type> SP <object> TAB <file>
      const tab = line.indexOf("\t");
      if (tab < 0) continue;
      const [, type, object] = line.slice(0, tab).split(" ");
      if (type === "blob" && object) objects.set(line.slice(tab + 1), object);
    }
  }
  return [...objects.keys()]
    .sort()
    .filter((file) => /\.(ya?ml|json)$/i.test(file))
    .map((file) => ({ file, shown: displayPath(path.resolve(cwd, file), cwd), name: path.basename(file), object: objects.get(file)! }));
}

/** The files under `paths` that `git diff` finds changed between `ref` and the working tree, both sides of a rename, as shown. */
function diffedSince(ref: string, paths: readonly string[], cwd: string): Set<string> {
  // diff names files from the top of the repository; the prefix is the working folder's place in it.
  const prefix = git(["rev-parse", "--show-prefix"], cwd);
  return namesDiffed(prefix, git(diffArgs(ref, paths), cwd), cwd);
}

/** The names diffedSince gives, from `git rev-parse --show-prefix` and `git diff --name-status -M -z`. */
function namesDiffed(shownPrefix: string, diffed: string, cwd: string): Set<string> {
  const prefix = shownPrefix.trim().replace(/\/$/, "");
  const fields = diffed.split("\0");
  const changed = new Set<string>();
  for (let at = 0; at < fields.length; ) {
    const status = fields[at++];
    if (!status) continue;
    // R and C name the old file, then the new one; every other status names one file.
    const count = /^[RC]/.test(status) ? 2 : 1;
    for (let name = 0; name < count && at < fields.length; name++) {
      const fromTop = fields[at++]!;
      changed.add(displayPath(path.resolve(cwd, path.posix.relative(prefix, fromTop)), cwd));
    }
  }
  return changed;
}

/** Reads the listed files that `wanted` picks, in one `git cat-file --batch`, in list order. */
function readListed(listed: readonly Listed[], wanted: (entry: Listed) => boolean, ref: string, cwd: string, read?: ReadonlyMap<string, Buffer>): FilesAtRef {
  const picked = listed.filter(wanted);
  // Texts already read (prefetchChangedAtRef) are not asked for again.
  const missing = readObjects(picked.filter((entry) => !read?.has(entry.object)).map((entry) => entry.object), cwd);
  let next = 0;
  const texts = picked.map((entry) => read?.get(entry.object) ?? missing[next++]!);
  const factFiles: InputFile[] = [];
  const unreadable: string[] = [];
  let taxonomy: InputFile | undefined;
  picked.forEach((entry, index) => {
    let text: string;
    try {
      text = decodeUtf8(texts[index]!);
    } catch (error) {
      // A file that was not UTF-8 text at the ref counts as absent then: its facts show as added.
      if (error instanceof NotText) {
        unreadable.push(entry.file);
        return;
      }
      throw error;
    }
    if (entry.name === TAXONOMY_FILE) taxonomy ??= { file: `${ref}:${entry.shown}`, text };
    else if (entry.name !== REVIEWS_FILE) factFiles.push({ file: entry.shown, text });
  });
  return { factFiles, unreadable, ...(taxonomy ? { taxonomy } : {}) };
}

/** The contents of git objects, by id, from one `git cat-file --batch` process. */
function readObjects(objects: readonly string[], cwd: string): Buffer[] {
  if (objects.length === 0) return [];
  return splitBatch(gitBytes(["cat-file", "--batch"], cwd, Buffer.from(`${objects.join("\n")}\n`)), objects);
}

/** The contents in what `git cat-file --batch` printed for `objects`. */
function splitBatch(output: Buffer, objects: readonly string[]): Buffer[] {
  // Each answer: "<object> <type> <size>\n<contents>\n", in the order asked.
  const contents: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const end = output.indexOf(10, at);
    const header = output.toString("utf8", at, end < 0 ? output.length : end).split(" ");
    if (end < 0 || header.length !== 3 || header[0] !== object) throw new GitError(`git cat-file could not read ${object}: ${header.join(" ")}`);
    const size = Number(header[2]);
    contents.push(output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return contents;
}
