// A proposed fact file from an extraction: the source block from the front matter and the caller's
// options, one fact per figure with its quote and a note giving line:column. Facts the loader would
// reject (a unit that does not fit, an impossible period) are left out and listed, so what is
// proposed always validates.
import { yamlLibrary } from "../load/libraries.js";
import type { Diagnostic, Language } from "../model/types.js";
import { loadFactFiles } from "../load/load-fact-base.js";
import { CALENDAR_YEAR, parseFiscalYearEnd } from "../periods/period.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { Extraction, ProposedFact } from "./extract.js";

export interface SourceOptions {
  id: string;
  publisher?: string;
  title?: string;
  url?: string;
  kind?: "primary" | "secondary";
}

export interface FactFileDocument {
  source: { id: string; publisher: string; title: string; url?: string; published?: string; language: Language; kind: "primary" | "secondary"; note: string };
  defaults: { entity: string };
  facts: Record<string, string>[];
}

export interface ProposedFile {
  document: FactFileDocument;
  /** The extraction's facts that made it into the document, in document order. */
  facts: ProposedFact[];
  /** Facts left out, with the loader's reason. */
  rejected: { fact: ProposedFact; reason: string }[];
}

/** A source id from a file name: lower-case letters, digits and hyphens, at least three characters. */
export function sourceIdFrom(name: string): string {
  const slug = name.toLowerCase().replace(/\.[a-z0-9]+$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return slug.length >= 3 ? slug : `article-${slug || "x"}`.slice(0, 80);
}

function factRecord(fact: ProposedFact, defaultEntity: string): Record<string, string> {
  const record: Record<string, string> = {};
  if (fact.entity !== defaultEntity) record.entity = fact.entity;
  if (fact.segment !== "total") record.segment = fact.segment;
  record.metric = fact.metric;
  if (fact.measure !== "level") record.measure = fact.measure;
  if (fact.of !== undefined) record.of = fact.of;
  record.period = fact.period;
  record.value = fact.value;
  if (fact.valueHigh !== undefined) record.value_high = fact.valueHigh;
  if (fact.precision !== undefined) record.precision = fact.precision;
  if (fact.scale !== undefined) record.scale = fact.scale;
  record.unit = fact.unit;
  if (fact.qualifier !== "exact") record.qualifier = fact.qualifier;
  if (fact.basis !== "reported") record.basis = fact.basis;
  record.quote = fact.quote;
  record.note = `extracted at ${fact.line}:${fact.column}`;
  return record;
}

function documentFor(extraction: Extraction, source: SourceOptions, facts: readonly ProposedFact[]): FactFileDocument {
  const header = extraction.header;
  const url = source.url ?? header.url;
  const published = header.published ?? extraction.date;
  return {
    source: {
      id: source.id,
      publisher: source.publisher ?? "unknown",
      title: (source.title ?? header.title ?? source.id).slice(0, 300),
      ...(url !== undefined && /^https?:\/\/\S+$/.test(url) ? { url } : {}),
      ...(published !== undefined ? { published } : {}),
      language: header.language,
      kind: source.kind ?? "secondary",
      note: `Proposed by concord extract${extraction.date ? `; relative periods resolved against ${extraction.date}` : "; no article date, relative periods unresolved"}. Review every fact before use.`,
    },
    defaults: { entity: extraction.entity },
    facts: facts.map((fact) => factRecord(fact, extraction.entity)),
  };
}

/**
 * The taxonomy with the extraction's new company and new segments added (a calendar year, names as
 * the article wrote them), so a proposal naming what the taxonomy does not know validates as read.
 */
export function taxonomyWithSubject(extraction: Extraction, taxonomy: Taxonomy): Taxonomy {
  const added = [...(extraction.newEntity ? [extraction.newEntity] : []), ...(extraction.newPeers ?? [])].filter((entity) => !taxonomy.entities.has(entity.id));
  const newSegments = (extraction.newSegments ?? []).filter((segment) => !taxonomy.segments.has(segment.id));
  if (added.length === 0 && newSegments.length === 0) return taxonomy;
  const entities = new Map(taxonomy.entities);
  for (const entity of added) {
    if (entities.has(entity.id)) continue;
    const names = [entity.name, ...(entity.ticker ? [entity.ticker] : []), ...(entity.latinName ? [entity.latinName] : [])].filter((name) => name.length > 0);
    // On the fiscal year its text tells, as it was read (the proposed stanza says the same).
    const calendar = entity.fiscalYearEnd !== undefined ? parseFiscalYearEnd(entity.fiscalYearEnd) : undefined;
    entities.set(entity.id, { id: entity.id, ordinal: entities.size, name: entity.name || entity.id, fiscalYearEnd: calendar ?? CALENDAR_YEAR, fiscalYearNamedBy: entity.fiscalYearNamedBy ?? "end", aliases: { "zh-Hans": names, "zh-Hant": names, en: names } });
  }
  const segments = new Map(taxonomy.segments);
  for (const segment of newSegments) {
    segments.set(segment.id, { id: segment.id, ordinal: segments.size, name: segment.name, kind: "business", parent: "total", entities: [segment.entity], aliases: { "zh-Hans": [segment.name], "zh-Hant": [segment.name], en: [segment.name] } });
  }
  return { ...taxonomy, entities, segments };
}

/** Builds the fact file and drops the facts the loader rejects. */
export function proposeFactFile(extraction: Extraction, source: SourceOptions, known: Taxonomy): ProposedFile {
  const taxonomy = taxonomyWithSubject(extraction, known);
  let facts = [...extraction.facts];
  const rejected: ProposedFile["rejected"] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const document = documentFor(extraction, source, facts);
    const { diagnostics } = loadFactFiles([{ file: "proposed.json", text: JSON.stringify(document) }], taxonomy);
    if (diagnostics.length === 0) return { document, facts, rejected };
    const bad = new Map<number, Diagnostic>();
    for (const diagnostic of diagnostics) {
      const match = /^\/facts\/(\d+)/.exec(diagnostic.path);
      if (match && !bad.has(Number(match[1]))) bad.set(Number(match[1]), diagnostic);
    }
    if (bad.size === 0) throw new Error(`the proposed source block does not validate: ${diagnostics.map((d) => `${d.path} ${d.message}`).join("; ")}`);
    for (const [index, diagnostic] of bad) rejected.push({ fact: facts[index]!, reason: `${diagnostic.message}${diagnostic.found ? ` (found ${diagnostic.found})` : ""}` });
    facts = facts.filter((_, index) => !bad.has(index));
  }
  return { document: documentFor(extraction, source, facts), facts, rejected };
}

export function formatFactFile(document: FactFileDocument, format: "yaml" | "json"): string {
  if (format === "json") return `${JSON.stringify(document, null, 2)}\n`;
  return `# yaml-language-server: $schema=../schemas/fact-file.schema.json\n${yamlLibrary().stringify(document, { lineWidth: 0 })}`;
}
