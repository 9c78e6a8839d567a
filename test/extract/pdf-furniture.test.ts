/** Running headers/footers: a Layout → Layout pass, tested on hand-made multi-page layouts. */
import { describe, expect, it } from "vitest";
import { removeFurniture } from "../../src/extract/furniture.js";
import { assignOffsets } from "../../src/extract/pdf/offsets.js";
import type { Layout, Line, Page } from "../../src/model/layout.js";

function line(page: number, y: number, cells: string[]): Line {
  let text = "";
  const segments = cells.map((c, i) => {
    if (i > 0) text += "\t";
    const start = text.length;
    text += c;
    return { text: c, x: i * 150, y, width: c.length * 5, fontSize: 10, page, line: 0, start, end: text.length };
  });
  return { page, line: 0, y, text, start: 0, end: text.length, segments, kind: "text" };
}
function layoutOf(pages: Array<Array<[number, string[]]>>): Layout {
  const built: Page[] = pages.map((lines, i) => ({
    number: i + 1, width: 595, height: 842, rules: [], removed: [],
    lines: lines.map(([y, cells]) => line(i + 1, y, cells)),
  }));
  const { text, pages: withOffsets } = assignOffsets(built);
  return { format: "pdf", text, pages: withOffsets };
}
const texts = (l: Layout) => l.pages.map((p) => p.lines.map((x) => x.text));

describe("removeFurniture", () => {
  it("keeps a cell's wrapped last line that ends two pages at the same height (t7-006 html.pdf)", () => {
    // Chromium's print of a Word table: "… completed for 16 per" / "cent of staff" at the foot of
    // page 1, "… for 17 per" / "cent of staff" at the foot of page 2, 12 pt (one line) apart.
    // The same words at the same height on two of three pages looked like a running footer.
    const input = layoutOf([16, 17, 0].map((n) => (n ? [
      [100, [`Row ${n}`, "measure"]],
      [725, ["", `Performance evaluations completed for ${n} per`]],
      [737, ["", "cent of staff"]],
    ] : [[100, ["Row 3", "measure"]]])));
    expect(texts(removeFurniture(input))[1]).toEqual(["Row 17\tmeasure", "\tPerformance evaluations completed for 17 per", "\tcent of staff"]);
  });
  it("removes a browser's print header and footer whose date or file name holds the page's number", () => {
    // Chromium's `--print-to-pdf` without `--no-pdf-header-footer` (corpus7 HTML printed as a user
    // types it): the date and title at the top, the file URL and "page/pages" at the foot. On
    // page 1 the date "12/1/26" holds a standalone "1", on page 3 the file name "d7-003.html" a
    // "003": with the page's number taken out of the key, those pages' lines matched no other
    // page's and stayed in the table.
    const input = layoutOf([1, 2, 3, 4].map((n) => [
      [22.5, ["12/1/26, 6:53 PM", "Senior Manager's Compact 2009"]],
      [100, [`Row ${["alpha", "beta", "gamma", "delta"][n - 1]}`, "measure"]],
      [774.8, ["file:///tmp/html/d7-003.html", `${n}/4`]],
    ]));
    const out = removeFurniture(input);
    expect(texts(out)).toEqual([["Row alpha\tmeasure"], ["Row beta\tmeasure"], ["Row gamma\tmeasure"], ["Row delta\tmeasure"]]);
    expect(out.pages[0]!.removed.map((r) => r.reason)).toEqual(["running header", "running footer"]);
    expect(out.pages[2]!.removed.map((r) => r.reason)).toEqual(["running header", "running footer"]);
  });
  it("removes a running header wrapped onto two lines, set off from the body below its second line (d8d-009)", () => {
    // A long entity name in LibreOffice's header: its first line one line step above its second,
    // which had counted as the body the first ran on from; the header stayed over every page's
    // table part and ended the table at each page break.
    const input = layoutOf([1, 2, 3].map((n) => [
      [43.4, ["Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island"]],
      [53.0, ["Developing States — Compact 2019"]],
      [75.6, [`Row ${["alpha", "beta", "gamma"][n - 1]}`, "measure"]],
      [88.8, ["", `and the ${["first", "second", "third"][n - 1]} line`]],
    ]));
    const out = removeFurniture(input);
    expect(texts(out)).toEqual([["alpha", "first"], ["beta", "second"], ["gamma", "third"]].map(([r, k]) => [`Row ${r}\tmeasure`, `\tand the ${k} line`]));
    expect(out.pages[1]!.removed.map((r) => r.reason)).toEqual(["running header", "running header"]);
  });
  it("keeps a cell's rest carried to the top of two pages out of four at the same height (corpus dev-025 weasy.pdf)", () => {
    // The same risk, "… mitigated by early" / "engagement with the budget" / "committees.", cut by
    // two page breaks: its rest opens pages 2 and 3 at the same height, set off from the next row.
    // A wrapped running line stands on every page but one; this stands on two of four.
    const rest: Array<[number, string[]]> = [[60, ["", "engagement with the budget"]], [72, ["", "committees."]]];
    const names = ["alpha", "beta", "gamma", "delta"];
    const input = layoutOf([1, 2, 3, 4].map((n) => [...(n === 2 || n === 3 ? rest : []), [110, [`Row ${names[n - 1]}`, `the ${names[n - 1]} measure`]]]));
    const out = removeFurniture(input);
    expect(texts(out)[1]).toEqual(["\tengagement with the budget", "\tcommittees.", "Row beta\tthe beta measure"]);
    expect(texts(out)[2]).toEqual(["\tengagement with the budget", "\tcommittees.", "Row gamma\tthe gamma measure"]);
  });
  it("keeps a table header repeated at the same place on most pages", () => {
    const input = layoutOf([1, 2, 3].map((n) => [
      [40, ["Compact 2012"]],
      [78, ["Performance Measure", "Expected Result"]],
      [100, [`Row ${["alpha", "beta", "gamma"][n - 1]}`]],
    ]));
    const out = removeFurniture(input);
    expect(texts(out)[2]).toEqual(["Performance Measure\tExpected Result", "Row gamma"]);
  });
  it("keeps a repeated header row whose labels wrap after a connector ('Indicators of' / 'achievement')", () => {
    // f1-025 of test/corpus4 (LibreOffice): the first line of the header repeated on each page was
    // removed as a running header, leaving "results | achievement" to open the table.
    const input = layoutOf([1, 2, 3].map((n) => [
      [60, ["Expected", "Indicators of"]],
      [72, ["results", "achievement"]],
      [90, [`Row ${["alpha", "beta", "gamma"][n - 1]}`, "measure"]],
    ]));
    expect(texts(removeFurniture(input))[1]).toEqual(["Expected\tIndicators of", "results\tachievement", "Row beta\tmeasure"]);
  });
  it("keeps the pieces of a table header repeated at every page top that sit closer than a line to it", () => {
    // A header row with a label centred on three lines: "EXPECTED | RISKS" and "Performance" are
    // above the row's main line, 5 pt apart (a line is 10 pt); the running header is 40 pt above.
    const input = layoutOf([1, 2, 3].map((n) => [
      [40, ["Compact 2015"]],
      [82.4, ["EXPECTED", "RISKS"]],
      [87.6, ["Performance"]],
      [92.8, ["Objectives", "ACCOMPLISHMENT", "AND"]],
      [120, [`Row ${["alpha", "beta", "gamma"][n - 1]}`]],
    ]));
    const out = removeFurniture(input);
    expect(texts(out)[1]).toEqual(["EXPECTED\tRISKS", "Performance", "Objectives\tACCOMPLISHMENT\tAND", "Row beta"]);
    expect(out.pages[1]!.removed.map((r) => r.text)).toEqual(["Compact 2015"]);
  });
  it("drops a running header and 'Page N of M' footers, records them and rebuilds offsets", () => {
    const input = layoutOf([1, 2, 3].map((n) => [
      [40 + (n === 2 ? 1 : 0), ["Senior Manager's Compact 2008"]],
      [80, [`Body text ${["alpha", "beta", "gamma"][n - 1]}`]],
      [806, [`Page ${n} of 3`]],
    ]));
    const out = removeFurniture(input);
    expect(texts(out)).toEqual([["Body text alpha"], ["Body text beta"], ["Body text gamma"]]);
    expect(out.pages[1]!.removed).toEqual([
      { text: "Senior Manager's Compact 2008", y: 41, reason: "running header" },
      { text: "Page 2 of 3", y: 806, reason: "page number" },
    ]);
    expect(out.text).toBe("Body text alpha\n\fBody text beta\n\fBody text gamma");
    for (const l of out.pages.flatMap((p) => p.lines)) expect(out.text.slice(l.start, l.end)).toBe(l.text);
    expect(input.pages[0]!.lines).toHaveLength(3); // input untouched
  });

  it("does not take body lines that differ only in numbers for a running header", () => {
    const out = removeFurniture(layoutOf([1, 2, 3].map((n) => [[80, [`Target ${n * 10}% of posts filled`]], [400, [["alpha", "beta", "gamma"][n - 1]!]]])));
    expect(out.pages.map((p) => p.lines.length)).toEqual([2, 2, 2]);
  });

  it("removes bare page numbers only when they follow the page sequence", () => {
    const out = removeFurniture(layoutOf([
      [[80, ["Text"]], [806, ["2"]]],
      [[80, ["More text"]], [806, ["3"]]],
      [[80, ["Last text"]], [806, ["2008"]]],
    ]));
    expect(texts(out)).toEqual([["Text"], ["More text"], ["Last text", "2008"]]);
  });

  it("keeps a table header row repeated on every page, and a line repeated at another height", () => {
    const header: [number, string[]] = [60, ["Objective", "Expected accomplishment", "Performance measure"]];
    const out = removeFurniture(layoutOf([
      [header, [80, ["To ensure", "Timely", "90%"]], [700, ["Signature:"]]],
      [header, [80, ["", "continued", ""].filter(Boolean)], [300, ["Signature:"]]],
    ]));
    expect(out.pages.map((p) => p.lines.length)).toEqual([3, 3]);
    expect(out.pages.every((p) => p.removed.length === 0)).toBe(true);
  });

  it("leaves a single-page layout with no furniture as it was", () => {
    const input = layoutOf([[[80, ["Only page"]]]]);
    expect(removeFurniture(input)).toBe(input);
  });
});

describe("running lines that print the page number", () => {
  it("matches a browser's URL footer on every page, whatever digits its file name holds and on the last page (4/4)", () => {
    const input = layoutOf([1, 2, 3, 4].map((n) => [
      [39, ["DSS – Senior Manager’s Compact 2021"]],
      [100, [`Body line ${"abcd"[n - 1]}`]],
      [594.75, ["file:///tmp/out/d2-017.html", `${n}/4`]],
    ]));
    expect(texts(removeFurniture(input))).toEqual([["Body line a"], ["Body line b"], ["Body line c"], ["Body line d"]]);
  });
});

describe("plain text: a line matched only by its place from the page edge", () => {
  it("is furniture when a blank line sets it off from the body, not the last line of a signature block", () => {
    // pdftotext's grid: y in 12-pt steps. The footer sits after a blank line on every page; the
    // signature blocks on pages 2 and 3 end with the same date line, straight after the title.
    const page = (n: number, body: string[], date: boolean) => {
      const lines: Array<[number, string[]]> = body.map((t, i) => [12 * i, [t]]);
      if (date) lines.push([12 * body.length, ["Date: December 18, 2023"]]);
      lines.push([12 * (body.length + (date ? 3 : 2)), ["Senior Manager's Compact 2023"]]);
      return lines;
    };
    const built = layoutOf([
      page(1, ["Body one", "Body two"], false),
      page(2, ["Body three", "Body four", "____", "Ms. A. Mokoena", "Under-Secretary-General"], true),
      page(3, ["____", "Mr. B. Guterres", "Secretary-General"], true),
    ]);
    const out = removeFurniture({ ...built, format: "text" });
    expect(texts(out)).toEqual([
      ["Body one", "Body two"],
      ["Body three", "Body four", "____", "Ms. A. Mokoena", "Under-Secretary-General", "Date: December 18, 2023"],
      ["____", "Mr. B. Guterres", "Secretary-General", "Date: December 18, 2023"],
    ]);
  });
});

describe("a line set outside the page's box", () => {
  it("stands at no edge: the page's footer under it is still the page's last line (pdfmake, corpus19 v19-006)", () => {
    // pdfmake draws a middle-aligned cell that crosses a page break below the page's foot (y past
    // the 842 pt page): counted from the edge, its lines hid "Page 1 of 3" from the footer lines.
    const pages: Array<Array<[number, string[]]>> = [1, 2, 3].map((n) => [
      [100, [`Row ${["alpha", "beta", "gamma"][n - 1]}`, "measure"]],
      [783, ["", `wrapped measure ${["one", "two", "three"][n - 1]}`]],
      [810, [`Page ${n} of 3`]],
      ...(n === 1 ? ([[975, ["To improve the follow-up of the"]], [988, ["recommendations of the Unit"]], [1001, ["by participating organizations"]]] as Array<[number, string[]]>) : []),
    ]);
    const out = removeFurniture(layoutOf(pages));
    expect(out.pages[0]!.removed.map((r) => r.text)).toEqual(["Page 1 of 3"]);
    // The off-page lines themselves stay: they are the row's text.
    expect(texts(out)[0]).toContain("To improve the follow-up of the");
  });
});
