// The DuckDB engine's SQL: which groups of facts each rule could flag (contradiction, basis difference,
// self-contradiction, growth, sums, ratios, run rates, order and sign, guidance, dates, restatements),
// worked out over the fact table's float64 columns, and which other groups the rules and the judgement
// read beside them (an identity's operands, last year's figure). SQL only
// narrows the groups; the rules' own exact code judges every finding on the groups it returns. So each
// query must be conservative: it may keep a group no finding comes from, never drop one a finding
// could come from. Pure: text in, text out.
//
// Why the floats cannot drop a group the exact rule would flag. Each float column holds the correctly
// rounded double of an exact decimal (JavaScript's Number() of the decimal string), so it is within a
// relative 2^-53 ≈ 1.1e-16 of it. A fact's interval bounds below are computed from those doubles in at
// most five operations (value − (half step + |value| × tolerance)), each adding at most 2^-53 of its
// operands' size: every bound is within 6 × 1.1e-16 × `mag` of the exact bound, where `mag` =
// (|value| + |high|) × (1 + tolerance) + half step is at least the size of every operand. Each test
// below compares with a margin of at least 1e-9 × the `mag` of the facts involved (1e-6 in growth's
// ratios), millions of times that error, so a comparison the exact values fail cannot pass in floats.
// Unbounded sides are ±infinity, which compare and add as the exact "unbounded" does; a test whose
// inputs could give NaN or NULL is wrapped so that it keeps the group.
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { ratioTerm, sumTerm, type SumIdentity, type Term } from "../identities/identity.js";
import { FACT_TABLE, sqlText } from "../io/duckdb-store.js";

/** The group a fact belongs to in memory (src/reconcile/fact-key.ts: the key's fields, the period's days and the unit). */
const GROUP = `entity, segment, metric, measure, "of", period_key, unit`;

/**
 * Every numeric fact a rule sees (values a later filing restated are left out, as in memory) with its
 * interval as reconcile's intervalOf makes it (src/numbers/interval.ts), in doubles: `lo`/`hi` are
 * −∞/+∞ where the interval is unbounded.
 */
function intervalsSql(aboutTolerance: number): string {
  return `CREATE OR REPLACE TEMP VIEW iv AS
SELECT fact_index, entity, segment, metric, measure, "of", period_key, unit, basis, qualifier,
  period_key_year_before AS py, period_key_quarter_before AS pq, period_start, period_end, period_months,
  CASE
    WHEN qualifier = 'exact' THEN value_f - half_step_f
    WHEN qualifier = 'about' THEN value_f - (half_step_f + abs(value_f) * tol)
    WHEN qualifier IN ('more_than', 'at_least') THEN CASE WHEN value_f < 0 THEN '-inf'::DOUBLE ELSE value_f END
    ELSE CASE WHEN hv < 0 THEN hv ELSE '-inf'::DOUBLE END
  END AS lo,
  CASE
    WHEN qualifier = 'exact' THEN hv + half_step_f
    WHEN qualifier = 'about' THEN hv + (half_step_f + abs(hv) * tol)
    WHEN qualifier IN ('more_than', 'at_least') THEN CASE WHEN value_f < 0 THEN value_f ELSE 'inf'::DOUBLE END
    ELSE CASE WHEN hv < 0 THEN 'inf'::DOUBLE ELSE hv END
  END AS hi,
  (abs(value_f) + abs(hv)) * (1 + tol) + half_step_f AS mag
FROM (SELECT *, coalesce(value_high_f, value_f) AS hv, ${aboutTolerance}::DOUBLE AS tol FROM ${FACT_TABLE} WHERE value_f IS NOT NULL AND superseded_by IS NULL)`;
}

/**
 * contradiction and basis-difference look only at groups where some two numeric facts do not overlap
 * (reconcile's valuesDisagree): the lowest upper bound at or below the highest lower bound. Exactly,
 * min(hi) ≤ max(lo); in doubles each side moves by less than the margin, so the test keeps the group.
 */
function disagreeingGroupsSql(): string {
  return `SELECT min(fact_index) AS fact_index FROM iv GROUP BY ${GROUP} HAVING min(hi) <= max(lo) + 1e-9 * max(mag)`;
}

/**
 * arithmetic-growth. A yoy or qoq rate is checked against a level of its period and one of the period
 * before, each chosen from the numeric reported (or derived) levels of that key. For positive levels
 * the chosen pair's ratio spans [current low / previous high, current high / previous low], which
 * always contains [A, B] = [max current low / min previous high, min current high / max previous low]
 * (taking every level of either key, of any unit, only narrows [A, B]). If every stated rate's
 * interval, as a ratio 1 + rate / 100, reaches below B and above A, it overlaps every pair's ratio
 * and no finding can come of it: only then is the group dropped. The lows must be positive and at
 * least a thousandth of `mag` (no cancellation), so A and B carry a relative error under 1e-12, well
 * inside the margin of 1e-6. Groups with no level in either period cannot be checked and are dropped;
 * absolute changes and CAGRs are always kept.
 */
function growthGroupsSql(): string {
  return `WITH lv AS (
  SELECT entity, segment, metric, period_key, max(lo) AS max_lo, min(lo) AS min_lo, min(hi) AS min_hi, max(mag) AS mag
  FROM iv WHERE measure = 'level' AND "of" IS NULL AND basis IN ('reported', 'derived') GROUP BY entity, segment, metric, period_key
), rates AS (
  SELECT min(fact_index) AS fact_index, entity, segment, metric, measure, period_key, any_value(py) AS py, any_value(pq) AS pq,
    max(lo) AS s_max_lo, min(hi) AS s_min_hi, max(mag) AS s_mag
  FROM iv WHERE measure IN ('yoy', 'qoq') GROUP BY ${GROUP}
), bounds AS (
  SELECT r.*, c.max_lo / p.min_hi AS a, c.min_hi / p.max_lo AS b, c.min_lo > 1e-3 * c.mag AND p.min_lo > 1e-3 * p.mag AS positive
  FROM rates r
  JOIN lv c ON c.entity = r.entity AND c.segment = r.segment AND c.metric = r.metric AND c.period_key = r.period_key
  JOIN lv p ON p.entity = r.entity AND p.segment = r.segment AND p.metric = r.metric AND p.period_key = CASE WHEN r.measure = 'yoy' THEN r.py ELSE r.pq END
)
SELECT fact_index FROM bounds
WHERE NOT coalesce(positive AND (isinf(b) OR 1 + s_max_lo / 100 < b - 1e-6 * (1 + b + s_mag / 100)) AND 1 + s_min_hi / 100 > a + 1e-6 * (1 + a + s_mag / 100), false)
UNION ALL
SELECT min(fact_index) FROM iv WHERE measure IN ('yoy_abs', 'qoq_abs', 'cagr') GROUP BY ${GROUP}`;
}

/**
 * arithmetic-sum, one identity. An occasion (an entity, or none when every operand names its own, and
 * a period) is checked only when the total and every part have numeric reported facts there. Any
 * chosen parts add up to an interval containing [A, B] = [Σ highest part low, Σ lowest part high]; if
 * every total's interval reaches below B and above A, each overlaps every sum, and the occasion is
 * dropped. The error of adding n doubles is at most n × 2^-53 of the sum of their sizes, inside the
 * margin of 1e-9 × Σ mag. The groups kept are every group stating a term at a kept occasion (the
 * rule finds its occasions from them, as it would from all groups).
 */
function sumGroupsSql(identity: SumIdentity): string {
  const total = sumTerm(identity, identity.total);
  const terms = [total, ...identity.parts.map((part) => sumTerm(identity, part))];
  const someFollow = terms.some((term) => term.entity === undefined);
  const fields = (term: Term, alias: string) => `${alias}.segment = ${sqlText(term.segment!)} AND ${alias}.metric = ${sqlText(term.metric)} AND ${alias}.measure = ${sqlText(term.measure)} AND ${alias}."of" IS NOT DISTINCT FROM ${term.of === undefined ? "NULL" : sqlText(term.of)}`;
  const entityOf = (term: Term) => (term.entity === undefined ? "o.occ_entity" : sqlText(term.entity));
  // Occasions as the rule finds them: from the terms that follow the occasion's entity (one the
  // identity applies to, the rule's appliesTo written as IN), or, when every term names its entity,
  // from those terms with no entity.
  const applicable = (alias: string) => (identity.entities === undefined ? "TRUE" : identity.entities.length === 0 ? "FALSE" : `${alias}.entity IN (${identity.entities.map(sqlText).join(", ")})`);
  const starts = someFollow
    ? terms.filter((term) => term.entity === undefined).map((term) => `(${fields(term, "s")} AND ${applicable("s")})`)
    : terms.map((term) => `(${fields(term, "s")} AND s.entity = ${sqlText(term.entity!)})`);
  const joins = terms.map((term, at) => `JOIN st t${at} ON t${at}.entity = ${entityOf(term)} AND ${fields(term, `t${at}`)} AND t${at}.period_key = o.period_key`).join("\n");
  const parts = terms.slice(1).map((_, at) => `t${at + 1}`);
  const a = parts.map((part) => `${part}.max_lo`).join(" + ");
  const b = parts.map((part) => `${part}.min_hi`).join(" + ");
  const margin = `1e-9 * (${terms.map((_, at) => `t${at}.mag`).join(" + ")})`;
  const matchesTerm = terms.map((term) => `(${fields(term, "f")} AND f.entity = ${term.entity === undefined ? "k.occ_entity" : sqlText(term.entity)})`).join(" OR ");
  return `WITH st AS (
  SELECT entity, segment, metric, measure, "of", period_key, max(lo) AS max_lo, min(hi) AS min_hi, max(mag) AS mag
  FROM iv WHERE basis IN ('reported', 'derived') GROUP BY entity, segment, metric, measure, "of", period_key
), o AS (
  SELECT DISTINCT ${someFollow ? "s.entity" : "''"} AS occ_entity, s.period_key FROM st s WHERE ${starts.join(" OR ")}
), kept AS (
  SELECT o.occ_entity, o.period_key FROM o
  ${joins}
  WHERE NOT coalesce(t0.max_lo < (${b}) - ${margin} AND t0.min_hi > (${a}) + ${margin}, false)
)
SELECT min(f.fact_index) AS fact_index FROM ${FACT_TABLE} f JOIN kept k ON f.period_key = k.period_key AND (${matchesTerm})
WHERE f.superseded_by IS NULL GROUP BY ${GROUP.split(", ").map((column) => `f.${column}`).join(", ")}`;
}

/**
 * order-and-sign. A never-negative metric's fact is flagged when its interval's high is below zero: the
 * group is kept when some fact's high may be (below a margin above zero). A quarter's fact is flagged
 * when its low, above zero, is at or above the high of its fiscal year's figure: the year is one of the
 * level groups of twelve months holding the quarter, in the quarter's unit, so the quarter's group is
 * kept when its highest low reaches the lowest high of any such group (any basis: more facts only lower
 * that high), within the margin. Every year group a kept quarter could take is kept as its operand.
 */
function orderGroupsSql(): string {
  return `WITH q AS (
  SELECT min(fact_index) AS fact_index, entity, segment, metric, unit, period_start, period_end, max(lo) AS max_lo, max(mag) AS mag
  FROM iv WHERE measure = 'level' AND period_months = 3 GROUP BY ${GROUP}, period_start, period_end
), y AS (
  SELECT entity, segment, metric, unit, period_start, period_end, min(hi) AS min_hi, max(mag) AS mag
  FROM iv WHERE measure = 'level' AND period_months = 12 GROUP BY ${GROUP}, period_start, period_end
)
SELECT q.fact_index FROM q JOIN y ON y.entity = q.entity AND y.segment = q.segment AND y.metric = q.metric AND y.unit = q.unit AND y.period_start <= q.period_start AND y.period_end >= q.period_end
WHERE NOT coalesce(q.max_lo < y.min_hi - 1e-9 * (q.mag + y.mag), false)
UNION ALL
SELECT min(fact_index) FROM iv WHERE measure = 'level' AND NOT coalesce(hi >= 1e-9 * mag, false) GROUP BY ${GROUP}`;
}

/** The groups of the rules that only some facts can start from, whatever their values: each keeps every group holding one. */
function statedGroupsSql(where: string, table = "iv"): string {
  return `SELECT min(fact_index) AS fact_index FROM ${table} WHERE ${where} GROUP BY ${GROUP}`;
}

/** arithmetic-ratio: the groups stating a reported percentage of a ratio identity's result, or a share of a named whole. */
function ratioGroupsSql(taxonomy: Taxonomy): string {
  const metrics = taxonomy.identities.flatMap((identity) => (identity.kind === "ratio" ? [ratioTerm(identity.result).metric] : []));
  const named = metrics.length === 0 ? "FALSE" : `metric IN (${metrics.map(sqlText).join(", ")})`;
  return statedGroupsSql(`basis = 'reported' AND unit = 'percent' AND (${named} OR (measure = 'share' AND "of" LIKE '%/%'))`);
}

/** The statements the engine runs first (the intervals view). */
export function setupSql(aboutTolerance: number): string {
  return intervalsSql(aboutTolerance);
}

/**
 * Per rule id, the query whose `fact_index` column names one fact of every group the rule must see,
 * in fact order. Rules the engine does not pre-filter are absent.
 */
export function candidateQueries(taxonomy: Taxonomy): Map<string, string> {
  const sums = taxonomy.identities.filter((identity): identity is SumIdentity => identity.kind === "sum" && identity.parts.length > 0);
  const disagreeing = disagreeingGroupsSql();
  const ordered = (sql: string) => `SELECT DISTINCT fact_index FROM (${sql}) ORDER BY fact_index`;
  return new Map([
    ["arithmetic-growth", ordered(growthGroupsSql())],
    ["arithmetic-ratio", ordered(ratioGroupsSql(taxonomy))],
    ["arithmetic-sum", sums.length === 0 ? "SELECT NULL::INTEGER AS fact_index WHERE FALSE" : ordered(sums.map((identity) => `(${sumGroupsSql(identity)})`).join(" UNION ALL "))],
    ["basis-difference", `${disagreeing} ORDER BY fact_index`],
    ["contradiction", `${disagreeing} ORDER BY fact_index`],
    // Dates are not numbers: two different dates in one group, among the values that stand.
    ["date-conflict", `SELECT min(fact_index) AS fact_index FROM ${FACT_TABLE} WHERE date_value IS NOT NULL AND superseded_by IS NULL GROUP BY ${GROUP} HAVING count(DISTINCT date_value) >= 2 ORDER BY fact_index`],
    ["order-and-sign", ordered(orderGroupsSql())],
    ["outside-guidance", ordered(statedGroupsSql("basis = 'guidance'"))],
    // The restatement rule reads the keys holding a superseded value (with the values that stand), not the groups.
    ["restatement", `SELECT min(fact_index) AS fact_index FROM ${FACT_TABLE} WHERE superseded_by IS NOT NULL GROUP BY ${GROUP} ORDER BY fact_index`],
    ["run-rate", ordered(statedGroupsSql("measure = 'level' AND period_months = 3 AND basis = 'run_rate' AND qualifier = 'exact'"))],
    // One source's facts that do not overlap are facts of the group that do not.
    ["self-contradiction", `${disagreeing} ORDER BY fact_index`],
  ]);
}

/** The temporary tables a Parquet-only run builds: the groups each rule keeps, and every group the run must hold. */
export const KEPT_GROUPS = "kept_groups";
const WANTED = "wanted_groups";

/**
 * The statements that turn the rules' kept facts (`kept`: rule, fact_index, filled from candidateQueries)
 * into the groups each rule is to see (KEPT_GROUPS) and the groups a run must hold to judge them as the
 * default engine would (WANTED): the kept groups themselves, and what the rules and the judgement read
 * beside them through the fact index. Every operand is taken wider than the rule asks (any unit, any
 * basis, every period a rule could pick), so the rule finds in the groups held all it would find in the
 * whole base:
 * - the judgement of a contradiction or self-contradiction: the key's figure a year earlier;
 * - a growth rate: the levels of its series in its period, a year and a quarter before, and every
 *   twelve months within a CAGR's span;
 * - a quarter (order-and-sign): every level of twelve months holding it; a run rate: its quarter's level;
 * - a ratio or share: every group of its period of its entity, the entity its `of` names, and the
 *   entities the ratio identities name;
 * - a sum: the kept groups are already every term at every occasion kept.
 */
export function closureSql(taxonomy: Taxonomy): string[] {
  const named = [...new Set(taxonomy.identities.flatMap((identity) => (identity.kind === "ratio" ? [identity.result, identity.numerator, identity.denominator].map((name) => ratioTerm(name).entity).filter((entity): entity is string => entity !== undefined) : [])))];
  const namedEntities = named.length === 0 ? "FALSE" : `f.entity IN (${named.map(sqlText).join(", ")})`;
  const level = (alias: string, period: string) => `SELECT ${alias}.entity, ${alias}.segment, ${alias}.metric, 'level' AS measure, '' AS of_key, ${period} AS period_key`;
  return [
    `CREATE OR REPLACE TEMP TABLE ${KEPT_GROUPS} AS SELECT DISTINCT k.rule, f.entity, f.segment, f.metric, f.measure, f."of", f.period_key, f.unit FROM kept k JOIN ${FACT_TABLE} f ON f.fact_index = k.fact_index`,
    `CREATE OR REPLACE TEMP TABLE periods AS SELECT DISTINCT period_key, period_key_year_before AS py, period_key_quarter_before AS pq, period_key_prior_year AS prior, period_start, period_end, period_months FROM ${FACT_TABLE}`,
    `CREATE OR REPLACE TEMP TABLE ${WANTED} AS
SELECT entity, segment, metric, measure, coalesce("of", '') AS of_key, period_key FROM ${KEPT_GROUPS}
UNION SELECT g.entity, g.segment, g.metric, g.measure, coalesce(g."of", ''), p.prior FROM ${KEPT_GROUPS} g JOIN periods p USING (period_key) WHERE g.rule IN ('contradiction', 'self-contradiction') AND p.prior IS NOT NULL
UNION ${level("g", "g.period_key")} FROM ${KEPT_GROUPS} g WHERE g.rule IN ('arithmetic-growth', 'run-rate')
UNION ${level("g", "p.py")} FROM ${KEPT_GROUPS} g JOIN periods p USING (period_key) WHERE g.rule = 'arithmetic-growth' AND p.py IS NOT NULL
UNION ${level("g", "p.pq")} FROM ${KEPT_GROUPS} g JOIN periods p USING (period_key) WHERE g.rule = 'arithmetic-growth' AND p.pq IS NOT NULL
UNION ${level("g", "y.period_key")} FROM ${KEPT_GROUPS} g JOIN periods p USING (period_key) JOIN periods y ON y.period_months = 12 AND y.period_start >= p.period_start AND y.period_end <= p.period_end WHERE g.rule = 'arithmetic-growth' AND g.measure = 'cagr'
UNION ${level("g", "y.period_key")} FROM ${KEPT_GROUPS} g JOIN periods p USING (period_key) JOIN periods y ON y.period_months = 12 AND y.period_start <= p.period_start AND y.period_end >= p.period_end WHERE g.rule = 'order-and-sign'
UNION SELECT DISTINCT f.entity, f.segment, f.metric, f.measure, coalesce(f."of", ''), f.period_key FROM ${FACT_TABLE} f JOIN ${KEPT_GROUPS} g ON g.rule = 'arithmetic-ratio' AND f.period_key = g.period_key AND (f.entity = g.entity OR f.entity = split_part(g."of", '/', 1) OR ${namedEntities})`,
  ];
}

/** Every fact of the groups a Parquet-only run holds, in fact order, with every column. */
export function wantedFactsSql(): string {
  return `SELECT f.* FROM ${FACT_TABLE} f SEMI JOIN ${WANTED} w ON w.entity = f.entity AND w.segment = f.segment AND w.metric = f.metric AND w.measure = f.measure AND w.of_key = coalesce(f."of", '') AND w.period_key = f.period_key ORDER BY f.fact_index`;
}
