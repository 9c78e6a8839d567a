import type { Context, Doc } from "../model/doc.js";
import type { Kind } from "../model/output.js";

/** One piece of evidence: a pattern on the document's first pages and what it is worth. */
interface Cue {
  kind: Exclude<Kind, "unknown">;
  cue: string;
  weight: number;
  test: (text: string) => boolean;
}

// PRELIMINARY cue list (deepened by the classification issue). Weights: a title or masthead alone
// is strong but not enough; the table header and signature block confirm a compact.
const CUES: Cue[] = [
  { kind: "compact", cue: "title: Senior Manager's Compact", weight: 4, test: (t) => /senior\s+manager['’`]?s?\s+compact/i.test(t) },
  {
    kind: "compact",
    cue: "table header: Objective / Expected accomplishment / Performance measure",
    weight: 4,
    test: (t) => /objectives?\W+expected\s+accomplishments?\W+performance\s+measures?/i.test(t),
  },
  { kind: "compact", cue: "preamble: between … and the Secretary-General", weight: 2, test: (t) => /\bbetween\b[^\n]{0,200}\bsecretary-general\b/i.test(t) },
  { kind: "compact", cue: "signature block: I acknowledge/endorse the objectives", weight: 2, test: (t) => /\bI (acknowledge|endorse) the objectives\b/i.test(t) },
  { kind: "un-document", cue: "masthead: Distr.", weight: 3, test: (t) => /\bDistr\.?\s*:?\s*(general|limited|restricted)\b/i.test(t) },
  { kind: "un-document", cue: "masthead: Original language", weight: 2, test: (t) => /\boriginal\s*:\s*\n?\s*(english|french|spanish|russian|arabic|chinese)\b/i.test(t) },
  { kind: "un-document", cue: "masthead: document symbol", weight: 3, test: (t) => /^\s*(united nations\s+)?(A|S|E)\/[0-9A-Z.\-/]+\s*$/im.test(t) },
  { kind: "un-document", cue: "agenda item", weight: 2, test: (t) => /\bitem\s+\d+[a-z]?\s+of\s+the\s+(provisional\s+)?agenda\b|\bagenda\s+items?\s+\d+/i.test(t) },
];

/** Total weight a kind needs before we call the document that kind. */
export const MIN_SCORE = 5;
/** Only the head of the document carries the title, masthead and first table header. */
const HEAD_CHARS = 20_000;

export function classifyText(text: string) {
  const head = text.slice(0, HEAD_CHARS);
  const tail = text.slice(-HEAD_CHARS);
  const evidence: Array<{ kind: Kind; cue: string; weight: number }> = [];
  const scores: Record<string, number> = { compact: 0, "un-document": 0 };
  for (const c of CUES) {
    if (c.test(head) || c.test(tail)) {
      evidence.push({ kind: c.kind, cue: c.cue, weight: c.weight });
      scores[c.kind] = (scores[c.kind] ?? 0) + c.weight;
    }
  }
  const best = (Object.entries(scores) as Array<[Kind, number]>).sort((a, b) => b[1] - a[1])[0];
  const kind: Kind = best && best[1] >= MIN_SCORE ? best[0] : "unknown";
  return { kind, scores, evidence };
}

export function classifyStage(doc: Doc, _ctx: Context): Doc {
  doc.classification = classifyText(doc.layout.text);
  doc.kind = doc.classification.kind;
  return doc;
}
