/**
 * Session 23 (h-abw3): AbiWord's prints of corpus13 (abw.pdf) — the centring vote. Coordinates as pdf.js reads the dev13 documents (points,
 * y down; blank lines left out).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

type Rows = Array<[number, Cell[]]>;

function read(pages: Array<{ rows: Rows; rules?: Rule[] }>) {
  let n = 0;
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: pages.map(({ rows, rules = [] }, p) => {
      const mk = pdfLineMaker(p + 1, 12);
      const lines: Line[] = rows.map(([y, cells]) => mk(++n, y, cells));
      return { number: p + 1, width: 595.3, height: 841.9, lines, rules, removed: [] };
    }),
  };
  return readTables(layout, findSections(layout)).objectives;
}

describe("a borderless row whose objective opens shorter cells on its first baseline (top-aligned)", () => {
  // d13-013 abw.pdf: the last sub-rows of "To keep the accounts …" open page 2, above "To explain
  // the …", whose first line opens every other cell ("76", "86" one line each). Text above and
  // below the objective had voted the table centred, and every sub-row went to the next objective.
  const page1: Rows = [
    [221.5, [["OBJECTIVE", 73.5, 63.9], ["EXPECTED", 148.4, 61.3], ["PERFORMA", 223.5, 64.6], ["BASELINE", 298.5, 58], ["TARGET", 373.4, 46.3], ["REMARKS", 448.4, 58]]],
    [234.5, [["ACCOMPLIS", 148.5, 68.6], ["NCE", 223.5, 24]]],
    [248.5, [["HMENT", 148.5, 42.6], ["MEASURE", 223.5, 57.3]]],
    [628.5, [["To keep the", 73.5, 55.8], ["Claims of", 148.5, 46.9], ["Statements of", 223.5, 65.6], ["88", 298.5, 12], ["91", 373.5, 12], ["Depends on", 448.5, 57]]],
    [642.5, [["accounts of", 73.5, 54.9], ["contributing", 148.5, 58.6], ["programme", 223.5, 55.3], ["timely input", 448.5, 58.3]]],
    [655.5, [["the", 73.5, 14.6], ["countries", 148.5, 43.9], ["budget", 223.5, 32.6], ["from missions", 448.5, 68.3]]],
    [668.5, [["Organization", 73.5, 62.4], ["settled from", 148.5, 57.6], ["implications", 223.5, 59.2]]],
    [682.5, [["in a form that", 73.5, 64.9], ["available cash", 148.5, 67.5], ["issued 48", 223.5, 45]]],
    [695.5, [["earns an", 73.5, 39.6], ["hours before", 223.5, 60.3]]],
    [708.5, [["unqualified", 73.5, 54.6], ["the vote", 223.5, 38.3]]],
    [721.5, [["audit opinion", 73.5, 63.6], ["(percentage)", 223.5, 59.9]]],
    [735.5, [["at", 73.5, 8.6]]],
    [748.5, [["Headquarters", 73.5, 63.9]]],
  ];
  const page2: Rows = [
    [82.5, [["Member", 148.5, 40.6], ["Working days", 223.5, 66.7], ["3", 298.5, 6], ["2", 373.5, 6], ["Subject to the", 448.5, 65.9]]],
    [96.5, [["States", 148.5, 28.6], ["between the", 223.5, 57.6], ["liquidity of the", 448.5, 71.3]]],
    [109.5, [["informed of", 148.5, 57], ["approval of", 223.5, 55], ["peacekeeping", 448.5, 65.2]]],
    [122.5, [["arrears and", 148.5, 52.9], ["the budget and", 223.5, 70.6], ["accounts", 448.5, 41.9]]],
    [136.5, [["unpaid", 148.5, 32.6], ["the issue of", 223.5, 54.6]]],
    [149.5, [["assessments", 148.5, 57.9], ["allotments", 223.5, 49.9]]],
    [162.5, [["each month", 148.5, 55.6], ["(days)", 223.5, 30]]],
    [178.5, [["Audit", 223.5, 27.3], ["84", 298.5, 12], ["89", 373.5, 12], ["New indicator", 448.5, 68.2]]],
    [191.5, [["recommendati", 223.5, 68.6], ["in this period", 448.5, 63.3]]],
    [204.5, [["ons on", 223.5, 31.7]]],
    [217.5, [["financial", 223.5, 41.9]]],
    [231.5, [["statements", 223.5, 50.6]]],
    [244.5, [["implemented", 223.5, 62.6]]],
    [257.5, [["within one", 223.5, 51]]],
    [271.5, [["year", 223.5, 20.6]]],
    [284.5, [["(percentage)", 223.5, 59.9]]],
    [299.5, [["To explain the", 73.5, 68.4], ["Claims of", 148.5, 46.9], ["Contributing", 223.5, 61.3], ["76", 298.5, 12], ["86", 373.5, 12], ["Subject to the", 448.5, 65.9]]],
    [313.5, [["financial", 73.5, 41.9], ["contributing", 148.5, 58.6], ["countries'", 223.5, 46.1], ["liquidity of the", 448.5, 71.3]]],
    [326.5, [["implications", 73.5, 59.2], ["countries", 148.5, 43.9], ["claims", 223.5, 31.3], ["peacekeeping", 448.5, 65.2]]],
    [339.5, [["of draft", 73.5, 35.6], ["settled from", 148.5, 57.6], ["certified", 223.5, 39.9], ["accounts", 448.5, 41.9]]],
    [353.5, [["resolutions", 73.5, 52.6], ["available cash", 148.5, 67.5], ["within 90 days", 223.5, 70.6]]],
    [366.5, [["clearly and on", 73.5, 67.9], ["(percentage)", 223.5, 59.9]]],
    [379.5, [["time", 73.5, 21.3]]],
    [395.5, [["Budget reports 73", 223.5, 87], ["78", 373.5, 12], ["Shared with", 448.5, 57.6]]],
    [408.5, [["submitted to", 223.5, 59.6], ["the Board of", 448.5, 59.9]]],
    [421.5, [["the Advisory", 223.5, 61.6], ["Auditors", 448.5, 42]]],
    [434.5, [["Committee by", 223.5, 68.2]]],
    [448.5, [["the slot date", 223.5, 57.9]]],
    [461.5, [["(percentage)", 223.5, 59.9]]],
    [476.5, [["Statements of", 148.5, 65.6], ["Audit", 223.5, 27.3], ["85", 298.5, 12], ["87", 373.5, 12], ["Depends on", 448.5, 57]]],
    [490.5, [["programme", 148.5, 55.3], ["recommendati", 223.5, 68.6], ["timely input", 448.5, 58.3]]],
    [503.5, [["budget", 148.5, 32.6], ["ons on", 223.5, 31.7], ["from missions", 448.5, 68.3]]],
    [516.5, [["implications", 148.5, 59.2], ["financial", 223.5, 41.9]]],
    [530.5, [["delivered", 148.5, 44.6], ["statements", 223.5, 50.6]]],
    [543.5, [["before the", 148.5, 48.3], ["implemented", 223.5, 62.6]]],
    [556.5, [["vote", 148.5, 20.6], ["within one", 223.5, 51]]],
    [570.5, [["year", 223.5, 20.6]]],
    [583.5, [["(percentage)", 223.5, 59.9]]],
  ];

  it("reads the table top-aligned: the page's first sub-rows stay with the row before", () => {
    const out = read([{ rows: page1 }, { rows: page2 }]);
    expect(out.map((r) => r.objective)).toEqual([
      "To keep the accounts of the Organization in a form that earns an unqualified audit opinion at Headquarters",
      "To explain the financial implications of draft resolutions clearly and on time",
    ]);
    expect(out.map((r) => r.extra?.baseline)).toEqual([["88", "3", "84"], ["76", "73", "85"]]);
    expect(out.map((r) => r.accomplishments.length)).toEqual([2, 2]);
    expect(out.map((r) => r.measures.length)).toEqual([3, 3]);
  });
});

describe("a table's first row whose cell opens beside the objective and runs past it (not centred)", () => {
  // d13-010 abw.pdf's managerial table: every rowspanned objective printed a line above its first
  // sub-row, so each later objective has the row before's last sub-row above it and its own below
  // it, and three such bands voted the table centred against one. The first row cannot be centred:
  // nothing above "To increase the participation", and "1.1 Young peacebuilders", opened beside its
  // second line, goes on with "security" under its last line.
  const page1: Rows = [
    [234.5, [["OBJECTIVES", 73.5, 70.6], ["EXPECTED", 223.4, 61.3], ["PERFORMANCE", 373.5, 88.6]]],
    [248.5, [["ACCOMPLISHMENTS", 223.5, 118], ["MEASURES", 373.5, 64]]],
    [263.5, [["To increase the participation", 73.5, 135.9]]],
    [276.5, [["of young people in the work", 73.5, 135.6], ["1.1 Young peacebuilders", 223.5, 117.9], ["1.1.1 35% of country teams", 373.5, 132.6]]],
    [290.5, [["of the United Nations with", 73.5, 127.9], ["consulted on resolutions", 223.5, 116.6], ["that report on the Youth", 373.5, 113.6]]],
    [303.5, [["partner entities", 73.5, 71.5], ["concerning youth, peace and", 223.5, 137.2], ["Strategy", 373.5, 40]]],
    [316.5, [["security", 223.5, 37.9], ["1.1.2 26 young speakers in", 373.5, 128.6]]],
    [330.5, [["high-level meetings", 373.5, 94.9]]],
    [358.5, [["1.2 Young people speaking in", 223.5, 141.9], ["1.2.1 45 entities with a youth", 373.5, 139.6]]],
    [372.5, [["the meetings of", 223.5, 73.9], ["focal point", 373.5, 51.6]]],
    [385.5, [["intergovernmental bodies", 223.5, 122], ["1.2.2 302,235 followers of the", 373.5, 144.9]]],
    [398.5, [["Envoy's channels", 373.5, 83.1]]],
    [427.5, [["1.3 Country teams reporting", 223.5, 135.2], ["1.3.1 141 youth-led", 373.5, 94]]],
    [440.5, [["on the Youth Strategy", 223.5, 103.9], ["organizations in the partner", 373.5, 131.3]]],
    [453.5, [["network", 373.5, 39.3]]],
    [469.5, [["To promote decent jobs for", 73.5, 129.7]]],
    [482.5, [["young people through system-", 73.5, 145.6], ["2.1 Youth-led organizations", 223.5, 132.3], ["2.1.1 12 young speakers in", 373.5, 128.6]]],
    [495.5, [["wide partnerships", 73.5, 84.9], ["funded through United", 223.5, 109.3], ["high-level meetings", 373.5, 94.9]]],
    [509.5, [["Nations partnerships", 223.5, 98.9]]],
    [537.5, [["2.2 Campaigns reaching", 223.5, 116.2], ["2.2.1 58% of country teams", 373.5, 132.6]]],
    [551.5, [["young people in all official", 223.5, 129.6], ["that report on the Youth", 373.5, 113.6]]],
    [564.5, [["languages", 223.5, 47.9], ["Strategy", 373.5, 40]]],
    [577.5, [["2.2.2 1,050,223 followers of", 373.5, 136.3]]],
    [591.5, [["the Envoy's channels", 373.5, 100.7]]],
    [619.5, [["2.3 Country teams reporting", 223.5, 135.2], ["2.3.1 42 entities with a youth", 373.5, 139.6]]],
    [633.5, [["on the Youth Strategy", 223.5, 103.9], ["focal point", 373.5, 51.6]]],
    [646.5, [["2.3.2 360 youth-led", 373.5, 94]]],
    [659.5, [["organizations in the partner", 373.5, 131.3]]],
    [673.5, [["network", 373.5, 39.3]]],
    [688.5, [["To amplify the voices of", 73.5, 117]]],
    [701.5, [["young peacebuilders in", 73.5, 111.2], ["3.1 Young peacebuilders", 223.5, 117.9], ["3.1.1 48 young speakers in", 373.5, 128.6]]],
    [715.5, [["intergovernmental forums", 73.5, 124.6], ["consulted on resolutions", 223.5, 116.6], ["high-level meetings", 373.5, 94.9]]],
    [728.5, [["across the Secretariat", 73.5, 101.8], ["concerning youth, peace and", 223.5, 137.2]]],
    [741.5, [["security", 223.5, 37.9]]],
  ];
  const page2: Rows = [
    [81.5, [["3.2 Young people speaking in", 223.5, 141.9], ["3.2.1 72% of country teams", 373.5, 132.6]]],
    [95.5, [["the meetings of", 223.5, 73.9], ["that report on the Youth", 373.5, 113.6]]],
    [108.5, [["intergovernmental bodies", 223.5, 122], ["Strategy", 373.5, 40]]],
    [123.5, [["To increase the participation", 73.5, 135.9]]],
    [137.5, [["of young people in the work", 73.5, 135.6], ["4.1 Young peacebuilders", 223.5, 117.9], ["4.1.1 46% of country teams", 373.5, 132.6]]],
    [150.5, [["of the United Nations at", 73.5, 115.2], ["consulted on resolutions", 223.5, 116.6], ["that report on the Youth", 373.5, 113.6]]],
    [163.5, [["Headquarters", 73.5, 63.9], ["concerning youth, peace and", 223.5, 137.2], ["Strategy", 373.5, 40]]],
    [176.5, [["security", 223.5, 37.9], ["4.1.2 2,832,752 followers of", 373.5, 136.3]]],
    [190.5, [["the Envoy's channels", 373.5, 100.7]]],
    [218.5, [["4.2 Campaigns reaching", 223.5, 116.2], ["4.2.1 44 young speakers in", 373.5, 128.6]]],
    [232.5, [["young people in all official", 223.5, 129.6], ["high-level meetings", 373.5, 94.9]]],
    [245.5, [["languages", 223.5, 47.9], ["4.2.2 18 entities with a youth", 373.5, 139.6]]],
    [258.5, [["focal point", 373.5, 51.6]]],
    [274.5, [["To amplify the voices of", 73.5, 117]]],
    [287.5, [["young peacebuilders in", 73.5, 111.2], ["5.1 Young people speaking in", 223.5, 141.9], ["5.1.1 84 youth-led", 373.5, 88]]],
    [300.5, [["intergovernmental forums", 73.5, 124.6], ["the meetings of", 223.5, 73.9], ["organizations in the partner", 373.5, 131.3]]],
    [314.5, [["intergovernmental bodies", 223.5, 122], ["network", 373.5, 39.3]]],
    [327.5, [["5.1.2 34 young speakers in", 373.5, 128.6]]],
    [340.5, [["high-level meetings", 373.5, 94.9]]],
    [369.5, [["5.2 Campaigns reaching", 223.5, 116.2], ["5.2.1 1,063,738 followers of", 373.5, 136.3]]],
    [382.5, [["young people in all official", 223.5, 129.6], ["the Envoy's channels", 373.5, 100.7]]],
    [396.5, [["languages", 223.5, 47.9], ["5.2.2 20 entities with a youth", 373.5, 139.6]]],
    [409.5, [["focal point", 373.5, 51.6]]],
    [424.5, [["To promote decent jobs for", 73.5, 129.7]]],
    [438.5, [["young people through system-", 73.5, 145.6], ["6.1 Campaigns reaching", 223.5, 116.2], ["6.1.1 1,040,157 followers of", 373.5, 136.3]]],
    [451.5, [["wide partnerships in field", 73.5, 122.2], ["young people in all official", 223.5, 129.6], ["the Envoy's channels", 373.5, 100.7]]],
    [464.5, [["missions", 73.5, 42], ["languages", 223.5, 47.9]]],
  ];

  it("reads the table top-aligned", () => {
    const out = read([{ rows: page1 }, { rows: page2 }]);
    expect(out.map((r) => r.objective.slice(0, 30))).toEqual([
      "To increase the participation ",
      "To promote decent jobs for you",
      "To amplify the voices of young",
      "To increase the participation ",
      "To amplify the voices of young",
      "To promote decent jobs for you",
    ]);
    expect(out.map((r) => r.accomplishments.length)).toEqual([3, 3, 2, 2, 2, 1]);
    expect(out.map((r) => r.measures.length)).toEqual([5, 5, 2, 4, 4, 1]);
    expect(out[1]!.accomplishments[0]).toBe("Youth-led organizations funded through United Nations partnerships");
  });
});
