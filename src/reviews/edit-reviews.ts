// Recording an editor's verdict: the pure part of `concord review`. A request from the command line
// becomes a checked review entry; the entry is then written into the text of reviews.yaml by splicing,
// so every other byte of the file (comments, blank lines, key order, quoting, folded notes) stays as
// it was. The `yaml` Document API finds where the entries stand and renders the new one.
import type { Node, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { yamlLibrary } from "../load/libraries.js";
import type { Diagnostic } from "../model/types.js";
import type { ReviewVerdict } from "../model/finding.js";
import { parseDocument, type ParsedDocument } from "../load/parse-document.js";
import { closestName, validateAgainstSchema } from "../load/schemas.js";
import { loadReviews } from "./reviews.js";
import { isCalendarDate } from "../periods/days.js";

export const VERDICTS: readonly ReviewVerdict[] = ["source_right", "both_right", "not_a_conflict"];

/** One review as it is written in reviews.yaml, its keys in the order the file uses. */
export interface ReviewEntry {
  finding: string;
  verdict: ReviewVerdict;
  right?: string[];
  note: string;
  reviewer: string;
  date: string;
}

/** What the command line asked for, unchecked. */
interface ReviewRequest {
  finding: string;
  verdict?: string;
  right?: readonly string[];
  note?: string;
  reviewer?: string;
  /** `YYYY-MM-DD`; the caller's `today` when absent. */
  date?: string;
}

/** A problem with the request: the option it concerns, what was found and what is expected. */
export interface RequestProblem {
  option: string;
  message: string;
  found: string;
  expected: string;
}

/** What the request is checked against: the current ids (discrepancies' and findings') and the fact base's source ids. */
export interface ReviewContext {
  /** Every id a verdict may name: the discrepancies' (`d-…`, a verdict for the whole item) and their findings'. */
  findingIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** Where the finding ids come from, for the message about an unknown one (e.g. `facts`). */
  factBase: string;
}

/** Today as `YYYY-MM-DD` in UTC. */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Checks a request and turns it into the entry to write; `today` is the date used when none is given. */
export function buildReview(request: ReviewRequest, today: string, context: ReviewContext): { review: ReviewEntry; problems: [] } | { review?: undefined; problems: RequestProblem[] } {
  const problems: RequestProblem[] = [];
  if (!context.findingIds.has(request.finding)) {
    const near = nearIds(request.finding, [...context.findingIds]);
    problems.push({
      option: "<finding-id>",
      message: `no discrepancy or finding has this id in the reconcile results of ${context.factBase}`,
      found: JSON.stringify(request.finding),
      expected: near.length > 0 ? `one of the ids near it: ${near.join(", ")}` : "the id of a current discrepancy (d-…) or finding, as the report or `concord review --open` shows it",
    });
  }
  const verdict = request.verdict;
  if (verdict === undefined) problems.push({ option: "--verdict", message: "a verdict is required", found: "nothing", expected: `one of ${VERDICTS.join(", ")}` });
  else if (!(VERDICTS as readonly string[]).includes(verdict)) problems.push({ option: "--verdict", message: "unknown verdict", found: JSON.stringify(verdict), expected: `one of ${VERDICTS.join(", ")}` });
  const right = [...new Set(request.right ?? [])];
  if (verdict === "source_right" && right.length === 0) {
    problems.push({ option: "--right", message: "source_right needs the sources whose value stands", found: "no --right", expected: "--right SOURCE-ID [SOURCE-ID…], ids of sources in the fact base" });
  }
  if (verdict !== undefined && verdict !== "source_right" && right.length > 0) {
    problems.push({ option: "--right", message: `--right is only for source_right, not ${verdict}`, found: right.join(" "), expected: "no --right, or --verdict source_right" });
  }
  for (const id of right) {
    if (context.sourceIds.has(id)) continue;
    const suggestion = closestName(id, [...context.sourceIds]);
    problems.push({ option: "--right", message: `unknown source id${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`, found: JSON.stringify(id), expected: "the id of a source in the fact base" });
  }
  for (const option of ["note", "reviewer"] as const) {
    if (request[option] === undefined || request[option].trim() === "") problems.push({ option: `--${option}`, message: option === "note" ? "a note is required" : "a reviewer is required", found: request[option] === undefined ? "nothing" : "blank text", expected: option === "note" ? "why: the evidence, e.g. the company's release" : "who decides" });
  }
  const date = request.date ?? today;
  if (!isCalendarDate(date)) problems.push({ option: "--date", message: "not a date", found: JSON.stringify(date), expected: "a date YYYY-MM-DD" });
  if (problems.length > 0) return { problems };

  const review: ReviewEntry = { finding: request.finding, verdict: verdict as ReviewVerdict, ...(right.length > 0 ? { right } : {}), note: request.note!, reviewer: request.reviewer!, date };
  // The schema has the last word (lengths, the id's form), each problem named by its option.
  const asDocument: ParsedDocument = { file: "review", data: { reviews: [review] }, locate: () => ({ line: 1, column: 1 }) };
  const schemaProblems = validateAgainstSchema("reviews", asDocument).map((diagnostic) => {
    const field = /^\/reviews\/0\/([a-z]+)/.exec(diagnostic.path)?.[1];
    return { option: field === "finding" ? "<finding-id>" : field ? `--${field}` : "review", message: diagnostic.message, found: diagnostic.found ?? "", expected: diagnostic.expected ?? "" };
  });
  return schemaProblems.length > 0 ? { problems: schemaProblems } : { review, problems: [] };
}

/** Ids an editor may have meant: a slip of a few characters, the same hash under another rule, or a part of the id. */
export function nearIds(id: string, ids: readonly string[], most = 5): string[] {
  const hash = /-([0-9a-f]{8})$/.exec(id)?.[1];
  const scored: [number, string][] = [];
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    const near = distance <= 3 || (hash !== undefined && candidate.endsWith(`-${hash}`)) || (id.length >= 4 && candidate.includes(id));
    if (near) scored.push([distance, candidate]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(0, most)
    .map(([, candidate]) => candidate);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

type EditResult = { ok: true; text: string; replaced: boolean } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The text of reviews.yaml with `review` added (after the last entry) or put in place of the entry for
 * the same finding. Everything outside that entry is kept byte for byte. `text` undefined means the
 * file does not exist yet. The result is checked against the schema and the source ids before it is
 * returned; problems in the rest of the file are reported where they stand, and nothing is written.
 */
export function setReview(file: string, text: string | undefined, review: ReviewEntry, sourceIds: ReadonlySet<string>): EditResult {
  if (text === undefined) return checked(file, "", { start: 0, end: 0, insert: `reviews:\n${renderBlockEntry(review, 2, 4, "\n")}` }, review, sourceIds, false);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  // A file of nothing but comments and blank lines holds no reviews yet: the list is added after them.
  if (/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:#[^\n]*)?$/.test(body)) {
    const separator = body === "" || body.endsWith("\n") ? "" : eol;
    return checked(file, text, { start: body.length, end: body.length, insert: `${separator}reviews:${eol}${renderBlockEntry(review, 2, 4, eol)}`, offset: bom.length }, review, sourceIds, false);
  }
  // The project's parser first: it refuses what the file must not hold (tags, alias bombs, nesting too deep).
  const parsed = parseDocument(file, body);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const document = yamlLibrary().parseDocument(body, { uniqueKeys: false, strict: true });
  const root = document.contents;
  const list = yamlLibrary().isMap(root) ? root.get("reviews", true) : undefined;
  const empty = yamlLibrary().isScalar(list) && list.value === null;
  if (!yamlLibrary().isMap(root) || !(yamlLibrary().isSeq(list) || empty)) {
    // Not a mapping with a list of reviews: the schema says what is wrong, where.
    const { diagnostics } = loadReviews({ file, text: body }, sourceIds);
    return { ok: false, diagnostics: diagnostics.length > 0 ? diagnostics : [{ file, line: 1, column: 1, path: "/reviews", message: "cannot find the list of reviews", found: "no `reviews:` list", expected: "reviews: followed by a list of reviews" }] };
  }
  const index = yamlLibrary().isSeq(list) ? list.items.findIndex((item) => yamlLibrary().isMap(item) && item.get("finding") === review.finding) : -1;
  const edit = !yamlLibrary().isSeq(list) ? intoEmpty(body, root, list as Node, review, eol) : list.flow || root.flow ? flowEdit(body, root, list, index, review, eol) : blockEdit(body, list, index, review, eol);
  if ("diagnostic" in edit) return { ok: false, diagnostics: [{ file, path: "/reviews", ...edit.diagnostic }] };
  return checked(file, text, { ...edit, offset: bom.length }, review, sourceIds, index >= 0);
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Replaces or appends an entry of a block list (`- finding: …` lines), at the indentation the list uses. */
function blockEdit(text: string, list: YAMLSeq, index: number, review: ReviewEntry, eol: string): Splice | { diagnostic: Omit<Diagnostic, "file" | "path"> } {
  const entries = list.items.filter((item): item is Node => item !== null && typeof item === "object" && "range" in item && Array.isArray((item as Node).range));
  const last = entries[entries.length - 1];
  const reference = index >= 0 ? (list.items[index] as Node) : last;
  if (!reference?.range) return { diagnostic: { line: 1, column: 1, message: "cannot find where the list of reviews stands", found: "a list without positions", expected: "a block list of reviews" } };
  const dash = dashBefore(text, reference.range[0]);
  if (dash === undefined) {
    const { line, column } = lineColumn(text, reference.range[0]);
    return { diagnostic: { line, column, message: "cannot edit this list in place", found: "an entry not introduced by `- `", expected: "a block list whose entries start with `- `" } };
  }
  const dashColumn = dash - lineStart(text, dash);
  const sameLine = !text.slice(dash, reference.range[0]).includes("\n");
  const contentColumn = sameLine ? reference.range[0] - lineStart(text, reference.range[0]) : dashColumn + 2;
  const entry = renderBlockEntry(review, dashColumn, contentColumn, eol);
  if (index >= 0) {
    const end = entryEnd(text, reference.range[1]);
    const replaced = entry.slice(dashColumn);
    // An entry that ends the file without a line break keeps ending it so.
    return { start: dash, end, insert: text.slice(dash, end).endsWith("\n") ? replaced : replaced.slice(0, -eol.length) };
  }
  // After the last entry and the comments indented under it, before anything that follows the list.
  let end = entryEnd(text, last!.range![1]);
  const indentedComment = /[ \t]*#[^\n]*(\n|$)/y;
  for (;;) {
    indentedComment.lastIndex = end;
    const match = indentedComment.exec(text);
    if (!match || end === text.length || text.indexOf("#", end) - end <= dashColumn) break;
    end += match[0].length;
  }
  return { start: end, end, insert: text.slice(0, end).endsWith("\n") || end === 0 ? entry : `${eol}${entry}` };
}

/** Replaces or appends an entry of a flow list (`[…]`), written as a flow mapping; an empty `[]` in a block mapping becomes a block list. */
function flowEdit(text: string, root: YAMLMap, list: YAMLSeq, index: number, review: ReviewEntry, eol: string): Splice | { diagnostic: Omit<Diagnostic, "file" | "path"> } {
  const range = list.range;
  if (!range) return { diagnostic: { line: 1, column: 1, message: "cannot find where the list of reviews stands", found: "a list without positions", expected: "a list of reviews" } };
  const inline = JSON.stringify(inFileOrder(review));
  if (index >= 0) {
    const item = list.items[index] as Node;
    return { start: item.range![0], end: item.range![1], insert: inline };
  }
  if (list.items.length === 0) return intoEmpty(text, root, list, review, eol);
  const lastItem = list.items[list.items.length - 1] as Node;
  return { start: lastItem.range![1], end: lastItem.range![1], insert: `, ${inline}` };
}

/** Puts the entry in place of an empty list (`[]`, or no value at all): a block list under a block mapping, else `[{…}]`. */
function intoEmpty(text: string, root: YAMLMap, empty: Node, review: ReviewEntry, eol: string): Splice | { diagnostic: Omit<Diagnostic, "file" | "path"> } {
  const range = empty.range;
  if (!range) return { diagnostic: { line: 1, column: 1, message: "cannot find where the list of reviews stands", found: "a list without positions", expected: "a list of reviews" } };
  if (root.flow) return { start: range[0], end: range[1], insert: `[${JSON.stringify(inFileOrder(review))}]` };
  const pair = root.items.find((candidate) => yamlLibrary().isScalar(candidate.key) && candidate.key.value === "reviews");
  const keyColumn = pair && yamlLibrary().isScalar(pair.key) && pair.key.range ? pair.key.range[0] - lineStart(text, pair.key.range[0]) : 0;
  const entry = renderBlockEntry(review, keyColumn + 2, keyColumn + 4, eol);
  // The list starts on the next line; a comment after `[]` stays on the key's line.
  let start = range[0];
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  const lineBreak = text.indexOf("\n", range[1]);
  let end = lineBreak < 0 ? text.length : lineBreak;
  if (text[end - 1] === "\r") end--;
  end = Math.max(end, range[1]);
  return { start, end, insert: `${text.slice(range[1], end)}${eol}${entry.slice(0, -eol.length)}` };
}

/** The entry as block-mapping lines under a `- ` at `dashColumn`, its keys at `contentColumn`, ending with a line break. */
function renderBlockEntry(review: ReviewEntry, dashColumn: number, contentColumn: number, eol: string): string {
  const lines = renderMapping(review).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const dashLine = `${" ".repeat(dashColumn)}-${" ".repeat(Math.max(1, contentColumn - dashColumn - 1))}`;
  // Blank lines inside a block scalar stay empty: padding them could make them part of a literal's text.
  return lines.map((line, at) => (at === 0 ? `${dashLine}${line}` : line === "" ? "" : `${" ".repeat(contentColumn)}${line}`)).join(eol) + eol;
}

/**
 * The entry as a YAML block mapping in the file's own style: `right` as a flow list, the date quoted,
 * a long note folded (`>-`). A rendering that would not read back as the same entry falls back to
 * double quotes, which always do.
 */
function renderMapping(entry: ReviewEntry): string {
  const review = inFileOrder(entry);
  const styles: (Scalar.Type | undefined)[] = [review.note.length > 90 && !review.note.includes("\n") ? yamlLibrary().Scalar.BLOCK_FOLDED : undefined, yamlLibrary().Scalar.QUOTE_DOUBLE];
  for (const noteStyle of styles) {
    const document = new (yamlLibrary().Document)(review);
    const right = document.get("right", true);
    if (yamlLibrary().isSeq(right)) right.flow = true;
    (document.get("date", true) as Scalar).type = yamlLibrary().Scalar.QUOTE_DOUBLE;
    if (noteStyle) (document.get("note", true) as Scalar).type = noteStyle;
    const rendered = document.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
    if (sameEntry(yamlLibrary().parseDocument(rendered).toJS(), review)) return rendered;
  }
  throw new Error(`cannot write the review of ${review.finding} as YAML that reads back the same`);
}

/** The entry's keys in the order reviews.yaml writes them. */
function inFileOrder(review: ReviewEntry): ReviewEntry {
  return { finding: review.finding, verdict: review.verdict, ...(review.right ? { right: review.right } : {}), note: review.note, reviewer: review.reviewer, date: review.date };
}

function sameEntry(read: unknown, review: ReviewEntry): boolean {
  return JSON.stringify(read) === JSON.stringify(review);
}

/** Where the entry's text ends: after the line break of its last line that is not blank. */
function entryEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[ \t\r\n]/.test(text[at - 1]!)) at--;
  const lineBreak = text.indexOf("\n", at);
  return lineBreak < 0 ? text.length : lineBreak + 1;
}

/** The offset of the `-` that introduces the list item whose content starts at `offset`. */
function dashBefore(text: string, offset: number): number | undefined {
  let at = offset - 1;
  while (at >= 0 && /[ \t\r\n]/.test(text[at]!)) at--;
  return at >= 0 && text[at] === "-" ? at : undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return { line, column: offset - lineStart(text, offset) + 1 };
}

/**
 * Applies the splice and checks the result as `concord reconcile` will read it. Problems are reported
 * against the file as it is on disk: a line before the edit keeps its number, a line after it moves
 * back by the lines the edit added; a problem inside the new entry names the review.
 */
function checked(file: string, text: string, edit: Splice & { offset?: number }, review: ReviewEntry, sourceIds: ReadonlySet<string>, replaced: boolean): EditResult {
  const start = edit.start + (edit.offset ?? 0);
  const end = edit.end + (edit.offset ?? 0);
  const edited = `${text.slice(0, start)}${edit.insert}${text.slice(end)}`;
  const { diagnostics } = loadReviews({ file, text: edited }, sourceIds);
  if (diagnostics.length === 0) return { ok: true, text: edited, replaced };
  const firstLine = lineColumn(text, start).line;
  const removed = countLines(text.slice(start, end));
  const added = countLines(edit.insert);
  const lastOfEntry = firstLine + added - (edit.insert.endsWith("\n") ? 1 : 0);
  return {
    ok: false,
    diagnostics: diagnostics.map((diagnostic) => {
      if (diagnostic.line < firstLine) return diagnostic;
      if (diagnostic.line > lastOfEntry) return { ...diagnostic, line: diagnostic.line - added + removed };
      return { ...diagnostic, message: `the review of ${review.finding} would be invalid: ${diagnostic.message}` };
    }),
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}
