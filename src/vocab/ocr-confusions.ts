/**
 * OCR confusions: the glyphs OCR reads in place of others on UN scans (typewriter and photocopy
 * faces, Tesseract's LSTM model). One table, read by the entity stage's repairs of document
 * symbols (entities/ocr-repair.ts, symbols.ts) and mission acronyms (missions.ts). The text is
 * never changed: a repair only lets a known vocabulary (symbol grammar, mission gazetteer)
 * recognise what was printed, and is reported.
 *
 * Only shape confusions of printed glyphs are listed — pairs that differ by a stroke or a
 * serif — not typing errors.
 */

/**
 * A glyph read where a digit was printed (inside a number: `A/62/8O`, `S/RES/l769`, `2OO8`).
 * O/o/Q and 0 are one oval; I/l/i/| and 1 one stroke; S/s and 5, B and 8, Z/z and 2, G/b and 6,
 * g/q and 9 differ by a serif or a closed loop that toner or noise adds or removes.
 */
export const DIGIT_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ["O", "0"], ["o", "0"], ["Q", "0"],
  ["I", "1"], ["l", "1"], ["i", "1"], ["|", "1"],
  ["S", "5"], ["s", "5"],
  ["B", "8"],
  ["Z", "2"], ["z", "2"],
  ["G", "6"], ["b", "6"],
  ["g", "9"], ["q", "9"],
]);

/**
 * A glyph read where a capital letter was printed (inside an acronym or a symbol's letter part:
 * `UNM1L`, `MONUSC0`, `A/RE5`): the same shapes the other way round, and a lower-case l or a
 * bar for a capital I (one stroke in sans-serif faces).
 */
export const LETTER_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ["0", "O"], ["Q", "O"],
  ["1", "I"], ["l", "I"], ["|", "I"], ["!", "I"],
  ["5", "S"],
  ["8", "B"],
  ["2", "Z"],
  ["6", "G"],
]);

/**
 * Several glyphs read for one, or one for several: `rn` for `m` (the classic kerning confusion),
 * `IVI` for a capital `M` whose diagonals broke, `VV` for `W`, `II` for `H` whose
 * cross-bar faded, `cl` for `d`. Acronym repairs use them (symbols have none of these letters in
 * their numbers).
 */
export const SEQUENCE_CONFUSIONS: ReadonlyArray<readonly [read: string, meant: string]> = [
  ["rn", "m"], ["RN", "M"], ["IVI", "M"], ["VV", "W"], ["II", "H"], ["cl", "d"],
];
