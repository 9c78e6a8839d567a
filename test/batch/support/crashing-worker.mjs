// The real batch worker (dist/), except for documents whose file name asks it to misbehave:
// "hang" never finishes, "oom" fills memory outside the V8 heap (Buffers, as decoded PDF streams do), "exit" kills the thread, "throw" throws outside
// the library. Lets runBatch be tested against worker deaths with real documents around them.
import convert from "../../../dist/batch/worker.js";

export default async function (task) {
  const name = task.fileName;
  if (name.includes("hang")) await new Promise(() => {});
  if (name.includes("oom")) {
    const hog = [];
    for (;;) hog.push(Buffer.alloc(16 * 2 ** 20, 1));
  }
  if (name.includes("exit")) process.exit(7);
  if (name.includes("throw")) throw new TypeError("worker bug for " + name);
  return convert(task);
}
