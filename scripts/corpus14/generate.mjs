#!/usr/bin/env node
/**
 * The fourteenth compact corpus (test/corpus14/, issue 11): an independent generator whose producers
 * no earlier corpus used — a spreadsheet (python3-openpyxl .xlsx: merged cells, wrapped text, print
 * titles, fit to width) printed by LibreOffice Calc (`xlsx.pdf`), a native ODT (python3-odf: list
 * styles, table styles, header rows, headers/footers) printed by LibreOffice Writer (`odt.pdf`), a
 * typed plain-text copy (tables drawn with `+---+|` or with spaces) printed by GNU enscript and
 * Ghostscript's ps2pdf (`enscript.pdf`, Latin-1 documents only), XeLaTeX with fontspec and ltablex
 * (`xe.pdf`), `pdftotext -layout` of the spreadsheet print (`txt`) and Markdown (`md`).
 * One data model per document drives a layout (blocks, tables of cells with row spans) that every
 * renderer prints, and the truth; the truth is exact by construction.
 *
 *   node scripts/corpus14/generate.mjs           # draws, prints (see test/corpus14/README.md for the packages)
 *   node scripts/corpus14/generate.mjs --check   # truth, Markdown, layout sha256 and manifest features as committed
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FIRST, LAST, MANAGERIAL, OFFICES, SCOPES } from "./banks.mjs";
import { reseedable } from "../corpus/prng.mjs";
import { refuseUnknownFlags, splitsWanted } from "../corpus/args.mjs";
import { flagValue, splitDrawId, validationDraw } from "../corpus/generator.mjs";
import { MONTHS } from "../corpus/common.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { checkDocuments, freshObjective, manifestFeatures, pagesAndCuts, producerVersion, sha, splitsOf, truthText, writeManifest } from "../corpus/harness.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--splits", "--only", "--features", "--seed", "--split"]);

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
const OUT = join(ROOT, "test", "corpus14");
const SEED = 141414;
const CHECK = process.argv.includes("--check");
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const N_DOCS = 33, N_DEV = 20;
/**
 * The validation draws: the same generator printed again with another seed, every document in
 * split `val14` (session 33, ids `v14-001…`) or `val14b` (session 35, ids `v14b-001…`), each drawn
 * after and apart from the committed 33 so that their bytes do not move. `--seed S --split <split>`
 * prints one (only those files; its manifest entries are merged into manifest.json); `--check` draws
 * every one again and compares. val14b's seed, 161414 (SEED + 20000), was chosen before any score;
 * val14c's (session 36, ids `v14c-001…`), 171414 (SEED + 30000), likewise; val14d's (session 37, a check
 * draw not tuned on, ids `v14d-001…`), 181414 (SEED + 40000), likewise; val14e's (session 39, a check
 * draw not tuned on, ids `v14e-001…`), 191414 (SEED + 50000), likewise; val14f's (session 41, a check
 * draw not tuned on, ids `v14f-001…`), 201414 (SEED + 60000), likewise; val14g's (session 42, a check
 * draw not tuned on, ids `v14g-001…`), 211414 (SEED + 70000), likewise; val14h's (session 43, a check
 * draw not tuned on, ids `v14h-001…`), 221414 (SEED + 80000), likewise; val14i's (session 44, a check
 * draw not tuned on, ids `v14i-001…`), 231414 (SEED + 90000), likewise; val14j's (session 45, a check
 * draw not tuned on, ids `v14j-001…`), 241414 (SEED + 100000), likewise; val14k's (session 46, a check
 * draw not tuned on, ids `v14k-001…`), 251414 (SEED + 110000), likewise; val14l's (session 47, a check
 * draw not tuned on, ids `v14l-001…`), 261414 (SEED + 120000), likewise; val14m's (session 48, a check
 * draw not tuned on, ids `v14m-001…`), 271414 (SEED + 130000), likewise; val14n's (session 49, a check
 * draw not tuned on, ids `v14n-001…`), 281414 (SEED + 140000), likewise; val14o's (session 50, a check
 * draw not tuned on, ids `v14o-001…`), 291414 (SEED + 150000), likewise; val14p's (session 51, a check
 * draw not tuned on, ids `v14p-001…`), 301414 (SEED + 160000), likewise; val14q's (session 52, a check
 * draw not tuned on, ids `v14q-001…`), 311414 (SEED + 170000), likewise; val14r's (session 53, a check
 * draw not tuned on, ids `v14r-001…`), 321414 (SEED + 180000), likewise.
 */
const DRAWS = [{ split: "val14", seed: SEED + 10000, docs: 24 }, { split: "val14b", seed: SEED + 20000, docs: 24 }, { split: "val14c", seed: SEED + 30000, docs: 24 }, { split: "val14d", seed: SEED + 40000, docs: 24 }, { split: "val14e", seed: SEED + 50000, docs: 24 }, { split: "val14f", seed: SEED + 60000, docs: 24 }, { split: "val14g", seed: SEED + 70000, docs: 24 }, { split: "val14h", seed: SEED + 80000, docs: 24 }, { split: "val14i", seed: SEED + 90000, docs: 24 }, { split: "val14j", seed: SEED + 100000, docs: 24 }, { split: "val14k", seed: SEED + 110000, docs: 24 }, { split: "val14l", seed: SEED + 120000, docs: 24 }, { split: "val14m", seed: SEED + 130000, docs: 24 }, { split: "val14n", seed: SEED + 140000, docs: 24 }, { split: "val14o", seed: SEED + 150000, docs: 24 }, { split: "val14p", seed: SEED + 160000, docs: 24 }, { split: "val14q", seed: SEED + 170000, docs: 24 }, { split: "val14r", seed: SEED + 180000, docs: 24 }];
const isDrawSplit = (split) => DRAWS.some((v) => v.split === split);
/** `--split val14 [--seed 151414]`, `--split val14b [--seed 161414]`, `--split val14c [--seed 171414]`, `--split val14d [--seed 181414]`, `--split val14e [--seed 191414]`, `--split val14f [--seed 201414]`, `--split val14g [--seed 211414]`, `--split val14h [--seed 221414]`, `--split val14i [--seed 231414]`, `--split val14j [--seed 241414]`, `--split val14k [--seed 251414]`, `--split val14l [--seed 261414]`, `--split val14m [--seed 271414]`, `--split val14n [--seed 281414]`, `--split val14o [--seed 291414]`, `--split val14p [--seed 301414]`, `--split val14q [--seed 311414]`, `--split val14r [--seed 321414]` (scripts/corpus/generator.mjs's validationDraw): a draw this corpus records. */
const DRAW = validationDraw(14, { seed: DRAWS.find((v) => v.split === flagValue("--split"))?.seed ?? DRAWS[0].seed });
if (DRAW && !DRAWS.some((v) => v.split === DRAW.split && v.seed === DRAW.seed)) { console.error(`--seed/--split: corpus14 records the validation draws ${DRAWS.map((v) => `--split ${v.split} with seed ${v.seed}`).join(", ")} (--check re-draws them with those seeds; the committed dev14/holdout14 are printed without --split)`); process.exit(2); }
const SPLIT = DRAW?.split;

// ---------------------------------------------------------------- randomness
const { next: rnd, int, pick, shuffle, sample, reseed } = reseedable(SEED);

// ---------------------------------------------------------------- data
const SG = (y) => (y <= 2006 ? "Kofi A. Annan" : y <= 2016 ? "Ban Ki-moon" : "António Guterres");
/** Latin-1 (ISO 8859-1) only: what enscript can print. */
const latin1 = (s) => [...s].every((c) => c.charCodeAt(0) < 256);

/** Table designs (README). */
const DESIGNS = ["numcol4", "units6", "risks3", "cont3", "noacc4"];
const ACC = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
const MEAS = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };
/** Item markers: Unicode ones for the documents that have no typed copy, Latin-1 ones for all. */
const MARKERS_U = ["•", "▪", "●", "–", "➢", "□", "o", "-", "none"];
const MARKERS_L = ["-", "*", "o", "·", "none", "-"];
const letters = "abcdefghijklmnop";
const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
const itemMarker = (m, i) => (m === "(a)" ? `(${letters[i]})` : m === "a)" ? `${letters[i]})` : m === "(i)" ? `(${roman[i]})` : m === "1." ? `${i + 1}.` : m === "none" ? null : m);

function drawValue(ind, typed) {
  const v = int(Math.min(ind.lo, ind.hi), Math.max(ind.lo, ind.hi));
  const b = int(ind.lo, ind.hi);
  const up = ind.unit !== "days";
  let t = up ? Math.min(ind.hi, b + int(1, Math.max(2, Math.round((ind.hi - ind.lo) / 4)))) : Math.max(ind.lo, b - int(1, 6));
  if (ind.unit === "%" && rnd() < 0.15) t = 100;
  const fmtN = (x) => x.toLocaleString("en-US");
  // Units in a separate column: the value alone; targets as printed (comparators, "per cent", "at least").
  const unit = ind.unit === "%" ? pick(["%", "per cent", "percentage"]) : ind.unit === "days" ? "days" : ind.unitWord ?? "number";
  const ge = typed ? ">=" : "≥", le = typed ? "<=" : "≤";
  const pctT = () => pick([`${ge} ${t}%`, `${t} per cent`, `${t}%`, `at least ${t}%`]);
  const target = ind.unit === "%" ? (t === 100 ? pick(["100 per cent", "100%"]) : pctT()) : ind.unit === "days" ? pick([`${le} ${t}`, `${t} days or fewer`, `${t}`]) : pick([`${ge} ${fmtN(t)}`, `at least ${fmtN(t)}`, `${fmtN(t)}`]);
  const baseline = ind.unit === "%" ? pick([`${b}%`, `${b}`]) : fmtN(b);
  const withValue = ind.unit === "%" ? `${v}% of ${ind.of}` : ind.unit === "days" ? `${ind.t}: ${v}` : `${ind.t}: ${fmtN(v)}`;
  return { withValue, indicator: ind.t, unit, baseline, target };
}

function drawRows(bank, used, n, design, typed) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const obj = freshObjective(pick, bank.objectives, bank === MANAGERIAL ? null : SCOPES, used, 300);
    if (!obj) break;
    const nAcc = design === "noacc4" ? 0 : design === "units6" ? int(1, 2) : int(1, 3);
    const accs = sample(bank.accomplishments, nAcc);
    const inds = shuffle(bank.indicators);
    const measures = [];
    let ii = 0;
    if (design === "units6") accs.forEach((_, ai) => { for (let j = int(1, 2); j > 0; j--) measures.push({ acc: ai, ...drawValue(inds[ii++ % inds.length], typed) }); });
    else for (let j = int(design === "noacc4" ? 1 : 1, 3); j > 0; j--) measures.push({ acc: null, ...drawValue(inds[ii++ % inds.length], typed) });
    const risks = design === "risks3" ? sample(bank.risks, int(1, 2)) : [];
    rows.push({ objective: obj, accs, measures, risks });
  }
  return rows;
}

// ---------------------------------------------------------------- the plan
/** Markers dealt in turn (per alphabet and per role), so that each shows in several documents. */
let DEALT = {}, MISS = {};
function deal(typed, role) {
  const xs = typed ? MARKERS_L : MARKERS_U, k = `${typed}`;
  DEALT[k] = (DEALT[k] ?? 0) + 1 + (role === 2 ? 4 : 0);
  return xs[DEALT[k] % xs.length];
}
const RULES = ["grid", "rows", "none"];
function drawDocument(i) {
  const office = OFFICES[i % OFFICES.length];
  const year = int(office.years[0], office.years[1]);
  const era = year <= 2010 ? "a" : year <= 2018 ? "b" : "c";
  const typed = i % 2 === 0; // a typed (Latin-1) copy exists: enscript.pdf
  let manager;
  const fold = (x) => (typed ? x.replace(/’/g, "'") : x);
  for (let t = 0; t < 50; t++) { manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: fold(office.head) }; if (!typed || latin1(manager.name)) break; }
  const entity = fold(office.name);
  const style = {
    rules: RULES[(2 * i + Math.floor(i / 5)) % 3],
    font: pick(["DejaVu Sans", "Liberation Serif", "Liberation Sans"]),
    size: pick([9, 10, 10, 11]),
    landscape: i % 3 === 1,
    shade: rnd() < 0.6,
    footer: pick(["page-n-of-m", "page-n", "none"]),
    runningHeader: rnd() < 0.5,
    signatures: pick(["side-by-side", "stacked"]),
    missionsAs: "none",
    toc: rnd() < 0.35,
    keepRows: rnd() < 0.5,
    box: pick(["box", "spaces"]),
    mdStyle: pick(["table", "table", "list"]),
    gaForm: pick(["symbol", "words"]),
    scForm: pick(["symbol", "words"]),
    xlsxSheets: pick(["per-table", "one-sheet"]),
  };
  style.ruled = style.rules === "grid";
  // mandate lists dealt in turn within ruled and within borderless documents
  if (office.missions) { MISS[style.ruled] = (MISS[style.ruled] ?? 0) + 1; style.missionsAs = ["table", "list", "prose"][MISS[style.ruled] % 3]; }
  const used = new Set();
  const designs = [DESIGNS[i % 5], DESIGNS[(i + 2) % 5], ...(i % 3 !== 2 ? [DESIGNS[(i + 4) % 5]] : []), DESIGNS[(i + 1) % 5]];
  const tables = designs.map((design, t) => {
    const managerial = t === designs.length - 1;
    const ts = {
      design, managerial,
      plural: rnd() < 0.5,
      accVocab: pick(Object.keys(ACC)), measVocab: pick(Object.keys(MEAS)),
      repeatHeader: rnd() < 0.7,
      numStyle: pick(["1.", "1", "(1)"]),
      accMarker: design === "numcol4" ? pick(["(a)", "a)"]) : deal(typed, 0),
      measMarker: deal(typed, 1),
      riskMarker: deal(typed, 2),
      objLabel: pick(["Objective N: ", "Objective N. ", "Objective: "]),
      risksLast: rnd() < 0.4,
      caseUpper: rnd() < 0.3,
    };
    if (ts.measMarker === "none" && ts.accMarker === "none") ts.measMarker = typed ? "-" : "•";
    const bank = managerial ? { ...MANAGERIAL } : office;
    const n = design === "units6" || design === "noacc4" ? int(3, 4) : design === "cont3" ? int(5, 7) : int(3, 5);
    ts.rows = drawRows(bank, used, n, design, typed);
    return ts;
  });
  const missions = office.missions && style.missionsAs !== "none" ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year && (!typed || latin1(m.name))), int(3, 5)) : [];
  const session = year - 1946;
  const scNo = year <= 2016 ? 1650 + (year - 2006) * 62 + int(0, 55) : 2330 + (year - 2016) * 54 + int(0, 50);
  const mon = int(0, 3), d1 = int(2, 26), d2 = Math.min(28, d1 + int(0, 9));
  const iso = (d) => `${year}-${String(mon + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return {
    year, era, typed, office, entity, manager, counterpart: { name: SG(year), title: "Secretary-General" }, style, tables, missions,
    gaRes: `${session - 1}/${int(246, 283)}`, budgetDoc: `A/${session - 1}/6 (Sect. ${office.sect})`, scRes: missions.length ? { no: scNo, year: year - int(0, 1) } : null,
    signed: [iso(d1), iso(d2)], challenges: sample(office.challenges, int(2, 4)),
  };
}

// ---------------------------------------------------------------- the layout (what every renderer prints)
const P = (text, o = {}) => ({ text, ...o });
function labels(t) {
  const acc = ACC[t.accVocab][t.plural ? 1 : 0], meas = MEAS[t.measVocab][t.plural ? 1 : 0], obj = t.plural ? "Objectives" : "Objective";
  const L = { numcol4: ["No.", obj, acc, meas], units6: [obj, acc, meas, "Unit", "Baseline", "Target"], risks3: t.risksLast ? [acc, meas, "Risks and mitigations"] : [acc, "Risks and mitigations", meas], cont3: [obj, acc, meas], noacc4: [obj, meas, "Baseline", "Target"] }[t.design];
  return t.caseUpper ? L.map((l) => l.toUpperCase()) : L;
}
const WIDTHS = { numcol4: [0.06, 0.28, 0.31, 0.35], units6: [0.19, 0.18, 0.24, 0.12, 0.12, 0.15], risks3: [0.33, 0.3, 0.37], cont3: [0.3, 0.32, 0.38], noacc4: [0.34, 0.38, 0.13, 0.15] };
const items = (xs, m) => xs.map((x, i) => P(x, { marker: itemMarker(m, i) }));
const objHeading = (t, k, o) => (t.objLabel === "Objective: " ? `Objective: ${o}` : `${t.objLabel.replace("N", String(k + 1))}${o}`);
function tableRows(t, rows, k0) {
  const out = [];
  rows.forEach((r, kk) => {
    const k = k0 + kk;
    if (t.design === "numcol4" || t.design === "cont3") {
      const c = [{ paras: [P(r.objective)] }, { paras: items(r.accs, t.accMarker) }, { paras: items(r.measures.map((m) => m.withValue), t.measMarker) }];
      if (t.design === "numcol4") c.unshift({ paras: [P(t.numStyle === "1." ? `${k + 1}.` : t.numStyle === "1" ? `${k + 1}` : `(${k + 1})`)] });
      out.push({ cells: c });
    } else if (t.design === "risks3") {
      out.push({ span: [P(objHeading(t, k, r.objective), { bold: true })] });
      const a = { paras: items(r.accs, t.accMarker) }, m = { paras: items(r.measures.map((x) => x.withValue), t.measMarker) }, rk = { paras: items(r.risks, t.riskMarker) };
      out.push({ cells: t.risksLast ? [a, m, rk] : [a, rk, m] });
    } else if (t.design === "units6") {
      r.measures.forEach((m, j) => {
        const first = j === 0 || r.measures[j - 1].acc !== m.acc;
        out.push({ cells: [j === 0 ? { paras: [P(r.objective)], rowspan: r.measures.length } : null, first ? { paras: [P(r.accs[m.acc])], rowspan: r.measures.filter((x) => x.acc === m.acc).length } : null, { paras: [P(m.indicator)] }, { paras: [P(m.unit)] }, { paras: [P(m.baseline)] }, { paras: [P(m.target)] }] });
      });
    } else if (t.design === "noacc4") {
      r.measures.forEach((m, j) => out.push({ cells: [j === 0 ? { paras: [P(r.objective)], rowspan: r.measures.length } : null, { paras: [P(m.indicator)] }, { paras: [P(m.baseline)] }, { paras: [P(m.target)] }] }));
    }
  });
  return out;
}
function sections(doc) {
  const prog = doc.tables.filter((t) => !t.managerial), man = doc.tables.filter((t) => t.managerial);
  if (doc.era === "a") return [{ id: "A", title: "PROGRAMME OBJECTIVES", tables: prog }, { id: "B", title: "MANAGERIAL OBJECTIVES", tables: man }, { id: "C", title: "CHALLENGES", tables: [] }];
  if (doc.era === "b") return [{ id: "I", title: "Programme delivery", tables: prog }, { id: "II", title: "Management of resources", tables: man }, { id: "III", title: "Challenges and constraints", tables: [] }];
  return [{ id: "1.A", title: "ACHIEVING PROGRAMME OBJECTIVES", tables: prog }, { id: "1.B", title: "MANAGING RESOURCES", tables: man }, { id: "2", title: "CHALLENGES AND RISKS", tables: [] }];
}
const longDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
function layout(doc) {
  const o = doc.office, s = doc.style, y = doc.year, apos = doc.typed ? "'" : "’";
  const ent = doc.typed ? o.name.replace(/’/g, "'") : o.name;
  const mgrTitle = doc.typed ? doc.manager.title.replace(/’/g, "'") : doc.manager.title;
  const B = [];
  if (doc.era === "a") {
    B.push({ k: "title", text: pick([`${y} SENIOR MANAGER${apos}S COMPACT`, `COMPACT BETWEEN THE SECRETARY-GENERAL AND THE ${mgrTitle.toUpperCase()}`]) });
    B.push({ k: "p", text: `This compact is concluded between ${doc.counterpart.name}, Secretary-General of the United Nations, and ${doc.manager.name}, ${mgrTitle}, for the period from 1 January to 31 December ${y}.` });
    B.push({ k: "p", text: `Department/Office: ${ent}` });
  } else if (doc.era === "b") {
    B.push({ k: "title", text: `Senior Manager${apos}s Compact ${y}` });
    B.push({ k: "p", text: `${doc.manager.name}`, bold: true });
    B.push({ k: "p", text: `${mgrTitle}, ${ent}` });
    B.push({ k: "p", text: `I, ${doc.manager.name}, undertake to carry out the mandates entrusted to the ${ent} and to achieve, in ${y}, the results set out in this compact with the Secretary-General.` });
  } else {
    B.push({ k: "p", text: doc.manager.name, bold: true }, { k: "p", text: mgrTitle }, { k: "p", text: ent }, { k: "p", text: String(y) });
    B.push({ k: "p", text: `As ${mgrTitle}, I will strive to fulfil the goals of the Charter of the United Nations and I commit myself to exercising the authorities delegated to me by the Secretary-General in line with the accountability framework, in order to achieve the results set out below in ${y}.` });
  }
  const ga = s.gaForm === "symbol" ? `resolution A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  B.push({ k: "p", text: `The programme of work of the Office is described in the proposed programme budget (${doc.budgetDoc}) as approved in ${ga}.` });
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "prose") B.push({ k: "p", text: `In line with ${sc}, the Office supports ${doc.missions.slice(0, -1).map((m) => `the ${m.name} (${m.acronym})`).join(", ")} and the ${doc.missions.at(-1).name} (${doc.missions.at(-1).acronym}).` });
    else {
      B.push({ k: "p", text: `In line with ${sc}, the Office supports the following field operations:` });
      if (s.missionsAs === "list") B.push({ k: "list", marker: doc.typed ? "-" : "•", items: doc.missions.map((m) => `${m.name} (${m.acronym})`) });
      else B.push({ k: "table", id: "missions", plain: true, cols: ["Acronym", "Mission"], widths: [0.2, 0.8], repeat: false, rows: doc.missions.map((m) => ({ cells: [{ paras: [P(m.acronym)] }, { paras: [P(m.name)] }] })) });
    }
  }
  const secs = sections(doc);
  if (s.toc) {
    B.push({ k: "h", level: 1, text: "Contents" });
    B.push({ k: "toc", entries: [...secs.map((x) => `${x.id}. ${x.title}`), "Signatures"] });
    B.push({ k: "pagebreak" });
  }
  if (doc.era === "c") B.push({ k: "h", level: 1, text: "SECTION 1 : DELIVERING RESULTS" });
  let tno = 0;
  for (const sec of secs) {
    B.push({ k: "h", level: 2, text: `${sec.id}. ${sec.title}` });
    if (sec.tables.length) B.push({ k: "p", text: pick([`In ${y} I will give priority to the following results.`, `The results I commit to deliver in ${y} are set out in the table below.`, `My office will deliver the following results in ${y}.`]) });
    for (const t of sec.tables) {
      tno++;
      const base = { k: "table", id: `t${tno}`, cols: labels(t), widths: WIDTHS[t.design], repeat: t.repeatHeader, design: t.design };
      if (t.design === "cont3") {
        const cut = Math.ceil(t.rows.length / 2);
        B.push({ ...base, caption: `Table ${tno}`, rows: tableRows(t, t.rows.slice(0, cut), 0) });
        B.push({ k: "pagebreak" });
        B.push({ ...base, id: `t${tno}b`, caption: pick([`Table ${tno} (continued)`, `Table ${tno} (cont'd)`, "(continued)"]), rows: tableRows(t, t.rows.slice(cut), cut) });
      } else B.push({ ...base, rows: tableRows(t, t.rows, 0) });
    }
    if (!sec.tables.length) B.push({ k: "list", marker: pick(doc.typed ? ["1.", "(a)", "-"] : ["1.", "(a)", "•"]), items: doc.challenges });
  }
  const sig = (n, t, d) => ["_____________________________", n, doc.typed ? t.replace(/’/g, "'") : t, `Date: ${longDate(d)}`];
  B.push({ k: "sig", side: s.signatures === "side-by-side", blocks: [sig(doc.manager.name, doc.manager.title, doc.signed[0]), sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1])] });
  const runningHeader = s.runningHeader ? `${o.acronym} Compact ${y}` : null;
  return { landscape: s.landscape, font: s.font, size: s.size, rules: s.rules, shade: s.shade, footer: s.footer, runningHeader, keepRows: s.keepRows, sheets: s.xlsxSheets, blocks: B };
}

// ---------------------------------------------------------------- truth and features
function truthRow(section, t, r) {
  const row = { section, objective: r.objective, accomplishments: [...r.accs], measures: r.measures.map((m) => (t.design === "units6" || t.design === "noacc4" ? m.indicator : m.withValue)) };
  if (t.design === "units6") { row.unit = r.measures.map((m) => m.unit); row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => m.target); }
  if (t.design === "noacc4") { row.baseline = r.measures.map((m) => m.baseline); row.target = r.measures.map((m) => m.target); }
  if (t.design === "risks3") row.risksAndMitigations = [...r.risks];
  return row;
}
function tableFeatures(doc, t) {
  const f = [`design:${t.design}`, `cols:${labels(t).length}`, `acc-vocab:${t.accVocab}`, `meas-vocab:${t.measVocab}`, t.plural ? "header:plural" : "header:singular", t.caseUpper ? "header:caps" : "header:mixed"];
  if (t.repeatHeader) f.push("header-repeat");
  if (t.design === "numcol4") f.push("objective:numbered-column", `marker:${t.accMarker}`, `marker:${t.measMarker}`);
  if (t.design === "cont3") f.push("table:continued", `marker:${t.accMarker}`, `marker:${t.measMarker}`);
  if (t.design === "risks3") f.push("objective:spanning", `objective:label-${t.objLabel.trim().replace(/[:.]/g, "").replace(/ /g, "-").toLowerCase()}`, "col:risks", t.risksLast ? "risks:last" : "risks:middle", `marker:${t.accMarker}`, `marker:${t.measMarker}`);
  if (t.design === "units6") f.push("col:unit", "col:baseline", "col:target", "subrows:measure-rows", "cells:rowspan");
  if (t.design === "noacc4") f.push("no-accomplishment-column", "col:baseline", "col:target", "subrows:measure-rows", "cells:rowspan");
  if (t.rows.some((r) => r.measures.some((m) => /[≥≤]|>=|<=/.test(m.target)))) f.push("target:comparator");
  if (t.rows.some((r) => r.measures.some((m) => /per cent/.test(m.target)))) f.push("target:per-cent");
  return f;
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sections(doc)) for (const t of sec.tables) for (const r of t.rows) {
    rows.push(truthRow(sec.id, t, r));
    const f = tableFeatures(doc, t);
    if (t.managerial) f.push("managerial");
    srows.push({ section: sec.id, objective: r.objective, features: f, measures: r.measures.map((m) => ({ accomplishment: t.design === "units6" ? m.acc : null, target: t.design === "units6" || t.design === "noacc4" ? m.target : null, baseline: t.design === "units6" || t.design === "noacc4" ? m.baseline : null })) });
  }
  const s = doc.style;
  const features = [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.rules}`, `font:${s.font.replace(/ /g, "-").toLowerCase()}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`, ...(doc.missions.length ? [`missions:${s.missionsAs}`, `sc-resolution:${s.scForm}`] : []), `ga-resolution:${s.gaForm}`, ...(s.landscape ? ["landscape"] : []), ...(s.toc ? ["toc"] : []), s.keepRows ? "rows:keep-together" : "rows:may-split", doc.typed ? "typed-copy" : "unicode", `md:${s.mdStyle}`, `xlsx:${s.xlsxSheets}`, ...(doc.typed ? [`typed:${s.box}`] : []), "challenges"];
  return {
    kind: "compact", year: doc.year, manager: doc.manager, counterpart: doc.counterpart, entity: doc.entity,
    signedOn: doc.signed, missions: doc.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [`A/RES/${doc.gaRes}`, ...(doc.scRes ? [`S/RES/${doc.scRes.no} (${doc.scRes.year})`] : [])], documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows, structure: { features, rows: srows },
  };
}

// ---------------------------------------------------------------- plain text (typed copy, enscript)
function wrap(text, w, first = "", rest = first) {
  const words = text.split(" "), lines = [];
  let cur = first;
  for (const wd of words) {
    const pre = lines.length ? rest : first;
    if (cur.length > pre.length && cur.length + 1 + wd.length > w) { lines.push(cur); cur = rest + wd; }
    else cur = cur.length > pre.length ? `${cur} ${wd}` : cur + wd;
  }
  lines.push(cur);
  return lines;
}
function cellLines(cell, w) {
  if (!cell) return [];
  return cell.paras.flatMap((p) => (p.marker ? wrap(p.text, w, `${p.marker} `, " ".repeat(p.marker.length + 1)) : wrap(p.text, w)));
}
function textTable(tb, W, box) {
  const n = tb.cols.length;
  const inner = W - (box ? n + 1 : 0) - (box ? 2 * n : 2 * (n - 1));
  const ws = tb.widths.map((f) => Math.max(4, Math.floor(f * inner)));
  const pad = (s, w) => s + " ".repeat(Math.max(0, w - s.length));
  const rule = (cols = ws.map(() => true)) => "+" + ws.map((w, c) => (cols[c] ? "-" : " ").repeat(w + 2)).join("+") + "+";
  const line = (parts) => (box ? "| " + parts.map((p, c) => pad(p, ws[c])).join(" | ") + " |" : parts.map((p, c) => pad(p, ws[c])).join("  ").trimEnd());
  const L = [];
  if (tb.caption) L.push(tb.caption, "");
  const head = () => {
    if (box) L.push(rule());
    const hs = tb.cols.map((c, i) => wrap(c, ws[i]));
    const h = Math.max(...hs.map((x) => x.length));
    for (let i = 0; i < h; i++) L.push(line(hs.map((x) => x[i] ?? "")));
    L.push(box ? rule().replace(/-/g, "=") : ws.map((w) => "-".repeat(w)).join("  "));
  };
  head();
  // cells under a row span print in the first sub-row; the span's column has no rule until it ends
  const spanLeft = ws.map(() => 0);
  tb.rows.forEach((r, ri) => {
    if (r.span) {
      const ls = r.span.flatMap((p) => wrap(p.text, box ? W - 4 : W));
      for (const l of ls) L.push(box ? "| " + pad(l, W - 4) + " |" : l);
      if (box) L.push(rule());
      return;
    }
    const cl = r.cells.map((c, i) => cellLines(c, ws[i]));
    r.cells.forEach((c, i) => { if (c) spanLeft[i] = (c.rowspan ?? 1); });
    const h = Math.max(1, ...cl.map((x) => x.length));
    for (let i = 0; i < h; i++) L.push(line(cl.map((x) => x[i] ?? "")));
    spanLeft.forEach((v, i) => { spanLeft[i] = v - 1; });
    if (box) L.push(rule(spanLeft.map((v) => v <= 0)));
    else if (ri < tb.rows.length - 1 && !(tb.rows[ri + 1].cells && tb.rows[ri + 1].cells[0] === null && tb.cols.length > 3)) L.push("");
  });
  if (!box) L.push(ws.map((w) => "-".repeat(w)).join("  "));
  return L;
}
function plainDocument(lay, doc) {
  const W = lay.landscape ? 118 : 84;
  const box = doc.style.box === "box";
  const L = [];
  for (const b of lay.blocks) {
    if (b.k === "title") L.push(" ".repeat(Math.max(0, Math.floor((W - b.text.length) / 2))) + b.text, "");
    else if (b.k === "p") L.push(...wrap(b.text, W), ...(b.bold ? [] : [""]));
    else if (b.k === "h") L.push(b.text, b.level === 1 ? "=".repeat(b.text.length) : "-".repeat(b.text.length), "");
    else if (b.k === "list") { b.items.forEach((x, i) => L.push(...wrap(x, W, `   ${itemMarker(b.marker, i)} `, "      "))); L.push(""); }
    else if (b.k === "toc") { for (const e of b.entries) L.push(`   ${e} ${".".repeat(Math.max(3, W - 12 - e.length))}`); L.push(""); }
    else if (b.k === "pagebreak") L.push("\f");
    else if (b.k === "table") L.push(...textTable(b, W, box && !b.plain), "");
    else if (b.k === "sig") {
      if (b.side) { const h = W / 2; for (let i = 0; i < b.blocks[0].length; i++) L.push(b.blocks[0][i].padEnd(h) + b.blocks[1][i]); }
      else for (const bl of b.blocks) L.push("", ...bl, "");
    }
  }
  return L.join("\n").replace(/\n\f\n?/g, "\n\f") + "\n";
}

// ---------------------------------------------------------------- XeLaTeX (fontspec, ltablex)
const tx = (s) => String(s).replace(/\\/g, "\\textbackslash{}").replace(/([%&#$_{}])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\^{}");
const texMark = (m) => (/^[•▪●➢□]$/.test(m) ? `{\\sym ${m}}` : tx(m));
function texParas(paras) {
  if (!paras.length) return "";
  if (paras.every((p) => !p.marker)) return paras.map((p) => (p.bold ? `\\textbf{${tx(p.text)}}` : tx(p.text))).join("\\par ");
  return `\\begin{cl}${paras.map((p) => `\\item[${p.marker ? texMark(p.marker) : ""}] ${tx(p.text)}`).join(" ")}\\end{cl}`;
}
function texTable(b, lay) {
  const n = b.cols.length, grid = lay.rules === "grid" && !b.plain, rows = lay.rules === "rows" || b.plain;
  const W = lay.landscape ? 25.5 : 17;
  const cols = b.widths.map((w) => `>{\\raggedright\\arraybackslash\\hsize=${(w * n).toFixed(3)}\\hsize}X`);
  const spec = grid ? `|${cols.join("|")}|` : cols.join("");
  const top = grid || rows ? "\\hline" : "";
  const shade = lay.shade ? "\\rowcolor[gray]{0.88}" : "";
  const head = `${shade}${b.cols.map((l) => `\\textbf{${tx(l)}}`).join(" & ")}\\\\ ${grid || rows ? "\\hline" : "\\midrule[0pt]"}`;
  const L = [];
  if (b.caption) L.push(`\\par\\medskip\\noindent\\textit{${tx(b.caption)}}\\par`);
  L.push(`\\begin{tabularx}{\\linewidth}{${spec}}${top} ${head} \\endfirsthead ${b.repeat ? `${top} ${head}` : ""} \\endhead ${grid || rows ? "\\hline" : ""} \\endlastfoot`);
  const left = b.cols.map(() => 0);
  b.rows.forEach((r, ri) => {
    const last = ri === b.rows.length - 1;
    if (r.span) { L.push(`\\multicolumn{${n}}{${grid ? "|>{\\raggedright\\arraybackslash}p{" + (W - 0.5) + "cm}|" : ">{\\raggedright\\arraybackslash}p{" + (W - 0.5) + "cm}"}}{${texParas(r.span)}} \\\\ ${grid ? "\\hline" : rows ? "\\hline" : ""}`); return; }
    r.cells.forEach((c, i) => { if (c) left[i] = c.rowspan ?? 1; });
    left.forEach((v, i) => { left[i] = v - 1; });
    const endAll = left.every((v) => v <= 0);
    let sep = "";
    if (!last) {
      if (grid) sep = endAll ? "\\hline" : left.map((v, i) => (v <= 0 ? `\\cline{${i + 1}-${i + 1}}` : "")).join("");
      else if (rows) sep = endAll ? "\\hline" : "";
      else sep = endAll ? "\\addlinespace[4pt]" : "";
    }
    L.push(`${r.cells.map((c) => (c ? texParas(c.paras) : "")).join(" & ")} \\\\ ${sep}`);
  });
  L.push("\\end{tabularx}");
  return L.join("\n");
}
function texDocument(lay) {
  const L = [];
  L.push(`\\documentclass[${lay.size}pt]{article}`);
  L.push(`\\usepackage[${lay.landscape ? "landscape," : ""}a4paper,margin=2cm]{geometry}`);
  L.push("\\usepackage{fontspec}\\usepackage{array,ltablex,booktabs,fancyhdr,lastpage}\\usepackage[table]{xcolor}\\keepXColumns");
  L.push(`\\setmainfont{${lay.font}}\\newfontfamily\\sym{DejaVu Sans}`);
  if (lay.font.includes("Sans")) L.push("\\renewcommand{\\familydefault}{\\rmdefault}");
  L.push("\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\setlength{\\parindent}{0pt}\\setlength{\\parskip}{5pt}\\setlength{\\LTpre}{4pt}\\setlength{\\LTpost}{8pt}\\setlength{\\tabcolsep}{5pt}\\renewcommand{\\arraystretch}{1.15}");
  L.push("\\newenvironment{cl}{\\begin{list}{}{\\setlength{\\leftmargin}{1.7em}\\setlength{\\labelwidth}{1.4em}\\setlength{\\labelsep}{0.3em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}\\setlength{\\topsep}{0pt}\\setlength{\\partopsep}{0pt}}}{\\end{list}}");
  L.push("\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}");
  if (lay.runningHeader) L.push(`\\fancyhead[L]{\\small ${tx(lay.runningHeader)}}`);
  if (lay.footer === "page-n-of-m") L.push("\\fancyfoot[R]{\\small Page \\thepage\\ of \\pageref{LastPage}}");
  else if (lay.footer === "page-n") L.push("\\fancyfoot[C]{\\small -- \\thepage\\ --}");
  L.push("\\begin{document}");
  for (const b of lay.blocks) {
    if (b.k === "title") L.push(`\\begin{center}\\Large\\textbf{${tx(b.text)}}\\end{center}`);
    else if (b.k === "p") L.push(`${b.bold ? `\\textbf{${tx(b.text)}}` : tx(b.text)}\\par`);
    else if (b.k === "h") L.push(b.level === 1 ? `\\section*{${tx(b.text)}}` : `\\subsection*{${tx(b.text)}}`);
    else if (b.k === "list") L.push(`\\begin{cl}${b.items.map((x, i) => `\\item[${texMark(itemMarker(b.marker, i))}] ${tx(x)}`).join(" ")}\\end{cl}`);
    else if (b.k === "toc") L.push(b.entries.map((e) => `\\noindent ${tx(e)}\\dotfill\\par`).join("\n"));
    else if (b.k === "pagebreak") L.push("\\newpage");
    else if (b.k === "table") L.push(texTable(b, lay));
    else if (b.k === "sig") {
      const bl = (x) => x.map((l) => (l.startsWith("___") ? "\\rule{6cm}{0.4pt}" : tx(l))).join("\\newline ");
      L.push("\\bigskip\\par\\noindent");
      if (b.side) L.push(`\\begin{tabular}{@{}p{8cm}p{8cm}@{}}${bl(b.blocks[0])} & ${bl(b.blocks[1])}\\end{tabular}`);
      else L.push(b.blocks.map((x) => `\\noindent\\begin{minipage}{8cm}${bl(x)}\\end{minipage}\\par\\bigskip`).join("\n"));
    }
  }
  L.push("\\end{document}");
  return L.join("\n");
}

// ---------------------------------------------------------------- Markdown
const mdc = (s) => String(s).replace(/\|/g, "\\|").replace(/\*/g, "\\*");
const mdParas = (paras) => paras.map((p) => `${p.marker ? `${mdc(p.marker)} ` : ""}${p.bold ? `**${mdc(p.text)}**` : mdc(p.text)}`).join("<br>");
function mdDocument(lay, doc) {
  const L = [];
  const listStyle = doc.style.mdStyle === "list";
  for (const b of lay.blocks) {
    if (b.k === "title") L.push(`# ${b.text}\n`);
    else if (b.k === "p") L.push(b.bold ? `**${b.text}**\n` : `${b.text}\n`);
    else if (b.k === "h") L.push(`${b.level === 1 ? "##" : "###"} ${b.text}\n`);
    else if (b.k === "list") L.push(b.items.map((x, i) => (b.marker === "1." ? `${i + 1}. ${x}` : b.marker === "(a)" ? `(${letters[i]}) ${x}` : `- ${x}`)).join("\n") + "\n");
    else if (b.k === "toc") L.push(b.entries.map((e) => `- ${e}`).join("\n") + "\n");
    else if (b.k === "pagebreak") continue;
    else if (b.k === "table" && listStyle && !b.plain) {
      // a list layout: one block per table row, the columns as labelled lists
      if (b.caption) L.push(`*${b.caption}*\n`);
      for (const r of b.rows) {
        if (r.span) { L.push(`#### ${r.span.map((p) => p.text).join(" ")}\n`); continue; }
        r.cells.forEach((c, i) => {
          if (!c) return;
          if (b.design === "numcol4" && i === 0) return;
          if (i === (b.design === "numcol4" ? 1 : 0) && b.design !== "risks3") { L.push(`#### ${b.design === "numcol4" ? `${r.cells[0].paras[0].text} ` : ""}${c.paras[0].text}\n`); return; }
          L.push(`**${b.cols[i]}:**\n\n${c.paras.map((p) => `- ${p.marker && !/^[•▪●–➢□o*·-]$/.test(p.marker) ? `${p.marker} ` : ""}${p.text}`).join("\n")}\n`);
        });
      }
    } else if (b.k === "table") {
      if (b.caption) L.push(`*${b.caption}*\n`);
      L.push(`| ${b.cols.join(" | ")} |\n|${b.cols.map(() => "---").join("|")}|`);
      for (const r of b.rows) L.push(r.span ? `| ${mdParas(r.span)} |${" |".repeat(b.cols.length - 1)}` : `| ${r.cells.map((c) => (c ? mdParas(c.paras) : "")).join(" | ")} |`);
      L.push("");
    } else if (b.k === "sig") for (const bl of b.blocks) L.push(bl.map((l) => (l.startsWith("___") ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : l)).join("  \n") + "\n");
  }
  return L.join("\n");
}

// ---------------------------------------------------------------- page cuts: scripts/corpus/page-cuts.mjs (harness.mjs pagesAndCuts)

// ---------------------------------------------------------------- main
/** The committed 33 (`draw` null) or one validation draw (an entry of DRAWS). */
function plan(seed = SEED, draw = null) {
  reseed(seed);
  DEALT = {}; MISS = {};
  const drawn = [];
  const n = draw ? draw.docs : N_DOCS;
  for (let i = 0; i < n; i++) drawn.push(drawDocument(i));
  // the split, by a seeded draw made before any score: 20 documents to dev14, the rest to holdout14
  // (a validation draw: every document to its split)
  const splits = draw ? drawn.map((_, i) => ({ id: splitDrawId(draw.split, i), split: draw.split })) : splitsOf(N_DOCS, N_DEV, shuffle, 14);
  return drawn.map((d, i) => {
    reseed(seed + 1000 + i); // each layout's own draw, so a change to one document moves no other
    return { ...d, ...splits[i], lay: layout(d) };
  });
}
function manifestEntry(doc, truth) {
  const features = manifestFeatures(truth);
  const dir = doc.split, id = doc.id;
  const renderings = { "xlsx.pdf": `${dir}/${id}.xlsx.pdf`, "odt.pdf": `${dir}/${id}.odt.pdf`, "xe.pdf": `${dir}/${id}.xe.pdf`, ...(doc.typed ? { "enscript.pdf": `${dir}/${id}.enscript.pdf` } : {}), txt: `${dir}/${id}.txt`, md: `${dir}/${id}.md` };
  return { id, split: doc.split, year: doc.year, entity: doc.entity, ruled: doc.style.ruled, typed: doc.typed, rows: truth.rows.length, features, style: doc.style, tables: doc.tables.map((t) => t.design), renderings, truth: `${dir}/${id}.truth.json`, layoutSha256: sha(JSON.stringify(doc.lay)) };
}

// `--check --splits=…` (scripts/corpus/args.mjs): a draw outside the named splits is not drawn again
const wanted = CHECK ? splitsWanted() : null;
const docs = [...plan(), ...DRAWS.filter((v) => !wanted || wanted(v.split)).flatMap((v) => plan(v.seed, v))];
if (process.argv.includes("--features")) {
  // the feature crossing of the plan (no printing): features in < 3 documents or on one side only
  const c = new Map();
  for (const d of docs) for (const f of manifestEntry(d, truthOf(d)).features) { const x = c.get(f) ?? [0, 0]; x[d.style.ruled ? 0 : 1]++; c.set(f, x); }
  for (const [f, x] of c) if (x[0] + x[1] < 3 || ((!x[0] || !x[1]) && !/^(ruled|borderless|rules:)/.test(f))) console.log(f, x);
  console.log(`${docs.filter((d) => d.split === "dev14").reduce((a, d) => a + truthOf(d).rows.length, 0)} dev14 rows, ${docs.filter((d) => d.split === "holdout14").reduce((a, d) => a + truthOf(d).rows.length, 0)} holdout14 rows`);
  process.exit(0);
}
if (CHECK) checkDocuments(OUT, docs, { truthOf, manifestEntry, more: (doc, entry) => (readFileSync(join(OUT, entry.renderings.md), "utf8") !== mdDocument(doc.lay, doc) ? ["md"] : []) });

const work = process.env.CORPUS14_WORK ?? mkdtempSync(join(tmpdir(), "corpus14-"));
mkdirSync(work, { recursive: true });
const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000", FORCE_SOURCE_DATE: "1", HOME: work };
const todo = docs.filter((d) => (!ONLY || ONLY.includes(d.id)) && (SPLIT ? d.split === SPLIT : !isDrawSplit(d.split)));
// sources: the spreadsheet and the ODT (python3-openpyxl, python3-odf), the XeLaTeX source, the typed copy
for (const doc of todo) {
  const id = doc.id;
  writeFileSync(join(work, `${id}.json`), JSON.stringify(doc.lay));
  execFileSync("/usr/bin/python3", [join(HERE, "office.py"), join(work, `${id}.json`), join(work, `${id}.xlsx`), join(work, `${id}.odt`)], { stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(join(work, `${id}.tex`), texDocument(doc.lay));
  if (doc.typed) writeFileSync(join(work, `${id}.typed.txt`), Buffer.from(plainDocument(doc.lay, doc), "latin1"));
}
// LibreOffice prints every spreadsheet (Calc) and every ODT (Writer) in one run each
for (const ext of ["xlsx", "odt"])
  execFileSync("soffice", [`-env:UserInstallation=file://${work}/lo`, "--headless", "--convert-to", "pdf", "--outdir", join(work, ext), ...todo.map((d) => join(work, `${d.id}.${ext}`))], { stdio: "ignore", env });
const entries = [];
for (const doc of todo) {
  const dir = join(OUT, doc.split), id = doc.id;
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  for (const ext of ["xlsx", "odt"]) copyFileSync(join(work, ext, `${id}.pdf`), join(dir, `${id}.${ext}.pdf`));
  for (let pass = 0; pass < 2; pass++) execFileSync("xelatex", ["-interaction=nonstopmode", "-halt-on-error", `${id}.tex`], { cwd: work, stdio: "ignore", env });
  copyFileSync(join(work, `${id}.pdf`), join(dir, `${id}.xe.pdf`));
  // typed copy: enscript (Latin-1, Courier, no page header) → PostScript → Ghostscript's ps2pdf
  if (doc.typed) {
    execFileSync("enscript", ["-q", "-B", `--font=Courier@${doc.lay.landscape ? "8.5" : "9"}`, ...(doc.lay.landscape ? ["-r"] : []), "--media=A4", "--margins=54:54:54:54", "-X", "latin1", "-o", join(work, `${id}.ps`), join(work, `${id}.typed.txt`)], { env });
    execFileSync("ps2pdf", [join(work, `${id}.ps`), join(dir, `${id}.enscript.pdf`)], { env });
  }
  execFileSync("pdftotext", ["-layout", join(dir, `${id}.xlsx.pdf`), join(dir, `${id}.txt`)]);
  writeFileSync(join(dir, `${id}.md`), mdDocument(doc.lay, doc));
  writeFileSync(join(dir, `${id}.truth.json`), truthText(truth));
  const e = { ...manifestEntry(doc, truth), ...pagesAndCuts(Object.fromEntries(["xlsx", "odt", "xe", ...(doc.typed ? ["enscript"] : [])].map((k) => [k, join(dir, `${id}.${k}.pdf`)])), truth) };
  e.cutRows.txt = e.cutRows.xlsx;
  entries.push(e);
  process.stdout.write(`${id} `);
}
if (!process.env.CORPUS14_WORK) rmSync(work, { recursive: true, force: true });
if (SPLIT && !ONLY) {
  // the validation draw's entries merged into the committed manifest (every other entry kept as it is);
  // `validation` names each recorded draw's seed and command
  const manifest = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
  manifest.documents = [...manifest.documents.filter((d) => d.split !== SPLIT), ...entries].sort((a, b) => a.id.localeCompare(b.id));
  const printed = new Set(manifest.documents.map((d) => d.split));
  manifest.validation = Object.fromEntries(DRAWS.filter((v) => printed.has(v.split)).map((v) => [v.split, { seed: v.seed, docs: v.docs, command: `node scripts/corpus14/generate.mjs --seed ${v.seed} --split ${v.split}` }]));
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`\n${entries.length} ${SPLIT} documents, ${entries.reduce((a, e) => a + e.rows, 0)} rows`);
} else if (!ONLY) {
  const version = producerVersion;
  const producers = { soffice: version("soffice", ["--version"]), openpyxl: version("/usr/bin/python3", ["-c", "import openpyxl; print('openpyxl', openpyxl.__version__)"]), odfpy: version("dpkg-query", ["-W", "-f=python3-odf ${Version}", "python3-odf"]), xelatex: version("xelatex", ["--version"]), enscript: version("enscript", ["--version"]), ps2pdf: `Ghostscript ${version("gs", ["--version"])}`, pdftotext: "pdftotext (poppler 22.12.0)" };
  // a full regeneration keeps the validation draws' entries (printed with --split val14 … val14e only)
  const old = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : { documents: [] };
  writeManifest(OUT, 14, { seed: SEED, producers, nDev: N_DEV, nDocs: N_DOCS, entries: [...entries, ...old.documents.filter((d) => isDrawSplit(d.split))] });
  if (old.validation) {
    const manifest = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
    writeFileSync(join(OUT, "manifest.json"), JSON.stringify({ ...manifest, validation: old.validation }, null, 1) + "\n");
  }
}
