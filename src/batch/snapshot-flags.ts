/**
 * The snapshot builder's V8 flags (src/batch/snapshot-entry.ts imports this first, before any
 * module of the worker is evaluated). V8 cannot put a regular expression's machine code in a
 * snapshot: the builder aborts ("unreachable code"), or crashes when a pattern compiled to machine
 * code before the switch is met again. So from the builder's start every regular expression is
 * interpreted from its bytecode, and the flags are set back before the heap is saved: V8 takes a
 * snapshot only with the flags it was made with (`--regexp-interpret-all` also turned
 * `--regexp-tier-up` off). In a child started from the snapshot a pattern is compiled to machine
 * code as usual, at its next use: the same matches either way.
 */
import { setFlagsFromString, startupSnapshot } from "node:v8";

if (startupSnapshot.isBuildingSnapshot()) {
  setFlagsFromString("--regexp-interpret-all");
  startupSnapshot.addSerializeCallback(() => setFlagsFromString("--no-regexp-interpret-all --regexp-tier-up"));
}
