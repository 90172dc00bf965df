// Shared by the tests of the identity rules: fact files for articles and company releases, and the
// findings one rule raises when the repository taxonomy (which holds the identities) is given.
import { defaultConfig } from "../../src/config/config.js";
import type { Finding } from "../../src/model/finding.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { loadInline, repositoryTaxonomy, sourceFile, type FactFields, type SourceHeader } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** A source: its header fields (id, kind, defaults) and its facts. */
export interface SourceSpec extends SourceHeader {
  facts: readonly FactFields[];
}

/** A secondary source (a news article). */
export const article = (id: string, facts: readonly FactFields[], header: Partial<SourceHeader> = {}): SourceSpec => ({ id, published: "2026-02-06", ...header, facts });

/** A primary source (the company's own release). */
export const release = (id: string, facts: readonly FactFields[], header: Partial<SourceHeader> = {}): SourceSpec => ({ id, published: "2026-02-05", kind: "primary", ...header, facts });

/** One fact file per source, facts/<id>.yaml. */
export function factFiles(...sources: readonly SourceSpec[]): Record<string, string> {
  return Object.fromEntries(sources.map(({ facts, ...header }) => [`facts/${header.id}.yaml`, sourceFile(header, facts)]));
}

/** Every finding of `rule` on the sources, reconciled with the default configuration and the repository taxonomy. */
export function identityFindings(rule: string, ...sources: readonly SourceSpec[]): Finding[] {
  return reconcile(loadInline(factFiles(...sources)), [], defaultConfig(), taxonomy).findings.filter((finding) => finding.rule === rule);
}

/** An amount in 亿 USD (or the scale given in `extra`). */
export const amount = (segment: string, metric: string, value: string, extra: Record<string, string> = {}): FactFields => ({
  segment,
  metric,
  value,
  scale: "亿",
  unit: "USD",
  quote: `${segment} ${metric} of ${value}`,
  ...extra,
});

/** A percentage (a margin, a share, a growth rate: `measure` in `extra`). */
export const percent = (segment: string, metric: string, value: string, extra: Record<string, string> = {}): FactFields => ({
  segment,
  metric,
  value,
  unit: "percent",
  quote: `${segment} ${metric} at ${value} percent`,
  ...extra,
});
