/**
 * Plain text (session 24, h-txtfn; corpus15 d15-014 txt): a three-column table printed right after
 * a five-column one; the word processor joined them, so the header repeated at the next page's top
 * is the first table's (`No. | Objectives | … | Target`) over the rest of the second table's cut
 * row. pdftotext sets that page on a grid of its own, so the runs' starts, compared with the two
 * tables' body runs on earlier pages, did not tell which table runs on; the runs crossing the
 * header's columns on its own page do ("Days to convene an emergency consultation (target: 2
 * days)." reaches far past the Target label). The cut row's rest joins the open row.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const LINES = [
  "   No.                     Objectives                         Expected accomplishments                     Indicators of achievement                    Target",
  "1.1        To support the implementation of the Joint          Young diplomats graduating                Meetings of deputy foreign ministers ≥ 3",
  "           Plan of Action for the United Nations               from the preventive diplomacy             convened",
  "           Global Counter-Terrorism Strategy in                academy                                   Action plan measures implemented     ≥ 65%",
  "           Central Asia                                        Early warning reports submitted           on schedule",
  "                                                               to Headquarters on emerging",
  "                                                               tensions",
  "",
  "",
  "",
  "1.6      To help the Governments of Central Asia            Women's networks engaged in                Central Asian States participating in   ≥ 86%",
  "         manage transboundary water and energy              the Centre's preventive work               regional dialogues",
  "",
  "",
  "                  Objective                                   Expected accomplishment                                     Performance measure",
  "To facilitate dialogue among the Central Asian   Border authorities cooperating on shared threats.      Women participants in preventive diplomacy events: 131.",
  "States on shared security threats in close",
  "cooperation with Member States                   Water and energy dialogues convened with the",
  "                                                 participation of all five States.",
  "",
  "",
  "To strengthen regional capacity to prevent       Water and energy dialogues convened with the           Days to convene an emergency consultation (target: 7 days).",
  "violent extremism in close cooperation with      participation of all five States.",
  "Member States",
  "To facilitate dialogue among the Central Asian   Women's networks engaged in the Centre's               Women participants in preventive diplomacy events: 66.",
  "States on shared security threats                preventive work.",
  "",
  "\f   No.                    Objectives                        Expected accomplishments                   Indicators of achievement                     Target",
  "                                                  Border authorities cooperating on shared threats.    Days to convene an emergency consultation (target: 2 days).",
  "",
  "                                                  Young diplomats graduating from the preventive       Central Asian States participating in regional dialogues",
  "                                                  diplomacy academy.                                   (76%).",
  "",
  "",
  "To monitor and analyse developments that could Regional action plans on counter-terrorism reviewed     Early warning reports submitted to Headquarters (23).",
  "threaten stability in the region during the    and updated.",
  "biennium",
  "                                               Water and energy dialogues convened with the",
  "                                               participation of all five States.",
  "",
  "                                                  Early warning reports submitted to Headquarters on",
  "                                                  emerging tensions.",
  "",
];

describe("a joined table's rows under the first table's header repeated at a page top (plain text)", () => {
  it("reads the cut row's rest into the open row, and the next objective's row as its own", () => {
    const rows = textRows(LINES.join("\n"));
    const cut = rows.find((r) => r.objective.startsWith("To facilitate dialogue among the Central Asian States on shared security threats") && r.accomplishments[0]?.startsWith("Women's networks"));
    expect(cut?.accomplishments).toEqual(["Women's networks engaged in the Centre's preventive work.", "Border authorities cooperating on shared threats.", "Young diplomats graduating from the preventive diplomacy academy."]);
    expect(cut?.measures).toEqual(["Women participants in preventive diplomacy events: 66.", "Days to convene an emergency consultation (target: 2 days).", "Central Asian States participating in regional dialogues (76%)."]);
    const next = rows.find((r) => r.objective.startsWith("To monitor and analyse"));
    expect(next?.accomplishments).toEqual(["Regional action plans on counter-terrorism reviewed and updated.", "Water and energy dialogues convened with the participation of all five States.", "Early warning reports submitted to Headquarters on emerging tensions."]);
    expect(next?.measures).toEqual(["Early warning reports submitted to Headquarters (23)."]);
  });
});
