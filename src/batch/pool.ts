import { Piscina } from "piscina";
import type { ErrorCode } from "../model/errors.js";

export interface PoolOptions {
  /** Absolute path of the worker module (default export: task → result). */
  workerFile: string;
  jobs: number;
  /** Per-document wall-clock limit; the worker running it is terminated when it passes. */
  timeoutMs: number;
  /** V8 old-generation heap limit of each worker; a document that needs more kills only its worker. */
  maxMemoryMb: number;
}

export type PoolOutcome<R> =
  | { ok: true; result: R }
  /** `cancel` fired before a worker took the task: it never ran. */
  | { ok: false; code: "CANCELLED" }
  | { ok: false; code: Extract<ErrorCode, "TIMEOUT" | "OUT_OF_MEMORY" | "INTERNAL">; message: string; cause: unknown };

/** Reason given to the AbortController on a time-out, so the rejection can be told apart. */
const TIMEOUT_REASON = "compacts: document time limit";

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/**
 * A pool of worker threads (piscina) that runs one document per worker at a time. A document that
 * hangs past the time limit or exhausts its worker's heap costs that worker only: piscina replaces
 * it and the outcome says TIMEOUT or OUT_OF_MEMORY; any other crash of a worker is INTERNAL.
 * `run` never rejects.
 */
export class DocumentPool<T, R> {
  private readonly piscina: Piscina<T, R>;
  /** Tasks handed to piscina; at most `jobs`, so a task's clock starts when a worker takes it, not in a queue. */
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: PoolOptions) {
    this.piscina = new Piscina<T, R>({
      filename: options.workerFile,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      concurrentTasksPerWorker: 1,
      // Workers stay for the whole batch: starting one costs a module load.
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
      recordTiming: false,
    });
    // A worker that dies with no task is replaced by piscina; nothing to report, nothing to crash.
    this.piscina.on("error", () => {});
  }

  /** Run one task; `cancel` withdraws it if it is still waiting for a worker (--fail-fast). */
  async run(task: T, cancel?: AbortSignal): Promise<PoolOutcome<R>> {
    // A finishing task hands its slot straight to the next waiting one, so the count never overshoots.
    if (this.running < this.options.jobs) this.running++;
    else await new Promise<void>((go) => this.waiting.push(go));
    try {
      if (cancel?.aborted) return { ok: false, code: "CANCELLED" };
      return await this.runNow(task);
    } finally {
      // Handed over on the next turn of the event loop, so the caller sees this outcome first and
      // can still withdraw the waiting tasks (--fail-fast) before the next one starts.
      const next = this.waiting.shift();
      if (next) setImmediate(next);
      else this.running--;
    }
  }

  private async runNow(task: T): Promise<PoolOutcome<R>> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(TIMEOUT_REASON), this.options.timeoutMs);
    try {
      return { ok: true, result: await this.piscina.run(task, { signal: abort.signal }) };
    } catch (e) {
      if (abort.signal.aborted) {
        return { ok: false, code: "TIMEOUT", message: `no result after ${this.options.timeoutMs} ms; the worker was stopped`, cause: e };
      }
      if (errorCode(e) === "ERR_WORKER_OUT_OF_MEMORY") {
        return { ok: false, code: "OUT_OF_MEMORY", message: `the worker ran out of memory (limit ${this.options.maxMemoryMb} MB) and was stopped`, cause: e };
      }
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, code: "INTERNAL", message: `the worker failed: ${message}`, cause: e };
    } finally {
      clearTimeout(timer);
    }
  }

  async destroy(): Promise<void> {
    await this.piscina.destroy();
  }
}
