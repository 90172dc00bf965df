import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { abbreviates, entityStanza, unknownCompany } from "../../src/extract/subject.js";
import { loadTaxonomy } from "../../src/load/load-fact-base.js";
import { parsePeriod } from "../../src/periods/period.js";
import { repositoryRoot, repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const article = (title: string, body: string) => `---\ntitle: "${title}"\ndate: "2026-03-02"\n---\n${body}\n`;

describe("the article's subject", () => {
  it("is the known company the title names, even when the body names a peer more", () => {
    const text = article("麦当劳第四季度营收增长", "沃尔玛、沃尔玛和沃尔玛之外，麦当劳营收为 70 亿美元。");
    expect(extractFacts(text, taxonomy).entity).toBe("MCD");
  });

  it("is a company the taxonomy does not know when the title names it, with its ticker as the proposed id", () => {
    const extraction = extractFacts(article("Gizmo Robotics (NASDAQ: GZMO) posts record quarter", "Revenue rose 12% to $1.2 billion."), taxonomy);
    expect(extraction.entity).toBe("GZMO");
    expect(extraction.newEntity).toMatchObject({ id: "GZMO", name: "Gizmo Robotics", ticker: "GZMO" });
    expect(extraction.facts.every((fact) => fact.entity === "GZMO")).toBe(true);
  });

  it("never files an unknown company's figures under a known one that its segment words belong to", () => {
    // "North America" is one of Amazon's segments in the taxonomy; the article is about another company.
    const text = article("Pinecone Media reports fourth-quarter results", "Pinecone Media said revenue was $300 million in North America.");
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.facts.map((fact) => fact.entity)).toEqual(["PINECONE_MEDIA"]);
    expect(extraction.facts[0]!.segment).toBe("total");
  });

  it("is never a known company whose business word the text writes in lower case", () => {
    // "other" is one of Amazon's segment words; "at the other end of the board" names no business.
    const text = article("'Noticeably stronger': results drive the day's moves", "At the other end of the board, the copper producer posted underlying EBITDA of $2.9bn for 2025.");
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.entity).not.toBe("AMZN");
    expect(extraction.facts.some((fact) => fact.entity === "AMZN")).toBe(false);
  });

  it("takes no headline label the body never writes as a name for the company: a column's title, a topic, the dateline's city", () => {
    const briefing = article("Evening Digest: three results to read tonight", "Three companies reported after the close.\n\n**Halberd Pumps** posted fourth-quarter revenue of $412 million. Halberd Pumps also raised its dividend.");
    expect(extractFacts(briefing, taxonomy).entity).not.toBe("EVENING_DIGEST");
    const topic = article("Packaging: two makers, two margin stories", "Rival Ostrey Packaging Group said first-half sales rose 4% to A$310 million, and Ostrey Packaging Group kept its dividend.");
    expect(extractFacts(topic, taxonomy).entity).not.toBe("PACKAGING");
    const city = article("Glasgow close: Tarnwell leads the board", "GLASGOW, March 2 — Tarnwell Foods closed up 5.2% at 310p after Tarnwell Foods lifted its dividend.");
    expect(extractFacts(city, taxonomy).entity).toBe("TARNWELL_FOODS");
  });

  it("keeps a headline's name the body writes, and a lead's name the body writes again, but not a capitalised word that only opens the lead", () => {
    expect(extractFacts(article("Marrable Mills lifts its dividend", "Marrable Mills raised its dividend to 12p."), taxonomy).entity).toBe("MARRABLE_MILLS");
    const lead = article("Shares slide after a weak quarter", "Weakness in orders hit the quarter. Tessary Instruments said revenue fell 6% to $88 million, and Tessary Instruments cut its outlook.");
    expect(extractFacts(lead, taxonomy).entity).not.toBe("WEAKNESS");
  });

  it("tells a round-up's story company its fiscal year only in its own section, not by another's", () => {
    const body = "Three companies reported after the close.\n\n**Halberd Pumps** posted fourth-quarter revenue of $412 million. Halberd Pumps also raised its dividend.\n\n**Corrow Foods**, whose financial year ends in June, said revenue for the six months to December 31 rose 3% to £210m.\n\n**Pemsey Power** reported fourth-quarter sales of $95 million.";
    const extraction = extractFacts(article("Evening Digest: three results to read tonight", body), taxonomy);
    expect(extraction.entity).toBe("HALBERD_PUMPS");
    expect(extraction.newEntity?.fiscalYearEnd).toBeUndefined();
    const told = extractFacts(article("Evening Digest: three results to read tonight", body.replace("**Halberd Pumps** posted", "**Halberd Pumps**, whose financial year ends in March, posted")), taxonomy);
    expect(told.newEntity?.fiscalYearEnd).toBe("03-31");
  });

  it("keeps a known peer's figure on the peer", () => {
    const text = article("Pinecone Media reports fourth-quarter results", "Pinecone Media's revenue was $300 million, while Walmart's revenue was $180 billion.");
    expect(extractFacts(text, taxonomy).facts.map((fact) => fact.entity)).toEqual(["PINECONE_MEDIA", "WMT"]);
  });

  it("reads the owner a headline names after its brands (\"Zara owner …\", \"… parent …\"), not the brands", () => {
    expect(unknownCompany("Swaply and TideRoom owner Corramong lifts profit but cops $6.5m penalty", "title")).toMatchObject({ name: "Corramong" });
    expect(unknownCompany("Lunebox parent Harrowgate Media posts first loss", "title")).toMatchObject({ name: "Harrowgate Media" });
    expect(unknownCompany("Lunebox posts first loss", "title")).toMatchObject({ name: "Lunebox" });
  });

  it("reads a headline opening on a name, \"shares\" and a move in the present (\"Stourwell shares slump after…\") as about that company when the body writes the name, unlike a trade's (\"Chip stocks slide\")", () => {
    const text = article("Kelbrook shares slump after brickmaker warns again", "Shares in Kelbrook fell 21% on Wednesday after the brickmaker warned that annual profit would fall short. Kelbrook now expects pre-tax profit of £41m. Rival Hollin Clay said last week its volumes fell 8%.");
    expect(extractFacts(text, taxonomy, { date: "2026-01-14" }).newEntity).toMatchObject({ name: "Kelbrook" });
    expect(unknownCompany("Chip stocks slide as demand cools", "title")).toBeUndefined();
  });

  it("reads no trade word before a name as part of it (a compound in capitals, or lower case after a country), but a trade's word alone in capitals may open a name", () => {
    expect(unknownCompany("Chipmaker Tolvane beats estimates", "title")).toMatchObject({ name: "Tolvane" });
    expect(unknownCompany("British housebuilder Brackmoor Homes said revenue rose", "title")).toMatchObject({ name: "Brackmoor Homes" });
    expect(unknownCompany("Japanese carmaker Kiribe Motor cuts forecast", "title")).toMatchObject({ name: "Kiribe Motor" });
    expect(unknownCompany("Carrier Global beats estimates", "title")).toMatchObject({ name: "Carrier Global" });
  });

  it("reads no period or report word opening a Chinese headline as a company (三季度业绩出炉, 半年报出炉)", () => {
    expect(unknownCompany("三季度业绩出炉", "title")).toBeUndefined();
    expect(unknownCompany("半年报出炉：营收增长12%", "title")).toBeUndefined();
    expect(unknownCompany("三一重工三季度营收增长12%", "title")).toMatchObject({ name: "三一重工" });
  });

  it("reads a Chinese headline's company after a page's label in brackets (〈財報〉), and a Latin name opening a Chinese headline, which the body writes against Chinese words", () => {
    expect(unknownCompany("〈財報〉柯維爾Q3每股賺2.1元", "title")).toMatchObject({ name: "柯維爾" });
    expect(unknownCompany("Corvell第三季度营收增长12%", "title")).toMatchObject({ name: "Corvell" });
    // (绩后, after its results, follows a name as a headline's move does: "【港股收市】ASMPT績後飆近9%", "柯维尔绩后大涨8%".)
    expect(unknownCompany("【港股收市】KORV績後飆近9% 恒指跌0.62%", "title")).toMatchObject({ name: "KORV" });
    expect(unknownCompany("柯维尔绩后大涨8%", "title")).toMatchObject({ name: "柯维尔" });
    expect(unknownCompany("AI芯片龙头三季度营收增长12%", "title")).toBeUndefined();
    // (A name and its meeting in brackets is the name, 〈柯維爾法說〉; a short name run into 法說會即時 stops before the meeting's word.)
    expect(unknownCompany("〈柯維爾法說〉第四季營收看增", "title")).toMatchObject({ name: "柯維爾" });
    expect(unknownCompany("柯維爾法說會即時：第四季營收看增", "title")).toMatchObject({ name: "柯維爾" });
    expect(extractFacts(article("Corvell第三季度营收增长12%", "Corvell三季度营收8.12亿美元，同比增长12%。"), taxonomy, { date: "2025-11-05" }).entity).toBe("CORVELL");
  });

  it("reads the lead's company that gives its results right after its code as the story's, over a known rival the text names more often, when the headline names no known company", () => {
    const scene = "这份成绩单基本符合市场预期，但没有带来惊喜。".repeat(20);
    const text = article("国产办公软件还能跑多快？", `10月27日晚间，澜序办公（688999.SH）披露2025年三季报，前三季度营收39.86亿元，同比增长14.2%。${scene}\n\n微软的Copilot仍是最大变量。微软今年多次调价，微软的企业客户也在观望。`);
    expect(extractFacts(text, taxonomy, { date: "2025-10-28" }).newEntity).toMatchObject({ name: "澜序办公", ticker: "688999" });
    // (Where the lead names the known company too, the story may be about it: the one named most stands.)
    const withRival = article("国产办公软件还能跑多快？", "10月27日晚间，澜序办公（688999.SH）披露2025年三季报，前三季度营收39.86亿元。微软的Copilot仍是最大变量。\n\n微软今年多次调价，微软的企业客户也在观望。");
    expect(extractFacts(withRival, taxonomy, { date: "2025-10-28" }).entity).toBe("MSFT");
  });

  it("reads no known company a headline names as the other side of a trade (\"Apple supplier …\", 蘋果…供應商) as the story's", () => {
    expect(unknownCompany("蘋果鏡頭模組供應商澜光精密第三季營益年增11%", "title")).toMatchObject({ name: "澜光精密" });
    expect(unknownCompany("Apple supplier Luxwin Precision beats estimates", "title")).toMatchObject({ name: "Luxwin Precision" });
    const story = extractFacts(article("Apple supplier Luxwin Precision beats estimates", "Luxwin Precision (TWSE: 3999) said third-quarter revenue rose 8% to NT$41.2 billion as Apple ramped up orders. Apple accounts for half its sales; Apple's new phones sold well."), taxonomy, { date: "2025-10-29" });
    expect(story.entity).toBe("LUXWIN_PRECISION");
  });

  it("reads a Chinese headline's opening company and a name with its code", () => {
    expect(unknownCompany("星河电子第三季度营收增长12%", "title")).toMatchObject({ name: "星河电子", strong: false });
    expect(unknownCompany("港股异动 | 星河电子(01234.HK)绩后大涨", "title")).toMatchObject({ name: "星河电子", ticker: "01234", id: "X01234", strong: true });
    // A region opening a headline names no company; a column's rubric before a colon is none either.
    expect(unknownCompany("Taiwan tech monthly sales: October roundup", "title")).toBeUndefined();
    // A count of firms after the opening words (三家, 两家) makes them a trade, not a name.
    expect(unknownCompany("光伏组件三家三季报：亏损收窄", "title")).toBeUndefined();
    expect(unknownCompany("风电整机两家前三季度业绩", "title")).toBeUndefined();
    expect(unknownCompany("China Southern Power posts record profit", "title")).toMatchObject({ name: "China Southern Power" });
    // A person before a role of a company is no company: the company is the one after "of"; a word that
    // opens a clause is no part of a name; a quotation a headline opens with before a colon is skipped.
    expect(unknownCompany("When Idris Kalloway became chief executive of Brenthaven Instruments in 2023, its sales were flat", "lead")).toMatchObject({ name: "Brenthaven Instruments" });
    expect(unknownCompany("Oona Fairlie, finance director of Pellmoor Tiles, said margins held", "lead")).toMatchObject({ name: "Pellmoor Tiles" });
    expect(unknownCompany("'Demand has turned': Quenby's chief on the recovery", "title")).toMatchObject({ name: "Quenby" });
    expect(unknownCompany("盈喜盈警速遞：恒澧教育多賺逾五成", "title")).toMatchObject({ name: "恒澧教育" });
    expect(unknownCompany("星河电子股份有限公司公布年度业绩", "title")).toMatchObject({ name: "星河电子", strong: true });
    expect(unknownCompany("星河电子：高端芯片放量，毛利率创新高", "title")).toMatchObject({ name: "星河电子", strong: false });
    // A role or a rubric before the colon names no company.
    expect(unknownCompany("首席执行官：云业务增长加速", "title")).toBeUndefined();
    expect(unknownCompany("快讯：星河电子营收增长", "title")?.name).toBe("星河电子");
    // A headline's phrases parted by spaces: the company may open the second.
    expect(unknownCompany("旅客回流 云岚Q3获利年增逾三成", "title")?.name).toBe("云岚");
    // A company's warning or preview after its name ends it.
    expect(unknownCompany("星河电子发预亏公告：全年预计亏损3亿元", "title")?.name).toBe("星河电子");
    expect(unknownCompany("星河电子预增：净利润同比增长五成", "title")?.name).toBe("星河电子");
  });

  it("takes no trade a headline opens with, nor a metric glossed with its capitals, for the company", () => {
    // (银行三雄: "the three banks"; the body names the banks, and the one it names most is the story's.)
    const trades = extractFacts(article("银行三雄前三季度净利润全数增长", "三家银行昨日公布三季报，银行股午后走高。\n\n北岙银行前三季度净利润88.1亿元。北岙银行不良率1.2%。\n\n南汀银行前三季度净利润40.6亿元。"), taxonomy);
    expect(trades.newEntity?.name).toBe("北岙银行");
    // (电子厂: a trade and a word for a kind of firm; 受惠 after a name goes on with its clause.)
    const makers = extractFacts(article("电子厂12月营收多数成长", "多家电子厂公布12月营收。\n\n南汀半导体受惠先进封装产能开出，12月营收26.7亿元，月增14.1%。"), taxonomy);
    expect(makers.newEntity?.name).toBe("南汀半导体");
    const glossed = extractFacts(article("三家电信9月获利出炉", "三家业者昨日公布9月自结获利，单月每股盈余（EPS）0.41元，北岙电信居冠。北岙电信9月营收120.5亿元。"), taxonomy);
    // (三家: a count of firms is no name; the company is the one the text names.)
    expect(glossed.newEntity).toMatchObject({ name: "北岙电信" });
    expect(glossed.newEntity?.ticker).toBeUndefined();
    expect(glossed.facts.find((fact) => fact.value === "0.41")?.metric).toBe("eps_diluted");
  });

  it("reads an English headline's opening name up to its verb, period or possessive", () => {
    expect(unknownCompany("Bluebird Airlines' Q3 profit doubles", "title")?.name).toBe("Bluebird Airlines");
    expect(unknownCompany("Harbor Foods's revenue beats estimates", "title")?.name).toBe("Harbor Foods");
    expect(unknownCompany("Harbor Foods Reports Third Quarter 2025 Results", "title")?.name).toBe("Harbor Foods");
    expect(unknownCompany("Why the market fell today", "title")).toBeUndefined();
  });

  it("says so when the text names no company at all, without borrowing one", () => {
    const extraction = extractFacts("营收为 70 亿美元。", taxonomy, { date: "2026-03-02" });
    expect(extraction.entity).toBe("NEW_COMPANY");
    expect(extraction.newEntity?.name).toBe("");
  });

  it("reads a known company's name the taxonomy writes only in capitals (a ticker) only where the text writes it so", () => {
    // SHOP is Shopify's ticker in the taxonomy; a coffee-shop chain names no Shopify.
    const extraction = extractFacts(article("Kopi Kaki operator's profit up 14.6%", "The operator of the Kopi Kaki coffee-shop chain posted net profit of S$9.8 million; shop sales rose 6%."), taxonomy);
    expect(extraction.facts.map((fact) => fact.entity)).not.toContain("SHOP");
    expect(extractFacts(article("Shopify results", "SHOP shares rose 4% after revenue of $2.8 billion."), taxonomy).facts.map((fact) => fact.entity)).toContain("SHOP");
  });

  it("reads a known company's name the taxonomy writes with an initial capital only where the text writes it so", () => {
    // "Meta" is a company in the taxonomy; "the meta view" and "a meta-analysis" name none.
    const lower = extractFacts(article("Kestrel Analytics lifts revenue", "Kestrel Analytics said revenue from its meta search tools rose 12% to $40 million; a meta-analysis product added $3 million."), taxonomy);
    expect(lower.facts.map((fact) => fact.entity)).not.toContain("META");
    const named = extractFacts(article("Kestrel Analytics lifts revenue", "Kestrel Analytics said revenue rose 12% to $40 million. Meta's revenue rose 20% to $48 billion."), taxonomy);
    expect(named.facts.map((fact) => fact.entity)).toContain("META");
  });

  it("reads no known company's one-word name that ends a longer capitalised name, nor one inside a part's name written in lower case", () => {
    // (Vale and Arm are companies in the taxonomy; Hollin Vale Dairies and "its financing arm" are not them.)
    const dairy = extractFacts(article("Pellbrook buys Hollin Vale Dairies for £180m", "Pellbrook said revenue rose 7% to £912 million. Hollin Vale Dairies made a profit of £14 million last year."), taxonomy);
    expect(dairy.entity).not.toBe("VALE");
    expect(dairy.facts.map((fact) => fact.entity)).not.toContain("VALE");
    const arm = extractFacts(article("Kestrel Motors results", "Kestrel Motors said revenue rose 9% to $4.2 billion. Its financing arm earned $120 million, up 8%."), taxonomy);
    expect(arm.facts.map((fact) => fact.entity)).not.toContain("ARM");
    // (Opening its sentence, the name is the company's.)
    expect(extractFacts(article("Iron ore output", "Vale said iron ore output rose 4% to 80 million tonnes."), taxonomy).entity).toBe("VALE");
  });

  it("reads a Chinese short name in the headline as the known company the body names in full", () => {
    expect(abbreviates("新航", "新加坡航空")).toBe(true);
    expect(abbreviates("中行", "中国银行")).toBe(true);
    expect(abbreviates("新华", "新加坡航空")).toBe(false);
    expect(abbreviates("新加", "新加坡航空")).toBe(false);
    const extraction = extractFacts(article("新航上半年盈利跌四成", "新加坡航空公布截至9月底止中期業績，股東應佔溢利4.5億坡元，按年跌41.3%。"), taxonomy);
    expect(extraction.entity).toBe("SINGAPORE_AIRLINES");
    expect(extraction.newEntity).toBeUndefined();
    // (So is the opening of its name: 聯想 of 聯想集團.)
    const opening = extractFacts(article("聯想第二財季多賺15%", "聯想集團公布截至9月底止第二財季業績，收入按年增12%至185億美元。"), taxonomy);
    expect(opening.entity).toBe("LENOVO");
  });

  it("reads no company in an officer's name given with the officer's Latin name in brackets (财务总监瓦尔加（Hollis Varga）), and the officer's expectation as guidance", () => {
    const extraction = extractFacts(article("蘋果第一財季收入創新高", "蘋果第一財季收入1,438億美元。財務總監瓦爾加（Hollis Varga）預期，第二財季收入按年增長4%至6%。"), taxonomy);
    expect(extraction.facts.map((fact) => fact.entity)).toEqual(["AAPL", "AAPL"]);
    // (Nor in the last part of a foreign name written with its middle dot: 瓦爾特·默特爾（Walter Mertl）.)
    const dotted = extractFacts(article("蘋果第一財季收入創新高", "蘋果第一財季收入1,438億美元。財務總監瓦爾特·默特爾（Walter Mertl）表示，關稅對毛利率的影響約為1.2個百分點。"), taxonomy);
    expect(dotted.facts.map((fact) => fact.entity)).not.toContain("WALTER_MERTL");
    // (Nor in a business glossed with an "as a service" term: 云应用（SaaS）.)
    const saas = extractFacts(article("蘋果第一財季收入創新高", "蘋果第一財季收入1,438億美元。雲基礎設施營收為52.3億美元；雲應用（SaaS）營收為45.3億美元，同比增長12%。"), taxonomy);
    expect(saas.facts.map((fact) => fact.entity)).not.toContain("SAAS");
    // (And the officer's expectation is the company's guidance, for the fiscal quarter still to come.)
    expect(extraction.facts[1]).toMatchObject({ basis: "guidance", period: "2026-Q2" });
  });

  it("reads no known company's Chinese short name inside a longer name that ends with a firm's word (瑞銀 in 泰瑞銀行)", () => {
    const extraction = extractFacts(article("泰瑞銀行全年多賺12%", "泰瑞銀行全年淨利息收入為52.4億港元。瑞銀集團的淨利潤為12億美元。"), taxonomy);
    const byValue = Object.fromEntries(extraction.facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue["52.4"]).not.toBe("UBS");
    expect(byValue["12"]).toBe("UBS");
    // (Nor in the headline: the story is 泰瑞銀行's.)
    expect(extraction.entity).not.toBe("UBS");
  });

  it("reads the company a lead introduces with its code, ticker or Chinese name in brackets, when the lead opens on the market", () => {
    const market = "海关数据显示，前三季度洗碗机出口量同比增长12%。行业景气之下，各家公司表现不一。";
    const zh = extractFacts(article("洗碗机出口回暖，龙头利润却分化", `${market}10月28日晚，Vestalo（澜序电器，688419.SH）发布三季报，前三季度营收52.4亿元，同比增长18%；美国市场收入占比31%。`), taxonomy);
    expect(zh.entity).toBe("VESTALO");
    expect(zh.newEntity).toMatchObject({ name: "澜序电器", latinName: "Vestalo", strong: true });
    // (美国市场 is a region's market: no company whose segment the taxonomy calls so.)
    expect(zh.facts.map((fact) => fact.entity)).not.toContain("MCD");
    const en = extractFacts(article("Chip stocks slip as orders cool", "The Nasdaq fell 1.2% on Thursday. After the close, Quorvane Devices (NASDAQ: QRVD) reported revenue of $1.4 billion, up 9%."), taxonomy);
    expect(en.entity).toBe("QRVD");
    // (The clause's words before the name are no part of it: 作为母公司的澜序控股 is 澜序控股.)
    const parent = extractFacts(article("“澜序系”业绩快报出炉", `1月27日晚，“澜序系”两家上市公司发布业绩快报。作为母公司的澜序控股（600917.SH）2025年实现营业总收入412.36亿元。`), taxonomy);
    expect(parent.newEntity).toMatchObject({ name: "澜序控股", ticker: "600917" });
    // (A Latin name with its Chinese name and ticker comes before a term glossed in brackets later: 非美国通用会计准则（Non-GAAP）, 每股美国存托股（ADS）.)
    const glossed = extractFacts(article("Vestalo二财季营收增17%", "美东时间1月20日盘前，在美上市的中国教育公司Vestalo（澜序教育，NYSE:VSTL）公布二财季业绩。该季度非美国通用会计准则（Non-GAAP）经营利润为6380万美元，每股美国存托股（ADS）收益0.42美元。"), taxonomy);
    // (The headline's Latin name opens it, so the story is filed under that name.)
    expect(glossed.entity).toBe("VESTALO");
    expect(glossed.facts.map((fact) => fact.entity)).not.toContain("NON_GAAP");
    // (A rival introduced the same way, 竞争对手Quillora（琦沃智能）, is a peer with figures of its own.)
    const rival = extractFacts(article("Vestalo三季度利润下滑", "10月30日晚，Vestalo（澜序电器，688419.SH）发布三季报，前三季度营收52.4亿元。与之形成对比的是，主打中端市场的竞争对手Quillora（琦沃智能）三季度归母净利润同比增长31%。"), taxonomy);
    expect(rival.facts.map((fact) => [fact.value, fact.entity])).toEqual([["52.4", "VESTALO"], ["31", "QUILLORA"]]);
    // A company a peer's word introduces is not the story's.
    const peer = extractFacts(article("洗碗机出口回暖", `${market}主打平价机型的竞争对手澜序电器（688419.SH）三季度净利润增长9%。`), taxonomy);
    expect(peer.entity).not.toBe("VESTALO");
    expect(peer.newEntity?.name).not.toBe("澜序电器");
  });

  it("reads a headline's company after its label's bracket, bar or colon when the body never writes the label's words", () => {
    const ids = (title: string, body: string) => extractFacts(article(title, body), taxonomy).newEntity?.name;
    expect(ids("【營收直播】廣霖精密12月營收58.73億元", "廣霖精密今日公布12月營收58.73億元，月增4.2%。")).toBe("广霖精密");
    expect(ids("一图速览｜黛岭饮品前三季度营收186亿元", "黛岭饮品10月27日晚发布三季报，前三季度营业收入186.42亿元。")).toBe("黛岭饮品");
    // (A label the body writes as a name stays the company: 黛岭饮品｜前三季度营收186亿元.)
    expect(ids("黛岭饮品｜前三季度营收186亿元", "黛岭饮品10月27日晚发布三季报，前三季度营业收入186.42亿元。")).toBe("黛岭饮品");
    // (A label that is a phrase of its own, with 的, names its topic, no company, though the body writes
    // it; a research firm giving its data, 某某咨询（…）数据显示, is the source, and the lead's company with
    // its code is the story's.)
    const story = extractFacts(article("净水器降价潮下的中报：Quorra增收不增利", "净水器行业的降价潮还在继续。\n\n澄观咨询（Chengguan Research）最新数据显示，上半年中国净水器线上零售额为61.2亿元，同比增长9.4%。\n\nQuorra品牌的运营主体沁澜电器股份有限公司（688771.SH）发布中报：上半年营业收入21.56亿元，同比增长18.2%。"), taxonomy);
    expect(story.newEntity).toMatchObject({ name: "沁澜电器", ticker: "688771" });
    expect(story.facts.find((fact) => fact.value === "21.56")?.entity).toBe(story.entity);
  });

  it("reads a company the lead describes and names after 即, and no stock index, period word or broker giving its view", () => {
    const named = (title: string, body: string) => extractFacts(article(title, body), taxonomy).newEntity?.name;
    expect(named("这家白酒龙头三季度失速 单季营收降近一成", "又一家白酒龙头交出了放缓的三季报。这家总部位于宜宾的酒企，即岷川酒业，前三季度实现营业收入86.42亿元，同比增长3.15%。")).toBe("岷川酒业");
    expect(named("這家航空股前三季賺翻", "客運需求延續，這家航空股前三季交出亮眼成績單。這家以桃園為基地的航空公司，正是岷翼航空。岷翼第三季合併營收新台幣268.4億元，年增9.6%。")).toBe("岷翼航空");
    expect(named("恒指升1.1% 零售股炒起", "港股今日造好，恒指收市升1.1%。岭峰证券（Lingfeng Securities）发表报告，指本地零售销售跌幅收窄。这家钟表珠宝零售商，即岷升集团，昨日公布中期收入48.62亿港元。")).toBe("岷升集团");
    // (Its figures are its own, though a broker the text names again and again opened the paragraph: the
    // story's company is named wherever its name is written.)
    const broker = extractFacts(article("恒指升1.1% 零售股炒起 大行指本地消費見底", "港股今日造好，恒指收市升1.1%。新峰證券（Xinfeng Securities）發表報告，指本地零售銷售跌幅收窄。\n\n新峰在報告中點名看好剛公布中期業績的0873.HK。這家鐘錶珠寶零售商，即岷昇集團，昨日收市後公布，截至2025年9月30日止六個月，收入48.62億港元。\n\n新峰證券分析師梁思認為，集團成本控制較同業佳，將岷昇目標價由12.8港元上調至13.6港元。"), taxonomy);
    expect(broker.newEntity?.name).toBe("岷升集团");
    expect(broker.facts.find((fact) => fact.value === "48.62")?.entity).toBe(broker.entity);
  });

  it("reads a headline's name before a verb that is also a trade's plural ('banks the windfall'), and no sentence's opening word ('There was…') as a name", () => {
    expect(unknownCompany("Mallee Ridge banks the copper windfall, but the hard part starts now", "title")?.name).toBe("Mallee Ridge");
    expect(unknownCompany("Regional banks rally on rate hopes", "title")).toBeUndefined();
    expect(unknownCompany("There was a lot for Mallee Ridge Resources shareholders to like on Wednesday.", "lead")?.name).not.toBe("There");
  });

  it("reads a company a lead names after 这家…是 with its code by its name alone (这家厂商是晶宏科技（6937）)", () => {
    const story = extractFacts(article("這家載板廠11月營收年增逾三成", "一家以ABF載板為主力的桃園廠商盤後公布11月營收。這家廠商是晶宏科技（6937）。晶宏11月合併營收新台幣18.46億元。"), taxonomy);
    expect(story.newEntity).toMatchObject({ name: "晶宏科技", ticker: "6937" });
  });

  it("reads a stock code before a bracketed Chinese name as the company's code, never its exchange's suffix as a name", () => {
    const story = extractFacts(article("白酒龙头三季度增速放缓", "10月28日晚，603917.SH（岷泉酒业）披露三季报。前三季度，公司实现营业收入86.42亿元，同比增长3.1%。"), taxonomy);
    expect(story.newEntity).toMatchObject({ name: "岷泉酒业", ticker: "603917" });
    expect(story.newEntity?.latinName).toBeUndefined();
  });

  it("reads a headline's kind of firm that the story writes after 这家 or 一家 as a description, and the lead's company as the story's", () => {
    const named = (title: string, body: string) => extractFacts(article(title, body), taxonomy).newEntity;
    expect(named("面板驱动芯片厂第三季EPS 1.85元", "竹北這家面板驅動芯片廠今日公布第三季財報，合併營收新台幣42.6億元。岷芯電子（6731）同時公布10月營收14.2億元。")).toMatchObject({ ticker: "6731" });
    expect(named("期货公司三季报出炉：这家中型期货公司净利增三成", "上市期货公司三季报陆续披露。岷川期货（603199.SH）前三季度实现净利润4.6亿元，同比增长31.2%。")).toMatchObject({ ticker: "603199" });
    // (A controlling shareholder, 控股股东, is a role, no company.)
    expect(named("新能源子公司撑起利润 控股股东2025年净利增两成", "岷岱控股（600917.SH）披露2025年度业绩快报，实现归母净利润12.4亿元，同比增长19.6%。")).toMatchObject({ name: "岷岱控股", ticker: "600917" });
    // (A stock code opening a sentence before a verb of results names the company reporting.)
    expect(named("晨间笔记｜这家白酒龙头三季度增速放缓", "各位早上好。昨日上证指数收涨0.7%。以下是今天值得关注的几件事。\n\n## 一、今日焦点\n\n603917.SH昨晚披露2025年三季报。前三季度，这家白酒龙头实现营业总收入86.4亿元，同比增长8.4%。")).toMatchObject({ ticker: "603917" });
  });

  it("reads no headline word the story writes as a common word as the company: the lead's company instead", () => {
    const entity = (title: string, body: string) => extractFacts(article(title, body), taxonomy).entity;
    // ("Nickel" opens a sentence and ends a longer name; the story also writes "nickel" as the metal.)
    const metal = "Nickel has been the market's favourite trade this year, and the big producers have taken most of the credit.\n\nTarrowin Nickel (ASX: TWN) on Wednesday reported half-year net profit of A$88.2 million, up 31 per cent, after selling 12,400 tonnes of nickel.";
    expect(entity("Nickel's quiet achiever lifts its dividend", metal)).toBe("TWN");
    // (A column that names its company once, inside a sentence, and then only as "it": the lead's name.)
    const column = "For years the market has treated Quellbrook Minerals as the dull one of the lithium pack. It lifted underlying EBITDA by 22 per cent to $412 million in the half, on revenue up 9 per cent.";
    expect(entity("Lithium's overlooked producer finally gets noticed", column)).toBe("QUELLBROOK_MINERALS");
    // (Never a person the lead names with a role: "Tom Reyes, an analyst at Gorsefield".)
    expect(entity("Lithium's overlooked producer", "For years Tom Reyes, an analyst at Gorsefield, has argued that revenue would rise 9% to $412 million.")).not.toBe("TOM_REYES");
    // (A company that "said" is a company: only a role in an apposition makes a name a person's.)
    expect(entity("Lithium producer rallies", "Shares jumped on Thursday after Quellbrook Minerals said revenue rose 9% to $412 million in the half.")).toBe("QUELLBROOK_MINERALS");
    // (Nor a place: a name that neither ends with a firm's word nor reports or owns anything is none.)
    expect(entity("Builders' profits climb", "It was a good half for builders. Completions across the region and the West Midlands rose 9% to 2,184 homes.")).not.toBe("WEST_MIDLANDS");
    // (A one-word name the story writes only with its capital stays the company.)
    expect(entity("Harrowgate lifts profit", "Harrowgate said revenue rose 8% to $1.2 billion. Harrowgate also raised its dividend.")).toBe("HARROWGATE");
    // (Where it is listed is no part of its name.)
    expect(entity("Marine unit's order wins lift its parent", "Offshore and marine names were the day's bright spots. Mainboard-listed Tembusu Holdings reported nine-month net profit of S$58.3 million, up 14 per cent.")).toBe("TEMBUSU");
  });

  it("reads no place's possessive before a trade's companies as the company (\"London's blue chips\")", () => {
    const body = "Good morning. London's blue chips edged higher yesterday, with the FTSE 100 up 0.4%.\n\n## Main event\n\nCarrowdene Homes, the Leeds-based builder, reports this morning for the six months to 31 December. The group completed 2,184 homes in the half, and revenue rose 11% to £742.5m.";
    expect(extractFacts(article("The Early Bell: results lift builder", body), taxonomy).entity).toBe("CARROWDENE_HOMES");
  });

  it("reads a headline label's word the body writes as a common word as no company, and the name after the colon as the company", () => {
    const body = "Results season has been kind to builders. For Corvington Homes, revenue for the year to June rose 9% to £1.2bn, and the results showed completions up 6%.";
    expect(extractFacts(article("Results analysis: Corvington Homes builds its way back to growth", body), taxonomy).entity).toBe("CORVINGTON_HOMES");
  });

  it("reads a newsletter's name before a headline's colon as no company when a company in the possessive follows it", () => {
    const body = "Good morning, and welcome to Morning Ledger. Three companies reported yesterday.\n\n## Corvington\n\nCorvington Airways said first-half net profit fell 12% to S$88 million as its fuel bill rose.\n\n## Rantau Harvest\n\nRantau Harvest said its gross margin widened to 21.4%.";
    const extraction = extractFacts(article("Morning Ledger: Corvington's profit slips on fuel bill; Rantau Harvest margins widen", body), taxonomy);
    expect(extraction.newEntity?.name).toBe("Corvington");
  });

  it("reads no headline verb of explaining (一图读懂) as part of the company's name", () => {
    expect(unknownCompany("一图读懂岷锦财险前三季度业绩", "title")?.name).toBe("岷锦财险");
  });

  it("reads no 的是 or 正是 before a bracketed company as part of its name (是 alone may open one)", () => {
    const story = extractFacts(article("这家智造龙头业绩预增", "市场关注的是岷枢智造（002917）的年度业绩预告。公司预计2025年归母净利润为3.2亿元至3.6亿元。"), taxonomy);
    expect(story.newEntity).toMatchObject({ name: "岷枢智造", ticker: "002917" });
  });

  it("reads a headline's company after a full-width slash label, its name cut to the run the body repeats (岳晟光電攻上漲停)", () => {
    const story = extractFacts(article("台股盤後／月營收行情發酵 岳晟光電攻上漲停、瀚嶺精密重挫", "光學元件廠岳晟光電今日終場上漲9.96%，收在128.5元。岳晟光電昨晚公布1月營收32.7億元，年增52.1%。\n\n瀚嶺精密則重挫8.1%。"), taxonomy);
    expect(story.newEntity?.name).toBe("岳晟光电");
    // (A -KY listing keeps its capitals in the name proposed for the taxonomy.)
    const ky = extractFacts(article("台股盤後／冠翔-KY營收走弱", "冠翔-KY 1月營收6,620萬美元，年增4.0%。法人預估，冠翔-KY第一季營收約2億美元。"), taxonomy);
    expect([ky.newEntity, ...(ky.newPeers ?? [])].some((entity) => entity?.name.endsWith("-KY"))).toBe(true);
  });

  it("names a company without its legal form (Inc, Corp, AG), its ticker kept, and never by a region alone (日本)", () => {
    const latin = extractFacts(article("Chipmaker beats estimates", "Quarnby Devices Inc. (NASDAQ: QRNB) reported revenue of $1.2 billion for the quarter, up 14%."), taxonomy);
    expect(latin.newEntity).toMatchObject({ name: "Quarnby Devices", ticker: "QRNB" });
    const region = extractFacts(article("日本第三季設備股走強", "岷川製作所（6471）公布前三季合併營收新台幣182.4億元，年增12.1%。"), taxonomy);
    expect(region.newEntity).toMatchObject({ name: "岷川制作所", ticker: "6471" });
  });

  it("reads no stock index a headline opens with as a company", () => {
    expect(unknownCompany("FTSE 250 edges up as a builders' merchant leads the risers", "title")).toBeUndefined();
    expect(unknownCompany("Nikkei slips; Harnwick Pumps falls 4%", "title")).toBeUndefined();
    const story = extractFacts(article("FTSE 250 edges up as a builders' merchant leads", "The mid-cap index rose 0.6 per cent. Quarlow Group said first-half revenue rose 3.1 per cent to £1.14bn."), taxonomy);
    expect(story.entity).toBe("QUARLOW_GROUP");
  });

  it.each([
    ["an exchange with a session's verb", "ASX closes lower", "The ASX 200 fell 0.8% on Thursday, while Carrow Minerals rose 3% after posting revenue of A$1.2 billion.", "CARROW_MINERALS"],
    ["an exchange after a preposition", "Stocks end higher", "On the TSX, Morvane Foods gained 4% after the grocer reported revenue of C$2.1 billion.", "MORVANE_FOODS"],
    ["an exchange hyphened to where a company is listed", "Stocks end higher", "Nasdaq-listed Kelbrook Labs fell 6% after quarterly revenue of $412 million missed forecasts.", "KELBROOK_LABS"],
    ["a city's main index", "Stocks end higher", "Toronto's main index climbed 0.6% on Wednesday. Morvane Foods rose 4% after revenue of C$2.1 billion.", "MORVANE_FOODS"],
    ["an index's move, then the mover's", "Stocks end higher", "The FTSE 100 rose 0.3%. Brackmoor Homes jumped 7% after it said half-year revenue rose 9% to £412m.", "BRACKMOOR_HOMES"],
    ["a mover named by its rank", "Markets wrap", "The benchmark index fell 1.1%. Tarrow Minerals was the biggest decliner, down 9%, after it cut its revenue guidance.", "TARROW_MINERALS"],
  ])("reads a market wrap's company, not its market: %s", (_case, title, lead, want) => {
    expect(extractFacts(article(title, lead), taxonomy).entity).toBe(want);
  });

  it("reads a Chinese market wrap's company by the share move its results made, not the index", () => {
    const wraps = ["港股三大指数收涨，卓瀚医疗大涨5%，该公司上半年收入48亿元，同比增长12%。", "恒生指数收涨1.2%。港交所上市的卓瀚医疗收涨5%，公司中期收入增长12%至48亿元。", "沪指涨0.5%，深成指涨0.8%。卓瀚医疗涨停，公司三季度营收48亿元，同比增长12%。", "加權指數上漲120點。卓瀚醫療大漲5%，第三季營收48億元，年增12%。"];
    for (const wrap of wraps) expect(extractFacts(article("收评：三大指数齐涨", wrap), taxonomy).newEntity?.name, wrap).toMatch(/^卓瀚[医醫]疗|^卓瀚醫療/);
    // (A move with no results after it names no company by the move: the index's clause is the market's.)
    expect(unknownCompany("沪指涨0.5%，深成指涨0.8%。", "lead")).toBeUndefined();
    // (A headline opening on the market's clause names the company in the clause after it.)
    expect(unknownCompany("恒指跌1.2% 卓瀚医疗绩后大涨5%", "title")?.name).toBe("卓瀚医疗");
    expect(unknownCompany("TSX edges up; Morvane Foods gains on results", "title")?.name).toBe("Morvane Foods");
  });

  it("reads a Chinese name that opens with a country a taxonomy holds as another company's segment (中国, China)", () => {
    expect(extractFacts(article("中国泓燃中期纯利升6%", "中国泓燃今日公布中期业绩，营业额300.5亿元，按年跌3.4%。"), taxonomy).newEntity?.name).toBe("中国泓燃");
    // (With its code, the short name of a company the taxonomy knows, 中國燃氣控股, is that company.)
    expect(extractFacts(article("中國燃氣中期純利升6% 維持派息", "中國燃氣（00384）今日收市後公布中期業績，營業額300.5億元，按年跌3.4%。"), taxonomy).entity).toBe("CHINA_GAS");
    // (A part's word after the country is a part, not a company.)
    expect(extractFacts(article("中国业务收入增长12%", "中国业务收入增长12%至48亿元。"), taxonomy).newEntity?.name ?? "").not.toBe("中国业务");
  });

  it("counts no known company named as the other side of the story company's trade (its distributor, its supplier) toward the subject", () => {
    const zh = extractFacts(article("車市觀望 單季獲利年減", `TOYOTA、LEXUS台灣總代理泓騰車（2291）11日公布第三季財報，合併營收500.2億元，年減5.3%。${"國內車市觀望氣氛濃厚，消費者仍在等待車價下修。".repeat(16)}\n\n第三季TOYOTA與LEXUS合計掛牌3.1萬輛，TOYOTA仍居首位。`), taxonomy);
    expect(zh.entity).not.toBe("TOYOTA");
    expect(zh.newEntity?.name).toMatch(/^泓[腾騰][车車]$/);
    const en = extractFacts(article("Distributor's margins slip", `Toyota distributor Harnby Motors (ASX: HBM) reported revenue of A$1.2 billion, down 5%. ${"Buyers held off as they waited for prices to fall. ".repeat(8)}\n\nToyota and Lexus sales fell, though Toyota kept its lead.`), taxonomy);
    expect(en.entity).toBe("HBM");
  });

  it.each([
    ["no name across a sentence's end", "Canadian stocks close higher; simulator maker gains on results", "TORONTO — Canada's main stock index rose 0.5% on Wednesday. Corvane Aviation Ltd gained 4.2% after the flight-simulator maker posted quarterly revenue of C$1.2 billion.", "CORVANE_AVIATION"],
    ["the company a house upgrades, not the house", "Peel Hunt upgrades Kestrel Homewares to buy after solid half", "Kestrel Homewares reported first-half sales of £870m, up 4%. Peel Hunt raised its target price to 1,350p, and Peel Hunt expects more.", "KESTREL_HOMEWARES"],
    ["a name with an aside of when it was founded, that sold its units", "The scooter wars: how a Beijing upstart took on the giants", "China's electric two-wheeler market grew 8% last year to 55 million units, according to a research firm. Lumeo Mobility, founded in 2014, sold 4.1 million scooters in the first nine months, up 40%.", "LUMEO_MOBILITY"],
  ])("reads the lead's company in the forms beyond the results story: %s", (_case, title, lead, want) => {
    expect(extractFacts(article(title, lead), taxonomy).entity).toBe(want);
  });

  it("reads no verb of saying that opens a clause as part of the name a bracket closes (，指泓川電子（2999）), unless too little is left (指南针)", () => {
    expect(extractFacts(article("華瀚證券：維持買入評級", "華瀚證券發表報告，指泓川電子（2999）第三季營收48億元，年增12%。"), taxonomy).newEntity?.name).toMatch(/^泓川[电電]子$/);
    expect(unknownCompany("指南针（300803）前三季度营收12亿元。", "lead")?.name).toBe("指南针");
  });

  it("still reads an exchange's operator as the company when it reports results", () => {
    expect(extractFacts(article("ASX posts 8% rise in half-year profit", "ASX said net profit after tax rose 8% to A$282 million for the six months to December 31."), taxonomy).entity).toBe("ASX");
    expect(extractFacts(article("SGX reports record first-half profit", "SGX said adjusted net profit rose 12% to S$360 million."), taxonomy).entity).toBe("SGX");
    expect(unknownCompany("港交所中期纯利增长33%", "title")?.name).toBe("港交所");
    expect(unknownCompany("港交所收市后公布，中期纯利增长33%至86亿港元。", "lead")?.name).toBe("港交所");
  });

  it("reads no byline's name as the company: the lead starts after the byline", () => {
    const body = "Owen Brisk | Columnist | Feb 18, 2026 – 6.30pm\n\nThere was a lot for shareholders to like. Yarrabin Copper said revenue rose 14% to A$3.1 billion.";
    expect(extractFacts(article("Miners rally on copper", body), taxonomy).entity).toBe("YARRABIN_COPPER");
  });

  it("reads the company a lead names in its second or third sentence when the headline and the first name none", () => {
    const scene = "It was a hard quarter for the makers of industrial pumps.";
    const named = (title: string, body: string) => extractFacts(article(title, body), taxonomy).entity;
    // A headline's opening capital the body never writes as a name gives way to the lead's company.
    expect(named("Margins squeezed as orders stall", `# Margins squeezed as orders stall\n\n${scene}\n\nHarnwick Fluid Systems said on Wednesday that revenue fell 4% to $812 million.`)).toBe("HARNWICK_FLUID_SYSTEMS");
    expect(named("Pump maker's profit falls", `${scene} Harnwick's revenue fell 4% to $812 million.`)).toBe("HARNWICK");
    expect(named("这家泵企三季度失速", "订单放缓的压力传到了利润表上。恒岳精机周三公布，三季度营收8.1亿元，同比下降4%。")).toBe(extractFacts(article("恒岳精机三季度失速", "三季度营收8.1亿元。"), taxonomy).entity);
    // A person's role, or a sentence without a figure, names no company.
    expect(named("Orders stall at pump maker", `${scene} Chief executive Jane Doe said demand was weak. Revenue fell 4% to $812 million.`)).toBe("NEW_COMPANY");
    expect(named("Orders stall at pump maker", `${scene} Jane Doe said demand was weak. Revenue fell 4% to $812 million.`)).toBe("NEW_COMPANY");
    expect(named("Orders stall at pump maker", `${scene} Jane Doe, who runs the business, said demand was weak. Revenue fell 4% to $812 million.`)).toBe("NEW_COMPANY");
    // (A name opening its sentence, an aside that describes a business, then its report, is the company;
    // so is a name after a metric's word and "at" or "from", one set off after a description, and one
    // after an opening "For".)
    expect(named("Orders stall at pump maker", `${scene} Revenue at Tolvane Pumps fell 4% to $812 million.`)).toBe("TOLVANE_PUMPS");
    expect(named("Orders stall at pump maker", `${scene} Results from Tolvane Pumps on Tuesday showed revenue falling 4% to $812 million.`)).toBe("TOLVANE_PUMPS");
    expect(named("Orders stall at pump maker", `${scene} The maker of valves, Tolvane Pumps, reported revenue of $812 million.`)).toBe("TOLVANE_PUMPS");
    expect(named("Orders stall at pump maker", `${scene} For Tolvane Pumps, the quarter brought revenue of $812 million, down 4%.`)).toBe("TOLVANE_PUMPS");
    expect(named("Orders stall at pump maker", `${scene}\n\nTolvane Pumps, which makes valves for water utilities, said revenue fell 4% to $812 million.`)).toBe("TOLVANE_PUMPS");
    // (A person's surname before a verb of forecasting is no company: "said analyst Priya Raman … Raman expects".)
    expect(named("Orders stall at pump maker", `${scene} Harnwick Fluid Systems said revenue fell 4% to $812 million. "Demand is soft," said analyst Priya Raman. Raman expects full-year profit of $90 million.`)).toBe("HARNWICK_FLUID_SYSTEMS");
    expect(extractFacts(`Vestalo reported revenue of $5.2 billion. "The high end is under pressure," said analyst Priya Raman. Raman expects net profit of about $1.3 billion.`, taxonomy, { date: "2025-11-12" }).entity).toBe("VESTALO");
    // A headline's name the body writes stays the company, whatever the lead's later sentences name.
    expect(named("Harnwick profit falls", `${scene} Harnwick said revenue fell 4%. Rival Tolvane Pumps posted revenue of $500 million.`)).toBe("HARNWICK");
  });

  it("gives --entity the last word", () => {
    expect(extractFacts(article("Gizmo Robotics (NASDAQ: GZMO) posts record quarter", "Revenue was $1.2 billion."), taxonomy, { entity: "AMZN" }).entity).toBe("AMZN");
  });

  it("proposes a taxonomy stanza in the taxonomy's layout", () => {
    expect(entityStanza({ id: "GZMO", name: "Gizmo Robotics", ticker: "GZMO", foundIn: "title", strong: true }, "en")).toBe(
      [
        "  GZMO:",
        "    name: Gizmo Robotics",
        '    fiscal_year_end: "12-31"   # check: the last day of its fiscal year (or e.g. "last Saturday of 09")',
        "    aliases:",
        "      zh-Hans: []",
        "      zh-Hant: []",
        "      en: [Gizmo Robotics, GZMO]",
      ].join("\n"),
    );
  });
});

describe("articles as sites export them", () => {
  it("reads front matter that follows an HTML comment", () => {
    const text = `<!-- source: an export note -->\n---\ntitle: "Gizmo Robotics posts record quarter"\ndate: "2026-03-02 10:00:00"\nlang:\n  - "en"\n---\nGizmo Robotics said revenue was $1.2 billion.\n`;
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.header.title).toBe("Gizmo Robotics posts record quarter");
    expect(extraction.date).toBe("2026-03-02");
    expect(extraction.facts[0]).toMatchObject({ entity: "GIZMO_ROBOTICS", line: 8 });
  });

  it("takes, of a title-case headline's capitalised words, the run the body repeats", () => {
    const text = article("Gizmo Robotics Shares Jump After Record Quarter", "Gizmo Robotics said revenue was $1.2 billion. Gizmo Robotics also raised its outlook.");
    expect(extractFacts(text, taxonomy).entity).toBe("GIZMO_ROBOTICS");
  });

  it("takes, of a Chinese headline's run of characters, the name the body repeats, not the verb after it", () => {
    const text = article("云杉精工预告全年净利增长30%", "云杉精工公告称，全年净利润约为5亿元。云杉精工表示订单充足。");
    expect(extractFacts(text, taxonomy).newEntity?.name).toBe("云杉精工");
    const conference = article("鹤峰法说会：第四季营收估季增5%", "鹤峰今日举行法说会。鹤峰预计第四季营收季增5%。");
    expect(extractFacts(conference, taxonomy).newEntity?.name).toBe("鹤峰");
  });

  it("reads past a wire's rubric before the headline's name (the lexicon's rubric words)", () => {
    for (const title of ["UPDATE 2-Gizmo Robotics posts record quarter", "FACTBOX-Gizmo Robotics posts record quarter"]) {
      expect(extractFacts(article(title, "Gizmo Robotics said revenue was $1.2 billion."), taxonomy).newEntity?.name).toBe("Gizmo Robotics");
    }
  });

  it("keeps a Chinese headline's name as read when the body does not repeat a part of it", () => {
    const text = article("云杉精工第三季营收增长12%", "公司第三季营收为 12 亿元。");
    expect(extractFacts(text, taxonomy).newEntity?.name).toBe("云杉精工");
  });

  it("gives a name written in Chinese characters an id of its own, the same in both scripts", () => {
    const simplified = extractFacts(article("星河电子第三季度营收增长12%", "星河电子营收为 12 亿美元。"), taxonomy);
    const traditional = extractFacts(article("星河電子第三季度營收增長12%", "星河電子營收為 12 億美元。"), taxonomy);
    expect(simplified.entity).toMatch(/^CO_[0-9A-F]{8}$/);
    expect(traditional.entity).toBe(simplified.entity);
  });
});

describe("peers the taxonomy does not know", () => {
  it("files a figure under a company the article names in the possessive and names again, not under its subject", () => {
    const text = article("Gizmo Robotics posts record quarter", "Gizmo Robotics said revenue rose to $1.2 billion. Rival Acme Tools' revenue fell to $900 million. Acme Tools has struggled.");
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.facts.map((fact) => fact.entity)).toEqual(["GIZMO_ROBOTICS", "ACME_TOOLS"]);
    expect(extraction.newPeers.map((peer) => peer.id)).toEqual(["ACME_TOOLS"]);
  });

  it.each([
    ["竞争对手LG生活健康三季度营业利润同比下降52.3%。", "-52.3", "LG生活健康"],
    ["竞争对手TCL科技三季度净利润增长15%。", "15", "TCL科技"],
    ["对手Kelvo电子的营收则下降5%。", "-5", "Kelvo电子"],
  ])("files a rival's figure under the rival a peer word names, Latin capitals opening its Chinese name: %s", (sentence, value, name) => {
    const extraction = extractFacts(article("泓悦化妆品三季度营收增长12%", `泓悦化妆品（002999.SZ）三季度营收48亿元，同比增长12%。${sentence}`), taxonomy);
    const peer = extraction.newPeers.find((each) => each.name === name);
    expect(peer).toBeDefined();
    expect(extraction.facts.find((fact) => fact.value === value)?.entity).toBe(peer!.id);
  });

  it("leaves a possessive named once, or a word that names no company, with the subject", () => {
    const text = article("Gizmo Robotics posts record quarter", "Wall Street's estimate was $1.1 billion. Gizmo Robotics said revenue rose to $1.2 billion.");
    expect(extractFacts(text, taxonomy).newPeers).toEqual([]);
  });

  it("gives the stanza the fiscal year end the article told", () => {
    const stanza = entityStanza({ id: "KIYO", name: "Kiyomizu Electric", foundIn: "title", strong: false, fiscalYearEnd: "03-31" }, "en");
    expect(stanza).toContain('    fiscal_year_end: "03-31"   # as the article\'s periods tell it: check');
  });

  it("gives the stanza a year named by the year it starts in, as the taxonomy loads it", () => {
    const stanza = entityStanza({ id: "HARW", name: "Harwick Living", foundIn: "title", strong: false, fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" }, "en");
    expect(stanza).toContain("    fiscal_year_named_by: start");
    const text = readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"), "utf8").replace(/^entities:\n/m, `entities:\n${stanza}\n`);
    const loaded = loadTaxonomy({ file: "facts/taxonomy.yaml", text });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.taxonomy!.entities.get("HARW")!.fiscalYearNamedBy).toBe("start");
  });

  it("gives a 52/53-week year told by a quarter's last day in a stanza the taxonomy loads, on the company's own days", () => {
    const stanza = entityStanza({ id: "QUILL", name: "Quillmark Devices", foundIn: "title", strong: false, fiscalYearEnd: "last Saturday of 06" }, "en");
    const text = readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml"), "utf8").replace(/^entities:\n/m, `entities:\n${stanza}\n`);
    const loaded = loadTaxonomy({ file: "facts/taxonomy.yaml", text });
    expect(loaded.diagnostics).toEqual([]);
    const calendar = loaded.taxonomy!.entities.get("QUILL")!.fiscalYearEnd;
    const quarter = parsePeriod("2026-Q2", calendar);
    expect(quarter.ok && quarter.period.key).toBe("2025-09-28..2025-12-27");
  });

  it("reads a company the taxonomy does not know on the fiscal year its text tells, and says so in its stanza", () => {
    const text = "Kiyomizu Electric results\n\nKiyomizu Electric said third-quarter operating profit was 118 billion yen, and kept its forecast for the year ending in March.";
    const { newEntity, facts } = extractFacts(text, repositoryTaxonomy(), { date: "2025-02-04" });
    expect(newEntity?.fiscalYearEnd).toBe("03-31");
    expect(facts[0]).toMatchObject({ metric: "operating_income", period: "2025-Q3" });
  });
});

describe("whose figure a sentence points back at", () => {
  it("gives a figure after 该公司 to the company named last before it in the paragraph, a rival introduced there too", () => {
    const text = article("云岚乳业业绩预告", "云岚乳业预计2025年归母净利润5.1亿元。\n\n同日，竞争对手禾岭乳品也发布预告，预计2025年归母净利润3.6亿元。该公司预计计提资产减值约2.8亿元。");
    const extraction = extractFacts(text, taxonomy);
    const rival = extraction.facts.find((fact) => fact.value === "3.6")!.entity;
    expect(rival).not.toBe(extraction.entity);
    expect(extraction.facts.find((fact) => fact.value === "2.8")!.entity).toBe(rival);
  });

  it("gives it to the story's own company after a word of contrast (相比之下), in traditional characters too", () => {
    const text = article("嶺信銀行全年業績", "嶺信銀行去年股東應佔溢利按年增長6%。\n\n同日公布業績的澤灣銀行，淨息差收窄至1.75%。相比之下，該行的客戶貸款按年增長5.6%。");
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.facts.find((fact) => fact.value === "1.75")!.entity).not.toBe(extraction.entity);
    expect(extraction.facts.find((fact) => fact.value === "5.6")!.entity).toBe(extraction.entity);
  });

  it("leaves a figure of the company's trade with a customer (向第一大客户…的销售额, sales to its largest customer) with the company", () => {
    const text = article("岚屿锂电三季度", "岚屿锂电前三季度营业收入86.4亿元。\n\n公司披露，前三季度向第一大客户澄曜汽车的销售额约33.4亿元，占营业收入的比重约38.6%。澄曜汽车此前披露，上半年营收为386亿元。");
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.facts.filter((fact) => fact.value === "33.4" || fact.value === "38.6").map((fact) => fact.entity)).toEqual([extraction.entity, extraction.entity]);
    expect(extraction.facts.find((fact) => fact.value === "386")!.entity).not.toBe(extraction.entity);
  });

  it("ends a paragraph's company at the next heading: the story's own again under it", () => {
    const text = article(
      "Quillmoor Optics leans on Harwick as sales jump",
      "Quillmoor Optics, the Tucson lens maker, said revenue rose 24% to $412.6 million in its first quarter.\n\n## Its biggest customer\n\nHarwick, which reported a week earlier, delivered 18,240 trucks in the quarter.\n\n## Margins\n\nGross margin widened to 36.4% from 34.9%.",
    );
    const extraction = extractFacts(text, taxonomy);
    expect(extraction.facts.find((fact) => fact.value === "18,240")!.entity).not.toBe(extraction.entity);
    expect(extraction.facts.filter((fact) => fact.metric === "gross_margin").map((fact) => fact.entity)).toEqual([extraction.entity, extraction.entity]);
  });

  it("files a story whose lead names its company once, before a verb of results, under that company, not under the one whose segment shares its words", () => {
    const extraction = extractFacts("Bexford Devices said revenue rose 14% to $2.41 billion. The Data Center & Networking segment, which sells chips used in AI servers, grew 41% to $884 million.", taxonomy);
    expect(extraction.entity).toBe("BEXFORD_DEVICES");
    // (A story that names no company and only a segment one company has is still that company's.)
    expect(extractFacts("AWS revenue rose 19% to $28.8 billion in the quarter.", taxonomy).entity).toBe("AMZN");
  });

  it("reads no country's maker word as part of a Chinese headline's company name (日廠, 台厂, 陆企)", () => {
    for (const [title, body, name] of [["日廠鄰森電機上修全年獲利預測", "鄰森電機公布上半年營收3,105億日圓。", "邻森电机"], ["台厂岚舟科技第三季营收创新高", "岚舟科技公布第三季营收18.6亿元。", "岚舟科技"]] as const) {
      expect(extractFacts(article(title, body), taxonomy).newEntity?.name, title).toBe(name);
    }
  });
});

