import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type Ajv2020Type from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import { formatReportJson } from "../../src/format/report-json.js";
import { parseDocument } from "../../src/load/parse-document.js";
import { validateAgainstSchema } from "../../src/load/schemas.js";
import { compareFactBases } from "../../src/reconcile/changes.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { loadInline } from "../helpers.js";
import { BASIS_DIFFERENCE_ID, CONTRADICTION_ID, reportFiles, reportInput } from "./report-fixture.js";

const require = createRequire(import.meta.url);
const Ajv2020 = (require("ajv/dist/2020.js") as { default: typeof Ajv2020Type.default }).default;
const addFormats = (require("ajv-formats") as { default: typeof addFormatsType.default }).default;

const schema = JSON.parse(readFileSync(new URL("../../schemas/report.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;
const validate = addFormats(new Ajv2020({ allErrors: true, strict: true }), ["uri", "date"]).compile(schema);
const errorsOf = (report: unknown) => (validate(report) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`));

function withChanges() {
  const input = reportInput();
  const before = loadInline({ ...reportFiles, "facts/wire-b.yaml": reportFiles["facts/wire-b.yaml"].replace('"93"', '"115"'), "facts/wire-c.yaml": reportFiles["facts/wire-b.yaml"].replaceAll("wire-b", "wire-c") });
  const changes = compareFactBases("origin/main", before, input.factBase, reconcile(before).findings, input.findings);
  return { ...input, changes };
}

describe("schemas/report.schema.json", () => {
  it("is draft 2020-12 with the concord $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://concord.dev/schemas/report.schema.json");
  });

  it("describes every property", () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}/${index}`));
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === "object") {
        for (const [name, property] of Object.entries(record.properties as Record<string, { description?: string }>)) {
          if (!property.description) missing.push(`${at}/properties/${name}`);
        }
      }
      for (const [name, child] of Object.entries(record)) walk(child, `${at}/${name}`);
    };
    walk(schema, "");
    expect(missing).toEqual([]);
  });

  it("compiles with the project's own schema loader", () => {
    const text = formatReportJson(reportInput());
    const parsed = parseDocument("report.json", text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(validateAgainstSchema("report", parsed.document)).toEqual([]);
  });
});

describe("formatReportJson", () => {
  const report = JSON.parse(formatReportJson(reportInput()));

  it("validates against the report schema", () => {
    expect(errorsOf(report)).toEqual([]);
  });

  it("validates against the report schema with --since changes", () => {
    const withSince = JSON.parse(formatReportJson(withChanges()));
    expect(withSince.changes.facts.map((entry: { change: string }) => entry.change)).toEqual(["changed", "removed", "removed"]);
    expect(errorsOf(withSince)).toEqual([]);
  });

  it("gives the summary and the fail level", () => {
    expect(report.version).toBe(2);
    expect(report.fail_on).toBe("error");
    expect(report.summary).toEqual({
      sources: 3,
      primary_sources: 1,
      facts: 7,
      items: 2,
      findings: 2,
      by_severity: { error: 1, warning: 1, info: 0 },
      reviewed: 1,
      open: 1,
      open_at_or_above_fail_level: 0,
      stale_reviews: 1,
    });
    expect(report.stale_reviews).toEqual([{ finding: "contradiction-0badc0de", verdict: "both_right", file: "facts/reviews.yaml", line: 8 }]);
    expect(report).not.toHaveProperty("changes");
  });

  it("gives each finding its status, review, key and facts with values as decimal strings", () => {
    const [contradiction, basis] = report.items.map((item: { findings: unknown[] }) => item.findings[0]);
    expect(contradiction).toMatchObject({
      id: CONTRADICTION_ID,
      rule: "contradiction",
      kind: "contradiction",
      severity: "error",
      status: "reviewed",
      review: { verdict: "source_right", right: ["release-q4", "wire-a"], reviewer: "test desk", date: "2026-03-01" },
      key: { entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", of: null, period: "2025-Q4", period_days: "2025-10-01..2025-12-31" },
    });
    expect(contradiction.facts[0]).toEqual({
      source: { id: "release-q4", publisher: "Amazon.com, Inc.", kind: "primary", published: "2026-02-05T13:05:00-08:00", url: "https://example.com/release" },
      value: "11472000000",
      value_high: null,
      unit: "USD",
      written: "11,472 million USD",
      basis: "reported",
      qualifier: "exact",
      period: "2025-Q4",
      quote: "operating income was $11,472 million",
      file: "facts/release.yaml",
      line: 13,
      column: 5,
    });
    expect(contradiction.facts[1].quote).toBe("profit | margin: 115 <b>亿</b>");
    expect(basis).toMatchObject({ id: BASIS_DIFFERENCE_ID, status: "open", review: null, severity: "warning" });
  });

  it("gives each finding its message id and the data its message is made from, as fields", () => {
    const [contradiction, basis] = report.items.map((item: { findings: unknown[] }) => item.findings[0]);
    expect(contradiction.message_id).toBe("several");
    expect(contradiction.data).toMatchObject({ basis: "reported", basis_words: "reported", values: ["11,472 million USD", "115 亿 USD", "93 亿 USD"] });
    expect(contradiction.data.signatures).toHaveLength(3);
    expect(basis).toMatchObject({ message_id: "bases", data: { bases: ["ex_fx", "reported"] } });
  });

  it("gives each discrepancy its id, status, headline, supported value, facts in conflict and verdicts, its findings nested", () => {
    const [reviewed, open] = report.items;
    expect(reviewed).toMatchObject({
      id: expect.stringMatching(/^d-[0-9a-f]{8}$/),
      severity: "error",
      kind: "contradiction",
      status: "reviewed",
      headline: "Amazon.com, Inc. — North America segment — Operating income (a loss is negative) — 2025-Q4: 11,472 million USD vs 115 亿 USD vs 93 亿 USD",
      supported_value: "11,472 million USD / 115 亿 USD",
      supported_sentence: "the evidence supports 11,472 million USD / 115 亿 USD",
      values: ["11,472 million USD", "115 亿 USD", "93 亿 USD"],
      verdicts: [{ on: CONTRADICTION_ID, verdict: "source_right", right: ["release-q4", "wire-a"], reviewer: "test desk", date: "2026-03-01" }],
    });
    expect(reviewed.facts.map((fact: { file: string; line: number }) => `${fact.file}:${fact.line}`)).toEqual(["facts/release.yaml:13", "facts/wire-a.yaml:12", "facts/wire-b.yaml:12"]);
    expect(reviewed.judgement).toEqual(reviewed.findings[0].judgement);
    expect(reviewed.findings.map((finding: { id: string }) => finding.id)).toEqual([CONTRADICTION_ID]);
    expect(open).toMatchObject({ severity: "warning", kind: "basis_difference", status: "open", supported_value: null, judgement: null, verdicts: [] });
    expect(open.findings.map((finding: { id: string }) => finding.id)).toEqual([BASIS_DIFFERENCE_ID]);
  });

  it("gives a contradiction its judgement, and other findings none", () => {
    const [contradiction, basis] = report.items.map((item: { findings: unknown[] }) => item.findings[0]);
    expect(contradiction.judgement).toEqual({
      summary: "The evidence supports 11,472 million USD / 115 亿 USD: the company's own release states it, and 2 independent sources agree on it. No likely cause was found for 93 亿 USD.",
      supported: 0,
      candidates: [
        {
          value: "11,472 million USD / 115 亿 USD",
          sources: ["release-q4", "wire-a"],
          primary: true,
          agreeing_sources: 2,
          score: 1020,
          reasons: ["The company's own release states it (release-q4), and 2 independent sources agree on it (release-q4, wire-a)."],
          facts: [
            { source: "release-q4", written: "11,472 million USD", file: "facts/release.yaml", line: 13 },
            { source: "wire-a", written: "115 亿 USD", file: "facts/wire-a.yaml", line: 12 },
          ],
        },
        {
          value: "93 亿 USD",
          sources: ["wire-b"],
          primary: false,
          agreeing_sources: 1,
          score: 10,
          reasons: ["Only 1 source states it (wire-b)."],
          facts: [{ source: "wire-b", written: "93 亿 USD", file: "facts/wire-b.yaml", line: 12 }],
        },
      ],
      outliers: [{ candidate: 1, cause: null }],
    });
    expect(basis.judgement).toBeNull();
  });

  it("is rejected by the schema when it is not what the formatter makes", () => {
    const broken = structuredClone(report);
    broken.items[0].findings[0].facts[0].value = 11472000000;
    broken.summary.extra = 1;
    delete broken.items[1].findings[0].review;
    broken.items[0].findings[0].judgement.outliers[0].cause = { kind: "typo", explanation: "" };
    broken.items[1].status = "settled";
    expect(errorsOf(broken)).toEqual(
      expect.arrayContaining([
        "/items/0/findings/0/facts/0/value must be string",
        "/summary must NOT have additional properties",
        "/items/1/findings/0 must have required property 'review'",
        "/items/0/findings/0/judgement/outliers/0/cause/kind must be equal to one of the allowed values",
        "/items/1/status must be equal to one of the allowed values",
      ]),
    );
    const badChange = JSON.parse(formatReportJson(withChanges()));
    badChange.changes.facts[0].change = "moved";
    badChange.changes.facts[1].surprise = true;
    expect(errorsOf(badChange).length).toBeGreaterThanOrEqual(2);
  });

  it("ends with a newline and has no timestamps", () => {
    const text = formatReportJson(reportInput());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toBe(formatReportJson(reportInput()));
  });
});
