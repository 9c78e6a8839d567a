/** Reading order on a page set in two columns of prose (scripts/make-two-column-fixture.mjs). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDoc } from "../../src/index.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "pdf");
const paragraphs = JSON.parse(readFileSync(join(dir, "two-column-report.paragraphs.json"), "utf8")) as string[];

describe("two-column PDF pages", () => {
  it("read the left column, then the right: every paragraph whole and in order", async () => {
    const doc = await extractDoc(join(dir, "two-column-report.pdf"));
    // A line-end hyphen before a capital is the compound's own ("Secretary-" / "General").
    const text = doc.layout.text.replace(/-\n(?=\p{Lu})/gu, "-").replace(/\s+/g, " ");
    let from = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(p, from);
      expect(at, p.slice(0, 40)).toBeGreaterThanOrEqual(from);
      from = at + p.length;
    }
    expect(text.indexOf("Accountability of senior managers")).toBeLessThan(text.indexOf(paragraphs[0]!));
  });

  it("give the UN-document reader its numbered paragraphs in order", async () => {
    const doc = await extractDoc(join(dir, "two-column-report.pdf"));
    const numbers = doc.unDocument?.paragraphs.map((p) => p.number) ?? doc.layout.text.match(/^\d+(?=\. )/gm);
    expect(numbers).toEqual(paragraphs.map((_, i) => String(i + 1)));
  });

  it("leave compact tables alone (their columns are cells, not reading columns)", async () => {
    const doc = await extractDoc(join(dir, "seed-borderless.pdf"));
    expect(doc.output?.kind).toBe("compact");
    if (doc.output?.kind === "compact") expect(doc.output.objectives).toHaveLength(21);
  });
});
