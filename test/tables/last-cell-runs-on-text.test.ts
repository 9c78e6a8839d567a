/**
 * `pdftotext -layout` of a borderless 2-column table under an objective heading: the last row's
 * accomplishment cell (two unmarked items) runs on below its one measure, and the next table —
 * the same columns, its objective a spanning row — follows after a blank line. The lines below
 * the measure follow the row's lines at a line's step and start where the row's first cells
 * start: they are that cell's last item, not the next table's objective heading (the PDF reader's
 * `runsOnLastRow`, now asked of text too).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const TEXT = [
  "2008 SENIOR MANAGER'S COMPACT",
  "",
  "Between Mr. Jan Novak, Executive Secretary, and the Secretary-General, Mr. Kofi A. Annan",
  "",
  "A. PROGRAMME OBJECTIVES",
  "",
  "To increase the efficiency of business operations at country level",
  "",
  "       Expected accomplishment                          Indicator of achievement",
  " Candidates assessed for resident          a) 64 per cent of resident coordinator offices",
  " coordinator posts.                           fully staffed",
  " Resident coordinators supported by full",
  " offices.",
  "",
  "             Expected result                         Performance measure",
  " To expand common premises of the development system",
  " Joint programmes funded.                    a) 124 country results reports published",
  " Common premises established.                b) 96 integrated national financing frameworks",
  "",
].join("\n");

describe("a 2-column table's last accomplishment cell running on below its measure (text)", () => {
  it("stays in the row", async () => {
    const out = await extract(new TextEncoder().encode(TEXT));
    if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To increase the efficiency of business operations at country level", ["Candidates assessed for resident coordinator posts.", "Resident coordinators supported by full offices."]],
      ["To expand common premises of the development system", ["Joint programmes funded.", "Common premises established."]],
    ]);
  });
});
