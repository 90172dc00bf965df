// Companies the taxonomy does not know, found where the text names them: a Chinese name of two to four
// characters and its trade (极岸汽车, 驰骋汽车, 鸿晞光学), written at a clause's start and named again
// (by the full name or the short one, 极岸) or named once at the head of its paragraph with a figure
// after it (a round-up of banks, one per paragraph); and the company a round-up's paragraph or row
// opens with: in capitals ("HOSHIZORA INSTRUMENTS. The Kyoto-based maker…"), in bold ("**Tarnby
// Foods** posted…"), plain when the headline names it too, or in the first cell of a table whose first
// column is headed by a word for a company; and an English name an apposition says is a company
// ("Baltavia, the Riga-based carrier"). Their mentions become entity terms, so a figure in a
// sentence that names one of them is that company's, and a paragraph (or a round-up's section) about
// one goes on about it, as for a company the taxonomy knows. One mechanism for every such article:
// delivery round-ups, scorecards, a peer paragraph, a story whose headline names no company.
import { cueWords, placedWords } from "./cues.js";
import { BULLET_LEAD, ITEM_MARKER, itemOfBreakdown, labelledParagraphOfBreakdown, sectionCallsItAPart, TIME_STAMP_LEAD } from "./layout.js";
import { headsPartsColumn, headsWholeColumn } from "./new-segments.js";
import { normaliseText } from "./normalise.js";
import { findPeriods } from "./periods.js";
import type { TermMatch } from "./lexicon.js";
import { COMPANY_CLAUSE_NEXT, entityFor, formalName, LATIN_LEGAL_FORM_END, PEER_WORDS, sameCompanyName, writtenAsPerson, type NewEntity } from "./subject.js";
import type { Term } from "./terms.js";
import { firstFrom, positionsOf } from "./text-structure.js";
import { escapeRegExp, wordsPattern } from "./word-patterns.js";

/** A company found in the text, and where the text names it. */
export interface NamedCompany {
  entity: NewEntity;
  /** Its short name (the characters before its trade), when it has one of two or more characters. */
  short?: string;
  mentions: TermMatch<Term>[];
  /** Named in a table's row (a scorecard's), not at the head of a paragraph: no round-up section begins there. */
  row?: true;
  /** The line a round-up opener opens, lower case (see notTheStory). */
  line?: string;
  /** Where the paragraph it opens starts, when words stand before its name there ("Rival Brolga…", "Across the Tasman, Ruawai…"). */
  opensAt?: number;
  /** Named after a word for a listed kin in its group (分拆上市的附属公司, "its listed subsidiary"): a company of its own, never a part. */
  listed?: true;
  /** Named after a word for a parent ("its parent Ostraven Holdings", 母公司凯澜通信): the company "the parent" points back at. */
  parent?: true;
  /** Named as a company another holds a stake in ("in which Marrowby Holdings owns a 62% stake", 持有…的股份). */
  held?: true;
  /** Named by a heading that is its name alone ("## Smart Grids"), with no ticker and not written formally under it: a company in a round-up, or a part of a story's one company (headingParts). */
  headingOnly?: true;
}

const TRADES = wordsPattern(placedWords("trade", { language: "zh" }));
/**
 * A saved page's link around a name, in bold or not: "**[達岳精密](…)**昨日…" names 達岳精密 as the bare
 * name would (a site links a company's name to its quote page). Bold alone is no such sign: a label
 * in bold ("**某某科技**：") may name a part or a peer.
 */
const MARKUP_OPENS = String.raw`(?:(?:\*\*|__)?\[)?`;
/** The same closing after it (the link's address is blanked to spaces by then: "](      )"). */
const MARKUP_CLOSES = String.raw`(?:\]\(\s*\)(?:\*\*|__)?)?`;
/**
 * A name at a clause's start (after punctuation, a line's start, or 相比之下 / 其中 …, or the second of
 * two companies joined by 与 / 和 / 及 after the first one's trade, and past a peer
 * word of the lexicons, 同业), two to four characters, then its trade; not a word that opens a clause
 * (公司, 该, 其, 旗下, 国内) and not followed by more of a word (a colon may follow: "● 岱川重工：前三季度…").
 */
const CJK_PEER_WORDS = wordsPattern(PEER_WORDS.filter((word) => !/^[a-z]/.test(word)));
// (The lookahead in front holds the first character of every opening alternative, so a new opening word
// adds its first character there too: it changes no match, but lets the engine pass over every other
// position with one test instead of trying each alternative.)
const NAME_AT_CLAUSE_START = new RegExp(String.raw`(?:^|(?=[\n。！？；;，,、：:（(“"|相与其此而的厂股另和及]))(?:^|[\n。！？；;，,、：:（(“"|]|相比之下|与此同时|其中|此外|而|的|厂|(?<=[\u4e00-\u9fff]{2})股|另一家|(?<=${TRADES})(?:与|和|及))\s?(?:[●•·▪■◆*-]\s?)?${MARKUP_OPENS}(?:${CJK_PEER_WORDS})?((?![公该其本此这旗国全头各多部两一])[\u4e00-\u9fff]{2,4}?)(${TRADES})(?=${MARKUP_CLOSES}(?:[\u4e00-\u9fff\d，,：:]|\s?\|))`, "gu");
/** What opens a clause before a business's words without naming a company: a country (德国汽车), a market, 撇除 (excluding), a count of firms (三家光伏组件企业), a part of a company, its brand or its channel (主品牌零售, 线上零售), the kind of customer (企业软件, enterprise software), a product's grade (高阶材料, 高端装备). */
// (称, 认为, 预计: a verb opening the clause it reports is no name's start; nor is a period's word, 单季, 全年.)
const NOT_A_NAME_START = /^(?:美国|中国|日本|韩国|香港|台湾|欧洲|全球|海外|国内|内地|港股|美股|A股|撇除|扣除|剔除|其中|包括|主要|整体|集团|企业|称|认为|预计|单季|单月|首季|全年|(?:主|子|副|自有|核心)?品牌|主业|主营|核心|线上|线下|门店|高阶|高端|中高端|中端|低端|高性能|先进|新型|[二三四五六七八九十几数百千\d]+[家个间只类])|国$/u;
/** Words for a firm that a trade stands before when it says what kind of company follows (the lexicon's `kind_of_firm`: 食品企业, 科技巨头, 零售商; not 商场, 商品, 商业). */
const KIND_OF_FIRM_AFTER = new RegExp(`^(?:${wordsPattern(placedWords("kind_of_firm", { language: "zh" }))})(?![场品标业务])`, "u");
/** A broker's or a research house's name (the lexicons' `broker_name_end`: 证券, 研究所). */
const BROKER_NAME_END = new RegExp(`(?:${wordsPattern(placedWords("broker_name_end", { language: "zh" }))})$`, "u");
/**
 * What a broker's name (or its short name, 华泰 of 华泰证券) opens when it gives its view: a forecast, a
 * rating, a target, a report (a day before it at most: 华岳证券10月29日发布研究报告; what it moves
 * between: 华岳证券将其目标价上调, 华泰将公司2026年归母净利润预测上调).
 */
const BROKER_SAYS_AFTER = /^(?:\d{1,2}月\d{1,2}日|近日|今日|昨日|此前|先前|日前)?(?:(?:将|把|对)[^，。；,;]{0,24}?)?(?:发布|发表|预计|预测|预期|估计|认为|维持|给予|上调|下调|首次覆盖|研报|研究报告|报告|目标价|评级)/u;
/** A word for a whole sector right after a trade (the lexicon's `sector`: 行业, 板块, 赛道). */
const SECTOR_AFTER = new RegExp(`^(?:${wordsPattern(placedWords("sector", { language: "zh" }))})`, "u");
/** A word for a part of a company right after a name and its trade: 业务, 板块, 部门, 分部, 事业 (事业部, and Taiwan's 冷凍食品事業). */
const PART_WORD_AFTER = /^(?:业务|板块|部门|分部|事业)/u;
const TRADE_WORD = new RegExp(`^(?:${TRADES})$`, "u");
/** A trade's word that names a business on its own (the lexicon's `trade_alone`: 游戏, 货运, 电商). */
const TRADE_ALONE_WORD = new RegExp(`^(?:${wordsPattern(placedWords("trade_alone", { language: "zh" }))})$`, "u");
/** A word for a company's reach that closes the part of its name before its trade (the lexicon's `reach`: 云玺国际酒店, 汇丰环球). */
const REACH_WORD = new RegExp(`(?:${wordsPattern(placedWords("reach", { language: "zh" }))})$`, "u");
/** A name of Chinese characters, then -KY (lower case, as the text is compared). */
const KY_NAME = /([\u4e00-\u9fff]{2,8})-ky(?![a-z])/gu;
/** Characters a name never holds: the words of a clause, not a name (的, 了, 年, 月, 期内 "in the period"). */
const CLAUSE_CHARACTERS = "的了在是和与及年月日季度为将已被对从由期内";
const NOT_IN_A_NAME = new RegExp(`[${CLAUSE_CHARACTERS}]`, "u");
/** What opens a clause before a -KY name without being part of it: up to a word of a clause (the same, and 则, 股, 厂). */
const BEFORE_A_NAME = new RegExp(`^.*[${CLAUSE_CHARACTERS}则股厂]`, "u");

/**
 * The companies a Chinese text names that the taxonomy's terms do not cover, each named at least twice
 * (its full name, or its short name after it), in the order the text first names them.
 */
export function namedCompanies(lower: string, terms: readonly TermMatch<Term>[], language: string): NamedCompany[] {
  if (language === "en") return [];
  const found = new Map<string, { prefix: string; trade: string; opensParagraph: boolean }>();
  const parts = new Set<string>();
  // (Each try starts one character after the last one's start, not after its end: a match refused for
  // its words, 厂商的华棱, must not swallow the name that starts inside it, 的华棱半导体.)
  NAME_AT_CLAUSE_START.lastIndex = 0;
  for (let match = NAME_AT_CLAUSE_START.exec(lower); match !== null; NAME_AT_CLAUSE_START.lastIndex = match.index + 1, match = NAME_AT_CLAUSE_START.exec(lower)) {
    const prefix = match[1]!;
    const name = prefix + match[2]!;
    const start = match.index + match[0].length - name.length;
    if (found.has(name) || parts.has(name)) continue;
    // (新能源汽车 is a kind of car, not a company: a name's first part is no trade of its own; nor is it a
    // trade that names a business alone, 游戏软件: game software, a product.)
    if (NOT_IN_A_NAME.test(prefix) || TRADE_WORD.test(prefix) || TRADE_ALONE_WORD.test(prefix) || NOT_A_NAME_START.test(prefix)) continue;
    // (休闲食品企业青麦食品: a trade before a word for a firm says what kind of company follows.)
    if (KIND_OF_FIRM_AFTER.test(lower.slice(start + name.length, start + name.length + 2))) continue;
    // (中信证券预计…, 某某研究所维持…: a broker named before its forecast or rating is the estimate's
    // source, not a company whose figures the text reports.)
    if (BROKER_NAME_END.test(name) && BROKER_SAYS_AFTER.test(lower.slice(start + name.length, start + name.length + 24))) continue;
    // (宠物食品行业, 光伏板块: a trade before a word for a sector names that sector, a group of companies;
    // 消费电子需求, 消费电子类芯片: before demand, a market or a category, a kind of product.)
    if (SECTOR_AFTER.test(lower.slice(start + name.length, start + name.length + 3)) || PRODUCT_WORD_AFTER.test(lower.slice(start + name.length, start + name.length + 2)) || lower.charCodeAt(start + name.length) === CATEGORY) continue;
    // (集装箱航运业务: a trade before a word for a part of a company is that part, a business.)
    if (PART_WORD_AFTER.test(lower.slice(start + name.length, start + name.length + 3))) continue;
    // A name the taxonomy's words already cover (a known company, a business), or that opens with one
    // of its words (投资物业: investment, then property), is no company's.
    if (coveredAt(terms, start)) continue;
    // (分业务板块看： then "• 混凝土机械：收入…": a breakdown's item names a part of the company; so does
    // "- 行動通信營收：254.6億元" in a list of one company's figures, "- 合併營收：…", "- 營業利益：…".)
    if (labelsBreakdownItem(lower, name) || labelsPartInKeyFigures(lower, terms, start, start + name.length)) {
      parts.add(name);
      continue;
    }
    found.set(name, { prefix, trade: match[2]!, opensParagraph: opensParagraphWithFigure(lower, start, start + name.length) });
  }
  // "冠韋-KY": a Taiwan listing of a company registered abroad, named with -KY after it, whatever its trade.
  // (Every match holds "-ky": a text without it is not walked.)
  for (const match of lower.includes("-ky") ? lower.matchAll(KY_NAME) : []) {
    const prefix = match[1]!.replace(BEFORE_A_NAME, "");
    const name = `${prefix}-ky`;
    const start = match.index + match[0].length - name.length;
    if (prefix.length < 2 || found.has(name) || coveredAt(terms, start)) continue;
    found.set(name, { prefix, trade: "-ky", opensParagraph: opensParagraphWithFigure(lower, start, start + name.length) });
  }
  const companies: NamedCompany[] = [];
  for (const [name, { prefix, opensParagraph }] of found) {
    // (消费电子 in a table's row and again as 消费电子板块收入6.12亿元: a name the text writes anywhere
    // before a word for a part of a company is that part, a business, wherever else it stands.)
    if (namedAsPart(lower, name)) continue;
    // (雲璽國際酒店 goes on as 雲璽: a name's closing word for its reach, 国际, is left off its short name.)
    const short = prefix.length >= 4 && REACH_WORD.test(prefix) ? prefix.replace(REACH_WORD, "") : prefix.length >= 2 ? prefix : undefined;
    const mentions: TermMatch<Term>[] = [];
    // (Read in the lower-cased text; -KY is written in capitals, as Taiwan's listings write it; the id stays the one the name gives.)
    const read = entityFor(name, undefined, "text", false);
    const entity = name.endsWith("-ky") ? { ...read, name: `${name.slice(0, -3)}-KY` } : read;
    // The full name's mentions, then the short name's that are not the start of a full one (the short
    // name is the full one's first characters, so the two only ever meet at the same start).
    const fullStarts = new Set<number>();
    for (const at of positionsOf(lower, name)) {
      fullStarts.add(at);
      mentions.push({ start: at, end: at + name.length, entries: [{ kind: "entity", id: entity.id }] });
    }
    if (short) {
      for (const at of positionsOf(lower, short)) {
        // ("筆電電池出貨…；…降低對筆電市場的依賴": a word before 市场, 需求 or 行业 names a product or a trade, not a company.)
        if (!fullStarts.has(at) && !PRODUCT_WORD_AFTER.test(lower.slice(at + short.length, at + short.length + 2))) mentions.push({ start: at, end: at + short.length, entries: [{ kind: "entity", id: entity.id }] });
      }
    }
    // A round-up names each company once, at the head of its paragraph, and says 该行 / 公司 after; a
    // company introduced as one of the same kind (同为城商行的澜江银行) needs no second mention either.
    // (Not a name that runs on into its group's word, 同業金寶飲食集團: the peer readers take it whole.)
    const single = mentions[0];
    if (mentions.length < 2 && !opensParagraph && !(single && introducedAsPeer(lower, single.start) && !GROUP_WORD_AFTER.test(lower.slice(single.end, single.end + 4)))) continue;
    mentions.sort((a, b) => a.start - b.start);
    companies.push({ entity, ...(short ? { short } : {}), mentions });
  }
  return companies;
}

/**
 * "分拆上市的附属公司凯澜铁塔，…", "**子公司：凯澜铁塔**", "its listed subsidiary Ostraven Marine": a name
 * right after a word for a company's kin in its group (the lexicons' `group_kin`) is another company of
 * the group, whatever its last word, named there and wherever the text writes it in full. A Chinese one
 * runs from the word (a colon between at most) to what a company's sentence goes on with or to
 * punctuation; an English one is its capitalised words. Its full name's mentions stand over the short
 * name of a company of the same first characters (凯澜 of 凯澜通信): see withNamedCompanies.
 */
export function kinCompanies(lower: string, original: string, isKnownWord: (name: string) => boolean): NamedCompany[] {
  const companies: NamedCompany[] = [];
  const add = (name: string, text: string, kinWord: string, held = false) => {
    if (isKnownWord(name.toLowerCase()) || companies.some((company) => company.entity.name === name)) return;
    const entity = entityFor(name, undefined, "text", false);
    const mentions: TermMatch<Term>[] = [...positionsOf(text, name)].map((at) => ({ start: at, end: at + name.length, entries: [{ kind: "entity", id: entity.id }] }));
    companies.push({ entity, mentions, listed: true, ...(PARENT_WORD_SET.has(kinWord.toLowerCase()) ? { parent: true as const } : {}), ...(held ? { held: true as const } : {}) });
  };
  // (A Chinese name runs into the words after it: of its first two to six characters, the longest the
  // text writes again before other words is the name, 磐川新材 of 磐川新材同晚公布. A page's summary
  // repeats its lead word for word, so a second mention before the same words is no sign.)
  // (子公司半导体材料业务: a name before a word for a part of a company is that part, a business.)
  for (const match of lower.matchAll(KIN_NAMED_ZH)) {
    if (KIN_COMPOUND.test(match[1]!)) continue;
    const nameAt = match.index + match[0].length - match[1]!.length;
    for (let length = match[1]!.length; length >= 2; length--) {
      const name = match[1]!.slice(0, length);
      if (NOT_A_NAME_START.test(name) || NOT_IN_A_NAME.test(name) || !writtenAsCompany(lower, name)) continue;
      if (!PART_WORD_AFTER.test(lower.slice(nameAt + length, nameAt + length + 3))) add(name, lower, match[1]!.length > 0 ? KIN_WORD_ZH.exec(match[0])![0] : "");
      break;
    }
  }
  // (The English name is read from the text as written, for its capitals; the text read is as long.)
  for (const match of original.matchAll(KIN_NAMED_EN)) add(match[2]!, original, match[1]!);
  // (控股子公司华屿冷链（002917.SZ）, "its subsidiary Huayu Cold Chain (SZ: 002917)": a subsidiary with its own
  // listing code is a listed company of the group.)
  for (const match of lower.matchAll(LISTED_SUBSIDIARY_ZH)) if (!NOT_IN_A_NAME.test(match[1]!)) add(match[1]!, lower, "");
  for (const match of original.matchAll(LISTED_SUBSIDIARY_EN)) add(match[1]!, original, "");
  // ("Cauldmere Land, the developer in which Cauldmere Holdings owns a 62% stake", "Holdings owns a 62%
  // stake in Cauldmere Land", 柏恒地产持有柏恒服务58.3%的股份: a company another holds a stake in is a
  // company of its own, though the two share their first word.)
  for (const match of original.matchAll(STAKE_HELD_IN_EN)) add(match[1] ?? match[2]!, original, "", true);
  for (const match of lower.matchAll(STAKE_HELD_IN_ZH)) if (!NOT_IN_A_NAME.test(match[1]!) && writtenAsCompany(lower, match[1]!)) add(match[1]!, lower, "", true);
  return companies;
}
/** A stake's percent and its noun: "a 62% stake", "a 51.6 per cent interest". */
const STAKE_EN = String.raw`(?:a|an)\s\d{1,2}(?:\.\d+)?\s?(?:%|per\scent|percent)\s(?:stake|interest|shareholding)`;
/**
 * "Cauldmere Land, the SGX-listed developer in which Cauldmere Holdings owns a 62% stake" (the name
 * before an apposition that says another holds a stake in it, group 1) or "owns a 62% stake in Cauldmere
 * Land" (the capitalised words after the stake, group 2).
 */
const STAKE_HELD_IN_EN = new RegExp(String.raw`\b((?:[A-Z][A-Za-z&'’-]+\s){0,3}[A-Z][A-Za-z&'’-]+),\s(?:the|a|an)\s[^,.;]{0,60}?\b(?:in|of)\swhich\s[^,.;]{1,60}?\s(?:owns|holds|has|retains|keeps)\s${STAKE_EN}|\b(?:owns|holds|has|retains|keeps)\s${STAKE_EN}\sin\s((?:[A-Z][A-Za-z&'’-]+\s){0,3}[A-Z][A-Za-z&-]+)`, "g");
/** 持有柏恒服务58.3%的股份, 持有其55%股权: the two to six characters held a stake in, before the percent and a word for shares. */
const STAKE_HELD_IN_ZH = /持有([\u4e00-\u9fff]{2,6}?)(?:约|約)?\d{1,2}(?:\.\d+)?\s?%的?(?:股份|股权|股權|权益|權益)/gu;
const SUBSIDIARY_ZH = wordsPattern(placedWords("subsidiary_word", { language: "zh" }));
/** A code or a ticker in brackets, as a listed company is introduced: （002917.sz）, (SZ: 002917), (NYSE: HCC). */
const CODE_IN_BRACKETS = String.raw`\s?[(（]\s?(?:[A-Za-z]{2,8}\s?[:：]\s?)?(?:\d{4,6}|[A-Za-z]{1,5})(?:\.[A-Za-z]{1,2})?\s?[)）]`;
/** A subsidiary's word (the lexicons' `subsidiary_word`), a Chinese name and its code in brackets. */
const LISTED_SUBSIDIARY_ZH = new RegExp(String.raw`(?<=^|[\n，,。；;：:（(、*]|的|其|旗下|及|和|与|而)${SUBSIDIARY_ZH}([\u4e00-\u9fff]{2,8})(?=${CODE_IN_BRACKETS})`, "gu");
/** "its subsidiary Huayu Cold Chain (SZ: 002917)": the capitalised words between a subsidiary's word and a ticker in brackets. */
const LISTED_SUBSIDIARY_EN = new RegExp(String.raw`\b(?:[Ii]ts|[Tt]he|[Aa])\s${wordsPattern(placedWords("subsidiary_word", { language: "en" }), "both", " ")}\s((?:[A-Z][A-Za-z&'’-]+\s){0,3}[A-Z][A-Za-z&-]+)(?=${CODE_IN_BRACKETS})`, "g");
/**
 * A Chinese word for a company's kin (the lexicons' `group_kin`) where it introduces a name: at a
 * clause's head, or after 的, 其, 旗下 or a joining word (分拆上市的附属公司凯澜铁塔, 其子公司, **子公司：凯澜铁塔**),
 * not inside a metric's words (归属于母公司股东的净利润); then the six characters the name is read from.
 */
const KIN_NAMED_ZH = new RegExp(String.raw`(?<=^|[\n，,。；;：:（(、*]|的|其|旗下|及|和|与)${wordsPattern(placedWords("group_kin", { language: "zh" }))}\s?[：:]?\s?(?:\*\*)?([\u4e00-\u9fff]{2,6})`, "gmu");
/** What a kin word runs into when it is a metric's or a holder's word or a verb, not a name: 母公司股东, 母公司拥有人, 子公司贡献. */
const KIN_COMPOUND = /^(?:股东|业主|所有者|拥有|持有|税后|净利|纯益|盈利|旗下|贡献|来自)/u;

/**
 * Whether the text writes `name` as a company's: twice at least, before different words (two characters
 * compared), once at least before what a company's sentence goes on with or before punctuation.
 */
function writtenAsCompany(lower: string, name: string): boolean {
  const after = new Set<string>();
  let asName = false;
  for (const at of positionsOf(lower, name)) {
    const next = lower.slice(at + name.length, at + name.length + 8);
    after.add(next.slice(0, 2));
    asName ||= COMPANY_CLAUSE_NEXT.test(next) || /^(?:\*\*)?[\s，,。；;：:（(、）)]/u.test(next);
  }
  return after.size >= 2 && asName;
}
/** "its listed subsidiary Ostraven Marine", "the parent Ostraven Holdings": the capitalised words after a kin word. */
const KIN_NAMED_EN = new RegExp(String.raw`\b(?:its|the|a)\s(${wordsPattern(placedWords("group_kin", { language: "en" }), "both", " ")})\s((?:[A-Z][A-Za-z&'’-]+\s){0,3}[A-Z][A-Za-z&-]+)\b`, "g");
/** The Chinese kin word a KIN_NAMED_ZH match opens with. */
const KIN_WORD_ZH = new RegExp(wordsPattern(placedWords("group_kin", { language: "zh" })), "u");
/** Words for a company's parent (the lexicons' `parent_word`), lower case. */
const PARENT_WORDS_LIST = placedWords("parent_word");
const PARENT_WORD_SET: ReadonlySet<string> = new Set(PARENT_WORDS_LIST);
/**
 * A word for a parent standing alone ("the parent's shares gained", 母公司股价): not right before a name
 * (which it introduces), nor in a metric's words (owners of the parent, 归属于母公司股东).
 */
const PARENT_ANAPHOR = new RegExp(String.raw`(?<!\b(?:of|to)\sthe\s|属于|屬於|归属|歸屬)(${wordsPattern(PARENT_WORDS_LIST, "both", " ")})(?!\s?(?:股东|股東|所有者|拥有人|擁有人|业主|業主|持有人))`, "gu");

/**
 * The parent company's mentions by a word for a parent standing alone ("the parent's shares"), as
 * `parentId`. `lower` is the text compared, `original` the same text with its capitals (a capitalised
 * word right after the parent's word is the name it introduces: "its parent Ostraven Holdings").
 */
export function parentMentions(lower: string, original: string, parentId: string): TermMatch<Term>[] {
  const mentions: TermMatch<Term>[] = [];
  for (const match of lower.matchAll(PARENT_ANAPHOR)) {
    const end = match.index + match[0].length;
    if (/^\s[A-Z]/.test(original.slice(end, end + 2))) continue;
    mentions.push({ start: match.index, end, entries: [{ kind: "entity", id: parentId }] });
  }
  return mentions;
}

/**
 * The companies the text names that are parts of the story's own company: named by its own first name
 * and another trade or other words (嘉禾银行 and 嘉禾人寿 in a story about 嘉禾金控; "Devgarh Motor Finance"
 * in one about Devgarh Motors), as a group's wholly owned subsidiaries and divisions are. Not one
 * whose name ends with a word for a group's head (集团, 控股, Holdings: the parent), nor one the text
 * shows to be listed: named after a listed kin word (`listed`), with a code or a ticker in brackets
 * right after it, or with its shares' move ("凯澜铁塔则跌0.8%", "Ostraven Marine shares closed…").
 */
export function ownNamedParts(companies: readonly NamedCompany[], story: NewEntity, storyId: string, lower: string, text: string): Set<NamedCompany> {
  const parts = new Set<NamedCompany>();
  const storyStem = nameStem(story.name);
  if (storyStem === undefined) return parts;
  // (A Latin stem the text never writes alone as a name is no short name of the story's company, and
  // names sharing it share a word only: "Great" of "Great Prairie Grocers" and "Great Lakes Drug Mart".)
  const latinStem = story.name.split(" ")[0]!;
  if (/^[A-Z]/.test(latinStem) && !new RegExp(String.raw`\b${escapeRegExp(latinStem)}\b(?!\s[A-Z])`).test(text)) return parts;
  for (const company of companies) {
    if (company.entity.id === storyId || company.listed || company.row || GROUP_HEAD_END.test(company.entity.name.toLowerCase())) continue;
    const stem = nameStem(company.entity.name);
    if (stem !== storyStem || company.entity.name.toLowerCase() === stem || sameCompanyName(company.entity.name, story.name)) continue;
    if (company.mentions.some((mention) => LISTED_AFTER.test(lower.slice(mention.end, mention.end + 12)))) continue;
    parts.add(company);
  }
  return parts;
}
/**
 * "美的集团（000333.SZ）…。以营收计，美的约为海尔智家的1.6倍": a company the taxonomy knows, named by a
 * Chinese name of four characters or more that closes with its trade or a group's word (美的集团, 格力电器),
 * goes on by the characters before that word (美的, 格力) after it is first named, as a company the text
 * names does (see namedCompanies). Only where such a short name stands at a clause's start or after a
 * word that joins names (与, 和, 及, 较), and where no taxonomy word stands: a short name of two characters
 * may be a common word's (完美的). Not the story's own company, whose names subject.ts reads.
 */
export function knownShortNames(lower: string, terms: readonly TermMatch<Term>[], story: string): NamedCompany[] {
  const found = new Map<string, { name: string; short: string; after: number }>();
  for (const term of terms) {
    const id = term.entries.find((entry) => entry.kind === "entity")?.id;
    if (id === undefined || id === story || id === "MARKET" || found.has(id)) continue;
    const written = lower.slice(term.start, term.end);
    if (!/^[\u4e00-\u9fff]{4,8}$/u.test(written)) continue;
    const short = written.replace(KNOWN_NAME_END, "");
    if (short.length >= 2 && short !== written) found.set(id, { name: written, short, after: term.end });
  }
  const companies: NamedCompany[] = [];
  for (const [id, { name, short, after }] of found) {
    const mentions: TermMatch<Term>[] = [];
    for (const at of positionsOf(lower, short)) {
      if (at < after || lower.startsWith(name, at) || coveredAt(terms, at) || !SHORT_NAME_OPENS.test(lower.slice(Math.max(0, at - 1), at)) || PRODUCT_WORD_AFTER.test(lower.slice(at + short.length, at + short.length + 2))) continue;
      // (华泰认为…, 华泰将公司…预测上调至…: a broker's short name before its view is the view's source, not a company whose figures follow.)
      if (BROKER_NAME_END.test(name) && BROKER_SAYS_AFTER.test(lower.slice(at + short.length, at + short.length + 40))) continue;
      mentions.push({ start: at, end: at + short.length, entries: [{ kind: "entity", id }] });
    }
    if (mentions.length > 0) companies.push({ entity: entityFor(name, undefined, "text", false), short, mentions });
  }
  return companies;
}
/** A trade or a group's word closing a known company's Chinese name (the lexicons' `trade` and `group_head`: 电器, 集团, 控股). */
const KNOWN_NAME_END = new RegExp(`(?:${TRADES}|${wordsPattern(placedWords("group_head", { language: "zh" }))})$`, "u");
/** What may stand right before a short name: nothing, punctuation or a space, or a word that joins names or sets them side by side. */
const SHORT_NAME_OPENS = /^(?:[^\u4e00-\u9fff]|[与和及较比而但则])?$/u;

/**
 * The part of a company's name that its group's companies share: a Chinese name's characters before its
 * trade (嘉禾 of 嘉禾金控), a Latin name's first word of four letters or more (Devgarh of Devgarh Motors).
 * Lower case; undefined for a name with neither.
 */
function nameStem(name: string): string | undefined {
  const lower = normaliseText(name).toLowerCase();
  if (/^[\u4e00-\u9fff]+$/u.test(lower)) {
    const stem = lower.replace(TRADE_AT_END, "");
    return stem.length >= 2 && stem !== lower ? stem : undefined;
  }
  const first = /^([a-z][a-z'’-]{3,})\s\S/.exec(lower)?.[1];
  return first;
}
const TRADE_AT_END = new RegExp(`(?:${TRADES})$`, "u");
/** A word for a group's head company closing a name (the lexicons' `group_head`: 集团, 控股, Holdings). */
const GROUP_HEAD_END = new RegExp(`(?:${wordsPattern(placedWords("group_head", { language: "en" }), "start", " ")}|${wordsPattern(placedWords("group_head", { language: "zh" }))})$`, "u");
/** What shows a company listed right after its name: its code or ticker in brackets, or its shares' move. */
const LISTED_AFTER = /^\s?(?:[(（]\s?(?:[a-z]{2,8}\s?[:：]\s?)?(?:\d{4,6}|[a-z]{1,5})(?:\.[a-z]{1,2})?\s?[)）]|['’]s\sshares\b|\sshares\b|\sstock\b|股价|股份|则?(?:涨|跌|升|挫|收涨|收跌|收报|报收))/u;

/** Whether the text writes `name` somewhere right before a word for a part of a company (业务, 板块, 部门). */
function namedAsPart(lower: string, name: string): boolean {
  for (const at of positionsOf(lower, name)) if (PART_WORD_AFTER.test(lower.slice(at + name.length, at + name.length + 3))) return true;
  return false;
}

/**
 * Words that introduce a company as one of the story company's kind right before its name: 同为城商行的,
 * 同属…的. (A peer word, 同业 or 竞争对手, introduces one too: CJK_PEER_NAMED in subject.ts reads those,
 * with the full name after them.)
 */
// (Or right after a word for a peer at a clause's start: "；同业理文造纸升2.1%", the lexicon's peer_before.)
const PEER_INTRODUCED = new RegExp(`(?:同为|同属|同是)[\\u4e00-\\u9fffA-Za-z]{1,8}的$|(?:^|[，,。；;、\\s])${wordsPattern(PEER_WORDS.filter((word) => /^\p{Script=Han}/u.test(word)))}$`, "u");

/** A group's word (the lexicon's `group_head`: 集团, 控股) or a firm's (股份, 公司) right after a name. */
const GROUP_WORD_AFTER = new RegExp(`^(?:${wordsPattern(placedWords("group_head", { language: "zh" }))}|股份|有限公司|公司)`, "u");

/** Whether the words right before `at` introduce a company as a peer. */
function introducedAsPeer(lower: string, at: number): boolean {
  return PEER_INTRODUCED.test(lower.slice(Math.max(0, at - 12), at));
}

/**
 * "[禾嘉宠物](https://…/stock/301209)：2025年营收61.80亿元", "[Hardanvik Bank](https://…/company/HARDB)": a
 * name a page links to a stock's or a company's page (its address has /stock/, /quote/, /company/,
 * /symbol/ or an exchange's code) is a listed company's, named there and wherever the text writes it
 * in full. `original` is the text before its links were blanked; `lower` the normalised text compared.
 */
export function linkedCompanies(original: string, lower: string, isKnownWord: (name: string) => boolean): NamedCompany[] {
  if (!original.includes("](")) return [];
  const companies: NamedCompany[] = [];
  for (const match of original.matchAll(STOCK_LINK)) {
    const written = match[1]!.trim();
    const at = match.index + 1 + match[1]!.indexOf(written);
    const name = lower.slice(at, at + written.length);
    // (Not one in the page's furniture, blanked in the text read: a quote box's "[詳細報價](…/quote/01683)".)
    if (!NAME_CELL.test(written) || TICKER_ALONE.test(written) || name.trim().length < written.length || isKnownWord(name) || companies.some((company) => company.entity.name === written)) continue;
    const entity = entityFor(written, undefined, "text", false);
    const mentions: TermMatch<Term>[] = [];
    for (let found = lower.indexOf(name); found >= 0; found = lower.indexOf(name, found + name.length)) mentions.push({ start: found, end: found + name.length, entries: [{ kind: "entity", id: entity.id }] });
    companies.push({ entity, mentions });
  }
  return companies;
}
/** A Markdown link whose address is a stock's or a company's page: "[Name](https://site/stock/301209)". */
const STOCK_LINK = /\[([^\[\]\n]{2,40})\]\(https?:\/\/[^\s()]*?\/(?:stocks?|quotes?|company|companies|symbols?|tickers?|equities|asx|nyse|nasdaq|hkex|sgx|tse|lse|twse)\/[^\s()]*\)/gi;
/** A ticker in capitals alone (BWKS), which a link to its quote shows but which names no company. */
const TICKER_ALONE = /^[A-Z0-9.&-]+$/;

/** Month and weekday names, which open a clause before an apposition-like phrase without naming anything. */
const MONTH_AND_DAY_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Meanwhile|Separately|However|Overall";
/** A name that holds a month or a day, or opens with a preposition or a determiner ("In January, the company…"), names no company. */
const NOT_IN_AN_APPOSED_NAME = new RegExp(String.raw`\b(?:${MONTH_AND_DAY_NAMES})\b|^(?:In|On|At|For|By|After|Before|During|Since|Until|The|A|An|Its|This|That|Last|Next|Earlier|Later|Shares|Analysts)\b`);
/**
 * "Trollheim Airlines, the former flag carrier that still dominates…", "The third force is Baltavia,
 * the Riga-based carrier…": a name in capitals, then an apposition that says it is a company (an
 * article, at most five words, then a word for a kind of company: the lexicon's `firm_noun`). The
 * company is named there, by its full name after, and by its first word when that is a word of its
 * own (four letters or more: "Trollheim's share fell"). English only; the story's own company is
 * matched to the subject later, as other found companies are.
 */
export function appositionCompanies(text: string, isKnownWord: (name: string) => boolean): NamedCompany[] {
  const companies: NamedCompany[] = [];
  const seen = new Set<string>();
  const found = [...text.matchAll(APPOSITION_COMPANY), ...text.matchAll(RELATIVE_RESULT_COMPANY), ...text.matchAll(SHARES_OF_COMPANY), ...text.matchAll(RIVAL_COMPANY), ...text.matchAll(FIRM_SUBJECT_COMPANY), ...text.matchAll(TURNED_SUBJECT_COMPANY), ...text.matchAll(DEAL_TARGET_COMPANY)].sort((a, b) => a.index - b.index);
  for (const match of found) {
    // (A legal suffix is no part of the name it is known by: "Tsukuba Motors Co.".)
    // (Nor is a peer word opening the sentence: "Rival Havbrekk, which reported on Tuesday, posted…".)
    const name = (match[1] ?? match[2]!).replace(LATIN_LEGAL_FORM_END, "").replace(LEADING_PEER_WORD, "");
    // ("Asia Pacific, which the chief executive kept calling APAC, was the standout": a region is a part of the company, no company.)
    // (Nor a company found already by a longer name that opens with it: "its nearest rival, Brennock
    // Foods," then "Brennock, which reported…" is the same company, named on by its first word.)
    if (seen.has(name) || [...seen].some((other) => other.startsWith(`${name} `)) || NOT_A_COMPANY_OPENER.has(name.toLowerCase()) || isKnownWord(name.toLowerCase()) || ROLE_WORD.test(name) || NOT_IN_AN_APPOSED_NAME.test(name) || REGION_WORDS.has(name.toLowerCase())) continue;
    seen.add(name);
    const entity = entityFor(name, undefined, "text", false);
    const mentions: TermMatch<Term>[] = [];
    const mention = (start: number, length: number) => mentions.push({ start, end: start + length, entries: [{ kind: "entity", id: entity.id }] });
    for (const full of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(name)}\b`, "g"))) mention(full.index, name.length);
    const first = name.split(" ")[0]!;
    if (first !== name && /^[A-Z][a-z]{3,}$/.test(first) && !isKnownWord(first.toLowerCase())) {
      // (Not where a capitalised word follows it: "Ostraven Marine" beside "Ostraven Holdings" is the
      // group's other company, or this one by its full name.)
      for (const short of text.matchAll(new RegExp(String.raw`\b${first}\b(?!\s[A-Z])`, "g"))) mention(short.index, first.length);
    }
    mentions.sort((a, b) => a.start - b.start);
    companies.push({ entity, ...(first !== name ? { short: first } : {}), mentions });
  }
  return companies;
}
/** A region's name alone (the lexicons' English `region`), lower case. */
const REGION_WORDS: ReadonlySet<string> = new Set(placedWords("region", { language: "en" }));
/** A name of one to four capitalised words, a comma, an article or "its" and at most five words, then a word for a kind of company ("Darrow Systems, its larger rival,"). */
// (The apposition is a noun phrase: no preposition or verb in it, "December, the highest in the company's
// history" is none; nor is a month or a day a name: "In September, the group reported…".)
const APPOSITION_COMPANY = new RegExp(String.raw`(?<![A-Z][\w'-]*\s)\b(?!(?:${MONTH_AND_DAY_NAMES})\b)([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){0,3}),\s(?:the|a|an|its|their)\s(?:(?!(?:in|of|for|to|at|by|with|on|from|that|which|who|said|says|reported|has|had|is|was)\b)[\w'-]+\s){0,5}?${wordsPattern(placedWords("firm_noun", { language: "en" }), "both")}(?!['’])`, "g");

/** ", whose third-quarter sales fell": a relative clause whose own figure moves (the lexicon's `moves`), after a name. */
export const WHOSE_FIGURE_MOVES = String.raw`whose\s(?:[a-z][\w-]*\s){1,3}?${wordsPattern(placedWords("moves", { language: "en" }), "start")}`;
/**
 * "The numbers compare favourably with Coorong Care, which last week posted a 3.1 per cent rise…": a
 * name followed by a relative clause whose verb reports results (a few words between at most) is a
 * company's too; so is one whose own figure moves ("Sorrelby Systems, whose third-quarter sales fell
 * 6%").
 */
const RELATIVE_RESULT_COMPANY = new RegExp(String.raw`(?<![A-Z][\w'-]*\s)\b(?!(?:${MONTH_AND_DAY_NAMES})\b)([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){0,3}),\s(?:(?:which|whose)\s(?:[a-z][\w-]*\s){0,3}?(?:posted|reported|booked|announced|raised|cut|lifted|swung|narrowed|delivered|earned)|${WHOSE_FIGURE_MOVES})\b`, "g");

/**
 * "a similar move by rival Tsukuba Motors Co., which…", "competitor Harlow Foods", "its closest competitor,
 * Darrow Systems, reported": a name in capitals
 * right after an English peer word (the lexicons' `peer_before`) is a company, named on by its first
 * word in the sentences after ("Tsukuba last week trimmed…").
 */
const RIVAL_COMPANY = new RegExp(String.raw`\b(?:${wordsPattern(PEER_WORDS.filter((word) => /^[a-z]/.test(word)), "none", " ")}),?\s([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){0,3})`, "g");

/** The lexicons' `firm_name_end` words as a name writes them: Holdings, Inc, PLC. */
const FIRM_NAME_ENDS = placedWords("firm_name_end", { language: "en" }).flatMap((word) => [word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).map(escapeRegExp).join("|");
/** Words that open a sentence turning to another company (the lexicon's comparison `sentence_lead`, capitalised): "Meanwhile,", "Elsewhere,", "By contrast,". */
const TURN_TO_ANOTHER = `(?:${wordsPattern(placedWords("comparison", { language: "en", roles: ["sentence_lead"] }).map((word) => word[0]!.toUpperCase() + word.slice(1)), "none", " ")})`;
/** A verb by which a company gives its results after its name (the lexicon's `results_verb`: said, reported, posted, swung). */
const RESULTS_VERB = wordsPattern(placedWords("results_verb", { language: "en" }), "both");
/**
 * "Elsewhere, Harbin Tools posted a 3% rise…": after such a turn, a name of two to four capitalised words
 * whose verb reports results is a company's, whatever its last word.
 */
const TURNED_SUBJECT_COMPANY = new RegExp(String.raw`(?<=(?:^|[.!?]\s|\n)${TURN_TO_ANOTHER},\s)([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){1,3})\s(?:(?:also|on\s[A-Z][a-z]+day)\s)?${RESULTS_VERB}`, "gm");
/**
 * "Tarrow Financial Group posted net income of $298 million", "Meanwhile, Oldcastle Savings reported…":
 * a sentence whose subject is a name in capitals ending in a word only a firm's name ends in (Bank,
 * Group, Holdings, Inc, Airlines: never a business's or a region's name) and whose verb reports results
 * (RESULTS_VERB, or had, made, turned, saw) names a company, wherever the sentence stands in its paragraph.
 */
const FIRM_SUBJECT_COMPANY = new RegExp(String.raw`(?:^|(?<=[.!?]\s|\n|${TURN_TO_ANOTHER},\s))((?:[A-Z][a-z]+\s(?:&\s)?){1,3}(?:${FIRM_NAME_ENDS}))\s(?:(?:also|meanwhile|separately|on\s[A-Z][a-z]+day)\s)?(?:${RESULTS_VERB}|(?:had|made|turned|saw)\b)`, "gm");

/**
 * "has agreed to buy New Zealand's Feldspar Analytics", "the acquisition of Marbeck Sensors": a name of
 * two to four capitalised words that a deal's verb or noun takes (a country's possessive between at
 * most) is the company bought, with figures of its own. (Not after "its purchase of": a deal the company
 * made, named in passing, "costs tied to its purchase of Tamarack Savings".)
 */
const DEAL_TARGET_COMPANY = /\b(?:to\s(?:buy|acquire)|buying|acquiring|bought|acquired|(?<!\b(?:its|their)\s)(?:acquisition|purchase|takeover)\sof)\s(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s)?([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){1,3})/g;
/** A peer word opening a name in capitals at a sentence's start ("Rival Havbrekk"), which is no part of it. */
const LEADING_PEER_WORD = new RegExp(String.raw`^(?:${wordsPattern(PEER_WORDS.filter((word) => /^[a-z]/.test(word)).map((word) => word[0]!.toUpperCase() + word.slice(1)), "none", " ")})\s(?=[A-Z])`);
/** A share's move (the lexicon's `price_moves`) or its session's close after "shares": "shares fell", "shares closed". */
const SHARES_MOVE = `${wordsPattern(placedWords("price_moves", { language: "en" }))}|closed|ended|were`;
/**
 * "Shares in Kaolin Peak rose 2.3%", "Kaolin Peak shares fell", "shares of Anping Optical closed": a
 * name whose shares move or trade is a listed company's. (Never the end of a hyphened name, "Fi" of
 * "JB Hi-Fi shares rose".)
 */
const SHARES_OF_COMPANY = new RegExp(String.raw`(?:\b[Ss]hares\s(?:in|of)\s([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){0,3})(?='s|\s(?:${SHARES_MOVE})\b)|(?<![A-Z][\w'-]*\s)(?<![\w'’&.-])([A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){0,3})(?:'s|’s)?\s(?=shares\s(?:${SHARES_MOVE})\b))`, "g");

/** 类 (a category) right after a trade: 消费电子类芯片 names a kind of product. */
const CATEGORY = "类".charCodeAt(0);
/** Words after a name that make it a product's or a trade's (笔电市场, 储能需求, 面板行业), not a company's short name. */
const PRODUCT_WORD_AFTER = /^(?:市场|需求|行业|产业|领域|产品|出货|价格)/u;

/** What stands before a list item's label: its bullet, spaces, bold. */
const BULLET_LABEL_OPENING = new RegExp(`${BULLET_LEAD}$`, "u");
/**
 * Whether the name labels an item of a breakdown anywhere in the text: a list's under a breakdown's
 * title ("• 混凝土机械：收入…" under 分业务板块看：), or a row of a table whose first column is headed by a
 * word for a part of the company (| 业务板块 | … | then | 矿山装备 | …).
 */
function labelsBreakdownItem(lower: string, name: string): boolean {
  for (const at of positionsOf(lower, name)) {
    const lineStart = lower.lastIndexOf("\n", at - 1) + 1;
    if (BULLET_LABEL_OPENING.test(lower.slice(lineStart, at)) && itemOfBreakdown(lower, lineStart)) return true;
    if (/^\|\s*(?:\*\*)?$/.test(lower.slice(lineStart, at)) && headsPartsColumn(tableCorner(lower, lineStart))) return true;
    // ("【二】分业务" then "素质教育：收入1.51亿美元": a paragraph's label under a breakdown's heading.)
    if (/^\s*(?:\*\*)?$/.test(lower.slice(lineStart, at)) && /^(?:\*\*)?\s*[:：]/.test(lower.slice(at + name.length, at + name.length + 4)) && labelledParagraphOfBreakdown(lower, lineStart)) return true;
    // ("分業務看，合約物流收入26.12億港元…；倉儲租賃收入6.77億港元": a clause of a sentence a breakdown's words
    // opened (the lexicons' `by_part`); not a name only a firm's name ends like, "分业务看，鼎汇证券…" in a
    // story of two brokers being that broker's breakdown.)
    if (!FIRM_NAME_END_CJK.test(name) && /[，,；;：:]\s?$/u.test(lower.slice(Math.max(0, at - 2), at)) && BREAKDOWN_OPENING.test(lower.slice(Math.max(lineStart, lower.lastIndexOf("。", at - 1) + 1), at))) return true;
  }
  return false;
}
/**
 * Whether a name opens a list item's label right before a metric's word and the label's colon
 * ("- 行動通信營收：254.6億元"), in a list another of whose items' labels opens with a metric's word
 * ("- 合併營收：…"): a list of one company's figures, whose named items are its parts.
 */
function labelsPartInKeyFigures(lower: string, terms: readonly TermMatch<Term>[], start: number, end: number): boolean {
  const lineStart = lower.lastIndexOf("\n", start - 1) + 1;
  if (!BULLET_LABEL_OPENING.test(lower.slice(lineStart, start))) return false;
  const metric = terms[firstFrom(terms, end)];
  if (!metric || metric.start !== end || !metric.entries.some((entry) => entry.kind === "metric") || !/^\s?(?:\*\*)?\s?[:：]/.test(lower.slice(metric.end, metric.end + 4))) return false;
  // The list: the lines of items around this one.
  const opensWithMetric = (from: number) => {
    const marker = ITEM_MARKER.exec(lower.slice(from, from + 8));
    const first = marker ? terms[firstFrom(terms, from + marker[0].length)] : undefined;
    return first !== undefined && first.start === from + marker![0].length && first.entries.some((entry) => entry.kind === "metric");
  };
  for (const step of [-1, 1]) {
    let at = lineStart;
    for (;;) {
      const next = step < 0 ? (at === 0 ? -1 : lower.lastIndexOf("\n", at - 2) + 1) : lower.indexOf("\n", at) + 1;
      if (next <= 0 && step > 0) break;
      if (next < 0 || next === at || !ITEM_MARKER.test(lower.slice(next, next + 8))) break;
      if (opensWithMetric(next)) return true;
      at = next;
    }
  }
  return false;
}
/** A breakdown's words opening a sentence's clause (the zh lexicon's `by_part`: 分业务看, 按地区划分), then its stop. */
const BREAKDOWN_OPENING = new RegExp(`(?:${wordsPattern(cueWords("by_part", "zh"))})[，,：:]`, "u");
/** Words only a firm's name ends with (the zh lexicon's \`firm_name_end\`: 证券, 银行, 集团). */
const FIRM_NAME_END_CJK = new RegExp(`(?:${wordsPattern(placedWords("firm_name_end", { language: "zh" }))})$`, "u");


/** The first cell of the header of the table a row at `lineStart` stands in. */
function tableCorner(lower: string, lineStart: number): string {
  let start = lineStart;
  while (start > 0) {
    const previous = lower.lastIndexOf("\n", start - 2) + 1;
    if (!lower.startsWith("|", previous)) break;
    start = previous;
  }
  const first = /^\|\s*([^|]*?)\s*\|/.exec(lower.slice(start, start + 200))?.[1] ?? "";
  return first;
}

/** How far into its paragraph a name named once may stand and still be what the paragraph is about. */
const PARAGRAPH_HEAD = 16;
/**
 * Whether a name opens a paragraph (the match starts a line) or a sentence, and its own sentence goes on
 * to a figure (青川银行前三季度实现营业收入412.6亿元): the subject of a round-up's paragraph or of a
 * sentence on a peer, not a word in passing.
 */
function opensParagraphWithFigure(lower: string, nameStart: number, nameEnd: number): boolean {
  // (同业方面，另一家IC设计厂联晟电子…: a few words may introduce it, no sentence.)
  const lineStart = lower.lastIndexOf("\n", nameStart - 1) + 1;
  // (A paragraph that turns to another company may describe it first, in one clause: "至於以內地為主要
  // 市場、財政年度與曆年一致的粵湘匯控股，…".)
  const turned = TURNS_TO.test(lower.slice(lineStart, lineStart + 4)) && nameStart - lineStart <= 48 && !/[，,。！？；;]/u.test(lower.slice(lineStart, nameStart));
  // ("隆基并非个例。晶科能源前三季度归母净利润为-28.4亿元": so may a name opening a later sentence of it.)
  const opensSentence = /[。！？]\s?$/u.test(lower.slice(Math.max(lineStart, nameStart - 2), nameStart));
  if (!opensSentence && ((nameStart - lineStart > PARAGRAPH_HEAD && !turned) || /[。！？]/u.test(lower.slice(lineStart, nameStart)))) return false;
  // (分业务看，基础物业管理服务收入…: a business's words go on with more of a noun, a company's clause with a time, a verb or a figure.)
  // ("● 濛江重机：前三季度营收…": a round-up's item may open with the name and a colon.)
  if (!COMPANY_CLAUSE_NEXT.test(lower.slice(nameEnd, nameEnd + 4)) && !/^[：:]/.test(lower.slice(nameEnd, nameEnd + 1))) return false;
  const sentence = /^[^。！？\n]{0,40}/u.exec(lower.slice(nameEnd, nameEnd + 40))![0];
  return /\d/.test(sentence);
}

/** Words that open a paragraph turning to another company: 至于, 另外, 同样, 反观. */
const TURNS_TO = /^(?:至于|另外|同样|同樣|反观|反觀|另一边|另一邊|相比之下)/u;
/** Whether a term starting at or before `start` (the nearest few: a term is a handful of characters long) reaches past its second character. */
function coveredAt(terms: readonly TermMatch<Term>[], start: number): boolean {
  for (let i = firstFrom(terms, start + 1) - 1; i >= 0 && start - terms[i]!.start <= 64; i--) if (terms[i]!.end >= start + 2) return true;
  return false;
}

/**
 * The companies a round-up's paragraphs or rows open with: a name in capitals, then a full stop, a
 * colon or a dash ("HOSHIZORA INSTRUMENTS. The Kyoto-based maker…", "NORDVIK SHIPPING: The
 * Oslo-listed…"); a name in bold, then its verb or an apposition ("**Tarnby Foods** posted…",
 * "**Wexley Tools**, the drill maker, said…"); a table row's first cell, when the table's first column
 * is headed by a word for a company (| Company | Q4 revenue |, | 公司 | 营收 |). Each with where it is
 * written. Not a dateline ("SYDNEY, May 7 —" has a comma; "BENGALURU: Sahyadri Infotech…" names the
 * story's own company after it), a rubric (UPDATE, FACTBOX) or a word the taxonomy knows (REVENUE:,
 * **Revenue** rose…). The story's own company is left out afterwards, once known (notTheStory).
 */
/** A rubric in bold opening a line, a word in lower case after its first, then a colon: "**Also on our radar:** ", "**In other news**: ". */
const RUBRIC_OPENING = /^\s*\*\*[A-Z][a-z]*(?:\s[a-z][a-z']*)+[:：]?\*\*[:：]?\s+(?=[A-Z])/;

export function roundUpOpeners(text: string, lineStarts: readonly number[], skipLine: (start: number) => boolean, isKnownWord: (name: string) => boolean, headline = ""): NamedCompany[] {
  const companies: NamedCompany[] = [];
  let line = "";
  const add = (given: string, givenAt: number, givenWritten: string, row = false, opensAt?: number) => {
    // (A peer word opening the paragraph is no part of the name: "Rival Ostley Stores reported…".)
    const peerWord = LEADING_PEER_WORD.exec(given)?.[0].length ?? 0;
    const name = given.slice(peerWord);
    const shifted = peerWord > 0 && givenWritten.startsWith(given.slice(0, peerWord));
    const at = givenAt + (shifted ? peerWord : 0);
    const written = shifted ? givenWritten.slice(peerWord) : givenWritten;
    // ("Asia Pacific, which the chief executive kept calling APAC, was…": a region opening a paragraph is a part of the company.)
    if (REGION_WORDS.has(name.toLowerCase())) return;
    const entity = entityFor(name, undefined, "text", false);
    const mentions: TermMatch<Term>[] = [{ start: at, end: at + written.length, entries: [{ kind: "entity", id: entity.id }] }];
    // "Pellham's gross margin…" after "**Pellham Outdoor**": a name of several words goes on by its first.
    // (A name of one word, "Saltash, based in…", goes on by itself.)
    const short = name.split(" ")[0]!;
    if (/^[A-Z][a-z]{3,}$/.test(short)) {
      // (And by its first words: "Kaolin Peak shares rose" after "## Kaolin Peak Technology".)
      const words = name.split(" ");
      for (let k = words.length; k >= 1; k--) {
        const prefix = words.slice(0, k).join(" ");
        // (Not by a word for a firm alone: "Bank" of "Bank Seranti" is every bank's.)
        if (k < words.length && FIRM_NAME_WORD.has(words[k - 1]!.toLowerCase())) continue;
        const notFollowedBy = k < words.length ? String.raw`(?!\s${escapeRegExp(words[k]!)})` : "";
        for (const match of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(prefix)}\b${notFollowedBy}`, "g"))) {
          if (match.index > at && !mentions.some((mention) => mention.start <= match.index && mention.end > match.index)) mentions.push({ start: match.index, end: match.index + prefix.length, entries: [{ kind: "entity", id: entity.id }] });
        }
      }
      mentions.sort((a, b) => a.start - b.start);
    }
    // (A company a table's row names is that company wherever the text writes its name in full: the
    // paragraph about it above the table, "澜峰风能前三季度营收…", with a trade the lexicons do not hold.)
    if (row) {
      for (let other = text.indexOf(written); other >= 0; other = text.indexOf(written, other + written.length)) {
        if (!mentions.some((mention) => mention.start === other)) mentions.push({ start: other, end: other + written.length, entries: [{ kind: "entity", id: entity.id }] });
      }
      mentions.sort((a, b) => a.start - b.start);
    }
    companies.push({ entity, ...(short !== name ? { short } : {}), mentions, ...(row ? { row: true as const } : { line: line.toLowerCase() }), ...(opensAt !== undefined ? { opensAt } : {}) });
  };
  let companyTable = false;
  /** Whether a line with content has been read (the first is the story's lead, which a dateline may open). */
  let seenContent = false;
  lineStarts.forEach((lineStart, i) => {
    // (A live blog's time stamp opening the entry, "**10:02** Rival Ostley Stores reported…", "10:02 a.m.
    // —", is no part of what the entry opens with.)
    // (So is a newsletter's rubric in bold, words in lower case after its first: "**Also on our radar:**
    // Pellham Stores said…", not "**Bank Seranti (Indonesia):** Net profit…", a company's own label.)
    const stamp = TIME_STAMP_LEAD.exec(text.slice(lineStart, lineStart + 28)) ?? RUBRIC_OPENING.exec(text.slice(lineStart, lineStart + 48));
    const start = lineStart + (stamp?.[0].length ?? 0);
    // Only a line that opens with a capital, a table's bar or Markdown's marks can: test that before slicing.
    if (skipLine(lineStart) || !/[\s>*_|A-Z#-]/.test(text[start] ?? "")) {
      companyTable = false;
      return;
    }
    line = text.slice(start, Math.min(lineStarts[i + 1] ?? text.length, start + 200));
    const firstParagraph = !seenContent;
    if (line.trim().length > 0) seenContent = true;
    if (line.startsWith("|")) {
      const first = /^\|\s*([^|]*?)\s*\|/.exec(line)?.[1] ?? "";
      // A table's first line is its heading; a row of dashes is the rule under it.
      const heading = i === 0 || !text.startsWith("|", lineStarts[i - 1]!);
      if (heading) {
        companyTable = COMPANY_COLUMN.has(normaliseText(first).toLowerCase().replace(/\*/g, ""));
        // "| Q3 2025 | Skagvik | Hardanvik | Trollfoss |": a header whose cells after the corner are all
        // names, one of them a name the headline holds, sets companies side by side, one per column.
        for (const [name, at] of companyColumns(line, headline, isKnownWord)) add(name, start + at, name, true);
      } else if (companyTable && /\p{L}/u.test(first) && !/^[-:\s]+$/.test(first)) {
        const name = first.replace(/\*/g, "").trim();
        if (!isKnownWord(normaliseText(name).toLowerCase())) add(name, start + line.indexOf(name), name, true);
      }
      return;
    }
    companyTable = false;
    // "Pellham Outdoor, the camping specialist, said…" in a round-up whose headline names Pellham, and
    // "Saltash, based in Wilmington, said…": a plain name opening a paragraph, then an apposition or its
    // verb, when the headline names it too.
    const plain = PLAIN_OPENER.exec(line);
    // (A name of one word only as the first word of a longer name in the headline: "Saltash" of "Saltash
    // Films", never a word such as "Revenue" that a headline may also hold.)
    // (Or a name of one word the headline names too when an apposition follows it: "Greyloch, the
    // builders' merchant, had…" under "…, Greyloch slides, …".)
    const oneWord = plain !== null && !plain[1]!.includes(" ");
    const apposition = oneWord && APPOSITION_AFTER.test(line.slice(line.indexOf(plain[1]!) + plain[1]!.length));
    if (plain && headline.length > 0 && new RegExp(String.raw`\b${plain[1]!.split(" ")[0]}${oneWord && !apposition ? String.raw`\s[A-Z]` : String.raw`\b`}`).test(headline)) {
      const name = plain[1]!;
      if (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase()) && !ROLE_WORD.test(name)) add(name, start + line.indexOf(name), name);
      return;
    }
    // "Bramhope Residential said completions rose 6 per cent to 9,850 homes.": a plain name opening a
    // paragraph, then a verb of results and a word of the taxonomy (a metric's, a part's), in a sentence
    // with a figure, is a company giving its own figures, though the headline does not name it. (Not a
    // person quoted, "Jane Doe said revenue would…" after "chief executive Jane Doe".)
    if (plain && reportsOwnFigures(line, plain[1]!, isKnownWord)) {
      const name = plain[1]!;
      if (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase()) && !ROLE_WORD.test(name) && !REGION_WORDS.has(name.toLowerCase()) && !name.split(" ").some((word) => NOT_A_NAME_WORD.has(word.toLowerCase())) && !writtenAsPerson(text, name)) {
        add(name, start + line.indexOf(name), name);
        return;
      }
    }
    // "## Kaolin Peak Technology" over a company's bullets in a round-up: a heading that is a name of two
    // to five capitalised words and nothing else, none of them a word for a part of a report.
    // ("## 1. Ambrook Marine (SGX: AB7) — order book at a record": or such a name numbered, with its
    // ticker in brackets and a subtitle after; with a ticker, a word for a firm is the name's, Cendana Bank.)
    const heading = HEADING_OPENER.exec(line);
    if (heading) {
      const name = heading[1]!;
      const ticker = line.length > heading.index + heading[0].length && /^\s*[(（]/.test(line.slice(heading.index + heading[0].length));
      // (Whatever its words, "## Dunvegan Markets", "## Great Lakes Drug Mart", when the section under it
      // writes the name with a legal form or a base, "Great Lakes Drug Mart Ltd.", "Halifax-based Dunvegan Markets".)
      const formal = formallyNamedBelow(text, name, lineStarts[i + 1] ?? text.length);
      if (formal || (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase()) && (ticker || !name.split(" ").some((word) => NOT_A_NAME_WORD.has(word.toLowerCase()))) && (ticker || !sectionCallsItAPart(text, lineStarts, i)))) {
        const before = companies.length;
        add(name, start + line.indexOf(name), name);
        const section = text.slice(lineStarts[i + 1] ?? text.length, (lineStarts[i + 1] ?? text.length) + SECTION_READ).trimStart().toLowerCase();
        // (Only the company this heading added: add keeps no region's name.)
        if (companies.length > before && !formal && !ticker && !FIRM_DESCRIBED_AT_START.test(section)) companies[before]!.headingOnly = true;
      }
      return;
    }
    // "### 一、博岚游戏（02466.HK）：新游带动收入增三成": a heading, numbered or not, that opens with a
    // Chinese name and its ticker in brackets, over a newsletter's section about that company.
    const cjkHeading = CJK_HEADING_OPENER.exec(line);
    if (cjkHeading) {
      const name = cjkHeading[1]!;
      if (!isKnownWord(normaliseText(name).toLowerCase())) add(name, start + line.indexOf(name), name);
      return;
    }
    // "- **Bank Seranti (Indonesia):** Net profit…": a list item's bold label that names a company (its
    // country or its ticker in brackets, or a word for a firm in its name), then a colon.
    const label = BOLD_LABEL_OPENER.exec(line);
    if (label && (label[2] !== undefined || label[1]!.split(" ").some((word) => FIRM_NAME_WORD.has(word.toLowerCase())))) {
      const name = label[1]!;
      if (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase())) add(name, start + line.indexOf(name), name);
      return;
    }
    const bold = BOLD_OPENER.exec(line);
    if (bold) {
      const name = bold[1]!;
      if (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase())) add(name, start + line.indexOf(name), name);
      return;
    }
    // "Cindermoor Cement went first. The Brisbane-based producer lifted revenue…", "Across the Tasman,
    // Ruawai Aggregates is on a different clock: … The Auckland-based quarry operator reported…": a
    // paragraph that opens with a name of two to four capitalised words and its verb, and whose next
    // sentence refers back to a company ("The Brisbane-based producer", "The company", "Its"), is
    // about that company.
    const introduced = PARAGRAPH_NAME_OPENER.exec(line);
    if (introduced && REFERS_BACK.test(line.slice(introduced[0].length))) {
      const name = introduced[1]!;
      if (!NOT_A_COMPANY_OPENER.has(name.toLowerCase()) && !isKnownWord(name.toLowerCase()) && !ROLE_WORD.test(name) && !name.split(" ").some((word) => NOT_A_NAME_WORD.has(word.toLowerCase()))) {
        add(name, start + line.indexOf(name), name, false, start);
        return;
      }
    }
    const match = CAPITALS_OPENER.exec(line);
    // ("SYDNEY — The half-year reporting season…": capitals and a dash opening the story's first paragraph are its dateline.)
    // ("BENGALURU: Chalukya Digital Services on Wednesday reported…": so are capitals and a colon before
    // a name; a round-up's company after its colon goes on with an apposition, "NORDVIK SHIPPING: The Oslo-listed…".)
    const after = match ? match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length) : "";
    if (!match || (firstParagraph && (/\s[—–-]\s/.test(after) || /^:\s+["“]?(?!(?:The|A|An|Its|Their)\b)[A-Z]/.test(after)))) return;
    const caps = match[1]!.trim();
    const words = caps.split(/\s+/);
    if (!words.some((word) => /[A-Z]{3}/.test(word)) || words[words.length - 1] === "&" || NOT_A_COMPANY_OPENER.has(caps.toLowerCase())) return;
    const name = words.map((word) => (word === "&" ? word : word[0]! + word.slice(1).toLowerCase())).join(" ");
    if (isKnownWord(name.toLowerCase())) return;
    add(name, start + line.indexOf(caps), caps);
  });
  return companies;
}
/**
 * The openers that are not the story's own company, once it is known: not its name, and not a line
 * that names it after a dateline or a label ("BENGALURU: Sahyadri Infotech…"). Table rows stay.
 */
export function notTheStory(openers: readonly NamedCompany[], subjectNames: readonly string[]): NamedCompany[] {
  // (The story's name inside the opener's own name, "Building" of "Brolga Building Products", is no naming of the story's company.)
  // (Nor is it named after the opener when it comes later in the sentence: "Tarrow Holdings, which owns
  // 70 per cent of Tarrow Marine, said…" opens with the parent, not with a label before the story's name.)
  const namedRightAfter = (company: NamedCompany, known: string) => {
    const at = company.line!.indexOf(known.toLowerCase());
    return at >= 0 && at <= company.entity.name.length + LABEL_SLACK && !company.entity.name.toLowerCase().includes(known.toLowerCase());
  };
  return openers.filter((company) => company.row || !subjectNames.some((known) => sameCompanyName(company.entity.name, known) || (known.length > 1 && namedRightAfter(company, known))));
}
/** What may stand around a label and before the name after it ("> **BENGALURU**: "): a few characters. */
const LABEL_SLACK = 10;

/** A paragraph's opening name of two to four capitalised words (after a short lead-in and a comma, or a peer word), then a verb. */
const PARAGRAPH_NAME_OPENER = /^\s*(?:[A-Z][a-z]+(?:\s[a-z]+){0,6}(?:\s[A-Z][a-z]+)?,\s)?(?:(?:Rival|Peer|Competitor)\s)?((?:[A-Z][\p{L}'’-]+)(?:\s(?:&|[A-Z][\p{L}'’-]+)){1,3})\s(?:is|was|went|could|has|had|did|also|too|reported|posted|said|delivered|lifted|raised|cut|swung|fared|made|kept|saw|grew|booked|turned|returned|closed|fell|rose|dropped|jumped|slid|gained|climbed|tumbled|surged|sank)\b/u;
/** A later sentence that refers back to a company: "The Brisbane-based producer", "The company", "The group", "Its". */
const REFERS_BACK = new RegExp(String.raw`(?:[.:;]\s|\s(?:after|as|when|while)\s)(?:[Tt]he\s[A-Z][\p{L}.-]*-based\s|[Tt]he\s(?:[a-z]+\s){0,3}(?:company|group|firm|housebuilder|${wordsPattern(placedWords("firm_noun", { language: "en" }), "none", " ")})\b|Its\s)`, "u");
const CAPITALS_OPENER = /^[\s>*_-]*((?:[A-Z][A-Z0-9'’-]*(?:\.[A-Z]+)*|&)(?:\s(?:[A-Z][A-Z0-9'’-]*(?:\.[A-Z]+)*|&)){0,4})(?:\.|:|\s[—–-])\s+["“]?[A-Z]/;
/** A Markdown heading opening with a Chinese name and its ticker in brackets ("### 一、博岚游戏（02466.HK）：…", "## 丰禾连锁(603578.SH)"). */
const CJK_HEADING_OPENER = /^#{2,4}\s*(?:[一二三四五六七八九十]{1,3}[、.]\s*|\d{1,2}[.、)]\s*)?\**([\u4e00-\u9fff]{2,8})\**\s?[(（]\s?(?:\d{4,6}(?:\.[A-Z]{2})?|[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\s?[)）]/u;
/** A Markdown heading that is only a name of two to five capitalised words ("## Kaolin Peak Technology"), or one numbered, its ticker in brackets after it. */
const HEADING_OPENER = /^#{2,4}\s+(?:\d{1,2}[.)]\s+)?([A-Z][A-Za-z0-9'’.-]*(?:\s(?:&|[A-Z][A-Za-z0-9'’.-]*)){1,4})\s*(?:$|(?=[(（]\s*\[?\s*(?:[A-Z]{2,8}\s?:\s?)?[A-Z0-9.]{1,10}\s*\]?))/m;
/**
 * Words a heading over a part of a report is made of, not a company's name: the lexicons' words that
 * run a sentence or qualify a metric (`not_a_business`), the rubrics, and a report's own parts.
 */
const NOT_A_NAME_WORD: ReadonlySet<string> = new Set([...placedWords("not_a_business", { language: "en" }), ...placedWords("rubric", { language: "en" }), ...placedWords("report_part", { language: "en" })]);
/** A name of two to four capitalised words opening a paragraph, then an apposition, a reporting verb or a possessive. */
const PLAIN_OPENER = /^((?:[A-Z][a-z]+)(?:\s(?:&|[A-Z][a-z]+)){0,3})(?=,\s(?:the|a|an|based|headquartered|which|whose)\s|\s(?:said|posted|reported|swung|raised|cut|lifted|kept|narrowed|recorded|booked|delivered|announced|forecast)\b|['’]s\s)/;
/**
 * A section opening on a description of a firm: "The Halifax-based grocer…", "The company…", "The
 * Dutch operator" (the lexicons' `firm_noun`): what a heading over it names is a company.
 */
const FIRM_DESCRIBED_AT_START = new RegExp(String.raw`^(?:the|its)\s(?:[\w-]+\s){0,5}?(?:company|group|firm|[\w-]+-based|${wordsPattern(placedWords("firm_noun", { language: "en" }), "none", " ")})(?:['’]s)?\b`);
/**
 * "Halvorsen Industrie posts higher orders" over "## Smart Grids", "## Factory Automation": in a story
 * whose headline names its one company, a heading that is a name alone (headingOnly) which the headline
 * does not name is a part of that company whose figures its section gives, not a company of its own.
 * (A round-up's headline names its companies, "Great Prairie beats, Dunvegan shrinks", or none, and its
 * story company is then one of the headings'.)
 */
export function headingParts(companies: readonly NamedCompany[], storyNames: readonly string[], headline: string): Set<NamedCompany> {
  const parts = new Set<NamedCompany>();
  const title = headline.toLowerCase();
  if (!storyNames.some((name) => name.length >= 2 && title.includes(name.toLowerCase()))) return parts;
  const headings = companies.filter((company) => company.headingOnly);
  if (headings.some((company) => storyNames.some((name) => sameCompanyName(company.entity.name, name)))) return parts;
  for (const company of headings) if (!title.includes(company.entity.name.toLowerCase()) && !(company.short && title.includes(company.short.toLowerCase()))) parts.add(company);
  return parts;
}
/** How far under a heading its section is read for the heading's name written formally. */
const SECTION_READ = 600;
/** Whether the text under a heading (from `from`) writes its name formally (formalName) or with "-based" before it. */
function formallyNamedBelow(text: string, name: string, from: number): boolean {
  const section = text.slice(from, from + SECTION_READ);
  return formalName(section, name) !== undefined || new RegExp(String.raw`-based\s${escapeRegExp(name)}\b`).test(section);
}
/**
 * A verb that gives a name's own figures right after it, then a day (on Tuesday, on 22 July) and at most
 * three words (that, its) before what it reports. Fewer verbs than the lexicons' `results_verb`: with
 * "lifted", "raised" or "cut", "Coolamon Partners lifted its price target…" made a broker a company.
 */
const RESULTS_VERB_THEN = /^\s(?:said|posted|reported|recorded|booked|delivered)\s(?:on\s(?:\d{1,2}\s)?[A-Z][a-z]+(?:\s\d{1,2})?,?\s)?(?:(?:that|its|the|late|early|last|this)\s){0,3}/;
/**
 * Whether the line goes on, after the name at its start, with a verb of results and a word of the
 * taxonomy (revenue, completions, its retail arm) within the next three words, and its sentence holds a
 * figure: the name gives figures of its own.
 */
function reportsOwnFigures(line: string, name: string, isKnownWord: (name: string) => boolean): boolean {
  const after = line.slice(line.indexOf(name) + name.length);
  const verb = RESULTS_VERB_THEN.exec(after);
  if (!verb) return false;
  const stop = after.search(/[.!?](?:\s|$)/);
  if (!/\d/.test(stop < 0 ? after : after.slice(0, stop))) return false;
  const words = after.slice(verb[0].length).toLowerCase().split(/\s+/).slice(0, 3);
  return words.some((_, k) => isKnownWord(words.slice(0, k + 1).join(" ").replace(/[,;:]$/, "")));
}
/** An apposition after a name: ", the builders' merchant,", ", which makes…", ", based in…". */
const APPOSITION_AFTER = /^,\s(?:the|a|an|based|headquartered|which|whose)\s[^,.;]{2,60},/;
/** Words of a person's role, not of a company's name (the lexicon's `role`: "Chief Executive", "Finance Director"). */
const ROLE_WORD = new RegExp(wordsPattern(placedWords("role", { language: "en" }), "both"), "i");
/** A name of capitalised words in bold opening a paragraph or a bullet, then its verb, an apposition or a possessive. */
const BOLD_OPENER = /^\s*(?:[-*+]\s+)?\*\*([A-Z][\p{L}0-9'’.-]*(?:\s(?:&|[A-Z][\p{L}0-9'’.-]*)){0,4})\*\*(?=,\s|\s+[a-z]|['’]s\s)/u;
/** A list item's bold label: a name in capitals, perhaps a bracket (a country, a ticker), then a colon inside or after the bold marks. */
const BOLD_LABEL_OPENER = /^\s*[-*+•]\s+\*\*([A-Z][\p{L}0-9'’.-]*(?:\s(?:&|[A-Z][\p{L}0-9'’.-]*)){0,4})(?:\s\(([^()\d]{2,30})\))?\s?(?::\*\*|\*\*\s?:)/u;
/** Words that make a name a firm's: the lexicons' `firm_noun` (bank, group, airline) and `firm_name_end` (Holdings, Inc). */
const FIRM_NAME_WORD: ReadonlySet<string> = new Set([...placedWords("firm_noun", { language: "en" }), ...placedWords("firm_name_end", { language: "en" })]);
/** A table header's cell or a link's words that may be a company's name: one to four capitalised words, or two to eight Chinese characters. */
const NAME_CELL = /^(?:[A-Z][A-Za-z&.'’-]+(?:\s[A-Z][A-Za-z&.'’-]+){0,3}|[\u4e00-\u9fff]{2,8})$/u;

/**
 * The names of a table header's columns when they are companies set side by side: at least two cells
 * after the corner, every one a name no word of the taxonomy covers, and one of them (or its first
 * word) in the headline, the story's own company. Each with where it stands in the line.
 */
function companyColumns(line: string, headline: string, isKnownWord: (name: string) => boolean): [string, number][] {
  const cells = [...line.matchAll(/\|\s*([^|\n]*?)\s*(?=\|)/g)].slice(1).map((match) => [match[1]!.replace(/\*/g, "").trim(), match.index + match[0].indexOf(match[1]!)] as [string, number]);
  if (cells.length < 2 || !headline || cells.some(([name]) => !NAME_CELL.test(name) || isKnownWord(normaliseText(name).toLowerCase()))) return [];
  // ("| 項目 | 伺服器 | 車用電子 | 消費性電子 | 合計 |": a column for the whole makes the others its parts: companies set side by side add up to nothing.)
  if (cells.some(([name]) => headsWholeColumn(name))) return [];
  // ("| 项目 | 第三季度 | 三季度同比 | 前三季度 |": a column named by a period is the period's, and periods set
  // side by side are no companies, though the headline names one of them.)
  if (cells.some(([name]) => findPeriods(normaliseText(name).toLowerCase()).length > 0)) return [];
  const inHeadline = (name: string) => (/^[A-Z]/.test(name) ? new RegExp(String.raw`\b${escapeRegExp(name.split(" ")[0]!)}\b`).test(headline) : headline.includes(name));
  return cells.some(([name]) => inHeadline(name)) ? cells : [];
}

const COMPANY_COLUMN: ReadonlySet<string> = new Set(placedWords("company_column").map((word) => normaliseText(word).toLowerCase()));
const NOT_A_COMPANY_OPENER: ReadonlySet<string> = new Set(placedWords("rubric", { language: "en" }));

/** The text's terms with the named companies' mentions in them: a mention replaces the terms inside it. */
/**
 * Mentions that do not overlap, in text order. Two companies of one group share their first word
 * (Ostraven Holdings, Ostraven Marine) and the finders may read each one's short name inside the other's
 * full one: where mentions overlap the longer one stands, and two of one length naming different
 * companies ("Ostraven" read as both) name neither.
 */
function apart(mentions: readonly TermMatch<Term>[]): TermMatch<Term>[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch<Term>[] = [];
  const entityOf = (mention: TermMatch<Term>) => (mention.entries[0] as { id?: string } | undefined)?.id;
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.end <= mention.start) {
      kept.push(mention);
      continue;
    }
    const [lastLength, length] = [last.end - last.start, mention.end - mention.start];
    if (length > lastLength) kept[kept.length - 1] = mention;
    else if (length === lastLength && last.start === mention.start && entityOf(last) !== entityOf(mention)) kept.pop();
  }
  return kept;
}

export function withNamedCompanies(terms: readonly TermMatch<Term>[], companies: readonly NamedCompany[]): TermMatch<Term>[] {
  if (companies.length === 0) return [...terms];
  const mentions = apart(companies.flatMap((company) => company.mentions));
  // Terms and mentions are both in text order: one pass drops the terms a mention covers any of.
  const kept: TermMatch<Term>[] = [];
  let m = 0;
  for (const term of terms) {
    while (m < mentions.length && mentions[m]!.end <= term.start) m++;
    // (Mentions never overlap each other, so the first that ends after the term's start is the only one that can meet it.)
    const mention = mentions[m];
    if (!(mention && mention.start < term.end && mention.end > term.start)) kept.push(term);
    // (A metric's word that opens with a part's name, 快递业务量 after a 快递 row: the part, then the
    // metric's word's rest as that metric.)
    else if (mention.start === term.start && mention.end < term.end && mention.entries.every((entry) => entry.kind === "segment") && term.entries.some((entry) => entry.kind === "metric")) kept.push({ start: mention.end, end: term.end, entries: term.entries.filter((entry) => entry.kind === "metric") });
  }
  return [...kept, ...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}
