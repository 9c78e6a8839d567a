/**
 * "Booktabs" tables (corpus9 d9-012 fodt.pdf, LibreOffice): a heavy rule above the header, a thin
 * one under it, a heavy one at the table's foot, nothing between rows and no vertical rules. Two
 * such tables on one page are read as one table of two parts, so the first table's foot and the
 * second's header rules lie between the table's lines; they bound the tables, they are no grid of
 * cells, and the rows come from the borderless cues. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 9);

const lines = [
  mk(24, 303.4, [["2. Priority programme objectives", 62.5, 134.3, true]]),
  mk(26, 327.9, [["Objectives", 119.2, 40.5, true], ["Expected results", 261.7, 63.0, true], ["Key performance indicators", 406.0, 107.8, true]]),
  mk(28, 345.8, [["To improve access to adequate housing", 65.3, 140.8], ["• Settlements upgraded with", 220.6, 108.5], ["-", 374.4, 3.0], ["7 thousand households with improved", 387.2, 136.9]]),
  mk(29, 356.2, [["for the urban poor", 65.3, 65.1], ["community participation", 233.3, 88.8], ["services", 387.2, 28.9]]),
  mk(30, 367.9, [["• Recovery plans for cities affected by", 220.6, 144.5], ["-", 374.4, 3.0], ["46 thousand households reached by housing", 387.2, 158.6]]),
  mk(31, 378.3, [["crises", 233.3, 20.5], ["programmes", 387.2, 45.0]]),
  mk(32, 390.0, [["-", 374.4, 3.0], ["26 countries reporting urban indicators", 387.2, 139.7]]),
  mk(33, 401.8, [["-", 374.4, 3.0], ["55 cities approving spatial plans", 387.2, 115.8]]),
  mk(35, 419.2, [["To support urban planning that antic-", 65.3, 133.6], ["• Urban indicators reported by", 220.6, 116.3], ["-", 374.4, 3.0], ["51% of tenure documents issued to women", 387.2, 154.8]]),
  mk(36, 429.6, [["ipates population growth", 65.3, 89.4], ["Member States", 233.3, 54.1], ["-", 374.4, 3.0], ["7 countries adopting national urban policies", 387.2, 157.5]]),
  mk(37, 441.3, [["• Tenure documents issued to women", 220.6, 141.4]]),
  mk(39, 458.8, [["To promote sustainable urbanization", 65.3, 131.1], ["• Cities with approved spatial plans", 220.6, 134.4], ["-", 374.4, 3.0], ["52% of tenure documents issued to women", 387.2, 154.8]]),
  mk(40, 469.1, [["policies at national level", 65.3, 87.5], ["• Urban indicators reported by", 220.6, 116.3]]),
  mk(41, 480.9, [["Member States", 233.3, 54.1]]),
  mk(42, 492.6, [["• Households with improved water", 220.6, 132.3]]),
  mk(43, 503.0, [["and sanitation", 233.3, 50.1]]),
  // The second table's header in the first one's words: a header of other wording would open a
  // table of its own (otherTableUnder, session 19), and these tests are about one table of two parts.
  mk(45, 537.0, [["Objectives", 119.2, 40.5, true], ["Expected results", 261.7, 63.0, true], ["Key performance indicators", 406.0, 107.8, true]]),
  mk(48, 565.3, [["To strengthen urban basic services such", 65.3, 142.3], ["Tenure documents issued to women", 219.2, 128.7], ["(a) 11 settlements upgraded", 374.4, 99.8]]),
  mk(49, 575.6, [["as water and sanitation", 65.3, 82.1]]),
  mk(50, 582.7, [["Recovery plans for cities affected by", 219.2, 131.8], ["(a) 24 cities approving spatial plans", 374.4, 128.6]]),
  mk(51, 593.1, [["crises", 219.2, 20.5]]),
  mk(56, 638.3, [["To build resilience of cities to crises and", 65.3, 144.8], ["Urban indicators reported by Member", 219.2, 136.3], ["(a) 47 settlements upgraded", 374.4, 100.1]]),
  mk(57, 648.7, [["conflict", 65.3, 27.4], ["States", 219.2, 21.5], ["(b) 24 thousand households reached by housing", 374.4, 171.4]]),
  mk(58, 660.4, [["programmes", 387.2, 45.0]]),
];
const across = (y: number): Rule => ({ x1: 62.4, y1: y, x2: 549.7, y2: y });
// Table 1: above and under its header, at its foot; table 2 the same.
const booktabs: Rule[] = [across(316), across(334.4), across(509.8), across(525.1), across(553.8), across(696.2)];

function read(rules: Rule[]): string[] {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
  return readTables(layout, findSections(layout)).objectives.map((o) => o.objective);
}

const objectives = [
  "To improve access to adequate housing for the urban poor",
  "To support urban planning that anticipates population growth",
  "To promote sustainable urbanization policies at national level",
  "To strengthen urban basic services such as water and sanitation",
  "To build resilience of cities to crises and conflict",
];

describe("booktabs tables: rules only above and under the header and at the foot", () => {
  it("reads each objective as its own row (the rules bound the tables, they are no cell grid)", () => {
    expect(read(booktabs)).toEqual(objectives);
  });
  it("a row's measures stay with it", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: booktabs, removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.measures.map((m) => m.text)).toEqual(["7 thousand households with improved services", "46 thousand households reached by housing programmes", "26 countries reporting urban indicators", "55 cities approving spatial plans"]);
    expect(rows[3]?.measures.map((m) => m.text)).toEqual(["11 settlements upgraded", "24 cities approving spatial plans"]);
  });
  it("a grid (vertical rules across the body) still reads its rows from the rules", () => {
    // With vertical rules the same page is a grid: rows come from the horizontal rules, so a
    // table whose body has none is one cell per column (the rule this test guards is geometry only).
    const vertical: Rule[] = [62.4, 216, 370, 549.7].flatMap((x) => [{ x1: x, y1: 316, x2: x, y2: 509.8 }, { x1: x, y1: 525.1, x2: x, y2: 696.2 }]);
    expect(read([...booktabs, ...vertical])).toHaveLength(2);
  });
  it("a rule between two rows of one table keeps the page's rules as row boundaries", () => {
    // An inner rule under the first row: the page is ruled; the objectives with no rule between
    // them (the first table's second and third, the second table's two) stay one ruled cell each.
    const rows = read([...booktabs, across(412)]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(objectives[0]);
  });
});
