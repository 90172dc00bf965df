// The lazily loaded libraries: each is the real library, loaded once and handed out again.
import { describe, expect, it } from "vitest";
import { diffLibrary, yamlLibrary } from "../../src/load/libraries.js";

describe("libraries loaded on first use", () => {
  it("hands out the yaml library, the same one each time", () => {
    expect(yamlLibrary().parse("a: [1, 2]")).toEqual({ a: [1, 2] });
    expect(yamlLibrary()).toBe(yamlLibrary());
  });

  it("hands out the diff library, the same one each time", () => {
    const changes = diffLibrary().diffLines("a\nb\n", "a\nc\n");
    expect(changes.filter((change) => change.added).map((change) => change.value)).toEqual(["c\n"]);
    expect(diffLibrary()).toBe(diffLibrary());
  });
});
