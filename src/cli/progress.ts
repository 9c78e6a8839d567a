import { createRequire } from "node:module";
import type cliProgress from "cli-progress";
import type { BatchReporter, DocumentReport } from "../batch/run.js";
import type { BatchInput } from "../batch/inputs.js";
import type { TaskProgress } from "../batch/protocol.js";
import { oneLine, printablePath } from "./printable.js";

/**
 * Documents with at least this many pages get their pages counted on screen: shorter ones finish
 * within a redraw or two (a page reads in ~5–20 ms), so a page count would only flicker.
 */
export const LONG_DOCUMENT_PAGES = 50;
/** A log (not a terminal) gets a page line for a running long document at most this often. */
export const PAGE_LOG_EVERY_MS = 10_000;

/** "name: page 1,200 of 4,000" — a running long document, on a terminal and in a log. */
export function pagesText(input: BatchInput, p: TaskProgress): string {
  return `${printablePath(input.display)}: ${p.unit} ${p.page.toLocaleString("en-US")} of ${p.pages.toLocaleString("en-US")}`;
}

export { oneLine, printablePath };

/** "CODE  file: message" — the one line a failure gets, in logs and in the final list. */
export function failureLine(r: DocumentReport): string {
  const e = r.entry.error;
  return `${(e?.code ?? "FAILED").padEnd(18)} ${printablePath(r.input.display)}: ${oneLine(e?.message ?? "failed")}`;
}

/** Documents per second over the elapsed time, for the bar and the summary. */
export function rate(done: number, ms: number): number {
  return ms > 0 ? (done * 1000) / ms : 0;
}

/** "N warnings (CODE, …)" of a converted document, or "" when it has none: the same words on a terminal and in a log. */
export function warningsText(r: DocumentReport): string {
  const n = r.entry.warnings;
  if (!n) return "";
  const codes = r.entry.warningCodes.length ? ` (${r.entry.warningCodes.join(", ")})` : "";
  return `${n} warning${n === 1 ? "" : "s"}${codes}`;
}

/**
 * A progress bar on a terminal: done/total, docs/s, ETA, failures. Failures and documents with
 * warnings are printed above the bar as they happen (as the log lines of a non-terminal run
 * show them), so nothing is lost when the bar is redrawn.
 */
export class TtyReporter implements BatchReporter {
  private readonly bars: cliProgress.MultiBar;
  constructor(stream: NodeJS.WritableStream = process.stderr) {
    // Loaded here, on a terminal only: a run that logs lines or is quiet never needs it (~15 ms of
    // CPU before a batch's first worker started; bench/README.md, session 46).
    const bars = createRequire(import.meta.url)("cli-progress") as typeof cliProgress;
    this.bars = new bars.MultiBar(
      {
        format: "{bar} {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {failures} failed",
        stream,
        hideCursor: true,
        clearOnComplete: false,
        // ETA over the last 50 documents: early documents include worker start-up.
        etaBuffer: 50,
      },
      bars.Presets.shades_classic,
    );
  }
  private bar: cliProgress.SingleBar | null = null;
  /** One bar per running long document (below the main one), gone when it finishes. */
  private readonly pageBars = new Map<BatchInput, cliProgress.SingleBar>();
  private done = 0;
  private failures = 0;
  private t0 = performance.now();

  pages(input: BatchInput, p: TaskProgress): void {
    if (p.unit === "page" && p.pages < LONG_DOCUMENT_PAGES) return;
    let bar = this.pageBars.get(input);
    if (!bar) {
      bar = this.bars.create(p.pages, p.page, { name: printablePath(input.display) }, { format: `{bar} {value}/{total} ${p.unit}s | {name}` });
      this.pageBars.set(input, bar);
    } else bar.update(p.page);
  }

  start(total: number): void {
    this.t0 = performance.now();
    this.bar = this.bars.create(total, 0, { rate: "0.0", failures: 0 });
  }

  document(r: DocumentReport): void {
    this.done++;
    const pageBar = this.pageBars.get(r.input);
    if (pageBar) {
      this.bars.remove(pageBar);
      this.pageBars.delete(r.input);
    }
    if (r.entry.status === "failure") {
      this.failures++;
      this.bars.log(failureLine(r) + "\n");
    } else if (!r.skipped && r.entry.warnings) {
      this.bars.log(`${r.entry.status.padEnd(8)} ${printablePath(r.input.display)}: ${warningsText(r)}\n`);
    }
    this.bar?.update(this.done, { rate: rate(this.done, performance.now() - this.t0).toFixed(1), failures: this.failures });
  }

  stop(): void {
    // MultiBar.stop() does not flush lines logged since the last frame (it redraws every 100 ms):
    // draw once more so the last failures and warnings are not lost.
    if (this.bar) this.bars.update();
    this.bars.stop();
  }
}

/** Not a terminal (a log file, CI): one plain line per document, and now and then one for a long document's pages. */
export class LineReporter implements BatchReporter {
  private done = 0;
  private total = 0;
  /** When each running long document last had its page line. */
  private readonly pageLogged = new Map<BatchInput, number>();
  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  pages(input: BatchInput, p: TaskProgress): void {
    if (p.unit === "page" && p.pages < LONG_DOCUMENT_PAGES) return;
    const last = this.pageLogged.get(input);
    const now = this.now();
    // The first report only starts the clock: a document that ends within PAGE_LOG_EVERY_MS gets no page line.
    if (last === undefined) this.pageLogged.set(input, now);
    else if (now - last >= PAGE_LOG_EVERY_MS) {
      this.pageLogged.set(input, now);
      this.write(`[${this.done}/${this.total}] reading  ${pagesText(input, p)}`);
    }
  }

  start(total: number): void {
    this.total = total;
  }

  document(r: DocumentReport): void {
    this.done++;
    this.pageLogged.delete(r.input);
    const at = `[${this.done}/${this.total}]`;
    if (r.skipped) this.write(`${at} skipped  ${printablePath(r.input.display)} (unchanged since the last run)`);
    else if (r.entry.status === "failure") this.write(`${at} FAILED   ${failureLine(r)}`);
    else {
      const w = r.entry.warnings ? `, ${warningsText(r)}` : "";
      this.write(`${at} ${r.entry.status.padEnd(8)} ${printablePath(r.input.display)} → ${printablePath(r.entry.output)} (${r.entry.kind}${w}, ${r.entry.ms} ms)`);
    }
  }

  stop(): void {}
}

/** --quiet: nothing while running. */
export class QuietReporter implements BatchReporter {
  start(): void {}
  document(): void {}
  stop(): void {}
}
