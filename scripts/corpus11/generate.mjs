#!/usr/bin/env node
/**
 * The eleventh compact corpus (test/corpus11/, issue 11): an independent generator whose documents
 * are HTML/CSS laid out the way Word users lay compacts out — tab-stop columns instead of tables,
 * nested tables in cells, decimal outline numbering, CSS-drawn list markers, dotted and frame-only
 * rules, text boxes, landscape sections, footnotes, mixed-era section schemes — printed by
 * **WeasyPrint** (`weasy.pdf`) and by **wkhtmltopdf** (Qt WebKit, `wk.pdf`), plus `pdftotext -layout`
 * of the WeasyPrint print (`txt`) and a Markdown rendering (`md`); truth written from the same data.
 *
 *   node scripts/corpus11/generate.mjs              # everything (WeasyPrint, wkhtmltopdf, pdftotext per document)
 *   node scripts/corpus11/generate.mjs --no-pdf     # HTML sources, Markdown, truth, manifest (keeps the PDF fields of the manifest)
 *   node scripts/corpus11/generate.mjs --check      # draws again in memory and compares truth, Markdown, the sources' sha256 and the manifest
 *   node scripts/corpus11/generate.mjs --split dev11   # only that split's files
 *   node scripts/corpus11/generate.mjs --split val11   # the validation draw's files only (dev11/holdout11 kept byte for byte)
 *   node scripts/corpus11/generate.mjs --seed 113100 --split val11b   # the second validation draw's (session 35)
 *   node scripts/corpus11/generate.mjs --seed 114100 --split val11c   # the third validation draw's (session 36)
 *   node scripts/corpus11/generate.mjs --seed 115100 --split val11d   # the fourth, a check draw (session 37)
 *   node scripts/corpus11/generate.mjs --seed 116100 --split val11e   # the fifth, a check draw (session 39)
 *   node scripts/corpus11/generate.mjs --seed 117100 --split val11f   # the sixth, a check draw (session 41)
 *   node scripts/corpus11/generate.mjs --seed 118100 --split val11g   # the seventh, a check draw (session 42)
 *   node scripts/corpus11/generate.mjs --seed 119100 --split val11h   # the eighth, a check draw (session 43)
 *   node scripts/corpus11/generate.mjs --seed 120100 --split val11i   # the ninth, a check draw (session 44)
 *   node scripts/corpus11/generate.mjs --seed 121100 --split val11j   # the tenth, a check draw (session 45)
 *   node scripts/corpus11/generate.mjs --seed 122100 --split val11k   # the eleventh, a check draw (session 46)
 *   node scripts/corpus11/generate.mjs --seed 123100 --split val11l   # the twelfth, a check draw (session 47)
 *   node scripts/corpus11/generate.mjs --seed 124100 --split val11m   # the thirteenth, a check draw (session 48)
 *   node scripts/corpus11/generate.mjs --seed 125100 --split val11n   # the fourteenth, a check draw (session 49)
 *   node scripts/corpus11/generate.mjs --seed 126100 --split val11o   # the fifteenth, a check draw (session 50)
 *   node scripts/corpus11/generate.mjs --seed 127100 --split val11p   # the sixteenth, a check draw (session 51)
 *   node scripts/corpus11/generate.mjs --seed 128100 --split val11q   # the seventeenth, a check draw (session 52)
 *   node scripts/corpus11/generate.mjs --seed 129100 --split val11r   # the eighteenth, a check draw (session 53)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUDGET, FIRST, LAST, LEAD_INS, MANAGERIAL, MONTHS, OFFICES, SC_RES, SG } from "./banks.mjs";
import { prng } from "../corpus/prng.mjs";
import { refuseUnknownFlags, splitsWanted } from "../corpus/args.mjs";
import { flagValue, splitDrawId, validationDraw } from "../corpus/generator.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { sha, truthText as truthTextOf } from "../corpus/harness.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--splits", "--no-pdf", "--cuts-only", "--split", "--seed"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus11");
const args = process.argv.slice(2);
const CHECK = args.includes("--check");
const NO_PDF = args.includes("--no-pdf") || CHECK;
/** --cuts-only: the PDFs on disk kept; their pages and cut rows counted again (the manifest rewritten). */
const CUTS_ONLY = args.includes("--cuts-only");
/** The first seed tried; the planner takes the first seed from here whose plan crosses every feature. */
const SEED0 = 111100;
const DOCS = 36;
/** Positions (mod 18) that go to holdout11: 7 of every 18 → 14 of 36. */
const HOLDOUT_AT = new Set([2, 4, 7, 9, 12, 14, 17]);
/**
 * val11 (session 33): a validation draw — the same planner searched from another seed, outside the
 * range the committed draw searched (SEED0 … SEED0 + 399), so every document is new. The first seed
 * from VAL_SEED0 whose 36-document plan crosses every feature (the committed draw's test) is taken,
 * and the 22 documents at dev11's positions kept as `v11-001 …` (its holdout positions are not
 * printed): the same mix of designs, rules and eras as dev11, new wording and new choices. Never
 * tuned on; a rule is kept only if it gains here as well as on dev11.
 */
const VAL_SEED0 = SEED0 + 1000;
/**
 * The validation draws this corpus records, each searched as val11 is from its own first seed (the
 * `--seed` of its command; the seed found is in the manifest): val11 (session 33) and val11b
 * (session 35, from 113100 = SEED0 + 2000, outside both earlier ranges, chosen before any score) and
 * val11c (session 36, from 114100 = SEED0 + 3000, outside the three earlier ranges, chosen before any score)
 * and val11d (session 37, a check draw not tuned on, from 115100 = SEED0 + 4000, likewise)
 * and val11e (session 39, a check draw not tuned on, from 116100 = SEED0 + 5000, likewise)
 * and val11f (session 41, a check draw not tuned on, from 117100 = SEED0 + 6000, likewise)
 * and val11g (session 42, a check draw not tuned on, from 118100 = SEED0 + 7000, likewise)
 * and val11h (session 43, a check draw not tuned on, from 119100 = SEED0 + 8000, likewise)
 * and val11i (session 44, a check draw not tuned on, from 120100 = SEED0 + 9000, likewise)
 * and val11j (session 45, a check draw not tuned on, from 121100 = SEED0 + 10000, likewise)
 * and val11k (session 46, a check draw not tuned on, from 122100 = SEED0 + 11000, likewise)
 * and val11l (session 47, a check draw not tuned on, from 123100 = SEED0 + 12000, likewise)
 * and val11m (session 48, a check draw not tuned on, from 124100 = SEED0 + 13000, likewise)
 * and val11n (session 49, a check draw not tuned on, from 125100 = SEED0 + 14000, likewise)
 * and val11o (session 50, a check draw not tuned on, from 126100 = SEED0 + 15000, likewise)
 * and val11p (session 51, a check draw not tuned on, from 127100 = SEED0 + 16000, likewise)
 * and val11q (session 52, a check draw not tuned on, from 128100 = SEED0 + 17000, likewise)
 * and val11r (session 53, a check draw not tuned on, from 129100 = SEED0 + 18000, likewise).
 * Ids `v11-NNN` … `v11r-NNN` (splitDrawId), so the draws' entries stay apart in one manifest.
 */
const DRAWS = [{ split: "val11", seed0: VAL_SEED0 }, { split: "val11b", seed0: SEED0 + 2000 }, { split: "val11c", seed0: SEED0 + 3000 }, { split: "val11d", seed0: SEED0 + 4000 }, { split: "val11e", seed0: SEED0 + 5000 }, { split: "val11f", seed0: SEED0 + 6000 }, { split: "val11g", seed0: SEED0 + 7000 }, { split: "val11h", seed0: SEED0 + 8000 }, { split: "val11i", seed0: SEED0 + 9000 }, { split: "val11j", seed0: SEED0 + 10000 }, { split: "val11k", seed0: SEED0 + 11000 }, { split: "val11l", seed0: SEED0 + 12000 }, { split: "val11m", seed0: SEED0 + 13000 }, { split: "val11n", seed0: SEED0 + 14000 }, { split: "val11o", seed0: SEED0 + 15000 }, { split: "val11p", seed0: SEED0 + 16000 }, { split: "val11q", seed0: SEED0 + 17000 }, { split: "val11r", seed0: SEED0 + 18000 }];
/**
 * `--split dev11|holdout11`: only that committed split's files; `--split val11 [--seed 112100]`,
 * `--split val11b [--seed 113100]`, `--split val11c [--seed 114100]`, `--split val11d [--seed 115100]`, `--split val11e [--seed 116100]`, `--split val11f [--seed 117100]`, `--split val11g [--seed 118100]`, `--split val11h [--seed 119100]`, `--split val11i [--seed 120100]`, `--split val11j [--seed 121100]`, `--split val11k [--seed 122100]`, `--split val11l [--seed 123100]`, `--split val11m [--seed 124100]`, `--split val11n [--seed 125100]`, `--split val11o [--seed 126100]`, `--split val11p [--seed 127100]`, `--split val11q [--seed 128100]`, `--split val11r [--seed 129100]` (or `--flag=value`): only that validation draw's
 * (scripts/corpus/generator.mjs's validationDraw reads the pair). Null: every split.
 */
const ONLY_SPLIT = (() => {
  const split = flagValue("--split", args);
  if (split === "dev11" || split === "holdout11") {
    if (flagValue("--seed", args) === undefined) return split;
  } else {
    const draw = validationDraw(11, { seed: DRAWS.find((v) => v.split === split)?.seed0 ?? VAL_SEED0 });
    if (!draw || DRAWS.some((v) => v.split === draw.split && v.seed0 === draw.seed)) return draw?.split ?? null;
  }
  console.error(`--split dev11 or holdout11 prints that split's files; ${DRAWS.map((v) => `--split ${v.split} [--seed ${v.seed0}]`).join(" or ")} a validation draw's (the ones this corpus records, each searched from its seed)`);
  process.exit(2);
})();

// ---------------------------------------------------------------- vocabularies of the layout
const FEMALE = new Set(["Amina", "Beatriz", "Irina", "Olga", "Fatou", "Claire", "Nadia", "Zainab", "Marta", "Helen", "Ngozi", "Lucía"]);
const FONTS = [
  { key: "liberation-serif", css: "'Liberation Serif'", serif: true },
  { key: "liberation-sans", css: "'Liberation Sans'", serif: false },
  { key: "dejavu-serif", css: "'DejaVu Serif'", serif: true, wide: true },
  { key: "nimbus-sans", css: "'Nimbus Sans'", serif: false },
  { key: "c059", css: "'C059'", serif: true, wide: true },
];
/** Rule styles: grid and dotted rows are ruled (a line between rows); an outer frame only and none are borderless. */
const RULES = ["grid", "none", "dotted", "frame"];
/** Seven table designs, dealt round-robin from a per-document start. */
const DESIGNS = ["column/flat/3", "tabs/flat/3", "column/nested/4", "spanning/rowspan/3", "column/outline/4", "heading/flat/2", "column/swapped/3"];
/**
 * Item markers. `typed`: the marker is a character typed before the item (hanging indent); `css`:
 * the list marker is drawn by the engine from `list-style-type` (WeasyPrint writes it as text,
 * wkhtmltopdf draws disc / circle / square as shapes with no text); `none`: items end with a full stop.
 */
const MARKERS = [
  { key: "•", kind: "typed", label: () => "•" },
  { key: "–", kind: "typed", label: () => "–" },
  { key: "o", kind: "typed", label: () => "o" },
  { key: "◦", kind: "typed", label: () => "◦" },
  { key: "►", kind: "typed", label: () => "►" },
  { key: "✓", kind: "typed", label: () => "✓" },
  { key: "■", kind: "typed", label: () => "■" },
  { key: "*", kind: "typed", label: () => "*" },
  { key: "(a)", kind: "typed", label: (i) => `(${String.fromCharCode(97 + i)})` },
  { key: "(i)", kind: "typed", label: (i) => `(${["i", "ii", "iii", "iv", "v"][i]})` },
  { key: "i.", kind: "typed", label: (i) => `${["i", "ii", "iii", "iv", "v"][i]}.` },
  { key: "A.", kind: "typed", label: (i) => `${String.fromCharCode(65 + i)}.` },
  { key: "(1)", kind: "typed", label: (i) => `(${i + 1})` },
  { key: "1.", kind: "typed", label: (i) => `${i + 1}.` },
  { key: "a)", kind: "typed", label: (i) => `${String.fromCharCode(97 + i)})` },
  { key: "css-disc", kind: "css", css: "disc", label: () => "•" },
  { key: "css-circle", kind: "css", css: "circle", label: () => "◦" },
  { key: "css-square", kind: "css", css: "square", label: () => "▪" },
  { key: "css-decimal", kind: "css", css: "decimal", label: (i) => `${i + 1}.` },
  { key: "css-lower-alpha", kind: "css", css: "lower-alpha", label: (i) => `${String.fromCharCode(97 + i)}.` },
  { key: "css-lower-roman", kind: "css", css: "lower-roman", label: (i) => `${["i", "ii", "iii", "iv", "v"][i]}.` },
  { key: "none", kind: "none", label: () => "" },
];
const CHALLENGE_MARKERS = ["•", "(a)", "1.", "–", "none"];
const SCHEMES = ["letters", "roman", "section", "roman-letters", "parts"];
const FOOTERS = ["page-n-of-m", "page-n", "dash-n", "none"];
const ACC_VOCAB = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
const MEAS_VOCAB = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };


// ---------------------------------------------------------------- small helpers
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const mdEsc = (s) => String(s).replace(/\|/g, "\\|");
const thousands = (v) => (v >= 1000 ? v.toLocaleString("en-US") : String(v));
const titleCase = (s) => s.split(" ").map((w, i) => (i > 0 && ["and", "of", "the", "for", "in"].includes(w) ? w : w[0].toUpperCase() + w.slice(1))).join(" ");
const caseLabel = (s, c) => (c === "upper" ? s.toUpperCase() : c === "title" ? titleCase(s) : s);
const dateText = (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
const iso = (d) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const withStop = (s) => (/[.]$/.test(s) ? s : `${s}.`);
const ROMAN = ["I", "II", "III", "IV", "V"];

/** A value as printed: `%` as `61%` or `61 per cent` (the document's habit), counts with thousands separators. */
function valueText(v, unit, pct) {
  if (unit === "%") return pct === "per-cent" ? `${v} per cent` : `${v}%`;
  if (unit === "days") return `${v} days`;
  return thousands(v);
}
function flatMeasure(tpl, v, unit, pct) {
  if (unit === "%") return tpl.replace("{v}", pct === "per-cent" ? `${v} per cent` : `${v}%`);
  return tpl.replace("{v}", thousands(v));
}

// ---------------------------------------------------------------- the plan: every document's choices
function planDocuments(seed) {
  const r = prng(seed);
  const docs = [];
  let devN = 0, holdN = 0;
  // Markers dealt round-robin per side (borderless / ruled) and per column (accomplishments / measures).
  const markerDeal = [[r.shuffle(MARKERS), r.shuffle(MARKERS)], [r.shuffle(MARKERS), r.shuffle(MARKERS)]];
  const markerAt = [[0, 0], [0, 0]];
  const nextMarker = (ruled, col) => { const side = ruled ? 1 : 0; const m = markerDeal[side][col][markerAt[side][col] % MARKERS.length]; markerAt[side][col]++; return m; };
  const offices = r.shuffle(OFFICES);
  for (let i = 0; i < DOCS; i++) {
    const split = HOLDOUT_AT.has(i % 18) ? "holdout11" : "dev11";
    const id = split === "dev11" ? `d11-${String(++devN).padStart(3, "0")}` : `h11-${String(++holdN).padStart(3, "0")}`;
    const office = offices[i % offices.length];
    const year = r.int(Math.max(2006, office.from), Math.min(2024, office.to));
    const era = year <= 2010 ? "a" : year <= 2016 ? "b" : year <= 2018 ? "c" : "d";
    const rules = RULES[i % RULES.length];
    const ruled = rules === "grid" || rules === "dotted";
    const font = FONTS[(i + Math.floor(i / 5)) % FONTS.length];
    const style = {
      font: font.key, size: r.pick([9.5, 10, 10.5, 11]), paper: r.pick(["a4", "letter"]), rules,
      landscape: i % 3 === 1, scheme: SCHEMES[(i >> 1) % SCHEMES.length], footer: FOOTERS[(i >> 1) % FOOTERS.length],
      runningHeader: i % 3 !== 1, textbox: i % 3 === 2, footnote: i % 3 === 0, hyphenate: i % 5 === 1 || i % 5 === 3,
      smartQuotes: i % 3 === 0, repeatHeader: r.chance(0.7), keepRows: r.chance(0.3), headerCase: ["sentence", "title", "upper"][i % 3],
      headerPlural: r.chance(0.5), headerWrap: (i >> 1) % 2 === 0, headerShade: r.pick(["none", "grey", "none"]), pct: r.pick(["percent-sign", "per-cent"]),
      signatures: (i >> 1) % 2 === 1 ? "side-by-side" : "stacked", missionsAs: ["list", "sentence", "prose"][i % 3],
      challengeMarker: CHALLENGE_MARKERS[i % CHALLENGE_MARKERS.length], title: r.pick(["year-first", "year-last"]),
    };
    const start = (i * 3) % DESIGNS.length;
    const progTables = r.int(3, 4);
    const managTables = r.int(1, 2);
    const tables = [];
    for (let t = 0; t < progTables + managTables; t++) {
      const design = DESIGNS[(start + t) % DESIGNS.length];
      tables.push({
        design, managerial: t >= progTables,
        accVocab: r.pick(Object.keys(ACC_VOCAB)), measVocab: r.pick(Object.keys(MEAS_VOCAB)),
        accMarker: nextMarker(ruled, 0), measMarker: nextMarker(ruled, 1),
        vcenter: !design.startsWith("tabs") && r.chance(0.3), justify: r.chance(0.25),
        label: r.int(0, 3), blankRows: r.chance(0.5),
      });
    }
    docs.push({ i, id, split, office, year, era, ruled, style, tables, seed: r.int(1, 2 ** 30) });
  }
  return docs;
}

// ---------------------------------------------------------------- one document's data
function buildDocument(plan) {
  const r = prng(plan.seed);
  const { office, year, era, style } = plan;
  const q = (s) => (style.smartQuotes ? s.replace(/'/g, "’") : s);
  const first = r.pick(FIRST), last = r.pick(LAST);
  const manager = { name: `${first} ${last}`, title: office.title, honorific: FEMALE.has(first) ? "Ms." : "Mr." };
  const sg = SG(year);
  const budget = [...BUDGET].reverse().find(([y]) => y <= year) ?? BUDGET[0];
  const budgetDoc = `A/${budget[1]}/6 (Sect. ${office.section})`;
  const budgetRes = `A/RES/${budget[2]}`;
  const scRes = office.missions && r.chance(0.5) ? { n: SC_RES[year - 1] ?? SC_RES[year], y: year - 1 in SC_RES ? year - 1 : year } : null;
  const pool = MISSIONS.filter((m) => m.start <= year && m.end >= year && !m.acronym.includes("-") && !m.acronym.includes(" ") && (office.key === "dpko" || office.key === "dm" ? m.kind === "peacekeeping" : office.key === "dppa" ? m.kind === "political" : true));
  const missions = office.missions ? r.shuffle(pool).slice(0, r.int(3, 5)) : [];
  const d1 = { day: r.int(2, 27), month: r.int(1, 4), year };
  const d2 = { day: Math.min(28, d1.day + r.int(0, 9)), month: d1.month, year };
  const pct = style.pct;

  const progObjs = r.shuffle(office.objectives).slice(0, Math.min(office.objectives.length, r.int(8, 10)));
  const managObjs = r.shuffle(MANAGERIAL.objectives).slice(0, r.int(5, 7));
  const progTables = plan.tables.filter((t) => !t.managerial);
  const managTables = plan.tables.filter((t) => t.managerial);
  const share = (objs, n) => { const out = Array.from({ length: n }, () => []); objs.forEach((o, k) => out[k % n].push(o)); return out; };
  const progShare = share(progObjs, progTables.length);
  const managShare = share(managObjs, managTables.length);
  let objNo = 0;
  const tables = plan.tables.map((t) => {
    const bank = t.managerial ? MANAGERIAL : office;
    const objs = t.managerial ? managShare[managTables.indexOf(t)] : progShare[progTables.indexOf(t)];
    const [, , kind] = t.design.split("/");
    const family = t.design.split("/")[0];
    const sub = t.design.split("/")[1];
    const rows = objs.map((objective) => {
      objNo++;
      const accs = r.shuffle(bank.accomplishments);
      const meas = r.shuffle(bank.measures);
      const row = { objective: q(objective), no: objNo, accs: [], meas: [], risks: [] };
      if (sub === "rowspan") {
        const n = r.int(1, 3);
        let mk = 0;
        for (let a = 0; a < n; a++) {
          row.accs.push(q(accs[a]));
          const per = r.int(1, 2);
          for (let k = 0; k < per && mk < meas.length; k++, mk++) row.meas.push(measureOf(meas[mk], a, true));
        }
      } else {
        const nA = sub === "nested" ? r.int(1, 2) : r.int(1, 3);
        row.accs = accs.slice(0, nA).map(q);
        row.meas = meas.slice(0, r.int(1, 3)).map((m) => measureOf(m, null, sub === "nested"));
      }
      if (t.design === "column/outline/4") row.risks = r.shuffle(bank.risks).slice(0, r.int(1, 2)).map(q);
      return row;
    });
    return { ...t, family, sub, cols: Number(kind), rows };
  });
  function measureOf([ind, tpl, unit, lo, hi], acc, withTarget) {
    const v = r.int(lo, hi);
    return withTarget ? { text: q(ind), target: valueText(v, unit, pct), acc } : { text: q(flatMeasure(tpl, v, unit, pct)), target: null, acc };
  }
  const challenges = r.shuffle(office.challenges).slice(0, r.int(3, 5)).map(q);
  return { plan, manager, sg, budgetDoc, budgetRes, budgetNo: budget[2], scRes, missions, d1, d2, tables, challenges, q, leadIn: r.pick(LEAD_INS) };
}

// ---------------------------------------------------------------- sections by scheme
function sectionsOf(scheme, year, hasMandates) {
  switch (scheme) {
    case "letters": return { intro: null, progHead: [["h2", "A. PROGRAMME OBJECTIVES"]], mandateHead: hasMandates ? ["h3", "1. Mandates"] : null, tablesHead: ["h3", hasMandates ? "2. Priority programme objectives" : "1. Priority programme objectives"], progId: hasMandates ? "A.2" : "A.1", managHead: [["h2", "B. MANAGERIAL OBJECTIVES"]], managId: "B", challengesHead: ["h2", "C. CHALLENGES"] };
    case "roman": return { intro: ["h2", "I. Introduction"], progHead: [["h2", "II. Programme objectives and key performance indicators"]], mandateHead: null, tablesHead: null, progId: "II", managHead: [["h2", "III. Managerial objectives"]], managId: "III", challengesHead: ["h2", "IV. Challenges"] };
    case "section": return { intro: null, progHead: [["h2", "SECTION 1 : DELIVERING RESULTS"], ["h3", "A. ACHIEVING PROGRAMME OBJECTIVES"]], mandateHead: null, tablesHead: null, progId: "1.A", managHead: [["h3", "B. MANAGING RESOURCES"]], managId: "1.B", challengesHead: ["h2", "SECTION 2 : CHALLENGES"] };
    case "roman-letters": return { intro: null, progHead: [["h2", "I. DELIVERING RESULTS"], ["h3", "A. Programme objectives"]], mandateHead: null, tablesHead: null, progId: "I.A", managHead: [["h3", "B. Managerial objectives"]], managId: "I.B", challengesHead: ["h2", "II. CHALLENGES"] };
    default: return { intro: null, progHead: [["h2", "Part 1. Programme objectives"]], mandateHead: hasMandates ? ["h3", "1.1 Mandate"] : null, tablesHead: ["h3", `${hasMandates ? "1.2" : "1.1"} Results for ${year}`], progId: hasMandates ? "1.2" : "1.1", managHead: [["h2", "Part 2. Managerial objectives"]], managId: "2", challengesHead: ["h2", "Part 3. Challenges"] };
  }
}

// ---------------------------------------------------------------- header labels of a table
function labelsOf(t, style) {
  const n = style.headerPlural ? 1 : 0;
  const obj = ["Objective", "Objectives"][n];
  const acc = ACC_VOCAB[t.accVocab][n];
  const meas = MEAS_VOCAB[t.measVocab][n];
  let cols;
  switch (t.design) {
    case "column/flat/3": case "tabs/flat/3": cols = [["objective", obj], ["acc", acc], ["meas", meas]]; break;
    case "column/nested/4": cols = [["objective", obj], ["acc", acc], ["meas", meas], ["target", "Target"]]; break;
    case "spanning/rowspan/3": cols = [["acc", acc], ["meas", meas], ["target", "Target"]]; break;
    case "column/outline/4": cols = [["objective", obj], ["acc", acc], ["meas", meas], ["risks", "Risks and mitigations"]]; break;
    case "heading/flat/2": cols = [["acc", acc], ["meas", meas]]; break;
    default: cols = [["objective", obj], ["meas", meas], ["acc", acc]];
  }
  return cols.map(([role, label]) => ({ role, label: caseLabel(label, style.headerCase) }));
}
/** A label broken over two lines after its first word (`header:wrapped`). */
const wrapLabel = (label, wrap) => { const w = label.split(" "); return wrap && w.length > 1 ? [w[0], w.slice(1).join(" ")] : [label]; };

/** The printed label of a spanning row or heading (not part of the objective). */
function objectiveLabel(t, row, progId) {
  if (t.family === "spanning") return ["Objective " + row.no + ": ", "Objective: ", "", row.no + ". "][t.label];
  if (t.family === "heading") return ["Objective " + row.no + " – ", `${t.managerial ? 2 : 1}.${row.no} `, "", "Objective " + row.no + ": "][t.label];
  return "";
}
const labelFeature = (t) => (t.family === "spanning" ? ["objective:label-objective-n", "objective:label-objective", "objective:label-bare", "objective:label-number"][t.label] : t.family === "heading" ? ["objective:label-dash", "objective:label-decimal", "objective:label-bare", "objective:label-objective-n"][t.label] : t.design === "column/outline/4" ? "objective:number-in-cell" : null);

// ---------------------------------------------------------------- cell contents: items with their markers
/** Items of a column as { marker, text } (text as the truth has it). */
function items(list, marker, outlineNo) {
  return list.map((s, i) => ({ marker: outlineNo !== undefined ? `${outlineNo}.${i + 1}` : marker.label(i), text: marker.kind === "none" && outlineNo === undefined ? withStop(s) : s }));
}
function cellHtml(its, marker, outline) {
  if (outline || marker.kind === "typed") return its.map((x) => `<p class="it">${esc(x.marker)}&#160; ${esc(x.text)}</p>`).join("");
  if (marker.kind === "css") return `<ul class="css" style="list-style-type:${marker.css}">${its.map((x) => `<li>${esc(x.text)}</li>`).join("")}</ul>`;
  return its.map((x) => `<p class="it0">${esc(x.text)}</p>`).join("");
}
const cellMd = (its, marker, outline) => its.map((x) => mdEsc((outline || marker.kind !== "none" ? `${x.marker} ` : "") + x.text)).join("<br>");

// ---------------------------------------------------------------- text width for tab-stop lines
function wrapWords(text, cap) {
  const out = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && (line + " " + w).length > cap) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

// ---------------------------------------------------------------- one table: HTML, Markdown, truth rows, features
function renderTable(doc, t, progId, sectionId) {
  const { style } = doc.plan;
  const labels = labelsOf(t, style);
  const accM = t.sub === "rowspan" ? null : t.accMarker;
  const measM = t.sub === "rowspan" || t.sub === "nested" ? null : t.measMarker;
  const outline = t.design === "column/outline/4";
  const features = [`design:${t.design}`, `objective:${t.family === "tabs" || t.family === "column" ? "column" : t.family}`, `subrows:${t.sub === "swapped" || t.sub === "outline" ? "flat" : t.sub}`, `cols:${t.cols}`, `header:${style.headerCase}`, `acc-vocab:${t.accVocab}`, `meas-vocab:${t.measVocab}`];
  if (t.family === "tabs") features.push("layout:tabs", t.blankRows ? "layout:tabs-blank-line" : "layout:tabs-no-blank-line");
  if (style.headerWrap) features.push("header:wrapped");
  if (style.repeatHeader && t.family !== "tabs") features.push("header-repeat");
  if (labels.some((l) => l.role === "risks")) features.push("col:risks");
  if (labels.some((l) => l.role === "target")) features.push("col:target");
  if (t.sub === "nested") features.push("cells-nested");
  if (t.sub === "swapped") features.push("order:measures-before-accomplishments");
  if (t.vcenter) features.push("cells-vcenter");
  if (t.justify) features.push("cells-justified");
  if (style.keepRows && t.family !== "tabs") features.push("cells-rows-kept");
  if (accM) features.push(`acc-marker:${outline ? "outline" : accM.key}`);
  if (measM) features.push(`marker:${measM.key}`);
  const lf = labelFeature(t);
  if (lf) features.push(lf);

  const truthRows = [], structRows = [];
  const rowsOut = t.rows.map((row) => {
    const accIts = items(row.accs, accM ?? MARKERS.at(-1), outline ? row.no : undefined);
    const measIts = items(row.meas.map((m) => m.text), measM ?? MARKERS.at(-1));
    const riskIts = items(row.risks, measM ?? MARKERS.at(-1));
    if (t.sub === "rowspan") accIts.forEach((x, k) => (x.text = row.accs[k]));
    if (t.sub === "rowspan" || t.sub === "nested") measIts.forEach((x, k) => (x.text = row.meas[k].text));
    const truth = { section: sectionId, objective: row.objective, accomplishments: accIts.map((x) => x.text), measures: measIts.map((x) => x.text) };
    if (row.risks.length) truth.risksAndMitigations = riskIts.map((x) => x.text);
    if (labels.some((l) => l.role === "target")) truth.target = row.meas.map((m) => m.target);
    truthRows.push(truth);
    structRows.push({ section: sectionId, objective: row.objective, features, measures: row.meas.map((m) => ({ accomplishment: t.sub === "rowspan" ? m.acc : null, target: m.target, baseline: null })) });
    return { row, accIts, measIts, riskIts };
  });

  // ---- HTML
  const cls = `t rules-${style.rules}${t.vcenter ? " vc" : ""}${t.justify ? " just" : ""}${style.headerShade === "grey" ? " shade" : ""}`;
  const thHtml = (l) => `<th class="c-${l.role}">${wrapLabel(l.label, style.headerWrap).map(esc).join("<br>")}</th>`;
  const colgroup = (fr) => `<colgroup>${fr.map((f) => `<col style="width:${f}%">`).join("")}</colgroup>`;
  const widths = { "column/flat/3": [30, 34, 36], "column/nested/4": [26, 28, 32, 14], "spanning/rowspan/3": [36, 46, 18], "column/outline/4": [24, 26, 26, 24], "heading/flat/2": [48, 52], "column/swapped/3": [30, 36, 34] }[t.design];
  let html = "", md = "";
  const mdHeader = `| ${labels.map((l) => mdEsc(l.label)).join(" | ")} |\n|${labels.map(() => "---").join("|")}|\n`;
  const headRow = `<tr>${labels.map(thHtml).join("")}</tr>`;
  const open = (extraCls = "") => `<table class="${cls}${extraCls}">${colgroup(widths)}${style.repeatHeader ? `<thead>${headRow}</thead><tbody>` : `<tbody>${headRow}`}`;
  const close = "</tbody></table>\n";
  const cellOf = (o, role) => (role === "objective" ? `${outline ? `${o.row.no}. ` : ""}${esc(o.row.objective)}` : role === "acc" ? cellHtml(o.accIts, accM, outline) : role === "meas" ? cellHtml(o.measIts, measM, false) : role === "risks" ? cellHtml(o.riskIts, measM, false) : "");
  const mdCellOf = (o, role) => (role === "objective" ? mdEsc(`${outline ? `${o.row.no}. ` : ""}${o.row.objective}`) : role === "acc" ? cellMd(o.accIts, accM, outline) : role === "meas" ? cellMd(o.measIts, measM, false) : role === "risks" ? cellMd(o.riskIts, measM, false) : o.row.meas.map((m) => m.target).join("<br>"));

  if (t.family === "tabs") {
    const fr = [30, 34, 36];
    const font = FONTS.find((f) => f.key === style.font);
    const contentPt = (style.paper === "a4" ? 595 : 612) - 2 * 57;
    const width = (style.landscape ? (style.paper === "a4" ? 842 : 792) - 2 * 57 : contentPt) * 0.97;
    const caps = fr.map((f) => Math.floor(((width * f) / 100 - 10) / (style.size * (font.serif ? (font.wide ? 0.58 : 0.5) : 0.56))));
    const line = (cells, extra = "") => `<div class="tl${extra}">${cells.map((c, k) => `<span class="tc" style="width:${fr[k]}%">${c || "&#8203;"}</span>`).join("")}</div>`;
    const hl = labels.map((l) => wrapLabel(l.label, style.headerWrap));
    const hn = Math.max(...hl.map((x) => x.length));
    html += `<div class="tabs${style.rules === "grid" || style.rules === "dotted" ? " tabs-ruled" : ""}">`;
    for (let k = 0; k < hn; k++) html += line(hl.map((x) => (x.length === hn ? x[k] : k === hn - 1 ? x[0] : "") ?? "").map((s) => `<b>${esc(s)}</b>`), k === hn - 1 ? " th-last" : "");
    const colLines = (its, cap, marked) => its.flatMap((x) => { const pre = marked ? `${x.marker} ` : ""; return wrapWords(pre + x.text, cap); });
    rowsOut.forEach((o, ri) => {
      const c0 = wrapWords(o.row.objective, caps[0]);
      const c1 = colLines(o.accIts, caps[1], accM.kind !== "none");
      const c2 = colLines(o.measIts, caps[2], measM.kind !== "none");
      const n = Math.max(c0.length, c1.length, c2.length);
      if (t.blankRows && ri > 0) html += line(["", "", ""], " blank");
      for (let k = 0; k < n; k++) html += line([c0[k] ?? "", c1[k] ?? "", c2[k] ?? ""].map(esc));
    });
    html += "</div>\n";
    md += mdHeader + rowsOut.map((o) => `| ${labels.map((l) => mdCellOf(o, l.role)).join(" | ")} |`).join("\n") + "\n";
  } else if (t.family === "spanning") {
    html += open();
    md += mdHeader;
    for (const o of rowsOut) {
      const lab = objectiveLabel(t, o.row, progId);
      html += `<tr class="span"><td colspan="${labels.length}"><b>${esc(lab)}${esc(o.row.objective)}</b></td></tr>`;
      md += `| **${mdEsc(lab + o.row.objective)}** |${labels.slice(1).map(() => " |").join("")}\n`;
      o.row.accs.forEach((acc, a) => {
        const ms = o.row.meas.filter((m) => m.acc === a);
        ms.forEach((m, k) => {
          html += `<tr${k === 0 ? ' class="sub-first"' : ""}>${k === 0 ? `<td rowspan="${ms.length}">${esc(acc)}</td>` : ""}<td>${esc(m.text)}</td><td>${esc(m.target)}</td></tr>`;
          md += `| ${k === 0 ? mdEsc(acc) : ""} | ${mdEsc(m.text)} | ${mdEsc(m.target)} |\n`;
        });
      });
    }
    html += close;
  } else if (t.family === "heading") {
    for (const o of rowsOut) {
      const lab = objectiveLabel(t, o.row, progId);
      html += `<p class="objh"><b>${esc(lab)}${esc(o.row.objective)}</b></p>\n` + open() + `<tr>${labels.map((l) => `<td>${cellOf(o, l.role)}</td>`).join("")}</tr>` + close;
      md += `**${mdEsc(lab + o.row.objective)}**\n\n` + mdHeader + `| ${labels.map((l) => mdCellOf(o, l.role)).join(" | ")} |\n\n`;
    }
  } else if (t.sub === "nested") {
    // The last two labels stand over one cell holding a table of its own (one measure per inner row).
    html += `<table class="${cls}">${colgroup([26, 28, 46])}`;
    const inner = `<table class="inner">${colgroup([70, 30])}`;
    const head = `<tr>${labels.slice(0, 2).map(thHtml).join("")}<th class="nest-h">${inner}<tr>${labels.slice(2).map(thHtml).join("")}</tr></table></th></tr>`;
    html += style.repeatHeader ? `<thead>${head}</thead><tbody>` : `<tbody>${head}`;
    for (const o of rowsOut)
      html += `<tr><td>${cellOf(o, "objective")}</td><td>${cellOf(o, "acc")}</td><td class="nest">${inner}${o.row.meas.map((m) => `<tr><td>${esc(m.text)}</td><td>${esc(m.target)}</td></tr>`).join("")}</table></td></tr>`;
    html += close;
    md += mdHeader + rowsOut.map((o) => `| ${labels.map((l) => (l.role === "meas" ? o.row.meas.map((m) => mdEsc(m.text)).join("<br>") : mdCellOf(o, l.role))).join(" | ")} |`).join("\n") + "\n";
  } else {
    html += open() + rowsOut.map((o) => `<tr>${labels.map((l) => `<td>${cellOf(o, l.role)}</td>`).join("")}</tr>`).join("") + close;
    md += mdHeader + rowsOut.map((o) => `| ${labels.map((l) => mdCellOf(o, l.role)).join(" | ")} |`).join("\n") + "\n";
  }
  return { html, md, truthRows, structRows, features };
}

// ---------------------------------------------------------------- the whole document
function renderDocument(doc) {
  const { plan, manager, sg, q } = doc;
  const { style, office, year, era } = plan;
  const entity = office.name;
  const hasMandates = doc.missions.length > 0;
  const S = sectionsOf(style.scheme, year, hasMandates && style.missionsAs === "list");
  const font = FONTS.find((f) => f.key === style.font);
  const docFeatures = new Set([`era:${era}`, `sections:${style.scheme}`, `rules:${style.rules}`, plan.ruled ? "ruled" : "borderless", `font:${style.font}`, `paper:${style.paper}`, `footer:${style.footer}`, `signatures:${style.signatures}`, `challenge-marker:${style.challengeMarker}`, "challenges"]);
  if (style.landscape) docFeatures.add("landscape-tables");
  if (style.runningHeader) docFeatures.add("running-header");
  if (style.textbox) docFeatures.add("frame:textbox");
  if (style.footnote) docFeatures.add("footnote");
  if (style.hyphenate) docFeatures.add("hyphenate");
  if (style.smartQuotes) docFeatures.add("smart-quotes");
  if (hasMandates) docFeatures.add(`missions:${style.missionsAs}`);
  if (doc.scRes) docFeatures.add("sc-resolution");
  docFeatures.add(`pct:${style.pct}`);

  const h = [], m = [];
  const para = (s, cls = "") => { h.push(`<p${cls ? ` class="${cls}"` : ""}>${s}</p>`); };
  const mdp = (s) => m.push(s, "");
  const heading = ([tag, text]) => { h.push(`<${tag}>${esc(text)}</${tag}>`); m.push(`${tag === "h2" ? "##" : "###"} ${text}`, ""); };
  const SGfull = `${sg.name}`;
  const honSG = "Mr.";

  // Frame by era.
  const titleText = style.title === "year-first" ? `${year} SENIOR MANAGER’S COMPACT` : `SENIOR MANAGER’S COMPACT ${year}`;
  if (style.textbox) {
    h.push(`<div class="box"><p>${esc(entity)}</p><p>1 January – 31 December ${year}</p></div>`);
    m.push(`> ${entity}`, `> 1 January – 31 December ${year}`, "");
  }
  if (era === "a") {
    h.push(`<h1>${esc(titleText)}</h1>`); m.push(`# ${titleText}`, "");
    para(`Between ${manager.honorific} ${esc(manager.name)}, ${esc(manager.title)}, and the Secretary-General, ${honSG} ${esc(SGfull)}`, "center");
    mdp(`Between ${manager.honorific} ${manager.name}, ${manager.title}, and the Secretary-General, ${honSG} ${SGfull}`);
    para(`<b>DEPARTMENT/OFFICE:</b> ${esc(entity)}`); mdp(`**DEPARTMENT/OFFICE:** ${entity}`);
  } else if (era === "b") {
    h.push(`<h1>Senior Manager’s Compact ${year}</h1>`); m.push(`# Senior Manager’s Compact ${year}`, "");
    para(`between the Secretary-General and the ${esc(manager.title)}`, "center"); mdp(`between the Secretary-General and the ${manager.title}`);
    para(`<b>${esc(entity)}</b>`, "center"); mdp(`**${entity}**`);
  } else if (era === "c") {
    h.push(`<h1>SENIOR MANAGER’S COMPACT for ${year}</h1>`); m.push(`# SENIOR MANAGER’S COMPACT for ${year}`, "");
    const s = `${manager.name}, ${manager.title}, will strive to fulfil the goals of the Charter of the United Nations and the mandates entrusted to the ${entity}. I commit to achieve the objectives detailed below and to be held accountable for them by the Secretary-General.`;
    para(esc(s)); mdp(s);
  } else {
    h.push(`<div class="hblock${plan.i % 2 ? " right" : ""}"><p>${esc(manager.name)}</p><p>${esc(manager.title)}</p><p>${year}</p></div>`);
    m.push(manager.name, "", manager.title, "", String(year), "");
    const s = `I, ${manager.name}, commit myself to using the authorities delegated to me by the Secretary-General to deliver the results set out below for the ${entity}, in keeping with the Charter and the regulations and rules of the Organization.`;
    para(esc(s)); mdp(s);
  }
  if (S.intro) {
    heading(S.intro);
    const s = `This compact is concluded between the Secretary-General and ${manager.name}, ${manager.title}, for the period from 1 January to 31 December ${year}. It sets out the results for which I am accountable.`;
    para(esc(s)); mdp(s);
  }

  // Budget sentence (with a footnote in some documents).
  const resWords = plan.i % 2 ? `its resolution ${doc.budgetNo}` : `resolution ${doc.budgetRes}`;
  const fn = `The resources are those approved by the General Assembly in ${resWords}.`;
  const budgetS = `The programme of work of the ${entity} is described in section ${office.section} of the programme budget (${doc.budgetDoc}).`;
  const budgetTail = style.footnote ? "" : ` The resources are those approved by the General Assembly in ${resWords}.`;
  let missionsMd = null, missionsHtml = null;
  const names = doc.missions.map((x) => `${x.name} (${x.acronym})`);
  const sc = doc.scRes ? ` under Security Council resolution ${doc.scRes.n} (${doc.scRes.y}) and related mandates` : "";
  if (hasMandates) {
    if (style.missionsAs === "list") {
      missionsHtml = `<p>The ${esc(entity)} supports the following field presences${esc(sc)}:</p><ul class="mand">${names.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`;
      missionsMd = `The ${entity} supports the following field presences${sc}:\n\n${names.map((n) => `- ${n}`).join("\n")}`;
    } else if (style.missionsAs === "sentence") {
      const acr = doc.missions.map((x) => x.acronym);
      const s = `In ${year} the ${entity} will continue to work with its field partners${sc}, including ${acr.slice(0, -1).join(", ")} and ${acr.at(-1)}.`;
      missionsHtml = `<p>${esc(s)}</p>`; missionsMd = s;
    } else {
      const s = `Much of the work of the ${entity} is carried out with the ${names.slice(0, -1).join(", the ")} and the ${names.at(-1)}${sc}. Their needs shape the priorities below.`;
      missionsHtml = `<p>${esc(s)}</p>`; missionsMd = s;
    }
  }
  const budgetHtml = `<p>${esc(budgetS)}${style.footnote ? `<span class="fn"> ${esc(fn)}</span>` : ""}${esc(budgetTail)}</p>`;
  const budgetMd = `${budgetS}${style.footnote ? "[^1]" : ""}${budgetTail}`;

  // Programme part.
  for (const hh of S.progHead) heading(hh);
  if (S.mandateHead) heading(S.mandateHead);
  h.push(budgetHtml); mdp(budgetMd);
  if (missionsHtml) { h.push(missionsHtml); mdp(missionsMd); }
  if (S.tablesHead) heading(S.tablesHead);
  para(esc(doc.leadIn.replace("this year", `in ${year}`))); mdp(doc.leadIn.replace("this year", `in ${year}`));
  const truthRows = [], structRows = [];
  const rowFeatures = new Set();
  const tablesHtml = [];
  let managStarted = false;
  for (const t of doc.tables) {
    if (t.managerial && !managStarted) {
      managStarted = true;
      // A section of its own (a landscape one starts a page), its heading inside it.
      tablesHtml.push("</section>", `<section class="tables">`);
      for (const hh of S.managHead) tablesHtml.push(`<${hh[0]}>${esc(hh[1])}</${hh[0]}>`), m.push(`${hh[0] === "h2" ? "##" : "###"} ${hh[1]}`, "");
    }
    const out = renderTable(doc, t, S.progId, t.managerial ? S.managId : S.progId);
    tablesHtml.push(out.html);
    m.push(out.md, "");
    truthRows.push(...out.truthRows); structRows.push(...out.structRows);
    out.features.forEach((f) => rowFeatures.add(f));
  }
  h.push(`<section class="tables">`, ...tablesHtml, "</section>");

  // Challenges.
  heading(S.challengesHead);
  const cm = MARKERS.find((x) => x.key === style.challengeMarker);
  h.push(doc.challenges.map((c, i) => (cm.kind === "none" ? `<p class="it0">${esc(withStop(c))}</p>` : `<p class="it">${esc(cm.label(i))}&#160; ${esc(withStop(c))}</p>`)).join(""));
  mdp(doc.challenges.map((c, i) => (cm.kind === "none" ? withStop(c) : `${cm.label(i)} ${withStop(c)}`)).join("\n\n"));

  // Signatures: the manager's block names the entity (eras c and d print it nowhere else).
  const sigs = [
    [manager.name, `${manager.title}`, entity, doc.d1],
    [sg.name, "Secretary-General", "", doc.d2],
  ];
  const sigHtml = (s) => `<div class="sig"><p class="line">Signed: ____________________</p><p>${esc(s[0])}</p><p>${esc(s[1])}</p>${s[2] ? `<p>${esc(s[2])}</p>` : ""}<p>Date: ${esc(dateText(s[3]))}</p></div>`;
  h.push(`<div class="sigs ${style.signatures}">${sigs.map(sigHtml).join("")}</div>`);
  for (const s of sigs) mdp([`Signed: ____________________`, s[0], s[1], ...(s[2] ? [s[2]] : []), `Date: ${dateText(s[3])}`].join("  \n"));
  if (style.footnote) mdp(`[^1]: ${fn}`);

  // CSS.
  const pageW = style.paper === "a4" ? "A4" : "letter";
  const runHead = `Senior Manager’s Compact ${year} – ${office.acronym}`;
  const footer = { "page-n-of-m": `"Page " counter(page) " of " counter(pages)`, "page-n": `counter(page)`, "dash-n": `"- " counter(page) " -"`, none: "none" }[style.footer];
  const rulesCss = {
    grid: `.t th, .t td { border: 0.6pt solid #000 } .inner td, .inner th { border: 0.5pt solid #000 } .tabs-ruled .th-last { border-bottom: 0.8pt solid #000 }`,
    dotted: `.t { border-top: 1pt solid #000; border-bottom: 1pt solid #000 } .t th { border-bottom: 1pt solid #000 } .t td { border-bottom: 0.7pt dotted #000 } .inner td { border-bottom: 0.5pt dotted #000 } .tabs-ruled .th-last { border-bottom: 0.8pt dotted #000 }`,
    frame: `.t { border: 0.9pt solid #000 }`,
    none: ``,
  }[style.rules];
  const css = `
@page { size: ${pageW}; margin: 20mm 20mm 22mm 20mm;
  ${style.runningHeader ? `@top-right { content: "${runHead}"; font-size: 8pt; font-style: italic }` : ""}
  ${footer !== "none" ? `@bottom-center { content: ${footer}; font-size: 8.5pt }` : ""} }
@page :first { @top-right { content: none } }
@page wide { size: ${pageW} landscape }
body { font-family: ${font.css}; font-size: ${style.size}pt; line-height: 1.22; ${style.hyphenate ? "hyphens: auto; -webkit-hyphens: auto;" : ""} }
h1 { font-size: ${style.size + 4}pt; text-align: center; margin: 0 0 10pt }
h2 { font-size: ${style.size + 1.5}pt; margin: 14pt 0 6pt }
h3 { font-size: ${style.size + 0.5}pt; margin: 10pt 0 5pt }
p { margin: 0 0 6pt; text-align: justify }
p.center { text-align: center }
.box { float: right; width: 40%; border: 0.8pt solid #000; padding: 4pt 6pt; margin: 0 0 8pt 10pt }
.box p { margin: 0; text-align: left }
.hblock { margin-bottom: 14pt } .hblock p { margin: 0; text-align: left } .hblock.right p { text-align: right }
${style.landscape ? "section.tables { page: wide }" : ""}
table.t { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4pt 0 12pt }
.t th, .t td { padding: 3pt 4pt; vertical-align: top; text-align: left }
.t th { font-weight: bold${style.headerCase === "upper" ? "; font-size: " + (style.size - 0.5) + "pt" : ""} }
.t.shade th { background: #d9d9d9 }
.t.vc td { vertical-align: middle }
.t.just td p { text-align: justify } .t td p { text-align: left }
.t td.nest, .t th.nest-h { padding: 0 }
table.inner { border-collapse: collapse; width: 100%; table-layout: fixed }
.inner td, .inner th { padding: 3pt 4pt; vertical-align: top; text-align: left }
${style.keepRows ? "tr { break-inside: avoid; page-break-inside: avoid }" : ""}
p.it { margin: 0 0 2pt; padding-left: 13pt; text-indent: -13pt; text-align: left }
p.it0 { margin: 0 0 2pt; text-align: left }
ul.css { margin: 0; padding-left: 15pt } ul.css li { margin: 0 0 2pt }
ul.mand { margin: 0 0 6pt; padding-left: 18pt }
p.objh { margin: 10pt 0 3pt; text-align: left; break-after: avoid; page-break-after: avoid }
.tabs { margin: 4pt 0 12pt }
.tl { white-space: nowrap; height: ${(style.size * 1.22).toFixed(2)}pt; line-height: ${(style.size * 1.22).toFixed(2)}pt }
.tc { display: inline-block; vertical-align: top; white-space: pre; overflow: visible }
.sigs { margin-top: 18pt } .sigs.side-by-side .sig { display: inline-block; width: 46%; vertical-align: top; margin-right: 3% }
.sig { margin-bottom: 12pt } .sig p { margin: 0; text-align: left } .sig p.line { margin-bottom: 4pt }
.fn { float: footnote; font-size: ${style.size - 2}pt }
${rulesCss}
`;
  const html = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(titleText)}</title><style>${css}</style></head><body>\n${h.join("\n")}\n</body></html>\n`;

  const allFeatures = [...new Set([...docFeatures, ...rowFeatures])].sort();
  const truth = {
    kind: "compact", year, manager: { name: manager.name, title: manager.title }, counterpart: { name: sg.name, title: sg.title }, entity,
    signedOn: [iso(doc.d1), iso(doc.d2)],
    missions: doc.missions.map((x) => ({ acronym: x.acronym, name: x.name, kind: x.kind })),
    resolutions: [doc.budgetRes, ...(doc.scRes ? [`S/RES/${doc.scRes.n} (${doc.scRes.y})`] : [])],
    documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows: truthRows,
    structure: { features: [...docFeatures].sort(), rows: structRows },
  };
  return { html, md: m.join("\n").replace(/\n{3,}/g, "\n\n"), truth, features: allFeatures };
}

// ---------------------------------------------------------------- feature crossing (as the test checks it)
function crossing(entries) {
  const counts = new Map();
  for (const d of entries) for (const f of d.features) { const c = counts.get(f) ?? { r: 0, b: 0 }; d.ruled ? c.r++ : c.b++; counts.set(f, c); }
  const bad = [];
  for (const [f, c] of counts) { if (c.r + c.b < 3) bad.push(`thin ${f}`); else if (!/^(ruled|borderless|rules:.*)$/.test(f) && (!c.r || !c.b)) bad.push(`one-sided ${f}`); }
  return bad;
}

function draw(seed0 = SEED0) {
  for (let seed = seed0; seed < seed0 + 400; seed++) {
    const plans = planDocuments(seed);
    const docs = plans.map((p) => { const d = buildDocument(p); return { plan: p, d, out: renderDocument(d) }; });
    const entries = docs.map((x) => ({ features: x.out.features, ruled: x.plan.ruled }));
    const dev = docs.filter((x) => x.plan.split === "dev11");
    const devRows = dev.reduce((a, x) => a + x.out.truth.rows.length, 0);
    const uniq = docs.every((x) => new Set(x.out.truth.rows.map((r) => r.objective.toLowerCase())).size === x.out.truth.rows.length);
    if (!crossing(entries).length && devRows >= 280 && uniq) return { seed, docs };
  }
  throw new Error("no seed crosses every feature");
}

/** A validation draw (an entry of DRAWS): dev11's positions of its plan, relabelled `<split>` / `v11…-NNN` in order. */
function drawValidation({ split, seed0 }) {
  const { seed, docs } = draw(seed0);
  const kept = docs.filter((x) => x.plan.split === "dev11").map((x, i) => ({ ...x, plan: { ...x.plan, split, id: splitDrawId(split, i) } }));
  return { split, seed, docs: kept };
}

// ---------------------------------------------------------------- producers
const run = (cmd, a, opts = {}) => execFileSync(cmd, a, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26, ...opts });
function pagesAndCuts(pdf, truth) {
  const raw = run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).toString("utf8");
  const pages = raw.split("\f").slice(0, -1);
  const key = (s) => s.replace(/[\s\u00ad\u2010\u2011-]+/g, "").replace(/[’']/g, "'");
  // Pages joined, each page's start offset kept: a row's last measure is looked for after its
  // objective (measures repeat from row to row, objectives do not).
  const keyed = pages.map(key);
  const starts = keyed.map((_, k) => keyed.slice(0, k).join("").length);
  const all = keyed.join("");
  const pageAt = (off) => starts.findLastIndex((st) => st <= off);
  const cut = [];
  truth.rows.forEach((r, i) => {
    const a = all.indexOf(key(r.objective.split(" ").slice(0, 6).join(" ")));
    if (a < 0) return;
    const b = all.indexOf(key(r.measures.at(-1).split(" ").slice(-4).join(" ")), a);
    if (b >= 0 && pageAt(a) !== pageAt(b)) cut.push(i);
  });
  return { pages: pages.length, cut };
}

function main() {
  const { seed, docs: committed } = draw();
  // `--check --splits=…`: only the named splits are checked (a draw outside them is not searched again)
  const wanted = CHECK ? splitsWanted() : null;
  const vals = DRAWS.filter((v) => !wanted || wanted(v.split)).map(drawValidation);
  const docs = [...committed, ...vals.flatMap((v) => v.docs)].filter((x) => !wanted || wanted(x.plan.split));
  const seeds = Object.fromEntries(vals.map((v) => [`seedVal${v.split.slice(3)}`, v.seed]));
  const manifestPath = join(OUT, "manifest.json");
  const old = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : { documents: [] };
  const oldById = new Map(old.documents.map((d) => [d.id, d]));
  let mismatches = 0;
  const documents = [];
  const versions = CHECK || NO_PDF || CUTS_ONLY ? old.producers ?? {} : {
    weasyprint: run("weasyprint", ["--version"]).toString().trim(),
    wkhtmltopdf: run("wkhtmltopdf", ["--version"]).toString().trim(),
    pdftotext: spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).stderr.split("\n")[0].trim(),
  };
  for (const { plan, out } of docs) {
    const dir = join(OUT, plan.split);
    const base = `${plan.split}/${plan.id}`;
    const entry = {
      id: plan.id, split: plan.split, year: plan.year, entity: plan.office.name, ruled: plan.ruled, rows: out.truth.rows.length, features: out.features,
      style: plan.style, tables: plan.tables.map((t) => t.design),
      renderings: { "weasy.pdf": `${base}.weasy.pdf`, "wk.pdf": `${base}.wk.pdf`, txt: `${base}.txt`, md: `${base}.md` },
      truth: `${base}.truth.json`, source: `${base}.html`, sourceSha256: sha(out.html),
    };
    const prev = oldById.get(plan.id);
    const truthText = truthTextOf(out.truth);
    const skip = ONLY_SPLIT && ONLY_SPLIT !== plan.split;
    if (CHECK) {
      const same = (p, text) => existsSync(join(OUT, p)) && readFileSync(join(OUT, p), "utf8") === text;
      if (!same(entry.truth, truthText) || !same(entry.renderings.md, out.md) || prev?.sourceSha256 !== entry.sourceSha256) { mismatches++; console.log(`differs: ${plan.id}`); }
      continue;
    }
    if (skip) { documents.push(prev ?? entry); continue; }
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(OUT, entry.source), out.html);
    writeFileSync(join(OUT, entry.truth), truthText);
    writeFileSync(join(OUT, entry.renderings.md), out.md);
    if (CUTS_ONLY) {
      const cw = pagesAndCuts(join(OUT, entry.renderings["weasy.pdf"]), out.truth), ck = pagesAndCuts(join(OUT, entry.renderings["wk.pdf"]), out.truth);
      documents.push({ ...entry, pages: { weasy: cw.pages, wk: ck.pages }, cutRows: { weasy: cw.cut, wk: ck.cut, txt: cw.cut }, sha256: prev?.sha256 });
      continue;
    }
    if (NO_PDF) { documents.push({ ...entry, pages: prev?.pages, cutRows: prev?.cutRows, sha256: prev?.sha256 }); continue; }
    const html = join(OUT, entry.source);
    const weasy = join(OUT, entry.renderings["weasy.pdf"]), wk = join(OUT, entry.renderings["wk.pdf"]);
    run("weasyprint", ["-q", html, weasy], { env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(plan.year, 0, 1) / 1000) } });
    run("wkhtmltopdf", ["-q", "-s", plan.style.paper === "a4" ? "A4" : "Letter", "-T", "20mm", "-B", "22mm", "-L", "20mm", "-R", "20mm", "--encoding", "utf-8", html, wk]);
    run("pdftotext", ["-layout", "-enc", "UTF-8", weasy, join(OUT, entry.renderings.txt)]);
    const cw = pagesAndCuts(weasy, out.truth), ck = pagesAndCuts(wk, out.truth);
    documents.push({ ...entry, pages: { weasy: cw.pages, wk: ck.pages }, cutRows: { weasy: cw.cut, wk: ck.cut, txt: cw.cut }, sha256: { "weasy.pdf": sha(readFileSync(weasy)), "wk.pdf": sha(readFileSync(wk)) } });
    process.stdout.write(`${plan.id} `);
  }
  if (CHECK) {
    const n = docs.length - mismatches;
    console.log(`${n} documents match${mismatches ? `, ${mismatches} differ` : ""} (seed ${seed}, ${vals.map((v) => `${v.split} seed ${v.seed}`).join(", ")})`);
    process.exit(mismatches ? 1 : 0);
  }
  const splits = {};
  for (const d of documents) splits[d.split] = (splits[d.split] ?? 0) + 1;
  const manifest = { generator: "scripts/corpus11/generate.mjs", seed, ...seeds, producers: versions, splits, documents };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  const rows = (s) => documents.filter((d) => d.split === s).reduce((a, d) => a + d.rows, 0);
  console.log(`\nseed ${seed}: dev11 ${splits.dev11} documents / ${rows("dev11")} rows, holdout11 ${splits.holdout11} / ${rows("holdout11")} rows${vals.map((v) => `; ${v.split} (seed ${v.seed}) ${splits[v.split] ?? 0} / ${rows(v.split)} rows`).join("")}`);
}

main();
