/**
 * Markdown of a document of model.mjs, as a word-processor export would give it: GFM tables with
 * one row per printed row, items joined by `<br>` with their markers as labels, cells merged
 * downwards left empty below their first row, a spanning objective row kept as a table row with
 * its text in the first cell, objective headings in bold. Footnotes as `[^1]`.
 */
import { MARKERS, typedLabel, wordNumberLabel } from "./model.mjs";
import { subrowCells, dateLine } from "./docx.mjs";
import { quirk } from "./text.mjs";

const WORD_LABEL = { bullet: "•", symbol: "•", circle: "o", square: "▪", arrow: "➢", dash: "–" };
const cellEsc = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function renderMarkdown(doc) {
  const st = doc.style;
  const q = (t) => quirk(t, st);
  const label = (key, i) => {
    const m = MARKERS[key];
    if (m.kind === "typed") return typedLabel(m, i);
    if (m.kind === "none") return "";
    if (WORD_LABEL[key]) return WORD_LABEL[key];
    return wordNumberLabel(key, i);
  };
  const items = (xs, key) => xs.map((t, i) => { const l = label(key, i); return cellEsc(l ? `${l} ${q(t)}` : q(t)); }).join("<br>");
  const out = [];
  const fn = doc.blocks.find((b) => b.footnote)?.footnote;
  for (const b of doc.blocks) {
    if (b.t === "h") out.push(b.title ? `# ${b.text}` : b.level === 2 ? `### ${b.text}` : `## ${b.text}`);
    else if (b.t === "p") out.push(`${b.bold ? `**${q(b.text)}**` : b.italic ? `*${q(b.text)}*` : q(b.text)}${b.footnote ? "[^1]" : ""}`);
    else if (b.t === "list") {
      const m = MARKERS[b.marker];
      out.push(b.items.map((t, i) => (m.kind === "word" && ["decimal"].includes(b.marker) ? `${i + 1}. ${q(t)}` : m.kind === "typed" && m.numbered ? `- ${typedLabel(m, i)} ${q(t)}` : `- ${q(t)}`)).join("\n"));
    } else if (b.t === "objheading") out.push(`**${b.number !== null ? `${b.number}. ` : ""}${q(b.text)}**`);
    else if (b.t === "table") {
      const L = b.layout;
      const lines = [`| ${L.headers.join(" | ")} |`, `|${L.headers.map(() => "---").join("|")}|`];
      for (const row of b.rows) {
        if (L.objective === "spanning") {
          const lab = L.objLabel.replace("{n}", String(doc.rows.indexOf(row) - doc.rows.findIndex((x) => x.section === row.section) + 1));
          lines.push(`| **${lab} ${cellEsc(q(row.objective))}** |${L.kinds.slice(1).map(() => " |").join("")}`);
        }
        for (const cells of subrowCells(row, L)) lines.push(`| ${cells.map((c) => (c.cont || c.items.length === 0 ? "" : c.single ? cellEsc(q(c.items[0])) : items(c.items, c.marker))).join(" | ")} |`);
      }
      out.push(lines.join("\n"));
    } else if (b.t === "signatures") {
      for (const s of b.sigs) out.push(`______________________________\n**${s.name}**  \n${s.title.split("\n").join("  \n")}  \n${dateLine(s.date, doc)}`);
    }
  }
  if (fn) out.push(`[^1]: ${fn.text}`);
  return `${out.join("\n\n")}\n`;
}
