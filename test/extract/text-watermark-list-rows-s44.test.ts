/**
 * Session 44 (h-wm44): a scrambled watermark band's cells set on the rows a restarting numbered list
 * marks (`cellsAtListRestarts`, extract/text-watermark.ts). Where pdfmake's diagonal "DRAFT" crosses
 * a table, pdftotext prints the band's columns one after another; the re-stack set every block's first
 * line on the band's first line, and a block's tail after a clamped step (four blank lines: "five
 * lines or more") against the band's last line. Lists restart in each cell ("i." … "iv.", then "i."
 * again), so a first item is a row's top: the objective after the clamp goes beside it (val19h
 * v19-020: "To support the inter-Burundian dialogue …" beside "i. Dialogue sessions convened", not
 * four lines lower beside the row's last item).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark } from "../../src/extract/text-watermark.js";

const M = " ".repeat(50);
/** One page of a two-column table whose middle pdftotext printed column by column (the stamp's "AF" above it). */
const PAGE = [
  "                                                T",
  "Objectives                                        Key performance indicators",
  "To encourage the return of refugees in safety     i. Refugees returned (thousands): 53",
  "",
  "",
  "                      AF",
  "within existing resources",
  "",
  "",
  "",
  "",
  "To support the dialogue facilitated by the East",
  "African Community",
  `${M}ii. Consultations that included women:`,
  `${M}    53%`,
  `${M}iii. Average time to issue a statement`,
  `${M}     after an incident: 7`,
  `${M}iv. Dialogue sessions convened: 4`,
  `${M}i. Dialogue sessions convened: 4`,
  `${M}ii. Consultations with national`,
  `${M}    stakeholders held: 28`,
  `${M}iii. Briefings to the Security Council`,
  `${M}     (target: 3)`,
  `${M}iv. Consultations that included women:`,
  `${M}    51%`,
  "To promote the participation of women and young  i. Consultations that included women:",
  "people, in cooperation with the partners             67%",
  "DR",
  "                                                  ii. Briefings to the Security Council: 2",
  "",
].join("\n");

/** The layout's line that holds `text`, as printed after the stamp is removed. */
function lineWith(text: string): string | undefined {
  const { layout } = removeTextWatermark(textToLayout(`${PAGE}\n\f${PAGE}\n`));
  return layout.pages[0]!.lines.find((l) => l.text.includes(text))?.text;
}

describe("a scrambled band's cells on the rows a restarting list marks (layout text)", () => {
  it("sets a cell opening after a clamped step beside the list's next first item", () => {
    expect(lineWith("To support the dialogue")).toContain("i. Dialogue sessions convened: 4");
    expect(lineWith("African Community")).toContain("ii. Consultations with national");
  });

  it("keeps a first line that goes on in lower case on the band's first line", () => {
    expect(lineWith("within existing resources")).toContain("ii. Consultations that included women:");
  });

  it("reads val19h v19-020's second objective with its four measures", async () => {
    const name = "v19-020.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19h/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const row = out.objectives.find((o) => o.objective.startsWith("To support the inter-Burundian dialogue"));
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Dialogue sessions convened: ≥ 4",
      "Consultations with national stakeholders held: ≥ 28",
      "Briefings to the Security Council (target: 3)",
      "Consultations that included women: ≥ 51%",
    ]);
  });
});

describe("a band that starts inside a row, its rows given by a list (layout text)", () => {
  it("reads val19b v19-026's managerial rows (the band opens inside a row; the measure list restarts where the next opens)", async () => {
    const name = "v19-026.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19b/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const keep = out.objectives.find((o) => o.objective.startsWith("To keep the delegation of authority records"));
    expect(keep?.measures.map((m) => m.text)).toEqual([
      "Budget implementation: ≥ 99%.",
      "Evaluations completed by the deadline (target: 73%).",
      "Staff who completed the harassment prevention course: ≥ 95%.",
      "Audit recommendations closed within the year: ≥ 61%.",
    ]);
    expect(out.objectives.some((o) => o.objective.startsWith("To fill vacant posts within the recruitment timelines"))).toBe(true);
  });
});
