import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

/** Marks an output folder as in use: two runs into one folder would remove each other's temp files. */
export const LOCK_FILE = ".compacts.lock";

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

/**
 * Take the folder's lock, or throw OutputLockedError if a live process holds it. A lock left by a
 * killed run (its process is gone) is taken over. Returns the release function.
 */
export async function lockOutputFolder(outDir: string): Promise<() => Promise<void>> {
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx");
      await fh.write(String(process.pid));
      await fh.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      throw new OutputLockedError(`another compacts run (pid ${holder}) is writing to ${outDir}; wait for it, or delete ${path} if it is gone`);
    }
    await rm(path, { force: true }); // stale: its run was killed
  }
  throw new OutputLockedError(`cannot take the lock ${path}`);
}
