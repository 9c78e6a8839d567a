/**
 * Text extracted without its layout (pdftotext's default mode: test/fixtures/linearized/ is
 * test/corpus/dev/dev-001.lo.pdf so extracted) prints a table's cells one after another, the column
 * labels one under the other. The rows read from it are a guess: the document says so
 * (TABLE_LINEARIZED at each such header, status partial) instead of passing them as read.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));

describe("a table whose cells were linearized by text extraction", () => {
  it("is flagged at each header, and the document is partial", async () => {
    const out = await extract(readFileSync(join(HERE, "..", "fixtures", "linearized", "dev-001.pdftotext-raw.txt")), { fileName: "dev-001.txt" });
    expect(out.kind).toBe("compact");
    expect(out.status).toBe("partial");
    const flagged = out.warnings.filter((w) => w.code === "TABLE_LINEARIZED");
    expect(flagged.map((w) => w.line)).toEqual([16, 198]);
    expect(flagged[0]!.message).toMatch(/^table 1's column labels stand one under the other \("Objectives", "Key Performance Indicators", "Outcomes"\)/);
  });

  it("a table laid out side by side (the same document through pdftotext -layout) is not", async () => {
    const out = await extract(join(HERE, "..", "corpus", "dev", "dev-001.lo.txt"));
    expect(out.warnings.filter((w) => w.code === "TABLE_LINEARIZED")).toEqual([]);
    expect(out.status).toBe("success");
  });
});
