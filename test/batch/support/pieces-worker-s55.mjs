// A batch worker that sends `task.pieces` ahead of its result, each awaited, as the real worker
// sends a document's JSON (src/batch/worker.ts): for test/batch/piece-bytes-s55.test.ts.
export default async function sendPieces(task, hooks) {
  for (const piece of task.pieces) await hooks.piece(piece);
  return { count: task.pieces.length };
}
