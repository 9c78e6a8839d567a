/**
 * Plain text (session 53, h-items53): the name guard of the words at a break, asked of the break itself.
 * A line ending on a plain lower-case word over a line opening with a capitalised word then a
 * lower-case one opens an item unless the capital may be a name running on (`capitalisedInside`: the
 * document prints the word after a lower-case word somewhere, "by Member States", "the Programme
 * Planning"). The guard fears the name whatever the word before it; but a name runs on from the word
 * the document prints it after, and a document prints its names again ("programme managers" / "the
 * Programme Planning"). Where it never prints the line's last word one space before the capital
 * ("… by the agreed date" / "Member States informed of", "… assessments each month" / "Programme
 * managers able", "… of the period" / "Women among staff"), the capital is no name going on from
 * that word: the guard stands aside (`nameRunsOnFrom` false). A last word that is not lower-case
 * letters only (a figure, a bracket, a hyphen) keeps the guard.
 */
export function nameRunsOnFrom(above: string, name: string, printedBefore: (word: string, name: string) => boolean): boolean {
  const last = LAST_LOWER_WORD.exec(above.trimEnd())?.[1];
  return last === undefined || printedBefore(last, name);
}
/** The line's last word when it is lower-case letters only. */
const LAST_LOWER_WORD = /(?:^|\s)(\p{Ll}+)$/u;
