import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonPieces } from "../../src/batch/json-pieces.js";

const GOLDEN_DIR = fileURLToPath(new URL("../fixtures/compacts", import.meta.url));

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2) for any JSON value, cut small or not at all", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), (value, size) => {
        const whole = JSON.stringify(value, null, 2);
        expect([...jsonPieces(value, size)].join("")).toBe(whole);
        expect([...jsonPieces(value)].join("")).toBe(whole);
      }),
    );
  });

  it("leaves out what JSON leaves out: undefined members; an undefined element prints null", () => {
    const value = { a: undefined, b: [undefined, 1, () => 2], c: { d: undefined }, e: [], f: {}, g: new Date(0) };
    expect([...jsonPieces(value, 1)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("cuts a real output between its elements: no piece holds two objectives", () => {
    const file = readdirSync(GOLDEN_DIR).find((f) => f.endsWith(".json"));
    if (!file) throw new Error(`no golden output in ${GOLDEN_DIR}`);
    const output = JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf8")) as { objectives: unknown[] };
    expect(output.objectives.length).toBeGreaterThan(1);
    const pieces = [...jsonPieces(output, 1)];
    expect(pieces.join("")).toBe(JSON.stringify(output, null, 2));
    expect(pieces.filter((p) => p.includes('"objective":')).every((p) => p.split('"objective":').length === 2)).toBe(true);
    expect(pieces.length).toBeGreaterThan(2 * output.objectives.length);
  });

  it("with release, uses the value up as it goes: each element is dropped once its text is made, and the text is the same", () => {
    const file = readdirSync(GOLDEN_DIR).find((f) => f.endsWith(".json"));
    if (!file) throw new Error(`no golden output in ${GOLDEN_DIR}`);
    const output = JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf8")) as { objectives: unknown[]; sections: unknown[]; title: unknown };
    const whole = JSON.stringify(output, null, 2);
    const count = output.objectives.length;
    const held: number[] = [];
    const pieces: string[] = [];
    for (const piece of jsonPieces(output, 1, { release: true })) {
      pieces.push(piece);
      held.push(output.objectives.filter((o) => o !== undefined).length);
    }
    expect(pieces.join("")).toBe(whole);
    // Dropped one by one while the pieces were made (the array keeps its length), not all at the end.
    expect(held[0]).toBe(count);
    expect(new Set(held).size).toBe(count + 1);
    expect(output.objectives).toHaveLength(count);
    expect(output.objectives.every((o) => o === undefined)).toBe(true);
    expect(output.sections.every((e) => e === undefined)).toBe(true);
    expect(output.title).toBeDefined(); // a member that is no array stays
    // Without release the value is left as it was.
    const again = JSON.parse(whole) as { objectives: unknown[] };
    expect([...jsonPieces(again, 1)].join("")).toBe(whole);
    expect(JSON.stringify(again, null, 2)).toBe(whole);
  });
});
