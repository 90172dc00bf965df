// The shape of a companyfacts document: every problem named by its JSON path.
import { describe, expect, it } from "vitest";
import { checkCompanyFacts, jsonPointer, MAX_SHAPE_PROBLEMS } from "../../src/import/companyfacts.js";

const entry = { start: "2024-01-01", end: "2024-03-31", val: 1, accn: "0001018724-24-000083", fy: 2024, fp: "Q1", form: "10-Q", filed: "2024-04-30" };
const document = (units: unknown) => ({ cik: 1018724, entityName: "AMAZON.COM, INC.", facts: { "us-gaap": { Revenues: { label: "Revenues", description: null, units } } } });

describe("checkCompanyFacts", () => {
  it("accepts the SEC's shape, with labels, frames, null fy/fp and instants", () => {
    expect(checkCompanyFacts(document({ USD: [entry, { ...entry, start: undefined, frame: "CY2024Q1I", fy: null, fp: null }] }))).toEqual([]);
    expect(checkCompanyFacts({ ...document({ USD: [] }), cik: "1018724" })).toEqual([]);
  });

  it("names what is missing at the top", () => {
    expect(checkCompanyFacts([])).toEqual([expect.objectContaining({ path: [], message: "not a companyfacts document", found: "a list of 0" })]);
    expect(checkCompanyFacts({ entityName: "X" }).map((problem) => [jsonPointer(problem.path), problem.message])).toEqual([
      ["/cik", "no `cik`"],
      ["/facts", "no `facts`"],
    ]);
  });

  it("names each bad value by its path, unit names with a slash escaped", () => {
    const problems = checkCompanyFacts(document({ "USD/shares": [{ ...entry, val: "1.5", end: "2024-02-30", accn: "x" }, 7] }));
    expect(problems.map((problem) => [jsonPointer(problem.path), problem.message, problem.found])).toEqual([
      ["/facts/us-gaap/Revenues/units/USD~1shares/0/end", "`end` is not a date", '"2024-02-30"'],
      ["/facts/us-gaap/Revenues/units/USD~1shares/0/val", "`val` is not a number", '"1.5"'],
      ["/facts/us-gaap/Revenues/units/USD~1shares/0/accn", "`accn` is not an accession number", '"x"'],
      ["/facts/us-gaap/Revenues/units/USD~1shares/1", "a value is not an object", "7"],
    ]);
  });

  it("finds a start after the end, a concept without units, a taxonomy that is not an object", () => {
    expect(checkCompanyFacts(document({ USD: [{ ...entry, start: "2024-04-01" }] }))[0]).toMatchObject({ path: ["facts", "us-gaap", "Revenues", "units", "USD", 0, "start"], message: "`start` is after `end`" });
    expect(checkCompanyFacts({ cik: 1, entityName: "X", facts: { "us-gaap": { Revenues: {} }, dei: 3 } }).map((problem) => jsonPointer(problem.path))).toEqual(["/facts/us-gaap/Revenues/units", "/facts/dei"]);
  });

  it("lists at most a hundred problems, then counts the rest", () => {
    const problems = checkCompanyFacts(document({ USD: Array.from({ length: 150 }, () => ({ ...entry, val: null })) }));
    expect(problems).toHaveLength(MAX_SHAPE_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toBe("50 more problems are not listed");
  });
});
