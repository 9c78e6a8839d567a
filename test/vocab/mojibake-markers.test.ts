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

describe("decodeMojibakeMarkers: the pair precheck (session 30, h-speed)", () => {
  /** The marker regex as it stood before the precheck: every text is scanned. */
  const PAIR_ALT = [...MOJIBAKE_MARKERS.keys()].map((p) => p.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|");
  const reference = (text: string) => {
    let count = 0;
    const out = text.replace(new RegExp(String.raw`(?<=^|[\s|>])(${PAIR_ALT})(?=[ \t\u00A0]+\S)`, "gmu"), (pair: string) => {
      count++;
      return `${MOJIBAKE_MARKERS.get(pair)!} `;
    });
    return { text: count > 0 ? out : text, count };
  };

  it("leaves a text whose first characters of pairs stand alone as it is (80 %, (a), it's, !)", () => {
    const text = "Increase to 80% of staff (a) by 2012; it's the target! See 'annex' (b).";
    const r = decodeMojibakeMarkers(text);
    expect(r.count).toBe(0);
    expect(r.text).toBe(text);
  });

  it("gives what the full scan gives on drawn texts of pair characters, spaces and letters", () => {
    const pieces = [...MOJIBAKE_MARKERS.keys()].slice(0, 40).concat(["%", "'", ")", "ð", "!", " ", " ", "\n", "|", ">", "a", "Staff", "<br>", "\u00A0", "ª", "·"]);
    let seed = 30;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let withPairs = 0;
    for (let k = 0; k < 400; k++) {
      let text = "";
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      const want = reference(text);
      if (want.count > 0) withPairs++;
      expect(decodeMojibakeMarkers(text)).toEqual(want);
    }
    expect(withPairs).toBeGreaterThanOrEqual(10);
  });
});
