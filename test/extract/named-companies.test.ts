// The companies a text names that the taxonomy does not know: Chinese ones found at a clause's start by a
// name and its trade, named at least twice (full or short name), never a clause's own words; English ones by an apposition.
import { describe, expect, it } from "vitest";
import { asciiLower } from "../../src/extract/lexicon.js";
import { appositionCompanies, kinCompanies, linkedCompanies, namedCompanies, roundUpOpeners, withNamedCompanies } from "../../src/extract/named-companies.js";
import { normaliseText } from "../../src/extract/normalise.js";
import { extractFacts } from "../../src/extract/extract.js";
import { entityFor } from "../../src/extract/subject.js";
import { termLexicon } from "../../src/extract/terms.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const find = (text: string) => {
  const lower = asciiLower(normaliseText(text));
  const terms = termLexicon(taxonomy).matchAll(lower);
  return { lower, terms, named: namedCompanies(lower, terms, "zh") };
};

describe("namedCompanies", () => {
  it("finds each company a round-up names, with its short name, in the order it first names them", () => {
    const { named } = find("多家车企公布交付数据。星河汽车10月交付3万辆，星河累计交付25万辆。相比之下，云岚汽车10月交付2万辆，云岚三季度亏损收窄。");
    expect(named.map((company) => [company.entity.name, company.short, company.mentions.length])).toEqual([
      ["星河汽车", "星河", 2],
      ["云岚汽车", "云岚", 2],
    ]);
  });

  it("reads traditional text as simplified", () => {
    expect(find("同業方面，鴻晞光學10月營收18.04億元。鴻晞光學表示…").named.map((company) => company.entity.name)).toEqual(["鸿晞光学"]);
  });

  it("takes no clause's words for a name: 期内集团, 投资物业, 新能源汽车, a name named once in passing", () => {
    expect(find("期内集团收入下跌。期内集团亏损。投资物业估值下跌，投资物业重估亏损。新能源汽车销量增长，新能源汽车渗透率提升。").named).toEqual([]);
    expect(find("报告显示，今年以来国内乘用车市场持续回暖，星河汽车10月交付3万辆。").named).toEqual([]);
    expect(find("美国汽车销量下滑。美国汽车关税上调。德国汽车出口下降，德国汽车产量回落。").named).toEqual([]);
  });

  it("takes a name named once when it heads its paragraph and its sentence goes on to a figure (a round-up's paragraphs)", () => {
    const { named } = find("两家城商行公布三季报。\n\n北岙银行前三季度营业收入88.1亿元，该行不良率1.2%。\n\n同业方面，以零售业务见长的南汀银行日前公布，前三季度净利润20.4亿元。");
    expect(named.map((company) => [company.entity.name, company.mentions.length])).toEqual([
      ["北岙银行", 1],
      ["南汀银行", 1],
    ]);
  });

  it("takes no business a paragraph opens with, nor a trade that says what kind of firm follows", () => {
    expect(find("分业务看，基础物业管理服务收入12.5亿元，同比增长8%。").named).toEqual([]);
    expect(find("休闲食品企业麦丘食品披露年报，营收5.2亿元。").named.map((company) => company.entity.name)).toEqual([]);
    expect(find("化妆品零售商丽颜化妆品昨日公布业绩，营业额为12.6亿元。").named.map((company) => company.entity.name)).toEqual([]);
  });

  it("takes no kind of customer before a trade for a name (企业软件, enterprise software)", () => {
    expect(find("云服务收入18.9亿元，传统的企业软件许可收入14.6亿元，企业软件收入下降。").named).toEqual([]);
  });
  it("takes no name the text writes anywhere before a word for a part of a company (消费电子 of 消费电子板块)", () => {
    expect(find("| 下游领域 | 收入 |\n|---|---|\n| 消费电子 | 6.1 |\n\n消费电子板块收入6.1亿元，同比下降4.8%。消费电子需求疲弱。").named).toEqual([]);
  });
  it("takes no company's brand or channel before a trade for a name (主品牌零售, 线上零售)", () => {
    expect(find("主品牌：收益41.6亿元。主品牌零售折扣加深，主品牌同店销售下滑。线上零售占比升至三成，线上零售增长较快。").named).toEqual([]);
  });

  it("takes no broker for a company when a day and its report follow its name (华岳证券10月29日发布研究报告)", () => {
    expect(find("华岳证券10月29日发布研究报告，维持星澜医疗增持评级。华岳证券将目标价上调至56元。").named.map((company) => company.entity.name)).not.toContain("华岳证券");
  });

  it("goes on by a name's first characters when the part before its trade closes with a word for its reach (云岚国际酒店: 云岚)", () => {
    const { named } = find("云岚国际酒店昨（12）日公布第三季营收21.8亿元。\n\n股价方面，云岚昨日收在218.5元。");
    expect(named.map((company) => [company.entity.name, company.short, company.mentions.length])).toEqual([["云岚国际酒店", "云岚", 2]]);
  });

  it("reads a table's row of a company as naming it", () => {
    const { named } = find("| 公司 | 营收 |\n|---|---|\n| 北岙电信 | 12.1 |\n| 南汀电信 | 9.8 |\n\n北岙电信表示营收增长。南汀电信则持平。");
    expect(named.map((company) => company.entity.name)).toEqual(["北岙电信", "南汀电信"]);
  });

  it("leaves a peer word before a name out of the name", () => {
    expect(find("公司营收增长。\n同业云岚汽车10月交付2万辆，云岚三季度亏损收窄。").named.map((company) => company.entity.name)).toEqual(["云岚汽车"]);
  });

  it("puts each mention among the text's terms as the company, in place of the words inside it", () => {
    const { terms, named } = find("星河汽车10月交付3万辆，星河汽车营收增长。");
    const merged = withNamedCompanies(terms, named);
    const entities = merged.filter((term) => term.entries.some((entry) => entry.kind === "entity"));
    expect(entities.map((term) => [term.start, term.end])).toEqual([[0, 4], [13, 17]]);
    expect(merged.every((term, i) => i === 0 || merged[i - 1]!.start <= term.start)).toBe(true);
  });
});

describe("withNamedCompanies where two companies' mentions overlap", () => {
  const mention = (start: number, end: number, id: string) => ({ start, end, entries: [{ kind: "entity" as const, id }] });
  it("keeps the longer of two overlapping mentions, and neither of two of one length naming different companies", () => {
    // "Tarrow Marine … Tarrow Holdings … Tarrow Land": each company's short name read inside the other's full one.
    const holdings = { entity: entityFor("Tarrow Holdings", undefined, "text", false), mentions: [mention(0, 6, "TARROW_HOLDINGS"), mention(20, 35, "TARROW_HOLDINGS"), mention(40, 46, "TARROW_HOLDINGS")] };
    const marine = { entity: entityFor("Tarrow Marine", undefined, "text", false), mentions: [mention(0, 13, "TARROW_MARINE"), mention(20, 26, "TARROW_MARINE"), mention(40, 46, "TARROW_MARINE")] };
    const merged = withNamedCompanies([], [holdings, marine]);
    expect(merged.map((term) => [term.start, term.end, (term.entries[0] as { id: string }).id])).toEqual([
      [0, 13, "TARROW_MARINE"],
      [20, 35, "TARROW_HOLDINGS"],
    ]);
  });
});

describe("kinCompanies", () => {
  const kin = (text: string) => {
    const normal = normaliseText(text);
    return kinCompanies(asciiLower(normal), normal, () => false).map((company) => company.entity.name);
  };
  it("finds a name after a word for a company's kin in its group, by the longest start the text writes again as a name", () => {
    expect(kin("电讯商澜岳通信及其分拆上市的附属公司澜岳铁塔同日公布业绩。澜岳铁塔全年收入30亿港元。")).toEqual(["澜岳铁塔"]);
    expect(kin("**上市子公司：澜岳铁塔**\n\n澜岳铁塔全年收入30亿港元，澜岳铁塔则跌0.8%。")).toEqual(["澜岳铁塔"]);
    // (A subsidiary alone is a part of its parent, as a financial holding's bank is: no kin company.)
    expect(kin("金控旗下的子公司嘉禾银行前11月税后净利296.7亿元。嘉禾银行存款增长。")).toEqual([]);
    expect(kin("集团的上市子公司溪桥新材同晚披露三季报。溪桥新材前三季度营收12亿元。")).toEqual(["溪桥新材"]);
    expect(kin("Dunmore Holdings said its listed subsidiary Dunmore Marine lifted revenue. Dunmore Marine shares rose.")).toEqual(["Dunmore Marine"]);
    expect(kin("Dunmore Holdings said its subsidiary Dunmore Finance lifted revenue. Dunmore Finance grew.")).toEqual([]);
  });
  it("takes no metric's or holder's words after the kin word, no name written once, and no business a part's word follows", () => {
    expect(kin("归属于母公司股东的净利润5亿元，母公司股东应占溢利增长。")).toEqual([]);
    expect(kin("，母公司拥有人应占溢利3亿元。，母公司拥有人应占溢利3亿元。")).toEqual([]);
    expect(kin("其子公司溪桥新材同晚披露三季报。")).toEqual([]);
    expect(kin("业务承压、子公司半导体材料业务高速增长，半导体材料收入增长。")).toEqual([]);
  });
});

describe("extractFacts with companies the text names", () => {
  it("reads no peer in the end of the story company's hyphened name before its shares' move", () => {
    const text = '---\ntitle: "Kel-Tor Retail lifts profit"\ndate: "2025-08-11"\n---\n\nKel-Tor Retail (ASX: KTR) reported revenue of A$1.2 billion.\n\nKel-Tor shares rose 2.6% to A$10.40 in early trade.\n';
    const { newPeers, facts, entity } = extractFacts(text, taxonomy);
    expect(newPeers).toEqual([]);
    expect(new Set(facts.map((fact) => fact.entity))).toEqual(new Set([entity]));
  });
  it("files each company's figures under it, the one named most as the story's, through a paragraph that goes on about it", () => {
    const text = "---\ntitle: \"10月新势力交付\"\ndate: \"2025-11-01\"\n---\n\n多家车企公布10月交付数据。\n\n星河汽车10月交付新车42,318辆，同比增长31.5%。星河累计交付25万辆。\n\n相比之下，云岚汽车10月交付28,905辆，同比下降4.7%。云岚汽车第三季度营收186.5亿元。当季毛利率为16.3%。云岚三季度净亏损9.8亿元。\n";
    const { entity, facts, newPeers } = extractFacts(text, taxonomy);
    const xinghe = entityFor("星河汽车", undefined, "text", false).id;
    const yunlan = entityFor("云岚汽车", undefined, "text", false).id;
    expect(entity).toBe(yunlan);
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue).toMatchObject({ "42,318": xinghe, "31.5": xinghe, "28,905": yunlan, "186.5": yunlan, "16.3": yunlan, "-9.8": yunlan });
    expect(newPeers.map((peer) => peer.id)).toEqual([xinghe]);
  });

  it("files a round-up's figures under the company each paragraph opens with, though each is named once", () => {
    const text = "---\ntitle: \"两家城商行三季报\"\ndate: \"2025-10-30\"\n---\n\n两家城商行昨晚公布三季报。\n\n北岙银行前三季度营业收入88.1亿元，同比增长3.2%。该行不良贷款率为1.21%。\n\n南汀银行前三季度营业收入40.6亿元，同比下降1.5%。\n";
    const { facts } = extractFacts(text, taxonomy);
    const beiao = entityFor("北岙银行", undefined, "text", false).id;
    const nanting = entityFor("南汀银行", undefined, "text", false).id;
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue).toMatchObject({ "88.1": beiao, "3.2": beiao, "1.21": beiao, "40.6": nanting, "-1.5": nanting });
  });

  it("reads a peer introduced with the month its year ends in on that year (以6月为年结的)", () => {
    const text = "---\ntitle: \"翠湾置业中期纯利升\"\ndate: \"2025-08-28\"\n---\n\n翠湾置业公布上半年业绩，纯利12.5亿港元。翠湾置业派中期息0.3元。\n\n以6月为年结的东岚地产上周公布全年业绩，纯利按年跌8.4%。\n";
    const { facts, newPeers } = extractFacts(text, taxonomy);
    const donglan = entityFor("东岚地产", undefined, "text", false).id;
    expect(newPeers.find((peer) => peer.id === donglan)?.fiscalYearEnd).toBe("06-30");
    // (FY2025 under the fiscal_year_end its stanza proposes: the year to June 2025.)
    expect(facts.find((fact) => fact.value === "-8.4")).toMatchObject({ entity: donglan, period: "FY2025" });
    expect(facts.find((fact) => fact.value === "12.5")).toMatchObject({ period: "2025-H1" });
  });

  it("files a listed subsidiary's figures under it, though its name starts as its parent's does (凯澜通信 and 凯澜铁塔)", () => {
    const text = "---\ntitle: \"澜岳通信与澜岳铁塔同日放榜\"\ndate: \"2025-08-28\"\n---\n\n电讯商澜岳通信及其分拆上市的附属公司澜岳铁塔昨晚同日公布全年业绩。\n\n澜岳通信全年收入210.4亿港元，同比增长3.1%。\n\n澜岳铁塔全年收入31.2亿港元，同比增长8.8%。澜岳铁塔则跌0.6%。\n";
    const { facts } = extractFacts(text, taxonomy);
    const tower = entityFor("澜岳铁塔", undefined, "text", false).id;
    const parent = entityFor("澜岳通信", undefined, "text", false).id;
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue).toMatchObject({ "31.2": tower, "8.8": tower, "210.4": parent, "3.1": parent });
  });

  it("keeps a company named by the story company's own name as its part, a segment of that name (岚台银行 in a story about 岚台金控)", () => {
    const text = "---\ntitle: \"岚台金控前11月赚300.2亿元\"\ndate: \"2025-12-10\"\n---\n\n岚台金控10日公布自结获利，前11月累计税后净利300.2亿元，年增3.3%。\n\n岚台银行前11月税后净利180.6亿元，年增6.4%。岚台人寿前11月税后净利90.1亿元，年减8.8%。\n";
    const { entity, facts, newSegments, newPeers } = extractFacts(text, taxonomy);
    expect(newPeers).toEqual([]);
    expect(newSegments.map((segment) => [segment.name, segment.entity])).toEqual([
      ["岚台银行", entity],
      ["岚台人寿", entity],
    ]);
    const bank = newSegments[0]!.id;
    const life = newSegments[1]!.id;
    const bySegment = Object.fromEntries(facts.map((fact) => [fact.value, [fact.entity, fact.segment]]));
    expect(bySegment).toMatchObject({ "300.2": [entity, "total"], "180.6": [entity, bank], "6.4": [entity, bank], "90.1": [entity, life], "-8.8": [entity, life] });
  });

  it("keeps a company of the group's name apart where the text shows it listed, or where its name is the group head's", () => {
    const listed = "---\ntitle: \"岚台金控前11月赚300.2亿元\"\ndate: \"2025-12-10\"\n---\n\n岚台金控10日公布自结获利，前11月累计税后净利300.2亿元。\n\n岚台银行（2896）前11月税后净利180.6亿元。岚台银行股价报31.2元。\n";
    expect(extractFacts(listed, taxonomy).newSegments).toEqual([]);
    const parent = "---\ntitle: \"岚台银行前11月赚180.6亿元\"\ndate: \"2025-12-10\"\n---\n\n岚台银行10日公布自结获利，前11月累计税后净利180.6亿元。\n\n岚台集团前11月税后净利300.2亿元。岚台集团旗下还有人寿业务。\n";
    expect(extractFacts(parent, taxonomy).newSegments).toEqual([]);
  });

  it("reads \"the parent\" standing alone as the company the text introduced as the parent, not the parent's shareholders", () => {
    const text = "---\ntitle: \"Tarrow Marine's orders lift parent Tarrow Holdings\"\ndate: \"2025-11-13\"\n---\n\nYard group Tarrow Marine and its parent Tarrow Holdings both reported higher profits on Wednesday.\n\nTarrow Marine's revenue rose 18.3 per cent to S$507.6 million. Net profit attributable to owners of the parent was S$58.1 million.\n\nTarrow Marine shares closed 3.9 per cent higher, while the parent's shares gained 1.2 per cent.\n";
    const { facts, newEntity, newPeers } = extractFacts(text, taxonomy);
    const parent = newPeers.find((peer) => peer.name === "Tarrow Holdings")?.id;
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue).toMatchObject({ "507.6": newEntity?.id, "58.1": newEntity?.id, "3.9": newEntity?.id, "1.2": parent });
  });

  it("reads no region opening a paragraph or before an apposition as a company (\"Asia Pacific, which…\")", () => {
    const text = "---\ntitle: \"Dunmore Spirits leans on Asia as Europe stalls\"\ndate: \"2026-01-29\"\n---\n\nDunmore Spirits said net sales rose 3 per cent to £2.1 billion in the half.\n\nAsia Pacific, which chief executive Mira Holt kept calling \"the engine\" on the call, was the standout. The region's operating profit rose 8.1 per cent to £131m.\n\nEurope, the group's oldest market, posted flat sales of £540m.\n";
    const { entity, facts, newPeers } = extractFacts(text, taxonomy);
    expect(newPeers).toEqual([]);
    expect(facts.filter((fact) => ["8.1", "131", "540"].includes(fact.value)).map((fact) => fact.entity)).toEqual([entity, entity, entity]);
  });

  it("files a parent's and its subsidiary's figures apart where both names share their first word (Tarrow Holdings, Tarrow Marine)", () => {
    const text = "---\ntitle: \"Tarrow Marine's orders lift parent Tarrow Holdings to higher profit\"\ndate: \"2025-11-13\"\n---\n\nSINGAPORE - Yard group Tarrow Marine and its parent Tarrow Holdings both reported higher third-quarter profits on Wednesday.\n\nTarrow Holdings, which owns 70 per cent of Tarrow Marine, said group revenue rose 6.1 per cent to S$1,104.2 million in the quarter.\n\nTarrow Marine's revenue rose 18.3 per cent to S$507.6 million in the quarter.\n";
    const { facts, newEntity, newPeers } = extractFacts(text, taxonomy);
    expect(newEntity?.name).toBe("Tarrow Marine");
    const parent = newPeers.find((peer) => peer.name === "Tarrow Holdings")?.id;
    expect(parent).toBeDefined();
    const byValue = Object.fromEntries(facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue["1,104.2"]).toBe(parent);
    expect(byValue["507.6"]).toBe(newEntity?.id);
    expect(byValue["18.3"]).toBe(newEntity?.id);
  });

  it("gives the companies of the sentence that tells the story's fiscal year that year too (a company and its listed parent)", () => {
    const text = "---\ntitle: \"嘉溪酒店中期收入升 母企伟岚集团收入跌\"\ndate: \"2025-11-26\"\n---\n\n伟岚集团及旗下嘉溪酒店昨日同步公布截至今年9月30日止六个月中期业绩。\n\n嘉溪酒店期内收入14.2亿元，按年增长5%。\n\n伟岚集团期内收入50.1亿元，按年减少2%。\n";
    const { entity, newEntity, newPeers, facts } = extractFacts(text, taxonomy);
    const parent = entityFor("伟岚集团", undefined, "text", false).id;
    // (母企 is the parent's role, not a name: the headline's own company is the story's.)
    expect(newEntity?.name).toBe("嘉溪酒店");
    expect(newEntity?.fiscalYearEnd).toBe("03-31");
    expect(newPeers.find((peer) => peer.id === parent)?.fiscalYearEnd).toBe("03-31");
    expect(facts.find((fact) => fact.value === "14.2")).toMatchObject({ entity, period: "2026-H1" });
    expect(facts.find((fact) => fact.value === "50.1")).toMatchObject({ entity: parent, period: "2026-H1" });
  });
});

describe("linkedCompanies", () => {
  it("finds names linked to a stock's or a company's page, not a ticker in capitals, a plain link, or a link the furniture blanking left blank", () => {
    const original = "[Hardanvik Bank](https://x.com/company/HARDB) and [BWKS](https://x.com/quote/BWKS) and [a story](https://x.com/news/1) and [詳細報價](https://x.com/quote/01683)";
    const lower = original.toLowerCase().replace("詳細報價", "    ");
    expect(linkedCompanies(original, lower, () => false).map((company) => company.entity.name)).toEqual(["Hardanvik Bank"]);
  });
});

describe("appositionCompanies", () => {
  const noneKnown = () => false;
  it("finds a name whose own figure a relative clause moves (\"Sorrelby Systems, whose sales fell 6%\"), not a name 'whose' follows without a change", () => {
    const found = (text: string) => appositionCompanies(text, noneKnown).map((company) => company.entity.name);
    expect(found("Analysts compared it with Sorrelby Systems, whose third-quarter sales fell 6% last week.")).toEqual(["Sorrelby Systems"]);
    expect(found("The award went to Marta Quill, whose team built the new plant.")).toEqual([]);
  });

  it("finds a name an apposition says is a company, and its later mentions by full and first name", () => {
    const text = "The third force is Baltavia, the Riga-based carrier. Trollheim Airlines, the former flag carrier, lost ground; Trollheim's share fell.";
    const found = appositionCompanies(text, noneKnown);
    expect(found.map((company) => company.entity.name)).toEqual(["Baltavia", "Trollheim Airlines"]);
    expect(found[1]!.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(["Trollheim Airlines", "Trollheim"]);
  });

  it("reads no name from a month, a preposition, or a phrase that is not a noun phrase", () => {
    expect(appositionCompanies("In January, the company guided for growth. December, the highest in the company's history, was strong.", noneKnown)).toEqual([]);
  });
});

describe("roundUpOpeners", () => {
  const lineStartsOf = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const openers = (text: string) => roundUpOpeners(text, lineStartsOf(text), () => false, () => false).map((company) => company.entity.name);

  it("reads a dateline in capitals and a dash opening the story as no company, and a capitals opener later as one", () => {
    const text = "SYDNEY — The reporting season wrapped up this week.\n\nCINDERVALE CEMENT — The Brisbane-based producer lifted revenue by 5.8%.";
    expect(openers(text)).toEqual(["Cindervale Cement"]);
  });

  it("reads a list item's bold label with a country in brackets, or a firm's word, then a colon, as its company", () => {
    const text = "Four lenders reported.\n\n- **Bank Tirtamas (Indonesia):** Net profit rose 8.4%.\n- **Lakan Mercantile Bank:** Net income came to ₱9.87 billion.\n- **Revenue:** $5 billion";
    expect(openers(text)).toEqual(["Bank Tirtamas", "Lakan Mercantile Bank"]);
  });
});

describe("listed subsidiaries", () => {
  const article = (title: string, body: string) => `---\ntitle: "${title}"\ndate: "2026-01-28"\n---\n${body}\n`;
  it("reads a subsidiary named with its own listing code as a company of its own, though it shares the parent's first characters", () => {
    const text = article("澜序系业绩快报出炉", "1月27日晚，澜序系两家上市公司发布业绩快报。作为母公司的澜序控股（600917.SH）全年营业总收入412.36亿元。而其控股子公司澜序冷链（002916.SZ）全年营业总收入138.92亿元，归母净利润9.61亿元。");
    const extraction = extractFacts(text, taxonomy);
    // (澜序系 names the group's listed companies together, no one company.)
    expect(extraction.newEntity?.name).toBe("澜序控股");
    const byValue = Object.fromEntries(extraction.facts.map((fact) => [fact.value, fact.entity]));
    expect(byValue["412.36"]).toBe(extraction.entity);
    expect(byValue["138.92"]).not.toBe(extraction.entity);
    expect(byValue["9.61"]).toBe(byValue["138.92"]);
    expect(extraction.newPeers?.map((peer) => peer.name)).toContain("澜序冷链");
    const en = kinCompanies(asciiLower("Lanxu Holdings said revenue rose 4.8%. Its subsidiary Lanxu Cold Chain (SZ: 002916) posted revenue of $13.9 billion."), "Lanxu Holdings said revenue rose 4.8%. Its subsidiary Lanxu Cold Chain (SZ: 002916) posted revenue of $13.9 billion.", () => false);
    expect(en.map((company) => [company.entity.name, company.listed])).toEqual([["Lanxu Cold Chain", true]]);
  });
  it("keeps a subsidiary named without a code of its own a part of the parent's story", () => {
    const text = article("澜序控股全年业绩", "澜序控股全年营业总收入412.36亿元。旗下子公司澜序冷链全年收入138.92亿元。");
    expect(kinCompanies(asciiLower(normaliseText(text)), normaliseText(text), () => false).map((company) => company.entity.name)).not.toContain("澜序冷链");
  });
});
