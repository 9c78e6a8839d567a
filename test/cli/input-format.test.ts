/**
 * --input-format: a whole batch read as one format instead of each file's sniffed one (a .txt whose
 * only structure is a box table is also pandoc's grid table, so it is sniffed as Markdown), with
 * --resume converting again what an earlier run read as another format.
 */
import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "./support.js";

const NOTE = [
  "# Note by the Secretariat",
  "",
  "The General Assembly, in resolution 61/259, asked for a report on **partnerships**.",
  "",
  "- first point",
  "- second point",
  "",
].join("\n");

const manifestOf = async (out: string) =>
  (await readFile(join(out, "manifest.jsonl"), "utf8"))
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { file: string; format: string; status: string; resumed?: boolean });

describe("compacts extract --input-format", () => {
  it("reads a Markdown-looking .txt as Markdown by default, as text when asked, and --resume converts it again when the format asked changes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "compacts-input-format-"));
    await writeFile(join(dir, "note.txt"), NOTE);
    const out = join(dir, "out");

    const sniffed = await runMain(["extract", "note.txt", "-o", "out", "--jobs", "1", "-q"], dir);
    expect(sniffed.code, sniffed.stderr).toBe(0);
    expect((JSON.parse(await readFile(join(out, "note.json"), "utf8")) as { source: { format: string } }).source.format).toBe("markdown");

    const forced = await runMain(["extract", "note.txt", "-o", "out", "--jobs", "1", "-q", "--resume", "--input-format", "text"], dir);
    expect(forced.code, forced.stderr).toBe(0);
    const json = JSON.parse(await readFile(join(out, "note.json"), "utf8")) as { source: { format: string } };
    expect(json.source.format).toBe("text");
    expect((await manifestOf(out)).map((e) => [e.file, e.format])).toContainEqual(["note.txt", "text"]);
  });

  it("refuses a format it does not know, naming the choices (usage error, exit 2)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "compacts-input-format-"));
    await writeFile(join(dir, "note.txt"), NOTE);
    const r = await runMain(["extract", "note.txt", "-o", "out", "--input-format", "docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input-format/);
    expect(r.stderr).toMatch(/markdown/);
  });
});
