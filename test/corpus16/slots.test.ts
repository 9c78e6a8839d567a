/**
 * scripts/corpus16/slots.mjs: which layout (era and office, rules, font, page, kept rows, the three
 * table designs) each document of a corpus16 draw takes. Until val16c a document's index decided it,
 * so v16-007 had one layout in every draw (session 36); a draw after val16c takes it from slots
 * permuted by its seed (session 37). Checked on the function and on the committed manifests.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { designsOf, layoutSlots, SLOT_CHOICES, slotSeed } from "../../scripts/corpus16/slots.mjs";

const tablesById = (split: string): Map<string, string> => {
  const m = JSON.parse(readFileSync(new URL(`./${split}/manifest.json`, import.meta.url), "utf8")) as { documents: Array<{ id: string; tables: string[] }> };
  return new Map(m.documents.map((d) => [d.id, d.tables.join(",")]));
};
const sameDesigns = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([id, t]) => b.get(id) === t).length;

describe("scripts/corpus16/slots.mjs: a draw's layouts follow its seed from val16d on", () => {
  it("keeps the index for the committed corpus and the draws val16–val16c", () => {
    expect(slotSeed(null)).toBeNull();
    for (const split of ["val16", "val16b", "val16c"]) expect(slotSeed({ seed: 1, split })).toBeNull();
    expect(slotSeed({ seed: 165676, split: "val16d" })).toBe(165676);
    expect(layoutSlots(4, null)).toEqual([0, 1, 2, 3].map((i) => Object.fromEntries(SLOT_CHOICES.map((c) => [c, i]))));
  });

  it("deals every value as often as the index did: each choice's slots are a permutation", () => {
    const slots = layoutSlots(26, 165676);
    for (const c of SLOT_CHOICES) expect(slots.map((s) => s[c]).sort((a, b) => a - b)).toEqual([...Array(26).keys()]);
  });

  it("gives two seeds different designs for the same document", () => {
    const designs = (seed: number) => layoutSlots(26, seed).map((s) => designsOf(["grid4", "divt3", "span3", "base4"], s.designs).join(","));
    const [a, b] = [designs(165676), designs(166696)];
    expect(a.filter((d, i) => d !== b[i]).length).toBeGreaterThan(13);
  });

  it("printed val16d, val16e, val16f and val16g with designs of their own per id, where val16–val16c shared one", () => {
    const [v, vb, vc, vd, ve, vf, vg] = ["val16", "val16b", "val16c", "val16d", "val16e", "val16f", "val16g"].map(tablesById);
    expect(sameDesigns(v!, vb!)).toBe(26);
    expect(sameDesigns(vb!, vc!)).toBe(26);
    expect(sameDesigns(vc!, vd!)).toBeLessThan(13);
    expect(sameDesigns(vd!, ve!)).toBeLessThan(13);
    expect(sameDesigns(ve!, vf!)).toBeLessThan(13);
    expect(sameDesigns(vf!, vg!)).toBeLessThan(13);
  });
});
