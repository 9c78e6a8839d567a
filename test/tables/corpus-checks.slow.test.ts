/**
 * The shared and memoised table readings against the unshared ones on every text and Markdown
 * source of the fixtures and corpora (slow suite since session 26: ~60 s of `npm test` under load).
 * `npm test` runs the same checks on the fixtures and a sample of each corpus: header-scan,
 * line-memo, word-table and lexicon-memo.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sources } from "../support/text-sources.js";
import { candidates, checkOneLineHeaders, checkSkippedFiles, checkUnglue, expectSameAnswers } from "./support/corpus-checks.js";

describe("the shared readings on every source of the fixtures and corpora", () => {
  it("header scan: skips only lines where no header starts, on every text and Markdown source of the fixtures and corpora", async () => {
    const files = sources(/\.(txt|md)$/, "fixtures", "test/fixtures/compacts", "test/fixtures/markdown", "test/fixtures/unknown", "test/corpus/dev", "test/corpus3/dev3", "test/corpus6/dev6");
    expect(files.length).toBeGreaterThan(100);
    const { skipped, withHeader } = await checkSkippedFiles(files);
    expect(withHeader).toBeGreaterThan(50);
    expect(skipped).toBeGreaterThan(1000);
  });

  it("detectOneLineHeader finds the one-line headers detectHeader finds, on every line of the fixtures' and corpora's text and Markdown sources", async () => {
    const files = sources(/\.(txt|md)$/, "fixtures", "test/fixtures/markdown", "test/corpus13/dev13", "test/corpus14/dev14");
    expect(files.length).toBeGreaterThan(40);
    const { oneLine, taller } = await checkOneLineHeaders(files);
    expect(oneLine).toBeGreaterThan(20);
    expect(taller).toBeGreaterThan(5);
  });

  it("unglueLabelWords answers as the unmemoised cut on every word of the corpus14 dev text", async () => {
    const { words, cut } = await checkUnglue(sources(/\.txt$/, "test/corpus14/dev14"));
    expect(words).toBeGreaterThan(5_000);
    expect(cut).toBeGreaterThanOrEqual(0);
  });

  it("hyphenLexicon answers as the search per question did, on every fixture text and dev14's sources", () => {
    const files = readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f));
    for (const f of readdirSync("test/corpus14/dev14").filter((f) => /\.(txt|md)$/.test(f)).slice(0, 2)) files.push(join("test/corpus14/dev14", f));
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      expectSameAnswers(text, candidates(text));
    }
  });
});
