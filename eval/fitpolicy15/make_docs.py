#!/usr/bin/env python
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.

Run with /work/main/.venv/bin/python (needs reportlab and python-docx).
Lines containing " | " are rendered as table rows; every other line is one paragraph
(so a sentence broken by a newline in the source becomes two paragraphs).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')

PDF_STEM = 'fp15_zh_shaoyang_hair_products_africa_air_charter_subsidy_notice_2025'
DOCX_STEM = 'fp15_en_pingxiang_africa_eastern_europe_specialist_training_review_2025'


def blocks(text):
    """Yield ('p', line) or ('table', [rows]) in order."""
    rows = []
    for line in text.split('\n'):
        if ' | ' in line:
            rows.append([c.strip() for c in line.split(' | ')])
            continue
        if rows:
            yield ('table', rows)
            rows = []
        if line.strip():
            yield ('p', line)
    if rows:
        yield ('table', rows)


def make_pdf(stem):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16,
                          wordWrap='CJK', spaceAfter=4)
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=8)
    cell = ParagraphStyle('cell', parent=body, fontSize=9.5, leading=13, spaceAfter=0)
    with open(os.path.join(SRC, stem + '.txt'), encoding='utf-8') as f:
        text = f.read()
    story = []
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'p':
            story.append(Paragraph(val, title if i == 0 else body))
        else:
            data = [[Paragraph(c, cell) for c in r] for r in val]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([
                ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(os.path.join(OUT, stem + '.pdf'), pagesize=A4,
                            title=stem, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=56)
    doc.build(story)


def make_docx(stem):
    import docx
    with open(os.path.join(SRC, stem + '.txt'), encoding='utf-8') as f:
        text = f.read()
    d = docx.Document()
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'p':
            if i == 0:
                d.add_heading(val, level=1)
            elif val[:2].rstrip('.').isdigit() and val[1:3] == '. ' and len(val) < 60:
                d.add_heading(val, level=2)
            else:
                d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(val):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
    d.save(os.path.join(OUT, stem + '.docx'))


if __name__ == '__main__':
    make_pdf(PDF_STEM)
    make_docx(DOCX_STEM)
    print('built', PDF_STEM + '.pdf', DOCX_STEM + '.docx')
