/**
 * PDF lines for table-reader tests: one line of positioned runs on a given page in a given font
 * size, as pdf.js reads them (points, y down). `cells` are [text, x, width, bold?].
 */
import type { Layout, Line, Segment } from "../../src/model/layout.js";

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

/**
 * A one-page PDF-like layout for frame tests: each row is [y, [x, text]…] at `fontSize` points,
 * a character half the size wide; rows with no cells are blank lines. Offsets count the rows'
 * texts joined by newlines, as the layout's `text`.
 */
export function rowsLayout(rows: Array<[number, Array<[number, string]>]>, { fontSize = 10, width = 612, height = 792 }: { fontSize?: number; width?: number; height?: number } = {}): Layout {
  let offset = 0;
  const lines: Line[] = rows.map(([y, cells], i) => {
    const text = cells.map((c) => c[1]).join(" ");
    const start = offset;
    offset += text.length + 1;
    return {
      page: 1, line: i + 1, y, text, start, end: start + text.length,
      kind: cells.length ? "text" : "blank",
      segments: cells.map(([x, t]) => ({ text: t, x, y, width: t.length * fontSize * 0.5, fontSize, page: 1, line: i + 1, start, end: start + t.length })),
    };
  });
  return { format: "pdf", text: lines.map((l) => l.text).join("\n"), pages: [{ number: 1, width, height, lines, rules: [], removed: [] }] };
}
