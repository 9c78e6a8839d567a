#!/usr/bin/env node
/**
 * The nineteenth compact corpus (test/corpus19/, issue 11): a measurement corpus built by someone who
 * does not read the reader. Its producer is one no earlier corpus has: **pdfmake** (0.3, server side in
 * Node), the document-definition PDF library behind many web apps' and reporting tools' PDF exports.
 * One data model per document becomes a pdfmake *document definition* (committed as JSON, with the
 * few functions pdfmake takes — page header/footer, custom table layouts — named, not written out):
 * the frame as pdfmake text, stacks, `ul`/`ol` lists and `columns`; each table with a `layout`
 * (default grid, `noBorders`, `headerLineOnly`, `lightHorizontalLines`, thin coloured rules, zebra
 * fills), `headerRows` repeated or not, `dontBreakRows`, `rowSpan` objectives, `colSpan`
 * "Objective N: …" rows, `widths`, `verticalAlignment`, and cell items as `ul` lists (markers drawn as
 * vector shapes: no bullet in the text layer), `ol` lists (decimal / lower-alpha / lower-roman, with
 * separators) or stacked paragraphs. Then:
 *   - `pdfmake.pdf` — the definition printed by pdfmake (Roboto, DejaVu Sans/Serif or Liberation Serif, embedded);
 *   - `pdfmake.txt` — `pdftotext -layout` of pdfmake.pdf;
 *   - `md`          — plain GFM pipe tables of the same data (one line per sub-row, `<br>` between items).
 * The truth comes from the data model (exact by construction), see test/corpus19/README.md.
 *
 *   (cd scripts/corpus19 && npm ci)                  # the producer, installed here only
 *   node scripts/corpus19/generate.mjs               # prints everything
 *   node scripts/corpus19/generate.mjs --check       # truth, definitions, Markdown, PDF sha256, manifest as committed (no pdfmake needed)
 *   node scripts/corpus19/generate.mjs --features    # the feature crossing of the plan, no printing
 *   node scripts/corpus19/generate.mjs --truth       # rewrites the truth files only
 *   node scripts/corpus19/generate.mjs --seed 192921 --split val19   # a validation draw: the same generator with another
 *                                                    # seed, every document in test/corpus19/val19/ (ids v19-…, its own manifest);
 *                                                    # add --check to check it (the committed dev/holdout print is untouched)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FIRST, LAST, MANAGERIAL, OFFICES, RISKS } from "./banks.mjs";
import { dealer, reseedable } from "../corpus/prng.mjs";
import { manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeDrawManifest, writeManifest } from "../corpus/harness.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { generatorArgs, runModes, validationDraw } from "../corpus/generator.mjs";
import { ACC, MEAS, SG, cellGrid, compactMarkdown, drawTableRows, drawValue, frameTruth, gridMarkdown, longDate, measText, sections, stop, withFrame } from "../corpus/web-export.mjs";

const { HERE, ROOT, ONLY } = generatorArgs(import.meta.url, 19, ["--seed", "--split"]);
const CORPUS = join(ROOT, "test", "corpus19");
/**
 * A validation draw (`--split val19 --seed S`, the seed 192921 when only `--split` is given): the same
 * plan drawn from another seed, every document in one split of its own under test/corpus19/<split>/
 * with its own manifest, so the committed dev19/holdout19 print and its manifest stay byte for byte
 * what they are. Null without the flags (scripts/corpus/generator.mjs's validationDraw reads them).
 */
const VAL = validationDraw(19, { seed: 192921 });
const OUT = VAL ? join(CORPUS, VAL.split) : CORPUS;
// 191921: the first seed from 191919 up whose plan shows every feature in 3 documents, ruled and borderless (--features), and whose
// print loses no text (see README: pdfmake 0.3.11 drops content when a middle-aligned rowSpan crosses a page, and wide tables overran the page)
const SEED = VAL?.seed ?? 191921;
const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %

// ---------------------------------------------------------------- randomness
const draws = reseedable(SEED);
const { next: rnd, int, pick, shuffle, sample } = draws;
/** Values of `xs` per key from a shuffled deck (each value once per deck): even counts, and no two keys in step. */
const { deal, reset: resetDeals } = dealer("deck", shuffle);

// ---------------------------------------------------------------- data
const letters = "abcdefghijklmnop";
const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * Table designs (README):
 * rs3    Objective | Expected accomplishment | Performance measures — the objective a rowSpan cell
 *        over one sub-row per accomplishment, each sub-row with its own measures
 * span4  a colSpan `Objective N: …` row, then Expected accomplishment | Performance measure |
 *        Baseline | Target, one sub-row per measure, the accomplishment a rowSpan over its measures
 * rs5    Objective | Expected accomplishment | Performance measure | Baseline | Target — the objective
 *        a rowSpan over every measure sub-row, the accomplishment a rowSpan over its measures
 * risk4  Objective | Expected accomplishments | Performance measures | Risks, one row per objective,
 *        in three column orders
 * two2   Objective | Performance measures: no accomplishment column
 */
const DESIGNS = ["rs3", "span4", "rs5", "risk4", "two2"];
/**
 * How a cell's items are written in the definition: a `ul` (pdfmake draws disc / circle / square
 * markers as vector shapes, `none` draws nothing: no marker in the text layer), an `ol` (its numbers
 * are text: `1.`, `a)`, `(i)` …), or a stack of paragraphs with a typed marker or none.
 */
const ITEMS = ["ul-disc", "ul-circle", "ul-square", "ul-none", "ol-decimal", "ol-lower-alpha", "ol-lower-roman", "stack-typed", "stack-plain"];
const SEPARATORS = { "ol-decimal": [".", ")"], "ol-lower-alpha": [")", "paren"], "ol-lower-roman": ["paren", "."] };
const TYPED = ["•", "–", "-", "▪", "o"];

const SCOPES = ["", "", " in the biennium", ", in cooperation with the partners concerned", " within existing resources"];
/** Each design's rows (web-export.mjs's drawTableRows): rs3, span4 and rs5 sub-rows of one or two measures per accomplishment (at least one each); others 1–3 measures (two2 2–4). */
const SHAPES = { rs3: { accs: 3, subRows: true }, span4: { accs: 3, subRows: true }, rs5: { accs: 2, subRows: true }, risk4: { accs: 2, measures: [1, 3], risks: true }, two2: { accs: 0, measures: [2, 4] } };
const drawRows = (bank, used, n, design, geq) => drawTableRows(bank, used, n, SHAPES[design], { scopes: bank === MANAGERIAL ? null : SCOPES, least: 1, value: (ind) => drawValue(ind, geq && rnd() < 0.5, draws), risks: RISKS }, draws);

// ---------------------------------------------------------------- the plan
const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
const FONTS = ["roboto", "dejavu-sans", "dejavu-serif", "liberation-serif"];
/** Table layouts: the first two rule every cell (ruled documents), the others draw no vertical rules. */
const LAYOUTS = ["grid", "thin-colour", "no-borders", "header-line-only", "light-horizontal", "zebra"];
const RULED = new Set(["grid", "thin-colour"]);
function drawDocument(i) {
  const era = "abc"[i % 3];
  const fits = OFFICES.filter((o) => o.years[0] <= SPANS[era][1] && o.years[1] >= SPANS[era][0]);
  const office = fits[Math.floor(i / 3) % fits.length];
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head(year) };
  const ruled = i % 2 === 0;
  const layout = deal(`layout:${ruled}`, LAYOUTS.filter((l) => RULED.has(l) === ruled));
  const style = {
    layout, ruled,
    font: deal(`font:${ruled}`, FONTS),
    size: deal(`size:${ruled}`, [9, 10, 10, 11]),
    orientation: deal(`or:${ruled}`, ["portrait", "landscape", "portrait"]),
    margin: pick([30, 40, 57]),
    widths: deal(`w:${ruled}`, ["star", "auto", "fixed", "mixed"]),
    valign: deal(`va:${ruled}`, ["top", "middle", "top"]),
    headerRows: deal(`hr:${ruled}`, ["repeat", "none", "repeat"]),
    dontBreakRows: deal(`dbr:${ruled}`, [true, false, false]),
    headFill: deal(`hf:${ruled}`, ["grey", "none", "dark"]),
    footer: deal(`ft:${ruled}`, ["page-n-of-m", "page-n", "none"]),
    runningHeader: deal(`rh:${ruled}`, [true, false, true]),
    watermark: deal(`wm:${ruled}`, [true, false, false]),
    signatures: deal(`sig:${ruled}`, ["columns", "stacked"]),
    sections: era === "a" ? "letters-numbered" : era === "c" ? "section-parts" : deal(`secb:${ruled}`, ["letters", "roman"]),
    missionsAs: office.missions ? deal(`mis:${ruled}`, ["nested-list", "run-on"]) : "none",
    gaForm: deal(`ga:${ruled}`, ["symbol", "words"]),
    scForm: office.missions ? deal(`sc:${ruled}`, ["symbol", "words"]) : null,
    dateForm: pick(["day-month", "month-day", "iso"]),
    honorific: pick(["Mr.", "Ms."]),
    geq: deal(`geq:${ruled}`, [true, false, true]),
    challenges: deal(`ch:${ruled}`, ["ol", "ul"]),
  };
  const used = new Set();
  const designs = [DESIGNS[i % 5], DESIGNS[(i + 2) % 5], DESIGNS[(i + 4) % 5]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const items = deal(`items:${ruled}`, ITEMS);
    const ts = {
      design, managerial, items,
      sep: SEPARATORS[items] ? deal(`sep:${items}`, SEPARATORS[items]) : null,
      typed: items === "stack-typed" ? deal("typed", TYPED) : null,
      accItems: design === "two2" ? null : deal(`acci:${design}`, ["same", "plain", "same", "ol-lower-alpha"]),
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: deal(`mv:${design}`, Object.keys(MEAS)),
      caseUpper: rnd() < 0.25,
      stops: rnd() < 0.3,
      order: design === "risk4" ? deal(`ord:${ruled}`, ["standard", "measures-first", "risks-second"]) : "standard",
      label: design === "span4" ? deal(`label:${ruled}`, ["Objective N:", "Objective:", "OBJECTIVE N:"]) : null,
    };
    if (ts.accItems === "same") ts.accItems = items;
    // no marker in the text layer at all: the items end with a full stop (lost bullets a reader can split)
    if (/^(ul-none|stack-plain)$/.test(items) || ts.accItems === "ul-none" || ts.accItems === "stack-plain") ts.stops = true;
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "span4" || design === "rs5" ? int(3, 4) : int(4, 5);
    ts.rows = drawRows(bank, used, n, design, style.geq);
    return ts;
  });
  const own = office.acronym(year);
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && m.acronym !== own), int(3, 5)) : [];
  const doc = { year, era, office, acronym: own, entity: office.name(year), manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions };
  return withFrame(doc, { challenges: 3, markers: null }, { int, pick, sample });
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

/** The label pdfmake prints before the k-th item of an `ol` (0-based), as its separator makes it. */
function olLabel(kind, sep, k) {
  const c = kind === "ol-decimal" ? String(k + 1) : kind === "ol-lower-alpha" ? letters[k] : roman[k];
  return sep === "paren" ? `(${c})` : `${c}${sep}`;
}
/**
 * A cell's items as logical content: `{ items: [...], kind, sep, typed, start }`; the definition, the
 * Markdown and the truth are all written from it.
 */
const itemsCell = (kind, xs, { sep = null, typed = null, start = 0 } = {}) => ({ items: xs, kind, sep: kind === "ol-lower-alpha" && !sep ? ")" : sep, typed, start });
/** The text of such a cell as the Markdown writes it: one line per item, the marker a reader sees (a ul's vector marker as `•`). */
function itemLines(c) {
  return c.items.map((x, k) => {
    if (c.kind.startsWith("ul-")) return c.kind === "ul-none" ? x : `• ${x}`;
    if (c.kind.startsWith("ol-")) return `${olLabel(c.kind, c.sep, c.start + k)} ${x}`;
    if (c.kind === "stack-typed") return `${c.typed} ${x}`;
    return x;
  });
}

/** A table as a grid of logical cells (web-export.mjs's cellGrid), its items cells this generator's. */
function tableGrid(doc, t) {
  const accCell = (xs, a0 = 0) => (t.accItems === "plain" ? xs.map((a) => stop(t, a)).join("\n") : itemsCell(t.accItems, xs.map((a) => stop(t, a)), { sep: t.accItems === t.items ? t.sep : null, typed: t.typed, start: a0 }));
  const measCell = (xs) => itemsCell(t.items, xs.map((x) => stop(t, x)), { sep: t.sep, typed: t.typed });
  return cellGrid(t, labels(doc, t), { accCell, measCell });
}

// ---------------------------------------------------------------- the document definition
const WIDTHS = { rs3: [30, 32, 38], span4: [34, 36, 15, 15], rs5: [24, 24, 28, 12, 12], risk4: [24, 26, 28, 22], two2: [40, 60] };
const PAGE = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] };
const FONT_NAME = { roboto: "Roboto", "dejavu-sans": "DejaVuSans", "dejavu-serif": "DejaVuSerif", "liberation-serif": "LiberationSerif" };
/** A cell's content as pdfmake takes it. */
function cellContent(c) {
  if (typeof c === "string") return c.includes("\n") ? { stack: c.split("\n") } : { text: c };
  if (c.kind.startsWith("ul-")) return { ul: c.items, type: c.kind.slice(3) };
  if (c.kind.startsWith("ol-")) return { ol: c.items, type: c.kind.slice(3), separator: c.sep === "paren" ? ["(", ")"] : c.sep, ...(c.start ? { start: c.start + 1 } : {}) };
  return { stack: itemLines(c) };
}
/**
 * What pdfmake is asked to print, as JSON: the document definition with its functions named
 * (`header: {running}`, `footer: "page-n-of-m"`, `layout: "zebra"` …; drawPdf writes them). Its
 * sha256 is the manifest's `layoutSha256`.
 */
function definition(doc) {
  const s = doc.style, y = doc.year;
  const content = [];
  const P = (text, o = {}) => content.push({ text, margin: [0, 0, 0, 6], ...o });
  if (doc.era === "a") {
    content.push({ text: `${y} SENIOR MANAGER’S COMPACT`, style: "title" });
    P(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`);
    content.push({ columns: [{ text: "DEPARTMENT/OFFICE:", bold: true, width: "auto" }, { text: `${doc.entity} (${doc.acronym})`, width: "*" }], columnGap: 10, margin: [0, 0, 0, 8] });
  } else if (doc.era === "b") {
    content.push({ text: `SENIOR MANAGER’S COMPACT for ${y}`, style: "title" });
    P(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`);
  } else {
    // a header block side by side with the year, as pdfmake users lay out letterheads with `columns`
    content.push({ columns: [{ stack: [{ text: doc.manager.name, bold: true }, doc.manager.title], width: "*" }, { text: String(y), width: "auto", bold: true, fontSize: s.size + 4 }], columnGap: 20, margin: [0, 0, 0, 10] });
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
      content.push({ ul: groups.flatMap(([h, ms]) => [h, { ul: ms.map((m) => `${m.name} (${m.acronym})`), type: "circle" }]), margin: [0, 0, 0, 8] });
    }
  }
  const [pw] = PAGE[s.orientation];
  const tw = pw - 2 * s.margin;
  for (const sec of sections(doc)) {
    content.push({ text: sec.head, style: sec.id.includes(".") ? "h3" : "h2" });
    if (sec.para) P(`1. I will give special attention to delivering the following results in ${y}.`);
    if (sec.challenges) { content.push(s.challenges === "ol" ? { ol: doc.challenges, margin: [0, 0, 0, 8] } : { ul: doc.challenges, type: "square", margin: [0, 0, 0, 8] }); continue; }
    for (const t of sec.tables ?? []) {
      const g = tableGrid(doc, t), nc = g.head.length;
      const headRow = g.head.map((h) => ({ text: h, style: "tableHeader" }));
      const rows = [];
      const pending = Array(nc).fill(0);
      for (const r of g.body) {
        const line = [];
        let c = 0;
        const skip = () => { while (c < nc && pending[c] > 0) { line.push({}); pending[c]--; c++; } };
        for (const x of r) {
          skip();
          const o = cellContent(x.cell);
          if (x.rowSpan > 1) { o.rowSpan = x.rowSpan; pending[c] = x.rowSpan - 1; }
          if (x.colSpan > 1) o.colSpan = x.colSpan;
          if (x.label) Object.assign(o, { bold: true, ...(s.layout === "no-borders" ? {} : { fillColor: "#e8e8e8" }) });
          if (s.valign === "middle" && x.rowSpan > 1) o.verticalAlignment = "middle";
          line.push(o);
          for (let k = 1; k < x.colSpan; k++) line.push({});
          c += x.colSpan;
        }
        skip();
        rows.push(line);
      }
      // `auto`: content-sized columns where they cannot outgrow the page (up to three columns, and the
      // Baseline / Target columns of wider tables); a wide table's text columns share the rest (`*`)
      const widths = s.widths === "star" ? Array(nc).fill("*") : s.widths === "auto" ? g.head.map((h) => (nc <= 3 || /^(baseline|target)$/i.test(h) ? "auto" : "*"))
        : s.widths === "fixed" ? WIDTHS[t.design].map((w) => Math.floor(((tw - nc * 10) * w) / 100)) : g.head.map((h, k) => (k === 0 || /^(baseline|target)$/i.test(h) ? "auto" : "*"));
      content.push({
        table: { headerRows: s.headerRows === "repeat" ? 1 : 0, dontBreakRows: s.dontBreakRows, widths, body: [headRow, ...rows] },
        layout: s.layout, margin: [0, 4, 0, 12],
        // five columns on a portrait page: a smaller type, as pdfmake users shrink a wide table to keep it on the page
        ...(nc === 5 && s.orientation === "portrait" ? { fontSize: Math.min(s.size, 8) } : {}),
      });
    }
  }
  const sig = (who, date) => [{ text: "______________________________", margin: [0, 24, 0, 2] }, who.name, who.title, `Date: ${longDate(date, s.dateForm)}`];
  const blocks = [sig(doc.manager, doc.signed[0]), sig(doc.counterpart, doc.signed[1])];
  if (s.signatures === "columns") content.push({ columns: blocks.map((b) => ({ stack: b, width: "*" })), columnGap: 30, unbreakable: true });
  else for (const b of blocks) content.push({ stack: b, unbreakable: true });
  const headFill = s.headFill === "grey" ? { fillColor: "#d9d9d9" } : s.headFill === "dark" ? { fillColor: "#1f4e79", color: "#ffffff" } : {};
  return {
    info: { title: `Senior Manager's Compact ${y}`, author: doc.entity, creationDate: `${doc.signed[0]}T09:00:00Z` },
    pageSize: "A4", pageOrientation: s.orientation,
    pageMargins: [s.margin, s.margin + (s.runningHeader ? 14 : 0), s.margin, s.margin + (s.footer !== "none" ? 14 : 0)],
    header: s.runningHeader ? { running: `${doc.acronym} · Senior Manager’s Compact ${y}` } : null,
    footer: s.footer,
    watermark: s.watermark ? { text: "DRAFT", color: "#9e9e9e", opacity: 0.2, bold: true } : null,
    defaultStyle: { font: FONT_NAME[s.font], fontSize: s.size, lineHeight: 1.1 },
    styles: {
      title: { fontSize: s.size + 6, bold: true, alignment: "center", margin: [0, 0, 0, 12] },
      h2: { fontSize: s.size + 3, bold: true, margin: [0, 10, 0, 6] },
      h3: { fontSize: s.size + 2, bold: true, margin: [0, 6, 0, 4] },
      tableHeader: { bold: true, ...headFill },
    },
    content,
  };
}

// ---------------------------------------------------------------- pdfmake (print mode only)
const FONT_FILES = {
  DejaVuSans: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
  DejaVuSerif: ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"],
  LiberationSerif: ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"],
};
/** The named functions of a definition: custom layouts (pdfmake takes them as objects of functions). */
const CUSTOM_LAYOUTS = {
  // every cell ruled with thin blue-grey lines
  "thin-colour": { hLineWidth: () => 0.4, vLineWidth: () => 0.4, hLineColor: () => "#7f9db9", vLineColor: () => "#7f9db9" },
  // banded rows, no rules at all (a reporting tool's "striped" table)
  zebra: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: (i) => (i > 0 && i % 2 === 0 ? "#f0f0f0" : null), paddingTop: () => 3, paddingBottom: () => 3 },
};
const BUILTIN_LAYOUT = { grid: undefined, "no-borders": "noBorders", "header-line-only": "headerLineOnly", "light-horizontal": "lightHorizontalLines" };
let pdfmake = null;
async function drawPdf(def) {
  if (!pdfmake) {
    const require = createRequire(join(HERE, "package.json"));
    pdfmake = require("pdfmake");
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p) => p.startsWith("/usr/share/fonts/") || p.startsWith(join(HERE, "node_modules")));
    pdfmake.addFonts(require("pdfmake/fonts/Roboto"));
    for (const [name, [reg, bold]] of Object.entries(FONT_FILES)) pdfmake.addFonts({ [name]: { normal: reg, bold, italics: reg, bolditalics: bold } });
  }
  const d = structuredClone(def);
  d.info.creationDate = new Date(def.info.creationDate);
  d.info.modDate = d.info.creationDate;
  const running = def.header?.running, footer = def.footer;
  const fs = def.defaultStyle.fontSize - 1, M = def.pageMargins[0];
  d.header = running ? () => ({ text: running, alignment: "right", fontSize: fs, margin: [M, M / 2, M, 0] }) : undefined;
  d.footer = footer === "page-n-of-m" ? (p, n) => ({ text: `Page ${p} of ${n}`, alignment: "center", fontSize: fs, margin: [M, 4, M, 0] })
    : footer === "page-n" ? (p) => ({ text: String(p), alignment: "right", fontSize: fs, margin: [M, 4, M, 0] }) : undefined;
  if (!d.watermark) delete d.watermark;
  const walk = (n) => {
    if (Array.isArray(n)) { n.forEach(walk); return; }
    if (!n || typeof n !== "object") return;
    if (n.table) n.layout = CUSTOM_LAYOUTS[n.layout] ?? BUILTIN_LAYOUT[n.layout];
    if (n.layout === undefined) delete n.layout;
    for (const v of Object.values(n)) if (v && typeof v === "object") walk(v);
  };
  walk(d.content);
  return pdfmake.createPdf(d).getBuffer();
}

// ---------------------------------------------------------------- Markdown (md): scripts/corpus/web-export.mjs
const cellMd = (c) => (typeof c === "string" ? c.split("\n") : itemLines(c)).join("<br>");
/** The compact as plain Markdown, its tables as GFM (web-export.mjs's compactMarkdown and gridMarkdown). */
const markdown = (doc) => compactMarkdown(doc, { table: (t) => gridMarkdown(tableGrid(doc, t), cellMd), numbered: doc.style.challenges === "ol" });

// ---------------------------------------------------------------- truth and features
function truthRow(doc, section, t, r) {
  const row = { section, objective: r.objective, accomplishments: r.accs.map((a) => stop(t, a)), measures: r.measures.map((m) => stop(t, measText(t, m))) };
  if (t.design === "risk4") row.risksAndMitigations = r.risks.map((x) => stop(t, x));
  if (t.design === "span4" || t.design === "rs5") { row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => m.target); }
  return row;
}
/** A cell-items feature: the kind, and for an `ol` its separator (`1.`, `1)`, `(1)`) as a feature of its own. */
const ITEM_FEATURE = (k, sep) => [`items:${k}`, ...(k.startsWith("ol-") ? [`ol-separator:${sep === "paren" ? "paren" : sep === ")" ? "bracket" : "dot"}`] : [])];
function tableFeatures(doc, t) {
  const f = [`design:${t.design}`, `cols:${labels(doc, t).length}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed", ...ITEM_FEATURE(t.items, t.sep)];
  if (/^ul-(disc|circle|square)$/.test(t.items)) f.push("markers:vector");
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
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.layout}`, `font:${s.font}`, `size:${s.size}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), ...(s.watermark ? ["watermark:draft"] : []), `signatures:${s.signatures}`,
    ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, `orientation:${s.orientation}`, `widths:${s.widths}`, `valign:${s.valign}`,
    `header-rows:${s.headerRows}`, `dont-break-rows:${s.dontBreakRows}`, `head-fill:${s.headFill}`, `sections:${s.sections}`, `date:${s.dateForm}`, `challenges:${s.challenges}`];
  return frameTruth(doc, rows, { features, rows: srows });
}

// ---------------------------------------------------------------- main
const RENDER = ["pdfmake.pdf", "pdfmake.txt", "md"];
function plan() {
  draws.reseed(SEED);
  resetDeals();
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  const ids = VAL ? drawn.map((_, i) => ({ id: VAL.id(i), split: VAL.split })) : splitsOf(N_DOCS, N_DEV, shuffle, 19);
  return drawn.map((d, i) => ({ ...d, ...ids[i], def: definition(d), md: markdown(d) }));
}
/** Where a document's files go under OUT: its split's folder (a validation draw's OUT is its split's folder already). */
const splitDir = (doc) => (VAL ? "." : doc.split);
function manifestEntry(doc, truth) {
  const dir = splitDir(doc), id = doc.id;
  const renderings = Object.fromEntries(RENDER.map((k) => [k, `${dir}/${id}.${k}`]));
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features: manifestFeatures(truth), style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, source: `src/${id}.pdfmake.json`, layoutSha256: sha(JSON.stringify(doc.def)) };
}

const docs = plan();
runModes(OUT, 19, docs, {
  truthOf, manifestEntry,
  more: (doc, entry) => {
    const bad = [];
    const at = (k) => join(OUT, entry.renderings[k] ?? "missing");
    if (!existsSync(at("md")) || readFileSync(at("md"), "utf8") !== doc.md) bad.push("md");
    if (readFileSync(join(OUT, entry.source), "utf8") !== JSON.stringify(doc.def, null, 1) + "\n") bad.push("definition");
    // the committed PDF is the one pdfmake printed (its sha256 recorded when it was printed)
    if (!existsSync(at("pdfmake.pdf")) || sha(readFileSync(at("pdfmake.pdf"))) !== entry.pdfSha256) bad.push("pdfmake.pdf");
    return bad;
  },
});

mkdirSync(join(OUT, "src"), { recursive: true });
const entries = [];
for (const doc of docs.filter((d) => !ONLY || ONLY.includes(d.id))) {
  const dir = join(OUT, splitDir(doc)), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  writeFileSync(join(OUT, "src", `${id}.pdfmake.json`), JSON.stringify(doc.def, null, 1) + "\n");
  const pdf = join(dir, `${id}.pdfmake.pdf`);
  const bytes = await drawPdf(doc.def);
  writeFileSync(pdf, bytes);
  execFileSync("pdftotext", ["-layout", pdf, join(dir, `${id}.pdfmake.txt`)]);
  writeFileSync(join(dir, `${id}.md`), doc.md);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = manifestEntry(doc, truth);
  Object.assign(e, pagesAndCuts({ pdfmake: pdf }, truth), { pdfSha256: sha(bytes) });
  entries.push(e);
  process.stdout.write(`${id} `);
}
if (!ONLY) {
  const pkg = (n) => JSON.parse(readFileSync(join(HERE, "node_modules", n, "package.json"), "utf8")).version;
  const producers = { pdfmake: pkg("pdfmake"), pdfkit: pkg("pdfkit"), node: process.version, "fonts-dejavu-core": producerVersion("sh", ["-c", "dpkg-query -W -f '${Version}' fonts-dejavu-core"]), "fonts-liberation": producerVersion("sh", ["-c", "dpkg-query -W -f '${Version}' fonts-liberation fonts-liberation2 2>/dev/null | head -1"]), pdftotext: producerVersion("sh", ["-c", "pdftotext -v 2>&1"]) };
  if (VAL) writeDrawManifest(OUT, 19, VAL, producers, entries);
  else writeManifest(OUT, 19, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries });
} else console.log("\n(--only: the manifest is not rewritten)");
