// 分别 / respectively: the k-th figure after the word takes the k-th item of the list of the same
// kind (metrics, periods) just before it in the sentence, when the list is as long as the run of
// figures. Looks at the figure's own sentence only, so it stays linear in the text.
import type { Context, RespectivelyRun } from "./context.js";
import type { Figure } from "./figures.js";
import { firstFrom, LIST_JOINER } from "./text-structure.js";


/**
 * 分别 / respectively: when the figure follows 分别 (or its sentence says "respectively") and the k-th
 * figure after it is this one, the k-th item of the list ("A和B", "A、B及C", "A and B") of the same kind
 * just before 分别 in the sentence, when that list has exactly as many items as there are figures.
 */
export function respectively<T extends { start: number; end: number }, D>(context: Context, s0: number, s1: number, figure: Figure, index: number, list: readonly T[], accept: (match: T, data: D) => boolean, data: D): T | undefined {
  const run = respectivelyRun(context, s0, s1, figure, index);
  if (!run) return undefined;
  const { k, length, marker: to } = run;
  const before: T[] = [];
  for (let i = firstFrom(list, to) - 1; i >= 0 && list[i]!.start >= s0; i--) if (list[i]!.end <= to && accept(list[i]!, data)) before.push(list[i]!);
  before.reverse();
  if (before.length < length) return undefined;
  const items = before.slice(before.length - length);
  for (let i = 1; i < items.length; i++) if (!LIST_JOINER.test(context.lower.slice(items[i - 1]!.end, items[i]!.start))) return undefined;
  return items[k];
}

/**
 * Where the figure stands in a run after 分别 / respectively: its place k in the run, the run's
 * length, and where the list before it must end (the marker). Undefined when the sentence says
 * neither word, or the figure is not in a run of two or more.
 */
export function respectivelyRun(context: Context, s0: number, s1: number, figure: Figure, index: number): RespectivelyRun | undefined {
  // (The choices of a figure's metric, part and period each ask for its run: it is worked out once per figure.)
  const last = context.respectivelyRunOf;
  if (last !== undefined && last.figure === figure && last.index === index && last.s0 === s0 && last.s1 === s1) return last.run;
  const run = readRespectivelyRun(context, s0, s1, figure, index);
  context.respectivelyRunOf = { figure, index, s0, s1, run };
  return run;
}

/** respectivelyRun's reading, made once per figure. */
function readRespectivelyRun(context: Context, s0: number, s1: number, figure: Figure, index: number): RespectivelyRun | undefined {
  // Whether the sentence says 分别 or respectively at all, once per sentence (figures come in order).
  if (context.respectivelySentence !== s0) {
    const said = context.lower.slice(s0, s1);
    context.respectivelySentence = s0;
    context.respectivelySaid = said.includes("分别") || said.includes("respectively");
  }
  if (!context.respectivelySaid) return joinedRun(context, s0, s1, index);
  const sentence = context.lower.slice(s0, s1);
  let marker = sentence.lastIndexOf("分别", figure.start - s0);
  let markerEnd = marker + 2;
  if (marker < 0) {
    const english = sentence.indexOf("respectively");
    if (english < 0) return undefined;
    // "A and B rose 21% and 72%, respectively": the list is before the first figure of the run.
    const first = context.figures[firstFrom(context.figures, s0)];
    if (!first || first.start >= s1) return undefined;
    marker = first.start - s0;
    markerEnd = marker;
  }
  // Only the sentence's own figures are looked at (sentences are capped in length), so this stays linear.
  // The run ends where the sentence says 分别 again ("…分别增加A及B，主要由于收入分别增加C及D").
  const again = marker >= 0 && markerEnd > marker ? sentence.indexOf("分别", markerEnd) : -1;
  let runEnd = again < 0 ? s1 : s0 + again;
  // (So does the clause after 分别, at a comma that opens words, not the run's next figure: "…分别为5.1亿元、
  // 6.3亿元和7.6亿元，目标价24.8元" lists three years, and the target is a figure of its own.)
  if (markerEnd > marker) {
    const clauseEnd = CLAUSE_AFTER_RUN.exec(sentence.slice(markerEnd, runEnd - s0));
    if (clauseEnd) runEnd = s0 + markerEnd + clauseEnd.index;
  }
  const run: Figure[] = [];
  for (let i = firstFrom(context.figures, s0 + markerEnd); i < context.figures.length && context.figures[i]!.start < runEnd; i++) {
    if (i === index || context.figures[i]!.unitKind === figure.unitKind) run.push(context.figures[i]!);
  }
  const k = run.indexOf(figure);
  // (A figure past the run, in a clause of its own, may be a joined run of its own: "…，对应每股收益1.21元和1.45元".)
  if (k < 0) return figure.start >= runEnd ? joinedRun(context, s0, s1, index) : undefined;
  if (run.length < 2) return undefined;
  return { k, length: run.length, marker: s0 + marker };
}

/**
 * "公司2025年、2026年归母净利润预计为8.6亿元和11.2亿元": with no 分别, a run of figures of one kind joined only
 * by 和, 及, 、 or "and" stands for a list of as many items just before it in its sentence (respectively
 * checks the list's length and its joins). The figure's place in the run, its length and where the list
 * must end (the run's first figure).
 */
function joinedRun(context: Context, s0: number, s1: number, index: number): { k: number; length: number; marker: number } | undefined {
  const { figures, lower } = context;
  const joined = (a: Figure, b: Figure) => a.unitKind === b.unitKind && LIST_JOINER.test(lower.slice(a.end, b.start));
  let first = index;
  while (first > 0 && figures[first - 1]!.start >= s0 && joined(figures[first - 1]!, figures[first]!)) first--;
  let last = index;
  while (last + 1 < figures.length && figures[last + 1]!.start < s1 && joined(figures[last]!, figures[last + 1]!)) last++;
  if (last === first) return undefined;
  return { k: index - first, length: last - first + 1, marker: figures[first]!.start };
}

/** A comma or semicolon that opens a clause of words, not a run's next figure (a digit, a sign or a hedge after it). */
const CLAUSE_AFTER_RUN = /[，,；;](?!\s?(?:约|約|达|達|为|為)?\s?[\d+\-−.])/u;
