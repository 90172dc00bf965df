import { existsSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { useCliWorkspace } from "./cli-helpers.js";

const { run, stdout, stderr, write, read, file, copy } = useCliWorkspace("concord-import-");
beforeEach(() => {
  for (const name of ["amzn", "amat", "sony-ifrs"]) copy(`test/fixtures/companyfacts/${name}.json`, `${name}.json`);
});

describe("concord import sec", () => {
  it("writes a YAML fact file to stdout that validates, and counts what it skipped on stderr", async () => {
    expect(await run("import", "sec", "amzn.json")).toBe(0);
    const yaml = stdout();
    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/fact-file.schema.json");
    const document = parse(yaml) as { source: { kind: string }; facts: Record<string, string>[] };
    expect(document.source.kind).toBe("primary");
    expect(document.facts).toHaveLength(42);
    expect(stderr()).toBe(
      [
        "amzn.json: 42 facts for AMZN (5 fourth quarters derived, 1 earlier value kept as restated)",
        "amzn.json: skipped 3 concepts no metric maps (4 values), e.g. us-gaap:AccountsPayableCurrent, dei:EntityPublicFloat, us-gaap:Goodwill",
        "amzn.json: skipped 1 value: a duration for a balance (e.g. us-gaap:CashAndCashEquivalentsAtCarryingValue 2023-01-01 to 2023-12-31)",
        "amzn.json: skipped 1 value: a duration that is no quarter, half, nine months or year (e.g. us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax 2023-10-01 to 2023-11-30)",
        "amzn.json: 1 value of a concept with lower precedence not used (the order of the taxonomy's sec_concepts)",
        "amzn.json: 1 fourth quarter not derived: the year and the quarters before it are of different concepts",
        "",
      ].join("\n"),
    );
    write("facts/amzn-sec-companyfacts.yaml", yaml);
    expect(await run("validate")).toBe(0);
    expect(stdout()).toBe("1 file, 1 source, 42 facts: no problems\n");
    expect(await run("reconcile", "--format", "json", "--out", "-", "--fail-on", "info")).toBe(1);
    const report = JSON.parse(stdout()) as { items: { findings: { rule: string; severity: string }[] }[] };
    expect(report.items.flatMap((item) => item.findings).map((finding) => [finding.rule, finding.severity])).toEqual([["restatement", "info"]]);
  });

  it("writes JSON with --format json, and a file with --out only when it does not exist (or --force)", async () => {
    expect(await run("import", "sec", "amat.json", "--format", "json", "--out", "facts/amat-sec.json")).toBe(0);
    const written = JSON.parse(read("facts/amat-sec.json")) as { defaults: { entity: string } };
    expect(written.defaults.entity).toBe("AMAT");
    expect(stdout()).toBe("");
    expect(await run("import", "sec", "amzn.json", "--out", "facts/amat-sec.json")).toBe(2);
    expect(stderr()).toContain("facts/amat-sec.json exists; not overwriting it (use --force to replace it)");
    expect(JSON.parse(read("facts/amat-sec.json")).defaults.entity).toBe("AMAT");
    expect(await run("import", "sec", "amzn.json", "--out", "facts/amat-sec.json", "--force")).toBe(0);
    expect(read("facts/amat-sec.json")).toContain("entity: \"AMZN\"");
  });

  it("keeps only recent periods with --since, and refuses a --since that is no year", async () => {
    expect(await run("import", "sec", "amzn.json", "--since", "2024", "--format", "json")).toBe(0);
    expect((JSON.parse(stdout()) as { facts: unknown[] }).facts).toHaveLength(4);
    expect(await run("import", "sec", "amzn.json", "--since", "last year")).toBe(2);
    expect(stderr()).toContain('--since is not a year (found "last year"; expected a year YYYY, e.g. 2023)');
  });

  it("exits 2 for an unknown CIK with the stanza to add, and files under --entity", async () => {
    const gizmo = JSON.parse(read("amzn.json")) as { cik: number; entityName: string };
    gizmo.cik = 1234567;
    gizmo.entityName = "Gizmo Robotics Inc.";
    write("gizmo.json", JSON.stringify(gizmo, null, 1));
    expect(await run("import", "sec", "gizmo.json")).toBe(2);
    const message = stderr();
    expect(message).toContain("gizmo.json:2:9 /cik: no entity of the taxonomy has CIK 1234567 (Gizmo Robotics Inc.)");
    expect(message).toContain("Add the company to the taxonomy's entities (check every field), then import again:\n  GIZMO:\n");
    expect(message).toContain("    cik: 1234567\n");
    expect(message).toContain('    fiscal_year_end: "12-31"');
    expect(stdout()).toBe("");
    expect(await run("import", "sec", "sony-ifrs.json", "--entity", "SONY", "--format", "json")).toBe(0);
    expect(stderr()).toContain("sony-ifrs.json: 8 facts for SONY");
  });

  it("exits 2 on malformed JSON at its line and column, never with a stack trace", async () => {
    write("broken.json", '{\n  "cik": 1018724,\n  "entityName": "X",\n  "facts": {},\n}\n');
    expect(await run("import", "sec", "broken.json")).toBe(2);
    expect(stderr()).toMatch(/^broken\.json:5:1: invalid JSON: a trailing comma before `}`/);
    expect(stderr()).not.toContain("    at ");
  });

  it("exits 2 on the wrong shape, naming the JSON path and its line", async () => {
    const data = JSON.parse(read("amat.json")) as { facts: { "us-gaap": { EarningsPerShareDiluted: { units: Record<string, { val: unknown }[]> } } } };
    data.facts["us-gaap"].EarningsPerShareDiluted.units["USD/shares"]![1]!.val = "6.21";
    write("shape.json", JSON.stringify(data, null, 1));
    expect(await run("import", "sec", "shape.json")).toBe(2);
    const lines = read("shape.json").split("\n");
    const line = lines.findIndex((text) => text.includes('"6.21"')) + 1;
    const column = lines[line - 1]!.indexOf('"6.21"') + 1;
    expect(stderr()).toContain(`shape.json:${line}:${column} /facts/us-gaap/EarningsPerShareDiluted/units/USD~1shares/1/val: \`val\` is not a number (found "6.21"; expected a JSON number)`);
    write("list.json", "[1, 2]\n");
    expect(await run("import", "sec", "list.json")).toBe(2);
    expect(stderr()).toContain("list.json:1:1: not a companyfacts document (found a list of 2;");
  });

  it("exits 2 for a missing file, an unknown --entity, or a file that is not text", async () => {
    expect(await run("import", "sec", "nowhere.json")).toBe(2);
    expect(stderr()).toContain("nowhere.json:1:1: no such file");
    expect(await run("import", "sec", "amzn.json", "--entity", "NOPE")).toBe(2);
    expect(stderr()).toContain("--entity is not an entity of the taxonomy");
    write("binary.json", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await run("import", "sec", "binary.json")).toBe(2);
    expect(existsSync(file("facts/amzn-sec-companyfacts.yaml"))).toBe(false);
  });
});
