/**
 * Session 35 (h-v1114), corpora 11 and 14's validation draws, committed files:
 * - XeLaTeX (xdvipdfmx) sets a word wider than its narrow Unit cell past the Baseline column's
 *   edge: the overrunning word stays in the column its left edge is in when the line's next run
 *   opens that column (columns.ts overrunBeforeOpening). (h-v1114's TJ_SEAM, which also cut
 *   "nationalities55" where the value follows inside one TJ, was dropped at the merge: it cost
 *   LibreOffice's RTF/DOCX PDFs rows, corpus8 dev8b/d/e rtf.pdf −15, corpus12 d12-003 docx.pdf −2.)
 * - wkhtmltopdf cuts a header row after its first line at a page foot ("Objectives … Indicators
 *   Risks" / next page "of achievement  and mitigations"): the next page's label tails, a joining
 *   word before label words, complete it (header.ts isJoinedLabelTail) and the table is read.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
type TruthRow = { objective: string; [key: string]: unknown };

const read = async (corpus: string, split: string, id: string, rendering: string) => {
  const dir = join(here, "..", corpus, split);
  const out = await extract(new Uint8Array(readFileSync(join(dir, `${id}.${rendering}`))), { fileName: `${id}.${rendering}` });
  if (out.kind !== "compact") throw new Error(`${id}.${rendering}: ${out.kind}`);
  const truth = JSON.parse(readFileSync(join(dir, `${id}.truth.json`), "utf8")) as { rows: TruthRow[] };
  const text = (xs: ReadonlyArray<string | { text: string }> | undefined) => (xs ?? []).map((x) => (typeof x === "string" ? x : x.text));
  const got = (start: string, key: string) => {
    const row = out.objectives.find((o) => o.objective.startsWith(start));
    if (!row) return undefined;
    return key === "measures" ? text(row.measures) : key === "accomplishments" ? text(row.accomplishments) : text(row.extra[key]);
  };
  const want = (start: string, key: string) => truth.rows.find((r) => r.objective.startsWith(start))?.[key];
  return { got, want };
};

describe("a word run past its narrow cell into the next column (XeLaTeX's overfull box, one TJ)", () => {
  it("v14-010 xe.pdf: 'consultations' 12 pt into the Baseline column stays a unit", async () => {
    const { got } = await read("corpus14", "val14", "v14-010", "xe.pdf");
    expect(got("To support the High-level Advisory Body", "unit")).toEqual(["consultations", "days", "%"]);
    expect(got("To support the High-level Advisory Body", "baseline")).toEqual(["7", "33", "51"]);
  });
});

describe("a header row cut by wkhtmltopdf's page break after its first line", () => {
  it("v11b-021 wk.pdf: the managerial table under 'Objectives Outcomes Indicators Risks' / 'of achievement and mitigations'", async () => {
    const { got, want } = await read("corpus11", "val11b", "v11b-021", "wk.pdf");
    for (const start of ["To promote a workplace", "To keep the evaluations", "To reach gender parity"])
      for (const key of ["accomplishments", "measures", "risksAndMitigations"]) expect(got(start, key), `${start} ${key}`).toEqual(want(start, key));
  });
  it("v11b-016 wk.pdf: 'Objective Expected Key Risks' / 'result  performance indicator  and mitigations'", async () => {
    const { got, want } = await read("corpus11", "val11b", "v11b-016", "wk.pdf");
    for (const start of ["To advance the coordination", "To assist small island"]) for (const key of ["accomplishments", "measures"]) expect(got(start, key), `${start} ${key}`).toEqual(want(start, key));
  });
});
