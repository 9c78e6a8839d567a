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
import { hasGeometry, unplacedColumns, withoutColumnGeometry } from "../../src/tables/stream-order.js";

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

  it("a one-line header over content-stream lines: no rows invented, TABLE_READING_ORDER, partial", async () => {
    const out = await extractText([...OPENING, ...RAW_TABLE], "mini.raw.txt");
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") throw new Error("not read as a compact");
    expect(out.objectives).toEqual([]);
    const flagged = out.warnings.filter((w) => w.code === "TABLE_READING_ORDER");
    expect(flagged.map((w) => w.line)).toEqual([OPENING.length + 1]);
    expect(flagged[0]!.message).toMatch(/no column geometry/);
    expect(out.status).toBe("partial");
  });

  it("the same table laid out is read as before", async () => {
    const out = await extractText([...OPENING, ...LAYOUT_TABLE], "mini.txt");
    if (out.kind !== "compact") throw new Error("not read as a compact");
    expect(out.warnings.filter((w) => w.code === "TABLE_READING_ORDER")).toEqual([]);
    expect(out.objectives.map((o) => o.objective)).toEqual(["To support economic de-escalation measures in cooperation with partners", "To open roads and crossings through negotiated arrangements"]);
  });
});
