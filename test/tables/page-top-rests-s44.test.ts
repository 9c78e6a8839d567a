/**
 * A viewer's copy (`mutool draw -F txt` of AbiWord's print; session 44, h-mu44): a row that a page
 * break cuts goes on at the next page's top cell by cell, each cell's block whole. `mendPageCuts`
 * (tables/linearized) moved the cut paragraphs' rests back, but it took the rests only from the
 * first unmarked paragraphs and gave up at a marked item — and a cell the break did not cut goes on
 * there with its next items before the cut cell's rest (v13g-001: the accomplishments' `• Budget
 * fascicles …`, `• Claims of …`, then the measure's `before the vote`). `pageTopRests` carries such
 * an item back after the last item of the list above the break it goes on (`listGoesOnAbove`).
 * And a page's last line that holds two cells' lines on one baseline (`a) More women appointed at
 * ➢ 92% of staff with a `, v13h-007) is two cut paragraphs: `gluedFoot` cuts it into its cells'
 * pieces before the rests are matched. The small layouts are v13g-001's and v13h-007's cut rows;
 * every `it` fails without the rules.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, textRows } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

const HEAD = `SENIOR MANAGER'S COMPACT for 2006
Esperanza Eriksdottir, Assistant Secretary-General, Controller, will strive to fulfil the goals of the 
Charter of the United Nations and the mandates entrusted to the Office of Programme 
Planning, Budget and Accounts. I commit to achieve the objectives detailed below.

A. PROGRAMME OBJECTIVES
I will give special attention to delivering the following results in 2006.
Objectives
Expected accomplishments
Indicators of achievement
`;

/** v13g-001: the accomplishments end at the page's foot, the measure is cut; the list goes on first. */
const CARRIED = `${HEAD}
To present budget proposals 
that the legislative bodies can 
approve without delay at 
Headquarters

•
Allotments 
issued on the first 
working day of the 
budget period

\u2013 85% of audit 
recommendations on financial 
statements implemented 
within one year

To close the financial 
statements of the 
Organization within the 
statutory deadline

•
Financial 
statements accepted by 
the Board of Auditors 
without qualification

\u2013 98% of statements of 
programme budget 
implications issued 48 hours 

\f
•
Budget 
fascicles issued to the 
Advisory Committee 
by the agreed date
•
Claims of 
contributing countries 
settled from available 
cash

before the vote
\u2013 100% of budget reports 
submitted to the Advisory 
Committee by the slot date

B. MANAGERIAL OBJECTIVES
`;

/** v13h-007: the accomplishment's and the measure's last lines on one baseline at the page's foot, both cut. */
const GLUED = `${HEAD}
To complete the performance 
appraisal of every staff 
member on time
a) Oversight 
recommendations closed in 
the period

\u27a2 95% of oversight 
recommendations 
implemented within the 
deadline

a) Travel booked in advance 
of the deadline
\u27a2 79% of staff who 
completed the information 
security course

a) More women appointed at \u27a2 92% of staff with a 

\f
the senior levels
completed performance 
document
\u27a2 96% of the allotment spent 
by the end of the period
To manage the financial 
resources of the Office in line 
with the approved budget
a) Oversight 
recommendations closed in 
the period

\u27a2 31% of tickets bought 16 
days or more before travel

B. MANAGERIAL OBJECTIVES
`;

describe("a page break's rests past the cut row's other cells (`pageTopRests`, `gluedFoot`)", () => {
  it("carries a list's items at the next page's top back to it, and the cut measure's rest to the measure", () => {
    const rows = textRows(CARRIED);
    const row = rows.find((r) => r.objective.startsWith("To close the financial statements"));
    expect(row?.accomplishments).toEqual([
      "Financial statements accepted by the Board of Auditors without qualification",
      "Budget fascicles issued to the Advisory Committee by the agreed date",
      "Claims of contributing countries settled from available cash",
    ]);
    expect(row?.measures).toEqual([
      "98% of statements of programme budget implications issued 48 hours before the vote",
      "100% of budget reports submitted to the Advisory Committee by the slot date",
    ]);
  });

  it("cuts a glued last line into its cells, each with its own rest", () => {
    const rows = textRows(GLUED);
    const row = rows.find((r) => r.objective.startsWith("To complete the performance appraisal"));
    expect(row?.accomplishments).toEqual([
      "Oversight recommendations closed in the period",
      "Travel booked in advance of the deadline",
      "More women appointed at the senior levels",
    ]);
    expect(row?.measures).toEqual([
      "95% of oversight recommendations implemented within the deadline",
      "79% of staff who completed the information security course",
      "92% of staff with a completed performance document",
      "96% of the allotment spent by the end of the period",
    ]);
  });

  it("reads v13g-001's and v13e-008's cut rows whole", async () => {
    const g = await documentRows(join(here, "../corpus13/val13g/v13g-001.mu.txt"));
    expect(g.find((r) => r.objective === "To close the financial statements of the Organization within the statutory deadline")?.measures).toEqual([
      "98% of statements of programme budget implications issued 48 hours before the vote",
      "100% of budget reports submitted to the Advisory Committee by the slot date",
      "88% of audit recommendations on financial statements implemented within one year",
    ]);
    const e = await documentRows(join(here, "../corpus13/val13e/v13e-008.mu.txt"));
    const row = e.find((r) => r.objective.startsWith("To buy the goods and services the Organization needs at the best value"));
    expect(row?.accomplishments).toContain("Records of closed missions received and catalogued");
    expect(row?.measures).toContain("7% of reduction in electricity use against the 2010 baseline");
  });
});
