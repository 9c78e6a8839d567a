/**
 * Every corpus generator refuses a flag it does not know before it draws anything (run without
 * `--check` a generator rewrites its committed corpus, and a `--help` once did, session 22). Here:
 * one real start, and every generator calls `refuseUnknownFlags` with the flags it reads before any
 * other statement runs. generator-flags.slow.test.ts starts each generator with a typo.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const GENERATORS = readdirSync(join(root, "scripts")).filter((d) => existsSync(join(root, "scripts", d, "generate.mjs")));

describe("corpus generators", () => {
  it("scripts/corpus/generate.mjs stops on an unknown flag with exit 2 (a real process)", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts", "corpus", "generate.mjs"), "--hlep"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/unknown flag --hlep/);
  });

  it("every generator refuses unknown flags before anything else of its own runs", () => {
    expect(GENERATORS.length).toBeGreaterThanOrEqual(17);
    for (const name of GENERATORS) {
      const body = readFileSync(join(root, "scripts", name, "generate.mjs"), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .split("\n")
        .filter((l) => l.trim() !== "" && !l.trim().startsWith("//") && !l.startsWith("#!"));
      // Imports first (evaluated before the module body anyway) and one-line constants, then the guard.
      const first = body.findIndex((l) => !/^import\b|^\s+[\w{},\s]*$|^\} from |^const \w+ = .*;$/.test(l));
      // the guard itself, or scripts/corpus/generator.mjs's generatorArgs, which calls it first (below)
      expect(body[first], name).toMatch(/^refuseUnknownFlags\(import\.meta\.url, \[[^\]]*"--check"[^\]]*\]\);$|^const \{ [\w, ]+ \} = generatorArgs\(import\.meta\.url, \d+(, \[[^\]]*\])?\);$/);
    }
  });

  it("generatorArgs (the command line of corpora 15–19) runs the guard, with --check, before anything else", () => {
    const src = readFileSync(join(root, "scripts", "corpus", "generator.mjs"), "utf8");
    const body = src.slice(src.indexOf("export function generatorArgs("));
    const first = body.split("\n")[1]?.trim();
    expect(first).toBe("refuseUnknownFlags(moduleUrl, [...FLAGS, ...more]);");
    expect(src).toMatch(/const FLAGS = \[[^\]]*"--check"[^\]]*\];/);
  });
});
