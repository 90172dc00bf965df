// How facts read to people, shared by rules, judgements and reports: basis and qualifier words, and
// a value as written ("1,735–1,785 億 USD").
import type { FindingKind } from "./finding.js";
import type { Basis, Fact, Qualifier } from "./types.js";

/** A value as the source wrote it, range and scale included: "115 億 USD". */
export function writtenForm(fact: Fact): string {
  const { value, valueHigh, scale, unit } = fact.written;
  const amount = valueHigh === undefined ? value : `${value}–${valueHigh}`;
  return [amount, scale, unit].filter((part) => part !== undefined).join(" ");
}

export const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  reported: "reported",
  ex_fx: "ex-FX",
  non_gaap: "non-GAAP",
  guidance: "guidance",
  estimate: "estimate",
  plan: "plan",
  run_rate: "run-rate",
  derived: "derived",
};

/**
 * The basis a fact is compared on: a derived figure (a fourth quarter worked out as the company's
 * fiscal year less its nine months) stands for the reported one, so it meets reported figures.
 */
export function comparedBasis(basis: Basis): Basis {
  return basis === "derived" ? "reported" : basis;
}

/** How a value's qualifier reads before it: "more than 1 GW"; nothing for exact values. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  about: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
  less_than: "less than",
};

/** A count with its noun, singular for exactly one: "1 finding", "2 findings", "0 sources". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * How a difference between two values reads, in the values' own terms: a difference of percentages
 * is in percentage points ("by 2.5 percentage points", never "by 2.5 percent"); a difference of
 * amounts keeps the amount's scale and unit ("by 4 亿 USD"). `amount` is the difference as written.
 */
export function differenceInWords(amount: string, unit: string, scale?: string): string {
  if (unit === "percent") return `${amount} ${/^-?1$/.test(amount) ? "percentage point" : "percentage points"}`;
  return [amount, scale, unit].filter((part) => part !== undefined && part !== "").join(" ");
}

/** Items as a list in words: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Clauses joined into one sentence, its first letter capitalised: "A, and B." */
export function sentence(clauses: readonly string[], joiner = ", and "): string {
  const text = clauses.filter((clause) => clause !== "").join(joiner);
  return text === "" ? "" : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What each kind of finding is called in a report's headings (Markdown and HTML alike). */
export const KIND_WORDS: Readonly<Record<FindingKind, string>> = {
  contradiction: "Contradiction",
  self_contradiction: "Self-contradiction",
  basis_difference: "Basis difference",
  date_conflict: "Date conflict",
  identity_violation: "Arithmetic does not add up",
  outside_guidance: "Outside guidance or a forecast",
  restatement: "Restated by a later filing",
  stale_review: "Stale review",
};

/** An editor's verdict in the words a report gives it. */
export const VERDICT_WORDS = { source_right: "source right", both_right: "both right", not_a_conflict: "not a conflict" } as const;
