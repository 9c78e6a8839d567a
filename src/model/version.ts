/**
 * Schema version of the JSON output (../shared/CONTRACT.md). Bump on any breaking change.
 * A module of its own, without zod: the batch's main process needs the number, not the schema
 * (loading zod and the output schemas cost it ~0.1 s of CPU before its first worker started).
 */
export const SCHEMA_VERSION = 1 as const;
