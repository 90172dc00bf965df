// One company's figures side by side, for `concord facts --entity ID --format table|markdown`: a row per
// key (segment, metric, measure, period, basis) and a column per source, each value as its source wrote
// it, a value marked when it disagrees with another source's on the same row. Values are compared the
// way reconcile compares them (exact decimal intervals from rounding and qualifiers, never floats).
// Pure: loaded facts in, text out.
import type { Basis, Fact, FactBase, Measure, Source } from "../model/types.js";
import { BASIS_WORDS, comparedBasis, counted, QUALIFIER_WORDS, writtenForm } from "../model/wording.js";
import { overlaps, type Interval } from "../numbers/interval.js";
import { buildRuleContext } from "../reconcile/reconcile.js";
import { defaultConfig, type Config } from "../config/config.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { groupBy } from "../rules/group-by.js";
import { escapeMarkdown } from "./escape.js";
import { selectFacts, type FactSelection } from "./fact-records.js";

interface FactTableValue {
  /** The value as its source wrote it, with its qualifier: "more than 1 GW", "1,735–1,785 億 USD". */
  text: string;
  /** The columns (0-based) of the other sources whose values on the row it cannot be right together with. */
  differsFrom: number[];
}

interface FactTableRow {
  segment: string;
  metric: string;
  /** The measure, with what it is of: "level", "yoy", "share of MARKET/public_cloud". */
  measure: string;
  period: string;
  basis: string;
  /** Per column (source), the values it states for this key: none, one, or several. */
  cells: FactTableValue[][];
  /** Whether some value of the row disagrees with another source's. */
  differs: boolean;
}

interface FactTable {
  entity: string;
  entityName?: string;
  period?: string;
  /** The sources that state a figure in the table, primary sources first, then by date. */
  sources: Source[];
  rows: FactTableRow[];
}

interface FactTableOptions extends FactSelection {
  entity: string;
}

const MEASURE_ORDER: readonly Measure[] = ["level", "yoy", "qoq", "yoy_abs", "qoq_abs", "cagr", "share", "multiple"];

/**
 * The table of one entity's facts (of one period, when given). Facts a later filing restated are left
 * out, as reconcile leaves them out of its comparisons.
 */
export function buildFactTable(factBase: FactBase, taxonomy: Taxonomy, options: FactTableOptions, config: Config = defaultConfig()): FactTable {
  const selected = selectFacts(factBase, options, taxonomy);
  const context = buildRuleContext(selected, config, taxonomy);
  const sourceById = new Map(selected.sources.map((source) => [source.id, source]));
  const used = new Set<string>();
  const rows: { order: (number | string)[]; facts: Fact[] }[] = [];
  for (const group of context.groups) {
    for (const facts of groupBy(group.facts, (fact) => comparedBasis(fact.basis)).values()) {
      for (const fact of facts) used.add(fact.sourceId);
      rows.push({ order: rowOrder(facts[0]!, taxonomy), facts });
    }
  }
  rows.sort((a, b) => compareOrders(a.order, b.order));
  const sources = [...used].map((id) => sourceById.get(id)!).sort(compareSources);
  const column = new Map(sources.map((source, at) => [source.id, at]));
  const table: FactTable = {
    entity: options.entity,
    sources,
    rows: rows.map(({ facts }) => {
      const first = facts[0]!;
      const basis = comparedBasis(first.basis);
      const cells: FactTableValue[][] = sources.map(() => []);
      for (const fact of facts) {
        const cell = cells[column.get(fact.sourceId)!]!;
        const text = valueText(fact, basis);
        const differsFrom = facts.filter((other) => other.sourceId !== fact.sourceId && disagree(fact, other, context.intervalOf)).map((other) => column.get(other.sourceId)!);
        const same = cell.find((value) => value.text === text);
        if (same) same.differsFrom.push(...differsFrom);
        else cell.push({ text, differsFrom });
      }
      for (const cell of cells) for (const value of cell) value.differsFrom = [...new Set(value.differsFrom)].sort((a, b) => a - b);
      return {
        segment: first.segment,
        metric: first.metric,
        measure: first.of === undefined ? first.measure : `${first.measure} ${first.measure === "level" ? "vs" : "of"} ${first.of}`,
        period: first.period.label,
        basis: BASIS_WORDS[basis],
        cells,
        differs: cells.some((cell) => cell.some((value) => value.differsFrom.length > 0)),
      };
    }),
  };
  const name = taxonomy.entities.get(options.entity)?.name;
  if (name !== undefined) table.entityName = name;
  if (options.period !== undefined) table.period = options.period;
  return table;
}

/** Two facts of one key and basis that cannot both be right: numbers whose intervals do not overlap, or different dates. */
function disagree(a: Fact, b: Fact, intervalOf: (fact: Fact) => Interval): boolean {
  if (a.parsed.kind === "number" && b.parsed.kind === "number") return !overlaps(intervalOf(a), intervalOf(b));
  if (a.parsed.kind === "date" && b.parsed.kind === "date") return a.parsed.date !== b.parsed.date;
  return false;
}

/** "more than 1 GW"; a fact whose basis is not the row's (a derived figure on the reported row) says its own. */
function valueText(fact: Fact, rowBasis: Basis): string {
  const qualifier = QUALIFIER_WORDS[fact.qualifier];
  const text = `${qualifier ? `${qualifier} ` : ""}${writtenForm(fact)}`;
  return fact.basis === rowBasis ? text : `${text} (${BASIS_WORDS[fact.basis]})`;
}

/** Rows in taxonomy order: segment, metric, measure, what it is of, period (by its days), basis, unit. */
function rowOrder(fact: Fact, taxonomy: Taxonomy): (number | string)[] {
  return [
    fact.segment === "total" ? -1 : (taxonomy.segments.get(fact.segment)?.ordinal ?? Number.MAX_SAFE_INTEGER),
    fact.segment,
    taxonomy.metrics.get(fact.metric)?.ordinal ?? Number.MAX_SAFE_INTEGER,
    fact.metric,
    MEASURE_ORDER.indexOf(fact.measure),
    fact.of ?? "",
    fact.period.start ?? "",
    fact.period.end ?? "",
    fact.period.key,
    Object.keys(BASIS_WORDS).indexOf(comparedBasis(fact.basis)),
    fact.unit,
  ];
}

function compareOrders(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let at = 0; at < a.length; at++) {
    const x = a[at]!;
    const y = b[at]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** The company's own releases first, then by publication date (undated last), then by id. */
function compareSources(a: Source, b: Source): number {
  if (a.kind !== b.kind) return a.kind === "primary" ? -1 : 1;
  const dateA = a.published?.slice(0, 10) ?? "9999";
  const dateB = b.published?.slice(0, 10) ?? "9999";
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const KEY_HEADERS = ["segment", "metric", "measure", "period", "basis"] as const;

function keyCells(row: FactTableRow): string[] {
  return [row.segment, row.metric, row.measure, row.period, row.basis];
}

/** The headline: "AMZN (Amazon.com), 2025-Q4: 12 keys from 3 sources, 2 where sources differ". */
function headline(table: FactTable): string {
  const name = table.entityName !== undefined ? ` (${table.entityName})` : "";
  const period = table.period !== undefined ? `, ${table.period}` : "";
  const differing = table.rows.filter((row) => row.differs).length;
  return `${table.entity}${name}${period}: ${counted(table.rows.length, "key")} from ${counted(table.sources.length, "source")}, ${differing} where sources differ`;
}

function sourceLine(source: Source): string {
  const date = source.published?.slice(0, 10) ?? "undated";
  return `${source.id}: ${source.publisher}, ${date}${source.kind === "primary" ? ", primary" : ""}`;
}

/** "[1] [3]": the columns a value disagrees with, as numbered in the table. */
function columnNumbers(columns: readonly number[]): string {
  return columns.map((at) => `[${at + 1}]`).join(" ");
}

const DIFFERS_NOTE = "cannot be right together with the value of source [n] on the same row, even allowing for rounding and qualifiers";

/**
 * The table as aligned plain text for a terminal: columns numbered [1], [2], … with the sources listed
 * under the table; east Asian wide characters count two columns. A value that disagrees with others
 * says with which: "93 亿 USD != [1] [2]".
 */
export function formatFactTableText(table: FactTable): string {
  const lines = [plain(headline(table)), ""];
  if (table.rows.length === 0) {
    lines.push("No figures.");
    return `${lines.join("\n")}\n`;
  }
  const header = [...KEY_HEADERS, ...table.sources.map((_, at) => `[${at + 1}]`)];
  const body = table.rows.map((row) => [...keyCells(row), ...row.cells.map((cell) => cell.map((value) => `${value.text}${value.differsFrom.length > 0 ? ` != ${columnNumbers(value.differsFrom)}` : ""}`).join(" / "))].map(plain));
  const widths = header.map((title, at) => Math.max(displayWidth(title), ...body.map((cells) => displayWidth(cells[at]!))));
  const render = (cells: readonly string[]) => cells.map((cell, at) => (at === cells.length - 1 ? cell : pad(cell, widths[at]!))).join("  ").trimEnd();
  lines.push(render(header), render(widths.map((width) => "-".repeat(width))), ...body.map(render), "");
  table.sources.forEach((source, at) => lines.push(plain(`[${at + 1}] ${sourceLine(source)}`)));
  if (table.rows.some((row) => row.differs)) lines.push("", `!= [n]: ${DIFFERS_NOTE}`);
  return `${lines.join("\n")}\n`;
}

/**
 * The table as Markdown: a column per source headed by its number and id, a value that disagrees with
 * others in bold, saying with which ("**93 亿 USD** ≠ [1] [2]"), the sources listed under the table.
 * Everything from the fact files is escaped.
 */
export function formatFactTableMarkdown(table: FactTable): string {
  const lines = [`## ${escapeMarkdown(headline(table))}`, ""];
  if (table.rows.length === 0) {
    lines.push("No figures.");
    return `${lines.join("\n")}\n`;
  }
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  lines.push(row([...KEY_HEADERS, ...table.sources.map((source, at) => escapeMarkdown(`[${at + 1}] ${source.id}`))]));
  lines.push(row([...KEY_HEADERS, ...table.sources].map(() => "---")));
  for (const entry of table.rows) {
    const values = entry.cells.map((cell) => cell.map((value) => (value.differsFrom.length > 0 ? `**${escapeMarkdown(value.text)}** ≠ ${escapeMarkdown(columnNumbers(value.differsFrom))}` : escapeMarkdown(value.text))).join(" / "));
    lines.push(row([...keyCells(entry).map(escapeMarkdown), ...values]));
  }
  lines.push("", ...table.sources.map((source, at) => `- ${escapeMarkdown(`[${at + 1}] ${sourceLine(source)}`)}`));
  if (table.rows.some((entry) => entry.differs)) lines.push("", `≠ \\[n\\]: ${escapeMarkdown(DIFFERS_NOTE)}.`);
  return `${lines.join("\n")}\n`;
}

/** Text from a fact file made safe for a terminal: no control characters, no line breaks. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
}

function pad(text: string, width: number): string {
  return `${text}${" ".repeat(Math.max(0, width - displayWidth(text)))}`;
}

/**
 * How many terminal columns a text takes: east Asian wide and fullwidth characters (CJK ideographs,
 * kana, hangul, fullwidth forms) two, combining marks and zero-width characters none, the rest one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/[\p{Mn}\p{Me}\u200b-\u200f\ufeff]/u.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
