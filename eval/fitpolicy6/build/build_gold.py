#!/usr/bin/env python3
"""Source of gold.jsonl for fitpolicy6: hand-written questions, answers and evidence quotes.
Run: python3 build/build_gold.py  (writes ../gold.jsonl)"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
J = 'fp6_zh_jiaxing_parcel_export_clearance_bulletin_2025q2.html'
N = 'fp6_zh_nanjing_rail_ecommerce_train_notice_2025.md'
D = 'fp6_zh_deyang_seller_training_camp_guide_2025.txt'
Z = 'fp6_zh_zhuhai_air_cargo_capacity_notice_2025.pdf'
K = 'fp6_en_kunshan_returns_consolidation_guide_2025.docx'
Q = 'fp6_en_zhaoqing_platform_fee_notice_2025.txt'

ITEMS = []

def A(lang, typ, question, answers, src, *quotes):
    groups = [a if isinstance(a, list) else [a] for a in answers]
    ITEMS.append((lang, typ, question, groups, [{'source': src, 'quote': q} for q in quotes], False))

def U(lang, typ, question):
    ITEMS.append((lang, typ, question, [], [], True))

# ---------------------------------------------------------------- Jiaxing (html, zh)
A('zh', 'figure', '嘉兴今年二季度跨境电商快件加邮件一共出口了多少票？货值多少？', ['1860万票', '14.3亿元'], J,
  '2025年第二季度，全地区监管跨境电商快件及邮件出口共计1860万票，货值14.3亿元，同比分别增长27.5%和19.8%。')
A('en', 'figure', 'How fast did Jiaxing\'s cross-border parcel exports grow in Q2 2025 compared with a year earlier, in number of parcels and in value?', ['27.5%', '19.8%'], J,
  '2025年第二季度，全地区监管跨境电商快件及邮件出口共计1860万票，货值14.3亿元，同比分别增长27.5%和19.8%。')
A('en', 'figure', 'In the second quarter, how the parcels split between express and postal channel in Jiaxing? number of tickets please', [['1240万票'], ['620万票']], J,
  '其中快件出口1240万票，货值11.1亿元；邮件出口620万票，货值3.2亿元。')
A('zh', 'figure', '邮政小包那条渠道二季度出口货值有多少？', ['3.2亿元'], J,
  '其中快件出口1240万票，货值11.1亿元；邮件出口620万票，货值3.2亿元。')
A('en', 'figure', 'What were Jiaxing\'s supervised parcel exports for the whole first half of 2025?', ['3420万票', '26.7亿元'], J,
  '2025年上半年累计监管出口3420万票，货值26.7亿元。')
A('zh', 'figure', '去年一整年嘉兴海关监管的快件和邮件出口是多少票、多少钱？', ['5980万票', '47.6亿元'], J,
  '2024年全年监管出口5980万票，货值47.6亿元。')
A('en', 'date', 'When did the Jiaxing cross-border supervision centre start operating?', ['2021年9月'], J,
  '自2021年9月监管中心启用以来，累计监管出口1.52亿票。')
A('zh', 'figure', '嘉兴2025年全年的目标是出口多少票？通关时效要压到多少？', ['7200万票', '2小时以内'], J,
  '按照年度工作目标，2025年全年力争监管出口7200万票，通关时效压缩至2小时以内。')
A('en', 'figure', 'average clearance time in Q2 versus Q1 2025 — how many hours each?', [['2.6小时'], ['3.4小时']], J,
  '第二季度平均通关时效为2.6小时，较第一季度的3.4小时', '缩短0.8小时。查验率为0.9%，较上年同期下降0.3个百分点。')
A('zh', 'figure', '二季度查验率是多少？比去年同期降了多少？', [['0.9%'], ['0.3个百分点']], J,
  '缩短0.8小时。查验率为0.9%，较上年同期下降0.3个百分点。')
A('zh', 'definition', '通报里说的“跨境电商快件出口”具体指什么？', [['快件运营人以快件方式申报出口'], ['单票货值不超过5000元人民币']], J,
  '本通报所称“跨境电商快件出口”，是指跨境电商企业委托快件运营人以快件方式申报出口、单票货值不超过5000元人民币的零售商品。')
A('en', 'definition', 'How does the customs bulletin measure "clearance time"? Is the time I spend sending extra documents included?', [['自电子清单申报至海关放行的平均时长'], ['不含企业补充资料所用的时间']], J,
  '“通关时效”是指自电子清单申报至海关放行的平均时长，不含企业补充资料所用的时间。')
A('en', 'definition', 'What does the bulletin mean by postal exports?', ['通过邮政渠道以国际小包形式寄递出境'], J,
  '“邮件出口”是指通过邮政渠道以国际小包形式寄递出境的跨境电商商品。')
A('zh', 'place', '嘉兴哪个监管点二季度出口票量最多？', [['秀洲监管点', '秀洲']], J,
  '秀洲监管点', '720')
A('en', 'figure', 'I ship sweaters through Tongxiang. How many parcels did the Tongxiang point handle in Q2 and how much did it grow?', [['510'], ['24.6%']], J,
  '桐乡监管点', '510', '24.6%')
A('en', 'list', 'What kinds of goods mainly go through the Jiashan supervision point?', [['木制家具配件'], ['五金工具']], J,
  '嘉善监管点', '木制家具配件、五金工具')
A('zh', 'place', '按同比增速看，哪个监管点二季度增长最快？', [['秀洲监管点', '秀洲'], ['31.2%']], J,
  '秀洲监管点', '31.2%')
A('en', 'list', 'Which main goods are shipped via the Xiuzhou point and via the Pinghu point?', [['服装、箱包', '服装'], ['童装、灯具', '童装']], J,
  '服装、箱包', '童装、灯具')
A('en', 'figure', 'What share of Q2 parcels went to the EU, and what share to the US?', [['38.5%'], ['27.2%']], J,
  '从目的地看，第二季度发往欧盟的票量占比38.5%，发往美国的占27.2%，发往中东的占11.4%，发往拉美的占9.6%，其他地区合计占13.3%。')
A('zh', 'place', '二季度发往哪个方向的包裹涨得最快？涨了多少？', [['中东'], ['52.3%']], J,
  '发往中东的票量同比增长52.3%，是增长最快的方向。')
A('zh', 'reason', '嘉兴二季度票量为啥涨这么快？通报说了哪几条原因？', [['出口申报前置'], ['新增两条自动分拣线'], ['半托管']], J,
  '一是“出口申报前置”改革全面推开，企业可在货物运抵监管场所前提交电子清单，减少了现场等待',
  '二是秀洲监管点新增两条自动分拣线，日处理能力由12万票提高到20万票',
  '三是电商平台“半托管”模式带动中小卖家出货量增加，第二季度新备案的中小卖家达1150家')
A('en', 'reason', 'Why are postal exports growing slower than express in Jiaxing?', [['部分国家调整了低值邮件的税收政策'], ['转为快件或专线渠道']], J,
  '邮件出口增速低于快件，主要是部分国家调整了低值邮件的税收政策，卖家将部分货物转为快件或专线渠道发运。')
A('en', 'reason', 'How does the advance declaration reform help exporters, according to the bulletin?', [['企业可在货物运抵监管场所前提交电子清单'], ['减少了现场等待']], J,
  '一是“出口申报前置”改革全面推开，企业可在货物运抵监管场所前提交电子清单，减少了现场等待')
A('zh', 'figure', '二季度新备案的中小卖家有多少家？', ['1150家'], J,
  '三是电商平台“半托管”模式带动中小卖家出货量增加，第二季度新备案的中小卖家达1150家')
A('en', 'list', 'What problems in clearance work does the Jiaxing bulletin list?', [['申报数据质量不高'], ['高峰时段分拣能力不足'], ['退运处置不及时'], ['数据尚未完全互通']], J,
  '申报数据质量不高。第二季度因商品名称、规格申报不实被退单的清单占比1.7%，其中近六成集中在服装类商品。',
  '高峰时段分拣能力不足。每周五、周六晚间集中到货，桐乡监管点最长排队时间超过5小时。',
  '部分快件运营人退运处置不及时。截至6月底，滞留超过30天的退运包裹约4.2万票。',
  '邮件渠道与快件渠道的数据尚未完全互通，企业需重复录入收件人信息。')
A('zh', 'figure', '因为品名规格报得不对被退单的清单占多少？主要是哪类货？', [['1.7%'], ['服装类']], J,
  '申报数据质量不高。第二季度因商品名称、规格申报不实被退单的清单占比1.7%，其中近六成集中在服装类商品。')
A('en', 'reason', 'Why do queues at the Tongxiang point get so long?', ['每周五、周六晚间集中到货'], J,
  '高峰时段分拣能力不足。每周五、周六晚间集中到货，桐乡监管点最长排队时间超过5小时。')
A('zh', 'reason', '为什么企业要重复录入收件人信息？', ['邮件渠道与快件渠道的数据尚未完全互通'], J,
  '邮件渠道与快件渠道的数据尚未完全互通，企业需重复录入收件人信息。')
A('zh', 'list', '海关下一步打算做哪些事？', [['分类申报模板'], ['增设一条自动分拣线'], ['月度清理机制'], ['数据共享'], ['约谈']], J,
  '推行服装、鞋帽等商品的“分类申报模板”，9月底前在全地区上线。',
  '在桐乡监管点增设一条自动分拣线，2025年12月底前投入使用。',
  '建立滞留退运包裹月度清理机制，由快件运营人每月10日前报送处置清单。',
  '推动邮政与快件运营人数据共享，减少重复录入。',
  '对申报数据质量连续两个季度排名靠后的企业开展约谈。')
A('en', 'date', 'When is the extra sorting line at Tongxiang supposed to be running?', ['2025年12月底前'], J,
  '在桐乡监管点增设一条自动分拣线，2025年12月底前投入使用。')
A('zh', 'figure', '季度出口超过10万票的大企业有几家？它们占全地区票量多少？', [['58家'], ['41.6%']], J,
  '从企业看，第二季度有出口申报记录的跨境电商企业共计2360家，其中季度出口票量超过10万票的企业58家，这58家企业的票量合计占全地区的41.6%。')
A('en', 'yesno', 'Does this customs bulletin include cross-border retail import numbers?', [['不含']], J,
  '4. 本通报不含跨境电商零售进口数据。')
A('en', 'reason', 'Why might the numbers in the Jiaxing bulletin differ from the final statistics?', ['海关监管统计快报数'], J,
  '注：1. 本通报数据为海关监管统计快报数，与最终统计数可能存在差异。')
U('en', 'figure', 'How many cross-border retail import parcels did Jiaxing customs clear in Q2 2025?')
U('zh', 'figure', '2023年全年嘉兴监管的快件和邮件出口一共多少票？')
U('en', 'date', 'On what date did the advance declaration reform officially start in Jiaxing?')
U('zh', 'figure', '海盐监管点二季度出口了多少万票？')
U('en', 'figure', 'What was the year-on-year growth of express parcel exports alone (not postal) in Q2 2025?')
U('zh', 'reason', '通报里说发往拉美的包裹占比为什么下降了？')
U('zh', 'list', '二季度被海关约谈的企业有哪几家？')

# ---------------------------------------------------------------- Nanjing (md, zh)
A('en', 'figure', 'How many e-commerce trains did the Nanjing park run in 2024, how many TEU and what value?', [['46列'], ['4140个'], ['18.6亿元']], N,
  '2024年，园区共开行跨境电商专列46列，发运标准箱4140个，货值18.6亿元。')
A('zh', 'figure', '南京园区今年上半年开了几列电商专列？发了多少箱，货值多少？', [['28列'], ['2590标准箱'], ['11.9亿元']], N,
  '2025年1—6月开行28列，发运2590标准箱，', '货值11.9亿元；其中第二季度开行16列。')
A('zh', 'figure', '1到9月累计开行多少列？发运多少个标准箱？', [['41列'], ['3780个']], N,
  '2025年1—9月累计开行41列，发运标准箱3780个，货值17.2亿元。')
A('en', 'date', 'When did the first cross-border e-commerce train leave the Nanjing park?', ['2022年3月'], N,
  '自2022年3月首列跨境电商专列发车以来，园区累计开行132列。')
A('en', 'figure', 'How many e-commerce trains has the park run in total so far?', ['132列'], N,
  '自2022年3月首列跨境电商专列发车以来，园区累计开行132列。')
A('zh', 'figure', '园区规划今年全年和2027年分别要开多少列？', [['56列'], ['80列']], N,
  '按照园区规划，2025年全年开行56列，2027年达到80列。')
A('zh', 'definition', '通知里的“全程时效”从哪儿算到哪儿？', [['自园区集货截止时间起'], ['境外目的站到站']], N,
  '指自园区集货截止时间起，至境外目的站到站为止的天数')
A('en', 'definition', 'What exactly is the consolidation (LCL) service in this notice?', ['将多家卖家不足一个集装箱的货物合并装箱'], N,
  '指园区将多家卖家不足一个集装箱的货物合并装箱、统一发运的服务')
A('en', 'definition', 'What makes a train count as a cross-border e-commerce dedicated train?', [['整列或整柜装载跨境电商出口商品'], ['由园区统一组织订舱、集货和报关']], N,
  '指整列或整柜装载跨境电商出口商品（含9610、9710、9810模式），由园区统一组织订舱、集货和报关的中欧班列')
A('en', 'list', 'Which destination stations do the Nanjing e-commerce trains go to?', [['杜伊斯堡'], ['布达佩斯'], ['马拉舍维奇']], N,
  '南京—杜伊斯堡 | 德国杜伊斯堡 | 16 | 22 | 19 | 家居用品、小家电',
  '南京—布达佩斯 | 匈牙利布达佩斯 | 18 | 14 | 12 | 汽车配件、户外用品',
  '南京—马拉舍维奇 | 波兰马拉舍维奇 | 14 | 10 | 10 | 服装、电子配件')
A('zh', 'figure', '发到布达佩斯全程要几天？', ['18'], N,
  '南京—布达佩斯 | 匈牙利布达佩斯 | 18 | 14 | 12 | 汽车配件、户外用品')
A('en', 'place', 'Which rail route is the fastest door to station, and how many days?', [['马拉舍维奇'], ['14']], N,
  '南京—杜伊斯堡 | 德国杜伊斯堡 | 16 | 22 | 19 | 家居用品、小家电',
  '南京—布达佩斯 | 匈牙利布达佩斯 | 18 | 14 | 12 | 汽车配件、户外用品',
  '南京—马拉舍维奇 | 波兰马拉舍维奇 | 14 | 10 | 10 | 服装、电子配件')
A('zh', 'list', '杜伊斯堡那条线主要拉什么货？', [['家居用品'], ['小家电']], N,
  '南京—杜伊斯堡 | 德国杜伊斯堡 | 16 | 22 | 19 | 家居用品、小家电')
A('zh', 'reason', '前三季度专列运量为什么能保持增长？', [['海运价格波动较大'], ['一次申报、一次查验、一次放行'], ['海外仓集中备货']], N,
  '一是海运价格波动较大，部分卖家将时效要求适中的大件商品转向铁路',
  '二是园区推行“一次申报、一次查验、一次放行”的通关方式，单列平均通关时间由10小时缩短到6小时',
  '三是德国、波兰的海外仓集中备货，带动整柜需求')
A('en', 'reason', 'Why did the Budapest line run fewer trains than expected?', ['匈牙利段换装能力紧张'], N,
  '南京—布达佩斯线路开行列数略低于预期，主要是匈牙利段换装能力紧张，部分班次被调整到次月。')
A('en', 'reason', 'Why did some sellers shift goods from sea to rail, per the Nanjing notice?', ['海运价格波动较大'], N,
  '一是海运价格波动较大，部分卖家将时效要求适中的大件商品转向铁路')
A('zh', 'reason', '德国、波兰那边整柜需求为啥上来了？', ['海外仓集中备货'], N,
  '三是德国、波兰的海外仓集中备货，带动整柜需求')
A('zh', 'list', '园区在运营中发现了哪些问题？', [['品名申报笼统'], ['带电产品未按规定提供检测报告'], ['集货迟到'], ['包装不符合铁路长途运输要求'], ['未及时在海外仓系统中预约入库']], N,
  '品名申报笼统。部分拼箱货物只申报为“日用品”“配件”，导致在境外口岸被要求补充资料。',
  '带电产品未按规定提供检测报告。',
  '集货迟到。2025年1—9月因集货迟到被甩柜的货物共计63个标准箱。',
  '包装不符合铁路长途运输要求，个别纸箱在换装时破损。',
  '部分卖家未及时在海外仓系统中预约入库，到站后产生滞箱费用。')
A('en', 'figure', 'How many TEU were left behind (cut from the train) because goods arrived late, Jan to Sep 2025?', ['63个标准箱'], N,
  '集货迟到。2025年1—9月因集货迟到被甩柜的货物共计63个标准箱。')
A('en', 'reason', 'my LCL goods were stopped at the foreign border and they asked for more papers. what is the usual reason according to the park?', [['品名申报笼统', '只申报为“日用品”“配件”']], N,
  '品名申报笼统。部分拼箱货物只申报为“日用品”“配件”，导致在境外口岸被要求补充资料。')
A('zh', 'reason', '有的卖家货到站后还被收了滞箱费，原因是什么？', ['未及时在海外仓系统中预约入库'], N,
  '部分卖家未及时在海外仓系统中预约入库，到站后产生滞箱费用。')
A('en', 'reason', 'Why were some cartons damaged on the rail trip?', ['包装不符合铁路长途运输要求'], N,
  '包装不符合铁路长途运输要求，个别纸箱在换装时破损。')
A('zh', 'figure', '集货截止时间改成发车前多少小时？原来是多少？', [['发车前48小时', '48小时'], ['发车前36小时', '36小时']], N,
  '自11月1日起，集货截止时间由发车前36小时提前至发车前48小时。')
A('en', 'date', 'From which date does the earlier cargo cut-off time apply?', ['11月1日'], N,
  '自11月1日起，集货截止时间由发车前36小时提前至发车前48小时。')
A('en', 'figure', 'What is the new LCL rate per cubic metre in Q4, and what was it?', [['620元'], ['680元']], N,
  '第四季度拼箱运价由每立方米680元下调至620元；40英尺整柜运价维持每柜5.8万元不变。')
A('zh', 'place', '园区打算试开的新线路是去哪里？大概什么时候？', [['布拉格'], ['2026年第一季度']], N,
  '拟于2026年第一季度开通南京—布拉格测试线路，具体时间另行通知。')
A('zh', 'list', '园区给卖家提了哪些建议？', [['填写详细品名、材质和用途'], ['提前办理检测并上传报告'], ['仍选择空运']], N,
  '建议卖家提前在园区系统中填写详细品名、材质和用途。',
  '建议带电产品卖家提前办理检测并上传报告。',
  '建议货值较高或时效要求高的商品仍选择空运。')
A('en', 'yesno', 'Does the notice say anything about the import return trains?', [['不涉及']], N,
  '3. 本通知不涉及进口回程班列安排。')
A('zh', 'other', '通知里的标准箱是按多大的箱子算的？', ['20英尺'], N, '2. 标准箱按20英尺计算。')
U('zh', 'figure', '园区2026年计划开行多少列跨境电商专列？')
U('en', 'figure', 'How many TEU did the Nanjing–Prague line carry in 2025?')
U('en', 'figure', 'How many inbound import return trains did the Nanjing park run in 2024?')
U('zh', 'figure', '2025年1—9月专列货值同比增长了多少？')
U('zh', 'figure', '2024年南京—杜伊斯堡线路的货值是多少亿元？')
U('en', 'reason', 'Why did the park pick Prague for its new test line?')
U('en', 'list', 'Which freight forwarders had their containers cut from the train for late delivery?')

# ---------------------------------------------------------------- Deyang (txt, zh)
A('en', 'figure', 'In 2024 how many training camps did Deyang run, how many signed up and graduated, and what was the conversion rate?', [['4期'], ['620人'], ['488人'], ['49.6%']], D,
  '2024年举办4期，报名620人，结业488人，出单转化率为49.6%。')
A('zh', 'figure', '今年上半年训练营办了几期？结业多少人，出单转化率多少？', [['3期'], ['402人'], ['57.3%']], D,
  '2025年上半年举办3期，报名560人，结业402人，出单转化率提高到57.3%。')
A('zh', 'figure', '三季度打算办几期？每期收多少人？', [['2期'], ['150人']], D,
  '2025年第三季度计划举办2期，每期名额150人。')
A('zh', 'figure', '到2026年底训练营要达到什么目标？', [['2000人'], ['65%']], D,
  '到2026年底，累计结业学员目标为2000人，出单转化率目标为65%。')
A('en', 'definition', 'Who counts as a graduate of the Deyang training camp?', [['完成全部12个课时'], ['通过线上实操考核']], D,
  '本指南所称“结业学员”，是指完成全部12个课时并通过线上实操考核的学员。')
A('zh', 'definition', '指南里的“出单转化率”怎么算？', ['结业后90天内完成首笔跨境订单的学员占结业学员的比例'], D,
  '“出单转化率”，是指结业后90天内完成首笔跨境订单的学员占结业学员的比例。')
A('en', 'definition', 'What is the "accompany period" after graduation and how long is it?', [['平台客户经理一对一跟进'], ['60天']], D,
  '“陪跑期”，是指结业后由平台客户经理一对一跟进的60天。')
A('en', 'place', 'Which district or county had the best order conversion rate in the first half of 2025?', [['旌阳区'], ['61.8%']], D,
  '旌阳区　132　110　61.8%　机械零配件、家居用品')
A('zh', 'figure', '我在广汉做汽车用品，广汉上半年结业了多少人？转化率怎么样？', [['78'], ['55.1%']], D,
  '广汉市　96　78　55.1%　汽车用品、宠物用品')
A('en', 'list', 'What do trainees from Shifang mainly sell?', [['茶叶'], ['户外用品']], D,
  '什邡市　84　71　59.2%　茶叶、户外用品')
A('zh', 'place', '上半年哪个地方的出单转化率最低？', [['中江县'], ['48.9%']], D,
  '中江县　58　45　48.9%　挂面等食品、农产品加工品')
A('en', 'reason', 'Why is the conversion rate in Zhongjiang lower than elsewhere?', ['食品类商品需要额外备案'], D,
  '中江县出单转化率相对较低，主要是食品类商品需要额外备案，部分学员在陪跑期内未能完成。')
A('zh', 'reason', '表格下面说中江县学员出单周期长，原因是什么？', ['需先取得出口食品相关备案'], D,
  '说明：中江县食品类学员需先取得出口食品相关备案，因此出单周期较长。')
A('zh', 'list', '训练营的课分成哪几个模块？', [['平台规则与店铺注册'], ['选品与定价'], ['物流与通关'], ['广告投放与售后']], D,
  '训练营每期为期3周，共12个课时，分为四个模块：平台规则与店铺注册、选品与定价、物流与通关、广告投放与售后。')
A('en', 'list', 'What does the logistics and customs module focus on?', [['9610模式申报'], ['海外仓备货']], D,
  '其中“物流与通关”模块由合作物流企业讲师授课，重点讲解9610模式申报和海外仓备货。')
A('zh', 'figure', '参加训练营要交多少钱？', ['300元'], D, '参营费用为每人300元，结业后全额返还至店铺推广账户。')
A('en', 'yesno', 'If I finish the camp, do I get my fee back?', [['全额返还至店铺推广账户', '全额返还']], D,
  '参营费用为每人300元，结业后全额返还至店铺推广账户。')
A('zh', 'reason', '今年上半年出单转化率为什么比去年高？', [['陪跑期'], ['实操考核'], ['新店流量扶持']], D,
  '一是增加了“陪跑期”安排，客户经理在结业后60天内每周至少跟进一次',
  '二是课程中加入了真实店铺的实操考核，学员结业时已完成至少5个商品上架',
  '三是平台对结业学员开放“新店流量扶持”，首月免收部分广告费用')
A('en', 'list', 'What weaknesses of the training camp does the guide admit?', [['报名人数与结业人数差距较大'], ['英语和小语种客服能力不足'], ['选品同质化'], ['场地有限']], D,
  '（一）报名人数与结业人数差距较大。2025年上半年有158名报名学员未能结业，主要是因为工作时间冲突。',
  '（二）英语和小语种客服能力不足。',
  '（三）部分学员选品同质化，集中在低价小商品。2025年上半年结业学员中约三成首批上架商品为单价10美元以下的小商品。',
  '（四）区县电商服务站场地有限，什邡市、绵竹市每期只能容纳40人左右的线下课程。')
A('zh', 'reason', '上半年为什么有那么多报名的人没结业？有多少人？', [['工作时间冲突'], ['158名']], D,
  '（一）报名人数与结业人数差距较大。2025年上半年有158名报名学员未能结业，主要是因为工作时间冲突。')
A('zh', 'list', '哪两个地方的线下课场地比较小？能坐多少人？', [['什邡市'], ['绵竹市'], ['40人左右']], D,
  '（四）区县电商服务站场地有限，什邡市、绵竹市每期只能容纳40人左右的线下课程。')
A('en', 'reason', 'Why can the Shifang and Mianzhu offline classes only take about 40 people?', ['区县电商服务站场地有限', '场地有限'], D,
  '（四）区县电商服务站场地有限，什邡市、绵竹市每期只能容纳40人左右的线下课程。')
A('en', 'list', 'what papers I need to prepare before sign up the camp?', [['营业执照'], ['法人身份证'], ['可用于跨境收款的账户']], D,
  '1. 报名前请准备营业执照、法人身份证和可用于跨境收款的账户。')
A('zh', 'other', '我白天还要上班，指南建议报哪种班？', [['周末班'], ['线上直播班']], D,
  '2. 建议在职学员优先选择周末班或线上直播班。')
A('en', 'other', 'I want to sell noodles and other food. When should I apply for the export food filing?', [['提前向海关申请出口食品生产企业备案'], ['不要等到结业后再办理']], D,
  '5. 食品类学员请提前向海关申请出口食品生产企业备案，', '不要等到结业后再办理。')
A('en', 'list', 'What are the main product groups of Mianzhu trainees?', [['年画文创'], ['酒具']], D,
  '绵竹市　70　62　54.8%　年画文创、酒具')
A('zh', 'yesno', '陪跑期结束以后才出单的学员，算不算进出单转化率？', [['不含']], D,
  '2. 出单转化率按结业后90天内计算，不含陪跑期结束后出单的学员。')
A('en', 'date', 'When will the Q3 2025 training figures be published?', ['下一版指南中公布', '下一版指南'], D,
  '3. 2025年第三季度数据将在下一版指南中公布。')
U('en', 'figure', 'What was the order conversion rate in the 2023 pilot year?')
U('zh', 'figure', '罗江区2023年有多少学员结业？')
U('zh', 'figure', '彭州有多少学员参加了德阳训练营并结业？')
U('en', 'figure', 'How much did the Deyang graduates sell abroad in total in the first half of 2025?')
U('zh', 'date', '德阳训练营的第一期是哪个月开营的？')
U('en', 'reason', 'Why was the camp fee set at that amount per person?')
U('zh', 'list', '训练营的合作物流企业具体是哪几家？')

# ---------------------------------------------------------------- Zhuhai (pdf, zh)
A('zh', 'figure', '2024年珠海航空物流园每周飞几班国际货机？全年货量和舱位利用率是多少？', [['14班'], ['1.86万吨'], ['78%']], Z,
  '2024年，园区货站每周执飞国际货机14班，全年完成跨境电商空运货量1.86万吨，舱位利用率为78%。')
A('en', 'figure', 'How much cross-border air cargo went through the Zhuhai park in H1 2025, and how much was that up year on year?', [['1.09万吨'], ['31%']], Z,
  '2025年上半年每周执飞货机18班，完成货量1.09万吨，同比增长31%，舱位利用率升至86%。')
A('en', 'figure', 'Since the cargo terminal opened, how much cross-border air cargo has it handled in total, and when did it open?', [['5.2万吨'], ['2021年']], Z,
  '自2021年园区货站投入使用以来，累计完成跨境电商空运货量5.2万吨。')
A('zh', 'figure', '园区到2026年要把班次和货量做到多少？', [['26班'], ['3万吨']], Z,
  '园区计划到2026年将每周货机班次增加到26班，年货量达到3万吨。')
A('en', 'figure', 'What was the average air freight rate per kilo in H1 2025 and in Q3 2025?', [['29.8'], ['34.6']], Z,
  '平均运价（元/公斤）　32.5　29.8　34.6')
A('en', 'definition', 'How is "space utilisation" defined in the Zhuhai notice?', ['实际装载的计费重量占航空公司投放可售舱位的比例'], Z,
  '“舱位利用率”，是指实际装载的计费重量占航空公司投放可售舱位的比例。')
A('zh', 'definition', '说明里的“包板”是什么意思？', ['长期包用一定数量的集装板'], Z,
  '“包板”，是指卖家或货代与航空公司约定在固定航班上长期包用一定数量的集装板。')
A('en', 'definition', 'What does the notice mean when a flight is "over-booked" (full cabin, goods left behind)?', [['可售舱位全部订满'], ['无法按计划装机']], Z,
  '“爆舱”，是指航班可售舱位全部订满、仍有已到货站的货物无法按计划装机的情况。')
A('zh', 'definition', '“跨境电商空运货量”按什么口径统计？', [['以9610或9710模式申报出口'], ['计费重量']], Z,
  '本说明所称“跨境电商空运货量”，是指经园区货站交运、以9610或9710模式申报出口的跨境电商货物的计费重量。')
A('en', 'list', 'Which freighter routes for e-commerce does the Zhuhai park operate?', [['珠海—列日', '列日'], ['珠海—迪拜', '迪拜'], ['珠海—阿拉木图', '阿拉木图']], Z,
  '目前园区开通跨境电商货机航线3条：珠海—列日航线每周8班，主要服务欧洲市场；珠海—迪拜航线每周7班，主要服务中东市场；珠海—阿拉木图航线每周5班，主要服务中亚市场。')
A('zh', 'figure', '列日那条航线一周飞几班？', ['每周8班'], Z,
  '珠海—列日航线每周8班，主要服务欧洲市场')
A('zh', 'place', '想做中亚市场的话该走哪条航线？', ['珠海—阿拉木图', '阿拉木图'], Z,
  '珠海—阿拉木图航线每周5班，主要服务中亚市场')
A('en', 'figure', 'How many sellers and forwarders used the terminal Jan–Sep 2025, and what share were local Zhuhai firms?', [['480家'], ['42%']], Z,
  '从交运主体看，2025年1—9月在园区货站交运货物的跨境电商企业和货代共计480家，其中珠海本地企业占42%，来自阳江、云浮等粤西城市的企业占21%，其余来自省内其他城市和省外。')
A('zh', 'list', '除了珠海本地，还有哪些粤西城市的企业来交货？占多少？', [['阳江'], ['云浮'], ['21%']], Z,
  '来自阳江、云浮等粤西城市的企业占21%')
A('en', 'list', 'What kinds of goods make up the air cargo volume, with their shares?', [['服装鞋帽占货量的37%', '服装鞋帽'], ['消费电子占29%', '消费电子'], ['美妆个护占14%', '美妆个护']], Z,
  '按商品看，服装鞋帽占货量的37%，消费电子占29%，美妆个护占14%，其他商品占20%。')
A('zh', 'reason', '三季度空运价格为啥涨了？', [['“黑五”备货提前到8月启动', '黑五'], ['货机于7月进入定检'], ['燃油附加费自8月起上调']], Z,
  '第三季度平均运价较上半年上涨16.1%，主要原因：一是欧美“黑五”备货提前到8月启动，需求集中释放；二是一架执飞珠海—列日航线的货机于7月进入定检，运力临时减少；三是燃油附加费自8月起上调。')
A('en', 'reason', 'Why was Liège capacity temporarily reduced in the summer?', ['货机于7月进入定检'], Z,
  '二是一架执飞珠海—列日航线的货机于7月进入定检，运力临时减少')
A('zh', 'list', '三季度运行中暴露出哪些问题？', [['周末舱位紧张'], ['带电货物安检排队时间长'], ['临时退舱'], ['夜间理货人员不足']], Z,
  '（一）周末舱位紧张。每周五至周日的航班舱位利用率普遍超过95%，部分货物需延误2至3天。',
  '（二）带电货物安检排队时间长。',
  '（三）部分货代超订舱位后临时退舱，影响其他卖家使用。第三季度临时退舱的舱位约占投放舱位的6%。',
  '（四）园区货站夜间理货人员不足。')
A('en', 'reason', 'My parcels handed in on Saturday waited 2–3 days before flying. What does the notice say is the reason?', [['周末舱位紧张'], ['舱位利用率普遍超过95%']], Z,
  '（一）周末舱位紧张。每周五至周日的航班舱位利用率普遍超过95%，部分货物需延误2至3天。')
A('zh', 'reason', '其他卖家订不到舱，有一个原因跟货代有关，是什么？', ['部分货代超订舱位后临时退舱'], Z,
  '（三）部分货代超订舱位后临时退舱，影响其他卖家使用。')
A('zh', 'list', '第四季度园区准备采取哪些措施？', [['加开珠海—列日临时包机'], ['带电货物专用安检通道'], ['暂停次月包板资格'], ['夜间理货人员由40人增加到65人'], ['“空运直通”线上订舱入口', '空运直通']], Z,
  '一是协调航空公司在11月、12月加开珠海—列日临时包机共12班；',
  '二是新增一条带电货物专用安检通道，10月底前启用；',
  '三是对临时退舱比例超过10%的货代暂停次月包板资格；',
  '四是夜间理货人员由40人增加到65人；',
  '五是开通“空运直通”线上订舱入口，卖家可直接查看未来两周的可售舱位。')
A('en', 'figure', 'How many extra charter flights to Liège are planned, and in which months?', [['12班'], ['11月、12月']], Z,
  '一是协调航空公司在11月、12月加开珠海—列日临时包机共12班；')
A('en', 'date', 'When will the special security lane for battery goods open?', ['10月底前'], Z,
  '二是新增一条带电货物专用安检通道，10月底前启用；')
A('zh', 'figure', '夜班理货的人要从多少加到多少？', [['40人'], ['65人']], Z, '四是夜间理货人员由40人增加到65人；')
A('en', 'other', 'What happens to a forwarder that cancels too much space at the last minute?', [['暂停次月包板资格'], ['超过10%']], Z,
  '三是对临时退舱比例超过10%的货代暂停次月包板资格；')
A('zh', 'list', '园区对卖家有哪些建议？', [['非紧急货物安排在周一至周四交运'], ['带电货物提前一天送达货站'], ['通过包板锁定舱位和价格']], Z,
  '建议卖家将非紧急货物安排在周一至周四交运；建议带电货物提前一天送达货站；建议有稳定货量的卖家通过包板锁定舱位和价格。')
A('en', 'yesno', 'Do the Zhuhai figures include goods trucked to other airports for transfer?', [['不含经其他机场转运的货物', '不含']], Z,
  '1. 本说明中的数据为园区货站统计数，不含经其他机场转运的货物。')
A('en', 'date', 'When will the full-year 2025 air cargo data come out?', ['2026年1月'], Z, '4. 2025年全年数据将于2026年1月公布。')
A('zh', 'yesno', '表里的平均运价含不含燃油附加费？', [['含燃油附加费']], Z,
  '注：平均运价为园区货站至各目的地的加权平均价，含燃油附加费。')
U('en', 'figure', 'How many freighter flights a week did the Zhuhai terminal have in 2023?')
U('zh', 'figure', '2024年珠海—迪拜航线完成了多少吨货量？')
U('en', 'figure', 'How many tonnes of import cargo did the Zhuhai park handle in 2024?')
U('zh', 'figure', '珠海—阿拉木图航线的平均运价是每公斤多少元？')
U('en', 'list', 'Which airlines fly the Zhuhai–Liège freighter route?')
U('zh', 'figure', '2025年第三季度空运货量同比增长了多少？')
U('en', 'figure', 'How many freighter flights per week does the Zhuhai park run to Istanbul?')

# ---------------------------------------------------------------- Kunshan (docx, en)
A('zh', 'figure', '2024年昆山卖家通过退货集运服务处理了多少个退货包裹？回收率多少？', [['186,000'], ['58 percent']], K,
  'In 2024, Kunshan sellers sent 186,000 returned parcels through the service, and the recovery rate was 58 percent.')
A('en', 'figure', 'What were the returned parcel volume and recovery rate in the first half of 2025?', [['124,000'], ['66 percent']], K,
  'In the first half of 2025 the volume reached 124,000 parcels and the recovery rate rose to 66 percent.')
A('zh', 'figure', '2026年的目标回收率和平均处理时间是多少？', [['75 percent'], ['no more than 7 days', '7 days']], K,
  'Our target for 2026 is a recovery rate of 75 percent and an average handling time of no more than 7 days.')
A('zh', 'date', '这个退货集运服务什么时候开始的？第一个仓在哪儿？', [['March 2023'], ['Warsaw']], K,
  'The service started in March 2023 with one hub in Warsaw.')
A('en', 'date', 'When did the Atlanta hub open and which buyers does it serve?', [['October 2024'], ['United States and Canada']], K,
  'The second hub, in Atlanta, opened in October 2024 and serves buyers in the United States and Canada.')
A('zh', 'definition', '指南里的“回收率”是怎么定义的？', [['share of returned parcels that are resold or reused rather than destroyed or abandoned', 'resold or reused']], K,
  'The "recovery rate" is the share of returned parcels that are resold or reused rather than destroyed or abandoned.')
A('en', 'definition', 'When does a parcel count as a "returned parcel" in this guide?', ['after a refund or exchange request has been accepted'], K,
  'a "returned parcel" means a parcel sent back by a buyer after a refund or exchange request has been accepted on the marketplace')
A('zh', 'definition', '“退货集运”具体包括哪些环节？', [['collecting returned parcels at an overseas hub'], ['inspecting them'], ['relisting them locally', 'shipping them back to China in one combined shipment', 'disposing of them']], K,
  '"Returns consolidation" means collecting returned parcels at an overseas hub, inspecting them, and then either relisting them locally, shipping them back to China in one combined shipment, or disposing of them.')
A('zh', 'figure', '华沙仓上半年处理了多少包裹？回收率多少？', [['78,000'], ['69%']], K,
  'Parcels handled, H1 2025', '78,000', 'Recovery rate, H1 2025', '69%')
A('en', 'figure', 'At the Atlanta hub, what are the inspection fee and the relisting fee per parcel?', [['1.80'], ['1.10']], K,
  'Inspection fee per parcel (USD)', '1.80', 'Relisting fee per parcel (USD)', '1.10')
A('zh', 'place', '两个海外仓哪个处理得更快？平均几天？', [['Warsaw hub', 'Warsaw'], ['8']], K,
  'Average handling time, H1 2025 (days)', 'Warsaw hub', '8', '11')
A('en', 'list', 'Which markets does each hub serve?', [['EU countries and the UK'], ['United States and Canada']], K,
  'Markets served', 'EU countries and the UK', 'United States and Canada')
A('zh', 'list', '每个退货包裹卖家可以选哪几种处理方式？', [['Relist locally'], ['Combined return to China'], ['Disposal']], K,
  'Relist locally: the hub inspects, repackages and lists the item on the marketplace in the same market.',
  'Combined return to China: items are held for up to 30 days and shipped back to Kunshan together by sea or rail.',
  'Disposal: items that cannot be sold are recycled or destroyed, with a certificate.')
A('zh', 'other', '货物合并退回国内报关时，卖家必须留着什么？', ['original export declaration number'], K,
  'Sellers must keep the original export declaration number, because customs will ask for it when the goods come back.')
A('en', 'reason', 'Why do I have to keep the original export declaration number?', ['customs will ask for it when the goods come back'], K,
  'Sellers must keep the original export declaration number, because customs will ask for it when the goods come back.')
A('en', 'reason', 'What are the reasons the recovery rate improved in 2025?', [['grading items into three conditions'], ['"renewed goods" channel', 'renewed goods'], ['handling fee for combined returns was cut']], K,
  'First, the Warsaw hub began grading items into three conditions (new, like new, and damaged), so more items could be relisted at a suitable price.',
  'Second, the marketplace opened a "renewed goods" channel in Germany and Poland, where relisted items get their own search tag.',
  'Third, more sellers chose combined returns instead of disposal, after the handling fee for combined returns was cut from 2.50 to 1.60 US dollars per parcel in January 2025.')
A('en', 'list', 'Into which conditions does the Warsaw hub grade returned items?', [['new'], ['like new'], ['damaged']], K,
  'grading items into three conditions (new, like new, and damaged)')
A('zh', 'figure', '合并退回的处理费从多少降到多少？什么时候降的？', [['2.50'], ['1.60'], ['January 2025']], K,
  'after the handling fee for combined returns was cut from 2.50 to 1.60 US dollars per parcel in January 2025')
A('zh', 'reason', '亚特兰大仓的回收率为什么比华沙低？', ['small electronics with missing accessories'], K,
  "The Atlanta hub's recovery rate is lower mainly because a larger share of its returns are small electronics with missing accessories, which cannot be relisted.")
A('en', 'list', 'What common problems did the seller support team see in H1 2025?', [['Missing return labels'], ['Wrong option settings'], ['Slow seller decisions'], ['Incomplete export records'], ['Battery products']], K,
  '(a) Missing return labels.', '(b) Wrong option settings.', '(c) Slow seller decisions.', '(d) Incomplete export records.', '(e) Battery products.')
A('zh', 'figure', '到仓时没贴平台退货标签的包裹大概占多少？', [['About 9 percent', '9 percent']], K,
  'About 9 percent of parcels arrived without the marketplace return label, so they could not be matched to an order at once.')
A('zh', 'reason', '为什么有些退货包裹到了仓库却没法马上对上订单？', [['arrived without the marketplace return label', 'without the marketplace return label']], K,
  'About 9 percent of parcels arrived without the marketplace return label, so they could not be matched to an order at once.')
A('en', 'reason', 'Why were some combined returns held up at the Chinese border?', ['could not provide the original export declaration number'], K,
  'Several combined returns were delayed at the Chinese border because the seller could not provide the original export declaration number.')
A('zh', 'reason', '我的退货里有带锂电池的蓝牙耳机，为什么不能空运回昆山？只能怎么运？', [['cannot be shipped back by air'], ['must wait for a sea or rail slot', 'sea or rail']], K,
  'Returned items with lithium batteries cannot be shipped back by air and must wait for a sea or rail slot.')
A('en', 'list', 'What does the guide recommend sellers do?', [['set a default option for each product group'], ['print the return label in the parcel'], ['keep export declaration numbers for at least three years'], ['choose combined return by rail or local disposal'], ['check the returns dashboard at least twice a week']], K,
  'First, set a default option for each product group in the seller back office, and use "relist locally" for items above 30 US dollars.',
  'Second, print the return label in the parcel and tell buyers to use it.',
  'Third, keep export declaration numbers for at least three years, so that combined returns can clear customs',
  'Fourth, for battery products, choose combined return by rail or local disposal.',
  'Fifth, check the returns dashboard at least twice a week.')
A('zh', 'other', '多少美元以上的退货商品建议选“就地重新上架”？', [['above 30 US dollars', '30 US dollars']], K,
  'use "relist locally" for items above 30 US dollars')
A('en', 'figure', 'how long I must keep the export declaration numbers, and why?', [['at least three years'], ['without a delay at the border', 'combined returns can clear customs']], K,
  'Third, keep export declaration numbers for at least three years, so that combined returns can clear customs', 'without a delay at the border.')
A('zh', 'figure', '10月1日起亚特兰大仓检验费怎么调？', [['from 1.80 to 1.50 US dollars per parcel', '1.50']], K,
  'The inspection fee at the Atlanta hub will drop from 1.80 to 1.50 US dollars per parcel.')
A('en', 'figure', 'Who gets the longer free storage period and how long is it now?', [['recovery rate above 60 percent'], ['21 days']], K,
  'The free storage period will be extended from 14 days to 21 days for sellers with a recovery rate above 60 percent.')
A('zh', 'yesno', '悉尼仓的开业时间定下来了吗？', [['its opening date has not been set', 'has not been set']], K,
  'A third hub, in Sydney, is planned; its opening date has not been set.')
A('en', 'yesno', 'Are items shipped back to China counted as recovered as soon as they leave the hub?', [['only after they are received in Kunshan']], K,
  'items returned to China are counted as recovered only after they are received in Kunshan')
U('en', 'figure', 'What was the recovery rate of the returns service in 2023?')
U('zh', 'figure', '悉尼仓每个包裹的检验费是多少？')
U('en', 'figure', 'How many returned parcels of goods imported into China did the service handle in 2024?')
U('zh', 'figure', '2025年上半年退货包裹量比2024年上半年增长了多少？')
U('en', 'place', 'Which city will host the fourth returns hub after Sydney?')
U('zh', 'list', '华沙仓合作的回收处理公司是哪几家？')
U('en', 'reason', 'Why did the marketplace choose Warsaw as the location of its first hub?')

# ---------------------------------------------------------------- Zhaoqing (txt, en)
A('zh', 'figure', '肇庆在平台上的活跃卖家，9月底有多少家？去年底呢？', [['1,380'], ['1,040']], Q,
  'At the end of September 2025 there were 1,380 active Zhaoqing sellers on the marketplace, up from 1,040 at the end of 2024.')
A('zh', 'figure', '肇庆卖家今年上半年和1到9月的销售额各是多少？', [['1.42 billion yuan'], ['2.18 billion yuan']], Q,
  'In the first half of 2025 gross sales were 1.42 billion yuan, and from January to September 2025 they reached 2.18 billion yuan.')
A('en', 'figure', 'Since recruiting started in Zhaoqing, what cumulative sales have sellers there made, and in which year did recruiting begin?', [['6.9 billion yuan'], ['2021']], Q,
  'Since the marketplace began recruiting in Zhaoqing in 2021, cumulative gross sales have passed 6.9 billion yuan.')
A('zh', 'figure', '华南团队2026年给肇庆卖家定的销售目标是多少？', ['3.2 billion yuan'], Q,
  "The South China team's target for 2026 is gross sales of 3.2 billion yuan from Zhaoqing sellers.")
A('en', 'figure', 'What was the average effective fee rate for Zhaoqing sellers in 2024, H1 2025 and Q3 2025?', [['21.4 percent'], ['22.9 percent'], ['23.6 percent']], Q,
  'The average effective fee rate of Zhaoqing sellers was 21.4 percent in 2024 and 22.9 percent in the first half of 2025.', 'In the third quarter of 2025 it was 23.6 percent.')
A('zh', 'definition', '通知里的“综合费率”（effective fee rate）是怎么算的？', [['total of commission, payment processing fee, fulfilment fee and advertising spend'], ["divided by the seller's gross sales"]], Q,
  "The \"effective fee rate\" is the total of commission, payment processing fee, fulfilment fee and advertising spend, divided by the seller's gross sales in the same period.")
A('en', 'definition', 'Is the shipping I charge the buyer counted in the order value for commission?', [['including shipping charged to the buyer']], Q,
  'A "commission" is the percentage of the order value (including shipping charged to the buyer) that the marketplace keeps when an order is completed.')
A('zh', 'definition', '什么样的卖家算“新卖家”？', ['first completed order was less than 12 months ago'], Q,
  'A "new seller" is a seller whose first completed order was less than 12 months ago.')
A('en', 'list', 'Which parts of Zhaoqing are named as covered by this notice?', [['Sihui'], ['Gaoyao'], ['Duanzhou']], Q,
  'This notice is sent to all sellers registered in Zhaoqing, Guangdong, including sellers in Sihui, Gaoyao and Duanzhou.')
A('zh', 'figure', '我在高要卖不锈钢锅（金属厨具），明年1月起佣金是多少？今年是多少？', [['12%'], ['13%']], Q,
  '| Metal kitchenware | 12% | 13% | 12% | 31% |', 'The commission for metal kitchenware goes back down from 13 percent to 12 percent.')
A('en', 'figure', 'What is the garden tools commission in 2025 and what will it be from January 2026?', [['12%', '12 percent'], ['13%', '13 percent']], Q,
  '| Garden tools | 11% | 12% | 13% | 18% |', 'The commission for garden tools goes up from 12 percent to 13 percent.')
A('zh', 'place', '肇庆卖家哪个品类的销售占比最高？占多少？', [['Metal kitchenware'], ['31%']], Q,
  '| Metal kitchenware | 12% | 13% | 12% | 31% |')
A('en', 'list', 'What are the four main product categories of Zhaoqing sellers in the fee table?', [['Metal kitchenware'], ['Furniture and home decor'], ['Garden tools'], ['Electric fans and small appliances']], Q,
  '| Metal kitchenware | 12% | 13% | 12% | 31% |', '| Furniture and home decor | 14% | 15% | 15% | 24% |',
  '| Garden tools | 11% | 12% | 13% | 18% |', '| Electric fans and small appliances | 9% | 10% | 10% | 15% |')
A('zh', 'figure', '支付手续费明年起从多少降到多少？', [['1.8 percent'], ['1.5 percent']], Q,
  'The payment processing fee is cut from 1.8 percent to 1.5 percent of order value.')
A('en', 'figure', 'new seller — how many first orders are free of commission from 2026, and how many before?', [['first 50 orders', '50 orders'], ['first 30 orders', '30 orders']], Q,
  'New sellers will pay no commission on their first 50 orders, instead of the first 30 orders.')
A('zh', 'figure', '新增的月度店铺费是多少？什么卖家要交？', [['39 US dollars'], ['more than 1,000 listings']], Q,
  'A monthly store fee of 39 US dollars will be charged to sellers with more than 1,000 listings.')
A('en', 'list', 'Which new fulfilment centres give a discount, and how big is it?', [['Riyadh'], ['Istanbul'], ['20 percent discount', '20 percent']], Q,
  'Sellers shipping to the new Riyadh and Istanbul fulfilment centres will get a 20 percent discount on fulfilment fees for the first six months.')
A('zh', 'list', '2026年1月1日起费用有哪些变化？', [['metal kitchenware goes back down'], ['garden tools goes up'], ['payment processing fee is cut'], ['first 50 orders'], ['monthly store fee'], ['20 percent discount']], Q,
  'The commission for metal kitchenware goes back down from 13 percent to 12 percent.',
  'The commission for garden tools goes up from 12 percent to 13 percent.',
  'The payment processing fee is cut from 1.8 percent to 1.5 percent of order value.',
  'New sellers will pay no commission on their first 50 orders, instead of the first 30 orders.',
  'A monthly store fee of 39 US dollars will be charged to sellers with more than 1,000 listings.',
  'Sellers shipping to the new Riyadh and Istanbul fulfilment centres will get a 20 percent discount on fulfilment fees for the first six months.')
A('zh', 'reason', '2025年肇庆卖家综合费率为什么上涨？', [['advertising spend grew fastest'], ['commission rates in most categories rose by one point'], ['fulfilment fees increased']], Q,
  'First, advertising spend grew fastest: on average it rose from 6.2 percent to 7.4 percent of sales, because more sellers entered the kitchenware category and bid for the same keywords.',
  'Second, commission rates in most categories rose by one point in January 2025.',
  'Third, fulfilment fees increased after storage charges at the European warehouses were raised in March 2025.')
A('en', 'reason', 'Why did the advertising spend of Zhaoqing sellers rise so much?', ['more sellers entered the kitchenware category and bid for the same keywords'], Q,
  'because more sellers entered the kitchenware category and bid for the same keywords')
A('en', 'reason', 'Why did fulfilment fees go up in 2025?', ['storage charges at the European warehouses were raised in March 2025'], Q,
  'Third, fulfilment fees increased after storage charges at the European warehouses were raised in March 2025.')
A('zh', 'reason', '园艺工具的佣金明年为什么要上调？', ['return rate of this category is higher than average'], Q,
  'The garden tools commission is rising in 2026 mainly because the return rate of this category is higher than average and the marketplace is covering more return costs.')
A('en', 'list', 'What problems has the seller support team found in Zhaoqing stores?', [['Wrong category listing'], ['Too much advertising on low-margin items'], ['Old listings that never sell'], ['Late response to buyer messages']], Q,
  '(1) Wrong category listing.', '(2) Too much advertising on low-margin items.', '(3) Old listings that never sell.', '(4) Late response to buyer messages, which lowers the store rating and the search ranking.')
A('en', 'reason', 'I put my kitchen knives and pots under "other categories". Why is that a problem?', ['carries a higher commission'], Q,
  'Some sellers list kitchen knives and pots under "other categories", which carries a higher commission.')
A('zh', 'figure', '厨具类卖家里有多大比例广告花费超过销售额的10%？', [['About a quarter', 'a quarter']], Q,
  'About a quarter of sellers in the kitchenware category spend more than 10 percent of sales on advertising.')
A('zh', 'reason', '回复买家消息慢会有什么后果？', ['lowers the store rating and the search ranking'], Q,
  '(4) Late response to buyer messages, which lowers the store rating and the search ranking.')
A('en', 'date', 'By what date should I check the category of all my listings?', ['15 December 2025'], Q,
  'Check the category of every listing before 15 December 2025 and move wrongly listed items.')
A('zh', 'list', '平台建议卖家做哪些准备？', [['Check the category of every listing'], ['Set a daily advertising budget'], ['Delete or merge listings'], ['compare the costs of the Riyadh and Istanbul fulfilment centres'], ['plan their first 50 orders carefully']], Q,
  'Check the category of every listing before 15 December 2025 and move wrongly listed items.',
  'Set a daily advertising budget and pause keywords that have no order in 30 days.',
  'Delete or merge listings that have not sold in 12 months, so that the store stays under 1,000 listings if possible.',
  'If you sell to the Middle East or Turkey, compare the costs of the Riyadh and Istanbul fulfilment centres with your current shipping.',
  'New sellers should plan their first 50 orders carefully to use the commission-free period.')
A('en', 'date', 'When are the online sessions on the new fees, and how many places each?', [['18 November'], ['2 December 2025'], ['300 places']], Q,
  'The South China team will hold two online sessions on the new fees, on 18 November and 2 December 2025. Each session has 300 places.')
A('zh', 'other', '除了线上说明会，卖家还能怎么找人咨询费用问题？', [['one-to-one call with a fee adviser']], Q,
  'Sellers can also book a', 'one-to-one call with a fee adviser through the seller back office.')
A('zh', 'yesno', '这份通知里的佣金率适用于高端品牌计划吗？', [['do not apply to the premium brand programme']], Q,
  'rates are for the standard seller programme and do not apply to the premium brand programme')
U('en', 'figure', 'What was the commission for furniture and home decor in 2023?')
U('zh', 'place', '肇庆哪个区县的卖家销售额最高？')
U('en', 'figure', 'What were the import sales into China made by Zhaoqing sellers in 2024?')
U('zh', 'figure', '2025年1—9月肇庆卖家销售额同比增长了多少？')
U('en', 'figure', 'What is the fulfilment fee rate at the Istanbul fulfilment centre?')
U('zh', 'figure', '高端品牌计划的金属厨具佣金率是多少？')
U('en', 'figure', 'How many active sellers does the marketplace have in Guangning county?')

def main():
    n = {'zh': 0, 'en': 0}
    with open(os.path.join(HERE, '..', 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for lang, typ, q, groups, ev, un in ITEMS:
            n[lang] += 1
            o = {'id': 'fp6-%s-%03d' % (lang, n[lang]), 'lang': lang, 'type': typ, 'question': q,
                 'answers': groups, 'evidence': ev, 'unanswerable': un}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(ITEMS), n['zh'], n['en']))

if __name__ == '__main__':
    main()
