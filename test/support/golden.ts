import type { Output } from "../../src/model/output.js";

/**
 * The part of an output a golden file pins: everything a user reads, without the envelope's
 * bookkeeping (sha256, byte counts, classification scores) that would churn on unrelated changes.
 */
export function goldenProjection(out: Output): unknown {
  const common = {
    kind: out.kind,
    status: out.status,
    error: out.error?.code ?? null,
    warnings: out.warnings.map((w) => w.code),
    resolutions: out.references.resolutions.map((r) => ({ symbol: r.symbol, date: r.date })),
    documents: out.references.documents.map((r) => r.symbol),
  };
  if (out.kind === "compact") {
    return {
      ...common,
      title: out.title,
      year: out.year,
      manager: out.manager,
      counterpart: out.counterpart,
      entity: out.entity,
      sections: out.sections,
      objectives: out.objectives.map((o) => ({
        id: o.id,
        section: o.section,
        objective: o.objective,
        accomplishments: o.accomplishments,
        measures: o.measures,
        extra: o.extra,
        pages: o.provenance.pages,
      })),
      missions: out.missions,
      challenges: out.challenges,
      signatures: out.signatures,
    };
  }
  if (out.kind === "un-document") {
    const { symbol, distribution, date, originalLanguage, session, agendaItems, title, subtitle, paragraphs, footnotes } = out;
    return { ...common, symbol, distribution, date, originalLanguage, session, agendaItems, title, subtitle, paragraphs, footnotes };
  }
  return common;
}
