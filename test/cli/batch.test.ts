import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { glob } from "tinyglobby";
import { extract, loadDomainData } from "../../src/index.js";
import { OutputSchema } from "../../src/model/output.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { renderCompactPdf, writeCorpus, type CorpusDocument } from "../batch/support/corpus.js";
import { synthCompactFacts } from "../support/synth.js";
import { runCli, STACK_LINE, type CliResult } from "./support.js";
import { atScale } from "../support/scale.js";

/**
 * The archive's size: every format and every kind of broken file in both, 35 documents in `npm test`
 * (~1.5 s of CPU), 214 in `npm run test:slow` (~11 s: the costliest file of `npm test` until session
 * 43). test/support/scale.ts.
 */
const SPEC = atScale({ text: 12, markdown: 8, pdf: 6 }, { text: 90, markdown: 70, pdf: 45 });
const GOOD = SPEC.text + SPEC.markdown + SPEC.pdf;

/**
 * Whether the PDF extractor has landed (branch `pdf`). Until it has, every PDF fails with
 * UNSUPPORTED_FORMAT and this test expects exactly that; afterwards it expects the real codes.
 */
async function pdfExtractionAvailable(): Promise<boolean> {
  const pdf = await renderCompactPdf(synthCompactFacts(3, loadDomainData().missions));
  return (await extract(pdf, { fileName: "probe.pdf" })).error?.code !== "UNSUPPORTED_FORMAT";
}

/** Codes a broken document may end with, given what the PDF extractor can do today. */
function acceptedCodes(doc: CorpusDocument, pdfReady: boolean): readonly string[] {
  if (doc.expect.good) return doc.expect.format === "pdf" && !pdfReady ? ["UNSUPPORTED_FORMAT"] : ["(success)"];
  const isRealPdf = doc.rel.endsWith(".pdf") && !doc.expect.codes.includes("EMPTY") && !doc.expect.codes.includes("UNSUPPORTED_FORMAT");
  return isRealPdf && !pdfReady ? ["UNSUPPORTED_FORMAT"] : doc.expect.codes;
}

describe(`compacts extract on a mixed archive of ${GOOD} good documents and 9 broken ones`, () => {
  let dir: string;
  let corpus: CorpusDocument[];
  let pdfReady: boolean;
  let run: CliResult;
  let manifest: ManifestEntry[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-batch-"));
    const missions = loadDomainData().missions;
    corpus = await writeCorpus(join(dir, "archive"), { ...SPEC, broken: true }, missions);
    pdfReady = await pdfExtractionAvailable();
    run = await runCli(["extract", "archive", "-o", "out", "--jobs", "2"], dir);
    const text = await readFile(join(dir, "out", "manifest.jsonl"), "utf8");
    manifest = text.trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(`has ${GOOD} good documents of every format plus every kind of broken file`, () => {
    const good = corpus.filter((d) => d.expect.good);
    expect(good.length).toBe(GOOD);
    expect(GOOD).toBeGreaterThanOrEqual(atScale(26, 200));
    expect(new Set(good.map((d) => d.expect.good && d.expect.format))).toEqual(new Set(["text", "markdown", "pdf"]));
    expect(corpus.filter((d) => !d.expect.good)).toHaveLength(9);
  });

  it("exits 1 and prints no stack trace", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).not.toMatch(STACK_LINE);
  });

  it("writes one manifest line per input", () => {
    expect(manifest).toHaveLength(corpus.length);
    expect(new Set(manifest.map((e) => e.file))).toEqual(new Set(corpus.map((d) => `archive/${d.rel}`)));
  });

  it("converts every good document: its JSON is valid, names the input and has the input's sha256", async () => {
    const byFile = new Map(manifest.map((e) => [e.file, e]));
    for (const doc of corpus.filter((d) => d.expect.good)) {
      const entry = byFile.get(`archive/${doc.rel}`)!;
      const accepted = acceptedCodes(doc, pdfReady);
      if (accepted[0] !== "(success)") {
        expect(entry.error?.code, doc.rel).toBe(accepted[0]);
        continue;
      }
      expect(entry.status, doc.rel).not.toBe("failure");
      expect(entry.kind, doc.rel).toBe("compact");
      expect(entry.output).toBe(`${doc.rel.replace(/\.[^./]+$/, "")}.json`);
      const bytes = await readFile(join(dir, "archive", doc.rel));
      expect(entry.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      const out = OutputSchema.parse(JSON.parse(await readFile(join(dir, "out", entry.output), "utf8")));
      expect(out.source.file).toBe(doc.rel);
      expect(out.source.sha256).toBe(entry.sha256);
      expect(out.source.format).toBe(doc.expect.good && doc.expect.format);
      // The facts the generator put in, read back through the whole pipeline whatever the format.
      if (!doc.expect.good || out.kind !== "compact") throw new Error(`${doc.rel}: not a compact`);
      expect(out.year, doc.rel).toBe(doc.expect.facts.year);
      expect(out.entity?.name, doc.rel).toBe(doc.expect.facts.department.name);
      expect(out.manager?.name, doc.rel).toBe(doc.expect.facts.manager.name);
      // Every table row, with its objective and its measures, in text, Markdown and PDF alike.
      expect(out.objectives.map((o) => o.objective), doc.rel).toEqual(doc.expect.facts.rows.map((r) => r.objective));
      expect(out.objectives.map((o) => o.measures.length), doc.rel).toEqual(doc.expect.facts.rows.map((r) => r.measures.length));
    }
  });

  it("records every broken document with its code, in the manifest, its JSON and the final list", async () => {
    const byFile = new Map(manifest.map((e) => [e.file, e]));
    const failureList = run.stderr.slice(run.stderr.indexOf("Failed ("));
    for (const doc of corpus.filter((d) => !d.expect.good)) {
      const entry = byFile.get(`archive/${doc.rel}`)!;
      const accepted = acceptedCodes(doc, pdfReady);
      if (entry.status !== "failure") {
        // Converted: either acceptable as such (a huge page), or partial with the code as a warning (a scan).
        const asWarning = entry.warningCodes.filter((c) => accepted.includes(c));
        expect(accepted.includes("(success)") || (entry.status === "partial" && asWarning.length > 0), `${doc.rel} converted as ${entry.status}`).toBe(true);
        const out = OutputSchema.parse(JSON.parse(await readFile(join(dir, "out", entry.output), "utf8")));
        for (const code of asWarning) expect(out.warnings.map((w) => w.code)).toContain(code);
        continue;
      }
      expect(accepted, `${doc.rel}: ${entry.error?.message}`).toContain(entry.error?.code);
      const out = OutputSchema.parse(JSON.parse(await readFile(join(dir, "out", entry.output), "utf8")));
      expect(out.status).toBe("failure");
      expect(out.error?.code).toBe(entry.error?.code);
      expect(failureList).toMatch(new RegExp(`^\\s+${entry.error!.code}\\s+archive/${doc.rel}: `, "m"));
    }
  });

  it("the summary counts match the manifest", () => {
    const failed = manifest.filter((e) => e.status === "failure").length;
    const partial = manifest.filter((e) => e.status === "partial").length;
    const partialNote = partial ? ` (${partial} partial)` : "";
    expect(run.stderr).toContain(`${corpus.length} documents: ${corpus.length - failed} converted${partialNote}, ${failed} failed`);
    expect(run.stderr).toContain(`Failed (${failed}):`);
  });

  it("leaves no temp files, and every output validates", async () => {
    expect(await glob("**/.compacts-tmp-*", { cwd: join(dir, "out"), dot: true })).toEqual([]);
    const outputs = await glob("**/*.json", { cwd: join(dir, "out") });
    expect(outputs).toHaveLength(corpus.length);
    const validate = await runCli(["validate", "out", "--quiet"], dir);
    expect(validate.stdout).toBe("");
    expect(validate.code).toBe(0);
  });
});
