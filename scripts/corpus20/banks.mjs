/**
 * Word banks of the twentieth corpus (scripts/corpus20/generate.mjs), written new for it: offices and
 * missions from the gazetteer (data/un-missions.tsv, data/organizations.tsv) that no earlier corpus bank
 * names — the United Nations Office for West Africa (UNOWA, to 2015; from 2016 the Office for West Africa
 * and the Sahel, UNOWAS), the Cameroon-Nigeria Mixed Commission (CNMC), the United Nations Representative
 * to the Geneva International Discussions (UNRGID, from 2009), the Office of the Special Adviser on Yemen
 * (OSASGY, 2012–2014; from 2015 the Office of the Special Envoy for Yemen, OSESGY), the secretariat of the
 * Board of Auditors (BOA) and the secretariat of the Chief Executives Board for Coordination (CEB) —
 * their heads' titles, budget sections, objectives, accomplishments, indicators (a value range and a
 * unit), risks, challenges, and a managerial bank. Managers are invented; Typst embeds the fonts it
 * prints with, so names use Latin letters with diacritics (ő, ș, ñ, ø).
 */
export const FIRST = ["Abimbola", "Benedikt", "Catalina", "Dagny", "Ekaterina", "Farid", "Gulnara", "Hamza", "Ingrid", "Joaquín", "Kaveh", "Lucía", "Makena", "Nikolai", "Oona", "Petra", "Rashida", "Sebastián", "Thandiwe", "Ulrich", "Valentina", "Wanjiru", "Xiadani", "Yusuf"];
export const LAST = ["Abubakar", "Brännström", "Castañeda", "Dimitriou", "Esterházy", "Fofana", "Grünewald", "Horváth", "Ilunga", "Jørgensen", "Kaboré", "Lindqvist", "Mwangi", "Năstase", "Oyelaran", "Pålsson", "Quispe", "Rădulescu", "Sørensen", "Traoré", "Urquhart", "Várkonyi", "Wójcik", "Zeller"];

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
      "To support the good offices of the Special Representative in preventing electoral violence",
      "To strengthen subregional capacities to address cross-border threats",
      "To promote the implementation of the United Nations integrated strategy for the Sahel",
      "To support the Economic Community of West African States in conflict prevention",
      "To advance the women and peace and security agenda in West Africa",
      "To encourage regional cooperation against drug trafficking and organized crime",
      "To promote security sector reform in the countries of the subregion",
    ],
    accomplishments: [
      "Good offices missions undertaken before elections",
      "Joint assessments conducted with regional organizations",
      "Regional strategies on cross-border crime adopted",
      "Early warning reports shared with the Security Council",
      "Women mediators trained and deployed",
      "Dialogue forums held with youth organizations",
    ],
    indicators: [
      num("Good offices missions undertaken", 4, 20), num("Joint assessments with regional partners", 2, 12),
      pct("Early warning reports issued on schedule", 50, 95), num("Women mediators trained", 20, 150),
      days("Average time to deploy a good offices mission", 2, 14), num("Transnational crime units operating", 3, 12),
    ],
    challenges: ["Insecurity in the Sahel limits access to border areas.", "Electoral calendars in several countries overlap.", "Regional organizations have limited resources for mediation."],
  },
  {
    name: () => "Secretariat of the Cameroon-Nigeria Mixed Commission", acronym: () => "CNMC",
    head: () => "Chairman of the Cameroon-Nigeria Mixed Commission",
    years: [2006, 2024], sect: "3", missions: true,
    objectives: [
      "To support the demarcation of the land boundary between Cameroon and Nigeria",
      "To promote confidence-building measures among the affected populations",
      "To monitor the implementation of the Greentree Agreement on the Bakassi peninsula",
      "To assist the parties in the delineation of the maritime boundary",
      "To mobilize funding for joint economic projects along the boundary",
      "To protect the rights of the populations living in the affected areas",
    ],
    accomplishments: [
      "Boundary pillars emplaced and verified",
      "Field assessment missions completed",
      "Meetings of the Mixed Commission held",
      "Joint projects for the affected populations launched",
      "Maritime boundary charts agreed by the parties",
      "Reports of the follow-up committee issued",
    ],
    indicators: [
      num("Kilometres of boundary assessed", 100, 900), num("Boundary pillars emplaced", 50, 600),
      num("Sessions of the Mixed Commission", 1, 4), pct("Pillar contracts completed on time", 40, 90),
      days("Average time to settle a disagreement in the field", 10, 60), num("Joint projects under way", 2, 15),
    ],
    challenges: ["Insecurity in the north delays the field work.", "Rainy seasons interrupt the emplacement of pillars.", "Funding depends on voluntary contributions."],
  },
  {
    name: () => "Office of the United Nations Representative to the Geneva International Discussions", acronym: () => "UNRGID",
    head: () => "United Nations Representative to the Geneva International Discussions",
    years: [2009, 2024], sect: "3", missions: true,
    objectives: [
      "To co-chair the Geneva International Discussions with the partners concerned",
      "To facilitate the Incident Prevention and Response Mechanism meetings",
      "To promote the voluntary return of internally displaced persons and refugees",
      "To support practical measures that improve the lives of the conflict-affected populations",
      "To keep the hotline between the participants operational",
    ],
    accomplishments: [
      "Rounds of the Geneva International Discussions held",
      "Incident Prevention and Response Mechanism meetings convened",
      "Incidents addressed through the hotline",
      "Humanitarian working group sessions facilitated",
      "Informal consultations with the participants held",
    ],
    indicators: [
      num("Rounds of discussions held", 2, 5), num("Mechanism meetings convened", 4, 16),
      pct("Incidents addressed within 24 hours", 50, 95), num("Informal consultations held", 6, 30),
      days("Average time to answer a hotline call", 1, 5),
    ],
    challenges: ["The participants disagree on the agenda of the working groups.", "Meetings are postponed when tensions rise along the line.", "Progress on returns remains limited."],
  },
  {
    name: (y) => (y < 2015 ? "Office of the Special Adviser to the Secretary-General on Yemen" : "Office of the Special Envoy of the Secretary-General for Yemen"),
    acronym: (y) => (y < 2015 ? "OSASGY" : "OSESGY"),
    head: (y) => (y < 2015 ? "Special Adviser to the Secretary-General on Yemen" : "Special Envoy of the Secretary-General for Yemen"),
    years: [2012, 2024], sect: "3", missions: true,
    objectives: [
      "To support the political transition and the National Dialogue Conference",
      "To facilitate negotiations towards a comprehensive political settlement",
      "To support the implementation of the Stockholm Agreement",
      "To promote the release and exchange of prisoners and detainees",
      "To advance economic measures that ease the suffering of the population",
      "To ensure the participation of women in the peace process",
    ],
    accomplishments: [
      "Rounds of consultations convened by the Envoy",
      "Prisoner exchanges completed",
      "Truce arrangements agreed and monitored",
      "Women’s technical advisory group consulted",
      "Economic track meetings held with the parties",
      "Briefings delivered to the Security Council",
    ],
    indicators: [
      num("Rounds of consultations convened", 1, 6), num("Detainees released", 100, 1100),
      pct("Truce violations investigated", 40, 90), num("Meetings of the women’s advisory group", 3, 12),
      days("Average time to convene the parties after an escalation", 2, 20), num("Briefings to the Security Council", 8, 12),
    ],
    challenges: ["The parties set preconditions for talks.", "Regional tensions affect the negotiations.", "The humanitarian situation limits the space for compromise."],
  },
  {
    name: () => "Secretariat of the Board of Auditors", acronym: () => "BOA",
    head: () => "Executive Secretary of the Board of Auditors",
    years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To support the Board in issuing its audit opinions on time",
      "To coordinate the audits of the entities assigned to the members of the Board",
      "To improve the follow-up of the recommendations of the Board",
      "To support the Panel of External Auditors in harmonizing audit practice",
      "To present the reports of the Board to the Advisory Committee and the Fifth Committee",
    ],
    accomplishments: [
      "Audit opinions issued by the statutory deadline",
      "Long-form reports transmitted to the General Assembly",
      "Recommendations followed up with audited entities",
      "Meetings of the Panel of External Auditors serviced",
      "Audit plans agreed with the audit directors",
    ],
    indicators: [
      num("Audit opinions issued", 20, 32), pct("Reports issued by 31 July", 70, 100),
      pct("Recommendations fully implemented", 35, 80), num("Entities audited", 20, 30),
      days("Average time to issue a management letter", 15, 60),
    ],
    challenges: ["The number of entities audited grows while resources do not.", "Entities close their accounts at different dates.", "Changes to accounting standards require new audit work."],
  },
  {
    name: () => "Secretariat of the United Nations System Chief Executives Board for Coordination", acronym: () => "CEB",
    head: () => "Director of the Secretariat of the Chief Executives Board for Coordination",
    years: [2006, 2024], sect: "1", missions: false,
    objectives: [
      "To support the Board in coordinating the policies of the United Nations system",
      "To service the High-level Committee on Management and the High-level Committee on Programmes",
      "To publish system-wide financial and human resources statistics",
      "To promote common business operations among the member organizations",
      "To prepare system-wide strategies requested by the Board",
    ],
    accomplishments: [
      "Sessions of the Board and its high-level committees serviced",
      "System-wide statistics published",
      "Common system strategies adopted by the Board",
      "Inter-agency networks supported",
      "Reports transmitted to the Economic and Social Council",
    ],
    indicators: [
      num("Sessions serviced", 4, 10), pct("Member organizations reporting statistics", 70, 100),
      num("System-wide strategies adopted", 1, 5), num("Inter-agency network meetings held", 10, 40),
      days("Average time to issue the conclusions of a session", 5, 30),
    ],
    challenges: ["Member organizations have different governing bodies and calendars.", "Data definitions differ across organizations.", "The secretariat is funded by cost-sharing among members."],
  },
];

export const MANAGERIAL = {
  objectives: [
    "To reduce the time taken to recruit staff against vacant posts",
    "To complete the performance appraisals of all staff before the deadline",
    "To implement the accepted recommendations of the oversight bodies",
    "To improve the geographical diversity of the staff of the Office",
    "To keep expenditure within the approved budget of the Office",
    "To ensure that all staff complete the mandatory courses on ethics and integrity",
    "To purchase air tickets at least sixteen days before travel",
    "To reduce the environmental footprint of the operations of the Office",
    "To publish the documents of the Office in all official languages on time",
  ],
  accomplishments: [
    "Recruitments completed within the timeline",
    "Appraisals finalized on schedule",
    "Oversight recommendations implemented",
    "Staff from unrepresented Member States recruited",
    "Budget implemented as approved",
    "Mandatory courses completed",
    "Greenhouse gas emissions reduced",
  ],
  indicators: [
    days("Average days to fill a vacant post", 60, 160), pct("Appraisals completed on time", 70, 100),
    pct("Oversight recommendations implemented", 50, 100), pct("Staff from unrepresented Member States", 5, 25),
    pct("Budget implementation rate", 88, 100), pct("Staff who completed the ethics course", 70, 100),
    pct("Air tickets purchased sixteen days ahead", 40, 90), pct("Reduction in emissions from travel", 5, 40),
  ],
};

export const RISKS = [
  "Security conditions restrict travel; mitigation: remote meetings and national staff",
  "Voluntary funding is delayed; mitigation: a reserve plan agreed with donors",
  "Interlocutors change after a reshuffle; mitigation: early contact with new officials",
  "Key posts fall vacant; mitigation: a roster and temporary assignments",
  "Partners submit data late; mitigation: a shared calendar with reminders",
  "Political tensions delay meetings; mitigation: informal consultations between sessions",
];
