// The draft check as JSON, for machines: the counts, then every figure with its reading, verdict,
// level, reason, supported value, likely cause and evidence. Key order is fixed by the result's
// shape, so the same draft and facts give byte-identical output.
import type { CheckResult } from "../check/figure.js";

export function formatCheckJson(result: CheckResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
