"""Build the .pdf and .docx documents from their plain-text sources in docs_src/.
Run with a Python that has reportlab and python-docx (e.g. /work/main/.venv/bin/python).
Adapted from the heldout9 builder: a table in the PDF starts at a line beginning with
'指标　' and runs until the line beginning with '注：'; a table in the Word file is a run of
tab-separated lines; 'Q<n>.' lines and 'Notes' become level-2 headings."""
import os, re
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
    head = ParagraphStyle('h', parent=body, fontSize=12, leading=20)
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
                                   ('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.whitesmoke)]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 4))
            continue
        if line.strip():
            style = title if i == 0 else (head if re.match(r'^[一二三四五六七八九十]、', line) else body)
            story.append(Paragraph(line, style))
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
            if re.match(r'^Q\d+\. ', line) or line == 'Notes':
                d.add_heading(line, level=2)
            else:
                d.add_paragraph(line)
        i += 1
    d.save(os.path.join(HERE, 'docs', name + '.docx'))

if __name__ == '__main__':
    build_pdf('h11_zh_xishuangbanna_mohan_border_trade_feature_2024')
    build_docx('h11_en_changshu_account_suspension_faq_2024')
