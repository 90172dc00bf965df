// The layout of an article: its headings (Markdown #-lines and lines in bold alone) with the lines
// each governs until the next heading of its level or above, and its Markdown tables (header, rows,
// cells, and the caption that gives their unit: "$ in millions", 单位：亿元). Pure; positions are
// offsets into the normalised text, which are the original's.

/** A cell's content, trimmed, as offsets [start, end). */
export interface Cell {
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  cells: Cell[];
}

export interface Table {
  header: TableRow;
  rows: TableRow[];
  /** The unit its cells leave out: a scale and a currency ("$ in millions"), percent ("(%)"), or a currency's hundredths ("(US cents)"). */
  /**
   * `bareDollar`: the unit was written as a bare "$" ("($m)"), which a story told in another dollar
   * means as that dollar; `bareYuan`: a bare 元 ("每股純益（元）"), the story's yuan (the New Taiwan
   * dollar in Taiwan's, the Hong Kong dollar in Hong Kong's).
   */
  caption?: { scale?: string; unit?: string; hundredths?: boolean; bareDollar?: boolean; bareYuan?: boolean };
}

export interface Layout {
  /** Per line (0-based): the heading lines that govern it, innermost first. A heading governs itself. */
  headings: number[][];
  tables: Table[];
  /** Per line: [table, row] when the line is a table's data row. */
  rowAt: Map<number, [number, number]>;
  /**
   * Lines a bold label opens ("**Revenue.** Analysts expect…"), with where the label ends: the label is
   * a heading over its own paragraph only, and only its words name anything.
   */
  leadIns: Map<number, number>;
}

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})\s+\S/;
/** A line that is bold and nothing else: "**AWS**", "**第四季度业绩：**". */
// (Not a table's or a chart's caption in bold, "**表：平坂精机业绩及全年预期**", "**Table 2: Key figures**":
// it names what is in the table, not the section the paragraphs after the table belong to.)
const BOLD_HEADING = /^\s*\*\*(?!\s*(?:表|图|圖|附表|table|chart|figure|exhibit|graphic)\s?\d{0,2}\s?[:：.])[^*\n]{1,60}\*\*\s*[:：]?\s*$/i;
const BOLD_LEVEL = 7;
/** A paragraph opened by a short label in bold that ends with a full stop or a colon, then its text on the same line ("**Revenue.** Analysts expect…", "**The outlook:** …"; not a name, "**Tarnby Foods** posted…", or a time, "**9:41 a.m. ET** —"). */
const LEAD_IN = /^\s*\*\*[^*\n]{2,40}?(?:[.:：]\*\*|\*\*[.:：])\s+(?=\S)/;
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readLayout(text: string, lineStarts: readonly number[]): Layout {
  const headings: number[][] = [];
  const stack: { level: number; line: number }[] = [];
  const tables: Table[] = [];
  const rowAt = new Map<number, [number, number]>();
  const leadIns = new Map<number, number>();
  const lineEnd = (line: number) => (line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length);
  const lineText = (line: number) => text.slice(lineStarts[line]!, lineEnd(line));
  /** The chain of headings in force, innermost first: one array shared by every line it governs. */
  let chain: number[] = [];
  let nextPipe = text.indexOf("|");
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = lineEnd(line);
    // Only a line opening with #, ** or a space can be a heading: test the first character before slicing.
    const first = text.charCodeAt(start);
    // A list's short title ("2025 guidance:") governs the list under it and ends with it.
    const content = text.slice(start, end);
    if (stack.length > 0 && stack[stack.length - 1]!.level === LIST_TITLE_LEVEL && content.trim().length > 0 && !BULLET.test(content)) {
      stack.pop();
      chain = stack.map((entry) => entry.line).reverse();
    }
    // ("**12:15** 按地區劃分：": a live blog's time stamp in bold may open a list's title.)
    let level = first === 0x23 || first === 0x2a || first === 0x20 ? (headingLevel(content) ?? (first === 0x2a && listTitle(content.replace(TIME_STAMP_LEAD, ""), line, lineStarts.length, lineText) ? LIST_TITLE_LEVEL : undefined)) : listTitle(content, line, lineStarts.length, lineText) ? LIST_TITLE_LEVEL : undefined;
    if (level === undefined && first > 0x2fff && CJK_SECTION_HEADING.test(content)) level = CJK_SECTION_LEVEL;
    // ("**Q1 2026 outlook**" over a list of bullets titles that list, and the prose after the list is no longer under it.)
    // (It is still a bold line: it ends the section of a bold heading before it, as a live page's
    // "**【15:35】第三季財報出爐**" over its bullets ends "**【16:00】第四季展望**" and its forecasts.)
    const boldLine = level === BOLD_LEVEL;
    if (boldLine && bulletNext(line, lineStarts.length, lineText)) level = LIST_TITLE_LEVEL;
    if (level !== undefined) {
      const ends = boldLine ? BOLD_LEVEL : level;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= ends) stack.pop();
      stack.push({ level, line });
      chain = stack.map((entry) => entry.line).reverse();
    }
    // ("**Same-store sales.** The consensus calls for…": the label heads its paragraph and no more.)
    const leadIn = level === undefined && first === 0x2a ? LEAD_IN.exec(content) : null;
    if (leadIn) leadIns.set(line, start + leadIn[0].length);
    headings.push(leadIn ? [line, ...chain] : chain);
    // A table: a row of cells, then a separator row, then its data rows.
    // The next pipe in the text, found once and moved on only when passed: no line is scanned twice.
    if (nextPipe !== -1 && nextPipe < start) nextPipe = text.indexOf("|", start);
    const piped = nextPipe !== -1 && nextPipe < end && line + 1 < lineStarts.length && SEPARATOR.test(lineText(line + 1)) && text.slice(start, end).trim().length > 1;
    // (A table a page's text was copied from keeps its cells apart by tabs: two lines or more of as many.)
    const tabbed = !piped && tabCells(content) >= 3 && line + 1 < lineStarts.length && tabCells(lineText(line + 1)) === tabCells(content);
    // (A table a scraper flattened to one cell per line: a header of k lines, then rows of k lines each,
    // a label and k - 1 figures; see flatColumns.)
    const flat = !piped && !tabbed && (line === 0 || lineText(line - 1).trim() === "") ? flatColumns(line, lineStarts.length, lineText) : undefined;
    if (piped || tabbed || flat) {
      const separator = piped ? "|" : "\t";
      const trimmedCell = (at: number): Cell => {
        const raw = lineText(at);
        const from = lineStarts[at]! + (raw.length - raw.trimStart().length);
        return { start: from, end: from + raw.trim().length };
      };
      const header = flat ? { line, cells: flat.lines.slice(0, flat.columns).map(trimmedCell) } : { line, cells: cellsOf(text, lineStarts[line]!, lineEnd(line), separator) };
      const rows: TableRow[] = [];
      let next = piped ? line + 2 : line + 1;
      if (flat) {
        for (let first = flat.columns; first < flat.lines.length; first += flat.columns) {
          const cellLines = flat.lines.slice(first, first + flat.columns);
          for (let at = cellLines[0]!; at <= cellLines[cellLines.length - 1]!; at++) rowAt.set(at, [tables.length, rows.length]);
          rows.push({ line: cellLines[0]!, cells: cellLines.map(trimmedCell) });
        }
        next = flat.lines[flat.lines.length - 1]! + 1;
      }
      for (; !flat && next < lineStarts.length && (piped ? lineText(next).includes("|") && lineText(next).trim().length > 0 : tabCells(lineText(next)) === header.cells.length); next++) {
        rowAt.set(next, [tables.length, rows.length]);
        rows.push({ line: next, cells: cellsOf(text, lineStarts[next]!, lineEnd(next), separator) });
      }
      // (A unit's line may stand under the table too: "单位：亿元", "Source: company; $ in millions".)
      const after = [next, next + 1].filter((at) => at < lineStarts.length).map(lineText);
      const caption = captionOf([lineText(line - 1), lineText(line - 2), header.cells[0] ? text.slice(header.cells[0].start, header.cells[0].end) : "", ...after].filter((part) => part !== undefined && part.length < 200));
      tables.push({ header, rows, ...(caption ? { caption } : {}) });
      for (let covered = line + 1; covered < next && covered < lineStarts.length; covered++) headings.push(chain);
      line = next - 1;
    }
  }
  return { headings, tables, rowAt, leadIns };
}

/** A heading or a list's title over a breakdown by business, brand, channel, product or region: "## Segments", "By region", 分部业绩, 分业务板块看，各板块收入如下：, 分品牌看 (not 部分品牌, "some brands"), or a list's title that counts the businesses (收入来自三块业务：, "its three main businesses:"), or a list's title that names the revenue's mix (产品营收比重如下：, "Revenue mix by quarter:"), or a heading that is only such a mix's name (**产品结构**). */
export const BREAKDOWN_TITLE = /^\s*(?:#{1,6}\s)?.*(?:\bsegments?\b|\bby\s(?:segment|region|business|division|geography|brand|banner|format|channel|product|category|country|market|end\smarket|customer|unit)\b|\bdivisions\b|\bregions\b|分部|业务板块|(?<!部)分(?:业务|地区|地區|区域|區域|品牌|渠道|产品|產品|板块|板塊|品类|品類|类别|類別)|按(?:业务|地区|地區|区域|區域|品牌|渠道|产品|產品|板块|板塊|品类|品類|类别|類別)|[业業]务方面|各[业業]务|(?:[一二两兩三四五六七八九十几幾多\d]+\s?(?:大|块|塊|个|個|项|項)?(?:[业業]务|板块|板塊|分部|事[业業]部)|\b(?:two|three|four|five|six|seven|several|\d)\s(?:[a-z-]+\s)?(?:businesses|units|arms|operations)\b)[^。.!?！？\n]{0,12}[:：]\s*$|(?:[营營]收|收入|[销銷]售[额額]?)(?:比重|占比|佔比|构成|構成)(?:如下|分[别別]为|分[别別]為)?[:：]\s*$|^\s*(?:#{1,6}\s|\*\*)?(?:产品|產品|业务|業務|收入|营收|營收|渠道|客户|客戶|区域|區域|地区|地區|品类|品類)(?:结构|結構|构成|構成)(?:\*\*)?[:：]?\s*$|\b(?:revenue|sales)\smix\b[^.!?\n]{0,24}[:：]\s*$)/;

/**
 * Whether the line is an item of a bullet list whose title is a breakdown's (see BREAKDOWN_TITLE): its
 * label ("• 起重机械：收入71.45亿元") names a part of the company, not another company.
 */
export function itemOfBreakdown(lower: string, lineStart: number): boolean {
  return breakdownTitleOver(lower, lineStart) !== undefined;
}

/** Where the breakdown's title over the list item at `lineStart` stands ([start, end) of its line), if the item is one's (see itemOfBreakdown). */
export function breakdownTitleOver(lower: string, lineStart: number): [number, number] | undefined {
  const over = lineOverList(lower, lineStart);
  return over !== undefined && BREAKDOWN_TITLE.test(lower.slice(over[0], over[1])) ? over : undefined;
}

/** The line with content right above the list that the item at `lineStart` is of, past the items before it and blank lines ([start, end) of it); undefined when the line is no item. */
export function lineOverList(lower: string, lineStart: number): [number, number] | undefined {
  if (!BULLET.test(lower.slice(lineStart, lineStart + 6))) return undefined;
  let end = lineStart - 1;
  while (end > 0) {
    const start = lower.lastIndexOf("\n", end - 1) + 1;
    const line = lower.slice(start, end);
    if (line.trim().length > 0 && !BULLET.test(line)) return [start, end];
    end = start - 1;
  }
  return undefined;
}

/**
 * Whether the paragraph at `lineStart`, which opens with a label and a colon ("素质教育：收入1.51亿美元"),
 * stands under a breakdown's title or heading, past the other labelled paragraphs of that breakdown.
 */
export function labelledParagraphOfBreakdown(lower: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0) {
    const start = lower.lastIndexOf("\n", end - 1) + 1;
    const line = lower.slice(start, end);
    if (line.trim().length > 0 && (BREAKDOWN_TITLE.test(line) || !PARAGRAPH_LABELLED.test(line))) return BREAKDOWN_TITLE.test(line);
    end = start - 1;
  }
  return false;
}
/** A paragraph opened by a short label and a colon: "汽车电子：…", "Industrial: …". */
const PARAGRAPH_LABELLED = /^\s*(?:\*\*)?[^:：\d|。.!?]{2,24}?(?:\*\*)?\s*[:：]\s*\S/u;

/** Deeper than any other heading: a list's title governs only the list under it. */
const LIST_TITLE_LEVEL = 8;
/** A list item's opening: a bullet (-, *, +, •, ·, and the dots and squares Chinese layouts use: ‧ ● ■ ◆ ▪ ►) or a number ("1.", "2)"). */
/** A list item's mark (a dash, a star, a dot, a square, an arrow). */
export const BULLET_MARK = String.raw`[-*+•·‧●■◆▪►]`;
const BULLET_OPENING = String.raw`^\s*(?:${BULLET_MARK}|\d{1,2}[.)])`;
// (A Chinese layout's dot or square needs no space after it: "‧流動通訊服務收入31.8億元".)
const BULLET = new RegExp(`${BULLET_OPENING}(?:\\s|(?<=[‧●■◆▪►]))`);
/** What stands before a list item's label: its bullet (or number), spaces and bold marks. */
export const BULLET_LEAD = String.raw`${BULLET_OPENING}\s*(?:\*\*)?`;
/** A list item's marker (and bold marks) at a line's or a clause's start. */
export const ITEM_MARKER = new RegExp(`^${BULLET_LEAD}`, "u");
/** The list 其中 (of which) opens, up to where a later item of it stands: 其中香港163間 before 、內地12間 (no clause's stop between). */
export const OF_WHICH_LIST_BEFORE = /(?:其中|當中|当中)[^，,；;。！？\n]*$/u;
/** A short line ending with a colon that holds no figure but a year ("2025 guidance:", "Key figures:", 主要数据：). */
const LIST_TITLE = /^\s*[^\s|#*-][^|]{0,88}[:：]\s*$/;
/** A line of a few words with no stop or colon at all ("Guidance", "Outlook for 2026", 业绩指引): a title when a list follows right under it. */
const BARE_LIST_TITLE = /^\s*[^\s|#*\-•·\d][^|.。:：!?！？,，;；]{0,38}$/;

/** An aside in brackets closing a line, before an optional colon. */
const TITLE_ASIDE = /\s*[(（][^()（）\n]{1,60}[)）](?=\s*[:：]?\s*$)/;
/** Whether the line is a list's title: a short line ending with a colon (or a few words with no stop at all), with no figure but a year, and a bullet line next (after blank lines). */
/** A time of day, its a.m. or p.m. and its zone at most: "10:02", "9:41 a.m. ET", "2:05 PM IST". */
const TIME_OF_DAY = String.raw`\d{1,2}[:：.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:ist|gmt|bst|utc|cet|cest|et|est|edt|pt|pst|pdt|hkt|sgt|jst|kst|aest|aedt)\b)?`;
/**
 * A live blog's time stamp opening a line, and the dash or colon after it: "**12:15** ", "**9:41 a.m.
 * ET** — ", "[10:02] ", "2:05 PM IST: ". (Written plain, only with a.m. or p.m., a zone, or a dash or
 * colon after it: "10.50 per cent" opens no entry.)
 */
export const TIME_STAMP_LEAD = new RegExp(String.raw`^\s*(?:\*\*${TIME_OF_DAY}\*\*|\[${TIME_OF_DAY}\]|\d{1,2}[:：.]\d{2}(?:\s?[ap]\.?m\.?(?:\s[a-z]{2,4}\b)?|\s(?:ist|gmt|bst|utc|et|est|edt|hkt|sgt)\b)|\d{1,2}[:：.]\d{2}(?=\s?[—–:-]\s))(?:\s?[—–:-])?\s*`, "i");

function listTitle(content: string, line: number, lineCount: number, lineText: (line: number) => string): boolean {
  // (A title may end with an aside in brackets that says which period and which comparatives: "Key
  // figures (year to June 30; FY24 in brackets)"; its figures are dates, not the list's.)
  // (An aside closes with a bracket: a line without one is not searched.)
  const title = content.includes(")") || content.includes("）") ? content.replace(TITLE_ASIDE, "") : content;
  // (A lead that ends "要点速览如下：" is a paragraph of its own, with its sentences, not a title.)
  // (The full stop of an abbreviated month, "ended Oct. 31:", ends no sentence: the dates are left out first.)
  const undated = title.replace(TITLE_DATES, "");
  if (!(LIST_TITLE.test(title) || BARE_LIST_TITLE.test(title)) || /\d/.test(undated) || /[。！？；]|[.!?;]\s/.test(undated)) return false;
  return bulletNext(line, lineCount, lineText);
}
/**
 * The numbers a list's title may hold that are dates, not figures: a year, and the day a period ends
 * on ("For the six months to 31 December 2025:", 截至2025年12月31日止六个月：), not a dateline's day.
 */
const TITLE_DATES = /(?<!\d)20\d{2}(?!\d)|\b(?:to|ended|ending|through|until)\s(?:\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\b)|(?:截至|至)\s?(?:20\d{2}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?/gi;

/** Whether the next line with content (within three) is a bullet. */
function bulletNext(line: number, lineCount: number, lineText: (line: number) => string): boolean {
  for (let next = line + 1; next <= line + 3 && next < lineCount; next++) {
    const following = lineText(next);
    if (following.trim().length === 0) continue;
    return BULLET.test(following);
  }
  return false;
}

function headingLevel(content: string): number | undefined {
  const markdown = MARKDOWN_HEADING.exec(content);
  if (markdown) return markdown[1]!.length;
  return BOLD_HEADING.test(content) ? BOLD_LEVEL : undefined;
}

/**
 * A Chinese section heading written with no markup, a short line of its own that opens with a
 * section's number ("「01」业绩概览：单季利润超预期", "一、盈利能力", "（二）分业务", "【二】分业务", "【展望】") and holds no
 * full stop and no figure (a list's item carries one): as a "##" heading. A bracketed label (【展望】)
 * counts only alone on its line: 【本报讯】 opens a paragraph.
 */
/** A Chinese section's number: 「01」, 【二】, 二、, （三）. */
export const CJK_SECTION_NUMBER = String.raw`(?:「\d{1,2}」|【(?:\d{1,2}|[一二三四五六七八九十]{1,3})】|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`;
const CJK_SECTION_HEADING = new RegExp(String.raw`^\s*(?:${CJK_SECTION_NUMBER}[^。！？!?\d\n]{0,30}|【[^】\d\n]{1,16}】)\s*$`, "u");
const CJK_SECTION_LEVEL = 2;

/** A cell a flattened table's data rows hold after their label: a figure alone, or a dash for none. */
// (A change written in words is a figure's cell too: 增加6.8个百分点, 减少0.7个百分点; so is 不适用, "not applicable".)
const FLAT_FIGURE = /^[(（]?\s*[+\-−–]?\s*(?:us\$|nt\$|hk\$|rs\.?\s?|[$€£¥₹])?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|bps|bp|pp|x|倍|万亿|亿|億|万|萬|元|crore|cr|mn|bn|m|b|k)?\s*[)）]?\s*%?$|^(?:-|–|—|n\/?a|nm|不适用|不適用|持平)$|^(?:增加|减少|減少|上升|下降|提升|降低|增长|增長)\s?\d[\d.,]*\s?(?:个百分点|個百分點|个基点|個基點|%)$/i;

/**
 * A table flattened to one cell per line, as a page's table copied as text comes out: a block of short
 * lines (no sentence, bullet or heading among them) that reads as a header of k lines (no figure among
 * them but the first) and two rows or more of k lines, each a label then k - 1 figures. The smallest
 * such k from 2 to 8, with the lines its cells stand on; undefined when none fits. (A converter that
 * made each cell a paragraph leaves one blank line between cells: then every other line is a cell.)
 */
function flatColumns(line: number, lineCount: number, lineText: (line: number) => string): { columns: number; lines: number[] } | undefined {
  const short = (at: number) => {
    const content = lineText(at).trim();
    return !(content === "" || content.length > 60 || /^(?:[-*+•·#>|]\s|#|\|)/.test(content) || /[。！？!?；;]|[.:：](?!\d)\s*\S/.test(content));
  };
  if (!short(line)) return undefined;
  const step = line + 1 < lineCount && lineText(line + 1).trim() === "" ? 2 : 1;
  const lines: number[] = [];
  for (let at = line; at < lineCount && lines.length < 200 && short(at); at += step) {
    lines.push(at);
    if (step === 2 && at + 1 < lineCount && lineText(at + 1).trim() !== "") break;
  }
  const cells = lines.map((at) => lineText(at).trim());
  const figure = (cell: string) => FLAT_FIGURE.test(cell.replace(/\*\*/g, ""));
  for (let columns = 2; columns <= 8; columns++) {
    const rows = Math.floor((cells.length - columns) / columns);
    if (rows < 2) break;
    if (cells.slice(1, columns).some(figure)) continue;
    let fits = true;
    for (let row = 0; row < rows && fits; row++) {
      const at = columns + row * columns;
      fits = !figure(cells[at]!) && cells.slice(at + 1, at + columns).every(figure);
    }
    // (The block's lines after its last whole row are not the table's.)
    if (fits) return { columns, lines: lines.slice(0, columns + rows * columns) };
  }
  return undefined;
}

/** How many cells a line of tab-separated cells holds (1 for a line with no tab). */
function tabCells(line: string): number {
  return line.replace(/^ +|[ \t]+$/g, "").split("\t").length;
}

/** The cells of a table line: text between pipes (or tabs), trimmed (a leading and a trailing pipe are optional). */
function cellsOf(text: string, start: number, end: number, separator: "|" | "\t"): Cell[] {
  const cells: Cell[] = [];
  let at = start;
  while (at < end && text[at] !== separator && /\s/.test(text[at]!)) at++;
  if (text[at] === "|") at++;
  let cellStart = at;
  for (let i = at; i <= end; i++) {
    if (i === end || text[i] === separator) {
      let s = cellStart;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (!(i === end && s === e)) cells.push({ start: s, end: e });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** Whose hundredths a row label's Chinese word for cents is (仙 alone is Hong Kong's). */
const CJK_CENTS_OF: Readonly<Record<string, string>> = { 港仙: "HKD", 仙: "HKD", 美分: "USD", 美仙: "USD", 便士: "GBP", 人民币分: "CNY", 人民幣分: "CNY", 新加坡分: "SGD", 坡仙: "SGD" };

/** Whose cents a row label's "(US cents)", "(A$ cents)" are. */
const CENTS_OF: Readonly<Record<string, string>> = { us: "USD", "a$": "AUD", australian: "AUD", "s$": "SGD", hk: "HKD" };

/** "$ in millions", "(US$ millions)", "in billions of yen", "单位：亿元", "（百万美元）": the unit cells state none of. */
export function captionOf(lines: readonly (string | undefined)[]): Table["caption"] | undefined {
  for (const raw of lines) {
    if (!raw) continue;
    const line = raw.toLowerCase();
    // "$ in millions", "(in thousands of dollars)", "(¥ billion)", "(EUR million)", "Rs crore", "(₹ cr)", "(billions of yen)".
    const english = /(?:(us\$|nt\$|hk\$|c\$|s\$|\$|€|£|¥|₹|usd|rmb|yen|rupees?|rs\.?)\s*)?\(?\s*in\s+(thousands|millions|billions|crores?|lakhs?)(?:\s+of\s+(dollars|yen|euros|rupees|us dollars))?|(?<![a-z])(usd|us\$|nt\$|hk\$|c\$|a\$|s\$|\$|€|£|¥|₹|eur|jpy|inr|gbp|rmb|cad|aud|hkd|sgd|twd|cny|chf|sek|nok|dkk|zar|krw|brl|mxn|rs\.?|r)\s*(thousands?|millions?|billions?|crores?|lakhs?|mn|bn|cr|m|b|k)(?![a-z])|(?<![a-z])(thousands?|millions?|billions?)\s+(?:of\s+)?(dollars|yen|euros|rupees|yuan)(?![a-z])/.exec(line);
    if (english) {
      const written = english[2] ?? english[5] ?? english[6] ?? "";
      const scaleWord = SHORT_SCALES[written] ?? written.replace(/s$/, "");
      const currencyWord = english[1] ?? english[3] ?? english[4] ?? english[7];
      const unit = currencyWord ? CAPTION_CURRENCY[currencyWord.replace(/\.$/, "")] : undefined;
      return { ...(scaleWord ? { scale: scaleWord } : {}), ...(unit ? { unit } : {}), ...(currencyWord === "$" ? { bareDollar: true } : {}) };
    }
    // "Underlying EBITDA margin (%)", "Interim dividend (US cents a share)", "Dividend (p)": a row
    // label's own unit in brackets.
    if (/[(（]\s*%\s*[)）]/.test(line)) return { unit: "percent" };
    // "Revenue (m)", "Sales (bn)": a scale alone in brackets, each cell writing its own currency.
    const scaleOnly = /[(（]\s*(m|mn|bn|b|k)\s*[)）]/.exec(line);
    if (scaleOnly) return { scale: SHORT_SCALES[scaleOnly[1]!]! };
    // "Change %", "% change", "Margin %": a percent sign that follows no number.
    if (/(?:^|[^\d.\s])\s*%(?:\s|$)/.test(line.replace(/\*/g, "").trim())) return { unit: "percent" };
    const cents = /[(（]\s*(us\s|a\$\s?|australian\s|s\$\s?|hk\s|)(cents|pence|p)\b[^)）]*[)）]/.exec(line);
    if (cents) return { unit: cents[2] === "cents" ? (CENTS_OF[cents[1]!.trim()] ?? "USD") : "GBP", hundredths: true };
    // "每股基本盈利（港仙）", "（美分）", "（人民币分）": a row's hundredths of a currency, in Chinese.
    const cjkCents = /[(（]\s*(港仙|美仙|仙|美分|便士|人民币分|人民幣分|新加坡分|坡仙)\s*[)）]/.exec(raw);
    if (cjkCents) return { unit: CJK_CENTS_OF[cjkCents[1]!]!, hundredths: true };
    // "Revenue ($m)", "(US$bn)", "(€m)", "Sales (A$m)", "(EURm)": a currency sign or code and a scale letter in brackets.
    const short = /[(（]\s*(us\$|nt\$|hk\$|c\$|s\$|a\$|nz\$|\$|€|£|¥|usd|rmb|eur|gbp|aud|cad|hkd|sgd|jpy|inr)\s?(m|mn|b|bn|k)\s*[)）]/.exec(line);
    if (short) {
      const unit = CAPTION_CURRENCY[short[1]!];
      const scale = SHORT_SCALES[short[2]!]!;
      return { scale, ...(unit ? { unit } : {}), ...(short[1] === "$" ? { bareDollar: true } : {}) };
    }
    // "Earnings per share, SEK", "Dividend per share, EUR": a currency code closing the label after a comma.
    const trailing = /,\s*(usd|eur|gbp|sek|nok|dkk|chf|jpy|cny|hkd|sgd|twd|inr|aud|cad|krw|brl|mxn|zar|\$|€|£|¥)\s*$/.exec(line.replace(/\*/g, "").trim());
    if (trailing && CAPTION_CURRENCY[trailing[1]!]) return { unit: CAPTION_CURRENCY[trailing[1]!]!, ...(trailing[1] === "$" ? { bareDollar: true } : {}) };
    // "Diluted EPS ($)", "EPS (US$)", "每股純益（元）", "基本每股收益（元/股）": a currency alone in brackets
    // (per share at most), a per-share row's unit.
    const bare = /[(（]\s*(us\$|nt\$|hk\$|c\$|s\$|a\$|\$|€|£|¥|usd|rmb|eur|gbp|hkd|twd|jpy|人民币|人民幣|美元|港元|港幣|新台币|新台幣|日元|日圓|日圆|元)\s*(?:[/／]\s*(?:股|share)|\s(?:per|a)\sshare)?\s*[)）]/.exec(line);
    if (bare) {
      const word = simplifiedCurrency(bare[1]!);
      if (word === "元") return { unit: "CNY", bareYuan: true };
      const unit = CAPTION_CURRENCY[word];
      if (unit) return { unit, ...(word === "$" ? { bareDollar: true } : {}) };
    }
    // "单位：亿元", "单位：人民币亿元" (the currency named before the scale), "单位为百万元", "（亿美元）".
    // (In brackets the currency may come first, and a Hong Kong paper writes it in traditional characters: （人民幣百萬元）.)
    const chinese = /(?:单位|單位)\s*(?:[:：]|为|為)?\s*(人民币|人民幣|美元|港元|新台币|新台幣)?\s*(千|万|萬|百万|百萬|亿|億|千万)?\s*(美元|元|人民币|港元|新台币|日元|日圆)?|[（(]\s*(人民币|人民幣|美元|港元|港幣|新台币|新台幣)?\s*(千|万|萬|百万|百萬|亿|億|千万|千萬)(美元|元|人民币|人民幣|港元|新台币|新台幣|日元|日圆|日圓)\s*[）)]/.exec(raw);
    if (chinese && (chinese[1] || chinese[2] || chinese[3] || chinese[5])) {
      const scale = chinese[2] ?? chinese[5];
      const bracketed = chinese[4] !== undefined && (chinese[6] === undefined || chinese[6] === "元") ? chinese[4] : chinese[6];
      const written = chinese[1] !== undefined && (chinese[3] === undefined || chinese[3] === "元") ? chinese[1] : (chinese[3] ?? bracketed);
      const currency = written === undefined ? undefined : simplifiedCurrency(written);
      const unit = currency ? CAPTION_CURRENCY[currency] : undefined;
      // (A bare 元 with its scale, "營收（億元）", "单位：亿元", is the story's yuan, as 元 alone is.)
      return { ...(scale ? { scale } : {}), ...(unit ? { unit } : {}), ...(currency === "元" ? { bareYuan: true } : {}) };
    }
    // "交付量（万辆）", "用户数（万户）", "接待旅客（万人次）": a count's scale and its measure word in brackets.
    const counted = /[（(]\s*(千|万|萬|百万|百萬|亿|億|千万|千萬)\s*(辆|輛|台|人次|人|户|戶|家|间|間|座|张|張|个|個|件|套|部|艘|架|份)\s*[）)]/.exec(raw);
    if (counted) return { scale: counted[1]!, unit: "count" };
    // "人民幣億元", "百萬港元": a table's corner that is nothing but its currency and scale.
    const corner = /^\s*\**\s*(人民币|人民幣|美元|港元|港幣|新台币|新台幣)?\s*(千|万|萬|百万|百萬|亿|億|千万|千萬)(美元|元|人民币|人民幣|港元|港幣|新台币|新台幣|日元|日圆|日圓)\s*\**\s*$/u.exec(raw);
    if (corner) {
      const named = corner[1] !== undefined && corner[3] === "元" ? corner[1] : corner[3]!;
      const currency = simplifiedCurrency(named);
      const unit = CAPTION_CURRENCY[currency];
      return { scale: corner[2]!, ...(unit ? { unit } : {}), ...(currency === "元" ? { bareYuan: true } : {}) };
    }
  }
  return undefined;
}

/** A Chinese currency's word as CAPTION_CURRENCY keys it: 人民幣 → 人民币, 新台幣 → 新台币, 港幣 → 港元, 日圓 → 日圆. */
function simplifiedCurrency(word: string): string {
  return word.replace("人民幣", "人民币").replace("新台幣", "新台币").replace("港幣", "港元").replace("日圓", "日圆");
}

const SHORT_SCALES: Readonly<Record<string, string>> = { m: "million", mn: "million", b: "billion", bn: "billion", k: "thousand", cr: "crore" };

const CAPTION_CURRENCY: Readonly<Record<string, string>> = {
  $: "USD", us$: "USD", usd: "USD", "us dollars": "USD", dollars: "USD", "nt$": "TWD", "hk$": "HKD", c$: "CAD", s$: "SGD", "€": "EUR", eur: "EUR", euros: "EUR", "£": "GBP", gbp: "GBP", "¥": "JPY", jpy: "JPY", yen: "JPY",
  inr: "INR", "₹": "INR", "a$": "AUD", "nz$": "NZD", cad: "CAD", aud: "AUD", hkd: "HKD", sgd: "SGD", twd: "TWD", cny: "CNY", chf: "CHF", sek: "SEK", nok: "NOK", dkk: "DKK", brl: "BRL", mxn: "MXN", zar: "ZAR", krw: "KRW", r: "ZAR", yuan: "CNY", rmb: "CNY", rupee: "INR", rupees: "INR", rs: "INR", 美元: "USD", 元: "CNY", 人民币: "CNY", 港元: "HKD", 新台币: "TWD", 日元: "JPY", 日圆: "JPY",
};

/** Words that point back at a part of a company opening a sentence or a clause: "The segment…", ", the division's…". */
const PART_ANAPHOR = /(?:^|[.;,:]\s|\n)(?:the|this|that)\s(?:segment|division|unit|arm|business\sunit|business\sline)(?:['’]s)?\b/i;
/** How far under a heading its section is read for a word pointing back at a part. */
const SECTION_LOOK = 400;

/**
 * Whether the section under the heading on line `line` (up to the next heading, at most SECTION_LOOK
 * characters) points back at what the heading names as a part of a company ("## Infrastructure
 * Software" over "…; excluding the divested business, the segment grew 6%"): then the heading names a
 * part of the story's company, not a company of a round-up.
 */
export function sectionCallsItAPart(text: string, lineStarts: readonly number[], line: number): boolean {
  const from = lineStarts[line + 1] ?? text.length;
  let to = Math.min(text.length, from + SECTION_LOOK);
  for (let next = line + 1; next < lineStarts.length && lineStarts[next]! < to; next++) {
    if (text.startsWith("#", lineStarts[next]!)) {
      to = lineStarts[next]!;
      break;
    }
  }
  return PART_ANAPHOR.test(text.slice(from, to));
}
