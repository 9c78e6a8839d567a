import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { glob } from "tinyglobby";
import { loadDomainData } from "../../src/index.js";
import { OutputSchema } from "../../src/model/output.js";
import { collectInputs } from "../../src/batch/inputs.js";
import { runBatch, type BatchSummary, type DocumentReport } from "../../src/batch/run.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { LOCK_FILE, OutputLockedError } from "../../src/batch/lock.js";
import { spawnSync } from "node:child_process";
import { renderCompactText, synthCompactFacts } from "../support/synth.js";

/** Workers always load the compiled code (test/global-setup.ts builds it). */
const distWorker = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));
const crashingWorker = fileURLToPath(new URL("./support/crashing-worker.mjs", import.meta.url));

describe("runBatch survives workers that hang, blow up or die", () => {
  let dir: string;
  let summary: BatchSummary;
  let hangSummary: BatchSummary;
  const reports: DocumentReport[] = [];
  let manifest: ManifestEntry[];
  let hangManifest: ManifestEntry[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-run-"));
    const missions = loadDomainData().missions;
    await mkdir(join(dir, "in"));
    await mkdir(join(dir, "slow"));
    const names = ["a-good.txt", "c-good.txt", "d-oom.txt", "e-good.txt", "f-exit.txt", "g-throw.txt", "h-good.txt"];
    for (const [i, n] of names.entries()) await writeFile(join(dir, "in", n), renderCompactText(synthCompactFacts(500 + i, missions)));
    await writeFile(join(dir, "slow", "b-hang.txt"), renderCompactText(synthCompactFacts(499, missions)));
    const run = async (folder: string, timeoutMs: number) =>
      runBatch(
        (await collectInputs([folder], dir)).inputs,
        { outDir: join(dir, `out-${folder}`), jobs: 2, format: "jsonl", resume: false, failFast: false, timeoutMs, maxMemoryMb: 384, workerFile: crashingWorker },
        { start() {}, document: (r) => reports.push(r) },
      );
    const readManifestLines = async (folder: string) =>
      (await readFile(join(dir, `out-${folder}`, "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
    // Deaths by memory, exit and throw under a time limit no loaded machine reaches, and the hang
    // alone under a short one: no outcome depends on which limit a busy machine hits first.
    summary = await run("in", 600_000);
    hangSummary = await run("slow", 1000);
    manifest = await readManifestLines("in");
    hangManifest = await readManifestLines("slow");
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("records each death with its code and converts everything else", () => {
    const code = (f: string) => manifest.find((e) => e.file === `in/${f}`)?.error?.code ?? manifest.find((e) => e.file === `in/${f}`)?.status;
    expect(hangManifest.map((e) => e.error?.code)).toEqual(["TIMEOUT"]);
    expect(code("d-oom.txt")).toBe("OUT_OF_MEMORY");
    expect(code("f-exit.txt")).toBe("INTERNAL");
    expect(code("g-throw.txt")).toBe("INTERNAL");
    for (const f of ["a-good.txt", "c-good.txt", "e-good.txt", "h-good.txt"]) expect(code(f), f).toBe("success");
    expect(summary.converted).toBe(4);
    expect(summary.failed.map((r) => r.entry.error?.code).sort()).toEqual(["INTERNAL", "INTERNAL", "OUT_OF_MEMORY"]);
    expect(hangSummary.failed).toHaveLength(1);
  });

  it("writes a valid failure JSON with the input's real sha256 for a dead worker's document", async () => {
    const hang = hangManifest[0]!;
    const out = OutputSchema.parse(JSON.parse(await readFile(join(dir, "out-slow", hang.output), "utf8")));
    expect(out.status).toBe("failure");
    expect(out.error?.code).toBe("TIMEOUT");
    expect(out.source.sha256).toBe(hang.sha256);
    expect(out.source.bytes).toBeGreaterThan(0);
    expect(hang.sha256).not.toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"); // not the empty hash
  });

  it("keeps the crash's stack for --debug, and the aggregate has every document", async () => {
    expect(summary.failed.find((r) => r.input.rel === "g-throw.txt")?.detail).toMatch(/TypeError: worker bug for g-throw\.txt/);
    const lines = (await readFile(join(dir, "out-in", "compacts.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(await glob("**/.compacts-tmp-*", { cwd: join(dir, "out-in"), dot: true })).toEqual([]);
  });
});

describe("the output folder lock", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-lock-"));
    await mkdir(join(dir, "in"));
    await writeFile(join(dir, "in", "a.txt"), renderCompactText(synthCompactFacts(900, loadDomainData().missions)));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const run = async (out: string) => {
    const { inputs } = await collectInputs(["in"], dir);
    return runBatch(inputs, { outDir: join(dir, out), jobs: 1, format: "json", resume: false, failFast: false, timeoutMs: 30_000, maxMemoryMb: 256, workerFile: distWorker }, { start() {}, document() {} });
  };

  it("refuses a folder another live run holds", async () => {
    await mkdir(join(dir, "busy"));
    await writeFile(join(dir, "busy", LOCK_FILE), String(process.pid)); // this process is certainly alive
    await expect(run("busy")).rejects.toThrow(OutputLockedError);
    expect(await glob("**/*.json", { cwd: join(dir, "busy") })).toEqual([]);
  });

  it("takes over the lock of a killed run and releases it at the end", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    await mkdir(join(dir, "stale"));
    await writeFile(join(dir, "stale", LOCK_FILE), dead.stdout);
    const summary = await run("stale");
    expect(summary.converted).toBe(1);
    expect(await glob(`**/${LOCK_FILE}`, { cwd: join(dir, "stale"), dot: true })).toEqual([]);
  });
});
