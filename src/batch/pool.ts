import { fork, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ErrorCode } from "../model/errors.js";
import type { ChildMessage, ParentMessage, TaskProgress } from "./protocol.js";
import { MAX_MEMORY_ENV } from "./relief.js";

/**
 * The child host (child.ts) always runs compiled: from dist/ when this module is itself compiled,
 * and from the built dist/ when tests import the sources (test/global-setup.ts builds it first).
 */
export const DEFAULT_HOST_FILE = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "../../dist/batch/child.js" : "./child.js", import.meta.url));

export interface PoolOptions<T = unknown> {
  /** Absolute path of the worker module (default export: task → result). */
  workerFile: string;
  jobs: number;
  /**
   * Time limit, counted from when a ready child takes the task: the most a document may go
   * without progress (for a PDF: the most one page may take). A document that keeps reporting
   * progress gets up to LONG_DOCUMENT_FACTOR times this in all. Past either, its child is killed.
   */
  timeoutMs: number;
  /** Limit in all for a document that keeps progressing; default timeoutMs × LONG_DOCUMENT_FACTOR. */
  totalTimeoutMs?: number;
  /**
   * Time limit of one page, for a task that reports its pages (a PDF): while its pages are being
   * read, this is the most it may go without reporting the next one. A page over it has its child
   * killed, and the task runs again in a fresh child as `skipPage` says (without that page), within
   * the same total limit; without `skipPage`, or when it gives null, the task ends as TIMEOUT.
   */
  pageTimeoutMs?: number;
  skipPage?: (task: T, page: number) => T | null;
  /**
   * Memory limit of each child in MB: its resident set size (everything it holds: V8 heap,
   * Buffers, decoded streams, native memory), checked every RSS_POLL_MS, and its V8 heap limit.
   */
  maxMemoryMb: number;
  /** The child host script; DEFAULT_HOST_FILE unless a test says otherwise. */
  hostFile?: string;
}

export type PoolOutcome<R> =
  /** `pieces`: what the task sent ahead of its result (ChildMessage "piece": UTF-8 bytes), in order. */
  | { ok: true; result: R; pieces: Uint8Array[] }
  /** `cancel` fired before a child took the task, or the run is being torn down (interrupt): it never finished. */
  | { ok: false; code: "CANCELLED" }
  | { ok: false; code: Extract<ErrorCode, "TIMEOUT" | "OUT_OF_MEMORY" | "INTERNAL">; message: string; cause: unknown };

/**
 * How often a busy child's RSS is read: every RSS_POLL_MS while it is near its limit, less often
 * while it is far below (nextRssPollMs). A decoder fills memory at most at inflate speed
 * (FILL_MB_PER_MS), so 50 ms lets a child overshoot its limit by some tens of MB at most.
 */
const RSS_POLL_MS = 50;
/**
 * The fastest a worker is taken to fill memory, MB per ms: inflate speed, well under 2 GB/s on any
 * machine we target.
 */
const FILL_MB_PER_MS = 2;
/**
 * The longest wait between two reads of a busy child's RSS, whatever its headroom: bounds what a
 * child filling memory faster than FILL_MB_PER_MS could overshoot by (5× the 50 ms poll's).
 */
const RSS_POLL_MAX_MS = 250;

/**
 * When to read a busy child's RSS next, given its last reading (null: none yet, or no /proc):
 * no sooner than the child could reach `limitMb` at FILL_MB_PER_MS, so it overshoots by no more
 * than a 50 ms poll lets it (at most FILL_MB_PER_MS × RSS_POLL_MS), and within RSS_POLL_MS..
 * RSS_POLL_MAX_MS. A PDF worker holds ~150–250 MB of a 2,048 MB limit: it is read every 250 ms, not
 * every 50 — each read was ~10 % of the main process's CPU at --jobs 2 (bench/README.md, "Session
 * 56: h-main56"), taken from the workers on a 2-core machine.
 */
export function nextRssPollMs(rssMb: number | null, limitMb: number): number {
  if (rssMb === null) return RSS_POLL_MS;
  return Math.min(RSS_POLL_MAX_MS, Math.max(RSS_POLL_MS, (limitMb - rssMb) / FILL_MB_PER_MS));
}
/**
 * A child whose RSS is above this share of the limit after a document is replaced before the next
 * one: V8 and malloc keep freed memory, and the next document must get the whole limit.
 */
const RECYCLE_SHARE = 0.6;
/**
 * How many times the time limit a document that keeps progressing may take in all: a healthy
 * 4,000-page PDF needs ~25–60 s on a 2-core machine, near the default 120 s per-document limit,
 * while no single page needs more than a second; ten times still ends a document that crawls.
 */
export const LONG_DOCUMENT_FACTOR = 10;
/**
 * The young-generation semi-space of a lean child, MB: one that runs a large input alone
 * (`run(…, large)`). V8 sizes the young generation for speed (16 MB semi-spaces, committed three
 * times over); the RSS limit pays for it. Measured reading 4,000 dense PDF pages in one process:
 * 2 MB keeps ~20–25 MB less resident (heap committed 144 vs 168 MB at page 2,000), which a
 * 4,000-page document within `--max-memory 512` needs. It is not free: every small document
 * scavenges eight times as often and promotes early, and the batch of 104 corpus PDFs cost
 * ~40 % more CPU than with V8's young generation (14.4 vs 10.1 s, bench/README.md): ordinary
 * children keep V8's own.
 */
export const LEAN_SEMI_SPACE_MB = 2;
/**
 * What a PDF worker holds outside its V8 heap, MB: code, pdf.js and the native libraries (~100 MB
 * resident) and pdf.js's copy of the file being read. The child's heap limit is its RSS limit less
 * this, so that V8 collects before garbage alone takes the process past the RSS limit: with the
 * heap limit equal to the RSS limit, 4,000 dense pages (live heap ≤ ~300 MB) were killed at 514 MB
 * under `--max-memory 512` by what V8 had not yet collected in the stages after reading.
 */
export const NON_HEAP_MB = 128;
/** The heap limit is never less than this share of the RSS limit (a small `--max-memory`). */
const MIN_HEAP_SHARE = 0.5;

/** The V8 heap limit (`--max-old-space-size`) of a child whose RSS limit is `maxMemoryMb`. */
export function heapLimitMb(maxMemoryMb: number): number {
  return Math.max(Math.round(maxMemoryMb * MIN_HEAP_SHARE), maxMemoryMb - NON_HEAP_MB);
}

/**
 * V8 flag of an ordinary child: no background threads of V8's own (concurrent and parallel GC,
 * concurrent compilers). A child is one document at a time on one thread, and the pool runs one
 * child per core, so V8's helper threads only compete with the other children for the cores.
 * Measured by the lead on this 2-core machine idle (load < 0.7; 104 corpus PDFs, `compacts
 * extract`, wall / CPU of the process tree): `--jobs 1` 7.8–8.4 s / 10.7–10.8 s with V8's threads,
 * 7.9–9.4 s / 8.2–9.8 s without (the same wall, ~2 s less CPU: the threads bought no time even with
 * a core to spare); `--jobs 2` 7.0–7.7 s / 13.3–14.6 s with, **6.2–6.3 s** / 11.9–12.3 s without.
 * `--single-threaded-gc` alone was in between. OCR (tesseract's WebAssembly) costs the same CPU
 * either way (three scans, 28 s each way). The lean child keeps V8's threads: its peak memory
 * under `--max-memory 512` (npm run hostile) was measured with them, and concurrent marking
 * bounds how much garbage it holds.
 *
 * `--interrupt-budget`, eight times V8's default (67,584): how much bytecode a function runs before
 * V8 considers optimising it. V8's default is set for a compiler on a background thread; in a
 * single-threaded child every TurboFan compilation runs on the document's own thread, and the
 * default has a fresh child compile early, on thin type feedback, and throw much of it away.
 * Measured (session 46, bench/README.md, one child as the pool starts it, 40 corpus texts, load
 * ~15): 550 optimisations and 220 deoptimisations at the default, 105 and 19 at 8×; the child's
 * CPU over its first 40 texts 4.4–6.1 s → 2.5–3.6 s, over 40 corpus PDFs 7.4–9.1 s → 5.3–5.9 s,
 * and no loss once warm (documents 81–160: 4.1–4.8 s → 3.7–4.0 s). 2× and 4× gave part of it,
 * 16× no more. A setting of when to optimise, not of what the code computes: outputs identical.
 *
 * `--no-lazy-feedback-allocation`: a function gets its feedback vector (where V8 records the types it
 * meets) on its first call rather than once it has run a while (V8's feedback-allocation budget),
 * so a fresh child's ICs learn from its first calls on and reach baseline and optimised code
 * sooner. Measured
 * (session 47, bench/child-warmup.mjs, one child as the pool starts it, its CPU over its first 40
 * documents, flag sets interleaved, medians of 3–4 rounds at load 11–17): 40 corpus texts 3.02 →
 * 2.82 s, 2.97 → 2.87 s, 3.05 → 3.02 s; 40 corpus PDFs 5.76 → 5.45 s, 5.59 → 5.30 s. A setting
 * of when V8 records feedback, not of what the code computes: outputs identical.
 */
export const ORDINARY_CHILD_FLAGS = ["--single-threaded", `--interrupt-budget=${8 * 67_584}`, "--no-lazy-feedback-allocation"] as const;

/**
 * The node flags of a child: the heap limit (heapLimitMb), `--expose-gc` for the worker's
 * collection valve (relief.ts), then ORDINARY_CHILD_FLAGS, or for a lean child its small young
 * generation — never the parent's flags (a test runner's loaders, --inspect).
 */
export function childExecArgv(maxMemoryMb: number, lean: boolean): string[] {
  return [`--max-old-space-size=${heapLimitMb(maxMemoryMb)}`, "--expose-gc", ...(lean ? [`--max-semi-space-size=${LEAN_SEMI_SPACE_MB}`] : ORDINARY_CHILD_FLAGS)];
}
/**
 * glibc's allocator, tuned for a process whose RSS is its limit (ignored by other C libraries):
 * a fixed mmap threshold, so every large block (pdf.js's buffers, typed arrays) is given back to
 * the system when freed — by default the threshold rises with each large block freed, up to 32 MB,
 * and up to twice that stays resident as free heap — and two arenas instead of eight per core
 * (V8's and libuv's threads each get their own, each keeping its own free memory).
 */
const MALLOC_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: String(128 * 1024) } as const;
/** Bytes of a child's stderr kept to explain its death (V8's heap-limit message is short). */
const STDERR_TAIL_BYTES = 4096;
/** What V8 prints when a heap limit ends a process. */
const V8_HEAP_DEATH = /heap out of memory|Reached heap limit|allocation failed/i;
/** Signals that mean "someone outside stopped this run" rather than "this document broke the child". */
const EXTERNAL_STOP_SIGNALS = new Set<NodeJS.Signals>(["SIGTERM", "SIGHUP", "SIGINT"]);

/** The VmRSS line of /proc/PID/status, in kB. */
const VM_RSS = /VmRSS:\s+(\d+) kB/;

/** Bytes read of /proc/PID/status: the file is ~1.5 KB, and VmRSS is in its first half. */
const STATUS_READ_BYTES = 4096;

/**
 * One child's resident set size in MB, from /proc (Linux): its /proc/PID/status is opened at the
 * first reading and kept open for the child's life, each reading one pread from offset 0 into one
 * buffer instead of readFileSync's open, fstat, reads and close (~10 against ~25 µs). null where
 * there is no /proc, or once the process is gone; `close` when the child has ended.
 */
export class RssReader {
  private fd: number | null = null;
  private readonly buffer = Buffer.allocUnsafe(STATUS_READ_BYTES);

  constructor(private readonly pid: number) {}

  read(): number | null {
    try {
      this.fd ??= openSync(`/proc/${this.pid}/status`, "r");
      const n = readSync(this.fd, this.buffer, 0, STATUS_READ_BYTES, 0);
      const m = VM_RSS.exec(this.buffer.toString("latin1", 0, n));
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      this.close();
      return null;
    }
  }

  close(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // already closed: nothing to release
    }
    this.fd = null;
  }
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };
/** A task's limit in all (over its attempts): null until a ready child first takes the task. */
type TotalClock = { deadline: number | null };
type Answer =
  | { type: "result"; result: unknown; pieces: Uint8Array[] }
  | { type: "error"; error: { name: string; message: string; stack?: string } }
  /** The child ended while running the task. */
  | ({ type: "exit" } & Exit)
  /** The child ended before it was ready: the task never reached it. */
  | { type: "no-start"; message: string }
  /** The child ended while the task was queued behind another: the task never started. */
  | { type: "unstarted" };
/**
 * Tasks a child holds at once: the one it runs and the next, sent ahead so that the child starts it
 * as soon as it has sent its result, without waiting for the main process to receive that result
 * and answer with a task (a round trip through a busy main process: 5–7 ms a document at load ~11,
 * bench/README.md "Session 46" and "Session 47").
 */
export const TASKS_PER_CHILD = 2;
/** One task sent to (or about to be sent to) a child, in the order the child runs them. */
type Pending = {
  id: number;
  resolve: (a: Answer) => void;
  progress: (p: TaskProgress | undefined) => void;
  /**
   * Called once, when the child is ready and the task is the one it runs (its clocks start then);
   * `afterAnother`: the child began it on its own, having just answered the task before it.
   */
  started: (afterAnother: boolean) => void;
  pieces: Uint8Array[];
  running: boolean;
};

class Child {
  readonly process: ChildProcess;
  readonly exited: Promise<Exit>;
  /** Why we killed it, if we did ("withdraw": its task was withdrawn after the child had begun it). */
  killedFor: "timeout" | "timeout-page" | "timeout-total" | "memory" | "recycle" | "destroy" | "withdraw" | null = null;
  alive = true;
  stderrTail = "";
  peakRssMb = 0;
  /** The last RSS read (MB), null before the first: where the next document's first poll starts from. */
  lastRssMb: number | null = null;
  private readonly rss: RssReader;
  /** Tasks sent, in order: the first runs (once the child is ready), the others wait in the child. */
  private readonly tasks: Pending[] = [];
  /** Tasks asked before the child was ready: sent when it says so. */
  private readonly unsent = new Map<number, unknown>();
  /** Places promised to tasks that have not been sent yet (DocumentPool.pump → ask). */
  reserved = 0;
  /** When the running task started (performance.now()); Infinity before the child is ready or while it has none. */
  runningSince = Infinity;
  private isReady = false;
  private exit: Exit | null = null;
  private nextId = 1;

  /**
   * @param lean runs one large input with a small young generation (childExecArgv), then ends:
   * never reused for ordinary documents, which it would run slower.
   */
  constructor(hostFile: string, workerFile: string, maxMemoryMb: number, readonly lean: boolean) {
    this.process = fork(hostFile, [workerFile], {
      execArgv: childExecArgv(maxMemoryMb, lean),
      env: { ...process.env, ...MALLOC_ENV, [MAX_MEMORY_ENV]: String(maxMemoryMb) },
      // stdout ignored: a library that logs must not corrupt --stdout output.
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    this.rss = new RssReader(this.process.pid ?? -1);
    this.process.stderr?.on("data", (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString("utf8")).slice(-STDERR_TAIL_BYTES);
    });
    this.exited = new Promise((resolve) =>
      // "close", not "exit": it comes after the stderr pipe is drained, so the tail is complete.
      this.process.once("close", (code: number | null, signal: NodeJS.Signals | null) => {
        this.alive = false;
        this.exit = { code, signal };
        this.rss.close();
        this.runningSince = Infinity;
        // The running task ended with the child; the ones behind it never started (the pool runs them again).
        const [first, ...behind] = this.tasks.splice(0);
        if (first) first.resolve(first.running ? { type: "exit", code, signal } : this.notStarted());
        for (const p of behind) p.resolve(this.notStarted());
        resolve({ code, signal });
      }),
    );
    this.process.on("message", (m: ChildMessage) => {
      if (m.type === "ready") {
        this.isReady = true;
        for (const p of this.tasks) this.process.send({ id: p.id, task: this.unsent.get(p.id) } satisfies ParentMessage);
        this.unsent.clear();
        this.startFirst(false);
        return;
      }
      if (m.type === "progress") return this.tasks.find((p) => p.id === m.id)?.progress(m.progress);
      if (m.type === "piece") return void this.tasks.find((p) => p.id === m.id)?.pieces.push(m.bytes);
      // A child runs its tasks in order: an answer is the first one's.
      const p = this.tasks[0];
      if (p?.id !== m.id) return;
      this.tasks.shift();
      this.runningSince = Infinity;
      // The next task is already running in the child: its clocks start before this answer is handled.
      this.startFirst(true);
      p.resolve(m.type === "result" ? { type: "result", result: m.result, pieces: p.pieces } : { type: "error", error: m.error });
    });
    this.process.on("error", () => {}); // a failed send to a dead child: its exit tells the story
  }

  /** Tasks held, sent or promised. */
  get load(): number {
    return this.tasks.length + this.reserved;
  }

  private notStarted(): Answer {
    return this.isReady ? { type: "unstarted" } : { type: "no-start", message: `the worker process exited while starting: ${this.stderrTail.trim() || "no message"}` };
  }

  private startFirst(afterAnother: boolean): void {
    const p = this.tasks[0];
    if (!this.isReady || !p || p.running) return;
    p.running = true;
    this.runningSince = performance.now();
    p.started(afterAnother);
  }

  /**
   * Send one task (queued in the child behind the ones it holds); resolves with its answer, or
   * with the child's end if it comes first. `started` is called when the child begins it. (Not a
   * race against `exited`: every document would leave a reaction on that long-lived promise
   * holding its answer — the whole output JSON — until the child ends, so the main process grew
   * with the batch.)
   */
  ask(task: unknown, progress: (p: TaskProgress | undefined) => void, started: (afterAnother: boolean) => void): Promise<Answer> {
    const id = this.nextId++;
    if (this.exit) return Promise.resolve(this.notStarted());
    return new Promise((resolve) => {
      this.tasks.push({ id, resolve, progress, started, pieces: [], running: false });
      if (this.isReady) this.process.send({ id, task } satisfies ParentMessage);
      else this.unsent.set(id, task);
      this.startFirst(false);
    });
  }

  kill(reason: NonNullable<Child["killedFor"]>): void {
    if (!this.alive) return;
    this.killedFor ??= reason;
    this.process.kill("SIGKILL");
  }

  sampleRss(): number | null {
    const rss = this.alive ? this.rss.read() : null;
    if (rss !== null) this.peakRssMb = Math.max(this.peakRssMb, rss);
    this.lastRssMb = rss;
    return rss;
  }
}

/** A task waiting for a place in a child; `take` gets the child (its place reserved), or null when the pool is gone. */
type Waiter = { large: boolean; take: (child: Child | null) => void };
/** What one attempt came to: an outcome, a page past the page limit, or "run it again" (it never started). */
type Attempt<R> = PoolOutcome<R> | { stalledPage: number; outcome: PoolOutcome<R> } | { again: true };

/**
 * A pool of child processes that runs one document per child at a time. Processes, not threads
 * (docs/batch.md has the measurements): a child's whole memory — V8 heap, Buffers, decoded PDF
 * streams — is its RSS, which the parent reads and bounds, and killing a child returns all of it
 * to the system. A document that passes the time or memory limit costs its child only: it is
 * killed, the outcome says TIMEOUT or OUT_OF_MEMORY, and a fresh child takes the next document.
 * Any other death is INTERNAL. `run` never rejects.
 *
 * Each child holds up to TASKS_PER_CHILD tasks: the one it runs and the next, which it starts on
 * its own. A task's clocks start when its child begins it; a task queued behind one that kills its
 * child (time, memory, crash) never started, and runs again in another child as if it had waited.
 */
export class DocumentPool<T, R> {
  /** Tasks waiting for a place in a child, in order (a task run again goes first). */
  private readonly waiting: Waiter[] = [];
  private readonly all = new Set<Child>();
  private destroyed = false;
  private pumpDue = false;

  constructor(private readonly options: PoolOptions<T>) {}

  private get totalTimeoutMs(): number {
    return this.options.totalTimeoutMs ?? this.options.timeoutMs * LONG_DOCUMENT_FACTOR;
  }

  private spawn(lean: boolean): Child {
    const child = new Child(this.options.hostFile ?? DEFAULT_HOST_FILE, this.options.workerFile, this.options.maxMemoryMb, lean);
    this.all.add(child);
    void child.exited.then(() => {
      this.all.delete(child);
      this.schedulePump();
    });
    return child;
  }

  /**
   * The child the first waiting task goes to now, if any: one with nothing to do; a new one while
   * fewer than `jobs` live; else, not for a large task, the place behind the task that has run
   * longest. With more than one child, a task is queued behind another only while more tasks wait
   * behind it: the last tasks of a batch go to whichever child is free first, so that one child does
   * not end with two documents while the other has none. A large task gets a new lean child, in
   * place of an idle one, so there are never more processes than jobs.
   */
  private placeFor(large: boolean, moreWaiting: boolean): Child | null {
    const live = [...this.all].filter((c) => c.alive && c.killedFor === null);
    const idle = live.find((c) => c.load === 0 && !c.lean);
    if (large) {
      if (idle) idle.kill("recycle");
      else if (live.length >= this.options.jobs) return null;
      return this.spawn(true);
    }
    if (idle) return idle;
    if (live.length < this.options.jobs) return this.spawn(false);
    if (this.options.jobs > 1 && !moreWaiting) return null;
    let best: Child | null = null;
    for (const c of live) if (!c.lean && c.load < TASKS_PER_CHILD && (best === null || c.runningSince < best.runningSince)) best = c;
    return best;
  }

  /** Places for the waiting tasks, in order, as far as there is room. */
  private pump(): void {
    while (this.waiting.length > 0) {
      const first = this.waiting[0]!;
      const child = this.destroyed ? null : this.placeFor(first.large, this.waiting.length > 1);
      if (child === null && !this.destroyed) return;
      this.waiting.shift();
      if (child) child.reserved++;
      first.take(child);
    }
  }

  /**
   * On the next turn of the event loop, so that whoever hears an outcome first can still withdraw
   * the waiting tasks (--fail-fast) before they are placed.
   */
  private schedulePump(): void {
    if (this.pumpDue) return;
    this.pumpDue = true;
    setImmediate(() => {
      this.pumpDue = false;
      this.pump();
    });
  }

  /**
   * A child for a task, its place reserved: at once when no task waits before it, else when its turn
   * comes; null when the pool is destroyed. `first` (a task run again): before every waiting task, on
   * the next turn of the event loop, once whoever heard the outcome that sent it back has had a turn
   * to withdraw it (--fail-fast).
   */
  private place(large: boolean, first: boolean): Child | Promise<Child | null> {
    if (first) {
      return new Promise((take) => {
        this.waiting.unshift({ large, take });
        this.schedulePump();
      });
    }
    if (!this.destroyed && this.waiting.length === 0) {
      const child = this.placeFor(large, false);
      if (child) {
        child.reserved++;
        return child;
      }
    }
    return new Promise((take) => {
      this.waiting.push({ large, take });
      this.pump();
    });
  }

  /**
   * Run one task; `cancel` withdraws it if it has not started yet (--fail-fast);
   * `onPages` hears the pages a child reports for it (a long PDF), for a progress display;
   * `large` runs it in a new lean child (childExecArgv), rather than one that may still hold memory
   * of earlier tasks, and ends that child after it.
   */
  async run(task: T, cancel?: AbortSignal, onPages?: (progress: TaskProgress) => void, large = false): Promise<PoolOutcome<R>> {
    try {
      return await this.runNow(task, cancel, onPages, large);
    } finally {
      // Its child has room for another task now (or has gone).
      this.schedulePump();
    }
  }

  private async runNow(task: T, cancel: AbortSignal | undefined, onPages: ((progress: TaskProgress) => void) | undefined, large: boolean): Promise<PoolOutcome<R>> {
    // One total clock over every attempt of this task, started when the first child begins it (as
    // the no-progress clock): a child's start-up is not the document's time, and on a loaded
    // machine it took seconds.
    const clock: TotalClock = { deadline: null };
    let current = task;
    let again = false;
    for (;;) {
      const attempt = await this.attempt(current, cancel, onPages, clock, large, again);
      again = true;
      // It never started (its child ended with the task before it): placed again, first in line.
      if ("again" in attempt) continue;
      if (!("stalledPage" in attempt)) return attempt;
      const next = this.options.skipPage?.(current, attempt.stalledPage) ?? null;
      if (next === null || this.destroyed) return attempt.outcome;
      current = next;
    }
  }

  /**
   * One run of a task in one child. A child killed because a page went past the page limit gives
   * `stalledPage` (the page after the last one reported) besides its TIMEOUT outcome; a task whose
   * child ended before it started gives `again`.
   */
  private async attempt(
    task: T,
    cancel: AbortSignal | undefined,
    onPages: ((progress: TaskProgress) => void) | undefined,
    clock: TotalClock,
    large: boolean,
    first: boolean,
  ): Promise<Attempt<R>> {
    const placed = this.place(large, first);
    const child = placed instanceof Child ? placed : await placed;
    if (child === null) return { ok: false, code: "CANCELLED" };
    if (cancel?.aborted || this.destroyed) {
      child.reserved--;
      this.schedulePump();
      return { ok: false, code: "CANCELLED" };
    }
    const limit = this.options.maxMemoryMb;
    const pageLimit = this.options.pageTimeoutMs;
    /** The last page progress reported: while pages are being read, the page clock applies. */
    let last: TaskProgress | undefined;
    const readingPages = () => pageLimit !== undefined && last?.unit === "page" && last.page < last.pages;
    // Two clocks: no progress for timeoutMs (pageTimeoutMs between pages; restarted by each
    // progress report), and the total over all attempts. Both, and the memory watch, start when
    // the child begins the task.
    const arm = () => (readingPages() ? setTimeout(() => child.kill("timeout-page"), pageLimit) : setTimeout(() => child.kill("timeout"), this.options.timeoutMs));
    let stall: NodeJS.Timeout | undefined;
    let total: NodeJS.Timeout | undefined;
    let poll: NodeJS.Timeout | undefined;
    let answered = false;
    const startClocks = () => {
      if (answered || stall !== undefined) return;
      clock.deadline ??= performance.now() + this.totalTimeoutMs;
      stall = arm();
      total = setTimeout(() => child.kill("timeout-total"), Math.max(0, clock.deadline - performance.now()));
      const watch = () => {
        const rss = child.sampleRss();
        if (rss !== null && rss > limit) child.kill("memory");
        else poll = setTimeout(watch, nextRssPollMs(rss, limit));
      };
      poll = setTimeout(watch, nextRssPollMs(child.lastRssMb, limit));
    };
    /** Set when the child began the task on its own and, by then, the task had been withdrawn. */
    let withdrawn = false;
    let checked: Promise<void> | undefined;
    const started = (afterAnother: boolean) => {
      if (!afterAnother) return startClocks();
      // The child began it on its own, as it sent the task before it: withdrawn if that task's
      // outcome stops the batch (--fail-fast), as it would have been had it still been waiting.
      // Checked on the next turn, once whoever hears that outcome has heard it.
      checked = new Promise<void>((go) =>
        setImmediate(() => {
          withdrawn = cancel?.aborted === true || this.destroyed;
          if (withdrawn && !answered) child.kill("withdraw");
          else startClocks();
          go();
        }),
      );
    };
    const onProgress = (p: TaskProgress | undefined) => {
      if (p) last = p;
      if (stall !== undefined) {
        clearTimeout(stall);
        stall = arm();
      }
      if (p) onPages?.(p);
    };
    child.reserved--;
    try {
      const answer = await child.ask(task, onProgress, started);
      answered = true;
      // An answer that came before the check (a short task): withdrawn all the same.
      await checked;
      if (withdrawn) {
        if (answer.type === "result" || answer.type === "error") this.release(child);
        return { ok: false, code: "CANCELLED" };
      }
      if (answer.type === "result") {
        this.release(child);
        return { ok: true, result: answer.result as R, pieces: answer.pieces };
      }
      if (answer.type === "error") {
        this.release(child);
        const cause = Object.assign(new Error(answer.error.message), answer.error);
        return { ok: false, code: "INTERNAL", message: `the worker failed: ${answer.error.message}`, cause };
      }
      if (answer.type === "unstarted") return this.destroyed ? { ok: false, code: "CANCELLED" } : { again: true };
      if (answer.type === "no-start") {
        if (this.destroyed) return { ok: false, code: "CANCELLED" };
        return { ok: false, code: "INTERNAL", message: answer.message, cause: new Error(answer.message) };
      }
      // Replaced for its memory after the task before, which it had begun on its own: not this task's doing.
      if (child.killedFor === "recycle" && !this.destroyed) return { again: true };
      const outcome = this.deathOutcome(child, answer.code, answer.signal, last);
      return child.killedFor === "timeout-page" && last !== undefined ? { stalledPage: last.page + 1, outcome } : outcome;
    } finally {
      answered = true;
      clearTimeout(stall);
      clearTimeout(total);
      clearTimeout(poll);
    }
  }

  /**
   * Kept for the next task, unless it is lean (its large input done) or kept so much memory that
   * the next document would start short.
   */
  private release(child: Child): void {
    const rss = child.sampleRss();
    if (this.destroyed || !child.alive) return;
    if (child.lean || (rss !== null && rss > this.options.maxMemoryMb * RECYCLE_SHARE)) child.kill("recycle");
  }

  private deathOutcome(child: Child, code: number | null, signal: NodeJS.Signals | null, last: TaskProgress | undefined): PoolOutcome<R> {
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    const cause = new Error(`worker process ended (${how})${child.stderrTail ? `: ${child.stderrTail.trim()}` : ""}`);
    const limit = this.options.maxMemoryMb;
    if (this.destroyed || child.killedFor === "destroy" || child.killedFor === "withdraw") return { ok: false, code: "CANCELLED" };
    if (child.killedFor === "timeout") return { ok: false, code: "TIMEOUT", message: `no progress for ${this.options.timeoutMs} ms; the worker was stopped`, cause };
    if (child.killedFor === "timeout-page") {
      const page = (last?.page ?? 0) + 1;
      return { ok: false, code: "TIMEOUT", message: `page ${page} took more than ${this.options.pageTimeoutMs} ms (the page limit); the worker was stopped`, cause };
    }
    if (child.killedFor === "timeout-total") {
      return { ok: false, code: "TIMEOUT", message: `not finished after ${this.totalTimeoutMs} ms (the limit for a document that keeps progressing); the worker was stopped`, cause };
    }
    if (child.killedFor === "memory") {
      return { ok: false, code: "OUT_OF_MEMORY", message: `the worker used ${Math.round(child.peakRssMb)} MB, more than the limit of ${limit} MB, and was stopped`, cause };
    }
    if (V8_HEAP_DEATH.test(child.stderrTail)) {
      return { ok: false, code: "OUT_OF_MEMORY", message: `the worker ran out of heap (limit ${heapLimitMb(limit)} MB, for --max-memory ${limit}) and was stopped`, cause };
    }
    // Nobody here sent it: the kernel's out-of-memory killer is the usual sender of an unasked SIGKILL.
    if (signal === "SIGKILL") return { ok: false, code: "OUT_OF_MEMORY", message: "the worker was killed by the system (SIGKILL), most likely for lack of memory", cause };
    if (signal && EXTERNAL_STOP_SIGNALS.has(signal)) return { ok: false, code: "CANCELLED" };
    return { ok: false, code: "INTERNAL", message: `the worker process ended unexpectedly (${how})`, cause };
  }

  /** Kill every child (running documents end as CANCELLED) and wait until they are gone. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const children = [...this.all];
    for (const c of children) c.kill("destroy");
    this.pump(); // every waiting task: CANCELLED
    await Promise.all(children.map((c) => c.exited));
  }
}
