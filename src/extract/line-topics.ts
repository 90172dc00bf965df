// The segment each line is about when its own sentences name none: set by a label-like heading or a
// question for what follows it, by a paragraph's own label for that paragraph, or by the segment a
// paragraph's first sentence is about for the sentences after it.
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { TermMatch } from "./lexicon.js";
import { BUSINESS_WORD, PART_WORD_AFTER_NAME } from "./new-segments.js";
import { segmentFor, type Term } from "./terms.js";
import { firstFrom } from "./text-structure.js";

const QUESTION = /^\s*(?:q\s?[:：]|问\s?[:：]|question\s?[:：])/;
const LABEL = /^\s*(?:[#*>\-\d.、一二三四五六七八九十()（）\s]*)([^:：。.!?！？]{1,24})[:：]/;

/**
 * The segment each line is about when its sentences name none: a label-like heading ("AWS 业务：")
 * or a question ("Q: 关于 AWS…") names the topic of what follows until the next heading or question
 * (a headline without a colon only ends the previous topic); a paragraph's own label ("北美部门：营收…；营业利润…") names it for that paragraph.
 */
export function topicSegments(text: string, lower: string, terms: TermMatch<Term>[], lineStarts: number[], taxonomy: Taxonomy, entity: string): (string | undefined)[] {
  const result: (string | undefined)[] = [];
  let section: string | undefined;
  let cursor = 0;
  const firstSegment = (from: number, to: number): string | undefined => {
    while (cursor < terms.length && terms[cursor]!.start < from) cursor++;
    for (let i = cursor; i < terms.length && terms[i]!.start < to; i++) {
      const segment = segmentFor(terms[i]!, taxonomy, entity);
      if (segment) return segment.id;
    }
    return undefined;
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const content = lower.slice(start, Math.min(end, start + 400));
    const trimmed = content.trim();
    if (trimmed.length === 0) {
      result.push(section);
      continue;
    }
    const heading = trimmed.length <= 40 && !/[。!?！？]/.test(trimmed) && !/\.\s/.test(trimmed);
    if (QUESTION.test(content) || heading) {
      // A question or a label-like heading ("AWS 业务：") sets the topic; a headline only ends the previous one.
      section = QUESTION.test(content) || /[:：]$/.test(trimmed) ? firstSegment(start, end) : undefined;
      result.push(section);
      continue;
    }
    const label = LABEL.exec(content);
    const labelled = label ? firstSegment(start, start + label[0].length) : undefined;
    result.push(labelled ?? section);
  }
  return result;
}

/** What may stand before a sentence's subject at a paragraph's start: list marks, bold, "the", "its", 而, 另外 (read here and by bindFigure for parts the taxonomy does not know). */
export const SUBJECT_OPENING = /^[\s*_#>-]*(?:(?:the|its|our|their)\s|而|另外|此外|至于)?$/u;

/** The end of a paragraph's first sentence: 。！？； or a full stop, "!" or "?" before a space or the line's end. */
const SENTENCE_END = /[。！？；;]|[.!?](?=\s|$)/;

/**
 * Per line, the segment its paragraph opens with, and where its second sentence starts: a paragraph
 * whose first sentence names a part of the company before its first figure ("Wynn Palace's adjusted
 * EBITDAR was…", "香港业务纯利约…"), or names one and gives no figure ("The commercial vehicle unit had a
 * tougher quarter."), goes on about it in the sentences after, unless they name another
 * part or the whole company (see bindFigure). Parts named after the first figure ("…, driven by
 * financial services and music") are not the paragraph's subject. Headings and labels: topicSegments.
 */
export function paragraphSegments(lower: string, terms: TermMatch<Term>[], figures: readonly { start: number }[], lineStarts: number[], taxonomy: Taxonomy, entity: string): ({ segment: string; from: number } | undefined)[] {
  const result: ({ segment: string; from: number } | undefined)[] = [];
  let cursor = 0;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : lower.length;
    const content = lower.slice(start, Math.min(end, start + 400));
    const opening = SENTENCE_END.exec(content);
    if (!opening || opening.index + opening[0].length >= content.trimEnd().length) {
      // A paragraph of one sentence has no sentences after it to carry a segment to.
      result.push(undefined);
      continue;
    }
    const to = start + opening.index;
    while (cursor < terms.length && terms[cursor]!.start < start) cursor++;
    // The part the paragraph opens on is the subject of its first figure: named before it, in its sentence.
    // (Or of a first sentence with no figure that opens with the part as its subject, "The commercial
    // vehicle unit had a tougher quarter.", 电子元件事业本部仍是最大的获利来源。, which says what the
    // paragraph is about.)
    const firstFigure = figures[firstFrom(figures, start)];
    const figureless = firstFigure === undefined || firstFigure.start >= to;
    const before = figureless ? to : firstFigure.start;
    let found: string | undefined;
    for (let i = cursor; i < terms.length && terms[i]!.start < before; i++) {
      const segment = segmentFor(terms[i]!, taxonomy, entity);
      if (segment && figureless && !SUBJECT_OPENING.test(lower.slice(start, terms[i]!.start))) break;
      if (segment && !taxonomy.segments.get(segment.id)?.entities?.includes("MARKET")) {
        // ("速冻面点在商超及餐饮渠道放量，预制菜业务收入突破6亿元": a business named by its part's word between
        // the segment and the figure is the figure's, and the paragraph opens on no known segment.)
        // (The part's own word right after its name, "the commercial vehicle unit", is no other business.)
        if (!BUSINESS_WORD.test(lower.slice(terms[i]!.end, before).replace(PART_WORD_AFTER_NAME, ""))) found = segment.id;
        break;
      }
    }
    result.push(found === undefined ? undefined : { segment: found, from: to + 1 });
  }
  return result;
}
