/**
 * Generators for fuzzing the extractors and the table stage: not only random strings (which the
 * classifier rejects before any table code runs) but compact-shaped documents whose tables are
 * broken in the ways NOTES-tables.md describes: ragged rows, empty cells, wrapped cells, bullets,
 * page breaks in the middle of a row, headers repeated or missing.
 */
import fc from "fast-check";

/** Nightly: FUZZ_RUNS=10000 npm run fuzz. The default keeps `npm test` fast. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/**
 * A property's hang limit, in CPU time of the test's process (process.cpuUsage), which the machine's
 * load does not stretch as it stretches wall time: at load 33–43 the first table property took
 * 34.6 s of wall time, over its former 30 s wall limit; at load 25 it took 23 s of wall time
 * for 3.4 s of CPU (the second property 0.6 s), a tenth of the budget. A whole compact through
 * every stage costs a few ms of CPU; a run caught in a loop or a super-linear blow-up spends the
 * budget within the property and fails it (CpuBudget), naming the slowest input.
 */
export const FUZZ_CPU_BUDGET_MS = Math.max(30_000, FUZZ_RUNS * 25);
/**
 * The wall-clock limit of a property, only a backstop (a run that never returns is stopped by
 * nothing else): load can stretch wall time tenfold on the shared 2-core machine (load 20–40).
 */
export const FUZZ_TIMEOUT_MS = FUZZ_CPU_BUDGET_MS * 10;

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

/**
 * The CPU budget of one property: `run(input, fn)` times each run, and once the property has spent
 * the budget, the remaining runs pass without running (throwing inside the property would make
 * fast-check shrink a "failure" that is the sum of many runs); `check()` after `fc.assert` fails
 * the test with the time spent and the slowest run's input.
 */
export class CpuBudget {
  private readonly start = process.cpuUsage();
  private slowestMs = 0;
  private slowestInput: unknown = undefined;
  constructor(readonly limitMs: number = FUZZ_CPU_BUDGET_MS) {}

  spentMs(): number {
    return cpuMsSince(this.start);
  }

  /** Runs one property run (its value is dropped: a property fails on a returned `false`). */
  run(input: unknown, fn: () => unknown): void {
    if (this.spentMs() > this.limitMs) return;
    const t = process.cpuUsage();
    try {
      fn();
    } finally {
      this.note(input, cpuMsSince(t));
    }
  }

  async runAsync(input: unknown, fn: () => Promise<unknown>): Promise<void> {
    if (this.spentMs() > this.limitMs) return;
    const t = process.cpuUsage();
    try {
      await fn();
    } finally {
      this.note(input, cpuMsSince(t));
    }
  }

  private note(input: unknown, ms: number): void {
    if (ms <= this.slowestMs) return;
    this.slowestMs = ms;
    this.slowestInput = input;
  }

  /** Throws when the property spent more than its budget. */
  check(): void {
    const spent = this.spentMs();
    if (spent <= this.limitMs) return;
    const input = JSON.stringify(this.slowestInput)?.slice(0, 2000);
    throw new Error(`fuzz property over its CPU budget (a hang or a super-linear blow-up): ${spent.toFixed(0)} ms > ${this.limitMs} ms; slowest run ${this.slowestMs.toFixed(0)} ms on ${input}`);
  }
}

const WORDS = [
  "To", "ensure", "timely", "submission", "of", "documents", "90%", "100", "per", "cent", "days", "UNMIS", "MINUSTAH",
  "A/RES/61/279", "A/61/858/Add.1", "ST/SGB/2005/1", "Department", "of", "Field", "Support", "(DFS)", "objective",
  "Objective", "Expected", "accomplishment", "Performance", "measure", "Risks", "2008", "31 December 2008", "•", "-",
  "–", "▪", "o", "a)", "(i)", "1.", "A.2", "B.", "Secretary-General", "Ms.", "Mr.", "no", "more", "than", ">=", "≤",
  "baseline:", "target:", "n/a", "N/A", "%", "“quoted”", "l'Organisation", "È", "中文", "🙂", "\u00a0", "\u200b",
];

export const word = fc.constantFrom(...WORDS);
export const phrase = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(" "));

/** A cell: usually a phrase, sometimes raw unicode noise, a bullet list, or nothing. */
export const cell = fc.oneof(
  { weight: 6, arbitrary: phrase },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(phrase, { maxLength: 3 }).map((items) => items.map((i) => `• ${i}`).join(" ")) },
  { weight: 1, arbitrary: fc.constant("") },
);

export const HEADER_CELLS = ["Objective", "Expected accomplishment", "Performance measure"];
const HEADER_VARIANTS = fc.constantFrom(
  HEADER_CELLS,
  ["Objectives", "Expected accomplishments", "Performance measures"],
  ["Objective", "Expected accomplishment", "Performance measure", "Risks and mitigation"],
  ["Objective", "Performance measure"],
  ["OBJECTIVE", "EXPECTED ACCOMPLISHMENT", "PERFORMANCE MEASURE"],
);
const SECTION_LINES = fc.constantFrom(
  "A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES",
  "B. MANAGEMENT OBJECTIVES AND PERFORMANCE MEASURES",
  "1. Programme budget:",
  "2. Other mandates:",
  "1. Human resources management",
  "A.2 Other mandates",
  "",
);

export type TableStyle = "tabs" | "spaces" | "markdown";

function renderRow(cells: readonly string[], style: TableStyle, widths: readonly number[]): string {
  if (style === "tabs") return cells.join("\t");
  if (style === "markdown") return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return cells.map((c, i) => c.padEnd((widths[i] ?? 20) + 2)).join("").trimEnd();
}

/** A compact-shaped document: a title, some prose, and one or more broken tables. */
export const compactLike = fc
  .record({
    title: fc.constantFrom("2008 SENIOR MANAGER'S COMPACT", "Senior Manager’s Compact 2012", "SENIOR MANAGERS COMPACT", ""),
    preamble: fc.array(phrase, { maxLength: 4 }),
    style: fc.constantFrom<TableStyle>("tabs", "spaces", "markdown"),
    tables: fc.array(
      fc.record({
        section: SECTION_LINES,
        header: fc.option(HEADER_VARIANTS, { nil: null }),
        rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 12 }),
        widths: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 5, maxLength: 5 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    /** Line indexes after which a page break (form feed) falls, even inside a table row. */
    pageBreaks: fc.array(fc.nat({ max: 80 }), { maxLength: 4 }),
    crlf: fc.boolean(),
  })
  .map(({ title, preamble, style, tables, pageBreaks, crlf }) => {
    const lines: string[] = [title, "", ...preamble, ""];
    for (const t of tables) {
      lines.push(style === "markdown" && t.section ? `## ${t.section}` : t.section, "");
      if (t.header) {
        lines.push(renderRow(t.header, style, t.widths));
        if (style === "markdown") lines.push(`|${t.header.map(() => "---").join("|")}|`);
      }
      for (const row of t.rows) lines.push(renderRow(row, style, t.widths));
      lines.push("");
    }
    for (const at of [...new Set(pageBreaks)].sort((a, b) => b - a)) if (at < lines.length) lines[at] = `\f${lines[at]}`;
    return lines.join(crlf ? "\r\n" : "\n");
  });

/** Any text at all: unicode, control characters, lone surrogates, huge lines. */
export const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.oneof(phrase, fc.constantFrom("\t", "\f", "\r\n", "\n", "  ", "|", "#", "**", "```")), { maxLength: 80 }).map((p) => p.join("")),
);
