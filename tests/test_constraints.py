from cbec_rag.crosslingual import build_query
from cbec_rag.generate.names import is_name, title_subjects
from cbec_rag.generate.question import known_share, question_constraints

VOCAB = {"跨境电商", "合肥", "郑州", "杭州", "进出口", "出口", "海外仓", "亿元", "2023"}


def idf(term: str) -> float:
    return 2.0


def _cons(q: str):
    return question_constraints(q, build_query(q, vocabulary=VOCAB), idf, anchor_idf=1.5, known=VOCAB)


def test_years_names_and_figure_kind():
    c = _cons("合肥2023年跨境电商进出口额达到多少亿元？")
    assert c.years == {"2023"}
    assert any("合肥" in alts for alts in c.anchors)
    assert c.figure == "money"
    assert c.missing("2023年，合肥跨境电商进出口额达到350亿元。") == []
    assert "year 2023" in c.missing("2022年合肥跨境电商进出口额达到300亿元。")[0]
    assert any(m.startswith("name") for m in c.missing("2023年苏州跨境电商进出口额为124.7亿元。"))
    assert "an amount" in c.missing("2023年合肥跨境电商进出口额增长较快。")


def test_name_may_be_in_passage_context():
    c = _cons("合肥2023年跨境电商进出口额是多少亿元？")
    assert c.missing("2023年全市跨境电商进出口额为350亿元。", context="合肥市跨境电商发展报告") == []


def test_comparison_needs_one_of_the_names():
    c = _cons("郑州和杭州的海外仓补贴比例分别是多少？")
    assert c.comparison and c.figure == "percent"
    assert c.missing("杭州对海外仓给予不超过50%的补贴。") == []


def test_percent_and_count_kinds():
    assert _cons("跨境电商占外贸的比重是多少？").figure == "percent"
    assert _cons("How many overseas warehouses were built?").figure == "count"
    assert _cons("What was the export growth rate?").figure == "percent"
    assert _cons("跨境电商有哪些支持政策？").figure is None


def test_english_name_unknown_to_corpus_is_required():
    c = _cons("What is the oxygen plan of the Mars base?")
    assert {"mars"} in c.anchors
    assert c.missing("跨境电商海外仓建设。")


def test_is_name():
    assert is_name("合肥") and is_name("泉州") and is_name("欧盟")
    assert not is_name("论文") and not is_name("时候") and not is_name("出口额")


def test_known_share():
    vocab = {"跨境", "电商", "跨境电商", "出口"}
    assert known_share(build_query("跨境电商出口", vocabulary=vocab), idf, vocab) == 1.0
    assert known_share(build_query("火星基地氧气", vocabulary=vocab), idf, vocab) == 0.0


def test_month_and_day_names_are_not_required_names():
    c = _cons("As of May 2024, how many countries had joined? What happened in January?")
    assert not c.anchors


def test_counted_thing_english_and_chinese():
    c = _cons("How many overseas warehouses have enterprises built?")
    assert "海外仓" in c.counted and "warehouse" in c.counted
    assert c.missing("企业共设立183个海外仓。") == []
    # a sentence with a number about something else does not answer "how many X"
    assert any(m.startswith("what is counted") for m in c.missing("全省网民总数达3000多万人。"))
    z = _cons("合肥有多少家跨境电商企业入驻？")
    assert z.counted == {"企业"}
    assert z.missing("合肥共有120家企业入驻。") == []


def test_counted_thing_may_be_named_just_before_a_list():
    c = _cons("湖北获批了几个综试区？")
    assert "综试区" in c.counted
    sent = "湖北4个、山西3个；"
    assert c.missing(sent)
    assert c.missing(sent, near="其他五个中部省份获批的综试区中，安徽6个，") == []


def test_counted_compound_matches_its_spelled_out_form():
    c = _cons("到2030年要建成多少个跨境电商产业园？")
    assert c.missing("到2030年建成5个跨境电子商务产业园。") == []


def test_rank_words_are_not_counted_things():
    assert not _cons("排名比上年变化了几个位次？").counted


def test_english_and_between_clauses_is_not_a_comparison():
    c = _cons("In what year did the Zhongyu train open, and how many trains ran in 2021?")
    assert not c.comparison and c.multipart
    assert {"zhongyu"} in c.anchors
    assert c.missing("2021年3月，郑州新增三个试点城市。")  # the unknown name is still required
    assert _cons("What did Hangzhou and Zhengzhou plan?").comparison


def test_multipart_question_needs_one_of_its_years():
    c = _cons("Which city got a zone in 2018, and which plan is based on a 2025 approval?")
    assert c.multipart
    assert not any(m.startswith("year") for m in c.missing("2018年武汉获批综试区。"))


def test_word_of_a_translated_name_stands_for_the_translation():
    vocab = VOCAB | {"国务院"}
    q = "Which plan did the State Council approve?"
    c = question_constraints(q, build_query(q, vocabulary=vocab), idf, anchor_idf=1.5, known=vocab)
    assert c.anchors and all("国务院" in alts for alts in c.anchors), c.anchors
    assert c.missing("国务院批复同意该方案。") == []


def test_year_span_accepts_any_year_inside_it():
    c = _cons("2010至2015年间，哪几年的交易额增长率有所下降？")
    assert {"2010", "2012", "2015"} <= c.years
    assert not any(
        m.startswith("year") for m in c.missing("但是2012年、2014年的增长率相比前一年都是下降的。")
    )


def test_a_date_question_with_a_rate_condition_wants_a_date_not_a_rate():
    assert _cons("哪几年的跨境电商增长率比前一年有所下降？").figure == "date"
    assert _cons("In which year did the share first exceed 5%, and what was the growth rate?").figure


def test_a_two_part_question_keeps_its_year():
    c = _cons("宁波保税区集聚了哪些进口电商项目？宁波2023年跨境电商进出口额又是多少？")
    sentence = "宁波保税区集聚了网易考拉等知名跨境进口电商项目。"
    assert c.missing(sentence)  # the year is still asked for
    # a two-part question does not lose its year: the other year's figure is no answer
    w = _cons("河南跨境电商发展怎么样？2025年河南省跨境电商进出口额是多少亿元？")
    assert w.missing("十年间累计跨境电商进出口额6408.8亿元。")
    # an elliptical follow-up keeps the first part's year
    assert _cons("2023年全省跨境电商进出口额是多少？同比增长多少？").years == {"2023"}


def test_yearless_sentence_takes_the_year_its_passage_last_named():
    c = _cons("2018年一般贸易进出口额是多少亿元？")
    assert c.missing("一般贸易进出口达到2675亿元。", year="2018") == []
    assert c.missing("一般贸易进出口达到2675亿元。", year="2017")
    assert c.missing("2017年一般贸易进出口达到2400亿元。", year="2018")  # its own year wins


def test_review_findings_on_counting_and_years():
    # "how many are there" / "how many times" count no thing
    assert not _cons("How many are there in Guangdong?").counted
    assert not _cons("How many times has Zhengzhou entered the top ten?").counted
    # the head of a long noun phrase, not every word of it
    c = _cons("How many cross-border e-commerce comprehensive pilot zones are there in China?")
    assert "综试区" in c.counted and "跨境" not in c.counted and "电子商务" not in c.counted
    # Chinese: the noun after 的, before 共有多少个, and 哪几个 is a list, not a count
    assert _cons("湖北省有多少家从事电子商务的卖家？").counted == {"卖家"}
    assert "综试区" in _cons("全国跨境电商综试区共有多少个？").counted
    assert _cons("2017年湖北省网民总数有多少？").counted == {"网民"}
    q = _cons("哪几个城市进入过第一档？")
    assert not q.counted and q.figure is None
    # two separate years are not a span; a span is
    assert _cons("What was the export volume in 2020 and 2023?").years == {"2020", "2023"}
    assert len(_cons("Between 2019 and 2021, what changed?").years) == 3
    # full-width digits are digits
    assert _cons("２０２１年河南新增了哪些试点城市？").years == {"2021"}
    assert not _cons("2021年河南新增试点城市？").missing("２０２１年，河南新增许昌、开封、焦作三个试点城市。")


def test_question_words_do_not_make_a_question_off_topic():
    vocab = {"措施", "施行", "本"}
    wq = build_query("本措施自何时起施行？", vocabulary=vocab)
    assert known_share(wq, idf, vocab) == 1.0


def test_english_amounts_and_whole_word_english_names():
    c = _cons("进口一站式申报的上限金额是多少？")
    assert c.figure == "money" and c.currency is None
    assert "an amount" not in c.missing("Consignments of no more than EUR 150 qualify.")
    assert "an amount" not in c.missing("Sales reached 2.3 billion yuan.")
    assert "an amount" in c.missing("The scheme started in July.")
    assert _cons("欧盟进口一站式申报的上限是多少欧元？").figure == "money"
    from cbec_rag.generate.constraints import mentions

    assert mentions("eu", "", "the eu threshold") and not mentions("eu", "", "routes to europe")
    assert mentions("united states", "", "exports to the united states grew")


def test_an_amount_asked_in_a_foreign_currency_must_be_in_it():
    c = _cons("美国小额豁免的门槛是多少美元？")
    assert c.currency == "USD"
    assert "an amount in USD" in c.missing("The planned abolition of the EUR 150 duty exemption.")
    assert not any("amount" in m for m in c.missing("The United States threshold is USD 800 a day."))
    assert _cons("2023年全省跨境电商进出口额是多少亿元？").currency is None


def test_a_comparison_base_year_does_not_date_a_sentence():
    c = _cons("What was the total value in 2023?")
    s = "Total value reached 48.6 billion yuan, an increase of 21.3 percent over 2022."
    assert c.missing(s, year="2023") == []  # dated by its passage, not by the base year
    assert c.missing("在2022年，总额为40亿元。", year="2023")  # its own year wins


def test_a_figure_stated_in_the_question_must_be_shared_with_its_magnitude():
    c = _cons("对进出口额首次突破10亿元的企业给予多少奖励？")
    assert c.numbers == {"10亿"}
    assert c.missing("首次突破5000万元、1亿元、5亿元的企业，分别给予30万元、50万元、100万元奖励。")
    assert c.missing("增长超过30%的企业，再给予10万元奖励。")  # 10万 is not 10亿
    assert not any(m.startswith("the figure") for m in c.missing("首次突破10亿元的企业，给予200万元奖励。"))
    e = _cons("What subsidy applies to warehouses above 5,000 square metres?")
    assert e.numbers == {"5000"}
    assert e.missing("Warehouses of more than 5,000 square metres get 30 percent.") == []


def test_a_why_question_asks_for_a_cause_not_for_the_rate_it_names():
    c = _cons("2023年跨境电商出口增速回落的主要原因是什么？")
    assert c.figure is None
    assert _cons("Why did the export growth rate fall in 2023?").figure is None
    assert _cons("2023年跨境电商出口增速是多少？").figure == "percent"


def test_a_sentence_pointing_back_is_dated_by_the_sentence_before_it():
    c = _cons("2023年跨境电商出口增速回落的原因是什么？")
    cause = "这主要是受到2022年高基数的影响。"
    assert c.missing(cause, near="2023年跨境电商出口增速有所回落。") == []
    assert c.missing(cause) != []  # on its own it speaks of 2022
    assert (
        c.missing("此外，2022年出口较快。", near="2023年出口增速回落。") != []
    )  # 此外 adds, it does not point back


def test_a_when_question_needs_a_date_and_an_amount_question_an_amount():
    c = _cons("合肥综试区是哪一年获批设立的？")
    assert c.figure == "date"
    assert c.missing("合肥综试区建设取得积极成效。") == ["a date"]
    assert c.missing("合肥综试区于2016年获批设立。") == []
    assert _cons("When did the EU abolish the VAT exemption?").figure == "date"
    assert _cons("Which cities shrank when all other cities grew?").figure is None  # "when" joins clauses
    assert _cons("2023年合肥市的跨境电商进出口额是多少？").figure == "money"


def test_two_questions_in_one_are_counted_and_the_figure_is_still_asked_for():
    c = _cons("合肥集聚了哪些跨境电商项目？合肥2023年跨境电商进出口额又是多少？")
    assert c.questions == 2 and c.figure == "money"
    project = "合肥集聚了考拉海购、天猫国际等跨境电商项目。"
    assert "an amount" in c.missing(project, year="2023")


def test_a_reason_inside_a_figure_question_does_not_make_it_a_why_question():
    assert _cons("因质量原因退货的商品占比是多少？").figure == "percent"
    assert _cons("What share of parcels were returned for quality reasons?").figure == "percent"
    assert _cons("2023年出口增速回落的原因是什么？").cause
    assert _cons("Why did exports fall in 2023?").cause


def test_only_a_cause_borrows_the_years_of_the_sentence_it_points_back_to():
    c = _cons("2023年全省跨境电商出口额是多少亿元？")
    assert c.missing("这一指标在2021年为80亿元。", near="2023年出口额统计口径调整，数据尚未发布。")
    why = _cons("Why did the export growth rate fall in 2023?")
    assert (
        why.missing("This was mainly due to the high base of 2022.", near="In 2023 the growth rate fell.")
        == []
    )
    assert why.missing("Before that, the base of 2022 was high.", near="In 2023 the growth rate fell.")


def test_an_acronym_the_corpus_never_mentions_is_a_required_name():
    c = _cons("What is the UK's duty-free threshold for parcels?")
    assert any("uk" in alts for alts in c.anchors)
    assert c.missing("The duty-free threshold in the EU is EUR 150.")


def test_a_date_just_before_the_sentence_answers_a_when_question():
    c = _cons("When did the EU abolish the VAT exemption?")
    sentence = "The main change was the abolition of the EU VAT exemption."
    assert c.missing(sentence) == ["a date"]
    assert c.missing(sentence, near="Since 1 July 2021 the EU has applied the package.") == []


def test_generic_place_nouns_are_not_names():
    assert not is_name("城市") and is_name("合肥")
    c = _cons("截至2023年底合肥企业建设了多少个海外仓？主要分布在哪些城市？")
    assert c.missing("截至2023年底，合肥企业建设海外仓46个，主要分布在德国杜伊斯堡和波兰罗兹。") == []


def test_foreign_currency_amounts_are_amounts():
    c = _cons("How much did Korea import directly from China in 2023, in yuan?")
    assert c.figure == "money"
    amount = _cons("2023年韩国从中国直购金额是多少？")
    assert amount.missing("2023年韩国从中国直购金额为KRW 3.29 trillion。") == []
    assert amount.missing("2023年韩国从中国直购金额为500万泰铢。") == []
    assert amount.missing("2023年韩国从中国直购金额为S$400。") == []
    assert amount.missing("2023年韩国从中国直购金额增长较快。") == ["an amount"]


def test_what_a_how_many_people_question_counts_must_be_there():
    c = _cons("2023年合肥市跨境直播电商从业人员有多少人？")
    assert c.counted
    assert c.missing("2023年，合肥市跨境电商进出口额为1671亿元。")
    assert not any(
        m.startswith("what is counted") for m in c.missing("2023年，合肥市跨境直播电商从业人员达到2.1万人。")
    )


def test_a_counted_compound_may_be_written_with_a_word_inside():
    from cbec_rag.generate.constraints import _written

    assert _written("进出口额", "2023年进出口总额为512亿元")
    assert not _written("进出口额", "2023年进口额为73亿元")
    assert not _written("租金收入", "商位7.5万个，年租金稳定")
    assert not _written("卖家", "买家达到3000家")  # two characters: exact only


def test_an_english_magnitude_matches_the_chinese_way_of_writing_it():
    c = question_constraints(
        "What award is given when annual sales first exceed 10 million yuan?",
        build_query("What award is given when annual sales first exceed 10 million yuan?"),
        idf,
        anchor_idf=1.5,
    )
    assert not any(
        m.startswith("the figure") for m in c.missing("年销售额首次突破1,000万元的，给予30万元奖励。")
    )
    assert not any(
        m.startswith("the figure") for m in c.missing("Sales first exceeding 10 million yuan earn an award.")
    )
    assert any(m.startswith("the figure") for m in c.missing("年销售额首次突破500万元的，给予10万元奖励。"))


def test_names_exclude_currencies_and_common_words_jieba_tags_as_names():
    assert not is_name("英镑") and not is_name("托运")
    assert is_name("合肥") and is_name("欧盟")
    c = _cons("英国私人之间寄送礼品的免税额度是多少英镑？")
    uk = next(alts for alts in c.anchors if "英国" in alts)
    assert "uk" in uk  # an English document writes the UK
    assert _cons("新规从哪天起施行？").figure == "date"


def test_a_chinese_question_over_english_text_is_known_through_its_translations():
    vocab = {"vat", "gift", "uk", "relief"}
    wq = build_query("英国礼品增值税减免", vocabulary=vocab)
    assert known_share(wq, idf, vocab) > 0.5


def test_an_amount_asked_for_a_trade_needs_that_trade():
    c = _cons("2023年合肥对俄跨境电商进口额是多少？")
    assert c.measured == "进口"
    assert "what is measured (进口)" in c.missing("2023年，合肥市对俄跨境电商交易额达到97.6亿元。")
    assert "what is measured (进口)" in c.missing("2023年，合肥市跨境电商进出口额达到97.6亿元。")
    assert c.missing("2023年，合肥市对俄跨境电商进口12.3亿元。") == []
    assert _cons("2023年合肥跨境电商进出口额是多少？").missing("2023年，合肥跨境电商进出口236.7亿元。") == []
    assert not _cons("海外仓补贴金额是多少？").measured


def test_only_place_acronyms_are_required_names():
    assert any("uk" in alts for alts in _cons("What is the UK's threshold for parcels?").anchors)
    assert not _cons("What is the VAT rate on imported parcels?").anchors  # its long form may be used
    assert not _cons("What share of GDP does cross-border e-commerce make?").anchors


def test_the_measured_trade_is_read_in_chinese_text_only_and_trade_means_imports_and_exports():
    c = _cons("2023年中俄贸易额是多少？")
    assert c.missing("2023年中俄双边进出口总额达到2401亿美元。") == []
    exports = _cons("2023年合肥跨境电商出口额是多少？")
    assert "what is measured (出口)" in exports.missing("2023年合肥跨境电商进出口额为512亿元。")
    assert not any(
        m.startswith("what is measured")
        for m in _cons("2023年韩国进口额是多少？").missing("In 2023 Korea imported USD 3.2 billion of goods.")
    )
    assert not _cons("出口额占进出口额的比重是多少？").measured  # a share, not an amount


def test_a_count_of_countries_is_no_name():
    assert not is_name("六国") and not is_name("中亚五国") and is_name("泰国")


def test_a_which_place_question_needs_a_place_it_does_not_name_itself():
    cons = _cons("湖北省哪些城市的外贸没有增长？")
    assert cons.place
    assert cons.missing("2018年湖北省外贸进出口总值3487亿元，比上年增长11.2%。", context="")
    assert not cons.missing("2018年，除随州和恩施外，湖北省其他市外贸均有增长。", context="")
    en = _cons("Which provinces have pilot zones?")
    assert en.place and not en.superlative and not _cons("What market share did Tmall hold?").place
    assert en.missing("The number of zones rose to 165 in 2022.") == ["a place name"]
    assert not en.missing("Guangdong has pilot zones, 21 of them.")
    # "哪些区别" asks for differences, not districts
    assert not _cons("跨境电商与传统外贸有哪些区别？").place


def test_a_name_is_one_anchor_not_its_pieces():
    au = _cons("澳大利亚对低价值进口商品征收的GST税率是多少？")
    assert not au.missing("Australia has applied 10% GST to low value imported goods since 1 July 2018.")
    # 印度 is a piece of 印度尼西亚, not another way to write it; 河北 is 河北省 without its suffix
    assert _cons("印度尼西亚的进口税率是多少？").missing("印度的进口税率为20%。")
    assert not _cons("河北省的进口税率是多少？").missing("河北的进口税率为20%。")


def test_amounts_in_australian_canadian_and_other_dollars():
    q = _cons("澳大利亚低价值进口商品的价值门槛是多少澳元？")
    assert q.figure == "money" and q.currency == "AUD"
    assert not q.missing("Goods imported into Australia with a customs value of A$1,000 or less were exempt.")
    assert q.missing("Goods imported into Australia worth US$700 or less were exempt.")
    assert _cons("Australia: how much in Australian dollars?").currency == "AUD"
    usd = _cons("What is the threshold in US dollars?")
    assert usd.currency == "USD" and usd.missing("The threshold is A$1,000.")
    assert _cons("征收了多少钱？").figure == "money"


def test_a_size_question_needs_a_figure_other_than_a_year():
    c = _cons("郑州的E贸易核心功能集聚区面积有多大？")
    assert c.figure == "measure"
    assert c.missing("2017年，郑州提出建设E贸易核心功能集聚区。")
    assert not c.missing("2018年3月，郑州规划建设10.51平方公里的E贸易核心功能集聚区。")
    # a pointer to a figure gives no size: "由图1可知"
    assert c.missing("由图1（2015~2018年郑州E贸易核心功能集聚区变化趋势）可知，其规模越来越大。")


def test_the_asked_unit_must_carry_the_figure():
    c = _cons("到2027年郑州海外仓总面积要达到多少万平方米？")
    assert c.unit == "平方米"
    assert c.missing("到2027年，郑州公共海外仓达到60个。")
    assert not c.missing("到2027年，郑州海外仓总面积达到500万平方米。")
    assert _cons("How many square metres of warehouses does Hangzhou have?").unit == "平方米"
    # a table row's unit stands in its header
    assert not c.missing("城市\t2027年面积（万平方米）\n郑州\t500", table=True)
    assert c.missing("城市\t2027年公共海外仓（个）\n郑州\t60", table=True)


def test_another_level_does_not_answer_the_asked_one():
    c = _cons("对新认定的国家级跨境电商产业园区补助多少钱？")
    assert c.missing("对新认定的市级跨境电商产业园区，给予一次性补助300万元；")
    assert not c.missing("对新认定的国家级跨境电商产业园区，给予一次性补助500万元；")
    assert not c.missing("对新认定的跨境电商产业园区，给予一次性补助500万元；")  # no level named


def test_a_full_year_question_is_not_answered_by_part_of_the_year():
    c = _cons("郑州2024年全年跨境电商进出口额是多少？")
    assert c.missing("2024年1—11月，郑州跨境电商进出口87.3亿元。")
    assert not c.missing("2024年，郑州跨境电商进出口额412.6亿元。")
    # a breakdown shares the period of the sentence it breaks down
    near = "2024年1—11月，郑州跨境电商进出口87.3亿元。"
    assert "the full year" in c.missing(
        "其中，出口71.6亿元；进口15.7亿元。", context="郑州", near=near, year="2024"
    )
    # 1—12月 is the whole year; a quarter named after the figure does not date it
    assert not c.missing("2024年1—12月，郑州跨境电商进出口额412.6亿元。")
    assert not c.missing("2024年，郑州跨境电商进出口额412.6亿元，其中四季度增长最快。")


def test_a_count_is_written_with_the_asked_measure_word():
    c = _cons("郑州企业在非洲一共有多少个海外仓？")
    assert c.measure_word == "个"
    assert c.missing("郑州对在非洲新建海外仓给予支持，每年培养专业人才500人以上。")
    assert c.missing("郑州2025年底前在非洲实现海外仓全覆盖。")
    assert not c.missing("郑州企业在非洲设立海外仓12个。")


def test_which_is_fastest_needs_a_ranking_or_figures_to_compare():
    c = _cons("郑州哪个区的跨境电商增速最快？")
    assert c.superlative
    assert c.missing("郑州即墨区47.6亿元，同比增长19.4%。")
    assert not c.missing("郑州中牟区96.8亿元，同比增长34.2%，增速居全市首位。")
    # 哪个区 asks for a district; 哪个区（市） also takes a county-level city
    assert c.missing("郑州巩义市96.8亿元，同比增长34.2%，增速居全市首位。")
    assert not _cons("郑州哪个区（市）的跨境电商增速最快？").missing(
        "郑州巩义市同比增长34.2%，增速居全市首位。"
    )
    market = _cons("郑州对哪个贸易伙伴的出口增长最快？")
    assert market.superlative
    assert not market.missing("郑州对欧盟增长15.7%、对美国增长15.7%，对东盟增长27.7%。")
    assert market.missing("郑州对欧盟出口增长15.7%，占全市的40.2%。")


def test_an_english_question_for_exports_needs_exports_in_a_chinese_sentence():
    c = _cons("What were Hangzhou's cross-border e-commerce exports worth in 2023, in yuan?")
    assert c.measured == "出口"
    assert c.missing("2023年杭州跨境电商进出口额1343亿元。")
    assert not c.missing("2023年杭州跨境电商出口额1025亿元。")
    assert _cons("How much were Hangzhou's imports and exports in yuan?").measured == "进出口"


def test_a_growth_question_needs_a_growth_rate_not_a_share():
    c = _cons("郑州9710模式2024年增速多少？")
    assert c.rate == "growth"
    # "拉动增长" names growth, but the percentage is a share
    assert c.missing("2024年郑州B2B出口（9710、9810）占跨境电商出口额的82.7%，成为拉动增长的主要力量。")
    assert not c.missing("2024年郑州9710模式出口118.6亿元，同比增长34.2%。")
    assert not c.missing("监管方式\t同比增长（%）\n9710\t34.2", context="郑州", year="2024", table=True)
    assert c.missing("监管方式\t占比（%）\n9710\t30.7", context="郑州", year="2024", table=True)
    s = _cons("郑州对日韩跨境电商占全市的比重有多大？")
    assert s.rate == "share"
    assert s.missing("郑州对日韩跨境电商进出口额39.7亿元，同比增长17.2%。")
    assert not s.missing("郑州对日韩跨境电商进出口额39.7亿元，占全市跨境电商进出口额的58.0%。")
    # an English sentence words a share its own way
    assert not _cons("What share of parcels came from Zhengzhou?").missing("About 91% came from Zhengzhou.")


def test_an_english_sentence_has_no_measure_words():
    c = _cons("郑州对多少个税号提高了关税？")
    assert c.measure_word == "个"
    assert "a count in 个" not in c.missing("Zhengzhou raised tariffs on 138 tariff lines to 35%.")
    assert "a count in 个" in c.missing("郑州对纺织品提高了关税。")


def test_a_title_opening_with_an_unknown_word_names_its_subject():
    subjects = title_subjects(
        ["前海海关支持跨境电商B2B出口的若干措施", "天津市2024年跨境电子商务统计公报", "国际数字贸易资讯"]
    )
    assert subjects == {"前海"}
    q = "前海9810模式的出口额是多少？"
    c = question_constraints(q, build_query(q, vocabulary=VOCAB), idf, anchor_idf=1.5, subjects=subjects)
    assert any("前海" in alts for alts in c.anchors)
    row = "9810\t出口海外仓\t81.4亿元"
    assert "name 前海" in c.missing(row, context="天津市跨境电商统计公报", table=True)
    assert not c.missing(row, context="前海海关支持跨境电商B2B出口的若干措施", table=True)


def test_english_value_and_growth_questions_ask_for_figures():
    assert (
        _cons("What was the value of Hangzhou's exports in 2024, and how fast did they grow?").figure
        == "money"
    )
    assert _cons("How much was Hangzhou's trade with Korea in 2024?").figure == "money"
    assert _cons("How fast did Hangzhou's exports grow in 2024?").figure == "percent"
    assert _cons("How much did Hangzhou's exports grow in 2024?").figure == "percent"
    assert _cons("Which cities saw foreign trade growth in 2018?").figure is None


def test_review_findings_on_units_levels_measure_words_and_currencies():
    # 个 is the general measure word: "2986家" counts enterprises
    assert not _cons("2024年郑州有多少个跨境电商企业在海关备案？").missing(
        "2024年郑州在海关备案的跨境电商企业2986家。"
    )
    # a level of another thing does not veto the sentence
    c = _cons("郑州有多少个国家级电子商务示范基地？")
    assert not c.missing("郑州国家级电子商务示范基地达到15个，覆盖全部省级行政区。")
    assert c.missing("郑州市级电子商务示范基地达到15个。")
    # the same thing in other words: 园区 is shared by 产业园区 and 跨境电商产业园区
    park = _cons("对新认定的国家级产业园区补助多少钱？")
    assert park.missing("对新认定的自治区级跨境电商产业园区，给予一次性补助300万元。")
    # a date is no duration in days
    assert _cons("郑州通关时间缩短到多少天？").missing("自2024年3月1日起，郑州通关时间缩短了50%。")
    # currency words are whole words: "audited" is no AUD, "almost" no superlative
    aud = _cons("Australia: what is the threshold in Australian dollars?")
    assert aud.missing("Australia audited goods worth US$700.")
    assert not _cons("Which port handled the most parcels?").missing(
        "Almost all parcels went through Tianjin, the largest port."
    )
    # growth may be given as a multiple
    assert not _cons("郑州跨境电商出口增速多少？").missing("郑州跨境电商出口同比增长1.5倍。")


def test_colloquial_words_do_not_make_a_question_off_topic():
    q = "郑州去年跨境电商进出口一共做了多少？比前一年涨了多少？"
    wq = build_query(q, vocabulary=VOCAB)
    assert known_share(wq, idf, VOCAB) >= 0.5
    c = _cons(q)
    assert c.figure == "percent" and c.rate == "growth"
    assert _cons("郑州跨境电商企业的平均利润率大概是多少？").figure == "percent"


def test_what_exists_is_not_answered_by_a_plan():
    c = _cons("郑州企业目前在阿斯塔纳已经建了几个海外仓？")
    assert c.achieved
    assert c.missing("一是支持郑州企业在塔什干、阿斯塔纳新建海外仓8个以上。")
    assert not c.missing("截至2024年底，郑州企业已在阿斯塔纳建成海外仓3个。")
    assert not _cons("郑州计划在阿斯塔纳新建几个海外仓？").missing(
        "一是支持郑州企业在阿斯塔纳新建海外仓8个以上。"
    )


def test_an_amount_asked_by_its_name_needs_that_name():
    c = _cons("郑州国际商贸城每年的商位租金收入是多少？")
    assert c.figure == "money" and c.measured == "收入"
    assert c.missing("2023年，郑州市实现进出口总额5660.5亿元，同比增长18.2%。")
    assert not c.missing("郑州国际商贸城2023年商位租金收入12.6亿元。")
    assert _cons("郑州对海外仓的补贴是多少？").measured == "补贴"
    assert not _cons("郑州对海外仓的补贴是多少？").missing("郑州对新建海外仓给予一次性奖励50万元。")
    assert _cons("郑州补贴多少个项目？").figure == "count"


def test_a_question_for_a_name_needs_a_quoted_name():
    c = _cons("What is the name of Zhengzhou's plan to help local products go overseas?")
    assert c.quoted
    assert c.missing("郑州推进本地优势企业从产品出海、品牌出海到产业带出海。")
    assert not c.missing("郑州实施跨境电商“豫品出海”计划，通过选品对接帮助企业开拓市场。")
    assert not _cons("郑州出海计划叫什么？").missing("郑州实施跨境电商“豫品出海”计划。")


def test_an_english_counted_noun_in_es_is_made_singular():
    from cbec_rag.generate.counted import _singular

    assert [_singular(w) for w in ("businesses", "boxes", "branches", "zones", "cities", "class")] == [
        "business",
        "box",
        "branch",
        "zone",
        "city",
        "class",
    ]


def test_fine_fee_and_threshold_questions_ask_for_them_only_as_the_noun_asked():
    cases = {
        "哪些行为会被海关罚款？": (None, ""),
        "偷逃税款的罚款是多少？": ("charge", ""),
        "What penalties apply to sellers who fail to register?": (None, ""),
        "What cost-cutting measures did sellers adopt?": (None, ""),
        "What is the time limit for filing a return?": (None, ""),
        "What happens when sales exceed the threshold?": (None, ""),
        "What fine does the tax service impose on a platform?": ("charge", "fine"),
        "What is the VAT registration threshold for businesses?": ("money", "threshold"),
        "What handling fee do carriers usually add to parcels?": ("money", "fee"),
    }
    for q, (figure, charged) in cases.items():
        c = question_constraints(q, build_query(q), lambda t: 2.0, anchor_idf=0.7)
        assert (c.figure, c.charged) == (figure, charged), q
    for q, achieved in {"各地结合实际出台了哪些措施？": False, "2025年出口实际完成了多少？": True}.items():
        assert question_constraints(q, build_query(q), lambda t: 2.0, anchor_idf=0.7).achieved is achieved, q


def test_generic_goods_are_not_what_is_counted():
    from cbec_rag.generate.counted import counted_forms

    q = "2023年从日本进口的商品有多少？"
    assert counted_forms(q, build_query(q), None) == set()


def test_cached_normal_forms_match_their_plain_definitions():
    """The constraint checks read each sentence and passage in cached normal forms; each must be
    what the plain expression it replaced gives, on table rows, full-width text and blanks alike."""
    import re
    import unicodedata

    from cbec_rag.generate.constraints import _cells, _squash, _words

    texts = [
        "",
        "   ",
        "2022年\t出口 48.2亿元\n进口　19.6亿元",
        "Exports ROSE 12.5%  in\tH1 2024\n(ＵＳ＄１８．７０)",
        "指标\t2021年\t2022年\n进出口额（亿元）\t285.4\t310.2",
    ]
    for a in texts:
        assert _squash(a) == re.sub(r"\s+", "", a).lower()
        assert (
            _cells(a) == re.sub(r"\s+", "", re.sub(r"[\t\n]+", "|", unicodedata.normalize("NFKC", a))).lower()
        )
        for b in texts:
            assert f"{_words(a)} {_words(b)}".strip() == " ".join(f"{a} {b}".lower().split())
    assert _cells("A\tB") == "a|b"  # a table's cells stay apart


def test_name_lookups_are_cached_and_stable():
    from cbec_rag.generate.names import is_plain_name

    first = [is_name(w) for w in ("合肥", "欧盟", "海鲜", "托运", "出口")]
    hits = is_name.cache_info().hits
    assert [is_name(w) for w in ("合肥", "欧盟", "海鲜", "托运", "出口")] == first
    assert is_name.cache_info().hits == hits + 5
    assert first[0] and first[1] and not first[4]
    assert is_plain_name("合肥") and not is_plain_name("出口")
