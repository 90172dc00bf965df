// Editors' verdicts (facts/reviews.yaml): loaded with positions, checked against the schema and
// against the fact base's source ids.
import type { Diagnostic } from "../model/types.js";
import type { ReviewStatus, ReviewVerdict } from "../model/finding.js";
import { parseDocument } from "../load/parse-document.js";
import { validateAgainstSchema } from "../load/schemas.js";
import type { InputFile } from "../load/load-fact-base.js";

export interface Review extends ReviewStatus {
  finding: string;
  position: { file: string; line: number; column: number };
}

interface RawReviews {
  reviews: { finding: string; verdict: ReviewVerdict; right?: string[]; note: string; reviewer: string; date: string }[];
}

export function loadReviews(input: InputFile, sourceIds: ReadonlySet<string>): { reviews: Review[]; diagnostics: Diagnostic[] } {
  const parsed = parseDocument(input.file, input.text);
  if (!parsed.ok) return { reviews: [], diagnostics: parsed.diagnostics };
  const diagnostics = validateAgainstSchema("reviews", parsed.document);
  if (diagnostics.length > 0) return { reviews: [], diagnostics };
  const { document } = parsed;
  const reviews: Review[] = [];
  const seen = new Map<string, number>();
  (document.data as RawReviews).reviews.forEach((raw, index) => {
    const position = { file: input.file, ...document.locate(["reviews", index]) };
    const first = seen.get(raw.finding);
    if (first !== undefined) {
      diagnostics.push({ ...position, path: `/reviews/${index}/finding`, message: "the finding is reviewed twice", found: JSON.stringify(raw.finding), expected: `one review per finding (the first is at line ${first})` });
      return;
    }
    seen.set(raw.finding, position.line);
    raw.right?.forEach((sourceId, at) => {
      if (!sourceIds.has(sourceId)) {
        diagnostics.push({ file: input.file, ...document.locate(["reviews", index, "right", at]), path: `/reviews/${index}/right/${at}`, message: "unknown source id", found: JSON.stringify(sourceId), expected: "the id of a source in the fact base" });
      }
    });
    reviews.push({ ...raw, position });
  });
  return { reviews, diagnostics };
}
