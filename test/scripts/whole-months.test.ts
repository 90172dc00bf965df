import { describe, expect, it } from "vitest";
import { inWholeMonths } from "../../scripts/whole-months.js";

describe("the evaluation's periods in whole months", () => {
  it("reads a 52/53-week quarter whose ends lie within ten days of its months' edges as those months", () => {
    expect(inWholeMonths("2025-09-28..2025-12-27")).toBe("2025-10-01..2025-12-31");
    // (Medtronic's third quarter, 25 October to 23 January: eight days short of January's end.)
    expect(inWholeMonths("2025-10-25..2026-01-23")).toBe("2025-11-01..2026-01-31");
  });

  it("keeps a span whose ends lie further from a month's edge, and what is no span of days", () => {
    expect(inWholeMonths("2025-10-15..2026-01-15")).toBe("2025-10-15..2026-01-15");
    expect(inWholeMonths("@2025-09-30")).toBe("@2025-09-30");
  });
});
