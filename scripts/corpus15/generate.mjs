#!/usr/bin/env node
/**
 * The fifteenth compact corpus (test/corpus15/, issue 11): a measurement corpus built by someone who
 * does not tune the reader. One data model per document is written as HTML, which **LibreOffice
 * Writer imports and saves as a .docx** (its HTML filter: `<thead>` → repeated header rows, rowspans,
 * nested lists, `sdfootnote` → real footnotes); the .docx is re-opened (standard-library Python,
 * scripts/corpus15/docx.py) to set the page (landscape), a running header, a PAGE/NUMPAGES footer,
 * `w:cantSplit` and `w:tblHeader`, then **printed by LibreOffice** (`docx.pdf`), **re-distilled by
 * cairo** (`pdftocairo -pdf`: `cairo.pdf`) and **printed to PostScript by cairo and distilled by
 * Ghostscript** (`pdftocairo -ps | ps2pdf`: `cairops.pdf`); `txt` is `pdftotext -layout` of
 * cairo.pdf and `md` is **`pandoc -f docx -t gfm`** of the .docx (raw HTML tables where GFM has none).
 * The truth comes from the data model, so it is exact by construction.
 *
 *   node scripts/corpus15/generate.mjs           # draws and prints (see test/corpus15/README.md for the packages)
 *   node scripts/corpus15/generate.mjs --check   # truth, layout sha256 and manifest features as committed
 *   node scripts/corpus15/generate.mjs --features  # the feature crossing of the plan, no printing
 *   node scripts/corpus15/generate.mjs --truth     # rewrites the truth files only
 *   node scripts/corpus15/generate.mjs --seed 152515 --split val15   # a validation draw: every document
 *       drawn with that seed goes to test/corpus15/val15/ (ids v15-001…, its own manifest.json there,
 *       `--corpus test/corpus15/val15` for score.mjs); the committed dev15/holdout15 are untouched
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CELL_NOTES, FIRST, LAST, MANAGERIAL, NEST_HEADS, OFFICES, SCOPES } from "./banks.mjs";
import { reseedable } from "../corpus/prng.mjs";
import { generatorArgs, runModes, validationDraw } from "../corpus/generator.mjs";
import { printRun } from "../corpus/print-run.mjs";
import { MONTHS } from "../corpus/common.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { freshObjective, manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeDrawManifest, writeManifest } from "../corpus/harness.mjs";

const { HERE, ROOT, ONLY } = generatorArgs(import.meta.url, 15, ["--seed", "--split"]);
/**
 * `--seed S --split NAME`: a validation draw (session 37) — the same generator with another seed,
 * every document to split NAME (val15, val15b, …), in a folder of its own (test/corpus15/NAME/, with
 * its own manifest.json). Both flags or neither (no default seed); null without them. Read by
 * scripts/corpus/generator.mjs's validationDraw.
 */
const VAL = validationDraw(15);
const OUT = VAL ? join(ROOT, "test", "corpus15", VAL.split) : join(ROOT, "test", "corpus15");
const SEED = VAL?.seed ?? 151515;
const N_DOCS = 26, N_DEV = 16; // 60 % / 40 %
const PDFS = ["docx", "cairo", "cairops"];

// ---------------------------------------------------------------- randomness
const { next: rnd, int, pick, shuffle, sample, reseed } = reseedable(SEED);

// ---------------------------------------------------------------- data
const SG = (y) => (y <= 2006 ? "Kofi A. Annan" : y <= 2016 ? "Ban Ki-moon" : "António Guterres");

/**
 * Table designs (README):
 * num5   No. | Objective | Expected accomplishment | Performance measure | Target (number from the section scheme, `1.1`)
 * para3  Objectives | Expected accomplishments | Performance measures, items as paragraphs separated by empty ones (2006)
 * nest3  Objective | Expected accomplishment | Performance measure, measures in a two-level bulleted list
 * head2  the objective a numbered bold paragraph above a two-column table of its own
 */
const DESIGNS = ["num5", "para3", "nest3", "head2"];
const ACC = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"] };
const MEAS = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"] };
const BULLETS = ["disc", "square", "circle"];
const letters = "abcdefghijklmnop";

function drawValue(ind) {
  const v = int(ind.lo, ind.hi);
  const fmt = (x) => x.toLocaleString("en-US");
  const inCell = ind.unit === "%" ? pick([`${ind.t}: ${v} per cent`, `${ind.t}: ${v}%`, `${ind.t} (${v}%)`]) : ind.unit === "days" ? pick([`${ind.t}: ${v}`, `${ind.t} (target: ${v} days)`]) : pick([`${ind.t}: ${fmt(v)}`, `${ind.t} (${fmt(v)})`]);
  const target = ind.unit === "%" ? pick([`${v}%`, `${v} per cent`, `≥ ${v}%`, `At least ${v}%`]) : ind.unit === "days" ? pick([`${v} days`, `≤ ${v} days`, `${v}`]) : pick([fmt(v), `At least ${fmt(v)}`, `≥ ${fmt(v)}`]);
  return { inCell, indicator: ind.t, target };
}

function drawRows(bank, used, n, design, notes) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const obj = freshObjective(pick, bank.objectives, bank === MANAGERIAL ? null : SCOPES, used, 300);
    if (!obj) break;
    const accs = sample(bank.accomplishments, int(1, design === "para3" ? 3 : 2));
    const inds = shuffle(bank.indicators);
    const nm = design === "nest3" ? int(2, 4) : int(1, 3);
    const measures = inds.slice(0, nm).map((ind) => ({ ...drawValue(ind), note: null }));
    // a footnote call after one measure in some rows (the note is not part of the measure)
    if (notes && rnd() < 0.35) measures[int(0, measures.length - 1)].note = pick(CELL_NOTES);
    // nest3: a head with the next measures one level deeper, in about half the rows
    let nest = null;
    if (design === "nest3" && measures.length >= 2 && rnd() < 0.7) { const at = int(0, measures.length - 2); nest = { at, head: pick(NEST_HEADS), depth: int(1, measures.length - 1 - at) }; }
    rows.push({ objective: obj, accs, measures, nest });
  }
  return rows;
}

// ---------------------------------------------------------------- the plan
const RULES = ["grid", "rows", "none"];
let SUBROWS = {}, LETTERED = {}, SCFORM = {};
function drawDocument(i) {
  const office = OFFICES[i % OFFICES.length];
  // eras dealt in turn (2006–10, 2011–18, 2019–24), within the years the office existed
  const SPANS = { a: [2006, 2010], b: [2011, 2018], c: [2019, 2024] };
  const era = [0, 1, 2].map((k) => "abc"[(i + k) % 3]).find((e) => SPANS[e][1] >= office.years[0]);
  const year = int(Math.max(office.years[0], SPANS[era][0]), Math.min(office.years[1], SPANS[era][1]));
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head };
  const style = {
    rules: RULES[(i + Math.floor(i / 3)) % 3],
    font: ["Liberation Serif", "Liberation Sans", "DejaVu Serif", "C059"][Math.floor(i / 2) % 4],
    size: pick([9, 10, 10, 11]),
    landscape: i % 3 !== 0,
    shade: rnd() < 0.5,
    footer: pick(["page-n-of-m", "page-n", "none"]),
    runningHeader: rnd() < 0.5,
    repeatHeader: i % 4 !== 3,
    keepRows: i % 5 === 2,
    signatures: pick(["side-by-side", "stacked"]),
    numbering: pick(["decimal", "decimal", "letters"]),
    notes: i % 2 === 1,
    missionsAs: office.missions ? pick(["list", "prose"]) : "none",
    gaForm: pick(["symbol", "words"]),
    scForm: "words",
  };
  style.ruled = style.rules === "grid";
  if (office.missions) style.scForm = (SCFORM[style.ruled] = (SCFORM[style.ruled] ?? 0) + 1) % 2 ? "symbol" : "words";
  const used = new Set();
  // two programme tables and a managerial one, the designs dealt in turn so that each crosses every style
  const designs = [DESIGNS[i % 4], DESIGNS[(i + 1) % 4], DESIGNS[(i + 2) % 4]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const ts = {
      design, managerial,
      plural: design === "para3" ? rnd() < 0.8 : rnd() < 0.4,
      accVocab: pick(Object.keys(ACC)), measVocab: pick(Object.keys(MEAS)),
      bullet: pick(BULLETS),
      accLettered: design === "head2" && (LETTERED[style.ruled] = (LETTERED[style.ruled] ?? 0) + 1) % 2 === 0,
      targetRows: design === "num5" && (SUBROWS[style.rules] = (SUBROWS[style.rules] ?? 0) + 1) % 2 === 1, // one sub-row per measure (rowspans) or one Target paragraph per measure
      caseUpper: rnd() < 0.25,
      fullStops: design === "para3" && rnd() < 0.5,
    };
    const bank = managerial ? MANAGERIAL : office;
    const n = design === "head2" ? int(3, 4) : design === "para3" ? int(4, 5) : int(4, 6);
    ts.rows = drawRows(bank, used, n, design, style.notes);
    return ts;
  });
  const missions = office.missions ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && m.acronym !== office.acronym), int(3, 5)) : [];
  const session = year - 1946;
  const scNo = year <= 2016 ? 1700 + (year - 2007) * 60 + int(0, 50) : 2330 + (year - 2016) * 54 + int(0, 50);
  const mon = int(0, 4), d1 = int(2, 24), d2 = Math.min(28, d1 + int(1, 12));
  const iso = (d) => `${year}-${String(mon + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return {
    year, era, office, entity: office.name, manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions,
    gaRes: `${session - 1}/${int(240, 290)}`, budgetDoc: `A/${session - 1}/6 (Sect. ${office.sect})`, scRes: missions.length ? { no: scNo, year: year - int(0, 1) } : null,
    signed: [iso(d1), iso(d2)], challenges: sample(office.challenges, int(2, 4)),
  };
}

// ---------------------------------------------------------------- sections (a numbered scheme)
function sections(doc) {
  const prog = doc.tables.filter((t) => !t.managerial), man = doc.tables.filter((t) => t.managerial);
  if (doc.style.numbering === "letters") return [{ id: "A", title: "PROGRAMME OBJECTIVES", tables: prog }, { id: "B", title: "MANAGEMENT OBJECTIVES", tables: man }, { id: "C", title: "CHALLENGES", tables: [] }];
  if (doc.era === "c") return [{ id: "1", title: "Delivering programme results", tables: prog }, { id: "2", title: "Managing human and financial resources", tables: man }, { id: "3", title: "Challenges and risks", tables: [] }];
  return [{ id: "1", title: "Programme objectives", tables: prog }, { id: "2", title: "Managerial objectives", tables: man }, { id: "3", title: "Challenges", tables: [] }];
}

// ---------------------------------------------------------------- the layout (HTML the .docx is made from)
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function labels(t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = { num5: ["No.", obj, acc, meas, "Target"], para3: [obj, acc, meas], nest3: [obj, acc, meas], head2: [acc, meas] }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const WIDTHS = { num5: [6, 27, 25, 28, 14], para3: [30, 33, 37], nest3: [30, 30, 40], head2: [45, 55] };

/** The document as HTML for LibreOffice's Writer/Web import, and its footnotes in order. */
function html(doc) {
  const s = doc.style, y = doc.year, o = doc.office;
  const notes = [];
  const note = (text) => { notes.push(text); const n = notes.length; return `<a class="sdfootnoteanc" name="sdfootnote${n}anc" href="#sdfootnote${n}sym"><sup>${n}</sup></a>`; };
  const H = [];
  const p = (t, a = "") => H.push(`<p${a}>${t}</p>`);
  if (doc.era === "a") {
    H.push(`<h1 align="center">${pick([`SENIOR MANAGER’S COMPACT ${y}`, `${y} SENIOR MANAGER’S COMPACT`])}</h1>`);
    p(`This compact is entered into between the Secretary-General of the United Nations, ${esc(doc.counterpart.name)}, and ${esc(doc.manager.name)}, ${esc(doc.manager.title)}, for the period 1 January to 31 December ${y}.`);
    p(`<b>Department/Office:</b> ${esc(doc.entity)}`);
  } else if (doc.era === "b") {
    H.push(`<h1 align="center">Senior Manager’s Compact for ${y}</h1>`);
    p(`<b>${esc(doc.manager.name)}</b><br>${esc(doc.manager.title)}`);
    p(`I, ${esc(doc.manager.name)}, commit to achieve the objectives set out in this compact for the ${esc(doc.entity)} in ${y}, within the resources approved by the General Assembly and in line with the delegation of authority entrusted to me by the Secretary-General.`);
  } else {
    p(`<b>${esc(doc.manager.name)}</b>`); p(esc(doc.manager.title)); p(esc(doc.entity)); p(`<b>${y}</b>`);
    p(`I will strive to fulfil the goals of the Charter of the United Nations and the mandates of the ${esc(doc.entity)}, using the authorities delegated to me by the Secretary-General to deliver the results below in ${y}.`);
  }
  const ga = s.gaForm === "symbol" ? `resolution A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  const gaNote = s.notes ? note(`See ${ga}, approving the programme budget.`) : "";
  p(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc})${gaNote}${s.notes ? "" : `, approved in ${ga}`}.`);
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "prose") p(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => `the ${esc(m.name)} (${m.acronym})`).join(", ")} and the ${esc(doc.missions.at(-1).name)} (${doc.missions.at(-1).acronym}).`);
    else { p(`Pursuant to ${sc}, the Office works closely with the following missions:`); H.push(`<ul>${doc.missions.map((m) => `<li>${esc(m.name)} (${m.acronym})</li>`).join("")}</ul>`); }
  }
  const tableAttrs = s.rules === "grid" ? ` border="1" rules="all" frame="box"` : s.rules === "rows" ? ` border="1" rules="rows" frame="hsides"` : ` border="0"`;
  const cellPad = ` cellpadding="5" cellspacing="0"`;
  const ul = (t, items) => `<ul type="${t.bullet}">${items.join("")}</ul>`;
  const nt = (m) => `${esc(m.inCell)}${m.note ? note(m.note) : ""}`;
  function measuresHtml(t, r) {
    if (t.design === "para3") return r.measures.map((m) => `<p>${nt(m)}${t.fullStops ? "." : ""}</p>`).join("<p></p>");
    if (t.design === "nest3" && r.nest) {
      const out = [];
      for (let j = 0; j < r.measures.length; j++) {
        if (j === r.nest.at) { out.push(`<li>${esc(r.nest.head)}${ul(t, r.measures.slice(j, j + r.nest.depth).map((m) => `<li>${nt(m)}</li>`))}</li>`); j += r.nest.depth - 1; }
        else out.push(`<li>${nt(r.measures[j])}</li>`);
      }
      return ul(t, out);
    }
    return ul(t, r.measures.map((m) => `<li>${nt(m)}</li>`));
  }
  const accHtml = (t, r) => (t.design === "para3" ? r.accs.map((a) => `<p>${esc(a)}${t.fullStops ? "." : ""}</p>`).join("<p></p>") : t.accLettered ? r.accs.map((a, i) => `<p>(${letters[i]}) ${esc(a)}</p>`).join("") : ul(t, r.accs.map((a) => `<li>${esc(a)}</li>`)));
  const head = (t) => `<thead><tr${s.shade ? ` bgcolor="#d9d9d9"` : ""}>${labels(t).map((l, c) => `<th width="${WIDTHS[t.design][c]}%">${esc(l)}</th>`).join("")}</tr></thead>`;
  const secs = sections(doc);
  for (const sec of secs) {
    let objNo = 0; // objectives numbered through the section: 1.1, 1.2 …
    H.push(`<h2>${sec.id}. ${esc(sec.title)}</h2>`);
    if (sec.tables.length) p(pick([`The following results will be delivered in ${y}.`, `In ${y}, I commit to the results set out below.`, `The Office will pursue the objectives below in ${y}.`]));
    sec.tables.forEach((t) => {
      if (t.design === "head2") {
        t.rows.forEach((r) => {
          objNo++;
          p(`<b>Objective ${sec.id}.${objNo}: ${esc(r.objective)}</b>`);
          H.push(`<table width="100%"${tableAttrs}${cellPad}>${head(t)}<tbody><tr><td valign="top">${accHtml(t, r)}</td><td valign="top">${measuresHtml(t, r)}</td></tr></tbody></table>`);
          p("");
        });
        return;
      }
      const rows = [];
      t.rows.forEach((r) => {
        const no = `${sec.id}.${++objNo}`;
        if (t.design === "num5" && t.targetRows) {
          const n = r.measures.length;
          r.measures.forEach((m, j) => {
            const lead = j === 0 ? `<td rowspan="${n}" valign="top">${no}</td><td rowspan="${n}" valign="top">${esc(r.objective)}</td><td rowspan="${n}" valign="top">${ul(t, r.accs.map((a) => `<li>${esc(a)}</li>`))}</td>` : "";
            rows.push(`<tr>${lead}<td valign="top">${nt({ inCell: m.indicator, note: m.note })}</td><td valign="top">${esc(m.target)}</td></tr>`);
          });
          return;
        }
        if (t.design === "num5") {
          rows.push(`<tr><td valign="top">${no}</td><td valign="top">${esc(r.objective)}</td><td valign="top">${ul(t, r.accs.map((a) => `<li>${esc(a)}</li>`))}</td><td valign="top">${ul(t, r.measures.map((m) => `<li>${nt({ inCell: m.indicator, note: m.note })}</li>`))}</td><td valign="top">${r.measures.map((m) => `<p>${esc(m.target)}</p>`).join("")}</td></tr>`);
          return;
        }
        rows.push(`<tr><td valign="top">${esc(r.objective)}</td><td valign="top">${accHtml(t, r)}</td><td valign="top">${measuresHtml(t, r)}</td></tr>`);
      });
      H.push(`<table width="100%"${tableAttrs}${cellPad}>${head(t)}<tbody>${rows.join("")}</tbody></table>`);
      p("");
    });
    if (!sec.tables.length) H.push(`<ol type="${pick(["1", "a"])}">${doc.challenges.map((c) => `<li>${esc(c)}</li>`).join("")}</ol>`);
  }
  const sig = (n, t, d) => [`_____________________________`, esc(n), esc(t), `Date: ${longDate(d)}`].join("<br>");
  const a = sig(doc.manager.name, doc.manager.title, doc.signed[0]), b = sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1]);
  if (s.signatures === "side-by-side") H.push(`<table width="100%" border="0" cellpadding="4"><tr><td width="50%" valign="top">${a}</td><td width="50%" valign="top">${b}</td></tr></table>`);
  else { p(a); p(""); p(b); }
  const body = H.join("\n");
  const foot = notes.map((n, k) => `<div id="sdfootnote${k + 1}"><p><a class="sdfootnotesym" name="sdfootnote${k + 1}sym" href="#sdfootnote${k + 1}anc">${k + 1}</a>${esc(n)}</p></div>`).join("\n");
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Senior Manager's Compact ${y}</title><style>body { font-family: '${s.font}'; font-size: ${s.size}pt } p, li, td, th { font-family: '${s.font}'; font-size: ${s.size}pt } h1 { font-size: ${s.size + 5}pt } h2 { font-size: ${s.size + 2}pt } h3 { font-size: ${s.size + 1}pt }</style></head><body>\n${body}\n${foot}\n</body></html>\n`;
}
const longDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

// ---------------------------------------------------------------- truth and features
function truthRow(section, t, r) {
  const nestedAt = (j) => r.nest && j === r.nest.at;
  const measures = [];
  r.measures.forEach((m, j) => { if (nestedAt(j)) measures.push(r.nest.head); measures.push(t.design === "num5" ? m.indicator : m.inCell); });
  const stop = (x) => (t.design === "para3" && t.fullStops ? `${x}.` : x);
  const row = { section, objective: r.objective, accomplishments: r.accs.map(stop), measures: measures.map(stop) };
  if (t.design === "num5") row.target = r.measures.map((m) => m.target);
  return row;
}
function tableFeatures(doc, t) {
  const f = [`design:${t.design}`, `cols:${labels(t).length}`, `acc-vocab:${t.accVocab}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed"];
  if (t.design === "num5") f.push("objective:numbered-column", "col:target", t.targetRows ? "target:sub-rows" : "target:paragraphs", `bullet:${t.bullet}`);
  if (t.design === "para3") f.push("items:blank-paragraphs", t.fullStops ? "items:full-stops" : "items:no-full-stops");
  if (t.design === "nest3") { f.push(`bullet:${t.bullet}`); if (t.rows.some((r) => r.nest)) f.push("cells:nested-bullets"); }
  if (t.design === "head2") f.push("objective:heading-above", "cols:2", t.accLettered ? "acc:lettered" : `bullet:${t.bullet}`);
  if (t.rows.some((r) => r.measures.some((m) => m.note))) f.push("cells:footnote");
  return [...new Set(f)];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables) for (const r of t.rows) {
    rows.push(truthRow(sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    if (r.nest) f.push("row:nested-bullets");
    if (r.measures.some((m) => m.note)) f.push("row:footnote");
    // measure → target where the table has a Target column (one per measure; a nesting head has none)
    const targets = r.measures.flatMap((m, j) => [...(r.nest && j === r.nest.at ? [null] : []), t.design === "num5" ? m.target : null]);
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: targets.map((target) => ({ accomplishment: null, target, baseline: null })) });
  }
  const s = doc.style;
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.rules}`, `font:${s.font.replace(/ /g, "-").toLowerCase()}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`, ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, s.landscape ? "landscape" : "portrait", s.repeatHeader ? "table-header:every-page" : "table-header:first-page-only", s.keepRows ? "rows:keep-together" : "rows:may-split", `sections:${s.numbering}`, ...(s.notes ? ["footnotes"] : []), "challenges"];
  return {
    kind: "compact", year: doc.year, manager: doc.manager, counterpart: doc.counterpart, entity: doc.entity,
    // The compact names its own office (the entity line, a running header): a political office in
    // the gazetteer is one of the missions it names (CONTRACT: every mission the compact names).
    signedOn: doc.signed, missions: [...MISSIONS.filter((m) => m.acronym === doc.office.acronym && m.start <= doc.year && m.end >= doc.year), ...doc.missions].map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    // the frame's resolutions, and resolution 1701 (2006) where a UNSCOL objective or accomplishment names it
    resolutions: [`A/RES/${doc.gaRes}`, ...(doc.scRes ? [`S/RES/${doc.scRes.no} (${doc.scRes.year})`] : []), ...(rows.some((r) => [r.objective, ...r.accomplishments].some((x) => x.includes("1701 (2006)"))) ? ["S/RES/1701 (2006)"] : [])], documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows, structure: { features, rows: srows },
  };
}

// ---------------------------------------------------------------- page cuts: scripts/corpus/page-cuts.mjs (harness.mjs pagesAndCuts)

// ---------------------------------------------------------------- main
function plan() {
  reseed(SEED);
  SUBROWS = {}; LETTERED = {}; SCFORM = {};
  const drawn = [];
  for (let i = 0; i < N_DOCS; i++) drawn.push(drawDocument(i));
  // the split, by a seeded shuffle made before any score: 16 documents to dev15, 10 to holdout15
  const drawnSplits = splitsOf(N_DOCS, N_DEV, shuffle, 15);
  const splits = VAL ? drawn.map((_, i) => ({ id: VAL.id(i), split: VAL.split })) : drawnSplits;
  return drawn.map((d, i) => {
    reseed(SEED + 1000 + i); // each layout's own draw
    return { ...d, ...splits[i], html: html(d) };
  });
}
function docxOptions(doc) {
  const s = doc.style;
  return { landscape: s.landscape, footer: s.footer, runningHeader: s.runningHeader ? `${doc.office.acronym} — Senior Manager’s Compact ${doc.year}` : null, repeatHeader: s.repeatHeader, keepRows: s.keepRows, margin: s.landscape ? 1020 : 1134 };
}
/** A document's folder under OUT: its split's, or OUT itself for a validation draw. */
const folderOf = (doc) => (VAL ? "." : doc.split);
function manifestEntry(doc, truth) {
  const features = manifestFeatures(truth);
  const dir = folderOf(doc), id = doc.id;
  const renderings = { "docx.pdf": `${dir}/${id}.docx.pdf`, "cairo.pdf": `${dir}/${id}.cairo.pdf`, "cairops.pdf": `${dir}/${id}.cairops.pdf`, txt: `${dir}/${id}.txt`, md: `${dir}/${id}.md` };
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, rows: truth.rows.length, features, style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, layoutSha256: sha(doc.html + JSON.stringify(docxOptions(doc))) };
}

const docs = plan();
runModes(OUT, 15, docs, { truthOf, manifestEntry });

const { work, env, soffice, done } = printRun(15);
const todo = docs.filter((d) => !ONLY || ONLY.includes(d.id));
for (const doc of todo) writeFileSync(join(work, `${doc.id}.html`), doc.html);
// LibreOffice: HTML → .docx (Writer's HTML import), all documents in one run
mkdirSync(join(work, "lo-docx"), { recursive: true });
soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", join(work, "lo-docx"), ...todo.map((d) => join(work, `${d.id}.html`))]);
// the .docx re-opened: page, header/footer, row breaking, header repetition
for (const doc of todo) {
  writeFileSync(join(work, `${doc.id}.opts.json`), JSON.stringify(docxOptions(doc)));
  execFileSync("/usr/bin/python3", [join(HERE, "docx.py"), join(work, "lo-docx", `${doc.id}.docx`), join(work, `${doc.id}.docx`), join(work, `${doc.id}.opts.json`)], { stdio: ["ignore", "ignore", "inherit"] });
}
// LibreOffice prints every .docx in one run
soffice(["--convert-to", "pdf", "--outdir", join(work, "pdf"), ...todo.map((d) => join(work, `${d.id}.docx`))]);
const entries = [];
for (const doc of todo) {
  const dir = join(OUT, folderOf(doc)), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  const docxPdf = join(dir, `${id}.docx.pdf`);
  copyFileSync(join(work, "pdf", `${id}.pdf`), docxPdf);
  execFileSync("pdftocairo", ["-pdf", docxPdf, join(dir, `${id}.cairo.pdf`)], { env });
  execFileSync("pdftocairo", ["-ps", docxPdf, join(work, `${id}.ps`)], { env });
  execFileSync("ps2pdf", [join(work, `${id}.ps`), join(dir, `${id}.cairops.pdf`)], { env });
  execFileSync("pdftotext", ["-layout", join(dir, `${id}.cairo.pdf`), join(dir, `${id}.txt`)]);
  execFileSync("pandoc", ["-f", "docx", "-t", "gfm", "--wrap=none", "-o", join(dir, `${id}.md`), join(work, `${id}.docx`)]);
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = { ...manifestEntry(doc, truth), ...pagesAndCuts(Object.fromEntries(PDFS.map((k) => [k, join(dir, `${id}.${k}.pdf`)])), truth) };
  e.cutRows.txt = e.cutRows.cairo;
  entries.push(e);
  process.stdout.write(`${id} `);
}
done();
if (!ONLY) {
  const version = producerVersion;
  const producers = { soffice: version("soffice", ["--version"]), pdftocairo: version("sh", ["-c", "pdftocairo -v 2>&1"]), ps2pdf: `Ghostscript ${version("gs", ["--version"])}`, pdftotext: version("sh", ["-c", "pdftotext -v 2>&1"]), pandoc: version("pandoc", ["--version"]) };
  if (VAL) writeDrawManifest(OUT, 15, VAL, producers, entries);
  else writeManifest(OUT, 15, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries });
}
