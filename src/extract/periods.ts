// Period words in article text (2025年第四季度, FY25Q4, Q4 2025, fourth quarter, 全年, 去年同期,
// 过去12个月, 2025年12月2日, 目前, ...) and how each resolves against the article's date and the quarter
// the article is about, and a calendar quarter in a company's own fiscal quarters. One regular
// expression of plain alternatives, run once over the text.
import { addDays, dayNumber, daysInMonth, isRealDay, lastDayOfMonth, weekdayOf } from "../periods/days.js";
import { fiscalYearLabel, halfLabel, instantLabel, monthLabel, monthLabelAfter, parsePeriod, quarterLabel, quarterLabelAfter, quartersLabel, spanLabel, type FiscalCalendar, type ReadPeriod } from "../periods/period.js";

export type PeriodCue =
  /**
   * A quarter; `fiscal` when written as the company's fiscal quarter (FY25Q4, 2026财年第二季度), else a
   * calendar quarter; `endYear` when `year` is the calendar year its fiscal year ends in (2026年3月期第2季),
   * not the year as the company names it.
   */
  | { kind: "quarter"; year?: number; quarter: number; fiscal?: boolean; endYear?: boolean }
  /**
   * A half; `dividend` when written as a dividend's (末期息, a final dividend): it dates that dividend, not
   * the text; `fiscal` when written as a half of the company's fiscal year, `year` the one it ends in (2025/26中期).
   */
  | { kind: "half"; year?: number; half: number; dividend?: boolean; fiscal?: boolean }
  /**
   * A year; `fiscal` when written as the company's fiscal year (2024财年, fiscal 2024, FY24), which the
   * company may name by its start; `endYear` when `year` is the calendar year it ends in (FY2024-25).
   */
  | { kind: "year"; year?: number; relative?: number; fiscal?: boolean; endYear?: boolean }
  /** The fiscal year's first `quarters` quarters (前三季度, first nine months, 9M FY25). */
  | { kind: "to_date"; quarters: number; year?: number; relative?: number; fiscal?: boolean }
  /** The `months` months that end on a day (截至12月31日的三个月, quarter ended January 26): the company's period ending then. */
  | { kind: "ending"; months: number; year?: number; month: number; day: number; upcoming?: boolean; over?: "ended" | "to" }
  | { kind: "month"; year?: number; month: number }
  | { kind: "date"; year?: number; month: number; day: number }
  | { kind: "ttm" }
  /** The period in hand a year back (上年同期, a year earlier), or in a year named (2023年同期). */
  | { kind: "same_period_last_year"; year?: number }
  /**
   * A quarter next to another: `fromDate` when counted from the article's date (上季, last quarter: the
   * last quarter over when the article was written), else from the quarter the text is about
   * (前一季度, the previous quarter; 本季度, 下季度).
   */
  | { kind: "relative_quarter"; offset: number; fromDate?: boolean }
  /** A day of the week (周四, Thursday): the last such day on or before the article's date. */
  | { kind: "weekday"; day: number }
  /** A day counted from the article's date (昨日, yesterday: one back). */
  | { kind: "relative_day"; offset: number }
  /** A day of the month with no month (宏曄股價29日收盤上漲): the last such day on or before the article's date. */
  | { kind: "day_of_month"; day: number }
  /** A half of a year named relatively (去年下半年, 今年上半年). */
  | { kind: "relative_year_half"; relative: number; half: number }
  /** A quarter of a year named relatively (今年第一季, 去年第四季度). */
  | { kind: "relative_year_quarter"; relative: number; quarter: number }
  /** A month of a year named relatively (去年11月, 今年1月). */
  | { kind: "relative_month_of_year"; relative: number; month: number }
  /** The month before the one the text is about (上月, last month). */
  | { kind: "relative_month"; offset: number }
  /** From one year to another: 从2016年到2026年, 2016-2026年, from 2016 to 2026, a broker's years of estimates 2025E/2026E/2027E. */
  | { kind: "span"; from: number; to: number }
  /** From one day to another: 10月1日至11月20日, "from Oct. 1 to Nov. 20" (a trading update's weeks). */
  | { kind: "day_span"; fromYear?: number; fromMonth: number; fromDay: number; toYear?: number; toMonth: number; toDay: number }
  /**
   * The months ahead of the article's date (未来12个月, "over the next 12 months"), from the article's
   * month. (Years ahead, 未来3年, are left unread: news counts them from the last reported year or
   * from the next, and the span reads either way.)
   */
  | { kind: "ahead"; months: number }
  /** The period the text was just talking about: 同期, 同年, 当期, the same period. */
  | { kind: "same_as_before" }
  /** The period the report being told of covers (报告期内, "in the reporting period"): the story's period. */
  | { kind: "report_period"; quarterOnly?: boolean; halfOnly?: boolean; yearToDate?: boolean }
  /** No period: 未来几年, in the coming years, eventually. */
  | { kind: "none" }
  /** The present: 目前, 现阶段, currently: the quarter the article reports on, or the article's date for a state at a moment. */
  | { kind: "now" };

export interface PeriodMatch {
  start: number;
  end: number;
  cue: PeriodCue;
}

export interface PeriodContext {
  /** The article's date, YYYY-MM-DD. */
  date?: string;
  /** The quarter the article is about: year and quarter. */
  quarter?: { year: number; quarter: number };
}

const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/** Day names whose index modulo 7 is the day as Date.getUTCDay counts it (Sunday 0; 日 and 天 are both Sunday). */
const WEEKDAYS: readonly string[] = ["日", "一", "二", "三", "四", "五", "六", "天", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const EN_ORDINAL: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/** After "the quarter" or "the half": not a period of its own that the words after it name ("the quarter ended…", "the half before"). */
/** After a year written alone right after a period's words ("full year 2025"): not a longer number, a fiscal span (2024/25) or a decimal. */
const YEAR_ALONE_END = String.raw`(?![\d/]|[.,]\d)`;
const STORY_PERIOD_END = String.raw`(?![\s-](?:ended|ending|to|through|that|which|before|after|earlier|ago|under)|[a-z])`;

// Alternatives in priority order; every quantifier is over a single class with a small bound.
const NAMED_SOURCE = [
    // "FY3/26", "FY03/2026", 2026年3月期, 26年3月期: the fiscal year that ends with the month named (Japanese usage).
    String.raw`(?<fym>(?<![a-z])fy\s?(?<fymM>1[0-2]|0?[1-9])/(?<fymYear>20\d{2}|\d{2})(?![\d/])|(?<fymYear2>20\d{2}|(?<![\d.])\d{2})\s?年\s?(?<fymM2>1[0-2]|[1-9])\s?月期)`,
    String.raw`(?<fyspan>(?:fy|fiscal\s(?:year\s)?)\s?'?(?<fyspanA>20\d{2}|\d{2})\s?[-–/]\s?'?(?<fyspanB>20\d{2}|\d{2})(?![\d%]|[.,]\d)|(?<fyspanA2>20\d{2})\s?(?:[-–/至到]|to)\s?(?<fyspanB2>20\d{2}|\d{2})\s?(?:财年度?|财政年度|fiscal(?:\syear)?)(?![\d]))`,
    // "2025/26中期", "2024/25年度上半年": a half of the fiscal year written with both calendar years it runs over.
    String.raw`(?<fyhalf>(?<fyhalfA>20\d{2})\s?\/\s?(?<fyhalfB>\d{2})\s?(?:财年度?|财政年度|年度)?\s?(?<fyhalfW>中期|上半年|下半年|上半财年|下半财年))`,
    // "H1 2025/26", "the first half of 2025/26": the same, in English, the half before the years.
    // ("1H FY2025/26", "H1 FY2025/26": a fiscal year named by both its years, with its half before.)
    String.raw`(?<enfyhalf>(?:(?<![a-z\d])h(?<enfyhalfH>[12])\s|(?<![a-z\d])(?<enfyhalfN>[12])h\s|(?<enfyhalfW>first|second)[\s-]half\s(?:of\s|for\s)?(?:the\s|its\s|their\s)?(?:fiscal\s|financial\s)?(?:year\s)?)(?:fy\s?)?(?<enfyhalfA>20\d{2})\s?\/\s?(?<enfyhalfB>\d{2})(?![\d/]))`,
    String.raw`(?<span>(?:(?:从|自|from|between)\s?)?(?<spanA>20\d{2})e?\s?(?:年|财年|年度)?\s?(?:到|至|-|–|—|~|～|to|and|through|(?:\/\s?20\d{2}e\s?)*\/(?=\s?20\d{2}e))\s?(?<spanB>20\d{2})e?\s?(?:年|财年|年度)?(?!\d|\s?[年月]?\s?第?\s?[一二三四1-4]\s?季)(?![\d.,%]))`,
    // "revenue of £4.2bn (2024: £3.9bn)", "利润（2024年：…）": a year opening a bracket before a colon is the
    // base's own year, for the same period as the figure before the bracket.
    String.raw`(?<samey>(?<sameyYear>20\d{2})\s?年\s?同(?:期|季)|(?<=[(（]\s?)(?<sameyBrYear>20\d{2})(?=\s?年?\s?[:：])|the\ssame\s(?:quarter|period|half|three\smonths|six\smonths|nine\smonths)\s(?:of|in)\s(?:fiscal\s|financial\s|the\sfiscal\syear\s)?(?<sameyEnYear>20\d{2}))`,
    String.raw`(?<fyq>fy\s?(?<fyqYear>\d{4}|\d{2})\s?q(?<fyqQ>[1-4]))`,
    String.raw`(?<qy>(?:fiscal\s)?q(?<qyQ>[1-4])(?:\s?(?:fy\s?|fiscal\s(?:year\s)?)?(?<qyYear>20\d{2})|'(?<qyYear2>\d{2}))(?!\d))`,
    // "3Q25", "2Q2025": the quarter, then its year in two digits or four.
    String.raw`(?<nq>(?<!\d)(?<nqQ>[1-4])q(?<nqYear>20\d{2}|\d{2})(?!\d))`,
    String.raw`(?<qfy>(?:(?<![a-z])q(?<qfyQ>[1-4])|(?<![a-z\d])(?<qfyQ2>[1-4])q)\s?fy\s?(?<qfyYear>20\d{2}|\d{2})(?!\d))`,
    // 2025会计年度（至2026年3月）, 2024年度（截至2025年3月底）: a year named, its last month in brackets (a
    // Japanese company's year as the Chinese-language press writes it): the twelve months to that month.
    String.raw`(?<yearto>(?<yeartoYear>20\d{2})\s?(?:会计|财政|财务)?年度\s?[（(]\s?(?:至|截至|截止)\s?(?<yeartoEY>20\d{2})\s?年\s?(?<yeartoEM>1[0-2]|0?[1-9])\s?月(?:底|末)?止?\s?[)）])`,
    String.raw`(?<ending>(?:截至\s?|(?=20\d{2}\s?年\s?\d{1,2}\s?月\s?(?:\d{1,2}\s?日|底|末)?止))(?:(?<endingYear>20\d{2})\s?年\s?|去年\s?|今年\s?|上年\s?)?(?<endingM>\d{1,2})\s?月\s?(?:(?<endingD>\d{1,2})\s?日|底|末)?止?\s?的?\s?(?:本|该|这个)?(?<endingWhat>三个月|六个月|九个月|十二个月|(?:3|6|9)\s?个月|财季|季度|半年|上半财年|上半年|财政年度|全财年|财年|年度|前三季度|中期|全年|第[一二三四]季度?))`,
    String.raw`(?<enending>(?:(?<enendingWhat>three|six|nine|twelve|3|6|9|12)[\s-]months?|(?<enendingWeeks>\d{1,2}|twelve|thirteen|sixteen|twenty-four|twenty-six|twenty-eight|fifty-two|fifty-three)[\s-]weeks?)\s(?:period\s)?(?:(?:that|which)\s(?=ended))?(?<enendingVerb>ended|ending|to|through)\s(?:in\s)?(?:end-|the\send\sof\s)?(?:(?<enendingD2>\d{1,2})\s)?(?<enendingM>${"january|february|march|april|june|july|august|september|october|november|december"}|may(?=\s?\d|[,.;:)，。]|$)|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)\.?(?:\s(?<enendingD>\d{1,2})(?![\d%]))?(?:,?\s(?<enendingYear>20\d{2}))?)`,
    String.raw`(?<enqending>(?:(?:fiscal|financial)\s)?(?<![-\s]on[\s-])(?<enqendingWhat>half[\s-]year|quarter|year|half)(?:,\s[^,.;\n]{3,60},)?\s(?:that\s)?(?<enqendingVerb>ended|ending|ends|to|through)\s(?:in\s)?(?:end-|the\send\sof\s)?(?:(?<enqendingD2>\d{1,2})(?:st|nd|rd|th)?\s)?(?<enqendingM>${"january|february|march|april|june|july|august|september|october|november|december"}|may(?=\s?\d|[,.;:)，。]|$)|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)\.?(?:\s(?<enqendingD>\d{1,2})(?![\d%]))?(?:,?\s(?<enqendingYear>20\d{2}))?)`,
    // 第四季前兩個月, 第4季前二月, "the first two months of the fourth quarter": a quarter's first months (a
    // Taiwan company's monthly revenue report adds them up), the calendar's quarter.
    String.raw`(?<qfirstm>(?:(?<qfirstmYear>20\d{2})\s?年\s?)?(?:第\s?)?(?<qfirstmQ>[一二三四1-4])\s?季度?\s?(?:的\s?)?(?:前|首)\s?(?<qfirstmN>两|兩|二|2)\s?(?:个|個)?月|(?<![a-z])(?:the\s)?first\stwo\smonths\sof\s(?:the\s)?(?<qfirstmEnQ>first|second|third|fourth)\squarter)`,
    // 累计前10月, 今年前十个月, 2025年前8月, "the first ten months": the months of the year to the one named.
    String.raw`(?<firstm>(?:(?<firstmYear>20\d{2})\s?年\s?|今年\s?)?(?:前|首)\s?(?<firstmN>1[0-2]|[2-8]|十[一二]?|[二三四五六七八])\s?个?月(?!份)|(?<![a-z])(?:the\s)?first\s(?<firstmEn>two|four|five|seven|eight|ten|eleven)\smonths(?:\sof\s(?<firstmEnYear>20\d{2}))?|(?<![a-z-])(?<firstmEnH>two|four|five|seven|eight|ten|eleven)-month(?=\s(?:revenue|sales|deliveries|shipments|total|turnover)\b))`,
    String.raw`(?<todate>(?:(?<todateYear>20\d{2})\s?(?<todateFiscal>财年度?|年度|年)?\s?|(?<todateRel>去年|上年|上一年|今年|本年)\s?(?:同期\s?)?)?(?:前三季度|前三个季度|前3季度|前三季|前3季|首三季|首3季|头三季度|前九个月|首九个月|前9个月|首9个月))`,
    String.raw`(?<entodate>(?:first\s)?nine[\s-]months?(?:\s(?:of|for)\s(?:the\s)?(?:fiscal\s(?:year\s)?)?(?:(?<entodateYear>20\d{2})|fy\s?(?<entodateFy>\d{2,4})))?|(?<![a-z\d])9m\s?(?:fy\s?(?<entodateFy2>\d{2,4}))?(?![a-z\d]))`,
    String.raw`(?<cnq>(?<cnqYear>20\d{2})\s?(?:(?<cnqFiscal>财年度?|财政年度|会计年度|年度)|年)?\s?(?:第\s?)?(?<cnqQ>[一二三四1-4])\s?(?<cnqFq>财季|财政季度|季度?))`,
    String.raw`(?<yq>(?<yqYear>20\d{2})\s?(?<yqFiscal>财年度?|财政年度|会计年度|年度|年)?\s?q(?<yqQ>[1-4])(?!\d))`,
    String.raw`(?<relq>(?<relqRel>今年|去年|明年|本年度|上年度)\s?(?:第\s?)?(?<relqQ>[一二三四1-4])\s?(?:季度|季|财季))`,
    String.raw`(?<cnqn>(?<![\d年这該该此])(?:第\s?)?(?<cnqnQ>[一二三四])(?<cnqnFq>季度|财季|财政季度|季(?![节风]))|(?<![\d年])第\s?(?<cnqnQ2>[1-4])\s?(?<cnqnFq2>季度|财季|财政季度|季(?![节风]))|首季(?:度)?)`,
    // "the June quarter", "the September quarter": the three months ending with the month named (Indian and Australian usage).
    String.raw`(?<mq>(?<![a-z])(?<mqM>march|june|september|december)[\s-]quarter(?:\s(?:of\s)?(?<mqYear>20\d{2}))?)`,
    // "the December half", "the June half": the six months ending with the month named (Australian usage).
    String.raw`(?<mh>(?<![a-z])(?<mhM>june|december)[\s-]half(?![\s-]year)(?:\s(?:of\s)?(?<mhYear>20\d{2}))?)`,
    String.raw`(?<enmr>(?<![a-z])(?<enmrA>${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?(?:\s?[-–]\s?|[-–](?:to|through)[-–]|\s(?:to|through)\s(?=(?:${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?(?:\s20\d{2})?\s(?:period|quarter|months|half))|(?<=(?:\b(?:for|in|during|over|between|covering|covers|covered|spanning|spans|from)\s|[(（]\s?)(?:${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?)\s(?:to|through|and)\s)(?<enmrB>${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?(?![a-z])(?:\s(?<enmrYear>20\d{2}))?)`,
    // "last year's first half", "this year's third quarter": a half or a quarter of the year named
    // before it in the possessive, one period, not a year and a half.
    // "H1 last year", "Q3 last year", "the first half last year": a half or a quarter, then the year it is of.
    String.raw`(?<relafter>(?<![a-z\d])(?:(?<relafterH>h[12])|(?<relafterQ>q[1-4])|(?:the\s)?(?<relafterHw>first|second)[\s-]half)\s(?:of\s)?(?<relafterRel>last|previous|prior|this|next)\s(?:fiscal\s|financial\s)?year\b)`,
    String.raw`(?<relpos>(?<relposRel>last|previous|prior|this|next)\s(?:fiscal\s|financial\s)?year['’]s\s(?:fiscal\s)?(?:(?<relposH>first|second)[\s-]half|(?<relposQ>first|second|third|fourth)[\s-]quarter))`,
    String.raw`(?<enq>(?:the\s)?(?:fiscal\s)?(?<enqQ>first|second|third|fourth)[\s-]quarter(?:\s(?:of\s)?(?:(?:the\s|its\s)?(?:fiscal|financial)\s)?(?:year\s)?(?<enqYear>20\d{2})(?!\s?\/\s?\d)|\sof\s(?:its\s|the\s)?(?<enqYear2>20\d{2})\s(?:fiscal|financial)\syear|\sof\s(?:the\s)?fy\s?'?(?<enqFy>\d{2}|20\d{2})(?![\dq])|\sof\s(?:the\s)?(?<enqRel>last|previous|prior|this|current|next)\s(?:fiscal\s|financial\s)?year)?)`,
    // ("**Q1：上半年到底赚了多少？**", "Q2: What about margins?": a question's number in a Q&A piece, not a quarter.)
    String.raw`(?<qn>(?:fiscal\s)?(?<![a-z\d])q(?<qnQ>[1-4])(?![\d])(?!\s?[:：.、][^\n]{0,60}[?？]))`,
    // "10月1日至11月20日期间", "from Oct. 1 to Nov. 20": two days joined, the span of days between them.
    String.raw`(?<dayspan>(?:(?<dayspanYA>20\d{2})\s?年\s?)?(?<dayspanMA>\d{1,2})\s?月\s?(?<dayspanDA>\d{1,2})\s?[日号]\s?(?:至|到|－|-|–|~|～)\s?(?:(?<dayspanYB>20\d{2})\s?年\s?)?(?<dayspanMB>\d{1,2})\s?月\s?(?<dayspanDB>\d{1,2})\s?[日号]|(?<![a-z])(?:from|between)\s(?<dayspanEnMA>${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?\s(?<dayspanEnDA>\d{1,2})(?:st|nd|rd|th)?(?:,\s(?<dayspanEnYA>20\d{2}))?\s(?:to|through|until|and)\s(?<dayspanEnMB>${"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"})\.?\s(?<dayspanEnDB>\d{1,2})(?:st|nd|rd|th)?(?:,\s(?<dayspanEnYB>20\d{2}))?(?![\d%]))`,
    String.raw`(?<cndate>(?<cndateYear>20\d{2})\s?年\s?(?<cndateM>\d{1,2})\s?月\s?(?<cndateD>\d{1,2})\s?[日号])`,
    String.raw`(?<cnmr>(?<![\d年.])(?:(?<cnmrYear>20\d{2})\s?年\s?|(?:今年|本年|去年|上年)\s?)?(?<cnmrA>1[0-2]|[1-9])\s?(?:月\s?)?(?:至|到|-|–|—|~|～|〜|、|(?=(?:至|到|-|–|—|~|～|〜)\s?(?:20\d{2}\s?年|明年|次年|翌年|今年)))\s?(?:(?:至|到|-|–|—|~|～|〜)\s?(?:(?<cnmrYearB>20\d{2})\s?年|(?<cnmrNext>明年|次年|翌年)|今年|本年)\s?)?(?<cnmrB>1[0-2]|[1-9])\s?月(?![\d日号]))`,
    String.raw`(?<relmon>(?<relmonRel>今年|去年|明年|上年)\s?(?<relmonM>1[0-2]|[1-9])\s?月份?(?![日号])(?!\d{1,2}\s?[日号]))`,
    String.raw`(?<cnmonth>(?<cnmonthYear>20\d{2})\s?年\s?(?<cnmonthM>\d{1,2})\s?月(?!\d))`,
    // "2025/11", a monthly table's row ("| 2025/11 | 18.36 |"): a year and a month (a day after it would
    // make it a date; "2025/26", a year's span, has no month 26).
    String.raw`(?<slashmonth>(?<![\d/.])(?<slashmonthYear>20\d{2})\/(?<slashmonthM>0?[1-9]|1[0-2])(?![\d/.]))`,
    // "2024/25", "the full year 2024/25": a fiscal year written with both calendar years it runs over, the
    // second after a slash (after a year and a month's slash: "2025/11" is November).
    String.raw`(?<slashyear>(?<![\d/.])(?<slashyearA>20\d{2})\s?\/\s?(?<slashyearB>\d{2})(?![\d/%]|[.,]\d))`,
    String.raw`(?<mdate>(?:(?<![\d年])|(?<=(?:今|本)年\s?))(?<mdateM>\d{1,2})\s?月\s?(?<mdateD>\d{1,2})\s?[日号])`,
    String.raw`(?<cnmon>(?<![\d年.])(?<cnmonM>1[0-2]|[1-9])\s?月份?(?![\d日号]))`,
    String.raw`(?<endmy>(?<![\d.,])(?<endmyD>\d{1,2})(?:st|nd|rd|th)?\s(?<endmyM>${"january|february|march|april|june|july|august|september|october|november|december"}|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug|may(?=,?\s20\d{2}))\.?(?![a-z])(?:,?\s(?<endmyYear>20\d{2}))?(?![\d%]|[.,]\d))`,
    String.raw`(?<endate>(?<![a-z])(?<endateM>${"january|february|march|april|june|july|august|september|october|november|december"}|may|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)\.?\s(?<endateD>\d{1,2})(?:st|nd|rd|th)?(?:,?\s(?<endateYear>20\d{2}))?(?![\d%]|[.,]\d))`,
    String.raw`(?<enmon>(?<![a-z])(?<enmonM>${"january|february|march|april|june|july|august|september|october|november|december"})(?:\s(?<enmonYear>20\d{2}))?(?![a-z]))`,
    String.raw`(?<isodate>(?<![\d.])(?<isoY>20\d{2})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d))`,
    String.raw`(?<half>(?:(?<halfYear>20\d{2})(?:\s?(?<halfFyFirst>财年度?|财政年度)\s?(?=[上下]半(?:财年|财政年度)))?|(?<halfRel>今年|去年|明年|上年|本年))?\s?年?(?<halfH>上|下)半(?:年|期(?![间間])|(?<halfFiscal>财年度?|财政年度)))`,
    String.raw`(?<interim>(?:(?<interimYear>20\d{2})\s?(?:年度?|财年)?\s?)?(?:中期(?=(?:每(?:股|基金单位|单位))?(?:股息|派息|分派)|业绩|股息|息|派息|分派|报告|溢利|纯利|盈利|利润|收入|营收|亏损|多赚|少赚|赚|净利|转亏|转盈|蚀|股东应占|基本溢利|核心溢利|经营溢利)|(?<![上下前后过])半年(?=业绩|报告|度业绩)|interim(?=\s(?:results|dividend|period|profit|numbers|figures|report|statement|in\snumbers|at\sa\sglance|highlights))|(?<![a-z-])half[\s-]year(?=\s(?:results|profits?|earnings|figures|numbers|report|statement|accounts|revenue|sales|in\snumbers|at\sa\sglance|highlights|in\sbrief|snapshot)\b)))`,
    String.raw`(?<final>(?:(?<finalYear>20\d{2})\s?(?:年度?|财年)?\s?)?(?:末期(?=(?:每(?:股|基金单位|单位))?(?:股息|派息|分派)|股息|息|派息|分派)|(?:final|year-end)(?=\s(?:dividend|distribution))))`,
    String.raw`(?<enhalf>(?<enhalfH>first|second)[\s-]half(?: of (?:(?:fiscal\s|fy\s?'?)(?<enhalfYear>20\d{2}|\d{2}(?!\d))|(?:its\s|the\s)?(?<enhalfYear3>20\d{2})\s(?:financial|fiscal)\syear|(?<enhalfYear2>20\d{2})|(?:the\s)?(?<enhalfRel>last|previous|prior|this|current|next)\s(?:fiscal\s|financial\s)?year)|\s(?<enhalfYear4>20\d{2})${YEAR_ALONE_END})?)`,
    String.raw`(?<hy>(?<![a-z\d])(?:h(?<hyH>[12])\s?(?:fy\s?)?(?<hyYear>20\d{2}|\d{2})|(?<hyH2>[12])h\s?(?:fy\s?)?(?<hyYear2>20\d{2}|\d{2})|(?<hyYear3>20\d{2})\s?h(?<hyH3>[12]))(?![\da-z]))`,
    String.raw`(?<ttm>过去\s?12\s?个月|过去十二个月|最近12个月|trailing\stwelve\smonths|trailing\s12\smonths|last\stwelve\smonths|last\s12\smonths|(?<![a-z])ttm(?![a-z]))`,
    String.raw`(?<same>去年同期|上一年同期|上年同期|前一年度同期|前一年同期|上一?财政?年度?同期|上个财年同期|前一财政?年度?同期|去年同季|上年同季|去年同月|上年同月|一年前|一年之前|去年第四季度|a\syear\searlier|a\syear\sago|a\syear\sbefore|year-ago|year\sago\squarter|prior[\s-]year\s(?:quarter|period)|(?:the\s)?(?:prior|previous)\scorresponding\s(?:period|half|quarter)|(?<![a-z])pcp(?![a-z])|(?:the\s)?corresponding\s(?:quarter|period|half|months)\s(?:of\s(?:the\s)?(?:previous|last|prior|preceding)\s(?:fiscal|financial\syear|fiscal\syear|year)|last\syear|a\syear\s(?:earlier|ago))|same\s(?:period|quarter|half|months?)\s(?:last\syear|a\syear\s(?:earlier|ago)|(?:of|in)\s(?:last|the\sprevious|the\sprior)\syear|(?:of|in)\s20\d{2}(?![\d-])))`,
    String.raw`(?<ahead>(?:未来|今后|接下来的?)\s?(?<aheadN>\d{1,2}|[一二两三四五六七八九十]{1,2})\s?个月|(?:over|in|during|within)\s(?:the\s)?(?:next|coming)\s(?<aheadNEn>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)\smonths)`,
    String.raw`(?<none>未来几年|未来数年|今后几年|in\sthe\scoming\syears|over\sthe\scoming\syears|in\sthe\snext\sfew\syears|over\sthe\snext\sfew\syears|in\scoming\syears)`,
    // "Year to date, …", "year-to-date revenue": the quarters of the year so far, to the last reported.
    String.raw`(?<ytd>(?<![a-z-])(?:year[\s-]to[\s-]date|ytd)(?![a-z-]))`,
    // 年初至报告期末, an A-share quarterly report's "from the year's start to the reporting period's end";
    // 年初至今 as a table's column ("| 年初至今 |", 年初至今同比), not a share's move so far this year.
    String.raw`(?<reportytd>年初至本?报告期末|年初至今(?=同比|\s*[|\t\n(（]|\s*$))`,
    String.raw`(?<report>本报告期内?|报告期内|报告期(?![末初])|(?:in|during|for)\sthe\sreporting\speriod)`,
    // "net income rose to $88 million, or 24 cents per share, in the quarter": the quarter the story reports.
    String.raw`(?<thequarter>(?<=(?:in|during|for)\s)the\squarter${STORY_PERIOD_END})`,
    // "Like-for-like sales rose 4.1% across the half": the half-year the story has just named.
    // (And "half-year free cash flow", "half-year profit": the half as a results word's adjective, not
    // a first or second half named by its number.)
    String.raw`(?<thehalf>(?<=(?:in|during|for|across|over)\s)the\shalf(?:[\s-]year)?${STORY_PERIOD_END}|(?<![a-z-]|(?:first|second|1st|2nd)[\s-])half[\s-]year(?=\s(?:underlying\s|statutory\s|reported\s|net\s|operating\s|free\s|pre-tax\s|pretax\s)?(?:profits?|revenues?|sales|earnings|loss|ebitda|ebit|income|cash\sflow|turnover)\b))`,
    String.raw`(?<quarterly>quarterly(?=\s(?:dividend|distribution|payout|profit|profits|sales|revenue|revenues|results|earnings|loss|net\sprofit|net\sincome|operating\sprofit|operating\sincome|free\scash\sflow|cash\sflow|ebitda|ebit|gross\smargin|operating\smargin|orders|bookings|eps|earnings\sper\sshare|net\srevenue|deliveries|shipments)\b))`,
    String.raw`(?<sameb>(?<![去上前年])同期|同年|当期|期内|本期|the\ssame\speriod(?!\s(?:last|a)\syear|\sof\s(?:last|the\sprevious|the\sprior)\syear)|the\ssame\syear)`,
    String.raw`(?<now>现阶段|目前|当前|如今|眼下|currently|at\spresent)`,
    String.raw`(?<rq>本季度|本季(?!节)|当季|this\squarter|(?:the\s)?current\squarter|上一季度|上季度|上个季度|上一季|上季|前一季度|前一季|last\squarter|previous\squarter|prior\squarter|preceding\squarter|下一季度|下季度|下个季度|下一季|下季|next\squarter)`,
    String.raw`(?<yday>昨日|昨天|昨(?=收|升|跌|涨|挫|报|公布|宣布|发布|披露|表示)|(?<![a-z])yesterday(?![a-z]))`,
    // 今早, 今日, 今天: the article's own day (a morning paper's "今早開市後" is the day it is dated).
    String.raw`(?<today>今早|今日|今天|今晨|(?<![a-z])today(?![a-z'’]))`,
    // 29日收盘, 28日公布: a day of the month alone, before a word of the market's or of announcing (not 日元, 日本, 日均).
    // (A Taiwan paper brackets the day: 今（7）日股价收涨; a close is said 收在, 收于, 收涨 too.)
    String.raw`(?<dom>(?<![\d月年./-])(?:[（(]\s?)?(?<domD>3[01]|[12]\d|[1-9])\s?(?:[)）]\s?)?日(?=\s?(?:收盘|收市|收在|收于|收报|收涨|收跌|收高|收低|收平|午间|午盘|早盘|早间|盘中|盘后|晚间|晚上|开盘|公布|宣布|发布|发表|表示|举行|召开|披露|公告|晚|早|起|至|截至|股价|在[^，。；,;]{0,10}?(?:股市|交易所|收盘|收市|盘中|盘后))))`,
    String.raw`(?<wd>(?:周|星期|礼拜)(?<wdCn>[一二三四五六日天])|(?<![a-z])(?<wdEn>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z]))`,
    String.raw`(?<rm>上月|上个月|上一个月|前一个月|last\smonth|previous\smonth|the\sprior\smonth)`,
    String.raw`(?<fyending>(?:fiscal\s)?(?<![-\s]on[\s-])year\s(?:ending|ended|through|to)\s(?:in\s)?(?:\d{1,2}\s)?(?<fyendingM>${"january|february|march|april|may|june|july|august|september|october|november|december"}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s(?:31|30|28|29),?)?(?:\s(?<fyendingYear>20\d{2}))?)`,
    String.raw`(?<rel>上一个财政年度|上个财政年度|上一财政年度|今个财政年度|本个财政年度|下一个财政年度|下个财政年度|本财年|本财政年度|今个财年|今财年|上财年|上一财年|下财年|下一财年|新财年|新一财年|新财政年度|新的财政年度|今年|本年度|本年|去年|上一年度|上年度(?!同)|上一年|上年(?![度同])|明年|后年|前年|this\s(?:fiscal\s|financial\s)?year|last\s(?:fiscal\s|financial\s)?year|next\s(?:fiscal\s|financial\s)?year|the\s(?:new|coming)\s(?:fiscal|financial)\syear|the\scurrent\s(?:fiscal\s|financial\s)?year|(?<=\b(?:for|in|over|during|across)\s)the\s(?:fiscal|financial)\syear(?![\s-](?:ended|ending|ends|to|through|that|which|before|earlier|ago|of\s|20\d{2})))`,
    String.raw`(?<areport>(?:(?<areportYear>20\d{2})\s?年?\s?)?(?<areportWhat>年报|年度报告|半年报|半年度报告|中报|一季报|一季度报告|三季报|三季度报告)(?!告))`,
    // "2026、2027年归母净利润分别为…": a year listed before another that carries 年 is a year too.
    String.raw`(?<cnlistyear>(?<cnlistyearYear>20\d{2})(?=\s?[、和及]\s?20\d{2}\s?(?:财年|年度|年)))`,
    String.raw`(?<cnyear>(?<cnyearYear>20\d{2})\s?(?:(?:财年|年度|年)(?:全年)?|全年))`,
    String.raw`(?<calyear>(?<![a-z])(?:calendar\s(?:year\s)?|cy\s?)(?<calyearY>20\d{2}|\d{2})(?![\dq])|(?<calyearY2>20\d{2})\s?(?:历年|曆年|自然年))`,
    String.raw`(?<fy>(?:fy|fiscal\s(?:year\s)?)\s?(?<fyYear>20\d{2}|\d{2})(?![\dq]))`,
    String.raw`(?<full>全年|全财年|全财政年度|(?:full(?![\s-]fiscal[\s-]year\s(?:20)?\d{2}\b)|(?:52|53|fifty-two|fifty-three)[\s-]weeks?)[\s-](?:fiscal[\s-])?year(?!\s(?:to|ended|ending|through)\s)(?:\s(?<fullYear>20\d{2})${YEAR_ALONE_END})?|(?<=\b(?:for|in|across|over)\s)the\s(?:whole\s|entire\s)?year(?![\w-])(?!\s(?:to(?!\s(?:[£$€¥₹]|\d(?!\d?(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))|ended|ending|through|earlier|before|ago|ahead|since|that|which)\b)|whole\s(?:fiscal\s)?year|(?<![a-z])annual(?![a-z])(?!\s(?:recurring|general|report|meeting|contract|subscription)))`,
    // "2025 guidance:", "## 2026 outlook": a year opening a line before a forecast's word.
    // ("- 2025 revenue: 2.36 trillion won", "**2026 EPS:** 73,800 won": or opening a list item's or a
    // line's label, a few words closed by a colon.)
    String.raw`(?<enyearlead>(?<=(?:^|\n|\|)[ \t*#>\-•·]*)(?<enyearleadYear>20\d{2})(?=\s(?:[a-z][\w-]*\s){0,3}?(?:full[- ]year\s)?(?:guidance|outlook|forecasts?|targets?)\b|\s(?:[a-z][\w&/-]*\s){0,3}[a-z][\w&/-]*\*{0,2}\s?[:：]))`,
    // "said preliminary 2025 revenue rose 4.2%", "its 2025 sales": a year written onto a flow's word is that year.
    String.raw`(?<enyearmetric>(?<=\b(?:preliminary|provisional|unaudited|record|its|their|the|full|whole)\s)(?<enyearmetricYear>20\d{2})(?=\s(?:group\s|net\s|operating\s|adjusted\s|underlying\s)?(?:revenue|revenues|sales|turnover|profit|earnings|net\sincome|ebitda|ebit|results|order\sintake|orders|dividend|eps)\b))`,
    // ("| NOK million | Q4 2025 | Q4 2024 | 2025 | 2024 |": a year alone in a table's header cell, the
    // separator row next, is the year's column.)
    // ("| 2025A | 2026E | 2027E |", 2026F: a broker's table names its years actual or estimated.)
    String.raw`(?<yearmark>(?<![\d.])(?<yearmarkYear>20\d{2})[aef](?![a-z\d]))`,
    String.raw`(?<cellyear>(?<=\|[ \t]*)(?<cellyearYear>20\d{2})(?=[ \t]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{2,}))`,
    // ("| 2021 | 5.46 | 4.0 |": so is a year alone as a table row's label, the row's year.)
    String.raw`(?<rowyear>(?<=(?:^|\n)\|[ \t]*)(?<rowyearYear>20\d{2})(?=[ \t]*\|))`,
    String.raw`(?<enyear>(?<=\b(?:in|for|during|by|of|through|since|the|its|their|whose|said|says|reported|reports|posted|posts|expects|expected|expect|sees|see|forecasts|forecast|projects|project|model|models|modelled|modeled|estimate|estimates|narrows|narrowed|narrow|raises|raised|raise|cuts|cut|lifts|lifted|lift|lowers|lowered|lower|keeps|kept|keep|reiterates|reiterated|reiterate|maintains|maintained|maintain|trims|trimmed|trim|guides|guided|guide|targets|targeted|target|affirms|affirmed|affirm|reaffirms|reaffirmed|reaffirm|sets|set)\s)(?<enyearYear>20\d{2})(?!\d|[.,]\d))`,
].join("|");

/**
 * The pattern is written with named groups for reading, but run with the names stripped: a match then
 * builds no `groups` object (sixty keys, per match). GROUP maps each name to its capture's number,
 * counted from the opening parentheses as the engine numbers them.
 */
function numberGroups(source: string): { source: string; groups: Record<string, number> } {
  const groups: Record<string, number> = {};
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        const close = source.indexOf(">", i);
        groups[source.slice(i + 3, close)] = ++count;
      }
    }
  }
  return { source: source.replace(/\(\?<(?![=!])[A-Za-z]\w*>/g, "("), groups };
}

/**
 * Every character an alternative above can start with (digits, \s, the first letters of the English
 * words in both cases, the first characters of the Chinese ones). As a lookahead in front of the
 * alternation it changes no match, but lets the engine pass over every other position with one test.
 * (新, a frequent character, only where 财 follows: 新财年, 新一财年, 新的财政年度.)
 */
const FIRST_CHARACTERS = String.raw`[0-9\s从自第一二三四年上下过最去未今同当本明后前全现目如眼截首头中周星礼期半昨报末接abcdfhijlmnopqstwyABCDFHIJLMNOPQSTWY]|新(?=一?财|的财)`;
const NUMBERED = numberGroups(NAMED_SOURCE);
const PATTERN = new RegExp(`(?=${FIRST_CHARACTERS})(?:${NUMBERED.source})`, "gi");
const GROUP = NUMBERED.groups;

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.includes("'") ? text.replace("'", "") : text;
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Every period cue in the (ASCII lower-cased, normalised) text, in order. */
export function findPeriods(lower: string): PeriodMatch[] {
  const matches: PeriodMatch[] = [];
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(lower); match; match = PATTERN.exec(lower)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].length === 0) {
      PATTERN.lastIndex++;
      continue;
    }
    const cue = cueOf(match, match[0]);
    // ("the first quarter under a segment structure it adopted in August", "its first full quarter since
    // the merger": an English quarter or half with no year of its own, before a word that says what it
    // is the first of, counts a run of periods, and names none.)
    if (cue && (cue.kind === "quarter" || cue.kind === "half") && cue.year === undefined && /^[a-z]/.test(match[0]) && ORDINAL_OF_A_RUN_AFTER.test(lower.slice(end, end + 24))) continue;
    if (cue) matches.push({ start, end, cue });
  }
  return joinYearToItsPart(matches, lower);
}

/**
 * A fiscal year told by the month it ends in (or by both its calendar years), written right before a half
 * or a quarter with no year of its own (2026年3月期上半年, "FY3/26 first half", "FY2025-26 first half"),
 * names the year that half or quarter is of: one period, the part of that year, so a table's row label or
 * a heading reads as the half, not the whole year before it.
 */
function joinYearToItsPart(matches: PeriodMatch[], lower: string): PeriodMatch[] {
  const joined: PeriodMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const year = matches[i]!;
    const part = matches[i + 1];
    // (Only a year told by the month it ends in, or by both its calendar years: 2025年度 or 2025财年 may be
    // named by its start, as Japanese companies' years are, which the text need not say; a half after it
    // with no year of its own is read as before, the company's half last over by the article's date.)
    const fiscalYear = (year.cue.kind === "ending" && year.cue.months === 12) || (year.cue.kind === "year" && year.cue.fiscal && year.cue.endYear) ? year.cue.year : undefined;
    const partCue = part?.cue;
    if (fiscalYear !== undefined && part && /^[\s-]?$/.test(lower.slice(year.end, part.start)) && (partCue?.kind === "half" || partCue?.kind === "quarter") && partCue.year === undefined && !(partCue.kind === "half" && partCue.dividend)) {
      const cue: PeriodCue = partCue.kind === "half" ? { kind: "half", year: fiscalYear, half: partCue.half, fiscal: true } : { kind: "quarter", year: fiscalYear, quarter: partCue.quarter, fiscal: true, endYear: true };
      joined.push({ start: year.start, end: part.end, cue });
      i++;
      continue;
    }
    joined.push(year);
  }
  return joined;
}

/** After an ordinal quarter or half: what it is the first (second…) of, "under a new structure", "since the merger", "as a listed company" (not "in which", which opens what the period saw). */
const ORDINAL_OF_A_RUN_AFTER = /^\s(?:under|since|as\sa|as\san|after\s(?:the|its|a)|with(?:out)?\s(?:the|its|a)\snew)\b/;

/** The cue of a match; `m[GROUP.name]` is the named group's text. */
function cueOf(m: RegExpExecArray, text: string): PeriodCue | undefined {
  const quarter = (q: string | undefined) => CN_DIGIT[q ?? ""] ?? EN_ORDINAL[q ?? ""] ?? 0;
  if (m[GROUP.span!]) {
    const from = Number(m[GROUP.spanA!]);
    const to = Number(m[GROUP.spanB!]);
    return to > from ? { kind: "span", from, to } : undefined;
  }
  if (m[GROUP.fyspan!]) {
    // FY2024-25, 2024/25财年, 2024至2025财年: a fiscal year written with both calendar years it runs over is
    // the one ending in the second; FY25-27 is the run of fiscal years from the first to the second.
    const from = yearOf(m[GROUP.fyspanA!] ?? m[GROUP.fyspanA2!])!;
    const to = yearOf(m[GROUP.fyspanB!] ?? m[GROUP.fyspanB2!])!;
    if (to === from + 1) return { kind: "year", year: to, fiscal: true, endYear: true };
    return to > from ? { kind: "span", from, to } : undefined;
  }
  if (m[GROUP.fyhalf!]) {
    const from = Number(m[GROUP.fyhalfA!]);
    const to = yearOf(m[GROUP.fyhalfB!])!;
    if (to !== from + 1) return undefined;
    return { kind: "half", year: to, half: m[GROUP.fyhalfW!]!.startsWith("下") ? 2 : 1, fiscal: true };
  }
  if (m[GROUP.enfyhalf!]) {
    const from = Number(m[GROUP.enfyhalfA!]);
    const to = yearOf(m[GROUP.enfyhalfB!])!;
    if (to !== from + 1) return undefined;
    return { kind: "half", year: to, half: m[GROUP.enfyhalfH!] === "2" || m[GROUP.enfyhalfN!] === "2" || m[GROUP.enfyhalfW!] === "second" ? 2 : 1, fiscal: true };
  }
  if (m[GROUP.slashyear!]) {
    const from = Number(m[GROUP.slashyearA!]);
    const to = yearOf(m[GROUP.slashyearB!])!;
    return to === from + 1 ? { kind: "year", year: to, fiscal: true, endYear: true } : undefined;
  }
  if (m[GROUP.fym!]) {
    const month = Number(m[GROUP.fymM!] ?? m[GROUP.fymM2!]);
    return endingCue(12, String(yearOf(m[GROUP.fymYear!] ?? m[GROUP.fymYear2!])), month, monthEndDay(month));
  }
  if (m[GROUP.none!]) return { kind: "none" };
  if (m[GROUP.reportytd!]) return { kind: "report_period", yearToDate: true };
  if (m[GROUP.report!]) return { kind: "report_period" };
  // "a quarterly dividend", "quarterly profit": the quarter the story reports, when it reports one.
  if (m[GROUP.quarterly!] || m[GROUP.thequarter!]) return { kind: "report_period", quarterOnly: true };
  if (m[GROUP.thehalf!]) return { kind: "report_period", halfOnly: true };
  if (m[GROUP.sameb!]) return { kind: "same_as_before" };
  // (Q3FY25, or 1QFY26 as Malaysian filings write it.)
  if (m[GROUP.qfy!]) return { kind: "quarter", year: yearOf(m[GROUP.qfyYear!])!, quarter: quarter(m[GROUP.qfyQ!] ?? m[GROUP.qfyQ2!]), fiscal: true };
  // "April-December period", "October-December quarter", 4至12月: the months that end with the last one named.
  if (m[GROUP.mq!]) {
    const month = monthOf(m[GROUP.mqM!]);
    return endingCue(3, m[GROUP.mqYear!], month, monthEndDay(month));
  }
  if (m[GROUP.mh!]) {
    const month = monthOf(m[GROUP.mhM!]);
    return endingCue(6, m[GROUP.mhYear!], month, monthEndDay(month));
  }
  if (m[GROUP.enmr!] || m[GROUP.cnmr!]) {
    const from = m[GROUP.enmr!] ? monthOf(m[GROUP.enmrA!]) : Number(m[GROUP.cnmrA!]);
    const to = m[GROUP.enmr!] ? monthOf(m[GROUP.enmrB!]) : Number(m[GROUP.cnmrB!]);
    // ("2025年10月至2026年3月": the end's own year, the months counted across the turn of the year.)
    const endYear = m[GROUP.cnmrYearB!];
    if (endYear !== undefined) {
      const startYear = m[GROUP.cnmrYear!] !== undefined ? Number(m[GROUP.cnmrYear!]) : Number(endYear) - (from > to ? 1 : 0);
      const months = (Number(endYear) - startYear) * 12 + to - from + 1;
      return months >= 2 && months <= 12 ? endingCue(months, endYear, to, monthEndDay(to)) : undefined;
    }
    if (from < 1 || to < 1 || from === to) return undefined;
    // ("下半财年（10月至明年3月）": months running into next year are the stretch still to come.)
    const cue = endingCue(((to - from + 12) % 12) + 1, m[GROUP.enmrYear!] ?? m[GROUP.cnmrYear!], to, monthEndDay(to));
    return cue && m[GROUP.cnmrNext!] ? { ...cue, upcoming: true } : cue;
  }
  if (m[GROUP.yearto!]) {
    const month = Number(m[GROUP.yeartoEM!]);
    return endingCue(12, m[GROUP.yeartoEY!], month, monthEndDay(month));
  }
  if (m[GROUP.ending!]) {
    // 截至去年12月底止中期: a month's end (底, 末) is its last day; a year named relatively is the last such end.
    const month = Number(m[GROUP.endingM!]);
    const day = m[GROUP.endingD!] ? Number(m[GROUP.endingD!]) : monthEndDay(month);
    // (截至9月30日止6个月: the months in digits as in words; "12个月" so written is a trailing twelve months'
    // count, 截至9月30日止12个月的活跃买家, not a fiscal year.)
    return endingCue(CN_MONTHS_OF[m[GROUP.endingWhat!]!.replace(/\s/g, "")] ?? 3, m[GROUP.endingYear!], month, day);
  }
  // "the three months to September": a month's end when no day is written.
  if (m[GROUP.enending!]) {
    const month = monthOf(m[GROUP.enendingM!]);
    const written = m[GROUP.enendingD!] ?? m[GROUP.enendingD2!];
    const day = written ? Number(written) : monthEndDay(month);
    // "the 26 weeks to Aug. 30": a retailer's weeks, as the months they nearly fill (13 weeks a quarter, 52 a year).
    const weeks = m[GROUP.enendingWeeks!];
    const months = weeks !== undefined ? Math.round(((EN_WEEKS[weeks] ?? Number(weeks)) * 12) / 52) : (EN_MONTHS_OF[m[GROUP.enendingWhat!]!] ?? 3);
    if (!(months >= 1 && months <= 12)) return undefined;
    const cue = endingCue(months, m[GROUP.enendingYear!], month, day);
    // ("the six months ended June 30" is over; "the 52 weeks to 28 February" most likely is.)
    const verb = m[GROUP.enendingVerb!];
    return cue && verb !== "ending" ? { ...cue, over: verb === "ended" ? "ended" : "to" } : cue;
  }
  if (m[GROUP.enqending!]) {
    // "the quarter ending in December": a month's end when no day is written.
    const month = monthOf(m[GROUP.enqendingM!]);
    // ("the year to 30 June", as British papers write the day, before its month.)
    const written = m[GROUP.enqendingD!] ?? m[GROUP.enqendingD2!];
    const day = written ? Number(written) : monthEndDay(month);
    const cue = endingCue(EN_MONTHS_OF[m[GROUP.enqendingWhat!]!] ?? 3, m[GROUP.enqendingYear!], month, day);
    // "the quarter ending in December", said in October: the one under way, not the last one over
    // ("the half to December 31", as British and Australian results put it, is over).
    if (!cue) return cue;
    const verb = m[GROUP.enqendingVerb!]!;
    return verb === "ended" ? { ...cue, over: "ended" } : verb === "to" || verb === "through" ? { ...cue, over: "to" } : { ...cue, upcoming: true };
  }
  if (m[GROUP.qfirstm!]) {
    const written = m[GROUP.qfirstmQ!] ?? m[GROUP.qfirstmEnQ!]!;
    const quarterNumber = written === "一" ? 1 : (CN_NUMBERS[written] ?? EN_ORDINALS[written] ?? Number(written));
    const end = (quarterNumber - 1) * 3 + 2;
    return endingCue(2, m[GROUP.qfirstmYear!], end, monthEndDay(end));
  }
  if (m[GROUP.firstm!]) {
    // ("Ten-month revenue: NT$27.9 billion" in a story of October's sales: the year's first ten months.)
    const written = m[GROUP.firstmN!] ?? m[GROUP.firstmEn!] ?? m[GROUP.firstmEnH!]!;
    const months = CN_NUMBERS[written] ?? EN_NUMBERS[written] ?? Number(written);
    // 前九个月 is nine months to date (the company's own three quarters), read by another pattern.
    if (!(months >= 2 && months <= 11)) return undefined;
    return endingCue(months, m[GROUP.firstmYear!] ?? m[GROUP.firstmEnYear!], months, monthEndDay(months));
  }
  if (m[GROUP.todate!]) {
    // 上年前三季度 / 今年前三季度: the first three quarters of the year named relatively.
    const relative = m[GROUP.todateRel!] ? (/去|上/.test(m[GROUP.todateRel!]!) ? -1 : 0) : undefined;
    return { kind: "to_date", quarters: 3, ...(m[GROUP.todateYear!] ? { year: Number(m[GROUP.todateYear!]) } : {}), ...(relative !== undefined ? { relative } : {}), ...(/财|年度/.test(m[GROUP.todateFiscal!] ?? "") ? { fiscal: true } : {}) };
  }
  if (m[GROUP.entodate!]) {
    const fy = m[GROUP.entodateFy!] ?? m[GROUP.entodateFy2!];
    const year = fy ? yearOf(fy) : m[GROUP.entodateYear!] ? Number(m[GROUP.entodateYear!]) : undefined;
    return { kind: "to_date", quarters: 3, ...(year !== undefined ? { year } : {}), ...(fy || text.includes("fiscal") ? { fiscal: true } : {}) };
  }
  if (m[GROUP.fyq!]) return { kind: "quarter", year: yearOf(m[GROUP.fyqYear!])!, quarter: quarter(m[GROUP.fyqQ!]), fiscal: true };
  if (m[GROUP.qy!]) return { kind: "quarter", year: yearOf(m[GROUP.qyYear!] ?? m[GROUP.qyYear2!])!, quarter: quarter(m[GROUP.qyQ!]), ...(/fy|fiscal/.test(text) ? { fiscal: true } : {}) };
  if (m[GROUP.nq!]) return { kind: "quarter", year: yearOf(m[GROUP.nqYear!])!, quarter: quarter(m[GROUP.nqQ!]) };
  if (m[GROUP.cnq!]) return { kind: "quarter", year: Number(m[GROUP.cnqYear!]), quarter: quarter(m[GROUP.cnqQ!]), ...(m[GROUP.cnqFiscal!] || m[GROUP.cnqFq!]!.startsWith("财") ? { fiscal: true } : {}) };
  // 2024财年Q3: the company's own quarter; 2025年Q1, 2025Q1: the calendar's.
  if (m[GROUP.yq!]) return { kind: "quarter", year: Number(m[GROUP.yqYear!]), quarter: quarter(m[GROUP.yqQ!]), ...(m[GROUP.yqFiscal!]?.startsWith("财") ? { fiscal: true } : {}) };
  if (m[GROUP.relq!]) return { kind: "relative_year_quarter", relative: /去|上/.test(m[GROUP.relqRel!]!) ? -1 : /明/.test(m[GROUP.relqRel!]!) ? 1 : 0, quarter: quarter(m[GROUP.relqQ!]) };
  if (m[GROUP.cnqn!]) {
    // 第3季 (Taiwan writes the quarter in digits) as 第三季.
    const written = m[GROUP.cnqnQ!] ?? m[GROUP.cnqnQ2!];
    const fiscal = (m[GROUP.cnqnFq!] ?? m[GROUP.cnqnFq2!])?.startsWith("财");
    return { kind: "quarter", quarter: written ? quarter(written) : 1, ...(fiscal ? { fiscal: true } : {}) };
  }
  if (m[GROUP.enq!]) {
    // "the third quarter of FY25": the company's own quarter of that fiscal year.
    // ("the third quarter of last year": that quarter of the year before the article's.)
    const enqRel = m[GROUP.enqRel!];
    if (enqRel) return { kind: "relative_year_quarter", relative: relativeYearWord(enqRel), quarter: quarter(m[GROUP.enqQ!]) };
    const fy = m[GROUP.enqFy!];
    // ("the first quarter of its financial year 2026", "the second quarter of the 2026 fiscal year": the company's own.)
    const written = m[GROUP.enqYear!] ?? m[GROUP.enqYear2!];
    const year = fy ? yearOf(fy) : written ? Number(written) : undefined;
    return { kind: "quarter", ...(year !== undefined ? { year } : {}), quarter: quarter(m[GROUP.enqQ!]), ...(fy || /fiscal|financial/.test(text) ? { fiscal: true } : {}) };
  }
  if (m[GROUP.qn!]) return { kind: "quarter", quarter: quarter(m[GROUP.qnQ!]), ...(text.startsWith("fiscal") ? { fiscal: true } : {}) };
  // "calendar 2026", "CY26", 2026自然年: the calendar year, whatever the company's fiscal one, as its days.
  if (m[GROUP.calyear!]) {
    const year = yearOf(m[GROUP.calyearY!] ?? m[GROUP.calyearY2!])!;
    return { kind: "day_span", fromYear: year, fromMonth: 1, fromDay: 1, toYear: year, toMonth: 12, toDay: 31 };
  }
  if (m[GROUP.dayspan!]) {
    const english = m[GROUP.dayspanEnMA!] !== undefined;
    const fromMonth = english ? monthOf(m[GROUP.dayspanEnMA!]) : Number(m[GROUP.dayspanMA!]);
    const toMonth = english ? monthOf(m[GROUP.dayspanEnMB!]) : Number(m[GROUP.dayspanMB!]);
    const fromYear = m[GROUP.dayspanYA!] ?? m[GROUP.dayspanEnYA!];
    const toYear = m[GROUP.dayspanYB!] ?? m[GROUP.dayspanEnYB!];
    const cue: PeriodCue = { kind: "day_span", fromMonth, fromDay: Number(m[GROUP.dayspanDA!] ?? m[GROUP.dayspanEnDA!]), toMonth, toDay: Number(m[GROUP.dayspanDB!] ?? m[GROUP.dayspanEnDB!]), ...(fromYear ? { fromYear: Number(fromYear) } : {}), ...(toYear ? { toYear: Number(toYear) } : {}) };
    return fromMonth >= 1 && toMonth >= 1 ? cue : undefined;
  }
  if (m[GROUP.cndate!]) return { kind: "date", year: Number(m[GROUP.cndateYear!]), month: Number(m[GROUP.cndateM!]), day: Number(m[GROUP.cndateD!]) };
  // 去年11月: a month of the year before the article's, not last year.
  if (m[GROUP.relmon!]) return { kind: "relative_month_of_year", relative: /去|上/.test(m[GROUP.relmonRel!]!) ? -1 : /明/.test(m[GROUP.relmonRel!]!) ? 1 : 0, month: Number(m[GROUP.relmonM!]) };
  if (m[GROUP.cnmonth!]) return { kind: "month", year: Number(m[GROUP.cnmonthYear!]), month: Number(m[GROUP.cnmonthM!]) };
  if (m[GROUP.slashmonth!]) return { kind: "month", year: Number(m[GROUP.slashmonthYear!]), month: Number(m[GROUP.slashmonthM!]) };
  if (m[GROUP.mdate!]) return { kind: "date", month: Number(m[GROUP.mdateM!]), day: Number(m[GROUP.mdateD!]) };
  if (m[GROUP.cnmon!]) return { kind: "month", month: Number(m[GROUP.cnmonM!]) };
  // "on 5 September", "to 30 June 2025": the day before the month, as British and Indian news write it.
  if (m[GROUP.endmy!]) return { kind: "date", month: monthOf(m[GROUP.endmyM!]), day: Number(m[GROUP.endmyD!]), ...(m[GROUP.endmyYear!] ? { year: Number(m[GROUP.endmyYear!]) } : {}) };
  if (m[GROUP.endate!]) return { kind: "date", month: monthOf(m[GROUP.endateM!]), day: Number(m[GROUP.endateD!]), ...(m[GROUP.endateYear!] ? { year: Number(m[GROUP.endateYear!]) } : {}) };
  if (m[GROUP.enmon!]) return { kind: "month", month: monthOf(m[GROUP.enmonM!]), ...(m[GROUP.enmonYear!] ? { year: Number(m[GROUP.enmonYear!]) } : {}) };
  if (m[GROUP.isodate!]) return { kind: "date", year: Number(m[GROUP.isoY!]), month: Number(m[GROUP.isoM!]), day: Number(m[GROUP.isoD!]) };
  if (m[GROUP.half!]) {
    // 去年下半年: a half of a year named relatively (read against the article's date).
    const relative = m[GROUP.halfRel!];
    if (relative) return { kind: "relative_year_half", relative: /去|上/.test(relative) ? -1 : /明/.test(relative) ? 1 : 0, half: m[GROUP.halfH!] === "上" ? 1 : 2 };
    // (上半财年: the first half of the company's own year, which its calendar reads.)
    // (2026财年上半财年: the fiscal year named first, then its half in the fiscal year's own words.)
    return { kind: "half", ...(m[GROUP.halfYear!] ? { year: Number(m[GROUP.halfYear!]) } : {}), half: m[GROUP.halfH!] === "上" ? 1 : 2, ...(m[GROUP.halfFiscal!] || m[GROUP.halfFyFirst!] ? { fiscal: true } : {}) };
  }
  // 中期业绩, interim results: the first half.
  if (m[GROUP.interim!]) return { kind: "half", ...(m[GROUP.interimYear!] ? { year: Number(m[GROUP.interimYear!]) } : {}), half: 1 };
  // 末期息, a final dividend: the second half's, paid after the interim one.
  if (m[GROUP.final!]) return { kind: "half", ...(m[GROUP.finalYear!] ? { year: Number(m[GROUP.finalYear!]) } : {}), half: 2, dividend: true };
  if (m[GROUP.hy!]) {
    const half = Number(m[GROUP.hyH!] ?? m[GROUP.hyH2!] ?? m[GROUP.hyH3!]);
    const year = yearOf(m[GROUP.hyYear!] ?? m[GROUP.hyYear2!] ?? m[GROUP.hyYear3!])!;
    return { kind: "half", year, half };
  }
  if (m[GROUP.relafter!]) {
    const relative = relativeYearWord(m[GROUP.relafterRel!]!);
    const quarter = m[GROUP.relafterQ!];
    if (quarter) return { kind: "relative_year_quarter", relative, quarter: Number(quarter.slice(1)) };
    const half = m[GROUP.relafterH!] ? Number(m[GROUP.relafterH!]!.slice(1)) : m[GROUP.relafterHw!] === "first" ? 1 : 2;
    return { kind: "relative_year_half", relative, half };
  }
  if (m[GROUP.relpos!]) {
    const relative = relativeYearWord(m[GROUP.relposRel!]!);
    const half = m[GROUP.relposH!];
    return half ? { kind: "relative_year_half", relative, half: half === "first" ? 1 : 2 } : { kind: "relative_year_quarter", relative, quarter: EN_ORDINAL[m[GROUP.relposQ!]!]! };
  }
  if (m[GROUP.enhalf!]) {
    // "the first half of FY26", "of fiscal 2026": the company's own year, named as it names it.
    // ("the first half of its 2026 financial year": the half of the fiscal year named so.)
    const enhalfRel = m[GROUP.enhalfRel!];
    if (enhalfRel) return { kind: "relative_year_half", relative: relativeYearWord(enhalfRel), half: m[GROUP.enhalfH!] === "first" ? 1 : 2 };
    const fiscalYear = m[GROUP.enhalfYear3!] ? Number(m[GROUP.enhalfYear3!]) : undefined;
    const written = m[GROUP.enhalfYear2!] ?? m[GROUP.enhalfYear4!];
    const year = m[GROUP.enhalfYear!] ? yearOf(m[GROUP.enhalfYear!]) : written ? Number(written) : fiscalYear;
    return { kind: "half", ...(year !== undefined ? { year } : {}), ...(fiscalYear !== undefined ? { fiscal: true } : {}), half: m[GROUP.enhalfH!] === "first" ? 1 : 2 };
  }
  // (quarters 0: to the last quarter reported, whichever that is.)
  if (m[GROUP.ytd!]) return { kind: "to_date", quarters: 0 };
  if (m[GROUP.ttm!]) return { kind: "ttm" };
  if (m[GROUP.same!]) return { kind: "same_period_last_year" };
  // ("the same quarter of fiscal 2025": a year back; its year is written the company's way, which the
  // story's own period may not be, so it is not read as a calendar year as 2023年同期 is.)
  if (m[GROUP.samey!]) {
    const year = m[GROUP.sameyYear!] ?? m[GROUP.sameyBrYear!];
    return year ? { kind: "same_period_last_year", year: Number(year) } : { kind: "same_period_last_year" };
  }
  if (m[GROUP.now!]) return { kind: "now" };
  if (m[GROUP.rq!]) {
    const offset = /上|前|last|previous|prior|preceding/.test(text) ? -1 : /下|next/.test(text) ? 1 : 0;
    // 上季 and "last quarter" look back from the day of writing; 前一季度 and "the previous quarter" from the quarter in hand.
    return { kind: "relative_quarter", offset, ...(offset === -1 && /上|last/.test(text) ? { fromDate: true } : {}) };
  }
  if (m[GROUP.yday!]) return { kind: "relative_day", offset: -1 };
  if (m[GROUP.today!]) return { kind: "relative_day", offset: 0 };
  if (m[GROUP.dom!]) return { kind: "day_of_month", day: Number(m[GROUP.domD!]) };
  if (m[GROUP.wd!]) return { kind: "weekday", day: WEEKDAYS.indexOf(m[GROUP.wdCn!] ?? m[GROUP.wdEn!]!) % 7 };
  if (m[GROUP.rm!]) return { kind: "relative_month", offset: -1 };
  if (m[GROUP.fyending!]) {
    const month = monthOf(m[GROUP.fyendingM!]);
    return endingCue(12, m[GROUP.fyendingYear!], month, monthEndDay(month));
  }
  if (m[GROUP.ahead!]) {
    const count = m[GROUP.aheadN!] ? numberOf(m[GROUP.aheadN!]!) : numberOf(m[GROUP.aheadNEn!]!);
    return count === undefined || count < 1 ? undefined : { kind: "ahead", months: count };
  }
  if (m[GROUP.rel!]) {
    // ("the fiscal year", with nothing after it that names which, is the one under way, as "this fiscal year" is.)
    const relative = /今|本|this|current|^the\s(?:fiscal|financial)\syear$/.test(text) ? 0 : /去|上|last/.test(text) ? -1 : /前年/.test(text) ? -2 : /后年/.test(text) ? 2 : 1;
    return { kind: "year", relative, ...(/fiscal|financial|财/.test(text) ? { fiscal: true } : {}) };
  }
  // A-share reports by name: 年报 (the year: last year's when no year is written), 半年报 / 中报 (the
  // first half), 一季报 (the first quarter), 三季报 (the first three quarters).
  if (m[GROUP.areport!]) {
    const what = m[GROUP.areportWhat!]!;
    const year = m[GROUP.areportYear!] ? Number(m[GROUP.areportYear!]) : undefined;
    if (what.startsWith("年")) return year !== undefined ? { kind: "year", year } : { kind: "year", relative: -1 };
    if (what.startsWith("半") || what === "中报") return { kind: "half", ...(year !== undefined ? { year } : {}), half: 1 };
    if (what.startsWith("一")) return { kind: "quarter", ...(year !== undefined ? { year } : {}), quarter: 1 };
    return { kind: "to_date", quarters: 3, ...(year !== undefined ? { year } : {}) };
  }
  if (m[GROUP.cnlistyear!]) return { kind: "year", year: Number(m[GROUP.cnlistyearYear!]) };
  if (m[GROUP.cnyear!]) return { kind: "year", year: Number(m[GROUP.cnyearYear!]), ...(/财|年度/.test(text) ? { fiscal: true } : {}) };
  if (m[GROUP.fy!]) return { kind: "year", year: yearOf(m[GROUP.fyYear!])!, fiscal: true };
  // ("Full year 2025", "the first half 2025": a year right after the words names it, as "of 2025" does.)
  if (m[GROUP.full!]) return m[GROUP.fullYear!] ? { kind: "year", year: Number(m[GROUP.fullYear!]) } : { kind: "year" };
  if (m[GROUP.enyear!]) return { kind: "year", year: Number(m[GROUP.enyearYear!]) };
  if (m[GROUP.enyearlead!]) return { kind: "year", year: Number(m[GROUP.enyearleadYear!]) };
  if (m[GROUP.enyearmetric!]) return { kind: "year", year: Number(m[GROUP.enyearmetricYear!]) };
  if (m[GROUP.yearmark!]) return { kind: "year", year: Number(m[GROUP.yearmarkYear!]) };
  if (m[GROUP.cellyear!]) return { kind: "year", year: Number(m[GROUP.cellyearYear!]) };
  if (m[GROUP.rowyear!]) return { kind: "year", year: Number(m[GROUP.rowyearYear!]) };
  return undefined;
}

const CN_NUMBERS: Readonly<Record<string, number>> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const EN_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
const CN_MONTHS_OF: Readonly<Record<string, number>> = { 三个月: 3, "3个月": 3, 季度: 3, 财季: 3, 六个月: 6, "6个月": 6, 半年: 6, 上半年: 6, 上半财年: 6, 中期: 6, 九个月: 9, "9个月": 9, 前三季度: 9, 十二个月: 12, 财年: 12, 全财年: 12, 财政年度: 12, 年度: 12, 全年: 12 };
const EN_MONTHS_OF: Readonly<Record<string, number>> = { three: 3, "3": 3, quarter: 3, six: 6, "6": 6, half: 6, "half-year": 6, "half year": 6, nine: 9, "9": 9, twelve: 12, "12": 12, year: 12 };
/** A count of months ahead, written in digits, English words or Chinese numerals up to 36. */
const AHEAD_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, "twenty-four": 24, "thirty-six": 36, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十二: 12, 十八: 18, 二十四: 24, 三十六: 36 };
function numberOf(written: string): number | undefined {
  return /^\d+$/.test(written) ? Number(written) : AHEAD_COUNTS[written];
}
const EN_WEEKS: Readonly<Record<string, number>> = { twelve: 12, thirteen: 13, sixteen: 16, "twenty-four": 24, "twenty-six": 26, "twenty-eight": 28, "fifty-two": 52, "fifty-three": 53 };
const MONTH_NUMBERS: readonly string[] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A month's number from its English name or the name's first three letters (0 when it is none). */
export function monthOf(name: string | undefined): number {
  return MONTH_NUMBERS.indexOf((name ?? "").slice(0, 3)) + 1;
}

/** A month's last day when no year is written: February's is the 28th. */
function monthEndDay(month: number): number {
  return daysInMonth(2001, month);
}

function endingCue(months: number, year: string | undefined, month: number, day: number): Extract<PeriodCue, { kind: "ending" }> | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { kind: "ending", months, month, day, ...(year ? { year: Number(year) } : {}) };
}

/** The last quarter that has started by `date` for quarter number `quarter` (calendar quarters). */
function quarterYearFor(quarter: number, date: string | undefined, context: PeriodContext["quarter"]): number | undefined {
  if (date) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    const startMonth = (quarter - 1) * 3 + 1;
    return month >= startMonth ? year : year - 1;
  }
  if (!context) return undefined;
  return context.quarter >= quarter ? context.year : context.year - 1;
}

/** The quarter most recently ended before the date: what an article published then reports on. */
export function lastReportedQuarter(date: string): { year: number; quarter: number } {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

function quarterEnd(year: number, quarter: number): string {
  return lastDayOfMonth(year, quarter * 3);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The year of the last month-and-day on or before `date` (YYYY-MM-DD). */
function latestCalendar(date: string, month: number, day: number): number {
  const [year, dateMonth, dateDay] = date.split("-").map(Number) as [number, number, number];
  return month < dateMonth || (month === dateMonth && day <= dateDay) ? year : year - 1;
}

/**
 * The label of a cue that names the company's own periods, resolved under its fiscal calendar: a
 * fiscal year or quarter written the way the company names it (Sony's 2024财年 is the year ending
 * March 2025: FY2025), a fiscal quarter or the first nine months without a year (the last one over by
 * the article's date), and the months ending on a day (the company's quarter, nine months or year
 * that ends then). Undefined when the cue is not one of these: the caller keeps the calendar label.
 */
export function ownPeriod(cue: PeriodCue, calendar: FiscalCalendar | undefined, namedBy: "start" | "end" | undefined, date: string | undefined, label?: string, read: ReadPeriod = parsePeriod, known?: FiscalQuarters): string | undefined {
  const shift = namedBy === "start" ? 1 : 0;
  /** The fiscal year (by the calendar year it ends in) under way at the article's date. */
  const yearUnderWay = (): number | undefined => {
    if (!date) return undefined;
    const year = Number(date.slice(0, 4));
    for (let candidate = year; candidate <= year + 1; candidate++) {
      const parsed = read(fiscalYearLabel(candidate), calendar);
      if (parsed.ok && parsed.period.start! <= date && date <= parsed.period.end!) return candidate;
    }
    return undefined;
  };
  /** The fiscal year (by the calendar year it ends in) of the last of the company's quarters over by the article's date: the one an article reports on. */
  const yearOfLastQuarterOver = (): number | undefined => {
    if (!date) return undefined;
    const year = Number(date.slice(0, 4));
    for (let candidate = year + 1; candidate >= year - 1; candidate--) {
      for (let quarter = 4; quarter >= 1; quarter--) {
        const parsed = read(quarterLabel(candidate, quarter), calendar);
        if (parsed.ok && parsed.period.end !== undefined && parsed.period.end < date) return candidate;
      }
    }
    return undefined;
  };
  /** The latest fiscal year whose period `make(year)` has ended by the article's date. */
  const latestOver = (make: (year: number) => string): string | undefined => {
    if (!date) return undefined;
    const year = Number(date.slice(0, 4));
    for (let candidate = year + 1; candidate >= year - 2; candidate--) {
      const parsed = read(make(candidate), calendar);
      if (parsed.ok && parsed.period.end !== undefined && parsed.period.end < date) return make(candidate);
    }
    return undefined;
  };
  switch (cue.kind) {
    case "year": {
      if (cue.fiscal && cue.year !== undefined && shift && !cue.endYear) return fiscalYearLabel(cue.year + shift);
      // ("this year", 今年, of a company whose year is not the calendar's: its year under way at the
      // article's date; in November, the year to next March.)
      // ("next year" likewise: the year after the one under way, in December the year from next February.)
      if (cue.year === undefined && (cue.relative === 0 || cue.relative === 1) && !cue.fiscal && keepsOwnYear(calendar)) {
        const underWay = yearUnderWay();
        if (underWay !== undefined) return fiscalYearLabel(underWay + cue.relative);
      }
      // ("last fiscal year", 上一财年, of such a company: the year before the one of the quarter the
      // article reports on, as 全年 below; in November, for a March year, the year to last March, and
      // in a preview of a year to August, the year before that one.)
      if (cue.year === undefined && cue.fiscal && cue.relative !== undefined && cue.relative < 0 && date && keepsOwnYear(calendar)) {
        const reported = yearOfLastQuarterOver();
        if (reported !== undefined) return fiscalYearLabel(reported + cue.relative);
      }
      // 全年 / the full year, or "this fiscal year", with no year named: the fiscal year of the quarter the
      // article reports on (Sony's full-year forecast in February 2025 is for the year ending March 2025).
      // (The company's own last quarter over, not the calendar's: in April, the year of a grocer whose
      // year ends in February is the one just over, though the calendar's first quarter falls in the next.)
      if (cue.year === undefined && (cue.relative === undefined || (cue.fiscal && cue.relative === 0)) && date && keepsOwnYear(calendar)) {
        const reported = yearOfLastQuarterOver();
        if (reported !== undefined) return fiscalYearLabel(reported);
      }
      return undefined;
    }
    case "relative_year_quarter":
    case "relative_year_half": {
      // ("the first half of last year", 去年上半年, of a company whose year is not the calendar's: that part
      // of its own year before (or after) the one under way at the article's date.)
      if (!keepsOwnYear(calendar)) return undefined;
      const underWay = yearUnderWay();
      if (underWay === undefined) return undefined;
      return cue.kind === "relative_year_half" ? halfLabel(underWay + cue.relative, cue.half) : quarterLabel(underWay + cue.relative, cue.quarter);
    }
    case "quarter": {
      if (cue.fiscal) return cue.year !== undefined ? quarterLabel(cue.year + (cue.endYear ? 0 : shift), cue.quarter) : latestOver((year) => quarterLabel(year, cue.quarter));
      // "第三季度" with no year, of a company whose year is not the calendar's: the calendar quarter or
      // the company's own third quarter, whichever ended last by the article's date (what it reports on).
      if (cue.year !== undefined || !keepsOwnYear(calendar) || !date || label === undefined) return undefined;
      const calendarReading = fiscalQuarterOf(label, calendar, read, known);
      const fiscalReading = latestOver((year) => quarterLabel(year, cue.quarter));
      const end = (reading: string | undefined) => {
        const parsed = reading === undefined ? undefined : read(reading, calendar);
        return parsed?.ok && parsed.period.end !== undefined && parsed.period.end < date ? parsed.period.end : "";
      };
      return end(fiscalReading) > end(calendarReading) ? fiscalReading : calendarReading;
    }
    case "to_date": {
      // Year to date: the company's own quarters to the last one over by the article's date.
      if (cue.quarters === 0) {
        if (!date || !keepsOwnYear(calendar)) return undefined;
        const dateYear = Number(date.slice(0, 4));
        for (let year = dateYear + 1; year >= dateYear - 1; year--) {
          for (let quarter = 4; quarter >= 1; quarter--) {
            const parsed = read(quarterLabel(year, quarter), calendar);
            if (parsed.ok && parsed.period.end !== undefined && parsed.period.end < date) return quartersLabel(year, 1, quarter);
          }
        }
        return undefined;
      }
      const span = (year: number) => spanLabel(quarterLabel(year, 1), quarterLabel(year, cue.quarters));
      if (cue.year !== undefined) return span(cue.year + (cue.fiscal ? shift : 0));
      // (A year named relatively is the calendar's: its label is read in the company's quarters after.)
      if (cue.relative !== undefined) return undefined;
      return latestOver(span);
    }
    case "half":
      // (2025/26中期: the first half of the fiscal year that ends in 2026, named by the year it ends in.)
      if (cue.fiscal && cue.year !== undefined) return halfLabel(cue.year, cue.half);
      // 中期 / the first half with no year, of a company whose year is not the calendar's: its own half
      // that ended last by the article's date.
      if (cue.year !== undefined || !keepsOwnYear(calendar)) return undefined;
      return latestOver((year) => halfLabel(year, cue.half));
    case "ending":
      return endingPeriod(cue, calendar, date, read);
    default:
      return undefined;
  }
}

/** A year named relatively in English: last / previous / prior -1, this / current 0, next 1. */
function relativeYearWord(word: string): number {
  return word === "next" ? 1 : word === "this" || word === "current" ? 0 : -1;
}

/** Period kinds that date an event (a month, a day, "last month") rather than span a reporting period: what a cause clause or a word of announcing may date. */
export const EVENT_PERIOD_KINDS: ReadonlySet<string> = new Set(["month", "relative_month", "relative_month_of_year", "relative_day", "weekday", "day_of_month", "date"]);
/** 为 / 则为 right after a period (the text is simplified): the figure that follows is that period's, the base of a comparison ("上一财年为12.1亿元", 上季度为13.1%). */
export const GIVES_BASE_AFTER = /^\s?(?:为|则为|时为)/;
/** Cues that name a day (a date, a weekday, a day of the month, yesterday): the day of a reading or an event, not a period a flow is over. */
export const DAY_KINDS: ReadonlySet<string> = new Set(["date", "weekday", "day_of_month", "relative_day"]);

/**
 * The last month of a period ending on a day: the month of that day, unless the day is in a month's
 * first week (a 52/53-week quarter "ended February 1" or "ended Nov. 1" is of the months before).
 */
export function lastMonthOf(cue: { month: number; day: number }): number {
  return cue.day < 8 ? (cue.month === 1 ? 12 : cue.month - 1) : cue.month;
}

/** The company's quarter, run of quarters or year that ends nearest the cue's day. */
function endingPeriod(cue: Extract<PeriodCue, { kind: "ending" }>, calendar: FiscalCalendar | undefined, date: string | undefined, read: ReadPeriod): string | undefined {
  const calendarLabel = resolvePeriod(cue, date ? { date } : {});
  const target = calendarLabel ? read(calendarLabel) : undefined;
  if (!target?.ok || target.period.end === undefined) return undefined;
  const end = dayNumber(target.period.end);
  const year = Number(target.period.end.slice(0, 4));
  const quarters = Math.max(1, Math.round(cue.months / 3));
  let best: string | undefined;
  let bestGap = Infinity;
  for (let fiscalYear = year; fiscalYear <= year + 1; fiscalYear++) {
    for (let quarter = quarters; quarter <= 4; quarter++) {
      const parsed = read(quarterLabel(fiscalYear, quarter), calendar);
      if (!parsed.ok) continue;
      const gap = Math.abs(dayNumber(parsed.period.end!) - end);
      if (gap < bestGap) {
        bestGap = gap;
        best = quartersLabel(fiscalYear, quarter - quarters + 1, quarter);
      }
    }
  }
  // More than a fortnight off is not the company's period: keep the months as written.
  return bestGap <= 14 ? best : calendarLabel;
}

/** A cue of the full year with no year of its own, neither named nor relative (全年, "the full year"). */
export function isBareFullYear(cue: PeriodCue | undefined): boolean {
  return cue?.kind === "year" && cue.year === undefined && cue.relative === undefined;
}

/** The period label a cue stands for, or undefined when it cannot be resolved. */
export function resolvePeriod(cue: PeriodCue, context: PeriodContext): string | undefined {
  const dateYear = context.date ? Number(context.date.slice(0, 4)) : undefined;
  const contextYear = context.quarter?.year ?? dateYear;
  switch (cue.kind) {
    case "quarter": {
      if (cue.quarter < 1 || cue.quarter > 4) return undefined;
      const year = cue.year ?? quarterYearFor(cue.quarter, context.date, context.quarter);
      return year === undefined ? undefined : quarterLabel(year, cue.quarter);
    }
    case "half": {
      const year = cue.year ?? contextYear;
      return year === undefined ? undefined : halfLabel(year, cue.half);
    }
    case "year": {
      if (cue.relative !== undefined) return dateYear === undefined ? undefined : fiscalYearLabel(dateYear + cue.relative);
      const year = cue.year ?? contextYear;
      return year === undefined ? undefined : fiscalYearLabel(year);
    }
    case "to_date": {
      // Year to date: the quarters of the year to the last one reported (the year itself after its fourth).
      if (cue.quarters === 0) {
        const last = context.date ? lastReportedQuarter(context.date) : context.quarter;
        if (!last) return undefined;
        return quartersLabel(last.year, 1, last.quarter);
      }
      const year = cue.year ?? (cue.relative !== undefined && dateYear !== undefined ? dateYear + cue.relative : context.date ? latestCalendar(context.date, 9, 30) : contextYear);
      return year === undefined ? undefined : spanLabel(quarterLabel(year, 1), quarterLabel(year, cue.quarters));
    }
    case "ending": {
      // A year ending in a month with no year named is the one under way ("the fiscal year ending March",
      // said in February, ends next month); shorter periods ending on a day are the last such that ended.
      const underWay = () => {
        const reported = lastReportedQuarter(context.date!);
        const end = quarterEnd(reported.year, reported.quarter);
        const candidate = `${reported.year}-${pad(cue.month)}-${pad(cue.day)}`;
        // (A 52/53-week year ends up to a week before its month's end: "the 52 weeks to June 29", told in
        // August, is the year whose last quarter was just reported, not next year's.)
        const weekBefore = addDays(end, -7);
        return candidate >= weekBefore ? reported.year : reported.year + 1;
      };
      // A year "ended" on a day is the last that ended by the article's date. A year "to" a day ("the 52
      // weeks to 28 February" told in April, "the forecast for the year to March" told in February) is
      // the first to end on or after a hundred days before the article: results come out within
      // about three months of a year's end, and a forecast is for the year under way.
      const endedBy = (date: string) => latestCalendar(date, cue.month, cue.day);
      const toDay = () => endedBy(addDays(context.date!, -100)) + 1;
      const year = cue.year ?? (context.date ? (cue.months !== 12 ? (cue.upcoming ? underWay() : endedBy(context.date)) : cue.over === "ended" ? endedBy(context.date) : cue.over === "to" ? toDay() : underWay()) : contextYear);
      if (year === undefined) return undefined;
      // The period's last month (see lastMonthOf): the cue's, or the one before it.
      const last = lastMonthOf(cue) === cue.month ? 0 : -1;
      return spanLabel(monthLabelAfter(year, cue.month, last - cue.months + 1), monthLabelAfter(year, cue.month, last));
    }
    case "month": {
      if (cue.year === undefined && context.date) return cue.month < 1 || cue.month > 12 ? undefined : monthLabel(latestCalendar(context.date, cue.month, 1), cue.month);
      const year = cue.year ?? contextYear;
      if (year === undefined || cue.month < 1 || cue.month > 12) return undefined;
      return monthLabel(year, cue.month);
    }
    case "date": {
      // A day written without its year is the last such day before the article, or one within a month after it.
      const year = cue.year ?? (context.date ? latestCalendar(addDays(context.date, 31), cue.month, cue.day) : contextYear);
      if (year === undefined || !isRealDay(year, cue.month, cue.day)) return undefined;
      return instantLabel(`${year}-${pad(cue.month)}-${pad(cue.day)}`);
    }
    case "day_span": {
      // The last such span to end before the article (or within a month after it), its start in the
      // year before when its month comes later in the year than its end's.
      const toYear = cue.toYear ?? cue.fromYear ?? (context.date ? latestCalendar(addDays(context.date, 31), cue.toMonth, cue.toDay) : contextYear);
      if (toYear === undefined) return undefined;
      const fromYear = cue.fromYear ?? (cue.fromMonth > cue.toMonth ? toYear - 1 : toYear);
      if (!isRealDay(fromYear, cue.fromMonth, cue.fromDay) || !isRealDay(toYear, cue.toMonth, cue.toDay)) return undefined;
      const from = `${fromYear}-${pad(cue.fromMonth)}-${pad(cue.fromDay)}`;
      const to = `${toYear}-${pad(cue.toMonth)}-${pad(cue.toDay)}`;
      return from < to ? spanLabel(from, to) : undefined;
    }
    case "ttm":
      return context.quarter ? `TTM:${quarterEnd(context.quarter.year, context.quarter.quarter)}` : undefined;
    case "same_period_last_year":
      return context.quarter ? quarterLabel(cue.year ?? context.quarter.year - 1, context.quarter.quarter) : undefined;
    case "span":
      return spanLabel(fiscalYearLabel(cue.from), fiscalYearLabel(cue.to));
    case "ahead": {
      if (!context.date || dateYear === undefined) return undefined;
      const month = Number(context.date.slice(5, 7));
      return spanLabel(monthLabelAfter(dateYear, month, 0), monthLabelAfter(dateYear, month, cue.months - 1));
    }
    case "none":
      return "none";
    case "same_as_before":
      return undefined;
    case "report_period":
      // Resolved by the extractor once it knows the story's period.
      return undefined;
    case "now":
      return context.quarter ? quarterLabel(context.quarter.year, context.quarter.quarter) : undefined;
    case "relative_year_quarter":
      return dateYear === undefined ? undefined : quarterLabel(dateYear + cue.relative, cue.quarter);
    case "relative_year_half":
      return dateYear === undefined ? undefined : halfLabel(dateYear + cue.relative, cue.half);
    case "relative_month_of_year":
      return dateYear === undefined ? undefined : monthLabel(dateYear + cue.relative, cue.month);
    case "relative_month": {
      if (!context.date) return undefined;
      const [year, month] = context.date.split("-").map(Number) as [number, number];
      // The month an article about a monthly report is about is the one before its date; 上月 is the one before that.
      return monthLabelAfter(year, month, cue.offset - 1);
    }
    case "relative_day":
      return context.date ? instantLabel(addDays(context.date, cue.offset)) : undefined;
    case "day_of_month": {
      if (!context.date) return undefined;
      // (A day after today's is last month's: 29日 in an article of the 2nd.)
      const month = monthLabelAfter(Number(context.date.slice(0, 4)), Number(context.date.slice(5, 7)), cue.day > Number(context.date.slice(8, 10)) ? -1 : 0);
      if (cue.day > daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))) return undefined;
      return instantLabel(`${month}-${String(cue.day).padStart(2, "0")}`);
    }
    case "weekday": {
      if (!context.date) return undefined;
      const back = (weekdayOf(context.date) - cue.day + 7) % 7;
      return instantLabel(addDays(context.date, -back));
    }
    case "relative_quarter": {
      if (cue.fromDate && context.date) {
        const last = lastReportedQuarter(context.date);
        return quarterLabel(last.year, last.quarter);
      }
      if (!context.quarter) return undefined;
      return quarterLabelAfter(context.quarter.year, context.quarter.quarter, cue.offset);
    }
  }
}

const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;

/** Whether a company keeps a year of its own: a fiscal calendar other than the calendar year's. */
function keepsOwnYear(calendar: FiscalCalendar | undefined): calendar is FiscalCalendar {
  return calendar !== undefined && !(calendar.month === 12 && calendar.day === 31 && calendar.weekday === undefined);
}

/**
 * A calendar quarter's label under a company's fiscal calendar: the fiscal quarter that overlaps it
 * most (calendar 2025-Q4 is Microsoft's fiscal 2026-Q2, and mostly Walmart's fiscal 2026-Q4, Nov–Jan).
 * News writes quarters by the calendar unless it says 财年 / fiscal; labels that are not quarters, and
 * calendar-year companies, are left as they are.
 */
export function fiscalQuarterOf(label: string, calendar: FiscalCalendar | undefined, read: ReadPeriod = parsePeriod, known?: FiscalQuarters): string {
  if (!keepsOwnYear(calendar)) return label;
  const match = QUARTER_LABEL.exec(label);
  if (!match) return label;
  // An extraction keeps the answers in its own context (binding asks for the same few quarters once
  // per figure), so they go with it; nothing here outlives a run.
  if (!known) return overlappingFiscalQuarter(label, Number(match[1]), calendar, read);
  let byLabel = known.get(calendar);
  if (!byLabel) known.set(calendar, (byLabel = new Map()));
  let best = byLabel.get(label);
  if (best === undefined) byLabel.set(label, (best = overlappingFiscalQuarter(label, Number(match[1]), calendar, read)));
  return best;
}

/**
 * fiscalQuarterOf turned round: the calendar quarter that holds a fiscal quarter's middle day (a
 * 13-week quarter from 4 August to 1 November is the third), which fiscalQuarterOf reads back as that
 * fiscal quarter, the one overlapping it most; with the fiscal quarter's last day. Undefined where the
 * label does not read.
 */
export function calendarQuarterHolding(label: string, calendar: FiscalCalendar | undefined, read: ReadPeriod = parsePeriod): { label: string; end: string } | undefined {
  const parsed = read(label, calendar);
  const { start, end } = parsed.ok ? parsed.period : {};
  if (start === undefined || end === undefined) return undefined;
  const middle = addDays(start, Math.floor((dayNumber(end) - dayNumber(start)) / 2));
  const [year, month] = middle.split("-").map(Number) as [number, number];
  return { label: quarterLabel(year, Math.floor((month - 1) / 3) + 1), end };
}

/** fiscalQuarterOf's answers for one run, by calendar, then by calendar quarter's label. */
export type FiscalQuarters = Map<FiscalCalendar, Map<string, string>>;

/** The fiscal quarter of `calendar` that overlaps the calendar quarter `label` (of `year`) most, or `label`. */
function overlappingFiscalQuarter(label: string, year: number, calendar: FiscalCalendar, read: ReadPeriod): string {
  const calendarQuarter = read(label);
  if (!calendarQuarter.ok) return label;
  const from = dayNumber(calendarQuarter.period.start!);
  const to = dayNumber(calendarQuarter.period.end!);
  let best = label;
  let bestOverlap = 0;
  for (let fiscalYear = year; fiscalYear <= year + 1; fiscalYear++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const candidate = quarterLabel(fiscalYear, quarter);
      const parsed = read(candidate, calendar);
      if (!parsed.ok) continue;
      const overlap = Math.min(to, dayNumber(parsed.period.end!)) - Math.max(from, dayNumber(parsed.period.start!));
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

/**
 * The company's last quarter over by the article's date (the one a results story reports), for a
 * company whose year is not the calendar's; undefined for the calendar year.
 */
export function lastOwnQuarter(calendar: FiscalCalendar | undefined, date: string | undefined): string | undefined {
  if (!keepsOwnYear(calendar) || !date) return undefined;
  const year = Number(date.slice(0, 4));
  // (From the fourth quarter of next year back to the first of last year.)
  for (let back = 0; back < 12; back++) {
    const label = quarterLabelAfter(year + 1, 4, -back);
    const parsed = parsePeriod(label, calendar);
    if (parsed.ok && parsed.period.end !== undefined && parsed.period.end < date) return label;
  }
  return undefined;
}
