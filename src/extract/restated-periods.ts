// A figure restated without a period (a headline, a later aside) takes the period, and when it says
// none of its own the basis, of where the article states the same figure with its period; a
// headline's loose word for a metric (利润, "profit") takes the body's precise one; a story's bare word
// for a metric whose narrower form it states (净利润 beside 归母净利润), or defines as that form
// ("Net profit is profit attributable to shareholders"), means the narrower one.
import { parseWrittenNumber } from "../numbers/written-number.js";
import { formatRational, fromExact } from "../numbers/rational.js";
import type { MetricDefinition } from "../taxonomy/taxonomy.js";
import type { TermMatch } from "./lexicon.js";
import type { Term } from "./terms.js";
import type { ProposedFact } from "./proposed-fact.js";

/**
 * A figure restated where no period is said (a headline, a later aside: "900亿美元资本开支") is the
 * same figure as where the article states it with its period: it takes that period, and that basis when
 * it says none of its own. The same figure is the same entity, segment, metric, measure, unit and
 * value, or one end of a range stated there (a headline often gives the top of a range). The first
 * statement with a period wins; one pass to index them, one to look them up.
 */
export function takeRestatedPeriods(facts: ProposedFact[], stated: readonly boolean[], onHeadline: (line: number) => boolean = () => false): void {
  // By metric, then by value as written (commas dropped); the other fields are compared on lookup.
  const statements = new Map<string, Map<string, ProposedFact[]>>();
  const plain = (value: string) => (value.includes(",") ? value.replaceAll(",", "") : value);
  const same = (a: ProposedFact, b: ProposedFact) => a.entity === b.entity && a.segment === b.segment && a.measure === b.measure && a.unit === b.unit && a.scale === b.scale;
  const index = (fact: ProposedFact, value: string) => {
    let byValue = statements.get(fact.metric);
    if (!byValue) statements.set(fact.metric, (byValue = new Map()));
    const list = byValue.get(plain(value));
    // Only the first statement of each figure is kept, so a list is as long as the kinds of figure with that value, not the text.
    if (!list) byValue.set(plain(value), [fact]);
    else if (!list.some((other) => same(other, fact))) list.push(fact);
  };
  // (A headline's period lends itself to nothing: the body's own words say the figure's.)
  facts.forEach((fact, i) => {
    if (!stated[i] || fact.period === "none" || onHeadline(fact.line)) return;
    index(fact, fact.value);
    if (fact.valueHigh !== undefined) index(fact, fact.valueHigh);
  });
  facts.forEach((fact, i) => {
    if (stated[i] || fact.valueHigh !== undefined) return;
    const statement = statements.get(fact.metric)?.get(plain(fact.value))?.find((other) => same(other, fact));
    // (An end of a forecast's range, "revenue growth of 3% to 5%" for the year, is no statement of a
    // result in the body that happens to share it, "Revenue rose 3%" in the quarter; a headline may
    // restate one, 年省40亿 over a body's 20亿-40亿美元 a year.)
    if (!statement || (statement.valueHigh !== undefined && statement.basis !== fact.basis && !onHeadline(fact.line))) return;
    fact.period = statement.period;
    if (fact.basis === "reported") fact.basis = statement.basis;
  });
}

/**
 * A headline writes a metric loosely (云业务贡献超6成利润, "profit falls 79%") where the body states the
 * figure precisely (贡献了超过60%的营业利润, profit attributable down 79%): a figure on a headline line
 * read as a metric whose words the taxonomy says are used loosely for others (`loosely_for`) is the
 * body's figure of one of those metrics with the same company, segment, measure, unit and value, the
 * headline's value being the body's rounded (79% for 79.25%), and the same period when the headline
 * says one. It takes the body's metric, period and basis. A headline figure of the body's own metric
 * takes the body's basis ("EBITDAR跌1.4%" over a body's adjusted EBITDAR) and, saying none, its period.
 */
export function takePreciseMetrics(facts: ProposedFact[], stated: readonly boolean[], metrics: ReadonlyMap<string, MetricDefinition>, onHeadline: (line: number) => boolean, samePeriod: (a: ProposedFact, b: ProposedFact) => boolean): void {
  // Each line is asked once; the body's figures are indexed by metric, so the pass stays linear.
  const headline = new Map<number, boolean>();
  const isHeadline = (line: number) => {
    let known = headline.get(line);
    if (known === undefined) headline.set(line, (known = onHeadline(line)));
    return known;
  };
  const bodyByMetric = new Map<string, ProposedFact[]>();
  for (const fact of facts) {
    if (isHeadline(fact.line)) continue;
    const list = bodyByMetric.get(fact.metric);
    if (list) list.push(fact);
    else bodyByMetric.set(fact.metric, [fact]);
  }
  facts.forEach((fact, i) => {
    if (fact.valueHigh !== undefined || !isHeadline(fact.line)) return;
    // The body's figure of a precise metric the headline's word is loose for, else of the same metric.
    const loose = metrics.get(fact.metric)?.looselyFor ?? [];
    const body = [...loose, fact.metric].flatMap((metric) => bodyByMetric.get(metric) ?? []).find(
      (other) =>
        // (The headline's own words repeated lower down, in a caption, are no statement of the body's.)
        other.quote !== fact.quote &&
        other.entity === fact.entity &&
        other.segment === fact.segment &&
        (other.measure === fact.measure || (CHANGES.has(other.measure) && CHANGES.has(fact.measure))) &&
        other.unit === fact.unit &&
        roundsTo(other.value, fact.value) &&
        (!stated[i] || samePeriod(other, fact)),
    );
    if (!body) return;
    if (body.metric !== fact.metric || !stated[i]) fact.period = body.period;
    fact.metric = body.metric;
    // A headline drops the words for which change it is (首季多赚88% over the body's 按季): the body's.
    fact.measure = body.measure;
    if (fact.basis === "reported") fact.basis = body.basis;
  });
}

/** Period-on-period changes a headline may state without saying which. */
const CHANGES: ReadonlySet<string> = new Set(["yoy", "qoq"]);

/** Whether `precise`, rounded to the decimals `rounded` is written with, is `rounded` (exactly, in decimals). */
function roundsTo(precise: string, rounded: string): boolean {
  const body = parseWrittenNumber(precise);
  const headline = parseWrittenNumber(rounded);
  if (!body || !headline) return false;
  return formatRational(fromExact(body.value), headline.decimals) === formatRational(fromExact(headline.value), headline.decimals);
}

/**
 * A story that states a narrower form of a metric (归属于母公司股东的净利润, "profit attributable to
 * shareholders") means it by that metric's bare words too (净利润同比增长12%, "net profit rose 12%"):
 * a figure read as a metric another one `narrows` (the taxonomy's field) takes the narrower metric
 * when the story states that one for the same company and segment on the same footing. Footings are
 * kept apart because a story sets an adjusted net profit beside an attributable one, and the market's
 * expectation of either beside the result: the company's own figures and outlook are one footing, its
 * adjusted (non-GAAP) figures another, the market's expectations a third. Where the story gives both
 * metrics for one period, footing and measure with different values, it tells them apart, and nothing
 * of that company and segment moves.
 */
export function takeStoryMetrics(facts: ProposedFact[], metrics: ReadonlyMap<string, MetricDefinition>, defined: ReadonlySet<string> = new Set()): void {
  const narrower = new Map<string, string>();
  for (const metric of metrics.values()) if (metric.narrows !== undefined) narrower.set(metric.narrows, metric.id);
  if (narrower.size === 0) return;
  const footing = (fact: ProposedFact) => (fact.basis === "non_gaap" || fact.basis === "estimate" ? fact.basis : "own");
  const holder = (fact: ProposedFact, metric: string) => `${metric}|${fact.entity}|${fact.segment}`;
  const stated = new Set<string>();
  const values = new Map<string, string>();
  // ("Net profit is profit attributable to shareholders", a table's note: the text defines the bare
  // words as the narrower metric, which it then states for every figure of the company's own.)
  for (const fact of facts) {
    const narrow = narrower.get(fact.metric);
    if (narrow !== undefined && defined.has(narrow) && footing(fact) === "own") stated.add(`${holder(fact, narrow)}|own`);
  }
  for (const fact of facts) {
    if (metrics.get(fact.metric)?.narrows === undefined) continue;
    stated.add(`${holder(fact, fact.metric)}|${footing(fact)}`);
    values.set(`${holder(fact, fact.metric)}|${fact.period}|${fact.measure}|${fact.basis}`, fact.value);
  }
  if (stated.size === 0) return;
  const apart = new Set<string>();
  for (const fact of facts) {
    const narrow = narrower.get(fact.metric);
    const value = narrow === undefined ? undefined : values.get(`${holder(fact, narrow)}|${fact.period}|${fact.measure}|${fact.basis}`);
    if (value !== undefined && value !== fact.value) apart.add(holder(fact, narrow!));
  }
  for (const fact of facts) {
    const narrow = narrower.get(fact.metric);
    if (narrow !== undefined && stated.has(`${holder(fact, narrow)}|${footing(fact)}`) && !apart.has(holder(fact, narrow))) fact.metric = narrow;
  }
}

/** Between a metric's bare words and a narrower one's in a definition: "is", "means", "refers to", 指, 系指, 即 ("here" at most). */
const DEFINED_AS_BETWEEN = /^\s?(?:here\s|in\sthis\stable\s)?(?:is|means|refers\sto|denotes|指|系指|即)\s?$/u;

/**
 * The narrower metrics a text defines its bare words as ("Net profit is profit attributable to
 * shareholders", 净利润指归属于母公司股东的净利润): a term of a metric another `narrows`, then a word of
 * definition, then a term of that narrower metric. takeStoryMetrics reads them as stated.
 */
export function definedNarrower(terms: readonly TermMatch<Term>[], lower: string, metrics: ReadonlyMap<string, MetricDefinition>): Set<string> {
  const defined = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) {
    const narrow = terms[i + 1]!.entries.find((entry) => entry.kind === "metric" && metrics.get(entry.id)?.narrows !== undefined);
    if (narrow === undefined || narrow.kind !== "metric") continue;
    const broad = metrics.get(narrow.id)!.narrows!;
    if (!terms[i]!.entries.some((entry) => entry.kind === "metric" && entry.id === broad)) continue;
    if (DEFINED_AS_BETWEEN.test(lower.slice(terms[i]!.end, terms[i + 1]!.start))) defined.add(narrow.id);
  }
  return defined;
}
