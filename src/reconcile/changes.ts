// What changed between two fact bases (for `reconcile --since REF`): facts added, removed and changed,
// each change with a readable per-fact diff, and discrepancies (and findings) new, changed and
// resolved. Pure.
import { diffLibrary } from "../load/libraries.js";
import type { Fact, FactBase } from "../model/types.js";
import { toFactRecord } from "../model/fact-record.js";
import type { Finding } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";
import { groupDiscrepancies } from "./discrepancies.js";
import { keyString } from "./fact-key.js";

export interface FactChange {
  change: "added" | "removed" | "changed";
  sourceId: string;
  /** The fact now (added, changed) or before (removed). */
  fact: Fact;
  /** For changes: a unified diff of the fact's fields. */
  diff?: string;
}

/** A discrepancy now that shares findings with the ref's but not all of them, or not under the same id. */
export interface ItemChange {
  item: Discrepancy;
  /** The ids of the items at the ref that held any of its findings, in the ref's report order. */
  was: string[];
  /** Its findings that did not exist at the ref, in report order. */
  newFindings: Finding[];
  /** The findings of those items at the ref that it does not hold now (gone, or in another item), in the ref's order. */
  leftFindings: Finding[];
}

export interface Changes {
  since: string;
  facts: FactChange[];
  /** Discrepancies none of whose findings existed at the ref, in report order. */
  newItems: Discrepancy[];
  /** Discrepancies that hold findings of the ref's but not as they were: another id, findings new or left. */
  changedItems: ItemChange[];
  /** Discrepancies at the ref none of whose findings exists now, in the ref's report order. */
  resolvedItems: Discrepancy[];
  newFindings: Finding[];
  resolvedFindings: Finding[];
  /** Facts added or changed since the ref: findings not involving one of them are left out of the report. */
  touched: Set<Fact>;
}

/**
 * A fact's identity across versions: its source, key and basis, and its rank among facts of the same
 * source with that key and basis (so a restated figure is told apart from its restatement).
 */
function identities(facts: readonly Fact[]): Map<string, Fact> {
  const counts = new Map<string, number>();
  const result = new Map<string, Fact>();
  for (const fact of facts) {
    const base = `${fact.sourceId}|${keyString(fact)}|${fact.basis}`;
    const rank = counts.get(base) ?? 0;
    counts.set(base, rank + 1);
    result.set(`${base}|${rank}`, fact);
  }
  return result;
}

/** The fields of a fact that make it what it is, one per line, as an editor would compare them. */
function describeFact(fact: Fact): string {
  const { file: _file, line: _line, ...record } = toFactRecord(fact);
  return `${Object.entries(record)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join("\n")}\n`;
}

export function compareFactBases(since: string, before: FactBase, after: FactBase, findingsBefore: readonly Finding[], findingsAfter: readonly Finding[]): Changes {
  const { facts, touched } = compareFacts(since, before.facts, after.facts);
  return { since, facts, ...newAndResolved(findingsBefore, findingsAfter), touched };
}

/**
 * The same changes when only some files differ from the ref, computed on those files: `before` holds
 * the old versions of the files that changed or went (loaded on their own), `changedNow` names the
 * files of `after` that changed or came; every other file of `after` is as it was at the ref. The fact
 * base at the ref is put together from the two without reading or describing the unchanged files
 * again, and `reconcileBefore` gives its findings. Equal to compareFactBases on the whole old base
 * when loading the changed files on their own gives the facts they had in it (no source id shared
 * with an unchanged file, the same taxonomy).
 */
export function compareChangedFiles(since: string, before: FactBase, after: FactBase, changedNow: ReadonlySet<string>, findingsAfter: readonly Finding[], reconcileBefore: (factBase: FactBase) => readonly Finding[]): Changes {
  const { facts, touched } = compareFacts(
    since,
    before.facts,
    after.facts.filter((fact) => changedNow.has(fact.position.file)),
  );
  const findingsBefore = reconcileBefore(baseAtRef(before, after, changedNow));
  return { since, facts, ...newAndResolved(findingsBefore, findingsAfter), touched };
}

/**
 * The whole fact base at the ref: the unchanged files' facts of `after` and the old files' facts, in
 * the order a load of all the old files would give (by file name, then as written). Facts are shared,
 * not copied; an old fact gets an index between those of its unchanged neighbours (a fraction), so
 * indexes stay unique and in fact-base order, which is all reconcile asks of them.
 */
function baseAtRef(before: FactBase, after: FactBase, changedNow: ReadonlySet<string>): FactBase {
  const kept = after.facts.filter((fact) => !changedNow.has(fact.position.file));
  if (kept.length === 0) return before;
  const facts: Fact[] = [];
  let pending: Fact[] = [];
  let previous = -1;
  const flush = () => {
    pending.forEach((fact, rank) => (fact.index = previous + (rank + 1) / (pending.length + 1)));
    facts.push(...pending);
    pending = [];
  };
  let next = 0;
  for (const fact of kept) {
    while (next < before.facts.length && before.facts[next]!.position.file < fact.position.file) pending.push(before.facts[next++]!);
    flush();
    facts.push(fact);
    previous = fact.index;
  }
  while (next < before.facts.length) pending.push(before.facts[next++]!);
  flush();
  const sources = [...after.sources.filter((source) => !changedNow.has(source.position.file)), ...before.sources].sort((a, b) => compareText(a.position.file, b.position.file));
  const files = [...after.files.filter((file) => !changedNow.has(file)), ...before.files].sort(compareText);
  return { sources, facts, files };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFacts(since: string, before: readonly Fact[], after: readonly Fact[]): Pick<Changes, "facts" | "touched"> {
  const old = identities(before);
  const now = identities(after);
  const facts: FactChange[] = [];
  const touched = new Set<Fact>();
  for (const [identity, fact] of now) {
    const previous = old.get(identity);
    if (!previous) {
      facts.push({ change: "added", sourceId: fact.sourceId, fact });
      touched.add(fact);
      continue;
    }
    const was = describeFact(previous);
    const is = describeFact(fact);
    if (was !== is) {
      const diff = diffLibrary().createTwoFilesPatch(`${since}:${previous.position.file}:${previous.position.line}`, `${fact.position.file}:${fact.position.line}`, was, is, undefined, undefined, { context: 2 })
        .split("\n")
        .filter((line) => !line.startsWith("===="))
        .join("\n");
      facts.push({ change: "changed", sourceId: fact.sourceId, fact, diff });
      touched.add(fact);
    }
  }
  for (const [identity, fact] of old) if (!now.has(identity)) facts.push({ change: "removed", sourceId: fact.sourceId, fact });
  facts.sort((a, b) => (a.fact.position.file < b.fact.position.file ? -1 : a.fact.position.file > b.fact.position.file ? 1 : a.fact.position.line - b.fact.position.line) || a.change.localeCompare(b.change));
  return { facts, touched };
}

/**
 * Findings and discrepancies new, changed and resolved, matched by finding id (both lists in report
 * order). An item is new when none of its findings existed at the ref, resolved when none of its
 * findings at the ref exists now, and changed when it holds findings of the ref's but is not the ref's
 * item of the same id with the same findings.
 */
function newAndResolved(findingsBefore: readonly Finding[], findingsAfter: readonly Finding[]): Pick<Changes, "newItems" | "changedItems" | "resolvedItems" | "newFindings" | "resolvedFindings"> {
  const oldIds = new Set(findingsBefore.map((finding) => finding.id));
  const newIds = new Set(findingsAfter.map((finding) => finding.id));
  const itemsBefore = groupDiscrepancies(findingsBefore);
  const itemsAfter = groupDiscrepancies(findingsAfter);
  const oldItemOf = new Map<string, Discrepancy>();
  for (const item of itemsBefore) for (const finding of item.findings) oldItemOf.set(finding.id, item);
  const newItems: Discrepancy[] = [];
  const changedItems: ItemChange[] = [];
  for (const item of itemsAfter) {
    const was = new Set<Discrepancy>();
    for (const finding of item.findings) {
      const old = oldItemOf.get(finding.id);
      if (old) was.add(old);
    }
    if (was.size === 0) {
      newItems.push(item);
      continue;
    }
    const ids = new Set(item.findings.map((finding) => finding.id));
    const wasItems = itemsBefore.filter((old) => was.has(old));
    const leftFindings = wasItems.flatMap((old) => old.findings.filter((finding) => !ids.has(finding.id)));
    const newFindings = item.findings.filter((finding) => !oldIds.has(finding.id));
    if (wasItems.length === 1 && wasItems[0]!.id === item.id && leftFindings.length === 0 && newFindings.length === 0) continue;
    changedItems.push({ item, was: wasItems.map((old) => old.id), newFindings, leftFindings });
  }
  return {
    newItems,
    changedItems,
    resolvedItems: itemsBefore.filter((item) => item.findings.every((finding) => !newIds.has(finding.id))),
    newFindings: findingsAfter.filter((finding) => !oldIds.has(finding.id)),
    resolvedFindings: findingsBefore.filter((finding) => !newIds.has(finding.id)),
  };
}
