// Rows exact of one extract() output against a corpus truth, as scripts/corpus/rows.mjs counts them
// (objective matched by its normalised text; accomplishments, measures and every extra column
// compared item by item after normalising). Shared by rows.mjs and scripts/dev/compare-builds.mjs.
export const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);

/** The extract() format of a manifest rendering key (`lo.txt`, `pdf`, `md` …), or undefined. */
export const formatOfKey = (k) => (/(^|\.)pdf$/.test(k) ? "pdf" : /(^|\.)txt$/.test(k) ? "text" : /(^|\.)md$/.test(k) ? "markdown" : undefined);

/** `{ exact, diffs }`: how many truth rows the output reads exactly, and a line per miss. */
export function rowsExact(out, truth) {
  let exact = 0;
  const diffs = [];
  for (const t of truth.rows) {
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    if (!hit) { diffs.push(`  MISSING obj "${t.objective.slice(0, 90)}"`); continue; }
    const cmp = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures],
      ...Object.keys(t).filter((k) => !STANDARD.has(k)).map((k) => [k, hit.extra?.[k] ?? [], t[k]])];
    const bad = cmp.filter(([, got, want]) => JSON.stringify((got ?? []).map(text).map(norm)) !== JSON.stringify(want.map(norm)));
    if (!bad.length) { exact++; continue; }
    diffs.push(`  ROW "${t.objective.slice(0, 70)}"`);
    for (const [k, got, want] of bad) diffs.push(`    ${k}: got ${JSON.stringify((got ?? []).map(text))}\n    ${k}: want ${JSON.stringify(want)}`);
  }
  return { exact, diffs };
}
