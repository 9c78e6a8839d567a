/**
 * A table's header row cut by a page break (session 42, h-v81516b; pdftotext -layout text):
 * - `lowerRowOverPage` (src/tables/header.ts, `headerAt`): a two-level header's group labels end a
 *   page ("OUTCOMES  PERFORMANCE MEASURES") and its lower row opens the next ("INDICATOR  BASELINE
 *   TARGET"): read together, the Baseline and Target columns are the header's (before, the line
 *   above was taken alone and every value went into the measures; corpus8 val8d v8-008);
 * - `raisedMarkLine` in `footnoteAtPageFoot`: the footnotes between a header row's two parts open
 *   with their mark alone on a line ("1" / "See General Assembly resolution …"): they are the
 *   page's, passed over to the next page, where "accomplishment" completes "Expected" (before, the
 *   header was lost and its table read into the table above; corpus15 val15b v15-004).
 * Each expectation fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRowsWithValues } from "../support/table-rows.js";

const LOWER_ROW_OVER_PAGE = [
  "A. PROGRAMME OBJECTIVES",
  "The following results will be delivered.",
  "",
  "                      Table 2. Objectives, indicators, baselines and targets",
  "             OUTCOMES                                     PERFORMANCE MEASURES",
  "\f                                          INDICATOR                          BASELINE          TARGET",
  "Objective: To improve water resource management in countries facing scarcity",
  "Censuses and surveys conducted to         Average days to publish flagship data tables   71 days           64 days",
  "international standards.                  Trade facilitation implementation rate         64%               69%",
  "Objective: To support the follow-up to the 2030 Agenda at the regional level",
  "Digital economy strategies endorsed by    Participants applying training (percentage)    67%               70%",
  "Governments.                              Countries with energy efficiency targets        15                19",
  "",
  "C. CHALLENGES",
  "The main challenges are the following.",
].join("\n");

describe("a two-level header's lower row at the next page's top completes the header (lowerRowOverPage)", () => {
  it("reads Baseline and Target under 'INDICATOR  BASELINE  TARGET' opening the page after 'OUTCOMES  PERFORMANCE MEASURES'", () => {
    const rows = textRowsWithValues(LOWER_ROW_OVER_PAGE);
    const row = rows.find((r) => r.objective.startsWith("To improve water resource"));
    expect(row?.measures).toEqual(["Average days to publish flagship data tables", "Trade facilitation implementation rate"]);
    expect(row?.baselines).toEqual(["71 days", "64%"]);
    expect(row?.targets).toEqual(["64 days", "69%"]);
    expect(rows.find((r) => r.objective.startsWith("To support the follow-up"))?.targets).toEqual(["70%", "19"]);
  });
  it("reads corpus8 val8d v8-008 as committed", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus8", "val8d", "v8-008.txt"));
    const row = rows.find((r) => r.objective.startsWith("To improve water resource management"));
    expect(row?.measures).toEqual(["Average days to publish flagship data tables", "Trade facilitation implementation rate (percentage)"]);
  });
});

const HEADER_OVER_FOOTNOTES = [
  "A. PROGRAMME OBJECTIVES",
  "The following results will be delivered in 2012.",
  "",
  "    No.             Objective                     Expected             Indicator of achievement         Target",
  "",
  "1",
  "    See General Assembly resolution 65/276, approving the programme budget.",
  "2",
  "    As defined in the Secretary-General's bulletin on the matter.",
  "3",
  "    As defined in the Secretary-General's bulletin on the matter.",
  "\f                                          accomplishment",
  "    A.4   To support the African            African Union      Joint horizon-scanning       At least 8",
  "          Union Commission in                peace support      sessions held",
  "          planning and managing its          operations",
  "          peace support operations           planned with       Days to deploy a planning    23 days",
  "                                             United Nations     expert on request",
  "                                             advice",
  "    A.5   To strengthen cooperation         Joint horizon-     Joint field missions with    51 per cent",
  "          on the protection of               scanning           reports issued within 30",
  "          civilians                          sessions held      days",
  "",
  "B. MANAGEMENT OBJECTIVES",
  "The Office will pursue the objectives below in 2012.",
].join("\n");

describe("footnotes whose marks stand alone on their lines are passed over between a header row's two parts (raisedMarkLine)", () => {
  it("completes 'Expected' with 'accomplishment' over three footnotes and reads the rows under the header", () => {
    const rows = textRowsWithValues(HEADER_OVER_FOOTNOTES);
    const row = rows.find((r) => r.objective.startsWith("To support the African"));
    expect(row?.objective).toBe("To support the African Union Commission in planning and managing its peace support operations");
    expect(row?.accomplishments).toEqual(["African Union peace support operations planned with United Nations advice"]);
    expect(rows.map((r) => r.objective)).toContain("To strengthen cooperation on the protection of civilians");
  });
  it("reads corpus15 val15b v15-004 as committed", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus15", "val15b", "v15-004.txt"));
    expect(rows.map((r) => r.objective)).toContain("To support the operationalization of the African Standby Force");
  });
});
