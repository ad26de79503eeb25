"""The extractive generator on hand-made passages (no index needed): the candidates it offers,
the question's constraints each fails (the fitted selector reads them as features), and the
answers it gives (the fitted selector with the packaged generic weights)."""

import pytest
from conftest import extractive_generator, fitted_generator
from test_selector import _weights

from cbec_rag.crosslingual import build_query
from cbec_rag.generate import features
from cbec_rag.generate.base import DocumentStore
from cbec_rag.generate.relations import Candidate
from cbec_rag.generate.selector import FittedGenerator, SelectorModel
from cbec_rag.types import Chunk, Document, Hit

_generator = extractive_generator


def _candidate(gen: FittedGenerator, question: str, hits: list[Hit], needle: str) -> Candidate:
    """The shortest candidate sentence or row holding ``needle`` (no run or colon list)."""
    found = [
        c
        for c in gen.score_sentences(question, hits)
        if needle in c.sent.text and not c.sent.parts and not c.sent.listing
    ]
    assert found, f"no candidate holds {needle!r}"
    return min(found, key=lambda c: len(c.sent.text))


def _fails(gen: FittedGenerator, question: str, hits: list[Hit], needle: str) -> list[str]:
    """What the question asks that the candidate holding ``needle`` lacks, as the fitted selector's
    features see it (its ``fail_*`` features)."""
    cs = gen.candidates(question, hits)
    cand = _candidate(gen, question, hits, needle)
    return next(f for c, f in zip(cs.cands, cs.fails, strict=True) if c.sent == cand.sent)


def _all_fails(gen: FittedGenerator, question: str, hits: list[Hit]) -> list[list[str]]:
    """What each candidate (runs included) lacks of what the question asks."""
    return gen.candidates(question, hits).fails


def _names_only(gen: FittedGenerator, question: str, hits: list[Hit], needle: str) -> bool:
    """The selector's ``names_only`` feature of the candidate holding ``needle``."""
    cs = gen.candidates(question, hits)
    cand = _candidate(gen, question, hits, needle)
    i = next(i for i, c in enumerate(cs.cands) if c.sent == cand.sent)
    return bool(cs.X[i, features.INDEX["names_only"]])


def test_a_yearless_sentence_is_dated_by_its_passage():
    gen, hits = _generator(
        "2018年全省外贸进出口总值3487亿元，比上年增长11.2%。\n"
        "一是贸易结构优化。全省一般贸易进出口增长15.3%，达到2675亿元，占全省外贸总值的76.7%。"
    )
    q = "2018年全省一般贸易进出口额是多少？"
    assert _candidate(gen, q, hits, "2675亿元").sent.year == "2018"
    assert _fails(gen, q, hits, "2675亿元") == []  # no "year 2018" missing


def test_an_extra_sentence_must_meet_the_question_constraints():
    gen, hits = _generator(
        "2023年，全市跨境电商进出口额达到1343亿元。"
        "全市跨境电商进出口额：2022年为1200亿元，2021年为1100亿元，均保持增长。"
    )
    ans = gen.generate("2023年全市跨境电商进出口额是多少？", hits)
    assert "1343亿元" in ans.text
    assert "1200亿元" not in ans.text  # same words, wrong year: it answers another question


def test_counted_thing_missing_everywhere_fails_every_candidate():
    gen, hits = _generator("全省网民总数达3000多万人，居全国第5位。全省共有跨境电商企业1.8万家。")
    q = "全省有多少个海外仓？"
    assert all("what is counted (海外仓)" in f for f in _all_fails(gen, q, hits))


def test_a_figure_belongs_to_the_place_its_sentence_names():
    q = "郑州有多少个海外仓？"
    gen, hits = _generator("郑州市跨境电商发展势头良好，企业数量不断增加。\n全省企业共设立183个海外仓。")
    assert _fails(gen, q, hits, "183个") == ["name 郑州"]  # a province total is no answer for the city
    gen, hits = _generator("郑州市企业共设立52个海外仓。\n全省企业共设立183个海外仓。")
    assert _fails(gen, q, hits, "52个") == []
    ans = gen.generate(q, hits)
    assert not ans.refused and "52个" in ans.text


def test_a_title_line_is_no_answer():
    gen, hits = _generator(
        "某市促进跨境电子商务发展若干措施\n\n某政办规〔2023〕15号\n\n"
        "为推动传统产业通过跨境电商拓展国际市场，结合本市实际，制定以下措施。\n\n"
        "对企业在境外自建或租赁的海外仓，按实际投入的20%给予补助，单个企业每年补助最高150万元。\n\n"
        "本措施自2024年1月1日起施行，有效期三年，由市商务局负责解释。"
    )
    ans = gen.generate("某市促进跨境电子商务发展若干措施什么时候起施行？", hits)
    assert "2024年1月1日" in ans.text


def test_the_subject_place_of_one_report_is_still_required():
    # every term equally common (IDF 1.0, as for the subject of one of a few reports): the
    # default anchor rarity (0.7) still makes the asked place a constraint
    gen, hits = _generator("青岛市企业在境外设立海外仓86个。", "海南自由贸易港跨境电商发展势头良好。")
    gen.idf = lambda term: 1.0
    assert "name 海南" in _fails(gen, "海南有多少个海外仓？", hits, "86个")
    assert _fails(gen, "青岛有多少个海外仓？", hits, "86个") == []
    assert "86个" in gen.generate("青岛有多少个海外仓？", hits).text


def test_a_table_row_answers_with_its_column_names_and_the_header_row_never_does():
    src = (
        "补贴项目\t支持标准\t年度上限\n海外仓补助\t实际投入的20%\t150万元\n人才安家补贴\t每人5万元\t不设上限"
    )
    docs = {"d0": Document("d0", "r/t.txt", "措施", src)}
    store = DocumentStore(docs)
    text = store.cleaned("d0").render(0, len(src))
    chunk = Chunk("c0", "d0", "r/t.txt", "措施", "", 0, len(src), text, kind="table")
    gen = fitted_generator(store, idf=lambda term: 2.0)
    ans = gen.generate("海外仓补助的年度上限是多少？", [Hit(chunk, 1.0, 1)])
    assert not ans.refused
    assert all(not c.quote.startswith("补贴项目") for c in ans.citations)
    assert "150万元" in ans.text and "（表格：补贴项目 | 支持标准 | 年度上限）" in ans.text
    for c in ans.citations:
        assert src[c.start : c.end] == c.quote


def test_an_answer_in_the_other_language_is_framed_in_the_questions_language():
    gen, hits = _generator(
        "The import one-stop shop covers consignments valued at no more than 150 euros. "
        "It started on 1 July 2021."
    )
    ans = gen.generate("进口一站式申报适用的货值上限是多少欧元？", hits)
    assert not ans.refused, ans.flags
    assert ans.text.startswith("文档英文原文（") and "150 euros" in ans.text
    en = gen.generate("What is the value limit of the import one-stop shop?", hits)
    assert en.text.startswith("The import one-stop shop")  # same language: the sentence itself


def test_the_document_title_line_is_never_a_candidate():
    text = (
        "Port of Example Pilot Zone Annual Report 2023\n\n"
        "In 2023 the zone grew fast. Total import and export value reached 48.6 billion yuan, "
        "an increase of 21.3 percent over 2022, driven by bonded imports and by parcel exports to Europe.\n\n"
        "The zone covers three parks and a bonded area in the port, and it is run by a joint office of the "
        "city government, the customs district and the port authority.\n\n"
        "Its plan for 2024 is to open two new air cargo routes and to build a returns centre for overseas buyers."
    )
    docs = {"d0": Document("d0", "r/a.txt", "Port of Example Pilot Zone", text)}
    store = DocumentStore(docs)
    chunk = Chunk(
        "c0",
        "d0",
        "r/a.txt",
        "Port of Example Pilot Zone",
        "",
        0,
        len(text),
        store.cleaned("d0").render(0, len(text)),
    )
    gen, hits = fitted_generator(store, idf=lambda term: 2.0), [Hit(chunk, 1.0, 1)]
    q = "What was the total import and export value of the Example pilot zone in 2023?"
    texts = [c.sent.text for c in gen.score_sentences(q, hits)]
    assert texts and not any("Annual Report" in t for t in texts), texts
    assert _fails(gen, q, hits, "48.6 billion") == []
    assert "Annual Report" not in gen.generate(q, hits).text


#: what the generic weights picked on two toy passages before features v7 (session 25), which picks
#: otherwise there: kept as strict xfails to show it (docs/selector-decisions.md, the heldout15 decision)
_V6_PICKS = "features v7: the generic weights with word pairs pick another sentence on this toy"


@pytest.mark.xfail(strict=True, reason=_V6_PICKS)
@pytest.mark.parametrize(
    "text, question, needle",
    [
        (
            "2022年，全区跨境电商进出口额达到293.4亿元，同比增长35.7%。其中，对东盟进出口额186.3亿元，占比63.5%。",
            "2022年全区对东盟跨境电商进出口额是多少？",
            "186.3亿元",
        ),
        (
            "对韩国：跨境电商进出口额14.8亿元。其中，进口6.2亿元，海鲜进口1.1亿元，化妆品进口2.9亿元，占对韩进口的46.8%。"
            "对日本、韩国跨境电商进出口额39.7亿元，占全市的58.0%。",
            "全市从韩国跨境电商进口的化妆品有多少？占对韩进口的比例是多少？",
            "2.9亿元",
        ),
    ],
    ids=["breakdown", "seafood"],
)
def test_toy_picks_of_the_v6_weights(text, question, needle):
    gen, hits = _generator(text)
    assert needle in gen.generate(question, hits).text


def test_the_packaged_weights_answer_a_colon_announced_list_with_its_items():
    # (the six-writer v7 weights led with the bare announcing sentence here; the eight-writer ones do not)
    text = (
        "In May 2023 the Commission proposed a reform of the customs code that would:\n\n"
        "1. remove the EUR 150 duty exemption;\n2. make marketplaces the deemed importer;\n"
        "3. create a Customs Data Hub.\n\nThe reform is still under discussion."
    )
    gen, hits = _one_document(text, title="Briefing")
    ans = gen.generate("What three changes did the Commission propose in May 2023 to the customs code?", hits)
    assert all(k in ans.text for k in ("EUR 150", "deemed importer", "Customs Data Hub")), ans.text


def test_a_sentence_naming_another_place_does_not_answer_for_the_asked_one():
    gen, hits = _generator(
        "中部省份中，安徽、湖南各6个综试区，河南5个、湖北4个综试区。四川是西部地区综试区最多的省份，获批8个综试区。"
    )
    ans = gen.generate("四川获批了几个综试区？", hits)
    assert "8个" in ans.text
    other = gen.generate("湖北获批了几个综试区？", hits)
    assert "四川" not in other.text  # 湖北 in the sentence before does not make 四川's figure Hubei's


def test_a_breakdown_sentence_carries_the_words_of_the_sentence_before_it():
    gen, hits = _generator(
        "2022年，全区跨境电商进出口额达到293.4亿元，同比增长35.7%。其中，对东盟进出口额186.3亿元，占比63.5%。"
    )
    q = "2022年全区对东盟跨境电商进出口额是多少？"
    # the breakdown states no year but is read in the year of the sentence before: it fails nothing,
    # while the total it breaks down lacks the name asked. Which of the two leads is the fit's call:
    # the v7 weights pick the total on this two-sentence toy; out of fold on the fit writers'
    # questions whose answer is such a breakdown, top-1 rose from 0.773 to 0.864 with them (generic)
    assert _fails(gen, q, hits, "186.3亿元") == []
    assert "name 东盟" in _fails(gen, q, hits, "293.4亿元")


def test_an_enumeration_split_at_its_semicolons_is_cited_whole():
    gen, hits = _generator(
        "2019年全省跨境电商进口额增长较快。"
        "在进口跨境电商方面，表现为三大趋势：一是重获资本关注；二是向线下拓展；三是下沉三五线城市。"
        "出口方面保持稳定。"
    )
    ans = gen.generate("进口跨境电商有哪三大趋势？", hits)
    assert not ans.refused
    quotes = [c.quote for c in ans.citations if "一是" in c.quote]
    assert quotes and "三是下沉三五线城市" in quotes[0], ans.text


def test_join_enumerations_keeps_other_sentences_and_long_lists_apart():
    from cbec_rag.generate.base import ENUM_CHARS, join_enumerations
    from cbec_rag.sentences import split_sentences

    def parts(line: str) -> list[str]:
        return [line[i:j] for i, j in join_enumerations(line, split_sentences(line))]

    assert parts("措施有二：一是降费；二是提效。下一句。") == ["措施有二：一是降费；二是提效。", "下一句。"]
    assert parts("First, cut costs; second, train staff. Next.") == [
        "First, cut costs; second, train staff.",
        "Next.",
    ]
    assert parts("一是降费；而且提效。") == ["一是降费；", "而且提效。"]  # no second item: not a list
    long_item = "降" * ENUM_CHARS
    assert len(parts(f"一是{long_item}；二是提效。")) == 2


def test_a_name_earlier_in_the_paragraph_counts_when_the_passage_starts_later():
    text = (
        "郑州市印发综合试验区实施方案，明确了总体要求，确立了以扩大出口为主攻方向的功能定位。"
        "明晰了构建单一窗口服务平台和综合园区发展平台的任务。"
    )
    gen, hits = _one_document(text, fmt="txt", start=text.index("明晰了"))
    ans = gen.generate("郑州明晰了构建哪些平台？", hits)
    assert not ans.refused, ans.text
    assert "单一窗口" in ans.citations[0].quote


def test_a_continuation_of_the_chosen_sentence_is_not_cited_on_its_words():
    # "其中…" inherits the words of the sentence before it; once that sentence is the answer,
    # the breakdown ties with it on those words alone and adds nothing asked for
    gen, hits = _generator(
        "2019年上半年，武汉市跨境电商进出口总额为2.18亿元，同比增长443%。其中，出口额1.06亿元，进口额1.12亿元。"
    )
    ans = gen.generate("2019年上半年武汉市跨境电商进出口总额是多少？", hits)
    assert [c.quote for c in ans.citations] == [
        "2019年上半年，武汉市跨境电商进出口总额为2.18亿元，同比增长443%。"
    ]


def test_the_pieces_of_a_how_much_phrase_are_no_topic_words():
    gen, hits = _generator("园区有多个大企业入驻。园区面积为10平方公里。")
    ans = gen.generate("园区面积有多大？", hits)
    assert [c.quote for c in ans.citations] == ["园区面积为10平方公里。"], ans.text


def test_a_when_question_is_answered_by_a_sentence_with_a_date():
    gen, hits = _generator(
        "为充分发挥中国（福州）跨境电子商务综合试验区先行先试作用，制定本方案。"
        "福州综试区于2016年经国务院批复设立。"
    )
    ans = gen.generate("中国（福州）跨境电子商务综合试验区是哪一年经国务院批复设立的？", hits)
    assert "2016年" in ans.text, ans.text


def test_how_much_phrases_are_cut_only_where_they_ask():
    from cbec_rag.generate.candidates import _content
    from cbec_rag.generate.shapes import items_asked

    assert "高新技术" in _content("如何吸引更多高新技术企业入驻？")
    assert "大型" in _content("较多大型企业入驻了哪些园区？")
    assert "有多大" not in _content("园区面积有多大？")
    assert items_asked("《办法》第三条包括哪些内容？") == 0
    assert items_asked("全省二十个综试区分别是什么？") == 0
    assert items_asked("What were the 2019 export figures?") == 0
    assert items_asked("What are the three trends?") == 3


def _one_document(
    text: str, *, fmt: str = "md", title: str = "报告", start: int = 0, kind: str = "text"
) -> tuple[FittedGenerator, list[Hit]]:
    """A generator over one document whose only passage is ``text[start:]``."""
    doc = Document("d0", f"r/0.{fmt}", title, text, fmt=fmt)
    store = DocumentStore({"d0": doc})
    passage = store.cleaned("d0").render(start, len(text))
    chunk = Chunk("c0", "d0", doc.source, title, "", start, len(text), passage, kind=kind)
    return fitted_generator(store, idf=lambda term: 2.0), [Hit(chunk, 1.0, 1)]


def _table_generator(title: str, table: str) -> tuple[FittedGenerator, list[Hit]]:
    return _one_document(table, title=title, kind="table")


def test_a_table_row_answers_with_its_column_names():
    gen, hits = _table_generator(
        "福州市跨境电商发展行动方案",
        "| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n"
        "| 跨境电商进出口额（亿元） | 285.4 | 347.6 |\n| 海外仓数量（个） | 21 | 29 |\n",
    )
    ans = gen.generate("福州市2022年跨境电商进出口额是多少亿元？", hits)
    assert not ans.refused, ans.text
    assert "347.6" in ans.text and "2022年" in ans.text  # the row is shown with its header
    assert gen.generate("福州市2020年跨境电商进出口额是多少亿元？", hits).refused  # no 2020 column


def _listing_weights(tmp_path) -> str:
    names = ["listing"]
    return _weights(tmp_path, names=names, mean=[0.0], scale=[1.0], coef=[4.0], intercept=-2.0, tau=0.0)


def test_a_list_announced_by_a_colon_is_cited_with_its_items(tmp_path):
    text = (
        "In May 2023 the Commission proposed a reform of the customs code that would:\n\n"
        "1. remove the EUR 150 duty exemption;\n2. make marketplaces the deemed importer;\n"
        "3. create a Customs Data Hub.\n\nThe reform is still under discussion."
    )
    gen, hits = _one_document(text, title="Briefing")
    q = "What three changes did the Commission propose in May 2023 to the customs code?"
    listed = [c for c in gen.candidates(q, hits).cands if c.sent.listing]
    assert len(listed) == 1 and all(k in listed[0].sent.text for k in ("would:", "EUR 150", "Data Hub"))
    # chosen (here by weights that read the listing column alone: which candidate leads is the fit's
    # call), it is cited with its items, each quote exact
    gen.model = SelectorModel.load(_listing_weights(tmp_path), embedder_id="x")
    ans = gen.generate(q, hits)
    assert not ans.refused, ans.text
    assert all(k in ans.text for k in ("EUR 150", "deemed importer", "Customs Data Hub")), ans.text
    assert all(text[c.start : c.end] == c.quote for c in ans.citations)


def test_a_marked_heading_or_a_title_with_a_site_suffix_is_no_candidate():
    # an HTML page: its <title> adds the site's name, its <h1> became a "#" line
    text = (
        "# 某市推动跨境电商与直播电商融合发展若干措施（2024—2026年）\n穗商务规〔2024〕3号\n"
        "为贯彻落实国家关于推动跨境电商高质量发展的部署，发挥直播电商产业优势，结合本市实际，制定以下措施。\n"
        "## 六、附则\n本措施自2024年4月1日起施行，有效期至2026年12月31日。本措施由某市商务局负责解释。"
    )
    title = "某市推动跨境电商与直播电商融合发展若干措施（2024—2026年）_政策文件_某市商务局"
    gen, hits = _one_document(text, fmt="html", title=title)
    q = "某市推动跨境电商与直播电商融合发展若干措施是哪一年的？"
    texts = [c.sent.text for c in gen.score_sentences(q, hits)]
    assert texts and not any(t.lstrip().startswith("#") or "〔2024〕" in t for t in texts), texts
    assert _fails(gen, q, hits, "2024年4月1日") == []
    assert not any(c.quote.lstrip().startswith("#") for c in gen.generate(q, hits).citations)


def test_a_table_is_dated_by_its_caption():
    text = (
        "表1  2023年某市跨境电商分监管方式进出口情况\n"
        "| 监管方式代码 | 业务模式 | 进出口额（亿元） |\n| --- | --- | --- |\n"
        "| 9610 | 直购出口 | 118.5 |\n| 9710 | B2B直接出口 | 96.8 |\n"
    )
    gen, hits = _one_document(text, title="某市跨境电商运行通报", start=text.index("| 监管"), kind="table")
    ans = gen.generate("2023年某市9710模式的进出口额是多少？", hits)
    assert not ans.refused and "96.8" in ans.text, ans.text
    assert gen.generate("2022年某市9710模式的进出口额是多少？", hits).refused


def test_a_breakdown_split_at_a_semicolon_is_one_candidate():
    gen, hits = _generator(
        "2023年，全市跨境电商进出口额达到412.6亿元，同比增长18.3%。"
        "其中，出口额287.4亿元，同比增长23.5%；进口额125.2亿元，同比增长7.9%。"
    )
    q = "2023年全市跨境电商出口额和进口额分别是多少？"
    whole = _candidate(gen, q, hits, "287.4亿元")
    assert "125.2亿元" in whole.sent.text, whole.sent.text
    assert _fails(gen, q, hits, "287.4亿元") == []


def test_a_notice_title_with_its_number_is_no_answer():
    text = (
        "某市人民政府办公室关于印发《某市加快跨境电子商务高质量发展若干措施》的通知某府办〔2024〕58号\n"
        "对新引进的头部跨境电商企业，按其落户后首年实际投资额给予最高300万元的落户奖励。"
    )
    gen, hits = _one_document(text, fmt="docx", title="某市跨境电商若干措施")  # DOCX: a line is a paragraph
    ans = gen.generate("某市加快跨境电子商务高质量发展若干措施给头部企业的奖励最高多少？", hits)
    assert "300万元" in ans.text and "〔2024〕" not in ans.text, ans.text


def test_a_date_before_the_sentence_counts_only_when_it_is_about_the_question():
    gen, hits = _generator("In 2019, GDP rose. The city plans to abolish the port handling fee for parcels.")
    ans = gen.generate("When will the city abolish the port handling fee?", hits)
    assert "2019" not in ans.text


def test_a_table_row_in_yuan_does_not_answer_for_dollars_and_a_notice_listed_in_a_table_is_a_row():
    gen, hits = _table_generator(
        "某市跨境电商统计",
        "| 指标 | 2022年 |\n| --- | --- |\n| 跨境电商进出口额（亿元） | 347.6 |\n| 海外仓数量（个） | 29 |\n",
    )
    assert "an amount" in _fails(gen, "某市2022年跨境电商进出口额是多少美元？", hits, "347.6")
    gen, hits = _table_generator(
        "某市跨境电商政策文件目录",
        "| 序号 | 文件名称 | 文号 |\n| --- | --- | --- |\n| 1 | 关于加快海外仓建设的通知 | 商贸发〔2022〕5号 |\n",
    )
    q = "某市关于加快海外仓建设的通知的文号是什么？"
    assert _fails(gen, q, hits, "商贸发〔2022〕5号") == []  # a row, not a notice's title


def test_a_colon_list_is_offered_whole_only_to_a_question_for_several_things():
    text = "2023年主要目标如下：\n\n1. 跨境电商进出口额达到600亿元；\n2. 建设海外仓30个；\n3. 培育龙头企业10家。\n"
    gen, hits = _one_document(text, title="某市方案")

    def listings(q: str) -> list[str]:
        return [c.sent.text for c in gen.score_sentences(q, hits) if c.sent.listing]

    assert listings("2023年计划建设多少个海外仓？") == []
    (whole,) = listings("2023年的主要目标有哪些？")
    assert "600亿元" in whole and "10家" in whole
    many = gen.generate("2023年的主要目标有哪些？", hits)
    assert "600亿元" in many.text and "10家" in many.text, many.text


def test_a_bold_caption_dates_its_table_and_a_pointer_to_the_table_is_no_answer():
    text = (
        "全市已形成6个跨境电商产业带。具体情况见表1。\n\n**表1 某市主要产业带跨境电商出口情况（2024年）**\n\n"
        "| 产业带 | 出口额（亿元） |\n|---|---|\n| 毛织 | 42.6 |\n| 家具 | 35.1 |\n"
    )
    question = "2024年某市毛织产业带跨境电商出口额是多少亿元？"
    gen, hits = _one_document(text, title="某市产业带调研报告", start=text.index("| 产业带"), kind="table")
    assert "42.6" in gen.generate(question, hits).text
    gen, hits = _one_document(text, title="某市产业带调研报告")
    assert all(c.sent.text != "具体情况见表1。" for c in gen.score_sentences(question, hits))


def test_a_title_naming_one_year_dates_its_yearless_sentences():
    gen, hits = _one_document("年末全市企业设立海外仓52个。", fmt="txt", title="某市2024年跨境电商统计公报")
    assert "52个" in gen.generate("2024年某市企业设立了多少个海外仓？", hits).text
    assert gen.generate("2023年某市企业设立了多少个海外仓？", hits).refused


def test_candidate_features_do_not_depend_on_the_hash_seed():
    # set iteration order changes with PYTHONHASHSEED; a plain float sum over a set then differs
    # in the last bits, and an exact tie between two candidates could flip from run to run
    import os
    import subprocess
    import sys

    code = (
        "from tests.conftest import extractive_generator as _generator\n"
        "gen, hits = _generator('2023年全省跨境电商进出口额达到412.6亿元，同比增长18.3%，其中出口额287.4亿元，"
        "进口额125.2亿元，海外仓数量达到52个，企业数量3260家。')\n"
        "gen.idf = lambda t: 1.0 + (sum(map(ord, t)) % 97) / 31\n"
        "q = '2023年全省跨境电商出口额、进口额和海外仓数量分别是多少？企业有多少家？'\n"
        "cs = gen.candidates(q, hits)\n"
        "print(repr([c.lexical for c in cs.cands]), cs.X.tobytes().hex(), repr(gen.model.proba(cs.X).tolist()))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=root,
            env={
                **os.environ,
                "PYTHONHASHSEED": str(seed),
                "PYTHONPATH": os.pathsep.join([root, f"{root}/src"]),
            },
            check=True,
        ).stdout
        for seed in range(1, 7)
    }
    assert len(outs) == 1, outs


def test_markdown_marks_are_dropped_from_the_answer_text_but_kept_in_the_quote():
    gen, hits = _one_document("- **2024年**，某市跨境电商出口额为96.8亿元。\n", title="某市通报")
    ans = gen.generate("2024年某市跨境电商出口额是多少？", hits)
    assert ans.text.startswith("2024年，某市"), ans.text
    assert "**" in ans.citations[0].quote


def test_a_which_place_question_is_answered_by_a_sentence_naming_places():
    gen, hits = _generator(
        "2018年，除随州和恩施外，全省其他市外贸进出口值均有不同程度增长。"
        "2018年全省外贸进出口总值3487亿元，比2017年增长11.2%，外贸规模继续保持增长。"
    )
    ans = gen.generate("2018年全省外贸增长，哪些城市是例外？", hits)
    assert not ans.refused
    assert "随州" in ans.text
    assert all("3487亿元" not in c.quote for c in ans.citations), ans.text


def test_a_which_district_answer_names_a_part_of_the_asked_place():
    gen, hits = _generator(
        "2024年青岛市跨境电商进出口额412.6亿元。分区（市）看，西海岸新区进出口额128.5亿元，同比增长15.7%；"
        "即墨区47.6亿元，同比增长19.4%；胶州市96.8亿元，同比增长34.2%，增速居全市首位。"
    )
    ans = gen.generate("青岛哪个区（市）的跨境电商增速最快？增速是多少？", hits)
    assert not ans.refused
    assert "胶州市" in ans.text and "34.2%" in ans.text, ans.text


def test_a_trade_partner_is_not_the_place_a_figure_belongs_to():
    gen, hits = _generator(
        "2024年，大连市跨境电商进出口额68.4亿元，同比增长17.6%。"
        "其中，对日本、韩国跨境电商进出口额39.7亿元，占全市跨境电商进出口额的58.0%。"
    )
    ans = gen.generate("2024年大连对日韩跨境电商进出口额是多少？占全市的比重有多大？", hits)
    assert "39.7亿元" in ans.text and "58.0%" in ans.text, ans.text


def test_a_yearless_line_is_dated_by_the_year_before_not_the_year_compared_with():
    gen, hits = _generator(
        "Market data\nCourier parcels cleared in 2024: about 96 million, up 31% on 2023.\n"
        "Share of parcels originating in China: an estimated 68%.\n"
    )
    ans = gen.generate("What share of the parcels cleared in 2024 originated in China?", hits)
    assert "68%" in ans.text, ans.text
    assert gen.generate("What share of the parcels cleared in 2023 originated in China?", hits).refused


def test_which_district_is_answered_by_a_district_not_a_partner_country():
    gen, hits = _generator(
        "从出口市场看，前五位市场依次为美国、英国和墨西哥，其中对墨西哥出口增速最快，同比增长58.7%；"
        "对美国出口增长12.1%，对英国出口增长9.6%。\n"
        "分区看，滨海新区跨境电商进出口额213.7亿元，同比增长18.9%，占全市的55.3%。"
        "西青区37.6亿元，同比增长42.1%，增速居各区首位。"
    )
    ans = gen.generate("哪个区跨境电商增长最快？增速是多少？", hits)
    assert "西青区" in ans.text and "42.1%" in ans.text, ans.text
    assert "墨西哥" not in ans.text, ans.text


def test_an_english_question_names_a_place_in_pinyin():
    from cbec_rag.crosslingual import build_query

    gen, hits = _generator(
        "2024年，前海海关共监管跨境电商B2B出口货物224.2亿元，同比增长39.3%。"
        "2024年，天津海关共监管跨境电商B2B出口货物118.6亿元，同比增长34.2%。"
    )
    gen.vocabulary = {t for h in hits for t in build_query(h.chunk.text).original}
    ans = gen.generate("How much B2B export cargo did Qianhai customs supervise in 2024?", hits)
    assert "224.2" in ans.text and "118.6" not in ans.text, ans.text


def test_a_year_word_inside_a_name_is_not_a_base_year():
    gen, hits = _generator(
        "Market data\nThe Commission 2024 review counted 96 million courier parcels.\n"
        "Share of parcels originating in China: an estimated 68%.\n"
    )
    assert "68%" in gen.generate("What share of the parcels in 2024 originated in China?", hits).text


def test_an_english_pinyin_name_with_an_apostrophe_is_one_name():
    from cbec_rag.crosslingual import build_query
    from cbec_rag.generate.question import question_constraints

    q = "How many trains did the Yixin'ou railway run in 2023?"
    wq = build_query(q, vocabulary={"义新欧", "班列", "开行"})
    cons = question_constraints(q, wq, lambda t: 2.0, anchor_idf=0.7, known={"义新欧", "班列", "开行"})
    assert any("义新欧" in alts for alts in cons.anchors), cons.anchors
    assert not any(alts == {"yixin"} for alts in cons.anchors)


def test_a_line_sharing_only_the_question_names_is_marked_as_such():
    gen, hits = _generator(
        "苏州物流时效平均为48小时，高于苏南其他城市的平均时效24小时。\n"
        "2023年综试区评估结果\n第一档\t第二档\t第三档\t第四档\n南京\t无锡\t常州\t镇江\n"
    )
    q = "苏州的物流时效与南京、无锡、常州、镇江相比如何？"
    assert _names_only(gen, q, hits, "南京\t无锡") and not _names_only(gen, q, hits, "48小时")
    # a breakdown ("其中，…") shares the words of the sentence it breaks down, not only names
    from cbec_rag.crosslingual import build_query
    from cbec_rag.generate.question import question_constraints
    from cbec_rag.generate.relations import names_only

    gen, hits = _generator(
        "江苏省共有常州、无锡、镇江3个综合试验区。其中，常州于2016年获批，无锡于2020年获批。"
    )
    q = "江苏省常州和无锡的综合试验区是哪一年设立的？"
    cons = question_constraints(q, build_query(q), lambda t: 2.0, anchor_idf=0.7)
    by_text = {c.sent.text[:2]: c for c in gen.score_sentences(q, hits)}
    assert by_text["其中"].covered <= {"常州", "无锡", "江苏", "江苏省"}, by_text["其中"].covered
    assert not names_only(by_text["其中"], cons)


def test_a_rate_of_something_is_not_answered_by_another_rate():
    q = "全市对俄跨境电商企业的平均利润率大概是多少？"
    gen, hits = _generator("2023年，全市对俄跨境电商交易额达到97.6亿元，同比增长31.4%。")
    assert _fails(gen, q, hits, "31.4%") == ["what is measured (利润)"]
    gen, hits = _generator("2023年，全市对俄跨境电商企业的平均利润率约为12.5%。")
    assert _fails(gen, q, hits, "12.5%") == []
    assert "12.5%" in gen.generate(q, hits).text


def test_what_is_measured_and_achieved_must_match_the_question():
    gen, hits = _generator(
        "2024年，全省跨境电商进出口46.8亿元，同比增长52.3%。预计2025年全省跨境电商出口将达到60亿元。"
    )
    # 进出口 grew 52.3%, not exports
    assert "what is measured (出口)" in _fails(gen, "全省2024年跨境电商出口同比增长了多少？", hits, "52.3%")
    assert _fails(gen, "全省2024年跨境电商进出口同比增长了多少？", hits, "52.3%") == []
    # a forecast
    assert "what exists, not a plan" in _fails(gen, "全省2025年跨境电商出口实际完成了多少？", hits, "60亿元")
    # "进出口…完成了多少" asks for total trade, which a sentence naming exports does not give,
    # whatever the sentence before it names
    from cbec_rag.crosslingual import build_query
    from cbec_rag.generate.question import question_constraints

    q = "全省对俄跨境电商进出口一共完成了多少？"
    cons = question_constraints(q, build_query(q), lambda t: 2.0, anchor_idf=0.7)
    near = "1—11月，全省跨境电商进出口71.6亿元。"
    assert cons.missing("在对俄跨境电商中，出口43.6亿元，同比增长31.8%。", near=near)
    assert not cons.missing("在对俄跨境电商中，进出口51.2亿元。", near=near)
    gen, hits = _generator("方案支持高校与企业共建实训基地，每年培训跨境物流人才1000人次以上。")
    assert _fails(gen, "这个三年行动方案一共安排了多少财政资金？", hits, "1000人次") == ["an amount"]


def test_a_threshold_is_an_amount_and_an_english_sentence_names_its_own_country():
    gen, hits = _generator(
        "Other economies, including Canada and Japan, have said they are reviewing their low-value parcel regimes. "
        "The UK applies a de minimis threshold of £135 to low-value parcels.\n"
        "There is no VAT registration threshold for non-established businesses."
    )
    assert all(_all_fails(gen, "What de minimis threshold does Japan apply to low-value parcels?", hits))
    q = "What is the VAT registration threshold for non-established businesses?"
    assert "an amount" in _fails(gen, q, hits, "There is no VAT")
    q = "What is the UK threshold for low-value consignments?"
    assert _fails(gen, q, hits, "£135") == []
    assert "name 英国" in _fails(gen, q, hits, "Canada and Japan")
    assert "£135" in gen.generate(q, hits).text


def test_a_common_word_jieba_tags_as_a_place_names_no_place():
    gen, hits = _generator(
        "对韩国：跨境电商进出口额14.8亿元。其中，进口6.2亿元，海鲜进口1.1亿元，化妆品进口2.9亿元，占对韩进口的46.8%。"
        "对日本、韩国跨境电商进出口额39.7亿元，占全市的58.0%。"
    )
    q = "全市从韩国跨境电商进口的化妆品有多少？占对韩进口的比例是多少？"
    assert _fails(gen, q, hits, "2.9亿元") == []  # 海鲜 (seafood) is no other place than 韩国


def test_the_goods_an_amount_is_of_are_what_is_counted():
    from cbec_rag.generate.counted import counted_forms

    q = "全市从韩国跨境电商进口的化妆品有多少？"
    assert counted_forms(q, build_query(q), None) == {"化妆品"}
    for q in ("全市的出口额是多少？", "对企业的补贴是多少？", "年均增速的目标是多少？"):
        assert counted_forms(q, build_query(q), None) == set(), q


def test_how_many_is_no_amount_of_money_and_a_blank_cell_is_no_figure():
    gen, hits = _generator("2023年，全岛免税店接待购物游客达到582万人次。2023年，全岛免税销售额为437.0亿元。")
    q = "2023年全岛免税店接待了多少人次购物游客？"
    assert _fails(gen, q, hits, "582万人次") == [] and _fails(gen, q, hits, "437.0亿元")
    assert "582万人次" in gen.generate(q, hits).text
    q = "How many shopper visits did the island's duty-free shops record in 2023?"
    gen, hits = _generator("In 2023 the island's duty-free shops took 43.7 billion yuan from shopper visits.")
    assert _fails(gen, q, hits, "43.7 billion") == ["a number"]  # an amount of money, not how many
    gen, hits = _generator("In 2023 the island's duty-free shops recorded 5.8 million shopper visits.")
    assert _fails(gen, q, hits, "5.8 million") == []


def test_a_table_cell_without_a_figure_for_the_year_asked_is_no_answer():
    gen, hits = _table_generator(
        "全岛免税消费统计",
        "指标\t单位\t2023年\t2024年\n购物人次\t万人次\t—\t582.4\n销售额\t亿元\t437.0\t318.6\n",
    )
    assert "582.4" in gen.generate("2024年全岛免税店接待了多少人次购物游客？", hits).text
    assert gen.generate("2023年全岛免税店接待了多少人次购物游客？", hits).refused


def test_a_count_in_piao_and_a_price_per_unit_need_their_units():
    q = "该口岸2024年一共验放了多少票跨境电商清单？"
    gen, hits = _generator("2024年，经该口岸进出境的中欧班列共3012列，其中搭载跨境电商货物的班列214列。")
    assert _fails(gen, q, hits, "3012列") == ["a count in 票"]  # 列 counts trains
    gen, hits = _generator("2024年，该口岸共验放跨境电商清单1860万票。")
    assert _fails(gen, q, hits, "1860万票") == []
    q = "包机现在每公斤运费是多少钱？"
    gen, hits = _generator("一年来，包机累计发运跨境电商包裹2360万件，货值约41.5亿元。")
    assert _fails(gen, q, hits, "41.5亿元") == ["a figure per 公斤"]  # a total is no price per kg
    gen, hits = _generator("包机运费为每公斤18元，比海运快两周。")
    assert _fails(gen, q, hits, "每公斤18元") == []


def test_a_penalty_is_an_amount_or_a_share_and_us_dollars_name_no_country():
    gen, hits = _generator(
        "Foreign platforms register in the simplified regime, file monthly and pay by the 20th day of the month.\n"
        "A supplier that knowingly under-charges the tax faces a penalty of 75% of the tax not charged."
    )
    q = "What penalty does a supplier face for knowingly under-charging the tax?"
    assert _fails(gen, q, hits, "75%") == []
    assert "a fine or penalty" in _fails(gen, q, hits, "Foreign platforms")
    assert "75%" in gen.generate(q, hits).text
    gen, hits = _generator(
        "A platform that fails to register in the simplified regime must file and pay by the 20th day of the month."
    )
    q = "What fine is imposed on a platform that fails to register?"
    assert _fails(gen, q, hits, "20th day") == ["what is charged (fine)"]
    from cbec_rag.generate.constraints import mentions

    assert not mentions("us", "usd", "paid us$18.70 on average")  # dollars, not the place
    assert mentions("us", "us", "exports to the us rose")


def test_a_table_row_without_the_growth_rate_asked_is_no_answer():
    gen, hits = _table_generator(
        "2024年跨境电商监管方式",
        "监管方式\t金额（亿元）\t同比增长（%）\n9610出口\t52.1\t18.4\n1210进口\t18.3\t—\n",
    )
    assert _fails(gen, "2024年9610出口比上年增长了多少？", hits, "18.4") == []
    assert _fails(gen, "2024年1210进口比上年增长了多少？", hits, "1210进口") == ["a growth rate"]


def test_a_rate_of_tax_is_no_fine():
    q = "平台未按规定登记的，罚款是多少？"
    gen, hits = _generator("平台未按规定登记的，仍须按19%的税率代收增值税。")
    assert _fails(gen, q, hits, "19%") == ["a fine or penalty"]
    gen, hits = _generator("平台未按规定登记的，处应纳税款50%以上5倍以下罚款。")
    assert _fails(gen, q, hits, "50%") == []
    assert "50%以上5倍以下" in gen.generate(q, hits).text


def test_an_english_question_for_a_fee_needs_a_sentence_naming_a_fee():
    q = "What handling fee do carriers usually add to parcels worth more than £135?"
    gen, hits = _generator("Carriers handled about 199 million parcels worth more than £135 in 2024/25.")
    assert _fails(gen, q, hits, "199 million") == ["what is charged (fee)"]  # an amount, but no fee
    gen, hits = _generator(
        "For parcels worth more than £135, carriers usually add a handling fee of £8 to £12."
    )
    assert _fails(gen, q, hits, "£8 to £12") == []
    assert "£8 to £12" in gen.generate(q, hits).text


def test_a_table_in_yuan_does_not_answer_how_many():
    q = "2023年开展1210业务的企业有多少家？"
    gen, hits = _table_generator(
        "2023年分监管方式进出口",
        "监管方式\t企业进出口额（亿元）\t同比增长\n1210\t72.6\t4.1%\n",
    )
    assert _fails(gen, q, hits, "72.6") == ["a number"]
    gen, hits = _table_generator("2023年企业备案", "监管方式\t企业数（家）\t同比增长\n1210\t726\t4.1%\n")
    assert _fails(gen, q, hits, "726") == []
    assert "726" in gen.generate(q, hits).text


def test_review_cases_are_answered_not_refused():
    gen, hits = _generator("2023年，全市实际使用外资12亿美元，完成年度目标的105%。")
    assert "12亿美元" in gen.generate("2023年全市实际使用外资多少亿美元？", hits).text
    gen, hits = _generator(
        "The UK removed the relief in 2021. In 2024, 199 million low-value parcels arrived, "
        "most of them sold by Chinese platforms."
    )
    assert "199 million" in gen.generate("How many low-value parcels did the UK receive in 2024?", hits).text
    gen, hits = _table_generator("2023年各市企业", "城市\t企业数\t进出口额（亿元）\n杭州\t1200\t350\n")
    assert "1200" in gen.generate("2023年杭州有多少家企业？", hits).text
    gen, hits = _generator("2024年，该口岸共申报跨境电商清单1860万单。")
    assert "1860万单" in gen.generate("2024年该口岸申报了多少票清单？", hits).text


def test_a_count_is_not_an_english_amount():
    from cbec_rag.generate.constraints import Constraints

    assert Constraints(figure="count").missing("Each parcel paid US$18.70 on average.")
    assert not Constraints(figure="count").missing("In 2024, 199 million parcels arrived.")


def test_survey_shares_and_per_consignment_fees_are_answered():
    gen, hits = _generator(
        "受访企业反映，2024年物流成本平均占跨境电商销售额的17.3%，较上年上升2.4个百分点。"
        "针对小额豁免政策调整，42.6%的受访企业认为影响较大，36.1%的企业计划转向海外仓备货模式。"
    )
    ans = gen.generate("受访企业的物流开支平均占到销售额的百分之多少？比上一年高了多少？", hits)
    assert "17.3%" in ans.text, ans.text
    ans = gen.generate("有多少受访企业觉得冲击较大？打算改走海外仓备货的企业又占多少？", hits)
    assert "42.6%" in ans.text and "36.1%" in ans.text, ans.text
    gen, hits = _generator("The postal operator charges a customs handling fee of NOK 149 per consignment.")
    assert "149" in gen.generate("邮政包裹每票要收多少清关手续费？", hits).text
