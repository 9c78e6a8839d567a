/**
 * The list numbering and whole-cell value shapes the linearised-table reader takes from the shared
 * vocabulary (vocab/markers, vocab/values) instead of copies of its own.
 */
import { describe, expect, it } from "vitest";
import { LEADING_NUMBER, NUMBERED_START, romanNumber } from "../../src/vocab/markers.js";
import { VALUE_CELL, leadingValueLength } from "../../src/vocab/values.js";
import { readMarker } from "../../src/tables/linearized.js";

describe("NUMBERED_START", () => {
  it("reads every list number the cleaners strip, and a numbering step they keep as text", () => {
    for (const s of ["1. Text", "12) Text", "(a) Text", "(iv) Text", "c) Text", "b. Text", "ii. Text"]) {
      expect(LEADING_NUMBER.test(s), s).toBe(true);
      expect(NUMBERED_START.test(s), s).toBe(true);
    }
    for (const s of ["A. ACHIEVING RESULTS", "xl) forty", "b. lower-case text"]) {
      expect(LEADING_NUMBER.test(s), s).toBe(false);
      expect(NUMBERED_START.test(s), s).toBe(true);
    }
    expect(NUMBERED_START.test("2008. A year")).toBe(false);
  });
  it("gives a numbering's family and ordinal to the linearised reader", () => {
    expect(readMarker("(iv) Text")?.numbers).toEqual([{ family: "(i)", ordinal: 4 }]);
    expect(readMarker("c) Text")?.numbers).toEqual([{ family: "i)", ordinal: 100 }, { family: "a)", ordinal: 3 }]);
    expect(readMarker("(a. Text")).toBeNull();
    expect([romanNumber("xiv"), romanNumber("xl"), romanNumber("ix")]).toEqual([14, 40, 9]);
  });
});

describe("VALUE_CELL", () => {
  it("takes every value the glued-text cutter reads whole, and the looser forms of a cell of its own", () => {
    for (const s of ["61%", "14 days", "1,113", "55 per cent", "<5", "3.3"]) {
      expect(leadingValueLength(s.split(" ")), s).toBe(s.split(" ").length);
      expect(VALUE_CELL.test(s), s).toBe(true);
    }
    for (const s of ["at least 5", "$1,200", "85 percent", "none", "n/a", "TBD", "-"]) expect(VALUE_CELL.test(s), s).toBe(true);
    for (const s of ["Staff trained in 12 duty stations", "To improve the quality"]) expect(VALUE_CELL.test(s), s).toBe(false);
  });
});
