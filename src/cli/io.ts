/**
 * Where the CLI writes and what it knows about the terminal. `main(argv, io)` takes one, so tests run
 * every command in-process with captured streams and a chosen environment (no process globals).
 */

/** The part of a stream the CLI uses; `process.stdout` and a test's capture both satisfy it. */
export interface OutStream {
  write(chunk: string): unknown;
  /** True on a terminal: progress bar instead of log lines, table instead of CSV. */
  isTTY?: boolean | undefined;
  /** Terminal width in characters, when known. */
  columns?: number | undefined;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  /** Environment variables read by the CLI: NO_COLOR, FORCE_COLOR, COLUMNS, COMPACTS_DB. */
  env: Readonly<Record<string, string | undefined>>;
  /** Folder relative paths are taken from. */
  cwd: string;
  /** The real process streams (progress bar, SIGINT): absent in tests that capture output. */
  process?: NodeJS.Process;
  /**
   * The compiled worker `extract` runs documents in (default: the one beside the batch module).
   * Tests that run src/ in-process point it at dist/, since a worker thread cannot load TypeScript.
   */
  extractWorker?: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), process };
}

/**
 * Colour only for a person at a terminal: never when NO_COLOR is set (any non-empty value, per
 * no-color.org) or FORCE_COLOR=0; FORCE_COLOR=1/2/3 turns it on even when piped.
 */
export function colourEnabled(stream: OutStream, env: CliIo["env"]): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env["TERM"] === "dumb") return false;
  return stream.isTTY === true;
}

/** ANSI SGR sequences (colour, bold): removed from any text that may end up in a file. */
const ANSI_SGR = /\u001b\[[0-9;]*m/g;
export function stripAnsi(s: string): string {
  return s.replace(ANSI_SGR, "");
}

/**
 * Width tables are fitted to: the terminal's, else $COLUMNS (a shell exports it to scripts), else
 * undefined (piped output is not cut).
 */
export function terminalWidth(stream: OutStream, env: CliIo["env"]): number | undefined {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env["COLUMNS"]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}
