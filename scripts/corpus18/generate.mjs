#!/usr/bin/env node
/**
 * The eighteenth compact corpus (test/corpus18/, issue 11): a measurement corpus built by someone who
 * does not read the reader. Its producer is one no earlier corpus has: a web application's
 * **"Export to PDF" button**, i.e. **jsPDF 4 + jspdf-autotable 5** running in Node. One data model per
 * document is turned into a *draw program* (JSON: the frame's text, headings, lists and signature
 * blocks for jsPDF's `text()` / `splitTextToSize`, and each table's autoTable options — themes `grid`,
 * `plain`, `striped`; `rowSpan` objectives over accomplishment sub-rows; `colSpan` "Objective N: …"
 * rows; `showHead` every page or first page; `rowPageBreak` auto or avoid; auto or fixed column
 * widths; padding; valign), then:
 *   - `jspdf.pdf` — the program drawn by jsPDF (standard Helvetica/Times, WinAnsi: `▪`, `➢`, `≥`
 *                   come out as jsPDF prints them, two Latin-1 bytes each; or an embedded DejaVu TTF
 *                   via `addFont`, where they survive);
 *   - `jspdf.txt` — `pdftotext -layout` of jspdf.pdf;
 *   - `docling.md` — Markdown as a PDF→Markdown converter (Docling / Marker) writes it, written here
 *                   from the data: pipe tables, a rowspan's text repeated or left empty, a colspan's
 *                   text repeated across the row or in its first cell, `<br>` inside cells, bullets
 *                   inlined or as `<br>- `, page headers/footers left in as paragraphs, a table cut in
 *                   two where a page would break it, `##` headings;
 *   - `md`        — plain GFM pipe tables (one line per sub-row, `<br>` between items).
 * The truth comes from the data model (exact by construction); for the standard fonts it records
 * what the PDF shows (`≥` → `"e`), see test/corpus18/README.md.
 *
 *   (cd scripts/corpus18 && npm ci)                  # the producer, installed here only
 *   node scripts/corpus18/generate.mjs               # draws and prints
 *   node scripts/corpus18/generate.mjs --check       # truth, draw programs, Markdown and manifest as committed (no jsPDF needed)
 *   node scripts/corpus18/generate.mjs --features    # the feature crossing of the plan, no printing
 *   node scripts/corpus18/generate.mjs --truth       # rewrites the truth files only
 *   node scripts/corpus18/generate.mjs --seed 182819 --split val18           # the validation draw (session 33)
 *   node scripts/corpus18/generate.mjs --seed 182819 --split val18 --check   # … as committed
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIRST, LAST, MANAGERIAL, OFFICES, RISKS } from "./banks.mjs";
import { dealer, reseedable } from "../corpus/prng.mjs";
import { manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeDrawManifest, writeManifest } from "../corpus/harness.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { generatorArgs, runModes, validationDraw } from "../corpus/generator.mjs";
import { ACC, MEAS, SG, drawTableRows, drawValue, frameTruth, longDate, sections, withFrame } from "../corpus/web-export.mjs";

const { HERE, ROOT, ONLY } = generatorArgs(import.meta.url, 18, ["--seed", "--split"]);
const CORPUS = join(ROOT, "test", "corpus18");
// the first seed from 181818 up whose plan shows every feature in 3 documents, ruled and borderless (--features), chosen before any score of it
const SEED = 181819;
const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %

/**
 * A validation draw (session 33, issue 11): `--seed S --split valN` draws the same plan of N_DOCS
 * documents with another seed, every one into that split (ids `v18-001`…), written to
 * test/corpus18/<split>/ with a manifest of its own there (so the committed dev18/holdout18 corpus, its
 * manifest and its test are unchanged; score it with `--corpus test/corpus18/<split>`). Null
 * without the flags: the committed corpus, byte for byte. Both flags are needed (no default seed);
 * scripts/corpus/generator.mjs's validationDraw reads them.
 */
const VAL = validationDraw(18);
/** Where the draw is written: the corpus, or a validation draw's own folder. */
const OUT = VAL ? join(CORPUS, VAL.split) : CORPUS;

// ---------------------------------------------------------------- randomness
const draws = reseedable(SEED);
const { next: rnd, int, pick, shuffle, sample } = draws;
/**
 * Deals values of `xs` per key from a shuffled deck (each value once per deck, a new deck when it is
 * spent): every value comes out as often as the others, and two keys dealt to the same documents do
 * not move in step (dealing in turn would pair, say, landscape with loose padding every time).
 */
const { deal, reset: resetDeals } = dealer("deck", shuffle);

// ---------------------------------------------------------------- data
const letters = "abcdefghijklmnop";

/**
 * What jsPDF prints for a character outside WinAnsi in a standard font: the UTF-16 code unit's two
 * bytes as two WinAnsi characters (`≥` U+2265 → `"e`, `▪` U+25AA → `%ª`, `➢` U+27A2 → `'¢`). The
 * banks hold no other such character (names are spelled within WinAnsi).
 */
const GARBLE = { "≥": "\"e", "▪": "%ª", "➢": "'¢" };
const shown = (s, std) => (std ? String(s).replace(/[≥▪➢]/g, (c) => GARBLE[c]) : String(s));
/**
 * What a PDF→Markdown converter extracts of the same text: the standard fonts' two bytes, and
 * nothing for `➢` in DejaVu Serif (the font has no such glyph: jsPDF draws .notdef, which maps to no
 * character; those tables end their items with full stops, lost bullets a reader can still split).
 */
const extracted = (s, font) => (font === "dejavu-serif" ? String(s).replace(/➢ ?/g, "") : shown(s, font === "helvetica" || font === "times"));

/**
 * Table designs (README):
 * rs3    Objective | Expected accomplishment | Performance measures — the objective a rowSpan cell
 *        over one sub-row per accomplishment, each sub-row with its own measures
 * span4  a colSpan `Objective N: …` row, then Expected accomplishment | Performance measure |
 *        Baseline | Target, one sub-row per measure, the accomplishment a rowSpan over its measures
 * risk4  Objective | Expected accomplishments | Performance measures | Risks, one row per objective,
 *        items on lines of their own, in three column orders
 * two2   Objective | Performance measures: no accomplishment column
 */
const DESIGNS = ["rs3", "span4", "risk4", "two2"];
/** Item markers typed into the cell text by the web app (a space after), or none (items end with a full stop). */
const MARKERS = ["•", "▪", "➢", "-", "o", "(a)", "1.", "none"];
const MARKER_NAME = { "•": "bullet", "▪": "square", "➢": "arrow", "-": "hyphen", o: "letter-o", "(a)": "paren-letter", "1.": "decimal", none: "none" };
const markOf = (m, k) => (m === "(a)" ? `(${letters[k]})` : m === "1." ? `${k + 1}.` : m);

const SCOPES = ["", "", " in the biennium", ", in close consultation with partners", " within the approved resources"];
/** Each design's rows (web-export.mjs's drawTableRows): rs3 and span4 sub-rows of one or two measures per accomplishment (at least one each); others 1–3 measures (two2 2–4). */
const SHAPES = { rs3: { accs: 3, subRows: true }, span4: { accs: 3, subRows: true }, risk4: { accs: 2, measures: [1, 3], risks: true }, two2: { accs: 0, measures: [2, 4] } };
const drawRows = (bank, used, n, design, geq) => drawTableRows(bank, used, n, SHAPES[design], { scopes: bank === MANAGERIAL ? null : SCOPES, least: 1, value: (ind) => drawValue(ind, geq && rnd() < 0.5, draws), risks: RISKS }, draws);

// ---------------------------------------------------------------- the plan
const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
const FONTS = ["helvetica", "dejavu-sans", "times", "dejavu-serif"];
const THEMES = ["grid", "plain", "striped"];
function drawDocument(i) {
  const era = "abc"[i % 3];
  const fits = OFFICES.filter((o) => o.years[0] <= SPANS[era][1]);
  const office = fits[Math.floor(i / 3) % fits.length];
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head(year) };
  const theme = THEMES[(i + Math.floor(i / 3)) % 3];
  const ruled = theme === "grid";
  const style = {
    theme, ruled,
    font: deal(`font:${ruled}`, FONTS),
    size: pick([9, 10, 10, 11]),
    orientation: deal(`or:${ruled}`, ["portrait", "landscape", "portrait"]),
    margin: pick([28, 40, 56]),
    widths: deal(`w:${ruled}`, ["auto", "fixed"]),
    padding: deal(`pad:${ruled}`, ["tight", "loose", "tight"]),
    valign: deal(`va:${ruled}`, ["top", "middle", "top"]),
    showHead: deal(`sh:${ruled}`, ["everyPage", "firstPage"]),
    rowPageBreak: deal(`rpb:${ruled}`, ["auto", "avoid", "auto"]),
    headFill: deal(`hf:${theme}`, ["default", "grey", "none"]),
    footer: deal(`ft:${ruled}`, ["page-n-of-m", "page-n", "none"]),
    runningHeader: deal(`rh:${ruled}`, [true, false, true]),
    signatures: deal(`sig:${ruled}`, ["side-by-side", "stacked"]),
    sections: era === "a" ? "letters-numbered" : era === "c" ? "section-parts" : deal("secb", ["letters", "roman"]),
    missionsAs: office.missions ? deal(`mis:${ruled}`, ["list", "run-on"]) : "none",
    gaForm: deal(`ga:${ruled}`, ["symbol", "words"]),
    scForm: office.missions ? deal(`sc:${ruled}`, ["symbol", "words"]) : null,
    dateForm: pick(["day-month", "month-day", "dotted"]),
    honorific: pick(["Mr.", "Ms."]),
    geq: deal(`geq:${ruled}`, [true, false, true]),
    // docling.md: how the converter writes spans, items and pages
    dlSpan: deal(`dls:${ruled}`, ["repeat", "empty"]),
    dlColspan: deal(`dlc:${ruled}`, ["repeat", "first"]),
    dlItems: deal(`dli:${ruled}`, ["inline", "br-dash", "br-marker"]),
    dlSplit: deal(`dlp:${ruled}`, ["none", "repeat-head", "bare"]),
  };
  const used = new Set();
  const designs = [DESIGNS[i % 4], DESIGNS[(i + 1) % 4], DESIGNS[(i + 2) % 4]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const marker = deal(`marker:${ruled}`, MARKERS);
    const ts = {
      design, managerial, marker,
      accMarker: design === "two2" ? null : deal(`accm:${design}`, ["same", "none", "same", "(a)"]),
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: deal(`mv:${design}`, Object.keys(MEAS)),
      caseUpper: rnd() < 0.25,
      stops: marker === "none" ? true : rnd() < 0.3,
      order: design === "risk4" ? deal(`ord:${ruled}`, ["standard", "measures-first", "risks-second"]) : "standard",
      label: design === "span4" ? deal("label", ["Objective N:", "Objective:", "OBJECTIVE N:"]) : null,
    };
    if (ts.accMarker === "same") ts.accMarker = marker;
    if (ts.accMarker === "none" || ts.marker === "none") ts.stops = true; // lost bullets: items end with a full stop
    if (style.font === "dejavu-serif" && (ts.marker === "➢" || ts.accMarker === "➢")) ts.stops = true; // the glyph prints as nothing: lost bullets too
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "span4" ? int(3, 4) : int(4, 5);
    ts.rows = drawRows(bank, used, n, design, style.geq);
    return ts;
  });
  const own = office.acronym(year);
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && m.acronym !== own), int(3, 5)) : [];
  const doc = { year, era, office, acronym: own, entity: office.name(year), manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions };
  return withFrame(doc, { challenges: 3, markers: ["1.", "(a)", "•"] }, { int, pick, sample });
}

// ---------------------------------------------------------------- labels and cells
function labels(doc, t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = {
    rs3: [obj, acc, meas],
    span4: [acc, meas, "Baseline", "Target"],
    risk4: t.order === "measures-first" ? [obj, meas, acc, "Risks and mitigations"] : t.order === "risks-second" ? [obj, "Risks and mitigations", acc, meas] : [obj, acc, meas, "Risks and mitigations"],
    two2: [obj, meas],
  }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const stop = (t, x) => (t.stops ? `${x}.` : x);
const measText = (t, m) => (t.design === "span4" ? m.indicator : m.inCell);
/** The items of a cell as the web app joins them: one line each, the marker and a space before. */
const cellItems = (marker, xs, start = 0) => xs.map((x, k) => (marker === "none" ? x : `${markOf(marker, start + k)} ${x}`));

/**
 * A table as a grid of logical cells (what autoTable's body holds): `{ text, rowSpan, colSpan,
 * label }`; `text` is the cell's lines joined by "\n". `groups` gives each truth row's body rows.
 */
function tableGrid(doc, t) {
  const head = labels(doc, t);
  const body = [], groups = [];
  let objNo = 0;
  for (const r of t.rows) {
    const first = body.length;
    const accLines = (xs, a0 = 0) => cellItems(t.accMarker, xs.map((a) => stop(t, a)), a0).join("\n");
    const measLines = (ms) => cellItems(t.marker, ms.map((m) => stop(t, measText(t, m)))).join("\n");
    if (t.design === "rs3") {
      r.accs.forEach((a, k) => {
        const ms = r.measures.filter((_, j) => r.accOf[j] === k);
        const row = [];
        if (k === 0) row.push({ text: r.objective, rowSpan: r.accs.length, colSpan: 1 });
        row.push({ text: accLines([a], k), rowSpan: 1, colSpan: 1 }, { text: measLines(ms), rowSpan: 1, colSpan: 1 });
        body.push(row);
      });
    } else if (t.design === "span4") {
      objNo++;
      const lab = t.label === "Objective:" ? "Objective:" : t.label === "OBJECTIVE N:" ? `OBJECTIVE ${objNo}:` : `Objective ${objNo}:`;
      body.push([{ text: `${lab} ${r.objective}`, rowSpan: 1, colSpan: 4, label: true }]);
      r.measures.forEach((m, j) => {
        const a = r.accOf[j], row = [];
        if (j === 0 || r.accOf[j - 1] !== a) row.push({ text: accLines([r.accs[a]], a), rowSpan: r.perAcc[a], colSpan: 1 });
        row.push({ text: stop(t, m.indicator), rowSpan: 1, colSpan: 1 }, { text: m.baseline, rowSpan: 1, colSpan: 1 }, { text: m.target, rowSpan: 1, colSpan: 1 });
        body.push(row);
      });
    } else if (t.design === "risk4") {
      const cells = { obj: r.objective, acc: accLines(r.accs), meas: measLines(r.measures), risk: cellItems(t.marker, r.risks.map((x) => stop(t, x))).join("\n") };
      const order = t.order === "measures-first" ? ["obj", "meas", "acc", "risk"] : t.order === "risks-second" ? ["obj", "risk", "acc", "meas"] : ["obj", "acc", "meas", "risk"];
      body.push(order.map((k) => ({ text: cells[k], rowSpan: 1, colSpan: 1 })));
    } else body.push([{ text: r.objective, rowSpan: 1, colSpan: 1 }, { text: measLines(r.measures), rowSpan: 1, colSpan: 1 }]);
    groups.push([first, body.length]);
  }
  return { head, body, groups };
}

// ---------------------------------------------------------------- the draw program
const WIDTHS = { rs3: [30, 32, 38], span4: [34, 36, 15, 15], risk4: [24, 26, 28, 22], two2: [40, 60] };
const PAGE = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] };
/**
 * What jsPDF is asked to draw, as JSON (no functions): the page, the font, the frame's blocks in
 * order and each table's autoTable options. Its sha256 is the manifest's `layoutSha256`.
 */
function program(doc) {
  const s = doc.style, std = s.font === "helvetica" || s.font === "times";
  const S = (x) => shown(x, std);
  const ops = [];
  const P = (text, o = {}) => ops.push({ op: "para", text: S(text), ...o });
  const y = doc.year;
  if (doc.era === "a") {
    ops.push({ op: "title", text: `${y} SENIOR MANAGER’S COMPACT` });
    P(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`);
    ops.push({ op: "label", label: "DEPARTMENT/OFFICE:", text: S(`${doc.entity} (${doc.acronym})`) });
  } else if (doc.era === "b") {
    ops.push({ op: "title", text: `SENIOR MANAGER’S COMPACT for ${y}` });
    P(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`);
  } else {
    ops.push({ op: "block", lines: [S(doc.manager.name), S(doc.manager.title), String(y)] });
    P(`I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${doc.entity} set out below, in line with the Charter of the United Nations.`);
  }
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  P(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`);
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") P(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`);
    else { P(`Pursuant to ${sc}, the Office supports the following missions:`); ops.push({ op: "list", items: doc.missions.map((m) => `• ${m.name} (${m.acronym})`) }); }
  }
  const font = { helvetica: "helvetica", times: "times", "dejavu-sans": "DejaVuSans", "dejavu-serif": "DejaVuSerif" }[s.font];
  const [pw] = PAGE[s.orientation === "landscape" ? "landscape" : "portrait"];
  const tw = pw - 2 * s.margin;
  const pad = s.padding === "tight" ? 3 : { top: 6, bottom: 6, left: 5, right: 5 };
  const headStyles = s.headFill === "grey" ? { fillColor: [217, 217, 217], textColor: [0, 0, 0], fontStyle: "bold" } : s.headFill === "none" ? { fillColor: false, textColor: [0, 0, 0], fontStyle: "bold" } : { fontStyle: "bold" };
  for (const sec of sections(doc)) {
    ops.push({ op: "heading", text: sec.head, level: sec.id.includes(".") ? 3 : 2 });
    if (sec.para) P(`1. I will give special attention to delivering the following results in ${y}.`);
    if (sec.challenges) { ops.push({ op: "list", items: cellItems(doc.challengeMarker, doc.challenges).map(S) }); continue; }
    for (const t of sec.tables ?? []) {
      const g = tableGrid(doc, t);
      const cell = (c) => {
        const o = { content: S(c.text) };
        if (c.rowSpan > 1) o.rowSpan = c.rowSpan;
        if (c.colSpan > 1) o.colSpan = c.colSpan;
        if (c.label) o.styles = { fontStyle: "bold", ...(s.theme === "plain" ? {} : { fillColor: [235, 235, 235] }) };
        return o;
      };
      const columnStyles = {};
      if (s.widths === "fixed") WIDTHS[t.design].forEach((w, k) => { columnStyles[k] = { cellWidth: Math.round((tw * w) / 100) }; });
      ops.push({
        op: "table",
        options: {
          theme: s.theme, head: [g.head], body: g.body.map((r) => r.map(cell)), showHead: s.showHead, rowPageBreak: s.rowPageBreak,
          styles: { font, fontSize: s.size, cellPadding: pad, valign: s.valign, overflow: "linebreak", ...(s.theme === "grid" ? { lineColor: [0, 0, 0], lineWidth: 0.5 } : {}) },
          headStyles, columnStyles, tableWidth: s.widths === "fixed" ? "wrap" : "auto",
        },
      });
    }
  }
  const sig = (who, role, date) => ({ name: S(who.name), title: S(who.title), role, date: longDate(date, s.dateForm) });
  ops.push({ op: "signatures", layout: s.signatures, blocks: [sig(doc.manager, "Senior Manager", doc.signed[0]), sig(doc.counterpart, "Secretary-General", doc.signed[1])] });
  return {
    page: { orientation: s.orientation, margin: s.margin }, font, embedded: !std, size: s.size,
    runningHeader: s.runningHeader ? S(`${doc.acronym} · Senior Manager’s Compact ${y}`) : null, footer: s.footer,
    meta: { title: `Senior Manager's Compact ${y}`, creationDate: `${doc.signed[0]}T09:00:00Z` }, ops,
  };
}

// ---------------------------------------------------------------- jsPDF (print mode only)
const FONT_FILES = { DejaVuSans: ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"], DejaVuSerif: ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"] };
async function drawPdf(prog) {
  const { jsPDF } = await import("jspdf");
  const { autoTable } = await import("jspdf-autotable");
  const pdf = new jsPDF({ orientation: prog.page.orientation, unit: "pt", format: "a4", compress: true });
  pdf.setCreationDate(new Date(prog.meta.creationDate));
  pdf.setFileId(sha(JSON.stringify(prog)).slice(0, 32).toUpperCase());
  pdf.setDocumentProperties({ title: prog.meta.title, creator: "Compact tracker (web export)" });
  if (prog.embedded) {
    const [reg, bold] = FONT_FILES[prog.font];
    for (const [file, style] of [[reg, "normal"], [bold, "bold"]]) {
      pdf.addFileToVFS(file, readFileSync(join("/usr/share/fonts/truetype/dejavu", file)).toString("binary"));
      pdf.addFont(file, prog.font, style);
    }
  }
  const F = prog.font, M = prog.page.margin;
  const W = pdf.internal.pageSize.getWidth(), H = pdf.internal.pageSize.getHeight();
  const top = M + (prog.runningHeader ? 16 : 0), bottom = M + (prog.footer !== "none" ? 14 : 0);
  const lh = (size) => size * 1.25;
  let y = top;
  const room = (h) => { if (y + h > H - bottom) { pdf.addPage(); y = top; } };
  const write = (text, { size = prog.size + 1, bold = false, indent = 0, gap = 6 } = {}) => {
    pdf.setFont(F, bold ? "bold" : "normal"); pdf.setFontSize(size);
    const lines = pdf.splitTextToSize(text, W - 2 * M - indent);
    for (const l of lines) { room(lh(size)); pdf.text(l, M + indent, y + size); y += lh(size); }
    y += gap;
  };
  for (const op of prog.ops) {
    if (op.op === "title") { pdf.setFont(F, "bold"); pdf.setFontSize(prog.size + 6); room(30); pdf.text(op.text, W / 2, y + prog.size + 6, { align: "center" }); y += 30; }
    else if (op.op === "para") write(op.text);
    else if (op.op === "label") { pdf.setFont(F, "bold"); pdf.setFontSize(prog.size + 1); room(lh(prog.size + 1)); pdf.text(op.label, M, y + prog.size + 1); const x = M + pdf.getTextWidth(op.label) + 12; pdf.setFont(F, "normal"); const ls = pdf.splitTextToSize(op.text, W - M - x); ls.forEach((l, k) => { room(lh(prog.size + 1)); pdf.text(l, x, y + prog.size + 1); y += lh(prog.size + 1); }); y += 6; }
    else if (op.op === "block") { op.lines.forEach((l, k) => write(l, { bold: k === 0, gap: 0 })); y += 8; }
    else if (op.op === "heading") { room(40); write(op.text, { size: prog.size + (op.level === 2 ? 3 : 2), bold: true, gap: 4 }); }
    else if (op.op === "list") { for (const it of op.items) write(it, { indent: 14, gap: 2 }); y += 4; }
    else if (op.op === "table") {
      autoTable(pdf, { ...op.options, startY: y, margin: { top, bottom, left: M, right: M } });
      y = pdf.lastAutoTable.finalY + 14;
    } else if (op.op === "signatures") {
      const lines = (b) => ["______________________________", b.name, b.title, `Date: ${b.date}`];
      pdf.setFont(F, "normal"); pdf.setFontSize(prog.size + 1);
      if (op.layout === "side-by-side") {
        const colW = (W - 2 * M) / 2 - 12;
        const cols = op.blocks.map((b) => lines(b).flatMap((l) => pdf.splitTextToSize(l, colW)));
        const n = Math.max(...cols.map((c) => c.length));
        room(24 + n * lh(prog.size + 1)); y += 24;
        cols.forEach((c, k) => c.forEach((l, j) => pdf.text(l, M + k * (colW + 24), y + prog.size + 1 + j * lh(prog.size + 1))));
        y += n * lh(prog.size + 1);
      } else for (const b of op.blocks) { room(24 + 4 * lh(prog.size + 1)); y += 24; for (const l of lines(b)) write(l, { gap: 0 }); }
    }
  }
  const n = pdf.getNumberOfPages();
  for (let p = 1; p <= n; p++) {
    pdf.setPage(p); pdf.setFont(F, "normal"); pdf.setFontSize(prog.size - 1);
    if (prog.runningHeader) pdf.text(prog.runningHeader, W - M, M, { align: "right" });
    if (prog.footer === "page-n-of-m") pdf.text(`Page ${p} of ${n}`, W / 2, H - M + 4, { align: "center" });
    else if (prog.footer === "page-n") pdf.text(String(p), W - M, H - M + 4, { align: "right" });
  }
  return Buffer.from(pdf.output("arraybuffer"));
}

// ---------------------------------------------------------------- Markdown (docling.md, md)
const pipeEsc = (s) => String(s).replace(/\|/g, "\\|");
/**
 * A table as a PDF→Markdown converter writes it: the logical grid laid on a full grid (a rowspan's
 * text repeated in every spanned row or left empty, a colspan's text repeated across the row or in
 * its first cell), each cell's lines joined by `<br>` or inlined, optionally cut in two where a page
 * break would fall (the second part with the header again, or with its first row promoted to header).
 */
function mdTable(doc, t, { span, colspan, items, split, font, pageBreak }) {
  const g = tableGrid(doc, t), nc = g.head.length, S = (x) => extracted(x, font);
  const full = [];
  const pending = Array(nc).fill(null);
  for (const r of g.body) {
    const line = [];
    let c = 0;
    const take = () => { while (c < nc && pending[c]) { line[c] = span === "repeat" ? pending[c].text : ""; if (--pending[c].left === 0) pending[c] = null; c++; } };
    for (const cell of r) {
      take();
      const txt = cellText(cell.text, items, S);
      for (let k = 0; k < cell.colSpan; k++) line[c + k] = k === 0 || colspan === "repeat" ? txt : "";
      if (cell.rowSpan > 1) pending[c] = { text: txt, left: cell.rowSpan - 1 };
      c += cell.colSpan;
    }
    take();
    full.push(line.map((x) => x ?? ""));
  }
  const row = (cells) => `| ${cells.map(pipeEsc).join(" | ")} |`;
  const sep = `|${Array(nc).fill("---").join("|")}|`;
  const out = [row(g.head.map(S)), sep];
  // the cut: after the middle truth row's last body row
  const cutAt = split !== "none" && g.groups.length >= 3 ? g.groups[Math.floor(g.groups.length / 2) - 1][1] : -1;
  full.forEach((l, k) => {
    if (k === cutAt) {
      out.push("", ...pageBreak(), "");
      if (split === "repeat-head") out.push(row(g.head.map(S)), sep, row(l));
      else out.push(row(l), sep);
    } else out.push(row(l));
  });
  return out.join("\n");
}
function cellText(text, items, S) {
  const lines = S(text).split("\n");
  if (items === "inline") return lines.join(" ");
  if (items === "br-dash") return lines.map((l) => (lines.length > 1 ? `- ${l.replace(/^(•|%ª|'¢|▪|➢|-|o|\([a-z]\)|\d+\.) /, "")}` : l)).join("<br>");
  return lines.join("<br>");
}
function markdown(doc, kind) {
  const s = doc.style, font = s.font, S = (x) => extracted(x, font);
  const dl = kind === "docling.md";
  const opt = dl ? { span: s.dlSpan, colspan: s.dlColspan, items: s.dlItems, split: s.dlSplit, font } : { span: "empty", colspan: "first", items: "br-marker", split: "none", font };
  const out = [];
  let page = 1;
  const header = () => (s.runningHeader ? [S(`${doc.acronym} · Senior Manager’s Compact ${doc.year}`), ""] : []);
  const footer = () => (s.footer === "page-n-of-m" ? [`Page ${page} of ${doc.tables.length + 1}`, ""] : s.footer === "page-n" ? [String(page), ""] : []);
  const pageBreak = () => { const f = footer(); page++; return [...f, ...header()].filter((x, k, a) => !(x === "" && k === a.length - 1)); };
  const H = (level, text) => out.push(`${dl ? "##" : "#".repeat(level)} ${text}`, "");
  if (dl) out.push(...header(), "<!-- image -->", "");
  if (doc.era === "a") { H(1, `${doc.year} SENIOR MANAGER’S COMPACT`); out.push(S(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`), "", S(`${dl ? "" : "**"}DEPARTMENT/OFFICE:${dl ? "" : "**"} ${doc.entity} (${doc.acronym})`), ""); }
  else if (doc.era === "b") { H(1, `SENIOR MANAGER’S COMPACT for ${doc.year}`); out.push(S(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`), ""); }
  else out.push(dl ? S(`${doc.manager.name} ${doc.manager.title} ${doc.year}`) : S(`**${doc.manager.name}**  \n${doc.manager.title}  \n${doc.year}`), "", S(`I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${doc.entity} set out below, in line with the Charter of the United Nations.`), "");
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  out.push(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`, "");
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") out.push(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`, "");
    else out.push(`Pursuant to ${sc}, the Office supports the following missions:`, "", ...doc.missions.map((m) => `- ${m.name} (${m.acronym})`), "");
  }
  let tables = 0;
  for (const sec of sections(doc)) {
    H(sec.id.includes(".") ? 3 : 2, sec.head);
    if (sec.para) out.push(`1. I will give special attention to delivering the following results in ${doc.year}.`, "");
    if (sec.challenges) { out.push(...doc.challenges.map((c, k) => (doc.challengeMarker === "1." ? `${k + 1}. ${c}` : `- ${c}`)), ""); continue; }
    for (const t of sec.tables ?? []) {
      if (dl && tables > 0) out.push(...pageBreak(), "");
      out.push(mdTable(doc, t, { ...opt, split: tables === 0 ? opt.split : "none", pageBreak }), "");
      tables++;
    }
  }
  const sigs = [[doc.manager, doc.signed[0]], [doc.counterpart, doc.signed[1]]];
  if (s.signatures === "side-by-side" && dl) out.push("| | |", "|---|---|", `| ${S(sigs[0][0].name)} | ${sigs[1][0].name} |`, `| ${S(sigs[0][0].title)} | ${sigs[1][0].title} |`, `| Date: ${longDate(sigs[0][1], s.dateForm)} | Date: ${longDate(sigs[1][1], s.dateForm)} |`, "");
  else for (const [who, d] of sigs) out.push(S(who.name), "", S(who.title), "", `Date: ${longDate(d, s.dateForm)}`, "");
  if (dl) out.push(...footer());
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

// ---------------------------------------------------------------- truth and features
function truthRow(doc, section, t, r) {
  const S = (x) => shown(x, doc.style.font === "helvetica" || doc.style.font === "times");
  const row = { section, objective: r.objective, accomplishments: r.accs.map((a) => stop(t, a)), measures: r.measures.map((m) => S(stop(t, measText(t, m)))) };
  if (t.design === "risk4") row.risksAndMitigations = r.risks.map((x) => stop(t, x));
  if (t.design === "span4") { row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => S(m.target)); }
  return row;
}
function tableFeatures(doc, t) {
  const std = doc.style.font === "helvetica" || doc.style.font === "times";
  const f = [`design:${t.design}`, `cols:${labels(doc, t).length}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed", `marker:${MARKER_NAME[t.marker]}`];
  if (t.design !== "two2") f.push(`acc-vocab:${t.accVocab}`, `acc-marker:${t.accMarker === t.marker ? "same" : MARKER_NAME[t.accMarker]}`);
  if (/[▪➢]/.test(t.marker + (t.accMarker ?? ""))) f.push(std ? "markers:garbled" : doc.style.font === "dejavu-serif" && /➢/.test(t.marker + (t.accMarker ?? "")) ? "markers:missing-glyph" : "markers:unicode");
  if (t.stops) f.push("items:full-stops");
  if (t.design === "rs3") f.push("objective:column", "span:rowspan", "subrows:accomplishment-rows");
  if (t.design === "span4") f.push("objective:spanning", "span:colspan", "span:rowspan", `objective:label-${t.label === "Objective:" ? "bare" : t.label === "Objective N:" ? "objective-n" : "caps-n"}`, "subrows:measure-rows", "col:baseline", "col:target");
  if (t.design === "risk4") f.push("objective:column", "col:risks", `order:${t.order}`);
  if (t.design === "two2") f.push("objective:column", "no-accomplishment");
  if (t.rows.some((r) => r.measures.some((m) => /≥/.test(measText(t, m) + m.target)))) f.push(std ? "text:geq-garbled" : "text:geq");
  return [...new Set(f)];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables ?? []) for (const r of t.rows) {
    rows.push(truthRow(doc, sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: r.measures.map((m, j) => ({ accomplishment: t.design === "rs3" || t.design === "span4" ? r.accOf[j] : null, target: t.design === "span4" ? shown(m.target, doc.style.font === "helvetica" || doc.style.font === "times") : null, baseline: t.design === "span4" ? m.baseline : null })) });
  }
  const s = doc.style, std = s.font === "helvetica" || s.font === "times";
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `theme:${s.theme}`, `font:${s.font}`, std ? "fonts:standard" : "fonts:embedded", `size:${s.size}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`,
    ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, `orientation:${s.orientation}`, `widths:${s.widths}`, `padding:${s.padding}`, `valign:${s.valign}`,
    `show-head:${s.showHead === "everyPage" ? "every-page" : "first-page"}`, `row-page-break:${s.rowPageBreak}`, `head-fill:${s.headFill}`, `sections:${s.sections}`, `date:${s.dateForm}`, "challenges",
    `docling:span-${s.dlSpan}`, `docling:colspan-${s.dlColspan}`, `docling:items-${s.dlItems}`, `docling:split-${s.dlSplit}`];
  return frameTruth(doc, rows, { features, rows: srows }, { manager: { name: shown(doc.manager.name, std), title: doc.manager.title } });
}

// ---------------------------------------------------------------- main
const RENDER = ["jspdf.pdf", "jspdf.txt", "docling.md", "md"];
function plan() {
  draws.reseed(VAL ? VAL.seed : SEED);
  resetDeals();
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  const ids = VAL ? drawn.map((_, i) => ({ id: VAL.id(i), split: VAL.split })) : splitsOf(N_DOCS, N_DEV, shuffle, 18);
  return drawn.map((d, i) => ({ ...d, ...ids[i], prog: program(d), docling: markdown(d, "docling.md"), md: markdown(d, "md") }));
}
/** A document's file `name` as its manifest names it: under its split's folder, or (a validation draw) beside the draw's own manifest. */
const inManifest = (doc, name) => (VAL ? name : `${doc.split}/${name}`);
function manifestEntry(doc, truth) {
  const id = doc.id;
  const renderings = Object.fromEntries(RENDER.map((k) => [k, inManifest(doc, `${id}.${k}`)]));
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features: manifestFeatures(truth), style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: inManifest(doc, `${id}.truth.json`), source: `src/${id}.program.json`, layoutSha256: sha(JSON.stringify(doc.prog)) };
}

const docs = plan();
runModes(OUT, 18, docs, {
  truthOf, manifestEntry,
  more: (doc, entry) => {
    const bad = [];
    const at = (k) => join(OUT, entry.renderings[k] ?? "missing");
    if (!existsSync(at("docling.md")) || readFileSync(at("docling.md"), "utf8") !== doc.docling) bad.push("docling.md");
    if (!existsSync(at("md")) || readFileSync(at("md"), "utf8") !== doc.md) bad.push("md");
    if (readFileSync(join(OUT, entry.source), "utf8") !== JSON.stringify(doc.prog, null, 1) + "\n") bad.push("program");
    // the committed PDF is the one jsPDF drew (its sha256 recorded when it was printed)
    if (!existsSync(at("jspdf.pdf")) || sha(readFileSync(at("jspdf.pdf"))) !== entry.pdfSha256) bad.push("jspdf.pdf");
    return bad;
  },
});

mkdirSync(join(OUT, "src"), { recursive: true });
const entries = [];
for (const doc of docs.filter((d) => !ONLY || ONLY.includes(d.id))) {
  const dir = VAL ? OUT : join(OUT, doc.split), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  writeFileSync(join(OUT, "src", `${id}.program.json`), JSON.stringify(doc.prog, null, 1) + "\n");
  const pdf = join(dir, `${id}.jspdf.pdf`);
  const bytes = await drawPdf(doc.prog);
  writeFileSync(pdf, bytes);
  execFileSync("pdftotext", ["-layout", pdf, join(dir, `${id}.jspdf.txt`)]);
  writeFileSync(join(dir, `${id}.docling.md`), doc.docling);
  writeFileSync(join(dir, `${id}.md`), doc.md);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = manifestEntry(doc, truth);
  Object.assign(e, pagesAndCuts({ jspdf: pdf }, truth), { pdfSha256: sha(bytes) });
  entries.push(e);
  process.stdout.write(`${id} `);
}
if (!ONLY) {
  const pkg = (n) => JSON.parse(readFileSync(join(HERE, "node_modules", n, "package.json"), "utf8")).version;
  const producers = { jspdf: pkg("jspdf"), "jspdf-autotable": pkg("jspdf-autotable"), node: process.version, "fonts-dejavu-core": producerVersion("sh", ["-c", "dpkg-query -W -f '${Version}' fonts-dejavu-core"]), pdftotext: producerVersion("sh", ["-c", "pdftotext -v 2>&1"]) };
  if (VAL) writeDrawManifest(OUT, 18, VAL, producers, entries);
  else writeManifest(OUT, 18, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries });
} else console.log("\n(--only: the manifest is not rewritten)");
