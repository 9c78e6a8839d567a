/**
 * Word banks of the seventeenth corpus (scripts/corpus17/generate.mjs), written new for it: offices
 * no earlier corpus bank names — the Office of the Special Adviser to the Secretary-General on Yemen
 * (OSASGY, 2012–14, then the Office of the Special Envoy for Yemen, OSESGY: the name, acronym and
 * head's title follow the year), the Office of the Special Adviser to the Secretary-General on Cyprus
 * (OSASG), the secretariat of the Advisory Committee on Administrative and Budgetary Questions, the
 * Office of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation
 * and Abuse, and the United Nations Investigative Team to Promote Accountability for Crimes Committed
 * by Da’esh/ISIL (UNITAD) — their heads' titles, budget sections, objectives, accomplishments,
 * indicators (a value range and a unit), risks with mitigations, challenges, and a managerial bank.
 * Names of managers are invented.
 */
export const FIRST = ["Adaeze", "Birgitta", "Caetano", "Dragana", "Emeka", "Fatoumata", "Gideon", "Halldóra", "Ignacio", "Jolanta", "Kwabena", "Liesel", "Mateus", "Nadežda", "Olumide", "Paulina", "Radomir", "Saoirse", "Thandiwe", "Urszula", "Vikram", "Wilhelmina", "Yusuf", "Zofia"];
export const LAST = ["Achterberg", "Bakayoko", "Cárdenas", "Dimitrov", "Eze-Okafor", "Fitzgerald", "Gashi", "Halvorsen", "Ibekwe", "Jankowski", "Karimova", "Lund-Hansen", "Mwangi", "Nørgaard", "Obeng", "Pavlović", "Quispe", "Rahmani", "Sørensen", "Tshabalala", "Udeh", "Vasquez-Ortiz", "Wieczorek", "Yildirim"];

const pct = (t, lo = 40, hi = 95) => ({ t, unit: "%", lo, hi });
const num = (t, lo, hi) => ({ t, unit: "number", lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: (y) => (y < 2015 ? "Office of the Special Adviser to the Secretary-General on Yemen" : "Office of the Special Envoy of the Secretary-General for Yemen"),
    acronym: (y) => (y < 2015 ? "OSASGY" : "OSESGY"),
    head: (y) => (y < 2015 ? "Special Adviser of the Secretary-General on Yemen" : "Special Envoy of the Secretary-General for Yemen"),
    years: [2012, 2024], sect: "3", missions: true,
    objectives: [
      "To support an inclusive political process leading to a comprehensive settlement of the conflict in Yemen",
      "To facilitate agreement between the parties on a nationwide ceasefire",
      "To promote the implementation of the Stockholm Agreement, including the exchange of prisoners",
      "To ensure the meaningful participation of Yemeni women in all tracks of the peace process",
      "To support economic de-escalation measures, including the payment of public sector salaries",
      "To coordinate the support of regional and international partners for the peace process",
      "To open roads and crossings in Ta’izz and other governorates through negotiated arrangements",
      "To build the confidence of civil society and young people in the political process",
    ],
    accomplishments: [
      "Rounds of consultations convened with the parties",
      "Truce provisions observed and extended by the parties",
      "Detainees and prisoners released under agreed lists",
      "Women’s Technical Advisory Group consulted on each draft agreement",
      "Economic track meetings held with the Central Bank branches",
      "Joint statements issued by the members of the international contact group",
      "Humanitarian corridors negotiated and kept open",
    ],
    indicators: [
      num("Rounds of direct or proximity talks held", 2, 9), pct("Truce violations investigated by the coordination committee", 45, 90),
      num("Detainees released under agreed lists", 120, 1100), pct("Consultations including women delegates", 30, 70),
      num("Civil society consultations held in the governorates", 6, 30), days("Average time to convene the military coordination committee", 5, 30),
      num("Roads reopened under negotiated arrangements", 1, 6),
    ],
    challenges: ["Fighting on several front lines continues to undermine confidence between the parties.", "The economic and humanitarian crisis narrows the space for political compromise.", "Regional tensions affect the positions of the parties.", "Access restrictions limit the Office's engagement inside Yemen."],
  },
  {
    name: () => "Office of the Special Adviser to the Secretary-General on Cyprus", acronym: () => "OSASG", head: () => "Special Adviser of the Secretary-General on Cyprus",
    years: [2008, 2024], sect: "3", missions: true,
    objectives: [
      "To assist the two leaders in negotiations towards a comprehensive settlement of the Cyprus problem",
      "To support the work of the bicommunal technical committees",
      "To promote confidence-building measures between the two communities",
      "To facilitate the opening of additional crossing points along the buffer zone",
      "To support the Committee on Missing Persons in exhuming and identifying remains",
      "To enhance the involvement of civil society and women in the settlement process",
      "To coordinate the good offices mission with the peacekeeping force on the island",
      "To advance discussions on property, territory and security chapters",
    ],
    accomplishments: [
      "Leaders’ meetings held under the auspices of the Special Adviser",
      "Technical committee projects completed in both communities",
      "Crossing points opened and operating",
      "Remains of missing persons identified and returned to families",
      "Bicommunal civil society initiatives funded",
      "Convergence papers agreed on negotiation chapters",
      "Joint cultural heritage sites restored",
    ],
    indicators: [
      num("Meetings of the two leaders", 4, 40), num("Technical committee projects completed", 5, 25),
      num("Crossing points operating", 7, 11), num("Remains of missing persons identified", 15, 120),
      pct("Technical committees with a woman co-chair", 20, 60), num("Negotiation chapters with agreed convergences", 1, 6),
      num("Bicommunal events supported", 10, 60),
    ],
    challenges: ["Public support for a settlement has declined in both communities.", "Hydrocarbon exploration off the coast has raised tensions.", "Negotiations have stalled more than once since the last conference.", "Funding of the technical committees depends on voluntary contributions."],
  },
  {
    name: () => "Secretariat of the Advisory Committee on Administrative and Budgetary Questions", acronym: () => "ACABQ", head: () => "Executive Secretary of the Advisory Committee on Administrative and Budgetary Questions",
    years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To provide timely and accurate support to the Advisory Committee in its examination of budget proposals",
      "To ensure that the reports of the Advisory Committee are issued in time for the Fifth Committee",
      "To improve the quality of the substantive analysis submitted to the members of the Committee",
      "To facilitate the Committee's examination of peacekeeping budgets and financial statements",
      "To strengthen the institutional memory of the secretariat through a searchable archive",
      "To support the Committee's interaction with the Board of Auditors and oversight bodies",
      "To plan the programme of work of the Committee in consultation with the Chair",
      "To make the Committee's documents accessible to delegations in electronic form",
    ],
    accomplishments: [
      "Reports of the Committee issued in all official languages before consideration",
      "Analytical notes prepared for each budget hearing",
      "Hearings with representatives of the Secretary-General scheduled as planned",
      "Searchable archive of reports and recommendations maintained",
      "Briefings provided to new members of the Committee",
      "Programme of work adopted at the start of each session",
      "Documents posted on the Committee's website",
    ],
    indicators: [
      pct("Reports issued six weeks before consideration", 55, 95), num("Analytical notes prepared for hearings", 40, 160),
      days("Average time to draft a report after the last hearing", 6, 28), pct("Recommendations tracked in the archive", 60, 100),
      num("Hearings held with representatives of the Secretary-General", 60, 180), pct("Members rating briefings as useful", 70, 98),
      num("Peacekeeping budgets examined", 12, 20),
    ],
    challenges: ["Late submission of budget documents compresses the time for examination.", "The volume of reports has grown while the secretariat has not.", "Sessions overlap with those of the Fifth Committee.", "Turnover among members requires repeated briefings."],
  },
  {
    name: () => "Office of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse", acronym: () => "OSCSEA", head: () => "Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse",
    years: [2016, 2024], sect: "1", missions: true,
    objectives: [
      "To ensure a system-wide approach to preventing sexual exploitation and abuse",
      "To place the rights and dignity of victims at the centre of the response",
      "To strengthen the screening of personnel against records of misconduct",
      "To improve the timeliness of investigations into allegations",
      "To raise awareness among personnel and communities of the standards of conduct",
      "To support Member States in holding perpetrators accountable",
      "To harmonize the reporting of allegations across entities of the system",
      "To mobilize resources for the Trust Fund in Support of Victims",
    ],
    accomplishments: [
      "Action plans adopted by the heads of entities",
      "Victims referred to medical, psychosocial and legal assistance",
      "Personnel screened through the misconduct tracking system",
      "Investigations completed within the agreed time frame",
      "Community-based complaint mechanisms established in mission areas",
      "Paternity and child support claims facilitated",
      "Contributions to the Trust Fund received",
    ],
    indicators: [
      pct("Entities with an approved action plan", 50, 100), pct("Victims receiving assistance within 30 days", 40, 90),
      num("Personnel screened before recruitment", 2000, 30000), days("Average duration of investigations", 60, 180),
      num("Community-based complaint networks operating", 5, 40), num("Paternity claims facilitated", 3, 30),
      pct("Allegations reported through the common platform", 45, 95),
    ],
    challenges: ["Under-reporting of allegations persists in remote locations.", "Investigations depend on the cooperation of troop-contributing countries.", "Victims' assistance funding remains voluntary.", "Standards of conduct differ between entities and implementing partners."],
  },
  {
    name: () => "United Nations Investigative Team to Promote Accountability for Crimes Committed by Da’esh/ISIL", acronym: () => "UNITAD", head: () => "Special Adviser and Head of the United Nations Investigative Team to Promote Accountability for Crimes Committed by Da’esh/ISIL",
    years: [2018, 2024], sect: "3", missions: true,
    objectives: [
      "To collect, preserve and store evidence of acts that may amount to war crimes, crimes against humanity and genocide",
      "To support the domestic efforts of Iraq to hold members of Da’esh accountable",
      "To excavate mass graves in cooperation with the Iraqi authorities",
      "To digitize battlefield evidence held by the Iraqi authorities",
      "To ensure a survivor-centred approach in all investigative activities",
      "To share evidence with third States conducting related prosecutions",
      "To build the capacity of Iraqi judges and prosecutors in international crimes",
      "To promote awareness of the work of the Team among affected communities",
    ],
    accomplishments: [
      "Case files completed on priority lines of inquiry",
      "Mass graves excavated and remains handed over",
      "Documents digitized and entered into the evidence management system",
      "Witness statements recorded with psychosocial support",
      "Requests for assistance from third States answered",
      "Training delivered to Iraqi judicial personnel",
      "Outreach sessions held with Yazidi, Christian and Shia communities",
    ],
    indicators: [
      num("Case files completed", 2, 12), num("Mass grave sites excavated", 3, 25),
      num("Pages of documents digitized (thousands)", 200, 6000), num("Witness statements recorded", 150, 1200),
      pct("Requests from third States answered within 60 days", 50, 95), num("Iraqi judges and prosecutors trained", 20, 160),
      num("Outreach sessions held", 8, 40),
    ],
    challenges: ["The legal framework in Iraq does not yet criminalize international crimes.", "Evidence is dispersed among many national authorities.", "Security conditions limit access to some sites.", "The mandate depends on periodic renewal by the Security Council."],
  },
];

/** Risks, each with its mitigation, as printed in a risks column. */
export const RISKS = [
  "Talks suspended after an escalation; mitigation: shuttle diplomacy with each party",
  "Delays in the submission of documents; mitigation: agreed calendars with the authors",
  "Insufficient extrabudgetary funding; mitigation: early outreach to donors",
  "Staff turnover in key posts; mitigation: handover notes and temporary assignments",
  "Travel restrictions in the mission area; mitigation: virtual consultations",
  "Loss of confidence of a community; mitigation: targeted outreach by local staff",
  "Data protection breaches; mitigation: access controls and regular audits",
  "Competing priorities of partners; mitigation: a joint workplan reviewed quarterly",
  "Security incidents affecting field work; mitigation: coordination with the Department of Safety and Security",
  "Political deadlock on core issues; mitigation: parallel technical tracks",
];

export const MANAGERIAL = {
  objectives: [
    "To achieve gender parity at all levels of staff",
    "To ensure full compliance with the mandatory training programme",
    "To implement the accepted recommendations of the oversight bodies",
    "To improve geographical representation among staff in posts subject to it",
    "To reduce the time taken to fill vacant posts",
    "To ensure the timely completion of performance evaluations",
    "To reduce the environmental footprint of the Office",
    "To use the delegated authorities in line with the accountability framework",
  ],
  accomplishments: [
    "Women appointed at the P-5 level and above",
    "Staff completing the mandatory courses",
    "Oversight recommendations closed",
    "Candidates selected from unrepresented Member States",
    "Vacancies filled within the target time",
    "Performance documents completed by the deadline",
    "Official travel replaced by virtual meetings",
  ],
  indicators: [
    pct("Women among staff at the P-5 level and above", 35, 55), pct("Staff who completed the mandatory training", 70, 100),
    pct("Oversight recommendations implemented within the deadline", 60, 95), pct("Selections of candidates from unrepresented Member States", 5, 30),
    days("Average number of days to fill a vacancy", 90, 200), pct("Performance evaluations completed on time", 70, 100),
    pct("Tickets purchased 16 days before travel", 40, 85), num("Exceptions to delegated authority granted", 0, 6),
  ],
};
