import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI (test/global-setup.ts builds it before the tests). */
export const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
/**
 * The built extract worker: `main()` runs from src/ in tests, and its worker processes need
 * JavaScript. The bundle, as a user's batch runs it (src/batch/run.ts defaultWorkerFile): a child
 * is ready in ~0.13 s of CPU with its code cache instead of ~0.3 s compiling ~80 modules, and the
 * CLI tests start a few dozen children.
 */
export const WORKER = fileURLToPath(new URL("../../dist/batch/worker.bundle.cjs", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `compacts …` to completion (not a TTY: plain log lines). */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = process.env): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A stack trace line as Node prints it ("    at fn (file:line:col)"). */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** A captured stream for `main(argv, io)`: what the command wrote, and how it presents itself. */
export class Capture {
  text = "";
  constructor(readonly isTTY = false, readonly columns?: number) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface InProcessOptions {
  env?: Record<string, string | undefined>;
  /** Pretend stdout is a terminal of this width. */
  tty?: { columns: number };
}

/**
 * Run `compacts …` in this process through the exported `main(argv, io)`: no process start per
 * case. The environment is only what the test gives (no NO_COLOR/COMPACTS_DB leaking in).
 */
export async function runMain(args: readonly string[], cwd: string, options: InProcessOptions = {}): Promise<CliResult> {
  const { main } = await import("../../src/cli/main.js");
  const stdout = new Capture(options.tty !== undefined, options.tty?.columns);
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, env: options.env ?? {}, cwd, extractWorker: WORKER });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
