/** Entities of the corpus7 generator: name, years it existed under that name, head's title, bank. */
export const ENTITIES = [
  { name: "Department of Peacekeeping Operations", from: 2006, to: 2018, title: "Under-Secretary-General for Peacekeeping Operations", family: "peace", missions: ["peacekeeping"] },
  { name: "Department of Field Support", from: 2008, to: 2018, title: "Under-Secretary-General for Field Support", family: "peace", missions: ["peacekeeping", "political"] },
  { name: "Department of Peace Operations", from: 2019, to: 2024, title: "Under-Secretary-General for Peace Operations", family: "peace", missions: ["peacekeeping"] },
  { name: "Department of Operational Support", from: 2019, to: 2024, title: "Under-Secretary-General for Operational Support", family: "management", missions: ["peacekeeping", "political"] },
  { name: "Department of Political Affairs", from: 2006, to: 2018, title: "Under-Secretary-General for Political Affairs", family: "political", missions: ["political"] },
  { name: "Department of Political and Peacebuilding Affairs", from: 2019, to: 2024, title: "Under-Secretary-General for Political and Peacebuilding Affairs", family: "political", missions: ["political"] },
  { name: "Department of Management", from: 2006, to: 2018, title: "Under-Secretary-General for Management", family: "management", missions: [] },
  { name: "Department of Management Strategy, Policy and Compliance", from: 2019, to: 2024, title: "Under-Secretary-General for Management Strategy, Policy and Compliance", family: "management", missions: [] },
  { name: "Office for the Coordination of Humanitarian Affairs", from: 2006, to: 2024, title: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator", family: "humanitarian", missions: [] },
  { name: "Department of Economic and Social Affairs", from: 2006, to: 2024, title: "Under-Secretary-General for Economic and Social Affairs", family: "economic", missions: [] },
  { name: "Department for General Assembly and Conference Management", from: 2006, to: 2024, title: "Under-Secretary-General for General Assembly and Conference Management", family: "conference", missions: [] },
  { name: "Economic Commission for Africa", from: 2006, to: 2024, title: "Executive Secretary of the Economic Commission for Africa", family: "economic", missions: [] },
  { name: "Economic and Social Commission for Asia and the Pacific", from: 2006, to: 2024, title: "Executive Secretary of the Economic and Social Commission for Asia and the Pacific", family: "economic", missions: [] },
  { name: "Economic Commission for Europe", from: 2006, to: 2024, title: "Executive Secretary of the Economic Commission for Europe", family: "economic", missions: [] },
  { name: "Office of Internal Oversight Services", from: 2006, to: 2024, title: "Under-Secretary-General for Internal Oversight Services", family: "oversight", missions: ["peacekeeping"] },
  { name: "United Nations Environment Programme", from: 2006, to: 2024, title: "Executive Director of the United Nations Environment Programme", family: "environment", missions: [] },
];

/** The Secretary-General in office when a compact of `year` was signed (January–March). */
export const SECRETARY_GENERAL = (year) => (year <= 2006 ? "Kofi A. Annan" : year <= 2016 ? "Ban Ki-moon" : "António Guterres");
