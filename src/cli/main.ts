#!/usr/bin/env node
import { defineCommand, runMain } from "citty";
import { readdir, stat, appendFile, mkdir } from "node:fs/promises";
import { join, basename, extname, resolve } from "node:path";
import { extract, loadDomainData, outputJsonSchema } from "../index.js";
import { writeFileAtomic } from "./output.js";

const INPUT_EXTENSIONS = new Set([".pdf", ".txt", ".md", ".markdown", ".text"]);

async function collectInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (!st) {
      out.push(p); // reported as IO_ERROR by the pipeline, not a crash here
      continue;
    }
    if (st.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && INPUT_EXTENSIONS.has(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      out.push(...files);
    } else out.push(p);
  }
  return out;
}

const extractCmd = defineCommand({
  meta: { name: "extract", description: "Convert documents (PDF, text, Markdown) into JSON" },
  args: {
    inputs: { type: "positional", description: "files or folders", required: true },
    output: { type: "string", alias: "o", description: "output folder", default: "output" },
    stdout: { type: "boolean", description: "print JSON to stdout instead of writing files", default: false },
  },
  async run({ args }) {
    const inputs = await collectInputs(args._.length ? args._.map(String) : [String(args.inputs)]);
    const data = loadDomainData();
    const outDir = resolve(String(args.output));
    let failed = 0;
    if (!args.stdout) await mkdir(outDir, { recursive: true });
    for (const input of inputs) {
      const t0 = performance.now();
      const output = await extract(input, { data });
      const ms = Math.round(performance.now() - t0);
      if (output.status === "failure") failed++;
      const json = JSON.stringify(output, null, 2) + "\n";
      if (args.stdout) {
        process.stdout.write(json);
        continue;
      }
      const name = basename(input, extname(input)) + ".json";
      await writeFileAtomic(join(outDir, name), json);
      const entry = {
        file: input, output: name, sha256: output.source.sha256, schemaVersion: output.schemaVersion,
        kind: output.kind, status: output.status, warnings: output.warnings.length,
        error: output.error, ms,
      };
      await appendFile(join(outDir, "manifest.jsonl"), JSON.stringify(entry) + "\n");
      const err = output.error ? ` ${output.error.code}: ${output.error.message}` : "";
      process.stderr.write(`${output.status.padEnd(7)} ${input} → ${name}${err}\n`);
    }
    process.exitCode = failed > 0 ? 1 : 0;
  },
});

const schemaCmd = defineCommand({
  meta: { name: "schema", description: "Print the JSON Schema of the output" },
  run() {
    process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
  },
});

const main = defineCommand({
  meta: { name: "compacts", version: "0.1.0", description: "UN Senior Manager's Compacts and UN documents → validated JSON" },
  subCommands: {
    extract: extractCmd,
    schema: schemaCmd,
    // Loaded on demand: DuckDB's native module would add ~0.5 s to every `extract` run.
    index: () => import("./query-commands.js").then((m) => m.indexCmd),
    query: () => import("./query-commands.js").then((m) => m.queryCmd),
    export: () => import("./query-commands.js").then((m) => m.exportCmd),
  },
});

void runMain(main);
