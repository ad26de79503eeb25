#!/usr/bin/env python3
"""Build the .pdf and .docx in docs/ from the plain text in docs_src/ (run with /work/main/.venv/bin/python)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))

def make_pdf(name):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    lines = open(os.path.join(HERE, 'docs_src', name + '.txt'), encoding='utf-8').read().split('\n')
    c = canvas.Canvas(os.path.join(HERE, 'docs', name + '.pdf'))
    y, per = 800, 36
    for line in lines:
        chunks = [line[i:i + per] for i in range(0, len(line), per)] or ['']
        for ch in chunks:
            if y < 50:
                c.showPage(); y = 800
            c.setFont('STSong-Light', 11); c.drawString(50, y, ch); y -= 17
    c.save()

def make_docx(name):
    import docx
    lines = open(os.path.join(HERE, 'docs_src', name + '.txt'), encoding='utf-8').read().split('\n')
    d = docx.Document()
    rows = [l for l in lines if ' | ' in l]
    table_done = False
    for l in lines:
        if ' | ' in l:
            if not table_done:
                t = d.add_table(rows=0, cols=len(rows[0].split(' | ')))
                t.style = 'Table Grid'
                for r in rows:
                    cells = t.add_row().cells
                    for c, v in zip(cells, r.split(' | ')):
                        c.text = v
                table_done = True
            continue
        if l.strip():
            d.add_paragraph(l)
    d.save(os.path.join(HERE, 'docs', name + '.docx'))

if __name__ == '__main__':
    make_pdf('fp9_zh_jingmen_overseas_trade_fair_summary_2025h1')
    make_docx('fp9_en_keqiao_textile_content_studio_guide_2025')
