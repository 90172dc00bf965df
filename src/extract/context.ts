// What bindFigure reads for every figure of one article: the text in its three forms, every match
// found in the one pass over it (terms, cues, periods, figures) with what was worked out about them,
// the sentence, clause and line starts, and the cursors and state carried from figure to figure.
import type { Basis } from "../model/types.js";
import type { ReadPeriod } from "../periods/period.js";
import type { MetricDefinition, SegmentDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import type { Cue } from "./cues.js";
import type { Explanation, ProposedFact } from "./proposed-fact.js";
import type { NewEntity } from "./subject.js";
import type { Figure } from "./figures.js";
import type { Layout, Table } from "./layout.js";
import type { TermMatch } from "./lexicon.js";
import type { FiscalQuarters, PeriodContext, PeriodMatch } from "./periods.js";
import type { Term } from "./terms.js";
import type { Cursor, StartsCursor } from "./text-structure.js";

/** What a table that names no metric is read by: the prose's figure found in one of its cells. */
export interface TableAnchor {
  metric: MetricDefinition;
  unit: string;
  /** By column: the basis the prose gave the figure found in it. */
  bases: Map<number, Basis>;
}

export interface Context {
  original: string;
  text: string;
  lower: string;
  taxonomy: Taxonomy;
  terms: TermMatch<Term>[];
  cueMatches: TermMatch<Cue>[];
  periods: PeriodMatch[];
  /** Each period's label, with 同期 / the same period resolved to the period the text was just talking about. */
  periodLabels: (string | undefined)[];
  /** For a year-ago period read off the period the text was talking about: that period's index. */
  periodBase: (number | undefined)[];
  /** For 前一季度 / "the previous quarter" read off the quarter the text was talking about: that period's index, and how many quarters back. */
  periodQuartersBack: ({ at: number; quarters: number } | undefined)[];
  /** For 同期 / 期内 / the same period: the index of the period it stands for. */
  periodSameAs: (number | undefined)[];
  /** Periods that start or are the base of a comparison (从2024年的…, 比2024年…): they bind only the next figure. */
  periodComparison: boolean[];
  /** Periods that are the period in hand a year back, however written: they do not carry to later sentences. */
  periodYearAgo: boolean[];
  /** Periods named right after a comparison's base figure ("from 2.11% at the end of June"): the base's, never carried on. */
  periodAfterBase: boolean[];
  /** Periods written as a deadline (到2027年, by 2027): a count reached by then stands at their end. */
  periodDeadline: boolean[];
  figures: Figure[];
  /** Per line: the segment a heading, a question ("Q: 关于AWS…") or the paragraph's own label ("北美部门：") names for it. */
  lineSegments: (string | undefined)[];
  /** Per line: the segment its paragraph's first sentence names, for the sentences after it. */
  openingSegments: ({ segment: string; from: number } | undefined)[];
  /** The article's headings and tables. */
  layout: Layout;
  /** Per line: the period (its index in `periods`) the innermost heading over it names, if any. */
  headingPeriods: (number | undefined)[];
  /** The ids of the companies the text names that the taxonomy does not know (named-companies.ts). */
  namedCompanies: ReadonlySet<string>;
  /** Where a round-up's sections begin, each with its company (two or more, or none): a paragraph that names no company goes on about its section's. */
  sectionOpeners: readonly { start: number; id: string }[];
  /** Per line: the segment and the metric the innermost headings over it name, if any. */
  headingTopics: { segment?: string; metric?: string; basis?: Basis; breakdown?: boolean; share?: boolean }[];
  /** The story previews results still to be reported ("is scheduled to report", 即将公布): guidance with no period of its own is for the quarter to be reported, not the one after it. */
  preview: boolean;
  /** The story is the company's own warning or forecast of results to come (业绩预告, 盈警, profit warning), said in its headline or lead. */
  resultsWarning: boolean;
  sentences: number[];
  clauses: number[];
  lineStarts: number[];
  periodContext: PeriodContext;
  /** finishPeriod's reading of each period (by its index in `periods`) under each company's calendar, by company. */
  ownPeriods: Map<string, string[]>;
  /** Period keys shifted by months, by months then key (see measureFromBase): this run's answers. */
  shiftedKeys: Map<number, Map<string, string | undefined>>;
  /** Whole months of period keys (see measureFromBase): this run's answers. */
  keyMonths: Map<string, number | undefined>;
  /** Calendar quarters read in a company's fiscal quarters (see fiscalQuarterOf): this run's answers. */
  fiscalQuarters: FiscalQuarters;
  /** tradingDay of the article's date, after the close and not: this run's answers (asked per market figure). */
  tradingDays: Map<boolean, string>;
  defaultPeriod?: string;
  /** The period match the story's period was read from, when it was (a headline's or a lead's). */
  defaultPeriodAt?: number;
  entity: string;
  /** bindFigure's lookups, one cursor per list and key (see Cursor). */
  cursors: {
    sentences: StartsCursor;
    clauses: StartsCursor;
    lines: StartsCursor;
    paragraphs: StartsCursor;
    termsBefore: Cursor<TermMatch<Term>>;
    termsAtNumberEnd: Cursor<TermMatch<Term>>;
    termsAfter: Cursor<TermMatch<Term>>;
    termsBeforeClause: Cursor<TermMatch<Term>>;
    cuesBefore: Cursor<TermMatch<Cue>>;
    cuesInClause: Cursor<TermMatch<Cue>>;
    cuesAfter: Cursor<TermMatch<Cue>>;
    periodsBefore: Cursor<PeriodMatch>;
    periodsAfter: Cursor<PeriodMatch>;
    periodsBeforeSentence: Cursor<PeriodMatch>;
  };
  /** The sentence (by its start) last checked for 分别 / respectively, and whether it says either. */
  respectivelySentence: number;
  respectivelySaid: boolean;
  /** The figure whose run after 分别 / respectively was read last, where, and the run (see respectivelyRun). */
  respectivelyRunOf?: { figure: Figure; index: number; s0: number; s1: number; run: RespectivelyRun | undefined };
  /** Whether the text is a broker's note (a rating given or kept, a target price): its "we" forecasting is the broker. */
  brokersNote: boolean;
  /** The research houses the text names by what only a house does, publishing a research report (大和发表研究报告指): see researchHousesIn. */
  researchHouses: readonly string[];
  /** The text's own yuan when it is Taiwan's (元 is the New Taiwan dollar there): a share price's on Taiwan's market. */
  localYuan?: string;
  /** The day before the article's date on which its lead says the company reported, when it says one (English news): the day of an undated share price. */
  reportDay?: string;
  /** Whether the article was published before noon: a close it reports with no day of its own is the session before. */
  morningEdition: boolean;
  /** The market a figure before was the size of (its sentence by start, its line, its segment, where its figure ends): a change right after it in the sentence is the market's, and a market share later in the paragraph is of it. */
  marketFigure?: { sentence: number; line: number; id: string; at: number };
  /** The business the taxonomy does not know that a clause named before its metric's word, its sentence (by start) and where its figure ends: it carries to the clauses after; `ofShare` when it was named as a share's holder ("X made up 46% of sales"), which carries to no clause naming its own metric. */
  clauseBusiness?: { sentence: number; id: string; entity: string; at: number; ofShare?: boolean; itemLabel?: true; clauseOnly?: true };
  /** The measures the text names adjusted (underlying EBITDA, 经调整EBITDA) and never as reported, with the word that says so: see adjustedThroughout. */
  adjustedMeasures?: ReadonlyMap<string, TermMatch<Cue>>;
  /** Where the cues of a kind start, in order, built on first use (see cueBetween). */
  cueStarts: Map<string, number[]>;
  /** The last forecast put in a period still to come: its sentence (by start), its period word and the period it became. */
  forecastPeriod?: { sentence: number; periodAt: number; period: string };
  /** Whether the figure bindFigure bound last had its period stated in its own sentence. */
  periodStated: boolean;
  /** Whether the figure just bound had its metric named (by a word, or by the list item above it). */
  metricNamed: boolean;
  /** The names the article's company goes by (its aliases, or the name a new company was found by). */
  subjectNames: string[];
  /** subjectNames, each toLowerCase()d (once per run, not per figure that names another company). */
  subjectNamesLower: string[];
  /** subjectNames as sameCompanyName compares them (simplified, lower case: see comparedName), once per run. */
  subjectNamesCompared: string[];
  /** Peers the taxonomy does not know, named in the possessive with a figure (see possessivePeer), by id. */
  peers: Map<string, NewEntity>;
  /** Where the words for a part of a company (业务, segment) stand, in order (see new-segments.ts). */
  partWords: number[];
  /** Segments the taxonomy does not know that the article names (see new-segments.ts), by id. */
  newSegments: Map<string, SegmentDefinition>;
  /** Other names the text gives a part, by their stem, and the name each is another name of (segmentAliases). */
  segmentAliases: ReadonlyMap<string, string>;
  /** Every company the article names anywhere. */
  namedEntities: ReadonlySet<string>;
  /** Why the article's company is the one it is. */
  entityReason: string;
  /** The dollar a bare "$" is in this story (Australian, Canadian…), when its lead or its words say so (see homeDollar). */
  homeDollar?: string;
  /** The basis word saidBasis went by for the figure being bound, if any. */
  basisCue?: TermMatch<Cue>;
  /** The people the text names as analysts (分析师许诺, "analyst Priya Raman": the surname), read once on first use. */
  analystNames?: string[];
  /** When extract --explain asks: one explanation per proposed fact, in order. */
  explain?: Explanation[];
  /** Per table that names no metric: the prose's figure that says what it holds, once looked for (see tableAnchor). */
  tableAnchors: Map<Table, TableAnchor | undefined>;
  /** Per segment name the text writes (lower case): the company named inside it, or null (see entityInName). */
  namedInside: Map<string, { kind: "entity"; id: string } | null>;
  /** Period labels resolved under a calendar, remembered for this article only (figures ask for the same few again and again). */
  readPeriod: ReadPeriod;
  /** The facts proposed so far, with where their figures start (in order). */
  bound: { fact: ProposedFact; start: number; metricNamed: boolean }[];
}

/** A figure's place in a run after 分别 / respectively (see respectivelyRun). */
export interface RespectivelyRun {
  k: number;
  length: number;
  marker: number;
}
