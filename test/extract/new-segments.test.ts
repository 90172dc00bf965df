import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { proposeFactFile } from "../../src/extract/fact-file.js";
import { segmentAliases } from "../../src/extract/new-segments.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const article = (title: string, body: string) => `---\ntitle: "${title}"\ndate: "2026-03-02"\n---\n${body}\n`;
/** Each fact's value and the name of its segment (a new segment's phrase, or a known segment's id). */
const segmentNameByValue = (extraction: ReturnType<typeof extractFacts>): Record<string, string> => {
  const names = Object.fromEntries(extraction.newSegments.map((segment) => [segment.id, segment.name]));
  return Object.fromEntries(extraction.facts.map((fact) => [fact.value, names[fact.segment] ?? fact.segment]));
};

describe("segments the taxonomy does not know", () => {
  it("keeps a figure on the business its clause names, never on the total", () => {
    const extraction = extractFacts(article("星河电子第四季度业绩", "星河电子的卫星通信业务营收为 12 亿美元，同比增长 30%。"), taxonomy);
    expect(extraction.newSegments).toHaveLength(1);
    const [segment] = extraction.newSegments;
    expect(segment).toMatchObject({ name: "卫星通信业务", entity: extraction.entity });
    expect(segment!.id).toMatch(/^seg_[0-9a-f]{8}$/);
    expect(extraction.facts.map((fact) => fact.segment)).toEqual([segment!.id, segment!.id]);
  });

  it("reads an English segment by its capitalised name", () => {
    const extraction = extractFacts(article("Gizmo Robotics posts record quarter", "Revenue in the Industrial Automation segment rose to $400 million."), taxonomy);
    expect(extraction.newSegments.map((segment) => segment.id)).toEqual(["industrial_automation_segment"]);
  });

  it("reads a business's share of the whole after any hedge the lexicon knows (less than, just over)", () => {
    for (const hedge of ["less than", "just over", "roughly"]) {
      const extraction = extractFacts(article("Gizmo Robotics Q4 results", `Gizmo Robotics reported revenue of $2.2 billion. Field Services accounted for ${hedge} 10% of revenue.`), taxonomy);
      expect(extraction.facts.find((fact) => fact.measure === "share")?.segment, hedge).toBe("field_services");
    }
  });

  it("keeps a brand in quotes as a business, with a quarter or 平均 before the metric's word, and in a list item's label", () => {
    const extraction = extractFacts(article("栖岚科技三季度", "栖岚科技第三季度总收入186亿元。\n\n栖岚旗下短视频应用“拾光”第三季度平均月活跃用户3.12亿。\n\n- 电商平台“栖岚小铺”GMV：412亿元"), taxonomy);
    const names = new Map(extraction.newSegments.map((segment) => [segment.id, segment.name]));
    expect(extraction.facts.map((fact) => [fact.value, names.get(fact.segment) ?? fact.segment])).toEqual([["186", "total"], ["3.12", "拾光"], ["412", "栖岚小铺"]]);
  });

  it("keeps a quoted brand in a list item's label for the change in brackets after its figure", () => {
    const extraction = extractFacts(article("栖岚科技三季度", "栖岚科技第三季度总收入186亿元。\n\n- 电商平台“栖岚小铺”GMV：412亿元（同比+35%）"), taxonomy);
    const [, level, change] = extraction.facts;
    expect(change).toMatchObject({ measure: "yoy", value: "35", segment: level!.segment });
    expect(level!.segment).not.toBe("total");
  });

  it("reads a list item's label ending in -ed as a business when the word names a kind of business (Branded, Licensed), not when it qualifies the figure (Adjusted)", () => {
    const extraction = extractFacts(article("Brambleton Foods half-year", "Brambleton Foods said revenue rose 5.8% to £642.3m.\n\n- Branded sales: £154.3m (+15.1%)\n- Licensed revenue: £12.1m (+2.0%)\n- Adjusted revenue: £650.0m"), taxonomy);
    expect(extraction.facts.map((fact) => [fact.value, fact.segment])).toEqual([["5.8", "total"], ["642.3", "total"], ["154.3", "branded"], ["15.1", "branded"], ["12.1", "licensed"], ["2.0", "licensed"], ["650.0", "total"]]);
  });

  it("proposes a fact file that validates on the new segment", () => {
    const extraction = extractFacts(article("Gizmo Robotics posts record quarter", "Revenue in the Industrial Automation segment rose to $400 million."), taxonomy);
    const proposed = proposeFactFile(extraction, { id: "gizmo-test" }, taxonomy);
    expect(proposed.rejected).toEqual([]);
    expect(proposed.facts[0]!.segment).toBe("industrial_automation_segment");
  });

  it("leaves words that name no business alone (该业务, core business), and known segments known", () => {
    expect(extractFacts(article("星河电子第四季度业绩", "星河电子的核心业务营收为 12 亿美元。"), taxonomy).newSegments).toEqual([]);
    expect(extractFacts("亚马逊的AWS业务营收为 300 亿美元。", taxonomy, { date: "2026-02-06" }).facts[0]!.segment).toBe("aws");
  });

  it("takes no word that opens an English sentence for a business: Its, Preliminary (after a word for a breakdown too)", () => {
    const extraction = extractFacts(article("Gizmo Robotics Q3 profit rises", "Gizmo Robotics gave no breakdown by division. Preliminary sales rose 4.1% to $2.2 billion. Its shares rose 1.9% in early trade."), taxonomy);
    expect(extraction.newSegments).toEqual([]);
    expect(extraction.facts.every((fact) => fact.segment === "total")).toBe(true);
  });

  it("takes no word for the company itself (the bank, the retailer) for a business; bought back is a buyback", () => {
    const extraction = extractFacts(article("Gizmo Bancorp Q3", "Gizmo Bancorp's net income rose 5%. The bank bought back $120 million of its shares."), taxonomy);
    expect(extraction.newSegments).toEqual([]);
    expect(extraction.facts.find((fact) => fact.value === "120")).toMatchObject({ segment: "total", metric: "share_repurchases" });
  });
  it("takes a known company's word for its business as the story's company's own business, and keeps it known for that company", () => {
    // 订阅业务 is a segment word of a company the taxonomy knows; in a story about another company it names that company's own business.
    const extraction = extractFacts(article("凯屿软件第三季获利", "凯屿软件的云端订阅业务营收为 12 亿元。"), taxonomy);
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["云端订阅业务"]);
  });

  it("reads a name before a verb of bringing in, with the metric's word after the figure, and not the company's own name", () => {
    const named = extractFacts(article("Fernhill Insurance half-year results", "Commercial lines wrote £408 million of premiums."), taxonomy);
    expect(named.newSegments.map((segment) => segment.id)).toEqual(["commercial_lines"]);
    const own = extractFacts(article("Fernhill Insurance half-year results", "Fernhill generated £1.2 billion of premiums."), taxonomy);
    expect(own.newSegments).toEqual([]);
  });
  it("reads a heading that is a name alone, over a list of key figures, as the part those figures are of, for the list only", () => {
    const body = "Group revenue rose 4% to S$3.1 billion.\n\n**Personal Financial Services (PFS)**\n- Total income: S$1.22 billion (+7%)\n- Profit before tax: S$540 million (+9%)\n\n**Key Figures**\n- Net interest margin: 2.11%\n\n**Institutional Clients**\n- Total income: S$980 million (-3%)\n\nNet profit rose 6% to S$1.41 billion.";
    const extraction = extractFacts(article("Tanjong Mercantile Bank third-quarter results", body), taxonomy);
    const bySegment = Object.fromEntries(extraction.facts.map((fact) => [fact.value, fact.segment]));
    expect(bySegment).toMatchObject({ "1.22": "personal_financial_services", "540": "personal_financial_services", "980": "institutional_clients", "3.1": "total", "2.11": "total", "1.41": "total" });
  });
  it("reads the labels of a list whose title counts the businesses as parts (收入来自三块业务：), not a count of businesses in prose", () => {
    const body = "岚溪网络的收入来自三块业务：\n\n- 网络游戏：收入41.2亿元，同比增长12.5%\n- 本地生活：收入30.8亿元，同比增长6.6%\n\n两项业务的毛利率均有下滑，总毛利润同比增长9%。";
    const extraction = extractFacts(article("岚溪网络三季度收入增长", body), taxonomy);
    const byValue = segmentNameByValue(extraction);
    expect(byValue).toMatchObject({ "41.2": "网络游戏", "12.5": "网络游戏", "30.8": "本地生活", "9": "total" });
  });
  it("keeps one segment for a part the text names with and without its word for a part (文旅演艺 and 文旅演艺板块)", () => {
    const body = "| 下游领域 | 第三季度收入（亿元） |\n|---|---|\n| 文旅演艺 | 6.12 |\n| 本地生活 | 4.87 |\n\n文旅演艺板块收入6.12亿元，同比下降4.8%。";
    const extraction = extractFacts(article("岚溪网络三季度收入增长", body), taxonomy);
    const segments = extraction.facts.filter((fact) => fact.value === "6.12" || fact.value === "-4.8").map((fact) => fact.segment);
    expect(new Set(segments).size).toBe(1);
    expect(extraction.newSegments.filter((segment) => segment.name.startsWith("文旅演艺"))).toHaveLength(1);
  });
  it("reads a brand in quotes as the part that brings in the amount after a verb of bringing in (旗下品牌“雪岭”实现收入)", () => {
    const extraction = extractFacts(article("岚溪乳业前三季度", "旗下高端品牌“雪麓”实现收入42.6亿元，同比增长2.8%。"), taxonomy);
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["雪麓"]);
    expect(extraction.facts.find((fact) => fact.value === "42.6")?.segment).toBe(extraction.newSegments[0]!.id);
  });
  it("reads a list under 分品类看： as parts, and a table whose corner names two kinds of part (品牌/业务)", () => {
    const list = extractFacts(article("岚溪乳业前三季度", "分品类看：\n\n- 低温鲜奶：收入58.3亿元，同比增长2.7%\n- 婴童营养：收入17.6亿元，同比增长14.8%"), taxonomy);
    expect(segmentNameByValue(list)).toMatchObject({ "58.3": "低温鲜奶", "17.6": "婴童营养" });
    const table = extractFacts(article("岚溪汽车11月交付", "| 品牌/业务 | 11月交付（辆） | 同比 |\n|---|---|---|\n| 星垣 | 15,204 | +68.2% |\n| 岚途 | 6,482 | +30.6% |"), taxonomy);
    expect(segmentNameByValue(table)).toMatchObject({ "15,204": "星垣", "68.2": "星垣", "6,482": "岚途" });
  });
  it("reads a part a parts table names as that part where the prose names it after, but no catch-all row nor a name holding a metric's word", () => {
    const body = "| Segment | Revenue ($m) |\n|---|---|\n| Cloud platforms | 1,620 |\n| Passenger vehicles | 684 |\n| Other | 88 |\n\nCloud platforms now account for 57% of sales, up from 50% a year ago. Other income rose 3% to $12 million.\n\nThe company said other costs rose 5%.";
    const extraction = extractFacts(article("Quarrel Systems first-quarter results", body), taxonomy);
    const byValue = segmentNameByValue(extraction);
    expect(byValue).toMatchObject({ "1,620": "Cloud platforms", "57": "Cloud platforms", "50": "Cloud platforms" });
    expect(byValue["12"]).not.toBe("Other");
    // (The lexicons' catch_all_part: the Other row makes no part of the prose's "other costs".)
    expect(byValue["5"]).toBe("total");
  });
  it("reads a part a breakdown's list names as that part where the prose names it after", () => {
    const body = "分品类看：\n\n- 低温鲜奶：收入58.3亿元，同比增长2.7%\n- 婴童营养：收入17.6亿元，同比增长14.8%\n\n其中，婴童营养的毛利率为41.2%。";
    const extraction = extractFacts(article("岚溪乳业前三季度", body), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "17.6": "婴童营养", "41.2": "婴童营养" });
  });
  it("reads a change column headed \"Change from a year ago\" as this period's change, not the year-ago period's", () => {
    const table = "| Segment | Fiscal Q1 revenue | Change from a year ago |\n|---|---|---|\n| Data center | $1.62 billion | +41% |\n| Edge devices | $536 million | +15% |";
    const extraction = extractFacts(article("Quarrel Semiconductor first-quarter results", table), taxonomy);
    const revenue = extraction.facts.find((fact) => fact.value === "1.62")!;
    expect(extraction.facts.find((fact) => fact.value === "41")).toMatchObject({ measure: "yoy", period: revenue.period, segment: revenue.segment });
  });
  it("reads a live blog's list title after its time stamp in bold (**12:15** 按地区划分：) as a breakdown's", () => {
    const body = "**12:05** 岚华珠宝公布中期业绩，营业额142.6亿港元。\n\n**12:15** 按地区划分：\n\n- 华东：营业额98.4亿港元（按年+12.1%）\n- 华南：营业额44.2亿港元（按年+5.0%）";
    const extraction = extractFacts(article("岚华珠宝中期业绩直播", body), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "142.6": "total", "98.4": "华东", "12.1": "华东", "44.2": "华南" });
  });
  it("reads the other names a text gives a part as that part", () => {
    expect([...segmentAliases("Digital, which executives on the call kept calling \"the direct business\", grew.")]).toEqual([["direct", "Digital"]]);
    expect([...segmentAliases("汽车电子板块（公司内部称\"车规事业部\"）收入4.87亿元。在线营销服务即广告业务，占比43.9%。")]).toEqual([
      ["车规", "汽车电子板块"],
      ["广告", "在线营销服务"],
    ]);
    const body = "| 分部 | 收入（亿元） |\n|---|---|\n| 文旅演艺 | 6.12 |\n| 本地生活 | 4.87 |\n\n文旅演艺板块（公司内部称\"演艺事业部\"）的毛利率为31.5%。演艺事业部收入同比增长8.2%。";
    const extraction = extractFacts(article("岚溪网络三季度收入增长", body), taxonomy);
    const bySegment = new Set(extraction.facts.filter((fact) => ["6.12", "31.5", "8.2"].includes(fact.value)).map((fact) => fact.segment));
    expect(bySegment.size).toBe(1);
  });
  it("reads no Chinese heading of a report's own words as a part (要点), but one that ends with a word for a business", () => {
    const body = "## 要点\n\n- 总营收：86.4亿元，同比增长14.1%\n\n## 消费金融业务\n\n- 营收：12.6亿元，同比增长8.2%";
    const extraction = extractFacts(article("岚昇科技三季度营收增长14%", body), taxonomy);
    const byValue = Object.fromEntries(extraction.facts.map((fact) => [fact.value, fact.segment]));
    expect(byValue["86.4"]).toBe("total");
    expect(extraction.newSegments.find((segment) => segment.id === byValue["12.6"])?.name).toBe("消费金融业务");
  });
  it("reads an end-market table's rows as parts (下游领域), and a row of the whole's total (集团合计) as the whole", () => {
    const table = "| 下游领域 | 第三季度收入（亿元） | 同比 |\n|---|---|---|\n| 文旅演艺 | 6.12 | -4.8% |\n| 本地生活 | 4.87 | 41.2% |\n| 集团合计 | 10.99 | 9.1% |";
    const extraction = extractFacts(article("岚溪网络三季度收入增长", table), taxonomy);
    const byValue = segmentNameByValue(extraction);
    expect(byValue).toMatchObject({ "6.12": "文旅演艺", "41.2": "本地生活", "10.99": "total", "9.1": "total" });
  });
  it("reads a parts table's row label as the part though it holds a metric's word, and a bare growth column as the change of the metric to its left", () => {
    const table = "Results by segment:\n\n| Segment | Revenue (₹ crore) | YoY growth | EBIT (₹ crore) |\n|---|---|---|---|\n| Passenger vehicles | 12,310 | 8.4% | 902 |\n| Tractors | 4,105 | -2.6% | 388 |";
    const extraction = extractFacts(article("Kaveri Auto second-quarter results", table), taxonomy);
    const byValue = Object.fromEntries(extraction.facts.map((fact) => [fact.value, [fact.segment, fact.metric, fact.measure ?? "level"]]));
    expect(byValue["12,310"]).toEqual(["passenger_vehicles", "revenue", "level"]);
    expect(byValue["8.4"]).toEqual(["passenger_vehicles", "revenue", "yoy"]);
    expect(byValue["902"]).toEqual(["passenger_vehicles", "operating_income", "level"]);
    expect(byValue["-2.6"]).toEqual(["tractors", "revenue", "yoy"]);
  });
  it("gives a new segment whose id the taxonomy already uses for another company's the company's id in front, so the proposed file loads", () => {
    // `automotive` is a segment of a company the taxonomy knows; a story's own "Automotive" row is another company's part.
    const table = "Quarter revenue by segment ($ in millions):\n\n| Segment | Q4 FY25 |\n|---|---|\n| Automotive | 288.1 |\n| Mobile | 612.4 |";
    const extraction = extractFacts(article("Quarrel Semiconductor fourth-quarter results", table), taxonomy);
    const proposed = proposeFactFile(extraction, { id: "quarrel-test" }, taxonomy);
    expect(proposed.rejected).toEqual([]);
    expect(extraction.newSegments.map((segment) => segment.id)).toContain(`${extraction.entity.toLowerCase()}_automotive`);
  });
  it("leaves a company's name run into a business's name off the business (恒岳乳业奶粉业务, 恒岳奶粉业务), in full or short", () => {
    for (const opening of ["恒岳乳业", "恒岳"]) {
      const extraction = extractFacts(article("恒岳乳业三季度业绩", `恒岳乳业三季度营收30亿元。${opening}奶粉业务收入7.8亿元，占比26%。`), taxonomy);
      expect(segmentNameByValue(extraction)).toMatchObject({ "30": "total", "7.8": "奶粉业务", "26": "奶粉业务" });
    }
    // (A business named with no company's name before it keeps its whole name.)
    expect(segmentNameByValue(extractFacts(article("恒岳乳业三季度业绩", "恒岳乳业三季度营收30亿元。婴幼儿奶粉业务收入7.8亿元。"), taxonomy))["7.8"]).toBe("婴幼儿奶粉业务");
  });
  it("reads a name after 其中 right before the figure as a part of the whole before it (其中新能源车26.8万辆), and no period or amount there", () => {
    const parts = segmentNameByValue(extractFacts(article("灿星汽车三季度销量", "灿星汽车第三季度销量41.2万辆，其中新能源车26.8万辆，占总销量的65.0%。灿星汽车第三季度营收412亿元，其中约20亿元来自海外。"), taxonomy));
    expect(parts).toMatchObject({ "41.2": "total", "26.8": "新能源车", "412": "total" });
    expect(parts["20"]).toBe("total");
    // (新 opens a part's name as any word does: 新能源车, 新业务, a segment some groups report by that name; new stores are no part.)
    const fresh = segmentNameByValue(extractFacts(article("澜序科技三季度业绩", "澜序科技三季度营收30亿元，其中新业务收入12亿元。新开门店贡献收入3亿元。"), taxonomy));
    expect(fresh).toMatchObject({ "30": "total", "12": "新业务", "3": "total" });
  });
  it("reads a region's market with a period between it and the metric's word as a part (美国市场第三季营收)", () => {
    const parts = segmentNameByValue(extractFacts(article("麟茂医疗第三季业绩", "麟茂医疗第三季营收12亿元。美国市场第三季营收年增35%，日本市场上半年收入年减4%。"), taxonomy));
    expect(parts).toMatchObject({ "12": "total", "35": "美国", "-4": "日本" });
  });
  it("reads no period's words as a business (September-quarter), and a business a period opens without the period (前三季度电力业务)", () => {
    const en = extractFacts(article("Harnwick Auto Components results", "Harnwick Auto Components on Friday posted a 27% rise in September-quarter net profit."), taxonomy);
    expect(segmentNameByValue(en)["27"]).toBe("total");
    const zh = extractFacts(article("岭澜能源三季报", "岭澜能源前三季度营收900亿元。电力板块成为亮点。前三季度电力业务营收386.5亿元，同比增长9.7%。"), taxonomy);
    expect(segmentNameByValue(zh)).toMatchObject({ "900": "total", "386.5": "电力业务", "9.7": "电力业务" });
  });
  it("reads the name opening a clause before the top line's word, after the sentence gave the whole, as a part (营收30亿元，奶粉收入7.8亿元)", () => {
    const parts = segmentNameByValue(extractFacts(article("恒岳乳业三季度业绩", "恒岳乳业三季度营收30亿元，奶粉收入7.8亿元，液态奶收入15亿元。"), taxonomy));
    expect(parts).toMatchObject({ "30": "total", "7.8": "奶粉", "15": "液态奶" });
    // Not a profit's or a dividend's kind (基础溢利, 中期息), nor a period's word (上年同期, 前三季度累计).
    const kinds = segmentNameByValue(extractFacts(article("恒岳地产全年业绩", "恒岳地产全年纯利30亿元，基础溢利28亿元。第三季度营收10亿元，前三季度累计营收27亿元，上年同期收入25亿元。"), taxonomy));
    expect(kinds).toMatchObject({ "30": "total", "28": "total", "10": "total", "27": "total", "25": "total" });
  });

  it("reads a paragraph's bold lead-in that names a part as that paragraph's part, in both languages", () => {
    const english = extractFacts(article("Fennimore Foods results", "Fennimore Foods said quarterly revenue rose 5% to $2.2 billion.\n\n**Confectionery.** Revenue rose 8% to $910 million, and operating profit was $151 million.\n\n**Pet Care:** Sales slipped 1% to $640 million."), taxonomy);
    expect(segmentNameByValue(english)).toMatchObject({ "2.2": "total", "910": "Confectionery", "151": "Confectionery", "640": "Pet Care" });
    const chinese = extractFacts(article("岫岭食品三季度", "岫岭食品第三季度营收42.1亿元，同比增长7%。\n\n**冷链物流业务：**收入9.6亿元，同比增长15%。"), taxonomy);
    expect(segmentNameByValue(chinese)).toMatchObject({ "42.1": "total", "9.6": "冷链物流业务" });
  });

  it("reads no part from a lead-in that is a rubric, a speaker or a company in a round-up", () => {
    const rubric = extractFacts(article("Fennimore Foods preview", "Fennimore Foods reports on Thursday.\n\n**Growth.** Fennimore opened 40 stores in 2025.\n\n**Revenue.** Analysts expect revenue of $2.3 billion."), taxonomy);
    expect(rubric.newSegments).toEqual([]);
    const call = extractFacts(article("Fennimore Foods call", "Fennimore Foods held its call on Thursday.\n\n**Dana Whitcombe, CFO:** \"We expect margins of 18% next year.\"\n\n**Whitcombe:** We repurchased $150 million of stock in the quarter."), taxonomy);
    expect(call.newSegments).toEqual([]);
    const roundup = extractFacts(article("Three reporters on a busy Friday", "Three companies reported on Friday.\n\n**Tarrow Shipping.** The Oslo tanker owner earned $310 million in the quarter.\n\n**Pellbrook Retail.** The Leeds-based retailer's sales rose 4% to £1.2bn."), taxonomy);
    expect(roundup.newSegments.map((segment) => segment.name)).toEqual([]);
    // (With a story company, a lead-in whose paragraph opens by describing a firm is another company.)
    const peer = extractFacts(article("Fennimore Foods results", "Fennimore Foods said quarterly revenue rose 5% to $2.2 billion.\n\n**Tarrow Shipping.** The Oslo tanker owner, a Fennimore supplier, earned $310 million in the quarter."), taxonomy);
    expect(peer.newSegments.map((segment) => segment.name)).not.toContain("Tarrow Shipping");
  });

  it("reads a name set off as a part (\"X, the smaller arm that…,\") and an abbreviation before a part's word", () => {
    const extraction = extractFacts(article("Granholt results", "Granholt said sales rose 3% to £1.4bn in 2025. The repair and maintenance (RMI) division grew revenue 6.1% to £850m. Pump Systems, the smaller arm that makes valves for utilities, grew revenue by 4% to £280m. Bakery, the largest unit, lifted sales 9% to £410m."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "1.4": "total", "850": "RMI division", "280": "Pump Systems", "410": "Bakery" });
  });

  it("reads \"its X arm\" as the part X, with no verb in its name", () => {
    const extraction = extractFacts(article("Quillane Foods results", "Quillane Foods said quarterly revenue rose 6% to $2.41 billion. Its frozen arm grew sales by 4% to $510 million."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "2.41": "total", "510": "frozen arm" });
  });

  it("reads a Chinese business group (BG, BU) as a part, never the BU inside a word in capitals", () => {
    const extraction = extractFacts(article("岚舟科技三季度", "岚舟科技第三季度营收18.6亿元。企业服务BG收入5.1亿元，同比下降3%。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "18.6": "total", "5.1": "企业服务BG" });
    const capitals = extractFacts(article("Kestrow results", "KESTROW SAID NET INCOME ATTRIBUTABLE TO SHAREHOLDERS ROSE 5% TO $2 BILLION."), taxonomy);
    expect(capitals.newSegments).toEqual([]);
  });

  it("names no part by what is left out (剔除X业务后) and points 该业务 back at the part before it in the sentence", () => {
    const extraction = extractFacts(article("岚舟科技三季度", "岚舟科技第三季度营收18.6亿元，同比增长12%。智能终端事业群收入9.2亿元，同比增长18%；该业务毛利率为22.5%。剔除汽车电子业务后，公司营收同比增长15%。"), taxonomy);
    const names = segmentNameByValue(extraction);
    expect(names).toMatchObject({ "9.2": "智能终端事业群", "22.5": "智能终端事业群" });
    expect(extraction.newSegments.map((segment) => segment.name)).not.toContain("剔除汽车电子业务");
  });

  it("reads a list's labels as parts though they hold a metric's word when the list's title names the metric, and a catch-all item among parts as a part", () => {
    const extraction = extractFacts(article("Kovalam Motors second quarter", "Kovalam Motors said revenue for the quarter rose 11% to ₹18,600 crore.\n\n**Segment revenue (Q2, YoY change)**\n\n- Passenger vehicles: ₹10,200 crore (+14.2%)\n- Commercial vehicles: ₹5,900 crore (+4.1%)\n\nThe commercial vehicle unit had a tougher quarter. Its EBIT margin slipped to 7.8%. The group opened 12 dealerships."), taxonomy);
    const names = segmentNameByValue(extraction);
    expect(names).toMatchObject({ "18,600": "total", "10,200": "Passenger vehicles", "5,900": "Commercial vehicles", "7.8": "Commercial vehicles" });
    expect(names["12"]).not.toBe("Commercial vehicles");
    const chinese = extractFacts(article("郡森电机上半年", "郡森电机上半财年营收8,733亿日元，同比增长6.5%。\n\n## 三大事业本部表现分歧\n\n- 电子元件事业本部：营收3,105亿日元（+12.4%）\n- 汽车系统事业处：营收2,874亿日元（-3.1%）\n- 其他：营收707亿日元\n\n电子元件事业本部仍是最大的获利来源。该部门营业利益率为12.4%。"), taxonomy);
    expect(segmentNameByValue(chinese)).toMatchObject({ "8,733": "total", "3,105": "电子元件事业本部", "2,874": "汽车系统事业处", "707": "其他" });
    // (A catch-all label in a list of metrics is no part.)
    const metrics = extractFacts(article("郡森电机上半年", "郡森电机上半财年业绩：\n\n- 营收：8,733亿日元\n- 其他：收益12亿日元"), taxonomy);
    expect(metrics.newSegments).toEqual([]);
  });

  it("carries a part a paragraph's figureless first sentence opens with to the sentences after, not one it names in passing", () => {
    const opening = extractFacts(article("Kovalam Motors results", "Kovalam Motors said revenue rose 11% to $2.4 billion.\n\nThe Marine Engines division had a tougher quarter. Revenue fell 3% to $410 million."), taxonomy);
    expect(segmentNameByValue(opening)).toMatchObject({ "2.4": "total", "410": "Marine Engines division" });
    const passing = extractFacts(article("Kovalam Motors results", "Kovalam Motors said revenue rose 11% to $2.4 billion.\n\nAnalysts had worried about the Marine Engines division. Revenue for the group rose 2% in the half."), taxonomy);
    expect(segmentNameByValue(passing)["2"]).toBe("total");
  });

  it("reads a section heading that can only name a part (a region, a proper name, a name closed by a part's word) as the part of the prose under it", () => {
    const extraction = extractFacts(article("Pellmarsh half-year results", "Pellmarsh Stores said revenue for the half rose 4% to £1.84bn.\n\n### International\n\nThe arm, with 46 shops in Ireland, grew revenue 6.7 per cent to £238m.\n\n### Margins Under Pressure\n\nGross margin fell 40 basis points to 38.1%.\n\n### Players\n\nMonthly active users rose to 5.6 million."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "1.84": "total", "238": "International", "38.1": "total", "5.6": "total" });
    const generic = extractFacts(article("锦园服务中期业绩", "锦园服务上半年收入40.2亿元。\n\n### 业务板块\n\n物业管理收入28.3亿元，同比增长12.6%。"), taxonomy);
    expect(generic.newSegments.map((segment) => segment.name)).not.toContain("业务板块");
  });

  it("reads a part after a company's possessive (\"Pellmarsh's international arm\")", () => {
    const extraction = extractFacts(article("Pellmarsh results", "Pellmarsh Stores said revenue for the half rose 4% to £1.84bn. Pellmarsh's international arm grew revenue 6.7 per cent to £238m."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "1.84": "total", "238": "international arm" });
  });

  it("reads a part's other name given with 下称, a one-character name at a clause's start (云业务), and no breakdown's or cause's words as one (分业务看, 以业务别, 受产品)", () => {
    const extraction = extractFacts(article("翠衡科技三季度", "翠衡科技第三季度营收521亿元。分业务看，智能云事业群（下称“云业务”）本季度收入78.6亿元。盈利方面，云业务经营利润率为8.3%。以业务别来看，受产品报价走跌影响，物流板块收入12.1亿元。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "521": "total", "78.6": "智能云事业群", "8.3": "智能云事业群", "12.1": "物流板块" });
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["智能云事业群", "物流板块"]);
  });

  it("lets a sentence's own part stand over the part its section heading names, and points 该业务 back at it", () => {
    const extraction = extractFacts(article("翠衡科技三季度", "翠衡科技第三季度营收521亿元。\n\n## 广告业务承压\n\n数字营销事业群本季度收入142.7亿元，同比下降2%。该业务经营利润为31.5亿元。\n\n企业软件BG收入41.5亿元，同比增长12%。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "521": "total", "142.7": "数字营销事业群", "31.5": "数字营销事业群", "41.5": "企业软件BG" });
  });

  it("reads a lead-in's part name in sentence case, but not a question or a report's rubric", () => {
    const extraction = extractFacts(article("Gelang Bank third quarter", "Gelang Bank said total income rose 2 per cent to S$3.05 billion.\n\n**Consumer banking and wealth.** Total income at the division rose 6 per cent to S$1.31 billion.\n\n**What the Street expects:** Analysts expect total income of S$3.1 billion.\n\n**Cash flow.** Operating cash flow was S$1.2 billion."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "3.05": "total", "1.31": "Consumer banking and wealth", "3.1": "total" });
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["Consumer banking and wealth"]);
  });

  it("reads a breakdown by kind of policy (分险种看) as a breakdown, and no 即 in a part's name", () => {
    const extraction = extractFacts(article("梵桥保险前三季度", "梵桥保险前三季度营收2,310亿元。旗下梵桥财险（即财险板块）前三季度实现保费收入1,024亿元。\n\n分险种看，车险保费收入612亿元，同比增长3.1%；非车险保费收入412亿元。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "2,310": "total", "1,024": "财险板块", "612": "车险", "412": "非车险" });
  });

  it("reads a part that grows, with its name before an aside of what it sells, as the part's revenue and its level after 'to'", () => {
    const extraction = extractFacts(article("Bexford Devices results", "Bexford Devices said revenue rose 14% to $2.41 billion. The Data Center & Networking segment, which sells power-management and timing chips used in AI servers, grew 41% to $884 million."), taxonomy);
    const facts = extraction.facts.filter((fact) => fact.segment !== "total").map((fact) => [fact.metric, fact.measure, fact.value]);
    expect(facts).toEqual([["revenue", "yoy", "41"], ["revenue", "level", "884"]]);
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["Data Center & Networking segment"]);
  });

  it("reads the percent cells of a table whose caption says they are shares as shares", () => {
    const extraction = extractFacts(article("敦耀科技11月营收", "敦耀科技今日公布11月合并营收412.6亿元。\n\n敦耀各产品线占营收比重如下：\n\n| 产品线 | 10月 | 11月 |\n|---|---|---|\n| 云端服务器 | 59% | 62% |\n| 网通设备 | 20% | 18% |"), taxonomy);
    expect(extraction.facts.filter((fact) => fact.unit === "percent").map((fact) => fact.measure)).toEqual(["share", "share", "share", "share"]);
  });

  it("keeps a business that opens its sentence before 受…拖累 as the sentence's part, the cause being what follows 受", () => {
    const extraction = extractFacts(article("郡森电机上半年", "郡森电机上半财年营收8,733亿日元。\n\n汽车系统事业本部则受欧洲与中国车市疲弱拖累，营收同比下降3.1%，营业利益率仅3.3%。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "8,733": "total", "-3.1": "汽车系统事业本部", "3.3": "汽车系统事业本部" });
  });

  it("reads a bank's fees by kind (cash management fees, 手续费收入) as its fee income", () => {
    const extraction = extractFacts(article("Gelang Bank third quarter", "Gelang Bank said total income rose 2 per cent to S$3.05 billion, while cash management fees rose 11 per cent to S$104 million."), taxonomy);
    expect(extraction.facts.filter((fact) => fact.value === "104").map((fact) => fact.metric)).toEqual(["net_fee_income"]);
  });

  it("reads a list under '### By banner' as the company's parts", () => {
    const extraction = extractFacts(article("Crowmarsh half-year", "Crowmarsh Group said revenue rose 4.2 per cent to £1.84bn in the six months to 30 September.\n\n### By banner\n\n- Fairlop: £604m (+8.9%)\n- Gaddesby Home: £324m (+3.5%)"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "1.84": "total", "604": "Fairlop", "324": "Gaddesby Home" });
  });

  it("reads a table whose corner is 'Vertical' as a table of parts, and an 'LFL' column as like-for-like sales", () => {
    const verticals = extractFacts(article("Jharwal Infotech second quarter", "Jharwal Infotech said revenue rose 7% to ₹10,450 crore in the quarter.\n\n| Vertical | Q2 revenue (₹ crore) | YoY growth (%) |\n|---|---|---|\n| BFSI | 3,658 | 11.2 |\n| Healthcare | 1,463 | 9.8 |"), taxonomy);
    expect(segmentNameByValue(verticals)).toMatchObject({ "10,450": "total", "3,658": "BFSI", "1,463": "Healthcare" });
    const lfl = extractFacts(article("Halbury interims", "Halbury said first-half revenue rose 6% to £412m.\n\n| Division | H1 revenue | LFL |\n|---|---|---|\n| Garden | £251.3m | +2.9% |"), taxonomy);
    expect(lfl.facts.filter((fact) => fact.value === "2.9").map((fact) => fact.metric)).toEqual(["same_store_sales"]);
  });

  it("reads no part from the apposition that says what the story's company is", () => {
    const extraction = extractFacts(article("Halbury interims", "Halbury, the garden centre and homewares group, reported a 6.0% rise in first-half revenue to £412m.\n\n| Division | H1 revenue | Change |\n|---|---|---|\n| Garden | £251.3m | +2.9% |"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "412": "total", "6.0": "total", "251.3": "Garden" });
  });

  it("ends a paragraph's part where a sentence speaks for the whole company: its officer, or its own name", () => {
    const text = article("Gannmoor Systems first quarter", "Gannmoor Systems said revenue rose 14% to $1.84 billion.\n\n| Segment | Revenue |\n|---|---|\n| Semiconductor test | $1,262 million |\n\nSemiconductor test, which sells systems that check chips, was again the driver. Chief executive Lorna Pettigrew said orders in the quarter reached $2.05 billion. Gannmoor Systems had about 9,800 employees at the end of September.");
    const names = segmentNameByValue(extractFacts(text, taxonomy));
    expect(names).toMatchObject({ "1,262": "Semiconductor test", "2.05": "total", "9,800": "total" });
  });
  it("reads a figure whose sentence goes on to give its share of the whole as a part's, and that share and the next clause as the same part's", () => {
    // (A metric's word inside the name, 芯片, is the product's: 模拟芯片收入 is revenue from chips.)
    const chips = segmentNameByValue(extractFacts(article("澄屿微电子2025年业绩", "澄屿微电子全年营收58亿元。模拟芯片收入21.4亿元，同比增长63%，占总营收的比重由上年的27.9%提升至36.9%。"), taxonomy));
    expect(chips).toMatchObject({ "58": "total", "21.4": "模拟芯片", "63": "模拟芯片", "27.9": "模拟芯片", "36.9": "模拟芯片" });
    const stores = segmentNameByValue(extractFacts(article("禾曜茶饮上半年业绩", "禾曜茶饮上半年营收38亿元。加盟商收入29.7亿元，占比达到78.2%。"), taxonomy));
    expect(stores).toMatchObject({ "38": "total", "29.7": "加盟商", "78.2": "加盟商" });
    // (A dividend's share of profit is its payout, no part's share: the dividend stays the company's.)
    const dividend = extractFacts(article("衡川银行中期业绩", "衡川银行拟向全体股东每股派发现金红利0.18元，占归母净利润的比例约为30%。"), taxonomy);
    expect(dividend.facts.find((fact) => fact.value === "0.18")?.segment).toBe("total");
    // (Without a share after it, a figure's name that says nothing of what a business does stays no part.)
    expect(segmentNameByValue(extractFacts(article("澄屿微电子2025年业绩", "澄屿微电子公告，模拟芯片收入21.4亿元，同比增长63%。"), taxonomy))["21.4"]).toBe("total");
  });

  it("carries a part a clause names over the heading's part to the share after it in the sentence", () => {
    const parts = segmentNameByValue(extractFacts(article("岑溪乳业2025年业绩", "岑溪乳业全年营收61亿元。\n\n奶粉业务方面，婴幼儿配方奶粉收入18.2亿元，占该品类收入的61.5%，同比下降3.1%。"), taxonomy));
    expect(parts).toMatchObject({ "61": "total", "18.2": "婴幼儿配方奶粉", "61.5": "婴幼儿配方奶粉", "-3.1": "婴幼儿配方奶粉" });
    // (Not across a semicolon that opens another metric: the heading's part again.)
    const loss = segmentNameByValue(extractFacts(article("岑溪科技三季度", "岑溪科技三季度营收40亿元。海外业务收入19.1亿元，同比增长58%；经营亏损收窄至7.6亿元。"), taxonomy));
    expect(loss).toMatchObject({ "19.1": "海外业务", "58": "海外业务", "-7.6": "海外业务" });
  });
  it("reads a list whose items open with a share of the whole as a list of parts, under any heading, and a share in brackets with a year before as that part's a year back", () => {
    const text = article("Ormsby Ledger third quarter", "Ormsby Ledger said third-quarter revenue rose 9% to $410 million.\n\n## How the money came in\n\n- Hosted ledgers: 64% of revenue (58% a year ago)\n- Implementation: 11% of revenue, down 3 points\n\nThe company expects growth to slow.");
    const extraction = extractFacts(text, taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "410": "total", "64": "Hosted ledgers", "58": "Hosted ledgers", "11": "Implementation", "-3": "Implementation" });
    expect(extraction.facts.find((fact) => fact.value === "58")?.period).toBe("2024-Q3");
    // (A list of figures that are no shares keeps its labels' words to themselves: "- Revenue: $410 million".)
    const plain = segmentNameByValue(extractFacts(article("Ormsby Ledger third quarter", "Ormsby Ledger reported its third quarter.\n\n- Revenue: $410 million\n- Operating margin: 18% (16% a year ago)"), taxonomy));
    expect(plain).toMatchObject({ "410": "total", "18": "total", "16": "total" });
  });
  it("reads a customer group before a share's words as the part holding a share of revenue, not a count of customers", () => {
    const extraction = extractFacts(article("澄沐电气三季度", "澄沐电气前三季度营收52亿元。前五大客户合计占比为31.4%。新能源客户收入占比达到36%。工业客户贡献了约41%的收入，华北地区贡献了27.5%的收入。企业客户占客户总数的18%。"), taxonomy);
    const names = segmentNameByValue(extraction);
    expect(names).toMatchObject({ "52": "total", "31.4": "前五大客户", "36": "新能源客户", "41": "工业客户", "27.5": "华北地区" });
    const metricOf = (value: string) => extraction.facts.find((fact) => fact.value === value)?.metric;
    expect(["31.4", "36", "41", "27.5"].map(metricOf)).toEqual(["revenue", "revenue", "revenue", "revenue"]);
    // (Where the whole is customers again, the share is of customers.)
    expect(metricOf("18")).toBe("customers");
    // ("The top five customers": a group ranked by size, no count of five customers.)
    const english = extractFacts(article("Harwick Chemicals Q3", "Harwick Chemicals said revenue rose 8% to $900 million. The top five customers accounted for 37% of revenue, down from 41% a year earlier."), taxonomy);
    expect(english.facts.map((fact) => [fact.value, fact.metric])).toEqual([["8", "revenue"], ["900", "revenue"], ["37", "revenue"], ["41", "revenue"]]);
    expect(segmentNameByValue(english)).toMatchObject({ "37": "top five customers", "41": "top five customers" });
    // (A ranked group of anything else is still counted: "the top 50 cities".)
    const cities = extractFacts(article("Harwick Chemicals Q3", "Harwick Chemicals said revenue rose 8% to $900 million. It now serves the top 50 cities."), taxonomy);
    expect(cities.facts.find((fact) => fact.value === "50")?.metric).toBe("cities");
  });
  it("reads a list under a title that names the revenue's mix as parts' shares, with the year-before share in brackets", () => {
    const extraction = extractFacts(article("岭澄光学第三季", "岭澄光学第三季营收48亿元。\n\n岭澄第三季产品营收比重如下：\n\n- 安防镜头：33%（去年同期27%）\n- 投影镜头：19%（去年同期22%）\n\nRevenue mix in the quarter:\n\n- Hospitals: 44% (39% a year ago)\n- Clinics: 21%, up 2 points"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "48": "total", "33": "安防镜头", "27": "安防镜头", "19": "投影镜头", "44": "Hospitals", "39": "Hospitals", "21": "Clinics", "2": "Clinics" });
    const byValue = new Map(extraction.facts.map((fact) => [fact.value, fact]));
    expect(["33", "27", "19", "22", "44", "39", "21"].map((value) => byValue.get(value)?.measure)).toEqual(["share", "share", "share", "share", "share", "share", "share"]);
    expect([byValue.get("27")?.period, byValue.get("39")?.period, byValue.get("2")?.measure]).toEqual(["2024-Q3", "2024-Q3", "yoy_abs"]);
  });
  it("reads a name before a verb of being or bringing in, with a share of the whole after it, as the part; and 'accounted for the remaining 23%' as a share of revenue", () => {
    const extraction = extractFacts(article("Pellow Foods first half", "Pellow Foods said revenue rose 6% to £820 million. Bakery accounted for the remaining 23% or so, down from 26%. The UK remained the company's biggest market at 63% of revenue. Japan was at 31% of revenue. Frozen meals were 38% of revenue. Cheese also generated 41 per cent of group EBITDA."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "820": "total", "23": "Bakery", "26": "Bakery", "63": "UK", "31": "Japan", "38": "Frozen meals", "41": "Cheese" });
    const byValue = new Map(extraction.facts.map((fact) => [fact.value, fact]));
    expect(["23", "26", "63", "38"].map((value) => [byValue.get(value)?.metric, byValue.get(value)?.measure])).toEqual([["revenue", "share"], ["revenue", "share"], ["revenue", "share"], ["revenue", "share"]]);
    expect(byValue.get("41")?.metric).toBe("ebitda");
    // (Without a whole after it, a verb of being names no part: "Its margin was 31%" is the company's.)
    expect(segmentNameByValue(extractFacts(article("Pellow Foods first half", "Pellow Foods said revenue rose 6% to £820 million. Its operating margin was 11%."), taxonomy))["11"]).toBe("total");
  });
  it("reads a heading that only names a mix (**产品结构**) as a breakdown's, over items that open with an amount", () => {
    const text = article("澜岳智控三季报", "澜岳智控前三季度营收39亿元。\n\n**产品结构**\n\n- 伺服系统：收入21.2亿元，占营收比重54%，同比增长24.3%\n- 变频器：收入10.4亿元，占比27%，同比增长12.6%\n\n公司预计全年营收增长两成。");
    expect(segmentNameByValue(extractFacts(text, taxonomy))).toMatchObject({ "39": "total", "21.2": "伺服系统", "54": "伺服系统", "24.3": "伺服系统", "10.4": "变频器", "27": "变频器", "12.6": "变频器" });
  });
  it("reads a percent column headed as a share of the whole (佔總收益, '% of total') as each row's share, not its change", () => {
    const text = article("澄峰控股中期業績", "澄峰控股上半年收益52億港元。\n\n| 分部 | 收益（億港元） | 佔總收益 | 按年變動 |\n|---|---|---|---|\n| 香港零售 | 31.7 | 61.0% | +4.2% |\n\n| Segment | Revenue ($m) | % of total |\n|---|---|---|\n| Retail | 310 | 59% |");
    const facts = extractFacts(text, taxonomy).facts;
    expect(facts.filter((fact) => fact.unit === "percent").map((fact) => [fact.value, fact.metric, fact.measure])).toEqual([["61.0", "revenue", "share"], ["4.2", "revenue", "yoy"], ["59", "revenue", "share"]]);
  });
  it("reads a list item labelled as a part's share ('- Hospital share of sales:', '- 车用营收占比：') as that part's share, with the year before in brackets", () => {
    const text = article("Harwick Medical results", "Harwick Medical said revenue rose 11% to $612.4 million.\n\n- Revenue: $612.4 million (+11%)\n- Hospital share of sales: 46% (40% a year ago)\n- 车用营收占比：31%（去年同期24%）\n- Gross margin: 61.8% (60.2%)");
    const extraction = extractFacts(text, taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "612.4": "total", "46": "Hospital", "40": "Hospital", "31": "车用", "24": "车用", "61.8": "total" });
    const byValue = new Map(extraction.facts.map((fact) => [fact.value, fact]));
    expect(["46", "40", "31", "24"].map((value) => [byValue.get(value)?.metric, byValue.get(value)?.measure])).toEqual([["revenue", "share"], ["revenue", "share"], ["revenue", "share"], ["revenue", "share"]]);
    expect([byValue.get("46")?.period, byValue.get("40")?.period, byValue.get("61.8")?.measure]).toEqual(["2025-Q4", "2024-Q4", "level"]);
  });
  it("reads a part the taxonomy knows by a name that opens with the company's own (应用材料中国市场) where the text writes the part alone", () => {
    const extraction = extractFacts(article("应用材料财报", "应用材料公司公布第一财季业绩。中国约占该公司销售额的三分之一，北美市场占该公司总销售额的21%。"), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "33.3": "amat_china", "21": "北美市场" });
    expect(extraction.newSegments.map((segment) => segment.name)).toEqual(["北美市场"]);
  });
  it("reads a name set off by a relative clause that gives its share a year ago ('which a year ago brought in 34% of sales') as the part", () => {
    const extraction = extractFacts(article("Harwick Medical results", "Harwick Medical said revenue rose 11% to $612.4 million. Ambulatory surgery centers, which a year ago brought in 34% of sales, slipped to 31%."), taxonomy);
    expect(segmentNameByValue(extraction)).toMatchObject({ "612.4": "total", "34": "Ambulatory surgery centers" });
  });
});
