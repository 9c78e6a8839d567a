import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { HEARTBEAT_MS, movingReports } from "../../src/batch/heartbeat.js";

const TEXT = fileURLToPath(new URL("../../fixtures/compact-2008-dfs.txt", import.meta.url));
const PDF = fileURLToPath(new URL("../fixtures/pdf/seed-ruled.pdf", import.meta.url));

describe("stage heartbeats", () => {
  it("come from inside the tables stage, between the stages before it and its end, and change nothing", async () => {
    for (const file of [TEXT, PDF]) {
      const seen: string[] = [];
      const withBeats = await extract(file, { onStage: (s) => seen.push(s), onHeartbeat: () => seen.push("beat") });
      const tablesAt = seen.indexOf("tables");
      const beatsInTables = seen.slice(seen.indexOf("un-document") + 1, tablesAt).filter((s) => s === "beat").length;
      // One per table, part and row block at least: both have four objectives or more.
      expect(beatsInTables, file).toBeGreaterThanOrEqual(4);
      expect(withBeats.kind === "compact" ? withBeats.objectives.length : 0, file).toBeGreaterThanOrEqual(4);
      expect(JSON.stringify(withBeats), file).toBe(JSON.stringify(await extract(file)));
    }
  });

  it("reach the pool at most once per HEARTBEAT_MS", () => {
    let t = 0;
    const sent: number[] = [];
    const beat = movingReports(() => sent.push(t), () => t).heartbeat;
    for (t = 0; t <= 3500; t += 100) beat();
    expect(sent).toEqual([0, 1000, 2000, 3000]);
  });
});
