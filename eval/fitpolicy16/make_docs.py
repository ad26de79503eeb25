#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.
Run with /work/main/.venv/bin/python (reportlab, python-docx)."""
import os, re
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
    body = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    head = ParagraphStyle('h', parent=body, fontSize=12, leading=18, spaceBefore=6)
    title = ParagraphStyle('t', parent=body, fontSize=15, leading=22, alignment=1)
    lines = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    story, i = [], 0
    while i < len(lines):
        ln = lines[i].strip()
        if ln.endswith('如下（家次）：'):
            story.append(Paragraph(ln, body))
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            rows = []
            while i < len(lines) and lines[i].strip():
                rows.append([Paragraph(c.strip(), body) for c in lines[i].split('|')]); i += 1
            t = Table(rows, colWidths=[55 * mm, 35 * mm, 35 * mm, 40 * mm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black)]))
            story += [Spacer(1, 4), t, Spacer(1, 4)]
            continue
        if not ln:
            story.append(Spacer(1, 4))
        elif i < 2:
            story.append(Paragraph(ln, title))
        elif re.match(r'^[一二三四五六七八九十]+、', ln):
            story.append(Paragraph(ln, head))
        else:
            story.append(Paragraph(ln, body))
        i += 1
    SimpleDocTemplate(os.path.join(OUT, name + '.pdf'), pagesize=A4,
                      leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm).build(story)

def build_docx(name):
    import docx
    d = docx.Document()
    lines = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i].strip()
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].strip().startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if not ln:
            pass
        elif i == 0:
            d.add_heading(ln, level=0)
        elif i == 1:
            d.add_heading(ln, level=1)
        elif re.match(r'^\d+\. [A-Z]', ln) and len(ln.split()) <= 6:
            d.add_heading(ln, level=2)
        elif ln.startswith('- '):
            d.add_paragraph(ln[2:], style='List Bullet')
        else:
            d.add_paragraph(ln)
        i += 1
    d.save(os.path.join(OUT, name + '.docx'))

if __name__ == '__main__':
    for f in sorted(os.listdir(SRC)):
        name, ext = os.path.splitext(f)
        if ext != '.txt':
            continue
        if name.startswith('fp16_zh_'):
            build_pdf(name)
        else:
            build_docx(name)
        print('built', name)
