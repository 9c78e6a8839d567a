#!/usr/bin/env node
/**
 * Sixth compact corpus (test/corpus6): an independent generator. Data model of a compact →
 * LibreOffice flat ODT (.fodt, real Writer tables, list styles, master pages) → `soffice` PDF
 * (`lo.pdf`), → .docx → PDF again (`docx.pdf`, the Word-format round trip), `pdftotext -layout`
 * of the first PDF (`lo.txt`), and a Markdown rendering written from the data (`md`); truth from the
 * same data (format of test/corpus2).
 *
 *   node scripts/corpus6/generate.mjs            # everything (~3 min: LibreOffice three times)
 *   node scripts/corpus6/generate.mjs --no-pdf   # sources, Markdown, truth, manifest only
 *   node scripts/corpus6/generate.mjs --check    # committed .fodt/.md/truth = generator output?
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, renameSync, rmSync, readdirSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { FAMILIES, MANAGERIAL, RISKS, CHALLENGES, FIRST, LAST, OFFICES, secretaryGeneral, valueText } from "./banks.mjs";
import { mulberry32 } from "../corpus/prng.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--no-pdf"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus6");
const SEED = 60611;
/** 45 planned documents: every third goes to holdout6 (15), the rest to dev6 (30). */
const N_DOCS = 45;
const args = process.argv.slice(2);
const CHECK = args.includes("--check");
const NO_PDF = args.includes("--no-pdf") || CHECK;

// ---------------------------------------------------------------- random
const rng = mulberry32(SEED);
const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const shuffle = (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
/** Round-robin over a seeded shuffle: each value dealt to about the same number of documents. */
function deal(values, n) { const order = shuffle([...Array(n).keys()]); const out = Array(n); order.forEach((d, i) => { out[d] = values[i % values.length]; }); return out; }
/** A dealer for table-level choices: cycles through a shuffled list, reshuffling each round. */
function dealer(values) { let bag = []; return () => { if (!bag.length) bag = shuffle(values); return bag.pop(); }; }

// ---------------------------------------------------------------- missions
const MISSIONS = readFileSync(join(ROOT, "data", "un-missions.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")).map(([acronym, name, kind, start, end]) => ({ acronym, name, kind, start: Number(start), end: end ? Number(end) : 9999 }));
/** Plain upper-case acronyms only (those with hyphens or "LRA" read ambiguously in prose). */
const PLAIN_ACRONYM = /^[A-Z]{4,9}$/;
const activeMissions = (year, kind) => MISSIONS.filter((m) => m.start <= year && m.end >= year && (!kind || m.kind === kind) && PLAIN_ACRONYM.test(m.acronym) && m.acronym !== "OSASG");

// ---------------------------------------------------------------- markers
/** Item markers (FORMATS.md) and how each is produced: a Writer list style (bullet char or number format) or typed text. */
const MARKERS = {
  "•": { bullet: "•" }, "▪": { bullet: "▪" }, "●": { bullet: "●" }, o: { bullet: "o", font: "Courier New" },
  "-": { bullet: "-" }, "–": { bullet: "–" }, "➢": { bullet: "➢" }, "□": { bullet: "□" },
  "(a)": { num: "a", prefix: "(", suffix: ")" }, "(i)": { num: "i", prefix: "(", suffix: ")" }, "1.": { num: "1", prefix: "", suffix: "." }, "a)": { num: "a", prefix: "", suffix: ")" },
  none: {}, "typed-•": { typed: "•" }, "typed--": { typed: "-" }, "typed-o": { typed: "o" },
};
const MARKER_KEYS = Object.keys(MARKERS);
const LIST_KEYS = MARKER_KEYS.filter((k) => MARKERS[k].bullet || MARKERS[k].num);
const listStyleName = (k) => `L${LIST_KEYS.indexOf(k) + 1}`;
const roman = (n) => ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1];
/** The printed label of item i (0-based) under marker k; "" for none. */
function markerLabel(k, i) {
  const m = MARKERS[k];
  if (m.bullet) return m.bullet;
  if (m.typed) return m.typed;
  if (m.num) return `${m.prefix}${m.num === "1" ? i + 1 : m.num === "i" ? roman(i + 1) : String.fromCharCode(97 + i)}${m.suffix}`;
  return "";
}

// ---------------------------------------------------------------- text hygiene of a document
const SOFT = "\u00ad", NBH = "\u2011", NBSP = "\u00a0";
/** Soft hyphens inside long lower-case words (>= 11 letters), where a word processor's optional hyphen sits. */
const LONG_WORD = /\b([a-z]{5,})([a-z]{6,})\b/g;
/** Compounds whose hyphen a typist makes non-breaking. */
const NB_COMPOUND = /\b(P|high|sudden|paper|pre|start|cross|gender|Secretary|follow)-(5|risk|onset|smart|session|up|training|responsive|General)\b/g;
function printed(doc, s) {
  let t = s;
  if (doc.hyg.soft) t = t.replace(LONG_WORD, `$1${SOFT}$2`);
  if (doc.hyg.nbh) t = t.replace(NB_COMPOUND, `$1${NBH}$2`);
  if (doc.hyg.nbsp) t = t.replace(/(\d) per cent/g, `$1${NBSP}per cent`).replace(/(\d) days/g, `$1${NBSP}days`);
  return t;
}

// ---------------------------------------------------------------- wording
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function fillMeasure(tpl, year) {
  const a = int(20, 60), b = a + int(5, 30), big = int(40, 120), small = int(8, 35);
  const pv = int(60, 98);
  return tpl
    .replace("{p}", rng() < 0.5 ? `${pv}%` : `${pv} per cent`)
    .replace("{n}", String(int(3, 40))).replace(/\{a\}/g, String(a)).replace("{b}", String(b))
    .replace("{big}", String(big)).replace("{small}", String(small)).replace("{d}", String(int(5, 30))).replace("{h}", String(int(24, 96)))
    .replace("{mon}", pick(MONTHS.slice(2))).replace(/\{y0\}/g, String(year - 1)).replace(/\{y\}/g, String(year))
    .replace(/^(\d+)% of/, "$1% of").replace(/^./, (c) => c.toUpperCase());
}
function indicatorValues(kind) {
  if (kind === "pct") { const b = int(40, 80); return [`${b}%`, `${Math.min(100, b + int(5, 20))}%`]; }
  if (kind === "days" || kind === "hours") { const b = int(20, 90); return [valueText(kind, b), valueText(kind, Math.max(3, b - int(5, 15)))]; }
  const b = int(2, 30); return [String(b), String(b + int(2, 12))];
}

// ---------------------------------------------------------------- table layouts
/**
 * A table layout: where the objective sits, how sub-rows go, the columns in order.
 * obj: column | spanning | heading; sub: flat | rowspan (one sub-row per accomplishment) | measure-rows (one per measure).
 */
const LAYOUTS = [
  { obj: "column", sub: "flat", cols: ["obj", "acc", "meas"] },
  { obj: "column", sub: "flat", cols: ["obj", "acc", "meas", "risk"] },
  { obj: "column", sub: "rowspan", cols: ["obj", "acc", "meas"] },
  { obj: "column", sub: "rowspan", cols: ["obj", "acc", "risk", "meas"] },
  { obj: "spanning", sub: "flat", cols: ["acc", "risk", "meas"] },
  { obj: "spanning", sub: "flat", cols: ["acc", "meas"] },
  { obj: "spanning", sub: "rowspan", cols: ["acc", "meas"] },
  { obj: "heading", sub: "flat", cols: ["acc", "meas"] },
  { obj: "heading", sub: "rowspan", cols: ["acc", "meas", "risk"] },
  { obj: "column", sub: "measure-rows", cols: ["obj", "acc", "meas", "base", "tgt"] },
  { obj: "column", sub: "measure-rows", cols: ["obj", "meas", "base", "tgt"] },
  { obj: "column", sub: "measure-rows", cols: ["obj", "acc", "meas", "tgt"] },
  { obj: "spanning", sub: "measure-rows", cols: ["acc", "meas", "tgt"] },
  { obj: "heading", sub: "measure-rows", cols: ["acc", "meas", "tgt", "base"] },
];
const VOCAB = {
  obj: ["Objective", "Objectives", "OBJECTIVES", "Objective(s)"],
  acc: { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments", "EXPECTED ACCOMPLISHMENTS"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] },
  meas: { "performance-measure": ["Performance measure", "Performance measures", "PERFORMANCE MEASURES"], "indicator-of-achievement": ["Indicators of achievement", "Indicator of achievement"], "key-performance-indicator": ["Key performance indicators", "Key performance indicator"], "performance-indicator": ["Performance indicators"] },
  risk: ["Risks and mitigations", "Risks and mitigation measures", "RISKS AND MITIGATIONS"],
  base: ["Baseline", "Baseline ({y0})"],
  tgt: ["Target", "Target {y}", "Target ({y})"],
};
const EXTRA_KEY = { risk: "risksAndMitigations", base: "baseline", tgt: "target" };

// ---------------------------------------------------------------- plan
const years = deal([...Array(19).keys()].map((i) => 2006 + i), N_DOCS);
const rules = deal(["ruled", "borderless", "header-rules"], N_DOCS);
const fonts = deal([["Liberation Serif", 11], ["Liberation Sans", 10], ["DejaVu Sans", 9], ["Liberation Serif", 10], ["Liberation Sans", 9]], N_DOCS);
const papers = deal(["letter", "a4"], N_DOCS);
const landscapes = deal(["none", "none", "section", "whole"], N_DOCS);
const headers = deal([true, false], N_DOCS);
const footers = deal(["page-of", "page-n", "page-of", "none"], N_DOCS);
const footnotes = deal([true, false, false], N_DOCS);
const sigs = deal(["stacked", "side-by-side"], N_DOCS);
const cantsplit = deal([true, false, false, false], N_DOCS);
const hygs = deal([{ soft: true }, { nbh: true }, { nbsp: true }, {}, { soft: true, nbsp: true }, { nbh: true, nbsp: true }], N_DOCS);
const officeDeal = deal(OFFICES.map((o) => o.key), N_DOCS);
/** Table-level dealers, one set for ruled and one for other documents, so every layout and marker shows in both. */
const byRule = (make) => { const m = { ruled: make(), other: make() }; return (doc) => m[doc.rule === "ruled" ? "ruled" : "other"](); };
const layoutNext = byRule(() => dealer(LAYOUTS.map((_, i) => i)));
const measMarkerNext = byRule(() => dealer(MARKER_KEYS));
const accMarkerNext = byRule(() => dealer(MARKER_KEYS));
const wrapNext = dealer([true, true, false]);
const repeatNext = dealer([true, false]);
const shadeNext = dealer([true, false]);
const vcenterNext = dealer([false, false, true]);

const eraOf = (y) => (y <= 2010 ? "a" : y <= 2016 ? "b" : y <= 2018 ? "c" : "d");

function makeDoc(i) {
  const split = i % 3 === 2 ? "holdout6" : "dev6";
  const nInSplit = [...Array(i + 1).keys()].filter((j) => (j % 3 === 2) === (split === "holdout6")).length;
  const id = split === "dev6" ? `d6-${String(nInSplit).padStart(3, "0")}` : `h6-${String(nInSplit).padStart(3, "0")}`;
  const year = years[i];
  let office = OFFICES.find((o) => o.key === officeDeal[i]);
  if (office.from && year < office.from) office = OFFICES[0];
  const [entity, acronym, title] = office.by(year);
  const era = eraOf(year);
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title };
  const mrs = pick(["Mr.", "Ms."]);
  const sg = secretaryGeneral(year);
  const doc = {
    id, split, year, era, office, entity, acronym, manager, mrs, sg,
    rule: rules[i], font: fonts[i][0], size: fonts[i][1], paper: papers[i], landscape: landscapes[i],
    runningHeader: headers[i], footer: footers[i], footnote: footnotes[i], sig: sigs[i], cantsplit: cantsplit[i], hyg: hygs[i],
    features: new Set(), missions: [], resolutions: [], documents: [], rows: [], tables: [], blocks: [], challenges: 0,
  };
  const f = (x) => doc.features.add(x);
  f(doc.rule === "ruled" ? "ruled" : "borderless");
  if (doc.rule === "header-rules") f("rules-header-only");
  if (doc.landscape === "section") f("landscape-section");
  if (doc.landscape === "whole") f("landscape");
  if (doc.runningHeader) f("running-header");
  if (doc.footer !== "none") f(`page-footer:${doc.footer}`);
  if (doc.footnote) f("footnotes");
  f(`signatures:${doc.sig}`);
  if (doc.cantsplit) f("rows-cantsplit");
  if (doc.hyg.soft) f("text-soft-hyphen");
  if (doc.hyg.nbh) f("text-nb-hyphen");
  if (doc.hyg.nbsp) f("text-nbsp");
  f(`era:${era}`);
  f(`font:${doc.font.split(" ")[0].toLowerCase()}`);
  buildFrame(doc);
  return doc;
}

// ---------------------------------------------------------------- blocks
// A document body is a list of blocks: {p: style, text, note?} | {list: marker, items, style} | {table} |
// {brk: "page"|"landscape"|"portrait"} | {sig}.
const P = (doc, style, text, extra = {}) => doc.blocks.push({ p: style, text, ...extra });

function addMission(doc, m, listed) { if (!doc.missions.some((x) => x.acronym === m.acronym)) doc.missions.push({ acronym: m.acronym, name: m.name, kind: m.kind, listed }); }
const mname = (m) => `${m.name} (${m.acronym})`;

function buildFrame(doc) {
  const { year, era, entity, manager, sg, mrs, office } = doc;
  const f = (x) => doc.features.add(x);
  const session = year - 1946 + (year % 2 === 0 ? 0 : 0);
  const gaRes = `${session}/${int(230, 290)}`;
  doc.resolutions.push(`A/RES/${gaRes}`);
  const budget = `A/${session - (session % 2 === 0 ? 0 : 1)}/6 (Sect. ${office.sect})`;
  doc.documents.push(budget);
  const wps = office.missions && rng() < 0.6;
  if (wps) doc.resolutions.push("S/RES/1325 (2000)");
  const intro = `The objectives below follow from the programme of work set out in the proposed programme budget, ${budget}, and from General Assembly resolution ${gaRes} on accountability${wps ? `, and give effect to Security Council resolution 1325 (2000) on women and peace and security` : ""}.`;
  const noteText = "Targets are set against the results of the previous reporting period unless stated otherwise.";

  // Title, preamble, entity
  if (era === "a") {
    P(doc, "Title", `${year} SENIOR MANAGER’S COMPACT`); f("title:year-prefix"); f("preamble:between");
    P(doc, "Center", `Between ${mrs} ${manager.name}, ${manager.title}, and the Secretary-General, ${sg.mr} ${sg.name}`);
    P(doc, "Body", `DEPARTMENT/OFFICE: ${entity}`); f("entity:label");
    f("sections:letter-number");
  } else if (era === "b") {
    P(doc, "Title", `Senior Manager’s Compact ${year}`); f("title:between");
    P(doc, "Center", `between the Secretary-General and the ${manager.title}`);
    P(doc, "Heading", entity); f("entity:title"); f("preamble:between");
    P(doc, "Body", `This compact is concluded between the Secretary-General, ${sg.mr} ${sg.name}, and ${mrs} ${manager.name}, ${manager.title}, for the period from 1 January to 31 December ${year}.`);
    f("sections:roman");
  } else if (era === "c") {
    P(doc, "Title", `SENIOR MANAGER’S COMPACT for ${year}`); f("title:for-year"); f("preamble:first-person");
    P(doc, "Body", `${manager.name}, ${manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the ${entity}. I commit to achieve the objectives detailed below and to report on them at the end of ${year}.`);
    f("entity:prose"); f("sections:letter");
  } else {
    P(doc, "Bold", manager.name); P(doc, "Body", manager.title); P(doc, "Body", String(year)); f("preamble:header-block"); f("title:none");
    P(doc, "Body", `I commit myself to using the authorities delegated to me by the Secretary-General in a manner consistent with the Charter, and to leading the ${entity} towards the results below.`);
    f("entity:prose"); f("sections:section-parts");
  }
  P(doc, "Body", intro, doc.footnote ? { note: noteText } : {});

  // Mandates (missions)
  const mm = office.missions ? shuffle(activeMissions(year, office.missions)).slice(0, int(4, 8)) : [];
  const others = shuffle(activeMissions(year, "political").filter((m) => !mm.includes(m)));
  const sec = sectionScheme(doc);
  if (sec.top) P(doc, "Heading", sec.top);
  if (mm.length) {
    P(doc, "Heading", sec.mandates);
    P(doc, "Body", `The ${entity} directs and supports the following ${office.missions === "peacekeeping" ? "peacekeeping operations" : "special political missions and offices"}:`);
    const mk = pick(["•", "–", "1.", "none", "(a)"]);
    doc.blocks.push({ list: mk, items: mm.map(mname), style: "Body" });
    mm.forEach((m) => addMission(doc, m, true)); f("missions-mandate-list");
  }
  if (others.length >= 3 && rng() < 0.6) {
    const [a, b, c] = others;
    P(doc, "Body", `Where its work touches political processes, the ${entity} consults the missions concerned, including ${a.acronym}, ${b.acronym} and ${c.acronym}, before plans are finalized.`);
    [a, b, c].forEach((m) => addMission(doc, m, false)); f("missions-run-on");
  } else if (others.length >= 1) {
    const a = others[0];
    P(doc, "Body", `Close cooperation with the ${a.name} is expected throughout ${year}.`);
    addMission(doc, a, false); f("missions-prose");
  }
  doc.cellMission = others.length >= 5 && rng() < 0.5 ? others[4] : null;

  // Programme tables
  P(doc, "Heading", sec.programme);
  if (sec.programmeSub) P(doc, "Heading2", sec.programmeSub);
  if (era === "c") P(doc, "Body", `1. I will give special attention to delivering the following results in ${year}.`);
  if (doc.landscape === "section") doc.blocks.push({ brk: "landscape" });
  const fam = FAMILIES[office.family];
  const objBank = shuffle(fam.objectives);
  const nProg = int(2, 3);
  for (let t = 0; t < nProg; t++) addTable(doc, fam, objBank, sec.programmeId, int(3, 4));
  if (doc.landscape === "section") doc.blocks.push({ brk: "portrait" });
  P(doc, "Heading", sec.managerial);
  const mobj = shuffle(MANAGERIAL.objectives);
  addTable(doc, MANAGERIAL, mobj, sec.managerialId, int(3, 4));

  // Challenges
  P(doc, "Heading", sec.challenges);
  const ch = shuffle(CHALLENGES).slice(0, int(2, 4));
  doc.blocks.push({ list: pick(["•", "1.", "none", "(a)"]), items: ch, style: "Body" });
  doc.challenges = ch.length; f("challenges");

  // Signatures
  const d1 = int(5, 25), d2 = Math.min(28, d1 + int(1, 10)), mon = int(1, 3);
  doc.signedOn = [iso(year, mon, d1), iso(year, mon, d2)];
  doc.blocks.push({ sig: [{ name: manager.name, title: manager.title, date: `${d1} ${MONTHS[mon - 1]} ${year}` }, { name: sg.name, title: sg.title, date: `${d2} ${MONTHS[mon - 1]} ${year}` }] });

  // Annex with the missions, for mission offices (half of them)
  if (mm.length && rng() < 0.5) {
    doc.blocks.push({ brk: "page" });
    P(doc, "Title", "Annex"); P(doc, "Center", `Field missions supported by the ${entity} in ${year}`);
    doc.blocks.push({ list: "1.", items: mm.map((m) => `${m.acronym} – ${m.name}`), style: "Body" });
    f("annex-missions");
  }
}
const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function sectionScheme(doc) {
  switch (doc.era) {
    case "a": return { top: "A. PROGRAMME OBJECTIVES", mandates: "1. Mandates", programme: "2. Priority programme objectives", programmeId: "A.2", managerial: "B. MANAGERIAL OBJECTIVES", managerialId: "B", challenges: "C. CHALLENGES" };
    case "b": return { mandates: "Mandates", programme: "I. Programme objectives and key performance indicators", programmeId: "I", managerial: "II. Managerial objectives", managerialId: "II", challenges: "III. Challenges" };
    case "c": return { mandates: "Mandates", programme: "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", programmeId: "A", managerial: "B. MANAGING RESOURCES", managerialId: "B", challenges: "C. CHALLENGES" };
    default: return { mandates: "Mandates", programme: "SECTION 1 : DELIVERING RESULTS", programmeSub: "A. ACHIEVING PROGRAMME OBJECTIVES", programmeId: "1.A", managerial: "B. MANAGING RESOURCES", managerialId: "1.B", challenges: "SECTION 2 : CHALLENGES" };
  }
}

function wrapHeader(label) {
  const w = label.split(" ");
  if (w.length === 1) return [label];
  if (w.length >= 3 && rng() < 0.5) return [w[0], w.slice(1, -1).join(" "), w.at(-1)];
  const k = Math.ceil(w.length / 2);
  return [w.slice(0, k).join(" "), w.slice(k).join(" ")];
}

function addTable(doc, fam, objBank, section, nRows) {
  const L = LAYOUTS[layoutNext(doc)];
  const y = doc.year;
  const accVocab = pick(Object.keys(VOCAB.acc)), measVocab = pick(Object.keys(VOCAB.meas));
  const labels = {
    obj: pick(VOCAB.obj), acc: pick(VOCAB.acc[accVocab]), meas: pick(VOCAB.meas[measVocab]), risk: pick(VOCAB.risk),
    base: pick(VOCAB.base).replace("{y0}", String(y - 1)), tgt: pick(VOCAB.tgt).replace("{y}", String(y)),
  };
  const wrapped = wrapNext();
  const header = L.cols.map((c) => (wrapped ? wrapHeader(labels[c]) : [labels[c]]));
  const spec = {
    layout: L, cols: L.cols, header, repeated: repeatNext(), shaded: shadeNext(), vcenter: vcenterNext(),
    measMarker: L.sub === "measure-rows" ? "none" : measMarkerNext(doc), accMarker: L.sub === "flat" && L.cols.includes("acc") ? accMarkerNext(doc) : "none",
    riskMarker: pick(["•", "none", "–"]), label: pick(["numbered", "plain", "none"]), rows: [],
  };
  const feats = [`objective:${L.obj}`, `subrows:${L.sub}`, `cols:${L.cols.length}`, `acc-vocab:${accVocab}`, `meas-vocab:${measVocab}`];
  if (!L.cols.includes("acc")) feats.push("no-accomplishment");
  for (const c of ["risk", "base", "tgt"]) if (L.cols.includes(c)) feats.push(`col:${{ risk: "risks", base: "baseline", tgt: "target" }[c]}`);
  if (L.cols.indexOf("risk") > 0 && L.cols.indexOf("risk") < L.cols.length - 1 || L.cols.indexOf("tgt") >= 0 && L.cols.indexOf("tgt") < L.cols.indexOf("base")) feats.push("order:nonstandard");
  if (wrapped && header.some((h) => h.length > 1)) feats.push(header.some((h) => h.length > 2) ? "header-wrapped-3" : "header-wrapped");
  if (spec.repeated) feats.push("header-repeated");
  if (spec.shaded) feats.push("header-shaded");
  if (spec.vcenter) feats.push("cells-vcenter");
  if (L.sub !== "measure-rows") feats.push(`marker:${spec.measMarker}`);
  if (L.sub === "flat" && L.cols.includes("acc")) feats.push(`acc-marker:${spec.accMarker}`);
  if (L.obj !== "column") feats.push(spec.label === "numbered" ? "objective:numbered-label" : spec.label === "plain" ? "objective:plain-label" : "objective:no-label");
  spec.features = feats;

  const accBank = shuffle(fam.accomplishments);
  for (let r = 0; r < nRows && objBank.length; r++) {
    const objective = objBank.pop();
    const hasAcc = L.cols.includes("acc");
    const nAcc = !hasAcc ? 1 : L.sub === "flat" ? int(1, 3) : int(2, 3);
    const accs = shuffle(accBank).slice(0, nAcc);
    const groups = []; // per accomplishment: measures [{text, base, tgt}]
    for (let a = 0; a < nAcc; a++) {
      const nm = L.sub === "flat" ? (a === 0 ? int(2, 5) : 0) : int(1, 3);
      const ms = [];
      if (L.sub === "measure-rows") {
        for (const [text, kind] of shuffle(fam.indicators).slice(0, nm)) { const [b, t] = indicatorValues(kind); ms.push({ text, base: b, tgt: t }); }
      } else {
        for (const tpl of shuffle(fam.measures).slice(0, nm)) ms.push({ text: fillMeasure(tpl, y) });
      }
      groups.push(ms);
    }
    if (doc.cellMission && L.sub !== "measure-rows" && !doc.cellMissionUsed) {
      const m = doc.cellMission; doc.cellMissionUsed = true;
      groups[0].push({ text: `Joint work plan agreed with ${m.acronym} by ${pick(MONTHS.slice(1, 8))} ${y}.` });
      addMission(doc, m, false); doc.features.add("missions-table-cell");
    }
    const risks = L.cols.includes("risk") ? shuffle(RISKS).slice(0, L.sub === "rowspan" ? nAcc : int(1, 2)) : [];
    const row = { section, objective, accs: hasAcc ? accs : [], groups, risks, features: feats };
    spec.rows.push(row);
    const measures = groups.flat();
    const truthRow = { section, objective, accomplishments: row.accs, measures: measures.map((m) => m.text) };
    if (risks.length) truthRow.risksAndMitigations = risks;
    if (L.cols.includes("base")) truthRow.baseline = measures.map((m) => m.base);
    if (L.cols.includes("tgt")) truthRow.target = measures.map((m) => m.tgt);
    const structMeasures = [];
    groups.forEach((g, ai) => g.forEach((m) => structMeasures.push({ accomplishment: hasAcc && L.sub !== "flat" ? ai : null, target: L.cols.includes("tgt") ? m.tgt : null, baseline: L.cols.includes("base") ? m.base : null })));
    doc.rows.push({ truth: truthRow, structure: { section, objective, features: feats, measures: structMeasures } });
  }
  doc.tables.push(spec);
  doc.blocks.push({ table: spec });
  for (const ft of feats) doc.features.add(ft);
}

// ---------------------------------------------------------------- FODT writer
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** ODF text: runs of spaces and tabs need elements; our texts have single spaces only. */
const odt = (s) => esc(s);

function fodt(doc) {
  const portrait = doc.paper === "a4" ? ["8.27in", "11.69in"] : ["8.5in", "11in"];
  const whole = doc.landscape === "whole";
  const pw = whole ? [portrait[1], portrait[0]] : portrait;
  const lw = [portrait[1], portrait[0]];
  const margin = 0.8;
  const textWidth = (w) => (parseFloat(w) - 2 * margin).toFixed(2);
  const ruled = doc.rule === "ruled";
  const cellBorder = ruled ? 'fo:border="0.5pt solid #000000"' : 'fo:border="none"';
  const headBorder = doc.rule === "header-rules" ? 'fo:border-top="0.75pt solid #000000" fo:border-bottom="0.75pt solid #000000" fo:border-left="none" fo:border-right="none"' : cellBorder;
  const st = [];
  st.push(`<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.12in"/><style:text-properties fo:font-size="${doc.size + 3}pt" fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1in"/></style:style>`);
  st.push(`<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08in" fo:text-align="justify"/></style:style>`);
  st.push(`<style:style style:name="Bold" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.02in"/><style:text-properties fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.14in" fo:margin-bottom="0.08in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="Heading2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.08in" fo:margin-bottom="0.06in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>`);
  st.push(`<style:style style:name="ObjHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.12in" fo:margin-bottom="0.05in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.03in"/><style:text-properties fo:font-size="${doc.size - 1}pt"/></style:style>`);
  st.push(`<style:style style:name="CellHead" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="${doc.size - 1}pt" fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="CellBold" style:family="paragraph"><style:text-properties fo:font-size="${doc.size - 1}pt" fo:font-weight="bold"/></style:style>`);
  st.push(`<style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="${textWidth(pw[0])}in" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt"/></style:style>`);
  st.push(`<style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>`);
  const auto = [];
  const pageLayout = (name, [w, h], orient) => `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${w}" fo:page-height="${h}" style:print-orientation="${orient}" fo:margin-top="0.6in" fo:margin-bottom="0.6in" fo:margin-left="${margin}in" fo:margin-right="${margin}in"/><style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.15in"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.15in"/></style:footer-style></style:page-layout>`;
  auto.push(pageLayout("pm1", pw, whole ? "landscape" : "portrait"), pageLayout("pm2", lw, "landscape"));
  auto.push(`<style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="Landscape"><style:paragraph-properties style:page-number="auto"/></style:style>`);
  auto.push(`<style:style style:name="PPort" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="Standard"><style:paragraph-properties style:page-number="auto"/></style:style>`);
  auto.push(`<style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:break-before="page"/></style:style>`);
  auto.push(`<style:style style:name="CBody" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" ${cellBorder} style:vertical-align="top"/></style:style>`);
  auto.push(`<style:style style:name="CMid" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" ${cellBorder} style:vertical-align="middle"/></style:style>`);
  auto.push(`<style:style style:name="CHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" ${headBorder} style:vertical-align="bottom"/></style:style>`);
  auto.push(`<style:style style:name="CHeadS" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:background-color="#d9d9d9" ${headBorder} style:vertical-align="bottom"/></style:style>`);
  auto.push(`<style:style style:name="CSpan" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" ${cellBorder} ${ruled ? 'fo:background-color="#f2f2f2"' : ""}/></style:style>`);
  auto.push(`<style:style style:name="RKeep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`);
  auto.push(`<style:style style:name="RFree" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>`);
  auto.push(`<style:style style:name="SigT" style:family="table"><style:table-properties style:width="${textWidth(pw[0])}in" table:align="margins"/></style:style>`);
  auto.push(`<style:style style:name="SigC" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border="none"/></style:style>`);
  // list styles
  for (const k of LIST_KEYS) {
    const m = MARKERS[k];
    const props = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.22in" fo:text-indent="-0.2in" fo:margin-left="0.22in"/></style:list-level-properties>`;
    const level = m.bullet
      ? `<text:list-level-style-bullet text:level="1" text:bullet-char="${esc(m.bullet)}">${props}${m.font ? `<style:text-properties style:font-name="${m.font}"/>` : ""}</text:list-level-style-bullet>`
      : `<text:list-level-style-number text:level="1" style:num-format="${m.num}" style:num-prefix="${esc(m.prefix)}" style:num-suffix="${esc(m.suffix)}">${props}</text:list-level-style-number>`;
    auto.push(`<text:list-style style:name="${listStyleName(k)}">${level}</text:list-style>`);
  }
  const body = [];
  let tn = 0;
  const para = (style, text) => `<text:p text:style-name="${style}">${odt(printed(doc, text))}</text:p>`;
  const items = (k, xs, style) => {
    if (!xs.length) return `<text:p text:style-name="${style}"/>`;
    const m = MARKERS[k];
    if (m.bullet || m.num) return `<text:list text:style-name="${listStyleName(k)}">${xs.map((x) => `<text:list-item>${para(style, x)}</text:list-item>`).join("")}</text:list>`;
    if (m.typed) return xs.map((x) => `<text:p text:style-name="${style}">${odt(m.typed)}<text:tab/>${odt(printed(doc, x))}</text:p>`).join("");
    return xs.map((x) => para(style, x)).join("");
  };
  let pendingBreak = null;
  for (const b of doc.blocks) {
    if (b.brk) { pendingBreak = b.brk; continue; }
    const breakStyle = pendingBreak === "landscape" ? "PLand" : pendingBreak === "portrait" ? "PPort" : pendingBreak === "page" ? "PBreak" : null;
    if (breakStyle && !b.p) { body.push(`<text:p text:style-name="${breakStyle}"/>`); pendingBreak = null; }
    if (b.p) {
      const style = breakStyle ?? b.p; pendingBreak = null;
      const note = b.note ? `<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Cell">${odt(b.note)}</text:p></text:note-body></text:note>` : "";
      body.push(`<text:p text:style-name="${style}">${odt(printed(doc, b.text))}${note}</text:p>`);
    } else if (b.list) {
      body.push(items(b.list, b.items, b.style));
    } else if (b.sig) {
      const block = (s) => [`<text:p text:style-name="Body">______________________________</text:p>`, `<text:p text:style-name="Bold">${odt(s.name)}</text:p>`, `<text:p text:style-name="Body">${odt(s.title)}</text:p>`, `<text:p text:style-name="Body">Date: ${odt(s.date)}</text:p>`].join("");
      if (doc.sig === "side-by-side") body.push(`<table:table table:name="Signatures" table:style-name="SigT"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell table:style-name="SigC" office:value-type="string">${block(b.sig[0])}</table:table-cell><table:table-cell table:style-name="SigC" office:value-type="string">${block(b.sig[1])}</table:table-cell></table:table-row></table:table>`);
      else body.push(`<text:p text:style-name="Body"/>${block(b.sig[0])}<text:p text:style-name="Body"/>${block(b.sig[1])}`);
    } else if (b.table) {
      tn++;
      const inLand = doc.landscape === "whole" || isInLandscape(doc, b);
      const width = parseFloat(textWidth(inLand ? lw[0] : pw[0]));
      body.push(...tableXml(doc, b.table, tn, width, auto, items, para));
    }
  }
  const master = (name, pl) => {
    const hdr = doc.runningHeader ? `<style:header><text:p text:style-name="Hdr">${odt(doc.entity)}<text:tab/>${odt(`Senior Manager’s Compact ${doc.year}`)}</text:p></style:header>` : "";
    const ftr = doc.footer === "page-of" ? `<style:footer><text:p text:style-name="Ftr">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>`
      : doc.footer === "page-n" ? `<style:footer><text:p text:style-name="Ftr"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>` : "";
    return `<style:master-page style:name="${name}" style:page-layout-name="${pl}">${hdr}${ftr}</style:master-page>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${doc.font}" svg:font-family="'${doc.font}'"/><style:font-face style:name="Courier New" svg:font-family="'Courier New'" style:font-family-generic="modern"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="${doc.font}" fo:font-size="${doc.size}pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
${st.join("\n")}
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
${auto.join("\n")}
</office:automatic-styles>
<office:master-styles>${master("Standard", "pm1")}${master("Landscape", "pm2")}</office:master-styles>
<office:body><office:text>
${body.join("\n")}
</office:text></office:body></office:document>
`;
}
function isInLandscape(doc, block) {
  let land = false;
  for (const b of doc.blocks) { if (b.brk === "landscape") land = true; if (b.brk === "portrait") land = false; if (b === block) return land; }
  return false;
}

/** Relative column widths: text columns wide, value columns narrow. */
const COL_WEIGHT = { obj: 3, acc: 3, meas: 4, risk: 3, base: 1.3, tgt: 1.3 };

function tableXml(doc, spec, tn, width, auto, items, para) {
  const name = `T${tn}`;
  const cols = spec.cols;
  const total = cols.reduce((a, c) => a + COL_WEIGHT[c], 0);
  auto.push(`<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${width.toFixed(2)}in" table:align="margins"/></style:style>`);
  cols.forEach((c, i) => auto.push(`<style:style style:name="${name}.${i}" style:family="table-column"><style:table-column-properties style:column-width="${((width * COL_WEIGHT[c]) / total).toFixed(3)}in"/></style:style>`));
  const out = [];
  const L = spec.layout;
  const rowStyle = doc.cantsplit ? "RKeep" : "RFree";
  const bodyCell = spec.vcenter ? "CMid" : "CBody";
  const cell = (content, attrs = "", style = bodyCell) => `<table:table-cell table:style-name="${style}" office:value-type="string"${attrs}>${content}</table:table-cell>`;
  const covered = "<table:covered-table-cell/>";
  const headRow = `<table:table-row table:style-name="RKeep">${spec.header.map((lines) => cell(`<text:p text:style-name="CellHead">${lines.map(odt).join("<text:line-break/>")}</text:p>`, "", spec.shaded ? "CHeadS" : "CHead")).join("")}</table:table-row>`;
  const label = (n, objective) => (spec.label === "numbered" ? `Objective ${n}: ${objective}` : spec.label === "plain" ? `Objective: ${objective}` : objective);
  const tableOpen = () => `<table:table table:name="${name}${out.length}" table:style-name="${name}">${cols.map((_, i) => `<table:table-column table:style-name="${name}.${i}"/>`).join("")}${spec.repeated ? `<table:table-header-rows>${headRow}</table:table-header-rows>` : headRow}`;
  const rowsXml = (row, n) => {
    const xs = [];
    if (L.obj === "spanning") xs.push(`<table:table-row table:style-name="${rowStyle}">${cell(`<text:p text:style-name="CellBold">${odt(printed(doc, label(n, row.objective)))}</text:p>`, ` table:number-columns-spanned="${cols.length}"`, "CSpan")}${covered.repeat(cols.length - 1)}</table:table-row>`);
    if (L.sub === "flat") {
      const measures = row.groups.flat().map((m) => m.text);
      xs.push(`<table:table-row table:style-name="${rowStyle}">${cols.map((c) => cell(c === "obj" ? para("Cell", row.objective) : c === "acc" ? items(spec.accMarker, row.accs, "Cell") : c === "meas" ? items(spec.measMarker, measures, "Cell") : items(spec.riskMarker, row.risks, "Cell"))).join("")}</table:table-row>`);
    } else if (L.sub === "rowspan") {
      row.groups.forEach((g, ai) => {
        xs.push(`<table:table-row table:style-name="${rowStyle}">${cols.map((c) => {
          if (c === "obj") return ai === 0 ? cell(para("Cell", row.objective), ` table:number-rows-spanned="${row.groups.length}"`) : covered;
          if (c === "acc") return cell(para("Cell", row.accs[ai]));
          if (c === "meas") return cell(items(spec.measMarker, g.map((m) => m.text), "Cell"));
          return cell(items("none", row.risks[ai] ? [row.risks[ai]] : [], "Cell"));
        }).join("")}</table:table-row>`);
      });
    } else {
      const flat = row.groups.flatMap((g, ai) => g.map((m, mi) => ({ m, ai, mi, n: g.length })));
      flat.forEach(({ m, ai, mi, n: gn }, k) => {
        xs.push(`<table:table-row table:style-name="${rowStyle}">${cols.map((c) => {
          if (c === "obj") return k === 0 ? cell(para("Cell", row.objective), ` table:number-rows-spanned="${flat.length}"`) : covered;
          if (c === "acc") return mi === 0 ? cell(para("Cell", row.accs[ai]), gn > 1 ? ` table:number-rows-spanned="${gn}"` : "") : covered;
          if (c === "meas") return cell(para("Cell", m.text));
          return cell(para("Cell", c === "base" ? m.base : m.tgt));
        }).join("")}</table:table-row>`);
      });
    }
    return xs.join("");
  };
  if (L.obj === "heading") {
    spec.rows.forEach((row, i) => {
      const head = spec.label === "numbered" ? `${i + 1}. ${row.objective}` : spec.label === "plain" ? `Objective: ${row.objective}` : row.objective;
      out.push(`<text:p text:style-name="ObjHead">${odt(printed(doc, head))}</text:p>`);
      out.push(`${tableOpen()}${rowsXml(row, i + 1)}</table:table>`);
    });
  } else {
    out.push(`${tableOpen()}${spec.rows.map((r, i) => rowsXml(r, i + 1)).join("")}</table:table>`);
  }
  out.push(`<text:p text:style-name="Body"/>`);
  return out;
}

// ---------------------------------------------------------------- Markdown
function markdown(doc) {
  const out = [];
  const mdEsc = (s) => s.replace(/\|/g, "\\|");
  const itemsMd = (k, xs) => xs.map((x, i) => { const l = markerLabel(k, i); return mdEsc(l ? `${l} ${x}` : x); }).join("<br>");
  const sectionHeading = /^(SECTION \d|[A-C]\. |I+\. |Mandates$)/;
  for (const b of doc.blocks) {
    if (b.brk) { if (b.brk === "page") out.push("---", ""); continue; }
    if (b.p) {
      const t = printed(doc, b.text) + (b.note ? "[^1]" : "");
      if (b.p === "Title") out.push(`# ${t}`, "");
      else if (b.p === "Heading" || b.p === "Heading2") out.push(`${sectionHeading.test(b.text) && b.p === "Heading" ? "##" : "###"} ${t}`, "");
      else if (b.p === "Bold") out.push(`**${t}**`, "");
      else out.push(t, "");
    } else if (b.list) {
      const m = MARKERS[b.list];
      b.items.forEach((x, i) => out.push(m.num === "1" ? `${i + 1}. ${x}` : m.bullet === "•" ? `- ${x}` : m.bullet || m.typed ? `- ${markerLabel(b.list, i)} ${x}` : m.num ? `${markerLabel(b.list, i)} ${x}` : x, ...(m.bullet || m.num === "1" || m.typed ? [] : [""])));
      out.push("");
    } else if (b.sig) {
      for (const s of b.sig) out.push("______________________________", "", `**${s.name}**`, "", s.title, "", `Date: ${s.date}`, "");
    } else if (b.table) {
      const spec = b.table, L = spec.layout, cols = spec.cols;
      const headerLine = () => [`| ${spec.header.map((h) => h.join("<br>")).join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`];
      const cellOf = (row, c, measures) => (c === "obj" ? row.objective : c === "acc" ? itemsMd(spec.accMarker, row.accs) : c === "meas" ? itemsMd(spec.measMarker, measures) : itemsMd(spec.riskMarker, row.risks));
      const lines = (row, n) => {
        const xs = [];
        const pr = (cells) => xs.push(`| ${cells.map((c) => printed(doc, c)).join(" | ")} |`);
        if (L.obj === "spanning") { const t = spec.label === "numbered" ? `Objective ${n}: ${row.objective}` : spec.label === "plain" ? `Objective: ${row.objective}` : row.objective; pr([`**${mdEsc(t)}**`, ...cols.slice(1).map(() => "")]); }
        if (L.sub === "flat") pr(cols.map((c) => cellOf(row, c, row.groups.flat().map((m) => m.text))));
        else if (L.sub === "rowspan") row.groups.forEach((g, ai) => pr(cols.map((c) => (c === "obj" ? (ai === 0 ? row.objective : "") : c === "acc" ? row.accs[ai] : c === "meas" ? itemsMd(spec.measMarker, g.map((m) => m.text)) : row.risks[ai] ?? ""))));
        else row.groups.forEach((g, ai) => g.forEach((m, mi) => pr(cols.map((c) => (c === "obj" ? (ai === 0 && mi === 0 ? row.objective : "") : c === "acc" ? (mi === 0 ? row.accs[ai] : "") : c === "meas" ? m.text : c === "base" ? m.base : m.tgt)))));
        return xs;
      };
      if (L.obj === "heading") spec.rows.forEach((row, i) => { const t = spec.label === "numbered" ? `${i + 1}. ${row.objective}` : spec.label === "plain" ? `Objective: ${row.objective}` : row.objective; out.push(`**${printed(doc, t)}**`, "", ...headerLine(), ...lines(row, i + 1), ""); });
      else out.push(...headerLine(), ...spec.rows.flatMap((r, i) => lines(r, i + 1)), "");
    }
  }
  if (doc.footnote) out.push("[^1]: Targets are set against the results of the previous reporting period unless stated otherwise.", "");
  return out.join("\n");
}

// ---------------------------------------------------------------- truth
function truthOf(doc) {
  return {
    kind: "compact", year: doc.year, manager: doc.manager, counterpart: { name: doc.sg.name, title: doc.sg.title }, entity: doc.entity,
    signedOn: doc.signedOn, missions: doc.missions.map(({ acronym, name, kind }) => ({ acronym, name, kind })),
    resolutions: doc.resolutions, documents: doc.documents, resolutionDates: {}, challenges: doc.challenges,
    rows: doc.rows.map((r) => r.truth),
    structure: { features: [...doc.features].sort(), rows: doc.rows.map((r) => r.structure) },
  };
}

// ---------------------------------------------------------------- producers
const LO_PROFILE = "file:///tmp/lo-h-gen5";
function soffice(to, outdir, files) {
  execFileSync("soffice", [`-env:UserInstallation=${LO_PROFILE}`, "--headless", "--convert-to", to, "--outdir", outdir, ...files], { stdio: "pipe", timeout: 1_800_000 });
}
const squash = (s) => s.normalize("NFKC").replace(/\u00ad/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
/** Truth rows a page break cuts: no single page of `pdftotext -raw` holds all of the row's cells. */
function cutRowsOf(pdf, doc) {
  const pages = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).split("\f").map(squash);
  const cut = [];
  doc.rows.forEach(({ truth }, i) => {
    const cells = [truth.objective, ...truth.accomplishments, ...truth.measures].map(squash);
    if (!pages.some((p) => cells.every((c) => p.includes(c)))) cut.push(i);
  });
  return { cut, pages: pages.length - (pages.at(-1) === "" ? 1 : 0) };
}

function main() {
  const docs = [...Array(N_DOCS).keys()].map(makeDoc);
  const files = new Map();
  for (const d of docs) {
    const base = `${d.split}/${d.id}`;
    files.set(`${base}.fodt`, fodt(d));
    files.set(`${base}.md`, markdown(d));
    files.set(`${base}.truth.json`, JSON.stringify(truthOf(d), null, 1) + "\n");
  }
  if (CHECK) {
    const bad = [...files].filter(([p, s]) => !existsSync(join(OUT, p)) || readFileSync(join(OUT, p), "utf8") !== s).map(([p]) => p);
    const man = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
    const ids = man.documents.map((d) => d.id).join(",");
    if (ids !== docs.map((d) => d.id).join(",")) bad.push("manifest.json (documents)");
    if (bad.length) { console.log(`differ from the generator: ${bad.join(", ")}`); process.exit(1); }
    console.log(`${files.size} files match the generator`);
    return;
  }
  for (const sp of ["dev6", "holdout6"]) mkdirSync(join(OUT, sp), { recursive: true });
  for (const [p, s] of files) writeFileSync(join(OUT, p), s);
  const prev = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : null;
  const manifestDocs = [];
  for (const sp of ["dev6", "holdout6"]) {
    const dir = join(OUT, sp);
    const fodts = docs.filter((d) => d.split === sp).map((d) => join(dir, `${d.id}.fodt`));
    if (!NO_PDF) {
      const tmp = join("/tmp", `corpus6-${sp}`);
      rmSync(tmp, { recursive: true, force: true }); mkdirSync(tmp, { recursive: true });
      soffice("pdf", tmp, fodts);
      for (const d of docs.filter((x) => x.split === sp)) renameSync(join(tmp, `${d.id}.pdf`), join(dir, `${d.id}.lo.pdf`));
      soffice('docx:MS Word 2007 XML', dir, fodts);
      soffice("pdf", tmp, docs.filter((d) => d.split === sp).map((d) => join(dir, `${d.id}.docx`)));
      for (const d of docs.filter((x) => x.split === sp)) renameSync(join(tmp, `${d.id}.pdf`), join(dir, `${d.id}.docx.pdf`));
      for (const d of docs.filter((x) => x.split === sp)) writeFileSync(join(dir, `${d.id}.lo.txt`), execFileSync("pdftotext", ["-layout", join(dir, `${d.id}.lo.pdf`), "-"], { encoding: "utf8" }));
    }
  }
  for (const d of docs) {
    const dir = join(OUT, d.split);
    const old = prev?.documents.find((x) => x.id === d.id);
    let pages = old?.pages ?? {}, cutRows = old?.cutRows ?? {};
    if (!NO_PDF) {
      const lo = cutRowsOf(join(dir, `${d.id}.lo.pdf`), d), dx = cutRowsOf(join(dir, `${d.id}.docx.pdf`), d);
      pages = { lo: lo.pages, docx: dx.pages }; cutRows = { lo: lo.cut, docx: dx.cut };
    }
    manifestDocs.push({
      id: d.id, split: d.split, year: d.year, entity: d.entity, ruled: d.rule === "ruled", rows: d.rows.length, pages, cutRows,
      features: [...d.features].sort(),
      style: { font: d.font, size: d.size, paper: d.paper, landscape: d.landscape, era: d.era, rules: d.rule },
      renderings: { "lo.pdf": `${d.split}/${d.id}.lo.pdf`, "docx.pdf": `${d.split}/${d.id}.docx.pdf`, "lo.txt": `${d.split}/${d.id}.lo.txt`, md: `${d.split}/${d.id}.md` },
      source: `${d.split}/${d.id}.fodt`, docx: `${d.split}/${d.id}.docx`, truth: `${d.split}/${d.id}.truth.json`,
    });
  }
  const manifest = { generator: "scripts/corpus6/generate.mjs", seed: SEED, splits: { dev6: docs.filter((d) => d.split === "dev6").length, holdout6: docs.filter((d) => d.split === "holdout6").length }, documents: manifestDocs };
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`${docs.length} documents, ${docs.reduce((a, d) => a + d.rows.length, 0)} rows`);
}
main();
