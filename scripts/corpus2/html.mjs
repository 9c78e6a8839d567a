/**
 * Writes a document of model.mjs as its own HTML/CSS (not the DOCX's): other fonts and sizes,
 * CSS page margin boxes for headers and footers, named landscape pages, `<thead>` for repeated
 * header rows, rowspan/colspan, CSS lists (Chromium draws disc/circle/square bullets as shapes,
 * so its text layer has none; counter styles "(a)" and string markers are text) or the markers
 * typed as text (the Symbol bullet as "·", the way Word's "save as web page" writes it).
 * Chromium prints it to chromium.pdf.
 */
import { MARKERS, typedLabel, wordNumberLabel } from "./model.mjs";
import { subrowCells, wrapHeader, dateLine, tableFontCap } from "./docx.mjs";
import { quirk } from "./text.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00ad/g, "&shy;").replace(/\n/g, "<br>");

const LIST_CSS = {
  bullet: "disc", circle: "circle", square: "square", symbol: "disc", arrow: '"➢  "', dash: '"–  "',
  decimal: "decimal", alphaParen: "paren-alpha", romanParen: "paren-roman", alphaClose: "close-alpha",
};
/** How a typed Word marker looks in Word's HTML export (Symbol bullet → "·", Wingdings → "§"/"Ø"). */
const WORD_HTML_TEXT = { bullet: "•", symbol: "·", circle: "o", square: "▪", arrow: "➢", dash: "–" };

export function renderHtml(doc) {
  const st = doc.style;
  const q = (t) => esc(quirk(t, st));
  const letter = doc.year % 3 !== 0;
  const size = letter ? "letter" : "A4";
  const furniture = [];
  if (st.runningHeader) furniture.push(`@top-right { content: "${doc.entity.acronym} \\2013  Senior Manager\\2019 s Compact ${doc.year}"; font-style: italic; font-size: 8pt; }`);
  if (st.footer === "n-of-m") furniture.push('@bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }');
  else if (st.footer === "n") furniture.push('@bottom-right { content: counter(page); font-size: 8pt; }');
  else if (st.footer === "dash-n") furniture.push('@bottom-center { content: "- " counter(page) " -"; font-size: 8pt; }');
  const marginCss = `${st.margin}in`;
  const css = `
@page { size: ${size}${st.landscape === "all" ? " landscape" : ""}; margin: ${marginCss}; ${furniture.join(" ")} }
@page land { size: ${size} landscape; margin: ${marginCss}; ${furniture.join(" ")} }
.land { page: land; }
@counter-style paren-alpha { system: extends lower-alpha; prefix: "("; suffix: ")  "; }
@counter-style paren-roman { system: extends lower-roman; prefix: "("; suffix: ")  "; }
@counter-style close-alpha { system: extends lower-alpha; suffix: ")  "; }
body { font-family: "${st.htmlFont}", sans-serif; font-size: ${st.htmlSize}pt; line-height: 1.2; }
h1 { font-size: ${st.htmlSize + 4}pt; text-align: center; margin: 0 0 8pt; }
h2 { font-size: ${st.htmlSize + 1}pt; margin: 12pt 0 6pt; }
h3 { font-size: ${st.htmlSize}pt; margin: 10pt 0 4pt; font-style: italic; }
p { margin: 0 0 6pt; }
p.tight { margin: 0; }
p.small { font-size: ${st.htmlSize - 1.5}pt; }
.center { text-align: center; }
.objh { font-weight: bold; text-align: center; margin: 12pt 0 6pt; break-after: avoid; }
table.c { border-collapse: collapse; width: 100%; margin-bottom: 10pt; font-size: ${Math.max(8, st.htmlSize - 0.5)}pt; }
table.c th, table.c td { ${st.ruled ? "border: 0.75pt solid #000;" : "border: none;"} padding: ${Math.round(st.padding / 20) + 2}pt ${Math.round(st.padding / 20) + 4}pt; vertical-align: ${st.vcenter ? "middle" : "top"}; text-align: left; }
table.c th { ${st.headerShade ? "background: #d9d9d9;" : ""} text-align: center; vertical-align: middle; }
table.c td.span { font-weight: bold; ${st.headerShade ? "background: #f2f2f2;" : ""} }
${st.cantSplit ? "table.c tr { break-inside: avoid; }" : ""}
td ul, td ol { margin: 0; padding-left: 14pt; }
td p { margin: 0 0 3pt; }
td p.typed { padding-left: 14pt; text-indent: -14pt; }
table.sig { width: 100%; margin-top: 24pt; break-inside: avoid; } table.sig td { vertical-align: top; width: 50%; }
.sigblock { margin-top: 24pt; break-inside: avoid; }
sup { font-size: 70%; }
.fn { font-size: ${st.htmlSize - 2}pt; border-top: 0.5pt solid #000; width: 30%; padding-top: 2pt; }
.fn p { width: 300%; }
`;
  const list = (items, key, inCell) => {
    const m = MARKERS[key];
    if (m.kind === "word" && st.htmlLists) {
      const tag = ["decimal", "alphaParen", "romanParen", "alphaClose"].includes(key) ? "ol" : "ul";
      return `<${tag} style="list-style-type: ${LIST_CSS[key]}">${items.map((t) => `<li>${q(t)}</li>`).join("")}</${tag}>`;
    }
    if (m.kind === "word") {
      const lab = (i) => WORD_HTML_TEXT[key] ?? wordNumberLabel(key, i);
      return items.map((t, i) => `<p class="typed">${esc(lab(i))}&nbsp;&nbsp;&nbsp;${q(t)}</p>`).join("");
    }
    if (m.kind === "typed") return items.map((t, i) => `<p class="typed">${esc(typedLabel(m, i))} ${q(t)}</p>`).join("");
    return items.map((t) => `<p>${q(t)}</p>`).join("");
  };

  const out = [];
  const fnBlock = doc.blocks.find((b) => b.footnote)?.footnote;
  const tableIdx = doc.blocks.map((b, i) => (b.t === "table" || b.t === "objheading" ? i : -1)).filter((i) => i >= 0);
  const landStart = st.landscape === "tables" ? tableIdx[0] : -1;
  const landEnd = st.landscape === "tables" ? tableIdx.at(-1) : -1;
  doc.blocks.forEach((b, i) => {
    if (i === landStart) out.push('<div class="land">');
    if (b.t === "h") {
      if (b.title) out.push(`<h1${b.sub ? ' style="font-size: 100%"' : ""}>${esc(b.text)}</h1>`);
      else if (b.center) out.push(`<h2 class="center">${esc(b.text)}</h2>`);
      else out.push(b.level === 2 ? `<h3>${esc(b.text)}</h3>` : `<h2>${esc(b.text)}</h2>`);
    } else if (b.t === "p") {
      const cls = [b.tight && "tight", b.small && "small", b.align === "center" && "center"].filter(Boolean).join(" ");
      let t = q(b.text);
      if (b.bold) t = `<b>${t}</b>`;
      if (b.italic) t = `<i>${t}</i>`;
      if (b.footnote) t += "<sup>1</sup>";
      out.push(`<p${cls ? ` class="${cls}"` : ""}>${t}</p>`);
      if (b.footnote) out.push(`<div class="fn"><p><sup>1</sup> ${esc(b.footnote.text)}</p></div>`);
    } else if (b.t === "list") {
      out.push(`<div style="margin-left: 24pt">${list(b.items, b.marker, false)}</div>`);
    } else if (b.t === "objheading") {
      out.push(`<p class="objh">${b.number !== null ? `${b.number}.&nbsp;&nbsp;` : ""}${q(b.text)}</p>`);
    } else if (b.t === "table") {
      out.push(table(b));
    } else if (b.t === "signatures") {
      const blk = (s) => `<p style="margin-top: 30pt">______________________________</p><p class="tight"><b>${esc(s.name)}</b></p>${s.title.split("\n").map((t) => `<p class="tight">${esc(t)}</p>`).join("")}<p style="margin-top: 6pt">${esc(dateLine(s.date, doc))}</p>`;
      if (b.style === "side") out.push(`<table class="sig"><tr>${b.sigs.map((s) => `<td>${blk(s)}</td>`).join("")}</tr></table>`);
      else out.push(b.sigs.map((s) => `<div class="sigblock">${blk(s)}</div>`).join(""));
    } else if (b.t === "pagebreak") out.push('<div style="break-after: page"></div>');
    if (i === landEnd) out.push("</div>");
  });

  function table(b) {
    const L = b.layout;
    // number columns narrower in wide tables, so that the text columns keep room for their longest words
    const WEIGHT = { objective: 1.25, accomplishment: 1.25, measure: 1.6, risks: 1.15, baseline: L.kinds.length >= 5 ? 0.5 : 0.75, target: L.kinds.length >= 5 ? 0.5 : 0.7 };
    const tot = L.kinds.reduce((a, k) => a + WEIGHT[k], 0);
    const cols = `<colgroup>${L.kinds.map((k) => `<col style="width: ${((100 * WEIGHT[k]) / tot).toFixed(1)}%">`).join("")}</colgroup>`;
    const head = `<tr>${L.headers.map((h) => `<th>${esc(L.headerWrapped ? wrapHeader(h) : h)}</th>`).join("")}</tr>`;
    const body = [];
    b.rows.forEach((row) => {
      if (L.objective === "spanning") {
        const label = L.objLabel.replace("{n}", String(doc.rows.indexOf(row) - doc.rows.findIndex((x) => x.section === row.section) + 1));
        body.push(`<tr><td class="span" colspan="${L.kinds.length}">${esc(label)} ${q(row.objective)}</td></tr>`);
      }
      const subs = subrowCells(row, L);
      subs.forEach((cells, si) => {
        body.push(`<tr>${cells.map((c, ci) => {
          if (c.cont) return "";
          let span = 1;
          if (c.merge) for (let k = si + 1; k < subs.length && subs[k][ci].cont; k++) span++;
          const content = c.items.length === 0 ? "" : c.single ? q(c.items[0]) : list(c.items, c.marker, true);
          return `<td${span > 1 ? ` rowspan="${span}"` : ""}>${content}</td>`;
        }).join("")}</tr>`);
      });
    });
    const landscape = st.landscape === "all" || (st.landscape === "tables");
    const fs = Math.min(Math.max(8, st.htmlSize - 0.5), tableFontCap(L.kinds.length, landscape ? "landscape" : "portrait"));
    const open = `<table class="c" style="font-size: ${fs}pt">`;
    return st.headerRepeat
      ? `${open}${cols}<thead>${head}</thead><tbody>${body.join("")}</tbody></table>`
      : `${open}${cols}<tbody>${head}${body.join("")}</tbody></table>`;
  }
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(`${doc.entity.acronym} compact ${doc.year}`)}</title><style>${css}</style></head><body>\n${out.join("\n")}\n</body></html>\n`;
}
