/**
 * Viewer's copies (`mutool draw -F txt` of AbiWord's print; session 37, h-mu13): a measure that
 * wraps right after its colon, its figure alone on the next line (`… to the selection: ` / `127`),
 * rows above a page break. tables/linearized `mendPageCuts` took the pair for a cell the break cut
 * beside the next column's value and joined the next page's first paragraph (the next objective)
 * to it; a line ending with a colon keeps its figure. The first and third `it` fail without the rule;
 * the second guards the cut the rule was written for.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { mendPageCuts } from "../../src/tables/linearized.js";

const here = dirname(fileURLToPath(import.meta.url));
const textOf = (a: string | { text: string }) => (typeof a === "string" ? a : a.text);
const mended = (text: string) => mendPageCuts(textToLayout(text).pages.flatMap((p) => p.lines)).map((l) => l.text.trim()).filter((t) => t !== "");

describe("a figure alone under a line that wrapped after a colon, above a page break", () => {
  const page1 = ["1.2.2 Days from the posting ", "of a vacancy to the selection: ", "127", "", "1.3 Travel booked in advance ", "of the deadline", ""];
  const page2 = ["To recruit staff from ", "unrepresented and under-", "represented Member States", "", "3.1 Oversight "];

  it("keeps the figure with its line and the next page's objective where it stands", () => {
    expect(mended([...page1, "\f" + page2[0], ...page2.slice(1)].join("\n"))).toEqual([
      "1.2.2 Days from the posting",
      "of a vacancy to the selection:",
      "127",
      "1.3 Travel booked in advance",
      "of the deadline",
      "To recruit staff from",
      "unrepresented and under-",
      "represented Member States",
      "3.1 Oversight",
    ]);
  });

  it("still moves a cut cell's rest back when the figure is the next column's value (no colon)", () => {
    const cut = ["Child-friendly versions of ", "3", "", "\freports issued (number)", "", "Next objective"].join("\n");
    expect(mended(cut)).toEqual(["Child-friendly versions of", "reports issued (number)", "3", "Next objective"]);
  });

  it("reads v13c-019 mu.txt's first managerial row whole (its third measure took the next page's objective)", async () => {
    const out = await extract(join(here, "../corpus13/val13c/v13c-019.mu.txt"), { format: "text" });
    const rows = out.kind === "compact" ? out.objectives : [];
    const row = rows.find((r) => r.objective === "To complete the performance appraisal of every staff member on time");
    expect(row?.accomplishments.map(textOf)).toEqual(["Expenditure kept within the allotment", "Staff trained in information security", "Travel booked in advance of the deadline"]);
    expect(row?.measures.map(textOf)).toContain("Days from the posting of a vacancy to the selection: 127");
    expect(rows.some((r) => r.objective === "To recruit staff from unrepresented and under-represented Member States")).toBe(true);
  });
});
