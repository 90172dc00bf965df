// What a rule is, shaped as ESLint and Ruff shape theirs: metadata (id, kind, description, default
// severity, options schema, message templates keyed by id, the data fields that make a finding itself)
// and a pure function from grouped facts to reports of typed data. The engine renders the messages,
// computes the stable ids and drops repeats; rules never see files, the clock or each other.
import type { Fact, Source } from "../model/types.js";
import type { Interval } from "../numbers/interval.js";
import type { RationalInterval } from "../numbers/rational.js";
import type { FactGroup, FactKey, FindingData, FindingKind, Severity } from "../model/finding.js";
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
  /** The rule's sentences by message id; `{{name}}` is replaced by the report's `data.name` (a list in words for an array). */
  messages: Readonly<Record<string, string>>;
  /**
   * The `data` fields that make a finding itself, in order: the engine joins them (an array's items
   * with ",", fields with "|") and hashes them with the rule id and the key into the finding's id, so
   * the id survives changes to unrelated facts and to the wording of the message.
   */
  identity: readonly string[];
}

/** A report's data: text, numbers and lists of text, by name (a finding carries it as it is). */
export type ReportData = FindingData;

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

/** What a rule reports: which of its messages, the data the message and the id are made from, and the facts. */
export interface RuleReport {
  messageId: string;
  data: ReportData;
  key: FactKey;
  facts: Fact[];
  /** For arithmetic rules: the id of the identity that does not hold, weighed when judging. */
  brokenIdentity?: string;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): RuleReport[];
}

/** The options schema of a rule that takes none: an empty object, nothing else. */
export const NO_OPTIONS = { type: "object", additionalProperties: false, properties: {} } as const;
