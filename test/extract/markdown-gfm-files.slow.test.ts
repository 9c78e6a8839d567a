/**
 * parseMarkdown gives full GFM's tree on every Markdown file of the fixtures and the corpora's dev
 * sets (slow suite, `npm run test:slow`); the edge cases and generated sources are in
 * markdown-gfm.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { parseMarkdown } from "../../src/extract/markdown.js";
import { markdownFiles } from "./markdown-files.js";

const ROOT = join(import.meta.dirname, "..", "..");
const fullGfm = (source: string) => fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe("parseMarkdown gives full GFM's tree (files)", () => {
  // The held-out renderings come from the same generators as the dev ones: left out to keep the test
  // short (all 101 files were compared when the parts were made conditional).
  it("on every Markdown file of the fixtures and the corpora's dev sets", () => {
    const files = [
      ...["fixtures", "test/fixtures", "test/corpus/dev", "test/corpus2/dev2"].flatMap((d) => markdownFiles(join(ROOT, d))),
      // Plain .txt that the sniffer reads as Markdown.
      join(ROOT, "fixtures", "A-60-209-note.txt"),
    ];
    expect(files.length).toBeGreaterThan(70);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(JSON.stringify(parseMarkdown(source)), file).toBe(JSON.stringify(fullGfm(source)));
    }
  });
});
