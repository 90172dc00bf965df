import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import { compareFactBases } from "../../src/reconcile/changes.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { loadInline } from "../helpers.js";
import { groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { BASIS_DIFFERENCE_ID, CONTRADICTION_ID, reportFiles, reportInput } from "./report-fixture.js";

const golden = new URL("golden/report.md", import.meta.url);

describe("formatReportMarkdown", () => {
  const markdown = formatReportMarkdown(reportInput());

  it("matches the golden report (regenerate with UPDATE_GOLDEN=1 and read the diff)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, markdown);
    expect(existsSync(golden), "test/format/golden/report.md is missing: run with UPDATE_GOLDEN=1 and read it").toBe(true);
    expect(markdown).toBe(readFileSync(golden, "utf8"));
  });

  it("shows the summary counts", () => {
    expect(markdown).toContain("| Sources | 3 (1 primary, 2 secondary) |");
    expect(markdown).toContain("| Facts | 7 |");
    expect(markdown).toContain("| Discrepancies | 2: 1 error, 1 warning, 0 info (2 findings of the rules) |");
    expect(markdown).toContain("| Reviewed | 1 of 2 |");
    expect(markdown).toContain("| Open at or above `error` | 0 |");
    expect(markdown).toContain("| Stale reviews | 1 |");
    expect(formatReportMarkdown(reportInput("warning"))).toContain("| Open at or above `warning` | 1 |");
  });

  it("counts discrepancies by severity in the singular for one and the plural for more", () => {
    const input = reportInput();
    const [error] = input.findings.filter((finding) => finding.severity === "error");
    const three = formatReportMarkdown({ ...input, findings: [error!, error!, error!] });
    expect(three).toContain("| Discrepancies | 1: 1 error, 0 warnings, 0 info (3 findings of the rules) |");
    expect(markdown).not.toMatch(/\b1 (errors|warnings|findings|sources|facts)\b/);
  });

  it("gives a row per fact with file:line, and the verdict", () => {
    for (const location of ["facts/release.yaml:13", "facts/wire-a.yaml:12", "facts/wire-b.yaml:12", "facts/release.yaml:19", "facts/release.yaml:26", "facts/wire-a.yaml:18", "facts/wire-b.yaml:18"]) {
      expect(markdown).toContain(` | ${location} |`);
    }
    const [contradiction, basis] = groupDiscrepancies(reportInput().findings);
    expect(markdown).toContain(`\`${contradiction!.id}\` · 🔴 error · ✅ reviewed: source right · Contradiction`);
    expect(markdown).toContain(`\`${basis!.id}\` · 🟡 warning · open · Basis difference`);
    expect(markdown).toContain(`- Contradiction (\`${CONTRADICTION_ID}\`, error): Sources disagree`);
    expect(markdown).toContain(`**Verdict** on \`${CONTRADICTION_ID}\` (test desk, 2026-03-01): source right. Right: \`release-q4\`, \`wire-a\`. The release gives \\$11,472m; 93亿 is the prior year's figure.`);
    expect(markdown).toContain("- `contradiction-0badc0de` (facts/reviews.yaml:8): both right, test desk, 2026-03-01");
  });

  it("says under a contradiction which value the evidence supports and why", () => {
    expect(markdown).toContain(
      [
        "**Which value:** The evidence supports 11,472 million USD / 115 亿 USD: the company's own release states it, and 2 independent sources agree on it. No likely cause was found for 93 亿 USD.",
        "",
        "- **11,472 million USD / 115 亿 USD**: The evidence supports this value. The company's own release states it (release-q4), and 2 independent sources agree on it (release-q4, wire-a).",
        "- **93 亿 USD**: This value is the odd one out. Only 1 source states it (wire-b). No likely cause was found.",
        "",
        "**Evidence** (1 finding):",
      ].join("\n"),
    );
    expect(markdown.match(/\*\*Which value:\*\*/g)).toHaveLength(1);
  });

  it("names the likely cause of an outlier, and escapes the evidence", () => {
    const input = reportInput();
    const [contradiction] = input.findings;
    const judgement = structuredClone(contradiction!.judgement!);
    const [supported, outlier] = judgement.candidates;
    judgement.supported = supported!;
    supported!.value = "<b>115</b> | *亿*";
    judgement.outliers = [{ candidate: outlier!, cause: { kind: "prior_period", explanation: "93 亿 USD looks like the prior year's figure: `x` gives 9,256 million USD for 2024-Q4" } }];
    judgement.summary = "The evidence supports <b>115</b> | *亿*.";
    const text = formatReportMarkdown({ ...input, findings: [{ ...contradiction!, judgement }] });
    expect(text).toContain("**Which value:** The evidence supports &lt;b&gt;115&lt;/b&gt; \\| \\*亿\\*.");
    expect(text).toContain("- **&lt;b&gt;115&lt;/b&gt; \\| \\*亿\\***: The evidence supports this value. ");
    expect(text).toContain("- **93 亿 USD**: This value is the odd one out. Only 1 source states it (wire-b). 93 亿 USD looks like the prior year's figure: \\`x\\` gives 9,256 million USD for 2024-Q4.");
    expect(text).not.toMatch(/outlier|breaks/);
    expect(text).not.toContain("<b>");
  });

  it("opens with the open items, each a link to its anchor, then the reviewed ones, then the counts", () => {
    const [contradiction, basis] = groupDiscrepancies(reportInput().findings);
    const open = markdown.indexOf("**Open** (1):");
    const reviewed = markdown.indexOf("**Reviewed** (1):");
    const counts = markdown.indexOf("| Sources |");
    expect(open).toBeGreaterThan(markdown.indexOf("## Summary"));
    expect(open).toBeLessThan(reviewed);
    expect(reviewed).toBeLessThan(counts);
    expect(markdown).toMatch(new RegExp(`\\n1\\. 🟡 warning \\[Amazon\\.com, Inc\\. — [^\\]]*: 17 percent vs 11 percent\\]\\(#${basis!.id}\\)\\n`));
    expect(markdown).toMatch(new RegExp(`\\n2\\. 🔴 error \\[[^\\]]*: 11,472 million USD vs 115 亿 USD vs 93 亿 USD\\]\\(#${contradiction!.id}\\) \\(the evidence supports 11,472 million USD / 115 亿 USD\\): source right\\n`));
    // Each link has its anchor, and the items come in the summary's order: open first.
    expect(markdown).toContain(`<a id="${basis!.id}"></a>\n\n### 1. `);
    expect(markdown).toContain(`<a id="${contradiction!.id}"></a>\n\n### 2. `);
  });

  it("keeps every table row whole, whatever the quotes hold", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| ") && line.includes("facts/"));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect([...row.matchAll(/(?<!\\)(?:\\\\)*\|/g)]).toHaveLength(10);
    expect(markdown).not.toContain("<b>");
  });

  it("says so when there are no findings", () => {
    const empty = formatReportMarkdown({ ...reportInput(), findings: [], staleReviews: [] });
    expect(empty).toContain("## Discrepancies\n\nNo discrepancies.\n");
    expect(empty).toContain("**Open** (0):\n\nNone.\n");
    expect(empty).not.toContain("| Kind |");
    expect(empty).not.toContain("## Stale reviews");
  });

  it("with changes, says what changed since the ref and diffs the changed fact", () => {
    const input = reportInput();
    const before = loadInline({ ...reportFiles, "facts/wire-b.yaml": reportFiles["facts/wire-b.yaml"].replace('"93"', '"115"') });
    const changes = compareFactBases("main", before, input.factBase, reconcile(before).findings, input.findings);
    const shown = input.findings.filter((finding) => finding.facts.some((fact) => changes.touched.has(fact)));
    const text = formatReportMarkdown({ ...input, findings: shown, changes });
    expect(text).toContain("Showing only discrepancies that involve facts added or changed since `main`.");
    expect(text).toContain("## Changes since `main`");
    expect(text).toContain("Facts: 0 added, 1 changed, 0 removed. Discrepancies: 1 new, 0 changed, 0 resolved (findings: 1 new, 0 resolved).");
    expect(text).toContain("- **changed** facts/wire-b.yaml:12 operating\\_income north\\_america 2025-Q4: 93 亿 USD");
    expect(text).toMatch(/ {2}```diff\n {2}--- main:facts\/wire-b\.yaml:12\n/);
    expect(text).toContain("  -value: 11500000000\n");
    expect(text).toContain("  +value: 9300000000\n");
    // The change section lists items, as the rest of the report does, linked to the item shown below.
    const [item] = groupDiscrepancies(shown);
    expect(text).toContain(`New discrepancies:\n\n- \`${item!.id}\` 🔴 error [Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD](#${item!.id}) (1 finding: \`${CONTRADICTION_ID}\`)\n`);
    expect(text).toContain(`<a id="${item!.id}"></a>`);
    expect(text).not.toContain("New findings:");
    expect(text).not.toContain(BASIS_DIFFERENCE_ID);
  });

  it("with changes, marks new discrepancies that involve no changed fact, and lists resolved ones", () => {
    const input = reportInput();
    const extra = { "facts/wire-c.yaml": reportFiles["facts/wire-b.yaml"].replaceAll("wire-b", "wire-c").replace('"93"', '"120"') };
    const before = loadInline({ ...reportFiles, ...extra });
    const findingsBefore = reconcile(before).findings;
    const changes = compareFactBases("main", before, input.factBase, findingsBefore, input.findings);
    const text = formatReportMarkdown({ ...input, findings: [], changes });
    expect(text).toContain("Facts: 0 added, 0 changed, 2 removed. Discrepancies: 1 new, 0 changed, 1 resolved (findings: 1 new, 1 resolved).");
    expect(text).toContain("- **removed** facts/wire-c.yaml:12 operating\\_income north\\_america 2025-Q4: 120 亿 USD");
    // Without 120 亿 the contradiction is another finding (its values are in its id), so another item.
    const now = changes.newItems.find((item) => item.findings.some((finding) => finding.id === CONTRADICTION_ID))!;
    expect(text).toContain(`- \`${now.id}\` 🔴 error Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD (1 finding: \`${CONTRADICTION_ID}\`) (not involving a changed fact)`);
    const resolved = groupDiscrepancies(findingsBefore).find((item) => item.findings.some((finding) => finding.rule === "contradiction"))!;
    expect(changes.resolvedItems.map((item) => item.id)).toEqual([resolved.id]);
    expect(text).toContain(`Resolved discrepancies:\n\n- \`${resolved.id}\` Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD vs 120 亿 USD (1 finding: \`${resolved.findings[0]!.id}\`)`);
    expect(text).not.toContain("Resolved findings:");
  });
});
