import { describe, expect, it } from "vitest";
import { loadFactFiles, loadTaxonomy } from "../../src/load/load-fact-base.js";
import { formatExact } from "../../src/numbers/written-number.js";
import { factFile, repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const load = (text: string, file = "facts/test.yaml") => loadFactFiles([{ file, text }], taxonomy);
/** Diagnostics as `line:column path message` for compact assertions. */
const problems = (text: string, file?: string) =>
  load(text, file).diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`);

describe("loading valid facts", () => {
  it("applies defaults and normalises values", () => {
    const { factBase, diagnostics } = load(
      factFile(
        [
          "  - segment: north_america",
          "    metric: operating_income",
          '    value: "115"',
          "    scale: 亿",
          "    unit: USD",
          "    quote: 营业利润 115 亿美元",
          "  - metric: revenue",
          "    measure: yoy",
          '    value: "12"',
          "    unit: percent",
          "    basis: ex_fx",
          "    quote: 同比增长 12%",
        ].join("\n"),
      ),
    );
    expect(diagnostics).toEqual([]);
    const [income, growth] = factBase.facts;
    expect(income).toMatchObject({ entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", basis: "reported", qualifier: "exact" });
    expect(income!.period.key).toBe("2025-10-01..2025-12-31");
    expect(income!.position).toEqual({ file: "facts/test.yaml", line: 12, column: 5 });
    expect(income!.parsed.kind === "number" && formatExact(income!.parsed.value)).toBe("11500000000");
    expect(growth).toMatchObject({ segment: "total", measure: "yoy", basis: "ex_fx" });
  });

  it("accepts JSON fact files with positions", () => {
    const json = JSON.stringify(
      {
        source: { id: "json-source", publisher: "P", title: "T", language: "en", kind: "primary" },
        defaults: { entity: "AMZN", period: "FY2025" },
        facts: [{ metric: "revenue", value: "716.9", scale: "billion", unit: "USD", quote: "net sales $716.9 billion" }],
      },
      null,
      2,
    );
    const { factBase, diagnostics } = load(json, "facts/test.json");
    expect(diagnostics).toEqual([]);
    expect(factBase.facts[0]!.position.line).toBe(14);
  });

  it("reads ranges, losses and dates", () => {
    const { factBase, diagnostics } = load(
      factFile(
        [
          "  - metric: revenue",
          '    value: "1,735"',
          '    value_high: "1,785"',
          "    scale: 億",
          "    unit: USD",
          "    basis: guidance",
          "    period: 2026-Q1",
          "    quote: 1,735 億至 1,785 億美元",
          "  - segment: international",
          "    metric: operating_income",
          '    value: "-2.7"',
          "    scale: billion",
          "    unit: USD",
          "    period: FY2023",
          "    quote: operating loss of $2.7bn",
          "  - segment: trainium3",
          "    metric: launch_date",
          '    value: "2025-12-02"',
          "    unit: date",
          "    period: none",
          "    quote: 2025年12月2日全面推出",
        ].join("\n"),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(factBase.facts.map((fact) => fact.parsed.kind)).toEqual(["number", "number", "date"]);
  });
});

describe("diagnostics with positions", () => {
  it("reports YAML syntax errors at their line", () => {
    expect(problems("source:\n  id: [unclosed\nfacts: []\n")[0]).toMatch(/^\d+:\d+ {2}invalid YAML/);
  });

  it("reports duplicate keys instead of keeping the last one", () => {
    const [problem] = problems(factFile(["  - metric: revenue", "    metric: net_income", '    value: "1"', "    unit: USD", "    quote: q"].join("\n")));
    expect(problem).toMatch(/^13:5 {2}duplicate key/);
  });

  it("reports every schema problem in one run, each where it stands", () => {
    const text = factFile(
      [
        "  - metric: revenue",
        "    value: 115",
        "    unit: USD",
        "    quote: q",
        "  - metric: revenue",
        '    value: "1"',
        "    unit: USD",
        "    qualifer: about",
        "    quote: q",
        "  - metric: revenue",
        '    value: "1"',
        "    unit: USD",
      ].join("\n"),
    );
    expect(problems(text)).toEqual([
      "13:12 /facts/0/value wrong type (quote it, e.g. \"115\", so its written form is kept)",
      "19:5 /facts/1/qualifer unknown property `qualifer` (did you mean `qualifier`?)",
      "21:5 /facts/2 missing required property `quote`",
    ]);
  });

  it("reports unknown ids, impossible periods, reversed ranges and unfit units", () => {
    const text = factFile(
      [
        "  - metric: revnue",
        '    value: "1"',
        "    unit: USD",
        "    quote: q",
        "  - metric: revenue",
        "    period: 2025-Q5",
        '    value: "1"',
        "    unit: USD",
        "    quote: q",
        "  - metric: revenue",
        "    period: \"@2025-02-30\"",
        '    value: "1"',
        "    unit: USD",
        "    quote: q",
        "  - metric: revenue",
        '    value: "1,785"',
        '    value_high: "1,735"',
        "    unit: USD",
        "    quote: q",
        "  - metric: revenue",
        '    value: "5"',
        "    unit: GW",
        "    quote: q",
        "  - metric: revenue",
        "    measure: yoy",
        '    value: "5"',
        "    unit: USD",
        "    quote: q",
        "  - entity: AMZM",
        "    metric: revenue",
        '    value: "5"',
        "    unit: USD",
        "    quote: q",
      ].join("\n"),
    );
    expect(problems(text)).toEqual([
      "12:13 /facts/0/metric unknown metric",
      "17:13 /facts/1/period impossible or unreadable period",
      "22:13 /facts/2/period impossible or unreadable period",
      "28:17 /facts/3/value_high range low exceeds its high",
      "33:11 /facts/4/unit unit does not fit metric `revenue` with measure level",
      "38:11 /facts/5/unit unit does not fit metric `revenue` with measure yoy",
      "40:13 /facts/6/entity unknown entity",
    ]);
    const unknownEntity = load(text).diagnostics.at(-1)!;
    expect(unknownEntity.found).toBe('"AMZM"');
    expect(unknownEntity.expected).toContain("did you mean `AMZN`?");
  });

  it("reports a repeated bad key at every fact that has it, each at its own line", () => {
    // Key fields are resolved once per combination; the problem must still be reported for every fact.
    const fact = ["  - segment: north_amerika", "    metric: revenue", '    value: "1"', "    scale: 亿", "    unit: USD", "    quote: q"];
    expect(problems(factFile([...fact, ...fact, ...fact].join("\n")))).toEqual([
      "12:14 /facts/0/segment unknown segment",
      "18:14 /facts/1/segment unknown segment",
      "24:14 /facts/2/segment unknown segment",
    ]);
  });

  it("points a bad period at the fact's own `period`, or at the fact when it came from the defaults", () => {
    const file = (id: string, defaultsPeriod: string | undefined, factPeriod: string | undefined) =>
      [
        "source:",
        `  id: ${id}`,
        "  publisher: Test Wire",
        "  title: A test article",
        "  language: en",
        "  kind: secondary",
        "defaults:",
        "  entity: AMZN",
        ...(defaultsPeriod ? [`  period: ${defaultsPeriod}`] : []),
        "facts:",
        "  - metric: revenue",
        ...(factPeriod ? [`    period: ${factPeriod}`] : []),
        '    value: "1"',
        "    unit: USD",
        "    quote: q",
        "",
      ].join("\n");
    const { diagnostics } = loadFactFiles(
      [
        { file: "facts/a.yaml", text: file("on-the-fact", "2025-Q4", "2025-Q9") },
        { file: "facts/b.yaml", text: file("from-defaults", "2025-Q9", undefined) },
      ],
      taxonomy,
    );
    expect(diagnostics.map((d) => `${d.file} ${d.line}:${d.column} ${d.path} ${d.message}`)).toEqual([
      "facts/a.yaml 12:13 /facts/0/period impossible or unreadable period",
      "facts/b.yaml 11:5 /facts/0 impossible or unreadable period",
    ]);
  });

  it("gives facts with the same key fields in different files one group key, period and parsed value", () => {
    const fact = ["  - metric: revenue", '    value: "1"', "    scale: 亿", "    unit: USD", "    quote: q"].join("\n");
    const { factBase } = loadFactFiles([{ file: "facts/a.yaml", text: factFile(fact, "source-a") }, { file: "facts/b.yaml", text: factFile(fact, "source-b") }], taxonomy);
    const [a, b] = factBase.facts;
    expect(a!.groupKey).toBe(b!.groupKey);
    expect(a!.period).toBe(b!.period);
    // The same written value and scale is parsed once and shared (reconcile's interval cache builds on it).
    expect(a!.parsed).toBe(b!.parsed);
    expect(a!.position).toEqual({ file: "facts/a.yaml", line: 12, column: 5 });
    expect(b!.position).toEqual({ file: "facts/b.yaml", line: 12, column: 5 });
  });

  it("rejects duplicate source ids across files, naming the first file", () => {
    const text = factFile(['  - metric: revenue', '    value: "1"', "    unit: USD", "    quote: q"].join("\n"));
    const { diagnostics } = loadFactFiles(
      [
        { file: "facts/b.yaml", text },
        { file: "facts/a.yaml", text },
      ],
      taxonomy,
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "facts/b.yaml", line: 2, column: 7, message: "duplicate source id" });
    expect(diagnostics[0]!.expected).toContain("facts/a.yaml");
  });

  it("keeps loading other files when one is broken", () => {
    const good = factFile(['  - metric: revenue', '    value: "1"', "    unit: USD", "    quote: q"].join("\n"), "good-source");
    const { factBase, diagnostics } = loadFactFiles(
      [
        { file: "facts/bad.json", text: '{"source": ' },
        { file: "facts/good.yaml", text: good },
      ],
      taxonomy,
    );
    expect(diagnostics.map((d) => d.file)).toEqual(["facts/bad.json"]);
    expect(diagnostics[0]!.message).toMatch(/^invalid JSON/);
    expect(factBase.facts).toHaveLength(1);
  });

  it("names empty and binary files", () => {
    expect(problems("")).toEqual(["1:1  the file is empty"]);
    expect(problems("source:\u0000")).toEqual(["1:8  the file is binary, not text"]);
  });
});

describe("loadTaxonomy", () => {
  /** A small taxonomy's text: its entities' and segments' lines, with no measures or metrics. */
  const taxonomyText = (entities: string[], segments: string[]) => ["entities:", ...entities, "segments:", "  total: { name: T, kind: total, aliases: { zh-Hans: [], zh-Hant: [], en: [] } }", ...segments, "measures: {}", "metrics: {}"].join("\n");

  it("checks references between taxonomy items", () => {
    const text = taxonomyText(["  AMZN: { name: A, fiscal_year_end: '02-30', aliases: { zh-Hans: [], zh-Hant: [], en: [] } }"], ["  aws: { name: AWS, kind: reportable, parent: nowhere, aliases: { zh-Hans: [], zh-Hant: [], en: [] } }"]);
    const { taxonomy: result, diagnostics } = loadTaxonomy({ file: "t.yaml", text });
    expect(result).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual(["2 impossible fiscal year end", "5 unknown parent segment"]);
  });

  it("refuses a name two companies list, in any case, naming where the second stands", () => {
    const text = taxonomyText(
      [
        "  KESTREL: { name: Kestrel Motors, fiscal_year_end: '12-31', aliases: { zh-Hans: [岚驰], zh-Hant: [], en: [Kestrel] } }",
        "  KESTREL_BANK: { name: Kestrel Bank, fiscal_year_end: '12-31', aliases: { zh-Hans: [], zh-Hant: [], en: [Kestrel Bank, kestrel] } }",
      ],
      [],
    );
    const { taxonomy: result, diagnostics } = loadTaxonomy({ file: "t.yaml", text });
    expect(result).toBeUndefined();
    expect(diagnostics).toMatchObject([{ line: 3, path: "/entities/KESTREL_BANK/aliases/en/1", message: "a name another company has", found: '"kestrel"', expected: "a name no other entity lists (KESTREL lists it)" }]);
  });
});
