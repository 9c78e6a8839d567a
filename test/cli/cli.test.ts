import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { glob } from "tinyglobby";
import { loadDomainData } from "../../src/index.js";
import { OutputSchema, type Output } from "../../src/model/output.js";
import { objectiveRows } from "../../src/batch/aggregate.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { renderCompactText, synthCompactFacts } from "../support/synth.js";
import { writeCorpus } from "../batch/support/corpus.js";
import { runCli, runMain, STACK_LINE, type CliResult } from "./support.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

describe("compacts CLI", () => {
  let dir: string;
  /**
   * `extract small --format jsonl -q`: its compacts.jsonl and its JSON files serve three tests (the
   * csv aggregate is a --resume run over them, which starts no worker).
   */
  let jsonl: CliResult;
  /**
   * `extract bad -o out-rr --jobs 1`, plain log lines: the log test reads its stderr, and it is the
   * first run of the rerun/--resume test (session 44: one worker process fewer; each costs ~0.4 s of CPU).
   */
  let badLog: CliResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-cli-"));
    await writeCorpus(join(dir, "small"), { text: 6, markdown: 4, pdf: 0, broken: false }, loadDomainData().missions);
    await mkdir(join(dir, "bad"), { recursive: true });
    await writeFile(join(dir, "bad", "empty.txt"), "");
    await writeFile(join(dir, "bad", "good.txt"), renderCompactText(synthCompactFacts(99, loadDomainData().missions)));
    jsonl = await runMain(["extract", "small", "-o", "out-small", "--format", "jsonl", "-q"], dir);
    badLog = await runMain(["extract", "bad", "-o", "out-rr", "--jobs", "1"], dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe("usage errors exit 2 with one line and a hint", () => {
    it.each([
      [["extract"], /Missing required positional argument: INPUTS/],
      [["extract", "small", "--jbos", "2"], /unknown option --jbos \(did you mean --jobs\?\)/],
      [["extract", "small", "--jobs", "0"], /--jobs must be a whole number from 1/],
      [["extract", "small", "--jobs", "two"], /--jobs must be a whole number/],
      [["extract", "small", "--timeout", "-1"], /--timeout must be a positive number/],
      [["extract", "small", "--max-memory", "10"], /--max-memory must be a whole number of at least 192, not "10"/],
      [["extract", "small", "--format", "xml"], /Invalid value for argument: --format \(xml\)/],
      [["extract", "small", "--stdout", "--resume"], /cannot be combined with --stdout/],
      [["extract", "nothing-here/*.pdf"], /no documents found/],
      [["extract", "small", "-o", "bad/good.txt"], /the output bad\/good\.txt exists and is not a folder/],
      [["extract", "smal"], /no such file or folder: smal \(did you mean small\?\)/],
      [["frobnicate"], /unknown command frobnicate/],
      [["validate"], /Missing required positional argument: FILES/],
    ])("%j", async (args, message) => {
      const r = await runMain(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Run "compacts .*--help" for usage/);
      expect(r.stderr).not.toMatch(STACK_LINE);
    });
  });

  it("--help prints usage and exits 0, without colour codes when piped (a real process)", async () => {
    const r = await runCli(["extract", "--help"], dir, { ...process.env, FORCE_COLOR: "0" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--resume");
    expect(r.stdout).toContain("--fail-fast");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("a mistyped input path is a usage error and writes nothing", async () => {
    const r = await runMain(["extract", "small", "small/text/nope.txt", "-o", "out-typo"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder: small\/text\/nope\.txt/);
    expect(await glob("out-typo/**", { cwd: dir })).toEqual([]);
  });

  it("schema prints the JSON Schema of the output", async () => {
    const r = await runMain(["schema"], dir);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; oneOf?: unknown[]; anyOf?: unknown[] };
    expect(schema.$schema).toContain("2020-12");
    expect((schema.oneOf ?? schema.anyOf)?.length).toBe(3); // compact | un-document | unknown
  });

  it("--format jsonl and csv write compacts.jsonl and objectives.csv consistent with the JSON files", async () => {
    expect(jsonl.code).toBe(0);
    expect(jsonl.stderr).toBe("");
    const lines = (await readFile(join(dir, "out-small", "compacts.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    const docs = lines.map((l) => OutputSchema.parse(JSON.parse(l)));
    expect(docs.every((d) => d.kind === "compact")).toBe(true);

    // The same documents again as csv: --resume skips all ten (no worker), and the aggregate is built
    // from the JSON files whichever run wrote them (src/batch/aggregate.ts writeAggregate).
    const csv = await runMain(["extract", "small", "-o", "out-small", "--format", "csv", "-q", "--resume"], dir);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe("");
    const rows = parse(await readFile(join(dir, "out-small", "objectives.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
    const files = (await glob("**/*.json", { cwd: join(dir, "out-small") })).sort();
    expect(files).toHaveLength(10);
    const expected: Output[] = await Promise.all(files.map(async (f) => OutputSchema.parse(JSON.parse(await readFile(join(dir, "out-small", f), "utf8")))));
    expect(rows.length).toBe(expected.flatMap((o) => objectiveRows(o)).length);
    expect(rows.map((r) => r.objective_id)).toEqual(expected.flatMap((o) => objectiveRows(o)).map((r) => r[6]));
  });

  it("--stdout prints results only, one JSON line each with --format jsonl, writes no files, and says so on stderr (without --quiet)", async () => {
    // One run for both: stdout holds the documents only, stderr the summary naming stdout.
    const r = await runMain(["extract", "small/markdown", "--stdout", "--format", "jsonl", "-o", "never"], dir);
    expect(r.code).toBe(0);
    const docs = r.stdout.trimEnd().split("\n").map((l) => OutputSchema.parse(JSON.parse(l)));
    expect(docs).toHaveLength(4);
    expect(docs.every((d) => d.source.format === "markdown")).toBe(true);
    expect(r.stderr).toMatch(/^4 documents: 4 converted, 0 failed in [\d.]+ s .*Output: stdout$/m);
    expect(await glob("never/**", { cwd: dir })).toEqual([]);
  });

  it("--stdout with several inputs prints JSON Lines (one valid document a line); with one, one JSON document", async () => {
    const fixtures = join(repo, "fixtures");
    const several = await runMain(["extract", join(fixtures, "compact-2008-dfs.txt"), join(fixtures, "A-60-209-note.txt"), "--stdout", "-q", "--jobs", "1"], dir);
    expect(several.code).toBe(0);
    const lines = several.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => OutputSchema.parse(JSON.parse(l)).source.file).sort()).toEqual(["A-60-209-note.txt", "compact-2008-dfs.txt"]);
    const one = await runMain(["extract", join(fixtures, "A-60-209-note.txt"), "--stdout", "-q"], dir);
    expect(OutputSchema.parse(JSON.parse(one.stdout)).source.file).toBe("A-60-209-note.txt");
    expect(one.stdout.split("\n").length).toBeGreaterThan(3); // pretty-printed
  });

  it("extract --format csv keeps extra table columns, with CRLF records, on stdout and in objectives.csv alike", async () => {
    const input = join(repo, "fixtures", "compact-2012-ohrm-four-columns.txt");
    const out = await runMain(["extract", input, "--stdout", "--format", "csv", "-q"], dir);
    expect(out.code).toBe(0);
    expect(out.stdout.split("\r\n")[0]).toBe("file,year,entity,entity_acronym,section,section_title,objective_id,objective,accomplishments,measure,targets,risksAndMitigations");
    expect(out.stdout.replace(/"[^"]*"/g, "").replace(/\r\n/g, "")).not.toContain("\n"); // no bare LF record ends
    const rows = parse(out.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r["risksAndMitigations"]!.length > 0).length).toBeGreaterThan(0);
    const file = await runMain(["extract", input, "-o", "out-extra", "--format", "csv", "-q"], dir);
    expect(file.code).toBe(0);
    expect(await readFile(join(dir, "out-extra", "objectives.csv"), "utf8")).toBe(out.stdout);
  });

  it("--quiet prints nothing but the failures; exit 1", async () => {
    const r = await runMain(["extract", "bad", "-o", "out-quiet", "--quiet", "--jobs", "1"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^\s+EMPTY\s+bad\/empty\.txt: the file is empty/)]);
  });

  it("plain log lines when not a TTY: one per document and a summary", () => {
    const r = badLog; // extract bad -o out-rr --jobs 1, run by the set-up
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\[\d\/2\] FAILED   EMPTY\s+bad\/empty\.txt: the file is empty/m);
    expect(r.stderr).toMatch(/^\[\d\/2\] success  bad\/good\.txt → good\.json \(compact, \d+ ms\)$/m);
    expect(r.stderr).toMatch(/^2 documents: 1 converted, 1 failed in [\d.]+ s/m);
  });

  it("--fail-fast starts no new document after the first failure", async () => {
    // Documents go to the workers in input order: with one job, nothing after empty.txt starts.
    const r = await runMain(["extract", "bad/empty.txt", "small/text", "-o", "out-ff", "--jobs", "1", "--fail-fast"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("7 documents: 0 converted, 1 failed");
    expect(r.stderr).toContain("6 not started");
    const manifest = (await readFile(join(dir, "out-ff", "manifest.jsonl"), "utf8")).trimEnd().split("\n");
    expect(manifest.map((l) => (JSON.parse(l) as ManifestEntry).file)).toEqual(["bad/empty.txt"]);
    expect(r.stderr).toMatch(/^\s+EMPTY\s+bad\/empty\.txt/m);
  });

  it("a rerun without --resume starts a new manifest; with --resume it skips unchanged and redoes changed input", async () => {
    // The first run is the set-up's (badLog); this is the rerun.
    expect(badLog.code).toBe(1);
    await runMain(["extract", "bad", "-o", "out-rr", "--jobs", "1"], dir);
    const read = async () => (await readFile(join(dir, "out-rr", "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
    expect(await read()).toHaveLength(2);
    await writeFile(join(dir, "bad", "good.txt"), renderCompactText(synthCompactFacts(100, loadDomainData().missions)));
    const r = await runMain(["extract", "bad", "-o", "out-rr", "--resume", "--jobs", "1"], dir);
    expect(r.code).toBe(1); // empty.txt is retried and fails again
    const entries = await read();
    expect(entries).toHaveLength(4);
    expect(entries.slice(2).map((e) => e.file).sort()).toEqual(["bad/empty.txt", "bad/good.txt"]);
    const again = await runMain(["extract", "bad", "-o", "out-rr", "--resume", "--jobs", "1"], dir);
    expect(again.stderr).toContain("1 skipped (unchanged, --resume)");
  });

  it("a document over the time limit is a TIMEOUT failure; its stack only with --debug", async () => {
    // 1 ms: the worker cannot even start in time. In this process: a process of its own adds nothing here.
    const plain = await runMain(["extract", "bad/good.txt", "-o", "out-to", "--timeout", "0.001"], dir);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^\s+TIMEOUT\s+bad\/good\.txt: no progress for 1 ms; the worker was stopped$/m);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = await runMain(["extract", "bad/good.txt", "-o", "out-to", "--timeout", "0.001", "--debug"], dir);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it("validate accepts outputs and rejects a broken one, listing the path of each issue", async () => {
    // The outputs of one extract run of the shared set-up, not a run of its own.
    const files = (await glob("text/**/*.json", { cwd: join(dir, "out-small"), absolute: true })).sort();
    expect(files).toHaveLength(6);
    const ok = await runMain(["validate", ...files], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split("\n")).toHaveLength(files.length);

    const doc = JSON.parse(await readFile(files[0]!, "utf8")) as Record<string, unknown>;
    await writeFile(join(dir, "broken.json"), JSON.stringify({ ...doc, schemaVersion: 2, status: "done" }));
    await writeFile(join(dir, "not.json"), "{ nope");
    const bad = await runMain(["validate", files[1]!, "broken.json", "not.json"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^invalid broken\.json$/m);
    expect(bad.stdout).toMatch(/^\s+schemaVersion: /m);
    expect(bad.stdout).toMatch(/^\s+status: /m);
    expect(bad.stdout).toMatch(/^invalid not\.json$/m);
    expect(bad.stdout).toMatch(/^ok\s+.*\.json$/m);
  });
});
