// A worker for pool tests whose process takes SLOW_START_MS to become ready (a loaded machine, a
// large bundle), then answers at once.
const SLOW_START_MS = 1500;
await new Promise((r) => setTimeout(r, SLOW_START_MS));

export default async function (task) {
  return { id: task.id, pid: process.pid };
}
