/**
 * LibreOffice and Chromium stamp every PDF they print with the time of the run: LibreOffice its
 * /CreationDate, the trailer's /ID and /DocChecksum; Chromium its /CreationDate and /ModDate (with a
 * space before the string). A split printed again then differs in those bytes only. fixStamps
 * rewrites them in place with values drawn from `key` (a document id and rendering), keeping every
 * length, so the xref offsets stay valid and a split written twice is byte-identical.
 * (scripts/corpus9/generate.mjs does the same for LibreOffice and Ghostscript.)
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

/** The fixed time every stamp gets: the day the splits using this were drawn. */
const FIXED_TIME = "20261202000000";

export function fixStamps(file, key) {
  const hex = (what) => createHash("md5").update(`${key}/${what}`).digest("hex").toUpperCase();
  const text = readFileSync(file, "latin1")
    .replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, `$1${FIXED_TIME}`)
    .replace(/\/ID \[ ?<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}> ?\]/g, (m) => m.replace(/<[0-9A-Fa-f]{32}>/g, `<${hex("id")}>`))
    .replace(/(\/DocChecksum \/)[0-9A-F]{32}/g, (m, a) => a + hex("checksum"));
  writeFileSync(file, text, "latin1");
}
