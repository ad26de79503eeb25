#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.

Run with the project's virtual environment (reportlab, python-docx; pypdf only to confirm
that the PDF text extracts):  /work/main/.venv/bin/python make_docs.py
Lines containing ' | ' are table rows (the first row of a block is the header).
Every other source line becomes one paragraph, so a line break in the source stays a
line break in the document.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def blocks(text):
    """Yield ('table', rows) or ('para', line) in order."""
    rows = []
    for line in text.split('\n'):
        if ' | ' in line:
            rows.append([c.strip() for c in line.split(' | ')])
            continue
        if rows:
            yield ('table', rows)
            rows = []
        if line.strip():
            yield ('para', line)
    if rows:
        yield ('table', rows)


def build_pdf(name):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    head = ParagraphStyle('head', parent=body, fontSize=12, leading=18, spaceBefore=6)
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1)
    cell = ParagraphStyle('cell', parent=body, fontSize=9.5, leading=13)

    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as f:
        text = f.read()
    story = []
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'table':
            data = [[Paragraph(escape(c), cell) for c in r] for r in val]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([
                ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ]))
            story += [t, Spacer(1, 4 * mm)]
        else:
            if i < 3:
                style = title
            elif re.match(r'^[一二三四五六七八九十]+、', val):
                style = head
            else:
                style = body
            story.append(Paragraph(escape(val), style))
    doc = SimpleDocTemplate(os.path.join(OUT, name + '.pdf'), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=text.split('\n')[1], author='')
    doc.build(story)


def build_docx(name):
    import docx
    from docx.shared import Pt

    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as f:
        text = f.read()
    d = docx.Document()
    d.core_properties.author = ''
    d.styles['Normal'].font.size = Pt(11)
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(val):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
        elif i == 0:
            d.add_heading(val, level=0)
        elif i == 1:
            d.add_heading(val, level=1)
        elif re.match(r'^\d+\. [A-Z]', val):
            d.add_heading(val, level=2)
        else:
            d.add_paragraph(val)
    d.save(os.path.join(OUT, name + '.docx'))


def main():
    for fn in sorted(os.listdir(SRC)):
        name, ext = os.path.splitext(fn)
        if ext != '.txt':
            continue
        if name.startswith('fp11_zh_'):
            build_pdf(name)
            print('built', name + '.pdf')
        else:
            build_docx(name)
            print('built', name + '.docx')
    try:
        import pypdf
        for fn in sorted(os.listdir(OUT)):
            if fn.endswith('.pdf'):
                r = pypdf.PdfReader(os.path.join(OUT, fn))
                txt = ''.join(p.extract_text() or '' for p in r.pages)
                print('pdf text check:', fn, len(re.sub(r'\s', '', txt)), 'non-space characters extracted')
    except ImportError:
        pass


if __name__ == '__main__':
    main()
