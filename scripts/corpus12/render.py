#!/usr/bin/env python3
"""Renders the specs scripts/corpus12/generate.mjs writes (one JSON per document) three ways:
a .docx with python-docx (printed to PDF by LibreOffice afterwards), a PDF with ReportLab platypus,
and a groff -ms/tbl source (printed by groff afterwards).

    python3 render.py WORKDIR ID [ID ...]   # reads WORKDIR/ID.spec.json; writes WORKDIR/ID.docx,
                                            # WORKDIR/ID.ms and <spec.out>/ID.rl.pdf
Debian: python3-docx, python3-reportlab, groff (README of test/corpus12).
"""
import json
import sys
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, Inches

from reportlab.lib.pagesizes import A4, LETTER, landscape as rl_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, LongTable, Table, TableStyle, NextPageTemplate, PageBreak, KeepTogether
from reportlab.pdfgen import canvas as rl_canvas

PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Inches(8.5), Inches(11))}
DOCX_FONT = {"serif": "Times New Roman", "sans": "Arial", "sans-narrow": "Arial Narrow"}
RL_FONT = {"serif": ("Times-Roman", "Times-Bold", "Times-Italic"), "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"), "sans-narrow": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")}
DOCX_TABLE_STYLE = {"grid": "Table Grid", "box-header": "Light List", "none": None, "header-rules": "Light Shading"}


def fmt_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return f"{d} {months[m - 1]} {y}"


def extents(rows):
    """(r, c) of every origin cell -> (rowspan, colspan), from the covered cells' `span` marks."""
    out = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.get("span"):
                continue
            cs = 1
            while c + cs < len(row) and row[c + cs].get("span") == "h":
                cs += 1
            rs = 1
            while r + rs < len(rows) and rows[r + rs][c].get("span") == "v":
                rs += 1
            out[(r, c)] = (rs, cs)
    return out


# ---------------------------------------------------------------- docx (Word's own table model)

def docx_field(par, instr):
    run = par.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def docx_furniture(section, spec):
    st = spec["style"]
    rh = next((b for b in spec["blocks"] if b["type"] == "runningHeader"), None)
    if rh:
        p = section.header.paragraphs[0]
        p.text = rh["text"]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].font.size = Pt(8)
    if st["footer"] != "none":
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("Page ")
        docx_field(p, "PAGE")
        if st["footer"] == "page-n-of-m":
            p.add_run(" of ")
            docx_field(p, "NUMPAGES")


def docx_set_page(section, paper, land):
    w, h = PAPER[paper]
    section.orientation = WD_ORIENT.LANDSCAPE if land else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if land else (w, h)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin = section.bottom_margin = Cm(2.2)


def docx_para(container, p, first=None, size=None):
    par = first if first is not None else container.add_paragraph()
    if p.get("list") == "bullet":
        par.style = "List Bullet"
    elif p.get("list") == "number":
        par.style = "List Number"
    text = p["text"]
    if p.get("marker"):
        ind = 14 + 14 * p.get("indent", 0)
        par.paragraph_format.left_indent = Pt(ind)
        par.paragraph_format.first_line_indent = Pt(-14)
        par.paragraph_format.tab_stops.add_tab_stop(Pt(ind))
        text = p["marker"] + "\t" + text
    par.paragraph_format.space_after = Pt(2)
    run = par.add_run(text)
    run.bold = bool(p.get("bold"))
    run.italic = bool(p.get("italic"))
    if size:
        run.font.size = Pt(size)
    if p.get("sup"):
        s = par.add_run(p["sup"])
        s.font.superscript = True
    return par


def docx_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def docx_table(doc, g, spec, repeat):
    st = spec["style"]
    rows = g["header"] + [r for part in g["parts"] for r in part]
    # one Word table per part (a continued table is two tables with a caption between)
    for pi, part in enumerate(g["parts"]):
        if g.get("caption"):
            if pi > 0:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            cap = doc.add_paragraph()
            cap.add_run(g["caption"] + (" (continued)" if pi else "")).italic = True
        rows = g["header"] + part
        t = doc.add_table(rows=len(rows), cols=g["ncols"])
        style = DOCX_TABLE_STYLE[st["rules"]]
        if style:
            t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        sec = doc.sections[-1]
        usable = sec.page_width - sec.left_margin - sec.right_margin
        t.autofit = False
        for ci, w in enumerate(g["widths"]):
            t.columns[ci].width = int(usable * w)
            for cell in t.columns[ci].cells:
                cell.width = int(usable * w)
        ext = extents(rows)
        for (r, c), _ in ext.items():
            cell = t.cell(r, c)
            paras = rows[r][c]["paras"]
            for k, p in enumerate(paras):
                docx_para(cell, p, first=cell.paragraphs[0] if k == 0 else None)
        for (r, c), (rs, cs) in ext.items():
            if rs > 1 or cs > 1:
                t.cell(r, c).merge(t.cell(r + rs - 1, c + cs - 1))
        if repeat:
            for r in range(len(g["header"])):
                docx_repeat(t.rows[r])
    if g.get("note"):
        p = doc.add_paragraph()
        s = p.add_run(g["note"][0])
        s.font.superscript = True
        r = p.add_run(" " + g["note"][2:])
        r.font.size = Pt(8)


def render_docx(spec, path):
    st = spec["style"]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = DOCX_FONT[st["font"]]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), DOCX_FONT[st["font"]])
    normal.font.size = Pt(st["size"])
    if st["hyphenate"]:
        el = OxmlElement("w:autoHyphenation")
        el.set(qn("w:val"), "true")
        doc.settings.element.append(el)
    docx_set_page(doc.sections[0], st["paper"], False)
    docx_furniture(doc.sections[0], spec)
    doc.core_properties.author = spec["meta"]["author"]
    doc.core_properties.title = spec["meta"]["title"]
    blocks = spec["blocks"]
    tables = [i for i, b in enumerate(blocks) if b["type"] == "table"]
    first_t, last_t = (tables[0], tables[-1]) if tables else (-1, -1)
    for i, b in enumerate(blocks):
        if st["landscape"] and i == first_t:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            docx_set_page(sec, st["paper"], True)
        if st["landscape"] and i == last_t + 1:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            docx_set_page(sec, st["paper"], False)
        kind = b["type"]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(st["size"] + 3)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b["text"]).bold = True
        elif kind == "headerBlock":
            for line in b["lines"]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_after = Pt(0)
                p.add_run(line).bold = True
        elif kind == "heading":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            p.add_run(b["text"]).bold = True
        elif kind == "para":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(b["text"])
            r.bold = bool(b.get("bold"))
            if b.get("footnote"):
                s = p.add_run("1")
                s.font.superscript = True
                n = doc.add_paragraph()
                n.add_run("____________").font.size = Pt(8)
                n2 = doc.add_paragraph()
                s2 = n2.add_run("1")
                s2.font.superscript = True
                n2.add_run(" " + b["footnote"]).font.size = Pt(8)
        elif kind == "list":
            for it in b["items"]:
                docx_para(doc, it)
        elif kind == "table":
            docx_table(doc, b["grid"], spec, b.get("repeat", False) and not b.get("summary"))
            doc.add_paragraph()
        elif kind == "signatures":
            blocks_s = b["blocks"]
            if b["mode"] == "side-by-side":
                t = doc.add_table(rows=1, cols=2)
                for c, s in enumerate(blocks_s):
                    cell = t.cell(0, c)
                    cell.paragraphs[0].add_run("Signature: ____________________")
                    for line in s["lines"] + ["Date: " + fmt_date(s["date"])]:
                        cell.add_paragraph(line)
            else:
                for s in blocks_s:
                    doc.add_paragraph("Signature: ____________________")
                    for line in s["lines"] + ["Date: " + fmt_date(s["date"])]:
                        p = doc.add_paragraph(line)
                        p.paragraph_format.space_after = Pt(0)
                    doc.add_paragraph()
    doc.save(path)


# ---------------------------------------------------------------- ReportLab (platypus LongTable)

def rl_text(p):
    t = escape(p["text"])
    if p.get("bold"):
        t = f"<b>{t}</b>"
    if p.get("italic"):
        t = f"<i>{t}</i>"
    if p.get("sup"):
        t += f"<super>{escape(p['sup'])}</super>"
    return t


def rl_paras(paras, styles):
    out = []
    for p in paras:
        bullet = p.get("marker") or ({"bullet": "\u2022", "number": p.get("typed")}.get(p.get("list")) if p.get("list") else None)
        if bullet:
            st = styles["item2"] if p.get("indent") else styles["item"]
            out.append(Paragraph(rl_text(p), st, bulletText=bullet))
        else:
            out.append(Paragraph(rl_text(p), styles["cell"]))
    return out


def make_numbered_canvas(spec):
    st = spec["style"]
    rh = next((b["text"] for b in spec["blocks"] if b["type"] == "runningHeader"), None)
    font = RL_FONT[st["font"]][0]

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = self._pagesize
                self.setFont(font, 8)
                if rh:
                    self.drawRightString(w - 60, h - 40, rh)
                if st["footer"] == "page-n-of-m":
                    self.drawCentredString(w / 2, 30, f"Page {self._pageNumber} of {n}")
                elif st["footer"] == "page-n":
                    self.drawCentredString(w / 2, 30, f"Page {self._pageNumber}")
                super().showPage()
            super().save()
    return NumberedCanvas


def rl_table_style(st, nhead, rows):
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    rules = st["rules"]
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "box-header":
        cmds += [("BOX", (0, 0), (-1, -1), 1, colors.black), ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 1, colors.black), ("BACKGROUND", (0, 0), (-1, nhead - 1), colors.HexColor("#dddddd"))]
    elif rules == "header-rules":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    for (r, c), (rs, cs) in extents(rows).items():
        if rs > 1 or cs > 1:
            cmds.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    return TableStyle(cmds)


def render_rl(spec, path):
    st = spec["style"]
    reg, bold, ital = RL_FONT[st["font"]]
    size = st["size"]
    page = A4 if st["paper"] == "a4" else LETTER
    styles = {
        "body": ParagraphStyle("body", fontName=reg, fontSize=size, leading=size * 1.25, spaceAfter=6),
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, alignment=1, spaceAfter=8),
        "right": ParagraphStyle("right", fontName=bold, fontSize=size, leading=size * 1.25, alignment=2),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=size, leading=size * 1.3, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.2, spaceAfter=2),
        "item": ParagraphStyle("item", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.2, leftIndent=14, bulletIndent=0, spaceAfter=2),
        "item2": ParagraphStyle("item2", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.2, leftIndent=28, bulletIndent=14, spaceAfter=2),
        "list": ParagraphStyle("list", fontName=reg, fontSize=size, leading=size * 1.25, leftIndent=18, bulletIndent=2, spaceAfter=3),
        "note": ParagraphStyle("note", fontName=reg, fontSize=7.5, leading=9, spaceAfter=4),
        "caption": ParagraphStyle("caption", fontName=ital, fontSize=size, leading=size * 1.25, spaceAfter=3),
    }
    m = 60
    port = PageTemplate("port", [Frame(m, m, page[0] - 2 * m, page[1] - 2 * m, id="p")], pagesize=page)
    lp = rl_landscape(page)
    land = PageTemplate("land", [Frame(m, m, lp[0] - 2 * m, lp[1] - 2 * m, id="l")], pagesize=lp)
    doc = BaseDocTemplate(path, pageTemplates=[port, land], title=spec["meta"]["title"], author=spec["meta"]["author"], creator="ReportLab", invariant=1)
    story = []
    blocks = spec["blocks"]
    tables = [i for i, b in enumerate(blocks) if b["type"] == "table"]
    first_t, last_t = (tables[0], tables[-1]) if tables else (-1, -1)
    width = page[0] - 2 * m
    for i, b in enumerate(blocks):
        if st["landscape"] and i == first_t:
            story += [NextPageTemplate("land"), PageBreak()]
            width = lp[0] - 2 * m
        if st["landscape"] and i == last_t + 1:
            story += [NextPageTemplate("port"), PageBreak()]
            width = page[0] - 2 * m
        kind = b["type"]
        if kind == "title":
            story.append(Paragraph(escape(b["text"]), styles["title"]))
        elif kind == "subtitle":
            story.append(Paragraph(f"<b>{escape(b['text'])}</b>", styles["title"]))
        elif kind == "headerBlock":
            for line in b["lines"]:
                story.append(Paragraph(escape(line), styles["right"]))
            story.append(Spacer(1, 8))
        elif kind == "heading":
            story.append(Paragraph(escape(b["text"]), styles["heading"]))
        elif kind == "para":
            t = escape(b["text"])
            if b.get("bold"):
                t = f"<b>{t}</b>"
            if b.get("footnote"):
                t += "<super>1</super>"
            story.append(Paragraph(t, styles["body"]))
            if b.get("footnote"):
                story.append(Paragraph("<super>1</super> " + escape(b["footnote"]), styles["note"]))
        elif kind == "list":
            for it in b["items"]:
                bullet = it.get("marker")
                story.append(Paragraph(escape(it["text"]), styles["list"] if bullet else styles["body"], bulletText=bullet))
        elif kind == "table":
            g = b["grid"]
            for pi, part in enumerate(g["parts"]):
                if g.get("caption"):
                    if pi > 0:
                        story.append(PageBreak())
                    story.append(Paragraph(escape(g["caption"] + (" (continued)" if pi else "")), styles["caption"]))
                rows = g["header"] + part
                data = [[rl_paras(c["paras"], styles) if not c.get("span") else "" for c in row] for row in rows]
                repeat = len(g["header"]) if b.get("repeat") and not b.get("summary") else 0
                t = LongTable(data, colWidths=[width * w for w in g["widths"]], repeatRows=repeat, style=rl_table_style(st, len(g["header"]), rows), hAlign="CENTER")
                story.append(t)
            if g.get("note"):
                story.append(Paragraph(f"<super>{escape(g['note'][0])}</super> " + escape(g["note"][2:]), styles["note"]))
            story.append(Spacer(1, 10))
        elif kind == "signatures":
            cells = []
            for s in b["blocks"]:
                cells.append([Paragraph("Signature: ____________________", styles["body"])] + [Paragraph(escape(l), styles["body"]) for l in s["lines"] + ["Date: " + fmt_date(s["date"])]])
            if b["mode"] == "side-by-side":
                story.append(Table([cells], colWidths=[width / 2, width / 2], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
            else:
                for c in cells:
                    story += c + [Spacer(1, 10)]
    doc.build(story, canvasmaker=make_numbered_canvas(spec))


# ---------------------------------------------------------------- groff -ms with tbl

GROFF_MARK = {"\u2022": "\\(bu", "\u2013": "\\(en", "\u25aa": "\\(sq", "\u27a2": "\\(->", "o": "o", "-": "\\-"}


def groff_esc(s):
    s = s.replace("\\", "\\e")
    return s


def groff_line(s):
    return ("\\&" + s) if s[:1] in (".", "'") else s


def groff_item(p):
    marker = p.get("marker") or ({"bullet": "\u2022", "number": p.get("typed")}.get(p.get("list")) if p.get("list") else None)
    text = groff_esc(p["text"])
    if p.get("bold"):
        text = f"\\fB{text}\\fP"
    if p.get("italic"):
        text = f"\\fI{text}\\fP"
    if p.get("sup"):
        text += f"\\s-2\\u{p['sup']}\\d\\s+2"
    if marker:
        text = GROFF_MARK.get(marker, groff_esc(marker)) + "\\ \\ " + text
    return groff_line(text)


def groff_cell(cell):
    if cell.get("span"):
        return ""
    lines = []
    for k, p in enumerate(cell["paras"]):
        if k:
            lines.append(".br")
        lines.append(groff_item(p))
    return "T{\n" + "\n".join(lines) + "\nT}"


def groff_table(g, st, repeat, width_in):
    out = []
    rules = st["rules"]
    opts = {"grid": "allbox", "box-header": "box", "none": "", "header-rules": ""}[rules]
    nh = len(g["header"])
    for pi, part in enumerate(g["parts"]):
        if g.get("caption"):
            if pi > 0:
                out.append(".bp")
            out += [".LP", f"\\fI{groff_esc(g['caption'] + (' (continued)' if pi else ''))}\\fP"]
        rows = g["header"] + part
        out.append(".TS H" if repeat else ".TS")
        out.append(f"{opts + ' ' if opts else ''}tab(\t);".strip())
        fmts = []
        for r, row in enumerate(rows):
            f = []
            for c, cell in enumerate(row):
                sp = cell.get("span")
                if sp == "h":
                    f.append("s")
                elif sp == "v":
                    f.append("^")
                else:
                    # tbl adds 3n between columns: the widths share what is left of the line
                    w = (width_in - 0.45 * len(row)) * g["widths"][c]
                    # a cell spanning columns takes no width of its own; a cell spanning rows starts at the top (t)
                    vspan = r + 1 < len(rows) and rows[r + 1][c].get("span") == "v"
                    f.append(("l" if (c + 1 < len(row) and row[c + 1].get("span") == "h") else f"lw({w:.2f}i)") + ("t" if vspan else ""))
            fmts.append(" ".join(f))
        out.append("\n".join(fmts) + ".")
        if rules == "header-rules":
            out.append("_")
        for r, row in enumerate(rows):
            out.append("\t".join(groff_cell(c) for c in row))
            if r == nh - 1:
                if rules in ("header-rules", "box-header"):
                    out.append("_")
                if repeat:
                    out.append(".TH")
        if rules == "header-rules":
            out.append("_")
        out.append(".TE")
    if g.get("note"):
        out += [".LP", f"\\s-2\\u{g['note'][0]}\\d {groff_esc(g['note'][2:])}\\s+2"]
    return out


def render_groff(spec, path):
    st = spec["style"]
    page_h, line_w = ("29.7c", 6.3) if st["paper"] == "a4" else ("11i", 6.5)
    out = [
        ".\\\" groff -k -t -ms -Tpdf (scripts/corpus12/render.py)",
        f".pl {page_h}",
        f".nr PS {st['size']}z",
        f".nr VS {st['size'] * 1.25:.2f}p",
        f".nr LL {line_w}i",
        ".nr PO 1i" if st["paper"] == "letter" else ".nr PO 0.95i",
        ".nr HY 14" if st["hyphenate"] else ".nr HY 0",
        ".fam " + ("T" if st["font"] == "serif" else "H"),
        ".ds CH",
    ]
    rh = next((b["text"] for b in spec["blocks"] if b["type"] == "runningHeader"), None)
    if rh:
        out.append(f".ds RH \\s-2{groff_esc(rh)}\\s+2")
    out.append(".ds CF Page %" if st["footer"] != "none" else ".ds CF")
    out.append(".LP")
    for b in spec["blocks"]:
        kind = b["type"]
        if kind == "title":
            out += [".ce", f"\\s+2\\fB{groff_esc(b['text'])}\\fP\\s-2", ".sp"]
        elif kind == "subtitle":
            out += [".ce", f"\\fB{groff_esc(b['text'])}\\fP", ".sp"]
        elif kind == "headerBlock":
            out += [".rj 3"] + [f"\\fB{groff_esc(l)}\\fP" for l in b["lines"]] + [".sp"]
        elif kind == "heading":
            out += [".SH", groff_line(groff_esc(b["text"]))]
        elif kind == "para":
            t = groff_esc(b["text"])
            if b.get("bold"):
                t = f"\\fB{t}\\fP"
            out += [".PP", groff_line(t + ("\\**" if b.get("footnote") else ""))]
            if b.get("footnote"):
                out += [".FS", groff_line(groff_esc(b["footnote"])), ".FE"]
        elif kind == "list":
            for it in b["items"]:
                m = it.get("marker")
                if m:
                    out += [f".IP \"{GROFF_MARK.get(m, groff_esc(m))}\" 4n", groff_line(groff_esc(it["text"]))]
                else:
                    out += [".LP", groff_line(groff_esc(it["text"]))]
        elif kind == "table":
            out += [".sp 0.5"] + groff_table(b["grid"], st, b.get("repeat", False) and not b.get("summary"), line_w) + [".sp 0.5"]
        elif kind == "signatures":
            if b["mode"] == "side-by-side":
                out += [".sp", ".TS", "tab(\t);", "lw(3i) lw(3i)."]
                cols = [["Signature: ____________________"] + s["lines"] + ["Date: " + fmt_date(s["date"])] for s in b["blocks"]]
                for k in range(max(len(c) for c in cols)):
                    out.append("\t".join(groff_esc(c[k]) if k < len(c) else "" for c in cols))
                out.append(".TE")
            else:
                for s in b["blocks"]:
                    out += [".sp", ".LP", "Signature: ____________________"]
                    for l in s["lines"] + ["Date: " + fmt_date(s["date"])]:
                        out += [".br", groff_line(groff_esc(l))]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    work = sys.argv[1]
    for did in sys.argv[2:]:
        with open(f"{work}/{did}.spec.json", encoding="utf-8") as f:
            spec = json.load(f)
        render_docx(spec, f"{work}/{did}.docx")
        render_rl(spec, f"{spec['out']}/{did}.rl.pdf")
        render_groff(spec, f"{work}/{did}.ms")


if __name__ == "__main__":
    main()
