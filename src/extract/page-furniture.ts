// Page furniture a saved web page keeps between an article's paragraphs: a label for links to other
// stories (the lexicon files' `other_story`: "Also read:", "Related stories", 延伸阅读, 相关新闻) and the
// lines it opens. Their figures are other stories' headlines ("Rival's profit slumps 40%"), so the
// lines are blanked to spaces before anything is read; lengths and lines stay, so positions hold.
import { placedWords } from "./cues.js";
import { wordsPattern } from "./word-patterns.js";

/** The labels, longest first so "related stories" is taken whole before "related". */
const LABELS = wordsPattern(
  [...placedWords("other_story")].sort((a, b) => b.length - a.length),
  "both",
);

/**
 * A line the label opens: after a heading's hashes, a bullet's mark or an emphasis mark, the label,
 * then either nothing more (a label standing alone over its list) or a separator and another story's
 * headline on the same line ("**Also read:** [Rival's profit slumps 40%](…)", "延伸阅读｜…").
 */
const LABEL_LINE = new RegExp(String.raw`^\s{0,3}(?:#{1,6}\s*|[-*+•·]\s+|>\s*)?(?:\*\*|__|\*|_|【|\[|「)?\s*${LABELS}\s*(?:\*\*|__|\*|_|】|\]|」)?\s*(?:$|[:：|｜>»›]|[-–—]\s)`, "u");

/** An item of the list under a label standing alone: a bullet, or a line that opens with a link. */
const LIST_ITEM = /^\s{0,3}(?:[-*+•·]\s+|\d{1,2}[.)]\s+)|^\s{0,3}(?:\*\*|__)?\[[^\]\n]+\]\(/u;

/** The text with its other-story labels' lines, and the lists under labels standing alone, blanked. */
export function blankPageFurniture(text: string): string {
  if (!LABEL_LINE_ANYWHERE.test(text)) return text;
  const lines = text.split("\n");
  let blanked = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (!LABEL_LINE.test(line.toLowerCase())) continue;
    lines[at] = " ".repeat(line.length);
    blanked = true;
    // The links or bullets under it, across blank lines, up to the first line that is neither.
    for (let next = at + 1; next < lines.length; next++) {
      const item = lines[next]!;
      if (item.trim() === "") continue;
      if (!LIST_ITEM.test(item)) break;
      lines[next] = " ".repeat(item.length);
      at = next;
    }
  }
  return blanked ? lines.join("\n") : text;
}

/** Whether a label stands anywhere at a line's opening: most texts have none, and skip the split. */
const LABEL_LINE_ANYWHERE = new RegExp(LABEL_LINE.source, "imu");
