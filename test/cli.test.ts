import { beforeEach, describe, expect, it } from "vitest";
import { useCliWorkspace } from "./cli-helpers.js";
import { factFile } from "./helpers.js";

const { run, stdout, stderr, write, read } = useCliWorkspace("concord-cli-");

const goodFacts = factFile(
  ["  - metric: revenue", '    value: "2,134"', "    scale: 亿", "    unit: USD", "    quote: 营收 2,134 亿美元, ok"].join("\n"),
);

describe("concord validate", () => {
  it("exits 0 on valid facts", async () => {
    write("facts/a.yaml", goodFacts);
    expect(await run("validate")).toBe(0);
    expect(stdout()).toContain("1 file, 1 source, 1 fact: no problems");
  });

  it("exits 2 and lists every problem in every file as file:line:column", async () => {
    write("facts/a.yaml", goodFacts.replace("revenue", "revnue"));
    write("facts/b.json", '{"source": {},}');
    expect(await run("validate")).toBe(2);
    const text = stderr();
    expect(text).toContain("facts/a.yaml:12:13 /facts/0/metric: unknown metric (found \"revnue\"; expected a metric id from the taxonomy (did you mean `revenue`?))");
    expect(text).toMatch(/facts\/b\.json:1:15: invalid JSON/);
    expect(text).toContain("2 problems in 2 files");
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for a missing path and for bad usage", async () => {
    expect(await run("validate", "nowhere")).toBe(2);
    expect(stderr()).toContain("nowhere:1:1: no such file or folder");
    expect(await run("frobnicate")).toBe(2);
    expect(await run("facts", "--format", "xml")).toBe(2);
  });

  it("prints help and exits 0", async () => {
    expect(await run("--help")).toBe(0);
    expect(stdout()).toContain("validate");
  });
});

describe("concord facts", () => {
  beforeEach(() => write("facts/a.yaml", goodFacts));

  it("lists facts as JSON with values in base units", async () => {
    expect(await run("facts", "--format", "json")).toBe(0);
    const records = JSON.parse(stdout());
    expect(records).toEqual([
      expect.objectContaining({ source: "test-source", entity: "AMZN", metric: "revenue", value: "213400000000", written: "2,134 亿 USD", precision: "100000000", file: "facts/a.yaml", line: 12 }),
    ]);
  });

  it("writes CSV with quoting, to a file when asked", async () => {
    expect(await run("facts", "--format", "csv", "--out", "out/facts.csv")).toBe(0);
    const csv = read("out/facts.csv");
    expect(csv.split("\r\n")[0]).toMatch(/^source,entity,segment,metric/);
    expect(csv).toContain('"2,134 亿 USD"');
    expect(csv).toContain('"营收 2,134 亿美元, ok"');
  });
});
