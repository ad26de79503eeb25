"""What a question asks for and how a sentence says it: the regular expressions and word lists
that ``constraints.py`` reads questions and sentences with (Chinese and English)."""

from __future__ import annotations

import re

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
MONEY_Q = re.compile(
    r"多少\s*(?:万亿|亿|万|千)?(?:美|欧|港|日|澳|加|韩|新加坡|新西兰|新)?元|多少\s*(?:英镑|人民币|钱)|金额|(?<!数)额(?:又|分别|各|一共|总共|大约|约|要|将|能)?(?:是|为|有|达到|达|突破)?多少"
    r"|(?:收入|营收|利润|成本|费用|资金|投资|投入|补贴|补助|奖励|租金|税款|罚款)(?:大概|大约|约|一共|总共)?(?:是|为|有|达到|达)?多少(?![个家项次件座批条所名人单])"
    r"|多少\s*(?:财政|专项)?(?:资金|经费|预算)"  # "一共安排了多少财政资金"
    r"|how much (?:money|funding|subsidy)|(?:yuan|rmb|dollars?|euros?)\b"
    # "what was the value of…", "how much was X's trade…" (not "how much did it grow")
    r"|\bwhat (?:was|were|is|are) the (?:value|amount|turnover|revenue|sales)\b"
    r"|\bhow much (?:was|were|is|are)\b(?!.{0,60}\b(?:grow|grew|rise|rose|increase|fall|fell)\b)",
    re.I,
)
PCT_Q = re.compile(
    r"百分之|占比|比重|比例|增速|增长率|增幅|税率|多少\s*[%％]|占了?多少(?!\s*[个家项次件亿万元])|what (?:percentage|share|proportion)|\brates?\b|per ?cent"
    r"|率\s*(?:大概|大约|约|是|为|有|达到|达)*多少|(?:涨|增长)了?多少"
    r"|\bhow fast\b|\bby how much\b|\bhow much did\b.{0,60}\b(?:grow|rise|increase|fall)\b",
    re.I,
)
# which rate a percentage question asks for, and the words a sentence gives each with
GROWTH_Q = re.compile(
    r"增速|增长率|增幅|(?:增长|增加|上涨|涨)了?(?:多少|几)|同比.{0,4}多少|how fast|growth|\bgr[eo]w\b|\brise\b|\brose\b",
    re.I,
)
SHARE_Q = re.compile(
    r"占比|比重|份额|占.{0,16}(?:多少|几成|比例)|what (?:share|proportion|percentage)|\bshare of\b|\bproportion\b",
    re.I,
)
# a Chinese sentence gives the rate next to its percentage ("同比增长34.2%", "占出口额的82.7%");
# a table gives it in the header ("同比增长（%）")
GROWTH_A = re.compile(
    r"(?:增长|增速|增幅|增加|上涨|提高|上升|下降|下滑|回落|减少)[^，。；\d]{0,8}\d[\d.]*(?:[%％]|倍)"
)
SHARE_A = re.compile(
    r"(?:占|比重|份额)[^。；]{0,24}?\d[\d.]*[%％]|\d[\d.]*[%％][^，。；]{0,4}的?(?:比重|份额)"
    r"|\d[\d.]*[%％]的"  # "42.6%的受访企业认为…": a share of those asked
)
GROWTH_HEADER = re.compile(r"增长|增速|增幅")
SHARE_HEADER = re.compile(r"占|比重|份额")
COUNT_Q = re.compile(
    r"多少\s*([个家人项次件座批条所名单票列班架艘辆])|(?<!哪)几\s*([个家项次批座所名票列班架艘辆])|how many",
    re.I,
)
# "what fine does X impose", "罚款多少": an amount, or a share of the tax evaded ("a penalty of 75%")
PENALTY_Q = re.compile(
    r"\bwhat (?:[\w-]+ )?(?:fines?|penalty|penalties) (?:does|do|did|can|could|will|would|may|might)\b"
    r"|\bwhat (?:is|are|was|were) the (?:[\w-]+ ){0,2}?(?:fines?|penalty|penalties)\b(?!-)"
    r"|\bhow (?:much|large|big) (?:is |was |are )?(?:the |a )?(?:fines?|penalty|penalties)\b"
    r"|(?:罚款|罚金|滞纳金)(?:是|为|有)?(?:多少|标准|金额|数额)|罚多少",
    re.I,
)
# "what handling fee / registration threshold / fine": the thing charged, and the words an
# English sentence names it with
# (the noun asked for: "what is the registration threshold", "what handling fee do carriers add";
# not "what cost-cutting measures", "what happens above the threshold", "what is the time limit")
CHARGE_Q = re.compile(
    r"\bwhat (?:(?:is|are|was|were) the )?(?:[\w-]+ ){0,3}?(?<!time )"
    r"(fee|charge|fine|penalty|price|cost|threshold|limit|ceiling)s?\b(?!-)"
    r"(?= (?:does|do|did|can|could|will|would|may|is|are|was|were|of|for|on|in|at|to|that|applied|applies)\b|\s*[?,]|$)",
    re.I,
)
_FEE = r"\bfees?\b|\bcharges?\b|\bsurcharges?\b"
_LIMIT = (
    r"\bthresholds?\b|\blimits?\b|\bceilings?\b|\bde minimis\b|\bexempt|\bno more than\b|\bnot exceed"
    r"|\bup to\b|\bor less\b|\bat most\b|\bmaximum\b|\bbelow\b|\bunder\b"
)
_FINE = r"\bfine[sd]?\b|\bpenalt|\bsanction"
_PRICE = r"\bprices?\b|\bcosts?\b|\bfees?\b|\bcharges?\b"
CHARGE_WORDS = {
    "fee": _FEE, "charge": _FEE, "fine": _FINE, "penalty": _FINE, "price": _PRICE, "cost": _PRICE,
    "threshold": _LIMIT, "limit": _LIMIT, "ceiling": _LIMIT,
}  # fmt: skip
PENALTY_A = re.compile(r"\bfine[sd]?\b|\bpenalt|\bsanction|罚|滞纳金", re.I)
# "每公斤运费是多少钱", "the fee per parcel": a price per unit, which a total does not give
PER_UNIT_Q = re.compile(
    r"每\s*(公斤|千克|吨|件|单|票|箱|标准箱|标箱|立方米|平方米)|\bper (kg|kilogram|tonne|ton|parcel|item|package|shipment)\b",
    re.I,
)
PER_UNIT_FORMS = {
    "公斤": "公斤|千克|kg",
    "千克": "公斤|千克|kg",
    "kg": "公斤|千克|kg|kilogram",
    "kilogram": "公斤|千克|kg|kilogram",
    "吨": "吨|tonne|ton",
    "tonne": "吨|tonne|ton",
    "ton": "吨|tonne|ton",
    "件": "件|parcel|item|package|piece",
    "票": "票|单|consignment|shipment|declaration|parcel",
    "单": "单|票|order|consignment|shipment|parcel",
    "箱": "箱|container|box|teu",
    "parcel": "件|单|票|parcel|item|package|shipment|consignment",
    "item": "件|item|parcel",
    "package": "件|包裹|package|parcel",
    "shipment": "票|单|shipment|consignment|parcel",
    "标准箱": "标准箱|标箱|teu",
    "标箱": "标准箱|标箱|teu",
}
MONEY_A = re.compile(
    r"\d[\d.,，]*\s*(?:万亿|亿|万|千)?\s*(?:美元|元|欧元|港元|英镑|日元|泰铢|铢|卢布|林吉特|卢比|比索|越南盾|印尼盾|盾)"
    r"|(?:usd|eur|rmb|cny|gbp|hkd|jpy|krw|sgd|aud|cad|thb|myr|idr|vnd|php|inr|rub|[a-z]{0,2}\$|€|£|¥|₩|₹)\s?\d"
    r"|\d[\d.,]*\s?(?:million|billion|thousand|trillion|bn|m)?\s?"
    r"(?:yuan|dollars?|euros?|usd|eur|rmb|cny|pounds?|yen|won|baht|ringgit|rupees?|pesos?|dong|rupiah|roubles?|rubles?)\b",
    re.I,
)
PCT_A = re.compile(r"\d[\d.]*\s*[%％]|百分之|\d+(?:\.\d+)?\s*倍|[一二三四五六七八九]成")
# units a table may give once, in a header or label cell
MONEY_UNIT = re.compile(r"元|\b(?:usd|eur|rmb|cny|gbp|yuan|dollars?|euros?)\b|[$€£¥]", re.I)
PCT_UNIT = re.compile(r"[%％]|百分|percent")
COUNT_A = re.compile(r"\d|[一二两三四五六七八九十百千万]+\s*[个家项次批座所名条]")
CJK = re.compile(r"[\u4e00-\u9fff]")
# a stated figure with its magnitude ("10亿", "30%", "5000"): 10亿 is not 10万
DIGIT_GROUP = re.compile(r"(?<=\d)[,，](?=\d{3})")
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])(?:\s?(?:万亿|亿|万|千|[%％]))?")
# a comparison's base year is not the year a sentence is about
# "up 31% on 2023", "比2022年": the year compared with (read on lower-case text with its spaces)
BASE_YEAR = re.compile(
    r"(?:\b(?:over|than|from|on|vs\.?|versus|compared with|compared to)\s+|比|较|相比|与)\s*(?:19|20)\d{2}",
    re.I,
)
# a question that names a foreign currency wants an amount in it (a yuan figure is no answer)
CURRENCY_Q = {
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
# (read on lower-case text with its spaces: "aud" is no word inside "audited")
CURRENCY_A = {
    "USD": re.compile(
        r"美元|\busd\b|us\$|(?<![a-z])\$\s?\d|(?<!australian )(?<!canadian )(?<!singapore )(?<!zealand )\bdollars?\b"
    ),
    "EUR": re.compile(r"欧元|\beur\b|€|\beuros?\b"),
    "GBP": re.compile(r"英镑|\bgbp\b|£|\bpounds?\b"),
    "HKD": re.compile(r"港元|港币|\bhkd\b|hk\$"),
    "JPY": re.compile(r"日元|\bjpy\b|\byen\b|円"),
    "AUD": re.compile(r"澳元|澳币|\baud\b|(?<![a-z])au?\$|\baustralian dollars?\b"),
    "CAD": re.compile(r"加元|加币|\bcad\b|(?<![a-z])ca?\$|\bcanadian dollars?\b"),
    "NZD": re.compile(r"新西兰元|纽币|\bnzd\b|nz\$|\bnew zealand dollars?\b"),
    "SGD": re.compile(r"新加坡元|\bsgd\b|(?<![a-z])s\$|\bsingapore dollars?\b"),
    "KRW": re.compile(r"韩元|\bkrw\b|₩|\bwon\b"),
}
# capitalised words that start questions or titles without being names
EN_COMMON = frozenset(
    "what which when where who whom whose why how does did do is are was were can could should would will the"
    " january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
# common nouns jieba's dictionary tags as place names: "哪些城市" names no place
GENERIC_PLACES = frozenset({"城市", "城镇", "新区", "城区", "市区"})
# "六国", "东盟十国", "中亚五国" count places rather than name one
COUNTED_PLACES = re.compile(r"[\u4e00-\u9fff]{0,4}[一二两三四五六七八九十]+[国省市]")
ADMIN_SUFFIXES = frozenset("省 市 县 区 州 盟 镇 新区 自治区 自治州".split())
# currencies are checked as the amount's currency, not as names a sentence must spell out
CURRENCY_NAMES = frozenset(
    "人民币 美元 欧元 英镑 日元 韩元 港元 澳元 加元 卢布 卢比 泰铢 林吉特 新加坡元".split()
)
QWORD = re.compile(r"[哪几谁吗呢]|多少|什么|何[时处]|怎[么样]|如何|为何")
# how people talk, not what they ask about: "去年…一共做了多少？比前一年涨了多少？"
COLLOQUIAL = frozenset(
    "去年 今年 前年 明年 上年 一共 总共 大概 大约 左右 这块 这个 那个 做 搞 弄 涨 跌 比前 一年 前一年 多大".split()
)
COORD = re.compile(r"[和与及、跟或]|以及|比较|对比|相比|分别|各")
# English: a coordinator between two names ("Hangzhou and Ningbo", "Hebei compared with
# Beijing"), or a comparison word; "..., and how many ..." joins two questions, not names
COORD_EN = re.compile(
    r"\b[A-Z][\w-]*(?:'s)?(?:\s+[\w-]+){0,2}?,?\s+(?:and|or|vs\.?|versus|compared (?:with|to))\s+(?:the\s+)?[A-Z]"
    r"|\b(?:compare[ds]?|comparison|versus|respectively|each|both|between)\b"
)
# two questions in one: "... in 2018, and which ... 2025?"; each may name its own year
MULTI_EN = re.compile(r"\b(?:and|or)\s+(?:in\s+)?(?:what|which|how|when|where|who|why)\b", re.I)
MULTI_ZH = re.compile(r"[？?]\s*\S.*[？?]")
PART_SPLIT = re.compile(
    r"[？?]|,?\s+\b(?:and|or)\s+(?=(?:in\s+)?(?:what|which|how|when|where|who|why)\b)", re.I
)
# "进口额是多少" / "交易额为多少亿元": the amount asked for by name
MEASURED = re.compile(
    r"((?:进出口|进口|出口|交易|销售|营业|成交|零售|贸易)|[金总数])额(?:又|分别|各|一共|总共|大约|约|要|将|能)?(?:是|为|有|达到|达|突破)?多少"
)
TRADE = re.compile(r"进出口|进口|出口|贸易")
EN_EXPORTS = re.compile(r"\bexport(?:s|ed|ing)?\b", re.I)
EN_IMPORTS = re.compile(r"\bimport(?:s|ed|ing)?\b", re.I)
MEASURED_FORMS = {
    "进出口": re.compile(r"进出口|贸易"),
    "贸易": re.compile(r"进出口|贸易"),
    "出口": re.compile(r"(?<!进)出口"),
    **{k: re.compile(k) for k in ("进口", "交易", "销售", "营业", "成交", "零售")},
    # other amounts a question may ask for, and the words a sentence gives them with
    "收入": re.compile(r"收入|营收|营业额"),
    "营收": re.compile(r"收入|营收|营业额"),
    "利润": re.compile(r"利润|盈利|净利"),
    "成本": re.compile(r"成本|费用"),
    "费用": re.compile(r"费用|成本|费"),
    "投资": re.compile(r"投资|投入"),
    "投入": re.compile(r"投资|投入"),
    "补贴": re.compile(r"补贴|补助|奖励|资助|扶持"),
    "补助": re.compile(r"补贴|补助|奖励|资助|扶持"),
    "奖励": re.compile(r"补贴|补助|奖励|资助|奖"),
    "租金": re.compile(r"租金|租赁"),
    "税款": re.compile(r"税"),
    "罚款": re.compile(r"罚"),
    **{k: re.compile(k) for k in ("毛利", "退货", "复购", "转化", "渗透", "查验", "退税", "税")},
    "净利": re.compile(r"净利|利润"),
}
# "利润率是多少": the rate asked for is of profit, which a growth or share rate does not give
RATE_NOUN = re.compile(r"(利润|毛利|净利|退货|复购|转化|渗透|查验|退税|税)率")
# "租金收入是多少": the amount asked for is the rent, which an export total does not give
MONEY_NOUN = re.compile(
    r"(收入|营收|利润|成本|费用|投资|投入|补贴|补助|奖励|租金|税款|罚款)(?:大概|大约|约|一共|总共)?(?:是|为|有|达到|达)?多少"
)
# the question asks why: a cause answers it, the figure it names is the thing explained
CAUSE_ASK = re.compile(
    r"为什么|为何|原因(?:是什么|是|有哪些|有|何在|主要|在于|包括)|^why\b|\bwhy (?:did|was|were|is|are|has|have|do|does)\b"
    r"|\bwhat (?:are|were|is|was) the (?:main )?(?:reasons?|causes?)\b|\breasons? (?:for|why|behind)\b",
    re.I,
)
# a sentence that opens by pointing back ("这主要是…", "This was…") is dated by the one before it
POINTS_BACK = re.compile(r"^(?:这|此(?![外前后次时])|上述|(?:this|these|that)\b)", re.I)
# a date: a year, a month or day, a half-year
DATE_A = re.compile(
    r"(?:19|20)\d{2}|\d{1,2}月|\d{1,2}日|[上下]半年|年[初底末]|同年|当年"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)
# the unit a how-much question asks in, and the ways a text writes it
UNIT_FORMS = {
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
UNIT_Q = re.compile(
    r"多少\s*(?:万|亿|千)?\s*(平方米|平方公里|公顷|亩|吨|公里|千米|小时|天|分钟|标箱|立方米)"
    r"|how many (square met(?:re|er)s|square kilomet(?:re|er)s|hectares|tonnes|tons|kilomet(?:re|er)s|hours|days"
    r"|minutes|teus?|cubic met(?:re|er)s)\b",
    re.I,
)
UNIT_EN = {
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
LEVEL = re.compile(r"(国家|省|市|区|县)级")
# a level and what it qualifies ("国家级电子商务示范基地" -> 国家, 电子商务示范基地)
LEVEL_OF = re.compile(r"(国家|省|市|区|县)级(?:以上|以下)?(?:的)?([\u4e00-\u9fff]{2,8})")
FULL_YEAR = re.compile(r"全年|fullyear|wholeyear|(?<![a-z])annual")
PART_YEAR = re.compile(
    r"\d{1,2}[—\-–~至到](?!12月)\d{1,2}月|前[一二三]季度|[一二三四]季度|上半年|下半年|first(?:half|quarter|three|nine)"
)
# the question asks which one ranks first, and the ways a sentence says so
SUPERLATIVE_Q = re.compile(
    r"(?:哪|什么|which|what).{0,30}(?:最(?:快|高|多|大|低|少|小|早|晚|强|好|重要|主要)"
    r"|\b(?:fastest|highest|largest|biggest|most(?!-)|lowest|smallest|earliest|leading)\b)",
    re.I,
)
RANKS = re.compile(
    r"最|首位|居首|第一(?!季度)|榜首|之首"
    r"|\b(?:top|highest|largest|biggest|most|fastest|lowest|smallest|leading|first)\b"
)
# the question asks for the name of a plan, programme or system: a sentence gives it in quotes
NAME_ASK = re.compile(
    r"\bwhat is the name of\b|\bwhat is (?:it|the \w+(?: \w+)?) called\b|叫什么|名称是什么|名字是什么", re.I
)
QUOTED_NAME = re.compile(r"[“「《\"'][^”」》\"']{2,16}[”」》\"']")
# the question asks what exists now ("目前已经建了几个"); a plan ("力争新建8个以上") does not answer it
ACHIEVED_Q = re.compile(
    r"已经|已(?![于在])|目前|现有|截至|截止|(?:实际|最终)(?:完成|实现|达到|到位)|\balready\b|\bso far\b"
    r"|\bcurrently\b|\bto date\b|\bactually\b",
    re.I,
)
PLAN_A = re.compile(
    r"力争|计划|拟|将(?:于|在|要|达到|新建|建设)|目标|预计|争取|到20\d\d年|新建.{0,12}以上"
    r"|\bplans? to\b|\baims? to\b|\bwill\b|\btargets?\b|\bexpected to\b",
    re.I,
)
ACHIEVED_A = re.compile(
    r"已|截至|截止|累计|现有|建成|完成|\balready\b|\bso far\b|\bto date\b|\bhas (?:been|built|opened)\b", re.I
)
# "其中，出口…", "Among them, …": a breakdown of the sentence before it
BREAKS_DOWN = re.compile(r"^(?:其中|among (?:them|which)|of which|of these)[，,：:\s]", re.I)
# a pointer to a figure or table ("由图1可知", "见表2", "Figure 3"): its number counts nothing
FIGURE_REF = re.compile(r"(?:图|表|附表|附图|figure|fig\.?|table)\s*\d+(?:[.-]\d+)?", re.I)
FULL_DATE = re.compile(r"\d{1,2}月\d{1,2}[日号]")
DATE_PART = re.compile(r"\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")
# a figure the question asks for the size of ("面积有多大", "how large")
# "what threshold does X apply", "起征点是多少": a threshold is a figure ("no threshold" is none)
THRESHOLD_Q = re.compile(r"\b(?:threshold|ceiling)s?\b|门槛|起征点|限额", re.I)
# "进出口最终完成了多少": an amount of that trade, asked without 额
TRADE_DONE = re.compile(
    r"(进出口|进口|出口)(?:额|总额)?[^，。？?、]{0,6}?(?:完成|实现|做|达到|达)了?多少(?![个家项次件座批条所名人单])"
)
# "出口同比增长了多少": the growth asked for is of exports, not of total trade
GROWTH_OF = re.compile(
    r"(进出口|进口|出口)(?:额|总额|值|总值)?(?:同比|比上年|较上年)?(?:增长|增速|增幅|下降)"
)
SIZE_Q = re.compile(
    r"多[大长高远重宽](?=[？?，,。]|$)|\bhow (?:large|big|far|heavy|wide)\b|\bwhat size\b", re.I
)
# the question asks which place: the answer names one ("哪些城市…", "which provinces…")
PLACE_ASK = re.compile(
    r"哪(?:一|几|两|三|四|五)?(?:个|些)?\s*(城市|省份|省|国家|地区|区域|口岸|港口|市场(?!主体)|区(?![别间分域])|县(?!城)|市(?!场))"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:cities|city|provinces?|countries|country|regions?|ports?)\b",
    re.I,
)
# "哪个区/县": the answer names a district or county ("西青区"), not a partner country
ADMIN_NAME = {
    kind: re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?<![地园城市社片各全本该])(?:{kind})")
    for kind in ("区", "县", "市")
}
EN_NAME = re.compile(r"\b([A-Z][a-zA-Z]+|[A-Z]{2,5})\b")
SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+)$")
# the question asks for a date or year, and for no amount besides
DATE_ASK = re.compile(
    r"哪一?年|哪几年|哪一?天|哪一?日|何时|什么时候|什么日期|几月几日|^when\b|\bwhen (?:did|was|were|is|are|will|would|does|do|has|have|had)\b"
    r"|\b(?:what year|which years?|in what year)\b",
    re.I,
)
AMOUNT_ASK = re.compile(
    r"多少|几[个家项次批座所名条]|\bhow (?:many|much)\b|\bwhat (?:share|percentage|rate|amount)\b", re.I
)
# a span of years: any year inside it answers ("2010至2015年间", "between 2019 and 2021")
YEAR_SPAN = re.compile(
    r"((?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~|～)\s?((?:19|20)\d{2})"
    r"|\bfrom ((?:19|20)\d{2}) (?:to|through|until) ((?:19|20)\d{2})"
    r"|\bbetween ((?:19|20)\d{2}) and ((?:19|20)\d{2})",
    re.I,
)
