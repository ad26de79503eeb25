#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.

Run with /work/main/.venv/bin/python (reportlab, python-docx). Each source line becomes one
paragraph; the first line is the title. In the PDF source, lines starting with '|' form a table
(cells separated by '|'); in the DOCX source, lines containing ' | ' form a Word table.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')

PDF_NAME = 'fp14_zh_dongying_export_certification_support_evaluation_2024'
DOCX_NAME = 'fp14_en_yixing_ceramics_breakage_claims_guide_2025'


def read_lines(stem):
    with open(os.path.join(SRC, stem + '.txt'), encoding='utf-8') as f:
        return f.read().split('\n')


def build_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=6)
    cell = ParagraphStyle('cell', parent=body, fontSize=9.5, leading=13)

    lines = read_lines(PDF_NAME)
    story, rows = [], []

    def flush():
        if rows:
            t = Table([[Paragraph(c, cell) for c in r] for r in rows], hAlign='CENTER')
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.extend([t, Spacer(1, 4 * mm)])
            rows.clear()

    for i, line in enumerate(lines):
        if line.startswith('|'):
            rows.append(line[1:].split('|'))
            continue
        flush()
        if not line.strip():
            continue
        story.append(Paragraph(line, title if i == 0 else body))
    flush()
    doc = SimpleDocTemplate(os.path.join(OUT, PDF_NAME + '.pdf'), pagesize=A4,
                            leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=lines[0], author='东营市品牌出海促进办公室（虚构）')
    doc.build(story)


def build_docx():
    import docx
    lines = read_lines(DOCX_NAME)
    d = docx.Document()
    rows = []

    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            rows.clear()

    for i, line in enumerate(lines):
        if ' | ' in line:
            rows.append([c.strip() for c in line.split(' | ')])
            continue
        flush()
        if not line.strip():
            continue
        if i == 0:
            d.add_heading(line, level=1)
        else:
            d.add_paragraph(line)
    flush()
    d.core_properties.title = lines[1]
    d.save(os.path.join(OUT, DOCX_NAME + '.docx'))


if __name__ == '__main__':
    build_pdf()
    build_docx()
    print('built', PDF_NAME + '.pdf', DOCX_NAME + '.docx')
