import { describe, expect, it } from "vitest";
import { labelRole } from "../../src/vocab/columns.js";

describe("column labels", () => {
  it.each([
    ["Target 2007", "target"], ["Target (2008)", "target"], ["TARGET (2023)", "target"], ["Target for 2023", "target"],
    ["Baseline 2006", "baseline"], ["BASELINE (2022)", "baseline"], ["Baseline 2006-2007", "baseline"], ["Targets", "target"],
  ])("%s is the %s column, whatever its year", (text, role) => {
    expect(labelRole(text)).toBe(role);
  });
  it("a year alone or a sentence with a year is no label", () => {
    expect(labelRole("2007")).toBeNull();
    expect(labelRole("Target reached in 2007 by all offices")).toBeNull();
  });
});
