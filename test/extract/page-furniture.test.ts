import { describe, expect, it } from "vitest";
import { blankPageFurniture, isByline } from "../../src/extract/page-furniture.js";

describe("blankPageFurniture", () => {
  it("blanks a label's own line and the links listed under it, keeping every line's length", () => {
    const text = "Revenue rose 9%.\n\n**Also read:** [Rival's profit slumps 40%](https://x)\n\nRelated\n- [A 25% tariff](https://a)\n\n- Shares jump 12%\n\nMargins were 31%.";
    const blanked = blankPageFurniture(text);
    expect(blanked.split("\n").map((line) => line.length)).toEqual(text.split("\n").map((line) => line.length));
    expect(blanked).toContain("Revenue rose 9%.");
    expect(blanked).toContain("Margins were 31%.");
    expect(blanked).not.toMatch(/40%|25%|12%|Related/);
  });

  it.each([
    ["### 相关新闻\n1. 芯联科技净利下滑31%\n\n营收增长18%。", "营收增长18%。"],
    ["延伸阅读｜同行净利下滑31%\n营收增长18%。", "营收增长18%。"],
  ])("blanks Chinese labels: %s", (text, kept) => {
    const blanked = blankPageFurniture(text);
    expect(blanked).toContain(kept);
    expect(blanked).not.toContain("31%");
  });

  it.each(["Related-party sales rose 12%.", "Trending higher, shares rose 3%.", "Recommended by the board, a dividend of 12 cents."])("leaves a line whose word is no label: %s", (text) => {
    expect(blankPageFurniture(text)).toBe(text);
  });
});

// Hostile input: a draft pasted with thousands of blank lines. What is blanked is checked here; time on
// such input is measured in the bench (npm run bench:extract, adversarial texts), never here.
describe("runs of thousands of blank lines", () => {
  const blanks = (text: string) => " ".repeat(text.length);

  it.each(["\n", "  \n", "\n\u3000\n"])("blanks a label's line and the bullet under it across the runs, and nothing else (%j)", (end) => {
    const label = "**Also read:** [Rival's profit slumps 40%](https://x)";
    const item = "- Shares jump 12%";
    const run = end.repeat(3000);
    const text = `Revenue rose 9%.${run}${label}${run}${item}${run}Margins were 31%.`;
    expect(blankPageFurniture(text)).toBe(`Revenue rose 9%.${run}${blanks(label)}${run}${blanks(item)}${run}Margins were 31%.`);
  });

  it("blanks a label standing alone after a heading's mark left on the line above the run", () => {
    const run = "\n".repeat(4000);
    expect(blankPageFurniture(`#${run}Related${run}Margins were 31%.`)).toBe(`#${run}${blanks("Related")}${run}Margins were 31%.`);
  });

  it.each([
    ["no label", `Revenue rose 9%.${"\n".repeat(4000)}Margins were 31%.`],
    ["a label's words split by the run", `Revenue rose 9%.\nAlso${"\n".repeat(4000)}read\nMargins were 31%.`],
    ["line ends of every kind", `Revenue rose 9%.${"\r\n\r\u2028\u2029 \t".repeat(1000)}Margins were 31%.`],
  ])("leaves a text with %s as it is", (_, text) => {
    expect(blankPageFurniture(text)).toBe(text);
  });
});

describe("share-price widgets", () => {
  it.each([
    "> **HLBK** 52.87 ▼ -4.61 (-8.02%) · After hours · [Add to watchlist](https://example.com/w)",
    "雲崙 6829　412.5　▲15.5（+3.90%）　成交 12,046張",
    "> 高嶺紡織(02389)　0.830　+0.000 (0.00%)　市值 5.61億　[加入自選股]",
  ])("blanks %s", (line) => {
    expect(blankPageFurniture(`Revenue rose 9%.\n\n${line}\n\nMargins were 31%.`).trim()).toMatch(/^Revenue rose 9%\.\s+Margins were 31%\.$/);
  });

  it.each([
    "Shares closed at 412.5, up 15.5 (+3.90%), after the results.",
    "股价收报412.5元，涨15.5（+3.90%）",
    "- Shares: 52.87 ▼ -4.61 (-8.02%)",
    "| HLBK | 52.87 | -4.61 (-8.02%) |",
  ])("leaves a sentence, a bullet or a table row: %s", (line) => {
    expect(blankPageFurniture(line)).toBe(line);
  });

  it("blanks a widget a converter left as a table of one row and nothing under it", () => {
    const text = "营收增长9%。\n\n|澜音 LNYN|盘前 19.87|+0.87|+4.58%|\n|---|---|---|---|\n\n利润率31%。";
    const blanked = blankPageFurniture(text);
    expect(blanked.split("\n").map((line) => line.trim())).toEqual(["营收增长9%。", "", "", "", "", "利润率31%。"]);
  });

  it("leaves a table whose rows hold a change and a percent, and one whose first cell names no ticker", () => {
    const table = "| Revenue | 4,120 | +312 | +8.2% |\n|---|---|---|---|\n| EBIT | 610 | +40 | +7.0% |";
    expect(blankPageFurniture(table)).toBe(table);
    const header = "| 项目 | 19.87 | +0.87 | +4.58% |\n|---|---|---|---|";
    expect(blankPageFurniture(header)).toBe(header);
  });
});

describe("a site's promotions", () => {
  it.each(["点击上方蓝字「消费观察」关注我们，每天一篇深度拆解", "Sign up for our Markets Daily newsletter and get 30% off."])("blanks %s", (line) => {
    expect(blankPageFurniture(`Revenue rose 9%.\n${line}\nMargins were 31%.`)).toBe(`Revenue rose 9%.\n${" ".repeat(line.length)}\nMargins were 31%.`);
  });

  it("leaves a long sentence that happens to hold such words", () => {
    const line = `Subscribers rose 12% to 4.1 million after the company asked readers to sign up for its premium tier, which now accounts for a third of revenue and most of its growth.`;
    expect(blankPageFurniture(line)).toBe(line);
  });
});

describe("a 公众号's footer", () => {
  it("blanks a recommended list whose links open after a symbol, a call to tap 在看, and the read counts", () => {
    const text = "净利润增长12%。\n\n**往期推荐**\n\n👉 [价格战：9.9元还能撑多久？](https://mp.example.cn/a)\n▶ [拆解咖啡连锁](https://mp.example.cn/b)\n\n喜欢就点个「在看」吧\n\n阅读 2.3万　　赞 186　　在看 45";
    const blanked = blankPageFurniture(text);
    expect(blanked.split("\n")[0]).toBe("净利润增长12%。");
    expect(blanked.slice(text.indexOf("\n")).trim()).toBe("");
  });

  it("leaves a sentence that names readers or likes with figures", () => {
    const line = "平台月活跃用户达2.3亿，同比增长12%，评论数增长8%。";
    expect(blankPageFurniture(line)).toBe(line);
  });
});

describe("list items that are a link and nothing else", () => {
  it("blanks them, with or without a label over the list", () => {
    const text = "营收增长9%。\n\n- [本港10月餐飲收益按年跌3.1%](#)\n1. [Rival's profit slumps 40%](https://example.com/a)\n\n利润率31%。";
    expect(blankPageFurniture(text).split("\n").map((line) => line.trim())).toEqual(["营收增长9%。", "", "", "", "", "利润率31%。"]);
  });

  it("leaves an item that says more than its link", () => {
    const line = "- [Harbour Foods](https://example.com/h) lifted revenue 12% to $1.2 billion";
    expect(blankPageFurniture(line)).toBe(line);
  });
});

describe("isByline", () => {
  it("reads a short line with a date or a time and a byline's word or separators as a byline", () => {
    for (const line of ["Marta Quell, Markets reporter | Tuesday 9 December 2025, 4.58pm", "Owen Brisk | Columnist | Feb 18, 2026 – 6.30pm", "**Pit Lane** | Sal Oduya | February 19, 2026 — 6.30pm", "本报记者 程一舟 | 2025-10-29 10:15 | 来源：市场周刊", "By Ada Venn, Retail Correspondent | Thursday 13 November 2025, 07:30 GMT"]) {
      expect(isByline(line)).toBe(true);
    }
  });
  it("reads no sentence, table row or figure's line as one", () => {
    for (const line of ["The results were published on Feb 18, 2026 at 6.30pm by the company.", "Revenue for the quarter to Sept. 30, 2025 rose to $4.2 billion.", "| Q3 2025 | Revenue | 812 |", "For 2026, management guided NIM to between 1.95% and 2.05%."]) {
      expect(isByline(line)).toBe(false);
    }
  });
});
