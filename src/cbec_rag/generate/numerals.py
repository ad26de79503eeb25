"""Numbers written in words, read as the digits they mean: "three" -> 3, "twenty-five" -> 25,
"三个" -> 3, "二十" -> 20, "一百零五" -> 105, "百分之三十" -> 30%, "二〇二三年" -> 2023,
"三千五百万" -> 3500 (the unit 万 left alone, as in "3500万").

An answer checker compares the figures of a claim with those of the sentence it cites; a figure
written in words on one side and in digits on the other is the same figure.

English: the words one..nineteen, the tens twenty..ninety, "hundred" and "thousand", joined by
spaces, hyphens or "and" ("two hundred and five"). A magnitude word after them (million,
billion, trillion) is left alone, as it is after digits ("3 million" and "three million" both
give 3). A month named next to a day or year number is its number ("March 2015" gives 3 and
2015, as "2015年3月" does).

Chinese: a run of numeral characters (一二两三四五六七八九十百千万亿零〇) is read as a number when
it is unambiguous: a run of two or more characters that parses as a numeral ("二十", "三百五十",
"一百零五"), a run of four or more digit characters read digit by digit ("二〇二三"), or a single
numeral followed by a measure word or unit ("三个", "两家", "五倍", "三大"). A run right after a
digit ("2.38万亿") is a unit, not a number; one after 第 is an ordinal ("第三"); one after 几/数
("数十个") is no figure; a run that does not parse ("十二五") is no number. A 万/亿 that ends a run
is its unit, left alone as after digits ("三万亿" gives 3, like "3万亿").

English renderings, for an English answer over a Chinese sentence (:func:`find_amounts`,
:func:`find_percents`, :func:`find_dates`): an amount with its magnitude and unit in English
numerals ("7万亿元" -> "7 trillion yuan", "31,406.2万元" -> "314.062 million yuan", "三千万元" ->
"30 million yuan"), a share ("百分之三十" -> "30%", "1.5个百分点" -> "1.5 percentage points") and a
date ("2017年3月" -> "March 2017", "2021年上半年" -> "the first half of 2021"). Each is a span of
the text with its English form; a measure word with no unit in English ("38列") gives the number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

_EN_UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_EN_TENS = {
    w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_EN_SCALES = {"hundred": 100, "thousand": 1000}
_EN_WORD = "|".join(sorted([*_EN_UNITS, *_EN_TENS, *_EN_SCALES], key=len, reverse=True))
_EN_RUN = re.compile(rf"\b(?:{_EN_WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_EN_WORD}))*\b", re.I)

_MONTHS = {
    m: n
    for n, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
# a month name next to a day or year number ("March 2015", "1 May"): "may" alone is a verb
_EN_MONTH = re.compile(rf"\b({'|'.join(_MONTHS)})\b(?=\s+\d)|(?<=\d\s)({'|'.join(_MONTHS)})\b", re.I)

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10**4, "亿": 10**8}
_ZH_RUN = re.compile("[零〇一二两三四五六七八九十百千万亿]+")
# what a single numeral counts or measures ("三个", "两家", "五倍", "三大"): it is then a figure
_ZH_MEASURE = frozenset(
    "个家项座所名条批次年月日天倍成元人位种类大省市国张件台架艘吨户款份支只层级期届轮篇部页岁周"
)
_ZH_NOT_AFTER = frozenset("第几数")  # 第三: an ordinal; 几十/数十: "some tens"
_PERCENT_OF = "百分之"


class Figure(NamedTuple):
    """A figure of a text: where it is, how it is written and what it may mean."""

    start: int
    end: int
    label: str  # normalised as written: "1.83", "12.4%", "31250.5"; words as digits: "3" for 三个
    values: frozenset[Decimal | str]  # the number, and with its unit: "200万" -> 200 and 2000000
    word: bool = False  # written in words


# digits (thousands separators and decimals), an optional percent sign
_DIGITS = re.compile(r"\d+(?:[.,，]\d+)*\s*(?:%|％)?")
# a magnitude after a number: "200万", "2.38万亿", "2 million"
_MAGNITUDE = re.compile(r"\s*(万亿|千万|百万|亿|万|million\b|billion\b|trillion\b|thousand\b)", re.I)
_FACTOR = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "亿": 10**8,
    "万": 10**4,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}


def _values(number: str, unit: str) -> frozenset[Decimal | str]:
    """A number's readings: itself and, after a magnitude, its full value (text when it is no
    number, e.g. a section number "1.2.3")."""
    try:
        n = Decimal(number.rstrip("%"))
    except InvalidOperation:
        return frozenset({number})
    out: set[Decimal | str] = {n}
    if unit:
        out.add(n * _FACTOR[unit.lower()])
    return frozenset(out)


def find_figures(text: str, *, words: bool = True, ones: bool = True) -> list[Figure]:
    """The figures of ``text`` in order: digits (thousands separators dropped) and, with ``words``,
    numbers written in words. Without ``ones``, a 1 written as a word ("one of them", "一个")
    is left out: it is more often an article than a count."""
    out: list[Figure] = []
    for m in _DIGITS.finditer(text):
        label = re.sub(r"[\s,，]", "", m.group()).replace("％", "%")
        if not label.rstrip("%"):
            continue
        unit = ""
        if not label.endswith("%"):
            mm = _MAGNITUDE.match(text, m.end())
            unit = mm.group(1) if mm else ""
        out.append(Figure(m.start(), m.end(), label, _values(label, unit)))
    if words:
        out.extend(f for f in _spelled(text) if ones or f.label != "1")
    return sorted(out)


def _en_value(words: list[str]) -> int | None:
    """The value of a run of English number words (None when they are two numbers, not one)."""
    total, current, last = 0, 0, ""
    for w in words:
        if w in _EN_UNITS:
            v = _EN_UNITS[w]
            if last in ("unit", "teen") or (last == "ten" and (v == 0 or v >= 10)):
                return None  # "three four", "twenty twelve"
            current += v
            last = "teen" if v >= 10 else "unit"
        elif w in _EN_TENS:
            if last in ("unit", "teen", "ten"):
                return None
            current += _EN_TENS[w]
            last = "ten"
        elif w == "hundred":
            if last in ("ten", "hundred"):
                return None
            current = (current or 1) * 100
            last = "hundred"
        else:  # thousand
            if last == "thousand":
                return None
            total += (current or 1) * 1000
            current = 0
            last = "thousand"
    return total + current


def _zh_value(run: str) -> int | None:
    """The value of a Chinese numeral (None when it is not one)."""
    if len(run) >= 4 and all(ch in _ZH_DIGITS for ch in run):
        return int("".join(str(_ZH_DIGITS[ch]) for ch in run))  # 二〇二三
    yi, wan, section, digit = 0, 0, 0, None  # parts counted in 亿, in 万, below 万; the pending digit
    prev = ""
    for ch in run:
        if ch in _ZH_DIGITS:
            if digit not in (None, 0) or (digit is None and prev in _ZH_DIGITS and prev not in "零〇"):
                return None  # two digits in a row: "十二五", "三五"
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_SMALL:
            if digit is None and not (ch == "十" and prev in ("", "零", "〇", *_ZH_BIG)):
                return None  # "百姓", "千方": a unit with no digit before it
            section += (1 if digit is None else digit) * _ZH_SMALL[ch]
            digit = None
        elif ch == "万":
            n = section + (digit or 0)
            if not n or wan:
                return None  # "万一"
            wan, section, digit = n * _ZH_BIG[ch], 0, None
        else:  # 亿, also after 万 ("三万亿")
            n = wan + section + (digit or 0)
            if not n:
                return None
            yi, wan, section, digit = yi + n * _ZH_BIG[ch], 0, 0, None
        prev = ch
    return yi + wan + section + (digit or 0)


def _spelled(text: str) -> list[Figure]:
    """The numbers written in words in ``text`` (see the module docstring)."""
    out: list[Figure] = []
    for m in _EN_RUN.finditer(text):
        words = [w for w in re.split(r"[\s-]+", m.group().lower()) if w != "and"]
        value = _en_value(words)
        if value is not None:
            mm = _MAGNITUDE.match(text, m.end())
            unit = mm.group(1) if mm and mm.group(1).isascii() else ""
            out.append(Figure(m.start(), m.end(), str(value), _values(str(value), unit), True))
    for m in _EN_MONTH.finditer(text):
        month = str(_MONTHS[m.group().lower()])
        out.append(Figure(m.start(), m.end(), month, _values(month, ""), True))
    for m in _ZH_RUN.finditer(text):
        run, start = m.group(), m.start()
        before = text[start - 1] if start else " "
        if before.isdigit() or before in ".．" or before in _ZH_NOT_AFTER:
            continue
        pct = text.endswith(_PERCENT_OF, 0, start)
        if run.startswith(_PERCENT_OF[:1]) and text.startswith(_PERCENT_OF, start):
            continue  # "百分之" itself: the number follows it
        after = text[m.end()] if m.end() < len(text) else " "
        if len(run) == 1 and not pct and after not in _ZH_MEASURE:
            continue  # "一些", "统一", "十分": a lone numeral that counts nothing
        number, unit = run, ""
        head = run.rstrip("万亿")
        if head != run and not any(ch in _ZH_BIG for ch in head):
            # "三万亿", "三千五百万": the number before its unit, as after digits ("3万亿")
            number, unit = head, run[len(head) :]
        value = _zh_value(number) if number else None
        if value is None or unit not in ("", *_FACTOR):
            continue
        start -= len(_PERCENT_OF) if pct else 0
        label = f"{value}%" if pct else str(value)
        out.append(Figure(start, m.end(), label, _values(str(value), unit), True))
    return out


# -- English renderings ---------------------------------------------------------------------------

CURRENCIES = {
    "元": "yuan",
    "人民币": "yuan",
    "美元": "US dollars",
    "欧元": "euros",
    "港元": "Hong Kong dollars",
    "日元": "yen",
    "英镑": "pounds sterling",
}
MEASURES = {
    "平方公里": "square kilometres",
    "平方米": "square metres",
    "立方米": "cubic metres",
    "公顷": "hectares",
    "公里": "kilometres",
    "千米": "kilometres",
    "吨": "tonnes",
    "公斤": "kilograms",
    "千克": "kilograms",
    "小时": "hours",
    "分钟": "minutes",
    "个工作日": "working days",
    "工作日": "working days",
    "个月": "months",
    "天": "days",
    "标箱": "TEU",
}
# measure words that count things: the English is the number ("38列" -> "38")
_COUNTERS = "".join(sorted((_ZH_MEASURE | set("列单票班辆")) - set("年月日天元倍成大")))
_UNITS = "|".join(sorted([*CURRENCIES, *MEASURES], key=len, reverse=True))
_NUM = r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+"
_AMOUNT = re.compile(
    rf"(?<![\d.．第几数零〇一二两三四五六七八九十百千万亿])({_NUM})\s*(万亿|千万|百万|亿|万)?\s*(?:({_UNITS})|([{_COUNTERS}])(?!百分点))"
)
_PCT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:[%％]|(个百分点))")


class Rendered(NamedTuple):
    """A span of a Chinese text and its English rendering."""

    start: int
    end: int
    text: str  # the span as written: "7万亿元"
    english: str  # "9 trillion yuan"
    kind: str  # "money" | "measure" | "count" | "percent" | "date"


def _number(raw: str) -> Decimal | None:
    if raw[0].isdigit():
        try:
            return Decimal(re.sub(r"[,，]", "", raw))
        except InvalidOperation:
            return None
    value = _zh_value(raw)
    return None if value is None else Decimal(value)


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def english_number(value: Decimal) -> str:
    """A number in English numerals: 9000000000000 -> "9 trillion", 218035000 -> "218.035
    million", 35000 -> "35,000"."""
    for factor, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(value) >= factor:
            return f"{_plain(value / factor)} {word}"
    return _plain(value)


def find_amounts(text: str) -> list[Rendered]:
    """Amounts with a unit or measure word: money ("7万亿元"), measures ("3.5万平方米"), counts
    ("38列", "三个"). A year ("2022年") is no amount; a bare number without a unit is none."""
    out = []
    for m in _AMOUNT.finditer(text):
        raw, big, unit, counter = m.groups()
        value = _number(raw)
        if value is None or (not raw[0].isdigit() and len(raw) == 1 and not (unit or counter)):
            continue
        if big:
            value *= _FACTOR[big]
        if unit in CURRENCIES:
            english, kind = f"{english_number(value)} {CURRENCIES[unit]}", "money"
        elif unit:
            english, kind = f"{english_number(value)} {MEASURES[unit]}", "measure"
        else:
            english, kind = english_number(value), "count"
        out.append(Rendered(m.start(), m.end(), m.group(), english, kind))
    return out


def find_percents(text: str) -> list[Rendered]:
    """Shares and rates: "13.5%", "百分之三十" (30%), "1.5个百分点" (1.5 percentage points)."""
    out = [
        Rendered(
            m.start(),
            m.end(),
            m.group(),
            f"{m.group(1)} percentage points" if m.group(2) else f"{m.group(1)}%",
            "percent",
        )
        for m in _PCT.finditer(text)
    ]
    for f in _spelled(text):
        if f.label.endswith("%") and not any(r.start <= f.start < r.end for r in out):
            out.append(Rendered(f.start, f.end, text[f.start : f.end], f.label, "percent"))
    return sorted(out)


_MONTH_NAMES = [m.capitalize() for m in _MONTHS]
_YEAR_RUN = r"(?:19|20)\d{2}|[一二〇零]{1}[〇零一二三四五六七八九]{3}"
_DAY = r"(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = re.compile(
    rf"(?<!\d)({_YEAR_RUN})\s*年(?:\s*(上半年|下半年|年底|年末|年初|底|末|初)|\s*{_DAY}\s*月(?:\s*{_DAY}\s*[日号])?)?"
    rf"|(?<![\d年])(?<!\d\s){_DAY}\s*月\s*{_DAY}\s*[日号]"
)
_PART_OF_YEAR = {
    "上半年": "the first half of {}",
    "下半年": "the second half of {}",
    "年底": "the end of {}",
    "年末": "the end of {}",
    "底": "the end of {}",
    "末": "the end of {}",
    "年初": "the beginning of {}",
    "初": "the beginning of {}",
}


def _small(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw) if raw.isdigit() else _zh_value(raw)
    return value


def find_dates(text: str) -> list[Rendered]:
    """Dates: "2017年3月" -> "March 2017", "2017年3月8日" -> "8 March 2017", "3月8日" ->
    "18 June", "2021年上半年" -> "the first half of 2021", "2018年" -> "2018"."""
    out = []
    for m in _DATE.finditer(text):
        raw_year, part, month, day, month2, day2 = m.groups()
        year = _number(raw_year) if raw_year else None
        month_n, day_n = _small(month or month2), _small(day or day2)
        if (month_n is not None and not 1 <= month_n <= 12) or (day_n is not None and not 1 <= day_n <= 31):
            continue
        words = [str(day_n)] if day_n else []
        if month_n:
            words.append(_MONTH_NAMES[month_n - 1])
        if year is not None:
            words.append(str(year))
        english = " ".join(words)
        if part:
            english = _PART_OF_YEAR[part].format(year)
        out.append(Rendered(m.start(), m.end(), m.group(), english, "date"))
    return out


__all__ = [
    "CURRENCIES",
    "MEASURES",
    "Figure",
    "Rendered",
    "english_number",
    "find_amounts",
    "find_dates",
    "find_figures",
    "find_percents",
]
