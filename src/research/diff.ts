/**
 * Year-over-year diff of two compacts (docs/research.md): objectives matched by text similarity as
 * an assignment problem, then accomplishments and measures inside each matched pair the same way,
 * then the numeric targets of matched measures. Missions and resolutions: added and removed.
 */
import { diffWords } from "diff";
import type { CompactOutput, Objective, Target } from "../model/output.js";
import {
  DIFF_SCHEMA_VERSION, type CompactDiff, type MeasurePair, type ObjectivePair, type TargetChange, type TextPair, type WordChange,
} from "../model/diff.js";
import { assign } from "./assign.js";
import { dice, sameText, terms } from "./text.js";

/**
 * Least similarity for two objectives to be one objective reworded rather than one removed and
 * one added. On the fixture series (docs/research.md) the true pairs score ≥ 0.79 and the closest
 * unrelated pair 0.28; 0.4 sits between, nearer the unrelated side to leave room for heavier
 * rewording than the fixtures have.
 */
export const OBJECTIVE_THRESHOLD = 0.4;
/**
 * Accomplishments and measures are short (a few content words): one shared word out of four is
 * noise, two out of four is the same measure. Numbers do not count (text.ts).
 */
export const ITEM_THRESHOLD = 0.5;
/**
 * Weight of the objective's own text in its similarity; the rest comes from its accomplishments
 * and measures, which often stay when the objective sentence is rewritten.
 */
export const OBJECTIVE_TEXT_WEIGHT = 0.7;

/** An objective with its terms, ready for comparison. */
export interface Prepared {
  objective: Objective;
  own: Set<string>;
  body: Set<string>;
  section: string | null;
}

/** A section as compared across years: its title (numbering changes), else its id. */
function sectionName(c: CompactOutput, id: string | null): string | null {
  if (id === null) return null;
  const title = c.sections.find((s) => s.id === id)?.title;
  return (title ?? id).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

function prepare(c: CompactOutput): Prepared[] {
  return c.objectives.map((o) => ({
    objective: o,
    own: new Set(terms(o.objective)),
    body: new Set(terms([...o.accomplishments, ...o.measures.map((m) => m.text)].join(" \n "))),
    section: sectionName(c, o.section),
  }));
}

export function objectiveSimilarity(a: Prepared, b: Prepared): number {
  return OBJECTIVE_TEXT_WEIGHT * dice(a.own, b.own) + (1 - OBJECTIVE_TEXT_WEIGHT) * dice(a.body, b.body);
}

/** Word-level diff of two texts: runs of kept, removed and added words. */
export function wordDiff(from: string, to: string): WordChange[] {
  return diffWords(from, to).map((c) => ({ op: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Any number, for comparing measure texts: "90% of rations" → "95% of rations" is the same measure
 * with a new target, reported as a target change, not as a rewording.
 */
const ANY_NUMBER = /\d+(?:[.,]\d+)*/g;
const sameMeasureText = (a: string, b: string) => sameText(a.replace(ANY_NUMBER, "#"), b.replace(ANY_NUMBER, "#"));

/** Match two lists of short texts; one pair per item of either side, in the newer order. */
function matchTexts(
  from: readonly string[], to: readonly string[], same: (a: string, b: string) => boolean = sameText,
): Array<{ i: number | null; j: number | null; pair: TextPair }> {
  const a = from.map((t) => new Set(terms(t)));
  const b = to.map((t) => new Set(terms(t)));
  const r = assign(from.length, to.length, (i, j) => dice(a[i]!, b[j]!), ITEM_THRESHOLD);
  const out: Array<{ i: number | null; j: number | null; pair: TextPair }> = [];
  for (const [i, j, s] of r.pairs) {
    const unchanged = same(from[i]!, to[j]!);
    out.push({ i, j, pair: { change: unchanged ? "unchanged" : "reworded", from: from[i]!, to: to[j]!, similarity: round(s), words: unchanged ? null : wordDiff(from[i]!, to[j]!) } });
  }
  for (const i of r.onlyA) out.push({ i, j: null, pair: { change: "removed", from: from[i]!, to: null, similarity: null, words: null } });
  for (const j of r.onlyB) out.push({ i: null, j, pair: { change: "added", from: null, to: to[j]!, similarity: null, words: null } });
  // Newer order, removed ones where they stood in the older list.
  return out.sort((x, y) => (x.j ?? x.i! - 0.5) - (y.j ?? y.i! - 0.5));
}

const targetOut = (t: Target) => ({ comparator: t.comparator, value: t.value, unit: t.unit, raw: t.raw });

/**
 * Targets of one measure in both years, paired by unit in order of appearance (a measure with
 * "30 days in 95% of missions" has one target per unit), then compared by value.
 */
export function compareTargets(from: readonly Target[], to: readonly Target[]): TargetChange[] {
  const out: TargetChange[] = [];
  const used = new Set<number>();
  for (const f of from) {
    const k = to.findIndex((t, idx) => !used.has(idx) && t.unit === f.unit);
    if (k < 0) {
      out.push({ change: "dropped", from: targetOut(f), to: null });
      continue;
    }
    used.add(k);
    const t = to[k]!;
    const change = t.value > f.value ? "raised" : t.value < f.value ? "lowered" : "unchanged";
    out.push({ change, from: targetOut(f), to: targetOut(t) });
  }
  to.forEach((t, idx) => {
    if (!used.has(idx)) out.push({ change: "added", from: null, to: targetOut(t) });
  });
  return out;
}

function measurePairs(from: Objective | null, to: Objective | null): MeasurePair[] {
  const fm = from?.measures ?? [];
  const tm = to?.measures ?? [];
  return matchTexts(fm.map((m) => m.text), tm.map((m) => m.text), sameMeasureText).map(({ i, j, pair }) => ({
    ...pair,
    targets: compareTargets(i === null ? [] : fm[i]!.targets, j === null ? [] : tm[j]!.targets),
  }));
}

function accomplishmentPairs(from: Objective | null, to: Objective | null): TextPair[] {
  return matchTexts(from?.accomplishments ?? [], to?.accomplishments ?? []).map((x) => x.pair);
}

const side = (o: Objective) => ({ id: o.id, section: o.section, text: o.objective });

function setDiff(from: Iterable<string>, to: Iterable<string>) {
  const a = new Set(from);
  const b = new Set(to);
  return {
    added: [...b].filter((x) => !a.has(x)),
    removed: [...a].filter((x) => !b.has(x)),
    kept: [...a].filter((x) => b.has(x)),
  };
}

export interface DiffInput {
  file: string;
  compact: CompactOutput;
}

export function diffCompacts(fromIn: DiffInput, toIn: DiffInput): CompactDiff {
  const A = prepare(fromIn.compact);
  const B = prepare(toIn.compact);
  const r = assign(A.length, B.length, (i, j) => objectiveSimilarity(A[i]!, B[j]!), OBJECTIVE_THRESHOLD);
  const objectives: Array<{ order: number; pair: ObjectivePair }> = [];
  for (const [i, j, s] of r.pairs) {
    const a = A[i]!;
    const b = B[j]!;
    const reworded = !sameText(a.objective.objective, b.objective.objective);
    const moved = a.section !== b.section;
    objectives.push({
      order: j,
      pair: {
        status: moved ? "moved" : reworded ? "reworded" : "unchanged",
        reworded, moved,
        from: side(a.objective), to: side(b.objective), similarity: round(s),
        words: reworded ? wordDiff(a.objective.objective, b.objective.objective) : null,
        accomplishments: accomplishmentPairs(a.objective, b.objective),
        measures: measurePairs(a.objective, b.objective),
      },
    });
  }
  for (const i of r.onlyA) {
    const a = A[i]!.objective;
    objectives.push({
      order: i - 0.5,
      pair: {
        status: "removed", reworded: false, moved: false, from: side(a), to: null, similarity: null, words: null,
        accomplishments: accomplishmentPairs(a, null), measures: measurePairs(a, null),
      },
    });
  }
  for (const j of r.onlyB) {
    const b = B[j]!.objective;
    objectives.push({
      order: j,
      pair: {
        status: "added", reworded: false, moved: false, from: null, to: side(b), similarity: null, words: null,
        accomplishments: accomplishmentPairs(null, b), measures: measurePairs(null, b),
      },
    });
  }
  const pairs = objectives.sort((x, y) => x.order - y.order).map((x) => x.pair);
  const count = (s: ObjectivePair["status"]) => pairs.filter((p) => p.status === s).length;
  const targets = pairs.flatMap((p) => p.measures.flatMap((m) => m.targets));
  const countT = (c: TargetChange["change"]) => targets.filter((t) => t.change === c).length;
  const missionKey = (m: CompactOutput["missions"][number]) => m.canonical ?? m.acronym;
  return {
    diffSchemaVersion: DIFF_SCHEMA_VERSION,
    from: sideInfo(fromIn),
    to: sideInfo(toIn),
    objectives: pairs,
    missions: setDiff(fromIn.compact.missions.map(missionKey), toIn.compact.missions.map(missionKey)),
    resolutions: setDiff(fromIn.compact.references.resolutions.map((x) => x.symbol), toIn.compact.references.resolutions.map((x) => x.symbol)),
    summary: {
      unchanged: count("unchanged"), reworded: count("reworded"), moved: count("moved"), added: count("added"), removed: count("removed"),
      targetsRaised: countT("raised"), targetsLowered: countT("lowered"), targetsDropped: countT("dropped"), targetsAdded: countT("added"),
    },
  };
}

function sideInfo(x: DiffInput): CompactDiff["from"] {
  const c = x.compact;
  return { file: x.file, year: c.year, entity: c.entity?.acronym ?? c.entity?.name ?? null, title: c.title };
}
