// The committed report must be what `concord reconcile` makes from facts/ now, so CI fails when someone
// changes the facts or the reviews and forgets to regenerate it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { repositoryRoot } from "./helpers.js";

describe("reports/conflicts.md", () => {
  it("is up to date with facts/ and facts/reviews.yaml", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["reconcile", "--out", "-"], { cwd: repositoryRoot, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    expect(err.join(""), "concord reconcile reported problems with facts/").toBe("");
    expect([0, 1]).toContain(code);
    const committed = readFileSync(path.join(repositoryRoot, "reports/conflicts.md"), "utf8");
    expect(committed, "reports/conflicts.md is out of date: run `npx concord reconcile` and commit the report").toBe(out.join(""));
  });
});
