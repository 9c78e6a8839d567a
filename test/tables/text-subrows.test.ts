/**
 * Plain text (pdftotext -layout) of tables whose rows hold sub-rows: one accomplishment per
 * sub-row beside its measures, one measure per sub-row beside its Baseline and Target. The
 * character grid keeps no padding between sub-rows, and the items carry neither markers nor
 * full stops: what tells a sub-row's end is the grid itself.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function rows(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    baseline: o.measures.map((m) => m.baseline),
    target: o.measures.map((m) => m.target),
  }));
}

describe("plain text: a sub-row's accomplishment a line shorter than its measure", () => {
  it("ends the accomplishment at the grid line where only the measure runs on, whatever word it stops on", () => {
    // LibreOffice's rowspan sub-rows, top-aligned: "acted upon" stops on a preposition (the
    // line-fill cue never ends an item there) and the narrow column has too few lines to measure
    // its width; the measure beside it runs on over the hole ("(percentage)").
    const text = [
      "Objective               Expected results               Performance measures               Baseline      Target",
      "To achieve gender       Risk registers maintained and  Days from job opening to selection  144 days      114 days",
      "parity at all levels    acted upon                     Women at P-5 level and above         36%           41%",
      "of the department                                      (percentage)",
      "                        Managers modelling ethical     Tickets purchased 16 days in         39%           51%",
      "                        leadership                     advance (percentage)",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.accomplishments).toEqual(["Risk registers maintained and acted upon", "Managers modelling ethical leadership"]);
    expect(row?.measures).toEqual(["Days from job opening to selection", "Women at P-5 level and above (percentage)", "Tickets purchased 16 days in advance (percentage)"]);
  });

  it("keeps a cell's lines together when another column's line falls between them (an interleaved centred cell)", () => {
    // Values centred beside a two-line measure print between the measure's lines: the grid line
    // between them holds only the values, which have no text on the lines beside it — the
    // measure's cell runs on ("… deploy staff to" / "United Nations missions").
    const text = [
      "Objective               Expected results               Performance measures               Baseline      Target",
      "To achieve gender       Risk registers maintained and  Days needed to deploy staff to",
      "parity                  acted upon                                                         36%           41%",
      "                                                       United Nations missions",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.measures).toEqual(["Days needed to deploy staff to United Nations missions"]);
    expect(row?.target).toEqual(["41%"]);
  });
});
