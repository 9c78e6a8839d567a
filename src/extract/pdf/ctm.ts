/**
 * The current transformation matrix through an operator list: save / restore, `cm` (transform)
 * and form XObjects (which concatenate their own matrix and restore on exit). Shared by the path
 * reader (rules.ts) and the image reader (ocr/scan-images.ts), which both need to know where on
 * the page an operator paints. Pure: the pdf.js operator codes are passed in. (glyphs.ts keeps
 * its own walk: q/Q there also save and restore the text state.)
 */
import { type Matrix, IDENTITY, multiply, asMatrix } from "./matrix.js";

/** The pdf.js operator codes (pdf.js `OPS`) that change the CTM. */
export interface CtmOpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/**
 * Calls `visit` for every operator that does not change the CTM, with the CTM in force there.
 * A `cm` whose operand is no matrix, or a form without an argument list, changes nothing.
 */
export function forEachWithCtm(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: CtmOpCodes,
  visit: (fn: number, args: unknown, ctm: Matrix) => void,
): void {
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    // A Q with nothing saved changes nothing (pdf.js, MuPDF and glyphs.ts's walk ignore it): resetting
    // the CTM there set every later path of the page mirrored (pdfmake's unbalanced Q at a table page
    // break, corpus19 val19h v19-010 p. 3: its row rules ran through the cells below).
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      if (Array.isArray(args)) {
        stack.push(ctm);
        const m = asMatrix(args[0]);
        if (m) ctm = multiply(ctm, m);
      }
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else visit(fn, args, ctm);
  }
}
