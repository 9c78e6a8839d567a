#!/usr/bin/env node
/**
 * The sixteenth compact corpus (test/corpus16/, issue 11): a measurement corpus built by someone who
 * does not tune the reader. One data model per document is written three times:
 *   - as **web HTML with the CSS intranet pages use** — tables laid out as CSS grid or as
 *     `display: table` divs (not `<table>`), shaded header cells and zebra rows as background fills
 *     with no rules (or CSS borders on some sides), `@page` size, margins and margin boxes (running
 *     header, `Page N of M`), `break-inside`, a real `<table>` whose `<thead>` the browser repeats —
 *     and **printed by Chromium headless** (`chromium.pdf`);
 *   - as **plain `<table>` HTML imported by LibreOffice Writer** (rowspans, `rules`/`frame` borders,
 *     `bgcolor` fills, `<thead>` → repeated header rows, a `title="footer"` division with page
 *     fields) and printed by Writer (`lo.pdf`);
 *   - as a **flat ODF Writer document** (.fodt: styles, Writer list numbering, cell borders on some
 *     sides only, repeated header rows, spans, page layout, header/footer fields) printed by Writer
 *     (`fodt.pdf`).
 * `txt` is `pdftotext -layout` of chromium.pdf, `plain.txt` is **plain `pdftotext`** (reading order,
 * no -layout) of lo.pdf, and `md` is **`pandoc -f html -t gfm`** of the Writer HTML. The truth comes
 * from the data model, so it is exact by construction.
 *
 *   node scripts/corpus16/generate.mjs             # draws and prints (see test/corpus16/README.md for the packages)
 *   node scripts/corpus16/generate.mjs --check     # truth, layout sha256 and manifest features as committed
 *   node scripts/corpus16/generate.mjs --features  # the feature crossing of the plan, no printing
 *   node scripts/corpus16/generate.mjs --truth     # rewrites the truth files only
 *   node scripts/corpus16/generate.mjs --seed 162616 --split val16   # a validation draw: every document
 *       drawn with that seed goes to test/corpus16/val16/ (ids v16-001…, its own manifest.json there,
 *       `--corpus test/corpus16/val16` for score.mjs); the committed dev16/holdout16 are untouched
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { FIRST, LAST, MANAGERIAL, OFFICES, RISKS, SCOPES } from "./banks.mjs";
import { dealer, reseedable } from "../corpus/prng.mjs";
import { ACC, MEAS, SG, drawTableRows, frameTruth, longDate, sections, withFrame } from "../corpus/web-export.mjs";
import { generatorArgs, runModes, validationDraw } from "../corpus/generator.mjs";
import { printRun } from "../corpus/print-run.mjs";
import { designsOf, layoutSlots, slotSeed } from "./slots.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeDrawManifest, writeManifest } from "../corpus/harness.mjs";

const { ROOT, ONLY } = generatorArgs(import.meta.url, 16, ["--seed", "--split"]);
/**
 * `--seed S --split NAME`: a validation draw — the same generator with another seed, every document
 * to split NAME (val16, val16b, …), in a folder of its own (test/corpus16/NAME/, with its own
 * manifest.json). Both flags or neither (no default seed); null without them. Read by
 * scripts/corpus/generator.mjs's validationDraw.
 */
const VAL = validationDraw(16);
const SEED = VAL?.seed ?? 161616;
/** The folder the manifest, the sources and the documents' split folders sit under. */
const OUT = VAL ? join(ROOT, "test", "corpus16", VAL.split) : join(ROOT, "test", "corpus16");

const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %
/** Each document's layout slots (slots.mjs): its index before val16d, the draw's seed from val16d on. */
const SLOTS = layoutSlots(N_DOCS, slotSeed(VAL));

// ---------------------------------------------------------------- randomness
const { next: rnd, int, pick, shuffle, sample, reseed } = reseedable(SEED);

// ---------------------------------------------------------------- data
const letters = "abcdefghijklmnop";
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * Table designs (README):
 * grid4  Objective | Expected accomplishment | Performance measure | Target — a CSS grid in Chromium;
 *        the objective spans one sub-row per accomplishment, each with its measures and their targets
 * divt3  display:table divs, header group repeated; the measures column before the accomplishments
 *        in half the tables (order:measures-first)
 * span3  a <table>: a spanning `Objective 2:` row, then Expected accomplishments | Risks and
 *        mitigations | Performance measures (risks last in half the tables)
 * base4  a <table>: Objective | Key performance indicator | Baseline | Target, one sub-row per
 *        indicator, no accomplishment column
 */
const DESIGNS = ["grid4", "divt3", "span3", "base4"];
/** Item markers printed as text (bullets, letters, numbers), as a CSS list, or none (items end with a full stop). */
const MARKERS = ["•", "▪", "●", "o", "-", "–", "➢", "□", "(a)", "(i)", "1.", "a)", "css-square", "none"];
const MARKER_NAME = { "•": "bullet", "▪": "square", "●": "disc", o: "o", "-": "hyphen", "–": "en-dash", "➢": "arrow", "□": "box", "(a)": "paren-letter", "(i)": "paren-roman", "1.": "number", "a)": "letter-paren", "css-square": "css-list", none: "none" };

function drawValue(ind) {
  const v = int(ind.lo, ind.hi);
  const fmt = (x) => x.toLocaleString("en-US");
  const inCell = ind.unit === "%" ? pick([`${ind.t}: ${v} per cent`, `${ind.t}: ${v}%`, `${ind.t} (target: ${v}%)`]) : ind.unit === "days" ? pick([`${ind.t}: ${v}`, `${ind.t} (target: ${v} days)`]) : pick([`${ind.t}: ${fmt(v)}`, `${ind.t} (target: ${fmt(v)})`]);
  const target = ind.unit === "%" ? pick([`${v}%`, `${v} per cent`, `≥ ${v}%`, `At least ${v}%`]) : ind.unit === "days" ? pick([`${v} days`, `≤ ${v} days`, `${v}`]) : pick([fmt(v), `At least ${fmt(v)}`, `≥ ${fmt(v)}`]);
  // the baseline: the year before, on the far side of the target
  const b = ind.unit === "days" ? v + int(1, Math.max(2, Math.round(v / 3))) : Math.max(0, v - int(1, Math.max(2, Math.round(v / 4))));
  const baseline = ind.unit === "%" ? (target.includes("per cent") ? `${b} per cent` : `${b}%`) : ind.unit === "days" ? `${b} days` : fmt(b);
  return { inCell, indicator: ind.t, target, baseline };
}

/** Each design's rows (web-export.mjs's drawTableRows): grid4 each accomplishment its own sub-row with one or two measures; others 1–3 measures (base4 2–4). */
const SHAPES = { grid4: { accs: 3, subRows: true }, divt3: { accs: 2, measures: [1, 3] }, span3: { accs: 2, measures: [1, 3], risks: true }, base4: { accs: 0, measures: [2, 4] } };
const drawRows = (bank, used, n, design) => drawTableRows(bank, used, n, SHAPES[design], { scopes: bank === MANAGERIAL ? null : SCOPES, value: drawValue, risks: RISKS }, { int, pick, sample, shuffle });

// ---------------------------------------------------------------- the plan
const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
const FONTS = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "Nimbus Sans", "P052", "URW Bookman"];
/** Deals values of `xs` in turn per key (so that each crosses the others evenly). */
const { deal, reset: resetDeals } = dealer("turn", shuffle);
function drawDocument(i) {
  const slot = SLOTS[i];
  const era = "abc"[slot.era % 3];
  const fits = OFFICES.filter((o) => o.years[0] <= SPANS[era][1]);
  const office = fits[Math.floor(slot.era / 3) % fits.length];
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head(year) };
  const rules = ["none", "grid", "sides"][(slot.rules + Math.floor(slot.rules / 3)) % 3];
  const style = {
    rules,
    fill: deal(`fill:${rules}`, ["zebra", "header", "zebra", "none"]),
    font: FONTS[Math.floor(slot.font / 2) % FONTS.length],
    size: pick([9, 10, 10, 11]),
    landscape: slot.page % 3 === 1 || slot.page % 5 === 0,
    margins: pick(["narrow", "normal", "wide"]),
    footer: deal("footer", ["page-n-of-m", "page-n", "none"]),
    runningHeader: rnd() < 0.5,
    keepRows: slot.keep % 4 === 2,
    valign: deal(`valign:${rules}`, ["top", "top", "middle"]),
    signatures: deal(`sig:${era}`, ["side-by-side", "stacked", "labelled"]),
    sections: era === "a" ? "letters-numbered" : era === "c" ? "section-parts" : deal("secb", ["letters", "roman"]),
    missionsAs: office.missions ? deal(`mis:${rules}`, ["list", "run-on"]) : "none",
    gaForm: deal(`ga:${rules}`, ["symbol", "words"]),
    scForm: office.missions ? deal(`sc:${rules === "none"}`, ["symbol", "words"]) : null,
    dateForm: pick(["day-month", "month-day"]),
    honorific: pick(["Mr.", "Ms."]),
  };
  style.ruled = rules !== "none";
  const used = new Set();
  const designs = designsOf(DESIGNS, slot.designs);
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const marker = deal(`marker:${style.ruled}`, MARKERS);
    const ts = {
      design, managerial, marker,
      accMarker: design === "base4" ? null : deal(`accm:${design}`, ["same", "same", "(a)", "none"]),
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: design === "base4" ? deal("kpi", ["key-performance-indicator", "performance-measure", "indicator-of-achievement"]) : pick(Object.keys(MEAS)),
      caseUpper: rnd() < 0.25,
      stops: marker === "none" ? true : rnd() < 0.3,
      measFirst: design === "divt3" && deal(`mf:${style.ruled}`, [true, false]),
      risksLast: design === "span3" && deal(`rl:${style.ruled}`, [true, false]),
      label: design === "span3" ? deal("label", ["Objective:", "Objective N:", "OBJECTIVE N:"]) : null,
      headerOnce: (design === "span3" || design === "base4") && deal(`ho:${style.ruled}`, [false, false, true]),
      yearHeader: design === "base4" && rnd() < 0.4,
    };
    if (ts.accMarker === "same") ts.accMarker = marker;
    if (ts.accMarker === "none") ts.stops = true; // lost bullets: items end with a full stop
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "span3" ? int(3, 4) : int(4, 5);
    ts.rows = drawRows(bank, used, n, design);
    return ts;
  });
  const own = office.acronym(year);
  const mine = new Set([office.acronym(2006), office.acronym(2024)]); // the office under any of its names
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && !mine.has(m.acronym)), int(3, 5)) : [];
  const doc = { year, era, office, acronym: own, entity: office.name(year), manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions };
  return withFrame(doc, { challenges: 4, markers: ["1.", "(a)", "•"] }, { int, pick, sample });
}

// ---------------------------------------------------------------- the layouts
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function labels(doc, t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = {
    grid4: [obj, acc, meas, "Target"],
    divt3: t.measFirst ? [obj, meas, acc] : [obj, acc, meas],
    span3: t.risksLast ? [acc, meas, "Risks and mitigations"] : [acc, "Risks and mitigations", meas],
    base4: [obj, meas, t.yearHeader ? `Baseline (${doc.year - 1})` : "Baseline", t.yearHeader ? `Target (${doc.year})` : "Target"],
  }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const WIDTHS = { grid4: [24, 26, 34, 16], divt3: [28, 36, 36], span3: [33, 33, 34], base4: [30, 40, 15, 15] };
const markOf = (m, k) => (m === "(a)" ? `(${letters[k]})` : m === "(i)" ? `(${ROMAN[k]})` : m === "1." ? `${k + 1}.` : m === "a)" ? `${letters[k]})` : m);
const stop = (t, x) => (t.stops ? `${x}.` : x);

/** Items of a cell: markers as text, a CSS list, or bare paragraphs (items end with a full stop). */
function itemsHtml(marker, items, forLo, start = 0) {
  if (!items.length) return "";
  if (marker === "css-square") return `<ul style="list-style-type: square; margin: 0; padding-left: 14pt">${items.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>`;
  if (marker === "none") return items.map((x) => (forLo ? `<p>${esc(x)}</p>` : `<div class="it0">${esc(x)}</div>`)).join("");
  return items.map((x, k) => (forLo ? `<p>${esc(markOf(marker, start + k))} ${esc(x)}</p>` : `<div class="it"><span class="mk">${esc(markOf(marker, start + k))}</span>${esc(x)}</div>`)).join("");
}
const measText = (t, m) => (t.design === "grid4" || t.design === "base4" ? m.indicator : m.inCell);

/** The frame before the tables, the same words in both layouts. */
function frame(doc, P) {
  const y = doc.year, s = doc.style;
  if (doc.era === "a") {
    P.title(`${y} SENIOR MANAGER’S COMPACT`);
    P.p(`Between ${s.honorific} ${esc(doc.manager.name)}, ${esc(doc.manager.title)}, and the Secretary-General, Mr. ${esc(doc.counterpart.name)}`);
    P.p(`<b>DEPARTMENT/OFFICE:</b> ${esc(doc.entity)} (${doc.acronym})`);
  } else if (doc.era === "b") {
    P.title(`SENIOR MANAGER’S COMPACT for ${y}`);
    P.p(`${esc(doc.manager.name)}, ${esc(doc.manager.title)}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${esc(doc.entity)}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly.`);
  } else {
    P.p(`<b>${esc(doc.manager.name)}</b><br>${esc(doc.manager.title)}<br>${y}`);
    P.p(`I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${esc(doc.entity)} set out below, in line with the Charter of the United Nations.`);
  }
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  P.p(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`);
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") P.p(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`);
    else { P.p(`Pursuant to ${sc}, the Office supports the following missions:`); if (P.list) P.list(doc.missions.map((m) => `${esc(m.name)} (${m.acronym})`)); else P.raw(`<ul>${doc.missions.map((m) => `<li>${esc(m.name)} (${m.acronym})</li>`).join("")}</ul>`); }
  }
}

function sigBlocks(doc, P, forLo) {
  const s = doc.style;
  const d = (k) => longDate(doc.signed[k], s.dateForm);
  const people = [[doc.manager.name, doc.manager.title, d(0)], [doc.counterpart.name, doc.counterpart.title, d(1)]];
  if (s.signatures === "side-by-side") {
    const cell = ([n, t, dt]) => `________________________<br>${esc(n)}<br>${esc(t)}<br>Date: ${dt}`;
    if (forLo) P.raw(`<table width="100%" border="0" cellpadding="4"><tr><td width="50%" valign="top">${cell(people[0])}</td><td width="50%" valign="top">${cell(people[1])}</td></tr></table>`);
    else P.raw(`<div class="sigs">${people.map((x) => `<div>${cell(x)}</div>`).join("")}</div>`);
  } else if (s.signatures === "stacked") {
    for (const [n, t, dt] of people) P.p(`________________________<br>${esc(n)}<br>${esc(t)}<br>${dt}`);
  } else {
    for (const [n, t, dt] of people) P.p(`Signed: ________________________<br>Name: ${esc(n)}<br>Title: ${esc(t)}<br>Date: ${dt}`);
  }
}

/** Chromium's HTML: CSS grid, display:table divs, real tables with thead; fills and rules in CSS. */
function chromiumHtml(doc) {
  const s = doc.style, H = [];
  const P = { title: (t) => H.push(`<h1>${t}</h1>`), p: (t) => H.push(`<p>${t}</p>`), raw: (t) => H.push(t) };
  if (doc.era === "c") H.push(`<div class="hdrblock">${esc(doc.manager.name)} · ${esc(doc.acronym)} · ${doc.year}</div>`);
  frame(doc, P);
  const av = s.valign === "middle" ? "middle" : "top";
  const cellCls = (k) => (s.fill === "zebra" && k % 2 === 1 ? "z" : "");
  let objNo = 0;
  for (const sec of sections(doc)) {
    H.push(sec.id.includes(".") ? `<h3>${esc(sec.head)}</h3>` : `<h2>${esc(sec.head)}</h2>`);
    if (sec.para) H.push(`<p>1. I will give special attention to delivering the following results in ${doc.year}.</p>`);
    if (sec.challenges) { H.push(itemsHtml(doc.challengeMarker, doc.challenges, false)); continue; }
    for (const t of sec.tables ?? []) {
      const L = labels(doc, t), W = WIDTHS[t.design];
      const accCell = (r) => itemsHtml(t.accMarker, r.accs.map((a) => stop(t, a)), false);
      if (t.design === "grid4") {
        const cells = L.map((l) => `<div class="h">${esc(l)}</div>`);
        t.rows.forEach((r, k) => {
          const z = cellCls(k);
          cells.push(`<div class="c ${z}" style="grid-row: span ${r.accs.length}">${esc(r.objective)}</div>`);
          let j = 0;
          r.accs.forEach((a, ai) => {
            const ms = r.measures.slice(j, j + r.perAcc[ai]); j += r.perAcc[ai];
            cells.push(`<div class="c ${z}">${itemsHtml(t.accMarker, [stop(t, a)], false, ai)}</div>`, `<div class="c ${z}">${itemsHtml(t.marker, ms.map((m) => stop(t, m.indicator)), false)}</div>`, `<div class="c ${z}">${ms.map((m) => `<div class="tg">${esc(m.target)}</div>`).join("")}</div>`);
          });
        });
        H.push(`<div class="g4" style="grid-template-columns: ${W.map((w) => `${w}%`).join(" ")}">${cells.join("")}</div>`);
      } else if (t.design === "divt3") {
        const body = t.rows.map((r, k) => {
          const meas = itemsHtml(t.marker, r.measures.map((m) => stop(t, m.inCell)), false), acc = accCell(r);
          return `<div class="tr ${cellCls(k)}"><div class="td">${esc(r.objective)}</div><div class="td">${t.measFirst ? meas : acc}</div><div class="td">${t.measFirst ? acc : meas}</div></div>`;
        }).join("");
        H.push(`<div class="dt"><div class="thg"><div class="tr">${L.map((l, c) => `<div class="th" style="width:${W[c]}%">${esc(l)}</div>`).join("")}</div></div><div class="tbg">${body}</div></div>`);
      } else if (t.design === "span3") {
        const head = `<tr>${L.map((l, c) => `<th style="width:${W[c]}%">${esc(l)}</th>`).join("")}</tr>`;
        const body = t.rows.map((r, k) => {
          objNo++;
          const lab = t.label === "Objective:" ? "Objective:" : t.label === "Objective N:" ? `Objective ${objNo}:` : `OBJECTIVE ${objNo}:`;
          const acc = accCell(r), meas = itemsHtml(t.marker, r.measures.map((m) => stop(t, m.inCell)), false), risk = itemsHtml(t.marker, r.risks.map((x) => stop(t, x)), false);
          return `<tbody class="grp"><tr class="obj"><td colspan="3"><b>${lab}</b> ${esc(r.objective)}</td></tr><tr class="${cellCls(k)}"><td>${acc}</td><td>${t.risksLast ? meas : risk}</td><td>${t.risksLast ? risk : meas}</td></tr></tbody>`;
        }).join("");
        H.push(`<table class="t">${t.headerOnce ? `<tbody>${head.replace("<tr>", '<tr class="hd">')}</tbody>` : `<thead>${head}</thead>`}${body}</table>`);
      } else {
        const head = `<tr>${L.map((l, c) => `<th style="width:${W[c]}%">${esc(l)}</th>`).join("")}</tr>`;
        const body = t.rows.map((r, k) => `<tbody class="grp">${r.measures.map((m, j) => `<tr class="${cellCls(k)}">${j === 0 ? `<td rowspan="${r.measures.length}">${esc(r.objective)}</td>` : ""}<td>${itemsHtml(t.marker, [stop(t, m.indicator)], false)}</td><td>${esc(m.baseline)}</td><td>${esc(m.target)}</td></tr>`).join("")}</tbody>`).join("");
        H.push(`<table class="t">${t.headerOnce ? `<tbody>${head.replace("<tr>", '<tr class="hd">')}</tbody>` : `<thead>${head}</thead>`}${body}</table>`);
      }
    }
  }
  sigBlocks(doc, P, false);
  const m = { narrow: "12mm 12mm", normal: "20mm 18mm", wide: "25mm 25mm" }[s.margins];
  const foot = s.footer === "page-n-of-m" ? `@bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }` : s.footer === "page-n" ? `@bottom-right { content: counter(page); font-size: 8pt; }` : "";
  const runHead = s.runningHeader ? `@top-right { content: "${doc.acronym} — Senior Manager’s Compact ${doc.year}"; font-size: 8pt; color: #555; }` : "";
  const rule = s.rules === "grid" ? "border: 0.6pt solid #444;" : s.rules === "sides" ? "border-bottom: 0.6pt solid #666;" : "";
  const headFill = s.fill === "none" ? "" : "background: #d6dce5;";
  const brk = s.keepRows ? "break-inside: avoid;" : "break-inside: auto;";
  const css = `
@page { size: A4 ${s.landscape ? "landscape" : "portrait"}; margin: ${m}; ${foot} ${runHead} }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: '${s.font}', sans-serif; font-size: ${s.size}pt; line-height: 1.25; margin: 0; }
h1 { font-size: ${s.size + 5}pt; text-align: center; } h2 { font-size: ${s.size + 2}pt; margin: 12pt 0 6pt; } h3 { font-size: ${s.size + 1}pt; margin: 10pt 0 5pt; }
.hdrblock { font-size: 8pt; color: #555; text-align: right; border-bottom: 0.5pt solid #aaa; margin-bottom: 8pt; }
p { margin: 0 0 6pt; }
.it { padding-left: 13pt; text-indent: -13pt; margin-bottom: 2pt; } .it .mk { display: inline-block; width: 13pt; text-indent: 0; }
.it0 { margin-bottom: 4pt; }
.tg { margin-bottom: 2pt; }
.z { background: #eef2f7; }
.g4 { display: grid; margin: 6pt 0 12pt; ${s.rules === "grid" ? "border-top: 0.6pt solid #444; border-left: 0.6pt solid #444;" : ""} }
.g4 > div { padding: 4pt 5pt; align-self: stretch; ${s.rules === "grid" ? "border-right: 0.6pt solid #444; border-bottom: 0.6pt solid #444;" : s.rules === "sides" ? "border-bottom: 0.6pt solid #666;" : ""} ${brk} display: flex; flex-direction: column; justify-content: ${s.valign === "middle" ? "center" : "flex-start"}; }
.g4 > .h { font-weight: bold; ${headFill} }
.dt { display: table; width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; table-layout: fixed; }
.thg { display: table-header-group; break-inside: avoid; } .tbg { display: table-row-group; }
.tr { display: table-row; ${brk} }
.th, .td { display: table-cell; padding: 4pt 5pt; vertical-align: ${av}; ${rule} }
.th { font-weight: bold; text-align: left; ${headFill} }
table.t { width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; table-layout: fixed; }
table.t th, table.t td { padding: 4pt 5pt; vertical-align: ${av}; text-align: left; ${rule} }
table.t th, table.t tr.hd th { ${headFill} }
table.t tr { ${brk} } table.t tbody.grp { ${brk} }
table.t tr.obj td { ${s.fill === "none" ? "" : "background: #f3efe0;"} }
.sigs { display: flex; gap: 30pt; margin-top: 24pt; break-inside: avoid; } .sigs > div { flex: 1; }
`;
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Senior Manager's Compact ${doc.year}</title><style>${css}</style></head><body>\n${H.join("\n")}\n</body></html>\n`;
}

/** LibreOffice Writer's HTML: real tables only (rowspans, colspans, rules/frame, bgcolor), a footer division. */
function loHtml(doc) {
  const s = doc.style, H = [];
  const P = { title: (t) => H.push(`<h1 align="center">${t}</h1>`), p: (t) => H.push(`<p>${t}</p>`), raw: (t) => H.push(t) };
  if (s.runningHeader) H.push(`<div title="header"><p align="right"><font size="1">${esc(doc.acronym)} — Senior Manager’s Compact ${doc.year}</font></p></div>`);
  if (s.footer !== "none") H.push(`<div title="footer"><p align="center"><font size="1">${s.footer === "page-n-of-m" ? `Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>` : `<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>`}</font></p></div>`);
  frame(doc, P);
  const attrs = s.rules === "grid" ? ` border="1" rules="all" frame="box"` : s.rules === "sides" ? ` border="1" rules="rows" frame="hsides"` : ` border="0"`;
  const va = ` valign="${s.valign === "middle" ? "middle" : "top"}"`;
  const fill = (k) => (s.fill === "zebra" && k % 2 === 1 ? ` bgcolor="#eef2f7"` : "");
  const hfill = s.fill === "none" ? "" : ` bgcolor="#d6dce5"`;
  let objNo = 0;
  for (const sec of sections(doc)) {
    H.push(sec.id.includes(".") ? `<h3>${esc(sec.head)}</h3>` : `<h2>${esc(sec.head)}</h2>`);
    if (sec.para) H.push(`<p>1. I will give special attention to delivering the following results in ${doc.year}.</p>`);
    if (sec.challenges) { H.push(itemsHtml(doc.challengeMarker, doc.challenges, true)); continue; }
    for (const t of sec.tables ?? []) {
      const L = labels(doc, t), W = WIDTHS[t.design];
      const head = `<tr${hfill}>${L.map((l, c) => `<th width="${W[c]}%" align="left"${hfill}>${esc(l)}</th>`).join("")}</tr>`;
      const thead = t.headerOnce ? `<tbody>${head}</tbody>` : `<thead>${head}</thead>`;
      const accCell = (r) => itemsHtml(t.accMarker, r.accs.map((a) => stop(t, a)), true);
      let rows = [];
      if (t.design === "grid4") {
        t.rows.forEach((r, k) => {
          let j = 0;
          r.accs.forEach((a, ai) => {
            const ms = r.measures.slice(j, j + r.perAcc[ai]); j += r.perAcc[ai];
            rows.push(`<tr${fill(k)}>${ai === 0 ? `<td rowspan="${r.accs.length}"${va}>${esc(r.objective)}</td>` : ""}<td${va}>${itemsHtml(t.accMarker, [stop(t, a)], true, ai)}</td><td${va}>${itemsHtml(t.marker, ms.map((m) => stop(t, m.indicator)), true)}</td><td${va}>${ms.map((m) => `<p>${esc(m.target)}</p>`).join("")}</td></tr>`);
          });
        });
      } else if (t.design === "divt3") {
        rows = t.rows.map((r, k) => {
          const meas = itemsHtml(t.marker, r.measures.map((m) => stop(t, m.inCell)), true), acc = accCell(r);
          return `<tr${fill(k)}><td${va}>${esc(r.objective)}</td><td${va}>${t.measFirst ? meas : acc}</td><td${va}>${t.measFirst ? acc : meas}</td></tr>`;
        });
      } else if (t.design === "span3") {
        t.rows.forEach((r, k) => {
          objNo++;
          const lab = t.label === "Objective:" ? "Objective:" : t.label === "Objective N:" ? `Objective ${objNo}:` : `OBJECTIVE ${objNo}:`;
          const acc = accCell(r), meas = itemsHtml(t.marker, r.measures.map((m) => stop(t, m.inCell)), true), risk = itemsHtml(t.marker, r.risks.map((x) => stop(t, x)), true);
          rows.push(`<tr${s.fill === "none" ? "" : ` bgcolor="#f3efe0"`}><td colspan="3"><b>${lab}</b> ${esc(r.objective)}</td></tr>`, `<tr${fill(k)}><td${va}>${acc}</td><td${va}>${t.risksLast ? meas : risk}</td><td${va}>${t.risksLast ? risk : meas}</td></tr>`);
        });
      } else {
        t.rows.forEach((r, k) => r.measures.forEach((m, j) => rows.push(`<tr${fill(k)}>${j === 0 ? `<td rowspan="${r.measures.length}"${va}>${esc(r.objective)}</td>` : ""}<td${va}>${itemsHtml(t.marker, [stop(t, m.indicator)], true)}</td><td${va}>${esc(m.baseline)}</td><td${va}>${esc(m.target)}</td></tr>`)));
      }
      H.push(`<table width="100%"${attrs} cellpadding="5" cellspacing="0">${thead}<tbody>${rows.join("")}</tbody></table>`, "<p>&nbsp;</p>");
    }
  }
  sigBlocks(doc, P, true);
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Senior Manager's Compact ${doc.year}</title><style>body, p, li, td, th { font-family: '${s.font}'; font-size: ${s.size}pt } h1 { font-size: ${s.size + 5}pt } h2 { font-size: ${s.size + 2}pt } h3 { font-size: ${s.size + 1}pt }</style></head><body>\n${H.join("\n")}\n</body></html>\n`;
}

/**
 * A Writer document written directly as flat ODF (.fodt), printed by LibreOffice: paragraph and
 * heading styles, **real list numbering** (Writer list styles: bullet characters and `(a)`, `(i)`,
 * `1.`, `a)` numbers that Writer counts, restarted per cell), cell styles with **borders on some sides
 * only** (`rules:sides` is vertical rules between the columns and a rule under the header here),
 * repeated header rows (`table:table-header-rows`), row and column spans with covered cells, rows kept
 * together or not, the page (A4, landscape or not) and a master page with header and footer fields.
 */
function fodt(doc) {
  const s = doc.style, B = [];
  const x = (h) => h.replace(/<b>/g, '<text:span text:style-name="B">').replace(/<\/b>/g, "</text:span>").replace(/<br>/g, "<text:line-break/>");
  const lists = new Map(); // marker → list style name
  const listStyle = (marker) => {
    if (!lists.has(marker)) lists.set(marker, `L${lists.size + 1}`);
    return lists.get(marker);
  };
  const par = (t, st = "P") => `<text:p text:style-name="${st}">${x(t)}</text:p>`;
  const list = (marker, items, st = "PC", start = 0) => {
    if (!items.length) return "";
    if (marker === "none") return items.map((t) => par(esc(t), st)).join("");
    return `<text:list text:style-name="${listStyle(marker)}">${items.map((t, k) => `<text:list-item${k === 0 && start ? ` text:start-value="${start + 1}"` : ""}>${par(esc(t), st)}</text:list-item>`).join("")}</text:list>`;
  };
  const P = { title: (t) => B.push(par(t, "Title")), p: (t) => B.push(par(t)), raw: () => {}, list: (items) => B.push(list("•", items, "P")) };
  frame(doc, P);
  let objNo = 0, tno = 0;
  const cell = (st, body, span = "") => `<table:table-cell table:style-name="${st}"${span} office:value-type="string">${body || par("", "PC")}</table:table-cell>`;
  const covered = "<table:covered-table-cell/>";
  const z = (k) => (s.fill === "zebra" && k % 2 === 1 ? "CZ" : "C0");
  for (const sec of sections(doc)) {
    B.push(`<text:h text:style-name="${sec.id.includes(".") ? "H3" : "H2"}" text:outline-level="${sec.id.includes(".") ? 3 : 2}">${esc(sec.head)}</text:h>`);
    if (sec.para) B.push(par(`1. I will give special attention to delivering the following results in ${doc.year}.`));
    if (sec.challenges) { B.push(list(doc.challengeMarker, doc.challenges, "P")); continue; }
    for (const t of sec.tables ?? []) {
      const L = labels(doc, t), W = WIDTHS[t.design];
      const head = `<table:table-row table:style-name="RH">${L.map((l) => cell("CH", par(`<b>${esc(l)}</b>`, "PC"))).join("")}</table:table-row>`;
      const rows = [];
      const row = (cells) => rows.push(`<table:table-row table:style-name="R">${cells.join("")}</table:table-row>`);
      const accList = (r) => list(t.accMarker, r.accs.map((a) => stop(t, a)));
      if (t.design === "grid4") {
        t.rows.forEach((r, k) => {
          let j = 0;
          r.accs.forEach((a, ai) => {
            const ms = r.measures.slice(j, j + r.perAcc[ai]); j += r.perAcc[ai];
            row([ai === 0 ? cell(z(k), par(esc(r.objective), "PC"), ` table:number-rows-spanned="${r.accs.length}"`) : covered, cell(z(k), list(t.accMarker, [stop(t, a)], "PC", ai)), cell(z(k), list(t.marker, ms.map((m) => stop(t, m.indicator)))), cell(z(k), ms.map((m) => par(esc(m.target), "PC")).join(""))]);
          });
        });
      } else if (t.design === "divt3") {
        t.rows.forEach((r, k) => {
          const meas = list(t.marker, r.measures.map((m) => stop(t, m.inCell))), acc = accList(r);
          row([cell(z(k), par(esc(r.objective), "PC")), cell(z(k), t.measFirst ? meas : acc), cell(z(k), t.measFirst ? acc : meas)]);
        });
      } else if (t.design === "span3") {
        t.rows.forEach((r, k) => {
          objNo++;
          const lab = t.label === "Objective:" ? "Objective:" : t.label === "Objective N:" ? `Objective ${objNo}:` : `OBJECTIVE ${objNo}:`;
          const acc = accList(r), meas = list(t.marker, r.measures.map((m) => stop(t, m.inCell))), risk = list(t.marker, r.risks.map((q) => stop(t, q)));
          row([cell(s.fill === "none" ? "C0" : "CO", par(`<b>${lab}</b> ${esc(r.objective)}`, "PC"), ' table:number-columns-spanned="3"'), covered, covered]);
          row([cell(z(k), acc), cell(z(k), t.risksLast ? meas : risk), cell(z(k), t.risksLast ? risk : meas)]);
        });
      } else {
        t.rows.forEach((r, k) => r.measures.forEach((m, j) => row([j === 0 ? cell(z(k), par(esc(r.objective), "PC"), ` table:number-rows-spanned="${r.measures.length}"`) : covered, cell(z(k), list(t.marker, [stop(t, m.indicator)])), cell(z(k), par(esc(m.baseline), "PC")), cell(z(k), par(esc(m.target), "PC"))])));
      }
      tno++;
      B.push(`<table:table table:name="Table${tno}" table:style-name="T">${W.map((w) => `<table:table-column table:style-name="W${w}"/>`).join("")}${t.headerOnce ? head : `<table:table-header-rows>${head}</table:table-header-rows>`}${rows.join("")}</table:table>`, par(""));
    }
  }
  // signatures
  const d = (k) => longDate(doc.signed[k], s.dateForm);
  const people = [[doc.manager.name, doc.manager.title, d(0)], [doc.counterpart.name, doc.counterpart.title, d(1)]];
  if (s.signatures === "side-by-side") {
    tno++;
    B.push(`<table:table table:name="Table${tno}" table:style-name="T"><table:table-column table:style-name="W50"/><table:table-column table:style-name="W50"/><table:table-row>${people.map(([n, ti, dt]) => cell("CS", par(`________________________<br>${esc(n)}<br>${esc(ti)}<br>Date: ${dt}`, "PC"))).join("")}</table:table-row></table:table>`);
  } else if (s.signatures === "stacked") for (const [n, ti, dt] of people) B.push(par(`________________________<br>${esc(n)}<br>${esc(ti)}<br>${dt}`));
  else for (const [n, ti, dt] of people) B.push(par(`Signed: ________________________<br>Name: ${esc(n)}<br>Title: ${esc(ti)}<br>Date: ${dt}`));

  const line = "0.5pt solid #000000";
  const borders = s.rules === "grid" ? `fo:border="${line}"` : s.rules === "sides" ? `fo:border-left="${line}" fo:border-right="${line}" fo:border-top="none" fo:border-bottom="none"` : `fo:border="none"`;
  const headBorders = s.rules === "sides" ? `fo:border-left="${line}" fo:border-right="${line}" fo:border-top="none" fo:border-bottom="${line}"` : borders;
  const va = s.valign === "middle" ? "middle" : "top";
  const cellStyle = (name, bg, b = borders) => `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" ${b} style:vertical-align="${va}"${bg ? ` fo:background-color="${bg}"` : ""}/></style:style>`;
  const MARG = { narrow: "1.2cm", normal: "2cm", wide: "2.5cm" }[s.margins];
  const [pw, ph] = s.landscape ? ["29.7cm", "21cm"] : ["21cm", "29.7cm"];
  const num = { "(a)": ["a", "(", ")"], "(i)": ["i", "(", ")"], "1.": ["1", "", "."], "a)": ["a", "", ")"] };
  const listStyles = [...lists].map(([marker, name]) => {
    const props = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/></style:list-level-properties>`;
    if (num[marker]) { const [f, pre, suf] = num[marker]; return `<text:list-style style:name="${name}"><text:list-level-style-number text:level="1" style:num-format="${f}" style:num-prefix="${pre}" style:num-suffix="${suf}">${props}</text:list-level-style-number></text:list-style>`; }
    const ch = marker === "css-square" ? "■" : marker;
    return `<text:list-style style:name="${name}"><text:list-level-style-bullet text:level="1" text:bullet-char="${esc(ch)}">${props}</text:list-level-style-bullet></text:list-style>`;
  }).join("");
  const widths = [...new Set([...Object.values(WIDTHS).flat(), 50])].map((w) => `<style:style style:name="W${w}" style:family="table-column"><style:table-column-properties style:rel-column-width="${w * 100}*"/></style:style>`).join("");
  const fnt = esc(s.font);
  const header = s.runningHeader ? `<style:header><text:p text:style-name="Hdr">${esc(doc.acronym)} — Senior Manager’s Compact ${doc.year}</text:p></style:header>` : "";
  const footer = s.footer === "none" ? "" : `<style:footer><text:p text:style-name="Ftr">${s.footer === "page-n-of-m" ? 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>' : '<text:page-number text:select-page="current">1</text:page-number>'}</text:p></style:footer>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${fnt}" svg:font-family="'${fnt}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="${fnt}" fo:font-size="${s.size}pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="PC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.06cm"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="${s.size + 5}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${s.size + 2}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${s.size + 1}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
${listStyles}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="${pw}" fo:page-height="${ph}" style:print-orientation="${s.landscape ? "landscape" : "portrait"}" fo:margin-top="${MARG}" fo:margin-bottom="${MARG}" fo:margin-left="${MARG}" fo:margin-right="${MARG}"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="${s.landscape ? 29.7 - 2 * parseFloat(MARG) : 21 - 2 * parseFloat(MARG)}cm" table:align="margins" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm" table:border-model="collapsing"/></style:style>
${widths}
<style:style style:name="RH" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="R" style:family="table-row"><style:table-row-properties fo:keep-together="${s.keepRows ? "always" : "auto"}"/></style:style>
${cellStyle("C0", null)}${cellStyle("CZ", "#eef2f7")}${cellStyle("CH", s.fill === "none" ? null : "#d6dce5", headBorders)}${cellStyle("CO", "#f3efe0")}
<style:style style:name="CS" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${B.join("\n")}
</office:text></office:body>
</office:document>
`;
}

// ---------------------------------------------------------------- truth and features
function truthRow(section, t, r) {
  const row = { section, objective: r.objective, accomplishments: r.accs.map((a) => stop(t, a)), measures: r.measures.map((m) => stop(t, measText(t, m))) };
  if (t.design === "span3") row.risksAndMitigations = r.risks.map((x) => stop(t, x));
  if (t.design === "base4") row.baseline = r.measures.map((m) => m.baseline);
  if (t.design === "grid4" || t.design === "base4") row.target = r.measures.map((m) => m.target);
  return row;
}
function tableFeatures(doc, t) {
  const L = labels(doc, t);
  const f = [`design:${t.design}`, `cols:${L.length}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed", `marker:${MARKER_NAME[t.marker]}`];
  if (t.design !== "base4") f.push(`acc-vocab:${t.accVocab}`, `acc-marker:${t.accMarker === t.marker ? "same" : MARKER_NAME[t.accMarker]}`);
  if (t.stops) f.push("items:full-stops");
  if (t.design === "grid4") f.push("layout:css-grid", "objective:column", "subrows:rowspan", "col:target", "table-header:first-page-only");
  if (t.design === "divt3") f.push("layout:display-table", "objective:column", t.measFirst ? "order:measures-first" : "order:standard", "table-header:every-page");
  if (t.design === "span3") f.push("layout:table", "objective:spanning", `objective:label-${t.label === "Objective:" ? "bare" : t.label === "Objective N:" ? "objective-n" : "caps-n"}`, "col:risks", t.risksLast ? "order:risks-last" : "order:risks-middle", t.headerOnce ? "table-header:first-page-only" : "table-header:every-page");
  if (t.design === "base4") f.push("layout:table", "objective:column", "subrows:measure-rows", "no-accomplishment", "col:baseline", "col:target", t.yearHeader ? "header:year-qualified" : "header:plain", t.headerOnce ? "table-header:first-page-only" : "table-header:every-page");
  return [...new Set(f)];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables ?? []) for (const r of t.rows) {
    rows.push(truthRow(sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    const withTarget = t.design === "grid4" || t.design === "base4";
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: r.measures.map((m, j) => ({ accomplishment: t.design === "grid4" ? r.accOf[j] : null, target: withTarget ? m.target : null, baseline: t.design === "base4" ? m.baseline : null })) });
  }
  const s = doc.style;
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.rules}`, `fill:${s.fill}`, `font:${s.font.replace(/ /g, "-").toLowerCase()}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`, ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, s.landscape ? "landscape" : "portrait", `margins:${s.margins}`, s.keepRows ? "rows:keep-together" : "rows:may-split", `valign:${s.valign}`, `sections:${s.sections}`, `date:${s.dateForm}`, "challenges"];
  // the frame's resolutions, and resolution 2254 (2015) where an objective of the Syria office names it
  return frameTruth(doc, rows, { features, rows: srows }, { resolutions: rows.some((r) => r.objective.includes("2254 (2015)")) ? ["S/RES/2254 (2015)"] : [] });
}

// ---------------------------------------------------------------- main
function plan() {
  reseed(SEED);
  resetDeals();
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  // the split, by a seeded shuffle made before any score: 16 documents to dev16, 10 to holdout16
  const drawnSplits = splitsOf(N_DOCS, N_DEV, shuffle, 16);
  const splits = VAL ? drawn.map((_, i) => ({ id: VAL.id(i), split: VAL.split })) : drawnSplits;
  return drawn.map((d, i) => ({ ...d, ...splits[i], chromium: chromiumHtml(d), lo: loHtml(d), fodt: fodt(d) }));
}
/** A document's folder under OUT: its split's, or OUT itself for a validation draw. */
const folderOf = (doc) => (VAL ? "." : doc.split);
function manifestEntry(doc, truth) {
  const features = manifestFeatures(truth);
  const dir = folderOf(doc), id = doc.id;
  const renderings = { "chromium.pdf": `${dir}/${id}.chromium.pdf`, "lo.pdf": `${dir}/${id}.lo.pdf`, "fodt.pdf": `${dir}/${id}.fodt.pdf`, txt: `${dir}/${id}.txt`, "plain.txt": `${dir}/${id}.plain.txt`, md: `${dir}/${id}.md` };
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features, style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, layoutSha256: sha(doc.chromium + doc.lo + doc.fodt) };
}

const docs = plan();
// --check: the committed sources (two HTML files and the .fodt) are the layouts hashed
const html = (doc) => (readFileSync(join(OUT, "src", `${doc.id}.chromium.html`), "utf8") !== doc.chromium || readFileSync(join(OUT, "src", `${doc.id}.lo.html`), "utf8") !== doc.lo || readFileSync(join(OUT, "src", `${doc.id}.fodt`), "utf8") !== doc.fodt ? ["html"] : []);
runModes(OUT, 16, docs, { truthOf, manifestEntry, more: html });

const { work, env, soffice, chromium, done } = printRun(16);
const todo = docs.filter((d) => !ONLY || ONLY.includes(d.id));
mkdirSync(join(OUT, "src"), { recursive: true });
for (const doc of todo) {
  writeFileSync(join(OUT, "src", `${doc.id}.chromium.html`), doc.chromium);
  writeFileSync(join(OUT, "src", `${doc.id}.lo.html`), doc.lo);
  writeFileSync(join(OUT, "src", `${doc.id}.fodt`), doc.fodt);
  copyFileSync(join(OUT, "src", `${doc.id}.lo.html`), join(work, `${doc.id}.html`));
}
// LibreOffice Writer: the flat ODF documents printed, one run
soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", join(work, "fodt-pdf"), ...todo.map((d) => join(OUT, "src", `${d.id}.fodt`))]);
// LibreOffice Writer: every HTML imported (Writer's HTML filter, not Writer/Web) and printed, one run
soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", join(work, "lo-pdf"), ...todo.map((d) => join(work, `${d.id}.html`))]);
const entries = [];
for (const doc of todo) {
  const dir = join(OUT, folderOf(doc)), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  const cpdf = join(dir, `${id}.chromium.pdf`), lpdf = join(dir, `${id}.lo.pdf`);
  chromium(`file://${join(OUT, "src", `${id}.chromium.html`)}`, cpdf, 120_000);
  copyFileSync(join(work, "lo-pdf", `${id}.pdf`), lpdf);
  const fpdf = join(dir, `${id}.fodt.pdf`);
  copyFileSync(join(work, "fodt-pdf", `${id}.pdf`), fpdf);
  execFileSync("pdftotext", ["-layout", cpdf, join(dir, `${id}.txt`)]);
  execFileSync("pdftotext", [lpdf, join(dir, `${id}.plain.txt`)]);
  // pandoc reads the Writer HTML without its header and footer divisions (page furniture, not text)
  writeFileSync(join(work, `${id}.md.html`), doc.lo.replace(/<div title="(header|footer)">.*?<\/div>\n/g, ""));
  execFileSync("pandoc", ["-f", "html", "-t", "gfm", "--wrap=none", "-o", join(dir, `${id}.md`), join(work, `${id}.md.html`)]);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = { ...manifestEntry(doc, truth), ...pagesAndCuts({ chromium: cpdf, lo: lpdf, fodt: fpdf }, truth) };
  e.cutRows.txt = e.cutRows.chromium; e.cutRows.plain = e.cutRows.lo;
  entries.push(e);
  process.stdout.write(`${id} `);
}
done();
if (!ONLY) {
  const version = producerVersion;
  const producers = { chromium: version("chromium", ["--version"]), soffice: version("soffice", ["--version"]), pdftotext: version("sh", ["-c", "pdftotext -v 2>&1"]), pandoc: version("pandoc", ["--version"]) };
  if (VAL) writeDrawManifest(OUT, 16, VAL, producers, entries);
  else writeManifest(OUT, 16, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries });
}
