/**
 * The Markdown reader hands a GFM part to micromark only where the source holds the characters
 * the part needs (extract/markdown.ts GFM_PARTS). That is only a speed-up if the tree is always the
 * one full GFM gives: these tests compare `parseMarkdown` with a parse using every GFM extension,
 * positions included, on hand-made cases at the edge of each part's test and on generated sources
 * (and on the Markdown files of the fixtures and corpora: markdown-gfm-files.slow.test.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { parseMarkdown } from "../../src/extract/markdown.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/**
 * A parse's tree, or the error it throws. Under the test runner's development builds the task-list
 * extension asserts on some sources ("-\n[ ] |": a check after an empty list item) where the
 * production build returns a tree; full GFM throws there too, and the property is that both agree.
 */
const outcome = (parse: () => unknown): { tree: unknown } | { error: string } => {
  try {
    return { tree: parse() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
};
const fullGfm = (source: string) => fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe("parseMarkdown gives full GFM's tree", () => {
  // At the edge of each part's test: the least source in which the part matches.
  const EDGE_CASES = [
    "a\n:-", // a one-column table without a pipe (left-aligned)
    "a\n-:", // …right-aligned
    "a | b\n-- | --\nc | d",
    "| a |\n| - |",
    "a\n--", // a setext heading, not a table
    "text[^1] and more\n\n[^1]: The note.",
    "[^note]:\n    indented",
    "~~gone~~ and ~one~",
    "- [ ] open\n- [x] done\n- [X] done too",
    "1. [ ]\n",
    "see www.un.org and WWW.UN.ORG.",
    "at http://x.org/_a_ and HTTPS://UN.ORG/b_c_",
    "mail a.b@un.org, mailto:x@y.org, xmpp:a@b.org/c",
    "no links: www, http, @ alone, wwwx.org",
    "*emphasis* **strong** `code` <sup>1</sup> \\| escaped pipe",
  ];
  it("agrees with full GFM where the task-list extension's development build asserts", () => {
    const source = "-\n[ ] |";
    expect(outcome(() => parseMarkdown(source))).toEqual(outcome(() => fullGfm(source)));
  });
  it.each(EDGE_CASES)("on %j", (source) => {
    expect(parseMarkdown(source)).toEqual(fullGfm(source));
  });

  it("on generated sources built from each part's characters", () => {
    const token = fc.constantFrom(
      "|", ":", "-", ":-", "-:", "--", "[", "]", "^", "[^1]", "[^1]: ", "~", "~~", "[ ] ", "[x] ", "@", "www", ".", "www.",
      "http", "://", "https://", "mailto:", "a", "Un", "1.", "- ", "* ", "# ", "_", "*", "`", "\\", "<sup>", " ", "  ", "\n", "\n\n", "\t", "\u00a0",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const source = tokens.join("");
        expect(outcome(() => parseMarkdown(source))).toEqual(outcome(() => fullGfm(source)));
      }),
      { numRuns: FUZZ_RUNS * 4 },
    );
  });
});
