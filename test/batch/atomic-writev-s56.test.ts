import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEMP_PREFIX, writeFileAtomic } from "../../src/batch/atomic.js";
import { prng as random } from "../support/synth.js";

// Session 56 (h-main56): writeFileAtomic writes all of an output's pieces in one writev, where it
// wrote them one write each (a child's output: its JSON's bytes, then "\n"). The file must hold the
// same bytes as before: checked against the old loop over drawn pieces — text and bytes mixed,
// empty pieces, characters of one to four UTF-8 bytes, more pieces than one writev takes (IOV_MAX
// 1,024: libuv splits the call), and pieces of over 1 MB.

const dir = mkdtempSync(join(tmpdir(), "compacts-writev-s56-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The write before session 56: one FileHandle write a piece, in order. */
async function writeOneByOne(path: string, pieces: readonly (string | Uint8Array)[]): Promise<void> {
  const fh = await open(path, "wx");
  try {
    for (const piece of pieces) await (typeof piece === "string" ? fh.write(piece) : fh.write(piece));
  } finally {
    await fh.close();
  }
}

const ALPHABET = ["a", "Z", "0", " ", "\n", '"', "\\", "é", "\u00a0", "–", "’", "中", "\u2028", "😀", "\u0000", "\u007f", "\uffff"];
function drawText(next: () => number, longest: number): string {
  const length = Math.floor(next() ** 3 * longest);
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
  return s;
}

/** A piece as the pool holds it: a child's bytes (a view into a larger buffer, as IPC gives them), or text. */
function drawPiece(next: () => number, longest: number): string | Uint8Array {
  const text = drawText(next, longest);
  if (next() < 0.4) return text;
  const bytes = Buffer.from(text, "utf8");
  const padded = new Uint8Array(bytes.length + 16);
  padded.set(bytes, 7);
  return padded.subarray(7, 7 + bytes.length);
}

describe("writeFileAtomic (s56): one writev for every piece", () => {
  it("writes the bytes the piece-by-piece writes wrote, over drawn pieces", async () => {
    const next = random(56);
    const counts = [0, 1, 2, 2, 3, 5, 17, 100, 1023, 1024, 1025, 2600];
    for (let task = 0; task < 40; task++) {
      const count = task < counts.length ? counts[task]! : Math.floor(next() * 40);
      const longest = count > 200 ? 40 : 6000;
      const pieces = Array.from({ length: count }, () => drawPiece(next, longest));
      if (task % 7 === 3) pieces.push("\n");
      const before = join(dir, `before-${task}.json`);
      const after = join(dir, `after-${task}.json`);
      await writeOneByOne(before, pieces);
      await writeFileAtomic(after, pieces, dir);
      expect(readFileSync(after).equals(readFileSync(before)), `task ${task}, ${pieces.length} pieces`).toBe(true);
    }
    // Large pieces, as a long document's JSON crosses (~1 M characters each).
    const big = [Buffer.from("x".repeat(1_500_000) + "–".repeat(400_000), "utf8"), "’".repeat(700_000), Buffer.alloc(0), "\n"];
    await writeOneByOne(join(dir, "before-big.json"), big);
    await writeFileAtomic(join(dir, "after-big.json"), big, dir);
    expect(readFileSync(join(dir, "after-big.json")).equals(readFileSync(join(dir, "before-big.json")))).toBe(true);
    // A whole text, as crash outputs are written.
    await writeFileAtomic(join(dir, "text.json"), '{"a": "–"}\n', dir);
    expect(readFileSync(join(dir, "text.json"), "utf8")).toBe('{"a": "–"}\n');
    expect(readdirSync(dir).filter((f) => f.startsWith(TEMP_PREFIX))).toEqual([]);
  });
});
