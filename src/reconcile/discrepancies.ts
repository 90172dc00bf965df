// Grouping findings into discrepancies, the unit an editor decides on. Pure: findings (and the
// verdicts recorded on item ids) in, items out; every finding lands in exactly one item.
//
// The rule. Each finding has its *facts in conflict*: the facts it cites that are on its own key (for
// a contradiction, self-contradiction, basis difference, date conflict or restatement that is every
// fact it cites; for an identity violation, the stated figure the arithmetic does not match, e.g. the
// 22 % growth; for an actual outside guidance, the actual and the guided range). The other facts an
// identity cites are its operands: evidence, not part of the conflict. Findings whose facts in conflict
// overlap are one item, transitively (union-find over those facts).
//
// Why not over every fact a finding cites: the operands of a sum identity (Amazon's segments adding up
// to the total) or of a growth identity (last year's level, used by every growth rate quoted for the
// key) would chain unrelated conflicts together: North America's 93亿 against 115亿, the total's 250亿
// against its segments and AWS's margin would become one item, and every growth rate quoted against
// the release's 2024 level another. Restricted to facts in conflict, every item lies on one key, and
// on that key only findings that share a fact merge: advertising growth, 22 % against 23 % (two growth
// identities on the quoted 22 %s, the contradiction, the self-contradiction, the basis difference) is
// one item, while two conflicts on one key with no fact in common (the reported figures disagree, and
// separately the ex-FX ones) stay apart.
//
// The id is `d-` and a hash of the facts in conflict, each as its key, basis and value (not its source,
// file or line, and not the rules or their order): another source repeating a value already in conflict
// keeps the id, as finding ids do. A verdict recorded on the item id covers the whole item; one on a
// finding id (as reviews.yaml written before items existed has them) covers that finding only, and the
// item counts as reviewed when every finding in it is covered (src/model/discrepancy.ts).
import { createHash } from "node:crypto";
import type { Fact } from "../model/types.js";
import type { Finding, ReviewStatus } from "../model/finding.js";
import { SEVERITY_RANK } from "../model/finding.js";
import type { Discrepancy, ItemVerdict } from "../model/discrepancy.js";
import { QUALIFIER_WORDS, writtenForm } from "../model/wording.js";
import { valueSignature } from "../rules/value-spread.js";
import { keyString } from "./fact-key.js";

/** The facts a finding is about: those on its own key (all of them, should none be). */
export function factsInConflict(finding: Finding): Fact[] {
  const { key } = finding;
  const own = finding.facts.filter(
    (fact) => fact.entity === key.entity && fact.segment === key.segment && fact.metric === key.metric && fact.measure === key.measure && (fact.of ?? "") === (key.of ?? "") && fact.period.key === key.period,
  );
  return own.length > 0 ? own : [...finding.facts];
}

/** The kinds whose findings say which value the evidence supports: they lead their item. */
const JUDGED = new Set<Finding["kind"]>(["contradiction", "self_contradiction"]);

/**
 * Groups findings into items. `findings` in report order (reconcile's); items come in the order of
 * their first finding, so most severe first. `itemReviews` holds the verdicts recorded on item ids.
 */
export function groupDiscrepancies(findings: readonly Finding[], itemReviews: ReadonlyMap<string, ReviewStatus> = new Map()): Discrepancy[] {
  // Union-find over finding positions, joined through the facts in conflict they share.
  const parent = findings.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const owner = new Map<Fact, number>();
  const conflict = findings.map(factsInConflict);
  conflict.forEach((facts, index) => {
    for (const fact of facts) {
      const other = owner.get(fact);
      if (other === undefined) owner.set(fact, index);
      else {
        const [a, b] = [root(index), root(other)];
        // The smaller position stays the root, so a group's root is its first finding.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const members = new Map<number, number[]>();
  findings.forEach((_, index) => {
    const at = root(index);
    const list = members.get(at);
    if (list) list.push(index);
    else members.set(at, [index]);
  });

  const groups = [...members.values()].map((positions) => {
    const facts = [...new Set(positions.flatMap((index) => conflict[index]!))].sort((a, b) => a.index - b.index);
    const signatures = [...new Set(facts.map(factSignature))].sort();
    const hash = shortHash(signatures.join("\n"));
    const firstId = positions.map((index) => findings[index]!.id).sort()[0]!;
    return { positions, facts, hash, firstId };
  });
  // Two items with the same facts in conflict by value but no fact in common (rare): all but the one
  // holding the smallest finding id are hashed again with their rank, so the ids do not depend on the
  // findings' order and keep their form.
  const suffix = new Map<(typeof groups)[number], string>();
  const byHash = new Map<string, (typeof groups)[number][]>();
  for (const group of groups) byHash.set(group.hash, [...(byHash.get(group.hash) ?? []), group]);
  for (const same of byHash.values()) same.sort((a, b) => (a.firstId < b.firstId ? -1 : 1)).forEach((group, at) => suffix.set(group, at === 0 ? group.hash : shortHash(`${group.hash}\n${at + 1}`)));

  const items: Discrepancy[] = [];
  for (const group of groups) {
    const { positions, facts } = group;
    const id = `d-${suffix.get(group)!}`;
    const itemFindings = positions.map((index) => findings[index]!);
    const verdicts: ItemVerdict[] = [];
    const onItem = itemReviews.get(id);
    if (onItem) verdicts.push({ ...onItem, on: id });
    for (const finding of itemFindings) if (finding.review) verdicts.push({ ...finding.review, on: finding.id });
    items.push(itemOf(id, itemFindings, facts, verdicts));
  }
  return items;
}

/**
 * The item again, its lead and judgement read from its findings as they are now: for an item grouped
 * before its findings were judged (`reconcile --since` judges only the items its report shows). The
 * grouping and the id do not depend on judgements; only what leads the item does.
 */
export function rejudgedItem(item: Discrepancy): Discrepancy {
  return itemOf(item.id, item.findings, item.facts, item.verdicts);
}

function itemOf(id: string, itemFindings: Finding[], facts: Fact[], verdicts: ItemVerdict[]): Discrepancy {
  const severity = itemFindings.reduce((worst, finding) => (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst] ? finding.severity : worst), itemFindings[0]!.severity);
  // The lead says what the item is: a judged finding (which value the evidence supports) of the
  // item's severity when there is one, else its first finding of that severity.
  const mostSevere = itemFindings.filter((finding) => finding.severity === severity);
  const lead = mostSevere.find((finding) => finding.judgement?.supported) ?? mostSevere.find((finding) => JUDGED.has(finding.kind)) ?? mostSevere[0]!;
  const judgement = lead.judgement ?? (itemFindings.find((finding) => finding.judgement?.supported) ?? itemFindings.find((finding) => finding.judgement))?.judgement;
  return {
    id,
    severity,
    kind: lead.kind,
    key: lead.key,
    findings: itemFindings,
    facts,
    values: [...new Set(facts.map(valueInWords))],
    ...(judgement ? { judgement } : {}),
    ...(judgement?.supported ? { supported: judgement.supported } : {}),
    verdicts,
  };
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/** A fact in conflict as the id sees it: its key, basis and value; not its source or place. */
function factSignature(fact: Fact): string {
  return `${keyString(fact)}\u0000${fact.basis}\u0000${valueSignature(fact)}`;
}

/** "more than 13 percent", "22 percent". */
export function valueInWords(fact: Fact): string {
  const qualifier = QUALIFIER_WORDS[fact.qualifier];
  return `${qualifier ? `${qualifier} ` : ""}${writtenForm(fact)}`;
}
