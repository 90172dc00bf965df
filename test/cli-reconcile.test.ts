import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "./cli-helpers.js";
import { sourceFile, type FactFields } from "./helpers.js";

const { run, stdout, stderr, write, read, file, commitAll } = useCliWorkspace("concord-reconcile-");

const income = (value: string): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale: "亿", unit: "USD", quote: `segment profit of ${value}` });
const growth = (value: string, basis: string): FactFields => ({ segment: "international", metric: "revenue", measure: "yoy", value, unit: "percent", basis, quote: `overseas sales up ${value}%` });
const capex = (value: string): FactFields => ({ metric: "capex", value, scale: "亿", unit: "USD", period: "FY2025", quote: `capital spending of ${value}` });

/** source-a and source-b disagree on North America operating income (an error) and give international growth on different bases (a warning). */
function writeFacts(b: FactFields[] = [income("93"), growth("17", "reported")]) {
  write("facts/a.yaml", sourceFile({ id: "source-a", published: "2026-02-06" }, [income("115"), growth("11", "ex_fx"), capex("1310")]));
  write("facts/b.yaml", sourceFile({ id: "source-b", published: "2026-02-07" }, b));
}

/** The id of the report's finding by rule, from the JSON report. */
async function findingId(rule: string): Promise<string> {
  expect(await run("reconcile", "--format", "json", "--fail-on", "never")).toBe(0);
  return (JSON.parse(stdout()) as { items: { findings: { id: string; rule: string }[] }[] }).items.flatMap((item) => item.findings).find((finding) => finding.rule === rule)!.id;
}

function reviewOf(id: string, verdict = "source_right", right = "[source-a]"): string {
  return ["reviews:", `  - finding: ${id}`, `    verdict: ${verdict}`, ...(verdict === "source_right" ? [`    right: ${right}`] : []), "    note: Checked against the company release.", "    reviewer: test desk", '    date: "2026-03-01"', ""].join("\n");
}

describe("concord reconcile", () => {
  it("exits 1 with an unreviewed contradiction and writes reports/conflicts.md", async () => {
    writeFacts();
    expect(await run("reconcile")).toBe(1);
    const report = read("reports/conflicts.md");
    expect(report).toMatch(/^# concord conflict report\n/);
    expect(report).toContain("| Discrepancies | 2: 1 error, 1 warning, 0 info (2 findings of the rules) |");
    expect(report).toMatch(/`d-[0-9a-f]{8}` · 🔴 error · open · Contradiction/);
    expect(report).toMatch(/- Contradiction \(`contradiction-[0-9a-f]{8}`, error\): /);
    expect(report).toContain("| facts/b.yaml:12 |");
    expect(stdout()).toBe("");
    expect(stderr()).toBe("2 discrepancies from 2 findings (1 open at or above error), 0 stale reviews: report written to reports/conflicts.md\n");
  });

  it("exits 0 once the contradiction has a verdict in facts/reviews.yaml", async () => {
    writeFacts();
    write("facts/reviews.yaml", reviewOf(await findingId("contradiction")));
    expect(await run("reconcile")).toBe(0);
    expect(read("reports/conflicts.md")).toContain("✅ reviewed: source right");
    expect(stderr()).toContain("2 discrepancies from 2 findings (0 open at or above error), 0 stale reviews");
  });

  it("counts an item with verdicts on some findings only as open, naming the findings new since the verdict", async () => {
    writeFacts();
    const contradiction = await findingId("contradiction");
    write("facts/reviews.yaml", reviewOf(contradiction));
    expect(await run("reconcile")).toBe(0);
    // source-b now also writes 115: a self-contradiction joins the reviewed item, whose id stays.
    writeFacts([income("93"), growth("17", "reported"), { ...income("115"), quote: "segment profit, restated, of 115" }]);
    expect(await run("reconcile")).toBe(1);
    expect(stderr()).toContain("(1 open at or above error)");
    const report = read("reports/conflicts.md");
    expect(report).toMatch(/\*\*Open\*\* \(2\):\n\n1\. 🔴 error \[.*\]\(#d-[0-9a-f]{8}\) \(the evidence supports .*\): 1 finding new since the verdict\n/);
    expect(report).toMatch(/`d-[0-9a-f]{8}` · 🔴 error · open: 1 finding new since the verdict · Contradiction/);
    expect(report).toContain(`- Contradiction (\`${contradiction}\`, error): `);
    expect(report).toMatch(/- Self-contradiction \(`self-contradiction-[0-9a-f]{8}`, error, \*\*new since the verdict\*\*\): /);
    expect(report).toContain(`**Verdict** on \`${contradiction}\` (test desk, 2026-03-01): source right.`);
    expect(await run("review", "--open")).toBe(0);
    expect(stdout()).toMatch(new RegExp(`^(d-[0-9a-f]{8})  error    .* \\(${contradiction}, (self-contradiction-[0-9a-f]{8}); new since the verdict: \\2\\)\n$`));
    const item = stdout().slice(0, 10);
    expect(await run("reconcile", "--format", "json", "--fail-on", "never")).toBe(0);
    const json = JSON.parse(stdout()) as { summary: { reviewed: number }; items: { id: string; status: string; new_since_verdict: string[]; findings: { id: string; rule: string }[] }[] };
    const shown = json.items.find((entry) => entry.id === item)!;
    expect(shown.status).toBe("open");
    expect(shown.new_since_verdict).toEqual(shown.findings.filter((finding) => finding.rule === "self-contradiction").map((finding) => finding.id));
    expect(json.summary.reviewed).toBe(0);
    expect(await run("reconcile", "--format", "github", "--fail-on", "never")).toBe(0);
    expect(stdout()).toMatch(new RegExp(`^::error file=facts/b\\.yaml,.*title=contradiction ${item}::.* Open: new since the verdict: self-contradiction-[0-9a-f]{8}\\.`, "m"));
    expect(await run("reconcile", "--format", "html", "--fail-on", "never", "--out", "-")).toBe(0);
    expect(stdout()).toContain(`data-status="open"`);
    expect(stdout()).toContain(`<span class="badge open">open: 1 finding new since the verdict</span>`);
    expect(stdout()).toMatch(/\(<code>self-contradiction-[0-9a-f]{8}<\/code>, error, <strong>new since the verdict<\/strong>\)/);
    // A verdict on the item id covers the whole item.
    write("facts/reviews.yaml", reviewOf(item));
    expect(await run("reconcile")).toBe(0);
    expect(read("reports/conflicts.md")).toMatch(/`d-[0-9a-f]{8}` · 🔴 error · ✅ reviewed: source right · Contradiction/);
    expect(await run("review", "--open")).toBe(0);
    expect(stdout()).toBe("");
  });

  it("reads reviews from --reviews, and exits 2 when that file is missing or invalid", async () => {
    writeFacts();
    const id = await findingId("contradiction");
    write("verdicts.yaml", reviewOf(id));
    expect(await run("reconcile", "--reviews", "verdicts.yaml")).toBe(0);
    expect(await run("reconcile", "--reviews", "missing.yaml")).toBe(2);
    expect(stderr()).toContain("missing.yaml:1:1: cannot read the reviews: ENOENT");
    write("facts/reviews.yaml", reviewOf(id, "source_right", "[source-z]"));
    expect(await run("reconcile")).toBe(2);
    expect(stderr()).toContain("facts/reviews.yaml:4:13 /reviews/0/right/0: unknown source id");
  });

  it("exits 0 with --fail-on never", async () => {
    writeFacts();
    expect(await run("reconcile", "--fail-on", "never")).toBe(0);
    expect(existsSync(file("reports/conflicts.md"))).toBe(true);
  });

  it("exits 1 with --fail-on warning when a basis difference is open", async () => {
    writeFacts([growth("17", "reported")]);
    expect(await run("reconcile")).toBe(0);
    expect(await run("reconcile", "--fail-on", "warning")).toBe(1);
    expect(stderr()).toContain("1 discrepancy from 1 finding (1 open at or above warning)");
    expect(await run("reconcile", "--fail-on", "info")).toBe(1);
  });

  it("counts stale reviews as warnings", async () => {
    writeFacts([growth("11", "ex_fx")]);
    write("facts/reviews.yaml", reviewOf("contradiction-0badc0de", "both_right"));
    expect(await run("reconcile")).toBe(0);
    expect(stderr()).toBe("0 discrepancies from 0 findings (0 open at or above error), 1 stale review: report written to reports/conflicts.md\n");
    expect(await run("reconcile", "--fail-on", "warning")).toBe(1);
    expect(read("reports/conflicts.md")).toContain("## Stale reviews");
  });

  it("follows concord.config.yaml", async () => {
    writeFacts();
    write("concord.config.yaml", "rules:\n  contradiction: warning\n");
    expect(await run("reconcile")).toBe(0);
    write("concord.config.yaml", "rules:\n  contradicton: off\n");
    expect(await run("reconcile")).toBe(2);
    expect(stderr()).toContain("concord.config.yaml:2:3 /rules/contradicton: unknown rule");
    expect(stderr()).toContain("did you mean `contradiction`?");
  });

  it("prints JSON with --format json --out -", async () => {
    writeFacts();
    expect(await run("reconcile", "--format", "json", "--out", "-")).toBe(1);
    const report = JSON.parse(stdout());
    expect(report.summary).toMatchObject({ items: 2, findings: 2, open: 2, open_at_or_above_fail_level: 1 });
    expect(report.items.map((item: { findings: { rule: string }[] }) => item.findings.map((finding) => finding.rule))).toEqual([["contradiction"], ["basis-difference"]]);
    expect(stderr()).toBe("");
    expect(existsSync(file("reports"))).toBe(false);
  });

  it("prints annotations with --format github", async () => {
    writeFacts();
    expect(await run("reconcile", "--format", "github")).toBe(1);
    const lines = stdout().trimEnd().split("\n");
    // One annotation per discrepancy.
    expect(lines.filter((line) => line.startsWith("::error file=facts/"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("::warning file=facts/"))).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=facts\/a\.yaml,line=12,col=5,title=contradiction d-[0-9a-f]{8}::.* Seen by 1 finding: contradiction-[0-9a-f]{8}\./);
  });

  it("writes the report whole, replacing the old one, and leaves no temporary files", async () => {
    writeFacts();
    write("reports/conflicts.md", "an old report\n");
    expect(await run("reconcile", "--fail-on", "never")).toBe(0);
    expect(readdirSync(file("reports"))).toEqual(["conflicts.md"]);
    const written = read("reports/conflicts.md");
    expect(await run("reconcile", "--fail-on", "never", "--out", "-")).toBe(0);
    expect(written).toBe(stdout());
    expect(written.endsWith("\n")).toBe(true);
    expect(await run("reconcile", "--fail-on", "never", "--out", "elsewhere/report.md")).toBe(0);
    expect(readdirSync(file("elsewhere"))).toEqual(["report.md"]);
  });

  it("exits 2 on facts it cannot use", async () => {
    writeFacts([{ ...income("93"), metric: "operating_incme" }]);
    expect(await run("reconcile")).toBe(2);
    expect(stderr()).toContain("facts/b.yaml:13:13 /facts/0/metric: unknown metric");
    expect(stderr()).toContain("did you mean `operating_income`?");
    expect(existsSync(file("reports"))).toBe(false);
  });
});

describe("concord reconcile --since", () => {
  function commitFacts() {
    writeFacts();
    commitAll();
  }

  it("lists facts added and changed since the ref, and only findings involving them", async () => {
    commitFacts();
    const before = await findingId("contradiction");
    // Change one fact of source-b and add a source that contradicts source-a's capex.
    writeFacts([income("93"), growth("18", "reported")]);
    write("facts/c.yaml", sourceFile({ id: "source-c", published: "2026-02-08" }, [capex("1500")]));
    expect(await run("reconcile", "--since", "HEAD", "--out", "-")).toBe(1);
    const report = stdout();
    expect(report).toContain("Showing only discrepancies that involve facts added or changed since `HEAD`.");
    expect(report).toContain("Facts: 1 added, 1 changed, 0 removed. Discrepancies: 2 new, 0 changed, 1 resolved (findings: 2 new, 1 resolved).");
    expect(report).toMatch(/New discrepancies:\n\n- `d-[0-9a-f]{8}` 🔴 error \[Amazon\.com, Inc\. — Capital expenditures .* — FY2025: 1310 亿 USD vs 1500 亿 USD\]\(#d-[0-9a-f]{8}\) \(1 finding: `contradiction-[0-9a-f]{8}`\)\n- `d-[0-9a-f]{8}` 🟡 warning \[Amazon\.com, Inc\. — International segment/);
    expect(report).toMatch(/Resolved discrepancies:\n\n- `d-[0-9a-f]{8}` Amazon\.com, Inc\. — International segment — .*: 11 percent vs 17 percent \(1 finding: `[a-z-]+-[0-9a-f]{8}`\)\n/);
    expect(report).toContain("- **added** facts/c.yaml:12 capex total FY2025: 1500 亿 USD");
    expect(report).toContain("- **changed** facts/b.yaml:18 revenue international 2025-Q4: 18 percent");
    expect(report).toContain("\n  -value: 17\n");
    expect(report).toContain("\n  +value: 18\n");
    expect(report).toMatch(/### 1\. Amazon\.com, Inc\. — Capital expenditures/);
    expect(report).toMatch(/### 2\. Amazon\.com, Inc\. — International segment/);
    expect(report).not.toMatch(/### 3\./);
    expect(report).not.toContain(before);
    expect(report).toContain("| Discrepancies | 2: 1 error, 1 warning, 0 info (2 findings of the rules) |");
  });

  it("gives JSON changes too", async () => {
    commitFacts();
    write("facts/c.yaml", sourceFile({ id: "source-c" }, [income("93")]));
    expect(await run("reconcile", "--since", "HEAD", "--format", "json", "--fail-on", "never")).toBe(0);
    const report = JSON.parse(stdout());
    expect(report.changes.since).toBe("HEAD");
    expect(report.changes.facts).toEqual([expect.objectContaining({ change: "added", file: "facts/c.yaml", line: 11, value: "9300000000" })]);
    expect(report.items.flatMap((item: { findings: { rule: string }[] }) => item.findings.map((finding) => finding.rule))).toEqual(["contradiction"]);
  });

  it("reports nothing new when nothing changed", async () => {
    commitFacts();
    expect(await run("reconcile", "--since", "HEAD", "--out", "-")).toBe(0);
    expect(stdout()).toContain("Facts: 0 added, 0 changed, 0 removed. Discrepancies: 0 new, 0 changed, 0 resolved (findings: 0 new, 0 resolved).");
    expect(stdout()).toContain("No discrepancies.");
  });

  it("counts a file that was not UTF-8 text at the ref as absent there, and says so", async () => {
    commitFacts();
    // Replace source-b's file in history with bytes that are not UTF-8, then restore it in the work tree.
    const good = readFileSync(file("facts/b.yaml"));
    write("facts/b.yaml", Buffer.concat([good, Buffer.from([0xff, 0xfe, 0x0a])]));
    commitAll("broken bytes");
    write("facts/b.yaml", good);
    expect(await run("reconcile", "--since", "HEAD", "--out", "-", "--fail-on", "never")).toBe(0);
    expect(stderr()).toContain("note: 1 file(s) at HEAD are not UTF-8 text and count as absent there: facts/b.yaml");
    expect(stdout()).toMatch(/Facts: \d+ added, 0 changed, 0 removed\./);
  });

  it("exits 2 with a clear message for a ref that does not exist", async () => {
    commitFacts();
    expect(await run("reconcile", "--since", "no-such-branch")).toBe(2);
    expect(stderr()).toContain('cannot read the facts at git ref "no-such-branch": no commit, branch or tag of this repository has that name');
    expect(stderr()).toContain("expected a commit, branch or tag of this repository");
    expect(stderr()).not.toMatch(/\n\s+at /);
    expect(existsSync(file("reports"))).toBe(false);
  });

  it("refuses a ref that git would read as an option", async () => {
    commitFacts();
    expect(await run("reconcile", "--since=--output=x")).toBe(2);
    expect(stderr()).toContain('cannot read the facts at git ref "--output=x": a git ref cannot start with a dash');
    expect(existsSync(file("x"))).toBe(false);
  });

  it("exits 2 outside a git repository", async () => {
    writeFacts();
    expect(await run("reconcile", "--since", "HEAD")).toBe(2);
    expect(stderr()).toContain('cannot read the facts at git ref "HEAD": fatal: not a git repository');
  });
});
