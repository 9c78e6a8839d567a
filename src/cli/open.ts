/**
 * `--open`: hand a file:// URL to the desktop's browser. The program is $BROWSER when set (the
 * convention xdg-open and Python's webbrowser follow; the first word is the program, the URL is
 * added last), else the platform's opener: `xdg-open` (xdg-utils) on Linux and the BSDs, `open` on
 * macOS, `explorer` on Windows. It is looked up on the PATH of the CLI's environment first, so a
 * machine without one gets a clear error instead of a silent nothing.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

export class OpenError extends Error {
  override readonly name = "OpenError";
}

export interface Opener {
  /** The program, as found (absolute path). */
  command: string;
  args: string[];
}

const PLATFORM_OPENER: Partial<Record<NodeJS.Platform, string>> = { darwin: "open", win32: "explorer" };
const DEFAULT_OPENER = "xdg-open";

function executable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` as an absolute path: itself when it has a folder, else the first match on PATH (and PATHEXT on Windows). */
export function which(name: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | null {
  if (isAbsolute(name) || name.includes("/")) return executable(name) ? name : null;
  const exts = platform === "win32" ? ["", ...(env["PATHEXT"] ?? ".EXE;.CMD;.BAT").split(";")] : [""];
  for (const dir of (env["PATH"] ?? "").split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const p = join(dir, name + ext);
      if (executable(p)) return p;
    }
  }
  return null;
}

/** The program that opens a URL in this environment, or an OpenError saying what to install or set. */
export function findOpener(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): Opener {
  const browser = env["BROWSER"]?.trim();
  if (browser) {
    const [name, ...args] = browser.split(/\s+/);
    const command = which(name!, env, platform);
    if (!command) throw new OpenError(`BROWSER is set to "${browser}", but ${name} was not found`);
    return { command, args };
  }
  const name = PLATFORM_OPENER[platform] ?? DEFAULT_OPENER;
  const command = which(name, env, platform);
  if (!command) {
    const hint = name === DEFAULT_OPENER ? " (install xdg-utils)" : "";
    throw new OpenError(`no program to open a browser with: ${name} is not on the PATH${hint}, and BROWSER is not set`);
  }
  return { command, args: [] };
}

/** Starts the opener on `url` and returns once it has started (it is left running, detached). */
export function openUrl(url: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): Promise<void> {
  const { command, args } = findOpener(env, platform);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, url], { detached: true, stdio: "ignore", env: { ...env } });
    child.once("error", (e) => reject(new OpenError(`${command} could not be started: ${e.message}`)));
    child.once("spawn", () => {
      child.unref();
      resolve();
    });
  });
}
