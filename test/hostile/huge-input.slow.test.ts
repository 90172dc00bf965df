// Hostile input at sizes of tens of thousands (`npm run test:slow`, which CI runs after `npm test`):
// the cases hostile-input.test.ts runs at a few hundred or thousand, here where work that grew with the
// square of the size would take minutes and meet the test timeout. Nothing here asserts on time.
import { describe } from "vitest";
import { useHostileWorkspace, wideInputCases } from "./validate-run.js";

const { validate } = useHostileWorkspace();

describe("generated hostile files, tens of thousands wide", () => wideInputCases(validate, { anchors: 50_000, keys: 20_000, others: 50_000 }));
