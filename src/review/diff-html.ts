/**
 * `compacts diff --format html` and the review site's year-over-year pages: one self-contained
 * HTML page (inline CSS, no script) per pair of compacts. Same content as the text format
 * (src/research/format-diff.ts): changed objectives with their word-level diff, changed measures
 * and targets, missions and resolutions; unchanged objectives are listed folded.
 */
import type { CompactDiff, MeasurePair, ObjectivePair, TargetChange, TextPair, WordChange } from "../model/diff.js";
import { target } from "../research/format-diff.js";
import { html, raw, type Html } from "./html.js";

const DIFF_CSS = `
html{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:70em;padding:1em}
a{color:#0b57d0}
h1{font-size:1.3em}
.summary{background:#f6f7f9;border:1px solid #c8c8c8;border-radius:4px;padding:.5em .8em}
.obj{border:1px solid #c8c8c8;border-left:5px solid #c8c8c8;border-radius:4px;padding:.4em .7em;margin:.6em 0}
.obj.added{border-left-color:#1e7e34}.obj.removed{border-left-color:#b42318}.obj.reworded,.obj.moved{border-left-color:#b45309}
.tag{display:inline-block;font-size:.8em;font-weight:700;text-transform:uppercase;padding:0 .4em;border-radius:3px;margin-right:.5em}
.tag.added{background:#e6f4ea;color:#14532d}.tag.removed{background:#fde8e8;color:#8b1a1a}
.tag.reworded,.tag.moved,.tag.raised,.tag.lowered{background:#fff4e5;color:#8a4500}.tag.unchanged{background:#eee;color:#444}.tag.dropped{background:#fde8e8;color:#8b1a1a}
.where{color:#555;font-size:.9em}
del{background:#fde8e8;color:#8b1a1a}
ins{background:#e6f4ea;color:#14532d;text-decoration:none}
ul.items{margin:.3em 0;padding-left:1.2em}
details summary{cursor:pointer}
.set span{display:inline-block;margin:.1em .3em;padding:0 .4em;border-radius:3px}
.set .plus{background:#e6f4ea;color:#14532d}.set .minus{background:#fde8e8;color:#8b1a1a}.set .kept{background:#eee;color:#444}
`;

function words(ws: readonly WordChange[]): Html[] {
  return ws.map((w) => (w.op === "same" ? html`${w.text}` : w.op === "removed" ? html`<del>${w.text}</del>` : html`<ins>${w.text}</ins>`));
}

function itemText(p: TextPair): Html | string {
  return p.change === "reworded" && p.words ? html`${words(p.words)}` : (p.to ?? p.from ?? "");
}

function targetHtml(t: TargetChange): Html | null {
  switch (t.change) {
    case "unchanged": return null;
    case "raised":
    case "lowered": return html`<li>target ${target(t.from!)} → ${target(t.to!)} <span class="tag ${t.change}">${t.change}</span></li>`;
    case "dropped": return html`<li>target ${target(t.from!)} <span class="tag dropped">dropped</span></li>`;
    case "added": return html`<li>target ${target(t.to!)} <span class="tag added">added</span></li>`;
  }
}

const changed = (p: TextPair) => p.change !== "unchanged";
const measureChanged = (m: MeasurePair) => changed(m) || m.targets.some((t) => t.change !== "unchanged");

function where(x: ObjectivePair["from"]): string {
  return x ? `${x.id}${x.section !== null ? ` (section ${x.section})` : ""}` : "";
}

function objective(o: ObjectivePair): Html {
  const text = o.words ? html`${words(o.words)}` : (o.to ?? o.from)!.text;
  const place = o.status === "added" ? where(o.to) : o.status === "removed" ? where(o.from) : `${where(o.from)} → ${where(o.to)}`;
  const inner =
    o.status === "added" || o.status === "removed"
      ? []
      : [
          ...o.accomplishments.filter(changed).map((a) => html`<li><span class="tag ${a.change}">${a.change}</span>accomplishment: ${itemText(a)}</li>`),
          ...o.measures.filter(measureChanged).map((m) => {
            const targets = m.targets.map(targetHtml).filter((t): t is Html => t !== null);
            return html`<li><span class="tag ${m.change === "unchanged" ? "reworded" : m.change}">${m.change === "unchanged" ? "targets" : m.change}</span>measure: ${itemText(m)}${targets.length ? html`<ul>${targets}</ul>` : ""}</li>`;
          }),
        ];
  return html`<section class="obj ${o.status}"><p><span class="tag ${o.status}">${o.status}</span><span class="where">${place}</span></p><p>${text}</p>${inner.length ? html`<ul class="items">${inner}</ul>` : ""}</section>`;
}

function set(title: string, x: CompactDiff["missions"]): Html {
  return html`<p class="set"><strong>${title}:</strong> ${x.added.map((a) => html`<span class="plus">+${a}</span>`)}${x.removed.map((r) => html`<span class="minus">−${r}</span>`)}${x.kept.map((k) => html`<span class="kept">${k}</span>`)}${!x.added.length && !x.removed.length && !x.kept.length ? html`<span class="kept">none</span>` : ""}</p>`;
}

export interface DiffPageOptions {
  /** Links shown above the diff (the review site: back to the index, to each year's page). */
  links?: readonly { href: string; label: string }[];
}

function diffSection(d: CompactDiff, level: 1 | 2): Html {
  const name = (x: CompactDiff["from"]) => [x.entity, x.year].filter((v) => v !== null).join(" ") || x.file;
  const s = d.summary;
  const interesting = d.objectives.filter((o) => o.status !== "unchanged" || o.accomplishments.some(changed) || o.measures.some(measureChanged));
  const quiet = d.objectives.filter((o) => !interesting.includes(o));
  const title = `${name(d.from)} → ${name(d.to)}`;
  const h = level === 1 ? (t: Html | string) => html`<h1>${t}</h1>` : (t: Html | string) => html`<h2>${t}</h2>`;
  const sub = level === 1 ? (t: string) => html`<h2>${t}</h2>` : (t: string) => html`<h3>${t}</h3>`;
  return html`<section>${h(title)}
<p class="where">${d.from.file} → ${d.to.file}</p>
<p class="summary">Objectives: ${s.unchanged} unchanged, ${s.reworded} reworded, ${s.moved} moved, ${s.added} added, ${s.removed} removed.
Targets: ${s.targetsRaised} raised, ${s.targetsLowered} lowered, ${s.targetsDropped} dropped, ${s.targetsAdded} added.</p>
${sub("Changes")}
${interesting.length ? interesting.map(objective) : html`<p>No objective changed.</p>`}
${quiet.length ? html`<details><summary>${quiet.length} unchanged objective${quiet.length === 1 ? "" : "s"}</summary>${quiet.map(objective)}</details>` : ""}
${sub("Missions and resolutions")}
${set("Missions", d.missions)}
${set("Resolutions", d.resolutions)}</section>`;
}

/** One diff (or a year-by-year series of them) as a complete HTML document. */
export function diffHtml(diffs: CompactDiff | readonly CompactDiff[], opts: DiffPageOptions = {}): string {
  const list: readonly CompactDiff[] = Array.isArray(diffs) ? diffs : [diffs as CompactDiff];
  const name = (x: CompactDiff["from"]) => [x.entity, x.year].filter((v) => v !== null).join(" ") || x.file;
  const title = list.length === 1 ? `${name(list[0]!.from)} → ${name(list[0]!.to)}` : `${name(list[0]!.from)} → ${name(list.at(-1)!.to)}, year by year`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${raw(DIFF_CSS)}</style></head>
<body><main>
${opts.links?.length ? html`<nav aria-label="Related pages"><p>${opts.links.map((l, i) => html`${i ? " · " : ""}<a href="${l.href}">${l.label}</a>`)}</p></nav>` : ""}
${list.length === 1 ? diffSection(list[0]!, 1) : html`<h1>${title}</h1>${list.map((d) => diffSection(d, 2))}`}
</main></body></html>
`.value;
}
