/**
 * Truth for one document, in the format of test/support/score.mjs (see test/corpus/README.md for
 * the conventions), plus a `structure` block that the output model does not carry yet.
 */
import { measureText, docFeatures, rowFeatures } from "./common.mjs";

const EXTRA_KEY = { risks: "risksAndMitigations", baseline: "baseline", target: "target" };

export function truthOf(doc) {
  const rows = [];
  const structure = { features: docFeatures(doc), rows: [] };
  for (const s of doc.sections) {
    const t = s.table;
    for (const r of s.rows) {
      const row = { section: s.id, objective: r.objective, accomplishments: [...r.accomplishments], measures: r.measures.map((m) => measureText(m, t)) };
      for (const c of ["risks", "baseline", "target"]) {
        if (!t.cols.includes(c)) continue;
        row[EXTRA_KEY[c]] = c === "risks" ? r.risks.flat() : r.measures.map((m) => m[c]);
      }
      rows.push(row);
      structure.rows.push({
        section: s.id,
        objective: r.objective,
        features: rowFeatures(doc, s, r),
        measures: r.measures.map((m) => ({
          // Which accomplishment a measure belongs to is visible only where sub-rows pair them.
          accomplishment: t.cols.includes("acc") && t.subrows !== "flat" ? m.acc : null,
          target: t.cols.includes("target") ? m.target : null,
          baseline: t.cols.includes("baseline") ? m.baseline : null,
        })),
      });
    }
  }
  return {
    kind: "compact",
    year: doc.year,
    manager: { name: doc.manager.name, title: doc.manager.title },
    counterpart: { name: doc.counterpart.name, title: doc.counterpart.title },
    entity: doc.entity.name,
    signedOn: doc.signatures.map((x) => x.date.iso),
    rows,
    missions: doc.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [...doc.resolutions],
    documents: [...doc.documents],
    resolutionDates: { ...doc.resolutionDates },
    challenges: doc.challenges.length,
    structure,
  };
}
