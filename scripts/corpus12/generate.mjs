#!/usr/bin/env node
/**
 * Twelfth compact corpus (test/corpus12: dev12, holdout12) — an independent tenth generator for
 * issue 11. One data model per document drives three producers no earlier corpus used — a real
 * .docx written by python-docx and printed by LibreOffice, groff/tbl (-ms -Tpdf), ReportLab
 * platypus — plus `pdftotext -layout` of the .docx print, a Markdown rendering and the truth.
 *
 *   node scripts/corpus12/generate.mjs            # everything (python3-docx, python3-reportlab, groff, soffice, pdftotext)
 *   node scripts/corpus12/generate.mjs --no-pdf   # specs, groff sources, Markdown, truth, manifest (PDF fields kept)
 *   node scripts/corpus12/generate.mjs --check    # draws again in memory: truth, Markdown, the specs' sha256, features
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFICES, MANAGERIAL, PRIORITY_AREAS, CHALLENGES, FIRST, LAST } from "./banks.mjs";
import { prng } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { sha, truthText } from "../corpus/harness.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--no-pdf"]);

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const OUT = join(ROOT, "test", "corpus12");
const SEED = 121212;
const PY = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const args = process.argv.slice(2);
const CHECK = args.includes("--check");
const NO_PDF = args.includes("--no-pdf");


const SG = (y) => (y <= 2006 ? { name: "Kofi A. Annan", mr: "Mr. Kofi A. Annan" } : y <= 2016 ? { name: "Ban Ki-moon", mr: "Mr. Ban Ki-moon" } : { name: "António Guterres", mr: "Mr. António Guterres" });
const era = (y) => (y <= 2010 ? "a" : y <= 2016 ? "b" : y <= 2018 ? "c" : "d");

/** The table designs this corpus crosses (README: none of corpora 8–11 has them in this form). */
const DESIGNS = ["numcol/flat/4", "spanning/grouped/4", "combined/2", "continued/3", "column/subrows-target/4"];
/** Item markers: typed ones, and Word's own list numbering (docx only; the other producers type them). */
const MARKERS = ["•", "–", "(a)", "(i)", "1.", "o", "▪", "➢", "none", "word-bullet", "word-number", "-"];
const SCOPES = ["at Headquarters", "in field missions", "at offices away from Headquarters", "in the regional commissions"];
const RULES_RULED = ["grid", "box-header"];
const RULES_BORDERLESS = ["none", "header-rules"];

function fmtValue(ind, v, pct) {
  if (ind.unit === "%") return pct === "per-cent" ? `${v} per cent` : `${v}%`;
  if (ind.unit === "days") return `${v} days`;
  return v >= 1000 ? v.toLocaleString("en-US") : String(v);
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function caseOf(label, hc) { return hc === "upper" ? label.toUpperCase() : hc === "title" ? label.replace(/\b([a-z])([a-z]+)/g, (m, a, b) => (["and", "of"].includes(m) ? m : a.toUpperCase() + b)) : label; }

/** Plan every document: the split, office, year, style and tables. */
function plan() {
  const r = prng(SEED);
  const docs = [];
  const N = 32;
  let designCursor = 0, markerRuled = 0, markerBorderless = 0;
  for (let i = 0; i < N; i++) {
    const split = i % 8 === 2 || i % 8 === 5 || i % 8 === 7 ? "holdout12" : "dev12";
    const office = OFFICES[i % OFFICES.length];
    const year = r.int(Math.max(2006, office.from), office.to);
    const ruled = i % 2 === 0;
    const style = {
      ruled,
      rules: ruled ? RULES_RULED[(i >> 1) % 2] : RULES_BORDERLESS[(i >> 1) % 2],
      font: ["serif", "sans", "sans-narrow"][(i >> 1) % 3],
      size: r.pick([10, 10.5, 11, 9.5]),
      paper: r.chance(0.5) ? "a4" : "letter",
      landscape: i % 3 === 0,
      repeatHeader: r.chance(0.7),
      headerCase: ["sentence", "title", "upper"][i % 3],
      headerPlural: r.chance(0.5),
      pct: r.chance(0.35) ? "per-cent" : "percent-sign",
      signatures: i % 2 === (i >> 2) % 2 ? "side-by-side" : "stacked",
      missionsAs: ["list", "sentence", "prose"][i % 3],
      challengeMarker: ["•", "(a)", "1.", "–", "none"][i % 5],
      summary: i % 4 === 1 || i % 4 === 2,
      footnotes: i % 3 === 1,
      runningHeader: r.chance(0.6),
      footer: ["page-n-of-m", "page-n", "none"][i % 3],
      hyphenate: i % 6 === 1 || i % 6 === 4,
      spanLabel: ["Objective N: ", "Objective: ", ""][i % 3],
      numcol: (i >> 1) % 2 === 0 ? "decimal" : "section",
    };
    const nTables = r.int(4, 5);
    const tables = [];
    for (let t = 0; t < nTables; t++) {
      const design = DESIGNS[(designCursor++) % DESIGNS.length];
      const take = () => { const m = ruled ? MARKERS[(markerRuled++) % MARKERS.length] : MARKERS[(markerBorderless++) % MARKERS.length]; return m; };
      tables.push({ design, accMarker: take(), measMarker: take(), managerial: t === nTables - 1, footnoteMark: style.footnotes && t === 1 });
    }
    docs.push({ i, split, office, year, style, tables });
  }
  // Ids per split in order.
  const counters = {};
  for (const d of docs) { counters[d.split] = (counters[d.split] ?? 0) + 1; d.id = `${d.split === "dev12" ? "d12" : "h12"}-${String(counters[d.split]).padStart(3, "0")}`; }
  return docs;
}

/** Draw one document's content (rows, frame) from its plan. */
function draw(p) {
  const r = prng(SEED * 7 + p.i * 101);
  const { office, year, style } = p;
  const sg = SG(year);
  const manager = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const honorific = r.chance(0.5) ? "Ms." : "Mr.";
  const session = year - 1946;
  const budgetRes = `A/RES/${session}/${r.int(236, 268)}`;
  const budgetDoc = `A/${session}/6 (Sect. ${office.section}${office.sectionSuffix ?? ""})`;
  const active = MISSIONS.filter((m) => m.start <= year && m.end >= year && (m.kind === "political" || m.kind === "peacekeeping") && !/\s/.test(m.acronym) && !/[IV]$/.test(m.acronym));
  const missions = r.sample(active, r.int(2, 4));
  const bank = (man) => (man ? MANAGERIAL : office);
  const usedObj = new Set();
  const features = new Set();
  const tables = [];
  let objNo = 0;
  for (const [ti, t] of p.tables.entries()) {
    const b = bank(t.managerial);
    const nRows = r.int(3, 4);
    // Base objectives first; then the same aims scoped to a duty station or region, as offices write them.
    const scoped = b.objectives.flatMap((o) => SCOPES.map((q) => `${o} ${q}`));
    const fresh = b.objectives.filter((o) => !usedObj.has(o));
    const objs = [...r.sample(fresh, Math.min(nRows, fresh.length)), ...r.sample(scoped.filter((o) => !usedObj.has(o)), Math.max(0, nRows - fresh.length))];
    const rows = [];
    for (const objective of objs) {
      usedObj.add(objective);
      objNo++;
      const nAcc = t.design === "numcol/flat/4" || t.design === "continued/3" ? r.int(1, 3) : r.int(1, 3);
      const accs = r.sample(b.accomplishments, nAcc);
      const measures = [];
      if (t.design === "numcol/flat/4" || t.design === "continued/3") {
        for (const ind of r.sample(b.indicators, r.int(1, 4))) measures.push({ text: ind.t.replace("{v}", fmtValue(ind, r.int(ind.lo, ind.hi), style.pct)), acc: null, target: null, baseline: null });
      } else {
        // Each indicator once per objective: one per accomplishment, then a few more spread over them.
        const pool = r.shuffle(b.indicators);
        const counts = accs.map(() => 1);
        for (let extra = Math.min(pool.length - accs.length, r.int(0, 3)); extra > 0; extra--) counts[r.int(0, accs.length - 1)]++;
        let next = 0;
        accs.forEach((_, ai) => {
          for (const ind of pool.slice(next, (next += counts[ai]))) {
            const base = r.int(ind.lo, ind.hi);
            const tgt = ind.down ? Math.max(ind.lo === 0 ? 0 : 1, Math.round(base * 0.8)) : Math.min(ind.unit === "%" ? 100 : base * 2, Math.round(base * 1.15) + 1);
            if (t.design === "combined/2") measures.push({ text: ind.t.replace("{v}", fmtValue(ind, tgt, style.pct)), acc: ai, target: null, baseline: null });
            else if (t.design === "spanning/grouped/4") measures.push({ text: ind.ind, acc: ai, target: fmtValue(ind, tgt, style.pct), baseline: fmtValue(ind, base, style.pct) });
            else measures.push({ text: ind.ind, acc: ai, target: fmtValue(ind, tgt, style.pct), baseline: null });
          }
        });
      }
      rows.push({ no: objNo, objective, accomplishments: accs, measures, risks: null });
    }
    // A footnote mark on one measure of the table (printed superscript; not part of the item).
    let mark = null;
    if (t.footnoteMark) { mark = { row: 0, measure: rows[0].measures.length - 1, sign: "a", note: "Excluding activities funded from extrabudgetary resources." }; }
    const header = headerLabels(t.design, style, r);
    tables.push({ ...t, rows, header, mark, cutRow: t.design === "continued/3" ? Math.min(1, rows.length - 1) : null });
  }
  return { manager, honorific, sg, session, budgetRes, budgetDoc, missions, tables,
    challenges: r.sample(CHALLENGES, r.int(3, 5)),
    dates: [`${year}-0${r.int(1, 3)}-${String(r.int(10, 28))}`, null],
    summaryAreas: r.sample(PRIORITY_AREAS, 3) };
}

function headerLabels(design, style, r) {
  const pl = style.headerPlural;
  const acc = r.pick(pl ? ["Expected accomplishments", "Expected results", "Outcomes"] : ["Expected accomplishment", "Expected result", "Outcome"]);
  const meas = r.pick(pl ? ["Performance measures", "Indicators of achievement", "Key performance indicators"] : ["Performance measure", "Indicator of achievement", "Key performance indicator"]);
  const obj = pl ? "Objectives" : "Objective";
  const c = (s) => caseOf(s, style.headerCase);
  const vocab = { acc: acc.toLowerCase().replace(/s$/, "").replace(/ /g, "-"), meas: meas.toLowerCase().replace(/s$/, "").replace(/ /g, "-").replace(/indicators-of/, "indicator-of") };
  switch (design) {
    case "numcol/flat/4": return { top: [c("No."), c(obj), c(acc), c(meas)], vocab };
    case "spanning/grouped/4": return { group: c(meas), top: [c(acc)], low: [c("Indicator"), c("Baseline"), c("Target")], vocab };
    case "combined/2": return { top: [c(obj), c(`${acc} and ${meas.charAt(0).toLowerCase()}${meas.slice(1)}`)], vocab };
    case "continued/3": return { top: [c(obj), c(acc), c(meas)], vocab };
    default: return { top: [c(obj), c(acc), c(meas), c("Target")], vocab };
  }
}

/** Paragraphs of a list cell: typed markers as text (`marker`), or Word's numbering (`list`). */
function items(texts, marker, opts = {}) {
  return texts.map((text, k) => {
    if (marker === "none") return { text: text.endsWith(".") ? text : `${text}.`, marker: null, list: null };
    if (marker === "word-bullet") return { text, marker: null, list: "bullet", typed: "•" };
    if (marker === "word-number") return { text, marker: null, list: "number", typed: `${k + 1}.` };
    const m = marker === "(a)" ? `(${"abcdefgh"[k]})` : marker === "(i)" ? `(${["i", "ii", "iii", "iv", "v", "vi"][k]})` : marker === "1." ? `${k + 1}.` : marker;
    return { text, marker: m, list: null, ...opts };
  });
}
/** The truth text of an item (unmarked lists end with their full stop, as printed). */
const itemTruth = (text, marker) => (marker === "none" && !text.endsWith(".") ? `${text}.` : text);

/**
 * The printed grid of one table: header rows and body rows of cells
 * `{ paras: [{text, bold, italic, marker, list, sup}], span?: "h"|"v" }` (a covered cell names what
 * covers it), plus where the table is cut by hand (`continued/3`).
 */
function grid(t, d, style, objLabel) {
  const P = (text, o = {}) => ({ text, marker: null, list: null, ...o });
  const cell = (paras) => ({ paras });
  const H = { span: "h" }, V = { span: "v" };
  const header = [];
  let ncols;
  if (t.design === "spanning/grouped/4") {
    ncols = 4;
    header.push([cell([P(t.header.top[0], { bold: true })]), cell([P(t.header.group, { bold: true })]), H, H]);
    header.push([V, ...t.header.low.map((l) => cell([P(l, { bold: true })]))]);
  } else {
    ncols = t.header.top.length;
    header.push(t.header.top.map((l) => cell([P(l, { bold: true })])));
  }
  const parts = [[]];
  const body = parts[0];
  const supOf = (ri, mi) => (t.mark && t.mark.row === ri && t.mark.measure === mi ? t.mark.sign : null);
  const measParas = (row, ri, idxs) => items(idxs.map((mi) => row.measures[mi].text), t.measMarker).map((p, k) => ({ ...p, sup: supOf(ri, idxs[k]) }));
  t.rows.forEach((row, ri) => {
    const objText = objLabel(row);
    const allMeas = row.measures.map((_, mi) => mi);
    switch (t.design) {
      case "numcol/flat/4": {
        const no = style.numcol === "decimal" ? `${row.no}.` : `${t.sectionNo}.${ri + 1}`;
        parts.at(-1).push([cell([P(no)]), cell([P(row.objective)]), cell(items(row.accomplishments, t.accMarker)), cell(measParas(row, ri, allMeas))]);
        break;
      }
      case "continued/3": {
        if (ri === t.cutRow) {
          // The row cut by hand: part of its items here, the rest under "(continued)" in a new table.
          const ka = Math.max(1, Math.ceil(row.accomplishments.length / 2)), km = Math.max(1, Math.ceil(row.measures.length / 2));
          const accA = items(row.accomplishments, t.accMarker);
          const meas = measParas(row, ri, allMeas);
          parts.at(-1).push([cell([P(row.objective)]), cell(accA.slice(0, ka)), cell(meas.slice(0, km))]);
          parts.push([]);
          parts.at(-1).push([cell([P("(continued)", { italic: true })]), cell(accA.slice(ka)), cell(meas.slice(km))]);
        } else parts.at(-1).push([cell([P(row.objective)]), cell(items(row.accomplishments, t.accMarker)), cell(measParas(row, ri, allMeas))]);
        break;
      }
      case "combined/2": {
        const paras = [];
        row.accomplishments.forEach((a, ai) => {
          paras.push(P(a, { marker: `(${"abcdefgh"[ai]})` }));
          row.measures.map((m, mi) => [m, mi]).filter(([m]) => m.acc === ai).forEach(([m, mi], k) => paras.push(P(m.text, { marker: `(${["i", "ii", "iii", "iv", "v"][k]})`, indent: 1, sup: supOf(ri, mi) })));
        });
        parts.at(-1).push([cell([P(objText)]), cell(paras)]);
        break;
      }
      case "spanning/grouped/4": {
        parts.at(-1).push([cell([P(objText, { bold: true })]), H, H, H]);
        row.accomplishments.forEach((a, ai) => {
          const ms = row.measures.map((m, mi) => [m, mi]).filter(([m]) => m.acc === ai);
          ms.forEach(([m, mi], k) => parts.at(-1).push([k === 0 ? cell([P(a)]) : V, cell([P(m.text, { sup: supOf(ri, mi) })]), cell([P(m.baseline)]), cell([P(m.target)])]));
        });
        break;
      }
      default: { // column/subrows-target/4: objective merged over accomplishment sub-rows, a target line per measure
        row.accomplishments.forEach((a, ai) => {
          const idxs = row.measures.map((m, mi) => [m, mi]).filter(([m]) => m.acc === ai).map(([, mi]) => mi);
          parts.at(-1).push([ai === 0 ? cell([P(row.objective)]) : V, cell([P(a)]), cell(measParas(row, ri, idxs)), cell(idxs.map((mi) => P(row.measures[mi].target)))]);
        });
      }
    }
  });
  const widths = { "numcol/flat/4": [0.07, 0.31, 0.3, 0.32], "spanning/grouped/4": [0.34, 0.38, 0.14, 0.14], "combined/2": [0.36, 0.64], "continued/3": [0.3, 0.33, 0.37], "column/subrows-target/4": [0.27, 0.28, 0.33, 0.12] }[t.design];
  return { ncols, widths, header, parts, caption: t.caption, note: t.mark ? `${t.mark.sign} ${t.mark.note}` : null };
}

/** The document: blocks for every producer, the truth and the features. */
function build(p) {
  const d = draw(p);
  const { office, year, style } = p;
  const e = era(year);
  const blocks = [];
  const features = new Set([`era:${e}`, style.ruled ? "ruled" : "borderless", `rules:${style.rules}`, `font:${style.font}`, `paper:${style.paper}`, `pct:${style.pct}`, `signatures:${style.signatures}`, `missions:${style.missionsAs}`, `challenge-marker:${style.challengeMarker}`, "challenges", `footer:${style.footer}`]);
  if (style.landscape) features.add("landscape-tables");
  if (style.summary) features.add("summary-table");
  if (style.runningHeader) features.add("running-header");
  if (style.hyphenate) features.add("hyphenate");
  const title = office.title;
  const mgrTitle = title;
  const man = `${d.honorific} ${d.manager}`;
  const missionText = () => {
    const ms = d.missions;
    if (style.missionsAs === "list") return null;
    if (style.missionsAs === "sentence") return `The ${office.acronym === "EO" ? "Office" : office.acronym} also supports the field presences of the Organization, including ${ms.slice(0, -1).map((m) => m.acronym).join(", ")} and ${ms.at(-1).acronym}.`;
    return `In ${year} the Office will continue to work closely with the ${ms.map((m) => `${m.name} (${m.acronym})`).join(", the ")}, whose mandates rely on its support.`;
  };
  // Frame by era.
  if (style.runningHeader) blocks.push({ type: "runningHeader", text: `${office.name} — Senior Manager’s Compact ${year}` });
  if (e === "a") {
    blocks.push({ type: "title", text: `${year} SENIOR MANAGER’S COMPACT` });
    blocks.push({ type: "para", text: `Between ${man}, ${title}, and the Secretary-General, ${d.sg.mr}` });
    blocks.push({ type: "para", text: `DEPARTMENT/OFFICE: ${office.name.toUpperCase()}`, bold: true });
  } else if (e === "b") {
    blocks.push({ type: "title", text: `Senior Manager’s Compact ${year}` });
    blocks.push({ type: "subtitle", text: office.name });
    blocks.push({ type: "para", text: `This compact is concluded between the Secretary-General and ${man}, ${title}, for the period from 1 January to 31 December ${year}.` });
  } else if (e === "c") {
    blocks.push({ type: "title", text: `SENIOR MANAGER’S COMPACT for ${year}` });
    blocks.push({ type: "para", text: `${d.manager}, ${title}, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the ${office.name}. I commit to achieve the objectives detailed below and to manage the resources of the Office responsibly.` });
  } else {
    blocks.push({ type: "headerBlock", lines: [d.manager, title, String(year)] });
    blocks.push({ type: "para", text: `I, ${d.manager}, commit myself to using the authorities delegated to me by the Secretary-General in an accountable way, and to achieving the results set out in this compact.` });
  }
  const sec = e === "d" ? { prog: "SECTION 1 : DELIVERING RESULTS", progSub: "A. ACHIEVING PROGRAMME OBJECTIVES", man: "B. MANAGING RESOURCES", chal: "SECTION 2 : CHALLENGES", ids: ["1.A", "1.B"] }
    : e === "b" ? { prog: "II. Programme objectives and key performance indicators", man: "III. Managerial objectives", chal: "IV. Challenges", ids: ["II", "III"] }
    : e === "c" ? { prog: "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", man: "B. MANAGING RESOURCES", chal: "C. CHALLENGES", ids: ["A", "B"] }
    : { prog: "A. PROGRAMME OBJECTIVES", man: "B. MANAGERIAL OBJECTIVES", chal: "C. CHALLENGES", ids: ["A", "B"] };
  if (e === "b") blocks.push({ type: "heading", text: "I. Introduction" });
  blocks.push({ type: "para", text: `The programme of work of the ${office.name} is set out in the proposed programme budget (${d.budgetDoc}), approved by the General Assembly in its resolution ${d.budgetRes}.`, footnote: style.footnotes ? "The figures are those of the approved programme budget; extrabudgetary resources are shown separately." : null });
  if (style.footnotes) features.add("footnote");
  if (style.missionsAs === "list") {
    blocks.push({ type: "para", text: "The Office supports the following missions:" });
    blocks.push({ type: "list", items: items(d.missions.map((m) => `${m.name} (${m.acronym})`), "•") });
  } else blocks.push({ type: "para", text: missionText() });
  blocks.push({ type: "heading", text: sec.prog });
  if (sec.progSub) blocks.push({ type: "heading", text: sec.progSub, level: 2 });
  if (e === "c") blocks.push({ type: "para", text: `1. I will give special attention to delivering the following results in ${year}.` });
  if (style.summary) {
    blocks.push({ type: "para", text: "Summary of priorities", bold: true });
    const sum = [["No.", "Priority area", "Objectives", "Indicators"].map((l) => ({ paras: [{ text: caseOf(l, style.headerCase), bold: true }] }))];
    d.summaryAreas.forEach((a, k) => sum.push([String(k + 1), a, String(2 + (k % 2)), String(4 + k)].map((x) => ({ paras: [{ text: x }] }))));
    blocks.push({ type: "table", summary: true, grid: { ncols: 4, widths: [0.08, 0.52, 0.2, 0.2], header: [sum[0]], parts: [sum.slice(1)], note: null } });
  }
  const truthRows = [];
  const structRows = [];
  let managerialStarted = false;
  let tableNo = 0;
  for (const t of d.tables) {
    if (t.managerial && !managerialStarted) { blocks.push({ type: "heading", text: sec.man }); managerialStarted = true; }
    const sectionId = t.managerial ? sec.ids[1] : sec.ids[0];
    t.sectionNo = t.managerial ? 2 : 1;
    tableNo++;
    const caption = `Table ${tableNo}`;
    const objLabel = (row) => (t.design === "spanning/grouped/4" ? (style.spanLabel === "Objective N: " ? `Objective ${row.no}: ` : style.spanLabel) + row.objective : row.objective);
    const g = grid(t, d, style, objLabel);
    if (t.design === "continued/3") g.caption = caption;
    blocks.push({ type: "table", design: t.design, repeat: style.repeatHeader, grid: g, caption, landscape: style.landscape });
    const tf = [`design:${t.design}`, `cols:${g.ncols}`, `acc-vocab:${t.header.vocab.acc}`, `meas-vocab:${t.header.vocab.meas}`, `header:${style.headerCase}`];
    if (style.repeatHeader) tf.push("header-repeat");
    const accMarked = !["spanning/grouped/4", "column/subrows-target/4", "combined/2"].includes(t.design);
    if (accMarked) tf.push(`acc-marker:${t.accMarker}`);
    if (["combined/2"].includes(t.design)) tf.push("acc-marker:(a)", "marker:(i)", "cells-combined");
    else if (t.design !== "spanning/grouped/4") tf.push(`marker:${t.measMarker}`);
    if (t.design === "spanning/grouped/4") tf.push("objective:spanning", `objective:label-${style.spanLabel === "Objective N: " ? "objective-n" : style.spanLabel ? "objective" : "bare"}`, "header:grouped", "col:baseline", "col:target", "subrows:measure-rows");
    else tf.push("objective:column");
    if (t.design === "numcol/flat/4") tf.push("col:number", `numcol:${style.numcol}`, "subrows:flat");
    if (t.design === "continued/3") tf.push("rows-continued", "subrows:flat");
    if (t.design === "column/subrows-target/4") tf.push("col:target", "subrows:rowspan", "cells-target-lines");
    if (t.design === "combined/2") tf.push("subrows:combined");
    if (t.mark) tf.push("cells-footnote-mark");
    if (t.managerial) tf.push("managerial");
    tf.forEach((f) => features.add(f));
    for (const row of t.rows) {
      const accMarkerEff = accMarked ? t.accMarker : null;
      const measMarkerEff = t.design === "numcol/flat/4" || t.design === "continued/3" || t.design === "column/subrows-target/4" ? t.measMarker : null;
      const tr = { section: sectionId, objective: row.objective, accomplishments: row.accomplishments.map((a) => itemTruth(a, accMarkerEff)), measures: row.measures.map((m) => itemTruth(m.text, measMarkerEff)) };
      if (t.design === "spanning/grouped/4") { tr.baseline = row.measures.map((m) => m.baseline); tr.target = row.measures.map((m) => m.target); }
      if (t.design === "column/subrows-target/4") tr.target = row.measures.map((m) => m.target);
      truthRows.push(tr);
      structRows.push({ section: sectionId, objective: row.objective, features: tf, measures: row.measures.map((m) => ({ accomplishment: m.acc, target: m.target, baseline: m.baseline })) });
    }
  }
  blocks.push({ type: "heading", text: sec.chal });
  blocks.push({ type: "list", items: items(d.challenges.map((c) => `${c}.`).map((c) => c.replace(/\.\.$/, ".")), style.challengeMarker === "none" ? "none" : style.challengeMarker) });
  const signed = `${year}-0${1 + (p.i % 3)}-${String(10 + (p.i % 18)).padStart(2, "0")}`;
  const sgSigned = `${year}-0${1 + (p.i % 3)}-${String(11 + (p.i % 17)).padStart(2, "0")}`;
  blocks.push({ type: "signatures", mode: style.signatures, blocks: [
    { lines: [d.manager, title, office.name], date: signed },
    { lines: [d.sg.name, "Secretary-General"], date: sgSigned },
  ] });
  const truth = {
    kind: "compact", year, manager: { name: d.manager, title: mgrTitle }, counterpart: { name: d.sg.name, title: "Secretary-General" },
    entity: office.name, signedOn: [signed, sgSigned],
    missions: d.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [d.budgetRes], documents: [d.budgetDoc], resolutionDates: {}, challenges: d.challenges.length,
    rows: truthRows,
    structure: { features: [...features].filter((f) => !/^(design|cols|acc-vocab|meas-vocab|header|acc-marker|marker|objective|col:|numcol|subrows|rows-continued|cells-|managerial)/.test(f)).sort(), rows: structRows },
  };
  const spec = { id: p.id, year, style, blocks, meta: { title: `Senior Manager’s Compact ${year} — ${office.name}`, author: d.manager, date: signed } };
  return { p, d, spec, truth, features: [...features].sort() };
}

const fmtDate = (iso) => { const [y, m, dd] = iso.split("-").map(Number); return `${dd} ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]} ${y}`; };

/** Markdown from the data: pipe tables, items joined with <br> with their markers as text. */
function markdown(spec) {
  const out = [];
  const esc = (s) => s.replace(/\|/g, "\\|");
  const para = (p) => `${p.marker ? `${p.marker} ` : p.list === "bullet" ? "• " : p.list === "number" ? `${p.typed} ` : ""}${p.bold ? `**${p.text}**` : p.italic ? `*${p.text}*` : p.text}${p.sup ? `<sup>${p.sup}</sup>` : ""}`;
  const cellMd = (c) => (c.span ? "" : esc(c.paras.map(para).join("<br>")));
  let foot = null;
  for (const b of spec.blocks) {
    if (b.type === "runningHeader") continue;
    if (b.type === "title") out.push(`# ${b.text}`, "");
    else if (b.type === "subtitle") out.push(`## ${b.text}`, "");
    else if (b.type === "headerBlock") out.push(b.lines.join("  \n"), "");
    else if (b.type === "heading") out.push(`${b.level === 2 ? "###" : "##"} ${b.text}`, "");
    else if (b.type === "para") { out.push(`${b.bold ? `**${b.text}**` : b.text}${b.footnote ? "[^1]" : ""}`, ""); if (b.footnote) foot = b.footnote; }
    else if (b.type === "list") { for (const it of b.items) out.push(it.marker ? `${it.marker} ${it.text}` : `${it.text}\n`); out.push(""); }
    else if (b.type === "table") {
      const g = b.grid;
      const headRow = g.header.length === 2 ? g.header[1].map((c, k) => (c.span ? g.header[0][k].paras[0].text : c.paras[0].text)) : g.header[0].map((c) => c.paras.map((p) => p.text).join(" "));
      g.parts.forEach((rows, pi) => {
        if (pi > 0) out.push(`*${g.caption} (continued)*`, "");
        else if (g.caption && b.design === "continued/3") out.push(`*${g.caption}*`, "");
        out.push(`| ${headRow.map(esc).join(" | ")} |`, `|${headRow.map(() => "---").join("|")}|`);
        for (const row of rows) {
          if (row[1]?.span === "h") out.push(`| ${cellMd(row[0])} |${" |".repeat(g.ncols - 1)}`);
          else out.push(`| ${row.map(cellMd).join(" | ")} |`);
        }
        out.push("");
      });
      if (g.note) out.push(`<sup>${g.note.slice(0, 1)}</sup> ${g.note.slice(2)}`, "");
    } else if (b.type === "signatures") {
      for (const s of b.blocks) out.push(`Signed: ______________________  \n${s.lines.join("  \n")}  \nDate: ${fmtDate(s.date)}`, "");
    }
  }
  if (foot) out.push(`[^1]: ${foot}`, "");
  return out.join("\n");
}

function main() {
  const docs = plan().map(build);
  // Every feature in >= 3 documents and on both sides (the rule styles apart).
  const counts = {};
  for (const x of docs) for (const f of x.features) { const c = (counts[f] ??= { r: 0, b: 0 }); x.p.style.ruled ? c.r++ : c.b++; }
  const thin = Object.entries(counts).filter(([f, c]) => c.r + c.b < 3 || (!/^(ruled|borderless|rules:)/.test(f) && (!c.r || !c.b))).map(([f]) => f);
  const manifestPath = join(OUT, "manifest.json");
  const old = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : { documents: [] };
  const oldById = Object.fromEntries(old.documents.map((x) => [x.id, x]));
  if (CHECK) {
    const bad = [];
    for (const x of docs) {
      const dir = join(OUT, x.p.split);
      const m = oldById[x.p.id];
      if (!m) { bad.push(`${x.p.id}: not in manifest`); continue; }
      if (readFileSync(join(dir, `${x.p.id}.truth.json`), "utf8") !== truthText(x.truth)) bad.push(`${x.p.id}: truth`);
      if (readFileSync(join(dir, `${x.p.id}.md`), "utf8") !== markdown(x.spec)) bad.push(`${x.p.id}: md`);
      if (m.specSha256 !== sha(JSON.stringify(x.spec))) bad.push(`${x.p.id}: spec`);
      if (JSON.stringify(m.features) !== JSON.stringify(x.features)) bad.push(`${x.p.id}: features`);
    }
    if (bad.length) { console.error(bad.join("\n")); process.exit(1); }
    console.log(`${docs.length} documents match`);
    return;
  }
  if (thin.length) console.error(`warning: thin or one-sided features: ${thin.join(", ")}`);
  const work = join(OUT, ".work");
  mkdirSync(work, { recursive: true });
  for (const s of ["dev12", "holdout12"]) mkdirSync(join(OUT, s), { recursive: true });
  for (const x of docs) {
    const dir = join(OUT, x.p.split);
    writeFileSync(join(dir, `${x.p.id}.truth.json`), truthText(x.truth));
    writeFileSync(join(dir, `${x.p.id}.md`), markdown(x.spec));
    writeFileSync(join(work, `${x.p.id}.spec.json`), JSON.stringify({ ...x.spec, out: dir }));
  }
  const producers = old.producers ?? {};
  if (!NO_PDF) {
    execFileSync(PY, [join(HERE, "render.py"), work, ...docs.map((x) => `${x.p.id}`)], { stdio: "inherit" });
    // LibreOffice prints every .docx in one run (own profile).
    const prof = join(work, "lo-profile");
    execFileSync("soffice", [`-env:UserInstallation=file://${prof}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...docs.map((x) => join(work, `${x.p.id}.docx`))], { stdio: "ignore" });
    for (const x of docs) {
      const dir = join(OUT, x.p.split);
      execFileSync("cp", [join(work, `${x.p.id}.pdf`), join(dir, `${x.p.id}.docx.pdf`)]);
      const groffPdf = execFileSync("groff", ["-Kutf8", "-t", "-ms", "-Tpdf", "-P-p" + (x.spec.style.paper === "a4" ? "a4" : "letter"), join(work, `${x.p.id}.ms`)], { maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
      writeFileSync(join(dir, `${x.p.id}.groff.pdf`), groffPdf);
      execFileSync("pdftotext", ["-layout", join(dir, `${x.p.id}.docx.pdf`), join(dir, `${x.p.id}.txt`)]);
    }
    producers.libreoffice = execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim();
    producers.groff = execFileSync("groff", ["-v"], { encoding: "utf8" }).split("\n")[0];
    producers.reportlab = execFileSync(PY, ["-c", "import reportlab;print('ReportLab '+reportlab.Version)"], { encoding: "utf8" }).trim();
    producers.pythonDocx = execFileSync(PY, ["-c", "import docx,importlib.metadata as m;print('python-docx '+m.version('python-docx'))"], { encoding: "utf8" }).trim();
    producers.pdftotext = execFileSync("pdftotext", ["-v"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0] || "pdftotext";
  }
  const documents = docs.map((x) => {
    const dir = x.p.split;
    const prev = oldById[x.p.id] ?? {};
    const entry = {
      id: x.p.id, split: x.p.split, year: x.p.year, entity: x.p.office.name, ruled: x.p.style.ruled, rows: x.truth.rows.length,
      features: x.features, style: x.p.style, tables: x.p.tables.map((t) => t.design),
      renderings: { "docx.pdf": `${dir}/${x.p.id}.docx.pdf`, "rl.pdf": `${dir}/${x.p.id}.rl.pdf`, "groff.pdf": `${dir}/${x.p.id}.groff.pdf`, txt: `${dir}/${x.p.id}.txt`, md: `${dir}/${x.p.id}.md` },
      truth: `${dir}/${x.p.id}.truth.json`, specSha256: sha(JSON.stringify(x.spec)),
      pages: prev.pages ?? {}, cutRows: prev.cutRows ?? {},
    };
    if (!NO_PDF) {
      entry.pages = {}; entry.cutRows = {};
      for (const prod of ["docx", "rl", "groff"]) {
        const raw = execFileSync("pdftotext", ["-raw", join(OUT, dir, `${x.p.id}.${prod}.pdf`), "-"], { encoding: "utf8", maxBuffer: 1 << 26 });
        // Letters only (hyphenation and interleaved spaces drop out); rows are found in order, each
        // objective after the previous one and its last measure after its objective.
        const pages = raw.split("\f").map((pg) => pg.replace(/[^A-Za-z]/g, "").toLowerCase());
        entry.pages[prod] = pages.filter((s) => s.length).length;
        const all = pages.join("");
        const starts = []; let acc = 0; for (const pg of pages) { starts.push(acc); acc += pg.length; }
        const pageAt = (pos) => starts.findLastIndex((s0) => s0 <= pos);
        const key = (s, last) => { const k = s.replace(/[^A-Za-z]/g, "").toLowerCase(); return last ? k.slice(-20) : k.slice(0, 20); };
        let from = 0;
        entry.cutRows[prod] = [];
        x.truth.rows.forEach((r, i) => {
          const o = all.indexOf(key(r.objective, false), from);
          if (o < 0) return;
          from = o + 1;
          const m = all.indexOf(key(r.measures.at(-1), true), o);
          if (m >= 0 && pageAt(m) !== pageAt(o)) entry.cutRows[prod].push(i);
        });
      }
      entry.cutRows.txt = entry.cutRows.docx;
    }
    return entry;
  });
  writeFileSync(manifestPath, JSON.stringify({ generator: "scripts/corpus12/generate.mjs", seed: SEED, producers, splits: { dev12: documents.filter((x) => x.split === "dev12").length, holdout12: documents.filter((x) => x.split === "holdout12").length }, documents }, null, 1) + "\n");
  if (!NO_PDF) rmSync(work, { recursive: true, force: true });
  const rows = (s) => documents.filter((x) => x.split === s).reduce((a, x) => a + x.rows, 0);
  console.log(`${documents.length} documents: dev12 ${rows("dev12")} rows, holdout12 ${rows("holdout12")} rows`);
}

main();
