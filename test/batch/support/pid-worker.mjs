// A worker for runBatch's scheduling tests: converts nothing, answers at once with a minimal
// success, and says which process took the document (the output JSON is {"pid": …}).
export default async function (task) {
  return {
    json: [JSON.stringify({ pid: process.pid, file: task.fileName }) + "\n"],
    sha256: "0".repeat(64),
    bytes: 0,
    format: "text",
    pages: 1,
    schemaVersion: 1,
    kind: "unknown",
    status: "success",
    warnings: 0,
    warningCodes: [],
    error: null,
    ms: 0,
  };
}
