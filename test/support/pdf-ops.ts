/**
 * The glyph reader's unit tests feed `runsFromOperators` (src/extract/pdf/glyphs.ts) operator lists
 * by hand: the operator codes it is given (any distinct numbers do; these are pdf.js's), and an A4
 * portrait viewport at scale 1 (pdf.js's viewport transform flips y).
 */
import type { TextOpCodes } from "../../src/extract/pdf/glyphs.js";

export const TEXT_OPS: TextOpCodes = {
  save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, beginText: 31, setFont: 37,
  setTextMatrix: 42, moveText: 40, setLeadingMoveText: 41, nextLine: 43, nextLineShowText: 46, nextLineSetSpacingShowText: 47,
  setLeading: 36, setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, setTextRise: 38, showText: 44, showSpacedText: 45,
};

export const A4_VIEW: readonly number[] = [1, 0, 0, -1, 0, 842];
