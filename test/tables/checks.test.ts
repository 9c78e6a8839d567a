import { describe, expect, it } from "vitest";
import { checkRows } from "../../src/tables/checks.js";
import { extract } from "../../src/index.js";
import type { Layout, Line } from "../../src/model/layout.js";
import type { Objective } from "../../src/model/output.js";

/** A plain-text layout whose lines are numbered from `first` on one page; each run of text between wide gaps is a segment. */
function layoutOf(texts: readonly string[], first = 10, page = 1): Layout {
  const lines: Line[] = texts.map((text, k) => ({
    page,
    line: first + k,
    y: (first + k) * 12,
    text,
    start: 0,
    end: text.length,
    segments: [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], x: (m.index ?? 0) * 6, y: (first + k) * 12, width: m[0].length * 6, fontSize: 10, page, line: first + k, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })),
  }));
  return { format: "text", text: texts.join("\n"), pages: [{ number: page, width: 600, height: 800, lines, rules: [], removed: [] }] };
}

function row(id: string, lines: [number, number], cells: { objective: string; accomplishments?: string[]; measures?: string[]; extra?: Record<string, string[]> }, page = 1): Objective {
  return {
    id,
    section: "A",
    objective: cells.objective,
    accomplishments: cells.accomplishments ?? [],
    measures: (cells.measures ?? []).map((text) => ({ text, targets: [], accomplishment: null, target: null, baseline: null })),
    extra: cells.extra ?? {},
    provenance: { page, lines, pages: [page] },
  };
}

// Two rows of a three-column text table (as pdftotext -layout prints one), lines 10–15.
const PRINTED = [
  "To counter the financing of      Regional partners        55 national action plans",
  "terrorism                        co-delivering            adopted with assistance",
  "                                 programmes               3 officials of financial",
  "To enhance the protection of     Compact entities         intelligence units trained",
  "critical infrastructure          working to joint plans   5 national action plans",
  "                                                          adopted with assistance",
];

describe("table consistency checks (tables/checks)", () => {
  it("a measure cut in the middle of a phrase: TABLE_ITEM_FRAGMENT at the lines of both parts", () => {
    // The reader cut "3 officials of financial intelligence units trained" at the row boundary.
    const rows = [
      row("A-1", [10, 12], { objective: "To counter the financing of terrorism", accomplishments: ["Regional partners co-delivering programmes"], measures: ["55 national action plans adopted with assistance", "3 officials of financial"] }),
      row("A-2", [13, 15], { objective: "To enhance the protection of critical infrastructure", accomplishments: ["Compact entities working to joint plans"], measures: ["intelligence units trained", "5 national action plans adopted with assistance"] }),
    ];
    // "financial" is no word a phrase ends on: the first row's part is not flagged by its ending; the second row's opens in lower case.
    const warnings = checkRows(layoutOf(PRINTED), rows);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_ITEM_FRAGMENT", 1, 13]]);
    expect(warnings[0]!.message).toContain('measure "intelligence units trained" begins in lower case');
  });

  it("a text ending on a preposition: TABLE_ITEM_FRAGMENT at the line of its last words", () => {
    const rows = [row("A-1", [10, 12], { objective: "To counter the financing of terrorism", measures: ["Positive feedback from"] })];
    const layout = layoutOf(["To counter the financing of      Regional partners        55 national action plans", "terrorism                        co-delivering            Positive feedback from", "                                 programmes"]);
    const warnings = checkRows(layout, rows);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_ITEM_FRAGMENT", 1, 11]]);
    expect(warnings[0]!.message).toContain('ends on "from"');
  });

  it("the same rows read right carry no warning", () => {
    const rows = [
      row("A-1", [10, 12], { objective: "To counter the financing of terrorism", accomplishments: ["Regional partners co-delivering programmes"], measures: ["55 national action plans adopted with assistance", "3 officials of financial intelligence units trained"] }),
      row("A-2", [13, 15], { objective: "To enhance the protection of critical infrastructure", accomplishments: ["Compact entities working to joint plans", "e-Recruitment used by every office"], measures: ["5 national action plans adopted with assistance"] }),
    ];
    expect(checkRows(layoutOf(PRINTED), rows)).toEqual([]);
  });

  it("a list marker inside a text or alone: TABLE_MARKER_INSIDE at the marker's line", () => {
    const layout = layoutOf([
      "                            (a)        Results framework",
      "To assist victims of           applied across the Office",
      "terrorism and their        (b)        Financial",
      "associations                   intelligence units trained",
    ]);
    const merged = [row("A-5", [10, 13], { objective: "To assist victims of terrorism and their (b) associations", accomplishments: ["Results framework applied across the Office"] })];
    const warnings = checkRows(layout, merged);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_MARKER_INSIDE", 1, 12]]);
    expect(warnings[0]!.message).toContain('holds the list marker "(b)"');
    const alone = [row("A-4", [10, 11], { objective: "(a)", accomplishments: ["Results framework"] })];
    expect(checkRows(layout, alone).map((w) => [w.code, w.line])).toEqual([["TABLE_MARKER_INSIDE", 10]]);
    // Numbers and brackets that are no markers: "2.5 per cent", "(days)", a year.
    const plain = [row("A-1", [10, 11], { objective: "To assist victims", measures: ["Time to settle a claim (days) cut by 2.5 per cent in 2010."] })];
    expect(checkRows(layout, plain)).toEqual([]);
  });

  it("a symbol font's bullet (Wingdings U+F0A7, Symbol U+F0B7) inside a text or alone is a marker too: the one glyph table of vocab/markers", () => {
    const layout = layoutOf(["To strengthen audit        \uF0A7 Audit plans approved", "                           \uF0B7 Findings closed"]);
    const glued = [row("A-2", [10, 11], { objective: "To strengthen audit", measures: ["Audit plans approved \uF0B7 Findings closed"] })];
    expect(checkRows(layout, glued).map((w) => [w.code, w.line])).toEqual([["TABLE_MARKER_INSIDE", 11]]);
    const alone = [row("A-3", [10, 10], { objective: "To strengthen audit", measures: ["\uF0A7", "Audit plans approved"] })];
    expect(checkRows(layout, alone).map((w) => [w.code, w.line])).toEqual([["TABLE_MARKER_INSIDE", 10]]);
  });

  it("a text that goes on in lower case after its full stop: TABLE_ITEM_FRAGMENT at the line of the glued words", () => {
    const layout = layoutOf(["To improve staffing         More consistent representation of", "                            unrepresented Member States among", "                            staff.                         languages"]);
    const glued = [row("A-1", [10, 12], { objective: "To improve staffing", accomplishments: ["More consistent representation of unrepresented Member States among staff. languages"] })];
    const warnings = checkRows(layout, glued);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_ITEM_FRAGMENT", 1, 12]]);
    expect(warnings[0]!.message).toContain('goes on in lower case after a full stop ("staff. languages")');
    // An abbreviation's full stop is no item's end.
    const abbreviated = [row("A-1", [10, 12], { objective: "To improve staffing", accomplishments: ["Staff from unrepresented countries, e.g. small island States, recruited"] })];
    expect(checkRows(layout, abbreviated)).toEqual([]);
  });

  it("a letter-like bullet between a sentence's end and a capital: TABLE_MARKER_INSIDE at the bullet's line", () => {
    const layout = layoutOf(["To improve outreach     o Competing priorities of Member States; regular", "                          briefings to regional groups.", "                        o Low response rates to surveys; follow-up reminders"]);
    const glued = [row("A-1", [10, 12], { objective: "To improve outreach", extra: { risksAndMitigations: ["Competing priorities of Member States; regular briefings to regional groups. o Low response rates to surveys; follow-up reminders"] } })];
    const warnings = checkRows(layout, glued);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_MARKER_INSIDE", 1, 12]]);
    expect(warnings[0]!.message).toContain('holds the list marker "o"');
    // A hyphen between words is no bullet.
    const right = [row("A-1", [10, 12], { objective: "To improve outreach", extra: { risksAndMitigations: ["Competing priorities - a risk; regular briefings to regional groups."] } })];
    expect(checkRows(layout, right)).toEqual([]);
  });

  it("a row with more measures than Target values: TABLE_VALUE_COUNT at the row's first line", () => {
    const layout = layoutOf(["To manage the budget        Number of advisory missions 41      35", "                             Budget implementation rate          92%"], 20, 3);
    const glued = [row("B-1", [20, 21], { objective: "To manage the budget", measures: ["Number of advisory missions 41", "Budget implementation rate"], extra: { baseline: ["35", "80%"], target: ["92%"] } }, 3)];
    const warnings = checkRows(layout, glued);
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([["TABLE_VALUE_COUNT", 3, 20]]);
    expect(warnings[0]!.message).toBe("row B-1: 2 measures but 1 target value: a value or a measure may have been read into another row or cell");
    const right = [row("B-1", [20, 21], { objective: "To manage the budget", measures: ["Number of advisory missions", "Budget implementation rate"], extra: { baseline: ["35", "80%"], target: ["41", "92%"] } }, 3)];
    expect(checkRows(layout, right)).toEqual([]);
    // A table without value columns is not checked.
    expect(checkRows(layout, [row("B-1", [20, 21], { objective: "To manage the budget", measures: ["Documents submitted on time", "Vacancy rate"] }, 3)])).toEqual([]);
  });

  it("the tables stage adds the warnings to the document without changing its rows or status", async () => {
    const doc = (cell: string) =>
      new TextEncoder().encode(
        [
          "2010 SENIOR MANAGER'S COMPACT",
          "",
          "Between Mr. A Person, Under-Secretary-General for Testing, and the Secretary-General, Mr. Ban Ki-moon",
          "",
          "A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES",
          "",
          "Objective\tExpected accomplishment\tPerformance measure",
          `To do X.\tX done.\t${cell}`,
          "To do Y.\tY done.\t80% done.",
          "",
          "I acknowledge the objectives stated above and undertake to plan, monitor and implement them.",
        ].join("\n"),
      );
    const cut = await extract(doc("Positive feedback from"), { fileName: "x.txt" });
    if (cut.kind !== "compact") throw new Error(cut.kind);
    expect(cut.status).toBe("success");
    expect(cut.objectives.map((o) => o.measures.map((m) => m.text))).toEqual([["Positive feedback from"], ["80% done."]]);
    const tableWarnings = (out: { warnings: ReadonlyArray<{ code: string; page: number | null; line: number | null }> }) => out.warnings.filter((w) => w.code.startsWith("TABLE_")).map((w) => [w.code, w.page, w.line]);
    expect(tableWarnings(cut)).toEqual([["TABLE_ITEM_FRAGMENT", 1, 8]]);
    const right = await extract(doc("Positive feedback from Member States."), { fileName: "x.txt" });
    expect(tableWarnings(right)).toEqual([]);
  });
});
