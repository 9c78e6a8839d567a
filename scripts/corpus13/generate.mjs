#!/usr/bin/env node
/**
 * The thirteenth compact corpus (test/corpus13/, issue 11): an independent generator whose producers
 * no earlier corpus used — LaTeX (pdflatex, longtable/tabularx/booktabs/colortbl) and AbiWord
 * (`abiword --to=pdf` of an HTML table model) — plus `pdftotext -layout` of the LaTeX print (`txt`),
 * `mutool draw -F txt` of the AbiWord print (`mu.txt`, what a viewer's copy gives) and Markdown.
 * One data model per document drives every rendering and the truth, so the truth is exact by
 * construction.
 *
 *   node scripts/corpus13/generate.mjs           # draws, prints (needs pdflatex, abiword, mutool, pdftotext)
 *   node scripts/corpus13/generate.mjs --check   # truth, Markdown, source sha256 and manifest features as committed
 *   node scripts/corpus13/generate.mjs --seed 132313 --split val13   # a validation draw: the same
 *       generator with another seed, 20 documents `v13-001…` in test/corpus13/val13/; the other
 *       splits' files and manifest entries are kept, the draw is recorded in the manifest's `draws`
 *       (so `--check` checks it too)
 *   node scripts/corpus13/generate.mjs --seed 133313 --split val13b  # the second draw (session 36),
 *       ids `v13b-001…` in test/corpus13/val13b/
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FIRST, LAST, MANAGERIAL, OFFICES, SCOPES } from "./banks.mjs";
import { reseedable } from "../corpus/prng.mjs";
import { refuseUnknownFlags, splitsWanted } from "../corpus/args.mjs";
import { splitDrawId, validationDraw } from "../corpus/generator.mjs";
import { MONTHS } from "../corpus/common.mjs";
import { MISSIONS } from "../corpus/missions.mjs";
import { checkDocuments, freshObjective, manifestFeatures, sha, truthText } from "../corpus/harness.mjs";
import { cutRows as sharedCutRows, pagesOf, squash } from "../corpus/page-cuts.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--splits", "--seed", "--split"]);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus13");
const SEED = 131313;
const CHECK = process.argv.includes("--check");
/**
 * A validation draw (`--seed S --split val13`, both flags, no default seed): documents of the same
 * plan drawn from another seed (scripts/corpus/generator.mjs's validationDraw reads the flags).
 */
const DRAW = validationDraw(13);
/** Documents per validation draw: as many as dev13, so every design and marker turn comes round. */
const DRAW_DOCUMENTS = 20;

// ---------------------------------------------------------------- randomness
const { next: rnd, int, pick, shuffle, sample, reseed } = reseedable(SEED);

// ---------------------------------------------------------------- data
const SG = (y) => (y <= 2006 ? { name: "Kofi A. Annan", title: "Secretary-General" } : y <= 2016 ? { name: "Ban Ki-moon", title: "Secretary-General" } : { name: "António Guterres", title: "Secretary-General" });

/** Table designs (see README). */
const DESIGNS = ["caps3", "heading2", "wide6", "subacc", "shared4", "nested2"];
const ACC_VOCAB = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
const MEAS_VOCAB = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };
/** Item markers: text printed before an item; `rule` is a drawn square (no glyph), `none` lost bullets. */
const MARKERS = ["•", "–", "o", "(a)", "(i)", "1.", "a)", "rule", "none", "➢"];
const roman = (n) => ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n];
const markerText = (m, i) => (m === "(a)" ? `(${"abcdefghij"[i]})` : m === "(i)" ? `(${roman(i)})` : m === "1." ? `${i + 1}.` : m === "a)" ? `${"abcdefghij"[i]})` : m);

function indicatorMeasure(ind, withUnitBracket) {
  // A measure printed with its value: "62% of …" or "14 …"; an indicator (with a Baseline/Target) alone.
  const v = int(ind.lo, ind.hi);
  const withValue = ind.unit === "%" && ind.of ? `${v}% of ${ind.of}` : ind.unit === "days" ? `${ind.t}: ${v}` : `${v.toLocaleString("en-US")} ${ind.t.charAt(0).toLowerCase()}${ind.t.slice(1)}`;
  const unit = ind.unit === "%" ? "percentage" : ind.unit === "days" ? "days" : "number";
  const b = int(ind.lo, ind.hi);
  let t = ind.lo > ind.hi ? b : Math.min(ind.hi, b + int(1, Math.max(2, Math.round((ind.hi - ind.lo) / 4))));
  if (/^Working days|^Days from/.test(ind.t)) t = Math.max(ind.lo, b - int(1, 5));
  const fmt = (x) => (withUnitBracket || ind.unit !== "%" ? x.toLocaleString("en-US") : `${x}%`);
  return { withValue, indicator: withUnitBracket ? `${ind.t} (${unit})` : ind.t, baseline: fmt(b), target: fmt(t) };
}

/** Draws the rows of one table: unique objectives across the document. */
function drawRows(bank, used, n, design, tstyle) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const obj = freshObjective(pick, bank.objectives, bank === MANAGERIAL ? null : SCOPES, used, 200);
    if (!obj) break;
    const nAcc = design === "subacc" || design === "nested2" ? int(2, 3) : design === "wide6" || design === "shared4" ? int(1, 2) : int(1, 3);
    const accs = sample(bank.accomplishments, nAcc);
    const measures = [];
    const inds = shuffle(bank.indicators);
    let ii = 0;
    accs.forEach((a, ai) => {
      const nm = design === "caps3" || design === "heading2" ? (ai === 0 ? int(1, 4) : 0) : int(1, design === "wide6" || design === "shared4" ? 3 : 2);
      for (let j = 0; j < nm; j++) {
        const ind = inds[ii++ % inds.length];
        const m = indicatorMeasure(ind, tstyle.unitBracket);
        const remark = pick(bank.remarks);
        measures.push({ acc: ai, ind, ...m, remark });
      }
    });
    // flat designs: measures belong to no accomplishment in the layout
    if (design === "caps3" || design === "heading2") {
      const extra = int(0, 2);
      for (let j = 0; j < extra; j++) measures.push({ acc: null, ...indicatorMeasure(inds[ii++ % inds.length], false), remark: "" });
      for (const m of measures) m.acc = null;
    }
    // shared4: two consecutive measures of one accomplishment may share one Target cell
    if (design === "shared4") {
      for (let j = 0; j + 1 < measures.length; j++)
        if (measures[j].acc === measures[j + 1].acc && rnd() < 0.6) { measures[j + 1].target = measures[j].target; measures[j + 1].sharedTarget = true; j++; }
    }
    rows.push({ objective: obj, accs, measures });
  }
  return rows;
}

function measureText(design, m) {
  return design === "wide6" || design === "shared4" ? m.indicator : m.withValue;
}

/** The truth row of a table row (cells as printed, markers excluded). */
function truthRow(section, design, r) {
  const row = { section, objective: r.objective, accomplishments: [...r.accs], measures: r.measures.map((m) => measureText(design, m)) };
  if (design === "wide6") {
    row.baseline = r.measures.map((m) => m.baseline);
    row.target = r.measures.map((m) => m.target);
    row.remarks = r.measures.map((m) => m.remark);
  }
  if (design === "shared4") row.target = r.measures.filter((m) => !m.sharedTarget).map((m) => m.target);
  return row;
}

function structureMeasures(design, r) {
  return r.measures.map((m) => ({
    accomplishment: design === "caps3" || design === "heading2" ? null : m.acc,
    target: design === "wide6" || design === "shared4" ? m.target : null,
    baseline: design === "wide6" ? m.baseline : null,
  }));
}

// ---------------------------------------------------------------- the plan
const RULES = ["grid", "booktabs", "none"];
/** Markers and header cases are dealt in turn within each rule style, so each shows ruled and borderless. */
let BALANCE = {};
function drawDocument(id, split, i) {
  const office = OFFICES[i % OFFICES.length];
  const year = int(office.years[0], office.years[1]);
  const era = year <= 2010 ? "a" : year <= 2018 ? "b" : "c";
  const rules = RULES[(i + Math.floor(i / 6)) % 3];
  const seen = (BALANCE[rules] ??= { docs: 0, tables: 0 });
  seen.docs++;
  const style = {
    rules, ruled: rules === "grid",
    font: pick(["serif", "sans"]),
    size: pick([10, 11]),
    landscape: i % 4 === 1,
    headerCase: ["caps", "sentence", "smallcaps", "title", "caps"][seen.docs % 5],
    shade: rnd() < 0.6,
    footer: pick(["page-n-of-m", "page-n", "none"]),
    runningHeader: rnd() < 0.5,
    signatures: pick(["side-by-side", "stacked"]),
    missionsAs: office.missions ? pick(["list", "prose"]) : "none",
  };
  const manager = { name: `${pick(FIRST)} ${pick(LAST)}`, title: office.head };
  const used = new Set();
  // designs: every design in many documents; 3–4 tables per document
  const designs = [DESIGNS[i % 6], DESIGNS[(i + 2) % 6], DESIGNS[(i + 3) % 6], ...(i % 2 ? [DESIGNS[(i + 5) % 6]] : [])];
  const tables = designs.map((design, t) => {
    const plural = rnd() < 0.5;
    const accVocab = pick(Object.keys(ACC_VOCAB));
    const measVocab = pick(Object.keys(MEAS_VOCAB));
    const tstyle = {
      design, plural, accVocab, measVocab,
      numbered: design === "subacc" && rnd() < 0.6,
      repeatHeader: rnd() < 0.6,
      unitBracket: (design === "wide6" || design === "shared4") && rnd() < 0.7,
      objLabel: design === "heading2" || design === "shared4" ? pick(["Objective N: ", "Objective: ", ""]) : "",
      managerial: t === designs.length - 1,
    };
    // markers dealt in turn among the tables that print them (not wide6/shared4, not numbered ids)
    const k = design === "wide6" || design === "shared4" || tstyle.numbered ? 0 : seen.tables++;
    tstyle.accMarker = MARKERS[k % MARKERS.length] === "none" && design === "nested2" ? "•" : MARKERS[k % MARKERS.length];
    tstyle.measMarker = MARKERS[(k * 3 + 1) % MARKERS.length];
    if (tstyle.measMarker === tstyle.accMarker && design === "nested2") tstyle.measMarker = tstyle.accMarker === "–" ? "o" : "–";
    const bank = tstyle.managerial ? MANAGERIAL : office;
    const n = design === "heading2" ? int(2, 4) : design === "wide6" ? int(3, 5) : int(4, 6);
    tstyle.rows = drawRows(bank, used, n, design, tstyle);
    return tstyle;
  });
  const missions = office.missions && style.missionsAs !== "none" ? sample(MISSIONS.filter((m) => m.start <= year && m.end >= year), int(3, 5)) : [];
  const session = year - 1946;
  const day1 = int(3, 28), day2 = Math.min(28, day1 + int(0, 6)), mon = int(0, 2);
  const challenges = sample(office.challenges, int(3, 4));
  return { id, split, year, era, office, manager, counterpart: SG(year), style, tables, missions, session, budgetDoc: `A/${session - 1}/6 (Sect. ${office.sect})`, budgetRes: `A/RES/${session - 1}/${int(246, 280)}`, signed: [`${year}-${String(mon + 1).padStart(2, "0")}-${String(day1).padStart(2, "0")}`, `${year}-${String(mon + 1).padStart(2, "0")}-${String(day2).padStart(2, "0")}`], challenges };
}

// ---------------------------------------------------------------- words shared by the renderers
function headerLabels(t) {
  const acc = ACC_VOCAB[t.accVocab][t.plural ? 1 : 0], meas = MEAS_VOCAB[t.measVocab][t.plural ? 1 : 0];
  const obj = t.plural ? "Objectives" : "Objective";
  switch (t.design) {
    case "caps3": case "subacc": return [obj, acc, meas];
    case "heading2": return [acc, meas];
    case "wide6": return [obj, acc, meas, "Baseline", "Target", "Remarks"];
    case "shared4": return [acc, meas, "Target"];
    case "nested2": return [obj, `${acc} and ${meas.charAt(0).toLowerCase()}${meas.slice(1)}`];
  }
}
function caseLabel(s, c) {
  if (c === "caps") return s.toUpperCase();
  if (c === "title") return s.replace(/\b(\w)(\w*)/g, (w, a, b) => (["and", "of"].includes(w) ? w : a.toUpperCase() + b));
  return s;
}
function sectionsOf(doc) {
  const prog = doc.tables.filter((t) => !t.managerial), man = doc.tables.filter((t) => t.managerial);
  const ids = doc.era === "b" && doc.style.rules !== "grid" ? ["I", "II", "III"] : ["A", "B", "C"];
  const titles = doc.era === "a" ? ["PROGRAMME OBJECTIVES", "MANAGERIAL OBJECTIVES", "CHALLENGES"] : doc.era === "b" ? ["Programme objectives", "Managerial objectives", "Challenges"] : ["ACHIEVING PROGRAMME OBJECTIVES", "MANAGING RESOURCES", "CHALLENGES AND RISKS"];
  return [{ id: ids[0], title: titles[0], tables: prog }, { id: ids[1], title: titles[1], tables: man }, { id: ids[2], title: titles[2], tables: [] }];
}
function longDate(iso) { const [y, m, d] = iso.split("-").map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; }
function objectiveHeading(t, k, o) { return t.objLabel === "Objective N: " ? `Objective ${k + 1}: ${o}` : t.objLabel === "Objective: " ? `Objective: ${o}` : o; }
function accPrefix(t, k, ai) { return t.numbered ? `${k + 1}.${ai + 1}` : null; }
function measPrefix(t, k, ai, j) { return t.numbered ? `${k + 1}.${ai + 1}.${j + 1}` : null; }
function frameText(doc) {
  const o = doc.office, y = doc.year;
  const title = doc.era === "a" ? `${y} SENIOR MANAGER’S COMPACT` : doc.era === "b" ? `SENIOR MANAGER’S COMPACT for ${y}` : null;
  const between = doc.era === "a" ? `Between ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, ${doc.counterpart.name}` : null;
  const preamble = doc.era === "a" ? null : `${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the Charter of the United Nations and the mandates entrusted to the ${o.name}. I commit to achieve the objectives detailed below${doc.era === "c" ? " and I commit myself to using the authorities delegated to me by the Secretary-General responsibly" : ""}.`;
  const budget = `The work of the ${o.name} is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in resolution ${doc.budgetRes}.`;
  const missionsLead = doc.missions.length ? (doc.style.missionsAs === "list" ? "The Office works with the following missions:" : `The Office works closely with ${doc.missions.slice(0, -1).map((m) => `the ${m.name} (${m.acronym})`).join(", ")} and the ${doc.missions.at(-1).name} (${doc.missions.at(-1).acronym}).`) : null;
  return { title, between, preamble, budget, missionsLead };
}

// ---------------------------------------------------------------- LaTeX
const texEsc = (s) => String(s).replace(/\\/g, "\\textbackslash{}").replace(/([%&#$_{}])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/’/g, "'").replace(/–/g, "--");
function texMarker(m, i) {
  if (m === "rule") return "{\\rule[0.15ex]{0.5em}{0.5em}}";
  if (m === "none") return "";
  if (m === "•") return "\\textbullet";
  if (m === "➢") return "$\\triangleright$";
  return texEsc(markerText(m, i));
}
function texItems(items, marker, prefixes) {
  if (!items.length) return "";
  if (marker === "none" && !prefixes) return items.map((x) => texEsc(x)).join("\\par ");
  return `\\begin{cl}${items.map((x, i) => `\\item[${prefixes ? prefixes[i] : texMarker(marker, i)}] ${texEsc(x)}`).join(" ")}\\end{cl}`;
}
function texTable(doc, t, section) {
  const labels = headerLabels(t).map((l) => caseLabel(l, doc.style.headerCase === "smallcaps" ? "sentence" : doc.style.headerCase));
  const sc = doc.style.headerCase === "smallcaps";
  const grid = doc.style.rules === "grid", bt = doc.style.rules === "booktabs";
  const W = doc.style.landscape ? 24 : 16.5; // cm of text width
  const widths = { caps3: [0.3, 0.32, 0.38], subacc: [0.3, 0.32, 0.38], heading2: [0.45, 0.55], wide6: [0.19, 0.19, 0.23, 0.11, 0.11, 0.17], shared4: [0.38, 0.45, 0.17], nested2: [0.35, 0.65] }[t.design];
  const cols = widths.map((w) => `>{\\raggedright\\arraybackslash}p{${(w * W - 0.5).toFixed(2)}cm}`);
  const spec = grid ? `|${cols.join("|")}|` : cols.join("");
  const top = grid ? "\\hline" : bt ? "\\toprule" : "";
  const mid = grid ? "\\hline" : bt ? "\\midrule" : "";
  const bot = grid ? "\\hline" : bt ? "\\bottomrule" : "";
  const between = grid ? "\\hline" : bt ? "\\addlinespace" : "\\addlinespace";
  const shade = doc.style.shade ? "\\rowcolor[gray]{0.85}" : "";
  const head = `${shade}${labels.map((l) => `\\textbf{${sc ? `\\textsc{${texEsc(l)}}` : texEsc(l)}}`).join(" & ")}\\\\ ${mid}`;
  const n = widths.length;
  const out = [];
  if (t.design === "heading2") {
    // objective as a heading above each 2-column table, no caption
    t.rows.forEach((r, k) => {
      out.push(`\\par\\medskip\\noindent\\textbf{${texEsc(objectiveHeading(t, k, r.objective))}}\\par\\smallskip`);
      out.push(`\\begin{longtable}{${spec}}${top} ${head} \\endfirsthead ${t.repeatHeader ? `${top} ${head}` : ""} \\endhead ${bot} \\endlastfoot`);
      out.push(`${texItems(r.accs, t.accMarker)} & ${texItems(r.measures.map((m) => measureText(t.design, m)), t.measMarker)} \\\\ ${bot}`);
      out.push("\\end{longtable}");
    });
    return out.join("\n");
  }
  out.push(`\\begin{longtable}{${spec}}${top} ${head} \\endfirsthead ${t.repeatHeader ? `${top} ${head}` : ""} \\endhead \\endfoot ${bot} \\endlastfoot`);
  t.rows.forEach((r, k) => {
    const last = k === t.rows.length - 1;
    const sep = last ? "" : between;
    if (t.design === "caps3") {
      out.push(`${texEsc(r.objective)} & ${texItems(r.accs, t.accMarker)} & ${texItems(r.measures.map((m) => m.withValue), t.measMarker)} \\\\ ${sep}`);
    } else if (t.design === "subacc") {
      r.accs.forEach((a, ai) => {
        const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
        const aTxt = t.numbered ? `${accPrefix(t, k, ai)} ${texEsc(a)}` : texItems([a], t.accMarker);
        const mTxt = t.numbered ? texItems(ms, null, ms.map((_, j) => measPrefix(t, k, ai, j))) : texItems(ms, t.measMarker);
        const lastSub = ai === r.accs.length - 1;
        out.push(`${ai === 0 ? texEsc(r.objective) : ""} & ${aTxt} & ${mTxt} \\\\ ${lastSub ? sep : grid ? `\\cline{2-3}` : ""}`);
      });
    } else if (t.design === "wide6") {
      r.measures.forEach((m, j) => {
        const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
        const lastSub = j === r.measures.length - 1;
        const nextNewAcc = !lastSub && r.measures[j + 1].acc !== m.acc;
        out.push(`${j === 0 ? texEsc(r.objective) : ""} & ${firstOfAcc ? texEsc(r.accs[m.acc]) : ""} & ${texEsc(m.indicator)} & ${texEsc(m.baseline)} & ${texEsc(m.target)} & ${texEsc(m.remark)} \\\\ ${lastSub ? sep : grid ? (nextNewAcc ? "\\cline{2-6}" : "\\cline{3-6}") : ""}`);
      });
    } else if (t.design === "shared4") {
      out.push(`\\multicolumn{${n}}{${grid ? "|l|" : "l"}}{\\parbox{${(W - 0.6).toFixed(1)}cm}{\\strut\\textbf{${texEsc(objectiveHeading(t, k, r.objective))}}\\strut}} \\\\ ${grid ? "\\hline" : ""}`);
      r.measures.forEach((m, j) => {
        const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
        const lastSub = j === r.measures.length - 1;
        const nextShares = !lastSub && r.measures[j + 1].sharedTarget;
        const nextNewAcc = !lastSub && r.measures[j + 1].acc !== m.acc;
        out.push(`${firstOfAcc ? texEsc(r.accs[m.acc]) : ""} & ${texEsc(m.indicator)} & ${m.sharedTarget ? "" : texEsc(m.target)} \\\\ ${lastSub ? sep : grid ? (nextNewAcc ? "\\cline{1-3}" : nextShares ? "\\cline{2-2}" : "\\cline{2-3}") : ""}`);
      });
    } else if (t.design === "nested2") {
      const body = `\\begin{cl}${r.accs.map((a, ai) => {
        const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
        return `\\item[${texMarker(t.accMarker, ai)}] ${texEsc(a)} \\begin{cl}${ms.map((x, j) => `\\item[${texMarker(t.measMarker, j)}] ${texEsc(x)}`).join(" ")}\\end{cl}`;
      }).join(" ")}\\end{cl}`;
      out.push(`${texEsc(r.objective)} & ${body} \\\\ ${sep}`);
    }
  });
  out.push("\\end{longtable}");
  return out.join("\n");
}
function texDocument(doc) {
  const s = doc.style, f = frameText(doc);
  const L = [];
  L.push(`\\documentclass[${s.size}pt]{article}`);
  L.push(`\\usepackage[${s.landscape ? "landscape," : ""}a4paper,margin=2cm]{geometry}`);
  L.push("\\usepackage{array,longtable,booktabs,fancyhdr}\\usepackage[table]{xcolor}");
  if (s.font === "sans") L.push("\\renewcommand{\\familydefault}{\\sfdefault}");
  L.push("\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\uchyph=0 \\setlength{\\parindent}{0pt}\\setlength{\\parskip}{4pt}\\setlength{\\LTpre}{6pt}\\setlength{\\LTpost}{6pt}");
  L.push("\\newenvironment{cl}{\\begin{list}{}{\\setlength{\\leftmargin}{1.6em}\\setlength{\\labelwidth}{1.3em}\\setlength{\\labelsep}{0.3em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}\\setlength{\\topsep}{0pt}\\setlength{\\partopsep}{0pt}}}{\\end{list}}");
  L.push("\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}");
  if (s.runningHeader) L.push(`\\fancyhead[R]{\\small ${texEsc(doc.office.acronym)} -- Senior Manager's Compact ${doc.year}}`);
  if (s.footer === "page-n-of-m") L.push("\\fancyfoot[C]{\\small Page \\thepage\\ of \\pageref{LastPage}}");
  else if (s.footer === "page-n") L.push("\\fancyfoot[C]{\\small \\thepage}");
  L.push("\\begin{document}");
  if (doc.era === "c") L.push(`\\noindent ${texEsc(doc.manager.name)}\\\\ ${texEsc(doc.manager.title)}\\\\ ${doc.year}\\par\\bigskip`);
  if (f.title) L.push(`\\begin{center}\\large\\textbf{${texEsc(f.title)}}\\end{center}`);
  if (f.between) L.push(`\\begin{center}${texEsc(f.between)}\\end{center}\\par DEPARTMENT/OFFICE: ${texEsc(doc.office.name)}\\par`);
  if (f.preamble) L.push(`${texEsc(f.preamble)}\\par`);
  L.push(`${texEsc(f.budget)}\\par`);
  if (f.missionsLead) {
    L.push(`${texEsc(f.missionsLead)}\\par`);
    if (s.missionsAs === "list") L.push(`\\begin{itemize}${doc.missions.map((m) => `\\item ${texEsc(m.name)} (${texEsc(m.acronym)})`).join(" ")}\\end{itemize}`);
  }
  if (doc.era === "c") L.push("\\section*{SECTION 1 : DELIVERING RESULTS}");
  for (const sec of sectionsOf(doc)) {
    L.push(`\\subsection*{${sec.id}. ${texEsc(sec.title)}}`);
    if (sec.tables.length) L.push(`I will give special attention to delivering the following results in ${doc.year}.\\par`);
    for (const t of sec.tables) L.push(texTable(doc, t, sec.id));
    if (!sec.tables.length) L.push(`\\begin{itemize}${doc.challenges.map((c) => `\\item ${texEsc(c)}`).join(" ")}\\end{itemize}`);
  }
  const sig = (n, t, d) => `\\rule{6cm}{0.4pt}\\\\ ${texEsc(n)}\\\\ ${texEsc(t)}\\\\ Date: ${longDate(d)}`;
  L.push("\\bigskip\\par\\noindent");
  if (s.signatures === "side-by-side") L.push(`\\begin{tabular}{@{}p{7.5cm}p{7.5cm}@{}}${sig(doc.manager.name, doc.manager.title, doc.signed[0]).replace(/\\\\/g, "\\newline")} & ${sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1]).replace(/\\\\/g, "\\newline")}\\end{tabular}`);
  else L.push(`${sig(doc.manager.name, doc.manager.title, doc.signed[0])}\\par\\bigskip\\noindent ${sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1])}`);
  L.push("\\label{LastPage}\\end{document}");
  return L.join("\n");
}

// ---------------------------------------------------------------- HTML for AbiWord
const h = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function htmlItems(items, marker, prefixes) {
  if (!items.length) return "";
  if (marker === "•" && !prefixes) return `<ul>${items.map((x) => `<li>${h(x)}</li>`).join("")}</ul>`;
  return items.map((x, i) => `<p>${prefixes ? `${prefixes[i]}&#160;` : marker === "none" ? "" : marker === "rule" ? "&#9642;&#160;" : `${h(markerText(marker, i))}&#160;`}${h(x)}</p>`).join("");
}
function htmlTable(doc, t) {
  const labels = headerLabels(t).map((l) => caseLabel(l, doc.style.headerCase === "smallcaps" ? "caps" : doc.style.headerCase));
  const border = doc.style.rules === "grid" ? ` border="1"` : "";
  const bg = doc.style.shade ? ` bgcolor="#d9d9d9"` : "";
  const head = `<tr${bg}>${labels.map((l) => `<th align="left">${h(l)}</th>`).join("")}</tr>`;
  const open = `<table width="100%"${border} cellpadding="4" cellspacing="0">${head}`;
  const out = [];
  if (t.design === "heading2") {
    t.rows.forEach((r, k) => {
      out.push(`<p><b>${h(objectiveHeading(t, k, r.objective))}</b></p>${open}<tr><td valign="top">${htmlItems(r.accs, t.accMarker)}</td><td valign="top">${htmlItems(r.measures.map((m) => measureText(t.design, m)), t.measMarker)}</td></tr></table>`);
    });
    return out.join("\n");
  }
  out.push(open);
  for (const [k, r] of t.rows.entries()) {
    if (t.design === "caps3") out.push(`<tr><td valign="top">${h(r.objective)}</td><td valign="top">${htmlItems(r.accs, t.accMarker)}</td><td valign="top">${htmlItems(r.measures.map((m) => m.withValue), t.measMarker)}</td></tr>`);
    else if (t.design === "subacc") {
      r.accs.forEach((a, ai) => {
        const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
        const aTxt = t.numbered ? `<p>${accPrefix(t, k, ai)} ${h(a)}</p>` : htmlItems([a], t.accMarker);
        const mTxt = t.numbered ? htmlItems(ms, null, ms.map((_, j) => measPrefix(t, k, ai, j))) : htmlItems(ms, t.measMarker);
        out.push(`<tr>${ai === 0 ? `<td valign="top" rowspan="${r.accs.length}">${h(r.objective)}</td>` : ""}<td valign="top">${aTxt}</td><td valign="top">${mTxt}</td></tr>`);
      });
    } else if (t.design === "wide6") {
      r.measures.forEach((m, j) => {
        const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
        const span = r.measures.filter((x) => x.acc === m.acc).length;
        // AbiWord 3.0 collapses a 6-column table whose rows span others: the spanned cells are left empty, as many offices type them.
        out.push(`<tr><td valign="top">${j === 0 ? h(r.objective) : ""}</td><td valign="top">${firstOfAcc ? h(r.accs[m.acc]) : ""}</td><td valign="top">${h(m.indicator)}</td><td valign="top">${h(m.baseline)}</td><td valign="top">${h(m.target)}</td><td valign="top">${h(m.remark)}</td></tr>`);
      });
    } else if (t.design === "shared4") {
      out.push(`<tr><td colspan="3"><b>${h(objectiveHeading(t, k, r.objective))}</b></td></tr>`);
      r.measures.forEach((m, j) => {
        const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
        const span = r.measures.filter((x) => x.acc === m.acc).length;
        const shares = j + 1 < r.measures.length && r.measures[j + 1].sharedTarget;
        out.push(`<tr>${firstOfAcc ? `<td valign="top" rowspan="${span}">${h(r.accs[m.acc])}</td>` : ""}<td valign="top">${h(m.indicator)}</td>${m.sharedTarget ? "" : `<td valign="${shares ? "middle" : "top"}"${shares ? ` rowspan="2"` : ""}>${h(m.target)}</td>`}</tr>`);
      });
    } else if (t.design === "nested2") {
      const body = r.accs.map((a, ai) => {
        const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
        const am = t.accMarker === "rule" ? "&#9642;" : h(markerText(t.accMarker, ai));
        return `<p>${am}&#160;${h(a)}</p>${ms.map((x, j) => `<p style="margin-left:0.4in">${t.measMarker === "none" ? "" : t.measMarker === "rule" ? "&#9642;&#160;" : `${h(markerText(t.measMarker, j))}&#160;`}${h(x)}</p>`).join("")}`;
      }).join("");
      out.push(`<tr><td valign="top">${h(r.objective)}</td><td valign="top">${body}</td></tr>`);
    }
  }
  out.push("</table>");
  return out.join("\n");
}
function htmlDocument(doc) {
  const s = doc.style, f = frameText(doc);
  const L = [`<html><head><meta charset="utf-8"><title>${h(doc.id)}</title></head><body style="font-family:${s.font === "sans" ? "Liberation Sans, Arial" : "Liberation Serif, Times New Roman"}; font-size:${s.size}pt">`];
  if (doc.era === "c") L.push(`<p>${h(doc.manager.name)}<br>${h(doc.manager.title)}<br>${doc.year}</p>`);
  if (f.title) L.push(`<h2 align="center">${h(f.title)}</h2>`);
  if (f.between) L.push(`<p align="center">${h(f.between)}</p><p>DEPARTMENT/OFFICE: ${h(doc.office.name)}</p>`);
  if (f.preamble) L.push(`<p>${h(f.preamble)}</p>`);
  L.push(`<p>${h(f.budget)}</p>`);
  if (f.missionsLead) {
    L.push(`<p>${h(f.missionsLead)}</p>`);
    if (s.missionsAs === "list") L.push(`<ul>${doc.missions.map((m) => `<li>${h(m.name)} (${h(m.acronym)})</li>`).join("")}</ul>`);
  }
  if (doc.era === "c") L.push("<h2>SECTION 1 : DELIVERING RESULTS</h2>");
  for (const sec of sectionsOf(doc)) {
    L.push(`<h3>${sec.id}. ${h(sec.title)}</h3>`);
    if (sec.tables.length) L.push(`<p>I will give special attention to delivering the following results in ${doc.year}.</p>`);
    for (const t of sec.tables) L.push(htmlTable(doc, t));
    if (!sec.tables.length) L.push(`<ul>${doc.challenges.map((c) => `<li>${h(c)}</li>`).join("")}</ul>`);
  }
  const sig = (n, t, d) => `<p>______________________________<br>${h(n)}<br>${h(t)}<br>Date: ${longDate(d)}</p>`;
  if (s.signatures === "side-by-side") L.push(`<table width="100%"><tr><td width="50%" valign="top">${sig(doc.manager.name, doc.manager.title, doc.signed[0])}</td><td width="50%" valign="top">${sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1])}</td></tr></table>`);
  else L.push(sig(doc.manager.name, doc.manager.title, doc.signed[0]) + sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1]));
  L.push("</body></html>");
  return L.join("\n");
}

// ---------------------------------------------------------------- Markdown
const mdc = (s) => String(s).replace(/\|/g, "\\|");
function mdItems(items, marker, prefixes) {
  return items.map((x, i) => `${prefixes ? `${prefixes[i]} ` : marker === "none" ? "" : marker === "rule" ? "▪ " : `${markerText(marker, i)} `}${mdc(x)}`).join("<br>");
}
function mdTable(doc, t) {
  const labels = headerLabels(t).map((l) => caseLabel(l, doc.style.headerCase === "smallcaps" ? "caps" : doc.style.headerCase));
  const head = `| ${labels.join(" | ")} |\n|${labels.map(() => "---").join("|")}|`;
  const out = [];
  if (t.design === "heading2") {
    t.rows.forEach((r, k) => out.push(`**${mdc(objectiveHeading(t, k, r.objective))}**\n\n${head}\n| ${mdItems(r.accs, t.accMarker)} | ${mdItems(r.measures.map((m) => measureText(t.design, m)), t.measMarker)} |\n`));
    return out.join("\n");
  }
  out.push(head);
  t.rows.forEach((r, k) => {
    if (t.design === "caps3") out.push(`| ${mdc(r.objective)} | ${mdItems(r.accs, t.accMarker)} | ${mdItems(r.measures.map((m) => m.withValue), t.measMarker)} |`);
    else if (t.design === "subacc") r.accs.forEach((a, ai) => {
      const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
      out.push(`| ${ai === 0 ? mdc(r.objective) : ""} | ${t.numbered ? `${accPrefix(t, k, ai)} ${mdc(a)}` : mdItems([a], t.accMarker)} | ${t.numbered ? mdItems(ms, null, ms.map((_, j) => measPrefix(t, k, ai, j))) : mdItems(ms, t.measMarker)} |`);
    });
    else if (t.design === "wide6") r.measures.forEach((m, j) => {
      const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
      out.push(`| ${j === 0 ? mdc(r.objective) : ""} | ${firstOfAcc ? mdc(r.accs[m.acc]) : ""} | ${mdc(m.indicator)} | ${m.baseline} | ${m.target} | ${mdc(m.remark)} |`);
    });
    else if (t.design === "shared4") {
      out.push(`| **${mdc(objectiveHeading(t, k, r.objective))}** | | |`);
      r.measures.forEach((m, j) => {
        const firstOfAcc = j === 0 || r.measures[j - 1].acc !== m.acc;
        out.push(`| ${firstOfAcc ? mdc(r.accs[m.acc]) : ""} | ${mdc(m.indicator)} | ${m.sharedTarget ? "" : m.target} |`);
      });
    } else if (t.design === "nested2") {
      const body = r.accs.map((a, ai) => {
        const ms = r.measures.filter((m) => m.acc === ai).map((m) => m.withValue);
        return [`${t.accMarker === "rule" ? "▪" : markerText(t.accMarker, ai)} ${mdc(a)}`, ...ms.map((x, j) => `&nbsp;&nbsp;&nbsp;&nbsp;${t.measMarker === "none" ? "" : t.measMarker === "rule" ? "▪ " : `${markerText(t.measMarker, j)} `}${mdc(x)}`)].join("<br>");
      }).join("<br>");
      out.push(`| ${mdc(r.objective)} | ${body} |`);
    }
  });
  return out.join("\n") + "\n";
}
function mdDocument(doc) {
  const s = doc.style, f = frameText(doc);
  const L = [];
  if (doc.era === "c") L.push(`${doc.manager.name}  \n${doc.manager.title}  \n${doc.year}\n`);
  if (f.title) L.push(`# ${f.title}\n`);
  if (f.between) L.push(`${f.between}\n\nDEPARTMENT/OFFICE: ${doc.office.name}\n`);
  if (f.preamble) L.push(`${f.preamble}\n`);
  L.push(`${f.budget}\n`);
  if (f.missionsLead) {
    L.push(`${f.missionsLead}\n`);
    if (s.missionsAs === "list") L.push(doc.missions.map((m) => `- ${m.name} (${m.acronym})`).join("\n") + "\n");
  }
  if (doc.era === "c") L.push("## SECTION 1 : DELIVERING RESULTS\n");
  for (const sec of sectionsOf(doc)) {
    L.push(`## ${sec.id}. ${sec.title}\n`);
    if (sec.tables.length) L.push(`I will give special attention to delivering the following results in ${doc.year}.\n`);
    for (const t of sec.tables) L.push(mdTable(doc, t));
    if (!sec.tables.length) L.push(doc.challenges.map((c) => `- ${c}`).join("\n") + "\n");
  }
  const sig = (n, t, d) => `\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n${n}  \n${t}  \nDate: ${longDate(d)}\n`;
  L.push(sig(doc.manager.name, doc.manager.title, doc.signed[0]));
  L.push(sig(doc.counterpart.name, doc.counterpart.title, doc.signed[1]));
  return L.join("\n");
}

// ---------------------------------------------------------------- truth and features
function tableFeatures(doc, t) {
  const f = [`design:${t.design}`, `cols:${headerLabels(t).length}`, `acc-vocab:${t.accVocab}`, `meas-vocab:${t.measVocab}`, `header:${doc.style.headerCase}`, t.plural ? "header:plural" : "header:singular"];
  if (t.repeatHeader) f.push("header-repeat");
  if (doc.style.shade) f.push("header:shaded");
  const hasMarkers = t.design !== "wide6" && t.design !== "shared4";
  if (hasMarkers && !t.numbered) f.push(`acc-marker:${t.accMarker}`, `marker:${t.measMarker}`);
  if (t.numbered) f.push("marker:numbered-ids");
  if (t.design === "heading2") f.push("objective:heading", "no-caption");
  else if (t.design === "shared4") f.push("objective:spanning");
  else f.push("objective:column");
  if (t.objLabel) f.push(`objective:label-${t.objLabel.trim().replace(/[: ]+/g, "-").replace(/-$/, "").toLowerCase()}`);
  if (t.design === "wide6") f.push("col:baseline", "col:target", "col:remarks", "subrows:measure-rows");
  if (t.design === "shared4") f.push("col:target", "subrows:measure-rows", "no-objective-column");
  if (t.design === "subacc") f.push("subrows:accomplishments");
  if (t.design === "nested2") f.push("cells-two-level");
  if (t.unitBracket) f.push("cells-unit-bracket");
  return f;
}
function rowFeatures(doc, t, r) {
  const f = tableFeatures(doc, t);
  if (t.design === "shared4" && r.measures.some((m) => m.sharedTarget)) f.push("cells-shared-target");
  if (t.managerial) f.push("managerial");
  return f;
}
function docFeatures(doc) {
  const s = doc.style;
  return [`era:${doc.era}`, s.ruled ? "ruled" : "borderless", `rules:${s.rules}`, `font:${s.font}`, `footer:${s.footer}`, ...(s.runningHeader ? ["running-header"] : []), `signatures:${s.signatures}`, ...(doc.missions.length ? [`missions:${s.missionsAs}`] : []), ...(s.landscape ? ["landscape"] : []), "challenges"];
}
function truthOf(doc) {
  const rows = [], srows = [];
  for (const sec of sectionsOf(doc)) for (const t of sec.tables) for (const r of t.rows) {
    rows.push(truthRow(sec.id, t.design, r));
    srows.push({ section: sec.id, objective: r.objective, features: rowFeatures(doc, t, r), measures: structureMeasures(t.design, r) });
  }
  return {
    kind: "compact", year: doc.year, manager: doc.manager, counterpart: doc.counterpart, entity: doc.office.name,
    signedOn: doc.signed, missions: doc.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [doc.budgetRes], documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows, structure: { features: docFeatures(doc), rows: srows },
  };
}

/** The .abw with no lines on the tables of a borderless document, and on the side-by-side signature table of any. */
function unrule(abw, doc) {
  const at = doc.style.ruled ? (doc.style.signatures === "side-by-side" ? abw.lastIndexOf("<table") : -1) : abw.indexOf("<table");
  if (at < 0) return abw;
  const NONE = "left-style:0; right-style:0; top-style:0; bot-style:0";
  const tail = abw.slice(at).replace(/<table( xid="\d+")?( props="([^"]*)")?>/g, (_, x = "", __, p) => `<table${x} props="table-line-type:0; ${NONE}${p ? `; ${p}` : ""}">`).replace(/<cell( xid="\d+")? props="/g, (_, x = "") => `<cell${x} props="${NONE}; `);
  return abw.slice(0, at) + tail;
}

// ---------------------------------------------------------------- page cuts (scripts/corpus/page-cuts.mjs)
// LaTeX's "--" prints an en dash.
const cutRows = (pdf, truth) => sharedCutRows(pdf, truth, (s) => squash(s).replace(/--/g, "–"));

// ---------------------------------------------------------------- main
/** Manifest order: dev13, holdout13, then the validation draws. */
const ORDER = (e) => (e.split === "dev13" ? 0 : e.split === "holdout13" ? 1 : 2);
function plan() {
  reseed(SEED);
  BALANCE = {};
  const docs = [];
  for (let i = 0; i < 20; i++) docs.push(drawDocument(`d13-${String(i + 1).padStart(3, "0")}`, "dev13", i));
  for (let i = 0; i < 12; i++) docs.push(drawDocument(`h13-${String(i + 1).padStart(3, "0")}`, "holdout13", i + 20));
  return docs;
}
/**
 * A validation draw: the dev plan (document i = 0…19, so designs, rule styles and marker turns
 * come round as in dev13) from another seed, ids from the split (splitDrawId): val13's `v13-NNN`,
 * val13b's `v13b-NNN`, so a second draw takes no first draw's names.
 */
function drawPlan({ seed, split }) {
  reseed(seed);
  BALANCE = {};
  const docs = [];
  for (let i = 0; i < DRAW_DOCUMENTS; i++) docs.push(drawDocument(splitDrawId(split, i), split, i));
  return docs;
}
/** The validation draws the committed manifest records (`draws: { split: seed }`). */
function committedDraws() {
  const file = join(OUT, "manifest.json");
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, "utf8")).draws ?? {};
}
function manifestEntry(doc, truth, texSrc, htmlSrc) {
  const features = manifestFeatures(truth);
  const dir = doc.split;
  return {
    id: doc.id, split: doc.split, year: doc.year, entity: doc.office.name, ruled: doc.style.ruled, rows: truth.rows.length, features,
    style: doc.style, tables: doc.tables.map((t) => t.design),
    renderings: { "tex.pdf": `${dir}/${doc.id}.tex.pdf`, "abw.pdf": `${dir}/${doc.id}.abw.pdf`, txt: `${dir}/${doc.id}.txt`, "mu.txt": `${dir}/${doc.id}.mu.txt`, md: `${dir}/${doc.id}.md` },
    truth: `${dir}/${doc.id}.truth.json`, specSha256: sha(texSrc + "\n\f\n" + htmlSrc),
  };
}

const draws = committedDraws();
// `--check --splits=…` (scripts/corpus/args.mjs): a recorded draw outside the named splits is not drawn again
const wanted = CHECK ? splitsWanted() : null;
const docs = DRAW ? drawPlan(DRAW) : CHECK ? [...plan(), ...Object.entries(draws).filter(([split]) => !wanted || wanted(split)).flatMap(([split, seed]) => drawPlan({ seed, split }))] : plan();
if (CHECK) {
  checkDocuments(OUT, docs, {
    truthOf, manifestEntry: (doc, truth) => manifestEntry(doc, truth, texDocument(doc), htmlDocument(doc)), hashKey: "specSha256", hashLabel: "sources", renderings: false,
    more: (doc, entry) => (readFileSync(join(OUT, entry.renderings.md), "utf8") !== mdDocument(doc) ? ["md"] : []),
  });
}

const work = mkdtempSync(join(tmpdir(), "corpus13-"));
const version = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0].trim() || cmd; } catch (e) { return String(e.stdout ?? e.message).split("\n")[0]; } };
const entries = [];
for (const doc of docs) {
  const dir = join(OUT, doc.split);
  mkdirSync(dir, { recursive: true });
  const truth = truthOf(doc);
  const tex = texDocument(doc), html = htmlDocument(doc);
  writeFileSync(join(work, `${doc.id}.tex`), tex);
  for (let pass = 0; pass < 2; pass++) execFileSync("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", `${doc.id}.tex`], { cwd: work, stdio: "ignore", env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000", FORCE_SOURCE_DATE: "1" } });
  copyFileSync(join(work, `${doc.id}.pdf`), join(dir, `${doc.id}.tex.pdf`));
  writeFileSync(join(work, `${doc.id}.html`), html);
  // AbiWord's HTML import draws every table ruled; the borderless documents (and the signature
  // table) go through AbiWord's own .abw, where the table and its cells get line styles 0.
  execFileSync("abiword", ["--to=abw", `--to-name=${join(work, `${doc.id}.abw`)}`, join(work, `${doc.id}.html`)], { stdio: "ignore" });
  writeFileSync(join(work, `${doc.id}.abw`), unrule(readFileSync(join(work, `${doc.id}.abw`), "utf8"), doc));
  execFileSync("abiword", ["--to=pdf", `--to-name=${join(work, `${doc.id}.abw.pdf`)}`, join(work, `${doc.id}.abw`)], { stdio: "ignore" });
  copyFileSync(join(work, `${doc.id}.abw.pdf`), join(dir, `${doc.id}.abw.pdf`));
  execFileSync("pdftotext", ["-layout", join(dir, `${doc.id}.tex.pdf`), join(dir, `${doc.id}.txt`)]);
  writeFileSync(join(dir, `${doc.id}.mu.txt`), execFileSync("mutool", ["draw", "-F", "txt", "-o", "-", join(dir, `${doc.id}.abw.pdf`)], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "ignore"] }));
  writeFileSync(join(dir, `${doc.id}.md`), mdDocument(doc));
  writeFileSync(join(dir, `${doc.id}.truth.json`), truthText(truth));
  const e = manifestEntry(doc, truth, tex, html);
  const texCut = cutRows(join(dir, `${doc.id}.tex.pdf`), truth), abwCut = cutRows(join(dir, `${doc.id}.abw.pdf`), truth);
  e.pages = { tex: pagesOf(join(dir, `${doc.id}.tex.pdf`)).length - 1, abw: pagesOf(join(dir, `${doc.id}.abw.pdf`)).length - 1 };
  e.cutRows = { tex: texCut, abw: abwCut, txt: texCut, mu: abwCut };
  entries.push(e);
  process.stdout.write(`${doc.id} `);
}
rmSync(work, { recursive: true, force: true });
// A draw replaces its own split's entries and keeps the rest; the main print keeps the draws'.
const before = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : { documents: [] };
const splitsPrinted = new Set(entries.map((e) => e.split));
const allDraws = DRAW ? { ...draws, [DRAW.split]: DRAW.seed } : draws;
const manifest = {
  generator: "scripts/corpus13/generate.mjs", seed: SEED,
  producers: { pdflatex: version("pdflatex", ["--version"]), abiword: version("abiword", ["--version"]), mutool: "mutool (mupdf-tools 1.21.1)", pdftotext: "pdftotext (poppler 22.12.0)" },
  splits: { dev13: 20, holdout13: 12, ...Object.fromEntries(Object.keys(allDraws).map((k) => [k, DRAW_DOCUMENTS])) },
  ...(Object.keys(allDraws).length ? { draws: allDraws } : {}),
  documents: [...before.documents.filter((e) => !splitsPrinted.has(e.split)), ...entries].sort((a, b) => ORDER(a) - ORDER(b) || a.id.localeCompare(b.id)),
};
writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
console.log(`\n${entries.length} documents, ${entries.filter((e) => e.split === (DRAW ? DRAW.split : "dev13")).reduce((a, e) => a + e.rows, 0)} ${DRAW ? DRAW.split : "dev13"} rows`);
