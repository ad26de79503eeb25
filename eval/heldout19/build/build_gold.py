#!/usr/bin/env python3
"""Hand-written questions of the h19 set. Writes ../gold.jsonl (python3, standard library only).

Each A(...) is an answerable item: answers are groups (a string, or a list of alternatives),
quotes are exact substrings of the document's text (docs/ for txt/md/html, docs_src/ for pdf/docx).
Each U(...) is an unanswerable near miss aimed at a document.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

QD = 'h19_zh_qiandongnan_ethnic_handicrafts_cbec_survey_2024.txt'
TX = 'h19_zh_tongxiang_winter_clothing_rail_export_plan_2025_2027.md'
ZZ = 'h19_zh_zhuzhou_cbec_statistics_method_reform_brief_2025h1.html'
LH = 'h19_zh_luohe_pet_food_supplies_export_survey_2024.pdf'
DY = 'h19_en_dongyang_eu_vat_oss_seller_memo_2025.docx'
QZ = 'h19_en_qinzhou_port_congestion_contingency_guide_2025.txt'


def text_of(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    with open(p, encoding='utf-8') as f:
        return f.read()


TEXTS = {d: text_of(d) for d in (QD, TX, ZZ, LH, DY, QZ)}


def row(doc, start):
    """The whole (right-stripped) line of a plain-text table that starts with `start`."""
    hits = [l.rstrip() for l in TEXTS[doc].split('\n') if l.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


ITEMS = []


def A(doc, lang, typ, question, answers, *quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    ITEMS.append(dict(doc=doc, lang=lang, type=typ, question=question, answers=groups,
                      evidence=[{'source': doc, 'quote': q} for q in quotes], unanswerable=False))


def U(doc, lang, typ, question):
    ITEMS.append(dict(doc=doc, lang=lang, type=typ, question=question, answers=[], evidence=[],
                      unanswerable=True))


# ---------------------------------------------------------------- Qiandongnan (zh, txt)
A(QD, 'zh', 'figure', '黔东南那边的苗银、蜡染这些手工艺品，2023年跨境一共卖出去多少钱？同比涨了多少？',
  [['2.36亿元', '2.36亿'], ['41.2%']],
  '2023年，全州民族手工艺品跨境电商出口额为2.36亿元，同比增长41.2%')
A(QD, 'en', 'figure', 'How much did Qiandongnan export in ethnic handicrafts through cross-border e-commerce in the first nine months of 2024, and what was the year-on-year growth?',
  [['2.07亿元', '2.07亿'], ['22.8%']],
  '2024年1—9月，出口额为2.07亿元，同比增长22.8%')
A(QD, 'zh', 'figure', '从2021年算到2024年9月，黔东南手工艺品跨境出口累计有多少了？',
  [['6.9亿元', '6.9亿']],
  '2021年至2024年9月，累计出口额达6.9亿元')
A(QD, 'en', 'figure', 'what is the export goal Qiandongnan set for ethnic crafts sold abroad online by 2026?',
  [['5亿元', '5亿']],
  '到2026年全州民族手工艺品跨境电商出口额力争达到5亿元')
A(QD, 'zh', 'figure', '截至2024年9月底，黔东南有多少家活跃的跨境网店？其中手艺人自己开的有几家？',
  [['1142家', '1142'], ['318家', '318']],
  '全州活跃跨境网店1142家，其中手艺人店铺318家')
A(QD, 'en', 'figure', "For the craftsman-run shops in Qiandongnan, what is the average order value and how much higher is it than other shops?",
  [['386元', '386'], ['约1.4倍', '1.4倍']],
  '手艺人店铺平均客单价为386元，较其他店铺高出', '约1.4倍。')
A(QD, 'zh', 'definition', '黔东南那份调查里说的“手艺人店铺”，具体是指什么样的店？',
  [['由持有州级以上非物质文化遗产代表性传承人或工艺美术师称号者本人开设或实际经营的跨境网店',
    '持有州级以上非物质文化遗产代表性传承人或工艺美术师称号者本人开设或实际经营']],
  '所称手艺人店铺，是指由持有州级以上非物质文化遗产代表性传承人或工艺美术师称号者本人开设或实际经营的跨境网店')
A(QD, 'en', 'definition', "In the Qiandongnan crafts survey, when does a shop count as an 'active' cross-border shop?",
  [['统计期内每个月均有出口订单成交的店铺', '每个月均有出口订单成交']],
  '所称活跃跨境网店，是指统计期内每个月均有出口订单成交的店铺')
A(QD, 'zh', 'list', '按黔东南报告的说法，民族手工艺品跨境电商卖的都是哪些东西？',
  [['银饰'], ['刺绣'], ['蜡染'], ['织锦'], ['古法纸']],
  '向境外消费者销售银饰、刺绣、蜡染、织锦、古法纸等以手工为主要工序的民族手工艺品的经营活动')
A(QD, 'en', 'figure', 'I make silver jewellery in Leishan county. How much did Leishan export from January to September 2024 and how fast did it grow?',
  [['4920'], ['31.6%']],
  row(QD, '雷山县'))
A(QD, 'zh', 'place', '2024年前三季度，黔东南哪个县市的手工艺品跨境出口增长最快？',
  [['丹寨县', '丹寨']],
  row(QD, '丹寨县'), row(QD, '雷山县'))
A(QD, 'en', 'place', 'Which county or city of Qiandongnan exported the most handicrafts in Jan–Sep 2024?',
  [['凯里市', '凯里']],
  row(QD, '凯里市'))
A(QD, 'zh', 'reason', '从江县前三季度增速才9.7%，为啥比全州低那么多？',
  [['侗族织锦手工织造周期长', '织造周期长'], ['单人月产量不足3匹', '难以承接批量订单']],
  '主要原因是侗族织锦手工织造周期长，单人月产量不足3匹，难以承接批量订单')
A(QD, 'en', 'list', 'What are the main products Taijiang county sells abroad?',
  [['刺绣'], ['银饰']],
  row(QD, '台江县'))
A(QD, 'en', 'figure', "In the Qiandongnan table there is an 'other counties' line. How much did it export in Jan–Sep 2024, and how many counties does it cover?",
  [['2080'], ['11个县', '11个']],
  row(QD, '其他县'), '注：其他县包括黎平、榕江等11个县')
A(QD, 'zh', 'list', '黔东南手工艺品主要卖到哪些市场？各占多少？',
  [['美国'], ['欧盟'], ['日本'], ['东南亚']],
  '从市场看，2024年1—9月美国占34%，欧盟占21%，日本占17%，东南亚占12%，其他地区占16%。')
A(QD, 'zh', 'reason', '黔东南民族手工艺品跨境出口这两年涨得快，报告说主要靠什么？',
  [['海外消费者对手工、可持续和具有文化故事的商品需求上升', '商品需求上升'],
   ['“苗侗手作”跨境直播基地', '跨境直播基地'],
   ['开通了跨境电商集货专线', '集货专线']],
  '出口较快增长，主要有三方面原因：一是海外消费者对手工、可持续和具有文化故事的商品需求上升，银饰和蜡染围巾成为热销品类；二是州里于2023年建成“苗侗手作”跨境直播基地，为手艺人免费提供拍摄和多语种讲解服务；三是雷山、丹寨两县开通了跨境电商集货专线，单件物流时效由平均11天缩短至6天。')
A(QD, 'en', 'figure', 'After Leishan and Danzhai opened the consolidation line, how many days does a parcel take now, compared with before?',
  [['6天'], ['11天']],
  '单件物流时效由平均11天缩短至6天')
A(QD, 'en', 'date', "When was the 'Miao-Dong Handmade' livestream base in Qiandongnan built?",
  [['2023年']],
  '二是州里于2023年建成“苗侗手作”跨境直播基地')
A(QD, 'zh', 'list', '黔东南这份调查认为手工艺品做跨境主要卡在哪几个问题上？',
  [['原创纹样被仿冒'], ['材质证明难'], ['物流成本偏高'], ['复合型人才不足']],
  '（一）原创纹样被仿冒', '（二）材质证明难', '（三）物流成本偏高', '（四）复合型人才不足')
A(QD, 'en', 'reason', 'Why is it hard for the silver workshops to prove the material of their silver jewellery?',
  [['银饰出口需要说明含银量', '需要说明含银量'], ['缺乏检测条件']],
  '银饰出口需要说明含银量，多数手艺人作坊缺乏检测条件，每件送检费用约80元')
A(QD, 'zh', 'figure', '现在银饰送检一件大概多少钱？报告建议降到多少？',
  [['约80元', '80元'], ['每件30元以内', '30元以内']],
  '每件送检费用约80元', '将送检费用降至每件30元以内')
A(QD, 'en', 'reason', 'why do batik products get returned so much in Qiandongnan, and what is the return rate?',
  [['手工染色存在色差', '色差'], ['未充分提示“每件颜色不完全相同”', '每件颜色不完全相同']],
  '蜡染制品因手工染色存在色差，退货率达7.8%，主要原因是商品图片和说明未充分提示“每件颜色不完全相同”')
A(QD, 'zh', 'list', '针对这些问题，黔东南报告最后提了哪几条建议？',
  [['建立民族纹样数据库', '纹样数据库'], ['设立银饰公共检测点', '银饰公共检测点'],
   ['推动集货专线向台江、从江延伸', '集货专线'], ['开设“手艺+跨境”订单班', '订单班']],
  '——建立民族纹样数据库，对收录纹样办理境外登记的，按每件200元标准给予补贴；',
  '——在凯里设立银饰公共检测点，将送检费用降至每件30元以内；',
  '——推动集货专线向台江、从江延伸，力争2025年底前覆盖8个县市；',
  '——依托“苗岭手艺学堂”开设“手艺+跨境”订单班，每年培训不少于300人。')
A(QD, 'zh', 'date', '集货专线往台江、从江延伸，打算啥时候覆盖到几个县市？',
  [['2025年底前'], ['8个县市']],
  '力争2025年底前覆盖8个县市')
A(QD, 'zh', 'yesno', '黔东南这份报告里的出口数字，跟海关统计是一个口径吗？',
  [['与海关统计数据口径不同', '口径不同']],
  '注3：本报告数据为调查推算数，与海关统计数据口径不同。')
A(QD, 'en', 'other', 'How many valid samples did the Qiandongnan survey collect, and when was it carried out?',
  [['186户', '186'], ['2024年10月至11月']],
  '本次调查于2024年10月至11月开展，采取问卷与入户访谈相结合的方式，共回收有效样本186户')
U(QD, 'zh', 'figure', '凯里市2023年全年民族手工艺品跨境出口是多少万元？')
U(QD, 'en', 'figure', "What was Qiandongnan's total ethnic handicraft cross-border export for the whole year 2024?")
U(QD, 'zh', 'figure', '黎平县2024年前三季度手工艺品跨境出口额是多少？')
U(QD, 'en', 'figure', "What was Japan's share of Qiandongnan's handicraft exports in 2023?")
U(QD, 'zh', 'figure', '黔东南给2025年定的民族手工艺品跨境出口目标是多少？')
U(QD, 'en', 'list', 'Which foreign e-commerce platforms do the Qiandongnan craft shops sell on?')
U(QD, 'zh', 'reason', '凯里市前三季度增速为什么比雷山县低？')
U(QD, 'en', 'date', 'When will the public silver testing point in Kaili start operating?')

# ---------------------------------------------------------------- Tongxiang (zh, md)
A(TX, 'zh', 'figure', '桐乡2024年走铁路出口的跨境电商御寒服装货值多少？比2023年涨了多少？',
  [['14.6亿元', '14.6亿'], ['49.0%']],
  '2024年，全市经铁路发运的跨境电商出口御寒服装货值14.6亿元，比2023年的9.8亿元增长49.0%')
A(TX, 'en', 'figure', 'What was the value of winter clothing that Tongxiang sent abroad by rail as cross-border e-commerce in 2023?',
  [['9.8亿元', '9.8亿']],
  '比2023年的9.8亿元增长49.0%')
A(TX, 'zh', 'figure', '桐乡2024年四季度一个季度铁路发了多少货值？占全年多少？',
  [['5.7亿元', '5.7亿'], ['39%']],
  '其中第四季度单季发运货值5.7亿元，占全年的39%')
A(TX, 'en', 'figure', 'from 2022 to 2024 all together, how much winter clothes Tongxiang sent by rail?',
  [['28.1亿元', '28.1亿']],
  '2022年至2024年，全市累计发运货值28.1亿元')
A(TX, 'zh', 'figure', '桐乡方案里，2027年铁路跨境电商出口货值要做到多少亿？',
  [['30']],
  '| 铁路跨境电商出口货值（亿元） | 9.8 | 14.6 | 19 | 30 |')
A(TX, 'en', 'figure', 'How many consolidated trains does Tongxiang plan to run in 2025, and how many did it run in 2024?',
  [['80'], ['58']],
  '| 开行集拼专列（列） | 36 | 58 | 80 | 120 |')
A(TX, 'zh', 'figure', '俄罗斯方向的货值占比，2024年是多少？到2027年打算降到多少？',
  [['58%'], ['50%']],
  '| 俄罗斯方向货值占比 | 62% | 58% | 55% | 50% |')
A(TX, 'en', 'definition', "In the Tongxiang plan, what is a 'consolidated train'?",
  [['由多家卖家的跨境电商货物在本地集中装箱、以整列形式开行的铁路班列', '以整列形式开行的铁路班列']],
  '所称集拼专列，是指由多家卖家的跨境电商货物在本地集中装箱、以整列形式开行的铁路班列')
A(TX, 'zh', 'list', '桐乡这个方案里的“御寒服装”都包括哪些？',
  [['毛针织衫'], ['皮草及皮革服装', '皮草'], ['羽绒服'], ['棉服'], ['围巾'], ['帽子'], ['手套']],
  '所称御寒服装，是指毛针织衫、皮草及皮革服装、羽绒服、棉服，以及围巾、帽子、手套等冬季服饰')
A(TX, 'en', 'definition', "What does 'overseas warehouse pre-positioning' mean in the Tongxiang plan?",
  [['卖家在销售旺季到来之前，将货物提前运抵境外仓库备货销售的做法', '将货物提前运抵境外仓库备货销售']],
  '所称海外仓前置，是指卖家在销售旺季到来之前，将货物提前运抵境外仓库备货销售的做法')
A(TX, 'en', 'reason', 'Why would a Tongxiang sweater seller ship by rail instead of by sea or by air?',
  [['较海运缩短约20天', '缩短约20天'], ['单位运费约为空运的五分之一', '五分之一']],
  '铁路运输平均时效为16天，较海运缩短约20天，单位运费约为空运的五分之一')
A(TX, 'zh', 'date', '桐乡这个铁路出口方案从哪天开始执行，有效期到什么时候？',
  [['2025年2月1日'], ['2027年12月31日']],
  '本方案自2025年2月1日起实施，有效期至2027年12月31日')
A(TX, 'en', 'list', 'In which foreign cities will the Tongxiang consolidated trains set up distribution nodes?',
  [['新西伯利亚'], ['叶卡捷琳堡'], ['阿斯塔纳'], ['卡拉干达']],
  '二是推动集拼专列在新西伯利亚、叶卡捷琳堡、阿斯塔纳、卡拉干达设立分拨节点')
A(TX, 'zh', 'place', '桐乡说要试“铁公联运”，货从哪出境，最后用公路运到哪？',
  [['阿拉山口'], ['比什凯克']],
  '三是探索经阿拉山口出境后转公路运至比什凯克的“铁公联运”线路')
A(TX, 'en', 'date', 'During which months will the fixed Puyuan–Alashankou trains run, and how often?',
  [['8月至12月'], ['每周两列']],
  '在每年8月至12月旺季开行“濮院—阿拉山口”每周两列的固定班次')
A(TX, 'zh', 'date', '我在濮院做毛衫，要想赶上旺季，前置备货最晚得啥时候弄完？',
  [['9月底前', '每年9月底前']],
  '鼓励卖家在每年9月底前完成前置备货')
A(TX, 'en', 'figure', 'If my company rents one of the partner overseas warehouses, what rent subsidy do I get and what is the yearly cap?',
  [['30%'], ['50万元', '50万']],
  '对租用合作海外仓的企业，按实际租金的30%给予补贴，单个企业每年最高50万元')
A(TX, 'zh', 'figure', '用跨境人民币结算的卖家比例，桐乡打算从多少提到多少？',
  [['18%'], ['40%']],
  '推动使用跨境人民币结算的卖家比例由2024年的18%提高到2027年的40%')
A(TX, 'en', 'list', "Which customs modes fall under Tongxiang's 'one consolidation, separate declaration' approach?",
  [['9610'], ['9710'], ['9810']],
  '一是推行9610、9710、9810多种模式“一次集拼、分类申报”')
A(TX, 'en', 'list', 'Around which industry clusters is Tongxiang building its rail export push?',
  [['濮院毛衫'], ['崇福皮草'], ['洲泉保暖面料']],
  '围绕濮院毛衫、崇福皮草两大集群和洲泉保暖面料配套')
A(TX, 'en', 'date', 'By when will Tongxiang publish its size conversion guide for Russia and Central Asia?',
  [['2025年6月底前']],
  '2025年6月底前编制发布《俄罗斯及中亚服装尺码对照指引》')
A(TX, 'zh', 'list', '桐乡方案里说铁路出口御寒服装还有哪些短板？',
  [['季节性过于集中'], ['回程空载率高'], ['退换货渠道不畅'], ['尺码标准不统一']],
  '1. 季节性过于集中', '2. 回程空载率高', '3. 退换货渠道不畅', '4. 尺码标准不统一')
A(TX, 'zh', 'reason', '桐乡铁路出口综合运价为什么偏高？',
  [['回程空载率高', '返程集装箱空载率约64%']],
  '2. 回程空载率高。返程集装箱空载率约64%，推高了综合运价。')
A(TX, 'en', 'reason', "For Tongxiang sellers, why is it so expensive to get returns back from Russian buyers, and how much does it cost per item?",
  [['只能经邮政小包回运', '邮政小包回运'], ['约为销售价的35%', '35%']],
  '俄罗斯方向的退货只能经邮政小包回运，单件回运成本约为销售价的35%')
A(TX, 'en', 'figure', "For Tongxiang's winter clothing sold by rail to Russia and Central Asia, how much of the returns are caused by wrong sizes?",
  [['近一半']],
  '因尺码问题产生的退货占退货总量的', '近一半。')
A(TX, 'zh', 'reason', '桐乡铁路出口御寒服装的这些短板，归根到底是什么原因造成的？',
  [['本地缺少具备国际铁路联运资质的集拼服务商', '缺少具备国际铁路联运资质的集拼服务商'],
   ['卖家对目的国消费习惯了解不足']],
  '造成上述问题的根本原因，一是本地缺少具备国际铁路联运资质的集拼服务商，二是卖家对目的国消费习惯了解不足。')
A(TX, 'zh', 'figure', '桐乡市财政每年给这个事安排多少专项资金？',
  [['不少于3000万元', '3000万元']],
  '- 市财政每年安排专项资金不少于3000万元；')
A(TX, 'zh', 'yesno', '要是示范企业连着两年没做铁路出口，会被取消示范资格吗？',
  [['取消其示范资格']],
  '- 对连续两年未开展铁路出口业务的示范企业，取消其示范资格。')
A(TX, 'en', 'other', "Who publishes the results of Tongxiang's quarterly rail export monitoring?",
  [['市商务局']],
  '- 建立铁路出口季度监测制度，由市商务局按季发布监测结果；')
A(TX, 'zh', 'yesno', '桐乡方案里2024年的货值是最终核定的数吗？',
  [['快报数', '2024年数据为快报数']],
  '附注：本方案货值数据来源于市商务局跨境电商监测平台，2024年数据为快报数。')
A(TX, 'zh', 'list', '为了保证方案落地，桐乡有哪些保障措施？',
  [['成立由分管副市长牵头的工作专班', '工作专班'], ['市财政每年安排专项资金不少于3000万元', '专项资金'],
   ['建立铁路出口季度监测制度', '季度监测制度'], ['取消其示范资格']],
  '- 成立由分管副市长牵头的工作专班，每季度召开一次推进会；', '- 市财政每年安排专项资金不少于3000万元；',
  '- 建立铁路出口季度监测制度，由市商务局按季发布监测结果；', '- 对连续两年未开展铁路出口业务的示范企业，取消其示范资格。')
U(TX, 'zh', 'figure', '桐乡给2026年定的铁路跨境电商出口货值目标是多少？')
U(TX, 'en', 'figure', 'What value of winter clothing did Tongxiang ship by rail in the fourth quarter of 2023?')
U(TX, 'zh', 'figure', '崇福镇的皮草2024年经铁路跨境出口了多少货值？')
U(TX, 'en', 'figure', 'What share of Tongxiang sellers used cross-border RMB settlement in 2023?')
U(TX, 'zh', 'figure', '2024年白俄罗斯方向的货值占比是多少？')
U(TX, 'en', 'reason', "Why did the Russia share of Tongxiang's rail exports drop from 62% in 2023 to 58% in 2024?")
U(TX, 'zh', 'place', '桐乡的集拼专列在乌兹别克斯坦设在哪个城市的分拨节点？')
U(TX, 'en', 'figure', 'How much does it cost to send one container from Puyuan to Alashankou by rail?')

# ---------------------------------------------------------------- Zhuzhou (zh, html)
A(ZZ, 'zh', 'figure', '株洲今年上半年按新口径算跨境电商出口多少？同比涨了多少？',
  [['34.7亿元', '34.7亿'], ['18.9%']],
  '按新口径测算，2025年上半年全市跨境电商出口34.7亿元，同比增长18.9%；数据比对率为87.3%。')
A(ZZ, 'en', 'figure', "What was Zhuzhou's data matching rate in the first half of 2025?",
  [['87.3%']],
  '按新口径测算，2025年上半年全市跨境电商出口34.7亿元，同比增长18.9%；数据比对率为87.3%。')
A(ZZ, 'zh', 'figure', '株洲2024年全年跨境电商出口，按老口径和新口径分别是多少？',
  [['38.6亿元', '38.6亿'], ['61.2亿元', '61.2亿']],
  '2024年全年出口按新口径修订为61.2亿元，按原口径为38.6亿元，修订后增加22.6亿元')
A(ZZ, 'zh', 'figure', '株洲搞统计改革试点以来，新口径累计出口有多少？',
  [['95.9亿元', '95.9亿']],
  '试点以来（2024年1月至2025年6月），新口径累计出口95.9亿元')
A(ZZ, 'en', 'figure', "What are Zhuzhou's targets for 2025 — the export value under the new method and the data matching rate?",
  [['75亿元', '75亿'], ['92%以上', '92%']],
  '2025年全年新口径出口力争达到75亿元，数据比对率', '达到92%以上。')
A(ZZ, 'zh', 'date', '株洲跨境电商统计方法改革是从什么时候开始试点的？',
  [['2024年1月', '2024年1月起']],
  '2024年1月起，我市作为全省跨境电商统计方法改革试点城市')
A(ZZ, 'zh', 'list', '株洲改革后说是“三方比对”，是哪三方的数据？',
  [['海关申报'], ['平台数据'], ['海外仓数据']],
  '将统计方法由“海关申报单一来源”调整为“海关申报、平台数据、海外仓数据三方比对”')
A(ZZ, 'en', 'definition', "What does the 'territorial principle' mean in the Zhuzhou statistics brief?",
  [['按出口企业注册地而非货物出境口岸归属统计数据', '按出口企业注册地']],
  '所称属地原则，是指按出口企业注册地而非货物出境口岸归属统计数据。')
A(ZZ, 'zh', 'definition', '株洲简报里的“数据比对率”是怎么算的？',
  [['完成三方比对的订单金额占全部出口订单金额的比重']],
  '所称数据比对率，是指完成三方比对的订单金额占全部出口订单金额的比重。')
A(ZZ, 'en', 'definition', "What does Zhuzhou mean by 'full-scope cross-border e-commerce export'?",
  [['在本市登记注册的企业通过跨境电商方式实现的出口', '不论货物经本地还是外地口岸出境']],
  '本简报所称全口径跨境电商出口，是指在本市登记注册的企业通过跨境电商方式实现的出口，不论货物经本地还是外地口岸出境')
A(ZZ, 'en', 'list', "Which customs declaration modes are included in Zhuzhou's full-scope export figure?",
  [['9610'], ['9710'], ['9810'], ['1210']],
  '包括以9610、9710、9810、1210模式申报的出口')
A(ZZ, 'en', 'reason', 'why did Zhuzhou change how it counts cross-border e-commerce exports?',
  [['原口径只统计在本地口岸申报的数据', '经沿海口岸出境的本地企业货物未被计入'],
   ['申报主体为平台企业', '本地卖家的实际业绩难以体现'],
   ['海外仓备货与最终销售存在时间差', '按出境时点统计与实际销售情况不一致']],
  '原口径只统计在本地口岸申报的数据，大量经沿海口岸出境的本地企业货物未被计入；',
  '中小卖家通过平台“全托管”模式出口，申报主体为平台企业，本地卖家的实际业绩难以体现；',
  '海外仓备货与最终销售存在时间差，按出境时点统计与实际销售情况不一致。')
A(ZZ, 'zh', 'figure', '改口径后，外地口岸出境、本市企业申报的这部分2024年补进来多少？',
  [['14.9']],
  '外地口岸出境、本市企业申报', '14.9')
A(ZZ, 'en', 'figure', 'In 2024, how much was added to Zhuzhou exports by back-filling from platform business data, and was it counted under the old method?',
  [['5.8'], ['未计入']],
  '平台经营数据比对补录', '未计入', '5.8')
A(ZZ, 'en', 'figure', "I'm a clothing seller in Lusong district. What were Lusong's cross-border exports in H1 2025 and the growth rate?",
  [['12.6'], ['21.4%']],
  '芦淞区', '12.6', '21.4%')
A(ZZ, 'zh', 'place', '2025年上半年株洲哪个区县（市）跨境出口增长最快？',
  [['天元区', '天元']],
  '天元区', '26.7%')
A(ZZ, 'en', 'place', 'Which district or county-level city of Zhuzhou shipped the largest share of its exports through ports outside the city in H1 2025?',
  [['醴陵市', '醴陵']],
  '醴陵市', '72%')
A(ZZ, 'en', 'reason', "Why was Shifeng district's growth so low in the first half of 2025?",
  [['轨道交通零部件以B2B大额订单为主', 'B2B大额订单'], ['受个别订单交付延期影响', '交付延期']],
  '石峰区增速偏低，主要是轨道交通零部件以B2B大额订单为主，受个别订单交付延期影响。')
A(ZZ, 'zh', 'reason', '株洲上半年跨境出口为什么涨得比较快？',
  [['芦淞区服装企业通过平台全托管模式扩大了对东盟的销售', '扩大了对东盟的销售'],
   ['天元区小家电企业新增海外仓3个', '新增海外仓3个']],
  '上半年出口增长较快，一方面是芦淞区服装企业通过平台全托管模式扩大了对东盟的销售，另一方面是天元区小家电企业新增海外仓3个。')
A(ZZ, 'zh', 'list', '表里“其他”那一行包括株洲哪些区县？',
  [['渌口区', '渌口'], ['攸县'], ['茶陵县', '茶陵'], ['炎陵县', '炎陵']],
  '注：“其他”包括渌口区和攸县、茶陵县、炎陵县。')
A(ZZ, 'zh', 'list', '株洲试点一年半，发现了哪些问题？',
  [['平台数据获取不稳定'], ['重复填报', '需人工剔重'], ['海外仓销售数据依赖企业自报'],
   ['基层统计人员中熟悉跨境电商业务的不足', '全市专职统计人员仅14人']],
  '平台数据获取不稳定，部分平台仅按季度提供汇总数据，难以按月比对；',
  '全托管模式下同一笔交易可能被平台企业和本地卖家重复填报，需人工剔重，上半年共剔除重复金额2.3亿元；',
  '海外仓销售数据依赖企业自报，抽查发现约11%的企业自报数据与仓储系统记录差异超过10%；',
  '基层统计人员中熟悉跨境电商业务的不足，全市专职统计人员仅14人。')
A(ZZ, 'en', 'reason', 'Why do Zhuzhou statisticians have to remove duplicates by hand, and how much was removed in H1 2025?',
  [['同一笔交易可能被平台企业和本地卖家重复填报', '重复填报'], ['2.3亿元', '2.3亿']],
  '全托管模式下同一笔交易可能被平台企业和本地卖家重复填报，需人工剔重，上半年共剔除重复金额2.3亿元；')
A(ZZ, 'zh', 'reason', '株洲为什么现在还做不到按月比对平台数据？',
  [['部分平台仅按季度提供汇总数据', '仅按季度提供汇总数据']],
  '平台数据获取不稳定，部分平台仅按季度提供汇总数据，难以按月比对；')
A(ZZ, 'zh', 'list', '株洲下一步在统计上准备做哪几件事？',
  [['签订按月数据共享协议', '按月数据共享协议'], ['唯一订单编码规则'], ['季度抽查'], ['编制《跨境电商统计工作手册》', '《跨境电商统计工作手册》']],
  '下一步，一是与3家主要平台签订按月数据共享协议，力争9月底前实现按月比对；二是建立“企业—平台—海外仓”唯一订单编码规则，从源头解决重复填报问题；三是对海外仓自报数据实行季度抽查，抽查比例不低于20%；四是编制《跨境电商统计工作手册》，年底前完成对各区县（市）统计人员的轮训。')
A(ZZ, 'zh', 'reason', '株洲要建“企业—平台—海外仓”唯一订单编码，图的是什么？',
  [['从源头解决重复填报问题', '解决重复填报问题']],
  '二是建立“企业—平台—海外仓”唯一订单编码规则，从源头解决重复填报问题')
A(ZZ, 'en', 'date', 'With how many platforms will Zhuzhou sign monthly data-sharing deals, and by when should monthly matching work?',
  [['3家'], ['9月底前']],
  '一是与3家主要平台签订按月数据共享协议，力争9月底前实现按月比对')
A(ZZ, 'en', 'yesno', 'Does Zhuzhou still report the cross-border figures under the old method?',
  [['原口径数据仍按月报送省统计部门', '仍按月报送省统计部门']],
  '3. 原口径数据仍按月报送省统计部门，与新口径数据并行报送至2025年底。')
A(ZZ, 'en', 'other', 'How is the year-on-year growth worked out under the new Zhuzhou method?',
  [['按新口径对2024年同期数据追溯调整后计算', '追溯调整']],
  '2. 同比增长按新口径对2024年同期数据追溯调整后计算。')
A(ZZ, 'zh', 'other', '这期株洲简报是哪个单位发的？第几期？',
  [['株洲市跨境电商统计监测中心'], ['第3期']],
  '株洲市跨境电商统计监测中心　2025年7月28日　第3期')
A(ZZ, 'en', 'reason', 'Why does Zhuzhou plan quarterly spot checks of overseas-warehouse data?',
  [['海外仓销售数据依赖企业自报', '依赖企业自报'], ['约11%的企业自报数据与仓储系统记录差异超过10%', '差异超过10%']],
  '海外仓销售数据依赖企业自报，抽查发现约11%的企业自报数据与仓储系统记录差异超过10%；')
U(ZZ, 'zh', 'figure', '按新口径算，株洲2023年全年跨境电商出口是多少？')
U(ZZ, 'en', 'figure', "What were Zhuzhou's cross-border e-commerce imports in the first half of 2025?")
U(ZZ, 'zh', 'figure', '攸县2025年上半年跨境电商出口多少亿元？')
U(ZZ, 'en', 'figure', "What was Zhuzhou's data matching rate for the full year 2024?")
U(ZZ, 'zh', 'figure', '2025年上半年株洲跨境电商出口按原口径统计是多少？')
U(ZZ, 'en', 'list', 'Which three platforms will sign the monthly data-sharing agreements with Zhuzhou?')
U(ZZ, 'zh', 'reason', '荷塘区经外地口岸出境的占比为什么达到54%？')
U(ZZ, 'en', 'figure', "What share of Zhuzhou's cross-border exports in H1 2025 went to Japan?")

# ---------------------------------------------------------------- Luohe (zh, pdf)
A(LH, 'zh', 'figure', '漯河去年（2024年）宠物食品和用品跨境出口多少？比上年涨了多少？',
  [['5.9亿元', '5.9亿'], ['40.5%']],
  '2024年，全市宠物食品及用品跨境电商出口额5.9亿元，比上年的4.2亿元增长40.5%')
A(LH, 'en', 'figure', "What were Luohe's cross-border exports of pet food and pet supplies in 2023?",
  [['4.2亿元', '4.2亿']],
  '比上年的4.2亿元增长40.5%')
A(LH, 'zh', 'figure', '漯河宠物产品2024年第四季度出口了多少？',
  [['1.8亿元', '1.8亿']],
  '其中第四季度出口1.8亿元，为全年各季度最高')
A(LH, 'en', 'reason', "Why was Q4 2024 the best quarter for Luohe's pet product exports?",
  [['境外年末购物季带动', '年末购物季'], ['宠物零食礼盒销量集中释放', '礼盒销量集中释放']],
  '为全年各季度最高，主要是受境外年末购物季带动，宠物零食礼盒销量集中释放。')
A(LH, 'zh', 'figure', '2020年到2024年，漯河宠物食品用品跨境一共出口了多少？',
  [['14.3亿元', '14.3亿']],
  '2020年至2024年累计出口14.3亿元')
A(LH, 'en', 'figure', "what export figure does Luohe want to reach for pet products by 2026?",
  [['9亿元', '9亿']],
  '2026年出口额力争达到9亿元')
A(LH, 'en', 'definition', "How does the Luohe survey define the repurchase rate?",
  [['一年内在同一店铺下单两次及以上的买家数占全部买家数的比重']],
  '所称复购率，是指一年内在同一店铺下单两次及以上的买家数占全部买家数的比重')
A(LH, 'zh', 'list', '漯河报告说的“宠物用品”都指哪些东西？',
  [['猫砂'], ['玩具'], ['牵引绳'], ['食盆']],
  '所称宠物用品，是指猫砂、玩具、牵引绳、食盆等非食用商品')
A(LH, 'en', 'list', "What does 'pet food' include in the Luohe survey?",
  [['主粮'], ['零食'], ['营养补充剂']],
  '本报告所称宠物食品，是指供犬、猫等宠物食用的主粮、零食和营养补充剂')
A(LH, 'en', 'definition', "What counts as an 'own-brand enterprise' in the Luohe pet report?",
  [['以自有注册商标开展跨境销售，且自有品牌销售额占其出口额50%以上的企业', '自有品牌销售额占其出口额50%以上']],
  '所称自主品牌企业，是指以自有注册商标开展跨境销售，且自有品牌销售额占其出口额50%以上的企业')
A(LH, 'zh', 'figure', '漯河出口的宠物产品里，零食占多少？主粮占多少？',
  [['46%'], ['29%']],
  '从品类看，宠物零食占46%，主粮占29%，宠物用品占25%')
A(LH, 'en', 'list', 'Which markets do Luohe pet products go to?',
  [['东南亚'], ['日本和韩国', '日本', '韩国'], ['中东'], ['美国']],
  '从市场看，东南亚占38%，日本和韩国合计占27%，中东占14%，美国占11%，其他地区占10%')
A(LH, 'zh', 'figure', '漯河宠物店铺平均复购率多少？冻干零食店铺呢？',
  [['31%'], ['44%']],
  '受访企业店铺平均复购率为31%，其中冻干零食店铺达到44%')
A(LH, 'zh', 'figure', '我们厂在临颍。临颍县2024年宠物产品出口多少亿？一共有几家企业？',
  [['2.0'], ['13']],
  row(LH, '临颍县'))
A(LH, 'zh', 'place', '2024年漯河哪个区县宠物产品跨境出口最多？',
  [['临颍县', '临颍']],
  row(LH, '临颍县'))
A(LH, 'en', 'place', 'Where did Luohe build the public overseas-warehouse matching platform for pet food?',
  [['临颍县', '临颍']],
  '三是市里在临颍县建成宠物食品跨境电商公共海外仓对接平台')
A(LH, 'zh', 'reason', '漯河宠物产品出口为啥涨得这么快？',
  [['本地肉类加工副产品供应充足', '肉类加工副产品供应充足'],
   ['12家生产企业完成了主要目标市场的出口备案或注册', '出口备案或注册'],
   ['建成宠物食品跨境电商公共海外仓对接平台', '公共海外仓对接平台']],
  '出口快速增长，主要得益于以下几点：一是本地肉类加工副产品供应充足，冻干零食原料成本比沿海同类企业低约15%；二是12家生产企业完成了主要目标市场的出口备案或注册；三是市里在临颍县建成宠物食品跨境电商公共海外仓对接平台，企业平均发货时效缩短2天。')
A(LH, 'en', 'reason', 'Why are raw materials for freeze-dried treats cheaper in Luohe, and by how much compared with coastal firms?',
  [['本地肉类加工副产品供应充足', '肉类加工副产品'], ['约15%', '15%']],
  '一是本地肉类加工副产品供应充足，冻干零食原料成本比沿海同类企业低约15%')
A(LH, 'zh', 'reason', '漯河宠物产品卖到美国的占比怎么降了这么多？',
  [['美国方向对宠物食品原料溯源的要求提高', '原料溯源的要求提高'], ['部分企业暂停了该市场的主粮销售', '暂停了该市场的主粮销售']],
  '主要原因是美国方向对宠物食品原料溯源的要求提高，部分企业暂停了该市场的主粮销售')
A(LH, 'en', 'figure', "What was the US share of Luohe's pet exports in 2023 and in 2024?",
  [['19%'], ['11%']],
  '对美国出口占比由2023年的19%下降到11%')
A(LH, 'zh', 'reason', '很多漯河宠物企业想用海外仓却没租，是什么原因？租了的占多少？',
  [['单个企业货量小', '货量小'], ['海外仓普遍设有起租面积门槛', '起租面积门槛'], ['35%']],
  '有海外仓需求的企业中，仅有35%已实际租用海外仓，主要原因是单个企业货量小，而海外仓普遍设有起租面积门槛，企业难以独立承担')
A(LH, 'zh', 'list', '漯河宠物企业反映最集中的问题有哪几个？',
  [['注册周期长'], ['包装要求高'], ['品牌影响力弱'], ['专业人才短缺']],
  '（一）注册周期长', '（二）包装要求高', '（三）品牌影响力弱', '（四）专业人才短缺')
A(LH, 'en', 'figure', 'how long takes pet food registration for new market, and how much cost the firm meanwhile?',
  [['8至14个月'], ['约12万元', '12万元']],
  '进入新市场的宠物食品注册平均需要8至14个月，其间企业需承担样品检测等费用约12万元')
A(LH, 'zh', 'figure', '漯河全市做宠物食品合规的专职人员有几个？',
  [['7名']],
  '熟悉目标市场兽医卫生法规的人员严重不足，全市仅有', '7名专职合规人员。')
A(LH, 'en', 'list', "What does the Luohe report recommend?",
  [['设立市场准入服务专班', '市场准入服务专班'], ['对企业境外注册、检测费用给予50%补贴', '50%补贴'],
   ['支持企业创建自有品牌', '自有品牌'], ['开设宠物食品国际合规课程', '国际合规课程']],
  '一是设立市场准入服务专班，为企业提供目标市场注册辅导，力争2025年新增完成注册企业5家；',
  '二是对企业境外注册、检测费用给予50%补贴，单家企业每年最高20万元；',
  '三是支持企业创建自有品牌，对年出口额超过1000万元的自主品牌企业奖励15万元；',
  '四是联合本地职业院校开设宠物食品国际合规课程，每年培养专业人员50名以上。')
A(LH, 'en', 'figure', 'Our own-brand pet snack company exports about 12 million yuan a year. What reward could we get under the Luohe proposals?',
  [['15万元', '15万']],
  '对年出口额超过1000万元的自主品牌企业奖励15万元')
A(LH, 'en', 'yesno', "Does the Luohe report give Japan's market share on its own?",
  [['未单独列示', '按合计口径统计']],
  '3. 本报告中“日本和韩国”按合计口径统计，未单独列示。')
A(LH, 'zh', 'other', '漯河这份报告里的出口额数据是怎么来的？',
  [['企业填报数'], ['经协会与海关数据抽样核对', '抽样核对']],
  '1. 出口额数据为企业填报数，经协会与海关数据抽样核对。')
A(LH, 'en', 'reason', 'Why is packaging such a big cost for Luohe freeze-dried pet treats?',
  [['冻干产品对防潮包装要求较高', '防潮包装要求较高'], ['包装成本占出厂价的18%', '18%']],
  '（二）包装要求高。冻干产品对防潮包装要求较高，包装成本占出厂价的18%。')
U(LH, 'zh', 'figure', '漯河宠物食品及用品2024年第三季度跨境出口了多少？')
U(LH, 'en', 'figure', "What was Luohe's pet product export target for 2025?")
U(LH, 'zh', 'figure', '郾城区2024年宠物产品跨境出口额是多少？')
U(LH, 'en', 'figure', "What share of Luohe's pet product exports went to Japan alone?")
U(LH, 'zh', 'figure', '2023年漯河宠物产品出口东南亚的占比是多少？')
U(LH, 'en', 'figure', "How much pet food and supplies did Luohe export through cross-border e-commerce in 2022?")
U(LH, 'zh', 'list', '漯河宠物食品出口主要目标市场要求做哪些认证？')
U(LH, 'en', 'reason', 'Why does Linying county have more pet exporters than the other districts of Luohe?')

# ---------------------------------------------------------------- Dongyang (en, docx)
A(DY, 'en', 'figure', "How much did the Dongyang clients sell in the EU in 2024, and in 2023?",
  [['EUR 38.4 million'], ['EUR 29.1 million']],
  'In 2024 their combined EU sales were EUR 38.4 million, up from EUR 29.1 million in 2023.')
A(DY, 'zh', 'figure', '东阳这批卖家2025年一季度在欧盟卖了多少钱？',
  [['EUR 10.2 million', '10.2 million']],
  'In the first quarter of 2025 they sold EUR 10.2 million.')
A(DY, 'en', 'figure', 'Since the EU desk opened in 2021, how much EU sales have the clients made in total?',
  [['EUR 97.5 million', '97.5 million']],
  'the cumulative EU sales of our clients have reached EUR 97.5 million')
A(DY, 'zh', 'figure', '这家税务顾问现在给多少个东阳卖家做欧盟业务？其中注册了OSS的有多少？',
  [['64'], ['52']],
  'We now act for 64 Dongyang sellers with EU sales.', 'Of the 64 clients, 52 are registered for OSS and 23 for IOSS')
A(DY, 'en', 'figure', 'how many of the clients registered IOSS, and how many only ship from China by post?',
  [['23'], ['eleven']],
  'Of the 64 clients, 52 are registered for OSS and 23 for IOSS; eleven clients ship only from China by postal parcel and therefore rely mainly on IOSS.')
A(DY, 'zh', 'reason', '为什么有些东阳卖家主要靠IOSS？',
  [['ship only from China by postal parcel', 'only from China by postal parcel']],
  'eleven clients ship only from China by postal parcel and therefore rely mainly on IOSS')
A(DY, 'zh', 'definition', '东阳欧盟增值税备忘录里说的“远程销售”（distance sale）是什么意思？',
  [['a sale of goods dispatched from one EU country to a private consumer in another EU country']],
  'a "distance sale" means a sale of goods dispatched from one EU country to a private consumer in another EU country')
A(DY, 'en', 'definition', 'What is the One-Stop Shop (OSS) according to the memo?',
  [['the EU scheme that lets a seller declare and pay the VAT on all such distance sales through a single quarterly return filed in one member state',
    'a single quarterly return filed in one member state']],
  'The "One-Stop Shop" (OSS) is the EU scheme that lets a seller declare and pay the VAT on all such distance sales through a single quarterly return filed in one member state, instead of registering in every country of arrival.')
A(DY, 'zh', 'definition', '东阳欧盟增值税备忘录里“按时申报率”是怎么定义的？',
  [["the share of a client's VAT returns that were both submitted and paid by the due date"]],
  'An "on-time filing rate" is the share of a client\'s VAT returns that were both submitted and paid by the due date.')
A(DY, 'zh', 'list', '这些东阳卖家往欧盟卖的都是些什么货？',
  [['carved wooden furniture'], ['photo frames'], ['bamboo storage boxes'], ['home fragrance products']],
  'It covers sellers who ship carved wooden furniture, photo frames, bamboo storage boxes and home fragrance products to consumers in the EU')
A(DY, 'zh', 'figure', '在德国放库存的客户有几个？德国用的标准税率是多少？',
  [['41'], ['19%']],
  'Germany | 41 | 41 | 19%')
A(DY, 'en', 'figure', 'In Poland, how many clients keep stock and how many of them had a local VAT number at end-2024?',
  [['17'], ['15']],
  'Poland | 17 | 15 | 23%')
A(DY, 'zh', 'date', '东阳卖家里在波兰和西班牙没拿到本地税号的那几个，后来什么时候注册的？',
  [['January 2025']],
  'The two clients in Poland and the two in Spain without a local number were registered in January 2025.')
A(DY, 'zh', 'place', '东阳客户在欧盟哪个国家放库存的人最多？',
  [['Germany']],
  'Germany | 41 | 41 | 19%')
A(DY, 'en', 'list', 'In which EU countries do the Dongyang clients hold stock?',
  [['Germany'], ['Poland'], ['Czech Republic'], ['Spain'], ['Italy']],
  'Germany | 41 | 41 | 19%', 'Poland | 17 | 15 | 23%', 'Czech Republic | 9 | 9 | 21%', 'Spain | 6 | 4 | 21%', 'Italy | 5 | 5 | 22%')
A(DY, 'zh', 'figure', '东阳那家税务顾问的客户，平均按时申报率从2023年的多少提到了2024年的多少？',
  [['79%'], ['88%']],
  'The average on-time filing rate of our clients rose from 79% in 2023 to 88% in 2024.')
A(DY, 'en', 'reason', "Why did the clients' on-time VAT filing get better in 2024?",
  [['shared cloud ledger', 'moved from marketplace-only bookkeeping to a shared cloud ledger'],
   ['paid half of the filing fee', "the Sellers' Club paid half of the filing fee"],
   ['moved our internal deadline to the 20th day after each quarter', 'internal deadline']],
  "First, 27 clients moved from marketplace-only bookkeeping to a shared cloud ledger that our team reconciles every month. Second, the Sellers' Club paid half of the filing fee for members who filed all four quarters on time, which encouraged smaller sellers to keep proper records. Third, we moved our internal deadline to the 20th day after each quarter, which leaves about ten days for corrections before the")
A(DY, 'en', 'figure', "With Hengwood's internal deadline on the 20th day, how much time is left for corrections before the due date?",
  [['about ten days', 'ten days']],
  'Third, we moved our internal deadline to the 20th day after each quarter, which leaves about ten days for corrections before the',
  'month-end due date.')
A(DY, 'zh', 'figure', '东阳卖家的欧盟增值税申报，到2026年按时申报的目标是多少？',
  [['at least 95%', '95%']],
  'Our target is that by 2026 at least 95% of clients file every return on time.')
A(DY, 'en', 'list', "What recurring problems did the reviews of the Dongyang sellers' 2024 EU VAT returns find?",
  [['Wrong rate for mixed goods'], ['Unreported stock transfers'], ['Refunds not credited'],
   ['Marketplace reports ignored'], ['Currency conversion']],
  '(a) Wrong rate for mixed goods.', '(b) Unreported stock transfers.', '(c) Refunds not credited.',
  '(d) Marketplace reports ignored.', '(e) Currency conversion.')
A(DY, 'zh', 'reason', '为什么有的卖家香薰蜡烛的税率报错了？',
  [['applied the rate for wooden furniture to scented candles sold in the same gift bundle', 'sold in the same gift bundle']],
  'Some sellers applied the rate for wooden furniture to scented candles sold in the same gift bundle.')
A(DY, 'zh', 'figure', '2024年东阳这些欧盟卖家交的罚款和利息一共多少？跟库存转移申报晚了有关的是多少？',
  [['EUR 86,000'], ['EUR 54,000']],
  'Penalties and interest paid by clients for 2024 came to EUR 86,000, of which EUR 54,000 related to late stock-transfer declarations.')
A(DY, 'en', 'reason', 'What was the most common reason Dongyang clients got EU VAT penalties?',
  [['sellers told us about stock movements only after the quarter had closed', 'only after the quarter had closed']],
  'The most common cause of penalties was that sellers told us about stock movements only after the quarter had closed.')
A(DY, 'zh', 'list', '东阳欧盟增值税那份备忘录给卖家提了哪几条建议？',
  [['reconcile each marketplace VAT transaction report with your own ledger every month', 'reconcile'],
   ['give every product a tax code', 'tax code'],
   ['tell us at least five working days before you move stock between EU countries', 'five working days'],
   ['book refunds in the quarter in which they are paid', 'book refunds']],
  'First, reconcile each marketplace VAT transaction report with your own ledger every month, not only at the end of the quarter.',
  'Second, give every product a tax code in your listing system, so that bundles containing candles or fragrance oils are split by rate.',
  'Third, tell us at least five working days before you move stock between EU countries; we will file the transfer and, where needed, a new registration.',
  'Fourth, book refunds in the quarter in which they are paid and keep the marketplace refund records for at least ten years.')
A(DY, 'zh', 'reason', '做欧盟VAT，为啥要在上架系统里给每个商品设税码？',
  [['so that bundles containing candles or fragrance oils are split by rate', 'split by rate']],
  'Second, give every product a tax code in your listing system, so that bundles containing candles or fragrance oils are split by rate.')
A(DY, 'en', 'reason', "I plan to move stock from Germany to Poland next month. Why should I tell the adviser in advance, and how early?",
  [['we will file the transfer and, where needed, a new registration', 'file the transfer'], ['at least five working days', 'five working days']],
  'Third, tell us at least five working days before you move stock between EU countries; we will file the transfer and, where needed, a new registration.')
A(DY, 'en', 'figure', "What is Hengwood's standard OSS filing fee, and what does a registration in an extra EU country cost?",
  [['CNY 1,800 per quarter', 'CNY 1,800'], ['CNY 6,500']],
  'Our standard OSS filing fee is CNY 1,800 per quarter, and a registration in an additional EU country costs CNY 6,500.')
A(DY, 'zh', 'yesno', '2025年东阳卖家俱乐部还给报销一半OSS申报费吗？什么条件？',
  [['continues in 2025'], ['filed all four quarters of 2024 on time']],
  "The Sellers' Club subsidy of 50% of the filing fee continues in 2025 for members who filed all four quarters of 2024 on time.")
A(DY, 'en', 'date', 'When is the free online OSS workshop held?',
  [['the first Thursday of every month', 'first Thursday of every month']],
  'Clients who are new to OSS can join our free online workshop, held on the first Thursday of every month.')
A(DY, 'en', 'yesno', 'Do the sales figures in the Dongyang memo include VAT?',
  [['net of VAT']],
  '1. Sales figures are net of VAT and based on marketplace payout reports.')
A(DY, 'zh', 'other', '这份东阳欧盟增值税备忘录是谁写的？哪家机构？什么时候？',
  [['Luo Qian'], ['Hengwood Cross-Border Tax Advisory'], ['14 March 2025']],
  'From: Luo Qian, Senior Tax Adviser, Hengwood Cross-Border Tax Advisory', 'Date: 14 March 2025')
A(DY, 'en', 'reason', "Why did the Sellers' Club pay half the filing fee for members who filed on time — what did it achieve?",
  [['encouraged smaller sellers to keep proper records', 'keep proper records']],
  "Second, the Sellers' Club paid half of the filing fee for members who filed all four quarters on time, which encouraged smaller sellers to keep proper records.")
U(DY, 'en', 'figure', "What were the Dongyang clients' EU sales in the first quarter of 2024?")
U(DY, 'zh', 'figure', '2023年这些东阳客户里有多少家注册了OSS？')
U(DY, 'en', 'figure', 'How many of the Dongyang clients keep stock in France?')
U(DY, 'zh', 'figure', '东阳客户2024年在欧盟的销售额里，卖到法国的有多少？')
U(DY, 'en', 'figure', "What was the Dongyang clients' on-time VAT filing rate in the first quarter of 2025?")
U(DY, 'zh', 'figure', '2024年东阳客户在德国被罚了多少钱？')
U(DY, 'en', 'list', 'Which online marketplaces do the Dongyang home-décor clients sell on?')
U(DY, 'en', 'date', 'In which month of 2021 did Hengwood open its EU desk?')

# ---------------------------------------------------------------- Qinzhou (en, txt)
A(QZ, 'en', 'figure', 'How many TEU of seller cargo did Beibu Gulf Link ship from Qinzhou Port in 2024, and how much more than in 2023?',
  [['18,600 TEU', '18,600'], ['27%']],
  'In 2024 we shipped 18,600 TEU of seller cargo from Qinzhou Port, 27% more than in 2023.')
A(QZ, 'zh', 'figure', '钦州这家货代今年一季度给卖家发了多少TEU？',
  [['5,100 TEU', '5,100']],
  'In the first quarter of 2025 we shipped 5,100 TEU.')
A(QZ, 'en', 'figure', 'since the Qinzhou consolidation service start in 2021, how many TEU shipped in total?',
  [['52,400 TEU', '52,400']],
  'Since the consolidation service started in 2021, we have shipped 52,400 TEU in total.')
A(QZ, 'zh', 'figure', '钦州那家拼柜货代，2026年的目标是一年发多少TEU？',
  [['30,000 TEU a year', '30,000 TEU', '30,000']],
  'Our target for 2026 is 30,000 TEU a year.')
A(QZ, 'en', 'figure', "What share of seller shipments ran into a Level 2 or Level 3 alert in 2024, and in Q1 2025?",
  [['23%'], ['14%']],
  'In 2024, 23% of our seller shipments met a Level 2 or Level 3 alert at the destination port; in the first quarter of 2025 the share fell to 14%.')
A(QZ, 'zh', 'figure', '从钦州港发出去的柜子，2024年因为目的港拥堵，受影响的平均晚了几天？',
  [['6.4 days', '6.4']],
  'Each affected container was delayed by 6.4 days on average in 2024.')
A(QZ, 'en', 'definition', "When does the Qinzhou guide call a destination port 'congested'?",
  [['the average berth waiting time of container ships there exceeds 3 days for two consecutive weeks',
    'exceeds 3 days for two consecutive weeks']],
  'a destination port is "congested" when the average berth waiting time of container ships there exceeds 3 days for two consecutive weeks')
A(QZ, 'zh', 'definition', '钦州那份港口拥堵应急指南里说的dwell time（滞留时间）是什么意思？',
  [['the number of days a container stays at the destination terminal after discharge until it leaves the gate']],
  '"Dwell time" is the number of days a container stays at the destination terminal after discharge until it leaves the gate.')
A(QZ, 'en', 'definition', "What does 'berth waiting time' mean in the Qinzhou port congestion guide?",
  [["the time between a ship's arrival at the anchorage and the start of unloading"]],
  '"Berth waiting time" is the time between a ship\'s arrival at the anchorage and the start of unloading.')
A(QZ, 'zh', 'list', '北部湾那家货代的港口拥堵预警分几级？每一级对应等泊多少天？',
  [['Level 1 (Watch) when the average berth waiting time is 3 to 5 days', '3 to 5 days'],
   ['Level 2 (Warning) when it is more than 5 and up to 8 days', 'more than 5 and up to 8 days'],
   ['Level 3 (Severe) when it is more than 8 days', 'more than 8 days']],
  'We issue alerts at three levels: Level 1 (Watch) when the average berth waiting time is 3 to 5 days, Level 2 (Warning) when it is more than 5 and up to 8 days, and Level 3 (Severe) when it is more than 8 days.')
A(QZ, 'en', 'figure', 'Port Klang — what was the average berth waiting time in 2024 and in Q1 2025?',
  [['4.8'], ['2.9']],
  row(QZ, 'Port Klang'))
A(QZ, 'zh', 'place', '我的货发科伦坡，那边要是堵了，你们有替代港吗？',
  [['none']],
  row(QZ, 'Colombo'))
A(QZ, 'en', 'place', 'My containers go to Felixstowe. Which alternative port do you use if it gets congested?',
  [['London Gateway']],
  row(QZ, 'Felixstowe'))
A(QZ, 'zh', 'place', '钦州货代指南的表里，2025年一季度哪个目的港平均等泊时间最长？',
  [['Santos']],
  row(QZ, 'Santos'))
A(QZ, 'en', 'figure', 'Did waiting at Jebel Ali get better or worse in Q1 2025? Give the two numbers.',
  [['3.6'], ['4.1']],
  row(QZ, 'Jebel Ali'))
A(QZ, 'zh', 'reason', '林查班港为什么没列在表里？',
  [['its waiting time stayed below 2 days in both periods', 'below 2 days']],
  'Laem Chabang is not listed because its waiting time stayed below 2 days in both periods.')
A(QZ, 'en', 'reason', 'Why was congestion at destination ports worse in 2024 than in 2023?',
  [['diverted around the Cape of Good Hope', 'arrived at ports in bunches'],
   ['brought their peak-season shipments forward to July and August', 'peak-season shipments forward'],
   ['tightened inspections of e-commerce consignments', 'tightened inspections']],
  'First, many ships sailing to Europe were diverted around the Cape of Good Hope and then arrived at ports in bunches instead of on schedule.',
  'Second, sellers brought their peak-season shipments forward to July and August, so several months of cargo reached overseas terminals at the same time.',
  'Third, some ports tightened inspections of e-commerce consignments, which slowed the release of containers and pushed up dwell time.')
A(QZ, 'zh', 'list', '钦州这家货代帮卖家拼柜发的主要是哪些货？',
  [['rattan and wooden furniture'], ['small kitchen appliances'], ['ceramic tableware'], ['festival decorations']],
  'Most of this cargo is rattan and wooden furniture, small kitchen appliances, ceramic tableware and festival decorations.')
A(QZ, 'en', 'list', 'Which districts and counties of Qinzhou is this guide written for?',
  [['Qinnan'], ['Qinbei'], ['Lingshan'], ['Pubei']],
  "This guide is for cross-border e-commerce sellers in Qinzhou's Qinnan and Qinbei districts and in Lingshan and Pubei counties")
A(QZ, 'zh', 'figure', '钦州港发的柜子，目的港二级预警的时候改港，每个柜子收多少钱？',
  [['USD 180 per container', 'USD 180']],
  "(2) At Level 2, we offer to re-route containers not yet loaded to the alternative port at a re-routing fee of USD 180 per container, and we arrange trucking from the alternative port to the seller's overseas warehouse at cost.")
A(QZ, 'en', 'list', 'What does Beibu Gulf Link do once a port hits Level 3?',
  [['stop taking new bookings for that port for 14 days', 'stop taking new bookings'],
   ['move booked containers to the alternative port free of the re-routing fee', 'free of the re-routing fee']],
  '(3) At Level 3, we stop taking new bookings for that port for 14 days and move booked containers to the alternative port free of the re-routing fee.')
A(QZ, 'en', 'figure', 'Shipping with the Qinzhou forwarder, how many free days of container use do I get at destination, and what is the detention charge after that?',
  [['10 free days', '10'], ['USD 45 per container per day', 'USD 45']],
  'Our contracts include 10 free days of container use at the destination. After that, detention is charged at USD 45 per container per day.')
A(QZ, 'zh', 'list', '2024年从钦州发货、被目的港拥堵卡住的卖家，主要反映了哪几个问题？',
  [['Stock-outs at overseas warehouses'], ['Unexpected storage charges'], ['Missed delivery windows'], ['Slow information']],
  '(1) Stock-outs at overseas warehouses.', '(2) Unexpected storage charges.', '(3) Missed delivery windows.', '(4) Slow information.')
A(QZ, 'en', 'reason', 'Some sellers lost their marketplace ranking during the 2024 congestion. Why?',
  [['kept less than two weeks of stock', 'ran out of best-selling items']],
  'Sellers who kept less than two weeks of stock ran out of best-selling items and lost their ranking on the marketplace.')
A(QZ, 'zh', 'reason', '港口拥堵那阵子，海外平台仓为什么让卖家重新预约入库？',
  [['refused late inbound appointments', 'Marketplace warehouses refused late inbound appointments']],
  'Marketplace warehouses refused late inbound appointments and asked sellers to book again.')
A(QZ, 'en', 'other', 'What did the Qinzhou forwarder change after sellers complained they heard about delays from buyers first?',
  [['added the weekly email', 'weekly email']],
  'Sellers learned about delays from their buyers before they heard from us. We have since added the weekly email described above.')
A(QZ, 'en', 'list', 'What does the Qinzhou guide recommend sellers do?',
  [['keep at least 30 days of stock at overseas warehouses before each peak season', '30 days of stock'],
   ['split large orders between two destination ports', 'split large orders'],
   ['buy delay cover'],
   ['check our congestion alerts every Monday', 'every Monday'],
   ['book marketplace warehouse appointments only after the ship has started unloading', 'only after the ship has started unloading']],
  '- keep at least 30 days of stock at overseas warehouses before each peak season;',
  '- split large orders between two destination ports where the marketplace allows it;',
  '- buy delay cover, which our partner insurer offers at 0.35% of the cargo value;',
  '- check our congestion alerts every Monday and tell us within',
  '- book marketplace warehouse appointments only after the ship has started unloading.')
A(QZ, 'en', 'figure', 'I check the Beibu Gulf Link congestion alert on Monday. How long do I have to tell you if I want my booking re-routed?',
  [['48 hours']],
  '- check our congestion alerts every Monday and tell us within', '48 hours if you want a booking re-routed;')
A(QZ, 'en', 'date', 'From what date do the fees in the Qinzhou guide apply?',
  [['1 May 2025']],
  '3. Fees in this guide apply to bookings made from 1 May 2025.')
A(QZ, 'zh', 'date', '这份港口拥堵应急指南是哪天发布的？',
  [['18 April 2025']],
  'Date of issue: 18 April 2025')
A(QZ, 'en', 'yesno', 'Are the berth waiting times in the table the official port authority figures?',
  [['based on our own vessel records', 'may differ from figures published by port authorities']],
  '2. Berth waiting times are based on our own vessel records and may differ from figures published by port authorities.')
A(QZ, 'zh', 'yesno', '柜子已经在目的港卸船了，钦州这家货代会帮忙去争取延长免费用箱期吗？',
  [['we ask the shipping line to extend the free days for containers that are already discharged', 'ask the shipping line to extend the free days']],
  '(4) At any level, we ask the shipping line to extend the free days for containers that are already discharged.')
A(QZ, 'en', 'yesno', 'In the Qinzhou congestion guide, is detention the same charge as terminal storage?',
  [['detention and terminal storage are separate charges', 'separate charges']],
  'Many sellers did not know that detention and terminal storage are separate charges.')
A(QZ, 'zh', 'list', '目的港到了二级预警，钦州这家货代会帮卖家做哪些安排？',
  [['re-route containers not yet loaded to the alternative port', 're-route'],
   ["arrange trucking from the alternative port to the seller's overseas warehouse at cost", 'arrange trucking']],
  "(2) At Level 2, we offer to re-route containers not yet loaded to the alternative port at a re-routing fee of USD 180 per container, and we arrange trucking from the alternative port to the seller's overseas warehouse at cost.")
U(QZ, 'en', 'figure', 'How many TEU did Beibu Gulf Link ship for sellers in the first quarter of 2024?')
U(QZ, 'zh', 'figure', '2024年巴生港集装箱卸船后平均在码头滞留几天？')
U(QZ, 'en', 'figure', 'What was the average berth waiting time at Haiphong in 2024?')
U(QZ, 'zh', 'figure', '钦州这家货代的柜子，2023年受目的港拥堵影响平均延误了几天？')
U(QZ, 'en', 'figure', "What is Beibu Gulf Link's TEU target for the full year 2025?")
U(QZ, 'zh', 'place', '去吉大港的货如果遇到拥堵，钦州这家货代用哪个替代港？')
U(QZ, 'en', 'reason', 'Why did the waiting time at Jebel Ali go up in the first quarter of 2025?')
U(QZ, 'zh', 'list', '钦州北部湾那家拼柜货代合作的船公司有哪些？')


def main():
    errors = []
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        iid = 'h19-%s-%03d' % (it['lang'], counters[it['lang']])
        for e in it['evidence']:
            if e['quote'] not in TEXTS[e['source']] or '\n' in e['quote']:
                errors.append('%s: bad quote %r' % (iid, e['quote'][:50]))
        for g in it['answers']:
            for a in g:
                if not any(a in e['quote'] for e in it['evidence']):
                    errors.append('%s: answer %r not in quotes' % (iid, a))
        out.append({'id': iid, 'lang': it['lang'], 'type': it['type'], 'question': it['question'],
                    'answers': it['answers'], 'evidence': it['evidence'], 'unanswerable': it['unanswerable']})
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), counters['zh'], counters['en']))


if __name__ == '__main__':
    main()
