import type { Context, Doc } from "../model/doc.js";

// PLACEHOLDER until the UN-document issue lands.
export function unDocumentStage(doc: Doc, _ctx: Context): Doc {
  if (doc.kind !== "un-document") return doc;
  doc.unDocument = {
    symbol: null, distribution: null, date: null, originalLanguage: null, session: null,
    agendaItems: [], title: null, subtitle: null, paragraphs: [], footnotes: [],
  };
  return doc;
}
