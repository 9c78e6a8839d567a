/**
 * A hyphen glyph whose font maps it to the soft hyphen, drawn in a replacement span, is the word's
 * printed hyphen (session 35, h-v20b). A producer writes replacement text only where it differs
 * from the glyph's map: Typst maps a font's hyphen glyph to U+00AD when the glyph was first drawn at
 * a hyphenation break, then wraps each of that font's printed hyphens in `/ActualText (-)`. pdf.js
 * drops the ActualText, so the span itself is the cue. Without it "co-chair", "conflict-affected",
 * "Inter-agency" lost their hyphen inside a line (corpus20 val20b v20b-007, -008, -017; val20 v20-008).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runsFromOperators, type TextOpCodes } from "../../src/extract/pdf/glyphs.js";
import { buildLines } from "../../src/extract/pdf/lines.js";
import { extractLayout } from "../../src/extract/index.js";
import { A4_VIEW as VIEW, TEXT_OPS } from "../support/pdf-ops.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("a hyphen glyph mapped to U+00AD inside a replacement span", () => {
  const T: TextOpCodes = { ...TEXT_OPS, beginMarkedContent: 69, beginMarkedContentProps: 70, endMarkedContent: 71 };
  const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+DejaVuSans" };
  const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: 500, isSpace: ch === " ", isInFont: true, originalCharCode: ch.charCodeAt(0) }));
  // "To co" then the hyphen at its own position (its glyph reads U+00AD), then "chair the Geneva".
  const read = (span: [string, number | null] | null) =>
    runsFromOperators(
      span
        ? [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.beginMarkedContentProps!, T.setTextMatrix, T.showText, T.endMarkedContent!, T.setTextMatrix, T.showText]
        : [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.setTextMatrix, T.showText, T.setTextMatrix, T.showText],
      span
        ? [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [glyphs("To co")], span, [[1, 0, 0, 1, 125, 700]], [glyphs("\u00AD")], null, [[1, 0, 0, 1, 130, 700]], [glyphs("chair the Geneva")]]
        : [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [glyphs("To co")], [[1, 0, 0, 1, 125, 700]], [glyphs("\u00AD")], [[1, 0, 0, 1, 130, 700]], [glyphs("chair the Geneva")]],
      T,
      VIEW,
      () => f,
    ).runs;
  const line = (runs: ReturnType<typeof read>) => buildLines(runs).map((l) => l.segments.map((s) => s.text).join(" | "));

  it("reads it as the printed hyphen", () => {
    expect(line(read(["Span", null]))).toEqual(["To co-chair the Geneva"]);
  });

  it("leaves a soft hyphen outside a span, or in a tagged structure's span (an MCID), as the map says (dropped inside a line)", () => {
    expect(line(read(null))).toEqual(["To cochair the Geneva"]);
    expect(line(read(["Span", 7]))).toEqual(["To cochair the Geneva"]);
  });
});

describe("the committed Typst PDF (val20b v20b-008, DejaVu Sans: its hyphen glyph maps to U+00AD)", () => {
  it("keeps the printed hyphens inside lines and still prints the hyphenation breaks at line ends", async () => {
    const bytes = new Uint8Array(readFileSync(join(here, "..", "corpus20", "val20b", "v20b-008.typst.pdf")));
    const { layout } = await extractLayout(bytes, { options: { format: "pdf" } } as never);
    const lines = layout.pages.flatMap((p) => p.lines.map((l) => l.segments.map((s) => s.text).join(" | ")));
    expect(lines.filter((t) => /co.?chair|conflict.?affected/.test(t))).toEqual([
      "To co-chair the Geneva In- | a) | Incident Prevention and | Incidents addressed within 24 | 66% | 74 per cent",
      "conflict-affected populations in | 60%).",
      "To co-chair the Geneva Interna- | ▪ Informal consultations held (target: 17).",
    ]);
  });
});
