"""Builds the .pdf and .docx files in docs/ from their plain-text sources in docs_src/.
Run with a Python that has reportlab and python-docx (e.g. /work/main/.venv/bin/python).
The docs_src/*.txt files are the reference text for evidence quotes."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "docs_src")
OUT = os.path.join(HERE, "docs")


def split_blocks(lines):
    """Yield ('table', rows) for runs of lines containing ' | ', else ('line', text)."""
    i = 0
    while i < len(lines):
        if " | " in lines[i]:
            rows = []
            while i < len(lines) and " | " in lines[i]:
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            yield ("table", rows)
        else:
            yield ("line", lines[i])
            i += 1


def build_pdf(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=18, spaceBefore=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    lines = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read().split("\n")
    story = []
    first = True
    for kind, val in split_blocks(lines):
        if kind == "table":
            data = [[Paragraph(escape(c), cell) for c in r] for r in val]
            t = Table(data, colWidths=[52 * mm, 18 * mm, 32 * mm, 34 * mm, 22 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story.append(t)
        elif not val.strip():
            story.append(Spacer(1, 4))
        else:
            if first:
                story.append(Paragraph(escape(val), title)); first = False
            elif val[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
                story.append(Paragraph(escape(val), head))
            else:
                story.append(Paragraph(escape(val), body))
    doc = SimpleDocTemplate(os.path.join(OUT, name + ".pdf"), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=lines[0], author="invented for evaluation")
    doc.build(story)


def build_docx(name):
    import docx
    lines = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read().split("\n")
    d = docx.Document()
    first = True
    for kind, val in split_blocks(lines):
        if kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, txt in enumerate(row):
                    t.cell(r, c).text = txt
        elif not val.strip():
            continue
        elif first:
            d.add_heading(val, level=1); first = False
        elif len(val) > 2 and val[0].isdigit() and val[1] == "." and val[2] == " " and len(val) < 60 and not val.endswith("."):
            d.add_heading(val, level=2)
        else:
            d.add_paragraph(val)
    d.core_properties.author = "invented for evaluation"
    d.save(os.path.join(OUT, name + ".docx"))


if __name__ == "__main__":
    build_pdf("h8_zh_jingdezhen_ceramics_overseas_warehouse_2024h1")
    build_docx("h8_en_qinhuangdao_broker_compliance_cost_memo_2024")
    print("built")
