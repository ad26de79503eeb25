#!/usr/bin/env python3
"""Build the .pdf and .docx documents in docs/ from the plain-text sources in docs_src/.
Run with /work/main/.venv/bin/python (reportlab with the STSong-Light CID font, python-docx)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'docs_src')
OUT = os.path.join(HERE, 'docs')
FONT = 'STSong-Light'
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def wrap(text, width, size):
    lines, cur = [], ''
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def is_table_row(line):
    parts = line.split(' ')
    return len(parts) == 5 and (line.startswith('线路 ') or line.startswith('惠农—'))


def build_pdf(name):
    src = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4)
    W, H = A4
    left, right, top, bottom = 56, W - 56, H - 60, 60
    y = top
    def newline(h):
        nonlocal y
        y -= h
        if y < bottom:
            c.showPage(); y = top - h
    i = 0
    while i < len(src):
        line = src[i]
        if is_table_row(line):
            rows = []
            while i < len(src) and is_table_row(src[i]):
                rows.append(src[i].split(' ')); i += 1
            colw = [120, 80, 95, 70, right - left - 365]
            size, rh = 9, 20
            for r in rows:
                if y - rh < bottom:
                    c.showPage(); y = top
                x = left
                for w, cell in zip(colw, r):
                    c.rect(x, y - rh, w, rh)
                    c.setFont(FONT, size)
                    c.drawString(x + 3, y - rh + 6, cell)
                    x += w
                y -= rh
            y -= 8
            continue
        title = i < 2
        size = 14 if title else 10.5
        if not line.strip():
            newline(8); i += 1; continue
        for part in wrap(line, right - left, size):
            newline(size + 7)
            c.setFont(FONT, size)
            c.drawString(left, y, part)
        i += 1
    c.save()


def build_docx(name):
    src = open(os.path.join(SRC, name + '.txt'), encoding='utf-8').read().split('\n')
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    i = 0
    while i < len(src):
        line = src[i]
        if ' | ' in line:
            rows = []
            while i < len(src) and ' | ' in src[i]:
                rows.append(src[i].split(' | ')); i += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
            continue
        if not line.strip():
            i += 1; continue
        if i == 0:
            d.add_heading(line, level=1)
        elif i == 1:
            d.add_heading(line, level=2)
        elif line[:2] in ('1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.') and len(line) < 40 and not line.endswith('.'):
            d.add_heading(line, level=3)
        else:
            d.add_paragraph(line)
        i += 1
    d.save(os.path.join(OUT, name + '.docx'))


if __name__ == '__main__':
    build_pdf('fp12_zh_shizuishan_huinong_land_port_rail_road_lcl_notice_2025')
    build_docx('fp12_en_aksu_dried_fruit_carpet_cooperative_testing_labelling_guide_2025')
    print('built')
