import { beforeEach, describe, expect, it } from "vitest";
import { useCliWorkspace } from "./cli-helpers.js";

const DRAFT = ["---", "title: 测试草稿", "date: 2026-02-07", "---", "亚马逊第四季度业绩概览。", "", "北美部门第四季度营业利润 93 亿美元。", ""].join("\n");
const { run, stdout, stderr, write, read } = useCliWorkspace("concord-extract-", {
  copy: ["facts/taxonomy.yaml", "facts/amzn-release-2026-02-05-q4-2025.yaml", "facts/dolphin-2026-02-06-amzn-q4-call.yaml"],
});
beforeEach(() => write("draft.md", DRAFT));

describe("concord extract", () => {
  it("proposes a fact file that validates, JSON on stdout", async () => {
    expect(await run("extract", "draft.md")).toBe(0);
    const document = JSON.parse(stdout());
    expect(document.source).toMatchObject({ id: "draft", title: "测试草稿", published: "2026-02-07", language: "zh-Hans", kind: "secondary" });
    expect(document.facts).toEqual([expect.objectContaining({ segment: "north_america", metric: "operating_income", period: "2025-Q4", value: "93", note: "extracted at 7:14" })]);
    write("facts/draft.json", stdout());
    expect(await run("validate")).toBe(0);
  });

  it("--explain says which words decided each field, and lists every figure it did not propose with the reason", async () => {
    write("tolerance.md", ["---", "date: 2026-02-07", "---", "亚马逊预计第一季度营收为1700亿美元，上下浮动2%。", ""].join("\n"));
    expect(await run("extract", "tolerance.md", "--explain")).toBe(0);
    expect(stderr()).toMatch(/tolerance\.md:4:\d+:\n {2}metric: named by "季度营收"\n {2}segment: none named/);
    expect(stderr()).toMatch(/tolerance\.md:4:\d+: "2%" not proposed: a tolerance around the figure before it/);
    expect(stderr()).toContain("1 fact proposed, 1 figure left out");
    // Without --explain only the count is said.
    expect(await run("extract", "tolerance.md")).toBe(0);
    expect(stderr()).not.toContain("not proposed");
  });

  it("writes YAML with --out and refuses to overwrite without --force", async () => {
    expect(await run("extract", "draft.md", "--format", "yaml", "--out", "proposed.yaml")).toBe(0);
    expect(read("proposed.yaml")).toContain("metric: operating_income");
    expect(await run("extract", "draft.md", "--out", "proposed.yaml")).toBe(2);
    expect(stderr()).toContain("exists; not overwriting it (use --force");
    expect(await run("extract", "draft.md", "--out", "proposed.yaml", "--force")).toBe(0);
  });

  it("exits 2 for a bad date or a missing article", async () => {
    expect(await run("extract", "draft.md", "--date", "yesterday")).toBe(2);
    expect(await run("extract", "nowhere.md")).toBe(2);
  });
});

describe("concord check", () => {
  it("exits 1 on a wrong figure and points at the draft's line, with the value to print and the conflict as the report shows it", async () => {
    expect(await run("check", "draft.md")).toBe(1);
    const report = stdout();
    expect(report.startsWith("# Draft check: draft.md\n\n1 figure: 1 wrong, 0 unsure, 0 unverified, 0 consistent.\n\n| where | figure | read as | verdict | why |\n")).toBe(true);
    const row = report.split("\n").find((line) => line.startsWith("| draft.md:7:14 |"))!;
    expect(row).toContain("| 🔴 wrong |");
    // The editor learns which value to print, not only that the draft disagrees.
    expect(row).toContain("The fact base supports 11,472 million USD / 115 億 USD. The company's own release states it");
    // The evidence is the discrepancy, as the conflict report shows it: the facts in conflict with
    // their sources (the draft's at its line), the judgement and the findings.
    const [, number, id] = /See discrepanc(?:y|ies) \[(\d+)\]\(#(d-[0-9a-f]+)\)/.exec(row)!;
    expect(report).toContain(`<a id="${id}"></a>\n\n### ${number}. Amazon.com, Inc. — North America segment — Operating income`);
    expect(report).toMatch(/\| unknown · `draft` \| 2026-02-07 \| 93 亿 USD \|.*\| draft\.md:7 \|/);
    expect(report).toContain("`amzn-release-2026-02-05-q4-2025` | 2026-02-05 | 11,472 million USD");
    expect(report).toContain("**Which value:** The evidence supports 11,472 million USD / 115 億 USD");
    expect(report).toContain("- Contradiction (`contradiction-7f5558e0`, error): ");
    expect(stderr()).toContain("draft.md: 1 figure: 1 wrong, 0 unsure, 0 unverified, 0 consistent (1 at or above error)");
  });

  it("reports JSON and GitHub annotations, and passes with --fail-on never", async () => {
    expect(await run("check", "draft.md", "--format", "json", "--fail-on", "never")).toBe(0);
    const result = JSON.parse(stdout());
    expect(result.draft.path).toBe("draft.md");
    expect(result.draft.figures).toHaveLength(1);
    const [figure] = result.draft.figures;
    expect(figure).toMatchObject({ line: 7, column: 14, verdict: "wrong", level: "error", reading: { segment: "north_america", metric: "operating_income", period: "2025-Q4" }, supported: { value: "11,472 million USD / 115 億 USD" } });
    // Each figure's items are the report's items, in the conflict report's JSON shape.
    const items = new Map(result.items.map((item: { id: string }) => [item.id, item]));
    expect(figure.items.length).toBeGreaterThan(0);
    const rules = figure.items.flatMap((id: string) => (items.get(id) as { findings: { rule: string }[] }).findings.map((finding) => finding.rule));
    expect(rules).toContain("contradiction");
    expect(result.items.map((item: { id: string }) => item.id).sort()).toEqual([...new Set(result.draft.figures.flatMap((each: { items: string[] }) => each.items))].sort());
    await run("check", "draft.md", "--format", "github");
    const annotations = stdout().trim().split("\n");
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error file=draft\.md,line=7,col=14,title=wrong%3A AMZN north_america operating_income%2C 2025-Q4::"北美部门第四季度营业利润 93 亿美元" Read as /);
    expect(annotations[0]).toContain(`Evidence: ${figure.items[0]} (contradiction-7f5558e0`);
  });

  it("gives the same bytes for the same draft and facts", async () => {
    await run("check", "draft.md", "--fail-on", "never");
    const first = stdout();
    await run("check", "draft.md", "--fail-on", "never");
    expect(stdout()).toBe(first);
  });

  it("calls a figure the release states consistent, and passes", async () => {
    write("draft.md", DRAFT.replace("93 亿", "115 亿"));
    expect(await run("check", "draft.md", "--format", "json")).toBe(0);
    const result = JSON.parse(stdout());
    expect(result.draft.figures[0]).toMatchObject({ line: 7, verdict: "consistent", items: [] });
    expect(result.items).toEqual([]);
  });

  it("lists figures the fact base cannot speak to as unverified, failing only with --fail-on info", async () => {
    write("draft.md", "亚马逊第四季度 Rufus 客户使用量同比增长 77%。\n");
    expect(await run("check", "draft.md", "--format", "json", "--date", "2026-02-07")).toBe(0);
    expect(JSON.parse(stdout()).draft.figures).toEqual([expect.objectContaining({ verdict: "unverified", level: "info", items: [] })]);
    expect(await run("check", "draft.md", "--date", "2026-02-07", "--fail-on", "warning")).toBe(0);
    expect(await run("check", "draft.md", "--date", "2026-02-07", "--fail-on", "info")).toBe(1);
  });
});
