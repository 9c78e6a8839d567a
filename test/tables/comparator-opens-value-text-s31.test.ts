/**
 * pdftotext -layout text (session 31, h-txb; corpus15 d15-006 txt): a Target opening with a
 * comparator glued to its figure ("≥2") one space after a measure's line, the sign a character or
 * two left of the Target column's edge, the figure past it. `comparatorOpensValue` keeps the sign
 * with its number: a comparator bounds the figure after it and never ends a sentence. Fails without
 * it (the measures read "Selections of candidates from ≥ unrepresented …", the Targets "2", "4").
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extract } from "../../src/index.js";

describe("a comparator glued to its figure at the Target column's edge", () => {
  it("opens the Target, not the measure's last word (corpus15 d15-006 txt)", async () => {
    const file = new URL("../corpus15/dev15/d15-006.txt", import.meta.url);
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "d15-006.txt" });
    const row = (start: string) => (out.kind === "compact" ? out.objectives : []).find((o) => o.objective.startsWith(start));
    const access = row("To make the Office's premises");
    expect(access?.measures.map((m) => m.text)).toEqual(["Selections of candidates from unrepresented Member States"]);
    expect(access?.measures.map((m) => m.target)).toEqual(["≥ 2"]);
    const posts = row("To fill vacant posts");
    expect(posts?.measures.map((m) => m.text)).toEqual(["Staff who completed all mandatory training", "Selections of candidates from unrepresented Member States", "Performance appraisals completed by the deadline"]);
    expect(posts?.measures.map((m) => m.target)).toEqual(["93 per cent", "≥ 4", "77%"]);
  });
});
