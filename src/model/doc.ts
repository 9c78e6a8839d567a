import type { Layout, InputFormat, Line } from "./layout.js";
import type {
  CompactOutput,
  Entity,
  Output,
  References,
  Status,
  UnDocumentOutput,
  Warning,
  Kind,
} from "./output.js";
import type { z } from "zod";
import type { ClassificationSchema, ErrorInfoSchema } from "./output.js";
import type { DomainData } from "../data/index.js";
import type { OcrMode } from "../extract/ocr/options.js";

export type Classification = z.infer<typeof ClassificationSchema>;
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;

type EnvelopeKeys =
  | "schemaVersion"
  | "source"
  | "status"
  | "error"
  | "classification"
  | "warnings"
  | "entities"
  | "references"
  | "kind";

/** Compact-specific fields, filled by the compact and tables stages. */
export type CompactBody = Omit<CompactOutput, EnvelopeKeys>;
/** UN-document-specific fields, filled by the un-document stage. */
export type UnDocumentBody = Omit<UnDocumentOutput, EnvelopeKeys>;

export interface SourceInfo {
  file: string;
  format: InputFormat;
  sha256: string;
  pages: number;
  bytes: number;
  /** PDF pages read turned (see SourceSchema.turned). */
  turned?: { page: number; degrees: 90 | 180 | 270 }[];
}

/** A section heading found in a compact ("A.2 Other mandates"), with where it starts. */
export interface SectionMark {
  id: string;
  title: string;
  page: number;
  line: number;
}

/**
 * The document as it travels through the pipeline. Each stage reads what earlier stages left and
 * adds its own part; diagnostics travel here (warnings), never through console.
 */
export interface Doc {
  source: SourceInfo;
  layout: Layout;
  kind: Kind;
  classification: Classification;
  status: Status;
  error: ErrorInfo | null;
  warnings: Warning[];
  entities: Entity[];
  references: References;
  /** Section headings in document order (compact stage), used by the table stage to label rows. */
  sections: SectionMark[];
  /**
   * The classifier's search for the first compact table header (tables/header.ts `scanFirstHeader`),
   * kept so that the table reader does not probe the lines before it again. Absent when the
   * classifier did not run.
   */
  headerScan?: HeaderScan;
  compact: CompactBody | null;
  unDocument: UnDocumentBody | null;
  /** The validated output (set by the last stage). */
  output: Output | null;
}

/**
 * Where a search of a layout's non-blank lines for a compact table header stopped: no non-blank
 * line before `first` starts a header, whichever list of lines (with or without the blank ones) the
 * header is looked for in (see `scanFirstHeader`).
 */
export interface HeaderScan {
  /** The first non-blank line that starts a table header; null when none does. */
  first: Line | null;
  /** How many non-blank lines the layout had: a reader of another layout cannot take the scan for its own. */
  nonBlank: number;
  /** Whether any header names two core columns (tables/header isCoreHeader): decisive for the classifier. */
  core: boolean;
}

/** How far the reading of a long document has got. */
export interface PageProgress {
  /** Pages (or parts) done: read or skipped; 0 when the document has just been opened. */
  page: number;
  pages: number;
  /** PDF pages, or parts of a text too large to read for structure (large-text.ts). */
  unit: "page" | "part";
}

export interface ExtractOptions {
  /** Stage names to switch off; the document passes through them unchanged. */
  disable?: readonly string[];
  /** Name to record as source.file (defaults to the path or "<buffer>"). */
  fileName?: string;
  /** Force an input format instead of sniffing it from the content. */
  format?: InputFormat;
  /** Refuse inputs larger than this many bytes (TOO_LARGE). */
  maxBytes?: number;
  /** Refuse PDFs with more pages than this (TOO_LARGE). */
  maxPages?: number;
  /**
   * Called after each PDF page is read (or skipped), with the page number and the page count: a
   * caller with a time limit (the batch pool) can tell a long document that keeps progressing from
   * a stuck one, and a progress display can count pages.
   */
  onProgress?: (progress: PageProgress) => void;
  /**
   * Called after each pipeline stage with its name. The stages after reading take time of their
   * own on a long document (4,000 dense pages: a minute or more), and a caller with a no-progress
   * clock (the batch pool) hears that the document is still moving.
   */
  onStage?: (stage: string) => void;
  /**
   * Called now and then from inside a stage that loops over a whole document (tables: every few
   * hundred lines, every table part and row block), as often as the stage likes: a caller with a
   * no-progress clock throttles it. The tables stage of 4,000 dense pages ran 556 s at load ~30,
   * past the batch's 120 s no-progress limit, reporting nothing until it ended.
   */
  onHeartbeat?: () => void;
  /**
   * PDF pages not to read: each becomes an empty page with warning PDF_PAGE_TIMEOUT (partial). The
   * batch pool gives the pages that overran their time limit when it runs a document again.
   */
  skipPages?: readonly number[];
  /**
   * OCR of scanned PDF pages (extract/ocr): "auto" (default) reads pages that have no usable text
   * layer; "force" reads every page, ignoring any text layer; "off" never.
   */
  ocr?: OcrMode;
  /** Resolution pages are rendered at for OCR (default 300). */
  ocrDpi?: number;
  /**
   * @internal Diagnostics only (scripts/dev/set-rows.mjs `--align`; no CLI flag): layout text and
   * PDF tables read every row top-aligned ("top") or by the centred fit ("centred") whatever
   * `objectivesCentred` votes (session 47, h-align47: what a perfect vote would mend; a chooser
   * by the cells' text shape was measured and not adopted — docs/tables.md).
   */
  tableAlignment?: TableAlignment;
}

/** See `ExtractOptions.tableAlignment`. */
export type TableAlignment = "top" | "centred";

/** What every stage may read besides the document: options and domain data, loaded once. */
export interface Context {
  options: ExtractOptions;
  data: DomainData;
}

export type Stage = {
  name: string;
  run: (doc: Doc, ctx: Context) => Doc | Promise<Doc>;
};

export function addWarning(doc: Doc, code: string, message: string, page: number | null = null, line: number | null = null): void {
  doc.warnings.push({ code, message, page, line });
}
