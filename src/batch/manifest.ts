import { constants } from "node:fs";
import { open, readFile, truncate } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import type { ManifestEntry } from "./manifest-schema.js";

export const MANIFEST_FILE = "manifest.jsonl";

export type { ManifestEntry } from "./manifest-schema.js";

export interface ManifestRead {
  entries: ManifestEntry[];
  /** Byte length of the whole lines; anything after it is a line torn by a kill. */
  validBytes: number;
  /** Lines that are complete but not a manifest entry (hand edits, other tools): skipped, counted. */
  invalidLines: number;
  torn: boolean;
}

/**
 * Read a manifest, tolerating a torn last line (a kill -9 between write() calls can leave one):
 * only newline-terminated lines count. A missing manifest is an empty one.
 */
export async function readManifest(path: string): Promise<ManifestRead> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], validBytes: 0, invalidLines: 0, torn: false };
    throw e;
  }
  // The schema (zod) only when there is a manifest to read (--resume): a fresh batch's main process never loads it.
  const { ManifestEntrySchema } = await import("./manifest-schema.js");
  const lastNewline = buf.lastIndexOf(0x0a);
  const validBytes = lastNewline + 1;
  const entries: ManifestEntry[] = [];
  let invalidLines = 0;
  for (const line of buf.subarray(0, validBytes).toString("utf8").split("\n")) {
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      invalidLines++;
      continue;
    }
    const parsed = ManifestEntrySchema.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
    else invalidLines++;
  }
  return { entries, validBytes, invalidLines, torn: validBytes < buf.length };
}

/** Cut a torn last line off, so that the next appended line starts on a line of its own. */
export async function repairManifest(path: string, read: ManifestRead): Promise<void> {
  if (read.torn) await truncate(path, read.validBytes);
}

/**
 * Appends whole lines to the manifest. Each line is one write() on an O_APPEND descriptor, so a
 * kill leaves at worst one torn last line, which readManifest ignores.
 */
export class ManifestWriter {
  private constructor(private readonly fh: FileHandle) {}

  /**
   * Open for appending (O_APPEND: every line lands at the end, whoever else writes); `fresh` empties
   * it first (a run without --resume starts a new manifest). O_NOFOLLOW: a manifest that is a
   * symlink is refused rather than followed out of the output folder.
   */
  static async open(path: string, fresh: boolean): Promise<ManifestWriter> {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW | (fresh ? constants.O_TRUNC : 0);
    return new ManifestWriter(await open(path, flags, 0o644));
  }

  async append(entry: ManifestEntry): Promise<void> {
    await this.fh.write(JSON.stringify(entry) + "\n");
  }

  async close(): Promise<void> {
    await this.fh.sync();
    await this.fh.close();
  }
}

/**
 * The latest successful (success or partial) entry per output name whose schema version is
 * `schemaVersion`: what --resume may skip, provided the input's sha256 still matches.
 */
export function completedEntries(entries: readonly ManifestEntry[], schemaVersion: number): Map<string, ManifestEntry> {
  const done = new Map<string, ManifestEntry>();
  for (const e of entries) {
    if (e.status === "failure" || e.schemaVersion !== schemaVersion) done.delete(e.output);
    else done.set(e.output, e);
  }
  return done;
}
