// What the extractor proposes, figure by figure: the fact, the figure it left out and why, and which
// words decided each field. Its own module, so the binders that build them import no stage above.
import type { Basis, Measure, Qualifier } from "../model/types.js";

/** Which words decided each field of one proposed fact, and why. */
export interface Explanation {
  line: number;
  column: number;
  fields: Partial<Record<"entity" | "segment" | "metric" | "period" | "basis", string>>;
}

export interface ProposedFact {
  entity: string;
  segment: string;
  metric: string;
  measure: Measure;
  of?: string;
  period: string;
  basis: Basis;
  qualifier: Qualifier;
  /** As written: ASCII digits, thousands commas kept, "-" for a loss or a fall. */
  value: string;
  valueHigh?: string;
  /** How precisely the value is known, when not as written (增长1.3倍, 130% to tens): the fact file's `precision`. */
  precision?: string;
  scale?: string;
  unit: string;
  /** The clause holding the figure, word for word from the original text, at most 80 characters. */
  quote: string;
  /** 1-based line and column of the figure in the original text. */
  line: number;
  column: number;
}

export interface SkippedFigure {
  line: number;
  column: number;
  text: string;
  reason: string;
}
