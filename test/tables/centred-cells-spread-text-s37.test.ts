/**
 * pdftotext -layout text of a jsPDF autoTable whose every cell is centred vertically (valign
 * middle) in its row (test/corpus18 val18d v18-009, session 37, h-centre; its mojibake bullets and "≥" restored): the rows' lines
 * interleave on the grid, and a one-line measure between two rows ("Visits to the region
 * conducted", the last of the taller row above) goes with the row whose cells it centres
 * (`cellCentresSpread`, tables/geometry.ts), not with the row whose extent it centres better.
 */
import { describe, expect, it } from "vitest";
import { textRows as read } from "../support/table-rows.js";

describe("a short measure between two rows of a table with every cell centred", () => {
  const text = [
    "A. PROGRAMME OBJECTIVES",
    "OBJECTIVE                             EXPECTED RESULT                       INDICATOR OF ACHIEVEMENT",
    "To support the national",
    "reconciliation process and an         •  Political prisoners released",
    "                                                                            •  Visits to the region conducted (target: 2)",
    "inclusive political dialogue in       following advocacy",
    "Myanmar",
    "                                                                           •  Average time to issue a public statement",
    "                                      •  Briefings provided to the General after a major incident (target: 5 days)",
    "                                      Assembly and the Security Council    •  Consultations that included women",
    "To support the peace process                                               participants: ≥  36%",
    "between the Government and the",
    "                                      •  Humanitarian access negotiated     •  Meetings with ASEAN representatives:",
    "ethnic armed organizations, in",
    "                                      for United Nations agencies           ≥  4",
    "close consultation with partners",
    "                                                                            •  Briefings to intergovernmental bodies",
    "                                      •  Joint engagement with the",
    "                                                                            (target: 2)",
    "                                      ASEAN Special Envoy maintained",
    "                                                                            •  Visits to the region conducted: ≥  2",
    "To promote the release of political",
    "                                    •  Humanitarian access negotiated       •  Meetings with ASEAN representatives",
    "prisoners and respect for human",
    "                                    for United Nations agencies             (target: 5)",
    "rights",
    "To support the voluntary, safe and                                         •  Average time to issue a public statement",
    "dignified return of refugees from     •  Briefings provided to the General after a major incident (target: 4 days)",
    "Cox’s Bazar within the approved       Assembly and the Security Council    •  Consultations that included women",
    "resources                                                                  participants: ≥  31%"
  ].join("\n");
  const rows = read(text);
  it("ends the taller row with its last measure", () => {
    const row = rows.find((r) => r.objective.startsWith("To support the peace process"));
    expect(row?.measures).toHaveLength(5);
    expect(row?.measures[4]).toMatch(/^Visits to the region conducted/);
  });
  it("leaves the next row its own two cells, centred on its objective", () => {
    const row = rows.find((r) => r.objective.startsWith("To promote the release"));
    expect(row?.accomplishments).toHaveLength(1);
    expect(row?.measures).toEqual(["Meetings with ASEAN representatives (target: 5)"]);
  });
});
