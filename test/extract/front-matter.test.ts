import { describe, expect, it } from "vitest";
import { frontMatterSpan, splitFrontMatter } from "../../src/extract/front-matter.js";

describe("splitFrontMatter", () => {
  it("reads title, date and language and blanks the block, keeping lines", () => {
    const text = "---\ntitle: 标题\ndate: 2026-02-07T01:02:03Z\nlang: zh-CN\n---\n正文";
    const { header, body } = splitFrontMatter(text);
    expect(header).toMatchObject({ title: "标题", date: "2026-02-07", published: "2026-02-07T01:02:03Z", language: "zh-Hans" });
    expect(body.split("\n")).toHaveLength(text.split("\n").length);
    expect(body.endsWith("正文")).toBe(true);
  });

  it("keeps the hour a date-time gives, in either form, and none for a bare date", () => {
    expect(splitFrontMatter('---\ndate: "2025-11-20 06:00:00"\n---\nx').header.hour).toBe(6);
    expect(splitFrontMatter("---\ndate: 2026-02-07T15:02:03Z\n---\nx").header.hour).toBe(15);
    expect(splitFrontMatter("---\ndate: 2026-02-07\n---\nx").header.hour).toBeUndefined();
  });

  it("finds a dateline without front matter", () => {
    expect(splitFrontMatter("Wire\n2026.02.06 03:14\n\nText").header.date).toBe("2026-02-06");
  });

  it("survives broken YAML", () => {
    expect(() => splitFrontMatter("---\n: : [\n---\nx")).not.toThrow();
  });

  it("keeps the headline in place, blanking the rest of the block (a summary repeats the body)", () => {
    const text = '---\ntitle: "甲公司全年利润增8%"\ndate: 2025-02-10\nsummary: Profit rose 8%.\n---\nBody.';
    const { body, header } = splitFrontMatter(text);
    expect(header.title).toBe("甲公司全年利润增8%");
    expect(body.length).toBe(text.length);
    const lines = body.split("\n");
    expect(lines[1]).toBe(`        甲公司全年利润增8% `);
    expect(lines[2]!.trim()).toBe("");
    expect(lines[3]!.trim()).toBe("");
    expect(lines[0]!.trim()).toBe("");
  });
});

describe("the headline written again", () => {
  it("blanks the body's first heading when it says the title word for word, keeping every line's length", () => {
    const text = '---\ntitle: "Sarang Pipes Q2: net profit jumps 18%"\n---\n\n# Sarang Pipes Q2: net profit jumps 18%\n\nBy A. Writer\n\nSarang Pipes said net profit jumps 18% was its best.\n';
    const { body } = splitFrontMatter(text);
    expect(body.length).toBe(text.length);
    expect(body.split("\n")[4]!.trim()).toBe("");
    expect(body).toContain("Sarang Pipes said net profit jumps 18% was its best.");
  });

  it("keeps a heading that only starts like the title", () => {
    const text = '---\ntitle: "Sarang Pipes Q2"\n---\n\n## Sarang Pipes Q2 segments\n';
    expect(splitFrontMatter(text).body).toContain("## Sarang Pipes Q2 segments");
  });
});

describe("frontMatterSpan", () => {
  it("finds the YAML between the --- lines, after a saved page's source comment too, and nothing when the text opens with none", () => {
    const page = "<!-- source: example.com/a.md -->\n---\ntitle: \"Revenue rises\"\ndate: \"2025-11-05\"\n---\n\nBody.";
    const span = frontMatterSpan(page)!;
    expect(page.slice(span.yamlStart, span.yamlEnd)).toBe("title: \"Revenue rises\"\ndate: \"2025-11-05\"\n");
    expect(page.slice(span.end)).toBe("\nBody.");
    expect(frontMatterSpan("Revenue rose 9%.\n---\ntitle: x\n---\n")).toBeUndefined();
  });
});
