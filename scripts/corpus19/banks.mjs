/**
 * Word banks of the nineteenth corpus (scripts/corpus19/generate.mjs), written new for it: offices no
 * earlier corpus bank names — the Office of the Special Envoy for Haiti (2009–2012), the Office of the
 * Special Envoy of the Secretary-General for Burundi (OSESG-B, 2016–2021, a political office in the
 * gazetteer), the secretariat of the Joint Inspection Unit (JIU), the secretariat of the Independent
 * Audit Advisory Committee (IAAC, from 2008), the United Nations Global Compact Office (its head's
 * title changes in 2015) and the Office of the Secretary-General's Envoy on Technology (2021–2023; in
 * 2024 the Office for Digital and Emerging Technologies) — their heads' titles, budget sections,
 * objectives, accomplishments, indicators (a value range and a unit), risks, challenges, and a
 * managerial bank. Managers are invented; pdfmake embeds every font it prints with, so names may use
 * any Latin letter the fonts have (ł, ć, ř, ş).
 */
export const FIRST = ["Adaeze", "Bertrand", "Chiara", "Dorota", "Emeka", "Fatoumata", "Gustavo", "Halima", "Ioana", "Jens", "Kwabena", "Leilani", "Mateusz", "Nadia", "Olumide", "Paulina", "Radu", "Solveig", "Tariq", "Ugne", "Vikram", "Wiebke", "Yerlan", "Zofia"];
export const LAST = ["Achterberg", "Bałazy", "Cissé", "Dąbrowski", "Erdoğan", "Fitzgerald", "Gašparović", "Hakimi", "Iwu", "Janković", "Kowalczyk", "Lemaître", "Mbeki-Ndlovu", "Nørgaard", "Okonkwo", "Petrescu", "Qureshi", "Rukundo", "Szabó", "Tshibanda", "Ulloa", "Vukčević", "Wasilewski", "Yilmaz"];

const pct = (t, lo = 40, hi = 95) => ({ t, unit: "%", lo, hi });
const num = (t, lo, hi) => ({ t, unit: "number", lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: () => "Office of the Special Envoy for Haiti", acronym: () => "OSEH",
    head: () => "Special Envoy of the Secretary-General for Haiti",
    years: [2009, 2012], sect: "3", missions: true,
    objectives: [
      "To mobilize international support for the recovery and reconstruction of Haiti",
      "To promote private investment and job creation in Haiti",
      "To track the disbursement of pledges made at the International Donors’ Conference",
      "To support the Interim Haiti Recovery Commission in approving reconstruction projects",
      "To advocate for the improvement of living conditions in the camps for displaced persons",
      "To coordinate the response of the United Nations system to the cholera epidemic",
      "To strengthen the capacity of the Government of Haiti to manage aid",
    ],
    accomplishments: [
      "Pledges tracked and reported publicly",
      "Reconstruction projects approved by the Commission",
      "Investment conferences organized with the Government",
      "Displaced persons relocated from camps to housing",
      "Donor assistance aligned with national priorities",
      "Cholera treatment centres supported by partners",
      "Aid management platform used by ministries",
    ],
    indicators: [
      pct("Pledges disbursed", 20, 80), num("Reconstruction projects approved", 30, 120),
      num("Investors attending the investment forum", 200, 1200), num("Displaced persons still living in camps (thousands)", 300, 1500),
      days("Average time to approve a project", 20, 90), pct("Donor funding recorded in the aid management platform", 30, 90),
      num("Cholera treatment centres operating", 40, 250),
    ],
    challenges: ["Pledges are disbursed more slowly than announced.", "Land tenure disputes delay the building of housing.", "Hurricane seasons interrupt the reconstruction work."],
  },
  {
    name: () => "Office of the Special Envoy of the Secretary-General for Burundi", acronym: () => "OSESG-B",
    head: () => "Special Envoy of the Secretary-General for Burundi",
    years: [2016, 2021], sect: "3", missions: true,
    objectives: [
      "To support the inter-Burundian dialogue facilitated by the East African Community",
      "To promote respect for human rights and the rule of law in Burundi",
      "To support the preparation of peaceful, inclusive and credible elections in 2020",
      "To encourage the return of Burundian refugees in safety and dignity",
      "To engage the guarantors of the Arusha Peace and Reconciliation Agreement",
      "To keep the Security Council informed of the political and security situation",
      "To promote the political participation of women and young people",
    ],
    accomplishments: [
      "Sessions of the inter-Burundian dialogue held",
      "Consultations with political parties and civil society conducted",
      "Refugees returned voluntarily from neighbouring countries",
      "Briefings delivered to the Security Council",
      "Joint missions with the African Union and the East African Community undertaken",
      "Women’s networks for peace supported in the provinces",
    ],
    indicators: [
      num("Dialogue sessions convened", 1, 6), num("Consultations with national stakeholders held", 20, 120),
      num("Refugees returned (thousands)", 10, 90), num("Briefings to the Security Council", 2, 6),
      pct("Consultations that included women", 30, 70), days("Average time to issue a statement after an incident", 1, 7),
    ],
    challenges: ["The Government has limited its engagement with the United Nations.", "Political space for the opposition and the media has narrowed.", "The regional facilitation has stalled."],
  },
  {
    name: () => "Secretariat of the Joint Inspection Unit", acronym: () => "JIU",
    head: () => "Executive Secretary of the Joint Inspection Unit",
    years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To support the Inspectors in carrying out system-wide evaluations, inspections and investigations",
      "To improve the follow-up of the recommendations of the Unit by participating organizations",
      "To deliver the programme of work approved by the Unit on schedule",
      "To strengthen the web-based tracking system for recommendations",
      "To improve the quality and relevance of the reports of the Unit",
      "To enhance cooperation with other oversight bodies of the United Nations system",
    ],
    accomplishments: [
      "Reports and notes issued to legislative organs",
      "Recommendations accepted by participating organizations",
      "Projects of the programme of work completed",
      "Web-based tracking system used by all participating organizations",
      "Peer review of the Unit completed",
      "Consultations held with the Chief Executives Board",
    ],
    indicators: [
      num("Reports and notes issued", 6, 14), pct("Recommendations accepted", 55, 90),
      pct("Accepted recommendations implemented", 50, 85), pct("Projects completed within the year", 60, 100),
      num("Participating organizations reporting through the system", 18, 28), days("Average time to issue a report after its review", 30, 120),
    ],
    challenges: ["Participating organizations consider reports at different times.", "The Unit depends on the cooperation of the secretariats it reviews.", "Resources for system-wide reviews are limited."],
  },
  {
    name: () => "Secretariat of the Independent Audit Advisory Committee", acronym: () => "IAAC",
    head: () => "Executive Secretary of the Independent Audit Advisory Committee",
    years: [2008, 2024], sect: "1", missions: false,
    objectives: [
      "To support the Committee in advising the General Assembly on the scope and results of audits",
      "To review the budget proposals of the Office of Internal Oversight Services",
      "To advise on the effectiveness of the enterprise risk management framework",
      "To monitor the implementation of the recommendations of the oversight bodies",
      "To support the Committee in its review of the financial statements",
      "To prepare the annual report of the Committee to the General Assembly",
    ],
    accomplishments: [
      "Sessions of the Committee serviced",
      "Annual report submitted to the General Assembly",
      "Reports on the budget of the oversight office issued",
      "Meetings held with the Board of Auditors",
      "Risk management framework reviewed",
      "Recommendations of the Committee accepted by management",
    ],
    indicators: [
      num("Sessions of the Committee serviced", 3, 5), pct("Committee documents issued on time", 70, 100),
      pct("Recommendations of the Committee accepted", 60, 100), num("Meetings with oversight bodies", 4, 16),
      days("Average time to issue a session report", 10, 45), num("Entities briefing the Committee", 6, 20),
    ],
    challenges: ["The volume of oversight reports has grown faster than the Committee’s resources.", "Risk registers are not yet maintained in every department.", "Meeting schedules depend on the calendar of the Fifth Committee."],
  },
  {
    name: () => "United Nations Global Compact Office", acronym: () => "UNGC",
    head: (y) => (y < 2015 ? "Executive Director of the United Nations Global Compact Office" : "Chief Executive Officer and Executive Director of the United Nations Global Compact"),
    years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To mobilize businesses to align their strategies with the ten principles of the Global Compact",
      "To support local networks of the Global Compact in developing countries",
      "To increase the number of companies that report on their progress each year",
      "To engage the private sector in support of the Sustainable Development Goals",
      "To strengthen the integrity measures applied to participating companies",
      "To promote responsible business conduct in conflict-affected areas",
    ],
    accomplishments: [
      "Companies joined the Global Compact",
      "Communications on progress submitted",
      "Local networks established or strengthened",
      "Issue platforms launched with business partners",
      "Participants delisted for failure to report",
      "Leaders Summit convened",
    ],
    indicators: [
      num("New business participants", 800, 2500), pct("Participants submitting a communication on progress", 55, 90),
      num("Local networks operating", 50, 70), num("Companies taking part in issue platforms", 100, 900),
      days("Average time to review an integrity complaint", 15, 60), num("Countries with a local network", 60, 100),
    ],
    challenges: ["Many small enterprises lack the capacity to report.", "Funding from the Foundation for the Global Compact varies from year to year.", "Integrity complaints increase with the number of participants."],
  },
  {
    name: (y) => (y < 2024 ? "Office of the Secretary-General’s Envoy on Technology" : "Office for Digital and Emerging Technologies"),
    acronym: (y) => (y < 2024 ? "OSET" : "ODET"),
    head: (y) => (y < 2024 ? "Secretary-General’s Envoy on Technology" : "Under-Secretary-General and Special Envoy for Digital and Emerging Technologies"),
    years: [2021, 2024], sect: "1", missions: false,
    objectives: [
      "To advance the implementation of the Roadmap for Digital Cooperation",
      "To support the preparation of the Global Digital Compact",
      "To promote universal and meaningful connectivity by 2030",
      "To coordinate the work of the United Nations system on artificial intelligence",
      "To strengthen digital public infrastructure in developing countries",
      "To promote the protection of human rights online",
    ],
    accomplishments: [
      "Multi-stakeholder consultations held",
      "Member States briefed on the Global Digital Compact",
      "Advisory body on artificial intelligence supported",
      "Digital public goods registered",
      "Partnerships on connectivity launched",
      "Policy briefs issued",
    ],
    indicators: [
      num("Consultations held", 10, 60), num("Member States engaged in the consultations", 80, 193),
      num("Digital public goods recognized", 50, 200), pct("Entities reporting on the Roadmap", 40, 90),
      num("Policy briefs issued", 2, 8), days("Average time to answer a request from a Member State", 3, 20),
    ],
    challenges: ["Technology changes faster than intergovernmental processes.", "Member States differ on the governance of artificial intelligence.", "The Office is small and relies on secondments."],
  },
];

export const MANAGERIAL = {
  objectives: [
    "To fill vacant posts within the recruitment timelines of the Organization",
    "To ensure that every staff member has a performance plan and an evaluation",
    "To close the audit recommendations addressed to the Office",
    "To reach equal representation of women and men among the staff of the Office",
    "To implement the budget of the Office as approved by the General Assembly",
    "To make the premises and meetings of the Office accessible to persons with disabilities",
    "To complete the mandatory training on the prevention of harassment",
    "To plan official travel early enough to obtain economy fares",
    "To keep the delegation of authority records of the Office up to date",
  ],
  accomplishments: [
    "Posts filled within the benchmark",
    "Performance evaluations completed",
    "Audit recommendations closed",
    "Gender balance reached at the Professional level",
    "Expenditure kept within the allotment",
    "Harassment prevention course completed by all staff",
    "Tickets purchased ahead of travel",
  ],
  indicators: [
    days("Average days from the closing of a vacancy to selection", 60, 150), pct("Evaluations completed by the deadline", 70, 100),
    pct("Audit recommendations closed within the year", 55, 100), pct("Women among Professional staff", 35, 55),
    pct("Budget implementation", 88, 100), pct("Staff who completed the harassment prevention course", 70, 100),
    pct("Tickets bought 16 days or more before travel", 40, 90),
  ],
};

export const RISKS = [
  "Travel restrictions prevent visits; mitigation: virtual consultations and local partners",
  "Extrabudgetary funding falls short; mitigation: priorities reviewed with donors each quarter",
  "Counterparts change after elections; mitigation: early briefings for new officials",
  "Vacancies in key posts; mitigation: temporary assignments and a roster of candidates",
  "Partners report late; mitigation: shared calendar and reminders",
  "Competing priorities of Member States; mitigation: regular informal briefings",
];
