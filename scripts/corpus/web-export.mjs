/**
 * Pieces the generators of corpora 16–19 share (one data model, other producers: web HTML and Writer,
 * OOXML, jsPDF, pdfmake): the compact's signatory and column-header wordings, its section scheme by
 * era, and for corpus18 and corpus19 a measure's target, baseline and in-cell wording drawn from an
 * indicator. Drawn values come from the caller's `reseedable` draws, in the order the generators
 * always drew them, so their committed truth and `--check` stay as they are. (Corpora 16 and 17 draw
 * their values with other wordings and draws of their own: their drawValue stays in each generator.)
 * Corpora 19 and 20 (pdfmake, Typst) also share a table's grid of logical cells (`cellGrid`) and the
 * plain Markdown written beside the PDF (`compactMarkdown`, `gridMarkdown`).
 */
import { freshObjective } from "./harness.mjs";
import { MONTHS } from "./common.mjs";
import { MISSIONS } from "./missions.mjs";

/** The Secretary-General who signs a compact of year `y` (the counterpart). */
export const SG = (y) => (y <= 2006 ? "Kofi A. Annan" : y <= 2016 ? "Ban Ki-moon" : "António Guterres");
/** Column headers by vocabulary: [singular, plural] (a table's `accVocab`, `measVocab`). */
export const ACC = { "expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"], "expected-result": ["Expected result", "Expected results"], outcome: ["Outcome", "Outcomes"] };
export const MEAS = { "performance-measure": ["Performance measure", "Performance measures"], "indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"], "key-performance-indicator": ["Key performance indicator", "Key performance indicators"] };

/**
 * A drawn compact `doc` (`year`, `office`, `missions` …) with its frame drawn: the General Assembly
 * resolution and budget section of the year's session, a Security Council resolution where it names
 * missions, the two signing dates (one month, the counterpart's within 12 days of the manager's),
 * 2 to `challenges` challenges of the office, and their marker, one of `markers` (none when null).
 * The draws (`int`, `pick`, `sample`: the generator's) in the order the generators always made them.
 */
export function withFrame(doc, { challenges, markers }, { int, pick, sample }) {
  const { year, office, missions } = doc;
  const session = year - 1946;
  const scNo = year <= 2016 ? 1700 + (year - 2007) * 60 + int(0, 50) : 2330 + (year - 2016) * 54 + int(0, 50);
  const mon = int(0, 4), d1 = int(2, 24), d2 = Math.min(28, d1 + int(1, 12));
  const iso = (d) => `${year}-${String(mon + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return {
    ...doc,
    gaRes: `${session - 1}/${int(240, 290)}`, budgetDoc: `A/${session - 1}/6 (Sect. ${office.sect})`, scRes: missions.length ? { no: scNo, year: year - int(0, 1) } : null,
    signed: [iso(d1), iso(d2)], challenges: sample(office.challenges, int(2, challenges)), ...(markers ? { challengeMarker: pick(markers) } : {}),
  };
}

/**
 * A signing date (`iso`, YYYY-MM-DD) in the document's `form`: "month-day" (June 5, 2012), "dotted"
 * (05.06.2012), "iso" (as is), else day-month (5 June 2012). Each generator deals only some of them.
 */
export const longDate = (iso, form) => { const [y, m, d] = iso.split("-").map(Number); return form === "month-day" ? `${MONTHS[m - 1]} ${d}, ${y}` : form === "dotted" ? `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}` : form === "iso" ? iso : `${d} ${MONTHS[m - 1]} ${y}`; };

/**
 * A compact's truth from its drawn frame (withFrame) and its `rows` and `structure`: the manager
 * (`manager`: as the print shows the name), the signing dates, the missions — its own office first
 * where the gazetteer holds it (a political office is one of the missions its compact names, corpus15's
 * convention) — the frame's resolutions and any `resolutions` more, the budget document, the
 * challenges' count. Keys in the order the truth files have them.
 */
export function frameTruth(doc, rows, structure, { manager = doc.manager, resolutions = [] } = {}) {
  const own = MISSIONS.filter((m) => m.acronym === doc.acronym && m.start <= doc.year && m.end >= doc.year);
  return {
    kind: "compact", year: doc.year, manager, counterpart: doc.counterpart, entity: doc.entity,
    signedOn: doc.signed, missions: [...own, ...doc.missions].map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind })),
    resolutions: [`A/RES/${doc.gaRes}`, ...(doc.scRes ? [`S/RES/${doc.scRes.no} (${doc.scRes.year})`] : []), ...resolutions], documents: [doc.budgetDoc], resolutionDates: {}, challenges: doc.challenges.length,
    rows, structure,
  };
}

/**
 * A measure's values for indicator `ind` (`{ t, unit, lo, hi }`): the text in the cell, the target,
 * the baseline; `geq` writes "≥" targets. `int`, `pick`: the generator's draws.
 */
export function drawValue(ind, geq, { int, pick }) {
  const v = ind.unit === "%" ? int(ind.lo, Math.min(ind.hi, 99)) : int(ind.lo, ind.hi);
  const fmt = (x) => x.toLocaleString("en-US");
  const ge = geq && ind.unit !== "days";
  const inCell = ind.unit === "%" ? (ge ? `${ind.t}: ≥ ${v}%` : pick([`${ind.t}: ${v} per cent`, `${ind.t}: ${v}%`, `${ind.t} (target: ${v}%)`]))
    : ind.unit === "days" ? pick([`${ind.t}: ${v}`, `${ind.t} (target: ${v} days)`]) : ge ? `${ind.t}: ≥ ${fmt(v)}` : pick([`${ind.t}: ${fmt(v)}`, `${ind.t} (target: ${fmt(v)})`]);
  const target = ind.unit === "%" ? (ge ? `≥ ${v}%` : pick([`${v}%`, `${v} per cent`, `At least ${v}%`])) : ind.unit === "days" ? pick([`${v} days`, `Not more than ${v} days`]) : ge ? `≥ ${fmt(v)}` : pick([fmt(v), `At least ${fmt(v)}`]);
  const b = ind.unit === "days" ? v + int(1, Math.max(2, Math.round(v / 3))) : Math.max(0, v - int(1, Math.max(2, Math.round(v / 4))));
  const baseline = ind.unit === "%" ? `${b}%` : ind.unit === "days" ? `${b} days` : pick([fmt(b), `${fmt(b)} (${int(2005, 2023)})`]);
  return { inCell, indicator: ind.t, target, baseline };
}

/**
 * The `n` rows of a table of design `shape` (at most: the bank may run out of fresh objectives):
 * each an objective fresh in the document (`used`; harness.mjs's freshObjective, `scopes` after it,
 * none when null), 1 to `shape.accs` accomplishments (none when 0), its measures (each drawn by
 * `value(indicator)`) — one or two per accomplishment on designs with `shape.subRows`, else
 * `shape.measures` ([lo, hi]) — `accOf` (each measure's accomplishment, or null), and 1–2 risks
 * (from `risks`) with `shape.risks`. With `least` set, sub-rows are trimmed to the measures the bank
 * had, keeping at least `least` each. Draws (the generator's) in the order the generators always made them.
 */
export function drawTableRows(bank, used, n, shape, { scopes, least = null, value, risks = [] }, { int, pick, sample, shuffle }) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const obj = freshObjective(pick, bank.objectives, scopes, used, 300, 60);
    if (!obj) break;
    const accs = sample(bank.accomplishments, shape.accs ? int(1, shape.accs) : 0);
    const inds = shuffle(bank.indicators);
    const perAcc = shape.subRows ? accs.map(() => int(1, 2)) : null;
    const nm = perAcc ? perAcc.reduce((a, b) => a + b, 0) : int(...shape.measures);
    const measures = inds.slice(0, Math.min(nm, inds.length)).map((ind) => value(ind));
    if (perAcc && least !== null) { // the bank may hold fewer indicators than asked: trim the sub-rows
      let left = measures.length;
      for (let a = 0; a < perAcc.length; a++) { perAcc[a] = Math.max(least, Math.min(perAcc[a], left - (perAcc.length - a - 1))); left -= perAcc[a]; }
    }
    const accOf = perAcc ? perAcc.flatMap((c, a) => Array(c).fill(a)) : measures.map(() => null);
    rows.push({ objective: obj, accs, measures, accOf, perAcc, risks: shape.risks ? sample(risks, int(1, 2)) : [] });
  }
  return rows;
}

/**
 * The sections of a compact by its era's scheme (`doc.style.sections`), with the tables each holds:
 * a programme table per sub-section where the scheme has them.
 */
export function sections(doc) {
  const prog = doc.tables.filter((t) => !t.managerial), man = doc.tables.filter((t) => t.managerial);
  const s = doc.style.sections;
  if (s === "letters-numbered") return [
    { head: "A. PROGRAMME OBJECTIVES", id: "A" },
    { head: "1. Core mandate", id: "A.1", tables: [prog[0]] },
    { head: "2. Other mandates", id: "A.2", tables: prog.slice(1) },
    { head: "B. MANAGERIAL OBJECTIVES", id: "B" },
    { head: "1. Human and financial resources", id: "B.1", tables: man },
    { head: "C. CHALLENGES", id: "C", challenges: true },
  ];
  if (s === "section-parts") return [
    { head: "SECTION 1 : DELIVERING RESULTS", id: "1" },
    { head: "A. ACHIEVING PROGRAMME OBJECTIVES", id: "1.A", tables: prog },
    { head: "SECTION 2 : MANAGING RESOURCES", id: "2" },
    { head: "A. MANAGERIAL OBJECTIVES", id: "2.A", tables: man },
    { head: "SECTION 3 : CHALLENGES", id: "3", challenges: true },
  ];
  if (s === "roman") return [
    { head: "I. Programme objectives", id: "I", tables: prog },
    { head: "II. Managing resources", id: "II", tables: man },
    { head: "III. Challenges", id: "III", challenges: true },
  ];
  return [
    { head: "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS", id: "A", tables: prog, para: true },
    { head: "B. MANAGERIAL OBJECTIVES", id: "B", tables: man },
    { head: "C. CHALLENGES", id: "C", challenges: true },
  ];
}

// ---------------------------------------------------------------- table grids (corpora 19 and 20)
/** An item with the table's full stop when its items end with one (`t.stops`). */
export const stop = (t, x) => (t.stops ? `${x}.` : x);
/** A measure as its table's cell says it: the bare indicator where baseline and target have columns of their own. */
export const measText = (t, m) => (t.design === "span4" || t.design === "rs5" ? m.indicator : m.inCell);
/**
 * A table of designs rs3, span4, rs5, risk4 or two2 (corpora 19 and 20) as a grid of logical cells
 * under the column labels `head`: `{ cell, rowSpan, colSpan, label }` where `cell` is a string or the
 * generator's items cell — `accCell(xs, a0)` writes accomplishments (numbered from `a0`), `measCell(xs)`
 * measures or risks. `groups` gives each truth row's body rows.
 */
export function cellGrid(t, head, { accCell, measCell }) {
  const body = [], groups = [];
  let objNo = 0;
  for (const r of t.rows) {
    const first = body.length;
    const C = (cell, rowSpan = 1, colSpan = 1, label = false) => ({ cell, rowSpan, colSpan, label });
    if (t.design === "rs3") {
      r.accs.forEach((a, k) => {
        const ms = r.measures.filter((_, j) => r.accOf[j] === k);
        const row = [];
        if (k === 0) row.push(C(r.objective, r.accs.length));
        row.push(C(accCell([a], k)), C(measCell(ms.map((m) => measText(t, m)))));
        body.push(row);
      });
    } else if (t.design === "span4") {
      objNo++;
      const lab = t.label === "Objective:" ? "Objective:" : t.label === "OBJECTIVE N:" ? `OBJECTIVE ${objNo}:` : `Objective ${objNo}:`;
      body.push([C(`${lab} ${r.objective}`, 1, 4, true)]);
      r.measures.forEach((m, j) => {
        const a = r.accOf[j], row = [];
        if (j === 0 || r.accOf[j - 1] !== a) row.push(C(accCell([r.accs[a]], a), r.perAcc[a]));
        row.push(C(stop(t, m.indicator)), C(m.baseline), C(m.target));
        body.push(row);
      });
    } else if (t.design === "rs5") {
      r.measures.forEach((m, j) => {
        const a = r.accOf[j], row = [];
        if (j === 0) row.push(C(r.objective, r.measures.length));
        if (j === 0 || r.accOf[j - 1] !== a) row.push(C(accCell([r.accs[a]], a), r.perAcc[a]));
        row.push(C(stop(t, m.indicator)), C(m.baseline), C(m.target));
        body.push(row);
      });
    } else if (t.design === "risk4") {
      const cells = { obj: r.objective, acc: accCell(r.accs), meas: measCell(r.measures.map((m) => measText(t, m))), risk: measCell(r.risks) };
      const order = t.order === "measures-first" ? ["obj", "meas", "acc", "risk"] : t.order === "risks-second" ? ["obj", "risk", "acc", "meas"] : ["obj", "acc", "meas", "risk"];
      body.push(order.map((k) => C(cells[k])));
    } else body.push([C(r.objective), C(measCell(r.measures.map((m) => measText(t, m))))]);
    groups.push([first, body.length]);
  }
  return { head, body, groups };
}

// ---------------------------------------------------------------- Markdown (corpora 19 and 20)
const pipeEsc = (s) => String(s).replace(/\|/g, "\\|");
/**
 * A table's cell grid (`{ head, body }`, a body row a list of `{ cell, colSpan, rowSpan }`) as plain
 * GFM: a rowspan's cell empty below its first row, a colspan's text in its first cell; `cellMd` writes
 * a cell on one line.
 */
export function gridMarkdown(g, cellMd) {
  const nc = g.head.length;
  const row = (cells) => `| ${cells.map(pipeEsc).join(" | ")} |`;
  const out = [row(g.head), `|${Array(nc).fill("---").join("|")}|`];
  const pending = Array(nc).fill(0);
  for (const r of g.body) {
    const line = [];
    let c = 0;
    const skip = () => { while (c < nc && pending[c] > 0) { line[c] = ""; pending[c]--; c++; } };
    for (const x of r) {
      skip();
      line[c] = cellMd(x.cell);
      for (let k = 1; k < x.colSpan; k++) line[c + k] = "";
      if (x.rowSpan > 1) pending[c] = x.rowSpan - 1;
      c += x.colSpan;
    }
    skip();
    out.push(row(line.map((v) => v ?? "")));
  }
  return out.join("\n");
}
/**
 * A compact as plain Markdown, as corpora 19 and 20 write it beside their PDF: the era's header
 * block, the budget and Security Council paragraphs, the sections (`sections`) with their tables
 * (`table(t)`, GFM) and challenges (a numbered list when `numbered`, else bullets), the two
 * signatures dated by `date(iso, doc.style.dateForm)`.
 */
export function compactMarkdown(doc, { table, numbered, date = longDate }) {
  const s = doc.style, out = [];
  const H = (level, text) => out.push(`${"#".repeat(level)} ${text}`, "");
  if (doc.era === "a") { H(1, `${doc.year} SENIOR MANAGER’S COMPACT`); out.push(`Between ${s.honorific} ${doc.manager.name}, ${doc.manager.title}, and the Secretary-General, Mr. ${doc.counterpart.name}`, "", `**DEPARTMENT/OFFICE:** ${doc.entity} (${doc.acronym})`, ""); }
  else if (doc.era === "b") { H(1, `SENIOR MANAGER’S COMPACT for ${doc.year}`); out.push(`${doc.manager.name}, ${doc.manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates of the ${doc.entity}. I commit to achieve the objectives detailed below, within the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.`, ""); }
  else out.push(`**${doc.manager.name}**  \n${doc.manager.title}  \n${doc.year}`, "", `I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the ${doc.entity} set out below, in line with the Charter of the United Nations.`, "");
  const ga = s.gaForm === "symbol" ? `A/RES/${doc.gaRes}` : `General Assembly resolution ${doc.gaRes}`;
  out.push(`The programme of work is set out in the proposed programme budget (${doc.budgetDoc}), approved by the General Assembly in ${ga}.`, "");
  if (doc.missions.length) {
    const sc = s.scForm === "symbol" ? `S/RES/${doc.scRes.no} (${doc.scRes.year})` : `Security Council resolution ${doc.scRes.no} (${doc.scRes.year})`;
    if (s.missionsAs === "run-on") out.push(`Pursuant to ${sc}, the Office works closely with ${doc.missions.slice(0, -1).map((m) => m.acronym).join(", ")} and ${doc.missions.at(-1).acronym} on the regional dimension of their mandates.`, "");
    else {
      out.push(`Pursuant to ${sc}, the Office supports the following missions:`, "");
      for (const [h, k] of [["Peacekeeping operations", "peacekeeping"], ["Special political missions", "political"]]) {
        const ms = doc.missions.filter((m) => m.kind === k);
        if (ms.length) out.push(`- ${h}`, ...ms.map((m) => `  - ${m.name} (${m.acronym})`));
      }
      out.push("");
    }
  }
  for (const sec of sections(doc)) {
    H(sec.id.includes(".") ? 3 : 2, sec.head);
    if (sec.para) out.push(`1. I will give special attention to delivering the following results in ${doc.year}.`, "");
    if (sec.challenges) { out.push(...doc.challenges.map((c, k) => (numbered ? `${k + 1}. ${c}` : `- ${c}`)), ""); continue; }
    for (const t of sec.tables ?? []) out.push(table(t), "");
  }
  for (const [who, d] of [[doc.manager, doc.signed[0]], [doc.counterpart, doc.signed[1]]]) out.push(who.name, "", who.title, "", `Date: ${date(d, s.dateForm)}`, "");
  return out.join("\n").replace(/\n+$/, "") + "\n";
}
