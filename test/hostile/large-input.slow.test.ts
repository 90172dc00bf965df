// Large fact files, generated into a temporary folder (never committed). `npm run test:slow` (which CI
// runs after `npm test`) runs them at 2 MB, which proves the things the size is for (a valid JSON file
// validates whole; a syntax error three facts from the end is placed on its line) in a second or two;
// `npm run test:large` runs them at 50 MB, which takes tens of seconds and gigabytes of memory. The
// same checks on small files are in hostile-input.test.ts. Generous per-test timeouts; nothing here
// asserts on time.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";

/** Bytes per generated file: CONCORD_LARGE_MB (50 under `npm run test:large`), else 2 MB. */
const SIZE = Number(process.env.CONCORD_LARGE_MB ?? "2") * 1_000_000;
const METRICS = ["revenue", "operating_income", "net_income"];

const workspace = useCliWorkspace("concord-large-", { scope: "file" });

async function validate(name: string, text: string) {
  rmSync(workspace.file("facts/case"), { recursive: true, force: true });
  workspace.write(`facts/case/${name}`, text);
  const exit = await workspace.run("validate", `facts/case/${name}`);
  return { exit, stdout: workspace.stdout(), stderr: workspace.stderr() };
}

describe(`${SIZE / 1_000_000} MB fact files`, () => {
  it("validates a valid large JSON fact file", { timeout: 120_000 }, async () => {
    const facts: string[] = [];
    let size = 0;
    for (let i = 0; size < SIZE; i++) {
      const fact = JSON.stringify({
        metric: METRICS[i % 3],
        period: `${2000 + (i % 26)}-Q${1 + (i % 4)}`,
        value: `${(i % 999) + 1},${String(i % 1000).padStart(3, "0")}.5`,
        scale: "million",
        unit: "USD",
        quote: `fact ${i}: 营收 revenue`,
      });
      facts.push(fact);
      size += fact.length + 6;
    }
    const text = `{\n  "source": {"id": "large-json", "publisher": "P", "title": "T", "language": "en", "kind": "primary"},\n  "defaults": {"entity": "AMZN"},\n  "facts": [\n    ${facts.join(",\n    ")}\n  ]\n}\n`;
    expect(text.length).toBeGreaterThanOrEqual(SIZE);
    const run = await validate("large.json", text);
    expect(run.stderr).toBe("");
    expect(run.exit).toBe(0);
    expect(run.stdout).toBe(`1 file, 1 source, ${facts.length} facts: no problems\n`);
  });

  it("reports the line of a syntax error near the end of a large YAML fact file", { timeout: 180_000 }, async () => {
    const lines = ["source:", "  id: large-yaml", "  publisher: P", "  title: T", "  language: en", "  kind: secondary", "defaults:", "  entity: AMZN", "  period: 2025-Q4", "facts:"];
    let size = 0;
    for (let i = 0; size < SIZE; i++) {
      const fact = `  - metric: ${METRICS[i % 3]}\n    value: "${i}"\n    unit: USD\n    quote: fact ${i}, 营收 revenue`;
      lines.push(fact);
      size += fact.length + 1;
    }
    const lineCount = lines.join("\n").split("\n").length;
    // Three facts from the end, one line is indented with a tab.
    lines.push('  - metric: revenue\n    value: "1"\n    unit: USD\n    quote: q', '  - metric: revenue\n\tvalue: "2"\n    unit: USD\n    quote: q', '  - metric: revenue\n    value: "3"\n    unit: USD\n    quote: q');
    const text = `${lines.join("\n")}\n`;
    expect(text.length).toBeGreaterThanOrEqual(SIZE);
    const badLine = lineCount + 6;
    expect(text.split("\n")[badLine - 1]).toBe('\tvalue: "2"');
    const run = await validate("large.yaml", text);
    expect(run.exit).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain(`facts/case/large.yaml:${badLine}:1: invalid YAML: Tabs are not allowed as indentation (found "\\tvalue: \\"2\\""; expected spaces for indentation)`);
  });
});
