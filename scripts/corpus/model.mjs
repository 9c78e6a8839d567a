/**
 * The document model: one synthetic compact as data (content + layout choices), from a seed.
 * Renderers (render-html.mjs, render-md.mjs) and the truth writer (truth.mjs) all read this one
 * object, so the truth always describes exactly what was rendered.
 */
import { prng, hash } from "./prng.mjs";
import { MISSIONS as GAZETTEER } from "./missions.mjs";
import * as B from "./banks.mjs";
import { MONTHS } from "./common.mjs";

/** Layout dimensions: each document takes one option of every dimension. */
export const DIMENSIONS = {
  title: ["plain", "year-prefix", "for-year", "none"],
  preamble: ["between", "first-person", "header-block"],
  entity: ["label", "title", "signature"],
  sections: ["letter-number", "roman", "section-parts", "named"],
  signatures: ["side-by-side", "stacked"],
  headerNumber: ["singular", "plural"],
  headerCase: ["upper", "title", "sentence"],
  accVocab: ["expected-accomplishment", "expected-result", "outcome"],
  measVocab: ["performance-measure", "indicator-of-achievement", "key-performance-indicator"],
  shape: ["standard", "risks", "baseline-target", "objective-spanning-row", "objective-heading", "no-accomplishment", "two-column"],
  subrows: ["flat", "rowspan"],
  order: ["standard", "nonstandard"],
};
/**
 * Markers an item may carry. "html-list" is a real <ul>, whose bullets Chromium draws as shapes;
 * "pua" is U+F0B7, the Symbol-font bullet that Word documents leave in the PDF text layer.
 */
export const MARKERS = ["•", "▪", "●", "o", "-", "–", "➢", "□", "(a)", "(i)", "1.", "a)", "none", "html-list", "pua"];
/** On/off features, each switched on for about one document in ONE_IN. */
export const BOOLEANS = ["running-header", "page-footer", "footnotes", "two-column-prose", "landscape", "header-wrapped", "header-repeated", "cells-vcenter", "cells-long",
  "text-ligatures", "text-soft-hyphen", "text-nbsp", "text-smart-quotes", "text-nb-hyphen", "text-per-cent",
  "missions-mandate-list", "missions-run-on", "missions-prose", "missions-in-cells",
  "res-sc-symbol", "res-sc-prose", "res-year-like", "res-plural", "res-ga-symbol", "res-ga-prose", "res-ecosoc", "res-dated", "doc-qualified"];
const ONE_IN = { "running-header": 2, "page-footer": 2, "header-repeated": 1.5, "cells-long": 2, "missions-mandate-list": 2 };
const DEFAULT_ONE_IN = 3;

/** Acronyms the prose can print as one word (drops entries such as "UNEF I" with a space). */
const PRINTABLE_ACRONYM = /^[A-Z][A-Za-z-]+$/;
const MISSIONS = GAZETTEER.filter((m) => m.end >= 2006 && m.start <= 2024 && PRINTABLE_ACRONYM.test(m.acronym));

/** First Security Council resolution number of each year (approximate; keeps numbers and years consistent). */
const SC_FIRST = { 2003: 1456, 2004: 1526, 2005: 1585, 2006: 1653, 2007: 1738, 2008: 1795, 2009: 1860, 2010: 1904, 2011: 1963, 2012: 2033, 2013: 2086, 2014: 2133, 2015: 2196, 2016: 2259, 2017: 2337, 2018: 2398, 2019: 2452, 2020: 2506, 2021: 2561, 2022: 2619, 2023: 2669, 2024: 2722, 2025: 2768 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * Assign layout options to `count` documents so that, within each ruling group (ruled / borderless),
 * every option of every dimension and every boolean feature is used by several documents: each
 * dimension walks its own shuffled order of the group, which spreads options evenly and keeps
 * dimensions from moving in lockstep.
 */
export function planLayouts(count, seed) {
  const r = prng(seed);
  const plans = Array.from({ length: count }, (_, i) => ({ ruled: i % 2 === 0 }));
  for (const ruled of [true, false]) {
    const group = plans.filter((p) => p.ruled === ruled);
    const n = group.length;
    const order = () => r.shuffle([...Array(n).keys()]);
    for (const [dim, opts] of Object.entries(DIMENSIONS)) {
      const perm = order();
      group.forEach((p, j) => (p[dim] = opts[perm[j] % opts.length]));
    }
    for (const slot of ["accMarker", "measMarker", "otherMarker"]) {
      const perm = order();
      const off = r.int(0, MARKERS.length - 1);
      group.forEach((p, j) => (p[slot] = MARKERS[(perm[j] + off) % MARKERS.length]));
    }
    for (const b of BOOLEANS) {
      const perm = order();
      const every = ONE_IN[b] ?? DEFAULT_ONE_IN;
      group.forEach((p, j) => (p[b] = perm[j] % every < 1));
    }
    // A second table shape per document (managerial section), drawn freely.
    group.forEach((p) => (p.shape2 = r.pick(DIMENSIONS.shape)));
  }
  return plans;
}

/** Titles the title line can take. */
const TITLE_WORDS = ["SENIOR MANAGER'S COMPACT", "SENIOR MANAGER’S COMPACT", "Senior Manager's Compact", "SENIOR MANAGERS' COMPACT"];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Section ids that draw generic (managerial) topics rather than the entity's programme topics: any
 * section after the first that names management or resources, or is numbered B, II or 2.
 */
const MANAGERIAL_SECTION = /manag|resource|II$|^B|2/i;

/** Build one document from its layout plan. `split` selects the bank share. */
export function buildDocument(id, split, plan, seed) {
  const r = prng(seed);
  const banks = bankShare(split);
  const entity = r.pick(banks.entities);
  // Years: a plan that prints a year-like resolution number needs Security Council numbers ≥ 1963 (2011+).
  let year = r.int(2006, 2024);
  if (plan["res-year-like"] && year < 2012) year = r.int(2012, 2024);
  const [honorific, name] = r.pick(banks.managers);
  const sg = B.secretaryGeneral(year);
  const smart = plan["text-smart-quotes"];
  const apos = smart ? "’" : "'";
  const q = (s) => (smart ? `“${s}”` : `"${s}"`);
  const pct = (v) => (plan["text-per-cent"] ? `${v} per cent` : `${v}%`);
  const pronoun = entity.pronoun;
  const Pronoun = cap(pronoun);
  const doc = {
    id, split, seed, year, plan: { ...plan }, entity: { name: entity.name, acronym: entity.acronym },
    manager: { honorific, name, title: entity.head }, counterpart: { honorific: sg.honorific, name: sg.name, title: "Secretary-General" },
    pronoun, Pronoun, apos,
    // An entity cannot sit in a title that is not printed: it falls back to the label.
    entityPlacement: plan.entity === "title" && plan.title === "none" ? "label" : plan.entity,
    titleWords: r.pick(TITLE_WORDS).replace("'", apos),
    prose: [], missionsList: [], footnotes: [], sections: [], challenges: [], signatures: [],
    missions: [], resolutions: [], documents: [], resolutionDates: {},
  };
  const mentionMission = (m) => { if (!doc.missions.some((x) => x.acronym === m.acronym)) doc.missions.push({ acronym: m.acronym, name: m.name, kind: m.kind }); };
  // A mission's own compact names it (its head's title, the department line) before any list: the
  // reader lists every mission a compact names (issue 11, CONTRACT), so the truth does too.
  const ownMission = MISSIONS.find((m) => m.acronym === entity.acronym);
  if (ownMission) mentionMission(ownMission);
  const addRes = (sym, date) => { if (!doc.resolutions.includes(sym)) doc.resolutions.push(sym); if (date) doc.resolutionDates[sym] = date; };
  const active = r.shuffle(banks.missions.filter((m) => m.start <= year && m.end >= year));
  let mi = 0;
  const nextMission = () => active[mi++ % active.length];

  // Resolutions, each in the printed form the plan asks for.
  const gaSession = (y) => y - 1945;
  const scNumber = (y) => r.int(SC_FIRST[y] ?? 1500, (SC_FIRST[y + 1] ?? 2800) - 1);
  const refs = [];
  const scYear = () => r.int(Math.max(2003, year - 8), year - 1);
  if (plan["res-sc-symbol"]) { const y = scYear(), n = scNumber(y); refs.push(`S/RES/${n} (${y})`); addRes(`S/RES/${n} (${y})`); }
  if (plan["res-sc-prose"]) { const y = scYear(), n = scNumber(y); refs.push(`Security Council resolution ${n} (${y})`); addRes(`S/RES/${n} (${y})`); }
  if (plan["res-year-like"]) { const y = r.pick([2011, 2012]); const n = r.int(y === 2011 ? 1990 : 2033, y === 2011 ? 2032 : 2060); refs.push(`resolution ${n} (${y})`); addRes(`S/RES/${n} (${y})`); }
  if (plan["res-plural"]) { const y1 = scYear(), y2 = scYear(); let n1 = scNumber(y1), n2 = scNumber(y2); if (n1 === n2) n2++; refs.push(`resolutions ${n1} (${y1}) and ${n2} (${y2})`); addRes(`S/RES/${n1} (${y1})`); addRes(`S/RES/${n2} (${y2})`); }
  if (plan["res-ga-symbol"]) { const s = gaSession(year) - r.int(1, 6), n = r.int(10, 290); refs.push(`A/RES/${s}/${n}`); addRes(`A/RES/${s}/${n}`); }
  if (plan["res-ga-prose"]) { const s = gaSession(year) - r.int(1, 12), n = r.int(10, 290); refs.push(`General Assembly resolution ${s}/${n}`); addRes(`A/RES/${s}/${n}`); }
  if (plan["res-dated"]) { const s = gaSession(year) - r.int(1, 4), n = r.int(200, 280), d = r.int(2, 24); refs.push(`General Assembly resolution ${s}/${n} of ${d} December ${s + 1945}`); addRes(`A/RES/${s}/${n}`, iso(s + 1945, 12, d)); }
  if (plan["res-ecosoc"]) { const y = year - r.int(1, 5), n = r.int(2, 40); refs.push(`${r.pick(["Economic and Social Council", "ECOSOC"])} resolution ${y}/${n}`); addRes(`E/RES/${y}/${n}`); }
  let docRef = null;
  if (plan["doc-qualified"]) { const s = gaSession(year) - 1, k = r.int(2, 36); docRef = `A/${s}/6 (Sect. ${k})`; doc.documents.push(docRef); }

  // Prose: mandate paragraph(s) carrying resolutions, documents and mission mentions.
  const proseRefs = [...refs];
  const footRefs = plan.footnotes ? proseRefs.splice(0, Math.ceil(proseRefs.length / 2)) : [];
  const p1 = [`${Pronoun} carries out its work under the mandates entrusted to it by Member States`];
  if (proseRefs.length) p1.push(`, in particular ${joinAnd(proseRefs)}`);
  p1.push(".");
  doc.prose.push({ text: p1.join(""), foot: plan.footnotes ? 1 : null });
  if (docRef) doc.prose.push({ text: `The programme of work for ${year} is described in the proposed programme budget (${docRef}) and reflects the priorities of the strategic framework.` });
  else doc.prose.push({ text: `The programme of work for ${year} reflects the priorities of the strategic framework approved by the General Assembly.` });
  if (plan["missions-prose"]) {
    const m = nextMission(); mentionMission(m);
    doc.prose.push({ text: `${Pronoun} works closely with the ${m.name} (${m.acronym}) on matters of common concern, including joint planning and the sharing of information.` });
  }
  if (plan["missions-run-on"]) {
    const ms = [nextMission(), nextMission(), nextMission()].filter((m, i, a) => a.indexOf(m) === i);
    ms.forEach(mentionMission);
    doc.prose.push({ text: `Particular attention will be given to the needs of ${ms.length > 1 ? ms.slice(0, -1).map((m) => m.acronym).join(", ") + " and " + ms.at(-1).acronym : ms[0].acronym}, where the operating environment remains demanding.` });
  }
  if (plan["missions-mandate-list"]) {
    const ms = []; for (let i = 0; i < r.int(4, 8); i++) { const m = nextMission(); if (!ms.includes(m)) ms.push(m); }
    ms.forEach(mentionMission);
    doc.missionsLead = r.pick(B.MANDATE_LEADS).replace("{Pronoun}", Pronoun).replace("{pronoun}", pronoun).replace("{year}", String(year));
    doc.missionsList = ms.map((m) => `${m.name} (${m.acronym})`);
  }
  if (plan.footnotes) {
    const fr = footRefs.length ? `See ${joinAnd(footRefs)}.` : `The mandates are summarized in the strategic framework for the period ${year}-${year + 1}.`;
    doc.footnotes.push(fr);
  }

  // Sections and tables.
  const used = new Set();
  const objectiveText = (topics, long) => {
    for (let t = 0; t < 50; t++) {
      const topic = r.pick(topics);
      const noun = r.chance(0.25);
      const opening = noun ? r.pick(banks.nounOpenings) : r.pick(banks.verbs);
      // "Enhanced use of …", but "Effective management of the use of …": an adjective drops the article.
      let s = `${opening} ${noun && !/ (of|in)$/.test(opening) ? topic.replace(/^the /, "") : topic}`;
      if (long) s += `, ${r.pick(banks.tails)}, ${r.pick(banks.tails)}`;
      else if (r.chance(0.35)) s += ` ${r.pick(banks.tails)}`;
      s = cap(s) + (r.chance(0.8) ? "." : "");
      if (!used.has(s.toLowerCase())) { used.add(s.toLowerCase()); return s; }
    }
    throw new Error("objective bank exhausted");
  };
  const usedItems = new Set();
  const uniq = (f) => { for (let t = 0; t < 40; t++) { const s = f(); if (!usedItems.has(s)) { usedItems.add(s); return s; } } return f(); };
  const accomplishment = () => uniq(() => `${r.pick(banks.accOpenings)} ${r.pick(banks.accObjects)}.`);
  const measure = () => {
    const kind = r.int(0, 5);
    const y0 = year - 1;
    if (kind === 0) { const [things, pass] = r.pick(banks.things); const p = r.int(80, 98), b = p - r.int(4, 15);
      return { text: uniq(() => r.chance(0.5) ? `At least ${pct(p)} of ${things} ${pass}.` : `${cap(pct(p))} of ${things} ${pass} in ${year}.`), indicator: `Percentage of ${things} ${pass}`, baseline: `${pct(b)} (${y0})`, target: pct(p) }; }
    if (kind === 1) { const thing = r.pick(banks.durations); const a = r.int(6, 24) * 10, b = a - r.int(2, 5) * 10;
      return { text: uniq(() => `Reduction in ${thing} from ${a} days in ${y0} to ${b} days in ${year}.`), indicator: `${cap(thing.replace(/^the /, ""))} (days)`, baseline: `${a} days`, target: `${b} days` }; }
    if (kind === 2) { const thing = r.pick(banks.outputs); const a = r.int(5, 40), b = a + r.int(3, 20);
      return { text: uniq(() => `Increase in the number of ${thing} from ${a} in ${y0} to ${b} in ${year}.`), indicator: `Number of ${thing}`, baseline: `${a} (${y0})`, target: `${b}` }; }
    if (kind === 3) { const [things, pass] = r.pick(banks.things); const p = r.int(60, 95);
      return { text: uniq(() => `Proportion of ${things} ${pass} increased to ${pct(p)} by the end of ${year}.`), indicator: `Proportion of ${things} ${pass}`, baseline: `${pct(p - r.int(5, 20))} in ${y0}`, target: `${pct(p)} by December ${year}` }; }
    if (kind === 4 && plan["missions-in-cells"]) { const m1 = nextMission(), m2 = nextMission();
      const ms = m1 === m2 ? m1.acronym : `${m1.acronym} and ${m2.acronym}`;
      return { text: uniq(() => `Support plans agreed with ${ms} by ${r.pick(MONTHS)} ${year}.`), indicator: `Support plans agreed with ${ms}`, baseline: "None", target: `Agreed by ${r.pick(MONTHS.slice(2, 11))} ${year}`, missions: [m1, m2] }; }
    const t = uniq(() => r.pick(banks.qualitative));
    const quoted = smart && r.chance(0.4) ? t.replace(/^(\w+)/, (w) => `${w} of the ${q("Delivering as One")} approach and`) : t;
    return { text: quoted, indicator: quoted.replace(/\.$/, ""), baseline: r.pick(["Not applicable", "No baseline", `Partially achieved in ${y0}`]), target: r.pick(["Achieved", `By 31 December ${year}`, "Fully achieved"]) };
  };
  const risk = () => uniq(() => `${r.pick(banks.risks)}; mitigated by ${r.pick(banks.mitigations)}.`);

  const sectionTitles = sectionPlan(plan.sections, r);
  const total = r.int(split === "dev" ? 11 : 9, split === "dev" ? 16 : 13);
  const counts = distribute(total, sectionTitles.length, r);
  sectionTitles.forEach((st, si) => {
    const shape = si === sectionTitles.length - 1 && sectionTitles.length > 1 ? plan.shape2 : plan.shape;
    const managerial = MANAGERIAL_SECTION.test(st.id) && si > 0;
    const topics = managerial ? banks.topics : [...entity.topics, ...banks.topics.slice(0, 6)];
    const table = tableSpec(shape, plan, r, si);
    const rows = [];
    for (let k = 0; k < counts[si]; k++) {
      const long = plan["cells-long"] && r.chance(0.35);
      const nAcc = table.cols.includes("acc") ? r.int(1, 3) : 0;
      const accs = Array.from({ length: nAcc }, accomplishment);
      const measures = [];
      const groups = Math.max(1, nAcc);
      for (let g = 0; g < groups; g++) {
        const n = r.int(1, long ? 3 : 2);
        for (let m = 0; m < n; m++) {
          // No measure twice in one objective (a reader could not tell the two apart).
          let x = measure();
          for (let t = 0; t < 20 && measures.some((y) => y.text === x.text || y.indicator === x.indicator); t++) x = measure();
          // Missions named in a cell count only once the measure is kept.
          for (const m of x.missions ?? []) mentionMission(m);
          measures.push({ ...x, acc: nAcc ? g : null });
        }
      }
      const risks = table.cols.includes("risks") ? Array.from({ length: groups }, () => Array.from({ length: r.int(1, 2) }, risk)) : null;
      if (long && accs.length) accs[0] = accs[0].replace(/\.$/, ` ${r.pick(banks.accTails)}.`);
      rows.push({ objective: objectiveText(topics, long), accomplishments: accs, measures, risks, long });
    }
    doc.sections.push({ ...st, leadIn: r.chance(0.6) ? r.pick(B.LEAD_INS).replace("{year}", String(year)).replace("{pronoun}", pronoun) : null, table, rows });
  });

  const nCh = r.int(0, 4);
  doc.challenges = r.sample(banks.challenges, nCh);
  const d1 = signDate(r, year), d2 = r.chance(0.5) ? d1 : signDate(r, year);
  doc.signatures = [
    { name: `${honorific} ${name}`, bare: name, title: entity.head, entity: entity.name, date: d1 },
    { name: `${sg.honorific} ${sg.name}`, bare: sg.name, title: "Secretary-General", entity: null, date: d2 },
  ];
  doc.dateStyle = r.int(0, 2);
  doc.font = r.pick(["Liberation Serif", "Liberation Sans", "DejaVu Sans"]);
  doc.fontSize = r.pick([8, 8.5, 9]);
  doc.runningHeader = r.pick([`${entity.acronym} – Senior Manager${apos}s Compact ${year}`, `${entity.name}`, `${name} – ${year}`]);
  return doc;
}

function joinAnd(list) {
  return list.length < 2 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}
function distribute(total, n, r) {
  const out = Array(n).fill(2);
  for (let i = 2 * n; i < total; i++) out[i % 3 === 2 && n > 1 ? n - 1 : r.int(0, Math.max(0, n - 2))]++;
  return out;
}
function signDate(r, year) {
  const late = r.chance(0.3);
  const y = late ? year - 1 : year;
  const m = late ? 12 : r.int(1, 3), d = r.int(1, 28);
  return { iso: iso(y, m, d), y, m, d };
}

/** Section ids and heading lines for a section style. */
function sectionPlan(style, r) {
  if (style === "letter-number") return [
    { id: "A.1", headings: [["part", "A. ACHIEVING PROGRAMME OBJECTIVES"], ["sub", "1. Programme of work"]] },
    { id: "A.2", headings: [["sub", "2. Priority initiatives"]] },
    { id: "B.1", headings: [["part", "B. MANAGING RESOURCES"], ["sub", "1. Human and financial resources"]] },
  ].slice(0, r.int(2, 3));
  if (style === "roman") return [
    { id: "I", headings: [["part", "I. PROGRAMME OBJECTIVES"]] },
    { id: "II", headings: [["part", "II. MANAGERIAL OBJECTIVES"]] },
  ];
  if (style === "section-parts") return [
    { id: "1.A", headings: [["part", "SECTION 1 : DELIVERING RESULTS"], ["sub", "A. ACHIEVING PROGRAMME OBJECTIVES"]] },
    { id: "1.B", headings: [["sub", "B. SPECIAL INITIATIVES"]] },
    { id: "2.A", headings: [["part", "SECTION 2 : MANAGING RESOURCES"], ["sub", "A. HUMAN RESOURCES AND BUDGET"]] },
  ].slice(0, r.int(2, 3));
  const named = [
    { id: "Programme objectives", headings: [["part", "Programme objectives"]] },
    { id: "Special initiatives", headings: [["part", "Special initiatives"]] },
    { id: "Managerial objectives", headings: [["part", "Managerial objectives"]] },
    { id: "Managing resources", headings: [["part", "Managing resources"]] },
  ];
  return r.chance(0.5) ? [named[0], named[2]] : [named[0], named[1], named[3]];
}

/**
 * The table of one section: which columns in which order, where the objective goes and how an
 * objective's sub-rows are laid out ("flat": one row, lists in cells; "rowspan": one sub-row per
 * accomplishment; "measure-rows": one sub-row per measure, used whenever a baseline or target
 * column is present so that each measure has its own target cell).
 */
function tableSpec(shape, plan, r, index) {
  let objective = "column", cols;
  switch (shape) {
    case "risks": cols = ["acc", "meas", "risks"]; break;
    case "baseline-target": cols = ["acc", "meas", "baseline", "target"]; break;
    case "objective-spanning-row": objective = "spanning-row"; cols = r.chance(0.5) ? ["acc", "risks", "meas"] : ["acc", "meas"]; break;
    case "objective-heading": objective = "heading"; cols = r.chance(0.5) ? ["acc", "meas", "target"] : ["acc", "meas"]; break;
    case "no-accomplishment": cols = r.chance(0.6) ? ["meas", "baseline", "target"] : ["meas", "target"]; break;
    case "two-column": if (r.chance(0.5)) { cols = ["meas"]; } else { objective = r.chance(0.5) ? "spanning-row" : "heading"; cols = ["acc", "meas"]; } break;
    default: cols = ["acc", "meas"];
  }
  if (plan.order === "nonstandard" && index === 0) {
    if (cols.includes("risks")) cols = ["risks", ...cols.filter((c) => c !== "risks")].sort((a, b) => (a === "acc" ? -1 : b === "acc" ? 1 : 0));
    else if (cols.includes("target") && cols.includes("baseline")) cols = cols.map((c) => (c === "baseline" ? "target" : c === "target" ? "baseline" : c));
    else if (cols.includes("acc")) cols = ["meas", ...cols.filter((c) => c !== "meas")];
  }
  const perMeasure = cols.includes("target") || cols.includes("baseline");
  const subrows = perMeasure ? "measure-rows" : cols.includes("acc") && (plan.subrows === "rowspan" || index > 0 && r.chance(0.5)) ? "rowspan" : "flat";
  const fullCols = objective === "column" ? ["obj", ...cols] : cols;
  return {
    shape, objective, cols: fullCols, subrows,
    number: index === 0 ? plan.headerNumber : r.pick(DIMENSIONS.headerNumber),
    case: index === 0 ? plan.headerCase : r.pick(DIMENSIONS.headerCase),
    accVocab: plan.accVocab, measVocab: plan.measVocab,
    wrapped: plan["header-wrapped"], repeated: plan["header-repeated"], vcenter: plan["cells-vcenter"],
    accMarker: plan.accMarker, measMarker: plan.measMarker, otherMarker: plan.otherMarker,
  };
}

/** Bank shares for a split (see banks.mjs: disjoint between dev and holdout). */
const shares = {};
function bankShare(split) {
  return (shares[split] ??= {
    entities: B.share(B.ENTITIES.map((e) => ({ ...e })), split, "entity").map((e) => e),
    topics: B.share(B.TOPICS, split, "topic"), verbs: B.share(B.OBJECTIVE_VERBS, split, "verb"), nounOpenings: B.share(B.NOUN_OBJECTIVE_OPENINGS, split, "noun"),
    tails: B.share(B.OBJECTIVE_TAILS, split, "tail"), accTails: B.share(B.ACCOMPLISHMENT_TAILS, split, "acct"), accOpenings: B.share(B.ACCOMPLISHMENT_OPENINGS, split, "acco"), accObjects: B.share(B.ACCOMPLISHMENT_OBJECTS, split, "accb"),
    things: B.share(B.MEASURED_THINGS, split, "thing"), durations: B.share(B.DURATION_THINGS, split, "dur"), outputs: B.share(B.COUNTED_OUTPUTS, split, "out"),
    qualitative: B.share(B.QUALITATIVE_MEASURES, split, "qual"), risks: B.share(B.RISKS, split, "risk"), mitigations: B.share(B.MITIGATIONS, split, "mit"),
    challenges: B.share(B.CHALLENGES, split, "chal"), managers: B.share(B.MANAGERS, split, "mgr"), missions: B.share(MISSIONS, split, "mission"),
  });
}
export { hash };
