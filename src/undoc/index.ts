import type { Context, Doc, UnDocumentBody } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import type { Layout } from "../model/layout.js";
import { layoutRows } from "./rows.js";
import { findBodyStart, readMasthead, type MastheadNote } from "./masthead.js";
import { readBody } from "./body.js";
import { readResolution } from "./resolution.js";

export { ordinalToNumber } from "./ordinals.js";
export { mastheadDateToIso, mastheadSymbol } from "./masthead.js";
export { unDocumentCues } from "./cues.js";

/** Document types whose text is read as preambular and operative paragraphs. */
const ADOPTED_TEXT_TYPES = new Set(["resolution", "draft resolution", "decision", "draft decision"]);

/**
 * The symbol a resolution or decision implies when the masthead lost it: "80/2." adopted by the
 * General Assembly is A/RES/80/2, "59/112." of the Human Rights Council is A/HRC/DEC/59/112.
 */
function impliedSymbol(number: string | null, type: string | null, bodies: readonly string[], subtitle: string | null): string | null {
  if (number === null || !/^\d{1,2}\/\d{1,4}$/.test(number)) return null;
  const by = `${subtitle ?? ""} ${bodies.join(" ")}`;
  if (type === "resolution" && /General Assembly/.test(by)) return `A/RES/${number}`;
  if (type === "resolution" && /Human Rights Council/.test(by)) return `A/HRC/RES/${number}`;
  if (type === "decision" && /Human Rights Council/.test(by)) return `A/HRC/DEC/${number}`;
  return null;
}

/** Everything the un-document stage reads from a Layout, plus what it was unsure of. */
export function readUnDocument(layout: Layout): {
  body: UnDocumentBody;
  outOfSequence: Array<{ page: number; line: number; number: number }>;
  notes: MastheadNote[];
} {
  const rows = layoutRows(layout);
  const bodyStart = findBodyStart(rows);
  const { masthead, notes } = readMasthead(rows, bodyStart);
  const body = readBody(rows, bodyStart);
  const symbol = masthead.symbol ?? impliedSymbol(masthead.number, masthead.documentType, masthead.bodies, masthead.subtitle);
  if (masthead.symbol === null && symbol !== null && rows[0]) {
    notes.push({ code: "UNDOC_SYMBOL_IMPLIED", message: `no symbol in the masthead; ${symbol} implied by the number ${masthead.number ?? ""}`, page: rows[0].page, line: rows[0].line });
  }
  const adopted = masthead.documentType !== null && ADOPTED_TEXT_TYPES.has(masthead.documentType) ? readResolution(rows, bodyStart, symbol, masthead.title) : null;
  return {
    body: {
      symbol,
      distribution: masthead.distribution,
      date: masthead.date,
      originalLanguage: masthead.originalLanguage,
      session: masthead.session,
      agendaItems: masthead.agendaItems,
      title: masthead.title,
      subtitle: masthead.subtitle,
      paragraphs: body.paragraphs,
      footnotes: body.footnotes,
      documentType: masthead.documentType,
      bodies: masthead.bodies,
      sponsors: masthead.sponsors,
      preambularParagraphs: adopted?.preambular ?? [],
      operativeParagraphs: adopted?.operative ?? [],
    },
    outOfSequence: body.outOfSequence,
    notes,
  };
}

/** The un-document stage: masthead, agenda items, title, paragraphs and footnotes. */
export function unDocumentStage(doc: Doc, _ctx: Context): Doc {
  if (doc.kind !== "un-document") return doc;
  const { body, outOfSequence, notes } = readUnDocument(doc.layout);
  doc.unDocument = body;
  if (body.symbol === null) addWarning(doc, "UNDOC_NO_SYMBOL", "no document symbol found in the masthead");
  for (const n of notes) addWarning(doc, n.code, n.message, n.page, n.line);
  for (const o of outOfSequence) {
    addWarning(doc, "PARAGRAPH_SEQUENCE", `paragraph ${o.number} does not follow paragraph ${o.number - 1 > 0 ? o.number - 1 : 0} in sequence; kept as text`, o.page, o.line);
  }
  const hasText = body.paragraphs.length > 0 || (body.operativeParagraphs?.length ?? 0) > 0;
  if (body.symbol !== null && !hasText) doc.status = doc.status === "failure" ? "failure" : "partial";
  return doc;
}
