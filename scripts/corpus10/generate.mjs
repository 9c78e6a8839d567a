#!/usr/bin/env node
/**
 * The tenth compact corpus (test/corpus10/): compacts laid out by a page layout of our own and
 * written as PDF the way Microsoft Word ("Save as PDF") and Acrobat Distiller (a print through
 * PScript5) write them, with pdf-lib and TrueType subsets of Liberation / DejaVu.
 *
 *   node scripts/corpus10/generate.mjs            # everything: PDFs, pdftotext -layout text, Markdown, truth, manifest
 *   node scripts/corpus10/generate.mjs --check    # draws truth, Markdown, layout and manifest again in memory and compares with the committed files
 *   node scripts/corpus10/generate.mjs --check --pdf   # the same with both PDFs written again and compared byte for byte (slower)
 *   node scripts/corpus10/generate.mjs --split dev10b  # write only that split's files (the manifest entries of every split are drawn again, the same)
 *
 * One data model per document (frame by era, tables, truth) drives the layout, the Markdown and
 * the truth, so the truth is exact by construction. See test/corpus10/README.md.
 */
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PDFDocument, PDFName, PDFString, PDFHexString, PDFDict } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import { OFFICES, DOMAINS, MANAGERIAL, GIVEN, FAMILY } from "./banks.mjs";
import { mulberry32 } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--pdf", "--split"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus10");
const SEED = 101010;
const N_DOCS = 33; // every third planned document goes to holdout10
/**
 * dev10b: a second tuning split drawn on 2026-12-02 (session 14), after dev10 was tuned to 87-100 %
 * while holdout10's text rendering stayed at 99/115: dev10 is too small to show every layout the
 * held-out part holds. Its own plan from its own seed, drawn after dev10/holdout10's, which stay
 * unchanged. Its plan alone crosses every feature (>= 3 documents, ruled and borderless), as
 * dev10/holdout10's does: no 24-document plan of seeds 101111-101410 does (the best misses one
 * marker's ruled side), the first 27-document one is 101372 — SEED_B, so the search below stops at once.
 */
const SEED_B = 101372;
const N_DOCS_B = 27;
const SPLITS = ["dev10", "holdout10", "dev10b"];
/** --split S: write only split S's files, keeping the other splits' files as they are. */
const args = process.argv.slice(2);
const ONLY = args.includes("--split") ? args[args.indexOf("--split") + 1] : undefined;
if (ONLY && !SPLITS.includes(ONLY)) { console.error(`--split: one of ${SPLITS.join(", ")}`); process.exit(2); }
const CHECK = process.argv.includes("--check");
/** `--check` alone skips writing the PDFs (the slow part: font subsets) and leaves their hashes out of the comparison; `--check --pdf` compares them too. */
const CHECK_PDF = process.argv.includes("--pdf");

// ---------------------------------------------------------------- randomness
const mk = (seed) => {
  const r = mulberry32(seed);
  const R = {
    f: r,
    int: (a, b) => a + Math.floor(r() * (b - a + 1)),
    pick: (xs) => xs[Math.floor(r() * xs.length)],
    chance: (p) => r() < p,
    shuffle: (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample: (xs, n) => R.shuffle(xs).slice(0, n),
  };
  return R;
};

// ---------------------------------------------------------------- vocabulary of the frame
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const sgOf = (y) => (y <= 2006 ? { name: "Kofi A. Annan", truth: "Kofi A. Annan" } : y <= 2016 ? { name: "Ban Ki-moon", truth: "Ban Ki-moon" } : { name: "António Guterres", truth: "António Guterres" });
/** The budget of a year: biennial until 2019 (session of the biennium's first year), annual from 2020; the GA resolution approving it. */
const BUDGET_RES = { 2006: "60/247", 2008: "62/237", 2010: "64/243", 2012: "66/248", 2014: "68/247", 2016: "70/247", 2018: "72/262", 2020: "74/264", 2021: "75/253", 2022: "76/246", 2023: "77/263", 2024: "78/253" };
function budgetOf(y, sect) {
  const first = y >= 2020 ? y : y % 2 === 0 ? y : y - 1;
  const session = first - 1946;
  return { doc: `A/${session}/6 (Sect. ${sect})`, res: `A/RES/${BUDGET_RES[first]}`, resShort: BUDGET_RES[first], period: y >= 2020 ? `${y}` : `biennium ${first}-${first + 1}` };
}
function missionsActive(y) {
  const lines = readFileSync(join(ROOT, "data", "un-missions.tsv"), "utf8").trim().split("\n").slice(1);
  return lines.map((l) => l.split("\t")).filter(([, , , s, e]) => Number(s) <= y && (!e || Number(e) >= y)).map(([acronym, name, kind]) => ({ acronym, name, kind }))
    .filter((m) => /^[A-Z][A-Z-]+$/.test(m.acronym) && m.acronym.length <= 9);
}

// Markers: how a Word list draws each (the glyph, the font it is set in, the PUA code Word's
// Symbol/Wingdings ToUnicode gives it).
const MARKERS = {
  "•": { glyph: "•", font: "SYM", pua: 0xf0b7 },
  "▪": { glyph: "▪", font: "SYM", pua: 0xf0a7 },
  "➢": { glyph: "➢", font: "SYM", pua: 0xf0d8 },
  o: { glyph: "o", font: "MONO" },
  "–": { glyph: "–", font: "R" },
  "-": { glyph: "-", font: "R" },
  "(a)": { seq: (i) => `(${String.fromCharCode(97 + i)})`, font: "R" },
  "(i)": { seq: (i) => `(${["i", "ii", "iii", "iv", "v", "vi", "vii"][i]})`, font: "R" },
  "1.": { seq: (i) => `${i + 1}.`, font: "R" },
  "a)": { seq: (i) => `${String.fromCharCode(97 + i)})`, font: "R" },
  none: null,
};
const MARKER_KEYS = Object.keys(MARKERS);
const markerText = (key, i) => (key === "none" ? "" : MARKERS[key].seq ? MARKERS[key].seq(i) : MARKERS[key].glyph);

const VOCAB = {
  objective: { singular: "Objective", plural: "Objectives" },
  acc: { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] },
  meas: { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] },
};
const caseOf = (s, c) => (c === "upper" ? s.toUpperCase() : c === "title" ? s.replace(/\b([a-z])([a-z]*)/g, (m, a, b) => (["of", "and"].includes(m) ? m : a.toUpperCase() + b)) : s);

// ---------------------------------------------------------------- planning a document
const DESIGNS = ["column/flat/3", "column/risks/4", "column/rowspan/3", "spanning/flat/3", "column/measure-rows/4", "heading/flat/2", "spanning/rowspan/2"];
const FONTS = [
  { key: "liberation-serif", R: "liberation/LiberationSerif-Regular.ttf", B: "liberation/LiberationSerif-Bold.ttf", I: "liberation/LiberationSerif-Italic.ttf", name: "TimesNewRomanPSMT", size: [10, 11, 12] },
  { key: "liberation-sans", R: "liberation/LiberationSans-Regular.ttf", B: "liberation/LiberationSans-Bold.ttf", I: "liberation/LiberationSans-Italic.ttf", name: "ArialMT", size: [9, 10, 11] },
  { key: "liberation-sans-narrow", R: "liberation/LiberationSansNarrow-Regular.ttf", B: "liberation/LiberationSansNarrow-Bold.ttf", I: "liberation/LiberationSansNarrow-Italic.ttf", name: "ArialNarrow", size: [10, 11] },
  { key: "dejavu-sans", R: "dejavu/DejaVuSans.ttf", B: "dejavu/DejaVuSans-Bold.ttf", I: "dejavu/DejaVuSans-Oblique.ttf", name: "Verdana", size: [8.5, 9, 10] },
  { key: "dejavu-serif", R: "dejavu/DejaVuSerif.ttf", B: "dejavu/DejaVuSerif-Bold.ttf", I: "dejavu/DejaVuSerif-Italic.ttf", name: "Cambria", size: [9, 10] },
  { key: "dejavu-sans-condensed", R: "dejavu/DejaVuSansCondensed.ttf", B: "dejavu/DejaVuSansCondensed-Bold.ttf", I: "dejavu/DejaVuSansCondensed-Oblique.ttf", name: "Tahoma", size: [9, 10] },
];
const FONT_DIR = "/usr/share/fonts/truetype";

function planDocuments(seed, nDocs = N_DOCS, splitOf = (i) => (i % 3 === 2 ? "holdout10" : "dev10"), idPrefix = "d10") {
  const R = mk(seed);
  const docs = [];
  const offices = R.shuffle(OFFICES);
  const designStart = R.int(0, DESIGNS.length - 1);
  let designCursor = designStart;
  // Markers dealt round-robin over the lists of ruled and of borderless documents separately.
  const markerDeal = { ruled: R.int(0, MARKER_KEYS.length - 1), borderless: R.int(0, MARKER_KEYS.length - 1) };
  const usedNames = new Set();
  for (let i = 0; i < nDocs; i++) {
    const id = `${idPrefix}-${String(i + 1).padStart(3, "0")}`;
    const split = splitOf(i);
    // Years spread over 2006–2024; the office must exist in the year.
    let year = 2006 + ((i * 7 + R.int(0, 3)) % 19);
    let office = offices[i % offices.length];
    if (year < office.from) year = office.from + ((i * 3) % (2025 - office.from));
    const era = year <= 2010 ? "a" : year <= 2016 ? "b" : year <= 2018 ? "c" : "d";
    let name;
    do name = `${R.pick(GIVEN)} ${R.pick(FAMILY)}`; while (usedNames.has(name));
    usedNames.add(name);
    const gender = ["Ingrid", "Adaeze", "Mei-Ling", "Birgit", "Lucía", "Wanjiru", "Farida", "Sunita", "Leila", "Ruth"].includes(name.split(" ")[0]) ? "Ms." : "Mr.";
    const sg = sgOf(year);
    const month = R.int(0, 3), day = R.int(2, 27);
    const signed = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const signedText = `${day} ${MONTHS[month]} ${year}`;
    const budget = budgetOf(year, office.sect);
    const nMissions = R.pick([0, 2, 3, 4]);
    const missions = R.sample(missionsActive(year), nMissions);
    const missionsAs = era === "a" ? "list" : ["prose", "runon", "list"][i % 3];
    const profileRuled = R.chance(0.68); // about a third borderless
    const rules = profileRuled ? R.pick(["grid", "grid", "horizontal"]) : "none";
    const font = R.pick(FONTS);
    const style = {
      font: font.key,
      size: R.pick(font.size),
      paper: R.chance(0.6) ? "a4" : "letter",
      rules,
      tagged: R.chance(0.5),
      bulletMap: R.pick(["pua", "pua", "none", "unicode"]),
      justify: R.chance(0.6),
      runSplits: R.chance(0.5),
      textFirst: R.chance(0.5), // cells' text written before their borders
      headerShade: R.pick(["none", "grey", "dark"]),
      vcenter: R.chance(0.35),
      keepRows: R.chance(0.4),
      repeatHeader: R.chance(0.75),
      runningHeader: R.chance(0.6),
      footer: R.pick(["page-n-of-m", "page-n", "page-n-of-m"]),
      signatures: R.pick(["side", "stacked"]),
      headerCase: R.pick(["sentence", "title", "upper"]),
      headerPlural: R.chance(0.5),
      headerWrap: R.chance(0.5),
      margin: R.pick([72, 72, 56.7, 64.8]),
    };
    const dom = DOMAINS[office.domain];
    // Tables: 3–4 programme tables of 2–3 objectives each, plus one managerial table.
    const objPool = R.shuffle(dom.objectives);
    const nTables = R.int(3, 4);
    const tables = [];
    let oi = 0;
    const ruledKey = profileRuled ? "ruled" : "borderless";
    const nextMarker = () => MARKER_KEYS[markerDeal[ruledKey]++ % MARKER_KEYS.length];
    const makeMeasure = (m, withValue) => {
      const base = R.int(m.lo, m.hi);
      const up = !/time of|Average|older than|Vacancy rate/.test(m.t);
      const perCent = R.chance(0.25);
      let target = up ? Math.round(base + Math.max(1, (m.hi - m.lo) * (0.05 + R.f() * 0.15))) : Math.max(m.u === "%" ? 1 : 1, Math.round(base - Math.max(1, (m.hi - m.lo) * (0.05 + R.f() * 0.15))));
      if (m.u === "%" && target > 100) target = 100;
      const fmt = (v) => (m.u === "%" ? (perCent ? `${v} per cent` : `${v}%`) : m.u === "days" ? `${v} days` : v >= 1000 ? v.toLocaleString("en-US") : String(v));
      const tf = fmt(target), bf = fmt(base);
      return withValue ? { text: m.t.replace("{v}", tf), baseline: null, target: null } : { text: m.t.replace(/^\{v\} (reduction|increase) /, (x, w) => `${w[0].toUpperCase()}${w.slice(1)} `).replace(/\{v\} of /, "Percentage of ").replace(/^\{v\} /, "Number of ").replace(/ of \{v\}$/, "").replace(/ to \{v\}$/, "").replace(/ within \{v\} of /, " within days of ").replace("{v}", "").replace(/\s+/g, " ").trim(), baseline: bf, target: tf };
    };
    const buildRows = (design, n, bank, section) => {
      const rows = [];
      for (let k = 0; k < n; k++) {
        const objective = bank === "man" ? R.shuffle(MANAGERIAL.objectives).find((o) => !tables.some((t) => t.rows.some((r) => r.objective === o)) && !rows.some((r) => r.objective === o)) : objPool[oi++ % objPool.length];
        const b = bank === "man" ? MANAGERIAL : dom;
        const accs = R.shuffle(b.accomplishments), meas = R.shuffle(b.measures), risks = R.shuffle(b.risks);
        let subs;
        if (/measure-rows/.test(design)) subs = meas.slice(0, R.int(2, 4)).map((m) => ({ acc: [], meas: [makeMeasure(m, false)] }));
        else if (/rowspan/.test(design)) subs = accs.slice(0, R.int(2, 3)).map((a, j) => ({ acc: [a], meas: meas.slice(j * 3, j * 3 + R.int(1, 3)).map((m) => makeMeasure(m, true)) }));
        else subs = [{ acc: accs.slice(0, R.int(1, 3)), meas: meas.slice(0, R.int(1, 4)).map((m) => makeMeasure(m, true)) }];
        rows.push({ section, objective, subs, risks: /risks/.test(design) || (design === "spanning/flat/3") ? risks.slice(0, R.int(1, 2)) : null });
      }
      return rows;
    };
    const sections = era === "a" ? ["A.2", "B"] : era === "b" ? ["II", "III"] : era === "c" ? ["A", "B"] : ["A", "B"];
    for (let t = 0; t < nTables + 1; t++) {
      const managerial = t === nTables;
      const design = DESIGNS[designCursor++ % DESIGNS.length];
      const n = /heading/.test(design) ? R.int(1, 2) : /measure-rows|rowspan/.test(design) ? 2 : R.int(2, 3);
      const accVocab = R.pick(Object.keys(VOCAB.acc)), measVocab = R.pick(Object.keys(VOCAB.meas));
      const mk1 = nextMarker();
      let mk2 = nextMarker();
      const spanLabel = R.pick(["Objective: ", "Objective N: ", ""]);
      tables.push({
        design, managerial, section: managerial ? sections[1] : sections[0], accVocab, measVocab,
        measMarker: mk1, accMarker: mk2, riskMarker: R.pick(["•", "-", "none"]),
        riskPos: R.pick(["middle", "last"]), spanLabel, headingLabel: R.pick(["Objective N: ", "N. ", ""]),
        rows: buildRows(design, n, managerial ? "man" : "prog", managerial ? sections[1] : sections[0]),
        colFrac: null,
      });
    }
    const challenges = R.sample(dom.challenges, R.int(3, 4));
    const challengeMarker = R.pick(["•", "(a)", "1.", "–", "none"]);
    docs.push({ id, split, year, era, office, manager: { name, gender, title: office.title }, sg, signed, signedText, budget, missions, missionsAs, style, tables, challenges, challengeMarker, profileRuled, seed: seed + i * 977 });
  }
  return docs;
}

// ---------------------------------------------------------------- the document's blocks (shared by PDF and Markdown)
const Q = "’";
function blocksOf(doc) {
  const { year, era, office, manager, sg, budget, missions } = doc;
  const B = [];
  const P = (text, o = {}) => B.push({ t: "para", text, ...o });
  const missionName = (m) => `${m.name} (${m.acronym})`;
  const missionProse = () => {
    if (!missions.length) return;
    if (doc.missionsAs === "list") {
      P(era === "a" ? "The following mandates of peace operations will also shape the programme in the year:" : "The Office works closely with the following missions:");
      B.push({ t: "list", items: missions.map(missionName), marker: "•" });
    } else if (doc.missionsAs === "runon") {
      P(`In ${year}, the ${office.acronym} will support the mandates of ${missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${missions.at(-1).acronym}, in line with the resolutions of the Security Council.`);
    } else {
      for (const m of missions) P(`Cooperation with the ${missionName(m)} will continue throughout ${year}.`);
    }
  };
  const budgetLine = () => P(`The programme of work for ${year} is set out in the proposed programme budget (${budget.doc}), as approved by the General Assembly in ${doc.seed % 2 ? `its resolution ${budget.resShort}` : budget.res}.`);
  const progIntro = [], manIntro = [];
  if (era === "a") {
    P(`${year} SENIOR MANAGER${Q}S COMPACT`, { f: "B", align: "center", size: 1.2 });
    P(`Between ${manager.gender} ${manager.name}, ${manager.title}, and the Secretary-General, Mr. ${sg.name}`, { align: "center" });
    P(`DEPARTMENT/OFFICE: ${office.name}`, { f: "B" });
    P("A. PROGRAMME OBJECTIVES", { f: "B", heading: true });
    P("1. Mandates", { f: "B", heading: true });
    budgetLine();
    missionProse();
    P("2. Priority programme objectives", { f: "B", heading: true });
    progIntro.push("B. MANAGERIAL OBJECTIVES");
  } else if (era === "b") {
    P(`Senior Manager${Q}s Compact ${year}`, { f: "B", align: "center", size: 1.2 });
    P(`between the Secretary-General and the ${manager.title}`, { align: "center" });
    P(office.name, { f: "B", align: "center" });
    P("I. Introduction", { f: "B", heading: true });
    P(`This compact is concluded between the Secretary-General, ${sg.name}, and ${manager.name}, ${manager.title}, for the period from 1 January to 31 December ${year}.`);
    budgetLine();
    missionProse();
    P("II. Programme objectives and key performance indicators", { f: "B", heading: true });
    progIntro.push("III. Managerial objectives");
  } else if (era === "c") {
    P(`SENIOR MANAGER${Q}S COMPACT for ${year}`, { f: "B", align: "center", size: 1.2 });
    P(`${manager.name}, ${manager.title}, will strive to fulfil the goals of the United Nations Charter in the spirit of the reform of the Organization. I commit to achieve the objectives detailed below, and I will be accountable for the results.`);
    budgetLine();
    missionProse();
    P("A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", { f: "B", heading: true });
    P(`1. I will give special attention to delivering the following results in ${year}.`);
    progIntro.push("B. MANAGING RESOURCES");
  } else {
    const al = doc.seed % 3 ? "left" : "right";
    P(manager.name, { f: "B", align: al, tight: true });
    P(manager.title, { align: al, tight: true });
    P(String(year), { f: "B", align: al });
    P(`I, ${manager.name}, ${manager.title}, commit myself to using the authorities delegated to me by the Secretary-General to achieve the results set out below, in line with the Charter of the United Nations and the priorities of the Organization.`);
    budgetLine();
    missionProse();
    P("SECTION 1 : DELIVERING RESULTS", { f: "B", heading: true });
    P("A. ACHIEVING PROGRAMME OBJECTIVES", { f: "B", heading: true });
    progIntro.push("B. MANAGING RESOURCES");
  }
  let objN = 0;
  for (const t of doc.tables) {
    if (t.managerial) P(progIntro[0], { f: "B", heading: true });
    if (/^heading/.test(t.design)) {
      for (const r of t.rows) {
        objN++;
        const label = t.headingLabel === "Objective N: " ? `Objective ${objN}: ` : t.headingLabel === "N. " ? `${objN}. ` : "";
        B.push({ t: "para", text: label + r.objective, f: "B", heading: true, objectiveHeading: true, keepNext: true });
        B.push({ t: "table", table: t, rows: [r] });
      }
    } else {
      B.push({ t: "table", table: t, rows: t.rows, startN: objN });
      objN += t.rows.length;
    }
  }
  P(era === "a" ? "C. CHALLENGES" : era === "b" ? "IV. Challenges" : era === "c" ? "C. CHALLENGES" : "SECTION 2 : CHALLENGES", { f: "B", heading: true });
  B.push({ t: "list", items: doc.challengeMarker === "none" ? doc.challenges.map((c) => c + ".") : doc.challenges, marker: doc.challengeMarker });
  // Eras c and d print the entity nowhere else: the signature names it (FORMATS.md: "entity … only in the signature").
  B.push({ t: "sig", side: doc.style.signatures === "side", left: [manager.name, manager.title, ...(era === "c" || era === "d" ? [office.name] : []), `Date: ${doc.signedText}`], right: [sg.name, "Secretary-General", `Date: ${doc.signedText}`] });
  return B;
}

/** The cells of one table: header labels and the column kinds, in printed order. */
function columnsOf(t, style) {
  const pl = style.headerPlural ? 1 : 0;
  const acc = VOCAB.acc[t.accVocab][pl], meas = VOCAB.meas[t.measVocab][pl], obj = pl ? "Objectives" : "Objective";
  const d = t.design;
  let cols;
  if (d === "column/flat/3" || d === "column/rowspan/3") cols = [["obj", obj, 0.3], ["acc", acc, 0.33], ["meas", meas, 0.37]];
  else if (d === "column/risks/4") cols = t.riskPos === "middle" ? [["obj", obj, 0.24], ["acc", acc, 0.24], ["risk", "Risks and mitigations", 0.24], ["meas", meas, 0.28]] : [["obj", obj, 0.24], ["acc", acc, 0.24], ["meas", meas, 0.28], ["risk", "Risks and mitigations", 0.24]];
  else if (d === "spanning/flat/3") cols = [["acc", acc, 0.32], ["risk", "Risks and mitigations", 0.3], ["meas", meas, 0.38]];
  else if (d === "spanning/rowspan/2" || d === "heading/flat/2") cols = [["acc", acc, 0.45], ["meas", meas, 0.55]];
  else cols = [["obj", obj, 0.34], ["meas", meas, 0.4], ["base", "Baseline", 0.13], ["target", "Target", 0.13]];
  return cols.map(([kind, label, frac]) => ({ kind, label: caseOf(label, style.headerCase), frac }));
}

// ---------------------------------------------------------------- truth
function truthOf(doc) {
  const rows = [], srows = [];
  const docFeatures = docFeaturesOf(doc);
  for (const t of doc.tables) {
    const cols = columnsOf(t, doc.style);
    for (const r of t.rows) {
      const row = { section: r.section, objective: r.objective, accomplishments: r.subs.flatMap((s) => s.acc), measures: r.subs.flatMap((s) => s.meas.map((m) => m.text)) };
      if (cols.some((c) => c.kind === "risk")) row.risksAndMitigations = r.risks;
      if (/measure-rows/.test(t.design)) { row.baseline = r.subs.flatMap((s) => s.meas.map((m) => m.baseline)); row.target = r.subs.flatMap((s) => s.meas.map((m) => m.target)); }
      if (t.measMarker === "none" && !/measure-rows/.test(t.design)) row.measures = row.measures.map((m) => m + ".");
      if (t.accMarker === "none" && !/rowspan/.test(t.design)) row.accomplishments = row.accomplishments.map((a) => a + ".");
      if (row.risksAndMitigations && t.riskMarker === "none") row.risksAndMitigations = row.risksAndMitigations.map((a) => a + ".");
      rows.push(row);
      const rowspan = /rowspan/.test(t.design);
      srows.push({
        section: r.section, objective: r.objective, features: tableFeatures(t, doc),
        measures: r.subs.flatMap((s, j) => s.meas.map((m) => ({ accomplishment: rowspan ? j : null, target: m.target, baseline: m.baseline }))),
      });
    }
  }
  return {
    kind: "compact", year: doc.year,
    manager: { name: doc.manager.name, title: doc.manager.title },
    counterpart: { name: doc.sg.truth, title: "Secretary-General" },
    entity: doc.office.name,
    signedOn: [doc.signed, doc.signed],
    missions: doc.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    // A Security Council resolution named in a cell (the disarmament bank) is a resolution the compact names.
    resolutions: [doc.budget.res, ...(doc.tables.some((t) => t.rows.some((r) => r.subs.some((s) => s.acc.some((a) => /resolution 1540 \(2004\)/.test(a))))) ? ["S/RES/1540 (2004)"] : [])], documents: [doc.budget.doc], resolutionDates: {},
    challenges: doc.challenges.length,
    rows,
    structure: { features: docFeatures, rows: srows },
  };
}
function tableFeatures(t, doc) {
  const f = [`objective:${t.design.split("/")[0]}`, `subrows:${t.design.split("/")[1] === "risks" ? "flat" : t.design.split("/")[1]}`, `cols:${t.design.split("/")[2]}`, `header:${doc.style.headerCase}`, `meas-vocab:${t.measVocab}`, `marker:${/measure-rows/.test(t.design) ? "single" : t.measMarker}`];
  if (!/measure-rows/.test(t.design)) f.push(`acc-vocab:${t.accVocab}`, `acc-marker:${/rowspan/.test(t.design) ? "single" : t.accMarker}`);
  else f.push("no-accomplishment", "col:baseline", "col:target");
  if (/risks|spanning\/flat/.test(t.design)) f.push("col:risks");
  if (t.design === "column/risks/4" && t.riskPos === "middle") f.push("order:risks-middle");
  if (doc.style.repeatHeader) f.push("header-repeated");
  if (doc.style.headerShade !== "none") f.push(`header-shade:${doc.style.headerShade}`);
  if (doc.style.headerWrap) f.push("header-wrapped");
  if (doc.style.vcenter) f.push("cells-vcenter");
  if (doc.style.keepRows) f.push("cells-keep-rows");
  if (/^spanning/.test(t.design)) f.push(`objective:label-${t.spanLabel ? t.spanLabel.trim().replace(/ N:/, "-n").replace(/:/, "").toLowerCase() : "bare"}`);
  if (/^heading/.test(t.design)) f.push(`objective:heading-${t.headingLabel === "Objective N: " ? "objective-n" : t.headingLabel ? "number" : "bare"}`);
  return f;
}
function docFeaturesOf(doc) {
  const s = doc.style;
  const f = [`era:${doc.era}`, `font:${s.font}`, `paper:${s.paper}`, `rules:${s.rules}`, doc.profileRuled ? "ruled" : "borderless", `bullets:${s.bulletMap}`, `page-footer:${s.footer}`, `signatures:${s.signatures}`, `challenge-marker:${doc.challengeMarker}`, "challenges"];
  if (s.tagged) f.push("tagged");
  if (s.justify) f.push("justified");
  if (s.runSplits) f.push("runs-split");
  if (s.textFirst) f.push("text-before-borders");
  if (s.runningHeader) f.push("running-header");
  if (doc.missions.length) f.push(`missions-${doc.missionsAs}`);
  f.push(`preamble:${{ a: "between", b: "concluded", c: "will-strive", d: "header-block" }[doc.era]}`);
  return f.sort();
}

// ---------------------------------------------------------------- Markdown
function markdownOf(doc, blocks) {
  const out = [];
  const cellItems = (items, key) => items.map((x, i) => (key === "none" ? x : `${markerText(key, i)} ${x}`)).join("<br>");
  const esc = (s) => s.replace(/\|/g, "\\|");
  for (const b of blocks) {
    if (b.t === "para") out.push(b.heading || b.f === "B" ? `**${b.text}**` : b.text, "");
    else if (b.t === "list") { b.items.forEach((x, i) => out.push(`${b.marker === "none" ? "" : markerText(b.marker, i) + " "}${x}`)); out.push(""); }
    else if (b.t === "sig") { out.push("______________________________", ...b.left.map((l) => l), "", "______________________________", ...b.right, ""); }
    else if (b.t === "table") {
      const t = b.table, cols = columnsOf(t, doc.style);
      out.push(`| ${cols.map((c) => esc(c.label)).join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`);
      let n = b.startN ?? 0;
      for (const r of b.rows) {
        n++;
        if (/^spanning/.test(t.design)) out.push(`| **${t.spanLabel === "Objective N: " ? `Objective ${n}: ` : t.spanLabel}${esc(r.objective)}** |${cols.slice(1).map(() => " ").join("|")}|`);
        const rowspan = /rowspan|measure-rows/.test(t.design);
        r.subs.forEach((s, j) => {
          const cell = (c) => {
            if (c.kind === "obj") return j === 0 ? esc(r.objective) : "";
            if (c.kind === "acc") return rowspan ? s.acc.map(esc).join("<br>") : esc(cellItems(t.accMarker === "none" ? s.acc.map((a) => a + ".") : s.acc, t.accMarker));
            if (c.kind === "meas" && /measure-rows/.test(t.design)) return esc(s.meas[0].text);
            if (c.kind === "meas") return esc(cellItems(s.meas.map((m) => (t.measMarker === "none" ? m.text + "." : m.text)), t.measMarker));
            if (c.kind === "risk") return j === 0 ? esc(cellItems(t.riskMarker === "none" ? r.risks.map((x) => x + ".") : r.risks, t.riskMarker)) : "";
            if (c.kind === "base") return s.meas[0].baseline;
            if (c.kind === "target") return s.meas[0].target;
            return "";
          };
          out.push(`| ${cols.map(cell).join(" | ")} |`);
        });
      }
      out.push("");
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

// ---------------------------------------------------------------- fonts and measuring
function loadFonts(doc) {
  const fam = FONTS.find((f) => f.key === doc.style.font);
  const bytes = { R: readFileSync(join(FONT_DIR, fam.R)), B: readFileSync(join(FONT_DIR, fam.B)), I: readFileSync(join(FONT_DIR, fam.I)), SYM: readFileSync(join(FONT_DIR, "dejavu/DejaVuSans.ttf")), MONO: readFileSync(join(FONT_DIR, "liberation/LiberationMono-Regular.ttf")) };
  const fk = Object.fromEntries(Object.entries(bytes).map(([k, b]) => [k, fontkit.create(b)]));
  return { fam, bytes, fk };
}
const FEATURES = { liga: false, clig: false, calt: false }; // Word sets no ligatures by default
function measurer(fk) {
  const cache = new Map();
  return (f, text, size) => {
    const key = `${f}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      const font = fk[f];
      const run = font.layout(text, FEATURES);
      w = run.positions.reduce((a, p) => a + p.xAdvance, 0) / font.unitsPerEm;
      cache.set(key, w);
    }
    return w * size;
  };
}

// ---------------------------------------------------------------- page layout
/**
 * Lays the blocks out on pages. Output: pages of items in drawing order:
 *   {k: "text", x, y (baseline, from the page top), size, f, text, words?: [{text, x}], role, group}
 *   {k: "rect", x, y (top), w, h, rgb, role: "shade" | "border"}
 * plus, per truth row, the pages its objective and its last measure fall on (cutRows).
 */
function layout(doc, blocks, fonts) {
  const s = doc.style;
  const W = s.paper === "a4" ? 595.32 : 612, H = s.paper === "a4" ? 841.92 : 792;
  const M = s.margin, top = M, bottom = H - M * 0.95, left = M, right = W - M, width = right - left;
  const size = s.size, lh = Math.round(size * 1.16 * 100) / 100;
  const wOf = measurer(fonts.fk);
  const R = mk(doc.seed);
  const pages = [];
  let page, y;
  let group = 0;
  const newPage = () => { page = { items: [] }; pages.push(page); y = top; };
  newPage();
  const rowPages = new Map(); // objective -> {first, last}

  /** Greedy line breaking of words with styles; returns lines of tokens. */
  const wrap = (tokens, w, sz) => {
    const lines = [];
    let cur = [], curW = 0;
    for (const tok of tokens) {
      const tw = wOf(tok.f, tok.text, sz), sp = cur.length ? wOf(cur.at(-1).f, " ", sz) : 0;
      if (cur.length && curW + sp + tw > w) { lines.push({ toks: cur, w: curW }); cur = []; curW = 0; }
      cur.push({ ...tok, w: tw });
      curW += (cur.length > 1 ? wOf(cur.at(-2).f, " ", sz) : 0) + tw;
    }
    if (cur.length) lines.push({ toks: cur, w: curW });
    return lines;
  };
  const tokensOf = (text, f) => text.split(/ +/).filter(Boolean).map((t) => ({ text: t, f }));
  /** One laid line as text items at x0, baseline yb. */
  const lineItems = (line, x0, yb, sz, boxW, align, justify, role, grp) => {
    const items = [];
    let x = align === "center" ? x0 + (boxW - line.w) / 2 : align === "right" ? x0 + boxW - line.w : x0;
    if (justify && line.toks.length > 1) {
      const sumW = line.toks.reduce((a, t) => a + t.w, 0);
      const gap = (boxW - sumW) / (line.toks.length - 1);
      for (const t of line.toks) { items.push({ k: "text", x, y: yb, size: sz, f: t.f, text: t.text, role, group: grp, word: true }); x += t.w + gap; }
      return items;
    }
    // Runs: consecutive tokens of one font, spaces as glyphs.
    let run = null;
    for (let i = 0; i < line.toks.length; i++) {
      const t = line.toks[i];
      if (run && run.f === t.f) { run.text += " " + t.text; }
      else {
        if (run) { items.push(run); x += wOf(run.f, run.text + " ", sz); }
        run = { k: "text", x, y: yb, size: sz, f: t.f, text: t.text, role, group: grp };
      }
    }
    if (run) items.push(run);
    return items;
  };
  /** A run split where Word starts a new text show in the middle of a word (revision ids, proofing). */
  const splitRuns = (items) => {
    if (!s.runSplits) return items;
    const out = [];
    for (const it of items) {
      if (it.k === "text" && !it.word && it.text.length > 12 && R.chance(0.35)) {
        const words = [...it.text.matchAll(/[A-Za-z]{6,}/g)];
        if (words.length) {
          const m = R.pick(words);
          const cut = m.index + R.int(2, m[0].length - 2);
          const a = it.text.slice(0, cut), b = it.text.slice(cut);
          out.push({ ...it, text: a }, { ...it, text: b, x: it.x + wOf(it.f, a, it.size) });
          continue;
        }
      }
      out.push(it);
    }
    return out;
  };
  const ensure = (h) => { if (y + h > bottom) newPage(); };

  const para = (b) => {
    const sz = b.size ? Math.round(size * b.size * 10) / 10 : size;
    const blh = b.size ? lh * b.size : lh;
    const lines = wrap(tokensOf(b.text, b.f ?? "R"), width, sz);
    if (b.keepNext) ensure(lines.length * blh + lh * 6);
    if (b.heading) y += 4;
    const grp = ++group;
    lines.forEach((ln, i) => {
      ensure(blh);
      const justify = s.justify && !b.heading && !b.align && i < lines.length - 1;
      page.items.push(...splitRuns(lineItems(ln, left, y + sz * 0.9, sz, width, b.align ?? "left", justify, "P", grp)));
      y += blh;
    });
    y += b.tight ? 1 : size * 0.6;
  };
  const list = (b) => {
    b.items.forEach((text, i) => {
      const mk1 = markerText(b.marker, i);
      const hang = b.marker === "none" ? 0 : /^\(/.test(mk1) || /\.$|\)$/.test(mk1) ? 22 : 18;
      const lines = wrap(tokensOf(text, "R"), width - 18 - hang, size);
      const grp = ++group;
      lines.forEach((ln, j) => {
        ensure(lh);
        if (j === 0 && mk1) page.items.push({ k: "text", x: left + 18, y: y + size * 0.9, size, f: MARKERS[b.marker].font, text: MARKERS[b.marker].glyph ?? mk1, role: "P", group: grp, marker: true });
        page.items.push(...splitRuns(lineItems(ln, left + 18 + hang, y + size * 0.9, size, width - 18 - hang, "left", false, "P", grp)));
        y += lh;
      });
      y += 2;
    });
    y += size * 0.5;
  };
  const sig = (b) => {
    y += lh * 2;
    if (b.side) {
      ensure(lh * (b.left.length + 2));
      const half = width / 2 - 10;
      const grp = ++group;
      const y0 = y;
      page.items.push({ k: "text", x: left, y: y + size * 0.9, size, f: "R", text: "______________________________", role: "P", group: grp }, { k: "text", x: left + width / 2 + 10, y: y + size * 0.9, size, f: "R", text: "______________________________", role: "P", group: grp });
      let yl = y0 + lh, yr = y0 + lh;
      for (const l of b.left) for (const ln of wrap(tokensOf(l, "R"), half, size)) { page.items.push(...lineItems(ln, left, yl + size * 0.9, size, half, "left", false, "P", grp)); yl += lh; }
      for (const l of b.right) for (const ln of wrap(tokensOf(l, "R"), half, size)) { page.items.push(...lineItems(ln, left + width / 2 + 10, yr + size * 0.9, size, half, "left", false, "P", grp)); yr += lh; }
      y = Math.max(yl, yr);
    } else {
      for (const side of [b.left, b.right]) {
        ensure(lh * (side.length + 2));
        para({ text: "______________________________", tight: true });
        for (const l of side) para({ text: l, tight: true });
        y += lh;
      }
    }
  };

  // -------------------------------------------------------------- tables
  const padX = 5.4, padT = 2, padB = 2, bw = 0.5;
  /** A cell's content laid out: lines with their offset from the content top. */
  const cellLines = (content, w) => {
    const out = [];
    let dy = 0;
    for (const part of content) {
      if (part.para) {
        for (const ln of wrap(tokensOf(part.para, part.f ?? "R"), w, size)) { out.push({ dy, items: (x0, yb, grp) => lineItems(ln, x0, yb, size, w, part.align ?? "left", false, "P", grp), text: true }); dy += lh; }
      } else if (part.items) {
        part.items.forEach((text, i) => {
          const mk1 = markerText(part.marker, i);
          const hang = part.marker === "none" ? 0 : /^\(|\.$|\)$/.test(mk1) ? 20 : 12;
          wrap(tokensOf(text, "R"), w - hang, size).forEach((ln, j) => {
            out.push({ dy, items: (x0, yb, grp) => [...(j === 0 && mk1 ? [{ k: "text", x: x0, y: yb, size, f: MARKERS[part.marker].font, text: MARKERS[part.marker].glyph ?? mk1, role: "P", group: grp, marker: true }] : []), ...lineItems(ln, x0 + hang, yb, size, w - hang, "left", false, "P", grp)] });
            dy += lh;
          });
          dy += 1;
        });
      }
    }
    return { lines: out, h: dy };
  };
  /**
   * A group of sub-rows (one objective with its sub-rows, or the header): cells with column span and
   * row span laid out, sub-row heights from their cells, every line's offset from the group top.
   */
  const layoutGroup = (cells, nSub, colX, colW, vcenter) => {
    const laid = cells.map((c) => {
      const x = colX[c.col], w = colX[c.col + (c.colspan ?? 1) - 1] + colW[c.col + (c.colspan ?? 1) - 1] - x;
      return { ...c, x, w, ...cellLines(c.content, w - 2 * padX) };
    });
    const hs = Array(nSub).fill(lh * 0.6 + padT + padB);
    for (const c of laid) if ((c.rowspan ?? 1) === 1) hs[c.row] = Math.max(hs[c.row], c.h + padT + padB);
    for (const c of laid) if ((c.rowspan ?? 1) > 1) {
      const sum = hs.slice(c.row, c.row + c.rowspan).reduce((a, b) => a + b, 0);
      if (c.h + padT + padB > sum) hs[c.row + c.rowspan - 1] += c.h + padT + padB - sum;
    }
    const tops = hs.map((_, i) => hs.slice(0, i).reduce((a, b) => a + b, 0));
    const H = hs.reduce((a, b) => a + b, 0);
    for (const c of laid) {
      c.top = tops[c.row];
      c.bottom = tops[c.row + (c.rowspan ?? 1) - 1] + hs[c.row + (c.rowspan ?? 1) - 1];
      const free = c.bottom - c.top - padT - padB - c.h;
      c.off = c.top + padT + (vcenter && c.vc !== false ? Math.max(0, free / 2) : 0);
    }
    return { laid, H };
  };
  /** Draws the part [a, b) of a laid group at page y0 (group offset a at y0). */
  const drawFragment = (g, a, b, y0, opts) => {
    const items = [];
    const shade = [], borders = [], texts = [];
    const Y = (off) => y0 + (off - a);
    for (const c of g.laid) {
      if (c.bottom <= a || c.top >= b) continue;
      const t0 = Math.max(c.top, a), t1 = Math.min(c.bottom, b);
      if (c.shade) shade.push({ k: "rect", x: c.x, y: Y(t0), w: c.w, h: t1 - t0, rgb: c.shade, role: "shade" });
      const grp = ++group;
      const cellTexts = [];
      for (const [li, ln] of c.lines.entries()) {
        const o = c.off + ln.dy;
        const key = `${c.col}/${c.row}/${li}`;
        if (o < a - 0.01 || o + lh > b + 0.01 || opts.drawn?.has(key)) continue;
        opts.drawn?.add(key);
        cellTexts.push(...splitRuns(ln.items(c.x + padX, Y(o) + size * 0.9, grp).map((it) => (c.white ? { ...it, rgb: [1, 1, 1] } : it))));
        opts.onLine?.(c, o);
      }
      const edges = [];
      if (s.rules === "grid") {
        edges.push({ k: "rect", x: c.x, y: Y(t0), w: c.w + bw, h: bw, rgb: [0, 0, 0], role: "border" });
        edges.push({ k: "rect", x: c.x, y: Y(t0), w: bw, h: t1 - t0 + bw, rgb: [0, 0, 0], role: "border" });
        if (c.last) edges.push({ k: "rect", x: c.x + c.w, y: Y(t0), w: bw, h: t1 - t0 + bw, rgb: [0, 0, 0], role: "border" });
        if ((c.lastRow && t1 === c.bottom) || t1 === b) edges.push({ k: "rect", x: c.x, y: Y(t1), w: c.w + bw, h: bw, rgb: [0, 0, 0], role: "border" });
      } else if (s.rules === "horizontal") {
        if (c.top >= a) edges.push({ k: "rect", x: c.x, y: Y(t0), w: c.w, h: bw, rgb: [0, 0, 0], role: "border" });
        if (t1 === b) edges.push({ k: "rect", x: c.x, y: Y(t1), w: c.w, h: bw, rgb: [0, 0, 0], role: "border" });
      }
      if (s.textFirst) { texts.push(...cellTexts); borders.push(...edges); }
      else { borders.push(...edges); texts.push(...cellTexts); }
    }
    // Word: the row's shading first, then per cell its borders and text (or text and borders).
    if (s.textFirst) items.push(...shade, ...texts, ...borders); else items.push(...shade, ...borders, ...texts);
    return items;
  };
  const table = (b) => {
    const t = b.table;
    const cols = columnsOf(t, s);
    const totalW = width;
    const colW = cols.map((c) => c.frac * totalW);
    const colX = colW.map((_, i) => left + colW.slice(0, i).reduce((a, c) => a + c, 0));
    const headShade = s.headerShade === "grey" ? [0.851, 0.851, 0.851] : s.headerShade === "dark" ? [0.122, 0.286, 0.49] : null;
    const labelContent = (label) => {
      if (s.headerWrap && label.includes(" ")) {
        const ws = label.split(" ");
        const k = Math.ceil(ws.length / 2);
        return [{ para: ws.slice(0, k).join(" "), f: "B", align: "center" }, { para: ws.slice(k).join(" "), f: "B", align: "center" }];
      }
      return [{ para: label, f: "B", align: "center" }];
    };
    const header = layoutGroup(cols.map((c, i) => ({ col: i, row: 0, content: labelContent(c.label), shade: headShade, white: s.headerShade === "dark", last: i === cols.length - 1, lastRow: true })), 1, colX, colW, true);
    const groups = [];
    let n = b.startN ?? 0;
    for (const r of b.rows) {
      n++;
      const cells = [];
      const items = (arr, key, stop) => ({ items: key === "none" || stop ? arr.map((x) => (/\.$/.test(x) ? x : x + ".")) : arr, marker: key });
      const nSubBase = /rowspan|measure-rows/.test(t.design) ? r.subs.length : 1;
      let rowOff = 0;
      if (/^spanning/.test(t.design)) {
        const label = t.spanLabel === "Objective N: " ? `Objective ${n}: ` : t.spanLabel;
        cells.push({ col: 0, colspan: cols.length, row: 0, content: [{ para: label + r.objective, f: "B" }], shade: [0.949, 0.949, 0.949], last: true, vc: false, objective: true });
        rowOff = 1;
      }
      r.subs.forEach((sub, j) => {
        if (j > 0 && nSubBase === 1) return;
        cols.forEach((c, ci) => {
          const last = ci === cols.length - 1;
          const row = rowOff + j;
          if (c.kind === "obj") { if (j === 0) cells.push({ col: ci, row, rowspan: nSubBase, content: [{ para: r.objective }], last, objective: true }); return; }
          if (c.kind === "risk") { if (j === 0) cells.push({ col: ci, row, rowspan: nSubBase, content: [items(r.risks, t.riskMarker)], last }); return; }
          if (c.kind === "acc") cells.push({ col: ci, row, content: /rowspan/.test(t.design) ? [{ para: sub.acc[0] }] : [items(sub.acc, t.accMarker)], last });
          if (c.kind === "meas") cells.push({ col: ci, row, content: /measure-rows/.test(t.design) ? [{ para: sub.meas[0].text }] : [items(sub.meas.map((m) => m.text), t.measMarker)], last, measures: true });
          if (c.kind === "base") cells.push({ col: ci, row, content: [{ para: sub.meas[0].baseline, align: "center" }], last });
          if (c.kind === "target") cells.push({ col: ci, row, content: [{ para: sub.meas[0].target, align: "center" }], last });
        });
      });
      const nSub = rowOff + nSubBase;
      for (const c of cells) c.lastRow = c.row + (c.rowspan ?? 1) === nSub;
      groups.push({ g: layoutGroup(cells, nSub, colX, colW, s.vcenter), objective: r.objective });
    }
    const placeHeader = () => { page.items.push(...drawFragment(header.g ?? header, 0, header.H, y, {})); y += header.H; };
    // Keep the header with the first row's first lines.
    if (y + header.H + lh * 3 > bottom) newPage();
    y += 3;
    placeHeader();
    for (const { g, objective } of groups) {
      const rp = { first: null, last: null };
      const onLine = (c, o) => { const pg = pages.length; if (c.objective && rp.first === null) rp.first = pg; if (c.measures) rp.last = pg; };
      let a = 0;
      const drawn = new Set();
      const minFirst = padT + lh + padB;
      if (y + minFirst > bottom || (s.keepRows && g.H <= bottom - top - header.H && y + g.H > bottom)) { newPage(); if (s.repeatHeader) placeHeader(); }
      for (let guard = 0; guard < 20 && a < g.H - 0.01; guard++) {
        const avail = bottom - y;
        if (g.H - a <= avail) { page.items.push(...drawFragment(g, a, g.H, y, { onLine, drawn })); y += g.H - a; break; }
        // Cut at the page bottom: lines that end below it move on; the next part starts just above the first moved line.
        const cut = a + avail;
        page.items.push(...drawFragment(g, a, cut, y, { onLine, drawn }));
        let next = g.H;
        for (const c of g.laid) c.lines.forEach((ln, li) => { const o = c.off + ln.dy; if (!drawn.has(`${c.col}/${c.row}/${li}`) && o + lh > cut + 0.01) next = Math.min(next, o); });
        if (next >= g.H - 0.01) { y = bottom; break; }
        let s2 = next - padT;
        for (const c of g.laid) if (c.top > cut && c.top < s2) s2 = c.top;
        a = s2;
        newPage();
        if (s.repeatHeader) placeHeader();
      }
      rowPages.set(objective, rp);
    }
    y += size;
  };

  for (const b of blocks) {
    if (b.t === "para") para(b);
    else if (b.t === "list") list(b);
    else if (b.t === "table") table(b);
    else if (b.t === "sig") sig(b);
  }
  // Running header and footer (Word writes them first on every page, as artifacts).
  const nPages = pages.length;
  pages.forEach((p, i) => {
    const furn = [];
    const fs = Math.max(7, size - 1.5);
    if (s.runningHeader) {
      const txt = `${doc.office.acronym} – Senior Manager${Q}s Compact ${doc.year}`;
      furn.push({ k: "text", x: right - wOf("I", txt, fs), y: M * 0.5 + fs, size: fs, f: "I", text: txt, role: "Artifact" });
    }
    const ft = s.footer === "page-n" ? `Page ${i + 1}` : `Page ${i + 1} of ${nPages}`;
    furn.push({ k: "text", x: left + (width - wOf("R", ft, fs)) / 2, y: H - M * 0.45, size: fs, f: "R", text: ft, role: "Artifact" });
    p.items.unshift(...furn);
  });
  return { pages, W, H, rowPages };
}

// ---------------------------------------------------------------- PDF writing
const num = (v) => { const r = Math.round(v * 1000) / 1000; return Object.is(r, -0) ? "0" : String(r); };
/**
 * The two producer profiles:
 * - word: Word's "Save as PDF" — every run its own BT…ET with a Tm, kerning pairs as TJ
 *   adjustments, spaces written as glyphs; justified lines word by word; tagged documents wrap each
 *   paragraph's text on a page in /P <</MCID n>> BDC … EMC and furniture in /Artifact BMC … EMC.
 * - distiller: a print through a PostScript driver distilled by Acrobat — every glyph positioned
 *   on the printer's 600 dpi grid (an adjustment after almost every glyph), no space glyphs (the gap
 *   is an adjustment), one text object per line.
 */
async function writePdf(doc, laid, fonts, profile) {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const embedded = {};
  for (const k of ["R", "B", "I", "SYM", "MONO"]) embedded[k] = await pdf.embedFont(fonts.bytes[k], { subset: true, features: FEATURES });
  const names = { R: "F1", B: "F2", I: "F3", SYM: "F4", MONO: "F5" };
  const fk = fonts.fk;
  const symHex = new Map();
  for (const def of Object.values(MARKERS)) if (def?.font === "SYM") symHex.set(def.pua, embedded.SYM.encodeText(def.glyph).toString().slice(1, -1));
  const glyphHex = (f, text) => { const hex = embedded[f].encodeText(text).toString().slice(1, -1); const out = []; for (let i = 0; i < hex.length; i += 4) out.push(hex.slice(i, i + 4)); return out; };
  let mcid = 0;
  for (const p of laid.pages) {
    const page = pdf.addPage([laid.W, laid.H]);
    const ops = [];
    const tagged = profile === "word" && doc.style.tagged;
    let open = null; // the open marked-content group
    const close = () => { if (open !== null) { ops.push("EMC"); open = null; } };
    const mark = (it) => {
      if (!tagged) return;
      const key = it.role === "Artifact" || it.k === "rect" ? `A${it.role}${it.k}` : `G${it.group}`;
      if (open === key) return;
      close();
      ops.push(it.role === "Artifact" || it.k === "rect" ? "/Artifact BMC" : `/P <</MCID ${mcid++}>> BDC`);
      open = key;
    };
    if (profile === "word") ops.push(`q 0.000008871 0 ${num(laid.W)} ${num(laid.H)} re W* n`);
    for (const it of p.items) {
      mark(it);
      const yPdf = laid.H - it.y;
      if (it.k === "rect") { ops.push(`${it.rgb.map(num).join(" ")} rg ${num(it.x)} ${num(laid.H - it.y - it.h)} ${num(it.w)} ${num(it.h)} re f*`); continue; }
      const f = it.f, font = fk[f], sz = it.size;
      const color = it.rgb ? `${it.rgb.map(num).join(" ")} rg` : "0 g";
      const run = font.layout(it.text, FEATURES);
      const hex = glyphHex(f, it.text);
      if (hex.length !== run.glyphs.length) throw new Error(`glyph count differs for ${JSON.stringify(it.text)}`);
      if (profile === "word") {
        // Kerning: the difference between the laid-out advance and the glyph's own width.
        const parts = [];
        let cur = "";
        run.glyphs.forEach((g, i) => {
          cur += hex[i];
          const kern = run.positions[i].xAdvance - g.advanceWidth;
          if (kern !== 0 && i < run.glyphs.length - 1) { parts.push(`<${cur}>`, num((-kern * 1000) / font.unitsPerEm)); cur = ""; }
        });
        if (cur) parts.push(`<${cur}>`);
        ops.push(`BT /${names[f]} ${num(sz)} Tf 1 0 0 1 ${num(it.x)} ${num(yPdf)} Tm ${color} 0 G [${parts.join("")}] TJ ET`);
      } else {
        // Device grid of 600 dpi: every glyph's origin rounded, the rounding written as an adjustment.
        const grid = 72 / 600;
        const parts = [];
        let ideal = it.x, pen = Math.round(it.x / grid) * grid;
        const x0 = pen;
        let cur = "";
        run.glyphs.forEach((g, i) => {
          const adv = (run.positions[i].xAdvance / font.unitsPerEm) * sz;
          const own = (g.advanceWidth / font.unitsPerEm) * sz;
          const isSpace = it.text[i] === " ";
          if (!isSpace) { cur += hex[i]; pen += own; }
          ideal += adv;
          const target = Math.round(ideal / grid) * grid;
          const adj = Math.round(((pen - target) * 1000) / sz);
          if (i < run.glyphs.length - 1 && (adj !== 0 || isSpace)) { if (cur) parts.push(`<${cur}>`); cur = ""; if (adj !== 0) parts.push(String(adj)); pen = target; }
        });
        if (cur) parts.push(`<${cur}>`);
        // Two adjustments in a row (a glyph's rounding, then a dropped space) need a separator.
        for (let i = 1; i < parts.length; i++) if (!parts[i].startsWith("<") && !parts[i - 1].startsWith("<")) { parts[i - 1] = String(Number(parts[i - 1]) + Number(parts[i])); parts.splice(i, 1); i--; }
        ops.push(`BT /${names[f]} 1 Tf ${num(sz)} 0 0 ${num(sz)} ${num(x0)} ${num(yPdf)} Tm ${color} [${parts.join("")}] TJ ET`);
      }
    }
    close();
    if (profile === "word") ops.push("Q");
    const stream = pdf.context.flateStream(ops.join("\n"));
    page.node.set(PDFName.of("Contents"), pdf.context.register(stream));
    for (const [k, n] of Object.entries(names)) page.node.setFontDictionary(PDFName.of(n), embedded[k].ref);
  }
  // Fonts are written now; then the bullet font gets Word's Symbol/Wingdings text mapping.
  await pdf.flush();
  const sym = pdf.context.lookup(embedded.SYM.ref);
  const desc = pdf.context.lookup(sym.get(PDFName.of("DescendantFonts"))).get(0);
  const prefix = String(sym.get(PDFName.of("BaseFont"))).slice(1).split("+")[0];
  sym.set(PDFName.of("BaseFont"), PDFName.of(`${prefix}+Wingdings-Regular`));
  pdf.context.lookup(desc).set(PDFName.of("BaseFont"), PDFName.of(`${prefix}+Wingdings-Regular`));
  if (doc.style.bulletMap === "none") sym.delete(PDFName.of("ToUnicode"));
  else if (doc.style.bulletMap === "pua") {
    const entries = [];
    for (const [pua, h] of symHex) entries.push(`<${h}> <${pua.toString(16).toUpperCase()}>`);
    const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${entries.length} beginbfchar\n${entries.join("\n")}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
    sym.set(PDFName.of("ToUnicode"), pdf.context.register(pdf.context.flateStream(cmap)));
  }
  const when = new Date(Date.UTC(doc.year, Number(doc.signed.slice(5, 7)) - 1, Number(doc.signed.slice(8, 10)) - 1, 9, 30, 0));
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  pdf.setTitle(`Senior Manager${Q}s Compact ${doc.year}`);
  pdf.setAuthor(doc.manager.name);
  if (profile === "word") { pdf.setCreator(doc.year < 2013 ? "Microsoft® Office Word 2007" : "Microsoft® Word 2016"); pdf.setProducer(doc.year < 2013 ? "Microsoft® Office Word 2007" : "Microsoft® Word 2016"); }
  else { pdf.setCreator("PScript5.dll Version 5.2.2"); pdf.setProducer(doc.year < 2013 ? "Acrobat Distiller 9.0.0 (Windows)" : "Acrobat Distiller 11.0 (Windows)"); }
  if (profile === "word" && doc.style.tagged) pdf.catalog.set(PDFName.of("MarkInfo"), pdf.context.obj({ Marked: true }));
  pdf.catalog.set(PDFName.of("Lang"), PDFString.of("en-US"));
  const id = createHash("md5").update(`${doc.id}/${profile}`).digest("hex");
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- manifest and main
const sha = (b) => createHash("sha256").update(b).digest("hex");
async function build(doc, withPdf) {
  const blocks = blocksOf(doc);
  const truth = truthOf(doc);
  const md = markdownOf(doc, blocks);
  const fonts = loadFonts(doc);
  const laid = layout(doc, blocks, fonts);
  const word = withPdf ? await writePdf(doc, laid, fonts, "word") : null;
  const distiller = withPdf ? await writePdf(doc, laid, fonts, "distiller") : null;
  const cut = truth.rows.map((r, i) => [i, laid.rowPages.get(r.objective)]).filter(([, p]) => p && p.first !== null && p.last !== null && p.first !== p.last).map(([i]) => i);
  const rowFeatures = new Set(truth.structure.rows.flatMap((r) => r.features));
  const entry = {
    id: doc.id, split: doc.split, year: doc.year, entity: doc.office.name, ruled: doc.profileRuled, rows: truth.rows.length,
    features: [...new Set([...truth.structure.features, ...rowFeatures])].sort(),
    style: { ...doc.style },
    tables: doc.tables.map((t) => t.design),
    renderings: { "word.pdf": `${doc.split}/${doc.id}.word.pdf`, "distiller.pdf": `${doc.split}/${doc.id}.distiller.pdf`, txt: `${doc.split}/${doc.id}.txt`, md: `${doc.split}/${doc.id}.md` },
    truth: `${doc.split}/${doc.id}.truth.json`,
    pages: { word: laid.pages.length, distiller: laid.pages.length },
    cutRows: { word: cut, distiller: cut, txt: cut },
    sha256: withPdf ? { "word.pdf": sha(word), "distiller.pdf": sha(distiller) } : null,
  };
  return { entry, truth, md, word, distiller };
}

/** Every feature in >= 3 documents and in ruled and borderless ones (the rule style itself aside). */
function crossed(docs) {
  const c = new Map();
  for (const d of docs) {
    const t = truthOf(d);
    for (const f of new Set([...t.structure.features, ...t.structure.rows.flatMap((r) => r.features)])) {
      const x = c.get(f) ?? [0, 0, 0];
      x[0]++; x[d.profileRuled ? 1 : 2]++;
      c.set(f, x);
    }
  }
  return [...c].every(([f, x]) => x[0] >= 3 && (/^(ruled|borderless|rules:.*)$/.test(f) || (x[1] > 0 && x[2] > 0)));
}

async function main() {
  // The first seed from SEED on whose plan crosses every feature (planning is cheap; deterministic).
  let seed = SEED, docs;
  for (;; seed++) { docs = planDocuments(seed); if (crossed(docs)) break; if (seed > SEED + 500) throw new Error("no crossing plan"); }
  let seedB = SEED_B, docsB;
  for (;; seedB++) { docsB = planDocuments(seedB, N_DOCS_B, () => "dev10b", "d10b"); if (crossed(docsB)) break; if (seedB > SEED_B + 500) throw new Error("no crossing plan for dev10b"); }
  docs = [...docs, ...docsB];
  const results = [];
  for (const d of docs) results.push(await build(d, !CHECK || CHECK_PDF));
  const manifest = {
    generator: "scripts/corpus10/generate.mjs", seed, seedDev10b: seedB,
    producers: { pdf: "pdf-lib 1.17.1 + @pdf-lib/fontkit 1.1.1 (Word and Distiller profiles)", pdftotext: execFileSync("pdftotext", ["-v"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0] || "pdftotext" },
    splits: Object.fromEntries(SPLITS.map((s) => [s, docs.filter((d) => d.split === s).length])),
    documents: results.map((r) => r.entry),
  };
  const json = (x) => JSON.stringify(x, null, 1) + "\n";
  if (CHECK) {
    let bad = 0;
    const committed = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
    const strip = (m) => (CHECK_PDF ? m : { ...m, documents: m.documents.map((d) => ({ ...d, sha256: null })) });
    if (json(strip(committed)) !== json(strip(manifest))) { console.error("manifest differs"); bad++; }
    for (const r of results) {
      const e = r.entry;
      const cmp = (rel, data) => { const p = join(OUT, rel); if (!existsSync(p) || sha(readFileSync(p)) !== sha(data)) { console.error(`differs: ${rel}`); bad++; } };
      cmp(e.truth, json(r.truth));
      cmp(e.renderings.md, r.md);
      if (CHECK_PDF) { cmp(e.renderings["word.pdf"], r.word); cmp(e.renderings["distiller.pdf"], r.distiller); }
    }
    if (bad) { console.error(`${bad} differences`); process.exit(1); }
    console.log(`${results.length} documents match`);
    return;
  }
  const written = ONLY ? [ONLY] : SPLITS;
  for (const s of written) mkdirSync(join(OUT, s), { recursive: true });
  for (const r of results) {
    const e = r.entry;
    if (!written.includes(e.split)) continue;
    writeFileSync(join(OUT, e.truth), json(r.truth));
    writeFileSync(join(OUT, e.renderings.md), r.md);
    writeFileSync(join(OUT, e.renderings["word.pdf"]), r.word);
    writeFileSync(join(OUT, e.renderings["distiller.pdf"]), r.distiller);
    execFileSync("pdftotext", ["-layout", join(OUT, e.renderings["word.pdf"]), join(OUT, e.renderings.txt)]);
  }
  writeFileSync(join(OUT, "manifest.json"), json(manifest));
  const rows = results.reduce((a, r) => a + r.entry.rows, 0);
  console.log(`${results.length} documents, ${rows} rows: ${Object.entries(manifest.splits).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
