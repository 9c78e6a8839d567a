/**
 * The truth of a document of model.mjs, in the format test/support/score.mjs reads (the same as
 * test/corpus): frame fields, entity lists, one row per objective, plus a `structure` block.
 */
import { EXTRA_KEY } from "./model.mjs";
import { plain } from "./text.mjs";

/** Table features that depend on the document's style rather than on the table's layout. */
export function styleRowFeatures(st) {
  const out = [];
  if (st.headerRepeat) out.push("header-repeated");
  if (st.vcenter) out.push("cells-vcenter");
  if (st.padding >= 100) out.push("cells-padding");
  if (st.headerShade) out.push("header-shaded");
  return out;
}

export function truthOf(doc) {
  const rows = doc.rows.map((row) => {
    const L = doc.tables.find((t) => t.rows.includes(row)).layout;
    const t = {
      section: row.section,
      objective: plain(row.objective),
      accomplishments: row.subs.map((s) => s.acc).filter((a) => a !== null).map(plain),
      measures: row.subs.flatMap((s) => s.measures.map((m) => plain(m.text))),
    };
    if (L.risks) t[EXTRA_KEY.risks] = row.subs.flatMap((s) => s.risks.map(plain));
    if (L.kinds.includes("baseline")) t[EXTRA_KEY.baseline] = row.subs.flatMap((s) => s.measures.map((m) => plain(m.baseline)));
    if (L.kinds.includes("target")) t[EXTRA_KEY.target] = row.subs.flatMap((s) => s.measures.map((m) => plain(m.target)));
    return t;
  });
  const structureRows = doc.rows.map((row) => {
    const L = doc.tables.find((t) => t.rows.includes(row)).layout;
    const paired = L.subrows !== "flat" && !L.noAcc;
    return {
      section: row.section,
      objective: plain(row.objective),
      features: [...row.features, ...styleRowFeatures(doc.style)],
      measures: row.subs.flatMap((s, si) => s.measures.map((m) => ({
        accomplishment: paired ? si : null,
        target: L.kinds.includes("target") ? plain(m.target) : null,
        baseline: L.kinds.includes("baseline") ? plain(m.baseline) : null,
      }))),
    };
  });
  return {
    kind: "compact",
    year: doc.year,
    manager: { name: doc.manager.name, title: doc.manager.title },
    counterpart: doc.counterpart,
    entity: doc.entity.name,
    signedOn: doc.signedOn,
    missions: doc.missions,
    resolutions: doc.resolutions,
    documents: doc.documents,
    resolutionDates: doc.resolutionDates,
    challenges: doc.challenges,
    rows,
    structure: { features: [...doc.features].sort(), rows: structureRows },
  };
}
