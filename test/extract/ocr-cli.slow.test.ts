/**
 * OCR through the command line and the batch pool: --ocr / --ocr-dpi reach the workers, a pool
 * thread OCRs with its own engine and the run ends cleanly (the engine's thread never keeps the
 * process alive). One small scanned page; the CLI is the built one (test/global-setup.ts).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { runCli } from "../cli/support.js";

const PAGE = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "ocr", "page-ruled-150.pdf");

interface Out {
  status: string;
  warnings: Array<{ code: string; page: number | null; message: string }>;
}

describe("compacts extract --ocr", () => {
  it("rejects an unknown mode and a resolution out of range (usage error, exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocr-cli-"));
    try {
      const bad = await runCli(["extract", PAGE, "-o", join(dir, "o"), "--ocr", "sometimes"], dir);
      expect(bad.code).toBe(2);
      const dpi = await runCli(["extract", PAGE, "-o", join(dir, "o"), "--ocr-dpi", "20"], dir);
      expect(dpi.code).toBe(2);
      expect(dpi.stderr).toMatch(/--ocr-dpi must be a whole number from 70 to 600/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The page limit is raised far above the page's cost (about 2 s idle): at load 30–40 the default
  // 60 s page limit stopped the worker (PDF_PAGE_TIMEOUT) and the OCR warning was missing.
  it("OCRs a scanned page in a pool worker at --ocr-dpi, and leaves it alone with --ocr off", { timeout: 420_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocr-cli-"));
    try {
      const on = await runCli(["extract", PAGE, "-o", join(dir, "on"), "--jobs", "1", "--ocr-dpi", "150", "--page-timeout", "300", "--timeout", "360", "--quiet"], dir);
      expect(on.code).toBe(0);
      const out = JSON.parse(readFileSync(join(dir, "on", "page-ruled-150.json"), "utf8")) as Out;
      const used = out.warnings.find((w) => w.code === "OCR_USED")!;
      expect(used.message).toMatch(/^page read by OCR at 150 dpi: \d+ words, mean word confidence (8\d|9\d)/);
      expect(out.status).toBe("success");
      const off = await runCli(["extract", PAGE, "-o", join(dir, "off"), "--jobs", "1", "--ocr", "off", "--quiet"], dir);
      expect(off.code).toBe(0);
      const plain = JSON.parse(readFileSync(join(dir, "off", "page-ruled-150.json"), "utf8")) as Out;
      expect([plain.status, plain.warnings.map((w) => w.code)]).toEqual(["partial", ["NO_TEXT_LAYER"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
