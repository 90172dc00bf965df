// The extractor's word lists as data: one file per language under lexicons/ (zh.json, en.json),
// checked against schemas/lexicon.schema.json by test/extract/lexicons.test.ts. They are imported as
// JSON modules, so tsc copies them into dist/ beside this file and tsx and vitest read them from src/.
// Chinese words are written simplified (traditional text is converted before matching) and ASCII in
// lower case. The languages never share a word (every Chinese word holds a Han character, no English
// word does), so the order of the files changes nothing; the order within a file does.
import type { Basis, Qualifier } from "../model/types.js";
import en from "./lexicons/en.json" with { type: "json" };
import zh from "./lexicons/zh.json" with { type: "json" };

export type LexiconLanguage = "zh" | "en";

/** What a comparison word does where the code reads it (see the schema's `comparisonCue`). */
export type ComparisonRole = "base" | "than" | "against" | "over" | "above_below" | "beat" | "contrast" | "sentence_lead" | "base_lead" | "short" | "period_start";
/** What a word around a month that dates a forecast is (see the schema's `forecastWordCue`). */
export type ForecastWordRole = "noun" | "participle";

/**
 * Kinds whose words the code reads only at a place it names (right before a figure or a period,
 * between two figures, at a sentence's opening), through a pattern of its own: they are not added to
 * the cue lexicon, where a word matched anywhere, leftmost-longest, would hide a cue word it overlaps.
 */
export type PlacedGroup =
  | { kind: "comparison"; role: ComparisonRole; note?: string; words: string[] }
  | { kind: "forecast_word"; role: ForecastWordRole; note?: string; words: string[] }
  | { kind: "revision"; role: RevisionRole; note?: string; words: string[] }
  | { kind: "store_count"; role: StoreCountRole; note?: string; words: string[] }
  | { kind: "future" | "property" | "count_link" | "taiwan" | "name_opener" | "not_a_business" | "improvement" | "trade" | "meeting" | "deal" | "deal_verb" | "document" | "left_out" | "target_after" | "broker_name_end" | "firm_noun" | "results_warning" | "rubric" | "given_earlier" | "past_result" | "company_column" | "segment_column" | "kind_of_firm" | "sector" | "business_head" | "reach" | "role" | "region" | "channel" | "brings_in" | "shares_in" | "moves" | "same_as_last_year" | "same_as_year_end" | "report_part" | "earns" | "price_moves" | "stock_index" | "exchange" | "economic_index" | "preliminary_results" | "firm_name_end" | "trade_alone" | "session" | "nominal_value" | "other_story" | "promotion" | "page_counter" | "unheld_multiple_after" | "share_source" | "session_close" | "unheld_metric" | "not_a_market" | "market_share" | "market_scope" | "holds_share" | "company_anaphor" | "contrast" | "counterparty" | "business_participle" | "group_kin" | "group_head" | "parent_word" | "catch_all_part" | "results_verb" | "growth_noun" | "subsidiary_word" | "byline_word" | "adds" | "share_holder" | "reports_that" | "source_says" | "whole_column" | "legal_form" | "business_name_end"; note?: string; words: string[] };
export type PlacedKind = PlacedGroup["kind"];
/** Whether a revision word moved a forecast (raised, 上调) or kept it (reiterated, 维持). */
export type RevisionRole = "raised" | "lowered" | "moved" | "kept";
/** What a word around a Chinese count of stores says the count is (see the lexicon schema's storeCountCue). */
export type StoreCountRole = "store_word" | "restaurant_word" | "opened" | "net_added" | "closed" | "total" | "estate_word" | "held_as";
export type PlacedRole = ComparisonRole | ForecastWordRole | RevisionRole | StoreCountRole;
export const PLACED_KINDS: ReadonlySet<string> = new Set<PlacedKind>(["comparison", "forecast_word", "store_count", "future", "property", "count_link", "taiwan", "name_opener", "not_a_business", "improvement", "revision", "trade", "meeting", "deal", "deal_verb", "document", "left_out", "target_after", "broker_name_end", "firm_noun", "results_warning", "rubric", "given_earlier", "past_result", "company_column", "segment_column", "kind_of_firm", "sector", "business_head", "reach", "role", "region", "channel", "brings_in", "shares_in", "moves", "same_as_last_year", "same_as_year_end", "report_part", "earns", "price_moves", "stock_index", "exchange", "economic_index", "preliminary_results", "firm_name_end", "trade_alone", "session", "nominal_value", "other_story", "promotion", "page_counter", "unheld_multiple_after", "share_source", "session_close", "unheld_metric", "not_a_market", "market_share", "market_scope", "holds_share", "company_anaphor", "contrast", "counterparty", "business_participle", "group_kin", "group_head", "parent_word", "catch_all_part", "results_verb", "growth_noun", "subsidiary_word", "byline_word", "adds", "share_holder", "reports_that", "source_says", "whole_column", "legal_form", "business_name_end"]);

export type CueGroup =
  | { kind: "basis"; basis: Basis; scope: "clause" | "sentence" | "figure"; note?: string; words: string[] }
  | { kind: "loss" | "decline" | "growth" | "share" | "prior_generation" | "between" | "together" | "analyst_house" | "consensus_source" | "neutral" | "after_hours" | "the_company" | "cause" | "by_part" | "tolerance" | "bare_margin"; note?: string; words: string[] }
  | PlacedGroup;

export interface QualifierWord {
  word: string;
  qualifier: Exclude<Qualifier, "exact">;
}

/** One language's file, as the schema describes it. */
export interface LexiconFile {
  language: LexiconLanguage;
  cues: CueGroup[];
  qualifiers_before: QualifierWord[];
  qualifiers_after: QualifierWord[];
  anaphors: string[];
  compared_with: string[];
  peer_before: string[];
  rival_before: (string | { word: string; whole_word: true })[];
}

/** Every language's lexicon (JSON's inferred types are wider than the schema's: the test checks the files against it). */
export const LEXICON_FILES: readonly LexiconFile[] = [zh, en] as unknown as LexiconFile[];
