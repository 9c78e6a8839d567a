/**
 * Layouts of Word-written compacts (test/corpus7) the reader missed at its first dev7 score.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const corpus7 = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus7", "dev7");
const rowsOf = (md: string) => {
  const layout = markdownTextToLayout(md);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
};

describe("an objective cell that carries its own label ('Objective 6: To …')", () => {
  it("gives the objective without the label, as a spanning row or heading would (Markdown)", () => {
    const md = [
      "| Objectives | Expected accomplishments | Performance measures |",
      "|---|---|---|",
      "| Objective 6: To reinforce the links between humanitarian and development action. | • Collective outcomes agreed with development partners. | • Collective outcomes agreed in 12 countries. |",
      "| Objective 7: To strengthen the protection of aid workers. | • Security incidents tracked and analysed. | • Incident data shared every 4 weeks. |",
    ].join("\n");
    expect(rowsOf(md).map((r) => r.objective)).toEqual(["To reinforce the links between humanitarian and development action.", "To strengthen the protection of aid workers."]);
  });

  it("gives the objective without the label in a Word table printed by LibreOffice (d7-004)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus7, "d7-004.docx.pdf"))), { fileName: "d7-004.docx.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives).toContain("To reinforce the links between humanitarian and development action.");
    expect(objectives.some((o) => /^Objective \d/.test(o))).toBe(false);
  });
});

describe("a Word-numbered objective heading ('2. To complete …') right under the last row of the table above", () => {
  it("is the objective's first line: the row above is not joined to it (d7-013)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus7, "d7-013.docx.pdf"))), { fileName: "d7-013.docx.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives.slice(-2)).toEqual(["To implement the recommendations of oversight bodies within their deadlines", "To complete performance evaluations for all staff on time"]);
  });
});

describe("a Word-numbered objective heading ('1. To …') under the last row of a table with other columns (plain text)", () => {
  it("opens the next table's objective and is no cell of the table above (d7-019.txt)", async () => {
    // pdftotext prints the heading as one run across the table above's columns, two blank lines
    // under its last row, right above the next table's header (other labels, no Objective column).
    const out = await extract(new Uint8Array(readFileSync(join(corpus7, "d7-019.txt"))), { fileName: "d7-019.txt" });
    const objectives = out.kind === "compact" ? out.objectives : [];
    expect(objectives.map((o) => o.objective)).toContain("To use conference facilities efficiently");
    const above = objectives.find((o) => o.objective.startsWith("To raise the quality of translation"));
    expect(above?.accomplishments).toEqual(["Pre-session documents issued six weeks before consideration.", "Conference services utilized at the benchmark rate."]);
  });
});

describe("borderless measure sub-rows of one line each, one Target and Baseline per measure (corpus7 class 4)", () => {
  it("splits two one-line measures whose table never wraps a cell on the page, with their values (d7-001)", async () => {
    // Objective 2's table goes on at the top of page 3: "Countries with paperless trade measures"
    // (40 / 28) and "Countries reporting additional indicators" (20 / 15), 19.1 pt apart, and no
    // cell of that table wraps within a page — only the document's other tables (same 11 pt font)
    // show the 12.7 pt line step that tells a sub-row from a wrapped line.
    const out = await extract(new Uint8Array(readFileSync(join(corpus7, "d7-001.docx.pdf"))), { fileName: "d7-001.docx.pdf" });
    const row = out.kind === "compact" ? out.objectives.find((o) => o.objective.startsWith("To promote the inclusion of persons with disabilities")) : undefined;
    expect(row?.measures.map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Forecast error (percentage points)", "2.0", "2.4"],
      ["Countries with paperless trade measures", "40", "28"],
      ["Countries reporting additional indicators", "20", "15"],
    ]);
  });
});

describe("one-line measures with a number each on consecutive lines of plain text (corpus7 classes 3 and 4)", () => {
  const measuresOf = async (id: string, objective: string) => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus7, `${id}.txt`))), { fileName: `${id}.txt` });
    const row = out.kind === "compact" ? out.objectives.find((o) => o.objective.startsWith(objective)) : undefined;
    return row?.measures.map((m) => [m.text, m.baseline, m.target]);
  };

  it("splits measure sub-rows the character grid prints without padding, one Target each (d7-003)", async () => {
    // "Countries with paperless trade measures   12" / "Plans screened for climate risk   31" /
    // "Countries reporting additional indicators   15": no blank line, every measure line nearly full.
    expect(await measuresOf("d7-003", "To support regional integration through trade facilitation")).toEqual([
      ["Countries with paperless trade measures", null, "12"],
      ["Plans screened for climate risk", null, "31"],
      ["Countries reporting additional indicators", null, "15"],
    ]);
  });

  it("reads tab-aligned 'Indicator ⇥ Baseline ⇥ Target' paragraphs one measure a line (d7-010)", async () => {
    expect(await measuresOf("d7-010", "To improve the geographical diversity of the Secretariat workforce")).toEqual([
      ["Capital projects on budget", "36%", "58%"],
      ["Energy use per square metre", "25 kWh", "18 kWh"],
      ["Average recruitment time", "76 days", "63 days"],
    ]);
  });
});
