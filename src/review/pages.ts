/**
 * The review site's pages as HTML: the index of all documents and one page per document (source
 * on the left, extracted compact on the right). Boxes travel to the browser in `data-boxes`
 * attributes as `[page, x0, y0, x1, y1, firstLine, lastLine]` tuples; assets/review.js draws them.
 */
import type { Box, CompactOutput, Entity, Output, Warning } from "../model/output.js";
import { target } from "../research/format-diff.js";
import { html, type Html } from "./html.js";

export interface IndexEntry {
  href: string;
  /** The output file, relative to the output folder. */
  file: string;
  kind: Output["kind"];
  status: Output["status"];
  year: number | null;
  entity: string | null;
  title: string | null;
  rows: number;
  warnings: number;
}

export interface DiffLink {
  href: string;
  entity: string;
  from: number;
  to: number;
}

/** A PDF as the document page shows it: drawn by pdf.js in the browser (src/review/viewer.ts). */
export interface PdfView {
  kind: "pdf";
  /** The PDF's data script and pdf.js's scripts (worker first), relative to the site root. */
  data: string;
  pdfjs: readonly string[];
  /** Its key in the data script (`compactsPdfData[key]`). */
  key: string;
  pages: number;
  /** Pages read turned: degrees clockwise on top of /Rotate (the output's source.turned). */
  turned: ReadonlyMap<number, number>;
}

/** The source as the document page shows it. */
export type SourceView =
  | PdfView
  | { kind: "lines"; lines: string[]; pageStarts: number[] }
  | { kind: "missing"; reason: string; notRendered?: boolean };

const boxAttr = (boxes: readonly Box[] | undefined): string =>
  JSON.stringify((boxes ?? []).map((b) => [b.page, b.x0, b.y0, b.x1, b.y1, b.lines[0], b.lines[1]]));

function head(title: string, root: string): Html {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="${root}assets/review.css"></head>`;
}

export function entityName(o: Output): string | null {
  if (o.kind !== "compact" || !o.entity) return null;
  return o.entity.acronym ? `${o.entity.name} (${o.entity.acronym})` : o.entity.name;
}

// ── index ────────────────────────────────────────────────────────────────────────────────────

const COLUMNS: readonly { key: keyof IndexEntry; label: string; num?: boolean }[] = [
  { key: "file", label: "Document" },
  { key: "kind", label: "Kind" },
  { key: "status", label: "Status" },
  { key: "year", label: "Year", num: true },
  { key: "entity", label: "Entity" },
  { key: "rows", label: "Rows", num: true },
  { key: "warnings", label: "Warnings", num: true },
];

export function indexPage(entries: readonly IndexEntry[], diffs: readonly DiffLink[], from: string): string {
  const kinds = [...new Set(entries.map((e) => e.kind))].sort();
  const statuses = [...new Set(entries.map((e) => e.status))].sort();
  const row = (e: IndexEntry) => html`<tr data-kind="${e.kind}" data-status="${e.status}" data-year="${e.year ?? ""}" data-rows="${e.rows}" data-warnings="${e.warnings}" data-file="${e.file}" data-entity="${e.entity ?? ""}" data-text="${[e.file, e.title, e.entity, e.year].filter((x) => x !== null).join(" ").toLowerCase()}"${e.warnings ? html` class="has-warnings"` : ""}>
<td><a href="${e.href}">${e.file}</a>${e.title ? html`<div class="sub">${e.title}</div>` : ""}</td><td>${e.kind}</td><td><span class="status s-${e.status}">${e.status}</span></td><td class="num">${e.year ?? "—"}</td><td>${e.entity ?? "—"}</td><td class="num">${e.rows}</td><td class="num warn">${e.warnings}</td></tr>`;
  return html`${head(`Review: ${entries.length} documents`, "")}
<body data-page="index">
<a class="skip" href="#docs">Skip to the documents</a>
<header class="bar"><h1>Review: ${entries.length} document${entries.length === 1 ? "" : "s"}</h1><p class="meta">Outputs of <code>compacts extract</code> in ${from}. Open a document to see each extracted row on the page it came from.</p></header>
<main class="index">
<form class="filters" role="search" aria-label="Filter documents" onsubmit="return false">
<label for="q">Search<input type="search" id="q" placeholder="file, title, entity, year" autocomplete="off"></label>
<label for="f-kind">Kind<select id="f-kind"><option value="">all</option>${kinds.map((k) => html`<option>${k}</option>`)}</select></label>
<label for="f-status">Status<select id="f-status"><option value="">all</option>${statuses.map((s) => html`<option>${s}</option>`)}</select></label>
<label class="check" for="f-warn"><input type="checkbox" id="f-warn">Only with warnings</label>
<output id="count" aria-live="polite">${entries.length} shown</output>
</form>
<table id="docs"><caption class="sub">Click a column heading to sort.</caption>
<thead><tr>${COLUMNS.map((c) => html`<th scope="col" aria-sort="none"${c.num ? html` class="num"` : ""}><button type="button" data-sort="${c.key}" data-num="${c.num ? "1" : ""}">${c.label}</button></th>`)}</tr></thead>
<tbody>
${entries.map(row)}
</tbody></table>
${diffs.length ? html`<section aria-labelledby="diffs-h"><h2 id="diffs-h">Year-over-year diffs</h2><ul>${diffs.map((d) => html`<li><a href="${d.href}">${d.entity}: ${d.from} → ${d.to}</a></li>`)}</ul></section>` : ""}
</main>
<script src="assets/review.js"></script>
</body></html>
`.value;
}

// ── one document ─────────────────────────────────────────────────────────────────────────────

/** How a page read turned (degrees clockwise on top of its /Rotate) is shown: as read, text upright. */
const TURN_LABELS: Readonly<Record<number, string>> = {
  90: "stored sideways: shown turned a quarter clockwise, as read",
  180: "stored upside down: shown turned, as read",
  270: "stored sideways: shown turned a quarter anticlockwise, as read",
};

function sourcePane(src: SourceView, fileName: string): Html {
  if (src.kind === "missing") return html`<div class="nosource"><p>The source document is not shown: ${src.reason}</p></div>`;
  if (src.kind === "pdf") {
    // Sized and drawn by assets/review.js once pdf.js has read the PDF (A4 portrait until then).
    return html`${Array.from({ length: src.pages }, (_, i) => {
      const n = i + 1;
      const turn = src.turned.get(n) ?? 0;
      const turnLabel = TURN_LABELS[turn] ?? "";
      return html`<figure class="page" id="page-${n}" data-page="${n}" data-turn="${turn}">
<canvas role="img" aria-label="Page ${n} of ${fileName}${turnLabel ? `, ${turnLabel}` : ""}"></canvas><figcaption>Page ${n}${turnLabel ? html` <span class="turned">${turnLabel}</span>` : ""}</figcaption><div class="marks" aria-hidden="true"></div></figure>`;
    })}`;
  }
  const starts = new Set(src.pageStarts);
  return html`<div class="textsrc" role="region" aria-label="Source lines of ${fileName}">${src.lines.map(
    (l, i) => html`<div class="ln${starts.has(i + 1) && i > 0 ? " pagebreak" : ""}" id="L${i + 1}" data-line="${i + 1}"><span class="no">${i + 1}</span><span class="tx">${l || " "}</span></div>`,
  )}</div>`;
}

function warningButton(w: Warning, rowId: string | null): Html {
  const where = [w.page !== null ? `p. ${w.page}` : null, w.line !== null ? `line ${w.line}` : null].filter(Boolean).join(", ");
  return html`<li><button type="button" class="warning" data-boxes="${boxAttr(w.box ? [w.box] : [])}"${rowId ? html` data-row="${rowId}"` : ""}><code>${w.code}</code>${where ? ` (${where})` : ""}: ${w.message}</button></li>`;
}

function item(text: string, boxes: readonly Box[] | undefined, tag: "p" | "li", extra: Html | string = ""): Html {
  const located = boxes === undefined || boxes.length > 0;
  const title = located ? "" : "not located in the source (warning PROVENANCE_UNLOCATED)";
  return html`<${tag} class="item${located ? "" : " unlocated"}" data-boxes="${boxAttr(boxes)}"${title ? html` title="${title}"` : ""}>${text}${extra}</${tag}>`;
}

/** Warnings that name a line inside the row's line range (on one of its pages). */
function rowWarnings(o: CompactOutput["objectives"][number], warnings: readonly Warning[]): Warning[] {
  const [a, b] = o.provenance.lines;
  return warnings.filter((w) => w.line !== null && w.line >= a && w.line <= b && (w.page === null || o.provenance.pages.includes(w.page)));
}

const rowDomId = (id: string, i: number) => `row-${i + 1}-${id.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

function compactBody(o: CompactOutput): Html {
  const rows = o.objectives.map((r, i) => {
    const id = rowDomId(r.id, i);
    const ws = rowWarnings(r, o.warnings);
    const cells = r.provenance.cells;
    const pages = r.provenance.pages.length > 1 ? `pp. ${r.provenance.pages[0]}–${r.provenance.pages.at(-1)}` : `p. ${r.provenance.page}`;
    return html`<article class="row${ws.length ? " warn" : ""}" id="${id}" tabindex="0" data-boxes="${boxAttr(r.provenance.boxes)}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${r.id}${r.section !== null ? html`<span class="sec">section ${r.section}</span>` : ""}<span class="pages">${pages}, lines ${r.provenance.lines[0]}–${r.provenance.lines[1]}</span>${ws.length ? html`<span class="sec">${ws.length} warning${ws.length === 1 ? "" : "s"}</span>` : ""}</h3>
<div class="cell"><h4>Objective</h4>${item(r.objective, cells?.objective, "p")}</div>
${r.accomplishments.length ? html`<div class="cell"><h4>Expected accomplishments</h4><ol>${r.accomplishments.map((a, k) => item(a, cells?.accomplishments[k], "li"))}</ol></div>` : ""}
${r.measures.length ? html`<div class="cell"><h4>Performance measures</h4><ol>${r.measures.map((m, k) => item(m.text, cells?.measures[k], "li", m.targets.length ? html`<span class="targets">target ${m.targets.map((t) => target(t)).join(", ")}</span>` : ""))}</ol></div>` : ""}
${Object.entries(r.extra).map(([key, items]) => html`<div class="cell"><h4>${key}</h4><ol>${items.map((t, k) => item(t, cells?.extra[key]?.[k], "li"))}</ol></div>`)}
${ws.length ? html`<ul class="row-warnings">${ws.map((w) => warningButton(w, id))}</ul>` : ""}
</article>`;
  });
  const mentionsOf = (match: (e: Entity) => boolean) =>
    o.entities.filter(match).map((e, i) => html`${i ? " " : ""}<button type="button" class="mention" data-boxes="${boxAttr(e.boxes)}" title="${e.text}">p. ${e.page}</button>`);
  const missionMentions = (m: CompactOutput["missions"][number]) =>
    mentionsOf((e) => e.type === "mission" && (e.text === m.acronym || e.normalized === m.acronym || (m.canonical !== null && e.normalized === m.canonical)));
  const refMentions = (type: "resolution" | "document", symbol: string) => mentionsOf((e) => e.type === type && e.normalized === symbol);
  const refs = [
    ...o.references.resolutions.map((r) => ({ label: `${r.symbol}${r.date ? ` (${r.date})` : ""}`, mentions: refMentions("resolution", r.symbol) })),
    ...o.references.documents.map((d) => ({ label: d.symbol, mentions: refMentions("document", d.symbol) })),
  ];
  return html`<section aria-labelledby="rows-h"><h2 id="rows-h">Rows (${o.objectives.length})</h2>${rows.length ? rows : html`<p class="none">No table rows.</p>`}</section>
<section aria-labelledby="missions-h"><h2 id="missions-h">Missions (${o.missions.length})</h2>${o.missions.length ? html`<table class="missions"><thead><tr><th scope="col">As printed</th><th scope="col">Canonical</th><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Named in</th><th scope="col">Where</th></tr></thead><tbody>${o.missions.map((m) => html`<tr><td>${m.acronym}</td><td>${m.canonical ?? "unknown"}</td><td>${m.name ?? "—"}</td><td>${m.kind ?? "—"}</td><td>${m.listed ? "mandate list" : "text"}</td><td>${missionMentions(m)}</td></tr>`)}</tbody></table>` : html`<p class="none">None.</p>`}</section>
<section aria-labelledby="refs-h"><h2 id="refs-h">References (${refs.length})</h2>${refs.length ? html`<ul class="refs">${refs.map((r) => html`<li>${r.label} ${r.mentions}</li>`)}</ul>` : html`<p class="none">None.</p>`}</section>`;
}

function otherBody(o: Output): Html {
  if (o.kind === "un-document") {
    return html`<section aria-labelledby="p-h"><h2 id="p-h">${o.symbol ?? "UN document"}: ${o.title ?? ""}</h2>
<p>${[o.subtitle, o.date, o.documentType].filter(Boolean).join(" · ")}</p>
<ol>${o.paragraphs.map((p) => html`<li value="${/^\d+$/.test(p.number) ? p.number : ""}">${p.text}</li>`)}</ol></section>`;
  }
  return html`<p class="none">${o.kind === "unknown" ? "Not recognised as a compact or a UN document." : ""}${o.error ? ` Error ${o.error.code}: ${o.error.message}` : ""}</p>`;
}

export interface DocPageInput {
  output: Output;
  file: string;
  source: SourceView;
  /** Prefix from the page to the site root ("../"). */
  root: string;
  diffs: readonly DiffLink[];
}

export function documentPage({ output: o, file, source, root, diffs }: DocPageInput): string {
  const title = o.kind === "compact" ? [o.entity?.acronym ?? o.entity?.name, o.year].filter((x) => x != null).join(" ") || file : file;
  // The row each warning falls in (its line inside the row's lines), for the row's highlight.
  const rowOfWarning = new Map<Warning, string>();
  if (o.kind === "compact") {
    o.objectives.forEach((r, i) => {
      for (const w of rowWarnings(r, o.warnings)) if (!rowOfWarning.has(w)) rowOfWarning.set(w, rowDomId(r.id, i));
    });
  }
  return html`${head(`${title} — review`, root)}
<body data-page="doc" data-format="${source.kind}"${source.kind === "pdf" ? html` data-pdf="${root}${source.data}" data-pdf-key="${source.key}" data-pdfjs="${source.pdfjs.map((p) => root + p).join(" ")}"` : ""}>
<a class="skip" href="#extracted">Skip to the extracted rows</a>
<header class="bar"><p><a href="${root}index.html">← All documents</a>${diffs.map((d) => html` · <a href="${root}${d.href}">diff ${d.from} → ${d.to}</a>`)}</p>
<h1>${title}${o.kind === "compact" && o.title ? html` <span class="sub">${o.title}</span>` : ""}</h1>
<p class="meta">${file} · ${o.kind} · <span class="status s-${o.status}">${o.status}</span>${o.kind === "compact" ? ` · ${o.objectives.length} rows` : ""} · ${o.warnings.length} warning${o.warnings.length === 1 ? "" : "s"}${entityName(o) ? ` · ${entityName(o)}` : ""}</p>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous row · <kbd>w</kbd>/<kbd>W</kbd> next/previous warning · <kbd>Esc</kbd> clear. Hover or select a row, item or warning to see it on the page.</p></header>
<main class="split">
<section class="source" id="source" aria-label="Source document" tabindex="0">${sourcePane(source, file)}</section>
<section class="extracted" id="extracted" aria-label="Extracted data" tabindex="-1">
<section class="warnings" aria-labelledby="w-h"><h2 id="w-h">Warnings (${o.warnings.length})</h2>${o.warnings.length ? html`<ul>${o.warnings.map((w) => warningButton(w, rowOfWarning.get(w) ?? null))}</ul>` : html`<p class="none">None.</p>`}</section>
${o.kind === "compact" ? compactBody(o) : otherBody(o)}
</section></main>
<script src="${root}assets/review.js"></script>
</body></html>
`.value;
}
