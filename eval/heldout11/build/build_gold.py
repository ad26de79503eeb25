#!/usr/bin/env python3
"""Writes ../gold.jsonl from the hand-written questions below (python3, standard library only).

A(doc, lang, type, question, answers, quotes)  -- answerable item
U(doc, lang, type, question)                   -- unanswerable near miss aimed at `doc`
answers: list of groups; a group is a string or a list of alternative strings.
Quotes are exact substrings of the raw file (txt/md/html) or of docs_src/<name>.txt (pdf/docx).
row(doc, prefix) returns the whole line of a plain-text/markdown/PDF table that starts with prefix,
so that table-row quotes keep the exact spacing of the file.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

L = 'h11_zh_luochuan_apple_cbec_work_summary_2024.txt'
J = 'h11_zh_jiangshan_cbec_park_incubator_plan_2025_2027.md'
H = 'h11_zh_jinjiang_overseas_ip_trademark_report_2024.html'
M = 'h11_zh_xishuangbanna_mohan_border_trade_feature_2024.pdf'
C = 'h11_en_changshu_account_suspension_faq_2024.docx'
Y = 'h11_en_luyi_brush_ecommerce_villages_feature_2024.txt'


def text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(HERE, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(HERE, 'docs', doc)
    with open(p, encoding='utf-8') as f:
        return f.read()


def row(doc, prefix):
    hits = [ln for ln in text(doc).split('\n') if ln.startswith(prefix)]
    assert len(hits) == 1, (doc, prefix, hits)
    return hits[0]


ITEMS = []


def A(doc, lang, typ, q, answers, quotes):
    groups = [[g] if isinstance(g, str) else list(g) for g in answers]
    ITEMS.append({'doc': doc, 'lang': lang, 'type': typ, 'question': q, 'answers': groups,
                  'evidence': [{'source': doc, 'quote': x} for x in quotes], 'unanswerable': False})


def U(doc, lang, typ, q):
    ITEMS.append({'doc': doc, 'lang': lang, 'type': typ, 'question': q, 'answers': [],
                  'evidence': [], 'unanswerable': True})


# ---------------------------------------------------------------- Luochuan (zh, txt)
A(L, 'zh', 'yesno', '洛川县那份总结里的"农产品跨境电商出口"，把苹果交给外贸公司按一般贸易出口的那部分也算进去了吗？',
  [['不含经外贸公司以一般贸易方式出口的部分', '不含']],
  ['不含经外贸公司以一般贸易方式出口的部分'])
A(L, 'en', 'definition', 'In the Luochuan work summary, what is meant by an "export-registered orchard"?',
  [['已在海关完成出口水果果园注册登记'], ['为出口企业稳定供货', '稳定供货']],
  ['是指已在海关完成出口水果果园注册登记、能够为出口企业稳定供货的果园'])
A(L, 'zh', 'figure', '洛川县2024年靠跨境电商卖出去的农产品一共多少钱？比前一年涨了多少？',
  ['2.36亿元', '27.4%'],
  ['2024年全县农产品跨境电商出口额2.36亿元，同比增长27.4%'])
A(L, 'en', 'figure', 'Of the Luochuan cross-border farm exports in 2024, how much was fresh apples and how much was processed stuff like apple chips and vinegar?',
  ['1.52亿元', '0.84亿元'],
  ['其中鲜苹果1.52亿元，苹果脆片、苹果醋等加工品0.84亿元'])
A(L, 'en', 'figure', "What were Luochuan county's cross-border e-commerce agricultural exports in the first half of 2024?",
  ['0.91亿元'],
  ['上半年出口额0.91亿元'])
A(L, 'zh', 'figure', '洛川去年哪个季度跨境卖苹果卖得最多？那一季出口了多少？',
  ['第三季度', '0.78亿元'],
  ['第三季度出口额0.78亿元，是全年出口最多的一个季度'])
A(L, 'en', 'figure', 'How much did Luochuan export via cross-border e-commerce from January to September 2024?',
  ['1.69亿元'],
  ['1—9月累计出口1.69亿元'])
A(L, 'zh', 'figure', '2021到2024这四年加起来，洛川农产品跨境电商累计出口了多少？',
  ['6.05亿元'],
  ['2021年至2024年，全县农产品跨境电商累计出口6.05亿元'])
A(L, 'en', 'figure', 'how many cross-border sellers Luochuan have in 2023, and how many in 2024?',
  ['146家', '213家'],
  ['跨境卖家由2023年的146家增加到2024年的213家'])
A(L, 'zh', 'figure', '洛川现在一共有多少个出口备案果园？去年新加了几个？备案面积多大？',
  ['57个', '18个', '4.2万亩'],
  ['全年新增出口备案果园18个，累计达到57个，备案面积4.2万亩'])
A(L, 'en', 'list', "Can you break down Luochuan's 2024 cross-border agri exports by market region, with the shares?",
  [['东南亚市场占52%', '东南亚'], ['中东市场占23%', '中东'], ['南亚市场占11%', '南亚'], ['其他市场占14%', '其他市场']],
  ['东南亚市场占52%，中东市场占23%，南亚市场占11%，其他市场占14%'])
A(L, 'zh', 'place', '洛川苹果在中东卖得最好的是哪个城市？',
  ['迪拜'],
  ['迪拜已成为中东地区最大的单一城市市场'])
A(L, 'en', 'place', 'Which two cities bring more than 60% of the Southeast Asian orders for Luochuan apples?',
  ['雅加达', '马尼拉'],
  ['雅加达、马尼拉两地买家的订单合计占东南亚市场的六成以上'])
A(L, 'zh', 'figure', '槐柏镇2024年跨境出口了多少万元？增长多少？主要卖的是什么？',
  ['3950', '35.8%', '苹果脆片'],
  [row(L, '槐柏镇')])
A(L, 'en', 'place', 'Which township or subdistrict in Luochuan had the fastest growth of cross-border agri exports in 2024?',
  ['槐柏镇'],
  [row(L, '槐柏镇'), row(L, '凤栖街道'), row(L, '旧县镇'), row(L, '永乡镇')])
A(L, 'zh', 'list', '洛川那张乡镇表里，"其他乡镇"具体包括哪几个镇？',
  ['交口河镇', '老庙镇', '土基镇'],
  ['包括交口河镇、老庙镇、土基镇等，不再单列'])
A(L, 'en', 'reason', 'Why did cross-border apple exports from Luochuan grow so fast in 2024? What reasons does the bureau give?',
  [['冷链通道更加顺畅'], ['品牌认知度提高'], ['人才培训初见成效']],
  ['主要有三方面原因：一是冷链通道更加顺畅', '二是品牌认知度提高', '三是人才培训初见成效'])
A(L, 'zh', 'figure', '县里冷链物流中心用起来以后，鲜苹果从摘下来到出库要几天？以前要几天？',
  ['2天', '5天'],
  ['县冷链物流中心于2024年3月投入运行，鲜果从采摘到出库的时间由5天', '缩短到2天'])
A(L, 'en', 'date', 'When did the Luochuan county cold-chain logistics centre start running?',
  ['2024年3月'],
  ['县冷链物流中心于2024年3月投入运行'])
A(L, 'zh', 'reason', '永乡镇增速怎么比全县低那么多？',
  ['以大果型鲜苹果为主', '海运冷柜运费上涨'],
  ['原因是当地以大果型鲜苹果为主，海运冷柜运费上涨对利润影响较大'])
A(L, 'en', 'list', 'What problems does the Luochuan commerce bureau admit in its 2024 summary?',
  [['鲜果损耗偏高'], ['出口备案果园数量不足'], ['卖家规模普遍偏小'], ['售后服务能力较弱']],
  ['（一）鲜果损耗偏高', '（二）出口备案果园数量不足', '（三）卖家规模普遍偏小', '（四）售后服务能力较弱'])
A(L, 'zh', 'reason', '总结里说这些问题是怎么造成的？',
  [['鲜果保鲜难度大'], ['远程运输时间长'], ['公共服务体系不健全'], ['懂外语的运营人才短缺', '运营人才短缺']],
  ['既有鲜果保鲜难度大、远程运输时间长的客观原因，也有县内跨境电商公共服务体系不健全、懂外语的运营人才短缺的主观原因'])
A(L, 'en', 'figure', 'What are the 2025 targets in Luochuan: export value, number of sellers and registered orchards?',
  ['2.9亿元', '260家', '70个'],
  ['2025年，全县农产品跨境电商出口额达到2.9亿元，跨境卖家达到260家，出口备案果园累计达到70个'])
A(L, 'en', 'reason', 'Why does Luochuan want overseas warehouses in Dubai and Jakarta?',
  ['缩短中东和东南亚市场的配送时间'],
  ['在迪拜、雅加达各合作建设1个海外仓，缩短中东和东南亚市场的配送时间'])
A(L, 'zh', 'figure', '我是洛川做苹果脆片的卖家，今年跨境出口头一回超过100万元，县里能奖多少？',
  ['3万元'],
  ['对年出口额首次超过100万元的卖家给予一次性奖励3万元'])
A(L, 'en', 'list', 'What services will the planned county cross-border public service centre give to sellers?',
  ['选品', '拍摄', '报关', '结汇'],
  ['为卖家提供选品、拍摄、报关、结汇一站式服务'])
A(L, 'zh', 'yesno', '洛川这些数据是统计部门最后核定过的吗？',
  [['未经统计部门最终核定', '未经']],
  ['未经统计部门最终核定'])
A(L, 'en', 'reason', "Why is Luochuan's third-quarter export figure so high? Any explanation in the notes?",
  ['中秋节前集中发货的订单'],
  ['第三季度数据包含中秋节前集中发货的订单'])
A(L, 'zh', 'reason', '县里为什么要推动合作社和电商企业签保供协议？',
  ['在旺季前锁定出口货源'],
  ['推动合作社与电商企业签订保供协议，在旺季前锁定出口货源'])
A(L, 'zh', 'list', '洛川2025年打算抓哪几项重点工作？',
  [['跨境电商公共服务中心', '公共服务中心'], ['海外仓'], ['一次性奖励'], ['订单班'], ['保供协议']],
  ['建设县级跨境电商公共服务中心', '在迪拜、雅加达各合作建设1个海外仓', '对年出口额首次超过100万元的卖家给予一次性奖励3万元',
   '联合县职业中学开设跨境电商订单班，全年培训1500人次', '推动合作社与电商企业签订保供协议'])

U(L, 'en', 'figure', "What were Luochuan's cross-border e-commerce agricultural exports in the first quarter of 2024?")
U(L, 'zh', 'figure', '洛川给2026年定的农产品跨境电商出口目标是多少？')
U(L, 'en', 'figure', 'How much did Jiaokouhe town export through cross-border e-commerce in 2024?')
U(L, 'zh', 'figure', '2024年洛川通过跨境电商进口了多少国外水果？')
U(L, 'en', 'figure', 'By what percentage did Luochuan\'s fresh-apple cross-border exports grow year on year in 2024?')
U(L, 'zh', 'list', '洛川的跨境卖家主要在哪几个跨境电商平台上开店？')
U(L, 'en', 'reason', 'What reason does the bureau give for Jiuxian town growing more slowly than Fengqi subdistrict?')
U(L, 'zh', 'date', '洛川县级跨境电商公共服务中心具体哪天建成投用？')

# ---------------------------------------------------------------- Jiangshan (zh, md)
A(J, 'zh', 'date', '江山的跨境电商产业园是什么时候开园的？',
  ['2021年5月'],
  ['我市跨境电商产业园于2021年5月开园'])
A(J, 'en', 'figure', 'How big is the operating area of the Jiangshan cross-border park, and how many incubators does it have?',
  ['3.6万平方米', '1个'],
  ['园内设跨境电商孵化器1个，运营面积3.6万平方米'])
A(J, 'en', 'figure', 'By end of 2024, how many firms had moved into the Jiangshan park in total, how many projects incubated, and how many graduated?',
  ['186家', '97个', '41家'],
  ['截至2024年底，园区累计入驻企业186家，孵化器累计孵化项目97个，其中出孵企业41家'])
A(J, 'zh', 'figure', '江山园区企业2024年跨境电商出口多少？增速多少？',
  ['14.8亿元', '33.3%'],
  ['2024年，园区企业跨境电商出口额14.8亿元，同比增长33.3%'])
A(J, 'en', 'figure', 'How much did Jiangshan park firms export in the first half of 2024, and in Q4?',
  ['6.3亿元', '4.9亿元'],
  ['其中上半年6.3亿元，第四季度4.9亿元'])
A(J, 'zh', 'figure', '2022到2024年，江山园区一共累计出口了多少？',
  ['32.6亿元'],
  ['2022年至2024年，园区累计实现跨境电商出口额32.6亿元'])
A(J, 'en', 'definition', 'What is a "cross-border e-commerce park" in the Jiangshan plan? Like, how many of the tenants must be CBEC companies?',
  ['不低于70%', '经市政府认定'],
  ['是指经市政府认定，集中提供办公场地、仓储物流、通关结汇等配套服务，且入驻企业中跨境电商企业占比不低于70%的产业集聚区'])
A(J, 'zh', 'definition', '江山说的"出孵企业"要满足哪些条件才算？',
  ['孵化满12个月', '200万元以上', '迁入园区正式办公'],
  ['是指在孵化器内孵化满12个月、年跨境电商出口额达到200万元以上并迁入园区正式办公的企业'])
A(J, 'en', 'definition', 'what the Jiangshan plan means by "incubator"?',
  ['免费或低价工位', '运营辅导', '资源对接'],
  ['是指为初创跨境电商团队提供免费或低价工位、运营辅导和资源对接的服务载体'])
A(J, 'en', 'reason', "What explains the fast export growth of Jiangshan's cross-border park in 2024?",
  [['产业带企业集中转型'], ['孵化器服务持续加强'], ['物流成本下降']],
  ['一是产业带企业集中转型', '二是孵化器服务持续加强', '三是物流成本下降'])
A(J, 'zh', 'figure', '木门类产品的出口额占江山园区出口的多大比重？',
  ['38%'],
  ['全年木门类出口额占园区的38%'])
A(J, 'en', 'figure', 'How many startup mentors did the Jiangshan incubator have in 2022 and in 2024?',
  ['8人', '23人'],
  ['创业导师由2022年的8人增加到2024年的23人'])
A(J, 'zh', 'place', '江山园区合作的那家海外仓在哪个城市？欧洲订单尾程能快几天？',
  [['布达佩斯', '匈牙利布达佩斯'], ['约4天', '4天']],
  ['园区与匈牙利布达佩斯的一家海外仓开展合作，欧洲订单的尾程配送时效', '平均缩短约4天'])
A(J, 'en', 'figure', 'What are the 2027 goals for the Jiangshan park export value and headcount?',
  ['28', '5000'],
  [row(J, '| 园区跨境电商出口额'), row(J, '| 园区从业人员')])
A(J, 'en', 'figure', 'What is the 2025 target for cumulative graduated companies in Jiangshan?',
  ['55'],
  [row(J, '| 出孵企业')])
A(J, 'en', 'list', 'What problems does the Jiangshan plan admit for its park and incubator?',
  [['同质化'], ['存活率不高'], ['公共海外仓覆盖面窄', '覆盖面窄'], ['高层次运营人才留不住', '人才留不住']],
  ['园区企业同质化明显', '孵化项目存活率不高', '公共海外仓覆盖面窄', '高层次运营人才留不住'])
A(J, 'zh', 'reason', '江山孵化器里的项目为啥不少都退出了？退了多少个？',
  ['缺乏持续投入', '29个'],
  ['2022年以来已有29个孵化项目退出，多数是因为缺乏持续投入'])
A(J, 'zh', 'list', '江山的公共海外仓，目前哪些方向还没有覆盖？',
  ['中东', '北美'],
  ['目前只在欧洲有合作仓，中东、北美方向仍是空白'])
A(J, 'en', 'reason', 'According to the Jiangshan plan, what are the root causes behind these problems?',
  [['园区招商偏重数量', '招商偏重数量'], ['孵化器以场地服务为主', '以场地服务为主'], ['薪酬水平和生活配套']],
  ['究其原因，一是园区招商偏重数量，对新兴品类企业的引导不够；二是孵化器以场地服务为主，融资对接和市场开拓等深度服务不足；三是我市在薪酬水平和生活配套上与南京等城市差距较大'])
A(J, 'zh', 'reason', '江山为什么留不住高层次的运营人才？文中拿哪个城市作比较？',
  ['薪酬水平和生活配套', '南京'],
  ['三是我市在薪酬水平和生活配套上与南京等城市差距较大'])
A(J, 'en', 'date', 'When should phase II of the Jiangshan park be ready, and how much space does it add?',
  [['2026年6月前', '2026年6月'], '2.4万平方米'],
  ['一是建设园区二期，新增运营面积2.4万平方米，2026年6月前投入使用'])
A(J, 'zh', 'list', '江山园区打算设哪两个品类专区？',
  ['蜂产品', '健身器材'],
  ['三是设立蜂产品、健身器材两个品类专区，降低木门类企业比重'])
A(J, 'en', 'reason', 'Why is Jiangshan setting up special zones for bee products and fitness equipment?',
  ['降低木门类企业比重'],
  ['三是设立蜂产品、健身器材两个品类专区，降低木门类企业比重'])
A(J, 'zh', 'figure', '我们团队从江山孵化器出孵了，搬家和装修最多能补多少？',
  [['最高20万元', '20万元']],
  ['对出孵企业给予最高20万元的搬迁和装修补助'])
A(J, 'en', 'list', 'The new incubation model in Jiangshan combines which three things?',
  ['导师', '资金', '场地'],
  ['推行"导师+资金+场地"孵化模式'])
A(J, 'zh', 'figure', '本科毕业在江山园区连续干满两年，每个月租房补贴给多少？',
  ['1000元'],
  ['对在园区连续工作满2年的本科以上人才给予每月1000元租房补贴'])
A(J, 'en', 'figure', 'How much money does the Jiangshan city budget put into the cross-border fund each year, and how much is reserved for the incubator?',
  ['2000万元', ['不少于600万元', '600万元']],
  ['市财政每年安排跨境电商产业发展专项资金2000万元，其中孵化器专项不少于600万元'])
A(J, 'en', 'list', 'Which departments take part in the Jiangshan joint meeting system?',
  ['市商务局', '市财政局', '市人力社保局', '海关'],
  ['建立由市商务局牵头，市财政局、市人力社保局、海关等部门参加的联席会议制度'])
A(J, 'zh', 'reason', '江山园区出口额的累计为什么从2022年算起，而不是开园那年？',
  ['开园当年数据不全'],
  ['因开园当年数据不全，园区出口额累计自2022年起计算'])
A(J, 'zh', 'yesno', '江山那张表里，出孵企业是不是另算的、不在孵化项目里面？',
  ['出孵企业包含在孵化项目之中'],
  ['出孵企业包含在孵化项目之中'])

U(J, 'zh', 'figure', '江山园区2026年的跨境电商出口额目标是多少？')
U(J, 'en', 'figure', 'How much did Jiangshan park companies export in 2021, the year the park opened?')
U(J, 'zh', 'figure', '江山园区企业2024年通过跨境电商进口了多少货？')
U(J, 'en', 'figure', 'How fast did wooden-door exports from the Jiangshan park grow in 2024 compared with 2023?')
U(J, 'zh', 'place', '江山园区在北美的合作海外仓设在哪个城市？')
U(J, 'en', 'list', 'Which customs brokers, logistics firms or law firms has the Jiangshan park already brought in?')
U(J, 'zh', 'reason', '江山园区2024年上半年出口为什么比下半年少？')
U(J, 'en', 'date', 'On what date will the Jiangshan cross-border venture fund be launched?')

# ---------------------------------------------------------------- Jinjiang (zh, html)
A(H, 'en', 'definition', 'In the Jinjiang IP report, what is a "TRO case"?',
  [['临时限制令'], ['先行冻结被告店铺资金', '冻结被告店铺资金']],
  ['临时限制令（TRO）案件', '是指权利人向美国联邦地区法院申请，法院在被告未到庭的情况下先行冻结被告店铺资金的诉讼'])
A(H, 'zh', 'place', '晋江会员企业碰到的TRO官司，大多是哪个城市的法院受理的？',
  ['芝加哥'],
  ['协会会员涉及的此类案件多由芝加哥的法院受理'])
A(H, 'en', 'list', 'What are the two ways to register a trademark abroad according to the Jinjiang association?',
  [['马德里体系'], ['直接向目的国（地区）的商标主管机关申请', '目的国（地区）的商标主管机关']],
  ['一是通过马德里体系向设在日内瓦的世界知识产权组织提交国际注册申请', '二是直接向目的国（地区）的商标主管机关申请'])
A(H, 'zh', 'place', '要申请欧盟商标，报告里说要找设在哪个城市的机构？',
  ['阿利坎特'],
  ['例如向设在阿利坎特的欧盟知识产权局申请欧盟商标'])
A(H, 'zh', 'definition', '晋江这份报告里的"海外知识产权纠纷"指哪些情况？',
  [['商标、专利、著作权'], ['投诉、起诉'], ['下架、冻结资金', '被平台下架']],
  ['是指跨境电商企业在境外因商标、专利、著作权等被权利人投诉、起诉，或被平台下架、冻结资金的事件'])
A(H, 'en', 'figure', 'How many overseas IP disputes did Jinjiang association members run into in 2023, and how much money got frozen?',
  ['214起', '1.37亿元'],
  ['2023年，协会会员企业共遭遇海外知识产权纠纷214起，涉及冻结资金', '合计1.37亿元'])
A(H, 'zh', 'figure', '2024年前三季度晋江会员企业一共遇到多少起纠纷？上半年和第三季度各多少？',
  ['186起', '131起', '55起'],
  ['2024年1—9月，会员企业遭遇纠纷186起，其中上半年131起、第三季度55起'])
A(H, 'en', 'figure', 'How much money was frozen in the disputes from January to September 2024?',
  ['9860万元'],
  ['涉及冻结资金9860万元'])
A(H, 'zh', 'figure', '第三季度的纠纷里头，TRO案件占了多少？',
  ['58%'],
  ['第三季度发生的纠纷中，TRO案件占58%'])
A(H, 'en', 'figure', 'How many valid overseas trademark registrations do Jinjiang members hold as of end-September 2024, and how many are new this year?',
  ['2340件', '412件'],
  ['会员企业累计持有有效海外商标注册2340件，其中2024年1—9月新增412件'])
A(H, 'zh', 'figure', '今年新增的海外商标里，走马德里体系的占几成？',
  ['46%'],
  ['通过马德里体系提交的占46%'])
A(H, 'en', 'figure', 'For sportswear and sports shoes, how much money was frozen in Jan–Sep 2024 and what kind of dispute is typical?',
  ['4520', '商标侵权'],
  ['运动鞋服', '4520', '商标侵权'])
A(H, 'zh', 'figure', '箱包类这块，前三季度被冻结多少资金？主要是哪类纠纷？',
  ['1860', '外观设计专利'],
  ['箱包', '1860', '外观设计专利'])
A(H, 'en', 'other', 'What is the usual type of IP dispute for children\'s products from Jinjiang?',
  [['著作权（图案）', '著作权']],
  ['儿童用品', '著作权（图案）'])
A(H, 'zh', 'list', '表1里主要纠纷类型是商标侵权的是哪几类产品？',
  ['运动鞋服', '其他'],
  ['运动鞋服', '其他', '商标侵权'])
A(H, 'en', 'place', 'Which market has the longest average trademark registration time for Jinjiang members?',
  ['拉美'],
  ['拉美', '平均注册周期（月）', '20'])
A(H, 'en', 'reason', 'Why do Jinjiang cross-border sellers keep getting hit by IP disputes?',
  [['跟风模仿热销款式'], ['批量起诉中国卖家'], ['先上架、后注册']],
  ['一是部分企业选品时跟风模仿热销款式，对图案、外观的权利状况缺乏检索', '二是海外权利人和律师事务所把批量起诉中国卖家作为一种',
   '三是企业"先上架、后注册"'])
A(H, 'zh', 'reason', '晋江企业纠纷多，跟选品上的做法有什么关系？',
  [['跟风模仿热销款式'], ['缺乏检索']],
  ['一是部分企业选品时跟风模仿热销款式，对图案、外观的权利状况缺乏检索'])
A(H, 'en', 'reason', 'How can a seller with its own brand end up as the defendant?',
  [['被抢注'], ['尚未获得注册就大量销售', '尚未获得注册']],
  ['自有品牌在目的国尚未获得注册就大量销售，被抢注后反而成为被告'])
A(H, 'zh', 'figure', '一起TRO案子通常会同时告多少个店铺？',
  ['上百个'],
  ['一起TRO案件往往同时列明上百个被告店铺'])
A(H, 'en', 'reason', 'Why were disputes in Q3 lower than the monthly average of the first half?',
  ['上架前侵权排查服务'],
  ['主要是协会从7月起为会员提供上架前侵权排查服务'])
A(H, 'zh', 'figure', '第三季度协会一共帮会员排查了多少条商品链接？',
  ['4600条'],
  ['全季度共排查商品链接4600条'])
A(H, 'en', 'list', 'What problems do Jinjiang companies have in handling disputes and planning trademarks?',
  [['应诉意愿低'], ['商标布局滞后'], ['维权成本高'], ['证据留存不足']],
  ['应诉意愿低：TRO案件中选择应诉或和解的企业只占31%，其余大多被缺席判决，资金被划扣。',
   '商标布局滞后：年出口额超过1000万元的会员企业中，仍有四分之一没有在主要目标市场完成商标注册。',
   '维权成本高：在美国应诉一起TRO案件，律师费一般在1.5万至3万美元之间，小卖家难以承受。',
   '证据留存不足：不少企业没有保存设计稿、首次销售记录等在先使用证据，应诉时举证困难。'])
A(H, 'zh', 'figure', 'TRO案件里，选择应诉或者和解的企业占多少？',
  ['31%'],
  ['TRO案件中选择应诉或和解的企业只占31%'])
A(H, 'en', 'reason', 'Why do small Jinjiang sellers struggle to defend themselves in the US?',
  [['律师费一般在1.5万至3万美元之间', '1.5万至3万美元']],
  ['在美国应诉一起TRO案件，律师费一般在1.5万至3万美元之间，小卖家难以承受'])
A(H, 'zh', 'list', '应诉时为了证明在先使用，报告提到企业应该留哪些证据？',
  ['设计稿', '首次销售记录'],
  ['不少企业没有保存设计稿、首次销售记录等在先使用证据，应诉时举证困难'])
A(H, 'en', 'list', 'What does the Jinjiang association suggest doing about this?',
  [['知识产权服务站'], ['应诉互助资金'], ['先注册、后上架'], ['合作名单']],
  ['建立晋江跨境电商知识产权服务站，为会员提供商标检索、侵权排查和应诉指引。',
   '设立知识产权应诉互助资金，对应诉或和解的中小会员企业按律师费的50%给予补助，单起最高5万元。',
   '推动年出口额超过1000万元的企业在主要目标市场"先注册、后上架"。',
   '与境外律师事务所建立合作名单，集中谈判降低律师费。'])
A(H, 'zh', 'figure', '我们是晋江的中小会员，打了一场TRO官司，互助资金能补多少律师费？最多多少？',
  ['50%', '5万元'],
  ['对应诉或和解的中小会员企业按律师费的50%给予补助，单起最高5万元'])
A(H, 'en', 'figure', 'What trademark target does the association set for the end of 2025?',
  ['3000件'],
  ['到2025年底，会员企业累计有效海外商标注册达到3000件'])
A(H, 'zh', 'date', '协会要求年出口超1000万元的会员在主要市场全部完成商标注册，期限是什么时候？',
  ['2026年底'],
  ['到2026年底，年出口额超过1000万元的会员企业在主要目标市场全部完成商标注册'])

U(H, 'zh', 'figure', '2024年第二季度晋江会员企业遭遇了多少起海外知识产权纠纷？')
U(H, 'en', 'figure', 'How many TRO cases did Jinjiang members face in the whole of 2023?')
U(H, 'zh', 'figure', '晋江会员企业在日本累计有多少件有效商标注册？')
U(H, 'en', 'figure', 'By what percentage did frozen funds in Jan–Sep 2024 change compared with Jan–Sep 2023?')
U(H, 'zh', 'list', '协会合作名单上都有哪些境外律师事务所？')
U(H, 'en', 'reason', 'Why did the share of Madrid-system filings go up compared with 2023?')
U(H, 'en', 'figure', 'How many overseas IP disputes did cross-border sellers in Shishi report in Jan–Sep 2024?')
U(H, 'zh', 'date', '晋江跨境电商知识产权服务站是哪天挂牌成立的？')

# ---------------------------------------------------------------- Mohan (zh, pdf)
A(M, 'en', 'definition', 'What does "border residents\' mutual trade" mean in the Mohan article?',
  [['边境地区边民'], ['互市贸易区或指定集市'], ['规定的金额和品种范围内']],
  ['是指边境地区边民在国家批准的互市贸易区或指定集市，在规定的金额和品种范围内进行的商品交换活动'])
A(M, 'zh', 'definition', '啥叫"互市商品落地加工"？',
  ['在边境地区加工成产品后再进入内地销售'],
  ['是指边民互市进口的商品在边境地区加工成产品后再进入内地销售的模式'])
A(M, 'en', 'definition', 'In Mohan, what do people mean by "mutual trade + cross-border e-commerce"?',
  [['交给园区企业加工'], ['国内电商平台销售'], ['卖到老挝北部各省', '把国内日用品卖到老挝北部各省']],
  ['是指边民合作社把互市进口的商品交给园区企业加工，再通过国内电商平台销售；同时，园区企业通过跨境电商把国内日用品卖到老挝北部各省'])
A(M, 'zh', 'figure', '2023年磨憨的边民互市贸易额是多少？其中进口多少？',
  ['38.6亿元', '29.3亿元'],
  ['2023年磨憨边民互市贸易额38.6亿元，其中进口29.3亿元'])
A(M, 'en', 'figure', "What was Mohan's border mutual trade in H1 2024, in Q3 2024, and for Jan–Sep?",
  ['24.1亿元', '13.5亿元', '37.6亿元'],
  ['2024年上半年互市贸易额24.1亿元，第三季度13.5亿元，1—9月合计37.6亿元'])
A(M, 'zh', 'figure', '磨憨前三季度互市贸易同比涨了多少？',
  ['41%'],
  ['1—9月合计37.6亿元，同比增长41%'])
A(M, 'en', 'figure', 'Since the China–Laos railway opened, how much mutual trade has passed through Mohan in total?',
  ['96.8亿元'],
  ['磨憨口岸互市贸易额累计达到96.8亿元'])
A(M, 'zh', 'date', '按文章的说法，中老铁路是哪年哪月开通的？',
  ['2021年12月'],
  ['自2021年12月中老铁路开通至2024年9月底'])
A(M, 'en', 'figure', 'How much left Mohan as cross-border e-commerce exports in Jan–Sep 2024, and how fast did it grow?',
  ['6.2亿元', '64%'],
  ['经磨憨口岸以跨境电商方式出口的商品货值6.2亿元，同比增长64%'])
A(M, 'zh', 'list', '经磨憨跨境电商出口的主要是哪些东西？',
  ['小家电', '日用百货', '摩托车配件'],
  ['主要是小家电、日用百货和摩托车配件'])
A(M, 'en', 'place', 'The buyers of these e-commerce exports, which Lao cities they are mostly in?',
  ['万象', '琅勃拉邦'],
  ['买家集中在万象、琅勃拉邦等城市'])
A(M, 'en', 'figure', 'How much of the Mohan mutual trade in the first half of 2024 was imports?',
  ['18.7'],
  [row(M, '其中：进口')])
A(M, 'zh', 'figure', '2024年上半年磨憨的跨境电商出口是多少亿元？',
  ['3.6'],
  [row(M, '跨境电商出口（亿元）')])
A(M, 'en', 'figure', 'How many border residents took part in mutual trade in 2023 and by September 2024?',
  ['4200', '5600'],
  [row(M, '参与互市的边民')])
A(M, 'zh', 'figure', '磨憨现在有多少家落地加工企业？2027年打算到多少家？',
  ['17', '30家'],
  [row(M, '落地加工企业'), '落地加工企业达到30家'])
A(M, 'en', 'figure', 'What targets does the local plan set for 2025 and 2027 in Mohan?',
  [['突破60亿元', '60亿元'], '15亿元', '30家'],
  ['到2025年互市贸易额突破60亿元，到2027年跨境电商出口额达到15亿元，落地加工企业达到30家'])
A(M, 'zh', 'yesno', '表里的互市贸易额是只算进口吗？',
  ['含进口和出口'],
  ['互市贸易额含进口和出口'])
A(M, 'en', 'reason', 'Why has border trade at Mohan grown so fast, according to the people interviewed?',
  [['中老铁路货运能力提升'], ['互市商品落地加工政策落地', '落地加工政策落地'], ['新建了一批仓库和商业设施']],
  ['一是中老铁路货运能力提升', '二是互市商品落地加工政策落地', '三是老挝磨丁一侧的经济特区新建了一批仓库和商业设施'])
A(M, 'zh', 'figure', '冷链班列从万象开到磨憨现在要多长时间？',
  ['10小时左右'],
  ['冷链班列从万象到磨憨的时间缩短到10小时左右'])
A(M, 'en', 'reason', 'Why did mutual trade in Q3 2024 slip a bit compared with Q2?',
  [['雨季道路养护'], ['检疫抽检比例提高']],
  ['主要是雨季道路养护和部分商品检疫抽检比例提高，通关时间有所延长'])
A(M, 'zh', 'list', '园区企业从边民合作社收的互市商品，文章举了哪几种？',
  ['咖啡', '坚果', '木薯淀粉'],
  ['咖啡、坚果、木薯淀粉等商品有了稳定去处'])
A(M, 'en', 'list', 'What difficulties did traders and company bosses tell the reporters about?',
  [['品种偏少'], ['组织化程度低'], ['退货无处可退'], ['人才太少']],
  ['（一）互市商品品种偏少', '（二）边民合作社组织化程度低', '（三）跨境电商出口的退货无处可退', '懂老挝语、又会做电商的人才太少'])
A(M, 'en', 'list', 'Which goods make up most of the mutual-trade imports at Mohan?',
  ['咖啡', '橡胶', '木薯淀粉'],
  ['进口商品集中在咖啡、橡胶、木薯淀粉等少数几类，附加值不高'])
A(M, 'en', 'reason', 'Why is it hard to check whether mutual-trade deals at Mohan are real?',
  [['组织化程度低'], ['挂名']],
  ['（二）边民合作社组织化程度低，一些边民只是"挂名"，交易的真实性难以核查。'])
A(M, 'zh', 'reason', '老挝买家要退货，为啥这么麻烦？',
  ['只能由卖家自行安排运回', '成本往往超过货值'],
  ['老挝买家退货只能由卖家自行安排运回，成本往往超过货值'])
A(M, 'zh', 'other', '那位做小家电出口的陈先生说，招什么人比招大学生还难？',
  ['会老挝语的客服'],
  ['招一个会老挝语的客服，比招一个大学生还难'])
A(M, 'en', 'list', 'What did Professor Shen Li suggest Mohan should do?',
  [['扩大互市商品进口清单'], ['在万象设立公共海外仓'], ['开设老挝语电商专业']],
  ['一是扩大互市商品进口清单', '二是在万象设立公共海外仓', '三是依托职业院校开设老挝语电商专业'])
A(M, 'zh', 'reason', '沈立为什么建议在万象设公共海外仓？',
  ['解决跨境电商退货难题'],
  ['二是在万象设立公共海外仓，解决跨境电商退货难题'])
A(M, 'zh', 'place', '磨憨口岸位于云南哪个州、哪个县？',
  ['西双版纳州', '勐腊县'],
  ['这个位于云南西双版纳州勐腊县最南端的口岸'])
A(M, 'en', 'reason', 'Why are some traders and managers in the Mohan story only called by name or surname?',
  ['按其要求'],
  ['文中边民和企业负责人按其要求只称姓名', '或姓氏。'])

U(M, 'en', 'figure', "What was Mohan's border mutual trade in the second quarter of 2024?")
U(M, 'zh', 'figure', '2024年1—9月经磨憨以跨境电商方式进口了多少货？')
U(M, 'en', 'figure', 'What was the border mutual trade volume at the Hekou port in 2023?')
U(M, 'zh', 'figure', '磨憨互市出口（不算进口）前三季度同比增长了多少？')
U(M, 'en', 'figure', 'What is the daily duty-free amount each border resident can trade at Mohan?')
U(M, 'zh', 'list', '磨憨那17家落地加工企业都叫什么名字？')
U(M, 'en', 'date', 'When will the public overseas warehouse in Vientiane open?')
U(M, 'zh', 'reason', '磨憨跨境电商出口2023年为什么比2022年增长？')

# ---------------------------------------------------------------- Changshu (en, docx)
A(C, 'zh', 'definition', '常熟这份问答里，"suspension"（暂停）和"deactivation"（停用）有什么区别？',
  [['the seller can still appeal', 'can still appeal'], ['final closure']],
  ["the seller can still appeal", 'A deactivation is a final closure after an appeal has failed or the seller did not respond in time'])
A(C, 'en', 'definition', 'How does the Changshu desk work out the appeal success rate?',
  [['reinstated within 90 days'], ['divided by the number of suspensions closed in the same period']],
  ['The appeal success rate is the number of suspended accounts reinstated within 90 days, divided by the number of suspensions closed in the same period'])
A(C, 'zh', 'definition', '申诉时写的"plan of action"要写清楚哪些东西？',
  [['the root cause', 'root cause'], ['the corrective steps already taken', 'corrective steps'], ['the measures to prevent a repeat', 'prevent a repeat']],
  ['A plan of action is the written appeal in which a seller explains the root cause, the corrective steps already taken and the measures to prevent a repeat'])
A(C, 'en', 'figure', 'How many account suspensions did Changshu member sellers report in 2023?',
  ['268'],
  ['Member sellers reported 268 suspensions in 2023'])
A(C, 'zh', 'figure', '常熟会员2024年上半年、第三季度各报了多少起封店？1到9月一共多少？',
  ['151', '64', '215'],
  ['In the first half of 2024 they reported 151, and in the third quarter of 2024 another 64, bringing the total for January to September 2024 to 215'])
A(C, 'en', 'figure', 'Since the desk began keeping records, how many suspensions in total have members reported?',
  ['742'],
  ['members have reported 742 suspensions in all'])
A(C, 'zh', 'figure', '申诉成功率从多少提高到了多少？',
  ['41%', '53%'],
  ['The appeal success rate rose from 41% in 2023 to 53% in January to September 2024'])
A(C, 'en', 'figure', 'how many days it take on average to get the store back now, and in 2023?',
  ['16 days', '23 days'],
  ['the average time to reinstatement fell from 23 days to 16 days'])
A(C, 'zh', 'figure', '2024年前三季度，店铺被封期间被平台扣住的余额大概有多少？',
  [['about 31 million yuan', '31 million yuan']],
  ['Balances held during suspensions amounted to about 31 million yuan in January to September 2024'])
A(C, 'en', 'figure', 'How many suspensions were caused by intellectual property complaints in 2023 and in Jan–Sep 2024?',
  ['64', '55'],
  ['Intellectual property complaints', '64', '55'])
A(C, 'zh', 'figure', '因为关联账户被封的，占2024年1—9月封店总数的多大比例？',
  ['20%'],
  ['Related (linked) accounts', '20%'])
A(C, 'zh', 'list', '表格里平台给出的封店原因分成了哪几类（除了"其他"）？',
  ['Product authenticity and invoice requests', 'Intellectual property complaints', 'Related (linked) accounts',
   'Late shipment and other performance metrics'],
  ['Product authenticity and invoice requests', 'Intellectual property complaints', 'Related (linked) accounts',
   'Late shipment and other performance metrics'])
A(C, 'zh', 'yesno', '平台通知里写了好几个原因的话，一次封店会被重复统计吗？',
  [['counted once'], ['first cause named']],
  ["each suspension is counted once, under the first cause named in the marketplace's notice"])
A(C, 'en', 'reason', 'Why are related-account suspensions rising so fast?',
  [['link accounts through shared payment cards, tax numbers and even the same office Wi-Fi', 'link accounts'],
   ['bought second-hand accounts', 'account incubation']],
  ['First, marketplaces have started to link accounts through shared payment cards, tax numbers and even the same office Wi-Fi',
   'Second, some sellers bought second-hand accounts or used cheap "account incubation" services'])
A(C, 'zh', 'reason', '我和我姐在同一栋楼里各开一家店，为什么平台会把我们当成一个卖家？',
  [['shared payment cards, tax numbers and even the same office Wi-Fi', 'same office Wi-Fi']],
  ['First, marketplaces have started to link accounts through shared payment cards, tax numbers and even the same office Wi-Fi, so family members who run separate stores from one building can be treated as one seller'])
A(C, 'en', 'list', 'What do marketplaces use to link seller accounts together?',
  ['shared payment cards', 'tax numbers', 'Wi-Fi'],
  ['marketplaces have started to link accounts through shared payment cards, tax numbers and even the same office Wi-Fi'])
A(C, 'en', 'reason', 'I bought a second-hand account cheap. Why is that risky for my other stores?',
  ['when one account in such a group is suspended the others usually follow'],
  ['Second, some sellers bought second-hand accounts or used cheap "account incubation" services, and when one account in such a group is suspended the others usually follow'])
A(C, 'en', 'figure', 'Related-account suspensions: how many in 2023 and how many in the first nine months of 2024?',
  ['47', '43'],
  ['Related-account suspensions were 47 in the whole of 2023 but already 43 in the first nine months of 2024'])
A(C, 'zh', 'reason', '为什么因迟发货这些绩效指标被封的少了？',
  [['overseas warehouses near Frankfurt and Milan', 'overseas warehouses'], ['eight workshops']],
  ['The main reason is that more members now ship from overseas warehouses near Frankfurt and Milan',
   'the desk ran eight workshops on order-defect and late-shipment rates in the first half of 2024'])
A(C, 'en', 'place', 'Near which European cities are the overseas warehouses that Changshu members ship from?',
  ['Frankfurt', 'Milan'],
  ['ship from overseas warehouses near Frankfurt and Milan'])
A(C, 'en', 'list', 'What mistakes do sellers make again and again when they appeal a suspension?',
  [['blames the marketplace or a competitor'], ['invoices that do not match'], ['filed in a rush', 'contradicts the last one'],
   ['do not check the account-health page every day'], ['keep no records of who logged in from which device']],
  ['(a) The plan of action blames the marketplace or a competitor instead of explaining the root cause.',
   '(b) Sellers send invoices that do not match the product names or quantities listed in the store.',
   '(c) Several appeals are filed in a rush, and each new version contradicts the last one.',
   '(d) Sellers do not check the account-health page every day, so warnings are missed until the store is suspended.',
   '(e) Store staff keep no records of who logged in from which device, which makes it hard to answer related-account questions.'])
A(C, 'zh', 'reason', '我卖羽绒服，上周因为真伪投诉被封了。为什么不能先开个新店接着卖？',
  ['related-account suspension'],
  ['Do not open a new store to keep selling; this is likely to lead to a related-account suspension'])
A(C, 'en', 'list', 'My down jacket shop got suspended last week for an authenticity complaint. What should I do first?',
  [['Collect supplier invoices covering the last 365 days', 'supplier invoices'], ['product names match your listings'],
   ['contact the desk before you send the appeal', 'contact the desk']],
  ['Collect supplier invoices covering the last 365 days, make sure the product names match your listings, and contact the desk before you send the appeal'])
A(C, 'en', 'figure', 'For an IP complaint that gets my store suspended, how much of the lawyer fee will the association pay, and what is the cap?',
  ['30%', '8,000 yuan'],
  ['the association will pay 30% of the fees charged by a listed law firm for an intellectual property complaint that leads to a suspension, up to 8,000 yuan per case'])
A(C, 'zh', 'date', '协会的律师费补贴从什么时候开始？',
  ['January 2025'],
  ['From January 2025 the association will pay 30%'])
A(C, 'en', 'yesno', 'My company sold 25 million yuan online abroad last year. Can we still get the legal-fee help?',
  ['below 20 million yuan'],
  ['The help is limited to members whose annual online sales abroad were below 20 million yuan in the previous year'])
A(C, 'zh', 'list', '协会给卖家提了哪四条建议？',
  [['its own payment card, its own device and its own network connection', 'own payment card'],
   ['register your brand in your main markets before you start selling there', 'register your brand'],
   ['keep invoices and supplier contracts for at least two years', 'keep invoices'],
   ['check account health every working day']],
  ['First, give each store its own payment card, its own device and its own network connection, and keep a log of them',
   'Second, register your brand in your main markets before you start selling there, not after a complaint',
   'Third, keep invoices and supplier contracts for at least two years',
   'Fourth, appoint one staff member to check account health every working day'])
A(C, 'zh', 'figure', '到2026年，协会定的申诉成功率和恢复时间目标是多少？',
  ['above 70%', ['10 days or fewer', '10 days']],
  ['By 2026 the desk aims to raise the appeal success rate to above 70% and to bring the average time to reinstatement down to 10 days or fewer'])
A(C, 'zh', 'other', '被扣住的余额换算成人民币时，用的是哪一天的汇率？',
  [['the day the suspension'], ['notice was received']],
  ['Held balances are converted into yuan at the exchange rate on the day the suspension', 'notice was received.'])
A(C, 'en', 'list', 'What do most of the Changshu member sellers sell?',
  ['knitwear', 'down jackets', 'apparel'],
  ['most of whom sell knitwear, down jackets and other apparel to Europe and North America'])

U(C, 'en', 'figure', 'How many suspensions did Changshu members report in the second quarter of 2024?')
U(C, 'zh', 'figure', '2024年上半年常熟会员的申诉成功率是多少？')
U(C, 'en', 'figure', 'How many Changshu member stores were suspended on marketplaces in Japan in 2024?')
U(C, 'zh', 'figure', '2023年封店期间被平台扣住的余额一共有多少？')
U(C, 'en', 'list', 'Which law firms are on the association\'s list for the legal-fee help?')
U(C, 'zh', 'reason', '知识产权投诉导致的封店为什么在2024年变少了？')
U(C, 'en', 'figure', 'What was the average time to reinstatement for Changshu members in the first half of 2024?')

# ---------------------------------------------------------------- Luyi (en, txt)
A(Y, 'zh', 'definition', '鹿邑说的"电商村"要满足什么条件？',
  [['at least 50 online shops are active', '50 online shops'], ['at least 15% of households run an online shop', '15% of households'],
   ['at least 5 million yuan a year', '5 million yuan']],
  ['An e-commerce village is an administrative village in which at least 50 online shops are active, or at least 15% of households run an online shop, and whose cross-border online sales reach at least 5 million yuan a year'])
A(Y, 'en', 'definition', 'In the Luyi story, what counts as an "active shop"?',
  ['at least one order in each of the last three months'],
  ['An active shop is one with at least one order in each of the last three months'])
A(Y, 'zh', 'yesno', '鹿邑统计的销售额是扣掉退款以后的吗？',
  ['before refunds'],
  ['Sales are counted at the value of orders paid, before refunds'])
A(Y, 'en', 'figure', "What were Luyi's cross-border online sales of make-up brushes and beauty tools in 2023?",
  ['1.84 billion yuan'],
  ['reached 1.84 billion yuan in 2023'])
A(Y, 'zh', 'figure', '2024年上半年和第三季度，鹿邑化妆刷跨境卖了多少？',
  ['1.02 billion yuan', '0.58 billion yuan'],
  ['In the first half of 2024 they were 1.02 billion yuan, and the third quarter added 0.58 billion yuan'])
A(Y, 'en', 'figure', 'luyi brush sales jan to sep 2024 how much and how much up from last year same time?',
  ['1.60 billion yuan', '22%'],
  ['January to September 2024 came to 1.60 billion yuan, up 22% on the same period of 2023'])
A(Y, 'zh', 'figure', '2020年以来到2024年9月，鹿邑累计卖了多少？',
  [['about 5.9 billion yuan', '5.9 billion yuan']],
  ['From 2020 to September 2024, cumulative sales totalled about 5.9 billion yuan'])
A(Y, 'en', 'figure', 'How many recognised e-commerce villages did Luyi have at the end of 2023, and by September 2024?',
  ['14', '19'],
  ['The number of recognised e-commerce villages rose from 14 at the end of 2023 to 19 by September 2024'])
A(Y, 'zh', 'figure', '鹿邑给2025年和2027年定了什么目标？',
  [['25 e-commerce villages'], ['2.6 billion yuan'], ['4 billion yuan']],
  ['The county wants 25 e-commerce villages and sales of 2.6 billion yuan in 2025, and 4 billion yuan by 2027'])
A(Y, 'en', 'figure', 'I want to open a shop in Jiatan. How many active cross-border shops are there already, and what were their sales Jan–Sep 2024?',
  ['1,480', '620'],
  [row(Y, '| Jiatan')])
A(Y, 'zh', 'place', '鹿邑哪个镇的电商村最多？',
  ['Jiatan'],
  [row(Y, '| Jiatan'), row(Y, '| Xuanwu'), row(Y, '| Taiqinggong'), row(Y, '| Shiliang')])
A(Y, 'en', 'place', 'Which Luyi town sells mainly to the Middle East?',
  ['Taiqinggong'],
  [row(Y, '| Taiqinggong')])
A(Y, 'en', 'reason', "Why did Luyi's cross-border brush sales take off?",
  [['the supply chain is right on the doorstep', 'supply chain'], ['short-video shopping abroad', 'short-video shopping'],
   ['public service centre']],
  ['First, the supply chain is right on the doorstep', 'Second, short-video shopping abroad has rewarded cheap, photogenic products',
   'Third, the county opened a public service centre in 2022'])
A(Y, 'zh', 'reason', '鹿邑的化妆刷为什么在国外短视频购物里好卖？',
  [['cheap, photogenic products', 'cheap'], ['under 15 US dollars']],
  ['short-video shopping abroad has rewarded cheap, photogenic products; brush sets that sell for under 15 US dollars do well'])
A(Y, 'zh', 'list', '鹿邑本地作坊主要生产哪些刷子配件？',
  ['handles', 'ferrules', 'fibre'],
  ['make handles, ferrules and fibre'])
A(Y, 'en', 'list', 'Besides the US, which foreign cities do the cheap Luyi brush sets sell well in?',
  ['São Paulo', 'Istanbul'],
  ['brush sets that sell for under 15 US dollars do well in São Paulo and Istanbul as well as in the United States'])
A(Y, 'zh', 'list', '鹿邑公共服务中心提供哪些免费服务？',
  ['free product photography', 'translation', 'customs declarations'],
  ['offers free product photography, translation and help with customs declarations'])
A(Y, 'en', 'date', 'When did Luyi open its public service centre for online sellers?',
  ['2022'],
  ['Third, the county opened a public service centre in 2022'])
A(Y, 'zh', 'reason', '文章里说试量镇（Shiliang）卖得增长慢，是什么原因？',
  [['ship each parcel by post from the county', 'by post'], ['more than three weeks'], ['many buyers cancel']],
  ['Local sellers say most of them still ship each parcel by post from the county, so delivery to Brazil takes more than three weeks and many buyers cancel'])
A(Y, 'en', 'list', 'What are the common problems Luyi village sellers told the reporter about?',
  ['Price wars', 'Few brands', 'Returns', 'Skills'],
  ['(1) Price wars', '(2) Few brands', '(3) Returns', '(4) Skills'])
A(Y, 'zh', 'figure', '2024年前九个月，鹿邑刷子平均售价降了多少？',
  [['about 12%', '12%']],
  ['average selling prices fell by about 12% in the first nine months of 2024'])
A(Y, 'en', 'figure', 'How many Luyi shops sell under their own registered trademark?',
  ['fewer than one shop in ten'],
  ['(2) Few brands: fewer than one shop in ten sells under a registered trademark of its own.'])
A(Y, 'en', 'reason', 'Why do skills hold the Luyi shop owners back?',
  [['returning migrant workers'], ['cannot write product listings in English or Spanish']],
  ['(4) Skills: many shop owners are returning migrant workers who can film and edit video but cannot write product listings in English or Spanish.'])
A(Y, 'zh', 'reason', '玄武镇的王磊说，为什么最后谁都赚不到钱？',
  ['Everyone copies the best seller within a week'],
  ['Everyone copies the best seller within a week'])
A(Y, 'en', 'list', "What is in Luyi county's plan for 2025?",
  [['shared overseas warehouse'], ['half of the cost of registering a trademark abroad', 'trademark'], ['train 2,000 shop owners']],
  ['It will build a shared overseas warehouse with local firms in Los Angeles',
   'It will pay half of the cost of registering a trademark abroad, up to 20,000 yuan per shop',
   'train 2,000 shop owners in listing writing and customer service'])
A(Y, 'zh', 'reason', '鹿邑为什么要在洛杉矶建共享海外仓？',
  ['returns can be resold instead of thrown away'],
  ['It will build a shared overseas warehouse with local firms in Los Angeles, so that returns can be resold instead of thrown away'])
A(Y, 'zh', 'figure', '我在鹿邑开刷子小店，想去国外注册商标，县里能补多少？',
  ['half of the cost', ['up to 20,000 yuan per shop', '20,000 yuan']],
  ['It will pay half of the cost of registering a trademark abroad, up to 20,000 yuan per shop'])
A(Y, 'en', 'list', 'What do Liu Fang and the consultant Zhang Hua want the county to do?',
  [['shared design studio'], ['price-floor guide'], ['register brands in their three largest markets', 'help the top 100 shops']],
  ['Liu Fang would like a shared design studio',
   'recommends that the county first publish a simple price-floor guide for the most copied products, and then help the top 100 shops',
   'to register brands in their three largest markets.'])
A(Y, 'en', 'yesno', 'Do the Luyi sales figures include cosmetics themselves?',
  ['not cosmetics'],
  ['Sales include make-up brushes, brush sets, sponges and other beauty tools, but not cosmetics'])
A(Y, 'zh', 'other', '刘芳两年前把货卖给谁？现在又是谁直接找她？',
  ['a trader from Guangzhou', 'buyers in Mexico City'],
  ['Two years ago we sold to a trader from Guangzhou', 'Now buyers in Mexico City write to us directly'])

U(Y, 'en', 'figure', "What were Luyi's cross-border brush sales in the second quarter of 2024?")
U(Y, 'zh', 'figure', '鹿邑2026年的化妆刷跨境销售目标是多少？')
U(Y, 'en', 'figure', 'How much did Luyi import through cross-border e-commerce in 2024?')
U(Y, 'zh', 'figure', '贾滩镇前三季度的销售额同比增长了多少？')
U(Y, 'en', 'figure', 'How many e-commerce villages does neighbouring Xiayi county have?')
U(Y, 'zh', 'list', '鹿邑卖家主要用哪几个海外短视频平台卖货？')
U(Y, 'en', 'reason', 'Why do the Taiqinggong brush shops sell mostly to the Middle East rather than to the US like Jiatan?')
U(Y, 'zh', 'date', '鹿邑的电商村认定标准是哪一年出台的？')


# ---------------------------------------------------------------- write
def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        n[it['lang']] += 1
        out.append({'id': 'h11-%s-%03d' % (it['lang'], n[it['lang']]), 'lang': it['lang'], 'type': it['type'],
                    'question': it['question'], 'answers': it['answers'], 'evidence': it['evidence'],
                    'unanswerable': it['unanswerable']})
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), n['zh'], n['en']))
    # per-document summary for the README (near misses are attributed to the document they aim at)
    for d in (L, J, H, M, C, Y):
        its = [i for i in ITEMS if i['doc'] == d]
        ans = [i for i in its if not i['unanswerable']]
        c = Counter(i['lang'] for i in ans)
        un = [i for i in its if i['unanswerable']]
        print('%-58s answerable %2d (zh %2d, en %2d)  near misses %d (zh %d, en %d)' % (
            d, len(ans), c['zh'], c['en'], len(un), sum(i['lang'] == 'zh' for i in un), sum(i['lang'] == 'en' for i in un)))
    cross_en = sum(1 for i in ITEMS if not i['unanswerable'] and i['lang'] == 'en' and '_zh_' in i['doc'])
    cross_zh = sum(1 for i in ITEMS if not i['unanswerable'] and i['lang'] == 'zh' and '_en_' in i['doc'])
    multi = sum(1 for i in ITEMS if len(i['evidence']) > 1)
    print('cross-language answerable: en over zh docs %d, zh over en docs %d; multi-quote items %d' % (cross_en, cross_zh, multi))


if __name__ == '__main__':
    main()
