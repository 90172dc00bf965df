// The DuckDB engine (`reconcile --engine duckdb`) over a loaded fact base: every rule's candidate
// groups worked out as SQL over the facts in DuckDB (src/reconcile/prefilter-sql.ts), then handed to
// reconcile, where the rules' exact code runs on those groups only. (Reading the Parquet alone, with
// no fact base loaded, is src/reconcile/parquet-engine.ts.) The report is the default
// engine's, byte for byte: SQL narrows, the exact interval arithmetic judges.
import type { FactBase } from "../model/types.js";
import type { FactGroup } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { Config } from "../config/config.js";
import { formatExact } from "../numbers/written-number.js";
import { FACT_TABLE, type FactStore } from "../io/duckdb-store.js";
import { candidateQueries, setupSql } from "./prefilter-sql.js";
import { factRows, FINGERPRINT_COLUMNS } from "../store/fact-columns.js";
import { createHash } from "node:crypto";

/** The fact store holds other facts than the fact base loaded (a Parquet folder exported from other files, or before they changed). */
export class StoreMismatch extends Error {}

export interface EngineCandidates {
  /** Per rule id, whether a group is one the rule must see. */
  candidates: Map<string, (group: FactGroup) => boolean>;
  /** Groups kept per rule id, for the CLI's note. */
  kept: Map<string, number>;
}

/**
 * Checks that a store read from a Parquet folder holds the fact base's facts, value for value: an
 * export older than an edit (one value changed in place) would let the pre-filter drop a group the
 * edit makes wrong. Both sides take an MD5 of each fact's fingerprint columns, joined with "|" (NULL
 * as empty), and an MD5 of those in fact order; equal digests mean the same facts.
 */
export async function verifyStore(store: FactStore, factBase: FactBase): Promise<void> {
  const fields = FINGERPRINT_COLUMNS.map((name) => `coalesce(CAST("${name}" AS VARCHAR), '')`).join(", ");
  const [found] = await store.query(`SELECT count(*)::BIGINT AS facts, md5(coalesce(string_agg(md5(concat_ws('|', ${fields})), '' ORDER BY fact_index), '')) AS digest FROM ${FACT_TABLE}`);
  const toRow = factRows(FINGERPRINT_COLUMNS);
  const all = createHash("md5");
  factBase.facts.forEach((fact, index) => {
    all.update(createHash("md5").update(toRow(fact, index).map((value) => (value === null ? "" : String(value))).join("|")).digest("hex"));
  });
  const expected = factBase.facts.length;
  if (Number(found?.facts) !== expected || found?.digest !== all.digest("hex")) {
    throw new StoreMismatch(`the store's ${Number(found?.facts)} facts are not the ${expected} facts loaded, value for value (export them again from the same fact files)`);
  }
}

/**
 * Runs the pre-filter queries and maps the facts they name back to the fact base's groups (by the
 * fact's index, the same in the store as in memory: both are load order).
 */
export async function duckdbCandidates(store: FactStore, factBase: FactBase, taxonomy: Taxonomy, config: Config): Promise<EngineCandidates> {
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
