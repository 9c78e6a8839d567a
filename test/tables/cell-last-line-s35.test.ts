/**
 * Session 35 (h-v16b), corpus16's second validation draw (val16b): a cell's last line read as
 * something else, in Chromium's and LibreOffice's PDFs and their layout text.
 *
 * - `goesOnUnderCell` (tables/index.ts): a measure's last line under the run it goes on from, in
 *   that run's column and right of the table's left edge, is neither the next header's caption
 *   ("Advisory Board: 14", "Women trained … (target: 83).") nor a signature label ("signed: 3.").
 * - `numberedAlready` (tables/index.ts): a bare number at the foot of a page whose page number the
 *   furniture pass already removed ("Page 2 of 3") is a cell ("5", "242"), not a second page number.
 *
 * Each expectation fails without its rule (the base reader loses the line or the row).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Output } from "../../src/index.js";

type Compact = Extract<Output, { kind: "compact" }>;

const read = async (name: string): Promise<Compact> => {
  const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus16/val16b/${name}`, import.meta.url))), { fileName: name });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};
const measuresOf = (out: Compact, opening: string) => out.objectives.find((o) => o.objective.startsWith(opening))?.measures.map((m) => m.text);

describe("a cell's last line under its column is no caption or signature label (PDF)", () => {
  it("keeps 'signed: 3.' in its measure above the next section (LibreOffice, v16-026)", async () => {
    const out = await read("v16-026.lo.pdf");
    expect(measuresOf(out, "To facilitate the repatriation of disarmed combatants")).toEqual([
      "Extradition requests processed through the network: 17.",
      "Cross-border trade agreements signed: 3.",
    ]);
  });

  it("keeps 'Advisory Board: 14' out of the next table's caption (LibreOffice, v16-011)", async () => {
    const out = await read("v16-011.lo.pdf");
    expect(measuresOf(out, "To promote the release of detainees")).toContain("Consultations of the Women's Advisory Board: 14");
  });

  it("keeps a page's last measure out of the repeated header's caption (Chromium, v16-014)", async () => {
    const out = await read("v16-014.chromium.pdf");
    expect(measuresOf(out, "To support the Economic Community of Central African States")).toEqual([
      "Recommendations of the Committee followed up: 44 per cent.",
      "Early warning reports issued by ECCAS: 17.",
      "Women trained in electoral observation (target: 83).",
    ]);
  });
});

describe("a bare number at the foot of a page that has its page number is a cell", () => {
  it("keeps a wrapped value and a Target at the page foot (Chromium, v16-004)", async () => {
    const out = await read("v16-004.chromium.pdf");
    expect(measuresOf(out, "To ensure timely completion of the performance evaluation cycle")).toContain("Town hall meetings on conduct held: 5");
    const row = out.objectives.find((o) => o.objective.startsWith("To make recommendations on actions to prevent or halt genocide with"));
    expect(row?.measures.map((m) => m.target)).toEqual(["10", "77%", "242", "≤ 6 days"]);
  });

  it("reads the same in its layout text (v16-004.txt)", async () => {
    const out = await read("v16-004.txt");
    expect(measuresOf(out, "To ensure timely completion of the performance evaluation cycle")).toContain("Town hall meetings on conduct held: 5");
  });
});
