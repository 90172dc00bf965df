// What a draft check says about each figure of the draft: the figure as written, how concord read it,
// one verdict with its reason, and the ids of the discrepancies it is part of (its evidence, shown as
// the conflict report shows any item). The draft section of the one report model; no logic beyond
// the verdict's level and the gate.
import type { Cause, FactKey, Severity } from "./finding.js";

/**
 * `wrong`: the fact base contradicts the figure and its evidence favours another value.
 * `unsure`: concord doubts its own reading, or cannot tell which side is wrong.
 * `unverified`: nothing in the fact base speaks to the figure.
 * `consistent`: the fact base has the figure's key and nothing there conflicts with it.
 */
export type Verdict = "wrong" | "unsure" | "unverified" | "consistent";

/** `ok` sits below `info`: a consistent figure never fails a check, whatever `--fail-on` says. */
export type VerdictLevel = Severity | "ok";

export const VERDICT_LEVEL: Readonly<Record<Verdict, VerdictLevel>> = { wrong: "error", unsure: "warning", unverified: "info", consistent: "ok" };

/** Verdicts in the order an editor should read them: what to fix first. */
export const VERDICTS: readonly Verdict[] = ["wrong", "unsure", "unverified", "consistent"];

/**
 * How concord read a figure: its key (with the period as written, not as days), basis and value, so
 * an editor can see a misreading at a glance.
 */
export interface Reading extends Omit<FactKey, "periodLabel"> {
  basis: string;
  qualifier: string;
  /** The value as concord read it ("93 亿 USD", "more than 1 GW"). */
  value: string;
  /** The key in words ("AMZN north_america operating_income, 2025-Q4"). */
  key: string;
}

export interface CheckedFigure {
  line: number;
  column: number;
  /** The clause holding the figure, word for word from the draft. */
  quote: string;
  reading: Reading;
  verdict: Verdict;
  level: VerdictLevel;
  /** One sentence saying why the verdict is what it is. */
  why: string;
  /** For `wrong` (and some `unsure`): the value the fact base supports. */
  supported?: { value: string; sources: string[]; reasons: string[] };
  /** For `wrong`: the likely cause, when the judgement found one. */
  cause?: Cause;
  /**
   * The ids of the discrepancies (grouped as reconcile groups them) holding a finding that names the
   * figure, in the order they were grouped: the figure's evidence. Empty when no rule saw it.
   */
  items: string[];
}

/** The draft section of a report: the draft's path, its verdict counts and its figures. */
export interface CheckResult {
  draft: string;
  /** One per draft figure, in the draft's order. */
  figures: CheckedFigure[];
  counts: Record<Verdict, number>;
}

const LEVEL_RANK: Readonly<Record<VerdictLevel, number>> = { error: 0, warning: 1, info: 2, ok: 3 };

/** The figures whose verdict is at or above `failOn`; `never` fails none. */
export function failingFigures(result: CheckResult, failOn: Severity | "never"): CheckedFigure[] {
  if (failOn === "never") return [];
  return result.figures.filter((figure) => LEVEL_RANK[figure.level] <= LEVEL_RANK[failOn]);
}
