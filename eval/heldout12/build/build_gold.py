#!/usr/bin/env python3
"""Source of ../gold.jsonl for heldout12. All questions are hand-written.

Q(lang, type, question, answers, quotes)  answerable item over the current document
U(lang, type, question)                   unanswerable near miss aimed at the current document
Ids are numbered per language in the order the items appear.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

J = 'h12_zh_jiangxi_import_retail_subsidy_notice_2025.txt'
Z = 'h12_zh_zhoushan_coldchain_fresh_import_2025h1_evaluation.md'
H = 'h12_zh_honghe_bonded_display_trade_fund_evaluation_2025.html'
P = 'h12_zh_pingtan_health_food_cosmetics_import_survey_2024.pdf'
L = 'h12_en_lyon_beauty_brands_1210_import_guide_2025.docx'
M = 'h12_en_milan_complaints_refunds_buyer_payments_note_2024.txt'

ITEMS = []
DOC = None


def Q(lang, typ, question, answers, quotes):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=answers,
                      evidence=[dict(source=DOC, quote=q) for q in quotes], unanswerable=False, doc=DOC))


def U(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[],
                      unanswerable=True, doc=DOC))


# ---------------------------------------------------------------- Jiangxi subsidy notice (txt)
DOC = J
Q('zh', 'figure', '江西去年（2024年）跨境电商零售进口一共做了多少？比上年涨了多少？',
  [['28.6亿元'], ['19.2%']], ['2024年，全省跨境电商零售进口额28.6亿元，同比增长19.2%'])
Q('en', 'figure', "In Jiangxi's 2024 cross-border retail imports, how much went through bonded import (1210) and how much through direct purchase import (9610), in percent?",
  [['71.3%'], ['28.7%']], ['其中网购保税进口（1210）占71.3%，直购进口（9610）占28.7%'])
Q('en', 'reason', 'why was the last quarter of 2024 so strong for Jiangxi cross-border imports?',
  [['“双十一”等促销带动', '双十一']], ['第四季度进口额9.2亿元，“双十一”等促销带动作用明显'])
Q('en', 'figure', 'Adding up 2022 to 2024, how much has Jiangxi imported via cross-border retail, and how many import declaration tickets were filed?',
  [['62.4亿元'], ['1486万票']], ['2022年至2024年累计进口额62.4亿元，累计申报进口清单1486万票'])
Q('zh', 'figure', '到2027年，江西打算把跨境电商零售进口做到多大？备货仓总面积要到多少？',
  [['50亿元'], ['30万平方米']], ['到2027年，力争全省跨境电商零售进口额达到50亿元，进口备货仓总面积达到30万平方米'])
Q('en', 'definition', "What does the Jiangxi draft notice mean by 'cross-border e-commerce retail import'?",
  [['《跨境电子商务零售进口商品清单》', '正面清单'], ['网购保税进口'], ['直购进口']],
  ['是指境内消费者通过跨境电商平台购买《跨境电子商务零售进口商品清单》（以下简称“正面清单”）内的商品，并以网购保税进口（海关监管方式代码1210）或直购进口（代码9610）方式入境的业务'])
Q('zh', 'definition', '啥样的仓库才算通知里说的“进口备货仓”？面积有没有门槛？',
  [['综合保税区或保税物流中心（B型）内'], ['不少于3000平方米', '3000平方米']],
  ['“进口备货仓”是指设在综合保税区或保税物流中心（B型）内、专门存放1210模式进口商品、仓储面积不少于3000平方米的仓库'])
Q('en', 'yesno', 'Our company filed its first cross-border retail import declaration in Jiangxi in June 2023. Do we still count as a "first-order enterprise" under the notice?',
  [['2024年1月1日以后']], ['“首单企业”是指2024年1月1日以后首次在我省申报跨境电商零售进口清单的企业'])
Q('zh', 'figure', '上饶市2024年跨境零售进口额是多少？同比涨了多少？',
  [['8.9'], ['30.9%']], ['上饶市        6.8            8.9            30.9%        母婴用品、保健食品'])
Q('en', 'list', 'What kinds of goods does Ji\'an mainly import through cross-border retail?',
  [['化妆品'], ['宠物食品']], ['吉安市        4.1            5.2            26.8%        化妆品、宠物食品'])
Q('en', 'list', 'Which cities get their own row in the Jiangxi regional import table?',
  [['上饶市'], ['吉安市'], ['宜春市'], ['鹰潭市']],
  ['上饶市        6.8', '吉安市        4.1', '宜春市        3.6', '鹰潭市        2.2'])
Q('zh', 'reason', '宜春2024年进口增速为啥明显比别的市低？',
  [['备货仓尚在建设'], ['从省外仓库发货'], ['物流成本偏高']],
  ['宜春市增速较低，主要是因为当地备货仓尚在建设，小家电类商品仍需从省外仓库发货，物流成本偏高'])
Q('en', 'reason', "Why did Jiangxi's cross-border retail imports grow so fast in 2024?",
  [['上饶、吉安两个进口备货仓于2024年3月投入运营', '进口备货仓于2024年3月投入运营'], ['跨境好物进社区'], ['先通过跨境电商零售进口试销']],
  ['一是上饶、吉安两个进口备货仓于2024年3月投入运营，1210模式下单后平均送达时间由5天缩短至2天',
   '二是省内重点平台开展“跨境好物进社区”活动，带动母婴和', '保健食品订单增长',
   '三是部分品牌商将新品先通过跨境电商零售进口试销，再决定是否转为一般贸易进口'])
Q('zh', 'list', '“跨境好物进社区”活动主要带火了哪几类商品的订单？',
  [['母婴'], ['保健食品']], ['二是省内重点平台开展“跨境好物进社区”活动，带动母婴和', '保健食品订单增长'])
Q('en', 'figure', "The 'other cities' row in Jiangxi's table: how many cities are lumped together, and what did they import in 2024?",
  [['7个'], ['7.9']], ['“其他设区市”为其余7个设区市合计', '其他设区市    7.3            7.9            8.2%'])
Q('zh', 'list', '这次补助资金分成哪几类支持？',
  [['进口备货仓建设补助'], ['进口增量奖励'], ['首单企业补助'], ['冷链查验设施补助']],
  ['（一）进口备货仓建设补助', '（二）进口增量奖励', '（三）首单企业补助', '（四）冷链查验设施补助'])
Q('zh', 'figure', '我们打算今年新建一个进口备货仓，省里按什么比例补？最多能拿多少？',
  [['15%'], ['300万元']], ['对2025年新建或扩建并通过海关验收的进口备货仓，按实际投资额的15%给予补助，单个项目最高不超过300万元'])
Q('en', 'figure', 'We expect our 2025 imports in Jiangxi to be 150 million yuan above 2024. What reward rate applies to the increase and what is the cap per company?',
  [['0.5%'], ['200万元']], ['对2025年跨境电商零售进口额较2024年新增1亿元以上的企业，按新增额的0.5%给予奖励，单个企业最高200万元'])
Q('en', 'figure', 'How big is the whole 2025 subsidy pot, how much comes from the provincial budget, and at what ratio do cities co-fund?',
  [['1.2亿元'], ['8000万元'], ['1:0.5']], ['2025年补助资金总额暂定1.2亿元，其中省级财政安排8000万元，其余由设区市按省级资金1:0.5的比例配套'])
Q('en', 'yesno', 'Our warehouse project already received money from another provincial fund. Can we apply for this subsidy as well?',
  [['不得重复申报']], ['同一项目已获得其他省级财政资金支持的，不得重复申报'])
Q('en', 'list', "What problems did the pre-survey find with Jiangxi's cross-border retail imports?",
  [['业务集中度偏高'], ['退货渠道不畅'], ['冷链设施存在短板'], ['资金使用效率有待提高']],
  ['（一）业务集中度偏高', '（二）退货渠道不畅', '（三）冷链设施存在短板', '（四）资金使用效率有待提高'])
Q('zh', 'reason', '为什么建议优先给中小企业安排首单补助？',
  [['中小企业参与度不高']], ['2024年进口额排名前5位的企业合计占全省的63.5%，中小企业参与度不高'])
Q('en', 'reason', 'Why is handling consumer returns difficult under the 1210 model in Jiangxi?',
  [['退回原海关监管区域'], ['仅有2个退货分拣中心']],
  ['1210模式下消费者退货须在规定时限内退回原海关监管区域，而全省仅有2个退货分拣中心'])
Q('zh', 'reason', '江西进口水果和冰鲜海产品为什么只能绕道外省口岸进来？',
  [['尚无专用的生鲜冷链查验设施']], ['全省综合保税区内尚无专用的生鲜冷链查验设施，进口水果、冰鲜海产品只能经省外口岸入境'])
Q('zh', 'list', '通知针对这些问题提了哪几条建议？',
  [['生鲜冷链查验中心'], ['退货分拣中心'], ['优先安排首单企业补助'], ['资金季度调度机制']],
  ['支持上饶综合保税区建设全省首个跨境电商生鲜冷链查验中心', '在吉安、宜春各增设1个退货分拣中心',
   '对中小企业首次开展1210业务的，优先安排首单企业补助', '建立资金季度调度机制，对结余率超过10%的设区市相应调减下一年度额度'])
Q('en', 'date', 'By when should the cold-chain inspection centre in the Shangrao bonded zone be up and running?',
  [['2026年底前']], ['支持上饶综合保税区建设全省首个跨境电商生鲜冷链查验中心，2026年底前建成投用'])
Q('zh', 'date', '企业网上申报截止到哪天？市里报初审意见又是哪天？',
  [['2025年4月30日'], ['2025年5月20日']], ['各设区市应于2025年4月30日前组织企业完成线上申报，并于2025年5月20日前将初审意见报省发展改革委'])
Q('zh', 'date', '这份征求意见稿要求什么时候之前反馈意见？',
  [['2025年3月14日']], ['请各单位于2025年3月14日前反馈修改意见'])
Q('zh', 'list', '补助资金明确不能拿来付哪些开支？',
  [['罚款'], ['捐赠'], ['赞助']], ['补助资金不得用于支付罚款、捐赠、赞助等支出'])
Q('en', 'yesno', "Do the import numbers in Jiangxi's table include general trade imports?",
  [['不含一般贸易进口']], ['表中数据不含一般贸易进口'])
U('zh', 'figure', '江西2024年一季度跨境电商零售进口额是多少？')
U('en', 'figure', "How much did Xinyu city import through cross-border retail e-commerce in 2024?")
U('zh', 'figure', '江西全省2024年跨境电商出口额有多少？')
U('en', 'figure', 'By what percent did bonded (1210) imports in Jiangxi grow in 2024 compared with 2023?')
U('zh', 'other', '“跨境好物进社区”活动是哪家平台组织的？')
U('en', 'figure', "What is Jiangxi's cross-border retail import target for 2025?")
U('en', 'reason', "Why did Yingtan's cross-border imports grow 18.2% in 2024?")

# ---------------------------------------------------------------- Zhoushan cold-chain evaluation (md)
DOC = Z
Q('zh', 'figure', '舟山今年上半年跨境冷链生鲜进口了多少？同比涨了多少？',
  [['4.36亿元'], ['52.8%']], ['2025年上半年，全市跨境电商冷链生鲜进口额4.36亿元，同比增长52.8%'])
Q('en', 'figure', "What were Zhoushan's cross-border cold-chain fresh imports in Q2 2025, and how did they compare with Q1?",
  [['2.71亿元'], ['64.2%']], ['其中第二季度2.71亿元，环比增长64.2%'])
Q('en', 'figure', 'full year 2024, how much fresh food Zhoushan import by cross-border e-commerce?',
  [['6.05亿元']], ['2024年全年进口额6.05亿元'])
Q('zh', 'figure', '试点开始到今年6月底，累计进口了多少？服务了多少人次消费者？',
  [['11.9亿元'], ['186万人次']], ['试点启动以来至2025年6月底，累计进口额11.9亿元，累计服务消费者约186万人次'])
Q('zh', 'figure', '按试点方案，到2026年舟山冷链生鲜进口要做到多少？断链率要控制在多少？',
  [['12亿元'], ['0.5%以下']], ['到2026年全市冷链生鲜进口额目标为12亿元，冷链断链率控制在0.5%以下'])
Q('zh', 'date', '舟山这个冷链生鲜进口试点哪年哪月开始？试点期到什么时候？',
  [['2023年7月'], ['2026年12月']], ['舟山市跨境电商冷链生鲜进口试点于2023年7月启动，试点期至2026年12月'])
Q('en', 'list', 'Which districts and counties of Zhoushan did the evaluation team cover?',
  [['定海区'], ['普陀区'], ['岱山县'], ['嵊泗县']], ['本次评估覆盖定海区、普陀区、岱山县、嵊泗县4个县（区）'])
Q('en', 'definition', "In the Zhoushan report, what is the 'cold-chain break rate'?",
  [['温度记录超出规定范围的批次占全部抽检批次的比重', '温度记录超出规定范围']],
  ['指抽检批次中，运输或仓储任一环节温度记录超出规定范围的批次占全部抽检批次的比重'])
Q('zh', 'definition', '“平均通关时长”是从哪一步算到哪一步？企业补材料的时间算不算在内？',
  [['从货物申报到海关放行'], ['不含企业补充材料的时间']], ['指从货物申报到海关放行的平均时间，不含企业补充材料的时间'])
Q('en', 'definition', 'What temperatures must goods be kept at to count as cross-border cold-chain fresh imports in Zhoushan?',
  [['0至4摄氏度'], ['零下18摄氏度以下']], ['全程需在0至4摄氏度或零下18摄氏度以下储运的水产品、水果、乳制品等生鲜商品'])
Q('zh', 'figure', '上半年货物平均多久能通关？比去年全年快了多少？',
  [['5.6小时'], ['3.7小时']], ['上半年平均通关时长为5.6小时，比2024年全年的9.3小时缩短3.7小时'])
Q('en', 'yesno', 'Has Zhoushan already met its cold-chain break rate target in H1 2025?',
  [['仍高于目标值']], ['冷链断链率为0.8%，较2024年的1.4%有所下降，但仍高于目标值'])
Q('en', 'place', 'Which district of Zhoushan brings in the biggest share of the fresh imports?',
  [['定海区']], ['定海区进口额占全市的58.4%'])
Q('zh', 'figure', '岱山、嵊泗两个县加起来占全市进口多少？',
  [['10.4%']], ['岱山县和嵊泗县合计占10.4%'])
Q('en', 'figure', 'How much chilled and frozen seafood did Zhoushan import in H1 2025, and how much was that up year on year?',
  [['2.15'], ['62.9%']], ['| 冰鲜及冷冻水产品 | 1.32 | 2.15 | 62.9% |'])
Q('zh', 'list', '冰鲜冷冻水产品主要是从哪几个国家进来的？',
  [['挪威'], ['厄瓜多尔'], ['加拿大']], ['| 冰鲜及冷冻水产品 | 1.32 | 2.15 | 62.9% | 挪威、厄瓜多尔、加拿大 |'])
Q('en', 'figure', 'Which product category grew fastest in H1 2025 in Zhoushan, and by how much?',
  [['乳制品'], ['92.5%']], ['| 乳制品 | 0.40 | 0.77 | 92.5% | 法国、荷兰 |'])
Q('zh', 'yesno', '舟山统计的乳制品里包不包括常温奶粉？',
  [['不含常温奶粉']], ['乳制品仅包括鲜奶、奶酪、黄油等需冷藏的品种，不含常温奶粉'])
Q('en', 'reason', 'Why did imported fruit go down in Zhoushan in the first half of 2025?',
  [['秘鲁蓝莓到港时间比上年推迟约3周', '秘鲁蓝莓'], ['越南榴莲受产地检疫要求调整影响', '越南榴莲']],
  ['进口水果同比下降，主要是秘鲁蓝莓到港时间比上年推迟约3周，同时越南榴莲受产地检疫要求调整影响，部分订单转由其他口岸进口'])
Q('zh', 'reason', '上半年舟山冷链生鲜进口为什么涨得这么快？',
  [['冷链查验平台于2025年3月扩容'], ['提前申报、抵港直提'], ['48小时鲜达']],
  ['一是舟山港综合保税区冷链查验平台于2025年3月扩容，冷库库容由1.2万吨增加到2.5万吨',
   '二是海关推行“提前申报、抵港直提”，冰鲜水产品平均通关时长压缩到4小时以内',
   '三是本地两家电商平台开通“48小时鲜达”服务，覆盖长三角26个城市'])
Q('en', 'list', 'What problems did the mid-year evaluation find in the Zhoushan pilot?',
  [['冷链断链问题尚未根本解决'], ['退货和损耗处理成本高'], ['岛际物流制约明显'], ['专业人才不足']],
  ['冷链断链问题尚未根本解决', '退货和损耗处理成本高', '岛际物流制约明显', '专业人才不足'])
Q('zh', 'figure', '上半年抽检了多少个批次？有几个批次温度超标？',
  [['375个批次'], ['3个批次']], ['上半年抽检的375个批次中有3个批次出现温度超标'])
Q('en', 'other', 'At which stage do the temperature breaks mostly happen?',
  [['海岛之间的短驳运输环节', '短驳运输']], ['主要发生在海岛之间的短驳运输环节'])
Q('zh', 'reason', '生鲜的退货和损耗为啥让企业负担重？',
  [['不适用七日无理由退货'], ['由企业先行'], ['4.7%']],
  ['生鲜商品原则上不适用七日无理由退货，因品质问题产生的退款由企业先行', '承担，上半年企业平均损耗率为4.7%'])
Q('en', 'reason', 'Why do fresh-food orders to Daishan and Shengsi take longer to arrive?',
  [['轮渡中转'], ['多1至2天']], ['岱山县、嵊泗县的订单需经轮渡中转，配送时间比舟山本岛多1至2天'])
Q('en', 'list', 'What next steps does the evaluation recommend for Zhoushan?',
  [['岛际冷链中转仓'], ['冷链周转箱'], ['生鲜品质争议快速处理机制'], ['培训冷链质量管理人员']],
  ['在岱山县建设岛际冷链中转仓，2025年底前投入使用，缩短离岛配送时间', '推广带温度记录功能的冷链周转箱，将短驳运输纳入全程温控监测',
   '设立生鲜品质争议快速处理机制，消费者投诉后48小时内作出退款处理决定', '与本地高职院校合作，每年培训冷链质量管理人员不少于100人'])
Q('en', 'figure', "What's the growth goal for Zhoushan's fresh imports for the whole of 2025?",
  [['不低于40%']], ['试点要实现全年进口额同比增长不低于40%的预期目标'])
Q('zh', 'yesno', '这份评估报告里的数据有没有经过审计？',
  [['未经审计']], ['本报告数据来源于试点企业报送和海关监测数据，未经审计'])
Q('en', 'list', 'Which product categories does the Zhoushan table break the fresh imports into?',
  [['冰鲜及冷冻水产品'], ['鲜活水产品'], ['进口水果'], ['乳制品']],
  ['| 冰鲜及冷冻水产品 | 1.32 |', '| 鲜活水产品 | 0.41 |', '| 进口水果 | 0.72 |', '| 乳制品 | 0.40 |'])
Q('zh', 'reason', '为什么建议在岱山县建一个岛际冷链中转仓？',
  [['缩短离岛配送时间'], ['轮渡中转']],
  ['在岱山县建设岛际冷链中转仓，2025年底前投入使用，缩短离岛配送时间', '岱山县、嵊泗县的订单需经轮渡中转，配送时间比舟山本岛多1至2天'])
U('zh', 'figure', '嵊泗县一个县的进口额占全市多少？')
U('en', 'figure', 'How much did Zhoushan export through cross-border e-commerce in H1 2025?')
U('zh', 'figure', '舟山乳制品2024年全年进口了多少？')
U('en', 'figure', 'What was the average customs clearance time for fresh imports in Zhoushan in 2023?')
U('zh', 'list', '开通“48小时鲜达”服务的是哪两家电商平台？')
U('en', 'figure', "What were Quzhou's cross-border cold-chain fresh imports in the first half of 2025?")
U('en', 'reason', 'Why did live aquatic products grow by more than 90% in H1 2025?')

# ---------------------------------------------------------------- Honghe bonded display fund evaluation (html)
DOC = H
Q('zh', 'figure', '红河这笔保税展示交易专项资金总共多少？到9月底拨了多少，拨付率多少？',
  [['6000万元'], ['4380万元'], ['73.0%']], ['资金总额6000万元，截至2025年9月底已拨付4380万元，拨付率73.0%'])
Q('en', 'definition', "What does 'bonded display and trading' mean in the Honghe evaluation?",
  [['提供担保'], ['区外指定场所展示'], ['售出后再办理进口报关和缴纳税款']],
  ['“保税展示交易”是指区内企业以提供担保的方式将保税货物运至区外指定场所展示，并可在展示期间直接销售，售出后再办理进口报关和缴纳税款的经营模式'])
Q('zh', 'definition', '什么样的门店才能算“展示场所”？',
  [['经海关备案'], ['视频监控和库存管理系统']], ['“展示场所”是指经海关备案、具备视频监控和库存管理系统的区外门店或展厅'])
Q('en', 'definition', "How is the 'write-off cycle' for displayed bonded goods counted?",
  [['出区展示之日起'], ['完成销售申报或退回区内之日止']],
  ['“核销周期”是指保税货物出区展示之日起至完成销售申报或退回区内之日止的天数'])
Q('en', 'figure', 'How much was sold through bonded display trading from January to September 2025, and what was the growth?',
  [['3.42亿元'], ['38.6%']], ['2025年1—9月，保税展示交易销售额3.42亿元，同比增长38.6%'])
Q('zh', 'figure', '今年三季度保税展示交易卖了多少？',
  [['1.37亿元']], ['其中第三季度销售额1.37亿元'])
Q('en', 'figure', 'what was the bonded display sales for all of 2024?',
  [['3.05亿元']], ['2024年全年销售额3.05亿元'])
Q('zh', 'figure', '从2022年开展业务到现在，累计卖了多少？出区展示的货值累计多少？',
  [['8.9亿元'], ['11.6亿元']], ['自2022年开展业务以来，累计销售额8.9亿元，累计出区展示货物货值11.6亿元'])
Q('en', 'figure', 'What are the 2026 goals for annual sales and the number of display venues?',
  [['6亿元'], ['40个']], ['到2026年，目标是年销售额达到6亿元，展示场所增加到40个'])
Q('zh', 'figure', '核销周期从多少天缩短到了多少天？',
  [['42天'], ['29天']], ['平均核销周期由2024年的42天缩短到2025年1—9月的29天'])
Q('en', 'list', 'What has the disbursed money been spent on?',
  [['展示场所改造补助'], ['担保费用补贴'], ['物流和监管信息化建设']],
  ['已拨付资金中，展示场所改造补助1860万元，担保费用补贴1020万元，物流和监管信息化建设1500万元'])
Q('en', 'figure', 'By end-September 2025, how many display venues were there, how many more than at the end of 2024, and how many direct jobs?',
  [['24个'], ['7个'], ['860人']], ['截至2025年9月底，全州共有展示场所24个，比2024年末增加7个，带动直接就业约860人'])
Q('en', 'figure', 'How did the Mengzi display venues do in Jan-Sep 2025, sales and growth?',
  [['15600'], ['31.4%']], ['蒙自市', '15600', '31.4%'])
Q('zh', 'list', '蒙自的展示场所主要卖哪些东西？',
  [['东南亚食品'], ['咖啡'], ['葡萄酒']], ['东南亚食品、咖啡、葡萄酒'])
Q('en', 'place', 'Which place had the fastest growth in display-trade sales in Jan-Sep 2025?',
  [['河口县']], ['河口县', '67.3%'])
Q('zh', 'list', '河口县的展示场所主打哪些商品？',
  [['越南水果干'], ['木制工艺品']], ['越南水果干、木制工艺品'])
Q('zh', 'reason', '表里“红河州以外”那一行为什么没有同比数？',
  [['均为2025年新设', '2025年新设'], ['上年无可比数据']], ['表注：“红河州以外”的2个场所均为2025年新设，上年无可比数据。'])
Q('en', 'reason', "Why did Honghe's bonded display sales grow so fast in January-September 2025?",
  [['关税保证保险'], ['河口县新设3个边境展示场所'], ['保税展示周']],
  ['一是担保方式更加灵活，企业可以用关税保证保险替代', '保证金，平均占用资金减少约60%。',
   '二是河口县新设3个边境展示场所，吸引了入境游客和边民集中购买。', '三是举办“保税展示周”活动4场，带动现场成交2600万元。'])
Q('zh', 'figure', '改用关税保证保险代替保证金以后，企业占用的资金平均少了多少？',
  [['60%']], ['一是担保方式更加灵活，企业可以用关税保证保险替代', '保证金，平均占用资金减少约60%。'])
Q('zh', 'reason', '个旧的增速为什么比全州平均低？',
  [['展厅改造未按期完工'], ['实际营业不足5个月']],
  ['个旧市增速低于全州平均水平，主要原因是展厅改造未按期完工，部分场所1—9月实际营业不足5个月。'])
Q('en', 'list', 'What problems did the evaluators find with the fund and the business?',
  [['资金拨付进度不均衡'], ['监管信息系统不达标'], ['核销周期仍然偏长'], ['绩效目标设置不够细化']],
  ['资金拨付进度不均衡。个旧市项目拨付率仅为41.5%，明显低于其他地区。',
   '部分展示场所监管信息系统不达标。现场检查的24个场所中有5个库存数据未能与海关系统实时对接。',
   '核销周期仍然偏长。部分葡萄酒和家电商品展示超过90天仍未售出，长期占用担保额度。',
   '绩效目标设置不够细化。原申报材料只设定了销售额指标，未设定带动就业、消费者满意度等指标。'])
Q('zh', 'reason', '为什么说核销周期还是太长？',
  [['展示超过90天仍未售出'], ['占用担保额度']],
  ['核销周期仍然偏长。部分葡萄酒和家电商品展示超过90天仍未售出，长期占用担保额度。'])
Q('en', 'list', 'Which indicators were missing from the original performance targets?',
  [['带动就业'], ['消费者满意度']], ['原申报材料只设定了销售额指标，未设定带动就业、消费者满意度等指标。'])
Q('zh', 'figure', '这次绩效评价打了多少分？算什么等级？',
  [['82.5分'], ['良']], ['综合评分82.5分，评价等级为“良”。'])
Q('en', 'list', 'What does the finance department recommend after this evaluation?',
  [['督办'], ['前置条件'], ['预警'], ['增设就业带动和消费者满意度两项指标']],
  ['一是对拨付率低于50%的项目进行督办，2025年12月底前仍未完工的收回资金', '二是将监管信息系统对接情况作为下一批资金安排的前置条件',
   '三是对展示超过90天的商品实行预警，引导企业及时退回区内', '四是在2026年预算中增设就业带动和消费者满意度两项指标'])
Q('zh', 'date', '拨付率低的项目如果一直没完工，到什么时候还没完工就要收回资金？',
  [['2025年12月底']], ['一是对拨付率低于50%的项目进行督办，2025年12月底前仍未完工的收回资金'])
Q('en', 'yesno', "Does the Honghe display sales figure include the zone's online bonded import (1210) business?",
  [['不含区内跨境电商网购保税进口业务']], ['1. 销售额为展示场所完成进口申报的货值，不含区内跨境电商网购保税进口业务。'])
Q('zh', 'list', '红河州内哪几个地方设了保税展示场所？',
  [['蒙自市'], ['个旧市'], ['河口县'], ['弥勒市']], ['蒙自市', '个旧市', '河口县', '弥勒市'])
Q('en', 'list', 'What kinds of goods are the ones sitting in display for more than 90 days without selling?',
  [['葡萄酒'], ['家电']], ['核销周期仍然偏长。部分葡萄酒和家电商品展示超过90天仍未售出，长期占用担保额度。'])
U('en', 'figure', 'What were the bonded display and trading sales in Honghe in 2023?')
U('zh', 'figure', '弥勒市的展示场所带动了多少人就业？')
U('en', 'figure', 'How much of the fund has been paid to projects in Hekou county?')
U('zh', 'figure', '红河保税展示交易2025年全年的销售目标是多少？')
U('en', 'other', 'Which insurance company provides the tariff guarantee insurance used instead of deposits?')
U('zh', 'figure', '红河综合保税区的跨境电商出口额是多少？')
U('en', 'date', "On what dates were the 'Bonded Display Week' events held?")

# ---------------------------------------------------------------- Pingtan health food & cosmetics survey (pdf)
DOC = P
Q('zh', 'figure', '平潭去年跨境电商零售进口总共多少？增长了多少？',
  [['9.84亿元'], ['23.6%']], ['2024年，平潭跨境电商零售进口额9.84亿元，同比增长23.6%'])
Q('en', 'figure', 'How much health food and how much cosmetics did Pingtan import through cross-border retail in 2024?',
  [['3.12亿元'], ['2.47亿元']], ['其中保健食品3.12亿元、化妆品2.47亿元，两类合计占56.8%'])
Q('en', 'figure', "What were Pingtan's cross-border imports in the fourth quarter of 2024, and what share of the year was that?",
  [['3.05亿元'], ['31.0%']], ['第四季度进口额3.05亿元，占全年的31.0%'])
Q('zh', 'figure', '2020年到2024年，平潭跨境零售进口一共累计多少？',
  [['31.7亿元']], ['2020年至2024年累计进口额31.7亿元'])
Q('en', 'figure', 'What is the 2027 goal for health food and cosmetics imports, and is it a binding target?',
  [['10亿元'], ['不作为考核指标']], ['到2027年保健食品和化妆品进口额合计达到10亿元', '2027年目标为规划预期值，不作为考核指标'])
Q('zh', 'definition', '报告里说的“跨境进口保健食品”到底指哪些东西？',
  [['膳食补充剂、营养素补充剂'], ['供消费者个人自用']],
  ['是指列入正面清单、供消费者个人自用、通过跨境电商零售进口方式购买的膳食补充剂、营养素补充剂等商品'])
Q('en', 'yesno', "I want to sell a fish-oil supplement into Pingtan via cross-border retail import. Does it need China's first-import registration or filing?",
  [['不执行首次进口注册或备案要求']], ['此类商品按个人自用物品监管，不执行首次进口注册或备案要求，但须在原产国（地区）合法上市销售'])
Q('en', 'definition', "How does the Pingtan report define the 'repurchase rate'?",
  [['购买2次及以上的消费者占全部购买消费者的比重']], ['“复购率”是指统计期内购买2次及以上的消费者占全部购买消费者的比重'])
Q('zh', 'figure', '保健食品和化妆品的复购率各是多少？',
  [['46.2%'], ['38.5%']], ['保健食品复购率为46.2%，化妆品复购率为38.5%'])
Q('en', 'figure', 'What share of the buyers are women aged 25 to 40?',
  [['61.3%']], ['购买者中25至40岁', '女性占61.3%'])
Q('zh', 'list', '平潭进口的化妆品主要来自哪些地方？',
  [['法国'], ['日本'], ['中国台湾地区']], ['化妆品主要来自法国、日本和中国台湾地区'])
Q('en', 'list', "Where do Pingtan's cross-border health foods mostly come from?",
  [['澳大利亚'], ['美国'], ['日本']], ['保健食品主要来自澳大利亚、美国和日本'])
Q('en', 'list', 'Through which sales channels are the health foods sold?',
  [['平台自营店'], ['直播渠道'], ['线下体验店扫码购买']],
  ['保健食品销售额中平台自营店占49.5%，直播渠道占33.0%，线下体验店扫码购买占17.5%'])
Q('zh', 'figure', '保健食品里通过直播卖出去的占多少？2023年是多少？',
  [['33.0%'], ['18%']], ['三是直播渠道销售额占比由2023年的18%提高到2024年的33.0%'])
Q('zh', 'figure', '2023年平潭保健食品跨境进口额是多少？',
  [['2.41']], ['保健食品进口额（亿元）　2.41　3.12　29.5%'])
Q('zh', 'figure', '平潭化妆品跨境进口2024年增长了多少？',
  [['12.3%']], ['化妆品进口额（亿元）　2.20　2.47　12.3%'])
Q('en', 'figure', 'average order value in 2023 and 2024 in Pingtan? it went up or down?',
  [['198'], ['183'], ['-7.6%']], ['平均客单价（元）　198　183　-7.6%'])
Q('en', 'reason', 'Why did the average order value in Pingtan drop?',
  [['小规格试用装和组合装销量增加'], ['价格竞争加剧']],
  ['平均客单价下降，主要是因为小规格试用装和组合装销量增加，同时部分平台之间价格竞争加剧'])
Q('zh', 'reason', '2024年平潭保健食品为什么增长这么快？',
  [['对台海运快线每周增至6班'], ['每票1元的物流补贴'], ['直播渠道销售额占比']],
  ['一是对台海运快线每周增至6班，中国台湾地区保健食品到仓时间缩短至2天', '二是实验区对跨境电商进口企业给予每票1元的物流补贴',
   '三是直播渠道销售额占比由2023年的18%提高到2024年的33.0%'])
Q('zh', 'reason', '化妆品增长为什么比保健食品慢？',
  [['国内品牌竞争'], ['转向一般贸易进口商品']], ['化妆品增速较低，主要是受国内品牌竞争和部分消费者转向一般贸易进口商品的影响'])
Q('en', 'list', 'What problems did the survey find for health food and cosmetics imports in Pingtan?',
  [['消费者对商品信息理解不充分'], ['假冒和串货投诉增多'], ['仓储温湿度管理不到位'], ['与一般贸易进口衔接不畅']],
  ['（一）消费者对商品信息理解不充分', '（二）假冒和串货投诉增多', '（三）仓储温湿度管理不到位', '（四）与一般贸易进口衔接不畅'])
Q('zh', 'figure', '问卷里有多大比例的人不知道跨境商品可能没有中文标签？',
  [['27.4%']], ['跨境进口商品可能没有中文标签，问卷中有27.4%的消费者表示不清楚这一点'])
Q('en', 'reason', 'Why are counterfeit and grey-market complaints a problem in Pingtan, and how many were there in 2024?',
  [['非授权渠道销售'], ['212件'], ['无法判断店铺是否获得品牌方授权']],
  ['2024年相关投诉212件，多数涉及非授权渠道销售。部分消费者反映，无法判断店铺是否获得品牌方授权'])
Q('zh', 'reason', '为啥说仓储温湿度管理不到位？',
  [['需要恒温保存'], ['4200平方米']], ['部分化妆品和益生菌类保健食品需要恒温保存，但区内恒温仓面积仅有4200平方米'])
Q('en', 'list', 'What measures does the Pingtan report recommend?',
  [['本商品可能无中文标签'], ['品牌授权备案库'], ['新建恒温仓'], ['“跨境试销—一般贸易”衔接服务']],
  ['一是要求平台在商品详情页显著提示“本商品可能无中文标签”，并提供中文电子说明书', '二是建立品牌授权备案库，2025年内覆盖区内销量前200位的品牌',
   '三是新建恒温仓1.5万平方米，对建设主体按投资额给予不超过20%的补助', '四是探索“跨境试销—一般贸易”衔接服务，为企业提供注册备案辅导'])
Q('en', 'figure', 'How many companies did the Pingtan survey team visit, and how many valid questionnaires came back?',
  [['28家'], ['6家'], ['986份']],
  ['走访平潭综合实验区内跨境电商进口企业28家、仓储物流企业6家，并对1050名消费者开展线上问卷调查，回收有效问卷986份'])
Q('zh', 'yesno', '平潭的进口额里有没有把个人行邮物品算进去？',
  [['不含一般贸易进口和个人行邮物品']], ['进口额为跨境电商零售进口申报清单金额，不含一般贸易进口和个人行邮物品'])
Q('en', 'list', "What kinds of products count as cross-border imported cosmetics in the Pingtan report?",
  [['护肤'], ['彩妆'], ['洗护']], ['“跨境进口化妆品”是指通过同样方式进口的护肤、彩妆、洗护等商品'])
Q('zh', 'list', '平潭这次调研是用哪些办法做的？',
  [['座谈'], ['实地查看'], ['问卷调查']], ['调研采取座谈、实地查看和问卷调查相结合的方式'])
Q('en', 'reason', 'Why is it hard for brands to move from cross-border trial sales in Pingtan to normal general-trade imports?',
  [['注册备案周期平均需要8至14个月', '8至14个月']],
  ['部分品牌希望在跨境试销成功后转为一般贸易进口，但注册备案周期平均需要8至14个月'])
U('en', 'figure', 'How much health food did Pingtan import in the fourth quarter of 2024?')
U('zh', 'figure', '化妆品的复购率比2023年提高了多少？')
U('en', 'figure', 'How much did Pingtan export through cross-border e-commerce in 2024?')
U('zh', 'figure', '宁德市2024年跨境进口保健食品多少？')
U('en', 'figure', 'By what percent did counterfeit and grey-market complaints rise compared with 2023?')
U('zh', 'list', '被投诉假冒的具体是哪些品牌？')
U('zh', 'date', '平潭对台海运快线是从什么时候开始每周6班的？')
U('en', 'figure', 'What is the average order value for cosmetics alone in Pingtan?')

# ---------------------------------------------------------------- Lyon consultancy briefing (docx)
DOC = L
Q('en', 'figure', 'How much did the Lyon consultancy\'s client brands sell through cross-border import in 2024, and by how much did that grow?',
  [['EUR 19.8 million'], ['39.4%']], ['EUR 19.8 million in 2024, an increase of 39.4%'])
Q('zh', 'figure', '这些法国品牌2023年通过跨境进口在中国卖了多少？一共几个品牌？',
  [['EUR 14.2 million'], ['17']], ['Our 17 client brands sold EUR 14.2 million through CBEC import in 2023'])
Q('zh', 'figure', '2025年上半年卖了多少？其中二季度多少？',
  [['EUR 11.6 million'], ['EUR 6.9 million']],
  ['In the first half of 2025 sales reached EUR 11.6 million, of which EUR 6.9 million came in the second quarter'])
Q('zh', 'figure', '从2019年第一个客户上线到现在，这些品牌累计卖了多少？',
  [['EUR 61.5 million']], ['Cumulative sales since our first client launched in 2019 stand at EUR 61.5 million'])
Q('zh', 'figure', '到2027年这家咨询公司的目标是什么？要做到多少个品牌？',
  [['EUR 35 million'], ['at least 25 client brands', '25 client brands']],
  ['Our target is annual client sales of EUR 35 million by 2027, with at least 25 client brands'])
Q('en', 'definition', "What is the 'bonded stock model' (1210) in this briefing?",
  [['ships goods in bulk to a warehouse inside a special customs supervision zone'], ['cleared order by order after a consumer buys']],
  ['The "bonded stock model" (code 1210) means that a brand ships goods in bulk to a warehouse inside a special customs supervision zone, where they stay duty-suspended and are cleared order by order after a consumer buys.'])
Q('zh', 'definition', '9610直邮模式是怎么操作的？',
  [['each order is packed abroad and sent to the consumer as an individual parcel']],
  ['The "direct mail model" (code 9610) means that each order is packed abroad and sent to the consumer as an individual parcel.'])
Q('en', 'definition', "What goes into 'landed cost per order', and what is left out?",
  [['freight, warehousing, clearance and last-mile delivery'], ['import tax and platform commission']],
  ['"Landed cost per order" means freight, warehousing, clearance and last-mile delivery divided by the number of orders; it excludes import tax and platform commission.'])
Q('zh', 'definition', '这份简报里“跨境电商零售进口”是怎么定义的？',
  [['Positive List of Cross-border E-commerce Retail Import Goods'], ['individual consumers in mainland China'], ['1210'], ['9610']],
  ['"Cross-border e-commerce retail import" (CBEC import) means the sale of goods on the Positive List of Cross-border E-commerce Retail Import Goods to individual consumers in mainland China, cleared either under customs code 1210 or under code 9610.'])
Q('zh', 'figure', '跨境进口单笔订单和每人每年的限额分别是多少？',
  [['RMB 5,000'], ['RMB 26,000']], ['Each order is limited to RMB 5,000 and each consumer to RMB 26,000 a year'])
Q('en', 'figure', 'i sell vitamin in china via cross border import, what is the total tax rate my customer pays? and for premium skincare?',
  [['9.1%'], ['23.1%']],
  ["For most of our clients' supplements the combined import tax works out at 9.1% of the dutiable price, while premium skincare that attracts consumption tax pays about 23.1% in our cases"])
Q('zh', 'figure', '在限额以内，关税是多少？进口增值税和消费税按多少征？',
  [['the tariff is zero', 'zero'], ['70% of the normal amount', '70%']],
  ['Within these limits the tariff is zero and import VAT and consumption tax are charged at 70% of the normal amount'])
Q('en', 'other', 'Under cross-border retail import, who counts as the importer, the brand or the shopper?',
  [['the consumer']], ['the consumer, not the brand, is treated as the importer'])
Q('zh', 'yesno', '我下单，但想让我妈用她的账户付款，这样可以吗？',
  [['The name of the payer must match the name and ID of the person placing the order']],
  ['The name of the payer must match the name and ID of the person placing the order'])
Q('en', 'list', 'Which parties have to send their data to customs before a CBEC import order is cleared?',
  [['the platform'], ['payment company'], ['logistics company']],
  ['the platform, payment company and logistics company each send their data to customs before clearance'])
Q('zh', 'yesno', '通过跨境进口卖的化妆品，标签一定要是中文吗？',
  [['the label may be in the original language']],
  ['products sold under 1210 or 9610 do not need the first-import registration or filing that general trade requires, and the label may be in the original language'])
Q('zh', 'figure', '从南京保税仓发货平均几天到？从里昂直邮要几天？',
  [['2.1 days'], ['9.8 days']], ['Average delivery time', '2.1 days', '9.8 days'])
Q('en', 'other', 'Do I have to commit to a minimum stock if I use the 1210 bonded model?',
  [['3 months of sales']], ['Minimum stock commitment', '3 months of sales'])
Q('zh', 'place', '这些品牌的保税备货放在哪个城市的综合保税区？',
  [['Nanjing Comprehensive Bonded Zone', 'Nanjing']],
  ['The bonded stock is held at a bonded warehouse in the Nanjing Comprehensive Bonded Zone, run by an operator we have used since 2021.'])
Q('zh', 'list', '什么情况下还是走9610直邮比较合适？',
  [['new products with uncertain demand'], ['limited editions of fewer than 500 units']],
  ['Direct mail remains useful for new products with uncertain demand and for limited editions of fewer than 500 units.'])
Q('zh', 'figure', '保税模式在客户销售里的占比从多少涨到多少？',
  [['48%'], ['64%']], ['The share of bonded stock in client sales rose from 48% in 2023 to 64% in 2024'])
Q('en', 'reason', 'Why did bonded stock overtake direct mail for these brands?',
  [['join the large promotion days'], ['cut freight per unit by roughly 40%'], ['temperature-controlled room']],
  ['First, delivery in about two days lets our clients join the large promotion days, when Chinese consumers expect next-day or second-day arrival.',
   'Second, shipping by sea in consolidated containers cut freight per unit by roughly 40% compared with air parcels.',
   'Third, the Nanjing operator added a temperature-controlled room in March 2024, so probiotics and vitamin gummies can now be held in bonded stock.'])
Q('zh', 'reason', '为什么益生菌和维生素软糖现在也能放进保税仓了？',
  [['added a temperature-controlled room in March 2024', 'temperature-controlled room']],
  ['Third, the Nanjing operator added a temperature-controlled room in March 2024, so probiotics and vitamin gummies can now be held in bonded stock.'])
Q('en', 'reason', 'Why did supplements sell better than skincare in 2024?',
  [['buy more immune and sleep products'], ['smaller trial packs']],
  ['mainly because Chinese consumers after the pandemic buy more immune and sleep products, and because several clients launched smaller trial packs'])
Q('zh', 'list', '客户品牌反映了哪些问题？',
  [['Stock stranded in the bonded warehouse'], ['Positive List gaps'], ['Tax misunderstandings'], ['Annual limit effects on loyal buyers'], ['Counterfeit and grey-market listings']],
  ['(a) Stock stranded in the bonded warehouse.', '(b) Positive List gaps.', '(c) Tax misunderstandings.',
   '(d) Annual limit effects on loyal buyers.', '(e) Counterfeit and grey-market listings.'])
Q('en', 'reason', "Our herbal extract can't be sold through CBEC import at all, why is that?",
  [['not on the list']], ['Some products, such as certain herbal extracts, are not on the list and cannot be sold through CBEC import at all.'])
Q('zh', 'reason', '为什么有些老顾客一到秋天就买不了了？',
  [['reach the RMB 26,000 limit'], ['until January']],
  ['Heavy buyers who reach the RMB 26,000 limit in the autumn cannot buy again until January.'])
Q('en', 'reason', 'Why did some brands end up swallowing the import tax themselves?',
  [['priced products as if no tax applied'], ['to keep prices stable']],
  ['Several brands priced products as if no tax applied, and then had to absorb the import tax to keep prices stable.'])
Q('en', 'list', 'What does Saône Orient Conseil recommend to its brand clients?',
  [['start with direct mail'], ['check every product code against the Positive List'], ['stock-rotation plan'], ['register trademarks in China']],
  ['First, start with direct mail for three to six months to test demand', 'Second, check every product code against the Positive List and the consumption tax rules before setting the',
   'Third, agree a written stock-rotation plan with the warehouse', 'Fourth, register trademarks in China and file a brand-authorisation list with each platform'])
Q('en', 'list', 'Before I set my retail price in China, what should I check my product codes against?',
  [['the Positive List'], ['the consumption tax rules']],
  ['Second, check every product code against the Positive List and the consumption tax rules before setting the', 'retail price in China.'])
Q('zh', 'other', '离保质期还剩多久的货应该转去折扣渠道？',
  [['within nine months of expiry', 'nine months']], ['so that products within nine months of expiry are moved to outlet channels'])
Q('en', 'date', 'What date is on the Lyon briefing?',
  [['8 September 2025']], ['Date: 8 September 2025.'])
U('en', 'figure', "What were the client brands' cross-border sales in Q1 2024?")
U('zh', 'figure', '这些品牌2025年全年的销售目标是多少？')
U('en', 'figure', 'How many euros of skincare did the client brands sell in 2024?')
U('zh', 'other', '南京那个保税仓的运营商叫什么名字？')
U('en', 'figure', 'What was the return rate for 9610 direct-mail orders in 2023?')
U('zh', 'figure', '这些法国品牌通过一般贸易进口在中国卖了多少？')
U('en', 'reason', 'Why did the two clients destroy their stranded stock rather than re-export it?')
U('zh', 'figure', '17个客户品牌里有几个是做保健品的？')

# ---------------------------------------------------------------- Milan chamber note (txt)
DOC = M
Q('zh', 'figure', '米兰商会的会员2024年一共发了多少单跨境进口订单？2023年呢？',
  [['1.84 million'], ['1.31 million']], ['Members shipped 1.84 million CBEC import orders in 2024, against 1.31 million in 2023'])
Q('en', 'figure', 'How many complaints did the Milan members get in 2023 and in 2024?',
  [['3,960'], ['5,210']], ['Complaints rose from 3,960 in 2023 to 5,210 in 2024'])
Q('zh', 'figure', '投诉率从多少降到了多少？',
  [['30.2'], ['28.3']], ['the complaint rate fell from 30.2 to 28.3 per 10,000 orders'])
Q('en', 'figure', 'How many complaints came in the second half of 2024, and how many in Q4?',
  [['3,140'], ['1,720']], ['In the second half of 2024 members received 3,140 complaints, of which 1,720 came in the fourth quarter'])
Q('zh', 'figure', '从2021年开始统计到现在，会员一共被投诉了多少次？',
  [['14,800']], ['Since the desk began collecting data in 2021 members have recorded 14,800 complaints in total'])
Q('en', 'figure', 'how long did refunds take on average in 2023 and in 2024?',
  [['11.5 days'], ['6.8 days']], ['The average refund time fell from 11.5 days in 2023 to 6.8 days in 2024'])
Q('zh', 'figure', '商会给2026年定了什么目标？',
  [['below 20 per 10,000 orders'], ['no more than 5 days']],
  ['Our target for 2026 is a complaint rate below 20 per 10,000 orders and a refund time of no more than 5 days'])
Q('en', 'definition', "What counts as a 'complaint' in the chamber's note?",
  [['any written dispute'], ['whether or not a refund follows']],
  ['A "complaint" is any written dispute a consumer opens with the platform\'s customer service or a consumer association about an order, whether or not a refund follows.'])
Q('zh', 'definition', '“退款时长”是从哪天算到哪天？',
  [["from the day a consumer asks for a refund to the day the money is back in the consumer's account"]],
  ['"Refund time" means the number of calendar days from the day a consumer asks for a refund to the day the money is back in the consumer\'s account.'])
Q('en', 'definition', 'What is a "bonded return", and can the returned item be sold again?',
  [['within 30 days of delivery'], ['put back into bonded stock and sold again without paying tax']],
  ['A "bonded return" is a parcel from a 1210 order that the consumer sends back to the bonded warehouse within 30 days of delivery; if the packaging is intact it can be put back into bonded stock and sold again without paying tax.'])
Q('zh', 'place', '这些意大利品牌的保税备货放在哪里？',
  [['Jiaxing Comprehensive Bonded Zone']], ['either from bonded stock held in the Jiaxing Comprehensive Bonded Zone (customs code 1210)'])
Q('zh', 'list', '这些会员企业主要是做哪些品类的？',
  [['food'], ['wine'], ['eyewear'], ['small leather goods']],
  ['Forty-one member companies, mostly food, wine, eyewear and small leather goods brands from the Milan area'])
Q('en', 'figure', 'What was the top cause of complaints in 2024, and what share did it have?',
  [['Late delivery'], ['31%']], ['| Late delivery | 34% | 31% | 4.2 |'])
Q('en', 'figure', 'Which type of complaint took the longest to close in 2024, and how many days on average?',
  [['Refund dispute'], ['9.6']], ['| Refund dispute | 18% | 15% | 9.6 |'])
Q('zh', 'reason', '标签类投诉主要是因为什么？',
  [['absence of a Chinese label']], ['Label complaints are mostly about the absence of a Chinese label, which is allowed for CBEC import goods but surprises some buyers.'])
Q('zh', 'list', '中国买家付款用哪些方式？用什么币种？',
  [['mobile wallet'], ['domestic bank card'], ['renminbi']],
  ['The buyer always pays in renminbi.', "In 2024, 97.6% of members' orders were paid by mobile wallet and the rest by domestic bank card"])
Q('en', 'figure', 'In Q4 2024, what share of orders got stopped by the payer identity check?',
  [['2.3%']], ["in the fourth quarter of 2024 this check stopped 2.3% of members' orders"])
Q('zh', 'figure', '品牌方平均多少天能收到欧元货款？手续费多少？',
  [['9 days'], ['0.9%']],
  ["Members receive euros from the platform's licensed payment partner on average 9 days after the consumer confirms receipt, at a cost of 0.9% of the amount"])
Q('en', 'yesno', 'A customer asks us for a cash refund. Is that possible?',
  [['never in cash']], ['Refunds go back to the same wallet or card, never in cash.'])
Q('zh', 'reason', '2024年退款为什么快了这么多？',
  [['refund before return'], ['bonded return counter']],
  ['First, 26 members switched on the platforms\' "refund before return" option for orders under RMB 300, so buyers get their money as soon as they post the parcel back.',
   'Second, the Jiaxing warehouse opened a bonded return counter in May 2024, which cut the time to inspect a returned parcel from 6 days to 2.'])
Q('zh', 'date', '嘉兴仓库的保税退货柜台是什么时候开的？',
  [['May 2024']], ['Second, the Jiaxing warehouse opened a bonded return counter in May 2024'])
Q('en', 'reason', 'Why did late-delivery complaints go down?',
  [['moved best-sellers into bonded stock']],
  ['Late-delivery complaints fell mainly because more members moved best-sellers into bonded stock, where delivery takes two to three days instead of eight to twelve.'])
Q('zh', 'list', '会员现在还面临哪些问题？',
  [['Quality complaints about food in hot weather'], ['Refund disputes over opened goods'], ['Payment and identity checks'], ['Slow handling of direct-mail returns']],
  ['(1) Quality complaints about food in hot weather.', '(2) Refund disputes over opened goods.', '(3) Payment and identity checks.', '(4) Slow handling of direct-mail returns.'])
Q('en', 'reason', 'why so many complaints about chocolate and cheese in summer, and who pays?',
  [['arrive damaged'], ['the seller usually pays both the refund and the return freight']],
  ['Chocolate and cheese sent by direct parcel in July and August arrive damaged, and the seller usually pays both the refund and the return freight.'])
Q('zh', 'reason', '为什么家里人帮忙付款的订单会被拦下？',
  [["paid with another member's wallet"]],
  ["Orders placed by one family member and paid with another member's wallet are stopped, and the buyer blames the brand."])
Q('en', 'reason', 'Why do buyers keep escalating refund disputes over opened goods?',
  [['Platforms may refuse a no-reason return for opened food or cosmetics'], ['buyers often do not accept this']],
  ['Platforms may refuse a no-reason return for opened food or cosmetics, but buyers often do not accept this and escalate the dispute.'])
Q('zh', 'reason', '9610直邮的退货为什么让品牌头疼？',
  [['24 days'], ['the refund is often paid before the brand knows whether the goods were damaged']],
  ['A 9610 parcel sent back to Italy takes on average 24 days, and', 'the refund is often paid before the brand knows whether the goods were damaged.'])
Q('en', 'list', 'What does the chamber recommend its members do?',
  [['Stop shipping heat-sensitive food by direct parcel between June and September'], ['which goods cannot be returned once opened'],
   ['the payer must be the same person as the buyer'], ['return consolidator'], ['Report complaint figures to the desk every quarter']],
  ['Stop shipping heat-sensitive food by direct parcel between June and September', 'State clearly on every product page which goods cannot be returned once opened',
   'Add a checkout message explaining that the payer must be the same person as the buyer', 'Use a return consolidator in China for 9610 parcels rather than sending each return to Italy',
   'Report complaint figures to the desk every quarter so that the 2026 targets can be tracked.'])
Q('zh', 'other', '夏天我们的奶酪该怎么发货才好？',
  [['use bonded stock with cold storage']], ['Stop shipping heat-sensitive food by direct parcel between June and September; use bonded stock with cold storage instead.'])
Q('zh', 'yesno', '只做一般贸易进口的会员算在统计里吗？',
  [['not included']], ['Members who sell only through general trade import are not included.'])
Q('en', 'list', "Which complaint causes does the chamber's table track?",
  [['Late delivery'], ['Product quality or damage'], ['Label or language'], ['Refund dispute'], ['Payment or identity check']],
  ['| Late delivery |', '| Product quality or damage |', '| Label or language |', '| Refund dispute |', '| Payment or identity check |'])
U('en', 'figure', 'How many complaints did the Milan members receive in the first half of 2023?')
U('zh', 'figure', '会员2022年一共收到多少投诉？')
U('zh', 'figure', '2024年会员跨境进口的销售额是多少欧元？')
U('en', 'other', 'Which licensed payment company pays the members their euros?')
U('zh', 'figure', '2023年因为付款人身份不一致被拦截的订单占多少？')
U('zh', 'figure', '9610直邮订单的平均退款时长是多少天？')
U('zh', 'reason', '退款纠纷类投诉的占比为什么下降了？')
U('en', 'place', 'In which Chinese city should members set up the return consolidator for 9610 parcels?')


def source_text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    with open(p, encoding='utf-8') as f:
        return f.read()


def main():
    texts = {}
    n = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        for e in it['evidence']:
            t = texts.setdefault(e['source'], source_text(e['source']))
            assert e['quote'] in t, (e['source'], e['quote'])
        for g in it['answers']:
            for a in g:
                assert any(a in e['quote'] for e in it['evidence']), (it['question'], a)
        n[it['lang']] += 1
        rid = 'h12-%s-%03d' % (it['lang'], n[it['lang']])
        out.append({'id': rid, 'lang': it['lang'], 'type': it['type'], 'question': it['question'],
                    'answers': it['answers'], 'evidence': it['evidence'], 'unanswerable': it['unanswerable']})
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), n['zh'], n['en']))


if __name__ == '__main__':
    main()
