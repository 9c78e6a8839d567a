/**
 * Reads a text through the linearised-table reader (src/tables/linearized.ts) as the tests of
 * viewer's copies and "save as text" copies need it: the header read from the first line, the
 * body after it read as one part. Each test maps the rows to what it asserts.
 */
import { textToLayout } from "../../src/extract/text.js";
import { isViewerCopy, readLinearHeader, readLinearizedPart } from "../../src/tables/linearized.js";

export function readLinearText(text: string, heading: string | null = null) {
  const lines = textToLayout(text).pages.flatMap((p) => p.lines);
  const header = readLinearHeader(lines, 0);
  if (!header) throw new Error("no header");
  const body = lines.slice(header.end);
  const out = readLinearizedPart(body, header.columns, heading, 1);
  return { header, viewer: isViewerCopy(body), out };
}
