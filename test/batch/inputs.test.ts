import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputs, globBase } from "../../src/batch/inputs.js";

describe("collectInputs", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-inputs-"));
    for (const f of ["a/one.pdf", "a/two.TXT", "a/deep/three.md", "a/skip.json", "a/.hidden.txt", "b/one.pdf", "loose.bin"]) {
      await mkdir(join(dir, f, ".."), { recursive: true });
      await writeFile(join(dir, f), "x");
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("walks folders recursively for document extensions, skipping hidden files", async () => {
    const { inputs, unmatched } = await collectInputs(["a"], dir);
    expect(inputs.map((i) => i.rel)).toEqual(["deep/three.md", "one.pdf", "two.TXT"]);
    expect(inputs[0]!.abs).toBe(join(dir, "a/deep/three.md"));
    expect(inputs[0]!.display).toBe("a/deep/three.md");
    expect(unmatched).toEqual([]);
  });

  it("expands globs relative to their static base and keeps explicit files whatever their extension", async () => {
    const { inputs } = await collectInputs(["*/one.pdf", "loose.bin", "a/**/*.md"], dir);
    expect(inputs.map((i) => [i.display, i.rel])).toEqual([
      ["a/one.pdf", "a/one.pdf"],
      ["b/one.pdf", "b/one.pdf"],
      ["loose.bin", "loose.bin"],
      ["a/deep/three.md", "deep/three.md"],
    ]);
  });

  it("lists each file once and reports what matched nothing", async () => {
    const { inputs, unmatched } = await collectInputs(["a/one.pdf", "a", "missing.pdf", "nothing/*.pdf"], dir);
    expect(inputs.filter((i) => i.rel.endsWith("one.pdf"))).toHaveLength(1);
    expect(inputs.at(-1)!.rel).toBe("missing.pdf"); // kept, to be reported as IO_ERROR
    expect(unmatched).toEqual(["missing.pdf", "nothing/*.pdf"]);
  });

  it("follows symlinked folders without looping or listing a file twice", async () => {
    await mkdir(join(dir, "links/inner"), { recursive: true });
    await writeFile(join(dir, "links/inner/doc.txt"), "x");
    await symlink("..", join(dir, "links/inner/up")); // a loop back up the tree
    const { inputs } = await collectInputs(["links"], dir);
    expect(inputs.map((i) => i.rel)).toEqual(["inner/doc.txt"]);
  });

  it.each([
    ["archive/**/*.pdf", "archive", "**/*.pdf"],
    ["*.pdf", ".", "*.pdf"],
    ["/data/2008/*.txt", "/data/2008", "*.txt"],
    ["a/b{1,2}/c.md", "a", "b{1,2}/c.md"],
  ])("globBase(%j)", (pattern, base, rest) => {
    expect(globBase(pattern)).toEqual({ base, rest });
  });
});
