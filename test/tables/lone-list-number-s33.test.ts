/**
 * A bracketed list number alone on its cell line (session 33, h-v16; corpus16 val16 v16-024, in
 * chromium.pdf and its pdftotext text): Chromium sets "(iii)" wider than its hanging indent alone
 * and the item's words on the next line. The number opens the item there, as a lone bullet does.
 * Fails without `isLoneListNumber` (src/tables/text.ts): "(iii)" was stripped to nothing and the
 * item read into the one above, which ends with no full stop.
 */
import { describe, expect, it } from "vitest";
import { splitItems, splitPlacedItems, type Fragment } from "../../src/tables/text.js";

const frags = (lines: readonly string[]): Fragment[] => lines.map((text, line) => ({ text, page: 1, line }));

describe("a list number alone on its line", () => {
  const cell = frags([
    "(i) Average number of days to fill a vacancy",
    "(target: 158 days)",
    "(ii)Performance evaluations",
    "completed on time (target:",
    "95%)",
    "(iii)",
    "Women among international",
    "staff: 54 per cent",
  ]);

  it("opens the item on the line after it (v16-024's measures)", () => {
    expect(splitItems(cell)).toEqual([
      "Average number of days to fill a vacancy (target: 158 days)",
      "Performance evaluations completed on time (target: 95%)",
      "Women among international staff: 54 per cent",
    ]);
    expect(splitPlacedItems(cell)[2]?.marker).toBe("(iii)");
  });

  it("still joins a lower-case line after it to the item above (no item opens in lower case)", () => {
    expect(splitItems(frags(["Reports issued on the", "(iii)", "regional strategy."]))).toEqual(["Reports issued on the regional strategy."]);
  });
});
