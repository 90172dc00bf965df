// `concord review`: verdicts recorded from the command line into reviews.yaml, and `--open`, the
// findings that still need one. Each test works in a temporary copy of a small repository.
import { existsSync, readdirSync } from "node:fs";
import { diffLines } from "diff";
import { beforeEach, describe, expect, it } from "vitest";
import { useCliWorkspace } from "./cli-helpers.js";
import { sourceFile, type FactFields } from "./helpers.js";

/** concord runs on a fixed clock. */
const { run, runIn, stdout, stderr, write, read, file } = useCliWorkspace("concord-review-", { now: () => new Date("2026-06-30T22:15:00Z") });

const income = (value: string): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale: "亿", unit: "USD", quote: `segment profit of ${value}` });
const growth = (value: string, basis: string): FactFields => ({ segment: "international", metric: "revenue", measure: "yoy", value, unit: "percent", basis, quote: `overseas sales up ${value}%` });

/** wire-one and wire-two disagree on segment profit (an error) and give overseas growth on two bases (a warning). */
function writeFacts() {
  write("facts/wire-one.yaml", sourceFile({ id: "wire-one", published: "2026-02-06" }, [income("115"), growth("11", "ex_fx")]));
  write("facts/wire-two.yaml", sourceFile({ id: "wire-two", published: "2026-02-07" }, [income("93"), growth("17", "reported")]));
}

const reviewsText = [
  "# Verdicts of the test desk.",
  "reviews:",
  "  # Nothing reviewed here yet but a finding that has since gone.",
  "  - finding: contradiction-0badc0de",
  "    verdict: both_right",
  "    note: >-",
  "      Kept from an earlier fact base; the figures it",
  "      concerned were corrected.",
  "    reviewer: test desk",
  "    date: '2026-01-15'   # before the corrections",
  "",
  "# End of the verdicts.",
  "",
].join("\n");

/** The ids of the open discrepancies' findings by rule, from `review --open` (each line ends with its findings' ids). */
async function openIds(...extra: string[]): Promise<Record<string, string>> {
  expect(await run("review", "--open", ...extra)).toBe(0);
  const findingIds = stdout().trimEnd().split("\n").filter(Boolean).flatMap((line) => /\(([^()]*)\)$/.exec(line)![1]!.split(", "));
  return Object.fromEntries(findingIds.map((id) => [id.replace(/-[0-9a-f]{8}$/, ""), id]));
}

/** The ids of the open discrepancies, from `review --open`. */
async function openItemIds(...extra: string[]): Promise<string[]> {
  expect(await run("review", "--open", ...extra)).toBe(0);
  return stdout().trimEnd().split("\n").filter(Boolean).map((line) => line.split(/\s+/)[0]!);
}

beforeEach(() => writeFacts());

describe("concord review --open", () => {
  it("lists the discrepancies at or above the fail level that have no verdict: id, severity, what disagrees, its findings", async () => {
    expect(await run("review", "--open")).toBe(0);
    const lines = stdout().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^d-[0-9a-f]{8} {2}error {4}Amazon\.com, Inc\. — North America segment — [^\n]*: 115 亿 USD vs 93 亿 USD \(contradiction-[0-9a-f]{8}\)$/);
    expect(stderr()).toBe("1 discrepancy at or above error without a verdict\n");
    expect(Object.keys(await openIds("--fail-on", "warning"))).toEqual(["contradiction", "basis-difference"]);
  });

  it("drops a finding once it has a verdict, and says when nothing is open", async () => {
    const { contradiction } = await openIds();
    expect(await run("review", contradiction!, "--verdict", "source_right", "--right", "wire-one", "--note", "The release gives 115.", "--reviewer", "test desk")).toBe(0);
    expect(await run("review", "--open")).toBe(0);
    expect(stdout()).toBe("");
    expect(stderr()).toBe("0 discrepancies at or above error without a verdict\n");
  });

  it("drops a discrepancy once it has a verdict on its own id, which settles it in reconcile too", async () => {
    const [item] = await openItemIds();
    expect(item).toMatch(/^d-[0-9a-f]{8}$/);
    expect(await run("review", item!, "--verdict", "source_right", "--right", "wire-one", "--note", "The release gives 115.", "--reviewer", "test desk")).toBe(0);
    expect(stderr()).toBe(`facts/reviews.yaml: verdict on ${item} added (source_right, test desk, 2026-06-30)\n`);
    expect(read("facts/reviews.yaml")).toContain(`  - finding: ${item}\n    verdict: source_right\n`);
    expect(await openItemIds()).toEqual([]);
    expect(await run("reconcile", "--out", "-")).toBe(0);
    expect(stdout()).toContain(`\`${item}\` · 🔴 error · ✅ reviewed: source right`);
    expect(stdout()).toContain(`**Verdict** (test desk, 2026-06-30): source right.`);
  });

  it("refuses a finding id or verdict options with --open", async () => {
    expect(await run("review", "--open", "contradiction-0badc0de")).toBe(2);
    expect(stderr()).toContain("concord review --open: --open lists the findings without a verdict; it records none");
  });
});

describe("concord review <finding-id>", () => {
  it("adds the verdict to reviews.yaml, dated today (UTC), changing nothing else in the file", async () => {
    write("facts/reviews.yaml", reviewsText);
    const { contradiction } = await openIds();
    expect(await run("review", contradiction!, "--verdict", "source_right", "--right", "wire-one", "--note", "The company's release gives 115; 93 is last year's.", "--reviewer", "test desk")).toBe(0);
    expect(stderr()).toBe(`facts/reviews.yaml: verdict on ${contradiction} added (source_right, test desk, 2026-06-30)\n`);
    const after = read("facts/reviews.yaml");
    const changed = diffLines(reviewsText, after).filter((part) => part.added || part.removed);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      added: true,
      value: [`  - finding: ${contradiction}`, "    verdict: source_right", "    right: [wire-one]", "    note: The company's release gives 115; 93 is last year's.", "    reviewer: test desk", '    date: "2026-06-30"', ""].join("\n"),
    });
    expect(readdirSync(file("facts")).filter((name) => name.startsWith("."))).toEqual([]);
    // reconcile reads it: the finding is reviewed, and the old verdict is stale.
    expect(await run("reconcile", "--out", "-", "--fail-on", "error")).toBe(0);
    expect(stdout()).toContain("The company's release gives 115; 93 is last year's.");
  });

  it("replaces an earlier verdict on the same finding in place", async () => {
    const { contradiction } = await openIds();
    expect(await run("review", contradiction!, "--verdict", "both_right", "--note", "First look.", "--reviewer", "day desk", "--date", "2026-06-01")).toBe(0);
    expect(existsSync(file("facts/reviews.yaml"))).toBe(true);
    const first = read("facts/reviews.yaml");
    expect(await run("review", contradiction!, "--verdict", "not_a_conflict", "--note", "Second look, different segments.", "--reviewer", "night desk", "--date", "2026-06-02")).toBe(0);
    expect(stderr()).toContain(`verdict on ${contradiction} replaced (not_a_conflict, night desk, 2026-06-02)`);
    expect(read("facts/reviews.yaml")).toBe(first.replace("both_right", "not_a_conflict").replace("First look.", "Second look, different segments.").replace("day desk", "night desk").replace("2026-06-01", "2026-06-02"));
  });

  it("exits 2 on an unknown id, listing the ids near it", async () => {
    const { contradiction } = await openIds();
    const slip = `${contradiction!.slice(0, -1)}${contradiction!.endsWith("0") ? "1" : "0"}`;
    expect(await run("review", slip, "--verdict", "both_right", "--note", "n", "--reviewer", "r")).toBe(2);
    expect(stderr()).toBe(`concord review <finding-id>: no discrepancy or finding has this id in the reconcile results of facts (found "${slip}"; expected one of the ids near it: ${contradiction})\n`);
    expect(existsSync(file("facts/reviews.yaml"))).toBe(false);
  });

  it("exits 2 when source_right has no --right, or --right names no source, without a stack trace", async () => {
    const { contradiction } = await openIds();
    expect(await run("review", contradiction!, "--verdict", "source_right", "--note", "n", "--reviewer", "r")).toBe(2);
    expect(stderr()).toContain("concord review --right: source_right needs the sources whose value stands");
    expect(await run("review", contradiction!, "--verdict", "source_right", "--right", "wire-tree", "--note", "n", "--reviewer", "r")).toBe(2);
    expect(stderr()).toContain('concord review --right: unknown source id (did you mean `wire-one`?) (found "wire-tree"; expected the id of a source in the fact base)');
    expect(await run("review", contradiction!, "--verdict", "probably", "--note", "n", "--reviewer", "r")).toBe(2);
    expect(await run("review", "--verdict", "both_right")).toBe(2);
    expect(stderr()).toContain("concord review <finding-id>: which finding?");
    expect(stderr()).not.toMatch(/\n\s+at /);
    expect(existsSync(file("facts/reviews.yaml"))).toBe(false);
  });

  it("exits 2 on a reviews.yaml it cannot use, naming file, line and column, and leaves it as it was", async () => {
    const { contradiction } = await openIds();
    const broken = reviewsText.replace("verdict: both_right", "verdict: both_right\n    verdict: not_a_conflict");
    write("facts/reviews.yaml", broken);
    expect(await run("review", contradiction!, "--verdict", "both_right", "--note", "n", "--reviewer", "r")).toBe(2);
    expect(stderr()).toMatch(/^facts\/reviews\.yaml:6:5: duplicate key/);
    expect(read("facts/reviews.yaml")).toBe(broken);
  });

  it("records a verdict from inside facts/ into the fact base's reviews.yaml", async () => {
    const { contradiction } = await openIds();
    expect(await runIn("facts", "review", contradiction!, "--verdict", "both_right", "--note", "n", "--reviewer", "r")).toBe(0);
    expect(read("facts/reviews.yaml")).toContain(`finding: ${contradiction}`);
    expect(existsSync(file("facts/facts"))).toBe(false);
  });
});
