import type { OcrMode } from "../extract/ocr/options.js";
import type { ErrorInfo, PageProgress } from "../model/doc.js";
import type { InputFormat } from "../model/layout.js";
import type { Kind, Status } from "../model/output.js";

/** What the main thread sends a worker: one document to convert. */
export interface WorkerTask {
  path: string;
  /** Recorded as source.file in the output. */
  fileName: string;
  /** OCR of scanned pages (--ocr, --ocr-dpi); the extractor's defaults when absent. */
  ocr?: OcrMode;
  ocrDpi?: number;
  /** The input format forced by --input-format (pdf, text, markdown); sniffed from the content when absent. */
  inputFormat?: InputFormat;
  /** PDF pages not to read: those that overran the page time limit in an earlier attempt. */
  skipPages?: number[];
}

/** Pages read (or skipped) of a long document so far, as a child reports them (extract's PageProgress). */
export type TaskProgress = PageProgress;

/**
 * A piece of a document's output JSON: its text, or its UTF-8 bytes. A child sends the pieces ahead
 * of its result as bytes (child.ts): the main process only writes them to the output file, and a
 * piece sent as text was made a string in the main process's heap and encoded to UTF-8 again by
 * the write — ~40 % of the main process's CPU a document (bench/README.md, "Session 55: h-pool55").
 * Either way the file gets the same bytes: the text's UTF-8.
 */
export type JsonPiece = string | Uint8Array;

/** What a worker sends back: the output JSON, already serialised, and the facts the manifest needs. */
export interface WorkerResult {
  /**
   * The output JSON in pieces, written one after the other. A child sends the pieces ahead of its
   * result (`piece` messages: a long document's JSON is never one string in the child) and its
   * result holds only what it did not send; the pool puts them back together (PoolOutcome.pieces).
   */
  json: JsonPiece[];
  sha256: string;
  bytes: number;
  format: InputFormat;
  pages: number;
  schemaVersion: number;
  kind: Kind;
  status: Status;
  warnings: number;
  warningCodes: string[];
  error: ErrorInfo | null;
  ms: number;
}

/** Parent → child (pool.ts → child.ts): one task. */
export interface ParentMessage {
  id: number;
  task: unknown;
}

/** Child → parent: ready after loading the worker module, then one answer per task. */
export type ChildMessage =
  | { type: "ready" }
  /** The task is still making progress (a PDF page was read): its time limit is extended. */
  | { type: "progress"; id: number; progress?: TaskProgress }
  /** Part of the task's answer, sent ahead of it (the output JSON, in pieces): the UTF-8 bytes of its text. */
  | { type: "piece"; id: number; bytes: Uint8Array }
  | { type: "result"; id: number; result: unknown }
  | { type: "error"; id: number; error: { name: string; message: string; stack?: string } };
