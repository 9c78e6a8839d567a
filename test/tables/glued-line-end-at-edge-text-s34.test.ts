/**
 * pdftotext -layout text of a justified table cell glued to the next cell (session 34, h-v20;
 * corpus20 val20 v20-020 typst.txt): "Women mediators       trained Good offices missions under­"
 * — the accomplishment's justified line ends on "trained", one space before the measure's "Good",
 * which stands where the measures open on the page's other lines. The shift rule (a run a little
 * left of the next column's edge opens it) gave "trained" to the measures with the run it is glued
 * to; `lineEndGluedAtEdge` keeps the lower-case word with its cell when the run's next word, a
 * capital, opens at the column's edge. Fails without the change ("trained Good offices …").
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const table = [
  "I. Programme results",
  " Expected        accomplish­ Indicators of achievement          Baseline Target",
  " ments",
  " OBJECTIVE 1: To support the Economic Community of West African States in",
  " conflict prevention in the current period",
  " Good offices missions under­ Women mediators trained.          37         39",
  " taken before elections.",
  " OBJECTIVE 2: To advance the women and peace and security agenda in West Africa",
  " Regional strategies on cross- Average time to deploy a good 16 days       Not more than 13 days",
  " border crime adopted.         offices mission.",
  "                                Women mediators trained.        20         At least 23",
  " OBJECTIVE 3: To promote security sector reform in the countries of the subregion",
  " in the current period",
  " Women mediators       trained Good offices missions under­ 10             At least 14",
  " and deployed.                 taken.",
  "",
  " Good offices missions under­ Women mediators trained.            110         At least 127",
  " taken before elections.",
  " Joint assessments conducted Average time to deploy a good 7 days             6 days",
  " with regional organizations. offices mission.",
].join("\n");

describe("a justified cell line's last word glued to the next cell's capital at the column's edge", () => {
  it("stays with its cell; the capital opens the next cell", () => {
    const rows = textRows(table);
    const row = rows.find((r) => r.objective?.startsWith("To promote security sector reform"));
    expect(row?.accomplishments?.[0]).toBe("Women mediators trained and deployed.");
    // The soft hyphen's two halves are mended later (normalize); the row keeps them apart.
    expect(row?.measures?.[0]).toBe("Good offices missions under taken.");
  });
});
