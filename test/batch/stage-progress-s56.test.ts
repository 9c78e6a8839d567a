import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import convert from "../../src/batch/worker.js";
import { HEARTBEAT_MS, movingReports, STAGE_PROGRESS_MS } from "../../src/batch/heartbeat.js";
import type { TaskProgress } from "../../src/batch/protocol.js";

// Session 56 (h-main56): a worker sends at most one stage-end progress message per
// STAGE_PROGRESS_MS a document (it sent one per stage end: seven); pages are still sent, every one.

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

async function messages(name: string): Promise<{ at: number; progress?: TaskProgress }[]> {
  const sent: { at: number; progress?: TaskProgress }[] = [];
  const pieces: string[] = [];
  await convert(
    { path: fixture(name), fileName: name },
    {
      progress: (p) => sent.push(p ? { at: performance.now(), progress: p } : { at: performance.now() }),
      piece: async (text) => void pieces.push(text),
    },
  );
  expect(pieces.join("").length).toBeGreaterThan(1000);
  return sent;
}

describe("stage-end progress (s56)", () => {
  it("gates stage ends at STAGE_PROGRESS_MS and heartbeats at HEARTBEAT_MS after any message of either", () => {
    let t = 0;
    const sent: string[] = [];
    let kind = "";
    const moving = movingReports(() => sent.push(`${kind}@${t}`), () => t);
    const at = (time: number, what: "stage" | "beat") => {
      t = time;
      kind = what;
      if (what === "stage") moving.stageEnd();
      else moving.heartbeat();
    };
    at(0, "stage"); // the first: sent
    at(30, "stage");
    at(60, "beat"); // a heartbeat within HEARTBEAT_MS of the stage end: not sent
    at(99, "stage");
    at(100, "stage"); // STAGE_PROGRESS_MS after the last sent
    at(150, "beat");
    at(1099, "beat");
    at(1100, "beat"); // HEARTBEAT_MS after the last sent
    at(1150, "stage");
    at(1200, "stage");
    at(2199, "beat");
    at(2200, "beat");
    expect(STAGE_PROGRESS_MS).toBe(100);
    expect(HEARTBEAT_MS).toBe(1000);
    expect(sent).toEqual(["stage@0", "stage@100", "beat@1100", "stage@1200", "beat@2200"]);
  });

  it("sends the first stage end of a document, then none within STAGE_PROGRESS_MS of the last one sent", async () => {
    for (const name of ["compact-2008-dfs.txt", "compact-2012-markdown.md", "compact-2008-dfs-ruled.pdf"]) {
      const sent = await messages(name);
      const stages = sent.filter((m) => m.progress === undefined);
      expect(stages.length, name).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < stages.length; i++) expect(stages[i]!.at - stages[i - 1]!.at).toBeGreaterThanOrEqual(STAGE_PROGRESS_MS);
    }
  });

  it("still reports every page of a PDF, in order, before its stage ends", async () => {
    const sent = await messages("compact-2008-dfs-ruled.pdf");
    const pages = sent.filter((m) => m.progress?.unit === "page").map((m) => m.progress!.page);
    const total = sent.find((m) => m.progress)!.progress!.pages;
    expect(pages).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
  });
});
