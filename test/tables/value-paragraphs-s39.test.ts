/**
 * Session 39 (h-v158), corpus15 num5 tables in layout text (`pdftotext -layout`): a Target cell typed
 * as paragraphs set apart by blank ones, top-aligned beside measures that wrap further.
 * - `valueParagraphsInMeasureOrder` (tables/index): the column's holes part its values, and as many
 *   paragraphs as measures, the first on the first measure's first line, pair with them in order
 *   ("≥ 52" / "" / "At least" / "62%" / "" / "4" beside three measures, corpus15 d15-011 1.2).
 * - `valueGluedBesideMeasureLine` (tables/gluedValues): the row's one missing value, glued by one
 *   space to a measure line ("of Member States 4"), goes back to the Target column (d15-011 1.1).
 * - `figureOpensAgain` is not asked under a line short of its sentence's end in a column whose
 *   every cell ends with a full stop ("82 per cent of tickets purchased" / "16 days before travel.",
 *   corpus8 val8b v8-022).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { textRowsWithValues } from "../support/table-rows.js";
import { documentRows } from "../support/table-rows.js";

const head = [
  "                                  Expected             Performance",
  "No.       Objectives                                                        Target",
  "                              accomplishments           measures",
];
/** One grid line: No., objective, accomplishment, measure, target at the columns d15-011 prints them. */
const line = (no: string, objective: string, acc: string, measure: string, target = "") =>
  `${no.padEnd(6)}${objective.padEnd(25)}${acc.padEnd(23)}${measure.padEnd(20)}${target}`.trimEnd();
const doc = (rows: readonly string[]) => ["1. Programme objectives", "In 2010, I commit to the results set out below.", "", ...head, ...rows, "", ""].join("\n");

describe("a Target cell's paragraphs pair with the measures in order (valueParagraphsInMeasureOrder)", () => {
  const rows = (second: string, third: string) => [
    line("1.2", "To support the", "\uf072 Informal", "\uf072 Early warning", "≥ 52"),
    line("", "Deputy Secretary-", "  briefings to", "  notes brought to"),
    line("", "General in", "  regional groups", "  the Secretary-", second),
    line("", "overseeing system-", "  held as", "  General", third),
    line("", "wide development", "  scheduled", "\uf072 Decision papers"),
    line("", "reform during the", "\uf072 Policy", "  received", "4"),
    line("", "biennium", "  Committee", "  complete at first"),
    line("", "", "  decisions", "  submission"),
    line("", "", "  recorded", "\uf072 Average working"),
    line("", "", "", "  days to circulate"),
  ];
  it("reads \"≥ 52\", \"At least 62%\" and \"4\" for three measures, not \"≥ 52 At least 62%\"", () => {
    const [r] = textRowsWithValues(doc(rows("At least", "62%")));
    expect(r?.measures).toEqual(["Early warning notes brought to the Secretary-General", "Decision papers received complete at first submission", "Average working days to circulate"]);
    expect(r?.targets).toEqual(["≥ 52", "At least 62%", "4"]);
  });
  it("keeps nearness where the paragraphs are fewer than the measures (a wrapped unit opens in lower case)", () => {
    const [r] = textRowsWithValues(doc(rows("per", "cent")));
    expect(r?.targets.filter((t) => t !== null).length).toBeLessThan(3);
  });
});

/** A committed dev15 document read as `extract` reads it. */
const devRows = (id: string) => documentRows(join(__dirname, "..", "corpus15", "dev15", `${id}.txt`));

describe("corpus15 d15-011: the num5 table's Target paragraphs", () => {
  it("pairs 1.2's and 1.6's paragraphs with their measures", async () => {
    const rows = await devRows("d15-011");
    const r12 = rows.find((x) => x.objective.startsWith("To support the Deputy Secretary-General in overseeing system-wide"));
    const r16 = rows.find((x) => x.objective.startsWith("To bring early warning from the field") && x.extra.target?.length === 2 && x.extra.target[1]?.includes("days"));
    expect(r12?.extra.target).toEqual(["≥ 52", "At least 62%", "4"]);
    expect(r16?.extra.target).toEqual(["At least 92%", "≤ 2 days"]);
  });
  it("takes 1.1's \"4\" glued to \"of Member States\" back to the Target column (valueGluedBesideMeasureLine)", async () => {
    const r = (await devRows("d15-011")).find((x) => x.objective.startsWith("To coordinate the positions of Secretariat entities"));
    expect(r?.measures).toEqual(["Briefings to regional groups of Member States", "Average working days to circulate Policy Committee decisions"]);
    expect(r?.extra.target).toEqual(["20", "4"]);
  });
});

describe("corpus8 val8b v8-022: a measure opening with its figure, wrapped before a figure", () => {
  it("keeps \"82 per cent of tickets purchased\" / \"16 days before travel.\" one measure where every cell ends with a full stop", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus8", "val8b", "v8-022.txt"));
    const measures = rows.flatMap((x) => x.measures);
    expect(measures).toContain("82 per cent of tickets purchased 16 days before travel.");
    expect(measures).toContain("64 per cent of tickets purchased 16 days before travel.");
    expect(measures).not.toContain("16 days before travel.");
  });
});
