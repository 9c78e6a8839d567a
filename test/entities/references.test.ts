import { describe, expect, it } from "vitest";
import { buildReferences } from "../../src/entities/references.js";
import { findSymbols } from "../../src/entities/symbols.js";

const refs = (text: string, exclude: string[] = []) => buildReferences(text, findSymbols(text), new Set(exclude));

describe("buildReferences", () => {
  it.each([
    ["(A/RES/62/237, 22 December 2007)", "2007-12-22"],
    ["(S/RES/1769 (2007), 31 July 2007)", "2007-07-31"],
    ["General Assembly resolution 62/236 of 22 December 2007", "2007-12-22"],
    ["(A/RES/61/279, 1 August 22 2007)", null],
    ["(A/RES/61/279)", null],
    ["(A/RES/61/1 and A/RES/61/2, 1 May 2007)", null],
    ["A/RES/62/237, 22 December 2007", null],
  ] as Array<[string, string | null]>)("%j → %s", (text, date) => {
    expect(refs(text).references.resolutions[0]?.date).toBe(date);
  });
  it("keeps each symbol once with every raw form, in order; excludes the own symbol", () => {
    const { references } = refs("A/60/209 cites A/61/858 Add. 1, then A/61/858/Add.1 and resolution 59/268, again resolution 59/268.", ["A/60/209"]);
    expect(references.documents).toEqual([{ symbol: "A/61/858/Add.1", raw: ["A/61/858 Add. 1", "A/61/858/Add.1"] }]);
    expect(references.resolutions).toEqual([{ symbol: "A/RES/59/268", date: null, raw: ["resolution 59/268"] }]);
  });
  it("warns and gives no date when dates are noisy or conflict", () => {
    const noisy = refs("(A/RES/61/279, 1 August 22 2007) and (A/RES/61/279, 1 August 2007)");
    expect(noisy.references.resolutions[0]!.date).toBeNull();
    expect(noisy.issues.map((i) => i.code)).toEqual(["DATE_UNPARSEABLE"]);
    const conflict = refs("(A/RES/61/279, 29 June 2007) and (A/RES/61/279, 1 August 2007)");
    expect(conflict.references.resolutions[0]!.date).toBeNull();
    expect(conflict.issues.map((i) => i.code)).toEqual(["DATE_CONFLICT"]);
  });
});
