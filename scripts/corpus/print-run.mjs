/**
 * The print run of the generators of corpora 15–17 (LibreOffice and Chromium headless): a working
 * folder (CORPUS<n>_WORK=DIR keeps it for a look afterwards; else a temporary one that `done()`
 * removes), the environment every producer runs in (a fixed SOURCE_DATE_EPOCH so the prints carry
 * no run date where the producer honours it, HOME inside the folder: no user profile leaks in),
 * `soffice(args)` (LibreOffice headless with its own profile in the folder) and
 * `chromium(url, pdf, timeout)` (a print with no header/footer and a fresh profile per document).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function printRun(n) {
  const keep = process.env[`CORPUS${n}_WORK`];
  const work = keep ?? mkdtempSync(join(tmpdir(), `corpus${n}-`));
  mkdirSync(work, { recursive: true });
  const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000", FORCE_SOURCE_DATE: "1", HOME: work };
  const soffice = (args) => execFileSync("soffice", [`-env:UserInstallation=file://${work}/lo`, "--headless", ...args], { stdio: "ignore", env });
  const chromium = (url, pdf, timeout) => {
    const profile = mkdtempSync(join(work, "chr-"));
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, url], { stdio: "ignore", env, timeout });
    rmSync(profile, { recursive: true, force: true });
  };
  return { work, env, soffice, chromium, done: () => { if (!keep) rmSync(work, { recursive: true, force: true }); } };
}
