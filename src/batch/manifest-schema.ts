import { z } from "zod";
import { KindSchema, StatusSchema, InputFormatSchema, ErrorInfoSchema } from "../model/index.js";

/** One line of output/manifest.jsonl (docs/batch.md). */
export const ManifestEntrySchema = z.object({
  /** The input as given (relative to the working directory when inside it). */
  file: z.string(),
  /** Its JSON file, relative to the output folder. */
  output: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  format: InputFormatSchema,
  pages: z.number().int().nonnegative(),
  schemaVersion: z.number().int(),
  kind: KindSchema,
  status: StatusSchema,
  warnings: z.number().int().nonnegative(),
  /** Distinct warning codes, in order of first appearance (e.g. NO_TEXT_LAYER on a scan). */
  warningCodes: z.array(z.string()).default([]),
  ms: z.number().nonnegative(),
  error: ErrorInfoSchema.nullable(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
