/**
 * A complete header line whose last label wraps before its connector (session 35, h-v20b; corpus20
 * val20b v20b-015 typst.txt, a justified Typst header): "RISKS" ends the header line, "AND
 * MITIGATIONS" stands alone on the next. `isLabelTail` took label words only, so the tail was read
 * as the first row's first risk and every risk went one row up (3 rows). `isJoinedLabelTail` ("required")
 * (tables/header.ts) reads a run that opens with the connector and goes on with label words.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";

const headerOf = (text: string) => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  const header = detectHeader(lines, 0, layout.text);
  return header && { columns: header.columns.map((c) => [c.role, c.header]), lineCount: header.lineCount };
};

describe("a header label's tail that opens with its connector (layout text)", () => {
  it("reads \"AND MITIGATIONS\" under \"RISKS\" as the label's tail (v20b-015)", () => {
    const text = [
      "OBJECTIVES                   OUTCOMES                         INDICATORS OF ACHIEVEMENT             RISKS",
      "                                                                                                    AND MITIGATIONS",
      "To keep expenditure within ◦ Appraisals finalized on          ◦ Reduction in emissions from         ◦ Partners submit data",
      "the approved budget of the   schedule.                          travel: ≥ 39%.                        late; mitigation: a shared",
    ].join("\n");
    expect(headerOf(text)).toEqual({
      columns: [
        ["objective", "OBJECTIVES"],
        ["accomplishments", "OUTCOMES"],
        ["measures", "INDICATORS OF ACHIEVEMENT"],
        ["risks", "RISKS AND MITIGATIONS"],
      ],
      lineCount: 2,
    });
  });

  it("leaves a body line that opens with a connector but goes on with no label word", () => {
    const text = [
      "Objectives                   Expected results                 Risks",
      "                                                              and donors",
      "To keep expenditure within   Appraisals finalized             Partners submit data late",
    ].join("\n");
    expect(headerOf(text)?.lineCount).toBe(1);
  });
});
