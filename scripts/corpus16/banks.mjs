/**
 * Word banks of the sixteenth corpus (scripts/corpus16/generate.mjs), written new for it: offices no
 * earlier corpus bank names — the United Nations Office for West Africa (UNOWA, renamed the Office
 * for West Africa and the Sahel, UNOWAS, in 2016), the Office of the Special Envoy of the
 * Secretary-General for the Great Lakes Region, the Office of the Special Envoy for the Horn of
 * Africa, the Office of the Special Envoy for Syria, the United Nations Regional Office for Central
 * Africa (UNOCA), the Office of the Special Adviser on the Prevention of Genocide and the Registry of
 * the International Residual Mechanism for Criminal Tribunals — their heads' titles, budget sections,
 * objectives, accomplishments, indicators (a value range and a unit), risks with mitigations,
 * challenges, and a managerial bank. Names of managers are invented.
 */
export const FIRST = ["Abena", "Bjørn", "Cosmin", "Delphine", "Efua", "Florian", "Gulnara", "Henrique", "Ifeoma", "Jarosław", "Kalinda", "Leopold", "Marisol", "Nikolai", "Oyelaran", "Priya", "Quentin", "Rosalind", "Sékou", "Tatiana", "Ulrike", "Valentin", "Wanjiru", "Ximena"];
export const LAST = ["Abernethy", "Bangura", "Castellanos", "Diop-Ndiaye", "Ekström", "Fonseca", "Gyamfi", "Hadžić", "Iyer", "Jovanovska", "Kamara", "Lindqvist", "Mbeki-Sato", "Nakashima", "Odhiambo", "Petrescu", "Quaye", "Rautenbach", "Sall", "Traoré", "Uchenna", "Verhoeven", "Wachira", "Zelenko"];

/** Indicators: `t` the measure as printed without a value; `unit` %, number or days; values drawn in lo..hi. */
const pct = (t, lo = 40, hi = 95) => ({ t, unit: "%", lo, hi });
const num = (t, lo, hi) => ({ t, unit: "number", lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: (y) => (y < 2016 ? "United Nations Office for West Africa" : "United Nations Office for West Africa and the Sahel"),
    acronym: (y) => (y < 2016 ? "UNOWA" : "UNOWAS"),
    head: (y) => (y < 2016 ? "Special Representative of the Secretary-General for West Africa" : "Special Representative of the Secretary-General for West Africa and the Sahel"),
    years: [2006, 2024], sect: "3", missions: true,
    objectives: [
      "To prevent the escalation of electoral disputes in the subregion through good offices",
      "To strengthen the capacity of the Economic Community of West African States in conflict prevention",
      "To support the implementation of the United Nations integrated strategy for the Sahel",
      "To promote the participation of women and young people in peace processes in West Africa",
      "To address cross-border threats, including drug trafficking and transnational organized crime",
      "To enhance cooperation among United Nations entities operating in West Africa",
      "To support the peaceful settlement of the Cameroon–Nigeria border demarcation",
      "To advance security sector reform in countries emerging from conflict",
      "To promote good governance and respect for human rights in the subregion",
    ],
    accomplishments: [
      "Good offices missions undertaken before and after elections",
      "Joint assessment missions conducted with ECOWAS and the African Union",
      "Sahel strategy priorities reflected in the plans of country teams",
      "Women mediators deployed in national dialogue processes",
      "Regional action plan against drug trafficking implemented",
      "Meetings of heads of United Nations presences in West Africa held",
      "Pillars of the Cameroon–Nigeria boundary emplaced",
      "National security sector reform strategies adopted",
    ],
    indicators: [
      num("Good offices missions to countries holding elections", 4, 18), num("Joint missions with regional organizations", 2, 10),
      pct("Country teams aligning their frameworks with the Sahel strategy", 40, 90), num("Women mediators trained and deployed", 15, 120),
      num("Transnational crime units operational", 2, 8), num("Meetings of heads of United Nations presences", 1, 4),
      num("Kilometres of boundary demarcated", 150, 900), pct("Recommendations of joint assessments implemented", 35, 80),
    ],
    challenges: ["Unconstitutional changes of government have multiplied across the subregion.", "Insecurity in the Sahel limits access to large parts of the territory.", "Regional organizations have limited resources for mediation.", "Humanitarian needs compete with prevention for the attention of partners."],
  },
  {
    name: () => "Office of the Special Envoy of the Secretary-General for the Great Lakes Region", acronym: () => "OSESG-GL", head: () => "Special Envoy of the Secretary-General for the Great Lakes Region",
    years: [2013, 2024], sect: "3", missions: true,
    objectives: [
      "To support the signatories in implementing the Peace, Security and Cooperation Framework",
      "To promote confidence-building among the countries of the Great Lakes region",
      "To facilitate the repatriation of disarmed combatants to their countries of origin",
      "To advance economic cooperation and cross-border trade in the region",
      "To support the participation of women in the Framework's follow-up mechanisms",
      "To promote the sustainable and transparent management of natural resources",
      "To strengthen judicial cooperation among the signatory countries",
      "To engage civil society and young people in regional peace initiatives",
    ],
    accomplishments: [
      "Meetings of the Regional Oversight Mechanism held as scheduled",
      "Benchmarks of the Framework reviewed by the Technical Support Committee",
      "Disarmed combatants repatriated under agreed procedures",
      "Regional investment conference convened with the private sector",
      "Women's platform for the Framework operational in each signatory country",
      "Regional mechanism for the certification of minerals strengthened",
      "Judicial cooperation network meeting regularly",
    ],
    indicators: [
      num("Meetings of the Regional Oversight Mechanism", 1, 2), pct("Framework benchmarks on track", 35, 80),
      num("Former combatants repatriated", 150, 1600), num("Cross-border trade agreements signed", 1, 6),
      pct("Women among participants in follow-up meetings", 25, 50), num("Mining sites certified as conflict-free", 40, 400),
      num("Extradition requests processed through the network", 3, 25), num("Youth organizations engaged in the regional forum", 10, 60),
    ],
    challenges: ["Armed groups remain active in the east of the Democratic Republic of the Congo.", "Mistrust between neighbouring States slows the implementation of commitments.", "Illegal exploitation of natural resources continues to fund armed groups.", "Follow-up mechanisms depend on voluntary contributions."],
  },
  {
    name: () => "Office of the Special Envoy of the Secretary-General for the Horn of Africa", acronym: () => "OSESG-HoA", head: () => "Special Envoy of the Secretary-General for the Horn of Africa",
    years: [2018, 2024], sect: "3", missions: true,
    objectives: [
      "To support the consolidation of the rapprochement between countries of the Horn of Africa",
      "To strengthen the partnership between the United Nations and the Intergovernmental Authority on Development",
      "To promote regional approaches to climate-related security risks",
      "To support the inclusion of women and young people in regional peace and security processes",
      "To contribute to the prevention of conflict along shared borders",
      "To advance a comprehensive regional prevention strategy for the Horn of Africa",
      "To foster dialogue on the use of transboundary water resources",
      "To coordinate the regional dimension of United Nations support to Somalia and South Sudan",
    ],
    accomplishments: [
      "Joint United Nations–IGAD consultations held at the senior level",
      "Regional prevention strategy endorsed by the Executive Committee",
      "Climate security assessments shared with Member States of the region",
      "Women's advisory group to the Special Envoy established",
      "Cross-border dialogue platforms convened in border areas",
      "Technical dialogue on transboundary waters supported",
      "Regional analysis provided to the United Nations missions in the region",
    ],
    indicators: [
      num("Joint UN–IGAD consultations", 2, 8), num("Climate security assessments completed", 1, 6),
      pct("Women among participants in dialogue forums", 25, 50), num("Cross-border dialogue meetings convened", 3, 20),
      num("Regional analytical products shared", 6, 30), pct("Strategy actions initiated", 30, 85),
      days("Days to deploy a good offices mission after a request", 3, 21), num("Young people trained in mediation", 20, 200),
    ],
    challenges: ["Conflict in several countries of the region has displaced millions of people.", "Recurrent droughts and floods aggravate tensions over resources.", "The region lacks a common security architecture.", "Political transitions in several countries remain fragile."],
  },
  {
    name: () => "Office of the Special Envoy of the Secretary-General for Syria", acronym: () => "OSE-Syria", head: () => "Special Envoy of the Secretary-General for Syria",
    years: [2012, 2024], sect: "3", missions: true,
    objectives: [
      "To facilitate a Syrian-led and Syrian-owned political process in line with resolution 2254 (2015)",
      "To convene and facilitate the meetings of the Constitutional Committee",
      "To promote the release of detainees and clarify the fate of missing persons",
      "To ensure the meaningful participation of Syrian women in the political process",
      "To engage civil society through the Civil Society Support Room",
      "To support a nationwide ceasefire and the reduction of violence",
      "To keep the Security Council informed of the political process",
      "To coordinate international support for the political process",
    ],
    accomplishments: [
      "Sessions of the Constitutional Committee convened in Geneva",
      "Consultations held with the Syrian Negotiations Commission and the Government",
      "Working group on the release of detainees meeting regularly",
      "Women's Advisory Board consulted before each round",
      "Civil Society Support Room sessions held inside and outside Syria",
      "Briefings to the Security Council delivered every month",
      "International Syria Support Group task forces supported",
    ],
    indicators: [
      num("Sessions of the Constitutional Committee", 1, 5), num("Consultations with the parties", 6, 30),
      num("Detainees released through exchanges", 10, 150), num("Consultations of the Women's Advisory Board", 4, 14),
      num("Civil society participants consulted", 100, 900), num("Briefings to the Security Council", 10, 14),
      pct("Task force meetings with agreed follow-up", 40, 90), days("Days to circulate a summary of a round", 2, 10),
    ],
    challenges: ["The parties remain far apart on the substance of a political settlement.", "Violence continues in several parts of the country.", "Regional and international actors pursue divergent interests.", "The humanitarian and economic situation keeps deteriorating."],
  },
  {
    name: () => "United Nations Regional Office for Central Africa", acronym: () => "UNOCA", head: () => "Special Representative of the Secretary-General for Central Africa and Head of the United Nations Regional Office for Central Africa",
    years: [2011, 2024], sect: "3", missions: true,
    objectives: [
      "To support the Economic Community of Central African States in preventive diplomacy",
      "To advance the regional strategy to address the threat of the Lord's Resistance Army",
      "To support efforts against piracy and armed robbery at sea in the Gulf of Guinea",
      "To promote the implementation of the Kinshasa Convention on small arms and light weapons",
      "To strengthen the capacity of national human rights institutions in Central Africa",
      "To support the Standing Advisory Committee on Security Questions in Central Africa",
      "To address the security implications of pastoralism and transhumance",
      "To promote the political participation of women and young people in the subregion",
    ],
    accomplishments: [
      "Early warning mechanism of ECCAS operational",
      "Regional strategy on the Lord's Resistance Army implemented with partners",
      "Yaoundé Code of Conduct on maritime security applied",
      "Kinshasa Convention ratified by additional States",
      "Ministerial meetings of the Standing Advisory Committee held",
      "Regional dialogue on transhumance convened",
      "Women's networks consulted during electoral processes",
    ],
    indicators: [
      num("Early warning reports issued by ECCAS", 4, 24), num("Former abductees reunited with their families", 20, 300),
      num("Incidents of piracy reported in the Gulf of Guinea", 10, 80), num("States parties to the Kinshasa Convention", 6, 11),
      num("Ministerial meetings of the Standing Advisory Committee", 1, 2), pct("Recommendations of the Committee followed up", 30, 85),
      num("Women trained in electoral observation", 40, 300), days("Days to deploy a good offices mission", 2, 14),
    ],
    challenges: ["Several countries of the subregion face contested electoral processes.", "Armed groups exploit porous borders.", "ECCAS institutions are still being reformed.", "Resources for regional programmes are scarce."],
  },
  {
    name: () => "Office of the Special Adviser on the Prevention of Genocide", acronym: () => "OSAPG", head: () => "Special Adviser of the Secretary-General on the Prevention of Genocide",
    years: [2006, 2024], sect: "3", missions: false,
    objectives: [
      "To collect information on serious violations of human rights that could lead to genocide",
      "To act as an early warning mechanism for the Secretary-General and the Security Council",
      "To make recommendations on actions to prevent or halt genocide",
      "To counter hate speech that could incite violence against protected groups",
      "To strengthen national capacity for the prevention of atrocity crimes",
      "To engage religious leaders in the prevention of incitement to violence",
      "To mark the International Day of Commemoration of the Victims of the Crime of Genocide",
      "To liaise with the United Nations system on activities for the prevention of genocide",
    ],
    accomplishments: [
      "Situations of concern analysed against the framework of analysis",
      "Advisory notes submitted to the Secretary-General",
      "Public statements issued on situations at risk",
      "Action plan on hate speech implemented by country teams",
      "Training courses on atrocity prevention delivered to officials",
      "Religious leaders committed to the Fez Plan of Action",
      "Commemorative events organized with Member States",
    ],
    indicators: [
      num("Situations of concern monitored", 10, 40), num("Advisory notes to the Secretary-General", 8, 40),
      num("Public statements on situations at risk", 2, 12), pct("Country teams with a hate speech action plan", 15, 70),
      num("Officials trained in atrocity prevention", 60, 500), num("Religious leaders engaged in regional forums", 30, 250),
      days("Days to issue an advisory note on an emerging situation", 2, 10), pct("Participants rating the training as useful", 70, 99),
    ],
    challenges: ["Early warning does not always lead to early action.", "The Office has few staff for a global mandate.", "Hate speech spreads faster online than responses can be organized.", "Some Member States see prevention as interference in internal affairs."],
  },
  {
    name: () => "Registry of the International Residual Mechanism for Criminal Tribunals", acronym: () => "IRMCT", head: () => "Registrar of the International Residual Mechanism for Criminal Tribunals",
    years: [2013, 2024], sect: "8", missions: false,
    objectives: [
      "To provide efficient administrative support to judicial proceedings at both branches",
      "To ensure the protection of witnesses who testified before the Tribunals",
      "To preserve and provide access to the archives of the Tribunals",
      "To supervise the enforcement of sentences in cooperating States",
      "To assist national jurisdictions with requests for evidence",
      "To manage the legal aid system for indigent accused",
      "To support the tracking of the remaining fugitives",
      "To reduce the Mechanism's operating costs as requested by the Security Council",
    ],
    accomplishments: [
      "Court filings processed and distributed within the time limits",
      "Protective measures for witnesses implemented and monitored",
      "Archival records digitized and made publicly accessible",
      "Inspections of enforcement conditions carried out",
      "Requests for assistance from national authorities answered",
      "Legal aid payments made in line with the policy",
      "Cooperation agreements with States concluded",
    ],
    indicators: [
      pct("Filings distributed within 24 hours", 80, 100), num("Witnesses receiving protection services", 400, 1800),
      num("Hours of audiovisual records digitized", 1200, 9000), num("Enforcement inspections carried out", 2, 10),
      num("Requests for assistance answered", 120, 400), days("Days to process a legal aid invoice", 10, 45),
      pct("Reduction in operating costs compared with the previous biennium", 2, 12), num("Cooperation agreements concluded", 1, 5),
    ],
    challenges: ["Witnesses' protection needs do not end with the proceedings.", "Several fugitives remain at large.", "Enforcement depends on the cooperation of States.", "Budget reductions require the Registry to do more with fewer staff."],
  },
];

/** Scopes appended to an objective (drawn so that objectives stay unique within a document). */
export const SCOPES = ["", "", " throughout the year", " in cooperation with regional partners", " within the approved budget", " with the support of the country teams"];

/** Risks and their mitigations (the `Risks and mitigations` column). */
export const RISKS = [
  "Deterioration of the security situation; mitigation: remote meetings and regional venues",
  "Lack of political will among the parties; mitigation: engagement of regional envoys",
  "Delays in extrabudgetary funding; mitigation: early outreach to donors",
  "High vacancy rate; mitigation: temporary assignments from other offices",
  "Competing priorities of partners; mitigation: joint workplans agreed at the start of the year",
  "Travel restrictions; mitigation: use of national staff and video links",
  "Limited data from the field; mitigation: partnerships with research institutions",
  "Elections postponed; mitigation: contingency planning with the country team",
  "Staff turnover in partner institutions; mitigation: training of trainers",
  "Reputational risk from public statements; mitigation: clearance with the Executive Office",
];

export const MANAGERIAL = {
  objectives: [
    "To reduce the average time taken to fill vacant posts",
    "To achieve gender parity among international staff of the Office",
    "To implement the recommendations of the Board of Auditors within the agreed deadlines",
    "To spend the approved resources in line with the results-based budget",
    "To ensure timely completion of the performance evaluation cycle",
    "To raise the completion rate of mandatory learning programmes",
    "To strengthen the Office's business continuity and crisis management arrangements",
    "To promote a workplace free of harassment and discrimination",
    "To increase the share of staff from unrepresented and underrepresented Member States",
    "To apply the enterprise risk management framework to the Office's operations",
  ],
  accomplishments: [
    "Vacancies filled within the recruitment target",
    "Gender parity strategy of the Office implemented",
    "Audit recommendations closed by the Board of Auditors",
    "Expenditure monitored against allotments every month",
    "Performance evaluations finalized in Inspira",
    "Mandatory learning completed by all staff",
    "Business continuity plan tested and updated",
    "Town hall meetings on conduct and discipline held",
    "Risk register of the Office reviewed every quarter",
  ],
  indicators: [
    days("Average number of days to fill a vacancy", 80, 190), pct("Women among international staff", 38, 55),
    pct("Audit recommendations implemented within the deadline", 50, 95), pct("Budget implementation rate", 90, 99),
    pct("Performance evaluations completed on time", 70, 100), pct("Staff having completed mandatory learning", 70, 100),
    num("Business continuity exercises conducted", 1, 4), num("Town hall meetings on conduct held", 1, 6),
    pct("Recruits from unrepresented and underrepresented Member States", 10, 45), num("Risk register reviews", 2, 4),
  ],
};
