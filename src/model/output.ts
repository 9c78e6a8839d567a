import { z } from "zod";
import { InputFormatSchema } from "./layout.js";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ISO 8601 date (YYYY-MM-DD)");

/**
 * Where something was printed: one rectangle on one page. PDF: points, origin at the top-left of
 * the page as displayed, y growing down. Text and Markdown: the Layout's virtual grid (x =
 * character column × 5, y = line × 12), so read `lines` there. `lines`: first and last source line.
 * Added within schema version 1 (additive): older outputs lack boxes.
 */
export const BoxSchema = z.object({
  page: z.number().int().positive(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
  lines: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});
export type Box = z.infer<typeof BoxSchema>;

export const WarningSchema = z.object({
  /** UPPER_SNAKE code, stable across versions: downstream filters on it. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
  page: z.number().int().positive().nullable(),
  line: z.number().int().nonnegative().nullable(),
  /** The printed extent of the warning's line, when it names one (additive within version 1). */
  box: BoxSchema.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const EntityTypeSchema = z.enum([
  "mission",
  "resolution",
  "document",
  "organization",
  "person",
  "date",
  "percentage",
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  type: EntityTypeSchema,
  /** Raw text as printed: equals layout.text.slice(start, end). */
  text: z.string(),
  normalized: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  /** Where the span was printed, one box per page (additive within schema version 1). */
  boxes: z.array(BoxSchema).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const ResolutionRefSchema = z.object({
  symbol: z.string(),
  date: isoDate.nullable(),
  raw: z.array(z.string()),
});
export const DocumentRefSchema = z.object({ symbol: z.string(), raw: z.array(z.string()) });
export const ReferencesSchema = z.object({
  resolutions: z.array(ResolutionRefSchema),
  documents: z.array(DocumentRefSchema),
});
export type References = z.infer<typeof ReferencesSchema>;

export const SourceSchema = z.object({
  file: z.string(),
  format: InputFormatSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /**
   * PDF pages stored sideways that were read turned: `degrees` clockwise on top of the page's
   * /Rotate. Their boxes are in the turned page's coordinates (the page as read, text upright).
   * Present only when some page was turned (additive within version 1).
   */
  turned: z.array(z.object({ page: z.number().int().positive(), degrees: z.union([z.literal(90), z.literal(180), z.literal(270)]) })).optional(),
});

export const KindSchema = z.enum(["compact", "un-document", "unknown"]);
export type Kind = z.infer<typeof KindSchema>;
export const StatusSchema = z.enum(["success", "partial", "failure"]);
export type Status = z.infer<typeof StatusSchema>;

export const ClassificationSchema = z.object({
  kind: KindSchema,
  /** Scores per kind; the winner must clear a threshold (classify/). */
  scores: z.record(z.string(), z.number()),
  evidence: z.array(z.object({ kind: KindSchema, cue: z.string(), weight: z.number() })),
});

export const ErrorInfoSchema = z.object({ code: z.string(), message: z.string() });

const envelope = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  status: StatusSchema,
  error: ErrorInfoSchema.nullable(),
  classification: ClassificationSchema,
  warnings: z.array(WarningSchema),
  entities: z.array(EntitySchema),
  references: ReferencesSchema,
};

// ---- compact ----

export const ComparatorSchema = z.enum(["=", ">=", "<=", ">", "<", "+", "-"]);
export const TargetSchema = z.object({
  value: z.number(),
  /** "%", "pp" (percentage points), "days", "weeks", "months", "years", "hours", or null for a bare count. */
  unit: z.string().nullable(),
  comparator: ComparatorSchema,
  raw: z.string(),
  /** "from 12 in 2018 to 15 in 2019": the starting point, when the measure states one. */
  baseline: z.object({ value: z.number(), year: z.number().int().nullable() }).nullable().optional(),
  /** The year the target is for, when stated. */
  year: z.number().int().nullable().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const MeasureSchema = z.object({
  text,
  targets: z.array(TargetSchema),
  /**
   * Index into the row's `accomplishments` of the accomplishment this measure belongs to, when the
   * layout shows it (one objective spanning accomplishment sub-rows, each with its own measures);
   * null when the table lists accomplishments and measures side by side without pairing them.
   */
  accomplishment: z.number().int().nonnegative().nullable(),
  /** The measure's own Target cell, as printed (also parsed into `targets`); null without a Target column. */
  target: z.string().nullable(),
  /** The measure's own Baseline cell, as printed; null without a Baseline column. */
  baseline: z.string().nullable(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const ProvenanceSchema = z.object({
  page: z.number().int().positive(),
  /** First and last source line of the row. */
  lines: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Every page the row touches (a row can cross page breaks). */
  pages: z.array(z.number().int().positive()),
  /** The row's printed extent, one box per page (additive within version 1). */
  boxes: z.array(BoxSchema).optional(),
  /**
   * Each cell item's boxes, parallel to the row's lists (`accomplishments[i]` is the boxes of
   * accomplishment i). An empty list: the item was not found in print (warning PROVENANCE_UNLOCATED).
   */
  cells: z
    .object({
      objective: z.array(BoxSchema),
      accomplishments: z.array(z.array(BoxSchema)),
      measures: z.array(z.array(BoxSchema)),
      extra: z.record(z.string(), z.array(z.array(BoxSchema))),
    })
    .optional(),
});
export type CellBoxes = NonNullable<z.infer<typeof ProvenanceSchema>["cells"]>;

export const ObjectiveSchema = z.object({
  id: z.string(),
  section: z.string().nullable(),
  objective: text,
  accomplishments: z.array(text),
  measures: z.array(MeasureSchema),
  /** Further columns keyed by their header in camelCase, e.g. { risksAndMitigations: [...] }. */
  extra: z.record(z.string(), z.array(text)),
  provenance: ProvenanceSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const PersonSchema = z.object({ name: z.string(), title: z.string().nullable() });
export const MissionSchema = z.object({
  acronym: z.string(),
  canonical: z.string().nullable(),
  name: z.string().nullable(),
  kind: z.enum(["peacekeeping", "political"]).nullable(),
  known: z.boolean(),
  /** True when the compact names the mission in a mandate list; false when only in prose or a table cell. */
  listed: z.boolean(),
});
export type Mission = z.infer<typeof MissionSchema>;

export const SectionSchema = z.object({ id: z.string(), title: z.string() });
export const SignatureSchema = z.object({ name: z.string().nullable(), title: z.string().nullable(), date: isoDate.nullable() });

export const CompactSchema = z.object({
  ...envelope,
  kind: z.literal("compact"),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  manager: PersonSchema.nullable(),
  counterpart: PersonSchema.nullable(),
  entity: z.object({ name: z.string(), acronym: z.string().nullable() }).nullable(),
  sections: z.array(SectionSchema),
  objectives: z.array(ObjectiveSchema),
  missions: z.array(MissionSchema),
  challenges: z.array(text),
  signatures: z.array(SignatureSchema),
});
export type CompactOutput = z.infer<typeof CompactSchema>;

// ---- un-document ----

export const UnDocumentSchema = z.object({
  ...envelope,
  kind: z.literal("un-document"),
  symbol: z.string().nullable(),
  distribution: z.string().nullable(),
  date: isoDate.nullable(),
  originalLanguage: z.string().nullable(),
  session: z.number().int().nullable(),
  agendaItems: z.array(z.object({ number: z.string(), title: z.string().nullable() })),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  paragraphs: z.array(
    z.object({
      number: z.string(),
      text,
      subparagraphs: z.array(z.object({ label: z.string(), text })),
    }),
  ),
  footnotes: z.array(z.object({ mark: z.string(), text })),
  /**
   * What the document is, from its masthead and title lines: "report", "note", "letter",
   * "draft resolution", "resolution", "decision", "bulletin", "corrigendum"; null when unsure.
   * Added in schema version 1 (additive): older outputs may lack it.
   */
  documentType: z.string().nullable().optional(),
  /** Organs and bodies named in the masthead, outermost first ("General Assembly", "Human Rights Council"). */
  bodies: z.array(z.string()).optional(),
  /** Sponsors of a draft resolution ("Australia, Colombia … and Uruguay: draft resolution"). */
  sponsors: z.array(z.string()).optional(),
  /** Resolutions and decisions: the paragraphs between "The General Assembly," and the operative part. */
  preambularParagraphs: z.array(text).optional(),
  /** Resolutions and decisions: operative paragraphs, numbered ("1.") or not (number null). */
  operativeParagraphs: z.array(z.object({ number: z.string().nullable(), text })).optional(),
});
export type UnDocumentOutput = z.infer<typeof UnDocumentSchema>;

// ---- unknown ----

export const UnknownSchema = z.object({ ...envelope, kind: z.literal("unknown") });
export type UnknownOutput = z.infer<typeof UnknownSchema>;

export const OutputSchema = z.discriminatedUnion("kind", [CompactSchema, UnDocumentSchema, UnknownSchema]);
export type Output = z.infer<typeof OutputSchema>;

/** The JSON Schema of the output, for `compacts schema` and downstream validators. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(OutputSchema, { target: "draft-2020-12", io: "output" });
}
