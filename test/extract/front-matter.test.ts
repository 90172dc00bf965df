import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/extract/front-matter.js";

describe("splitFrontMatter", () => {
  it("reads title, date and language and blanks the block, keeping lines", () => {
    const text = "---\ntitle: 标题\ndate: 2026-02-07T01:02:03Z\nlang: zh-CN\n---\n正文";
    const { header, body } = splitFrontMatter(text);
    expect(header).toMatchObject({ title: "标题", date: "2026-02-07", published: "2026-02-07T01:02:03Z", language: "zh-Hans" });
    expect(body.split("\n")).toHaveLength(text.split("\n").length);
    expect(body.endsWith("正文")).toBe(true);
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
