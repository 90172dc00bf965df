// Page furniture a saved web page keeps between an article's paragraphs: a label for links to other
// stories (the lexicon files' `other_story`: "Also read:", "Related stories", 延伸阅读, 相关新闻) and the
// lines it opens, list items that are a link and nothing else (other stories' headlines), the site's
// share-price widgets, its calls to follow or subscribe (`promotion`) and its counters
// (`page_counter`). Their figures are other stories' headlines ("Rival's profit slumps 40%"), the
// site's quote or its read counts, so the lines are blanked to spaces before anything is read;
// lengths and lines stay, so positions hold. It also knows a byline line (isByline), which is left in
// place: the subject's reader starts the lead after it.
import { placedWords } from "./cues.js";
import { wordsPattern } from "./word-patterns.js";

/**
 * The labels, longest first so "related stories" is taken whole before "related"; any run of spaces
 * between their words (a link right after a label moves the label's last word up: see blankLinks).
 */
const LABELS = wordsPattern(
  [...placedWords("other_story")].sort((a, b) => b.length - a.length),
  "both",
  "\\s+",
);

/**
 * A line the label opens: after a heading's hashes, a bullet's mark or an emphasis mark, the label,
 * then either nothing more (a label standing alone over its list) or a separator and another story's
 * headline on the same line ("**Also read:** [Rival's profit slumps 40%](…)", "延伸阅读｜…").
 */
const LABEL_LINE_REST = String.raw`\s{0,3}(?:#{1,6}\s*|[-*+•·]\s+|>\s*)?(?:\*\*|__|\*|_|【|\[|「)?\s*${LABELS}\s*(?:\*\*|__|\*|_|】|\]|」)?\s*(?:$|[:：|｜>»›]|[-–—]\s)`;
const LABEL_LINE = new RegExp(`^${LABEL_LINE_REST}`, "u");

/**
 * Whether a label stands anywhere at a line's opening: most texts have none, and skip the split. Read
 * across the whole text, LABEL_LINE's leading `\s*` runs over line ends, so tried at every line start
 * of a run of blank lines it read the rest of the run each time: time grew with the square of the run
 * (2,000 blank lines took seconds). So it starts only at the last line start before a line's first
 * character that is no space (the lookahead: no line end between), and it matches the same texts:
 * a match from an earlier line start in the run reaches its label, bullet, heading mark or bracket
 * only at that first character (none of them opens on a space), within three spaces when it is a
 * mark, and so does one from the last line start, which is nearer. (A line end in the lookahead is
 * any the `m` flag's `^` starts a line after.)
 */
const LABEL_LINE_ANYWHERE = new RegExp(`^(?![^\\S\\n\\r\\u2028\\u2029]*[\\n\\r\\u2028\\u2029])${LABEL_LINE_REST}`, "imu");

/**
 * An item of the list under a label standing alone: a bullet, or a line that opens with a link (after
 * a symbol, "👉 [", "▶ ["; the link's bracket may be gone by now, read as a space: see blankLinks).
 */
const LIST_ITEM = /^\s{0,3}(?:[-*+•·]\s+|\d{1,2}[.)]\s+)|^\s{0,4}(?:[\p{So}\p{Sm}▶►▸]\uFE0F?\s{0,2})?(?:\*\*|__)?\[?[^\]\n]{1,200}\]\(/u;

/**
 * A list item that is a link and nothing else ("- [本港10月餐飲收益按年跌3.1%](#)", "1. [Rival's profit
 * slumps 40%](https://…)"): another story's headline, whatever label the list has or lacks. (Its
 * opening bracket may have moved: normaliseText shifts the word before a link into it.)
 */
const LINK_ITEM = /^\s{0,4}(?:[-*+•·]\s+|\d{1,2}[.)]\s+)(?:\*\*|__)?\[?[^\[\]\n]{1,200}\]\([^)\n]*\)(?:\*\*|__)?\s*$/u;

/**
 * A site's share-price widget: a line that is no sentence and no table row or bullet, with a price's
 * move written as a widget writes it, an arrow before it or its percent in brackets after it
 * ("HLBK 52.87 ▼ -4.61 (-8.02%) · After hours", "富崙 6829　412.5　▲15.5（+3.90%）　成交 12,046張").
 */
const WIDGET_MOVE = /[▲▼△▽↑↓]\s?[+\-−]?\d|[+\-−]\d[\d,]*(?:\.\d+)?\s?[（(]\s?[+\-−]?\d+(?:\.\d+)?\s?%\s?[)）]/u;
/** Whether a line is such a widget: short, its move as above, and no sentence (no end, no clause of three lower-case words). */
function isWidget(line: string): boolean {
  const content = line.replace(/^\s*>\s?/, "").trim();
  return content.length <= 160 && WIDGET_MOVE.test(content) && !/^(?:[-*+•·]\s|\||\d{1,2}[.)]\s)/.test(content) && !/[。！？!?，；]|[.:：](?!\d)|\s[a-z]{3,}\s[a-z]{3,}\s[a-z]{3,}/.test(content.replace(/\]\([^)]*\)/g, "]").replace(/\[[^\]]*\]/g, ""));
}

/**
 * A share-price widget a converter left as a table of one row and no data under it: "|乐聆音乐 LLMU|盘前
 * 19.87|+0.87|+4.58%|" then "|---|---|": a name with its ticker first, then a signed move and a signed
 * percent among its cells.
 */
function isWidgetTable(line: string, next: string | undefined, after: string | undefined): boolean {
  if (next === undefined || !/^\s*\|?\s*:?-{2,}/.test(next) || (after !== undefined && after.trim().startsWith("|"))) return false;
  const cells = line.split("|").map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (cells.length < 3 || cells.length > 8 || !TICKER.test(cells[0]!)) return false;
  return cells.some((cell) => SIGNED_MOVE.test(cell)) && cells.some((cell) => SIGNED_PERCENT.test(cell));
}
/** A ticker in a widget's first cell: capitals (LLMU, 9988.HK) or a code of digits (0700, 2330). */
const TICKER = /(?:^|[\s(（])(?:[A-Z]{2,6}(?:\.[A-Z]{1,2})?|\d{4,6}(?:\.[A-Z]{1,2})?)(?:$|[\s)）])/;
const SIGNED_MOVE = /^[+\-−]\d[\d,]*(?:\.\d+)?$/u;
const SIGNED_PERCENT = /^[+\-−]\d+(?:\.\d+)?\s?%$/u;

/** Whether such a list item stands anywhere: most texts have none. */
const LINK_ITEM_ANYWHERE = new RegExp(LINK_ITEM.source, "mu");
/** A signed percent in a table's cell, anywhere in a text: the cheap test before its lines are read for a widget table. */
const SIGNED_PERCENT_ANYWHERE = /\|\s*[+\-−]\d+(?:\.\d+)?\s?%\s*\|/u;

/** A site's call to follow, subscribe or download (the lexicons' `promotion`: 点击上方蓝字关注我们, "Sign up for our newsletter"). */
const PROMOTION = new RegExp(wordsPattern(placedWords("promotion"), "both", "\\s+"), "iu");
/** The longest line a promotion's words make the page's: a sentence of the article may hold one too. */
const PROMOTION_LINE = 120;

/** A page's counter and its number, either way round ("阅读 2.3万", "在看 45", "2.3K views"). */
const COUNTER_WORDS = wordsPattern(placedWords("page_counter"), "both");
const COUNTER_WORD = new RegExp(COUNTER_WORDS, "iu");
const COUNTER = new RegExp(`${COUNTER_WORDS}\\s*[\\d.,]+\\s*[万千km]?|[\\d.,]+\\s*[万千km]?\\s*${COUNTER_WORDS}`, "giu");
/** The longest line of counters. */
const COUNTER_LINE = 80;
/** Whether a line is nothing but two or more of a page's counters and their numbers. */
function isCounters(line: string): boolean {
  if (line.length > COUNTER_LINE) return false;
  let count = 0;
  const rest = line.replace(COUNTER, () => {
    count++;
    return "";
  });
  return count >= 2 && /^[\s|｜·•,，]*$/u.test(rest);
}

/** A byline's word (the lexicons' `byline_word`), as a whole word; and every one of them in a line. */
const BYLINE_WORD = new RegExp(wordsPattern(placedWords("byline_word"), "both"), "iu");
const BYLINE_WORDS = new RegExp(BYLINE_WORD.source, "giu");
const MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** A date (2025-10-30, 2025年10月27日, 13 November 2025, Feb 18, 2026) or a time of day (07:30, 6.30pm). */
const DATE_OR_TIME = new RegExp(`\\d{4}\\s?[-/.年]\\s?\\d{1,2}\\s?[-/.月]\\s?\\d{1,2}|\\b\\d{1,2}\\s${MONTH_NAME}\\s\\d{4}|\\b${MONTH_NAME}\\s\\d{1,2},?\\s\\d{4}|\\b\\d{1,2}[:.]\\d{2}\\s?(?:am|pm|gmt|ist|bst|sgt|hkt|aedt|aest)\\b|\\b\\d{1,2}:\\d{2}\\b`, "iu");
/** A separator a byline sets its parts apart with. */
const BYLINE_SEPARATOR = /[|｜／·•]|\s[—–-]\s/u;
/** The most characters of a byline line. */
const BYLINE_LENGTH = 160;

/**
 * A story's byline on a line of its own: short, a date or a time, and a byline's word or a separator
 * between its parts ("Harriet Colley, Markets reporter | Tuesday 9 December 2025, 4.58pm", "本报记者 韩露
 * 北京报道 2025-10-30 21:12"), and no sentence (no full stop that a lower-case word follows, no figure of
 * money or percent). Its name is no company's: the story's lead starts after it (see findSubject).
 */
export function isByline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 8 || trimmed.length > BYLINE_LENGTH || /^(?:#|\||[-*+]\s)/.test(trimmed)) return false;
  if (/[%$€£¥₹]|\.\s[a-z]|[。！？]/u.test(trimmed) || !DATE_OR_TIME.test(trimmed)) return false;
  // (A sentence runs on lower-case words, "The results were published on Feb 18 by the company"; a byline
  // has a few at most, its role's.)
  const lowerWords = trimmed.replace(BYLINE_WORDS, "").match(/(?<![\p{L}\d.])[a-z]{2,}(?![\p{L}])/gu) ?? [];
  if (lowerWords.length > 3) return false;
  return BYLINE_WORD.test(trimmed) || BYLINE_SEPARATOR.test(trimmed);
}

/**
 * Whether `pattern` matches within a line no longer than `longest` (trimmed, when `trimmed`): the only
 * lines blankPageFurniture blanks for a promotion's or a counter's words. Asked of those lines, not of
 * the whole text: a case-insensitive pattern with the `u` flag reads a long text slowly, and an
 * article's paragraphs are longer than these lines.
 */
function inShortLine(text: string, longest: number, pattern: RegExp, trimmed: boolean): boolean {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if ((trimmed ? line.trim().length : line.length) <= longest && pattern.test(line)) return true;
    start = end + 1;
  }
  return false;
}

/**
 * The text with its other-story labels' lines and the lists under labels standing alone, its
 * share-price widgets, promotions and lines of counters blanked.
 */
export function blankPageFurniture(text: string): string {
  const widgets = WIDGET_MOVE.test(text) || SIGNED_PERCENT_ANYWHERE.test(text);
  const promotions = inShortLine(text, PROMOTION_LINE, PROMOTION, true);
  // (The counters' words alone, not the numbers: a pattern that opens on a digit run is quadratic on a long one.)
  const counters = inShortLine(text, COUNTER_LINE, COUNTER_WORD, false);
  const linkItems = LINK_ITEM_ANYWHERE.test(text);
  if (!widgets && !promotions && !counters && !linkItems && !LABEL_LINE_ANYWHERE.test(text)) return text;
  const lines = text.split("\n");
  let blanked = false;
  const blank = (at: number) => {
    lines[at] = " ".repeat(lines[at]!.length);
    blanked = true;
  };
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (widgets && isWidgetTable(line, lines[at + 1], lines[at + 2])) {
      blank(at);
      blank(++at);
      continue;
    }
    if ((linkItems && LINK_ITEM.test(line)) || (widgets && isWidget(line)) || (promotions && line.trim().length <= PROMOTION_LINE && PROMOTION.test(line)) || (counters && isCounters(line))) {
      blank(at);
      continue;
    }
    if (!LABEL_LINE.test(line.toLowerCase())) continue;
    blank(at);
    // The links or bullets under it, across blank lines, up to the first line that is neither.
    for (let next = at + 1; next < lines.length; next++) {
      const item = lines[next]!;
      if (item.trim() === "") continue;
      if (!LIST_ITEM.test(item)) break;
      blank(next);
      at = next;
    }
  }
  return blanked ? lines.join("\n") : text;
}
