import { link, mkdir, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

/** Marks an output folder as in use: two runs into one folder would remove each other's temp files. */
export const LOCK_FILE = ".compacts.lock";
/** Held (as a folder: mkdir is atomic) by the one process replacing a stale lock. */
const TAKEOVER_DIR = `${LOCK_FILE}.takeover`;
/**
 * A takeover folder older than this was left by a process killed in the microseconds it holds
 * one; it is removed. Any live takeover finishes in milliseconds.
 */
const TAKEOVER_STALE_MS = 10_000;
/** Attempts while another process is in the middle of a takeover, and the pause between them. */
const TAKEOVER_ATTEMPTS = 50;
const TAKEOVER_PAUSE_MS = 20;

export class OutputLockedError extends Error {
  override name = "OutputLockedError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, but not ours
  }
}

/** The lock's content: "pid token". A lock written by an older version holds only the pid. */
function holderOf(text: string): { pid: number; token: string } | null {
  const [pid, token = ""] = text.trim().split(/\s+/);
  const n = Number(pid);
  return Number.isInteger(n) && n > 0 ? { pid: n, token } : null;
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Take the folder's lock, or throw OutputLockedError if a live process holds it. Returns the
 * release function (which removes the lock only if it is still ours).
 *
 * Race-free without a lock daemon: the lock file appears with its content in one step (written to
 * a private file, then hard-linked into place: link fails if the lock exists), so nobody ever reads
 * a half-written lock; and a stale lock (its process is gone) is replaced only by the one process
 * that holds the takeover folder, which re-reads the lock after taking it. Two runs that both find
 * the same stale lock cannot both proceed (with a plain "delete stale lock, create mine" the second
 * deletes the first one's fresh lock).
 */
export async function lockOutputFolder(outDir: string): Promise<() => Promise<void>> {
  const path = join(outDir, LOCK_FILE);
  const guard = join(outDir, TAKEOVER_DIR);
  const token = randomBytes(8).toString("hex");
  const mine = `${process.pid} ${token}\n`;
  const release = async () => {
    const now = holderOf(await readFile(path, "utf8").catch(() => ""));
    if (now?.token === token) await unlink(path).catch(() => {});
  };
  const create = async (): Promise<boolean> => {
    const tmp = join(outDir, `${LOCK_FILE}.${process.pid}-${token}`);
    await writeFile(tmp, mine, { flag: "wx" });
    try {
      await link(tmp, path);
      return true;
    } catch (e) {
      if (errno(e) === "EEXIST") return false;
      throw e;
    } finally {
      await unlink(tmp).catch(() => {});
    }
  };
  const lockedBy = (pid: number) =>
    new OutputLockedError(`another compacts run (pid ${pid}) is writing to ${outDir}; wait for it, or delete ${path} if it is gone`);

  for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
    if (await create()) return release;
    const seen = await readFile(path, "utf8").catch(() => null);
    if (seen === null) continue; // released meanwhile: try again
    const holder = holderOf(seen);
    if (holder && isAlive(holder.pid)) throw lockedBy(holder.pid);
    // Stale. Only the holder of the takeover folder may replace it.
    try {
      await mkdir(guard);
    } catch (e) {
      if (errno(e) !== "EEXIST") throw e;
      const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > TAKEOVER_STALE_MS) await rmdir(guard).catch(() => {});
      await pause(TAKEOVER_PAUSE_MS);
      continue;
    }
    try {
      // Still the very lock we judged stale? Someone may have replaced it before we took the guard.
      if ((await readFile(path, "utf8").catch(() => null)) === seen) {
        await unlink(path);
        if (await create()) return release;
      }
    } finally {
      await rmdir(guard).catch(() => {});
    }
  }
  const holder = holderOf(await readFile(path, "utf8").catch(() => ""));
  throw holder ? lockedBy(holder.pid) : new OutputLockedError(`cannot take the lock ${path}`);
}
