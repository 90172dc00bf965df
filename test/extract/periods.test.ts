import { describe, expect, it } from "vitest";
import { calendarQuarterHolding, findPeriods, fiscalQuarterOf, resolvePeriod } from "../../src/extract/periods.js";
import { parseFiscalYearEnd } from "../../src/periods/period.js";
import { extractFacts } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

const context = { date: "2026-02-06", quarter: { year: 2025, quarter: 4 } };

describe("findPeriods and resolvePeriod", () => {
  it.each([
    ["2025年第四季度", "2025-Q4"],
    // (A span of days, as a trading update gives its weeks: its start in the year before when its month comes later.)
    ["10月1日至11月20日期间", "2025-10-01..2025-11-20"],
    ["from oct. 1 to nov. 20", "2025-10-01..2025-11-20"],
    ["between december 20 and january 5", "2025-12-20..2026-01-05"],
    // (A quarter's first two months, as a monthly revenue report adds them up.)
    ["2025年第四季前两个月", "2025-10..2025-11"],
    ["the first two months of the fourth quarter", "2025-10..2025-11"],
    ["fy25q4", "2025-Q4"],
    ["2q2025", "2025-Q2"],
    ["3q25", "2025-Q3"],
    // (A fiscal quarter as Malaysian filings write it, and a quarter "of its financial year".)
    ["1qfy26", "2026-Q1"],
    ["the first quarter of its financial year 2026", "2026-Q1"],
    ["the second quarter of the 2026 fiscal year", "2026-Q2"],
    // (A half before a fiscal year of four digits, as a results table heads its columns.)
    ["2h fy2025", "2025-H2"],
    ["1h fy2026", "2026-H1"],
    // (A year named, its last month in brackets, as the Chinese-language press writes a Japanese company's year.)
    ["2025会计年度（至2026年3月）", "2025-04..2026-03"],
    ["2024年度（截至2025年3月底）", "2024-04..2025-03"],
    ["q4 2025", "2025-Q4"],
    ["the fourth quarter", "2025-Q4"],
    ["第一季度", "2026-Q1"],
    ["2025年全年", "FY2025"],
    ["2024全年", "FY2024"],
    ["今年", "FY2026"],
    ["去年", "FY2025"],
    ["去年同期", "2024-Q4"],
    ["过去12个月", "TTM:2025-12-31"],
    ["2025年12月2日", "@2025-12-02"],
    ["last year", "FY2025"],
    ["从2016年到2026年", "FY2016..FY2026"],
    ["from 2016 to 2026", "FY2016..FY2026"],
    ["2016-2026年", "FY2016..FY2026"],
    ["未来几年", "none"],
    ["in the coming years", "none"],
  ])("%s → %s", (text, label) => {
    const [match] = findPeriods(text);
    expect(match && resolvePeriod(match.cue, context)).toBe(label);
  });

  it.each(["1qfy26", "the first quarter of its financial year 2026", "the second quarter of the 2026 fiscal year", "截至9月30日止6个月", "2026会计年度第一季", "2026财政年度第一季"])("%s is one period, the company's own", (text) => {
    const matches = findPeriods(text);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.end - matches[0]!.start).toBe(text.length);
    const cue = matches[0]!.cue;
    expect(cue.kind === "quarter" ? cue.fiscal : cue.kind === "ending" ? cue.months : undefined).toBe(cue.kind === "quarter" ? true : 6);
  });
});

describe("period spans", () => {
  it("does not read a quarter range or a date as a span of years", () => {
    expect(findPeriods("2024年至2025年第一季度").some((match) => match.cue.kind === "span")).toBe(false);
    expect(findPeriods("2025-12-31").some((match) => match.cue.kind === "span")).toBe(false);
  });

  it("reads 同期 on its own as the period just talked about, and 去年同期 as the year-ago period", () => {
    expect(findPeriods("同期").map((match) => match.cue.kind)).toEqual(["same_as_before"]);
    expect(findPeriods("去年同期").map((match) => match.cue.kind)).toEqual(["same_period_last_year"]);
  });
});

describe("a year ending on a day", () => {
  it.each(["in the year to 30 june", "for the financial year to 30th june", "in the year to june 30"])("reads %s as twelve months to the end of June", (text) => {
    const cues = findPeriods(text).map((match) => match.cue);
    expect(cues).toEqual([expect.objectContaining({ kind: "ending", months: 12, month: 6, day: 30 })]);
  });

  it.each(["revenue rose 11% year-on-year to june", "sales rose 4% year on year to 30 june"])("reads no year ending in %s", (text) => {
    expect(findPeriods(text).some((match) => match.cue.kind === "ending")).toBe(false);
  });

  it("still reads 'for the year to 12.6p' as the year, the figure after 'to' being no day", () => {
    expect(findPeriods("a dividend for the year to 12.6p").map((match) => match.cue.kind)).toEqual(["year"]);
  });
});

describe("a year and a month with a slash", () => {
  it.each([["2025/11", 11], ["2025/9", 9]])("reads %s as a month", (text, month) => {
    expect(findPeriods(text).map((match) => match.cue)).toEqual([{ kind: "month", year: 2025, month }]);
  });

  it.each(["2025/26", "2025/11/08", "2025/12.5"])("reads no month in %s", (text) => {
    expect(findPeriods(text).some((match) => match.cue.kind === "month")).toBe(false);
  });
});

describe("a fiscal year written with both calendar years it runs over, after a slash", () => {
  it.each([
    ["2024/25", { kind: "year", year: 2025, fiscal: true, endYear: true }],
    ["H1 2025/26", { kind: "half", year: 2026, half: 1, fiscal: true }],
    ["the first half of 2025/26", { kind: "half", year: 2026, half: 1, fiscal: true }],
    ["second-half 2025/26", { kind: "half", year: 2026, half: 2, fiscal: true }],
  ])("reads %s as the fiscal year ending in the second year, or its half", (text, cue) => {
    expect(findPeriods(text).map((match) => match.cue)).toEqual([cue]);
  });

  it("reads no year where the second is not the next (2025/27), and still a month (2025/11)", () => {
    expect(findPeriods("2025/27").some((match) => match.cue.kind === "year" && match.cue.fiscal)).toBe(false);
    expect(findPeriods("2025/11").map((match) => match.cue.kind)).toEqual(["month"]);
  });
});

describe("the period of an aside about a name", () => {
  const taxonomy = repositoryTaxonomy();
  const periodsByValue = (text: string) => Object.fromEntries(extractFacts(text, taxonomy, { date: "2026-02-18" }).facts.map((fact) => [fact.value, fact.period]));

  it("is the aside's, not the figure's after it: between dashes, or after a comma and a word that opens an aside", () => {
    const text = "# Birrow Minerals half-year\n\nBirrow Minerals said revenue for the half to December 31, 2025 rose 3 per cent to A$4.9 billion.\n\nBirrow Copper — the former Gundarra Resources, bought in 2023 — lifted revenue 22 per cent to A$1.29 billion. Lithium, folded into another segment last year, made a loss as revenue dropped 31 per cent to A$214 million.";
    const periods = periodsByValue(text);
    expect(periods["1.29"]).toBe(periods["4.9"]);
    expect(periods["214"]).toBe(periods["4.9"]);
  });

  it("is the figure's when the comma opens the sentence's verb after a long subject, not an aside", () => {
    const text = "# Dekkerveld results\n\nAMSTERDAM, July 24 — Dekkerveld Group, the Dutch operator of shops and canteens, reported organic revenue growth of 4.6% for the first half of 2025, down from 6.1% a year earlier.";
    expect(periodsByValue(text)["6.1"]).toBe("2024-H1");
  });
});

describe("a month's end and a year's word inside another", () => {
  const taxonomy = repositoryTaxonomy();
  const periodsByValue = (text: string) => Object.fromEntries(extractFacts(text, taxonomy, { date: "2025-11-06" }).facts.map((fact) => [fact.value, fact.period]));

  it("reads 'at end-September' as the month's last day, which carries to no flow of the next paragraph", () => {
    const periods = periodsByValue("Gelang Bank said total income rose 2 per cent to S$3.05 billion in the third quarter. Wealth assets under management stood at S$412 billion at end-September.\n\nAcross the group, the cost-to-income ratio rose to 40.8 per cent.");
    expect(periods).toMatchObject({ "3.05": "2025-Q3", "412": "@2025-09-30", "40.8": "2025-Q3" });
  });

  it("reads no year in 'annualised': an annualised return on equity is the quarter's", () => {
    expect(findPeriods("annualised return on equity was 15.6 per cent").map((match) => match.cue.kind)).toEqual([]);
    const periods = periodsByValue("Gelang Bank said net profit fell 3 per cent to S$1.12 billion in the third quarter. Its common equity tier 1 ratio was 14.8 per cent and annualised return on equity was 15.6 per cent.");
    expect(periods).toMatchObject({ "14.8": "@2025-09-30", "15.6": "2025-Q3" });
  });
});

describe("a span of months a clause says a period covers", () => {
  it("reads 'which covers October through December' as the three months, not two months", () => {
    const found = findPeriods("the period, which covers october through december, is its strongest");
    expect(found.map((match) => [match.cue.kind, "months" in match.cue ? match.cue.months : undefined])).toEqual([["ending", 3]]);
  });
});

describe("the fiscal year before the one under way", () => {
  const taxonomy = repositoryTaxonomy();
  it("is, for a March-year company in November, the year to last March (last fiscal year, 上一财年)", () => {
    for (const text of [
      "Kamowa Seiki, whose financial year ends in March, said revenue for the six months to Sept. 30 rose 5% to 185 billion yen. Last fiscal year, revenue was 341.2 billion yen.",
      "鸭濑精机公布截至2025年9月30日止六个月业绩，营收1,850亿日元。公司财年截至3月。上一财年，公司营收为3,412亿日元。",
    ]) {
      const facts = extractFacts(text, taxonomy, { date: "2025-11-12" }).facts;
      expect(facts.at(-1)!.period, text).toBe("FY2025");
    }
  });
});

describe("a half or a quarter of a year named in the possessive", () => {
  it("is one period: last year's first half, this year's second half, last year's third quarter", () => {
    const read = (text: string) => findPeriods(text).map((match) => match.cue);
    expect(read("it had reported £393.3m for last year's first half")).toEqual([{ kind: "relative_year_half", relative: -1, half: 1 }]);
    expect(read("this year’s second half")).toEqual([{ kind: "relative_year_half", relative: 0, half: 2 }]);
    expect(read("last year's third quarter")).toEqual([{ kind: "relative_year_quarter", relative: -1, quarter: 3 }]);
  });
});

describe("a change in points set against a base after it", () => {
  it("reads '30 basis points lower than a year ago' as a fall of 30 points on the year, after a rise on the quarter", () => {
    const facts = extractFacts("Jharwal Infotech said revenue rose 7% in the quarter. Operating margin was 21.3%, up 40 basis points from the June quarter but 30 basis points lower than a year ago.", repositoryTaxonomy(), { date: "2025-10-16" }).facts;
    expect(facts.filter((fact) => fact.metric === "operating_margin").map((fact) => [fact.measure, fact.value])).toEqual([["level", "21.3"], ["qoq_abs", "40"], ["yoy_abs", "-30"]]);
  });
});

describe("what a text works out is needed to reach a goal", () => {
  it("is no fact: 需交付约7.5万辆才能完成全年目标, 只要维持在52亿元以上即可达标", () => {
    const facts = extractFacts("格澜汽车11月交付3.62万辆，同比增长28%。12月需交付约7.5万辆才能完成全年目标。高昱12月营收只要维持在52亿元以上即可达标。", repositoryTaxonomy(), { date: "2025-12-02" }).facts;
    expect(facts.map((fact) => fact.value)).toEqual(["3.62", "28"]);
  });
});

describe("a forecast for a span of months named without a year", () => {
  it("is for the next such span when the last one is over: 'which covers October through December … expects'", () => {
    const facts = extractFacts("Gannetmoor Systems said revenue for its fiscal first quarter ended Sept. 27 rose 14% to $1.84 billion. For the fiscal second quarter, which covers October through December, Gannetmoor expects revenue of $1.88 billion to $1.96 billion.", repositoryTaxonomy(), { date: "2025-11-05" }).facts;
    const guidance = facts.find((fact) => fact.value === "1.88")!;
    const result = facts.find((fact) => fact.value === "1.84")!;
    // (A June year: the quarter reported is fiscal 2026's first, the one forecast its second.)
    expect([result.period, guidance.period]).toEqual(["2026-Q1", "2026-Q2"]);
  });
});

describe("a quarter's end given after an aside", () => {
  it("reads 'The quarter, the first of its fiscal 2026, ended Sept. 30' as the end of the story's fiscal quarter", () => {
    const found = findPeriods("the quarter, the first of its fiscal 2026, ended sept. 30.");
    expect(found.map((match) => [match.cue.kind, "month" in match.cue ? match.cue.month : undefined])).toEqual([["ending", 9]]);
    const text = "# Harwick Medical results\n\nHarwick Medical said revenue rose 11% to $612.4 million in its fiscal first quarter. The quarter, the first of its fiscal 2026, ended Sept. 30. Net income was $41 million.";
    const facts = extractFacts(text, repositoryTaxonomy(), { date: "2025-10-29" }).facts;
    expect(facts.map((fact) => [fact.value, fact.period])).toEqual([["11", "2026-Q1"], ["612.4", "2026-Q1"], ["41", "2026-Q1"]]);
  });
});

describe("a fiscal quarter as a calendar quarter", () => {
  it("is the calendar quarter holding its middle day, which reads back as the same fiscal quarter", () => {
    const may = parseFiscalYearEnd("05-31");
    const weeks = parseFiscalYearEnd("last Saturday of 09");
    const march = parseFiscalYearEnd("03-31");
    // (A year ending in May: its first quarter, June to August, is the calendar's third.)
    expect(calendarQuarterHolding("2026-Q1", may)).toEqual({ label: "2025-Q3", end: "2025-08-31" });
    // (A 52/53-week quarter from late September to late December is the calendar's fourth.)
    expect(calendarQuarterHolding("2026-Q1", weeks)?.label).toBe("2025-Q4");
    for (const [calendar, label] of [[may, "2026-Q1"], [weeks, "2026-Q1"], [march, "2026-Q3"], [weeks, "2025-Q4"]] as const) {
      expect(fiscalQuarterOf(calendarQuarterHolding(label, calendar)!.label, calendar)).toBe(label);
    }
    expect(calendarQuarterHolding("not a quarter", may)).toBeUndefined();
  });
});


describe("months running into another year", () => {
  it("reads 10月至明年3月 as six months to March still to come and 去年10月至今年3月 as six months that ended", () => {
    const next = findPeriods("下半财年（10月至明年3月）");
    expect(next.at(-1)?.cue).toEqual({ kind: "ending", months: 6, month: 3, day: 31, upcoming: true });
    expect(findPeriods("去年10月至今年3月")[0]?.cue).toEqual({ kind: "ending", months: 6, month: 3, day: 31 });
  });
});
