#!/usr/bin/env node
/**
 * Eighth compact corpus (test/corpus8): an independent generator (issue 11) whose PDFs come from
 * producers no earlier corpus used — **RTF written directly** and printed by LibreOffice
 * (`rtf.pdf`), and **hand-written HTML/CSS** printed by Chromium (`html.pdf`: CSS lists with
 * `@counter-style` markers, `thead` repetition, named landscape pages, page-margin boxes) — plus
 * `pdftotext -layout` of the RTF print (`txt`) and Markdown written from the data (`md`).
 *
 * One data model per document (frame by era, tables, truth) drives every producer, so the truth is
 * exact by construction. Seeded and deterministic.
 *
 *   node scripts/corpus8/generate.mjs            # write everything (LibreOffice, Chromium, pdftotext)
 *   node scripts/corpus8/generate.mjs --no-pdf   # sources (.rtf, .html), Markdown, truth, manifest only
 *   node scripts/corpus8/generate.mjs --check    # committed sources/Markdown/truth/manifest features = generator output?
 *   node scripts/corpus8/generate.mjs --split dev8c   # write (and print) only that split, keeping the others' files and manifest entries
 *   node scripts/corpus8/generate.mjs --seed 81808 --split val8   # a validation draw: VAL_DOCS documents planned
 *       as dev8/holdout8 were (planDocuments, no producer variation) from that seed, all to test/corpus8/val8/
 *       (ids v8-001…, its own manifest.json there, `--corpus test/corpus8/val8` for score.mjs); add --check to compare
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { fixStamps } from "../corpus/pdf-stamps.mjs";
import { BANKS, MANAGERIAL, CHALLENGES, OFFICES, BUDGET_SECTION, GIVEN, FAMILY, SG, SC_RANGE } from "./banks.mjs";
import { mulberry32 } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";
import { flagValue, validationDraw } from "../corpus/generator.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--no-pdf", "--split", "--seed"]);

/**
 * `--seed S --split val8` (val8b, …): a validation draw (test/corpus/README.md, "Validation draws";
 * session 37) — VAL_DOCS documents planned from seed S as dev8 and holdout8 were (planDocuments, the
 * producers' settings fixed, as holdout8's are), every one to that split, in a folder of its own
 * (test/corpus8/<split>/ with its own manifest.json; the corpus manifest and the committed splits are
 * untouched). Both flags together (no default seed); `--split dev8c` alone keeps its old meaning.
 */
const VAL = flagValue("--seed") !== undefined || /^val/.test(flagValue("--split") ?? "") ? validationDraw(8) : null;
const VAL_DOCS = 24;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = VAL ? join(ROOT, "test", "corpus8", VAL.split) : join(ROOT, "test", "corpus8");
const SEED = 80808;
/** Planned documents; every third goes to holdout8 (24 dev8 + 12 holdout8). */
const PLANNED = 36;
/**
 * dev8b: a second tuning split drawn on 2026-12-01 (session 11), after dev8's PDF renderings were
 * nearly saturated while holdout8 still failed on layouts dev8 shows too rarely. Its own seed and
 * its own plan, drawn after the 36 documents above, so dev8 and holdout8 are unchanged.
 */
const SEED_B = 80811;
const PLANNED_B = 24;
/**
 * dev8c: a third tuning split drawn on 2026-12-02 (session 15), after holdout8's text stayed at
 * 87.5 % and its RTF print at 93 % while dev8b's reached 98-99 %: a fresh draw of the same planner
 * shows what the held-out split loses without looking at it. Its own seed and plan, drawn after the
 * 60 documents above (as documents 60-83), so dev8, holdout8 and dev8b are unchanged. Of the seeds
 * 80821-80860, the plan of 80824 shows every feature dev8b shows and crosses best on its own (as
 * dev8b does: 5 features in fewer than 3 documents — era:c and its preamble and sections, 2017-2018
 * being 2 of 19 dealt years — and 3 one-sided).
 */
const SEED_C = 80824;
const PLANNED_C = 24;
/**
 * dev8d: a fourth tuning split drawn on 2026-12-02 (session 17) because two draws of the same
 * producer settings (dev8b, dev8c) read 99-100 % while holdout8's RTF print stayed at 93 %: real
 * producers vary where this generator held them fixed. The plan (content) is drawn as before from
 * its own seed; a second seed (SEED_D + 1) deals **producer settings** over its documents so they
 * cross: page margins (0.5-1.2 in), other fonts (DejaVu, Liberation Serif/Sans/Sans Narrow) and
 * sizes (9-12 pt), whole-document landscape, table width (85-100 % of the text), column widths
 * (equal, a wide measures column, narrow value columns), cell padding, and for the Chromium print
 * another paper than the RTF's, its own margins and a print scale (CSS zoom 0.75-1.1). The earlier
 * splits have no `prod` and print exactly as before (--check compares their source hashes).
 * First drawn with 1.25 in margins, tables at 80 %, 10 pt padding and 7 % value columns: LibreOffice
 * then broke header and cell words mid-word ("Bas|eline", "OBJECT|IVES") in 3 documents, which no
 * compact prints; the extremes were narrowed to the values below (same deal, same documents).
 */
const SEED_D = 80833;
const PLANNED_D = 20;
/**
 * dev8e: a fifth tuning split drawn on 2026-12-02 (session 19) because holdout8's text stayed at
 * 143/160 (89.4 %) for three sessions while dev8d's, tuned, reached 94.8 %: a fresh draw of the same
 * planner with producer settings dealt as dev8d's (`varyProducers`, its own seed SEED_E + 1), planned
 * after the 104 documents above (as documents 104-123), so every earlier split is unchanged.
 */
const SEED_E = 80845;
const PLANNED_E = 20;
const SPLITS = ["dev8", "holdout8", "dev8b", "dev8c", "dev8d", "dev8e"];
const args = process.argv.slice(2);
const CHECK = args.includes("--check");
const NO_PDF = args.includes("--no-pdf") || CHECK;
/** --split S: write (and print) only split S, keeping the other splits' files and manifest entries. */
const ONLY = VAL ? undefined : flagValue("--split", args);
if (ONLY !== undefined && !SPLITS.includes(ONLY)) { console.error(`--split: one of ${SPLITS.join(", ")}`); process.exit(2); }

// ---------------------------------------------------------------- randomness
const makeRng = (seed) => {
  const r = mulberry32(seed);
  const api = {
    next: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(r() * xs.length)],
    chance: (p) => r() < p,
    shuffle: (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  api.take = (pool, n) => { const s = api.shuffle(pool); return s.slice(0, n); };
  return api;
};
/** Deal `values` over the documents through a seeded permutation, so each value meets many others. */
const deal = (rng, n, values) => { const perm = rng.shuffle([...Array(n).keys()]); const out = Array(n); perm.forEach((doc, k) => { out[doc] = values[k % values.length]; }); return out; };

// ---------------------------------------------------------------- vocabulary of the layouts
const ACC_VOCAB = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
const MEAS_VOCAB = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };
/** Item markers: the glyph printed (RTF may print the Symbol-font variant `sym-•`). */
const MARKERS = ["•", "▪", "●", "o", "-", "–", "➢", "□", "(a)", "(i)", "1.", "a)", "none", "sym-•"];
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
const markerText = (m, i) => (m === "(a)" ? `(${"abcdefgh"[i]})` : m === "(i)" ? `(${ROMAN[i]})` : m === "1." ? `${i + 1}.` : m === "a)" ? `${"abcdefgh"[i]})` : m === "sym-•" ? "•" : m === "none" ? "" : m);

/**
 * Table designs. objective: where the objective sits; subrows: flat (lists in cells), rowspan (one
 * sub-row per accomplishment with its measures), measure-rows (one sub-row per indicator with its
 * Baseline/Target); cols: column keys left to right; group: the two-level header "Performance
 * measures" over Indicator / Baseline / Target.
 */
const DESIGNS = [
  { name: "column-flat", objective: "column", subrows: "flat", cols: ["objective", "acc", "meas"] },
  { name: "column-rowspan-risks", objective: "column", subrows: "rowspan", cols: ["objective", "acc", "meas", "risks"] },
  { name: "spanning-flat-risks", objective: "spanning", subrows: "flat", cols: ["acc", "risks", "meas"] },
  { name: "spanning-measure-rows", objective: "spanning", subrows: "measure-rows", cols: ["acc", "meas", "baseline", "target"] },
  { name: "heading-measure-rows", objective: "heading", subrows: "measure-rows", cols: ["meas", "baseline", "target"] },
  { name: "column-grouped", objective: "column", subrows: "measure-rows", cols: ["objective", "acc", "meas", "baseline", "target"], group: true },
  { name: "column-number-flat", objective: "column", subrows: "flat", cols: ["objective", "acc", "meas"], numberInCell: true },
  { name: "heading-flat-2", objective: "heading", subrows: "flat", cols: ["acc", "meas"] },
  { name: "spanning-rowspan-2", objective: "spanning", subrows: "rowspan", cols: ["acc", "meas"] },
  { name: "column-noacc-values", objective: "column", subrows: "measure-rows", cols: ["objective", "meas", "baseline", "target"] },
  { name: "column-flat-risks-last", objective: "column", subrows: "flat", cols: ["objective", "acc", "meas", "risks"] },
  { name: "spanning-grouped", objective: "spanning", subrows: "measure-rows", cols: ["acc", "meas", "baseline", "target"], group: true },
];
const RULED_STYLES = ["grid", "vertical", "grid-heavy"];
const BORDERLESS_STYLES = ["none", "header-rule", "horizontal"];
const FONTS = [
  { name: "P052", css: "'P052', serif", rtf: "\\froman P052", key: "p052" },
  { name: "C059", css: "'C059', serif", rtf: "\\froman C059", key: "c059" },
  { name: "URW Bookman", css: "'URW Bookman', serif", rtf: "\\froman URW Bookman", key: "bookman" },
  { name: "Nimbus Sans", css: "'Nimbus Sans', sans-serif", rtf: "\\fswiss Nimbus Sans", key: "nimbus-sans" },
  { name: "URW Gothic", css: "'URW Gothic', sans-serif", rtf: "\\fswiss URW Gothic", key: "gothic" },
  { name: "DejaVu Serif Condensed", css: "'DejaVu Serif Condensed', 'DejaVu Serif', serif", rtf: "\\froman DejaVu Serif Condensed", key: "dejavu-serif-condensed" },
];
/** Fonts dev8d deals besides FONTS: the free families real PDFs show most (metric clones of Times/Arial, DejaVu). */
const FONTS_D = [
  { name: "Liberation Serif", css: "'Liberation Serif', serif", rtf: "\\froman Liberation Serif", key: "liberation-serif" },
  { name: "Liberation Sans", css: "'Liberation Sans', sans-serif", rtf: "\\fswiss Liberation Sans", key: "liberation-sans" },
  { name: "DejaVu Sans", css: "'DejaVu Sans', sans-serif", rtf: "\\fswiss DejaVu Sans", key: "dejavu-sans" },
  { name: "DejaVu Serif", css: "'DejaVu Serif', serif", rtf: "\\froman DejaVu Serif", key: "dejavu-serif" },
  { name: "Liberation Sans Narrow", css: "'Liberation Sans Narrow', sans-serif", rtf: "\\fswiss Liberation Sans Narrow", key: "liberation-sans-narrow" },
  FONTS[0], FONTS[3],
];
/**
 * Producer settings dealt over a plan's documents (dev8d): each value meets many others. The RTF
 * and HTML writers read `doc.prod`; without it they print as the first three plans always did.
 */
function varyProducers(docs, seed) {
  const rng = makeRng(seed);
  const n = docs.length;
  const fonts = deal(rng, n, FONTS_D), sizes = deal(rng, n, [9, 9.5, 10, 11, 12]);
  const margins = deal(rng, n, [720, 1000, 1440, 1700]), widths = deal(rng, n, [1, 0.9, 0.85]);
  const colw = deal(rng, n, ["default", "equal", "meas-wide", "narrow-values"]), pads = deal(rng, n, [30, 100, 160]);
  const land = deal(rng, n, ["none", "whole", "none", "section"]);
  const zoom = deal(rng, n, [1, 0.85, 0.75, 1.1]), cssMargin = deal(rng, n, ["1cm", "2cm", "3cm"]), cssPaper = deal(rng, n, ["same", "other", "same"]);
  docs.forEach((d, k) => {
    d.font = fonts[k]; d.size = sizes[k];
    d.landscape = land[k] === "section" ? "section" : "none";
    d.prod = { margin: margins[k], tableWidth: widths[k], colWidths: colw[k], pad: pads[k], whole: land[k] === "whole", zoom: zoom[k], cssMargin: cssMargin[k], cssPaper: cssPaper[k] };
  });
  return docs;
}
/** The doc-level features of the producer settings (not table features: see score.mjs TABLE_PREFIXES). */
const prodFeatures = (p) => (p ? [`prod:margin-${p.margin}`, `prod:table-width-${Math.round(p.tableWidth * 100)}`, `prod:col-widths-${p.colWidths}`, `prod:pad-${p.pad}`, `prod:print-zoom-${p.zoom}`, `prod:print-margin-${p.cssMargin}`, `prod:print-paper-${p.cssPaper}`, ...(p.whole ? ["landscape-whole"] : [])] : []);
const eraOf = (y) => (y <= 2010 ? "a" : y <= 2016 ? "b" : y <= 2018 ? "c" : "d");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// ---------------------------------------------------------------- missions
function loadMissions() {
  const lines = readFileSync(join(ROOT, "data", "un-missions.tsv"), "utf8").trim().split("\n").slice(1);
  return lines.map((l) => { const [acronym, name, kind, start, end] = l.split("\t"); return { acronym, name, kind, start: +start, end: end ? +end : 9999 }; });
}
const MISSIONS = loadMissions();

// ---------------------------------------------------------------- text helpers
const SHY = "\u00ad", NBSP = "\u00a0", NBH = "\u2011";
/** What a reader should give back: soft hyphens gone, U+2011 as '-', NBSP as a space. */
const clean = (s) => s.replace(/\u00ad/g, "").replace(/\u2011/g, "-").replace(/\u00a0/g, " ");
function softHyphenate(s) {
  // One soft hyphen in the middle of long lower-case words (as a Word user's optional hyphens).
  return s.replace(/\b([a-z]{12,})\b/g, (w) => { const k = Math.floor(w.length / 2); return w.slice(0, k) + SHY + w.slice(k); });
}
const nbHyphenate = (s) => s.replace(/\b([A-Za-z]{1,12})-([A-Za-z0-9]{1,12})\b/g, `$1${NBH}$2`);
const nbSpaces = (s) => s.replace(/(\d) (per cent|days|countries|missions)/g, `$1${NBSP}$2`).replace(/\b(Mr\.|Ms\.) /g, `$1${NBSP}`);

// ---------------------------------------------------------------- planning one document
/**
 * One plan: `n` documents drawn from `seed`; `first` numbers them after an earlier plan's documents
 * (doc.i), `splitOf(k)` names the split of the k-th. Markers rotate within the plan.
 */
function planDocuments(seed = SEED, n = PLANNED, first = 0, splitOf = (k) => (k % 3 === 2 ? "holdout8" : "dev8")) {
  const rng = makeRng(seed);
  const years = deal(rng, n, [...Array(19).keys()].map((k) => 2006 + k));
  const rulesAll = deal(rng, n, [...RULED_STYLES, ...BORDERLESS_STYLES]);
  const fonts = deal(rng, n, FONTS);
  const papers = deal(rng, n, ["letter", "a4"]);
  const landscape = deal(rng, n, ["none", "section", "none"]);
  const twoCol = deal(rng, n, [true, false, false]);
  const footnote = deal(rng, n, [true, false, false]);
  const runningHeader = deal(rng, n, [true, false]);
  const footers = deal(rng, n, ["page-of", "page-n", "none"]);
  const soft = deal(rng, n, [true, false, false]);
  const nbsp = deal(rng, n, [false, true, false]);
  const nbh = deal(rng, n, [false, false, true]);
  const sigs = deal(rng, n, ["side-by-side", "stacked"]);
  const chMarkers = deal(rng, n, ["•", "(a)", "1.", "none", "–"]);
  const pct = deal(rng, n, ["%", " per cent"]);
  const sizes = deal(rng, n, [10, 10.5, 11, 9.5]);
  const annex = deal(rng, n, [true, false]);
  const designStart = deal(rng, n, [...DESIGNS.keys()]);
  const docs = [];
  for (let k = 0; k < n; k++) {
    const i = first + k;
    const r = makeRng(seed * 31 + i * 7919);
    const year = years[k];
    const offices = OFFICES.map((o) => ({ kind: o.kind, p: o.periods.find((p) => p.from <= year && p.to >= year) })).filter((o) => o.p);
    const off = offices[(i * 5 + r.int(0, 3)) % offices.length];
    const rules = rulesAll[k];
    docs.push({
      i, id: null, split: splitOf(k), year, era: eraOf(year), kind: off.kind, office: off.p, r,
      rules, ruled: RULED_STYLES.includes(rules), font: fonts[k], paper: papers[k], size: sizes[k],
      landscape: landscape[k], twoCol: twoCol[k], footnote: footnote[k], runningHeader: runningHeader[k], footer: footers[k],
      soft: soft[k], nbsp: nbsp[k], nbh: nbh[k], sigs: sigs[k], chMarker: chMarkers[k], pct: pct[k],
      annex: annex[k] && eraOf(year) !== "a", designStart: designStart[k],
    });
  }
  // Markers rotate over the tables of ruled and of borderless documents separately.
  const turns = { ruled: 0, borderless: 0 };
  for (const d of docs) d.turns = turns;
  // Mission mentions rotate over the offices that name missions.
  let k = 0;
  for (const d of docs) if (["peace", "support", "political"].includes(d.kind)) d.missionMode = ["list", "run-on", "prose"][k++ % 3];
  const prefix = { dev8: "d8", holdout8: "h8", dev8b: "d8b", dev8c: "d8c", dev8d: "d8d", dev8e: "d8e" }, counts = {};
  for (const d of docs) d.id = `${prefix[d.split]}-${String((counts[d.split] = (counts[d.split] ?? 0) + 1)).padStart(3, "0")}`;
  if (VAL) docs.forEach((d, k) => { d.id = VAL.id(k); });
  return docs;
}

// ---------------------------------------------------------------- content of one document
function fill(r, tpl, doc) {
  return tpl.replace(/\{n\}/g, () => String(r.int(3, 64))).replace(/\{p\}/g, () => `${r.int(55, 98)}${doc.pct}`).replace(/\{d\}/g, () => String(r.int(5, 90))).replace(/\{y\}/g, String(doc.year));
}
function indicatorValues(r, ind, doc) {
  const [, unit, lo, hi, rising] = ind;
  const base = r.int(lo, hi);
  const step = Math.max(1, Math.round((hi - lo) * (0.2 + r.next() * 0.4)));
  const target = rising ? base + step : Math.max(0, base - step);
  const fmt = (v) => (unit === "%" ? `${v}${doc.pct === "%" ? "%" : " per cent"}` : unit === "days" ? `${v} days` : String(v));
  return [fmt(base), fmt(target)];
}

/** One table's rows: objective, accomplishments, measures (with their accomplishment index, baseline, target), risks. */
function makeRows(doc, design, count, bank, used) {
  const r = doc.r;
  const rows = [];
  for (let k = 0; k < count; k++) {
    let objective = bank.objectives.find((o) => !used.objectives.has(o));
    if (!objective) objective = MANAGERIAL.objectives.find((o) => !used.objectives.has(o));
    used.objectives.add(objective);
    const accPool = r.shuffle(bank.accomplishments);
    const measPool = r.shuffle(bank.measures);
    const indPool = r.shuffle(bank.indicators);
    const riskPool = r.shuffle(bank.risks);
    const hasAcc = design.cols.includes("acc");
    let accomplishments = [], measures = [];
    if (design.subrows === "flat") {
      accomplishments = hasAcc ? accPool.slice(0, r.int(1, 3)) : [];
      measures = measPool.slice(0, r.int(2, 4)).map((t) => ({ text: fill(r, t, doc), acc: null, baseline: null, target: null }));
    } else if (design.subrows === "rowspan") {
      accomplishments = accPool.slice(0, r.int(2, 3));
      let m = 0;
      accomplishments.forEach((_, a) => { for (let j = r.int(1, 2); j > 0; j--) measures.push({ text: fill(r, measPool[m++ % measPool.length], doc), acc: a, baseline: null, target: null }); });
    } else {
      const nAcc = hasAcc ? r.int(1, 2) : 0;
      accomplishments = accPool.slice(0, nAcc);
      const total = Math.min(indPool.length, r.int(2, 4));
      for (let j = 0; j < total; j++) {
        const [baseline, target] = indicatorValues(r, indPool[j], doc);
        const acc = hasAcc ? (nAcc === 1 ? 0 : j < Math.ceil(total / 2) ? 0 : 1) : null;
        measures.push({ text: indPool[j][0], acc, baseline, target });
      }
    }
    const risks = design.cols.includes("risks") ? riskPool.slice(0, r.int(1, 2)) : [];
    rows.push({ objective, accomplishments, measures, risks });
  }
  return rows;
}

/** Per-table presentation: header words and case, wrapping, markers, cell options. */
function tableStyle(doc, design, t) {
  const r = doc.r;
  const accVocab = r.pick(Object.keys(ACC_VOCAB)), measVocab = r.pick(Object.keys(MEAS_VOCAB));
  const plural = r.chance(0.5) ? 1 : 0;
  const headerCase = r.pick(["title", "upper", "sentence"]);
  // Markers rotate through the corpus (not drawn) so that each meets ruled and borderless tables.
  const turn = doc.turns[doc.ruled ? "ruled" : "borderless"]++;
  let accMarker = MARKERS[(turn * 3 + 7) % MARKERS.length], measMarker = MARKERS[turn % MARKERS.length];
  if (design.subrows === "rowspan") accMarker = ["none", "(a)", "1."][(doc.i + t) % 3];
  const ord = r.chance(0.5);
  return {
    accVocab, measVocab, plural, headerCase,
    wrapped: r.chance(0.6),
    repeat: r.chance(0.7),
    keep: r.chance(0.3),
    // Vertically centred cells over merged sub-rows without rules leave a reader (a person too)
    // unable to tell which block a centred objective belongs to: only flat tables get them there.
    vcenter: r.chance(0.3) && (doc.ruled || design.subrows === "flat"),
    shaded: r.chance(0.6),
    zebra: r.chance(0.2),
    caption: doc.era === "a" || r.chance(0.25) ? `Table ${t}` : null,
    accMarker, measMarker,
    riskMarker: r.pick(["•", "-", "none"]),
    stops: r.chance(0.5),
    targetFirst: design.cols.includes("target") && r.chance(0.35),
    objLabel: design.objective === "spanning" ? r.pick(["numbered", "plain", "none"]) : design.objective === "heading" ? r.pick(["numbered", "number", "none"]) : design.numberInCell ? "number" : "none",
    objStop: r.chance(0.4),
    valueYears: design.cols.includes("baseline") && r.chance(0.5),
  };
}

const caseLabel = (s, c) => (c === "upper" ? s.toUpperCase() : c === "sentence" ? s[0] + s.slice(1).toLowerCase() : s.replace(/\b([a-z])([a-z]*)/g, (w, a, b) => (["of", "and"].includes(w) ? w : a.toUpperCase() + b)));
function columnLabel(key, st, doc, design) {
  const y = doc.year;
  const raw = {
    objective: st.plural ? "Objectives" : "Objective",
    acc: ACC_VOCAB[st.accVocab][st.plural],
    meas: design.subrows === "measure-rows" ? (design.group ? "Indicator" : MEAS_VOCAB[st.measVocab][0]) : MEAS_VOCAB[st.measVocab][st.plural],
    risks: "Risks and mitigations",
    baseline: st.valueYears ? `Baseline ${y - 1}` : "Baseline",
    target: st.valueYears ? `Target ${y}` : "Target",
  }[key];
  const label = caseLabel(raw, st.headerCase);
  if (!st.wrapped) return [label];
  const words = label.split(" ");
  if (words.length < 2) return [label];
  if (words.length >= 3 && key !== "baseline" && key !== "target") return [words.slice(0, 1).join(" "), words.slice(1, -1).join(" "), words.at(-1)].filter(Boolean);
  return [words.slice(0, -1).join(" "), words.at(-1)];
}

/** Everything the producers print, as blocks; and the truth. */
function buildDocument(doc) {
  const r = doc.r;
  const bank = BANKS[doc.kind];
  const gender = r.chance(0.5) ? "f" : "m";
  const manager = `${r.pick(GIVEN[gender])} ${r.pick(FAMILY)}`;
  const honor = gender === "f" ? "Ms." : "Mr.";
  const sg = SG(doc.year);
  const sgHonor = "Mr.";
  const title = doc.office.title;
  const entity = doc.office.name;
  const session = doc.year - 1946;
  const resolution = `${session}/${r.int(236, 266)}`;
  const section = BUDGET_SECTION[doc.office.acronym] ?? 29;
  const budgetDoc = `A/${session}/6 (Sect. ${section})`;
  const feats = new Set([`era:${doc.era}`, `font:${doc.font.key}`, `paper:${doc.paper}`, `rules:${doc.rules}`, doc.ruled ? "ruled" : "borderless", `signatures:${doc.sigs}`, "challenges", `challenge-marker:${doc.chMarker}`, ...prodFeatures(doc.prod)]);
  const tx = (s) => { let o = s; if (doc.nbsp) o = nbSpaces(o); if (doc.soft) o = softHyphenate(o); if (doc.nbh) o = nbHyphenate(o); return o; };
  if (doc.soft) feats.add("text-soft-hyphen");
  if (doc.nbsp) feats.add("text-nbsp");
  if (doc.nbh) feats.add("text-nb-hyphen");
  if (doc.landscape === "section") feats.add("landscape-section");
  if (doc.twoCol) feats.add("two-column-intro");
  if (doc.footnote) feats.add("footnotes");
  if (doc.runningHeader) feats.add("running-header");
  if (doc.footer !== "none") feats.add(`page-footer:${doc.footer}`);
  feats.add(`percent:${doc.pct.trim() === "%" ? "sign" : "words"}`);

  // Missions the office names (peace, support and political offices).
  const active = MISSIONS.filter((m) => m.start <= doc.year && m.end >= doc.year);
  let missions = [];
  const missionMode = doc.missionMode;
  if (["peace", "support"].includes(doc.kind)) missions = r.take(active.filter((m) => m.kind === "peacekeeping"), r.int(3, 6));
  if (doc.kind === "political") missions = r.take(active.filter((m) => m.kind === "political"), r.int(3, 6));
  if (missions.length) feats.add(`missions-${missionMode}`);
  const scRes = ["peace", "political"].includes(doc.kind) && doc.i % 2 === 0 && SC_RANGE[doc.year - 1] ? r.int(...SC_RANGE[doc.year - 1]) : null;
  if (scRes) feats.add("sc-resolution");

  const d1 = r.int(1, 20), d2 = Math.min(28, d1 + r.int(1, 8)), month = doc.era === "d" ? r.pick([0, 1, 2]) : r.pick([0, 1]);
  const dateText = (d) => `${d} ${MONTHS[month]} ${doc.year}`;
  const iso = (d) => `${doc.year}-${String(month + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

  const blocks = [];
  const P = (text, o = {}) => blocks.push({ t: "para", text: tx(text), ...o });
  const H = (text, level = 1) => blocks.push({ t: "heading", text, level });
  const intro = [];
  const budgetSentence = `The programme of work is that of the proposed programme budget (${budgetDoc}), approved by the General Assembly in its resolution ${resolution}.`;
  const missionBlocks = () => {
    if (!missions.length) return [];
    const noun = doc.kind === "political" ? "special political missions" : "peacekeeping operations";
    if (missionMode === "list") return [{ t: "para", text: tx(`In ${doc.year} the ${doc.kind === "support" ? "Department supports" : "Department directs"} the following ${noun}:`) }, { t: "list", marker: "•", items: missions.map((m) => `${m.name} (${m.acronym})`) }];
    if (missionMode === "run-on") return [{ t: "para", text: tx(`Guidance and backstopping will continue for ${missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${missions.at(-1).acronym}, whose mandates were renewed during the year.`) }];
    return [{ t: "para", text: tx(`Particular attention will be given to the ${missions[0].name} (${missions[0].acronym}), where the mandate is under review, and to the ${missions[1].name} (${missions[1].acronym}). ${missions.slice(2).map((m) => `The ${m.name} (${m.acronym})`).join(" and ")} will receive continued support.`) }];
  };
  const scSentence = scRes ? ` The Department will also support the implementation of Security Council resolution ${scRes} (${doc.year - 1}).` : "";
  const footnoteText = "The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.";
  // LibreOffice loses the text of a two-column section holding a footnote: the note then goes to the lead-in under the tables' heading.
  const introNote = doc.footnote && !doc.twoCol ? footnoteText : null;
  const leadNote = doc.footnote && doc.twoCol ? footnoteText : null;

  // ------------- the frame, by era
  let sectionIds;
  if (doc.era === "a") {
    feats.add("preamble:between"); feats.add("sections:letter-number"); feats.add("entity:label");
    blocks.push({ t: "title", text: `${doc.year} SENIOR MANAGER’S COMPACT` });
    P(`Between ${honor} ${manager}, ${title}, and the Secretary-General, ${sgHonor} ${sg}`, { align: "center" });
    P(`DEPARTMENT/OFFICE: ${entity.toUpperCase()}`, { bold: true });
    H("A. PROGRAMME OBJECTIVES"); H("1. Mandates", 2);
    intro.push({ t: "para", text: tx(`The mandates of the ${entity} derive from the Charter and from the resolutions of the intergovernmental bodies. ${budgetSentence}${scSentence}`), footnote: introNote }, ...missionBlocks());
    sectionIds = ["A", "B"];
  } else if (doc.era === "b") {
    feats.add("preamble:concluded"); feats.add("sections:roman"); feats.add("entity:heading");
    blocks.push({ t: "title", text: `Senior Manager’s Compact ${doc.year}` });
    P(`between the Secretary-General and the ${title}`, { align: "center" });
    blocks.push({ t: "title2", text: entity });
    H("I. Introduction");
    intro.push({ t: "para", text: tx(`This compact is concluded between ${sgHonor} ${sg}, Secretary-General, and ${honor} ${manager}, ${title}, for the period from 1 January to 31 December ${doc.year}. ${budgetSentence}${scSentence}`), footnote: introNote }, ...missionBlocks(),
      { t: "para", text: tx(`The results below are expressed as expected accomplishments with measurable indicators, baselines and targets, consistent with results-based budgeting.`) });
    sectionIds = ["II", "III"];
  } else if (doc.era === "c") {
    feats.add("preamble:first-person"); feats.add("sections:letter"); feats.add("entity:prose");
    blocks.push({ t: "title", text: `SENIOR MANAGER’S COMPACT for ${doc.year}` });
    intro.push({ t: "para", text: tx(`${manager}, ${title}, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the ${entity}. I commit to achieve the objectives detailed below and to manage the resources placed at my disposal responsibly. The Secretary-General, ${sg}, in turn, commits to provide the support needed. ${budgetSentence}${scSentence}`), footnote: introNote }, ...missionBlocks());
    sectionIds = ["A", "B"];
  } else {
    feats.add("preamble:header-block"); feats.add("sections:section-parts"); feats.add("entity:prose");
    blocks.push({ t: "headerblock", lines: [manager, title, String(doc.year)], align: doc.i % 2 ? "right" : "left" });
    intro.push({ t: "para", text: tx(`I commit myself to using the authorities delegated to me by the Secretary-General to lead the ${entity} towards the results below, in line with the regulations, rules and policies of the Organization. ${budgetSentence}${scSentence}`), footnote: introNote }, ...missionBlocks(),
      { t: "para", text: tx(`I will report on progress to the Management Performance Board and keep the Secretary-General, ${sg}, informed of risks to delivery.`) });
    sectionIds = ["A", "B"];
  }
  if (doc.twoCol) blocks.push({ t: "columns", blocks: intro }); else blocks.push(...intro);

  // ------------- tables
  const used = { objectives: new Set() };
  const truthRows = [], structRows = [];
  const tables = [];
  let designIdx = doc.designStart, tableNo = 0;
  const addTables = (sectionId, bankUsed, nUnits, rowsLeft) => {
    const out = [];
    for (let u = 0; u < nUnits; u++) {
      const design = DESIGNS[designIdx++ % DESIGNS.length];
      const isHeading = design.objective === "heading";
      const nObj = isHeading ? 2 : Math.max(2, Math.min(4, rowsLeft - (nUnits - u - 1) * 2));
      const rows = makeRows(doc, design, nObj, bankUsed, used);
      const st = tableStyle(doc, design, ++tableNo);
      rowsLeft -= nObj;
      const tfeat = tableFeatures(design, st);
      tables.push(`${design.objective}/${design.subrows}/${design.cols.length}`);
      const rowIdx = rows.map((row) => {
        const tr = { section: sectionId, objective: clean(tx(row.objective) + (st.objStop ? "." : "")), accomplishments: row.accomplishments.map((a) => clean(tx(a + (accStop(design, st) ? "." : "")))), measures: row.measures.map((m) => clean(tx(m.text + (design.subrows !== "measure-rows" && (st.stops || st.measMarker === "none") ? "." : "")))) };
        if (design.cols.includes("risks")) tr.risksAndMitigations = row.risks.map((x) => clean(tx(x + (st.riskMarker === "none" ? "." : ""))));
        if (design.cols.includes("baseline")) tr.baseline = row.measures.map((m) => clean(tx(m.baseline)));
        if (design.cols.includes("target")) tr.target = row.measures.map((m) => clean(tx(m.target)));
        truthRows.push(tr);
        structRows.push({ section: sectionId, objective: tr.objective, features: tfeat, measures: row.measures.map((m) => ({ accomplishment: m.acc, target: m.target === null ? null : clean(tx(m.target)), baseline: m.baseline === null ? null : clean(tx(m.baseline)) })) });
        return truthRows.length - 1;
      });
      // A heading design prints one table per objective, each under its own heading.
      const units = isHeading ? rows.map((row, k) => ({ rows: [row], rowIdx: [rowIdx[k]], st: k === 0 ? st : { ...st, caption: null } })) : [{ rows, rowIdx, st }];
      for (const unit of units) out.push({ design, st: unit.st, rows: unit.rows, rowIdx: unit.rowIdx, tx, features: tfeat });
    }
    return out;
  };
  const progBank = bank;
  const prog = addTables(sectionIds[0], progBank, 3, 9);
  const mgmt = addTables(sectionIds[1], MANAGERIAL, doc.r.int(1, 2), 4);
  const annexTables = doc.annex ? addTables("Annex", progBank, 1, 2) : [];
  if (doc.annex) feats.add("kpi-annex");

  const tableBlocks = (ts) => ts.map((t) => ({ t: "table", ...t }));
  const land = doc.landscape === "section";
  const progHead = { a: [["2. Priority programme objectives", 2]], b: [["II. Programme objectives and key performance indicators", 1]], c: [["A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", 1]], d: [["SECTION 1 : DELIVERING RESULTS", 1], ["A. ACHIEVING PROGRAMME OBJECTIVES", 1]] }[doc.era];
  const progLead = { a: "The priority objectives of the programme for the year are set out in the tables below.", b: "The following programme objectives and indicators apply to the period of this compact.", c: `1. I will give special attention to delivering the following results in ${doc.year}.`, d: `I will deliver the following results in ${doc.year}.` }[doc.era];
  const mgmtHead = { a: "B. MANAGERIAL OBJECTIVES", b: "III. Managerial objectives", c: "B. MANAGING RESOURCES", d: "B. MANAGING RESOURCES" }[doc.era];
  const chHead = { a: "C. CHALLENGES", b: "IV. Challenges", c: "C. CHALLENGES", d: "SECTION 2 : CHALLENGES" }[doc.era];
  const body = [];
  for (const [h, l] of progHead) body.push({ t: "heading", text: h, level: l });
  body.push({ t: "para", text: tx(progLead), footnote: leadNote }, ...tableBlocks(prog));
  body.push({ t: "heading", text: mgmtHead, level: 1 }, { t: "para", text: tx("The managerial objectives below apply to every senior manager of the Secretariat.") }, ...tableBlocks(mgmt));
  if (land) blocks.push({ t: "landscape", blocks: body }); else blocks.push(...body);
  const challenges = r.take(CHALLENGES, r.int(3, 5));
  blocks.push({ t: "heading", text: chHead, level: 1 }, { t: "para", text: tx("The main challenges I anticipate in delivering these results are:") }, { t: "list", marker: doc.chMarker, items: challenges.map((c) => tx(c + (doc.chMarker === "none" ? "." : ""))) });
  blocks.push({ t: "signatures", layout: doc.sigs, sigs: [{ name: manager, title, date: dateText(d1) }, { name: sg, title: "Secretary-General", date: dateText(d2) }] });
  if (doc.annex) blocks.push({ t: "pagebreak" }, { t: "heading", text: "Annex", level: 1 }, { t: "heading", text: "Key performance indicators", level: 2 }, ...tableBlocks(annexTables));
  for (const t of annexTables) t.features.push("table-in-annex");

  const truth = {
    kind: "compact", year: doc.year,
    manager: { name: manager, title }, counterpart: { name: sg, title: "Secretary-General" }, entity,
    signedOn: [iso(d1), iso(d2)],
    missions: missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [`A/RES/${resolution}`, ...(scRes ? [`S/RES/${scRes} (${doc.year - 1})`] : [])],
    documents: [budgetDoc], resolutionDates: {}, challenges: challenges.length,
    rows: truthRows,
    structure: { features: [...feats].sort(), rows: structRows },
  };
  const allFeatures = new Set([...feats, ...structRows.flatMap((s) => s.features)]);
  const runningText = doc.era === "d" ? `${entity} — Compact ${doc.year}` : `Senior Manager’s Compact ${doc.year}`;
  return { blocks, truth, features: [...allFeatures].sort(), tables, runningText };
}

/** Accomplishments end with a full stop when the table says so, or when nothing else separates them. */
const accStop = (design, st) => (design.subrows === "measure-rows" ? st.stops : st.stops || st.accMarker === "none");

function tableFeatures(design, st) {
  const f = [`objective:${design.objective}`, `subrows:${design.subrows}`, `cols:${design.cols.length}`, `header:${st.headerCase}`];
  if (design.cols.includes("acc")) f.push(`acc-vocab:${st.accVocab}`); else f.push("no-accomplishment");
  f.push(`meas-vocab:${st.measVocab}`);
  for (const c of ["risks", "baseline", "target"]) if (design.cols.includes(c)) f.push(`col:${c}`);
  if (design.group) f.push("header-grouped");
  if (st.wrapped) f.push("header-wrapped");
  if (st.repeat) f.push("header-repeated");
  if (st.shaded) f.push("header-shaded");
  if (st.caption) f.push("header-caption");
  if (st.keep) f.push("cells-keep-rows");
  if (st.vcenter) f.push("cells-vcenter");
  if (st.zebra) f.push("cells-zebra");
  if (design.subrows !== "measure-rows") f.push(`marker:${st.measMarker}`);
  if (design.cols.includes("acc") && design.subrows !== "measure-rows") f.push(`acc-marker:${st.accMarker}`);
  if (design.objective !== "column" || design.numberInCell) f.push(`objective:label-${st.objLabel}`);
  if (st.targetFirst) f.push("order:target-before-baseline");
  if (design.cols.includes("risks") && design.cols.indexOf("risks") < design.cols.length - 1) f.push("order:risks-middle");
  if (st.valueYears) f.push("header-value-years");
  return f;
}

// ---------------------------------------------------------------- the table as a grid of cells
/**
 * Cells: { paras: [{ marker, text, bold }], colspan, rowspan, cont } where `cont` marks the cells a
 * vertical merge covers (RTF writes them as \clvmrg, HTML leaves them out, Markdown empties them).
 */
function buildGrid(table, doc) {
  const { design, st, rows, tx } = table;
  let cols = [...design.cols];
  if (st.targetFirst) { const b = cols.indexOf("baseline"), t = cols.indexOf("target"); [cols[b], cols[t]] = [cols[t], cols[b]]; }
  if (design.objective !== "column") cols = cols.filter((c) => c !== "objective");
  const W = { default: { objective: 26, acc: 26, meas: 32, risks: 22, baseline: 11, target: 11 }, equal: { objective: 1, acc: 1, meas: 1, risks: 1, baseline: 1, target: 1 },
    "meas-wide": { objective: 22, acc: 22, meas: 48, risks: 20, baseline: 11, target: 11 }, "narrow-values": { objective: 24, acc: 26, meas: 34, risks: 22, baseline: 9, target: 9 } }[doc.prod?.colWidths ?? "default"];
  const total = cols.reduce((a, c) => a + W[c], 0);
  const widths = cols.map((c) => W[c] / total);
  const header = [];
  const label = (c) => columnLabel(c, st, doc, design);
  const hcell = (lines, o = {}) => ({ paras: lines.map((l, k) => ({ text: l, bold: true, join: k > 0 })), colspan: 1, rowspan: 1, header: true, ...o });
  if (design.group) {
    const gi = cols.findIndex((c) => ["meas", "baseline", "target"].includes(c));
    const row1 = [], row2 = [];
    cols.forEach((c, i) => {
      if (i < gi) { row1.push(hcell(label(c), { rowspan: 2 })); row2.push({ cont: true, header: true }); }
      else if (i === gi) { row1.push(hcell([caseLabel(MEAS_VOCAB[st.measVocab][1], st.headerCase)], { colspan: 3 })); row2.push(hcell(label(c))); }
      else row2.push(hcell(label(c)));
    });
    header.push(row1, row2);
  } else header.push(cols.map((c) => hcell(label(c))));

  const markerOf = { acc: st.accMarker, meas: st.measMarker, risks: st.riskMarker };
  const stopOf = (c) => (c === "risks" ? st.riskMarker === "none" : st.stops || markerOf[c] === "none");
  const items = (c, list, startIdx = 0) => list.map((x, k) => ({ marker: markerText(markerOf[c], startIdx + k), rawMarker: markerOf[c], idx: startIdx + k, text: tx(x + (stopOf(c) ? "." : "")) }));
  const body = [];
  rows.forEach((row, k) => {
    const rIdx = table.rowIdx[k];
    const objText = tx(row.objective) + (st.objStop ? "." : "");
    const number = rowNumber(table, k);
    const labelText = st.objLabel === "numbered" ? `Objective ${number}: ` : st.objLabel === "number" ? `${number}. ` : st.objLabel === "plain" ? "Objective: " : "";
    if (design.objective === "spanning") body.push({ rIdx, spanning: true, cells: [{ paras: [{ text: labelText + objText, bold: true }], colspan: cols.length, rowspan: 1 }] });
    if (design.objective === "heading") table.heading = { text: labelText + objText, rIdx };
    const nSub = design.subrows === "flat" ? 1 : design.subrows === "rowspan" ? row.accomplishments.length : row.measures.length;
    for (let s = 0; s < nSub; s++) {
      const cells = cols.map((c) => {
        if (c === "objective") return s === 0 ? { paras: [{ text: (st.objLabel === "number" ? labelText : "") + objText }], rowspan: nSub, colspan: 1 } : { cont: true };
        if (c === "risks") return s === 0 ? { paras: items("risks", row.risks), rowspan: nSub, colspan: 1 } : { cont: true };
        if (design.subrows === "flat") return { paras: items(c, c === "acc" ? row.accomplishments : row.measures.map((m) => m.text)), rowspan: 1, colspan: 1 };
        if (design.subrows === "rowspan") {
          if (c === "acc") return { paras: items("acc", [row.accomplishments[s]], s), rowspan: 1, colspan: 1 };
          return { paras: items("meas", row.measures.filter((m) => m.acc === s).map((m) => m.text)), rowspan: 1, colspan: 1 };
        }
        const m = row.measures[s];
        if (c === "acc") { const first = row.measures.findIndex((x) => x.acc === m.acc); if (first !== s) return { cont: true }; return { paras: [{ text: tx(row.accomplishments[m.acc] + (accStop(design, st) ? "." : "")) }], rowspan: row.measures.filter((x) => x.acc === m.acc).length, colspan: 1 }; }
        if (c === "meas") return { paras: [{ text: tx(m.text) }], rowspan: 1, colspan: 1 };
        return { paras: [{ text: tx(c === "baseline" ? m.baseline : m.target) }], rowspan: 1, colspan: 1, align: "center" };
      });
      body.push({ rIdx, sub: s, cells });
    }
  });
  return { cols, widths, header, body };
}
/** Objective numbers run through a section's tables. */
function rowNumber(table, k) { return table.numberBase + k + 1; }

// ---------------------------------------------------------------- RTF
const rtfEsc = (s) => [...s].map((ch) => {
  const c = ch.codePointAt(0);
  if (ch === "\\" || ch === "{" || ch === "}") return "\\" + ch;
  if (c === 0xad) return "\\-";
  if (c === 0xa0) return "\\~";
  if (c === 0x2011) return "\\_";
  if (c < 128) return ch;
  if (c > 0xffff) return "?";
  return `\\u${c > 32767 ? c - 65536 : c}?`;
}).join("");

function rtfDocument(doc, built) {
  const tw = (mm) => Math.round(mm * 56.6929);
  let pw = doc.paper === "a4" ? 11906 : 12240, ph = doc.paper === "a4" ? 16838 : 15840;
  if (doc.prod?.whole) [pw, ph] = [ph, pw];
  const ml = doc.prod?.margin ?? (doc.i % 2 ? 1134 : 1440);
  const fs = Math.round(doc.size * 2);
  const out = [];
  out.push(`{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1`);
  out.push(`{\\fonttbl{\\f0${doc.font.rtf};}{\\f1\\fswiss Nimbus Sans;}{\\f2\\ftech\\fcharset2 Symbol;}{\\f3\\fmodern Nimbus Mono PS;}}`);
  out.push(`{\\colortbl;\\red0\\green0\\blue0;\\red217\\green217\\blue217;\\red242\\green242\\blue242;}`);
  out.push(`{\\info{\\title Senior Manager's Compact ${doc.year}}{\\author ${rtfEsc(doc.office.acronym)}}}`);
  out.push(`\\paperw${pw}\\paperh${ph}${doc.prod?.whole ? "\\landscape" : ""}\\margl${ml}\\margr${ml}\\margt1300\\margb1300\\headery700\\footery700\\widowctrl`);
  const sectHF = () => {
    const parts = [];
    if (doc.runningHeader) parts.push(`{\\header\\pard\\plain\\f0\\fs16\\qr ${rtfEsc(built.runningText)}\\par}`);
    if (doc.footer === "page-of") parts.push(`{\\footer\\pard\\plain\\f0\\fs16\\qc Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} of {\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}\\par}`);
    if (doc.footer === "page-n") parts.push(`{\\footer\\pard\\plain\\f0\\fs16\\qc {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}`);
    return parts.join("\n");
  };
  out.push(`\\sectd${doc.prod?.whole ? "\\lndscpsxn" : ""}\\pgwsxn${pw}\\pghsxn${ph}`);
  out.push(sectHF());
  const base = `\\pard\\plain\\f0\\fs${fs}`;
  let textWidth = pw - 2 * ml;
  const para = (b) => {
    const al = b.align === "center" ? "\\qc" : b.align === "right" ? "\\qr" : "\\qj";
    const fn = b.footnote ? `{\\super\\chftn}{\\footnote\\pard\\plain\\f0\\fs16{\\super\\chftn} ${rtfEsc(b.footnote)}}` : "";
    return `${base}${al}\\sa120 ${b.bold ? "{\\b " : ""}${rtfEsc(b.text)}${b.bold ? "}" : ""}${fn}\\par`;
  };
  const markerRtf = (m, raw, font) => (raw === "sym-•" ? `{\\f2\\'b7}` : raw === "o" ? `{\\f3 o}` : rtfEsc(m));
  const blockRtf = (b) => {
    switch (b.t) {
      case "title": return `${base}\\qc\\sa240{\\b\\fs${fs + 6} ${rtfEsc(b.text)}}\\par`;
      case "title2": return `${base}\\qc\\sa240{\\b\\fs${fs + 2} ${rtfEsc(b.text)}}\\par`;
      case "headerblock": return b.lines.map((l, k) => `${base}${b.align === "right" ? "\\qr" : "\\ql"}${k === b.lines.length - 1 ? "\\sa360" : ""} {\\b ${rtfEsc(l)}}\\par`).join("\n");
      case "heading": return `${base}\\keepn\\sb240\\sa120{\\b ${b.level === 1 ? "" : "\\i "}${rtfEsc(b.text)}}\\par`;
      case "para": return para(b);
      case "list": return b.items.map((it, k) => `${base}\\fi-360\\li720\\tx720\\sa60 ${b.marker === "none" ? "" : rtfEsc(markerText(b.marker, k)) + "\\tab "}${rtfEsc(it)}\\par`).join("\n");
      case "pagebreak": return `${base}\\page\\par`;
      // A continuous section break (no header/footer or page size of its own: LibreOffice would start a page style) with two columns.
      case "columns": return `\\sect\\sectd\\sbknone\\cols2\\colsx567\n${b.blocks.map(blockRtf).join("\n")}\n\\sect\\sectd\\sbknone\\cols1\n`;
      case "landscape": {
        const saved = textWidth; textWidth = ph - 2 * ml;
        const inner = b.blocks.map(blockRtf).join("\n");
        textWidth = saved;
        return `\\sect\\sectd\\sbkpage\\lndscpsxn\\pgwsxn${ph}\\pghsxn${pw}\\marglsxn${ml}\\margrsxn${ml}\n${sectHF()}\n${inner}\n\\sect\\sectd\\sbkpage\\pgwsxn${pw}\\pghsxn${ph}\\marglsxn${ml}\\margrsxn${ml}\n${sectHF()}`;
      }
      case "signatures": {
        const sig = (s) => [`{\\b ${rtfEsc("______________________________")}}`, rtfEsc(s.name), rtfEsc(s.title), `Date: ${rtfEsc(s.date)}`];
        if (b.layout === "stacked") return b.sigs.map((s) => sig(s).map((l, k) => `${base}\\ql${k === 0 ? "\\sb600" : ""} ${l}\\par`).join("\n")).join("\n");
        const half = Math.floor(textWidth / 2);
        return `${base}\\sb480\\par\\trowd\\trgaph108\\cellx${half}\\cellx${2 * half}\n${b.sigs.map((s) => `\\pard\\plain\\intbl\\f0\\fs${fs}\\ql ${sig(s).join("\\line ")}\\cell`).join("\n")}\n\\row\n${base}\\par`;
      }
      case "table": return rtfTable(b, textWidth);
      default: throw new Error(b.t);
    }
  };
  const rtfTable = (table, width) => {
    const g = buildGrid(table, doc);
    const lines = [];
    if (table.st.caption) lines.push(`${base}\\keepn\\qc\\sb120\\sa60{\\b\\i ${rtfEsc(`${table.st.caption}. ${captionText(table)}`)}}\\par`);
    if (table.heading) lines.push(`${base}\\keepn\\sb120\\sa80{\\b ${rtfEsc(table.heading.text)}}\\par`);
    const edges = []; let acc = 0;
    g.widths.forEach((w) => { acc += w * width * (doc.prod?.tableWidth ?? 1); edges.push(Math.round(acc)); });
    const heavy = doc.rules === "grid-heavy";
    const brd = (side, w = 8) => `\\clbrdr${side}\\brdrs\\brdrw${w}`;
    const borders = (rowKind, isFirstCol, isLastCol, isLastRow) => {
      switch (doc.rules) {
        case "grid": return brd("t") + brd("l") + brd("b") + brd("r");
        case "grid-heavy": return brd("t", rowKind === "header" ? 24 : 8) + brd("l", isFirstCol ? 24 : 8) + brd("b", rowKind === "header" ? 24 : isLastRow ? 24 : 8) + brd("r", isLastCol ? 24 : 8);
        case "vertical": return brd("l", 10) + brd("r", 10) + (rowKind === "header" ? brd("t", 10) + brd("b", 10) : "") + (isLastRow ? brd("b", 10) : "");
        case "header-rule": return rowKind === "header" ? brd("t", 12) + brd("b", 12) : "";
        case "horizontal": return brd("t", 6) + brd("b", 6);
        default: return "";
      }
    };
    const rowOut = (cells, kind, isLastRow, zebra) => {
      const defs = [], contents = [];
      let col = 0;
      cells.forEach((c) => {
        const span = c.colspan ?? 1;
        const right = edges[col + span - 1];
        const merge = c.cont ? "\\clvmrg" : (c.rowspan ?? 1) > 1 ? "\\clvmgf" : "";
        const shade = kind === "header" && table.st.shaded ? "\\clcbpat2\\clshdng10000" : zebra ? "\\clcbpat3\\clshdng10000" : "";
        defs.push(`${merge}${table.st.vcenter || kind === "header" ? "\\clvertalc" : "\\clvertalt"}${borders(kind, col === 0, col + span === g.cols.length, isLastRow)}${shade}\\cellx${right}`);
        col += span;
        if (c.cont) { contents.push(`\\pard\\plain\\intbl\\f0\\fs${fs - 2}\\cell`); return; }
        const ps = c.paras.length ? c.paras : [{ text: "" }];
        const al = kind === "header" ? "\\qc" : c.align === "center" ? "\\qc" : "\\ql";
        if (kind === "header") { contents.push(`\\pard\\plain\\intbl\\f0\\fs${fs - 2}${al} {\\b ${ps.map((p) => rtfEsc(p.text)).join("\\line ")}}\\cell`); return; }
        const parts = ps.map((p, k) => {
          const hang = p.marker ? `\\fi-300\\li300\\tx300` : "";
          const m = p.marker ? `${markerRtf(p.marker, p.rawMarker)}\\tab ` : "";
          const body = p.bold ? `{\\b ${rtfEsc(p.text)}}` : rtfEsc(p.text);
          return `\\pard\\plain\\intbl\\f0\\fs${fs - 2}${al}${hang}\\sa40 ${m}${body}${k === ps.length - 1 ? "\\cell" : "\\par"}`;
        });
        contents.push(parts.join("\n"));
      });
      return `\\trowd\\trgaph${doc.prod?.pad ?? 100}\\trleft0${kind === "header" && table.st.repeat ? "\\trhdr" : ""}${table.st.keep ? "\\trkeep" : ""}\n${defs.join("")}\n${contents.join("\n")}\n\\row`;
    };
    g.header.forEach((h) => lines.push(rowOut(h, "header", false, false)));
    let band = 0, last = -1;
    g.body.forEach((b, k) => { if (b.rIdx !== last) { band++; last = b.rIdx; } lines.push(rowOut(b.cells, "body", k === g.body.length - 1, table.st.zebra && band % 2 === 0)); });
    lines.push(`${base}\\sa120\\par`);
    return lines.join("\n");
  };
  out.push(built.blocks.map(blockRtf).join("\n"));
  out.push("}");
  return out.join("\n");
}
const captionText = (table) => (table.design.subrows === "measure-rows" ? "Objectives, indicators, baselines and targets" : "Objectives, expected accomplishments and performance measures");

// ---------------------------------------------------------------- HTML (printed by Chromium)
const htmlEsc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00ad/g, "&shy;").replace(/\u00a0/g, "&nbsp;");
const COUNTER_STYLE = { "(a)": "paren-alpha", "(i)": "paren-roman", "1.": "decimal", "a)": "alpha-paren" };
const listStyleOf = (m) => (COUNTER_STYLE[m] ? COUNTER_STYLE[m] : m === "none" ? "none" : `"${m === "sym-•" ? "•" : m}\\00a0\\00a0"`);
function htmlDocument(doc, built) {
  const p = doc.prod;
  const size = (doc.paper === "a4") !== (p?.cssPaper === "other") ? "A4" : "letter";
  const pageSize = p?.whole ? `${size} landscape` : size;
  const rulesCss = {
    grid: "table.t td, table.t th { border: 0.6pt solid #000; }",
    "grid-heavy": "table.t { border: 1.8pt solid #000; } table.t td, table.t th { border: 0.6pt solid #000; } table.t thead th, table.t tr.h th { border-bottom: 1.8pt solid #000; }",
    vertical: "table.t { border: 0.8pt solid #000; } table.t td, table.t th { border-left: 0.8pt solid #000; border-right: 0.8pt solid #000; } table.t th { border-bottom: 0.8pt solid #000; }",
    none: "",
    "header-rule": "table.t thead tr:first-child th, table.t tr.h:first-child th { border-top: 1pt solid #000; } table.t thead tr:last-child th, table.t tr.h:last-child th { border-bottom: 1pt solid #000; } table.t th[rowspan] { border-bottom: 1pt solid #000; }",
    horizontal: "table.t td, table.t th { border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; }",
  }[doc.rules];
  const margin = p?.cssMargin ?? (doc.i % 2 ? "2cm" : "2.5cm");
  const pageBoxes = [
    doc.runningHeader ? `@top-right { content: "${built.runningText}"; font-size: 8pt; }` : "",
    doc.footer === "page-of" ? `@bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }` : doc.footer === "page-n" ? `@bottom-center { content: counter(page); font-size: 8pt; }` : "",
  ].join(" ");
  const css = `
@page { size: ${pageSize}; margin: ${margin}; ${pageBoxes} }
@page wide { size: ${size} landscape; margin: ${margin}; ${pageBoxes} }
@counter-style paren-alpha { system: extends lower-alpha; prefix: "("; suffix: ") "; }
@counter-style paren-roman { system: extends lower-roman; prefix: "("; suffix: ") "; }
@counter-style alpha-paren { system: extends lower-alpha; suffix: ") "; }
body { font-family: ${doc.font.css}; font-size: ${doc.size}pt; line-height: 1.25; }
h1.title { font-size: ${doc.size + 4}pt; text-align: center; margin: 0 0 10pt; }
h2.title2 { font-size: ${doc.size + 2}pt; text-align: center; }
h3 { font-size: ${doc.size + 0.5}pt; margin: 14pt 0 6pt; break-after: avoid; }
h4 { font-size: ${doc.size}pt; font-style: italic; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; text-align: justify; }
.wide { page: wide; }
.cols { column-count: 2; column-gap: 1cm; }
.hb p { margin: 0; font-weight: bold; }
table.t { border-collapse: collapse; width: 100%; margin: 4pt 0 12pt; font-size: ${doc.size - 1}pt; }
table.t td, table.t th { padding: 3pt 4pt; vertical-align: top; text-align: left; }
table.t th { text-align: center; vertical-align: middle; }
table.t.vc td { vertical-align: middle; }
table.t.keep tr { break-inside: avoid; }${p ? `\nbody { zoom: ${p.zoom}; }\ntable.t { width: ${Math.round(p.tableWidth * 100)}%; }\ntable.t td, table.t th { padding: ${p.pad / 40}pt ${p.pad / 20}pt; }` : ""}
table.t.shade th { background: #d9d9d9; }
table.t tr.z td { background: #f2f2f2; }
table.t td.num { text-align: center; }
table.t ul, table.t ol, ul.l, ol.l { margin: 0; padding-left: 14pt; }
table.t li { margin: 0 0 2pt; }
table.t td p { margin: 0 0 2pt; text-align: left; }
li.o::marker { font-family: 'Nimbus Mono PS', monospace; }
p.cap { text-align: center; font-weight: bold; font-style: italic; margin-top: 8pt; break-after: avoid; }
p.oh { font-weight: bold; break-after: avoid; margin-top: 8pt; }
.fn { font-size: 8pt; border-top: 0.5pt solid #000; padding-top: 2pt; margin-top: 8pt; }
.sig { display: flex; gap: 2cm; margin-top: 24pt; } .sig div { flex: 1; } .sig p, .sigs p { margin: 0; text-align: left; }
.sigs div { margin-top: 24pt; }
${rulesCss}`;
  const listHtml = (ps) => {
    if (!ps.length) return "";
    if (!ps[0].marker) return ps.map((p) => `<p>${p.bold ? "<b>" : ""}${htmlEsc(p.text)}${p.bold ? "</b>" : ""}</p>`).join("");
    const raw = ps[0].rawMarker;
    const tag = COUNTER_STYLE[raw] ? "ol" : "ul";
    const start = COUNTER_STYLE[raw] ? ps[0].idx + 1 : 1;
    return `<${tag} style="list-style-type: ${listStyleOf(raw)}"${start > 1 ? ` start="${start}"` : ""}>${ps.map((p) => `<li${raw === "o" ? ' class="o"' : ""}>${htmlEsc(p.text)}</li>`).join("")}</${tag}>`;
  };
  const tableHtml = (table) => {
    const g = buildGrid(table, doc);
    const cls = ["t", table.st.vcenter ? "vc" : "", table.st.keep ? "keep" : "", table.st.shaded ? "shade" : ""].filter(Boolean).join(" ");
    const parts = [];
    if (table.st.caption) parts.push(`<p class="cap">${htmlEsc(`${table.st.caption}. ${captionText(table)}`)}</p>`);
    if (table.heading) parts.push(`<p class="oh">${htmlEsc(table.heading.text)}</p>`);
    const colgroup = `<colgroup>${g.widths.map((w) => `<col style="width:${(w * 100).toFixed(1)}%">`).join("")}</colgroup>`;
    const th = (c) => (c.cont ? "" : `<th${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}>${c.paras.map((p) => htmlEsc(p.text)).join("<br>")}</th>`);
    const head = g.header.map((h) => `<tr class="h">${h.map(th).join("")}</tr>`).join("\n");
    let band = 0, last = -1;
    const rowsHtml = g.body.map((b) => {
      if (b.rIdx !== last) { band++; last = b.rIdx; }
      const z = table.st.zebra && band % 2 === 0 ? ' class="z"' : "";
      return `<tr${z}>${b.cells.map((c) => {
        if (c.cont) return "";
        const ps = c.paras;
        return `<td${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}${c.align === "center" ? ' class="num"' : ""}>${listHtml(ps)}</td>`;
      }).join("")}</tr>`;
    }).join("\n");
    const thead = table.st.repeat ? `<thead>${head}</thead><tbody>` : `<tbody>${head}`;
    parts.push(`<table class="${cls}">${colgroup}${thead}\n${rowsHtml}</tbody></table>`);
    return parts.join("\n");
  };
  const blockHtml = (b) => {
    switch (b.t) {
      case "title": return `<h1 class="title">${htmlEsc(b.text)}</h1>`;
      case "title2": return `<h2 class="title2">${htmlEsc(b.text)}</h2>`;
      case "headerblock": return `<div class="hb" style="text-align:${b.align}">${b.lines.map((l) => `<p style="text-align:${b.align}">${htmlEsc(l)}</p>`).join("")}</div><p>&nbsp;</p>`;
      case "heading": return b.level === 1 ? `<h3>${htmlEsc(b.text)}</h3>` : `<h4>${htmlEsc(b.text)}</h4>`;
      case "para": return `<p${b.align ? ` style="text-align:${b.align}"` : ""}>${b.bold ? "<b>" : ""}${htmlEsc(b.text)}${b.bold ? "</b>" : ""}${b.footnote ? "<sup>1</sup>" : ""}</p>${b.footnote ? `<p class="fn"><sup>1</sup> ${htmlEsc(b.footnote)}</p>` : ""}`;
      case "list": {
        if (b.marker === "none") return b.items.map((it) => `<p style="margin-left:24pt">${htmlEsc(it)}</p>`).join("");
        const tag = COUNTER_STYLE[b.marker] ? "ol" : "ul";
        return `<${tag} class="l" style="list-style-type: ${listStyleOf(b.marker)}; padding-left: 30pt">${b.items.map((it) => `<li>${htmlEsc(it)}</li>`).join("")}</${tag}>`;
      }
      case "pagebreak": return `<div style="break-after: page"></div>`;
      case "columns": return `<div class="cols">${b.blocks.map(blockHtml).join("\n")}</div>`;
      case "landscape": return `<div class="wide">${b.blocks.map(blockHtml).join("\n")}</div>`;
      case "signatures": {
        const sig = (s) => `<div><p>______________________________</p><p>${htmlEsc(s.name)}</p><p>${htmlEsc(s.title)}</p><p>Date: ${htmlEsc(s.date)}</p></div>`;
        return `<div class="${b.layout === "stacked" ? "sigs" : "sig"}">${b.sigs.map(sig).join("")}</div>`;
      }
      case "table": return tableHtml(b);
      default: throw new Error(b.t);
    }
  };
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Senior Manager's Compact ${doc.year}</title><style>${css}</style></head><body>\n${built.blocks.map(blockHtml).join("\n")}\n</body></html>\n`;
}
// ---------------------------------------------------------------- Markdown
function mdDocument(doc, built) {
  const esc = (s) => s.replace(/\u00ad/g, "").replace(/\|/g, "\\|");
  const lines = [];
  const cellMd = (c) => (c.cont ? "" : c.paras.map((p) => (p.bold ? `**${esc(p.text)}**` : (p.marker ? `${p.marker} ` : "") + esc(p.text))).join("<br>"));
  const tableMd = (table) => {
    const g = buildGrid(table, doc);
    if (table.st.caption) lines.push(`*${table.st.caption}. ${captionText(table)}*`, "");
    if (table.heading) lines.push(`**${esc(table.heading.text)}**`, "");
    // The two-level header flattens to its lower labels (as converters write it).
    const labels = g.header.length === 2 ? g.header[1].map((c, i) => (c.cont ? g.header[0][i].paras.map((p) => p.text).join(" ") : c.paras.map((p) => p.text).join(" "))) : g.header[0].map((c) => c.paras.map((p) => p.text).join(" "));
    lines.push(`| ${labels.map(esc).join(" | ")} |`, `|${labels.map(() => "---").join("|")}|`);
    for (const b of g.body) {
      const cells = b.spanning ? [cellMd(b.cells[0]), ...Array(g.cols.length - 1).fill("")] : b.cells.map(cellMd);
      lines.push(`| ${cells.join(" | ")} |`);
    }
    lines.push("");
  };
  const blockMd = (b) => {
    switch (b.t) {
      case "title": lines.push(`# ${esc(b.text)}`, ""); break;
      case "title2": lines.push(`## ${esc(b.text)}`, ""); break;
      case "headerblock": lines.push(...b.lines.map((l) => `**${esc(l)}**  `), ""); break;
      case "heading": lines.push(`${b.level === 1 ? "##" : "###"} ${esc(b.text)}`, ""); break;
      case "para": lines.push(esc(b.text) + (b.footnote ? "[^1]" : ""), ""); if (b.footnote) lines.push(`[^1]: ${esc(b.footnote)}`, ""); break;
      case "list": lines.push(...b.items.map((it, k) => (b.marker === "none" ? "" : COUNTER_STYLE[b.marker] ? `${k + 1}. ` : "- ") + esc(it)), ""); if (b.marker === "none") { lines.splice(lines.length - 1 - b.items.length, b.items.length + 1, ...b.items.flatMap((it) => [esc(it), ""])); } break;
      case "pagebreak": break;
      case "columns": case "landscape": b.blocks.forEach(blockMd); break;
      case "signatures": for (const s of b.sigs) lines.push(`**${esc(s.name)}**  `, `${esc(s.title)}  `, `Date: ${esc(s.date)}`, ""); break;
      case "table": tableMd(b); break;
      default: throw new Error(b.t);
    }
  };
  built.blocks.forEach(blockMd);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}

// ---------------------------------------------------------------- producers and page analysis
const LO_PROFILE = `file://${join(tmpdir(), "lo-profile-corpus8")}`;
function tool(cmd, argv, opts = {}) { return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26, ...opts }); }
/** A tool's version line (pdftotext prints it on stderr). */
function version(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  return `${r.stdout ?? ""}\n${r.stderr ?? ""}`.split("\n").find((l) => l.trim())?.trim() ?? "unknown";
}
/** Truth rows whose objective and last measure fall on different pages (pdftotext -raw per page). */
function cutRows(pdf, truth) {
  const key = (s) => clean(s).toLowerCase().replace(/[^a-z0-9]/g, "");
  const pages = tool("pdftotext", ["-raw", pdf, "-"]).split("\f").map(key);
  const pageOf = (needle, from = 0) => { for (let p = from; p < pages.length; p++) if (pages[p].includes(needle)) return p; return -1; };
  const cuts = [];
  truth.rows.forEach((row, i) => {
    const o = key(row.objective).slice(0, 40);
    const last = key(row.measures.at(-1)).slice(-24);
    const po = pageOf(o);
    if (po < 0) return;
    const pl = pageOf(last, po);
    if (pl > po) cuts.push(i);
  });
  return { cuts, pages: pages.length - (pages.at(-1) === "" ? 1 : 0) };
}

// ---------------------------------------------------------------- main
function main() {
  const plans = VAL ? planDocuments(VAL.seed, VAL_DOCS, 0, () => VAL.split) : [...planDocuments(), ...planDocuments(SEED_B, PLANNED_B, PLANNED, () => "dev8b"), ...planDocuments(SEED_C, PLANNED_C, PLANNED + PLANNED_B, () => "dev8c"),
    ...varyProducers(planDocuments(SEED_D, PLANNED_D, PLANNED + PLANNED_B + PLANNED_C, () => "dev8d"), SEED_D + 1),
    ...varyProducers(planDocuments(SEED_E, PLANNED_E, PLANNED + PLANNED_B + PLANNED_C + PLANNED_D, () => "dev8e"), SEED_E + 1)];
  const SPLITS_HERE = VAL ? [VAL.split] : SPLITS;
  const splits = ONLY ? [ONLY] : SPLITS_HERE;
  /** A document's folder under OUT: its split's, or OUT itself for a validation draw. */
  const folderOf = (doc) => (VAL ? "." : doc.split);
  const old = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : null;
  const entries = [];
  let mismatches = 0;
  const files = [];
  for (const doc of plans) {
    const built = buildDocumentNumbered(doc);
    const dir = join(OUT, folderOf(doc));
    const rel = (ext) => `${folderOf(doc)}/${doc.id}.${ext}`;
    const content = { rtf: rtfDocument(doc, built), html: htmlDocument(doc, built), md: mdDocument(doc, built), "truth.json": JSON.stringify(built.truth, null, 1) + "\n" };
    // The RTF and HTML sources are not committed (test/corpus8/.gitignore: the generator writes them
    // again in seconds); the manifest keeps their hashes so --check still proves them unchanged.
    for (const [ext, text] of Object.entries(content)) files.push({ path: join(OUT, rel(ext)), text, dir, source: ext === "rtf" || ext === "html" });
    const sha = (t) => createHash("sha256").update(t).digest("hex");
    entries.push({
      id: doc.id, split: doc.split, year: doc.year, entity: built.truth.entity, ruled: doc.ruled, rows: built.truth.rows.length,
      features: built.features,
      style: { font: doc.font.name, size: doc.size, paper: doc.paper, landscape: doc.landscape, era: doc.era, rules: doc.rules },
      tables: built.tables,
      renderings: { "rtf.pdf": rel("rtf.pdf"), "html.pdf": rel("html.pdf"), txt: rel("txt"), md: rel("md") },
      source: { rtf: rel("rtf"), html: rel("html") }, sourceSha256: { rtf: sha(content.rtf), html: sha(content.html) }, truth: rel("truth.json"),
    });
  }
  if (CHECK) {
    const committed = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
    for (const f of files) if (!f.source && (!existsSync(f.path) || readFileSync(f.path, "utf8") !== f.text)) { mismatches++; console.log(`differs: ${f.path}`); }
    for (const e of entries) {
      const c = committed.documents.find((x) => x.id === e.id);
      if (!c || JSON.stringify(c.features) !== JSON.stringify(e.features) || c.rows !== e.rows || JSON.stringify(c.tables) !== JSON.stringify(e.tables) || JSON.stringify(c.sourceSha256) !== JSON.stringify(e.sourceSha256)) { mismatches++; console.log(`manifest differs: ${e.id}`); }
    }
    console.log(mismatches ? `${mismatches} files differ` : `${entries.length} documents match`);
    process.exit(mismatches ? 1 : 0);
  }
  const splitDir = (sp) => join(OUT, VAL ? "." : sp);
  for (const split of splits) mkdirSync(splitDir(split), { recursive: true });
  for (const f of files) if (splits.some((sp) => f.dir === splitDir(sp))) writeFileSync(f.path, f.text);
  const producers = {
    libreoffice: version("soffice", ["--version"]),
    chromium: version("chromium", ["--version"]),
    pdftotext: version("pdftotext", ["-v"]),
  };
  // The splits not written keep their committed manifest entries (pages, cut rows) as they are.
  const written = (e) => splits.includes(e.split);
  if (old) for (const e of entries) { const o = old.documents.find((x) => x.id === e.id); if (o && (!written(e) || NO_PDF)) { e.pages = o.pages; e.cutRows = o.cutRows; } }
  if (!NO_PDF) {
    for (const split of splits) {
      const dir = splitDir(split);
      const tmp = mkdtempSync(join(tmpdir(), "corpus8-lo-"));
      const rtfs = entries.filter((e) => e.split === split).map((e) => join(OUT, e.source.rtf));
      tool("soffice", [`-env:UserInstallation=${LO_PROFILE}`, "--headless", "--convert-to", "pdf", "--outdir", tmp, ...rtfs], { timeout: 600_000 });
      for (const f of readdirSync(tmp)) { const pdf = join(dir, f.replace(/\.pdf$/, ".rtf.pdf")); renameSync(join(tmp, f), pdf); fixStamps(pdf, `${f.replace(/\.pdf$/, "")}/rtf`); }
      rmSync(tmp, { recursive: true, force: true });
    }
    for (const e of entries.filter(written)) {
      const html = join(OUT, e.source.html);
      const pdf = join(OUT, e.renderings["html.pdf"]);
      // Untagged, as Chromium printed before it began to tag PDFs (2023): half the size, and the
      // kind of browser print an archive of 2006–2024 holds.
      tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-pdf-tagging", `--print-to-pdf=${pdf}`, `file://${html}`], { timeout: 120_000 });
      fixStamps(pdf, `${e.id}/html`);
      tool("pdftotext", ["-layout", join(OUT, e.renderings["rtf.pdf"]), join(OUT, e.renderings.txt)]);
      const truth = JSON.parse(readFileSync(join(OUT, e.truth), "utf8"));
      const rc = cutRows(join(OUT, e.renderings["rtf.pdf"]), truth), hc = cutRows(pdf, truth);
      e.pages = { rtf: rc.pages, html: hc.pages };
      e.cutRows = { rtf: rc.cuts, html: hc.cuts, txt: rc.cuts };
    }
  }
  if (old && NO_PDF) for (const [k, v] of Object.entries(old.producers ?? {})) if (v !== "unknown") producers[k] = v;
  const count = (sp) => entries.filter((e) => e.split === sp).length;
  if (VAL) {
    const manifest = { generator: "scripts/corpus8/generate.mjs", seed: VAL.seed, producers, splits: { [VAL.split]: entries.length }, documents: entries };
    writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
    console.log(`wrote ${VAL.split}: ${entries.length} docs / ${entries.reduce((a, e) => a + e.rows, 0)} rows`);
    return;
  }
  const manifest = { generator: "scripts/corpus8/generate.mjs", seed: SEED, seedDev8b: SEED_B, seedDev8c: SEED_C, seedDev8d: SEED_D, seedDev8e: SEED_E, producers, splits: Object.fromEntries(SPLITS.map((sp) => [sp, count(sp)])), documents: entries };
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`wrote ${splits.join(", ")}: ${SPLITS.map((sp) => `${sp} ${count(sp)} docs / ${entries.filter((e) => e.split === sp).reduce((a, e) => a + e.rows, 0)} rows`).join(", ")}`);
}

/** buildDocument with objective numbers running through each section's tables. */
function buildDocumentNumbered(doc) {
  const built = buildDocument(doc);
  const counters = {};
  for (const b of walk(built.blocks)) if (b.t === "table") {
    const sec = b.rowIdx.length ? built.truth.rows[b.rowIdx[0]].section : "";
    b.numberBase = counters[sec] ?? 0;
    counters[sec] = b.numberBase + b.rows.length;
  }
  return built;
}
function* walk(blocks) { for (const b of blocks) { yield b; if (b.blocks) yield* walk(b.blocks); } }

main();
