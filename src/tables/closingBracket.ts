/**
 * pdftotext's grid and a PDF's segments: a number closed by a bracket ("32)") that closes a bracket its own run opened
 * ("… deployed (target: 32)") is the end of that bracket, not a list marker "32)" hung before the
 * next column's text (corpus16 d16-001: the Risks column's "▪ Delays …" five spaces on, so the
 * hung-marker rule had moved "32)" into the risk). A list marker opens its item; it never closes a
 * bracket left open by the words before it in the same run — a run's words are one cell's line.
 */
export function closesRunBracket(words: ReadonlyArray<{ text: string; segment: number }>, k: number): boolean {
  const w = words[k];
  if (!w || !/^[^(]*\)$/.test(w.text)) return false;
  let open = 0;
  for (let j = k - 1; j >= 0 && words[j]!.segment === w.segment; j--) {
    const t = words[j]!.text;
    open += (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
  }
  return open > 0;
}
