#!/usr/bin/env node
/**
 * The seventeenth compact corpus (test/corpus17/, issue 11): a measurement corpus built by someone who
 * does not tune the reader. One data model per document is written once, as a **Word document whose
 * OOXML is written directly** (no library): `w:tbl` with `w:vMerge` row spans and `w:gridSpan`
 * objective rows, a table style with header shading and banded rows, `numbering.xml` lists whose
 * bullets are Symbol and Wingdings private-use characters (and `(a)`, `(i)`, `1.`, `a)` numbers Word
 * counts, restarted per cell), section breaks to a landscape section and back, headers and footers
 * with PAGE / NUMPAGES fields, Word font names (Calibri, Cambria, Times New Roman, Arial). Then:
 *   - `ooxml.pdf`    — the .docx printed by LibreOffice Writer;
 *   - `lochrome.pdf` — the .docx **saved as HTML by LibreOffice** and that page **printed by Chromium**
 *                      (a user who saved a Word file as a web page and printed it from a browser);
 *   - `txt`          — `pdftotext -layout` of ooxml.pdf;
 *   - `raw.txt`      — **`pdftotext -raw`** of lochrome.pdf (content-stream order);
 *   - `w3m.txt`      — **`w3m -dump`** of the same LibreOffice HTML (a text browser's table, 120 columns);
 *   - `pandoc.txt`   — **`pandoc -f docx -t plain`** (tables drawn with dashes, as e-mail text);
 *   - `md`           — `pandoc -f docx -t markdown --standalone` with **grid tables only** (the Title
 *                      paragraph becomes a YAML `title:`; plain pandoc text drops it).
 * The truth comes from the data model, so it is exact by construction.
 *
 *   node scripts/corpus17/generate.mjs             # draws and prints (see test/corpus17/README.md for the packages)
 *   node scripts/corpus17/generate.mjs --check     # truth, the OOXML parts, the .docx and the manifest as committed
 *   node scripts/corpus17/generate.mjs --features  # the feature crossing of the plan, no printing
 *   node scripts/corpus17/generate.mjs --truth     # rewrites the truth files only
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { FIRST, LAST, MANAGERIAL, OFFICES, RISKS } from "./banks.mjs";
import { dealer, reseedable } from "../corpus/prng.mjs";
import { pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeDrawManifest, writeManifest } from "../corpus/harness.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { ACC, MEAS, SG, drawTableRows, frameTruth, longDate, sections, withFrame } from "../corpus/web-export.mjs";
import { generatorArgs, runModes, validationDraw } from "../corpus/generator.mjs";
import { printRun } from "../corpus/print-run.mjs";

const { ROOT, ONLY } = generatorArgs(import.meta.url, 17, ["--seed", "--split"]);
/**
 * `--seed S --split NAME`: a validation draw (session 36, as corpus16's) — the same generator with
 * another seed, every document to split NAME (val17, val17b, …), in a folder of its own
 * (test/corpus17/NAME/, with its own manifest.json). Both flags or neither (no default seed).
 */
const VAL = validationDraw(17);
const SEED = VAL?.seed ?? 171717;
/** The folder the manifest, the sources and the documents' split folders sit under. */
const OUT = VAL ? join(ROOT, "test", "corpus17", VAL.split) : join(ROOT, "test", "corpus17");
const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %

// ---------------------------------------------------------------- randomness
const draws = reseedable(SEED);
const { next: rnd, int, pick, shuffle, sample } = draws;
/** Deals values of `xs` in turn per key (so that each crosses the others evenly). */
const { deal, reset: resetDeals } = dealer("turn", shuffle);

// ---------------------------------------------------------------- data
const letters = "abcdefghijklmnop";
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * Table designs (README):
 * vm3    Objective | Expected accomplishments | Performance measures — the objective cell vertically
 *        merged (w:vMerge) over one sub-row per accomplishment, each sub-row with its own measures
 * span4  a spanning `Objective 2:` row (w:gridSpan), then Expected accomplishment | Performance
 *        measure | Baseline | Target, one sub-row per measure, the accomplishment merged over its measures
 * risk4  Objective | Expected accomplishments | Performance measures | Risks and mitigations, in three
 *        column orders
 * two2   Objective | Performance measures: no accomplishment column, two columns
 */
const DESIGNS = ["vm3", "span4", "risk4", "two2"];
/**
 * Item markers: Word list numbering (`num:*`: the bullet a Symbol or Wingdings private-use character,
 * `o` in Courier New, an en dash; or numbers Word counts), typed into the text (`typed:*`, a tab after
 * the marker), or none (items end with a full stop).
 */
const MARKERS = ["num:symbol-bullet", "num:wingdings-square", "num:wingdings-arrow", "num:courier-o", "num:en-dash", "num:paren-letter", "num:paren-roman", "num:decimal", "num:letter-paren", "num:wingdings-box", "typed:•", "typed:-", "none"];
const NUMFMT = {
  "num:symbol-bullet": { fmt: "bullet", text: "\uF0B7", font: "Symbol" },
  "num:wingdings-square": { fmt: "bullet", text: "\uF0A7", font: "Wingdings" },
  "num:wingdings-arrow": { fmt: "bullet", text: "\uF0D8", font: "Wingdings" },
  "num:wingdings-box": { fmt: "bullet", text: "\uF071", font: "Wingdings" },
  "num:courier-o": { fmt: "bullet", text: "o", font: "Courier New" },
  "num:en-dash": { fmt: "bullet", text: "–", font: null },
  "num:paren-letter": { fmt: "lowerLetter", text: "(%1)" },
  "num:paren-roman": { fmt: "lowerRoman", text: "(%1)" },
  "num:decimal": { fmt: "decimal", text: "%1." },
  "num:letter-paren": { fmt: "lowerLetter", text: "%1)" },
};
const MARKER_NAME = (m) => m.replace(/^num:/, "word-").replace(/^typed:•$/, "typed-bullet").replace(/^typed:-$/, "typed-hyphen");

function drawValue(ind) {
  const v = int(ind.lo, ind.hi);
  const fmt = (x) => x.toLocaleString("en-US");
  const inCell = ind.unit === "%" ? pick([`${ind.t}: ${v} per cent`, `${ind.t}: ${v}%`, `${ind.t} (target: ${v}%)`]) : ind.unit === "days" ? pick([`${ind.t}: ${v}`, `${ind.t} (target: ${v} days)`]) : pick([`${ind.t}: ${fmt(v)}`, `${ind.t} (target: ${fmt(v)})`]);
  const target = ind.unit === "%" ? pick([`${v}%`, `${v} per cent`, `At least ${v}%`, `${v}% by December`]) : ind.unit === "days" ? pick([`${v} days`, `Not more than ${v} days`, `${v}`]) : pick([fmt(v), `At least ${fmt(v)}`, `${fmt(v)} (cumulative)`]);
  const b = ind.unit === "days" ? v + int(1, Math.max(2, Math.round(v / 3))) : Math.max(0, v - int(1, Math.max(2, Math.round(v / 4))));
  const baseline = ind.unit === "%" ? (target.includes("per cent") ? `${b} per cent` : `${b}%`) : ind.unit === "days" ? `${b} days` : pick([fmt(b), `${fmt(b)} (actual)`]);
  return { inCell, indicator: ind.t, target, baseline };
}

const SCOPES = ["", "", " in the biennium", ", in cooperation with partners", " within existing resources"];
/** Each design's rows (web-export.mjs's drawTableRows): vm3 and span4 each accomplishment its sub-row(s) with one or two measures; others 1–3 measures (two2 2–4). */
const SHAPES = { vm3: { accs: 3, subRows: true }, span4: { accs: 3, subRows: true }, risk4: { accs: 2, measures: [1, 3], risks: true }, two2: { accs: 0, measures: [2, 4] } };
const drawRows = (bank, used, n, design) => drawTableRows(bank, used, n, SHAPES[design], { scopes: bank === MANAGERIAL ? null : SCOPES, least: 0, value: drawValue, risks: RISKS }, draws);

// ---------------------------------------------------------------- the plan
const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
const FONTS = ["Calibri", "Times New Roman", "Cambria", "Arial"];
function drawDocument(i) {
  const era = "abc"[i % 3];
  const fits = OFFICES.filter((o) => o.years[0] <= SPANS[era][1]);
  const office = fits[Math.floor(i / 3) % fits.length];
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head(year) };
  const rules = ["grid", "none", "rows"][(i + Math.floor(i / 3)) % 3];
  const style = {
    rules,
    shading: deal(`sh:${rules}`, ["banded", "header", "banded", "none"]),
    font: deal(`font:${rules}`, FONTS),
    size: pick([10, 10, 11, 11, 12]),
    orientation: deal(`or:${rules}`, ["portrait", "landscape-section", "landscape", "landscape-section", "portrait"]),
    margins: pick(["narrow", "normal", "wide"]),
    footer: deal("footer", ["page-n-of-m", "page-n", "none"]),
    runningHeader: rnd() < 0.5,
    keepRows: i % 4 === 2,
    valign: deal(`valign:${rules}`, ["top", "top", "center"]),
    signatures: deal(`sig:${era}`, ["side-by-side", "stacked", "labelled", "tabbed"]),
    sections: era === "a" ? "letters-numbered" : era === "c" ? "section-parts" : deal("secb", ["letters", "roman"]),
    missionsAs: office.missions ? deal(`mis:${rules}`, ["list", "run-on"]) : "none",
    gaForm: deal(`ga:${rules}`, ["symbol", "words"]),
    scForm: office.missions ? deal(`sc:${rules === "none"}`, ["symbol", "words"]) : null,
    dateForm: pick(["day-month", "month-day", "dotted"]),
    honorific: pick(["Mr.", "Ms."]),
  };
  style.ruled = rules !== "none";
  const used = new Set();
  const designs = [DESIGNS[i % 4], DESIGNS[(i + 1) % 4], DESIGNS[(i + 2) % 4]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const marker = deal(`marker:${style.ruled}`, MARKERS);
    const ts = {
      design, managerial, marker,
      accMarker: design === "two2" ? null : deal(`accm:${design}`, ["same", "same", "num:paren-letter", "none"]),
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: deal(`mv:${design}`, Object.keys(MEAS)),
      caseUpper: rnd() < 0.25,
      stops: marker === "none" ? true : rnd() < 0.3,
      order: design === "risk4" ? deal(`ord:${style.ruled}`, ["standard", "measures-first", "risks-second"]) : "standard",
      label: design === "span4" ? deal("label", ["Objective:", "Objective N:", "OBJECTIVE N:"]) : null,
      headerRepeat: deal(`hr:${style.ruled}`, [true, true, false]),
      yearHeader: design === "span4" && rnd() < 0.4,
    };
    if (ts.accMarker === "same") ts.accMarker = marker;
    if (ts.accMarker === "none") ts.stops = true; // lost bullets: items end with a full stop
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "span4" ? int(3, 4) : int(4, 5);
    ts.rows = drawRows(bank, used, n, design);
    return ts;
  });
  const own = office.acronym(year);
  const mine = new Set([office.acronym(2012), office.acronym(2024)]);
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && !mine.has(m.acronym) && m.acronym !== "OSASGY" && m.acronym !== "OSESGY"), int(3, 5)) : [];
  const doc = { year, era, office, acronym: own, entity: office.name(year), manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions };
  return withFrame(doc, { challenges: 4, markers: ["num:decimal", "num:paren-letter", "num:symbol-bullet"] }, { int, pick, sample });
}

// ---------------------------------------------------------------- labels
function labels(doc, t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = {
    vm3: [obj, acc, meas],
    span4: [acc, meas, t.yearHeader ? `Baseline (${doc.year - 1})` : "Baseline", t.yearHeader ? `Target (${doc.year})` : "Target"],
    risk4: t.order === "measures-first" ? [obj, meas, acc, "Risks and mitigations"] : t.order === "risks-second" ? [obj, "Risks and mitigations", acc, meas] : [obj, acc, meas, "Risks and mitigations"],
    two2: [obj, meas],
  }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const WIDTHS = { vm3: [30, 33, 37], span4: [34, 36, 15, 15], risk4: [22, 26, 28, 24], two2: [40, 60] };
const markOf = (m, k) => (m === "num:paren-letter" ? `(${letters[k]})` : m === "num:paren-roman" ? `(${ROMAN[k]})` : m === "num:decimal" ? `${k + 1}.` : m === "num:letter-paren" ? `${letters[k]})` : m);
const stop = (t, x) => (t.stops ? `${x}.` : x);
const measText = (t, m) => (t.design === "span4" ? m.indicator : m.inCell);

// ---------------------------------------------------------------- OOXML
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const W_NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
/** A run; `b` bold. Text with `\n` gets w:br, `\t` gets w:tab. */
const run = (text, { b = false, caps = false } = {}) => {
  const rpr = b || caps ? `<w:rPr>${b ? "<w:b/>" : ""}${caps ? "<w:caps/>" : ""}</w:rPr>` : "";
  return String(text).split(/(\n|\t)/).filter((x) => x !== "").map((x) => (x === "\n" ? `<w:r>${rpr}<w:br/></w:r>` : x === "\t" ? `<w:r>${rpr}<w:tab/></w:r>` : `<w:r>${rpr}<w:t xml:space="preserve">${esc(x)}</w:t></w:r>`)).join("");
};
const para = (runs, { style = null, numId = null, align = null, after = null, keepNext = false, tabs = null, sect = null } = {}) => {
  const ppr = [style ? `<w:pStyle w:val="${style}"/>` : "", keepNext ? "<w:keepNext/>" : "", numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : "", tabs ? `<w:tabs>${tabs.map((p) => `<w:tab w:val="left" w:pos="${p}"/>`).join("")}</w:tabs>` : "", after != null ? `<w:spacing w:after="${after}"/>` : "", align ? `<w:jc w:val="${align}"/>` : "", sect ?? ""].join("");
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}${runs}</w:p>`;
};

function docxParts(doc) {
  const s = doc.style;
  const body = [];
  // numbering: one abstract definition per marker, one w:num per list printed (each cell restarts)
  const abstracts = new Map(), nums = [];
  const numFor = (marker, start = 1) => {
    if (!abstracts.has(marker)) abstracts.set(marker, abstracts.size + 1);
    nums.push({ id: nums.length + 1, abs: abstracts.get(marker), start });
    return nums.length;
  };
  const P = (text, o = {}) => body.push(para(run(text, o), o));
  /** Items of a cell (or of the page): Word numbering, typed markers, or bare paragraphs. */
  const items = (marker, xs, start = 0, style = "Cell") => {
    if (!xs.length) return para("", { style });
    if (marker === "none") return xs.map((x) => para(run(x), { style })).join("");
    if (marker.startsWith("typed:")) return xs.map((x) => para(run(`${marker.slice(6)}\t${x}`), { style: style === "Cell" ? "CellHang" : "BodyHang" })).join("");
    const id = numFor(marker, start + 1);
    return xs.map((x) => para(run(x), { style, numId: id })).join("");
  };

  // the frame
  const y = doc.year;
  if (doc.era === "a") {
    P(`${y} SENIOR MANAGER’S COMPACT`, { style: "Title" });
    P(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`);
    body.push(para(run("DEPARTMENT/OFFICE:", { b: true }) + run(`\t${doc.entity} (${doc.acronym})`), { tabs: [2600] }));
  } else if (doc.era === "b") {
    P(`SENIOR MANAGER’S COMPACT for ${y}`, { style: "Title" });
    P(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`);
  } else {
    body.push(para(run(doc.manager.name, { b: true }) + run(`\n${doc.manager.title}\n${y}`)));
    P(`I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${doc.entity} set out below, in line with the Charter of the United Nations.`);
  }
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  P(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`);
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") P(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`);
    else { P(`Pursuant to ${sc}, the Office supports the following missions:`); body.push(items("num:symbol-bullet", doc.missions.map((m) => `${m.name} (${m.acronym})`), 0, "Body")); }
  }

  // page geometry (twentieths of a point)
  const MARG = { narrow: 720, normal: 1134, wide: 1418 }[s.margins];
  const A4 = [11906, 16838];
  const sectPr = (land, last = false) => {
    const [w, h] = land ? [A4[1], A4[0]] : A4;
    return `<w:sectPr>${s.runningHeader ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ""}${s.footer !== "none" ? '<w:footerReference w:type="default" r:id="rIdF"/>' : ""}${last ? "" : '<w:type w:val="nextPage"/>'}<w:pgSz w:w="${w}" w:h="${h}"${land ? ' w:orient="landscape"' : ""}/><w:pgMar w:top="${MARG}" w:right="${MARG}" w:bottom="${MARG}" w:left="${MARG}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  };
  const wholeLand = s.orientation === "landscape";
  const textWidth = (land) => (land ? A4[1] : A4[0]) - 2 * MARG;

  const bordersXml = s.rules === "grid" ? `<w:tblBorders><w:top w:val="single" w:sz="4" w:color="000000"/><w:left w:val="single" w:sz="4" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>`
    : s.rules === "rows" ? `<w:tblBorders><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="nil"/></w:tblBorders>`
    : `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`;
  const look = `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="${s.shading === "banded" ? 0 : 1}" w:noVBand="1"/>`;
  const va = s.valign === "center" ? '<w:vAlign w:val="center"/>' : "";
  let objNo = 0, landOpen = false, progTables = 0;
  for (const sec of sections(doc)) {
    const h = sec.id.includes(".") ? "Heading3" : "Heading2";
    P(sec.head, { style: h, keepNext: true });
    if (sec.para) P(`1. I will give special attention to delivering the following results in ${doc.year}.`);
    if (sec.challenges) { body.push(items(doc.challengeMarker, doc.challenges, 0, "Body")); continue; }
    for (const t of sec.tables ?? []) {
      // landscape-section: the second programme table alone on landscape pages (section breaks around it)
      const landHere = s.orientation === "landscape-section" && !t.managerial && progTables === 1;
      if (!t.managerial) progTables++;
      if (landHere) { body.push(para("", { sect: sectPr(false) })); landOpen = true; }
      const L = labels(doc, t), W = WIDTHS[t.design];
      const tw = textWidth(wholeLand || landHere);
      const cols = W.map((w) => Math.round((tw * w) / 100));
      const cell = (c, content, { span = 1, vm = null } = {}) => {
        const width = cols.slice(c, c + span).reduce((a, b) => a + b, 0);
        return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vm === "restart" ? '<w:vMerge w:val="restart"/>' : vm === "continue" ? "<w:vMerge/>" : ""}${va}</w:tcPr>${content || para("", { style: "Cell" })}</w:tc>`;
      };
      const tr = (cells, { header = false } = {}) => `<w:tr><w:trPr>${s.keepRows || header ? "<w:cantSplit/>" : ""}${header && t.headerRepeat ? "<w:tblHeader/>" : ""}</w:trPr>${cells.join("")}</w:tr>`;
      const rows = [tr(L.map((l, c) => cell(c, para(run(l, { b: true }), { style: "Cell" }))), { header: true })];
      const accItems = (r) => items(t.accMarker, r.accs.map((a) => stop(t, a)));
      if (t.design === "vm3") {
        t.rows.forEach((r) => {
          let j = 0;
          r.accs.forEach((a, ai) => {
            const ms = r.measures.slice(j, j + r.perAcc[ai]); j += r.perAcc[ai];
            rows.push(tr([cell(0, ai === 0 ? para(run(r.objective), { style: "Cell" }) : "", { vm: r.accs.length > 1 ? (ai === 0 ? "restart" : "continue") : null }), cell(1, items(t.accMarker, [stop(t, a)], ai)), cell(2, items(t.marker, ms.map((m) => stop(t, m.inCell))))]));
          });
        });
      } else if (t.design === "span4") {
        t.rows.forEach((r) => {
          objNo++;
          const lab = t.label === "Objective:" ? "Objective:" : t.label === "Objective N:" ? `Objective ${objNo}:` : `OBJECTIVE ${objNo}:`;
          rows.push(tr([cell(0, para(run(lab, { b: true }) + run(` ${r.objective}`), { style: "Cell" }), { span: 4 })]));
          let j = 0;
          r.accs.forEach((a, ai) => {
            const ms = r.measures.slice(j, j + r.perAcc[ai]); j += r.perAcc[ai];
            ms.forEach((m, mi) => rows.push(tr([cell(0, mi === 0 ? items(t.accMarker, [stop(t, a)], ai) : "", { vm: ms.length > 1 ? (mi === 0 ? "restart" : "continue") : null }), cell(1, items(t.marker, [stop(t, m.indicator)])), cell(2, para(run(m.baseline), { style: "Cell" })), cell(3, para(run(m.target), { style: "Cell" }))])));
          });
        });
      } else if (t.design === "risk4") {
        t.rows.forEach((r) => {
          const acc = accItems(r), meas = items(t.marker, r.measures.map((m) => stop(t, m.inCell))), risk = items(t.marker, r.risks.map((x) => stop(t, x)));
          const order = t.order === "measures-first" ? [meas, acc, risk] : t.order === "risks-second" ? [risk, acc, meas] : [acc, meas, risk];
          rows.push(tr([cell(0, para(run(r.objective), { style: "Cell" })), ...order.map((x, c) => cell(c + 1, x))]));
        });
      } else {
        t.rows.forEach((r) => rows.push(tr([cell(0, para(run(r.objective), { style: "Cell" })), cell(1, items(t.marker, r.measures.map((m) => stop(t, m.inCell))))])));
      }
      body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="CompactTable"/><w:tblW w:w="${tw}" w:type="dxa"/>${bordersXml}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>${look}</w:tblPr><w:tblGrid>${cols.map((c) => `<w:gridCol w:w="${c}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`);
      if (landHere) { body.push(para("", { sect: sectPr(true) })); landOpen = false; } else body.push(para("", { after: 120 }));
    }
  }
  void landOpen;
  // signatures
  const d = (k) => longDate(doc.signed[k], s.dateForm);
  const people = [[doc.manager.name, doc.manager.title, d(0)], [doc.counterpart.name, doc.counterpart.title, d(1)]];
  const half = Math.round(textWidth(wholeLand) / 2);
  if (s.signatures === "side-by-side") {
    const c = ([n, ti, dt]) => `<w:tc><w:tcPr><w:tcW w:w="${half}" w:type="dxa"/></w:tcPr>${para(run(`________________________\n${n}\n${ti}\nDate: ${dt}`))}</w:tc>`;
    body.push(`<w:tbl><w:tblPr><w:tblW w:w="${2 * half}" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${half}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${people.map(c).join("")}</w:tr></w:tbl>`);
  } else if (s.signatures === "stacked") for (const [n, ti, dt] of people) P(`________________________\n${n}\n${ti}\n${dt}`, { keepNext: false });
  else if (s.signatures === "labelled") for (const [n, ti, dt] of people) P(`Signed: ________________________\nName: ${n}\nTitle: ${ti}\nDate: ${dt}`);
  else {
    // tabbed: both signatures in the same lines, the second at a tab stop half-way across
    P(`________________________\t________________________`, { tabs: [half] });
    P(`${people[0][0]}\t${people[1][0]}`, { tabs: [half] });
    P(`${people[0][1]}\t${people[1][1]}`, { tabs: [half] });
    P(`Date: ${people[0][2]}\tDate: ${people[1][2]}`, { tabs: [half] });
  }
  body.push(sectPr(wholeLand, true));

  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body.join("")}</w:body></w:document>`;
  const fnt = s.font;
  const fill = (c) => `<w:shd w:val="clear" w:color="auto" w:fill="${c}"/>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${fnt}" w:hAnsi="${fnt}" w:cs="${fnt}" w:eastAsia="${fnt}"/><w:sz w:val="${s.size * 2}"/><w:szCs w:val="${s.size * 2}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="${s.size * 2 + 8}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="${s.size * 2 + 4}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="100"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="${s.size * 2 + 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="BodyHang"><w:name w:val="Body Hanging"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CellHang"><w:name w:val="Table Text Hanging"/><w:basedOn w:val="Cell"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="CompactTable"><w:name w:val="Compact Table"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>${s.shading === "none" ? "" : `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr>${fill("D9E2F3")}</w:tcPr></w:tblStylePr>`}${s.shading === "banded" ? `<w:tblStylePr w:type="band2Horz"><w:tcPr>${fill("F2F2F2")}</w:tcPr></w:tblStylePr>` : ""}</w:style>
</w:styles>`;
  const lvl = (marker, start, indent) => {
    const f = NUMFMT[marker];
    const rpr = f.font ? `<w:rPr><w:rFonts w:ascii="${f.font}" w:hAnsi="${f.font}" w:hint="default"/></w:rPr>` : "";
    return `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${f.fmt}"/><w:lvlText w:val="${esc(f.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="${indent}"/></w:pPr>${rpr}</w:lvl>`;
  };
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}>${[...abstracts].map(([marker, id]) => `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/>${lvl(marker, 1, NUMFMT[marker].fmt === "bullet" ? 284 : 425)}</w:abstractNum>`).join("")}${nums.map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abs}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.start}"/></w:lvlOverride></w:num>`).join("")}</w:numbering>`;
  const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W_NS}>${para(run(`${doc.acronym} — Senior Manager’s Compact ${doc.year}`), { style: "Header" })}</w:hdr>`;
  const fld = (instr, shown) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W_NS}>${para(s.footer === "page-n-of-m" ? run("Page ") + fld("PAGE", "1") + run(" of ") + fld("NUMPAGES", "1") : fld("PAGE", "1"), { style: "Footer" })}</w:ftr>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Senior Manager's Compact ${doc.year}</dc:title><dc:creator>${esc(doc.acronym)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${doc.signed[0]}T09:00:00Z</dcterms:created></cp:coreProperties>`;
  return [["[Content_Types].xml", types], ["_rels/.rels", rootRels], ["docProps/core.xml", core], ["word/document.xml", document], ["word/_rels/document.xml.rels", rels], ["word/styles.xml", styles], ["word/numbering.xml", numbering], ["word/header1.xml", header], ["word/footer1.xml", footer]];
}

/** A stored (uncompressed) zip of the parts, byte-for-byte reproducible (fixed dates). */
function zip(parts) {
  const locals = [], centrals = [];
  let off = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text, "utf8"), nm = Buffer.from(name, "utf8"), crc = crc32(data) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(0, 8); lh.writeUInt16LE(0, 10); lh.writeUInt16LE(0x21, 12);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(data.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(nm.length, 26); lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(0, 10); ch.writeUInt16LE(0, 12); ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(data.length, 20); ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(nm.length, 28); ch.writeUInt32LE(off, 42);
    locals.push(lh, nm, data); centrals.push(ch, nm);
    off += 30 + nm.length + data.length;
  }
  const cd = Buffer.concat(centrals), end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(off, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ---------------------------------------------------------------- truth and features
function truthRow(section, t, r) {
  const row = { section, objective: r.objective, accomplishments: r.accs.map((a) => stop(t, a)), measures: r.measures.map((m) => stop(t, measText(t, m))) };
  if (t.design === "risk4") row.risksAndMitigations = r.risks.map((x) => stop(t, x));
  if (t.design === "span4") { row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => m.target); }
  return row;
}
function tableFeatures(doc, t) {
  const L = labels(doc, t);
  const f = [`design:${t.design}`, `cols:${L.length}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed", `marker:${MARKER_NAME(t.marker)}`, t.headerRepeat ? "table-header:every-page" : "table-header:first-page-only"];
  if (t.marker.startsWith("num:")) f.push("markers:word-numbering");
  if (t.marker.startsWith("typed:")) f.push("markers:typed");
  if (/symbol|wingdings/.test(t.marker)) f.push("markers:private-use");
  if (t.design !== "two2") f.push(`acc-vocab:${t.accVocab}`, `acc-marker:${t.accMarker === t.marker ? "same" : MARKER_NAME(t.accMarker)}`);
  if (t.stops) f.push("items:full-stops");
  if (t.design === "vm3") f.push("objective:column", "subrows:rowspan", "merge:vmerge");
  if (t.design === "span4") f.push("objective:spanning", "merge:gridspan", "merge:vmerge", `objective:label-${t.label === "Objective:" ? "bare" : t.label === "Objective N:" ? "objective-n" : "caps-n"}`, "subrows:measure-rows", "col:baseline", "col:target", t.yearHeader ? "header:year-qualified" : "header:plain");
  if (t.design === "risk4") f.push("objective:column", "col:risks", `order:${t.order}`);
  if (t.design === "two2") f.push("objective:column", "no-accomplishment");
  return [...new Set(f)];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables ?? []) for (const r of t.rows) {
    rows.push(truthRow(sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: r.measures.map((m, j) => ({ accomplishment: t.design === "vm3" || t.design === "span4" ? r.accOf[j] : null, target: t.design === "span4" ? m.target : null, baseline: t.design === "span4" ? m.baseline : null })) });
  }
  const s = doc.style;
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.rules}`, `shading:${s.shading}`, `font:${s.font.replace(/ /g, "-").toLowerCase()}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`, ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, `orientation:${s.orientation}`, `margins:${s.margins}`, s.keepRows ? "rows:keep-together" : "rows:may-split", `valign:${s.valign}`, `sections:${s.sections}`, `date:${s.dateForm}`, "challenges"];
  return frameTruth(doc, rows, { features, rows: srows });
}

// ---------------------------------------------------------------- main
const RENDER = ["ooxml.pdf", "lochrome.pdf", "txt", "raw.txt", "w3m.txt", "pandoc.txt", "md"];
const FILE = { "ooxml.pdf": "ooxml.pdf", "lochrome.pdf": "lochrome.pdf", txt: "txt", "raw.txt": "raw.txt", "w3m.txt": "w3m.txt", "pandoc.txt": "pandoc.txt", md: "md" };
function plan() {
  draws.reseed(SEED);
  resetDeals();
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  // the split, by a seeded shuffle made before any score: 16 documents to dev17, 10 to holdout17
  const drawnSplits = splitsOf(N_DOCS, N_DEV, shuffle, 17);
  const splits = VAL ? drawn.map((_, i) => ({ id: VAL.id(i), split: VAL.split })) : drawnSplits;
  return drawn.map((d, i) => {
    const parts = docxParts(d);
    return { ...d, ...splits[i], parts, docx: zip(parts) };
  });
}
/** A document's folder under OUT: its split's, or OUT itself for a validation draw. */
const folderOf = (doc) => (VAL ? "." : doc.split);
function manifestEntry(doc, truth) {
  // Not harness.mjs's manifestFeatures: a document whose truth has no rows (no table read) lists
  // no row features here, though its plan drew rows.
  const features = [...new Set([...truth.structure.features, ...truth.rows.length ? truth.structure.rows.flatMap((r) => r.features) : []])].sort();
  const dir = folderOf(doc), id = doc.id;
  const renderings = Object.fromEntries(RENDER.map((k) => [k, `${dir}/${id}.${FILE[k]}`]));
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features, style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, source: `src/${id}.docx`, layoutSha256: sha(doc.parts.map(([n, x]) => `${n}\n${x}`).join("\n")) };
}

const docs = plan();
// --features, --truth and --check as every generator since corpus13 has them (scripts/corpus/harness.mjs);
// --check also compares the committed .docx with the one these parts zip to, byte for byte.
runModes(OUT, 17, docs, { truthOf, manifestEntry, more: (doc) => (readFileSync(join(OUT, "src", `${doc.id}.docx`)).equals(doc.docx) ? [] : ["docx"]) });

const { work, env, soffice, chromium, done } = printRun(17);
const todo = docs.filter((d) => !ONLY || ONLY.includes(d.id));
mkdirSync(join(OUT, "src"), { recursive: true });
for (const doc of todo) writeFileSync(join(OUT, "src", `${doc.id}.docx`), doc.docx);
const srcs = todo.map((d) => join(OUT, "src", `${d.id}.docx`));
// LibreOffice Writer: every .docx printed, one run; and saved as HTML (Writer's HTML export), one run
soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", join(work, "pdf"), ...srcs]);
soffice(["--convert-to", "html:HTML (StarWriter)", "--outdir", join(work, "html"), ...srcs]);
const entries = [];
for (const doc of todo) {
  const dir = join(OUT, folderOf(doc)), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  const opdf = join(dir, `${id}.ooxml.pdf`), cpdf = join(dir, `${id}.lochrome.pdf`);
  copyFileSync(join(work, "pdf", `${id}.pdf`), opdf);
  // LibreOffice's HTML is its output, not ours: committed for the record (what Chromium and w3m read), not checked
  copyFileSync(join(work, "html", `${id}.html`), join(OUT, "src", `${id}.lo.html`));
  // LibreOffice's HTML carries the first page's @page (portrait for a landscape-section document), and
  // Chromium clips the landscape table at the portrait page's edge ("(targe", "Secretary-Gene"): the
  // page that is printed is turned to landscape, as a user who sees a wide table would print it
  const html = readFileSync(join(work, "html", `${id}.html`), "utf8");
  writeFileSync(join(work, "html", `${id}.print.html`), doc.style.orientation === "landscape-section" ? html.replace(/(@page \{ size: )([\d.]+in) ([\d.]+in)/, "$1$3 $2") : html);
  chromium(`file://${join(work, "html", `${id}.print.html`)}`, cpdf, 180_000);
  execFileSync("pdftotext", ["-layout", opdf, join(dir, `${id}.txt`)]);
  execFileSync("pdftotext", ["-raw", cpdf, join(dir, `${id}.raw.txt`)]);
  // the same web page as a text browser dumps it (tables drawn in text columns, 120 columns wide)
  writeFileSync(join(dir, `${id}.w3m.txt`), execFileSync("w3m", ["-dump", "-cols", "120", "-O", "UTF-8", "-T", "text/html", join(work, "html", `${id}.html`)], { encoding: "utf8", env }));
  const src = join(OUT, "src", `${id}.docx`);
  execFileSync("pandoc", ["-f", "docx", "-t", "plain", "--columns=110", "-o", join(dir, `${id}.pandoc.txt`), src]);
  execFileSync("pandoc", ["-f", "docx", "-t", "markdown-simple_tables-multiline_tables-pipe_tables", "--standalone", "--columns=130", "-o", join(dir, `${id}.md`), src]);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  entries.push({ ...manifestEntry(doc, truth), ...pagesAndCuts({ ooxml: opdf, lochrome: cpdf }, truth) });
  process.stdout.write(`${id} `);
}
done();
if (!ONLY) {
  const version = producerVersion;
  const producers = { soffice: version("soffice", ["--version"]), chromium: version("chromium", ["--version"]), pdftotext: version("sh", ["-c", "pdftotext -v 2>&1"]), pandoc: version("pandoc", ["--version"]), w3m: version("w3m", ["-version"]) };
  if (VAL) writeDrawManifest(OUT, 17, VAL, producers, entries);
  else writeManifest(OUT, 17, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries });
} else if (existsSync(join(OUT, "manifest.json"))) console.log("\n(--only: the manifest is not rewritten)");
