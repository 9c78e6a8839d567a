/**
 * Wording of the sixth compact corpus, written for it (not taken from the seeds or the other
 * generators). Objectives, accomplishments, measures (with a {n}/{m}/{y} template: numbers and the
 * year filled in by generate.mjs), indicators with a baseline/target kind, risks and challenges,
 * per family of offices; the entities under the names they had each year; invented people.
 */

/** Families of work. Each objective text is unique across the whole bank (rows are matched by objective). */
export const FAMILIES = {
  peace: {
    objectives: [
      "To improve the speed with which newly mandated operations reach initial operating capability",
      "To strengthen the protection of civilians by uniformed components in high-risk areas.",
      "To align mission concepts of operations with evolving Security Council mandates.",
      "To increase the share of women among deployed military observers and staff officers.",
      "To reinforce accountability for conduct and discipline in field operations.",
      "To deepen triangular cooperation with troop- and police-contributing countries.",
      "To prepare drawdown and transition plans together with the country teams.",
      "To raise the performance of formed police units through evaluation and training",
      "To sharpen situational awareness through joint operations and analysis centres.",
      "To professionalize the rule of law and corrections support offered to host States.",
    ],
    accomplishments: [
      "Mission start-up milestones reached within the planned timelines.",
      "Operational readiness of contingents verified before and after deployment.",
      "Threat assessments shared with sectors in time for patrol planning.",
      "Conduct and discipline cases registered and followed up in a single system.",
      "Transition benchmarks agreed with host Governments.",
      "Troop- and police-contributing countries consulted before mandate renewals.",
      "Uniformed capability gaps identified and filled from the readiness system.",
      "Corrections facilities in host countries meeting minimum standards.",
    ],
    measures: [
      "Initial operating capability of new missions reached within {n} days of the mandate.",
      "{p} of military units evaluated against the operational readiness standards by {mon} {y}.",
      "Share of women among military observers raised from {a}% in {y0} to {b}% in {y}.",
      "All allegations of serious misconduct referred for investigation within {d} days.",
      "At least {n} joint protection plans adopted by mission sectors.",
      "Meetings with troop- and police-contributing countries held before each of the {n} renewals.",
      "Reduction in the average time to fill a uniformed capability gap from {big} days in {y0} to {small} days in {y}.",
      "{p} of patrols in high-risk areas planned on a current threat assessment.",
    ],
    indicators: [
      ["Number of days to reach initial operating capability", "days"],
      ["Percentage of units evaluated against readiness standards", "pct"],
      ["Share of women among military observers", "pct"],
      ["Number of joint protection plans adopted", "count"],
      ["Average days to refer misconduct allegations", "days"],
      ["Percentage of transition benchmarks met", "pct"],
    ],
  },
  political: {
    objectives: [
      "To prevent the escalation of violent conflict through early and discreet diplomacy.",
      "To give envoys and special political missions consistent guidance from Headquarters",
      "To widen the participation of women in political processes the Organization supports.",
      "To help Member States hold credible and peaceful elections on request.",
      "To make mediation support available to parties within days rather than weeks.",
      "To strengthen partnerships with regional and subregional organizations on prevention.",
      "To improve the quality of the analysis presented to the Security Council.",
      "To make peacebuilding financing faster and more catalytic.",
      "To keep the Counter-Terrorism Committee informed through timely briefings",
    ],
    accomplishments: [
      "Standby mediation experts deployed at short notice.",
      "Regional organizations sharing early-warning assessments with the Secretariat.",
      "Electoral needs assessments completed before assistance is agreed.",
      "Integrated guidance issued to field-based political missions.",
      "Women participating in delegations to peace talks.",
      "Security Council members rating the briefings as useful.",
      "Peacebuilding projects approved within the agreed timelines.",
    ],
    measures: [
      "Standby team members deployed within {h} hours of {n} requests.",
      "Electoral needs assessments completed within {d} working days ({y0}: {big} days).",
      "{p} of Security Council members rating briefings as useful.",
      "Joint analysis with at least {n} regional organizations by {mon} {y}.",
      "Increase in the number of women in delegations to talks from {a} in {y0} to {b} in {y}.",
      "Peacebuilding projects approved within {d} days of submission.",
      "Guidance notes issued to all {n} special political missions.",
    ],
    indicators: [
      ["Hours to deploy standby mediation experts", "hours"],
      ["Percentage of Council members rating briefings useful", "pct"],
      ["Number of joint analyses with regional organizations", "count"],
      ["Working days to complete electoral needs assessments", "days"],
      ["Share of peacebuilding projects approved on time", "pct"],
    ],
  },
  support: {
    objectives: [
      "To shorten supply chain lead times for goods shipped to field missions.",
      "To put in place environmentally responsible waste management in every mission.",
      "To bring the vacancy rate of field missions within the budgeted range",
      "To secure reliable and secure connectivity for remote team sites.",
      "To settle troop and equipment reimbursements without arrears.",
      "To modernize the management of the fleet of light passenger vehicles.",
      "To reduce the environmental footprint of mission camps.",
      "To streamline the onboarding of newly recruited field staff",
    ],
    accomplishments: [
      "Goods delivered to missions within the agreed lead times.",
      "Mission camps treating wastewater to the prescribed standard.",
      "Vacancies in field missions filled from rosters.",
      "Team sites connected through redundant links.",
      "Reimbursements to contributing countries paid on schedule.",
      "Vehicle holdings aligned with the standard ratios.",
      "Renewable energy supplying a growing share of camp power.",
    ],
    measures: [
      "Average lead time for priority shipments cut from {big} to {small} days.",
      "{p} of mission camps with wastewater treatment meeting the standard.",
      "Vacancy rate of international field posts at or below {a}% by {mon} {y}.",
      "Connectivity available {b}% of the time at all team sites.",
      "Reimbursement claims settled within {d} days of certification.",
      "Reduction of light passenger vehicles by {n} units against the ratio.",
      "Renewable sources supplying at least {a}% of camp power in {y}.",
      "Onboarding of field staff completed within {d} days of selection.",
    ],
    indicators: [
      ["Average lead time for priority shipments", "days"],
      ["Vacancy rate of international field posts", "pct"],
      ["Share of camp power from renewable sources", "pct"],
      ["Days to settle certified reimbursement claims", "days"],
      ["Number of team sites with redundant links", "count"],
    ],
  },
  humanitarian: {
    objectives: [
      "To release pooled funds quickly enough to save lives in sudden-onset emergencies.",
      "To strengthen the leadership of humanitarian coordinators in the field.",
      "To base humanitarian response plans on joint and impartial needs assessments",
      "To advocate for humanitarian access and the protection of aid workers.",
      "To link humanitarian, development and peace efforts around collective outcomes.",
      "To improve information on who does what, where, in each crisis.",
    ],
    accomplishments: [
      "Central Emergency Response Fund allocations disbursed rapidly.",
      "Humanitarian coordinators trained and supported.",
      "Joint needs overviews published ahead of the appeal.",
      "Access constraints documented and raised with parties.",
      "Collective outcomes agreed in protracted crises.",
    ],
    measures: [
      "Rapid response allocations approved within {d} working days of a final request.",
      "{p} of humanitarian coordinators completing the induction programme.",
      "Needs overviews published for all {n} countries with a response plan.",
      "Access incidents reported in {a} countries, up from {small} in {y0}.",
      "Collective outcomes agreed in at least {n} protracted crises by {mon} {y}.",
      "Increase in the share of country pooled funds channelled to local partners from {a}% to {b}%.",
    ],
    indicators: [
      ["Working days to approve rapid response allocations", "days"],
      ["Number of countries with a joint needs overview", "count"],
      ["Share of pooled funds going to local partners", "pct"],
      ["Percentage of coordinators completing induction", "pct"],
    ],
  },
  comms: {
    objectives: [
      "To widen the audiences reached by the Organization in all six official languages.",
      "To make the news service the first source for United Nations stories.",
      "To strengthen the network of information centres in developing countries",
      "To keep library and archival collections open to researchers online.",
      "To campaign for the Sustainable Development Goals with partners in media.",
    ],
    accomplishments: [
      "Content published in the six official languages at the same time.",
      "Wider use of the news service by media outlets.",
      "Information centres running outreach with local partners.",
      "Digitized collections available online.",
      "Media partners carrying campaign content.",
    ],
    measures: [
      "{p} of web content published in all official languages within {d} days.",
      "Unique visitors to the news site up from {a} million in {y0} to {b} million in {y}.",
      "At least {n} outreach events held by information centres.",
      "{n} thousand documents digitized and placed online by {mon} {y}.",
      "Media partners grown to {n} outlets in {y}.",
    ],
    indicators: [
      ["Percentage of web content in all official languages", "pct"],
      ["Number of outreach events by information centres", "count"],
      ["Number of media partners carrying campaigns", "count"],
    ],
  },
  regional: {
    objectives: [
      "To deepen regional economic integration through trade facilitation.",
      "To help member States mainstream the 2030 Agenda into national plans.",
      "To strengthen national statistical systems across the region",
      "To advance gender-responsive policies in national budgets.",
      "To support member States in adapting to climate risks.",
      "To promote sustainable energy and transport connectivity among member States.",
      "To improve the policy relevance of the flagship economic survey.",
    ],
    accomplishments: [
      "Member States adopting trade facilitation measures the Commission recommended.",
      "National plans aligned with the Sustainable Development Goals.",
      "Statistical offices producing core indicators to international standards.",
      "Budgets tagged for gender equality in pilot countries.",
      "Climate risk assessments used in national investment plans.",
      "The economic survey cited in policy debates.",
    ],
    measures: [
      "At least {n} member States adopting recommended trade facilitation measures.",
      "{n} national plans reviewed for alignment with the Goals by {mon} {y}.",
      "Statistical offices producing core indicators increased from {small} to {a}.",
      "Gender budget tagging piloted in {n} countries.",
      "{p} of participants in workshops rating them useful.",
      "Survey downloads rising to {n} thousand in {y}.",
    ],
    indicators: [
      ["Number of member States adopting trade measures", "count"],
      ["Number of statistical offices meeting standards", "count"],
      ["Percentage of participants rating workshops useful", "pct"],
      ["Number of national plans reviewed", "count"],
    ],
  },
  conference: {
    objectives: [
      "To issue pre-session documents on time in all official languages.",
      "To service meetings of intergovernmental bodies without disruption.",
      "To manage the calendar of conferences within the approved resources",
      "To move documentation and meeting services to paper-smart workflows.",
    ],
    accomplishments: [
      "Pre-session documents issued six weeks before their meeting.",
      "Meetings serviced as scheduled.",
      "Utilization of conference services above the benchmark.",
      "Paper-smart services offered to delegations.",
    ],
    measures: [
      "{p} of pre-session documents issued on time.",
      "All {n} scheduled meetings serviced without cancellation.",
      "Utilization factor of conference services at {b}% or more.",
      "Printed copies reduced by {a}% compared with {y0}.",
    ],
    indicators: [
      ["Percentage of pre-session documents issued on time", "pct"],
      ["Utilization factor of conference services", "pct"],
      ["Number of meetings serviced on request", "count"],
    ],
  },
};

/** Managerial objectives every office has (a second table or part B). */
export const MANAGERIAL = {
  objectives: [
    "To reach gender parity among staff at the P-5 level and above.",
    "To implement the recommendations of oversight bodies on time.",
    "To spend the approved budget in line with the planned programme.",
    "To improve the geographical diversity of the workforce",
    "To complete performance evaluations for all staff by the deadline.",
    "To meet the targets of the accessibility and disability inclusion strategy.",
    "To hold staff to the required standards of ethics and integrity.",
    "To cut official travel emissions through remote meetings.",
    "To make timely decisions on the selection of candidates",
    "To take up the delegation of authority framework in full.",
  ],
  accomplishments: [
    "Gender balance improved at senior levels.",
    "Oversight recommendations closed within the deadlines set.",
    "Budget implementation consistent with the approved plan.",
    "Staff from unrepresented Member States recruited.",
    "Performance cycle completed on schedule.",
    "Workplace accessibility improved.",
    "Financial disclosure statements filed on time.",
    "Recruitment completed within the benchmark.",
  ],
  measures: [
    "Women holding {a}% of posts at P-5 and above, up from {small}% in {y0}.",
    "{p} of oversight recommendations implemented within the set deadline.",
    "Budget implementation rate between {a}% and {b}%.",
    "{n} candidates from unrepresented Member States selected.",
    "Performance evaluations completed for {p} of staff by {mon} {y}.",
    "Air travel reduced by {a}% against the {y0} level.",
    "All staff required to file financial disclosure statements having done so by {mon} {y}.",
    "Average time from posting to selection of {d} days or fewer.",
    "Reduction in average recruitment time from {big} days in {y0} to {small} days in {y}.",
  ],
  indicators: [
    ["Share of women at P-5 and above", "pct"],
    ["Percentage of oversight recommendations implemented", "pct"],
    ["Average days from posting to selection", "days"],
    ["Budget implementation rate", "pct"],
    ["Percentage of evaluations completed on time", "pct"],
    ["Number of staff from unrepresented Member States", "count"],
  ],
};

export const RISKS = [
  "Funding shortfalls; priorities agreed with donors in advance.",
  "Security restrictions on movement; remote monitoring arrangements.",
  "Delays in recruitment of specialists; rosters kept current.",
  "Competing demands on senior staff; clear delegation of tasks.",
  "Host Government consent withdrawn; regular high-level dialogue.",
  "Vendor performance; contracts with performance clauses.",
  "Insufficient data from member States; technical support to statistics offices.",
  "Liquidity constraints; spending plans reviewed every quarter.",
  "Staff turnover; handover notes and cross-training.",
];

export const CHALLENGES = [
  "The liquidity situation of the Organization constrains the timing of recruitment and procurement.",
  "Mandates continue to expand faster than the resources approved to deliver them.",
  "The security situation in several duty stations limits the movement of staff.",
  "Legacy information systems make consolidated reporting slow.",
  "Coordination with agencies, funds and programmes depends on shared planning cycles.",
  "Extrabudgetary contributions remain unpredictable from one year to the next.",
];

export const FIRST = ["Adaeze", "Tomas", "Ingrid", "Rafael", "Mei-Lin", "Omar", "Sigrid", "Kwabena", "Lucía", "Dmitri", "Anjali", "Pieter", "Fatoumata", "Joaquim", "Helga", "Yusuf", "Carmen", "Nikolai", "Amara", "Bernard"];
export const LAST = ["Okonkwo", "Lindqvist", "Varga", "Hosseini", "Castellanos", "Tanaka-Reyes", "Mbeki-Sowah", "Rasmussen", "Oyelaran", "Fontaine", "Bhattacharya", "Kovalenko", "Achterberg", "Nascimento", "Diallo", "Whitcombe", "Sorensen", "Alvarado", "Haddad", "Kimura"];

/** The Secretary-General of the year (counterpart). */
export function secretaryGeneral(year) {
  if (year <= 2006) return { name: "Kofi A. Annan", title: "Secretary-General", mr: "Mr." };
  if (year <= 2016) return { name: "Ban Ki-moon", title: "Secretary-General", mr: "Mr." };
  return { name: "António Guterres", title: "Secretary-General", mr: "Mr." };
}

/**
 * Offices: family, name by year, head's title by year, acronym by year, what missions they list
 * ("peacekeeping", "political" or null), the budget section number.
 */
export const OFFICES = [
  { key: "dpko", family: "peace", missions: "peacekeeping", sect: 5, by: (y) => (y <= 2018 ? ["Department of Peacekeeping Operations", "DPKO", "Under-Secretary-General for Peacekeeping Operations"] : ["Department of Peace Operations", "DPO", "Under-Secretary-General for Peace Operations"]) },
  { key: "dfs", family: "support", missions: "peacekeeping", sect: 5, from: 2008, by: (y) => (y <= 2018 ? ["Department of Field Support", "DFS", "Under-Secretary-General for Field Support"] : ["Department of Operational Support", "DOS", "Under-Secretary-General for Operational Support"]) },
  { key: "dpa", family: "political", missions: "political", sect: 3, by: (y) => (y <= 2018 ? ["Department of Political Affairs", "DPA", "Under-Secretary-General for Political Affairs"] : ["Department of Political and Peacebuilding Affairs", "DPPA", "Under-Secretary-General for Political and Peacebuilding Affairs"]) },
  { key: "ocha", family: "humanitarian", missions: null, sect: 27, by: () => ["Office for the Coordination of Humanitarian Affairs", "OCHA", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator"] },
  { key: "dpi", family: "comms", missions: null, sect: 28, by: (y) => (y <= 2019 ? ["Department of Public Information", "DPI", "Under-Secretary-General for Communications and Public Information"] : ["Department of Global Communications", "DGC", "Under-Secretary-General for Global Communications"]) },
  { key: "dm", family: "support", missions: null, sect: 29, by: (y) => (y <= 2018 ? ["Department of Management", "DM", "Under-Secretary-General for Management"] : ["Department of Management Strategy, Policy and Compliance", "DMSPC", "Under-Secretary-General for Management Strategy, Policy and Compliance"]) },
  { key: "eca", family: "regional", missions: null, sect: 18, by: () => ["Economic Commission for Africa", "ECA", "Executive Secretary of the Economic Commission for Africa"] },
  { key: "escap", family: "regional", missions: null, sect: 19, by: () => ["Economic and Social Commission for Asia and the Pacific", "ESCAP", "Executive Secretary of the Economic and Social Commission for Asia and the Pacific"] },
  { key: "eclac", family: "regional", missions: null, sect: 21, by: () => ["Economic Commission for Latin America and the Caribbean", "ECLAC", "Executive Secretary of the Economic Commission for Latin America and the Caribbean"] },
  { key: "escwa", family: "regional", missions: null, sect: 22, by: () => ["Economic and Social Commission for Western Asia", "ESCWA", "Executive Secretary of the Economic and Social Commission for Western Asia"] },
  { key: "dgacm", family: "conference", missions: null, sect: 2, by: () => ["Department for General Assembly and Conference Management", "DGACM", "Under-Secretary-General for General Assembly and Conference Management"] },
  { key: "dss", family: "support", missions: null, sect: 34, by: () => ["Department of Safety and Security", "DSS", "Under-Secretary-General for Safety and Security"] },
];

/** Unit text of an indicator's baseline/target value. */
export function valueText(kind, v) {
  if (kind === "pct") return `${v}%`;
  if (kind === "days") return `${v} days`;
  if (kind === "hours") return `${v} hours`;
  return String(v);
}
