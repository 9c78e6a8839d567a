/**
 * Wording for the twelfth corpus (scripts/corpus12/generate.mjs): offices corpus11 did not draw,
 * with their heads' titles, budget sections, objectives, accomplishments, indicators (a value range,
 * a unit and a direction), risks and challenges. Written for this corpus; not taken from the seeds
 * or another generator.
 */

/** `{v}` is the value as printed (`72%`, `72 per cent`, `14 days`, `9`); `ind` the indicator alone (baseline/target designs). */
export const OFFICES = [
  {
    key: "dpa", name: "Department of Political Affairs", acronym: "DPA", from: 2006, to: 2018, section: 3,
    title: "Under-Secretary-General for Political Affairs", peace: true,
    objectives: [
      "To prevent the outbreak and escalation of violent conflict through timely diplomatic action",
      "To support peace processes led by national actors with mediation expertise on demand",
      "To provide the Security Council with accurate and forward-looking political analysis",
      "To strengthen the electoral capacity of Member States that request assistance",
      "To direct special political missions towards the achievement of their mandates",
      "To deepen cooperation with regional and subregional organizations on preventive diplomacy",
      "To increase the participation of women in formal peace negotiations",
    ],
    accomplishments: [
      "Early warning of emerging crises shared with the Secretary-General",
      "Mediation support deployed within days of a request",
      "Briefings to the Council reflecting the views of the parties on the ground",
      "Electoral needs assessments completed before assistance is approved",
      "Mission mandates translated into realistic benchmarks",
      "Joint analysis and planning with regional organizations",
      "Women delegates and advisers included in negotiating teams",
    ],
    indicators: [
      { t: "{v} of requests for mediation support answered within 72 hours", ind: "Requests for mediation support answered within 72 hours", unit: "%", lo: 70, hi: 98 },
      { t: "{v} of Council briefings delivered on the scheduled date", ind: "Council briefings delivered on the scheduled date", unit: "%", lo: 80, hi: 100 },
      { t: "{v} electoral needs assessment missions completed", ind: "Electoral needs assessment missions completed", unit: "n", lo: 6, hi: 24 },
      { t: "{v} of special political missions with an approved benchmark framework", ind: "Special political missions with an approved benchmark framework", unit: "%", lo: 50, hi: 95 },
      { t: "{v} joint horizon-scanning exercises with regional partners", ind: "Joint horizon-scanning exercises with regional partners", unit: "n", lo: 3, hi: 12 },
      { t: "{v} of mediation teams including at least one woman adviser", ind: "Mediation teams including at least one woman adviser", unit: "%", lo: 40, hi: 90 },
    ],
    risks: ["Parties decline to engage; quiet contacts through envoys", "Access to conflict areas restricted; remote analysis and partner reporting"],
  },
  {
    key: "dos", name: "Department of Operational Support", acronym: "DOS", from: 2019, to: 2024, section: 29, sectionSuffix: "C",
    title: "Under-Secretary-General for Operational Support", peace: true,
    objectives: [
      "To deliver goods and services to field missions at the time and place they are needed",
      "To shorten the time taken to source, contract and deliver critical enablers",
      "To improve the environmental footprint of field camps and supply operations",
      "To ensure reliable medical support and casualty evacuation for deployed personnel",
      "To provide timely advice to entities exercising delegated authority",
      "To modernize the management of the Organization's property and equipment",
    ],
    accomplishments: [
      "Integrated supply chain planning across field entities",
      "Contracts for strategic enablers in place before deployment",
      "Renewable energy sources used in mission camps",
      "Medical evacuation standards met in all missions",
      "Entities advised on the exercise of delegated authority",
      "Property records reconciled with physical verification",
    ],
    indicators: [
      { t: "{v} of requisitions delivered on the date agreed with the mission", ind: "Requisitions delivered on the date agreed with the mission", unit: "%", lo: 65, hi: 95 },
      { t: "Average lead time for systems contracts reduced to {v}", ind: "Average lead time for systems contracts", unit: "days", lo: 40, hi: 120, down: true },
      { t: "{v} of camp electricity generated from renewable sources", ind: "Camp electricity generated from renewable sources", unit: "%", lo: 5, hi: 40 },
      { t: "{v} of casualty evacuations completed within the ten-hour standard", ind: "Casualty evacuations completed within the ten-hour standard", unit: "%", lo: 70, hi: 99 },
      { t: "{v} of advisory requests answered within 10 working days", ind: "Advisory requests answered within 10 working days", unit: "%", lo: 60, hi: 95 },
      { t: "{v} of property items physically verified during the year", ind: "Property items physically verified during the year", unit: "%", lo: 75, hi: 100 },
    ],
    risks: ["Disruption of commercial shipping routes; pre-positioned stocks", "Vendor base too narrow; outreach to vendors from developing countries"],
  },
  {
    key: "oosa", name: "Office for Outer Space Affairs", acronym: "UNOOSA", from: 2006, to: 2024, section: 6,
    title: "Director of the Office for Outer Space Affairs", peace: false,
    objectives: [
      "To promote international cooperation in the peaceful uses of outer space",
      "To help developing countries use space-based information for disaster management",
      "To maintain the register of objects launched into outer space",
      "To assist States in adopting national space legislation consistent with the treaties",
      "To support the long-term sustainability of outer space activities",
    ],
    accomplishments: [
      "Capacity-building workshops attended by space agencies of developing countries",
      "Space-based information used in emergency response",
      "Registration submissions processed and published",
      "Draft national space laws reviewed on request",
      "Guidelines on long-term sustainability implemented by more States",
    ],
    indicators: [
      { t: "{v} of registration submissions published within 30 days", ind: "Registration submissions published within 30 days", unit: "%", lo: 70, hi: 100 },
      { t: "{v} technical advisory missions on disaster management", ind: "Technical advisory missions on disaster management", unit: "n", lo: 4, hi: 15 },
      { t: "{v} States reporting on the sustainability guidelines", ind: "States reporting on the sustainability guidelines", unit: "n", lo: 10, hi: 45 },
      { t: "{v} of workshop participants from developing countries", ind: "Workshop participants from developing countries", unit: "%", lo: 55, hi: 85 },
      { t: "{v} draft laws reviewed at the request of Member States", ind: "Draft laws reviewed at the request of Member States", unit: "n", lo: 2, hi: 9 },
    ],
    risks: ["Extrabudgetary funding uncertain; phased workplans", "Low national reporting; regional reminders and templates"],
  },
  {
    key: "unov", name: "United Nations Office at Vienna", acronym: "UNOV", from: 2006, to: 2024, section: 29, sectionSuffix: "G",
    title: "Director-General of the United Nations Office at Vienna", peace: false,
    objectives: [
      "To provide efficient conference and language services to the Vienna-based bodies",
      "To ensure a safe and accessible Vienna International Centre",
      "To manage the human and financial resources of the Office responsibly",
      "To improve the timeliness of pre-session documentation",
      "To reduce the cost of shared administrative services in Vienna",
    ],
    accomplishments: [
      "Meetings serviced as planned with full interpretation",
      "Pre-session documents issued six weeks before meetings",
      "Building works completed without disruption to meetings",
      "Recruitment completed within the established timeline",
      "Common services costs shared fairly among the Vienna organizations",
    ],
    indicators: [
      { t: "{v} of pre-session documents issued on time", ind: "Pre-session documents issued on time", unit: "%", lo: 70, hi: 98 },
      { t: "{v} of meetings serviced with interpretation as requested", ind: "Meetings serviced with interpretation as requested", unit: "%", lo: 85, hi: 100 },
      { t: "Average time to fill a vacant post reduced to {v}", ind: "Average time to fill a vacant post", unit: "days", lo: 90, hi: 180, down: true },
      { t: "{v} of translation workload handled by contractual translators", ind: "Translation workload handled by contractual translators", unit: "%", lo: 20, hi: 45 },
      { t: "{v} security incidents at the Centre requiring evacuation", ind: "Security incidents at the Centre requiring evacuation", unit: "n", lo: 0, hi: 4, down: true },
    ],
    risks: ["Late submission of documents by author departments; slot reminders", "Building renovation delays; temporary meeting rooms"],
  },
  {
    key: "osapg", name: "Office of the Special Adviser on the Prevention of Genocide", acronym: "OSAPG", from: 2008, to: 2024, section: 3,
    title: "Special Adviser of the Secretary-General on the Prevention of Genocide", peace: true,
    objectives: [
      "To alert the Secretary-General and the Council to situations at risk of atrocity crimes",
      "To build the capacity of national institutions to recognize and prevent atrocity crimes",
      "To counter hate speech that may incite violence against protected groups",
      "To mainstream atrocity prevention into the work of the United Nations system",
    ],
    accomplishments: [
      "Risk assessments shared with senior leadership",
      "National focal points trained in the framework of analysis",
      "Religious leaders engaged in action plans against incitement",
      "Country teams applying the framework of analysis",
    ],
    indicators: [
      { t: "{v} risk assessments transmitted to the Secretary-General", ind: "Risk assessments transmitted to the Secretary-General", unit: "n", lo: 6, hi: 20 },
      { t: "{v} national officials trained in atrocity prevention", ind: "National officials trained in atrocity prevention", unit: "n", lo: 40, hi: 220 },
      { t: "{v} of country teams briefed on the framework of analysis", ind: "Country teams briefed on the framework of analysis", unit: "%", lo: 30, hi: 80 },
      { t: "{v} national action plans on hate speech adopted", ind: "National action plans on hate speech adopted", unit: "n", lo: 1, hi: 8 },
    ],
    risks: ["Governments sensitive to early warning; confidential channels", "Small staff; partnerships with academic institutions"],
  },
  {
    key: "ethics", name: "Ethics Office", acronym: "EO", from: 2006, to: 2024, section: 1,
    title: "Director of the Ethics Office", peace: false,
    objectives: [
      "To foster a culture of ethics, integrity and accountability in the Organization",
      "To administer the financial disclosure programme efficiently and confidentially",
      "To protect staff who report misconduct against retaliation",
      "To give staff timely and confidential ethics advice",
    ],
    accomplishments: [
      "Ethics training completed by staff at all duty stations",
      "Financial disclosure statements reviewed within the cycle",
      "Preliminary reviews of retaliation complaints completed promptly",
      "Advice given to staff on conflicts of interest",
    ],
    indicators: [
      { t: "{v} of filers compliant with the disclosure programme", ind: "Filers compliant with the disclosure programme", unit: "%", lo: 90, hi: 100 },
      { t: "{v} of retaliation reviews completed within 45 days", ind: "Retaliation reviews completed within 45 days", unit: "%", lo: 60, hi: 95 },
      { t: "{v} of requests for advice answered within 5 working days", ind: "Requests for advice answered within 5 working days", unit: "%", lo: 75, hi: 98 },
      { t: "{v} staff completing the ethics workshop", ind: "Staff completing the ethics workshop", unit: "n", lo: 800, hi: 4200 },
    ],
    risks: ["Peaks of filings at the deadline; staggered filing windows", "Fear of retaliation; anonymous channels publicized"],
  },
  {
    key: "oaj", name: "Office of Administration of Justice", acronym: "OAJ", from: 2009, to: 2024, section: 1,
    title: "Executive Director of the Office of Administration of Justice", peace: false,
    objectives: [
      "To ensure the independent and timely processing of cases before the Tribunals",
      "To give staff access to qualified legal assistance in their appeals",
      "To publish the jurisprudence of the internal justice system",
      "To support the judges with efficient registry services",
    ],
    accomplishments: [
      "Cases disposed of within the disposal target",
      "Staff represented by the Office of Staff Legal Assistance",
      "Judgments published in the case law database",
      "Registry filings processed without delay",
    ],
    indicators: [
      { t: "{v} of cases disposed of within 400 days", ind: "Cases disposed of within 400 days", unit: "%", lo: 55, hi: 90 },
      { t: "{v} of judgments published within 14 days of issuance", ind: "Judgments published within 14 days of issuance", unit: "%", lo: 70, hi: 100 },
      { t: "{v} staff members given legal advice or representation", ind: "Staff members given legal advice or representation", unit: "n", lo: 600, hi: 1800 },
      { t: "Average time to process a filing reduced to {v}", ind: "Average time to process a filing", unit: "days", lo: 2, hi: 9, down: true },
    ],
    risks: ["Case backlog growing; case management orders", "Turnover of legal officers; shared roster"],
  },
  {
    key: "ombudsman", name: "Office of the United Nations Ombudsman and Mediation Services", acronym: "UNOMS", from: 2008, to: 2024, section: 1,
    title: "United Nations Ombudsman", peace: false,
    objectives: [
      "To resolve workplace conflicts informally before they escalate",
      "To make mediation available to staff at every duty station",
      "To report systemic issues that give rise to conflict in the workplace",
      "To raise awareness of informal conflict resolution among managers",
    ],
    accomplishments: [
      "Cases closed through informal resolution",
      "Mediation offered in regional branches",
      "Systemic issues reported to senior management",
      "Managers trained in conflict competence",
    ],
    indicators: [
      { t: "{v} of cases closed within 90 days", ind: "Cases closed within 90 days", unit: "%", lo: 60, hi: 92 },
      { t: "{v} mediations conducted at field duty stations", ind: "Mediations conducted at field duty stations", unit: "n", lo: 10, hi: 60 },
      { t: "{v} of parties satisfied with the mediation process", ind: "Parties satisfied with the mediation process", unit: "%", lo: 65, hi: 95 },
      { t: "{v} managers completing conflict competence sessions", ind: "Managers completing conflict competence sessions", unit: "n", lo: 100, hi: 650 },
    ],
    risks: ["Low trust in informal channels; outreach visits", "Travel funds limited; mediation by video link"],
  },
];

/** Managerial objectives any office may carry (section B / Managing resources). */
export const MANAGERIAL = {
  objectives: [
    "To implement the recommendations of the oversight bodies within the agreed time",
    "To reach gender parity among staff at the Professional level and above",
    "To spend the approved budget in line with the planned results",
    "To complete the performance appraisals of all staff on time",
    "To improve the geographical diversity of the workforce",
    "To comply with the advance booking policy for official travel",
  ],
  accomplishments: [
    "Accepted audit recommendations closed",
    "Women appointed to senior posts",
    "Budget implemented without significant variance",
    "Performance documents finalized in the cycle",
    "Candidates from unrepresented Member States selected",
    "Tickets purchased at least 16 days before travel",
  ],
  indicators: [
    { t: "{v} of oversight recommendations implemented by the due date", ind: "Oversight recommendations implemented by the due date", unit: "%", lo: 60, hi: 95 },
    { t: "{v} of Professional staff who are women", ind: "Professional staff who are women", unit: "%", lo: 38, hi: 55 },
    { t: "{v} of the approved budget spent", ind: "Share of the approved budget spent", unit: "%", lo: 88, hi: 99 },
    { t: "{v} of performance appraisals completed by 30 April", ind: "Performance appraisals completed by 30 April", unit: "%", lo: 75, hi: 100 },
    { t: "{v} of appointments from unrepresented or under-represented States", ind: "Appointments from unrepresented or under-represented States", unit: "%", lo: 20, hi: 50 },
    { t: "{v} of tickets purchased 16 days in advance", ind: "Tickets purchased 16 days in advance", unit: "%", lo: 40, hi: 85 },
  ],
};

/** Short names of priority areas for the summary table some documents print before the results table. */
export const PRIORITY_AREAS = ["Prevention and early action", "Partnerships", "Service delivery", "Accountability", "Knowledge and analysis", "Workforce", "Resources and compliance", "Outreach"];

export const CHALLENGES = [
  "The Office depends on voluntary contributions for a growing share of its activities",
  "Liquidity constraints have delayed recruitment against approved posts",
  "Demand for services continues to exceed the resources approved by the General Assembly",
  "Coordination with other entities requires time that is not reflected in the workplan",
  "The introduction of new enterprise systems places a heavy load on a small team",
  "Travel restrictions have limited the presence of staff in the field",
  "High vacancy rates in language services affect the timeliness of outputs",
  "Security conditions in several duty stations remain volatile",
];

export const FIRST = ["Amara", "Lucía", "Henrik", "Mei", "Rashid", "Ingrid", "Tomasz", "Aiyana", "Kwame", "Sofía", "Dmitri", "Noor", "Olusegun", "Beatriz", "Tariq", "Johanna", "Ravi", "Camille"];
export const LAST = ["Okonkwo-Reyes", "Lindqvist", "Haddad", "Tanaka", "Mwangi", "Ferreira", "Kowalczyk", "Abdi", "Delacroix", "Nakamura", "Osei", "Valdés", "Bergström", "Chaudhry", "Mensah", "Ivanova", "Castellanos", "Rahimi"];
