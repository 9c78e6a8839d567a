import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUNDLE_NAME, snapshotFiles, snapshotMeta, workerSnapshot, WORKER_SNAPSHOT_ENV } from "../../src/batch/snapshot.js";

/** workerSnapshot: a child starts from the build's snapshot only when everything it was made with matches. */
describe("workerSnapshot", () => {
  let dir: string;
  const flags = ["--max-old-space-size=1920", "--expose-gc"];
  let bundle: string;
  let files: ReturnType<typeof snapshotFiles>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-snapshot-"));
    bundle = join(dir, BUNDLE_NAME);
    files = snapshotFiles(bundle);
    await writeFile(bundle, "module.exports = {};\n");
    await writeFile(files.entry, "// entry\n");
    await writeFile(files.blob, "blob");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const writeMeta = (meta: object) => writeFile(files.meta, JSON.stringify(meta));

  it("takes the blob made with the same node, flags, NODE_OPTIONS, memory limit and entry", async () => {
    await writeMeta(snapshotMeta(files.entry, files.blob, flags, 2048));
    expect(workerSnapshot(bundle, flags, 2048)).toBe(files.blob);
  });

  it("refuses it for other flags, another limit, another node, a rebuilt entry, another worker, or when turned off", async () => {
    const made = snapshotMeta(files.entry, files.blob, flags, 2048);
    await writeMeta(made);
    expect(workerSnapshot(bundle, [...flags, "--single-threaded"], 2048)).toBeNull();
    expect(workerSnapshot(bundle, flags, 1024)).toBeNull();
    expect(workerSnapshot(join(dir, "worker.js"), flags, 2048)).toBeNull();
    const saved = process.env[WORKER_SNAPSHOT_ENV];
    process.env[WORKER_SNAPSHOT_ENV] = "0";
    try {
      expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env[WORKER_SNAPSHOT_ENV];
      else process.env[WORKER_SNAPSHOT_ENV] = saved;
    }
    await writeMeta({ ...made, node: "v0.0.0" });
    expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
    await writeMeta({ ...made, nodeOptions: "--max-old-space-size=100" });
    expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
    await writeMeta(made);
    await utimes(files.entry, new Date(), new Date(Date.now() + 5000));
    expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
  });

  it("answers null without a meta file or with a broken one", async () => {
    await rm(files.meta, { force: true });
    expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
    await writeFile(files.meta, "{");
    expect(workerSnapshot(bundle, flags, 2048)).toBeNull();
  });
});
