/**
 * Pipe tables read without micromark (extract/pipe-table.ts) give micromark's Layout on every
 * committed Markdown file (fixtures, every corpus and split) and the shared seeds when present.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pipeTableTree } from "../../src/extract/pipe-table.js";
import { layoutFromTree, parseMarkdown, possibleGfmParts } from "../../src/extract/markdown.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = "/work/shared/seeds";
const TABLE_ONLY = possibleGfmParts("| a |\n|---|");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("pipe tables read without micromark, every committed Markdown file", () => {
  it("gives micromark's Layout", () => {
    const dirs = [join(ROOT, "fixtures"), ...readdirSync(join(ROOT, "test")).filter((d) => d.startsWith("corpus") || d === "fixtures").map((d) => join(ROOT, "test", d))];
    if (existsSync(SEEDS)) dirs.push(SEEDS);
    let read = 0;
    for (const file of dirs.flatMap(markdownFiles)) {
      const source = readFileSync(file, "utf8");
      if (possibleGfmParts(source) !== TABLE_ONLY) continue;
      const tree = pipeTableTree(source);
      if (!tree) continue;
      read++;
      expect(layoutFromTree(tree, source), file).toEqual(layoutFromTree(parseMarkdown(source), source));
    }
    expect(read).toBeGreaterThanOrEqual(500);
  }, 900_000);
});
