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
import type { ChangeScope } from "./change-scope.js";

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

/**
 * The ref's findings in report order and, when they are not judged yet, how to judge some of them
 * (see reconcileUnjudged): the changes look past the ids only of findings resolved or left behind.
 */
interface FindingsAtRef {
  findings: readonly Finding[];
  judgeFindings?: (some: readonly Finding[]) => void;
}

export function compareFactBases(since: string, before: FactBase, after: FactBase, findingsBefore: readonly Finding[], findingsAfter: readonly Finding[], judgeBefore?: FindingsAtRef["judgeFindings"]): Changes {
  const { facts, touched } = compareFacts(since, before.facts, after.facts);
  return { since, facts, ...newAndResolved({ findings: findingsBefore, ...(judgeBefore ? { judgeFindings: judgeBefore } : {}) }, findingsAfter), touched };
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
export function compareChangedFiles(
  since: string,
  before: FactBase,
  after: FactBase,
  changedNow: ReadonlySet<string>,
  findingsAfter: readonly Finding[],
  reconcileBefore: (factBase: FactBase, scope?: { within: ChangeScope; outside: readonly Finding[] }) => FindingsAtRef,
  scopeOf?: (changed: readonly Fact[], now: readonly Fact[]) => ChangeScope | undefined,
): Changes {
  const changed = after.facts.filter((fact) => changedNow.has(fact.position.file));
  const { facts, touched } = compareFacts(since, before.facts, changed);
  const base = baseAtRef(before, after, changedNow);
  // Every fact of a changed file counts as changed (its place and order too), in both versions.
  const within = scopeOf?.([...before.facts, ...changed], after.facts);
  if (!within) return { since, facts, ...newAndResolved(reconcileBefore(base), findingsAfter), touched };
  // Findings outside the scope are the same at the ref, so what is new, changed and resolved is
  // told on the scope's keys alone: an item lies on one key, and ids name their key.
  const inside: Finding[] = [];
  const outside: Finding[] = [];
  for (const finding of findingsAfter) (within(finding.key) ? inside : outside).push(finding);
  return { since, facts, ...newAndResolved(reconcileBefore(base, { within, outside }), inside), touched };
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
  // Both lists are in file order: the old facts go in before the first kept fact of a later file.
  // Only the old facts (a few files' worth) are placed one by one; the kept facts are copied in runs.
  const old = before.facts;
  const facts: Fact[] = [];
  let from = 0;
  let next = 0;
  while (next < old.length) {
    const file = old[next]!.position.file;
    const at = firstOfFileAfter(kept, from, file);
    for (let index = from; index < at; index++) facts.push(kept[index]!);
    const previous = at > 0 ? kept[at - 1]!.index : -1;
    let end = next;
    while (end < old.length && (at === kept.length || old[end]!.position.file < kept[at]!.position.file)) end++;
    // An old fact gets an index between those of its kept neighbours, so indexes stay unique and in order.
    const count = end - next;
    for (let rank = 0; rank < count; rank++) {
      const fact = old[next + rank]!;
      fact.index = previous + (rank + 1) / (count + 1);
      facts.push(fact);
    }
    next = end;
    from = at;
  }
  for (let index = from; index < kept.length; index++) facts.push(kept[index]!);
  const sources = [...after.sources.filter((source) => !changedNow.has(source.position.file)), ...before.sources].sort((a, b) => compareText(a.position.file, b.position.file));
  const files = [...after.files.filter((file) => !changedNow.has(file)), ...before.files].sort(compareText);
  return { sources, facts, files };
}

/** The position, from `from` on, of the first fact of `facts` (in file order) whose file comes after `file`. */
function firstOfFileAfter(facts: readonly Fact[], from: number, file: string): number {
  let low = from;
  let high = facts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (facts[middle]!.position.file <= file) low = middle + 1;
    else high = middle;
  }
  return low;
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
function newAndResolved(atRef: FindingsAtRef, findingsAfter: readonly Finding[]): Pick<Changes, "newItems" | "changedItems" | "resolvedItems" | "newFindings" | "resolvedFindings"> {
  const { findings: findingsBefore } = atRef;
  const oldIds = new Set(findingsBefore.map((finding) => finding.id));
  const newIds = new Set(findingsAfter.map((finding) => finding.id));
  let itemsBefore = groupDiscrepancies(findingsBefore);
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
  const resolved = (item: Discrepancy) => item.findings.every((finding) => !newIds.has(finding.id));
  const resolvedFindings = findingsBefore.filter((finding) => !newIds.has(finding.id));
  if (atRef.judgeFindings && resolvedFindings.length + changedItems.length > 0) {
    // Every finding of the ref's that the changes hold is judged, as a full reconcile judges it; a
    // resolved item's headline follows its judgement, so the items are grouped again (all of them,
    // as the ids of items alike by value depend on the others).
    atRef.judgeFindings([...resolvedFindings, ...changedItems.flatMap((change) => change.leftFindings)]);
    itemsBefore = groupDiscrepancies(findingsBefore);
  }
  return {
    newItems,
    changedItems,
    resolvedItems: itemsBefore.filter(resolved),
    newFindings: findingsAfter.filter((finding) => !oldIds.has(finding.id)),
    resolvedFindings,
  };
}
