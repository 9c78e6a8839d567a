/**
 * Session 41 (h-cent41), layout text (`pdftotext -layout`) of LibreOffice prints, read from
 * committed documents: a centred table's last row on a page is cut by the break when the next page
 * holds none of the table's objectives (every line there joins that row), so the part of it on the
 * page says nothing about where the row above ends (`groupCentredRows`, tables/geometry).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows } from "../support/table-rows.js";

const rowsOf = (corpus: string, split: string, file: string) => documentRows(join(__dirname, "..", corpus, split, file));

describe("a centred row cut by the break, with no objective on the next page, does not pull the row above's last items", () => {
  it("keeps \"Improved exchange of good practices.\" with the row above (corpus dev-007 lo.txt)", async () => {
    const rows = await rowsOf("corpus", "dev", "dev-007.lo.txt");
    const above = rows.find((r) => r.objective.startsWith("Results-focused management of the delivery"));
    const cut = rows.find((r) => r.objective.startsWith("Responsive management of extrabudgetary"));
    expect(above?.accomplishments).toEqual(["Better capacity of Member States to implement agreed commitments.", "Strengthened accountability of managers for results.", "Improved exchange of good practices."]);
    expect(above?.measures.at(-1)).toBe("At least 86% of publications issued in all official languages.");
    expect(cut?.accomplishments[0]).toBe("Greater access to information for stakeholders.");
    expect(cut?.measures[0]).toBe("At least 82% of staff members completing mandatory training.");
  });

  it("keeps the row above's last measure with it (corpus4 f2-012 lo.txt)", async () => {
    const rows = await rowsOf("corpus4", "fresh4", "f2-012.lo.txt");
    const above = rows.find((r) => r.objective.startsWith("To improve public understanding of and support"));
    const cut = rows.find((r) => r.objective.startsWith("To enhance the reach of United Nations news"));
    expect(above?.measures.at(-1)).toMatch(/^Reduction in the average time to publish a press release/);
    expect(cut?.measures[0]).toMatch(/^Increase in the number of campaigns run by information centres from 7 in 2015/);
  });
});
