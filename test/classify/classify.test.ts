import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyLayout, MIN_SCORE } from "../../src/classify/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const classify = (text: string) => classifyLayout(textToLayout(text));

describe("classification from evidence", () => {
  it("a news sentence about signing compacts is not a compact", () => {
    const c = classify(
      "UN chief signs compacts\n\nBy John Smith\n\nNEW YORK, 12 March 2008 — The Secretary-General signed senior manager's compacts with the heads of departments on Tuesday, a spokesperson said. The compacts list objectives, expected accomplishments and performance measures.\n",
    );
    expect(c.kind).toBe("unknown");
    expect(c.evidence.filter((e) => e.kind === "compact")).toEqual([]);
    expect(c.evidence.map((e) => e.cue)).toContain("byline (By …)");
  });

  it("a compact needs more than its title: title alone stays unknown", () => {
    const c = classify("2009 SENIOR MANAGER'S COMPACT\n\nSome text.\n");
    expect(c.scores.compact).toBe(4);
    expect(c.scores.compact!).toBeLessThan(MIN_SCORE);
    expect(c.kind).toBe("unknown");
  });

  it("title, preamble and table header make a compact", () => {
    const c = classify(
      "2009 SENIOR MANAGER'S COMPACT\n\nBetween Mr. Sha Zukang, Under-Secretary-General for Economic and Social Affairs, and the Secretary-General, Mr. Ban Ki-moon\n\nObjectives\tExpected accomplishments\tPerformance measures\nTo do X.\tX done.\t90% done.\n",
    );
    expect(c.kind).toBe("compact");
    expect(c.evidence.map((e) => e.cue)).toEqual([
      "title line: Senior Manager's Compact",
      "table header: Objective / Expected accomplishment / Performance measure",
      "preamble: Between … and the Secretary-General",
    ]);
    expect(c.scores.compact).toBe(13);
  });

  it("a 1990s masthead with Distr. and ORIGINAL: on two lines is a UN document", () => {
    const c = classify("UNITED\nNATIONS                A\n     General Assembly      Distr.\n                           GENERAL\n\n                           A/50/447\n                           ORIGINAL:\n                           ENGLISH\n\nFiftieth session\nAgenda item 117\n");
    expect(c.kind).toBe("un-document");
    expect(c.evidence.map((e) => e.cue)).toEqual(expect.arrayContaining(["masthead: document symbol", "masthead: Distr.", "masthead: Original language", "masthead: session", "masthead: agenda item"]));
  });

  it("a Secretary-General's bulletin (no Distr. line) is a UN document", () => {
    const c = classify("United Nations ST/SGB/2005/7\n\nSecretariat\n\n4 March 2005\n\nSecretary-General's bulletin\n\nAccountability of senior managers\n\nSection 1\n");
    expect(c.kind).toBe("un-document");
    expect(c.scores["un-document"]).toBe(7);
  });

  it("a symbol quoted in prose is no masthead", () => {
    const c = classify("The report of the Secretary-General (A/62/701) was discussed at length by the committee, according to people present.\n");
    expect(c.evidence.some((e) => e.cue === "masthead: document symbol")).toBe(false);
    expect(c.kind).toBe("unknown");
  });

  it.each([
    ["unknown/news-compacts-signed.txt", "unknown"],
    ["unknown/hr-page-compacts.md", "unknown"],
    ["unknown/blog-compacts.md", "unknown"],
    ["undoc/two-agenda-items.md", "un-document"],
    ["seeds/002_6d0a952f88cf6e44.txt", "un-document"],
    ["markdown/compact-2012-gfm-table.md", "compact"],
  ])("%s is %s", (file, kind) => {
    const src = readFileSync(join(FIXTURES, file), "utf8");
    const layout = file.endsWith(".txt") && !file.startsWith("seeds/") ? textToLayout(src) : markdownTextToLayout(src);
    expect(classifyLayout(layout).kind).toBe(kind);
  });

  it("the HR page's title line counts for a compact but its web furniture outweighs it", () => {
    const c = classifyLayout(markdownTextToLayout(readFileSync(join(FIXTURES, "unknown/hr-page-compacts.md"), "utf8")));
    expect(c.scores.compact).toBe(4);
    expect(c.scores.unknown).toBeGreaterThan(0);
  });
});
