/**
 * Viewer's copies (`mutool draw -F txt` of AbiWord's print; session 36, h-v13b): a two-column
 * `Objective | Outcome and Key Performance Indicator` header printed one label a line
 * (tables/header `labelsOnLinesOfTheirOwn`), and a combined column's two-level list whose second
 * level lost its markers (tables/linearized `unmarkedSecondLevel`). Each `it` fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";
import { readLinearText } from "../support/linearized.js";

const here = dirname(fileURLToPath(import.meta.url));
const textOf = (a: string | { text: string }) => (typeof a === "string" ? a : a.text);

async function rowOf(file: string, objective: string) {
  const out = await extract(join(here, file), { format: "text" });
  const row = (out.kind === "compact" ? out.objectives : []).find((r) => r.objective === objective);
  return row ? { accomplishments: row.accomplishments.map(textOf), measures: row.measures.map((m: { text: string; accomplishment?: number | null }) => [m.text, m.accomplishment ?? null]) } : null;
}

describe("a combined label on a line of its own under the Objective label", () => {
  const headerOf = (text: string) => {
    const lines = textToLayout(text).pages.flatMap((p) => p.lines);
    return detectHeader(lines, 0)?.columns.map((c) => `${c.role}:${c.header}`) ?? null;
  };

  it("is a two-column header (each label fills its line)", () => {
    expect(headerOf(["Objective", "Outcome and Key Performance Indicator", "", "To plan official travel early enough to buy ", "economical fares"].join("\n"))).toEqual([
      "objective:Objective",
      "accomplishments:Outcome and Key Performance Indicator",
    ]);
  });

  it("stays a caption's list when the labels run on within a line, or a comma parts them", () => {
    expect(headerOf(["Table 6. Objectives, expected accomplishments and performance measures", "", "To plan official travel"].join("\n"))).toBeNull();
    expect(headerOf(["Objectives,", "expected accomplishments and performance measures", "", "To plan official travel"].join("\n"))).toBeNull();
  });

  it("reads v13b-009 mu.txt's managerial table (the table was not found)", async () => {
    expect(await rowOf("../corpus13/val13b/v13b-009.mu.txt", "To plan official travel early enough to buy economical fares")).toEqual({
      accomplishments: ["Travel booked in advance of the deadline", "Oversight recommendations closed in the period"],
      measures: [
        ["65% of oversight recommendations implemented within the deadline", 0],
        ["87% of staff with a completed performance document", 0],
        ["47% of tickets bought 16 days or more before travel", 1],
      ],
    });
  });

  it("reads v13-016 mu.txt's combined table (another draw, other markers)", async () => {
    const row = await rowOf("../corpus13/val13/v13-016.mu.txt", "To promote decent jobs for young people through system-wide partnerships");
    expect(row?.accomplishments).toEqual(["Young people speaking in the meetings of intergovernmental bodies", "Young peacebuilders consulted on resolutions concerning youth, peace and security"]);
    expect(row?.measures.map(([m]) => m)).toEqual(["204 youth-led organizations in the partner network", "33 young speakers in high-level meetings", "61% of country teams that report on the Youth Strategy", "2,702,122 followers of the Envoy's channels"]);
  });
});

describe("a combined column's two-level list whose second level lost its markers", () => {
  // Two rows, no blank lines (a table MuPDF printed as one block); the measures are unmarked.
  const text = [
    "OBJECTIVE",
    "EXPECTED ACCOMPLISHMENT AND ",
    "KEY PERFORMANCE INDICATOR",
    "To implement accepted oversight ",
    "recommendations without delay",
    "➢ Staff trained in information security",
    "77% of oversight recommendations ",
    "implemented within the deadline",
    "Days from the posting of a vacancy to ",
    "the selection: 114",
    "➢ Travel booked in advance of the deadline",
    "100% of staff with a completed ",
    "performance document",
    "To manage the financial resources of the ",
    "Office in line with the approved budget",
    "➢ Expenditure kept within the allotment",
    "76% of staff who completed the ",
    "information security course",
  ].join("\n");

  it("keeps the unmarked measures under their accomplishments; a paragraph with no figure opens the next row", () => {
    const { viewer, out } = readLinearText(text);
    expect(viewer).toBe(true);
    expect(out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => [m.text, m.accomplishment]) }))).toEqual([
      {
        objective: "To implement accepted oversight recommendations without delay",
        accomplishments: ["Staff trained in information security", "Travel booked in advance of the deadline"],
        measures: [
          ["77% of oversight recommendations implemented within the deadline", 0],
          ["Days from the posting of a vacancy to the selection: 114", 0],
          ["100% of staff with a completed performance document", 1],
        ],
      },
      {
        objective: "To manage the financial resources of the Office in line with the approved budget",
        accomplishments: ["Expenditure kept within the allotment"],
        measures: [["76% of staff who completed the information security course", 0]],
      },
    ]);
  });

  it("reads v13b-015 mu.txt's managerial table", async () => {
    expect(await rowOf("../corpus13/val13b/v13b-015.mu.txt", "To manage the financial resources of the Office in line with the approved budget")).toEqual({
      accomplishments: ["Expenditure kept within the allotment", "Oversight recommendations closed in the period", "Performance documents finalized by the deadline"],
      measures: [
        ["76% of staff who completed the information security course", 0],
        ["93% of staff with a completed performance document", 1],
        ["71% of tickets bought 16 days or more before travel", 1],
        ["85% of the allotment spent by the end of the period", 2],
      ],
    });
  });
});
