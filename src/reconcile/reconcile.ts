// Reconciling: index facts by key in one hash map, run every enabled rule over the groups, give each
// finding its stable id and severity, judge which value of each contradiction the evidence supports,
// attach editors' verdicts, and sort. Pure: same facts in, same findings out, whatever order the files
// were read in.
import type { Fact, FactBase, NumericValue, Qualifier, Source } from "../model/types.js";
import { intervalOf, type Interval } from "../numbers/interval.js";
import { RULES } from "../rules/registry.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import { runRules, type EnabledRule } from "./run-rules.js";
import type { Review } from "../reviews/reviews.js";
import { defaultConfig, type Config } from "../config/config.js";
import { conflictWithin } from "../rules/value-spread.js";
import { buildFactIndex } from "../identities/fact-index.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { intervalFromExact, type RationalInterval } from "../numbers/rational.js";
import { factKeyOf, keyId } from "./fact-key.js";
import { SEVERITY_RANK, type FactGroup, type FactKey, type Finding } from "../model/finding.js";
import { judge, type IdentityEvidence, type JudgementContext } from "./judgement.js";
import type { ReviewStatus } from "../model/finding.js";
import type { Discrepancy } from "../model/discrepancy.js";
import { groupDiscrepancies, rejudgedItem } from "./discrepancies.js";

interface ReconcileResult {
  findings: Finding[];
  /** The findings grouped into discrepancies, the unit of the report and the CI gate (see discrepancies.ts). */
  items: Discrepancy[];
  /** Reviews whose finding or item no longer exists. */
  staleReviews: Review[];
}

/**
 * What the arithmetic rules found, as evidence for judging: every fact used in an identity that does
 * not hold "breaks" it (93亿 breaks the segment sum and the growth it is quoted with).
 */
function brokenIdentities(findings: readonly Finding[]): IdentityEvidence {
  const broken = new Map<Fact, string[]>();
  for (const finding of findings) {
    const identity = finding.brokenIdentity;
    if (identity === undefined) continue;
    for (const fact of finding.facts) {
      const list = broken.get(fact) ?? [];
      if (!list.includes(identity)) list.push(identity);
      broken.set(fact, list);
    }
  }
  return (fact) => ({ satisfied: [], broken: broken.get(fact) ?? [] });
}

/** A taxonomy with nothing in it: what rules see when reconcile is given none. */
const NO_IDENTITIES: Taxonomy = { entities: new Map(), segments: new Map(), measures: new Map(), metrics: new Map(), identities: [], storeCounts: new Map() };

interface ReconcileOptions {
  /** What the arithmetic identities say about a fact, weighed when judging contradictions. */
  identityEvidence?: IdentityEvidence;
  /** The rules to run (each as the configuration enables it); every rule concord has by default. */
  rules?: readonly Rule<never>[];
  /**
   * Per rule id, the groups that rule is to see (the DuckDB engine's pre-filter, which keeps every
   * group a finding could come from); the others keep their order. Rules not named see every group.
   */
  candidates?: ReadonlyMap<string, (group: FactGroup) => boolean>;
  /**
   * For `reconcile --since` with no verdicts to match, which wants only the findings its report can
   * show. Identity violations are found on every key, as judging weighs every broken identity; the
   * other rules start only from the keys `reach` gives each (where its findings can differ from the
   * ref's: ChangeScope's ofRule) and from the keys of identity violations citing a `touched` fact (the
   * items shown, shown whole). Their findings on other keys are worked out when asked for (findingsOn).
   */
  shownOnly?: { reach: (ruleId: string) => (key: FactKey) => boolean; touched: ReadonlySet<Fact> };
}

/**
 * Whether a rule's findings are evidence for judging (it reports broken identities, which judging
 * counts against the values involved): only identity violations are (test/reconcile/reconcile.test.ts).
 */
export function givesEvidence(rule: Rule<never>): boolean {
  return rule.meta.kind === "identity_violation";
}

/** The kinds of finding that get a judgement: values that cannot all be right. */
const JUDGED = new Set<Finding["kind"]>(["contradiction", "self_contradiction"]);

export function groupFacts(facts: readonly Fact[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const fact of facts) {
    const group = groups.get(fact.groupKey);
    if (group) group.facts.push(fact);
    else groups.set(fact.groupKey, { key: factKeyOf(fact), facts: [fact] });
  }
  return [...groups.values()];
}

/**
 * What every rule sees, built once per reconcile: the facts grouped by key, an index of the groups,
 * the sources, and each fact's interval cached (exact and rational). Tests build the same with it.
 */
export function buildRuleContext(factBase: FactBase, config: Config = defaultConfig(), taxonomy?: Taxonomy, grouped?: readonly FactGroup[]): Omit<RuleContext<never>, "options"> {
  // A value a later filing restated is kept for the record, but only the restatement rule compares it.
  const superseded = factBase.facts.filter((fact) => fact.supersededBy !== undefined);
  const standing = superseded.length === 0 ? factBase.facts : factBase.facts.filter((fact) => fact.supersededBy === undefined);
  // `grouped`: the facts already grouped as groupFacts would (see groupsAtRef), taken when no fact is superseded.
  const groups = grouped && superseded.length === 0 ? [...grouped] : groupFacts(standing);
  const restated = superseded.length === 0 ? [] : restatedGroups(groups, superseded);
  const sources = new Map<string, Source>(factBase.sources.map((source) => [source.id, source]));
  const index = buildFactIndex(groups, sources);
  // An interval depends only on the parsed value and the qualifier, and facts of a common written value
  // share one parsed value (see load): each distinct interval is made once, exact and rational, and
  // the facts share it. Indexed by fact.index first, which is unique within a fact base.
  const intervalOptions = { aboutTolerance: config.aboutTolerance };
  const intervals: (Interval | undefined)[] = new Array(factBase.facts.length);
  const byValue = new Map<Qualifier, Map<NumericValue, Interval>>();
  const cachedIntervalOf = (fact: Fact): Interval => {
    let interval = intervals[fact.index];
    if (!interval) {
      if (fact.parsed.kind !== "number") throw new Error(`fact ${fact.index} is not numeric`);
      let ofValue = byValue.get(fact.qualifier);
      if (!ofValue) byValue.set(fact.qualifier, (ofValue = new Map()));
      interval = ofValue.get(fact.parsed);
      if (!interval) ofValue.set(fact.parsed, (interval = intervalOf(fact.parsed, fact.qualifier, intervalOptions)));
      intervals[fact.index] = interval;
    }
    return interval;
  };
  const rationalIntervals = new Map<Interval, RationalInterval>();
  const cachedRationalIntervalOf = (fact: Fact): RationalInterval => {
    const interval = cachedIntervalOf(fact);
    let rational = rationalIntervals.get(interval);
    if (!rational) rationalIntervals.set(interval, (rational = intervalFromExact(interval)));
    return rational;
  };
  const disagreement = new Map<FactGroup, boolean>();
  const valuesDisagree = (group: FactGroup): boolean => {
    let disagrees = disagreement.get(group);
    if (disagrees === undefined) {
      disagrees = conflictWithin(group.facts.filter((fact) => fact.parsed.kind === "number").map(cachedIntervalOf));
      disagreement.set(group, disagrees);
    }
    return disagrees;
  };
  return { groups, restated, index, taxonomy: taxonomy ?? NO_IDENTITIES, sources, intervalOf: cachedIntervalOf, rationalIntervalOf: cachedRationalIntervalOf, valuesDisagree };
}

/** Per key with a superseded value: the facts that stand, then the superseded ones, each in fact-base order. */
function restatedGroups(groups: readonly FactGroup[], superseded: readonly Fact[]): FactGroup[] {
  const standing = new Map(groups.map((group) => [group.facts[0]!.groupKey, group.facts]));
  return groupFacts(superseded).map((group) => ({ key: group.key, facts: [...(standing.get(group.facts[0]!.groupKey) ?? []), ...group.facts] }));
}

/**
 * Runs every enabled rule over the fact base, judges each contradiction and attaches the editors'
 * verdicts. The taxonomy supplies the identities the arithmetic rules check; without it only the
 * value rules run.
 */
export function reconcile(factBase: FactBase, reviews: readonly Review[] = [], config: Config = defaultConfig(), taxonomy?: Taxonomy, options: ReconcileOptions = {}): ReconcileResult {
  const { findings, judgeFindings } = findingsUnjudged(factBase, config, taxonomy, options);
  judgeFindings(findings);
  return withReviews(findings, reviews);
}

/**
 * As reconcile, but nothing is judged yet: for `reconcile --since`, whose report shows only the items
 * touching a changed fact, judging every other finding would cost a good part of the run for nothing
 * (a tenth of it at 100k facts). `judgeFindings` judges some findings as reconcile would (the evidence
 * is every finding's); `judgeItems` judges the findings of some items and gives those items again with
 * the leads and judgements reconcile gives them. The findings, their order, the items' grouping and
 * ids, and the stale reviews are reconcile's whatever is judged; with `options.shownOnly`, the
 * findings on the keys it names and the items they make are (every identity violation is found), which
 * is all `--since` shows when no verdict is recorded, and `findingsOn` gives the other rules' findings
 * on more keys.
 */
export function reconcileLazily(
  factBase: FactBase,
  reviews: readonly Review[],
  config: Config,
  taxonomy?: Taxonomy,
  options: ReconcileOptions = {},
): ReconcileResult & { judgeFindings: (some: readonly Finding[]) => void; judgeItems: (some: readonly Discrepancy[]) => Discrepancy[]; groups?: readonly FactGroup[]; findingsOn?: (keys: (key: FactKey) => boolean) => Finding[] } {
  const { findings, judgeFindings, groups, findingsOn } = findingsUnjudged(factBase, config, taxonomy, options);
  const result = withReviews(findings, reviews);
  const judgeItems = (some: readonly Discrepancy[]) => {
    judgeFindings(some.flatMap((item) => item.findings));
    return some.map(rejudgedItem);
  };
  // The facts grouped by key (every fact of the base, when none is superseded): the base at a ref is grouped from them.
  const superseded = factBase.facts.some((fact) => fact.supersededBy !== undefined);
  return { ...result, judgeFindings, judgeItems, ...(superseded ? {} : { groups }), ...(findingsOn ? { findingsOn } : {}) };
}

/** The findings with the editors' verdicts attached, in report order, grouped into items; and the stale reviews. */
function withReviews(findings: Finding[], reviews: readonly Review[]): ReconcileResult {
  const byId = new Map(findings.map((finding) => [finding.id, finding]));
  const onItems: Review[] = [];
  for (const review of reviews) {
    const finding = byId.get(review.finding);
    if (!finding) {
      onItems.push(review);
      continue;
    }
    finding.review = reviewStatus(review);
  }
  findings.sort(compareFindings);
  // A verdict names a finding or an item (`d-…`); one that names neither is stale.
  const items = groupDiscrepancies(findings, new Map(onItems.map((review) => [review.finding, reviewStatus(review)])));
  const itemIds = new Set(items.map((item) => item.id));
  const staleReviews = onItems.filter((review) => !itemIds.has(review.finding));
  return { findings, items, staleReviews };
}

/**
 * The keys a reconcile at a ref works out (`reconcile --since`): `within`, those whose findings may
 * differ from now's, and `outside`, the findings now on every other key, which are the same at the
 * ref and join the ref's findings as evidence for judging. With `reach`, each rule's findings are
 * worked out on its own part of `within` only (ChangeScope's ofRule), and `outside` also holds the
 * findings now on the rest of `within` that are the same at the ref.
 */
interface RefScope {
  within: (key: FactKey) => boolean;
  outside: readonly Finding[];
  reach?: (ruleId: string) => (key: FactKey) => boolean;
}

/**
 * The rules' findings in report order, not yet judged, and how to judge some of them as reconcile
 * would (the evidence is every finding's). For `--since`, whose report shows the ref's findings only
 * where they are resolved: judging the rest would cost a good part of a reconcile for nothing.
 *
 * With `scope`, only findings on the keys it holds are worked out: the rules start from those keys'
 * groups alone, reading the rest of the fact base through the index as ever, and `scope.outside`
 * (the findings on every other key, known to be the same) joins them as evidence for judging.
 */
export function reconcileUnjudged(
  factBase: FactBase,
  config: Config,
  taxonomy: Taxonomy,
  scope?: RefScope,
  grouped?: readonly FactGroup[],
): { findings: Finding[]; judgeFindings: (some: readonly Finding[]) => void } {
  const result = findingsUnjudged(factBase, config, taxonomy, {}, scope, grouped);
  result.findings.sort(compareFindings);
  return result;
}

function findingsUnjudged(
  factBase: FactBase,
  config: Config,
  taxonomy: Taxonomy | undefined,
  options: ReconcileOptions,
  scope?: RefScope,
  grouped?: readonly FactGroup[],
): { findings: Finding[]; judgeFindings: (some: readonly Finding[]) => void; groups: readonly FactGroup[]; findingsOn?: (keys: (key: FactKey) => boolean) => Finding[] } {
  const shared = buildRuleContext(factBase, config, taxonomy, grouped);
  const enabled: EnabledRule[] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules.get(rule.meta.id);
    if (setting && setting.severity !== "off") enabled.push({ rule, severity: setting.severity, options: setting.options });
  }
  // Groups keep their order when filtered, so a rule meets the scope's groups as it would in a full run.
  const within = (context: typeof shared, keys: (key: FactKey) => boolean) => ({ ...context, groups: context.groups.filter((group) => keys(group.key)), restated: context.restated.filter((group) => keys(group.key)) });
  const inScope = scope ? within(shared, scope.within) : shared;
  const { candidates, shownOnly } = options;
  const reach = scope?.reach;
  const run = (one: EnabledRule, context: typeof inScope) => {
    const keep = candidates?.get(one.rule.meta.id);
    return runRules([one], keep ? { ...context, groups: context.groups.filter(keep) } : context);
  };
  let all: Finding[];
  let findingsOn: ((keys: (key: FactKey) => boolean) => Finding[]) | undefined;
  if (shownOnly) {
    // The identity violations first: the keys of those citing a touched fact hold items shown whole.
    const evidence = enabled.filter((one) => givesEvidence(one.rule)).flatMap((one) => run(one, inScope));
    const cited = new Set(evidence.filter((finding) => finding.facts.some((fact) => shownOnly.touched.has(fact))).map((finding) => keyId(finding.key)));
    const others = enabled.filter((one) => !givesEvidence(one.rule));
    const covered = (one: EnabledRule) => {
      const reached = shownOnly.reach(one.rule.meta.id);
      return (key: FactKey) => reached(key) || cited.has(keyId(key));
    };
    all = [...evidence, ...others.flatMap((one) => run(one, within(inScope, covered(one))))];
    findingsOn = (keys) =>
      others.flatMap((one) => {
        const done = covered(one);
        return run(one, within(inScope, (key) => keys(key) && !done(key)));
      });
  } else if (candidates || reach) {
    all = enabled.flatMap((one) => {
      const id = one.rule.meta.id;
      const found = run(one, reach ? within(inScope, reach(id)) : inScope);
      return reach ? found.filter((finding) => reach(id)(finding.key)) : found;
    });
  } else all = runRules(enabled, inScope);
  const findings = scope ? all.filter((finding) => scope.within(finding.key)) : all;
  // Judging reads the rules' own index; the evidence from broken identities is gathered from every
  // finding, and only when there is something to judge. A finding's judgement depends on nothing
  // else, so judging some findings gives each what judging all would.
  let judgementContext: JudgementContext | undefined;
  const judgeFindings = (some: readonly Finding[]) => {
    for (const finding of some) {
      if (!JUDGED.has(finding.kind) || finding.judgement) continue;
      judgementContext ??= { ...shared, identityEvidence: options.identityEvidence ?? brokenIdentities(scope ? [...scope.outside, ...findings] : findings) };
      finding.judgement = judge(finding, judgementContext);
    }
  };
  return { findings, judgeFindings, groups: shared.groups, ...(findingsOn ? { findingsOn } : {}) };
}

function reviewStatus(review: Review): ReviewStatus {
  return { verdict: review.verdict, ...(review.right ? { right: review.right } : {}), note: review.note, reviewer: review.reviewer, date: review.date };
}

/** Severity first, then key, then rule and id: a total order, so reports are byte-identical. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.key.entity, b.key.entity) ||
    compareText(a.key.segment, b.key.segment) ||
    compareText(a.key.metric, b.key.metric) ||
    compareText(a.key.measure, b.key.measure) ||
    compareText(a.key.of ?? "", b.key.of ?? "") ||
    compareText(a.key.period, b.key.period) ||
    compareText(a.rule, b.rule) ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
