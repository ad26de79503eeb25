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
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from ..crosslingual import (
    WeightedQuery,
    cedict_en_to_zh,
    cedict_is_name,
    cedict_zh_to_en,
    glossary_en_to_zh,
    glossary_zh_to_en,
)
from ..tokenize import tokenize
from .counted import _dict_tags, _normalise, counted_forms

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_MONEY_Q = re.compile(
    r"多少\s*(?:万亿|亿|万|千)?(?:美|欧|港|日|澳|加|韩|新加坡|新西兰|新)?元|多少\s*(?:英镑|人民币|钱)|金额|(?<!数)额(?:又|分别|各|一共|总共|大约|约|要|将|能)?(?:是|为|有|达到|达|突破)?多少"
    r"|how much (?:money|funding|subsidy)|(?:yuan|rmb|dollars?|euros?)\b",
    re.I,
)
_PCT_Q = re.compile(
    r"百分之|占比|比重|比例|增速|增长率|增幅|税率|多少\s*[%％]|what (?:percentage|share|proportion)|\brates?\b|per ?cent",
    re.I,
)
_COUNT_Q = re.compile(r"多少\s*([个家人项次件座批条所名单])|(?<!哪)几\s*([个家项次批座所名])|how many", re.I)
_MONEY_A = re.compile(
    r"\d[\d.,，]*\s*(?:万亿|亿|万|千)?\s*(?:美元|元|欧元|港元|英镑|日元|泰铢|铢|卢布|林吉特|卢比|比索|越南盾|印尼盾|盾)"
    r"|(?:usd|eur|rmb|cny|gbp|hkd|jpy|krw|sgd|aud|cad|thb|myr|idr|vnd|php|inr|rub|[a-z]{0,2}\$|€|£|¥|₩|₹)\s?\d"
    r"|\d[\d.,]*\s?(?:million|billion|thousand|trillion|bn|m)?\s?"
    r"(?:yuan|dollars?|euros?|usd|eur|rmb|cny|pounds?|yen|won|baht|ringgit|rupees?|pesos?|dong|rupiah|roubles?|rubles?)\b",
    re.I,
)
_PCT_A = re.compile(r"\d[\d.]*\s*[%％]|百分之|\d+(?:\.\d+)?\s*倍|[一二三四五六七八九]成")
# units a table may give once, in a header or label cell
_MONEY_UNIT = re.compile(r"元|\b(?:usd|eur|rmb|cny|gbp|yuan|dollars?|euros?)\b|[$€£¥]", re.I)
_PCT_UNIT = re.compile(r"[%％]|百分|percent")
_COUNT_A = re.compile(r"\d|[一二两三四五六七八九十百千万]+\s*[个家项次批座所名条]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a stated figure with its magnitude ("10亿", "30%", "5000"): 10亿 is not 10万
_DIGIT_GROUP = re.compile(r"(?<=\d)[,，](?=\d{3})")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])(?:\s?(?:万亿|亿|万|千|[%％]))?")
# a comparison's base year is not the year a sentence is about
_BASE_YEAR = re.compile(r"(?:over|than|from|comparedwith|comparedto|比|较|相比|与)(?:19|20)\d{2}", re.I)
# a question that names a foreign currency wants an amount in it (a yuan figure is no answer)
_CURRENCY_Q = {
    "USD": re.compile(
        r"美元|\b(?:usd|us dollars?)\b|(?<!australian )(?<!canadian )(?<!singapore )(?<!zealand )\bdollars?\b",
        re.I,
    ),
    "EUR": re.compile(r"欧元|\b(?:eur|euros?)\b", re.I),
    "GBP": re.compile(r"英镑|\b(?:gbp|pounds? sterling)\b", re.I),
    "HKD": re.compile(r"港元|港币|\bhkd\b", re.I),
    "JPY": re.compile(r"日元|\b(?:jpy|yen)\b", re.I),
    "AUD": re.compile(r"澳元|澳币|\b(?:aud|australian dollars?)\b", re.I),
    "CAD": re.compile(r"加元|加币|\b(?:cad|canadian dollars?)\b", re.I),
    "NZD": re.compile(r"新西兰元|纽币|\b(?:nzd|new zealand dollars?)\b", re.I),
    "SGD": re.compile(r"新加坡元|\b(?:sgd|singapore dollars?)\b", re.I),
    "KRW": re.compile(r"韩元|\b(?:krw|won)\b", re.I),
}
_CURRENCY_A = {
    "USD": re.compile(
        r"美元|usd|us\$|(?<![a-z])\$\d|(?<!australian)(?<!canadian)(?<!singapore)(?<!zealand)dollars?", re.I
    ),
    "EUR": re.compile(r"欧元|eur|€|euros?", re.I),
    "GBP": re.compile(r"英镑|gbp|£|pounds?", re.I),
    "HKD": re.compile(r"港元|港币|hkd|hk\$", re.I),
    "JPY": re.compile(r"日元|jpy|yen|円", re.I),
    "AUD": re.compile(r"澳元|澳币|aud|au?\$|australiandollars?", re.I),
    "CAD": re.compile(r"加元|加币|cad|ca?\$|canadiandollars?", re.I),
    "NZD": re.compile(r"新西兰元|纽币|nzd|nz\$|newzealanddollars?", re.I),
    "SGD": re.compile(r"新加坡元|sgd|s\$|singaporedollars?", re.I),
    "KRW": re.compile(r"韩元|krw|₩|won", re.I),
}
# capitalised words that start questions or titles without being names
_EN_COMMON = frozenset(
    "what which when where who whom whose why how does did do is are was were can could should would will the"
    " january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
# common nouns jieba's dictionary tags as place names: "哪些城市" names no place
_GENERIC_PLACES = frozenset({"城市", "城镇", "新区", "城区", "市区"})
# "六国", "东盟十国", "中亚五国" count places rather than name one
_COUNTED_PLACES = re.compile(r"[\u4e00-\u9fff]{0,4}[一二两三四五六七八九十]+[国省市]")
_ADMIN_SUFFIXES = frozenset("省 市 县 区 州 盟 镇 新区 自治区 自治州".split())
# currencies are checked as the amount's currency, not as names a sentence must spell out
_CURRENCY_NAMES = frozenset(
    "人民币 美元 欧元 英镑 日元 韩元 港元 澳元 加元 卢布 卢比 泰铢 林吉特 新加坡元".split()
)
_QWORD = re.compile(r"[哪几谁吗呢]|多少|什么|何[时处]|怎[么样]|如何|为何")
_COORD = re.compile(r"[和与及、跟或]|以及|比较|对比|相比|分别|各")
# English: a coordinator between two names ("Hangzhou and Ningbo", "Hebei compared with
# Beijing"), or a comparison word; "..., and how many ..." joins two questions, not names
_COORD_EN = re.compile(
    r"\b[A-Z][\w-]*(?:'s)?(?:\s+[\w-]+){0,2}?,?\s+(?:and|or|vs\.?|versus|compared (?:with|to))\s+(?:the\s+)?[A-Z]"
    r"|\b(?:compare[ds]?|comparison|versus|respectively|each|both|between)\b"
)
# two questions in one: "... in 2018, and which ... 2025?"; each may name its own year
_MULTI_EN = re.compile(r"\b(?:and|or)\s+(?:in\s+)?(?:what|which|how|when|where|who|why)\b", re.I)
_MULTI_ZH = re.compile(r"[？?]\s*\S.*[？?]")
_PART_SPLIT = re.compile(
    r"[？?]|,?\s+\b(?:and|or)\s+(?=(?:in\s+)?(?:what|which|how|when|where|who|why)\b)", re.I
)
# "进口额是多少" / "交易额为多少亿元": the amount asked for by name
_MEASURED = re.compile(
    r"((?:进出口|进口|出口|交易|销售|营业|成交|零售|贸易)|[金总数])额(?:又|分别|各|一共|总共|大约|约|要|将|能)?(?:是|为|有|达到|达|突破)?多少"
)
_EN_EXPORTS = re.compile(r"\bexport(?:s|ed|ing)?\b", re.I)
_EN_IMPORTS = re.compile(r"\bimport(?:s|ed|ing)?\b", re.I)
_MEASURED_FORMS = {
    "进出口": re.compile(r"进出口|贸易"),
    "贸易": re.compile(r"进出口|贸易"),
    "出口": re.compile(r"(?<!进)出口"),
    **{k: re.compile(k) for k in ("进口", "交易", "销售", "营业", "成交", "零售")},
}
# the question asks why: a cause answers it, the figure it names is the thing explained
CAUSE_ASK = re.compile(
    r"为什么|为何|原因(?:是什么|是|有哪些|有|何在|主要|在于|包括)|^why\b|\bwhy (?:did|was|were|is|are|has|have|do|does)\b"
    r"|\bwhat (?:are|were|is|was) the (?:main )?(?:reasons?|causes?)\b|\breasons? (?:for|why|behind)\b",
    re.I,
)
# a sentence that opens by pointing back ("这主要是…", "This was…") is dated by the one before it
POINTS_BACK = re.compile(r"^(?:这|此(?![外前后次时])|上述|(?:this|these|that)\b)", re.I)
# a date: a year, a month or day, a half-year
_DATE_A = re.compile(
    r"(?:19|20)\d{2}|\d{1,2}月|\d{1,2}日|[上下]半年|年[初底末]|同年|当年"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)
# the question asks for a date or year, and for no amount besides
# the unit a how-much question asks in, and the ways a text writes it
_UNIT_FORMS = {
    "平方米": re.compile(r"平方米|㎡|m²|m2|sqm|squaremet"),
    "平方公里": re.compile(r"平方公里|平方千米|km²|km2|squarekilomet"),
    "公顷": re.compile(r"公顷|hectares?"),
    "亩": re.compile(r"亩"),
    "吨": re.compile(r"吨|tonnes?|tons?"),
    "公里": re.compile(r"公里|千米|km|kilomet"),
    "小时": re.compile(r"小时|hours?|hrs?"),
    "天": re.compile(r"天|日|days?"),
    "分钟": re.compile(r"分钟|minutes?|mins?"),
    "标箱": re.compile(r"标箱|teu"),
    "立方米": re.compile(r"立方米|m³|m3|cubicmet"),
}
_UNIT_Q = re.compile(
    r"多少\s*(?:万|亿|千)?\s*(平方米|平方公里|公顷|亩|吨|公里|千米|小时|天|分钟|标箱|立方米)"
    r"|how many (square met(?:re|er)s|square kilomet(?:re|er)s|hectares|tonnes|tons|kilomet(?:re|er)s|hours|days"
    r"|minutes|teus?|cubic met(?:re|er)s)\b",
    re.I,
)
_UNIT_EN = {
    "square met": "平方米",
    "square kilomet": "平方公里",
    "hectare": "公顷",
    "tonne": "吨",
    "ton": "吨",
    "kilomet": "公里",
    "hour": "小时",
    "day": "天",
    "minute": "分钟",
    "teu": "标箱",
    "cubic met": "立方米",
    "千米": "公里",
}
_LEVEL = re.compile(r"(国家|省|市|区|县)级")
_FULL_YEAR = re.compile(r"全年|fullyear|wholeyear|(?<![a-z])annual")
_PART_YEAR = re.compile(
    r"\d{1,2}[—\-–~至到]\d{1,2}月|前[一二三]季度|[一二三四]季度|上半年|下半年|first(?:half|quarter|three|nine)"
)
# the question asks which one ranks first, and the ways a sentence says so
_SUPERLATIVE_Q = re.compile(
    r"(?:哪|什么|which|what).{0,30}(?:最(?:快|高|多|大|低|少|小|早|晚|强|好|重要|主要)"
    r"|\b(?:fastest|highest|largest|biggest|most|lowest|smallest|earliest|leading))",
    re.I,
)
_RANKS = re.compile(
    r"最|首位|居首|第一|榜首|之首|top|highest|largest|biggest|most|fastest|lowest|smallest|leading|first"
)
_BREAKS_DOWN = re.compile(r"^(?:其中|amongthem|ofwhich)[，,：:]?")
_DATE_PART = re.compile(r"\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")
# a figure the question asks for the size of ("面积有多大", "how large")
_SIZE_Q = re.compile(
    r"多[大长高远重宽](?=[？?，,。]|$)|\bhow (?:large|big|far|heavy|wide)\b|\bwhat size\b", re.I
)
# the question asks which place: the answer names one ("哪些城市…", "which provinces…")
_PLACE_ASK = re.compile(
    r"哪(?:一|几|两|三|四|五)?(?:个|些)?\s*(?:城市|省份|省|国家|地区|区域|口岸|港口|市场(?!主体)|区|县|市(?!场))"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:cities|city|provinces?|countries|country|regions?|ports?)\b",
    re.I,
)
_EN_NAME = re.compile(r"\b([A-Z][a-zA-Z]+|[A-Z]{2,5})\b")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+)$")
_DATE_ASK = re.compile(
    r"哪一?年|哪几年|哪一?天|哪一?日|何时|什么时候|什么日期|几月几日|^when\b|\bwhen (?:did|was|were|is|are|will|would|does|do|has|have|had)\b"
    r"|\b(?:what year|which years?|in what year)\b",
    re.I,
)
_AMOUNT_ASK = re.compile(
    r"多少|几[个家项次批座所名条]|\bhow (?:many|much)\b|\bwhat (?:share|percentage|rate|amount)\b", re.I
)
# a span of years: any year inside it answers ("2010至2015年间", "between 2019 and 2021")
_YEAR_SPAN = re.compile(
    r"((?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~|～)\s?((?:19|20)\d{2})"
    r"|\bfrom ((?:19|20)\d{2}) (?:to|through|until) ((?:19|20)\d{2})"
    r"|\bbetween ((?:19|20)\d{2}) and ((?:19|20)\d{2})",
    re.I,
)


def is_name(word: str) -> bool:
    """A place, person or organisation name, by jieba's dictionary tag or by CC-CEDICT
    knowing it only as a proper noun (合肥 He2 fei2, 欧盟 Ou1 meng2)."""
    if word in _GENERIC_PLACES or word in _CURRENCY_NAMES or _COUNTED_PLACES.fullmatch(word):
        return False
    if cedict_is_name(word):
        return True
    tag = _dict_tags().get(word)
    if tag is not None and tag.startswith("nr") and cedict_zh_to_en(word):
        return False  # jieba's person-name tag on a word CC-CEDICT knows as a common word (托运)
    return tag in _NAME_TAGS


@dataclass
class Constraints:
    years: set[str] = field(default_factory=set)
    anchors: list[set[str]] = field(default_factory=list)  # each: alternative surface forms
    figure: str | None = None  # "money" | "percent" | "count" | "date"
    currency: str | None = None  # a foreign currency the amount must be in (key of _CURRENCY_A)
    comparison: bool = False  # several names joined by 和/与/and/compared...: one of them suffices
    counted: set[str] = field(default_factory=set)  # what "how many/几个" counts: alternative forms
    numbers: set[str] = field(default_factory=set)  # figures the question states (conditions, codes)
    multipart: bool = False  # two questions in one, or a span of years: one of the years suffices
    yearless_part: bool = False  # one of two questions names no year: an extra sentence may lack it
    measured: str = ""  # the trade an amount is asked for (进口 in 进口额): a 交易额 does not answer it
    cause: bool = False  # the question asks why ("…回落的原因是什么？")
    questions: int = 1  # "…有哪些项目？…进出口额是多少？" is two: an extra sentence may answer the other
    place: bool = False  # the question asks which place: the answer names one it does not
    unit: str = ""  # the unit a how-much asks in (多少万平方米 -> 平方米): the figure must be in it
    levels: set[str] = field(
        default_factory=set
    )  # 国家级, 省级…: a sentence on another level does not answer
    full_year: bool = False  # 全年: a figure for 1—11月 or 上半年 does not answer
    superlative: bool = False  # 哪个…增速最快: the answer ranks it (最快, 居首位, the highest)
    measure_word: str = (
        ""  # 多少个/几家: the count is written with it ("372个"); "500人" counts something else
    )

    @property
    def quantity(self) -> bool:
        """The question asks for an amount, a share or a count (a figure that belongs to a place)."""
        return self.figure in ("money", "percent", "count")

    def __bool__(self) -> bool:
        return bool(self.years or self.anchors or self.figure or self.counted)

    def missing(
        self,
        text: str,
        context: str = "",
        near: str = "",
        year: str = "",
        *,
        extra: bool = False,
        table: bool = False,
    ) -> list[str]:
        """The constraints ``text`` fails (empty when it satisfies them all).

        Years and the figure kind must be in ``text`` (the answer sentence); names may also be
        in ``context`` (its passage, title and section path); the counted thing in ``text`` or
        ``near`` (the words just before it: a list often names its noun once, up front). A
        question naming one year or one name needs it; a question naming several (a
        comparison) needs at least one. A yearless sentence is dated by ``year``, the last
        year its passage named before it. ``extra``: the sentence is added to a lead that
        met every constraint, for the part of the question that names no year. ``table``:
        ``text`` is a table row after its header row, whose units may stand in a header or
        label cell ("进出口额（亿元）\t285.4").
        """
        squashed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
        named = squashed + re.sub(r"\s+", "", context).lower()
        out: list[str] = []
        if self.counted:
            around = squashed + re.sub(r"\s+", "", near).lower()
            if not any(_written(re.sub(r"\s+", "", a).lower(), around) for a in self.counted):
                out.append(
                    "what is counted (" + sorted(self.counted, key=lambda a: (not _CJK.search(a), a))[0] + ")"
                )
        if (
            self.measured
            and _CJK.search(text)  # an English sentence says "imported" in its own words
            and not (extra and self.questions > 1)
            and not _MEASURED_FORMS[self.measured].search(squashed + re.sub(r"\s+", "", near).lower())
        ):
            out.append(f"what is measured ({self.measured})")
        # a sentence without a year of its own is dated by the last year its passage named
        # before it ("2018年，…增长11.2%。其中一般贸易…")
        own = _YEAR.findall(_BASE_YEAR.sub("", squashed))  # not "up 21% over 2022" / "比2022年"
        dated = squashed if own else year + squashed
        if self.cause and POINTS_BACK.match(text.lstrip()):
            dated += re.sub(r"\s+", "", near)  # "这主要是…" explains the sentence before it
        if self.numbers:
            digits = _ungroup(squashed + re.sub(r"\s+", "", near).lower())
            digits = digits.replace("％", "%")
            lost = [
                n.split("|")[0]
                for n in self.numbers
                if not any(re.search(rf"(?<![\d.]){re.escape(a)}(?![\d.])", digits) for a in n.split("|"))
            ]
            if lost and not (self.comparison and len(lost) < len(self.numbers)):
                out.append("the figure " + "/".join(sorted(lost)))
        needs_year = bool(self.years) and not (extra and self.yearless_part)
        if needs_year and not _enough([y in dated for y in self.years], self.comparison or self.multipart):
            out.append("year " + "/".join(sorted(self.years)))
        spaced = " ".join(f"{text} {context}".lower().split())
        found = [any(_mentions(a, named, spaced) for a in alts) for alts in self.anchors]
        if self.anchors and not _enough(found, self.comparison):
            out.append(
                "name "
                + " / ".join(sorted(alts, key=lambda a: (not _CJK.search(a), a))[0] for alts in self.anchors)
            )
        if self.place and not (extra and self.questions > 1) and not names_place(text, self.anchors):
            out.append("a place name")  # "…共计有14个城市进入过第一档" names none of them
        out += self._qualifiers(
            squashed,
            table=table,
            other_part=extra and self.questions > 1,
            near=re.sub(r"\s+", "", near).lower(),
        )
        if extra and self.questions > 1:
            pass  # the figure may be the other question's: "…有哪些项目？进出口额是多少？"
        elif table and self.quantity:
            row = text.rsplit("\n", 1)[-1]  # the header's years are no figures of the row
            unit = {"money": _MONEY_UNIT, "percent": _PCT_UNIT}.get(self.figure or "")
            if self.figure == "money" and self.currency:
                unit = _CURRENCY_A[self.currency]
            if not re.search(r"\d", row) or (unit is not None and not unit.search(squashed)):
                out.append(
                    {"money": "an amount", "percent": "a percentage"}.get(self.figure or "", "a number")
                )
        elif self.figure == "money" and self.currency and not _CURRENCY_A[self.currency].search(squashed):
            out.append(f"an amount in {self.currency}")
        elif self.figure == "money" and not _MONEY_A.search(squashed):
            out.append("an amount")
        elif self.figure == "percent" and not _PCT_A.search(squashed):
            out.append("a percentage")
        elif self.figure in ("count", "measure") and not _has_number(squashed):
            out.append("a number")  # "2025年底前实现…全覆盖" gives a year, not how many
        elif self.figure == "date" and not (has_date(text) or has_date(near)):
            out.append("a date")  # "Since 1 July 2021 the EU has… The main change was…": the date before
        return out

    def _qualifiers(self, squashed: str, *, table: bool, other_part: bool, near: str = "") -> list[str]:
        """The asked unit, level and period that ``squashed`` (a sentence, lower-cased, no
        spaces) fails. A table row's unit may stand in its header; ``other_part``: an extra
        sentence for the other question of two need not have the first one's unit."""
        out = []
        if self.unit and not other_part:
            forms = _UNIT_FORMS[self.unit]
            pattern = forms.pattern if table else rf"\d[\d.,]*(?:万|亿|千)?(?:{forms.pattern})"
            if not re.search(pattern, squashed, re.I):
                out.append(f"a figure in {self.unit}")
        levels = set(_LEVEL.findall(squashed))
        if self.levels and levels and not (levels & self.levels):
            out.append("level " + "/".join(sorted(self.levels)))  # 市级 does not answer 国家级
        if self.superlative and not (other_part or table or _ranks(squashed)):
            out.append("a ranking (最…/首位)")
        # "其中，出口71.6亿元…" breaks down the sentence before it, and shares its period
        period = near + squashed if _BREAKS_DOWN.match(squashed) else squashed
        if self.full_year and _PART_YEAR.search(period) and not _FULL_YEAR.search(period):
            out.append("the full year")
        if self.measure_word and not (table or other_part):
            counts = rf"(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)(?:万|亿)?(?:余|多)?{self.measure_word}"
            if not re.search(counts, squashed):
                out.append(f"a count in {self.measure_word}")
        return out


def _ranks(squashed: str) -> bool:
    """The sentence says what ranks first, or gives several figures of one kind to compare
    ("欧盟增长15.7%、美国增长15.7%，东盟增长27.7%")."""
    return bool(_RANKS.search(squashed)) or any(len(p.findall(squashed)) >= 2 for p in (_PCT_A, _MONEY_A))


def _has_number(squashed: str) -> bool:
    """A figure other than a year or a date: "372个", "2.9天", "三家"."""
    rest = _DATE_PART.sub("", _YEAR.sub("", squashed))
    return bool(re.search(r"\d", rest) or _COUNT_A.search(rest))


_EN_MAGNITUDE = re.compile(r"^\s*(million|billion|trillion)\b", re.I)
_TO_WAN = {"million": (100, "万"), "billion": (10, "亿"), "trillion": (1, "万亿")}


def _with_magnitude(number: str, after: str) -> str:
    """A stated figure; for "10 million" also the Chinese way of writing it: "10million|1000万"."""
    m = _EN_MAGNITUDE.match(after)
    if m is None or not re.fullmatch(r"\d+(?:\.\d+)?", number):
        return number
    factor, unit = _TO_WAN[m.group(1).lower()]
    value = float(number) * factor
    zh = f"{value:.4f}".rstrip("0").rstrip(".") + unit
    return f"{number}{m.group(1).lower()}|{zh}"


def _written(form: str, text: str) -> bool:
    """``form`` is in ``text``, or (a Chinese word of 3+ characters) its characters are, in order,
    at most two apart in all: 进出口额 in 进出口总额."""
    if form in text:
        return True
    if len(form) < 3 or not _CJK.search(form):
        return False
    pattern = "".join(re.escape(ch) + ".{0,2}" for ch in form[:-1]) + re.escape(form[-1])
    return any(len(m.group()) <= len(form) + 2 for m in re.finditer(pattern, text))


def has_date(text: str) -> bool:
    """``text`` names a year, a month or day, or a half-year."""
    return bool(_DATE_A.search(" ".join(text.split())))


def _ungroup(text: str) -> str:
    """Digit grouping removed: 5,000 -> 5000."""
    return _DIGIT_GROUP.sub("", text)


def _mentions(name: str, squashed: str, spaced: str) -> bool:
    """A Chinese name anywhere in the squashed text; an English one as whole words
    ("eu" is not in "europe", "united states" not in "united nations")."""
    name = name.lower()
    if not name.isascii():
        return name in squashed
    return re.search(rf"(?<![a-z]){re.escape(name)}(?:e?s)?(?![a-z])", spaced) is not None  # euro(s)


def _enough(found: list[bool], comparison: bool) -> bool:
    return any(found) if comparison else all(found)


def question_constraints(
    question: str,
    wq: WeightedQuery,
    idf: Callable[[str], float],
    *,
    anchor_idf: float,
    known: Container[str] | None = None,
) -> Constraints:
    """Constraints of a question: its years, its rare named terms, the figure kind it asks for.

    ``anchor_idf``: a name at least this rare in the corpus (by IDF) is an anchor the answer
    must mention (calibrated on the gold set's answerable/unanswerable split). Names absent
    from the corpus vocabulary (``known``) are anchors too: nothing can answer for them.
    """
    question = _normalise(question)
    coord = _COORD if wq.lang == "zh" else _COORD_EN
    years = set(_YEAR.findall(question))
    span = False
    for m in _YEAR_SPAN.finditer(question):
        a, b = (int(g) for g in m.groups() if g)
        if 0 < b - a <= 30:
            years |= {str(y) for y in range(a, b + 1)}
            span = True
    multi = _MULTI_EN if wq.lang == "en" else _MULTI_ZH
    parts = [p for p in _PART_SPLIT.split(question) if p.strip()] if multi.search(question) else [question]
    c = Constraints(years=years, comparison=bool(coord.search(question)), multipart=span or len(parts) > 1)
    # the first question names no year, so a sentence added for it needs none (the lead still
    # does; a later yearless part, "…2023年…是多少？同比增长多少？", is an ellipsis)
    c.yearless_part = len(parts) > 1 and bool(years) and not _YEAR.search(parts[0])
    c.questions = len(parts)
    c.place = bool(_PLACE_ASK.search(question))
    c.cause = bool(CAUSE_ASK.search(question)) and not _AMOUNT_ASK.search(question)
    c.counted = counted_forms(question, wq, known)
    # a figure the question states is a condition the answer must share ("首次突破10亿元",
    # "the 9610 mode", "5,000 square metres"); years are handled above
    plain = _ungroup(question)
    c.numbers = {
        _with_magnitude(re.sub(r"\s", "", n).replace("％", "%"), plain[m.end() :])
        for m in _NUMBER.finditer(plain)
        if not _YEAR.fullmatch(n := m.group()) and len(re.sub(r"\D", "", n)) >= 2
    }
    asks_date = _DATE_ASK.search(question) and not _AMOUNT_ASK.search(question) and len(parts) == 1
    if asks_date:
        c.figure = "date"  # "哪几年增长率下降": the rate is a condition, the answer is a date
    elif c.cause and len(parts) == 1:
        pass  # "增速回落的原因": the rate is what is explained, the answer is a cause
    elif _MONEY_Q.search(question):
        c.figure = "money"
        c.currency = next((k for k, pat in _CURRENCY_Q.items() if pat.search(question)), None)
    elif _PCT_Q.search(question):
        c.figure = "percent"
    elif (m := _COUNT_Q.search(question)) is not None:
        c.figure = "count"
        c.measure_word = m.group(1) or m.group(2) or ""
    elif _SIZE_Q.search(question) or _UNIT_Q.search(question):
        c.figure = "measure"
    if (u := _UNIT_Q.search(question)) is not None:
        asked = (u.group(1) or u.group(2)).lower()
        c.unit = (
            asked if asked in _UNIT_FORMS else next(v for k, v in _UNIT_EN.items() if asked.startswith(k))
        )
    c.levels = set(_LEVEL.findall(question))
    c.superlative = bool(_SUPERLATIVE_Q.search(question))
    c.full_year = bool(_FULL_YEAR.search(re.sub(r"\s+", "", question).lower()))
    m = _MEASURED.search(question)
    if m and m.group(1) not in ("金", "总", "数") and c.figure == "money":
        c.measured = m.group(1)  # "进出口236.7亿元" often drops the 额
    elif wq.lang == "en" and c.figure == "money":
        # "what were the exports worth" asks for 出口 in a Chinese sentence, not 进出口
        ex, im = _EN_EXPORTS.search(question), _EN_IMPORTS.search(question)
        c.measured = "进出口" if ex and im else "出口" if ex else "进口" if im else ""
    if wq.lang == "zh":
        names = [
            tok
            for tok in dict.fromkeys(wq.original)
            if len(tok) >= 2
            and _CJK.search(tok)
            and not _QWORD.search(tok)
            and is_name(tok)
            and (idf(tok) >= anchor_idf or (known is not None and tok not in known))
        ]
        # a name's pieces (澳大利, 利亚 of 澳大利亚; 印度 of 印度尼西亚) are no names of their own;
        # the name without its administrative suffix (河北 of 河北省) is another way to write it
        whole = {n: {n} for n in names if not any(n != m and n in m for m in names)}
        for n in names:
            for m in whole:
                if m[: len(n)] == n and m[len(n) :] in _ADMIN_SUFFIXES:
                    whole[m].add(n)
        for alts in whole.values():
            # in English text the name is written in English (欧盟 -> european union, eu)
            c.anchors.append(
                {*alts, *(e for a in alts for e in (*cedict_zh_to_en(a), *glossary_zh_to_en(a)))}
            )
    else:
        # English: a capitalised word inside the question is a name; its bridge terms stand for it
        words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,})(?:'s)?\b", question)
        # an acronym the glossary knows as a place (UK, EU) is a name too; others (VAT, GDP,
        # B2B) are ordinary words whose long form a document may use instead
        words += [a for a in re.findall(r"\b([A-Z]{2,5})(?:'?s)?\b", question) if _place_acronym(a)]
        for w in dict.fromkeys(words):
            lw = w.lower()
            # a word of a translated multi-word name ("State Council", "Silk Road") stands
            # for that name's translation
            bridged = [t for key, ts in wq.expansions.items() if lw in key.split() for t in ts]
            alts = {lw, *[t for t in wq.expansions.get(lw, []) + bridged if _CJK.search(t)]}
            if w.isupper():  # UK: also "United Kingdom", "Britain"
                alts |= {e for z in glossary_en_to_zh(lw) for e in glossary_zh_to_en(z)}
            zh = [t for t in alts if _CJK.search(t)]
            if zh and max(idf(t) for t in zh) >= anchor_idf:
                c.anchors.append(alts)
            elif not zh and known is not None and w.lower() not in known and w.lower() not in _EN_COMMON:
                c.anchors.append(alts)  # a name the corpus never mentions in any language
    return c


def names_place(text: str, anchors: list[set[str]]) -> bool:
    """``text`` names a place, body or person other than the question's own names."""
    known = {a.lower() for alts in anchors for a in alts}
    if _CJK.search(text):
        toks = tokenize(text, mode="precise")
        if any(len(t) >= 2 and _CJK.search(t) and t not in known and is_name(t) for t in toks):
            return True
    for m in _EN_NAME.finditer(text):
        w = m.group(1)
        if w.lower() in known or w.lower() in _EN_COMMON or (w.isupper() and not _place_acronym(w)):
            continue
        # a capital that only opens the sentence is a name if the dictionary translates it to one
        if not _SENTENCE_START.search(text[: m.start()]) or any(
            is_name(z) for z in cedict_en_to_zh(w.lower())
        ):
            return True
    return False


def _place_acronym(word: str) -> bool:
    """UK, EU, USA: an acronym the glossary translates to a place name."""
    return any(is_name(z) for z in glossary_en_to_zh(word.lower()))


def known_share(wq: WeightedQuery, idf: Callable[[str], float], known: Container[str]) -> float:
    """IDF-weighted share of the question's search terms that occur in the corpus at all.
    A question mostly about things the corpus never mentions is off-topic."""
    # question words (何时, 多少) and one-character particles the index dropped say nothing
    # about the topic
    # a word the corpus writes only in the other language counts through its translation
    bridged = {t for src, toks in wq.expansions.items() if toks for t in tokenize(src)}
    weights = {
        t: w * idf(t)
        for t, w in wq.terms.items()
        if t in known or not (_QWORD.search(t) or (len(t) == 1 and _CJK.search(t)))
    }
    total = sum(weights.values())
    return sum(v for t, v in weights.items() if t in known or t in bridged) / total if total else 0.0
