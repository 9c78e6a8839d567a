import { describe, expect, it } from "vitest";
import { layoutOf } from "../support/text-sources.js";
import { checkUnglue, sampled } from "./support/corpus-checks.js";
import type { Line } from "../../src/model/layout.js";
import { assignColumns, gluedMarkerOpenings, lineWords, localAnchors, type ColumnDef, type OpensMemo, type Word } from "../../src/tables/columns.js";
import { forgetHeaderMemos, unglueLabelWords } from "../../src/tables/header.js";

// Session 23 (issue 14, speed): the table reader splits a plain-text body line's words once per
// part and hands them to localAnchors, gluedMarkerOpenings and assignColumns; the header reader
// keeps where a run-together label word is cut, per word text. Each must answer exactly what the
// unshared reading answers.



const word = (text: string, x = 0): Word => ({ text, x, column: undefined, segment: 0, lostGlyph: false, charWidth: 6 });

describe("unglueLabelWords with its per-document memo", () => {
  it("cuts run-together labels and keeps other words whole, the same when asked again", () => {
    for (let round = 0; round < 2; round++) {
      expect(unglueLabelWords(word("ACCOMPLISHMENTKEY", 60)).map((w) => [w.text, w.x, w.unglued ?? false])).toEqual([
        ["ACCOMPLISHMENT", 60, false],
        ["KEY", 60 + 14 * 6, true],
      ]);
      expect(unglueLabelWords(word("AccomplishmentsIndicators")).map((w) => w.text)).toEqual(["Accomplishments", "Indicators"]);
      expect(unglueLabelWords(word("accomplishmentperformance")).map((w) => w.text)).toEqual(["accomplishment", "performance"]);
      const plain = word("implementation");
      expect(unglueLabelWords(plain)).toEqual([plain]);
      expect(unglueLabelWords(word("PERFORMANCE")).map((w) => w.text)).toEqual(["PERFORMANCE"]);
    }
    forgetHeaderMemos();
    expect(unglueLabelWords(word("TARGETBASELINE")).map((w) => w.text)).toEqual(["TARGET", "BASELINE"]);
  });

  it("answers as the unmemoised cut on every word of a sample of the corpus14 dev text", async () => {
    // Every fifth source; every source: corpus-checks.slow.test.ts.
    const { words, cut } = await checkUnglue(sampled(/\.txt$/, 5, "test/corpus14/dev14"));
    expect(words).toBeGreaterThan(3_000);
    expect(cut).toBeGreaterThanOrEqual(0);
  });
});

describe("a body line's words split once and shared", () => {
  // A plain-text table on pdftotext's grid: three columns, cells glued by one space on some lines.
  const text = [
    "Objective               Expected accomplishments          Performance measures",
    "",
    "To improve services • Faster processing of claims",
    "                        • Budget reports issued on        • 90 per cent on time",
    "                        time                              • Cases closed",
    "                        • Better data                     • Average days to close",
    "                          collected                         cases",
    "To reduce costs now (ii) Lower spending",
    "                        (iii) Fewer delays                (ii) Days of delay",
    "                        (iv) Shorter waits                (iii) Waiting time",
].join("\n");

  it("localAnchors, gluedMarkerOpenings and assignColumns read the shared words as their own split", async () => {
    const layout = await layoutOf(text);
    const lines = layout.pages.flatMap((p) => p.lines).filter((l) => l.segments.length > 0);
    const header = lines[0]!;
    const body = lines.slice(1);
    const columns: ColumnDef[] = [
      { key: "objective", role: "objective", header: "Objective", x: header.segments[0]!.x, column: undefined },
      { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 24 * 6, column: undefined },
      { key: "measures", role: "measures", header: "Performance measures", x: 58 * 6, column: undefined },
    ];
    const shared = new Map<Line, readonly Word[]>();
    const wordsOf = (l: Line): readonly Word[] => {
      let w = shared.get(l);
      if (!w) shared.set(l, (w = lineWords(l, layout.text)));
      return w;
    };
    const memoA: OpensMemo = new Map();
    const memoB: OpensMemo = new Map();
    let moved = 0;
    let markers = 0;
    for (const l of body) {
      const near = body.filter((n) => n !== l && Math.abs(n.line - l.line) <= 3);
      const markersA = (n: Line) => gluedMarkerOpenings(n, body);
      const markersB = (n: Line) => gluedMarkerOpenings(n, body, wordsOf);
      expect(markersB(l)).toEqual(markersA(l));
      const anchorsA = localAnchors(columns, l, near, memoA, markersA);
      const anchorsB = localAnchors(columns, l, near, memoB, markersB, wordsOf);
      expect(anchorsB).toEqual(anchorsA);
      if (JSON.stringify(anchorsA) !== JSON.stringify(columns)) moved++;
      markers += markersA(l).length;
      expect(assignColumns(l, anchorsB, layout.text, true, markersB(l), wordsOf(l))).toEqual(assignColumns(l, anchorsA, layout.text, true, markersA(l)));
    }
    // The input exercises both: edges read from the lines around, markers glued inside runs.
    expect({ moved: moved > 0, markers: markers > 0 }).toEqual({ moved: true, markers: true });
    // The shared arrays were only read.
    for (const [l, words] of shared) expect(words).toEqual(lineWords(l, layout.text));
  });
});
