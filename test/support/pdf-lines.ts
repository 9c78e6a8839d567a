/**
 * PDF lines for table-reader tests: one line of positioned runs on a given page in a given font
 * size, as pdf.js reads them (points, y down). `cells` are [text, x, width, bold?].
 */
import type { Line, Segment } from "../../src/model/layout.js";

export type Cell = [text: string, x: number, width: number, bold?: boolean];

export function pdfLineMaker(page: number, fontSize: number): (line: number, y: number, cells: Cell[]) => Line {
  const seg = (text: string, x: number, width: number, y: number, line: number, bold: boolean): Segment => ({ text, x, y, width, fontSize, page, line, start: 0, end: 0, ...(bold ? { bold } : {}) });
  return (line, y, cells) => ({
    page,
    line,
    y,
    text: cells.map(([t]) => t).join("\t"),
    start: 0,
    end: 0,
    segments: cells.map(([t, x, w, b]) => seg(t, x, w, y, line, b ?? false)),
  });
}
