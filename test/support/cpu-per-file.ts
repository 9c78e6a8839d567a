/**
 * Per-file CPU of a vitest run (docs/testing.md, sessions 43–44): a setup file that reads the worker
 * process's CPU from /proc/self/stat — utime + stime + cutime + cstime, so the processes a test starts
 * and waits for are counted — when it runs (before the test file is imported) and after the file's
 * last hook, and appends one JSON line per file to $COMPACTS_CPU_LOG. Only vitest.cpu.config.ts loads
 * it: `COMPACTS_CPU_LOG=/tmp/cpu.jsonl npx vitest run --config vitest.cpu.config.ts [files]`, then
 * `node scripts/dev/cpu-per-file.mjs /tmp/cpu.jsonl`. Linux only.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll } from "vitest";

/** Clock ticks per second of /proc/self/stat's times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/** This process's CPU seconds, its own and its waited-for children's. */
function cpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  // After "pid (comm) ": field 3 (state) is index 0, so fields 14–17 are indexes 11–14.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / TICKS;
}

const startCpu = cpuSeconds();
const startWall = performance.now();
const log = process.env.COMPACTS_CPU_LOG;

// vitest passes the file's suite second (the first argument is a fixture context, destructured or refused).
// eslint-disable-next-line no-empty-pattern
afterAll(({}, suite) => {
  if (!log) return;
  const file = "filepath" in suite ? String(suite.filepath) : suite.name;
  appendFileSync(log, `${JSON.stringify({ file, cpu: +(cpuSeconds() - startCpu).toFixed(2), wall: +((performance.now() - startWall) / 1000).toFixed(2), pid: process.pid })}\n`);
});
