import { describe, expect, it } from "vitest";
import { loadTaxonomy } from "../../src/load/load-fact-base.js";
import { companyNamesOf, withoutNewNames } from "../../src/taxonomy/taxonomy.js";
import { ratioTerm, sumTerm, type RatioIdentity, type SumIdentity } from "../../src/identities/identity.js";
import { repositoryTaxonomy } from "../helpers.js";

const NO_ALIASES = "aliases: { zh-Hans: [], zh-Hant: [], en: [] }";
/** A small taxonomy (lines 1–12, `identities:` on line 12) followed by the given identity lines (from line 13). */
const taxonomyWith = (identityLines: readonly string[]) =>
  [
    "entities:",
    `  AMZN: { name: Amazon, fiscal_year_end: "12-31", ${NO_ALIASES} }`,
    "segments:",
    `  total: { name: Total, kind: total, ${NO_ALIASES} }`,
    `  aws: { name: AWS, kind: reportable, parent: total, ${NO_ALIASES} }`,
    "measures: {}",
    "metrics:",
    `  revenue: { name: Revenue, kind: amount, units: [currency], ${NO_ALIASES} }`,
    `  operating_income: { name: Operating income, kind: amount, units: [currency], ${NO_ALIASES} }`,
    `  operating_margin: { name: Operating margin, kind: ratio, units: [percent], ${NO_ALIASES} }`,
    "# identities follow",
    "identities:",
    ...identityLines,
    "",
  ].join("\n");
/** Diagnostics as `line path message (found)`. */
const problems = (identityLines: readonly string[]) =>
  loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(identityLines) }).diagnostics.map((d) => `${d.line} ${d.path} ${d.message} (${d.found})`);

const margin = ["  - id: operating-margin", "    kind: ratio", "    description: Margin.", "    result: operating_margin", "    numerator: operating_income", "    denominator: revenue"];

describe("taxonomy identities", () => {
  it("loads valid identities of every kind", () => {
    const { taxonomy, diagnostics } = loadTaxonomy({
      file: "taxonomy.yaml",
      text: taxonomyWith([
        ...margin,
        "  - { id: share-of-total, kind: share, description: Share. }",
        "  - { id: aws-sum, kind: sum, description: Sum., entities: [AMZN], metric: revenue, total: total, parts: [aws, aws] }",
        "  - { id: growth, kind: growth, description: Growth., metric_kinds: [amount, ratio] }",
        '  - { id: run-rate, kind: run_rate, description: Run rate., factor: "4" }',
        "  - { id: guidance, kind: guidance, description: Guidance. }",
        "  - { id: order, kind: order, description: Order., metric_kinds: [amount] }",
        "  - { id: sign, kind: sign, description: Sign., metrics: [revenue] }",
      ]),
    });
    expect(diagnostics).toEqual([]);
    expect(taxonomy!.identities.map((identity) => identity.kind)).toEqual(["ratio", "share", "sum", "growth", "run_rate", "guidance", "order", "sign"]);
  });

  it("links an amount to its margin and a level to its move, read from the other side", () => {
    const text = taxonomyWith(margin)
      .replace("operating_margin: { name: Operating margin, kind: ratio,", "operating_margin: { name: Operating margin, kind: ratio, margin_of: operating_income,")
      .replace("# identities follow", [`  share_price: { name: Share price, kind: amount, units: [currency], ${NO_ALIASES} }`, `  share_price_change: { name: Share price change, kind: ratio, change: true, level: share_price, units: [percent], ${NO_ALIASES} }`, "# identities follow"].join("\n"));
    const { taxonomy, diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text });
    expect(diagnostics).toEqual([]);
    expect(taxonomy!.metrics.get("operating_income")!.margin).toBe("operating_margin");
    expect(taxonomy!.metrics.get("revenue")!.margin).toBeUndefined();
    expect(taxonomy!.metrics.get("share_price")!.move).toBe("share_price_change");
    expect(taxonomy!.metrics.get("operating_income")!.move).toBeUndefined();
  });

  it("reads a metric's words for its negative, and refuses one that is also a metric's word", () => {
    const withNet = (cashWords: string) =>
      taxonomyWith(margin).replace(
        "# identities follow",
        [`  net_debt: { name: Net debt, kind: amount, units: [currency], aliases: { zh-Hans: [净负债], zh-Hant: [], en: [net debt] }, negated_aliases: { zh-Hans: [], zh-Hant: [], en: [net cash] } }`, `  cash: { name: Cash, kind: amount, units: [currency], aliases: { zh-Hans: [], zh-Hant: [], en: [${cashWords}] } }`, "# identities follow"].join("\n"),
      );
    const { taxonomy, diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text: withNet("cash") });
    expect(diagnostics).toEqual([]);
    expect(taxonomy!.metrics.get("net_debt")!.negatedAliases?.en).toEqual(["net cash"]);
    const clash = loadTaxonomy({ file: "taxonomy.yaml", text: withNet("cash, Net Cash") }).diagnostics;
    expect(clash.map((d) => `${d.path} ${d.message} (${d.found})`)).toEqual(["/metrics/net_debt/negated_aliases/en/0 a word for the metric's negative that is also a metric's word (\"net cash\")"]);
  });

  it("knows its one top-line metric, and refuses a second", () => {
    const marked = taxonomyWith(margin).replace("revenue: { name: Revenue, kind: amount,", "revenue: { name: Revenue, kind: amount, top_line: true,");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: marked }).taxonomy!.topLine?.id).toBe("revenue");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(margin) }).taxonomy!.topLine).toBeUndefined();
    const twice = marked.replace("operating_income: { name: Operating income, kind: amount,", "operating_income: { name: Operating income, kind: amount, top_line: true,");
    const { diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text: twice });
    expect(diagnostics.map((d) => `${d.line} ${d.message} (${d.found})`)).toEqual(["9 a second top-line metric (operating_income)"]);
  });

  it("knows its one bottom-line metric, and refuses a second", () => {
    const marked = taxonomyWith(margin).replace("operating_income: { name: Operating income, kind: amount,", "operating_income: { name: Operating income, kind: amount, bottom_line: true,");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: marked }).taxonomy!.bottomLine?.id).toBe("operating_income");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(margin) }).taxonomy!.bottomLine).toBeUndefined();
    const twice = marked.replace("revenue: { name: Revenue, kind: amount,", "revenue: { name: Revenue, kind: amount, bottom_line: true,");
    const { diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text: twice });
    expect(diagnostics.map((d) => `${d.message} (${d.found})`)).toEqual(["a second bottom-line metric (operating_income)"]);
  });

  it("knows which metric each count of stores is, and refuses a second metric for one count", () => {
    const marked = taxonomyWith(margin).replace("operating_income: { name: Operating income, kind: amount,", "operating_income: { name: Operating income, kind: amount, store_count: all,");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: marked }).taxonomy!.storeCounts.get("all")?.id).toBe("operating_income");
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: marked }).taxonomy!.storeCounts.get("opened")).toBeUndefined();
    const twice = marked.replace("revenue: { name: Revenue, kind: amount,", "revenue: { name: Revenue, kind: amount, store_count: all,");
    const { diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text: twice });
    expect(diagnostics.map((d) => `${d.message} (${d.found})`)).toEqual(["a second metric marked `all` (operating_income)"]);
  });

  it("marks the repository's counts of stores", () => {
    expect(Object.fromEntries([...repositoryTaxonomy().storeCounts].map(([count, metric]) => [count, metric.id]))).toEqual({ all: "retail_outlets", opened: "new_facilities", restaurants_opened: "restaurant_openings", net_added: "net_restaurant_additions" });
  });

  it("marks revenue as the repository's top-line metric and net income as its bottom line", () => {
    expect(repositoryTaxonomy().topLine?.id).toBe("revenue");
    expect(repositoryTaxonomy().bottomLine?.id).toBe("net_income");
  });

  it("loads the repository's identities", () => {
    expect(repositoryTaxonomy().identities.map((identity) => identity.id)).toContain("operating-margin");
  });

  it("loads operands named in full, keeping bare ids as they were", () => {
    const { taxonomy, diagnostics } = loadTaxonomy({
      file: "taxonomy.yaml",
      text: taxonomyWith([
        "  - id: aws-and-the-rest",
        "    kind: sum",
        "    description: Sum across entities.",
        "    metric: revenue",
        "    measure: share",
        "    of: AMZN/total",
        "    total: { entity: AMZN }",
        "    parts: [aws, { entity: AMZN, segment: aws, metric: operating_income, measure: level }]",
        "  - id: margin-in-full",
        "    kind: ratio",
        "    description: Ratio across entities.",
        "    result: operating_margin",
        "    numerator: { metric: operating_income }",
        "    denominator: { entity: AMZN, segment: total, metric: revenue }",
      ]),
    });
    expect(diagnostics).toEqual([]);
    const [sum, ratio] = taxonomy!.identities;
    expect(sum).toMatchObject({ total: { entity: "AMZN" }, parts: ["aws", { entity: "AMZN", segment: "aws", metric: "operating_income", measure: "level" }] });
    expect(sumTerm(sum as SumIdentity, (sum as SumIdentity).total)).toEqual({ entity: "AMZN", segment: "total", metric: "revenue", measure: "share", of: "AMZN/total" });
    expect(sumTerm(sum as SumIdentity, "aws")).toEqual({ segment: "aws", metric: "revenue", measure: "share", of: "AMZN/total" });
    expect(ratioTerm((ratio as RatioIdentity).result)).toEqual({ metric: "operating_margin", measure: "level" });
    expect(ratioTerm((ratio as RatioIdentity).denominator)).toEqual({ entity: "AMZN", segment: "total", metric: "revenue", measure: "level" });
  });

  it("reports a metric whose `level` names no metric, where it stands", () => {
    const text = taxonomyWith([]).replace("identities:\n", "").replace("operating_margin: { name: Operating margin, kind: ratio,", "operating_margin: { name: Operating margin, kind: ratio, level: operating_incme,");
    const { diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text });
    expect(diagnostics.map((d) => `${d.path} ${d.message} (${d.found})`)).toEqual(['/metrics/operating_margin/level unknown metric ("operating_incme")']);
  });

  it("reports a metric `loosely_for` one that does not exist, and keeps the ones that do", () => {
    const text = taxonomyWith([]).replace("identities:\n", "").replace("revenue: { name: Revenue, kind: amount,", "revenue: { name: Revenue, kind: amount, loosely_for: [operating_income, operating_incme],");
    const { taxonomy, diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text });
    expect(diagnostics.map((d) => `${d.path} ${d.message} (${d.found})`)).toEqual(['/metrics/revenue/loosely_for/1 unknown metric ("operating_incme")']);
    expect(taxonomy).toBeUndefined();
    const valid = loadTaxonomy({ file: "taxonomy.yaml", text: text.replace(", operating_incme]", "]") }).taxonomy;
    expect(valid?.metrics.get("revenue")?.looselyFor).toEqual(["operating_income"]);
    expect(valid?.metrics.get("operating_income")?.looselyFor).toEqual([]);
  });

  it("loads a taxonomy without identities", () => {
    const text = taxonomyWith([]).replace("identities:\n", "");
    const { taxonomy, diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text });
    expect(diagnostics).toEqual([]);
    expect(taxonomy!.identities).toEqual([]);
  });

  const cases: [name: string, lines: string[], expected: string[]][] = [
    ["a ratio without its denominator", margin.slice(0, 5), ["13 /identities/0 identity of kind ratio needs `denominator` (nothing)"]],
    [
      "a sum without its total and parts",
      ["  - id: sum", "    kind: sum", "    description: Sum.", "    metric: revenue"],
      ["13 /identities/0 identity of kind sum needs `total` (nothing)", "13 /identities/0 identity of kind sum needs `parts` (nothing)"],
    ],
    ["a growth without metric kinds", [...margin, "  - id: growth", "    kind: growth", "    description: Growth."], ["19 /identities/1 identity of kind growth needs `metric_kinds` (nothing)"]],
    ["a run rate without its factor", ["  - { id: run-rate, kind: run_rate, description: Run rate. }"], ["13 /identities/0 identity of kind run_rate needs `factor` (nothing)"]],
    ["an order without metric kinds", ["  - { id: order, kind: order, description: Order. }"], ["13 /identities/0 identity of kind order needs `metric_kinds` (nothing)"]],
    ["a sign without metrics", ["  - { id: sign, kind: sign, description: Sign. }"], ["13 /identities/0 identity of kind sign needs `metrics` (nothing)"]],
    ["an unknown numerator", [...margin.slice(0, 4), "    numerator: operating_incme", margin[5]!], ['17 /identities/0/numerator unknown metric ("operating_incme")']],
    ["an unknown result", [margin[0]!, margin[1]!, margin[2]!, "    result: margin", margin[4]!, margin[5]!], ['16 /identities/0/result unknown metric ("margin")']],
    [
      "an unknown metric and total in a sum",
      ["  - id: sum", "    kind: sum", "    description: Sum.", "    metric: sales", "    total: everything", "    parts: [aws, total]"],
      ['16 /identities/0/metric unknown metric ("sales")', '17 /identities/0/total unknown segment ("everything")'],
    ],
    [
      "an unknown part",
      ["  - id: sum", "    kind: sum", "    description: Sum.", "    metric: revenue", "    total: total", "    parts:", "      - aws", "      - north_america"],
      ['20 /identities/0/parts/1 unknown segment ("north_america")'],
    ],
    ["an unknown metric among a sign's", ["  - id: sign", "    kind: sign", "    description: Sign.", "    metrics: [revenue, revnue]"], ['16 /identities/0/metrics/1 unknown metric ("revnue")']],
    ["an unknown entity", [...margin, "    entities: [AMZN, WMT]"], ['19 /identities/0/entities/1 unknown entity ("WMT")']],
    [
      "unknown ids in operands named in full",
      ["  - id: sum", "    kind: sum", "    description: Sum.", "    metric: revenue", "    total: { entity: MARKET }", "    parts:", "      - aws", "      - { entity: AMZN, segment: cloud, metric: sales }"],
      ['17 /identities/0/total/entity unknown entity ("MARKET")', '20 /identities/0/parts/1/segment unknown segment ("cloud")', '20 /identities/0/parts/1/metric unknown metric ("sales")'],
    ],
    [
      "a ratio's operand in full without its metric",
      [...margin.slice(0, 5), "    denominator: { entity: AMZN }"],
      ["18 /identities/0/denominator a ratio's operand named in full needs `metric` (no `metric`)"],
    ],
    [
      "a sum of growth rates",
      ["  - id: sum", "    kind: sum", "    description: Sum.", "    metric: revenue", "    total: total", "    parts: [aws, { segment: aws, measure: yoy }]"],
      ['18 /identities/0/parts/1/measure a measure that does not add up ("yoy")'],
    ],
    [
      "a duplicate identity id",
      [...margin, "  - id: operating-margin", "    kind: share", "    description: Share."],
      ['19 /identities/1/id duplicate identity id ("operating-margin")'],
    ],
    [
      "every problem in one run",
      [...margin, "    entities: [WMT]", "  - id: operating-margin", "    kind: run_rate", "    description: Run rate."],
      ['19 /identities/0/entities/0 unknown entity ("WMT")', '20 /identities/1/id duplicate identity id ("operating-margin")', "20 /identities/1 identity of kind run_rate needs `factor` (nothing)"],
    ],
  ];
  it.each(cases.map(([name, lines, expected]) => ({ name, lines, expected })))("reports $name, with its line", ({ lines, expected }) => {
    expect(problems(lines)).toEqual(expected);
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(lines) }).taxonomy).toBeUndefined();
  });

  it("leaves an operand's unknown field to the schema", () => {
    const { diagnostics } = loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(["  - { id: sum, kind: sum, description: Sum., metric: revenue, total: total, parts: [aws, { entity: AMZN, segmnt: aws }] }"]) });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 13, path: "/identities/0/parts/1/segmnt", message: "unknown property `segmnt` (did you mean `segment`?)" });
  });

  it("leaves what a schema can say to the schema: an unknown kind", () => {
    const [problem] = loadTaxonomy({ file: "taxonomy.yaml", text: taxonomyWith(["  - { id: product, kind: product, description: Product. }"]) }).diagnostics;
    expect(problem).toMatchObject({ line: 13, path: "/identities/0/kind" });
  });
});

describe("taxonomy segments", () => {
  it("takes the markets a segment sells in, and reports one that is not a market", () => {
    const text = (markets: string) =>
      taxonomyWith(margin).replace(
        `  aws: { name: AWS, kind: reportable, parent: total, ${NO_ALIASES} }`,
        `  aws: { name: AWS, kind: reportable, parent: total, markets: [${markets}], ${NO_ALIASES} }\n  cloud_market: { name: Cloud market, kind: market, ${NO_ALIASES} }`,
      );
    expect(loadTaxonomy({ file: "taxonomy.yaml", text: text("cloud_market") }).taxonomy?.segments.get("aws")?.markets).toEqual(["cloud_market"]);
    const problems = loadTaxonomy({ file: "taxonomy.yaml", text: text("total") }).diagnostics.map((d) => `${d.path} ${d.message}`);
    expect(problems).toEqual(["/segments/aws/markets/0 not a market segment"]);
  });
});

describe("taxonomies made per article", () => {
  it("keep the companies' names of the taxonomy they were made from, and refuse a new company with names of its own", () => {
    const base = repositoryTaxonomy();
    expect(companyNamesOf(base)).toBe(base);
    const entities = new Map(base.entities);
    entities.set("KESTREL_MOTORS", { id: "KESTREL_MOTORS", ordinal: entities.size, name: "Kestrel Motors", fiscalYearEnd: { month: 3, day: 31 }, fiscalYearNamedBy: "end", aliases: { "zh-Hans": [], "zh-Hant": [], en: [] } });
    const told = withoutNewNames(base, { entities });
    expect(told.entities.has("KESTREL_MOTORS")).toBe(true);
    expect(companyNamesOf(told)).toBe(base);
    expect(companyNamesOf(withoutNewNames(told, { segments: new Map(base.segments) }))).toBe(base);
    const named = new Map(base.entities);
    named.set("KESTREL_MOTORS", { ...entities.get("KESTREL_MOTORS")!, aliases: { "zh-Hans": [], "zh-Hant": [], en: ["Kestrel"] } });
    expect(() => withoutNewNames(base, { entities: named })).toThrow(/names of its own/);
  });
});
