#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from their plain-text sources in docs_src/.

Run with /work/main/.venv/bin/python (reportlab with the STSong-Light CID font, python-docx).
The text in docs_src/ is the reference text for evidence quotes.
"""
import os, re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def build_pdf(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    head = ParagraphStyle('head', parent=body, fontSize=12, leading=20, spaceBefore=6)
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=24, alignment=1)
    lines = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    story, table = [], []

    def flush():
        if table:
            t = Table(table)
            t.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), 'STSong-Light'),
                                   ('FONTSIZE', (0, 0), (-1, -1), 9.5),
                                   ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
            story.append(t)
            story.append(Spacer(1, 4))
            table.clear()

    for i, ln in enumerate(lines):
        if re.search(r'\S {2,}\S', ln) and not ln.startswith('表'):
            table.append(re.split(r' {2,}', ln.strip()))
            continue
        flush()
        if not ln.strip():
            story.append(Spacer(1, 4))
        elif i == 0:
            story.append(Paragraph(escape(ln), title))
        elif re.match(r'^[一二三四五六七八九十]、', ln):
            story.append(Paragraph(escape(ln), head))
        else:
            story.append(Paragraph(escape(ln), body))
    flush()
    doc = SimpleDocTemplate(os.path.join(OUT, name + '.pdf'), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=lines[0], author='淮海数字贸易研究院')
    doc.build(story)


def build_docx(name):
    import docx
    d = docx.Document()
    lines = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    rows = []

    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, cells in enumerate(rows):
                for c, v in enumerate(cells):
                    t.cell(r, c).text = v
            rows.clear()

    for i, ln in enumerate(lines):
        if ln.startswith('|'):
            rows.append([c.strip() for c in ln.strip().strip('|').split('|')])
            continue
        flush()
        if not ln.strip():
            continue
        if i == 0:
            d.add_heading(ln, level=0)
        elif re.match(r'^\d+\. [A-Z][a-z]+( [a-z]+)*$', ln) or ln == 'Notes':
            d.add_heading(ln, level=1)
        else:
            d.add_paragraph(ln)
    flush()
    d.core_properties.title = lines[0]
    d.core_properties.author = 'Pacific Bridge Commerce Research'
    d.save(os.path.join(OUT, name + '.docx'))


if __name__ == '__main__':
    build_pdf('h16_zh_xuzhou_seller_ai_tools_study_2025')
    build_docx('h16_en_shantou_latam_checkout_payments_note_2025')
    print('built')
