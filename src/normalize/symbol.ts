/**
 * UN document symbols (../shared/domain/un-symbols.md, copied to data/un-symbols.md): a small
 * scanner built from named grammar parts, and the normalisation to one canonical string.
 *
 * The scanner reads one symbol starting at a given offset and reports where it ends, so the
 * recogniser (entities/symbols.ts) can return spans whose text is exactly what was printed.
 */

/** Series (first component) we accept. Kept as data: a new series is one more entry. */
export const SERIES = [
  "A", "S", "E", "T", "ST", "UNEP", "DP", "TD", "JIU", "CCPR", "CEDAW", "CRC", "CAT", "CERD", "ICSC", "ACC", "CEB",
  // Regional commissions, further treaty bodies and conventions whose documents carry their own series.
  "ECE", "ESCAP", "ESCWA", "HRI", "CRPD", "CMW", "CED", "FCCC",
  // The Inland Transport Committee's series before ECE/ was prefixed (until 2004): `TRANS/SC.2/2001/20`.
  "TRANS",
  // Disarmament treaties' meetings of States parties: `TPNW/MSP/2025/8`, `CCW/MSP/2019/9`, `BWC/MSP/2020/3`.
  "TPNW", "CCW", "BWC",
] as const;

/** Treaty-body series: `CEDAW/C/ITA/CO/7`, `CCPR/C/GC/36`, `CRC/C/OPAC/…`. */
const TREATY_SERIES = new Set(["CCPR", "CEDAW", "CRC", "CAT", "CERD", "CRPD", "CMW", "CED", "HRI"]);
/**
 * Letter bodies that only one family of series uses, so they never widen what `A/…` or `S/…`
 * accept: `C` (the committee), `CO` (concluding observations), `Q` (list of issues), `GC`
 * (general comment), `D` (a decision or views on a communication: `CCPR/C/121/D/2025/2011`), `MC`
 * (meeting of chairpersons: `HRI/MC/2025/1`) in treaty-body symbols; `B` (Trade and Development
 * Board) after `TD/`; `TRANS` (Inland Transport Committee) after `ECE/`; `MSP` (meeting of States
 * parties) and `CONF` (review conference) after a disarmament treaty's series.
 */
const SERIES_BODIES: Readonly<Record<string, readonly string[]>> = {
  TD: ["B"],
  E: ["GC"],
  ECE: ["TRANS"],
  ...Object.fromEntries(["TPNW", "CCW", "BWC"].map((s) => [s, ["MSP", "CONF"]])),
  FCCC: ["CP", "SBI", "SBSTA", "CMP", "CMA"],
  ...Object.fromEntries([...TREATY_SERIES].map((s) => [s, ["C", "CO", "Q", "GC", "OP", "LOI", "D", "MC"]])),
};

/** Bodies written without a number (`A/RES/…`, `ST/SGB/…`), in canonical case. */
const PLAIN_BODIES = ["RES", "DEC", "HRC", "BUR", "INF", "SGB", "AI", "IC", "ADM", "PRST", "REP", "Summary"] as const;

/** Dotted components carrying a number, lower-cased key → canonical prefix. */
const DOTTED: Readonly<Record<string, string>> = {
  c: "C.", ac: "AC.", cn: "CN.", conf: "CONF.", sc: "SC.", wg: "WG.", sub: "Sub.", gc: "GC.",
  l: "L.", pv: "PV.", sr: "SR.", crp: "CRP.", wp: "WP.", r: "R.",
  add: "Add.", corr: "Corr.", rev: "Rev.", amend: "Amend.",
};
/** Suffixes that modify a text (un-symbols.md §1.4); a resolution never carries Add./Corr. */
const SUFFIXES = new Set(["Add.", "Corr.", "Rev.", "Amend."]);

/** Slash variants seen in PDFs and word processors (§3.1): division slash, fraction slash, full width. */
const SLASH_CHARS = "/\u2215\u2044\uFF0F";
/** Spaces allowed around a slash (§3.2). A single line break after a slash is also joined. */
const SLASH = new RegExp(`[ \\u00A0]*[${SLASH_CHARS}](?:[ \\u00A0]*\\n)?[ \\u00A0]*`, "y");

/** `S-26`, `ES-10`: special and emergency special sessions. */
const SPECIAL_SESSION = /(E?S)-(\d+)(?![\w])/iy;
/** `C.5`, `AC.96`, `L. 5`, `Add 1`, `ADD.1`, also `AI 2010` (a plain body with a missing slash, §3.5). */
const LETTERS_NUMBER = /([A-Za-z]{1,6})(\.?)[ \u00A0]?(\d+)(?![\w])/y;
/** A bare letter body: `RES`, `SGB`, `Summary`. */
const LETTERS = /([A-Za-z]{1,7})(?![\w.])/y;
/** `SER.B` in ST/ADM/SER.B/…; `MP.PP`, `MP.WAT` (meetings of the parties) in ECE/MP.PP/2025/55. */
const SERIES_PART = /((?:SER|MP)\.[A-Z]{1,4})(?![\w])/y;
/**
 * A country code (ISO 3166 alpha-3, upper case as printed) inside a symbol: `A/HRC/WG.6/40/FRA/1`,
 * `CEDAW/C/ITA/CO/7`. Accepted only after a session number or a treaty body's `C`, and never as
 * the last component (isValid wants a final number), so `DPKO/DFS`-like names stay out.
 */
const COUNTRY_CODE = /([A-Z]{3})(?![\w.])/y;
/** A running number or session; a resolution part letter (`48/218 B`) is read separately. */
const NUMBER = /(\d{1,5})(?![\w])/y;
/**
 * A space between two words of one symbol ("A/66/6 (Sect. 20)", "48/218 B", "A/61/858 Add. 1"):
 * also the tab a PDF line's text puts between its runs (extract/pdf COLUMN_JOINER), which is every
 * word gap of a justified line whose stretched spaces the reader splits runs at.
 */
const WORD_GAP = "[ \\t\\u00A0]";
/** Resolution part letter A–H after one space, not the start of a word (§1.2). */
const PART_LETTER = new RegExp(`${WORD_GAP}([A-H])(?![\\w])`, "y");
/** Suffix printed without its slash: `A/61/858 Add. 1` (§3.5). */
const LOOSE_SUFFIX = new RegExp(`${WORD_GAP}+(Add|Corr|Rev|Amend)\\.?${WORD_GAP}?(\\d+)(?![\\w])`, "iy");
/** Qualifier in parentheses (§1.5): part, volume, section, resumption, Roman session or year. */
/**
 * A line break inside a reference, with the spaces around it: one or two breaks, as a PDF's layout
 * may keep a blank spacing line between two printed lines. Shared with the prose references.
 */
export const WRAP_GAP_SOURCE = "[ \\u00A0]*\\n(?:[ \\u00A0]*\\n)?[ \\u00A0]*";
const QUALIFIER = new RegExp(
  `(?:${WORD_GAP}?|(${WRAP_GAP_SOURCE}))\\((part|vol\\.?|sect\\.?|introduction|resumption|(?:E?S-)?[IVXLC]+|(?:19|20)\\d{2})(?:${WRAP_GAP_SOURCE}|${WORD_GAP}*)([IVXLC]+|\\d+[A-Z]?)?\\)`,
  "iy",
);
/**
 * A qualifier printed at the start of the next line (`S/RES/1793` / `(2007)`, `A/66/6` /
 * `(Sect. 28)`) belongs to the symbol, as a wrapped line's space does — except a bare Roman
 * numeral there, which is as likely a list item's marker (`(ii)`) as a GA session. A PDF's layout
 * may keep a blank line between two printed lines (loose spacing), so up to two line breaks.
 */
function qualifierAt(text: string, pos: number): { length: number; word: string; value: string | undefined } | null {
  const q = stick(QUALIFIER, text, pos);
  if (!q) return null;
  if (q[1] !== undefined && q[3] === undefined && /^(?:E?S-)?[IVXLC]+$/i.test(q[2]!)) return null;
  return { length: q[0].length, word: q[2]!, value: q[3] };
}
/** The reissue mark (§1.4) is printed but not part of the identity. */
const REISSUE = /\\?\*/y;

export type SymbolKind = "resolution" | "document";

export interface ScannedSymbol {
  /** Offset just after the last character that belongs to the printed symbol. */
  end: number;
  canonical: string;
  kind: SymbolKind;
  /** A resolution carrying /Add. or /Corr. (§3.10): kept as printed, flagged for a warning. */
  malformed: boolean;
  /** Components after the series, canonical (used to expand coordinated forms). */
  parts: string[];
}

function stick(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const romanUpper = (s: string) => s.toUpperCase();

function normalizeQualifier(word: string, value: string | undefined): string | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "part" && value) return `(Part ${romanUpper(value)})`;
  if (w === "vol" && value) return `(Vol. ${romanUpper(value)})`;
  if (w === "sect" && value) return `(Sect. ${value.toUpperCase()})`;
  if (w === "resumption" && value) return `(Resumption ${value})`;
  if (w === "introduction" && !value) return "(Introduction)";
  if (/^(?:e?s-)?[ivxlc]+$/i.test(word) && !value) return `(${word.toUpperCase()})`;
  if (/^\d{4}$/.test(word) && !value) return `(${word})`;
  return null;
}

/** Read one component after a slash. Returns its canonical form(s) and where it ends. */
function readComponent(text: string, pos: number, series: string, previous: string | undefined): { parts: string[]; end: number } | null {
  let m = stick(SPECIAL_SESSION, text, pos);
  if (m) return { parts: [`${m[1]!.toUpperCase()}-${m[2]}`], end: pos + m[0].length };
  m = stick(SERIES_PART, text, pos);
  if (m) return { parts: [m[1]!], end: pos + m[0].length };
  m = stick(LETTERS_NUMBER, text, pos);
  if (m) {
    const key = m[1]!.toLowerCase();
    const dotted = DOTTED[key];
    if (dotted) return { parts: [`${dotted}${m[3]}`], end: pos + m[0].length };
    const plain = PLAIN_BODIES.find((b) => b.toLowerCase() === key);
    // `ST/AI 2010/3`: a plain body followed by its session without the slash.
    if (plain && m[2] === "" && /\s/.test(m[0])) return { parts: [plain, m[3]!], end: pos + m[0].length };
    return null;
  }
  m = stick(LETTERS, text, pos);
  if (m) {
    const word = m[1]!;
    const plain = PLAIN_BODIES.find((b) => b.toLowerCase() === word.toLowerCase())
      ?? SERIES_BODIES[series]?.find((b) => b === word.toUpperCase());
    if (plain) return { parts: [plain], end: pos + m[0].length };
    const country = stick(COUNTRY_CODE, text, pos);
    const afterSessionOrCommittee = previous !== undefined && (/^\d+$/.test(previous) || (TREATY_SERIES.has(series) && previous === "C"));
    if (country && afterSessionOrCommittee) return { parts: [country[1]!], end: pos + country[0].length };
    return null;
  }
  m = stick(NUMBER, text, pos);
  if (m) return { parts: [m[1]!], end: pos + m[0].length };
  return null;
}

const SERIES_BY_UPPER = new Map<string, string>(SERIES.map((s) => [s, s]));

/**
 * Scan one symbol whose series starts at `pos`. Returns null when the text there is not a symbol
 * (guards of §2: a digit must follow the series, letter groups must be known bodies, the component
 * after `A/` must be a plausible session).
 */
export function scanSymbolAt(text: string, pos: number): ScannedSymbol | null {
  const seriesMatch = /([A-Za-z]{1,5})/y;
  const sm = stick(seriesMatch, text, pos);
  if (!sm) return null;
  const series = SERIES_BY_UPPER.get(sm[1]!.toUpperCase());
  if (!series) return null;
  const lowerCase = sm[1] !== sm[1]!.toUpperCase();
  let cur = pos + sm[0].length;
  const parts: string[] = [];
  let end = cur;
  for (;;) {
    const slash = stick(SLASH, text, cur);
    if (!slash) break;
    // A lower-case series (`see a/62/80`) is only trusted without spaces: `a/ 5` is a table note.
    if (lowerCase && slash[0].length !== 1) break;
    const comp = readComponent(text, cur + slash[0].length, series, parts[parts.length - 1]);
    if (!comp) break;
    parts.push(...comp.parts);
    cur = end = comp.end;
    // A qualifier may sit before further suffixes: `A/62/281 (Part I)/Add.1`.
    const q = qualifierAt(text, cur);
    // A bare Roman numeral or year qualifies only a resolution (`A/RES/217 (III)`, `S/RES/1769 (2007)`):
    // after a document symbol "(C)" or "(2007)" is ordinary text.
    const bare = q !== null && q.value === undefined && /^(?:(?:E?S-)?[IVXLC]+|\d{4})$/i.test(q.word);
    if (q && /\d$/.test(parts[parts.length - 1] ?? "") && (!bare || parts.includes("RES"))) {
      const norm = normalizeQualifier(q.word, q.value);
      if (norm) {
        parts[parts.length - 1] = `${parts[parts.length - 1]} ${norm}`;
        cur = end = cur + q.length;
      }
    }
  }
  if (parts.length === 0) return null;
  const isResolution = parts.includes("RES");
  // Resolution part letter: `A/RES/48/218 B`.
  if (isResolution) {
    const p = stick(PART_LETTER, text, end);
    if (p && /^\d+$/.test(parts[parts.length - 1]!)) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} ${p[1]}`;
      end += p[0].length;
      const q = qualifierAt(text, end);
      const norm = q ? normalizeQualifier(q.word, q.value) : null;
      if (q && norm) {
        parts[parts.length - 1] += ` ${norm}`;
        end += q.length;
      }
    }
  }
  for (;;) {
    const loose = stick(LOOSE_SUFFIX, text, end);
    if (!loose || !/\d\)?$/.test(parts[parts.length - 1] ?? "")) break;
    parts.push(`${DOTTED[loose[1]!.toLowerCase()]}${loose[2]}`);
    end += loose[0].length;
  }
  const reissue = stick(REISSUE, text, end);
  if (reissue && reissue[0] === "*") end += 1;
  if (!isValid(series, parts)) return null;
  const malformed = isResolution && parts.some((p) => SUFFIXES.has(p.replace(/\d+$/, "")) && !p.startsWith("Rev."));
  return {
    end,
    canonical: [series, ...parts].join("/"),
    kind: isResolution ? "resolution" : "document",
    malformed,
    parts,
  };
}

/** Lowest GA session with the session/number form (1976 = 31st session, §1.2). */
const FIRST_NEW_STYLE_GA_SESSION = 31;

/** Smallest old-style running number accepted alone (`A/9030`, `S/25704`). */
const MIN_OLD_RUNNING_NUMBER = 100;

function isValid(series: string, parts: string[]): boolean {
  if (!parts.some((p) => /\d/.test(p))) return false;
  const last = parts[parts.length - 1]!;
  if (!/(\d|\)|Summary|\d [A-H])$/.test(last)) return false;
  const first = parts[0]!;
  if (series === "A" && /^\d+$/.test(first)) {
    const n = Number(first);
    // New style `A/62/80` needs a second number; old style `A/9030` is one large running number.
    if (parts.length >= 2) return n >= FIRST_NEW_STYLE_GA_SESSION;
    return n >= MIN_OLD_RUNNING_NUMBER;
  }
  // A lone small number after a series ("S/2", "E/5") is more often a fraction-like label than an
  // old running-number symbol, and real old symbols of that size are rarely cited.
  if (parts.length === 1 && /^\d+$/.test(first) && Number(first) < MIN_OLD_RUNNING_NUMBER) return false;
  // Secretariat issuances always name their series body first (ST/SGB/…, ST/AI/…).
  if (series === "ST" && /^\d/.test(first)) return false;
  if (first === "RES" && parts.length < 2) return false;
  return true;
}

/**
 * Normalise one raw symbol (as printed) to its canonical form, or null when it is not a symbol.
 * Sentence punctuation after it is ignored; anything else left over means it is not one symbol.
 */
export function normalizeSymbol(raw: string): string | null {
  const text = raw.normalize("NFKC").replace(/[\u00A0\u2009\u202F]/g, " ").trim();
  const scanned = scanSymbolAt(text, 0);
  if (!scanned) return null;
  const rest = text.slice(scanned.end).replace(/^\\?\*/, "");
  if (!/^[\s.,;:)\]]*$/.test(rest)) return null;
  return scanned.canonical;
}

/** Resolution or document (§3.9). */
export function symbolKind(canonical: string): SymbolKind {
  return /(^|\/)RES\//.test(canonical) ? "resolution" : "document";
}
