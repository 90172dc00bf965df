// Test helper for the DuckDB engine's slow tests: a folder's facts loaded, put in an in-memory fact
// store, and the pre-filters' candidate groups worked out, beside the rule context the rules run on.
import { collectFactFiles } from "../../src/io/fact-files.js";
import { openFactStore } from "../../src/io/duckdb-store.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { duckdbCandidates, type EngineCandidates } from "../../src/reconcile/duckdb-engine.js";
import { buildRuleContext } from "../../src/reconcile/reconcile.js";
import { defaultConfig } from "../../src/config/config.js";
import { ENGINE_COLUMNS, factRows } from "../../src/store/fact-columns.js";
import { repositoryRoot, repositoryTaxonomy } from "../helpers.js";

/** The candidate groups of every rule's pre-filter over `folder`'s facts, and the rule context of those facts. */
export async function prefilterCandidates(folder: string): Promise<{ candidates: EngineCandidates["candidates"]; context: ReturnType<typeof buildRuleContext> }> {
  const taxonomy = repositoryTaxonomy();
  const { factBase } = loadFactFiles(collectFactFiles([folder], repositoryRoot).factFiles, taxonomy);
  const store = await openFactStore({ columns: ENGINE_COLUMNS });
  store.append(factBase.facts.map(factRows(ENGINE_COLUMNS)));
  const { candidates } = await duckdbCandidates(store, factBase, taxonomy, defaultConfig());
  store.close();
  return { candidates, context: buildRuleContext(factBase, defaultConfig(), taxonomy) };
}
