/**
 * Acceptance on the two seed documents with the team's scorer: the shared one when ../shared is
 * beside the checkout (CI), else the copy in test/support (so the project builds without it).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, "..", "..", "shared", "score.mjs");
const scorer = existsSync(shared) ? shared : join(here, "support", "score.mjs");

interface Report {
  checks: Record<string, boolean>;
  failures: string[];
  rows?: { exact: number; expected: number; predicted: number };
  missions?: { f1: number };
  resolutions: { f1: number };
  documents: { f1: number };
  organizations?: { recall: number };
}

async function score(input: string, truth: string): Promise<Report> {
  const out = await extract(join(here, "..", input));
  const file = join(mkdtempSync(join(tmpdir(), "compacts-seed-")), "out.json");
  writeFileSync(file, JSON.stringify(out));
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [scorer, file, join(here, "fixtures", "seeds", truth), "--json"], { encoding: "utf8" });
  } catch (e) {
    stdout = (e as { stdout: string }).stdout;
  }
  return JSON.parse(stdout.slice(0, stdout.lastIndexOf("}") + 1)) as Report;
}

describe("seed documents score perfectly", () => {
  it("the 2008 DFS compact: 21/21 rows, missions, resolutions, documents, all fields", async () => {
    const r = await score("fixtures/compact-2008-dfs.txt", "seed-000.truth.json");
    expect(r.failures).toEqual([]);
    expect(r.rows).toEqual({ exact: 21, expected: 21, predicted: 21 });
    expect([r.missions?.f1, r.resolutions.f1, r.documents.f1]).toEqual([1, 1, 1]);
    expect(Object.values(r.checks).every(Boolean)).toBe(true);
  });
  it("the A/60/209 note (Markdown saved as .txt): all fields, references, organizations", async () => {
    const r = await score("fixtures/A-60-209-note.txt", "seed-002.truth.json");
    expect(r.failures).toEqual([]);
    expect(Object.keys(r.checks)).toHaveLength(11);
    expect([r.resolutions.f1, r.documents.f1, r.organizations?.recall]).toEqual([1, 1, 1]);
  });
});
