/**
 * The input formats (model/layout's InputFormat), without zod: the batch's main process checks
 * --input-format against them, and loading zod there cost ~60 ms of CPU before its first worker
 * started (bench/README.md, session 46).
 */
export const INPUT_FORMATS = ["pdf", "text", "markdown"] as const;
