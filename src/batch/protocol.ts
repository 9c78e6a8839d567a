import type { OcrMode } from "../extract/ocr/options.js";
import type { ErrorInfo } from "../model/doc.js";
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
}

/** What a worker sends back: the output JSON, already serialised, and the facts the manifest needs. */
export interface WorkerResult {
  json: string;
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
