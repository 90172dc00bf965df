import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

describe("extractFacts", () => {
  it.each([
    ["营收 2,134 亿美元", { metric: "revenue", value: "2,134", scale: "亿", unit: "USD" }],
    ["营收 1270.83亿美元", { value: "1270.83" }],
    ["经营亏损 27 亿美元", { metric: "operating_income", value: "-27" }],
    ["Revenue grew 10% from a year earlier", { metric: "revenue", measure: "yoy", value: "10" }],
    ["营收同比下降 5%", { measure: "yoy", value: "-5" }],
    ["营收达 2.4万亿美元", { value: "2.4", scale: "万亿" }],
    ["营收逾 16 亿美元", { qualifier: "more_than" }],
    ["营收至少 16 亿美元", { qualifier: "at_least" }],
    ["营收 20%至40%", { value: "20", valueHigh: "40", unit: "percent" }],
    ["年化营收达 1,420 亿美元", { basis: "run_rate" }],
    ["Scotch grew organic net sales 4.0 per cent", { metric: "revenue", measure: "yoy", basis: "non_gaap" }],
    ["The banner had sales of $188 million, or 23% of the channel", { metric: "revenue", value: "188" }],
    ["Passenger numbers rose 6% to 4.1 million", { metric: "customers" }],
    ["Active merchants: 412,000, up 15%", { metric: "customers" }],
    ["截至9月底，集团僱员约6,300人。", { metric: "employees", value: "6,300" }],
    ["门店数约为11,200家", { metric: "retail_outlets" }],
    ["The chain had a store count of 612 at quarter end.", { metric: "retail_outlets" }],
    // (A bank's and an insurer's words in Taiwan and on the mainland: the taxonomy's aliases.)
    ["放款餘額2兆4,380億元", { metric: "loans" }],
    ["手續費淨收益161.6億元", { metric: "net_fee_income" }],
    ["每股稅後盈餘3.28元", { metric: "eps_diluted" }],
    ["寿险板块实现保险业务收入4,386亿元", { metric: "insurance_premiums" }],
    // (Tenths and hundredths in characters: 一成 where it is a change's size, 一成二 is 12%.)
    ["营收季增一成以上", { measure: "qoq", value: "10", unit: "percent" }],
    ["营收按年上升一成二", { measure: "yoy", value: "12", unit: "percent" }],
  ])("%s", (input, expected) => {
    const { facts } = extractFacts(input, taxonomy, { date: "2026-02-06" });
    expect(facts[0]).toMatchObject(expected);
  });

  it("reads a basis word in a bracket beside its own figure as that figure's, and one in a bracket of words alone as the figure's before it", () => {
    const { facts } = extractFacts("- Europe: net sales £566m (organic +3.9%)\n\n营收同比增长 9%(剔除汇率影响)", taxonomy, { date: "2026-01-29" });
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.basis]));
    expect(byValue).toMatchObject({ "566": "reported", "3.9": "non_gaap", "9": "ex_fx" });
  });

  it("reads the base an adjusted figure is set against, with no basis word of its own, on the same basis", () => {
    const text = story("Lahnberg Chemie third-quarter results", "Lahnberg Chemie said its third-quarter EBIT before special items fell 14% to 612 million euros ($711 million) from 712 million a year earlier. Revenue rose 5.6% to 7.4 billion euros from 7.0 billion.");
    const byValue = Object.fromEntries(extractFacts(text, taxonomy, { date: "2025-10-23" }).facts.map((fact) => [fact.value, fact.basis]));
    expect(byValue).toMatchObject({ "612": "non_gaap", "712": "non_gaap", "7.4": "reported", "7.0": "reported" });
    // (A hedge and a currency may stand between the base's word and its figure.)
    const hedged = story("Lahnberg Chemie third-quarter results", "Lahnberg Chemie said its third-quarter EBIT before special items fell to 612 million euros compared with more than EUR 700 million a year earlier.");
    expect(extractFacts(hedged, taxonomy, { date: "2025-10-23" }).facts.find((fact) => fact.value === "700")?.basis).toBe("non_gaap");
  });

  it("reads a base in brackets that opens with the end of a month as a base, which sets no period for what follows", () => {
    const text = story("Brisworth Grocers half-year results", "Brisworth Grocers reported first-half results for the six months to Aug. 31.\n\n- Net debt: £640m (end-February: £712m)\n\nOnline sales grew 11 per cent and now make up 14 per cent of the group total.");
    const { facts } = extractFacts(text, taxonomy, { date: "2025-10-09" });
    expect(facts.find((fact) => fact.value === "11")?.period).not.toMatch(/-02$/);
  });

  it("reads what a sentence whose subject is the analysts says will come as their estimate, and the company's as guidance", () => {
    const basisOf = (text: string) => extractFacts(text, taxonomy, { date: "2025-12-10" }).facts.map((fact) => fact.basis);
    expect(basisOf("不过，法人认为在订单带动下，岚华第四季营收可望季增8%至10%。")).toEqual(["estimate"]);
    expect(basisOf("Analysts believe fourth-quarter revenue will reach $84 million to $87 million.")).toEqual(["estimate"]);
    expect(basisOf("公司认为第四季营收可望季增8%至10%。")).toEqual(["guidance"]);
  });

  it("reads a count after its label and a colon, the line's end after it (\"- Headcount: 1,42,380\")", () => {
    const text = story("Chalukya Software Q3 results", "Chalukya Software reported third-quarter results on Wednesday.\n\n- Headcount: 1,42,380\n- Stores at quarter end: 612\n- Section 49: the rules\n");
    const { facts } = extractFacts(text, taxonomy, { date: "2026-01-14" });
    expect(facts.map((fact) => [fact.metric, fact.value])).toEqual([
      ["employees", "1,42,380"],
      ["retail_outlets", "612"],
    ]);
  });

  it("reads a percent set after an amount with \"or\", of a whole named after it, as the amount's share", () => {
    const { facts } = extractFacts("The banner had sales of $188 million, or 23% of the channel, and its comparable sales rose 4.5%.", taxonomy, { date: "2025-11-26" });
    expect(facts.find((fact) => fact.value === "23")).toMatchObject({ metric: "revenue", measure: "share" });
    // (A hedge may stand between "or" and the percent.)
    for (const hedge of ["about", "close to", "more than"]) {
      const hedged = extractFacts(`The banner had sales of $188 million, or ${hedge} 23% of the channel.`, taxonomy, { date: "2025-11-26" }).facts;
      expect(hedged.find((fact) => fact.value === "23")).toMatchObject({ metric: "revenue", measure: "share" });
    }
  });

  it("takes no figure's period from a calendar the sentence tells in passing (\"which runs a financial year to June 30\")", () => {
    const text = story("Korrumbyn Resources half-year profit falls", "The Perth-based miner, which runs a financial year to June 30, posted underlying net profit after tax of US$1.12 billion (A$1.71 billion) for the six months to December 31.");
    const { facts } = extractFacts(text, taxonomy, { date: "2026-02-17" });
    expect(facts.find((fact) => fact.value === "1.12")?.period).toBe("2026-Q1..2026-Q2");
  });

  /** A story about a new company: its title, its body, its date. */
  const story = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n${body}`;
  it.each([
    ["the day a fiscal quarter ends, written before it", story("芬岭软件第三财季营收超预期", "芬岭软件公布，截至10月31日的2026财年第三季度营收为6.12亿美元。"), "2025-12-03", "01-31"],
    ["the day a fiscal quarter ends, the year's first quarter", story("德岭种植首季净利扬62%", "德岭种植集团截至今年9月30日的2026财年首季，净利至8732万令吉。"), "2025-11-27", "06-30"],
    // (A quarter named by its number alone, with no fiscal year before it, tells nothing: 截至9月30日的第三季度.)
    ["nothing from a quarter named by its number alone", story("岭东化工三季度业绩", "岭东化工截至9月30日的第三季度营收为12.1亿元。"), "2025-10-28", undefined],
    ["the end said outright, a day before its month, over a year a table's caption ends for another company", story("Hollinbeck Foods buys Marrow & Vane", "### Marrow & Vane at a glance (year to December)\n\n| | 2024 |\n|---|---|\n| Sales (£m) | 94.5 |\n\nHollinbeck Foods, whose financial year ends on 31 March, said revenue for the six months to 30 September rose 5.8% to £642.3m."), "2025-11-19", "03-31"],
    ["the end said outright in the story's own possessive", story("Quillmoor Optics sales jump", "Quillmoor Optics said revenue rose 24% to $412.6 million in the quarter. Quillmoor's fiscal year runs through June 30."), "2025-10-29", "06-30"],
    ["nothing from another company's year, in the possessive", story("Quillmoor Optics sales jump", "Quillmoor Optics said revenue rose 24% to $412.6 million in the quarter. Rival Pennmoor's fiscal year runs through June 30."), "2025-10-29", undefined],
    ["a yearless fiscal quarter the opening reports, the one just over (a fourth quarter in November)", story("Brackenfield Controls orders climb", "Brackenfield Controls said revenue in its fiscal fourth quarter rose 6% to $2.14 billion."), "2026-11-12", "09-30"],
    ["nothing from a yearless fiscal quarter whose calendar quarter ended days before", story("Brackenfield Controls results", "Brackenfield Controls said revenue in its fiscal second quarter rose 6% to $2.14 billion."), "2025-07-08", undefined],
    ["nothing from a yearless fiscal quarter a forecast is for", story("Calvary Chips results", "For the fiscal fourth quarter, Calvary Chips said it expects revenue of about $8.6 billion."), "2025-11-20", undefined],
    ["a half written as a fiscal one, reported in February (a year to June)", story("Tarrawong Grocers lifts interim dividend", "Tarrawong Grocers has reported higher earnings for the first half of fiscal 2026."), "2026-02-24", "06-30"],
    ["nothing from a half written as a fiscal one whose calendar half is over by the date (days before)", story("Tarrawong Grocers results", "Tarrawong Grocers reported higher earnings for the second half of fiscal 2025."), "2026-01-08", undefined],
    ["a quarter pointed back at with the day it ends (该季度截至10月31日)", story("柯维尔软件三季度营收增长", "柯维尔软件第三财季营收8.12亿美元，同比增长12%。该季度截至10月31日。"), "2025-12-10", "01-31"],
    ["a fiscal quarter then 截至 and a day, with no bracket", story("柯维尔软件三季度营收增长", "柯维尔软件第三财季截至10月31日，营收8.12亿美元。"), "2025-12-10", "01-31"],
    ["a fiscal quarter's end in brackets after it", story("布雷尔食品二季度营收增长", "布雷尔食品2026财年第二财季（截至2025年11月30日）营收8.12亿美元。"), "2026-01-08", "05-31"],
    ["\"the three months that ended Oct. 31\" after the fiscal third quarter", story("Corvenna Software tops estimates", "Corvenna Software reported results for its fiscal 2026 third quarter, the three months that ended Oct. 31, on Tuesday."), "2025-12-03", "01-31"],
    ["a quarter and the month it ends in (\"the fourth quarter ending in January\")", story("Pellbrook Systems beats", "Pellbrook Systems reported third-quarter revenue of $212.4 million. For the fourth quarter ending in January it expects revenue of $220 million."), "2025-12-03", "01-31"],
    ["a half and the day it ends (\"the first half to 30 November\")", story("Tarnford Group interims", "Tarnford Group said revenue for the first half to 30 November rose 6% to £812 million."), "2026-01-20", "05-31"],
    ["\"its fiscal second quarter through Nov. 30\"", story("Brellwick Foods results", "Brellwick Foods said revenue in its fiscal second quarter through Nov. 30 rose 6% to $812 million."), "2025-12-15", "05-31"],
    ["\"for the period ended Nov. 30\" after the quarter's figure", story("Brellwick Foods results", "Brellwick Foods reported second-quarter revenue of $812 million for the period ended Nov. 30, up 6%."), "2025-12-18", "05-31"],
    ["a half to September, over a bought company's year to December", story("Harwick Ales buys Tenbury Cider", "Harwick Ales has agreed to buy Tenbury Cider for £120m. Tenbury made pre-tax profit of £9.1m in the year to 31 December 2024.\n\nHarwick's revenue for the six months to 30 September, the first half of its financial year, rose 4% to £301.2m."), "2025-11-18", "03-31"],
    ["nothing from the six months to December after a year to December 31 (the calendar's second half)", story("Oxwell Cinemas results", "Oxwell Cinemas said admissions rose 6% in the year to December 31. Revenue increased 9% to £402.5 million.\n\nRevenue in the six months to December rose 12% to £221.4 million."), "2026-03-12", undefined],
    ["a yearless fiscal quarter reported in December, whose results came some five weeks after October's end rather than ten days after November's", story("Harlow Stores results", "Harlow Stores (NASDAQ: HRLW) reported fiscal second-quarter revenue of $4.1 billion on Tuesday."), "2025-12-10", "04-30"],
    ["a fiscal year a verb of reporting gives results for (\"reported record profit for fiscal 2025\"), in December", story("Kestrel Foods posts record profit", "TOKYO, Dec 12 - Kestrel Foods Co (3999.T) reported record profit for fiscal 2025 on Friday."), "2025-12-12", "09-30"],
    ["a yearless fiscal quarter reported in late November, near two months after September's end (later than a quarter's results come) and four weeks after October's", story("Marrick Powersports beats", "Marrick Powersports (TSX: MRK) reported fiscal third-quarter results on Friday that topped estimates."), "2025-11-28", "01-31"],
    ["a fiscal year's first nine months with its year (\"9M FY26\"), reported in early February: the nine months to December of a year to March", story("Kavrana Motors nine-month revenue", "Kavrana Motors said revenue for 9M FY26 rose 6% to ₹24,120 crore."), "2026-02-05", "03-31"],
    ["a yearless half written as a fiscal one (上半財年), reported in mid-November: the half to September of a year to March", story("泓田電子上半財年營收", "泓田電子（2999）上半財年營收2,450億元，年減3.2%。"), "2025-11-12", "03-31"],
    ["the same half reported in late February: the half to December of a year to June", story("泓田電子上半財年營收", "泓田電子（2999）上半財年營收2,450億元，年減3.2%。"), "2026-02-20", "06-30"],
  ])("reads a new company's fiscal year end from %s", (_, text, date, end) => {
    expect(extractFacts(text, taxonomy, { date }).newEntity?.fiscalYearEnd).toBe(end);
  });

  it("reads a Chinese fiscal year named by the year it starts in from the bracket that says when it ends (2025财年（截至2026年3月）)", () => {
    const text = "---\ntitle: \"苇岭电装上调全年预期\"\n---\n\n苇岭电装将2025财年（截至2026年3月）的营业利润预期从此前的760亿日元上调至810亿日元。";
    const extraction = extractFacts(text, taxonomy, { date: "2025-11-12" });
    expect(extraction.newEntity).toMatchObject({ fiscalYearEnd: "03-31", fiscalYearNamedBy: "start" });
    // (FY2026 is the year that ends in March 2026: the company's 2025财年.)
    expect(extraction.facts.find((fact) => fact.value === "810")!.period).toBe("FY2026");
  });

  it("gives line and column in the original text", () => {
    const { facts } = extractFacts("标题\n\n  营收 100 亿美元", taxonomy, { date: "2026-02-06" });
    expect(facts[0]).toMatchObject({ line: 3, column: 6 });
  });

  // Time on such input is measured in the bench (npm run bench:extract, adversarial texts), never here.
  it("never throws on hostile input", () => {
    const hostile = ["\uD800", "1".repeat(100_000), "营收".repeat(50_000), "1,".repeat(50_000), "\u0000\uFFFF😀", "亿".repeat(10_000)].join("");
    expect(() => extractFacts(hostile, taxonomy)).not.toThrow();
  });
});
