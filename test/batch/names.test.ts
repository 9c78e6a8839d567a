import { describe, expect, it } from "vitest";
import { assignOutputNames, isInside, outputNameFor, sanitizeSegment } from "../../src/batch/names.js";

describe("output names", () => {
  it.each([
    ["compact-2008-dfs.pdf", "compact-2008-dfs.json"],
    ["2008/dfs.txt", "2008/dfs.json"],
    ["../../etc/passwd", "etc/passwd.json"],
    ["a/./b/../c.md", "a/b/c.json"],
    ["/abs/path.pdf", "abs/path.json"],
    ["dir\\win.txt", "dir/win.json"],
    [".hidden.txt", "_hidden.json"],
    [".compacts-tmp-123", "_compacts-tmp-123.json"],
    ["CON.txt", "_CON.json"],
    ['what?<>:"|*.pdf', "what_______.json"],
    ["report.2008.final.pdf", "report.2008.final.json"],
    ["trailing. ", "trailing.json"],
    ["..", "_.json"],
    ["", "_.json"],
  ])("%j → %j", (rel, expected) => {
    expect(outputNameFor(rel)).toBe(expected);
  });

  it("never lets a name escape the output folder", () => {
    for (const rel of ["../../x.pdf", "..\\..\\x.pdf", "/etc/x", "a/../../../b", "....//x", "\u0000/x"]) {
      expect(isInside("/out", outputNameFor(rel))).toBe(true);
    }
    expect(isInside("/out", "../x.json")).toBe(false);
  });

  it("shortens very long segments but keeps them distinct", () => {
    const a = sanitizeSegment("x".repeat(300) + "a");
    const b = sanitizeSegment("x".repeat(300) + "b");
    expect(a.length).toBeLessThan(140);
    expect(a).not.toBe(b);
  });

  it("drops the extension, and gives x.pdf and x.txt side by side distinct hashed names", () => {
    const names = assignOutputNames([
      { abs: "/a/x.pdf", rel: "x.pdf" },
      { abs: "/a/x.txt", rel: "x.txt" },
      { abs: "/a/y.pdf", rel: "y.pdf" },
    ]);
    expect(names[0]).toMatch(/^x\.[0-9a-f]{8}\.json$/);
    expect(names[1]).toMatch(/^x\.[0-9a-f]{8}\.json$/);
    expect(names[0]).not.toBe(names[1]);
    expect(names[2]).toBe("y.json");
  });

  it("gives inputs with the same relative path under different roots distinct hashed names", () => {
    const inputs = [
      { abs: "/archive-2008/compact.pdf", rel: "compact.pdf" },
      { abs: "/archive-2009/compact.pdf", rel: "compact.pdf" },
      { abs: "/archive-2009/other.pdf", rel: "other.pdf" },
      { abs: "/archive-2009/OTHER.PDF", rel: "OTHER.PDF" }, // collides on case-insensitive file systems
    ];
    const names = assignOutputNames(inputs);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    expect(names[0]).toMatch(/^compact\.[0-9a-f]{8}\.json$/);
    expect(names[1]).toMatch(/^compact\.[0-9a-f]{8}\.json$/);
    expect(names[2]).toMatch(/^other\.[0-9a-f]{8}\.json$/);
    // Stable: the hash depends on the input's own path, not on the order.
    expect(assignOutputNames([...inputs].reverse()).reverse()).toEqual(names);
  });
});
