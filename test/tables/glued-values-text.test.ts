import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { isWholeValue, trailingValueLength } from "../../src/tables/gluedValues.js";

/** Per row, per measure: [text, baseline, target]. */
function measures(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.baseline, m.target]));
}

describe("plain text: a value glued wholly left of its column (session 16, h-old)", () => {
  it("gives a measure's first line's last words back to the empty value column when they are one whole value and the measure has none", () => {
    // pdftotext glued "None" and "87% (2016)" by one space to their measures' first lines, ten and
    // more characters left of the Baseline column (corpus dev-021, corpus4 f1-010 lo.txt): no word
    // of them reaches the column, so the column-edge rules keep them in the measure.
    const text = [
      "Objectives                   Key performance indicators                          Baselines       Targets",
      "",
      "To consolidate the quality   - Time taken to respond to written queries          70 days         30 days",
      "of services to Member        from delegations (days)",
      "States.",
      "                             - Support plans agreed with UNMHA and UNMISS None                   Agreed",
      "",
      "To deepen the learning       - Percentage of workshops 87% (2016)                                93%",
      "culture among staff.         rated useful by participants",
      "                             - Percentage of posts filled                        82% (2011)      92%",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Time taken to respond to written queries from delegations (days)", "70 days", "30 days"],
        ["Support plans agreed with UNMHA and UNMISS", "None", "Agreed"],
      ],
      [
        ["Percentage of workshops rated useful by participants", "87% (2016)", "93%"],
        ["Percentage of posts filled", "82% (2011)", "92%"],
      ],
    ]);
  });

  it("takes a value in words glued to the measure's first line: a status or a deadline opening with a capital", () => {
    // corpus5 g1-015 lo.txt ("… senior management team Fully achieved", "… with all staff By 31
    // December 2016"), corpus dev-038 lo.txt ("… approach and Fully achieved" over "report on …").
    const text = [
      "Objectives                   Key performance indicators                            Targets",
      "",
      "To consolidate the quality   - Endorsement of the strategy by the senior Fully achieved",
      "of services to Member        management team",
      "States.                      - Annual report on lessons learned shared with all staff By 31 December 2016",
      "                             - Percentage of posts filled                          92%",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Endorsement of the strategy by the senior management team", null, "Fully achieved"],
        ["Annual report on lessons learned shared with all staff", null, "By 31 December 2016"],
        ["Percentage of posts filled", null, "92%"],
      ],
    ]);
  });

  it("splits a Baseline cell of two whole values when the Target column is empty on that line and the measure has no Target", () => {
    // Chromium's text (corpus dev-032): "74% (2015) 80%", the Target glued to the Baseline.
    const text = [
      "Objectives                   Key performance indicators            Baselines       Targets",
      "",
      "To consolidate the quality   - Percentage of invoices paid          74% (2015) 80%",
      "of services to Member        within 30 days of receipt",
      "States.",
      "                             - Number of users of the platform     28 (2015)       34",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Percentage of invoices paid within 30 days of receipt", "74% (2015)", "80%"],
        ["Number of users of the platform", "28 (2015)", "34"],
      ],
    ]);
  });

  it("leaves a measure's own last words where the measure has its value, or where they are no whole value", () => {
    const text = [
      "Objectives                   Key performance indicators                 Baselines       Targets",
      "",
      "To consolidate the quality   - Proportion of invoices paid within 30    61% in 2016     72%",
      "of services to Member        days of receipt",
      "States.",
      "                             - Annual report shared with all staff by",
      "                             31 December 2016",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Proportion of invoices paid within 30 days of receipt", "61% in 2016", "72%"],
        ["Annual report shared with all staff by 31 December 2016", null, null],
      ],
    ]);
  });
});

describe("the shape of a whole value", () => {
  it("is a number with its unit and at most a year, or None", () => {
    expect(["None", "41", "85%", "130 days", "88 per cent", "87% (2016)", "61% in 2016", "Fully achieved", "Partially achieved in 2015", "By 31 December 2016"].map((v) => isWholeValue(v.split(" ")))).toEqual([true, true, true, true, true, true, true, true, true, true]);
    expect(["Nonetheless", "days", "41 States", "30 days of", "(2016)", "in 2016", "fully achieved", "by 31 December 2016"].map((v) => isWholeValue(v.split(" ")))).toEqual([false, false, false, false, false, false, false, false]);
  });
  it("ends a line's words only after a word of the cell, and never as a year alone", () => {
    expect(trailingValueLength("Percentage of workshops 87% (2016)".split(" "))).toBe(2);
    expect(trailingValueLength("queries from delegations (days) 130 days".split(" "))).toBe(2);
    expect(trailingValueLength("paid within 88 per cent".split(" "))).toBe(3);
    expect(trailingValueLength("staff By 31 December 2016".split(" "))).toBe(4);
    expect(trailingValueLength("shared with all staff by 31 December 2016".split(" "))).toBe(0);
    expect(trailingValueLength(["41"])).toBe(0);
  });
});

describe("plain text: values set left of their column (session 17, h-ftxt)", () => {
  it("gives a value glued to an accomplishment's line back to the Target column beside the measure's first line", () => {
    // "Key performance indicators | Outcomes | Targets": the accomplishment column comes between
    // the measures and their values, and pdftotext glued "94%" by one space to the outcome beside
    // the measure's first line (corpus4 f1-020 chromium.txt).
    const text = [
      "Objective                 Key performance indicators     Outcomes                                          Targets",
      "",
      "To accelerate progress    – Percentage of reports        ▪ Improved compliance with deadlines. 94%",
      "on the delivery of        issued on time",
      "mandated programmes.      – Time taken to complete an    ▪ Strengthened use of data.                       150 days",
      "                          investigation (days)",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Percentage of reports issued on time", null, "94%"],
        ["Time taken to complete an investigation (days)", null, "150 days"],
      ],
    ]);
  });

  it("takes a whole value alone in the measure column's right half, between the measure's lines, for the empty value column", () => {
    // Chromium centres the values on the measure's two lines: "None" stands on the grid line
    // between them, six characters left of the Baselines column (corpus4 f1-006 chromium.txt).
    const text = [
      "Objectives                   Key performance indicators                          Baselines       Targets",
      "",
      "To consolidate the quality   - Time taken to respond to written queries          70 days         30 days",
      "of services to Member        - Support plans agreed with UNISFA and                              Agreed by",
      "States.                                                                    None",
      "                             MONUSCO                                                             June 2024",
    ].join("\n");
    expect(measures(text)).toEqual([
      [
        ["Time taken to respond to written queries", "70 days", "30 days"],
        ["Support plans agreed with UNISFA and MONUSCO", "None", "Agreed by June 2024"],
      ],
    ]);
  });
});
