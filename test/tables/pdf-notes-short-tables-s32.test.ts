/**
 * PDF row losses of session 32 (h-pdf2), on committed tuning files:
 *
 * - a table's note whose call is its first word ("a Excluding activities funded from extrabudgetary
 *   resources.", troff's tbl note, set smaller than the table, across its second column or under
 *   its closing rule) is no row: unruled, it was read into the last objective (corpus12 d12-002
 *   groff.pdf); ruled, it made the rule closing the table a row boundary between the table's own
 *   lines, and the page's rows one row (d12-013);
 * - a short table (too few objective lines for a full-line width) tests an objective's wrap against
 *   the next column's start: "… among the staff of the" / "Office" is one objective (corpus19
 *   d19-016 pdfmake.pdf), not "Office" a row of its own.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const objectivesOf = async (corpus: string, split: string, name: string): Promise<string[]> => {
  const file = join(dirname(fileURLToPath(import.meta.url)), "..", corpus, split, name);
  const out = await extract(new Uint8Array(readFileSync(file)), { fileName: name });
  return out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
};

describe("a table note under the table, its call its first word (groff)", () => {
  it("is not read into the last objective of an unruled table (d12-002)", async () => {
    const objectives = await objectivesOf("corpus12", "dev12", "d12-002.groff.pdf");
    expect(objectives).toContain("To provide timely advice to entities exercising delegated authority");
    expect(objectives.join(" | ")).not.toMatch(/Excluding activities/);
  });
  it("does not make the rule closing a ruled table a row boundary (d12-013)", async () => {
    const objectives = await objectivesOf("corpus12", "dev12", "d12-013.groff.pdf");
    expect(objectives).toEqual(expect.arrayContaining([
      "To provide efficient conference and language services to the Vienna-based bodies",
      "To provide efficient conference and language services to the Vienna-based bodies at Headquarters",
      "To manage the human and financial resources of the Office responsibly at Headquarters",
    ]));
    expect(objectives.join(" | ")).not.toMatch(/Excluding activities/);
  });
});

describe("an objective's last word in a short table (pdfmake)", () => {
  it("is the objective's wrap when it would not have fitted before the next column (d19-016)", async () => {
    const objectives = await objectivesOf("corpus19", "dev19", "d19-016.pdfmake.pdf");
    expect(objectives).toContain("To reach equal representation of women and men among the staff of the Office");
    expect(objectives).not.toContain("Office");
  });
});
