// The lazily loaded libraries: each is the real library, loaded once and handed out again.
import { createTwoFilesPatch } from "diff";
import { describe, expect, it } from "vitest";
import { diffLibrary, yamlLibrary } from "../../src/load/libraries.js";

describe("libraries loaded on first use", () => {
  it("hands out the yaml library, the same one each time", () => {
    expect(yamlLibrary().parse("a: [1, 2]")).toEqual({ a: [1, 2] });
    expect(yamlLibrary()).toBe(yamlLibrary());
  });

  it("hands out the diff library's patch maker, the same one each time, making the whole library's patches", () => {
    const patch = diffLibrary().createTwoFilesPatch("HEAD:a.yaml:3", "a.yaml:3", "a: 1\nb: 2\nc: 3\n", "a: 1\nb: 4\nc: 3\n", undefined, undefined, { context: 2 });
    expect(patch).toContain("-b: 2\n+b: 4\n");
    expect(patch).toBe(createTwoFilesPatch("HEAD:a.yaml:3", "a.yaml:3", "a: 1\nb: 2\nc: 3\n", "a: 1\nb: 4\nc: 3\n", undefined, undefined, { context: 2 }));
    expect(diffLibrary()).toBe(diffLibrary());
  });
});
