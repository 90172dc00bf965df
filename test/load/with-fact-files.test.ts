import { describe, expect, it } from "vitest";
import { loadFactFiles, withFactFiles } from "../../src/load/load-fact-base.js";
import { repositoryTaxonomy, revenue, sourceFile } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const file = (name: string, id: string, value: string) => ({ file: name, text: sourceFile({ id }, [revenue(value), revenue(value, { segment: "aws" })]) });

describe("withFactFiles", () => {
  it("adds a file loaded apart where its name sorts, as one load of every file would have read it", () => {
    const files = [file("facts/a.yaml", "wire-a", "1"), file("facts/m.yaml", "wire-m", "2"), file("facts/z.yaml", "wire-z", "3")];
    const loaded = loadFactFiles(files, taxonomy);
    expect(loaded.diagnostics).toEqual([]);
    const together = loaded.factBase;
    const apart = withFactFiles(loadFactFiles([files[0]!, files[2]!], taxonomy).factBase, loadFactFiles([files[1]!], taxonomy).factBase);
    const shape = (base: typeof together) => ({ files: base.files, sources: base.sources.map((source) => source.id), facts: base.facts.map((fact) => `${fact.index}:${fact.sourceId}:${fact.segment}:${fact.written.value}`) });
    expect(shape(apart)).toEqual(shape(together));
    expect(apart.facts.map((fact) => fact.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
