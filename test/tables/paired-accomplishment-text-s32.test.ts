/**
 * pdftotext -layout text (session 32, h-txc): two cues that an unmarked accomplishment line opens
 * the next item though the line above it is a wrap.
 * - `accomplishmentOpensWithMeasure`: a table whose accomplishments open only beside a measure cell's
 *   opening (never a lower-case wrapped line there) pairs one accomplishment with each measure's
 *   sub-row, so a sentence-case line beside a measure's opening is the next accomplishment, though
 *   the line above was full (corpus11 d11-004: "management adopted or revised" / "Post-crisis
 *   environmental" beside "Number of monthly users …   16,289"). Where an accomplishment runs
 *   beside several measures (its lower-case lines stand beside later measures' openings, or the
 *   measures are a numbered list going on), the capital may be a name at a wrap and stays (corpus8
 *   d8b-019 "agreed with host" / "Governments and"; corpus18 d18-010 "with the Middle East" /
 *   "Quartet envoys." beside "(b)").
 * - `fitsUnderOwnWiderLine`: a wrapped line's rest ending on a preposition ("acted" / "upon") ends
 *   its item when the next line's first word would have fitted well short of the cell's own line
 *   above (corpus8 d8e-007).
 * Both fail without their rule (the two accomplishments read as one).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extract } from "../../src/index.js";

async function rows(path: string) {
  const file = new URL(path, import.meta.url);
  const out = await extract(new Uint8Array(readFileSync(file)), { fileName: path.split("/").pop()! });
  return (start: string) => (out.kind === "compact" ? out.objectives : []).filter((o) => o.objective.startsWith(start)).map((o) => o.accomplishments);
}

describe("an accomplishment paired with a measure's sub-row (layout text)", () => {
  it("opens beside the measure's opening though the line above was full (corpus11 d11-004)", async () => {
    const row = await rows("../corpus11/dev11/d11-004.txt");
    expect(row("To support the secretariats of the multilateral environmental agreements")[0]).toEqual([
      "National legislation on chemicals management adopted or revised",
      "Post-crisis environmental assessments completed on request",
    ]);
  });
  it("keeps a name at a wrap where an accomplishment runs beside several measures (corpus8 d8b-019, corpus18 d18-010)", async () => {
    const row = await rows("../corpus8/dev8b/d8b-019.txt");
    expect(row("To strengthen the protection of civilians")[0]?.[0]).toBe("Transition plans agreed with host Governments and country teams");
    const gaza = await rows("../corpus18/dev18/d18-010.jspdf.txt");
    expect(gaza("To prevent the escalation of hostilities")[0]?.[0]).toBe("Consultations held with the Middle East Quartet envoys.");
  });
});

describe("a wrapped line's rest ending on a preposition (layout text)", () => {
  it("ends its item when the next word fitted well within the cell's line above (corpus8 d8e-007)", async () => {
    const row = await rows("../corpus8/dev8e/d8e-007.txt");
    expect(row("To improve the geographical diversity of staff.")[0]).toEqual(["Risk registers maintained and acted upon", "Performance cycle completed on schedule"]);
  });
});
