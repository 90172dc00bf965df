// Every rule concord runs, in one list sorted by id. Adding a rule means adding it here and giving
// it a test file under test/rules/.
import type { Rule } from "./rule.js";
import { arithmeticGrowth } from "./arithmetic-growth.js";
import { arithmeticRatio } from "./arithmetic-ratio.js";
import { arithmeticSum } from "./arithmetic-sum.js";
import { basisDifference } from "./basis-difference.js";
import { contradiction } from "./contradiction.js";
import { dateConflict } from "./date-conflict.js";
import { orderAndSign } from "./order-and-sign.js";
import { outsideGuidance } from "./outside-guidance.js";
import { restatement } from "./restatement.js";
import { runRate } from "./run-rate.js";
import { selfContradiction } from "./self-contradiction.js";

export const RULES: readonly Rule<never>[] = [
  arithmeticGrowth,
  arithmeticRatio,
  arithmeticSum,
  basisDifference,
  contradiction,
  dateConflict,
  orderAndSign,
  outsideGuidance,
  restatement,
  runRate,
  selfContradiction,
] as Rule<never>[];

export function ruleById(id: string): Rule<never> | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
