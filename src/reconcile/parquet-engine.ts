// The DuckDB engine reading a Parquet folder alone (`reconcile --engine duckdb --parquet DIR
// --parquet-only`): no fact file is loaded. SQL over the Parquet picks, for every rule, the groups it
// could flag (src/reconcile/prefilter-sql.ts) and the groups the rule and the judgement read beside
// them; only those groups' facts are made into JavaScript facts, from the Parquet rows themselves; the
// rules' exact code then runs on them, each rule starting from its own kept groups, and the report's
// counts of the whole base come from SQL. The report is the default engine's, byte for byte: SQL
// narrows, the exact interval arithmetic judges every finding.
import type { Basis, Fact, FactBase, Language, Measure, NumericValue, Period, PeriodKind, Qualifier, Source, SourceKind } from "../model/types.js";
import type { FactGroup } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { Config } from "../config/config.js";
import { RULES } from "../rules/registry.js";
import { compareExact, exact, type Exact } from "../numbers/exact.js";
import { formatExact, halfStepOf, parseWrittenNumber, scaleExponent } from "../numbers/written-number.js";
import { FACT_TABLE, SOURCE_TABLE, type FactStore } from "../io/duckdb-store.js";
import { candidateQueries, closureSql, KEPT_GROUPS, setupSql, wantedFactsSql } from "./prefilter-sql.js";

/** The Parquet folder cannot serve a run on its own (written before sources were exported beside the facts). */
export class NoSources extends Error {}

export interface ParquetRun {
  /** The facts the run holds (the kept groups and what is read beside them), with every source. */
  factBase: FactBase;
  /** Facts in the whole base, for the report's counts. */
  factCount: number;
  /** Per rule id, whether a group is one the rule must start from. */
  candidates: Map<string, (group: FactGroup) => boolean>;
  /** Groups kept per rule id, for the CLI's note. */
  kept: Map<string, number>;
}

/**
 * Works out the groups every rule must see and materialises the facts a run needs. Every rule concord
 * has gets a pre-filter: one without would see only the groups held for the others, and could miss a
 * finding, so a rule missing from candidateQueries is an error here, not a silent omission.
 */
export async function parquetRun(store: FactStore, taxonomy: Taxonomy, config: Config): Promise<ParquetRun> {
  if (!store.hasSources) throw new NoSources("the folder has no sources/sources.parquet: it was written before concord exported the sources beside the facts");
  await store.run(setupSql(Number(formatExact(config.aboutTolerance))));
  const queries = candidateQueries(taxonomy);
  const missing = RULES.map((rule) => rule.meta.id).filter((id) => !queries.has(id));
  if (missing.length > 0) throw new Error(`no SQL pre-filter for rule ${missing.join(", ")}: a Parquet-only run cannot run it`);
  await store.run("CREATE OR REPLACE TEMP TABLE kept (rule VARCHAR, fact_index INTEGER)");
  for (const [ruleId, sql] of queries) await store.run(`INSERT INTO kept SELECT '${ruleId}', fact_index FROM (${sql})`);
  for (const sql of closureSql(taxonomy)) await store.run(sql);

  const keys = new Map<string, Set<string>>();
  for (const row of await store.query(`SELECT rule, entity, segment, metric, measure, "of", period_key, unit FROM ${KEPT_GROUPS}`)) {
    const rule = String(row.rule);
    let set = keys.get(rule);
    if (!set) keys.set(rule, (set = new Set()));
    set.add(groupKeyOf(String(row.entity), String(row.segment), String(row.metric), String(row.measure), nullable(row.of), String(row.period_key), String(row.unit)));
  }
  const candidates = new Map<string, (group: FactGroup) => boolean>();
  const kept = new Map<string, number>();
  for (const ruleId of queries.keys()) {
    const set = keys.get(ruleId) ?? new Set<string>();
    kept.set(ruleId, set.size);
    candidates.set(ruleId, (group) => set.has(group.facts[0]!.groupKey));
  }

  const sources = (await store.query(`SELECT * FROM ${SOURCE_TABLE} ORDER BY source_index`)).map(sourceOf);
  const [counted] = await store.query(`SELECT count(*)::BIGINT AS facts FROM ${FACT_TABLE}`);
  const facts: Fact[] = [];
  const toFact = factMaker();
  await store.eachRow(wantedFactsSql(), (row) => facts.push(toFact(row, facts.length)));
  return { factBase: { sources, facts, files: [] }, factCount: Number(counted?.facts ?? 0), candidates, kept };
}

/** The group a fact belongs to, as a string (in memory only: keyString's fields, which include the unit). */
function groupKeyOf(entity: string, segment: string, metric: string, measure: string, of: string | undefined, periodKey: string, unit: string): string {
  return `${entity}|${segment}|${metric}|${measure}|${of ?? ""}|${periodKey}|${unit}`;
}

function nullable(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function sourceOf(row: Record<string, unknown>): Source {
  const url = nullable(row.url);
  const published = nullable(row.published);
  const timezone = nullable(row.timezone);
  const note = nullable(row.note);
  return {
    id: String(row.id),
    publisher: String(row.publisher),
    title: String(row.title),
    ...(url !== undefined ? { url } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
    language: String(row.language) as Language,
    kind: String(row.kind) as SourceKind,
    ...(note !== undefined ? { note } : {}),
    position: { file: String(row.file), line: Number(row.line), column: Number(row.column) },
  };
}

/** A decimal string in plain notation ("-12.5"), as the export writes exact values, back to an exact value. */
function exactOf(text: string): Exact {
  const negative = text.startsWith("-");
  const [integer = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const n = BigInt(`${integer}${fraction}`);
  return exact(negative ? -n : n, -fraction.length);
}

/**
 * Makes facts from rows of every fact column, as the loader makes them from a fact file: the value
 * parsed again from its written form and scale by the loader's own functions (so the same exact
 * values, in the same form), the half step the export wrote when a written precision set it. Facts of
 * one written value share one parsed value, as loaded facts do.
 */
function factMaker(): (row: Record<string, unknown>, index: number) => Fact {
  // Each row brings its own copy of every string: the few distinct ids, units, labels and files are
  // kept once, as the loader keeps them, and so are periods, which many facts share.
  const strings = new Map<string, string>();
  const text = (value: unknown): string => {
    const fresh = String(value);
    const known = strings.get(fresh);
    if (known !== undefined) return known;
    strings.set(fresh, fresh);
    return fresh;
  };
  const optionalText = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : text(value));
  const periods = new Map<string, Period>();
  const periodOf = (row: Record<string, unknown>): Period => {
    const label = text(row.period);
    const key = text(row.period_key);
    const memo = `${label}|${key}`;
    let period = periods.get(memo);
    if (!period) periods.set(memo, (period = { label, kind: String(row.period_kind) as PeriodKind, start: optionalText(row.period_start), end: optionalText(row.period_end), key }));
    return period;
  };
  const parsedValues = new Map<string, NumericValue>();
  const numberOf = (row: Record<string, unknown>): NumericValue => {
    const value = String(row.value);
    const high = nullable(row.value_high);
    const scale = nullable(row.scale);
    const halfStep = String(row.half_step);
    const memo = `${scale ?? ""}|${value}|${high ?? ""}|${halfStep}`;
    let parsed = parsedValues.get(memo);
    if (parsed) return parsed;
    const exponent = scaleExponent(scale) ?? 0;
    const low = parseWrittenNumber(value);
    const top = high === undefined ? undefined : parseWrittenNumber(high);
    const written = exactOf(halfStep);
    let step: Exact = written;
    let lowValue: Exact = exactOf(String(row.value_exact));
    let highValue: Exact | undefined = row.value_high_exact === null ? undefined : exactOf(String(row.value_high_exact));
    if (low && (high === undefined || top)) {
      lowValue = exact(low.value.n, low.value.e + exponent);
      if (top) highValue = exact(top.value.n, top.value.e + exponent);
      const decimals = top ? Math.max(low.decimals, top.decimals) : low.decimals;
      const fromDigits = halfStepOf(decimals, exponent);
      // A half step set by a written precision differs from the digits' own: the export's stands.
      if (compareExact(fromDigits, written) === 0) step = fromDigits;
    }
    parsed = { kind: "number", value: lowValue, high: highValue, halfStep: step };
    parsedValues.set(memo, parsed);
    return parsed;
  };
  const groupKeys = new Map<string, string>();
  return (row, index) => {
    const entity = text(row.entity);
    const segment = text(row.segment);
    const metric = text(row.metric);
    const measure = text(row.measure) as Measure;
    const of = optionalText(row.of);
    const period = periodOf(row);
    const unit = text(row.unit);
    const dateValue = nullable(row.date_value);
    const fresh = groupKeyOf(entity, segment, metric, measure, of, period.key, unit);
    let groupKey = groupKeys.get(fresh);
    if (groupKey === undefined) groupKeys.set(fresh, (groupKey = fresh));
    return {
      index,
      sourceId: text(row.source_id),
      entity,
      segment,
      metric,
      measure,
      of,
      period,
      basis: text(row.basis) as Basis,
      qualifier: text(row.qualifier) as Qualifier,
      written: { value: text(row.value), valueHigh: optionalText(row.value_high), scale: optionalText(row.scale), unit },
      unit,
      parsed: dateValue !== undefined ? { kind: "date", date: dateValue } : numberOf(row),
      quote: String(row.quote),
      note: nullable(row.note),
      filing: optionalText(row.filing),
      supersededBy: optionalText(row.superseded_by),
      position: { file: text(row.file), line: Number(row.line), column: Number(row.column) },
      groupKey,
    };
  };
}
