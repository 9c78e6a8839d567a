/**
 * Word banks of the fifteenth corpus (scripts/corpus15/generate.mjs), written new for it: offices no
 * earlier corpus bank names (the Executive Office of the Secretary-General, the Office of the Special
 * Adviser on the Responsibility to Protect, the Office of Investment Management of the Pension Fund,
 * and three political offices — UNOAU, UNRCCA, UNSCOL), their heads' titles, budget sections,
 * objectives, accomplishments, indicators (a value range and a unit), challenges, footnotes for
 * cells, and a managerial bank. Names of managers are invented.
 */
export const FIRST = ["Adaeze", "Birgit", "Casimir", "Dalia", "Emeka", "Fernanda", "Gunnar", "Hiroko", "Idris", "Jelena", "Kwabena", "Lucía", "Matthias", "Nadia", "Olumide", "Paulina", "Rustam", "Saoirse", "Thandiwe", "Umberto", "Vesna", "Wei", "Yolanda", "Zainab"];
export const LAST = ["Achterberg", "Balogun", "Cárdenas", "Dimitriou", "Eze-Nwosu", "Falk", "Gallagher", "Haddad", "Ishikawa", "Janković", "Kariuki", "Lévesque", "Moreau-Diallo", "Nurmagambetov", "Okonkwo", "Pellegrini", "Rahimova", "Sandoval", "Thorsen", "Umarov", "Vasquez", "Wróblewski", "Yilmaz", "Zubiri"];

/** Indicators: `t` the measure as printed without a value; `unit` %, number or days; values drawn in lo..hi. */
const pct = (t, lo = 50, hi = 97) => ({ t, unit: "%", lo, hi });
const num = (t, lo, hi) => ({ t, unit: "number", lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: "Executive Office of the Secretary-General", acronym: "EOSG", head: "Chef de Cabinet", years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To ensure that decisions of the Secretary-General are prepared on the basis of complete and timely analysis",
      "To coordinate the positions of Secretariat entities before meetings of the Policy Committee",
      "To follow up systematically on the decisions taken by the senior management group",
      "To strengthen the coherence of messages delivered by the Secretary-General to Member States",
      "To manage the correspondence of the Secretary-General within established deadlines",
      "To support the Deputy Secretary-General in overseeing system-wide development reform",
      "To keep Member States informed of the Secretary-General's priorities through regular briefings",
      "To prepare the annual report of the Secretary-General on the work of the Organization",
      "To bring early warning from the field to the attention of the Secretary-General",
    ],
    accomplishments: [
      "Decision papers submitted to the Secretary-General with all required inputs",
      "Policy Committee decisions recorded and circulated within two working days",
      "Implementation of senior management decisions tracked and reported quarterly",
      "Speeches and statements cleared through a single review process",
      "Official correspondence answered within the service standard",
      "Informal briefings to regional groups held as scheduled",
      "Annual report on the work of the Organization issued on time",
      "Early warning notes escalated to the principals without delay",
    ],
    indicators: [
      pct("Decision papers received complete at first submission"), days("Average working days to circulate Policy Committee decisions", 1, 6),
      pct("Senior management decisions implemented by the agreed date", 45, 90), num("Briefings to regional groups of Member States", 6, 30),
      pct("Letters to Heads of State answered within 10 working days", 55, 95), days("Days between receipt and clearance of a draft statement", 2, 9),
      num("Early warning notes brought to the Secretary-General", 12, 60), pct("Departments contributing to the annual report by the deadline", 70, 100),
    ],
    challenges: ["The volume of requests addressed to the Secretary-General continues to grow faster than the capacity of the Office.", "Inputs from departments often arrive after the internal deadlines.", "Follow-up on decisions depends on the goodwill of entities outside the Office's authority.", "Competing crises compress the time available for policy analysis."],
  },
  {
    name: "Office of the Special Adviser on the Responsibility to Protect", acronym: "OSAPR", head: "Special Adviser of the Secretary-General on the Responsibility to Protect", years: [2008, 2024], sect: "3", missions: false,
    objectives: [
      "To advance the conceptual, political and operational development of the responsibility to protect",
      "To help Member States identify risk factors for atrocity crimes at the national level",
      "To build a network of national focal points for the responsibility to protect",
      "To integrate atrocity prevention into the analysis of United Nations country teams",
      "To prepare the annual report of the Secretary-General on the responsibility to protect",
      "To support regional organizations in developing early warning mechanisms for atrocity crimes",
      "To train civil society organizations in monitoring situations of concern",
      "To engage Member States in an informal interactive dialogue each year",
      "To raise awareness of the framework of analysis for atrocity crimes",
    ],
    accomplishments: [
      "National focal points appointed and meeting regularly",
      "Risk assessments shared with the Secretary-General before situations deteriorate",
      "Country teams applying the framework of analysis in their planning",
      "Annual report presented to the General Assembly as mandated",
      "Regional early warning mechanisms reviewed with the Office's advice",
      "Civil society monitors trained in the use of the framework",
      "Member States participating in the informal interactive dialogue",
    ],
    indicators: [
      num("National focal points in the global network", 30, 65), num("Country teams trained in the framework of analysis", 4, 22),
      pct("Risk assessments delivered within the agreed time", 60, 95), num("Member States speaking in the interactive dialogue", 45, 90),
      num("Civil society monitors trained", 40, 260), num("Regional workshops on early warning", 2, 9),
      days("Days to issue a note on an emerging situation", 2, 12), pct("Workshop participants rating the training as useful", 70, 98),
    ],
    challenges: ["Discussion of the concept remains politically sensitive for some Member States.", "The Office depends on extrabudgetary resources for most of its training.", "Information on emerging situations is uneven across regions.", "Country teams rarely have staff dedicated to atrocity prevention."],
  },
  {
    name: "Office of Investment Management of the United Nations Joint Staff Pension Fund", acronym: "OIM", head: "Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund", years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To achieve a long-term real rate of return on the assets of the Fund of at least 3.5 per cent",
      "To preserve the principal of the Fund through diversification across asset classes and currencies",
      "To keep the investment costs of the Fund below those of its peer group",
      "To integrate environmental, social and governance factors into every investment decision",
      "To complete the migration of the portfolio to a new trade order management system",
      "To strengthen compliance monitoring of the investment policy statement",
      "To report transparently to the Pensions Board and the Investments Committee",
      "To reduce the carbon footprint of the public equity portfolio",
      "To diversify the private markets programme by vintage year and region",
    ],
    accomplishments: [
      "Real rate of return measured over rolling fifteen-year periods",
      "Asset allocation kept within the limits approved by the Representative",
      "Investment costs reported against an external benchmark",
      "Sustainable investment criteria applied to all new mandates",
      "Trade order management system in production for all asset classes",
      "Breaches of the investment policy detected and resolved promptly",
      "Quarterly performance reports issued to the Investments Committee",
      "Carbon footprint of listed equities measured and disclosed",
    ],
    indicators: [
      pct("Asset classes within their approved allocation ranges", 80, 100), num("Basis points of total investment cost", 7, 25),
      days("Days to resolve a detected breach of the investment policy", 1, 10), pct("New mandates screened against sustainable investment criteria", 60, 100),
      num("Private market commitments approved", 5, 30), pct("Trades processed straight through without manual intervention", 75, 99),
      pct("Reduction in the carbon footprint of listed equities", 10, 45), days("Days after quarter end to issue the performance report", 20, 45),
    ],
    challenges: ["Market volatility may make the long-term return target difficult to reach in any single year.", "Recruitment of investment officers is slowed by the pay gap with the private sector.", "Reliance on legacy systems exposes operations to manual errors.", "Low interest rates reduce the expected return of the fixed income portfolio."],
  },
  {
    name: "United Nations Office to the African Union", acronym: "UNOAU", head: "Special Representative of the Secretary-General to the African Union and Head of the United Nations Office to the African Union", years: [2011, 2024], sect: "3", missions: true,
    objectives: [
      "To strengthen the strategic partnership between the United Nations and the African Union in peace and security",
      "To support the African Union Commission in planning and managing its peace support operations",
      "To align the annual conferences of the Security Council and the Peace and Security Council",
      "To enhance joint analysis of conflict situations with the African Union Commission",
      "To support the operationalization of the African Standby Force",
      "To help the African Union Commission mainstream gender in its peace and security work",
      "To coordinate United Nations support to African Union mediation efforts",
      "To strengthen cooperation on the protection of civilians in African Union operations",
      "To support the African Union in meeting its compliance framework on human rights",
    ],
    accomplishments: [
      "Joint framework for an enhanced partnership implemented and reviewed annually",
      "African Union peace support operations planned with United Nations advice",
      "Annual joint consultative meeting held with an agreed communiqué",
      "Joint horizon-scanning sessions held with the African Union Commission",
      "Standby Force rosters verified with United Nations support",
      "Women mediators deployed through the FemWise-Africa network",
      "Conduct and discipline standards adopted by African Union missions",
    ],
    indicators: [
      num("Joint horizon-scanning sessions held", 3, 12), num("Planning teams supported by the Office", 2, 10),
      pct("Recommendations of the annual joint review implemented", 40, 85), num("Women mediators deployed with the Office's support", 5, 40),
      num("African Union staff trained in mission planning", 30, 180), days("Days to deploy a planning expert on request", 5, 30),
      pct("Joint field missions with reports issued within 30 days", 50, 95), num("Desk-to-desk meetings held", 2, 8),
    ],
    challenges: ["Predictable financing of African Union peace support operations is not yet agreed.", "Frequent changes in the leadership of the Commission's departments slow joint planning.", "The Office's small staff covers a wide range of thematic requests.", "Security conditions limit joint field missions."],
  },
  {
    name: "United Nations Regional Centre for Preventive Diplomacy for Central Asia", acronym: "UNRCCA", head: "Special Representative of the Secretary-General for Central Asia and Head of the United Nations Regional Centre for Preventive Diplomacy for Central Asia", years: [2008, 2024], sect: "3", missions: true,
    objectives: [
      "To help the Governments of Central Asia manage transboundary water and energy resources peacefully",
      "To monitor and analyse developments that could threaten stability in the region",
      "To facilitate dialogue among the Central Asian States on shared security threats",
      "To support the implementation of the Joint Plan of Action for the United Nations Global Counter-Terrorism Strategy in Central Asia",
      "To promote the participation of women and youth in preventive diplomacy",
      "To strengthen regional capacity to prevent violent extremism",
      "To support cross-border cooperation on the consequences of developments in Afghanistan",
      "To build the preventive diplomacy skills of young diplomats of the region",
    ],
    accomplishments: [
      "Regular consultations held with the deputy foreign ministers of the region",
      "Early warning reports submitted to Headquarters on emerging tensions",
      "Water and energy dialogues convened with the participation of all five States",
      "Regional action plans on counter-terrorism reviewed and updated",
      "Women's networks engaged in the Centre's preventive work",
      "Young diplomats graduating from the preventive diplomacy academy",
      "Border authorities cooperating on shared threats",
    ],
    indicators: [
      num("Meetings of deputy foreign ministers convened", 1, 4), num("Early warning reports submitted to Headquarters", 6, 24),
      pct("Central Asian States participating in regional dialogues", 60, 100), num("Young diplomats trained", 20, 90),
      num("Women participants in preventive diplomacy events", 25, 150), days("Days to convene an emergency consultation", 2, 14),
      pct("Action plan measures implemented on schedule", 40, 80), num("Expert-level meetings on water and energy", 2, 10),
    ],
    challenges: ["Disagreements over water allocation recur each growing season.", "The situation in Afghanistan affects the priorities of every State of the region.", "Regional cooperation depends on the political will of five Governments.", "The Centre's budget allows few field visits outside the capitals."],
  },
  {
    name: "Office of the United Nations Special Coordinator for Lebanon", acronym: "UNSCOL", head: "Special Coordinator for Lebanon", years: [2007, 2024], sect: "3", missions: true,
    objectives: [
      "To support the Government of Lebanon in implementing Security Council resolution 1701 (2006)",
      "To coordinate the political engagement of the United Nations system in Lebanon",
      "To mobilize international support for the stability of Lebanon through the International Support Group",
      "To support the holding of parliamentary and municipal elections within constitutional timelines",
      "To promote the participation of women in political life and decision-making",
      "To support the Lebanese Armed Forces in extending State authority throughout the country",
      "To advance the humanitarian and development response for refugees and host communities",
      "To keep the Security Council informed of developments in Lebanon",
    ],
    accomplishments: [
      "Regular reports of the Secretary-General on resolution 1701 (2006) issued",
      "Meetings of the International Support Group for Lebanon convened",
      "Tripartite mechanism meetings held without interruption",
      "Electoral assistance delivered at the request of the Government",
      "Women candidates supported through training and outreach",
      "Donor coordination on the Lebanon Crisis Response Plan improved",
      "Security Council consultations supported with timely analysis",
    ],
    indicators: [
      num("Reports to the Security Council issued on schedule", 2, 4), num("Meetings of the International Support Group", 1, 5),
      num("Women candidates trained before elections", 50, 400), pct("Pledges of the crisis response plan disbursed", 40, 85),
      days("Days to brief Member States after a major incident", 1, 7), num("Political outreach meetings held with parties", 20, 90),
      pct("Coordination meetings with minutes issued within five days", 60, 100), num("Joint visits with the heads of agencies", 4, 20),
    ],
    challenges: ["Political deadlock delays the formation of Governments and the holding of elections.", "The economic crisis strains State institutions and public services.", "Incidents along the Blue Line can escalate quickly.", "Donor fatigue reduces funding for the crisis response."],
  },
];

/** Scopes appended to an objective (drawn so that objectives stay unique within a document). */
export const SCOPES = ["", "", " during the biennium", " in close cooperation with Member States", " within existing resources", " with the support of partners"];

export const MANAGERIAL = {
  objectives: [
    "To fill vacant posts within the timelines set by the human resources framework",
    "To reach gender parity at all levels of the Office's staff",
    "To implement accepted audit recommendations before their due dates",
    "To execute the approved budget with a low variance between allotment and expenditure",
    "To complete the performance appraisals of all staff on time",
    "To ensure that all staff complete the mandatory training courses",
    "To reduce the environmental footprint of the Office's operations",
    "To use delegated authority in line with the accountability framework",
    "To improve the geographical diversity of the Office's workforce",
    "To make the Office's premises and meetings accessible to persons with disabilities",
  ],
  accomplishments: [
    "Recruitment completed from job opening to selection within 120 days",
    "Women appointed to a larger share of posts at the P-5 level and above",
    "Audit recommendations closed by the oversight bodies",
    "Budget implementation monitored monthly by the executive office",
    "Performance documents completed in the electronic system",
    "Mandatory courses completed by new and serving staff",
    "Air travel reduced through virtual meetings",
    "Exercise of delegated authority reported every quarter",
    "Candidates from unrepresented Member States shortlisted",
  ],
  indicators: [
    days("Average days from job opening to selection", 90, 200), pct("Women among staff at the P-5 level and above", 35, 55),
    pct("Audit recommendations implemented by the due date", 55, 95), pct("Budget implementation rate", 88, 99),
    pct("Performance appraisals completed by the deadline", 70, 100), pct("Staff who completed all mandatory training", 65, 100),
    pct("Reduction in air travel emissions", 5, 35), num("Selections of candidates from unrepresented Member States", 1, 8),
    pct("Meetings held in accessible venues", 60, 100),
  ],
};

/** Heads under which a measure cell nests its indicators one level deeper. */
export const NEST_HEADS = ["Timeliness, measured by:", "Quality of service, as shown by:", "Reach of the Office's work:", "Compliance, measured by:", "Participation, as reflected in:"];

/** Footnotes called from a measure in a cell (printed at the foot of the page; not part of the measure). */
export const CELL_NOTES = [
  "Excluding posts funded from extrabudgetary resources.",
  "Figures for the calendar year, as recorded on 31 December.",
  "Baseline established in the previous performance cycle.",
  "As defined in the Secretary-General's bulletin on the matter.",
  "Includes meetings held virtually.",
  "Subject to the availability of voluntary contributions.",
];
