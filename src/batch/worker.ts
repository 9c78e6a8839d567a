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
import { memoryRelief } from "./relief.js";

/** This process's collection valve (relief.ts), opened at page and stage boundaries. */
const relieveMemory = memoryRelief();
import type { TaskProgress, WorkerTask, WorkerResult } from "./protocol.js";
import { jsonPieces, PIECE_CHARS } from "./json-pieces.js";
import { movingReports } from "./heartbeat.js";

/**
 * `hooks.piece`, when given, takes the output JSON piece by piece as it is serialised (a child
 * sends each to the parent and waits until the channel has taken it): the JSON of a long document
 * (4,000 dense pages: 84 M characters) is never one string here. Without it the pieces are in `json`.
 */
export default async function convert(
  task: WorkerTask,
  hooks?: { progress?: (progress?: TaskProgress) => void; piece?: (text: string) => Promise<void> },
): Promise<WorkerResult> {
  try {
    return await convertOne(task, hooks);
  } finally {
    // A long document may have tightened V8's heap growth (relief.ts); the next one starts with V8's own.
    relieveMemory.settle();
  }
}

async function convertOne(
  task: WorkerTask,
  hooks?: { progress?: (progress?: TaskProgress) => void; piece?: (text: string) => Promise<void> },
): Promise<WorkerResult> {
  const t0 = performance.now();
  const moving = hooks?.progress ? movingReports(() => hooks.progress?.()) : null;
  const output = await extract(task.path, {
    fileName: task.fileName,
    ...(hooks?.progress
      ? {
          onProgress: (p: TaskProgress) => {
            relieveMemory();
            hooks.progress?.(p);
          },
          onStage: () => {
            relieveMemory();
            moving?.stageEnd();
          },
          onHeartbeat: () => moving?.heartbeat(),
        }
      : {}),
    ...(task.ocr !== undefined ? { ocr: task.ocr } : {}),
    ...(task.ocrDpi !== undefined ? { ocrDpi: task.ocrDpi } : {}),
    ...(task.inputFormat !== undefined ? { format: task.inputFormat } : {}),
    ...(task.skipPages !== undefined ? { skipPages: task.skipPages } : {}),
  });
  const ms = Math.round(performance.now() - t0);
  // The pipeline's own objects (the output before validation, its warnings, entities and tables)
  // are garbage now that only the validated output is held, but a heap limit as large as the RSS
  // limit lets them stay until serialisation has added its pieces on top: 4,000 dense pages
  // reached 540 MB here. The valve collects them when the RSS is high, and again as pieces pile up.
  relieveMemory();
  // What the parent gets beside the JSON, taken before the output is used up by its serialisation.
  const summary = {
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
  };
  const json: string[] = [];
  // `release`: each objective, entity, … is dropped once its text is made, so the worker never
  // holds the whole output and its whole text at once (4,000 dense pages: ~150 MB each).
  for (const piece of jsonPieces(output, PIECE_CHARS, { release: true })) {
    if (hooks?.piece) {
      await hooks.piece(piece);
      relieveMemory();
    } else json.push(piece);
  }
  json.push("\n");
  return { json, ...summary, ms };
}
