"""Build the .pdf and .docx documents in docs/ from their plain-text sources in docs_src/.

Run with a Python that has reportlab and python-docx, e.g.
    /work/main/.venv/bin/python make_docs.py
A line containing " | " is a table row; consecutive rows form one table.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from xml.sax.saxutils import escape
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def blocks(text):
    """Yield ('p', line) / ('blank', '') / ('table', [rows])."""
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        if ' | ' in lines[i]:
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].split(' | ')])
                i += 1
            yield 'table', rows
            continue
        yield ('p', lines[i]) if lines[i].strip() else ('blank', '')
        i += 1


def make_pdf(src, dst):
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK')
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=TA_CENTER)
    sub = ParagraphStyle('sub', parent=body, alignment=TA_CENTER)
    cell = ParagraphStyle('cell', parent=body, fontSize=9, leading=13)
    text = open(src, encoding='utf-8').read()
    story, n = [], 0
    for kind, val in blocks(text):
        if kind == 'blank':
            story.append(Spacer(1, 4))
            continue
        if kind == 'table':
            data = [[Paragraph(escape(c), cell) for c in row] for row in val]
            t = Table(data, colWidths=[24 * mm, 38 * mm, 34 * mm, 38 * mm, 30 * mm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 4)]
            continue
        n += 1
        style = title if n == 1 else sub if n <= 4 and len(val) < 30 else body
        story.append(Paragraph(escape(val), style))
    SimpleDocTemplate(dst, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(story)


def make_docx(src, dst):
    d = docx.Document()
    text = open(src, encoding='utf-8').read()
    n = 0
    for kind, val in blocks(text):
        if kind == 'blank':
            continue
        if kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(val):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        n += 1
        if n == 1:
            d.add_heading(val, level=1)
        elif val[:2].rstrip('.').isdigit() and '. ' in val[:4] and len(val) < 40:
            d.add_heading(val, level=2)
        else:
            d.add_paragraph(val)
    d.save(dst)


if __name__ == '__main__':
    for f in sorted(os.listdir(SRC)):
        base = os.path.splitext(f)[0]
        src = os.path.join(SRC, f)
        if base.startswith('fp10_zh_'):
            make_pdf(src, os.path.join(OUT, base + '.pdf'))
            print('built', base + '.pdf')
        else:
            make_docx(src, os.path.join(OUT, base + '.docx'))
            print('built', base + '.docx')
