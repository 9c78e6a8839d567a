#!/usr/bin/env node
/**
 * Fifth independent compact generator (issue 11): compacts written as real Word documents.
 *
 *   node scripts/corpus7/generate.mjs            # .docx, truth, Markdown, manifest, then PDFs and text
 *   node scripts/corpus7/generate.mjs --no-pdf   # .docx, truth, Markdown, manifest only
 *   node scripts/corpus7/generate.mjs --check    # committed truth/Markdown/manifest = generator output?
 *   node scripts/corpus7/generate.mjs --split tune7b   # write (and print) only that split, keeping the others' files and manifest entries
 *   (then node scripts/producers/pandoc.mjs --split tune7b for its pandoc.md and gfm.md renderings)
 *
 * Each document is drawn from a seeded plan (deterministic), written with the `docx` package as
 * Word users lay compacts out (vertically merged and spanning cells, repeated header rows, rows that
 * break across pages, Word numbering, tab-aligned pseudo-columns, frames, landscape sections,
 * footnotes, title pages, headers and footers with page fields), then printed to PDF by LibreOffice
 * (`docx.pdf`), converted to HTML by LibreOffice and printed by Chromium (`html.pdf`), with
 * `pdftotext -layout` of the first PDF (`txt`) and Markdown written from the data (`md`).
 * Truth is written from the same data in the format of test/corpus6.
 */
import { writeFileSync, mkdirSync, readFileSync, rmSync, existsSync, renameSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, VerticalMergeType, BorderStyle,
  ShadingType, AlignmentType, LevelFormat, PageOrientation, Header, Footer, PageNumber, TabStopType, VerticalAlign,
  FootnoteReferenceRun, PageBreak, FrameAnchorType, HorizontalPositionAlign, VerticalPositionAlign, SectionType, Tab,
  TableLayoutType,
} from "docx";
import { FAMILIES, MANAGERIAL, CHALLENGES, MONTHS, GIVEN, FAMILY } from "./banks.mjs";
import { ENTITIES, SECRETARY_GENERAL } from "./entities.mjs";
import { clippedRows } from "./clipped.mjs";
import { fixStamps } from "../corpus/pdf-stamps.mjs";
import { mulberry32 } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--no-pdf", "--check", "--split"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus7");
const SEED = 70717;
const PLANNED = 45; // every third planned document goes to holdout7
/** fresh7: a held-out split drawn on 2026-12-01, after holdout7 had been scored twice and became a
 * tuning split; its own seed, so dev7 and holdout7 are unchanged. Never tuned on. */
const FRESH_SEED = 70719;
const FRESH = 15;
/** tune7: a tuning split drawn on 2026-12-01 (session 11) because fresh7 fails on layouts dev7 and
 * holdout7 do not show; its own seed, drawn after fresh7, so the first 60 documents are unchanged. */
const TUNE_SEED = 70723;
const TUNE = 24;
/**
 * tune7b: a second tuning draw made on 2026-12-02 (session 15), after fresh7's Chromium print stayed
 * at 85 % and its text at 91 % while tune7/dev7 reached 97-99 %: a fresh draw of the same planner
 * shows what the held-out split loses without looking at it. Its own seed, drawn after tune7 (the
 * design and marker rotations carry on from there), so the first 84 documents are unchanged. Of the
 * seeds 70731-70770, the plan of 70747 shows every feature tune7 shows and crosses best on its own:
 * every feature in >= 3 documents but rules:thick-grid (2: the rule style is dealt by index, every
 * ninth document), and only landscape-section, missions-table-cell and missions-annex one-sided.
 */
const TUNE_B_SEED = 70747;
const TUNE_B = 24;
/**
 * tune7c: a third tuning draw made on 2026-12-02 (session 17) because tune7b's prints read 99-100 %
 * while fresh7's stayed at 86 %, and a further draw of the same settings showed nothing new: real
 * producers vary where this generator held them fixed. The plan is drawn as before from its own
 * seed (after tune7b); a second seed (TUNE_C_SEED + 1) deals **producer settings** over its documents
 * so that they cross: page margins (0.5-1 in, and binding margins), other fonts (DejaVu,
 * Liberation Serif/Sans/Sans Narrow) at 9-12 pt, table width (80-100 % of the text), column widths
 * (equal, a wide measures column, narrow value columns), cell padding, and for Chromium's print of
 * LibreOffice's HTML another page size or orientation (CSS @page), its own margins and a print
 * scale (CSS zoom). The earlier splits have no `prod` and are written exactly as before.
 * First drawn with 1.25 in margins both sides, tables at 75 %, 12 pt cell padding and a narrower
 * accomplishment column: LibreOffice then broke words mid-word ("imple|mente|d", "Recruit|ment") in
 * 3 documents, which no compact prints; the extremes were narrowed to the values below.
 */
const TUNE_C_SEED = 70777;
const TUNE_C = 20;
const SPLITS = ["dev7", "holdout7", "fresh7", "tune7", "tune7b", "tune7c"];
const args = process.argv.slice(2);
const NO_PDF = args.includes("--no-pdf");
/** --check: draw again and compare truth, Markdown and manifest features with the committed files (writes nothing). */
const CHECK = args.includes("--check");
/** --split S: write (and print) only split S, keeping the other splits' files and manifest entries. */
const ONLY = args.includes("--split") ? args[args.indexOf("--split") + 1] : undefined;
if (ONLY && !SPLITS.includes(ONLY)) { console.error(`--split: one of ${SPLITS.join(", ")}`); process.exit(2); }

// ---------- seeded random ----------
/** One stream per split family: the fresh split draws from its own seed, so dev7/holdout7 stay as they were drawn. */
let stream = mulberry32(SEED);
const rnd = () => stream();
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
const shuffle = (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sample = (xs, n) => shuffle(xs).slice(0, n);

/** Deal `values` over `n` documents through a seeded permutation (as corpus8 does), so each value meets many others. */
function deal(r, n, values) {
  const perm = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [perm[i], perm[j]] = [perm[j], perm[i]]; }
  const out = Array(n); perm.forEach((d, k) => { out[d] = values[k % values.length]; }); return out;
}
/** Producer settings of the tune7c documents (see TUNE_C_SEED); drawn from their own stream after the plans. */
function varyProducers(docs, seed) {
  const r = mulberry32(seed), n = docs.length;
  const fonts = deal(r, n, ["DejaVu Sans", "DejaVu Serif", "Liberation Serif", "Liberation Sans", "Liberation Sans Narrow", "Times New Roman", "Arial"]);
  const sizes = deal(r, n, [18, 19, 20, 22, 24]);
  const margins = deal(r, n, [[720, 720], [1440, 1440], [1440, 1080], [1800, 1080], [1080, 1080]]);
  const widths = deal(r, n, [1, 0.9, 0.8]), colw = deal(r, n, ["default", "equal", "meas-wide", "narrow-values"]), pads = deal(r, n, [20, 60, 108, 160]);
  const pages = deal(r, n, ["lo", "A4", "letter", "A4 landscape", "letter landscape"]), pmargins = deal(r, n, ["lo", "10mm", "25mm"]), zooms = deal(r, n, [1, 0.85, 0.75, 1.1]);
  docs.forEach((d, k) => {
    d.font = fonts[k]; d.size = sizes[k];
    d.prod = { margin: margins[k], tableWidth: widths[k], colWidths: colw[k], pad: pads[k], page: pages[k], pageMargin: pmargins[k], zoom: zooms[k] };
    for (const t of [...d.programme, ...d.managerial]) t.margins = pads[k];
  });
}
/** The doc-level features of the producer settings (prefix prod: — not a table prefix in score.mjs). */
const prodFeatures = (p) => (p ? [`prod:margin-${p.margin.join("-")}`, `prod:table-width-${Math.round(p.tableWidth * 100)}`, `prod:col-widths-${p.colWidths}`, `prod:pad-${p.pad}`, `prod:print-page-${p.page.replace(" ", "-")}`, `prod:print-margin-${p.pageMargin}`, `prod:print-zoom-${p.zoom}`] : []);
/** The CSS Chromium's print of a tune7c document gets after LibreOffice's own (page size and margins, scale). */
const printCss = (p) => `<style>@page { ${p.page === "lo" ? "" : `size: ${p.page}; `}${p.pageMargin === "lo" ? "" : `margin: ${p.pageMargin}; `}} body { zoom: ${p.zoom}; }</style>`;

// ---------- missions ----------
const MISSIONS = readFileSync(join(ROOT, "data", "un-missions.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"))
  .map(([acronym, name, kind, start, end]) => ({ acronym, name, kind, start: Number(start), end: end ? Number(end) : 9999 }));
const activeMissions = (year, kinds) => MISSIONS.filter((m) => kinds.includes(m.kind) && m.start <= year - 1 && m.end >= year && /^[A-Z]/.test(m.acronym) && !/\s/.test(m.acronym) && m.name.startsWith("United Nations"));

// ---------- text ----------
/** Printed text (with the text-layer quirks of the document) and its truth form. */
const truthOf = (s) => s.replace(/\u00ad/g, "").replace(/\u2011/g, "-").replace(/\u00a0/g, " ");
function quirk(s, doc) {
  let t = s;
  if (doc.quirks.nbsp) t = t.replace(/(\d) (per cent|days|hours|weeks|months)/g, "$1\u00a0$2");
  if (doc.quirks.nbHyphen) t = t.replace(/\bP-5\b/g, "P\u20115").replace(/high-risk/g, "high\u2011risk").replace(/South-South/g, "South\u2011South");
  if (doc.quirks.softHyphen) t = t.replace(/\b(implementation|organizations|intergovernmental|accountability|environmental)\b/g, (w) => w.slice(0, 5) + "\u00ad" + w.slice(5));
  return t;
}
function fill(tpl, year) {
  const n = int(3, 95);
  return tpl.replace("{n}", String(n)).replace("{y}", String(year)).replace("{p}", String(year - 1)).replace("{m}", pick(MONTHS));
}
function indicator(tpl, year) {
  const a = int(20, 70), b = Math.min(99, a + int(5, 25)), c = int(20, 120), d = Math.max(2, c - int(5, 18)), e = int(2, 30), f = e + int(2, 15), g = (int(10, 40) / 10).toFixed(1), h = (Number(g) - 0.4).toFixed(1);
  const sub = (s) => s.replace("{a}", a).replace("{b}", b).replace("{c}", c).replace("{d}", d).replace("{e}", e).replace("{f}", f).replace("{g}", g).replace("{h}", h);
  return { text: tpl[0], baseline: sub(tpl[1]), target: sub(tpl[2]) };
}

// ---------- markers ----------
/** Item markers: Word numbering formats, bullet glyphs (Unicode or Symbol/Wingdings private-use), typed markers, none. */
const MARKERS = {
  "1.": { kind: "num", format: LevelFormat.DECIMAL, text: "%1.", md: (i) => `${i + 1}.` },
  "(a)": { kind: "num", format: LevelFormat.LOWER_LETTER, text: "(%1)", md: (i) => `(${"abcdefghij"[i]})` },
  "(i)": { kind: "num", format: LevelFormat.LOWER_ROMAN, text: "(%1)", md: (i) => `(${["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][i]})` },
  "a)": { kind: "num", format: LevelFormat.LOWER_LETTER, text: "%1)", md: (i) => `${"abcdefghij"[i]})` },
  "•": { kind: "bullet", text: "•", font: "Arial", md: () => "•" },
  "sym-•": { kind: "bullet", text: "\uf0b7", font: "Symbol", md: () => "•" },
  "o": { kind: "bullet", text: "o", font: "Courier New", md: () => "o" },
  "▪": { kind: "bullet", text: "▪", font: "Arial", md: () => "▪" },
  "wing-▪": { kind: "bullet", text: "\uf0a7", font: "Wingdings", md: () => "▪" },
  "➢": { kind: "bullet", text: "➢", font: "DejaVu Sans", md: () => "➢" },
  "wing-➢": { kind: "bullet", text: "\uf0d8", font: "Wingdings", md: () => "➢" },
  "–": { kind: "bullet", text: "–", font: "Arial", md: () => "–" },
  "none": { kind: "none", md: () => "" },
  "typed-•": { kind: "typed", prefix: "•\t", md: () => "•" },
  "typed--": { kind: "typed", prefix: "-\t", md: () => "-" },
};
const MARKER_KEYS = Object.keys(MARKERS);
const NUMBERING = MARKER_KEYS.filter((k) => MARKERS[k].kind === "num" || MARKERS[k].kind === "bullet").map((k) => {
  const m = MARKERS[k];
  return {
    reference: `m-${k}`,
    levels: [{ level: 0, format: m.kind === "num" ? m.format : LevelFormat.BULLET, text: m.text, alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 400, hanging: 340 } }, ...(m.font ? { run: { font: m.font } } : {}) } }],
  };
});
let instanceCounter = 1;

// ---------- vocabularies ----------
const VOCAB = {
  obj: [["objective", "Objective"], ["objective", "Objectives"]],
  acc: [["expected-accomplishment", "Expected accomplishment"], ["expected-accomplishment", "Expected accomplishments"], ["expected-result", "Expected results"], ["expected-result", "Expected result"], ["outcome", "Outcomes"], ["outcome", "Outcome"]],
  meas: [["performance-measure", "Performance measures"], ["performance-measure", "Performance measure"], ["indicator-of-achievement", "Indicators of achievement"], ["key-performance-indicator", "Key performance indicators"], ["performance-indicator", "Performance indicators"]],
  risk: [["risks", "Risks and mitigations"]],
  base: [["baseline", "Baseline"], ["baseline-year", "Baseline ({p})"]],
  target: [["target", "Target"], ["target-year", "Target ({y})"]],
};
const caseOf = (s, c) => (c === "upper" ? s.toUpperCase() : c === "title" ? s.replace(/\b([a-z])/g, (x) => x.toUpperCase()).replace(/\bAnd\b/g, "and") : s);

// ---------- plan ----------
const ERA = (y) => (y <= 2010 ? "a" : y <= 2016 ? "b" : y <= 2018 ? "c" : "d");
const RULES = ["grid", "none", "horizontal", "header-rule", "double-outer", "dotted-inside", "none", "thick-grid", "header-rule"];
const RULED = new Set(["grid", "double-outer", "dotted-inside", "thick-grid"]);
/** Table designs (objective placement / sub-rows), dealt round-robin so each meets every rule style. */
const DESIGNS = [
  ["column", "flat"], ["spanning", "flat"], ["heading", "measure-rows"], ["column", "rowspan"], ["spanning", "rowspan"],
  ["heading", "flat"], ["column", "measure-rows"], ["spanning", "measure-rows"], ["heading", "rowspan"], ["heading", "tabbed"],
  ["column", "no-acc"], ["spanning", "flat-2"],
];
let designCursor = 0;
let markerCursor = 0;

function drawRow(bank, year, design, opts) {
  const objective = pick(bank.objectives.filter((o) => !opts.used.has(o)));
  opts.used.add(objective);
  const nAcc = design === "rowspan" ? int(2, 3) : design === "measure-rows" ? int(1, 2) : int(1, 3);
  const accs = sample(bank.accomplishments, nAcc);
  const stop = opts.fullStop ? "." : "";
  const row = { objective: objective + (opts.objStop ? "." : ""), accs: accs.map((a) => a + stop), measures: [], risks: [] };
  if (design === "measure-rows" || design === "tabbed") {
    const inds = sample(bank.indicators, Math.min(bank.indicators.length, int(2, 4)));
    inds.forEach((t, i) => { const m = indicator(t, year); row.measures.push({ text: m.text, acc: design === "tabbed" ? null : Math.min(nAcc - 1, Math.floor((i * nAcc) / inds.length)), baseline: m.baseline, target: m.target }); });
    if (design === "tabbed") row.accs = [];
  } else if (design === "rowspan") {
    accs.forEach((_, ai) => { for (const t of sample(bank.measures, int(1, 3))) row.measures.push({ text: fill(t, year) + stop, acc: ai, baseline: null, target: null }); row.risks.push(pick(bank.risks)); });
  } else {
    for (const t of sample(bank.measures, int(2, 4))) row.measures.push({ text: fill(t, year) + stop, acc: null, baseline: null, target: null });
    row.risks = sample(bank.risks, int(1, 2));
    if (design === "no-acc") row.accs = [];
  }
  if (opts.mission && row.measures.length && design !== "measure-rows" && design !== "tabbed") {
    row.measures.push({ text: `Joint work plan agreed with ${opts.mission.acronym} by ${pick(MONTHS)} ${year}${stop}`, acc: design === "rowspan" ? row.accs.length - 1 : null, baseline: null, target: null });
  }
  return row;
}

function drawTable(bank, year, doc, forceDesign) {
  const [obj, sub0] = forceDesign ?? DESIGNS[designCursor++ % DESIGNS.length];
  const sub = sub0 === "no-acc" || sub0 === "flat-2" ? "flat" : sub0;
  const withRisk = (sub === "flat" || sub === "rowspan") && sub0 !== "flat-2" && chance(0.5);
  let cols;
  if (sub === "tabbed") cols = chance(0.5) ? ["meas", "base", "target"] : ["meas", "target", "base"];
  else if (sub === "measure-rows") { cols = [...(chance(0.7) ? ["acc"] : []), "meas", ...(chance(0.75) ? (chance(0.7) ? ["base", "target"] : ["target", "base"]) : ["target"])]; }
  else { cols = [...(sub0 === "no-acc" ? [] : ["acc"]), "meas"]; if (withRisk) cols.splice(chance(0.5) ? 1 : cols.length, 0, "risk"); }
  if (obj === "column") cols.unshift("obj");
  doc.used ??= new Set();
  const free = bank.objectives.filter((o) => !doc.used.has(o)).length;
  const nRows = Math.min(free, obj === "heading" || sub === "tabbed" ? int(1, 2) : int(2, 4));
  const labelStyle = obj === "column" ? (chance(0.3) ? "numbered" : "none") : pick(["numbered", "plain", "none"]);
  const accMarker = MARKER_KEYS[(markerCursor * 5 + 3) % MARKER_KEYS.length];
  const measMarker = MARKER_KEYS[markerCursor++ % MARKER_KEYS.length];
  const missionRow = doc.tableCellMission && !doc.tableCellMissionUsed && sub !== "measure-rows" && sub !== "tabbed" ? int(0, nRows - 1) : -1;
  if (missionRow >= 0) doc.tableCellMissionUsed = true;
  const opts = { fullStop: doc.fullStop, objStop: chance(0.5), used: doc.used };
  const rows = Array.from({ length: nRows }, (_, i) => drawRow(bank, year, sub0 === "no-acc" ? "no-acc" : sub, { ...opts, mission: i === missionRow ? doc.tableCellMission : null }));
  const vocab = {}; for (const c of cols) vocab[c] = pick(VOCAB[c]);
  const hcase = pick(["sentence", "title", "upper"]);
  const labels = cols.map((c) => caseOf(vocab[c][1].replace("{p}", year - 1).replace("{y}", year), hcase));
  const t = {
    design: { obj, sub, sub0 }, cols, rows, labels, vocab, labelStyle,
    accMarker: sub === "measure-rows" ? "none" : accMarker, measMarker: sub === "measure-rows" || sub === "tabbed" ? "none" : measMarker, riskMarker: pick(["none", "•", "–"]),
    wrapped: chance(0.55) ? int(2, 3) : 1, repeat: chance(0.7), shaded: chance(0.6), superHeader: sub !== "tabbed" && chance(0.25),
    rules: doc.rules, vcenter: chance(0.35), cantSplit: chance(0.3), zebra: chance(0.2), margins: pick([40, 80, 120, 200]),
    headingNumbered: chance(0.5),
  };
  // A measure-rows table without an accomplishment column shows none (fixed after the first score:
  // the truth had kept the drawn accomplishments).
  if (!cols.includes("acc")) for (const r of rows) { r.accs = []; for (const m of r.measures) m.acc = null; }
  // Items without a marker are told apart only by a full stop ending the previous one (FORMATS:
  // "lost bullets"); without full stops such a list is ambiguous even to a person, so it takes a
  // typed dash instead, and unmarked risks end with a full stop (fixed after the first score).
  if (!doc.fullStop) { if (t.accMarker === "none" && sub !== "measure-rows") t.accMarker = "typed--"; if (t.measMarker === "none" && sub !== "measure-rows" && sub !== "tabbed") t.measMarker = "typed--"; }
  if (t.riskMarker === "none") for (const r of rows) r.risks = r.risks.map((x) => `${x}.`);
  return t;
}

function planDoc(i) {
  const split = i % 3 === 2 ? "holdout7" : "dev7";
  const year = 2006 + ((i * 7 + int(0, 3)) % 19);
  const ents = ENTITIES.filter((e) => e.from <= year && e.to >= year);
  const ent = ents[(i * 5 + int(0, ents.length - 1)) % ents.length];
  const era = ERA(year);
  const given = pick(GIVEN), fam = pick(FAMILY);
  const female = GIVEN.indexOf(given) % 2 === 0;
  const missionPool = activeMissions(year, ent.missions.length ? ent.missions : ["political", "peacekeeping"]);
  const doc = {
    split, year, era, entity: ent.name, family: ent.family,
    manager: { name: `${given} ${fam}`, title: ent.title, honorific: female ? "Ms." : "Mr." },
    sg: SECRETARY_GENERAL(year),
    rules: RULES[i % RULES.length],
    font: pick(["Times New Roman", "Arial", "Calibri", "Cambria", "Garamond"]), size: pick([20, 21, 22, 24]),
    paper: pick(["letter", "a4"]), landscape: pick(["none", "none", "section", "whole"]),
    titlePage: chance(0.35), frameHeader: era === "d" ? chance(0.6) : chance(0.25), runningHeader: chance(0.5), footer: pick(["page-of", "page-n", "none", "page-of"]),
    footnote: chance(0.45), signatures: pick(["side-by-side", "stacked"]), fullStop: chance(0.6),
    quirks: { nbsp: chance(0.4), nbHyphen: chance(0.35), softHyphen: chance(0.3) },
    missionModes: [],
  };
  // missions: entities with field operations name them in mandate lists, prose, run-on sentences, a table cell, an annex
  const named = [];
  if (missionPool.length >= 3 && ent.missions.length) {
    const modes = shuffle(["mandate-list", "prose", "run-on", "table-cell", "annex"]).slice(0, int(2, 3));
    doc.missionModes = modes;
    const take = (n) => { const got = sample(missionPool.filter((m) => !named.includes(m)), n); named.push(...got); return got; };
    doc.mandateList = modes.includes("mandate-list") ? take(int(3, 6)) : [];
    doc.proseMission = modes.includes("prose") ? take(1)[0] : null;
    doc.runOn = modes.includes("run-on") ? take(3) : [];
    doc.tableCellMission = modes.includes("table-cell") ? take(1)[0] : null;
    doc.annex = modes.includes("annex") ? [...take(2), ...(doc.mandateList ?? []).slice(0, 1)] : [];
  } else if (chance(0.4) && missionPool.length) {
    doc.missionModes = ["prose"]; doc.proseMission = pick(missionPool); named.push(doc.proseMission);
  }
  doc.missions = named.filter((m) => m).map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind }));
  doc.sc1325 = chance(0.3);
  const session = year - 1946;
  doc.resolution = `A/RES/${session}/${int(230, 270)}`;
  doc.budgetDoc = `A/${session - (year % 2 === 0 ? 1 : 2)}/6 (Sect. ${int(2, 36)})`;
  // tables
  const bank = FAMILIES[ent.family];
  doc.programme = Array.from({ length: int(3, 4) }, () => drawTable(bank, year, doc)).filter((t) => t.rows.length);
  doc.used = new Set();
  doc.managerial = Array.from({ length: int(1, 2) }, () => drawTable(MANAGERIAL, year, doc)).filter((t) => t.rows.length);
  doc.challenges = sample(CHALLENGES, int(2, 5));
  doc.challengeMarker = pick(["1.", "(a)", "•", "none"]);
  const month = pick(["January", "February", "March"]);
  const d1 = int(3, 20), d2 = d1 + int(1, 7);
  const mi = ["January", "February", "March"].indexOf(month) + 1;
  doc.signed = [[`${d1} ${month} ${year}`, `${year}-${String(mi).padStart(2, "0")}-${String(d1).padStart(2, "0")}`], [`${d2} ${month} ${year}`, `${year}-${String(mi).padStart(2, "0")}-${String(d2).padStart(2, "0")}`]];
  return doc;
}

// ---------- section schemes ----------
function scheme(doc) {
  const y = doc.year;
  switch (doc.era) {
    case "a": return { title: `${y} SENIOR MANAGER’S COMPACT`, prog: ["A.", "PROGRAMME OBJECTIVES", "A"], progSub: "2. Priority programme objectives", mandates: "1. Mandates", man: ["B.", "MANAGERIAL OBJECTIVES", "B"], chal: ["C.", "CHALLENGES"] };
    case "b": return { title: `Senior Manager’s Compact ${y}`, prog: ["I.", "Programme objectives and key performance indicators", "I"], man: ["II.", "Managerial objectives", "II"], chal: ["III.", "Challenges"] };
    case "c": return { title: `SENIOR MANAGER’S COMPACT for ${y}`, prog: ["A.", "ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", "A"], man: ["B.", "MANAGING RESOURCES", "B"], chal: ["C.", "CHALLENGES"] };
    default: return { title: null, section1: "SECTION 1 : DELIVERING RESULTS", prog: ["A.", "ACHIEVING PROGRAMME OBJECTIVES", "A"], man: ["B.", "MANAGING RESOURCES", "B"], chal: ["SECTION 2 :", "CHALLENGES"] };
  }
}

// ---------- docx building ----------
const B = (style, size = 4) => ({ style, size, color: "000000" });
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
function tableBorders(rules) {
  switch (rules) {
    case "grid": return { top: B(BorderStyle.SINGLE), bottom: B(BorderStyle.SINGLE), left: B(BorderStyle.SINGLE), right: B(BorderStyle.SINGLE), insideHorizontal: B(BorderStyle.SINGLE), insideVertical: B(BorderStyle.SINGLE) };
    case "thick-grid": return { top: B(BorderStyle.SINGLE, 12), bottom: B(BorderStyle.SINGLE, 12), left: B(BorderStyle.SINGLE, 12), right: B(BorderStyle.SINGLE, 12), insideHorizontal: B(BorderStyle.SINGLE, 6), insideVertical: B(BorderStyle.SINGLE, 6) };
    case "double-outer": return { top: B(BorderStyle.DOUBLE), bottom: B(BorderStyle.DOUBLE), left: B(BorderStyle.DOUBLE), right: B(BorderStyle.DOUBLE), insideHorizontal: B(BorderStyle.SINGLE), insideVertical: B(BorderStyle.SINGLE) };
    case "dotted-inside": return { top: B(BorderStyle.SINGLE, 8), bottom: B(BorderStyle.SINGLE, 8), left: B(BorderStyle.SINGLE, 8), right: B(BorderStyle.SINGLE, 8), insideHorizontal: B(BorderStyle.DOTTED), insideVertical: B(BorderStyle.DOTTED) };
    case "horizontal": return { top: B(BorderStyle.SINGLE, 8), bottom: B(BorderStyle.SINGLE, 8), left: NONE, right: NONE, insideHorizontal: B(BorderStyle.SINGLE, 2), insideVertical: NONE };
    case "header-rule": return { top: B(BorderStyle.SINGLE, 8), bottom: B(BorderStyle.SINGLE, 8), left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
    default: return { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  }
}

function itemParas(items, markerKey, doc, opts = {}) {
  const m = MARKERS[markerKey];
  const inst = instanceCounter++;
  return items.map((it) => {
    const text = quirk(it, doc);
    const base = { spacing: { after: m.kind === "none" ? 80 : 20 }, alignment: opts.align };
    if (m.kind === "num" || m.kind === "bullet") return new Paragraph({ ...base, numbering: { reference: `m-${markerKey}`, level: 0, instance: inst }, children: [new TextRun(text)] });
    if (m.kind === "typed") return new Paragraph({ ...base, indent: { left: 300, hanging: 300 }, tabStops: [{ type: TabStopType.LEFT, position: 300 }], children: [new TextRun(m.prefix.replace("\t", "")), new TextRun({ children: [new Tab(), text] })] });
    return new Paragraph({ ...base, children: [new TextRun(text)] });
  });
}

const objLabel = (t, k) => (t.labelStyle === "numbered" ? `Objective ${k}: ` : t.labelStyle === "plain" ? "Objective: " : "");

function cellOf(children, t, extra = {}) {
  return new TableCell({
    children: children.length ? children : [new Paragraph("")],
    margins: { top: t.margins / 2, bottom: t.margins / 2, left: t.margins, right: t.margins },
    verticalAlign: t.vcenter ? VerticalAlign.CENTER : VerticalAlign.TOP,
    ...extra,
  });
}

function headerRows(t, doc) {
  const rows = [];
  const shade = t.shaded ? { shading: { fill: "D9D9D9", type: ShadingType.CLEAR, color: "auto" } } : {};
  if (t.superHeader) rows.push(new TableRow({ tableHeader: t.repeat, children: [cellOf([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Performance framework, ${doc.year}`, bold: true })] })], t, { columnSpan: t.cols.length, ...shade })] }));
  rows.push(new TableRow({
    tableHeader: t.repeat,
    children: t.labels.map((l, ci) => {
      const words = l.split(" ");
      const lines = t.wrapped > 1 && words.length > 1 ? splitWords(words, Math.min(t.wrapped, words.length)) : [l];
      const runs = lines.map((ln, k) => new TextRun({ text: ln, bold: true, break: k ? 1 : 0 }));
      if (doc.footnote && doc.footnoteInTable && t.cols[ci] === "target" && !doc.footnotePlaced) { runs.push(new FootnoteReferenceRun(1)); doc.footnotePlaced = true; }
      return cellOf([new Paragraph({ alignment: AlignmentType.CENTER, children: runs })], t, shade);
    }),
  }));
  return rows;
}
function splitWords(words, n) {
  const per = Math.ceil(words.length / n);
  const out = [];
  for (let i = 0; i < words.length; i += per) out.push(words.slice(i, i + per).join(" "));
  return out;
}

/** The body rows of one objective, as Word rows (vertical merges for rowspan and measure-rows). */
function objectiveRows(t, row, k, doc) {
  const out = [];
  const zebra = t.zebra && k % 2 === 0 ? { shading: { fill: "F2F2F2", type: ShadingType.CLEAR, color: "auto" } } : {};
  const objParas = () => [new Paragraph({ children: [new TextRun({ text: quirk(objLabel(t, k) + row.objective, doc), bold: t.design.obj !== "column" })] })];
  if (t.design.obj === "spanning") out.push(new TableRow({ cantSplit: true, children: [cellOf(objParas(), t, { columnSpan: t.cols.length, ...zebra })] }));
  const cellFor = (col, sub) => {
    switch (col) {
      case "obj": return objParas();
      case "acc": return itemParas(sub.accs, t.accMarker, doc);
      case "meas": return itemParas(sub.measures, t.measMarker, doc);
      case "risk": return itemParas(sub.risks, t.riskMarker, doc);
      case "base": return itemParas(sub.baselines, "none", doc, { align: AlignmentType.CENTER });
      case "target": return itemParas(sub.targets, "none", doc, { align: AlignmentType.CENTER });
    }
  };
  let subs;
  if (t.design.sub === "flat") subs = [{ accs: row.accs, measures: row.measures.map((m) => m.text), risks: row.risks, merge: {} }];
  else if (t.design.sub === "rowspan") subs = row.accs.map((a, ai) => ({ accs: [a], measures: row.measures.filter((m) => m.acc === ai).map((m) => m.text), risks: [row.risks[ai]], first: ai === 0, accFirst: true }));
  else subs = row.measures.map((m, mi) => ({ accs: [row.accs[m.acc]], measures: [m.text], baselines: [m.baseline], targets: [m.target], first: mi === 0, accFirst: mi === 0 || row.measures[mi - 1].acc !== m.acc }));
  subs.forEach((s, si) => {
    const cells = t.cols.map((c) => {
      const merged = (c === "obj" && t.design.sub !== "flat") || (c === "acc" && t.design.sub === "measure-rows");
      if (!merged) return cellOf(cellFor(c, s), t, zebra);
      const first = c === "obj" ? si === 0 : s.accFirst;
      return first ? cellOf(cellFor(c, s), t, { verticalMerge: VerticalMergeType.RESTART, ...zebra }) : cellOf([], t, { verticalMerge: VerticalMergeType.CONTINUE, ...zebra });
    });
    out.push(new TableRow({ cantSplit: t.cantSplit, children: cells }));
  });
  return out;
}

function headingPara(t, row, k, doc) {
  const label = t.labelStyle === "numbered" ? `Objective ${k}: ` : t.labelStyle === "plain" ? "Objective: " : "";
  if (!label && t.headingNumbered) return new Paragraph({ numbering: { reference: "m-1.", level: 0, instance: doc.headingInstance }, keepNext: true, spacing: { before: 200, after: 100 }, children: [new TextRun({ text: quirk(row.objective, doc), bold: true })] });
  return new Paragraph({ keepNext: true, spacing: { before: 200, after: 100 }, children: [new TextRun({ text: quirk(label + row.objective, doc), bold: true })] });
}

function tableBlocks(t, doc, width, objCounter) {
  const blocks = [];
  width = Math.round(width * (doc.prod?.tableWidth ?? 1));
  const colWidths = () => {
    const w = { default: { obj: 3, acc: 3, meas: 4, risk: 3, base: 1.4, target: 1.4 }, equal: { obj: 1, acc: 1, meas: 1, risk: 1, base: 1, target: 1 },
      "meas-wide": { obj: 3, acc: 3, meas: 6, risk: 3, base: 1.4, target: 1.4 }, "narrow-values": { obj: 2.5, acc: 3, meas: 4, risk: 3, base: 0.9, target: 0.9 } }[doc.prod?.colWidths ?? "default"];
    const tot = t.cols.reduce((a, c) => a + w[c], 0);
    return t.cols.map((c) => Math.round((width * w[c]) / tot));
  };
  const mkTable = (rows) => new Table({ rows, width: { size: width, type: WidthType.DXA }, columnWidths: colWidths(), layout: TableLayoutType.FIXED, borders: tableBorders(t.rules) });
  if (t.design.sub === "tabbed") {
    for (const row of t.rows) {
      const k = objCounter.next++;
      blocks.push(headingPara(t, row, k, doc));
      const stops = [{ type: TabStopType.RIGHT, position: Math.round(width * 0.75) }, { type: TabStopType.RIGHT, position: width }];
      const order = t.cols.slice(1);
      blocks.push(new Paragraph({ tabStops: stops, border: t.rules === "none" ? undefined : { bottom: B(BorderStyle.SINGLE, 6) }, children: [new TextRun({ text: t.labels[0], bold: true }), ...order.map((c, ci) => new TextRun({ children: [new Tab(), t.labels[ci + 1]], bold: true }))] }));
      for (const m of row.measures) blocks.push(new Paragraph({ tabStops: stops, spacing: { after: 60 }, children: [new TextRun(quirk(m.text, doc)), ...order.map((c) => new TextRun({ children: [new Tab(), c === "base" ? m.baseline : m.target] }))] }));
    }
    return blocks;
  }
  if (t.design.obj === "heading") {
    for (const row of t.rows) {
      const k = objCounter.next++;
      blocks.push(headingPara(t, row, k, doc));
      blocks.push(mkTable([...headerRows(t, doc), ...objectiveRows(t, row, k, doc)]));
      blocks.push(new Paragraph(""));
    }
    return blocks;
  }
  const body = [];
  for (const row of t.rows) body.push(...objectiveRows(t, row, objCounter.next++, doc));
  blocks.push(mkTable([...headerRows(t, doc), ...body]), new Paragraph(""));
  return blocks;
}

const P = (text, o = {}) => new Paragraph({ spacing: { after: 120 }, ...o, children: [new TextRun({ text, bold: o.bold, size: o.size, allCaps: false })] });
const H = (text, o = {}) => new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, ...o, children: [new TextRun({ text, bold: true })] });

function buildDocx(doc) {
  const sc = scheme(doc);
  const paper = doc.paper === "a4" ? { w: 11906, h: 16838 } : { w: 12240, h: 15840 };
  const margin = 1200;
  const [ml, mr] = doc.prod?.margin ?? [margin, margin];
  const pageProps = (land) => ({ page: { size: land ? { width: paper.w, height: paper.h, orientation: PageOrientation.LANDSCAPE } : { width: paper.w, height: paper.h, orientation: PageOrientation.PORTRAIT }, margin: { top: margin, bottom: margin, left: ml, right: mr } } });
  const textWidth = (land) => (land ? paper.h : paper.w) - ml - mr;
  const m = doc.manager;
  const headerText = doc.era === "d" ? `${m.name} — ${doc.year}` : `Senior Manager’s Compact — ${doc.entity}`;
  const headers = doc.runningHeader ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 16, italics: true })] })] }) } : undefined;
  const footerRuns = doc.footer === "page-of" ? [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16 })] : doc.footer === "page-n" ? [new TextRun({ children: [PageNumber.CURRENT], size: 16 })] : [];
  const footers = footerRuns.length ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })] }) } : undefined;
  const sections = [];
  const front = [];
  const q = (s) => quirk(s, doc);
  // title page
  if (doc.titlePage) {
    front.push(new Paragraph({ spacing: { before: 2400, after: 400 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: sc.title ?? "Senior Manager’s Compact", bold: true, size: 40 })] }));
    front.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: doc.entity, size: 28 })] }));
    front.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(doc.year), size: 28 })] }));
    front.push(new Paragraph({ children: [new PageBreak()] }));
  }
  // frame
  if (doc.era === "d") {
    const frame = doc.frameHeader ? { frame: { type: "alignment", width: 4200, anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.TEXT }, alignment: { x: HorizontalPositionAlign.RIGHT, y: VerticalPositionAlign.TOP } } } : {};
    for (const s of [m.name, m.title, String(doc.year)]) front.push(new Paragraph({ ...frame, spacing: { after: 40 }, children: [new TextRun({ text: s, bold: true })] }));
    front.push(P(""));
    front.push(P(q(`I commit myself to using the authorities delegated to me by the Secretary-General to deliver the mandates of the ${doc.entity}, in line with the programme plan and budget (${doc.budgetDoc}) approved in resolution ${doc.resolution}, and to achieving the results set out below.`)));
  } else {
    if (sc.title && !doc.titlePage) front.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: sc.title, bold: true, size: 28 })], ...(doc.frameHeader ? { frame: { type: "alignment", width: 7000, anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.TEXT }, alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.TOP } } } : {}) }));
    if (sc.title && doc.titlePage) front.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: sc.title, bold: true, size: 28 })] }));
    if (doc.era === "a") {
      front.push(P(`Between ${m.honorific} ${m.name}, ${m.title}, and the Secretary-General, Mr. ${doc.sg}`));
      front.push(P(`DEPARTMENT/OFFICE: ${doc.entity}`, { bold: true }));
      front.push(P(q(`This compact sets out the results that the ${doc.entity} will deliver in ${doc.year} under the programme budget (${doc.budgetDoc}) and General Assembly resolution ${doc.resolution}.`)));
    } else if (doc.era === "b") {
      front.push(P(`between the Secretary-General and the ${m.title}`, { alignment: AlignmentType.CENTER }));
      front.push(H(doc.entity, { alignment: AlignmentType.CENTER }));
      front.push(P(q(`This compact is concluded between the Secretary-General, Mr. ${doc.sg}, and ${m.honorific} ${m.name}, ${m.title}, for the period from 1 January to 31 December ${doc.year}. It reflects the programme budget (${doc.budgetDoc}) and resolution ${doc.resolution}.`)));
    } else {
      front.push(P(q(`${m.name}, ${m.title}, will strive to fulfil the goals of the United Nations Charter and to lead the ${doc.entity} with integrity. I commit to achieve the objectives detailed below, as approved by the General Assembly in resolution ${doc.resolution} and the programme budget (${doc.budgetDoc}).`)));
    }
  }
  if (doc.footnote && !doc.footnoteInTable) front.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(q(`Targets are measured against the baseline of ${doc.year - 1}.`)), new FootnoteReferenceRun(1)] }));
  if (doc.sc1325) front.push(P(q(`The ${doc.entity} will advance the women and peace and security agenda set out in S/RES/1325 (2000).`)));
  if (doc.proseMission) front.push(P(q(`Particular attention will be given to the ${doc.proseMission.name} (${doc.proseMission.acronym}), whose mandate remains central to the work plan for ${doc.year}.`)));
  if (doc.runOn?.length) front.push(P(q(`Support in ${doc.year} also extends to the operations in the field, namely ${doc.runOn[0].acronym}, ${doc.runOn[1].acronym} and ${doc.runOn[2].acronym}, in line with their mandates.`)));

  const body = [];
  if (sc.section1) body.push(H(sc.section1));
  body.push(H(`${sc.prog[0]} ${sc.prog[1]}`.trim()));
  if (doc.era === "a") {
    body.push(H(sc.mandates));
    body.push(P(q(`The ${doc.entity} derives its mandates from the resolutions of the General Assembly and the Security Council.`)));
  }
  if (doc.mandateList?.length) {
    body.push(P(`In ${doc.year} the ${doc.entity} will direct and support the following operations:`));
    body.push(...itemParas(doc.mandateList.map((x, i) => `${x.name} (${x.acronym})${i === doc.mandateList.length - 1 ? "." : ";"}`), "(a)", doc));
  }
  if (doc.era === "a") body.push(H(sc.progSub));
  if (doc.era === "c") body.push(P(`1. I will give special attention to delivering the following results in ${doc.year}.`));
  return { sc, paper, pageProps, textWidth, headers, footers, front, body, q };
}

function assemble(doc) {
  const { sc, pageProps, textWidth, headers, footers, front, body, q } = buildDocx(doc);
  doc.headingInstance = instanceCounter++;
  const counter = { next: 1 };
  const land = doc.landscape !== "none";
  const tw = textWidth(land);
  const tablesPart = [];
  for (const t of doc.programme) tablesPart.push(...tableBlocks(t, doc, tw, counter));
  tablesPart.push(H(`${sc.man[0]} ${sc.man[1]}`));
  for (const t of doc.managerial) tablesPart.push(...tableBlocks(t, doc, tw, counter));
  const tail = [];
  tail.push(H(`${sc.chal[0]} ${sc.chal[1]}`));
  tail.push(P(`The following challenges may affect the delivery of the results above:`));
  tail.push(...itemParas(doc.challenges, doc.challengeMarker, doc));
  tail.push(P(""));
  const m = doc.manager;
  const sig = (name, title, date) => [P("______________________________", { spacing: { before: 360, after: 40 } }), P(name, { spacing: { after: 20 } }), P(title, { spacing: { after: 20 } }), P(`Date: ${date}`)];
  if (doc.signatures === "side-by-side") {
    const cell = (ps) => new TableCell({ children: ps, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
    tail.push(new Table({ width: { size: textWidth(doc.landscape === "whole"), type: WidthType.DXA }, columnWidths: [textWidth(doc.landscape === "whole") / 2, textWidth(doc.landscape === "whole") / 2], borders: tableBorders("none"), rows: [new TableRow({ children: [cell(sig(m.name, m.title, doc.signed[0][0])), cell(sig(doc.sg, "Secretary-General", doc.signed[1][0]))] })] }));
  } else {
    tail.push(...sig(m.name, m.title, doc.signed[0][0]), ...sig(doc.sg, "Secretary-General", doc.signed[1][0]));
  }
  if (doc.annex?.length) {
    tail.push(new Paragraph({ children: [new PageBreak()] }));
    tail.push(H("Annex"), H(`Field operations supported in ${doc.year}`));
    const t = { margins: 80, vcenter: false };
    tail.push(new Table({ width: { size: textWidth(doc.landscape === "whole"), type: WidthType.DXA }, borders: tableBorders("grid"), rows: [
      new TableRow({ children: [cellOf([P("Acronym", { bold: true })], t), cellOf([P("Operation", { bold: true })], t)] }),
      ...doc.annex.map((x) => new TableRow({ children: [cellOf([P(x.acronym)], t), cellOf([P(x.name)], t)] })),
    ] }));
  }
  const common = { headers, footers, properties: {} };
  if (doc.landscape === "section") {
    sections.length = 0;
    return [
      { ...common, properties: { ...pageProps(false), titlePage: doc.titlePage }, children: [...front, ...body] },
      { ...common, properties: { ...pageProps(true), type: SectionType.NEXT_PAGE }, children: tablesPart },
      { ...common, properties: { ...pageProps(false), type: SectionType.NEXT_PAGE }, children: tail },
    ];
  }
  return [{ ...common, properties: { ...pageProps(doc.landscape === "whole"), titlePage: doc.titlePage }, children: [...front, ...body, ...tablesPart, ...tail] }];
}
const sections = [];

/** Drawn after all plans, in document order, by both the writing and the --check paths. */
const decideFootnote = (doc) => { doc.footnoteInTable = doc.footnote && chance(0.5) && [...doc.programme, ...doc.managerial].some((t) => t.cols.includes("target")); };

async function writeDocx(doc, file) {
  const secs = assemble(doc);
  const d = new Document({
    creator: doc.manager.name, title: `Senior Manager's Compact ${doc.year}`,
    styles: { default: { document: { run: { font: doc.font, size: doc.size } } } },
    numbering: { config: NUMBERING },
    footnotes: doc.footnote ? { 1: { children: [new Paragraph(quirk(`Baselines are those of ${doc.year - 1}; targets refer to 31 December ${doc.year}.`, doc))] } } : {},
    sections: secs,
  });
  writeFileSync(file, await Packer.toBuffer(d));
}

// ---------- truth ----------
function truthOfDoc(doc) {
  const sc = scheme(doc);
  const rows = [], srows = [];
  const tables = [...doc.programme.map((t) => [t, sc.prog[2]]), ...doc.managerial.map((t) => [t, sc.man[2]])];
  for (const [t, section] of tables) for (const r of t.rows) {
    const row = { section, objective: truthOf(r.objective), accomplishments: r.accs.map(truthOf), measures: r.measures.map((m) => truthOf(m.text)) };
    if (t.cols.includes("risk")) row.risksAndMitigations = r.risks.map(truthOf);
    if (t.cols.includes("base")) row.baseline = r.measures.map((m) => m.baseline);
    if (t.cols.includes("target")) row.target = r.measures.map((m) => m.target);
    rows.push(row);
    const mr = t.design.sub === "measure-rows" && t.cols.includes("acc");
    srows.push({ section, objective: row.objective, features: tableFeatures(t), measures: r.measures.map((m) => ({ accomplishment: t.design.sub === "rowspan" || mr ? m.acc : null, target: t.cols.includes("target") ? m.target : null, baseline: t.cols.includes("base") ? m.baseline : null })) });
  }
  return {
    kind: "compact", year: doc.year,
    manager: { name: doc.manager.name, title: doc.manager.title }, counterpart: { name: doc.sg, title: "Secretary-General" },
    entity: doc.entity, signedOn: doc.signed.map((s) => s[1]), missions: doc.missions,
    resolutions: [doc.resolution, ...(doc.sc1325 ? ["S/RES/1325 (2000)"] : [])], documents: [doc.budgetDoc], resolutionDates: {},
    challenges: doc.challenges.length, rows, structure: { features: docFeatures(doc), rows: srows },
  };
}
function tableFeatures(t) {
  const f = [`objective:${t.design.obj}`, `subrows:${t.design.sub}`, `cols:${t.cols.length}`];
  if (t.design.obj !== "column" && t.design.sub !== "tabbed") f.push(`objective:${t.labelStyle === "numbered" ? "numbered-label" : t.labelStyle === "plain" ? "plain-label" : "no-label"}`);
  if (t.design.obj === "column" && t.labelStyle === "numbered") f.push("objective:label-in-cell");
  if (t.design.obj === "heading" && t.labelStyle === "none" && t.headingNumbered) f.push("objective:word-numbered-heading");
  if (t.cols.includes("acc")) f.push(`acc-vocab:${t.vocab.acc[0].replace(/s$/, "")}`); else f.push("no-accomplishment");
  if (t.cols.includes("meas")) f.push(`meas-vocab:${t.vocab.meas[0]}`);
  if (t.cols.includes("risk")) f.push("col:risks");
  if (t.cols.includes("base")) f.push("col:baseline");
  if (t.cols.includes("target")) f.push("col:target");
  if (t.cols.includes("base") && t.cols.indexOf("target") < t.cols.indexOf("base")) f.push("order:target-before-baseline");
  if (t.cols.includes("risk") && t.cols.indexOf("risk") < t.cols.indexOf("meas")) f.push("order:nonstandard");
  if (t.design.sub !== "tabbed") {
    if (t.wrapped > 1) f.push("header-wrapped"); if (t.wrapped > 2) f.push("header-wrapped-3");
    if (t.repeat) f.push("header-repeated"); if (t.shaded) f.push("header-shaded"); if (t.superHeader) f.push("header-super");
    if (t.vcenter) f.push("cells-vcenter"); if (t.cantSplit) f.push("cells-cantsplit"); if (t.zebra) f.push("cells-zebra");
    f.push(`cells-margin-${t.margins}`);
  }
  if (/^[A-Z ]+$/.test(t.labels.join(" ").replace(/[^A-Za-z ]/g, ""))) f.push("header:upper");
  if (t.cols.includes("acc") && t.design.sub !== "measure-rows") f.push(`acc-marker:${t.accMarker}`);
  if (t.cols.includes("meas") && t.design.sub !== "measure-rows" && t.design.sub !== "tabbed") f.push(`marker:${t.measMarker}`);
  return f;
}
function docFeatures(doc) {
  const f = [`era:${doc.era}`, `rules:${doc.rules}`, RULED.has(doc.rules) ? "ruled" : "borderless", `font:${doc.font.split(" ")[0].toLowerCase()}`, `paper:${doc.paper}`, "challenges", `challenge-marker:${doc.challengeMarker}`, `signatures:${doc.signatures}`];
  if (doc.landscape !== "none") f.push("landscape", `landscape-${doc.landscape}`);
  f.push(...prodFeatures(doc.prod));
  if (doc.titlePage) f.push("title-page");
  if (doc.frameHeader) f.push("frame");
  if (doc.runningHeader) f.push("running-header");
  if (doc.footer !== "none") f.push(`page-footer:${doc.footer}`);
  if (doc.footnote) f.push(doc.footnoteInTable ? "footnote-in-table" : "footnotes");
  for (const mm of doc.missionModes) f.push(`missions-${mm}`);
  if (doc.sc1325) f.push("sc-resolution");
  if (doc.quirks.nbsp) f.push("text-nbsp"); if (doc.quirks.nbHyphen) f.push("text-nb-hyphen"); if (doc.quirks.softHyphen) f.push("text-soft-hyphen");
  f.push(`preamble:${{ a: "between", b: "between", c: "first-person", d: "header-block" }[doc.era]}`);
  f.push(`sections:${{ a: "letter-number", b: "roman", c: "letter", d: "section-parts" }[doc.era]}`);
  return [...new Set(f)].sort();
}

// ---------- Markdown ----------
function markdown(doc) {
  const sc = scheme(doc);
  const L = [];
  const m = doc.manager;
  const T = (s) => truthOf(s);
  if (doc.era === "d") L.push(`**${m.name}**`, "", `**${m.title}**`, "", `**${doc.year}**`, "", T(`I commit myself to using the authorities delegated to me by the Secretary-General to deliver the mandates of the ${doc.entity}, in line with the programme plan and budget (${doc.budgetDoc}) approved in resolution ${doc.resolution}, and to achieving the results set out below.`), "");
  else {
    L.push(`# ${sc.title}`, "");
    if (doc.era === "a") L.push(`Between ${m.honorific} ${m.name}, ${m.title}, and the Secretary-General, Mr. ${doc.sg}`, "", `**DEPARTMENT/OFFICE: ${doc.entity}**`, "", `This compact sets out the results that the ${doc.entity} will deliver in ${doc.year} under the programme budget (${doc.budgetDoc}) and General Assembly resolution ${doc.resolution}.`, "");
    else if (doc.era === "b") L.push(`between the Secretary-General and the ${m.title}`, "", `## ${doc.entity}`, "", `This compact is concluded between the Secretary-General, Mr. ${doc.sg}, and ${m.honorific} ${m.name}, ${m.title}, for the period from 1 January to 31 December ${doc.year}. It reflects the programme budget (${doc.budgetDoc}) and resolution ${doc.resolution}.`, "");
    else L.push(`${m.name}, ${m.title}, will strive to fulfil the goals of the United Nations Charter and to lead the ${doc.entity} with integrity. I commit to achieve the objectives detailed below, as approved by the General Assembly in resolution ${doc.resolution} and the programme budget (${doc.budgetDoc}).`, "");
  }
  if (doc.footnote && !doc.footnoteInTable) L.push(`Targets are measured against the baseline of ${doc.year - 1}.[^1]`, "");
  if (doc.sc1325) L.push(`The ${doc.entity} will advance the women and peace and security agenda set out in S/RES/1325 (2000).`, "");
  if (doc.proseMission) L.push(`Particular attention will be given to the ${doc.proseMission.name} (${doc.proseMission.acronym}), whose mandate remains central to the work plan for ${doc.year}.`, "");
  if (doc.runOn?.length) L.push(`Support in ${doc.year} also extends to the operations in the field, namely ${doc.runOn[0].acronym}, ${doc.runOn[1].acronym} and ${doc.runOn[2].acronym}, in line with their mandates.`, "");
  if (sc.section1) L.push(`## ${sc.section1}`, "");
  L.push(`## ${sc.prog[0]} ${sc.prog[1]}`, "");
  if (doc.era === "a") L.push(`### ${sc.mandates}`, "", `The ${doc.entity} derives its mandates from the resolutions of the General Assembly and the Security Council.`, "");
  if (doc.mandateList?.length) { L.push(`In ${doc.year} the ${doc.entity} will direct and support the following operations:`, ""); doc.mandateList.forEach((x, i) => L.push(`(${"abcdefgh"[i]}) ${x.name} (${x.acronym})${i === doc.mandateList.length - 1 ? "." : ";"}`, "")); }
  if (doc.era === "a") L.push(`### ${sc.progSub}`, "");
  if (doc.era === "c") L.push(`1. I will give special attention to delivering the following results in ${doc.year}.`, "");
  const counter = { next: 1 };
  const cellItems = (items, mk) => items.map((x, i) => { const mm = MARKERS[mk].md(i); return (mm ? `${mm} ` : "") + T(x).replace(/\|/g, "\\|"); }).join("<br>");
  const mdTable = (t) => {
    let headingNo = 0;
    const head = () => [`| ${t.labels.join(" | ")} |`, `|${t.cols.map(() => "---").join("|")}|`];
    const objRows = (row, k) => {
      const out = [];
      const obj = `${objLabel(t, k)}${T(row.objective)}`;
      if (t.design.obj === "spanning") out.push(`| **${obj}** |${" |".repeat(t.cols.length - 1)}`);
      let subs;
      if (t.design.sub === "flat") subs = [{ accs: row.accs, measures: row.measures.map((x) => x.text), risks: row.risks, first: true, accFirst: true }];
      else if (t.design.sub === "rowspan") subs = row.accs.map((a, ai) => ({ accs: [a], measures: row.measures.filter((x) => x.acc === ai).map((x) => x.text), risks: [row.risks[ai]], first: ai === 0, accFirst: true }));
      else subs = row.measures.map((x, mi) => ({ accs: [row.accs[x.acc]], measures: [x.text], baselines: [x.baseline], targets: [x.target], first: mi === 0, accFirst: mi === 0 || row.measures[mi - 1].acc !== x.acc }));
      for (const s of subs) out.push(`| ${t.cols.map((c) => c === "obj" ? (s.first ? obj : "") : c === "acc" ? (s.accFirst ? cellItems(s.accs, t.accMarker) : "") : c === "meas" ? cellItems(s.measures, t.measMarker) : c === "risk" ? cellItems(s.risks, t.riskMarker) : c === "base" ? s.baselines.join("<br>") : s.targets.join("<br>")).join(" | ")} |`);
      return out;
    };
    const heading = (row, k) => {
      const label = t.labelStyle === "numbered" ? `Objective ${k}: ` : t.labelStyle === "plain" ? "Objective: " : t.headingNumbered ? `${++headingNo + doc.mdHeadingNo}. ` : "";
      return [`**${label}${T(row.objective)}**`, ""];
    };
    if (t.design.sub === "tabbed") {
      for (const row of t.rows) { const k = counter.next++; L.push(...heading(row, k), ...head(), ...row.measures.map((x) => `| ${T(x.text)} | ${t.cols.slice(1).map((c) => (c === "base" ? x.baseline : x.target)).join(" | ")} |`), ""); }
    } else if (t.design.obj === "heading") {
      for (const row of t.rows) { const k = counter.next++; L.push(...heading(row, k), ...head(), ...objRows(row, k), ""); }
    } else {
      L.push(...head()); for (const row of t.rows) L.push(...objRows(row, counter.next++)); L.push("");
    }
    doc.mdHeadingNo += headingNo;
  };
  doc.mdHeadingNo = 0;
  for (const t of doc.programme) mdTable(t);
  L.push(`## ${sc.man[0]} ${sc.man[1]}`, "");
  for (const t of doc.managerial) mdTable(t);
  L.push(`## ${sc.chal[0]} ${sc.chal[1]}`, "", "The following challenges may affect the delivery of the results above:", "");
  doc.challenges.forEach((c, i) => L.push(`${MARKERS[doc.challengeMarker].md(i) || ""} ${c}`.trim(), ""));
  L.push(`${m.name}  `, `${m.title}  `, `Date: ${doc.signed[0][0]}`, "", `${doc.sg}  `, "Secretary-General  ", `Date: ${doc.signed[1][0]}`, "");
  if (doc.annex?.length) L.push("## Annex", "", `### Field operations supported in ${doc.year}`, "", "| Acronym | Operation |", "|---|---|", ...doc.annex.map((x) => `| ${x.acronym} | ${x.name} |`), "");
  if (doc.footnote) L.push(`[^1]: Baselines are those of ${doc.year - 1}; targets refer to 31 December ${doc.year}.`, "");
  return L.join("\n");
}

// ---------- page cuts ----------
/** Truth rows no single page of `pdftotext -raw` holds whole (from the objective to the last measure). */
function cutRows(pdf, truth) {
  const pages = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).split("\f");
  const key = (s) => truthOf(s).normalize("NFKC").toLowerCase().replace(/[^a-z0-9]/g, "");
  const flat = pages.map(key);
  const starts = []; let acc = 0; for (const p of flat) { starts.push(acc); acc += p.length; }
  const all = flat.join("");
  const pageAt = (pos) => { let k = 0; while (k + 1 < starts.length && starts[k + 1] <= pos) k++; return k; };
  const cut = []; let from = 0;
  truth.rows.forEach((r, i) => {
    const o = all.indexOf(key(r.objective).slice(0, 40), from);
    const lastItem = [...r.measures].reverse()[0] ?? r.objective;
    const e = o < 0 ? -1 : all.indexOf(key(lastItem).slice(-30), o);
    if (o >= 0 && e >= 0) { if (pageAt(o) !== pageAt(e)) cut.push(i); from = o + 1; }
  });
  return { pages: pages.filter((p) => p.trim()).length, cut };
}

// ---------- main ----------
async function main() {
  const docs = [];
  let dev = 0, hold = 0;
  for (let i = 0; i < PLANNED; i++) {
    const d = planDoc(i);
    d.id = d.split === "dev7" ? `d7-${String(++dev).padStart(3, "0")}` : `h7-${String(++hold).padStart(3, "0")}`;
    docs.push(d);
  }
  for (const d of docs) decideFootnote(d); // the last draws of the first stream, in document order
  const main0 = stream;
  stream = mulberry32(FRESH_SEED);
  for (let i = 0; i < FRESH; i++) {
    const d = planDoc(i);
    d.split = "fresh7";
    d.id = `f7-${String(i + 1).padStart(3, "0")}`;
    decideFootnote(d);
    docs.push(d);
  }
  stream = mulberry32(TUNE_SEED);
  for (let i = 0; i < TUNE; i++) {
    const d = planDoc(i);
    d.split = "tune7";
    d.id = `t7-${String(i + 1).padStart(3, "0")}`;
    decideFootnote(d);
    docs.push(d);
  }
  stream = mulberry32(TUNE_B_SEED);
  for (let i = 0; i < TUNE_B; i++) {
    const d = planDoc(i);
    d.split = "tune7b";
    d.id = `t7b-${String(i + 1).padStart(3, "0")}`;
    decideFootnote(d);
    docs.push(d);
  }
  stream = mulberry32(TUNE_C_SEED);
  const tuneC = [];
  for (let i = 0; i < TUNE_C; i++) {
    const d = planDoc(i);
    d.split = "tune7c";
    d.id = `t7c-${String(i + 1).padStart(3, "0")}`;
    decideFootnote(d);
    tuneC.push(d);
  }
  varyProducers(tuneC, TUNE_C_SEED + 1);
  docs.push(...tuneC);
  stream = main0;
  if (CHECK) {
    const committed = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
    const bad = [];
    for (const d of docs) {
      const truth = JSON.stringify(truthOfDoc(d), null, 1) + "\n";
      if (readFileSync(join(OUT, d.split, `${d.id}.truth.json`), "utf8") !== truth) bad.push(`${d.id}.truth.json`);
      if (readFileSync(join(OUT, d.split, `${d.id}.md`), "utf8") !== markdown(d)) bad.push(`${d.id}.md`);
      const e = committed.documents.find((x) => x.id === d.id);
      const features = [...new Set([...JSON.parse(truth).structure.features, ...JSON.parse(truth).structure.rows.flatMap((r) => r.features)])].sort();
      if (!e || JSON.stringify(e.features) !== JSON.stringify(features)) bad.push(`${d.id} manifest features`);
    }
    if (bad.length) { console.error(`corpus7 differs from the generator: ${bad.join(", ")}`); process.exit(1); }
    console.log(`corpus7 --check: ${docs.length} documents match`);
    return;
  }
  const splits = ONLY ? [ONLY] : SPLITS;
  for (const split of splits) { rmSync(join(OUT, split), { recursive: true, force: true }); mkdirSync(join(OUT, split), { recursive: true }); }
  const old = ONLY ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : undefined;
  const manifest = { generator: "scripts/corpus7/generate.mjs", seed: SEED, freshSeed: FRESH_SEED, tuneSeed: TUNE_SEED, tuneBSeed: TUNE_B_SEED, tuneCSeed: TUNE_C_SEED, producers: old?.producers ?? {}, splits: { dev7: dev, holdout7: hold, fresh7: FRESH, tune7: TUNE, tune7b: TUNE_B, tune7c: TUNE_C }, documents: [] };
  for (const d of docs) {
    if (!splits.includes(d.split)) { const e = old.documents.find((x) => x.id === d.id); if (e) manifest.documents.push(e); continue; }
    const dir = join(OUT, d.split);
    await writeDocx(d, join(dir, `${d.id}.docx`));
    const truth = truthOfDoc(d);
    writeFileSync(join(dir, `${d.id}.truth.json`), JSON.stringify(truth, null, 1) + "\n");
    writeFileSync(join(dir, `${d.id}.md`), markdown(d));
    const features = [...new Set([...truth.structure.features, ...truth.structure.rows.flatMap((r) => r.features)])].sort();
    manifest.documents.push({
      id: d.id, split: d.split, year: d.year, entity: d.entity, ruled: RULED.has(d.rules), rows: truth.rows.length,
      features, style: { font: d.font, size: d.size / 2, paper: d.paper, landscape: d.landscape, era: d.era, rules: d.rules },
      tables: [...d.programme, ...d.managerial].map((t) => `${t.design.obj}/${t.design.sub0}/${t.cols.length}`),
      renderings: { "docx.pdf": `${d.split}/${d.id}.docx.pdf`, "html.pdf": `${d.split}/${d.id}.html.pdf`, txt: `${d.split}/${d.id}.txt`, md: `${d.split}/${d.id}.md` },
      source: `${d.split}/${d.id}.docx`, truth: `${d.split}/${d.id}.truth.json`,
    });
  }
  if (!NO_PDF) {
    const profile = "file:///tmp/lo-h-gen7";
    for (const split of splits) {
      const dir = join(OUT, split);
      const ids = manifest.documents.filter((x) => x.split === split).map((x) => x.id);
      const tmp = join("/tmp", `gen7-${split}`); rmSync(tmp, { recursive: true, force: true }); mkdirSync(tmp, { recursive: true });
      execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp, ...ids.map((id) => join(dir, `${id}.docx`))], { stdio: "ignore" });
      for (const id of ids) { renameSync(join(tmp, `${id}.pdf`), join(dir, `${id}.docx.pdf`)); fixStamps(join(dir, `${id}.docx.pdf`), `${id}/docx`); }
      execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "html:HTML (StarWriter)", "--outdir", tmp, ...ids.map((id) => join(dir, `${id}.docx`))], { stdio: "ignore" });
      for (const id of ids) {
        const prod = docs.find((x) => x.id === id).prod;
        if (prod) { const f = join(tmp, `${id}.html`); writeFileSync(f, readFileSync(f, "utf8").replace(/<\/head>/i, `${printCss(prod)}</head>`)); }
        execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", `--user-data-dir=/tmp/chromium-h-gen7`, "--no-pdf-header-footer", `--print-to-pdf=${join(dir, `${id}.html.pdf`)}`, `file://${join(tmp, `${id}.html`)}`], { stdio: "ignore" });
        fixStamps(join(dir, `${id}.html.pdf`), `${id}/html`);
        execFileSync("pdftotext", ["-layout", join(dir, `${id}.docx.pdf`), join(dir, `${id}.txt`)]);
      }
      rmSync(tmp, { recursive: true, force: true });
    }
    for (const e of manifest.documents.filter((x) => splits.includes(x.split))) {
      const truth = JSON.parse(readFileSync(join(OUT, e.truth), "utf8"));
      const a = cutRows(join(OUT, e.renderings["docx.pdf"]), truth), b = cutRows(join(OUT, e.renderings["html.pdf"]), truth);
      e.pages = { docx: a.pages, html: b.pages };
      e.cutRows = { docx: a.cut, html: b.cut, txt: a.cut };
      // Rows whose text the print clipped (Chromium at the right margin: see clipped.mjs).
      const cd = clippedRows(join(OUT, e.renderings["docx.pdf"]), truth);
      e.clippedRows = { docx: cd, html: clippedRows(join(OUT, e.renderings["html.pdf"]), truth), txt: cd };
    }
    const v = (cmd, a) => { try { return execFileSync(cmd, a, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim().split("\n")[0]; } catch { return "?"; } };
    manifest.producers = { ...manifest.producers, docx: JSON.parse(readFileSync(join(ROOT, "node_modules", "docx", "package.json"), "utf8")).version, libreoffice: v("soffice", ["--version"]), chromium: v("chromium", ["--version"]), pdftotext: spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).stderr.trim().split("\n")[0] };
  }
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`${docs.length} documents: ${SPLITS.map((s) => `${s} ${manifest.documents.filter((x) => x.split === s).length} (${manifest.documents.filter((x) => x.split === s).reduce((a, x) => a + x.rows, 0)} rows)`).join(", ")}`);
}
await main();
