/**
 * Session 44: `npm test` type-checks the tests with tsconfig.test.json, which reads src/'s declarations
 * from dist/ (the build's composite project, referenced) instead of checking src/ again; the build
 * (scripts/build-stamp.mjs buildIfStale, run by scripts/test.mjs first) type-checks src/ and the
 * review client. These hold the split honest: every file tsconfig.json checks beside src/ is checked
 * by tsconfig.test.json, through the reference, and scripts/test.mjs builds before it type-checks.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
interface TsConfig {
  extends?: string;
  compilerOptions?: Record<string, unknown>;
  include?: string[];
  exclude?: string[];
  references?: { path: string }[];
}
const config = (name: string): TsConfig => JSON.parse(readFileSync(join(root, name), "utf8")) as TsConfig;

describe("the tests' type-check against the build's declarations (tsconfig.test.json)", () => {
  const whole = config("tsconfig.json");
  const build = config("tsconfig.build.json");
  const tests = config("tsconfig.test.json");

  it("checks every file tsconfig.json checks besides src/, with its options and exclusions", () => {
    expect(tests.extends).toBe("./tsconfig.json");
    expect(tests.exclude).toBeUndefined(); // inherited: the review client and the browser tests
    const outsideSrc = (whole.include ?? []).filter((p) => p !== "src");
    expect(tests.include).toEqual(expect.arrayContaining(outsideSrc));
    // src/ only through the reference (its ambient declarations are no output of the build).
    expect((tests.include ?? []).filter((p) => !outsideSrc.includes(p))).toEqual(["src/**/*.d.ts"]);
    expect(tests.compilerOptions).toMatchObject({ noEmit: true });
  });

  it("reads src/ from the build's composite project, whose declarations land in dist/", () => {
    expect(tests.references).toEqual([{ path: "./tsconfig.build.json" }]);
    expect(build.include).toEqual(["src"]);
    expect(build.compilerOptions).toMatchObject({ composite: true, rootDir: "src", outDir: "dist" });
    expect(whole.compilerOptions).toMatchObject({ declaration: true });
  });

  it("is what npm test runs, after making sure the build (src's and the client's type checks) is current", () => {
    const script = readFileSync(join(root, "scripts", "test.mjs"), "utf8");
    expect(script).toContain('[bin("tsc"), "-p", "tsconfig.test.json"]');
    expect(script.indexOf("buildIfStale(root)")).toBeGreaterThan(0);
    expect(script.indexOf("buildIfStale(root)")).toBeLessThan(script.indexOf("await Promise.all"));
    const stamp = readFileSync(join(root, "scripts", "build-stamp.mjs"), "utf8");
    expect(stamp).toMatch(/"-p", "tsconfig\.build\.json"/);
    expect(stamp).toMatch(/"-p", "tsconfig\.client\.json"/);
  });
});
