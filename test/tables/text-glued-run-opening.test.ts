import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";

describe("plain text: a glued run's word left of where the next column opens (session 17, h-ftxt)", () => {
  it("keeps a word that crosses the part's edge with the cell on its left when the run's next word starts where the column opens on the lines around", () => {
    // The accomplishments of the first row open at character 26 (the part's edge), the second
    // row's at 31: pdftotext set that block on its own grid and glued the objective's line to the
    // accomplishment by one space. "with" (26–30) starts on the part's edge but ends before the
    // accomplishment of the line below opens, where "Support" starts (corpus4 f1-009 chromium.txt:
    // "… manner, in line with cooperation with partner entities …").
    const text = [
      "Objective                 Expected accomplishment    Performance measure",
      "To deepen coordination    Better use of findings.    Proportion of invoices paid",
      "with host Governments.    Faster recruitment.        within 30 days of receipt",
      "                                                     Number of joint programmes",
      "                                                     launched",
      "",
      "To accelerate progress                               97% of grants disbursed on time",
      "on protection and in line with Support given by the",
      "the plan of the Assembly.      Office.",
    ].join("\n");
    expect(rows(text)[1]).toEqual({
      objective: "To accelerate progress on protection and in line with the plan of the Assembly.",
      accomplishments: ["Support given by the Office."],
      measures: ["97% of grants disbursed on time"],
    });
  });
});
