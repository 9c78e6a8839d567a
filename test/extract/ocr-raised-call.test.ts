/**
 * A table note's raised call ("¹ Baselines are those of 2016 …", Word's superscript under a table)
 * that tesseract read into the word after it (its `B` box 25 px wide, the call's reading lost): split
 * off by its ink (reread.ts splitRaisedCalls) and set as a small raised run (words.ts), as the text
 * layer gives it, so the table reader knows the note. Constructed image, stubbed recognition.
 */
import { describe, expect, it } from "vitest";
import { enlarged, raisedCallBlob, splitRaisedCalls } from "../../src/extract/ocr/reread.js";
import { wordsToRuns, type OcrBlock, type OcrLine } from "../../src/extract/ocr/words.js";
import { buildLines, SUPERSCRIPT_SIZE_RATIO } from "../../src/extract/pdf/lines.js";
import type { GreyImage } from "../../src/extract/ocr/image-rules.js";

// 200 dpi: 0.36 pt a pixel; a 10 pt line is 28 px from top to descender (row height 27).
const SCALE = 0.36;
const BASE = 60;
function page(callBottom: number | null): GreyImage {
  const img: GreyImage = { width: 400, height: 100, data: new Uint8Array(400 * 100).fill(235) };
  const fill = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * 400 + x] = 30;
  };
  if (callBottom !== null) fill(22, callBottom - 10, 25, callBottom); // the call: 11 px tall, 4 wide
  fill(30, BASE - 19, 44, BASE); // "B": cap height, on the baseline
  for (let x = 48; x < 150; x += 14) fill(x, BASE - 13, x + 10, BASE); // "aselines"
  return img;
}
function blocks(): OcrBlock[] {
  const line: OcrLine = {
    bbox: { x0: 22, y0: BASE - 22, x1: 160, y1: BASE + 1 },
    baseline: { x0: 22, y0: BASE, x1: 160, y1: BASE },
    rowAttributes: { rowHeight: 27 },
    words: [
      {
        text: "Baselines",
        confidence: 0,
        bbox: { x0: 22, y0: BASE - 22, x1: 160, y1: BASE + 1 },
        symbols: [{ text: "B", bbox: { x0: 22, y0: BASE - 22, x1: 44, y1: BASE } }, ..."aselines".split("").map((c, k) => ({ text: c, bbox: { x0: 48 + 14 * k, y0: BASE - 13, x1: 58 + 14 * k, y1: BASE } }))],
      },
      { text: "are", confidence: 96, bbox: { x0: 168, y0: BASE - 13, x1: 200, y1: BASE } },
    ],
  };
  return [{ paragraphs: [{ lines: [line] }] }];
}
const reads = (text: string, confidence = 93) => async () => [{ paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [{ text, confidence, bbox: { x0: 10, y0: 10, x1: 14, y1: 21 } }] }] }] }];

describe("OCR: a raised footnote call read into the word after it", () => {
  it("finds the call's blob at the word's left end, raised over the baseline", () => {
    const w = blocks()[0]!.paragraphs[0]!.lines[0]!.words[0]!;
    expect(raisedCallBlob(page(BASE - 11), 235, w, BASE, 27 / 0.97)).toEqual({ x0: 22, y0: BASE - 21, x1: 25, y1: BASE - 11 });
    // A mark sitting near the baseline (a bullet's or a comma's height) is no call.
    expect(raisedCallBlob(page(BASE - 3), 235, w, BASE, 27 / 0.97)).toBeNull();
    expect(raisedCallBlob(page(null), 235, w, BASE, 27 / 0.97)).toBeNull();
  });

  it("splits it off as a small raised run before the note's text, as the text layer has it", async () => {
    const { blocks: out, split } = await splitRaisedCalls(blocks(), page(BASE - 11), 235, reads("1"));
    expect(split).toBe(1);
    const runs = wordsToRuns(out, SCALE).runs;
    const call = runs.find((r) => r.text === "1")!;
    const text = runs.find((r) => r.text === "Baselines")!;
    expect(call.fontSize).toBeLessThan(SUPERSCRIPT_SIZE_RATIO * text.fontSize);
    expect(text.baseline - call.baseline).toBeGreaterThan(0.3 * text.fontSize);
    expect(call.x + call.width).toBeLessThanOrEqual(text.x + 0.01);
    expect(buildLines(runs).map((l) => l.segments.map((s) => s.text).join(" | "))).toEqual(["1 | Baselines are"]);
  });

  it("reads the call enlarged too, and keeps the surer reading (a superscript 1 read as `4` at 32 at its own size)", async () => {
    const read = async (crop: GreyImage) => (await reads(crop.height > 60 ? "1" : "4", crop.height > 60 ? 94 : 32)());
    const { blocks: out } = await splitRaisedCalls(blocks(), page(BASE - 11), 235, read);
    expect(out[0]!.paragraphs[0]!.lines[0]!.words.map((w) => w.text)).toEqual(["1", "Baselines", "are"]);
    expect(enlarged({ width: 2, height: 1, data: Uint8Array.from([10, 200]) }, 2).data).toEqual(Uint8Array.from([10, 10, 200, 200, 10, 10, 200, 200]));
  });

  it("takes no stroke beside a vertical rule for a call (a broken border's stub read as `1`)", async () => {
    const { split } = await splitRaisedCalls(blocks(), page(BASE - 11), 235, reads("1"), [{ x: 18, y0: 0, y1: 99 }]);
    expect(split).toBe(0);
  });

  it("leaves the word whole when the blob does not read as a call", async () => {
    for (const read of [reads("‘"), reads("1", 40), reads("ab")]) {
      const { blocks: out, split } = await splitRaisedCalls(blocks(), page(BASE - 11), 235, read);
      expect(split).toBe(0);
      expect(out[0]!.paragraphs[0]!.lines[0]!.words.map((w) => w.text)).toEqual(["Baselines", "are"]);
    }
  });
});
