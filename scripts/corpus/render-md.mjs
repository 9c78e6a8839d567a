/**
 * Markdown rendering (GFM). Conventions (also in test/corpus/README.md):
 * - a table row per printed sub-row; a cell spanned in the HTML (rowspan) is written in its first
 *   sub-row and left empty in the following ones, which a reader takes as "same as above";
 * - several items in one cell are joined with `<br>`, each keeping its printed marker;
 * - an objective printed as a spanning row or as a heading becomes a paragraph above its own table
 *   (`**Objective:** To …` or `**To …**`), since GFM has no colspan;
 * - running headers, footers and page numbers do not exist in Markdown; footnotes are `[^n]`.
 */
import { headerLines, markerText, quirk, measureText, dateText } from "./common.mjs";

const cellEsc = (s) => s.replace(/\|/g, "\\|");

export function renderMarkdown(doc) {
  const p = doc.plan;
  const T = (s) => quirk(s, p);
  const out = [];
  // Lists outside tables are Markdown bullet lists; a printed marker other than a plain bullet stays in the text.
  const list = (xs, style) => xs.map((x, i) => { const m = markerText(style, i); return `- ${m && m !== "-" && m !== "•" ? m + " " : ""}${T(x)}`; });
  const cellItems = (xs, style) => cellEsc(xs.map((x, i) => { const m = style === "html-list" ? "•" : markerText(style, i); return `${m ? m + " " : ""}${T(x)}`; }).join("<br>"));
  const mgr = doc.manager, sg = doc.counterpart, year = String(doc.year);

  if (p.preamble === "header-block") out.push(`**${T(mgr.name)}**  \n${T(mgr.title)}  \n${year}`);
  if (p.title !== "none") {
    let title = doc.titleWords;
    if (p.title === "year-prefix") title = `${year} ${title}`;
    if (p.title === "for-year") title = `${title} for ${year}`;
    if (doc.entityPlacement === "title") title += `: ${doc.entity.name.toUpperCase()}`;
    out.push(`# ${T(title)}`);
  }
  if (doc.entityPlacement === "label") out.push(`**DEPARTMENT/OFFICE:** ${T(doc.entity.name)}`);
  if (p.preamble === "between") out.push(T(`Between ${mgr.honorific} ${mgr.name}, ${mgr.title}, and the Secretary-General, ${sg.honorific} ${sg.name}, for the period from 1 January to 31 December ${year}.`));
  else if (p.preamble === "first-person") out.push(T(`${mgr.name}, ${mgr.title}, will strive to advance the purposes of the Charter of the United Nations and the mandates given to ${doc.pronoun} by Member States. I commit to achieve the results set out below and to manage the resources placed at my disposal with integrity and care.`));
  else out.push(T(`I commit myself to exercising the authority delegated to me by the Secretary-General in accordance with the regulations and rules of the Organization, and to pursuing the results set out below in ${year}.`));
  for (const x of doc.prose) out.push(`${T(x.text)}${x.foot ? `[^${x.foot}]` : ""}`);
  if (doc.missionsList.length) out.push(T(doc.missionsLead), list(doc.missionsList, p.otherMarker).join("\n"));

  for (const s of doc.sections) {
    for (const [level, h] of s.headings) out.push(`${level === "part" ? "##" : "###"} ${T(h)}`);
    if (s.leadIn) out.push(T(s.leadIn));
    const t = s.table;
    const head = `| ${t.cols.map((c) => headerLines(c, t).map(T).join("<br>")).join(" | ")} |\n|${t.cols.map(() => "---").join("|")}|`;
    const markerOf = (c) => (c === "acc" ? t.accMarker : c === "meas" ? t.measMarker : c === "risks" ? t.otherMarker : "none");
    const body = [];
    const flush = () => { if (body.length) { out.push(`${head}\n${body.join("\n")}`); body.length = 0; } };
    for (const r of s.rows) {
      if (t.objective !== "column") { flush(); out.push(t.objective === "spanning-row" ? `**Objective:** ${T(r.objective)}` : `**${T(r.objective)}**`); }
      for (const line of subRows(r, t, cellItems, markerOf, T)) body.push(line);
      if (t.objective !== "column") flush();
    }
    flush();
  }
  if (doc.challenges.length) out.push(`**${doc.plan.sections === "roman" ? "III. CHALLENGES" : "Challenges"}**`, list(doc.challenges, p.otherMarker).join("\n"));
  for (const x of doc.signatures) {
    out.push([T(x.name), T(x.title), ...(doc.entityPlacement === "signature" && x.entity ? [T(x.entity)] : []), `Date: ${dateText(x.date, doc.dateStyle)}`].join("  \n"));
  }
  doc.footnotes.forEach((f, i) => out.push(`[^${i + 1}]: ${T(f)}`));
  return out.join("\n\n") + "\n";
}

function subRows(r, t, cellItems, markerOf, T) {
  const mtext = (m) => measureText(m, t);
  const groups = r.accomplishments.length ? r.accomplishments.map((a, g) => ({ acc: a, measures: r.measures.filter((m) => m.acc === g), risks: r.risks?.[g] ?? [] })) : [{ acc: null, measures: r.measures, risks: r.risks?.[0] ?? [] }];
  const obj = cellItems([r.objective], "none");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  if (t.subrows === "flat") {
    const by = { obj, acc: cellItems(r.accomplishments, markerOf("acc")), meas: cellItems(r.measures.map(mtext), markerOf("meas")), risks: cellItems((r.risks ?? []).flat(), markerOf("risks")) };
    return [line(t.cols.map((c) => by[c]))];
  }
  if (t.subrows === "rowspan") {
    return groups.map((g, gi) => {
      const by = { obj: gi === 0 ? obj : "", acc: cellItems([g.acc], markerOf("acc")), meas: cellItems(g.measures.map(mtext), markerOf("meas")), risks: cellItems(g.risks, markerOf("risks")) };
      return line(t.cols.map((c) => by[c]));
    });
  }
  const out = [];
  let first = true;
  for (const g of groups) {
    g.measures.forEach((m, mi) => {
      const by = {
        obj: first ? obj : "",
        acc: mi === 0 && g.acc ? cellItems([g.acc], markerOf("acc")) : "",
        risks: mi === 0 ? cellItems(g.risks, markerOf("risks")) : "",
        meas: cellItems([mtext(m)], markerOf("meas")),
        baseline: cellItems([m.baseline], "none"),
        target: cellItems([m.target], "none"),
      };
      out.push(line(t.cols.map((c) => by[c])));
      first = false;
    });
  }
  return out;
}
