// How facts read to people, shared by rules, judgements and reports: basis and qualifier words, and
// a value as written ("1,735–1,785 億 USD").
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
};

/** How a value's qualifier reads before it: "more than 1 GW"; nothing for exact values. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  about: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
  less_than: "less than",
};
