#!/usr/bin/env node
/**
 * Makes test/fixtures/pdf/two-column-report.pdf: a UN-style report set in two columns of prose,
 * for the PDF reading-order test. Needs LibreOffice (soffice); the PDF is committed.
 * The paragraphs are also written to two-column-report.paragraphs.json, the test's expectation.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { A4, convert, fodt, para } from "./make-pdf-fixtures.mjs";

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "fixtures", "pdf");

export const PARAGRAPHS = [
  "1. The present report is submitted pursuant to General Assembly resolution 63/276, in which the Assembly requested the Secretary-General to report on the implementation of the accountability framework.",
  "2. Senior managers sign an annual compact with the Secretary-General that sets out programme objectives, expected accomplishments and performance measures for their department or office.",
  "3. The Management Performance Board reviews the results achieved under each compact and advises the Secretary-General on the performance of senior managers throughout the year.",
  "4. In 2010 the Board reviewed thirty-four compacts and found that most departments had met the targets for the timely submission of documents to the intergovernmental bodies.",
  "5. Targets for the recruitment of women and of nationals of unrepresented Member States were met by fewer departments, and the Board recommended stronger measures in this regard.",
  "6. The Board also noted that the vacancy rates of several offices away from Headquarters remained above the agreed levels for a second consecutive year, owing to lengthy recruitment.",
  "7. Departments have improved the implementation of recommendations of the oversight bodies; ninety per cent of those recommendations were implemented within the agreed timeframes.",
  "8. The Secretary-General intends to publish the compacts of senior managers on the Organization's website, together with the results of the Board's annual assessment of each compact.",
  "9. The General Assembly may wish to take note of the present report and to encourage the further strengthening of accountability for the performance of senior managers.",
  "10. A summary of the compacts reviewed in 2010, by department and by performance measure, will be made available to Member States in a conference room paper.",
];

const SECTION_STYLE =
  '<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>';

function main() {
  const body = [
    para("Accountability of senior managers", "PT"),
    para("Report of the Secretary-General", "PT"),
    `<text:section text:style-name="Sect2" text:name="Body">${PARAGRAPHS.map((p) => para(p)).join("")}</text:section>`,
  ].join("\n");
  const xml = fodt(body, { ...A4, fontSize: 10 }).replace("</office:automatic-styles>", `${SECTION_STYLE}\n</office:automatic-styles>`);
  const work = mkdtempSync(join(tmpdir(), "two-column-"));
  try {
    copyFileSync(convert(work, "two-column-report", xml), join(OUT, "two-column-report.pdf"));
    writeFileSync(join(OUT, "two-column-report.paragraphs.json"), JSON.stringify(PARAGRAPHS, null, 2) + "\n");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
