import { describe, expect, it } from "vitest";
import type { Fact, FactBase } from "../../src/model/types.js";
import type { Judgement } from "../../src/model/finding.js";
import { isDroppedDigit, isTransposition, judge, writtenDigits, type IdentityEvidence } from "../../src/reconcile/judgement.js";
import { buildRuleContext, reconcile } from "../../src/reconcile/reconcile.js";
import { adGrowth, capex, type FactFields, income, loadInline, repositoryTaxonomy, sourceFile } from "../helpers.js";
import { defaultConfig } from "../../src/config/config.js";
import { formatReportMarkdown } from "../../src/format/report-markdown.js";

/** North America operating income, 2025-Q4 unless stated, in 亿 USD unless stated. */

interface Source {
  id: string;
  primary?: boolean;
  facts: FactFields[];
}

const release = (...facts: FactFields[]): Source => ({ id: "release", primary: true, facts });
const wire = (id: string, ...facts: FactFields[]): Source => ({ id, facts });

function factBaseOf(sources: readonly Source[]): FactBase {
  return loadInline(Object.fromEntries(sources.map((source) => [`facts/${source.id}.yaml`, sourceFile({ id: source.id, kind: source.primary ? "primary" : "secondary", published: "2026-02-06" }, source.facts)])));
}

/**
 * Judges the facts a finding would hold: by default those of 2025-Q4 or FY2025 on the reported basis
 * (the rest of the fact base is context: last year's figures, other bases).
 */
function judged(sources: readonly Source[], options: { select?: (fact: Fact) => boolean; identityEvidence?: IdentityEvidence; kind?: "contradiction" | "self_contradiction" } = {}): Judgement {
  const factBase = factBaseOf(sources);
  const select = options.select ?? ((fact: Fact) => (fact.period.label === "2025-Q4" || fact.period.label === "FY2025") && fact.basis === "reported");
  const facts = factBase.facts.filter(select);
  return judge(
    { kind: options.kind ?? "contradiction", facts },
    { ...buildRuleContext(factBase), ...(options.identityEvidence ? { identityEvidence: options.identityEvidence } : {}) },
  );
}

const supportedValue = (judgement: Judgement) => judgement.supported?.value;

describe("judge: which value the evidence supports", () => {
  const cases: [name: string, sources: Source[], supported: string | undefined][] = [
    ["a primary source supports its value", [release(income("11,472", { scale: "million" })), wire("wire-a", income("115")), wire("wire-b", income("93"))], "11,472 million USD / 115 亿 USD"],
    ["a primary source outweighs a majority of secondary sources", [release(income("115")), wire("wire-a", income("93")), wire("wire-b", income("93"))], "115 亿 USD"],
    ["without a primary source, the majority of independent sources", [wire("wire-a", income("115")), wire("wire-b", income("115")), wire("wire-c", income("93"))], "115 亿 USD"],
    ["a source repeating itself counts once", [wire("wire-a", income("115"), income("115.0")), wire("wire-b", income("93"))], undefined],
    ["no support when the sources tie", [wire("wire-a", income("115")), wire("wire-b", income("93"))], undefined],
    ["no support when two primary sources tie", [release(income("115")), { id: "release-b", primary: true, facts: [income("93")] }], undefined],
    ["no support when three values have one source each", [wire("wire-a", income("115")), wire("wire-b", income("93")), wire("wire-c", income("100"))], undefined],
  ];

  it.each(cases)("%s", (_name, sources, supported) => {
    expect(supportedValue(judged(sources))).toBe(supported);
  });

  it("ranks candidates best supported first and says why", () => {
    const judgement = judged([wire("wire-a", income("93")), release(income("11,472", { scale: "million" })), wire("wire-b", income("115"))]);
    expect(judgement.candidates.map((candidate) => [candidate.value, candidate.sources, candidate.primary, candidate.agreeingSources, candidate.score])).toEqual([
      ["11,472 million USD / 115 亿 USD", ["release", "wire-b"], true, 2, 1020],
      ["93 亿 USD", ["wire-a"], false, 1, 10],
    ]);
    expect(judgement.candidates[0]!.reasons).toEqual(["The company's own release states it (release), and 2 independent sources agree on it (release, wire-b)."]);
    expect(judgement.candidates[1]!.reasons).toEqual(["Only 1 source states it (wire-a)."]);
    expect(judgement.summary).toBe("The evidence supports 11,472 million USD / 115 亿 USD: the company's own release states it, and 2 independent sources agree on it. No likely cause was found for 93 亿 USD.");
  });

  it("says when the evidence favours no value, and lists only the outliers it can explain", () => {
    const judgement = judged([wire("wire-a", income("115")), wire("wire-b", income("93")), release(income("93", { period: "2024-Q4" }))]);
    expect(judgement.supported).toBeUndefined();
    expect(judgement.outliers.map((outlier) => [outlier.candidate.value, outlier.cause?.kind])).toEqual([["93 亿 USD", "prior_period"]]);
    expect(judgement.summary).toBe("No value is clearly supported: 93 亿 USD and 115 亿 USD have equal evidence (none is stated by a primary source, and each has 1 source). 93 亿 USD is likely the prior year's figure.");
  });

  it("lets the identities break a tie, and gives what they say as reasons", () => {
    const identityEvidence: IdentityEvidence = (fact) => (fact.written.value === "115" ? { satisfied: ["segments sum to the total"], broken: [] } : { satisfied: [], broken: ["margin = income / revenue"] });
    const judgement = judged([wire("wire-a", income("115")), wire("wire-b", income("93"))], { identityEvidence });
    expect(supportedValue(judgement)).toBe("115 亿 USD");
    expect(judgement.candidates[0]!.reasons).toContain('It fits the identity "segments sum to the total".');
    expect(judgement.candidates[1]!.reasons).toContain('It does not fit the identity "margin = income / revenue".');
    expect(judgement.candidates.map((candidate) => candidate.score)).toEqual([11, 9]);
    expect(judgement.summary).toMatch(/^The evidence supports 115 亿 USD: the arithmetic identities favour it\./);
  });

  it("does not let the identities overrule a primary source", () => {
    const identityEvidence: IdentityEvidence = (fact) => (fact.sourceId === "release" ? { satisfied: [], broken: ["segments sum to the total"] } : { satisfied: ["segments sum to the total"], broken: [] });
    expect(supportedValue(judged([release(income("115")), wire("wire-a", income("93"))], { identityEvidence }))).toBe("115 亿 USD");
  });

  it("for a self-contradiction, counts what other sources say for the key and basis", () => {
    const sources = [wire("wire-a", adGrowth("23"), adGrowth("22")), release(adGrowth("23"), adGrowth("22", { basis: "ex_fx" })), wire("wire-b", adGrowth("22"))];
    const judgement = judged(sources, { kind: "self_contradiction", select: (fact) => fact.sourceId === "wire-a" });
    expect(judgement.candidates.map((candidate) => [candidate.value, candidate.sources])).toEqual([
      ["23 percent", ["release", "wire-a"]],
      ["22 percent", ["wire-a", "wire-b"]],
    ]);
    expect(supportedValue(judgement)).toBe("23 percent");
    expect(judgement.outliers[0]!.cause?.kind).toBe("basis_slip");
  });

  it("lets a value bounded on one side agree with every value it allows", () => {
    const judgement = judged([wire("wire-a", income("115")), wire("wire-b", income("93")), wire("wire-c", income("90", { qualifier: "more_than" }))]);
    expect(judgement.candidates.map((candidate) => [candidate.value, candidate.agreeingSources])).toEqual([
      ["93 亿 USD / more than 90 亿 USD", 2],
      ["115 亿 USD / more than 90 亿 USD", 2],
    ]);
    expect(judgement.supported).toBeUndefined();
  });
});

describe("judge: the likely cause of each outlier", () => {
  const cases: [name: string, sources: Source[], cause: string | undefined][] = [
    // prior_period
    ["the prior year's quarter", [release(income("115"), income("92.56", { period: "2024-Q4" })), wire("wire-a", income("93"))], "prior_period"],
    ["the prior fiscal year", [release(capex("1318.19"), capex("829.99", { period: "FY2024" })), wire("wire-a", capex("830"))], "prior_period"],
    ["the prior year's figure from a secondary source", [release(income("115")), wire("wire-a", income("93")), wire("wire-b", income("93", { period: "2024-Q4" }))], "prior_period"],
    ["not a prior-year figure that differs", [release(income("115"), income("80", { period: "2024-Q4" })), wire("wire-a", income("93"))], undefined],
    ["not a prior-year bound (less than 100 explains nothing)", [release(income("115"), income("100", { period: "2024-Q4", qualifier: "less_than" })), wire("wire-a", income("93"))], undefined],
    ["not the prior quarter (only a year earlier counts)", [release(income("115"), income("93", { period: "2025-Q3" })), wire("wire-a", income("93"))], undefined],
    ["not a prior-year figure on another basis", [release(income("115"), income("93", { period: "2024-Q4", basis: "non_gaap" })), wire("wire-a", income("93"))], undefined],
    ["not a prior-year figure the supported value matches too", [release(income("115"), income("110", { period: "2024-Q4", qualifier: "about" })), wire("wire-a", income("105"))], undefined],
    // scale_slip
    ["a factor of 10 too small (亿 for 十亿)", [release(income("115")), wire("wire-a", income("11.5"))], "scale_slip"],
    ["a factor of 10 too large", [release(income("115")), wire("wire-a", income("1,150"))], "scale_slip"],
    ["a factor of 1,000 (million for billion)", [release(income("11,472", { scale: "million" })), wire("wire-a", income("11.472", { scale: "million" }))], "scale_slip"],
    ["a factor of 10 with rounding (1.15 billion for 11,472 million)", [release(income("11,472", { scale: "million" })), wire("wire-a", income("1.15", { scale: "billion" }))], "scale_slip"],
    ["not a value that only a bound matches (×10 is more than 100)", [release(income("115")), wire("wire-b", income("100", { qualifier: "more_than" })), wire("wire-a", income("13"))], undefined],
    ["not a value that is merely different", [release(income("115")), wire("wire-a", income("93"))], undefined],
    ["not a factor of 100", [release(income("115")), wire("wire-a", income("1.15"))], undefined],
    // dropped_digit
    ["1245 vs 125: a dropped digit", [release(income("1245")), wire("wire-a", income("125"))], "dropped_digit"],
    ["114.72 vs 11.72: a dropped digit across the decimal point", [release(income("114.72")), wire("wire-a", income("11.72"))], "dropped_digit"],
    ["not 1245 vs 135", [release(income("1245")), wire("wire-a", income("135"))], undefined],
    ["not when the digits match but the place does not (1245 亿 vs 125 万)", [release(income("1245")), wire("wire-a", income("125", { scale: "万" }))], undefined],
    // transposed_digits
    ["213 vs 231: transposed digits", [release(income("213")), wire("wire-a", income("231"))], "transposed_digits"],
    ["213 亿 vs 23.1 billion: transposed whatever the scale words", [release(income("213")), wire("wire-a", income("23.1", { scale: "billion" }))], "transposed_digits"],
    ["not 213 vs 312 (not adjacent)", [release(income("213")), wire("wire-a", income("312"))], undefined],
    ["not 213 亿 vs 231 million (another place)", [release(income("213")), wire("wire-a", income("231", { scale: "million" }))], undefined],
    // basis_slip
    ["the ex-FX figure given as reported", [release(adGrowth("23"), adGrowth("22", { basis: "ex_fx" })), wire("wire-a", adGrowth("22"))], "basis_slip"],
    ["the non-GAAP figure given as reported", [release(income("250"), income("274", { basis: "non_gaap" })), wire("wire-a", income("274"))], "basis_slip"],
    ["not a figure on another basis that differs", [release(adGrowth("23"), adGrowth("20", { basis: "ex_fx" })), wire("wire-a", adGrowth("22"))], undefined],
    // sign_slip
    ["a loss written as a gain", [release(income("-27")), wire("wire-a", income("27"))], "sign_slip"],
    ["a fall written as a rise", [release(adGrowth("-5")), wire("wire-a", adGrowth("5"))], "sign_slip"],
    ["not a different value of the other sign", [release(income("-27")), wire("wire-a", income("30"))], undefined],
  ];

  it.each(cases)("%s", (_name, sources, cause) => {
    const judgement = judged(sources);
    expect(judgement.supported, "the release's value is supported").toBeDefined();
    expect(judgement.outliers).toHaveLength(1);
    expect(judgement.outliers[0]!.cause?.kind).toBe(cause);
  });

  it("names the source, the period and the matching value", () => {
    const judgement = judged([release(income("11,472", { scale: "million" })), { id: "release-2024", primary: true, facts: [income("9,256", { scale: "million", period: "2024-Q4" })] }, wire("wire-a", income("93"))]);
    expect(judgement.outliers[0]!.cause).toEqual({
      kind: "prior_period",
      explanation: "93 亿 USD looks like the prior year's figure: release-2024 gives 9,256 million USD for 2024-Q4",
    });
    expect(judgement.summary).toContain("93 亿 USD is likely the prior year's figure.");
  });

  it.each([
    ["basis_slip", [release(adGrowth("23"), adGrowth("22", { basis: "ex_fx" })), wire("wire-a", adGrowth("22"))], "22 percent looks like the ex-FX figure quoted as reported: release gives 22 percent ex-FX"],
    ["scale_slip", [release(income("115")), wire("wire-a", income("11.5"))], "11.5 亿 USD looks like a slip of scale by a factor of 10, as between 亿 and 十亿 or from a misplaced decimal point: multiplied by 10, it gives 115 亿 USD"],
    ["dropped_digit", [release(income("1245")), wire("wire-a", income("125"))], "125 亿 USD looks like 1245 亿 USD with a digit dropped (1245 became 125)"],
    ["transposed_digits", [release(income("213")), wire("wire-a", income("231"))], "231 亿 USD looks like 213 亿 USD with two adjacent digits swapped (213 became 231)"],
    ["sign_slip", [release(income("-27")), wire("wire-a", income("27"))], "27 亿 USD looks like -27 亿 USD with its sign reversed, as when a loss is written as a gain or a fall as a rise (or the reverse)"],
  ] as [string, Source[], string][])("explains %s", (kind, sources, explanation) => {
    expect(judged(sources).outliers[0]!.cause).toEqual({ kind, explanation });
  });

  it("reports the first cause that fits: a prior-year figure before another basis", () => {
    const sources = [release(adGrowth("23"), adGrowth("22", { basis: "ex_fx" }), adGrowth("22", { period: "2024-Q4" })), wire("wire-a", adGrowth("22"))];
    expect(judged(sources).outliers[0]!.cause?.kind).toBe("prior_period");
  });

  it("compares values only with a supported value", () => {
    const judgement = judged([wire("wire-a", income("213")), wire("wire-b", income("231"))]);
    expect(judgement.supported).toBeUndefined();
    expect(judgement.outliers).toEqual([]);
  });
});

describe("digit strings", () => {
  it.each([
    ["1,245", "1245"],
    ["-27", "27"],
    ["114.72", "11472"],
    ["0.05", "5"],
    ["0", "0"],
  ])("%s has the digits %s", (written, digits) => {
    expect(writtenDigits(written)).toBe(digits);
  });

  it.each([
    ["1245", "125", true],
    ["1245", "124", true],
    ["1245", "245", true],
    ["1245", "135", false],
    ["1245", "1245", false],
    ["1245", "12", false],
  ])("%s → %s is a dropped digit: %s", (long, short, expected) => {
    expect(isDroppedDigit(long, short)).toBe(expected);
  });

  it.each([
    ["213", "231", true],
    ["213", "123", true],
    ["213", "312", false],
    ["2133", "2313", true],
    ["213", "213", false],
    ["1221", "2112", false],
  ])("%s → %s is a transposition: %s", (a, b, expected) => {
    expect(isTransposition(a, b)).toBe(expected);
  });
});

describe("reconcile attaches judgements", () => {
  const factBase = factBaseOf([release(income("115"), income("92.56", { period: "2024-Q4" }), adGrowth("23"), adGrowth("22", { basis: "ex_fx" })), wire("wire-a", income("93")), wire("wire-b", adGrowth("23"), adGrowth("22"))]);
  const { findings } = reconcile(factBase);

  it("to contradictions and self-contradictions only", () => {
    expect(findings.map((finding) => [finding.kind, finding.judgement !== undefined])).toEqual(
      expect.arrayContaining([
        ["contradiction", true],
        ["self_contradiction", true],
        ["basis_difference", false],
      ]),
    );
  });

  it("with the causes the fact base explains", () => {
    const causes = findings.filter((finding) => finding.judgement).map((finding) => [finding.kind, finding.key.segment, finding.judgement!.supported?.value, finding.judgement!.outliers.map((outlier) => outlier.cause?.kind)]);
    expect(causes).toEqual([
      ["contradiction", "advertising", "23 percent", ["basis_slip"]],
      ["self_contradiction", "advertising", "23 percent", ["basis_slip"]],
      ["contradiction", "north_america", "115 亿 USD", ["prior_period"]],
    ]);
  });
});

describe("judge: reasons", () => {
  it("name the first six sources and count the rest", () => {
    const many = Array.from({ length: 8 }, (_, at) => wire(`wire-${at}`, income("115")));
    const judgement = judged([...many, wire("wire-x", income("93"))]);
    expect(judgement.candidates[0]!.reasons).toEqual(["8 independent sources agree on it (wire-0, wire-1, wire-2, wire-3, wire-4, wire-5 and 2 more)."]);
    expect(judgement.candidates[0]!.sources).toHaveLength(8);
  });
});

describe("judge: evidence in plain sentences", () => {
  // Invented figures: a release giving advertising growth of 31% reported and 30% excluding FX, with
  // last year's and this year's advertising revenue; two wires quoting 30% as if reported.
  const ads = (value: string, period: string): FactFields => ({ segment: "advertising", metric: "revenue", value, scale: "亿", unit: "USD", period, quote: `ad sales ${value}` });
  const sources = [release(adGrowth("31"), adGrowth("30", { basis: "ex_fx" }), ads("131.0", "2025-Q4"), ads("100.0", "2024-Q4")), wire("wire-a", adGrowth("30")), wire("wire-b", adGrowth("30"))];
  const factBase = factBaseOf(sources);
  const taxonomy = repositoryTaxonomy();
  const { findings } = reconcile(factBase, [], defaultConfig(), taxonomy);
  const contradiction = findings.find((finding) => finding.kind === "contradiction")!;

  it("names broken identities in words, never by their taxonomy id", () => {
    const outlier = contradiction.judgement!.candidates.find((candidate) => candidate.value === "30 percent")!;
    expect(outlier.reasons).toEqual(["2 independent sources agree on it (wire-a, wire-b).", "It does not fit the growth from the earlier period's figure."]);
    expect(contradiction.judgement!.outliers[0]!.cause?.explanation).toBe("30 percent looks like the ex-FX figure quoted as reported: release gives 30 percent ex-FX");
    expect(contradiction.judgement!.summary).toBe("The evidence supports 31 percent: the company's own release states it. 30 percent is likely the ex-FX figure.");
  });

  it("writes every evidence line of the report as sentences, without labels or jargon", () => {
    const markdown = formatReportMarkdown({ factBase, taxonomy, findings: [contradiction], staleReviews: [], failOn: "error", intervalOptions: { aboutTolerance: defaultConfig().aboutTolerance } });
    expect(markdown).toContain(
      [
        "- **31 percent**: The evidence supports this value. The company's own release states it (release), and no other source states it.",
        "- **30 percent**: This value is the odd one out. 2 independent sources agree on it (wire-a, wire-b). It does not fit the growth from the earlier period's figure. 30 percent looks like the ex-FX figure quoted as reported: release gives 30 percent ex-FX.",
      ].join("\n"),
    );
    expect(markdown).not.toMatch(/\(outlier|\(supported\)|breaks |satisfies |: likely|→/);
  });
});
