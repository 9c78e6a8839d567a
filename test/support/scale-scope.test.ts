/**
 * Session 43: end-to-end tests run small in `npm test` and at full size in `npm run test:slow`
 * (test/support/scale.ts). These tests hold that honest: the size follows COMPACTS_SCALE, and every
 * test file that uses scale.ts is run again by the slow suite, so its full-size run is not lost.
 */
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { glob } from "tinyglobby";
import { atScale, fullScale } from "./scale.js";
import slow, { SCALED_TESTS } from "../../vitest.slow.config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const saved = process.env.COMPACTS_SCALE;

describe("end-to-end tests at two sizes (npm test: small; npm run test:slow: full)", () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.COMPACTS_SCALE;
    else process.env.COMPACTS_SCALE = saved;
  });

  it("gives the small size unless COMPACTS_SCALE=full", () => {
    delete process.env.COMPACTS_SCALE;
    expect([fullScale(), atScale(35, 214)]).toEqual([false, 35]);
    process.env.COMPACTS_SCALE = "full";
    expect([fullScale(), atScale(35, 214)]).toEqual([true, 214]);
    process.env.COMPACTS_SCALE = "yes";
    expect(atScale(35, 214)).toBe(35);
  });

  it("the slow suite sets COMPACTS_SCALE=full and runs every test file that uses scale.ts", async () => {
    expect(slow.test?.env).toMatchObject({ COMPACTS_SCALE: "full" });
    const files = await glob("test/**/*.test.ts", { cwd: root, ignore: ["**/node_modules/**"] });
    const users = files.filter((f) => f !== relative(root, fileURLToPath(import.meta.url)) && /from "[./]*(support\/)?scale\.js"/.test(readFileSync(join(root, f), "utf8")));
    expect(users).toContain("test/cli/batch.test.ts");
    for (const f of users) expect(SCALED_TESTS, f).toContain(f);
    for (const f of SCALED_TESTS) expect(existsSync(join(root, f)), f).toBe(true);
  });
});
