import { afterAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocumentPool } from "../../src/batch/pool.js";
import { writeFileAtomic } from "../../src/batch/atomic.js";
import { prng as random } from "../support/synth.js";

// Session 55 (h-pool55): a child sends the pieces of a document's JSON as the UTF-8 bytes of their
// text (child.ts, through one reused buffer), no longer as text. The main process writes them as
// they come; before, it wrote the text, which a file handle encodes as UTF-8. Same bytes, checked
// here over drawn pieces: ASCII, Latin-1, other BMP characters, surrogate pairs, empty pieces, and
// pieces on both sides of the reused buffer's size.

type Task = { pieces: string[] };
const workerFile = fileURLToPath(new URL("./support/pieces-worker-s55.mjs", import.meta.url));

const ALPHABET = ["a", "Z", "0", " ", "\n", '"', "\\", "é", "ü", "\u00a0", "–", "’", "中", "\u2028", "😀", "𝔘", "\u0000", "\u007f", "\u0080", "\uffff"];
function drawPiece(next: () => number): string {
  const length = Math.floor(next() ** 2 * 3000);
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
  return s;
}

describe("output JSON pieces crossing from a child as bytes", () => {
  const pool = new DocumentPool<Task, { count: number }>({ workerFile, jobs: 1, timeoutMs: 60_000, maxMemoryMb: 512 });
  afterAll(() => pool.destroy());

  it("arrive as the UTF-8 of their text, each whole, in order", async () => {
    const next = random(55);
    for (let task = 0; task < 20; task++) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 12) }, () => drawPiece(next));
      const outcome = await pool.run({ pieces });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.pieces.map((p) => Buffer.from(p).toString("hex"))).toEqual(pieces.map((p) => Buffer.from(p, "utf8").toString("hex")));
    }
  });

  it("keep their bytes around the reused buffer's size (4 MB: 1,398,101 three-byte characters fit, one more does not)", async () => {
    const fits = "中".repeat(1_398_101);
    const over = "–".repeat(1_398_102);
    const outcome = await pool.run({ pieces: [fits, "tail", over, "é"] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const expected = [fits, "tail", over, "é"].map((p) => Buffer.from(p, "utf8"));
    expect(outcome.pieces.map((p) => p.byteLength)).toEqual(expected.map((b) => b.byteLength));
    outcome.pieces.forEach((p, i) => expect(Buffer.from(p).equals(expected[i]!)).toBe(true));
  });

  it("make the same file as their text did", async () => {
    const dir = mkdtempSync(join(tmpdir(), "compacts-pieces-"));
    try {
      const next = random(14);
      const pieces = Array.from({ length: 8 }, () => drawPiece(next));
      const outcome = await pool.run({ pieces });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      await writeFileAtomic(join(dir, "text.json"), [...pieces, "\n"], dir);
      await writeFileAtomic(join(dir, "bytes.json"), [...outcome.pieces, "\n"], dir);
      expect(readFileSync(join(dir, "bytes.json")).equals(readFileSync(join(dir, "text.json")))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
