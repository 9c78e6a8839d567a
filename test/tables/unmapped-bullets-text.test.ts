/**
 * `pdftotext -layout` of a Word PDF whose Symbol/Wingdings bullets have no ToUnicode map: each
 * bullet comes out as its character code, a control character (here U+0003), standing alone in
 * the bullet's column. Hand-made text of that shape: the items of a measure cell and of the
 * challenges must stay apart (they were joined when the control character was dropped).
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const B = "\u0003";
const TEXT = [
  ...FRAME_2008,
  "      Objectives                       Expected accomplishments          Performance measures",
  " To deepen regional economic          Innovation policies reviewed      " + B + " Average border crossing time",
  " integration and trade facilitation   and updated                         reduced to 8 days",
  "                                                                        " + B + " 371 officials trained in gender-",
  "                                                                          responsive budgeting",
  " To strengthen statistical capacity   Offices applying regional         " + B + " 40 offices applying standards",
  "                                      standards                         " + B + " 12 surveys completed",
  "",
  "C. CHALLENGES",
  "     " + B + "   Remote interpretation raises health and quality concerns",
  "     " + B + "   Author departments submit many documents late",
  "",
].join("\n");

describe("bullets with no text mapping in pdftotext -layout text", () => {
  it("split the items where the unmapped glyph stands", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => o.measures.map((m) => m.text))).toEqual([
      ["Average border crossing time reduced to 8 days", "371 officials trained in gender-responsive budgeting"],
      ["40 offices applying standards", "12 surveys completed"],
    ]);
    expect(out.challenges).toEqual(["Remote interpretation raises health and quality concerns", "Author departments submit many documents late"]);
  });
});
