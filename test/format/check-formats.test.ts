import { describe, expect, it } from "vitest";
import type { CheckedFigure, CheckResult } from "../../src/check/figure.js";
import { formatCheckGithub } from "../../src/format/check-github.js";
import { formatCheckJson } from "../../src/format/check-json.js";
import { formatCheckMarkdown } from "../../src/format/check-markdown.js";

const figure = (verdict: CheckedFigure["verdict"], level: CheckedFigure["level"], extra: Partial<CheckedFigure> = {}): CheckedFigure => ({
  line: 3,
  column: 7,
  quote: "sales | of <script>x</script> `9`",
  reading: { entity: "AMZN", segment: "total", metric: "revenue", measure: "level", period: "2025-Q4", basis: "reported", qualifier: "exact", value: "9 亿 USD", key: "AMZN revenue, 2025-Q4" },
  verdict,
  level,
  why: "because: 50%, really",
  evidence: [],
  ...extra,
});

const result = (figures: CheckedFigure[]): CheckResult => ({
  draft: "drafts/a|b.md",
  figures,
  counts: { wrong: figures.filter((f) => f.verdict === "wrong").length, unsure: figures.filter((f) => f.verdict === "unsure").length, unverified: figures.filter((f) => f.verdict === "unverified").length, consistent: figures.filter((f) => f.verdict === "consistent").length },
});

const wrong = figure("wrong", "error", {
  supported: { value: "12 亿 USD", sources: ["release"], reasons: ["The company's own release states it (release)."] },
  cause: { kind: "scale_slip", explanation: "9 ÷ 10 …" },
  evidence: [{ rule: "contradiction", kind: "contradiction", id: "contradiction-1", severity: "error", message: "Sources disagree | badly", others: [{ source: "release", value: "12 亿 USD", file: "facts/r.yaml", line: 4 }] }],
});

describe("formatCheckMarkdown", () => {
  it("gives one row per figure with its verdict, and the evidence under its own heading", () => {
    const text = formatCheckMarkdown(result([wrong, figure("consistent", "ok", { line: 5 })]));
    expect(text).toContain("2 figures: 1 wrong, 0 unsure, 0 unverified, 1 consistent.");
    expect(text.split("\n").filter((line) => line.startsWith("| drafts"))).toHaveLength(2);
    expect(text).toContain("### drafts/a\\|b.md:3:7: 🔴 wrong");
    expect(text).toContain("The fact base supports 12 亿 USD. The company's own release states it (release).");
    expect(text).toContain("- `contradiction` contradiction-1 (error): Sources disagree \\| badly");
  });

  it("counts one figure in the singular", () => {
    const text = formatCheckMarkdown(result([figure("consistent", "ok", { line: 5 })]));
    expect(text).toContain("1 figure: 0 wrong, 0 unsure, 0 unverified, 1 consistent.");
  });

  it("escapes the draft's text so a quote cannot break the table or inject HTML", () => {
    const text = formatCheckMarkdown(result([wrong]));
    expect(text).not.toContain("<script>");
    expect(text).toContain("sales \\| of &lt;script&gt;x&lt;/script&gt; \\`9\\`");
    // Every table row has the header's five cells.
    for (const row of text.split("\n").filter((line) => line.startsWith("| drafts"))) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
  });
});

describe("formatCheckGithub", () => {
  it("annotates wrong, unsure and unverified figures by level, and leaves consistent ones alone", () => {
    const text = formatCheckGithub(result([wrong, figure("unsure", "warning"), figure("unverified", "info"), figure("consistent", "ok")]));
    const commands = text.trim().split("\n").map((line) => line.slice(0, line.indexOf(" ")));
    expect(commands).toEqual(["::error", "::warning", "::notice"]);
    expect(text).toContain("file=drafts/a|b.md,line=3,col=7,title=wrong%3A AMZN revenue%2C 2025-Q4::");
    expect(text).toContain("50%25");
  });

  it("writes nothing for a draft with nothing to flag", () => {
    expect(formatCheckGithub(result([figure("consistent", "ok")]))).toBe("");
  });
});

describe("formatCheckJson", () => {
  it("keeps each figure's reading, verdict, supported value, cause and evidence", () => {
    const parsed = JSON.parse(formatCheckJson(result([wrong])));
    expect(parsed.figures[0]).toMatchObject({ verdict: "wrong", level: "error", reading: { metric: "revenue" }, supported: { value: "12 亿 USD" }, cause: { kind: "scale_slip" }, evidence: [{ rule: "contradiction" }] });
  });
});
