#!/usr/bin/env node
/** The PDFs pdf-raw-vs-pipeline times (bench/run.mjs pdfFixtures), one path a line, for bench/icount-run.sh. */
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "pdf");
const NOT_TIMED = /^(error-|owner-password|distilled-|ghostscript-)/;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".pdf") && !NOT_TIMED.test(f)).sort()) console.log(join(dir, f));
