#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from their plain-text sources in docs_src/.

Run with a python that has reportlab and python-docx, e.g.
    /work/main/.venv/bin/python make_docs.py
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')

PDF_NAME = 'h19_zh_luohe_pet_food_supplies_export_survey_2024'
DOCX_NAME = 'h19_en_dongyang_eu_vat_oss_seller_memo_2025'


def read_lines(name):
    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as f:
        return f.read().split('\n')


def build_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('body', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1, spaceAfter=6)
    head = ParagraphStyle('head', parent=body, fontSize=12, leading=18, spaceBefore=6)
    lines = read_lines(PDF_NAME)
    story = []
    table_rows = []

    def flush_table():
        if table_rows:
            t = Table(table_rows, hAlign='LEFT')
            t.setStyle(TableStyle([
                ('FONTNAME', (0, 0), (-1, -1), 'STSong-Light'),
                ('FONTSIZE', (0, 0), (-1, -1), 9.5),
                ('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ]))
            story.append(t)
            story.append(Spacer(1, 4))
            table_rows.clear()

    for i, line in enumerate(lines):
        s = line.strip()
        if re.search(r'\S\s{2,}\S', s) and not s.startswith('表'):
            table_rows.append(re.split(r'\s{2,}', s))
            continue
        flush_table()
        if not s:
            story.append(Spacer(1, 4))
        elif i == 0:
            story.append(Paragraph(s, title))
        elif re.match(r'^[一二三四五六七八九十]、', s):
            story.append(Paragraph(s, head))
        else:
            story.append(Paragraph(s, body))
    flush_table()
    doc = SimpleDocTemplate(os.path.join(OUT, PDF_NAME + '.pdf'), pagesize=A4,
                            leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=lines[0], author='漯河市食品产业跨境电商协会')
    doc.build(story)


def build_docx():
    import docx
    from docx.shared import Pt
    lines = read_lines(DOCX_NAME)
    d = docx.Document()
    d.core_properties.title = lines[0]
    d.core_properties.author = 'Hengwood Cross-Border Tax Advisory'
    d.add_heading(lines[0], level=1)
    i = 1
    while i < len(lines):
        s = lines[i].rstrip()
        if not s:
            i += 1
            continue
        if ' | ' in s:
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].split(' | ')])
                i += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        if re.match(r'^\d\. [A-Z]', s) and len(s) < 50:
            d.add_heading(s, level=2)
            i += 1
            continue
        p = d.add_paragraph()
        p.add_run(s)
        # a sentence broken across two source lines stays one paragraph with a line break
        while i + 1 < len(lines) and lines[i + 1][:1].islower():
            p.runs[-1].add_break()
            p.add_run(lines[i + 1].rstrip())
            i += 1
        i += 1
    for p in d.paragraphs:
        for run in p.runs:
            run.font.size = Pt(11)
    d.save(os.path.join(OUT, DOCX_NAME + '.docx'))


if __name__ == '__main__':
    build_pdf()
    build_docx()
    print('built', PDF_NAME + '.pdf', DOCX_NAME + '.docx')
