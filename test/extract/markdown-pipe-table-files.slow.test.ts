/**
 * Pipe tables read without micromark (extract/pipe-table.ts) give micromark's Layout on every
 * committed Markdown file (fixtures, every corpus and split) and the shared seeds when present.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectPipeTableLayouts, markdownFiles } from "./markdown-files.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** ../shared/seeds beside the checkout (CI clones it there), when present. */
const SEEDS = join(ROOT, "..", "shared", "seeds");

describe("pipe tables read without micromark, every committed Markdown file", () => {
  it("gives micromark's Layout", () => {
    const dirs = [join(ROOT, "fixtures"), ...readdirSync(join(ROOT, "test")).filter((d) => d.startsWith("corpus") || d === "fixtures").map((d) => join(ROOT, "test", d))];
    if (existsSync(SEEDS)) dirs.push(SEEDS);
    expect(expectPipeTableLayouts(dirs.flatMap(markdownFiles))).toBeGreaterThanOrEqual(500);
  }, 900_000);
});
