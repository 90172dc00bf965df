// Shared by the tests of the identity rules: fact files for articles and company releases, and the
// findings one rule raises when the repository taxonomy (which holds the identities) is given.
import type { Finding } from "../../src/model/finding.js";
import { ruleById } from "../../src/rules/registry.js";
import { repositoryTaxonomy, sourceFile, type FactFields, type SourceHeader } from "../helpers.js";
import { RuleTester } from "../rule-tester.js";

const tester = new RuleTester(repositoryTaxonomy());

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

/** Every finding of `rule`, run alone on the sources with the repository taxonomy (which holds the identities). */
export function identityFindings(rule: string, ...sources: readonly SourceSpec[]): Finding[] {
  return tester.findings(ruleById(rule)!, factFiles(...sources));
}

/** A case of an identity rule: the sources, whether the rule fires, and with which message (else the rule's `messageId`). */
export interface IdentityCase {
  name: string;
  sources: readonly SourceSpec[];
  fires: boolean;
  messageId?: string;
}

/** The cases through the RuleTester, the rule run alone: a case that fires finds one finding, with its message. */
export function testIdentityCases(rule: string, messageId: string, cases: readonly IdentityCase[]): void {
  tester.run(ruleById(rule)!, {
    valid: cases.filter((testCase) => !testCase.fires).map(({ name, sources }) => ({ name, files: factFiles(...sources) })),
    invalid: cases.filter((testCase) => testCase.fires).map(({ name, sources, messageId: own }) => ({ name, files: factFiles(...sources), errors: [{ messageId: own ?? messageId }] })),
  });
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
