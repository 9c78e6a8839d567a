import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { glob } from "tinyglobby";
import { loadDomainData } from "../../src/index.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { writeCorpus, type CorpusDocument } from "../batch/support/corpus.js";
import { CLI, runMain, type CliResult } from "./support.js";

/** Progress lines the killed run must have printed before the kill: well short of the whole batch. */
const KILL_AFTER = 14;

/** Start the CLI and SIGKILL it once it has reported `after` documents; resolves when it is dead. */
function runAndKill(args: readonly string[], cwd: string, after: number): Promise<{ signal: NodeJS.Signals | null; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let seen = 0;
    let buffer = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      buffer += d;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      seen += lines.filter((l) => /^\[\d+\/\d+\]/.test(l)).length;
      if (seen >= after) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", (_code, signal) => resolve({ signal, seen }));
  });
}

async function readEntries(path: string): Promise<ManifestEntry[]> {
  const text = await readFile(path, "utf8");
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as ManifestEntry);
}

/** Every output file (not the manifest) with its content. */
async function outputSet(dir: string): Promise<Map<string, string>> {
  const files = (await glob("**/*", { cwd: dir, dot: true })).filter((f) => f !== "manifest.jsonl").sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), "utf8")] as const)));
}

describe("kill -9 half-way, then --resume", () => {
  let dir: string;
  let corpus: CorpusDocument[];
  let reference: CliResult;
  let killed: { signal: NodeJS.Signals | null; seen: number };
  let afterKill: ManifestEntry[];
  let resumed: CliResult;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-resume-"));
    // Big enough that a kill after KILL_AFTER documents is well short of the whole batch (the kill
    // is sent as soon as that many progress lines are read: ~50 documents, of which the first ~10
    // are the broken ones, PDFs among them), small enough to keep the test quick: the batch runs
    // three times (120 documents took ~14 s; the branches are the same).
    corpus = await writeCorpus(join(dir, "archive"), { text: 24, markdown: 16, pdf: 0, broken: true }, loadDomainData().missions);
    const common = ["extract", "archive", "--jobs", "2", "--format", "jsonl"];
    // The uninterrupted reference run needs no process of its own.
    reference = await runMain([...common, "-o", "reference"], dir);
    killed = await runAndKill([...common, "-o", "out"], dir, KILL_AFTER);
    afterKill = await readEntries(join(dir, "out", "manifest.jsonl"));
    // A kill can tear the last manifest line; make sure one is torn so the repair is exercised.
    await appendFile(join(dir, "out", "manifest.jsonl"), '{"file":"archive/text/even/torn.txt","output":"te');
    // The resumed run in this process too: only the killed run needs a process of its own.
    resumed = await runMain([...common, "-o", "out", "--resume"], dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("the first run was really killed half-way", () => {
    expect(killed.signal).toBe("SIGKILL");
    expect(afterKill.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(afterKill.length).toBeLessThan(corpus.length);
    expect(reference.code).toBe(1); // the broken files
  });

  it("the resumed run skips what was done and converts the rest", () => {
    expect(resumed.code).toBe(1);
    const doneBefore = afterKill.filter((e) => e.status !== "failure").length;
    expect(resumed.stderr).toContain(`${doneBefore} skipped (unchanged, --resume)`);
  });

  it("ends with exactly the output set of an uninterrupted run, and no temp files", async () => {
    const [ref, out] = await Promise.all([outputSet(join(dir, "reference")), outputSet(join(dir, "out"))]);
    expect([...out.keys()]).toEqual([...ref.keys()]);
    for (const [name, content] of ref) expect(out.get(name), name).toBe(content);
    expect([...out.keys()].some((f) => f.includes(".compacts-tmp-"))).toBe(false);
    expect(out.has("compacts.jsonl")).toBe(true);
  });

  it("converted no document twice: one good manifest line per document the uninterrupted run converted, the torn line gone", async () => {
    const entries = await readEntries(join(dir, "out", "manifest.jsonl"));
    const good = entries.filter((e) => e.status !== "failure");
    const referenceGood = (await readEntries(join(dir, "reference", "manifest.jsonl"))).filter((e) => e.status !== "failure");
    expect(referenceGood.length).toBeGreaterThanOrEqual(corpus.filter((d) => d.expect.good).length);
    expect(good.map((e) => e.output).sort()).toEqual(referenceGood.map((e) => e.output).sort());
    // Failures are retried by --resume; each broken file's latest line is still its failure.
    const latest = new Map(entries.map((e) => [e.file, e]));
    expect(latest.size).toBe(corpus.length);
    expect([...latest.values()].filter((e) => e.status === "failure")).toHaveLength(corpus.length - good.length);
    expect(entries.some((e) => e.file.endsWith("torn.txt"))).toBe(false);
  });
});
