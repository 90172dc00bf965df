// Finding the facts an identity needs without scanning: every group of facts indexed by its key, so
// "North America revenue, reported, 2024-Q4" is a few map lookups, and the operand an identity takes
// from them (its own source's, else the company's) is chosen once per question. Periods are looked
// up by their days, and shifted by whole years or quarters on those days.
import type { Basis, Fact, Source } from "../model/types.js";
import { comparedBasis } from "../model/wording.js";
import type { FactGroup } from "../model/finding.js";
import { existingSubtree, subtree, type MapTree } from "../model/map-tree.js";

export interface OperandQuery {
  entity: string;
  segment: string;
  metric: string;
  measure?: string;
  of?: string;
  /** The period's key (its days). */
  period: string;
  basis?: Basis;
  unit?: string;
}

export interface FactIndex {
  /** Numeric facts with this key and basis (default reported), in fact-base order. Do not modify. */
  find(query: OperandQuery): readonly Fact[];
  /** Numeric facts with this key on any basis (and in `unit`, when given), in fact-base order. */
  findAnyBasis(query: Omit<OperandQuery, "basis">): readonly Fact[];
  /** The facts `find` gives, as candidates to choose an identity's operand from. */
  operands(query: OperandQuery): Operands;
  /** Shorthand for operands(query).choose(preferredSource). */
  operand(query: OperandQuery, preferredSource?: string): Fact | undefined;
  /** Groups of every key, to enumerate the facts an identity starts from. */
  groups: readonly FactGroup[];
}

/** The candidates for one operand: the facts answering one question. */
export interface Operands {
  readonly facts: readonly Fact[];
  /**
   * The one an identity uses: the anchor's own source first (an article is checked against itself),
   * then a primary source (the company's release), then the first stated. Undefined when there is none.
   */
  choose(preferredSource?: string): Fact | undefined;
}

const ANY_BASIS = "*";

/** One key's groups (one per unit) and the answers made for it, by unit and then basis. */
interface Leaf {
  groups: FactGroup[];
  answers: Map<string | undefined, Map<string, Operands>>;
}

/**
 * The index is a map tree (model/map-tree.ts), one level per key field (entity, segment, metric,
 * measure, of), then a leaf per period; the query's strings are the taxonomy's ids and the periods'
 * shared keys, so no key string is built per question. Each distinct question's answer is made once
 * and kept in its leaf.
 */
export function buildFactIndex(groups: readonly FactGroup[], sources: ReadonlyMap<string, Source> = new Map()): FactIndex {
  const root: MapTree = new Map();
  // The few primary sources, apart: asked about for every list of candidates.
  const primary = new Set([...sources.values()].filter((source) => source.kind === "primary").map((source) => source.id));
  for (const group of groups) {
    const { entity, segment, metric, measure, of, period } = group.key;
    const byPeriod = subtree(subtree(subtree(subtree(subtree(root, entity), segment), metric), measure), of);
    let leaf = byPeriod.get(period) as Leaf | undefined;
    if (!leaf) byPeriod.set(period, (leaf = { groups: [], answers: new Map() }));
    leaf.groups.push(group);
  }

  function operands(query: OperandQuery, basis: string): Operands {
    const byPeriod = existingSubtree(existingSubtree(existingSubtree(existingSubtree(existingSubtree(root, query.entity), query.segment), query.metric), query.measure ?? "level"), query.of);
    const leaf = byPeriod?.get(query.period) as Leaf | undefined;
    if (!leaf) return NO_OPERANDS;
    let byBasis = leaf.answers.get(query.unit);
    if (!byBasis) leaf.answers.set(query.unit, (byBasis = new Map()));
    let answer = byBasis.get(basis);
    if (!answer) {
      const matches = (fact: Fact) => fact.parsed.kind === "number" && (query.unit === undefined || fact.unit === query.unit) && (basis === ANY_BASIS || comparedBasis(fact.basis) === basis);
      // Usually the key has one group and all of it answers: share its list rather than copy it.
      const only = leaf.groups.length === 1 ? leaf.groups[0]!.facts : undefined;
      const facts = only?.every(matches) ? only : leaf.groups.flatMap((group) => group.facts.filter(matches));
      byBasis.set(basis, (answer = new Candidates(facts, primary)));
    }
    return answer;
  }

  return {
    groups,
    find: (query) => operands(query, query.basis ?? "reported").facts,
    findAnyBasis: (query) => operands(query, ANY_BASIS).facts,
    operands: (query) => operands(query, query.basis ?? "reported"),
    operand: (query, preferredSource) => operands(query, query.basis ?? "reported").choose(preferredSource),
  };
}

/** Operands that remember what choosing among them has worked out: asked once per fact of a group, answered from memory. */
class Candidates implements Operands {
  /** The first fact of each source, made when first needed. */
  private firstBySource?: Map<string, Fact>;
  /** The first fact of a primary source (null: none), made when first needed. */
  private firstPrimary?: Fact | null;

  constructor(
    readonly facts: readonly Fact[],
    private readonly primary: ReadonlySet<string>,
  ) {}

  choose(preferredSource?: string): Fact | undefined {
    const { facts } = this;
    if (facts.length === 0) return undefined;
    if (preferredSource !== undefined) {
      if (!this.firstBySource) {
        this.firstBySource = new Map();
        for (const fact of facts) if (!this.firstBySource.has(fact.sourceId)) this.firstBySource.set(fact.sourceId, fact);
      }
      const own = this.firstBySource.get(preferredSource);
      if (own) return own;
    }
    if (this.firstPrimary === undefined) this.firstPrimary = facts.find((fact) => this.primary.has(fact.sourceId)) ?? null;
    return this.firstPrimary ?? facts[0];
  }
}

/** No candidates: what a question about a key nobody states gets. */
export const NO_OPERANDS: Operands = new Candidates([], new Set());

