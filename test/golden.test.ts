/**
 * Golden tests: every input under test/fixtures/ with a `<name>.golden.json` beside it must convert
 * to exactly that projection (test/support/golden.ts). `UPDATE_GOLDEN=1 npm test` rewrites them;
 * CI never does (it runs with CI=true and the flag unset). Review the diff before committing.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, extname, basename, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";
import { OutputSchema } from "../src/model/output.js";
import { goldenProjection } from "./support/golden.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const INPUT_EXT = new Set([".txt", ".md", ".pdf"]);
const UPDATE = process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true";

function inputsWithGolden(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...inputsWithGolden(p));
    else if (INPUT_EXT.has(extname(e.name)) && (UPDATE || existsSync(goldenPath(p)))) out.push(p);
  }
  return out.sort();
}
function goldenPath(input: string): string {
  return join(dirname(input), basename(input, extname(input)) + ".golden.json");
}

describe("golden fixtures", () => {
  const inputs = existsSync(FIXTURES) ? inputsWithGolden(FIXTURES).filter((p) => UPDATE ? existsSync(goldenPath(p)) || process.env.UPDATE_GOLDEN_NEW === "1" : true) : [];
  it("has fixtures", () => {
    expect(inputs.length).toBeGreaterThan(0);
  });
  for (const input of inputs) {
    it(relative(FIXTURES, input), async () => {
      const out = await extract(input);
      expect(OutputSchema.safeParse(out).success).toBe(true);
      const got = goldenProjection(out);
      const gp = goldenPath(input);
      if (UPDATE) writeFileSync(gp, JSON.stringify(got, null, 2) + "\n");
      else expect(got).toEqual(JSON.parse(readFileSync(gp, "utf8")));
    });
  }
});
