"""Build the .pdf and .docx in docs/ from the plain-text sources in docs_src/ (run with /work/main/.venv/bin/python)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
import docx
HERE = os.path.dirname(os.path.abspath(__file__))

def make_pdf(src, dst):
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    c = canvas.Canvas(dst, pagesize=A4); w, h = A4; y = h - 50
    for line in open(src, encoding='utf-8').read().split('\n'):
        chunks = [line[i:i + 38] for i in range(0, len(line), 38)] or ['']
        for ch in chunks:
            if y < 50:
                c.showPage(); y = h - 50
            c.setFont('STSong-Light', 11); c.drawString(45, y, ch); y -= 17
    c.save()

def make_docx(src, dst):
    d = docx.Document(); rows = []
    lines = open(src, encoding='utf-8').read().split('\n')
    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            rows.clear()
    for line in lines:
        if ' | ' in line:
            rows.append([x.strip() for x in line.split(' | ')]); continue
        flush()
        if line.strip():
            d.add_paragraph(line)
    flush(); d.save(dst)

make_pdf(os.path.join(HERE, 'docs_src', 'h17_zh_jiamusi_ai_translation_bulletin_2025.txt'), os.path.join(HERE, 'docs', 'h17_zh_jiamusi_ai_translation_bulletin_2025.pdf'))
make_docx(os.path.join(HERE, 'docs_src', 'h17_en_yulin_aircargo_capacity_bulletin_2024.txt'), os.path.join(HERE, 'docs', 'h17_en_yulin_aircargo_capacity_bulletin_2024.docx'))
