/**
 * Word banks of the second corpus (test/corpus2). Written fresh for it, independently of
 * scripts/corpus/ (its banks were not read), from what real compacts of 2006–2024 look like:
 * department mandates, managerial objectives, measures with and without numeric targets.
 *
 * A `{y}` in any text is the compact's year, `{p}` the year before; `{n:a-b}` a number drawn in
 * [a, b]; `{mo}` a month name. Missions only appear where the generator puts them (truth lists them).
 */

/** Entities with their head's title; `from`/`to` bound the years the entity existed under that name. */
export const ENTITIES = [
  { key: "dpko", name: "Department of Peacekeeping Operations", acronym: "DPKO", title: "Under-Secretary-General for Peacekeeping Operations", domain: "peace", from: 2006, to: 2018, missions: "peacekeeping" },
  { key: "dfs", name: "Department of Field Support", acronym: "DFS", title: "Under-Secretary-General for Field Support", domain: "support", from: 2008, to: 2018, missions: "both" },
  { key: "dpa", name: "Department of Political Affairs", acronym: "DPA", title: "Under-Secretary-General for Political Affairs", domain: "political", from: 2006, to: 2018, missions: "political" },
  { key: "dppa", name: "Department of Political and Peacebuilding Affairs", acronym: "DPPA", title: "Under-Secretary-General for Political and Peacebuilding Affairs", domain: "political", from: 2019, to: 2024, missions: "political" },
  { key: "dpo", name: "Department of Peace Operations", acronym: "DPO", title: "Under-Secretary-General for Peace Operations", domain: "peace", from: 2019, to: 2024, missions: "peacekeeping" },
  { key: "dos", name: "Department of Operational Support", acronym: "DOS", title: "Under-Secretary-General for Operational Support", domain: "support", from: 2019, to: 2024, missions: "both" },
  { key: "ocha", name: "Office for the Coordination of Humanitarian Affairs", acronym: "OCHA", title: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator", domain: "humanitarian", from: 2006, to: 2024 },
  { key: "unep", name: "United Nations Environment Programme", acronym: "UNEP", title: "Executive Director of the United Nations Environment Programme", domain: "environment", from: 2006, to: 2024 },
  { key: "desa", name: "Department of Economic and Social Affairs", acronym: "DESA", title: "Under-Secretary-General for Economic and Social Affairs", domain: "economic", from: 2006, to: 2024 },
  { key: "ohchr", name: "Office of the United Nations High Commissioner for Human Rights", acronym: "OHCHR", title: "United Nations High Commissioner for Human Rights", domain: "humanrights", from: 2006, to: 2024 },
  { key: "eca", name: "Economic Commission for Africa", acronym: "ECA", title: "Executive Secretary of the Economic Commission for Africa", domain: "regional", from: 2006, to: 2024 },
  { key: "escap", name: "Economic and Social Commission for Asia and the Pacific", acronym: "ESCAP", title: "Executive Secretary of the Economic and Social Commission for Asia and the Pacific", domain: "regional", from: 2006, to: 2024 },
  { key: "eclac", name: "Economic Commission for Latin America and the Caribbean", acronym: "ECLAC", title: "Executive Secretary of the Economic Commission for Latin America and the Caribbean", domain: "regional", from: 2006, to: 2024 },
  { key: "escwa", name: "Economic and Social Commission for Western Asia", acronym: "ESCWA", title: "Executive Secretary of the Economic and Social Commission for Western Asia", domain: "regional", from: 2006, to: 2024 },
  { key: "ece", name: "Economic Commission for Europe", acronym: "ECE", title: "Executive Secretary of the Economic Commission for Europe", domain: "regional", from: 2006, to: 2024 },
  { key: "dgacm", name: "Department for General Assembly and Conference Management", acronym: "DGACM", title: "Under-Secretary-General for General Assembly and Conference Management", domain: "conference", from: 2006, to: 2024 },
  { key: "ola", name: "Office of Legal Affairs", acronym: "OLA", title: "Under-Secretary-General for Legal Affairs and United Nations Legal Counsel", domain: "legal", from: 2006, to: 2024 },
  { key: "dss", name: "Department of Safety and Security", acronym: "DSS", title: "Under-Secretary-General for Safety and Security", domain: "security", from: 2006, to: 2024, missions: "both" },
  { key: "unodc", name: "United Nations Office on Drugs and Crime", acronym: "UNODC", title: "Executive Director of the United Nations Office on Drugs and Crime", domain: "drugs", from: 2006, to: 2024 },
  { key: "oda", name: "Office for Disarmament Affairs", acronym: "ODA", title: "High Representative for Disarmament Affairs", domain: "disarmament", from: 2007, to: 2024 },
  { key: "habitat", name: "United Nations Human Settlements Programme", acronym: "UN-Habitat", title: "Executive Director of the United Nations Human Settlements Programme", domain: "habitat", from: 2006, to: 2024 },
  { key: "dpi", name: "Department of Public Information", acronym: "DPI", title: "Under-Secretary-General for Communications and Public Information", domain: "communications", from: 2006, to: 2018 },
  { key: "dgc", name: "Department of Global Communications", acronym: "DGC", title: "Under-Secretary-General for Global Communications", domain: "communications", from: 2019, to: 2024 },
  { key: "osaa", name: "Office of the Special Adviser on Africa", acronym: "OSAA", title: "Under-Secretary-General and Special Adviser on Africa", domain: "economic", from: 2006, to: 2024 },
  { key: "dm", name: "Department of Management", acronym: "DM", title: "Under-Secretary-General for Management", domain: "management", from: 2006, to: 2018 },
  { key: "dmspc", name: "Department of Management Strategy, Policy and Compliance", acronym: "DMSPC", title: "Under-Secretary-General for Management Strategy, Policy and Compliance", domain: "management", from: 2019, to: 2024 },
];

/** Fictional heads (first name, surname, honorific). */
export const PEOPLE = [
  ["Margarethe", "Lindqvist", "Ms."], ["Oluwaseun", "Adebayo-Clarke", "Mr."], ["Teodora", "Vasquez Ibarra", "Ms."],
  ["Hiroshi", "Tanabe", "Mr."], ["Amira", "El-Khatib", "Ms."], ["Pádraig", "O’Donnell", "Mr."], ["Svetlana", "Morozova", "Ms."],
  ["Kwabena", "Owusu-Ansah", "Mr."], ["Ingrid", "Halvorsen", "Ms."], ["Rafael", "Quintanilla", "Mr."], ["Nomvula", "Dlamini", "Ms."],
  ["Arjun", "Raghunathan", "Mr."], ["Beatriz", "Carvalho Nunes", "Ms."], ["Tomasz", "Wieczorek", "Mr."], ["Leilani", "Kahananui", "Ms."],
  ["Mehmet", "Yıldırım", "Mr."], ["Aïssatou", "Ndiaye", "Ms."], ["Henrik", "Sørensen", "Mr."], ["Catalina", "Restrepo", "Ms."],
  ["Dmitri", "Antonenko", "Mr."], ["Farida", "Haidari", "Ms."], ["Julian", "Okonkwo", "Mr."], ["Élodie", "Marchand", "Ms."],
  ["Rashid", "Al-Mansoori", "Mr."], ["Sunniva", "Berg", "Ms."], ["Tendai", "Mupfumira", "Mr."], ["Valentina", "Rossetti", "Ms."],
  ["Kenji", "Morimoto", "Mr."], ["Zeynep", "Aksoy", "Ms."], ["Gustavo", "Peña Herrera", "Mr."],
];

/** The Secretary-General who signed compacts of a year. */
export const secretaryGeneral = (year) =>
  year <= 2006 ? "Kofi A. Annan" : year <= 2016 ? "Ban Ki-moon" : "António Guterres";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Programme content per domain: `obj` objective phrases (after the verb), `verbs`, `acc`
 * accomplishments, `things` countable outputs (singular/plural noun phrase, a verb phrase of what
 * is done to them), `proc` processes with a duration.
 */
export const DOMAINS = {
  peace: {
    verbs: ["To strengthen", "To improve", "To ensure", "To advance", "To support"],
    obj: [
      "the protection of civilians through integrated mission planning and early warning",
      "the performance and accountability of uniformed contingents deployed in field missions",
      "the implementation of mission mandates through timely strategic assessments",
      "the transition of peace operations to United Nations country teams where drawdown is mandated",
      "the integration of women, peace and security commitments into mission planning",
      "the rule of law and security institutions in host countries",
      "the prevention of sexual exploitation and abuse by personnel of peace operations",
      "community violence reduction programmes in post-conflict settings",
    ],
    acc: [
      "Missions equipped with comprehensive protection strategies and threat assessments",
      "Improved readiness of troop- and police-contributing countries before deployment",
      "Timely advice to the Security Council on mandate adjustments",
      "Strengthened partnership with regional organizations on peace operations",
      "Greater national ownership of security sector reform",
      "Reduced number of allegations of misconduct involving mission personnel",
    ],
    things: [["strategic assessment", "strategic assessments", "completed before mandate renewal"], ["mission concept", "mission concepts", "revised within the planning cycle"], ["pre-deployment visit", "pre-deployment visits", "conducted to contributing countries"], ["protection of civilians strategy", "protection of civilians strategies", "updated and endorsed by mission leadership"]],
    proc: ["deploy a formed police unit", "respond to a code cable from the field", "finalize a board of inquiry report"],
  },
  support: {
    verbs: ["To improve", "To streamline", "To ensure", "To reduce", "To modernize"],
    obj: [
      "the timeliness of supply chain delivery to field operations",
      "the environmental footprint of field missions through renewable energy and waste management",
      "the recruitment of civilian staff for rapidly deploying missions",
      "the management of contingent-owned equipment and memorandums of understanding",
      "the use of regional service centres for transactional services",
      "occupational safety and health standards in field locations",
      "the reliability of information and communications technology services in the field",
    ],
    acc: [
      "Faster delivery of goods and services to client missions",
      "Reduced reliance on diesel generation in mission camps",
      "Shorter recruitment timelines for field-based posts",
      "Timely reimbursement of troop- and police-contributing countries",
      "Consolidated back-office functions at the regional service centre",
      "Fewer serious injuries and fatalities in field locations",
    ],
    things: [["requisition", "requisitions", "processed within the service standard"], ["claim", "claims", "certified for reimbursement"], ["roster candidate", "roster candidates", "selected from the field roster"], ["camp", "camps", "connected to wastewater treatment"]],
    proc: ["complete a recruitment from a roster", "certify a contingent-owned equipment claim", "deliver a strategic deployment stock item"],
  },
  political: {
    verbs: ["To prevent", "To support", "To strengthen", "To enhance", "To promote"],
    obj: [
      "the peaceful settlement of disputes through good offices and mediation",
      "electoral processes that are credible and peaceful in requesting Member States",
      "conflict prevention capacity of regional and subregional organizations",
      "the analysis and early warning provided to the Secretary-General on emerging crises",
      "peacebuilding support through the Peacebuilding Fund in countries emerging from conflict",
      "the inclusion of women and youth in peace processes",
      "the effective backstopping of special political missions",
    ],
    acc: [
      "Timely deployment of mediation expertise at the request of parties",
      "Electoral assistance provided within agreed timelines",
      "Strengthened partnerships with regional organizations in conflict prevention",
      "Actionable analysis made available to senior decision makers",
      "Increased participation of women in formal peace negotiations",
      "Special political missions receiving integrated guidance from Headquarters",
    ],
    things: [["request for electoral assistance", "requests for electoral assistance", "answered with a needs assessment"], ["mediation support deployment", "mediation support deployments", "made within 72 hours of a request"], ["briefing to the Security Council", "briefings to the Security Council", "delivered as scheduled"], ["Peacebuilding Fund project", "Peacebuilding Fund projects", "approved with a gender marker"]],
    proc: ["deploy a standby mediation expert", "respond to a request for electoral assistance", "issue a country analysis"],
  },
  humanitarian: {
    verbs: ["To strengthen", "To ensure", "To improve", "To mobilize", "To advocate for"],
    obj: [
      "the coordination of international humanitarian response in sudden-onset emergencies",
      "the predictability of humanitarian financing through pooled funds",
      "humanitarian access and respect for international humanitarian law",
      "preparedness for natural disasters in high-risk countries",
      "the quality of humanitarian needs assessments and response plans",
      "accountability to affected populations in humanitarian operations",
    ],
    acc: [
      "Coordination mechanisms established within 72 hours of a sudden-onset emergency",
      "Timely allocation of Central Emergency Response Fund grants",
      "Humanitarian response plans based on joint needs analysis",
      "Strengthened national disaster preparedness and response capacities",
      "Increased funding of consolidated appeals",
      "Feedback mechanisms for affected people in place in major operations",
    ],
    things: [["rapid response grant", "rapid response grants", "disbursed within three working days"], ["response plan", "response plans", "published by the end of January"], ["country-based pooled fund", "country-based pooled funds", "audited on schedule"], ["disaster assessment team", "disaster assessment teams", "deployed within 48 hours"]],
    proc: ["disburse a rapid response grant", "deploy a disaster assessment team", "publish a flash appeal"],
  },
  environment: {
    verbs: ["To promote", "To strengthen", "To assist", "To enhance", "To reduce"],
    obj: [
      "the capacity of countries to integrate climate change adaptation into national planning",
      "the sound management of chemicals and waste throughout their life cycle",
      "the scientific assessment of the state of the global environment",
      "the transition to resource-efficient and low-carbon economies",
      "the protection of marine and freshwater ecosystems",
      "environmental governance at the national and regional levels",
    ],
    acc: [
      "Countries adopting national adaptation plans with technical support",
      "Increased number of Governments reporting on chemicals management",
      "Global environmental assessments used by policymakers",
      "Sustainable consumption and production policies adopted by partner Governments",
      "Marine protected areas extended with programme assistance",
      "Multilateral environmental agreements implemented more coherently",
    ],
    things: [["national adaptation plan", "national adaptation plans", "supported"], ["country report", "country reports", "submitted under the reporting framework"], ["policy brief", "policy briefs", "downloaded by Government users"], ["project", "projects", "evaluated at completion"]],
    proc: ["approve a project document", "publish an assessment report", "respond to a request for technical assistance"],
  },
  economic: {
    verbs: ["To strengthen", "To support", "To promote", "To enhance", "To improve"],
    obj: [
      "the capacity of Member States to implement the internationally agreed development goals",
      "the quality of statistical data and analysis on sustainable development",
      "policy coherence in the follow-up to international conferences on financing for development",
      "the intergovernmental process on sustainable development",
      "national capacities in public administration and digital government",
      "the integration of a gender perspective in economic and social policies",
    ],
    acc: [
      "Increased use of the Department’s analysis in intergovernmental deliberations",
      "Improved availability of disaggregated statistics",
      "Member States better equipped to design sustainable development strategies",
      "Substantive support to intergovernmental bodies provided on time",
      "Strengthened statistical systems in least developed countries",
      "Enhanced knowledge of policy options among Member States",
    ],
    things: [["national voluntary review", "national voluntary reviews", "supported with workshops"], ["capacity development project", "capacity development projects", "rated satisfactory"], ["flagship publication", "flagship publications", "launched on schedule"], ["statistical dataset", "statistical datasets", "updated in the global database"]],
    proc: ["issue a pre-session document", "respond to an advisory services request", "update the global indicator database"],
  },
  humanrights: {
    verbs: ["To strengthen", "To support", "To promote", "To enhance", "To ensure"],
    obj: [
      "the protection of human rights defenders and civil society space",
      "the follow-up to recommendations of the universal periodic review",
      "support to the treaty bodies and the special procedures",
      "the integration of human rights into development and humanitarian work",
      "accountability for serious violations of international human rights law",
      "national human rights institutions in compliance with the Paris Principles",
    ],
    acc: [
      "States implementing accepted recommendations of the universal periodic review",
      "Treaty bodies receiving timely documentation and support",
      "Human rights analysis integrated into country programming",
      "Commissions of inquiry and fact-finding missions deployed when mandated",
      "Increased number of national human rights institutions accredited with A status",
      "Reduced backlog of individual communications",
    ],
    things: [["individual communication", "individual communications", "registered and processed"], ["country visit", "country visits", "supported for special procedures"], ["treaty body session", "treaty body sessions", "serviced as planned"], ["technical cooperation project", "technical cooperation projects", "implemented"]],
    proc: ["register an individual communication", "deploy a fact-finding mission", "process an urgent appeal"],
  },
  regional: {
    verbs: ["To promote", "To strengthen", "To support", "To enhance", "To foster"],
    obj: [
      "regional integration and trade facilitation among member States",
      "evidence-based policymaking through regional statistics",
      "sustainable transport and energy connectivity in the region",
      "the regional follow-up to the internationally agreed development goals",
      "macroeconomic policies that support inclusive growth",
      "gender equality and the empowerment of women in regional economic policy",
      "the capacity of member States to manage natural resources sustainably",
    ],
    acc: [
      "Member States adopting regional trade facilitation measures",
      "Improved availability of regional statistics",
      "Regional agreements on transport corridors advanced",
      "Regional forum on sustainable development held with broad participation",
      "Policy recommendations of the Commission taken up by member States",
      "Increased capacity of national statistical offices",
    ],
    things: [["advisory mission", "advisory missions", "conducted at the request of member States"], ["regional workshop", "regional workshops", "rated useful by participants"], ["policy study", "policy studies", "cited in national plans"], ["country profile", "country profiles", "updated"]],
    proc: ["respond to an advisory request", "publish the regional survey", "finalize a country profile"],
  },
  conference: {
    verbs: ["To ensure", "To improve", "To provide", "To enhance", "To reduce"],
    obj: [
      "the timely issuance of pre-session documentation in all official languages",
      "the quality of translation and interpretation services",
      "the efficient planning and servicing of meetings of intergovernmental bodies",
      "the use of technology in conference services, including remote participation",
      "multilingualism across the Secretariat’s meetings and publications",
    ],
    acc: [
      "Pre-session documents issued six weeks before consideration",
      "Meetings serviced with full interpretation as requested",
      "Reduced cost per page of translation",
      "Higher utilization of conference resources",
      "Positive feedback from Member States on conference services",
    ],
    things: [["pre-session document", "pre-session documents", "issued in accordance with the six-week rule"], ["meeting with interpretation", "meetings with interpretation", "serviced as requested"], ["page of translation", "pages of translation", "processed through computer-assisted tools"], ["slotted document", "slotted documents", "submitted by the slot date"]],
    proc: ["process a document from submission to issuance", "allocate a conference room", "respond to a request for meeting services"],
  },
  legal: {
    verbs: ["To provide", "To ensure", "To strengthen", "To promote", "To protect"],
    obj: [
      "legal advice to the principal organs of the United Nations in a timely manner",
      "the protection of the Organization’s legal interests in commercial matters",
      "the progressive development and codification of international law",
      "the registration and publication of treaties",
      "the law of the sea and the sustainable use of ocean resources",
    ],
    acc: [
      "Timely legal opinions to Secretariat departments",
      "Claims against the Organization resolved at minimal cost",
      "Treaty registrations completed within standards",
      "Support to the International Law Commission provided as scheduled",
      "States assisted in the implementation of the Convention on the Law of the Sea",
    ],
    things: [["legal opinion", "legal opinions", "issued within 15 working days"], ["treaty", "treaties", "registered and published"], ["commercial contract", "commercial contracts", "reviewed"], ["claim", "claims", "settled"]],
    proc: ["register a treaty", "issue a legal opinion", "review a procurement contract"],
  },
  security: {
    verbs: ["To ensure", "To strengthen", "To improve", "To enhance", "To provide"],
    obj: [
      "the safety and security of United Nations personnel, premises and assets",
      "security risk management across duty stations",
      "the security training of personnel deployed to high-risk locations",
      "the coordination of the United Nations security management system",
      "crisis management and response capacity at Headquarters and in the field",
    ],
    acc: [
      "Security risk assessments current in all duty stations",
      "Personnel trained before deployment to high-risk locations",
      "Reduced response time to security incidents",
      "Harmonized security policies adopted by the Inter-Agency Security Management Network",
      "Crisis management plans tested in high-risk duty stations",
    ],
    things: [["security risk assessment", "security risk assessments", "updated within the review cycle"], ["security clearance", "security clearances", "processed on time"], ["duty station", "duty stations", "compliant with security standards"], ["crisis exercise", "crisis exercises", "conducted"]],
    proc: ["issue a security clearance", "complete a security risk assessment", "deploy a surge security officer"],
  },
  drugs: {
    verbs: ["To assist", "To strengthen", "To promote", "To support", "To enhance"],
    obj: [
      "Member States in countering transnational organized crime and illicit trafficking",
      "the implementation of the United Nations Convention against Corruption",
      "evidence-based drug prevention and treatment services",
      "criminal justice responses to terrorism in accordance with the rule of law",
      "research and trend analysis on drugs and crime",
    ],
    acc: [
      "Member States ratifying the Convention against Corruption",
      "Improved capacity of law enforcement to interdict illicit trafficking",
      "Drug treatment services meeting international standards",
      "Counter-terrorism legislation aligned with international instruments",
      "World Drug Report used by policymakers",
    ],
    things: [["country review", "country reviews", "completed under the review mechanism"], ["officer", "officers", "trained in investigation techniques"], ["treatment facility", "treatment facilities", "applying international standards"], ["legislative assistance request", "legislative assistance requests", "answered"]],
    proc: ["complete a country review", "answer a legislative assistance request", "publish a threat assessment"],
  },
  disarmament: {
    verbs: ["To support", "To promote", "To facilitate", "To strengthen", "To advance"],
    obj: [
      "multilateral negotiations on disarmament and non-proliferation",
      "the implementation of the Programme of Action on small arms and light weapons",
      "transparency in armaments through the United Nations Register of Conventional Arms",
      "disarmament education and outreach to civil society",
      "regional disarmament through the regional centres",
    ],
    acc: [
      "Consensus outcomes of disarmament meetings facilitated",
      "Increased reporting by States on small arms",
      "More Member States reporting to the Register of Conventional Arms",
      "Wider awareness of disarmament issues among young people",
      "Regional centres delivering assistance to requesting States",
    ],
    things: [["national report", "national reports", "received"], ["meeting", "meetings", "serviced"], ["assistance request", "assistance requests", "answered by the regional centres"], ["training course", "training courses", "delivered"]],
    proc: ["answer an assistance request", "publish a national report on the website", "service a meeting of experts"],
  },
  habitat: {
    verbs: ["To promote", "To support", "To improve", "To strengthen", "To increase"],
    obj: [
      "sustainable urbanization through national urban policies",
      "access to adequate housing and the upgrading of informal settlements",
      "urban resilience to climate and disaster risks",
      "basic urban services, including water and sanitation",
      "the monitoring of urban conditions and trends",
    ],
    acc: [
      "Countries adopting national urban policies",
      "Slum upgrading programmes implemented in partner cities",
      "City resilience action plans adopted",
      "Households gaining access to improved services",
      "Urban indicators reported by partner cities",
    ],
    things: [["partner city", "partner cities", "reporting urban indicators"], ["national urban policy", "national urban policies", "adopted"], ["project", "projects", "completed on time"], ["resilience plan", "resilience plans", "adopted"]],
    proc: ["approve a country programme document", "respond to a city request", "publish an urban indicators update"],
  },
  communications: {
    verbs: ["To increase", "To strengthen", "To improve", "To promote", "To expand"],
    obj: [
      "public understanding of and support for the work of the United Nations",
      "the reach of United Nations news and social media in all official languages",
      "the network of United Nations information centres",
      "the accessibility of the Organization’s websites and documents",
      "outreach to educational institutions and civil society",
    ],
    acc: [
      "Larger audience for United Nations news products",
      "Greater multilingual content on United Nations websites",
      "Information centres delivering campaigns in local languages",
      "Improved accessibility of web content for persons with disabilities",
      "Increased number of civil society partners engaged",
    ],
    things: [["news story", "news stories", "published in all official languages"], ["campaign", "campaigns", "run by information centres"], ["web page", "web pages", "meeting accessibility standards"], ["school", "schools", "taking part in outreach programmes"]],
    proc: ["publish a press release in all official languages", "answer a public inquiry", "clear a campaign plan"],
  },
  management: {
    verbs: ["To improve", "To strengthen", "To ensure", "To implement", "To streamline"],
    obj: [
      "the stewardship of the Organization’s financial resources",
      "the implementation of results-based management across the Secretariat",
      "policy guidance on the delegation of authority",
      "the enterprise risk management framework",
      "the timeliness of budget submissions to the legislative bodies",
    ],
    acc: [
      "Unqualified audit opinion on the financial statements",
      "Managers using performance information in decision-making",
      "Delegations of authority monitored through the accountability framework",
      "Risk registers maintained by all departments",
      "Budget documents submitted on time",
    ],
    things: [["delegation of authority", "delegations of authority", "reviewed"], ["budget document", "budget documents", "submitted by the slot date"], ["risk register", "risk registers", "updated"], ["policy", "policies", "issued"]],
    proc: ["process a delegation of authority", "issue an allotment", "respond to a request for policy advice"],
  },
};

/**
 * Managerial objectives (section B / SECTION 2 / "Managerial objectives"): each with its
 * accomplishments and measures (`t` a target for the Target column, `b` a baseline).
 */
export const MANAGERIAL = [
  {
    obj: "To achieve gender parity among staff at all levels in the {e}",
    acc: ["Increased representation of women at the P-5 level and above", "Gender-responsive recruitment practices applied"],
    meas: [["Women represent at least {n:45-50}% of staff at the P-5 level and above by December {y}", "Percentage of women at the P-5 level and above", "{n:35-44}% ({p})", "{n:45-50}%"],
      ["Every selection panel includes at least one woman", "Percentage of selection panels including a woman", "{n:80-92}%", "100%"],
      ["Increase in the selection of female candidates from {n:30-38}% in {p} to {n:40-50}% in {y}", "Share of women among candidates selected", "{n:30-38}%", "{n:40-50}%"]],
  },
  {
    obj: "To improve the geographical diversity of the staff",
    acc: ["Increased number of staff from unrepresented and under-represented Member States"],
    meas: [["{n:45-60}% of selections for geographical posts from unrepresented or under-represented Member States", "Percentage of selections from unrepresented or under-represented Member States", "{n:30-44}%", "{n:45-60}%"],
      ["Outreach missions to at least {n:2-5} unrepresented Member States", "Number of outreach missions conducted", "{n:1-2}", "{n:3-5}"]],
  },
  {
    obj: "To manage financial resources efficiently and in compliance with the Financial Regulations and Rules",
    acc: ["Budget implementation in line with approved resources", "Timely submission of budget proposals"],
    meas: [["Budget implementation rate between {n:95-97}% and 100% of the approved allotment", "Budget implementation rate", "{n:91-94}%", "{n:95-99}%"],
      ["Budget proposals submitted by the deadline set by the Controller", "Percentage of budget proposals submitted by the deadline", "{n:70-85}%", "100%"],
      ["Unliquidated obligations reduced to less than {n:5-8}% of expenditure", "Unliquidated obligations as a share of expenditure", "{n:9-14}%", "{n:5-8}%"]],
  },
  {
    obj: "To implement accepted recommendations of the oversight bodies in a timely manner",
    acc: ["Reduced number of outstanding audit recommendations"],
    meas: [["{n:85-95}% of accepted recommendations of the Office of Internal Oversight Services implemented by the due date", "Percentage of accepted OIOS recommendations implemented by the due date", "{n:60-80}%", "{n:85-95}%"],
      ["No recommendation of the Board of Auditors outstanding for more than two years", "Number of Board of Auditors recommendations outstanding for more than two years", "{n:3-9}", "0"]],
  },
  {
    obj: "To strengthen performance management and staff development",
    acc: ["Performance evaluations completed on time", "Staff completing mandatory learning"],
    meas: [["100% compliance with the performance management cycle by {mo} {y}", "Percentage of staff with completed performance documents", "{n:78-92}%", "100%"],
      ["All staff complete the mandatory courses on ethics and on the prevention of harassment", "Percentage of staff who completed the mandatory courses", "{n:70-88}%", "100%"],
      ["Each staff member spends at least five days on learning", "Average learning days per staff member", "{n:2-4} days", "5 days"]],
  },
  {
    obj: "To reduce the average time taken to fill vacant posts",
    acc: ["Faster recruitment through roster use"],
    meas: [["Average time from job opening to selection reduced to {n:100-120} days", "Average number of days from job opening to selection", "{n:150-210} days ({p})", "{n:100-120} days"],
      ["Vacancy rate of no more than {n:6-9}%", "Vacancy rate", "{n:10-14}%", "{n:6-9}%"]],
  },
  {
    obj: "To ensure compliance with the financial disclosure and ethics requirements",
    acc: ["Full compliance of staff required to file financial disclosure statements"],
    meas: [["100% of staff concerned file financial disclosure statements by the deadline", "Percentage of statements filed by the deadline", "{n:93-98}%", "100%"]],
  },
  {
    from: 2014,
    obj: "To reduce the environmental footprint of the {e}’s operations",
    acc: ["Lower greenhouse gas emissions from travel and facilities"],
    meas: [["Reduction of air travel emissions by {n:10-20}% compared with {p}", "Greenhouse gas emissions from air travel (tonnes CO2 equivalent)", "{n:900-1500}", "{n:600-890}"],
      ["At least {n:70-85}% of meetings held with remote participation options", "Share of meetings with remote participation options", "{n:40-65}%", "{n:70-85}%"]],
  },
  {
    obj: "To purchase tickets for official travel at least 16 days in advance of travel",
    acc: ["Compliance with the advance purchase policy for air tickets"],
    meas: [["{n:75-90}% of tickets purchased at least 16 days before travel", "Percentage of tickets purchased 16 days before travel", "{n:40-65}%", "{n:75-90}%"]],
  },
  {
    from: 2019,
    obj: "To promote disability inclusion in the workplace",
    acc: ["Workplace accessibility improved"],
    meas: [["Reasonable accommodation requests answered within {n:20-30} working days", "Average days to answer a reasonable accommodation request", "{n:40-60}", "{n:20-30}"],
      ["Disability inclusion focal point designated and trained", "Focal point designated", "No", "Yes"]],
  },
];

/** Risks (and mitigations) for a Risks column. */
export const RISKS = [
  "Insufficient extrabudgetary funding; mitigated by a resource mobilization strategy agreed with donors",
  "Deterioration of the security situation limiting access; contingency plans and remote modalities",
  "Delays in the approval of the budget; early engagement with the Advisory Committee",
  "Competing priorities of Member States; regular briefings to regional groups",
  "Turnover of key staff; succession planning and rosters",
  "Limited data availability in some countries; partnerships with national statistical offices",
  "Political sensitivities in host countries; engagement through the Resident Coordinator",
  "Technology failures; business continuity arrangements tested twice a year",
  "Liquidity constraints; prioritization of activities by the senior management team",
  "Low response rates to surveys; follow-up reminders and shorter questionnaires",
];

/** Items under "Challenges". */
export const CHALLENGES = [
  "The liquidity situation of the regular budget continues to constrain recruitment and travel.",
  "Extrabudgetary resources remain unpredictable and earmarked.",
  "Security conditions in several duty stations restrict programme delivery.",
  "The implementation of new enterprise systems requires sustained training of staff.",
  "Demand for services has grown faster than approved resources.",
  "Coordination with a growing number of partners increases transaction costs.",
];

/** Resolutions as printed: [printed, canonical, ISO date or null when the date is not stated]. */
export const RESOLUTIONS = [
  { from: 2006, printed: "General Assembly resolution 60/1", canonical: "A/RES/60/1" },
  { from: 2007, printed: "A/RES/61/279 of 29 June 2007", canonical: "A/RES/61/279", date: "2007-06-29" },
  { from: 2008, printed: "Security Council resolution 1325 (2000)", canonical: "S/RES/1325 (2000)" },
  { from: 2010, printed: "General Assembly resolution 64/259 of 29 March 2010", canonical: "A/RES/64/259", date: "2010-03-29" },
  { from: 2016, printed: "A/RES/70/1", canonical: "A/RES/70/1" },
  { from: 2018, printed: "General Assembly resolution 72/266 of 24 December 2017", canonical: "A/RES/72/266", date: "2017-12-24" },
  { from: 2019, printed: "S/RES/2436 (2018)", canonical: "S/RES/2436 (2018)" },
];

/** Sentence frames for prose that names one mission: `{name}`, `{acr}`. */
export const MISSION_PROSE = [
  "Particular attention will be given to the drawdown of the {name} ({acr}) and to the handover of its residual tasks.",
  "The {name} ({acr}) will receive priority support during the year.",
  "The Department will also continue to backstop the {name} ({acr}) in line with its mandate.",
];
