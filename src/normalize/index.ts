import type { Context, Doc } from "../model/doc.js";

/**
 * Canonical forms (symbols, dates, units) are computed by the recognisers through the pure
 * functions of this folder (symbol.ts, date.ts, target.ts, text.ts), so the spans they return
 * already carry their `normalized` value. This stage only puts the entity list in reading order
 * (stable across recognisers) so outputs diff cleanly.
 */
export function normalizeStage(doc: Doc, _ctx: Context): Doc {
  doc.entities = [...doc.entities].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  return doc;
}
