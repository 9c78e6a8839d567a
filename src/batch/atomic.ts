import { mkdir, open, rename, rm } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { glob } from "tinyglobby";

/**
 * Every file the batch writes goes to a temp file in the target's folder first and is renamed over
 * the target once complete and fsynced: a reader (or a crash) never sees a half-written output.
 * Temp files carry this prefix; output names can never start with a dot (names.ts), so a leftover
 * from a killed run is recognisable and removed at the start of the next run.
 */
export const TEMP_PREFIX = ".compacts-tmp-";

function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
}

/** A file being written in pieces (an aggregate such as compacts.jsonl), published by `commit`. */
export class AtomicFile {
  private constructor(
    private readonly path: string,
    private readonly tmp: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(path: string): Promise<AtomicFile> {
    await mkdir(dirname(path), { recursive: true });
    const tmp = tempPathFor(path);
    return new AtomicFile(path, tmp, await open(tmp, "wx"));
  }

  async write(data: string): Promise<void> {
    await this.fh.write(data);
  }

  async commit(): Promise<void> {
    await this.fh.sync();
    await this.fh.close();
    await rename(this.tmp, this.path);
  }

  async discard(): Promise<void> {
    await this.fh.close().catch(() => {});
    await rm(this.tmp, { force: true });
  }
}

/** Write a whole file atomically. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const file = await AtomicFile.open(path);
  try {
    await file.write(data);
    await file.commit();
  } catch (e) {
    await file.discard();
    throw e;
  }
}

/** Remove temp files a killed run left anywhere under `dir`; returns how many. */
export async function removeStaleTemps(dir: string): Promise<number> {
  const stale = await glob(`**/${TEMP_PREFIX}*`, { cwd: dir, dot: true, absolute: true, onlyFiles: true });
  await Promise.all(stale.map((f) => rm(f, { force: true })));
  return stale.length;
}
