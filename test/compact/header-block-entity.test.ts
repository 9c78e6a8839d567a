/**
 * A header block with the entity's line (session 23, lead; corpus15 and corpus14's 2020s frames):
 * name / title / entity / year — the entity's line is the entity, not the title's tail; and a
 * first-person preamble naming the office ("… set out in this compact for the Office of … in 2015").
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readCompactMetadata } from "../../src/compact/metadata.js";

const block = (titleLines: string[]) =>
  ["Casimir Okonkwo", "", ...titleLines.flatMap((t) => [t, ""]), "2023", "", "I will strive to fulfil the goals of the Charter of the United Nations and deliver the results below in 2023.", ""].join("\n");

describe("a header block's entity line", () => {
  it("parts the entity's line from the title above it", () => {
    const meta = readCompactMetadata(textToLayout(block(["Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund", "Office of Investment Management of the United Nations Joint Staff Pension Fund"])));
    expect(meta.manager).toEqual({ name: "Casimir Okonkwo", title: "Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund" });
    expect(meta.entity?.name).toBe("Office of Investment Management of the United Nations Joint Staff Pension Fund");
  });
  it("parts a short title from a United Nations office's line", () => {
    const meta = readCompactMetadata(textToLayout(block(["Executive Director", "United Nations Office for Partnerships"])));
    expect(meta.manager?.title).toBe("Executive Director");
    expect(meta.entity?.name).toBe("United Nations Office for Partnerships");
  });
  it("keeps a title wrapped inside the entity's name whole", () => {
    // The line above ends on a connective, or on the name's first word.
    for (const [lines, title] of [
      [["Under-Secretary-General for", "Department of Economic and Social Affairs"], "Under-Secretary-General for Department of Economic and Social Affairs"],
      [["Executive Secretary of the Economic", "Commission for Europe"], "Executive Secretary of the Economic Commission for Europe"],
    ] as Array<[string[], string]>) {
      expect(readCompactMetadata(textToLayout(block(lines))).manager?.title).toBe(title);
    }
  });
});

describe("a first-person preamble naming the office", () => {
  it("reads the entity from '… in this compact for the Office of … in 2015'", () => {
    const text = [
      "Senior Manager's Compact for 2015",
      "Gunnar Achterberg",
      "Special Adviser of the Secretary-General on the Responsibility to Protect",
      "",
      "I, Gunnar Achterberg, commit to achieve the objectives set out in this compact for the Office of the Special Adviser on the Responsibility to Protect in 2015, within the resources",
      "approved by the General Assembly and in line with the delegation of authority entrusted to me by the Secretary-General.",
      "",
    ].join("\n");
    expect(readCompactMetadata(textToLayout(text)).entity?.name).toBe("Office of the Special Adviser on the Responsibility to Protect");
  });
});
