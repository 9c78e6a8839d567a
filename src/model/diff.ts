import { z } from "zod";
import { ComparatorSchema } from "./output.js";

/** Schema version of `compacts diff --format json` (docs/research.md). Bump on any breaking change. */
export const DIFF_SCHEMA_VERSION = 1 as const;

/** One run of words in a word-level diff: kept, only in the older text, or only in the newer. */
export const WordChangeSchema = z.object({ op: z.enum(["same", "removed", "added"]), text: z.string() });

export const DiffTargetSchema = z.object({ comparator: ComparatorSchema, value: z.number(), unit: z.string().nullable(), raw: z.string() });

/** A numeric target across the two years: value up or down, unchanged, or only on one side. */
export const TargetChangeSchema = z.object({
  change: z.enum(["raised", "lowered", "unchanged", "added", "dropped"]),
  from: DiffTargetSchema.nullable(),
  to: DiffTargetSchema.nullable(),
});

/** A text item (objective, accomplishment, measure) in both years or in one. */
const itemChange = z.enum(["unchanged", "reworded", "added", "removed"]);

export const TextPairSchema = z.object({
  change: itemChange,
  from: z.string().nullable(),
  to: z.string().nullable(),
  similarity: z.number().nullable(),
  /** Only for "reworded". */
  words: z.array(WordChangeSchema).nullable(),
});

export const MeasurePairSchema = TextPairSchema.extend({ targets: z.array(TargetChangeSchema) });

export const ObjectivePairSchema = z.object({
  /** unchanged: same text and section; reworded: other text, same section; moved: other section. */
  status: z.enum(["unchanged", "reworded", "moved", "added", "removed"]),
  reworded: z.boolean(),
  moved: z.boolean(),
  from: z.object({ id: z.string(), section: z.string().nullable(), text: z.string() }).nullable(),
  to: z.object({ id: z.string(), section: z.string().nullable(), text: z.string() }).nullable(),
  similarity: z.number().nullable(),
  words: z.array(WordChangeSchema).nullable(),
  accomplishments: z.array(TextPairSchema),
  measures: z.array(MeasurePairSchema),
});

const SideSchema = z.object({
  file: z.string(),
  year: z.number().int().nullable(),
  entity: z.string().nullable(),
  title: z.string().nullable(),
});

export const CompactDiffSchema = z.object({
  diffSchemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  from: SideSchema,
  to: SideSchema,
  objectives: z.array(ObjectivePairSchema),
  missions: z.object({ added: z.array(z.string()), removed: z.array(z.string()), kept: z.array(z.string()) }),
  resolutions: z.object({ added: z.array(z.string()), removed: z.array(z.string()), kept: z.array(z.string()) }),
  summary: z.object({
    unchanged: z.number().int(), reworded: z.number().int(), moved: z.number().int(),
    added: z.number().int(), removed: z.number().int(),
    targetsRaised: z.number().int(), targetsLowered: z.number().int(), targetsDropped: z.number().int(), targetsAdded: z.number().int(),
  }),
});
export type CompactDiff = z.infer<typeof CompactDiffSchema>;
export type ObjectivePair = z.infer<typeof ObjectivePairSchema>;
export type MeasurePair = z.infer<typeof MeasurePairSchema>;
export type TextPair = z.infer<typeof TextPairSchema>;
export type TargetChange = z.infer<typeof TargetChangeSchema>;
export type WordChange = z.infer<typeof WordChangeSchema>;
