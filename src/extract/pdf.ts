import { ExtractError } from "../model/errors.js";
import type { Context } from "../model/doc.js";
import type { ExtractedLayout } from "./index.js";

// PLACEHOLDER until the PDF issue lands.
export async function pdfToLayout(_bytes: Uint8Array, _ctx: Context): Promise<ExtractedLayout> {
  throw new ExtractError("UNSUPPORTED_FORMAT", "PDF extraction is not available yet");
}
