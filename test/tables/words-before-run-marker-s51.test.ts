/**
 * pdftotext -layout text of a Typst compact (session 51, h-marks51): a list marker that opens a run
 * of its own after a column gap, before an item's opening, with a run before it on the line read
 * into the marker's column (cue `wordsBeforeRunMarker`, src/tables/columns.ts): "1) Women mediators
 * trained    1) Good offices missions under­" (corpus20 val20n v20n-021 typst.txt), the justified
 * accomplishment's last word "trained" set past the measure column's edge. A cell's item opens with
 * its marker, and a line opens each cell once, so "trained" ends the accomplishment. Without the cue
 * it opens the measure ("trained 1) Good offices …") and the accomplishment reads "Women mediators
 * and deployed".
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

// v20n-021's first table (corpus20 val20n): justified cells, items numbered "1)", "2)".
const table = [
  "OBJECTIVES                                 EXPECTED           ACCOMPLISH\u00ad PERFORMANCE MEASURES",
  "                                           MENTS",
  "To support the good offices of             1) Early warning reports shared          1) Women mediators trained: \u2265",
  "the Special Representative in                 with the Security Council                69",
  "preventing electoral violence                                                       2) Early warning reports issued",
  "                                                                                       on schedule: \u2265 57%",
  "To promote security sector re\u00ad 1) Good offices missions under\u00ad 1) Women mediators trained: \u2265",
  "form in the countries of the sub\u00ad taken before elections          149",
  "region",
  "To promote the implementation              1) Women mediators            trained    1) Good offices missions under\u00ad",
  "of the United Nations integrated              and deployed                             taken (target: 16)",
  "strategy for the Sahel                                                              2) Early warning reports issued",
  "                                                                                       on schedule (target: 85%)",
  "To support the Economic Com\u00ad 1) Regional strategies on cross- 1) Women mediators trained:",
].join("\n");

describe("a run before a run-opening list marker in the marker's column", () => {
  it("ends the cell on the left", () => {
    const row = textRows(table).find((o) => o.objective.startsWith("To promote the implementation"));
    expect(row?.accomplishments).toEqual(["Women mediators trained and deployed"]);
    expect(row?.measures[0]).toMatch(/^Good offices missions under/);
  });

  it("leaves a row whose cells open with their markers as it was", () => {
    const row = textRows(table).find((o) => o.objective.startsWith("To support the good offices"));
    expect(row?.accomplishments).toEqual(["Early warning reports shared with the Security Council"]);
    expect(row?.measures).toEqual(["Women mediators trained: ≥ 69", "Early warning reports issued on schedule: ≥ 57%"]);
  });
});
