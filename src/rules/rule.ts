// What a rule is: metadata (id, kind, description, default severity, options schema) and a pure
// function from grouped facts to findings. Rules never see files or the clock.
import type { Fact, Source } from "../model/types.js";
import type { Interval } from "../numbers/interval.js";
import type { RationalInterval } from "../numbers/rational.js";
import type { FactGroup, FactKey, FindingKind, Severity } from "../model/finding.js";
import type { FactIndex } from "../identities/fact-index.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";

export interface RuleMeta {
  id: string;
  kind: FindingKind;
  description: string;
  defaultSeverity: Severity;
  /** JSON Schema of the rule's options in concord.config.yaml. */
  optionsSchema: Record<string, unknown>;
  defaultOptions: Record<string, unknown>;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** Every group of facts sharing a key (a group may hold a single fact); values a later filing restated are left out. */
  groups: readonly FactGroup[];
  /**
   * The keys that hold a value a later filing restated (a fact with `superseded_by`): each group has
   * the superseded facts and the facts of the key that stand. Only the restatement rule reads them.
   */
  restated: readonly FactGroup[];
  /** Lookup of facts by key, for rules whose operands have other keys (identities). */
  index: FactIndex;
  taxonomy: Taxonomy;
  sources: ReadonlyMap<string, Source>;
  options: Options;
  /** The interval a numeric fact allows (rounding and qualifier), with the configured tolerances. */
  intervalOf(fact: Fact): Interval;
  /** The same interval over rationals, for arithmetic across facts; cached per fact. */
  rationalIntervalOf(fact: Fact): RationalInterval;
  /**
   * Whether some two numeric facts of the group do not overlap, whatever their source or basis.
   * Cached per group: most keys agree, and every value rule can skip them at once.
   */
  valuesDisagree(group: FactGroup): boolean;
}

/** A finding as a rule reports it; reconcile adds the id, severity and review. */
export interface RuleFinding {
  key: FactKey;
  facts: Fact[];
  message: string;
  /** What makes this finding itself: reconcile hashes it with the rule id into the finding's id. */
  identity: string;
  /** For arithmetic rules: the id of the identity that does not hold. */
  brokenIdentity?: string;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): RuleFinding[];
}

/** The options schema of a rule that takes none: an empty object, nothing else. */
export const NO_OPTIONS = { type: "object", additionalProperties: false, properties: {} } as const;
