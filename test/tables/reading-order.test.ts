/**
 * Reading-order text (src/tables/reading-order.ts): plain `pdftotext` (no -layout) prints a table's
 * labels as blocks of their own, then each cell as a block of wrapped lines, a blank line after
 * each block, no trailing space at a wrap. Small hand-made texts of that shape.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { readLinearHeader, readLinearizedPart } from "../../src/tables/linearized.js";
import { asViewerCopy, readReadingOrderHeader, unplacedObjective, unzippedCells } from "../../src/tables/reading-order.js";

const linesOf = (text: string) => textToLayout(text).pages.flatMap((p) => p.lines);

/** The header read at line 0, its body in the viewer's form, read as one part. */
function read(text: string, readingOrder = false) {
  const lines = linesOf(text);
  const header = readReadingOrderHeader(lines, 0)!;
  const body = asViewerCopy(lines.slice(header.end), header.columns.map((c) => c.header));
  const out = readLinearizedPart(body, header.columns, null, 1, readingOrder);
  return out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), extra: r.extra }));
}

const TABLE = [
  "Objectives",
  "",
  "Performance measures",
  "",
  "Expected results",
  "",
  "To address cross-border",
  "threats, including drug",
  "trafficking",
  "",
  "• Transnational crime units operational:",
  "4",
  "",
  "• Good offices missions undertaken",
  "before and after elections",
  "",
  "To promote good governance",
  "in the subregion",
  "",
  "• Meetings of heads of United Nations",
  "presences (target: 2)",
  "• Crime units operational: 7",
  "",
  "• Joint assessment missions conducted",
  "with ECOWAS and the African Union",
].join("\n");

describe("reading-order header", () => {
  it("reads labels parted by blank lines, which readLinearHeader leaves", () => {
    const lines = linesOf(TABLE);
    expect(readLinearHeader(lines, 0)).toBeNull();
    const header = readReadingOrderHeader(lines, 0)!;
    expect(header.columns.map((c) => c.role)).toEqual(["objective", "measures", "accomplishments"]);
    // The first line after the last label.
    expect(header.end).toBe(5);
  });

  it("is none for labels one a line (a text export's header, read by readLinearHeader)", () => {
    const lines = linesOf(["Objectives", "Performance measures", "Expected results", "To do"].join("\n"));
    expect(readReadingOrderHeader(lines, 0)).toBeNull();
  });

  it("skips a page's footer printed among the labels", () => {
    // The header at a page's foot: poppler prints `Page 1 of 3` where its top falls, inside the labels.
    const lines = linesOf(["OUTCOME", "", "KEY PERFORMANCE", "INDICATOR", "Page 1 of 3", "", "RISKS AND MITIGATIONS", "", "Objective 1: To strengthen"].join("\n"));
    const header = readReadingOrderHeader(lines, 0)!;
    expect(header.columns.map((c) => [c.role, c.header])).toEqual([
      ["accomplishments", "OUTCOME"],
      ["measures", "KEY PERFORMANCE INDICATOR"],
      ["risks", "RISKS AND MITIGATIONS"],
    ]);
    expect(header.end).toBe(7);
  });

  it("joins a wrapped label's lines inside its block", () => {
    const lines = linesOf(["Objective", "", "Key performance", "indicator", "", "Baseline", "", "Target", "", "To reduce"].join("\n"));
    const header = readReadingOrderHeader(lines, 0)!;
    expect(header.columns.map((c) => [c.role, c.header])).toEqual([
      ["objective", "Objective"],
      ["measures", "Key performance indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
  });
});

describe("reading-order body as a viewer's copy", () => {
  it("gives a block's wrapped lines the break's space, not a line before a marked item", () => {
    const body = asViewerCopy(linesOf(["• Meetings of heads of United", "Nations presences", "• Crime units operational:", "4", "", "Alone"].join("\n")));
    expect(body.map((l) => l.text)).toEqual(["• Meetings of heads of United ", "Nations presences", "• Crime units operational: ", "4", "", "Alone"]);
  });

  it("opens a paragraph where an item ended short of the block's width and a capital follows", () => {
    const body = asViewerCopy(linesOf(["• Meetings of heads of United Nations", "presences (target: 2)", "To support the peaceful", "settlement"].join("\n")));
    expect(body.map((l) => l.text)).toEqual(["• Meetings of heads of United Nations ", "presences (target: 2)", "To support the peaceful ", "settlement"]);
  });

  it("opens a paragraph after a sentence's full stop, and at an `Objective 2:` label", () => {
    const body = asViewerCopy(linesOf(["Action plan implemented by", "country teams.", "Situations of concern analysed", "deployed: 103", "Objective 2: To enhance"].join("\n")));
    expect(body.map((l) => l.text)).toEqual(["Action plan implemented by ", "country teams.", "Situations of concern analysed ", "deployed: 103", "Objective 2: To enhance"]);
  });

  it("ends a spanning objective heading where the first cell under it begins", () => {
    // The heading wraps at the table's width; the cell under it opens with a capital on a line
    // after a heading line with room left, in the same block.
    const body = asViewerCopy(
      linesOf(
        [
          "Objective 1: To liaise with the United Nations system on activities for the prevention of genocide",
          "within the approved budget",
          "Advisory notes submitted to the",
          "Secretary-General.",
          "",
          "Objective 2: To engage religious leaders in the prevention of incitement to violence",
          "Commemorative events",
          "organized with Member States.",
          "",
          "Objective 3: To promote the participation of women and young people in peace processes in West",
          "Africa in cooperation with regional partners",
          "Joint assessment missions",
        ].join("\n"),
      ),
    );
    expect(body.map((l) => l.text)).toEqual([
      "Objective 1: To liaise with the United Nations system on activities for the prevention of genocide ",
      "within the approved budget",
      "Advisory notes submitted to the ",
      "Secretary-General.",
      "",
      "Objective 2: To engage religious leaders in the prevention of incitement to violence",
      "Commemorative events ",
      "organized with Member States.",
      "",
      // A wrap before a name: the line had no room for `Africa`, so the heading goes on.
      "Objective 3: To promote the participation of women and young people in peace processes in West ",
      "Africa in cooperation with regional partners",
      "Joint assessment missions",
    ]);
  });

  it("blanks a column label printed over its own cell, under an objective heading", () => {
    const body = asViewerCopy(linesOf(["Objective 1.7: To complete the migration of the portfolio", "Expected result", "(a) Investment costs reported", "", "Performance measure", "Vacancies filled within the recruitment", "target"].join("\n")), ["Expected accomplishment", "Performance measure"]);
    expect(body.map((l) => l.text)).toEqual(["Objective 1.7: To complete the migration of the portfolio", "", "(a) Investment costs reported", "", "", "Vacancies filled within the recruitment ", "target"]);
  });

  it("names the objective cells that cannot be objectives: a cut cell's rest, a label", () => {
    expect(unplacedObjective("trafficking implemented")).toMatch(/lower case/);
    expect(unplacedObjective("Risks and mitigations")).toMatch(/label/);
    expect(unplacedObjective("To support the peaceful settlement")).toBeNull();
    expect(unplacedObjective("Objective 2: To engage religious leaders")).toBeNull();
  });

  it("reads a symbol font's private-use bullet opening a line as the item's marker", () => {
    // Writer's OpenSymbol square bullet: poppler prints U+E00B, which no word holds.
    const body = asViewerCopy(linesOf(["\uE00B National security sector", "reform strategies adopted", "\uF0A7 Staff turnover in partner", "institutions", "A\uE00Bb"].join("\n")));
    expect(body.map((l) => l.text)).toEqual(["• National security sector ", "reform strategies adopted", "• Staff turnover in partner ", "institutions ", "A\uE00Bb"]);
  });

  it("blanks a page's footer, the header's labels repeated in the body, and hyphenates SecretaryGeneral", () => {
    const body = asViewerCopy(linesOf(["Advisory notes to the SecretaryGeneral", "", "Page 1 of 3", "\fPerformance measures", "", "rest"].join("\n")), ["Performance measures"]);
    expect(body.map((l) => l.text)).toEqual(["Advisory notes to the Secretary-General", "", "", "", "", "rest"]);
  });
});

describe("reading-order body: two cells merged on one baseline", () => {
  it("parts a line at a bullet between words, and gives each following line to the cell it wraps in", () => {
    // Poppler prints the two cells' first lines as one line, then their further lines by baseline.
    const printed = ["To mark the International Day • Commemorative events organized", "of Commemoration of the", "with Member States", "Victims of the Crime of", "Genocide", "", "• Participants rating the training as", "useful (target: 75%)"];
    expect(asViewerCopy(linesOf(printed.join("\n"))).map((l) => l.text)).toEqual([
      "To mark the International Day ",
      "of Commemoration of the ",
      "Victims of the Crime of ",
      "Genocide",
      "",
      "• Commemorative events organized ",
      "with Member States",
      "",
      "• Participants rating the training as ",
      "useful (target: 75%)",
    ]);
  });

  it("gives an item to the cell whose list it continues, a wrapped line to the cell it fits", () => {
    const printed = ["To increase the share of staff ▪ Audit recommendations implemented", "from unrepresented and", "within the deadline.", "underrepresented Member", "States", "▪ Staff having completed mandatory", "learning."];
    expect(asViewerCopy(linesOf(printed.join("\n"))).map((l) => l.text.trim())).toEqual(["To increase the share of staff", "from unrepresented and", "underrepresented Member", "States", "", "▪ Audit recommendations implemented", "within the deadline.", "▪ Staff having completed mandatory", "learning."]);
  });

  it("leaves the line as printed where every reading has a needless wrap (more cells interleaved than the line shows)", () => {
    // Four columns' lines interleaved under a line that shows two of them (a Word table).
    const printed = ["Agreement, including \uF0A7 Joint statements", "controls and regular", "\uF0A7 Average time to convene", "the exchange of", "audits", "issued by the members", "the military coordination", "prisoners", "of the international", "committee (target: 21", "contact group", "days)", "To ensure the"];
    // (The private-use bullet opening a line is read as `•`, as before.)
    expect(asViewerCopy(linesOf(printed.join("\n"))).map((l) => l.text.trim())).toEqual(printed.map((l) => l.replace(/^\uF0A7/, "•")));
  });

  it("reads the parted cells as one row", () => {
    const text = ["Objectives", "", "Expected results", "", "Performance measures", "", "To mark the International Day • Commemorative events organized", "of Commemoration of the", "with Member States", "Victims of the Crime of", "Genocide", "", "• Participants rating the training as", "useful (target: 75%)"].join("\n");
    expect(read(text, true)).toEqual([
      {
        objective: "To mark the International Day of Commemoration of the Victims of the Crime of Genocide",
        accomplishments: ["Commemorative events organized with Member States"],
        measures: ["Participants rating the training as useful (target: 75%)"],
        extra: {},
      },
    ]);
  });
});

describe("reading-order table", () => {
  it("rebuilds the rows: the objective block, then the cells beside it, sub-rows in reading order", () => {
    expect(read(TABLE)).toEqual([
      {
        objective: "To address cross-border threats, including drug trafficking",
        accomplishments: ["Good offices missions undertaken before and after elections"],
        measures: ["Transnational crime units operational: 4"],
        extra: {},
      },
      {
        objective: "To promote good governance in the subregion",
        accomplishments: ["Joint assessment missions conducted with ECOWAS and the African Union"],
        measures: ["Meetings of heads of United Nations presences (target: 2)", "Crime units operational: 7"],
        extra: {},
      },
    ]);
  });

  it("reads a row's sub-rows printed one after another, not a sub-row's item as the next objective", () => {
    // Measures and results side by side in three sub-rows: poppler prints m1, a1, m2, a2, m3.
    const text = ["Objectives", "", "Performance measures", "", "Expected results", "", "To promote good governance", "in the subregion", "", "• Crime units operational (target: 7)", "", "• Joint assessment missions conducted", "", "• Good offices missions to countries", "holding elections: 4", "", "• Women mediators deployed", "", "• Meetings of heads of presences", "(target: 2)", "", "To support the peaceful settlement", "", "• Kilometres of boundary demarcated: 218", "", "• Good offices missions undertaken"].join("\n");
    const rows = read(text, true);
    expect(rows.map((r) => r.objective)).toEqual(["To promote good governance in the subregion", "To support the peaceful settlement"]);
    expect(rows[0]!.measures).toEqual(["Crime units operational (target: 7)", "Good offices missions to countries holding elections: 4", "Meetings of heads of presences (target: 2)"]);
    expect(rows[0]!.accomplishments).toEqual(["Joint assessment missions conducted", "Women mediators deployed"]);
    // Read as a viewer's copy (no reading-order cue), the second sub-row's measure opens a row.
    expect(read(text).map((r) => r.objective)).toContain("Good offices missions to countries holding elections: 4");
  });

  it("reads a compact's reading-order text end to end", async () => {
    const text = [
      "SENIOR MANAGER’S COMPACT for 2014",
      "Quentin Verhoeven, Special Representative of the Secretary-General for West Africa, will strive to fulfil the goals of",
      "the United Nations Charter. I commit to achieve the objectives detailed below.",
      "",
      "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS",
      TABLE,
      "",
      "B. MANAGERIAL OBJECTIVES",
      "Objective",
      "",
      "Key performance indicator",
      "",
      "Baseline",
      "",
      "Target",
      "",
      "To ensure timely completion of",
      "the performance evaluation",
      "cycle",
      "",
      "● Budget implementation rate",
      "",
      "84 per cent",
      "",
      "95 per cent",
      "",
    ].join("\n");
    const dir = mkdtempSync(join(tmpdir(), "reading-order-"));
    const path = join(dir, "mini.plain.txt");
    writeFileSync(path, text);
    const out = await extract(path, { format: "text" });
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") throw new Error("not read as a compact");
    expect(out.objectives.map((o) => [o.objective, o.measures.map((m) => [m.text, m.baseline, m.target])])).toEqual([
      ["To address cross-border threats, including drug trafficking", [["Transnational crime units operational: 4", null, null]]],
      ["To promote good governance in the subregion", [["Meetings of heads of United Nations presences (target: 2)", null, null], ["Crime units operational: 7", null, null]]],
      ["To ensure timely completion of the performance evaluation cycle", [["Budget implementation rate", "84 per cent", "95 per cent"]]],
    ]);
    // A best effort, and said so: one warning per table read in reading order, at its first label; status partial.
    expect(out.warnings.filter((w) => w.code === "TABLE_READING_ORDER").map((w) => w.line)).toHaveLength(2);
    expect(out.status).toBe("partial");
  });
});

describe("reading-order body: cells whose lines poppler interleaves (one block, lines by baseline)", () => {
  it("parts two cells whose lines alternate, each wrapping where it had to", () => {
    // val16 v16-005: an objective beside an unmarked accomplishment, their baselines offset.
    const cells = unzippedCells(["To support the", "Regional mechanism for", "participation of", "the certification of", "women in the", "minerals strengthened.", "Framework's follow-up", "mechanisms with the", "support of the country", "teams"]);
    expect(cells?.map((c) => c.lines)).toEqual([
      ["To support the", "participation of", "women in the", "Framework's follow-up", "mechanisms with the", "support of the country", "teams"],
      ["Regional mechanism for", "the certification of", "minerals strengthened."],
    ]);
  });

  it("cuts a line where two cells' lines share a baseline, the left cell's words first", () => {
    const cells = unzippedCells(["To engage civil society Regional mechanism for", "and young people in", "the certification of", "regional peace", "minerals strengthened.", "initiatives"]);
    expect(cells?.map((c) => c.lines)).toEqual([
      ["To engage civil society", "and young people in", "regional peace", "initiatives"],
      ["Regional mechanism for", "the certification of", "minerals strengthened."],
    ]);
    // A marked item beside another list's item: the marker stays with its text.
    const items = unzippedCells(["a) Business continuity exercises a) Travel restrictions; mitigation:", "conducted: 2.", "use of national staff and video", "links."]);
    expect(items?.map((c) => c.lines)).toEqual([["a) Business continuity exercises", "conducted: 2."], ["a) Travel restrictions; mitigation:", "use of national staff and video", "links."]]);
  });

  it("leaves one cell as printed: its wraps were all needed, or a hyphenated word joined two lines", () => {
    expect(unzippedCells(["To address cross-border threats,", "including drug trafficking and", "transnational organized crime", "throughout the year"])).toBeNull();
    // pdftotext joins `Secretary-` with the whole next line: that line is two printed lines wide.
    expect(unzippedCells(["▪ Religious leaders engaged in", "regional forums (target: 133).", "▪ Situations of concern monitored:", "34.", "▪ Advisory notes to the Secretary-General (target: 33)."])).toBeNull();
  });

  it("writes the parted cells' items in the order poppler prints a table's blocks (by their first line)", () => {
    // (The body's widest line, a paragraph across the table, tells that the block's lines are a cell's.)
    const wide = "Objective 2: To counter hate speech that could incite violence against protected groups in the region";
    const body = asViewerCopy(linesOf([wide, "", "To liaise with the United", "Action plan on hate speech", "Nations system on activities", "implemented by country teams.", "for the prevention of genocide", "Situations of concern analysed against", "the framework of analysis."].join("\n")));
    expect(body.map((l) => l.text).slice(2)).toEqual([
      "To liaise with the United ",
      "Nations system on activities ",
      "for the prevention of genocide",
      "",
      "Action plan on hate speech ",
      "implemented by country teams.",
      "",
      "Situations of concern analysed against ",
      "the framework of analysis.",
    ]);
  });
});

describe("reading-order body: where a spanning objective heading ends", () => {
  it("ends a heading that fits on its line, though it is the body's widest, where a cell's first line follows", () => {
    // dev16 d16-011: no heading wraps in lower case, so nothing bounds the table's width.
    const body = asViewerCopy(linesOf(["OBJECTIVE 1: To support efforts against piracy and armed robbery at sea in the Gulf of Guinea", "Women's networks consulted during", "electoral processes.", "", "• Days to deploy a good offices", "mission: 11."].join("\n")));
    expect(body.map((l) => l.text).slice(0, 3)).toEqual(["OBJECTIVE 1: To support efforts against piracy and armed robbery at sea in the Gulf of Guinea", "Women's networks consulted during ", "electoral processes."]);
  });

  it("goes on over a wrap before a name when the next line is a paragraph of one line with a marked item under it", () => {
    const body = asViewerCopy(linesOf(["OBJECTIVE 4: To promote the participation of women and young people in peace processes in West", "Africa in cooperation with regional partners", "▪ National security sector", "reform strategies adopted"].join("\n")));
    expect(body.map((l) => l.text).slice(0, 2)).toEqual(["OBJECTIVE 4: To promote the participation of women and young people in peace processes in West ", "Africa in cooperation with regional partners"]);
  });
});
