/**
 * Plain CommonMark (no GFM part can match) is parsed by commonmark.js instead of micromark
 * (extract/commonmark.ts), only for speed. These tests check that the Layout is always the one the
 * micromark tree gives: on the Markdown files of the fixtures and corpora, on hand-made cases where
 * the two parsers place things differently, and on generated sources.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonMarkTree } from "../../src/extract/commonmark.js";
import { layoutFromTree, markdownTextToLayout, parseMarkdown, possibleGfmParts } from "../../src/extract/markdown.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";
import { markdownFiles } from "./markdown-files.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The Layout micromark's tree gives (the reader before commonmark.js). */
const micromarkLayout = (source: string) => layoutFromTree(parseMarkdown(source), source);


describe("the Markdown reader's Layout does not depend on the parser", () => {
  it("on every Markdown file of the fixtures and the corpora's dev sets", () => {
    const files = [
      ...["fixtures", "test/fixtures", "test/corpus/dev", "test/corpus2/dev2"].flatMap((d) => markdownFiles(join(ROOT, d))),
      join(ROOT, "fixtures", "A-60-209-note.txt"),
      join(ROOT, "test", "fixtures", "seeds", "002_6d0a952f88cf6e44.txt"),
    ];
    let plain = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      // A source some GFM part can match never reaches commonmark.js (both sides would be micromark).
      if (possibleGfmParts(source) !== 0) continue;
      expect(markdownTextToLayout(source), file).toEqual(micromarkLayout(source));
      if (commonMarkTree(source)) plain++;
    }
    // The note, the seed and the Markdown files without tables or brackets take the commonmark.js path.
    expect(plain).toBeGreaterThanOrEqual(4);
  });

  // Where commonmark.js opens a block elsewhere than micromark, or gives a value in another shape.
  const EDGE_CASES = [
    "   indented paragraph\n   and its next line",
    "Setext\n===\n\n  indented setext\n  ---",
    "  <div>\n  html block\n  </div>\n\ntext <sup>1</sup> after",
    "    indented code\n\n    more\n\n\n",
    "```\nfenced\n\n```\n\n  ```\n  indented fence\n  ```",
    "- 1. nested ordered\n- 2) other delimiter\n\n10. ten\n11. eleven",
    "a\n- b interrupts\n> and so does c",
    "a  \nhard break\\\nand backslash\\",
    "*em* **strong** _u_ __uu__ ***both*** `code  span` &amp; &copy; &#35; \\* <a+b:c>",
    "agenda\\* and \\**x*, a\ttab in text",
    "line\r\nwith CRLF\r\n\r\n# heading\r\n",
    "\u0000nul",
  ];
  it.each(EDGE_CASES)("on %j", (source) => {
    expect(commonMarkTree(source)).not.toBeNull();
    expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
  });

  // Where the trees differ, one case per reason: these are left to micromark.
  const LEFT_TO_MICROMARK = [
    "# heading\rCR only\r\nand CRLF", // a bare CR is a line ending in commonmark.js, text in mdast
    "no-break\u00a0space", // JavaScript's trim takes it
    "> quoted\n>\tcode?", // a tab in a line's indentation and markers
    "__a_(__#", // a run that both opens and closes emphasis (the rule of 3)
    "a `code\nspan`", // a code span in a block of several lines
    "-\n  empty first line\n-", // an empty list item
    "a\n- 10. b", // a list nested on the line of an interrupting item
    "    code\n\n2) foo", // a list after indented code
    "1. a\n<sup>", // a tag on a lazy line
    "    ```\n    not a fence", // an indented code block opening with a fence
  ];
  it.each(LEFT_TO_MICROMARK)("leaves %j to micromark", (source) => {
    expect(commonMarkTree(source)).toBeNull();
    expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
  });

  it("on generated sources built from CommonMark's characters", () => {
    // No bracket, pipe, tilde, "@", "www" or "http": the sources stay plain CommonMark.
    const token = fc.constantFrom(
      "# ", "## ", "#", "=", "===", "---", "- ", "* ", "+ ", "1. ", "2) ", "10. ", "0. ", "> ", ">", "    ", "  ", " ", "\t",
      "\n", "\n\n", "\r\n", "\r", "```", "```x\n", "`", "``", "*", "**", "_", "__", "\\", "\\*", "&amp;", "&#35;", "&copy", ";",
      "<sup>", "</sup>", "<br>", "<div>", "</div>", "<!-- ", " -->", "<a+b:c>", "<x", "a", "Un", "word", "1", "9", ".", ")",
      "\u00a0", "é", "!", "(", "\"", "'", "\n  ", "   ", "-->", "<!--", "<sup>1</sup>", "</div>\n", "&#x41;", "\\\n", "  \n",
      "***", "___", "```\n", "\n===\n", "\n---\n", "1) ", "    - ", "> > ",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40, size: "max" }), (tokens) => {
        const source = tokens.join("");
        expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
      }),
      { numRuns: FUZZ_RUNS * 4 },
    );
  });
});
