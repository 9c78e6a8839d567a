/**
 * What the real UN documents of test/fixtures/undoc-real cover; the scores on them to issue 13's bar
 * are in real.slow.test.ts (`npm run test:slow`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The hand-checked expectations, with the era and OCR layer each one records. */
interface Expected {
  kind: string;
  era?: string;
  ocrLayer?: boolean;
  symbol?: string;
  documentType?: string | null;
}
const REAL_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "undoc-real");

describe("the real UN documents cover what issue 13 asks for", () => {
  const expected = readdirSync(REAL_DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => JSON.parse(readFileSync(join(REAL_DIR, f), "utf8")) as Expected)
    .filter((e) => e.kind === "un-document");
  const distinct = (values: ReadonlyArray<string | null | undefined>) => new Set(values.filter((v): v is string => typeof v === "string"));

  it("at least 12 documents over 3 eras, 5 symbol series, 3 document types, 2 with OCR layers", () => {
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(distinct(expected.map((e) => e.era))).toEqual(new Set(["typewritten", "1990s-2009", "current"]));
    // The series is the symbol's first component: A, S, E, ST, CCPR, TD, TRANS …
    expect(distinct(expected.map((e) => e.symbol?.split("/")[0])).size).toBeGreaterThanOrEqual(5);
    expect(distinct(expected.map((e) => e.documentType)).size).toBeGreaterThanOrEqual(3);
    expect(expected.filter((e) => e.ocrLayer === true).length).toBeGreaterThanOrEqual(2);
  });
});
