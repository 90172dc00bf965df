// `reconcile --since REF` in proportion to the change: which files differ from the ref comes from git
// (src/io/git.ts), only those files' old versions are read and loaded (YAML through the same parse
// cache as the current files), facts are compared on those files only, and the fact base at the ref
// is put together from them and the unchanged files' facts already loaded. Its findings are worked
// out only on the keys the facts that differ can reach (change-scope.ts), each rule's on the part of
// them it reads, every other finding being the same as now, and judged only where the report shows
// them (resolved, or left behind by an item).
// The result is the one a load and reconcile of every file at the ref gives; when that cannot be told
// from the changed files alone (the taxonomy changed, or an old file names a source an unchanged file
// has), every file at the ref is read, loaded and reconciled, as before.
// Two stages, so the CLI can reconcile the current base in between knowing the scope: startSince reads
// the ref and compares the changed files (the scope is then known, and the current reconcile can skip
// what the report cannot show), finishSince works out the ref's findings against the findings now.
import { existsSync } from "node:fs";
import type { Fact, FactBase } from "../model/types.js";
import type { Config } from "../config/config.js";
import { readText } from "../io/fact-files.js";
import { readChangedFactFilesAtRef, readFactFilesAtRef, type FilesAtRef, type Prefetched } from "../io/git.js";
import { loadFactFiles, loadTaxonomy, type Parse } from "../load/load-fact-base.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { changesOnFiles, compareFactBases, pairChangedFiles, type Changes, type PairedFiles } from "./changes.js";
import type { FactGroup, FactKey, Finding } from "../model/finding.js";
import { reconcileUnjudged } from "./reconcile.js";
import { changeScope, type ChangeScope } from "./change-scope.js";

/** What startSince needs: the ref, where the facts are, the base now and how to parse old versions. */
export interface SinceStartInput {
  ref: string;
  paths: readonly string[];
  cwd: string;
  /** The fact base now, loaded without problems. */
  factBase: FactBase;
  taxonomy: Taxonomy;
  /** The file the taxonomy now was read from, to tell whether the ref's is the same. */
  taxonomyFile?: string;
  config: Config;
  /** How old versions are parsed: the parse cache of the current load. */
  parse: Parse;
  /** What git said of the ref while the current files loaded (prefetchChangedAtRef), if it could. */
  prefetched?: Prefetched;
  /** Notes for the user (stderr). */
  note: (text: string) => void;
}

/** The findings now, from a reconcile of the base now (reconcileLazily: every finding the report can show). */
export interface FindingsNow {
  findings: readonly Finding[];
  /** The facts now grouped by key, every one of them (see reconcileLazily), to group the base at the ref from. */
  groups?: readonly FactGroup[];
  /** When the findings now are not all judged (see reconcileLazily): judges some of them as reconcile would. */
  judgeFindings?: (some: readonly Finding[]) => void;
  /** When the findings now are those the report shows (reconcileLazily's shownOnly): the rest of them on some keys. */
  findingsOn?: (keys: (key: FactKey) => boolean) => Finding[];
}

export type SinceInput = SinceStartInput & FindingsNow;

/**
 * What startSince found: the changed files compared (`files`, with `scope` the keys whose findings the
 * change may alter, when the taxonomy bounds them), or the whole base at the ref loaded (`whole`).
 */
export type SinceStart = { ref: string; taxonomy: Taxonomy; config: Config } & ({ files: PairedFiles } | { whole: FactBase; now: FactBase });

/** What changed since the ref. Throws GitError when git cannot say. */
export function changesSince(input: SinceInput): Changes {
  return finishSince(startSince(input), input);
}

/**
 * The first stage: the old versions read and loaded, and compared with the files now. Only the keys
 * of `scope(start)` can hold findings that differ between the ref and now, or that involve a fact
 * added or changed. Throws GitError when git cannot say.
 */
export function startSince(input: SinceStartInput): SinceStart {
  const { ref, paths, cwd, factBase, config } = input;
  const atRef = readChangedFactFilesAtRef(ref, paths, cwd, factBase.files, input.prefetched);
  const taxonomy = taxonomyAtRef(atRef, input);
  if (taxonomy === input.taxonomy) {
    // Source ids the old versions name: one an unchanged file has would make the full load at the ref
    // refuse one of the two files, which only a load of every file can tell.
    const named = new Set<string>();
    const parse: Parse = (file, text) => {
      const parsed = input.parse(file, text);
      const id = parsed.ok ? (parsed.document.data as { source?: { id?: unknown } } | null)?.source?.id : undefined;
      if (typeof id === "string") named.add(id);
      return parsed;
    };
    const before = loadFactFiles(atRef.factFiles, taxonomy, parse);
    const shared = factBase.sources.some((source) => !atRef.changedNow.has(source.position.file) && named.has(source.id));
    if (!shared) {
      notes(atRef, before.diagnostics.length, input);
      const files = pairChangedFiles(ref, before.factBase, factBase, atRef.changedNow, (differ, now) => changeScope(differ, [now, before.factBase.facts], taxonomy));
      return { ref, taxonomy, config, files };
    }
  }
  const all = readFactFilesAtRef(ref, paths, cwd);
  const before = loadFactFiles(all.factFiles, taxonomy, input.parse);
  notes(all, before.diagnostics.length, input);
  return { ref, taxonomy, config, whole: before.factBase, now: factBase };
}

/**
 * What a reconcile of the base now needs to find for the report of the changes (reconcileLazily's
 * shownOnly), when the change bounds it: each rule's part of the scope, and the facts added or changed.
 */
export function sinceShownOnly(start: SinceStart): { reach: ChangeScope["ofRule"]; touched: ReadonlySet<Fact> } | undefined {
  return "files" in start && start.files.within ? { reach: start.files.within.ofRule, touched: start.files.touched } : undefined;
}

/** The second stage: the ref's findings worked out and set against those now. */
export function finishSince(start: SinceStart, now: FindingsNow): Changes {
  const { ref, taxonomy, config } = start;
  if ("files" in start) return changesOnFiles(start.files, now.findings, (base, scope, grouped) => reconcileUnjudged(base, config, taxonomy, scope, grouped), now.judgeFindings, now.groups, now.findingsOn);
  const { findings, judgeFindings } = reconcileUnjudged(start.whole, config, taxonomy);
  return compareFactBases(ref, start.whole, start.now, findings, now.findings, judgeFindings, now.judgeFindings);
}
/** The taxonomy at the ref if it loads, else the current one (the same object when the text is the same). */
function taxonomyAtRef(atRef: FilesAtRef, input: SinceStartInput): Taxonomy {
  if (!atRef.taxonomy) return input.taxonomy;
  if (input.taxonomyFile && existsSync(input.taxonomyFile) && readText(input.taxonomyFile) === atRef.taxonomy.text) return input.taxonomy;
  return loadTaxonomy(atRef.taxonomy).taxonomy ?? input.taxonomy;
}

function notes(atRef: FilesAtRef, problems: number, { ref, note }: SinceStartInput): void {
  if (atRef.unreadable.length > 0) note(`note: ${atRef.unreadable.length} file(s) at ${ref} are not UTF-8 text and count as absent there: ${atRef.unreadable.join(", ")}\n`);
  // Facts that did not load at the ref count as absent then, so everything they held shows as added.
  if (problems > 0) note(`note: ${problems} problem(s) in the facts at ${ref}; facts that did not load there count as added\n`);
}
