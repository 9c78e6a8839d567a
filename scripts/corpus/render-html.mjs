/**
 * HTML for both producers. Chromium reads the CSS (including @page margin boxes for the running
 * header and `Page N of M`); LibreOffice's HTML import ignores most cell CSS, so every table also
 * carries the old attributes it does read (border, cellpadding, width, valign, rowspan/colspan,
 * <col width>). LibreOffice drops page headers/footers from HTML: generate.mjs adds them to its
 * intermediate Flat ODT from `doc.runningHeader` and the page-footer flag.
 */
import { headerLines, markerText, quirk, measureText, dateText } from "./common.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Relative column widths (narrow number columns make their headers wrap). */
const WIDTH = { obj: 26, acc: 24, meas: 30, risks: 22, baseline: 10, target: 10 };

export function renderHtml(doc) {
  const p = doc.plan;
  const T = (s) => esc(quirk(s, p));
  const out = [];
  const items = (list, style) => {
    if (!list.length) return "";
    if (style === "html-list") return `<ul>${list.map((x) => `<li>${T(x)}</li>`).join("")}</ul>`;
    return list.map((x, i) => { const m = markerText(style, i); return `<p>${m ? esc(m) + " " : ""}${T(x)}</p>`; }).join("");
  };
  const year = String(doc.year);
  const mgr = doc.manager, sg = doc.counterpart;

  // Frame.
  if (p.preamble === "header-block") out.push(`<p class="hb"><b>${T(mgr.name)}</b></p><p class="hb">${T(mgr.title)}</p><p class="hb">${year}</p>`);
  if (p.title !== "none") {
    let title = doc.titleWords;
    if (p.title === "year-prefix") title = `${year} ${title}`;
    if (p.title === "for-year") title = `${title} for ${year}`;
    if (doc.entityPlacement === "title") title += `: ${doc.entity.name.toUpperCase()}`;
    out.push(`<p class="title" align="center"><b>${T(title)}</b></p>`);
  }
  if (doc.entityPlacement === "label") out.push(`<p><b>DEPARTMENT/OFFICE:</b> ${T(doc.entity.name)}</p>`);
  const prose = [];
  if (p.preamble === "between") prose.push(`Between ${mgr.honorific} ${mgr.name}, ${mgr.title}, and the Secretary-General, ${sg.honorific} ${sg.name}, for the period from 1 January to 31 December ${year}.`);
  else if (p.preamble === "first-person") prose.push(`${mgr.name}, ${mgr.title}, will strive to advance the purposes of the Charter of the United Nations and the mandates given to ${doc.pronoun} by Member States. I commit to achieve the results set out below and to manage the resources placed at my disposal with integrity and care.`);
  else prose.push(`I commit myself to exercising the authority delegated to me by the Secretary-General in accordance with the regulations and rules of the Organization, and to pursuing the results set out below in ${year}.`);
  const proseHtml = [
    ...prose.map((x) => `<p>${T(x)}</p>`),
    ...doc.prose.map((x) => `<p>${T(x.text)}${x.foot ? `<a class="sdfootnoteanc" name="sdfootnote${x.foot}anc" href="#sdfootnote${x.foot}sym"><sup>${x.foot}</sup></a>` : ""}</p>`),
  ];
  if (doc.missionsList.length) proseHtml.push(`<p>${T(doc.missionsLead)}</p>`, items(doc.missionsList, p.otherMarker));
  // Two-column prose: LibreOffice's HTML import never closes a CSS multi-column <div> (the rest
  // of the document would flow in two columns), so both producers get a borderless two-cell layout
  // table, split where the text length is halved — on paper the same as newspaper columns.
  if (p["two-column-prose"]) {
    const total = proseHtml.reduce((a, x) => a + x.length, 0);
    let acc = 0, cut = proseHtml.length;
    for (let i = 0; i < proseHtml.length; i++) { acc += proseHtml[i].length; if (acc >= total / 2) { cut = i + 1; break; } }
    out.push(`<table class="cols" border="0" cellspacing="0" cellpadding="6" width="100%"><col width="50%"><col width="50%"><tr><td valign="top" width="50%" style="padding: 0 10pt 0 0">${proseHtml.slice(0, cut).join("\n")}</td><td valign="top" width="50%" style="padding: 0 0 0 10pt">${proseHtml.slice(cut).join("\n")}</td></tr></table>`);
  } else out.push(proseHtml.join("\n"));
  doc.footnotes.forEach((f, i) => out.push(`<div id="sdfootnote${i + 1}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote${i + 1}sym" href="#sdfootnote${i + 1}anc">${i + 1}</a> ${T(f)}</p></div>`));

  // Sections.
  for (const s of doc.sections) {
    for (const [level, h] of s.headings) out.push(level === "part" ? `<h2>${T(h)}</h2>` : `<h3>${T(h)}</h3>`);
    if (s.leadIn) out.push(`<p>${T(s.leadIn)}</p>`);
    out.push(tables(s, doc, T, items));
  }

  if (doc.challenges.length) {
    out.push(`<p><b>${doc.plan.sections === "roman" ? "III. CHALLENGES" : "Challenges"}</b></p>`);
    out.push(items(doc.challenges, p.otherMarker));
  }

  // Signatures.
  const sigBlock = (x) => [`<p>_______________________</p>`, `<p>${T(x.name)}</p>`, `<p>${T(x.title)}</p>`, ...(doc.entityPlacement === "signature" && x.entity ? [`<p>${T(x.entity)}</p>`] : []), `<p>Date: ${dateText(x.date, doc.dateStyle)}</p>`].join("");
  if (p.signatures === "side-by-side") out.push(`<table class="sig" border="0" cellspacing="0" cellpadding="4" width="100%"><tr><td valign="top" width="50%">${sigBlock(doc.signatures[0])}</td><td valign="top" width="50%">${sigBlock(doc.signatures[1])}</td></tr></table>`);
  else out.push(`<div class="sig">${sigBlock(doc.signatures[0])}<p>&nbsp;</p>${sigBlock(doc.signatures[1])}</div>`);

  const border = p.ruled ? "0.75pt solid #000" : "none";
  const margin = `@top-right { content: "${doc.runningHeader.replace(/"/g, '\\"')}"; font-size: 7pt; font-family: "${doc.font}" }`;
  const footer = `@bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 7pt; font-family: "${doc.font}" }`;
  const css = [
    `@page { size: A4${p.landscape ? " landscape" : ""}; margin: 1.8cm 1.6cm; ${p["running-header"] ? margin : ""} ${p["page-footer"] ? footer : ""} }`,
    `body, p, td, th, li { font-family: "${doc.font}"; font-size: ${doc.fontSize}pt }`,
    `p { margin: 0 0 4pt 0 }`,
    `h2 { font-size: ${doc.fontSize + 2}pt; margin: 8pt 0 4pt 0 } h3 { font-size: ${doc.fontSize + 1}pt; margin: 6pt 0 4pt 0 }`,
    `table.grid { border-collapse: collapse; width: 100% }`,
    `table.grid td, table.grid th { border: ${border}; padding: 3pt; vertical-align: top }`,
    `table.grid td.mid { vertical-align: middle }`,
    `td p, th p { margin: 0 0 2pt 0 } ul { margin: 0; padding-left: 12pt }`,
    `.sdfootnote { font-size: ${doc.fontSize - 1}pt; border-top: 0.5pt solid #000 }`,
    `.title { font-size: ${doc.fontSize + 3}pt; text-align: center }`,
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(doc.id)}</title>
<style>
${css}
</style></head><body>
${out.join("\n")}
</body></html>
`;
}

/** The table(s) of one section. */
function tables(s, doc, T, items) {
  const t = s.table, p = doc.plan;
  const total = t.cols.reduce((a, c) => a + WIDTH[c], 0);
  const colgroup = t.cols.map((c) => `<col width="${Math.round((100 * WIDTH[c]) / total)}%">`).join("");
  const head = `<tr>${t.cols.map((c) => `<th valign="top">${headerLines(c, t).map(T).join("<br>")}</th>`).join("")}</tr>`;
  const open = (withHead) => `<table class="grid" border="${p.ruled ? 1 : 0}" cellspacing="0" cellpadding="4" width="100%">${colgroup}${withHead ? (t.repeated ? `<thead>${head}</thead><tbody>` : `<tbody>${head}`) : "<tbody>"}`;
  const valign = t.vcenter ? ` valign="middle" class="mid"` : ` valign="top"`;
  const cell = (html, span = 1) => `<td${span > 1 ? ` rowspan="${span}"` : ""}${valign}>${html}</td>`;
  const markerOf = (c) => (c === "acc" ? t.accMarker : c === "meas" ? t.measMarker : c === "risks" ? t.otherMarker : "none");
  const out = [];
  if (t.objective !== "heading") out.push(open(true));
  for (const r of s.rows) {
    if (t.objective === "heading") out.push(`<p class="objh"><b>${T(r.objective)}</b></p>`, open(true));
    if (t.objective === "spanning-row") out.push(`<tr><td colspan="${t.cols.length}" valign="top"><p><b>Objective:</b> ${T(r.objective)}</p></td></tr>`);
    out.push(subRows(r, t, cell, items, markerOf, T));
    if (t.objective === "heading") out.push("</tbody></table>");
  }
  if (t.objective !== "heading") out.push("</tbody></table>");
  return out.join("\n");
}

/** An objective's rows: one (flat), one per accomplishment (rowspan) or one per measure. */
function subRows(r, t, cell, items, markerOf, T) {
  const mtext = (m) => measureText(m, t);
  const groups = r.accomplishments.length ? r.accomplishments.map((a, g) => ({ acc: a, measures: r.measures.filter((m) => m.acc === g), risks: r.risks?.[g] ?? [] })) : [{ acc: null, measures: r.measures, risks: r.risks?.[0] ?? [] }];
  const objCell = (span) => cell(`<p>${T(r.objective)}</p>`, span);
  const rows = [];
  if (t.subrows === "flat") {
    const by = { obj: () => objCell(1), acc: () => cell(items(r.accomplishments, markerOf("acc"))), meas: () => cell(items(r.measures.map(mtext), markerOf("meas"))), risks: () => cell(items((r.risks ?? []).flat(), markerOf("risks"))) };
    rows.push(`<tr>${t.cols.map((c) => by[c]()).join("")}</tr>`);
  } else if (t.subrows === "rowspan") {
    groups.forEach((g, gi) => {
      const by = { obj: () => (gi === 0 ? objCell(groups.length) : ""), acc: () => cell(items([g.acc], markerOf("acc"))), meas: () => cell(items(g.measures.map(mtext), markerOf("meas"))), risks: () => cell(items(g.risks, markerOf("risks"))) };
      rows.push(`<tr>${t.cols.map((c) => by[c]()).join("")}</tr>`);
    });
  } else {
    let first = true;
    for (const g of groups) {
      g.measures.forEach((m, mi) => {
        const by = {
          obj: () => (first ? objCell(r.measures.length) : ""),
          acc: () => (mi === 0 ? cell(items([g.acc], markerOf("acc")), g.measures.length) : ""),
          risks: () => (mi === 0 ? cell(items(g.risks, markerOf("risks")), g.measures.length) : ""),
          meas: () => cell(items([mtext(m)], markerOf("meas"))),
          baseline: () => cell(`<p>${T(m.baseline)}</p>`),
          target: () => cell(`<p>${T(m.target)}</p>`),
        };
        rows.push(`<tr>${t.cols.map((c) => by[c]()).join("")}</tr>`);
        first = false;
      });
    }
  }
  return rows.join("\n");
}
