import type { Context, Doc } from "../model/doc.js";

// PLACEHOLDER: canonical forms are filled by the entities recognisers for now.
export function normalizeStage(doc: Doc, _ctx: Context): Doc {
  return doc;
}
