// The batch bundle's patches of pdf.js's worker module that remove work, outputs identical
// (scripts/bundle-worker.mjs applies them after SYNC_INFLATE_PATCHES). A module of its own so that
// test/extract/pdfjs-lean-s56.test.ts can apply them to pdf.worker.mjs and run old against new.

/**
 * Work pdf.js's worker does for a reader of operator lists that changes nothing it hands over
 * (session 56, h-pdfjs56; outputs identical, test/extract/pdfjs-lean-s56.test.ts). Each [from, to]:
 *
 * - `_transfers`: each flushed chunk of an operator list lists the buffers of its operators'
 *   arguments (paths, matrices, inline images) for the port to transfer. pdf.js's worker runs in
 *   this thread on our SharingPort (src/extract/pdf/port.ts), which hands a chunk over without a copy
 *   and ignores the list; pdf.js's own LoopbackPort (where ours is not used) then copies those
 *   buffers instead of moving them: the same values either way.
 * - A composite TrueType font with an Identity CMap: `checkAndRepair` maps every code 0–65535 through
 *   a callback to find the glyphs the font has (charCodeToGlyphId, hence the glyph's `isInFont`),
 *   though only codes below the glyph count (no CIDToGIDMap) or below the CIDToGIDMap's length (an
 *   array: readCidToGidMap) can map to a glyph. The loop stops there; the same callback, the same
 *   codes in the same order below it.
 * - `getHexString` (the lexer's `<…>` strings, the text of most Skia/Chromium and Word PDFs): the
 *   bytes are gathered as numbers and made a string by `String.fromCharCode` in chunks of 8,192,
 *   not as one-character strings joined — the same string. `strBuf` is the lexer's scratch array,
 *   emptied by every reader that uses it before it reads.
 */
const PDFJS_TRANSFERS = `    }, 1, this._transfers);
    this.dependencies.clear();
`;
const NO_TRANSFERS = `    }, 1, null);
    this.dependencies.clear();
`;
const PDFJS_IDENTITY_CMAP = `      const isCidToGidMapEmpty = cidToGidMap.length === 0;
      properties.cMap.forEach(function (charCode, cid) {
`;
const BOUNDED_IDENTITY_CMAP = `      const isCidToGidMapEmpty = cidToGidMap.length === 0;
      // compacts (scripts/bundle-worker.mjs): an Identity CMap maps code i to CID i, i = 0..0xffff; a code
      // at or past the glyph count (or past the CIDToGIDMap array) maps to no glyph, so the loop stops there.
      const forEachCode = properties.cMap instanceof IdentityCMap ? (callback) => {
        const last = Math.min(0xffff, (isCidToGidMapEmpty ? numGlyphs : cidToGidMap.length) - 1);
        for (let i = 0; i <= last; i++) {
          callback(i, i);
        }
      } : (callback) => properties.cMap.forEach(callback);
      forEachCode(function (charCode, cid) {
`;
const PDFJS_HEX_STRING = `          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));
          firstDigit = -1;
        }
        ch = this.nextChar();
      }
    }
    if (firstDigit !== -1) {
      strBuf.push(String.fromCharCode(firstDigit << 4));
    }
    return strBuf.join("");
`;
const HEX_STRING_CODES = `          strBuf.push(firstDigit << 4 | digit);
          firstDigit = -1;
        }
        ch = this.nextChar();
      }
    }
    if (firstDigit !== -1) {
      strBuf.push(firstDigit << 4);
    }
    // compacts (scripts/bundle-worker.mjs): the bytes as numbers, made a string at once.
    if (strBuf.length <= 8192) {
      return String.fromCharCode.apply(null, strBuf);
    }
    let str = "";
    for (let i = 0; i < strBuf.length; i += 8192) {
      str += String.fromCharCode.apply(null, strBuf.slice(i, i + 8192));
    }
    return str;
`;
/** [what pdf.worker.mjs says, what the bundle says instead]: each must occur exactly once (bundle-worker.mjs `patched`). */
export const LEAN_WORKER_PATCHES = [
  [PDFJS_TRANSFERS, NO_TRANSFERS],
  [PDFJS_IDENTITY_CMAP, BOUNDED_IDENTITY_CMAP],
  [PDFJS_HEX_STRING, HEX_STRING_CODES],
];
