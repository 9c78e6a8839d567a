import type { Context, Doc } from "../model/doc.js";

export function emptyCompact(): NonNullable<Doc["compact"]> {
  return {
    title: null, year: null, manager: null, counterpart: null, entity: null,
    sections: [], objectives: [], missions: [], challenges: [], signatures: [],
  };
}

// PLACEHOLDER: metadata reading lands with the foundation issue.
export function compactStage(doc: Doc, _ctx: Context): Doc {
  if (doc.kind !== "compact") return doc;
  doc.compact = emptyCompact();
  return doc;
}
