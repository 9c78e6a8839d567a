/**
 * A PDF→Markdown converter's page breaks and inlined items (extract/markdown.ts): a table cut at a
 * page break whose next piece took its first body row as the header row, with the page's furniture
 * as paragraphs between, continues the table above; "o x o y" bullets and a run of short unmarked
 * sentences in a later column are items.
 */
import { describe, expect, it } from "vitest";
import { bodyRowAsHeader, markdownTextToLayout, splitInlineItems, splitInlineSentences } from "../../src/extract/markdown.js";

/** The non-blank lines of a Markdown source: kind and text (cells tab-separated). */
function lines(source: string): [string, string][] {
  return markdownTextToLayout(source)
    .pages.flatMap((p) => p.lines)
    .filter((l) => l.kind !== "blank")
    .map((l): [string, string] => [l.kind ?? "", l.text.split("\t").map((t) => t.trim()).join(" | ")]);
}

const HEAD = ["| Objective | Indicators of achievement |", "|---|---|", "| To keep the Council informed of the political process | Reports issued: 4 |"];
const CUT = ["| To support confidence-building measures across the berm in the biennium | Visits conducted: 5 |", "|---|---|", "| To engage the Group of Friends | Meetings held: 3 |"];

describe("a converter's table cut at a page break", () => {
  it("the next piece's header row is a body row, the page number between goes", () => {
    expect(lines([...HEAD, "", "Page 1 of 4", "", ...CUT].join("\n"))).toEqual([
      ["table-row", "Objective | Indicators of achievement"],
      ["table-row", "To keep the Council informed of the political process | Reports issued: 4"],
      ["table-row", "To support confidence-building measures across the berm in the biennium | Visits conducted: 5"],
      ["table-row", "To engage the Group of Friends | Meetings held: 3"],
    ]);
  });

  it("a running head the document repeats is furniture too; a spanning objective row is no caption", () => {
    const cut = ["| Objective 2: To engage the Group of Friends in the biennium |  |", "|---|---|", "| Meetings held | 3 |"];
    const md = [...HEAD, "", "1", "", "PESG · Compact 2024", "", ...cut, "", "2", "", "PESG · Compact 2024"].join("\n");
    expect(lines(md).slice(0, 4)).toEqual([
      ["table-row", "Objective | Indicators of achievement"],
      ["table-row", "To keep the Council informed of the political process | Reports issued: 4"],
      ["table-row", "Objective 2: To engage the Group of Friends in the biennium | "],
      ["table-row", "Meetings held | 3"],
    ]);
  });

  it("an objective repeated in every cell of the cut piece's header row is one spanning cell", () => {
    const span = "OBJECTIVE 2: To engage the Group of Friends in the biennium";
    const md = [...HEAD, "", "Page 1 of 2", "", `| ${span} | ${span} |`, "|---|---|", "| Meetings held | 3 |"].join("\n");
    expect(lines(md)[2]).toEqual(["table-row", `${span} | `]);
  });

  it("a bare continuation (its header row left empty) goes on with its rows", () => {
    const md = [...HEAD, "", "Page 1 of 2", "", "|  |  |", "|---|---|", "| To engage the Group of Friends | Meetings held: 3 |"].join("\n");
    expect(lines(md)).toEqual([
      ["table-row", "Objective | Indicators of achievement"],
      ["table-row", "To keep the Council informed of the political process | Reports issued: 4"],
      ["table-row", "To engage the Group of Friends | Meetings held: 3"],
    ]);
  });

  it("a heading, a paragraph that is not furniture, other labels or a column more: a table of its own", () => {
    for (const between of ["## 2. Other mandates", "The table below lists the remaining objectives.", "Running head once"]) {
      const out = lines([...HEAD, "", between, "", ...CUT].join("\n"));
      expect(out).toContainEqual([expect.stringMatching(/text|heading/), between.replace(/^## /, "")]);
    }
    const labels = lines([...HEAD, "", "Page 1 of 4", "", "| Objective | Outcome |", "|---|---|", "| To engage the Group of Friends | Meetings held: 3 |"].join("\n"));
    expect(labels).toContainEqual(["text", "Page 1 of 4"]);
    const wider = lines([...HEAD, "", "Page 1 of 4", "", "| To support confidence-building measures across the berm in the biennium | Visits: 5 | 6 |", "|---|---|---|"].join("\n"));
    expect(wider).toContainEqual(["text", "Page 1 of 4"]);
  });

  it("labels are short names; an objective, a sentence, a long item are not", () => {
    expect(bodyRowAsHeader(["Expected accomplishments", "Performance measures (baseline and target)"])).toBe(false);
    expect(bodyRowAsHeader(["No.", "Indicator"])).toBe(false);
    expect(bodyRowAsHeader(["To consult civil society and the population of the Territory", ""])).toBe(true);
    expect(bodyRowAsHeader(["Reports issued on time.", "95%"])).toBe(true);
  });
});

describe("a converter's inlined items", () => {
  it("'o x o Y': the opening bullet, repeated before a capital, starts each item", () => {
    expect(splitInlineItems("o Staff trained: 96% o Budget implementation rate: 92%")).toBe("o Staff trained: 96% • o Budget implementation rate: 92%");
    expect(splitInlineItems("- Reviews held - Reports issued")).toBe("- Reviews held • - Reports issued");
    // No opening bullet, or no capital after the dash: text.
    expect(splitInlineItems("Period 2010 - 2011 o Budget")).toBe("Period 2010 - 2011 o Budget");
    expect(splitInlineItems("- Reviews held 2010 - 2011")).toBe("- Reviews held 2010 - 2011");
  });

  it("a run of short sentences ending in full stops is items", () => {
    expect(splitInlineSentences("Participants in family visits: 831. Field visits conducted (target: 6).")).toBe("Participants in family visits: 831. • Field visits conducted (target: 6).");
    expect(splitInlineSentences("Communities in which claim intake was completed: 63. Claims reviewed: 4,836.")).toBe("Communities in which claim intake was completed: 63. • Claims reviewed: 4,836.");
  });

  it("prose, a label's value, an abbreviation, a marked or unfinished cell stay whole", () => {
    for (const text of [
      "Funding arrived late. It will be sought earlier next year.",
      "Percentage of posts filled within 120 days. Baseline: 60%.",
      "Reports issued under Art. Seven of the Charter.",
      "Talks held with J. Smith present.",
      "(a) Talks held. Reports issued.",
      "Talks held. Reports issued",
      "Talks held. Reports issued • Visits made.",
    ]) expect(splitInlineSentences(text)).toBe(text);
  });

  it("in a table: later columns only (the objective stays one text)", () => {
    const md = ["| Objective | Measures |", "|---|---|", "| To hold talks. To issue reports. | Talks held: 4. Reports issued: 3. |"].join("\n");
    expect(lines(md)[1]).toEqual(["table-row", "To hold talks. To issue reports. | Talks held: 4. • Reports issued: 3."]);
  });
});
