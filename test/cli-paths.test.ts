// Where concord works from: the repository root (the nearest folder holding concord.config.yaml, or
// facts/ with taxonomy.yaml) wherever it is run, reports never inside the fact base; and help with
// examples on every verb. Each test works in its own temporary repository.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { useCliWorkspace } from "./cli-helpers.js";
import { sourceFile, type FactFields } from "./helpers.js";

const { runIn, stdout, stderr, write, read, file } = useCliWorkspace("concord-paths-");

const income = (value: string): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale: "亿", unit: "USD", quote: `segment profit of ${value}` });

beforeEach(() => {
  write("facts/wire-one.yaml", sourceFile({ id: "wire-one", published: "2026-02-06" }, [income("115")]));
  write("facts/corpus/wire-two.yaml", sourceFile({ id: "wire-two", published: "2026-02-07" }, [income("93")]));
  mkdirSync(file("docs/notes"), { recursive: true });
});

describe("the repository root", () => {
  it("validate works on the fact base from the root, from facts/, from deeper in it and from another folder", async () => {
    for (const folder of [".", "facts", "facts/corpus", "docs/notes"]) {
      expect(await runIn(folder, "validate")).toBe(0);
      expect(stdout()).toBe("2 files, 2 sources, 2 facts: no problems\n");
    }
    expect(await runIn("facts", "validate", ".")).toBe(0);
    expect(stdout()).toBe("2 files, 2 sources, 2 facts: no problems\n");
    expect(await runIn("facts/corpus", "validate", ".")).toBe(0);
    expect(stdout()).toBe("1 file, 1 source, 1 fact: no problems\n");
  });

  it("names files from the root in diagnostics and reports, wherever it is run", async () => {
    write("facts/corpus/wire-two.yaml", sourceFile({ id: "wire-two", published: "2026-02-07" }, [{ ...income("93"), metric: "operating_incme" }]));
    expect(await runIn("facts/corpus", "validate", ".")).toBe(2);
    expect(stderr()).toContain("facts/corpus/wire-two.yaml:13:13 /facts/0/metric: unknown metric");
    expect(await runIn("facts", "validate", "nowhere")).toBe(2);
    expect(stderr()).toContain("facts/nowhere:1:1: no such file or folder");
  });

  it("reconcile . inside facts/ writes the root's reports/, the same report as from the root", async () => {
    expect(await runIn(".", "reconcile")).toBe(1);
    const fromRoot = read("reports/conflicts.md");
    rmSync(file("reports"), { recursive: true });
    expect(await runIn("facts", "reconcile", ".")).toBe(1);
    expect(stderr()).toContain("report written to reports/conflicts.md");
    expect(existsSync(file("facts/reports"))).toBe(false);
    expect(read("reports/conflicts.md")).toBe(fromRoot);
    expect(fromRoot).toContain("facts/wire-one.yaml");
    expect(await runIn("facts/corpus", "reconcile")).toBe(1);
    expect(read("reports/conflicts.md")).toBe(fromRoot);
  });

  it("takes paths given on the command line from where it is run", async () => {
    expect(await runIn("facts", "reconcile", "--fail-on", "never", "--out", "../docs/report.md")).toBe(0);
    expect(read("docs/report.md")).toMatch(/^# concord conflict report\n/);
    expect(await runIn("docs/notes", "facts", "../../facts/wire-one.yaml", "--format", "csv")).toBe(0);
    expect(stdout()).toContain("facts/wire-one.yaml");
    expect(stdout()).not.toContain("wire-two");
  });

  it("refuses to write a report or a facts listing inside the fact base", async () => {
    expect(await runIn("facts", "reconcile", ".", "--out", "conflicts.md")).toBe(2);
    expect(stderr()).toContain("facts/conflicts.md:1:1: refusing to write a report inside the fact base (found --out inside facts/;");
    expect(await runIn(".", "reconcile", "--format", "json", "--out", "facts/corpus/report.json")).toBe(2);
    expect(await runIn(".", "facts", "--out", "facts/all.json")).toBe(2);
    expect(stderr()).not.toMatch(/\n\s+at /);
    expect(readdirSync(file("facts")).sort()).toEqual(["corpus", "taxonomy.yaml", "wire-one.yaml"]);
    // Outside the fact base is fine.
    expect(await runIn(".", "facts", "--out", "reports/all.json")).toBe(0);
  });

  it("is the nearest folder holding concord.config.yaml", async () => {
    write("docs/concord.config.yaml", "rules:\n  contradiction: warning\n");
    mkdirSync(file("docs/facts"));
    copyFileSync(file("facts/taxonomy.yaml"), file("docs/facts/taxonomy.yaml"));
    write("docs/facts/wire-three.yaml", sourceFile({ id: "wire-three", published: "2026-02-08" }, [income("115")]));
    expect(await runIn("docs/notes", "validate")).toBe(0);
    expect(stdout()).toBe("1 file, 1 source, 1 fact: no problems\n");
    expect(await runIn("docs/notes", "reconcile")).toBe(0);
    expect(existsSync(file("docs/reports/conflicts.md"))).toBe(true);
  });

  it("works from the folder it is run in when no root is above it", async () => {
    const bare = mkdtempSync(path.join(tmpdir(), "concord-bare-"));
    try {
      mkdirSync(path.join(bare, "articles"));
      writeFileSync(path.join(bare, "articles/wire-one.yaml"), sourceFile({ id: "wire-one", published: "2026-02-06" }, [income("115")]));
      expect(await runIn(bare, "validate", "articles", "--taxonomy", file("facts/taxonomy.yaml"))).toBe(0);
      expect(await runIn(bare, "validate", "--taxonomy", file("facts/taxonomy.yaml"))).toBe(2);
      expect(stderr()).toContain("facts:1:1: no such file or folder");
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe("help", () => {
  it("shows examples on every verb", async () => {
    for (const verb of ["validate", "facts", "reconcile", "review", "extract", "check"]) {
      expect(await runIn(".", verb, "--help")).toBe(0);
      expect(stdout(), verb).toMatch(new RegExp(`\\nExamples:\\n(  \\$ concord ${verb}\\b.*\\n)+`));
    }
  });

  it("shows how to record a verdict and list the open findings under review --help", async () => {
    expect(await runIn(".", "review", "--help")).toBe(0);
    const help = stdout();
    expect(help).toContain("Usage: concord review [options] [id]");
    expect(help).toContain("  $ concord review --open\n");
    expect(help).toMatch(/\$ concord review contradiction-[0-9a-f]{8} --verdict source_right --right \S+ --note "[^"]+" --reviewer "[^"]+"\n/);
    expect(help).toMatch(/\$ concord review d-[0-9a-f]{8} --verdict both_right /);
    expect(help.replace(/\s+/g, " ")).toContain('(choices: "source_right", "both_right", "not_a_conflict")');
    expect(help.replace(/\s+/g, " ")).toContain("--facts <path> a fact file or folder (repeat for more) (default: facts/ at the repository root)");
  });
});
