import type { Context, Doc, UnDocumentBody } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import type { Layout } from "../model/layout.js";
import { layoutRows } from "./rows.js";
import { findBodyStart, readMasthead } from "./masthead.js";
import { readBody } from "./body.js";

export { ordinalToNumber } from "./ordinals.js";
export { mastheadDateToIso, mastheadSymbol } from "./masthead.js";

/** Everything the un-document stage reads from a Layout, plus what it was unsure of. */
export function readUnDocument(layout: Layout): { body: UnDocumentBody; outOfSequence: Array<{ page: number; line: number; number: number }> } {
  const rows = layoutRows(layout);
  const bodyStart = findBodyStart(rows);
  const masthead = readMasthead(rows, bodyStart);
  const body = readBody(rows, bodyStart);
  return { body: { ...masthead, paragraphs: body.paragraphs, footnotes: body.footnotes }, outOfSequence: body.outOfSequence };
}

/** The un-document stage: masthead, agenda items, title, paragraphs and footnotes. */
export function unDocumentStage(doc: Doc, _ctx: Context): Doc {
  if (doc.kind !== "un-document") return doc;
  const { body, outOfSequence } = readUnDocument(doc.layout);
  doc.unDocument = body;
  if (body.symbol === null) addWarning(doc, "UNDOC_NO_SYMBOL", "no document symbol found in the masthead");
  for (const o of outOfSequence) {
    addWarning(doc, "PARAGRAPH_SEQUENCE", `paragraph ${o.number} does not follow paragraph ${o.number - 1 > 0 ? o.number - 1 : 0} in sequence; kept as text`, o.page, o.line);
  }
  if (body.symbol !== null && body.paragraphs.length === 0) doc.status = doc.status === "failure" ? "failure" : "partial";
  return doc;
}
