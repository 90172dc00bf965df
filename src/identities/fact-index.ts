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

/** One distinct question's answer, with its per-basis filters made once so they keep their identity. */
interface Answer {
  all: Fact[];
  byBasis?: Map<Basis, readonly Fact[]>;
}

export function buildFactIndex(groups: readonly FactGroup[]): FactIndex {
  const byKey = new Map<string, FactGroup[]>();
  // Every fact of a group asks for the same operands: answer each distinct question once.
  const answers = new Map<string, Answer>();
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
      const answer = answerTo(query);
      const known = answer.byBasis?.get(basis);
      if (known) return known;
      const all = answer.all;
      let allOnBasis = true;
      for (let i = 0; i < all.length; i++) {
        if (all[i]!.basis !== basis) {
          allOnBasis = false;
          break;
        }
      }
      const found = allOnBasis ? all : all.filter((fact) => fact.basis === basis);
      (answer.byBasis ??= new Map()).set(basis, found);
      return found;
    },
    findAnyBasis: (query) => answerTo(query).all,
  };

  function answerTo(query: Omit<OperandQuery, "basis">): Answer {
    const memo = `${query.entity}|${query.segment}|${query.metric}|${query.measure ?? "level"}|${query.of ?? ""}|${query.period}|${query.unit ?? ""}`;
    const known = answers.get(memo);
    if (known) return known;
    const key = memo.slice(0, memo.length - (query.unit ?? "").length - 1);
    const found: Fact[] = [];
    const matching = byKey.get(key);
    if (matching) {
      for (const group of matching) {
        for (const fact of group.facts) {
          if (fact.parsed.kind === "number" && (query.unit === undefined || fact.unit === query.unit)) found.push(fact);
        }
      }
    }
    const answer: Answer = { all: found };
    answers.set(memo, answer);
    return answer;
  }
}

/**
 * Candidate lists come from the index's memo, so each is searched once however often it is asked:
 * what was found is kept on the list itself (a WeakMap per list would make every collection of a
 * large heap slower), or in a WeakMap for a list that cannot take it.
 */
const FIRST_BY_SOURCE = Symbol("firstBySource");
const FIRST_PRIMARY = Symbol("firstPrimary");
const firstBySource = new WeakMap<readonly Fact[], Map<string, Fact>>();
const firstPrimary = new WeakMap<readonly Fact[], Fact | null>();
/** Shorter lists are searched directly: cheaper than building and keeping a map for them. */
const SCAN_LIMIT = 16;

interface Memoised {
  [FIRST_BY_SOURCE]?: Map<string, Fact>;
  [FIRST_PRIMARY]?: Fact | null;
}

/**
 * The operand an identity uses from several candidates: the anchor's own source first (an article is
 * checked against itself), then a primary source (the company's release), then the first stated.
 */
export function chooseOperand(candidates: readonly Fact[], preferredSource: string | undefined, sources: ReadonlyMap<string, Source>): Fact | undefined {
  if (candidates.length === 0) return undefined;
  const memo = candidates as readonly Fact[] & Memoised;
  const extensible = Object.isExtensible(candidates);
  if (preferredSource !== undefined) {
    if (candidates.length <= SCAN_LIMIT) {
      for (let i = 0; i < candidates.length; i++) if (candidates[i]!.sourceId === preferredSource) return candidates[i];
    } else {
      let bySource = extensible ? memo[FIRST_BY_SOURCE] : firstBySource.get(candidates);
      if (!bySource) {
        bySource = new Map();
        for (const fact of candidates) if (!bySource.has(fact.sourceId)) bySource.set(fact.sourceId, fact);
        if (extensible) Object.defineProperty(candidates, FIRST_BY_SOURCE, { value: bySource, enumerable: false });
        else firstBySource.set(candidates, bySource);
      }
      const own = bySource.get(preferredSource);
      if (own) return own;
    }
  }
  let primary = extensible ? memo[FIRST_PRIMARY] : firstPrimary.get(candidates);
  if (primary === undefined) {
    primary = candidates.find((fact) => sources.get(fact.sourceId)?.kind === "primary") ?? null;
    if (extensible) Object.defineProperty(candidates, FIRST_PRIMARY, { value: primary, enumerable: false });
    else firstPrimary.set(candidates, primary);
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
