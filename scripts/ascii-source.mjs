// The batch worker's bundle as pure ASCII (scripts/bundle-worker.mjs): esbuild escapes non-ASCII
// characters in strings and templates but leaves them in regular-expression literals (`[≥≤]`,
// `[*†‡§]`) and comments, so the bundle had ~170 lines of them and every child decoded its 7.3 MB as
// a two-byte string: UTF-8 decoding ~52 ms of CPU against ~23 ms for the same file in ASCII, V8's
// compile-with-cache ~62 against ~36 ms, and 14.7 MB against 7.3 MB of source kept in each child
// (measured in session 54, bench/README.md). A `\uXXXX` escape means the same character in a regular
// expression (with or without the u or v flag: a pair of surrogate escapes reads as one code point
// under u), a string and a comment, and a BMP letter in an identifier (esbuild already writes
// identifiers in ASCII, astral ones as `\u{…}`, which a surrogate pair could not be); esbuild prints
// its own whitespace, so no non-ASCII space is code. The one place it would not: right after a backslash (`\≥`, an identity
// escape), where `\\u2265` would change the meaning — refused, as is anything that is not JavaScript.

/**
 * `source` with every UTF-16 code unit above U+007F written as `\uXXXX` (astral characters as
 * their two surrogates). Throws when such a character follows an odd run of backslashes.
 * @param {string} source
 * @returns {string}
 */
export function escapeNonAscii(source) {
  return source.replace(/[^\x00-\x7f]+/g, (run, offset) => {
    let backslashes = 0;
    for (let i = offset - 1; i >= 0 && source.charCodeAt(i) === 0x5c; i--) backslashes++;
    if (backslashes % 2 === 1) {
      const line = source.slice(0, offset).split("\n").length;
      throw new Error(`ascii-source: a non-ASCII character after a backslash at line ${line} (an identity escape) cannot be escaped`);
    }
    let out = "";
    for (let i = 0; i < run.length; i++) out += `\\u${run.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`;
    return out;
  });
}
