#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.
Run with /work/main/.venv/bin/python (reportlab, python-docx)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from xml.sax.saxutils import escape
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def build_pdf(name):
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    head = ParagraphStyle('head', parent=body, fontSize=15, leading=22, spaceAfter=6)
    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    story, first = [], True
    for line in lines:
        if not line.strip():
            story.append(Spacer(1, 6)); continue
        story.append(Paragraph(escape(line), head if first else body))
        first = False
    doc = SimpleDocTemplate(os.path.join(OUT, name + '.pdf'), pagesize=A4, title=lines[0],
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    doc.build(story)


def build_docx(name):
    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    d = docx.Document()
    i, first = 0, True
    while i < len(lines):
        line = lines[i]
        if ' | ' in line:  # a pipe table: consecutive lines with ' | ' become a Word table
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].split(' | ')]); i += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if line.strip():
            if first:
                d.add_heading(line, level=1); first = False
            elif line[:2] in [str(n) + '.' for n in range(1, 10)] and len(line) < 60 and not line.endswith('.'):
                d.add_heading(line, level=2)
            else:
                d.add_paragraph(line)
        i += 1
    d.save(os.path.join(OUT, name + '.docx'))


if __name__ == '__main__':
    build_pdf('h20_zh_yichang_tourism_goods_cross_border_report_2024')
    build_docx('h20_en_vancouver_seafood_federation_market_guide_2025')
    print('built')
