/**
 * The headless browser of the review-site tests: Debian's `chromium` (or $CHROMIUM_PATH) driven by
 * playwright-core, which downloads nothing. CI installs the package (.ci/run); a machine without it
 * fails these tests with a message saying so rather than skipping them silently.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string {
  const fromEnv = process.env["CHROMIUM_PATH"];
  const found = [fromEnv, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error("no Chromium found: apt-get install chromium, or set CHROMIUM_PATH");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}

/** Screenshots and other files a test run leaves for a person to look at (gitignored). */
export const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);
