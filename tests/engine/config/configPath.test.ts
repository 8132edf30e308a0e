import { formatPath, readPath, writePath } from "../../../src/engine/config/configPath";

const tree = {
  a: { b: [10, 20] },
  rules: [
    { key: "x", v: 1 },
    { key: "y", v: 2 },
  ],
};

describe("readPath", () => {
  it("follows properties, indexes and keyed elements", () => {
    expect(readPath(tree, ["a", "b", 1])).toBe(20);
    expect(readPath(tree, ["rules", { key: "y" }, "v"])).toBe(2);
    expect(readPath(tree, [])).toBe(tree);
  });

  it("gives undefined for any missing step", () => {
    expect(readPath(tree, ["a", "c"])).toBeUndefined();
    expect(readPath(tree, ["a", "b", 2])).toBeUndefined();
    expect(readPath(tree, ["a", "b", -1])).toBeUndefined();
    expect(readPath(tree, ["rules", { key: "z" }, "v"])).toBeUndefined();
    expect(readPath(tree, ["a", 0])).toBeUndefined();
    expect(readPath(null, ["a"])).toBeUndefined();
  });
});

describe("writePath", () => {
  it("replaces one value and shares everything off the path", () => {
    const next = writePath(tree, ["rules", { key: "y" }, "v"], 5) as typeof tree;
    expect(next.rules[1]).toEqual({ key: "y", v: 5 });
    expect(next.rules[0]).toBe(tree.rules[0]);
    expect(next.a).toBe(tree.a);
    expect(tree.rules[1].v).toBe(2);
  });

  it("appends at the end of an array but never leaves holes", () => {
    expect(writePath(tree, ["a", "b", 2], 30)).toEqual({ ...tree, a: { b: [10, 20, 30] } });
    expect(writePath(tree, ["a", "b", 3], 30)).toEqual(tree);
  });

  it("leaves the tree as it was when a keyed element is missing", () => {
    expect(writePath(tree, ["rules", { key: "z" }, "v"], 1)).toEqual(tree);
  });

  it("creates objects along a missing path", () => {
    expect(writePath({}, ["p", "q"], 1)).toEqual({ p: { q: 1 } });
  });
});

describe("formatPath", () => {
  it("reads like code", () => {
    expect(formatPath(["priority", "recency", 0, "months"])).toBe("priority.recency[0].months");
    expect(formatPath(["segments", "rules", { key: "new" }, "r"])).toBe("segments.rules[new].r");
  });
});
