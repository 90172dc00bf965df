// Which hand-encoded source stands for which article of the development corpus (../shared/corpus,
// outside the repository). Articles 01–20 are the development set (rules are written from their
// misses); 21–30 are held out as the validation set.
interface CorpusArticle {
  /** The article's file under ../shared/corpus/articles. */
  file: string;
  /** The source id of its hand-encoded fact file under facts/. */
  sourceId: string;
  set: "dev" | "validation";
}

const ARTICLES: readonly [string, string][] = [
  ["01_amazon-investing-zh-CN.md", "investing-2025-02-07-amazon"],
  ["02_amazon-iyiou-zh-CN.md", "iyiou-2025-02-10-amazon"],
  ["03_amazon-statementdog-zh-HK.md", "statementdog-2025-02-07-amazon"],
  ["04_amazon-reporterosdelsur-en.md", "reporterosdelsur-2025-02-08-amazon"],
  ["05_amazon-seekalpha-en.md", "seekalpha-2025-02-13-amazon"],
  ["06_shopify-qq-zh-CN.md", "qq-2025-02-12-shopify"],
  ["07_shopify-tradingview-en.md", "tradingview-2025-02-11-shopify"],
  ["08_qualcomm-qq-zh-CN.md", "qq-2025-02-08-qualcomm"],
  ["09_qualcomm-statementdog-zh-HK.md", "statementdog-2025-02-07-qualcomm"],
  ["10_huahong-wallstreetcn-zh-CN.md", "wallstreetcn-2025-02-13-huahong"],
  ["11_huahong-hkej-zh-HK.md", "hkej-2025-02-13-huahong"],
  ["12_mcdonalds-leinews-zh-CN.md", "leinews-2025-02-11-mcdonalds"],
  ["13_mcdonalds-seekalpha-en.md", "seekalpha-2025-02-10-mcdonalds"],
  ["14_sony-hkej-zh-HK.md", "hkej-2025-02-13-sony"],
  ["15_sony-tradingview-en.md", "tradingview-2025-02-13-sony"],
  ["16_tsmc-jinwucj-zh-CN.md", "jinwucj-2025-02-10-tsmc"],
  ["17_tsmc-investing-en.md", "investing-2025-02-10-tsmc"],
  ["18_nissan-sina-zh-CN.md", "sina-2025-02-14-nissan"],
  ["19_honda-morningstar-en.md", "morningstar-2025-02-13-honda"],
  ["20_softbank-c114-zh-CN.md", "c114-2025-02-13-softbank"],
  ["21_applied-materials-investing-zh-CN.md", "investing-2025-02-14-applied-materials"],
  ["22_airbnb-now-zh-HK.md", "now-2025-02-14-airbnb"],
  ["23_robinhood-tipranks-en.md", "tipranks-2025-02-13-robinhood"],
  ["24_onsemi-statementdog-zh-HK.md", "statementdog-2025-02-11-onsemi"],
  ["25_dbs-hkej-zh-HK.md", "hkej-2025-02-10-dbs"],
  ["26_wynn-macau-mingpao-zh-HK.md", "mingpao-2025-02-14-wynn-macau"],
  ["27_langham-mingpao-zh-HK.md", "mingpao-2025-02-13-langham"],
  ["28_food-and-life-stheadline-zh-HK.md", "stheadline-2025-02-10-food-and-life"],
  ["29_mahindra-businessstandard-en.md", "businessstandard-2025-02-10-mahindra"],
  ["30_honasa-moneycontrol-en.md", "moneycontrol-2025-02-12-honasa"],
];

export const CORPUS_ARTICLES: readonly CorpusArticle[] = ARTICLES.map(([file, sourceId]) => ({ file, sourceId, set: Number(file.slice(0, 2)) <= 20 ? "dev" : "validation" }));
