// Preloaded by bench/batch-trace.mjs (NODE_OPTIONS=--import …) into the CLI's main process and
// into every worker process it forks, untouched otherwise: NODE_OPTIONS is not in process.execArgv,
// so the children's code-cache key (src/batch/code-cache.ts) stays the one a real batch uses.
// Each process appends one JSON line per event to $COMPACTS_TRACE_DIR/<pid>.jsonl: wall time
// (ms since the process started) and CPU (user + system, all threads, ms) at
//   boot     this hook runs (node's own start-up before it)
//   main: fork (a worker started), msg (a worker's result or error arrived), exit
//   worker: ready (the worker module loaded), task (a document arrived), piece / result / error
//           (sent; `chars` = the JSON characters crossing the process boundary), exit
// A worker is killed with SIGKILL at the end of a batch, so its lines are written as they happen
// (appendFileSync: ~20 µs a line against ~25 ms a document).
import { appendFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";

const dir = process.env.COMPACTS_TRACE_DIR;
const file = `${dir}/${process.pid}.jsonl`;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const log = (event, extra = {}) => appendFileSync(file, `${JSON.stringify({ event, t: performance.now(), cpu: cpu(), ...extra })}\n`);

const isWorker = typeof process.send === "function";
log("boot", { role: isWorker ? "worker" : "main", argv: process.argv.slice(1, 3) });
process.on("exit", () => log("exit"));

if (isWorker) {
  const send = process.send.bind(process);
  process.send = (message, ...rest) => {
    const type = message?.type;
    if (type === "ready") log("ready");
    else if (type === "piece") log("piece", { chars: (message.bytes ?? message.text).length });
    else if (type === "result") log("result", { chars: message.result?.json?.reduce((s, x) => s + x.length, 0) ?? 0, ms: message.result?.ms });
    else if (type === "error") log("error");
    return send(message, ...rest);
  };
  const emit = process.emit.bind(process);
  process.emit = (name, ...args) => {
    if (name === "message") log("task", { path: args[0]?.task?.path });
    return emit(name, ...args);
  };
} else {
  const cp = createRequire(import.meta.url)("node:child_process");
  const fork = cp.fork;
  cp.fork = (...args) => {
    log("fork");
    const child = fork(...args);
    child.on("message", (m) => {
      if (m?.type === "result" || m?.type === "error") log("msg", { child: child.pid });
    });
    return child;
  };
  syncBuiltinESMExports();
}
