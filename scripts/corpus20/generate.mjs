#!/usr/bin/env node
/**
 * The twentieth compact corpus (test/corpus20/, issue 11): a measurement corpus built by someone who
 * does not read the reader. Its producer is one no earlier corpus has: **Typst** (the markup-based
 * typesetting system, 0.14, through the `@myriaddreamin/typst-ts-node-compiler` Node binding). One data
 * model per document becomes a **Typst source** (committed as `src/<id>.typ`): the frame as Typst
 * paragraphs, headings, `grid`s and lists; each table a Typst `table` (or a borderless `grid`) with
 * its strokes (full, thin coloured, none, horizontal rules only, booktabs rules, zebra fills),
 * `table.header(repeat: …)` or a plain first row, `table.cell(rowspan:, colspan:)`, column widths
 * (`auto`, `fr`, fixed, mixed), `align: horizon` rowspans, cell items as Typst lists (`•`, custom
 * markers), enumerations (`1.`, `(a)`, `i.` …) or line-broken lines; `par(justify: true)`,
 * hyphenation (`set text(hyphenate: true)`: words broken at line ends with a hyphen in the text layer),
 * running headers and page-counter footers, landscape pages (the whole document or only the pages of a
 * wide table). Then:
 *   - `typst.pdf` — the source compiled by Typst (Libertinus Serif, New Computer Modern, DejaVu Sans or Liberation Serif, embedded);
 *   - `typst.txt` — `pdftotext -layout` of typst.pdf;
 *   - `md`        — plain GFM pipe tables of the same data (one line per sub-row, `<br>` between items).
 * The truth comes from the data model (exact by construction), see test/corpus20/README.md.
 *
 *   (cd scripts/corpus20 && npm ci)                  # the producer, installed here only
 *   node scripts/corpus20/generate.mjs               # prints everything
 *   node scripts/corpus20/generate.mjs --check       # truth, Typst sources, Markdown, manifest as committed; PDF sha256 when the producer is installed
 *   node scripts/corpus20/generate.mjs --features    # the feature crossing of the plan, no printing
 *   node scripts/corpus20/generate.mjs --truth       # rewrites the truth files only
 *   node scripts/corpus20/generate.mjs --split val20 --seed 203020   # a validation draw: the same generator with another seed,
 *                                                    # ids v20-001…, files under test/corpus20/val20/, its manifest entries
 *                                                    # (and seed) added beside dev20/holdout20, which stay byte for byte
 *   node scripts/corpus20/generate.mjs --split val20b --seed 204040  # a second draw: ids v20b-001…, sources src/v20b-*.typ
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FIRST, LAST, MANAGERIAL, OFFICES, RISKS } from "./banks.mjs";
import { reseedable } from "../corpus/prng.mjs";
import { freshObjective, manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeManifest } from "../corpus/harness.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { MONTHS } from "../corpus/common.mjs";
import { cellGrid, compactMarkdown, drawValue, gridMarkdown, measText, sections, stop } from "../corpus/web-export.mjs";
import { generatorArgs, runModes, splitDrawId, validationDraw } from "../corpus/generator.mjs";
import { splitsWanted } from "../corpus/args.mjs";

const { HERE, OUT, ONLY } = generatorArgs(import.meta.url, 20, ["--seed", "--split"]);
const SEED = Number(process.env.CORPUS20_SEED ?? 202020);
/**
 * A validation draw (session 33): the same plan drawn with another seed into a split of its own
 * (`--split val20`, ids `v20-001`…), so rules tuned on dev20 can be checked on documents nobody read.
 * The seed defaults to the corpus seed + 1000 (203020). Null without `--split`
 * (scripts/corpus/generator.mjs's validationDraw reads the flags).
 */
const VAL = validationDraw(20, { seed: SEED + 1000 });
const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %

// ---------------------------------------------------------------- randomness
const draws = reseedable(SEED);
const { next: rnd, int, pick, shuffle, sample } = draws;
let DEAL = {};
/** Values of `xs` per key from a shuffled deck (each value once per deck): even counts, and no two keys in step. */
const deal = (key, xs) => { const deck = (DEAL[key] ??= []); if (!deck.length) deck.push(...shuffle(xs)); return deck.shift(); };

// ---------------------------------------------------------------- data
const SG = (y) => (y <= 2006 ? "Kofi A. Annan" : y <= 2016 ? "Ban Ki-moon" : "António Guterres");

/**
 * Table designs (README):
 * rs3    Objective | Expected accomplishment | Performance measures — the objective a rowspan cell
 *        over one sub-row per accomplishment, each sub-row with its own measures
 * span4  a colspan `Objective N: …` row, then Expected accomplishment | Performance measure |
 *        Baseline | Target, one sub-row per measure, the accomplishment a rowspan over its measures
 * rs5    Objective | Expected accomplishment | Performance measure | Baseline | Target — the objective
 *        a rowspan over every measure sub-row, the accomplishment a rowspan over its measures
 * risk4  Objective | Expected accomplishments | Performance measures | Risks, one row per objective,
 *        in three column orders
 * two2   Objective | Performance measures: no accomplishment column
 */
const DESIGNS = ["rs3", "span4", "rs5", "risk4", "two2"];
const ACC = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
const MEAS = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };
/**
 * How a cell's items are written in the Typst source: a `list` with Typst's own marker (`•`) or a
 * custom one (`–`, `▪`, `◦`, `‣`), an `enum` with a numbering pattern (`1.`, `1)`, `(a)`, `a)`,
 * `i.`, `(i)`), or lines separated by `linebreak()` with no marker at all.
 */
const ITEMS = ["list-bullet", "list-marker", "enum-decimal", "enum-alpha", "enum-roman", "lines"];
const NUMBERINGS = { "enum-decimal": ["1.", "1)"], "enum-alpha": ["(a)", "a)"], "enum-roman": ["i.", "(i)"] };
const MARKERS = ["–", "▪", "◦", "‣"];

const SCOPES = ["", "", " in the current period", ", in cooperation with the parties concerned", " within the approved resources"];
function drawRows(bank, used, n, design, geq) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const obj = freshObjective(pick, bank.objectives, bank === MANAGERIAL ? null : SCOPES, used, 300, 60);
    if (!obj) break;
    const nAcc = design === "two2" ? 0 : int(1, design === "risk4" ? 2 : design === "rs5" ? 2 : 3);
    const accs = sample(bank.accomplishments, nAcc);
    const inds = shuffle(bank.indicators);
    const sub = design === "rs3" || design === "span4" || design === "rs5";
    const perAcc = sub ? accs.map(() => int(1, 2)) : null;
    const nm = perAcc ? perAcc.reduce((a, b) => a + b, 0) : design === "two2" ? int(2, 4) : int(1, 3);
    const measures = inds.slice(0, Math.min(nm, inds.length)).map((ind) => drawValue(ind, geq && rnd() < 0.5, draws));
    if (perAcc) {
      let left = measures.length;
      for (let a = 0; a < perAcc.length; a++) { perAcc[a] = Math.max(1, Math.min(perAcc[a], left - (perAcc.length - a - 1))); left -= perAcc[a]; }
    }
    const accOf = perAcc ? perAcc.flatMap((c, a) => Array(c).fill(a)) : measures.map(() => null);
    const risks = design === "risk4" ? sample(RISKS, int(1, 2)) : [];
    rows.push({ objective: obj, accs, measures, accOf, perAcc, risks });
  }
  return rows;
}

// ---------------------------------------------------------------- the plan
const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
const FONTS = ["libertinus-serif", "new-computer-modern", "dejavu-sans", "liberation-serif"];
/**
 * Table strokes: the first two rule every cell (ruled documents); the others draw no vertical rules:
 * none at all (a `table` with `stroke: none`, or a `grid`), horizontal rules only (`stroke: (x: none, y: …)`),
 * booktabs rules (`table.hline` above and below the table and under the header), zebra fills. A `grid`
 * draws no rules either: its feature is `rules:none` (two documents only, both in holdout20: the style
 * in the manifest tells them apart).
 */
const STROKES = ["full", "thin-colour", "none", "grid", "hlines", "booktabs", "zebra"];
const RULED = new Set(["full", "thin-colour"]);
function drawDocument(i) {
  const era = "abc"[i % 3];
  const fits = OFFICES.filter((o) => o.years[0] <= SPANS[era][1] && o.years[1] >= SPANS[era][0]);
  const office = fits[Math.floor(i / 3) % fits.length];
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head(year) };
  const ruled = i % 2 === 0;
  const stroke = deal(`stroke:${ruled}`, STROKES.filter((l) => RULED.has(l) === ruled));
  const style = {
    stroke, ruled,
    font: deal(`font:${ruled}`, FONTS),
    size: deal(`size:${ruled}`, [9, 10, 10, 11]),
    orientation: deal(`or:${ruled}`, ["portrait", "landscape", "portrait", "wide-pages"]),
    margin: pick([42, 57, 71]),
    widths: deal(`w:${ruled}`, ["fr", "auto", "fixed", "mixed"]),
    valign: deal(`va:${ruled}`, ["top", "horizon", "top"]),
    header: deal(`hr:${ruled}`, ["repeat", "no-repeat", "plain-row"]),
    headFill: deal(`hf:${ruled}`, ["grey", "none", "dark"]),
    footer: deal(`ft:${ruled}`, ["page-n-of-m", "numbering-n-slash-m", "numbering-n", "none"]),
    runningHeader: deal(`rh:${ruled}`, [true, false, true]),
    justify: deal(`j:${ruled}`, [true, false]),
    hyphenate: deal(`hy:${ruled}`, [true, false, true]),
    headerBlock: era === "c" ? deal(`hb:${ruled}`, ["stacked", "rule-below"]) : null,
    signatures: deal(`sig:${ruled}`, ["grid", "stacked"]),
    sections: era === "a" ? "letters-numbered" : era === "c" ? "section-parts" : deal(`secb:${ruled}`, ["letters", "roman"]),
    missionsAs: office.missions ? deal(`mis:${ruled}`, ["nested-list", "run-on"]) : "none",
    gaForm: deal(`ga:${ruled}`, ["symbol", "words"]),
    scForm: office.missions ? deal(`sc:${ruled}`, ["symbol", "words"]) : null,
    dateForm: pick(["day-month", "month-day", "iso"]),
    honorific: pick(["Mr.", "Ms."]),
    geq: deal(`geq:${ruled}`, [true, false, true]),
    challenges: deal(`ch:${ruled}`, ["enum", "list"]),
  };
  const used = new Set();
  const designs = [DESIGNS[i % 5], DESIGNS[(i + 2) % 5], DESIGNS[(i + 4) % 5]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const items = deal(`items:${ruled}`, ITEMS);
    const ts = {
      design, managerial, items,
      numbering: NUMBERINGS[items] ? deal(`num:${items}`, NUMBERINGS[items]) : null,
      marker: items === "list-marker" ? deal("marker", MARKERS) : null,
      accItems: design === "two2" ? null : deal(`acci:${design}`, ["same", "plain", "same", "enum-alpha"]),
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: deal(`mv:${design}`, Object.keys(MEAS)),
      caseUpper: rnd() < 0.25,
      stops: rnd() < 0.3,
      order: design === "risk4" ? deal(`ord:${ruled}`, ["standard", "measures-first", "risks-second"]) : "standard",
      label: design === "span4" ? deal(`label:${ruled}`, ["Objective N:", "Objective:", "OBJECTIVE N:"]) : null,
    };
    if (ts.accItems === "same") ts.accItems = items;
    // no marker in the text at all: the items end with a full stop (lost bullets a reader can split)
    if (items === "lines" || ts.accItems === "lines") ts.stops = true;
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "span4" || design === "rs5" ? int(3, 4) : int(4, 5);
    ts.rows = drawRows(bank, used, n, design, style.geq);
    return ts;
  });
  const own = office.acronym(year);
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && m.acronym !== own), int(3, 5)) : [];
  const session = year - 1946;
  const scNo = year <= 2016 ? 1700 + (year - 2007) * 60 + int(0, 50) : 2330 + (year - 2016) * 54 + int(0, 50);
  const mon = int(0, 4), d1 = int(2, 24), d2 = Math.min(28, d1 + int(1, 12));
  const iso = (d) => `${year}-${String(mon + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return {
    year, era, office, acronym: own, entity: office.name(year), manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions,
    gaRes: `${session - 1}/${int(240, 290)}`, budgetDoc: `A/${session - 1}/6 (Sect. ${office.sect})`, scRes: missions.length ? { no: scNo, year: year - int(0, 1) } : null,
    signed: [iso(d1), iso(d2)], challenges: sample(office.challenges, int(2, 3)),
  };
}

// ---------------------------------------------------------------- labels and cells
function labels(doc, t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = {
    rs3: [obj, acc, meas],
    span4: [acc, meas, "Baseline", "Target"],
    rs5: [obj, acc, meas, "Baseline", "Target"],
    risk4: t.order === "measures-first" ? [obj, meas, acc, "Risks and mitigations"] : t.order === "risks-second" ? [obj, "Risks and mitigations", acc, meas] : [obj, acc, meas, "Risks and mitigations"],
    two2: [obj, meas],
  }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const longDate = (iso, form) => { const [y, m, d] = iso.split("-").map(Number); return form === "month-day" ? `${MONTHS[m - 1]} ${d}, ${y}` : form === "iso" ? iso : `${d} ${MONTHS[m - 1]} ${y}`; };

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
/** The label Typst prints before the k-th item (0-based) of an enum with numbering pattern `pat` (`1.`, `(a)`, `i.` …). */
function enumLabel(pat, k) {
  return pat.replace(/[1ai]/, (c) => (c === "1" ? String(k + 1) : c === "a" ? "abcdefghij"[k] : ROMAN[k]));
}
/**
 * A cell's items as logical content: `{ items: [...], kind, numbering, marker, start }`; the Typst
 * source, the Markdown and the truth are all written from it.
 */
const itemsCell = (kind, xs, { numbering = null, marker = null, start = 0 } = {}) => ({ items: xs, kind, numbering: kind === "enum-alpha" && !numbering ? "a)" : numbering, marker, start });
/** The text of such a cell as the Markdown writes it: one line per item, with the marker Typst prints. */
function itemLines(c) {
  return c.items.map((x, k) => {
    if (c.kind === "list-bullet") return `• ${x}`;
    if (c.kind === "list-marker") return `${c.marker} ${x}`;
    if (c.kind.startsWith("enum-")) return `${enumLabel(c.numbering, c.start + k)} ${x}`;
    return x;
  });
}

/** A table as a grid of logical cells (web-export.mjs's cellGrid), its items cells this generator's. */
function tableGrid(doc, t) {
  const accCell = (xs, a0 = 0) => (t.accItems === "plain" ? xs.map((a) => stop(t, a)).join("\n") : itemsCell(t.accItems, xs.map((a) => stop(t, a)), { numbering: t.accItems === t.items ? t.numbering : null, marker: t.marker, start: a0 }));
  const measCell = (xs) => itemsCell(t.items, xs.map((x) => stop(t, x)), { numbering: t.numbering, marker: t.marker });
  return cellGrid(t, labels(doc, t), { accCell, measCell });
}

// ---------------------------------------------------------------- the Typst source
/** A Typst string literal (text set from it is never read as markup: `#`, `*`, `_`, `//`, `$` are plain). */
const q = (s) => `"${String(s).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
/** Content holding plain text. */
const T = (s) => `[#${q(s)}]`;
/** Lines broken with `linebreak()`, as content. */
const L = (xs) => `[${xs.map((x) => `#${q(x)}`).join("#linebreak()")}]`;
const WIDTHS = { rs3: [30, 32, 38], span4: [34, 36, 15, 15], rs5: [24, 24, 28, 12, 12], risk4: [24, 26, 28, 22], two2: [40, 60] };
const PAGE = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] };
const FONT_NAME = { "libertinus-serif": "Libertinus Serif", "new-computer-modern": "New Computer Modern", "dejavu-sans": "DejaVu Sans", "liberation-serif": "Liberation Serif" };
/** A cell's content as a Typst (code-mode) expression. */
function cellContent(c) {
  if (typeof c === "string") return c.includes("\n") ? L(c.split("\n")) : T(c);
  const items = c.items.map(T).join(", ");
  if (c.kind === "list-bullet") return `list(${items})`;
  if (c.kind === "list-marker") return `list(marker: [${c.marker}], ${items})`;
  if (c.kind.startsWith("enum-")) return `enum(numbering: ${q(c.numbering)}, ${c.start ? `start: ${c.start + 1}, ` : ""}${items})`;
  return L(c.items);
}
/** Does this table go on a landscape page of its own (`orientation: wide-pages`: the 5-column and risk tables)? */
const widePage = (doc, t) => doc.style.orientation === "wide-pages" && (t.design === "rs5" || t.design === "risk4");

/** One table (or a borderless `grid`) as Typst source. */
function typstTable(doc, t, tw) {
  const s = doc.style, g = tableGrid(doc, t), nc = g.head.length;
  const E = s.stroke === "grid" ? "grid" : "table";
  const headCell = (h) => {
    const txt = s.headFill === "dark" ? `text(fill: white, weight: "bold", ${q(h)})` : `strong(${q(h)})`;
    return s.headFill === "none" ? txt : `${E}.cell(fill: ${s.headFill === "dark" ? 'rgb("#1f4e79")' : "luma(217)"}, ${txt})`;
  };
  const heads = g.head.map(headCell);
  const cells = [];
  if (s.stroke === "booktabs") cells.push("table.hline(y: 0, stroke: 1pt)");
  if (s.header === "plain-row") cells.push(heads.join(", "));
  else cells.push(`${E}.header(repeat: ${s.header === "repeat"}, ${heads.join(", ")})`);
  if (s.stroke === "booktabs") cells.push("table.hline(y: 1, stroke: 0.5pt)");
  for (const r of g.body) {
    const line = r.map((x) => {
      let body = cellContent(x.cell);
      if (x.label) body = `strong(${body})`;
      const args = [];
      if (x.rowSpan > 1) args.push(`rowspan: ${x.rowSpan}`);
      if (x.colSpan > 1) args.push(`colspan: ${x.colSpan}`);
      if (x.rowSpan > 1 && s.valign === "horizon") args.push("align: horizon");
      if (x.label && s.stroke !== "none" && s.stroke !== "grid") args.push("fill: luma(232)");
      return args.length ? `${E}.cell(${args.join(", ")}, ${body})` : body;
    });
    cells.push(line.join(", "));
  }
  if (s.stroke === "booktabs") cells.push("table.hline(stroke: 1pt)");
  const fixed = (w) => `${Math.floor(((tw - nc * 10) * w) / 100)}pt`;
  const bt = (h) => /^(baseline|target)$/i.test(h);
  const widths = s.widths === "fr" ? WIDTHS[t.design].map((w) => `${w}fr`) : s.widths === "auto" ? g.head.map((h) => (bt(h) ? "auto" : "1fr"))
    : s.widths === "fixed" ? WIDTHS[t.design].map(fixed) : g.head.map((h, k) => (k === 0 ? fixed(WIDTHS[t.design][0]) : bt(h) ? "auto" : "1fr"));
  const opts = [`columns: (${widths.join(", ")})`];
  if (E === "grid") opts.push("column-gutter: 12pt", "row-gutter: 9pt");
  else {
    opts.push("inset: 5pt", "align: top + left");
    if (s.stroke === "thin-colour") opts.push('stroke: 0.4pt + rgb("#7f9db9")');
    if (s.stroke === "none" || s.stroke === "booktabs" || s.stroke === "zebra") opts.push("stroke: none");
    if (s.stroke === "hlines") opts.push("stroke: (x: none, y: 0.5pt + luma(110))");
    if (s.stroke === "zebra") opts.push("fill: (x, y) => if y > 0 and calc.even(y) { luma(238) }");
  }
  // five columns on a portrait page: a smaller type, as authors shrink a wide table to keep it on the page
  const small = nc === 5 && s.orientation === "portrait" ? `set text(size: ${Math.min(s.size, 8)}pt)\n  ` : "";
  return `#block(above: 6pt, below: 14pt)[\n  #${small ? small.trimEnd() + "\n  #" : ""}${E}(\n    ${[...opts, ...cells].join(",\n    ")},\n  )\n]`;
}
/**
 * What Typst is asked to compile: a whole `.typ` source (committed as src/<id>.typ; its sha256 is the
 * manifest's `layoutSha256`).
 */
function typstSource(doc) {
  const s = doc.style, y = doc.year;
  const [m1, d1] = doc.signed[0].split("-").slice(1).map(Number);
  const out = [];
  out.push(`// ${doc.acronym} — Senior Manager’s Compact ${y} (test/corpus20, scripts/corpus20/generate.mjs)`);
  out.push(`#set document(title: ${q(`Senior Manager’s Compact ${y}`)}, author: ${q(doc.entity)}, date: datetime(year: ${y}, month: ${m1}, day: ${d1}))`);
  const M = s.margin, fsz = s.size - 1;
  const page = [`paper: "a4"`, `flipped: ${s.orientation === "landscape"}`, `margin: (x: ${M}pt, top: ${M + (s.runningHeader ? 14 : 0)}pt, bottom: ${M + (s.footer !== "none" ? 14 : 0)}pt)`];
  if (s.runningHeader) page.push(`header: align(right, text(size: ${fsz}pt, ${q(`${doc.acronym} · Senior Manager’s Compact ${y}`)}))`);
  if (s.footer === "page-n-of-m") page.push(`footer: context align(center, text(size: ${fsz}pt)[Page #counter(page).display() of #counter(page).final().first()])`);
  if (s.footer === "numbering-n-slash-m") page.push(`numbering: "1 / 1"`);
  if (s.footer === "numbering-n") page.push(`numbering: "1"`, "number-align: right");
  out.push(`#set page(${page.join(", ")})`);
  out.push(`#set text(font: ${q(FONT_NAME[s.font])}, size: ${s.size}pt, lang: "en", hyphenate: ${s.hyphenate}, fallback: true)`);
  out.push(`#set par(justify: ${s.justify}, leading: 0.62em)`);
  out.push(`#set heading(numbering: none)`, `#show heading.where(level: 1): set text(size: ${s.size + 3}pt)`, `#show heading.where(level: 2): set text(size: ${s.size + 1}pt)`, "");
  const P = (text) => out.push(`#${q(text)}`, "");
  if (doc.era === "a") {
    out.push(`#align(center, text(size: ${s.size + 6}pt, weight: "bold", ${q(`${y} SENIOR MANAGER’S COMPACT`)}))`, "");
    P(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`);
    out.push(`#grid(columns: (auto, 1fr), column-gutter: 10pt, strong("DEPARTMENT/OFFICE:"), ${T(`${doc.entity} (${doc.acronym})`)})`, "");
  } else if (doc.era === "b") {
    out.push(`#align(center, text(size: ${s.size + 6}pt, weight: "bold", ${q(`SENIOR MANAGER’S COMPACT for ${y}`)}))`, "");
    P(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`);
  } else {
    // the 2019 header block: name, title, year, each on its own line (FORMATS.md), with or without a rule below
    out.push(`#block(below: 14pt)[#strong(${q(doc.manager.name)}) \\ #${q(doc.manager.title)} \\ #${q(String(y))}${s.headerBlock === "rule-below" ? `\n  #line(length: 100%, stroke: 0.6pt)` : ""}]`, "");
    P(`I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${doc.entity} set out below, in line with the Charter of the United Nations.`);
  }
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  P(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`);
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") P(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`);
    else {
      P(`Pursuant to ${sc}, the Office supports the following missions:`);
      const groups = [["Peacekeeping operations", "peacekeeping"], ["Special political missions", "political"]].map(([h, k]) => [h, doc.missions.filter((m) => m.kind === k)]).filter(([, ms]) => ms.length);
      // a nested Typst list: level 1 `•`, level 2 `‣`
      out.push(`#list(${groups.map(([h, ms]) => `[#${q(h)} #list(${ms.map((m) => T(`${m.name} (${m.acronym})`)).join(", ")})]`).join(", ")})`, "");
    }
  }
  const [pw, ph] = PAGE[s.orientation === "landscape" ? "landscape" : "portrait"];
  const tw = pw - 2 * M, twWide = ph - 2 * M;
  for (const sec of sections(doc)) {
    out.push(`#heading(level: ${sec.id.includes(".") ? 2 : 1}, ${q(sec.head)})`, "");
    if (sec.para) P(`1. I will give special attention to delivering the following results in ${y}.`);
    if (sec.challenges) { out.push(s.challenges === "enum" ? `#enum(${doc.challenges.map(T).join(", ")})` : `#list(${doc.challenges.map(T).join(", ")})`, ""); continue; }
    for (const t of sec.tables ?? []) {
      if (widePage(doc, t)) out.push(`#page(flipped: true)[\n${typstTable(doc, t, twWide)}\n]`, "");
      else out.push(typstTable(doc, t, tw), "");
    }
  }
  const sig = (who, date) => `block(breakable: false)[#v(22pt) #line(length: 70%, stroke: 0.5pt) #${q(who.name)} \\ #${q(who.title)} \\ #${q(`Date: ${longDate(date, s.dateForm)}`)}]`;
  const blocks = [sig(doc.manager, doc.signed[0]), sig(doc.counterpart, doc.signed[1])];
  if (s.signatures === "grid") out.push(`#grid(columns: (1fr, 1fr), column-gutter: 30pt, ${blocks.join(", ")})`);
  else out.push(...blocks.map((b) => `#${b}`));
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------- Typst (print mode only)
const PRODUCER = join(HERE, "node_modules", "@myriaddreamin", "typst-ts-node-compiler");
let compiler = null;
/** The PDF Typst compiles from `src` (fonts: Typst's embedded Libertinus Serif and New Computer Modern, and the system's DejaVu / Liberation). */
function drawPdf(src, doc) {
  if (!compiler) {
    const { NodeCompiler } = createRequire(join(HERE, "package.json"))("@myriaddreamin/typst-ts-node-compiler");
    compiler = NodeCompiler.create({ workspace: HERE, fontArgs: [{ fontPaths: ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"] }] });
  }
  const r = compiler.compile({ mainFileContent: src });
  const diag = r.takeDiagnostics();
  if (diag) {
    const ds = compiler.fetchDiagnostics(diag);
    if (!r.result || ds.some((d) => d.severity === "error" || d.severity === 1)) throw new Error(`${doc.id}: ${JSON.stringify(ds).slice(0, 800)}`);
  }
  const ts = Date.UTC(...doc.signed[0].split("-").map((x, k) => Number(x) - (k === 1 ? 1 : 0)), 9) / 1000;
  return compiler.pdf(r.result, { creationTimestamp: ts, pdfTags: false });
}

// ---------------------------------------------------------------- Markdown (md): scripts/corpus/web-export.mjs
const cellMd = (c) => (typeof c === "string" ? c.split("\n") : itemLines(c)).join("<br>");
/** The compact as plain Markdown, its tables as GFM (web-export.mjs's compactMarkdown and gridMarkdown). */
const markdown = (doc) => compactMarkdown(doc, { table: (t) => gridMarkdown(tableGrid(doc, t), cellMd), numbered: doc.style.challenges === "enum", date: longDate });

// ---------------------------------------------------------------- truth and features
function truthRow(doc, section, t, r) {
  const row = { section, objective: r.objective, accomplishments: r.accs.map((a) => stop(t, a)), measures: r.measures.map((m) => stop(t, measText(t, m))) };
  if (t.design === "risk4") row.risksAndMitigations = r.risks.map((x) => stop(t, x));
  if (t.design === "span4" || t.design === "rs5") { row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => m.target); }
  return row;
}
/**
 * A cell-items feature: the kind, and an enum's label form as a feature of its own (`(a)` `(i)`
 * paren, `1.` `i.` dot, `1)` `a)` bracket; each pattern alone is in too few documents to cross).
 */
const ITEM_FEATURE = (k, numbering) => [`items:${k}`, ...(numbering ? [`enum-label:${numbering.startsWith("(") ? "paren" : numbering.endsWith(")") ? "bracket" : "dot"}`] : [])];
function tableFeatures(doc, t) {
  const f = [`design:${t.design}`, `cols:${labels(doc, t).length}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed", ...ITEM_FEATURE(t.items, t.numbering)];
  if (widePage(doc, t)) f.push("page:landscape-table");
  if (t.design !== "two2") f.push(`acc-items:${t.accItems === t.items ? "same" : t.accItems}`);
  if (t.stops) f.push("items:full-stops");
  if (t.design === "rs3") f.push("objective:column", "span:rowspan", "subrows:accomplishment-rows");
  if (t.design === "span4") f.push("objective:spanning", "span:colspan", "span:rowspan", `objective:label-${t.label === "Objective:" ? "bare" : t.label === "Objective N:" ? "objective-n" : "caps-n"}`, "subrows:measure-rows", "col:baseline", "col:target");
  if (t.design === "rs5") f.push("objective:column", "span:rowspan", "span:nested-rowspan", "subrows:measure-rows", "col:baseline", "col:target");
  if (t.design === "risk4") f.push("objective:column", "col:risks", `order:${t.order}`);
  if (t.design === "two2") f.push("objective:column", "no-accomplishment");
  if (t.rows.some((r) => r.measures.some((m) => /≥/.test(measText(t, m) + m.target)))) f.push("text:geq");
  return [...new Set(f)];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables ?? []) for (const r of t.rows) {
    rows.push(truthRow(doc, sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    const sub = t.design === "rs3" || t.design === "span4" || t.design === "rs5", bt = t.design === "span4" || t.design === "rs5";
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: r.measures.map((m, j) => ({ accomplishment: sub ? r.accOf[j] : null, target: bt ? m.target : null, baseline: bt ? m.baseline : null })) });
  }
  const s = doc.style;
  const wide = doc.tables.some((t) => widePage(doc, t));
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.stroke === "grid" ? "none" : s.stroke}`, `font:${s.font}`, `size:${s.size}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`,
    ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, `orientation:${s.orientation === "wide-pages" ? (wide ? "wide-pages" : "portrait") : s.orientation}`, `widths:${s.widths}`, `valign:${s.valign}`,
    `table-header:${s.header}`, `head-fill:${s.headFill}`, `justify:${s.justify}`, `hyphenate:${s.hyphenate}`, ...(s.headerBlock ? [`header-block:${s.headerBlock}`] : []), `sections:${s.sections}`, `date:${s.dateForm}`, `challenges:${s.challenges}`];
  const own = MISSIONS.filter((m) => m.acronym === doc.acronym && m.start <= doc.year && m.end >= doc.year);
  return {
    kind: "compact", year: doc.year, manager: doc.manager, counterpart: doc.counterpart, entity: doc.entity,
    // a political office in the gazetteer is one of the missions its compact names (corpus15's convention)
    signedOn: doc.signed, missions: [...own, ...doc.missions].map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [`A/RES/${doc.gaRes}`, ...(doc.scRes ? [`S/RES/${doc.scRes.no} (${doc.scRes.year})`] : [])], documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows, structure: { features, rows: srows },
  };
}

// ---------------------------------------------------------------- main
const RENDER = ["typst.pdf", "typst.txt", "md"];
/**
 * The corpus's documents drawn from `seed`: dev20/holdout20 by the seeded shuffle, or all in the
 * validation split `val` — ids from the split (`v20-001…` for val20, `v20b-001…` for val20b), since
 * every draw shares this manifest and src/.
 */
function plan(seed = SEED, val = undefined) {
  draws.reseed(seed);
  DEAL = {};
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  const ids = val ? drawn.map((_, i) => ({ id: splitDrawId(val, i), split: val })) : splitsOf(N_DOCS, N_DEV, shuffle, 20);
  return drawn.map((d, i) => ({ ...d, ...ids[i], src: typstSource(d), md: markdown(d) }));
}
/** The validation draws the committed manifest records (`validation: { split: { seed } }`). */
const recordedValidation = () => {
  const f = join(OUT, "manifest.json");
  return existsSync(f) ? Object.entries(JSON.parse(readFileSync(f, "utf8")).validation ?? {}) : [];
};
function manifestEntry(doc, truth) {
  const dir = doc.split, id = doc.id;
  const renderings = Object.fromEntries(RENDER.map((k) => [k, `${dir}/${id}.${k}`]));
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features: manifestFeatures(truth), style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, source: `src/${id}.typ`, layoutSha256: sha(doc.src) };
}

const docs = VAL ? plan(VAL.seed, VAL.split) : plan();
// --check walks the validation draws the manifest records as well
if (process.argv.includes("--check") && !VAL) for (const [split, { seed }] of recordedValidation().filter(([split]) => splitsWanted()?.(split) ?? true)) docs.push(...plan(seed, split));
// with the producer installed (npm ci in scripts/corpus20), --check compiles each source again: it must give the committed PDF's bytes
const recompile = existsSync(PRODUCER);
runModes(OUT, 20, docs, {
  truthOf, manifestEntry,
  more: (doc, entry) => {
    const bad = [];
    const at = (k) => join(OUT, entry.renderings[k] ?? "missing");
    if (!existsSync(at("md")) || readFileSync(at("md"), "utf8") !== doc.md) bad.push("md");
    if (!existsSync(join(OUT, entry.source)) || readFileSync(join(OUT, entry.source), "utf8") !== doc.src) bad.push("typst source");
    // the committed PDF is the one Typst compiled (its sha256 recorded then)
    if (!existsSync(at("typst.pdf")) || sha(readFileSync(at("typst.pdf"))) !== entry.pdfSha256) bad.push("typst.pdf");
    if (recompile && sha(drawPdf(doc.src, doc)) !== entry.pdfSha256) bad.push("typst.pdf (compiled again)");
    return bad;
  },
});

mkdirSync(join(OUT, "src"), { recursive: true });
const VALIDATION_BEFORE = recordedValidation();
const VALIDATION_ENTRIES_BEFORE = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")).documents.filter((d) => VALIDATION_BEFORE.some(([s]) => s === d.split)) : [];
const entries = [];
for (const doc of docs.filter((d) => !ONLY || ONLY.includes(d.id))) {
  const dir = join(OUT, doc.split), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  writeFileSync(join(OUT, "src", `${id}.typ`), doc.src);
  const pdf = join(dir, `${id}.typst.pdf`);
  const bytes = drawPdf(doc.src, doc);
  writeFileSync(pdf, bytes);
  execFileSync("pdftotext", ["-layout", pdf, join(dir, `${id}.typst.txt`)]);
  writeFileSync(join(dir, `${id}.md`), doc.md);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = manifestEntry(doc, truth);
  Object.assign(e, pagesAndCuts({ typst: pdf }, truth), { pdfSha256: sha(bytes) });
  entries.push(e);
  process.stdout.write(`${id} `);
}
if (!ONLY && VAL) writeValidationEntries(VAL.split, VAL.seed, entries);
else if (!ONLY) {
  const pkg = (n) => JSON.parse(readFileSync(join(HERE, "node_modules", n, "package.json"), "utf8")).version;
  const creator = producerVersion("sh", ["-c", `pdfinfo ${JSON.stringify(join(OUT, entries[0].renderings["typst.pdf"]))} | sed -n 's/^Creator: *//p'`]);
  writeManifest(OUT, 20, { seed: SEED, producers: { "typst-ts-node-compiler": pkg("@myriaddreamin/typst-ts-node-compiler"), typst: creator, node: process.version, "fonts-dejavu-core": producerVersion("sh", ["-c", "dpkg-query -W -f '${Version}' fonts-dejavu-core"]), "fonts-liberation": producerVersion("sh", ["-c", "dpkg-query -W -f '${Version}' fonts-liberation fonts-liberation2 2>/dev/null | head -1"]), pdftotext: producerVersion("sh", ["-c", "pdftotext -v 2>&1"]) }, nDev: N_DEV, nDocs: N_DOCS, entries });
  keepValidationEntries();
} else console.log("\n(--only: the manifest is not rewritten)");

/** A validation draw's entries written into the manifest (those of its split replaced), with its seed; dev20/holdout20 untouched. */
function writeValidationEntries(split, seed, entries) {
  const f = join(OUT, "manifest.json"), m = JSON.parse(readFileSync(f, "utf8"));
  m.splits[split] = entries.length;
  m.validation = { ...(m.validation ?? {}), [split]: { seed } };
  m.documents = [...m.documents.filter((d) => d.split !== split), ...entries].sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(f, JSON.stringify(m, null, 1) + "\n");
  console.log(`\n${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} ${split} rows (seed ${seed})`);
}
/** A full run rewrites the manifest of dev20/holdout20: the validation draws recorded before are kept (drawn again by `--check`). */
function keepValidationEntries() {
  const f = join(OUT, "manifest.json"), m = JSON.parse(readFileSync(f, "utf8"));
  for (const [split, { seed }] of VALIDATION_BEFORE) {
    const kept = VALIDATION_ENTRIES_BEFORE.filter((d) => d.split === split);
    m.splits[split] = kept.length;
    m.validation = { ...(m.validation ?? {}), [split]: { seed } };
    m.documents = [...m.documents, ...kept].sort((a, b) => a.id.localeCompare(b.id));
  }
  writeFileSync(f, JSON.stringify(m, null, 1) + "\n");
}
