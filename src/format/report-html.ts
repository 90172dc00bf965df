// The editor's conflict report as one self-contained HTML page (`concord reconcile --format html`):
// the same summary (open discrepancies first, each a link, then reviewed ones, then counts), the same
// discrepancies with their facts, judgement, evidence and verdicts, and the stale reviews as the
// Markdown report, read from the same report model, with filters by status, severity, kind and company. No network: inline CSS,
// one small inline script (allowed by its hash in the page's Content-Security-Policy, which forbids
// everything else), no fonts or images. Without the script every item is shown. Every text from the
// facts is HTML-escaped, and the script never writes HTML: it only hides items and sets textContent.
// Pure and deterministic: no timestamps, options sorted by id.
import { createHash } from "node:crypto";
import type { Fact, Source } from "../model/types.js";
import { formatInterval, intervalOf } from "../numbers/interval.js";
import type { Finding, Judgement } from "../model/finding.js";
import { isReviewed, newSinceVerdict, type Discrepancy } from "../model/discrepancy.js";
import { BASIS_WORDS, counted, KIND_WORDS, VERDICT_WORDS, writtenForm } from "../model/wording.js";
import { escapeHtml, htmlHref } from "./escape.js";
import { displayScale, itemHeadline, normalisedValue, operandFacts, scaleFor } from "./present.js";
import { itemsOf, reportView, type ReportInput } from "./report-model.js";

// The words are the Markdown report's (src/model/wording.ts); test/format/report-html.test.ts checks
// that both reports give every item the same heading, status and evidence.
const STATUSES = ["open", "reviewed"] as const;
const SEVERITIES = ["error", "warning", "info"] as const;
const FACT_COLUMNS = ["Source", "Published", "As written", "Normalised", "Interval", "Basis", "Qualifier", "Quote", "Fact"] as const;

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .875em; background: var(--panel); padding: 0 .2em; border-radius: 4px; }
pre { overflow-x: auto; background: var(--panel); padding: .5rem; border-radius: 6px; font-size: .8125rem; }
a { color: var(--info); }
.note { color: var(--muted); }
table { border-collapse: collapse; overflow-wrap: normal; margin: .5rem 0; font-size: .875rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.number { text-align: right; }
.scroll { overflow-x: auto; max-width: 100%; }
#filters { border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: 1rem 0; }
#filters .group { display: flex; gap: .75rem; padding: .125rem 0; }
#filters .name { flex: 0 0 5.5rem; font-weight: 600; }
#filters .options { display: flex; flex-wrap: wrap; gap: .125rem 1rem; min-width: 0; }
#filters summary { cursor: pointer; font-weight: 600; margin-bottom: .25rem; }
#filters label { display: inline-flex; gap: .375rem; align-items: baseline; }
#filters .bar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; justify-content: space-between; margin-top: .25rem; }
#filters button { font: inherit; padding: .125rem .75rem; }
.item { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; padding: .75rem; margin: 0 0 1rem; }
.item.error { border-left-color: var(--error); }
.item.warning { border-left-color: var(--warning); }
.item.info { border-left-color: var(--info); }
.meta { display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: baseline; margin: 0 0 .5rem; font-size: .875rem; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 1em; padding: 0 .5em; font-size: .8125rem; font-weight: 600; }
.badge.error { color: var(--error); }
.badge.warning { color: var(--warning); }
.badge.info { color: var(--info); }
.badge.reviewed { color: var(--ok); }
.badge.open { color: var(--muted); }
.evidence ul, .findings ul { margin: .25rem 0; padding-left: 1.25rem; }
.verdict { background: #dafbe1; border-radius: 6px; padding: .5rem; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  #filters .group { flex-direction: column; gap: 0; padding: .25rem 0; }
  #filters .name { flex-basis: auto; }
  table.facts thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.facts, table.facts tbody, table.facts tr, table.facts td { display: block; width: 100%; }
  table.facts { overflow-wrap: anywhere; }
  table.facts tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .5rem; }
  table.facts td { border: 0; border-top: 1px solid var(--line); position: relative; padding-left: 7.5rem; min-height: 2em; }
  table.facts td:first-child { border-top: 0; }
  table.facts td::before { content: attr(data-label); position: absolute; left: .5rem; width: 6.5rem; font-weight: 600; color: var(--muted); }
}
`.trim();

// Reads the filters and the items' data-* attributes; writes only `hidden` and textContent.
const SCRIPT = `
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var count = document.getElementById("shown");
  var none = document.getElementById("none-shown");
  var items = Array.prototype.slice.call(document.querySelectorAll("article.item"));
  var groups = ["status", "severity", "kind", "company"];
  function apply() {
    var chosen = {};
    groups.forEach(function (group) {
      chosen[group] = new Set();
      form.querySelectorAll("input[name=" + group + "]").forEach(function (box) {
        if (box.checked) chosen[group].add(box.value);
      });
    });
    var shown = 0;
    items.forEach(function (item) {
      var visible = groups.every(function (group) { return chosen[group].has(item.getAttribute("data-" + group)); });
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    count.textContent = "Showing " + shown + " of " + items.length + (items.length === 1 ? " item" : " items");
    none.hidden = shown > 0 || items.length === 0;
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
`.trim();

const SCRIPT_HASH = createHash("sha256").update(SCRIPT, "utf8").digest("base64");
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

export function formatReportHtml(input: ReportInput): string {
  const { staleReviews, failOn, changes } = input;
  const { sources, items, summary } = reportView(input);
  const out: string[] = [];
  out.push(
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="concord reconcile">',
    "<title>concord conflict report</title>",
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<!-- Generated by `concord reconcile --format html` from facts/. Do not edit: change the facts or facts/reviews.yaml and regenerate. -->",
    "<header>",
    "<h1>concord conflict report</h1>",
  );
  if (changes) out.push(`<p>Showing only discrepancies that involve facts added or changed since <code>${escapeHtml(changes.since)}</code>.</p>`);
  out.push("</header>", "<main>");

  out.push('<section id="summary">', "<h2>Summary</h2>");
  // What needs a decision first, each a link to its item; then what is settled; the counts after.
  const open = items.filter((item) => !isReviewed(item));
  const reviewed = items.filter(isReviewed);
  out.push(`<p><strong>Open</strong> (${open.length}):</p>`);
  if (open.length === 0) out.push("<p>None.</p>");
  else out.push('<ol class="open">', ...open.map((item) => summaryLine(item, input, partly(item))), "</ol>");
  if (reviewed.length > 0) {
    out.push(`<p><strong>Reviewed</strong> (${reviewed.length}):</p>`, `<ol class="reviewed" start="${open.length + 1}">`, ...reviewed.map((item) => summaryLine(item, input, `: ${VERDICT_WORDS[item.verdicts[0]!.verdict]}`)), "</ol>");
  }
  out.push('<div class="scroll"><table class="summary"><tbody>');
  const row = (label: string, value: string) => out.push(`<tr><th scope="row">${label}</th><td>${value}</td></tr>`);
  row("Sources", `${summary.sources} (${summary.primarySources} primary, ${summary.sources - summary.primarySources} secondary)`);
  row("Facts", `${summary.facts}`);
  row("Discrepancies", `${summary.items}: ${counted(summary.bySeverity.error, "error")}, ${counted(summary.bySeverity.warning, "warning")}, ${summary.bySeverity.info} info (${counted(summary.findings, "finding")} of the rules)`);
  row("Reviewed", `${summary.reviewed} of ${summary.items}`);
  row(`Open at or above <code>${escapeHtml(failOn)}</code>`, `${summary.openAtOrAbove}`);
  row("Stale reviews", `${summary.staleReviews}`);
  out.push("</tbody></table></div>");
  if (summary.items > 0) {
    out.push('<div class="scroll"><table class="kinds"><thead><tr><th scope="col">Kind</th><th scope="col">Items</th><th scope="col">Reviewed</th><th scope="col">Open</th></tr></thead><tbody>');
    for (const [kind, counts] of Object.entries(summary.byKind)) {
      out.push(`<tr><td>${escapeHtml(kindWords(kind))}</td><td class="number">${counts.total}</td><td class="number">${counts.reviewed}</td><td class="number">${counts.total - counts.reviewed}</td></tr>`);
    }
    out.push("</tbody></table></div>");
  }
  out.push("</section>");

  if (changes) out.push(...formatChanges(input));

  out.push('<section id="discrepancies">', "<h2>Discrepancies</h2>");
  if (items.length === 0) out.push("<p>No discrepancies.</p>");
  else {
    out.push(...formatFilters(items, input));
    out.push('<p id="none-shown" class="note" hidden>No items match the filters.</p>');
  }
  items.forEach((item, index) => out.push(...formatItem(item, index + 1, input, sources)));
  out.push("</section>");

  if (staleReviews.length > 0) {
    out.push('<section id="stale-reviews">', "<h2>Stale reviews</h2>", "<p>These reviews name findings or discrepancies that no longer exist (the facts changed or were removed). Remove them or review the new item.</p>", "<ul>");
    for (const review of staleReviews) {
      out.push(`<li><code>${escapeHtml(review.finding)}</code> (${escapeHtml(review.position.file)}:${review.position.line}): ${VERDICT_WORDS[review.verdict]}, ${escapeHtml(review.reviewer)}, ${escapeHtml(review.date)}</li>`);
    }
    out.push("</ul>", "</section>");
  }
  out.push("</main>");
  if (items.length > 0) out.push(`<script>${SCRIPT}</script>`);
  out.push("</body>", "</html>");
  return `${out.join("\n")}\n`;
}

/**
 * The filter bar: a group of checkboxes per facet (every status and severity; the kinds and companies
 * the findings have), every box checked; hidden until the script runs, so without it all items show.
 */
function formatFilters(items: readonly Discrepancy[], { taxonomy }: ReportInput): string[] {
  const present = (values: Iterable<string>) => [...new Set(values)].sort(byCodeUnits);
  const kinds = present(items.map((item) => item.kind)).sort((a, b) => byCodeUnits(kindWords(a), kindWords(b)));
  const companies = present(items.map((item) => item.key.entity));
  const group = (name: string, title: string, options: readonly (readonly [string, string])[]) => [
    `<div class="group" role="group" aria-labelledby="filter-${name}"><span class="name" id="filter-${name}">${title}</span><span class="options">`,
    ...options.map(([value, label]) => `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}" checked><span>${escapeHtml(label)}</span></label>`),
    "</span></div>",
  ];
  return [
    '<form id="filters" hidden aria-label="Filter the discrepancies">',
    "<details open><summary>Filters</summary>",
    ...group("status", "Status", STATUSES.map((status) => [status, status] as const)),
    ...group("severity", "Severity", SEVERITIES.map((severity) => [severity, severity] as const)),
    ...group("kind", "Kind", kinds.map((kind) => [kind, kindWords(kind)] as const)),
    ...group(
      "company",
      "Company",
      companies.map((entity) => {
        const name = taxonomy.entities.get(entity)?.name;
        return [entity, name && name !== entity ? `${name} (${entity})` : entity] as const;
      }),
    ),
    "</details>",
    `<div class="bar"><output id="shown" aria-live="polite">Showing ${items.length} of ${counted(items.length, "item")}</output><button type="reset">Show all</button></div>`,
    "</form>",
  ];
}

/** One line of the summary: the item's severity and headline, linked to the item. */
function summaryLine(item: Discrepancy, input: ReportInput, after: string): string {
  const { what, supported } = itemHeadline(item, input.taxonomy);
  return `<li><span class="badge ${item.severity}">${item.severity}</span> <a href="#${escapeHtml(item.id)}">${escapeHtml(what)}</a>${supported ? ` (${escapeHtml(supported)})` : ""}${escapeHtml(after)}</li>`;
}

/** For an item open although it has verdicts: how many of its findings are new since them. */
function partly(item: Discrepancy): string {
  const count = newSinceVerdict(item).length;
  return count > 0 ? `: ${counted(count, "finding")} new since the verdict` : "";
}

/** One discrepancy, as in the Markdown report: headline, facts in conflict, judgement, the rules' findings as evidence, verdicts. */
function formatItem(item: Discrepancy, number: number, input: ReportInput, sources: Map<string, Source>): string[] {
  const status = isReviewed(item) ? "reviewed" : "open";
  const verdict = item.verdicts[0];
  const newSince = new Set(newSinceVerdict(item));
  const statusText = isReviewed(item) ? `reviewed: ${VERDICT_WORDS[verdict!.verdict]}` : `open${partly(item)}`;
  const { what, supported } = itemHeadline(item, input.taxonomy);
  const lead = item.findings.find((finding) => finding.kind === item.kind)!;
  const out = [
    `<article class="item ${item.severity}" id="${escapeHtml(item.id)}" data-status="${status}" data-severity="${item.severity}" data-kind="${escapeHtml(item.kind)}" data-company="${escapeHtml(item.key.entity)}">`,
    `<h3>${number}. ${escapeHtml(what)}${supported ? `; ${escapeHtml(supported)}` : ""}</h3>`,
    `<p class="meta"><code>${escapeHtml(item.id)}</code> <span class="badge ${item.severity}">${item.severity}</span> <span class="badge ${status}">${escapeHtml(statusText)}</span> <span>${escapeHtml(kindInWords(lead, sources))}</span></p>`,
  ];
  out.push(...factTable(item.facts, sources, displayScale(item.facts), input));
  if (item.judgement) out.push(...formatJudgement(item.judgement));
  out.push('<div class="findings">', `<p><strong>Evidence</strong> (${counted(item.findings.length, "finding")}):</p>`, "<ul>");
  for (const finding of item.findings) out.push(`<li>${escapeHtml(kindInWords(finding, sources))} (<code>${escapeHtml(finding.id)}</code>, ${finding.severity}${newSince.has(finding) ? ", <strong>new since the verdict</strong>" : ""}): ${escapeHtml(finding.message)}</li>`);
  out.push("</ul>", "</div>");
  const operands = operandFacts(item);
  if (operands.length > 0) out.push("<p>Other figures the arithmetic uses:</p>", ...factTable(operands, sources, displayScale(operands), input));
  for (const given of item.verdicts) {
    const right = given.right ? ` Right: ${given.right.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ")}.` : "";
    const on = given.on === item.id ? "" : ` on <code>${escapeHtml(given.on)}</code>`;
    out.push(`<p class="verdict"><strong>Verdict</strong>${on} (${escapeHtml(given.reviewer)}, ${escapeHtml(given.date)}): ${VERDICT_WORDS[given.verdict]}.${right} ${escapeHtml(given.note)}</p>`);
  }
  out.push("</article>");
  return out;
}

function factTable(facts: readonly Fact[], sources: Map<string, Source>, scale: ReturnType<typeof displayScale>, input: ReportInput): string[] {
  const out = ['<div class="scroll"><table class="facts">', `<thead><tr>${FACT_COLUMNS.map((column) => `<th scope="col">${column}</th>`).join("")}</tr></thead>`, "<tbody>"];
  for (const fact of facts) out.push(formatFactRow(fact, sources.get(fact.sourceId), scale, input));
  out.push("</tbody></table></div>");
  return out;
}

function kindWords(kind: string): string {
  return (KIND_WORDS as Readonly<Record<string, string>>)[kind] ?? kind.replace(/_/g, " ");
}

/** As in the Markdown report: guidance is the company's own; a range only an article gives is its forecast. */
function kindInWords(finding: Finding, sources: Map<string, Source>): string {
  if (finding.kind !== "outside_guidance") return kindWords(finding.kind);
  const guided = finding.facts.find((fact) => fact.basis === "guidance");
  return guided && sources.get(guided.sourceId)?.kind === "primary" ? "Outside guidance" : "Outside the article's forecast";
}

/** Which value the evidence supports and why, then each other value with its likely cause, as in the Markdown report. */
function formatJudgement(judgement: Judgement): string[] {
  const out = ['<div class="evidence">', `<p><strong>Which value:</strong> ${escapeHtml(judgement.summary)}</p>`, "<ul>"];
  const causes = new Map(judgement.outliers.map((outlier) => [outlier.candidate, outlier.cause]));
  for (const candidate of judgement.candidates) {
    const cause = causes.get(candidate);
    const role = candidate === judgement.supported ? "The evidence supports this value." : judgement.supported && causes.has(candidate) ? "This value is the odd one out." : "";
    const likely = cause ? `${capitalised(cause.explanation)}.` : causes.has(candidate) ? "No likely cause was found." : "";
    const text = [role, ...candidate.reasons, likely].filter((part) => part !== "").join(" ");
    out.push(`<li><strong>${escapeHtml(candidate.value)}</strong>: ${escapeHtml(text)}</li>`);
  }
  out.push("</ul>", "</div>");
  return out;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function formatFactRow(fact: Fact, source: Source | undefined, scale: ReturnType<typeof displayScale>, input: ReportInput): string {
  let publisher = escapeHtml(fact.sourceId);
  if (source) {
    const href = htmlHref(source.url);
    const name = href ? `<a href="${href}" rel="noreferrer">${escapeHtml(source.publisher)}</a>` : escapeHtml(source.publisher);
    publisher = `${name}${source.kind === "primary" ? " (primary)" : ""} · <code>${escapeHtml(source.id)}</code>`;
  }
  const interval = fact.parsed.kind === "number" ? formatInterval(intervalOf(fact.parsed, fact.qualifier, input.intervalOptions), scaleFor(fact, scale)[0]) : "";
  const cells = [
    publisher,
    escapeHtml(source?.published?.slice(0, 10) ?? "undated"),
    escapeHtml(writtenForm(fact)),
    escapeHtml(normalisedValue(fact, scale)),
    escapeHtml(interval),
    escapeHtml(BASIS_WORDS[fact.basis] ?? fact.basis),
    escapeHtml(fact.qualifier),
    escapeHtml(fact.quote),
    `${escapeHtml(fact.position.file)}:${fact.position.line}`,
  ];
  return `<tr>${cells.map((cell, at) => `<td data-label="${FACT_COLUMNS[at]}">${cell}</td>`).join("")}</tr>`;
}

function formatChanges(input: ReportInput): string[] {
  const { changes } = input;
  if (!changes) return [];
  const out = ['<section id="changes">', `<h2>Changes since <code>${escapeHtml(changes.since)}</code></h2>`];
  const count = (change: string) => changes.facts.filter((entry) => entry.change === change).length;
  out.push(
    `<p>Facts: ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed. Discrepancies: ${changes.newItems.length} new, ${changes.changedItems.length} changed, ${changes.resolvedItems.length} resolved (findings: ${changes.newFindings.length} new, ${changes.resolvedFindings.length} resolved).</p>`,
  );
  if (changes.facts.length > 0) {
    out.push("<ul>");
    for (const entry of changes.facts) {
      const fact = entry.fact;
      const diff = entry.diff ? `\n<pre><code>${escapeHtml(entry.diff.replace(/\n$/, ""))}</code></pre>` : "";
      out.push(`<li><strong>${escapeHtml(entry.change)}</strong> ${escapeHtml(fact.position.file)}:${fact.position.line} ${escapeHtml(`${fact.metric} ${fact.segment} ${fact.period.label}: ${writtenForm(fact)}`)}${diff}</li>`);
    }
    out.push("</ul>");
  }
  // As in the Markdown report: items shown here are linked, the others say they involve no changed fact.
  const shown = new Set(itemsOf(input).map((item) => item.id));
  const named = (item: Discrepancy) => {
    const { what } = itemHeadline(item, input.taxonomy);
    return shown.has(item.id) ? `<a href="#${escapeHtml(item.id)}">${escapeHtml(what)}</a>` : escapeHtml(what);
  };
  const ids = (findings: readonly Finding[]) => findings.map((finding) => `<code>${escapeHtml(finding.id)}</code>`).join(", ");
  const notShown = (item: Discrepancy) => (shown.has(item.id) ? "" : " (not involving a changed fact)");
  if (changes.newItems.length > 0) {
    out.push("<p>New discrepancies:</p>", "<ul>");
    for (const item of changes.newItems) out.push(`<li><code>${escapeHtml(item.id)}</code> <span class="badge ${item.severity}">${item.severity}</span> ${named(item)} (${counted(item.findings.length, "finding")}: ${ids(item.findings)})${notShown(item)}</li>`);
    out.push("</ul>");
  }
  if (changes.changedItems.length > 0) {
    out.push("<p>Changed discrepancies:</p>", "<ul>");
    for (const { item, was, newFindings, leftFindings } of changes.changedItems) {
      const what = [
        was.length !== 1 || was[0] !== item.id ? `was ${was.map((id) => `<code>${escapeHtml(id)}</code>`).join(" and ")}` : "",
        newFindings.length > 0 ? `new ${ids(newFindings)}` : "",
        leftFindings.length > 0 ? `no longer ${ids(leftFindings)}` : "",
      ].filter((part) => part !== "");
      out.push(`<li><code>${escapeHtml(item.id)}</code> <span class="badge ${item.severity}">${item.severity}</span> ${named(item)}: ${what.join("; ")}${notShown(item)}</li>`);
    }
    out.push("</ul>");
  }
  if (changes.resolvedItems.length > 0) {
    out.push("<p>Resolved discrepancies:</p>", "<ul>");
    for (const item of changes.resolvedItems) out.push(`<li><code>${escapeHtml(item.id)}</code> ${escapeHtml(itemHeadline(item, input.taxonomy).what)} (${counted(item.findings.length, "finding")}: ${ids(item.findings)})</li>`);
    out.push("</ul>");
  }
  out.push("</section>");
  return out;
}

/** Plain code-unit order, the same in every locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
