import type { Context, Doc } from "../model/doc.js";

// PLACEHOLDER until the table stage lands: reads no rows.
export function tablesStage(doc: Doc, _ctx: Context): Doc {
  return doc;
}
