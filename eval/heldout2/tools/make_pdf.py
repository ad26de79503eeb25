"""Render docs_src/h2_zh_xinjiang_central_asia_paper.txt to docs/*.pdf (reportlab, STSong-Light)."""
import os, re
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = 'h2_zh_xinjiang_central_asia_paper'
SRC = os.path.join(HERE, 'docs_src', NAME + '.txt')
OUT = os.path.join(HERE, 'docs', NAME + '.pdf')
FONT = 'STSong-Light'
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

W, H = A4
LM, RM, TM, BM = 60, 60, 60, 60
SIZE, LEAD = 10.5, 17

def wrap(line, width, size):
    out, cur = [], ''
    for ch in line:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out or ['']

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('新疆跨境电商面向中亚市场发展的现状、制约与对策')
c.setAuthor('invented for held-out evaluation')
y = H - TM

def newline(lead=LEAD):
    global y
    y -= lead
    if y < BM:
        c.showPage(); y = H - TM

lines = open(SRC, encoding='utf-8').read().split('\n')
in_table = False
for i, line in enumerate(lines):
    if line.startswith('表1'):
        in_table = True
    if in_table and line.startswith('资料来源'):
        in_table = False
    if i < 2:
        size = 15 if i == 0 else 12
        c.setFont(FONT, size)
        c.drawCentredString(W / 2, y, line); newline(24); continue
    if not line.strip():
        newline(6); continue
    if in_table and not line.startswith('表1'):
        cells = line.split('　')
        c.setFont(FONT, 9.5)
        xs = [LM, LM + 60, LM + 170, LM + 270, LM + 370]
        for x, cell in zip(xs, cells):
            c.setFont(FONT, 9.5)
            c.drawString(x, y, cell)
        newline(); continue
    c.setFont(FONT, SIZE)
    for seg in wrap(line, W - LM - RM, SIZE):
        c.setFont(FONT, SIZE)
        c.drawString(LM, y, seg); newline()
c.save()
print('wrote', OUT)
