#!/usr/bin/env node
/**
 * Third compact corpus: PDFs written directly (pdf-lib plus raw content-stream operators), laid
 * out here with the standard fonts' metrics, crossing the content-stream quirks of the producers
 * real compacts came from (Word "Save as PDF", Acrobat PDFMaker, Distiller) — see
 * test/corpus3/README.md. Independent of scripts/corpus, scripts/corpus2 and the reader.
 *
 *   node scripts/corpus3/generate.mjs            # write test/corpus3 (PDF, truth, manifest, pdftotext -layout text)
 *   node scripts/corpus3/generate.mjs --check    # committed PDFs, truth and manifest = generator output? (exit 1 if not)
 *   node scripts/corpus3/generate.mjs --check --only d3-001,h3-002
 *   node scripts/corpus3/generate.mjs --png DIR  # also render every first page at 50 dpi into DIR (for looking)
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { writePdf, metrics, SYMBOL_MARKERS } from "./pdfwriter.mjs";
import { ENTITIES, MANAGERS, SECRETARIES_GENERAL, makeWording } from "./banks.mjs";
import { mulberry32 } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--only", "--png", "--ablate"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus3");
const SEED = 31013;
/** Planned documents; every third goes to holdout3. */
const PLANNED = 36;
/**
 * The draw in use: this corpus's seed and its planned documents `0 … PLANNED-1`, unless
 * `drawFresh` (scripts/corpus5/generate.mjs) switched to another seed and index range. The plan
 * takes year, entity, manager, font and producer from the document's index and everything else
 * (wording, quirk crossing, table sizes) from the seed, so a fresh draw moves both.
 */
const draw = { seed: SEED, first: 0, planned: PLANNED };
/** The document indices of the draw in use. */
const drawIndices = () => [...Array(draw.planned).keys()].map((k) => draw.first + k);
/** True when this file is run, false when another generator imports it. */
const IS_MAIN = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

// ---------------------------------------------------------------- PRNG
const rngFor = (n) => mulberry32(draw.seed * 1000 + n);

// ---------------------------------------------------------------- missions gazetteer (repo data)
const MISSIONS = readFileSync(join(ROOT, "data", "un-missions.tsv"), "utf8").trim().split("\n").slice(1).map((l) => {
  const [acronym, name, kind, start, end] = l.split("\t");
  return { acronym, name, kind, start: Number(start), end: end ? Number(end) : 9999 };
});

// ---------------------------------------------------------------- the plan
/** Quirks (document features `quirk:*`); each must be in ≥ 3 dev3 documents (checked below). */
const QUIRKS = ["text-per-glyph", "text-per-word", "text-tj-kerning", "text-no-space-glyph", "order-columns", "order-header-last",
  "rules-filled-rects", "rules-cell-segments", "rules-header-only", "header-shaded-fill", "form-xobject", "rotate-90", "cropbox-offset",
  "bullet-symbol-font", "bullet-drawn-path", "bullet-o-dash-text", "hyphenation", "ligatures", "nbsp", "word-furniture", "font-embedded-subset", "ctm-scaled", "ctm-flipped"];
const TEXT_MODES = { "text-per-glyph": "glyph", "text-per-word": "word", "text-tj-kerning": "kern", "text-no-space-glyph": "nospace" };
const PRODUCERS = [
  { creator: "Microsoft® Office Word 2007", producer: "Microsoft® Office Word 2007" },
  { creator: "Acrobat PDFMaker 9.1 for Word", producer: "Adobe PDF Library 9.0" },
  { creator: "PScript5.dll Version 5.2.2", producer: "Acrobat Distiller 8.1.0 (Windows)" },
  { creator: "Microsoft® Word 2016", producer: "Microsoft® Word 2016" },
  { creator: "Microsoft® Word for Microsoft 365", producer: "Microsoft® Word for Microsoft 365" },
];

/** Documents printed without any producer quirk (dev3 and holdout3 both have some). */
const isPlain = (i) => i % 9 === 0 || i === 17;
/**
 * The crossing: each dimension's values dealt round-robin over its own seeded shuffle of the
 * quirky documents (dev3 and holdout3 dealt separately), so that no two quirks travel together
 * and every value reaches about the same share of dev3.
 */
const DIMENSIONS = [
  ["text-per-glyph", "text-per-word", "text-tj-kerning", "text-no-space-glyph", null],
  ["order-columns", "order-header-last", null, null],
  ["form-xobject", null, null],
  ["rotate-90", null, null],
  ["cropbox-offset", null, null],
  ["bullet-symbol-font", "bullet-drawn-path", "bullet-o-dash-text", null],
  ["hyphenation", null], ["ligatures", null], ["nbsp", null, null],
  ["word-furniture", null],
  ["header-shaded-fill", null, null],
  ["rules:stroke", "rules:rects", "rules:cells", "rules:header-only", "rules:none"],
  ["font-embedded-subset", null],
  ["ctm-scaled", "ctm-flipped", null, null],
];
const CROSSING = new Map(), RULES = new Map();
function deal() {
  CROSSING.clear(); RULES.clear();
  const quirky = drawIndices().filter((i) => !isPlain(i));
  DIMENSIONS.forEach((values, d) => {
    const rng = mulberry32(draw.seed + 7919 * (d + 1));
    for (const part of [quirky.filter((i) => i % 3 !== 2), quirky.filter((i) => i % 3 === 2)]) {
      const order = [...part];
      for (let a = order.length - 1; a > 0; a--) { const b = Math.floor(rng() * (a + 1)); [order[a], order[b]] = [order[b], order[a]]; }
      order.forEach((i, n) => {
        const v = values[n % values.length];
        if (!CROSSING.has(i)) CROSSING.set(i, []);
        if (v && v.startsWith("rules:")) RULES.set(i, v.slice(6));
        else if (v) CROSSING.get(i).push(v);
      });
    }
  });
  for (const [i, qs] of CROSSING) {
    const r = RULES.get(i);
    if (r === "rects") qs.push("rules-filled-rects");
    if (r === "cells") qs.push("rules-cell-segments");
    if (r === "header-only") qs.push("rules-header-only");
  }
}
deal();

/**
 * Fresh documents of this generator (scripts/corpus5/generate.mjs): `count` documents of indices
 * `first …` drawn with `seed` (quirks crossed over them alone, as over this corpus's). Returns per
 * document its plan facts, truth, PDF bytes and manifest fields; this corpus's own draw is restored.
 */
export async function drawFresh({ seed, first, count }) {
  Object.assign(draw, { seed, first, planned: count });
  try {
    deal();
    const out = [];
    for (const i of drawIndices()) {
      const b = buildDocument(i);
      out.push({ i, b, pdf: Buffer.from(await writePdf(b.L.pages, b.pdfOpts)) });
    }
    return out;
  } finally {
    Object.assign(draw, { seed: SEED, first: 0, planned: PLANNED });
    deal();
  }
}

function planDocument(i, override = null) {
  const rng = rngFor(i);
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const split = i % 3 === 2 ? "holdout3" : "dev3";
  const plain = isPlain(i);
  const quirks = new Set(plain ? [] : CROSSING.get(i));
  // Rules: ruled styles and borderless, crossed independently of the text mode.
  let ruleStyle = plain ? ["stroke", "none"][i % 2] : RULES.get(i);
  if (override) {
    // Ablation (--ablate): exactly the given quirks on this document.
    quirks.clear();
    override.forEach((x) => quirks.add(x));
    ruleStyle = override.includes("rules-filled-rects") ? "rects" : override.includes("rules-cell-segments") ? "cells" : override.includes("rules-header-only") ? "header-only" : ruleStyle;
  }
  if (ruleStyle === "rects") quirks.add("rules-filled-rects");
  if (ruleStyle === "cells") quirks.add("rules-cell-segments");
  if (ruleStyle === "header-only") quirks.add("rules-header-only");

  const year = 2006 + ((i * 7 + 3) % 19);
  const ents = ENTITIES.filter((e) => e.from <= year && e.to >= year);
  const entity = ents[(i * 5 + 2) % ents.length];
  const [first, last, hon] = MANAGERS[i % MANAGERS.length];
  const era = year <= 2010 ? "A" : year <= 2016 ? "B" : year <= 2018 ? "C" : "D";
  const family = ["times", "helvetica"][(i + (i >> 2)) % 2];
  return {
    i, split, plain, year, entity, era, family, rng, pick,
    quirks: [...quirks].sort(),
    ruleStyle,
    textMode: [...quirks].map((q) => TEXT_MODES[q]).find(Boolean) ?? "line",
    order: quirks.has("order-columns") ? "columns" : quirks.has("order-header-last") ? "header-last" : "normal",
    manager: { name: `${first} ${last}`, honorific: hon, title: entity.head },
    sg: SECRETARIES_GENERAL(year),
    producer: PRODUCERS[i % PRODUCERS.length],
    paper: i % 4 === 3 ? [595.28, 841.89] : [612, 792],
    bodySize: [10, 11, 10, 9.5][i % 4],
    tableSize: [9, 10, 9.5, 9][(i >> 1) % 4],
  };
}

// ---------------------------------------------------------------- markers
/** Lower-case Roman numeral of n ≥ 1 ("i", "iv", "xiv"): a list labelled (i), (ii) … may run past eight items. */
function lowerRoman(n) {
  let out = "";
  for (const [v, r] of [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]])
    for (; n >= v; n -= v) out += r;
  return out;
}

/** Item markers: how they print, their feature name, their quirk. */
const MARKERS = {
  "typed-bullet": { kind: "text", str: "\u2022", hang: 12 },
  "typed-endash": { kind: "text", str: "\u2013", hang: 12 },
  "typed-hyphen": { kind: "text", str: "-", hang: 10, quirk: "bullet-o-dash-text" },
  "courier-o": { kind: "text", str: "o", font: "COUR", hang: 12, quirk: "bullet-o-dash-text" },
  "enum-(a)": { kind: "enum", fmt: (n) => `(${String.fromCharCode(97 + n)})`, hang: 18 },
  "enum-(i)": { kind: "enum", fmt: (n) => `(${lowerRoman(n + 1)})`, hang: 20 },
  "enum-1.": { kind: "enum", fmt: (n) => `${n + 1}.`, hang: 14 },
  "enum-a)": { kind: "enum", fmt: (n) => `${String.fromCharCode(97 + n)})`, hang: 14 },
  none: { kind: "none", hang: 0 },
  ...Object.fromEntries(Object.keys(SYMBOL_MARKERS).map((k) => [k, { kind: "symbol", symbol: k, hang: 12, quirk: "bullet-symbol-font" }])),
  "path-disc": { kind: "path", shape: "disc", hang: 12, quirk: "bullet-drawn-path" },
  "path-square": { kind: "path", shape: "square", hang: 12, quirk: "bullet-drawn-path" },
};
const PLAIN_MARKERS = ["typed-bullet", "typed-endash", "enum-(a)", "enum-(i)", "enum-1.", "enum-a)", "none"];

function chooseMarkers(p) {
  const q = new Set(p.quirks);
  const plainPick = () => PLAIN_MARKERS[Math.floor(p.rng() * PLAIN_MARKERS.length)];
  let meas = plainPick(), acc = plainPick();
  if (q.has("bullet-symbol-font")) {
    // Deal the symbol-font variants in turn over the split's documents that have the quirk, so
    // dev3 sees each (the accomplishment column of every other one takes the variant after them).
    const s = Object.keys(SYMBOL_MARKERS);
    const same = drawIndices().filter((j) => j % 3 === 2 === (p.i % 3 === 2) && (CROSSING.get(j) ?? []).includes("bullet-symbol-font"));
    // (An --ablate document is in no such list: its place among the plain documents, from the third variant on.)
    const rank = same.includes(p.i) ? same.indexOf(p.i) : Math.floor(p.i / 9) + 2;
    meas = s[rank % s.length];
    acc = rank % 2 ? s[(rank + 4) % s.length] : plainPick();
  }
  if (q.has("bullet-drawn-path")) { meas = p.i % 2 ? "path-disc" : "path-square"; acc = p.i % 3 ? plainPick() : "path-disc"; }
  if (q.has("bullet-o-dash-text")) { meas = "courier-o"; acc = "typed-hyphen"; }
  // The risks column takes the measure marker; challenges a typed bullet.
  return { meas, acc };
}

// ---------------------------------------------------------------- text preparation
/** Spaces that Word users (or autocorrect) make non-breaking. */
const NBSP_PATTERNS = [/(\d) (per cent|days|working days)/g, /\b(Mr\.|Ms\.) (\S)/g, /(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)/g, /(resolution) (\d)/g];
function nbsp(text) {
  let s = text;
  for (const re of NBSP_PATTERNS) s = s.replace(re, "$1\u00a0$2");
  return s;
}
const ligate = (s) => s.replace(/fi/g, "\uFB01").replace(/fl/g, "\uFB02");

/** Word-style hyphenation points: before a consonant followed by a vowel, not too near the ends. */
const VOWEL = /[aeiouy]/;
function hyphenPoints(word) {
  const pts = [];
  for (let i = 4; i <= word.length - 4; i++) {
    const a = word[i - 1], b = word[i], c = word[i + 1];
    if (VOWEL.test(a) && !VOWEL.test(b) && c && VOWEL.test(c)) pts.push(i);
  }
  return pts;
}
/** A word Word's hyphenation may split: lower-case letters only (trailing punctuation allowed). */
const HYPHENATABLE = /^([a-z]{9,})([.,;:]?)$/;

/**
 * Greedy line breaking with the font's metrics. Breaks after a compound's hyphen when the whole
 * compound does not fit (all producers do); with `hyphenate`, splits long words at a syllable with
 * a hyphen added. Returns lines and what happened at their ends.
 */
function wrap(text, width, widthOf, { hyphenate = false } = {}) {
  const words = text.split(" ").filter(Boolean);
  const lines = [];
  const flags = new Set();
  let line = "";
  const fits = (s) => widthOf(s) <= width;
  while (words.length) {
    const w = words.shift();
    const cand = line ? `${line} ${w}` : w;
    if (fits(cand)) { line = cand; continue; }
    // Compound at a line end: "Secretary-" / "General".
    const hy = [...w.matchAll(/[A-Za-z]-(?=[A-Za-z])/g)].map((m) => m.index + 2).reverse();
    const hyFit = hy.find((n) => fits(line ? `${line} ${w.slice(0, n)}` : w.slice(0, n)));
    if (hyFit) {
      lines.push(line ? `${line} ${w.slice(0, hyFit)}` : w.slice(0, hyFit));
      flags.add("compound");
      line = "";
      words.unshift(w.slice(hyFit));
      continue;
    }
    const hm = hyphenate ? HYPHENATABLE.exec(w) : null;
    if (hm && line) {
      const pt = hyphenPoints(hm[1]).reverse().find((n) => fits(`${line} ${w.slice(0, n)}-`));
      if (pt) {
        lines.push(`${line} ${w.slice(0, pt)}-`);
        flags.add("soft");
        line = "";
        words.unshift(w.slice(pt));
        continue;
      }
    }
    if (line) lines.push(line);
    line = w;
  }
  if (line) lines.push(line);
  return { lines, flags };
}

// ---------------------------------------------------------------- layout
class Layout {
  constructor(p) {
    this.p = p;
    this.m = metrics(p.family, { kern: p.textMode === "kern", embedded: p.quirks.includes("font-embedded-subset") });
    this.pages = [];
    this.page = null;
    this.frag = 0;
    this.margin = { top: 72, bottom: 66, left: 72, right: 72 };
    this.orientation = "portrait";
    this.q = new Set(p.quirks);
  }
  get W() { return this.page.w; }
  get H() { return this.page.h; }
  get left() { return this.margin.left; }
  get contentWidth() { return this.page.w - this.margin.left - this.margin.right; }
  get bottom() { return this.page.h - this.margin.bottom; }
  newPage(orientation = this.orientation) {
    this.orientation = orientation;
    const [w, h] = this.p.paper;
    const land = orientation !== "portrait";
    this.page = { w: land ? h : w, h: land ? w : h, items: [], rotate: orientation === "rotate" };
    this.pages.push(this.page);
    this.y = this.margin.top;
  }
  /** Text as this document prints it (no-break spaces, ligatures). */
  show(s) {
    let t = s;
    if (this.q.has("ligatures")) t = ligate(t);
    return t;
  }
  prep(s) { return this.q.has("nbsp") ? nbsp(s) : s; }
  width(s, font, size) { return this.m.widthOf(this.show(s), font, size); }
  wrap(text, width, font, size) {
    return wrap(this.prep(text), width, (s) => this.width(s, font, size), { hyphenate: this.q.has("hyphenation") });
  }
  textItem(x, top, str, font, size, extra = {}) {
    // top = baseline distance from the page top.
    this.page.items.push({ t: "text", x, y: this.page.h - top, str: this.show(str), font, size, ...extra });
  }
  ensure(h) { if (this.y + h > this.bottom) this.newPage(); }
  para(text, { font = "R", size = this.p.bodySize, align = "left", indent = 0, before = 0, after = 6, role = "body", width } = {}) {
    const lead = size * 1.22;
    const w = width ?? this.contentWidth - indent;
    const { lines } = this.wrap(text, w, font, size);
    this.y += before;
    for (const l of lines) {
      this.ensure(lead);
      this.y += lead;
      const lw = this.width(l, font, size);
      const x = align === "center" ? this.left + (this.contentWidth - lw) / 2 : align === "right" ? this.left + this.contentWidth - lw : this.left + indent;
      this.textItem(x, this.y - size * 0.25, l, font, size, { role });
    }
    this.y += after;
  }
  /** A list of items with markers, outside tables (mandate lists, challenges). */
  list(items, markerKey, { size = this.p.bodySize, indent = 18 } = {}) {
    const lead = size * 1.22;
    items.forEach((it, n) => {
      const cell = this.itemLines([it], markerKey, this.contentWidth - indent, "R", size, n);
      this.ensure(cell.height);
      for (const l of cell.lines) this.textItem(this.left + indent + l.dx, this.y + l.base, l.str, l.font, size, { role: "body" });
      for (const mk of cell.marks) this.markItem(mk, this.left + indent, this.y, size, { role: "body" });
      this.y += cell.height + lead * 0.3;
    });
    this.y += 4;
  }
  markItem(mk, x0, top0, size, extra) {
    const baseTop = top0 + mk.base;
    if (mk.kind === "text") this.page.items.push({ t: "text", x: x0 + mk.dx, y: this.page.h - baseTop, str: mk.str, font: mk.font, size, ...extra });
    else if (mk.kind === "symbol") this.page.items.push({ t: "text", x: x0 + mk.dx, y: this.page.h - baseTop, str: "", symbol: mk.symbol, font: "R", size: size * (SYMBOL_MARKERS[mk.symbol].scale ?? 1), ...extra });
    else if (mk.shape === "disc") this.page.items.push({ t: "disc", x: x0 + mk.dx + size * 0.2, y: this.page.h - baseTop + size * 0.3, r: size * 0.17, ...extra });
    else this.page.items.push({ t: "square", x: x0 + mk.dx, y: this.page.h - baseTop + size * 0.15, s: size * 0.32, ...extra });
  }
  /**
   * Lines of a cell holding items (each with a marker of the given kind, or none). Positions are
   * relative to the cell's content box: dx from its left, base = baseline from its top.
   */
  itemLines(items, markerKey, width, font, size, startIndex = 0) {
    const lead = size * 1.2;
    const mk = MARKERS[markerKey];
    const lines = [], marks = [];
    const flags = new Set();
    let y = 0;
    items.forEach((text, n) => {
      const hang = items.length > 1 || startIndex > 0 ? mk.hang : markerKey === "none" ? 0 : mk.hang;
      const { lines: ls, flags: f } = this.wrap(text, width - hang, font, size);
      f.forEach((x) => flags.add(x));
      const base = y + size * 0.95;
      if (mk.kind === "text") marks.push({ kind: "text", str: mk.str, font: mk.font ?? "R", dx: 0, base });
      if (mk.kind === "enum") marks.push({ kind: "text", str: mk.fmt(n + startIndex), font, dx: 0, base });
      if (mk.kind === "symbol") marks.push({ kind: "symbol", symbol: mk.symbol, dx: 0, base });
      if (mk.kind === "path") marks.push({ kind: "path", shape: mk.shape, dx: 0, base });
      ls.forEach((l, j) => lines.push({ str: l, font, dx: hang, base: y + size * 0.95 + j * lead }));
      y += ls.length * lead + (n < items.length - 1 ? size * 0.25 : 0);
    });
    return { lines, marks, height: y, flags };
  }
}

// ---------------------------------------------------------------- tables
const VOCAB = {
  acc: [["Expected accomplishments", "Expected\naccomplishments"], ["Expected accomplishment", "Expected\naccomplishment"], ["Expected results", "Expected\nresults"], ["Outcomes", "Outcomes"]],
  meas: [["Performance measures", "Performance\nmeasures"], ["Indicators of achievement", "Indicators of\nachievement"], ["Key performance indicators", "Key performance\nindicators"], ["Performance measure", "Performance\nmeasure"]],
  obj: [["Objectives", "Objectives"], ["Objective", "Objective"]],
  risks: [["Risks and mitigations", "Risks and\nmitigations"], ["Risks and mitigation measures", "Risks and\nmitigation measures"]],
  baseline: [["Baseline", "Baseline"], ["Baseline (previous year)", "Baseline\n(previous year)"]],
  target: [["Target", "Target"]],
};
const WIDTH = { obj: 0.27, acc: 0.3, meas: 0.43, risks: 0.27, baseline: 0.13, target: 0.12 };

/** The layout of one table (objective placement, sub-rows, columns, header). */
function tableSpec(p, n, managerial) {
  const rng = p.rng;
  const objective = managerial ? "column" : (p.era === "D" ? ["spanning-row", "spanning-row", "heading", "column"] : ["column", "column", "spanning-row", "heading", "column"])[(p.i + n) % (p.era === "D" ? 4 : 5)];
  const subrows = managerial ? "flat" : ["flat", "rowspan", "measure-rows", "flat", "rowspan"][(p.i * 2 + n) % 5];
  let extras = [];
  if (subrows === "measure-rows") extras = [["baseline", "target"], ["target"], ["baseline", "target"]][p.i % 3];
  else if (p.era === "D" || (p.i + n) % 3 === 0) extras = ["risks"];
  const cols = [];
  if (objective === "column") cols.push("obj");
  cols.push("acc");
  const risksMiddle = p.era === "D" && extras.includes("risks");
  if (risksMiddle) cols.push("risks");
  cols.push("meas");
  for (const e of extras) if (!(e === "risks" && risksMiddle)) cols.push(e);
  const vi = p.i % 4;
  const headerWrapped = (p.i + n) % 3 !== 1;
  const upper = p.i % 5 === 4;
  const label = (key) => {
    const v = VOCAB[key][key === "acc" || key === "meas" ? vi % VOCAB[key].length : (p.i >> 1) % VOCAB[key].length];
    const s = headerWrapped ? v[1] : v[0];
    return upper ? s.toUpperCase() : s;
  };
  return {
    objective, subrows, extras, cols, labels: cols.map(label), headerWrapped,
    headerRepeat: (p.i + n) % 2 === 0,
    cantSplit: p.i % 4 === 2,
    shaded: p.quirks.includes("header-shaded-fill"),
    numberedLabel: (p.i + n) % 2 === 0,
    accVocab: VOCAB.acc[vi % 4][0], measVocab: VOCAB.meas[vi % 4][0],
    rng,
  };
}

/** Builds the rows' data for one table. */
function tableRows(p, w, spec, count, managerial) {
  const rows = [];
  const uniq = (f, n, seen = new Set()) => { const out = []; for (let k = 0; out.length < n && k < 100; k++) { const x = f(); if (!seen.has(x)) { seen.add(x); out.push(x); } } return out; };
  const int = (a, b) => a + Math.floor(p.rng() * (b - a + 1));
  for (let r = 0; r < count; r++) {
    const objective = managerial ? w.managerial() : w.objective();
    const row = { objective, accs: [], risks: [] };
    if (spec.subrows === "flat") {
      const accs = uniq(w.accomplishment, int(1, 3));
      const meas = uniq(w.measure, int(1, 4));
      row.accs = accs.map((a, k) => ({ text: a, measures: k === 0 ? meas.map((t) => ({ text: t })) : [] }));
    } else if (spec.subrows === "rowspan") {
      const accs = uniq(w.accomplishment, int(2, 3));
      const seen = new Set();
      row.accs = accs.map((a) => ({ text: a, measures: uniq(w.measure, int(1, 3), seen).map((t) => ({ text: t })) }));
    } else {
      const accs = uniq(w.accomplishment, int(1, 2));
      const seen = new Set();
      row.accs = accs.map((a) => {
        const inds = [];
        for (let k = 0, n = int(1, 2); inds.length < n && k < 100; k++) { const ind = w.indicator(); if (!seen.has(ind.text)) { seen.add(ind.text); inds.push(ind); } }
        return { text: a, measures: inds.map((ind) => ({ text: ind.text, baseline: ind.baseline, target: ind.target })) };
      });
    }
    if (spec.extras.includes("risks")) row.risks = uniq(w.risk, int(1, 2));
    rows.push(row);
  }
  return rows;
}

/** Draws one table (and objective headings for the heading layout); returns per-row layout facts. */
function drawTable(L, spec, rows, markers, startNumber) {
  const p = L.p;
  const size = p.tableSize;
  const lead = size * 1.2;
  const padV = 3, padH = 4;
  const facts = rows.map(() => ({ cut: false, flags: new Set(), pages: new Set() }));
  const groups = spec.objective === "heading" ? rows.map((r, k) => [k]) : [rows.map((_, k) => k)];
  for (const group of groups) {
    if (spec.objective === "heading") {
      const r = rows[group[0]];
      L.ensure(size * 9);
      L.para(`${startNumber + group[0]}. ${r.objective}`, { font: "B", size: p.bodySize, before: 6, after: 4, role: "body" });
    }
    const tw = L.contentWidth;
    const total = spec.cols.reduce((a, c) => a + WIDTH[c], 0);
    const widths = spec.cols.map((c) => (WIDTH[c] / total) * tw);
    const xs = widths.map((_, k) => L.left + widths.slice(0, k).reduce((a, b) => a + b, 0));
    const colOf = (key) => spec.cols.indexOf(key);
    // The header band.
    const headCells = spec.labels.map((lab, c) => {
      const ls = lab.split("\n").flatMap((part) => L.wrap(part, widths[c] - 2 * padH, "B", size).lines);
      return { c, lines: ls };
    });
    const headH = Math.max(...headCells.map((h) => h.lines.length)) * lead + 2 * padV;
    let grid = null;
    const openFrag = () => {
      L.frag++;
      grid = { t: "grid", frag: L.frag, cells: [] };
    };
    const closeFrag = () => { if (grid && grid.cells.length) L.page.items.push(grid); grid = null; };
    const drawHeader = () => {
      const top = L.y;
      for (const h of headCells) {
        const cell = { x: xs[h.c], y: L.H - top - headH, w: widths[h.c], h: headH, header: true };
        grid.cells.push(cell);
        if (spec.shaded) L.page.items.push({ t: "shade", ...cell, gray: 0.82, role: "thead", frag: grid.frag, col: h.c });
        h.lines.forEach((s, j) => L.textItem(xs[h.c] + padH, top + padV + size * 0.95 + j * lead, s, "B", size, { role: "thead", frag: grid.frag, col: h.c }));
      }
      L.y += headH;
    };
    const newTablePage = () => {
      closeFrag();
      L.newPage();
      openFrag();
      if (spec.headerRepeat) drawHeader();
    };
    if (L.y + headH + lead * 3 > L.bottom) L.newPage();
    openFrag();
    drawHeader();

    for (const ri of group) {
      const row = rows[ri];
      const f = facts[ri];
      // Cells: { c0, cs (column span), s0, ss (sub-row span), lines, marks }
      const cells = [];
      const subrowsOf = [];
      const addCell = (key, s0, ss, content) => { const c0 = key === "*" ? 0 : colOf(key); const cs = key === "*" ? spec.cols.length : 1; cells.push({ c0, cs, s0, ss, ...content }); };
      const cellW = (key) => (key === "*" ? tw : widths[colOf(key)]) - 2 * padH;
      const itemsCell = (key, items, marker, font = "R") => {
        const c = L.itemLines(items, marker, cellW(key), font, size);
        c.flags.forEach((x) => f.flags.add(x));
        return c;
      };
      const plainCell = (key, text, font = "R") => itemsCell(key, [text], "none", font);
      let s = 0;
      if (spec.objective === "spanning-row") {
        const label = spec.numberedLabel ? `Objective ${startNumber + ri}: ` : "Objective: ";
        addCell("*", 0, 1, plainCell("*", label + row.objective, "B"));
        s = 1;
      }
      const s0 = s;
      if (spec.subrows === "flat") {
        const accs = row.accs.map((a) => a.text), meas = row.accs.flatMap((a) => a.measures.map((m) => m.text));
        addCell("acc", s, 1, itemsCell("acc", accs, accs.length > 1 ? markers.acc : markers.acc === "none" ? "none" : markers.acc));
        addCell("meas", s, 1, itemsCell("meas", meas, markers.meas));
        if (spec.extras.includes("risks")) addCell("risks", s, 1, itemsCell("risks", row.risks, markers.meas));
        s += 1;
      } else if (spec.subrows === "rowspan") {
        for (const a of row.accs) {
          addCell("acc", s, 1, plainCell("acc", a.text));
          addCell("meas", s, 1, itemsCell("meas", a.measures.map((m) => m.text), markers.meas));
          s += 1;
        }
        if (spec.extras.includes("risks")) addCell("risks", s0, s - s0, itemsCell("risks", row.risks, markers.meas));
      } else {
        for (const a of row.accs) {
          const a0 = s;
          for (const m of a.measures) {
            addCell("meas", s, 1, plainCell("meas", m.text));
            if (spec.extras.includes("baseline")) addCell("baseline", s, 1, plainCell("baseline", m.baseline));
            if (spec.extras.includes("target")) addCell("target", s, 1, plainCell("target", m.target));
            s += 1;
          }
          addCell("acc", a0, s - a0, plainCell("acc", a.text));
        }
      }
      if (spec.objective === "column") addCell("obj", s0, s - s0, plainCell("obj", row.objective));
      const subCount = s;
      // Sub-row heights: single-span cells first, then spans stretch their last sub-row.
      const hs = new Array(subCount).fill(0);
      for (const c of cells) if (c.ss === 1) hs[c.s0] = Math.max(hs[c.s0], c.height + 2 * padV);
      for (const c of cells) if (c.ss > 1) {
        const have = hs.slice(c.s0, c.s0 + c.ss).reduce((a, b) => a + b, 0);
        if (c.height + 2 * padV > have) hs[c.s0 + c.ss - 1] += c.height + 2 * padV - have;
      }
      const tops = hs.map((_, k) => hs.slice(0, k).reduce((a, b) => a + b, 0));
      const bandH = hs.reduce((a, b) => a + b, 0);
      // Everything of the band relative to its top.
      const lines = [];
      for (const c of cells) {
        const x = xs[c.c0] + padH, top = tops[c.s0] + padV;
        for (const l of c.lines) lines.push({ kind: "line", x: x + l.dx, base: top + l.base, top: top + l.base - size * 0.95, bottom: top + l.base + size * 0.25, str: l.str, font: l.font, col: c.c0 });
        for (const mk of c.marks) lines.push({ kind: "mark", x, mk, base: top + mk.base, top: top + mk.base - size * 0.95, bottom: top + mk.base + size * 0.25, col: c.c0 });
        c.rtop = tops[c.s0];
        c.rbot = tops[c.s0 + c.ss - 1] + hs[c.s0 + c.ss - 1];
      }
      // Place the band, cutting it at page ends.
      let offset = 0;
      const placed = new Set();
      let guard = 0;
      while (offset < bandH - 0.01) {
        if (++guard > 20) throw new Error("band does not fit");
        const avail = L.bottom - L.y;
        const remaining = bandH - offset;
        let end;
        if (remaining <= avail) end = bandH;
        else {
          const fullAvail = L.bottom - L.margin.top - (spec.headerRepeat ? headH : 0);
          if (spec.cantSplit && offset === 0 && bandH <= fullAvail) { newTablePage(); continue; }
          const fit = lines.filter((l) => !placed.has(l) && l.bottom - offset <= avail - padV);
          const textFit = fit.filter((l) => l.kind === "line");
          // Word keeps at least one line of a row on a page (else the row starts on the next).
          if (!textFit.length) { newTablePage(); continue; }
          end = Math.max(...fit.map((l) => l.bottom)) + padV;
        }
        const fragTop = L.y;
        const py = (rel) => L.H - (fragTop + rel - offset);
        for (const l of lines) {
          if (placed.has(l) || l.bottom > end + 0.01) continue;
          placed.add(l);
          const extra = { role: "cell", frag: grid.frag, col: l.col };
          if (l.kind === "line") L.page.items.push({ t: "text", x: l.x, y: py(l.base), str: L.show(l.str), font: l.font, size, ...extra });
          else L.markItem(l.mk, l.x, fragTop + (l.base - l.mk.base) - offset, size, extra);
        }
        for (const c of cells) {
          const a = Math.max(c.rtop, offset), b = Math.min(c.rbot, end);
          if (b - a < 0.5) continue;
          grid.cells.push({ x: xs[c.c0], y: py(b), w: widths.slice(c.c0, c.c0 + c.cs).reduce((u, v) => u + v, 0), h: b - a });
        }
        f.pages.add(L.pages.length);
        L.y = fragTop + (end - offset);
        if (end >= bandH - 0.01) break;
        f.cut = true;
        const rest = lines.filter((l) => !placed.has(l));
        offset = Math.max(end, Math.min(...rest.map((l) => l.top)) - padV);
        newTablePage();
      }
    }
    closeFrag();
    L.y += 10;
  }
  return facts;
}

// ---------------------------------------------------------------- documents
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function buildDocument(i, override = null) {
  const p = planDocument(i, override);
  const w = makeWording(p.rng, p.year, p.entity.theme);
  const markers = chooseMarkers(p);
  const L = new Layout(p);
  const q = new Set(p.quirks);
  const ent = p.entity;
  const mgr = p.manager;
  const sg = p.sg;
  const size = p.bodySize;
  L.newPage("portrait");

  // ---- frame
  const titleRole = { role: "title" };
  const frame = {};
  if (p.era === "A") {
    L.para(`${p.year} SENIOR MANAGER\u2019S COMPACT`, { font: "B", size: size + 3, align: "center", after: 10, ...titleRole });
    L.para(`Between ${mgr.honorific} ${mgr.name}, ${mgr.title}, and the Secretary-General, ${sg.honorific} ${sg.name}`, { align: "center", after: 10, ...titleRole });
    L.para(`DEPARTMENT/OFFICE: ${ent.name}`, { font: "B", after: 10, ...titleRole });
    frame.features = ["title:year-prefix", "preamble:between", "entity:label", "sections:letter-number"];
  } else if (p.era === "B") {
    L.para(`Senior Manager\u2019s Compact ${p.year}`, { font: "B", size: size + 3, align: "center", after: 4, ...titleRole });
    L.para(`between the Secretary-General and the ${mgr.title}`, { align: "center", after: 8, ...titleRole });
    L.para(ent.name.toUpperCase(), { font: "B", align: "center", after: 10, ...titleRole });
    L.para(`This compact is concluded between the Secretary-General, ${sg.honorific} ${sg.name}, and ${mgr.honorific} ${mgr.name}, ${mgr.title}, for the period from 1 January to 31 December ${p.year}.`, { after: 8 });
    frame.features = ["title:between-title", "preamble:between", "entity:title", "sections:roman"];
  } else if (p.era === "C") {
    L.para(`SENIOR MANAGER\u2019S COMPACT for ${p.year}`, { font: "B", size: size + 2, align: "center", after: 10, ...titleRole });
    L.para(`${mgr.name}, ${mgr.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${ent.name}. I commit to achieve the objectives detailed below and to manage the resources entrusted to me in accordance with the regulations and rules of the Organization.`, { after: 8 });
    frame.features = ["title:for-year", "preamble:first-person", "entity:prose", "sections:letter-number"];
  } else {
    L.para(mgr.name, { font: "B", after: 0, ...titleRole });
    L.para(mgr.title, { after: 0, ...titleRole });
    L.para(String(p.year), { font: "B", after: 12, ...titleRole });
    L.para(`I commit myself to using the authorities delegated to me by the Secretary-General to deliver the mandates of the ${ent.name} and to achieve the results set out below, in line with the values of the Organization.`, { after: 8 });
    frame.features = ["title:none", "preamble:header-block", "entity:prose", "sections:section-parts"];
  }
  // References: one GA resolution and one budget section (truth from the same data).
  const session = p.year - 1946;
  const resNo = 200 + Math.floor(p.rng() * 80);
  const sect = 2 + Math.floor(p.rng() * 25);
  const resolutions = [`A/RES/${session}/${resNo}`];
  const documents = [`A/${session - 1}/6 (Sect. ${sect})`];
  L.para(`The programme of work is set out in the proposed programme budget (A/${session - 1}/6 (Sect. ${sect})) and in General Assembly resolution ${session}/${resNo}.`, { after: 8 });
  // Missions, for departments that support them.
  const missions = [];
  if (ent.missions) {
    const kind = ent.theme === "political" ? "political" : "peacekeeping";
    const active = MISSIONS.filter((m) => m.kind === kind && m.start <= p.year && m.end >= p.year && !/\s/.test(m.acronym));
    const pickN = Math.min(active.length, 3 + (p.i % 4));
    const chosen = [];
    for (let k = 0; chosen.length < pickN && k < 200; k++) { const m = active[Math.floor(p.rng() * active.length)]; if (!chosen.includes(m)) chosen.push(m); }
    chosen.sort((a, b) => a.start - b.start || a.acronym.localeCompare(b.acronym));
    L.para(`The ${ent.acronym === "DFS" || ent.acronym === "DOS" ? "Department supports" : "Department directs"} the following missions:`, { after: 4 });
    L.list(chosen.map((m, k) => `${m.name} (${m.acronym})${k < chosen.length - 1 ? ";" : "."}`), "enum-(a)");
    for (const m of chosen) missions.push({ acronym: m.acronym, name: m.name, kind: m.kind });
    frame.features.push("missions-mandate-list");
  }

  // ---- sections and tables
  const truthRows = [], structRows = [];
  const cutRows = [];
  const sections = p.era === "A" ? [["A. PROGRAMME OBJECTIVES", "1. Mandated programme objectives", "A.1"], ["B. MANAGERIAL OBJECTIVES", null, "B"]]
    : p.era === "B" ? [["I. Programme objectives", null, "I"], ["II. Managerial objectives", null, "II"]]
      : p.era === "C" ? [["A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", `1. I will give special attention to delivering the following results in ${p.year}.`, "A.1"], ["B. MANAGING RESOURCES", null, "B"]]
        : [["SECTION 1 : DELIVERING RESULTS", "A. ACHIEVING PROGRAMME OBJECTIVES", "1.A"], [null, "B. MANAGING RESOURCES", "1.B"]];
  const landscape = q.has("rotate-90");
  let number = 1;
  sections.forEach(([h1, h2, label], n) => {
    const managerial = n === 1;
    const spec = tableSpec(p, n, managerial);
    if (landscape && n === 0) L.newPage("rotate");
    if (h1) { L.ensure(size * 6); L.para(h1, { font: "B", before: 6, after: 6 }); }
    if (h2) { L.ensure(size * 6); L.para(h2, { font: "B", before: 2, after: 6 }); }
    const count = managerial ? 3 + (p.i % 3) : 8 + (p.i % 4);
    const rows = tableRows(p, w, spec, count, managerial);
    const facts = drawTable(L, spec, rows, markers, number);
    number = spec.objective === "column" ? number : number + rows.length;
    rows.forEach((r, k) => {
      const t = { section: label, objective: r.objective, accomplishments: r.accs.map((a) => a.text), measures: r.accs.flatMap((a) => a.measures.map((m) => m.text)) };
      if (spec.extras.includes("risks")) t.risksAndMitigations = r.risks;
      if (spec.extras.includes("baseline")) t.baseline = r.accs.flatMap((a) => a.measures.map((m) => m.baseline));
      if (spec.extras.includes("target")) t.target = r.accs.flatMap((a) => a.measures.map((m) => m.target));
      const feats = [`objective:${spec.objective}`, `subrows:${spec.subrows}`, `cols:${spec.cols.length}`, ...spec.extras.map((e) => `col:${e}`),
        ...(spec.headerRepeat ? ["header-repeated"] : []), ...(spec.headerWrapped ? ["header-wrapped"] : []), ...(spec.shaded ? ["header-shaded"] : []),
        ...(spec.cantSplit ? ["rows-cantsplit"] : []), ...(spec.objective === "spanning-row" && spec.numberedLabel ? ["objective:numbered-label"] : []),
        ...(spec.objective === "heading" ? ["objective:numbered-heading"] : []),
        `marker:${spec.subrows === "measure-rows" ? "none" : markers.meas}`, `acc-marker:${spec.subrows === "flat" ? markers.acc : "none"}`,
        `acc-vocab:${spec.accVocab.toLowerCase().replace(/s$/, "").replace(/ /g, "-")}`, `meas-vocab:${spec.measVocab.toLowerCase().replace(/s$/, "").replace(/ /g, "-")}`,
        ...(facts[k].flags.has("soft") ? ["cells-hyphenated-line-end"] : []), ...(facts[k].flags.has("compound") ? ["cells-compound-line-end"] : [])];
      truthRows.push(t);
      structRows.push({
        section: label, objective: r.objective, features: feats,
        measures: r.accs.flatMap((a, ai) => a.measures.map((m) => ({ accomplishment: spec.subrows === "flat" ? null : ai, target: spec.extras.includes("target") ? m.target : null, baseline: spec.extras.includes("baseline") ? m.baseline : null }))),
      });
      if (facts[k].cut) cutRows.push(truthRows.length - 1);
    });
    if (landscape && n === 0) L.newPage("portrait");
  });

  // ---- challenges and signatures
  const challenges = [];
  for (let k = 0, n = 2 + (p.i % 3); challenges.length < n && k < 50; k++) { const c = w.challenge(); if (!challenges.includes(c)) challenges.push(c); }
  L.ensure(size * 8);
  L.para(p.era === "A" ? "C. CHALLENGES" : p.era === "B" ? "III. Challenges" : p.era === "C" ? "C. CHALLENGES" : "SECTION 2 : CHALLENGES", { font: "B", before: 6, after: 6 });
  L.list(challenges, "typed-bullet");
  const mDay = 5 + (p.i % 20), sDay = 2 + (p.i % 25);
  const mDate = [p.year, 1, mDay], sDate = [p.year, 2, sDay];
  const dateStr = ([y, m, d]) => `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  L.ensure(size * 12);
  L.y += 24;
  const sigBlocks = [[mgr.name, mgr.title, mDate], [sg.name, "Secretary-General", sDate]];
  // The line to sign on: typed underscores (most Word users) or a drawn rule (a border or shape).
  const typedLine = p.i % 3 !== 1;
  const signatureLine = (x, width) => {
    if (typedLine) {
      let u = "__________";
      while (L.width(u + "_", "R", size) < width) u += "_";
      L.y += size * 1.2;
      L.textItem(x, L.y - size * 0.25, u, "R", size, { role: "body" });
      L.y += 2;
    } else {
      L.page.items.push({ t: "hrule", x1: x, x2: x + width, y: L.H - L.y, w: 0.5, role: "body" });
      L.y += 4;
    }
  };
  if (p.era === "B" || p.era === "D") {
    const half = L.contentWidth / 2;
    const colW = half - 20;
    const y0 = L.y;
    let maxY = y0;
    sigBlocks.forEach(([name, title, date], k) => {
      L.y = y0;
      const x = L.left + k * half;
      signatureLine(x, colW * 0.8);
      L.para(name, { font: "B", indent: k * half, width: colW, after: 0 });
      L.para(title, { indent: k * half, width: colW, after: 0 });
      L.para(`Date: ${dateStr(date)}`, { indent: k * half, width: colW, after: 0 });
      maxY = Math.max(maxY, L.y);
    });
    L.y = maxY;
    frame.features.push("signatures:side-by-side");
  } else {
    for (const [name, title, date] of sigBlocks) {
      L.ensure(size * 6);
      signatureLine(L.left, 180);
      L.para(name, { font: "B", after: 0 });
      L.para(title, { after: 0 });
      L.para(`Date: ${dateStr(date)}`, { after: 18 });
    }
    frame.features.push("signatures:stacked");
  }
  frame.features.push(typedLine ? "signature-line:typed" : "signature-line:drawn");

  // ---- page furniture (now that the page count is known)
  const np = L.pages.length;
  L.pages.forEach((pg, k) => {
    const fs = 8;
    const fw = (s) => L.m.widthOf(L.show(s), "R", fs);
    if (q.has("word-furniture")) {
      const left = ent.name, right = p.era === "D" ? `${mgr.name} \u2013 ${p.year}` : `Senior Manager\u2019s Compact ${p.year}`;
      pg.items.push({ t: "text", x: 72, y: pg.h - 40, str: L.show(left), font: "I", size: fs, role: "furniture" });
      pg.items.push({ t: "text", x: pg.w - 72 - fw(right), y: pg.h - 40, str: L.show(right), font: "I", size: fs, role: "furniture" });
      pg.items.push({ t: "hrule", x1: 72, x2: pg.w - 72, y: pg.h - 44, w: 0.5, role: "furniture" });
      const foot = `Page ${k + 1} of ${np}`;
      pg.items.push({ t: "text", x: (pg.w - fw(foot)) / 2, y: 36, str: foot, font: "R", size: fs, role: "furniture" });
    } else if (p.i % 2 === 1) {
      const foot = String(k + 1);
      pg.items.push({ t: "text", x: (pg.w - fw(foot)) / 2, y: 36, str: foot, font: "R", size: fs, role: "furniture" });
    }
  });

  const features = [...new Set([...frame.features, p.ruleStyle === "none" ? "borderless" : "ruled", ...p.quirks.map((x) => `quirk:${x}`), ...(p.quirks.length ? [] : ["quirk:none"]),
    `font:${p.family}`, "challenges", ...(q.has("word-furniture") ? ["running-header", "page-footer"] : p.i % 2 === 1 ? ["page-footer"] : []),
    ...(landscape ? ["landscape-section"] : [])])].sort();
  const counterpart = { name: sg.name, title: "Secretary-General" };
  const truth = {
    kind: "compact", year: p.year, manager: { name: mgr.name, title: mgr.title }, counterpart, entity: ent.name,
    signedOn: [iso(...mDate), iso(...sDate)], missions, resolutions, documents, resolutionDates: {}, challenges: challenges.length,
    rows: truthRows,
    structure: { features: [...new Set([...features, ...structRows.flatMap((r) => r.features)])].sort(), rows: structRows },
  };
  const info = {
    title: `Senior Manager's Compact ${p.year} - ${ent.acronym}`, author: ent.acronym, creator: p.producer.creator, producer: p.producer.producer,
    date: new Date(Date.UTC(p.year, 1, sDay, 9, 30, 0)),
  };
  const pdfOpts = {
    family: p.family, textMode: p.textMode, order: p.order, rules: p.ruleStyle, xobject: q.has("form-xobject"), embedded: q.has("font-embedded-subset"),
    ctm: q.has("ctm-scaled") ? "scaled" : q.has("ctm-flipped") ? "flipped" : "default",
    ligatures: q.has("ligatures") ? (p.i % 2 ? "pair" : "single") : false, cropOffset: q.has("cropbox-offset") ? [18 + (p.i % 3) * 12, 24] : null, info,
  };
  return { p, L, truth, features, cutRows, pdfOpts, markers };
}

// ---------------------------------------------------------------- main
const args = process.argv.slice(2);
const check = args.includes("--check");
const only = args.includes("--only") ? new Set(args[args.indexOf("--only") + 1].split(",")) : null;
const pngDir = args.includes("--png") ? args[args.indexOf("--png") + 1] : null;
const ablateDir = args.includes("--ablate") ? resolve(args[args.indexOf("--ablate") + 1]) : null;

/**
 * Diagnostic, not committed: every quirk alone on each dev3 document that has none (same plan,
 * same kind of truth), written as a corpus of its own (split dev3, ids `<quirk>~<id>`), so that
 * `score.mjs --corpus DIR --split dev3` gives each quirk's effect without the others.
 */
async function ablate(docs) {
  const plainDev = docs.filter((d) => d.split === "dev3" && !planDocument(d.i).quirks.length);
  const entries = [];
  mkdirSync(join(ablateDir, "dev3"), { recursive: true });
  for (const qk of ["none", ...QUIRKS]) for (const d of plainDev) {
    const b = buildDocument(d.i, qk === "none" ? [] : [qk]);
    const id = `${qk}~${d.id}`;
    const rel = `dev3/${id}`;
    writeFileSync(join(ablateDir, `${rel}.pdf`), Buffer.from(await writePdf(b.L.pages, b.pdfOpts)));
    writeFileSync(join(ablateDir, `${rel}.truth.json`), JSON.stringify(b.truth, null, 1) + "\n");
    execFileSync("pdftotext", ["-layout", join(ablateDir, `${rel}.pdf`), join(ablateDir, `${rel}.txt`)]);
    entries.push({ id, split: "dev3", ruled: b.p.ruleStyle !== "none", rows: b.truth.rows.length, cutRows: { pdf: b.cutRows, txt: b.cutRows }, features: b.features, quirks: b.p.quirks, renderings: { pdf: `${rel}.pdf`, txt: `${rel}.txt` }, truth: `${rel}.truth.json` });
  }
  writeFileSync(join(ablateDir, "manifest.json"), JSON.stringify({ generator: "scripts/corpus3/generate.mjs --ablate", documents: entries }, null, 1) + "\n");
  console.log(`ablation: ${entries.length} documents (${plainDev.length} plain dev3 documents × ${QUIRKS.length + 1}) in ${ablateDir}`);
}

async function main() {
  const docs = [];
  let dev = 0, hold = 0;
  for (let i = 0; i < PLANNED; i++) {
    const split = i % 3 === 2 ? "holdout3" : "dev3";
    const id = split === "dev3" ? `d3-${String(++dev).padStart(3, "0")}` : `h3-${String(++hold).padStart(3, "0")}`;
    docs.push({ i, id, split });
  }
  if (ablateDir) return ablate(docs);
  const entries = [];
  const files = new Map();
  for (const d of docs) {
    const b = buildDocument(d.i);
    const want = !only || only.has(d.id);
    const pdf = want ? Buffer.from(await writePdf(b.L.pages, b.pdfOpts)) : null;
    const rel = `${d.split}/${d.id}`;
    if (pdf) files.set(`${rel}.pdf`, pdf);
    files.set(`${rel}.truth.json`, Buffer.from(JSON.stringify(b.truth, null, 1) + "\n"));
    entries.push({
      id: d.id, split: d.split, year: b.p.year, entity: b.p.entity.name, ruled: b.p.ruleStyle !== "none", rows: b.truth.rows.length,
      pages: { pdf: b.L.pages.length }, cutRows: { pdf: b.cutRows, txt: b.cutRows },
      features: b.features, quirks: b.p.quirks,
      style: { font: b.p.family, size: b.p.bodySize, tableSize: b.p.tableSize, paper: b.p.paper[0] === 612 ? "letter" : "a4", era: b.p.era, textMode: b.p.textMode, order: b.p.order, rules: b.p.ruleStyle, markers: b.markers, producer: b.p.producer.producer },
      renderings: { pdf: `${rel}.pdf`, txt: `${rel}.txt` },
      truth: `${rel}.truth.json`,
    });
  }
  // Every quirk in at least three dev3 documents, and some documents with none.
  const devEntries = entries.filter((e) => e.split === "dev3");
  const problems = [];
  for (const qk of QUIRKS) { const n = devEntries.filter((e) => e.quirks.includes(qk)).length; if (n < 3) problems.push(`quirk ${qk} in ${n} dev3 documents`); }
  if (devEntries.filter((e) => !e.quirks.length).length < 2) problems.push("fewer than 2 dev3 documents without quirks");
  const devRows = devEntries.reduce((a, e) => a + e.rows, 0);
  if (devRows < 300) problems.push(`dev3 has ${devRows} rows`);
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
  const manifest = { generator: "scripts/corpus3/generate.mjs", seed: SEED, splits: { dev3: devEntries.length, holdout3: entries.length - devEntries.length }, quirks: QUIRKS, documents: entries };
  files.set("manifest.json", Buffer.from(JSON.stringify(manifest, null, 1) + "\n"));

  if (check) {
    const bad = [];
    for (const [rel, buf] of files) {
      const path = join(OUT, rel);
      if (!existsSync(path) || !readFileSync(path).equals(buf)) bad.push(rel);
    }
    if (bad.length) { console.error(`corpus3 differs from the generator: ${bad.join(", ")}`); process.exit(1); }
    console.log(`corpus3: ${files.size} files match the generator`);
    return;
  }
  for (const split of ["dev3", "holdout3"]) mkdirSync(join(OUT, split), { recursive: true });
  for (const [rel, buf] of files) writeFileSync(join(OUT, rel), buf);
  for (const e of entries) {
    if (only && !only.has(e.id)) continue;
    const pdf = join(OUT, e.renderings.pdf);
    execFileSync("pdftotext", ["-layout", pdf, join(OUT, e.renderings.txt)]);
    if (pngDir) { mkdirSync(pngDir, { recursive: true }); execFileSync("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", "-png", pdf, join(pngDir, e.id)]); }
  }
  console.log(`corpus3: ${entries.length} documents (${devEntries.length} dev3, ${devRows} rows; ${entries.length - devEntries.length} holdout3) written to ${OUT}`);
}

if (IS_MAIN) await main();
