/**
 * Text layouts and the repository's text sources, as the tests that compare a shared or memoised
 * reading with the unshared one need them (test/tables/header-scan, line-memo, word-table).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { extractLayout } from "../../src/extract/index.js";
import { loadDomainData } from "../../src/data/index.js";
import type { Layout } from "../../src/model/layout.js";

export const ROOT = join(import.meta.dirname, "../..");
const ctx = { options: {}, data: loadDomainData() };

/** The layout `extract` builds from a text (format sniffed from its content, as for any input). */
export const layoutOf = async (text: string): Promise<Layout> => (await extractLayout(new TextEncoder().encode(text), ctx)).layout;

/** Every file of these folders (not recursive) whose name matches `names`, sorted, as absolute paths. */
export function sources(names: RegExp, ...dirs: string[]): string[] {
  return dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => names.test(f))
      .sort()
      .map((f) => join(ROOT, d, f)),
  );
}
