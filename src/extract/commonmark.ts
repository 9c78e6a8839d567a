import { Parser, type Node as CmNode } from "commonmark";
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from "mdast";

type Position = NonNullable<Root["position"]>;
type Point = Position["start"];

/**
 * Plain CommonMark (no GFM part can match the source) parsed by commonmark.js, the CommonMark
 * reference implementation, and handed to the Markdown reader as the mdast it reads. Worth it on
 * speed alone: micromark (mdast-util-from-markdown) takes 1.44 ms of CPU for the 4.4 KB A/60/209
 * note, commonmark.js 0.05 ms; both implement the same CommonMark specification (0.31), so the
 * tree is the same where it matters to the reader.
 *
 * The tree holds what `markdownTextToLayout` reads, as micromark gives it (test/extract/
 * markdown-commonmark.test.ts compares the Layouts of both parsers): node types, text, heading
 * depth, list order and start, code and HTML values, and the start of each block's position
 * (line, column, offset). commonmark.js opens a paragraph and a setext heading before the line's
 * indentation, micromark after it: those starts are moved past the spaces.
 * Position ends are commonmark.js's (the reader does not read them). Soft line breaks become "\n"
 * in text, as in mdast. Where the trees could differ the tree is `null` and the caller parses with
 * micromark: a code span in a block of several lines (it may hold a line ending, which mdast
 * keeps), a bare carriage return, white space other than spaces and tabs, a tab among a line's indentation and markers, an empty list item, an indented code block opening with a fence, a tag opening a later line of a paragraph in a container (`tagOnLaterLine`), a container opening on
 * the line under a paragraph or indented code with more than a paragraph on its line (micromark
 * departs from the specification there: `interruptsOnItsLine`), a node plain CommonMark without brackets
 * cannot give (an image, a custom node).
 */
export function commonMarkTree(source: string): Root | null {
  if (holdsBareCr(source) || OTHER_WHITE_SPACE.test(source) || holdsTabInLineStart(source) || hasBothFlankingRun(source)) return null;
  const lineStarts = lineStartOffsets(source);
  const point = (line: number, column: number): Point => ({ line, column, offset: (lineStarts[line - 1] ?? 0) + column - 1 });
  /** The first character at or after (line, column) that is not a space or tab. */
  const pastIndent = (line: number, column: number): Point => {
    const start = point(line, column);
    let offset = start.offset!;
    while (source[offset] === " " || source[offset] === "\t") offset++;
    return { line, column: column + offset - start.offset!, offset };
  };
  const position = (node: CmNode, start: Point): Position => {
    const [, [endLine, endColumn]] = node.sourcepos;
    return { start, end: point(endLine, endColumn + 1) };
  };

  /** Whether the paragraph or heading whose inline content is being converted spans several lines. */
  let inSeveralLines = false;
  const inlineContent = (node: CmNode): PhrasingContent[] | null => {
    const [[startLine], [endLine]] = node.sourcepos;
    inSeveralLines = endLine > startLine;
    return children(node, inline);
  };

  /**
   * A paragraph in a list item or block quote with a later line opening with "<". On a lazy line
   * ("1. a\n<sup>") micromark 4 lets a complete tag open an HTML block inside the container, where
   * the specification (and commonmark.js) continues the paragraph.
   */
  const tagOnLaterLine = (paragraph: CmNode): boolean => {
    const [[first], [last]] = paragraph.sourcepos;
    for (let line = first + 1; line <= last; line++) {
      if (LINE_OPENS_WITH_TAG.test(source.slice(lineStarts[line - 1], lineStarts[line] ?? source.length))) return true;
    }
    return false;
  };

  function children<T>(node: CmNode, convert: (child: CmNode) => T | null): T[] | null {
    const out: T[] = [];
    for (let child = node.firstChild; child; child = child.next) {
      const converted = convert(child);
      if (converted === null) return null;
      out.push(converted);
    }
    return out;
  }

  function inline(node: CmNode): PhrasingContent | null {
    switch (node.type) {
      case "text":
        return { type: "text", value: node.literal ?? "" };
      case "softbreak":
        return { type: "text", value: "\n" };
      case "linebreak":
        return { type: "break" };
      case "code":
        // A code span across a line ending: mdast keeps the line ending and the next line's
        // indentation, commonmark.js a space. In a block of several lines micromark decides.
        return inSeveralLines ? null : { type: "inlineCode", value: node.literal ?? "" };
      case "html_inline":
        return { type: "html", value: node.literal ?? "" };
      case "emph": {
        const kids = children(node, inline);
        return kids && { type: "emphasis", children: kids };
      }
      case "strong": {
        const kids = children(node, inline);
        return kids && { type: "strong", children: kids };
      }
      case "link": {
        // Only autolinks ("<scheme:…>") reach here: a link or image needs a bracket.
        const kids = children(node, inline);
        return kids && { type: "link", url: node.destination ?? "", children: kids };
      }
      default:
        return null;
    }
  }

  function block(node: CmNode): RootContent | null {
    const [[line, column]] = node.sourcepos;
    switch (node.type) {
      case "paragraph": {
        if (node.parent?.type !== "document" && tagOnLaterLine(node)) return null;
        const kids = inlineContent(node);
        return kids && { type: "paragraph", children: kids, position: position(node, pastIndent(line, column)) };
      }
      case "heading": {
        const kids = inlineContent(node);
        const depth = node.level as 1 | 2 | 3 | 4 | 5 | 6;
        return kids && { type: "heading", depth, children: kids, position: position(node, pastIndent(line, column)) };
      }
      case "thematic_break":
        return { type: "thematicBreak", position: position(node, point(line, column)) };
      case "block_quote": {
        if (interruptsOnItsLine(node)) return null;
        const kids = children(node, block) as BlockContent[] | null;
        return kids && { type: "blockquote", children: kids, position: position(node, point(line, column)) };
      }
      case "list": {
        if (interruptsOnItsLine(node)) return null;
        const items = children(node, block) as ListItem[] | null;
        const ordered = node.listType === "ordered";
        return items && { type: "list", ordered, start: ordered ? node.listStart : null, spread: false, children: items, position: position(node, point(line, column)) };
      }
      case "item": {
        // An empty item right after a paragraph: micromark 4 reads "a\n- -" as an item holding the
        // text "-", commonmark.js as an item holding an empty list (the specification's reading).
        if (!node.firstChild) return null;
        const kids = children(node, block) as BlockContent[] | null;
        return kids && { type: "listItem", spread: false, children: kids, position: position(node, point(line, column)) };
      }
      case "code_block": {
        // A fenced block opens at its fence in both parsers, an indented one before its indentation in
        // micromark and after it in commonmark.js. The reader tells the two kinds apart by a fence
        // near the start (markdown.ts, "code"), which an indented block only shows when its text
        // opens with one: then micromark decides.
        const indented = node.info === null;
        if (indented && FENCE_START.test(node.literal ?? "")) return null;
        const value = (node.literal ?? "").replace(TRAILING_NEWLINE, "");
        return { type: "code", lang: null, meta: null, value, position: position(node, point(line, column)) };
      }
      case "html_block":
        // Both parsers open an HTML block before its indentation and keep it in the value.
        return { type: "html", value: node.literal ?? "", position: position(node, point(line, column)) };
      default:
        return null;
    }
  }

  const document = new Parser().parse(source);
  const content = children(document, block);
  if (!content) return null;
  return { type: "root", children: content };
}

/** A line whose first character after indentation and block-quote markers is "<". */
const LINE_OPENS_WITH_TAG = /^[ \t>]*</;
/** The reader's test for a fenced code block (markdown.ts), on an indented block's text. */
const FENCE_START = /^\s*(?:```|~~~)/;
/** mdast's code value has no final line ending; commonmark.js's literal ends with one. */
const TRAILING_NEWLINE = /\n$/;
/**
 * A carriage return alone ends a line for both parsers, but mdast keeps it inside the text
 * ("a\rb" is one text node, one Layout line) where commonmark.js makes it a soft break: such
 * sources are left to micromark. (A CR before a LF is trimmed off the line in both.)
 */
const BARE_CR = /\r(?!\n)/;

/**
 * A tab among a line's indentation and container markers (">\t<div>", "1.\tfoo"): a container
 * may take part of its columns, and the parsers then start the block at different columns
 * (micromark after the tab, commonmark.js at it). A tab inside text is the same for both.
 */
const TAB_IN_LINE_START = /^[ \t>*+\-.)\d]*\t/m;

/**
 * BARE_CR and TAB_IN_LINE_START behind a plain search for the character every match holds: the
 * decoder turns every line end into "\n" and most sources have no tab, so the patterns (one
 * tried at every line start, both over the whole source) mostly need not run.
 */
export const holdsBareCr = (source: string): boolean => source.includes("\r") && BARE_CR.test(source);
export const holdsTabInLineStart = (source: string): boolean => source.includes("\t") && TAB_IN_LINE_START.test(source);

/**
 * White space other than space, tab and line endings (no-break space, form feed, …): commonmark.js
 * trims a paragraph with JavaScript's `trim` and ends HTML tag names at `\s`, both of which take
 * these, where micromark stops at spaces and tabs ("1. \u00a0a" keeps its no-break space in
 * mdast). Such sources are left to micromark.
 */
export const OTHER_WHITE_SPACE = /[\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether a run of "*" or "_" may both open and close emphasis (CommonMark's left- and
 * right-flanking: no white space on either side, and punctuation on both sides or on neither, as
 * in "a**b" or "(*)"). Only such a run brings in the "rule of 3", which micromark 4 applies to what is
 * left of two runs and commonmark.js to the runs as written ("__a_(__#": micromark reads "_",
 * emphasis "a", "(__#"; commonmark.js matches the last run too). Without one both match delimiters alike.
 * Runs in code spans count too: a few needless fallbacks, never a missed one.
 */
function hasBothFlankingRun(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== "*" && c !== "_") continue;
    if (escaped(source, i)) continue; // "\*" is text ("agenda\*" in the A/60/209 note)
    let end = i + 1;
    while (source[end] === c) end++;
    const before = i > 0 ? source[i - 1]! : "\n";
    const after = end < source.length ? source[end]! : "\n";
    if (!WHITE_SPACE.test(before) && !WHITE_SPACE.test(after) && PUNCTUATION.test(before) === PUNCTUATION.test(after)) return true;
    i = end - 1;
  }
  return false;
}
/** Whether the character at `i` follows an odd number of backslashes (a backslash escape). */
function escaped(source: string, i: number): boolean {
  let backslashes = 0;
  while (i - backslashes > 0 && source[i - backslashes - 1] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/** CommonMark's Unicode white space and punctuation (the specification's classes; both parsers use these). */
const WHITE_SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * A list or block quote that opens right under a paragraph or an indented code block of its own
 * container "interrupts" it, and micromark 4 then holds the rest of that line to the rules of an
 * interruption as well, where the specification (and commonmark.js) holds only the container's
 * own marker to them: a list nested on the line must start at 1 and not be empty ("a\n- 10. b" is
 * an item holding the text "10. b"), an HTML block cannot open with a complete tag; and it also
 * counts an indented code block as interrupted, even across blank lines ("    code\n\n2) foo" is
 * text after the code).
 * Such a container is read the same by both only when its line holds a paragraph directly (the
 * common case, "a\n- b"): otherwise the source is left to micromark.
 */
function interruptsOnItsLine(container: CmNode): boolean {
  const previous = container.prev;
  const line = container.sourcepos[0][0];
  if (!previous) return false;
  // Blank lines do not end an indented code block for micromark (they may be inside it).
  if (previous.type === "code_block" && previous.info === null) return true;
  if (previous.type !== "paragraph" || previous.sourcepos[1][0] !== line - 1) return false;
  const first = container.type === "list" ? container.firstChild?.firstChild : container.firstChild;
  return !first || first.type !== "paragraph" || first.sourcepos[0][0] !== line;
}

/** The offset at which each line starts (1-based lines at index line − 1), line endings as CommonMark's. */
export function lineStartOffsets(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === LF || (c === CR && source.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
  return starts;
}
const LF = 10;
const CR = 13;
