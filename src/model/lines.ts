// Offsets in a text as editors see them, line and column (1-based, a column counting UTF-16 code
// units, `\r` of a CRLF end included): one line index and one binary search, shared by the loader
// (diagnostics and fact positions) and the extractor (where each figure stands).

/** The offset at which each line starts: 0, then one past every `\n`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** The index of the last start at or before `at` (0 when none is), by binary search over sorted starts. */
export function lastStartAtOrBefore(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Line and column of an offset, given the text's line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lastStartAtOrBefore(starts, offset);
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

/** Line and column of one offset in a text (for a single diagnostic; index the lines once for many). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  return positionAt(lineStarts(text), offset);
}
