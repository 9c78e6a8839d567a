/**
 * Session 51: the scoring scripts warn when the dist/ they read is not a complete build of its
 * checkout's sources as they are now (scripts/build-stamp.mjs warnIfStale). Session 50's trap: a
 * rule reverted to prove its test fails, vitest's set-up rebuilding dist/ from the reverted sources,
 * the rule restored, and the reverted build scored.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILD_INPUTS, warnIfStale } from "../../scripts/build-stamp.mjs";

/** A checkout with every build input (src/ a folder holding one file), dist/ stamped at `stamp` ms. */
function checkout(stamp: number | null): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "stamp-s51-"));
  for (const p of BUILD_INPUTS) {
    if (p === "src") mkdirSync(join(root, p));
    else {
      mkdirSync(join(root, p, ".."), { recursive: true });
      writeFileSync(join(root, p), "");
    }
  }
  const source = join(root, "src", "index.ts");
  writeFileSync(source, "export {};\n");
  mkdirSync(join(root, "dist"));
  if (stamp !== null) writeFileSync(join(root, "dist", ".test-build-stamp"), String(stamp));
  return { root, source };
}

describe("warnIfStale (scripts/build-stamp.mjs)", () => {
  const made: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const r of made.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  const written = (): string[] => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    return lines;
  };

  it("is silent for a dist/ stamped after every source", () => {
    const { root } = checkout(Date.now() + 60_000);
    made.push(root);
    const lines = written();
    expect(warnIfStale(join(root, "dist"), "t")).toBe(false);
    expect(lines).toEqual([]);
  });

  it("warns, naming the script and the folder, when a source is newer than the stamp", () => {
    const stamp = Date.now() + 60_000;
    const { root, source } = checkout(stamp);
    made.push(root);
    const later = new Date(stamp + 120_000);
    utimesSync(source, later, later); // the rule restored after the build
    const lines = written();
    expect(warnIfStale(join(root, "dist"), "rows.mjs")).toBe(true);
    expect(lines.join("")).toContain(`rows.mjs: warning: ${join(root, "dist")} is not a complete build of ${join(root, "src")}`);
  });

  it("warns when dist/ has no stamp (a build under way or never completed)", () => {
    const { root } = checkout(null);
    made.push(root);
    written();
    expect(warnIfStale(join(root, "dist"), "t")).toBe(true);
  });

  it("does not judge a dist/ outside a checkout or one that does not exist", () => {
    const root = mkdtempSync(join(tmpdir(), "stamp-s51-"));
    made.push(root);
    mkdirSync(join(root, "dist"));
    const lines = written();
    expect(warnIfStale(join(root, "dist"), "t")).toBe(false);
    expect(warnIfStale(join(root, "nothing"), "t")).toBe(false);
    expect(lines).toEqual([]);
  });
});
