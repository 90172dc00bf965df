// How deeply a YAML text nests, measured before it is parsed. The `yaml` library builds its nodes by
// recursion: a few hundred levels from the top of the stack it runs out, and if that happens while V8
// is compiling one of the library's regular expressions, V8 ends the whole process ("RegExpCompiler
// Allocation failed") instead of throwing a RangeError we could catch. Which depth does that depends
// on what ran before, so a deep file must never reach the parser at all: it is refused from this scan.
//
// The scan reads the library's own lexer tokens (a flat state machine, no recursion, no regular
// expressions), so brackets inside quoted scalars, comments or block scalars, and the indentation of a
// scalar's continuation lines, are told apart exactly as the parser will tell them apart.
import { yamlLibrary } from "./libraries.js";

/**
 * Levels of nesting a YAML file may have, counted as below: a fact file needs under ten (source, facts,
 * each fact, its values). The parser copes with several hundred from a fresh stack; the count can be up
 * to half the parser's real depth (a list item's mapping shares its column), so 100 keeps it well clear.
 */
export const MAX_YAML_NESTING = 100;

const SCALAR = "\u001f";
const DOCUMENT = "\u0002";
const FLOW_END = "\u0018";

/**
 * The offset of the first token that nests deeper than `MAX_YAML_NESTING`, or undefined when none does.
 * The count is an upper bound of the parser's depth: each open flow bracket is one level, and outside
 * brackets each distinct column that block content starts at (a line's indentation, or the place just
 * after a `-`, `?` or `:` indicator) among the lines still open above is one more.
 */
export function tooDeepOffset(text: string): number | undefined {
  const { Lexer } = yamlLibrary();
  let offset = 0;
  let lineStart = 0;
  let atLineStart = true;
  let scalarNext = false;
  let flowLevel = 0;
  // Columns of the block levels still open, increasing.
  const columns: number[] = [];
  const deeper = (column: number) => {
    if (columns.length === 0 || columns[columns.length - 1]! < column) columns.push(column);
    return columns.length + flowLevel > MAX_YAML_NESTING;
  };
  for (const token of new Lexer().lex(text)) {
    // Markers the lexer adds are not part of the text.
    if (token === SCALAR) {
      scalarNext = true;
      continue;
    }
    if (token === DOCUMENT) continue;
    if (token === FLOW_END) {
      flowLevel = 0;
      continue;
    }
    const start = offset;
    offset += token.length;
    const first = token[0];
    if (token === "" || token === "\n" || token === "\r\n") {
      lineStart = offset;
      atLineStart = true;
      continue;
    }
    const isScalar = scalarNext;
    scalarNext = false;
    if (!isScalar && (first === " " || first === "\t" || first === "#")) continue;
    // A quoted, plain or block scalar may run over several lines: what follows starts on its last one.
    const lastBreak = token.lastIndexOf("\n");
    if ((token === "---" || token === "...") && start === lineStart) {
      columns.length = 0;
      atLineStart = false;
      continue;
    }
    if (flowLevel === 0 && atLineStart) {
      // The first content of a line closes every block level that started to its right.
      const column = start - lineStart;
      while (columns.length > 0 && columns[columns.length - 1]! > column) columns.pop();
      if (deeper(column)) return start;
    }
    atLineStart = false;
    if (lastBreak >= 0) {
      lineStart = start + lastBreak + 1;
      atLineStart = lineStart === offset;
    }
    if (isScalar) continue;
    if (token === "[" || token === "{") {
      flowLevel++;
      if (columns.length + flowLevel > MAX_YAML_NESTING) return start;
    } else if (token === "]" || token === "}") {
      if (flowLevel > 0) flowLevel--;
    } else if (flowLevel === 0 && (token === "-" || token === "?" || token === ":")) {
      // What follows the indicator, on this line or below it, is a level deeper.
      if (deeper(start - lineStart + 1)) return start;
    }
  }
  return undefined;
}
