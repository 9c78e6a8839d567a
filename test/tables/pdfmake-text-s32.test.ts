/**
 * Session 32 (h-pdfm), layout text of pdfmake PDFs (`pdftotext -layout`), two cues found on corpus19
 * documents printed from fresh seeds of its generator (not committed):
 * - a measure line ending on a comparison sign ("… platform: ≥") wrapped the bound's figure ("81%")
 *   onto the next line: the line leads on (`leadsOn`), the figure is no measure of its own;
 * - a Target cell whose bound wrapped before its figure ("Not more" / "than 1 days") opens a value
 *   as a figure does, so the second value under a whole one starts the next measure;
 * - an accomplishment spanning its measures opens on the line where its first measure opens its
 *   values, after a line its column left empty.
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { leadsOn } from "../../src/tables/text.js";
import { isBoundHead } from "../../src/tables/columns.js";

async function read(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "pdfm-"));
  const file = join(dir, "t.txt");
  writeFileSync(file, lines.join("\n") + "\n");
  const out = await extract(file, { format: "text" });
  return out.kind === "compact" ? out : null;
}

describe("a comparison sign at a cell line's end leads on", () => {
  it("reads leadsOn for signs and 'at least', not for a figure", () => {
    expect(leadsOn("recorded in the aid management platform: ≥")).toBe(true);
    expect(leadsOn("Staff trained: at least")).toBe(true);
    expect(leadsOn("Staff trained: ≥ 81%")).toBe(false);
    expect(leadsOn("the least")).toBe(false);
  });

  it("keeps the wrapped figure with its measure", async () => {
    const out = await read([
      "A. PROGRAMME OBJECTIVES",
      "",
      "OBJECTIVES                                    PERFORMANCE MEASURES",
      "To strengthen the capacity of the              Reconstruction projects approved: ≥ 72",
      "Government of Haiti to manage aid              Displaced persons still living in camps (thousands): ≥ 1,057",
      "To coordinate the response of the United       Donor funding recorded in the aid management platform: ≥",
      "Nations system to the cholera epidemic, in     81%",
      "cooperation with the partners concerned        Investors attending the investment forum: ≥ 487",
      "                                               Pledges disbursed: 53%",
      "To support the Interim Haiti Recovery          Pledges disbursed: ≥ 61%",
      "Commission in approving reconstruction         Displaced persons still living in camps (thousands): ≥ 502",
    ]);
    expect(out?.objectives[1]?.measures.map((m) => m.text)).toEqual([
      "Donor funding recorded in the aid management platform: ≥ 81%",
      "Investors attending the investment forum: ≥ 487",
      "Pledges disbursed: 53%",
    ]);
  });
});

describe("a bound's head alone on a Target line opens a value", () => {
  it("reads isBoundHead", () => {
    expect(isBoundHead("Not more")).toBe(true);
    expect(isBoundHead(" At  least ")).toBe(true);
    expect(isBoundHead("than 1 days")).toBe(false);
    expect(isBoundHead("At least 6")).toBe(false);
  });

  it("starts the next measure under a whole value", async () => {
    const out = await read([
      "A. PROGRAMME OBJECTIVES",
      "",
      " Objective                     Expected                    Indicator of achievement            Baseline     Target",
      "                               accomplishment",
      " To support the preparation    Refugees returned           Consultations with national         104 (2011)   ≥ 106",
      " of peaceful, inclusive and    voluntarily from            stakeholders held",
      " credible elections in 2020    neighbouring countries",
      "                                                           Dialogue sessions convened          4 (2020)     At least 6",
      "                               Women’s networks for        Average time to issue a             2 days       Not more",
      "                               peace supported in the      statement after an incident                      than 1 days",
      "                               provinces",
    ]);
    const row = out?.objectives[0];
    // The accomplishment spanning the last measure opens on that measure's line, after a line its
    // column left empty (accomplishmentAtNextMeasure).
    expect(row?.accomplishments).toEqual([
      "Refugees returned voluntarily from neighbouring countries",
      "Women’s networks for peace supported in the provinces",
    ]);
    const measures = row?.measures ?? [];
    const text = (v: unknown) => (typeof v === "string" ? v : (v as { text?: string } | null)?.text);
    expect(measures.map((m) => [m.text, text(m.baseline), text(m.target)])).toEqual([
      ["Consultations with national stakeholders held", "104 (2011)", "≥ 106"],
      ["Dialogue sessions convened", "4 (2020)", "At least 6"],
      ["Average time to issue a statement after an incident", "2 days", "Not more than 1 days"],
    ]);
  });
});
