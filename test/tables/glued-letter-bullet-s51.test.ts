/**
 * pdftotext -layout text (session 51, h-marks51): Word's and LibreOffice's second-level bullet "o"
 * glued by one space inside a run of a line of several runs, where the measure column's other lines
 * open their items with "o" (cue `letterBulletGluedInRun`, src/tables/columns.ts GLUED_IN_RUN_KIND):
 * "(i) Country strategies endorsed by national o 13 Council meetings …" (corpus9 val9e v9e-019).
 * Without it the bullet and the measure's first figure are read into the accomplishment
 * ("… by national o 13 authorities and partners") and the measure loses its "13".
 *
 * And `gluedMarkerAtShiftedEdge` (blockShiftedLeftStart): a block of rows set twelve characters left
 * of its header's edge ("o Former …" at 133 under "Indicator of achievement" at 145, corpus14 val14d
 * v14d-017), whose first line glues its "o" to the accomplishment ("… of detention o Square …"): the
 * glued marker opens the column at the block's own edge, and counts as one more line of the block,
 * not as a line that opens the column where the header says. Without it the lines below read their
 * bullets into the accomplishment ("… adopted by host o Former").
 *
 * And "o" among the glued peers (GLUED_PEER, `gluedMarkerPeers`): a table whose measures are all
 * glued one space after the accomplishment beside them ("… on grant results each year o Average
 * days …" over "… results each year" rows whose "o" stands glued at the same place, corpus14 val14k
 * v14k-001) has no line opening a run with "o", but its glued bullets stand at one edge line after
 * line. Without it "year" is read into the measure.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { gluedMarkerOpenings } from "../../src/tables/columns.js";
import { textToLayout } from "../../src/extract/text.js";

// v9e-019's first table (corpus9 val9e): four columns, accomplishments "(i)", measures and risks "o".
const table = [
  "",
  "                 OBJECTIVE                            EXPECTED ACCOMPLISHMENT                                 PERFORMANCE MEASURE                              RISKS AND MITIGATIONS",
  "1.   To help countries emerging from             (i) Commission advice reflected in Council       o 75% of allocations to projects with gender        o Weak national ownership; joint steering",
  "     conflict sustain national peacebuilding          deliberations on mandates                     equality as a principal objective                   committees with Governments",
  "     priorities                                  (ii) Country strategies endorsed by national     o Fund allocations approved within 3 days of",
  "                                                      authorities and partners                      request",
  "                                                                                                  o 49% of transition plans signed by both mission",
  "                                                                                                    and country team",
  "                                                                                                  o 36 national institutions managing reintegration",
  "                                                                                                    caseloads",
  "2.   To capture and share lessons from           (i) Country strategies endorsed by national o 13 Council meetings informed by written                o Turnover of mission leadership;",
  "     peacebuilding practice across regions             authorities and partners                    Commission advice                                    handover notes and briefings",
  "                                                 (ii) New contributors joining the Fund          o 55 new Member States contributing to the Fund",
  "                                                 (iii) Inclusive dialogue platforms operating in o 52% of allocations to projects with gender",
].join("\n");

// v14d-017's second table on its page (corpus14 val14d): the first row's block set left of the header.
const shifted = [
  "",
  "No.              Objective                                                        Outcome                                                        Indicator of achievement",
  "1                To advance disarmament, demobilization and reintegration (a) Prisons operating under minimum standards of detention o Square kilometres of land released after clearance: 107",
  "                 of former combatants                                     (b) Security sector reform strategies adopted by host      o Former combatants enrolled in reintegration: 5,729",
  "                                                                          Governments                                                o 68% of police officers vetted before deployment",
  "",
  "",
  "2                To advance disarmament, demobilization and reintegration (a) Land released for productive use after clearance of                o Joint rule-of-law programmes with country teams: 8",
  "                 of former combatants in the Asia-Pacific region          explosive hazards",
  "                                                                          (b) Former combatants enrolled in community-based",
  "                                                                          reintegration programmes",
  "                                                                          (c) Standing capacities deployed to new and expanding",
  "                                                                          missions",
  "",
  "3                To support host Governments in rebuilding justice and            (a) Security sector reform strategies adopted by host          o Days from request to deployment of the standing police capacity:",
  "                 corrections institutions in Africa                               Governments                                                    34",
  "                                                                                  (b) Standing capacities deployed to new and expanding",
  "                                                                                  missions",
  "                                                                                  (c) Former combatants enrolled in community-based",
  "                                                                                  reintegration programmes",
  "",
  "4                To deploy standing police and justice capacities within          (a) Standing capacities deployed to new and expanding          o Days from request to deployment of the standing police capacity:",
  "                 weeks of a request across the United Nations system              missions                                                       44",
  "                                                                                  (b) National police officers vetted, trained and deployed in   o Prisons meeting minimum detention standards: 8",
  "                                                                                  mission areas",
].join("\n");

describe("a letter bullet \"o\" glued inside a run where the column's items open with \"o\"", () => {
  it("opens the measure there and leaves the words before it to the accomplishment", () => {
    const row = textRows(table).find((o) => o.objective.startsWith("To capture and share lessons"));
    expect(row?.accomplishments[0]).toBe("Country strategies endorsed by national authorities and partners");
    expect(row?.measures[0]).toBe("13 Council meetings informed by written Commission advice");
  });

  it("is a marker only where the table's lines open runs with \"o\" at that place", () => {
    const lines = (t: string) => textToLayout(t).pages.flatMap((p) => p.lines);
    const withEdge = lines(table);
    const glued = withEdge.find((l) => l.text.includes("national o 13"))!;
    expect(gluedMarkerOpenings(glued, withEdge).map((w) => w.text)).toEqual(["o"]);
    const alone = lines(["OBJECTIVE                     EXPECTED ACCOMPLISHMENT", "1.   To capture lessons       (i) Country strategies endorsed by national o 13 Council meetings"].join("\n"));
    expect(gluedMarkerOpenings(alone[1]!, alone)).toEqual([]);
  });
});

describe("a glued bullet at the edge of a block set left of its header", () => {
  it("counts as a line of the block: the bullets below open the measures there", () => {
    const row = textRows(shifted).find((o) => o.accomplishments[0] === "Prisons operating under minimum standards of detention");
    expect(row?.accomplishments).toEqual(["Prisons operating under minimum standards of detention", "Security sector reform strategies adopted by host Governments"]);
    expect(row?.measures).toEqual(["Square kilometres of land released after clearance: 107", "Former combatants enrolled in reintegration: 5,729", "68% of police officers vetted before deployment"]);
  });
});

// v14k-001's spanning-objective table (corpus14 val14k): every measure's "o" glued to the accomplishment.
const allGlued = [
  "EXPECTED RESULTS                                             INDICATORS OF ACHIEVEMENT                              RISKS AND MITIGATIONS",
  "Objective: To widen the circle of private foundations that co-finance United Nations projects through regional partners",
  "",
  "* Grant proposals screened against the eligibility criteria of o Grants disbursed to implementing entities: 156     * Currency losses on pledged contributions; record pledges at the",
  "the fund                                                                                                            operational rate",
  "* New foundation partners co-financing approved projects",
  "* Implementing entities reporting on grant results each year",
  "",
  "",
  "",
  "Objective: To mobilize matching funds for small island developing States through regional partners",
  "* Implementing entities reporting on grant results each year o Average days to issue a due diligence opinion: 16 * Donor priorities shifting away from the fund's themes; broaden",
  "* Annual report on contributions issued to Member States o 86% of partnership agreements signed within 60 the partner base",
  "on schedule                                                  days",
  "",
  "",
  "Objective: To account transparently for every contribution received through the partnership fund",
  "* Grant proposals screened against the eligibility criteria of o 76% of partnership agreements signed within 60     * Currency losses on pledged contributions; record pledges at the",
  "the fund                                                       days                                                 operational rate",
].join("\n");

describe("letter bullets glued at one place line after line", () => {
  it("are peers: the glued bullet opens the measure and the accomplishment keeps its last word", () => {
    const row = textRows(allGlued).find((o) => o.objective.startsWith("To mobilize matching funds"));
    expect(row?.accomplishments[0]).toBe("Implementing entities reporting on grant results each year");
    expect(row?.measures[0]).toBe("Average days to issue a due diligence opinion: 16");
  });
});
