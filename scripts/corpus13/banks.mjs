/**
 * Wording for the thirteenth corpus (scripts/corpus13/generate.mjs): offices no earlier corpus README
 * names, their heads' titles by year, budget sections, and per office the objectives,
 * accomplishments, indicators (a value range, a unit, a direction), remarks and challenges a compact
 * of theirs would print, plus managerial ones. Written fresh for this corpus.
 */

/** An indicator: `t` its text as an indicator; `pct` prints as "N% of …" when the unit is %; lo–hi the value range. */
const ind = (t, unit, lo, hi, of = null) => ({ t, unit, lo, hi, of });

export const OFFICES = [
  {
    key: "oppba", name: "Office of Programme Planning, Budget and Accounts", acronym: "OPPBA", years: [2006, 2018], sect: "29B",
    head: "Assistant Secretary-General, Controller", missions: true,
    objectives: [
      "To present budget proposals that the legislative bodies can approve without delay",
      "To keep the accounts of the Organization in a form that earns an unqualified audit opinion",
      "To make the cash position of peacekeeping operations visible to Member States every month",
      "To tie the allotment of resources to the results promised in the programme budget",
      "To close the financial statements of the Organization within the statutory deadline",
      "To shorten the time taken to reimburse troop- and police-contributing countries",
      "To explain the financial implications of draft resolutions clearly and on time",
    ],
    accomplishments: [
      "Budget fascicles issued to the Advisory Committee by the agreed date",
      "Financial statements accepted by the Board of Auditors without qualification",
      "Member States informed of arrears and unpaid assessments each month",
      "Allotments issued on the first working day of the budget period",
      "Claims of contributing countries settled from available cash",
      "Programme managers able to see their expenditure against allotments online",
      "Statements of programme budget implications delivered before the vote",
    ],
    indicators: [
      ind("Budget reports submitted to the Advisory Committee by the slot date", "%", 70, 100, "budget reports submitted to the Advisory Committee by the slot date"),
      ind("Audit recommendations on financial statements implemented within one year", "%", 55, 95, "audit recommendations on financial statements implemented within one year"),
      ind("Months in which the cash position report was published on time", "number", 8, 12),
      ind("Working days between the approval of the budget and the issue of allotments", "days", 2, 15),
      ind("Contributing countries' claims certified within 90 days", "%", 60, 98, "contributing countries' claims certified within 90 days"),
      ind("Statements of programme budget implications issued 48 hours before the vote", "%", 75, 100, "statements of programme budget implications issued 48 hours before the vote"),
    ],
    remarks: ["Depends on timely input from missions", "Subject to the liquidity of the peacekeeping accounts", "Measured at the close of the financial period", "Shared with the Board of Auditors", "New indicator in this period"],
    challenges: [
      "Late payment of assessed contributions limits the cash available to reimburse contributing countries.",
      "The transition to new accounting standards requires the conversion of legacy balances.",
      "Legislative bodies increasingly request supplementary information at short notice.",
      "Staff turnover in the finance sections of field missions weakens the quality of monthly closings.",
      "The number of separate peacekeeping accounts multiplies reporting work.",
    ],
  },
  {
    key: "ocss", name: "Office of Central Support Services", acronym: "OCSS", years: [2006, 2018], sect: "29D",
    head: "Assistant Secretary-General for Central Support Services", missions: true,
    objectives: [
      "To buy the goods and services the Organization needs at the best value for money",
      "To open the procurement of the Secretariat to vendors from developing countries",
      "To keep the Headquarters campus safe, functional and accessible",
      "To move the archives and records of the Organization into managed storage",
      "To provide the travel, mail and transport services that delegates and staff rely on",
      "To reduce the energy used by the buildings of the Organization",
    ],
    accomplishments: [
      "Contracts awarded within the planned procurement lead time",
      "More registered vendors from developing countries and countries with economies in transition",
      "Facilities requests answered within the service standard",
      "Records of closed missions received and catalogued",
      "Tickets issued at the lowest available fare",
      "Lower electricity consumption at Headquarters",
    ],
    indicators: [
      ind("Solicitations completed within the planned lead time", "%", 60, 95, "solicitations completed within the planned lead time"),
      ind("Vendors registered from developing countries", "number", 400, 2200),
      ind("Facilities work orders closed within five working days", "%", 70, 98, "facilities work orders closed within five working days"),
      ind("Linear metres of mission records accessioned", "number", 300, 1800),
      ind("Tickets purchased at least 16 days before travel", "%", 35, 80, "tickets purchased at least 16 days before travel"),
      ind("Reduction in electricity use against the 2010 baseline", "%", 3, 25, "reduction in electricity use against the 2010 baseline"),
    ],
    remarks: ["Includes the capital master plan swing space", "Vendor sessions held with the Department of Economic and Social Affairs", "Reported quarterly", "Depends on the closing schedule of missions", "Subject to approval of the travel policy"],
    challenges: [
      "Procurement cases referred for review delay contract awards.",
      "Ageing building systems at Headquarters fail more often than planned.",
      "Records of liquidated missions arrive incomplete and without inventories.",
      "Vendors from developing countries find the registration requirements hard to meet.",
    ],
  },
  {
    key: "vac", name: "Office of the Special Representative of the Secretary-General on Violence against Children", acronym: "OSRSG-VAC", years: [2009, 2024], sect: "24",
    head: "Special Representative of the Secretary-General on Violence against Children", missions: true,
    objectives: [
      "To keep the protection of children from violence high on the global agenda",
      "To help Member States adopt national strategies that prohibit all forms of violence against children",
      "To consolidate data on violence against children so that progress can be measured",
      "To give children a voice in the policies that concern their protection",
      "To mobilize regional organizations behind the prevention of violence in schools and homes",
      "To bring the protection of children into the follow-up to the Sustainable Development Goals",
    ],
    accomplishments: [
      "Member States with a comprehensive national policy on violence against children",
      "Regional commitments adopted on the prohibition of corporal punishment",
      "Consultations held with children in the preparation of reports",
      "National data on violence against children published with disaggregation by age and sex",
      "Violence against children reflected in voluntary national reviews",
      "Country visits followed by a plan of action agreed with the Government",
    ],
    indicators: [
      ind("Member States with a legal ban on corporal punishment in all settings", "number", 20, 65),
      ind("Country visits concluded with an agreed plan of action", "%", 40, 90, "country visits concluded with an agreed plan of action"),
      ind("Voluntary national reviews that address violence against children", "%", 25, 80, "voluntary national reviews that address violence against children"),
      ind("Child-friendly versions of reports issued", "number", 2, 12),
      ind("Regional organizations with a plan on violence against children", "number", 3, 9),
      ind("Children consulted in the preparation of the annual report", "number", 150, 1200),
    ],
    remarks: ["Data from the annual survey of Member States", "In partnership with UNICEF", "Subject to extrabudgetary funding", "Covers all regions", "Reported in the annual report to the Human Rights Council"],
    challenges: [
      "Violence against children remains under-reported in most countries.",
      "The Office depends on voluntary contributions for most of its activities.",
      "Data systems rarely disaggregate information by age.",
      "Engaging children safely requires time and resources that are often not planned for.",
    ],
  },
  {
    key: "youth", name: "Office of the Secretary-General's Envoy on Youth", acronym: "OSGEY", years: [2013, 2024], sect: "9",
    head: "Secretary-General's Envoy on Youth", missions: false,
    objectives: [
      "To increase the participation of young people in the work of the United Nations",
      "To make the United Nations system deliver the Youth Strategy in every country team",
      "To amplify the voices of young peacebuilders in intergovernmental forums",
      "To promote decent jobs for young people through system-wide partnerships",
      "To reach young people where they are through digital campaigns",
    ],
    accomplishments: [
      "Young people speaking in the meetings of intergovernmental bodies",
      "Country teams reporting on the Youth Strategy",
      "Youth-led organizations funded through United Nations partnerships",
      "Campaigns reaching young people in all official languages",
      "Young peacebuilders consulted on resolutions concerning youth, peace and security",
    ],
    indicators: [
      ind("Country teams that report on the Youth Strategy", "%", 30, 90, "country teams that report on the Youth Strategy"),
      ind("Young speakers in high-level meetings", "number", 10, 60),
      ind("Entities with a youth focal point", "number", 15, 45),
      ind("Followers of the Envoy's channels", "number", 200000, 4500000),
      ind("Youth-led organizations in the partner network", "number", 50, 400),
    ],
    remarks: ["Joint indicator with the Development Coordination Office", "Counts speakers under 30", "Baseline set in the first year of the Strategy", "Depends on partner funding", "Includes regional events"],
    challenges: [
      "Young people from least developed countries have few opportunities to travel to meetings.",
      "The Office is small and relies on seconded and volunteer staff.",
      "Youth issues cut across many entities that report separately.",
      "Online campaigns face misinformation that targets young audiences.",
    ],
  },
  {
    key: "vra", name: "Office of the Victims' Rights Advocate", acronym: "OVRA", years: [2017, 2024], sect: "1",
    head: "Assistant Secretary-General, Victims' Rights Advocate", missions: true,
    objectives: [
      "To place the rights and dignity of victims of sexual exploitation and abuse at the centre of the response",
      "To make sure that every victim receives assistance without delay",
      "To coordinate the senior victims' rights officers in field missions",
      "To help victims pursue paternity and child support claims",
      "To hold the system accountable for a victim-centred approach",
    ],
    accomplishments: [
      "Victims referred to assistance within the agreed time",
      "Senior victims' rights officers in place in the missions with the most allegations",
      "Paternity claims brought forward with the support of the Office",
      "A common protocol on assistance applied by all entities",
      "Victims informed of the progress of their cases",
    ],
    indicators: [
      ind("Victims referred to assistance within 72 hours", "%", 45, 95, "victims referred to assistance within 72 hours"),
      ind("Missions with a senior victims' rights officer", "number", 2, 6),
      ind("Paternity claims with a DNA test completed", "number", 5, 40),
      ind("Entities applying the assistance protocol", "number", 10, 38),
      ind("Victims informed of the outcome of their case", "%", 30, 85, "victims informed of the outcome of their case"),
    ],
    remarks: ["Case data from the Conduct and Discipline Unit", "Subject to consent of the victim", "Trust fund for victims supports assistance", "Reported in the annual report on special measures", "Measured in field missions only"],
    challenges: [
      "Victims often live in remote areas that service providers cannot reach.",
      "Paternity claims depend on cooperation from troop-contributing countries.",
      "Assistance programmes are funded by voluntary contributions that vary from year to year.",
      "Fear of stigma keeps many victims from coming forward.",
    ],
  },
  {
    key: "osagi", name: "Office of the Special Adviser on Gender Issues and Advancement of Women", acronym: "OSAGI", years: [2006, 2010], sect: "9",
    head: "Special Adviser on Gender Issues and Advancement of Women", missions: true,
    objectives: [
      "To bring a gender perspective into the policies and programmes of the United Nations system",
      "To reach an equal balance of women and men in the Secretariat",
      "To support Member States in implementing the Beijing Platform for Action",
      "To strengthen the role of women in peace and security",
      "To make gender mainstreaming part of the performance appraisal of managers",
    ],
    accomplishments: [
      "Entities with a gender policy and action plan",
      "Higher representation of women in the Professional category and above",
      "Reports of the Secretary-General that include gender analysis",
      "Gender advisers in peacekeeping operations",
      "Departmental focal points for women appointed",
    ],
    indicators: [
      ind("Women among staff at the D-1 level and above", "%", 25, 45, "women among staff at the D-1 level and above"),
      ind("Reports of the Secretary-General with gender analysis", "%", 30, 75, "reports of the Secretary-General with gender analysis"),
      ind("Peacekeeping operations with a gender adviser", "number", 5, 16),
      ind("Entities with a gender action plan", "number", 12, 30),
      ind("Focal points trained on gender mainstreaming", "number", 40, 180),
    ],
    remarks: ["Data from the Office of Human Resources Management", "Covers the Secretariat only", "Joint with the Department of Peacekeeping Operations", "Target set by the General Assembly", "Reported every two years"],
    challenges: [
      "Progress towards gender balance at senior levels remains slow.",
      "Gender mainstreaming is seen as a separate task rather than part of every programme.",
      "Resources for gender advisers in missions are not secured in the budgets.",
      "Data disaggregated by sex are missing from many reports.",
    ],
  },
];

/** Scopes that make one aim into several objectives, as offices write them. */
export const SCOPES = ["", " at Headquarters", " in field missions", " in the regions", " across the Secretariat", " with partner entities"];

/** Managerial objectives (section B), shared by every office. */
export const MANAGERIAL = {
  objectives: [
    "To manage the financial resources of the Office in line with the approved budget",
    "To recruit staff from unrepresented and under-represented Member States",
    "To reach parity between women and men among staff at every level",
    "To complete the performance appraisal of every staff member on time",
    "To implement accepted oversight recommendations without delay",
    "To protect the Organization's information by using approved systems",
    "To plan official travel early enough to buy economical fares",
  ],
  accomplishments: [
    "Expenditure kept within the allotment",
    "Recruitment completed within the target number of days",
    "More women appointed at the senior levels",
    "Performance documents finalized by the deadline",
    "Oversight recommendations closed in the period",
    "Staff trained in information security",
    "Travel booked in advance of the deadline",
  ],
  indicators: [
    ind("Allotment spent by the end of the period", "%", 85, 100, "the allotment spent by the end of the period"),
    ind("Days from the posting of a vacancy to the selection", "days", 90, 200),
    ind("Women among staff at the P-5 level and above", "%", 30, 55, "women among staff at the P-5 level and above"),
    ind("Staff with a completed performance document", "%", 70, 100, "staff with a completed performance document"),
    ind("Oversight recommendations implemented within the deadline", "%", 60, 100, "oversight recommendations implemented within the deadline"),
    ind("Staff who completed the information security course", "%", 65, 100, "staff who completed the information security course"),
    ind("Tickets bought 16 days or more before travel", "%", 30, 75, "tickets bought 16 days or more before travel"),
  ],
  remarks: ["Umoja data", "Excludes temporary posts", "Gender parity strategy target", "e-Performance cycle", "Board of Auditors and OIOS", "Mandatory course", "Travel policy compliance"],
};

export const FIRST = ["Amaru", "Birgitta", "Chidi", "Darya", "Esperanza", "Farouk", "Giedre", "Hamid", "Ines", "Jomo", "Kalinda", "Lorenzo", "Marisol", "Nnamdi", "Oksana", "Pita", "Rashida", "Sanjay", "Thandiwe", "Ulrike"];
export const LAST = ["Achterberg", "Balogun", "Castellanos", "Dlamini", "Eriksdottir", "Fonseca", "Gunawardena", "Haddad", "Ibragimova", "Jovanovic", "Kuznetsova", "Lindqvist", "Mwangi", "Nakashima", "Oyelaran", "Pereira", "Quispe", "Rahimi", "Sørensen", "Takeda"];
