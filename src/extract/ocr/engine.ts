/**
 * The OCR engine: tesseract.js 7 (Tesseract's LSTM compiled to WebAssembly) with the English
 * model from the `@tesseract.js-data/eng` package, read from node_modules — never downloaded:
 * `langPath` is a local folder and the model cache is off (`cacheMethod: "none"`), so nothing is
 * fetched and nothing is written beside the process.
 *
 * One engine per thread, created on first use and reused for every page and document after it
 * (initialising costs ~0.3 s and ~30 MB). In the batch pool each worker thread thus has its own;
 * it ends with its thread (a terminated thread stops the threads it started). In a plain process
 * the engine's thread is unref'd whenever it is idle, so it never keeps a finished program alive;
 * `shutdownOcr()` ends it explicitly.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Worker as ThreadWorker } from "node:worker_threads";
import type { PSM, Worker as TesseractWorker } from "tesseract.js";
import { ExtractError } from "../../model/errors.js";
import type { OcrBlock } from "./words.js";

/**
 * The integer-quantised "best" LSTM model (2.9 MB): the model tesseract.js itself uses for its
 * default LSTM-only engine; the package's `4.0.0` folder holds the larger legacy+LSTM model,
 * needed only by the legacy engine we do not use.
 */
const MODEL_FOLDER = "4.0.0_best_int";

export interface Recognition {
  blocks: OcrBlock[];
  /** The skew tesseract found and corrected (radians); the word boxes are in the deskewed image. */
  rotateRadians: number;
}

export interface OcrEngine {
  /** Recognise one image (any format Leptonica reads; we send PGM, which carries no DPI: pass it). */
  recognize(image: Uint8Array, dpi: number): Promise<Recognition>;
  /**
   * Recognise a small image holding one printed line (a crop of a page around words read with low
   * confidence, reread.ts): single-line segmentation (`block`: a single uniform block of a few
   * lines), no deskew. Boxes are in the crop's pixels.
   */
  recognizeLine(image: Uint8Array, dpi: number, block?: boolean): Promise<OcrBlock[]>;
  terminate(): Promise<void>;
}

/** The folder holding eng.traineddata.gz, from the installed package (never a URL). */
export function modelPath(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@tesseract.js-data/eng/package.json");
  return join(pkg, "..", MODEL_FOLDER);
}

class TesseractEngine implements OcrEngine {
  private busy = 0;
  private dpi = 0;
  constructor(
    private readonly worker: TesseractWorker,
    private readonly thread: ThreadWorker | null,
    /** Page segmentation modes: automatic for pages, single line for re-read crops. */
    private readonly psm: { page: PSM; line: PSM; block: PSM },
  ) {
    this.thread?.unref();
  }

  async recognize(image: Uint8Array, dpi: number): Promise<Recognition> {
    if (this.busy++ === 0) this.thread?.ref();
    try {
      if (dpi !== this.dpi) {
        // Tesseract scales its size thresholds by the resolution; told it, it need not guess it.
        await this.worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
        this.dpi = dpi;
      }
      // rotateAuto: tesseract measures the skew of the text lines and recognises the deskewed image.
      const r = await this.worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), { rotateAuto: true }, { blocks: true, text: false });
      return { blocks: (r.data.blocks ?? []) as unknown as OcrBlock[], rotateRadians: r.data.rotateRadians ?? 0 };
    } finally {
      if (--this.busy === 0) this.thread?.unref();
    }
  }

  async recognizeLine(image: Uint8Array, dpi: number, block = false): Promise<OcrBlock[]> {
    if (this.busy++ === 0) this.thread?.ref();
    try {
      if (dpi !== this.dpi) {
        await this.worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
        this.dpi = dpi;
      }
      // One line (or one small block): tesseract's page layout analysis is what misread it (two cells' lines taken for
      // one, a block taken for a picture); on the crop alone it only has to read.
      await this.worker.setParameters({ tessedit_pageseg_mode: block ? this.psm.block : this.psm.line });
      try {
        const r = await this.worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { blocks: true, text: false });
        return (r.data.blocks ?? []) as unknown as OcrBlock[];
      } finally {
        await this.worker.setParameters({ tessedit_pageseg_mode: this.psm.page });
      }
    } finally {
      if (--this.busy === 0) this.thread?.unref();
    }
  }

  async terminate(): Promise<void> {
    this.thread?.ref();
    await this.worker.terminate();
  }
}

/** Starts a tesseract worker thread with the local English model. */
export async function createEngine(): Promise<OcrEngine> {
  // tesseract.js does not expose its thread; Node announces every new Worker on `process`.
  let thread: ThreadWorker | null = null;
  const onWorker = (w: ThreadWorker) => {
    thread ??= w;
  };
  // Loaded on first use: a run over text PDFs never pays for tesseract.js.
  const { createWorker, OEM, PSM } = await import("tesseract.js");
  process.on("worker", onWorker);
  let worker: TesseractWorker;
  try {
    worker = await createWorker("eng", OEM.LSTM_ONLY, {
      langPath: modelPath(),
      gzip: true,
      cacheMethod: "none",
      logger: () => {},
      errorHandler: () => {},
    });
  } catch (e) {
    throw new ExtractError("INTERNAL", `cannot start the OCR engine: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    process.off("worker", onWorker);
  }
  // Automatic page segmentation: finds text blocks, columns and table cells itself and reports
  // the skew (rotateAuto needs it); words keep their own boxes, so cell text never runs together.
  // Its diagnostics ("Detected 12 diacritics") would go to our stderr: into the void with them.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: "1", debug_file: "/dev/null" });
  return new TesseractEngine(worker, thread, { page: PSM.AUTO, line: PSM.SINGLE_LINE, block: PSM.SINGLE_BLOCK });
}

/**
 * Development aid for the scoring scripts (scripts/ocr-layouts-score.mjs `--cache`): when this
 * environment variable names a folder, each recognition is stored there under a hash of the image
 * and DPI sent to tesseract, and read back on the next run, so a change to what happens after
 * recognition (words → runs → lines) is measured in seconds instead of minutes. The image is the
 * key, so a change to what tesseract is sent misses the cache by itself. Never set in production.
 */
export const RECOGNITION_CACHE_ENV = "COMPACTS_OCR_CACHE";

/** An engine that reads recognitions from `folder` when it has them and stores new ones there. */
export function cachedEngine(inner: OcrEngine, folder: string): OcrEngine {
  mkdirSync(folder, { recursive: true });
  return {
    async recognize(image, dpi) {
      const key = createHash("sha256").update(image).update(`@${Math.round(dpi)}`).digest("hex");
      const file = join(folder, `${key}.json`);
      try {
        return JSON.parse(readFileSync(file, "utf8")) as Recognition;
      } catch {
        const r = await inner.recognize(image, dpi);
        writeFileSync(file, JSON.stringify(r));
        return r;
      }
    },
    async recognizeLine(image, dpi, block = false) {
      const key = createHash("sha256").update(image).update(`@${Math.round(dpi)}:${block ? "block" : "line"}`).digest("hex");
      const file = join(folder, `${key}.json`);
      try {
        return JSON.parse(readFileSync(file, "utf8")) as OcrBlock[];
      } catch {
        const r = await inner.recognizeLine(image, dpi, block);
        writeFileSync(file, JSON.stringify(r));
        return r;
      }
    },
    terminate: () => inner.terminate(),
  };
}

let shared: Promise<OcrEngine> | null = null;

/** This thread's engine, started on first use. */
export function sharedEngine(): Promise<OcrEngine> {
  const cache = process.env[RECOGNITION_CACHE_ENV];
  shared ??= createEngine().then((e) => (cache ? cachedEngine(e, cache) : e)).catch((e: unknown) => {
    shared = null; // a failed start is retried by the next document
    throw e;
  });
  return shared;
}

/** Ends this thread's engine (if started); the next OCR starts a new one. */
export async function shutdownOcr(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) await (await current).terminate();
}
