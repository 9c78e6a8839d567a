/**
 * Accents drawn as glyphs of their own over a letter (src/extract/pdf/accents.ts): pdfTeX prints
 * "ó" as a spacing acute placed over an "o" drawn under it ("Ant´ onio" before, two overlapping runs).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runsFromOperators } from "../../src/extract/pdf/glyphs.js";
import { A4_VIEW as VIEW, TEXT_OPS as T } from "../support/pdf-ops.js";
import { composeAccent, isSpacingAccent } from "../../src/extract/pdf/accents.js";
import { pdfToLayout } from "../../src/extract/pdf.js";
import { loadDomainData } from "../../src/data/index.js";

const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+CMR10" };
const g = (ch: string) => ({ unicode: ch, width: 500, isSpace: ch === " ", isInFont: true, originalCharCode: ch.charCodeAt(0) & 0xff });
/** One TJ at 10 pt: strings are glyphs of 500 units, numbers kerns (+500 moves back one glyph). */
const read = (...items: Array<string | number>) =>
  runsFromOperators(
    [T.beginText, T.setFont, T.setTextMatrix, T.showSpacedText],
    [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [items.flatMap((it): unknown[] => (typeof it === "number" ? [it] : [...it].map(g)))]],
    T,
    VIEW,
    () => f,
  ).runs.map((r) => r.text);

describe("accents drawn over a letter", () => {
  it("composes an accent drawn before the letter moved back under it (pdfTeX's \\' )", () => {
    expect(read("Ant", "\u00B4", 500, "onio Guterres")).toEqual(["António Guterres"]);
    expect(read("Jos", "\u00B4", 500, "e ", "Ram", "\u02C6", 500, "os")).toEqual(["José Ramôs"]);
  });
  it("composes an accent drawn after the letter, over it", () => {
    expect(read("S", "a", 500, "\u02DC", "o Tom", "e", 500, "\u00B4")).toEqual(["São Tomé"]);
  });
  it("keeps an accent with a box of its own (an acute typed as an apostrophe) and one over no letter", () => {
    expect(read("don", "\u00B4", "t")).toEqual(["don´t"]);
    expect(composeAccent("7", "\u00B4")).toBeNull();
    expect(composeAccent("q", "\u00B8")).toBeNull(); // no precomposed q-cedilla: left as drawn
  });
  it("reads corpus13's pdfTeX signature block as one line with the accented name", async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL("../corpus13/dev13/d13-005.tex.pdf", import.meta.url))));
    const { layout } = await pdfToLayout(bytes, { options: {}, data: loadDomainData() } as never);
    const texts = layout.pages.flatMap((p) => p.lines.map((l) => l.segments.map((s) => s.text).join(" | ")));
    expect(texts).toContain("Birgitta Haddad | António Guterres");
    expect(texts.join("\n")).not.toContain("\u00B4");
  });
});

describe("isSpacingAccent", () => {
  it("answers by the code first, as the accent table does, on every code unit", () => {
    const accents = ["\u00B4", "\u0060", "\u00A8", "\u02C6", "\u005E", "\u02DC", "\u007E", "\u00B8", "\u02C7", "\u02D8", "\u02DA", "\u00AF", "\u02C9", "\u02D9", "\u02DD", "\u02DB"];
    const found: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpacingAccent(String.fromCharCode(c))) found.push(String.fromCharCode(c));
    expect(found.sort()).toEqual([...accents].sort());
    expect(isSpacingAccent("\u00B4\u00B4")).toBe(false);
    expect(isSpacingAccent("")).toBe(false);
  });
});
