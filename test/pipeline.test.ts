import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extract, extractDoc, STAGES } from "../src/index.js";

const FILE = fileURLToPath(new URL("../fixtures/compact-2008-dfs.txt", import.meta.url));

describe("pipeline", () => {
  it("tells the caller after each stage it ran, in order, leaving out the ones switched off", async () => {
    const seen: string[] = [];
    await extract(FILE, { onStage: (s) => seen.push(s), disable: ["un-document"] });
    expect(seen).toEqual(STAGES.map((s) => s.name).filter((n) => n !== "un-document"));
  });

  it("keeps the Layout for extractDoc and gives the same output as extract, which releases it", async () => {
    const doc = await extractDoc(FILE);
    expect(doc.layout.pages.length).toBeGreaterThan(0);
    expect(doc.layout.text.length).toBeGreaterThan(1000);
    expect(JSON.stringify(await extract(new Uint8Array(readFileSync(FILE)), { fileName: "compact-2008-dfs.txt" }))).toBe(JSON.stringify(doc.output));
  });
});
