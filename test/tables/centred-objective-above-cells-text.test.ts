/**
 * `pdftotext -layout` of a table whose cells are centred vertically (Word, horizontal rules only):
 * the second row's two-line objective is centred on three lines of measures, so its first line
 * stands alone, the row's first measure on the grid line above it and the next measure opening on
 * the line under it. A top-aligned row opens every cell on its objective's first line; so this
 * sign counts twice against the first objective's vote for top alignment (text below it in the
 * table's one band, which it shows because it is as tall as its row). Read top-aligned, the
 * second row's first measure went to the first row (corpus10 d10b-018).
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "             Objective                             Performance measure",
  " To achieve gender balance among           Reduction in travel emissions.",
  " staff at the Professional level and",
  " above                                     Vacancy rate below 5 per cent.",
  "                                           Documents submitted on time.",
  " To recruit staff from unrepresented",
  " and underrepresented Member States        Appointments from unrepresented",
  "                                           Member States.",
  "",
].join("\n");

describe("a centred objective alone on its first line, its row's cells opening under it (text)", () => {
  it("is no top-aligned row: the measure above it is its row's", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.measures.map((m) => m.text)])).toEqual([
      ["To achieve gender balance among staff at the Professional level and above", ["Reduction in travel emissions.", "Vacancy rate below 5 per cent."]],
      ["To recruit staff from unrepresented and underrepresented Member States", ["Documents submitted on time.", "Appointments from unrepresented Member States."]],
    ]);
  });
});
