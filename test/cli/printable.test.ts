import { describe, expect, it } from "vitest";
import { oneLine, printablePath } from "../../src/cli/printable.js";
import { LineReporter, failureLine } from "../../src/cli/progress.js";
import type { DocumentReport } from "../../src/batch/run.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";

/** Any character a terminal or a log must not get raw (the same set printable.ts escapes). */
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("printablePath", () => {
  it.each([
    ["archive/2008/dfs.pdf", "archive/2008/dfs.pdf"],
    ["ünïcödé — 名前.txt", "ünïcödé — 名前.txt"],
    ["spaces  and 'quotes' & $HOME.md", "spaces  and 'quotes' & $HOME.md"],
    ["new\nline.txt", '"new\\nline.txt"'],
    ["tab\there.txt", '"tab\\there.txt"'],
    ["esc\u001b[31mred.txt", '"esc\\u001b[31mred.txt"'],
    ["del\u007f.txt", '"del\\u007f.txt"'],
    ["c1\u0085.txt", '"c1\\u0085.txt"'],
    ["rlo\u202etxt.exe", '"rlo\\u202etxt.exe"'],
    ["sep\u2028.txt", '"sep\\u2028.txt"'],
    ['quote"and\\back\nslash', '"quote\\"and\\\\back\\nslash"'],
  ])("%j → %s", (raw, shown) => {
    expect(printablePath(raw)).toBe(shown);
  });

  it("gives the exact name back through JSON.parse when it had to escape", () => {
    for (const name of ["a\nb", "x\u001b[2Jy", "r\u202el\u2066", "\u0085\u009f\u007f", "back\\slash\rcr"]) {
      const shown = printablePath(name);
      expect(shown).not.toMatch(RAW_CONTROL);
      expect(JSON.parse(shown)).toBe(name);
    }
  });
});

describe("oneLine", () => {
  it("folds whitespace and escapes every other control character", () => {
    expect(oneLine("Invalid PDF\nstructure.\r\n")).toBe("Invalid PDF structure.");
    expect(oneLine("bell\u0007 and \u001b[2J clear")).toBe("bell\\u0007 and \\u001b[2J clear");
  });
});

describe("progress lines with a control character in a file name", () => {
  const entry = (e: Partial<ManifestEntry>) => ({ status: "success", output: "new_line.json", kind: "compact", ms: 5, warnings: 0, warningCodes: [], error: null, ...e }) as ManifestEntry;
  const report = (e: Partial<ManifestEntry>): DocumentReport => ({ input: { display: "in/new\nline.txt", abs: "/x/in/new\nline.txt", rel: "new\nline.txt" }, skipped: false, entry: entry(e) });

  it("a converted and a failed document each stay on one line, the name escaped", () => {
    const lines: string[] = [];
    const log = new LineReporter((l) => lines.push(l));
    log.start(2);
    log.document(report({}));
    log.document(report({ status: "failure", error: { code: "EMPTY", message: "the file\nis empty" } }));
    expect(lines).toEqual([
      '[1/2] success  "in/new\\nline.txt" → new_line.json (compact, 5 ms)',
      '[2/2] FAILED   EMPTY              "in/new\\nline.txt": the file is empty',
    ]);
    expect(failureLine(report({ status: "failure", error: { code: "EMPTY", message: "x" } }))).not.toMatch(RAW_CONTROL);
  });
});
