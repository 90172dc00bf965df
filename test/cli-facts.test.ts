// `concord facts --entity ID [--period P] --format table|markdown`, the selection options with JSON and
// CSV, and counts in the CLI's messages (one is singular). Each test works in a temporary repository.
import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/format/fact-table.js";
import { useCliWorkspace } from "./cli-helpers.js";
import { capex, income, revenue, sourceFile } from "./helpers.js";

const { run, stdout, stderr, write, read } = useCliWorkspace("concord-facts-");

/**
 * Two articles on Amazon: they disagree on North America operating income (115 亿 against 93 亿), agree
 * on revenue (2,134 亿 and 2134.0 亿), and the second alone gives FY2025 capital spending.
 */
function writeTwoSources(): void {
  write("facts/dolphin.yaml", sourceFile({ id: "dolphin-call", publisher: "海豚研究", published: "2026-02-06" }, [income("115", { scale: "億" }), revenue("2,134", { scale: "億" })]));
  write("facts/wire.yaml", sourceFile({ id: "wire-story", publisher: "Wire", published: "2026-02-07" }, [income("93"), revenue("2134.0"), capex("1310")]));
}

describe("concord facts --format table", () => {
  it("shows one company's figures, a row per key and a column per source, the disagreeing values marked", async () => {
    writeTwoSources();
    expect(await run("facts", "--entity", "AMZN", "--format", "table")).toBe(0);
    const lines = stdout().split("\n");
    expect(lines[0]).toBe("AMZN (Amazon.com, Inc.): 3 keys from 2 sources, 1 where sources differ");
    const rows = lines.filter((line) => /^(total|north_america) /.test(line));
    expect(rows.map((line) => line.split(/ {2,}/))).toEqual([
      ["total", "revenue", "level", "2025-Q4", "reported", "2,134 億 USD", "2134.0 亿 USD"],
      ["total", "capex", "level", "FY2025", "reported", "1310 亿 USD"],
      ["north_america", "operating_income", "level", "2025-Q4", "reported", "115 億 USD != [2]", "93 亿 USD != [1]"],
    ]);
    // The second source's column starts at the same display width on every row, though the first holds 億.
    const header = lines[2]!;
    const secondColumn = displayWidth(header.slice(0, header.indexOf("[2]")));
    for (const line of [rows[0]!, rows[2]!]) expect(displayWidth(line.slice(0, line.lastIndexOf("  ") + 2))).toBe(secondColumn);
    expect(stdout()).toContain("[1] dolphin-call: 海豚研究, 2026-02-06\n[2] wire-story: Wire, 2026-02-07\n");
  });

  it("keeps one period with --period, matched on the days it covers", async () => {
    writeTwoSources();
    expect(await run("facts", "--entity", "AMZN", "--period", "2025-Q4", "--format", "table")).toBe(0);
    expect(stdout()).toContain("AMZN (Amazon.com, Inc.), 2025-Q4: 2 keys from 2 sources, 1 where sources differ");
    expect(stdout()).not.toContain("capex");
    expect(await run("facts", "--entity", "AMZN", "--period", "TTM:2025-12-31", "--format", "table")).toBe(0);
    expect(stdout()).toContain("1 key from 1 source, 0 where sources differ");
    expect(stdout()).toContain("1310 亿 USD");
    expect(stdout()).not.toContain("operating_income");
  });

  it("writes Markdown with --format markdown, to a file with --out", async () => {
    writeTwoSources();
    expect(await run("facts", "--entity", "AMZN", "--period", "2025-Q4", "--format", "markdown", "--out", "reports/amzn.md")).toBe(0);
    const markdown = read("reports/amzn.md");
    expect(markdown).toContain("| segment | metric | measure | period | basis | \\[1\\] dolphin-call | \\[2\\] wire-story |");
    expect(markdown).toContain("| north\\_america | operating\\_income | level | 2025-Q4 | reported | **115 億 USD** ≠ \\[2\\] | **93 亿 USD** ≠ \\[1\\] |");
    expect(markdown).toContain("| total | revenue | level | 2025-Q4 | reported | 2,134 億 USD | 2134.0 亿 USD |");
  });

  it("needs --entity, a known entity and a readable period: exit 2", async () => {
    writeTwoSources();
    expect(await run("facts", "--format", "table")).toBe(2);
    expect(stderr()).toContain("--format table shows one company's figures, and no company was given (found no --entity; expected --entity ID, e.g. --entity AMZN)");
    expect(await run("facts", "--entity", "AMZM", "--format", "markdown")).toBe(2);
    expect(stderr()).toContain('--entity is not an entity of the taxonomy (found "AMZM"; expected one of AMZN,');
    expect(await run("facts", "--entity", "AMZN", "--period", "2025-Q5", "--format", "table")).toBe(2);
    expect(stderr()).toContain('--period is not a period (found "2025-Q5"');
  });

  it("selects with --entity and --period for JSON and CSV too", async () => {
    writeTwoSources();
    write("facts/msft.yaml", sourceFile({ id: "msft-story", published: "2026-01-29", entity: "MSFT", period: "2026-Q2" }, [revenue("813")]));
    expect(await run("facts", "--entity", "AMZN", "--period", "FY2025")).toBe(0);
    expect(JSON.parse(stdout()).map((record: { source: string; metric: string }) => `${record.source} ${record.metric}`)).toEqual(["wire-story capex"]);
    expect(await run("facts", "--period", "last quarter", "--format", "csv")).toBe(2);
    expect(await run("facts", "--period", "2026-Q2", "--format", "csv")).toBe(0);
    expect(stdout().trim().split("\r\n").slice(1).map((line) => line.split(",")[0])).toEqual(["msft-story"]);
  });

  it("shows the new options in the help's examples", async () => {
    expect(await run("facts", "--help")).toBe(0);
    expect(stdout()).toContain("$ concord facts --entity AMZN --period 2025-Q4 --format table");
    expect(stdout()).toContain("$ concord facts --entity AMZN --format markdown --out reports/amzn-facts.md");
    expect(stdout()).toMatch(/--format <format>[\s\S]*"table"[\s\S]*"markdown"/);
  });
});

describe("counts in messages", () => {
  it("are singular for one: validate's files, sources and facts, and reconcile's findings and stale reviews", async () => {
    write("facts/wire.yaml", sourceFile({ id: "wire-story", published: "2026-02-07" }, [income("93")]));
    expect(await run("validate")).toBe(0);
    expect(stdout()).toBe("1 file, 1 source, 1 fact: no problems\n");
    write("facts/dolphin.yaml", sourceFile({ id: "dolphin-call", published: "2026-02-06" }, [income("115"), revenue("2,134")]));
    expect(await run("validate")).toBe(0);
    expect(stdout()).toBe("2 files, 2 sources, 3 facts: no problems\n");
    expect(await run("reconcile")).toBe(1);
    expect(stderr()).toBe("1 discrepancy from 1 finding (1 open at or above error), 0 stale reviews: report written to reports/conflicts.md\n");
    expect(await run("review", "--open")).toBe(0);
    expect(stderr()).toBe("1 discrepancy at or above error without a verdict\n");
  });

  it("are singular for one problem", async () => {
    write("facts/wire.yaml", sourceFile({ id: "wire-story", published: "2026-02-07" }, [income("93", { metric: "revnue" })]));
    expect(await run("validate")).toBe(2);
    expect(stderr()).toMatch(/\n1 problem in 1 file\n$/);
  });
});
