/**
 * Rows exact of a corpus split's text or Markdown rendering read by the pipeline, by the corpora's
 * truth rules (objective matched after folding quotes, white space and a leading marker; every
 * other column compared cell by cell) — for the slow suite's floors on corpus9 and corpus10. The
 * documents not classified `compact` are returned by id.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Entry { id: string; split: string; renderings: Record<string, string>; truth: string }
interface Row { objective: string; accomplishments?: unknown[]; measures?: unknown[]; extra?: Record<string, unknown[]> }

const norm = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const textOf = (x: unknown) => (typeof x === "string" ? x : (x as { text?: string } | null)?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);

export async function textRowsExact(dir: string, split: string, rendering: string, format: "text" | "markdown"): Promise<{ exact: number; notCompact: string[] }> {
  const { extract } = await import("../../src/index.js");
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { documents: Entry[] };
  let exact = 0;
  const notCompact: string[] = [];
  for (const d of manifest.documents.filter((x) => x.split === split)) {
    const truth = JSON.parse(readFileSync(join(dir, d.truth), "utf8")) as { rows: Record<string, string | string[]>[] };
    const out = (await extract(join(dir, d.renderings[rendering] ?? ""), { format })) as unknown as { kind: string; objectives?: Row[] };
    if (out.kind !== "compact") notCompact.push(d.id);
    for (const t of truth.rows) {
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      if (!hit) continue;
      const same = (got: unknown[] | undefined, want: unknown) => JSON.stringify((got ?? []).map(textOf).map(norm)) === JSON.stringify([want ?? []].flat().map(norm));
      const extraOk = Object.keys(t).filter((k) => !STANDARD.has(k)).every((k) => same(hit.extra?.[k], t[k]));
      if (extraOk && same(hit.accomplishments, t.accomplishments) && same(hit.measures, t.measures)) exact++;
    }
  }
  return { exact, notCompact };
}
