/**
 * test/corpus20's validation draws val20 (seed 203020, session 33) val20b (seed 204040, session
 * 35), val20c (seed 205050, session 36), val20d (seed 206060, session 37's check draw) val20e (seed 207070, session 39's check draw) val20f (seed 208080, session 41's check draw) val20g (seed 209090, session 42's check draw) val20h (seed 210100, session 43's check draw) val20i (seed 211110, session 44's check draw) val20j (seed 212120, session 45's check draw) val20k (seed 213130, session 46's check draw) val20l (seed 214140, session 47's check draw) val20m (seed 215150, session 48's check draw) val20n (seed 216150, session 49's check draw), val20o (seed 217150, session 50's check draw), val20p (seed 218150, session 51's check draw), val20q (seed 219150, session 52's check draw) and val20r (seed 220150, session 53's check draw; none gated): the PDF checks corpus20.test.ts runs on dev20/holdout20
 * (test/corpus20/pdf-checks.ts), on the draws' 468 PDFs — in
 * the slow suite since session 34, where they doubled the corpus test's time. The generator's
 * `--check` of val20 (truth, Typst sources, Markdown, PDF sha256) stays in corpus20.test.ts.
 */
import { describe, expect, it } from "vitest";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { readManifest } from "../support/corpus-manifest.js";
import { popplerErrors, readingOrderProblems, typstFontProblems } from "./pdf-checks.js";

const here = dirname(fileURLToPath(import.meta.url));
const val = readManifest(here).documents.filter((d) => d.split.startsWith("val20"));

describe("test/corpus20's validation draws val20, val20b, val20c, val20d, val20e, val20f, val20g, val20h, val20i, val20j, val20k, val20l, val20m, val20n, val20o, val20p, val20q and val20r", () => {
  it("holds 26 documents each", () => expect(val.length).toBe(468));

  it("prints every truth word in the PDF's text in reading order once its soft-hyphen breaks are joined", () => {
    expect(readingOrderProblems(here, val)).toEqual([]);
  });

  it("was compiled by Typst: every font embedded (a subset), the family the manifest names", () => {
    expect(typstFontProblems(here, val)).toEqual([]);
  });

  it("prints well-formed pages: poppler reads every PDF without an error", () => {
    expect(popplerErrors(here, val)).toEqual([]);
  });
});
