#!/usr/bin/env python3
"""corpus14: write one document's layout (JSON from generate.mjs) as a spreadsheet (.xlsx, openpyxl)
and as a native ODT (odfpy); LibreOffice prints both. Usage: office.py LAYOUT.json OUT.xlsx OUT.odt"""
import json, math, sys

lay = json.load(open(sys.argv[1], encoding="utf-8"))

def para_text(p):
    return (p["marker"] + " " if p.get("marker") else "") + p["text"]

# ------------------------------------------------------------------ xlsx
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter

def write_xlsx(path):
    """Every sheet is a grid of G equal columns; a table's columns (and the frame's paragraphs) are
    cells merged across several of them, its row spans cells merged down, as offices lay out forms
    in Excel."""
    wb = Workbook()
    size = lay["size"]
    G = 24
    font = lambda bold=False, sz=None: Font(name=lay["font"], size=sz or size, bold=bold)
    total = 150 if lay["landscape"] else 104  # characters across the printed width
    unit = total / G
    cpl_unit = 1.1 * 10 / size  # characters per column-width unit
    line_h = size * 1.3
    thin = Side(style="thin", color="000000")
    top = Alignment(wrap_text=True, vertical="top")
    shade = PatternFill("solid", fgColor="D9D9D9")

    def lines(text, width_units, sz=None):
        cpl = max(1.0, width_units * cpl_unit * size / (sz or size) - 2)
        return sum(max(1, math.ceil(len(t) / cpl)) for t in text.split("\n"))

    def spans_of(widths):
        raw = [w * G for w in widths]
        sp = [max(1, int(x)) for x in raw]
        order = sorted(range(len(raw)), key=lambda i: raw[i] - int(raw[i]), reverse=True)
        k = 0
        while sum(sp) < G:
            sp[order[k % len(sp)]] += 1; k += 1
        while sum(sp) > G:
            i = max(range(len(sp)), key=lambda j: sp[j]); sp[i] -= 1
        starts = [1 + sum(sp[:i]) for i in range(len(sp))]
        return list(zip(starts, sp))

    state = {"ws": None, "r": 1, "n": 0}

    def new_sheet(title):
        ws = wb.active if state["n"] == 0 else wb.create_sheet()
        state["n"] += 1
        ws.title = title[:31]
        ps = ws.page_setup
        ps.paperSize = 9
        ps.orientation = "landscape" if lay["landscape"] else "portrait"
        ps.fitToWidth = 1
        ps.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins.left = ws.page_margins.right = 0.6
        ws.page_margins.top = ws.page_margins.bottom = 0.8
        if lay["runningHeader"]:
            ws.oddHeader.left.text = lay["runningHeader"]
        if lay["footer"] == "page-n-of-m":
            ws.oddFooter.center.text = "Page &P of &N"
        elif lay["footer"] == "page-n":
            ws.oddFooter.right.text = "&P"
        for i in range(G):
            ws.column_dimensions[get_column_letter(i + 1)].width = round(unit, 2)
        state.update(ws=ws, r=1)
        return ws

    def put(r, c0, ncols, text, nrows=1, **style):
        ws = state["ws"]
        c = ws.cell(row=r, column=c0, value=text)
        c.font = font(style.get("bold", False), style.get("sz"))
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if style.get("center") else "general")
        if ncols > 1 or nrows > 1:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r + nrows - 1, end_column=c0 + ncols - 1)
        return c

    def frame_row(text, bold=False, sz=None, center=False):
        r = state["r"]
        put(r, 1, G, text, bold=bold, sz=sz, center=center)
        state["ws"].row_dimensions[r].height = round(lines(text, G * unit, sz) * (sz or size) * 1.3 + 3, 1)
        state["r"] += 1

    def table(b):
        ws = state["ws"]
        sp = spans_of(b["widths"])
        n = len(sp)
        if b.get("caption"):
            frame_row(b["caption"], bold=True)
        rules = "rows" if b.get("plain") else lay["rules"]
        def frame(r0, c0, nr, nc, head=False):
            for rr in range(r0, r0 + nr):
                for cc in range(c0, c0 + nc):
                    c = ws.cell(row=rr, column=cc)
                    if rules == "grid":
                        c.border = Border(left=thin if cc == c0 else None, right=thin if cc == c0 + nc - 1 else None, top=thin if rr == r0 else None, bottom=thin if rr == r0 + nr - 1 else None)
                    elif rules == "rows":
                        c.border = Border(top=thin if rr == r0 else None, bottom=thin if rr == r0 + nr - 1 else None)
                    if head and lay["shade"]:
                        c.fill = shade
        hr = state["r"]
        for i, label in enumerate(b["cols"]):
            put(hr, sp[i][0], sp[i][1], label, bold=True)
            frame(hr, sp[i][0], 1, sp[i][1], head=True)
        ws.row_dimensions[hr].height = round(max(lines(l, sp[i][1] * unit) for i, l in enumerate(b["cols"])) * line_h + 4, 1)
        if b.get("repeat") and lay["sheets"] == "per-table":
            ws.print_title_rows = f"{hr}:{hr}"
        state["r"] += 1
        heights, spans = {}, []
        for row in b["rows"]:
            r = state["r"]
            if "span" in row:
                text = "\n".join(para_text(p) for p in row["span"])
                put(r, 1, G, text, bold=any(p.get("bold") for p in row["span"]))
                frame(r, 1, 1, G)
                heights[r] = lines(text, G * unit) * line_h + 4
            else:
                hmax = line_h + 4
                for i, cell in enumerate(row["cells"]):
                    if cell is None:
                        continue
                    text = "\n".join(para_text(p) for p in cell["paras"])
                    rs = cell.get("rowspan", 1)
                    put(r, sp[i][0], sp[i][1], text, nrows=rs)
                    frame(r, sp[i][0], rs, sp[i][1])
                    need = lines(text, sp[i][1] * unit) * line_h + 4
                    if rs > 1:
                        spans.append((r, need))
                    else:
                        hmax = max(hmax, need)
                heights[r] = hmax
            state["r"] += 1
        # a merged cell's text must fit its first row: Calc prints a merged range cut by a page break
        # on its first page only
        for r, need in spans:
            heights[r] = max(heights[r], need)
        for r, h in heights.items():
            ws.row_dimensions[r].height = round(h, 1)
        state["r"] += 1

    blocks = lay["blocks"]
    results = [i for i, b in enumerate(blocks) if b["k"] == "table" and not b.get("plain")]
    new_sheet("Compact")
    for i, b in enumerate(blocks):
        k = b["k"]
        if lay["sheets"] == "per-table" and i in results and i != results[0]:
            new_sheet(f"Table {b['id'][1:]}")
        if k == "title":
            frame_row(b["text"], bold=True, sz=size + 3, center=True)
        elif k == "p":
            frame_row(b["text"], bold=b.get("bold", False))
        elif k == "h":
            frame_row(b["text"], bold=True, sz=size + (2 if b["level"] == 1 else 1))
        elif k == "list":
            for j, x in enumerate(b["items"]):
                m = b["marker"]
                mk = {"1.": f"{j + 1}.", "(a)": f"({'abcdefghij'[j]})"}.get(m, m)
                frame_row(f"{mk} {x}")
        elif k == "toc":
            for e in b["entries"]:
                frame_row(e + " " + "." * 40)
        elif k == "pagebreak":
            if lay["sheets"] == "one-sheet":
                state["ws"].row_breaks.append(Break(id=state["r"] - 1))
        elif k == "table":
            table(b)
        elif k == "sig":
            ws = state["ws"]
            r = state["r"] + 1
            if b["side"]:
                for j, bl in enumerate(b["blocks"]):
                    put(r, 1 + j * (G // 2), G // 2, "\n".join(bl))
                ws.row_dimensions[r].height = round(4 * line_h + 8, 1)
                state["r"] = r + 1
            else:
                state["r"] = r
                for bl in b["blocks"]:
                    for line in bl:
                        frame_row(line)
                    state["r"] += 1
    wb.save(path)

# ------------------------------------------------------------------ odt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableProperties, TableColumnProperties,
                       TableCellProperties, TableRowProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer, ListLevelProperties)
from odf.text import P, H, List, ListItem, ListStyle, ListLevelStyleBullet, ListLevelStyleNumber, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows, CoveredTableCell

def write_odt(path):
    doc = OpenDocumentText()
    size = f"{lay['size']}pt"
    land = lay["landscape"]
    W, Hh = ("29.7cm", "21cm") if land else ("21cm", "29.7cm")
    text_w = 29.7 - 4 if land else 21 - 4
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth=W, pageheight=Hh, printorientation="landscape" if land else "portrait",
                                       margintop="1.5cm", marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    def pstyle(name, family="paragraph", bold=False, sz=None, parent=None, **pp):
        s = Style(name=name, family=family, **({"parentstylename": parent} if parent else {}))
        s.addElement(TextProperties(fontname=lay["font"], fontfamily=lay["font"], fontsize=sz or size, **({"fontweight": "bold"} if bold else {})))
        s.addElement(ParagraphProperties(**pp))
        doc.styles.addElement(s)
        return s
    from odf.style import FontFace
    doc.fontfacedecls.addElement(FontFace(name=lay["font"], fontfamily=lay["font"]))
    body = pstyle("Body", marginbottom="0.18cm")
    bold = pstyle("BodyBold", bold=True, marginbottom="0.1cm")
    title = pstyle("TitleC", bold=True, sz=f"{lay['size'] + 4}pt", textalign="center", marginbottom="0.4cm")
    h1 = pstyle("Heading 1", bold=True, sz=f"{lay['size'] + 3}pt", margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always")
    h2 = pstyle("Heading 2", bold=True, sz=f"{lay['size'] + 1}pt", margintop="0.3cm", marginbottom="0.15cm", keepwithnext="always")
    cellp = pstyle("CellText", marginbottom="0.05cm")
    cellh = pstyle("CellHead", bold=True)
    small = pstyle("HF", sz=f"{max(7, lay['size'] - 1)}pt")
    brk = Style(name="Break", family="paragraph", parentstylename="Body")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if lay["runningHeader"]:
        hd = Header(); hd.addElement(P(stylename=small, text=lay["runningHeader"])); mp.addElement(hd)
    if lay["footer"] != "none":
        ft = Footer(); p = P(stylename=small)
        if lay["footer"] == "page-n-of-m":
            p.addText("Page "); p.addElement(PageNumber(selectpage="current")); p.addText(" of "); p.addElement(PageCount())
        else:
            p.addElement(PageNumber(selectpage="current"))
        ft.addElement(p); mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    liststyles = {}
    def list_style(marker):
        if marker in liststyles:
            return liststyles[marker]
        ls = ListStyle(name=f"L{len(liststyles) + 1}")
        props = dict(spacebefore="0cm", minlabelwidth="0.6cm")
        num = {"(a)": ("a", "(", ")"), "a)": ("a", "", ")"), "1.": ("1", "", "."), "(i)": ("i", "(", ")")}
        if marker in num:
            f, pre, suf = num[marker]
            lv = ListLevelStyleNumber(level=1, numformat=f, numprefix=pre, numsuffix=suf)
        else:
            lv = ListLevelStyleBullet(level=1, bulletchar=marker)
        lv.addElement(ListLevelProperties(**props))
        ls.addElement(lv)
        doc.automaticstyles.addElement(ls)
        liststyles[marker] = ls
        return ls

    def kind_of(markers, n):
        # the marker a cell's list style prints: a bullet char, or a numbering restarted per cell
        m = markers[0]
        if m is None: return None
        if len(markers) > 1 and markers[1] == "(b)": return "(a)"
        if m == "(a)": return "(a)"
        if m == "a)": return "a)"
        if m == "1.": return "1."
        if m == "(i)": return "(i)"
        return m

    def add_paras(parent, paras, pst):
        markers = [p.get("marker") for p in paras]
        if any(markers):
            lst = List(stylename=list_style(kind_of(markers, len(paras))))
            for p in paras:
                li = ListItem(); li.addElement(P(stylename=pst, text=p["text"])); lst.addElement(li)
            parent.addElement(lst)
        else:
            for p in paras:
                parent.addElement(P(stylename=bold if p.get("bold") else pst, text=p["text"]))

    bd = "0.5pt solid #000000"
    cellstyles = {}
    def cell_style(head, rules):
        key = (head, rules)
        if key in cellstyles: return cellstyles[key]
        s = Style(name=f"C{len(cellstyles) + 1}", family="table-cell")
        kw = dict(padding="0.1cm", verticalalign="top")
        if rules == "grid": kw["border"] = bd
        elif rules == "rows": kw.update(bordertop=bd, borderbottom=bd, borderleft="none", borderright="none")
        else: kw["border"] = "none"
        if head and lay["shade"]: kw["backgroundcolor"] = "#d9d9d9"
        s.addElement(TableCellProperties(**kw))
        doc.automaticstyles.addElement(s)
        cellstyles[key] = s
        return s
    rowst = Style(name="RowKeep", family="table-row")
    rowst.addElement(TableRowProperties(keeptogether="always" if lay["keepRows"] else "auto"))
    doc.automaticstyles.addElement(rowst)
    tcount = [0]
    def table(b):
        tcount[0] += 1
        n = len(b["cols"])
        ts = Style(name=f"T{tcount[0]}", family="table")
        ts.addElement(TableProperties(width=f"{text_w}cm", align="left"))
        doc.automaticstyles.addElement(ts)
        t = Table(name=f"Table{tcount[0]}", stylename=ts)
        for i, w in enumerate(b["widths"]):
            cs = Style(name=f"T{tcount[0]}c{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w * text_w:.2f}cm"))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        rules = "rows" if b.get("plain") else lay["rules"]
        hr = TableRow()
        for l in b["cols"]:
            c = TableCell(stylename=cell_style(True, rules), valuetype="string"); c.addElement(P(stylename=cellh, text=l)); hr.addElement(c)
        if b.get("repeat"):
            thr = TableHeaderRows(); thr.addElement(hr); t.addElement(thr)
        else:
            t.addElement(hr)
        for row in b["rows"]:
            tr = TableRow(stylename=rowst)
            if "span" in row:
                c = TableCell(stylename=cell_style(False, rules), numbercolumnsspanned=n, valuetype="string")
                add_paras(c, row["span"], cellp); tr.addElement(c)
                for _ in range(n - 1): tr.addElement(CoveredTableCell())
            else:
                for cell in row["cells"]:
                    if cell is None:
                        tr.addElement(CoveredTableCell()); continue
                    kw = {"numberrowsspanned": cell["rowspan"]} if cell.get("rowspan", 1) > 1 else {}
                    c = TableCell(stylename=cell_style(False, rules), valuetype="string", **kw)
                    add_paras(c, cell["paras"], cellp); tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)

    pending_break = False
    def para(style, text):
        nonlocal pending_break
        doc.text.addElement(P(stylename=brk if pending_break else style, text=text))
        pending_break = False
    for b in lay["blocks"]:
        k = b["k"]
        if k == "title": para(title, b["text"])
        elif k == "p": para(bold if b.get("bold") else body, b["text"])
        elif k == "h":
            if pending_break: para(body, "")
            doc.text.addElement(H(outlinelevel=b["level"], stylename=h1 if b["level"] == 1 else h2, text=b["text"]))
        elif k == "list":
            if pending_break: para(body, "")
            add_paras(doc.text, [{"text": x, "marker": b["marker"]} for x in b["items"]], body)
        elif k == "toc":
            for e in b["entries"]: para(body, e + " " + "." * 30)
        elif k == "pagebreak": pending_break = True
        elif k == "table":
            if pending_break or b.get("caption"): para(bold, b.get("caption") or "")
            table(b)
            para(body, "")
        elif k == "sig":
            if b["side"]:
                t = Table(name="Signatures")
                for _ in range(2): t.addElement(TableColumn())
                tr = TableRow()
                for bl in b["blocks"]:
                    c = TableCell(stylename=cell_style(False, "none"))
                    for line in bl: c.addElement(P(stylename=body, text=line))
                    tr.addElement(c)
                t.addElement(tr); doc.text.addElement(t)
            else:
                for bl in b["blocks"]:
                    for line in bl: para(body, line)
                    para(body, "")
    doc.save(path)

write_xlsx(sys.argv[2])
write_odt(sys.argv[3])
