/**
 * Shared by the Markdown reader's file-wide tests (not a test file itself): the committed .md files
 * under a folder, and the pipe-table reader's Layout checked against micromark's on a list of files.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { pipeTableTree } from "../../src/extract/pipe-table.js";
import { layoutFromTree, parseMarkdown, possibleGfmParts } from "../../src/extract/markdown.js";

/** Every .md file under a folder, sub-folders included (the corpora's renderings and the fixtures). */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** The GFM-part mask of a source whose only possible part is a pipe table. */
export const TABLE_ONLY = possibleGfmParts("| a |\n|---|");

/**
 * Expects, for each file whose only GFM part is pipe tables and which the pipe-table reader reads
 * (`pipeTableTree` not null), the Layout micromark's tree gives; returns how many files were read so.
 */
export function expectPipeTableLayouts(files: readonly string[]): number {
  let read = 0;
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    if (possibleGfmParts(source) !== TABLE_ONLY) continue;
    const tree = pipeTableTree(source);
    if (!tree) continue;
    read++;
    expect(layoutFromTree(tree, source), file).toEqual(layoutFromTree(parseMarkdown(source), source));
  }
  return read;
}
