import { leadsOn } from "./text.js";

/**
 * A Risks column whose items are each a risk and its mitigation, the two parted by a semicolon
 * ("Visa delays for participants; request letters early", typed one item under the other with no
 * marker and no full stop). The item above has had its semicolon (`SEMICOLON_INSIDE`: its mitigation
 * is running), its line ends on a word of its own (no article, preposition or hyphen), and this line
 * opens with a capitalised word and holds a semicolon of its own: it is the next risk and its
 * mitigation, not the mitigation's next line — a wrapped mitigation never gets a second risk's
 * semicolon before its end. The words at the break cannot tell here: the next risk often opens on a
 * name the document prints inside sentences too ("Security incidents at venues;" under "… request
 * letters early" beside "Department of Safety and Security"; "States not replying to requests;"),
 * so the name guard (`capitalisedInside`) keeps the line in the item above (session 53, h-items53:
 * corpus14 txt, ten joins in seven of the eleven former sets, no pair inside an item changed).
 */
export function riskPairOpens(itemAbove: string, above: string, text: string): boolean {
  const end = above.trimEnd();
  return SEMICOLON_INSIDE.test(lastSentence(itemAbove)) && OWN_WORD_END.test(end) && !leadsOn(end) && RISK_OPENING.test(text.trimStart());
}
/**
 * The item's text after its last full stop: items that end with full stops may reach the caller as
 * one run ("… tested twice a year. Competing priorities of member" / "States; regular briefings …",
 * corpus2 d2-014 chromium.txt, corpus7 f7-014 txt), and an earlier risk's semicolon is not this one's.
 */
function lastSentence(item: string): string {
  return item.split(SENTENCE_END).pop() ?? item;
}
const SENTENCE_END = /[.!?]["'’”)]*\s+(?=\S)/u;
/** A semicolon with words after it in the item: the risk is stated, its mitigation runs. */
const SEMICOLON_INSIDE = /;\s+\S/;
/** A line ending on a lower-case word or a figure of its own (not a name running on, a hyphen, comma, colon or open bracket). */
const OWN_WORD_END = /(?:^|\s)(?:\p{Ll}[\p{Ll}’'-]*|\d[\d,.]*%?)\)?$/u;
/** A capitalised word then lower case, and a semicolon further on the line: a risk stated, its mitigation to follow. */
const RISK_OPENING = /^["'‘“(]?\p{Lu}\p{Ll}[^;]*;/u;
