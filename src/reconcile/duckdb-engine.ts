// The DuckDB engine (`reconcile --engine duckdb`): the group-level rules' candidate groups worked out
// as SQL over the facts in DuckDB (src/reconcile/prefilter-sql.ts), then handed to reconcile, where the
// rules' exact code runs on those groups only and every other rule as ever. The report is the default
// engine's, byte for byte: SQL narrows, the exact interval arithmetic judges.
import type { FactBase } from "../model/types.js";
import type { FactGroup } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { Config } from "../config/config.js";
import { formatExact } from "../numbers/written-number.js";
import { FACT_TABLE, type FactStore } from "../io/duckdb-store.js";
import { candidateQueries, setupSql } from "./prefilter-sql.js";

/** The fact store holds other facts than the fact base loaded (a Parquet folder exported from other files, or before they changed). */
export class StoreMismatch extends Error {}

export interface EngineCandidates {
  /** Per rule id, whether a group is one the rule must see. */
  candidates: Map<string, (group: FactGroup) => boolean>;
  /** Groups kept per rule id, for the CLI's note. */
  kept: Map<string, number>;
}

/**
 * Runs the pre-filter queries and maps the facts they name back to the fact base's groups (by the
 * fact's index, the same in the store as in memory: both are load order). Checks first that the
 * store holds the fact base's facts: the same count, lines and columns.
 */
export async function duckdbCandidates(store: FactStore, factBase: FactBase, taxonomy: Taxonomy, config: Config): Promise<EngineCandidates> {
  const [check] = await store.query(`SELECT count(*)::BIGINT AS facts, coalesce(sum(line), 0)::BIGINT AS lines, coalesce(sum("column"), 0)::BIGINT AS columns, coalesce(sum(fact_index), 0)::BIGINT AS indexes FROM ${FACT_TABLE}`);
  let lines = 0;
  let columns = 0;
  for (const fact of factBase.facts) {
    lines += fact.position.line;
    columns += fact.position.column;
  }
  const expected = factBase.facts.length;
  const found = { facts: Number(check?.facts), lines: Number(check?.lines), columns: Number(check?.columns), indexes: Number(check?.indexes) };
  if (found.facts !== expected || found.lines !== lines || found.columns !== columns || found.indexes !== (expected * (expected - 1)) / 2) {
    throw new StoreMismatch(`the store holds ${found.facts} facts that are not the ${expected} facts loaded (export them again from the same fact files)`);
  }
  await store.run(setupSql(Number(formatExact(config.aboutTolerance))));
  const candidates = new Map<string, (group: FactGroup) => boolean>();
  const kept = new Map<string, number>();
  for (const [ruleId, sql] of candidateQueries(taxonomy)) {
    const groupKeys = new Set<string>();
    for (const row of await store.query(sql)) {
      const fact = factBase.facts[Number(row.fact_index)];
      if (fact) groupKeys.add(fact.groupKey);
    }
    kept.set(ruleId, groupKeys.size);
    candidates.set(ruleId, (group) => groupKeys.has(group.facts[0]!.groupKey));
  }
  return { candidates, kept };
}
