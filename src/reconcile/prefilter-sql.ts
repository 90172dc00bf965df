// The DuckDB engine's SQL: which groups of facts the group-level rules (contradiction, basis
// difference, growth, sums) could flag, worked out over the fact table's float64 columns. SQL only
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
import { sumTerm, type SumIdentity, type Term } from "../identities/identity.js";
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
SELECT fact_index, entity, segment, metric, measure, "of", period_key, unit, basis,
  period_key_year_before AS py, period_key_quarter_before AS pq,
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
  return new Map([
    ["contradiction", `${disagreeing} ORDER BY fact_index`],
    ["basis-difference", `${disagreeing} ORDER BY fact_index`],
    ["arithmetic-growth", `SELECT fact_index FROM (${growthGroupsSql()}) ORDER BY fact_index`],
    ["arithmetic-sum", sums.length === 0 ? "SELECT NULL::INTEGER AS fact_index WHERE FALSE" : `SELECT DISTINCT fact_index FROM (${sums.map((identity) => `(${sumGroupsSql(identity)})`).join(" UNION ALL ")}) ORDER BY fact_index`],
  ]);
}
