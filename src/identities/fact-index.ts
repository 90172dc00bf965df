// Finding the facts an identity needs without scanning: every group of facts indexed by its key
// without the unit, so "North America revenue, reported, 2024-Q4" is one map lookup. Periods are
// looked up by their days, and shifted by whole years or quarters on those days.
import type { Basis, Fact, Source } from "../model/types.js";
import type { FactGroup } from "../rules/rule.js";

export interface OperandQuery {
  entity: string;
  segment: string;
  metric: string;
  measure?: string;
  of?: string;
  /** The period's key (its days). */
  period: string;
  basis?: Basis;
  unit?: string;
}

export interface FactIndex {
  /** Numeric facts with this key and basis (default reported), in fact-base order. Do not modify. */
  find(query: OperandQuery): readonly Fact[];
  /** Numeric facts with this key on any basis (and in `unit`, when given), in fact-base order. */
  findAnyBasis(query: Omit<OperandQuery, "basis">): readonly Fact[];
  /** Groups of every key, to enumerate the facts an identity starts from. */
  groups: readonly FactGroup[];
}

export function buildFactIndex(groups: readonly FactGroup[]): FactIndex {
  const byKey = new Map<string, FactGroup[]>();
  // Every fact of a group asks for the same operands: answer each distinct question once.
  const answers = new Map<string, Fact[]>();
  for (const group of groups) {
    const { entity, segment, metric, measure, of, period } = group.key;
    const key = `${entity}|${segment}|${metric}|${measure}|${of ?? ""}|${period}`;
    const list = byKey.get(key);
    if (list) list.push(group);
    else byKey.set(key, [group]);
  }
  return {
    groups,
    find(query) {
      const basis = query.basis ?? "reported";
      const all = lookUp(query);
      return all.every((fact) => fact.basis === basis) ? all : all.filter((fact) => fact.basis === basis);
    },
    findAnyBasis: lookUp,
  };

  function lookUp(query: Omit<OperandQuery, "basis">): Fact[] {
    const key = `${query.entity}|${query.segment}|${query.metric}|${query.measure ?? "level"}|${query.of ?? ""}|${query.period}`;
    const memo = `${key}|${query.unit ?? ""}`;
    const known = answers.get(memo);
    if (known) return known;
    const found: Fact[] = [];
    for (const group of byKey.get(key) ?? []) {
      for (const fact of group.facts) {
        if (fact.parsed.kind === "number" && (query.unit === undefined || fact.unit === query.unit)) found.push(fact);
      }
    }
    answers.set(memo, found);
    return found;
  }
}

/** Candidate lists come from the index's memo, so each is searched once however often it is asked. */
const firstBySource = new WeakMap<readonly Fact[], Map<string, Fact>>();
const firstPrimary = new WeakMap<readonly Fact[], Fact | null>();

/**
 * The operand an identity uses from several candidates: the anchor's own source first (an article is
 * checked against itself), then a primary source (the company's release), then the first stated.
 */
export function chooseOperand(candidates: readonly Fact[], preferredSource: string | undefined, sources: ReadonlyMap<string, Source>): Fact | undefined {
  if (candidates.length === 0) return undefined;
  if (preferredSource !== undefined) {
    let bySource = firstBySource.get(candidates);
    if (!bySource) {
      bySource = new Map();
      for (const fact of candidates) if (!bySource.has(fact.sourceId)) bySource.set(fact.sourceId, fact);
      firstBySource.set(candidates, bySource);
    }
    const own = bySource.get(preferredSource);
    if (own) return own;
  }
  let primary = firstPrimary.get(candidates);
  if (primary === undefined) {
    primary = candidates.find((fact) => sources.get(fact.sourceId)?.kind === "primary") ?? null;
    firstPrimary.set(candidates, primary);
  }
  return primary ?? candidates[0];
}

/** Shifted keys are asked for again and again (every fact of a period): remember them. */
const shifted = new Map<string, string | undefined>();

/** The key of the same span of days moved by whole months (−12: a year earlier; −3: a quarter earlier). */
export function shiftPeriodKey(key: string, months: number): string | undefined {
  const memo = `${months}|${key}`;
  if (shifted.has(memo)) return shifted.get(memo);
  const result = computeShift(key, months);
  if (shifted.size < 100_000) shifted.set(memo, result);
  return result;
}

function computeShift(key: string, months: number): string | undefined {
  if (key.startsWith("@")) {
    const date = shiftDate(key.slice(1), months, true);
    return date && `@${date}`;
  }
  const [start, end] = key.split("..");
  if (!start || !end) return undefined;
  const shiftedStart = shiftDate(start, months, false);
  const shiftedEnd = shiftDate(end, months, true);
  return shiftedStart && shiftedEnd ? `${shiftedStart}..${shiftedEnd}` : undefined;
}

/** Moves a date by whole months; a period's last day stays the last day of its month. */
function shiftDate(iso: string, months: number, isEnd: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const wasMonthEnd = day === new Date(Date.UTC(year, month, 0)).getUTCDate();
  const targetDay = isEnd && wasMonthEnd ? lastDay : Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}

/** Whole months a period key covers (2025-10-01..2025-12-31 → 3), or undefined for instants. */
export function periodMonths(key: string): number | undefined {
  const [start, end] = key.split("..");
  if (!start || !end) return undefined;
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}
