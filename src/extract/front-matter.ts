// An article's front matter (YAML between --- lines, as Markdown sites write it): title, date and
// language. The body keeps its place in the text: the front matter is blanked, never cut, so line and
// column numbers count from the top of the file; the headline fields' values stay in place, to be
// read with the body.
import { yamlLibrary } from "../load/libraries.js";
import type { Language } from "../model/types.js";
import { isRealDay } from "../periods/days.js";

export interface ArticleHeader {
  title?: string;
  /** The article's date, YYYY-MM-DD. */
  date?: string;
  /** The full date-time as written, when there is one. */
  published?: string;
  /** The hour the article was published, as its date-time writes it (local to the site), when it gives one. */
  hour?: number;
  language?: Language;
  url?: string;
  /** Who wrote it, as its front matter says (a person, never a company the text is about). */
  author?: string;
}

export interface SplitArticle {
  header: ArticleHeader;
  /** The text with the front matter blanked (same length, same lines). */
  body: string;
}

const DATE_IN_TEXT = /(20\d{2})\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})/;

/**
 * Where a text's front matter stands: its YAML between the `---` lines (`yamlStart`, `yamlEnd`) and
 * the end of its closing line (`end`); undefined when the text opens with none. Front matter may follow
 * HTML comments a site's export puts first ("<!-- source: … -->").
 */
export function frontMatterSpan(text: string): { yamlStart: number; yamlEnd: number; end: number } | undefined {
  const opening = /^\uFEFF?(?:[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n|[ \t]*\r?\n){0,5}---[ \t]*\r?\n/.exec(text);
  if (!opening) return undefined;
  const close = /\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = opening[0].length - 1;
  const closing = close.exec(text);
  return closing ? { yamlStart: opening[0].length, yamlEnd: closing.index + 1, end: closing.index + closing[0].length } : undefined;
}

export function splitFrontMatter(text: string): SplitArticle {
  const header: ArticleHeader = {};
  let body = text;
  const span = frontMatterSpan(text);
  if (span) {
    readHeader(text.slice(span.yamlStart, span.yamlEnd), header);
    body = keepHeadlines(text.slice(0, span.end)) + withoutTitleAgain(text.slice(span.end), header.title);
  }
  if (header.date === undefined) {
    // A dateline near the top: "2026.02.06 03:14", "时间:2026-02-13 12:48:32".
    const top = body.slice(0, 600);
    const match = DATE_IN_TEXT.exec(top);
    if (match) {
      const date = isoDate(match[1]!, match[2]!, match[3]!);
      if (date) header.date = date;
    }
  }
  if (header.title === undefined) {
    const first = body
      .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "))
      .split("\n")
      .map((line) => line.replace(/^#+\s*/, "").trim())
      .find((line) => line.length > 0 && !DATE_IN_TEXT.test(line));
    if (first !== undefined && first.length <= 120) header.title = first;
  }
  return { header, body };
}

/**
 * The body with the headline's copy blanked: a saved page writes its title again as the body's first
 * heading ("# Acme lifts profit 12%"), and read twice its figures would be there twice. Only a line
 * among the first few that says the title word for word, as a heading, in bold or alone.
 */
function withoutTitleAgain(body: string, title: string | undefined): string {
  if (title === undefined) return body;
  const wanted = title.replace(/\s+/g, " ").trim();
  let at = 0;
  for (let line = 0; line < 12 && at < body.length; line++) {
    const end = body.indexOf("\n", at);
    const stop = end < 0 ? body.length : end;
    const content = body.slice(at, stop).replace(/^\s*(?:#{1,6}\s+)?(?:\*\*|__)?/, "").replace(/(?:\*\*|__)?\s*$/, "").replace(/\s+/g, " ");
    if (content === wanted) return body.slice(0, at) + " ".repeat(stop - at) + body.slice(stop);
    at = stop + 1;
  }
  return body;
}

/**
 * Front-matter fields whose one-line value is the article's own text: its headline and subheads. (A
 * summary or description is a site's copy of the first paragraph: read, its figures would be there twice.)
 */
const HEADLINE_FIELD = /^([ \t]*(?:title|subtitle|dek)[ \t]*:[ \t]*)(["']?)(.*?)\2[ \t]*$/;

/**
 * The front matter blanked to spaces, but for the values of its headline fields, which stay
 * where they stand: a headline's figures ("…全年增23%") are the article's, read like any line of it.
 */
function keepHeadlines(frontMatter: string): string {
  return frontMatter
    .split("\n")
    .map((line) => {
      const field = HEADLINE_FIELD.exec(line);
      if (!field || field[3]!.length === 0) return line.replace(/[^\n]/g, " ");
      const from = field[1]!.length + field[2]!.length;
      return " ".repeat(from) + field[3]! + " ".repeat(line.length - from - field[3]!.length);
    })
    .join("\n");
}

function readHeader(yamlText: string, header: ArticleHeader): void {
  let data: unknown;
  try {
    data = yamlLibrary().parse(yamlText, { uniqueKeys: false, maxAliasCount: 10 });
  } catch {
    return;
  }
  if (typeof data !== "object" || data === null) return;
  const fields = data as Record<string, unknown>;
  if (typeof fields.title === "string" && fields.title.trim()) header.title = fields.title.trim();
  if (typeof fields.url === "string") header.url = fields.url;
  const author = Array.isArray(fields.author) ? fields.author.find((name) => typeof name === "string") : fields.author;
  if (typeof author === "string" && author.trim()) header.author = author.trim();
  const dateField = fields.date ?? fields.published;
  const dateText = dateField instanceof Date ? dateField.toISOString() : typeof dateField === "string" ? dateField : undefined;
  if (dateText) {
    const match = DATE_IN_TEXT.exec(dateText);
    const date = match ? isoDate(match[1]!, match[2]!, match[3]!) : undefined;
    if (date) {
      header.date = date;
      header.published = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(dateText) ? dateText : date;
      const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}/.exec(dateText);
      if (time) header.hour = Number(time[1]);
    }
  }
  const language = languageOf(fields.language ?? fields.lang);
  if (language) header.language = language;
}

export function languageOf(value: unknown): Language | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string") return undefined;
  const lower = text.toLowerCase();
  if (lower === "zh-hant" || lower === "zh-tw" || lower === "zh-hk") return "zh-Hant";
  if (lower.startsWith("zh")) return "zh-Hans";
  if (lower.startsWith("en")) return "en";
  return undefined;
}

export function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!isRealDay(y, m, d)) return undefined;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
