// Normalising article text for matching: traditional Chinese to simplified (opencc-js), full-width
// digits and signs to ASCII, the ideographic comma to a thousands separator where it clearly is one,
// a converter's escapes and inline HTML read through, and web addresses and images blanked. Every
// step keeps the text's length, so an index into the normalised text is an index into the original:
// positions, quotes and line:column come straight from the original. (Two exceptions, a character
// wide: the word after an escaped sign moves up into the backslash's place, see unescapeMarkup, and
// the word before a link moves up into its opening bracket's, see blankLinks.)
import * as OpenCC from "opencc-js";
import { type CodeUnits, codeUnits } from "./text-structure.js";

// Both built on first use from opencc's dictionaries, which ship with the library: static data, not
// input, the same for every run, so they stay for the life of the process.
let converter: ((text: string) => string) | undefined;
let changing: RegExp | undefined;
/** The same characters below the astral planes, as a table by code unit (see changes). */
let changingUnits: CodeUnits | undefined;

/**
 * The characters some entry of opencc's Hong Kong-to-simplified dictionaries changes (a key's
 * characters that its replacement does not keep in place). A text with none of them converts to
 * itself, so simplified Chinese and English skip the dictionaries' walk, most of the step's time.
 */
export function changingCharacters(): RegExp {
  if (changing) return changing;
  const config = (OpenCC.Locale as unknown as { configs: Record<string, Record<string, unknown>> }).configs.hk2s!;
  const dictionaries = Object.values(config).flat(2);
  const characters = new Set<string>();
  const add = (key: string, value: string) => {
    if (key === value) return;
    const from = [...key];
    const to = [...value];
    from.forEach((character, at) => {
      if (from.length !== to.length || to[at] !== character) characters.add(character);
    });
  };
  for (const dictionary of dictionaries) {
    // Another layout of the dictionaries (a new opencc-js) skips nothing: every text is converted.
    if (typeof dictionary !== "string") {
      changingUnits = { has: () => true };
      return (changing = /[\s\S]/);
    }
    for (const entry of dictionary.split("|")) add(...(entry.split(" ") as [string, string]));
  }
  changingUnits = codeUnits([...characters].filter((character) => character.length === 1).join(""));
  changing = new RegExp(`[${[...characters].join("").replace(/[\]\\^-]/g, "\\$&")}]`, "u");
  return changing;
}

/**
 * Whether the text holds one of changingCharacters, as its pattern would say: the pattern's class of
 * thousands of characters is a search per character of every line, the table one load. A surrogate
 * (an astral character, or a lone half) is left to the pattern, by code point.
 */
function changes(text: string): boolean {
  const pattern = changingCharacters();
  const units = changingUnits!;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      if (units.has(code)) return true;
      continue;
    }
    const point = String.fromCodePoint(text.codePointAt(i)!);
    if (pattern.test(point)) return true;
    i += point.length - 1;
  }
  return false;
}

/** Traditional (incl. Hong Kong and Taiwan forms) to simplified; identity on simplified and English. */
export function toSimplified(text: string): string {
  if (!changes(text)) return text;
  const converted = openccSimplified(text);
  // (The same length always: a character opencc turns into one past the BMP, 鋐, stays as written, so
  // a name compared in simplified form meets the text's, and no position shifts.)
  return converted.length === text.length ? converted : convertedAround(text);
}

function openccSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: "hk", to: "cn" }));
  try {
    return convert(text);
  } catch {
    return text;
  }
}

const FULL_WIDTH_DIGIT_0 = 0xff10;
const SIGNS: Readonly<Record<string, string>> = { "％": "%", "＄": "$", "－": "-", "＋": "+", "～": "~" };
/** Characters after "1、234" that show the 、 is a thousands separator: a scale or a unit. */
const AFTER_THOUSANDS = new Set([..."亿万美元人颗件个家名台"]);

/**
 * Converts line by line (opencc's cost grows with a call's length); toSimplified keeps each line's
 * length, so no position shifts.
 */
export function normaliseText(original: string): string {
  const lines = original.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const simplified = line.length === 0 ? line : toSimplified(line);
    out.push(simplified);
  }
  return blankLinks(asciiFigures(unescapeMarkup(standardParticles(out.join("\n")))));
}

/**
 * A line opencc changes in length, converted but for the characters that change length, which stay
 * as written: 晶鋐11月合併營收 becomes 晶鋐11月合并营收, not the whole line left traditional.
 */
function convertedAround(line: string): string {
  let out = "";
  let run = "";
  const flush = () => {
    if (run === "") return;
    const converted = openccSimplified(run);
    out += converted.length === run.length ? converted : run;
    run = "";
  };
  for (const character of line) {
    // (Only a character the dictionaries change can change length: the rest need no asking.)
    if (changes(character) && openccSimplified(character).length !== character.length) {
      flush();
      out += character;
    } else run += character;
  }
  flush();
  return out;
}

/**
 * Written Cantonese's particles, which a Hong Kong column writes where standard Chinese writes
 * another character ("截至9月底止嘅中期業績"), as the standard one: each is a character of Cantonese
 * alone, so the swap changes no other word, and keeps every position.
 */
const CANTONESE: Readonly<Record<string, string>> = { 嘅: "的", 咗: "了", 喺: "在", 佢: "他", 唔: "不", 冇: "没", 啲: "些" };
const CANTONESE_CHARACTERS = new RegExp(`[${Object.keys(CANTONESE).join("")}]`, "gu");
function standardParticles(text: string): string {
  return text.replace(CANTONESE_CHARACTERS, (character) => CANTONESE[character]!);
}

/**
 * What an HTML-to-Markdown converter leaves in: inline tags (blanked whole), a backslash before a sign
 * Markdown would read ("\$4.2 billion", "\*") and signs as entities (&nbsp;, &#36;, &amp;). An escaped
 * sign is read as itself with the word it opens moved up to it and the spaces left after that word
 * ("to \$4.2 billion" reads "to $4.2  billion"), so lengths stay and a sign still stands right after
 * the space before it. A backslash before a bar is left, as a table cell's own bar.
 */
export function unescapeMarkup(text: string): string {
  // Inline HTML a converter let through (<br>, <strong>, a footnote's <sup>1</sup>) is blanked whole.
  if (text.includes("<")) text = text.replace(INLINE_HTML, (tag) => " ".repeat(tag.length));
  if (!text.includes("\\") && !text.includes("&")) return text;
  return text.replace(MARKUP_ESCAPE, (match, escaped: string | undefined, word: string | undefined, entity: string | undefined, entityWord: string | undefined) => {
    if (escaped !== undefined) return `${escaped}${word ?? ""} `;
    if (entity !== undefined) return `${ENTITY_CHARACTER[entity.slice(1, -1)] ?? " "}${entityWord ?? ""}${" ".repeat(entity.length - 1)}`;
    return " ".repeat(match.length);
  });
}
/** The character each entity unescapeMarkup reads stands for. */
const ENTITY_CHARACTER: Readonly<Record<string, string>> = { "#36": "$", "#x24": "$", dollar: "$", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

/** A footnote's mark in superscript (<sup>1</sup>, <sup>[a]</sup>), or an inline HTML tag that opens or closes. */
const INLINE_HTML = /<sup>[^<\n]{0,6}<\/sup>|<\/?(?:br|p|strong|b|em|i|u|span|sup|sub|small|font|div|a)(?:\s[^<>\n]{0,200})?\s?\/?>/gi;
/**
 * A backslash escape of Markdown's signs but the bar, with the word it opens; or a sign's entity
 * (&#36;, &amp;, &lt;, &quot;) with the word it opens; or the no-break space entity. The word moved up
 * is ASCII only ("R&amp;D" → "R&D"), so no Chinese scale word (亿, read back from the original) moves.
 */
const MARKUP_ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\]^_`{}~])([!-[\]-~]{0,40})|(&(?:#36|#x24|dollar|amp|lt|gt|quot|#39|apos);)([!-%'-[\]-~]{0,40})|&(?:nbsp|#160|#x[aA]0);/g;

/** A Markdown image: its alternative text and its address. */
const IMAGE = /!\[[^\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)/g;
/** A Markdown link's target ("](https://…)", "](stock.php?code=1128)"), a bare web address. */
const LINK = /\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)|\bhttps?:\/\/[^\s)\]>"'<]+|\bwww\.[^\s)\]>"'<]+/g;

/**
 * Web addresses blanked to spaces: numbers in them ("image-511-1024x763.png", "?code=1128") are not
 * figures, and their words are not the text's. A link's words ("[consensus of $0.41](…)") stay.
 */
export function blankLinks(text: string): string {
  if (!text.includes("](") && !text.includes("http") && !text.includes("www.")) return text;
  // An image's words are its alternative text, not the article's: "![Revenue up 12%](chart.png)" goes whole.
  if (text.includes("![")) text = text.replace(IMAGE, (image) => " ".repeat(image.length));
  // A link's opening bracket is read as nothing: the word before it moves up into the space before the
  // bracket ("Rival [Elkhorn Trail (ELKT)](…)" reads " Rival Elkhorn Trail (ELKT)…"), so a name in a
  // link stands right after its word, and the link's own words, figures and all, keep their places.
  if (text.includes("](")) text = text.replace(LINK_OPENING, (_, before: string) => ` ${before} `);
  return text.replace(LINK, (match, target: string | undefined) => (target !== undefined ? `](${" ".repeat(target.length)})` : " ".repeat(match.length)));
}
/** The word before a Markdown link (not an image) and the space before its opening bracket: "Rival [Acme](…)". */
const LINK_OPENING = /(?<=^|\s)([^\s[\]()]{1,30}) \[(?=[^\[\]\n]{1,200}\]\()/gm;

/**
 * No-break, zero-width and other odd spaces, which web copy leaves between words ("39 cents\u200b per
 * share", "Dec. 31\u00a02024"): folded to one space each (asciiFigures does it), so lengths stay.
 */
function isOddSpace(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200d) || code === 0x202f || code === 0x205f || code === 0xfeff;
}

/** The same signs by UTF-16 code unit. */
const SIGN_CODES: ReadonlyMap<number, number> = new Map(Object.entries(SIGNS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const AFTER_THOUSANDS_CODES: ReadonlySet<number> = new Set([...AFTER_THOUSANDS].map((c) => c.charCodeAt(0)));
const IDEOGRAPHIC_COMMA = 0x3001;
const FULL_WIDTH_COMMA = 0xff0c;
const FULL_WIDTH_STOP = 0xff0e;

/** The code unit at `i` after the full-width digit and sign folding (NaN past the end). */
function foldedAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= FULL_WIDTH_DIGIT_0 && code <= FULL_WIDTH_DIGIT_0 + 9) return 48 + code - FULL_WIDTH_DIGIT_0;
  if (code >= 0xff04 && code <= 0xff5e) return SIGN_CODES.get(code) ?? code;
  return code;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Full-width digits and signs to ASCII, odd spaces to a space; 、 and full-width ，．to , and . inside digit runs where they clearly are.
 * Works on UTF-16 code units (astral characters pass through untouched: only BMP characters change),
 * scanning with charCodeAt and copying the text only where a unit changes.
 */
export function asciiFigures(text: string): string {
  const length = text.length;
  // Positions and new code units, in ascending order: the digit and sign folding first, then the separators.
  const foldAt: number[] = [];
  const foldTo: number[] = [];
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0) continue;
    if (isOddSpace(code)) {
      foldAt.push(i);
      foldTo.push(0x20);
      continue;
    }
    if (code < 0xff04 || code > 0xff5e) continue;
    const to = foldedAt(text, i);
    if (to !== code) {
      foldAt.push(i);
      foldTo.push(to);
    }
  }
  const sepAt: number[] = [];
  const sepTo: number[] = [];
  for (let i = 1; i < length - 3; i++) {
    const c = text.charCodeAt(i);
    if (c !== IDEOGRAPHIC_COMMA && c !== FULL_WIDTH_COMMA && c !== FULL_WIDTH_STOP) continue;
    if (!isDigitCode(foldedAt(text, i - 1)) || !isDigitCode(foldedAt(text, i + 1))) continue;
    if (c === FULL_WIDTH_STOP) {
      sepAt.push(i);
      sepTo.push(46);
      continue;
    }
    // Exactly three digits after, then no further digit; 1–3 digits (or a thousands group) before.
    if (!isDigitCode(foldedAt(text, i + 2)) || !isDigitCode(foldedAt(text, i + 3)) || isDigitCode(foldedAt(text, i + 4))) continue;
    let run = 0;
    for (let j = i - 1; j >= 0 && isDigitCode(foldedAt(text, j)); j--) run++;
    if (run > 3) continue;
    let k = i + 4;
    while (foldedAt(text, k) === 32) k++;
    const next = foldedAt(text, k);
    const clearly = k < length && (AFTER_THOUSANDS_CODES.has(next) || next === 46 || (next === 44 && isDigitCode(foldedAt(text, k + 1))));
    if (clearly) {
      sepAt.push(i);
      sepTo.push(44);
    }
  }
  if (foldAt.length === 0 && sepAt.length === 0) return text;
  // The two lists never share a position (separators are never folded): merge them into the copy.
  const parts: string[] = [];
  let from = 0;
  let a = 0;
  let b = 0;
  while (a < foldAt.length || b < sepAt.length) {
    let at: number;
    let to: number;
    if (b >= sepAt.length || (a < foldAt.length && foldAt[a]! < sepAt[b]!)) {
      at = foldAt[a]!;
      to = foldTo[a++]!;
    } else {
      at = sepAt[b]!;
      to = sepTo[b++]!;
    }
    if (at > from) parts.push(text.slice(from, at));
    parts.push(String.fromCharCode(to));
    from = at + 1;
  }
  if (from < length) parts.push(text.slice(from));
  return parts.join("");
}
