#!/usr/bin/env python3
"""Source of ../gold.jsonl (heldout21). Hand-written questions; run with python3 from any directory.

Q(lang, type, question, answers, [quotes...], doc)  -> answerable item
U(lang, type, question)                             -> unanswerable near miss
Ids are numbered per language in the order written here.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

Y = 'h21_zh_yueyang_chenglingji_river_sea_export_review_2024.txt'
H = 'h21_zh_huangshi_xingang_river_sea_express_notice_2025.md'
C = 'h21_zh_chizhou_port_cbec_logistics_brief_2025q3.html'
Z = 'h21_zh_zongyang_county_sellers_river_logistics_survey_2024.pdf'
D = 'h21_en_durban_distributors_council_yangtze_sourcing_guide_2025.docx'
P = 'h21_en_perth_small_importers_river_port_buyers_note_2025h1.txt'


def text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', doc)
    with open(p, encoding='utf-8') as f:
        return f.read()


def line(doc, prefix):
    """The whole line of doc that starts with prefix (used for plain-text table rows)."""
    hits = [l for l in text(doc).split('\n') if l.startswith(prefix)]
    assert len(hits) == 1, (doc, prefix, hits)
    return hits[0]


ITEMS = []


def Q(lang, typ, question, answers, quotes, doc):
    ITEMS.append(dict(lang=lang, type=typ, question=question,
                      answers=[list(g) for g in answers],
                      evidence=[{'source': doc, 'quote': q} for q in quotes],
                      unanswerable=False))


def U(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True))


# ---------------------------------------------------------------- Yueyang (txt)
y_total = '2024年，经城陵矶港以江海联运方式出口的跨境电商货物共3.82万标箱，货值86.4亿元，同比分别增长27.3%和31.2%'
y_target = '2025年出口目标为4.6万标箱，2026年目标为5.5万标箱'
y_def = '本报告所称"江海联运"，是指货物在城陵矶港装上长江驳船，经长江运至上海洋山港、太仓港或宁波舟山港后换装远洋船舶出境的运输方式'
y_b1 = '一是"城陵矶—洋山"江海快线自2024年4月起由每周3班加密至每周5班，'
y_b2 = '洋山方向的订舱等待时间由平均4天缩短至1.5天；二是启运港退税政策在城陵矶港落地'
y_b3 = '三是城陵矶综合保税区内的跨境电商集拼中心于2024年6月18日投入使用'

Q('zh', 'figure', '2024年从城陵矶港走江海联运出去的跨境电商货一共多少标箱？货值多少？', [['3.82万标箱'], ['86.4亿元']], [y_total], Y)
Q('zh', 'figure', '城陵矶港2024年哪个季度出口最多，出了多少标箱？', [['第四季度'], ['1.13万标箱']], ['第四季度出口1.13万标箱，为全年最高'], Y)
Q('en', 'reason', 'Why were Chenglingji exports so low in the first quarter of 2024, and how much was shipped?', [['枯水期'], ['0.71万标箱']], ['第一季度受枯水期影响仅出口0.71万标箱'], Y)
Q('zh', 'figure', '岳阳这边2022到2024三年加起来走了多少标箱、多少货值？', [['9.65万标箱'], ['201.7亿元']], ['2022年至2024年三年累计出口9.65万标箱，累计货值201.7亿元'], Y)
Q('zh', 'figure', '岳阳给城陵矶定的2025年出口目标是多少？', [['4.6万标箱']], [y_target], Y)
Q('en', 'definition', 'In the Yueyang report, what does water-to-water transfer (shui-shui zhongzhuan) mean?', [['不拆箱、直接换装远洋船舶']], ['货物在中转港不拆箱、直接换装远洋船舶的，称为"水水中转"'], Y)
Q('zh', 'definition', '岳阳那份评估报告里说的"江海联运"具体指什么？', [['装上长江驳船'], ['换装远洋船舶出境']], [y_def], Y)
Q('en', 'yesno', 'I send small 9610 parcels by air from Yueyang. Are they counted in the Chenglingji river-sea CBEC figures?', [['不含以9610方式经航空或铁路出境的小包裹']], ['是指以9710或9810方式申报出口、并在城陵矶港完成装船的货物，不含以9610方式经航空或铁路出境的小包裹'], Y)
Q('zh', 'list', '城陵矶的驳船一般运到哪几个港口再换远洋船？', [['上海洋山港'], ['太仓港'], ['宁波舟山港']], [y_def], Y)
Q('en', 'figure', 'How many TEU went via Taicang from Chenglingji in 2024, and how many in 2023?', [['0.86'], ['0.58']], [line(Y, '太仓港')], Y)
Q('zh', 'figure', '从城陵矶到宁波舟山港平均要在路上走几天？', [['8.0']], [line(Y, '宁波舟山港'), '平均在途天数指2024年货物从城陵矶港离港至中转港靠泊的天数'], Y)
Q('en', 'place', 'The direct river-sea ships from Chenglingji that do not transship, which foreign ports do they sail to?', [['釜山'], ['大阪']], ['江海直达船舶直接驶往釜山、大阪，不计在途天数'], Y)
Q('zh', 'reason', '城陵矶2024年出口涨得快，报告说主要是哪几个原因？', [['每周3班加密至每周5班'], ['启运港退税'], ['集拼中心']], [y_b1, y_b2, y_b3], Y)
Q('zh', 'date', '城陵矶综保区那个跨境电商集拼中心是哪天开始用的？', [['2024年6月18日']], [y_b3], Y)
Q('en', 'reason', 'What did the departure-port tax refund change for sellers shipping from Chenglingji?', [['卖家在驳船离港后即可申请出口退税']], ['二是启运港退税政策在城陵矶港落地，卖家在驳船离港后即可申请出口退税，不必等到货物在洋山港装上远洋船舶'], Y)
Q('zh', 'reason', '为什么城陵矶走宁波舟山港方向的货增长比较慢？', [['长江口外的海上航段'], ['遇大风天气停航较多']], ['宁波舟山港方向增长较慢，原因是该方向驳船需经长江口外的海上航段，遇大风天气停航较多，平均在途天数也最长'], Y)
Q('en', 'place', 'Of the three transfer ports used from Chenglingji, which direction grew fastest?', [['太仓港']], ['三个中转港中，太仓港方向增长最快，洋山港方向次之'], Y)
Q('zh', 'list', '城陵矶江海联运的货源主要从哪几块来？', [['岳阳本地'], ['常德、益阳'], ['湖北、江西']], ['从货源地看，岳阳本地企业的货物占48%，来自常德、益阳等省内其他市州的占37%，来自湖北、江西的占15%'], Y)
Q('en', 'list', 'What main products are shipped from Chenglingji by river-sea routes?', [['纺织服装'], ['家居用品'], ['小家电'], ['黑茶']], ['主要商品为纺织服装、家居用品、小家电和黑茶'], Y)
Q('zh', 'list', '城陵矶走江海联运的货主要卖到哪些市场？', [['东盟'], ['欧盟'], ['北美'], ['中东']], ['从目的市场看，东盟占34%，欧盟占26%，北美占18%，中东占9%，其他地区占13%'], Y)
Q('zh', 'figure', '城陵矶出口的货里去东盟和北美的各占多少？', [['34%'], ['18%']], ['从目的市场看，东盟占34%，欧盟占26%，北美占18%，中东占9%，其他地区占13%'], Y)
Q('en', 'figure', "I'm a small seller using the Chenglingji consolidation centre. What handling fee do they charge for LCL cargo?", [['每立方米45元']], ['集拼中心对中小卖家的拼箱货物按每立方米45元收取操作费'], Y)
Q('en', 'list', 'Which problems did the Yueyang evaluation find that must be solved in 2025?', [['枯水期运力不足'], ['旺季空箱紧张'], ['全程信息不透明'], ['中小卖家议价能力弱']], ['（一）枯水期运力不足', '（二）旺季空箱紧张', '（三）全程信息不透明', '（四）中小卖家议价能力弱'], Y)
Q('zh', 'figure', '枯水期从城陵矶走驳船，单箱运费比丰水期贵多少？', [['15%']], ['驳船须减载运行，单箱运费比丰水期高出约15%'], Y)
Q('en', 'reason', 'Why did some Chenglingji sellers have to switch to road transport in the September–November peak?', [['空箱缺口']], ['港内空箱缺口一度达到每周600标箱，部分卖家被迫改走公路运输'], Y)
Q('zh', 'reason', '枯水期城陵矶运力不够，根子上是什么原因？', [['浅滩尚未完成航道整治'], ['3.5米']], ['枯水期运力不足的根源在于城陵矶以下部分河段浅滩尚未完成航道整治，枯水期航道维护水深只有3.5米'], Y)
Q('en', 'list', 'What does the Yueyang office recommend doing next for the river-sea route?', [['一单到底'], ['铁水联运'], ['公共舱位'], ['信息平台']], ['推行"一单到底"', '枯水期开通"铁水联运"备用通道', '在集拼中心设立中小卖家公共舱位', '建设江海联运信息平台'], Y)
Q('zh', 'figure', '建议里说集拼中心每周给中小卖家留多少公共舱位？', [['80标箱']], ['每周预留不少于80标箱'], Y)
Q('en', 'date', 'By when should the barge leg and ocean leg data be connected on the Chenglingji information platform?', [['2025年底前']], ['建设江海联运信息平台，2025年底前实现驳船段和远洋段数据对接'], Y)

U('zh', 'figure', '2024年城陵矶港跨境电商江海联运进口了多少标箱？')
U('en', 'figure', 'How many TEU did Chenglingji export by river-sea route in the second quarter of 2024?')
U('zh', 'figure', '岳阳定的2027年城陵矶跨境电商江海联运出口目标是多少标箱？')
U('en', 'figure', 'What was the average number of days in transit from Chenglingji to Yangshan in 2023?')
U('zh', 'figure', '城陵矶集拼中心的货物仓储费怎么收，每天每立方米多少钱？')
U('en', 'figure', 'What share of the Chenglingji river-sea cargo came from sellers in Changde alone?')
U('en', 'reason', 'Why did the ASEAN share of Chenglingji river-sea exports go up in 2024?')
U('zh', 'date', '城陵矶枯水期的"铁水联运"备用通道是哪天开通的？')

# ---------------------------------------------------------------- Huangshi (md)
h_2024 = '2024年全年，快班共运送跨境电商货物1.26万标箱，同比增长22.3%'
h_plan = '公司计划2025年全年运送1.5万标箱，2027年达到2.4万标箱'
h_ys = '| 黄石新港—上海洋山 | 每周二、周五 | 5天 | 2,150元 | 3,600元 | 95元/立方米 |'
h_tc = '| 黄石新港—太仓 | 每周三 | 4.5天 | 1,980元 | 3,300元 | 90元/立方米 |'
h_nb = '| 黄石新港—宁波舟山 | 每周六 | 7天 | 2,480元 | 4,100元 | 不接受拼箱 |'
h_note = '运价为驳船段港到港价格，不含远洋段运费、码头操作费和报关费'
h_low = '枯水期（12月1日至次年3月31日）另加收枯水附加费，20英尺箱每箱300元'
h_cut = '截载时间为开航前一日16:00，危险品一律不予受理'
h_r1 = '一是部分卖家对江海联运中转环节多、装卸次数多的特点认识不足，'
h_r2 = '仍按公路运输的标准包装货物；二是公司此前对货代订舱缺少实名核验'

Q('zh', 'date', '黄石新港的跨境电商江海快班是什么时候开的？', [['2021年9月']], ['快班于2021年9月开通'], H)
Q('en', 'figure', 'How many TEU of cross-border e-commerce cargo did the Huangshi express barge carry in 2024, and what was the growth?', [['1.26万标箱'], ['22.3%']], [h_2024], H)
Q('zh', 'figure', '今年上半年黄石快班运了多少标箱？增长多少？', [['0.71万标箱'], ['18.3%']], ['2025年1—6月运送0.71万标箱，同比增长18.3%'], H)
Q('zh', 'figure', '黄石快班2024年的准班率是多少？', [['93.5%']], ['2024年快班准班率为93.5%，比2023年提高4.1个百分点'], H)
Q('en', 'figure', 'On the Huangshi express barge, what share of the e-commerce cargo was 9810 export to overseas warehouses?', [['57%']], ['以9810方式出口至海外仓的占57%，以9710方式出口的占43%'], H)
Q('zh', 'list', '黄石快班上跑的跨境电商货主要是哪些商品？', [['服装'], ['小家电'], ['汽车配件'], ['模具钢材制品']], ['主要商品为服装、小家电、汽车配件和模具钢材制品'], H)
Q('en', 'definition', 'What is the "cut-off time" in the Huangshi express barge notice?', [['卖家货物须进入黄石新港堆场的最晚时间']], ['卖家货物须进入黄石新港堆场的最晚时间，超过截载时间的货物顺延至下一班'], H)
Q('zh', 'definition', '通知里说的"快班"是什么意思？货没装满也开吗？', [['不论是否满载均按时开航']], ['按固定班期、固定挂靠港开行，不论是否满载均按时开航的驳船班轮'], H)
Q('en', 'definition', 'How does the Huangshi shipping company define LCL cargo, and how is it charged?', [['不足一个20英尺标准集装箱'], ['按立方米计费']], ['单票货物不足一个20英尺标准集装箱、由公司统一装箱的货物，按立方米计费'], H)
Q('zh', 'figure', '从黄石新港走快班到上海洋山，20尺整箱多少钱？', [['2,150元']], [h_ys], H)
Q('en', 'figure', 'What is the 40-foot container rate from Huangshi Xingang to Taicang?', [['3,300元']], [h_tc], H)
Q('en', 'yesno', 'Can I send a few cubic metres of LCL cargo on the Huangshi to Ningbo-Zhoushan line?', [['不接受拼箱']], [h_nb], H)
Q('zh', 'date', '黄石到太仓那条线每周几开？', [['每周三']], [h_tc], H)
Q('zh', 'list', '黄石快班2025年开了哪几条航线？', [['上海洋山'], ['太仓'], ['宁波舟山']], [h_ys, h_tc, h_nb], H)
Q('zh', 'date', '快班的新运价从哪天开始执行？', [['2025年3月1日']], ['运价自2025年3月1日起执行'], H)
Q('en', 'list', "What costs are NOT included in the Huangshi express barge rates?", [['远洋段运费'], ['码头操作费'], ['报关费']], [h_note], H)
Q('zh', 'figure', '冬天枯水期走黄石快班，20尺箱要多交多少钱？', [['每箱300元']], [h_low], H)
Q('zh', 'date', '货最晚什么时候要进黄石新港堆场？', [['开航前一日16:00']], [h_cut], H)
Q('en', 'yesno', 'Does the Huangshi express barge take dangerous goods?', [['危险品一律不予受理']], [h_cut], H)
Q('zh', 'figure', '拼箱货一票最少多少、最多多少立方米？', [['2立方米'], ['15立方米']], ['拼箱货单票不少于2立方米、不超过15立方米'], H)
Q('en', 'list', 'For a 9810 shipment to an overseas warehouse, what must I write in the Huangshi booking?', [['海外仓地址'], ['收货人']], ['以9810方式出口至海外仓的货物，须在订舱时注明海外仓地址和收货人'], H)
Q('zh', 'list', '黄石快班今年有哪些优惠？', [['每箱150元返还运费'], ['八折'], ['优先保障舱位']], ['按20英尺箱每箱150元返还运费', '首次使用快班的卖家，首票拼箱运价按八折计收', '在9月至11月旺季优先保障舱位'], H)
Q('en', 'list', 'What problems did the Huangshi shipping company see in its 2024 service?', [['申报品名与实际货物不符'], ['包装强度不足'], ['囤积舱位后转售']], ['部分卖家申报品名与实际货物不符', '部分拼箱货包装强度不足', '个别货代在旺季囤积舱位后转售'], H)
Q('zh', 'figure', '2024年黄石快班因为外箱破损理赔了多少起？', [['37起']], ['2024年共发生破损理赔37起'], H)
Q('zh', 'reason', '通知说2024年那些问题主要是什么原因造成的？', [['中转环节多、装卸次数多的特点认识不足'], ['缺少实名核验']], [h_r1, h_r2], H)
Q('en', 'reason', 'Why were so many LCL cartons damaged on the Huangshi express in 2024?', [['包装强度不足'], ['按公路运输的标准包装货物']], ['部分拼箱货包装强度不足，中转过程中出现外箱破损', h_r1, h_r2], H)
Q('en', 'reason', 'Why did some sellers on the Huangshi line end up paying more than the listed rate?', [['囤积舱位后转售']], ['个别货代在旺季囤积舱位后转售，抬高了卖家实际支付的运价'], H)
Q('zh', 'figure', '现在一个货代账号每班最多能订多少标箱？', [['20标箱']], ['每个货代账户每班订舱不得超过20标箱'], H)
Q('en', 'date', 'My goods were damaged on the barge leg from Huangshi. How long do I have to claim, and how soon will they answer?', [['7日内'], ['30日内']], ['卖家应在货物交付之日起7日内提出书面索赔，公司在收到完整材料后30日内答复'], H)
Q('zh', 'figure', '驳船段货丢了，一个20尺箱最多赔多少？', [['3万元']], ['每个20英尺箱最高赔偿3万元'], H)
Q('en', 'yesno', 'Can I follow the ocean leg of my Huangshi shipment on the booking platform?', [['远洋段位置须向远洋船公司查询']], ['卖家可在订舱平台查询驳船段实时位置，远洋段位置须向远洋船公司查询'], H)

U('zh', 'figure', '枯水期40英尺箱的枯水附加费是多少？')
U('en', 'figure', 'What is the ocean freight from Yangshan to Europe for a 20-foot box booked through the Huangshi express?')
U('zh', 'figure', '鄂东江海航运计划2026年快班运送多少标箱？')
U('en', 'figure', 'How much is the terminal handling charge at Huangshi Xingang per container?')
U('zh', 'figure', '2024年黄石快班运送的跨境电商货物货值是多少亿元？')
U('en', 'figure', 'What is the maximum compensation for a lost 40-foot container on the Huangshi barge leg?')
U('zh', 'figure', '第一次用黄石快班发整箱，首票整箱运价打几折？')
U('zh', 'reason', '为什么黄石快班2025年上半年的增速比2024年全年低？')

# ---------------------------------------------------------------- Chizhou (html)
c_q3 = '2025年第三季度，池州港完成跨境电商江海联运出口集装箱1,860标箱，同比增长41.2%，出口货值4.37亿元'
c_ytd = '1—9月累计完成4,720标箱，货值11.2亿元，已完成全年6,500标箱目标的72.6%'
c_mkt = '从目的市场看，第三季度出口至东盟的占31%，至欧盟的占24%，至中东的占17%，至拉美的占15%，至其他地区的占13%'
c_la1 = '至拉美的出口同比增长87%，增速居各市场之首，主要是因为8月新开通了经宁波舟山港中转、'
c_la2 = '直航墨西哥曼萨尼约港的航线'
c_li1 = '池州港集拼中心二期于2025年7月投入使用，拼箱处理能力由每月200标箱提高到每月450标箱。'
c_li2 = '"池州—洋山"驳船班期由每周2班增加到每周4班。'
c_li3 = '市财政对跨境电商江海联运出口按每标箱200元给予运费补贴。'
c_li4 = '东至县、青阳县新引进跨境电商企业23家。'
c_p1 = '回程空箱不足，9月空箱缺口约占需求的20%。'
c_p2 = '池州港至洋山港段缺少冷藏箱运输能力，茶叶等对温湿度敏感的商品只能走公路。'
c_p3 = '部分企业不熟悉9810申报，海外仓备案材料退回率较高。'
c_p4 = '港区与城区之间的集卡短驳费用偏高，每标箱约380元。'

Q('en', 'figure', 'How many TEU of cross-border e-commerce river-sea exports did Chizhou port handle in Q3 2025, and how fast did it grow?', [['1,860标箱'], ['41.2%']], [c_q3], C)
Q('zh', 'figure', '池州港三季度跨境电商江海联运出口货值多少？', [['4.37亿元']], [c_q3], C)
Q('en', 'figure', 'What did Chizhou port handle from January to September 2025, in TEU and in value?', [['4,720标箱'], ['11.2亿元']], [c_ytd], C)
Q('zh', 'figure', '池州港今年全年目标是多少标箱？到9月完成了多少比例？', [['6,500标箱'], ['72.6%']], [c_ytd], C)
Q('en', 'figure', 'How many TEU did Chizhou port complete in the whole of 2024?', [['5,310标箱']], ['2024年全年完成5,310标箱'], C)
Q('zh', 'figure', '池州港从2021年做跨境电商江海联运到现在累计多少标箱了？', [['1.52万标箱']], ['自2021年池州港开展跨境电商江海联运业务以来，累计完成1.52万标箱'], C)
Q('en', 'figure', 'In Q3 2025, how much of the Chizhou volume was 9810 export to overseas warehouses?', [['1,130标箱'], ['60.8%']], ['第三季度以9810方式出口至海外仓的1,130标箱，占60.8%'], C)
Q('en', 'definition', 'What is the "in-port consolidation rate" in the Chizhou brief?', [['在池州港集拼中心完成装箱的拼箱货物标箱数占跨境电商江海联运出口总标箱数的比例']], ['是指在池州港集拼中心完成装箱的拼箱货物标箱数占跨境电商江海联运出口总标箱数的比例'], C)
Q('zh', 'figure', '三季度池州港内集拼率是多少，比二季度高了多少？', [['38%'], ['6个百分点']], ['第三季度港内集拼率为38%，比第二季度提高6个百分点'], C)
Q('en', 'definition', 'Which customs declaration modes count as cross-border e-commerce river-sea export in the Chizhou statistics?', [['9710或9810']], ['是指在池州港装船、经长江运至沿海港口换装远洋船舶出境，并以9710或9810方式申报的跨境电商出口货物'], C)
Q('zh', 'figure', '东至县三季度出了多少标箱，同比涨了多少？', [['460'], ['52.3%']], ['东至县', '460', '52.3%'], C)
Q('en', 'figure', 'How many TEU did Qingyang County ship from January to September 2025?', [['790']], ['青阳县', '790'], C)
Q('zh', 'list', '池州经开区走江海联运出口的主要是什么商品？', [['半导体封装材料'], ['汽车配件']], ['池州经济技术开发区', '半导体封装材料、汽车配件'], C)
Q('en', 'place', 'Which district or county in Chizhou had the fastest Q3 growth?', [['东至县']], ['东至县', '52.3%'], C)
Q('zh', 'list', '池州的分区县表里列了哪几个区县？', [['贵池区'], ['东至县'], ['青阳县'], ['池州经济技术开发区']], ['贵池区', '东至县', '青阳县', '池州经济技术开发区'], C)
Q('zh', 'figure', '经宁波舟山港中转的三季度有多少标箱？全程平均几天？', [['560'], ['21']], ['经宁波舟山港水水中转', '560', '21'], C)
Q('zh', 'figure', '三季度池州出口到拉美的占多少？同比涨了多少？', [['15%'], ['87%']], [c_mkt, c_la1], C)
Q('en', 'reason', 'Why did Chizhou exports to Latin America grow fastest in Q3?', [['8月新开通'], ['墨西哥曼萨尼约港']], [c_la1, c_la2], C)
Q('zh', 'reason', '池州三季度发欧盟的货为什么少了？', [['中欧班列']], ['至欧盟的出口同比下降5%，主要是部分卖家将发往欧洲的货物改由中欧班列运输'], C)
Q('en', 'list', 'Which destination markets does the Chizhou brief break Q3 exports into?', [['东盟'], ['欧盟'], ['中东'], ['拉美']], [c_mkt], C)
Q('zh', 'reason', '池州三季度出口增长快，主要靠哪些方面？', [['集拼中心二期'], ['每周4班'], ['每标箱200元'], ['新引进跨境电商企业23家']], [c_li1, c_li2, c_li3, c_li4], C)
Q('en', 'figure', 'After phase two of the Chizhou consolidation centre opened, what was its monthly LCL capacity, and what was it before?', [['每月450标箱'], ['每月200标箱']], [c_li1], C)
Q('zh', 'figure', '池州市财政对江海联运出口每标箱补多少运费？', [['每标箱200元']], [c_li3], C)
Q('en', 'list', 'What problems does the Chizhou brief list for river-sea cross-border exports?', [['回程空箱不足'], ['缺少冷藏箱运输能力'], ['不熟悉9810申报'], ['集卡短驳费用偏高']], [c_p1, c_p2, c_p3, c_p4], C)
Q('zh', 'reason', '池州港空箱为什么不够？', [['进口重箱少'], ['回程调运空箱的意愿不强']], ['空箱不足的主要原因是池州港进口重箱少，船公司回程调运空箱的意愿不强。'], C)
Q('zh', 'reason', '池州的茶叶为什么不走江海联运只能走公路？', [['缺少冷藏箱运输能力']], [c_p2], C)
Q('en', 'reason', 'Why are many overseas-warehouse filing documents returned to Chizhou firms?', [['不熟悉9810申报']], [c_p3], C)
Q('zh', 'list', '池州四季度下一步打算做哪些事？', [['空箱调配点'], ['9810申报培训'], ['前置仓'], ['共同分担']], ['一是争取船公司在池州港设立空箱调配点', '二是联合市商务局举办9810申报培训', '三是推动贵池区、东至县企业与宁波舟山港共建"前置仓"', '研究由港口企业和财政共同分担'], C)

U('zh', 'figure', '石台县三季度跨境电商江海联运出口多少标箱？')
U('en', 'figure', 'How many TEU of cross-border e-commerce imports came into Chizhou port in Q3 2025?')
U('zh', 'figure', '池州港2025年第二季度完成了多少标箱？')
U('en', 'figure', "What was Guichi District's Q3 2025 export value in yuan?")
U('zh', 'figure', '池州港2026年的跨境电商江海联运出口目标是多少？')
U('en', 'figure', 'What share of Chizhou river-sea CBEC exports was 9810 in the whole of 2024?')
U('zh', 'list', '池州港跨境电商江海联运合作的船公司有哪几家？')
U('en', 'reason', 'Why did Guichi District grow more slowly than the other areas in Q3?')

# ---------------------------------------------------------------- Zongyang (pdf, text in docs_src)
z_q = '共向县内126家跨境电商卖家发放问卷，回收有效问卷104份，有效回收率82.5%'
z_24 = '2024年，全县跨境电商出口额9.6亿元，同比增长24.7%，其中第四季度出口3.1亿元'
z_use = '2024年全县卖家的江海联运使用率为41%，比2023年的29%提高12个百分点'
z_r1 = '一是枞阳港区于2024年5月开通至铜陵港主港区的集装箱短驳航线'
z_r2 = '二是县商务局与船公司签订年度舱位协议，为县内卖家每月保障60标箱舱位'
z_r3 = '三是县财政对使用江海联运的卖家按每标箱150元给予补贴'
z_b1 = '一是在枞阳港区建设小型集拼点，为单次出货不足5立方米的卖家'
z_b2 = '提供拼箱服务，力争2025年集拼量达到800标箱；'

Q('en', 'figure', 'How many sellers got the Zongyang questionnaire, and how many valid answers came back?', [['126家'], ['104份']], [z_q], Z)
Q('zh', 'figure', '枞阳这次问卷的有效回收率是多少？', [['82.5%']], [z_q], Z)
Q('zh', 'date', '枞阳县商务局这次调查是什么时候做的？', [['2024年11月至12月']], ['本次调查由枞阳县商务局于2024年11月至12月组织开展'], Z)
Q('en', 'definition', 'How does the Zongyang survey define the river-sea usage rate?', [['按货值计算所占的比例']], ['所称"江海联运使用率"，是指卖家全年出口货物中经长江水运再换装远洋船舶出境的部分按货值计算所占的比例'], Z)
Q('zh', 'definition', '枞阳报告里的"县内跨境卖家"指哪些？', [['在枞阳县注册'], ['2024年有跨境电商出口实绩']], ['本报告所称"县内跨境卖家"，是指在枞阳县注册、2024年有跨境电商出口实绩的企业和个体工商户'], Z)
Q('en', 'figure', "What was Zongyang County's cross-border e-commerce export value in 2024, and its growth?", [['9.6亿元'], ['24.7%']], [z_24], Z)
Q('zh', 'figure', '枞阳2024年四季度跨境电商出口多少？', [['3.1亿元']], [z_24], Z)
Q('en', 'figure', "What were Zongyang's cross-border e-commerce exports in 2023?", [['7.7亿元']], ['2023年全县跨境电商出口额7.7亿元'], Z)
Q('zh', 'figure', '枞阳2020到2024年跨境电商累计出口多少？', [['28.4亿元']], ['2020年至2024年全县累计出口28.4亿元'], Z)
Q('zh', 'figure', '枞阳卖家的江海联运使用率2024年是多少？2023年呢？', [['41%'], ['29%']], [z_use], Z)
Q('en', 'list', 'What are the main export products of Zongyang cross-border sellers?', [['户外家具'], ['竹木制品'], ['汽车配件'], ['服装']], ['主要出口商品为户外家具、竹木制品、汽车配件和服装'], Z)
Q('zh', 'figure', '枞阳受访卖家里卖北美的占多少？', [['45%']], ['受访卖家中，销往北美的占45%'], Z)
Q('en', 'figure', 'In Zongyang, how does the river-sea usage rate of big sellers (over 10 million yuan) compare with sellers under 1 million?', [['63%'], ['12%']], ['按卖家规模看，年出口额1000万元以上的卖家江海联运使用率为63%，年出口额100万元以下的卖家仅为12%'], Z)
Q('zh', 'list', '枞阳哪几个镇的跨境卖家最多？', [['枞阳镇'], ['汤沟镇'], ['横埠镇']], ['从所在乡镇看，枞阳镇、汤沟镇、横埠镇的卖家数量最多，三镇合计占全县受访卖家的61%'], Z)
Q('en', 'figure', 'What share of Zongyang sellers\' exports went by road in 2023 and in 2024?', [['52%'], ['43%']], [line(Z, '公路运输占比\u3000')], Z)
Q('zh', 'figure', '枞阳卖家2024年物流成本占货值多少？', [['9.6%']], [line(Z, '物流成本占货值比例\u3000')], Z)
Q('zh', 'list', '枞阳那张表里按哪几种运输方式统计？', [['江海联运'], ['公路运输'], ['铁路运输'], ['航空及快递']], [line(Z, '江海联运使用率\u3000'), line(Z, '公路运输占比\u3000'), line(Z, '铁路运输占比\u3000'), line(Z, '航空及快递占比\u3000')], Z)
Q('en', 'reason', 'Why did more Zongyang sellers use the river-sea route in 2024?', [['集装箱短驳航线'], ['60标箱舱位'], ['每标箱150元']], [z_r1, z_r2, z_r3], Z)
Q('zh', 'date', '枞阳港区到铜陵港的集装箱短驳航线哪个月开的？', [['2024年5月']], [z_r1], Z)
Q('en', 'reason', "Why did Zongyang sellers' logistics cost as a share of goods value fall?", [['单件运费下降了约三分之一']], ['物流成本占比下降，主要是因为户外家具等大件商品由公路改走水路后，单件运费下降了约三分之一'], Z)
Q('zh', 'reason', '枞阳走铁路的比例为什么降了一点？', [['中欧班列运价上涨']], ['铁路运输占比略有下降，主要是中欧班列运价上涨，部分销往欧盟的货物改走江海联运'], Z)
Q('en', 'list', 'What problems did Zongyang sellers report with river-sea shipping?', [['时效较长'], ['小批量出运难'], ['退货回流难'], ['专业人才缺乏']], ['（一）时效较长', '（二）小批量出运难', '（三）退货回流难', '（四）专业人才缺乏'], Z)
Q('zh', 'figure', '从枞阳到洋山走水路要几天？比公路多几天？', [['6天'], ['4天']], ['从枞阳到上海洋山港的水路运输平均需要6天，比公路运输多4天'], Z)
Q('zh', 'figure', '枞阳受访卖家里有专职懂9810申报的人的占多少？', [['18%']], ['仅有18%的受访卖家配备了熟悉9810申报和海外仓备案的专职人员'], Z)
Q('en', 'list', 'What kinds of support do Zongyang sellers want most, in order?', [['拼箱服务'], ['物流补贴'], ['报关培训']], ['受访卖家最希望得到的支持依次为：拼箱服务（67%）、物流补贴（58%）、报关培训（41%）'], Z)
Q('zh', 'reason', '枞阳没用江海联运的卖家，主要是什么原因不用？', [['不了解订舱流程'], ['货量太小']], ['没有使用江海联运的卖家中，有53%表示主要原因是不了解订舱流程，有29%表示货量太小'], Z)
Q('en', 'figure', 'What consolidation volume does the Zongyang report aim for at the new small consolidation point in 2025?', [['800标箱']], [z_b1, z_b2], Z)
Q('zh', 'figure', '枞阳建议把江海联运补贴提高到每标箱多少？', [['每标箱200元']], ['二是将江海联运补贴由每标箱150元提高到每标箱200元，并将拼箱货物纳入补贴范围'], Z)
Q('en', 'list', 'What does the Zongyang commerce bureau recommend?', [['小型集拼点'], ['补贴'], ['退货回流'], ['物流课程']], [z_b1, '二是将江海联运补贴由每标箱150元提高到每标箱200元', '三是探索"海外仓+江海联运"退货回流模式', '四是联合省内职业院校开设跨境电商物流课程'], Z)
Q('zh', 'date', '枞阳县商务局什么时候前要对建议落实情况做跟踪评估？', [['2025年6月底前']], ['县商务局将于2025年6月底前对上述建议的落实情况开展一次跟踪评估'], Z)
Q('en', 'reason', 'Why do Zongyang sellers have to sell returned goods abroad at a discount?', [['经长江运回的渠道尚未建立']], ['海外退货经长江运回的渠道尚未建立，退货只能在海外折价处理'], Z)

U('zh', 'figure', '枞阳县2024年跨境电商进口额是多少？')
U('en', 'figure', "What were Zongyang's cross-border e-commerce exports in the third quarter of 2024?")
U('zh', 'figure', '枞阳县定的2025年跨境电商出口目标是多少亿元？')
U('en', 'figure', 'How much did sellers in Tanggou town export through cross-border e-commerce in 2024?')
U('zh', 'figure', '枞阳县2022年跨境电商出口额是多少？')
U('en', 'figure', 'What does a TEU cost to ship from the Zongyang port area to Yangshan?')
U('zh', 'place', '枞阳县商务局是跟哪家船公司签的年度舱位协议？')
U('en', 'list', 'Which vocational colleges will run the cross-border logistics course for Zongyang sellers?')
U('zh', 'date', '枞阳港区的小型集拼点什么时候建成投用？')

# ---------------------------------------------------------------- Durban (docx, text in docs_src)
d_24 = 'In 2024, 212 active member importers bought goods worth R1.34 billion from Yangtze river port sellers, up 19% from 2023'
d_tp = '62% were transferred to ocean vessels at Shanghai Yangshan, 27% at Ningbo-Zhoushan and 11% at Taicang'
d_cat = 'Home textiles made up 31% of the value bought, furniture 24%, small household appliances 19%, hardware and tools 14% and other goods 12%'
d_b1 = 'First, barge services from the middle Yangtze to Yangshan became more frequent,'
d_b2 = 'so containers waited less time at the river port.'
d_tax = 'which let them claim their export tax refund as soon as the barge left and made them willing to ship full containers earlier instead of waiting for a bigger order'
d_excl = 'They do not include South African port charges, customs duties or VAT'

Q('zh', 'date', '德班那个分销商理事会的采购指南是哪天发的？', [['14 March 2025']], ['Issued in Durban on 14 March 2025'], D)
Q('en', 'other', "Who chairs the Sourcing Committee that prepared the KwaZulu-Natal council's buyer guide?", [['Ms Thandeka Mbatha']], ['chaired by Ms Thandeka Mbatha'], D)
Q('zh', 'list', '南非那份指南主要说的是长江哪几个港口城市的卖家？', [['Yueyang'], ['Huangshi'], ['Jingzhou']], ['mainly Yueyang, Huangshi and Jingzhou'], D)
Q('en', 'place', 'In which South African cities are the members this Yangtze sourcing guide is written for?', [['Durban'], ['Pietermaritzburg'], ['Richards Bay']], ['This guide is for member distributors in Durban, Pietermaritzburg and Richards Bay'], D)
Q('zh', 'definition', '德班指南里的"landed lead time"从哪天算到哪天？', [["from the day the seller confirms dispatch to the day the goods are released from the Durban container terminal"]], ["Landed lead time: the number of days from the day the seller confirms dispatch to the day the goods are released from the Durban container terminal"], D)
Q('en', 'definition', 'What makes a council member an "active member importer"?', [['at least four orders']], ['a Council member that placed at least four orders with Yangtze river port sellers during the calendar year'], D)
Q('zh', 'figure', '2024年德班这些会员从长江沿岸港口卖家买了多少货？比2023年涨多少？', [['R1.34 billion'], ['19%']], [d_24], D)
Q('zh', 'figure', '2024年第四季度德班会员采购了多少？', [['R410 million']], ['Of this, R410 million was bought in the fourth quarter alone'], D)
Q('en', 'figure', 'How much did the KwaZulu-Natal members buy from river port sellers in Q1 2025?', [['R298 million']], ['In the first quarter of 2025, members bought R298 million'], D)
Q('zh', 'figure', '从2021年开始统计到现在，德班会员累计买了多少？', [['R4.05 billion']], ['members have bought a cumulative R4.05 billion'], D)
Q('en', 'figure', "What is the Durban council's purchasing target, and for which year?", [['R2 billion a year by 2027']], ["The Council's target is R2 billion a year by 2027"], D)
Q('en', 'list', 'At which coastal ports were the containers for Durban members moved onto ocean ships?', [['Shanghai Yangshan'], ['Ningbo-Zhoushan'], ['Taicang']], [d_tp], D)
Q('zh', 'figure', '运往德班的货柜有多少比例是在宁波舟山换船的？', [['27%']], [d_tp], D)
Q('en', 'list', 'What product groups did the Durban members buy from Yangtze river port sellers?', [['Home textiles'], ['furniture'], ['small household appliances'], ['hardware and tools']], [d_cat], D)
Q('en', 'figure', 'What were the landed lead times from Huangshi to Durban in 2023 and 2024?', [['44'], ['39']], ['Huangshi', '44', '39'], D)
Q('zh', 'figure', '2024年从岳阳城陵矶发一个标箱到德班平均运费多少美元？', [['2,380']], ['Yueyang (Chenglingji)', '2,380'], D)
Q('zh', 'figure', '作为对比，沿海卖家2024年到德班的交货期是几天？', [['31']], ['Coastal sellers (comparison)', '31'], D)
Q('zh', 'list', '指南里的运费数字不包括哪些费用？', [['South African port charges'], ['customs duties'], ['VAT']], [d_excl], D)
Q('zh', 'reason', '2024年从长江港口到德班的交货期为什么缩短了？', [['more frequent'], ['departure-port tax refund'], ['direct call at Durban']], [d_b1, d_b2, 'Second, more sellers used departure-port tax refund arrangements', 'Third, two shipping lines added a direct call at Durban'], D)
Q('en', 'reason', 'Why does Jingzhou still have the longest lead time to Durban?', [['by truck to another river port'], ['about four days']], ['most Jingzhou sellers first send their goods by truck to another river port before the barge leg begins, which adds about four days'], D)
Q('zh', 'place', '2024年年中船公司加挂德班后，省掉的是在哪里的中转？', [['Singapore'], ['Port Louis']], ['which removed a transshipment in Singapore or Port Louis'], D)
Q('en', 'reason', 'How did the departure-port tax refund make river port sellers ship sooner?', [['claim their export tax refund as soon as the barge left']], [d_tax], D)
Q('zh', 'reason', '德班会员为什么愿意从长江港口的卖家买货？', [['8% to 12% cheaper ex-works'], ['mixed containers']], ['goods were on average 8% to 12% cheaper ex-works than similar goods from coastal sellers', 'river port sellers were more willing to accept mixed containers with several product lines'], D)
Q('en', 'list', 'Which problems did Durban members report in the 2024 survey?', [['Dry-season delays'], ['Poor tracking'], ['Damaged cartons'], ['Higher minimum order quantities'], ['Late test reports']], ['(a) Dry-season delays', '(b) Poor tracking', '(c) Damaged cartons', '(d) Higher minimum order quantities', '(e) Late test reports'], D)
Q('zh', 'figure', '德班这次会员调查有多少会员回答？', [['164']], ["In the Council's 2024 member survey, answered by 164 members"], D)
Q('zh', 'figure', '德班受访会员里多少比例受到枯水期延误影响？', [['58%']], ['Dry-season delays between December and March, when barges carry less cargo and some sailings are cancelled; 58% of respondents were affected'], D)
Q('en', 'reason', 'Why do some river port sellers raise minimum order quantities for Durban buyers?', [['sellers want to fill a whole container']], ['Higher minimum order quantities, because sellers want to fill a whole container before shipping'], D)
Q('zh', 'reason', '德班会员收到的纸箱为什么常常坏？', [['pack goods for road transport']], ['Damaged cartons, because some sellers pack goods for road transport and not for several transfers between barge, terminal and ship'], D)
Q('en', 'list', 'What does the Durban council recommend members do before ordering from river ports?', [['three weeks earlier'], ['through bill of lading'], ['export-grade packaging'], ['consolidation desk']], ['at least three weeks earlier than usual', 'a through bill of lading that covers the whole route from the river port to Durban', 'write export-grade packaging', "pool small orders with other members through the Council's consolidation desk"], D)
Q('zh', 'list', '德班理事会建议写进采购合同的出口级包装包括哪些？', [['five-layer cartons'], ['corner protectors']], ['write export-grade packaging, such as five-layer cartons and corner protectors, into the purchase contract'], D)
Q('en', 'figure', "What handling fee does the council's consolidation desk charge?", [['USD 18 per cubic metre']], ['The consolidation desk charges members a handling fee of USD 18 per cubic metre'], D)
Q('zh', 'figure', '德班理事会的拼箱台多久从黄石和岳阳订一次拼箱？', [['every two weeks']], ['which books shared containers from Huangshi and Yueyang every two weeks'], D)
Q('zh', 'yesno', '通过沿海城市的贸易代理买的货算不算在德班的统计里？', [['only when the goods were loaded at a Yangtze river port']], ['Purchases made through trading agents in coastal cities are included only when the goods were loaded at a Yangtze river port'], D)

U('en', 'figure', 'How much did the Durban council members buy from river port sellers in the second quarter of 2024?')
U('zh', 'figure', '2024年德班会员从沿海卖家采购了多少兰特？')
U('en', 'figure', 'What was the average freight per TEU from Yueyang to Durban in 2023?')
U('zh', 'figure', '从池州发货到德班的平均交货期是多少天？')
U('en', 'figure', "What is the Durban council's purchase target for 2025?")
U('zh', 'figure', '德班港的港口费每个标箱大概多少？')
U('en', 'place', 'Which two shipping lines added a direct Durban call to their Shanghai to Africa services in 2024?')
U('zh', 'reason', '为什么2024年德班理事会的活跃会员数量比2023年多了？')

# ---------------------------------------------------------------- Perth (txt)
p_h1 = 'In the first half of 2025, 138 members placed 2,460 orders with river port sellers, worth AUD 61.8 million'
p_q2 = 'In the second quarter alone, members placed 1,390 orders worth AUD 35.2 million'
p_b1 = 'Second, one ocean carrier began calling at Fremantle directly from Shanghai in February 2025,'
p_b2 = 'instead of transshipping in Singapore.'
p_ports = "71% came through Shanghai Yangshan, 18% through Ningbo-Zhoushan and 11% on river-sea vessels that loaded at Ma'anshan and sailed without changing ships"
p_furn = '| Outdoor furniture | 29% | 6.8% | 4.1% |'
p_light = '| Lighting | 16% | 7.4% | 6.9% |'
p_copper = '| Copper cookware and fittings | 17% | 3.5% | 2.6% |'

Q('zh', 'date', '珀斯那个小进口商协会的这份说明是哪天发的？', [['12 August 2025']], ['Issued in Perth, 12 August 2025'], P)
Q('en', 'other', "Who leads the Association's Trade Services Desk in Perth?", [['Mr Callum Fraser']], ['desk lead: Mr Callum Fraser'], P)
Q('zh', 'list', '西澳那份说明提到会员主要从长江哪几个港口城市的卖家买货？', [["Ma'anshan"], ['Tongling'], ['Huangshi']], ["in particular Ma'anshan, Tongling and Huangshi"], P)
Q('en', 'definition', 'How does the Western Australian association define door-to-door time?', [["from the seller's dispatch notice to delivery at the member's warehouse in the Perth metropolitan area"]], ["Door-to-door time: the number of days from the seller's dispatch notice to delivery at the member's warehouse in the Perth metropolitan area"], P)
Q('zh', 'definition', '珀斯协会说的索赔率（claim rate）怎么算？', [['divided by the number of orders received']], ['the number of orders with a damage or shortage claim, divided by the number of orders received, in per cent'], P)
Q('en', 'definition', 'what is a "river port seller" for the Perth importers?', [['loaded onto a barge or river-sea vessel at an inland Yangtze port']], ['an online seller whose goods are loaded onto a barge or river-sea vessel at an inland Yangtze port, rather than at a coastal port'], P)
Q('zh', 'figure', '2025年上半年西澳会员向长江港口卖家下了多少单、多少钱？', [['2,460 orders'], ['AUD 61.8 million']], [p_h1], P)
Q('en', 'figure', 'How many orders, and worth how much, did Perth members place in Q2 2025 alone?', [['1,390 orders'], ['AUD 35.2 million']], [p_q2], P)
Q('zh', 'figure', '2024全年西澳会员下了多少单？金额多少？', [['4,120 orders'], ['AUD 97.5 million']], ['In the whole of 2024, 117 members placed 4,120 orders worth AUD 97.5 million'], P)
Q('zh', 'figure', '珀斯协会的目标是到2026年有多少会员从长江港口卖家买货？', [['at least 200 members']], ["The Association's goal is that by 2026 at least 200 members buy from river port sellers"], P)
Q('en', 'figure', 'How long was the average door-to-door time for WA members in H1 2025, versus 2024?', [['34 days'], ['39 days']], ['The average door-to-door time was 34 days in the first half of 2025, compared with 39 days in 2024'], P)
Q('zh', 'figure', '发到弗里曼特尔的货有多少是在马鞍山装江海直达船、不换船的？', [['11%']], [p_ports], P)
Q('zh', 'figure', '灯具2025年上半年的索赔率是多少？', [['6.9%']], [p_light], P)
Q('en', 'list', 'Which product types are listed in the Perth table of orders?', [['Outdoor furniture'], ['Steel tools and hardware'], ['Copper cookware and fittings'], ['Lighting']], [p_furn, '| Steel tools and hardware | 24% | 2.2% | 1.9% |', p_copper, p_light], P)
Q('zh', 'place', '铜制厨具主要是哪个地方的卖家供的？钢制工具呢？', [['Tongling'], ["Ma'anshan"]], ["copper goods come mainly from Tongling sellers and steel goods mainly from Ma'anshan sellers"], P)
Q('en', 'reason', 'Why did door-to-door time for Perth importers drop by five days?', [['fixed weekly sailings'], ['calling at Fremantle directly']], ['First, the main barge operators on the lower Yangtze moved to fixed weekly sailings, so sellers could give a firm loading date', p_b1, p_b2], P)
Q('zh', 'date', '从上海直靠弗里曼特尔的远洋航线是什么时候开始的？', [['February 2025']], [p_b1, p_b2], P)
Q('en', 'reason', 'Why did claims for outdoor furniture fall the most?', [['packaging checklist']], ["Claims for outdoor furniture fell the most, because the Association's packaging checklist, sent to sellers in late 2024, asked for stronger crates and moisture barriers"], P)
Q('zh', 'reason', '为什么灯具的索赔率几乎没降？', [['glass parts still break'], ['have not changed their packaging']], ['The reason is that glass parts still break when containers are moved between barge and ship, and most lighting sellers have not changed their packaging'], P)
Q('en', 'list', 'What four problems did Perth members report in the first half of 2025?', [['Slow replies to claims'], ['Unclear freight terms'], ['Low water'], ['Documents']], ['(1) Slow replies to claims', '(2) Unclear freight terms', '(3) Low water', '(4) Documents'], P)
Q('zh', 'figure', '西澳会员索赔一般要等多少天才有答复（中位数）？', [['47 days']], ['members wait a median of 47 days for an answer'], P)
Q('en', 'reason', 'According to the WA importers, what is the root cause of most of these problems?', [['sold and managed by different companies']], ['the river leg and the ocean leg are sold and managed by different companies, and no one takes responsibility for the whole journey'], P)
Q('zh', 'reason', '卖家报FOB马鞍山的价格，对西澳买家有什么麻烦？', [['leaves the member to arrange the transfer at the coastal port']], ['some sellers quote FOB Ma\'anshan or FOB Huangshi, which leaves the member to arrange the transfer at the coastal port without knowing it'], P)
Q('en', 'reason', 'Why were two members\' containers held at the river port in January and February?', [['barges were loading less cargo']], ['in January and February, two members had containers held at the river port for more than ten days because barges were loading less cargo'], P)
Q('en', 'reason', 'why questions at Australian border about some invoices?', [['named the river port as the port of loading while the bill of lading named Shanghai']], ['several members received commercial invoices that named the river port as the port of loading while the bill of lading named Shanghai, which caused questions at the Australian border'], P)
Q('zh', 'list', '西澳协会给会员提了哪些建议？', [['CIF Fremantle or DAP'], ['through bill of lading'], ['photos of the packed goods'], ['before mid-November'], ['Trade Services Desk']], ['Ask for prices on CIF Fremantle or DAP terms', 'Ask the seller for one through bill of lading from the river port to Fremantle', 'ask for photos of the packed goods before the barge leaves', 'order before mid-November instead', 'Report every claim to the Trade Services Desk as well'], P)
Q('en', 'date', 'When will the Perth association hold its online briefing on through bills of lading?', [['October 2025']], ['The Association will hold an online briefing for members on through bills of lading in October 2025'], P)
Q('en', 'yesno', 'Do the AUD order values in the Perth note include freight?', [['excluding freight and GST']], ['AUD values are order values excluding freight and GST'], P)
Q('zh', 'reason', '为什么黄石卖家没有在珀斯的说明里单独列出来？', [['fewer than ten members bought from them']], ['Sellers in Huangshi are included in the totals but not shown separately because fewer than ten members bought from them'], P)

U('en', 'figure', 'How many orders did WA members place with river port sellers in the second quarter of 2024?')
U('zh', 'figure', '2024年户外家具占西澳会员订单的比例是多少？')
U('en', 'figure', 'What was the claim rate for steel tools and hardware in 2023?')
U('zh', 'figure', '2023年西澳会员的平均门到门时间是多少天？')
U('zh', 'figure', '2025年上半年西澳会员向马鞍山卖家下单的金额是多少？')
U('en', 'figure', "What order value does the Perth association aim for by 2026?")
U('zh', 'list', '西澳协会打算去对接的马鞍山、铜陵卖家协会叫什么名字？')
U('en', 'reason', 'Why did the number of WA members buying from river port sellers rise from 2024 to 2025?')


def main():
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        rec = {'id': 'h21-%s-%03d' % (it['lang'], counters[it['lang']])}
        for k in ('lang', 'type', 'question', 'answers', 'evidence', 'unanswerable'):
            rec[k] = it[k]
        out.append(rec)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))


if __name__ == '__main__':
    main()
