/**
 * Word banks of the eighteenth corpus (scripts/corpus18/generate.mjs), written new for it: offices
 * no earlier corpus bank names — the Office of the United Nations Special Coordinator for the Middle
 * East Peace Process (UNSCO), the Office of the Personal Envoy of the Secretary-General for Western
 * Sahara, the Office of the Special Adviser on Myanmar (to 2016; from 2018 the Office of the Special
 * Envoy of the Secretary-General on Myanmar: name and head's title follow the year), the secretariat
 * of the International Civil Service Commission and the United Nations Register of Damage Caused by
 * the Construction of the Wall in the Occupied Palestinian Territory (UNRoD) — their heads' titles,
 * budget sections, objectives, accomplishments, indicators (a value range and a unit), risks,
 * challenges, and a managerial bank. Names of managers are invented, spelled within WinAnsi (the
 * standard PDF fonts jsPDF prints with cannot show other letters; see test/corpus18/README.md).
 */
export const FIRST = ["Aurélie", "Bongani", "Cristóbal", "Dagný", "Efua", "Florin", "Gulnara", "Hamid", "Ingrid", "Joaquim", "Kalinda", "Lorenzo", "Marijke", "Nnamdi", "Oksana", "Pádraig", "Rashida", "Sebastián", "Tamsin", "Ulrike", "Valentín", "Wanjiru", "Xavier", "Zainab"];
export const LAST = ["Abercrombie", "Benyahia", "Castellanos", "Delacroix", "Ekwueme", "Fonseca", "Grünewald", "Haddadi", "Isaksen", "Jovanović", "Kaboré", "Lindqvist", "Moreau-Diallo", "Nakashima", "Olaniyan", "Přibyl", "Quaresma", "Rosenthal", "Sánchez-Mora", "Tembo", "Urquhart", "Van der Berg", "Wójcik", "Zamora"].map((n) => n.replace("ć", "c").replace("ř", "r").replace("ó", "ó"));

const pct = (t, lo = 40, hi = 95) => ({ t, unit: "%", lo, hi });
const num = (t, lo, hi) => ({ t, unit: "number", lo, hi });
const days = (t, lo, hi) => ({ t, unit: "days", lo, hi });

export const OFFICES = [
  {
    name: () => "Office of the United Nations Special Coordinator for the Middle East Peace Process", acronym: () => "UNSCO",
    head: () => "Special Coordinator for the Middle East Peace Process and Personal Representative of the Secretary-General",
    years: [2006, 2024], sect: "3", missions: true,
    objectives: [
      "To support the parties in resuming meaningful negotiations towards a two-State solution",
      "To coordinate the humanitarian and development assistance of the United Nations system in the Occupied Palestinian Territory",
      "To facilitate the entry of reconstruction materials into Gaza under the temporary mechanism",
      "To promote intra-Palestinian reconciliation and the return of a single legitimate authority to Gaza",
      "To strengthen the institutions of a future Palestinian State",
      "To report to the Security Council on developments in the peace process each month",
      "To mobilize donor support through the Ad Hoc Liaison Committee",
      "To prevent the escalation of hostilities through engagement with all concerned parties",
    ],
    accomplishments: [
      "Monthly briefings delivered to the Security Council",
      "Reconstruction projects approved under the Gaza mechanism",
      "Donor pledges recorded at the Ad Hoc Liaison Committee",
      "Access for humanitarian personnel and goods maintained",
      "Consultations held with the Middle East Quartet envoys",
      "Fuel and electricity supply to Gaza increased",
      "Palestinian institutions assessed as ready for statehood",
    ],
    indicators: [
      num("Briefings to the Security Council delivered", 10, 14), num("Reconstruction projects approved", 40, 400),
      pct("Pledges disbursed within the year", 35, 85), days("Average time to clear a humanitarian movement request", 2, 21),
      num("Quartet envoys meetings convened", 3, 12), pct("Households in Gaza with eight hours of electricity a day", 20, 75),
      num("Donor coordination meetings held", 4, 20),
    ],
    challenges: ["The absence of a political horizon erodes trust between the parties.", "Restrictions on movement and access hamper recovery in Gaza.", "Funding shortfalls affect the humanitarian response.", "Recurrent escalations reverse gains in reconstruction."],
  },
  {
    name: () => "Office of the Personal Envoy of the Secretary-General for Western Sahara", acronym: () => "PESG-WS",
    head: () => "Personal Envoy of the Secretary-General for Western Sahara",
    years: [2008, 2024], sect: "3", missions: true,
    objectives: [
      "To facilitate negotiations between the parties without preconditions and in good faith",
      "To convene round-table meetings with Morocco, the Frente POLISARIO, Algeria and Mauritania",
      "To support confidence-building measures, including family visits across the berm",
      "To coordinate closely with the peacekeeping mission on the ground",
      "To engage the members of the Group of Friends on Western Sahara",
      "To keep the Security Council informed of progress in the political process",
      "To consult civil society and the population of the Territory and the refugee camps",
    ],
    accomplishments: [
      "Round-table meetings held with the four delegations",
      "Family visit programme resumed under the auspices of UNHCR",
      "Bilateral consultations held in the capitals of the region",
      "Briefings to the Group of Friends delivered",
      "Field visits conducted to Laayoune, Dakhla and the Tindouf camps",
      "Reports to the Security Council submitted on time",
    ],
    indicators: [
      num("Round-table meetings convened", 1, 4), num("Bilateral consultations held", 6, 30),
      num("Participants in family visits", 200, 2400), pct("Reports submitted by the requested date", 70, 100),
      num("Field visits conducted", 2, 8), days("Average time to respond to a communication from a party", 3, 15),
    ],
    challenges: ["The positions of the parties on the final status remain far apart.", "Regional tensions limit the scope for engagement.", "The vacancy of the post of Personal Envoy interrupted the process."],
  },
  {
    name: (y) => (y < 2018 ? "Office of the Special Adviser of the Secretary-General on Myanmar" : "Office of the Special Envoy of the Secretary-General on Myanmar"),
    acronym: (y) => (y < 2018 ? "OSA-Myanmar" : "OSE-Myanmar"),
    head: (y) => (y < 2018 ? "Special Adviser of the Secretary-General on Myanmar" : "Special Envoy of the Secretary-General on Myanmar"),
    years: [2008, 2024], sect: "3", missions: true,
    objectives: [
      "To support the national reconciliation process and an inclusive political dialogue in Myanmar",
      "To promote the release of political prisoners and respect for human rights",
      "To support the voluntary, safe and dignified return of refugees from Cox’s Bazar",
      "To engage the Association of Southeast Asian Nations on its Five-Point Consensus",
      "To advocate for unimpeded humanitarian access in Rakhine, Kachin and Shan States",
      "To support the peace process between the Government and the ethnic armed organizations",
      "To consult women’s organizations and young people on the political transition",
    ],
    accomplishments: [
      "Visits to Myanmar and the region conducted by the Envoy",
      "Political prisoners released following advocacy",
      "Consultations with ethnic armed organizations held",
      "Joint engagement with the ASEAN Special Envoy maintained",
      "Humanitarian access negotiated for United Nations agencies",
      "Briefings provided to the General Assembly and the Security Council",
    ],
    indicators: [
      num("Visits to the region conducted", 2, 10), num("Consultations with stakeholders held", 20, 140),
      pct("Consultations that included women participants", 30, 70), num("Meetings with ASEAN representatives", 3, 15),
      days("Average time to issue a public statement after a major incident", 1, 5), num("Briefings to intergovernmental bodies", 2, 8),
    ],
    challenges: ["Access to the country has been limited since the military takeover.", "Violence against civilians continues in several regions.", "The conditions for the return of refugees are not yet in place."],
  },
  {
    name: () => "Secretariat of the International Civil Service Commission", acronym: () => "ICSC",
    head: () => "Executive Secretary of the International Civil Service Commission",
    years: [2006, 2024], sect: "31", missions: false,
    objectives: [
      "To regulate and coordinate the conditions of service of staff in the United Nations common system",
      "To conduct cost-of-living surveys at headquarters and field duty stations",
      "To review the post adjustment classification of duty stations",
      "To maintain the margin between the remuneration of the United Nations and the comparator civil service",
      "To develop job evaluation standards for the Professional and higher categories",
      "To review the hardship classification of field duty stations",
      "To assist organizations in implementing the revised compensation package",
      "To conduct salary surveys for locally recruited staff",
    ],
    accomplishments: [
      "Place-to-place surveys completed on schedule",
      "Post adjustment multipliers promulgated monthly",
      "Hardship classifications reviewed and issued",
      "Local salary surveys completed under the revised methodology",
      "Job evaluation standards promulgated to organizations",
      "Reports of the Commission submitted to the General Assembly",
      "Training provided to the human resources focal points of organizations",
    ],
    indicators: [
      num("Cost-of-living surveys completed", 5, 12), pct("Duty stations reviewed within the cycle", 60, 100),
      num("Local salary surveys completed", 15, 60), days("Average time to promulgate a post adjustment change", 10, 45),
      pct("Organizations applying the revised standards", 50, 100), num("Participants trained", 40, 250),
      pct("Commission documents issued six weeks before the session", 55, 95),
    ],
    challenges: ["Organizations apply the common system at different speeds.", "Survey data from some duty stations are incomplete.", "Litigation on the post adjustment delays implementation."],
  },
  {
    name: () => "United Nations Register of Damage Caused by the Construction of the Wall in the Occupied Palestinian Territory", acronym: () => "UNRoD",
    head: () => "Executive Director of the United Nations Register of Damage",
    years: [2008, 2024], sect: "1", missions: false,
    objectives: [
      "To record claims for damage caused by the construction of the Wall",
      "To conduct outreach and claim intake in the affected governorates",
      "To review claims through the Board of the Register",
      "To maintain the digital registry of claims and supporting documents",
      "To inform affected communities of the claim process and its requirements",
      "To complete claim intake in all affected communities",
    ],
    accomplishments: [
      "Claim forms collected and registered",
      "Claims reviewed and recommended by the Board",
      "Community outreach sessions conducted",
      "Supporting documents digitized and archived",
      "Claim intake completed in new communities",
      "Quality assurance of registered claims carried out",
    ],
    indicators: [
      num("Claim forms collected", 1500, 9000), num("Claims reviewed by the Board", 800, 6000),
      num("Communities in which claim intake was completed", 10, 70), pct("Claims with complete supporting documents", 60, 95),
      days("Average time to register a claim after intake", 5, 40), num("Outreach sessions held", 20, 120),
    ],
    challenges: ["Access to some communities in the seam zone is restricted.", "Claimants often lack title documents.", "Staffing of the intake teams depends on extrabudgetary funds."],
  },
];

export const MANAGERIAL = {
  objectives: [
    "To meet the targets of the human resources action plan",
    "To ensure that all staff complete the mandatory learning programmes",
    "To implement the recommendations of the oversight bodies within the set deadlines",
    "To improve the timeliness of recruitment to vacant posts",
    "To achieve gender parity at all levels of the Office",
    "To manage financial resources in line with the approved budget",
    "To reduce the environmental footprint of the Office",
    "To comply with the policy on the advance purchase of air tickets",
    "To strengthen the management of records and information",
  ],
  accomplishments: [
    "Vacancies filled within the recruitment benchmark",
    "Mandatory courses completed by staff",
    "Oversight recommendations closed",
    "Budget implemented as approved",
    "Gender parity advanced at the senior levels",
    "Travel booked in advance of departure",
  ],
  indicators: [
    pct("Staff who completed all mandatory courses", 75, 100), days("Average days to fill a vacancy", 90, 180),
    pct("Oversight recommendations implemented on time", 60, 100), pct("Budget implementation rate", 85, 100),
    pct("Women among staff at the P-5 level and above", 35, 55), pct("Air tickets purchased 16 days before travel", 45, 90),
    pct("Performance evaluations completed on time", 70, 100),
  ],
};

export const RISKS = [
  "Insecurity limits travel by the team; mitigation: remote meetings and local focal points",
  "Parties withdraw from the talks; mitigation: bilateral contacts kept open",
  "Funding from donors arrives late; mitigation: priorities agreed with the budget office",
  "Key posts remain vacant for long periods; mitigation: temporary assignments from the roster",
  "Data from partners are incomplete; mitigation: joint validation workshops",
  "Competing crises divert the attention of Member States; mitigation: briefings timed to the Council's programme",
];
