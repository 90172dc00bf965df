import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { escapeHtml, htmlHref } from "../../src/format/escape.js";
import { formatReportHtml } from "../../src/format/report-html.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";
import { compareFactBases } from "../../src/reconcile/changes.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { openFirst } from "../../src/format/present.js";
import { loadInline, repositoryRoot } from "../helpers.js";
import { EXPECTED_ITEMS, HOSTILE_QUOTE, htmlReportFiles, htmlReportInput } from "./report-html-fixture.js";
import { reportFiles, reportInput } from "./report-fixture.js";

/** Text content as a browser shows it, for comparing with the Markdown report's text. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Markdown inline text as it renders: backslash escapes and entities undone, emphasis markers dropped. */
function textOfMarkdown(markdown: string): string {
  return textOf(markdown.replace(/\*\*/g, "").replace(/\\(.)/g, "$1"));
}

describe("escapeHtml", () => {
  it("encodes the five characters that matter and drops forbidden control characters", () => {
    expect(escapeHtml(`<script>alert(1)</script> "a" & 'b'`)).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &quot;a&quot; &amp; &#39;b&#39;");
    expect(escapeHtml("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("leaves no character that could open a tag, end an attribute or start a reference", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(textOf(escaped)).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""));
      }),
    );
  });

  it("links only http(s) URLs", () => {
    expect(htmlHref("https://example.com/a?b=1&c=2")).toBe("https://example.com/a?b=1&amp;c=2");
    expect(htmlHref('https://example.com/"onmouseover="x')).toBe("https://example.com/&quot;onmouseover=&quot;x");
    for (const url of ["javascript:alert(1)", "data:text/html,<b>", "//example.com", "https://exa mple.com", undefined]) expect(htmlHref(url)).toBeUndefined();
  });
});

describe("formatReportHtml", () => {
  const input = htmlReportInput();
  const html = formatReportHtml(input);

  it("is one self-contained page: a viewport, inline style and script, nothing loaded from elsewhere", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base|source|video|audio)\b/i);
    expect(html).not.toMatch(/\bsrc=|@import|url\(|@font-face/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    // The only links are the sources' own http(s) addresses and the summary's links to the items on the page.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/example\.com\/|#d-[0-9a-f]{8}$)/);
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("allows exactly its own script by hash", async () => {
    const { createHash } = await import("node:crypto");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash("sha256").update(script, "utf8").digest("base64");
    expect(html).toContain(`script-src 'sha256-${hash}'`);
  });

  it("keeps a quote holding <script>, quotes and & as text", () => {
    expect(html).toContain("<td data-label=\"Quote\">&lt;script&gt;alert(1)&lt;/script&gt; &quot;net&quot; &amp; &#39;gross&#39;</td>");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain(HOSTILE_QUOTE);
    expect(html).toContain("Wire &quot;A&quot; &amp; &lt;Co&gt; · <code>wire-a</code>");
    expect(html).toContain("&lt;b&gt;9.3&lt;/b&gt; is last year&#39;s &amp; wrong.");
    expect(html).not.toContain("<b>");
    // Outside the one script element, no "<script" and no event handler attribute.
    const withoutScript = html.replace(/<script>[\s\S]*?<\/script>/, "");
    expect(withoutScript).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it("has a script that never writes HTML", () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(script).toContain("textContent");
  });

  it("gives every item its facets as data attributes, which the filters offer", () => {
    const items = [...html.matchAll(/<article class="item (\w+)" id="([^"]+)" data-status="(\w+)" data-severity="(\w+)" data-kind="(\w+)" data-company="(\w+)">/g)];
    expect(items.map(([, , , status, severity, kind, company]) => [status, severity, kind, company])).toEqual(EXPECTED_ITEMS.map((item) => [...item]));
    expect(items.map(([, severityClass, id]) => [severityClass, id])).toEqual(openFirst(groupDiscrepancies(input.findings)).map((item) => [item.severity, item.id]));
    const boxes = [...html.matchAll(/<input type="checkbox" name="(\w+)" value="([^"]+)" checked><span>([^<]*)<\/span>/g)].map(([, name, value, label]) => `${name}=${value}:${label}`);
    expect(boxes).toEqual([
      "status=open:open",
      "status=reviewed:reviewed",
      "severity=error:error",
      "severity=warning:warning",
      "severity=info:info",
      "kind=basis_difference:Basis difference",
      "kind=contradiction:Contradiction",
      "kind=outside_guidance:Outside guidance or a forecast",
      "company=AMZN:Amazon.com, Inc. (AMZN)",
      "company=MSFT:Microsoft Corporation (MSFT)",
    ]);
    // Hidden until the script shows it: without the script there is nothing to click and every item shows.
    expect(html).toContain('<form id="filters" hidden aria-label="Filter the discrepancies">');
    expect(html).not.toMatch(/<article[^>]* hidden/);
  });

  it("shows each item as the Markdown report does: heading, id, status, findings, fact rows, evidence, verdict", () => {
    const markdown = formatReportMarkdown(input);
    const mdHeadings = [...markdown.matchAll(/^### (.*)$/gm)].map(([, heading]) => textOfMarkdown(heading!));
    const htmlHeadings = [...html.matchAll(/<h3>(.*)<\/h3>/g)].map(([, heading]) => textOf(heading!));
    expect(htmlHeadings).toEqual(mdHeadings);
    expect(htmlHeadings).toHaveLength(4);
    expect(htmlHeadings).toContain("3. Amazon.com, Inc. — Revenue (net sales) — 2025-Q4: 206.0–213.0 billion USD vs 213.4 billion USD");
    expect(textOf(html)).toContain("Outside guidance (");
    for (const finding of input.findings) expect(textOf(html)).toContain(finding.message);
    const mdEvidence = [...markdown.matchAll(/^(\*\*Which value:\*\* .*|- .*)$/gm)].map(([line]) => textOfMarkdown(line!).replace(/^- /, "").replace(/`/g, ""));
    const htmlEvidence = [...html.matchAll(/<p><strong>Which value:<\/strong> .*<\/p>|<li>(?!<span class="badge).*<\/li>/g)].map(([line]) => textOf(line!));
    expect(htmlEvidence).toEqual(mdEvidence);
    expect(htmlEvidence.length).toBeGreaterThan(0);
    const mdVerdict = /^\*\*Verdict\*\* .*$/m.exec(markdown)![0];
    const htmlVerdict = /<p class="verdict">.*<\/p>/.exec(html)![0];
    expect(textOf(htmlVerdict).replace(/\s+/g, " ")).toBe(textOfMarkdown(mdVerdict).replace(/`/g, "").replace(/\s+/g, " "));
    // One row per fact of each item, each with the nine columns of the Markdown table.
    const facts = groupDiscrepancies(input.findings).reduce((sum, item) => sum + new Set(item.findings.flatMap((finding) => finding.facts)).size, 0);
    expect(html.match(/<tr><td data-label="Source">/g)).toHaveLength(facts);
    for (const row of html.match(/<tr><td data-label="Source">.*<\/tr>/g)!) expect(row.match(/<td /g)).toHaveLength(9);
    expect(html).toContain('<td data-label="Fact">facts/wire-a.yaml:12</td>');
  });

  it("opens with the open items, each a link to its item, then the reviewed ones, then the counts", () => {
    const items = openFirst(groupDiscrepancies(input.findings));
    const links = [...html.matchAll(/<li><span class="badge (\w+)">\w+<\/span> <a href="#(d-[0-9a-f]{8})">/g)].map(([, severity, id]) => [severity, id]);
    expect(links).toEqual(items.map((item) => [item.severity, item.id]));
    for (const item of items) expect(html).toContain(`<article class="item ${item.severity}" id="${item.id}"`);
    const open = html.indexOf("<p><strong>Open</strong> (3):</p>");
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(html.indexOf("<p><strong>Reviewed</strong> (1):</p>"));
    expect(html.indexOf("<p><strong>Reviewed</strong> (1):</p>")).toBeLessThan(html.indexOf('<table class="summary">'));
  });

  it("gives the Markdown report's summary counts", () => {
    expect(html).toContain('<tr><th scope="row">Discrepancies</th><td>4: 2 errors, 1 warning, 1 info (4 findings of the rules)</td></tr>');
    expect(html).toContain('<tr><th scope="row">Reviewed</th><td>1 of 4</td></tr>');
    expect(html).toContain('<tr><th scope="row">Open at or above <code>error</code></th><td>1</td></tr>');
    expect(html).toContain('<tr><td>Contradiction</td><td class="number">2</td><td class="number">1</td><td class="number">1</td></tr>');
  });

  it("is byte-identical for the same facts, whatever order the files are read in", () => {
    expect(formatReportHtml(htmlReportInput())).toBe(html);
    const reversed = loadInline(Object.fromEntries(Object.entries(htmlReportFiles).reverse()));
    const again = formatReportHtml({ ...input, factBase: reversed, findings: reconcile(reversed, [], undefined, input.taxonomy).findings.map((finding) => ({ ...finding, ...(finding.id === input.findings[0]!.id ? { review: input.findings[0]!.review! } : {}) })) });
    expect(again).toBe(html);
    expect(html).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
  });

  it("lists stale reviews, says so when there are no findings, and shows no filters then", () => {
    const withStale = formatReportHtml(reportInput());
    expect(withStale).toContain("<h2>Stale reviews</h2>");
    expect(withStale).toContain("<li><code>contradiction-0badc0de</code> (facts/reviews.yaml:8): both right, test desk, 2026-03-01</li>");
    const empty = formatReportHtml({ ...reportInput(), findings: [], staleReviews: [] });
    expect(empty).toContain("<h2>Discrepancies</h2>\n<p>No discrepancies.</p>");
    expect(empty).not.toMatch(/<script|id="filters"|<h2>Stale reviews|<table class="kinds"/);
  });

  it("with changes, says what changed since the ref, with the diff as text", () => {
    const base = reportInput();
    const before = loadInline({ ...reportFiles, "facts/wire-b.yaml": reportFiles["facts/wire-b.yaml"].replace('"93"', '"115"') });
    const changes = compareFactBases("main<x>", before, base.factBase, reconcile(before).findings, base.findings);
    const text = formatReportHtml({ ...base, findings: base.findings.filter((finding) => finding.facts.some((fact) => changes.touched.has(fact))), changes });
    expect(text).toContain("<p>Showing only discrepancies that involve facts added or changed since <code>main&lt;x&gt;</code>.</p>");
    expect(text).toContain("<p>Facts: 0 added, 1 changed, 0 removed. Discrepancies: 1 new, 0 changed, 0 resolved (findings: 1 new, 0 resolved).</p>");
    const [item] = changes.newItems;
    expect(text).toContain(`<p>New discrepancies:</p>\n<ul>\n<li><code>${item!.id}</code> <span class="badge error">error</span> <a href="#${item!.id}">Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD</a> (1 finding: <code>${item!.findings[0]!.id}</code>)</li>\n</ul>`);
    expect(text).toContain(`id="${item!.id}"`);
    expect(text).toContain("<li><strong>changed</strong> facts/wire-b.yaml:12 operating_income north_america 2025-Q4: 93 亿 USD\n<pre><code>--- main&lt;x&gt;:facts/wire-b.yaml:12\n");
    expect(text.match(/<article /g)).toHaveLength(1);
  });
});

describe("concord reconcile --format html", () => {
  it("writes the HTML report where --out says, and leaves reports/conflicts.md alone", async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), "concord-html-"));
    try {
      mkdirSync(path.join(workspace, "facts"));
      writeFileSync(path.join(workspace, "facts/taxonomy.yaml"), readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml")));
      for (const [file, text] of Object.entries(htmlReportFiles)) writeFileSync(path.join(workspace, file), text);
      const err: string[] = [];
      const io = { cwd: workspace, stdout: () => undefined, stderr: (text: string) => err.push(text) };
      expect(await main(["reconcile", "--format", "html", "--out", "out/report.html"], io)).toBe(1);
      const written = readFileSync(path.join(workspace, "out/report.html"), "utf8");
      expect(written).toMatch(/^<!DOCTYPE html>\n/);
      expect(written.match(/<article /g)).toHaveLength(4);
      expect(err.join("")).toContain("report written to out/report.html");
      expect(() => readFileSync(path.join(workspace, "reports/conflicts.md"))).toThrow();
      const out: string[] = [];
      expect(await main(["reconcile", "--format", "html", "--out", "-"], { ...io, stdout: (text: string) => out.push(text) })).toBe(1);
      expect(out.join("")).toBe(written);
      expect(await main(["reconcile", "--out", "out/report.md", "--also", "html=out/also.html"], io)).toBe(1);
      expect(readFileSync(path.join(workspace, "out/also.html"), "utf8")).toBe(written);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
