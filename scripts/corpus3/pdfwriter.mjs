/**
 * Writes positioned page items (from generate.mjs's layout) as PDF content streams, the way
 * different producers do: one Tj per line, a Td per word, a Tm per glyph, one TJ per line with
 * kerning numbers, or TJ arrays whose spaces are only offsets; streams in reading order, column by
 * column, or with the table header and title drawn last; rules as strokes, thin filled rectangles,
 * four segments per cell or only under the header; text inside Form XObjects; /Rotate 90 pages and a
 * CropBox offset from the MediaBox; bullets from a Symbol/ZapfDingbats font (with or without a
 * Word-like private-use ToUnicode), drawn as filled paths, or typed. Fonts are the standard 14 (no
 * embedding), so metrics come from pdf-lib's AFM tables; ligature fonts re-encode two codes to the
 * `fi`/`fl` glyphs and carry a ToUnicode CMap.
 */
import { readFileSync } from "node:fs";
import { PDFDocument, PDFName, StandardFontEmbedder, StandardFonts, degrees } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";

/** Text fonts of a family, keyed as the layout names them. */
const FAMILIES = {
  times: { R: StandardFonts.TimesRoman, B: StandardFonts.TimesRomanBold, I: StandardFonts.TimesRomanItalic },
  helvetica: { R: StandardFonts.Helvetica, B: StandardFonts.HelveticaBold, I: StandardFonts.HelveticaOblique },
};
const EMBEDDERS = new Map();
const embedder = (name) => {
  if (!EMBEDDERS.has(name)) EMBEDDERS.set(name, StandardFontEmbedder.for(name));
  return EMBEDDERS.get(name);
};

/** Codes given to the ligature glyphs in the ligature fonts' /Differences. */
export const LIGATURES = { "\uFB01": { code: 0x01, glyph: "fi" }, "\uFB02": { code: 0x02, glyph: "fl" } };

/** Symbol-font bullets: font key, code, glyph and the ToUnicode a Word-made PDF gives them (or null). */
export const SYMBOL_MARKERS = {
  "symbol-bullet-pua": { font: "SYM", code: 0xb7, glyph: "bullet", unicode: 0xf0b7 },
  "symbol-bullet": { font: "SYM", code: 0xb7, glyph: "bullet", unicode: null },
  "dingbat-square-pua": { font: "ZAPPUA", code: 0x6e, glyph: "a73", unicode: 0xf0a7, scale: 0.6 },
  "dingbat-arrow-pua": { font: "ZAPPUA", code: 0xe2, glyph: "a173", unicode: 0xf0d8, scale: 0.8 },
  "dingbat-disc": { font: "ZAP", code: 0x6c, glyph: "a71", unicode: null, scale: 0.6 },
  "dingbat-box": { font: "ZAP", code: 0x6f, glyph: "a74", unicode: null, scale: 0.8 },
};

/** Unicode → WinAnsi code for the characters the corpus prints. */
const WIN_ANSI = new Map();
for (let c = 0x20; c <= 0x7e; c++) WIN_ANSI.set(c, c);
for (let c = 0xa0; c <= 0xff; c++) WIN_ANSI.set(c, c);
[[0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2026, 0x85], [0x20ac, 0x80]].forEach(([u, c]) => WIN_ANSI.set(u, c));
const UNICODE_OF = new Map([...WIN_ANSI].map(([u, c]) => [c, u]));

/** Glyph name of a character in a text font (WinAnsi, ligatures through their glyphs). */
function glyphName(ch, fontName) {
  const lig = LIGATURES[ch];
  if (lig) return lig.glyph;
  const e = embedder(fontName).encoding.encodeUnicodeCodePoint(ch.codePointAt(0));
  return e.name;
}

/**
 * TrueType files embedded (as Word 2010+ does: Type0/Identity-H subsets with a ToUnicode CMap) in
 * documents with the `font-embedded-subset` quirk; Liberation is metric-compatible with Times New
 * Roman and Arial.
 */
const TTF_DIR = "/usr/share/fonts/truetype/liberation";
const TTF = {
  times: { R: "LiberationSerif-Regular.ttf", B: "LiberationSerif-Bold.ttf", I: "LiberationSerif-Italic.ttf" },
  helvetica: { R: "LiberationSans-Regular.ttf", B: "LiberationSans-Bold.ttf", I: "LiberationSans-Italic.ttf" },
};
/** Word subsets have no automatic ligatures or kerning in their widths (the quirks add them). */
const NO_FEATURES = { liga: false, kern: false, clig: false, calt: false };
const TTF_CACHE = new Map();
const ttf = (family, key) => {
  const file = TTF[family][key] ?? TTF[family].R;
  if (!TTF_CACHE.has(file)) {
    const bytes = readFileSync(`${TTF_DIR}/${file}`);
    TTF_CACHE.set(file, { bytes, font: fontkit.create(bytes) });
  }
  return TTF_CACHE.get(file);
};

/** Metrics for one document: its family, whether widths include pair kerning, embedded fonts or the standard 14. */
export function metrics(family, { kern = false, embedded = false } = {}) {
  const fam = FAMILIES[family];
  if (embedded) {
    const widthOf = (str, key, size) => {
      const { font } = ttf(family, key);
      const run = font.layout(str, { ...NO_FEATURES, kern });
      return (run.positions.reduce((a, p) => a + p.xAdvance, 0) * size) / font.unitsPerEm;
    };
    return { widthOf, ascent: (size) => size * 0.72, family };
  }
  const widthOf = (str, key, size) => {
    const fontName = fam[key] ?? fam.R;
    const f = embedder(fontName).font;
    let w = 0, prev = null;
    for (const ch of str) {
      const g = glyphName(ch, fontName);
      w += f.getWidthOfGlyph(g);
      if (kern && prev) w += f.getXAxisKerningForPair(prev, g) ?? 0;
      prev = g;
    }
    return (w * size) / 1000;
  };
  const ascent = (size) => size * 0.72;
  return { widthOf, ascent, family };
}

const fmt = (n) => {
  const s = (Math.round(n * 1000) / 1000).toString();
  return s === "-0" ? "0" : s;
};

/** A PDF literal string of the given byte codes. */
function literal(codes) {
  let s = "(";
  for (const c of codes) {
    if (c === 0x28 || c === 0x29 || c === 0x5c) s += "\\" + String.fromCharCode(c);
    else if (c < 0x20 || c > 0x7e) s += "\\" + c.toString(8).padStart(3, "0");
    else s += String.fromCharCode(c);
  }
  return s + ")";
}
const hex = (codes) => "<" + codes.map((c) => c.toString(16).padStart(2, "0")).join("") + ">";

/** Byte codes of a string in a text font (ligature fonts add the two ligature codes). */
function encode(str, lig) {
  const out = [];
  for (const ch of str) {
    if (LIGATURES[ch]) {
      if (!lig) throw new Error(`ligature in a font without ligatures: ${str}`);
      out.push(LIGATURES[ch].code);
      continue;
    }
    const c = WIN_ANSI.get(ch.codePointAt(0));
    if (c === undefined) throw new Error(`not in WinAnsi: U+${ch.codePointAt(0).toString(16)} in "${str}"`);
    out.push(c);
  }
  return out;
}

/**
 * Serialises the pages of one document. `opts`: family, textMode (line|word|glyph|kern|nospace),
 * order (normal|columns|header-last), rules (stroke|rects|cells|header-only|none), xobject (bool),
 * ligatures (false | "single" (U+FB01) | "pair" ("fi")), cropOffset ([dx, dy] or null), info.
 */
export async function writePdf(pages, opts) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const fam = FAMILIES[opts.family];
  const m = metrics(opts.family, { kern: opts.textMode === "kern", embedded: opts.embedded });
  const lig = Boolean(opts.ligatures);
  if (opts.embedded) doc.registerFontkit(fontkit);

  // Fonts: the body family (ligature-capable when the document uses ligatures), Courier for `o`
  // bullets, Symbol and ZapfDingbats (plain and with Word's private-use ToUnicode).
  const toUnicodeStream = (entries) => {
    const lines = entries.map(([code, uni]) => `<${code.toString(16).padStart(2, "0")}> <${uni}>`);
    const chunks = [];
    for (let i = 0; i < lines.length; i += 100) chunks.push(`${Math.min(100, lines.length - i)} beginbfchar\n${lines.slice(i, i + 100).join("\n")}\nendbfchar`);
    const text = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n${chunks.join("\n")}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
    return ctx.register(ctx.flateStream(text));
  };
  const u16 = (cp) => cp.toString(16).toUpperCase().padStart(4, "0");
  const fontDicts = {};
  const embeddedFonts = {};
  if (opts.embedded) {
    // Subset tags as Word writes them (six capitals), fixed so the output is deterministic.
    const tags = { R: "BCDEEE", B: "BCDFEE", I: "BCDGEE" };
    for (const key of ["R", "B", "I"]) {
      const t = ttf(opts.family, key);
      embeddedFonts[key] = await doc.embedFont(t.bytes, { subset: true, customName: `${tags[key]}+${t.font.postscriptName}`, features: NO_FEATURES });
      fontDicts[key] = embeddedFonts[key].ref;
    }
  }
  for (const key of opts.embedded ? [] : ["R", "B", "I"]) {
    const d = { Type: "Font", Subtype: "Type1", BaseFont: fam[key] };
    if (lig) {
      d.Encoding = ctx.obj({ Type: "Encoding", BaseEncoding: "WinAnsiEncoding", Differences: [LIGATURES["\uFB01"].code, "fi", "fl"] });
      const entries = [...UNICODE_OF].sort((a, b) => a[0] - b[0]).map(([c, u]) => [c, u16(u)]);
      entries.unshift([0x01, opts.ligatures === "pair" ? "00660069" : "FB01"], [0x02, opts.ligatures === "pair" ? "0066006C" : "FB02"]);
      fontDicts[key] = ctx.register(ctx.obj(d));
      ctx.lookup(fontDicts[key]).set(PDFName.of("ToUnicode"), toUnicodeStream(entries));
    } else {
      d.Encoding = "WinAnsiEncoding";
      fontDicts[key] = ctx.register(ctx.obj(d));
    }
  }
  fontDicts.COUR = ctx.register(ctx.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Courier", Encoding: "WinAnsiEncoding" }));
  fontDicts.SYM = ctx.register(ctx.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Symbol" }));
  fontDicts.ZAP = ctx.register(ctx.obj({ Type: "Font", Subtype: "Type1", BaseFont: "ZapfDingbats" }));
  fontDicts.ZAPPUA = ctx.register(ctx.obj({ Type: "Font", Subtype: "Type1", BaseFont: "ZapfDingbats" }));
  ctx.lookup(fontDicts.ZAPPUA).set(PDFName.of("ToUnicode"), toUnicodeStream([[0x6e, "F0A7"], [0xe2, "F0D8"], [0x6c, "F06C"], [0x6f, "F071"]]));
  fontDicts.SYMPUA = ctx.register(ctx.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Symbol" }));
  ctx.lookup(fontDicts.SYMPUA).set(PDFName.of("ToUnicode"), toUnicodeStream([[0xb7, "F0B7"]]));
  const fontRes = ctx.register(ctx.obj(Object.fromEntries(Object.entries(fontDicts).map(([k, v]) => [`F${k}`, v]))));

  // The page's user space as the producer sets it up: the default, scaled (`0.12 0 0 0.12 0 0 cm`,
  // coordinates in 1/600 inch, as PScript → Distiller writes), or flipped y-down (`1 0 0 -1 0 h cm`,
  // text matrices `1 0 0 -1 x y Tm`). Items are laid out in the default space and mapped here.
  const CTM_SCALE = 0.12;
  const space = { mode: opts.ctm ?? "default", H: 0 };
  const sc = () => (space.mode === "scaled" ? CTM_SCALE : 1);
  const len = (v) => fmt(v / sc());
  const pt = (x, y) => (space.mode === "flipped" ? `${fmt(x)} ${fmt(space.H - y)}` : `${fmt(x / sc())} ${fmt(y / sc())}`);
  const rect = (x, y, w, h) => (space.mode === "flipped" ? `${fmt(x)} ${fmt(space.H - y - h)} ${fmt(w)} ${fmt(h)} re` : `${fmt(x / sc())} ${fmt(y / sc())} ${fmt(w / sc())} ${fmt(h / sc())} re`);
  const textAt = (x, y) => (space.mode === "flipped" ? `1 0 0 -1 ${pt(x, y)} Tm` : `${pt(x, y)} Td`);
  const glyphAt = (x, y) => `1 0 0 ${space.mode === "flipped" ? -1 : 1} ${pt(x, y)} Tm`;
  const ctmOp = () => (space.mode === "scaled" ? `${CTM_SCALE} 0 0 ${CTM_SCALE} 0 0 cm\n` : space.mode === "flipped" ? `1 0 0 -1 0 ${fmt(space.H)} cm\n` : "");

  const textOps = (it) => {
    const out = [];
    const fontName = fam[it.font] ?? null;
    const size = len(it.size);
    if (it.symbol) {
      // A bullet from a symbol font: always one glyph, one text object.
      const sm = SYMBOL_MARKERS[it.symbol];
      const fontKey = sm.font === "SYM" && sm.unicode ? "SYMPUA" : sm.font;
      out.push(`BT /F${fontKey} ${size} Tf ${textAt(it.x, it.y)} ${literal([sm.code])} Tj ET`);
      return out;
    }
    if (it.font === "COUR") {
      out.push(`BT /FCOUR ${size} Tf ${textAt(it.x, it.y)} ${literal(encode(it.str, false))} Tj ET`);
      return out;
    }
    const ef = embeddedFonts[it.font];
    const f = ef ? null : embedder(fontName).font;
    // A string operand: WinAnsi bytes (standard fonts) or glyph ids of the embedded subset.
    const str = (s) => (ef ? ef.encodeText(s).toString() : literal(encode(s, lig)));
    const mode = it.role === "furniture" && opts.textMode === "glyph" ? "line" : opts.textMode;
    switch (mode) {
      case "line":
        out.push(`BT /F${it.font} ${size} Tf ${textAt(it.x, it.y)} ${str(it.str)} Tj ET`);
        break;
      case "word": {
        // Word's "justify"-style output: each word placed by a relative Td from the previous word.
        out.push(`BT /F${it.font} ${size} Tf ${textAt(it.x, it.y)}`);
        let x = 0, prevX = 0, first = true;
        for (const w of it.str.split(" ")) {
          if (w) {
            if (!first) out.push(`${len(x - prevX)} 0 Td`);
            out.push(`${str(w)} Tj`);
            prevX = x;
            first = false;
          }
          x += m.widthOf(w + " ", it.font, it.size);
        }
        out.push("ET");
        break;
      }
      case "glyph": {
        // Every glyph placed by its own text matrix; no space glyph at all.
        out.push(`BT /F${it.font} ${size} Tf`);
        let x = it.x;
        for (const ch of it.str) {
          if (ch !== " ") out.push(`${glyphAt(x, it.y)} ${ef ? str(ch) : hex(encode(ch, lig))} Tj`);
          x += m.widthOf(ch, it.font, it.size);
        }
        out.push("ET");
        break;
      }
      case "kern": {
        // The whole line in one TJ, split at kerning pairs (Distiller-like).
        const parts = [];
        let cur = "";
        if (ef) {
          // Kerning from the TrueType font's own tables (glyphs map 1:1 to characters without ligature features).
          const font = ttf(opts.family, it.font).font;
          const run = font.layout(it.str, { ...NO_FEATURES, kern: true });
          run.glyphs.forEach((g, n) => {
            cur += String.fromCodePoint(...g.codePoints);
            const k = Math.round(((run.positions[n].xAdvance - g.advanceWidth) * 1000) / font.unitsPerEm);
            if (k !== 0 && n < run.glyphs.length - 1) { parts.push(str(cur), String(-k)); cur = ""; }
          });
        } else {
          let prev = null;
          for (const ch of it.str) {
            const g = glyphName(ch, fontName);
            const k = prev ? f.getXAxisKerningForPair(prev, g) ?? 0 : 0;
            if (k !== 0) { parts.push(str(cur), String(-k)); cur = ""; }
            cur += ch;
            prev = g;
          }
        }
        parts.push(str(cur));
        out.push(`BT /F${it.font} ${size} Tf ${textAt(it.x, it.y)} [${parts.join(" ")}] TJ ET`);
        break;
      }
      case "nospace": {
        // Spaces only as TJ offsets: no space glyph is shown.
        const sw = ef ? Math.round((ttf(opts.family, it.font).font.glyphForCodePoint(32).advanceWidth * 1000) / ttf(opts.family, it.font).font.unitsPerEm) : f.getWidthOfGlyph("space");
        const words = it.str.split(" ");
        const parts = [];
        let pending = 0;
        words.forEach((w, i) => {
          if (i > 0) pending += sw;
          if (!w) return;
          if (parts.length) parts.push(String(-pending));
          pending = 0;
          parts.push(str(w));
        });
        out.push(`BT /F${it.font} ${size} Tf ${textAt(it.x, it.y)} [${parts.join(" ")}] TJ ET`);
        break;
      }
      default:
        throw new Error(`unknown text mode ${mode}`);
    }
    return out;
  };

  const circle = (cx, cy, r) => {
    const k = 0.5523 * r;
    const P = (x, y) => pt(x, y);
    return `${P(cx + r, cy)} m ${P(cx + r, cy + k)} ${P(cx + k, cy + r)} ${P(cx, cy + r)} c ${P(cx - k, cy + r)} ${P(cx - r, cy + k)} ${P(cx - r, cy)} c ${P(cx - r, cy - k)} ${P(cx - k, cy - r)} ${P(cx, cy - r)} c ${P(cx + k, cy - r)} ${P(cx + r, cy - k)} ${P(cx + r, cy)} c f`;
  };

  /** Rules of one table fragment in the document's rule style. */
  const gridOps = (g) => {
    const lw = 0.5;
    if (opts.rules === "none") return [];
    if (opts.rules === "header-only") {
      const head = g.cells.filter((c) => c.header);
      if (!head.length) return [];
      const x1 = Math.min(...g.cells.map((c) => c.x)), x2 = Math.max(...g.cells.map((c) => c.x + c.w));
      const top = Math.max(...head.map((c) => c.y + c.h)), bot = Math.min(...head.map((c) => c.y));
      return [`${len(lw)} w 0 G ${pt(x1, top)} m ${pt(x2, top)} l S ${pt(x1, bot)} m ${pt(x2, bot)} l S`];
    }
    if (opts.rules === "cells") {
      // Four separate segments per cell, shared edges drawn twice (as some converters do).
      return [`${len(lw)} w 0 G`, ...g.cells.map((c) => {
        const [x1, y1, x2, y2] = [c.x, c.y, c.x + c.w, c.y + c.h];
        return `${pt(x1, y2)} m ${pt(x2, y2)} l S ${pt(x2, y2)} m ${pt(x2, y1)} l S ${pt(x2, y1)} m ${pt(x1, y1)} l S ${pt(x1, y1)} m ${pt(x1, y2)} l S`;
      })];
    }
    // Merged segments: every cell edge, collinear pieces joined.
    const merge = (segs) => {
      const by = new Map();
      for (const [k, a, b] of segs) {
        const key = fmt(k);
        if (!by.has(key)) by.set(key, []);
        by.get(key).push([Math.min(a, b), Math.max(a, b)]);
      }
      const out = [];
      for (const [key, list] of [...by].sort((p, q) => Number(q[0]) - Number(p[0]))) {
        list.sort((p, q) => p[0] - q[0]);
        let [s, e] = list[0];
        for (const [a, b] of list.slice(1)) {
          if (a <= e + 0.01) e = Math.max(e, b);
          else { out.push([Number(key), s, e]); [s, e] = [a, b]; }
        }
        out.push([Number(key), s, e]);
      }
      return out;
    };
    const hs = merge(g.cells.flatMap((c) => [[c.y, c.x, c.x + c.w], [c.y + c.h, c.x, c.x + c.w]]));
    const vs = merge(g.cells.flatMap((c) => [[c.x, c.y, c.y + c.h], [c.x + c.w, c.y, c.y + c.h]]));
    if (opts.rules === "rects") {
      // Thin filled rectangles instead of strokes (Word's table borders through PDFMaker).
      const t = lw;
      return ["0 g", ...hs.map(([y, a, b]) => `${rect(a - t / 2, y - t / 2, b - a + t, t)} f`), ...vs.map(([x, a, b]) => `${rect(x - t / 2, a - t / 2, t, b - a + t)} f`)];
    }
    return [`${len(lw)} w 0 G`, ...hs.map(([y, a, b]) => `${pt(a, y)} m ${pt(b, y)} l S`), ...vs.map(([x, a, b]) => `${pt(x, a)} m ${pt(x, b)} l S`)];
  };

  const itemOps = (it) => {
    switch (it.t) {
      case "text": return textOps(it);
      case "disc": return ["0 g", circle(it.x, it.y, it.r)];
      case "square": return ["0 g", `${rect(it.x, it.y, it.s, it.s)} f`];
      case "shade": return [`${fmt(it.gray)} g ${rect(it.x, it.y, it.w, it.h)} f 0 g`];
      case "hrule": return [`${len(it.w)} w 0 G ${pt(it.x1, it.y)} m ${pt(it.x2, it.y)} l S`];
      case "grid": return gridOps(it);
      default: throw new Error(`unknown item ${it.t}`);
    }
  };

  /** The order the page's items are written in (the producer's, not the reader's). */
  const ordered = (page) => {
    const fur = page.items.filter((i) => i.role === "furniture");
    const rest = page.items.filter((i) => i.role !== "furniture");
    if (opts.order === "header-last") {
      const late = (i) => i.role === "title" || i.role === "thead";
      return [...fur, ...rest.filter((i) => !late(i)), ...rest.filter(late)];
    }
    let body = rest;
    if (opts.order === "columns") {
      // Each table fragment's cells written column by column (shading first, rules last).
      body = [];
      for (let i = 0; i < rest.length; ) {
        const frag = rest[i].frag;
        if (frag === undefined) { body.push(rest[i++]); continue; }
        let j = i;
        while (j < rest.length && rest[j].frag === frag) j++;
        const run = rest.slice(i, j).map((it, k) => ({ it, k }));
        const rank = (it) => (it.t === "shade" ? -1 : it.t === "grid" ? 1e6 : it.col ?? 0);
        run.sort((a, b) => rank(a.it) - rank(b.it) || a.k - b.k);
        body.push(...run.map((r) => r.it));
        i = j;
      }
    }
    const top = fur.filter((i) => i.y > page.h / 2), bottom = fur.filter((i) => i.y <= page.h / 2);
    return [...top, ...body, ...bottom];
  };

  for (const page of pages) {
    space.H = page.h;
    const items = ordered(page);
    const xobjects = {};
    const ops = [];
    // Group consecutive items: in xobject mode each table fragment and the furniture become a Form XObject.
    for (let i = 0; i < items.length; ) {
      const key = opts.xobject ? (items[i].role === "furniture" ? "furniture" : items[i].frag !== undefined ? `frag${items[i].frag}` : null) : null;
      let j = i + 1;
      if (key) while (j < items.length && (items[j].role === "furniture" ? "furniture" : items[j].frag !== undefined ? `frag${items[j].frag}` : null) === key) j++;
      const group = items.slice(i, j);
      if (!key) ops.push(...group.flatMap(itemOps));
      else {
        // The XObject draws in its own space, moved up by /Matrix to where the group sits.
        const ys = group.map((g) => g.y ?? g.cells?.[0]?.y ?? 0);
        const fy = Math.floor(Math.min(...ys.concat(group.flatMap((g) => g.cells ? g.cells.map((c) => c.y) : []))) - 10);
        const shifted = group.map((g) => shiftY(g, -fy));
        const content = shifted.flatMap(itemOps).join("\n");
        const name = `Fm${Object.keys(xobjects).length + 1}`;
        // Its /Matrix moves the form's space to where the group sits, in the page's (mapped) space.
        const ty = space.mode === "flipped" ? -fy : fy / sc();
        const big = (2 * Math.max(page.w, page.h)) / sc();
        xobjects[name] = ctx.register(ctx.flateStream(content, { Type: "XObject", Subtype: "Form", BBox: [-big, -big, big, big], Matrix: [1, 0, 0, 1, 0, Number(fmt(ty))], Resources: { Font: fontRes } }));
        ops.push(`q /${name} Do Q`);
      }
      i = j;
    }
    // Page geometry: /Rotate 90 pages are portrait in the MediaBox with landscape content turned
    // by the CTM; a CropBox offset moves everything by the offset.
    let pre = "";
    let mw = page.w, mh = page.h;
    if (page.rotate) { mw = page.h; mh = page.w; pre += `0 1 -1 0 ${fmt(page.h)} 0 cm\n`; }
    const [ox, oy] = opts.cropOffset ?? [0, 0];
    if (opts.cropOffset) pre = `1 0 0 1 ${fmt(ox)} ${fmt(oy)} cm\n` + pre;
    const content = `q\n${pre}${ctmOp()}${ops.join("\n")}\nQ\n`;
    const p = doc.addPage([mw, mh]);
    if (opts.cropOffset) {
      p.node.set(PDFName.of("MediaBox"), ctx.obj([0, 0, mw + ox + 24, mh + oy + 30]));
      p.node.set(PDFName.of("CropBox"), ctx.obj([ox, oy, ox + mw, oy + mh]));
    }
    if (page.rotate) p.setRotation(degrees(90));
    p.node.set(PDFName.of("Contents"), ctx.register(ctx.flateStream(content)));
    p.node.set(PDFName.of("Resources"), ctx.obj({ Font: fontRes, XObject: xobjects, ProcSet: ["PDF", "Text"] }));
  }
  const info = opts.info;
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

function shiftY(it, dy) {
  const c = { ...it };
  if (typeof c.y === "number") c.y += dy;
  if (c.cells) c.cells = c.cells.map((x) => ({ ...x, y: x.y + dy }));
  return c;
}
