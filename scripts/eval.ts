// Scores the extractor against hand-encoded fact files: the five seed articles, the development
// corpus (articles 01–20, whose misses rules are written from) and the held-out corpus (21–30), each
// reported apart. Two views: the full key (entity, segment, metric, measure, period, basis, value in
// base units) and value + period alone; by language and by form; near misses by the one field that
// differs; and how many figures went to a company other than the one the text gives them to.
// The articles live outside the repository (../shared); without them this says so and exits 0.
// `npm run eval -- --verbose` lists every miss, extra and near miss with its line;
// `--set seeds|dev|validation` scores one set; EVAL_DIGITS=3 prints scores to three decimals (a
// target such as 0.88 is met at 0.880, not at a 0.878 that rounds to it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { collectFactFiles } from "../src/io/fact-files.js";
import { frontMatterSpan } from "../src/extract/front-matter.js";
import { loadFactFiles, loadTaxonomy } from "../src/load/load-fact-base.js";
import type { Fact } from "../src/model/types.js";
import { exactToString } from "../src/numbers/exact.js";
import { CALENDAR_YEAR } from "../src/periods/period.js";
import type { EntityDefinition } from "../src/taxonomy/taxonomy.js";
import { extractFacts, type Extraction } from "../src/extract/extract.js";
import type { NewEntity } from "../src/extract/subject.js";
import { proposeFactFile, taxonomyWithSubject } from "../src/extract/fact-file.js";
import { normaliseText } from "../src/extract/normalise.js";
import { knownCompanyIds, writesName } from "./name-evidence.js";
import { inWholeMonths } from "./whole-months.js";
import { CORPUS_ARTICLES } from "./corpus-articles.js";
import { SEED_ARTICLES } from "./seed-articles.js";

/** A heading line of a story: a Markdown heading, or a line in bold alone. */
const HEADING_LINE = /^\s*(?:#{1,6}\s|\*\*[^*]+\*\*\s*[:：]?\s*$)/;

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = path.resolve(root, "../shared");
/** The one undated seed article is dated as its fact file's note says (around the turn of 2025/2026). */
const DATES: Record<string, string> = { "nmedialink-amzn-automation": "2025-12-31" };
const FIELDS = ["entity", "segment", "metric", "measure", "period", "basis", "value"] as const;
const VALUE_PERIOD = ["period", "value"] as const;
type Field = (typeof FIELDS)[number];
type Tuple = Record<Field, string>;
interface Located { tuple: Tuple; line: number; quote: string; note?: string }
const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose") || argv.includes("-v");
/** Companies new to the taxonomy that the fact file and the extraction name differently, read as one on evidence (see sameNewCompany). */
const readAsOne: string[] = [];
const onlySet = argv.includes("--set") ? argv[argv.indexOf("--set") + 1] : undefined;

if (!existsSync(shared)) {
  console.log(`eval skipped: the articles are not present (${shared})`);
  process.exit(0);
}

const { taxonomy } = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(path.join(root, "facts/taxonomy.yaml"), "utf8") });
if (!taxonomy) throw new Error("the taxonomy does not load");
const { factFiles } = collectFactFiles(["facts"], root);
// A fact file that does not validate is left out of the gold, and said so (never silently).
const invalid = new Set(loadFactFiles(factFiles, taxonomy).diagnostics.map((diagnostic) => diagnostic.file));
for (const file of invalid) console.log(`(left out: ${file} does not validate; run concord validate)`);
const { factBase } = loadFactFiles(factFiles.filter((file) => !invalid.has(file.file)), taxonomy);

interface Article { set: "seeds" | "dev" | "validation" | "heldout"; sourceId: string; file: string; language: string; form: string; gold?: string }
/** Our own held-out stories (test/extract/heldout): each `<name>.txt` with its fact file `<name>.yaml`. */
const heldoutFolder = path.join(root, "test/extract/heldout");
// (A story whose fact file is not written yet is not scored, and said so.)
const heldout: Article[] = existsSync(heldoutFolder)
  ? readdirSync(heldoutFolder)
      .filter((file) => file.endsWith(".txt"))
      .filter((file) => {
        if (existsSync(path.join(heldoutFolder, file.replace(/\.txt$/, ".yaml")))) return true;
        console.log(`(test/extract/heldout/${file} has no fact file beside it: not scored)`);
        return false;
      })
      .sort()
      .map((file) => ({ set: "heldout" as const, sourceId: `heldout-${file.replace(/\.txt$/, "")}`, file: path.join(heldoutFolder, file), language: "own", form: "own", gold: path.join(heldoutFolder, file.replace(/\.txt$/, ".yaml")) }))
  : [];
const manifest = readManifest(path.join(shared, "corpus/manifest.csv"));
const articles: Article[] = [
  ...Object.entries(SEED_ARTICLES).map(([sourceId, file]) => ({ set: "seeds" as const, sourceId, file: path.join(shared, "seeds", file), language: languageOf(sourceId), form: "seed" })),
  ...CORPUS_ARTICLES.map((article) => {
    const row = manifest.get(`articles/${article.file}`);
    return { set: article.set, sourceId: article.sourceId, file: path.join(shared, "corpus/articles", article.file), language: row?.language ?? languageOf(article.sourceId), form: row?.form ?? "?" };
  }),
  ...heldout,
].filter((article) => onlySet === undefined || article.set === onlySet);

function languageOf(sourceId: string): string {
  return factBase.sources.find((source) => source.id === sourceId)?.language ?? "?";
}

/** manifest.csv: a header row, then one row per article; fields may be quoted. */
function readManifest(file: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  if (!existsSync(file)) return rows;
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((line) => line.trim());
  const split = (line: string) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!));
  const header = split(lines[0]!);
  for (const line of lines.slice(1)) {
    const cells = split(line);
    rows.set(cells[0]!, Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
  }
  return rows;
}

function tupleOf(fact: Fact): Tuple | undefined {
  if (fact.parsed.kind !== "number") return undefined;
  const value = `${exactToString(fact.parsed.value)}${fact.parsed.high ? `..${exactToString(fact.parsed.high)}` : ""} ${fact.unit}`;
  return { entity: fact.entity, segment: fact.segment, metric: fact.metric, measure: fact.measure, period: inWholeMonths(fact.period.key), basis: fact.basis, value };
}


interface Count { extracted: number; expected: number; matched: number }
interface Score { article: Article; full: Count; valuePeriod: Count; near: Record<Field, number>; wrongCompany: number }

/** Matches two multisets of tuples on the given fields; returns the count and the unmatched of each. */
function match<T extends { tuple: Tuple }>(got: T[], want: T[], fields: readonly Field[]): { matched: number; extra: T[]; missed: T[] } {
  const key = (tuple: Tuple) => fields.map((field) => tuple[field]).join("|");
  const remaining = new Map<string, T[]>();
  for (const item of want) remaining.set(key(item.tuple), [...(remaining.get(key(item.tuple)) ?? []), item]);
  const extra: T[] = [];
  let matched = 0;
  for (const item of got) {
    const left = remaining.get(key(item.tuple));
    if (left && left.length > 0) {
      left.shift();
      matched++;
    } else extra.push(item);
  }
  return { matched, extra, missed: [...remaining.values()].flat() };
}

/** The line of the front matter's `title:` (1-based), when the text opens with front matter (as the extractor finds it: after a saved page's source comment too). */
function lineOfFrontMatterTitle(text: string): number | undefined {
  const span = frontMatterSpan(text);
  if (!span) return undefined;
  const at = text.slice(span.yamlStart, span.yamlEnd).search(/^title:/m);
  return at < 0 ? undefined : text.slice(0, span.yamlStart + at).split("\n").length;
}

let headlineFiguresLeftOut = 0;
const scores: Score[] = [];
for (const article of articles) {
  if (!existsSync(article.file)) {
    console.log(`(skipped ${article.sourceId}: ${article.file} is missing)`);
    continue;
  }
  const text = readFileSync(article.file, "utf8");
  const source = factBase.sources.find((candidate) => candidate.id === article.sourceId);
  const date = source?.published?.slice(0, 10) ?? DATES[article.sourceId] ?? (article.gold ? /^date:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] : undefined);
  const extraction = extractFacts(text, taxonomy, date ? { date } : {});
  const wantFacts = article.gold ? heldoutGold(article, extraction) : factBase.facts.filter((fact) => fact.sourceId === article.sourceId);
  if (wantFacts.length === 0) {
    console.log(`(skipped ${article.sourceId}: no hand-encoded facts in facts/)`);
    continue;
  }
  const proposed = proposeFactFile(extraction, { id: "eval-article" }, taxonomy);
  const loaded = loadFactFiles([{ file: "eval.json", text: JSON.stringify(proposed.document) }], taxonomyWithSubject(extraction, taxonomy));
  const lineOfQuote = (quote: string): number => {
    const at = text.indexOf(quote);
    return at < 0 ? 0 : text.slice(0, at).split("\n").length;
  };
  const locate = (fact: Fact, extracted: boolean): Located | undefined => {
    const tuple = tupleOf(fact);
    if (!tuple) return undefined;
    const line = extracted ? Number(/extracted at (\d+):/.exec(fact.note ?? "")?.[1] ?? 0) : lineOfQuote(fact.quote);
    return { tuple, line, quote: fact.quote, ...(!extracted && fact.note ? { note: fact.note } : {}) };
  };
  const located = loaded.factBase.facts.map((fact) => locate(fact, true)).filter((item): item is Located => item !== undefined);
  const want = wantFacts.map((fact) => locate(fact, false)).filter((item): item is Located => item !== undefined);
  // The held-out writers were asked to leave the headline (front matter) out, where the corpus's fact
  // files encode its figures as the product does: a held-out story's headline is scored only when its
  // fact file encodes figures from it, so the two conventions do not count against each other.
  const titleLine = article.gold ? lineOfFrontMatterTitle(text) : undefined;
  const unscoredHeadline = titleLine !== undefined && !want.some((item) => item.line === titleLine);
  const got = unscoredHeadline ? located.filter((item) => item.line !== titleLine) : located;
  headlineFiguresLeftOut += located.length - got.length;
  const full = match(got, want, FIELDS);
  const valuePeriod = match(got, want, VALUE_PERIOD);
  // A figure read right on everything but its company.
  const notEntity = FIELDS.filter((field) => field !== "entity");
  const wrongCompany = match(full.extra, full.missed, notEntity).matched;
  const near = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number>;
  const used = new Set<Located>();
  const show = (tuple: Tuple) => FIELDS.map((field) => `${field}=${tuple[field]}`).join(" ");
  const lines: string[] = [];
  for (const item of full.extra) {
    const partner = full.missed.find((candidate) => !used.has(candidate) && FIELDS.filter((field) => candidate.tuple[field] !== item.tuple[field]).length === 1);
    if (!partner) {
      lines.push(`  extra   L${item.line}: ${show(item.tuple)}  «${item.quote}»`);
      continue;
    }
    used.add(partner);
    const field = FIELDS.find((candidate) => partner.tuple[candidate] !== item.tuple[candidate])!;
    near[field]++;
    lines.push(`  near    L${item.line}: ${field}: got ${item.tuple[field]}, want ${partner.tuple[field]} (want at L${partner.line})  ${show(partner.tuple)}  «${item.quote}»${partner.note ? `  note: ${partner.note}` : ""}`);
  }
  for (const item of full.missed) if (!used.has(item)) lines.push(`  missed  L${item.line}: ${show(item.tuple)}  «${item.quote}»${item.note ? `  note: ${item.note}` : ""}`);
  if (verbose) {
    console.log(`## ${article.sourceId} (${article.set})`);
    for (const line of lines.sort((a, b) => Number(/L(\d+)/.exec(a)![1]) - Number(/L(\d+)/.exec(b)![1]))) console.log(line);
  }
  scores.push({
    article,
    full: { extracted: got.length, expected: want.length, matched: full.matched },
    valuePeriod: { extracted: got.length, expected: want.length, matched: valuePeriod.matched },
    near,
    wrongCompany,
  });
}

// Which ids were read as one is the same every run: a count by default, the list with --verbose.
if (headlineFiguresLeftOut > 0) console.log(`(${headlineFiguresLeftOut} figures extracted from held-out headlines whose fact files leave the headline out, by the writers' brief, are not scored)`);
if (verbose) for (const line of readAsOne) console.log(line);
else if (readAsOne.length > 0) console.log(`(${readAsOne.length} companies new to the taxonomy read as the fact file's on evidence of their names; --verbose lists them)`);

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const prf = (count: Count) => {
  const p = ratio(count.matched, count.extracted);
  const r = ratio(count.matched, count.expected);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)].map((x) => x.toFixed(process.env.EVAL_DIGITS ? Number(process.env.EVAL_DIGITS) : 2));
};
const add = (a: Count, b: Count): Count => ({ extracted: a.extracted + b.extracted, expected: a.expected + b.expected, matched: a.matched + b.matched });
const ZERO: Count = { extracted: 0, expected: 0, matched: 0 };
function table(title: string, groups: [string, Score[]][]): void {
  console.log(`\n### ${title}\n`);
  const header = ["", "articles", "extracted", "expected", "P", "R", "F1", "P (value+period)", "R", "F1", "wrong company", ...FIELDS.map((field) => `near:${field}`)];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const [name, group] of groups) {
    const full = group.reduce((sum, score) => add(sum, score.full), ZERO);
    const valuePeriod = group.reduce((sum, score) => add(sum, score.valuePeriod), ZERO);
    const near = FIELDS.map((field) => group.reduce((sum, score) => sum + score.near[field], 0));
    const wrong = group.reduce((sum, score) => sum + score.wrongCompany, 0);
    console.log(`| ${[name, group.length, full.extracted, full.expected, ...prf(full), ...prf(valuePeriod), wrong, ...near].join(" | ")} |`);
  }
}
const SETS: [Article["set"], string][] = [["seeds", "seeds"], ["dev", "corpus 01–20"], ["validation", "corpus 21–30"], ["heldout", "own held-out"]];
const bySet = SETS.map(([set, name]) => [name, scores.filter((score) => score.article.set === set)] as [string, Score[]]).filter(([, group]) => group.length > 0);
table("By set: full key (entity, segment, metric, measure, period, basis, value) and value + period", bySet);
for (const [name, group] of bySet) {
  const by = (field: "language" | "form") => [...new Set(group.map((score) => score.article[field]))].sort().map((value) => [value, group.filter((score) => score.article[field] === value)] as [string, Score[]]);
  if (name !== "seeds" && name !== "own held-out") {
    table(`${name} by language`, by("language"));
    table(`${name} by form`, by("form"));
  }
  table(`${name} by article`, group.map((score) => [score.article.sourceId, [score]]));
}

/**
 * A held-out story's expected facts: its fact file, loaded on the taxonomy with the story's company
 * added when the taxonomy does not know it (as the story's extraction proposes it). An id is only a
 * proposal, so a company new to the taxonomy that the fact file and the extraction name differently
 * is read as one when there is evidence they are the same company (see sameNewCompany): the two ids
 * share their first words, or the extraction's name, Latin name or ticker stands in the fact file's
 * title or in its quotes. Each such reading is printed; without evidence the ids stay apart and the
 * figures count as wrong company. Other problems are printed too.
 */
function heldoutGold(article: Article, extraction: Extraction): Fact[] {
  let text = readFileSync(article.gold!, "utf8");
  // (A fact file written before the taxonomy knew a company keys it under its writer's own id: APPLE or
  // TENCENT_HOLDINGS for the taxonomy's AAPL or TENCENT. The id is the company's name, so it is read
  // as the taxonomy's company of that name; see knownCompanyIds.)
  for (const [writers, known] of knownCompanyIds(text, taxonomy!)) {
    readAsOne.push(`(${article.sourceId}: ${writers} in its fact file is ${known} in the taxonomy, by name: read as one)`);
    text = text.replace(new RegExp(`(\\b(?:entity|of):\\s*"?)${writers}\\b`, "g"), `$1${known}`);
  }
  // (Quoted or not: `entity: "MUYANG_DAIRY"` is the same id.)
  const subject = /^defaults:\s*\n\s+entity:\s*(["']?)([^\s"']+)\1/m.exec(text)?.[2];
  // (Only a company the extraction found: NEW_COMPANY, the placeholder for "the text names no company",
  // is not read as the story's, so a story whose company went unrecognised counts its figures wrong.)
  const proposed = extraction.newEntity && extraction.newEntity.name !== "" ? extraction.newEntity : undefined;
  let subjectApart = false;
  // (A fact file that keys figures under the extraction's very id holds that company already, as a peer
  // of its own story company: "Ostraven Marine's orders carry parent Ostraven Holdings…", where the
  // writer took the parent for the story's company and the extraction the subsidiary.)
  const keyedAlready = proposed !== undefined && new RegExp(`\\b(?:entity|of):\\s*"?${proposed.id}\\b`).test(text);
  if (subject && proposed && subject !== proposed.id && !taxonomy!.entities.has(subject) && !keyedAlready) {
    const file = parseYaml(text) as { source?: { title?: string }; facts?: { entity?: string; quote?: string }[] };
    // (What the fact file says of another of its companies is no evidence for its own: in a round-up
    // whose title names three companies, the one the extraction took for the story's is the one whose
    // figures' quotes name it.)
    const ofSubject = (file.facts ?? []).filter((fact) => (fact.entity ?? subject) === subject);
    const ofOthers = (file.facts ?? []).filter((fact) => (fact.entity ?? subject) !== subject).map((fact) => normaliseText(fact.quote ?? ""));
    // (A fact file of several new companies, a round-up's, names them all in its title: the title's first
    // company is evidence of which one the story's company is only where it is the fact file's own, its
    // id's first word in the title's English name (DINGSHU_ELECTRIC, "Dingshu Electric (鼎枢电气)");
    // otherwise its own figures' quotes are.)
    const others = new Set((file.facts ?? []).map((fact) => fact.entity ?? subject).filter((entity) => entity !== subject && !taxonomy!.entities.has(entity)));
    const titleNames = namesInTitle(file.source?.title ?? "");
    const titleIsSubjects = others.size < 2 || spoken(titleNames).includes(subject.split("_")[0]!.toLowerCase());
    const said = [titleIsSubjects ? titleNames : "", ...ofSubject.map((fact) => fact.quote ?? "")].map((phrase) => normaliseText(phrase));
    if (sameNewCompany(subject, proposed, said, ofOthers)) {
      readAsOne.push(`(${article.sourceId}: the story's company, new to the taxonomy, is ${subject} in its fact file and ${proposed.id} in the extraction: read as one)`);
      text = text.replace(new RegExp(`(\\b(?:entity|of):\\s*"?)${subject}\\b`, "g"), `$1${proposed.id}`);
    } else {
      subjectApart = true;
      console.log(`(${article.sourceId}: the story's company, new to the taxonomy, is ${subject} in its fact file and ${proposed.id} in the extraction, and nothing says they are one)`);
    }
  }
  const story = readFileSync(article.file, "utf8");
  // (A story's company the fact file keys under another of its companies is one of its peers there.)
  for (const [keyPeer, peer] of peersReadAsOne(text, subject, extraction, story, subjectApart)) {
    readAsOne.push(`(${article.sourceId}: a peer new to the taxonomy is ${keyPeer} in its fact file and ${peer} in the extraction: read as one)`);
    text = text.replace(new RegExp(`(\\b(?:entity|of):\\s*"?)${keyPeer}\\b`, "g"), `$1${peer}`);
  }
  const known = taxonomyWithSubject(extraction, taxonomy!);
  for (const [keySegment, segment] of segmentsReadAsOne(text, extraction, story)) {
    readAsOne.push(`(${article.sourceId}: a segment new to the taxonomy is ${keySegment} in its fact file and ${segment} in the extraction: read as one)`);
    // (Only in the facts of the company the extraction's segment is of: a rival's online_games in the
    // same file is the rival's own. In `of` too: "of: HOILAM/gaming" is a share of that segment.)
    const owner = extraction.newSegments?.find((candidate) => candidate.id === segment)?.entity;
    text = renameSegment(text, keySegment, segment, (entity) => entity === owner);
  }
  // (A taxonomy segment of other companies, named for a company new to it, is a segment of that
  // company by the same name, as the extraction keeps one: `automotive` → `co_499e59ce_automotive`.)
  for (const [, id] of new Set(text.matchAll(/\bsegment:\s*"?([a-z][a-z0-9_]*)/g))) {
    const owners = known.segments.get(id!)?.entities;
    if (owners) text = renameSegment(text, id!, (entity) => `${entity.toLowerCase()}_${id}`, (entity) => !taxonomy!.entities.has(entity) && !owners.includes(entity));
  }
  const entities = new Map(known.entities);
  // (A company named only in a share's `of`, "of: OSTRAVEN_MARINE/total" for a stake in it, is one too:
  // without it the fact file's figure would not load, and would go unscored.)
  for (const [, id] of text.matchAll(/\b(?:entity:\s*"?|of:\s*"?)([A-Z][A-Z0-9_]*)(?=[\s,}"/]|$)/gm)) {
    if (!entities.has(id!)) entities.set(id!, calendarEntity(id!, entities.size));
  }
  // A segment the fact file names that neither the taxonomy nor the extraction knows still counts: as
  // a segment of its own, which no extracted figure can match, so its facts are misses, not left out.
  const segments = new Map(known.segments);
  for (const [, id] of text.matchAll(/\b(?:segment:\s*"?|of:\s*"?[A-Z][A-Z0-9_]*\/)([a-z][a-z0-9_]*)/g)) {
    if (!segments.has(id!)) segments.set(id!, { id: id!, ordinal: segments.size, name: id!, kind: "business", parent: "total", aliases: { "zh-Hans": [], "zh-Hant": [], en: [] } });
  }
  const gold = loadFactFiles([{ file: path.relative(root, article.gold!), text }], { ...known, entities, segments });
  for (const diagnostic of gold.diagnostics) console.log(`(${diagnostic.file}:${diagnostic.line}: ${diagnostic.message})`);
  return gold.factBase.facts;
}

/**
 * A fact file's text with segment `from` renamed (to `to`, or to what `to` gives for the fact's
 * company) in the facts of the companies `ofCompany` accepts: as a fact's `segment` (its company its
 * own `entity`, else the defaults') and in a share's `of` (its company the one before the slash). A
 * fact is the text from its list item's dash to the next, flow or block style alike.
 */
function renameSegment(text: string, from: string, to: string | ((entity: string) => string), ofCompany: (entity: string) => boolean): string {
  const defaultEntity = /^defaults:\s*\n\s+entity:\s*(["']?)([^\s"']+)\1/m.exec(text)?.[2];
  const renamed = (entity: string) => (typeof to === "string" ? to : to(entity));
  return text
    .split(/(?=^\s*- )/m)
    .map((fact) => {
      const entity = /\bentity:\s*"?([A-Z][A-Z0-9_]*)/.exec(fact)?.[1] ?? defaultEntity;
      const own = entity !== undefined && ofCompany(entity) ? fact.replace(new RegExp(`(\\bsegment:\\s*"?)${from}\\b`, "g"), `$1${renamed(entity)}`) : fact;
      return own.replace(new RegExp(`(\\bof:\\s*"?)([A-Z][A-Z0-9_]*)/${from}\\b`, "g"), (whole, head: string, company: string) => (ofCompany(company) ? `${head}${company}/${renamed(company)}` : whole));
    })
    .join("");
}

/**
 * The part of a held-out fact file's title that names its company: "own held-out text on Donghui Auto
 * Parts (東暉車材), a Taiwan 存股 post…" up to the bracket that closes the names, or to the first comma
 * when there is none. What the title goes on to say of the story's form (存股, "live blog") is no
 * evidence of the company's name.
 */
function namesInTitle(title: string): string {
  if (!title.startsWith("own held-out text on ")) return title;
  const close = title.indexOf(")");
  if (close >= 0) return title.slice(0, close + 1);
  const comma = title.indexOf(", ");
  return comma >= 0 ? title.slice(0, comma) : title;
}

/** A phrase as compared: normalised, lower case. */
function spoken(phrase: string): string {
  return normaliseText(phrase).toLowerCase();
}

/**
 * Whether a company new to the taxonomy, keyed `keyId` in a fact file, is the one the extraction
 * proposed: their ids share their first words (ZHUANBAO_GROUP and ZHUANBAO) or, after a word for a kind
 * of firm, their last (BANK_SERANTI and SERANTI), or the extraction's name,
 * Latin name or ticker stands in what the fact file says of it (鴻晞光學 for HONGXI_OPTICS).
 */
function sameNewCompany(keyId: string, proposal: NewEntity, said: readonly string[], saidOfOthers: readonly string[] = []): boolean {
  if (keyId.startsWith(`${proposal.id}_`) || proposal.id.startsWith(`${keyId}_`) || keyId.endsWith(`_${proposal.id}`) || proposal.id.endsWith(`_${keyId}`)) return true;
  const names = [proposal.name, proposal.latinName, proposal.ticker].filter((name): name is string => name !== undefined && name.length >= 2).map((name) => normaliseText(name));
  if (names.some((name) => saidOfOthers.some((phrase) => writesName(phrase, name)) && !said.slice(1).some((phrase) => writesName(phrase, name)))) return false;
  return names.some((name) => said.some((phrase) => writesName(phrase, name)));
}

/**
 * The fact file's peers (new to the taxonomy) and the extraction's company each is read as, one to one,
 * by readAsOneOnEvidence; ids that share their first words are the strongest evidence.
 */
function peersReadAsOne(text: string, subject: string | undefined, extraction: Extraction, story: string, subjectApart = false): [string, string][] {
  // (A round-up's fact file has no company of its own: the extraction's story company is one of its companies.)
  const own = (subject === undefined || subjectApart) && extraction.newEntity && extraction.newEntity.name !== "" ? [extraction.newEntity] : [];
  const candidates = [...own, ...(extraction.newPeers ?? [])];
  const quotes = new Map<string, string[]>();
  const file = parseYaml(text) as { defaults?: { entity?: string }; facts?: { entity?: string; quote?: string }[] };
  for (const fact of file.facts ?? []) {
    const entity = fact.entity ?? file.defaults?.entity;
    if (!entity || (entity === subject && !subjectApart) || entity === extraction.newEntity?.id || taxonomy!.entities.has(entity) || candidates.some((candidate) => candidate.id === entity)) continue;
    quotes.set(entity, [...(quotes.get(entity) ?? []), normaliseText(fact.quote ?? "")]);
  }
  const named = candidates.map((candidate) => ({ id: candidate.id, names: [candidate.name, candidate.latinName, candidate.ticker].filter((name): name is string => name !== undefined && name.length >= 2) }));
  return readAsOneOnEvidence(quotes, named, story, (key, id) => key.startsWith(`${id}_`) || id.startsWith(`${key}_`), true);
}

/** The fact file's segments new to the taxonomy and the extraction's new segment each is read as, one to one (readAsOneOnEvidence). */
function segmentsReadAsOne(text: string, extraction: Extraction, story: string): [string, string][] {
  const candidates = extraction.newSegments ?? [];
  if (candidates.length === 0) return [];
  const file = parseYaml(text) as { defaults?: { entity?: string }; facts?: { entity?: string; segment?: string; of?: string; quote?: string }[] };
  // (A writer's segment is read only as a segment the extraction proposed for the same company: one it
  // filed under another company is that company's, and the fact file's figures of it stay misses.)
  const byEntity = new Map<string, Map<string, string[]>>();
  const keep = (entity: string, segment: string, quote: string | undefined) => {
    if (taxonomy!.segments.has(segment) || candidates.some((candidate) => candidate.id === segment)) return;
    const quotes = byEntity.get(entity) ?? new Map<string, string[]>();
    byEntity.set(entity, quotes);
    quotes.set(segment, [...(quotes.get(segment) ?? []), spoken(quote ?? "")]);
  };
  for (const fact of file.facts ?? []) {
    if (fact.segment !== undefined) keep(fact.entity ?? file.defaults?.entity ?? "", fact.segment, fact.quote);
    // (A market a share is of, "of: MARKET/uk_snacks", is a new segment of the market's, with the share's quote.)
    const market = fact.of?.startsWith("MARKET/") ? fact.of.slice("MARKET/".length) : undefined;
    if (market !== undefined) keep("MARKET", market, fact.quote);
  }
  return [...byEntity].flatMap(([entity, quotes]) => readAsOneOnEvidence(quotes, candidates.filter((candidate) => candidate.entity === entity).map((candidate) => ({ id: candidate.id, names: [candidate.name] })), story));
}

/**
 * Which of the extraction's ids each fact-file key is read as, one to one (a fact file's ids for what
 * the taxonomy does not know are its writer's own, the extraction's come from the text). Evidence,
 * strongest first: the ids themselves (`sameIds`); a name in the key's quotes (2 each); a name in the
 * story's paragraphs those quotes stand in (1 each: a round-up quotes 营业收入198.3亿元 from the paragraph
 * that opens with 汇江银行). Each key goes to the id with the most evidence not already taken.
 */
function readAsOneOnEvidence(quotes: ReadonlyMap<string, string[]>, candidates: readonly { id: string; names: string[] }[], story: string, sameIds?: (key: string, id: string) => boolean, companies = false): [string, string][] {
  // (Companies' names count only as names, with their capitals and whole (writesName); a part's
  // name in any case: "Cloud" for "cloud revenue".)
  const paragraphs = (companies ? normaliseText(story) : spoken(story)).split(/\n+/);
  const writes = companies ? writesName : (phrase: string, name: string) => phrase.includes(name);
  // (The heading a paragraph stands under is around it too: "**Consumer Banking (CB)**" over
  // "- Total income: S$1.58 billion (+8%)", whose quote names no part.)
  const headingOver = (index: number) => {
    for (let at = index - 1; at >= 0; at--) if (HEADING_LINE.test(paragraphs[at]!)) return [paragraphs[at]!];
    return [];
  };
  const evidence: { key: string; id: string; weight: number }[] = [];
  for (const [key, said] of quotes) {
    const around = paragraphs.flatMap((paragraph, index) => (said.some((quote) => quote.length >= 4 && paragraph.includes(quote)) ? [paragraph, ...headingOver(index)] : []));
    for (const candidate of candidates) {
      if (sameIds?.(key, candidate.id)) {
        evidence.push({ key, id: candidate.id, weight: 1000 });
        continue;
      }
      const names = candidate.names.map((name) => (companies ? normaliseText(name) : spoken(name)));
      const weight = 2 * said.filter((quote) => names.some((name) => writes(quote, name))).length + around.filter((paragraph) => names.some((name) => writes(paragraph, name))).length;
      if (weight > 0) evidence.push({ key, id: candidate.id, weight });
    }
  }
  evidence.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key) || a.id.localeCompare(b.id));
  const found: [string, string][] = [];
  for (const { key, id } of evidence) if (!found.some(([taken, its]) => taken === key || its === id)) found.push([key, id]);
  return found;
}

/** A company the taxonomy does not know, on the calendar year: what a held-out story's peer is taken for. */
function calendarEntity(id: string, ordinal: number): EntityDefinition {
  return { id, ordinal, name: id, fiscalYearEnd: CALENDAR_YEAR, fiscalYearNamedBy: "end", aliases: { "zh-Hans": [], "zh-Hant": [], en: [] } };
}
