/**
 * corpus17's `raw.txt` (`pdftotext -raw` of lochrome.pdf: content-stream order, no column geometry)
 * is never silently wrong (src/tables/stream-order.ts): before session 26 the dev17 documents came
 * out `success` with about 15 made-up objectives each and 0 of 203 rows right. Every dev17 document
 * is now `partial` with `TABLE_READING_ORDER`, and no row is read from a header whose columns the
 * text cannot place (the only rows left come from tables whose labels stand one a line, read by
 * the linearised reader and flagged `TABLE_LINEARIZED`). Since session 36 (h-raw17) the tables are
 * read from the content-stream order as a viewer's copy (about half the rows exact): each such table
 * says so with `TABLE_READING_ORDER` (a best effort) beside `TABLE_LINEARIZED`, and the document stays
 * `partial`. Held-out documents are not run.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { readManifest } from "../support/corpus-manifest.js";

const here = dirname(fileURLToPath(import.meta.url));
const dev = readManifest(here).documents.filter((d) => d.split === "dev17");

describe("corpus17 dev17 raw.txt (content-stream order)", () => {
  it("is partial with TABLE_READING_ORDER in every document, and rows come only from linearised tables", async () => {
    const seen: string[] = [];
    for (const d of dev) {
      const out = await extract(join(here, d.renderings["raw.txt"] ?? ""), { format: "text" });
      const codes = new Set(out.warnings.map((w) => w.code));
      const objectives = out.kind === "compact" ? out.objectives.length : -1;
      seen.push(`${d.id} ${out.status} ${codes.has("TABLE_READING_ORDER")} ${objectives === 0 || codes.has("TABLE_LINEARIZED")}`);
    }
    expect(seen).toEqual(dev.map((d) => `${d.id} partial true true`));
  }, 300_000);
});
