/**
 * Item markers printed as UTF-16 mojibake (session 26, h-moji; corpus18): jsPDF's standard fonts
 * (Helvetica, Times: WinAnsi) show a character outside WinAnsi as the two bytes of its UTF-16BE code
 * unit, each as a WinAnsi character — ▪ U+25AA as "%ª", ➢ U+27A2 as "'¢". At an item start the pair
 * is that marker; text inside an item (≥ printed `"e`) stays as printed.
 */
import { describe, expect, it } from "vitest";
import { MOJIBAKE_MARKERS, decodeMojibakeMarkers } from "../../src/vocab/markers.js";
import { extractLayout } from "../../src/extract/index.js";
import { loadDomainData } from "../../src/data/index.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

describe("MOJIBAKE_MARKERS (built from the marker table)", () => {
  it("holds the pairs of the table's glyphs outside WinAnsi, and none of a glyph WinAnsi has", () => {
    expect(MOJIBAKE_MARKERS.get("%ª")).toBe("▪");
    expect(MOJIBAKE_MARKERS.get("'¢")).toBe("➢");
    expect(MOJIBAKE_MARKERS.get("%Ï")).toBe("●");
    expect(MOJIBAKE_MARKERS.get("ð·")).toBe("\uF0B7");
    // ➔ U+2794: byte 0x94 shows as WinAnsi's ” (not a C1 control).
    expect(MOJIBAKE_MARKERS.get("'”")).toBe("\u2794");
    expect([...MOJIBAKE_MARKERS.values()]).not.toContain("•");
    // A pair with an ASCII letter or digit could be a piece of a word: ❏ U+274F would be "'O".
    expect(MOJIBAKE_MARKERS.has("'O")).toBe(false);
    // ≥ U+2265 is no marker: `"e` is text.
    expect(MOJIBAKE_MARKERS.has('"e')).toBe(false);
  });
});

describe("decodeMojibakeMarkers", () => {
  it("reads a pair at an item start back as its marker, keeping the text's length", () => {
    const r = decodeMojibakeMarkers("%ª Fuel supply to Gaza increased.");
    expect(r).toEqual({ text: "▪  Fuel supply to Gaza increased.", count: 1 });
    expect(r.text.length).toBe("%ª Fuel supply to Gaza increased.".length);
    expect(decodeMojibakeMarkers("| '¢ Households reached<br>'¢ Briefings held |")).toEqual({ text: "| ➢  Households reached<br>➢  Briefings held |", count: 2 });
    // Layout text: a column glued to the one before it by one space.
    expect(decodeMojibakeMarkers("To meet the targets of the action %ª Budget implementation rate: 98%").text).toBe(
      "To meet the targets of the action ▪  Budget implementation rate: 98%",
    );
  });

  it("leaves text inside items, a pair inside a word and a pair with no item after it", () => {
    for (const s of ['Quartet envoys meetings convened: "e 6', "Target: 50%ª", "50% ª of staff", "%ª", "%ª\nnext line", "It's ¢5"]) {
      expect(decodeMojibakeMarkers(s), s).toEqual({ text: s, count: 0 });
    }
  });
});

describe("a compact exported with jsPDF's standard fonts", () => {
  const data = loadDomainData();
  const table = [
    "| Objective | Expected accomplishments | Performance measures |",
    "|---|---|---|",
    '| To coordinate the humanitarian assistance | %ª Fuel supply to Gaza increased.<br>%ª Briefings delivered. | \'¢ Meetings convened: "e 6<br>\'¢ Projects approved (target: 12) |',
  ].join("\n");

  it("(Markdown) reads the pairs as markers, splits the items there and warns once", async () => {
    const { layout, warnings } = await extractLayout(new TextEncoder().encode(table), { options: { format: "markdown" }, data });
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }))).toEqual([
      {
        objective: "To coordinate the humanitarian assistance",
        accomplishments: ["Fuel supply to Gaza increased.", "Briefings delivered."],
        measures: ['Meetings convened: "e 6', "Projects approved (target: 12)"],
      },
    ]);
    expect(warnings.filter((w) => w.code === "TEXT_MOJIBAKE_MARKER")).toHaveLength(1);
    expect(warnings.find((w) => w.code === "TEXT_MOJIBAKE_MARKER")!.message).toMatch(/^4 item marker/);
  });

  it("gives no warning and no change to a text without such a pair", async () => {
    const clean = table.replace(/%ª|'¢/g, "•");
    const { warnings } = await extractLayout(new TextEncoder().encode(clean), { options: { format: "markdown" }, data });
    expect(warnings.some((w) => w.code === "TEXT_MOJIBAKE_MARKER")).toBe(false);
  });
});
