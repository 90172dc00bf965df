import { describe, expect, it } from "vitest";
import { existingSubtree, subtree, type MapTree } from "../../src/model/map-tree.js";

describe("map tree", () => {
  it("makes a subtree once and finds it again, with undefined as a key of its own", () => {
    const root: MapTree = new Map();
    const a = subtree(subtree(root, "AMZN"), undefined);
    expect(subtree(subtree(root, "AMZN"), undefined)).toBe(a);
    expect(subtree(subtree(root, "AMZN"), "undefined")).not.toBe(a);
    expect(existingSubtree(existingSubtree(root, "AMZN"), undefined)).toBe(a);
  });

  it("looks up without growing the tree", () => {
    const root: MapTree = new Map();
    subtree(root, "AMZN");
    expect(existingSubtree(existingSubtree(root, "MSFT"), "cloud")).toBeUndefined();
    expect([...root.keys()]).toEqual(["AMZN"]);
  });
});
