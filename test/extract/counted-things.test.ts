import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countedThingAt } from "../../src/extract/counted-things.js";
import { loadTaxonomy } from "../../src/load/load-fact-base.js";

const { taxonomy } = loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync("facts/taxonomy.yaml", "utf8") });

/** The metric the words around `number` make it, in a sentence of lower-case English or Chinese. */
function countOf(sentence: string, number: string): string | undefined {
  const start = sentence.indexOf(number);
  return countedThingAt(sentence, start, start + number.length, 0, taxonomy!)?.metric.id;
}

describe("countedThingAt", () => {
  it("names a count by what is done right before the number and what is counted right after it", () => {
    expect(countOf("the group will cut about 300 jobs", "300")).toBe("layoffs");
    expect(countOf("it shed some 1,200 head-office roles", "1,200")).toBe("layoffs");
    expect(countOf("it completed 2,184 new homes", "2,184")).toBe("units_delivered");
    expect(countOf("the mine sold 41,200 tonnes of copper", "41,200")).toBe("paid_units");
    expect(countOf("it shipped 3,100 tonnes", "3,100")).toBe("units_shipped");
    expect(countOf("公司计划削减3000个岗位", "3000个")).toBe("layoffs");
  });

  it("names none where only the verb or only the thing stands", () => {
    expect(countOf("the group created 300 jobs", "300")).toBeUndefined();
    expect(countOf("it cut prices on 300 lines", "300")).toBeUndefined();
    expect(countOf("it cut 300 of its prices", "300")).toBeUndefined();
  });
});
