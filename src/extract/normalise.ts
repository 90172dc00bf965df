// Normalising article text for matching: traditional Chinese to simplified (opencc-js), full-width
// digits and signs to ASCII, and the ideographic comma to a thousands separator where it clearly is
// one. Every step keeps the text's length, so an index into the normalised text is an index into the
// original: positions, quotes and line:column come straight from the original.
import * as OpenCC from "opencc-js";

let converter: ((text: string) => string) | undefined;

/** Traditional (incl. Hong Kong and Taiwan forms) to simplified; identity on simplified and English. */
export function toSimplified(text: string): string {
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
 * Converts line by line, so a line opencc changes in length (which t2s does not do for the characters
 * that matter) falls back to its original text and never shifts the positions of the others.
 */
export function normaliseText(original: string): string {
  const lines = original.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const simplified = line.length === 0 ? line : toSimplified(line);
    out.push(simplified.length === line.length ? simplified : line);
  }
  return asciiFigures(out.join("\n"));
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** Full-width digits and signs to ASCII; 、 and full-width ，．to , and . inside digit runs where they clearly are. */
export function asciiFigures(text: string): string {
  const chars = [...text].length === text.length ? text.split("") : undefined;
  // With astral characters (surrogate pairs), index by UTF-16 units all the same: only BMP characters change.
  const units = chars ?? Array.from({ length: text.length }, (_, i) => text[i]!);
  for (let i = 0; i < units.length; i++) {
    const code = units[i]!.charCodeAt(0);
    if (code >= FULL_WIDTH_DIGIT_0 && code <= FULL_WIDTH_DIGIT_0 + 9) units[i] = String.fromCharCode(48 + code - FULL_WIDTH_DIGIT_0);
    else if (SIGNS[units[i]!] !== undefined) units[i] = SIGNS[units[i]!]!;
  }
  for (let i = 1; i < units.length - 3; i++) {
    const c = units[i]!;
    if (c !== "、" && c !== "，" && c !== "．") continue;
    if (!isDigit(units[i - 1]) || !isDigit(units[i + 1])) continue;
    if (c === "．") {
      units[i] = ".";
      continue;
    }
    // Exactly three digits after, then no further digit; 1–3 digits (or a thousands group) before.
    if (!isDigit(units[i + 2]) || !isDigit(units[i + 3]) || isDigit(units[i + 4])) continue;
    let run = 0;
    for (let j = i - 1; j >= 0 && isDigit(units[j]); j--) run++;
    if (run > 3) continue;
    let k = i + 4;
    while (units[k] === " ") k++;
    const next = units[k];
    const clearly = next !== undefined && (AFTER_THOUSANDS.has(next) || next === "." || (next === "," && isDigit(units[k + 1])));
    if (clearly) units[i] = ",";
  }
  return units.join("");
}
