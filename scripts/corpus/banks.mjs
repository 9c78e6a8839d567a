/**
 * Phrase banks for synthetic Senior Manager's Compacts. All wording is written for this corpus (it
 * borrows no sentence from the seed compacts); it imitates the register of UN results frameworks.
 *
 * Every bank is split in two disjoint shares by a stable hash of each entry (`share`): the
 * development corpus draws only from the "dev" share and the held-out corpus only from the
 * "holdout" share, so held-out documents contain no objective, accomplishment, measure, risk or
 * entity that a reader could have been tuned on.
 */
import { hash } from "./prng.mjs";

/** About one entry in four goes to the held-out share: enough variety there, most data for dev. */
const HOLDOUT_MODULUS = 4;
export function share(list, split, salt = "") {
  // Rank entries by a stable hash, then deal every HOLDOUT_MODULUS-th one to the held-out share:
  // both shares are never empty and the split does not depend on the order of the bank.
  const ranked = list.map((x) => [hash(salt + JSON.stringify(x)), x]).sort((a, b) => a[0] - b[0]);
  const keep = ranked.filter((_, i) => (i % HOLDOUT_MODULUS === 0) === (split === "holdout")).map(([, x]) => x);
  if (!keep.length) throw new Error(`bank ${salt} has no ${split} entries`);
  // Back in bank order, so a draw does not depend on hash ranks.
  return list.filter((x) => keep.includes(x));
}

/**
 * Entities that sign compacts. `head` is the manager's title; `topics` are this entity's own
 * objective topics (noun phrases that follow a verb such as "To strengthen").
 */
export const ENTITIES = [
  { name: "Office of Legal Affairs", acronym: "OLA", head: "Under-Secretary-General for Legal Affairs and United Nations Legal Counsel", pronoun: "the Office",
    topics: ["the quality and timeliness of legal advice provided to Secretariat entities", "the registration and publication of treaties deposited with the Secretary-General", "the protection of the legal interests of the Organization in commercial disputes", "the codification work of the International Law Commission", "awareness of the law of the sea among coastal developing States"] },
  { name: "Department of Safety and Security", acronym: "DSS", head: "Under-Secretary-General for Safety and Security", pronoun: "the Department",
    topics: ["the security risk management process at high-risk duty stations", "the readiness of security personnel to respond to critical incidents", "the coordination of security arrangements with host Governments", "the tracking of United Nations personnel travelling to insecure areas", "the physical protection of United Nations premises"] },
  { name: "Office for the Coordination of Humanitarian Affairs", acronym: "OCHA", head: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator", pronoun: "the Office",
    topics: ["the speed and predictability of humanitarian funding through pooled funds", "needs assessments that inform coordinated humanitarian response plans", "humanitarian access negotiations in conflict-affected areas", "the preparedness of humanitarian country teams for sudden-onset disasters", "the use of common humanitarian data standards"] },
  { name: "Department of Economic and Social Affairs", acronym: "DESA", head: "Under-Secretary-General for Economic and Social Affairs", pronoun: "the Department",
    topics: ["the analytical support provided to the high-level political forum on sustainable development", "national statistical capacity to monitor development goals", "the dissemination of population estimates and projections", "support to small island developing States in policy formulation", "the integration of economic, social and environmental dimensions in national strategies"] },
  { name: "Department of Public Information", acronym: "DPI", head: "Under-Secretary-General for Communications and Public Information", pronoun: "the Department",
    topics: ["the reach of United Nations news products in all official languages", "the network of United Nations information centres", "public outreach on the work of the Organization", "the accessibility of the Organization's websites", "media accreditation and liaison services at Headquarters"] },
  { name: "Office of Human Resources Management", acronym: "OHRM", head: "Assistant Secretary-General for Human Resources Management", pronoun: "the Office",
    topics: ["the timeliness of the staff selection process", "the geographical diversity of the Secretariat workforce", "career development opportunities for national staff", "the administration of justice for staff members", "the implementation of the mobility framework"] },
  { name: "Department for General Assembly and Conference Management", acronym: "DGACM", head: "Under-Secretary-General for General Assembly and Conference Management", pronoun: "the Department",
    topics: ["the timely issuance of pre-session documentation", "the utilization of conference-servicing resources at all duty stations", "the quality of translation into the six official languages", "paperless meeting services for intergovernmental bodies", "the planning of the calendar of conferences and meetings"] },
  { name: "Department of Political Affairs", acronym: "DPA", head: "Under-Secretary-General for Political Affairs", pronoun: "the Department",
    topics: ["the good offices of the Secretary-General in preventing violent conflict", "electoral assistance provided at the request of Member States", "support to special envoys in mediation processes", "early warning analysis of emerging crises", "partnerships with regional organizations on conflict prevention"] },
  { name: "Department of Peacekeeping Operations", acronym: "DPKO", head: "Under-Secretary-General for Peacekeeping Operations", pronoun: "the Department",
    topics: ["the protection of civilians by peacekeeping operations", "the force generation process for military and police contingents", "the planning of mission transitions and drawdowns", "rule of law and security institutions in post-conflict settings", "the performance of uniformed personnel in the field"] },
  { name: "Department of Field Support", acronym: "DFS", head: "Under-Secretary-General for Field Support", pronoun: "the Department",
    topics: ["the global service delivery model for field missions", "the environmental management of field operations", "the supply chain serving peacekeeping and special political missions", "the deployment of civilian capacity to start-up missions", "the conduct and discipline framework in field missions"] },
  { name: "Department of Management", acronym: "DM", head: "Under-Secretary-General for Management", pronoun: "the Department",
    topics: ["the preparation of the proposed programme budget", "the implementation of the enterprise resource planning system", "procurement processes open to vendors from developing countries", "the capital maintenance of Headquarters premises", "the financial statements prepared in compliance with IPSAS"] },
  { name: "Office of Internal Oversight Services", acronym: "OIOS", head: "Under-Secretary-General for Internal Oversight Services", pronoun: "the Office",
    topics: ["the coverage of high-risk areas in the internal audit workplan", "the timeliness of investigations into reports of misconduct", "the quality of programme evaluations", "the follow-up of oversight recommendations by client entities", "the inspection of field missions"] },
  { name: "Office of the United Nations High Commissioner for Human Rights", acronym: "OHCHR", head: "United Nations High Commissioner for Human Rights", pronoun: "the Office",
    topics: ["support to the treaty bodies and the universal periodic review", "human rights monitoring in field presences", "technical cooperation on national human rights institutions", "the integration of human rights in the work of the United Nations system", "the protection of human rights defenders"] },
  { name: "Economic Commission for Africa", acronym: "ECA", head: "Executive Secretary of the Economic Commission for Africa", pronoun: "the Commission",
    topics: ["regional integration and intra-African trade", "macroeconomic policy analysis for African member States", "the development of statistical systems in Africa", "gender equality in African development policies", "the management of natural resources for structural transformation"] },
  { name: "Economic and Social Commission for Asia and the Pacific", acronym: "ESCAP", head: "Executive Secretary of the Economic and Social Commission for Asia and the Pacific", pronoun: "the Commission",
    topics: ["regional connectivity in transport and information technology", "disaster risk reduction in Asia and the Pacific", "social protection for vulnerable groups in the region", "trade facilitation among member States of the region", "energy security and sustainable energy use"] },
  { name: "Economic Commission for Latin America and the Caribbean", acronym: "ECLAC", head: "Executive Secretary of the Economic Commission for Latin America and the Caribbean", pronoun: "the Commission",
    topics: ["productive development and innovation in the region", "fiscal policies that reduce inequality", "the regional follow-up to the 2030 Agenda", "the statistical basis for monitoring poverty in the region", "the economic integration of Caribbean economies"] },
  { name: "Economic Commission for Europe", acronym: "ECE", head: "Executive Secretary of the Economic Commission for Europe", pronoun: "the Commission",
    topics: ["the implementation of regional environmental conventions", "transport regulations adopted by working parties", "housing and land management policies", "trade standards for agricultural produce", "the sustainable use of transboundary waters"] },
  { name: "Economic and Social Commission for Western Asia", acronym: "ESCWA", head: "Executive Secretary of the Economic and Social Commission for Western Asia", pronoun: "the Commission",
    topics: ["water and energy security in the Arab region", "social justice policies in member States", "the economic impact of conflict in the region", "technology for development in the Arab region", "regional statistical harmonization"] },
  { name: "United Nations Office at Geneva", acronym: "UNOG", head: "Director-General of the United Nations Office at Geneva", pronoun: "the Office",
    topics: ["the conference services provided at the Palais des Nations", "the renovation of the Palais des Nations under the strategic heritage plan", "support to disarmament negotiations in Geneva", "the library and archives services", "cooperation with Geneva-based international organizations"] },
  { name: "United Nations Office at Vienna", acronym: "UNOV", head: "Director-General of the United Nations Office at Vienna", pronoun: "the Office",
    topics: ["the administrative services shared with Vienna-based entities", "outreach on the peaceful uses of outer space", "conference services for the Commission on Narcotic Drugs", "security arrangements at the Vienna International Centre", "the management of extrabudgetary resources"] },
  { name: "United Nations Office at Nairobi", acronym: "UNON", head: "Director-General of the United Nations Office at Nairobi", pronoun: "the Office",
    topics: ["the facilities management of the Gigiri compound", "the support provided to UNEP and UN-Habitat", "conference services in Nairobi", "the regional service centre for East Africa", "the occupational health of staff in Nairobi"] },
  { name: "Office for Disarmament Affairs", acronym: "ODA", head: "High Representative for Disarmament Affairs", pronoun: "the Office",
    topics: ["the universalization of disarmament treaties", "the implementation of the Programme of Action on small arms", "transparency in armaments reporting", "disarmament education for young people", "support to the Conference on Disarmament"] },
  { name: "Office of the Special Adviser on Africa", acronym: "OSAA", head: "Under-Secretary-General and Special Adviser on Africa", pronoun: "the Office",
    topics: ["international support for the development agenda of the African Union", "advocacy on peace and development in Africa", "coordination of system-wide support to Africa", "reporting on commitments made to Africa", "the linkage between peace, security and development in Africa"] },
  { name: "Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States", acronym: "OHRLLS", head: "High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States", pronoun: "the Office",
    topics: ["the graduation of least developed countries", "transit transport cooperation for landlocked countries", "the resilience of small island developing States", "mobilization of international support for vulnerable countries", "monitoring of programmes of action for vulnerable countries"] },
  { name: "United Nations Assistance Mission in Afghanistan", acronym: "UNAMA", head: "Special Representative of the Secretary-General for Afghanistan and Head of the United Nations Assistance Mission in Afghanistan", pronoun: "the Mission",
    topics: ["support to the electoral institutions of Afghanistan", "the coherence of international civilian assistance", "the reporting on civilian casualties", "local peace initiatives in the provinces", "regional cooperation in support of Afghanistan"] },
  { name: "United Nations Mission in South Sudan", acronym: "UNMISS", head: "Special Representative of the Secretary-General for South Sudan and Head of the United Nations Mission in South Sudan", pronoun: "the Mission",
    topics: ["the protection of civilians at protection sites", "the monitoring and investigation of human rights violations", "the delivery of humanitarian assistance through safe access", "support to the implementation of the peace agreement", "the safety of displaced persons returning home"] },
  { name: "United Nations Interim Force in Lebanon", acronym: "UNIFIL", head: "Head of Mission and Force Commander of the United Nations Interim Force in Lebanon", pronoun: "the Force",
    topics: ["the cessation of hostilities along the Blue Line", "coordination with the Lebanese Armed Forces", "the marking of the Blue Line", "civil-military cooperation with local communities", "maritime interdiction operations"] },
  { name: "United Nations Assistance Mission for Iraq", acronym: "UNAMI", head: "Special Representative of the Secretary-General for Iraq and Head of the United Nations Assistance Mission for Iraq", pronoun: "the Mission",
    topics: ["national reconciliation and inclusive political dialogue", "the resolution of disputed internal boundaries", "support to electoral preparations", "the promotion of human rights and the rule of law", "the coordination of reconstruction assistance"] },
  { name: "United Nations Office on Drugs and Crime", acronym: "UNODC", head: "Executive Director of the United Nations Office on Drugs and Crime", pronoun: "the Office",
    topics: ["the ratification of the conventions against transnational organized crime and corruption", "border control capacity of Member States", "alternative development in opium-producing areas", "criminal justice responses to terrorism", "research on global drug markets"] },
  { name: "Department of Operational Support", acronym: "DOS", head: "Under-Secretary-General for Operational Support", pronoun: "the Department",
    topics: ["end-to-end supply chain management for client entities", "the support provided to entities in special situations", "the health-care services available to personnel in the field", "the capacity development of uniformed personnel", "the administration of the delegated authorities"] },
  { name: "Department of Management Strategy, Policy and Compliance", acronym: "DMSPC", head: "Under-Secretary-General for Management Strategy, Policy and Compliance", pronoun: "the Department",
    topics: ["the management policy framework of the Secretariat", "the monitoring of delegated authority", "the results-based budgeting of the Secretariat", "enterprise risk management across the Secretariat", "business transformation and continuous improvement"] },
  { name: "Department of Political and Peacebuilding Affairs", acronym: "DPPA", head: "Under-Secretary-General for Political and Peacebuilding Affairs", pronoun: "the Department",
    topics: ["the support to the Peacebuilding Commission", "the allocation of the Peacebuilding Fund", "inclusive peace processes with the participation of women", "the analysis provided to the Security Council", "the backstopping of special political missions"] },
];

/** Generic objective topics any entity can use. */
export const TOPICS = [
  "the delivery of mandated programmes within approved resources", "the timeliness of reports submitted to legislative bodies",
  "accountability for programme results across all units", "the gender balance of staff at all levels", "the implementation of accepted oversight recommendations",
  "the use of evaluation findings in programme planning", "knowledge management and the sharing of lessons learned", "the efficiency of administrative processes",
  "coordination with agencies, funds and programmes", "the management of extrabudgetary contributions", "risk management in programme implementation",
  "the use of data for decision-making", "the well-being and resilience of staff", "the accessibility of meetings and facilities for persons with disabilities",
  "the environmental sustainability of operations", "the protection of information assets", "compliance with the Organization's ethics standards",
  "partnerships with civil society and the private sector", "the visibility of the results achieved", "the engagement of young professionals",
  "the transparency of financial reporting", "business continuity arrangements", "the integration of disability inclusion in programmes",
  "the quality of services delivered to Member States", "the monitoring of programme performance indicators", "support to South-South cooperation",
  "multilingualism in the work of the entity", "the learning culture among staff", "the flexibility of working arrangements",
  "the prevention of sexual exploitation and abuse", "the prevention of sexual harassment in the workplace", "the digital transformation of work processes",
  "the travel policy of the entity", "the management of consultants and individual contractors", "inter-agency procurement collaboration",
];

/** Verbs that open objectives ("To strengthen …"). */
export const OBJECTIVE_VERBS = [
  "To strengthen", "To enhance", "To improve", "To ensure the effectiveness of", "To promote", "To advance", "To support", "To consolidate",
  "To reinforce", "To accelerate progress on", "To deepen", "To further improve", "To build on progress in", "To foster", "To sustain",
  "To raise the standard of", "To ensure continued progress in", "To give priority to", "To strengthen oversight of", "To review and improve",
];

/** Openings for noun-phrase objectives ("Enhanced …"); the topic follows. */
export const NOUN_OBJECTIVE_OPENINGS = [
  "Enhanced", "Effective management of", "Improved", "Strengthened", "Timely and efficient", "Greater coherence in", "Sustained progress in", "Better-coordinated",
  "Responsive", "Results-focused management of",
];

/** Tails that lengthen an objective (long cells). */
export const OBJECTIVE_TAILS = [
  "in line with the priorities set by the General Assembly", "so that Member States receive timely and reliable support", "with particular attention to the needs of developing countries",
  "in close cooperation with the other entities of the Secretariat and the wider United Nations system", "while ensuring value for money and full compliance with the regulations and rules of the Organization",
  "building on the lessons learned in the previous biennium", "taking into account the recommendations of the oversight bodies and the views expressed by Member States in the relevant intergovernmental bodies",
  "through a coherent and transparent approach agreed with all stakeholders", "at Headquarters and in offices away from Headquarters", "and report on progress in a transparent manner",
];

/** Expected accomplishments / results / outcomes: an opening and a topic-like object. */
export const ACCOMPLISHMENT_OPENINGS = [
  "Improved", "Increased", "Enhanced", "Strengthened", "Greater", "More effective", "Sustained", "Better", "More consistent",
  "Continued improvement in the", "Measurable progress in the", "Demonstrated",
];
/** Tails that lengthen an accomplishment (long cells). */
export const ACCOMPLISHMENT_TAILS = [
  "at Headquarters and in the field", "across all subprogrammes", "in the countries served", "as reflected in the feedback of Member States",
  "in line with the recommendations of the oversight bodies", "in cooperation with partner entities of the United Nations system", "for the benefit of the most vulnerable countries",
  "within existing resources",
];
export const ACCOMPLISHMENT_OBJECTS = [
  "capacity of Member States to implement agreed commitments", "support to intergovernmental deliberations", "coordination among units of the entity",
  "use of analytical products by policymakers", "access to information for stakeholders", "compliance with reporting deadlines", "responsiveness to requests from Member States",
  "participation of women in decision-making", "awareness of the entity's work among the public", "quality of advisory services", "efficiency in the use of resources",
  "delivery of technical cooperation projects", "uptake of policy recommendations", "accountability of managers for results", "planning of programme activities",
  "cooperation with regional organizations", "readiness to respond to emergencies", "staff engagement and motivation", "monitoring of mandated activities",
  "management of financial resources", "implementation of audit recommendations", "integration of cross-cutting issues", "use of shared services",
  "representation of unrepresented Member States among staff", "continuity of operations", "consistency of policy advice", "collection and use of performance data",
  "exchange of good practices", "outreach to new partners", "quality of documentation",
];

/** Things that are counted or measured in performance measures. */
export const MEASURED_THINGS = [
  ["reports", "submitted to the General Assembly by the slot date"], ["requests for advice", "answered within 10 working days"],
  ["audit recommendations", "implemented within the agreed time frame"], ["staff members", "completing mandatory training"],
  ["vacant posts", "filled within the target period"], ["workshops", "rated useful by participants"], ["invoices", "paid within 30 days of receipt"],
  ["projects", "closed financially within 12 months of completion"], ["evaluations", "with a management response"], ["performance appraisals", "completed on time"],
  ["missions", "supported with a needs assessment"], ["publications", "issued in all official languages"], ["meetings", "serviced as scheduled"],
  ["press releases", "issued on the day of the meeting"], ["contracts", "awarded through competitive bidding"], ["visits", "completed as planned"],
  ["recommendations of the Board of Auditors", "fully implemented"], ["policies", "reviewed and updated"], ["beneficiary countries", "reporting improved capacity"],
  ["complaints", "resolved within 60 days"], ["travel requests", "approved at least 16 days before departure"], ["grants", "disbursed within the planned period"],
];
export const DURATION_THINGS = [
  "the average time taken to fill a vacancy", "the time needed to process a request for advice", "the average time for the issuance of parliamentary documents",
  "the lead time for the procurement of goods", "the time taken to complete an investigation", "the time required to deploy staff to a new mission",
  "the average processing time for education grant claims", "the time taken to respond to written queries from delegations", "the duration of the onboarding process",
  "the average time for the settlement of claims",
];
export const COUNTED_OUTPUTS = [
  "Member States requesting technical assistance", "national officials trained", "partnership agreements signed", "joint programmes launched",
  "countries reporting on the agreed indicators", "policy briefs issued", "users of the online platform", "regional consultations held",
  "data sets published in open formats", "advisory missions undertaken",
];

/** Measures without a number, used beside numeric ones. */
export const QUALITATIVE_MEASURES = [
  "Positive feedback from Member States on the quality of services received.", "Adoption by the intergovernmental body of the recommendations submitted.",
  "Workplan approved and monitored on a quarterly basis.", "Annual report on lessons learned shared with all staff.", "Endorsement of the strategy by the senior management team.",
  "Recommendations reflected in the outcome documents of the session.", "Clean audit opinion on the financial statements.", "Business continuity plan tested and updated during the year.",
  "Evaluation of the pilot completed and findings presented to management.", "Guidelines issued and available on the intranet.",
];

/** Risks and mitigations (a risk, then the response). */
export const RISKS = [
  "Delays in the approval of resources", "High turnover of staff in key functions", "Deterioration of the security situation", "Late submission of inputs by contributing offices",
  "Insufficient extrabudgetary funding", "Competing priorities of partner entities", "Limited connectivity in field locations", "Changes in the political environment",
  "Liquidity constraints of the Organization", "Unforeseen increases in the volume of requests", "Slow adoption of new systems by users", "Disruption of supply routes",
];
export const MITIGATIONS = [
  "early engagement with the budget committees", "cross-training of staff and succession planning", "contingency plans agreed with the host Government",
  "a tracking system with automatic reminders", "a diversified donor base and pooled funding", "regular senior-level coordination meetings", "offline tools and satellite links",
  "scenario planning reviewed every quarter", "prioritization of activities in the workplan", "temporary surge capacity from a roster", "a targeted training and help-desk campaign",
  "alternative suppliers under framework agreements",
];

/** Challenges paragraphs. */
export const CHALLENGES = [
  "The growing volume of mandates is not matched by a growth in resources.", "Recruitment for specialized posts remains slow in hardship locations.",
  "Extrabudgetary funding is increasingly earmarked and unpredictable.", "The security environment restricts the movement of staff in several locations.",
  "Legacy information systems limit the availability of timely management data.", "Coordination across time zones and duty stations adds to transaction costs.",
  "Demand for services continues to exceed the capacity of the entity.", "Changes in the political context may affect the timelines of key processes.",
  "The transition to new enterprise systems requires sustained investment in training.", "Language requirements narrow the pool of qualified candidates.",
  "Volatile exchange rates affect the value of contributions received.", "Dependence on external partners for data creates delays in reporting.",
];

/** Fictional managers: honorific, name. Never real office-holders. */
export const MANAGERS = [
  ["Ms.", "Amara Okonkwo-Reyes"], ["Mr.", "Tomasz Wielgosz"], ["Ms.", "Leilani Kahale"], ["Mr.", "Rashid Al-Fadhli"], ["Ms.", "Ingeborg Sæther"],
  ["Mr.", "Mateus Carvalho Lima"], ["Ms.", "Priya Raghunathan"], ["Mr.", "Kwame Asante Boateng"], ["Ms.", "Elena Dumitrescu"], ["Mr.", "Hiroshi Tanabe"],
  ["Ms.", "Nadia Benkirane"], ["Mr.", "Oleksandr Petrenko"], ["Ms.", "Catalina Herrera Vidal"], ["Mr.", "Jean-Baptiste Mukendi"], ["Ms.", "Siobhán Mac Giolla"],
  ["Mr.", "Arvid Lindqvist"], ["Ms.", "Thandiwe Mokoena"], ["Mr.", "Farhad Karimov"], ["Ms.", "Mariana Ostrowska"], ["Mr.", "Diego Fernández Ocampo"],
  ["Ms.", "Aigerim Suleimenova"], ["Mr.", "Nguyen Van Thanh"], ["Ms.", "Rosa María Quispe"], ["Mr.", "Emeka Obi-Nwosu"],
];

/** Secretaries-General by year; the counterpart of every compact. */
export function secretaryGeneral(year) {
  if (year <= 2006) return { honorific: "Mr.", name: "Kofi A. Annan" };
  if (year <= 2016) return { honorific: "Mr.", name: "Ban Ki-moon" };
  return { honorific: "Mr.", name: "António Guterres" };
}

/** Lead-in sentences before a table ("{year}" replaced). */
export const LEAD_INS = [
  "In {year}, I will give priority to the following results.", "The following programme results will receive my particular attention in {year}.",
  "I will focus on achieving the results set out in the table below during {year}.", "The objectives below reflect the priorities agreed for {year}.",
  "For {year}, the priority results of {pronoun} are as follows.",
];

/** Mandate lead-ins for mission lists. */
export const MANDATE_LEADS = [
  "{Pronoun} provides substantive and support backstopping to the following field operations:",
  "In {year}, {pronoun} will continue to support the following missions:",
  "The following operations receive guidance and support from {pronoun}:",
];
