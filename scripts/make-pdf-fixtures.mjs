#!/usr/bin/env node
/**
 * Makes the PDF fixtures under test/fixtures/pdf/ with LibreOffice (soffice), qpdf and poppler.
 * Run by hand when the fixtures must change (CI has none of these tools, so the PDFs are committed):
 *
 *   node scripts/make-pdf-fixtures.mjs [path/to/shared]     (default: ../shared beside the repo)
 *
 * Each layout is written as a Flat ODT (.fodt: plain XML, so page size, headers/footers, table
 * borders and repeated header rows are all under our control) and converted with
 * `soffice --headless --convert-to pdf`.
 *
 * The seed compact's prose comes from the seed text; its tables come from the hand-checked truth
 * rows (the seed's tab tables are already broken into wrapped lines, so the truth is the faithful
 * description of what the printed tables contain). The PDFs are inputs: the pipeline must rebuild
 * the rows from glyph positions alone.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(process.argv[2] ?? join(ROOT, "..", "shared"));
const OUT = join(ROOT, "test", "fixtures", "pdf");
const SEED = join(SHARED, "seeds", "000_5d885c4051877f43.txt");
const TRUTH = join(SHARED, "truth", "seed-000.json");

const TABLE_HEADER = /^Objective\tExpected accomplishment/;
const PART_HEADING = /^([A-E])\. [A-Z]/;
const SECTION_HEADING = /^(\d+)\. \S/;

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One paragraph of text; tabs become ODF tabs, `^N` after a word becomes a superscript mark. */
function para(text, style = "P") {
  const body = esc(text)
    .split("\t")
    .join("<text:tab/>")
    .replace(/\^(\d+)/g, '<text:span text:style-name="Sup">$1</text:span>');
  return `<text:p text:style-name="${style}">${body}</text:p>`;
}

/** A cell's items: one paragraph each, bulleted when the cell lists more than one. */
function cell(items, style) {
  const list = Array.isArray(items) ? items : [items];
  const paras = list.map((t) => para(list.length > 1 ? `• ${t}` : t)).join("");
  return `<table:table-cell table:style-name="${style}" office:value-type="string">${paras}</table:table-cell>`;
}

function table(name, headers, rows, ruled) {
  const cellStyle = ruled ? "CellRuled" : "CellPlain";
  const head = `<table:table-header-rows><table:table-row>${headers
    .map((h) => `<table:table-cell table:style-name="${cellStyle}" office:value-type="string">${para(h, "PH")}</table:table-cell>`)
    .join("")}</table:table-row></table:table-header-rows>`;
  const body = rows.map((r) => `<table:table-row>${r.map((c) => cell(c, cellStyle)).join("")}</table:table-row>`).join("");
  return `<table:table table:name="${name}" table:style-name="Tbl"><table:table-column table:style-name="Col${headers.length}" table:number-columns-repeated="${headers.length}"/>${head}${body}</table:table>`;
}

/** The seed compact as body XML: prose from the seed text, each table from the truth rows. */
function seedBody(ruled) {
  const truth = JSON.parse(readFileSync(TRUTH, "utf8"));
  const lines = readFileSync(SEED, "utf8").split("\n");
  let part = "", section = "";
  const done = new Set();
  const out = [];
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/, "");
    if (TABLE_HEADER.test(line)) {
      // Skip the seed's tab table: every following line that is blank or has a tab.
      while (i + 1 < lines.length && (lines[i + 1].trim() === "" || lines[i + 1].includes("\t"))) i++;
      const id = `${part}.${section}`;
      if (done.has(id)) continue; // a section's second table: its rows are in the first one
      done.add(id);
      const rows = truth.rows.filter((r) => r.section === id).map((r) => [r.objective, r.accomplishments, r.measures]);
      out.push(table(`T${++t}`, ["Objective", "Expected accomplishment", "Performance measure"], rows, ruled));
      continue;
    }
    if (!line.trim()) continue;
    const p = PART_HEADING.exec(line);
    if (p) {
      part = p[1];
      section = "";
      out.push(para(line, "PB"));
      continue;
    }
    const s = SECTION_HEADING.exec(line);
    if (s && part) {
      section = s[1];
      out.push(para(line, "PB"));
      continue;
    }
    out.push(para(line, /SENIOR MANAGER'S COMPACT/.test(line) ? "PT" : "P"));
  }
  return out.join("\n");
}

/** A short compact of our own with a fourth column, for the 4-column and landscape layouts. */
function risksBody() {
  const rows = [
    [
      "To strengthen the ﬁnancial oversight of field missions.",
      ["Timely closure of mission accounts.", "Improved cash management in field missions."],
      ["95% of mission accounts closed within 12 months of liquidation.", "Cash balances reconciled monthly in all missions."],
      ["Staff turnover in finance sections; mitigated by a roster of pre-cleared candidates.", "Late inputs from missions; mitigated by quarterly reminders."],
    ],
    [
      "To improve the timeliness of recruitment for field positions.",
      ["Reduced average time from vacancy announcement to selection."],
      ["Average recruitment time below 120 days.", "At least 80% of rosters refreshed during the year."],
      ["Security situation in hardship duty stations; mitigated by rapid deployment teams.", "Competing demands on human resources officers; mitigated by temporary surge capacity."],
    ],
    [
      "To reduce the environmental footprint of peace operations.",
      ["Environmental policy applied in all missions.", "Waste management plans in place."],
      ["Environmental baseline studies completed in 10 missions.", "Fuel consumption reduced by 5% against 2009."],
      ["Limited local contractors; mitigated by regional system contracts.", "Host country regulations differ; mitigated by early consultation."],
    ],
    [
      "To ensure the safety of civilian staff deployed to field missions.",
      ["All staff trained in field security before deployment."],
      ["100% of newly deployed staff complete the security course.", "Security risk assessments updated every six months."],
      ["Rapid start-up of new missions; mitigated by online training modules.", "Training venues at capacity; mitigated by mobile training teams."],
    ],
    [
      "To modernize the supply chain for field missions.",
      ["Strategic deployment stocks replenished on time.", "Improved forecasting of mission requirements."],
      ["Stocks replenished within 90 days of release.", "Acquisition plans submitted by all missions by 31 March."],
      ["Vendor delays; mitigated by framework agreements with several suppliers.", "Transport disruptions; mitigated by pre-positioning at regional hubs."],
    ],
  ];
  return [
    para("2010 SENIOR MANAGER'S COMPACT", "PT"),
    para("Between Mr. John Example, Under-Secretary-General for Field Support, and the Secretary-General, Mr. Ban Ki-moon"),
    para("DEPARTMENT/OFFICE: Department of Field Support"),
    para("A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES", "PB"),
    para("1. Field support priorities", "PB"),
    para("The following objectives include the risks identi\u00adfied for each of them and how they are mitigated.^1"),
    table("T1", ["Objective", "Expected accomplishment", "Performance measure", "Risks and mitigations"], rows, true),
    para("1 Risks are reviewed with the Department of Management each quarter."),
    para("C. CHALLENGES AND CONSTRAINTS", "PB"),
    para("- Achievement of the objectives is subject to adequate resources being available."),
  ].join("\n");
}

function fodt(body, page) {
  const header = page.header ? `<style:header>${para(page.header, "PF")}</style:header>` : "";
  const footer = page.footer
    ? `<style:footer><text:p text:style-name="PF">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>`
    : "";
  const border = "0.5pt solid #000000";
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="${page.fontSize ?? 9}pt" fo:language="en" fo:country="US"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"/>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PT" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="PH" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PF" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${page.tableWidth}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
${[3, 4].map((n) => `<style:style style:name="Col${n}" style:family="table-column"><style:table-column-properties style:column-width="${(page.tableWidth / n).toFixed(3)}cm"/></style:style>`).join("\n")}
<style:style style:name="CellRuled" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="${border}"/></style:style>
<style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.08cm" fo:padding-bottom="0.08cm" fo:padding-left="0cm" fo:padding-right="0.25cm" fo:border="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${page.width}" fo:page-height="${page.height}" style:print-orientation="${page.orientation ?? "portrait"}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="${page.margin ?? "2cm"}" fo:margin-right="${page.margin ?? "2cm"}"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

const A4 = { width: "21cm", height: "29.7cm", tableWidth: 17 };
const FURNITURE = { header: "Senior Manager's Compact 2008 — Department of Field Support", footer: true };
const LAYOUTS = [
  { name: "seed-ruled", body: () => seedBody(true), page: A4 },
  { name: "seed-borderless", body: () => seedBody(false), page: A4 },
  // Narrow page: cells wrap into many lines and rows are cut by page breaks (header row repeats).
  { name: "seed-narrow", body: () => seedBody(false), page: { width: "12cm", height: "17cm", tableWidth: 10.4, margin: "0.8cm", fontSize: 8 } },
  { name: "seed-furniture", body: () => seedBody(true), page: { ...A4, ...FURNITURE } },
  { name: "risks-landscape", body: risksBody, page: { width: "29.7cm", height: "21cm", orientation: "landscape", tableWidth: 25.7, fontSize: 11, ...FURNITURE, header: "Senior Manager's Compact 2010 — Department of Field Support" } },
];

/** A one-page PDF whose only content is a greyscale image (binary PGM in): a scan, no text layer. */
function imageOnlyPdf(pgm) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 50));
  if (!header) throw new Error("not a binary PGM");
  const [, w, h] = header.map(Number);
  const pixels = deflateSync(pgm.subarray(header[0].length));
  const content = `q 595 0 0 842 0 0 cm /Im0 Do Q`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
    [`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, pixels, "\nendstream"],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
  ];
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets = [];
  let size = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), ...[o].flat().map((x) => (typeof x === "string" ? Buffer.from(x, "latin1") : x)), Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

function convert(dir, name, xml) {
  const src = join(dir, `${name}.fodt`);
  writeFileSync(src, xml);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, src], { stdio: "ignore" });
  return join(dir, `${name}.pdf`);
}

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "pdf-fixtures-"));
try {
  for (const l of LAYOUTS) {
    const pdf = convert(work, l.name, fodt(l.body(), l.page));
    copyFileSync(pdf, join(OUT, `${l.name}.pdf`));
    console.log(`${l.name}.pdf ${statSync(pdf).size} bytes`);
  }
  // Error fixtures, all made from the small landscape PDF.
  const base = join(OUT, "risks-landscape.pdf");
  execFileSync("qpdf", ["--encrypt", "user", "owner", "256", "--", base, join(OUT, "error-encrypted.pdf")]);
  const bytes = readFileSync(base);
  writeFileSync(join(OUT, "error-truncated.pdf"), bytes.subarray(0, Math.floor(bytes.length / 3)));
  // A scan: the first page as a greyscale image, wrapped into a PDF with no text layer.
  execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "40", "-gray", base, join(work, "scan")]);
  writeFileSync(join(OUT, "error-scanned.pdf"), imageOnlyPdf(readFileSync(join(work, "scan-1.pgm"))));
  for (const f of ["error-encrypted.pdf", "error-truncated.pdf", "error-scanned.pdf"]) console.log(`${f} ${statSync(join(OUT, f)).size} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
