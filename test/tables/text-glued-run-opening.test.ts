import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { extract } from "../../src/index.js";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

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

describe("plain text: a word right after an item marker inside a glued run (session 17, merge)", () => {
  it("stays with the marker's item even when the run's next word starts where the column opens below", async () => {
    // corpus7 h7-006 txt: "(i)" opens the measure glued to the accomplishment by one space
    // ("•   Contingents deployed with (i) 19 mission planning processes"); the measure's wrapped
    // line opens at "including", under "mission". "19" ends left of that opening, but it is the
    // item's first word: it must not go back to the accomplishment (the whole page's columns are
    // needed to show it, so the committed document is read).
    const out = (await extract(join(root, "test", "corpus7", "holdout7", "h7-006.txt"))) as { objectives?: { accomplishments: string[]; measures: { text: string }[] }[] };
    const row = out.objectives?.find((o) => o.measures.some((m) => m.text.includes("mission planning processes including a gender analysis in 2011")));
    expect(row?.measures[0]?.text).toBe("19 mission planning processes including a gender analysis in 2011");
    expect(row?.accomplishments[0]).toBe("Contingents deployed with the capabilities pledged in their memorandums of understanding");
  });
});

describe("plain text: a lower-case word glued onto a value column's edge (session 17, h-ftxt)", () => {
  it("gives the lower-case words that open a Target cell back to the measure when the run's next word opens a value", () => {
    // pdftotext glued the measure's line to its Target by one space; "of" starts on the Target
    // column's edge, "Achieved" three characters right of it (corpus4 f1-029 chromium.txt). A value
    // opens with its number or a capital.
    const text = [
      "Objective                   Performance measure                               Target",
      "To deepen coordination      - Proportion of invoices paid within the period   90%",
      "with host Governments.      - Clean audit opinion on the financial statements of Achieved",
      "                            - Annual report shared with all staff             By 31 December 2016",
    ].join("\n");
    const layout = textToLayout(text);
    const measures = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.target]));
    expect(measures).toEqual([
      [
        ["Proportion of invoices paid within the period", "90%"],
        ["Clean audit opinion on the financial statements of", "Achieved"],
        ["Annual report shared with all staff", "By 31 December 2016"],
      ],
    ]);
  });
});
