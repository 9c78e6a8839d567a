/**
 * Text without column geometry (src/tables/stream-order.ts): `pdftotext -raw` prints a page's text
 * in content-stream order, every line at the margin, words one space apart. A header printed on one
 * line is still found by its words, but the lines under it cannot be cut into its columns: the
 * table's rows are not read (no invented rows), `TABLE_READING_ORDER`, status partial. The same
 * table laid out (`pdftotext -layout`) is read as before. Small hand-made texts of that shape.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { asStreamCopy, hasGeometry, streamCells, unplacedColumns, withoutColumnGeometry } from "../../src/tables/stream-order.js";
import { readLinearHeader, runTogetherLabels } from "../../src/tables/linearized.js";

const OPENING = [
  "SENIOR MANAGER’S COMPACT for 2014",
  "Quentin Verhoeven, Special Representative of the Secretary-General for West Africa, will strive to fulfil the goals of",
  "the United Nations Charter and the mandates of the Office. I commit to achieve the objectives detailed below, within",
  "the resources provided by the General Assembly. I, in turn, will receive the support of the Secretary-General.",
  "The programme of work is set out in the proposed programme budget, approved by the General Assembly.",
  "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS",
];

/** The table in content-stream order: each cell's lines together, a row's short cells run together on one line. */
const RAW_TABLE = [
  "Expected result Indicator of achievement Baseline Target",
  "Objective 1: To support economic de-escalation measures in cooperation with partners",
  "Economic track meetings held",
  "with the Central Bank",
  "branches.",
  "Rounds of direct or proximity",
  "talks held.",
  "3 (actual) 5",
  "Truce violations investigated by",
  "the coordination committee.",
  "78% 89% by December",
  "Objective 2: To open roads and crossings through negotiated arrangements",
  "Truce provisions observed and",
  "extended by the parties.",
  "Consultations including women",
  "delegates.",
  "31% 35%",
  "B. MANAGERIAL OBJECTIVES",
  "Nothing further is committed under this heading in the present compact for the year.",
];

/** The same table as pdftotext -layout prints it: columns set apart by runs of spaces. */
const LAYOUT_TABLE = [
  "Expected result                  Indicator of achievement           Baseline      Target",
  "Objective 1: To support economic de-escalation measures in cooperation with partners",
  "Economic track meetings held     Rounds of direct or proximity      3 (actual)    5",
  "with the Central Bank            talks held.",
  "branches.                        Truce violations investigated by   78%           89% by December",
  "                                 the coordination committee.",
  "Objective 2: To open roads and crossings through negotiated arrangements",
  "Truce provisions observed and    Consultations including women      31%           35%",
  "extended by the parties.         delegates.",
  "",
  "B. MANAGERIAL OBJECTIVES",
  "Nothing further is committed under this heading in the present compact for the year.",
];

async function extractText(lines: readonly string[], name: string) {
  const dir = mkdtempSync(join(tmpdir(), "stream-order-"));
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return extract(path, { format: "text" });
}

describe("text without column geometry", () => {
  it("is told by its lines: no gap of two spaces, no tab, no indent", () => {
    const raw = textToLayout([...OPENING, ...RAW_TABLE].join("\n"));
    expect(withoutColumnGeometry(raw)).toBe(true);
    expect(withoutColumnGeometry(textToLayout([...OPENING, ...LAYOUT_TABLE].join("\n")))).toBe(false);
    // Too short a text says nothing.
    expect(withoutColumnGeometry(textToLayout(RAW_TABLE.slice(0, 10).join("\n")))).toBe(false);
    const lines = raw.pages.flatMap((p) => p.lines);
    expect(unplacedColumns(lines, 0)).toBe(true);
    const [tabbed, indented, spaced, plain] = textToLayout(["a\tb", "   indented line", "a cell   another cell", "one line of words"].join("\n")).pages.flatMap((p) => p.lines);
    expect([tabbed, indented, spaced, plain].map((l) => hasGeometry(l!, 0))).toEqual([true, true, true, false]);
  });

  it("a one-line header over content-stream lines: its rows read as a linearised table (session 36), flagged", async () => {
    const out = await extractText([...OPENING, ...RAW_TABLE], "mini.raw.txt");
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") throw new Error("not read as a compact");
    expect(out.objectives.map((o) => o.objective)).toEqual(["To support economic de-escalation measures in cooperation with partners", "To open roads and crossings through negotiated arrangements"]);
    // Row 2: wraps restored by width and case, `31% 35%` cut into Baseline and Target.
    const two = out.objectives[1]!;
    expect(two.accomplishments).toEqual(["Truce provisions observed and extended by the parties."]);
    expect(two.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([["Consultations including women delegates.", "31%", "35%"]]);
    // Row 1's second sub-row (a measure under the merged accomplishment) cannot be told from a new
    // accomplishment by the text alone: the reading is a guess and says so.
    expect(out.objectives[0]!.measures[0]!.text).toBe("Rounds of direct or proximity talks held.");
    expect(out.warnings.some((w) => w.code === "TABLE_LINEARIZED_AMBIGUOUS")).toBe(true);
    expect(out.status).toBe("partial");
  });

  it("cuts run-together Baseline/Target cells and restores a cell's wraps (asStreamCopy)", () => {
    expect(streamCells("3 (actual) 5", 2)).toEqual(["3 (actual)", "5"]);
    expect(streamCells("84% At least 86%", 2)).toEqual(["84%", "At least 86%"]);
    expect(streamCells("Tickets purchased 16 days before travel 46% At least 57%", 2)).toEqual(["Tickets purchased 16 days before travel", "46%", "At least 57%"]);
    // One value before a value line (the Target wrapped onto the next line).
    expect(streamCells("Average number of days to fill a vacancy 183 days", 2, true)).toEqual(["Average number of days to fill a vacancy", "183 days"]);
    expect(streamCells("Average number of days to fill a vacancy 183 days", 2)).toEqual(["Average number of days to fill a vacancy 183 days"]);
    // No value columns: nothing is cut.
    expect(streamCells("Crossing points operating: 9 11", 0)).toEqual(["Crossing points operating: 9 11"]);
    const body = textToLayout(["Truce provisions", "observed and", "extended by the", "parties", "Rounds of consultations", "convened with the parties", "Loss of confidence", "of the Security", "Council members", "(target: 9)."].join("\n")).pages.flatMap((p) => p.lines);
    const copy = asStreamCopy(body, []).map((l) => l.text);
    // A lower-case or bracketed next line goes on; `Rounds` would have fitted after `parties`; `Council` follows a name's word.
    expect(copy.map((t) => t.endsWith(" "))).toEqual([true, true, true, false, true, false, true, true, true, false]);
  });

  it("reads a header printed cell after cell, a wrapped label's first line run together with whole labels", () => {
    expect(runTogetherLabels("Objectives Expected results Performance measures")).toEqual(["Objectives", "Expected results", "Performance measures"]);
    const lines = textToLayout(["OBJECTIVE RISKS AND", "MITIGATIONS", "EXPECTED RESULT PERFORMANCE", "MEASURE", "To use the delegated"].join("\n")).pages.flatMap((p) => p.lines);
    expect(readLinearHeader(lines, 0)?.columns.map((c) => c.role)).toEqual(["objective", "risks", "accomplishments", "measures"]);
  });

  it("the same table laid out is read as before", async () => {
    const out = await extractText([...OPENING, ...LAYOUT_TABLE], "mini.txt");
    if (out.kind !== "compact") throw new Error("not read as a compact");
    expect(out.warnings.filter((w) => w.code === "TABLE_READING_ORDER")).toEqual([]);
    expect(out.objectives.map((o) => o.objective)).toEqual(["To support economic de-escalation measures in cooperation with partners", "To open roads and crossings through negotiated arrangements"]);
  });
});
