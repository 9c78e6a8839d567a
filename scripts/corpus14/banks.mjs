/**
 * Word banks of the fourteenth corpus (scripts/corpus14/generate.mjs): offices no earlier corpus
 * names, with their heads' titles, budget sections, objectives, accomplishments, indicators (a value
 * range and a unit), risks with their mitigations and challenges; invented wording throughout.
 */
export const FIRST = ["Amara", "Bogdan", "Chiara", "Dmitri", "Efua", "Farid", "Grete", "Haruto", "Ilse", "Joaquín", "Kalani", "Leila", "Mateus", "Nkechi", "Oskar", "Priya", "Rashida", "Søren", "Tomasz", "Ulla", "Valentina", "Wanjiru", "Ximena", "Yusuf", "Zoltán"];
export const LAST = ["Abernethy", "Bakayoko", "Castellanos", "Dąbrowski", "Eriksdottir", "Fonseca", "Gebremedhin", "Hakimi", "Ivanišević", "Jørgensen", "Kamakau", "Lindqvist", "Mbeki-Osei", "Nakashima", "Oyelaran", "Petrosyan", "Quintero", "Rasmussen", "Szabó", "Tiwari", "Uwimana", "Villanueva", "Whitfield", "Yamamoto", "Zapata"];

/** Indicators: `t` the measure's wording, `of` the base of a percentage, `unit` %, number or days, range lo..hi. */
const pct = (of, lo = 55, hi = 98) => ({ t: `Share of ${of}`, of, unit: "%", lo, hi });
const num = (t, lo, hi, unitWord = "number") => ({ t, unit: "number", unitWord, lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: "United Nations Office for Partnerships", acronym: "UNOP", head: "Executive Director", years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To widen the circle of private foundations that co-finance United Nations projects",
      "To channel philanthropic grants to programmes that advance the Sustainable Development Goals",
      "To give Member States a single entry point for partnerships with the private sector",
      "To shorten the time between a partnership proposal and the signature of its agreement",
      "To account transparently for every contribution received through the partnership fund",
      "To advise departments on the due diligence of prospective corporate partners",
      "To mobilize matching funds for small island developing States",
      "To convene business leaders around the priorities of the General Assembly",
    ],
    accomplishments: [
      "New foundation partners co-financing approved projects",
      "Grant proposals screened against the eligibility criteria of the fund",
      "Partnership agreements signed within the agreed service standard",
      "Annual report on contributions issued to Member States on schedule",
      "Due diligence opinions delivered to requesting departments",
      "Matching funds pledged at the annual partnership forum",
      "Implementing entities reporting on grant results each year",
    ],
    indicators: [pct("grant proposals screened within 30 days"), pct("partnership agreements signed within 60 days", 40, 95), num("Foundations co-financing projects", 6, 40), num("Grants disbursed to implementing entities", 20, 160, "grants"), days("Average days to issue a due diligence opinion", 5, 30), pct("implementing entities reporting results on time", 60, 100), num("Business leaders attending the partnership forum", 80, 450, "participants"), pct("contributions recorded within 10 working days", 70, 100)],
    risks: ["Donor priorities shifting away from the fund's themes; broaden the partner base", "Delays in clearance by implementing entities; agree service standards in advance", "Reputational exposure from corporate partners; apply the due diligence framework", "Currency losses on pledged contributions; record pledges at the operational rate", "Turnover of focal points in departments; keep a shared roster of contacts"],
    challenges: ["Contributions earmarked for narrow themes limit the fund's flexibility.", "The due diligence workload grows faster than the staff of the Office.", "Reporting by implementing entities remains uneven across regions.", "Partners expect faster signature than the legal review allows.", "Matching funds depend on a small number of large foundations."],
  },
  {
    name: "Office of Rule of Law and Security Institutions", acronym: "OROLSI", head: "Assistant Secretary-General for Rule of Law and Security Institutions", years: [2008, 2024], sect: "5", missions: true,
    objectives: [
      "To strengthen national police services in countries hosting peace operations",
      "To support host Governments in rebuilding justice and corrections institutions",
      "To reduce the threat posed by explosive hazards to civilians and peacekeepers",
      "To advance disarmament, demobilization and reintegration of former combatants",
      "To help national authorities reform their security sector under civilian oversight",
      "To deploy standing police and justice capacities within weeks of a request",
      "To align the rule-of-law work of missions with United Nations country teams",
      "To integrate gender expertise into police and corrections components",
    ],
    accomplishments: [
      "National police officers vetted, trained and deployed in mission areas",
      "Prisons operating under minimum standards of detention",
      "Land released for productive use after clearance of explosive hazards",
      "Former combatants enrolled in community-based reintegration programmes",
      "Security sector reform strategies adopted by host Governments",
      "Standing capacities deployed to new and expanding missions",
      "Joint rule-of-law programmes agreed with country teams",
    ],
    indicators: [pct("police officers vetted before deployment"), num("Prisons meeting minimum detention standards", 3, 28, "prisons"), num("Square kilometres of land released after clearance", 10, 240, "km²"), num("Former combatants enrolled in reintegration", 900, 9000, "persons"), days("Days from request to deployment of the standing police capacity", 14, 60), pct("mission police components with a gender adviser", 40, 100), num("Joint rule-of-law programmes with country teams", 2, 14, "programmes"), pct("corrections officers trained in human rights standards", 50, 95)],
    risks: ["Deterioration of security in mission areas; phase deployments by sector", "Insufficient extrabudgetary funding for reintegration; seek pooled funding", "Limited political will for security sector reform; engage through good offices", "Slow recruitment of specialized personnel; expand the roster of experts", "Contamination data incomplete; conduct non-technical surveys first"],
    challenges: ["The demand for standing capacities exceeds the posts approved.", "Host Governments' budgets for corrections remain small.", "Explosive hazard clearance is slowed by the rainy season.", "Reintegration opportunities are scarce in rural areas.", "Mission drawdowns leave gaps in rule-of-law support."],
  },
  {
    name: "United Nations Office on Sport for Development and Peace", acronym: "UNOSDP", head: "Special Adviser to the Secretary-General on Sport for Development and Peace", years: [2008, 2017], sect: "1", missions: true,
    objectives: [
      "To bring sport-based programmes into the peacebuilding plans of United Nations entities",
      "To open youth leadership camps to participants from post-conflict countries",
      "To promote the International Day of Sport for Development and Peace among Member States",
      "To encourage sport federations to commit to the goals of the Organization",
      "To document good practice in the use of sport for social inclusion",
      "To support host cities of major sporting events in leaving a social legacy",
      "To foster the participation of women and girls in community sport",
      "To coordinate the Group of Friends of Sport for Development and Peace",
    ],
    accomplishments: [
      "Young leaders trained at the youth leadership camps",
      "Entities referring to sport in their country programmes",
      "Member States observing the International Day",
      "Federations signing memorandums of understanding with the Office",
      "Good practice compiled and shared online",
      "Legacy plans agreed with host cities",
      "Community programmes for women and girls in sport",
    ],
    indicators: [num("Young leaders trained at the camps", 25, 180, "participants"), pct("camp participants from post-conflict countries", 30, 80), num("Member States observing the International Day", 40, 150, "States"), num("Memorandums of understanding with federations", 2, 12, "memorandums"), num("Good practice case studies published", 5, 40, "case studies"), days("Days to answer a request for advice from a host city", 3, 21), pct("community programmes led by women", 20, 70), num("Meetings of the Group of Friends convened", 2, 8, "meetings")],
    risks: ["Sponsors withdrawing support for the camps; diversify sponsorship", "Visa delays for participants; request letters early", "Low visibility of the International Day; work with national committees", "Federations' commitments not followed up; agree annual reviews", "Security incidents at venues; coordinate with the Department of Safety and Security"],
    challenges: ["The Office depends almost entirely on voluntary contributions.", "Evidence of the impact of sport programmes is still thin.", "Participants' travel is costly for the least developed countries.", "Federations' priorities change with each event cycle.", "Media interest peaks only around major events."],
  },
  {
    name: "Office of the Ombudsperson to the Security Council ISIL (Da’esh) and Al-Qaida Sanctions Committee", acronym: "OOMB", head: "Ombudsperson", years: [2010, 2024], sect: "3", missions: false,
    objectives: [
      "To give listed individuals and entities a fair and clear procedure to request delisting",
      "To complete the information-gathering period of each case within the time set by the Council",
      "To obtain relevant information from States of residence and nationality",
      "To present comprehensive reports to the Sanctions Committee on every delisting request",
      "To make the procedure known to petitioners and their counsel",
      "To protect the confidentiality of information provided by States",
      "To report to the Security Council on the activities of the Office twice a year",
    ],
    accomplishments: [
      "Delisting requests acknowledged and transmitted promptly",
      "States responding to requests for information within the deadline",
      "Comprehensive reports submitted to the Committee on time",
      "Petitioners informed of the outcome with reasons",
      "Confidentiality arrangements concluded with States",
      "Biannual reports issued to the Council",
    ],
    indicators: [days("Days to acknowledge a delisting request", 2, 15), pct("States responding within the information-gathering period", 45, 95), pct("comprehensive reports submitted on time", 70, 100), num("Confidentiality arrangements in force", 8, 22, "arrangements"), pct("petitioners informed of the reasons for the decision", 80, 100), num("Outreach briefings for counsel and civil society", 3, 15, "briefings"), num("Cases completed during the year", 4, 18, "cases")],
    risks: ["States not replying to requests; follow up through permanent missions", "Classified information not shared; conclude arrangements in advance", "Petitioners unable to travel; hold interviews by video link", "Caseload peaks; extend the period as the resolution allows"],
    challenges: ["Some States do not share the information needed to assess a case.", "The Office has no independent secretariat of its own.", "Petitioners in conflict areas are hard to reach.", "Translation of case documents delays the dialogue phase.", "The mandate must be renewed by the Council at short notice."],
  },
  {
    name: "Office of the Secretary-General’s Envoy on Technology", acronym: "OSET", head: "Secretary-General’s Envoy on Technology", years: [2021, 2024], sect: "1", missions: false,
    objectives: [
      "To advance the implementation of the Roadmap for Digital Cooperation",
      "To prepare the Global Digital Compact with Member States and stakeholders",
      "To support the High-level Advisory Body on Artificial Intelligence",
      "To promote universal and meaningful connectivity by 2030",
      "To protect human rights online through system-wide guidance",
      "To build digital public infrastructure in developing countries",
      "To bring together the digital cooperation work of United Nations entities",
    ],
    accomplishments: [
      "Roadmap action areas led by champion entities",
      "Consultations held on the Global Digital Compact",
      "Advisory Body reports issued on schedule",
      "Connectivity targets adopted by Member States",
      "System-wide guidance on human rights online applied",
      "Countries receiving support for digital public infrastructure",
    ],
    indicators: [num("Roadmap action areas with a champion", 4, 8, "areas"), num("Stakeholder consultations held", 6, 30, "consultations"), pct("Advisory Body deliverables issued on schedule", 60, 100), num("Member States adopting connectivity targets", 10, 90, "States"), num("Entities applying the human rights guidance", 5, 35, "entities"), days("Days to respond to a country request", 10, 45), pct("digital cooperation entities reporting on joint work", 50, 95)],
    risks: ["Divergent positions among Member States; hold informal consultations", "Rapid change in technology outpacing guidance; review guidance yearly", "Limited staff for country support; partner with development agencies", "Stakeholder fatigue; concentrate consultations in regional meetings"],
    challenges: ["The Office was established with a small staff and no field presence.", "Expectations of stakeholders exceed the mandate agreed by Member States.", "Artificial intelligence governance changes month by month.", "Funding for connectivity projects sits with other entities."],
  },
];

export const MANAGERIAL = {
  objectives: [
    "To manage the Office's budget so that expenditure stays within the approved allotment",
    "To reach gender parity among professional staff of the Office",
    "To fill vacant posts within the timeline of the staff selection system",
    "To complete the performance appraisals of all staff on time",
    "To implement the accepted recommendations of oversight bodies",
    "To keep the Office's travel requests compliant with the advance purchase policy",
    "To improve the geographical diversity of the Office's staff",
    "To embed risk management in the Office's annual workplan",
  ],
  accomplishments: [
    "Expenditure tracked monthly against allotments",
    "Selection decisions taken within the timeline",
    "Appraisals completed in the performance management system",
    "Oversight recommendations closed",
    "Tickets purchased in advance of travel",
    "Risk register reviewed by senior management",
  ],
  indicators: [pct("the allotment spent by year end", 85, 100), pct("women among professional staff", 35, 55), days("Days from vacancy announcement to selection", 90, 220), pct("appraisals completed by the deadline", 70, 100), pct("oversight recommendations implemented", 50, 95), pct("tickets purchased 16 days before travel", 40, 90), num("Nationalities represented among staff", 12, 60, "nationalities")],
  risks: ["Liquidity constraints; prioritize mandated activities", "Few qualified candidates from unrepresented States; widen outreach", "Late reporting by managers; send monthly reminders"],
};

/** Scopes appended to programme objectives to keep them unique within a document. */
export const SCOPES = ["", " in Africa", " in the Asia-Pacific region", " in Latin America and the Caribbean", " through regional partners", " across the United Nations system", " in countries in transition"];
