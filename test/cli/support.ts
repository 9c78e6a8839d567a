import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI (test/global-setup.ts builds it before the tests). */
export const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `compacts …` to completion (not a TTY: plain log lines). */
export function runCli(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
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
