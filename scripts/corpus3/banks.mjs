/**
 * Wording for the third compact corpus (scripts/corpus3/generate.mjs). Written fresh for this
 * corpus from what real compacts of 2006–2024 say (FORMATS.md), not copied from the seeds or from
 * scripts/corpus or scripts/corpus2. Objectives, accomplishments and measures are built from parts
 * so that no two documents repeat the same table.
 */

/** Departments and offices, with the years their name was in use and the head's title. */
export const ENTITIES = [
  { acronym: "DPKO", name: "Department of Peacekeeping Operations", from: 2006, to: 2018, head: "Under-Secretary-General for Peacekeeping Operations", missions: true, theme: "peace" },
  { acronym: "DFS", name: "Department of Field Support", from: 2007, to: 2018, head: "Under-Secretary-General for Field Support", missions: true, theme: "support" },
  { acronym: "DPA", name: "Department of Political Affairs", from: 2006, to: 2018, head: "Under-Secretary-General for Political Affairs", missions: true, theme: "political" },
  { acronym: "DPPA", name: "Department of Political and Peacebuilding Affairs", from: 2019, to: 2024, head: "Under-Secretary-General for Political and Peacebuilding Affairs", missions: true, theme: "political" },
  { acronym: "DPO", name: "Department of Peace Operations", from: 2019, to: 2024, head: "Under-Secretary-General for Peace Operations", missions: true, theme: "peace" },
  { acronym: "DOS", name: "Department of Operational Support", from: 2019, to: 2024, head: "Under-Secretary-General for Operational Support", missions: true, theme: "support" },
  { acronym: "OCHA", name: "Office for the Coordination of Humanitarian Affairs", from: 2006, to: 2024, head: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator", missions: false, theme: "humanitarian" },
  { acronym: "DESA", name: "Department of Economic and Social Affairs", from: 2006, to: 2024, head: "Under-Secretary-General for Economic and Social Affairs", missions: false, theme: "development" },
  { acronym: "ECLAC", name: "Economic Commission for Latin America and the Caribbean", from: 2006, to: 2024, head: "Executive Secretary of the Economic Commission for Latin America and the Caribbean", missions: false, theme: "regional" },
  { acronym: "ESCAP", name: "Economic and Social Commission for Asia and the Pacific", from: 2006, to: 2024, head: "Executive Secretary of the Economic and Social Commission for Asia and the Pacific", missions: false, theme: "regional" },
  { acronym: "ECA", name: "Economic Commission for Africa", from: 2006, to: 2024, head: "Executive Secretary of the Economic Commission for Africa", missions: false, theme: "regional" },
  { acronym: "DGACM", name: "Department for General Assembly and Conference Management", from: 2006, to: 2024, head: "Under-Secretary-General for General Assembly and Conference Management", missions: false, theme: "conference" },
  { acronym: "OLA", name: "Office of Legal Affairs", from: 2006, to: 2024, head: "Under-Secretary-General for Legal Affairs and United Nations Legal Counsel", missions: false, theme: "legal" },
  { acronym: "DSS", name: "Department of Safety and Security", from: 2006, to: 2024, head: "Under-Secretary-General for Safety and Security", missions: false, theme: "security" },
  { acronym: "DM", name: "Department of Management", from: 2006, to: 2018, head: "Under-Secretary-General for Management", missions: false, theme: "management" },
  { acronym: "DMSPC", name: "Department of Management Strategy, Policy and Compliance", from: 2019, to: 2024, head: "Under-Secretary-General for Management Strategy, Policy and Compliance", missions: false, theme: "management" },
  { acronym: "DPI", name: "Department of Public Information", from: 2006, to: 2018, head: "Under-Secretary-General for Communications and Public Information", missions: false, theme: "communications" },
  { acronym: "DGC", name: "Department of Global Communications", from: 2019, to: 2024, head: "Under-Secretary-General for Global Communications", missions: false, theme: "communications" },
  { acronym: "UNODC", name: "United Nations Office on Drugs and Crime", from: 2006, to: 2024, head: "Executive Director of the United Nations Office on Drugs and Crime", missions: false, theme: "crime" },
  { acronym: "ODA", name: "Office for Disarmament Affairs", from: 2007, to: 2024, head: "High Representative for Disarmament Affairs", missions: false, theme: "disarmament" },
  { acronym: "OIOS", name: "Office of Internal Oversight Services", from: 2006, to: 2024, head: "Under-Secretary-General for Internal Oversight Services", missions: false, theme: "oversight" },
  { acronym: "UNCTAD", name: "United Nations Conference on Trade and Development", from: 2006, to: 2024, head: "Secretary-General of the United Nations Conference on Trade and Development", missions: false, theme: "development" },
];

/** Invented managers (no real person's name). */
export const MANAGERS = [
  ["Helena", "Marchetti-Roux", "Ms."], ["Olufemi", "Adeyanju", "Mr."], ["Karin", "Sjöberg", "Ms."], ["Tomasz", "Wierzbicki", "Mr."],
  ["Amina", "El-Khoury", "Ms."], ["Rodrigo", "Valderrama", "Mr."], ["Mei-Ling", "Tan", "Ms."], ["Pádraig", "Ó Briain", "Mr."],
  ["Nadia", "Benslimane", "Ms."], ["Viktor", "Hallström", "Mr."], ["Ayesha", "Qureshi", "Ms."], ["Jean-Baptiste", "Mukendi", "Mr."],
  ["Lucía", "Fernández Ortega", "Ms."], ["Kwame", "Asante-Boateng", "Mr."], ["Ingrid", "Vasquez Lund", "Ms."], ["Haruto", "Kobayashi", "Mr."],
  ["Zainab", "Mohammed Idris", "Ms."], ["Stefan", "Dragomir", "Mr."], ["Fatou", "Ndiaye-Sarr", "Ms."], ["Arturo", "Pellegrini", "Mr."],
  ["Leila", "Haddad", "Ms."], ["Bogdan", "Kovalenko", "Mr."], ["Thandiwe", "Mokoena", "Ms."], ["Emeka", "Obiora", "Mr."],
];

/** The Secretary-General of each year (the counterpart). */
export const SECRETARIES_GENERAL = (year) =>
  year <= 2006 ? { name: "Kofi A. Annan", honorific: "Mr." } : year <= 2016 ? { name: "Ban Ki-moon", honorific: "Mr." } : { name: "António Guterres", honorific: "Mr." };

const VERBS = ["To strengthen", "To improve", "To enhance", "To ensure", "To promote", "To increase", "To support", "To advance", "To consolidate", "To reinforce"];

/** Objective stems by theme; each is completed with a qualifier. */
const OBJECTIVE_STEMS = {
  peace: ["the effectiveness of peacekeeping operations in protecting civilians", "the planning and deployment of uniformed capabilities", "the implementation of mandates in complex field environments", "the contribution of police components to national capacity", "cooperation with regional organizations on peace operations", "the conduct and discipline of personnel serving in the field"],
  support: ["the timely delivery of logistics and supply chain services to field missions", "the management of field mission assets and property", "the recruitment and onboarding of civilian staff for field missions", "the environmental management of field missions", "the efficiency of air and ground transport in field operations", "information and communications technology services to missions"],
  political: ["conflict prevention through good offices and mediation", "electoral assistance provided at the request of Member States", "the analysis and early warning capacity of regional divisions", "support to special political missions and envoys", "the participation of women in peace processes", "partnerships with regional and subregional organizations on prevention"],
  humanitarian: ["the coordination of humanitarian response in sudden-onset emergencies", "the quality and timeliness of humanitarian needs assessments", "the management of country-based pooled funds", "humanitarian access negotiations with parties to conflict", "advocacy on the protection of civilians affected by crises", "preparedness of national and regional response networks"],
  development: ["policy advice to Member States on sustainable development", "the quality and use of statistical data for development", "capacity development in financing for development", "intergovernmental support on population and social policy", "the follow-up to global development conferences", "analytical work on trade and investment for developing countries"],
  regional: ["regional cooperation on trade facilitation and connectivity", "the statistical capacity of member countries of the region", "policy dialogue on social protection and inclusive growth", "regional responses to disaster risk and climate change", "support to least developed and landlocked countries of the region", "the regional follow-up to the sustainable development agenda"],
  conference: ["the timely issuance of pre-session documentation", "the quality and efficiency of translation and interpretation services", "the planning of meetings and conference servicing", "the use of technology in conference management", "the multilingual processing of official documents"],
  legal: ["legal advice to the Organization and its principal organs", "the registration and publication of treaties", "the progressive development of international trade law", "support to international and hybrid tribunals", "the protection of the Organization's privileges and immunities"],
  security: ["the safety and security of personnel and premises", "security risk management in high-risk duty stations", "the training of security personnel and staff members", "crisis management and security information analysis", "the coordination of the security management system"],
  management: ["the financial management and budget performance of the Secretariat", "the accountability framework and delegation of authority", "the timeliness of recruitment and staff selection", "procurement practices and vendor management", "the implementation of the enterprise resource planning system", "the management of the capital and facilities portfolio"],
  communications: ["public awareness of the work of the Organization", "the reach of multilingual news and social media content", "partnerships with civil society and educational institutions", "the management of the network of information centres", "library and knowledge services to delegations"],
  crime: ["Member States' capacity to counter transnational organized crime", "technical assistance on drug prevention and treatment", "the ratification and implementation of the conventions against corruption", "the collection and analysis of crime and drug data", "border management and the countering of illicit trafficking"],
  disarmament: ["support to multilateral disarmament negotiations", "the implementation of the Programme of Action on small arms and light weapons", "regional disarmament centres' assistance to Member States", "disarmament education and outreach", "transparency in armaments and confidence-building measures"],
  oversight: ["the timeliness and quality of internal audit reports", "the investigation of reported misconduct", "the evaluation of programme performance and results", "the follow-up of oversight recommendations by programme managers", "risk-based planning of oversight work"],
};
const OBJECTIVE_TAILS = ["", "", " in line with the strategic framework", " through better use of resources", " at Headquarters and in the field", " in accordance with the relevant General Assembly mandates", " within approved resources", " for the biennium"];

/** Managerial objectives (shared by all). */
export const MANAGERIAL_OBJECTIVES = [
  "To achieve gender parity at all levels of staff of the department",
  "To improve the geographical diversity of the staff",
  "To ensure full compliance with the financial regulations and rules",
  "To implement accepted oversight recommendations in a timely manner",
  "To promote a culture of accountability, ethics and integrity",
  "To improve the timeliness of the selection of candidates for vacant posts",
  "To strengthen the management of extrabudgetary resources",
  "To reduce the environmental footprint of the department's operations",
  "To ensure the mandatory training of all staff members",
  "To improve the flexible working arrangements and well-being of staff",
  "To strengthen the internal controls and risk management of the office",
];

const ACC_HEADS = ["Improved", "Enhanced", "Increased", "Strengthened", "Greater"];
const ACC_BODIES = [
  "capacity of national institutions to implement reforms", "satisfaction of Member States with the services provided", "use of evidence-based analysis in decision-making",
  "delivery of mandated reports to intergovernmental bodies", "coherence of system-wide responses", "coordination with the specialized agencies, funds and programmes",
  "follow-up on the recommendations of expert groups", "access of beneficiaries to field-based services", "identification of emerging risks and opportunities",
  "participation of civil society in consultative processes", "compliance with the financial and staff regulations", "efficiency of administrative workflows",
  "quality of technical assistance to requesting countries", "representation of women in senior positions", "awareness of stakeholders of the Organization's priorities",
  "readiness of troop- and police-contributing countries", "follow-up to decisions of the governing bodies", "affirmation of commitments by the parties",
  "efficiency in the management of financial resources", "influence of the Organization's flagship publications",
];

const THINGS = [
  ["reports", "submitted to the legislative bodies"], ["requests for assistance", "answered"], ["audit recommendations", "implemented"], ["staff members", "trained"],
  ["country missions", "conducted"], ["policy briefs", "issued"], ["vacancies", "filled"], ["documents", "processed"], ["workshops", "held"], ["assessments", "finalized"],
  ["grant agreements", "signed"], ["procurement cases", "reviewed"], ["field visits", "completed"], ["inquiries", "closed"], ["projects", "evaluated"],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Risks and their mitigations (one cell item = "risk; mitigation."). */
const RISKS = [
  ["Insufficient extrabudgetary funding", "resource mobilization strategy updated with donors"], ["Volatile security conditions", "remote programming and contingency plans"],
  ["Delays in recruitment", "rosters of pre-cleared candidates"], ["Competing priorities of Member States", "regular informal briefings"],
  ["High vacancy rates in field offices", "temporary assignments and surge capacity"], ["Limited national data", "joint data collection with national statistical offices"],
  ["Turnover of government counterparts", "institutional agreements rather than personal contacts"], ["Disruption of information systems", "business continuity plan tested annually"],
  ["Late submission of inputs by other offices", "agreed calendar with focal points"], ["Changes in the political situation", "scenario-based planning reviewed each quarter"],
];

const CHALLENGES = [
  "The unpredictability of voluntary contributions limits long-term planning.", "Liquidity constraints have delayed the filling of several posts.",
  "The growing number of mandates is not matched by additional resources.", "Coordination across duty stations remains difficult during the transition to the new system.",
  "Access restrictions in several countries affect the delivery of programmes.", "High staff turnover in the field continues to weaken institutional memory.",
  "The late adoption of the budget shortened the implementation period.", "Fragmented data systems make results difficult to measure consistently.",
];

export function makeWording(rng, year, theme) {
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
  const usedObj = new Set();
  const objective = () => {
    for (let k = 0; k < 50; k++) {
      const stem = pick(OBJECTIVE_STEMS[theme] ?? OBJECTIVE_STEMS.development);
      const verb = pick(VERBS);
      if (stem.startsWith(verb.slice(3))) continue; // no "To support support to …"
      const o = `${verb} ${stem}${pick(OBJECTIVE_TAILS)}`;
      const key = stem;
      if (!usedObj.has(key) || k > 40) { usedObj.add(key); return `${o}${rng() < 0.7 ? "." : ""}`; }
    }
    throw new Error("objective bank exhausted");
  };
  const managerial = () => {
    for (let k = 0; k < 50; k++) {
      const o = pick(MANAGERIAL_OBJECTIVES);
      if (!usedObj.has(o)) { usedObj.add(o); return `${o}.`; }
    }
    throw new Error("managerial bank exhausted");
  };
  const accomplishment = () => `${pick(ACC_HEADS)} ${pick(ACC_BODIES)}.`;
  const measure = () => {
    const [thing, done] = pick(THINGS);
    const y0 = year - 1;
    switch (int(0, 6)) {
      case 0: return `${int(60, 98)}% of ${thing} ${done} on time.`;
      case 1: return `At least ${int(4, 60)} ${thing} ${done} by ${pick(MONTHS)} ${year}.`;
      case 2: { const a = int(40, 120); return `Reduction in the average time for ${thing} to be ${done} from ${a} days in ${y0} to ${int(10, a - 5)} days in ${year}.`; }
      case 3: return `${thing[0].toUpperCase()}${thing.slice(1)} ${done} within ${int(5, 30)} working days (${y0}: ${int(31, 60)} days).`;
      case 4: return `${int(70, 95)} per cent of clients rate the services as satisfactory or better.`;
      case 5: return `All ${thing} ${done} in accordance with the Secretary-General's bulletin.`;
      default: return `Number of ${thing} ${done} increased to ${int(12, 90)} from ${int(5, 11)} in ${y0}.`;
    }
  };
  /** An indicator (the measure cell where a Baseline/Target column holds the number). */
  const indicator = () => {
    const [thing, done] = pick(THINGS);
    const kind = int(0, 2);
    if (kind === 0) { const b = int(30, 70); return { text: `Percentage of ${thing} ${done} on time`, baseline: `${b}% (${year - 1})`, target: `${Math.min(100, b + int(5, 25))}%` }; }
    if (kind === 1) { const b = int(3, 20); return { text: `Number of ${thing} ${done}`, baseline: `${b}`, target: `${b + int(2, 15)}` }; }
    const b = int(30, 90); return { text: `Average number of days for ${thing} to be ${done}`, baseline: `${b} days`, target: `${int(10, b - 5)} days` };
  };
  const risk = () => { const [r, m] = pick(RISKS); return `${r}; ${m}.`; };
  const challenge = () => pick(CHALLENGES);
  return { objective, managerial, accomplishment, measure, indicator, risk, challenge };
}
