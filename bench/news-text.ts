// Synthetic Chinese financial news for the extractor benchmark, and adversarial texts of a given size.
// Every sentence below was written for this benchmark (no article is quoted): typical results-season
// phrasing in simplified and traditional Chinese, with amounts (亿, 万亿, 美元, 港元, 人民币), growth
// rates, margins, ranges (至, 到, 介于…之间), hedges (约, 超过, 逾, 近) and periods (第三季度, 上半年,
// 去年同期, 过去12个月, FY25Q4, dates). Sizes are UTF-8 bytes; 1 MB = 2^20 bytes. Deterministic.
import { random } from "./generate.js";

/** Simplified Chinese sentences. */
const SIMPLIFIED = [
  "2025年第三季度，沃尔玛全球营收为1,796亿美元，同比增长5.8%，高于市场预期的1,770亿美元。",
  "微软预计下一季度营收在795亿至805亿美元之间，其中微软云收入同比增长约37%。",
  "英伟达本季度净利润达到319亿美元，较去年同期增长65%，营业利润率维持在62.5%左右。",
  "谷歌母公司Alphabet今年的资本开支预计为910亿至930亿美元，明年还将显著增加。",
  "亚马逊北美部门营业利润为58亿美元，营业利润率从去年同期的6.1%提升至7.2%。",
  "受汇率影响，国际业务销售额为408亿美元，剔除汇率影响后同比增长9%。",
  "截至2025年9月30日，公司现金储备约为940亿美元，短期债务减少12亿美元。",
  "分析师平均预期该公司全年营收将达到7,150亿美元，每股收益为6.85美元。",
  "上半年AWS业务营收同比增长17.5%，营业利润超过210亿美元，占公司整体营业利润的逾六成。",
  "Meta第四季度广告收入为583亿美元，同比增长24%，环比增长16%。",
  "过去12个月，自由现金流下降至183亿美元，降幅约为48%。",
  "公司计划在2026年投入约2,000亿美元用于数据中心建设，较2025年增加近50%。",
  "沃尔玛电商业务销售额同比增长27%，连续多个季度实现两位数增长。",
  "该季度经营现金流为1,394亿元人民币，同比增长约一成，好于管理层此前的展望。",
  "在全球云计算市场，亚马逊云科技的份额约为30%，微软Azure约为20%，谷歌云约为13%。",
  "管理层预计明年营业利润在160亿到200亿美元之间，低于分析师预期的215亿美元。",
  "英伟达数据中心收入512亿美元，同比增长66%，占总营收的比重接近90%。",
  "受裁员影响，公司计提遣散费用约18亿美元，运营开支同比减少3.2%。",
  "消息公布后股价当日下跌8.5%，市值蒸发约1,900亿美元，总市值回落至2.3万亿美元。",
  "其港股股价上涨4.1%，报每股128.6港元，年内累计涨幅超过35%。",
  "FY25Q4广告业务营收为214亿美元，同比增长22%，增速较上一季度加快2个百分点。",
  "公司目前拥有超过3亿活跃客户，Prime会员数量同比增长约8%。",
];

/** Traditional Chinese sentences (Hong Kong and Taiwan forms, one with full-width digits). */
const TRADITIONAL = [
  "亞馬遜第四季度淨銷售額為 2,240 億美元，同比增長 13%，高於指引區間的上限。",
  "微軟雲業務營收年增 39%，達到 492 億美元，營業利潤率約為 45%。",
  "公司預計全年資本支出介於 1,250 億至 1,300 億美元之間，明年將再增加約 30%。",
  "輝達本財年營收突破 2,000 億美元，淨利潤超過 1,100 億美元。",
  "沃爾瑪上半年營業利潤為 143 億美元，同比下降 2.4%，主要受 9 億美元一次性費用拖累。",
  "北美部門營業利潤率達到 8.1%，比去年同期提升 150 個基點。",
  "第三季度自由現金流為 146 億美元，過去十二個月累計為 381 億美元。",
  "國際業務營收按固定匯率計算增長 8%，營業利潤為 17 億美元，去年同期為 9 億美元。",
  "分析師預期下一季度每股收益在 1.55 至 1.70 美元之間，營收約 1,870 億美元。",
  "全年營收為１,２３５億美元，同比增長１２％，經營現金流接近 310 億美元。",
  "2026年2月5日公佈的財報顯示，該公司現金儲備逾 860 億美元，較去年底增加 4.5%。",
];


export const MB = 2 ** 20;

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** Repeats `unit` (or calls it with a counter) until the text reaches `bytes` UTF-8 bytes, cut at a character. */
function fill(bytes: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = typeof unit === "string" ? unit : unit(i);
    parts.push(piece);
    size += utf8Bytes(piece);
  }
  let text = parts.join("");
  // Trim whole characters (never half a surrogate pair) until the size fits.
  while (utf8Bytes(text) > bytes) {
    const excess = utf8Bytes(text) - bytes;
    text = text.slice(0, text.length - Math.max(1, Math.floor(excess / 3)));
  }
  return text;
}

/**
 * News text of about `bytes` UTF-8 bytes: paragraphs of 3–7 sentences drawn from both lists
 * (roughly two simplified for one traditional paragraph), a blank line between paragraphs.
 */
export function newsText(bytes: number, seed = 20260213): string {
  const next = random(seed);
  let size = 0;
  const paragraphs: string[] = [];
  while (size < bytes) {
    const pool = next() < 0.67 ? SIMPLIFIED : TRADITIONAL;
    const count = 3 + Math.floor(next() * 5);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(pool[Math.floor(next() * pool.length)]!);
    const paragraph = `${sentences.join("")}\n\n`;
    paragraphs.push(paragraph);
    size += utf8Bytes(paragraph);
  }
  return fill(bytes, paragraphs.join(""));
}

/** The adversarial texts, each `bytes` UTF-8 bytes: name → text. */
export function adversarialTexts(bytes: number): [string, string][] {
  const digitsUpTo = (i: number) => `${i + 1}至`;
  const fullWidth = "０１２３４５６７８９";
  const noPunctuation = newsText(bytes * 1.2, 7).replace(/[。，；：、！？（）()\n\s]/g, "");
  return [
    ["`1,1,1,1,…` (digits and commas)", fill(bytes, "1,")],
    ["`999999…` (one digit run)", fill(bytes, "9")],
    ["`1,234,567,…` (one endless thousands group run)", fill(bytes, (i) => (i === 0 ? "1" : ",234"))],
    ["`亿亿亿…`", fill(bytes, "亿")],
    ["`萬萬萬…`", fill(bytes, "萬")],
    ["`万亿万亿…` after a number", `1${fill(bytes - 1, "万亿")}`],
    ["`1至2至3至…` (unclosed range)", fill(bytes, digitsUpTo)],
    ["`20%至` repeated", fill(bytes, "20%至")],
    ["`5亿至` repeated", fill(bytes, "5亿至")],
    ["full-width digits `０１２３…`", fill(bytes, fullWidth)],
    ["full-width `１、２３４、５６７…`", fill(bytes, (i) => (i === 0 ? "１" : "、２３４"))],
    ["one line, no punctuation (news text stripped)", fill(bytes, noPunctuation)],
    ["`超过超过超过…` then `12亿美元营收`", `${fill(bytes - 100, "超过")}12亿美元营收。`],
    ["`超过12亿美元` repeated, no break", fill(bytes, "超过12亿美元")],
    ["`2025年2025年…` (year-like digits)", fill(bytes, "2025年")],
    ["blank lines `\\n\\n\\n…` (a draft pasted with empty lines)", fill(bytes, "\n")],
  ];
}
