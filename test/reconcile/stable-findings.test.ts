// Finding ids are what editors' verdicts name, so they must not move when the engine changes. The
// fixture holds the id, rule and message of every finding the repository's facts gave before rules
// reported typed data (when rules still built their own messages and identity strings); the engine
// must still give each of them, byte for byte. New facts may add findings; none may change these.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { repositoryRoot } from "../helpers.js";

interface Row { id: string; rule: string; message: string }

describe("finding ids and messages across engine changes", () => {
  it("gives every finding of the fixture with the same id, rule and message", async () => {
    const out: string[] = [];
    await main(["reconcile", "--format", "json", "--out", "-"], { cwd: repositoryRoot, stdout: (text) => out.push(text), stderr: () => {} });
    const report = JSON.parse(out.join("")) as { items: { findings: (Row & { data: Record<string, unknown> })[] }[] };
    const now = new Map(report.items.flatMap((item) => item.findings).map((finding) => [finding.id, { id: finding.id, rule: finding.rule, message: finding.message }]));
    const before = JSON.parse(readFileSync(path.join(repositoryRoot, "test/fixtures/repository-findings.json"), "utf8")) as Row[];
    expect(before.length).toBeGreaterThan(50);
    for (const row of before) expect(now.get(row.id), `finding ${row.id}`).toEqual(row);
  });
});
