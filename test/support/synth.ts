/**
 * Synthetic Senior Manager's Compacts for batch, fuzz, query tests and benchmarks: deterministic
 * from a seed, varied in year, department, missions, resolutions, targets and table layout, with
 * the facts each one states returned beside it so tests can assert on real values.
 */
import type { MissionRecord } from "../../src/data/index.js";

export interface SynthDepartment {
  name: string;
  acronym: string;
}
export const DEPARTMENTS: readonly SynthDepartment[] = [
  { name: "Department of Field Support", acronym: "DFS" },
  { name: "Department of Peacekeeping Operations", acronym: "DPKO" },
  { name: "Department of Political Affairs", acronym: "DPA" },
  { name: "Department of Management", acronym: "DM" },
  { name: "Department of Economic and Social Affairs", acronym: "DESA" },
  { name: "Department of Public Information", acronym: "DPI" },
  { name: "Office of Human Resources Management", acronym: "OHRM" },
  { name: "Department for General Assembly and Conference Management", acronym: "DGACM" },
  { name: "Department of Safety and Security", acronym: "DSS" },
  { name: "Office for the Coordination of Humanitarian Affairs", acronym: "OCHA" },
];

const MANAGERS = [
  ["Ms.", "Amina Diallo", "Under-Secretary-General"],
  ["Mr.", "Pedro Alvarez Ruiz", "Under-Secretary-General"],
  ["Ms.", "Ingrid Larsen", "Assistant Secretary-General"],
  ["Mr.", "Kenji Watanabe", "Under-Secretary-General"],
  ["Mr.", "Samuel Okafor", "Assistant Secretary-General"],
] as const;
const SECRETARIES_GENERAL: ReadonlyArray<[number, number, string]> = [
  [1997, 2006, "Kofi A. Annan"],
  [2007, 2016, "Ban Ki-moon"],
  [2017, 2030, "António Guterres"],
];

const OBJECTIVES = [
  "To ensure that mandated programmes are delivered on time and within approved resources.",
  "To improve the timeliness and quality of documents submitted to intergovernmental bodies.",
  "To strengthen accountability for results across all offices of the department.",
  "To minimize vacancy levels in the department.",
  "To achieve gender balance in the Professional and higher categories.",
  "To implement recommendations of oversight bodies in a timely manner.",
  "To improve the geographic distribution of staff within the Secretariat.",
  "To ensure that staff complete mandatory training in ethics and integrity.",
  "To support field missions with timely and effective logistical services.",
  "To enhance the use of information and communications technology across the department.",
];
const ACCOMPLISHMENTS = [
  "Timely submission of documents to conference management.",
  "Improved planning and management of resources.",
  "Strengthened capacity of the department to deliver its programme of work.",
  "Recommendations of oversight bodies are prioritized in accordance with associated risks.",
  "Increased representation of women at senior levels.",
  "Staff are adequately informed of departmental policies and priorities.",
  "Reduced time taken to fill vacant posts.",
  "Effective and efficient support to peacekeeping operations and special political missions.",
];
/** Measure templates with the target each one states. */
const MEASURES: ReadonlyArray<(r: () => number) => { text: string; value: number; unit: string | null; comparator: string }> = [
  (r) => { const v = 80 + Math.floor(r() * 20); return { text: `${v}% of documents submitted by slot date.`, value: v, unit: "%", comparator: "=" }; },
  (r) => { const v = 2 + Math.floor(r() * 8); return { text: `Vacancy rate to be no more than ${v}%.`, value: v, unit: "%", comparator: "<=" }; },
  (r) => { const v = 20 + Math.floor(r() * 40); return { text: `At least ${v}% of recruitments are made from un- and under-represented Member States.`, value: v, unit: "%", comparator: ">=" }; },
  () => ({ text: "100% compliance with financial disclosure requirements by due date.", value: 100, unit: "%", comparator: "=" }),
  (r) => { const v = 30 + Math.floor(r() * 90); return { text: `Vacant posts filled within ${v} days of advertisement.`, value: v, unit: "days", comparator: "<=" }; },
  () => ({ text: "1 percentage point increase in female representation at the P-5 level and above.", value: 1, unit: "pp", comparator: "+" }),
];

export interface SynthCompact {
  name: string;
  year: number;
  department: SynthDepartment;
  manager: { name: string; title: string };
  counterpart: { name: string; title: string };
  missions: Array<{ acronym: string; name: string; kind: "peacekeeping" | "political" }>;
  resolutions: Array<{ symbol: string; date: string }>;
  documents: string[];
  rows: Array<{ section: string; objective: string; accomplishments: string[]; measures: string[]; targets: Array<{ value: number; unit: string | null; comparator: string }> }>;
  challenges: string[];
  signedOn: string;
}

/** mulberry32: tiny deterministic PRNG, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
function sample<T>(r: () => number, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The facts of one synthetic compact. `gazetteer` supplies real missions active in its year. */
export function synthCompactFacts(seed: number, gazetteer: readonly MissionRecord[]): SynthCompact {
  const r = prng(seed);
  const year = 2006 + Math.floor(r() * 10);
  const department = pick(r, DEPARTMENTS);
  const [, mName, mTitle] = pick(r, MANAGERS);
  const sg = SECRETARIES_GENERAL.find(([from, to]) => year >= from && year <= to)!;
  // Only missions with a plain acronym (no spaces) active that year: what a mandate list would name.
  const active = gazetteer.filter((m) => (m.start ?? 0) <= year && (m.end ?? 9999) >= year && !m.acronym.includes(" "));
  const missions = sample(r, active, 2 + Math.floor(r() * 6)).map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind }));
  const session = year - 1945 - 1;
  const resolutions = sample(r, [11, 57, 99, 237, 255, 266, 276, 279, 291], 2 + Math.floor(r() * 3)).map((n, i) => ({
    symbol: `A/RES/${session}/${n}`,
    date: iso(year - 1, 6 + i, 10 + i),
  }));
  const documents = [`A/${session + 1}/${100 + Math.floor(r() * 700)}`, `ST/SGB/${year - 2}/${1 + Math.floor(r() * 15)}`];
  const rowCount = 3 + Math.floor(r() * 5);
  const rows: SynthCompact["rows"] = [];
  const objectives = sample(r, OBJECTIVES, rowCount);
  objectives.forEach((objective, i) => {
    const ms = sample(r, MEASURES, 1 + Math.floor(r() * 2)).map((f) => f(r));
    rows.push({
      section: i < Math.ceil(rowCount / 2) ? "A.1" : "B.1",
      objective,
      accomplishments: sample(r, ACCOMPLISHMENTS, 1 + Math.floor(r() * 2)),
      measures: ms.map((m) => m.text),
      targets: ms.map(({ value, unit, comparator }) => ({ value, unit, comparator })),
    });
  });
  const day = 1 + Math.floor(r() * 27);
  const month = 1 + Math.floor(r() * 3);
  return {
    name: `compact-${year}-${department.acronym.toLowerCase()}-${seed}`,
    year,
    department,
    manager: { name: mName, title: `${mTitle}, ${department.name}` },
    counterpart: { name: sg[2], title: "Secretary-General" },
    missions,
    resolutions,
    documents,
    rows,
    challenges: [
      "Adequate resources being made available by Member States.",
      "Timely recruitment of qualified staff in hardship duty stations.",
    ],
    signedOn: iso(year, month, day),
  };
}

function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Render as tab-separated text, the way text extraction of a compact usually looks. */
export function renderCompactText(c: SynthCompact): string {
  const pk = c.missions.filter((m) => m.kind === "peacekeeping");
  const pol = c.missions.filter((m) => m.kind === "political");
  const lines: string[] = [];
  lines.push(`${c.year} SENIOR MANAGER'S COMPACT`, "");
  lines.push(`Between ${c.manager.name}, ${c.manager.title}, and the Secretary-General, ${c.counterpart.name}`, "");
  lines.push(`DEPARTMENT/OFFICE: ${c.department.name}`, "");
  lines.push("A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES", "");
  lines.push("1. Programme budget:", "");
  lines.push(`My programme objectives and performance measures for the year ${c.year} are contained in:`, "");
  lines.push(`- Proposed programme budget (${c.documents[0]}), as approved by the General Assembly (${c.resolutions[0]!.symbol}, ${longDate(c.resolutions[0]!.date)}).`);
  for (const res of c.resolutions.slice(1)) lines.push(`- General Assembly resolution on related matters (${res.symbol}, ${longDate(res.date)})`);
  lines.push(`- Policies set out in ${c.documents[1]}.`, "");
  if (pk.length) {
    lines.push(`• Mandates for ${pk.length} peacekeeping operations:`, "");
    for (const m of pk) lines.push(`${m.name} (${m.acronym})`, "");
  }
  if (pol.length) {
    lines.push(`• Mandates for ${pol.length} special political missions:`, "");
    for (const m of pol) lines.push(`${m.name} (${m.acronym})`, "");
  }
  const sections = [...new Set(c.rows.map((row) => row.section))];
  for (const s of sections) {
    if (s.startsWith("B")) lines.push("B. MANAGEMENT OBJECTIVES AND PERFORMANCE MEASURES", "");
    lines.push(s.startsWith("A") ? "2. Other mandates:" : "1. Human resources management", "");
    lines.push("Objective\tExpected accomplishment\tPerformance measure");
    for (const row of c.rows.filter((x) => x.section === s)) {
      const n = Math.max(row.accomplishments.length, row.measures.length);
      for (let i = 0; i < n; i++) {
        const a = row.accomplishments[i];
        const m = row.measures[i];
        lines.push(`${i === 0 ? row.objective : ""}\t${a ? `• ${a}` : ""}\t${m ? `• ${m}` : ""}`);
      }
    }
    lines.push("");
  }
  lines.push("C. CHALLENGES AND CONSTRAINTS", "");
  for (const ch of c.challenges) lines.push(`- ${ch}`);
  lines.push("", "E. SIGNATURES", "");
  lines.push("I acknowledge the objectives stated above.", "");
  lines.push("Signature:\t", `Name and title:\tDate: ${longDate(c.signedOn)}`, `${c.manager.name}, ${c.manager.title}`, "");
  lines.push("I endorse the objectives and priorities stated in this Compact.", "");
  lines.push("Signature:\t", `${c.counterpart.name}, ${c.counterpart.title}\tDate: ${longDate(c.signedOn)}`, "");
  return lines.join("\n");
}

/** The same compact as Markdown with a GFM table per section. */
export function renderCompactMarkdown(c: SynthCompact): string {
  const text = renderCompactText(c);
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("Objective\t")) {
      out.push("| Objective | Expected accomplishment | Performance measure |", "|---|---|---|");
    } else if (line.includes("\t") && out.at(-1)?.startsWith("|")) {
      const cells = line.split("\t");
      out.push(`| ${cells.map((x) => x.replace(/\|/g, "\\|")).join(" | ")} |`);
    } else if (/^[A-E]\. [A-Z ]+$/.test(line)) out.push(`## ${line}`);
    else out.push(line.replace(/\t/g, " "));
  }
  return out.join("\n");
}
