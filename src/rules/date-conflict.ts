// date-conflict: sources give different dates for one date-valued key (a launch date). When the dates
// are one day apart and the sources write from different time zones, the message says so: an event
// late on 2 December in Seattle is 3 December in Beijing.
import type { Fact, Source } from "../model/types.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";
import { sortedUnique } from "./value-spread.js";

export const dateConflict: Rule = {
  meta: {
    id: "date-conflict",
    kind: "date_conflict",
    description: "Sources give different dates for the same date-valued key.",
    defaultSeverity: "warning",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      dates: "Sources give different dates: {{dates_in_words}}.{{time_zone_note}}",
    },
    identity: ["dates"],
  },
  check({ groups, sources }) {
    const findings: RuleReport[] = [];
    for (const group of groups) {
      const facts = group.facts.filter((fact) => fact.parsed.kind === "date");
      const dates = sortedUnique(facts.map((fact) => (fact.parsed.kind === "date" ? fact.parsed.date : "")));
      if (dates.length < 2) continue;
      findings.push({ messageId: "dates", key: group.key, facts, data: { dates, dates_in_words: dates.join(" vs "), time_zone_note: timeZoneNote(dates, facts, sources) } });
    }
    return findings;
  },
};

function timeZoneNote(dates: string[], facts: Fact[], sources: ReadonlyMap<string, Source>): string {
  const first = Date.parse(dates[0]!);
  const last = Date.parse(dates.at(-1)!);
  if (dates.length !== 2 || last - first !== 86_400_000) return "";
  const zones = sortedUnique(facts.map((fact) => timeZoneOf(sources.get(fact.sourceId)) ?? "unknown"));
  const known = zones.filter((zone) => zone !== "unknown");
  if (known.length >= 2) return ` The dates are one day apart and the sources write from different time zones (${zones.join(", ")}): possibly the same moment in two zones.`;
  if (zones.includes("unknown")) {
    const unknown = new Set(facts.filter((fact) => timeZoneOf(sources.get(fact.sourceId)) === undefined).map((fact) => fact.sourceId)).size;
    const which = known.length === 0 ? "the time zone of the sources is" : unknown === 1 ? "the time zone of one source is" : `the time zones of ${unknown} sources are`;
    return ` The dates are one day apart; a time-zone difference may explain it (${which} unknown).`;
  }
  return "";
}

/** A source's UTC offset: the one in `published`, else `timezone`. */
export function timeZoneOf(source: Source | undefined): string | undefined {
  if (!source) return undefined;
  const offset = source.published ? /(Z|[+-]\d{2}:\d{2})$/.exec(source.published)?.[1] : undefined;
  const zone = offset ?? source.timezone;
  return zone === "Z" ? "+00:00" : zone;
}
