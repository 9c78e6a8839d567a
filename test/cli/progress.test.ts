import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { LineReporter, PAGE_LOG_EVERY_MS, TtyReporter } from "../../src/cli/progress.js";
import type { DocumentReport } from "../../src/batch/run.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";

/** A stream that says it is a terminal and keeps what is drawn, escape sequences removed. */
function fakeTerminal(): { stream: NodeJS.WritableStream; text: () => string } {
  let out = "";
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out += chunk.toString();
      cb();
    },
  });
  Object.assign(stream, { isTTY: true, columns: 100, rows: 30 });
  return { stream, text: () => out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "") };
}

function report(display: string, entry: Partial<ManifestEntry>): DocumentReport {
  return {
    input: { display, abs: `/x/${display}`, rel: display },
    skipped: false,
    entry: { status: "success", output: display.replace(".txt", ".json"), kind: "compact", ms: 5, warnings: 0, warningCodes: [], error: null, ...entry } as ManifestEntry,
  };
}

describe("progress on a terminal", () => {
  const docs = [
    report("a.txt", { status: "partial", warnings: 2, warningCodes: ["DATE_UNPARSEABLE", "SYMBOL_MALFORMED"] }),
    report("b.txt", { status: "failure", error: { code: "EMPTY", message: "the file is empty" } } as Partial<ManifestEntry>),
    report("c.txt", {}),
  ];

  it("prints the per-document warnings a log shows, and every failure, even in the last frame", () => {
    const term = fakeTerminal();
    const tty = new TtyReporter(term.stream);
    tty.start(docs.length);
    for (const d of docs) tty.document(d);
    tty.stop();
    expect(term.text()).toContain("partial  a.txt: 2 warnings (DATE_UNPARSEABLE, SYMBOL_MALFORMED)");
    expect(term.text()).toMatch(/EMPTY\s+b\.txt: the file is empty/);
    expect(term.text()).not.toContain("c.txt");
    expect(term.text()).toContain("3/3");

    const lines: string[] = [];
    const log = new LineReporter((l) => lines.push(l));
    log.start(docs.length);
    for (const d of docs) log.document(d);
    // The same words as the log line of a non-terminal run.
    expect(lines[0]).toBe("[1/3] partial  a.txt → a.json (compact, 2 warnings (DATE_UNPARSEABLE, SYMBOL_MALFORMED), 5 ms)");
  });
});

describe("pages of long documents", () => {
  const long = report("long.pdf", {});
  const short = report("short.pdf", {});

  it("a terminal shows a page bar per running long document, gone when it ends", async () => {
    const term = fakeTerminal();
    const tty = new TtyReporter(term.stream);
    tty.start(2);
    tty.pages(short.input, { page: 3, pages: 10, unit: "page" }); // too short to count
    tty.pages(long.input, { page: 1200, pages: 4000, unit: "page" });
    // The bars redraw on their own timer (every 100 ms); a later timer fires after it.
    await new Promise((r) => setTimeout(r, 250));
    tty.document(long);
    tty.stop();
    expect(term.text()).toContain("1200/4000 pages | long.pdf");
    expect(term.text()).not.toContain("short.pdf");
  });

  it("a log gets a page line at most every PAGE_LOG_EVERY_MS per document", () => {
    let now = 0;
    const lines: string[] = [];
    const log = new LineReporter((l) => lines.push(l), () => now);
    log.start(2);
    log.pages(long.input, { page: 0, pages: 4000, unit: "page" });
    now = PAGE_LOG_EVERY_MS / 2;
    log.pages(long.input, { page: 500, pages: 4000, unit: "page" });
    now = PAGE_LOG_EVERY_MS;
    log.pages(long.input, { page: 1000, pages: 4000, unit: "page" });
    log.pages(short.input, { page: 5, pages: 10, unit: "page" });
    now = 3 * PAGE_LOG_EVERY_MS;
    log.pages(long.input, { page: 3500, pages: 4000, unit: "part" });
    expect(lines).toEqual(["[0/2] reading  long.pdf: page 1,000 of 4,000", "[0/2] reading  long.pdf: part 3,500 of 4,000"]);
  });
});
