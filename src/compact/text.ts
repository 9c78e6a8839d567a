import { LEADING_BULLET, replaceInlineBullets, stripMarker } from "../vocab/markers.js";
import { normalizeSpace, repairText } from "../vocab/text.js";

/** A piece of document text whitespace-normalised, text-layer artefacts repaired, no item marker at the start. */
export function cleanText(s: string): string {
  return normalizeSpace(replaceInlineBullets(stripMarker(repairText(s)).text, " "));
}

/** An item marker (vocab/markers) opens a list item. */
export const BULLET_RE = LEADING_BULLET;
