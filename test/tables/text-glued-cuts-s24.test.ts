/**
 * pdftotext -layout text (session 24, h-txt14): cells glued one space apart where a row sits on a
 * grid of its own (LibreOffice Calc's print, corpus14 dev14), a wrap under the cell of the line
 * above, and unmarked one-line items told apart by the words at the break. Each test fails without
 * its rule (`gluedCellOpening`, `runUnderCellAbove` in src/tables/columns.ts; the text branch of
 * `paragraphBreaks`' words cue in src/tables/index.ts, `gridSentenceCue` and `unitClosesLine` in
 * src/tables/cellEdges.ts).
 */
import { describe, expect, it } from "vitest";
import { textRows, textRowsWithValues } from "../support/table-rows.js";

const pad = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(widths[i]!) : c)).join("").trimEnd();

describe("a run glued across a column edge by one space, cut where the right cell opens with a capital", () => {
  // OBJECTIVE | PERFORMANCE MEASURE | BASELINE | TARGET, the first line of each row set six
  // characters left of the header: the measure's first word follows the objective's line one space on.
  const widths = [57, 59, 11];
  const head = pad(["OBJECTIVE", "PERFORMANCE MEASURE", "BASELINE", "TARGET"], widths);
  const glued = (objective: string, measure: string, baseline: string, target: string) => `${objective} ${measure}`.padEnd(116) + baseline.padEnd(11) + target;
  const text = [
    "Table 3",
    head,
    glued("To shorten the time between a partnership proposal", "Share of grant proposals screened within 30 days", "61%", "71%"),
    "and the signature of its agreement in the region",
    "",
    pad(["", "Share of implementing entities reporting results on time", "90%", "93 per cent"], widths),
    glued("To widen the circle of private foundations that", "Share of agreements signed within 60 days", "99%", "100%"),
    "co-finance United Nations projects",
  ].join("\n");

  it("gives the capitalised word before the cut to the measure ('proposal Share' / 'of grant …', d14-020)", () => {
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To shorten the time between a partnership proposal and the signature of its agreement in the region",
      "To widen the circle of private foundations that co-finance United Nations projects",
    ]);
    expect(out[0]?.measures).toEqual(["Share of grant proposals screened within 30 days", "Share of implementing entities reporting results on time"]);
    // The second row opens right under the first's last sub-row: its new values open the measure's cell.
    expect(out[1]?.measures).toEqual(["Share of agreements signed within 60 days"]);
  });

  it("moves the cut back over a word in lower case too ('compliant with Share of' / 'oversight …', d14-016)", () => {
    const two = [
      "Objectives                                                  Key performance indicators                                    Baseline             Target",
      "To keep the Office's travel requests compliant with Share of oversight recommendations implemented                        82%                  89%",
      "the advance purchase policy in countries in transition",
    ].join("\n");
    const out = textRowsWithValues(two);
    expect(out[0]?.objective).toBe("To keep the Office's travel requests compliant with the advance purchase policy in countries in transition");
    expect(out[0]?.measures).toEqual(["Share of oversight recommendations implemented"]);
  });

  it("gives a lower-case word before a capital back to the cell on its left ('in the Nationalities', d14-001)", () => {
    // The header's labels glued by the grid: the measure label opens at 55, the rows' measures at 61.
    const rows = [
      "Objectives                    Expected accomplishments Indicators of achievement                         Unit             Baseline   Target",
      "",
      "To improve the geographical Oversight recommendations Share of oversight recommendations                 %                85%        >= 94%",
      "diversity of the Office's staff closed                implemented",
      "across the United Nations",
      "system",
      "",
      "",
      "",
      "                              Appraisals completed in the Nationalities represented among staff          nationalities    50         >= 57",
      "                              performance management",
      "                              system",
    ].join("\n");
    const out = textRows(rows);
    expect(out[0]?.accomplishments).toEqual(["Oversight recommendations closed", "Appraisals completed in the performance management system"]);
    expect(out[0]?.measures).toEqual(["Share of oversight recommendations implemented", "Nationalities represented among staff"]);
  });

  it("leaves a list marker opening the cell where it is ('… priorities of a) Due diligence …', d14-001)", () => {
    const rows = [
      "No.            Objectives                                            Expected accomplishments                              Indicators of achievement",
      "(1)            To convene business leaders around the priorities of a) Due diligence opinions delivered to requesting      * 96% of grant proposals screened within 30 days",
      "               the General Assembly in the Asia-Pacific region      departments                                            * Foundations co-financing projects: 6",
    ].join("\n");
    const out = textRows(rows);
    expect(out[0]?.objective).toBe("To convene business leaders around the priorities of the General Assembly in the Asia-Pacific region");
    expect(out[0]?.accomplishments).toEqual(["Due diligence opinions delivered to requesting departments"]);
  });
});

describe("a wrapped line opening under the cell of the column on its right (runUnderCellAbove)", () => {
  it("goes to that column: '… each year 57% of … within 60' / 'days' (d14-006)", () => {
    // The rows of objective 2 open the measures at 65 (the header's edge); objective 3's at 61.
    const rows = [
      "Expected accomplishment                                          Key performance indicator                           Risks and mitigations",
      "Objective 2. To mobilize matching funds for small island developing States in Latin America and the Caribbean",
      "- Partnership agreements signed within the agreed service        Average days to issue a due diligence opinion: 5    ➢ Donor priorities shifting away from the fund's themes; broaden",
      "standard                                                         Business leaders attending the partnership forum:   the partner base",
      "                                                                 290",
      "                                                                 92% of implementing entities reporting results on",
      "                                                                 time",
      "",
      "",
      "Objective 3. To shorten the time between a partnership proposal and the signature of its agreement",
      "- Annual report on contributions issued to Member States on 61% of implementing entities reporting results on        ➢ Reputational exposure from corporate partners; apply the due",
      "schedule                                                     time                                                    diligence framework",
      "- Matching funds pledged at the annual partnership forum     87% of grant proposals screened within 30 days",
      "- Implementing entities reporting on grant results each year 57% of partnership agreements signed within 60",
      "                                                             days",
    ].join("\n");
    const out = textRows(rows);
    expect(out[1]?.accomplishments).toEqual(["Annual report on contributions issued to Member States on schedule", "Matching funds pledged at the annual partnership forum", "Implementing entities reporting on grant results each year"]);
    expect(out[1]?.measures).toEqual(["61% of implementing entities reporting results on time", "87% of grant proposals screened within 30 days", "57% of partnership agreements signed within 60 days"]);
  });
});

describe("unmarked one-line items in plain text, told apart by the words at the break", () => {
  const rows = (first: string, second: string) =>
    [
      "Expected accomplishment                                          Performance measure                                 Risks and mitigations",
      "Objective 2. To mobilize matching funds for small island developing States",
      `- Partnership agreements signed within the agreed service        ${first.padEnd(52)}Donor priorities shifting away; broaden`,
      `standard                                                         ${second.padEnd(52)}the partner base`,
      "                                                                 92% of implementing entities reporting on time",
    ].join("\n");

  it("parts a line ending on a figure from a line opening a sentence (d14-006)", () => {
    const out = textRows(rows("Average days to issue a due diligence opinion: 5", "Business leaders attending the forum: 290"));
    expect(out[0]?.measures).toEqual(["Average days to issue a due diligence opinion: 5", "Business leaders attending the forum: 290", "92% of implementing entities reporting on time"]);
  });

  it("keeps a name cut by the wrap together (a capitalised word ends the line above)", () => {
    const out = textRows(rows("Appointments of nationals of unrepresented Member", "States made during the year: 7"));
    expect(out[0]?.measures).toEqual(["Appointments of nationals of unrepresented Member States made during the year: 7", "92% of implementing entities reporting on time"]);
  });
});

describe("a measure line closed by its unit in brackets (pdflatex through pdftotext, d13-018)", () => {
  const rows = (second: string) =>
    [
      "        Outcomes                                                         Performance measures                                               Target",
      "        Objective 1: To complete the performance appraisal of every staff member on time",
      "        Recruitment completed within the target number of days Women among staff at the P-5 level and above (percentage)                    33",
      `                                                               ${second}`,
      "                                                               Staff with a completed performance document (percentage)                     80",
      "        Objective 2: To recruit staff from unrepresented and under-represented Member States",
      "        Recruitment completed within the target number of days Oversight recommendations implemented within the deadline                    100",
    ].join("\n");

  it("ends its item when a sentence opens under it", () => {
    const out = textRows(rows("Allotment spent by the end of the period (percentage)"));
    expect(out[0]?.measures).toEqual(["Women among staff at the P-5 level and above (percentage)", "Allotment spent by the end of the period (percentage)", "Staff with a completed performance document (percentage)"]);
  });

  it("goes on when the line under it opens in lower case", () => {
    const out = textRows(rows("spent by the end of the period"));
    expect(out[0]?.measures[0]).toBe("Women among staff at the P-5 level and above (percentage) spent by the end of the period");
  });
});
