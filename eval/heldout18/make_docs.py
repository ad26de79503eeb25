#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from their plain-text sources in docs_src/.

Run with /work/main/.venv/bin/python (needs reportlab and python-docx).
Conventions in docs_src/: the first line is the title; lines containing a TAB are table rows
(consecutive rows form one table, cells separated by TAB); lines starting with "- " are bullets.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def blocks(lines):
    """Group lines into ('title'|'heading'|'para'|'bullet'|'table', payload)."""
    out, table = [], []
    for i, line in enumerate(lines):
        if '\t' in line:
            table.append(line.split('\t'))
            continue
        if table:
            out.append(('table', table)); table = []
        if not line.strip():
            continue
        if i == 0:
            out.append(('title', line))
        elif re.match(r'^[一二三四五六七八九十]+、', line) or re.match(r'^\d+\. [A-Z]', line):
            out.append(('heading', line))
        elif line.startswith('- '):
            out.append(('bullet', line[2:]))
        else:
            out.append(('para', line))
    if table:
        out.append(('table', table))
    return out


def build_pdf(src, dst):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK', spaceAfter=3)
    head = ParagraphStyle('head', parent=body, fontSize=12, leading=18, spaceBefore=6)
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=8)
    cell = ParagraphStyle('cell', parent=body, fontSize=9, leading=12, spaceAfter=0)
    lines = open(src, encoding='utf-8').read().split('\n')
    story = []
    for kind, p in blocks(lines):
        if kind == 'table':
            data = [[Paragraph(c, cell) for c in row] for row in p]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 4 * mm)]
        else:
            style = {'title': title, 'heading': head}.get(kind, body)
            story.append(Paragraph(('• ' + p) if kind == 'bullet' else p, style))
    doc = SimpleDocTemplate(dst, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=lines[0], author='invented', subject='invented evaluation document')
    doc.build(story)


def build_docx(src, dst):
    import docx
    d = docx.Document()
    lines = open(src, encoding='utf-8').read().split('\n')
    d.core_properties.title = lines[0]
    d.core_properties.author = 'invented'
    for kind, p in blocks(lines):
        if kind == 'title':
            d.add_heading(p, level=1)
        elif kind == 'heading':
            d.add_heading(p, level=2)
        elif kind == 'bullet':
            d.add_paragraph(p, style='List Bullet')
        elif kind == 'table':
            t = d.add_table(rows=len(p), cols=len(p[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(p):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
        else:
            d.add_paragraph(p)
    d.save(dst)


def main():
    for name in sorted(os.listdir(SRC)):
        stem = os.path.splitext(name)[0]
        src = os.path.join(SRC, name)
        if stem.startswith('h18_zh_linxia'):
            build_pdf(src, os.path.join(OUT, stem + '.pdf'))
        elif stem.startswith('h18_en_guangzhou'):
            build_docx(src, os.path.join(OUT, stem + '.docx'))
        print('built', stem)


if __name__ == '__main__':
    main()
