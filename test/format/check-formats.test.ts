// The draft report of `concord check`: the conflict report's formatters over a report input with a
// draft section. The draft's figures get the verdict table (Markdown), fields (JSON) or annotations
// (GitHub); their evidence is the discrepancies they are part of, rendered as the conflict report
// renders any item. Text from the draft is escaped as text from a source is.
import { describe, expect, it } from "vitest";
import { checkDraft, draftItems, placeDraftFacts } from "../../src/check/check.js";
import type { ProposedFact } from "../../src/extract/extract.js";
import { formatReportGithub } from "../../src/format/report-github.js";
import { formatReportJson } from "../../src/format/report-json.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import type { ReportInput } from "../../src/format/report-model.js";
import { withFactFiles } from "../../src/load/load-fact-base.js";
import { validateAgainstSchema } from "../../src/load/schemas.js";
import { parseDocument } from "../../src/load/parse-document.js";
import { DEFAULT_INTERVAL_OPTIONS } from "../../src/numbers/interval.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { income, loadInline, repositoryTaxonomy, revenue, sourceFile, type FactFields } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const DRAFT = "drafts/a|b.md";
/** A quote meant to break things: a table pipe, an HTML tag, backticks and a line break. */
const HOSTILE = "profit | of <script>alert(1)</script> `93`\nnext";

const files = {
  "facts/release.yaml": sourceFile({ id: "release", kind: "primary", published: "2026-02-05" }, [income("115"), income("93", { period: "2024-Q4", quote: "a year ago 93" }), revenue("2134")]),
  "facts/wire.yaml": sourceFile({ id: "wire", published: "2026-02-06" }, [income("115.1"), revenue("1270", { segment: "north_america" }), revenue("1300", { segment: "north_america", quote: "sales near 1300" })]),
};

/** The draft's figures: one wrong (the hostile quote), one consistent, one unverified. */
const figures: { fields: FactFields; line: number; column: number }[] = [
  { fields: income("93", { quote: HOSTILE }), line: 3, column: 7 },
  { fields: revenue("2134", { quote: "sales of 2134" }), line: 5, column: 1 },
  { fields: { metric: "capex", value: "500", scale: "亿", unit: "USD", period: "FY2025", quote: "capex 500" }, line: 9, column: 2 },
];

/** The fact base, the draft added as `concord check` adds it, reconciled; and the report inputs with and without the draft. */
function fixture() {
  const base = loadInline(files);
  const draftBase = loadInline({ [DRAFT]: sourceFile({ id: "draft", published: "2026-02-07" }, figures.map((figure) => figure.fields)) });
  const proposed = figures.map((figure) => ({ quote: figure.fields.quote!, line: figure.line, column: figure.column }) as ProposedFact);
  const factBase = withFactFiles(base, placeDraftFacts(draftBase, proposed));
  const { findings, items } = reconcile(factBase, [], undefined, taxonomy);
  const result = checkDraft(DRAFT, factBase, findings, proposed, undefined, items);
  const shown = draftItems(items, result);
  const common = { factBase, taxonomy, staleReviews: [], failOn: "error" as const, intervalOptions: DEFAULT_INTERVAL_OPTIONS };
  const draftInput: ReportInput = { ...common, findings: shown.flatMap((item) => item.findings), items: shown, draft: result };
  const conflictInput: ReportInput = { ...common, findings, items };
  return { result, items, shown, draftInput, conflictInput };
}

/** Each item's block in a Markdown report, by item id: from its anchor to the next anchor or section. */
function itemBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const parts = markdown.split(/(?=<a id="d-[0-9a-f]+"><\/a>)/);
  for (const part of parts.slice(1)) {
    const id = /^<a id="(d-[0-9a-f]+)">/.exec(part)![1]!;
    blocks.set(id, part.split(/\n## /)[0]!.replace(/\n+$/, ""));
  }
  return blocks;
}

describe("the draft report in Markdown", () => {
  const { result, shown, draftInput, conflictInput } = fixture();
  const text = formatReportMarkdown(draftInput);
  const rows = text.split("\n").filter((line) => line.startsWith("| drafts"));

  it("gives the count line and one row per figure with where, the figure, its reading, verdict and why", () => {
    expect(text.startsWith("# Draft check: drafts/a\\|b.md\n\n3 figures: 1 wrong, 0 unsure, 1 unverified, 1 consistent.\n\n| where | figure | read as | verdict | why |\n|---|---|---|---|---|\n")).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| drafts\/a\\\|b\.md:3:7 \| .* \| AMZN north\\_america operating\\_income, 2025-Q4, reported: 93 亿 USD \| 🔴 wrong \| The fact base supports /);
    expect(rows[1]).toContain("| 🟢 consistent |");
    expect(rows[2]).toContain("| drafts/a\\|b.md:9:2 | capex 500 |");
    expect(rows[2]).toContain("| ⚪ unverified | Nothing in the fact base shares this key");
  });

  it("links each figure to the discrepancies it is part of, numbered as the items below", () => {
    expect(result.figures[0]!.items.length).toBeGreaterThan(0);
    const links = [...rows[0]!.matchAll(/\[(\d+)\]\(#(d-[0-9a-f]+)\)/g)].map((match) => [Number(match[1]), match[2]]);
    expect(links.map(([, id]) => id)).toEqual(result.figures[0]!.items);
    for (const [number, id] of links) expect(text).toContain(`<a id="${id}"></a>\n\n### ${number}. `);
    // Figures no rule saw name no item.
    expect(rows[1]).not.toContain("See discrepanc");
    expect(rows[2]).not.toContain("See discrepanc");
  });

  it("shows only the draft's items, after the table, under the conflict report's heading", () => {
    expect([...itemBlocks(text).keys()]).toEqual(shown.map((item) => item.id));
    expect(text).toContain("\n## Discrepancies\n\n<a id=");
    // The wire's own revenue conflict does not involve the draft.
    expect(formatReportMarkdown(conflictInput)).toContain("sales near 1300");
    expect(text).not.toContain("sales near 1300");
  });

  it("renders each item exactly as the conflict report of the same fact base does", () => {
    const draftBlocks = itemBlocks(text);
    const conflictBlocks = itemBlocks(formatReportMarkdown(conflictInput));
    expect(draftBlocks.size).toBeGreaterThan(0);
    // Numbers follow each report's own order; everything else is the same bytes.
    const unnumbered = (block: string) => block.replace(/^### \d+\. /m, "### N. ");
    for (const [id, block] of draftBlocks) {
      expect(block).toContain("| Source | Published | As written |");
      expect(unnumbered(block)).toBe(unnumbered(conflictBlocks.get(id)!));
    }
    // The draft's fact is placed at its figure in the draft.
    expect(text).toContain(`| drafts/a\\|b.md:3 |`);
  });

  it("escapes the draft's text so a quote cannot break the table or inject HTML", () => {
    expect(text).not.toContain("<script>");
    expect(text).toContain("profit \\| of &lt;script&gt;alert(1)&lt;/script&gt; \\`93\\` next");
    // Every row of the verdict table has the header's five cells, on one line.
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
    expect(text.split("\n").filter((line) => line.startsWith("next"))).toEqual([]);
  });

  it("counts one figure in the singular, and says when no discrepancy involves the draft", () => {
    const one = { ...draftInput, items: [], findings: [], draft: { ...result, figures: [result.figures[1]!], counts: { wrong: 0, unsure: 0, unverified: 0, consistent: 1 } } };
    const alone = formatReportMarkdown(one);
    expect(alone).toContain("1 figure: 0 wrong, 0 unsure, 0 unverified, 1 consistent.");
    expect(alone.endsWith("## Discrepancies\n\nNo discrepancies.\n")).toBe(true);
  });

  it("is the same bytes for the same input", () => {
    expect(formatReportMarkdown(fixture().draftInput)).toBe(text);
  });
});

describe("the draft report in JSON", () => {
  const { result, shown, draftInput } = fixture();
  const report = JSON.parse(formatReportJson(draftInput));

  it("gives the draft's path, counts and every figure with its reading, verdict, supported value and cause", () => {
    expect(report.draft.path).toBe(DRAFT);
    expect(report.draft.counts).toEqual({ wrong: 1, unsure: 0, unverified: 1, consistent: 1 });
    expect(report.draft.figures).toHaveLength(3);
    expect(report.draft.figures[0]).toMatchObject({
      line: 3,
      column: 7,
      quote: HOSTILE,
      reading: { entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", of: null, period: "2025-Q4", basis: "reported", value: "93 亿 USD" },
      verdict: "wrong",
      level: "error",
      supported: { value: "115 亿 USD / 115.1 亿 USD" },
      cause: { kind: "prior_period" },
    });
    expect(report.draft.figures[1]).toMatchObject({ verdict: "consistent", level: "ok", supported: null, cause: null, items: [] });
  });

  it("names for each figure item ids that resolve to the report's items, and holds only the draft's items", () => {
    const ids = new Set(report.items.map((item: { id: string }) => item.id));
    expect([...ids]).toEqual(shown.map((item) => item.id));
    const named = report.draft.figures.flatMap((figure: { items: string[] }) => figure.items);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(ids.has(id)).toBe(true);
    expect(report.draft.figures[0].items).toEqual(result.figures[0]!.items);
    // Every item is there for a figure.
    for (const id of ids) expect(named).toContain(id);
  });

  it("keeps the report's own shape for items and validates against the report schema", () => {
    expect(report.version).toBe(2);
    expect(report.summary.items).toBe(shown.length);
    expect(report.items[0]).toHaveProperty("findings");
    expect(report.items[0].facts.some((fact: { source: { id: string }; file: string; line: number }) => fact.source.id === "draft" && fact.file === DRAFT && fact.line === 3)).toBe(true);
    const parsed = parseDocument("report.json", formatReportJson(draftInput));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(validateAgainstSchema("report", parsed.document)).toEqual([]);
  });
});

describe("the draft report as GitHub annotations", () => {
  const { draftInput, result } = fixture();
  const text = formatReportGithub(draftInput);
  const lines = text.trim().split("\n");

  it("annotates wrong, unsure and unverified figures by level at the draft's line and column, and leaves consistent ones alone", () => {
    expect(lines.map((line) => line.slice(0, line.indexOf(" ")))).toEqual(["::error", "::notice"]);
    expect(lines[0]).toMatch(/^::error file=drafts\/a\|b\.md,line=3,col=7,title=wrong%3A AMZN north_america operating_income%2C 2025-Q4::/);
    expect(lines[1]).toMatch(/^::notice file=drafts\/a\|b\.md,line=9,col=2,title=unverified%3A /);
  });

  it("names the items that are a figure's evidence, with their findings, and keeps the quote on one line", () => {
    for (const id of result.figures[0]!.items) expect(lines[0]).toContain(id);
    expect(lines[0]).toMatch(/Evidence: d-[0-9a-f]+ \(contradiction-[0-9a-f]+/);
    expect(lines[0]).toContain("`93`%0Anext");
  });

  it("writes nothing for a draft with nothing to flag", () => {
    const calm = { ...draftInput, draft: { ...result, figures: [result.figures[1]!] } };
    expect(formatReportGithub(calm)).toBe("");
  });

  it("shows the conflict report's annotations unchanged when there is no draft", () => {
    const { draft: _draft, ...conflict } = draftInput;
    expect(formatReportGithub(conflict)).toContain("title=contradiction d-");
  });
});
