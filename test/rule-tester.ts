// RuleTester, as ESLint's: runs one rule alone, through the engine (messages rendered, ids made, repeats
// dropped), over fact files written inline, and checks its valid and invalid cases. Every case is also
// run with its files in reverse order, which must give the same findings, and every finding must carry
// the data its message and its id are made from.
import { describe, expect, it } from "vitest";
import { defaultConfig, type Config } from "../src/config/config.js";
import type { Finding } from "../src/model/finding.js";
import { reconcile } from "../src/reconcile/reconcile.js";
import type { Rule } from "../src/rules/rule.js";
import type { Taxonomy } from "../src/taxonomy/taxonomy.js";
import { loadInline } from "./helpers.js";

/** A case: fact files by name, and the rule's options where not its defaults. */
export interface RuleTesterCase {
  name: string;
  files: Readonly<Record<string, string>>;
  options?: Record<string, unknown>;
}

/** A finding a case expects: its message id, and optionally part of its data, its message, and its facts' sources in order. */
export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, unknown>;
  message?: string;
  sources?: readonly string[];
}

export interface InvalidCase extends RuleTesterCase {
  /** The findings expected, in the engine's order; a number where only their count matters. */
  errors: number | readonly ExpectedFinding[];
}

export class RuleTester {
  /** With a taxonomy, rules see its identities (the arithmetic rules need them); without, none. */
  constructor(private readonly taxonomy?: Taxonomy) {}

  /** What the rule alone finds on the files, with its default severity and its options over the defaults. */
  findings(rule: Rule<never>, files: Readonly<Record<string, string>>, options: Record<string, unknown> = {}): Finding[] {
    const config: Config = { ...defaultConfig(), rules: new Map([[rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions, ...options } }]]) };
    return reconcile(loadInline(files), [], config, this.taxonomy, { rules: [rule] }).findings;
  }

  /** Registers the rule's cases as tests: valid ones find nothing; invalid ones find what they expect. */
  run(rule: Rule<never>, cases: { valid: readonly RuleTesterCase[]; invalid: readonly InvalidCase[] }): void {
    describe(`${rule.meta.id} (RuleTester)`, () => {
      if (cases.valid.length > 0) {
        it.each(cases.valid.map((testCase) => ({ ...testCase })))("valid: $name", (testCase) => {
          expect(this.checked(rule, testCase)).toEqual([]);
        });
      }
      if (cases.invalid.length > 0) {
        it.each(cases.invalid.map((testCase) => ({ ...testCase })))("invalid: $name", (testCase) => {
          const found = this.checked(rule, testCase);
          const expected = typeof testCase.errors === "number" ? undefined : testCase.errors;
          expect(found, "the number of findings").toHaveLength(expected?.length ?? (testCase.errors as number));
          expected?.forEach((want, at) => {
            const finding = found[at]!;
            expect(finding.messageId).toBe(want.messageId);
            if (want.data) expect(finding.data).toMatchObject(want.data);
            if (want.message !== undefined) expect(finding.message).toBe(want.message);
            if (want.sources) expect(finding.facts.map((fact) => fact.sourceId)).toEqual(want.sources);
          });
        });
      }
    });
  }

  /** The rule's findings on a case, after the checks every finding must pass whatever the case. */
  private checked(rule: Rule<never>, testCase: RuleTesterCase): Finding[] {
    const found = this.findings(rule, testCase.files, testCase.options);
    const reversed = this.findings(rule, Object.fromEntries(Object.entries(testCase.files).reverse()), testCase.options);
    expect(reversed.map((finding) => finding.id), "the same findings whatever order the files come in").toEqual(found.map((finding) => finding.id));
    for (const finding of found) {
      expect(Object.keys(rule.meta.messages), "a message the rule declares").toContain(finding.messageId);
      for (const field of rule.meta.identity) expect(finding.data, `data for the identity field ${field}`).toHaveProperty(field);
    }
    return found;
  }
}
