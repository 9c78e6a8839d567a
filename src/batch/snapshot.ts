/**
 * The batch worker's V8 startup snapshot (snapshot-entry.ts): where its files are, what they were
 * made with, and whether a child may start from it. `npm run build` makes it
 * (scripts/bundle-worker.mjs) with the node that builds and an ordinary child's flags for the
 * default `--max-memory`. V8 takes a snapshot only from the same V8 version and flags (the heap
 * limit among them: a child with other flags would not start at all), so a child starts from it only
 * when all of those match; any other child loads the bundle with its code cache as before (child.ts).
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The worker bundle's file name: only a pool running the bundle starts children from its snapshot. */
export const BUNDLE_NAME = "worker.bundle.cjs";

/** `COMPACTS_WORKER_SNAPSHOT=0`: children never start from the snapshot. */
export const WORKER_SNAPSHOT_ENV = "COMPACTS_WORKER_SNAPSHOT";

/** The snapshot's files, beside the worker bundle `bundleFile` (dist/batch/worker.bundle.cjs). */
export function snapshotFiles(bundleFile: string): { entry: string; blob: string; meta: string } {
  const dir = dirname(bundleFile);
  return { entry: join(dir, "worker.snapshot.cjs"), blob: join(dir, "worker.snapshot.blob"), meta: join(dir, "worker.snapshot.json") };
}

/**
 * What a blob was made with (worker.snapshot.json): the node and its V8 flags (the child's and
 * NODE_OPTIONS), the memory limit
 * (the worker read it at build time, relief.ts), and the entry script it was made from, by path,
 * size and time (its paths and the bundle's are in the heap), and the blob's own size.
 */
export interface SnapshotMeta {
  node: string;
  arch: string;
  execArgv: string[];
  /** NODE_OPTIONS, which a child inherits: it may hold V8 flags too. */
  nodeOptions: string;
  maxMemoryMb: number;
  entry: string;
  entryBytes: number;
  entryMtimeMs: number;
  blobBytes: number;
}

/** The meta of a blob made now from `entry` by this node with `execArgv` and `maxMemoryMb`. */
export function snapshotMeta(entry: string, blob: string, execArgv: readonly string[], maxMemoryMb: number): SnapshotMeta {
  const e = statSync(entry);
  return { node: process.version, arch: process.arch, execArgv: [...execArgv], nodeOptions: process.env["NODE_OPTIONS"] ?? "", maxMemoryMb, entry, entryBytes: e.size, entryMtimeMs: e.mtimeMs, blobBytes: statSync(blob).size };
}

/**
 * The blob a child with `execArgv` and `maxMemoryMb` may start from (`--snapshot-blob`), or null:
 * `bundleFile` is not the worker bundle (a test's worker, dist/batch/worker.js), no snapshot beside it, one made by another node or with other flags or limit, from
 * another build of the entry, or turned off by WORKER_SNAPSHOT_ENV.
 */
export function workerSnapshot(bundleFile: string, execArgv: readonly string[], maxMemoryMb: number): string | null {
  if (process.env[WORKER_SNAPSHOT_ENV] === "0" || basename(bundleFile) !== BUNDLE_NAME) return null;
  const { entry, blob, meta } = snapshotFiles(bundleFile);
  try {
    const made = JSON.parse(readFileSync(meta, "utf8")) as SnapshotMeta;
    const now = snapshotMeta(entry, blob, execArgv, maxMemoryMb);
    return JSON.stringify(made) === JSON.stringify(now) ? blob : null;
  } catch {
    return null;
  }
}
