/**
 * Session 35 (h-v1114), corpora 11 and 14's validation draws, committed files:
 * - XeLaTeX (xdvipdfmx) writes a table row's cells in one TJ; a word wider than its narrow Unit
 *   cell runs past the Baseline column's edge and the value follows by a displacement in the same
 *   array ("nationalities" −0.5 pt "55"). The displacement is a seam (glyphs.ts TJ_SEAM) that
 *   splitAtColumnEdges cuts at the column edge, and the overrunning word stays in the column its
 *   left edge is in (columns.ts overrunBeforeOpening).
 * - wkhtmltopdf cuts a header row after its first line at a page foot ("Objectives … Indicators
 *   Risks" / next page "of achievement  and mitigations"): the next page's label tails, a joining
 *   word before label words, complete it (header.ts isJoinedLabelTail) and the table is read.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { buildLines, type GlyphRun } from "../../src/extract/pdf/lines.js";

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
  it("v14-006 xe.pdf: 'nationalities' | '55' and '60' in Unit and Baseline", async () => {
    const { got } = await read("corpus14", "val14", "v14-006", "xe.pdf");
    expect(got("To implement the accepted recommendations", "unit")).toEqual(["%", "nationalities"]);
    expect(got("To implement the accepted recommendations", "baseline")).toEqual(["55%", "55"]);
  });
  it("v14-010 xe.pdf: 'consultations' 12 pt into the Baseline column stays a unit", async () => {
    const { got } = await read("corpus14", "val14", "v14-010", "xe.pdf");
    expect(got("To support the High-level Advisory Body", "unit")).toEqual(["consultations", "days", "%"]);
    expect(got("To support the High-level Advisory Body", "baseline")).toEqual(["7", "33", "51"]);
  });
});

describe("a seam set by a displacement inside one TJ (splitAtColumnEdges)", () => {
  const run = (text: string, x: number, baseline: number, width: number): GlyphRun => ({ text, x, baseline, width, fontSize: 10, bold: false });
  // Two rows of the table around the line: each opens its Baseline cell at 409.7 after a column gap.
  const rows = [
    [run("Share of the", 237.8, 361, 61), run("per cent", 349.1, 361, 41.5), run("100", 409.7, 361, 19), run("100%", 470.3, 361, 28.5)],
    [run("Share of appraisals", 237.8, 385, 95.6), run("per cent", 349.1, 385, 41.5), run("96%", 409.7, 385, 22.1), run("100%", 470.3, 385, 28.5)],
  ].flat();
  const texts = (lines: ReturnType<typeof buildLines>) => lines.map((l) => l.segments.map((s) => s.text));

  it("is cut where the next cell's value follows a word run past the column edge (v14-006 xe.pdf)", () => {
    const joined: GlyphRun = { ...run("nationalities55", 349.1, 373, 73.3), seams: [{ x: 409.7, at: 13, before: 61.1, moved: true }] };
    expect(texts(buildLines([...rows, run("Nationalities", 237.8, 373, 62.3), joined, run("57", 470.3, 373, 12.7)]))[1]).toEqual(["Nationalities", "nationalities", "55", "57"]);
  });
  it("is never cut between two letters of a word, wherever a column edge falls (WeasyPrint's kerning: 'bodie' + 's')", () => {
    const word: GlyphRun = { ...run("governing bodies", 349.1, 373, 80), seams: [{ x: 409.7, at: 15, before: 60.4, moved: true }] };
    expect(texts(buildLines([...rows, word]))[1]).toEqual(["governing bodies"]);
    // The same seam from a later operator is the old rule's to judge: cut at the table's edge.
    const { moved: _moved, ...operator } = word.seams![0]!;
    expect(texts(buildLines([...rows, { ...word, seams: [operator] }]))[1]).toEqual(["governing bodie", "s"]);
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
