// The schemas are compiled at build time into src/load/generated/validators.ts (scripts/generate-
// validators.ts, run by `npm run build`). This regenerates the module in memory from schemas/ as they
// are and fails when the committed one differs: a schema was changed without regenerating it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_MODULE, validatorModule } from "../../scripts/generate-validators.js";

describe("the generated schema validators", () => {
  it("are up to date with schemas/ (regenerate with `npm run build` or `npx tsx scripts/generate-validators.ts`)", () => {
    const committed = readFileSync(GENERATED_MODULE, "utf8");
    const fresh = validatorModule();
    // A failure prints a diff of 370 kB of generated code; say what to do instead.
    expect(committed === fresh, "src/load/generated/validators.ts is stale: run `npm run build` (or `npx tsx scripts/generate-validators.ts`) and commit it with the schema").toBe(true);
  });
});
