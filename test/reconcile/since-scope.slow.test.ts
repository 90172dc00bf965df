// `reconcile --since` works out the ref's findings only on the keys a change can reach
// (src/reconcile/change-scope.ts); this compares its report with a reconcile of the whole base at the
// ref, byte for byte, over many seeded edits: of the repository's own facts (sums, ratios, shares
// across companies, guidance, growth) and of a generated base (dense series of quarters and years).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasGit, useCliWorkspace } from "../cli-helpers.js";
import { generateFactBase, random } from "../../bench/generate.js";
import { repositoryRoot } from "../helpers.js";
import { sinceBothWays } from "./since-both-ways.js";

const ROUNDS = 12;

describe.skipIf(!hasGit)("reconcile --since on the keys a change reaches, against the whole base at the ref", { timeout: 600_000 }, () => {
  const workspace = useCliWorkspace("concord-since-scope-", { copy: ["facts"] });

  function expectSame() {
    const { fast, cli, full, notes, expectedNotes } = sinceBothWays(workspace.root(), "facts");
    expect(fast).toBe(full);
    expect(cli).toBe(full);
    expect(notes).toEqual(expectedNotes);
  }

  const factFiles = () => readdirSync(workspace.file("facts")).filter((name) => name !== "taxonomy.yaml" && /\.(ya?ml|json)$/.test(name)).sort();

  it("seeded edits of values and periods in the repository's facts", () => {
    const next = random(14);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    for (let round = 0; round < ROUNDS; round++) {
      workspace.commitAll();
      for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
        const name = pick(factFiles());
        const text = workspace.read(`facts/${name}`);
        const values = [...text.matchAll(/value: "([^"]+)"/g)];
        const periods = [...text.matchAll(/period: ([^\n]+)/g)];
        if (values.length === 0) continue;
        const value = pick(values);
        let changed = next() < 0.5 ? `${text.slice(0, value.index)}value: "${value[1]!.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10))}"${text.slice(value.index + value[0].length)}` : text;
        if (changed === text && periods.length > 1) {
          // A fact moved to another period the file states.
          const [from, to] = [pick(periods), pick(periods)];
          changed = `${text.slice(0, from.index)}period: ${to[1]}${text.slice(from.index + from[0].length)}`;
        }
        workspace.write(`facts/${name}`, changed);
      }
      expectSame();
    }
  });

  it("seeded edits, deletions and copies of facts in a generated base", () => {
    const folder = workspace.file("facts");
    generateFactBase(folder, 4000, "json", 50, 7);
    writeFileSync(path.join(folder, "taxonomy.yaml"), readFileSync(path.join(repositoryRoot, "facts/taxonomy.yaml")));
    const next = random(15);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    for (let round = 0; round < ROUNDS; round++) {
      workspace.commitAll();
      for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
        const name = pick(factFiles());
        const document = JSON.parse(workspace.read(`facts/${name}`)) as { facts: Record<string, string>[] };
        const other = (JSON.parse(workspace.read(`facts/${pick(factFiles())}`)) as { facts: Record<string, string>[] }).facts;
        const at = Math.floor(next() * document.facts.length);
        const fact = document.facts[at]!;
        const edit = next();
        if (edit < 0.4) fact.value = fact.value!.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 3) % 10));
        else if (edit < 0.55) fact.period = pick(other).period!;
        else if (edit < 0.7) document.facts.splice(at, 1);
        else if (edit < 0.85) document.facts.splice(at, 0, { ...pick(other) });
        else document.facts.push(document.facts.shift()!);
        workspace.write(`facts/${name}`, `${JSON.stringify(document, null, 2)}\n`);
      }
      expectSame();
    }
  });
});
