// What changed between two fact bases (for `reconcile --since REF`): facts added, removed and changed,
// each change with a readable per-fact diff, and findings new and resolved. Pure.
import { createTwoFilesPatch } from "diff";
import type { Fact, FactBase } from "../model/types.js";
import { toFactRecord } from "../format/fact-records.js";
import type { Finding } from "./finding.js";
import { keyString } from "./fact-key.js";

export interface FactChange {
  change: "added" | "removed" | "changed";
  sourceId: string;
  /** The fact now (added, changed) or before (removed). */
  fact: Fact;
  /** For changes: a unified diff of the fact's fields. */
  diff?: string;
}

export interface Changes {
  since: string;
  facts: FactChange[];
  newFindings: Finding[];
  resolvedFindings: Finding[];
  /** Facts added or changed since the ref: findings not involving one of them are left out of the report. */
  touched: Set<Fact>;
}

/**
 * A fact's identity across versions: its source, key and basis, and its rank among facts of the same
 * source with that key and basis (so a restated figure is told apart from its restatement).
 */
function identities(factBase: FactBase): Map<string, Fact> {
  const counts = new Map<string, number>();
  const result = new Map<string, Fact>();
  for (const fact of factBase.facts) {
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
      const diff = createTwoFilesPatch(`${since}:${previous.position.file}:${previous.position.line}`, `${fact.position.file}:${fact.position.line}`, was, is, undefined, undefined, { context: 2 })
        .split("\n")
        .filter((line) => !line.startsWith("===="))
        .join("\n");
      facts.push({ change: "changed", sourceId: fact.sourceId, fact, diff });
      touched.add(fact);
    }
  }
  for (const [identity, fact] of old) if (!now.has(identity)) facts.push({ change: "removed", sourceId: fact.sourceId, fact });
  facts.sort((a, b) => (a.fact.position.file < b.fact.position.file ? -1 : a.fact.position.file > b.fact.position.file ? 1 : a.fact.position.line - b.fact.position.line) || a.change.localeCompare(b.change));
  const oldIds = new Set(findingsBefore.map((finding) => finding.id));
  const newIds = new Set(findingsAfter.map((finding) => finding.id));
  return {
    since,
    facts,
    newFindings: findingsAfter.filter((finding) => !oldIds.has(finding.id)),
    resolvedFindings: findingsBefore.filter((finding) => !newIds.has(finding.id)),
    touched,
  };
}
