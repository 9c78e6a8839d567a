/**
 * People from title patterns only (no general NER): an honorific before a name ("Mr. Ban
 * Ki-moon", "Ms. Jane Holl Lute") and signatory lines "Name, Title" whose title is a UN post.
 */
export interface PersonSpan {
  type: "person";
  text: string;
  /** The name with single spaces. */
  normalized: string;
  start: number;
  end: number;
  /** The title printed after the name, when the pattern gives one. */
  title: string | null;
}

/** One word of a personal name: capitalised, may carry hyphenated parts ("Ki-moon", "Holl"). */
const NAME_WORD = "\\p{Lu}[\\p{L}'\\u2019]*(?:-\\p{L}[\\p{L}'\\u2019]*)*";
/** Particles inside names ("Jan van Bergen", "Ould Abdallah"). */
const PARTICLE = "(?:van|von|de|da|del|der|di|du|bin|ibn|al|el|le|la)";
/** 2 to 5 words on one line: a person's full name, not a paragraph. */
const NAME = `${NAME_WORD}(?:[ \\u00A0](?:${PARTICLE}[ \\u00A0])?${NAME_WORD}){1,4}`;
const HONORIFIC = "(?:Mr|Ms|Mrs|Dr|Miss|Sir|Madam|Mme|H\\.E\\.)";
/** Posts that open a signatory's title. */
const TITLE_START =
  "(?:(?:Under|Assistant|Deputy)[- ])?Secretary-General|Director|Executive Director|Chief|Head|Officer-in-Charge|Special (?:Representative|Envoy|Adviser|Coordinator)|Controller|High Commissioner|Administrator|Chef de Cabinet|President|Chair(?:man|person)?|Coordinator|Commissioner|Executive Secretary|Registrar|Prosecutor";

/** "Mr. Ban Ki-moon", "Ms. Jane Holl Lute" (the honorific is not part of the span). */
const WITH_HONORIFIC = new RegExp(`\\b${HONORIFIC}\\.?[ \\u00A0]+(${NAME})`, "gu");
/** A line "Jane Holl Lute, Assistant-Secretary-General …" (signature blocks). */
export const SIGNATORY = new RegExp(`^[ \\t\\u2022-]*(?:Between[ \\u00A0]+)?(${NAME}),[ \\t]+((?:the )?(?:${TITLE_START})[^\\t\\n]*)`, "gmu");
/** "… and the Secretary-General, Ban Ki-moon": the counterpart named after the title. */
const TITLE_THEN_NAME = new RegExp(`\\band the ((?:${TITLE_START})[^,\\n]{0,80}),[ \\u00A0]+(?:${HONORIFIC}\\.?[ \\u00A0]+)?(${NAME})`, "gu");
/** Text that opens with a post: the title after "Ms. Name,". */
const OPENS_WITH_TITLE = new RegExp(`^(?:the )?(?:${TITLE_START})`, "u");
/** ", Title …" right after a name, read in place (sticky) rather than on a copy of the rest of the text. */
const TITLE_AFTER_COMMA = /,[ \t]+([^\n]*)/y;
/** A title runs to the end of its line or cell; trailing commas and "and" are not part of it. */
const TITLE_END = /[\s,;]+(?:and)?\s*$/;

/**
 * What every SIGNATORY match holds on its line: a comma, spaces or tabs and a post. A match never
 * crosses a "\n" (no part of the pattern takes one), so a line without this holds none.
 */
const SIGNATORY_TITLE = new RegExp(`,[ \\t]+(?:the )?(?:${TITLE_START})`, "g");

/**
 * SIGNATORY's matches in the text, as `text.matchAll(SIGNATORY)` gives them (offsets in the
 * text), read only on the lines that hold a SIGNATORY_TITLE: the multiline pattern alone tried a
 * name at every line's start (~50 µs on a 16 KB compact). Each such line is matched on its own
 * copy: its first character is a line start in both, and the pattern looks at nothing outside.
 */
export function signatoryMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; from < text.length; ) {
    SIGNATORY_TITLE.lastIndex = from;
    const title = SIGNATORY_TITLE.exec(text);
    if (!title) break;
    const lineStart = text.lastIndexOf("\n", title.index) + 1;
    const newline = text.indexOf("\n", title.index);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    // `from` is a line's start at or before this one's: the line is read whole.
    SIGNATORY.lastIndex = 0;
    for (let m = SIGNATORY.exec(line); m !== null; m = SIGNATORY.exec(line)) {
      m.index += lineStart;
      out.push(m);
    }
    from = lineEnd + 1;
  }
  return out;
}

export function findPeople(text: string): PersonSpan[] {
  const spans: PersonSpan[] = [];
  const add = (start: number, name: string, title: string | null) => {
    const end = start + name.length;
    if (spans.some((s) => s.start < end && start < s.end)) return;
    spans.push({ type: "person", text: name, normalized: name.replace(/\s+/g, " "), start, end, title });
  };
  for (const m of text.matchAll(TITLE_THEN_NAME)) {
    const name = m[2]!;
    add(m.index + m[0].length - name.length, name, m[1]!.trim());
  }
  for (const m of text.matchAll(WITH_HONORIFIC)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    // "Ms. Jane Holl Lute, Assistant-Secretary-General …, and …": the title follows a comma.
    TITLE_AFTER_COMMA.lastIndex = start + name.length;
    const after = TITLE_AFTER_COMMA.exec(text);
    const title = after && OPENS_WITH_TITLE.test(after[1]!) ? cutTitle(after[1]!) : null;
    add(start, name, title);
  }
  for (const m of signatoryMatches(text)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    add(start, name, cutTitle(m[2]!));
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** "Assistant-Secretary-General and Officer-in-Charge, Department of Field Support, and the …" → up to ", and". */
function cutTitle(raw: string): string {
  const stop = raw.search(/,\s+and\s+/);
  return (stop >= 0 ? raw.slice(0, stop) : raw).replace(TITLE_END, "").trim();
}
