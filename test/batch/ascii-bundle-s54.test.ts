import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { isAscii } from "node:buffer";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
// @ts-expect-error -- a plain .mjs build script without types
import { escapeNonAscii } from "../../scripts/ascii-source.mjs";

const escape = escapeNonAscii as (source: string) => string;
const root = fileURLToPath(new URL("../..", import.meta.url));

/** Sources with non-ASCII characters where esbuild leaves them: regular-expression literals (every flag kind), and the rest. */
const SOURCES = [
  String.raw`/([≥≤])(?=\d)/g`,
  String.raw`/^(?:\d{1,2}\/?|[*†‡§]{1,3})$/u`,
  String.raw`/[à-ÿ]+/i`,
  String.raw`/[–—-]\s*$/`,
  String.raw`/😀|🇺🇳/u`,
  String.raw`/😀/`,
  String.raw`/[😀-😂]/u`,
  String.raw`/^[\p{L}’']+$/u`,
  String.raw`/[«»“”]/v`,
  String.raw`/(?<quote>[“”])x/`,
];
const PROBES = ["≥5", "≤", "†", "§§", "‡x", "12/", "àé", "ÿ", "–", "— ", "-", "😀", "😁", "🇺🇳", "\uD83D", "don’t", "it's", "«a»", "“x", "”x", "ab", ""];

function run(source: string, probe: string): unknown {
  const re = runInNewContext(source) as RegExp;
  const m = re.exec(probe);
  return m === null ? null : [m.index, [...m], m.groups ?? null];
}

describe("escapeNonAscii: the worker bundle in ASCII, the same program", () => {
  it("gives regular expressions that match exactly what the originals match", () => {
    let matched = 0;
    for (const source of SOURCES) {
      const escaped = escape(source);
      expect(isAscii(Buffer.from(escaped)), escaped).toBe(true);
      expect(escaped).not.toBe(source);
      for (const probe of PROBES) {
        const want = run(source, probe);
        if (want !== null) matched++;
        expect(run(escaped, probe), `${source} on ${JSON.stringify(probe)}`).toEqual(want);
      }
    }
    // The probes reach the patterns (not a comparison of nulls).
    expect(matched).toBeGreaterThan(15);
  });

  it("keeps strings, identifiers and comments the same values", () => {
    // A BMP letter in an identifier reads the same escaped; esbuild writes astral identifiers as \u{…} itself.
    const source = "const café = 'Président – “UN” 🇺🇳'; /* ≥ note 🪦 */ const x = 2; [café, x * 2, `é${1}`]";
    const escaped = escape(source);
    expect(isAscii(Buffer.from(escaped))).toBe(true);
    expect(runInNewContext(escaped)).toEqual(runInNewContext(source));
    expect(runInNewContext(escaped)).toEqual(["Président – “UN” 🇺🇳", 4, "é1"]);
  });

  it("refuses a character after a backslash (an identity escape), where the escape would change it; an escaped backslash before is fine", () => {
    expect(() => escape(String.raw`/a\≥b/`)).toThrow(/after a backslash at line 1/);
    expect(() => escape("x\n" + String.raw`/\\\≥/`)).toThrow(/line 2/);
    const evenRun = String.raw`/\\≥/`;
    expect(run(escape(evenRun), "\\≥")).toEqual(run(evenRun, "\\≥"));
    expect(run(escape(evenRun), "\\≥")).not.toBeNull();
  });

  it("leaves an ASCII source as it is", () => {
    const source = String.raw`const a = /[\u2265\u2264]/g, b = "\xE9"; // plain`;
    expect(escape(source)).toBe(source);
  });

  it("made the built bundle pure ASCII (scripts/bundle-worker.mjs)", () => {
    const bundle = readFileSync(join(root, "dist", "batch", "worker.bundle.cjs"));
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(isAscii(bundle)).toBe(true);
  });
});
