/**
 * OCR settings (no engine imports here: the CLI reads these without loading tesseract.js).
 */
export type OcrMode = "auto" | "off" | "force";
export const OCR_MODES: readonly OcrMode[] = ["auto", "off", "force"];
/** Scans are read at 300 dpi unless told otherwise: Tesseract's accuracy levels off there for 8–12 pt text. */
export const DEFAULT_OCR_DPI = 300;
/** Below 70 dpi 9 pt text is ~9 px high, under what Tesseract can read; above 600 only costs time. */
export const MIN_OCR_DPI = 70;
export const MAX_OCR_DPI = 600;
