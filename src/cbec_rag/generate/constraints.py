"""What an answer must contain for a question to count as answered.

Policy questions name the things they are about: a year ("2023年…"), a specific place
or body that is rare in the corpus ("合肥…", "Tianjin's…"), and often the kind of
figure they want ("多少亿元", "占比", "how many"). A sentence that shares the topic
but lacks the asked year, the named place, or any figure of the asked kind does not
answer the question: citing it would be the classic RAG failure of answering a
neighbouring question. The extractive generator prefers sentences that satisfy
these constraints and refuses when none of the evidence does.

Everything here is generic (no corpus-specific names): years by pattern, anchors by
corpus rarity (IDF), figure kinds by unit words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .names import names_place
from .patterns import (
    ACHIEVED_A,
    ADMIN_NAME,
    BASE_YEAR,
    BREAKS_DOWN,
    CHARGE_WORDS,
    CJK,
    COUNT_A,
    CURRENCY_A,
    DATE_A,
    DATE_PART,
    DIGIT_GROUP,
    FIGURE_REF,
    FULL_DATE,
    FULL_YEAR,
    GROWTH_A,
    GROWTH_HEADER,
    LEVEL_OF,
    MEASURED_FORMS,
    MONEY_A,
    MONEY_UNIT,
    PART_YEAR,
    PCT_A,
    PCT_UNIT,
    PENALTY_A,
    PER_UNIT_FORMS,
    PLAN_A,
    POINTS_BACK,
    QUOTED_NAME,
    RANKS,
    SHARE_A,
    SHARE_HEADER,
    TRADE,
    UNIT_FORMS,
    YEAR,
)
from .shapes import squash_ws


@dataclass
class Constraints:
    years: set[str] = field(default_factory=set)
    anchors: list[set[str]] = field(default_factory=list)  # each: alternative surface forms
    figure: str | None = None  # "money" | "percent" | "count" | "date" | "measure" | "charge" (money or %)
    currency: str | None = None  # a foreign currency the amount must be in (key of CURRENCY_A)
    comparison: bool = False  # several names joined by 和/与/and/compared...: one of them suffices
    counted: set[str] = field(default_factory=set)  # what "how many/几个" counts: alternative forms
    numbers: set[str] = field(default_factory=set)  # figures the question states (conditions, codes)
    multipart: bool = False  # two questions in one, or a span of years: one of the years suffices
    measured: str = ""  # the trade an amount is asked for (进口 in 进口额): a 交易额 does not answer it
    cause: bool = False  # the question asks why ("…回落的原因是什么？")
    questions: int = 1  # "…有哪些项目？…进出口额是多少？" is two (the English lead line reads it)
    place: bool = False  # the question asks which place: the answer names one it does not
    place_kind: str = ""  # 哪个区/县/省: the kind of place, named with its suffix ("西青区")
    unit: str = ""  # the unit a how-much asks in (多少万平方米 -> 平方米): the figure must be in it
    levels: set[str] = field(
        default_factory=set
    )  # 国家级, 省级…: a sentence on another level does not answer
    levelled: set[str] = field(default_factory=set)  # what the level qualifies (国家级示范基地 -> 示范)
    full_year: bool = False  # 全年: a figure for 1—11月 or 上半年 does not answer
    rate: str = ""  # "growth" | "share": the kind of percentage asked (增速 is no 占比)
    quoted: bool = False  # "what is the name of the plan": the answer gives a name in quotes
    achieved: bool = False  # 目前/已经/so far: what exists, which a plan does not answer
    superlative: bool = False  # 哪个…增速最快: the answer ranks it (最快, 居首位, the highest)
    measure_word: str = (
        ""  # 多少个/几家: the count is written with it ("372个"); "500人" counts something else
    )
    charged: str = ""  # "what handling fee…": an English sentence names the fee (threshold, fine…)
    per_unit: str = ""  # 每公斤运费 / per parcel: the figure is given per that unit

    @property
    def quantity(self) -> bool:
        """The question asks for an amount, a share or a count (a figure that belongs to a place)."""
        return self.figure in ("money", "percent", "count", "charge")

    def __bool__(self) -> bool:
        return bool(self.years or self.anchors or self.figure or self.counted)

    def missing(
        self,
        text: str,
        context: str = "",
        near: str = "",
        year: str = "",
        *,
        table: bool = False,
    ) -> list[str]:
        """The constraints ``text`` fails (empty when it satisfies them all).

        Years and the figure kind must be in ``text`` (the answer sentence); names may also be
        in ``context`` (its passage, title and section path); the counted thing in ``text`` or
        ``near`` (the words just before it: a list often names its noun once, up front). A
        question naming one year or one name needs it; a question naming several (a
        comparison) needs at least one. A yearless sentence is dated by ``year``, the last
        year its passage named before it. ``table``: ``text`` is a table row after its header
        row, whose units may stand in a header or label cell ("进出口额（亿元）\t285.4").
        """
        # a table's cells stay apart ("9710\t34.2" is not "971034.2")
        squashed = _cells(text)
        flat = spaced_lower(text)  # English words keep their boundaries ("aud" is not in "audited")
        named = squashed + _squash(context)
        out: list[str] = []
        # an English sentence cannot name a counted thing the dictionary has no English for (税号)
        untranslated = not CJK.search(text) and all(CJK.search(a) for a in self.counted)
        if self.counted and not untranslated:
            around = squashed + _squash(near)
            if not any(_written(_squash(a), around) for a in self.counted):
                out.append(
                    "what is counted (" + sorted(self.counted, key=lambda a: (not CJK.search(a), a))[0] + ")"
                )
        # the words before the sentence may name what it measures, unless it names a trade of
        # its own ("…进出口71.6亿元。…出口43.6亿元" measures exports)
        measured_in = squashed if TRADE.search(squashed) else squashed + _squash(near)
        if (
            self.measured
            and CJK.search(text)  # an English sentence says "imported" in its own words
            and not MEASURED_FORMS[self.measured].search(measured_in)
        ):
            out.append(f"what is measured ({self.measured})")
        # a sentence without a year of its own is dated by the last year its passage named
        # before it ("2018年，…增长11.2%。其中一般贸易…")
        own = YEAR.findall(BASE_YEAR.sub("", flat))  # not "up 21% over 2022" / "比2022年"
        dated = squashed if own else year + squashed
        if self.cause and POINTS_BACK.match(text.lstrip()):
            dated += re.sub(r"\s+", "", near)  # "这主要是…" explains the sentence before it
        if self.numbers:
            digits = ungroup(squashed + _squash(near))
            digits = digits.replace("％", "%")
            lost = [
                n.split("|")[0]
                for n in self.numbers
                if not any(re.search(rf"(?<![\d.]){re.escape(a)}(?![\d.])", digits) for a in n.split("|"))
            ]
            if lost and not (self.comparison and len(lost) < len(self.numbers)):
                out.append("the figure " + "/".join(sorted(lost)))
        if self.years and not _enough([y in dated for y in self.years], self.comparison or self.multipart):
            out.append("year " + "/".join(sorted(self.years)))
        spaced = f"{_words(text)} {_words(context)}".strip()
        found = [any(mentions(a, named, spaced) for a in alts) for alts in self.anchors]
        if self.anchors and not _enough(found, self.comparison):
            out.append(
                "name "
                + " / ".join(sorted(alts, key=lambda a: (not CJK.search(a), a))[0] for alts in self.anchors)
            )
        if self.place and not names_place(text, self.anchors):
            out.append("a place name")  # "…共计有14个城市进入过第一档" names none of them
        if (
            self.place_kind
            and CJK.search(text)
            and not any(ADMIN_NAME[k].search(text) for k in self.place_kind)
        ):
            out.append(f"a place named …{self.place_kind}")  # "哪个区" is not answered by 墨西哥
        out += self._qualifiers(squashed, flat, table=table, near=_squash(near))
        if self.charged and not CJK.search(text) and not re.search(CHARGE_WORDS[self.charged], flat):
            out.append(f"what is charged ({self.charged})")  # "parcels worth £135 or less reached…" is no fee
        if table and self.quantity:
            row = text.rsplit("\n", 1)[-1]  # the header's years are no figures of the row
            unit = {"money": MONEY_UNIT, "percent": PCT_UNIT}.get(self.figure or "")
            if self.figure == "money" and self.currency:
                unit = CURRENCY_A[self.currency]
            if self.figure == "count" and _amounts_only(text):
                out.append(
                    "a number"
                )  # a row in 亿元 (by its label or its columns) is an amount, not how many
            elif not re.search(r"\d", row) or (unit is not None and not unit.search(flat)):
                out.append(
                    {"money": "an amount", "percent": "a percentage"}.get(self.figure or "", "a number")
                )
        elif self.figure == "money" and self.currency and not CURRENCY_A[self.currency].search(flat):
            out.append(f"an amount in {self.currency}")
        elif self.figure == "charge" and not (
            (MONEY_A.search(flat) or PCT_A.search(squashed)) and PENALTY_A.search(flat)
        ):
            out.append("a fine or penalty")  # "pay by the 20th day", "the 19% VAT is charged…" state none
        elif self.figure == "money" and not MONEY_A.search(squashed):
            out.append("an amount")
        elif self.figure == "percent" and not PCT_A.search(squashed):
            out.append("a percentage")
        elif self.figure == "measure" and not _has_number(squashed):
            out.append("a number")  # "2025年底前实现…全覆盖" gives a year, not how many
        elif self.figure == "count" and not _has_number(_without_amounts(flat)):
            out.append("a number")  # how many is no amount of money (437.0亿元) and no share (75.0%)
        elif self.figure == "date" and not (has_date(text) or has_date(near)):
            out.append("a date")  # "Since 1 July 2021 the EU has… The main change was…": the date before
        return out

    def _qualifiers(self, squashed: str, flat: str, *, table: bool, near: str = "") -> list[str]:
        """What the question qualifies its answer by (unit, level, rate, quoted name, what exists,
        ranking, full year, measure word) that a sentence fails: ``squashed`` is it lower-cased
        without spaces (table cells apart), ``flat`` lower-cased with single spaces. A table
        row's unit may stand in its header."""
        out = []
        if self.unit:
            forms = UNIT_FORMS[self.unit]
            pattern = forms.pattern if table else rf"\d[\d.,]*(?:万|亿|千)?(?:{forms.pattern})"
            if not re.search(pattern, FULL_DATE.sub("", squashed), re.I):  # 3月1日 is no "1日"
                out.append(f"a figure in {self.unit}")
        # a level of the thing asked about: "国家级示范基地" vs "市级示范基地", not "省级行政区"
        if self.levels:
            levels = {lv for lv, what in LEVEL_OF.findall(squashed) if char_pairs(what) & self.levelled}
            if levels and not (levels & self.levels):
                out.append("level " + "/".join(sorted(self.levels)))  # 市级 does not answer 国家级
        rates = _RATES.get(self.rate)
        if rates is not None and CJK.search(squashed):
            # (an English sentence words it its own way: "91% came from China")
            if not rates[1 if table else 0].search(squashed):
                out.append(f"a {self.rate} rate")  # "占出口额的82.7%" does not say how fast it grew
        if self.quoted and not QUOTED_NAME.search(flat):
            out.append("a quoted name")  # "实施跨境电商“鄂品出海”计划"
        if self.achieved and PLAN_A.search(flat) and not ACHIEVED_A.search(flat):
            out.append("what exists, not a plan")  # "目前已建几个" vs "支持企业新建8个以上"
        if self.superlative and not (table or _ranks(squashed, flat)):
            out.append("a ranking (最…/首位)")
        if self.full_year:
            # "其中，出口71.6亿元…" breaks down the sentence before it, and shares its period
            period = near + squashed if BREAKS_DOWN.match(flat) else squashed
            figure = re.search(r"\d[\d.,]*(?:万亿|亿|万)?(?:元|美元|%|件|单|票|家|个)", period)
            period = period[: figure.start()] if figure else period  # "…，其中四季度增长最快" comes after
            if PART_YEAR.search(period) and not FULL_YEAR.search(period):
                out.append("the full year")
        if self.per_unit:
            forms = PER_UNIT_FORMS.get(self.per_unit, re.escape(self.per_unit))
            if not re.search(rf"(?:每|/|／|per|a)\s?(?:{forms})", flat, re.I):
                out.append(f"a figure per {self.per_unit}")  # a total does not give a price per kg
        if self.measure_word and not table and CJK.search(squashed):
            word = _GENERAL_MEASURE.get(self.measure_word, self.measure_word)  # 多少个企业: "2986家"
            counts = rf"(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)(?:万|亿)?(?:余|多)?(?:{word})"
            if not re.search(counts, squashed):
                out.append(f"a count in {self.measure_word}")
        return out


def _ranks(squashed: str, flat: str) -> bool:
    """The sentence says what ranks first, or gives several figures of one kind to compare
    ("欧盟增长15.7%、美国增长15.7%，东盟增长27.7%"; two may be a total and its share)."""
    return bool(RANKS.search(flat)) or any(len(p.findall(squashed)) >= 3 for p in (PCT_A, MONEY_A))


# the rate a percentage question asks for: how a sentence gives it, how a table header names it
_RATES = {"growth": (GROWTH_A, GROWTH_HEADER), "share": (SHARE_A, SHARE_HEADER)}
# 个 and 人 stand for any measure word a text may use instead ("多少个企业" -> "2986家")
_GENERAL_MEASURE = {
    "个": "个|家|座|所|项|条|批|件|名|户|间|处|种|类|列|架",
    "人": "人|名|位",
    "票": "票|单",  # a customs declaration: 1860万单
    "班": "班|列|次|架次",
    "列": "列|班",
}


def char_pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


# two characters that follow a level without saying what it qualifies
LEVEL_FILLER = {"跨境", "电商", "境电", "认定", "新认", "给予", "一次", "次性"}


# (the texts a question's conditions are checked in are its candidates' sentences and their passages,
# the same ones question after question: their normal forms are cached, as the tokens are; a
# passage's forms are about 1 KB, so each cache stays under about 16 MB)
@lru_cache(maxsize=16384)
def _squash(text: str) -> str:
    """``text`` lower-cased, without white space."""
    return re.sub(r"\s+", "", text).lower()


@lru_cache(maxsize=16384)
def _cells(text: str) -> str:
    """``text`` NFKC-normalised, lower-cased, without white space, a table's cells kept apart by "|"."""
    return re.sub(r"\s+", "", re.sub(r"[\t\n]+", "|", unicodedata.normalize("NFKC", text))).lower()


@lru_cache(maxsize=16384)
def _words(text: str) -> str:
    """``text`` lower-cased, its white-space runs one space, none at either end."""
    return squash_ws(text.lower())


@lru_cache(maxsize=16384)
def spaced_lower(text: str) -> str:
    """``text`` lower-cased, NFKC-normalised, its whitespace runs one space."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


# an amount of money with its number whole: "US$18.70", "£135", "EUR 150", "A$2.9 billion"
_AMOUNT_EN = re.compile(
    r"(?:[a-z]{0,3}\$|€|£|¥|₩|₹|\b(?:usd|eur|gbp|rmb|cny|jpy|aud|cad|sgd|nzd|krw)\s?)\d[\d.,]*"
    r"(?:\s?(?:million|billion|trillion|bn|m|k)\b)?",
    re.I,
)
# a header or label cell giving a money unit: "进出口额（亿元）", "Value (USD m)"
_MONEY_CELL = re.compile(r"[（(][^）)]*(?:元|\$|€|£|usd|eur|rmb|yuan)[^）)]*[）)]", re.I)


_MONEY_UNIT_CELL = re.compile(r"\s*(?:万亿|亿|万|千|百万)?(?:美元|元|欧元|英镑|日元|港元)\s*")


def _without_amounts(flat: str) -> str:
    """``flat`` squashed, without its amounts of money and its percentages: what may count things."""
    return re.sub(r"\s+", "", PCT_A.sub("", MONEY_A.sub("", _AMOUNT_EN.sub("", flat))))


def _amounts_only(table_text: str) -> bool:
    """A table row (after its header row) whose figures are all amounts: its label cell gives a
    money unit, or every cell with digits sits under a column in a money unit."""
    header, _, row = table_text.rpartition("\n")
    heads, cells = header.split("\t"), row.split("\t")
    if cells and _MONEY_CELL.search(cells[0]) or any(_MONEY_UNIT_CELL.fullmatch(c) for c in cells):
        return True  # "进出口额（亿元）\t…", "销售额\t亿元\t437.0"
    if len(heads) != len(cells):
        return False
    # the cells that may count things: with digits, not percentages ("同比增长 4.1%")
    numeric = [h for h, c in zip(heads[1:], cells[1:], strict=True) if re.search(r"\d", c) and "%" not in c]
    return bool(numeric) and all(_MONEY_CELL.search(h) for h in numeric)


def _has_number(squashed: str) -> bool:
    """A figure other than a year or a date: "372个", "2.9天", "三家"."""
    rest = DATE_PART.sub("", YEAR.sub("", FIGURE_REF.sub("", squashed)))  # 图1, 表2 count nothing
    return bool(re.search(r"\d", rest) or COUNT_A.search(rest))


def _written(form: str, text: str) -> bool:
    """``form`` is in ``text``, or (a Chinese word of 3+ characters) its characters are, in order,
    at most two apart in all: 进出口额 in 进出口总额."""
    if form in text:
        return True
    if len(form) < 3 or not CJK.search(form):
        return False
    pattern = "".join(re.escape(ch) + ".{0,2}" for ch in form[:-1]) + re.escape(form[-1])
    return any(len(m.group()) <= len(form) + 2 for m in re.finditer(pattern, text))


def has_date(text: str) -> bool:
    """``text`` names a year, a month or day, or a half-year."""
    return bool(DATE_A.search(" ".join(text.split())))


def ungroup(text: str) -> str:
    """Digit grouping removed: 5,000 -> 5000."""
    return DIGIT_GROUP.sub("", text)


def mentions(name: str, squashed: str, spaced: str) -> bool:
    """A Chinese name anywhere in the squashed text; an English one as whole words
    ("eu" is not in "europe", "united states" not in "united nations")."""
    name = name.lower()
    if not name.isascii():
        return name in squashed
    # euro(s); "US$18.70" is an amount in dollars, not the place
    return re.search(rf"(?<![a-z]){re.escape(name)}(?:e?s)?(?![a-z$])", spaced) is not None


def _enough(found: list[bool], comparison: bool) -> bool:
    return any(found) if comparison else all(found)
