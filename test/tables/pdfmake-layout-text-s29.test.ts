/**
 * corpus19's pdfmake layout text (session 29, h-txt19): measures one under another with no marker
 * or gap, parted where a line closes a value and the next opens with a capital; an objective whose
 * line ends on "the"/"of"/a comma goes on past a page break or gap.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { capitalAfterValueClose } from "../../src/tables/index.js";
import type { Fragment } from "../../src/tables/text.js";

const frag = (text: string, row: number): Fragment => ({ text, page: 1, line: row + 1, row }) as Fragment;
const read = async (id: string) => objectivesOf(await extract(new TextEncoder().encode(readFileSync(new URL(`../corpus19/dev19/${id}.pdfmake.txt`, import.meta.url), "utf8"))));
const objectivesOf = (r: Awaited<ReturnType<typeof extract>>) => (r.kind === "compact" ? r.objectives : []);

describe("pdfmake layout text", () => {
  it("a capital line under a line that closes a value opens a new measure", () => {
    const frags = [frag("Reports and notes issued", 0), frag("(target: 6)", 1), frag("Recommendations", 2), frag("accepted: 79%", 3), frag("Projects completed within the year: 84 per", 4), frag("cent", 5), frag("Member States informed", 6)];
    expect(capitalAfterValueClose(frags)).toEqual([2, 4, 6]);
    // Markers part a cell's items themselves; a figure opening a line is a wrapped value.
    expect(capitalAfterValueClose([frag("• Reports issued (target: 6)", 0), frag("United Nations", 1)])).toEqual([]);
    expect(capitalAfterValueClose([frag("Reports issued: 6", 0), frag("2010", 1)])).toEqual([]);
  });

  it("reads d19-001's measures apart and d19-011's objective across the page break", async () => {
    const first = await read("d19-001");
    expect(first[0]?.measures.map((m) => m.text)).toEqual(["Accepted recommendations implemented: 84 per cent", "Reports and notes issued (target: 6)", "Recommendations accepted: 79%"]);
    const eleventh = await read("d19-011");
    expect(eleventh.map((o) => o.objective)).toContain("To strengthen the capacity of the Government of Haiti to manage aid within existing resources");
  });
});
