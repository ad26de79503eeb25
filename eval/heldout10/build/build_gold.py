#!/usr/bin/env python3
"""Hand-written questions for heldout10; writes ../gold.jsonl.

Each item: A(lang, type, question, answers, source, quotes) for answerable items,
U(lang, type, question) for unanswerable near misses.
answers: list of groups; a group is a string (one alternative) or a list of alternatives.
Ids are numbered per language in the order the items appear here."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

JM = 'h10_zh_jiangmen_export_returns_compliance_notes_2024.txt'
LF = 'h10_zh_langfang_overseas_warehouse_capacity_plan_2025_2027.md'
LZ = 'h10_zh_luzhou_1210_clearance_brief_2025q3.html'
YK = 'h10_zh_yongkang_hardware_compliance_recall_survey_2024.pdf'
XT = 'h10_en_xingtai_route_logistics_cost_memo_2024.docx'
QD = 'h10_en_qingdao_export_vat_refund_review_2024.txt'

ITEMS = []


def A(lang, typ, question, answers, source, quotes):
    groups = [[g] if isinstance(g, str) else list(g) for g in answers]
    if isinstance(quotes, str):
        quotes = [quotes]
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=groups,
                      evidence=[{'source': source, 'quote': q} for q in quotes],
                      unanswerable=False))


def U(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[],
                      unanswerable=True))


# ---------------------------------------------------------------- Jiangmen (txt, zh)
JM_TOTAL = '2024年，本公司代理申报跨境电商出口退货4.6万票，货值1.38亿元，同比增长27.5%'
JM_BRK1 = '退货平均通关时长由2023年的31.5小时缩短'
JM_BRK2 = '至2024年的18.2小时'
JM_R1 = '一是美国、德国等主要市场的部分平台将无理由退货期限由30天延长至60天，退货率随之上升'
JM_R2 = '二是本地部分小家电和灯具卖家由海外仓备货改为直邮发货，直邮订单的退货无法在境外就近处理，只能整批退运'
JM_R3 = '三是保税退货仓启用后“退得回、修得好、出得去”的通道打通，卖家主动选择退运而不是在境外销毁的意愿明显增强'
JM_RE = '二次出境率提高，一是退货仓新增2条维修翻新线，小家电翻新周期由12天缩短到5天；二是与洛杉矶、法兰克福两地的合作海外仓建立“退货—翻新—再出口”对接'
JM_P = ['（一）部分退货商品的型号、序列号与原出口报关单不一致，2024年因此被要求补充说明的有612票',
        '（二）个别卖家将非原出口商品混入退运货物，2024年本公司在预审中拦截此类申报37票',
        '（三）维修翻新后再出口的商品如何认定货值、是否需要重新办理检验，各环节把握口径不一',
        '（四）食品、化妆品类退货需进行检疫处理或销毁，每票平均处理费用约860元，明显高于其他品类']
JM_S = ['卖家在出口申报时完整录入商品序列号，为日后退货比对留足依据',
        '保税退货仓对翻新商品实行“一品一档”，记录维修内容和更换部件',
        '争取在台山市、开平市设立退货集拼点，由集拼点统一转运至保税退货仓',
        '对食品类退货，建议卖家优先采用境外捐赠或当地折价销售的方式处理']

A('zh', 'figure', '恒舟报关2024年一共帮卖家报了多少票跨境电商出口退货？这些退货值多少钱？',
  ['4.6万票', '1.38亿元'], JM, JM_TOTAL)
A('en', 'figure', 'By how much did the value of cross-border export returns handled by the Jiangmen broker rise in 2024?',
  ['27.5%'], JM, JM_TOTAL)
A('en', 'figure', 'How many return declarations did the Jiangmen broker file in the first half of 2024, and what were they worth?',
  ['1.9万票', '0.57亿元'], JM, '其中，上半年1.9万票、货值0.57亿元')
A('zh', 'figure', '江门这家报关行去年哪个季度退货最多？那个季度有多少票？',
  ['第四季度', '1.5万票'], JM, '第四季度1.5万票，为全年单季最高')
A('zh', 'date', '江门综保区那个保税退货仓是什么时候开始用的？',
  ['2022年9月'], JM, '江门综合保税区保税退货仓于2022年9月启用，一期面积1.2万平方米')
A('zh', 'figure', '保税退货仓开了以后到2024年底，一共收了多少货值的退货？累计有多少比例又出口出去了？',
  ['3.12亿元', '61.4%'], JM, '截至2024年12月底，累计接收退货货值3.12亿元，累计二次出境率61.4%')
A('en', 'figure', 'What was the re-export rate for 2024 by itself, and how many points higher than in 2023 was it?',
  ['64.8%', '5.1个百分点'], JM, '2024年当年二次出境率为64.8%，比上年提高5.1个百分点')
A('zh', 'figure', '退货在江门过海关平均要等多久？2023年和2024年各是多少小时？',
  ['31.5小时', '18.2小时'], JM, [JM_BRK1, JM_BRK2])
A('en', 'figure', 'In 2023 my returned parcels waited about 31 hours at Jiangmen customs. What was the average clearance time for returns in 2024?',
  ['18.2小时'], JM, [JM_BRK1, JM_BRK2])
A('en', 'list', 'What targets does the Jiangmen broker set for returns handling by 2026?',
  ['12小时以内', '70%以上', '2万平方米'], JM,
  '到2026年，退货平均通关时长压缩至12小时以内，二次出境率提高到70%以上，保税退货仓总面积扩大到2万平方米')
A('zh', 'definition', '札记里的“二次出境率”是怎么算的？',
  [['重新出口的货值占当期入仓退货货值的比重', '按货值计算']], JM,
  '是指退货商品经分拣、维修翻新后重新出口的货值占当期入仓退货货值的比重，按货值计算')
A('en', 'definition', 'In the Jiangmen notes, what counts as a cross-border export return — within what time after export must the goods come back, and in what state?',
  ['1年内', '原状退运进境'], JM, '自出口放行之日起1年内原状退运进境的货物')
A('zh', 'definition', '保税退货仓到底是个什么仓？在里面做哪些事？',
  ['海关监管仓库', ['集中申报、查验、分拣、维修翻新和重新出口', '维修翻新']], JM,
  '是指设在综合保税区内，对跨境电商出口退货进行集中申报、查验、分拣、维修翻新和重新出口的海关监管仓库')
A('zh', 'place', '按卖家所在地看，江门哪个区的退货票数最多？',
  ['蓬江区'], JM, '蓬江区　　1.3万票　　0.41亿元　　小家电　　67.2%')
A('en', 'figure', 'For sellers in Xinhui, what is mostly sent back and what share gets re-exported?',
  ['不锈钢厨具', '71.5%'], JM, '新会区　　0.9万票　　0.29亿元　　不锈钢厨具　　71.5%')
A('en', 'place', 'Which county-level area in the returns table has the lowest re-export rate?',
  ['台山市'], JM, '台山市　　0.4万票　　0.11亿元　　休闲食品　　39.6%')
A('zh', 'reason', '台山的二次出境率为什么那么低？',
  [['过了保质期的比例高', '保质期'], ['只能销毁处理', '销毁']], JM,
  '台山市二次出境率明显偏低，原因是休闲食品退货过了保质期的比例高，只能销毁处理')
A('zh', 'yesno', '台山有些食品退货在国外就直接销毁了，这部分算进表1里吗？',
  [['不计入本表', '未退运进境']], JM, '台山市部分食品类退货在境外就地销毁，未退运进境，不计入本表')
A('en', 'reason', 'Why did export returns grow so fast in Jiangmen in 2024?',
  ['无理由退货期限由30天延长至60天', ['由海外仓备货改为直邮发货', '直邮'], ['卖家主动选择退运', '通道打通']], JM,
  [JM_R1, JM_R2, JM_R3])
A('zh', 'reason', '美国、德国那边退货率为啥上去了？平台的退货期限改成了多少天？',
  ['无理由退货期限由30天延长至60天'], JM, JM_R1)
A('en', 'reason', 'I sell small appliances by direct mail from Jiangmen. Why do my returns have to be shipped back to China in whole batches?',
  [['直邮订单的退货无法在境外就近处理', '无法在境外就近处理']], JM, JM_R2)
A('zh', 'reason', '以前卖家宁可在国外把退货销毁，现在为什么更愿意运回江门？',
  [['“退得回、修得好、出得去”的通道打通', '通道打通']], JM, JM_R3)
A('en', 'reason', 'What made the re-export rate of returned goods go up?',
  [['新增2条维修翻新线', '维修翻新线'], ['“退货—翻新—再出口”对接', '洛杉矶、法兰克福']], JM, JM_RE)
A('en', 'list', 'From a customs compliance point of view, what problems does the Jiangmen broker see in the returns business?',
  ['型号、序列号与原出口报关单不一致', '非原出口商品混入退运货物', ['如何认定货值', '口径不一'], ['检疫处理或销毁', '每票平均处理费用约860元']],
  JM, JM_P)
A('zh', 'figure', '去年因为型号、序列号对不上被要求补充说明的有几票？预审拦下来的混装申报又有几票？',
  ['612票', '37票'], JM, [JM_P[0], JM_P[1]])
A('en', 'reason', 'Why are returns of food and cosmetics so expensive to handle, and roughly what do they cost per declaration?',
  [['检疫处理或销毁', '检疫处理'], ['每票平均处理费用约860元', '约860元', '860元']], JM, JM_P[3])
A('zh', 'list', '合规部对退货业务提了哪些建议？',
  ['完整录入商品序列号', ['一品一档'], '设立退货集拼点', ['境外捐赠或当地折价销售', '境外捐赠']], JM, JM_S)
A('en', 'place', 'Where does the broker want return consolidation points set up?',
  ['台山市', '开平市'], JM, '争取在台山市、开平市设立退货集拼点')
A('en', 'yesno', 'Do the Jiangmen return figures describe the whole city?',
  [['不代表江门市全市情况', '本公司代理申报数据']], JM, '本札记数据为本公司代理申报数据，不代表江门市全市情况')
A('zh', 'definition', '这份札记里退货的“通关时长”从哪一步算到哪一步？',
  [['自退货清单申报至海关放行', '退货清单申报至海关放行']], JM, '通关时长指自退货清单申报至海关放行的时间')
U('zh', 'figure', '恒舟报关2024年第一季度一共申报了多少票出口退货？')
U('en', 'figure', 'How many return declarations did sellers based in Enping file in 2024?')
U('zh', 'figure', '江门跨境电商进口商品退回境外的有多少票？')
U('en', 'figure', 'By what percentage did the number of return tickets (not their value) grow in 2024?')
U('en', 'list', 'Which marketplaces extended their no-reason return window to 60 days?')
U('zh', 'figure', '2023年英国退货货值占全部退货的比重是多少？')
U('en', 'date', 'In which month did the Jiangmen bonded return warehouse put its two new repair and refurbishment lines into use?')
U('zh', 'reason', '为什么2024年第四季度的退货票数是全年最高的？')

# ---------------------------------------------------------------- Langfang (md, zh)
LF_SERVE = '主要服务香河县、霸州市、大城县、固安县的家具、钢木制品和红木工艺品出口卖家'
LF_BRK1 = '自2019年首个海外仓开仓至2024年9月末，累计处理'
LF_BRK2 = '出库订单1,960万单'
LF_R = ['一是大件家具订单持续增长，2024年1—9月大件商品出库量占全部出库订单的41%',
        '二是洛杉矶、休斯敦两仓库容利用率长期在85%以上，旺季需临时租用外部仓库，每平方米月租金比自有仓高约35%',
        '三是欧洲方向订单增长快于北美，华沙、布达佩斯两仓需要提前布局，承接中欧班列到货']
LF_P = ['北美仓库租金上涨，洛杉矶仓2024年续租价格比2021年首租价格高出28%',
        '部分卖家备货计划性不强，滞销库存长期占用库位，库龄超过180天的货物占在库货物的17%',
        '欧洲两仓的本地操作人员流动性大，2024年1—9月人员流失率达到31%',
        '多伦多仓单量不足，库容利用率仅为71%，处于盈亏平衡线附近']
LF_M = ['对库龄超过180天的货物按日加收长期仓储费，并向卖家推送清仓建议',
        '与香河县、霸州市家具行业协会签订备货协同协议，按季度共享销售预测',
        '多伦多仓暂不扩容，2025年通过承接加拿大本地品牌的仓储业务提高利用率',
        '规划期内计划投入资金2.3亿元，其中自有资金占60%，其余通过银行贷款解决']
LF_LA = '| 洛杉矶仓 | 2.6 | 2.6 | 93% | 3.2 | 4.0 |'

A('zh', 'list', '捷仓的海外仓主要给廊坊哪几个县市的卖家用？',
  ['香河县', '霸州市', '大城县', '固安县'], LF, LF_SERVE)
A('en', 'figure', 'How many overseas warehouses did the Langfang company run at the end of 2023, and how much floor space in total?',
  ['4个', '6.8万平方米'], LF, '2023年末，公司在境外运营海外仓4个，总面积6.8万平方米')
A('zh', 'place', '捷仓2024年新开的那个海外仓在哪个城市？',
  ['布达佩斯'], LF, '2024年9月末增加到5个、8.5万平方米，新增的1个位于布达佩斯')
A('zh', 'reason', '洛杉矶、休斯敦两个仓旺季为什么还得去外面租仓库？',
  ['库容利用率长期在85%以上'], LF, LF_R[1])
A('en', 'figure', 'How many outbound orders did the warehouses handle in Jan-Sep 2024 and how much growth is that?',
  ['412万单', '36.8%'], LF, '2024年1—9月，海外仓处理出库订单412万单，同比增长36.8%')
A('zh', 'figure', '他们服务了多少家卖家？廊坊本地的占多少？',
  ['537家', '58%'], LF, '服务卖家537家，其中廊坊本地卖家占58%')
A('en', 'figure', 'Since the first warehouse opened, how many orders have gone out in total up to September 2024?',
  ['1,960万单'], LF, [LF_BRK1, LF_BRK2])
A('zh', 'date', '捷仓的第一个海外仓是哪一年开的？',
  ['2019年'], LF, LF_BRK1)
A('en', 'figure', 'what was total outbound orders in 2023 and how much of it came in the Q4 peak?',
  ['418万单', '28%'], LF, '2023年全年出库订单为418万单，第四季度旺季单量占全年的28%')
A('zh', 'definition', '规划里的“库容利用率”怎么算？',
  ['日均在库货物占用面积与海外仓容量之比'], LF, '指统计期内日均在库货物占用面积与海外仓容量之比')
A('en', 'definition', 'In the Langfang plan, does "overseas warehouse capacity" include the office area?',
  ['净仓储面积', '不含办公区和装卸平台'], LF, '指海外仓可用于存放货物的净仓储面积，不含办公区和装卸平台')
A('en', 'definition', 'My sofa box is 150 cm long. When does the plan treat an item as a bulky item?',
  [['最长边超过120厘米', '120厘米'], ['单件重量超过30千克', '30千克']], LF,
  '指单件包装最长边超过120厘米或单件重量超过30千克的商品')
A('zh', 'definition', '“尾程时效”指的是哪一段时间？',
  ['自海外仓出库至交付境外消费者所用的天数'], LF, '指订单自海外仓出库至交付境外消费者所用的天数')
A('en', 'figure', 'How full was the Los Angeles warehouse in Jan-Sep 2024, and how big should it be by 2027?',
  ['93%', '4.0'], LF, LF_LA)
A('en', 'place', 'Which of the five warehouses had the lowest space utilisation in the first nine months of 2024?',
  ['布达佩斯仓'], LF, '| 布达佩斯仓 | — | 1.7 | 46% | 1.8 | 2.2 |')
A('zh', 'figure', '海外仓总面积2025年和2027年分别要达到多少？',
  ['10万平方米', '13万平方米'], LF, '2025年总面积达到10万平方米，2027年达到13万平方米')
A('en', 'date', 'When did the Budapest warehouse start operating?',
  ['2024年4月'], LF, '布达佩斯仓于2024年4月开仓')
A('zh', 'yesno', '多伦多仓2025年会扩容吗？',
  ['暂不扩容'], LF, LF_M[2])
A('en', 'reason', 'Why does the Langfang operator say it needs more warehouse space?',
  [['大件家具订单持续增长', '大件'], ['库容利用率长期在85%以上', '临时租用外部仓库'], ['欧洲方向订单增长快于北美', '中欧班列']], LF, LF_R)
A('zh', 'figure', '旺季临时去租外面的仓库，每平方米月租比自己的仓贵多少？',
  [['约35%', '35%']], LF, LF_R[1])
A('zh', 'reason', '为什么要提前在华沙、布达佩斯布局？',
  ['欧洲方向订单增长快于北美', '承接中欧班列到货'], LF, LF_R[2])
A('zh', 'list', '洛杉矶仓打算用哪些办法扩容？',
  ['租赁相邻仓库0.6万平方米', '加装高位货架'], LF, '洛杉矶仓优先扩容：一是租赁相邻仓库0.6万平方米，二是加装高位货架，增加托盘位约4,000个')
A('zh', 'figure', '北美两仓平均库龄打算从多少天降到多少天？',
  ['74天', '55天以内'], LF, '北美两仓平均库龄由2024年1—9月的74天下降到55天以内')
A('en', 'list', 'Which warehouses does the plan mean by "the two North American warehouses"?',
  ['洛杉矶仓', '休斯敦仓'], LF, '本规划所称“北美两仓”指洛杉矶仓和休斯敦仓')
A('zh', 'place', '退货处理区准备放在哪几个仓？2025年每个月能处理多少件退货？',
  ['洛杉矶仓', '华沙仓', '每月3万件'], LF, '在洛杉矶仓、华沙仓设立退货处理区，2025年退货处理能力达到每月3万件')
A('en', 'list', 'what problems the Langfang warehouse plan say must be solved?',
  ['租金上涨', ['备货计划性不强', '滞销库存长期占用库位'], ['人员流动性大', '人员流失率达到31%'], '多伦多仓单量不足'], LF, LF_P)
A('en', 'figure', 'What share of the stock in the warehouses has been sitting there for more than 180 days?',
  ['17%'], LF, LF_P[1])
A('en', 'reason', 'Why is the Toronto warehouse a concern for the company?',
  [['单量不足', '库容利用率仅为71%'], '处于盈亏平衡线附近'], LF, LF_P[3])
A('en', 'list', 'What safeguard measures does the warehouse plan list?',
  ['按日加收长期仓储费', '备货协同协议', '多伦多仓暂不扩容', ['投入资金2.3亿元', '2.3亿元']], LF, LF_M)
A('zh', 'figure', '规划期内一共准备投多少钱？自己出的钱占多少？',
  ['2.3亿元', '60%'], LF, LF_M[3])
U('zh', 'figure', '捷仓规划里2026年海外仓总面积目标是多少？')
U('en', 'figure', 'How many outbound orders did the Houston warehouse ship in January-September 2024?')
U('zh', 'figure', '捷仓服务的廊坊卖家里有多少家在三河市？')
U('zh', 'figure', '捷仓2024年全年出库订单一共有多少单？')
U('en', 'other', 'Which bank is lending the money for the rest of the warehouse investment?')
U('en', 'reason', 'Why did rents at the Houston warehouse go up?')
U('zh', 'date', '华沙仓是哪一年开仓的？')

# ---------------------------------------------------------------- Luzhou (html, zh)
LZ_Q3 = '2025年第三季度，泸州综合保税区1210保税进口零售申报清单86.4万单，货值2.15亿元，同比分别增长33.1%和24.6%'
LZ_T = '第三季度平均通关时长为4.6分钟，比第二季度缩短1.3分钟；秒级放行率为78.5%'
LZ_BRK1 = '按照工作目标，到2026年平均通关时长控制在'
LZ_BRK2 = '3分钟以内，秒级放行率达到85%，全年申报清单突破400万单'
LZ_R = ['一是海关对美妆个护、母婴用品两类低风险商品扩大了“先放行后抽核”的适用范围。',
        '二是区内3家主要电商企业完成“三单”系统接口改造，推送失败率由2.1%降到0.4%。',
        '三是本公司推行申报要素预审核，因申报要素错误被退单的清单比第二季度减少62%。']
LZ_P = ['个人年度交易限值管理存在漏洞，第三季度有1,240单因订购人超过年度限值被退单。',
        '部分电商企业未按要求在商品页面公示原产地和“可能不符合我国标准”的风险提示。',
        '进口酒水查验率达到3.4%，主要因为酒精度标注与备案信息不一致。',
        '区内退货仓容量不足，退货商品平均在区滞留11天。']
LZ_NEXT = '一是为保健食品和酒水企业建立备案信息核对清单，力争第四季度两类商品平均通关时长降到5分钟以内；二是协助区内企业在下单环节增加订购人年度额度提示，从源头减少超限退单'

A('zh', 'definition', '1210保税进口零售到底是怎么个做法？',
  ['整批进口存入综合保税区', ['以个人物品方式申报出区配送', '个人物品']], LZ,
  '是指跨境电商企业将商品整批进口存入综合保税区，消费者下单后在区内分拣打包、以个人物品方式申报出区配送的模式')
A('en', 'definition', 'In the Luzhou brief, from when to when is clearance time counted, and does it include packing in the zone?',
  ['信息推送完毕至海关放行', '不含区内分拣打包时间'], LZ,
  '是指自“三单”（订单、支付单、物流运单）信息推送完毕至海关放行的时间，不含区内分拣打包时间')
A('en', 'list', 'What are the "three documents" that must be pushed before clearance time starts?',
  ['订单', '支付单', '物流运单'], LZ, '“三单”（订单、支付单、物流运单）')
A('zh', 'definition', '简报里说的“秒级放行”要多快才算？',
  ['1分钟内'], LZ, '是指清单申报后1分钟内完成系统审核并放行')
A('zh', 'figure', '泸州综保区今年三季度1210一共申报了多少单？货值多少？',
  ['86.4万单', '2.15亿元'], LZ, LZ_Q3)
A('en', 'figure', 'how fast did the Luzhou 1210 orders and value grow in Q3 2025 compare to last year?',
  ['33.1%', '24.6%'], LZ, LZ_Q3)
A('en', 'figure', 'What were the cumulative 1210 order count and value for January to September 2025?',
  ['221.7万单', '5.62亿元'], LZ, '1—9月累计申报清单221.7万单，货值5.62亿元')
A('zh', 'figure', '泸州去年一整年1210做了多少单、多少货值？',
  ['248.3万单', '6.37亿元'], LZ, '2024年全年申报清单248.3万单，货值6.37亿元')
A('en', 'date', 'Since when has the 1210 bonded import business been running in the Luzhou zone?',
  ['2021年6月'], LZ, '自2021年6月1210业务开通至2025年9月末，累计申报清单612万单')
A('en', 'figure', 'What was the average clearance time in Q3 2025, and how much shorter than in Q2?',
  ['4.6分钟', '1.3分钟'], LZ, LZ_T)
A('zh', 'figure', '三季度秒级放行率是多少？',
  ['78.5%'], LZ, LZ_T)
A('en', 'figure', 'What is the 2026 goal for average clearance time of 1210 orders in Luzhou?',
  ['3分钟以内'], LZ, [LZ_BRK1, LZ_BRK2])
A('zh', 'list', '到2026年泸州1210定了哪些目标？',
  ['3分钟以内', '85%', '400万单'], LZ, [LZ_BRK1, LZ_BRK2])
A('en', 'date', 'On which day did 1210 declarations peak in the third quarter, and how many orders were declared that day?',
  ['8月18日', '2.87万单'], LZ, '单日最高申报量出现在8月18日，达2.87万单')
A('en', 'figure', 'For beauty and personal care goods in Q3, how many orders were declared and what was the average clearance time in minutes?',
  ['31.2', '3.9'], LZ, ['美妆个护', '31.2', '3.9'])
A('zh', 'place', '哪个品类平均通关时间最长？',
  ['保健食品'], LZ, ['保健食品', '6.1'])
A('zh', 'reason', '进口酒水的查验率为什么这么高？',
  ['酒精度标注与备案信息不一致'], LZ, LZ_P[2])
A('en', 'list', 'What goods fall under "other" in the category table?',
  ['宠物食品', '小家电', '服饰鞋帽'], LZ, '“其他”包括宠物食品、小家电和服饰鞋帽')
A('en', 'figure', 'What share of Q3 parcels went to buyers in Luzhou itself, and to the rest of Sichuan?',
  ['12.7%', '46.2%'], LZ, '第三季度订单中四川省内（不含泸州）占46.2%，泸州本地占12.7%')
A('zh', 'list', '泸州1210的货主要从哪些国家来？',
  ['澳大利亚', '日本', '法国', '德国'], LZ, '商品主要来自澳大利亚、日本、法国和德国')
A('en', 'reason', 'Why did 1210 clearance get faster in Q3 2025?',
  ['先放行后抽核', ['系统接口改造', '推送失败率由2.1%降到0.4%'], '申报要素预审核'], LZ, LZ_R)
A('zh', 'figure', '“三单”推送失败率降到了多少？',
  ['0.4%'], LZ, LZ_R[1])
A('zh', 'figure', '因为申报要素填错被退单的清单比二季度少了多少？',
  ['62%'], LZ, LZ_R[2])
A('zh', 'reason', '保健食品通关为啥比别的慢？',
  ['逐批核对进口保健食品备案信息', ['中文标签样张更新不及时', '人工审核']], LZ,
  '保健食品平均通关时长明显偏长，原因一是该品类须逐批核对进口保健食品备案信息，二是部分商品中文标签样张更新不及时，触发人工审核')
A('en', 'list', 'What compliance problems in the 1210 business does the Luzhou brief point out?',
  [['年度交易限值', '超过年度限值'], ['公示原产地', '风险提示'], ['酒精度标注与备案信息不一致', '进口酒水查验率'], '退货仓容量不足'], LZ, LZ_P)
A('zh', 'figure', '三季度因为订购人超过年度限值被退了多少单？',
  ['1,240单'], LZ, LZ_P[0])
A('en', 'reason', 'My customer sent back a bonded import order in Luzhou and it is stuck in the zone. Why do returns sit there so long, and for how many days on average?',
  ['退货仓容量不足', '11天'], LZ, LZ_P[3])
A('en', 'reason', 'Why were more than a thousand 1210 orders rejected in the third quarter?',
  [['订购人超过年度限值', '超过年度限值'], ['个人年度交易限值管理存在漏洞', '管理存在漏洞']], LZ, LZ_P[0])
A('zh', 'list', '报关公司下一步准备做哪两件事？',
  ['备案信息核对清单', '订购人年度额度提示'], LZ, LZ_NEXT)
A('en', 'definition', 'Is the inspection rate in the Luzhou brief counted by order or by value?',
  ['按清单数计算'], LZ, '查验率按清单数计算')
U('en', 'figure', 'What was the average 1210 clearance time in Luzhou in the third quarter of 2024?')
U('zh', 'figure', '泸州跨境电商9610出口今年三季度申报了多少单？')
U('en', 'figure', 'By what percentage did the number of 1210 orders grow over the whole of 2024?')
U('zh', 'figure', '三季度订单里收件地在叙永县的占多少？')
U('en', 'list', 'Which three e-commerce companies in the zone finished the system interface upgrade?')
U('zh', 'date', '海关是从哪天开始扩大“先放行后抽核”适用范围的？')
U('en', 'reason', 'Why did the value of 1210 orders grow more slowly than the number of orders?')

# ---------------------------------------------------------------- Yongkang (pdf, zh)
YK_VISIT = '走访永康市古山镇、芝英镇、象珠镇、石柱镇和东城街道的五金工具出口企业64家'
YK_23 = '2023年，受访企业跨境电商出口额合计11.6亿元，因合规问题被平台下架商品链接2,870个，发生召回事件19起'
YK_BRK1 = '认证覆盖率由2023年末的72.5%提高到'
YK_BRK2 = '2024年9月末的81.3%'
YK_TGT = '按照永康市电动工具出口联盟提出的目标，到2026年认证覆盖率达到95%，召回事件年发生数控制在5起以内'
YK_R = '召回原因一是插头、电源线规格不符合目的国标准，共5起；二是锂电池组存在过热风险，共4起；三是说明书缺少目的国语言的安全警示，共2起'
YK_CR = '认证覆盖率提高较快，一是本地检测机构新增欧盟公告机构合作资质，CE检测周期由35天缩短到18天；二是主要平台自2024年起对无认证链接实行批量下架，倒逼卖家补办认证'
YK_P = ['认证成本负担重，受访企业平均每个新品的检测认证费用约2.6万元，小卖家难以承受',
        '部分企业使用代理商提供的“共享证书”，证书持有人与实际生产企业不一致，一旦被抽查即面临下架',
        '召回响应慢，从收到通报到完成下架和通知买家平均需要9天，超过平台要求的72小时',
        '欧盟新规要求在欧盟境内设立授权代表，受访企业中仅有23%已委托欧盟授权代表']
YK_S = ['一是由行业组织牵头组织同类产品“拼单检测”，分摊检测认证费用',
        '二是企业建立产品合规档案，做到每个链接对应证书、检测报告和说明书版本可查',
        '三是制定召回应急预案，明确24小时内下架、72小时内通知买家的内部时限',
        '四是报关环节把合规文件核查前移，出口申报前核对认证信息与商品型号是否一致']

A('zh', 'list', '永康这次调查走访了哪些镇和街道？',
  ['古山镇', '芝英镇', '象珠镇', '石柱镇', '东城街道'], YK, YK_VISIT)
A('en', 'figure', 'How many firms did the Yongkang survey visit, how many of them sell cross-border online, and how many valid questionnaires came back?',
  ['64家', '41家', '58份'], YK, '五金工具出口企业64家，其中跨境电商卖家41家，回收有效问卷58份')
A('en', 'other', 'Who led the Yongkang hardware compliance survey?',
  ['周蔓青'], YK, '调查由本公司合规顾问周蔓青牵头')
A('zh', 'figure', '受访企业里年出口额5000万元以上的有几家？1000万元以下的呢？',
  ['9家', '34家'], YK, '年出口额5000万元以上的有9家，1000万元至5000万元的有21家，1000万元以下的有34家')
A('en', 'definition', 'What does "certification coverage rate" mean in the Yongkang survey?',
  ['已取得目的市场所需认证的在售商品链接数占全部在售商品链接数的比重'], YK,
  '“认证覆盖率”是指已取得目的市场所需认证的在售商品链接数占全部在售商品链接数的比重')
A('zh', 'definition', '报告里说的“召回”是指什么情况？',
  ['安全缺陷', '退货、更换、维修或退款'], YK,
  '是指因产品存在安全缺陷，经境外监管机构通报或平台要求，企业对已售商品采取退货、更换、维修或退款等措施的行为')
A('en', 'list', 'Which certifications does the survey give as examples of compliance certification?',
  [['欧盟CE', 'CE'], ['英国UKCA', 'UKCA'], ['美国FCC', 'FCC'], 'ETL'], YK, '如欧盟CE、英国UKCA、美国FCC和ETL等')
A('zh', 'figure', '2023年这些企业跨境电商出口了多少？被平台下架了多少个链接？',
  ['11.6亿元', '2,870个'], YK, YK_23)
A('zh', 'figure', '今年前三季度发生了几起召回？光三季度呢？',
  ['11起', '3起'], YK, '发生召回事件11起，其中第三季度3起')
A('en', 'figure', 'Since 2020, how many recall cases have the surveyed firms had and how many items were involved?',
  ['63起', ['约14.2万件', '14.2万件']], YK, '2020年以来，受访企业累计发生召回事件63起，涉及商品约14.2万件')
A('en', 'figure', 'How did the certification coverage rate change between end-2023 and September 2024?',
  ['72.5%', '81.3%'], YK, [YK_BRK1, YK_BRK2])
A('zh', 'list', '到2026年永康定的合规目标有哪些？',
  ['95%', '5起以内'], YK, YK_TGT)
A('en', 'other', 'Which organisation set the 2026 certification and recall targets for Yongkang?',
  ['永康市电动工具出口联盟'], YK, YK_TGT)
A('zh', 'figure', '2023年和今年1—9月企业在认证上各花了多少钱？',
  ['1,540', '1,320'], YK, '认证支出（万元）　1,540　1,320')
A('en', 'list', 'What costs are included in the certification spending figure?',
  ['检测费', '认证费', '境外授权代表服务费'], YK, '认证支出含检测费、认证费和境外授权代表服务费')
A('zh', 'list', '今年那11起召回分别出在哪些市场？',
  ['欧盟5起', '英国3起', '美国2起', '澳大利亚1起'], YK, '欧盟5起，英国3起，美国2起，澳大利亚1起')
A('en', 'list', 'Which tools were recalled?',
  ['角磨机', '电链锯', '锂电电钻', '电动螺丝刀'], YK, '召回产品主要是角磨机、电链锯、锂电电钻和电动螺丝刀')
A('en', 'reason', 'Why were the Yongkang tools recalled?',
  ['插头、电源线规格不符合目的国标准', ['锂电池组存在过热风险', '过热'], '说明书缺少目的国语言的安全警示'], YK, YK_R)
A('zh', 'reason', '认证覆盖率为啥提高得这么快？',
  [['新增欧盟公告机构合作资质', 'CE检测周期由35天缩短到18天'], ['对无认证链接实行批量下架', '批量下架']], YK, YK_CR)
A('en', 'list', 'What problems with certification and recalls did the Yongkang survey find?',
  ['认证成本负担重', '共享证书', '召回响应慢', ['仅有23%已委托欧盟授权代表', '授权代表']], YK, YK_P)
A('en', 'reason', 'Why do small sellers in Yongkang struggle with certification?',
  ['认证成本负担重', ['约2.6万元', '2.6万元']], YK, YK_P[0])
A('en', 'figure', 'After a recall notice, how long do firms take on average to delist products and tell buyers, compared with what platforms require?',
  ['9天', '72小时'], YK, YK_P[2])
A('zh', 'figure', '有多少比例的受访企业已经委托了欧盟授权代表？',
  ['23%'], YK, YK_P[3])
A('zh', 'reason', '用代理商给的“共享证书”为什么有风险？',
  ['证书持有人与实际生产企业不一致', '面临下架'], YK, YK_P[1])
A('zh', 'list', '报告对企业提了哪些对策建议？',
  ['拼单检测', '产品合规档案', '召回应急预案', '合规文件核查前移'], YK, YK_S)
A('en', 'figure', 'Under the suggested recall plan, within how many hours should listings come down and buyers be told?',
  ['24小时内', '72小时内'], YK, YK_S[2])
A('zh', 'yesno', '报告里的出口额是审计过的数字吗？',
  ['未经审计'], YK, '出口额为企业自报数，未经审计')
A('en', 'yesno', 'If one product is recalled in two markets, does the survey count it as one recall case?',
  ['分别计数'], YK, '同一产品在多个市场召回的分别计数')
A('zh', 'reason', '永康的五金工具被召回，主要是哪几方面原因？',
  ['插头、电源线规格不符合目的国标准', '锂电池组存在过热风险', '说明书缺少目的国语言的安全警示'], YK, YK_R)
U('en', 'figure', 'How many recall cases did the surveyed Yongkang firms have in the first quarter of 2024?')
U('zh', 'figure', '受访企业2024年全年一共发生了多少起召回？')
U('en', 'figure', 'How many of the firms visited are located in Gushan town?')
U('zh', 'figure', '受访的永康五金企业一年进口多少钱的货？')
U('zh', 'list', '是哪些平台从2024年起对无认证链接批量下架的？')
U('en', 'date', 'From what date does the EU rule on authorised representatives apply, according to the survey?')
U('zh', 'reason', '美国市场的召回为什么比欧盟少？')

# ---------------------------------------------------------------- Xingtai (docx, en)
XT_CL = ('Our clients are mainly in Qinghe County (cashmere knitwear), Pingxiang County (children\'s bicycles and '
         'ride-on toys), Nangong City (felt and wool products) and Ningjin County (casual garments)')
XT_23 = 'In 2023 we moved 18,600 tonnes for Xingtai sellers at an average door-to-door cost of CNY 14.8 per kg'
XT_H1 = 'In the first half of 2024 volume was 11,200 tonnes and the average cost fell to CNY 13.1 per kg'
XT_MKT = 'By destination market, the United States took 38% of our 2024 first-half volume, the European Union 34%, the Gulf states 15% and other markets 13%'
XT_TGT = 'is to bring it below 12% by 2026, with the door-to-door cost on the rail routes held under CNY 15 per kg in 2025'
XT_R = ['First, we moved 40% of Qinghe cashmere parcels from air to the Budapest rail route, where the rate per kilogram is about half',
        'Second, consolidating small parcels in our Xingtai warehouse raised average container fill from 71% to 86%',
        'Third, carriers cut fuel surcharges in February and March']
XT_R3 = ['First, ocean carriers added emergency surcharges on the Los Angeles and Dubai lanes as vessels were rerouted and transit times stretched',
         'Second, empty containers were short at northern ports in July and August, so we paid extra to reposition boxes']
XT_P = ['Sellers often give wrong carton dimensions, and re-weighing at destination added CNY 0.9 per kg on average to affected shipments',
        'Many small sellers still ship single parcels by air even when their listings promise 10-day delivery or longer',
        'Last-mile delivery in Spain and Hungary is costly for parcels over 5 kg',
        'Returns from the United States are sent back to China one by one rather than being consolidated, so the return cost per unit is often higher than the outbound cost',
        'Rail capacity to Budapest is booked out two to three weeks ahead in the autumn peak']
XT_S = ['First, sellers should measure and photograph every carton before pickup',
        'Second, sellers in Qinghe and Nangong whose goods are light and not urgent should switch from air to rail',
        'Third, Pingxiang bicycle sellers should redesign cartons to reduce volumetric weight, for example by shipping',
        'Fourth, sellers shipping to the United States should keep stock in a Los Angeles overseas warehouse']
XT_BRK2 = 'wheels removed and packing two frames per carton'

A('zh', 'list', '这家物流公司的客户主要在邢台哪几个县市？',
  ['Qinghe', 'Pingxiang', 'Nangong', 'Ningjin'], XT, XT_CL)
A('en', 'figure', 'How many sellers did Huabei Yuncang ship for in Jan-Sep 2024, and how many of them were in Qinghe?',
  ['214', '96'], XT, 'In January to September 2024 we shipped for 214 sellers, of which 96 were in Qinghe County')
A('zh', 'definition', '备忘录里的“门到门每公斤成本”包括哪些环节？',
  ['first-mile trucking', 'main-leg freight', 'destination customs clearance', 'last-mile delivery'], XT,
  'means the total of first-mile trucking, main-leg freight, destination customs clearance and last-mile delivery, divided by chargeable weight')
A('en', 'definition', 'What is "chargeable weight" in the Xingtai memo?',
  ['the greater of actual weight and volumetric weight'], XT,
  '"Chargeable weight" is the greater of actual weight and volumetric weight')
A('zh', 'definition', '体积重是怎么算的？除以多少？',
  [['divided by 6,000', '6,000']], XT,
  'volumetric weight is length times width times height in centimetres divided by 6,000')
A('en', 'definition', 'what means "logistics cost ratio" in this memo?',
  ["total logistics cost as a share of the sales value of the goods delivered"], XT,
  "means a seller's total logistics cost as a share of the sales value of the goods delivered")
A('zh', 'figure', '2023年给邢台卖家运了多少吨？平均每公斤多少钱？',
  [['18,600 tonnes', '18,600'], ['CNY 14.8 per kg', '14.8']], XT, XT_23)
A('en', 'figure', 'What were the volume and the average door-to-door cost in the first half of 2024?',
  [['11,200 tonnes', '11,200'], ['CNY 13.1 per kg', '13.1']], XT, XT_H1)
A('zh', 'figure', '2024年三季度平均每公斤成本涨到了多少？',
  [['CNY 15.6 per kg', '15.6']], XT, 'In the third quarter of 2024 the average rose again to CNY 15.6 per kg')
A('zh', 'figure', '一般客户的物流成本率2023年和2024年上半年分别是多少？',
  ['16.4%', '15.1%'], XT, 'the logistics cost ratio was 16.4% in 2023 and 15.1% in the first half of 2024')
A('en', 'figure', 'What are the cost targets for 2025 and 2026 in the route memo?',
  ['below 12% by 2026', ['under CNY 15 per kg in 2025', 'under CNY 15 per kg']], XT, XT_TGT)
A('zh', 'other', '降低物流成本率的目标是跟谁一起定的？',
  [['the Qinghe and Pingxiang seller associations', 'Qinghe and Pingxiang seller associations']], XT,
  'Our target, agreed with the Qinghe and Pingxiang seller associations')
A('en', 'figure', 'On the Los Angeles route, what did it cost per kg in Q3 2024 and how many days does it usually take?',
  ['12.4', '28'], XT, ['Xingtai to Los Angeles', '12.4', '28'])
A('zh', 'figure', '2023年空运到法兰克福每公斤多少钱？',
  ['31.5'], XT, ['Xingtai to Frankfurt', '31.5'])
A('en', 'place', 'Which of the five routes is the cheapest per kilogram?',
  [['Xingtai to Dubai', 'Dubai']], XT, ['Xingtai to Dubai', '7.4', '7.1', '10.8'])
A('zh', 'figure', '走中欧班列到布达佩斯，2024年上半年每公斤多少钱？一般要几天？',
  ['15.0', '19'], XT, ['Xingtai to Budapest', 'China-Europe rail', '15.0', '19'])
A('zh', 'yesno', '表里三季度的数字包含10月份旺季附加费吗？',
  [['exclude the October peak-season surcharge', 'exclude']], XT, 'Q3 2024 figures exclude the October peak-season surcharge')
A('en', 'reason', 'Why did logistics costs for Xingtai sellers fall in the first half of 2024?',
  ['from air to the Budapest rail route', ['container fill from 71% to 86%', 'consolidating small parcels'], 'cut fuel surcharges'], XT, XT_R)
A('zh', 'reason', '2024年三季度运费为什么又涨上去了？',
  [['emergency surcharges', 'vessels were rerouted'], ['empty containers were short', 'reposition boxes']], XT, XT_R3)
A('en', 'reason', 'Why are the Pingxiang bicycles the most expensive goods to ship per unit?',
  [['volumetric weight is on average 2.3 times their actual weight', '2.3 times']], XT,
  'because their volumetric weight is on average 2.3 times their actual weight')
A('zh', 'list', '备忘录在成本方面列了哪些问题？',
  ['wrong carton dimensions', ['ship single parcels by air', 'by air'], ['Last-mile delivery in Spain and Hungary', 'Spain and Hungary'],
   ['sent back to China one by one', 'Returns from the United States'], ['Rail capacity to Budapest is booked out', 'booked out']], XT, XT_P)
A('en', 'figure', 'When sellers give wrong carton sizes, how much extra per kg does re-weighing at destination add?',
  [['CNY 0.9 per kg', '0.9']], XT, XT_P[0])
A('en', 'reason', 'Why does sending back a return from the US often cost more than shipping it out?',
  [['sent back to China one by one rather than being consolidated', 'one by one']], XT, XT_P[3])
A('zh', 'list', '备忘录给卖家提了哪几条建议？',
  ['measure and photograph every carton', 'switch from air to rail', ['redesign cartons', 'reduce volumetric weight'],
   ['Los Angeles overseas warehouse', 'keep stock in a Los Angeles overseas warehouse']], XT, XT_S)
A('zh', 'reason', '为什么建议清河、南宫货轻又不急的卖家从空运改走铁路？',
  [['save about CNY 14 per kg', 'about CNY 14 per kg']], XT,
  [XT_S[1], 'which would save about CNY 14 per kg compared with the Frankfurt air route'])
A('en', 'reason', 'Why does the memo want sellers to the US to hold stock in a Los Angeles overseas warehouse?',
  [['so that returns can be handled locally', 'returns can be handled locally']], XT,
  'keep stock in a Los Angeles overseas warehouse so that returns can be handled locally')
A('en', 'figure', 'I sell light cashmere in Qinghe and ship by air to Frankfurt. How much could I save per kilo if I go by rail?',
  [['about CNY 14 per kg', 'CNY 14 per kg']], XT, 'which would save about CNY 14 per kg compared with the Frankfurt air route')
A('zh', 'list', '平乡卖童车的，包装具体可以怎么改来降体积重？',
  ['wheels removed', 'two frames per carton'], XT, [XT_S[2], XT_BRK2])
A('en', 'date', 'From when will free carton measuring be offered at the consolidation warehouse?',
  ['November'], XT, 'we will offer free measuring at the consolidation warehouse from November')
A('zh', 'yesno', '这些成本里包括目的国的进口关税和增值税吗？',
  [['exclude import duties and VAT at destination', 'exclude']], XT,
  'All costs are in Chinese yuan and exclude import duties and VAT at destination')
A('en', 'date', 'When was the Xingtai route memo dated, and who prepared it?',
  ['18 October 2024', 'Meng Xiaoran'], XT, 'Prepared by Meng Xiaoran, route pricing manager. Date: 18 October 2024')
U('zh', 'figure', '2024年第一季度邢台卖家平均每公斤门到门成本是多少？')
U('en', 'figure', 'How many tonnes did Ningjin County sellers ship in 2023?')
U('zh', 'figure', '邢台卖家进口货物的物流成本每公斤多少？')
U('en', 'figure', 'What does it cost per kg to ship from Xingtai to Warsaw?')
U('zh', 'figure', '2024年上半年的货运量同比增长了多少？')
U('en', 'list', 'Which ocean carriers added emergency surcharges in the third quarter?')
U('zh', 'reason', '为什么西班牙和匈牙利的尾程配送这么贵？')
U('en', 'date', 'When will rail capacity to Budapest be increased?')

# ---------------------------------------------------------------- Qingdao (txt, en)
QD_23 = 'In 2023 our client sellers received CNY 286 million in export VAT refunds, on refund-eligible exports of CNY 3.42 billion'
QD_H1 = 'In the first half of 2024 refunds received totalled CNY 168 million and the average processing time fell to 6.8 working days'
QD_9M = 'For January to September 2024 refunds reached CNY 251 million, up 19.3% year on year'
QD_TGT = 'is to cut that share below 20% by 2026 and to keep the average processing time at or under 5 working days in 2025'
QD_R = ['First, the tax authority extended paperless refund filing to all cross-border e-commerce exporters in March 2024',
        "Second, our desk began checking each seller's purchase invoices against the customs declaration data before filing, and the share of applications returned for correction fell from 14% to 5%",
        'Third, 61 client sellers moved up to a higher exporter management class during 2024, which entitles them to faster review']
QD_P = ['Product names and quantities on purchase invoices often do not match the customs declaration',
        'Some sellers collect sales revenue through personal accounts, so they cannot provide proof of foreign currency receipt for the refund',
        'Sellers who use the 9610 parcel mode often miss the filing deadline because their declarations are summarised monthly and reach them late',
        'A few sellers bought invoices from companies that did not supply the goods; in the first nine months of 2024 we refused to file for 9 such sellers']
QD_S = ['Ask suppliers to issue one invoice per shipment batch, with product names matching the declaration',
        "Open a business foreign currency account or use a licensed payment company that can issue receipt records in the seller's name",
        'Set a monthly reminder to download summarised 9610 declarations within five working days of month end',
        'Pingdu sellers should buy through a registered cooperative or a comprehensive foreign trade service company, which can issue invoices on behalf of small makers',
        'Sellers with an annual export value below CNY 5 million should weigh the cost of getting invoices against the refund they would receive before changing suppliers']
QD_BRK1 = 'Year-on-year growth compares January-September 2024 with the same period of 2023 for the same'
QD_BRK2 = 'group of client sellers'

A('en', 'list', 'Under which customs codes does the Qingdao brokerage file export declarations?',
  ['9610', '9710', '9810'], QD, 'Our brokerage files export declarations under customs codes 9610, 9710 and 9810')
A('zh', 'definition', '报告里“退税办理时间”是从哪天算到哪天？',
  [['files a complete refund application', 'complete refund application'], ["refund arrives in the seller's bank account", 'bank account']], QD,
  "from the day a seller files a complete refund application with the tax authority to the day the refund arrives in the seller's bank account")
A('en', 'definition', 'What are "exports without invoices", and can sellers get a VAT refund on them?',
  ['without a VAT special invoice', ['do not qualify for a refund', 'exempt from VAT']], QD,
  'means exports by sellers who bought their goods without a VAT special invoice. Such exports are exempt from VAT but do not qualify for a refund')
A('zh', 'list', '要算“可退税出口”，需要有哪三样东西支撑？',
  ['customs declaration', 'purchase VAT invoice', 'proof of foreign currency receipt'], QD,
  'means exports backed by a customs declaration, a purchase VAT invoice and proof of foreign currency receipt')
A('en', 'figure', 'How much VAT refund did the client sellers receive in 2023, and on how much refund-eligible exports?',
  ['CNY 286 million', 'CNY 3.42 billion'], QD, QD_23)
A('en', 'figure', 'what was refunds and average processing time in first half 2024?',
  ['CNY 168 million', ['6.8 working days', '6.8']], QD, QD_H1)
A('zh', 'figure', '今年1到9月客户一共收到多少退税？同比涨了多少？',
  ['CNY 251 million', '19.3%'], QD, QD_9M)
A('en', 'figure', 'What was the average refund processing time in the third quarter of 2024 on its own?',
  [['5.9 working days', '5.9']], QD, 'In the third quarter alone the average processing time was 5.9 working days')
A('zh', 'figure', '报关行从哪年开始做退税配套服务？到现在客户累计拿到多少退税？',
  ['2021', 'CNY 912 million'], QD, 'Since we began this service in 2021, clients have received CNY 912 million in refunds in total')
A('zh', 'list', '2025年和2026年分别定了什么目标？',
  ['below 20% by 2026', ['at or under 5 working days in 2025', 'at or under 5 working days']], QD, QD_TGT)
A('en', 'other', 'With which group was the invoice-share target agreed?',
  ['Qingdao Cross-Border Sellers Mutual Aid Club'], QD, 'The target set with the Qingdao Cross-Border Sellers Mutual Aid Club')
A('zh', 'place', '这家报关行哪个区的客户卖家最多？',
  [['Huangdao District', 'Huangdao']], QD, '| Huangdao District | 142 | 96.4 | 5.2 | 28% |')
A('zh', 'figure', '平度卖家2023年无票出口占比多少？',
  ['52%'], QD, '| Pingdu City | 31 | 21.3 | 7.1 | 52% |')
A('en', 'place', 'Where in Qingdao was refund processing slowest in Q3 2024?',
  [['Pingdu City', 'Pingdu']], QD, '| Pingdu City | 31 | 21.3 | 7.1 | 52% |')
A('en', 'list', 'Which areas does "Other" cover in the Qingdao table?',
  ['Chengyang District', 'Laixi City'], QD, 'covers sellers in Chengyang District and Laixi City')
A('zh', 'other', '即墨的卖家主要卖什么？',
  ['garments', 'wigs'], QD, 'Jimo sellers mainly sell garments and wigs')
A('en', 'list', 'What do Huangdao sellers mainly sell?',
  ['tyres', 'small appliances', 'fitness equipment'], QD, 'Huangdao sellers mainly sell tyres, small appliances and fitness equipment')
A('en', 'reason', 'Why did export VAT refunds come through faster for Qingdao sellers in 2024?',
  ['paperless refund filing', ["checking each seller's purchase invoices against the customs declaration data", 'fell from 14% to 5%'],
   ['higher exporter management class', 'faster review']], QD, QD_R)
A('zh', 'date', '税务部门是什么时候把无纸化退税申报推广到所有跨境电商出口企业的？',
  ['March 2024'], QD, QD_R[0])
A('en', 'figure', 'Before and after the broker started pre-checking invoices, what share of refund applications was sent back for correction?',
  ['14%', '5%'], QD, QD_R[1])
A('en', 'reason', 'Why does Pingdu have the highest share of exports without invoices?',
  [['village households and individual makers who cannot issue VAT invoices', 'cannot issue VAT invoices']], QD,
  'many Pingdu sellers buy crafts from village households and individual makers who cannot issue VAT invoices')
A('zh', 'reason', '一张进货发票对应很多个小包发出去，为什么容易出问题？',
  [['do not match the customs declaration', 'often do not match']], QD,
  'Product names and quantities on purchase invoices often do not match the customs declaration, especially when one invoice covers goods shipped in many small parcels')
A('zh', 'reason', '有61个客户卖家2024年退税审核变快了，是什么原因？',
  [['moved up to a higher exporter management class', 'higher exporter management class']], QD, QD_R[2])
A('zh', 'list', '报告发现了哪些反复出现的问题？',
  ['do not match the customs declaration', 'through personal accounts', 'miss the filing deadline',
   ['bought invoices from companies that did not supply the goods', 'bought invoices']], QD, QD_P)
A('en', 'reason', 'i ship in 9610 parcel mode and keep missing refund deadline, why this happens according to the review?',
  [['declarations are summarised monthly and reach them late', 'summarised monthly']], QD, QD_P[2])
A('zh', 'figure', '今年前九个月因为买发票被报关行拒绝代办的有几个卖家？',
  ['9'], QD, 'in the first nine months of 2024 we refused to file for 9 such sellers')
A('en', 'reason', 'Why can some sellers not provide proof of foreign currency receipt for the refund?',
  [['collect sales revenue through personal accounts', 'personal accounts']], QD, QD_P[1])
A('zh', 'list', '报告给卖家提了哪些建议？',
  ['one invoice per shipment batch', ['business foreign currency account', 'licensed payment company'], 'monthly reminder',
   ['registered cooperative', 'comprehensive foreign trade service company'], 'weigh the cost of getting invoices'], QD, QD_S)
A('zh', 'other', '我一年出口不到500万元，报告建议我换供应商去拿发票吗？',
  [['weigh the cost of getting invoices against the refund', 'weigh the cost']], QD, QD_S[4])
A('en', 'definition', 'In the Qingdao review, what exactly does the year-on-year growth compare?',
  [['the same period of 2023', 'same period of 2023'], 'group of client sellers'], QD, [QD_BRK1, QD_BRK2])
A('zh', 'yesno', '这份报告的数字代表整个青岛的卖家吗？',
  [['not all sellers in Qingdao', 'cover only our client sellers']], QD,
  'Figures are from our own filing records and cover only our client sellers, not all sellers in Qingdao')
U('en', 'figure', 'How much export VAT refund did the Qingdao client sellers receive in the first quarter of 2024?')
U('zh', 'figure', '黄岛区客户2023年一共收到多少退税？')
U('en', 'figure', 'How much import VAT did the Qingdao cross-border sellers pay in 2023?')
U('zh', 'figure', '2024年上半年退税额同比增长了多少？')
U('en', 'figure', 'What share of exports were without invoices for sellers in Laixi?')
U('zh', 'other', '报告推荐的是哪一家持牌支付机构？')
U('en', 'reason', 'Why was refund processing slower in Jiaozhou than in Huangdao?')
U('zh', 'date', '退税申报的截止日期是哪一天？')


def main():
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        o = {'id': 'h10-%s-%03d' % (it['lang'], counters[it['lang']])}
        for k in ('lang', 'type', 'question', 'answers', 'evidence', 'unanswerable'):
            o[k] = it[k]
        out.append(json.dumps(o, ensure_ascii=False))
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %d items' % len(out))


if __name__ == '__main__':
    main()
