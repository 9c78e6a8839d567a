import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManifestWriter, completedEntries, readManifest, repairManifest, type ManifestEntry } from "../../src/batch/manifest.js";

const entry = (output: string, status: ManifestEntry["status"], sha = "a".repeat(64), schemaVersion = 1): ManifestEntry => ({
  file: `in/${output}`,
  output,
  sha256: sha,
  bytes: 10,
  format: "text",
  pages: 1,
  schemaVersion,
  kind: "compact",
  status,
  warnings: 0,
  warningCodes: [],
  ms: 3,
  error: status === "failure" ? { code: "EMPTY", message: "empty" } : null,
});

describe("manifest", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-manifest-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("appends whole lines and reads them back", async () => {
    const path = join(dir, "m1.jsonl");
    const w = await ManifestWriter.open(path, true);
    await w.append(entry("a.json", "success"));
    await w.append(entry("b.json", "failure"));
    await w.close();
    const read = await readManifest(path);
    expect(read.entries.map((e) => [e.output, e.status])).toEqual([
      ["a.json", "success"],
      ["b.json", "failure"],
    ]);
    expect(read.torn).toBe(false);
  });

  it("ignores a torn last line and cuts it off before appending", async () => {
    const path = join(dir, "m2.jsonl");
    await writeFile(path, JSON.stringify(entry("a.json", "success")) + "\n" + '{"file":"in/b.json","outp');
    const read = await readManifest(path);
    expect(read.entries.map((e) => e.output)).toEqual(["a.json"]);
    expect(read.torn).toBe(true);
    await repairManifest(path, read);
    const w = await ManifestWriter.open(path, false);
    await w.append(entry("b.json", "success"));
    await w.close();
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as ManifestEntry).output)).toEqual(["a.json", "b.json"]);
  });

  it("skips complete lines that are not entries, counting them", async () => {
    const path = join(dir, "m3.jsonl");
    await writeFile(path, "not json\n{}\n" + JSON.stringify(entry("a.json", "partial")) + "\n");
    const read = await readManifest(path);
    expect(read.entries).toHaveLength(1);
    expect(read.invalidLines).toBe(2);
  });

  it("a missing manifest is empty", async () => {
    expect((await readManifest(join(dir, "none.jsonl"))).entries).toEqual([]);
  });

  it("completedEntries keeps the latest good entry of the current schema version per output", async () => {
    const done = completedEntries(
      [
        entry("a.json", "success"),
        entry("b.json", "success"),
        entry("b.json", "failure"), // a later failure replaces an earlier success
        entry("c.json", "failure"),
        entry("c.json", "partial", "c".repeat(64)),
        entry("d.json", "success", "d".repeat(64), 0), // older schema version
      ],
      1,
    );
    expect([...done.keys()].sort()).toEqual(["a.json", "c.json"]);
    expect(done.get("c.json")!.sha256).toBe("c".repeat(64));
    await appendFile(join(dir, "unused"), ""); // keep the folder non-empty for afterAll
  });
});
