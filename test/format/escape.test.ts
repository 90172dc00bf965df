import { describe, expect, it } from "vitest";
import { escapeAnnotationData, escapeAnnotationProperty, escapeMarkdown, markdownLink } from "../../src/format/escape.js";

/** Cell separators a GFM table sees: a `|` not preceded by an odd number of backslashes. */
const unescapedPipes = (text: string) => [...text.matchAll(/(?<!\\)(?:\\\\)*\|/g)].length;

describe("escapeMarkdown", () => {
  const hostile = [
    "revenue | 213 | forged cell",
    "a `code span` and ``two``",
    "<script>alert(1)</script>",
    "costs $x$ and $$y$$",
    "see [link](http://x) and ![img](http://x/i.png)",
    "line one\nline two\r\nline three\u2028four",
    "**bold** _em_ ~~gone~~",
    "already escaped \\| pipe and \\\\| pipe after a backslash",
    "&lt;b&gt; an entity and <!-- a comment -->",
    "control\u0000chars\u0007here\u001b[31m",
  ];

  it.each(hostile)("keeps %j inside one table cell", (text) => {
    const cell = escapeMarkdown(text);
    expect(unescapedPipes(cell)).toBe(0);
    expect(cell).not.toMatch(/[<>\n\r\u2028\u2029]/);
    expect(cell).not.toMatch(/(?<!\\)(?:\\\\)*[`[\]$*_~]/);
    expect(cell).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const row = `| ${cell} | next |`;
    expect(unescapedPipes(row)).toBe(3);
  });

  it.each([
    ["a | b", "a \\| b"],
    ["`x`", "\\`x\\`"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["$x$", "\\$x\\$"],
    ["[link](http://x)", "\\[link\\](http://x)"],
    ["one\ntwo", "one two"],
    ["AT&T", "AT&amp;T"],
    ["back\\slash", "back\\\\slash"],
    ["营收 2,134 亿美元, ok", "营收 2,134 亿美元, ok"],
  ])("escapes %j as %j", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe("markdownLink", () => {
  it("links http and https URLs", () => {
    expect(markdownLink("Amazon", "https://ir.aboutamazon.com/news")).toBe("[Amazon](https://ir.aboutamazon.com/news)");
    expect(markdownLink("Wire", "HTTP://example.com/a")).toBe("[Wire](HTTP://example.com/a)");
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd", "//example.com", "https://exa mple.com"])(
    "refuses %j and gives the label alone",
    (url) => {
      expect(markdownLink("A [label]", url)).toBe("A \\[label\\]");
    },
  );

  it("gives the escaped label alone when there is no URL", () => {
    expect(markdownLink("Test | Wire", undefined)).toBe("Test \\| Wire");
  });

  it("encodes characters that could end the link target or break the row", () => {
    const link = markdownLink("x", "https://example.com/a_(b)|c\"d'e`f<g>\\h");
    expect(link).toBe("[x](https://example.com/a_%28b%29%7Cc%22d%27e%60f%3Cg%3E%5Ch)");
    expect(unescapedPipes(link)).toBe(0);
  });

  it("escapes the label", () => {
    expect(markdownLink("<b>*Wire*</b>", "https://example.com")).toBe("[&lt;b&gt;\\*Wire\\*&lt;/b&gt;](https://example.com)");
  });
});

describe("annotation escaping", () => {
  it("escapes %, CR and LF in data", () => {
    expect(escapeAnnotationData("100% sure\r\nnext line\nlast")).toBe("100%25 sure%0D%0Anext line%0Alast");
    expect(escapeAnnotationData("a: b, c")).toBe("a: b, c");
  });

  it("also escapes colon and comma in properties", () => {
    expect(escapeAnnotationProperty("facts/a,b.yaml:12")).toBe("facts/a%2Cb.yaml%3A12");
    expect(escapeAnnotationProperty("title: 5%, new\nline")).toBe("title%3A 5%25%2C new%0Aline");
  });

  it("escapes % first, so an escape in the input is not decoded", () => {
    expect(escapeAnnotationData("%0A")).toBe("%250A");
    expect(escapeAnnotationProperty("%3A")).toBe("%253A");
  });

  it("leaves no newline and no :: to end the command early", () => {
    const property = escapeAnnotationProperty("file::x\n::error::forged");
    expect(property).not.toMatch(/[\r\n:,]/);
    expect(escapeAnnotationData("x\n::error::forged")).not.toMatch(/[\r\n]/);
  });
});
