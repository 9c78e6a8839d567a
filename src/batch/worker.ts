/**
 * The worker module of the batch pool: each child process (child.ts) loads it from dist/. It
 * converts one document and hands back the serialised JSON; all file writing stays in the parent
 * so that a child killed for a time-out or memory can never leave a half-written output behind.
 *
 * OCR: the first scanned page a child meets starts its tesseract engine (extract/ocr/engine.ts,
 * one per process); every later page and document in this child reuses it. It ends with the
 * child: when the pool shuts down, or when a time-out or memory kill stops the child, so a killed
 * document never leaves an OCR engine behind.
 */
import { extract } from "../index.js";
import type { TaskProgress, WorkerTask, WorkerResult } from "./protocol.js";

export default async function convert(task: WorkerTask, hooks?: { progress?: (progress?: TaskProgress) => void }): Promise<WorkerResult> {
  const t0 = performance.now();
  const output = await extract(task.path, {
    fileName: task.fileName,
    ...(hooks?.progress ? { onProgress: hooks.progress } : {}),
    ...(task.ocr !== undefined ? { ocr: task.ocr } : {}),
    ...(task.ocrDpi !== undefined ? { ocrDpi: task.ocrDpi } : {}),
    ...(task.skipPages !== undefined ? { skipPages: task.skipPages } : {}),
  });
  const ms = Math.round(performance.now() - t0);
  return {
    json: JSON.stringify(output, null, 2) + "\n",
    sha256: output.source.sha256,
    bytes: output.source.bytes,
    format: output.source.format,
    pages: output.source.pages,
    schemaVersion: output.schemaVersion,
    kind: output.kind,
    status: output.status,
    warnings: output.warnings.length,
    warningCodes: [...new Set(output.warnings.map((w) => w.code))],
    error: output.error,
    ms,
  };
}
