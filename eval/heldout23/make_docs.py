"""Build the .pdf and .docx documents from their plain-text sources in docs_src/.
Run with a Python that has reportlab and python-docx (e.g. /work/main/.venv/bin/python)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
import docx

HERE = os.path.dirname(os.path.abspath(__file__))

def build_pdf(name):
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    src = open(os.path.join(HERE, 'docs_src', name + '.txt'), encoding='utf-8').read().split('\n')
    body = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    title = ParagraphStyle('t', parent=body, fontSize=16, leading=24, alignment=1)
    story = []
    i = 0
    while i < len(src):
        line = src[i]
        if line.startswith('指标　'):
            rows = []
            while i < len(src) and not src[i].startswith('注：'):
                rows.append([c for c in src[i].replace('\u3000', ' ').split(' ') if c])
                i += 1
            t = Table(rows)
            t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'STSong-Light', 10),
                                   ('GRID', (0, 0), (-1, -1), 0.5, colors.grey)]))
            story.append(t)
            continue
        if line.strip():
            story.append(Paragraph(line, title if i == 0 else body))
        else:
            story.append(Spacer(1, 6))
        i += 1
    SimpleDocTemplate(os.path.join(HERE, 'docs', name + '.pdf'), pagesize=A4).build(story)

def build_docx(name):
    src = open(os.path.join(HERE, 'docs_src', name + '.txt'), encoding='utf-8').read().split('\n')
    d = docx.Document()
    i = 0
    while i < len(src):
        line = src[i]
        if i == 0:
            d.add_heading(line, level=1)
        elif '\t' in line:
            rows = []
            while i < len(src) and '\t' in src[i]:
                rows.append(src[i].split('\t'))
                i += 1
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    tb.cell(r, c).text = cell
            continue
        elif line.strip():
            if line[:2] in ('1.', '2.', '3.', '4.', '5.', '6.', '7.') and len(line) < 40:
                d.add_heading(line, level=2)
            else:
                d.add_paragraph(line)
        i += 1
    d.save(os.path.join(HERE, 'docs', name + '.docx'))

if __name__ == '__main__':
    build_pdf('h23_zh_zibo_linzi_yiyuan_glass_breakage_claims_report_2024')
    build_docx('h23_en_dubai_home_goods_importers_zibo_buying_guide_2025')
