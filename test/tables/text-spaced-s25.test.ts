/**
 * pdftotext -layout text of a generously spaced page (session 25, h-txt16; corpus16 dev16 txt,
 * Chromium prints of intranet HTML): a cell's wrapped lines two grid lines apart, other columns'
 * lines between them. Each test fails without its rule (`textWrapLeading` and `wrapAfterOneBlank`
 * in src/tables/textSpacing.ts).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";
import { textWrapLeading, wrapAfterOneBlank } from "../../src/tables/textSpacing.js";
import type { TableLine } from "../../src/tables/columns.js";

const pad = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(widths[i]!) : c)).join("").trimEnd();

describe("a centred table whose cells wrap two grid lines a step", () => {
  // Objectives | Indicators | Baseline | Target, the objective centred on its row's measures: a
  // blank line between each of the objective's own lines, the measures on the lines between.
  const w = [40, 44, 12];
  const row = (o: string, m = "", b = "", t = "") => pad([o, m ? `➢ ${m}` : "", b, t], w);
  const text = [
    pad(["Objectives", "Indicators of achievement", "Baseline", "Target"], w),
    "",
    "",
    row("To strengthen the partnership between"),
    row("", "Women among participants in forums", "27 per cent", "36 per cent"),
    row("the Nations and the Intergovernmental"),
    "",
    row("authority in cooperation with regional"),
    row("", "Joint consultations held", "2", "3"),
    row("partners"),
    "",
    "",
    row("", "Days to deploy a good offices mission", "19 days", "15 days"),
    row("To advance a comprehensive regional"),
    "",
    row("strategy for the Horn of Africa"),
    row("", "Strategy actions initiated", "62%", "65%"),
    "",
    "",
    row("To coordinate the regional dimension of", "Days to deploy a good offices mission", "19 days", "16"),
    "",
    row("support to Somalia and South Sudan in"),
    "",
    row("cooperation with regional partners", "Women among participants in forums", "33%", "35%"),
  ].join("\n");

  it("keeps each objective whole and its measures with it (d16-006)", () => {
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To strengthen the partnership between the Nations and the Intergovernmental authority in cooperation with regional partners",
      "To advance a comprehensive regional strategy for the Horn of Africa",
      "To coordinate the regional dimension of support to Somalia and South Sudan in cooperation with regional partners",
    ]);
    expect(out.map((o) => o.measures)).toEqual([
      ["Women among participants in forums", "Joint consultations held"],
      ["Days to deploy a good offices mission", "Strategy actions initiated"],
      ["Days to deploy a good offices mission", "Women among participants in forums"],
    ]);
    expect(out[1]?.targets).toEqual(["15 days", "65%"]);
  });
});

describe("a spanning objective's rest one blank grid line under it", () => {
  const w = [34, 34];
  const text = [
    pad(["Expected results", "Indicators of achievement", "Risks and mitigations"], w),
    "",
    "",
    "Objective 1: To engage religious leaders in the prevention of incitement to violence in",
    "",
    "cooperation with regional partners",
    "",
    "",
    pad(["Commemorative events organized.", "1. Country teams with a plan: 24%.", "1. Competing priorities."], w),
    "",
    "",
    "",
    "Objective 2: To counter hate speech that could incite violence against protected groups",
    "",
    "",
    pad(["Public statements issued.", "1. Situations monitored: 16.", "1. Reputational risk."], w),
  ].join("\n");

  it("reads the lower-case line as the objective's wrap, not the row's first cell (d16-007)", () => {
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To engage religious leaders in the prevention of incitement to violence in cooperation with regional partners",
      "To counter hate speech that could incite violence against protected groups",
    ]);
    expect(out[0]?.accomplishments).toEqual(["Commemorative events organized."]);
  });

  it("takes only a lower-case line one blank line down after an unfinished line", () => {
    const at = (line: number, text: string) => ({ page: 1, line, text });
    expect(wrapAfterOneBlank(at(4, "Objective 1: To engage … violence in"), at(6, "cooperation with regional partners"))).toBe(true);
    expect(wrapAfterOneBlank(at(4, "Objective 1: To engage … violence in"), at(6, "Commemorative events organized."))).toBe(false);
    expect(wrapAfterOneBlank(at(4, "Objective 1: To engage … violence."), at(6, "cooperation with regional partners"))).toBe(false);
    expect(wrapAfterOneBlank(at(4, "Objective 1: To engage … violence in"), at(7, "cooperation with regional partners"))).toBe(false);
  });
});

describe("textWrapLeading", () => {
  const tl = (y: number, cells: string[]): TableLine => ({ page: 1, y, cells } as unknown as TableLine);
  it("is the pitch where wraps sit on consecutive grid lines", () => {
    const lines = [tl(0, ["To strengthen the", "A"]), tl(12, ["partnership of", "b"]), tl(24, ["the Nations and", ""]), tl(36, ["the Authority", "c"]), tl(48, ["in the region", "d"])];
    expect(textWrapLeading(lines, 2, 12)).toBe(12);
  });
  it("is the wraps' mean step where more of them cross a blank grid line than not", () => {
    const lines = [tl(0, ["To strengthen the", ""]), tl(12, ["", "Women among"]), tl(24, ["partnership of", ""]), tl(48, ["the Nations and", ""]), tl(72, ["the Authority", ""]), tl(84, ["", "Joint consultations"]), tl(96, ["in the region", ""]), tl(120, ["of the Horn", ""]), tl(144, ["and beyond", ""])];
    expect(textWrapLeading(lines, 2, 12)).toBe(24);
  });
  it("is the pitch where the wraps two lines apart have another column's line between them (a centred cell, not spacing)", () => {
    const lines = [tl(0, ["To strengthen the", ""]), tl(12, ["", "Women among"]), tl(24, ["partnership of", ""]), tl(36, ["", "Joint consultations"]), tl(48, ["the Nations and", ""]), tl(60, ["", "Days to deploy"]), tl(72, ["the Authority", ""]), tl(84, ["", "Strategy actions"]), tl(96, ["in the region", ""])];
    expect(textWrapLeading(lines, 2, 12)).toBe(12);
  });
});
