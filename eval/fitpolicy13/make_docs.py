#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.

Run with /work/main/.venv/bin/python (reportlab with the STSong-Light CID font, python-docx).
Each source line becomes one paragraph; the first line is the title; consecutive lines that
start with '|' become a table (cells separated by '|').
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')


def blocks(text):
    lines = [l for l in text.split('\n') if l.strip()]
    out, table = [], []
    for l in lines:
        if l.startswith('|'):
            table.append([c.strip() for c in l.strip('|').split('|')])
            continue
        if table:
            out.append(('table', table)); table = []
        out.append(('para', l))
    if table:
        out.append(('table', table))
    return out


def make_pdf(name, text):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK', spaceAfter=4)
    title = ParagraphStyle('t', parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=10)
    story = []
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'para':
            story.append(Paragraph(escape(val), title if i == 0 else body))
        else:
            t = Table([[Paragraph(escape(c), body) for c in row] for row in val])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey)]))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(os.path.join(OUT, name + '.pdf'), pagesize=A4,
                      title=blocks(text)[0][1]).build(story)


def make_docx(name, text):
    import docx
    d = docx.Document()
    for i, (kind, val) in enumerate(blocks(text)):
        if kind == 'para':
            if i == 0:
                d.add_heading(val, level=1)
            else:
                d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.save(os.path.join(OUT, name + '.docx'))


def main():
    for f in sorted(os.listdir(SRC)):
        name = os.path.splitext(f)[0]
        with open(os.path.join(SRC, f), encoding='utf-8') as fh:
            text = fh.read()
        if '_zh_' in name:
            make_pdf(name, text)
        else:
            make_docx(name, text)
        print('built', name)


if __name__ == '__main__':
    main()
