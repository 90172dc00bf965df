import { describe, expect, it } from "vitest";
import { checkDraft, formatCheckGithub, formatCheckMarkdown } from "../../src/check/check.js";
import { loadInline, sourceFile } from "../helpers.js";

describe("checkDraft", () => {
  it("lists draft facts with no counterpart as unverified", () => {
    const factBase = loadInline({ "facts/draft.yaml": sourceFile({ id: "draft" }, [{ metric: "revenue", value: "1", scale: "亿", unit: "USD", quote: "q" }]) });
    const result = checkDraft("d.md", factBase, [], [{ entity: "AMZN", segment: "total", metric: "revenue", measure: "level", period: "2025-Q4", basis: "reported", qualifier: "exact", value: "1", scale: "亿", unit: "USD", quote: "q", line: 3, column: 5 }]);
    expect(result.unverified).toEqual([expect.objectContaining({ line: 3, column: 5 })]);
    expect(formatCheckMarkdown(result)).toContain("d.md:3:5");
    expect(formatCheckGithub(result)).toContain("::notice file=d.md,line=3,col=5");
  });
});
