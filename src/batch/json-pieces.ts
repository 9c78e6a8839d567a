/**
 * `JSON.stringify(value, null, 2)` in pieces. A long document's output is large (4,000 dense PDF
 * pages: 16,800 objectives, 118,000 entities, 84 M characters of JSON, ~170 MB as one string since
 * its text holds non-Latin-1 characters) and a worker that built it whole, then handed it to the
 * IPC channel (which serialises it once more), held three copies of the output at its end. Pieces
 * are cut between the elements of the top levels (the envelope's fields, the elements of its
 * arrays), so a piece holds at most one objective or entity, and joined they are byte for byte
 * what `JSON.stringify(value, null, 2)` gives (test/batch/json-pieces.test.ts compares them).
 */

/** Indentation of one level, as `JSON.stringify(…, null, 2)` writes it. */
const INDENT = "  ";
/** How deep containers are opened into pieces; below this a value is one `JSON.stringify` call. */
const SPLIT_DEPTH = 2;
/** Pieces are gathered up to about this many characters before they are yielded (~1–2 MB). */
export const PIECE_CHARS = 1 << 20;

/** One value as `JSON.stringify(v, null, 2)` writes it at `indent`; undefined when JSON leaves it out (undefined, functions, symbols). */
function leaf(v: unknown, indent: string): string | undefined {
  const s = JSON.stringify(v, null, 2) as string | undefined;
  // JSON escapes every newline inside strings, so each raw newline starts an indented line.
  return s === undefined || indent === "" ? s : s.replaceAll("\n", `\n${indent}`);
}

/** A plain container this splitter may open: an array or an object without `toJSON`. */
function openable(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * The raw pieces (not gathered): a container's brackets, separators and members in order. With
 * `release`, each element of an opened array is dropped from it once its text is made (the slot
 * is emptied): a caller that keeps the value only to serialise it then holds its text and the
 * part not yet serialised, never both whole.
 */
function* raw(v: unknown, indent: string, depth: number, release: boolean): Generator<string> {
  if (depth >= SPLIT_DEPTH || !openable(v)) {
    // Where JSON.stringify would leave the value out (an object member) the caller skips it; an
    // array element prints as null, which is what leaf(null) gives.
    yield leaf(v, indent) ?? "null";
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < v.length; i++) {
      yield i === 0 ? inner : `,\n${inner}`;
      yield* raw(v[i], inner, depth + 1, release);
      if (release) v[i] = undefined;
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(v)) {
    const member = v[key];
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    yield `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* raw(member, inner, depth + 1, release);
  }
  yield first ? "{}" : `\n${indent}}`;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, each about `PIECE_CHARS` long (one member or
 * element may make a piece longer). Joined, they equal it exactly. `release`: the value is used up
 * (see `raw`): the batch worker's output of 4,000 dense pages is ~150 MB of heap, and its serialised
 * text as much again by the end.
 */
export function* jsonPieces(value: unknown, pieceChars = PIECE_CHARS, { release = false }: { release?: boolean } = {}): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const part of raw(value, "", 0, release)) {
    parts.push(part);
    length += part.length;
    if (length >= pieceChars) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join("");
}
