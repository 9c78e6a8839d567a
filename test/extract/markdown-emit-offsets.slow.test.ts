/**
 * Every Markdown source of corpus13's and corpus14's dev splits: its layout's offsets address the
 * layout text (slow suite since session 26; markdown-emit-offsets.test.ts checks every fifth).
 */
import { describe, expect, it } from "vitest";
import { markdownSegments } from "../support/markdown-offsets.js";

describe("Markdown layout offsets (every source)", () => {
  it("address the layout text for every Markdown source of the corpora's dev splits", () => {
    expect(markdownSegments(1)).toBeGreaterThan(1000);
  });
});
