#!/usr/bin/env python3
"""Re-opens a .docx that LibreOffice wrote from HTML and sets what its HTML import cannot: the page
(A4 portrait or landscape, margins), a running header and a `Page N of M` / `- N -` footer (Word
fields), rows allowed or not to break across pages (w:cantSplit), the header row repeated on every
page or not (w:tblHeader). Standard library only.

  docx.py IN.docx OUT.docx OPTIONS.json
"""
import json, re, sys, zipfile

src, dst, opts_file = sys.argv[1:4]
o = json.load(open(opts_file, encoding="utf-8"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def field(instr):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

def run(t, size=18):
    return f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r>'

def part(tag, body, jc):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W}" xmlns:r="{R}">'
            f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{body}</w:p></w:{tag}>')

zin = zipfile.ZipFile(src)
files = {n: zin.read(n) for n in zin.namelist()}
doc = files["word/document.xml"].decode("utf-8")
rels = files["word/_rels/document.xml.rels"].decode("utf-8")
ctypes = files["[Content_Types].xml"].decode("utf-8")

refs = ""
if o.get("footer") in ("page-n-of-m", "page-n"):
    body = run("Page ") + field("PAGE") + run(" of ") + field("NUMPAGES") if o["footer"] == "page-n-of-m" else run("- ") + field("PAGE") + run(" -")
    files["word/footer1.xml"] = part("ftr", body, "right" if o["footer"] == "page-n-of-m" else "center").encode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdC15F" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    ctypes = ctypes.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    refs += '<w:footerReference w:type="default" r:id="rIdC15F"/>'
if o.get("runningHeader"):
    files["word/header1.xml"] = part("hdr", run(o["runningHeader"]), "left").encode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdC15H" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>')
    ctypes = ctypes.replace("</Types>", '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
    refs = '<w:headerReference w:type="default" r:id="rIdC15H"/>' + refs

pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if o.get("landscape") else '<w:pgSz w:w="11906" w:h="16838"/>'
m = o.get("margin", 1134)
mar = f'<w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="567" w:footer="567" w:gutter="0"/>'

def sect(mo):
    s = mo.group(0)
    s = re.sub(r"<w:headerReference[^>]*/>|<w:footerReference[^>]*/>", "", s)
    s = re.sub(r"<w:pgSz[^>]*/>", pg, s)
    s = re.sub(r"<w:pgMar[^>]*/>", mar, s)
    return re.sub(r"(<w:sectPr[^>]*>)", r"\1" + refs.replace("\\", "\\\\"), s, count=1)

doc = re.sub(r"<w:sectPr[^>]*>.*?</w:sectPr>", sect, doc, flags=re.S)
if 'xmlns:r=' not in doc[:2000]:
    doc = doc.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
if not o.get("repeatHeader"):
    doc = re.sub(r"<w:tblHeader(?: w:val=\"[^\"]*\")?/>", "", doc)
if o.get("keepRows"):
    doc = re.sub(r"<w:trPr>", "<w:trPr><w:cantSplit/>", doc)
    doc = re.sub(r"<w:tr>(?!<w:trPr>)", "<w:tr><w:trPr><w:cantSplit/></w:trPr>", doc)
    doc = re.sub(r"<w:tr ([^>]*)>(?!<w:trPr>)", r"<w:tr \1><w:trPr><w:cantSplit/></w:trPr>", doc)
files["word/document.xml"] = doc.encode("utf-8")
files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
files["[Content_Types].xml"] = ctypes.encode("utf-8")

with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for n in ["[Content_Types].xml"] + [n for n in files if n != "[Content_Types].xml"]:
        info = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, files[n])
