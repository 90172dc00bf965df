// The company an article is about. A company the taxonomy knows is found by its names (the title
// counts most, then the lead, then the body); a company it does not know is found by how articles name
// a company they are about (a ticker in brackets, "Inc."/"有限公司", the words that open a results
// headline), and is proposed as a new entity rather than filed under a known one. Pure; reads the
// header and the text only.
import { companyNamesOf, type Taxonomy } from "../taxonomy/taxonomy.js";
import type { ArticleHeader } from "./front-matter.js";
import { latinWords, nameHash } from "./ids.js";
import { asciiLower, type TermMatch } from "./lexicon.js";
import { normaliseText, toSimplified } from "./normalise.js";
import { LEXICON_FILES } from "./lexicon-files.js";
import { escapeRegExp, wordsPattern } from "./word-patterns.js";
import { cues, cueWords, placedWords } from "./cues.js";
import { BROKER_NAME_END, withoutForecastingHouses } from "./forecasting-houses.js";
import { companyWrittenAsName, firstOf, namesAsWritten, termLexicon, type Term } from "./terms.js";
import { positionsOf } from "./text-structure.js";
import { isByline } from "./page-furniture.js";
import { LATIN_PART_WORDS, PART_NAME_END, STOCK_INDEX_NAMES } from "./new-segments.js";

/** The id a story that names no company at all is filed under (a round-up of several, a market report): the editor gives it one. */
export const NO_COMPANY = "NEW_COMPANY";

/** A company the taxonomy does not know, as the article names it, with the id proposed for it. */
export interface NewEntity {
  id: string;
  name: string;
  ticker?: string;
  /** Where the name was found, for the message: "title", "lead". */
  foundIn: string;
  /** Named with a ticker or a legal suffix (Inc., 有限公司), not only by where it stands. */
  strong: boolean;
  /** The last day of its fiscal year (MM-DD) when the text tells it ("the year ending in March", 截至6月底止年度). */
  fiscalYearEnd?: string;
  /** "start" when the text names a fiscal year by the calendar year it starts in ("fiscal 2026, which runs through January 31, 2027"). */
  fiscalYearNamedBy?: "start";
  /** A Chinese-named company's Latin name as the text gives it in brackets (嘉峰置业（Carfield Properties）). */
  latinName?: string;
}

export interface Subject {
  entity: string;
  /** Why this entity: for --explain and for the message when it is new. */
  reason: string;
  /** Set when the subject is a company the taxonomy does not know. */
  newEntity?: NewEntity;
  /** Found only through a business's word (AWS names Amazon), not by a name: a company the text names outright goes first. */
  bySegments?: true;
  /** Found as the known company the text names most, this many times (the lead's names count thrice): a new company the text names more goes first. */
  byCount?: number;
}

/** How much a mention counts: in the title, in the lead (the first characters of the body), elsewhere. */
const TITLE_WEIGHT = 10;
const LEAD_WEIGHT = 3;
const LEAD_LENGTH = 400;

/**
 * The article's subject: the known company its title names (the most named in the body when the title
 * names several or none), unless the title names no known company and opens with a company the
 * taxonomy does not know; then that one, as a new entity. Never a company the article does not name.
 */
export function findSubject(header: ArticleHeader, text: string, terms: readonly TermMatch<Term>[], taxonomy: Taxonomy): Subject {
  const title = header.title ?? "";
  const titleText = normaliseText(title);
  const titleLower = asciiLower(titleText);
  // (A house forecasting in a headline, "Morgan Stanley sees Amazon saving $4bn", is not what it is about.)
  // (Nor a company named as the other side of a trade with the one it is about: "Apple supplier LG
  // Innotek…", "蘋果鏡頭模組供應商LG Innotek…".)
  const titleMatches = withoutForecastingHouses(namesAsWritten(termLexicon(taxonomy).matchAll(titleLower), titleText, taxonomy), cues().matchAll(titleLower), titleLower).filter((match) => !TRADE_PARTNER_THEN_NAME.test(toSimplified(titleText.slice(match.end, match.end + 24))));
  const titleCounts = countEntities(titleMatches);
  const lead = leadOffset(header, text);
  const weight = mentionWeight(header, text);
  // (Nor is a company named in the body as the other side of its trade, "TOYOTA、LEXUS台灣總代理和泰車": it
  // counts toward no story of its own.)
  // (Only a company's mention is tested, and converted to simplified characters: opencc's walk is slow.)
  const ownTerms = terms.filter((match) => !match.entries.some((entry) => entry.kind === "entity") || !TRADE_PARTNER_THEN_NAME.test(toSimplified(text.slice(match.end, match.end + 32))));
  const bodyCounts = countEntities(ownTerms, (match) => weight(match.start));
  const scores = new Map<string, number>();
  for (const [id, count] of titleCounts) scores.set(id, (scores.get(id) ?? 0) + count * TITLE_WEIGHT);
  for (const [id, count] of bodyCounts) scores.set(id, (scores.get(id) ?? 0) + count);
  const best = bestOf(scores);
  if (best !== undefined && titleCounts.has(best)) {
    // ("專訪富邦媒總經理：酷澎來勢洶洶…" over "台灣電商龍頭富邦媒（8454）上週公布…": a headline that opens on a
    // company the taxonomy does not know, before the known one it names, is about the company the lead
    // then introduces by that name and its code.)
    const opener = openingCompanyIntroduced(titleText, titleMatches, best, text.slice(lead, lead + LEAD_LENGTH));
    return opener ? newSubject(opener, taxonomy) : { entity: best, reason: "named in the title" };
  }
  // A title that names a company the taxonomy does not know is about that company, even when the body
  // names known ones (its peers, its customers): surely so when the name comes with a ticker or a
  // legal suffix, and when the body names no known company often.
  const lexicon = termLexicon(taxonomy);
  // A name that is a word of the taxonomy (国际部门, AWS, revenue) is not a company it does not know; a
  // name that ends with a business's word is one (彩悦餐饮, a caterer: Chinese names end with their trade).
  // (单月每股盈余（EPS）: a name that ends with a metric's words is the metric glossed, never a company.)
  const newName = (found: NewEntity | undefined) => {
    if (!found) return undefined;
    const name = asciiLower(normaliseText(found.name));
    // (银行, 电信, 电子厂: a trade alone, or with a word for a kind of firm, names a business, not a company.)
    if (CJK_TRADES.has(toSimplified(name).replace(KIND_OF_FIRM_END, ""))) return undefined;
    // (白酒龙头, 科技巨头: a leader or a giant of a trade describes a company, and no company is named so.)
    if (/(?:龙头|巨头)$/u.test(toSimplified(name))) return undefined;
    // (工程机械板块, 半导体行业: a sector of the market is a group of companies, not one.)
    // (Nor 华屿系: a group's name and 系 are the group's listed companies together; nor a stock index, 恒指.)
    // (Nor a word for a part of a company, 分部, 北美部门: a part's name is no company's.)
    // (Nor a region alone, 日本, 华南, as a Latin one names none either.)
    if (SECTOR_END.test(toSimplified(name)) || PART_NAME_END.test(toSimplified(name)) || /^[\u4e00-\u9fff]{2,6}系$/u.test(name) || STOCK_INDEX_NAMES.has(toSimplified(name)) || REGION_NAME_ZH.has(toSimplified(name))) return undefined;
    // ("Target Corp": a name read with its legal form is a name though it is a word of the taxonomy; not
    // one read with a bracket, which may gloss a term, 单月每股盈余（EPS）.)
    if (found.strong && found.ticker === undefined && /^[A-Za-z]/.test(found.name)) return found;
    const words = lexicon.matchAll(name);
    // (中国燃气, 香港电讯: a Chinese name may open with its country or city, which a taxonomy may hold as
    // another company's segment; two characters or more after it that are no word of the taxonomy's nor
    // a part's, 中国业务, make it a name.)
    const region = words[0] && words[0].start === 0 && REGION_NAME_ZH.has(toSimplified(name.slice(0, words[0].end))) ? words[0].end : 0;
    if (region > 0 && name.length - region >= 2 && /^\p{Script=Han}+$/u.test(name) && words.length === 1 && !PART_NAME_END.test(toSimplified(name))) return found;
    return words.some((match) => (match.start === 0 && (match.end - match.start) * 2 >= name.length) || (match.end === name.length && match.entries.every((entry) => entry.kind === "metric"))) ? undefined : found;
  };
  const leadText = text.slice(lead, lead + LEAD_LENGTH);
  // A story may open on the scene and name its company only in its second or third sentence.
  // ("Vireon Cloud said last month it would spend $14.5 billion…. Tollgrove (Nasdaq: TLGV) reported
  // revenue of…": a lead that sets the scene with one company and then gives another with its listing
  // and a verb of results is about the one reporting; the scene may take the first paragraph, so the
  // next one is read too.)
  let listedFound: NewEntity | null | undefined;
  const listedReporter = () => (listedFound === undefined ? (listedFound = listedReporterIn(text.slice(lead, lead + 2 * LEAD_LENGTH)) ?? null) : listedFound) ?? undefined;
  const later = () => listedReporter() ?? laterLeadCompany(leadText, newName) ?? introducedInLead(leadText, newName);
  const titled = withBodyBracket(newName(describedNotNamed(writtenInBody(fitToBody(newName(titleCompany(titleText, text.slice(lead))), text), text.slice(lead), { label: titleText }), `${titleText}\n${text}`)), leadText);
  // ("Margins squeezed as orders stall" over "…Harnwick Fluid Systems said revenue fell 4%": a headline's
  // opening capital that the body never writes as a name is no company when the lead names one.)
  // (A one-word name the body writes only as a common word, or in longer names, is none: "Copper's
  // quiet achiever…" over a story of a miner the lead names once.)
  const notAName = titled && !titled.strong && !/\p{Script=Han}/u.test(titled.name) && !writtenAsNameIn(text.slice(lead), titled.name);
  // ("Fosdyke's pain, Hexham's gain: northern lender holds its margin" over a story of Hexham Bank plc:
  // of two names a headline holds, the story is about the one its body gives a legal form.)
  const inTitle = notAName ? (later() ?? (titled.name.includes(" ") ? titled : undefined)) : (formallyNamedInTitle(titleText, titled, text.slice(lead)) ?? titled);
  // (新航 over a story that names 新加坡航空, 聯想 over one that names 聯想集團: a Chinese short name the
  // headline gives a company the body names in full is that company.)
  const shortName = inTitle && /\p{Script=Han}/u.test(inTitle.name) ? toSimplified(inTitle.name) : undefined;
  const shortFor = shortName ? [...bodyCounts.keys()].find((id) => Object.values(taxonomy.entities.get(id)?.aliases ?? {}).flat().some((alias) => shortensName(shortName, alias))) : undefined;
  // ("Darden lifts outlook" over a story whose lead names Darden Restaurants: so is an English name that
  // opens the full name of a company the body names.)
  const latinShortFor = inTitle && shortName === undefined ? [...bodyCounts.keys()].find((id) => [...(taxonomy.entities.get(id)?.aliases.en ?? []), taxonomy.entities.get(id)?.name ?? ""].some((alias) => alias.startsWith(`${inTitle.name} `))) : undefined;
  if (shortFor !== undefined || latinShortFor !== undefined) return { entity: (shortFor ?? latinShortFor)!, reason: `named in the title by a short name, ${JSON.stringify(inTitle!.name)}` };
  // No company named: a segment only one company has (AWS) names that company -- unless the lead names
  // a company the taxonomy does not know with a ticker or a legal suffix ("the U.S. unit" of such a
  // company is not McDonald's).
  // (A dateline's place, "CHARLOTTE, N.C. (Oct 17) -", "TORONTO -", names no company.)
  const inLead = writtenInBody(newName(unknownCompany(leadText.slice(DATELINE_START.exec(leadText)?.[0].length ?? 0), "lead")), text.slice(lead), { times: 2 });
  if (inTitle && (inTitle.strong || best === undefined || scores.get(best)! < FEW_MENTIONS || scores.get(best)! <= mentions(text, inTitle.name, lead))) return newSubject(inTitle, taxonomy);
  // ("Target tops profit estimates…" over "Target Corp reported third-quarter profit…": a headline's name
  // that the lead gives with a legal form or a ticker is the story's company, whatever known rival the
  // body names more often; so is one the headline opens with though it was not read as a name there,
  // being a word of the taxonomy.)
  const titleOpensWith = (name: string) => titleText.startsWith(`${name} `) || titleText.startsWith(`${name}'s `) || titleText.startsWith(`${name}’s `);
  if (inLead?.strong && (inTitle ? sameCompanyName(inTitle.name, inLead.name) : titleOpensWith(inLead.name))) return newSubject(inLead, taxonomy);
  // ("Five Below Inc (FIVE.O) beat…" over a story that names its rival Dollar Tree once, further down:
  // a lead that opens on a company with its ticker or legal form is about it, as a headline naming it
  // is, when the known company is named only a few times.)
  // ("10月27日晚间，金山办公（688111.SH）披露2025年三季报" in a story that names a known rival more often: a
  // lead's company with its listing code and a verb of results right after is the story's, when the
  // headline names no known company, nor the lead: then the story may be about that one.)
  // (Named in the lead, that is, not as the other side of the trade of the company it introduces:
  // "TOYOTA、LEXUS台灣總代理和泰車（2207）11日公布…".)
  const bestInLead = best !== undefined && ownTerms.some((term) => term.start >= lead && term.start < lead + LEAD_LENGTH && term.entries.some((entry) => entry.kind === "entity" && entry.id === best));
  if (best !== undefined && !titleCounts.has(best) && !bestInLead && inLead?.strong && inLead.ticker !== undefined && reportsAfterItsCode(leadText, inLead)) return newSubject(inLead, taxonomy);
  if (best !== undefined && !(inLead?.strong && scores.get(best)! < FEW_MENTIONS)) return { entity: best, reason: "the company the text names most", byCount: scores.get(best)! };
  if (inLead?.strong) return newSubject(inLead, taxonomy);
  // (A lead that opens on the market and introduces the company further on, with its code in brackets:
  // "…。10月30日晚，Lumicore（灿岭科技，688537.SH）发布三季报".)
  const introduced = inLead === undefined ? introducedInLead(leadText, newName) : undefined;
  if (introduced) return newSubject(introduced, taxonomy);
  // (A company the lead names before a verb of results is named, though only once: "Bexford Devices
  // said revenue rose 14%…. The Data Center segment…" is Bexford's, not the company whose segment
  // shares its words.)
  // (So too over a company the lead names first without its listing.)
  const listed = inLead?.strong ? undefined : listedReporter();
  if (listed && !(inLead && sameCompanyName(inLead.name, listed.name))) return newSubject(listed, taxonomy);
  const reporting = inLead ?? later();
  if (reporting) return newSubject(reporting, taxonomy);
  const owner = bestOf(countSegmentOwners(terms, taxonomy, text));
  if (owner !== undefined) return { entity: owner, reason: "the company whose segments the text names", bySegments: true };
  return newSubject({ id: NO_COMPANY, name: "", foundIn: "nowhere", strong: false });
}

/**
 * Whether a name as a text writes it is a short form of a company's longer name: its opening, cut
 * where a word ends ("Telkom" of "Telkom Indonesia", 联想 of 联想集团, 巨大 of 巨大機械), or a Chinese
 * abbreviation of it (see abbreviates). Compared in simplified, ASCII lower-case form.
 */
export function shortensName(short: string, long: string): boolean {
  const [written, known] = [asciiLower(toSimplified(short)), asciiLower(toSimplified(long))];
  if (written.length < 2 || known.length <= written.length) return false;
  if (known.startsWith(written) && (known[written.length] === " " || /\p{Script=Han}/u.test(known[written.length]!))) return true;
  return abbreviates(written, known);
}

/**
 * Whether a Chinese name of two or three characters is an abbreviation of a longer one, as Chinese
 * shortens a company's name: its first character and some later ones in order (新航 of 新加坡航空, 中行 of
 * 中国银行), not a run of it (a run is a part of the name, its opening read by shortensName).
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 3 || long.length <= short.length + 1 || short[0] !== long[0] || long.includes(short)) return false;
  if (!/^\p{Script=Han}+$/u.test(short) || !/^\p{Script=Han}+$/u.test(long)) return false;
  let at = 1;
  for (const char of short.slice(1)) {
    at = long.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * The last resort for a story whose headline and lead name no company by the readers above: the first
 * name of two to four capitalised words the lead writes inside a sentence ("…the market has treated
 * Ularoo Resources as the dull one of the ASX copper pack"), when no word before it introduces a
 * person and it is no place, index or common opening. Read only when nothing else named a company.
 */
export function nameInLead(header: ArticleHeader, text: string): NewEntity | undefined {
  const lead = leadOffset(header, text);
  const leadText = text.slice(lead, lead + LEAD_LENGTH);
  // (A run of two to four capitalised words, not inside a longer word.)
  const runs = new RegExp(String.raw`(?<![\p{L}\d&'’-])(${NAME_WORD}(?:\s${NAME_WORD}){1,3})(?![\p{L}\d])`, "gu");
  for (const match of leadText.matchAll(runs)) {
    // (A sentence's opening word or a word for the company's trade before the name is no part of it:
    // "For Corvell Pumps, the quarter…", "Chipmaker Tolvane Semiconductor said".)
    const opening = LEADING_NOT_NAME.exec(match[1]!)?.[0] ?? "";
    const start = match.index + opening.length;
    const name = trimName(match[1]!.slice(opening.length));
    const words = name.split(" ");
    const before = leadText.slice(Math.max(0, start - 40), start);
    // (An aside between the name and its verb is skipped: "Ossleigh Homes, which builds houses across the
    // Midlands, said", "Quellbrook, the gold miner, reported"; so is the comma closing a name set off as
    // one, "The maker of industrial pumps, Corvell Pumps, reported".)
    let rawAfter = leadText.slice(match.index + match[0].length, match.index + match[0].length + 200);
    if (/,\s$/.test(before)) rawAfter = rawAfter.replace(/^,(?=\s)/, "");
    const aside = ASIDE_AFTER_NAME.exec(rawAfter);
    const after = rawAfter.slice(aside?.[0].length ?? 0, (aside?.[0].length ?? 0) + 48);
    // (What reports: a verb of results or the possessive after the name, or a metric's word "at" or
    // "from" it, "Revenue at Corvell Pumps rose", "Results from Corvell Pumps showed", "For Corvell Pumps,".)
    const reports = RESULTS_VERB_AFTER.test(after) || MOVE_ON_RESULTS_AFTER.test(rawAfter.slice(aside?.[0].length ?? 0)) || POSSESSIVE_AFTER.test(after) || FIGURES_OF_NAME_BEFORE.test(before) || (/^for\s$/i.test(opening) && /^,\s/.test(rawAfter));
    // (Nor a place a preposition puts it in: "homes in the West Midlands".)
    // (A run opening a sentence may be any capitalised words, or a person who "said", unless an aside
    // that describes a thing comes before its report: "Ossleigh Homes, which builds houses across the
    // Midlands, said revenue rose".)
    if (words.length < (opening && reports ? 1 : 2) || name === "" || (SENTENCE_OPENING_BEFORE.test(before) && !(aside && reports)) || new RegExp(`${PERSON_INTRODUCED}\\s$`, "i").test(before) || PLACE_PREPOSITION_BEFORE.test(before) || ROLE_AFTER_NAME.test(after)) continue;
    // (Words of a name only, no full stop between: "January. Adjusted EBITA" is two sentences.)
    if (words.some((word) => !/^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’&-]*$/.test(word) || NOT_A_NAME.has(word.toLowerCase()) || HEADLINE_STOP.test(word) || NOT_A_COMPANY.test(word))) continue;
    if (REGION_NAME.has(name.toLowerCase()) || STOCK_INDEX_OPENING.test(name)) continue;
    // (Only a name a company's is: one closed by a firm's word, "Ularoo Resources", "Wirabumi Bank", or one
    // that reports or owns what follows, "Quellbrook Minerals said", "Ossbury's revenue"; never a place.)
    if (!FIRM_NAME_LAST.test(name) && !reports) continue;
    return entityFor(name, undefined, "lead", false);
  }
  return undefined;
}

/** A metric's word and "at" or "from" right before a name: the name's figures follow ("Revenue at", "Results from"). */
const FIGURES_OF_NAME_BEFORE = /\b(?:revenue|sales|profits?|earnings|results|income|turnover|orders|margins?)\s(?:at|from)\s$/i;
/** An aside right after a name, set off by commas: ", which builds houses across the Midlands,", ", the gold miner,", ", founded in 2014," (a person's "who" is no such aside). */
const ASIDE_AFTER_NAME = /^,\s(?:which|that|the|a|an|(?:founded|based|listed|headquartered|established|set\sup|owned|backed|controlled)\s(?:in|on|by)|once|formerly|now)\s[^,.;:]{2,140},(?=\s)/;
/** A company's own name's last word (the lexicons' `firm_name_end`: Holdings, Bank, Resources). */
const FIRM_NAME_LAST = new RegExp(`\\s${wordsPattern(placedWords("firm_name_end", { language: "en" }), "both", " ")}$`, "i");
/** A preposition of place right before a name, "the" after it at most: "in the West Midlands", "across Northern Ireland". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|across|around|throughout|near|outside|inside|within)\s(?:the\s)?$/i;

/** Where the lead starts: the first content after the headline (written again at the text's top or not) and the byline. */
function leadOffset(header: ArticleHeader, text: string): number {
  // (A headline written as a Markdown heading, "# Order book lifts builder", is the headline all the same.)
  return firstContentOffset(text, header.title !== undefined && text.slice(Math.max(0, text.search(/\S/))).replace(/^#{1,6}\s+/, "").startsWith(header.title.trim().slice(0, 8)));
}

/**
 * The company a lead introduces with its code (富邦媒（8454）) when the headline opens on its name (after
 * a rubric), before the known company `known` the headline names; else none.
 */
function openingCompanyIntroduced(title: string, titleMatches: readonly TermMatch<Term>[], known: string, leadText: string): NewEntity | undefined {
  const opener = unknownCompany(title, "title");
  const introduced = unknownCompany(leadText, "lead");
  if (!opener || !introduced?.strong || introduced.ticker === undefined || !/^\p{Script=Han}{2,}$/u.test(introduced.name)) return undefined;
  // (The two share the name: the headline's runs into a role, 富邦媒总经理, the lead's follows a description, 台湾电商龙头富邦媒.)
  let length = Math.min(opener.name.length, introduced.name.length);
  while (length >= 2 && !introduced.name.endsWith(opener.name.slice(0, length))) length--;
  if (length < 2) return undefined;
  const name = opener.name.slice(0, length);
  const knownAt = titleMatches.find((match) => match.entries.some((entry) => entry.kind === "entity" && entry.id === known))?.start ?? -1;
  const openerAt = toSimplified(title).indexOf(name);
  return openerAt >= 0 && openerAt < knownAt ? { ...introduced, name } : undefined;
}

/** How much a mention at `at` counts toward the company the text names most: thrice in the lead, once further on. */
export function mentionWeight(header: ArticleHeader, text: string): (at: number) => number {
  const lead = leadOffset(header, text);
  return (at) => (at < lead + LEAD_LENGTH ? LEAD_WEIGHT : 1);
}

/** How many of the lead's sentences are read for a company named before a verb of results. */
const LEAD_SENTENCES = 3;
/** A sentence's end: a full stop, a question or an exclamation mark, then a space or a line's end; or a Chinese one. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z"“‘'])|(?<=[。！？])|\n\s*\n/u;
/** A verb of a company giving its results (the lexicons' `results_verb`), right after its name. */
const RESULTS_VERB_AFTER = new RegExp(`^(?:\\s(?:on|late|early|last|this)\\s[A-Za-z]+(?:\\s(?:night|morning|evening|afternoon))?|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|昨日|昨天|昨晚|今日|今晚|日前|近日|晚间|晚間|盘后|盤後)?\\s?${wordsPattern(placedWords("results_verb"), "both")}`, "u");
/** A Chinese or Taiwanese stock code with its exchange opening a sentence, then a verb of results (the lexicons' `results_verb`). */
const CODE_REPORTING = new RegExp(`(?:^|[。！？\\n]\\s*)(\\d{4,6})\\.(SH|SZ|BJ|HK|TW|TWO)(?=${RESULTS_VERB_AFTER.source.slice(1)})`, "u");
/** A possessive, a word or two, then a plural for a trade's companies (the lexicons' `kind_of_firm`: "London's blue chips", "Sydney's big miners"). */
const COMPANIES_AFTER_POSSESSIVE = new RegExp(`^(?:'s|’s)\\s(?:[a-z-]+\\s){0,2}?${wordsPattern(placedWords("kind_of_firm", { language: "en" }), "both", " ")}`, "i");
/** A possessive and a metric's word: "Harnwick's revenue". */
const POSSESSIVE_AFTER = /^(?:'s|’s)\s/;
/** The zh lexicon's `price_moves`: a word of two characters or more as it is, a one-character one before a percent or 停 (涨5%, 涨停), as a name may hold it (东升). */
const CJK_PRICE_MOVE = `(?:${wordsPattern(placedWords("price_moves", { language: "zh" }).filter((word) => word.length > 1), "none")}|(?:${placedWords("price_moves", { language: "zh" }).filter((word) => word.length === 1).join("|")})(?=\\d|停))`;
/**
 * A clause opening on a Chinese name of two to eight characters (where it is listed before it at most,
 * 港交所上市的), then its share's move (大涨5%, 收涨, 涨停), and further on in the sentence its results
 * (营收, 净利, 三季报): the name is the listed company whose results move it ("港股三大指数收涨，卓瀚医疗
 * 大涨5%，该公司上半年收入48亿元"). Read in simplified characters.
 */
const CJK_MOVER_ON_RESULTS = new RegExp(`(?:^|[，,；;：:])\\s?(?:(?:在)?(?:${wordsPattern(placedWords("exchange", { language: "zh" }), "none")})(?:主板|创业板|科创板)?上市的)?([\\u4e00-\\u9fff]{2,8}?)(?:今日|昨日|早盘|午后|尾盘|盘中|绩后)?${CJK_PRICE_MOVE}(?=[^。！？]*?(?:营收|收入|净利|纯利|盈利|利润|亏损|业绩|财报|季报|中报|年报))`, "gu");
/**
 * A share's move right after a name, with its percent ("gained 4%", "closed up 5.2%", "led gains, up
 * 4%", "was the biggest decliner, down 9%"; the lexicon's `price_moves`), then, in the same sentence, "after", "as" or "on" and its results (a
 * verb of results, the lexicons' `results_verb`, or a word for them): the name is a listed company's,
 * and the one whose results the sentence gives ("On the TSX, Morvane Foods gained 4% after the
 * retailer reported revenue of…").
 */
const MOVE_ON_RESULTS_AFTER = new RegExp(String.raw`^\s(?:(?:closed|ended|finished|traded)\s)?(?:(?:led|was|were)\s(?:the\s)?(?:[a-z]+\s){0,2}[a-z]+,\s)?${wordsPattern(placedWords("price_moves", { language: "en" }), "both")}\s(?:(?:as much as|by|nearly|almost|more than|about|some)\s)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)[^.;]{0,40}?\b(?:after|as|on|following)\b[^.;]{0,80}?(?:${wordsPattern([...placedWords("results_verb", { language: "en" }), "results", "earnings", "revenue", "sales", "profit", "quarter", "guidance", "outlook"], "both")})`, "u");

/**
 * The company one of a lead's first three sentences opens with, when its name is followed by a verb
 * of results (said, reported, 公布) or is possessive, and the sentence holds a figure: "It was a hard
 * quarter for pump makers. Harnwick Fluid Systems said revenue fell 4%…", or a first sentence whose
 * one-word name the body never writes again ("Vestalo reported revenue of $5.2 billion."). ("Chief
 * executive Jane Doe said demand was weak" holds no figure, and its name, "Chief", is followed by no
 * such verb; "Raman expects…" after "said analyst Priya Raman" is a person's.)
 */
function laterLeadCompany(leadText: string, newName: (found: NewEntity | undefined) => NewEntity | undefined): NewEntity | undefined {
  // (603958.SH昨晚披露2025年三季报: a stock code opening a sentence before a verb of results is the
  // company reporting, named by its code, in any sentence of the lead.)
  const coded = CODE_REPORTING.exec(leadText);
  if (coded) return entityFor(coded[1]!, coded[1], "lead", true);
  const sentences = leadText.split(SENTENCE_END).slice(0, LEAD_SENTENCES);
  for (const sentence of sentences) {
    const opening = sentence.replace(/^[\s#>*|-]+/, "");
    if (!/\d/.test(opening)) continue;
    for (const mover of toSimplified(opening).matchAll(CJK_MOVER_ON_RESULTS)) {
      const named = NOT_A_CJK_NAME.test(mover[1]!) || writtenAsMarket(mover[1]!, mover[1]!) ? undefined : newName(entityFor(mover[1]!, undefined, "lead", false));
      if (named) return named;
    }
    const found = newName(unknownCompany(opening, "lead"));
    if (!found) continue;
    if (found.strong) return found;
    const at = opening.indexOf(found.name);
    if (at < 0 || at > 2 || namedAsPerson(leadText, found.name)) continue;
    const after = opening.slice(at + found.name.length);
    // ("London's blue chips edged higher…": a possessive before a trade's companies is a place's, or a market's.)
    if (RESULTS_VERB_AFTER.test(after) || MOVE_ON_RESULTS_AFTER.test(after) || (POSSESSIVE_AFTER.test(after) && !/\p{Script=Han}/u.test(found.name) && !COMPANIES_AFTER_POSSESSIVE.test(after))) return found;
  }
  return undefined;
}

/** A Latin name the lead gives with its listing in brackets and then a verb of results ("Tollgrove (Nasdaq: TLGV) reported…"). */
function listedReporterIn(leadText: string): NewEntity | undefined {
  for (const match of leadText.matchAll(NAME_THEN_TICKER_ANYWHERE)) {
    if (!LATIN_NAME_ONLY.test(match[1]!) || !RESULTS_VERB_AFTER.test(leadText.slice(match.index + match[0].length))) continue;
    const name = trimName(match[1]!);
    if (name.length >= 3) return entityFor(name, match[2], "lead", true);
  }
  return undefined;
}
const LATIN_NAME_ONLY = /^[A-Z][A-Za-z&'’.\s-]*$/;

/** The lexicons' `counterparty` words that are nouns for a party to a company's trade: supplier, customer, 供应商, 客户. */
const PARTNER_WORDS = LEXICON_FILES.flatMap((file) => file.cues.filter((cue) => cue.kind === "counterparty").flatMap((cue) => cue.words)).filter((word) => /^(?:[a-z]+s?|[\u4e00-\u9fff]{2,3})$/u.test(word) && !/^(?:supplies|supplying)$/.test(word));
/**
 * After a company's name, a word for a party to its trade (the lexicons' `counterparty` nouns: supplier,
 * customer, 供应商, 总代理), a few describing words before it at most (other brands it joins with 、
 * or &: "TOYOTA、LEXUS台灣總代理和泰車"), then another name: the company named first is the other's
 * partner, not what the words are about.
 */
const TRADE_PARTNER_THEN_NAME = new RegExp(`^(?:(?:[、&/]\\s?[A-Za-z]{2,12}\\s?)*[\\u4e00-\\u9fff]{0,8}?|(?:\\s[A-Za-z][\\w-]*){0,2}\\s)(?:${wordsPattern(PARTNER_WORDS, "none", " ")})\\s?(?=[A-Z\\u4e00-\\u9fff])`, "iu");
/** Whether the lead gives `company`'s results right after its code in brackets: "金山办公（688111.SH）披露", "Tollgrove (Nasdaq: TLGV) reported". */
function reportsAfterItsCode(leadText: string, company: NewEntity): boolean {
  const text = toSimplified(leadText);
  const at = text.indexOf(toSimplified(company.name));
  if (at < 0) return false;
  const close = /^[^)）\n]{0,40}[)）]/.exec(text.slice(at + company.name.length));
  return close !== null && RESULTS_VERB_AFTER.test(text.slice(at + company.name.length + close[0].length));
}

/** A person's role, or a word that introduces a person quoted (analyst, said), right before a first name. */
const PERSON_ROLES = [...placedWords("role", { language: "en" }), "analyst"];
const PERSON_INTRODUCED = `(?:${wordsPattern([...PERSON_ROLES, "said", "says", "according to"], "both")})`;
/** A role in an apposition right after a name: ", an analyst at…", ", chief executive," — the name is a person's. (Not "said": a company says too.) */
const ROLE_AFTER_NAME = new RegExp(`^,\\s(?:(?:an?|the|its|their)\\s)?(?:[a-z-]+\\s){0,2}?${wordsPattern(PERSON_ROLES, "both")}`, "i");

/**
 * Whether the passage writes `name` as a person's surname: after a first name and a role or a word that
 * introduces someone quoted ("said analyst Priya Raman", "chief executive Jane Doe"): "Raman expects
 * full-year profit of $1.3 billion" then forecasts, it names no company.
 */
function namedAsPerson(passage: string, name: string): boolean {
  if (name.includes(" ")) return false;
  return new RegExp(String.raw`${PERSON_INTRODUCED}\s(?:of\s\S+\s)?[A-Z][a-z]+\s${escapeRegExp(name)}\b`, "i").test(passage);
}
/**
 * Whether the text writes `name` as a person's anywhere: a surname after a first name and a role or a
 * word that introduces someone quoted (namedAsPerson), a full name right after such a word ("chief
 * executive Jane Doe", "its chief executive, Jane Doe,", "said Jane Doe"), or a name with a role in
 * apposition ("Jane Doe, the finance director,").
 */
export function writtenAsPerson(text: string, name: string): boolean {
  if (namedAsPerson(text, name)) return true;
  const written = escapeRegExp(name);
  if (new RegExp(String.raw`${PERSON_INTRODUCED},?\s${written}\b`, "i").test(text)) return true;
  for (const match of text.matchAll(new RegExp(String.raw`\b${written}\b`, "g"))) if (ROLE_AFTER_NAME.test(text.slice(match.index + name.length, match.index + name.length + 48))) return true;
  return false;
}

/**
 * Whether the text writes `name` as a name: with its capitals, not inside a longer word. A one-word name
 * the text also writes in lower case, as a common word, counts only where a capital shows it is a name:
 * inside a sentence and not as a longer name's last word ("Copper" over "Copper has been the hottest
 * trade… Ballarook Copper (ASX: BKC) reported… tonnes of copper" is the metal, its capitals the
 * sentence's and the miner's).
 */
function writtenAsNameIn(text: string, name: string): boolean {
  // (A Latin name runs into Chinese text with no space: "Corvell三季度营收".)
  const letter = /\p{Script=Han}/u.test(name) ? String.raw`[\p{L}\d]` : String.raw`[\p{Script=Latin}\d]`;
  const pattern = new RegExp(String.raw`(?<!${letter})${escapeRegExp(name)}(?!${letter})`, "gu");
  if (name.includes(" ") || !writtenAsCommonWord(text, name)) return pattern.test(text);
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (!LONGER_NAME_BEFORE_WORD.test(before) && !SENTENCE_OPENING_BEFORE.test(before)) return true;
  }
  return false;
}
/** Whether the text writes a capitalised word in lower case too, as a common word ("copper", "results"). */
function writtenAsCommonWord(text: string, name: string): boolean {
  return name !== name.toLowerCase() && new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name.toLowerCase())}(?![\p{L}\d])`, "u").test(text);
}
/** What stands before a sentence's first word: the text's start, a line's, a full stop or a heading's marks. */
const SENTENCE_OPENING_BEFORE = /(?:^[\s#>*|-]*|[.!?:]["'”’]?\s+|\n[\s#>*|-]*|["“‘(]\s?)$/u;
/** A capitalised word right before: the name is the last word of a longer one ("Ballarook Copper"). */
const LONGER_NAME_BEFORE_WORD = /[A-Z][\p{L}'’&.-]*\s$/u;
/**
 * The company a headline names: read from its start, or, when the body never writes that name, from
 * after a label's bracket or bar or colon (【營收直播】廣霖精密…, 一图速览｜黛岭饮品…, 扫地机价格战下的三季报：
 * Wylan增收不增利), the first such part whose Chinese name (or any with its ticker) the body writes.
 */
function titleCompany(title: string, body: string): NewEntity | undefined {
  // ("Dubai extends gains as Emaar rallies on results; Saudi slips": of a market wrap's names, the one
  // whose shares move on its results is the story's, when the body writes it as a name.)
  const mover = RESULTS_MOVER.exec(title.replace(WIRE_RUBRIC, "")) ?? SHARES_MOVER.exec(title.replace(WIRE_RUBRIC, ""));
  if (mover && writtenAsNameIn(body, mover[1]!)) return entityFor(mover[1]!, undefined, "title", false);
  const whole = unknownCompany(title, "title");
  // (A label that is a phrase of its own, with 的 in it, 扫地机价格战下的三季报：, names no company; the part after it does.)
  const labelPhrase = LABEL_PHRASE.test(title);
  // ("Results analysis: Corvington Homes builds…": a label's word the body never writes as a name is no
  // company, the name after the colon is; a dateline's place is writtenInBody's to judge.)
  const labelEnd = title.search(TITLE_LABEL_END);
  const commonLabel = whole !== undefined && !whole.strong && labelEnd > 0 && title.indexOf(whole.name) < labelEnd && !/\p{Script=Han}/u.test(whole.name) && !writtenAsNameIn(body, whole.name) && !datelinePlace(body, whole.name);
  // ("Morning Ledger: Corvington's profit slips…; Rantau Harvest margins widen": a column's or a
  // newsletter's name of several words as the label, then a company in the possessive that the body
  // writes as a name: the newsletter leads with that company, whatever else it lists.)
  const possessiveAfter = labelEnd > 0 ? POSSESSIVE_OPENING.exec(title.slice(labelEnd + 1).trim()) : null;
  if (whole && !whole.strong && possessiveAfter && whole.name.includes(" ") && title.indexOf(whole.name) < labelEnd && writtenAsNameIn(body, possessiveAfter[1]!)) return entityFor(possessiveAfter[1]!, undefined, "title", false);
  if (whole && !labelPhrase && !commonLabel && (whole.strong || positionsOf(body, whole.name).next().done === false)) return whole;
  for (const part of title.split(TITLE_LABEL_END).slice(1)) {
    // (Chinese names, or any with a ticker: an English label, "Glasgow close:", "Retail round-up:", is
    // writtenInBody's and the round-up readers' to judge; after a label of common words, a Latin name
    // the body writes as one, unless the part lists other names, a round-up's "Tarnby beats, Wexley slips".)
    // (A Chinese name may run into the headline's verb, 鈞晟光電攻上漲停: the run the body repeats is the name.)
    const read = unknownCompany(part.trim(), "title");
    const found = read && /^\p{Script=Han}+$/u.test(read.name) ? fitToBody(read, body) : read;
    if (found && (found.strong || /\p{Script=Han}/u.test(found.name) || (commonLabel && !ANOTHER_NAME_LISTED.test(part) && writtenAsNameIn(body, found.name))) && positionsOf(body, found.name).next().done === false) return found;
  }
  // (What a phrase-label opens with is the phrase's subject, 扫地机 of 扫地机价格战下的三季报, no company.)
  return labelPhrase ? undefined : whole;
}
/**
 * A headline's Chinese name that the story writes after 这家 or 一家 (新竹這家晶圓代工廠, 这家中型券商) is a
 * kind of firm the story describes its company by, not the company's name: the lead then names it.
 */
function describedNotNamed(found: NewEntity | undefined, body: string): NewEntity | undefined {
  if (!found || found.strong || !/^\p{Script=Han}+$/u.test(found.name)) return found;
  const simplified = toSimplified(body);
  return new RegExp(`(?:这家|一家)[\\u4e00-\\u9fff]{0,4}${escapeRegExp(toSimplified(found.name))}`, "u").test(simplified) ? undefined : found;
}

/**
 * "Stourwell shares slump after…": a headline opening on a name of one to three capitalised words, then
 * "shares" or "stock" and a verb of a share's move (the lexicon's `price_moves`), whose body writes the
 * name as a name (not a trade's, "Chip stocks slide").
 */
const SHARES_MOVER = new RegExp(String.raw`^([A-Z][\p{L}&'’.-]*(?:\s[A-Z][\p{L}&'’.-]*){0,2})\s(?:shares|stock)\s${wordsPattern(placedWords("price_moves", { language: "en" }), "both")}`, "u");
/** A name of one to three capitalised words, a verb of a share's move (the lexicon's `price_moves`), a percent at most, then "on" or "after" and its results (two words between at most: "its strong results"). */
const RESULTS_MOVER = new RegExp(String.raw`(?:^|[,;:]\s|\s(?:as|while|and|after)\s)([A-Z][\p{L}&'’.-]*(?:\s[A-Z][\p{L}&'’.-]*){0,2})\s${wordsPattern(placedWords("price_moves", { language: "en" }), "both")}(?:\s\d+(?:\.\d+)?%)?\s(?:on|after)\s(?:[a-z-]+\s){0,2}(?:results|earnings|profit)\b`, "u");

/** What closes a headline's label: a corner bracket, a bar, a colon, a full-width slash (台股盤後／). */
const LABEL_END = "】｜|：:／";
const TITLE_LABEL_END = new RegExp(`[${LABEL_END}]`, "u");
/** A label that is a phrase of its own, with 的 in it (扫地机价格战下的三季报：). */
const LABEL_PHRASE = new RegExp(`^[^${LABEL_END}]*的[^${LABEL_END}]*[${LABEL_END}]`, "u");
/** A name of one to four capitalised words in the possessive opening a headline's part: "Corvington's profit slips". */
const POSSESSIVE_OPENING = /^([A-Z][\p{L}&.-]*(?:\s[A-Z][\p{L}&.-]*){0,3})['’]s\s/u;
/** A comma or a semicolon, then a capitalised word: a headline part that lists another name. */
const ANOTHER_NAME_LISTED = /[,;]\s+[A-Z]/;

/**
 * A Chinese title names its company bare (联兴食品中期多赚12%); the lead introduces it with its Latin name
 * and code in brackets (零食连锁店营运商联兴食品（Luenhing Foods，1847）). When the bracketed name ends with
 * the start of the title's, the company is the bracketed one, named by what the two share.
 */
function withBodyBracket(found: NewEntity | undefined, lead: string): NewEntity | undefined {
  // (A title's name read strongly by its suffix, 宝恒集团 → 宝恒, still takes the lead's Latin name and code.)
  if (!found || found.latinName !== undefined || found.ticker !== undefined || !/[\u4e00-\u9fff]/u.test(found.name)) return found;
  for (const match of normaliseText(lead).matchAll(CJK_NAME_THEN_BRACKET)) {
    const bracketed = bracketedCompany(match[1]!, match[2]!, found.foundIn);
    if (!bracketed) continue;
    if (found.strong) {
      if (match[1]!.includes(found.name)) return { ...bracketed, name: found.name };
      continue;
    }
    for (let length = Math.min(found.name.length, match[1]!.length); length >= 2; length--) {
      const shared = found.name.slice(0, length);
      if (match[1]!.endsWith(shared)) return { ...bracketed, name: shared };
    }
  }
  return found;
}

/** A word for a kind of firm after a trade (the lexicon's `kind_of_firm`: 电子厂, 零售商, 银行股): the two together name a business, not a company. */
const KIND_OF_FIRM_END = new RegExp(`(?:${wordsPattern(placedWords("kind_of_firm", { language: "zh" }))})$`, "u");
/** A word for a sector of the market closing a name (the lexicon's `sector`: 板块, 行业). */
const SECTOR_END = new RegExp(`(?:${wordsPattern(placedWords("sector", { language: "zh" }))})$`, "u");
/** An English stock index opening a passage (the lexicons' `stock_index`: "FTSE 250", "the Nikkei"). Not "Nasdaq-listed": a hyphened word says where a company is listed. */
const STOCK_INDEX_OPENING = new RegExp(`^${wordsPattern(placedWords("stock_index", { language: "en" }), "both", " ")}(?!-)`, "i");
/** The words a Chinese company's name ends with (the lexicon's `trade`): alone, they name no company. */
const CJK_TRADES: ReadonlySet<string> = new Set(placedWords("trade", { language: "zh" }));

/**
 * A headline runs the company's name into the words after it: a title-case one capitalises every word
 * ("Acme Robotics Shares Jump"), a Chinese one writes no space (江屿新材预计…, 睿岑法说会释…). Of the
 * units the name may run to (words, or characters for a Chinese name, at least two), the longest run
 * the body repeats is the name; a name the body never writes stays as read here (writtenInBody then
 * judges whether a Latin one is a name at all).
 */
function fitToBody(found: NewEntity | undefined, text: string): NewEntity | undefined {
  if (!found || found.strong) return found;
  const chinese = !found.name.includes(" ") && /^\p{Script=Han}+$/u.test(found.name);
  // "Quillfeather raises…" over "Quillfeather Software (NASDAQ: QFTR) raised…": a one-word name the body
  // writes in full with its ticker is that company, by its ticker. (Without a ticker the title's word
  // stays: a trade word the full name ends with, "Yarrowdale Supermarkets", may name a business too.)
  if (!chinese && !found.name.includes(" ")) {
    const full = new RegExp(String.raw`\b${escapeRegExp(found.name)}((?:\s[A-Z][A-Za-z&'’-]+){1,3})(?=\s?[(（])`).exec(text);
    const more = full ? full[1]!.trim().split(/\s/) : [];
    if (!full || !more.every((word) => !HEADLINE_STOP.test(word) && !NOT_A_NAME.has(word.toLowerCase()))) return found;
    const name = trimName(`${found.name} ${more.join(" ")}`);
    const ticked = NAME_THEN_TICKER.exec(text.slice(full.index, full.index + full[0].length + 24));
    return ticked && trimName(ticked[1]!) === name && found.ticker === undefined ? entityFor(name, ticked[2], found.foundIn, false) : found;
  }
  const units = chinese ? [...found.name] : found.name.split(" ");
  const joined = (count: number) => units.slice(0, count).join(chinese ? "" : " ");
  const shortest = chinese ? 2 : 1;
  for (let count = units.length; count >= shortest; count--) {
    if (occurrences(text, joined(count)) >= 2) return count === units.length ? found : entityFor(joined(count), found.ticker, found.foundIn, false);
  }
  if (chinese || occurrences(text, found.name) >= 1) return found;
  return occurrences(text, units[0]!) >= 1 ? entityFor(units[0]!, found.ticker, found.foundIn, false) : found;
}

/**
 * Another name of one to three capitalised words the headline holds (a possessive's, a clause's
 * subject) that the body writes in full with a legal form ("Hexham Bank plc"), when the name read first
 * has none there: a story gives its own company's formal name, not a rival's it sets beside it in the
 * headline ("Fosdyke's pain, Hexham's gain: …"). The name as the body writes it before the form.
 */
function formallyNamedInTitle(title: string, found: NewEntity | undefined, body: string): NewEntity | undefined {
  // (A name read with its ticker is the story's; one read strong by a firm's word, "Harbour Holdings", may be a parent's.)
  if (!found || found.ticker !== undefined || /\p{Script=Han}/u.test(found.name)) return undefined;
  const firstWord = found.name.split(" ")[0]!;
  if (formalName(body, firstWord)) return undefined;
  for (const match of title.matchAll(new RegExp(String.raw`(?<![\p{L}\d&'’-])(${NAME_WORD}(?:\s${NAME_WORD}){0,2})(?![\p{L}\d])`, "gu"))) {
    const name = trimName(match[1]!.replace(/['’]s$/, ""));
    const words = name.split(" ");
    if (words[0] === firstWord || words.some((word) => NOT_A_NAME.has(word.toLowerCase()) || HEADLINE_STOP.test(word) || NOT_A_COMPANY.test(word))) continue;
    const written = formalName(body, name);
    if (written) return entityFor(written, undefined, "title", true);
    // ("Deccan Industries' cement arm GVCL posts…" over "Ganga Valley Cements Ltd said…": a headline's
    // capitals that are the initials of a name the body writes with a legal form, the form's counted or
    // not, name that company, and the capitals stand for it as its ticker would.)
    const initialled = /^[A-Z]{3,6}$/.test(name) ? initialsOf(name, body) : undefined;
    if (initialled) return entityFor(initialled, name, "title", true);
  }
  return undefined;
}
/**
 * The company's formal name as `text` writes it: `name`, at most two more capitalised words, then a
 * legal form ("Hexham Bank plc", "Great Lakes Drug Mart Ltd."); the name without the form.
 */
export function formalName(text: string, name: string): string | undefined {
  return new RegExp(String.raw`\b(${escapeRegExp(name)}(?:\s[A-Z][\p{L}&'’-]*){0,2}),?\s${LEGAL_FORM}(?![\p{L}\d])`, "u").exec(text)?.[1];
}
/** The name of two to five capitalised words the body writes with a legal form whose initials (its form's too, or not) are `letters`. */
function initialsOf(letters: string, body: string): string | undefined {
  for (const match of body.matchAll(new RegExp(String.raw`\b([A-Z][\p{L}&'’-]*(?:\s[A-Z][\p{L}&'’-]*){1,4}),?\s(${LEGAL_FORM})(?![\p{L}\d])`, "gu"))) {
    const initials = match[1]!.split(" ").map((word) => word[0]).join("");
    if (initials === letters || initials + match[2]![0]!.toUpperCase() === letters) return match[1]!;
  }
  return undefined;
}
/** A Latin company's legal form after its name (the lexicons' `legal_form`: plc, Inc., AG), in lower case, capitalised or in capitals. */
const LEGAL_FORM = `(?:${placedWords("legal_form", { language: "en" }).flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).map(escapeRegExp).join("|")})\\.?`;

/** How often `name` stands in the text, counted up to `most`. */
function occurrences(text: string, name: string, most = 10): number {
  let count = 0;
  for (const _ of positionsOf(text, name)) if (++count >= most) break;
  return count;
}

/**
 * A Latin name that is a headline's label and that the body never writes as a name is no company
 * ("Morning Briefing: four sets of numbers", "Building materials: …" over "Brolga Building Products");
 * nor is a name the dateline gives as its place ("London close: …" over "LONDON, Feb 26 —"). Written as
 * a name: with its capitals, at a word's start, not inside a longer name and not in the dateline. A
 * headline's name with no colon after it stays though the body never repeats it (a brief's "BRIEF-Banco
 * Tavares Q3…" over "* Brazilian lender posted…"), as do a name read by its ticker or legal suffix and a
 * Chinese one (which a body may shorten or extend). A one-word name read from the lead must be written
 * `times` times: once more than where it was read ("Results drove most of the big moves" opens a
 * sentence with a capital, and names nothing).
 */
function writtenInBody(found: NewEntity | undefined, body: string, { times = 1, label }: { times?: number; label?: string }): NewEntity | undefined {
  if (!found || found.strong || /[\u4e00-\u9fff]/u.test(found.name)) return found;
  if (datelinePlace(body, found.name)) return undefined;
  const dateline = DATELINE_START.exec(body)?.[0] ?? "";
  if (label !== undefined && !HEADLINE_LABEL.exec(label)?.[0].includes(found.name)) return found;
  const rest = body.slice(dateline.length);
  const asName = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(found.name)}(?![\p{L}\d])`, "gu");
  let count = 0;
  for (const match of rest.matchAll(asName)) if (!LONGER_NAME_BEFORE.test(rest.slice(Math.max(0, match.index - 40), match.index))) count++;
  return count >= (found.name.includes(" ") ? 1 : times) ? found : undefined;
}
/** Whether the body's dateline opens with `name` ("GLASGOW, March 2 —" for "Glasgow"): a place, no company. */
function datelinePlace(body: string, name: string): boolean {
  const dateline = DATELINE_START.exec(body)?.[0] ?? "";
  return dateline !== "" && dateline.trim().toUpperCase().startsWith(name.toUpperCase());
}
/** A headline's label: its opening words up to a colon ("Morning Briefing:", "London close:"). */
const HEADLINE_LABEL = /^[^:：]{1,40}[:：]/;
const LONGER_NAME_BEFORE = /[\p{Ll}\d,;)]\s[A-Z][\p{L}'’]*\s$/u;

/** Fewer mentions than this in the body do not make a known company the subject over a title's new one. */
const FEW_MENTIONS = 3;

/** How often the body names a company by this name, counted as known names are (the lead counts more). */
function mentions(text: string, name: string, lead: number): number {
  if (name.length < 2) return 0;
  let count = 0;
  for (const at of positionsOf(text, name)) count += at < lead + LEAD_LENGTH ? LEAD_WEIGHT : 1;
  return count;
}

function newSubject(entity: NewEntity, taxonomy?: Taxonomy): Subject {
  // (巨大（9921）, "Five Below Inc (FIVE.O)": a company named with a ticker the taxonomy lists, by a name
  // of its, is that company; so is one whose Latin name in brackets is a known company's, 福蒂斯丘（Fortescue，FMG.AX）.)
  const byTicker = taxonomy && knownByTicker(taxonomy, entity);
  if (byTicker !== undefined) return { entity: byTicker, reason: `named with its ticker ${entity.ticker}, in the ${entity.foundIn}` };
  const known = taxonomy && knownCompany(taxonomy, entity);
  if (known !== undefined) return { entity: known, reason: `named by a name of a company the taxonomy knows, in the ${entity.foundIn}` };
  return { entity: entity.id, reason: entity.name ? `a company the taxonomy does not know, named in the ${entity.foundIn}` : "the text names no company", newEntity: entity };
}

function countEntities(terms: readonly TermMatch<Term>[], weight: (match: TermMatch<Term>) => number = () => 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of terms) {
    for (const term of match.entries) {
      if (term.kind === "entity" && term.id !== "MARKET") {
        counts.set(term.id, (counts.get(term.id) ?? 0) + weight(match));
        break;
      }
    }
  }
  return counts;
}

function countSegmentOwners(terms: readonly TermMatch<Term>[], taxonomy: Taxonomy, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of terms) {
    // (An English word written in lower case, "at the other end of the board", names no company's
    // business: only a name does, AWS, Azure, or Chinese words.)
    const written = text.slice(match.start, match.end);
    if (/^[a-z]/.test(written)) continue;
    // (Nor does a region's name, China, Asia, 北美: every company sells somewhere, whichever one the
    // taxonomy happens to list that region for.)
    // (Nor a region's market, 美国市场, "the U.S. market".)
    const place = written.replace(/\s?(?:市场|市場|markets?)$/iu, "");
    if (REGION_NAME.has(asciiLower(place)) || REGION_NAME_ZH.has(toSimplified(place))) continue;
    for (const term of match.entries) {
      // ("Subscription revenue rose 21%": a capital that opens a sentence makes no name; a Latin word
      // names a business only as the taxonomy writes that business's name, in capitals: AWS, Azure.)
      if (term.kind === "segment" && /[A-Za-z]/.test(written) && !writtenAsName(taxonomy, term.id, written)) continue;
      const owners = term.kind === "segment" ? taxonomy.segments.get(term.id)?.entities : undefined;
      if (owners?.length === 1 && owners[0] !== "MARKET") counts.set(owners[0]!, (counts.get(owners[0]!) ?? 0) + 1);
    }
  }
  return counts;
}

/** Whether a segment's Latin words are written as one of its names with capitals (AWS, Azure, Subscription Solutions), not as a common word. */
function writtenAsName(taxonomy: Taxonomy, segment: string, written: string): boolean {
  const aliases = taxonomy.segments.get(segment)?.aliases;
  if (!aliases) return false;
  const lower = written.toLowerCase();
  return Object.values(aliases).some((names) => names.some((name) => /[A-Z]/.test(name) && name.toLowerCase() === lower));
}

function bestOf(scores: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [id, score] of scores) if (best === undefined || score > scores.get(best)!) best = id;
  return best;
}

/** Where the body's words start (front matter is blanked to spaces, so skip them), past the bylines there. */
function firstContentOffset(text: string, headlineFirst = false): number {
  let at = Math.max(0, text.search(/\S/));
  // (Front matter's title stays in place as the headline: the lead is the body's first line after it.)
  if (headlineFirst) at = nextLineStart(text, at) ?? at;
  // ("Harriet Colley, Markets reporter | Tuesday 9 December 2025, 4.58pm": a byline's name is no company's.)
  for (let skipped = 0; skipped < 2; skipped++) {
    const lineEnd = text.indexOf("\n", at);
    if (!isByline(text.slice(at, lineEnd < 0 ? text.length : lineEnd))) break;
    at = nextLineStart(text, at) ?? at;
  }
  return at;
}

/** The start of the next line holding a word after the line at `at`, if any. */
function nextLineStart(text: string, at: number): number | undefined {
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) return undefined;
  const next = text.slice(lineEnd).search(/\S/);
  return next < 0 ? undefined : lineEnd + next;
}

/** A dateline opening the lead: a place in capitals, perhaps a comma, its state and the date, then a dash. */
// ("Dec 3 (Newswire) - ": a wire's date and its name in brackets open a dateline as a place does.)
const DATELINE_START = /^\s*(?:[A-Z][A-Z .'’-]{1,30}(?:,\s[^\n—–-]{0,40}?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s20\d{2})?\s\([^()\n]{1,30}\))\s?[—–-]\s/;

/** Exchanges whose tickers articles write in brackets: (NASDAQ: HOOD), (NYSE:ON), (TSX: SHOP). */
const EXCHANGE = String.raw`(?:NASDAQ|Nasdaq|NYSE|NYSE American|AMEX|TSX|TSXV|LSE|HKEX|SEHK|SGX|TSE|TYO|NSE|BSE|ASX|OTC|OTCQX|Euronext|XETRA|KRX|TWSE)`;
const NAME_WORD = String.raw`[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.'’-]*`;
/** The suffixes exchanges' tickers are written with after a dot (FMG.AX, 0700.HK, 005930.KS, SAP.DE): Reuters' and the exchanges' own. */
const EXCHANGE_SUFFIX = "US|HK|SH|SZ|SS|BJ|TW|TWO|T|SI|NS|BO|L|O|N|AX|TO|V|KS|KQ|DE|F|PA|AS|BR|SW|MI|MC|ST|OL|CO|HE|IR|LS|VI|SA|MX|NZ|JK|KL|BK|SR|AD|QA|IS|TA|JO|WA";
const LATIN_NAME = String.raw`${NAME_WORD}(?:\s(?:${NAME_WORD}|&|and|of|de))*`;
/** "Acme Robotics (NASDAQ: ACME)", "Acme (ACME.US)", "阿尔法科技(01234.HK)", "贝塔(BETA.US)". */
/** A word for a part of a company right after a bracket (代工製造（OEM）業務): the bracket glosses a business, it names no company. */
// (Nor a product's gloss before a word for its makers: 印刷電路板（PCB）廠台昶電路 is a PCB maker, 台昶電路.)
// (Nor a product's before a word for its quantity or price: 鲜果串（FFB）产量回升 is fresh fruit bunches' output.)
const PART_AFTER = String.raw`(?!\s?(?:业务|業務|部门|部門|板块|板塊|分部|事业部|事業部|事业群|事業群|厂商|廠商|厂|廠|业者|業者|大厂|大廠|龙头|龍頭|概念股|产量|產量|价格|價格|售价|售價|销量|銷量|出货|出貨|需求|平均售价|平均售價))`;
const NAME_THEN_TICKER = new RegExp(
  String.raw`(${LATIN_NAME}|[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z&]{1,15})\s?[(（]\s?(?:${EXCHANGE}\s?[:：]\s?)?([A-Z][A-Z0-9]{0,5}|\d{3,6})(?:\.(?:${EXCHANGE_SUFFIX}))?\s?[)）]${PART_AFTER}`,
  "u",
);
/**
 * A Chinese name introduced with its Latin name and/or its code in brackets, as Chinese articles
 * introduce companies: 嘉峰置业（Carfield Properties，0893）, 澄湖银行（Chenghu Bank，601528.SH）,
 * 宁远新材（Ningyuan New Materials）, 阿里巴巴（BABA）, 京东（NASDAQ：JD）.
 */
const CJK_NAME_THEN_BRACKET = new RegExp(String.raw`([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z&]{1,15})\s?[(（]([^()（）\n]{2,60})[)）]${PART_AFTER}`, "gu");
const TICKER_PART = new RegExp(String.raw`^(?:${EXCHANGE}\s?[:：]\s?)?([A-Z][A-Z0-9]{0,9}|\d{3,6})(?:\.(?:${EXCHANGE_SUFFIX}))?$`, "u");
const LATIN_NAME_PART = /^[A-Z][A-Za-z&.'’-]*(?:\s(?:[A-Z&][A-Za-z&.'’-]*|and|of|de))*$/u;

/** An "as a service" term's letters (SaaS, IaaS, PaaS): a kind of business, never a company's ticker or name. */
const AS_A_SERVICE = /^[A-Z][a-z]?aaS$/;
/** A person's role opening a name (the zh lexicon's \`role\` words: 财务总监, 行政总裁, 分析师). */
const ROLE_FIRST = new RegExp(`^(?:${wordsPattern(placedWords("role", { language: "zh" }), "none")})`, "u");

/** A bracket after a Chinese name read as the company's Latin name and code, when it holds either. */
export function bracketedCompany(name: string, inside: string, foundIn: string): NewEntity | undefined {
  // (财务总监瓦尔加（Hollis Varga）: a name a person's role opens, with the person's Latin name, is the person.)
  if (ROLE_FIRST.test(toSimplified(name))) return undefined;
  // (云应用（SaaS）, 云基础设施（IaaS）: an "as a service" term glosses a business, it names no company.)
  if (AS_A_SERVICE.test(inside.trim())) return undefined;
  let latin: string | undefined;
  let code: string | undefined;
  let short: string | undefined;
  for (const part of inside.split(/[,，、;；]/).map((piece) => piece.trim()).filter((piece) => piece.length > 0)) {
    // (…股份有限公司（688416.SH，下称“蔚岚智能”）: the short name the story goes on to use.)
    const called = SHORT_NAME_CALLED.exec(part);
    if (called && short === undefined) {
      short = called[1];
      continue;
    }
    // (A Malaysian paper adds the board and the sector, 主板种植股, after the stock's name and code.)
    if (/^[\u4e00-\u9fff]{2,8}[股板]$/u.test(part) && code !== undefined) continue;
    const ticker = TICKER_PART.exec(part.replace(/^(?:股票代码|股票代號|股份代号|股份代號|代码|代號)\s?[:：]?\s?/u, ""));
    // (Its stock's name in capitals, SKRUING, before the number: the number is the code.)
    if (ticker && code !== undefined && /^\d+$/.test(ticker[1]!) && !/^\d+$/.test(code)) code = ticker[1];
    else if (ticker && code === undefined) code = ticker[1];
    // (非美国通用会计准则（Non-GAAP）: Latin words that are a cue's own, a basis's, gloss a term: no company.)
    else if (LATIN_NAME_PART.test(part) && /[a-z]/.test(part) && latin === undefined && !wholeCue(part.toLowerCase())) latin = part;
    else return undefined;
  }
  if (latin === undefined && code === undefined) return undefined;
  const entity = entityFor(latin ?? name, code, foundIn, true);
  return { ...entity, name: short ?? name.replace(CJK_LEGAL_FORM_END, ""), ...(latin !== undefined ? { latinName: latin } : {}) };
}
/** A bracket's word of calling and a short name in quotes: 下称“蔚岚智能”, 以下簡稱「晶宏」. */
const SHORT_NAME_CALLED = /^(?:以下)?(?:简称|簡稱|下称|下稱)\s?[“"「『]([\u4e00-\u9fffA-Za-z]{2,12})[”"」』]$/u;
/** A Chinese legal form closing a company's full name (股份有限公司): the name a story uses goes without it. */
const CJK_LEGAL_FORM_END = /(?<=[\u4e00-\u9fff]{2})(?:股份有限公司|有限责任公司|有限責任公司|有限公司)$/u;

/** Whether the cue lexicon holds these words whole (non-gaap, constant currency). */
function wholeCue(words: string): boolean {
  return cues().matchAll(words).some((match) => match.start === 0 && match.end === words.length);
}

/** The first company a passage introduces with a bracket of its Latin name or code, or its Chinese name (see bracketIntroductions). */
function bracketIntroduced(passage: string, foundIn: string): NewEntity | undefined {
  return bracketIntroductions(passage, foundIn, false)[0]?.entity;
}

/** A company a passage introduces, and where its name starts. */
interface Introduction {
  at: number;
  entity: NewEntity;
}

/**
 * The companies a passage introduces with brackets, in text order: a Chinese name with its Latin name
 * or code (华屿控股（600918.SH）; the clause's words before the name, 作为母公司的, are no part of it), a
 * Latin name with its Chinese name and perhaps its code (Maplewise（枫慧教育，NYSE:MPLW）), and with
 * `tickers` a name with its ticker ("Quorvane Devices (NASDAQ: QRVD)"). Never a term glossed in
 * capitals after a long run (每股美国存托股（ADS）), nor a broker introduced to give its view
 * (新嶺證券（Sunridge Securities）發表報告…), which is the source, not the company.
 */
/** Whether a name starts right after a middle dot: the last part of a foreign person's name in Chinese (瓦尔特·默特尔). */
function afterMiddleDot(passage: string, nameStart: number): boolean {
  return nameStart > 0 && (passage[nameStart - 1] === "·" || passage[nameStart - 1] === "•");
}

function bracketIntroductions(passage: string, foundIn: string, tickers: boolean): Introduction[] {
  const found: Introduction[] = [];
  const brokerGivingView = (name: string, end: number) => BROKER_NAME_END.test(name) && BROKER_VIEW_AFTER.test(passage.slice(end));
  for (const match of passage.matchAll(CJK_NAME_THEN_BRACKET)) {
    const name = nameAfterClauseWords(match[1]!);
    if (name.length < 2) continue;
    if (!/[a-z]/.test(match[2]!) && /^[A-Z]{2,5}$/.test(match[2]!.trim()) && name.length > CODE_NAME_LENGTH) continue;
    const entity = afterMiddleDot(passage, match.index + match[1]!.length - name.length) ? undefined : bracketedCompany(name, match[2]!, foundIn);
    if (entity && !brokerGivingView(name, match.index + match[0].length)) found.push({ at: match.index + match[1]!.length - name.length, entity });
  }
  for (const match of passage.matchAll(LATIN_THEN_CJK_BRACKET)) {
    const entity = latinWithChineseName(match, foundIn);
    if (entity && !brokerGivingView(entity.name, match.index + match[0].length)) found.push({ at: match.index, entity });
  }
  for (const match of tickers ? passage.matchAll(NAME_THEN_TICKER_ANYWHERE) : []) {
    const written = trimName(match[1]!);
    const name = /\p{Script=Han}/u.test(written) ? nameAfterClauseWords(written) : written;
    if (name.length < 2 || NOT_A_CJK_NAME.test(name) || NOT_A_NAME.has(name.split(" ")[0]!.toLowerCase())) continue;
    if (!brokerGivingView(name, match.index + match[0].length)) found.push({ at: match.index + match[1]!.length - name.length, entity: entityFor(name, match[2], foundIn, true) });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A LATIN_THEN_CJK_BRACKET match as a company: named by its Chinese name, with its Latin name and its code. */
function latinWithChineseName(match: RegExpMatchArray, foundIn: string): NewEntity | undefined {
  // (603872.SH（峤山酒业）: a stock code before the bracket is the company's code, its name the bracket's.)
  const code = /^(\d{3,6})(?:\.[A-Z]+)?$/.exec(match[1]!);
  if (code) return entityFor(match[2]!, code[1], foundIn, true);
  const latin = trimName(match[1]!);
  if (!latin || NOT_A_NAME.has(latin.split(" ")[0]!.toLowerCase())) return undefined;
  return { ...entityFor(latin, match[3], foundIn, true), name: match[2]!, latinName: latin };
}

/** The lexicons' words that introduce a peer (`peer_before`): rival, peer, 同业, 竞争对手. */
export const PEER_WORDS = LEXICON_FILES.flatMap((file) => file.peer_before);
/**
 * English words for a company's trade that may stand right before its name ("Chipmaker Tolvane",
 * "British housebuilder Brackmoor Homes"): the lexicon's `firm_noun`, less the words a name itself may
 * end with (`firm_name_end`: Bank, Group) and a peer's words; compounds on them too (chipmaker, housebuilder).
 */
const TRADE_BEFORE_NAME_WORDS = (() => {
  const nameEnds = new Set(placedWords("firm_name_end", { language: "en" }));
  const words = placedWords("firm_noun", { language: "en" }).filter((word) => !nameEnds.has(word) && !PEER_WORDS.includes(word) && /^[a-z]+$/.test(word));
  // (Lower case after a country's word, "British housebuilder"; capitalised only as a compound,
  // "Chipmaker": a trade's word alone in capitals may open a name, "Carrier Global".)
  return `(?:(?:[a-z]+|[A-Z][a-z]+)(?<=[a-z](?:${words.join("|")}))|(?:${words.join("|")}))`;
})();
/** A run's opening word that is no name's: a preposition opening the sentence ("For"), or a word for a trade ("Chipmaker", "Housebuilder"). */
const LEADING_NOT_NAME = new RegExp(`^(?:For|In|At|From|${TRADE_BEFORE_NAME_WORDS})\\s(?=[A-Z])`);
/** "Rival Narmada Cements posted…", "Its peer Acme Tools reported…", "Swedish rival Hallberg Pack reported…", "…, while rival X reported…", "Larger peer X posted…": a company a clause opens by naming as a peer. */
// (A ticker in brackets may stand between the name and its verb: "rival Dollar Tree (DLTR.O) has reported".)
const RIVAL_NAMED = new RegExp(String.raw`(?:^|[.;:,]\s|\n|\b(?:while|whereas|and|but|after|before|as|since|when|than|by|with|from|of)\s)\s*(?:(?:its|a|the)\s)?(?:(?:[a-z]+(?:ish|ese|ian|an|ch)|[a-z.]+-based|[a-z]+-[a-z]+|larger|smaller|bigger|main|closest|nearest|listed|regional|global)\s)?${wordsPattern(PEER_WORDS.filter((word) => /^[a-z]/.test(word)), "both", " ")}\s(${NAME_WORD}(?:\s${NAME_WORD}){0,3})(?=,?\s(?:[(（][^)）\n]{1,24}[)）],?\s)?[a-z])`, "giu");
/** What a Chinese sentence about a company goes on with right after its name: a time word, a reporting verb, a metric, a figure, a comma. */
export const COMPANY_CLAUSE_NEXT = /^(?:日前|前日|此前|昨|今[（(]|受惠|受益|上月|上周|昨日|昨天|今日|近日|早前|本月|同日|公布|披露|宣布|表示|发布|發布|预计|預計|则|則|亦|也|的|上半年|下半年|今年|去年|前三|全年|第[一二三四1-4]|[一二三四]季|同期|单季|單季|本季|当季|當季|股价|营收|收入|净利|\d|[，,])/u;
/**
 * A Chinese peer word (the lexicons' non-Latin `peer_before`), an optional 公司 / 企业, and a name of two to
 * eight characters, perhaps opened by Latin capitals (LG生活健康, TCL科技), or Latin alone before a comma,
 * up to what a company's sentence goes on with.
 */
const CJK_PEER_NAMED = new RegExp(String.raw`(?:${wordsPattern(PEER_WORDS.filter((word) => !/^[a-z]/.test(word)))})(?:公司|企业|企業)?(?:方面\s?[，,]\s?)?(?!方面)((?:[A-Z][A-Za-z0-9&]{0,11})?[一-鿿]{2,8}?|[A-Z][A-Za-z0-9&]{1,11}(?=[，,]))(?=${COMPANY_CLAUSE_NEXT.source.slice(1)})`, "gu");
/** The most characters of a Chinese name given with a code alone in brackets (中国平安（2318）, 阿里巴巴（BABA）). */
const CODE_NAME_LENGTH = 6;
/** What may stand right before a company named at the head of its clause: punctuation, a space, a line's start. */
const CLAUSE_HEAD = /[，,；;：:。、\s\n]$/u;
/** A peer word read into the front of a Chinese name (同业台晖电子): not part of the name. */
const PEER_WORD_FIRST = new RegExp(`^${wordsPattern(PEER_WORDS.filter((word) => !/^[a-z]/.test(word)))}`, "u");
/** RIVAL_NAMED's peer words anywhere, read as it reads them: a passage without one needs no try of that long pattern at each of its characters. */
const LATIN_PEER_WORD = new RegExp(wordsPattern(PEER_WORDS.filter((word) => /^[a-z]/.test(word)), "none", " "), "iu");

/** Every match of a global pattern, as matchAll gives them, without the copy of the pattern matchAll makes on each call (for a long pattern, per figure, a cost of its own). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/**
 * A company the taxonomy does not know that a sentence introduces before its figure and that is not the
 * article's: named with its Latin name or code in brackets (同业台晖电子（Taihui Electronics）, 阿里巴巴（BABA）)
 * or named as a rival at the head of a clause ("Rival Narmada Cements posted…"). The last one before the figure.
 */
export function introducedPeer(passage: string, subjectNames: readonly string[], inName: (start: number, end: number) => boolean = () => false): NewEntity | undefined {
  let found: NewEntity | undefined;
  let foundAt = -1;
  // (No bracket, no company named with one: the pattern is not run.)
  for (const match of passage.includes("(") || passage.includes("（") ? allMatches(CJK_NAME_THEN_BRACKET, passage) : []) {
    // "每股美国存托股（ADS）收益": a bracket inside a metric's or a business's own words is no company's.
    if (inName(match.index, match.index + match[0].length)) continue;
    // "受惠对高频宽记忆体（HBM）需求": a bracket of capitals alone glosses a term as often as it gives a
    // code; it names a company only at the head of its clause (阿里巴巴（BABA）…, ，京东（JD）…).
    const named = match[1]!.replace(PEER_WORD_FIRST, "");
    if (!/[a-z]/.test(match[2]!)) {
      // The run of Chinese characters right before the bracket must open its clause (or follow a peer word).
      const nameEnd = match.index + match[1]!.length;
      let runStart = nameEnd;
      while (runStart > 0 && /[\u4e00-\u9fff]/u.test(passage[runStart - 1]!)) runStart--;
      // A company's name is a few characters (阿里巴巴, 京东); a longer run is a clause that glosses a term.
      const run = passage.slice(runStart, nameEnd);
      const name = run.replace(PEER_WORD_FIRST, "");
      if (name.length > CODE_NAME_LENGTH || (runStart > 0 && !CLAUSE_HEAD.test(passage.slice(runStart - 1, runStart)) && name === run)) continue;
    }
    // (瓦尔特·默特尔（Walter Mertl）: the last part of a foreign name written with its middle dot is a person's.)
    const company = afterMiddleDot(passage, match.index + match[1]!.length - named.length) ? undefined : bracketedCompany(named, match[2]!, "text");
    if (company) {
      found = company;
      foundAt = match.index;
    }
  }
  // (竞争对手Mevora（美沃智能）: a Latin name with its Chinese name, and perhaps its code, in brackets.)
  for (const match of passage.includes("（") || passage.includes("(") ? allMatches(LATIN_THEN_CJK_BRACKET, passage) : []) {
    const entity = match.index > foundAt ? latinWithChineseName(match, "text") : undefined;
    if (!entity) continue;
    found = entity;
    foundAt = match.index;
  }
  // 同業永盛飲食集團上月公布…, 同行业公司锦川化学日前披露…: a peer word, then a name up to the verb or the time word after it.
  for (const match of allMatches(CJK_PEER_NAMED, passage)) {
    const name = match[1]!;
    // (The peer word must not be inside a metric's or a business's words; the name may hold one: 凌步国际's 国际.)
    if (inName(match.index, match.index + match[0].length - name.length) || match.index <= foundAt) continue;
    found = entityFor(name, undefined, "text", false);
    foundAt = match.index;
  }
  // (The last rival before the figure: "Rival Dollar Tree's margin rose…, and rival Pellbrook's revenue rose 6%".)
  const rival = LATIN_PEER_WORD.test(passage) ? (allMatches(RIVAL_NAMED, passage).at(-1) ?? null) : null;
  // The pattern reads the peer word in any case, and so the name's words too: the name is its capitalised ones.
  // ("Rival Dollar Tree's same-store sales…": the possessive is no part of the name.)
  const rivalName = rival ? trimName(rival[1]!.split(" ").filter((_, at, words) => words.slice(0, at + 1).every((each) => /^[A-ZÀ-Þ]/.test(each))).join(" ").replace(/['’]s$/, "")) : "";
  if (rivalName && (!found || passage.lastIndexOf(rivalName) > foundAt)) found = entityFor(rivalName, undefined, "text", false);
  // ("In Abu Dhabi, Aldar Properties rose 2.2% after posting…": a name closed by a company's own word,
  // the lexicons' firm_name_end, at the head of a clause before its verb, is a company's.)
  const firm = FIRM_WORD_IN.test(passage) ? allMatches(FIRM_OPENING_CLAUSE, passage).at(-1) : undefined;
  if (firm && (!found || firm.index > foundAt) && (!rivalName || firm.index > passage.lastIndexOf(rivalName))) found = entityFor(trimName(firm[1]!), undefined, "text", false);
  if (!found) return undefined;
  const names = [found.name, found.latinName, found.ticker].filter((name): name is string => name !== undefined);
  if (subjectNames.some((known) => names.some((name) => sameCompanyName(name, known)))) return undefined;
  return found;
}

/** The lexicons' `firm_name_end` words that are no legal form (Properties, Bank, Airlines; not Ltd, Inc), capitalised: a story writes its own company's formal name, with its form, and a peer's by its plain one. */
const FIRM_WORDS_NOT_FORMS = placedWords("firm_name_end", { language: "en" })
  .filter((word) => !placedWords("legal_form", { language: "en" }).includes(word))
  .map((word) => word[0]!.toUpperCase() + word.slice(1));
/** A name of up to four capitalised words closed by one of FIRM_WORDS_NOT_FORMS ("Aldar Properties"). */
export const FIRM_NAME = String.raw`[A-Z][\p{L}&'’.-]*(?:\s[A-Z][\p{L}&'’.-]*){0,3}\s${wordsPattern(FIRM_WORDS_NOT_FORMS, "both")}`;
/** "In Abu Dhabi, ": a place a clause opens on before its subject. */
export const PLACE_LEAD_IN = String.raw`In\s[A-Z][\p{L}]*(?:\s[A-Z][\p{L}]*)?,\s`;
/** FIRM_NAME at the head of a clause (after PLACE_LEAD_IN at most), then its verb. */
const FIRM_OPENING_CLAUSE = new RegExp(String.raw`(?:^|[.;:]\s|\n)\s*(?:${PLACE_LEAD_IN})?(${FIRM_NAME})(?=,?\s[a-z])`, "gu");
/** One of FIRM_WORDS_NOT_FORMS anywhere: a passage without one needs no try of FIRM_OPENING_CLAUSE. */
const FIRM_WORD_IN = new RegExp(`\\s${wordsPattern(FIRM_WORDS_NOT_FORMS, "both")}`, "u");
/** "Acme Robotics Inc.", "Acme Holdings Ltd", "Acme Corp". */
/** A capitalised word of a name that ends no sentence: a full stop only inside it ("U.S", "Co.Ltd"), so "Wednesday. Corvane Aviation Ltd" is no name. */
const NAME_WORD_IN_SENTENCE = String.raw`[A-ZÀ-Þ](?:[A-Za-zÀ-ÿ0-9&'’-]|\.(?=[A-Za-zÀ-ÿ]))*`;
const NAME_WITH_SUFFIX = new RegExp(String.raw`(${NAME_WORD_IN_SENTENCE}(?:\s${NAME_WORD_IN_SENTENCE}){0,3})\s(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|Holdings|PLC|plc|AG|SE|NV|SA|Co)\b\.?`, "u");
/** A word for a company's kin in its group (the lexicons' `group_kin`: parent, listed subsidiary, 母公司) right before a name, in normalised (simplified) text. */
export const KIN_BEFORE = new RegExp(`(?:\\b${wordsPattern(placedWords("group_kin", { language: "en" }), "both")}\\s|${wordsPattern(placedWords("group_kin", { language: "zh" }))})$`, "iu");
/** "阿尔法科技股份有限公司", "贝塔控股有限公司". */
const CJK_WITH_SUFFIX = /([\u4e00-\u9fff]{2,12}?)(?:股份有限公司|有限公司|集团|集團|控股)/u;
/** Number words that open a headline ("Five stocks to watch"), or, before a name's word, a name ("Five Below"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six"]);
/** Words that open a headline but name no company. */
const NOT_A_NAME = new Set(["there", "here", "this", "that", "these", "those", "it", "its", "they", "we", "he", "she", "i", "you", "in", "on", "at", "for", "with", "from", "by", "amid", "the", "a", "an", "two", "three", "four", "five", "six", "several", "both", "all", "some", "many", "wall", "why", "how", "what", "stock", "stocks", "shares", "earnings", "update", "breaking", "exclusive", "analysis", "market", "markets", "us", "u.s.", "q1", "q2", "q3", "q4", "fy", "is", "are", "will"]);
/** Lower-case plural nouns for a trade's companies (the lexicons' English `kind_of_firm`), after a word that then names the trade ("Pump makers"). */
const TRADE_PLURAL = new RegExp(`^${wordsPattern(placedWords("kind_of_firm", { language: "en" }))}[,:;]?$`);
/** A broker's or a research house's name (the lexicons' `broker_name_end`) and a colon opening a headline. */
const BROKER_BEFORE_COLON = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,8}|(?:[A-Z][\\w&.-]*\\s){1,3})${wordsPattern(placedWords("broker_name_end"), "none")}\\s?[:：]\\s?`, "iu");
/**
 * A research house (the lexicon's `analyst_house`, or a name closed by a broker's word, "Pellam Securities")
 * opening a headline, then a verb of revising a view (the lexicon's `revision`, or a rating's verb); or
 * any name of one to three words before "upgrades", "downgrades" or "initiates coverage of", which only
 * a house does ("Peel Hunt upgrades Kestrel Homewares to buy").
 */
const HOUSE_REVISING_OPENING = new RegExp(`^(?:${wordsPattern(cueWords("analyst_house", "en"), "both", " ")}|(?:[A-Z][\\w&.-]*\\s){1,3}${wordsPattern(placedWords("broker_name_end", { language: "en" }), "none")})\\s(?:${wordsPattern(placedWords("revision", { language: "en" }), "both")}|upgrades|downgrades|initiates|starts|resumes|reiterates|rates)\\s(?:coverage\\s(?:of|on)\\s)?|^(?:[A-Z][\\w&.-]*\\s){1,3}(?:upgrades|downgrades|initiates\\scoverage\\s(?:of|on))\\s(?=[A-Z])`, "i");
/** Words that open a clause, never a name ("When …", "After …"). */
const CLAUSE_OPENER: ReadonlySet<string> = new Set(["when", "while", "after", "since", "although", "though", "because", "before", "until", "once", "as", "if", "despite", "why", "how", "what", "here's", "here’s", "is", "should", "can", "will", "does"]);
/** After a person's name: a role of a company, then "of" ("became chief executive of", ", finance director of"). */
const PERSON_ROLE_OF = new RegExp(`^(?:'s|’s)?,?\\s(?:(?:became|becomes|is|was|has been|had been|the|its|a|former|new|group|finance|chief|deputy|managing|acting|vice)\\s){0,3}${wordsPattern(placedWords("role", { language: "en" }), "both")}(?:\\s[a-z]+){0,2}\\sof\\s`, "i");
/** A results headline's words after the company: its verbs, its periods, its metrics. */
const HEADLINE_STOP = /^(?:'s|’s|reports?|reported|posts?|posted|beats?|misses|missed|tops?|raises?|cuts?|lifts?|sees|says|shares?|stock|revenue|sales|profit|earnings|net|quarterly|is|are|was|were|has|have|had|gets?|getting|jumps?|rises?|falls?|slides?|sinks?|soars?|surges?|plunges?|drops?|climbs?|gains?|loses?|expects?|warns?|hits?|boosts?|slows?|grows?|and|in|on|at|to|for|with|after|as|amid|q[1-4]|first|second|third|fourth|fiscal|full|annual|q[1-4]|fy\d*|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d.*)$/i;
/** In a Chinese headline the company comes first, then its period or its metric. */
// (A weekday after the name, 恒岳精机周三公布, closes it: 周 is no name's last character there.)
/** What follows a name opening a Chinese headline: a colon or bar, a weekday, a period, a metric's or a verb of results' word. */
const AFTER_CJK_HEADLINE_NAME = /(?=\s?[：:｜|]|[绩績]后|[绩績]後|收市[后後]|收[盘盤][后後]|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|\d|[一二三四第去今前上下全首本Qq]|年(?:营|收|度|净|利|销)|20\d\d|财年|財年|季度|营收|營收|收入|净利|淨利|纯利|純利|盈利|利润|利潤|股价|股價|业绩|業績|财报|財報|公布|公佈|发布|發布|宣布|录得|錄得|获利|獲利|亏损|虧損|转亏|轉虧|市值|中期|中[报報]|半年|多[赚賺]|少[赚賺]|扭[亏虧]|派息|末期|同店|股[东東]应|股[东東]應|[经經]营|[盈亏虧]转|[盈虧]轉|[发發](?:预|預|盈|布|佈|出)|预[亏增减告]|預[虧增減告]|[拟擬]|每(?=\d|[十股])|[将將](?![军軍])|[预預]计|[计計][划劃]|表示)/u;
const CJK_HEADLINE = new RegExp(`^([\\u4e00-\\u9fff]{2,8}?)${AFTER_CJK_HEADLINE_NAME.source}`, "u");
/** A Latin name opening a Chinese headline, before the same words: "Corvell第三季度营收增长12%". */
const LATIN_NAME_IN_CJK_HEADLINE = new RegExp(`^([A-Z][A-Za-z0-9&.-]*(?:\\s[A-Z][A-Za-z0-9&.-]*){0,2})\\s?(?=[\\u4e00-\\u9fff]|Q[1-4])${AFTER_CJK_HEADLINE_NAME.source}`, "u");

/** A word for a results meeting (the lexicon's `meeting`) closing a bracketed label: 〈柯維爾法說〉. */
const MEETING_AT_END = new RegExp(`(?:${wordsPattern(placedWords("meeting", { language: "zh" }))})$`, "u");
/** A Chinese name opening a headline right before a word for a results meeting (the lexicon's `meeting`: 法说会, 业绩会). */
const MEETING_HEADLINE = new RegExp(`^([\\u4e00-\\u9fff]{2,8}?)(?=${wordsPattern(placedWords("meeting", { language: "zh" }))})`, "u");
/** The name MEETING_HEADLINE reads, in a headline of either script (as CJK_HEADLINE's match: the name is its group 1). */
function meetingHeadline(text: string): RegExpExecArray | null {
  // (A name of eight characters at most and a meeting's word of six: only the opening is read, and only
  // one that holds a meeting word's last character is converted.)
  const opening = text.slice(0, 16);
  if (!/[会會议議日说說]/u.test(opening)) return null;
  const simplified = toSimplified(opening);
  if (simplified.length !== opening.length) return null;
  const found = MEETING_HEADLINE.exec(simplified);
  if (found) found[1] = text.slice(0, found[1]!.length);
  return found;
}

/** A count of firms (三家, 两家, 多家): the words before it name a trade's companies. */
const COUNT_OF_FIRMS = /^\s?[一二两兩三四五六七八九十几幾多数數]+[家间間]|[一二两兩三四五六七八九十几幾多数數][家间間]$/u;
/** Characters a Chinese company's name does not start with (periods, pronouns, prepositions, a count of firms: 三家, 多家), holds (的), or roles, rubrics and metrics a headline opens with (首席执行官：, 快讯：, 派息…), or ends with (a preposition, 派息兩倍於去年). */
const NOT_A_CJK_NAME = /^[一二两兩三四五六七八九十几幾多数數][家间間个個只隻位]|^(?:单季|單季|单月|單月|首季|全年|即)|^(?:[一二三四](?:季|财季|財季)|前三季|[上下]半|半年|年[报報]|中[报報]|季[报報]|年度|[财財]年|本季)|^[第本上下今去前明该該此这這以在据據截其而但和与與由对對从從自将將已因为為是有共合总總各每近约約超逾达達]|^全(?=[年球部体體面国國市])|[的之]|子公司|母公司|股东|股東|^(?:首席|总裁|總裁|董事长|董事長|总经理|總經理|分析师|分析師|记者|記者|编辑|編輯|消息|快讯|快訊|独家|獨家|重磅|观点|觀點|研报|研報|专访|專訪|财报|財報|业绩|業績|市场|市場|行业|行業|投资者|投資者|港股|美股|A股|母企|旗下|随着|隨著|伴随|伴隨|受益|得益|面对|面對|针对|針對|虽然|雖然|尽管|儘管|随后|隨後|派息|股息|营收|營收|净利|淨利|纯利|純利|盈利|毛利|收入|销量|銷量)|[于於较較比]$/u;

/** A wire's rubric before a headline's name, in capitals (the lexicon's `rubric`): "BRIEF-Banco Serrano…", "UPDATE 2-Acme…". */
const WIRE_RUBRIC = new RegExp(`^${wordsPattern(placedWords("rubric", { language: "en" }).map((word) => word.toUpperCase()), "both")}(?:\\s\\d+)?\\s?-\\s?`);

/** A Chinese headline's opening label before a bar or a colon (a few characters), and the zh lexicon's `rubric` labels it may be, simplified. */
const ZH_RUBRIC = /^([\u4e00-\u9fff]{2,4})\s?[|｜丨:：]\s?/u;
const ZH_RUBRICS: ReadonlySet<string> = new Set(placedWords("rubric", { language: "zh" }));
const ZH_RUBRIC_ENDS: readonly string[] = [...ZH_RUBRICS].filter((rubric) => rubric.length >= 2);
/** A label that is a rubric, or ends with one of two characters or more (存股日记: a diary's, 日记; 个股点评). */
const isZhRubric = (label: string): boolean => ZH_RUBRICS.has(label) || ZH_RUBRIC_ENDS.some((rubric) => label.endsWith(rubric));

/** A page's rubric, one to three of its words, before a colon or a dash, in any case (the lexicon's `rubric`): "Preview: Sentorix expected to…", "Results analysis: …", "Results preview — …". */
const RUBRIC_COLON = new RegExp(`^${wordsPattern(placedWords("rubric", { language: "en" }), "both")}(?:\\s${wordsPattern(placedWords("rubric", { language: "en" }), "both")}){0,2}\\s?(?:[:：]|\\s[—–-])\\s?`, "i");

/** A region's name alone (the lexicons' English `region`: Taiwan, China, Europe), by lower case. */
const REGION_NAME: ReadonlySet<string> = new Set(placedWords("region", { language: "en" }));
/** A region's name alone in Chinese (the lexicons' Chinese `region`: 中国, 北美, 欧洲), simplified. */
const REGION_NAME_ZH: ReadonlySet<string> = new Set(placedWords("region", { language: "zh" }).map((word) => toSimplified(word)));
/** A region in the possessive opening a passage (the lexicons' `region`): "Japan's ", "South Korea's ". */
/** A company and a word for a party to its trade before the name a headline is about: "蘋果鏡頭模組供應商", "Apple supplier ". */
const PARTNER_OPENING = new RegExp(`^(?:[\\u4e00-\\u9fffA-Za-z、&/]{1,16}?(?:${wordsPattern(PARTNER_WORDS.filter((word) => !/^[a-z]/.test(word)))})|(?:[A-Z][\\w&'’.-]*\\s){1,3}(?:[a-z]+\\s)?(?:${wordsPattern(PARTNER_WORDS.filter((word) => /^[a-z]/.test(word)), "none", " ")})\\s)(?=[A-Z\\u4e00-\\u9fff])`, "u");
const TRADE_OPENING = new RegExp(`^(?:[A-Z][a-z]+\\s)?${TRADE_BEFORE_NAME_WORDS}\\s(?=[A-Z])`);
const REGION_POSSESSIVE = new RegExp(`^${wordsPattern([...REGION_NAME].sort((a, b) => b.length - a.length), "none", " ")}['’]s\\s`, "i");

/** A country's or place's one character and a word for a maker or a firm before a Chinese name: 日廠, 台厂, 陆企, 美商 (a name of two characters or more after it). */
const REGION_FIRM_BEFORE_NAME = /^(?:台|日|陆|陸|美|韩|韓|欧|歐|港|德|法|英|印|泰|越|星)(?:厂|廠|企|商)(?=[\u4e00-\u9fff]{2})/u;

/** Of the kind_of_firm words, those for one firm (厂, 厂商, 企业, 巨头, 龙头, 业者), not a stock's, a group's or a brand's. */
const FIRM_KIND = /^(?:厂|厂商|企业|巨头|龙头|业者)$/u;
/**
 * A country, a trade and a word for a kind of firm before a Chinese name: 日本设备厂千川精机, 美国芯片厂商锐川科技,
 * 韩国电池巨头… (the zh lexicon's `region` words, then up to six characters, then a `kind_of_firm` word that
 * names a company: 厂, 厂商, 大厂, 企业, 巨头, 龙头, 业者): they say what the company is, and are no part of its name.
 */
const REGION_TRADE_FIRM_BEFORE_NAME = new RegExp(`^(?:${wordsPattern([...REGION_NAME_ZH].sort((a, b) => b.length - a.length), "none")})[\\u4e00-\\u9fffA-Za-z]{0,6}?(?:${wordsPattern(["大厂", ...placedWords("kind_of_firm", { language: "zh" }).filter((word) => FIRM_KIND.test(word))].sort((a, b) => b.length - a.length), "none")})(?=[\\u4e00-\\u9fff]{2})`, "u");

/**
 * The company a passage opens with or names with a ticker, when it is not a word the taxonomy knows;
 * never a stock exchange written as the market ("ASX closes lower", "On the TSX,", 港交所上市的).
 */
export function unknownCompany(passage: string, foundIn: string): NewEntity | undefined {
  const found = openingCompany(passage, foundIn);
  if (!found || !writtenAsMarket(passage, found.name)) return found;
  // ("恒指跌200點 東方海外績後升5%", "ASX closes lower as Tarrow Minerals jumps": the market's clause
  // opens the passage; the company, if any, opens the clause after it.)
  // (Read as a lead's clause, from its opening only: a headline's later phrase, 大行指本地消費見底, is
  // not looked for there.)
  const rest = passage.slice(passage.indexOf(found.name) + found.name.length);
  const next = MARKET_CLAUSE_END.exec(rest);
  const company = next ? openingCompany(rest.slice(next.index + next[0].length), "lead") : undefined;
  return company && !writtenAsMarket(rest.slice(next!.index + next![0].length), company.name) ? { ...company, foundIn } : undefined;
}

/** Where a market's clause ends and the next opens: a comma or a semicolon, a Chinese headline's space, or "as", "while", "and", "but". */
const MARKET_CLAUSE_END = /[，,；;、。]\s*|(?<=[\p{Script=Han}\d%％點点])\s+(?=\p{Script=Han})|\s(?:as|while|and|but)\s/u;

/** The lexicons' `exchange` words (TSX, the ASX, 港交所), in lower case and simplified characters. */
const EXCHANGE_NAMES: ReadonlySet<string> = new Set(placedWords("exchange"));
/**
 * What follows an exchange's name where the text means the market, not the company that runs it: an
 * index's number (ASX 200), a session's or a price's move ("closes lower", "edged up"), "-listed",
 * an index's word, or the Chinese for listed on it, its close or its move (上市, 收市, 收涨; read in
 * simplified characters). Not 收市后, "after the close", when a company reports.
 */
const MARKET_AFTER_EXCHANGE = new RegExp(String.raw`^(?:\s?\d|-listed\b|\s(?:closes|closed|ends|ended|opens|opened|finishes|finished|edges|extends|trading|session|index|composite|benchmark|${wordsPattern(placedWords("price_moves", { language: "en" }), "none")})\b|\s?(?:上市|挂牌|掛牌|(?:收市|收盘|收盤)(?![后後])|开盘|開盤|指数|指數|${wordsPattern(placedWords("price_moves", { language: "zh" }), "none")}))`, "iu");
/** A possessive, a word or two, then a word for a market ("Toronto's main index", "Tokyo's bourse"): the place's market, not a company. */
const MARKET_AFTER_POSSESSIVE = /^(?:'s|’s)\s(?:[a-z-]+\s){0,2}?(?:index|indices|indexes|bourse|stock exchange|exchange|stock market|market|benchmark)\b/i;

/** Whether `name`, as `passage` writes it, is a stock exchange standing for the market, or a place owning a market's index. */
function writtenAsMarket(passage: string, name: string): boolean {
  const at = passage.indexOf(name);
  if (at < 0) return false;
  const after = passage.slice(at + name.length, at + name.length + 40);
  if (MARKET_AFTER_POSSESSIVE.test(after)) return true;
  // (Converted to simplified characters only for a Chinese name: opencc's walk is slow, and this is read
  // for every name found.)
  const chinese = /\p{Script=Han}/u.test(name);
  const compared = chinese ? toSimplified(name) : asciiLower(name).replace(/^the\s/, "");
  // (沪指涨0.5%: a stock index's name run into its move is the market's, read as one name.)
  if (chinese && CJK_INDEX_OPENING.test(compared)) return true;
  return EXCHANGE_NAMES.has(compared) && MARKET_AFTER_EXCHANGE.test(/\p{Script=Han}/u.test(after) ? toSimplified(after) : after);
}

/** A Chinese stock index's name (the zh lexicon's `stock_index`) opening a name. */
const CJK_INDEX_OPENING = new RegExp(`^(?:${wordsPattern(placedWords("stock_index", { language: "zh" }), "none")})`, "u");

/** unknownCompany's reading, before a market's name is set aside. */
function openingCompany(passage: string, foundIn: string): NewEntity | undefined {
  const opened = passage
    .replace(/^[\s#>*|-]+/, "")
    // A column's label before a bar or a colon (the zh lexicon's \`rubric\`): 深度｜, 快讯：, 美股異動|.
    .replace(ZH_RUBRIC, (label, word: string) => (isZhRubric(toSimplified(word)) ? "" : label))
    // A page's label in brackets before the headline: 〈財報〉, 【快讯】, ［独家］; but a name and its meeting in
    // brackets (〈柯維爾法說〉) is the headline's name, read as if unbracketed.
    .replace(/^[【〈［\[]([\u4e00-\u9fff]{1,8})[】〉］\]]\s?/u, (_label, inner: string) => (MEETING_AT_END.test(toSimplified(inner)) ? inner : ""))
    // A column's rubric before a colon: 盈喜盈警速遞：, 港股收評：, 業績一覽：.
    .replace(/^[\u4e00-\u9fff]{0,6}(?:速递|速遞|汇总|匯總|一览|一覽|收评|收評|早报|早報|晚报|晚報|要闻|要聞|盘点|盤點)\s?[|｜:：]\s?/u, "")
    // A wire's rubric before the name: "BRIEF-Banco Serrano…", "UPDATE 2-Acme…", "Preview: Sentorix…".
    .replace(WIRE_RUBRIC, "")
    .replace(RUBRIC_COLON, "")
    // A headline's opening verb is not the company: 拆解…, 解读…, 一文看懂…, 一张表看懂…, 一次看懂…, 三分钟读懂…,
    // 数读…, 数字看… (in numbers), 三問… (three questions for).
    .replace(/^(?:拆解|解读|解讀|详解|詳解|点评|點評|揭秘|速览|速覽|数读|數讀|数字看|數字看|数说|數說|图解|圖解|速读|速讀|专访|專訪|[一二三四五六七八九十\d]{1,2}(?:问|問)|(?:一文|一次|一篇|[一二三五十\d]{1,2}分(?:钟|鐘)|(?:一张|一張|一)?(?:图|圖|表))(?:看懂|读懂|讀懂|搞懂|解读|解讀)|深度)\s?/u, "")
    // A quotation a headline opens with before a colon ("'We grew cloud revenue 30%': Norvane's chief…").
    .replace(/^['"‘“][^'"’”]{2,160}['"’”]\s?[:：]\s?/u, "")
    // A broker's name before a colon (华瀚证券：沐禾食品三季报点评): its note, about the company after it.
    .replace(BROKER_BEFORE_COLON, "")
    // A research house revising its view ("Jefferies lifts Whitbread target…", "UBS cuts Kestrel to
    // neutral"): its note, about the company after the verb.
    .replace(HOUSE_REVISING_OPENING, "")
    // "Japan's Hidaka Seiki lifts…": a country in the possessive says where the company is, and is no name;
    // so does a country's one character before a word for a maker or a firm (日廠郷森電機, 台厂, 陆企, 韩商).
    .replace(REGION_POSSESSIVE, "")
    .replace(REGION_FIRM_BEFORE_NAME, "")
    .replace(REGION_TRADE_FIRM_BEFORE_NAME, "")
    // "Chipmaker Tolvane beats…", "British housebuilder Brackmoor Homes said": the trade before a name (a
    // country's word before it at most) is no part of it.
    .replace(TRADE_OPENING, "");
  // "蘋果鏡頭模組供應商LG Innotek…", "Apple supplier Luxwin…": a partner in trade before the name is none
  // of it (read in simplified characters, as the lexicon writes its words).
  const text = opened.slice(PARTNER_OPENING.exec(toSimplified(opened))?.[0].length ?? 0);
  // "Zara owner Inditex…", "Swagly and TideTable owner Corrowong lifts profit", "Google parent Alphabet":
  // brands before a word for their owner name the owner's brands; the company is the name after it.
  const owner = BRANDS_OWNER.exec(text) ?? GROUP_BEFORE_UNDER.exec(text);
  if (owner) return unknownCompany(text.slice(owner[0].length), foundIn);
  const bracketed = bracketIntroduced(text, foundIn);
  if (bracketed && !NOT_A_CJK_NAME.test(bracketed.name)) return bracketed;
  const ticked = NAME_THEN_TICKER.exec(text);
  if (ticked) {
    // (這家廠商是晶鋐科技（6937）: the clause's words before a Chinese name are no part of it.)
    const written = trimName(ticked[1]!);
    const name = /\p{Script=Han}/u.test(written) ? nameAfterClauseWords(written) : written;
    if (name.length >= 2) return entityFor(name, ticked[2], foundIn, true);
  }
  const suffixed = NAME_WITH_SUFFIX.exec(text) ?? CJK_WITH_SUFFIX.exec(text);
  // ("Ostraven Marine's orders carry parent Ostraven Holdings…": a name after a word for the company's
  // kin in its group is that other company; the headline's own opening name comes first.)
  if (suffixed && !KIN_BEFORE.test(text.slice(0, suffixed.index))) {
    const name = trimName(suffixed[1]!);
    // (母企伟升集团: a role before the name — parent, subsidiary — is not the name, and the headline's own opening name comes first.)
    if (name && !NOT_A_CJK_NAME.test(name)) return entityFor(name, undefined, foundIn, true);
  }
  // (嶺先電子法說會即時：…: a name run into a word for the results meeting, whatever follows it.)
  const cjk = meetingHeadline(text) ?? CJK_HEADLINE.exec(text);
  // (光伏三家三季报, 风电整机两家: a count of firms after the opening words makes them a trade, not a name.)
  if (cjk && !NOT_A_CJK_NAME.test(cjk[1]!) && !COUNT_OF_FIRMS.test(cjk[1]!) && !COUNT_OF_FIRMS.test(text.slice(cjk[1]!.length))) return entityFor(cjk[1]!, undefined, foundIn, false);
  // ("Corvell第三季度营收增长12%": a Latin name opening a Chinese headline before the same words.)
  const latin = /\p{Script=Han}/u.test(text) ? LATIN_NAME_IN_CJK_HEADLINE.exec(text) : null;
  if (latin && latin[1]!.length >= 2 && !NOT_A_COMPANY.test(latin[1]!) && !HEADLINE_STOP.test(latin[1]!)) return entityFor(latin[1]!, undefined, foundIn, false);
  // ("FTSE 250 edges up as builders' merchant leads": a headline opening on an index names no company there.)
  if (STOCK_INDEX_OPENING.test(text)) return undefined;
  const words = text.split(/\s+/);
  const name: string[] = [];
  for (const [index, raw] of words.entries()) {
    const word = raw.replace(/[,:;!?"“”]+$/, "");
    // ("When Marta Lindqvist became chief executive of…": a word that opens a clause is no part of a name.)
    // (Nor a question's: "Why Galmor Semiconductor stock is soaring", "Here's why Cindral…".)
    if (index < 2 && name.length === 0 && CLAUSE_OPENER.has(word.toLowerCase())) continue;
    const possessive = /(?:'s|’s|s'|s’)$/.test(word);
    const bare = word.replace(/(?:'s|’s)$/, "").replace(/(?<=s)['’]$/, "");
    // ("Bank of Kestrel", "National Bank of Canada": "of" after a bank's or a corporation's word goes on with
    // the capitalised name after it.)
    if (bare === "of" && word === raw && name.length > 0 && OF_NAME_HEAD.test(name[name.length - 1]!) && /^[A-ZÀ-Þ][a-zà-ÿ]/.test(words[index + 1] ?? "")) {
      name.push(bare);
      continue;
    }
    // "Harlow & Finch": an ampersand joins the name's words.
    if (bare === "&" && name.length > 0 && word === raw) {
      name.push(bare);
      continue;
    }
    // "Kochi-based Malabar Union Bank", "Nasdaq-listed Lianqiao": where it is based or listed is no part of the name.
    if (name.length === 0 && /^[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*-(?:based|listed|headquartered|registered)$/.test(bare)) continue;
    // ("Factory-automation makers: …": a capital, then a hyphen and a lower-case word, is a trade's compound, not a name.)
    // ("Five Below beats…", "Three Squirrels lifts…": a number word before a capitalised word that is no
    // trade's plural opens a name; "Five stocks to watch", "Three Banks report" open none.)
    const next = words[index + 1]?.replace(/[,:;!?"“”]+$/, "") ?? "";
    const opensName = NUMBER_WORDS.has(bare.toLowerCase()) && /^[A-ZÀ-Þ][a-zà-ÿ]/.test(next) && !TRADE_PLURAL.test(next.toLowerCase()) && !HEADLINE_STOP.test(next) && !NOT_A_NAME.has(next.toLowerCase());
    if (!/^[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.-]*$/.test(bare) || HEADLINE_STOP.test(bare) || (name.length === 0 && NOT_A_NAME.has(bare.toLowerCase()) && !opensName) || /^[A-Z][a-z]+-[a-z]/.test(bare)) break;
    name.push(bare);
    if (possessive || word !== raw || name.length === 4) break;
  }
  while (name[name.length - 1] === "&") name.pop();
  // "Marta Lindqvist became chief executive of Norvane Technologies", "Ian Pell, finance director of
  // Tavora Foods,": a name before a role of a company is a person's; the company is the one after "of".
  const afterName = name.length > 0 ? text.slice(text.indexOf(name[name.length - 1]!) + name[name.length - 1]!.length) : "";
  const role = PERSON_ROLE_OF.exec(afterName);
  if (role) return unknownCompany(afterName.slice(role.index + role[0].length), foundIn);
  // ("Pump makers: …", "Chip stocks slide", "Southeast Asian banks: results in brief": words before a
  // plural trade noun name the trade, not a company.)
  // (Unless the word is the headline's verb, an object after it: "Mallee Ridge banks the copper windfall".)
  if (name.length > 0 && TRADE_PLURAL.test(words[name.length] ?? "") && !/^(?:the|a|an|its|their|record|another|more|big|bigger|strong)$/i.test(words[name.length + 1] ?? "")) return undefined;
  // ("Taiwan tech monthly sales: October roundup": a region alone, the lexicons' `region`, names no company.)
  if (name.length > 0 && words.length > name.length && !REGION_NAME.has(name.join(" ").toLowerCase())) return entityFor(name.join(" "), undefined, foundIn, false);
  // "旅客回流 雲璽Q3獲利年增逾三成": a Chinese headline's phrases are parted by spaces, and the one
  // naming the company may come second.
  const rest = foundIn === "title" && /^[\u4e00-\u9fff]+\s/u.test(text) ? text.slice(text.search(/\s/) + 1).trimStart() : "";
  if (rest) {
    const later = CJK_HEADLINE.exec(rest);
    if (later && !NOT_A_CJK_NAME.test(later[1]!)) return entityFor(later[1]!, undefined, foundIn, false);
  }
  return undefined;
}

/** A name's word that "of" and a place or a name may follow within the name: "Bank of Kestrel", "Royal Bank of Canada". */
const OF_NAME_HEAD = /^(?:Bank|Banco|Bancorp|Corporation|Company|Trust|Insurance|Assurance|Society)$/;
/** Capitalised names (brands), joined by "and", "&" or commas, then a word for their owner, before a capitalised name. */
/** A Chinese group's name, then 旗下 (under it), before the name of the company it owns: 恒駿控股旗下恒駿物業中期純利升…. */
export const GROUP_BEFORE_UNDER = /^[\u4e00-\u9fff]{2,12}?旗下(?=[\u4e00-\u9fff]{2})/u;
const BRANDS_OWNER = /^(?:[A-Z][\w&'’.-]*(?:,|\sand|\s&)?\s){1,8}(?:owner|owners|parent|operator|publisher)\s(?=[A-Z])/;

function trimName(name: string): string {
  // ("Shares of Galmor Semiconductor (NASDAQ: GLMR)": the shares are the company's, not part of its name.)
  // ("Mainboard-listed Bintara Holdings", "Kochi-based …": where it is listed or based is no part of it either.)
  // ("Sarthwell Microdevices Inc. (NASDAQ: SRWL)": nor is its legal form, as a Chinese name's 股份有限公司 is not.)
  return name.replace(/^(?:the\s)?(?:shares|stock)\s(?:of|in)\s/i, "").replace(/^(?:The|the)\s/, "").replace(/^[A-ZÀ-Þ][A-Za-zÀ-ÿ.]*-(?:based|listed|headquartered|registered)\s(?=[A-Z])/, "").replace(/[\s,.]+$/, "").replace(LATIN_LEGAL_FORM_END, "").trim();
}
/** A Latin legal form closing a company's name ("Inc", "Corp", "Ltd", "PLC"): the name it goes by is without it. */
export const LATIN_LEGAL_FORM_END = new RegExp(`,?\\s${LEGAL_FORM}$`);

/**
 * Whether two ways of writing a company's name name one company: one holds the other (宝恒集团 and 宝恒,
 * "Harlow & Finch" and "Harlow"), compared in simplified characters and lower case.
 */
export function sameCompanyName(a: string, b: string): boolean {
  return sameComparedNames(comparedName(a), comparedName(b));
}

/** A company's name as sameCompanyName compares it: in simplified characters and lower case. */
export function comparedName(name: string): string {
  return asciiLower(toSimplified(name));
}

/** sameCompanyName on two names already as comparedName gives them (a run converts its company's names once: opencc's walk is slow). */
export function sameComparedNames(x: string, y: string): boolean {
  if (x.length < 2 || y.length < 2) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!long.includes(short)) return false;
  // (A Latin word inside another's name, neither its first nor its last, "Building" of "Brolga Building
  // Products", is not its name; "Aldama" of "Grupo Aldama" is.)
  if (/^[a-z0-9 &.'-]+$/.test(long) && !long.startsWith(short) && !long.endsWith(short)) return false;
  return true;
}

/**
 * The company a verb of holding a share names right before it ("behind Gallowmere Foods, which has
 * 23%", "Market leader Kesaria Paints still holds around 38%", 行业龙头“映川”约占38%, 行业第一的雪麓乳业份额
 * 约21%): a capitalised name (English), a quoted name, or the run of characters after a particle or a
 * comma (Chinese), up to the verb. `passage` is the text before the verb; none when no name stands there.
 */
export function holderNamed(passage: string): string | undefined {
  const english = HOLDER_EN.exec(passage);
  if (english) return english[1];
  const quoted = HOLDER_QUOTED.exec(passage);
  if (quoted) return quoted[1];
  const run = HOLDER_ZH.exec(passage)?.[1]?.replace(HOLDER_ROLE_ZH, "");
  return run !== undefined && run.length >= 2 ? run : undefined;
}
/** A rank's or a rival's words opening such a run (行业龙头, 竞争对手, 行业第一): no part of the name. */
const HOLDER_ROLE_ZH = /^.*?(?:龙头|龍頭|对手|對手|同行|同业|同業|第[一二三])/u;
/** A capitalised name of one to four words right before ", which" or the verb (and still, now). */
const HOLDER_EN = /((?:[A-Z][\w&'.-]*\s){0,3}[A-Z][\w&'.-]*)(?:,\s(?:which|that|who)\s|\s(?:(?:still|now|already)\s)?)$/;
/** A name in quotes right before the verb (龙头 or 的 between at most). */
const HOLDER_QUOTED = /[“"「『]([^”"」』]{2,12})[”"」』](?:的)?(?:市场)?$/u;
/** The run of Chinese characters (no particle: 的, 是, 在, 及) right before the verb, 份额 or 市场 between at most; a rank's words opening it are cut after. */
const HOLDER_ZH = /((?:(?![的是在及和与])[\u4e00-\u9fff]){2,10})(?:的)?(?:市场)?(?:份额)?$/u;

/** The proposed id: the ticker when it is a word, else the name's Latin letters, else a placeholder. */
export function entityFor(name: string, ticker: string | undefined, foundIn: string, strong: boolean): NewEntity {
  const latin = latinWords(name).replace(/^(\d)/, "X$1");
  // A name with no Latin letters gets an id from its characters, so two such companies never share one.
  // (A Chinese name with a listing's tag, 冠韋-KY, is named by its characters: KY names no company.)
  const tagOnly = /[\u4e00-\u9fff]/u.test(name) && latin.replace(/_/g, "").length <= 3;
  const id = ticker && /^[A-Z]/.test(ticker) ? ticker : latin.length >= 2 && !tagOnly ? latin.slice(0, 30).replace(/_+$/, "") : ticker ? `X${ticker}` : name ? `CO_${nameHash(name)}` : NO_COMPANY;
  return { id, name, ...(ticker ? { ticker } : {}), foundIn, strong };
}


/** The company the taxonomy knows by `name`, all of it one of its names as written (companyWrittenAsName), if any. */
function companyNamed(taxonomy: Taxonomy, name: string): string | undefined {
  const lower = asciiLower(normaliseText(name));
  const whole = termLexicon(taxonomy).matchAll(lower).find((match) => match.start === 0 && match.end === lower.length);
  const company = whole && firstOf(whole, "entity");
  return company !== undefined && company.id !== "MARKET" && companyWrittenAsName(name, taxonomy) ? company.id : undefined;
}

/**
 * The company the taxonomy knows that a company the text names (as a new entity) is: by its ticker
 * (knownByTicker), by its name, or by the Latin name the text gives it in brackets (日商島野（Shimano）).
 */
export function knownCompany(taxonomy: Taxonomy, entity: NewEntity): string | undefined {
  return knownByTicker(taxonomy, entity) ?? companyNamed(taxonomy, entity.name) ?? (entity.latinName !== undefined ? companyNamed(taxonomy, entity.latinName) : undefined) ?? knownByOpening(taxonomy, entity.name) ?? (entity.strong ? knownByFormalName(taxonomy, entity.name) : undefined);
}

/**
 * The one company the taxonomy knows whose English name or alias, without its legal form, is a Latin
 * name the text gives with one ("Target Corp reported…" read as Target: the taxonomy's "Target
 * Corporation"); none when two are so named.
 */
function knownByFormalName(taxonomy: Taxonomy, name: string): string | undefined {
  if (!/^[A-Za-z]/.test(name)) return undefined;
  let names = FORMAL_NAMES.get(taxonomy);
  if (!names) {
    names = new Map();
    for (const company of companyNamesOf(taxonomy).entities.values()) {
      if (company.id === "MARKET") continue;
      for (const written of new Set([company.name, ...company.aliases.en])) {
        const bare = asciiLower(written.replace(LATIN_LEGAL_FORM_END, "")).trim();
        if (bare === asciiLower(written).trim() || bare.length < 3) continue;
        const known = names.get(bare);
        names.set(bare, known === undefined || known === company.id ? company.id : null);
      }
    }
    FORMAL_NAMES.set(taxonomy, names);
  }
  return names.get(asciiLower(name).trim()) ?? undefined;
}
/** Every company's English names without their legal form, with its id (null for a name two share): made once per taxonomy. */
const FORMAL_NAMES = new WeakMap<Taxonomy, Map<string, string | null>>();

/**
 * The one company the taxonomy knows whose Chinese name a Chinese name of two characters or more opens
 * (陽明 of 陽明海運): Taiwan's and Hong Kong's papers name a company by its first characters. None when
 * two companies' names open so (長榮 of 長榮海運 and of 長榮航空).
 */
function knownByOpening(taxonomy: Taxonomy, name: string): string | undefined {
  if (!/^\p{Script=Han}{2,}$/u.test(name)) return undefined;
  const written = toSimplified(name);
  let found: string | undefined;
  for (const [known, id] of chineseNamesOf(taxonomy)) {
    if (known.length <= written.length || !known.startsWith(written) || id === found) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}
/** Every company's Chinese names, simplified, with its id: made once per taxonomy (a weak map: a taxonomy's go with it). */
function chineseNamesOf(taxonomy: Taxonomy): readonly [string, string][] {
  let names = CHINESE_NAMES.get(taxonomy);
  if (!names) {
    names = [...companyNamesOf(taxonomy).entities.values()].filter((company) => company.id !== "MARKET").flatMap((company) => [...new Set([...company.aliases["zh-Hans"], ...company.aliases["zh-Hant"]].map((alias) => toSimplified(alias)))].map((alias) => [alias, company.id] as [string, string]));
    CHINESE_NAMES.set(taxonomy, names);
  }
  return names;
}
const CHINESE_NAMES = new WeakMap<Taxonomy, [string, string][]>();

/**
 * The company the taxonomy lists with the ticker a text gives a new entity, when the text's name is one
 * of its names, their opening or an abbreviation of one (巨大 of 巨大機械, 偉易達, "Five Below"): a ticker
 * alone may be another exchange's code.
 */
export function knownByTicker(taxonomy: Taxonomy, entity: NewEntity): string | undefined {
  if (entity.ticker === undefined || entity.name.length < 2) return undefined;
  // (A taxonomy made per article adds no company with tickers: the one its names come from has them all.)
  const listed = tickersOf(companyNamesOf(taxonomy)).get(plainTicker(entity.ticker));
  if (listed === undefined) return undefined;
  // (The text's name may be a known one's short form, or the known one with more after it: 偉易達集團.)
  const same = (alias: string) => asciiLower(toSimplified(alias)) === asciiLower(toSimplified(entity.name)) || shortensName(entity.name, alias) || shortensName(alias, entity.name);
  return listed.find((id) => {
    const company = taxonomy.entities.get(id)!;
    return [company.name, ...Object.values(company.aliases).flat()].some(same);
  });
}
/** A ticker as compared: its letters in capitals, no exchange's suffix (FIVE.O, 6506.T), a code's digits without leading zeros (00303). */
const plainTicker = (ticker: string): string => {
  const bare = ticker.toUpperCase().replace(/\.[A-Z]{1,2}$/, "").trim();
  return /^\d+$/.test(bare) ? bare.replace(/^0+(?=\d)/, "") : bare;
};
/** The taxonomy's companies by their tickers (plainTicker), made once per taxonomy (a weak map: a taxonomy's go with it). */
function tickersOf(taxonomy: Taxonomy): ReadonlyMap<string, string[]> {
  let made = TICKERS.get(taxonomy);
  if (!made) {
    const built = new Map<string, string[]>();
    for (const company of taxonomy.entities.values()) for (const ticker of company.tickers ?? []) built.set(plainTicker(ticker), [...(built.get(plainTicker(ticker)) ?? []), company.id]);
    TICKERS.set(taxonomy, (made = built));
  }
  return made;
}
const TICKERS = new WeakMap<Taxonomy, ReadonlyMap<string, string[]>>();

/** The taxonomy stanza to add for a new entity, in the taxonomy file's own layout. */
export function entityStanza(entity: NewEntity, language: "zh-Hans" | "zh-Hant" | "en"): string {
  const quote = (word: string) => (/^[\w\u4e00-\u9fff][\w\u4e00-\u9fff .&-]*$/u.test(word) ? word : JSON.stringify(word));
  const words = [entity.name, ...(entity.ticker && entity.ticker !== entity.name ? [entity.ticker] : [])].filter((word) => word.length > 0).map(quote);
  const latin = entity.latinName !== undefined ? [quote(entity.latinName)] : [];
  const list = (lang: string) => `[${[...(lang === language ? words : []), ...(lang === "en" ? latin : [])].join(", ")}]`;
  return [
    `  ${entity.id}:`,
    `    name: ${quote(entity.name || entity.id)}`,
    entity.fiscalYearEnd !== undefined
      ? `    fiscal_year_end: "${entity.fiscalYearEnd}"   # as the article's periods tell it: check`
      : `    fiscal_year_end: "12-31"   # check: the last day of its fiscal year (or e.g. "last Saturday of 09")`,
    ...(entity.fiscalYearNamedBy === "start" ? ["    fiscal_year_named_by: start   # the article names a fiscal year by the year it starts in: check"] : []),
    `    aliases:`,
    `      zh-Hans: ${list("zh-Hans")}`,
    `      zh-Hant: ${list("zh-Hant")}`,
    `      en: ${list("en")}`,
  ].join("\n");
}

/** "Gizmo's revenue", "Acme Robotics' operating income": a capitalised name in the possessive. */
// ("LongHorn's segment profit margin": a possessive before a word for a part is a business's, no company's.)
const POSSESSIVE_NAME = new RegExp(String.raw`(?<![A-Za-zÀ-ÿ])([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.-]*(?:\s[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.-]*){0,3})(?:['’]s|(?<=s)['’])(?=\s(?!(?:${LATIN_PART_WORDS}|brand)\b))`, "g");
/** Words that set what follows against what came before, opening the clause (the lexicons' comparison `sentence_lead`: by comparison, 相比之下), then a comma. */
const SET_AGAINST_BEFORE = new RegExp(`(?:^|[.;]\\s)\\s*(?:${wordsPattern(placedWords("comparison", { roles: ["sentence_lead", "contrast"] }).filter((word) => /^[a-z]/.test(word)), "none", " ")}),?\\s$`, "i");
/** Possessives that name no company. */
const NOT_A_COMPANY = /^(?:The|This|That|Its|Our|Their|He|She|It|They|We|I|You|Wall Street|Street|Analysts?|Investors?|Company|Group|Q[1-4]|FY\d*|Today|Year|Quarter|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|China|America|Japan|India|Europe|U\.S\.|US|UK|Trump|Biden)$/;

/**
 * The company a clause names in the possessive before a figure ("Gizmo's revenue rose to …") when
 * the taxonomy does not know it and the article names it more than once: a peer the article quotes,
 * proposed as an entity of its own rather than filed under the article's company.
 */
export function possessivePeer(clause: string, text: string, subjectNames: readonly string[], clauseStart = 0): NewEntity | undefined {
  let found: string | undefined;
  let at = 0;
  POSSESSIVE_NAME.lastIndex = 0;
  for (let match = POSSESSIVE_NAME.exec(clause); match; match = POSSESSIVE_NAME.exec(clause)) {
    found = match[1];
    at = match.index;
  }
  if (!found) return undefined;
  // ("By comparison, Darrow Systems' revenue rose 5%": a name the clause sets against the story's is a
  // peer though named once.)
  const times = SET_AGAINST_BEFORE.test(text.slice(Math.max(0, clauseStart + at - 40), clauseStart + at)) ? 1 : 2;
  // "Rival Acme Tools' revenue": the name is the longest run of its last words the article writes again.
  const words = found.split(" ");
  for (let first = 0; first < words.length; first++) {
    const name = words.slice(first).join(" ");
    if (NOT_A_COMPANY.test(name)) return undefined;
    if (subjectNames.some((known) => sameCompanyName(name, known))) return undefined;
    if (occurrences(text, name, times) >= times) return entityFor(name, undefined, "text", false);
  }
  return undefined;
}

/** A Latin name (or a stock code) with its Chinese name and perhaps its code in brackets: Lumicore（灿岭科技，688537.SH）, 603872.SH（峤山酒业）. */
const LATIN_THEN_CJK_BRACKET = new RegExp(String.raw`(?<![A-Za-z\d.])(${NAME_WORD}(?:\s${NAME_WORD}){0,3}|\d{3,6}(?:\.(?:${EXCHANGE_SUFFIX}))?)\s?[(（]([一-鿿]{2,12})(?:\s?[,，、;；]\s?(?:${EXCHANGE}\s?[:：]\s?)?([A-Z][A-Z0-9]{0,5}|\d{3,6})(?:\.(?:${EXCHANGE_SUFFIX}))?)?\s?[)）]`, "gu");
/** What a broker or a research firm introduced to give its view goes on with: its report, its data (最新数据显示), its view, its rating. */
const BROKER_VIEW_AFTER = /^\s?(?:日前|昨日|今日|近日|最新)?(?:发表|發表|发布|發布)?(?:报告|報告|研报|研報)|^\s?(?:日前|近日|最新)?(?:的)?(?:数据|數據|统计|統計|调查|調查|调研|調研)(?:显示|顯示|指出|称|稱)|^\s?(?:认为|認為|预计|預計|预期|預期|维持|維持|给予|給予|指出|表示|称|稱|says|said|expects|rates)/u;
/** 这家…企业，即堰水酒业, 这家…航空公司，正是潮翼航空: a company a lead describes (这家 …), then names after 即 or 正是. */
const DESCRIBED_THEN_NAMED = /(?:这家|這家|该|該)[^。，,；;\n]{1,40}(?:[，,]\s?即|[，,]?\s?(?:正是|就是|也就是|便是))\s?([\u4e00-\u9fff]{2,8}?)(?=[，,。；;（(\s]|[0-9]|前|第|上|全|本|今|公布|宣布|发布|發布|披露|录得|錄得|实现|實現)/gu;
/** Words a clause may hold right before a company's name (的, 作为, 旗下, 运营主体, 这家厂商是, 的是, 正是): none is in a name. (Not 和 or 与: 和黄医药; nor 是 alone: 是德科技.) */
/**
 * A Chinese name as a bracket closes it, without the clause's words before it (WORD_BEFORE_A_NAME:
 * 作为母公司的) or a word for a party to another's trade and what comes before (台灣總代理和泰車: the
 * lexicons' `counterparty` nouns, 总代理, 供应商), read in simplified characters.
 */
function nameAfterClauseWords(written: string): string {
  const split = written.split(WORD_BEFORE_A_NAME).pop()!;
  // (發表報告，指泓川電子（2999）…: a verb of saying that opens the clause is no part of the name, when three
  // characters or more are left: 指南针 keeps its 指.)
  const said = REPORTING_VERB_OPENING.exec(split);
  const name = said && split.length - said[0].length >= 3 ? split.slice(said[0].length) : split;
  const simplified = toSimplified(name);
  const partner = simplified.length === name.length ? [...simplified.matchAll(CJK_PARTNER_WORD)].pop() : undefined;
  const after = partner ? partner.index + partner[0].length : 0;
  return name.length - after >= 2 ? name.slice(after) : name;
}
/** A verb of saying or judging opening a clause before a name: 指, 称, 表示, 认为, 看好, 相信 (either script). */
const REPORTING_VERB_OPENING = /^(?:指|称|稱|表示|认为|認為|看好|相信)/u;
/** The lexicons' Chinese `counterparty` nouns (供应商, 客户, 总代理). */
const CJK_PARTNER_WORD = new RegExp(wordsPattern(PARTNER_WORDS.filter((word) => !/^[a-z]/.test(word)), "none"), "gu");
const WORD_BEFORE_A_NAME = /(?:的|就|正|即|便|也|还|乃)是|的|作为|作為|旗下|以及|其中|主体|主體|^(?:这家|這家|该|該)[\u4e00-\u9fff]{0,12}?(?:是|即)/u;
/** A name and its ticker in brackets, anywhere in a passage (see NAME_THEN_TICKER). */
const NAME_THEN_TICKER_ANYWHERE = new RegExp(NAME_THEN_TICKER.source, "gu");
/** A peer's word (rival, 竞争对手) right before a name: the company introduced is another. */
const PEER_BEFORE_NAME = new RegExp(`(?:${wordsPattern(PEER_WORDS.filter((word) => !/^[a-z]/.test(word)))}|${wordsPattern(PEER_WORDS.filter((word) => /^[a-z]/.test(word)), "both", " ")})(?:公司|企业|企業)?\\s?$`, "iu");

/**
 * The first company the lead introduces with its code, its ticker or its Chinese name in brackets, as
 * a story introduces the company it is about (华屿控股（600918.SH）, "Ytterbrook Semiconductor (NASDAQ:
 * YTBK)", Lumicore（灿岭科技，688537.SH）), anywhere in the lead, not only at its opening; never one a peer's
 * word introduces (竞争对手Mevora（美沃智能）).
 */
function introducedInLead(leadText: string, newName: (found: NewEntity | undefined) => NewEntity | undefined): NewEntity | undefined {
  const text = normaliseText(leadText);
  // (这家总部位于宜宾的酒企，即堰水酒业，…: a company described, then named after 即, "that is".)
  const described = [...text.matchAll(DESCRIBED_THEN_NAMED)].filter((match) => !NOT_A_CJK_NAME.test(match[1]!)).map((match): Introduction => ({ at: match.index, entity: entityFor(match[1]!, undefined, "lead", true) }));
  for (const { at, entity } of [...bracketIntroductions(text, "lead", true), ...described].sort((a, b) => a.at - b.at)) {
    // (年度经常性收入（ARR）: a metric glossed with its capitals names no company; nor does one a peer's word introduces.)
    const named = newName(entity);
    // (A company's Chinese name is a few characters; a longer run before a bracket is a clause.)
    if (named && !NOT_A_CJK_NAME.test(named.name) && named.name.length <= (/\p{Script=Han}/u.test(named.name) ? 10 : 40) && !PEER_BEFORE_NAME.test(text.slice(Math.max(0, at - 12), at))) return named;
  }
  return undefined;
}
