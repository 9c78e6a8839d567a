import { mkdir, rename, writeFile, open } from "node:fs/promises";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

/** Write a file atomically: a temp file in the same folder, fsync, then rename over the target. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.compacts-tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
  await writeFile(tmp, data);
  const fh = await open(tmp, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
}
