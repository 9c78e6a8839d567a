/**
 * pdftotext -layout text where a block of rows is set on a grid shifted right of the header's: a
 * measure's last words cross into the Baseline column while the line's values, one run per value
 * column after a column gap, fill Baseline and Target ("Evaluations completed on    44%     54%",
 * "Tickets purchased 16 days   58%     73%"). The crossing words are the measure's, the values one
 * per column. The text is corpus7 tune7 t7-023.txt (LibreOffice's PDF of a Word table, vertically
 * centred cells) from the managerial header to the page's end.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function read(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    measures: o.measures.map((m) => [m.text, m.baseline, m.target]),
  }));
}

const SHIFTED = [
    "   OBJECTIVES             EXPECTED         INDICATORS OF        BASELI TARGET",
    "                      ACCOMPLISHMEN         ACHIEVEMENT           NE    (2009)",
    "                                T",
    "Objective 7: To       Greenhouse gas  Tickets purchased 16 days  56%     66%",
    "implement the         emissions from  in advance",
    "recommendations       travel reduced.",
    "                                      Women at P-5 and above     49%     59%",
    "of oversight bodies",
    "within their        Oversight               Budget implementation       60%     66%",
    "deadlines.          recommendations         rate",
    "                    implemented on",
    "                                            Evaluations completed on    44%     54%",
    "                    time.",
    "                                            time",
    "Objective 8: To       Performance           Evaluations completed on    21%     40%",
    "reduce the            evaluations           time",
    "environmental         completed.",
    "                                            Budget implementation       32%     56%",
    "impact of official",
    "                                            rate",
    "travel.",
    "                                            Women at P-5 and above      68%     87%",
    "                                            Tickets purchased 16 days   58%     73%",
    "                                            in advance",
    "Objective 9: To       Greenhouse gas        Budget implementation       43%     57%",
    "complete              emissions from        rate",
    "performance           travel reduced.",
    "                                            Evaluations completed on    27%     43%",
    "evaluations for all",
    "                                            time",
    "staff on time.",
    "                                            Tickets purchased 16 days   36%     47%",
    "                                            in advance",
    "                                            Women at P-5 and above      41%     49%",
    "Objective 10: To   Gender parity            Budget implementation       51%     76%",
    "ensure that staff  reached among            rate",
    "complete the       senior staff.",
    "mandatory training                          Evaluations completed on    32%     53%",
    "courses.                                    time",
].join("\n");

describe("values after column gaps filling every value column", () => {
  it("leave the words glued to the measure's text with the measure", () => {
    const rows = read(SHIFTED);
    expect(rows.slice(0, 3)).toEqual([
      {
        objective: "To implement the recommendations of oversight bodies within their deadlines.",
        measures: [
          ["Tickets purchased 16 days in advance", "56%", "66%"],
          ["Women at P-5 and above", "49%", "59%"],
          ["Budget implementation rate", "60%", "66%"],
          ["Evaluations completed on time", "44%", "54%"],
        ],
      },
      {
        objective: "To reduce the environmental impact of official travel.",
        measures: [
          ["Evaluations completed on time", "21%", "40%"],
          ["Budget implementation rate", "32%", "56%"],
          ["Women at P-5 and above", "68%", "87%"],
          ["Tickets purchased 16 days in advance", "58%", "73%"],
        ],
      },
      {
        objective: "To complete performance evaluations for all staff on time.",
        measures: [
          ["Budget implementation rate", "43%", "57%"],
          ["Evaluations completed on time", "27%", "43%"],
          ["Tickets purchased 16 days in advance", "36%", "47%"],
          ["Women at P-5 and above", "41%", "49%"],
        ],
      },
    ]);
  });
});
