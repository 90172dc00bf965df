// Which findings a change to some facts can alter, for `reconcile --since`: the keys whose findings
// are worked out again at the ref, every other finding being the same there as now. Pure.
//
// A finding is reported on the key of the group a rule starts from, and reads, besides that group,
// only groups of two kinds (through the fact index; judging reads the same, and its evidence is
// every finding's):
// - the same series (entity, segment, metric; any measure, `of`, period or unit): growth reads the
//   levels it compares, order-and-sign the quarter's fiscal year, run-rate the quarter, guidance the
//   actual, judging the key's other bases and earlier periods;
// - the same days in a linked entity (any segment, metric, measure, `of` or unit): sums read their
//   parts, ratios their numerator and denominator, shares the part and the whole.
// Entities are linked where an identity's operand names its entity (the market's companies) and
// where a share is of another entity's segment (`of: MARKET/public_cloud`). So a changed fact can
// alter the findings of its series and of its days in its linked entities, and no others; the
// relation is symmetric, which is what makes it the set of keys whose findings may read it.
//
// Each rule reads less than that: the value rules (contradiction, self-contradiction, basis
// difference, date conflict, restatement) read their own group only, so their findings can differ only
// on the changed facts' own keys; the series rules (growth, order and sign, run rate, guidance) only on
// the changed facts' series; the sums and ratios only on their days in the linked entities. `ofRule`
// gives that part of the scope per rule, and the ref's findings are worked out on it alone.
//
// A rule added later that reads further than this must widen it here (test/reconcile/since.test.ts
// compares the result with a reconcile of the whole base at the ref on generated bases); a rule not
// named in RULE_READS has the whole scope.
import type { Fact } from "../model/types.js";
import type { FactKey } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { ratioTerm, sumTerm, type Term } from "../identities/identity.js";
import { keyId } from "./fact-key.js";

/** Whether findings on a key may differ between the ref and now. */
export interface ChangeScope {
  (key: FactKey): boolean;
  /** Whether a changed fact is on the key (in any unit): its own findings may differ whatever reads it. */
  holdsChanged(key: FactKey): boolean;
  /** The part of the scope where this rule's findings may differ (the whole scope for a rule RULE_READS does not name). */
  ofRule(ruleId: string): (key: FactKey) => boolean;
}

/**
 * What each rule reads besides the group it starts from (see above): nothing, its series, or its days in
 * the linked entities. A rule not listed is given the whole scope (safe, but none of the saving); a test
 * holds every registered rule to an entry here.
 */
export const RULE_READS: Readonly<Record<string, "group" | "series" | "days">> = {
  contradiction: "group",
  "self-contradiction": "group",
  "basis-difference": "group",
  "date-conflict": "group",
  restatement: "group",
  "arithmetic-growth": "series",
  "order-and-sign": "series",
  "run-rate": "series",
  "outside-guidance": "series",
  "arithmetic-sum": "days",
  "arithmetic-ratio": "days",
};

/**
 * The keys whose findings the `changed` facts (the versions of either side that differ) may alter,
 * given every fact of either version (`all`, a list or two, for the shares that link entities). Undefined
 * when the taxonomy has an identity whose reach this does not bound: a sum whose operands name their
 * entity and follow the occasion's both (its occasions start from groups of other keys).
 */
export function changeScope(changed: readonly Fact[], all: readonly (readonly Fact[])[], taxonomy: Taxonomy): ChangeScope | undefined {
  const links = entityLinks(all, taxonomy);
  if (!links) return undefined;
  const series = new Set<string>();
  const days = new Set<string>();
  const own = new Set<string>();
  for (const fact of changed) {
    series.add(seriesOf(fact.entity, fact.segment, fact.metric));
    days.add(daysOf(links(fact.entity), fact.period.key));
    own.add(keyId({ ...fact, period: fact.period.key }));
  }
  const inSeries = (key: FactKey) => series.has(seriesOf(key.entity, key.segment, key.metric));
  const inDays = (key: FactKey) => days.has(daysOf(links(key.entity), key.period));
  const holdsChanged = (key: FactKey) => own.has(keyId(key));
  const within = (key: FactKey) => inSeries(key) || inDays(key);
  const reach = { group: holdsChanged, series: inSeries, days: inDays };
  return Object.assign(within, { holdsChanged, ofRule: (ruleId: string) => (Object.hasOwn(RULE_READS, ruleId) ? reach[RULE_READS[ruleId]!] : within) });
}

function seriesOf(entity: string, segment: string, metric: string): string {
  return `${entity}\u0000${segment}\u0000${metric}`;
}

function daysOf(linked: string, period: string): string {
  return `${linked}\u0000${period}`;
}

/** Each entity's representative among the entities linked to it (all one when an identity reaches every entity). */
function entityLinks(all: readonly (readonly Fact[])[], taxonomy: Taxonomy): ((entity: string) => string) | undefined {
  const parent = new Map<string, string>();
  const root = (entity: string): string => {
    let at = entity;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    return at;
  };
  const link = (a: string, b: string) => {
    // The smaller name stays the root, so the representatives do not depend on the order of links.
    const [ra, rb] = [root(a), root(b)];
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  let everyEntity = false;
  for (const identity of taxonomy.identities) {
    let terms: Term[];
    if (identity.kind === "sum") terms = [identity.total, ...identity.parts].map((name) => sumTerm(identity, name));
    else if (identity.kind === "ratio") terms = [identity.result, identity.numerator, identity.denominator].map(ratioTerm);
    else continue;
    const named = terms.flatMap((term) => (term.entity === undefined ? [] : [term.entity]));
    if (named.length === 0) continue;
    const follow = named.length < terms.length;
    if (follow && identity.kind === "sum") return undefined;
    // A ratio whose result follows the occasion and whose operand names an entity reads that entity
    // from any entity: every entity is one.
    if (follow) everyEntity = true;
    for (const entity of named) link(named[0]!, entity);
  }
  if (everyEntity) return () => "";
  for (const facts of all) {
    for (const fact of facts) {
      if (fact.measure !== "share" || !fact.of?.includes("/")) continue;
      link(fact.entity, fact.of.split("/")[0]!);
    }
  }
  return root;
}
