/**
 * Every corpus generator refuses a flag it does not know (exit 2) before it draws anything: run
 * without `--check` a generator rewrites its committed corpus, and a `--help` once did (session 22).
 * Slow suite since session 26 (each start loads a generator's whole module graph: pdf-lib, docx, …;
 * ~30 s of `npm test` under load): generator-flags.test.ts keeps one real start and checks that
 * every generator calls the guard first thing.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const GENERATORS = ["corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8", "corpus9", "corpus10", "corpus11", "corpus12", "corpus13", "corpus14"];

describe("corpus generators", () => {
  it.each(GENERATORS)("scripts/%s/generate.mjs stops on an unknown flag with exit 2", (name) => {
    const r = spawnSync(process.execPath, [join(root, "scripts", name, "generate.mjs"), "--hlep"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/unknown flag --hlep/);
  });
});
