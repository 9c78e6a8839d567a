/**
 * pdftotext -layout text of corpus9's validation draw (session 34, h-v9), read from the committed files.
 * `wrapsAroundCentredValue` (tables/index.ts, `paragraphBreaks`): in LibreOffice's vertically
 * centred measure-rows tables pdftotext sets a two-line measure's values on a grid line of their
 * own between its two lines ("Unrepresented and underrepresented Member" / "25  21" / "States");
 * the line under the value is the measure's wrapped rest, though its first word would have fitted
 * on pdftotext's (wider) grid line above.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textRows } from "../support/table-rows.js";

const corpus = join(__dirname, "..", "corpus9", "val9");
const rowsOf = (id: string) => textRows(readFileSync(join(corpus, `${id}.txt`), "utf8"));

describe("a measure's wrapped rest under its centred value is no new measure (wrapsAroundCentredValue)", () => {
  it("keeps 'Member' / values / 'States' one measure with its own values (v9-021)", () => {
    const row = rowsOf("v9-021").find((r) => r.objective === "To modernize the staff selection system");
    expect(row?.measures).toEqual(["Women at D-1 level and above", "Unrepresented and underrepresented Member States", "Performance documents completed on time"]);
  });
  it("does so beside an objective's wrapped line too (v9-001)", () => {
    const row = rowsOf("v9-001").find((r) => r.objective === "To promote the mobility of staff between duty stations");
    expect(row?.measures).toEqual(["Women at D-1 level and above", "Unrepresented and underrepresented Member States"]);
  });
  it("still parts one-line measures that each carry their own value", () => {
    const text = [
      "                Objective                         Key performance indicator        Baseline   Target",
      "To modernize the staff selection     Days from vacancy to selection                110 days   93 days",
      "system                               Performance documents completed on time          90%        94%",
      "                                     Women at D-1 level and above                     47%        51%",
    ].join("\n");
    expect(textRows(text)[0]?.measures).toEqual(["Days from vacancy to selection", "Performance documents completed on time", "Women at D-1 level and above"]);
  });
});
