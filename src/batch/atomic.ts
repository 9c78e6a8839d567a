import { lstat, mkdir, open, readdir, rename, rm, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { dirname, join, relative, isAbsolute } from "node:path";
import { randomBytes } from "node:crypto";

/** A write would leave the output folder through a symlink (or a non-folder) inside it. */
export class UnsafeOutputPathError extends Error {
  override name = "UnsafeOutputPathError";
}

/**
 * Create the folders from `root` down to `dir` one by one, checking each with lstat: an existing
 * entry must be a real folder, never a symlink (which could lead anywhere) nor a file. `root`
 * itself is the user's choice and is taken as it is.
 */
export async function ensureDirInside(root: string, dir: string): Promise<void> {
  const rel = relative(root, dir);
  if (rel === "") return;
  if (rel.startsWith("..") || isAbsolute(rel)) throw new UnsafeOutputPathError(`${dir} is not inside ${root}`);
  let current = root;
  for (const segment of rel.split(/[\\/]/)) {
    current = join(current, segment);
    const st = await lstat(current).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return null;
      throw e;
    });
    if (st === null) await mkdir(current).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "EEXIST") throw e; // a parallel write made it
    });
    else if (st.isSymbolicLink()) throw new UnsafeOutputPathError(`${current} is a symbolic link; outputs are never written through one`);
    else if (!st.isDirectory()) throw new UnsafeOutputPathError(`${current} is not a folder`);
  }
}

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

  /** `root`: the output folder; every folder below it on the way to `path` is checked (ensureDirInside). */
  static async open(path: string, root?: string): Promise<AtomicFile> {
    if (root === undefined) await mkdir(dirname(path), { recursive: true });
    else await ensureDirInside(root, dirname(path));
    const tmp = tempPathFor(path);
    return new AtomicFile(path, tmp, await open(tmp, "wx"));
  }

  async write(data: string | Uint8Array): Promise<void> {
    // One write() either way (the same as before bytes were taken): the text as UTF-8, or the bytes.
    await (typeof data === "string" ? this.fh.write(data) : this.fh.write(data));
  }

  /**
   * Every piece in one writev (text as UTF-8, bytes as they are): one round trip through libuv's
   * thread pool for a whole output where a write a piece took one each (a child's output is its
   * JSON's bytes and a trailing "\n": two). libuv writes a writev whole, as it does a write.
   */
  async writeAll(pieces: readonly (string | Uint8Array)[]): Promise<void> {
    if (pieces.length === 0) return;
    if (pieces.length === 1) return this.write(pieces[0]!);
    await this.fh.writev(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece, "utf8") : piece)));
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

/** Write a whole file atomically: `data`, or its pieces (text as UTF-8, or bytes) one after the other. */
export async function writeFileAtomic(path: string, data: string | readonly (string | Uint8Array)[], root?: string): Promise<void> {
  const file = await AtomicFile.open(path, root);
  try {
    await file.writeAll(typeof data === "string" ? [data] : data);
    await file.commit();
  } catch (e) {
    await file.discard();
    throw e;
  }
}

/**
 * Remove temp files a killed run left anywhere under `dir`; returns how many. The walk never
 * follows a symlink (directory entries are lstat-typed): a link inside the output folder must not
 * lead the sweep to delete anything outside it. A temp-named symlink is itself removed, not its target.
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) await visit(path);
      else if ((e.isFile() || e.isSymbolicLink()) && e.name.startsWith(TEMP_PREFIX)) {
        await unlink(path).then(() => removed++, () => {});
      }
    }
  };
  await visit(dir);
  return removed;
}
