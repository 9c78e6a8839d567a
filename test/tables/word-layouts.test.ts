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
