/**
 * Session 42 (h-cent42), layout text (`pdftotext -layout`): a one-line cell set half a line into
 * another column's wrapped item ("29" alone on the grid line between "Number of countries with
 * updated" and "contingency plans") is a centred cell, which a top-aligned table never prints
 * (`cellsInsideWraps`, asked by `objectivesCentred` in tables/geometry). Its objectives, each as
 * tall as its row's first sub-row, had voted the table top-aligned, and the second row's first
 * measure ("Percentage of response plans …", centred with its objective) went to the row above
 * (corpus11 val11 v11-001, Chromium's print of a table whose cells are all `vertical-align: middle`).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, textRowsWithValues } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

const CENTRED = [
  "B. Managerial objectives",
  "",
  " Objectives                      Expected                            Performance                           Target",
  "                                 results                             measures",
  "",
  " To advocate for                   • Contingency plans               Number of situation reports issued 271",
  " humanitarian access and             updated in high-risk            Number of countries with updated",
  " the protection of civilians         countries                                                             29",
  "                                                                     contingency plans",
  "                                                                     Percentage of response plans with",
  "                                                                                                           52%",
  "                                                                     feedback mechanisms",
  " To ensure a coherent              • Joint needs assessments         Percentage of emergencies in",
  " humanitarian response to            completed in new                which a team deployed within 48       87%",
  " sudden-onset emergencies            emergencies                     hours",
  "                                                                     Number of countries with updated",
  "                                                                                                           49",
  "                                                                     contingency plans",
].join("\n");

describe("a cell half a line inside another column's wrapped item votes the table centred (cellsInsideWraps)", () => {
  it("gives the second objective the measure centred with it", () => {
    const rows = textRowsWithValues(CENTRED);
    expect(rows.map((r) => r.objective)).toEqual([
      "To advocate for humanitarian access and the protection of civilians",
      "To ensure a coherent humanitarian response to sudden-onset emergencies",
    ]);
    expect(rows[0]!.measures).toEqual(["Number of situation reports issued", "Number of countries with updated contingency plans"]);
    expect(rows[0]!.targets).toEqual(["271", "29"]);
    expect(rows[1]!.measures).toEqual([
      "Percentage of response plans with feedback mechanisms",
      "Percentage of emergencies in which a team deployed within 48 hours",
      "Number of countries with updated contingency plans",
    ]);
    expect(rows[1]!.targets).toEqual(["52%", "87%", "49"]);
  });

  it("reads v11-001's managerial table so", async () => {
    const rows = await documentRows(join(here, "../corpus11/val11/v11-001.txt"));
    const second = rows.find((r) => r.objective === "To ensure a coherent humanitarian response to sudden-onset emergencies");
    expect(second?.measures[0]).toBe("Percentage of response plans with feedback mechanisms");
    expect(second?.extra.target).toEqual(["52%", "87%", "49"]);
  });
});
