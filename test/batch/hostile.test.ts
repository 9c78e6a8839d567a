/**
 * Odd file systems around a batch: unreadable folders, symlink loops, links out of the input and
 * output folders, stale locks raced by several runs, stop signals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectInputs } from "../../src/batch/inputs.js";
import { removeStaleTemps, TEMP_PREFIX } from "../../src/batch/atomic.js";
import { ManifestWriter } from "../../src/batch/manifest.js";
import { runBatch } from "../../src/batch/run.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { LOCK_FILE } from "../../src/batch/lock.js";
import { CLI } from "../cli/support.js";
import { manyPagesPdf } from "../../scripts/hostile/pdfs.mjs";

const distWorker = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));
const distInputs = fileURLToPath(new URL("../../dist/batch/inputs.js", import.meta.url));
const distLock = fileURLToPath(new URL("../../dist/batch/lock.js", import.meta.url));
/** Root reads every folder whatever its mode: the walk of an unreadable folder runs as "nobody" then. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "compacts-hostile-"));
  await chmod(dir, 0o755); // readable by "nobody"
});
afterAll(async () => {
  await chmod(join(dir, "in", "locked"), 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

describe("folder walks", () => {
  beforeAll(async () => {
    await mkdir(join(dir, "in", "sub"), { recursive: true });
    await mkdir(join(dir, "in", "locked"));
    await mkdir(join(dir, "outside"));
    await writeFile(join(dir, "in", "a.txt"), "Objective one of a compact.\n");
    await writeFile(join(dir, "in", "sub", "b.txt"), "Objective two of a compact.\n");
    await writeFile(join(dir, "in", "locked", "hidden.txt"), "never read\n");
    await writeFile(join(dir, "outside", "far.txt"), "outside the input folder\n");
    await symlink(join(dir, "outside"), join(dir, "in", "out-link")); // leads outside the root
    await symlink(join(dir, "in", "sub"), join(dir, "in", "sub-again")); // inside: followed, not duplicated
    await symlink(".", join(dir, "in", "sub", "self")); // a loop
    await symlink("loop2.txt", join(dir, "in", "loop1.txt")); // a file symlink loop
    await symlink("loop1.txt", join(dir, "in", "loop2.txt"));
    await chmod(join(dir, "in", "locked"), 0o000);
  });

  it("reports symlink loops as unreadable, follows links only inside the roots, and lists each file once", async () => {
    const got = await collectInputs(["in"], dir);
    const listed = got.inputs.filter((i) => i.unreadable === undefined).map((i) => i.rel);
    expect(listed).toContain("a.txt");
    expect(listed).toContain("sub/b.txt");
    expect(listed.filter((r) => r.endsWith("b.txt"))).toHaveLength(1);
    expect(listed).not.toContain("out-link/far.txt");
    expect(got.notFollowed).toEqual(["in/out-link"]);
    expect(got.inputs.filter((i) => i.rel.startsWith("loop")).map((i) => [i.rel, i.unreadable])).toEqual([
      ["loop1.txt", "cannot read: symbolic link loop"],
      ["loop2.txt", "cannot read: symbolic link loop"],
    ]);
    const wide = await collectInputs(["in"], dir, { followSymlinks: true });
    expect(wide.inputs.map((i) => i.rel)).toContain("out-link/far.txt");
  });

  it("reports a folder it cannot list instead of skipping it", () => {
    // As root nothing is unreadable: the walk runs in a child as "nobody".
    const code = `import(${JSON.stringify(distInputs)}).then(async (m) => process.stdout.write(JSON.stringify((await m.collectInputs(["in"], ${JSON.stringify(dir)})).inputs)))`;
    const run = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
    const inputs = JSON.parse(run.stdout) as Array<{ rel: string; unreadable?: string }>;
    expect(inputs.find((i) => i.rel === "locked")).toEqual(expect.objectContaining({ unreadable: "cannot read the folder: permission denied" }));
    expect(inputs.map((i) => i.rel)).not.toContain("locked/hidden.txt");
  });

  it("records every unreadable path as an IO_ERROR line next to the converted files", async () => {
    const { inputs } = await collectInputs(["in"], dir);
    const summary = await runBatch(
      inputs,
      { outDir: join(dir, "out-walk"), jobs: 1, format: "json", resume: false, failFast: false, timeoutMs: 600_000, maxMemoryMb: 512, workerFile: distWorker },
      { start() {}, document() {} },
    );
    const manifest = (await readFile(join(dir, "out-walk", "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
    const loops = manifest.filter((e) => e.file.includes("loop"));
    expect(loops.map((e) => [e.error?.code, e.bytes])).toEqual([["IO_ERROR", 0], ["IO_ERROR", 0]]);
    expect(summary.failed.map((f) => f.entry.error?.code)).toEqual(["IO_ERROR", "IO_ERROR"]);
    expect(manifest).toHaveLength(inputs.length);
  });
});

describe("writes stay inside the output folder", () => {
  it("the stale-temp sweep never follows a symlink out of the output folder", async () => {
    const out = join(dir, "out-sweep");
    const victim = join(dir, "victim");
    await mkdir(join(out, "sub"), { recursive: true });
    await mkdir(victim);
    await writeFile(join(victim, `${TEMP_PREFIX}precious`), "not ours");
    await writeFile(join(out, "sub", `${TEMP_PREFIX}123-abc`), "stale");
    await symlink(victim, join(out, "link-out"));
    await symlink(join(victim, `${TEMP_PREFIX}precious`), join(out, `${TEMP_PREFIX}999-link`));
    expect(await removeStaleTemps(out)).toBe(2); // the stale temp and the temp-named link itself
    expect(await readFile(join(victim, `${TEMP_PREFIX}precious`), "utf8")).toBe("not ours");
    expect((await lstat(join(out, "link-out"))).isSymbolicLink()).toBe(true);
    expect(await readdir(join(out, "sub"))).toEqual([]);
  });

  it("does not write an output through a symlinked folder, and records that", async () => {
    const out = join(dir, "out-link");
    const elsewhere = join(dir, "elsewhere");
    await mkdir(join(dir, "in-link", "sub"), { recursive: true });
    await writeFile(join(dir, "in-link", "sub", "c.txt"), "Objective three of a compact.\n");
    await mkdir(elsewhere);
    await mkdir(out);
    await symlink(elsewhere, join(out, "sub"));
    const { inputs } = await collectInputs(["in-link"], dir);
    await runBatch(inputs, { outDir: out, jobs: 1, format: "json", resume: false, failFast: false, timeoutMs: 600_000, maxMemoryMb: 512, workerFile: distWorker }, { start() {}, document() {} });
    expect(await readdir(elsewhere)).toEqual([]);
    const [entry] = (await readFile(join(out, "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
    expect(entry?.error?.code).toBe("IO_ERROR");
    expect(entry?.error?.message).toMatch(/symbolic link/);
  });

  it("opens the manifest in append mode and refuses a symlinked one", async () => {
    const out = join(dir, "out-manifest");
    await mkdir(out);
    await writeFile(join(out, "manifest.jsonl"), "old line\n");
    const w = await ManifestWriter.open(join(out, "manifest.jsonl"), true);
    await w.close();
    expect(await readFile(join(out, "manifest.jsonl"), "utf8")).toBe("");
    await writeFile(join(dir, "target.jsonl"), "keep\n");
    await symlink(join(dir, "target.jsonl"), join(out, "link.jsonl"));
    await expect(ManifestWriter.open(join(out, "link.jsonl"), false)).rejects.toMatchObject({ code: "ELOOP" });
    expect(await readFile(join(dir, "target.jsonl"), "utf8")).toBe("keep\n");
  });
});

describe("the output folder lock", () => {
  it("lets exactly one of several runs take over a stale lock", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    // Each contender tries once and prints the outcome; the winner keeps the lock until told (a line
    // on stdin) that every contender has tried: no outcome depends on how fast processes start.
    const code = `import(${JSON.stringify(distLock)}).then(async (m) => {
      let release = null;
      try { release = await m.lockOutputFolder(process.argv[1]); console.log("won"); } catch (e) { console.log(e.name); }
      if (release) { process.stdin.once("data", async () => { await release(); process.exit(0); }); } else process.exit(0);
    })`;
    const CONTENDERS = 5;
    for (let round = 0; round < 2; round++) {
      const out = join(dir, `out-lock-${round}`);
      await mkdir(out);
      await writeFile(join(out, LOCK_FILE), dead);
      const children = Array.from({ length: CONTENDERS }, () => spawn(process.execPath, ["-e", code, out], { stdio: ["pipe", "pipe", "inherit"] }));
      const closed = children.map((child) => new Promise((r) => child.on("close", r)));
      const results = await Promise.all(
        children.map(
          (child) =>
            new Promise<string>((resolve) => {
              let text = "";
              child.stdout.setEncoding("utf8").on("data", (d: string) => {
                text += d;
                if (text.includes("\n")) resolve(text.trim());
              });
            }),
        ),
      );
      for (const child of children) child.stdin.on("error", () => {}).end("release\n"); // a loser has exited already
      await Promise.all(closed);
      expect(results.sort()).toEqual([...Array(CONTENDERS - 1).fill("OutputLockedError"), "won"]);
      expect((await readdir(out)).filter((f) => f.startsWith(".compacts"))).toEqual([]);
    }
  }, 60_000);

  it("SIGTERM ends a run like Ctrl-C: exit 143, lock released, finished documents recorded", async () => {
    const work = join(dir, "term");
    await mkdir(work);
    await writeFile(join(work, "a.txt"), "Objective one of a compact.\n");
    // Long enough to be still running when the signal comes, whatever the machine's load.
    await writeFile(join(work, "b-long.pdf"), manyPagesPdf(4000));
    const child = spawn(process.execPath, [CLI, "extract", "a.txt", "b-long.pdf", "-o", "out", "--jobs", "1"], { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let sent = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.setEncoding("utf8").on("data", (d: string) => {
        stderr += d;
        if (!sent && stderr.includes("[1/2]")) sent = child.kill("SIGTERM"); // once: a second signal during shutdown is a hard kill
      });
      child.on("close", (c) => resolve(c));
    });
    expect(code).toBe(143);
    expect(stderr).toContain("interrupted");
    expect(await readdir(join(work, "out"))).not.toContain(LOCK_FILE);
    const lines = (await readFile(join(work, "out", "manifest.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as ManifestEntry).file)).toEqual(["a.txt"]);
  }, 60_000);
});
