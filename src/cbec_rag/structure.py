"""Heading detection for Chinese policy/report documents and English reports.

A heading is recognised by its *kind* (一、 / （一） / 1. / 1.1 / 第X章 / 案例 N / 摘要 ...).
Levels are not fixed per kind: a document's ladder is inferred from the kinds it
actually uses, ordered by a canonical nesting (第X章 above 一、 above （一） above 1.
above 1.1 ...), so a report that starts at ``1.`` has ``1.`` as its top level.

Captions (图 N / 表 N) and table-of-contents lines are recognised too; they are not
section headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十百零〇两"

# (kind, pattern) in canonical nesting order; earlier = higher level.
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"^第[{_CN_NUM}\d]+\s*[编部篇]")),
    ("chapter", re.compile(rf"^(第[{_CN_NUM}\d]+\s*章|(chapter|part)\s+([\dIVXivx]+)\b)", re.I)),
    (
        "named",
        re.compile(
            r"^(\d+[.．、]?\s*)?(摘\s*要|引\s*言|前\s*言|序\s*言|结\s*语|结\s*论|总\s*结|参考文献|附\s*录|致\s*谢"
            r"|abstract|introduction|conclusions?|references|summary|appendix)\s*[:：]?$",
            re.I,
        ),
    ),
    ("cn_num", re.compile(rf"^[{_CN_NUM}]{{1,3}}\s*[、.．]")),
    ("section", re.compile(rf"^第[{_CN_NUM}\d]+\s*节")),
    ("cn_paren", re.compile(rf"^[（(]\s*[{_CN_NUM}]{{1,3}}\s*[）)]")),
    ("case", re.compile(r"^(案例|专栏|案例分析)\s*\d{1,3}(?!\d)")),
    ("arabic3", re.compile(r"^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?![.．]?\d)\.?(?!%)")),
    (
        "arabic2",
        re.compile(
            r"^\d{1,2}[.．]\d{1,2}(?![.．]?\d)(?!\s*[%％万亿元倍个家年月日千百米吨])(?=\s|[^\x00-\x7f])"
        ),
    ),
    (
        "arabic",
        re.compile(
            r"^\d{1,2}\s*(?:[.．、](?!\d)|\s+(?=[A-Z]))|^\d{1,2}\s+(?=[\u4e00-\u9fff][^，。,；]{1,28}$)"
        ),
    ),
    ("paren_arabic", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
]
KIND_ORDER = {kind: i for i, (kind, _) in enumerate(_KINDS)}
# Markdown ATX headings ("## 一、总体情况") say their level themselves, above every other kind
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")
KIND_ORDER.update({f"md{n}": n - 7 for n in range(1, 7)})
# a sentence end with more text after it: "（四）加强风险防范。指导企业……" is a run-in heading
_INNER_STOP = re.compile(r"[。；;！？!?](?=\s*\S)")

_CAPTION = re.compile(
    r"^(图|表|图表|figure|fig\.|table)\s*\d{1,3}(?:[-.．]\d{1,3})?(?!\d)(?![年月日%])", re.I
)
_TOC_TAIL = re.compile(r"(\.{3,}|…{2,}|·{3,}|\t)\s*\d{1,4}\s*$")
_TOC_TITLE = re.compile(r"^(目\s*录|contents|table of contents)$", re.I)
_RUN_IN_STOP = re.compile(r"[。；;：:！？!?]")
_SENTENCE_END = re.compile(r"[。！？!?；;]$|\.$")

MAX_HEADING_CHARS = 60  # a whole-line heading longer than this is a numbered paragraph
MAX_RUN_IN_CHARS = 40  # "1.标题。正文…": the heading is the part before the first stop


@dataclass(frozen=True)
class Heading:
    kind: str
    text: str  # the heading as it should appear in a section path
    run_in: bool  # True when the heading is the first clause of a longer paragraph


def _compact(line: str) -> str:
    return re.sub(r"\s+", "", line)


def is_caption(line: str) -> bool:
    """``图 3 …`` / ``表 2 …`` / ``Figure 1`` captions (short lines only)."""
    s = line.strip()
    return bool(_CAPTION.match(s)) and len(_compact(s)) <= 80 and not _SENTENCE_END.search(s)


def is_toc_line(line: str) -> bool:
    """A table-of-contents entry: heading- or caption-like text ending in a page number."""
    s = line.strip()
    if _TOC_TITLE.match(_compact(s)):
        return True
    if not _TOC_TAIL.search(line.rstrip()):
        return False
    head = _TOC_TAIL.sub("", line.rstrip()).strip()
    return bool(head) and (classify_heading(head) is not None or is_caption(head) or "..." in line)


def is_markdown_heading(line: str) -> bool:
    """``# Title`` / ``## 一、总体情况``: an ATX heading line of a Markdown document."""
    return bool(_MD_HEADING.match(line.strip()))


def classify_heading(line: str) -> Heading | None:
    """Return the heading on this (stripped, whitespace-normalised) line, or None."""
    s = line.strip()
    if not s:
        return None
    md = _MD_HEADING.match(s)
    if md:
        return Heading(f"md{len(md.group(1))}", md.group(2).strip(), run_in=False)
    for kind, pattern in _KINDS:
        if not pattern.match(s):
            continue
        compact = _compact(s)
        inner = _INNER_STOP.search(s)
        whole = not (inner and kind != "named" and inner.start() <= MAX_RUN_IN_CHARS)
        if (
            whole
            and len(compact) <= MAX_HEADING_CHARS
            and not (kind.startswith("arabic") and _SENTENCE_END.search(s))
        ):
            if kind == "arabic" and len(compact) <= 3:
                return None  # a bare "1." is a list mark, not a heading
            return Heading(kind, s, run_in=False)
        stop = _RUN_IN_STOP.search(s)
        if stop and stop.start() <= MAX_RUN_IN_CHARS and kind not in ("named",):
            return Heading(kind, s[: stop.start()].strip(), run_in=True)
        return None
    return None


# a label that opens the body (摘要, Abstract, 关键词, 引言, 目录 ...): a title comes before it
_BODY_LABEL = re.compile(
    r"^[【\[（(]?\s*(?:摘\s*要|内\s*容\s*提\s*要|提\s*要|关\s*键\s*词|引\s*言|前\s*言|目\s*录|正\s*文"
    r"|abstract|key\s*words?|introduction|contents|summary)\s*[】\]）)]?\s*(?:[:：].*)?$",
    re.IGNORECASE,
)
# running text, not a title: a line that stops after a clause (comma, colon, opening bracket...)
_CLAUSE_END = re.compile(r"[，,、；;：:（(“‘《—-]$")
# ...or holds a clause break of Chinese running text inside it
_CLAUSE_INSIDE = re.compile(r"[，；。！？](?=\s*\S)")
# an English line cut inside a sentence: it starts in lower case or ends with a function word
_EN_CUT = re.compile(
    r"^[a-z]|\b(?:[Aa]nd|[Oo]r|[Oo]f|[Tt]he|an?|[Ii]n|[Oo]n|[Ff]or|[Tt]o|[Ww]ith|[Bb]y|[Ff]rom|at|as|its|their)$"
)
# a line this long that reads as running text means the body has started
_BODY_TEXT_CHARS = 20
# the kind of document that ends an official title (…工作方案, …的通知): set on a line of its own
# under the title's first line, it is the title's end
_DOC_KIND_END = re.compile(
    r"(?:方案|意见|通知|办法|规定|规划|报告|决定|细则|指引|指南|公告|措施|纲要|条例|批复|函|白皮书|汇编)$"
)


def _running_text(s: str) -> bool:
    if _SENTENCE_END.search(s) or _CLAUSE_END.search(s) or _CLAUSE_INSIDE.search(s):
        return True
    if not re.search(r"[\u4e00-\u9fff]", s) and re.search(r"[A-Za-z]", s):
        return bool(_EN_CUT.search(s)) and len(s.split()) > 3
    return False


def guess_title(lines: list[str]) -> str:
    """A document title from its first meaningful lines (used when metadata has none), or "".

    A title is a line before the body: never running text (a sentence, or a line of one cut by
    the page width: it ends after a comma or in mid-clause, holds a clause break, or in English
    starts in lower case or ends with a function word). The search stops at a label that opens
    the body (摘要, Abstract, 关键词, 引言, 目录...) and at the first long line of running text, so
    a document without a title line gets "" (the caller then uses the file name)."""
    for i, raw in enumerate(lines[:40]):
        s = re.sub(r"\s+", " ", raw).strip()
        md = _MD_HEADING.match(s)
        if md:
            if len(md.group(1)) == 1:
                return md.group(2).strip()  # a Markdown document's "# Title"
            continue
        if _BODY_LABEL.match(s):
            return ""
        compact = _compact(s)
        if _running_text(s):
            if len(compact) >= _BODY_TEXT_CHARS:
                return ""
            continue
        if not (4 <= len(compact) <= 60):
            continue
        if classify_heading(s) or is_caption(s) or is_toc_line(raw):
            continue
        if re.fullmatch(r"[\d\s年月日期第总().,（）:：/-]+", s):
            continue
        if re.search(r"[【】]|^[A-Za-z ,.'’-]+$", s) and not re.search(r"[\u4e00-\u9fff]", s):
            if len(s.split()) > 12:
                continue
        title = s
        for nxt in lines[i + 1 : i + 3]:
            t = re.sub(r"\s+", " ", nxt).strip()
            if t.startswith(("——", "--", "—")) and len(_compact(t)) <= 60:
                title = f"{title} {t}"
                break
            tail = _compact(t)
            if (
                tail
                and len(tail) <= 12
                and _DOC_KIND_END.search(tail)
                and not _DOC_KIND_END.search(_compact(s))
                and not (classify_heading(t) or _running_text(t))
            ):
                title = f"{title}{tail}"  # "…综合试验区" + "实 施 方 案": one title over two lines
                break
        return title
    return ""
