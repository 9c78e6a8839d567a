/**
 * `compacts diff` as text for a person: one line per objective that changed (unchanged ones only
 * when something inside them changed), the word-level diff of a rewording, the measures and
 * targets that changed, then missions and resolutions. Colour only when asked (a terminal);
 * without colour, words are marked the way wdiff does: [-removed-] {+added+}.
 */
import type { CompactDiff, MeasurePair, ObjectivePair, TargetChange, TextPair, WordChange } from "../model/diff.js";

const SGR = { red: "\u001b[31m", green: "\u001b[32m", yellow: "\u001b[33m", bold: "\u001b[1m", dim: "\u001b[2m", reset: "\u001b[0m" } as const;
type Paint = (colour: keyof typeof SGR, s: string) => string;

const COMPARATOR: Record<string, string> = { "=": "", ">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< ", "+": "+", "-": "-" };

function words(ws: readonly WordChange[], paint: Paint, colour: boolean): string {
  return ws
    .map((w) =>
      w.op === "same" ? w.text
      : w.op === "removed" ? (colour ? paint("red", w.text) : `[-${w.text}-]`)
      : colour ? paint("green", w.text) : `{+${w.text}+}`,
    )
    .join("");
}

export function target(t: NonNullable<TargetChange["from"]>): string {
  const unit = t.unit === null ? "" : t.unit === "%" ? "%" : ` ${t.unit}`;
  return `${COMPARATOR[t.comparator] ?? t.comparator}${t.value}${unit}`;
}

function targetLine(t: TargetChange, paint: Paint): string | null {
  switch (t.change) {
    case "unchanged": return null;
    case "raised": return `${target(t.from!)} → ${target(t.to!)} ${paint("yellow", "raised")}`;
    case "lowered": return `${target(t.from!)} → ${target(t.to!)} ${paint("yellow", "lowered")}`;
    case "dropped": return `${target(t.from!)} ${paint("red", "dropped")}`;
    case "added": return `${target(t.to!)} ${paint("green", "added")}`;
  }
}

const changed = (p: TextPair) => p.change !== "unchanged";
const measureChanged = (m: MeasurePair) => changed(m) || m.targets.some((t) => t.change !== "unchanged");
const innerChanged = (o: ObjectivePair) => o.accomplishments.some(changed) || o.measures.some(measureChanged);

function itemLines(kind: string, p: TextPair, paint: Paint, colour: boolean): string[] {
  const mark = { unchanged: " ", reworded: "~", added: "+", removed: "-" }[p.change];
  const c = p.change === "added" ? "green" : p.change === "removed" ? "red" : "yellow";
  const text = p.change === "reworded" && p.words ? words(p.words, paint, colour) : (p.to ?? p.from ?? "");
  return [`    ${paint(c, `${mark} ${kind}`)}: ${text}`];
}

export function formatDiffText(d: CompactDiff, colour: boolean): string {
  const paint: Paint = (c, s) => (colour ? `${SGR[c]}${s}${SGR.reset}` : s);
  const name = (s: CompactDiff["from"]) => [s.entity, s.year].filter((x) => x !== null).join(" ") || s.file;
  const s = d.summary;
  const out: string[] = [
    paint("bold", `${name(d.from)} → ${name(d.to)}`) + paint("dim", `  (${d.from.file} → ${d.to.file})`),
    `objectives: ${s.unchanged} unchanged, ${s.reworded} reworded, ${s.moved} moved, ${s.added} added, ${s.removed} removed; ` +
      `targets: ${s.targetsRaised} raised, ${s.targetsLowered} lowered, ${s.targetsDropped} dropped, ${s.targetsAdded} added`,
    "",
  ];
  for (const o of d.objectives) {
    if (o.status === "unchanged" && !innerChanged(o)) continue;
    const where = (x: ObjectivePair["from"]) => (x ? `${x.id}${x.section !== null ? ` (${x.section})` : ""}` : "");
    switch (o.status) {
      case "added": out.push(`${paint("green", "+ added    ")} ${where(o.to)}  ${o.to!.text}`); break;
      case "removed": out.push(`${paint("red", "- removed  ")} ${where(o.from)}  ${o.from!.text}`); break;
      default: {
        const label = { unchanged: "= unchanged", reworded: "~ reworded ", moved: "> moved    " }[o.status];
        const text = o.words ? words(o.words, paint, colour) : o.to!.text;
        out.push(`${paint(o.status === "unchanged" ? "dim" : "yellow", label)} ${where(o.from)} → ${where(o.to)}  ${text}`);
      }
    }
    if (o.status === "added" || o.status === "removed") continue;
    for (const a of o.accomplishments) if (changed(a)) out.push(...itemLines("accomplishment", a, paint, colour));
    for (const m of o.measures) {
      if (!measureChanged(m)) continue;
      const targets = m.targets.map((t) => targetLine(t, paint)).filter((t): t is string => t !== null);
      if (changed(m)) out.push(...itemLines("measure", m, paint, colour));
      else out.push(`    ${paint("yellow", "~ measure")}: ${m.to}`);
      for (const t of targets) out.push(`        target ${t}`);
    }
  }
  const list = (title: string, x: CompactDiff["missions"]) => {
    if (!x.added.length && !x.removed.length) return `${title}: no change (${x.kept.length})`;
    return `${title}: ${[...x.added.map((a) => paint("green", `+${a}`)), ...x.removed.map((r) => paint("red", `-${r}`))].join(" ")}` +
      (x.kept.length ? paint("dim", `  (kept: ${x.kept.join(" ")})`) : "");
  };
  out.push("", list("missions", d.missions), list("resolutions", d.resolutions), "");
  return out.join("\n");
}
