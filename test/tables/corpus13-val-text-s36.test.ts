/**
 * pdftotext -layout text of corpus13's validation draws (session 36, h-t13), read from the committed
 * files and from small layouts.
 * `indentedItemStarts` / `linesRightOfMarkedText` (tables/index): a two-level list whose second level
 * lost its markers (TeX's nested list, labels none or a drawn square) prints the measures right of
 * the marked accomplishment's text; a wrapped line never starts right of its item's text (v13-018).
 * `gluedWordAfterValueLabel` (tables/header): "TARGETREMARKS", a Target label run together with the
 * next cell's label, is two labels (v13b-015: the Target and Remarks columns were lost).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textRowsWithValues } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => textRowsWithValues(readFileSync(join(__dirname, "..", "corpus13", split, `${id}.txt`), "utf8"));

describe("a second level printed without markers, right of the marked item's text (indentedItemStarts)", () => {
  it("reads v13-018's unmarked measures under each ▷ accomplishment", () => {
    const row = fileRows("val13", "v13-018").find((r) => r.objective === "To bring a gender perspective into the policies and programmes of the United Nations system in field missions");
    expect(row?.accomplishments).toEqual(["Higher representation of women in the Professional category and above", "Departmental focal points for women appointed"]);
    expect(row?.measures).toEqual(["52% of reports of the Secretary-General with gender analysis", "28% of women among staff at the D-1 level and above", "52 focal points trained on gender mainstreaming"]);
  });
  const table = (lines: string[]) =>
    textRowsWithValues(["Objective                     Expected accomplishment and performance measure", "To strengthen the role of      • Gender advisers in peacekeeping operations", ...lines].join("\n"))[0];
  it("splits a small layout's indented lines from the marked items", () => {
    const row = table([
      "women in peace and security        40% of women among staff at the D-1 level",
      "                                   137 focal points trained",
      "                              • Departmental focal points for women appointed",
      "                                   23 entities with a gender action plan",
    ]);
    expect(row?.accomplishments).toEqual(["Gender advisers in peacekeeping operations", "Departmental focal points for women appointed"]);
    expect(row?.measures).toEqual(["40% of women among staff at the D-1 level", "137 focal points trained", "23 entities with a gender action plan"]);
  });
  it("keeps a wrapped line under the item's text, and one set right under a line that leads on", () => {
    const row = table([
      "women in peace and security     and their deputies in the field",
      "                              • Departmental focal points for women at the",
      "                                    P-5 level and above",
    ]);
    expect(row?.accomplishments).toEqual(["Gender advisers in peacekeeping operations and their deputies in the field", "Departmental focal points for women at the P-5 level and above"]);
    expect(row?.measures).toEqual([]);
  });
});

describe("a value label run together with the next cell's label (gluedWordAfterValueLabel)", () => {
  it("reads v13b-015's Target and Remarks columns under 'TARGETREMARKS'", () => {
    const row = fileRows("val13b", "v13b-015").find((r) => r.objective === "To consolidate data on violence against children so that progress can be measured in field missions");
    expect(row?.baselines).toEqual(["6", "4", "918"]);
    expect(row?.targets).toEqual(["8", "5", "1,048"]);
    expect(row?.extra["remarks"]).toEqual(["Reported in the annual report to the Human Rights Council", "Data from the annual survey of Member States", "Data from the annual survey of Member States"]);
  });
});
