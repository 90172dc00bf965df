// The shape of the SEC's XBRL "companyfacts" document (https://data.sec.gov/api/xbrl/companyfacts/),
// checked by one walk over the parsed JSON: every problem is reported with its JSON path, the way a
// fact file's are, so an editor can find it in a 20 MB file. Extra properties (each concept's `label`
// and `description`) are allowed and ignored. Pure: no I/O.
import { isCalendarDate } from "../periods/days.js";

export interface XbrlEntry {
  /** First day of a duration; absent for an instant. */
  start?: string;
  /** Last day of a duration, or the instant. */
  end: string;
  val: number;
  /** Accession number of the filing that states it. */
  accn: string;
  /** The filing's fiscal year and period (they name the filing, not the figure's period). */
  fy: number | null;
  fp: string | null;
  form: string;
  filed: string;
  frame?: string;
}

export interface XbrlConcept {
  label?: string | null;
  description?: string | null;
  units: Record<string, XbrlEntry[]>;
}

export interface CompanyFacts {
  cik: number;
  entityName: string;
  /** Taxonomy prefix (`us-gaap`, `dei`, `ifrs-full`, …) → concept name → concept. */
  facts: Record<string, Record<string, XbrlConcept>>;
}

export type JsonPath = (string | number)[];

interface ShapeProblem {
  path: JsonPath;
  message: string;
  found: string;
  expected: string;
}

/** More problems than this are summed up in one last problem: one systematic mistake repeats everywhere. */
export const MAX_SHAPE_PROBLEMS = 100;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;
/** Values JavaScript writes without an exponent once they are made plain decimals. */
const LARGEST = 1e21;

/** A JSON pointer (RFC 6901) for a path: `/facts/us-gaap/EarningsPerShareBasic/units/USD~1shares/0`. */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** The problems that keep `data` from being a companyfacts document; none means it is one. */
export function checkCompanyFacts(data: unknown): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  let more = 0;
  const report = (path: JsonPath, message: string, found: unknown, expected: string) => {
    if (problems.length < MAX_SHAPE_PROBLEMS) problems.push({ path, message, found: describe(found), expected });
    else more++;
  };
  if (!isObject(data)) {
    report([], "not a companyfacts document", data, "a JSON object with `cik`, `entityName` and `facts`, as the SEC's XBRL API gives it");
    return problems;
  }
  if (!(typeof data.cik === "number" && Number.isInteger(data.cik) && data.cik > 0) && !(typeof data.cik === "string" && /^\d{1,10}$/.test(data.cik) && Number(data.cik) > 0)) {
    report(["cik"], data.cik === undefined ? "no `cik`" : "`cik` is not a CIK", data.cik, "the company's Central Index Key, a positive whole number (1018724)");
  }
  if (typeof data.entityName !== "string" || data.entityName.trim() === "") report(["entityName"], data.entityName === undefined ? "no `entityName`" : "`entityName` is not a name", data.entityName, "the company's name, a string");
  if (!isObject(data.facts)) {
    report(["facts"], data.facts === undefined ? "no `facts`" : "`facts` is not an object", data.facts, "an object of taxonomies (`us-gaap`, `dei`, `ifrs-full`), each an object of concepts");
    return problems;
  }
  for (const [taxonomy, concepts] of Object.entries(data.facts)) {
    if (!isObject(concepts)) {
      report(["facts", taxonomy], "a taxonomy is not an object of concepts", concepts, "an object of concepts, each with `units`");
      continue;
    }
    for (const [concept, body] of Object.entries(concepts)) {
      const at: JsonPath = ["facts", taxonomy, concept];
      if (!isObject(body) || !isObject(body.units)) {
        report(isObject(body) ? [...at, "units"] : at, isObject(body) ? "a concept without `units`" : "a concept is not an object", isObject(body) ? body.units : body, "an object with `units`: unit → list of values");
        continue;
      }
      for (const [unit, entries] of Object.entries(body.units)) {
        if (!Array.isArray(entries)) {
          report([...at, "units", unit], "a unit's values are not a list", entries, "a list of values, each `{start?, end, val, accn, fy, fp, form, filed}`");
          continue;
        }
        for (let index = 0; index < entries.length; index++) checkEntry(entries[index], [...at, "units", unit, index], report);
      }
    }
  }
  if (more > 0) problems.push({ path: [], message: `${more} more problems are not listed`, found: `${MAX_SHAPE_PROBLEMS + more} problems`, expected: "a companyfacts document as the SEC gives it (fix the problems above first)" });
  return problems;
}

function checkEntry(entry: unknown, at: JsonPath, report: (path: JsonPath, message: string, found: unknown, expected: string) => void): void {
  if (!isObject(entry)) {
    report(at, "a value is not an object", entry, "an object `{start?, end, val, accn, fy, fp, form, filed}`");
    return;
  }
  const date = (name: "start" | "end" | "filed", required: boolean) => {
    const value = entry[name];
    if (value === undefined && !required) return;
    if (typeof value !== "string" || !DATE.test(value) || !isCalendarDate(value)) report([...at, name], value === undefined ? `no \`${name}\`` : `\`${name}\` is not a date`, value, "a real date YYYY-MM-DD");
  };
  date("start", false);
  date("end", true);
  date("filed", true);
  if (typeof entry.start === "string" && typeof entry.end === "string" && entry.start > entry.end) report([...at, "start"], "`start` is after `end`", `${entry.start} to ${entry.end}`, "a start on or before the end");
  const val = entry.val;
  if (typeof val !== "number" || !Number.isFinite(val)) report([...at, "val"], val === undefined ? "no `val`" : "`val` is not a number", val, "a JSON number");
  else if (Math.abs(val) >= LARGEST) report([...at, "val"], "`val` is too large", val, `a number below 10^21`);
  if (typeof entry.accn !== "string" || !ACCESSION.test(entry.accn)) report([...at, "accn"], entry.accn === undefined ? "no `accn`" : "`accn` is not an accession number", entry.accn, "an SEC accession number, 0001018724-25-000004");
  if (typeof entry.form !== "string" || entry.form === "") report([...at, "form"], entry.form === undefined ? "no `form`" : "`form` is not a form type", entry.form, "the filing's form type, e.g. 10-Q, 10-K, 20-F");
  if (entry.fy !== undefined && entry.fy !== null && !(typeof entry.fy === "number" && Number.isInteger(entry.fy))) report([...at, "fy"], "`fy` is not a year", entry.fy, "the filing's fiscal year, a whole number (or null)");
  if (entry.fp !== undefined && entry.fp !== null && typeof entry.fp !== "string") report([...at, "fp"], "`fp` is not a fiscal period", entry.fp, "the filing's fiscal period, e.g. Q1 or FY (or null)");
  if (entry.frame !== undefined && typeof entry.frame !== "string") report([...at, "frame"], "`frame` is not a frame", entry.frame, "a calendar frame such as CY2024Q1 (or nothing)");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
