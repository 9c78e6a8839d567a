import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * In a plain Node process (the CLI, the batch workers, a library user): vitest's own process does
 * not show the replacement, so the compiled dist/ (built by the global setup) runs in a child.
 * The built-ins are taken before pdf.js loads; its worker module (loaded with the first document)
 * installs core-js polyfills over them (src/extract/pdf/native-json.ts).
 */
const SCRIPT = `
const { push } = Array.prototype, { stringify, parse } = JSON;
const { readFileSync } = await import("node:fs");
const { extract, loadDomainData } = await import("./dist/index.js");
// An application that uses pdf.js itself too, loaded after the library, before its first PDF (the bench).
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
const bytes = new Uint8Array(readFileSync("test/fixtures/pdf/seed-ruled.pdf"));
const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
await (await task.promise).destroy();
const out = await extract(bytes, { fileName: "seed-ruled.pdf", data: loadDomainData() });
console.log(JSON.stringify({ status: out.status, push: Array.prototype.push === push, stringify: JSON.stringify === stringify, parse: JSON.parse === parse }));
`;

describe("pdf.js's polyfills do not stay on the process's built-ins", () => {
  it("keeps the engine's Array.prototype.push, JSON.stringify and JSON.parse after a PDF is read", () => {
    const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(stdout.trim().split("\n").pop() ?? "")).toEqual({ status: "success", push: true, stringify: true, parse: true });
  });
});
