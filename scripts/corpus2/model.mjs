/**
 * The document model of the second corpus: one seeded random document = a frame (title, preamble,
 * entity, signatures), a sequence of blocks (headings, prose, lists, tables) and the per-document
 * style choices the producers apply (fonts, margins, rules, landscape, header repetition …).
 * The truth is computed from the same model (truth.mjs); the producers (docx.mjs, html.mjs, md.mjs)
 * only print it.
 */
import { readFileSync } from "node:fs";
import { ENTITIES, PEOPLE, DOMAINS, MANAGERIAL, RISKS, CHALLENGES, RESOLUTIONS, MISSION_PROSE, MONTHS, secretaryGeneral } from "./banks.mjs";
import { mulberry32 } from "../corpus/prng.mjs";

/** mulberry32: small, fast and good enough for picking layouts. */
export function rng(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const shuffle = (xs) => { const a2 = [...xs]; for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; };
  return { next, int, pick, chance, shuffle };
}

/** Missions of the gazetteer, with the years they were active. */
export function loadMissions(path) {
  return readFileSync(path, "utf8").trim().split("\n").slice(1).map((l) => {
    const [acronym, name, kind, start, end] = l.split("\t");
    return { acronym, name, kind, start: Number(start), end: end ? Number(end) : 9999 };
  });
}

/** Item marker styles. `word`: real list numbering (DOCX numbering.xml; HTML <ul>/<ol>); `typed`: the marker is text. */
export const MARKERS = {
  bullet: { kind: "word", label: "•", feature: "marker:word-bullet" },
  symbol: { kind: "word", label: "\uf0b7", feature: "marker:word-symbol-bullet" },
  circle: { kind: "word", label: "o", feature: "marker:word-o" },
  square: { kind: "word", label: "▪", feature: "marker:word-square" },
  arrow: { kind: "word", label: "➢", feature: "marker:word-arrow" },
  dash: { kind: "word", label: "–", feature: "marker:word-dash" },
  decimal: { kind: "word", label: "1.", feature: "marker:word-decimal" },
  alphaParen: { kind: "word", label: "(a)", feature: "marker:word-(a)" },
  romanParen: { kind: "word", label: "(i)", feature: "marker:word-(i)" },
  alphaClose: { kind: "word", label: "a)", feature: "marker:word-a)" },
  typedBullet: { kind: "typed", text: "•", feature: "marker:typed-•" },
  typedHyphen: { kind: "typed", text: "-", feature: "marker:typed--" },
  typedDash: { kind: "typed", text: "–", feature: "marker:typed-–" },
  typedStar: { kind: "typed", text: "*", feature: "marker:typed-*" },
  typedNumber: { kind: "typed", text: "1.", numbered: "decimal", feature: "marker:typed-1." },
  typedLetter: { kind: "typed", text: "(a)", numbered: "alpha", feature: "marker:typed-(a)" },
  none: { kind: "none", feature: "marker:none" },
};
const MARKER_KEYS = Object.keys(MARKERS);

/** The printed label of a typed numbered marker for item i. */
/** Lower-case Roman numeral of n ≥ 1 ("i", "iv", "xiv"): Word's `lowerRoman` numbering, for any item count. */
export function lowerRoman(n) {
  const digits = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of digits) for (; n >= v; n -= v) out += s;
  return out;
}

/** The printed label of item i (0-based) of a numbered Word list ("1.", "(a)", "(i)", "a)"). */
export function wordNumberLabel(key, i) {
  return key === "decimal" ? `${i + 1}.` : key === "alphaParen" ? `(${String.fromCharCode(97 + i)})` : key === "romanParen" ? `(${lowerRoman(i + 1)})` : `${String.fromCharCode(97 + i)})`;
}

export function typedLabel(m, i) {
  if (m.numbered === "decimal") return `${i + 1}.`;
  if (m.numbered === "alpha") return `(${String.fromCharCode(97 + i)})`;
  return m.text;
}

const HEADER_WORDS = {
  objective: [["Objective", "Objectives"], ["OBJECTIVE", "OBJECTIVES"]],
  accomplishment: [["Expected accomplishment", "Expected accomplishments"], ["Expected result", "Expected results"], ["Outcome", "Outcomes"], ["EXPECTED ACCOMPLISHMENTS", "EXPECTED ACCOMPLISHMENTS"]],
  measure: [["Performance measure", "Performance measures"], ["Indicator of achievement", "Indicators of achievement"], ["Key performance indicator", "Key performance indicators"], ["PERFORMANCE MEASURES", "PERFORMANCE MEASURES"], ["Performance indicator", "Performance indicators"]],
  risks: [["Risks and mitigations", "Risks and mitigations"], ["Risks and mitigation measures", "Risks and mitigation measures"], ["RISKS AND MITIGATIONS", "RISKS AND MITIGATIONS"]],
};
/** The canonical extra key of a header (truth convention: camelCase of the canonical header). */
export const EXTRA_KEY = { risks: "risksAndMitigations", baseline: "baseline", target: "target", timeline: "timeline" };

let fillRng = null;
/** Fills `{y}`, `{p}`, `{n:a-b}`, `{mo}`, `{e}` in a bank text. */
function fill(s, ctx) {
  return s.replace(/\{y\}/g, String(ctx.year)).replace(/\{p\}/g, String(ctx.year - 1)).replace(/\{e\}/g, ctx.short)
    .replace(/\{n:(\d+)-(\d+)\}/g, (_, a, b) => String(fillRng.int(Number(a), Number(b))))
    .replace(/\{mo\}/g, () => fillRng.pick(MONTHS.slice(2, 11)));
}

/** Measures with a target stated in the text, for programme rows of a domain. */
function programmeMeasure(r, dom, ctx) {
  const [one, many, done] = r.pick(dom.things);
  const y = ctx.year, p = ctx.year - 1;
  const pct = r.int(70, 98);
  const perCent = ctx.perCent && r.chance(0.5) ? `${pct}\u00a0per cent` : `${pct}%`;
  const forms = [
    () => `${perCent} of ${many} ${done}`,
    () => `Increase in the number of ${many} ${done} from ${r.int(4, 20)} in ${p} to ${r.int(21, 45)} in ${y}`,
    () => `Reduction in the average time to ${r.pick(dom.proc)} from ${r.int(40, 90)} days in ${p} to ${r.int(15, 39)} days in ${y}`,
    () => `At least ${r.int(3, 25)} ${many} ${done} by ${r.pick(MONTHS.slice(5, 12))} ${y}`,
    () => `Positive feedback from ${r.int(75, 95)}% of clients surveyed on the ${many}`,
    () => `All ${many} ${done}, as reported to the Secretary-General`,
    () => `${many[0].toUpperCase()}${many.slice(1)} ${done} within ${r.int(5, 30)} working days (${p}: ${r.int(31, 60)} days)`,
    () => `Member States’ satisfaction with the ${one} rated “good” or better in ${r.int(70, 90)}% of responses`,
  ];
  let s = r.pick(forms)();
  if (ctx.missionsInCells.length && r.chance(0.2)) {
    const m = ctx.missionsInCells.shift();
    s = `Support plans agreed with ${m.acronym} by ${r.pick(MONTHS.slice(3, 9))} ${y}`;
    ctx.named(m, false);
  }
  return s + (ctx.period(r) ? "." : "");
}

/** Indicator / baseline / target for measure-row tables. */
function indicatorMeasure(r, dom, ctx) {
  const [, many, done] = r.pick(dom.things);
  const forms = [
    () => [`Percentage of ${many} ${done}`, `${r.int(40, 75)}%`, `${r.int(76, 95)}%`],
    () => [`Number of ${many} ${done}`, `${r.int(3, 15)}`, `${r.int(16, 40)}`],
    () => [`Average number of days to ${r.pick(dom.proc)}`, `${r.int(40, 90)} days`, `${r.int(15, 39)} days`],
  ];
  const [t, b, g] = r.pick(forms)();
  const baseline = ctx.baselineYear && r.chance(0.5) ? `${b} (${ctx.year - 1})` : b;
  return { text: t, baseline, target: g };
}

/** Verbs that fit every objective phrase of the banks. */
const NEUTRAL_VERBS = ["To improve", "To strengthen", "To enhance", "To support", "To promote"];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * One document. `opts`: id, split, seed, year, entity key, plus forced features to cover the
 * catalogue (the caller spreads them over the corpus).
 */
export function makeDocument(opts, missionsDb) {
  const r = rng(opts.seed);
  fillRng = r;
  const year = opts.year;
  setYear(year);
  const ent = ENTITIES.find((e) => e.key === opts.entity);
  const [first, last, hon] = PEOPLE[opts.person % PEOPLE.length];
  const manager = { name: `${first} ${last}`, honorific: hon, title: ent.title };
  const sg = secretaryGeneral(year);
  const era = year <= 2009 ? "a" : year <= 2014 ? "b" : year <= 2018 ? "c" : "d";
  const f = new Set(); // document features
  const missions = [];
  const missionSeen = new Set();
  const named = (m, listed) => { if (!missionSeen.has(m.acronym)) { missionSeen.add(m.acronym); missions.push({ acronym: m.acronym, name: m.name, kind: m.kind }); } };
  const resolutions = [], resolutionDates = {}, documents = [];

  const short = ent.name.includes("Commission") ? "Commission" : ent.name.includes("Programme") ? "Programme" : /^(Office|United Nations)/.test(ent.name) ? "Office" : "Department";
  const style = {
    era,
    ruled: opts.ruled,
    font: r.pick(["Times New Roman", "Times New Roman", "Arial", "Calibri", "Verdana", "Cambria"]),
    size: r.pick([9, 10, 10, 10.5, 11, 11, 12]),
    cellSize: null,
    htmlFont: r.pick(["Liberation Serif", "DejaVu Sans", "Liberation Sans", "DejaVu Serif", "Liberation Sans Narrow"]),
    htmlSize: r.pick([9, 9.5, 10, 10.5, 11]),
    margin: r.pick([0.7, 0.8, 1, 1, 1.25]), // inches
    landscape: opts.landscape ?? (r.chance(0.15) ? "all" : r.chance(0.2) ? "tables" : "none"),
    headerRepeat: opts.headerRepeat ?? r.chance(0.6),
    headerShade: r.chance(0.5),
    vcenter: r.chance(0.2),
    padding: r.pick([0, 60, 100, 144]), // twips
    cantSplit: r.chance(0.25),
    footer: r.pick(["n-of-m", "n-of-m", "n", "dash-n", "none"]),
    runningHeader: r.chance(0.4),
    footnote: r.chance(0.35),
    signatures: r.chance(0.6) ? "side" : "stacked",
    htmlLists: r.chance(0.6), // Chromium: <ul>/<ol> for word markers (else the marker typed as text)
    browserFurniture: r.chance(0.15), // Chromium's own date/title/URL header and footer
    quirks: { softHyphen: r.chance(0.3), nbHyphen: r.chance(0.3) },
  };
  if (style.quirks.softHyphen) f.add("text-soft-hyphen");
  if (style.quirks.nbHyphen) f.add("text-nb-hyphen");
  style.cellSize = Math.max(8, style.size - r.pick([0, 1, 1, 2]));
  f.add(style.ruled ? "ruled" : "borderless");
  if (style.landscape === "all") f.add("landscape");
  if (style.landscape === "tables") f.add("landscape-section");
  if (style.runningHeader) f.add("running-header");
  if (style.footer !== "none") f.add("page-footer");
  if (style.footnote) f.add("footnotes");
  f.add(`signatures:${style.signatures === "side" ? "side-by-side" : "stacked"}`);
  if (style.cantSplit) f.add("rows-cantsplit");
  if (style.padding >= 100) f.add("cells-padding");
  if (style.headerShade) f.add("header-shaded");
  if (style.browserFurniture) f.add("chromium-browser-furniture");

  const blocks = [];
  const P = (text, o = {}) => blocks.push({ t: "p", text, ...o });
  const H = (text, o = {}) => blocks.push({ t: "h", text, ...o });

  // ---- frame ----
  const titleKind = opts.title ?? { a: r.pick(["year-prefix", "plain-year-line"]), b: r.pick(["between-title", "plain"]), c: "for-year", d: r.pick(["none", "none", "for-year"]) }[era];
  f.add(`title:${titleKind}`);
  const apos = r.chance(0.5) ? "’" : "'";
  if (titleKind === "year-prefix") H(`${year} SENIOR MANAGER${apos}S COMPACT`, { title: true });
  else if (titleKind === "plain-year-line") { H(`SENIOR MANAGER${apos}S COMPACT`, { title: true }); H(String(year), { title: true }); }
  else if (titleKind === "between-title") { H(`Senior Manager${apos}s Compact ${year}`, { title: true }); P(`between the Secretary-General and the ${manager.title}`, { align: "center", italic: true }); }
  else if (titleKind === "plain") H(`SENIOR MANAGER${apos}S COMPACT`, { title: true });
  else if (titleKind === "for-year") H(`SENIOR MANAGER${apos}S COMPACT for ${year}`, { title: true });

  const pre = opts.preamble ?? { a: "between", b: r.pick(["between", "between", "first-person"]), c: "first-person", d: "header-block" }[era];
  f.add(`preamble:${pre}`);
  const fn = style.footnote ? { mark: 1, text: `The ${short} comprises the offices at Headquarters and the ${r.int(2, 9)} offices away from Headquarters reporting to the ${manager.title}.` } : null;
  const sgHon = "Mr.";
  if (pre === "between") P(`Between ${manager.honorific} ${manager.name}, ${manager.title}, and the Secretary-General, ${sgHon} ${sg}`, { footnote: fn });
  else if (pre === "first-person") {
    P(`${manager.name}, ${manager.title}, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the ${ent.name} by Member States, and will be accountable to the Secretary-General, ${sg}, for the objectives set out below.`, { footnote: fn });
    P(`I commit to achieve the objectives detailed below in ${year} and to report on them to the Management Performance Board at the end of the year.`);
  } else {
    P(manager.name, { bold: true, tight: true });
    P(manager.title, { tight: true });
    P(String(year), { tight: true });
    P(`I commit myself to using the authorities delegated to me by the Secretary-General in line with the accountability framework of the Secretariat, and to achieving the results set out in this document${fn ? "" : "."}`, { footnote: fn });
  }
  const entityPlace = opts.entityPlace ?? (pre === "header-block" ? r.pick(["signature", "label"]) : r.pick(["label", "label", "title", "signature"]));
  f.add(`entity:${entityPlace}`);
  if (entityPlace === "label") P(`${r.pick(["DEPARTMENT/OFFICE", "Department/Office", "ENTITY"])}: ${ent.name}`, { bold: r.chance(0.5) });
  if (entityPlace === "title") H(ent.name.toUpperCase(), { title: true, sub: true });

  // ---- missions ----
  const active = missionsDb.filter((m) => m.start <= year && year <= m.end && !/ /.test(m.acronym));
  const pkos = r.shuffle(active.filter((m) => m.kind === "peacekeeping"));
  const spms = r.shuffle(active.filter((m) => m.kind === "political"));
  const missionsInCells = [];
  const ctx = {
    year, short, perCent: r.chance(0.4), baselineYear: r.chance(0.5), missionsInCells, named,
  };
  const periodStyle = r.pick(["always", "always", "never", "mixed"]);
  ctx.period = () => periodStyle === "always" ? true : periodStyle === "never" ? false : r.chance(0.5);
  if (ent.missions) { // a few missions also named in measures
    const pool = ent.missions === "political" ? spms : ent.missions === "peacekeeping" ? pkos : [...pkos, ...spms];
    for (const m of pool.slice(-2)) if (r.chance(0.6)) missionsInCells.push(m);
  }

  // ---- sections ----
  const tables = [];
  const section = { a: "A.3", b: "I", c: "A", d: "1.A" }[era];
  const scheme = opts.sections ?? { a: "letter-number", b: r.pick(["roman", "named"]), c: "letter", d: r.pick(["section-parts", "section-parts", "named"]) }[era];
  f.add(`sections:${scheme}`);

  const addMandates = () => {
    if (!ent.missions) { if (scheme === "letter-number") P(`In addition to the budget documents, the ${short} will be guided in ${year} by the outcomes of the relevant intergovernmental meetings.`); return; }
    const pk = ent.missions === "political" ? [] : pkos.slice(0, r.int(4, Math.min(9, pkos.length)));
    const pol = ent.missions === "peacekeeping" ? [] : spms.slice(0, r.int(3, Math.min(7, spms.length)));
    const style2 = r.pick(["list", "list", "run-on"]);
    if (style2 === "list") {
      f.add("missions-mandate-list");
      const mk = r.pick(["bullet", "symbol", "typedHyphen", "none"]);
      if (pk.length) { P(`Mandates of ${pk.length} peacekeeping operations:`, { keepNext: true }); blocks.push({ t: "list", items: pk.map((m) => `${m.name} (${m.acronym})`), marker: mk }); pk.forEach((m) => named(m, true)); }
      if (pol.length) { P(`Mandates of ${pol.length} special political missions and offices:`, { keepNext: true }); blocks.push({ t: "list", items: pol.map((m) => `${m.name} (${m.acronym})`), marker: mk }); pol.forEach((m) => named(m, true)); }
    } else {
      f.add("missions-run-on");
      const all = [...pk, ...pol];
      P(`The ${short} will support the following operations in ${year}: ${all.slice(0, -1).map((m) => m.acronym).join(", ")} and ${all.at(-1).acronym}.`);
      all.forEach((m) => named(m, true));
    }
    const rest = [...pkos, ...spms].filter((m) => !missionSeen.has(m.acronym) && !missionsInCells.includes(m));
    if (rest.length && r.chance(0.6)) { f.add("missions-prose"); const m = rest[0]; P(r.pick(MISSION_PROSE).replace("{name}", m.name.replace(/^United Nations/, "United Nations")).replace("{acr}", m.acronym)); named(m, false); }
  };
  const addResolutions = () => {
    const avail = RESOLUTIONS.filter((x) => x.from <= year);
    const picked = r.shuffle(avail).slice(0, r.int(1, 2));
    for (const x of picked) { resolutions.push(x.canonical); if (x.date) resolutionDates[x.canonical] = x.date; }
    const sess = year - 1946 + (year >= 2020 ? 0 : 0);
    const doc = year >= 2020 ? `A/${sess}/6 (Sect. ${r.int(2, 30)})` : `A/${sess - 1}/6 (Sect. ${r.int(2, 30)})`;
    documents.push(doc);
    return `The programme objectives of the ${short} for ${year} are those of the proposed programme budget (${doc}), as approved by the General Assembly, and are guided by ${picked.map((x) => x.printed).join(" and ")}.`;
  };

  // Lead-in text: prose, resolutions, mandates.
  if (scheme === "letter-number") {
    H("A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES");
    H("1. Programme budget", { level: 2 });
    P(addResolutions());
    H("2. Other mandates", { level: 2 });
    if (ent.missions) P(`In addition to the budget documents, the following mandates will shape the priorities of the ${short} in ${year}:`);
    addMandates();
    H("3. Priority objectives for the year", { level: 2 });
  } else if (scheme === "roman") {
    P(addResolutions());
    addMandates();
    H("I. PROGRAMME OBJECTIVES");
  } else if (scheme === "letter") {
    P(addResolutions());
    addMandates();
    H("A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS");
    P(`I will give special attention to delivering the following results in ${year}.`);
  } else if (scheme === "section-parts") {
    H("SECTION 1 : DELIVERING RESULTS");
    P(addResolutions());
    addMandates();
    H("A. ACHIEVING PROGRAMME OBJECTIVES");
  } else if (scheme === "named") {
    P(addResolutions());
    addMandates();
    H("Programme objectives");
  }
  const progSection = { "letter-number": "A.3", roman: "I", letter: "A", "section-parts": "1.A", named: "Programme objectives" }[scheme];
  const mgmtSection = { "letter-number": "B", roman: "II", letter: "B", "section-parts": "2.A", named: "Managerial objectives" }[scheme];

  // ---- the tables ----
  const dom = DOMAINS[ent.domain];
  const objs = r.shuffle(dom.obj);
  const accs = r.shuffle(dom.acc);
  let ai = 0;
  const nextAcc = () => accs[ai++ % accs.length] + (ctx.period() ? "." : "");
  const progCount = opts.progRows ?? r.int(5, 9);
  const progRows = [];
  for (let i = 0; i < Math.min(progCount, objs.length); i++) {
    const nAcc = r.int(1, 3);
    const subs = [];
    for (let k = 0; k < nAcc; k++) subs.push({ acc: nextAcc(), measures: [], risks: [] });
    progRows.push({ section: progSection, objective: `${/^[A-Z]/.test(objs[i]) ? "To assist" : r.pick(NEUTRAL_VERBS)} ${objs[i]}${r.chance(0.7) ? "." : ""}`, subs });
  }
  const progLayout = pickLayout(r, era, "programme", {}, year);
  const mgmtLayout = pickLayout(r, era, "managerial", opts.force ?? {}, year);
  fillMeasures(r, progRows, progLayout, (rr) => progLayout.targets ? indicatorMeasure(rr, dom, ctx) : { text: programmeMeasure(rr, dom, ctx), baseline: null, target: null }, true);
  tables.push(emitTables(blocks, r, progRows, progLayout, f));

  if (scheme === "letter-number") { P(`Performance against these objectives will be reviewed with the ${short}’s senior management team each quarter.`); }
  // Managerial part
  if (scheme === "letter-number") { H("B. MANAGEMENT OBJECTIVES AND PERFORMANCE MEASURES"); }
  else if (scheme === "roman") H("II. MANAGERIAL OBJECTIVES");
  else if (scheme === "letter") H("B. MANAGING RESOURCES");
  else if (scheme === "section-parts") { H("SECTION 2 : MANAGING RESOURCES"); H("A. HUMAN AND FINANCIAL RESOURCES"); }
  else if (scheme === "named") H("Managerial objectives");
  if (r.chance(0.6)) P(`The following managerial objectives apply to every head of department and office in ${year}; the targets below are those of the ${short}.`);
  const mgmt = r.shuffle(MANAGERIAL.filter((m) => (m.from ?? 0) <= year)).slice(0, opts.mgmtRows ?? r.int(4, 7));
  const mgmtRows = mgmt.map((m) => {
    const subs = m.acc.slice(0, r.int(1, m.acc.length)).map((a) => ({ acc: fill(a, ctx) + (ctx.period() ? "." : ""), measures: [], risks: [] }));
    return { section: mgmtSection, objective: fill(m.obj, ctx) + (r.chance(0.6) ? "." : ""), subs, bank: m };
  });
  fillMeasures(r, mgmtRows, mgmtLayout, null, false);
  tables.push(emitTables(blocks, r, mgmtRows, mgmtLayout, f));
  if (r.chance(0.4)) { f.add("notes-after-table"); P(`Note: Data on staffing are taken from the Secretariat’s human resources dashboards as at 31 December ${year - 1}.`, { small: true }); }

  // ---- challenges, signatures, annex ----
  const chal = r.shuffle(CHALLENGES).slice(0, r.int(0, 3));
  if (chal.length) {
    f.add("challenges");
    H(scheme === "letter-number" ? "C. CHALLENGES" : scheme === "roman" ? "III. CHALLENGES" : scheme === "section-parts" ? "SECTION 3 : CHALLENGES" : scheme === "named" ? "Challenges" : "C. CHALLENGES");
    blocks.push({ t: "list", items: chal, marker: r.pick(["bullet", "decimal", "typedHyphen", "symbol"]), challenges: true });
  }
  const m1 = r.int(1, 4), d1 = r.int(1, 27), d2 = Math.min(28, d1 + r.int(0, 12));
  const signedOn = [iso(year, m1, d1), iso(year, m1, d2)];
  blocks.push({ t: "signatures", style: style.signatures, sigs: [
    { name: manager.name, title: manager.title + (entityPlace === "signature" ? `\n${ent.name}` : ""), date: signedOn[0] },
    { name: sg, title: "Secretary-General", date: signedOn[1] },
  ] });
  if (ent.missions && r.chance(0.35) && pkos.length + spms.length > 8) {
    f.add("annex-missions");
    blocks.push({ t: "pagebreak" });
    H(`Annex`, { center: true });
    P(`Field operations supported by the ${short} in ${year}`, { bold: true, align: "center" });
    const ann = [...pkos, ...spms].filter((m) => !missionSeen.has(m.acronym) && !missionsInCells.includes(m)).slice(0, r.int(3, 6));
    blocks.push({ t: "list", items: ann.map((m) => `${m.acronym} – ${m.name}`), marker: "decimal" });
    ann.forEach((m) => named(m, true));
  }
  // missions only named in cells are in the truth too (named() was called when printed)

  const rows = [...progRows, ...mgmtRows];
  return {
    id: opts.id, split: opts.split, year, era,
    entity: ent, manager, counterpart: { name: sg, title: "Secretary-General" }, signedOn,
    missions, resolutions, resolutionDates, documents, challenges: chal.length,
    style, blocks, rows, tables, features: f,
  };
}

const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** A table layout: columns in order, how objectives and sub-rows are printed, markers. */
function pickLayout(r, era, part, force, year) {
  const L = {};
  const kinds = [];
  const modes = era === "d" ? ["spanning", "spanning", "heading", "column"] : era === "a" ? ["column", "column", "heading"] : ["column", "spanning", "heading", "column"];
  L.objective = r.pick(modes);
  L.targets = part === "managerial" ? r.chance(era === "d" ? 0.7 : 0.35) : r.chance(0.15);
  L.noAcc = L.targets && L.objective === "column" && r.chance(0.5);
  if (force.noAcc) { L.objective = "column"; L.targets = true; L.noAcc = true; }
  L.risks = !L.noAcc && part === "programme" && r.chance(era === "d" ? 0.7 : 0.25);
  L.subrows = L.targets ? "measure-rows" : r.pick(["flat", "flat", "rowspan"]);
  if (L.objective === "column") kinds.push("objective");
  if (!L.noAcc) kinds.push("accomplishment");
  if (L.risks) kinds.push("risks");
  kinds.push("measure");
  if (L.targets) { if (r.chance(0.8)) kinds.push("baseline"); kinds.push("target"); }
  // non-standard orders: measures before risks already standard? risks last, or target before baseline
  if (L.risks && r.chance(0.4)) { kinds.splice(kinds.indexOf("risks"), 1); kinds.push("risks"); L.order = "risks-last"; }
  if (kinds.includes("baseline") && r.chance(0.2)) { const i = kinds.indexOf("baseline"), j = kinds.indexOf("target"); [kinds[i], kinds[j]] = [kinds[j], kinds[i]]; L.order = "target-first"; }
  L.kinds = kinds;
  const plural = r.chance(0.5);
  const vocabAcc = r.int(0, HEADER_WORDS.accomplishment.length - 1);
  const vocabMeas = L.targets ? r.pick([2, 4, 1]) : r.int(0, HEADER_WORDS.measure.length - 1);
  const upper = r.chance(0.2);
  const yearLabels = L.targets && r.chance(0.4);
  L.headers = kinds.map((k) => {
    let h;
    if (k === "objective") h = HEADER_WORDS.objective[upper ? 1 : 0][plural ? 1 : 0];
    else if (k === "accomplishment") h = HEADER_WORDS.accomplishment[vocabAcc][plural ? 1 : 0];
    else if (k === "measure") h = HEADER_WORDS.measure[vocabMeas][plural ? 1 : 0];
    else if (k === "risks") h = r.pick(HEADER_WORDS.risks)[0];
    else if (k === "baseline") h = yearLabels ? r.pick([`Baseline (${year - 1})`, `Baseline ${year - 1}`]) : "Baseline";
    else if (k === "target") h = yearLabels ? r.pick([`Target (${year})`, `Target ${year}`]) : "Target";
    return upper && !/^[A-Z ]+$/.test(h) ? h.toUpperCase() : h;
  });
  L.vocab = { acc: HEADER_WORDS.accomplishment[vocabAcc][0].toLowerCase(), meas: HEADER_WORDS.measure[vocabMeas][0].toLowerCase() };
  L.headerWrapped = r.chance(0.3);
  L.accMarker = r.pick(MARKER_KEYS);
  L.measMarker = r.pick(MARKER_KEYS);
  L.riskMarker = r.pick(["bullet", "typedHyphen", "none", "dash", "circle"]);
  L.objLabel = L.objective === "spanning" ? r.pick(["Objective:", "Objective:", "Objective {n}:", "OBJECTIVE {n}:"]) : null;
  L.headingNumbered = L.objective === "heading" && r.chance(0.5);
  L.perObjectiveTables = L.objective === "heading";
  return L;
}

/** Fills each row's measures (and risks) by its layout. */
function fillMeasures(r, rows, L, progMeasure, programme) {
  for (const row of rows) {
    const bank = row.bank;
    let bi = 0;
    const bankMeasures = bank ? r.shuffle(bank.meas) : null;
    for (const sub of row.subs) {
      const n = programme ? r.int(1, 3) : Math.max(1, Math.min(bankMeasures.length - bi, r.int(1, 2)));
      for (let k = 0; k < n; k++) {
        if (bank) {
          const m = bankMeasures[bi++ % bankMeasures.length];
          if (bi > bankMeasures.length) break;
          if (L.targets) sub.measures.push({ text: fillText(m[1], r, row), baseline: L.kinds.includes("baseline") ? fillText(m[2], r, row) : null, target: fillText(m[3], r, row) });
          else sub.measures.push({ text: fillText(m[0], r, row) + (r.chance(0.6) ? "." : ""), baseline: null, target: null });
        } else {
          let m = progMeasure(r);
          for (let tries = 0; tries < 20 && row.subs.some((s2) => s2.measures.some((x) => x.text.replace(/\d+/g, "#") === m.text.replace(/\d+/g, "#"))); tries++) m = progMeasure(r);
          if (!L.kinds.includes("baseline")) m.baseline = null;
          sub.measures.push(m);
        }
      }
      if (!sub.measures.length) sub.measures.push({ text: "Progress reported to the Management Performance Board", baseline: null, target: L.targets ? "Yes" : null });
      if (L.risks) sub.risks = r.shuffle(RISKS).slice(0, r.int(1, 2)).map((x) => x + ".");
    }
    if (L.noAcc) row.subs.forEach((s) => (s.acc = null));
    if (L.subrows === "flat" && L.risks) {/* risks stay per sub; flattened in truth */}
  }
}
let yearForFill = 0;
function fillText(s, r, row) {
  fillRng = r;
  return s.replace(/\{y\}/g, String(yearForFill)).replace(/\{p\}/g, String(yearForFill - 1))
    .replace(/\{n:(\d+)-(\d+)\}/g, (_, a, b) => String(r.int(Number(a), Number(b))))
    .replace(/\{mo\}/g, () => r.pick(MONTHS.slice(2, 11)));
}
export function setYear(y) { yearForFill = y; }

/** Table blocks for rows under one layout; returns the layout with its rows for the truth. */
function emitTables(blocks, r, rows, L, f) {
  const feats = tableFeatures(L);
  feats.forEach((x) => f.add(x));
  if (L.perObjectiveTables) {
    rows.forEach((row, i) => {
      blocks.push({ t: "objheading", text: row.objective, number: L.headingNumbered ? i + 1 : null, group: L });
      blocks.push({ t: "table", layout: L, rows: [row] });
    });
  } else blocks.push({ t: "table", layout: L, rows });
  rows.forEach((row) => (row.features = feats));
  return { layout: L, rows };
}

export function tableFeatures(L) {
  const out = [`objective:${L.objective === "spanning" ? "spanning-row" : L.objective}`, `subrows:${L.subrows}`];
  if (L.risks) out.push("col:risks");
  if (L.kinds.includes("baseline")) out.push("col:baseline");
  if (L.kinds.includes("target")) out.push("col:target");
  if (L.noAcc) out.push("no-accomplishment");
  if (L.kinds.length === 2) out.push("two-column");
  if (L.order) out.push("order:nonstandard");
  if (L.headerWrapped) out.push("header-wrapped");
  if (L.objLabel && /\{n\}/.test(L.objLabel)) out.push("objective:numbered-label");
  if (L.headingNumbered) out.push("objective:numbered-heading");
  if (/(Baseline|Target) \(?\d{4}/.test(L.headers.join(" "))) out.push("header:year-in-label");
  out.push(`cols:${L.kinds.length}`);
  if (!L.noAcc) out.push(MARKERS[L.accMarker].feature.replace("marker:", "acc-marker:"));
  out.push(MARKERS[L.measMarker].feature);
  out.push(`acc-vocab:${L.vocab.acc.replace(/s$/, "").replace(/ /g, "-")}`, `meas-vocab:${L.vocab.meas.replace(/s$/, "").replace(/ /g, "-")}`);
  return out;
}
