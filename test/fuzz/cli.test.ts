/**
 * Random bytes and mutated real PDFs through the whole CLI (`compacts extract`, worker processes,
 * manifest): whatever the input, each file gets exactly one manifest line and one valid output
 * JSON, never an INTERNAL crash, never a stack trace. Cases go through in batches (one CLI run
 * each): starting the CLI per case would make the nightly 10,000 take hours. The command runs in
 * this process (`main(argv, io)`, as dist/cli/main.js runs it); its workers are real processes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { OutputSchema } from "../../src/model/output.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { runMain, STACK_LINE } from "../cli/support.js";
import { FUZZ_RUNS } from "./arbitraries.js";

/** Cases per CLI run: large enough that start-up is noise, small enough that a failing batch is readable. */
const CASES_PER_BATCH = 200;
/** In `npm test` (FUZZ_RUNS unset) one short batch; the nightly FUZZ_RUNS=10000 is 50 batches of 200. */
const CASES = process.env.FUZZ_RUNS ? FUZZ_RUNS : 20;
const BATCHES = Math.max(1, Math.ceil(CASES / CASES_PER_BATCH));
const PER_BATCH = Math.min(CASES, CASES_PER_BATCH);
/** Failures a hostile input may legitimately end in; INTERNAL (a crash) and VALIDATION_FAILED (a bug) are not among them. */
const ALLOWED_FAILURES = new Set(["PDF_INVALID", "PDF_ENCRYPTED", "UNSUPPORTED_FORMAT", "EMPTY", "TOO_LARGE", "TIMEOUT", "OUT_OF_MEMORY", "NO_TEXT_LAYER", "IO_ERROR"]);

const PDFS = ["seed-ruled.pdf", "seed-borderless.pdf", "risks-landscape.pdf", "error-scanned.pdf"].map((f) =>
  readFileSync(new URL(`../fixtures/pdf/${f}`, import.meta.url)),
);

type Mutation = { op: "flip"; at: number; value: number } | { op: "truncate"; at: number } | { op: "insert"; at: number; bytes: Uint8Array } | { op: "repeat"; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("flip" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("repeat" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 2, max: 50 }) }) },
);

function mutate(base: Buffer, ops: readonly Mutation[]): Buffer {
  let b = Buffer.from(base);
  for (const m of ops) {
    const at = b.length ? m.at % b.length : 0;
    if (m.op === "flip") b[at] = m.value;
    else if (m.op === "truncate") b = b.subarray(0, at);
    else if (m.op === "insert") b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else {
      const piece = b.subarray(at, at + m.length);
      b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: m.times }, () => piece), b.subarray(at)]);
    }
  }
  return b;
}

/** One input file: raw random bytes (sometimes behind a PDF header), or a real PDF with a few mutations. */
const fileCase: fc.Arbitrary<{ ext: string; bytes: Buffer }> = fc.oneof(
  fc.record({ ext: fc.constantFrom("txt", "pdf", "md"), bytes: fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)) }),
  fc.uint8Array({ maxLength: 4096 }).map((a) => ({ ext: "pdf", bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(a)]) })),
  fc.record({ base: fc.constantFrom(...PDFS.keys()), ops: fc.array(mutation, { minLength: 1, maxLength: 8 }) }).map(({ base, ops }) => ({ ext: "pdf", bytes: mutate(PDFS[base]!, ops) })),
);

describe("fuzz: the whole CLI on random and mutated input", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-fuzz-cli-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(`${BATCHES} batch(es) of ${PER_BATCH} files: one manifest line and one valid output each, no crash`, async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fileCase, { minLength: PER_BATCH, maxLength: PER_BATCH }), async (cases) => {
        const work = join(dir, `b${batch++}`);
        await mkdir(join(work, "in"), { recursive: true });
        const files = cases.map((c, i) => `case-${String(i).padStart(4, "0")}.${c.ext}`);
        await Promise.all(cases.map((c, i) => writeFile(join(work, "in", files[i]!), c.bytes)));
        const run = await runMain(["extract", "in", "-o", "out", "--jobs", "2", "--timeout", "60", "--max-memory", "512", "--quiet"], work);
        expect(run.stderr).not.toMatch(STACK_LINE);
        expect([0, 1]).toContain(run.code);
        const manifest = (await readFile(join(work, "out", "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
        // Every file, even an empty or binary one, has exactly one line.
        expect(manifest.map((e) => e.file).sort()).toEqual(files.map((f) => `in/${f}`).sort());
        for (const e of manifest) {
          const i = files.indexOf(e.file.slice(3));
          const out = OutputSchema.parse(JSON.parse(await readFile(join(work, "out", e.output), "utf8")));
          expect(out.source.sha256, e.file).toBe(createHash("sha256").update(cases[i]!.bytes).digest("hex"));
          if (e.status === "failure") expect(ALLOWED_FAILURES.has(e.error?.code ?? ""), `${e.file}: ${JSON.stringify(e.error)}`).toBe(true);
        }
        await rm(work, { recursive: true, force: true });
      }),
      { numRuns: BATCHES, endOnFailure: true },
    );
  }, Math.max(120_000, BATCHES * 300_000));
});
