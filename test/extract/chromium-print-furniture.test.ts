/**
 * A browser's own print header and footer: corpus7's d7-003 (LibreOffice's HTML of the .docx)
 * printed by `chromium --headless --print-to-pdf` as a user types it, without
 * `--no-pdf-header-footer` (scripts/corpus7/chromium-variants.mjs, variant `cli`): the date and the
 * document title at each page's top, the file URL and "n/5" at its foot. Page 1's date
 * ("12/1/26") holds the page's number, and so does page 3's file name ("d7-003.html"); read with the
 * page number taken out of the key, those two lines matched no other page's and went into the
 * table ("file:///…/d7-003.html" as a measure, "3/5" as a target). Truth: test/corpus7's d7-003.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const PDF = join(import.meta.dirname, "..", "fixtures", "pdf");
const norm = (s: string) => s.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

describe("Chromium's print header and footer", () => {
  it("are removed from every page, and every row reads as printed", async () => {
    const out = await extract(join(PDF, "chromium-print-furniture.pdf"), { ocr: "off" });
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") return;
    const truth = JSON.parse(readFileSync(join(PDF, "chromium-print-furniture.truth.json"), "utf8")) as { rows: Array<{ objective: string; accomplishments: string[]; measures: string[] }> };
    const text = JSON.stringify(out.objectives);
    expect(text).not.toContain("file://");
    expect(text).not.toContain("12/1/26");
    for (const row of truth.rows) {
      const hit = out.objectives.find((o) => norm(o.objective) === norm(row.objective));
      expect(hit, row.objective).toBeDefined();
      expect(hit!.accomplishments.map(norm)).toEqual(row.accomplishments.map(norm));
      expect(hit!.measures.map((m) => norm(m.text))).toEqual(row.measures.map(norm));
    }
  });
});
