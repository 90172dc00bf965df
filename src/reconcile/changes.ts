// What changed between two fact bases (for `reconcile --since REF`): facts added, removed and changed,
// each change with a readable per-fact diff, and discrepancies (and findings) new, changed and
// resolved. Pure.
import { diffLibrary } from "../load/libraries.js";
import type { Fact, FactBase, Source } from "../model/types.js";
import { toFactRecord } from "../model/fact-record.js";
import type { FactGroup, FactKey, Finding } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";
import { groupDiscrepancies, rejudgedItem } from "./discrepancies.js";
import { compareFindings } from "./reconcile.js";
import { factKeyOf, keyId, keyString } from "./fact-key.js";
import { groupBy } from "../rules/group-by.js";
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

export function compareFactBases(since: string, before: FactBase, after: FactBase, findingsBefore: readonly Finding[], findingsAfter: readonly Finding[], judgeBefore?: FindingsAtRef["judgeFindings"], judgeAfter?: FindingsAtRef["judgeFindings"]): Changes {
  const { facts, touched } = compareFacts(since, before.facts, after.facts);
  // The items new and changed are grouped from the findings now, their leads from their judgements.
  judgeAfter?.(findingsAfter);
  return { since, facts, ...newAndResolved({ findings: findingsBefore, ...(judgeBefore ? { judgeFindings: judgeBefore } : {}) }, findingsAfter), touched };
}

/**
 * The same changes when only some files differ from the ref, computed on those files: `before` holds
 * the old versions of the files that changed or went (loaded on their own), `changedNow` names the
 * files of `after` that changed or came; every other file of `after` is as it was at the ref. The fact
 * base at the ref is put together from the two without reading or describing the unchanged files
 * again, and `reconcileBefore` gives its findings; with `scopeOf`, only on the keys the facts that
 * differ can reach. Equal to compareFactBases on the whole old base when loading the changed files on
 * their own gives the facts they had in it (no source id shared with an unchanged file, the same
 * taxonomy). `judgeAfter`, when the findings now are not all judged, judges those the changes group.
 */
export function compareChangedFiles(
  since: string,
  before: FactBase,
  after: FactBase,
  changedNow: ReadonlySet<string>,
  findingsAfter: readonly Finding[],
  reconcileBefore: ReconcileBefore,
  scopeOf?: (differ: readonly Fact[], now: readonly Fact[]) => ChangeScope | undefined,
  judgeAfter?: FindingsAtRef["judgeFindings"],
  groupsNow?: readonly FactGroup[],
): Changes {
  return changesOnFiles(pairChangedFiles(since, before, after, changedNow, scopeOf), findingsAfter, reconcileBefore, judgeAfter, groupsNow);
}

/** How compareChangedFiles gets the findings of the base at the ref, on the scope's keys when there is one. */
type ReconcileBefore = (factBase: FactBase, scope?: { within: ChangeScope; outside: readonly Finding[]; reach?: ChangeScope["ofRule"] }, grouped?: readonly FactGroup[]) => FindingsAtRef;

/**
 * The first half of compareChangedFiles, which needs no finding: the facts added, removed and changed,
 * the changed files' versions paired, and `within`, the keys whose findings the facts that differ can
 * reach (undefined when scopeOf cannot bound them). Every finding involving a fact added or changed
 * lies on one of those keys, so a reconcile of the base now need show no other (see reconcileLazily).
 */
export interface PairedFiles extends Pick<Changes, "since" | "facts" | "touched"> {
  before: FactBase;
  after: FactBase;
  changedNow: ReadonlySet<string>;
  changed: Fact[];
  composed: Fact[];
  within?: ChangeScope;
}

export function pairChangedFiles(since: string, before: FactBase, after: FactBase, changedNow: ReadonlySet<string>, scopeOf?: (differ: readonly Fact[], now: readonly Fact[]) => ChangeScope | undefined): PairedFiles {
  const changed = after.facts.filter((fact) => changedNow.has(fact.position.file));
  const { facts, touched } = compareFacts(since, before.facts, changed);
  const { composed, differ } = pairVersions(before, changed, after.sources);
  const within = scopeOf?.(differ, after.facts);
  return { since, facts, touched, before, after, changedNow, changed, composed, ...(within ? { within } : {}) };
}

/** The second half of compareChangedFiles: the ref's findings worked out and set against those now. */
export function changesOnFiles(
  paired: PairedFiles,
  findingsAfter: readonly Finding[],
  reconcileBefore: ReconcileBefore,
  judgeAfter?: FindingsAtRef["judgeFindings"],
  groupsNow?: readonly FactGroup[],
  moreAfter?: (keys: (key: FactKey) => boolean) => Finding[],
): Changes {
  const { since, facts, touched, before, after, changedNow, changed, composed, within } = paired;
  const { base, placed } = baseAtRef(before, composed, after, changedNow);
  const grouped = groupsNow && groupsAtRef(groupsNow, changed, placed, changedNow);
  if (!within) {
    judgeAfter?.(findingsAfter);
    return { since, facts, ...newAndResolved(reconcileBefore(base, undefined, grouped), findingsAfter), touched };
  }
  // Findings outside the scope are the same at the ref, so what is new, changed and resolved is
  // told on the scope's keys alone: an item lies on one key, and ids name their key.
  const inside: Finding[] = [];
  const outside: Finding[] = [];
  for (const finding of findingsAfter) (within(finding.key) ? inside : outside).push(finding);
  // Within the scope, each rule's findings can differ only on its own part of it (ChangeScope's
  // ofRule): the ref's are worked out there alone, and the rest are the findings now.
  const reach = cachedByRule(within.ofRule);
  const differs = (finding: Finding) => reach(finding.rule)(finding.key);
  const same = inside.filter((finding) => !differs(finding));
  const atRef = reconcileBefore(base, { within, outside: [...outside, ...same], reach }, grouped);
  // The keys where anything differs: the changed facts' own, and those where a finding is on one side
  // only. On every other key both sides hold the same findings, so the same items, and nothing is listed.
  const idsNow = new Set(inside.filter(differs).map((finding) => finding.id));
  const idsThen = new Set(atRef.findings.map((finding) => finding.id));
  const keys = new Set<string>();
  for (const finding of inside) if (differs(finding) && !idsThen.has(finding.id)) keys.add(keyId(finding.key));
  for (const finding of atRef.findings) if (!idsNow.has(finding.id)) keys.add(keyId(finding.key));
  const listedKey = (key: FactKey) => within.holdsChanged(key) || keys.has(keyId(key));
  const listed = (finding: Finding) => listedKey(finding.key);
  // When the findings now are only those the report shows (reconcileLazily's shownOnly), the rules
  // that skipped some of these keys give their findings there now; they are the same at the ref.
  const more = moreAfter?.(listedKey) ?? [];
  const now = [...inside.filter(listed), ...more].sort(compareFindings);
  // The findings the same at the ref stand there as copies: the ref judges its own.
  const then = [...atRef.findings.filter(listed), ...[...same.filter(listed), ...more].map(unjudged)].sort(compareFindings);
  return { since, facts, ...newAndResolved({ ...atRef, findings: then }, now, judgeAfter), touched };
}

/** A function of a rule id, called once per rule. */
function cachedByRule<T>(of: (ruleId: string) => T): (ruleId: string) => T {
  const cache = new Map<string, T>();
  return (ruleId) => {
    let value = cache.get(ruleId);
    if (value === undefined) cache.set(ruleId, (value = of(ruleId)));
    return value;
  };
}

/** A finding as the rules made it: no verdict and no judgement attached. */
function unjudged(finding: Finding): Finding {
  const { review: _review, judgement: _judgement, ...made } = finding;
  return made;
}

/**
 * The facts of the base at the ref grouped by key, as groupFacts would group them (groups in the order
 * of their first fact, each group's facts in fact-base order), made from the groups now (`groupsNow`,
 * every fact of the base now) without grouping the unchanged facts again: a group none of whose facts
 * is in a changed file, in either version, is the same group at the ref; a key with facts in a changed
 * file is grouped again from its facts now outside the changed files and its facts of the changed
 * files at the ref (`placed`, as baseAtRef placed them), by index, which orders the base at the ref. Grouping
 * a large base again cost a good part of --since (72 ms at 100k facts).
 */
function groupsAtRef(groupsNow: readonly FactGroup[], changed: readonly Fact[], placed: readonly Fact[], changedNow: ReadonlySet<string>): FactGroup[] {
  const affected = new Map<string, Fact[]>();
  for (const fact of [...changed, ...placed]) affected.set(fact.groupKey, []);
  const kept: FactGroup[] = [];
  for (const group of groupsNow) {
    const facts = affected.get(group.facts[0]!.groupKey);
    if (!facts) kept.push(group);
    else for (const fact of group.facts) if (!changedNow.has(fact.position.file)) facts.push(fact);
  }
  for (const fact of placed) affected.get(fact.groupKey)!.push(fact);
  const regrouped: FactGroup[] = [];
  for (const facts of affected.values()) {
    if (facts.length === 0) continue;
    facts.sort((a, b) => a.index - b.index);
    regrouped.push({ key: factKeyOf(facts[0]!), facts });
  }
  regrouped.sort((a, b) => a.facts[0]!.index - b.facts[0]!.index);
  // Both lists are in the order of their first facts: merged, they are in groupFacts' order.
  const groups: FactGroup[] = [];
  let at = 0;
  for (const group of regrouped) {
    while (at < kept.length && kept[at]!.facts[0]!.index < group.facts[0]!.index) groups.push(kept[at++]!);
    groups.push(group);
  }
  while (at < kept.length) groups.push(kept[at++]!);
  return groups;
}

/**
 * The facts of the changed files at the ref, in order, and the facts that differ. In a file with the
 * same source in both versions, the facts before the first difference and after the last are the same
 * facts in the same order, and stand at the ref as the current objects (so findings outside the scope,
 * which cite them, are about the very facts the ref's findings cite); the rest of the old version,
 * and of the new, differs. Every fact of a file with another source, or in one version only, differs.
 */
function pairVersions(before: FactBase, changed: readonly Fact[], sourcesNow: readonly Source[]): { composed: Fact[]; differ: Fact[] } {
  const oldFiles = groupBy(before.facts, (fact) => fact.position.file);
  const newFiles = groupBy(changed, (fact) => fact.position.file);
  const sourceThen = new Map(before.sources.map((source) => [source.position.file, sourceSignature(source)]));
  const sourceNow = new Map(sourcesNow.map((source) => [source.position.file, sourceSignature(source)]));
  const composed: Fact[] = [];
  const differ: Fact[] = [];
  for (const [file, then] of oldFiles) {
    const now = newFiles.get(file);
    if (!now || sourceThen.get(file) !== sourceNow.get(file)) {
      composed.push(...then);
      differ.push(...then);
      continue;
    }
    const [a, b] = [then.map(factSignature), now.map(factSignature)];
    const shorter = Math.min(a.length, b.length);
    let head = 0;
    while (head < shorter && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    composed.push(...now.slice(0, head), ...then.slice(head, then.length - tail), ...now.slice(now.length - tail));
    differ.push(...then.slice(head, then.length - tail), ...now.slice(head, now.length - tail));
  }
  for (const [file, now] of newFiles) if (!oldFiles.has(file)) differ.push(...now);
  return { composed, differ };
}

/** Everything of a fact a rule or a report may read, but its place: its index, file and line. */
function factSignature(fact: Fact): string {
  return JSON.stringify(fact, (name, value: unknown) => (name === "index" || name === "position" || name === "groupKey" ? undefined : typeof value === "bigint" ? `${value}n` : value));
}

function sourceSignature(source: Source): string {
  const { position: _position, ...rest } = source;
  return JSON.stringify(rest);
}

/**
 * The whole fact base at the ref: the unchanged files' facts of `after` and the changed files' facts
 * at the ref (`composed`), in the order a load of all the old files would give (by file name, then as
 * written). The current facts are shared, not copied; an old version's fact is a copy with an index
 * between those of the facts before and after it (a fraction), so indexes stay unique and in
 * fact-base order, which is all reconcile asks of them.
 */
function baseAtRef(before: FactBase, composed: readonly Fact[], after: FactBase, changedNow: ReadonlySet<string>): { base: FactBase; placed: Fact[] } {
  const kept = after.facts.filter((fact) => !changedNow.has(fact.position.file));
  const old = new Set(before.facts);
  // Both lists are in file order, with no file in both: the changed files' facts go in before the
  // first kept fact of a later file. Only those are placed one by one; the kept facts are copied in runs.
  const facts: Fact[] = [];
  // The changed files' facts as the base at the ref holds them (old versions' facts as copies).
  const placed: Fact[] = [];
  let previous = -1;
  let pending: Fact[] = [];
  const flush = () => {
    pending.forEach((fact, rank) => (fact.index = previous + (rank + 1) / (pending.length + 1)));
    pending = [];
  };
  // An old version's fact goes in as a copy of another class: a fractional index stored in a fact
  // of the loader's own shape would make V8 migrate every fact of the base to a new shape when it is
  // next touched (0.17 s at 100k facts); the copies' shape is theirs alone.
  const atRef = (fact: Fact): Fact => Object.assign(new FactAtRef(), fact);
  let from = 0;
  let next = 0;
  while (next < composed.length) {
    const at = firstOfFileAfter(kept, from, composed[next]!.position.file);
    if (at > from) {
      flush();
      for (let index = from; index < at; index++) facts.push(kept[index]!);
      previous = kept[at - 1]!.index;
    }
    let end = next;
    while (end < composed.length && (at === kept.length || composed[end]!.position.file < kept[at]!.position.file)) end++;
    for (let index = next; index < end; index++) {
      let fact = composed[index]!;
      if (old.has(fact)) pending.push((fact = atRef(fact)));
      else {
        flush();
        previous = fact.index;
      }
      facts.push(fact);
      placed.push(fact);
    }
    next = end;
    from = at;
  }
  flush();
  for (let index = from; index < kept.length; index++) facts.push(kept[index]!);
  const sources = [...after.sources.filter((source) => !changedNow.has(source.position.file)), ...before.sources].sort((a, b) => compareText(a.position.file, b.position.file));
  const files = [...after.files.filter((file) => !changedNow.has(file)), ...before.files].sort(compareText);
  return { base: { sources, facts, files }, placed };
}

/** What an old version's fact is an instance of in the base at the ref (see baseAtRef). */
class FactAtRef {}

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
function newAndResolved(atRef: FindingsAtRef, findingsAfter: readonly Finding[], judgeAfter?: FindingsAtRef["judgeFindings"]): Pick<Changes, "newItems" | "changedItems" | "resolvedItems" | "newFindings" | "resolvedFindings"> {
  const { findings: findingsBefore } = atRef;
  const oldIds = new Set(findingsBefore.map((finding) => finding.id));
  const newIds = new Set(findingsAfter.map((finding) => finding.id));
  let itemsBefore = groupDiscrepancies(findingsBefore);
  const itemsAfter = groupDiscrepancies(findingsAfter);
  const oldItemOf = new Map<string, Discrepancy>();
  for (const item of itemsBefore) for (const finding of item.findings) oldItemOf.set(finding.id, item);
  let newItems: Discrepancy[] = [];
  let changedItems: ItemChange[] = [];
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
  // With `judgeAfter`, the findings now are judged only where the changes list their items (the
  // others are not shown), and those items are made again with the leads their judgements give.
  if (judgeAfter && newItems.length + changedItems.length > 0) {
    judgeAfter([...newItems, ...changedItems.map((change) => change.item)].flatMap((item) => item.findings));
    newItems = newItems.map(rejudgedItem);
    changedItems = changedItems.map((change) => ({ ...change, item: rejudgedItem(change.item) }));
  }
  return {
    newItems,
    changedItems,
    resolvedItems: itemsBefore.filter(resolved),
    newFindings: findingsAfter.filter((finding) => !oldIds.has(finding.id)),
    resolvedFindings,
  };
}
