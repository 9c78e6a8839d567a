import { describe, expect, it } from "vitest";
import { CHAR_WIDTH, textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { assignColumns, type ColumnDef } from "../../src/tables/columns.js";

/** Per row: objective, accomplishments, measures as [text, baseline, target]. */
function rows(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments.map((a) => (typeof a === "string" ? a : (a as { text: string }).text)),
    measures: o.measures.map((m) => [m.text, m.baseline, m.target]),
  }));
}

describe("plain text of the older generators: words at a column edge (session 17, h-otxt)", () => {
  it("gives a run's words before a marker that opens the next column back to the run's cell", () => {
    // corpus dev-001 lo.txt: "to" starts a character past the Outcomes column's edge (set by the
    // row above, printed on a grid of its own), but the bullet two characters further right opens
    // that cell: the cell's text starts at its marker, so "to" ends the indicator's line.
    const second = rows(A2)[1]!;
    expect(second.accomplishments).toEqual(["Measurable progress in the participation of women in decision-making."]);
    expect(second.measures.map((m) => m[0])).toEqual(["Proportion of reports submitted to the General Assembly by the slot date increased to 95% by the end of 2023."]);
  });

  it("keeps a lower-case word one space before a Baseline value in the measure", () => {
    // corpus dev-017 lo.txt, page 4: the page's Baseline edge lies at 147, "on" at 145–147 and the
    // value "15 (2009)" from 148 on. A value opens with its number or a capital, never with "on".
    const line = textToLayout(" ".repeat(113) + "\uf0b7 Number of countries reporting on 15 (2009)                 31").pages[0]!.lines[0]!;
    const at = (x: number, key: string, role: ColumnDef["role"]): ColumnDef => ({ key, role, header: key, x: x * CHAR_WIDTH, column: undefined });
    const columns = [at(18, "objective", "objective"), at(51, "accomplishments", "accomplishments"), at(113, "measures", "measures"), at(147, "baseline", "baseline"), at(164, "target", "target")];
    const { cells } = assignColumns(line, columns, undefined, true);
    expect(cells.slice(2)).toEqual(["\uf0b7 Number of countries reporting on", "15 (2009)", "31"]);
  });

  it("keeps a run's last word in lower case, just left of a column empty on the lines around, in its run's cell", () => {
    // corpus dev-001 lo.txt: "in" starts a character left of the Outcomes edge, glued to "30"; no
    // line around opens that column (a lower-case cell line would go on from one that does).
    const line = textToLayout(" ".repeat(49) + "indicators from 16 in 2022 to 30 in").pages[0]!.lines[0]!;
    const at = (x: number, key: string, role: ColumnDef["role"]): ColumnDef => ({ key, role, header: key, x: x * CHAR_WIDTH, column: undefined });
    const columns = [at(17, "objective", "objective"), at(49, "measures", "measures"), at(83, "accomplishments", "accomplishments")];
    expect(assignColumns(line, columns, undefined, true).cells).toEqual(["", "indicators from 16 in 2022 to 30 in", ""]);
    // Where the lines around open the column at its edge, runEndColumn reads the word into it; since
    // session 51 (h-gap51, `sentenceWordAloneEndsLeftCell`) a preposition alone in that column on its
    // line, glued one space to its run, goes back: no cell's line is a lone "in".
    const opened = [columns[0]!, columns[1]!, { ...columns[2]!, opensNear: 83 * CHAR_WIDTH }];
    expect(assignColumns(line, opened, undefined, true).cells).toEqual(["", "indicators from 16 in 2022 to 30 in", ""]);
  });

  it("opens a column where the line above opened it with a marker hung inside a run", () => {
    // corpus dev-019 chromium.txt: "o Average …" is glued by one space to the expected result, the
    // "o" four characters left of the measures' edge; the measure's wrapped line "claims (days)"
    // starts under the "o", one space after "data.", and had been read into the expected result.
    const second = rows(E)[0]!;
    expect(second.accomplishments[1]).toBe("More consistent collection and use of performance data.");
    expect(second.measures[1]).toEqual(["Average time for the settlement of claims (days)", "140 days", "90 days"]);
  });

  it("reads a value in words alone after a column gap well left of its column, and one glued to the expected result, as values", () => {
    // corpus dev-019 lo.txt: measures first, then Expected results, then Targets. "By 31 December
    // 2014" opens 15 characters left of Targets, in the right half of the empty Expected results
    // column, only its year past the edge; "Achieved" is glued by one space to the expected result
    // on the measure's first line, the Targets column empty there and the measure without a target.
    const read = rows(C);
    expect(read.flatMap((r) => r.accomplishments)).toEqual(["Demonstrated collection and use of performance data."]);
    expect(read.flatMap((r) => r.measures).map((m) => m[2])).toEqual(["Achieved", "By 31 December 2014"]);
  });

  it("gives back a number glued to the column between the measure and the value column", () => {
    // corpus dev-019 chromium.txt: "30 days" glued to "… the consistency of" on the measure's first line.
    const read = rows(D);
    expect(read[1]!.accomplishments).toEqual(["Continued improvement in the consistency of policy advice."]);
    expect(read[1]!.measures.map((m) => m[2])).toEqual(["30 days", "94 per cent by December 2014"]);
  });
});

const A2 = [
  "                 Objectives                        Key Performance Indicators                        Outcomes",
  "",
  "To give priority to the implementation of the    - At least 90% of publications    ▪ Improved continuity of operations.",
  "enterprise resource planning system in line      issued in all ofﬁcial languages.  ▪ Improved accountability of managers",
  "with the priorities set by the General           - Increase in the number of       for results.",
  "Assembly.                                        advisory missions undertaken from",
  "                                                 9 in 2022 to 20 in 2023.",
  "                                                 - Reduction in the time taken to",
  "                                                 respond to written queries from",
  "                                                 delegations from 120 days in 2022",
  "                                                 to 70 days in 2023.",
  "",
  "To support the use of evaluation ﬁndings in      - Proportion of reports submitted to ▪ Measurable progress in the partic-",
  "programme planning.                              the General Assembly by the slot     ipation of women in decision-making.",
  "                                                 date increased to 95% by the end",
  "                                                 of 2023.",
];

const C = [
  "          Performance measures                                    Expected results                                    Targets",
  "",
  "o Workplan approved and monitored on a         ➢ Demonstrated collection and use of performance Achieved",
  "quarterly basis                                data.",
  "",
  "o Clean of the “Delivering as One”                                                                     By 31 December 2014",
  "approach and audit opinion on the ﬁnancial",
  "statements",
];

const D = [
  "                    Performance measures                                             Expected results                              Targets",
  " o Positive feedback from Member States on the quality of           ➢ Measurable progress in the quality of                   Achieved",
  " services received                                                  documentation.",
  " o Number of Member States requesting technical                                                                               18",
  " assistance",
  "To advance knowledge management and the sharing of lessons learned in line with the priorities set by the General",
  "Assembly",
  "                    Performance measures                                             Expected results                              Targets",
  " o Time taken to respond to written queries from delegations ➢ Continued improvement in the consistency of 30 days",
  " (days)                                                      policy advice.",
  " o Proportion of meetings serviced as scheduled                                                                               94 per cent by",
  "                                                                                                                              December 2014",
];

const E = [
  "           Objectives                     Expected results                    Performance measures              Baselines          Targets",
  "To ensure the effectiveness of       ➢ Greater integration of         o Percentage of press releases            70 per         84 per",
  "the protection of information        cross-cutting issues.            issued on the day of the meeting          cent           cent",
  "assets in line with the priorities                                                                              (2013)",
  "set by the General Assembly",
  "                                     ➢ More consistent collection o Average time for the settlement of          140 days       90 days",
  "                                     and use of performance data. claims (days)",
  "                                                                      o Proportion of performance               50 per         63 per",
  "                                                                      appraisals completed on time              cent in        cent by",
  "                                                                                                                2013           December",
  "                                                                                                                               2014",
  "",
  "                                     ➢ Demonstrated                   o Number of Member States                 35 (2013)      40",
  "                                     representation of                requesting technical assistance",
  "                                     unrepresented Member",
  "                                     States among staff.",
];
