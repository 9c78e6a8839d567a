/**
 * Writes a document of model.mjs as a Word file (WordprocessingML written by hand, zipped with
 * `zip`): real list numbering (numbering.xml, with Word's Symbol/Wingdings private-use bullets),
 * vMerge/gridSpan cells, repeated header rows (w:tblHeader), rows that may or may not break across
 * pages (w:cantSplit), cell margins, section breaks to landscape, header/footer parts with PAGE and
 * NUMPAGES fields, a real footnote, no-break and optional hyphens. LibreOffice turns it into lo.pdf.
 */
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { MARKERS, typedLabel } from "./model.mjs";
import { quirk } from "./text.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Runs of one text: tabs, line breaks, no-break hyphens (U+2011), optional hyphens (U+00AD). */
function runs(text, rpr = "") {
  const out = [];
  let buf = "";
  const flush = () => { if (buf) out.push(`<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(buf)}</w:t></w:r>`); buf = ""; };
  for (const ch of text) {
    const el = ch === "\t" ? "<w:tab/>" : ch === "\n" ? "<w:br/>" : ch === "\u2011" ? "<w:noBreakHyphen/>" : ch === "\u00ad" ? "<w:softHyphen/>" : null;
    if (el) { flush(); out.push(`<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}${el}</w:r>`); } else buf += ch;
  }
  flush();
  return out.join("");
}

/** Abstract numbering definitions, one per marker style: [format, lvlText, font]. */
const ABSTRACT = {
  bullet: ["bullet", "•", null],
  symbol: ["bullet", "\uf0b7", "Symbol"],
  circle: ["bullet", "o", "Courier New"],
  square: ["bullet", "\uf0a7", "Wingdings"],
  arrow: ["bullet", "\uf0d8", "Wingdings"],
  dash: ["bullet", "–", null],
  decimal: ["decimal", "%1.", null],
  heading: ["decimal", "%1.", null],
  alphaParen: ["lowerLetter", "(%1)", null],
  romanParen: ["lowerRoman", "(%1)", null],
  alphaClose: ["lowerLetter", "%1)", null],
};
const ABSTRACT_KEYS = Object.keys(ABSTRACT);

export function writeDocx(doc, outPath, tmpRoot) {
  const st = doc.style;
  const nums = []; // [numId, abstract key]
  const newNum = (key) => { const id = nums.length + 1; nums.push([id, key]); return id; };
  const twip = (inch) => Math.round(inch * 1440);
  const letter = doc.year % 3 !== 0; // most Secretariat documents are Letter; some A4
  const pw = letter ? 12240 : 11906, ph = letter ? 15840 : 16838;
  const margin = twip(st.margin);
  const sz = Math.round(st.size * 2), csz = Math.round(st.cellSize * 2);
  const font = st.font;

  const pPr = ({ align, keepNext, num, ind, spacing, bold } = {}) => {
    const parts = [];
    if (keepNext) parts.push("<w:keepNext/>");
    if (num) parts.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>`);
    parts.push(`<w:spacing w:before="${spacing?.[0] ?? 0}" w:after="${spacing?.[1] ?? 120}"/>`);
    if (ind) parts.push(`<w:ind w:left="${ind[0]}" w:hanging="${ind[1]}"/>`);
    if (align) parts.push(`<w:jc w:val="${align}"/>`);
    return parts.length ? `<w:pPr>${parts.join("")}</w:pPr>` : "";
  };
  const para = (text, o = {}) => {
    const rpr = `${o.bold ? "<w:b/>" : ""}${o.italic ? "<w:i/>" : ""}${o.size ? `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>` : ""}${o.underline ? '<w:u w:val="single"/>' : ""}`;
    const fn = o.footnote ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${o.footnoteAfter ? runs(o.footnoteAfter, rpr) : ""}` : "";
    return `<w:p>${pPr(o)}${runs(o.q ? quirk(text, st) : text, rpr)}${fn}</w:p>`;
  };

  /** Paragraphs of a list of items with a marker style (in a cell or in the body). */
  const listParas = (items, markerKey, o = {}) => {
    const m = MARKERS[markerKey];
    const size = o.size;
    const after = o.after ?? 60;
    if (m.kind === "word") {
      const id = newNum(markerKey);
      return items.map((t) => para(t, { num: id, ind: o.ind ?? [360, 360], spacing: [0, after], size, q: true })).join("");
    }
    if (m.kind === "typed") return items.map((t, i) => para(`${typedLabel(m, i)}\t${t}`, { ind: [360, 360], spacing: [0, after], size, q: true })).join("");
    return items.map((t) => para(t, { spacing: [0, after], size, q: true })).join("");
  };

  const body = [];
  const headingNums = new Map();
  const sectPr = (landscape, last) => {
    const [w, h] = landscape ? [ph, pw] : [pw, ph];
    return `<w:sectPr>${st.runningHeader ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ""}${st.footer !== "none" ? '<w:footerReference w:type="default" r:id="rIdF"/>' : ""}<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="${w}" w:h="${h}"${landscape ? ' w:orient="landscape"' : ""}/><w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="567" w:footer="567" w:gutter="0"/>${last ? "" : '<w:type w:val="nextPage"/>'}</w:sectPr>`;
  };
  const tableIdx = doc.blocks.map((b, i) => (b.t === "table" || b.t === "objheading" ? i : -1)).filter((i) => i >= 0);
  const landStart = st.landscape === "tables" ? tableIdx[0] : -1;
  const landEnd = st.landscape === "tables" ? tableIdx.at(-1) : -1;
  const textWidth = (landscape) => (landscape ? ph : pw) - 2 * margin;
  let landscapeNow = st.landscape === "all";

  doc.blocks.forEach((b, i) => {
    if (i === landStart) { body.push(`<w:p><w:pPr>${sectPr(false, false)}</w:pPr></w:p>`); landscapeNow = true; }
    if (b.t === "h") {
      if (b.title) body.push(para(b.text, { bold: true, align: "center", size: sz + (b.sub ? 2 : 6), spacing: [0, b.sub ? 240 : 120] }));
      else if (b.center) body.push(para(b.text, { bold: true, align: "center", size: sz + 2, spacing: [240, 120] }));
      else body.push(para(b.text, { bold: true, keepNext: true, underline: b.level === 2 && st.font === "Times New Roman", spacing: [240, 120] }));
    } else if (b.t === "p") {
      body.push(para(b.text, { bold: b.bold, italic: b.italic, align: b.align ?? (st.era === "c" ? "both" : null), keepNext: b.keepNext, spacing: [0, b.tight ? 0 : 160], size: b.small ? sz - 2 : null, footnote: !!b.footnote, q: true }));
    } else if (b.t === "list") {
      body.push(listParas(b.items, b.marker, { ind: [720, 360], after: 80 }));
    } else if (b.t === "objheading") {
      const o = { bold: true, align: "center", keepNext: true, spacing: [240, 120], q: true };
      // one numbering per table group (restarting at 1), on an abstract definition of its own so that
      // decimal lists inside the cells do not share its counter
      if (b.number !== null) { if (!headingNums.has(b.group)) headingNums.set(b.group, newNum("heading")); o.num = headingNums.get(b.group); o.ind = [360, 360]; o.align = "left"; }
      body.push(para(b.text, o));
    } else if (b.t === "table") {
      body.push(table(b, textWidth(landscapeNow)));
      body.push(para("", { spacing: [0, 120] }));
    } else if (b.t === "signatures") {
      body.push(signatures(b));
    } else if (b.t === "pagebreak") {
      body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
    }
    if (i === landEnd) { body.push(`<w:p><w:pPr>${sectPr(true, false)}</w:pPr></w:p>`); landscapeNow = false; }
  });

  function cell(content, o) {
    const tcPr = [`<w:tcW w:w="${o.w}" w:type="dxa"/>`];
    if (o.span) tcPr.push(`<w:gridSpan w:val="${o.span}"/>`);
    if (o.vmerge) tcPr.push(o.vmerge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>");
    if (o.shade) tcPr.push(`<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`);
    if (o.valign) tcPr.push(`<w:vAlign w:val="${o.valign}"/>`);
    return `<w:tc><w:tcPr>${tcPr.join("")}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
  }

  function table(b, width) {
    const L = b.layout;
    // number columns narrower in wide tables, so that the text columns keep room for their longest words
    const WEIGHT = { objective: 1.25, accomplishment: 1.25, measure: 1.6, risks: 1.15, baseline: L.kinds.length >= 5 ? 0.5 : 0.75, target: L.kinds.length >= 5 ? 0.5 : 0.7 };
    const tot = L.kinds.reduce((a, k) => a + WEIGHT[k], 0);
    const ws = L.kinds.map((k) => Math.round((WEIGHT[k] / tot) * width));
    const border = st.ruled ? '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>' : '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
    // wide cell padding only where the columns leave room for it (portrait tables of 4+ columns do not)
    const pad = L.kinds.length >= 4 && width < 11500 ? Math.min(st.padding, 60) : st.padding;
    const tblPr = `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${border}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${Math.round(pad / 2)}" w:type="dxa"/><w:left w:w="${108 + pad}" w:type="dxa"/><w:bottom w:w="${Math.round(pad / 2)}" w:type="dxa"/><w:right w:w="${108 + pad}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
    const grid = `<w:tblGrid>${ws.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
    const trPr = (header) => `<w:trPr>${st.cantSplit ? "<w:cantSplit/>" : ""}${header && st.headerRepeat ? "<w:tblHeader/>" : ""}</w:trPr>`;
    const valign = st.vcenter ? "center" : null;
    const rows = [];
    // Narrow columns: a smaller cell font, as authors do, so that no word is broken inside a word
    // (portrait text widths are at most ~10,200 twips, landscape ones at least ~13,200).
    const tsz = Math.min(csz, tableFontCap(L.kinds.length, width < 11500 ? "portrait" : "landscape") * 2);
    // header row
    rows.push(`<w:tr>${trPr(true)}${L.headers.map((h, i) => cell(para(L.headerWrapped ? wrapHeader(h) : h, { bold: true, align: "center", size: tsz, spacing: [0, 0] }), { w: ws[i], shade: st.headerShade ? "D9D9D9" : null, valign: "center" })).join("")}</w:tr>`);
    const cp = (items, key) => listParas(items, key, { size: tsz, after: 40 });
    const single = (t) => para(t, { size: tsz, spacing: [0, 40], q: true });
    b.rows.forEach((row, ri) => {
      if (L.objective === "spanning") {
        const label = L.objLabel.replace("{n}", String(doc.rows.indexOf(row) - doc.rows.findIndex((x) => x.section === row.section) + 1));
        rows.push(`<w:tr>${trPr(false)}${cell(para(`${label} ${row.objective}`, { bold: true, size: tsz, spacing: [0, 40], q: true }), { w: width, span: L.kinds.length, shade: st.headerShade ? "F2F2F2" : null })}</w:tr>`);
      }
      const subTrs = subrowCells(row, L);
      subTrs.forEach((cells, si) => {
        rows.push(`<w:tr>${trPr(false)}${cells.map((c, ci) => {
          const k = L.kinds[ci];
          if (c.cont) return cell("", { w: ws[ci], vmerge: "continue", valign });
          const content = c.items.length === 0 ? "" : c.single ? single(c.items[0]) : cp(c.items, c.marker);
          return cell(content, { w: ws[ci], vmerge: c.merge ? "restart" : null, valign });
        }).join("")}</w:tr>`);
      });
    });
    return `<w:tbl>${tblPr}${grid}${rows.join("")}</w:tbl>`;
  }

  function signatures(b) {
    const blockOf = (s) => [
      para("", { spacing: [0, 360] }),
      para("______________________________", { spacing: [0, 60] }),
      para(s.name, { bold: true, spacing: [0, 0] }),
      ...s.title.split("\n").map((t) => para(t, { spacing: [0, 0] })),
      para(dateLine(s.date, doc), { spacing: [120, 0] }),
    ].join("");
    if (b.style === "side") {
      const w = Math.round((pw - 2 * margin) / 2);
      const nil = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
      return `<w:tbl><w:tblPr><w:tblW w:w="${2 * w}" w:type="dxa"/>${nil}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${w}"/><w:gridCol w:w="${w}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${b.sigs.map((s) => cell(blockOf(s), { w })).join("")}</w:tr></w:tbl><w:p/>`;
    }
    return b.sigs.map(blockOf).join("");
  }

  const headerXml = `<w:hdr ${W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${runs(`${doc.entity.acronym} – Senior Manager’s Compact ${doc.year}`, `<w:i/><w:sz w:val="${sz - 4}"/>`)}</w:p></w:hdr>`;
  const fld = (instr) => `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  const footerBody = st.footer === "n-of-m" ? `${runs("Page ")}${fld("PAGE")}${runs(" of ")}${fld("NUMPAGES")}` : st.footer === "dash-n" ? `${runs("- ")}${fld("PAGE")}${runs(" -")}` : fld("PAGE");
  const footerXml = `<w:ftr ${W}><w:p><w:pPr><w:jc w:val="${st.footer === "n" ? "right" : "center"}"/></w:pPr>${footerBody}</w:p></w:ftr>`;
  const fnBlock = doc.blocks.find((b) => b.footnote)?.footnote;
  const footnotesXml = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${fnBlock ? `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${runs(" " + fnBlock.text)}</w:p></w:footnote>` : ""}</w:footnotes>`;

  const numberingXml = `<w:numbering ${W}>${ABSTRACT_KEYS.map((k, i) => {
    const [fmt, text, f] = ABSTRACT[k];
    return `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>${f ? `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:hint="default"/></w:rPr>` : ""}</w:lvl></w:abstractNum>`;
  }).join("")}${nums.map(([id, k]) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${ABSTRACT_KEYS.indexOf(k)}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`).join("")}</w:numbering>`;

  const stylesXml = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="${sz - 4}"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join("")}${sectPr(st.landscape === "all", true)}</w:body></w:document>`;
  const files = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdFN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    "word/document.xml": documentXml,
    "word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${stylesXml}`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${numberingXml}`,
    "word/footnotes.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${footnotesXml}`,
    "word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${headerXml}`,
    "word/footer1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${footerXml}`,
  };
  const dir = join(tmpRoot, `${doc.id}-docx`);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  rmSync(outPath, { force: true });
  // -X: no extra attributes; fixed timestamps keep the file stable across runs.
  execFileSync("bash", ["-c", `cd "${dir}" && find . -exec touch -d 2000-01-01T00:00:00Z {} + && zip -X -q -r "${outPath}" "[Content_Types].xml" _rels word`]);
}

/** The largest cell font (pt) for a table of n columns: words must fit a column's width. */
export function tableFontCap(n, orientation) {
  if (orientation === "landscape") return n >= 5 ? 10 : 12;
  return n >= 5 ? 8 : n === 4 ? 9 : 11;
}

/** Header labels wrapped over 2–3 lines with explicit breaks. */
export function wrapHeader(h) {
  const w = h.split(" ");
  if (w.length < 2) return h;
  if (w.length >= 4) return `${w.slice(0, 2).join(" ")}\n${w.slice(2).join(" ")}`;
  return `${w[0]}\n${w.slice(1).join(" ")}`;
}

export function dateLine(d, doc) {
  const [y, m, day] = d.split("-").map(Number);
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return doc.era === "a" || doc.era === "c" ? `Date: ${day} ${MONTHS[m - 1]} ${y}` : `${day} ${MONTHS[m - 1]} ${y}`;
}

/**
 * The printed cells of one objective's sub-rows, column by column:
 * [{items, marker, single, merge, cont}] per printed row.
 */
export function subrowCells(row, L) {
  const out = [];
  const allAcc = row.subs.map((s) => s.acc).filter(Boolean);
  const allMeas = row.subs.flatMap((s) => s.measures.map((m) => m.text));
  const allRisk = row.subs.flatMap((s) => s.risks);
  const col = (k, items, marker, extra = {}) => ({ items, marker, single: items.length === 1 && MARKERS[marker].kind === "none", ...extra });
  if (L.subrows === "flat") {
    out.push(L.kinds.map((k) => k === "objective" ? { items: [row.objective], single: true }
      : k === "accomplishment" ? col(k, allAcc, L.accMarker)
      : k === "measure" ? col(k, allMeas, L.measMarker)
      : k === "risks" ? col(k, allRisk, L.riskMarker)
      : { items: [], single: true }));
  } else if (L.subrows === "rowspan") {
    row.subs.forEach((s, si) => out.push(L.kinds.map((k) => k === "objective" ? (si === 0 ? { items: [row.objective], single: true, merge: row.subs.length > 1 } : { cont: true })
      : k === "accomplishment" ? col(k, [s.acc], L.accMarker)
      : k === "measure" ? col(k, s.measures.map((m) => m.text), L.measMarker)
      : k === "risks" ? col(k, s.risks, L.riskMarker)
      : { items: [], single: true })));
  } else {
    const total = row.subs.reduce((a, s) => a + s.measures.length, 0);
    let first = true;
    row.subs.forEach((s) => s.measures.forEach((m, mi) => {
      out.push(L.kinds.map((k) => k === "objective" ? (first ? { items: [row.objective], single: true, merge: total > 1 } : { cont: true })
        : k === "accomplishment" ? (mi === 0 ? col(k, [s.acc], L.accMarker, { merge: s.measures.length > 1 }) : { cont: true })
        : k === "risks" ? (mi === 0 ? col(k, s.risks, L.riskMarker, { merge: s.measures.length > 1 }) : { cont: true })
        : k === "measure" ? { items: [m.text], single: true }
        : k === "baseline" ? { items: [m.baseline], single: true }
        : k === "target" ? { items: [m.target], single: true } : { items: [], single: true }));
      first = false;
    }));
  }
  return out;
}
