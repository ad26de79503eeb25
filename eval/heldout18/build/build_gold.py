#!/usr/bin/env python3
"""Hand-written questions for heldout18 -> ../gold.jsonl (ids are assigned in order per language)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')

LY = 'h18_zh_linyi_market_procurement_1039_digital_declaration_survey_2024.txt'
SY = 'h18_zh_shiyan_ev_auto_parts_cbec_action_plan_2025_2027.md'
YK = 'h18_zh_yingkou_port_digital_twin_clearance_brief_2025q3.html'
LX = 'h18_zh_linxia_halal_food_export_certification_survey_2024.pdf'
PY = 'h18_en_guangzhou_panyu_overseas_warehouse_insurance_guide_2025.docx'
YB = 'h18_en_yanbian_korean_language_seller_training_review_2024.txt'

ITEMS = []


def q(lang, typ, question, answers, src, *quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    ITEMS.append((lang, typ, question, groups, [{'source': src, 'quote': x} for x in quotes], False))


def u(lang, typ, question):
    ITEMS.append((lang, typ, question, [], [], True))


# ---------------------------------------------------------------- Linyi (1039 market procurement, zh txt)
q('zh', 'figure', '临沂2023年市场采购贸易一共出口了多少？比上年涨了多少？',
  ['386.4亿元', '12.7%'], LY, '2023年，全市市场采购贸易出口额为386.4亿元，同比增长12.7%')
q('en', 'figure', 'In Linyi, what share of the 1039 market-procurement exports went through digital declaration in 2023?',
  ['62.6%'], LY, '其中通过数字化申报办理的出口额为241.9亿元，占62.6%')
q('zh', 'figure', '今年上半年（2024年）临沂1039出口额多少，数字化申报占比到多少了？',
  ['207.3亿元', '78.4%'], LY, '2024年上半年，市场采购贸易出口额为207.3亿元，同比增长15.2%，数字化申报占比提高到78.4%')
q('en', 'figure', 'Since the Linyi platform started, how many declaration documents were done digitally in total, up to end of June 2024?',
  ['43.6万票'], LY, '累计办理数字化申报单证43.6万票')
q('en', 'date', 'When did the Linyi market procurement networked platform go online?',
  ['2021年1月'], LY, '自2021年1月联网平台上线至2024年6月底')
q('zh', 'figure', '临沂定的2026年目标是啥？数字化申报占比和单票办理时长分别要到多少？',
  [('95%以上', '95%'), ('2小时以内', '2小时')], LY, '到2026年数字化申报占比要达到95%以上，单票平均办理时长压缩到2小时以内')
q('en', 'figure', 'How many hours it took on average to handle one declaration in Linyi, 2023 compare to first half 2024?',
  ['9.5小时', '4.2小时'], LY, '2023年单票平均办理时长为9.5小时，2024年上半年缩短至4.2小时')
q('zh', 'definition', '市场采购贸易方式到底是啥？一票货有没有金额上限？',
  ['在经认定的市场集聚区采购', '15万美元以下'], LY,
  '市场采购贸易方式（海关监管方式代码1039），是指在经认定的市场集聚区采购、单票报关单商品货值15万美元以下、在采购地办理出口商品通关手续的贸易方式。')
q('en', 'definition', 'What is a consolidator (the person who groups goods into one shipment) in the Linyi survey?',
  ['负责将多个市场经营户的商品拼组成一票货物并委托报关的主体'], LY,
  '组货人，是指在联网平台备案，负责将多个市场经营户的商品拼组成一票货物并委托报关的主体')
q('zh', 'definition', '这份临沂的报告里，"数字化申报"具体指啥？',
  [('通过联网平台在线完成交易登记、组货装箱和免税申报', '在线完成交易登记、组货装箱和免税申报')], LY,
  '数字化申报，本报告指市场经营户通过联网平台在线完成交易登记、组货装箱和免税申报，全程无需提交纸质材料。')
q('en', 'place', 'Which district of Linyi exported most through market procurement in H1 2024, and how much was it?',
  ['兰山区', '118.6'], LY, '兰山区    118.6           16.8%     83.1%           日用百货、小五金')
q('en', 'list', 'I source from Linshu county. What goods do sellers there mainly export under 1039?',
  ['柳编工艺品', '化肥'], LY, '临沭县    14.5            22.6%     74.2%           柳编工艺品、化肥')
q('zh', 'list', '兰山区那边主要出口哪些商品？',
  ['日用百货', '小五金'], LY, '兰山区    118.6           16.8%     83.1%           日用百货、小五金')
q('en', 'place', 'The Linyi district table has an "other" row. Which counties are in it?',
  ['兰陵县', '沂水县'], LY, '注：其他包括兰陵县、沂水县等9个县区，未单独列示。')
q('zh', 'list', '临沂1039上半年出口排前三的市场是哪几个？',
  ['东盟', '中亚', '非洲'], LY, '2024年上半年出口前三位的市场为东盟、中亚和非洲')
q('en', 'figure', 'Linyi market procurement exports to Central Asia: what share in H1 2024 and how fast did they grow?',
  ['18.3%', '31.4%'], LY, '分别占全市市场采购贸易出口额的27.5%、18.3%和14.9%，其中对中亚出口同比增长31.4%，增速最快')
q('zh', 'reason', '临沂往中亚卖的货为啥涨得最快？',
  ['开通了临沂至霍尔果斯口岸的公路直通班车'], LY, '对中亚出口增长较快，主要是2023年底开通了临沂至霍尔果斯口岸的公路直通班车，运输时间缩短到6天。')
q('zh', 'reason', '为啥临沂用数字化申报的越来越多了？',
  ['一键组货', '免税申报与联网平台数据直连', '每户1,000元的一次性奖励', '集中开展培训'], LY,
  '一是联网平台于2023年5月完成升级，新增"一键组货"功能，组货人可在线拼单；二是税务部门将免税申报与联网平台数据直连，经营户不再重复录入；三是市里对首次使用数字化申报的经营户给予每户1,000元的一次性奖励；四是代理出口企业集中开展培训，2023年共举办培训班46期。')
q('en', 'reason', 'Why Linyi market sellers do not need to type the same data again for the tax exemption declaration?',
  ['税务部门将免税申报与联网平台数据直连'], LY, '二是税务部门将免税申报与联网平台数据直连，经营户不再重复录入')
q('en', 'figure', 'I am a Linyi market stall owner using digital declaration for the first time. How much reward do I get?',
  [('每户1,000元', '1,000元')], LY, '三是市里对首次使用数字化申报的经营户给予每户1,000元的一次性奖励')
q('zh', 'reason', '河东区的数字化申报占比为什么比全市平均低？',
  ['板材类大宗商品较多', '单票货值高', '部分货物需拆分报关'], LY,
  '河东区数字化申报占比低于全市平均水平，主要原因是该区板材类大宗商品较多，单票货值高，部分货物需拆分报关，而线上组货规则尚未覆盖拆分报关。')
q('en', 'list', 'What problems does the Linyi survey find with digital declaration?',
  [('不会使用联网平台', '年龄偏大'), '组货人资质参差不齐', '收汇环节仍有堵点', '数据接口尚未全部打通'], LY,
  '（一）部分经营户年龄偏大，不会使用联网平台，约有17.6%的受访经营户仍委托他人代为申报。',
  '（二）组货人资质参差不齐，2024年上半年联网平台共发现信息不符的申报单证1,306票。',
  '（三）收汇环节仍有堵点，个体经营户以个人名义收汇的，单笔到账平均需要3.5个工作日。',
  '（四）联网平台与物流、金融系统的数据接口尚未全部打通，')
q('zh', 'reason', '为什么还有不少经营户要找别人代为申报？这样的占多少？',
  ['年龄偏大', '17.6%'], LY, '（一）部分经营户年龄偏大，不会使用联网平台，约有17.6%的受访经营户仍委托他人代为申报。')
q('en', 'figure', 'How many declarations with wrong information did the Linyi platform catch in first half of 2024?',
  ['1,306票'], LY, '（二）组货人资质参差不齐，2024年上半年联网平台共发现信息不符的申报单证1,306票。')
q('zh', 'figure', '我是个体户，用个人名义收汇，一笔钱大概多久能到账？',
  ['3.5个工作日'], LY, '个体经营户以个人名义收汇的，单笔到账平均需要3.5个工作日')
q('en', 'reason', 'Why do about 30% of Linyi declaration documents still have to be checked by hand?',
  ['数据接口尚未全部打通'], LY, '（四）联网平台与物流、金融系统的数据接口尚未全部打通，', '仍有约三成单证需要人工核对。')
q('zh', 'list', '临沂这份调查最后提了哪几条建议？',
  ['帮办窗口', '组货人信用分级管理', '专用收汇账户', '接口对接'], LY,
  '（1）开设"银发经营户"帮办窗口，在兰山区、河东区各设1个线下服务点；',
  '（2）建立组货人信用分级管理，对连续两个季度无差错的组货人实行优先放行；',
  '（3）推动合作银行推出市场采购贸易专用收汇账户，将单笔到账时间压缩到1个工作日以内；',
  '（4）2025年底前完成联网平台与物流、金融系统的接口对接。')
q('en', 'place', 'My parents run a stall in Linyi and are not good with apps. Where are the help desks for older sellers going to be?',
  ['兰山区', '河东区'], LY, '（1）开设"银发经营户"帮办窗口，在兰山区、河东区各设1个线下服务点；')
q('zh', 'other', '组货人要是连续两个季度都没出错，能有什么待遇？',
  ['优先放行'], LY, '（2）建立组货人信用分级管理，对连续两个季度无差错的组货人实行优先放行；')
q('en', 'date', 'By when should the Linyi platform be connected to the logistics and finance systems?',
  ['2025年底前'], LY, '（4）2025年底前完成联网平台与物流、金融系统的接口对接。')
q('zh', 'definition', '报告里的"办理时长"是从哪儿算到哪儿？',
  ['自组货完成至免税申报通过的时间'], LY, '3.办理时长指自组货完成至免税申报通过的时间。')
u('zh', 'figure', '临沂2024年全年市场采购贸易出口额是多少？')
u('en', 'figure', 'What was the digital declaration share in Lanling county in the first half of 2024?')
u('zh', 'figure', '临沂给2025年定的数字化申报占比目标是多少？')
u('en', 'place', 'Which street in Lanshan district will the help desk for older Linyi sellers be on?')
u('zh', 'figure', '兰山区2023年全年的市场采购贸易出口额是多少？')
u('en', 'reason', 'Why did Linyi market procurement exports to ASEAN grow in the first half of 2024?')
u('zh', 'figure', '临沂2023年一年办理了多少票数字化申报单证？')
u('en', 'list', 'Which banks are the partner banks for the Linyi market-procurement collection accounts?')

# ---------------------------------------------------------------- Shiyan (EV / auto parts, zh md)
q('zh', 'figure', '十堰2024年汽车零部件跨境电商出口了多少？增长多少？',
  ['23.8亿元', '41.5%'], SY, '2024年，全市汽车零部件跨境电商出口额为23.8亿元，同比增长41.5%')
q('en', 'figure', 'How much of Shiyan\'s 2024 cross-border auto parts exports were new-energy vehicle parts?',
  ['6.9亿元'], SY, '其中新能源汽车零部件出口额为6.9亿元')
q('zh', 'figure', '十堰今年1到6月零部件跨境电商出口额多少？新能源的占比呢？',
  ['14.6亿元', '34.0%'], SY, '2025年1—6月，汽车零部件跨境电商出口额为14.6亿元，同比增长36.2%，新能源汽车零部件占比提高到34.0%')
q('en', 'figure', 'By end of June 2025, how many Shiyan parts companies are doing cross-border e-commerce, and how many front warehouses they have abroad?',
  ['312家', ('前置仓17个', '17个')], SY, '截至2025年6月底，全市累计有312家零部件企业开展跨境电商业务，累计在海外设立前置仓17个。')
q('zh', 'list', '十堰的零部件主要卖到哪几个市场？',
  ['俄罗斯', '中东', '拉美'], SY, '2025年1—6月对俄罗斯、中东和拉美的出口分别占全市汽车零部件跨境电商出口额的41.2%、19.6%和15.3%')
q('en', 'reason', 'For Shiyan auto parts, which market grow fastest in 2025 first half, and why?',
  ['拉美', ('汽车保有量大、车龄偏长', '车龄偏长'), '售后配件需求旺盛'], SY,
  '对拉美出口同比增长58.7%，是增长最快的市场，主要原因是墨西哥、巴西等国汽车保有量大、车龄偏长，售后配件需求旺盛。')
q('zh', 'figure', '2024年十堰零部件企业在跨境平台上一共开了多少家店？',
  ['1,460个'], SY, '2024年，全市零部件企业在跨境电商平台开设店铺1,460个')
q('en', 'place', 'Which county-level area of Shiyan had the most cross-border stores opened by parts firms in 2024?',
  ['郧阳区'], SY, '其中郧阳区企业开设店铺数量居各县（市、区）首位')
q('en', 'definition', 'What does the Shiyan plan mean by "auto parts cross-border e-commerce"?',
  [('向境外销售汽车零部件及售后配件', '以9610、9710、9810方式向境外销售汽车零部件及售后配件的活动')], SY,
  '汽车零部件跨境电商：指企业通过跨境电商平台或独立站，以9610、9710、9810方式向境外销售汽车零部件及售后配件的活动。')
q('zh', 'list', '方案里说的新能源汽车零部件都包括哪些？',
  ['动力电池包配件', '电驱动系统部件', ('充电枪及车载充电机', '充电枪'), '热管理部件'], SY,
  '新能源汽车零部件：本方案指动力电池包配件、电驱动系统部件、充电枪及车载充电机、热管理部件等。')
q('en', 'definition', 'What is an overseas front warehouse in the Shiyan plan? How near to customers and how fast delivery?',
  ['200公里以内', '48小时送达'], SY, '海外前置仓：指在目标市场距主要客户200公里以内设立、以售后配件48小时送达为目标的小型仓库。')
q('zh', 'definition', 'AM市场是啥意思？',
  ['整车厂原厂渠道之外的售后替换件市场'], SY, 'AM市场：指整车厂原厂渠道之外的售后替换件市场。')
q('en', 'figure', 'What is Shiyan\'s export target for auto parts cross-border e-commerce in 2027?',
  ['60'], SY, '| 汽车零部件跨境电商出口额（亿元） | 23.8 | 14.6 | 32 | 60 |')
q('en', 'figure', 'new energy parts share — what Shiyan want to reach in 2027?',
  ['50%'], SY, '| 新能源汽车零部件占比 | 29.0% | 34.0% | 35% | 50% |')
q('zh', 'figure', '十堰企业独立站2024年有几个？2027年想做到多少个？',
  ['41', '120'], SY, '| 企业独立站（个） | 41 | 55 | 70 | 120 |')
q('zh', 'figure', '要是评上"零部件出海领航企业"，最多能拿多少补助？一共评几家？',
  ['50万元', '30家'], SY, '一是遴选30家"零部件出海领航企业"，每家给予最高50万元的平台入驻和推广补助')
q('en', 'place', 'Which districts of Shiyan will build the auto parts cross-border e-commerce industrial park?',
  ['张湾区', '茅箭区'], SY, '二是支持张湾区、茅箭区建设汽车零部件跨境电商产业园，对新入园企业前两年租金给予50%补贴')
q('en', 'place', 'Our company makes brake parts in Shiyan and wants a front warehouse abroad. Which cities does the plan give priority to?',
  ['蒙特雷', '达曼', '德布勒森'], SY, '一是优先在墨西哥蒙特雷、沙特达曼、匈牙利德布勒森布局前置仓')
q('zh', 'figure', '租海外前置仓补贴怎么算？一年最多补多少？',
  ['30%', '80万元'], SY, '二是对企业租用前置仓的，按实际仓储费用的30%给予补贴，单个企业每年不超过80万元。')
q('en', 'list', 'Which product certifications get the Shiyan reward, and how much per certification?',
  ['E-mark', 'DOT', '5万元'], SY, '一是对取得欧盟E-mark、美国DOT等产品认证的企业，每项认证奖励5万元')
q('zh', 'figure', '在国外注册商标，十堰每件最多补多少？',
  ['2万元'], SY, '二是支持企业注册境外商标，每件最高补助2万元。')
q('en', 'other', 'Which school will run the auto-parts cross-border order class in Shiyan, and how many students per year?',
  ['汉江汽车技师学院', '300人'], SY, '一是联合汉江汽车技师学院开设汽车零部件跨境电商订单班，每年培养300人')
q('zh', 'figure', 'OE号对照库要收多少条编码，截止到什么时候？',
  ['80万条', '2025年底前'], SY, '二是建立多语种配件编码（OE号）对照库，2025年底前收录编码不少于80万条。')
q('en', 'list', 'What are the main problems in Shiyan auto parts cross-border e-commerce according to the plan?',
  ['配件编码与海外车型匹配难', '国际物流渠道少', ('自有品牌出口额仅占', '自有品牌'), ('复合型人才缺口', '人才缺口')], SY,
  '1. 配件编码与海外车型匹配难，因适配错误产生的退货占全部退货的42%。',
  '2. 动力电池类配件属于危险品，国际物流渠道少，运费比普通配件高出约60%。',
  '3. 企业多为配套代工出身，自有品牌出口额仅占全市零部件跨境电商出口额的18%。',
  '4. 既懂汽车技术又懂外语的复合型人才缺口约1,200人。')
q('zh', 'reason', '十堰零部件退货为啥多？因为这个原因退的占多少？',
  [('适配错误', '配件编码与海外车型匹配难'), '42%'], SY, '1. 配件编码与海外车型匹配难，因适配错误产生的退货占全部退货的42%。')
q('en', 'reason', 'Why is shipping battery pack parts from Shiyan so expensive, and how much more than normal parts?',
  ['属于危险品', '国际物流渠道少', '约60%'], SY, '2. 动力电池类配件属于危险品，国际物流渠道少，运费比普通配件高出约60%。')
q('zh', 'reason', '十堰零部件企业自有品牌出口为啥这么少？',
  ['多为配套代工出身'], SY, '3. 企业多为配套代工出身，自有品牌出口额仅占全市零部件跨境电商出口额的18%。')
q('en', 'reason', 'According to the Shiyan plan, what causes these problems?',
  ['长期为整车厂配套', '危险品运输资质审批周期长'], SY,
  '造成上述问题的原因，一方面是本地企业长期为整车厂配套，缺少直接面向海外终端客户的经验；另一方面是危险品运输资质审批周期长，', '平均需要5至6个月。')
q('zh', 'figure', '危险品运输资质审批一般要等多久？',
  ['5至6个月'], SY, '另一方面是危险品运输资质审批周期长，', '平均需要5至6个月。')
q('en', 'list', 'What safeguard measures does the Shiyan plan list?',
  ['专项资金', '月调度制度', '年度考核'], SY,
  '设立市级汽车零部件跨境电商专项资金，每年安排3,000万元。', '建立专班月调度制度，每月通报重点企业出口进展。',
  '将目标完成情况纳入各县（市、区）年度考核，考核权重为3%。')
u('en', 'figure', 'What is Shiyan\'s 2026 target for auto parts cross-border e-commerce exports?')
u('zh', 'figure', '十堰2024年汽车零部件跨境电商进口额是多少？')
u('en', 'figure', 'How many front warehouses does Shiyan already have in Mexico?')
u('zh', 'figure', '郧阳区企业2024年具体开了多少家跨境店铺？')
u('en', 'figure', 'How much subsidy does the Shiyan plan give for registering a patent abroad?')
u('zh', 'reason', '十堰零部件出口为什么俄罗斯占比最高？')
u('en', 'list', 'Which cross-border platforms does the Shiyan plan tell parts firms to open stores on?')
u('zh', 'date', '蒙特雷的前置仓计划什么时候建成？')

# ---------------------------------------------------------------- Yingkou (port digital twin, zh html)
q('zh', 'figure', '营口港今年三季度跨境电商出口货值多少，同比涨了多少？',
  ['58.6亿元', '24.3%'], YK, '2025年第三季度，营口港跨境电商出口货值为58.6亿元，同比增长24.3%，申报单量为1,146万票。')
q('zh', 'figure', '营口港2025年1到9月跨境电商出口累计多少？',
  ['152.7亿元'], YK, '2025年1—9月，跨境电商出口货值累计为152.7亿元，同比增长19.8%。')
q('en', 'figure', 'What was Yingkou port\'s cross-border e-commerce export value for the whole of 2024?',
  ['171.4亿元'], YK, '2024年全年，跨境电商出口货值为171.4亿元。')
q('zh', 'figure', '数字孪生系统上线到现在，一共办了多少跨境电商申报单？',
  ['3,980万票'], YK, '自2023年4月数字孪生智慧通关系统上线至2025年9月底，累计办理跨境电商申报单3,980万票。')
q('en', 'date', 'When did Yingkou\'s digital twin clearance system go live?',
  ['2023年4月'], YK, '自2023年4月数字孪生智慧通关系统上线至2025年9月底，累计办理跨境电商申报单3,980万票。')
q('zh', 'figure', '营口港2026年跨境电商出口想做到多少？',
  ['260亿元'], YK, '按照工作计划，到2026年全港跨境电商出口货值力争达到260亿元。')
q('en', 'figure', 'My goods clear at Yingkou — how long does clearance take on average this quarter, and how much faster than same time last year?',
  ['1.6小时', '1.1小时'], YK, '本季度，跨境电商货物平均通关时间为1.6小时，比2024年同期缩短1.1小时；集装箱平均在港停留时间为2.3天。')
q('zh', 'figure', '三季度在营口港做跨境电商出口的企业有多少家？第一次做的有多少？',
  ['1,732家', '214家'], YK, '本季度在营口港办理跨境电商出口业务的企业为1,732家，比上季度增加126家，其中首次开展跨境电商出口业务的企业有214家，主要来自沈阳、鞍山和营口本地。')
q('en', 'place', 'Where do the first-time cross-border exporters at Yingkou mostly come from?',
  ['沈阳', '鞍山', '营口'], YK, '本季度在营口港办理跨境电商出口业务的企业为1,732家，比上季度增加126家，其中首次开展跨境电商出口业务的企业有214家，主要来自沈阳、鞍山和营口本地。')
q('en', 'definition', 'What does digital twin smart clearance mean in the Yingkou brief?',
  ['以港区三维实景模型为底座', ('实时映射到虚拟港区', '查验资源自动调度')], YK,
  '数字孪生智慧通关，是指以港区三维实景模型为底座，将船舶、集装箱、查验场地和海关申报数据实时映射到虚拟港区，实现通关状态可视化、查验资源自动调度的监管服务模式。')
q('zh', 'list', '数字孪生通关要把哪些东西映射到虚拟港区里？',
  ['船舶', '集装箱', '查验场地', '海关申报数据'], YK,
  '数字孪生智慧通关，是指以港区三维实景模型为底座，将船舶、集装箱、查验场地和海关申报数据实时映射到虚拟港区，实现通关状态可视化、查验资源自动调度的监管服务模式。')
q('zh', 'definition', '无感通关是什么意思，车要停吗？',
  ['不需停车等待', '由系统自动比对信息并完成核放'], YK,
  '无感通关，是指货物车辆经过港区智能卡口时不需停车等待，由系统自动比对信息并完成核放的通关方式。')
q('en', 'definition', 'What does advance declaration mean at Yingkou port?',
  ['在货物运抵港区之前向海关办理申报手续'], YK, '提前申报，是指企业在货物运抵港区之前向海关办理申报手续。')
q('zh', 'place', '三季度营口哪个港区跨境电商出口最多？',
  ['鲅鱼圈港区'], YK, '鲅鱼圈港区', '41.3')
q('zh', 'list', '鲅鱼圈港区主要出口哪些东西？',
  ['家具', '汽车配件'], YK, '鲅鱼圈港区', '家具、汽车配件')
q('en', 'figure', 'Xianrendao port area — export value in Q3 2025 and the average clearance time?',
  ['7.9', '1.9'], YK, '仙人岛港区', '7.9', '1.9')
q('en', 'place', 'Among the named port areas at Yingkou, which one had the slowest average clearance in Q3?',
  ['营口港区'], YK, '营口港区', '2.1')
q('zh', 'figure', '三季度走9710的跨境电商出口货值多少，占几成？',
  ['25.1', '42.8%'], YK, '9710（跨境电商B2B直接出口）', '25.1', '42.8%')
q('en', 'figure', 'What share of Yingkou Q3 cross-border exports went under 9810 (overseas warehouse export)?',
  ['32.9%'], YK, '9810（跨境电商出口海外仓）', '32.9%')
q('en', 'list', 'Top three markets for Yingkou port cross-border exports in Q3 2025?',
  ['俄罗斯', '中亚五国', '韩国'], YK, '本季度对俄罗斯、中亚五国和韩国的出口分别占31.6%、14.2%和9.8%')
q('zh', 'reason', '营口港对俄罗斯出口为什么涨得快？涨了多少？',
  ['海铁联运班列加密至每周3列', '38.5%'], YK, '其中对俄罗斯出口同比增长38.5%，主要是营口至莫斯科的海铁联运班列加密至每周3列')
q('en', 'reason', 'Why did Yingkou\'s exports to Japan go down, and by how much?',
  ['日本买家更多选择当地仓库发货的卖家', ('下降6.4%', '6.4%')], YK,
  '对日本出口同比下降6.4%，主要原因是日本买家更多选择当地仓库发货的卖家，', '直发订单有所减少。')
q('zh', 'reason', '三季度营口港通关为啥又变快了？',
  ['数字孪生系统二期', '数据实时共享', ('新建智能卡口8条', '智能卡口'), '优先查验'], YK,
  '数字孪生系统二期于2025年7月1日上线，新增查验资源自动调度功能，查验等待时间平均减少40分钟。',
  '海关与港口集团数据实时共享，提前申报比例提高到86.5%。', '鲅鱼圈港区新建智能卡口8条，实现无感通关。',
  '对高级认证企业实行优先查验，查验率比一般企业低约70%。')
q('en', 'reason', 'Why did the waiting time for inspection at Yingkou get shorter, and by how many minutes?',
  ['新增查验资源自动调度功能', '40分钟'], YK, '数字孪生系统二期于2025年7月1日上线，新增查验资源自动调度功能，查验等待时间平均减少40分钟。')
q('en', 'list', 'What problems did the Yingkou digital twin system run into?',
  ['尚未接入三维实景模型', '不熟悉提前申报', '难以拆分到单个卖家', '依赖单一外包服务商'], YK,
  '仙人岛港区和营口港区尚未接入三维实景模型，两个港区的数据仍需人工补录。',
  '部分中小卖家不熟悉提前申报，第三季度因申报信息不全被退单的有1.9万票。',
  '拼箱货物在系统中难以拆分到单个卖家，拼箱货物查验平均耗时比整箱长2.6小时。',
  '系统运维依赖单一外包服务商，2025年8月曾发生一次累计4小时的停机。')
q('zh', 'reason', '仙人岛和营口港区的数据为什么还得人工补录？',
  ['尚未接入三维实景模型'], YK, '仙人岛港区和营口港区尚未接入三维实景模型，两个港区的数据仍需人工补录。')
q('en', 'reason', 'I ship LCL (shared container) through Yingkou. Why is my inspection slower, and how much slower than full container?',
  ['难以拆分到单个卖家', '2.6小时'], YK, '拼箱货物在系统中难以拆分到单个卖家，拼箱货物查验平均耗时比整箱长2.6小时。')
q('zh', 'date', '营口港系统停机是哪个月的事？停了多长时间？',
  ['2025年8月', '4小时'], YK, '系统运维依赖单一外包服务商，2025年8月曾发生一次累计4小时的停机。')
q('en', 'list', 'What are Yingkou\'s next steps?',
  ['三维建模', '提前申报辅导专区', '一箱多单', '第二家运维服务商'], YK,
  '一是2025年12月底前完成仙人岛港区三维建模；二是在国际贸易单一窗口开设提前申报辅导专区；三是开发拼箱货物"一箱多单"拆分模块；四是引入第二家运维服务商，建立双备份机制。')
q('zh', 'date', '仙人岛港区的三维建模什么时候能弄完？',
  ['2025年12月底前'], YK, '一是2025年12月底前完成仙人岛港区三维建模')
q('en', 'place', 'In the Yingkou port area table, what is inside the "other" row?',
  ['营口陆港', '大石桥', '盖州'], YK, '注：1.出口货值按人民币计算。2.平均通关时间指自海关接受申报至放行的时间。3.表1中"其他"包括营口陆港及大石桥、盖州两地的监管作业场所。')
u('zh', 'figure', '营口港2025年第二季度跨境电商出口货值是多少？')
u('en', 'figure', 'What is Yingkou port\'s cross-border e-commerce export target for 2025?')
u('zh', 'figure', '大石桥的监管作业场所三季度跨境电商出口了多少？')
u('en', 'figure', 'How many 9610 declaration tickets did Yingkou handle in Q3 2025?')
u('zh', 'figure', '营口港三季度跨境电商进口货值多少？')
u('en', 'reason', 'Why did Yingkou\'s cross-border exports to South Korea increase?')
u('zh', 'figure', '营口港三季度对日本出口占比多少？')
u('en', 'date', 'On which exact day in August 2025 did the Yingkou clearance system go down?')

# ---------------------------------------------------------------- Linxia (halal food certification, zh pdf)
q('zh', 'figure', '临夏州2023年清真食品跨境电商出口多少？增长多少？',
  ['4.36亿元', '27.9%'], LX, '2023年，全州清真食品跨境电商出口额为4.36亿元，同比增长27.9%。')
q('en', 'figure', 'Linxia halal food cross-border exports in January–September 2024 — how much and what growth?',
  ['3.98亿元', '32.4%'], LX, '2024年1—9月，出口额为3.98亿元，同比增长32.4%，其中第三季度出口额为1.52亿元。')
q('zh', 'figure', '临夏清真食品2024年第三季度单季出口了多少？',
  ['1.52亿元'], LX, '其中第三季度出口额为1.52亿元')
q('en', 'figure', 'Since 2020, how much halal food has Linxia exported through cross-border e-commerce in total?',
  ['13.7亿元'], LX, '自2020年以来，全州清真食品跨境电商累计出口额为13.7亿元。')
q('zh', 'figure', '到2024年9月底，临夏有多少家企业拿到了境外清真认证？证书一共多少张？',
  ['64家', '219张'], LX, '截至2024年9月底，全州累计有64家企业取得境外清真认证，累计取得证书219张。')
q('en', 'figure', 'What are Linxia\'s 2026 targets for certified firms and halal food cross-border exports?',
  ['100家', '8亿元'], LX, '到2026年取得境外清真认证的企业要达到100家，清真食品跨境电商出口额达到8亿元')
q('zh', 'list', '临夏清真食品主要卖到哪几个国家？',
  ['马来西亚', '印度尼西亚', '沙特阿拉伯', '阿联酋'], LX, '马来西亚占31.2%，印度尼西亚占22.5%，沙特阿拉伯占17.8%，阿联酋占11.4%，其他市场占17.1%')
q('zh', 'definition', '报告里清真认证是怎么定义的？',
  ['依据进口国清真标准', '对食品原料、加工、储运等环节进行审核并颁发证书'], LX,
  '清真认证，是指由具备资质的认证机构依据进口国清真标准，对食品原料、加工、储运等环节进行审核并颁发证书的活动。')
q('en', 'yesno', 'If there is mutual recognition with a country, does my Linxia company still need to apply for that country\'s own halal certificate?',
  ['企业无需另行申请目的国认证'], LX, '境外互认，是指出口目的国认可我国认证机构出具的清真证书，企业无需另行申请目的国认证。')
q('zh', 'list', '这份报告说的跨境电商出口清真食品包括哪些产品？',
  ['牛羊肉制品', '乳制品', '调味品', '糕点', '饮品'], LX, '跨境电商出口清真食品，本报告指通过9610、9710方式出口的牛羊肉制品、乳制品、调味品、糕点及饮品等。')
q('en', 'figure', 'How many companies did the Linxia survey cover?',
  ['87家'], LX, '本次调查覆盖临夏市、广河县、东乡县、和政县、积石山县等地的清真食品生产和出口企业87家')
q('zh', 'figure', '广河县2024年前三季度清真食品跨境电商出口多少？',
  ['1.09'], LX, '广河县', '1.09')
q('en', 'place', 'In Linxia, which county or city has the most firms with foreign halal certification?',
  ['临夏市'], LX, '临夏市', '23')
q('zh', 'list', '东乡县那边主要卖些啥？',
  ['手抓羊肉', '土豆粉丝'], LX, '东乡县', '手抓羊肉、土豆粉丝')
q('en', 'figure', 'I buy pear drinks from Hezheng. How many firms there have halal certification?',
  ['6'], LX, '和政县', '啤特果饮品、糕点', '6')
q('zh', 'place', '临夏的表里"其他"包括哪几个县？',
  ['康乐县', '永靖县', '临夏县'], LX, '注：其他包括康乐县、永靖县和临夏县；取得认证企业数为截至2024年9月底的累计数。')
q('en', 'reason', 'Why are more and more Linxia food firms getting halal certified?',
  ['每张证书补助3万元', '实验室认可', '流量倾斜'], LX,
  '一是州里对首次取得境外清真认证的企业每张证书补助3万元；二是2023年10月，州食品检验检测中心获得马来西亚认证机构的实验室认可，检测报告可直接用于申请认证；三是电商平台对带有认证标识的商品给予流量倾斜，认证商品的转化率约为无认证商品的2.3倍。')
q('zh', 'figure', '我第一次拿到境外清真认证，州里每张证书补多少钱？',
  ['3万元'], LX, '一是州里对首次取得境外清真认证的企业每张证书补助3万元')
q('en', 'date', 'When did the Linxia food testing centre get lab recognition from the Malaysian certification body?',
  ['2023年10月'], LX, '二是2023年10月，州食品检验检测中心获得马来西亚认证机构的实验室认可，检测报告可直接用于申请认证')
q('en', 'reason', 'How long does Malaysian halal certification take now compared with 2022, and why did it get shorter?',
  ['11个月', '7个月', ('检测报告可以直接使用', '不再需要将样品送往境外检测')], LX,
  '认证周期也明显缩短，申请马来西亚清真认证的平均周期从2022年的11个月缩短到2024年的7个月，主要是检测报告可以直接使用，企业不再需要将样品送往境外检测。')
q('zh', 'reason', '积石山县前三季度出口怎么就超过去年全年了？',
  ['花椒借助直播带货打开了中东市场'], LX, '积石山县2024年前三季度出口额已超过2023年全年，主要原因是当地花椒借助直播带货打开了中东市场。')
q('en', 'list', 'What problems did Linxia halal food exporters report in the survey?',
  ['认证费用高', '各国标准不统一', '冷链物流短板突出', '电商人才不足'], LX,
  '（一）认证费用高，申请一个国家的清真认证平均花费8.6万元，对小微企业负担较重。',
  '（二）各国标准不统一，海湾国家与东南亚国家在屠宰方式、添加剂等方面要求不同，企业需要重复认证。',
  '（三）冷链物流短板突出，全州目前仅有2家企业具备出口冷链仓储条件，',
  '（四）熟悉伊斯兰市场规则和阿拉伯语的电商人才不足，87家受访企业中仅有19家配备专职外语客服。')
q('zh', 'figure', '申请一个国家的清真认证平均要花多少钱？',
  ['8.6万元'], LX, '（一）认证费用高，申请一个国家的清真认证平均花费8.6万元，对小微企业负担较重。')
q('en', 'reason', 'Why do Linxia firms have to get halal certified again and again for different countries?',
  ['海湾国家与东南亚国家在屠宰方式、添加剂等方面要求不同'], LX,
  '（二）各国标准不统一，海湾国家与东南亚国家在屠宰方式、添加剂等方面要求不同，企业需要重复认证。')
q('zh', 'reason', '生鲜牛羊肉为啥很难走跨境电商出口？全州有几家企业有出口冷链仓储条件？',
  ['冷链物流短板突出', '2家'], LX, '（三）冷链物流短板突出，全州目前仅有2家企业具备出口冷链仓储条件，', '生鲜牛羊肉难以通过跨境电商出口。')
q('en', 'figure', 'Of the surveyed Linxia firms, how many have full-time foreign-language customer service?',
  ['19家'], LX, '87家受访企业中仅有19家配备专职外语客服')
q('zh', 'list', '临夏这份报告提了哪些建议？',
  ['互认合作', '每张证书5万元', '冷链集配中心', '阿拉伯语电商客服培训班'], LX,
  '一是推动与印度尼西亚、沙特阿拉伯的认证机构开展互认合作，争取2025年底前实现与1个国家互认；',
  '二是将认证补助标准提高到每张证书5万元，并对证书续期费用给予50%补助；',
  '三是在广河县建设清真食品出口冷链集配中心，2026年前投入使用；',
  '四是依托临夏州商贸职业培训中心开设阿拉伯语电商客服培训班，每年培训150人。')
q('en', 'place', 'Where will Linxia build the halal food export cold-chain hub?',
  ['广河县'], LX, '三是在广河县建设清真食品出口冷链集配中心，2026年前投入使用；')
q('zh', 'list', '临夏打算跟哪些国家的认证机构搞互认？',
  ['印度尼西亚', '沙特阿拉伯'], LX, '一是推动与印度尼西亚、沙特阿拉伯的认证机构开展互认合作，争取2025年底前实现与1个国家互认；')
q('en', 'figure', 'How many people a year will the Arabic e-commerce customer service class in Linxia train?',
  ['150人'], LX, '四是依托临夏州商贸职业培训中心开设阿拉伯语电商客服培训班，每年培训150人。')
u('zh', 'figure', '临夏州2024年全年清真食品跨境电商出口额是多少？')
u('en', 'figure', 'What share of Linxia halal food exports went to Malaysia in 2023?')
u('zh', 'figure', '康乐县有几家企业取得了境外清真认证？')
u('en', 'figure', 'What is Linxia\'s 2025 target for the number of halal-certified firms?')
u('zh', 'place', '临夏的清真食品出口冷链集配中心建在广河县哪个乡镇？')
u('en', 'figure', 'How much does Indonesian halal certification cost on average for a Linxia firm?')
u('zh', 'reason', '临夏清真食品对阿联酋出口为什么增长？')
u('en', 'list', 'Which e-commerce platforms do the Linxia halal food firms sell on?')

# ---------------------------------------------------------------- Panyu (overseas warehouse insurance, en docx)
q('en', 'figure', 'How many Panyu sellers insured their overseas warehouse stock in 2024, and what was the total insured stock value?',
  ['436', 'RMB 3.82 billion'], PY, 'In 2024, 436 sellers insured their overseas warehouse stock. The total insured stock value was RMB 3.82 billion')
q('zh', 'figure', '番禺海外仓货物保险2024年的赔付率是多少？',
  ['62.9%'], PY, 'premiums were RMB 11.6 million and claims paid were RMB 7.3 million, giving a loss ratio of 62.9%')
q('en', 'figure', 'Loss ratio of the Panyu overseas warehouse insurance in first half 2025?',
  ['73.9%'], PY, 'Premiums were RMB 6.9 million and claims paid were RMB 5.1 million, so the loss ratio rose to 73.9%')
q('zh', 'figure', '2025年上半年有多少番禺卖家参保？保费收了多少？',
  ['388', 'RMB 6.9 million'], PY, 'In the first half of 2025, 388 sellers were covered. Premiums were RMB 6.9 million')
q('en', 'figure', 'How many claims were settled in Q2 2025 alone?',
  ['61'], PY, 'In the second quarter of 2025 alone, 61 claims were settled.')
q('zh', 'figure', '这个试点从开始到2025年6月底，一共赔了多少笔、多少钱？',
  [('514 claims', '514'), 'RMB 19.8 million'], PY, 'the scheme has settled 514 claims and paid RMB 19.8 million in total')
q('zh', 'date', '番禺海外仓货物保险试点是什么时候开始的？',
  ['March 2022'], PY, 'From the launch of the pilot in March 2022 to the end of June 2025')
q('en', 'figure', 'What does the Panyu insurer aim for in 2026?',
  ['800 sellers', 'RMB 8 billion'], PY, 'Our target for 2026 is to cover 800 sellers with a total insured stock value of RMB 8 billion.')
q('zh', 'figure', '番禺区商务局给保费补多少？一年封顶多少？',
  ['40%', 'RMB 20,000'], PY, "The Panyu District Commerce Bureau pays 40% of each seller's premium, capped at RMB 20,000 per seller per year.")
q('zh', 'yesno', '我在番禺做跨境，一年海外销售额大概400万，保费能不能分期交？',
  ['four quarterly instalments'], PY, 'Sellers with annual overseas sales below RMB 5 million may also pay the premium in four quarterly instalments.')
q('en', 'definition', 'In the Panyu guide, what is "insured stock value"?',
  ['landed cost', 'purchase cost plus first-leg freight and import duties'], PY,
  '"Insured stock value" means the value of stock at landed cost, that is purchase cost plus first-leg freight and import duties, as declared by the seller on the last day of each month.')
q('zh', 'definition', '赔付率（loss ratio）是怎么算的？',
  ['claims paid divided by premiums earned in the same period'], PY, '"Loss ratio" means claims paid divided by premiums earned in the same period.')
q('en', 'definition', 'What counts as "overseas warehouse stock" — does it have to belong to a Panyu seller?',
  ['goods owned by a seller registered in Panyu'], PY,
  '"Overseas warehouse stock" means goods owned by a seller registered in Panyu and stored in a third-party or self-operated warehouse outside mainland China for sale through cross-border e-commerce.')
q('zh', 'figure', '货放在荷兰Venlo的仓，2025年上半年费率是多少？',
  ['0.24%'], PY, 'Venlo (Netherlands)', '0.24%')
q('en', 'place', 'Which warehouse location had the most claims settled in the first half of 2025?',
  [('Ontario, California (US)', 'Ontario')], PY, 'Ontario, California (US)', '41')
q('en', 'other', 'What was the main cause of loss at the Edison, New Jersey warehouses?',
  ['Theft'], PY, 'Edison, New Jersey (US)', 'Theft')
q('en', 'list', 'Which risks does the Panyu overseas warehouse stock policy cover?',
  ['fire, lightning and explosion', 'flood, storm and hail', 'theft or burglary with visible signs of forced entry',
   'water damage from burst pipes or roof leaks', 'damage caused by warehouse handling equipment'], PY,
  'fire, lightning and explosion;', 'flood, storm and hail;', 'theft or burglary with visible signs of forced entry;',
  'water damage from burst pipes or roof leaks;', 'damage caused by warehouse handling equipment such as forklifts.')
q('zh', 'yesno', '我的货放在亚马逊这种平台的履约仓里，这个保险管不管？',
  ['does not cover', 'stock held in marketplace fulfilment centres'], PY,
  "The policy does not cover stock that is found missing at an inventory count without any evidence of theft, stock held in marketplace fulfilment centres (where the marketplace's own reimbursement rules apply), or loss caused by the seller's own staff.")
q('en', 'list', 'What is not covered by the Panyu policy?',
  ['found missing at an inventory count without any evidence of theft', 'stock held in marketplace fulfilment centres', "loss caused by the seller's own staff"], PY,
  "The policy does not cover stock that is found missing at an inventory count without any evidence of theft, stock held in marketplace fulfilment centres (where the marketplace's own reimbursement rules apply), or loss caused by the seller's own staff.")
q('zh', 'reason', '2025年上半年赔付率为什么上去了？',
  ['two storms in southern California', 'cheaper warehouses with weaker security', 'high-value electronics'], PY,
  'First, two storms in southern California in February 2025 flooded three warehouses used by Panyu sellers.',
  'Second, more sellers moved stock into cheaper warehouses with weaker security, and theft claims from such warehouses doubled.',
  'Third, sellers now keep more high-value electronics abroad, which raised the average claim paid.')
q('en', 'reason', 'Why is the premium rate in Venlo the lowest?',
  ['newer', 'sprinkler systems'], PY, 'Venlo has the lowest premium rate because the warehouses there are newer and all of them have sprinkler systems.')
q('zh', 'figure', '海外仓货出事了，要在多长时间内报案？',
  ['48 hours'], PY, '(1) report the loss to the Cross-Border Business Desk within 48 hours of finding it;')
q('en', 'list', 'My stock was stolen from a warehouse in Birmingham. What documents I must send for the claim?',
  ['photos of the damage', "warehouse's incident report", 'police report', 'stock records from the warehouse management system'], PY,
  "(2) send photos of the damage and the warehouse's incident report, and for theft a police report;",
  '(3) provide stock records from the warehouse management system for the month of the loss.')
q('zh', 'figure', '5万元以下的理赔一般多少天能到？',
  ['10 working days'], PY, 'Claims under RMB 50,000 are normally paid within 10 working days once', 'all documents have been received.')
q('zh', 'list', '这次中期评估发现了哪些问题？',
  ['Under-declaration', 'do not share warehouse management data', 'monthly declaration of stock value a burden', 'Stock moving between two overseas warehouses is not covered'], PY,
  '(a) Under-declaration: 23% of the sellers sampled declared a stock value below landed cost, so their claims were paid only in proportion.',
  '(b) Many warehouses in the "Other locations" group do not share warehouse management data with us, so verifying a claim takes 26 days on average, against 9 days for the main locations.',
  '(c) Small sellers find the monthly declaration of stock value a burden, and 57 sellers missed at least one declaration in the first half of 2025.',
  '(d) Stock moving between two overseas warehouses is not covered, which leaves a gap for sellers who rebalance stock between the US east and west coasts.')
q('en', 'reason', 'Why were some sellers\' claims paid only in proportion, and how many of the sampled sellers did this?',
  ['declared a stock value below landed cost', '23%'], PY,
  '(a) Under-declaration: 23% of the sellers sampled declared a stock value below landed cost, so their claims were paid only in proportion.')
q('zh', 'reason', '"其他地点"的仓库理赔核实为啥那么慢？要多少天？',
  ['do not share warehouse management data', '26 days'], PY,
  '(b) Many warehouses in the "Other locations" group do not share warehouse management data with us, so verifying a claim takes 26 days on average, against 9 days for the main locations.')
q('en', 'yesno', 'I move stock between my LA and New Jersey warehouses. Is the stock covered while it moves?',
  ['not covered'], PY,
  '(d) Stock moving between two overseas warehouses is not covered, which leaves a gap for sellers who rebalance stock between the US east and west coasts.')
q('zh', 'list', '针对这些问题，报告给了哪些建议？',
  ['declare stock at full landed cost', 'automatic monthly declarations', 'optional transfer extension', 'raise the premium subsidy cap to RMB 30,000'], PY,
  'First, sellers should declare stock at full landed cost and keep purchase invoices and freight bills for at least two years.',
  'Second, we will offer automatic monthly declarations for sellers whose warehouses connect their systems to ours, starting in October 2025.',
  'Third, we will launch an optional transfer extension covering stock moving between overseas warehouses, at an extra premium rate of 0.05%.',
  'Fourth, we recommend that the Commerce Bureau raise the premium subsidy cap to RMB 30,000 for sellers with no claims in the previous year.')
q('en', 'figure', 'How much extra premium rate is the transfer extension?',
  ['0.05%'], PY, 'Third, we will launch an optional transfer extension covering stock moving between overseas warehouses, at an extra premium rate of 0.05%.')
q('zh', 'date', '自动按月申报货值从什么时候开始？',
  ['October 2025'], PY, 'Second, we will offer automatic monthly declarations for sellers whose warehouses connect their systems to ours, starting in October 2025.')
u('en', 'figure', 'What was the loss ratio of the Panyu overseas warehouse insurance in 2023?')
u('zh', 'figure', '2025年上半年的理赔里有多少笔是盗窃造成的？')
u('en', 'figure', 'What is the premium rate for stock kept in a Dallas warehouse?')
u('zh', 'figure', '番禺这个保险2025年全年的参保卖家目标是多少？')
u('en', 'reason', 'Why did the number of insured Panyu sellers drop from 436 in 2024 to 388?')
u('zh', 'figure', '2025年上半年Ontario仓一共赔了多少钱？')
u('en', 'date', 'From when can sellers buy the transfer extension for stock moving between warehouses?')
u('zh', 'figure', '番禺区商务局2024年一共补贴了多少保费？')

# ---------------------------------------------------------------- Yanbian (Korean-language seller training, en txt)
q('en', 'figure', 'How many people did the Yanbian programme train in 2023, and what was the store opening rate?',
  ['1,240', '38.5%'], YB, 'In 2023 the programme trained 1,240 people, and the store opening rate was 38.5%.')
q('zh', 'figure', '延边这个培训项目2024年上半年培训了多少人？开店率多少？',
  ['710', '44.2%'], YB, 'In the first half of 2024 it trained 710 people, and the store opening rate rose to 44.2%.')
q('en', 'figure', 'From April 2022 to June 2024, how many people were trained in total, and how many active stores did graduates open?',
  ['2,630', '1,035'], YB, 'From April 2022 to June 2024 the programme trained 2,630 people in total, and graduates opened 1,035 active stores.')
q('zh', 'figure', '学员开的店2023年卖了多少钱？2024年上半年呢？',
  ['RMB 186 million', 'RMB 121 million'], YB, 'Stores run by graduates sold goods worth RMB 186 million in 2023 and RMB 121 million in the first half of 2024.')
q('en', 'list', 'Where do the Yanbian graduates\' stores sell to?',
  ['South Korea', 'Japan', 'Korean communities in the United States'], YB,
  'About 83% of these sales went to South Korea, 9% to Japan and 5% to Korean communities in the United States.')
q('en', 'figure', 'What targets has Yanbian set for 2025?',
  ['4,000', '50%'], YB, 'The prefecture has set two targets for 2025: 4,000 people trained in total since the launch, and a store opening rate of 50%.')
q('zh', 'date', '延边双语卖家培训项目是什么时候启动的？',
  ['April 2022'], YB, 'launched the Bilingual Cross-Border Seller Training Programme in April 2022')
q('zh', 'list', '延边学员主要在哪些韩国平台上开店？',
  ['Coupang', 'Gmarket', 'Naver Smart Store'], YB, 'mainly on Coupang, Gmarket and Naver Smart Store')
q('en', 'reason', 'Why does the Yanbian programme focus on selling to South Korea?',
  ['Korean language skills of local residents'], YB,
  'The programme uses the Korean language skills of local residents to help them sell goods to South Korea through cross-border e-commerce')
q('zh', 'yesno', '我58岁了，在延边，能免费参加这个培训吗？',
  ['aged 18 to 55'], YB, 'Training is free for residents aged 18 to 55.')
q('en', 'definition', 'Who counts as a "trainee" in the Yanbian review?',
  ['at least 80% of the 96 class hours', 'passes the final assessment'], YB,
  'A "trainee" is a person who attends at least 80% of the 96 class hours and passes the final assessment.')
q('zh', 'definition', '什么样的店算"活跃店铺"？',
  ['at least 10 orders in a calendar month'], YB, 'An "active store" is an online store that receives at least 10 orders in a calendar month.')
q('en', 'definition', 'how they define the store opening rate? within what time after course?',
  ['within six months after finishing the course'], YB,
  'The "store opening rate" is the share of trainees who open an active store within six months after finishing the course.')
q('zh', 'figure', '学员里女性和朝鲜族各占多少？平均年龄多大？',
  ['62%', '71%', '34'], YB, 'Of all trainees, 62% were women and 71% were ethnic Koreans, and their average age was 34.')
q('en', 'reason', 'Why was an online class added in March 2024?',
  ['for trainees living in remote townships'], YB, 'an online class was added in March 2024 for trainees living in remote townships')
q('zh', 'figure', '这个项目2023年花了多少钱？平均每培训一个人多少钱？',
  ['RMB 8.6 million', 'RMB 6,900'], YB, "The programme's budget was RMB 8.6 million in 2023, or about RMB 6,900 per person trained.")
q('zh', 'place', '2024年上半年延边哪个县市的开店率最高？',
  ['Yanji'], YB, '| Yanji | 520 | 298 | 47.3% | Clothing and accessories |')
q('en', 'figure', 'I live in Hunchun. How many people were trained there in H1 2024, and what was the store opening rate?',
  ['132', '45.5%'], YB, '| Hunchun | 210 | 132 | 45.5% | Dried seafood and snacks |')
q('zh', 'list', '敦化的学员主要卖什么？',
  ['Wood ear fungus', 'ginseng products'], YB, '| Dunhua | 190 | 104 | 41.3% | Wood ear fungus and ginseng products |')
q('zh', 'place', '表里的"Other"包括哪几个地方？',
  ['Helong', 'Antu', 'Wangqing'], YB, 'Note: "Other" covers Helong, Antu and Wangqing.')
q('en', 'list', 'What are the modules of the 96-hour Yanbian course?',
  ['Korean marketplace rules and fees', 'product listing and photography in Korean', 'Korean consumer law and KC certification',
   'cross-border logistics to Korea', 'after-sales customer service in Korean'], YB,
  'The 96 class hours are divided into five modules: Korean marketplace rules and fees; product listing and photography in Korean; Korean consumer law and KC certification; cross-border logistics to Korea, including the sea route from Hunchun; and after-sales customer service in Korean.')
q('zh', 'reason', '2024年上半年开店率为什么提高了？',
  ['store incubation', 'one-off grant of RMB 3,000', 'shared consolidation warehouse'], YB,
  'First, the programme added a four-week "store incubation" stage in which each trainee opens a real store with a mentor.',
  'Second, the prefecture gives each graduate who opens an active store a one-off grant of RMB 3,000.',
  'Third, a shared consolidation warehouse opened in Yanji in September 2023, so graduates no longer need to ship each order separately.')
q('en', 'figure', 'I finished the course and opened an active store on Coupang. How much grant I can get?',
  ['RMB 3,000'], YB, 'Second, the prefecture gives each graduate who opens an active store a one-off grant of RMB 3,000.')
q('en', 'reason', 'Why don\'t Yanbian graduates need to ship each order one by one anymore, and since when?',
  ['shared consolidation warehouse', 'September 2023'], YB,
  'Third, a shared consolidation warehouse opened in Yanji in September 2023, so graduates no longer need to ship each order separately.')
q('zh', 'reason', '图们的开店率为什么在列出的地方里最低？',
  ['trainees are older', 'fewer of them use smartphones for business'], YB,
  'The main reason is that its trainees are older, with an average age of 46, and fewer of them use smartphones for business.')
q('en', 'list', 'What problems did the Yanbian review identify?',
  ['cannot write formal product descriptions', 'Store survival is weak', 'Return costs to Korea are high', 'Too few teachers have run a store themselves'], YB,
  '(1) Many trainees speak Korean well but cannot write formal product descriptions; 41% of graduates said listing in Korean was their hardest task.',
  '(2) Store survival is weak: only 58% of the stores opened in 2023 were still active after twelve months.',
  '(3) Return costs to Korea are high. Returning a parcel costs on average RMB 46, about',
  '(4) Too few teachers have run a store themselves; only 9 of the 27 teachers have selling experience.')
q('zh', 'figure', '2023年开的店，过了十二个月还活跃的占多少？',
  ['58%'], YB, '(2) Store survival is weak: only 58% of the stores opened in 2023 were still active after twelve months.')
q('en', 'figure', 'How much does it cost to return one parcel to Korea, compared with the order value?',
  ['RMB 46', 'one third of the average order value'], YB, 'Returning a parcel costs on average RMB 46, about', 'one third of the average order value.')
q('zh', 'figure', '27个老师里有几个自己开过店？',
  [('9 of the 27 teachers', '9')], YB, '(4) Too few teachers have run a store themselves; only 9 of the 27 teachers have selling experience.')
q('en', 'reason', 'What is the root cause behind the Yanbian programme\'s problems?',
  ['designed to maximise the number of people trained, not the number of lasting stores'], YB,
  'The main root cause is that the programme was designed to maximise the number of people trained, not the number of lasting stores.')
q('zh', 'list', '评估报告最后提了哪些建议？',
  ['written Korean course', 'Pay the RMB 3,000 grant in two parts', 'returns consolidation point in Seoul', 'Recruit at least 10 experienced sellers'], YB,
  'Add a written Korean course of 24 class hours focused on product descriptions.',
  'Pay the RMB 3,000 grant in two parts, the second part only if the store is still active after twelve months.',
  'Set up a returns consolidation point in Seoul shared by graduates\' stores.',
  'Recruit at least 10 experienced sellers as part-time teachers by the end of 2025.')
u('en', 'figure', 'How many people did the Yanbian programme train in the whole of 2024?')
u('zh', 'figure', '延边项目2022年的开店率是多少？')
u('en', 'figure', 'What was the store opening rate in Helong in the first half of 2024?')
u('zh', 'figure', '延边给2026年定的累计培训人数目标是多少？')
u('en', 'figure', 'How much did graduates\' stores sell in 2022?')
u('zh', 'reason', '学员店铺卖到日本的为什么越来越多？')
u('en', 'figure', 'How much does it cost to return a parcel to Japan from a Yanbian graduate store?')
u('zh', 'list', '有哪些企业跟延边这个项目合作提供师资？')


def main():
    counters = {'zh': 0, 'en': 0}
    with open(OUT, 'w', encoding='utf-8') as f:
        for lang, typ, question, answers, evidence, unans in ITEMS:
            counters[lang] += 1
            o = {'id': 'h18-%s-%03d' % (lang, counters[lang]), 'lang': lang, 'type': typ, 'question': question,
                 'answers': answers, 'evidence': evidence, 'unanswerable': unans}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(ITEMS), counters['zh'], counters['en']))


if __name__ == '__main__':
    main()
