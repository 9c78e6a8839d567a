/**
 * A viewer's copy (`mutool draw -F txt` of AbiWord's print; session 48, h-mu48): MuPDF prints a
 * measure whose Target cell is empty in the block of the measure under it (`Linear metres of
 * mission ` / `records accessioned` / `Tickets purchased at least 16 ` / `days before travel` /
 * `80%`), the shape of an accomplishment beside its measure and its Target, and the least-cost
 * reading took the measure for an accomplishment (corpus13 mu.txt, every former check set). The
 * same table prints that measure right before a value in another row (`Linear metres …` / `1,800`):
 * the paragraph before a value is its row's measure, so an accomplishment worded as such an item
 * pays `measureWordedAccomplishment` (`statedBesideValue`). The small layout is v13l-002's last two
 * rows; the first `it` fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const HEAD = `2007 SENIOR MANAGER\u2019S COMPACT
Between Ines Castellanos, Assistant Secretary-General for Central Support Services, and the 
Secretary-General, Ban Ki-moon
DEPARTMENT/OFFICE: Office of Central Support Services

A. PROGRAMME OBJECTIVES
I will give special attention to delivering the following results in 2007.
Expected accomplishments
Key performance indicators
Target
`;

const rowsOf = (lastBlock: string, gap = "") => `${HEAD}To open the procurement of the Secretariat to vendors from developing countries at 
Headquarters
Contracts awarded within the 
planned procurement lead 
time

Vendors registered from 
developing countries
2,200

Records of closed missions 
received and catalogued
Linear metres of mission 
records accessioned
${gap}1,800

Solicitations completed within 
the planned lead time
82%

To reduce the energy used by the buildings of the Organization in the regions
Records of closed missions 
received and catalogued
Solicitations completed within 
the planned lead time
94%

Lower electricity 
consumption at Headquarters
Vendors registered from 
developing countries
1,914

${lastBlock}

B. MANAGERIAL OBJECTIVES
I will give special attention to delivering the following results in 2007.
`;

describe("a measure worded as an item the table prints before a value is no accomplishment (`statedBesideValue`)", () => {
  it("reads the measure with an empty Target, printed in the next measure's block, as a measure", () => {
    const rows = textRows(rowsOf(`Linear metres of mission 
records accessioned
Tickets purchased at least 16 
days before travel
80%`));
    const row = rows.find((r) => r.objective.startsWith("To reduce the energy"));
    expect(row?.accomplishments).toEqual(["Records of closed missions received and catalogued", "Lower electricity consumption at Headquarters"]);
    expect(row?.measures).toEqual([
      "Solicitations completed within the planned lead time",
      "Vendors registered from developing countries",
      "Linear metres of mission records accessioned",
      "Tickets purchased at least 16 days before travel",
    ]);
  });

  it("keeps an accomplishment the table never prints before a value beside its measure", () => {
    const rows = textRows(rowsOf(`Facilities requests answered 
within the service standard
Tickets purchased at least 16 
days before travel
80%`));
    const row = rows.find((r) => r.objective.startsWith("To reduce the energy"));
    expect(row?.accomplishments).toEqual([
      "Records of closed missions received and catalogued",
      "Lower electricity consumption at Headquarters",
      "Facilities requests answered within the service standard",
    ]);
    expect(row?.measures).toEqual([
      "Solicitations completed within the planned lead time",
      "Vendors registered from developing countries",
      "Tickets purchased at least 16 days before travel",
    ]);
  });

  it("finds the measure's wording before its value across a blank line (a block of its own per cell)", () => {
    // The lead, session 48: MuPDF parts a cell's block from the next with a blank line where every
    // cell is its own block (v13l-014's layout); the value's paragraph is the next non-blank one.
    const rows = textRows(rowsOf(`Linear metres of mission 
records accessioned
Tickets purchased at least 16 
days before travel
80%`, "\n"));
    const row = rows.find((r) => r.objective.startsWith("To reduce the energy"));
    expect(row?.accomplishments).toEqual(["Records of closed missions received and catalogued", "Lower electricity consumption at Headquarters"]);
    expect(row?.measures).toEqual([
      "Solicitations completed within the planned lead time",
      "Vendors registered from developing countries",
      "Linear metres of mission records accessioned",
      "Tickets purchased at least 16 days before travel",
    ]);
  });
});
