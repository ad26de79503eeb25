#!/usr/bin/env python3
"""Source of gold.jsonl for heldout16: hand-written questions, answers and evidence quotes.

Run: python3 build/build_gold.py  (writes ../gold.jsonl and checks quotes/answers first)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    'A': 'h16_zh_fuyang_managed_store_mode_survey_2024.txt',
    'B': 'h16_zh_guizhou_cbec_service_firm_measures_2025.md',
    'C': 'h16_zh_yantai_sea_lcl_line_bulletin_2025h1.html',
    'D': 'h16_zh_xuzhou_seller_ai_tools_study_2025.pdf',
    'E': 'h16_en_shantou_latam_checkout_payments_note_2025.docx',
    'F': 'h16_en_liuzhou_9810_paperless_rebate_pilot_review_2025.txt',
}
ITEMS = []  # (doc, lang, type, question, answers, quotes)


def Z(doc, typ, q, answers=None, quotes=None):
    ITEMS.append((doc, 'zh', typ, q, answers, quotes))


def E(doc, typ, q, answers=None, quotes=None):
    ITEMS.append((doc, 'en', typ, q, answers, quotes))


# ---------------------------------------------------------------- A: Fuyang (zh, txt)
A = 'A'
Z(A, 'figure', '阜阳去年跨境电商出口一共做了多少？', ['52.3亿元'], ['2024年全市跨境电商出口额52.3亿元'])
E(A, 'figure', "How fast did Fuyang's cross-border e-commerce exports grow in 2024 over 2023?",
  [['25.7%', '10.7亿元']], ['2024年全市跨境电商出口额52.3亿元，同比增长25.7%，比2023年的41.6亿元增加10.7亿元'])
E(A, 'figure', 'How much of Fuyang 2024 exports went through the fully managed model, and which share is that?',
  ['19.8亿元', '37.9%'], ['全托管模式19.8亿元，占37.9%'])
Z(A, 'figure', '半托管那块去年出口多少、占全市几成？', ['9.4亿元', '18.0%'], ['半托管模式9.4亿元，占18.0%'])
E(A, 'figure', "What's the running total of Fuyang's cross-border exports since 2021?", ['149.8亿元'],
  ['2021年以来全市跨境电商出口额累计达到149.8亿元'])
Z(A, 'figure', '去年四季度半托管卖了多少？环比涨了多少？', ['3.6亿元', '41.0%'], ['2024年第四季度，半托管模式出口额3.6亿元，环比增长41.0%'])
Z(A, 'figure', '阜阳三年行动方案定的2026年目标是啥？出口额和半托管占比分别多少？', ['80亿元', '25%'],
  ['到2026年全市跨境电商出口额力争达到80亿元，半托管模式占比提高到25%'])
E(A, 'list', 'Which export markets does the Fuyang survey break out by name?', ['美国', '欧盟', '中东', '拉美'],
  ['美国占38.2%，欧盟占21.5%，中东占9.8%，拉美占8.4%，其他市场占22.1%'])
E(A, 'figure', "I sell wigs out of Taihe County. What were Taihe's cross-border exports last year and how much did they grow?",
  ['18.6', '31.2%'], ['太和县      18.6      31.2%    45.0%    发制品、医疗器械'])
Z(A, 'figure', '界首那边全托管占比是多少？', ['28.3%'], ['界首市      9.7       22.4%    28.3%    户外运动用品、再生塑料制品'])
E(A, 'place', 'Which county-level area in Fuyang was the biggest cross-border exporter in 2024?', [['太和县', '太和']],
  ['太和县出口额最大、增长最快'])
Z(A, 'place', '阜阳哪个县主要是卖柳编工艺品的？', ['颍上县'], ['颍上县      4.9       27.8%    35.2%    柳编工艺品'])
E(A, 'list', "The county table has an 'other' row — which districts and counties are hidden in it?",
  ['颍州区', '颍东区', '颍泉区', '阜南县'], ['注：其他县区包括颍州区、颍东区、颍泉区和阜南县。'])
Z(A, 'list', '太和县跨境出口主要是哪几类商品？', ['发制品', '医疗器械'], ['太和县      18.6      31.2%    45.0%    发制品、医疗器械'])
Z(A, 'reason', '太和县为啥出口最大、涨得又最快？', ['较早入驻平台全托管频道', '借助平台在北美市场的流量快速放量'],
  ['主要原因是当地发制品企业较早入驻平台全托管频道', '并借助平台在北美市场的流量快速放量'])
E(A, 'reason', 'Why do Jieshou firms rely so little on full management compared with other places?',
  [['户外运动用品体积大、单价高', '体积大、单价高'], ['平台国内仓入仓费用较高', '入仓费用较高']],
  ['界首市全托管占比最低，原因是当地户外运动用品体积大、单价高，平台国内仓入仓费用较高，企业更多选择自运营并在海外仓备货'])
Z(A, 'reason', '全托管这两年怎么一下子这么火？调查说了哪些原因',
  [['平台承担跨境物流和售后', '卖家无需垫付头程运费'], '对外语和店铺运营人才要求低', ['回款周期比自运营平均短12天', '按批次结算']],
  ['一是平台承担跨境物流和售后，卖家无需垫付头程运费；二是对外语和店铺运营人才要求低，适合以工厂为主的卖家；三是备货入仓后即按批次结算，回款周期比自运营平均短12天'])
E(A, 'reason', 'Why do fully managed sellers get their money back faster than self-run stores?', [['备货入仓后即按批次结算', '按批次结算']],
  ['三是备货入仓后即按批次结算，回款周期比自运营平均短12天'])
E(A, 'reason', 'What pushed semi-managed exports up so quickly in Q4 2024?',
  [['开放美国、欧洲站点流量扶持', '对半托管卖家开放美国、欧洲站点流量扶持'], ['部分卖家在海外仓已有存货', '海外仓已有存货']],
  ['主要是因为平台自2024年9月起对半托管卖家开放美国、欧洲站点流量扶持，而部分卖家在海外仓已有存货，可直接转为半托管销售'])
Z(A, 'date', '平台是从哪个月开始给半托管卖家开放美国、欧洲站流量扶持的？', ['2024年9月'], ['平台自2024年9月起对半托管卖家开放美国、欧洲站点流量扶持'])
E(A, 'list', 'According to the survey, what are the main headaches for sellers in the managed models?',
  ['定价权弱', '滞销风险由卖家承担', ['品牌露出少', '难以积累自有客户和复购'], '结算规则和罚款标准调整频繁'],
  ['（一）定价权弱。', '（二）滞销风险由卖家承担。', '（三）品牌露出少，难以积累自有客户和复购。', '（四）结算规则和罚款标准调整频繁'])
Z(A, 'figure', '做全托管平均毛利率多少？跟自己开店的比差多少？', ['11.4%', '9.6个百分点'],
  ['全托管卖家平均毛利率为11.4%，比自运营卖家低9.6个百分点'])
Z(A, 'reason', '全托管毛利为什么这么薄，根子在哪？', ['平台以低价策略争取流量', '核价时多参照同类商品最低价'],
  ['根源在于平台以低价策略争取流量，核价时多参照同类商品最低价，卖家议价空间有限'])
Z(A, 'list', '报告最后给政府提了哪几条建议？', ['设立托管模式卖家服务站', '全托管转半托管', '定价与成本核算培训', '注册海外商标'],
  ['在太和、界首设立托管模式卖家服务站，提供核价、备货和合规咨询。', '开展“全托管转半托管”试点', '每季度举办定价与成本核算培训，帮助卖家测算保本价格。', '引导太和发制品、界首户外用品企业注册海外商标，逐步转向品牌自运营。'])
E(A, 'figure', 'If I put stock into an overseas warehouse for the first time under the pilot, how much of the first-leg freight gets subsidised, and up to how much?',
  ['30%', '5万元'], ['对首次在海外仓备货的卖家按头程运费的30%给予补贴，单家最高5万元'])
Z(A, 'definition', '报告里说的“半托管”具体指什么模式？', [['平台负责前台销售，卖家自行负责海外履约', '卖家自行负责海外履约']],
  ['“半托管”，是指平台负责前台销售，卖家自行负责海外履约（发往海外仓或直邮）的经营模式'])
E(A, 'definition', "What exactly does the Fuyang report mean by 'fully managed'?", [['卖家只负责供货并将货物送至平台国内仓', '定价、流量、跨境物流和售后均由平台负责']],
  ['“全托管”，是指卖家只负责供货并将货物送至平台国内仓，定价、流量、跨境物流和售后均由平台负责的经营模式'])
E(A, 'yesno', 'Do the export numbers in the Fuyang survey include the logistics fees that the platform deducts?', ['不含平台代扣的物流费用'],
  ['注1：出口额按卖家在平台的结算金额折算为人民币，不含平台代扣的物流费用。'])
Z(A, 'yesno', '全托管1240家加半托管530家，能不能直接加起来算托管卖家总数？', [['不能相加', '各模式卖家数不能相加']],
  ['注2：部分卖家同时使用两种以上模式，各模式卖家数不能相加。'])
E(A, 'date', 'When was the Fuyang seller survey actually carried out?', ['2024年11月至12月'], ['2024年11月至12月，本中心对全市跨境电商卖家开展抽样调查'])
# near misses
Z(A, 'figure', '阜南县2024年跨境电商出口额有多少？')
E(A, 'figure', "What were Fuyang's cross-border e-commerce exports in 2022?")
Z(A, 'figure', '阜阳给2025年定的跨境出口目标是多少？')
E(A, 'figure', 'How much did Fuyang import through cross-border e-commerce in 2024?')
Z(A, 'figure', '太和县2023年全托管占比是多少？')
E(A, 'figure', "What share of Fuyang's 2024 cross-border exports went to Japan?")
Z(A, 'list', '调查报告里点名的托管平台都有哪些？')

# ---------------------------------------------------------------- B: Guizhou (zh, md)
B = 'B'
E(B, 'date', "When does Guizhou's rule on service firms kick in, and how long is the trial run?", ['2025年4月1日', '2年'],
  ['第十三条 本办法自2025年4月1日起施行，试行期2年。'])
Z(B, 'date', '贵州这个综服企业认定办法是哪天印发的？', ['2025年3月10日'], ['2025年3月10日印发'])
E(B, 'definition', "Under the Guizhou measures, what counts as a 'comprehensive service firm'?",
  [['两项以上一站式服务', '为中小跨境电商卖家集中提供通关、物流、退税、收结汇、海外仓等服务中两项以上一站式服务的企业']],
  ['是指依托信息系统，为中小跨境电商卖家集中提供通关、物流、退税、收结汇、海外仓等服务中两项以上一站式服务的企业'])
Z(B, 'list', '综服企业能提供的服务，办法里列了哪几类？', ['通关', '物流', '退税', '收结汇', '海外仓'],
  ['为中小跨境电商卖家集中提供通关、物流、退税、收结汇、海外仓等服务中两项以上一站式服务的企业'])
Z(B, 'list', '想申请认定综服企业，要同时满足哪些条件？',
  [['在贵州省内注册', '成立满1年'], '服务跨境电商卖家不少于50家', '代理跨境电商出口额不低于5000万元', ['与海关、税务、外汇管理部门实现数据对接', '数据对接'], '无重大违法失信记录'],
  ['（一）在贵州省内注册，成立满1年；', '（二）上一年度服务跨境电商卖家不少于50家，其中省内卖家不少于30家；', '（三）上一年度代理跨境电商出口额不低于5000万元；', '（四）信息系统已与海关、税务、外汇管理部门实现数据对接；', '（五）近两年内无重大违法失信记录。'])
E(B, 'yesno', 'We served 45 sellers last year, 35 of them inside Guizhou. Is that enough to apply?', ['不少于50家'],
  ['（二）上一年度服务跨境电商卖家不少于50家，其中省内卖家不少于30家；'])
E(B, 'list', 'What paperwork has to go in with an application for recognition?',
  ['申请表', '营业执照复印件', '服务卖家合同清单', '审计报告', '信息系统说明'],
  ['第五条 申请企业应当提交申请表、营业执照复印件、上一年度服务卖家合同清单、会计师事务所出具的审计报告和信息系统说明。'])
Z(B, 'date', '每年什么时间段可以递交认定申请？', ['5月1日至5月31日'], ['企业于5月1日至5月31日提交申请'])
E(B, 'figure', 'How long does the city or prefecture commerce office get for the first review, and how long is the public notice?',
  ['15个工作日', '5个工作日'], ['市（州）商务主管部门在15个工作日内完成初审，省商务厅组织专家评审后，在门户网站公示5个工作日'])
Z(B, 'figure', '新认定的综服企业能拿多少一次性奖励？', ['30万元'], ['第七条 对新认定的综服企业，给予一次性奖励30万元。'])
E(B, 'figure', 'Say we handled RMB 350 million of exports for Guizhou sellers last year. How is the reward worked out, and what is the yearly ceiling?',
  ['10万元', '100万元'], ['综服企业上一年度代理省内卖家跨境电商出口额每达到1亿元，奖励10万元，单家企业每年最高100万元'])
Z(B, 'figure', '我们替卖家垫付退税，省里补助按多少比例算？一年最多补多少？', ['1%', '50万元'],
  ['按实际垫付金额的1%给予资金成本补助，单家企业每年最高50万元'])
E(B, 'figure', 'Is there help with rent for public overseas warehouses abroad? What percentage, and capped at what per warehouse?',
  ['20%', '40万元'], ['按年租金的20%给予补贴，单个海外仓每年最高40万元'])
Z(B, 'list', '省商务厅年度评价主要看哪几方面？', ['服务卖家数量', '代理出口额', '退税垫付规模', '卖家满意度'],
  ['评价内容包括服务卖家数量、代理出口额、退税垫付规模和卖家满意度'])
E(B, 'other', 'What happens to a recognised firm that gets a C rating two years running?', ['取消认定'], ['连续两年评价为C档的，取消认定'])
Z(B, 'other', '年度评价拿到A档有什么好处？', ['优先推荐参加国家级试点'], ['评价为A档的，优先推荐参加国家级试点'])
E(B, 'list', 'If a firm fakes its way into recognition or subsidies, what are the penalties?',
  ['撤销认定', '收回已拨付资金', '3年内不得再次申报'], ['撤销认定，收回已拨付资金，3年内不得再次申报'])
Z(B, 'list', '这个办法里省商务厅、省财政厅和市州商务部门各管什么？',
  ['认定和年度评价', '扶持资金的安排和监督', '申报材料初审'],
  ['第三条 省商务厅负责综服企业的认定和年度评价，省财政厅负责扶持资金的安排和监督，各市（州）商务主管部门负责申报材料初审。'])
E(B, 'figure', "What were Guizhou's total cross-border e-commerce imports and exports in 2024, and the growth rate?",
  ['86.7亿元', '34.5%'], ['2024年，全省跨境电商进出口额86.7亿元，同比增长34.5%'])
Z(B, 'figure', '2024年贵州跨境电商出口额是多少？', ['71.2亿元'], ['其中出口71.2亿元'])
Z(B, 'place', '起草说明里单独点出一站式服务企业数量的是哪两个城市？', ['贵阳市', '遵义市'],
  ['其中贵阳市9家、遵义市4家、其他市（州）4家'])
E(B, 'reason', 'What were the reasons behind drawing up these measures in the first place?',
  [['单票货值小，自行办理退税难度大', '自行办理退税难度大'], ['现有服务企业规模偏小', '代理出口额超过1亿元的仅3家'], ['卖家自行办理出口退税平均需要47天', '资金占用时间长']],
  ['一是全省中小卖家以茶叶、辣椒制品、民族服饰和竹编为主，单票货值小，自行办理退税难度大；二是现有服务企业规模偏小，2024年代理出口额超过1亿元的仅3家；三是卖家自行办理出口退税平均需要47天，资金占用时间长'])
E(B, 'list', 'What do small Guizhou sellers mostly sell abroad, according to the drafting notes?', ['茶叶', '辣椒制品', '民族服饰', '竹编'],
  ['全省中小卖家以茶叶、辣椒制品、民族服饰和竹编为主'])
E(B, 'reason', 'Why was the export threshold for recognition set at RMB 50 million and not lower?',
  [['参考了现有17家企业的规模分布', '规模分布'], ['约7家可以达到', '既能起到示范作用，又不至于门槛过低']],
  ['认定门槛中的出口额标准定为5000万元，是参考了现有17家企业的规模分布，其中约7家可以达到，既能起到示范作用，又不至于门槛过低'])
Z(B, 'reason', '为什么要专门给垫付退税的综服企业资金成本补助？', [['占用大量流动资金', '需要占用大量流动资金'], ['融资成本较高', '垫付意愿不足']],
  ['第九条设立资金成本补助，是因为综服企业先行垫付退税款需要占用大量流动资金', '而中小服务企业融资成本较高，垫付意愿不足。'])
E(B, 'reason', 'Why does the province chip in for rent on public overseas warehouses?', [['省内卖家出口量小，单独租仓成本过高', '单独租仓成本过高']],
  ['第十条对公共海外仓租金给予补贴，主要考虑省内卖家出口量小，单独租仓成本过高。'])
Z(B, 'reason', '征求意见时很多人想让门槛降一降，最后为什么没改？', ['扶持资金有限'],
  ['未采纳的意见主要集中在降低认定门槛，考虑到扶持资金有限，暂不调整。'])
Z(B, 'figure', '到2027年贵州打算认定多少家综服企业？', ['20家'], ['| 认定综服企业数 | — | 10家 | 20家 |'])
E(B, 'figure', "What's the 2025 goal for how long sellers wait for export tax refunds, versus 2024?", ['30天', '47天'],
  ['| 卖家办理退税平均时长 | 47天 | 30天 | 20天 |'])
Z(B, 'yesno', '我们公司在贵州注册才8个月，今年能申请认定吗？', ['成立满1年'], ['（一）在贵州省内注册，成立满1年；'])
# near misses
Z(B, 'figure', '贵州给2026年定的综服企业代理出口额目标是多少？')
E(B, 'figure', "By what percentage did Guizhou's cross-border e-commerce exports alone grow in 2024?")
Z(B, 'figure', '安顺市现在有几家能做一站式服务的跨境企业？')
E(B, 'other', 'What support does a firm rated B in the annual evaluation get?')
E(B, 'date', 'On what date are the annual evaluation results of the service firms published?')
Z(B, 'figure', '遵义市2024年跨境电商出口额是多少？')
E(B, 'reason', 'Why did Guizhou choose a two-year trial period for these measures?')

# ---------------------------------------------------------------- C: Yantai (zh, html)
C = 'C'
Z(C, 'date', '烟台港这条跨境电商海运拼箱专线是哪年哪月开起来的？', ['2022年6月'], ['烟台港跨境电商海运拼箱专线于2022年6月开通'])
E(C, 'definition', "In the Yantai bulletin, what is meant by the 'space utilisation rate'?", ['每班实际装载体积占订舱体积的比例'],
  ['本通报所称“舱位利用率”，是指每班实际装载体积占订舱体积的比例。'])
E(C, 'list', 'Which customs declaration modes can go on the Yantai LCL line?', ['9610', '9710', '9810'],
  ['把多个卖家以9610、9710、9810方式申报的出口货物'])
E(C, 'figure', 'How much cargo did the Yantai LCL line move in H1 2025, and how much more than a year earlier?', ['4.12万立方米', '38.6%'],
  ['2025年上半年，专线共出运跨境电商货物4.12万立方米，同比增长38.6%'])
Z(C, 'figure', '专线今年上半年货值多少？同比涨了多少？', ['14.7亿元', '33.2%'], ['货值14.7亿元，同比增长33.2%'])
E(C, 'figure', 'How many sellers shipped on the line in the first half of 2025, and what was the average space utilisation?', ['1326家', '87.5%'],
  ['服务卖家1326家，平均舱位利用率为87.5%'])
Z(C, 'place', '用这条专线的省外卖家主要是哪些省的？', ['浙江', '江苏'], ['其余来自山东省外，以浙江、江苏卖家为主'])
E(C, 'figure', 'What did the line ship over the whole of 2024, in volume and in cargo value?', ['6.35万立方米', '23.9亿元'],
  ['2024年全年，专线出运货物6.35万立方米，货值23.9亿元'])
Z(C, 'figure', '专线开通到现在累计运了多少货值？', ['51.8亿元'], ['专线开通以来，累计出运货值51.8亿元'])
E(C, 'figure', "What cargo value is the operator aiming for across all of 2025?", ['32亿元'], ['公司2025年全年货值目标为32亿元'])
Z(C, 'figure', '烟台到仁川这条线上半年走了多少货？增长多少？', ['1.86', '29.4%'], ['烟台—仁川', '1.86', '29.4%'])
E(C, 'figure', 'I ship tyres to Pyeongtaek. How many sailings a week are there now and how many days from sailing until the goods are in the warehouse over there?',
  ['每周2班', '3天'], ['烟台—平泽', '每周2班', '3天'])
Z(C, 'list', '平泽线主要运的是什么货？', ['汽车配件', '轮胎'], ['烟台—平泽', '汽车配件、轮胎'])
E(C, 'list', 'What kind of goods mostly go on the Incheon route?', ['服装', '化妆品', '小家电'], ['烟台—仁川', '服装、化妆品、小家电'])
Z(C, 'place', '四条航线里哪条全程时效最长？', ['符拉迪沃斯托克线'], ['符拉迪沃斯托克线全程时效最长'])
E(C, 'reason', 'Why does the Vladivostok service take so much longer than the others?',
  [['需换装铁路运往内陆城市', '换装铁路'], '俄方口岸查验比例较高'],
  ['符拉迪沃斯托克线全程时效最长，主要是因为货物到港后需换装铁路运往内陆城市', '且俄方口岸查验比例较高。'])
Z(C, 'reason', '大阪线为什么增速最快？', [['日本主要电商平台对使用海外仓发货的中国卖家给予配送时效标识', '给予配送时效标识'], ['带动卖家批量备货', '批量备货']],
  ['大阪线增速最快，原因是日本主要电商平台对使用海外仓发货的中国卖家给予配送时效标识，带动卖家批量备货。'])
Z(C, 'figure', '走9810海外仓模式的货上半年货值多少、占比多少？', ['5.41', '36.8%'], ['9810（跨境电商出口海外仓）', '5.41', '36.8%'])
E(C, 'figure', 'Which customs mode made up the biggest slice of H1 cargo value on the line, and how big was it?', ['9610', '41.3%'],
  ['9610（跨境电商B2C直邮出口）', '41.3%'])
E(C, 'list', 'Which destination countries are named with their shares of first-half cargo value?', ['韩国', '日本', '俄罗斯'],
  ['按目的国看，韩国占上半年货值的57.6%，日本占17.9%，俄罗斯占15.2%，其余为经韩国中转至东南亚的货物，占9.3%。'])
Z(C, 'figure', '仁川线拼箱一方多少钱？比空运小包省多少？', ['265元', '70%'], ['仁川线拼箱平均运价为每立方米265元，比同线路空运小包的单位成本低约70%'])
E(C, 'reason', 'What does the operator credit for the strong volume growth in the first half?',
  [['韩国消费者对中国小家电和平价化妆品的需求上升', '需求上升'], ['平泽线由每周1班加密到每周2班', '加密到每周2班'], ['到港即查、查完即装'], ['门到仓']],
  ['韩国消费者对中国小家电和平价化妆品的需求上升，仁川线订舱量持续增加。', '2025年3月起平泽线由每周1班加密到每周2班，满足了汽车配件卖家的补货需求。', '港区监管中心推行“到港即查、查完即装”，货物在港平均停留时间由2.1天缩短到0.8天。', '4月起推出“门到仓”服务，由公司负责从卖家仓库提货直至目的港海外仓入库。'])
Z(C, 'reason', '仁川线订舱量为什么一直在涨？', [['韩国消费者对中国小家电和平价化妆品的需求上升', '需求上升']],
  ['韩国消费者对中国小家电和平价化妆品的需求上升，仁川线订舱量持续增加。'])
E(C, 'reason', 'Why was the Pyeongtaek service stepped up from one to two sailings a week?', [['满足了汽车配件卖家的补货需求', '补货需求']],
  ['2025年3月起平泽线由每周1班加密到每周2班，满足了汽车配件卖家的补货需求。'])
E(C, 'date', 'Since when has the Pyeongtaek route had two sailings a week?', ['2025年3月'], ['2025年3月起平泽线由每周1班加密到每周2班'])
Z(C, 'list', '通报里说专线运营还有哪些问题？', [['回程货源不足', '回程空箱率约为62%'], ['班期稀疏', '旺季舱位紧张'], '带电产品比例上升', '申报品名不规范'],
  ['回程货源不足，回程空箱率约为62%，推高了单箱成本。', '符拉迪沃斯托克线班期稀疏，旺季舱位紧张，部分卖家改走陆运。', '拼箱货物中带电产品比例上升，危险品申报和隔离装载要求增加了操作时间。', '部分卖家申报品名不规范，上半年因品名不符被退回重报的有216票。'])
Z(C, 'reason', '专线单箱成本为啥降不下来？', [['回程货源不足', '回程空箱率约为62%']], ['回程货源不足，回程空箱率约为62%，推高了单箱成本。'])
E(C, 'list', "What's on the operator's to-do list for the second half of 2025?",
  [['烟台—釜山专线', '釜山'], '各增设1个合作海外仓', '运价九折优惠', '申报规范培训'],
  ['下半年，公司将重点做好以下工作：一是争取开通烟台—釜山专线，计划于2025年10月首航；二是在仁川、大阪各增设1个合作海外仓；三是对年出运量超过500立方米的卖家给予运价九折优惠；四是联合报关企业每月举办一次申报规范培训。'])
Z(C, 'date', '烟台到釜山的新专线打算什么时候首航？', ['2025年10月'], ['争取开通烟台—釜山专线，计划于2025年10月首航'])
E(C, 'yesno', 'We ship roughly 600 cubic metres a year on the line. Would we get any freight discount?', [['运价九折优惠', '九折']],
  ['对年出运量超过500立方米的卖家给予运价九折优惠'])
Z(C, 'reason', '听说有卖家从这条专线改走陆运了，是什么原因？', [['符拉迪沃斯托克线班期稀疏', '班期稀疏'], '旺季舱位紧张'],
  ['符拉迪沃斯托克线班期稀疏，旺季舱位紧张，部分卖家改走陆运。'])
# near misses
Z(C, 'figure', '烟台—釜山线上半年出运了多少货？')
E(C, 'figure', 'What was the average LCL freight rate per cubic metre on the Osaka route?')
Z(C, 'figure', '专线2025年全年的货量目标是多少万立方米？')
E(C, 'figure', 'What cargo value did the Osaka route carry in the first half of 2025?')
Z(C, 'figure', '2024年上半年专线的平均舱位利用率是多少？')
E(C, 'figure', 'How many TEU did the Yantai LCL line ship in the first half of 2025?')
Z(C, 'figure', '专线2023年全年的货值是多少？')
E(C, 'list', 'Which shipping companies does the operator run the line with? Names please.')

# ---------------------------------------------------------------- D: Xuzhou (zh, pdf)
D = 'D'
E(D, 'figure', 'What was the AI adoption rate among Xuzhou cross-border sellers in 2024, and what was it in 2023?', ['57.3%', '31.8%'],
  ['2024年徐州市跨境电商卖家AI渗透率为57.3%，比2023年的31.8%提高25.5个百分点'])
Z(D, 'figure', '到今年一季度，徐州卖家AI渗透率到多少了？', ['64.1%'], ['2025年第一季度进一步提高到64.1%'])
E(D, 'figure', "What's the city's AI penetration goal for 2027?", [['80%以上', '80%']], ['到2027年全市卖家AI渗透率要达到80%以上'])
Z(D, 'definition', '报告里怎样才算“AI工具应用卖家”？偶尔用一次算不算？', [['最近6个月内每月至少一次使用生成式AI工具', '每月至少一次']],
  ['是指最近6个月内每月至少一次使用生成式AI工具完成商品文案、图片、客服、选品或广告投放中任一环节的卖家'])
E(D, 'definition', "How does the Xuzhou report compute the 'AI penetration rate'?", ['AI工具应用卖家占样本卖家的比例'],
  ['“AI渗透率”是指AI工具应用卖家占样本卖家的比例。'])
Z(D, 'figure', '大卖家和小卖家用AI的比例分别是多少？', ['78.5%', '44.2%'],
  ['年出口额1000万元以上的卖家AI渗透率为78.5%，年出口额100万元以下的小卖家仅为44.2%'])
E(D, 'list', 'For what kinds of tasks do Xuzhou sellers use AI tools?', [['撰写和翻译商品文案', '商品文案'], ['生成或修改商品图片', '商品图片'], '智能客服', '选品分析', '广告投放'],
  ['使用AI撰写和翻译商品文案的卖家占AI工具应用卖家的82.6%，生成或修改商品图片的占61.4%，智能客服占37.9%，选品分析占24.2%，广告投放占19.7%'])
E(D, 'figure', 'Once sellers started using AI, how long did it take on average to get a new product from photo shoot to live listing?',
  ['1.8天'], ['卖家单个新品从拍摄到上架的平均时间由4.5天缩短到1.8天'])
Z(D, 'figure', '用了AI，文案和翻译外包每个月能省下多少钱？', ['3200元'], ['文案和翻译外包支出平均每月减少3200元'])
E(D, 'figure', 'How much does a typical sample seller spend on AI tools in a year, and how much of that is subscriptions?', ['6800元', '71%'],
  ['样本卖家在AI工具上的年均支出约为6800元，其中订阅费占71%'])
Z(D, 'date', '这次AI调研是什么时候做的问卷？', ['2025年2月至3月'], ['课题组于2025年2月至3月对全市跨境电商卖家开展问卷调查和访谈'])
E(D, 'other', 'Who commissioned the Xuzhou AI study?', ['徐州市商务局'], ['受徐州市商务局委托'])
Z(D, 'figure', '睢宁县样本多少家？AI渗透率多少？', ['186', '63.0%'], ['睢宁县', '186', '63.0%'])
E(D, 'place', 'In which county is AI adoption lowest?', [['沛县']], ['沛县渗透率最低'])
Z(D, 'reason', '沛县的卖家为什么用AI的少？', [['产品参数复杂'], ['AI生成文案的准确率不高', '准确率不高']],
  ['沛县渗透率最低，原因是当地以工贸一体的电动工具企业为主，产品参数复杂，AI生成文案的准确率不高，企业仍依靠工程师人工撰写'])
E(D, 'reason', 'Why is Suining ahead of the rest of Xuzhou on AI?', [['沙集镇家具卖家集中'], ['商品款式多、上新频繁', '上新频繁'], ['对AI生成商品图片的需求最大']],
  ['睢宁县渗透率最高，主要是因为沙集镇家具卖家集中，商品款式多、上新频繁，对AI生成商品图片的需求最大'])
Z(D, 'list', '表里“市区及其他”那一行包括哪些地方？', ['鼓楼区', '云龙区', '泉山区', '铜山区', '贾汪区', '丰县'],
  ['注：市区及其他包括鼓楼区、云龙区、泉山区、铜山区、贾汪区和丰县。'])
Z(D, 'figure', '我们在邳州做银杏制品，想知道邳州卖家用AI的比例是多少？', ['51.1%'], ['邳州市', '51.1%'])
E(D, 'list', 'What are the main product lines of Xinyi sellers in the survey?', ['家纺', '花木'], ['新沂市', '家纺、花木'])
Z(D, 'reason', 'AI渗透率这两年为啥涨得这么快？', [['工具门槛降低'], ['成本下降', '月订阅费比2023年平均下降约40%'], ['平台推动', '内置了AI上新和翻译功能']],
  ['一是工具门槛降低，主流AI工具已提供中文界面和跨境电商专用模板，卖家无需编程即可使用；二是成本下降，2024年常用AI工具的月订阅费比2023年平均下降约40%；三是平台推动，多个跨境电商平台在卖家后台内置了AI上新和翻译功能'])
Z(D, 'list', '卖家用AI工具主要碰到哪些问题？', ['内容合规风险', '小语种质量不稳定', '数据安全意识薄弱', '人才短缺'],
  ['（一）内容合规风险。', '（二）小语种质量不稳定。', '（三）数据安全意识薄弱。', '（四）人才短缺。'])
E(D, 'figure', 'What share of AI-using sellers had listings pulled in 2024 for image infringement or false descriptions?', ['14.6%'],
  ['AI工具应用卖家中有14.6%在2024年遇到过商品因图片侵权或描述不实被平台下架'])
E(D, 'reason', 'Why are AI-made listings getting taken down so often?', [['直接使用AI生成的模特图和带有品牌元素的图片', '带有品牌元素的图片'], ['没有核查版权']],
  ['商品被下架多发，主要是因为部分卖家直接使用AI生成的模特图和带有品牌元素的图片，没有核查版权。'])
Z(D, 'figure', '西语、阿语这种小语种文案要人工校对的比例有多高？', ['58%'], ['西班牙语、阿拉伯语等小语种文案需人工校对的比例高达58%'])
E(D, 'reason', 'My Spanish listings come out wrong a lot. Why does the report say small-language output is unreliable?',
  [['训练语料以英语为主'], ['对当地俚语和计量单位的处理经常出错', '俚语和计量单位']],
  ['小语种质量不稳定，主要原因是现有AI工具的训练语料以英语为主，对当地俚语和计量单位的处理经常出错。'])
E(D, 'figure', 'What share of sellers say they struggle to hire people who can write prompts and check AI output?', ['46.2%'],
  ['能熟练编写提示词并检查生成结果的运营人员不足，', '46.2%的卖家表示招聘困难。'])
Z(D, 'list', '报告最后提了哪几条对策？', [['AI工具公共服务平台'], ['“AI+跨境运营”短期课程', 'AI+跨境运营'], ['合规指引', '《跨境电商AI生成内容合规指引》'], ['脱敏处理']],
  ['一是建设全市跨境电商AI工具公共服务平台', '二是联合徐州本地高校开设“AI+跨境运营”短期课程', '三是发布《跨境电商AI生成内容合规指引》', '四是引导卖家对客户数据作脱敏处理后再使用AI工具。'])
E(D, 'figure', 'If I buy an AI tool subscription, how much would the proposed city platform cover, and what is the cap per year?', ['50%', '3000元'],
  ['对卖家购买AI工具订阅服务给予50%补贴，每家每年最高3000元'])
E(D, 'yesno', 'Were the survey numbers in the Xuzhou report weighted?', ['未经加权处理'], ['注1：本报告数据来自问卷调查，未经加权处理。'])
Z(D, 'yesno', '报告里的AI渗透率能代表全徐州所有跨境卖家吗？', ['不代表全市卖家总体'], ['注2：AI渗透率按样本卖家计算，不代表全市卖家总体。'])
# near misses
E(D, 'figure', "What was Xuzhou sellers' AI penetration rate in 2022?")
Z(D, 'figure', '徐州给2025年底定的卖家AI渗透率目标是多少？')
E(D, 'figure', "What's Feng County's AI adoption rate on its own?")
Z(D, 'figure', '睢宁县2023年的AI渗透率是多少？')
E(D, 'figure', 'By how much did AI customer-service bots cut average reply time for Xuzhou sellers?')
Z(D, 'figure', '2024年“AI+跨境运营”课程实际培训了多少人次？')
E(D, 'list', 'Which AI tools or brands do Xuzhou sellers use most?')
Z(D, 'reason', '为什么大卖家用AI的比例比小卖家高那么多？')

# ---------------------------------------------------------------- E: Shantou (en, docx)
Ex = 'E'
Z(Ex, 'figure', '汕头卖家2024年在拉美平台卖了多少？比上年涨了多少？', ['RMB 1.62 billion', '42.1%'],
  ["Shantou sellers' marketplace sales to Latin America reached RMB 1.62 billion in 2024, up 42.1% from RMB 1.14 billion in 2023"])
Z(Ex, 'figure', '今年一季度汕头卖家拉美销售额是多少？', ['RMB 0.47 billion'], ['In the first quarter of 2025 they were RMB 0.47 billion.'])
E(Ex, 'figure', 'What do Shantou sellers have in cumulative Latin American sales since 2021?', ['RMB 3.6 billion'],
  ['Since 2021, cumulative sales to the region have totalled RMB 3.6 billion.'])
Z(Ex, 'figure', '巴西占汕头卖家2024年拉美销售的多少？', ['46.3%'], ['Brazil accounted for 46.3% of 2024 sales'])
E(Ex, 'list', 'Which Latin American countries does the Shantou note look at?', ['Brazil', 'Mexico', 'Colombia', 'Chile', 'Peru'],
  ['This note looks at how shoppers in Brazil, Mexico, Colombia, Chile and Peru pay on the marketplaces where Shantou sellers list toys'])
Z(Ex, 'figure', '汕头市的贸促计划定2026年拉美销售做到多少？', ['RMB 3 billion'],
  ["The city's trade promotion plan aims for RMB 3 billion of sales to the region in 2026."])
E(Ex, 'definition', "In the Latin America payments note, what is the 'approval rate'?",
  [['the share of card payment attempts that the issuer accepts at the first try', 'accepts at the first try']],
  ['the "approval rate" means the share of card payment attempts that the issuer accepts at the first try'])
Z(Ex, 'definition', '报告里说的“免息分期”是怎么回事？利息谁出？', [['the seller, not the buyer, bears the financing cost', 'the seller']],
  ['An "interest-free instalment" is a card purchase split into monthly payments in which the seller, not the buyer, bears the financing cost.'])
E(Ex, 'definition', "What does 'voucher completion rate' refer to?",
  [['the share of cash or bank vouchers (such as boleto or OXXO) that are actually paid before they expire', 'actually paid before they expire']],
  ['The "voucher completion rate" is the share of cash or bank vouchers (such as boleto or OXXO) that are actually paid before they expire.'])
Z(Ex, 'figure', '巴西买家用Pix付款的订单占多少？', ['44%'], ['Brazil', 'Pix', '44%'])
E(Ex, 'figure', 'In Mexico, how much of the orders get paid through an OXXO cash voucher?', ['27%'], ['Mexico', 'OXXO cash voucher', '27%'])
Z(Ex, 'other', '智利买家最常用什么付款？占多少？', [['Webpay', 'Webpay (debit and credit cards)'], '58%'], ['Chile', 'Webpay (debit and credit cards)', '58%'])
E(Ex, 'other', "What's the number-two way Peruvians pay at checkout?", [['Yape wallet', 'Yape']], ['Peru', 'Yape wallet', '29%'])
Z(Ex, 'list', 'Pix对卖家有哪些好处？', [['reaches the payment provider in seconds', 'in seconds'], ['costs sellers about 0.9% per transaction', '0.9%'], ['carries no chargeback risk', 'no chargeback risk']],
  ['It reaches the payment provider in seconds, costs sellers about 0.9% per transaction against 3.5% to 4.5% for cards, and carries no chargeback risk.'])
E(Ex, 'reason', 'Why do so many boleto orders end up never being paid?',
  [['buyers generate a voucher to hold the price and then buy elsewhere', 'hold the price and then buy elsewhere'], ['the three-day expiry is too short', 'three-day expiry is too short']],
  ['because buyers generate a voucher to hold the price and then buy elsewhere, and because the three-day expiry is too short for buyers who pay at lottery shops or bank branches'])
Z(Ex, 'figure', '2024年汕头卖家开出去的boleto有多少按时付了款？', ['52%'],
  ['Only 52% of the boletos issued to buyers of Shantou sellers were paid before expiry in 2024'])
E(Ex, 'reason', 'Why are Mexican buyers still paying with cash vouchers in 2024?',
  [['about a third of adult online shoppers have no credit card', 'no credit card'], ['many buyers distrust paying online with cards', 'distrust paying online with cards']],
  ['In Mexico, cash vouchers persist because about a third of adult online shoppers have no credit card and many buyers distrust paying online with cards.'])
Z(Ex, 'figure', '墨西哥1000比索以上的刷卡订单里，有多少用了免息分期？', ['22%'],
  ['Interest-free instalments (meses sin intereses) of three or six months are used in 22% of card orders above MXN 1,000.'])
E(Ex, 'figure', 'What card approval rate did sellers get with offshore acquiring, versus marketplaces with local acquiring?', ['71%', '88%'],
  ['the average first-try approval rate on cards was 71% for Shantou sellers whose marketplace processed payments through an offshore acquirer, against 88% for sellers whose marketplace used local acquiring'])
Z(Ex, 'reason', '跨境刷卡为什么老被拒？', [['Issuers flag foreign merchant codes as higher risk', 'foreign merchant codes'], ['issued for domestic use only', 'many Brazilian and Chilean cards are issued for domestic use only']],
  ['Issuers flag foreign merchant codes as higher risk, and many Brazilian and Chilean cards are issued for domestic use only', 'unless the holder switches on international purchases.'])
E(Ex, 'figure', 'Has the chargeback rate on card orders gone up? Give me 2024 and 2023.', ['0.62%', '0.41%'],
  ['The chargeback rate on card orders was 0.62% in 2024, compared with 0.41% in 2023.'])
Z(Ex, 'reason', '拒付纠纷多半是什么原因引起的？', [['the item was not received', 'not received'], ['long delivery times for parcels sent directly from China', 'long delivery times']],
  ['Most disputes claimed that the item was not received, which reflects long delivery times for parcels sent directly from China.'])
E(Ex, 'figure', 'How long does it take now for marketplace money to land in my collection account, and how long did it take in 2023?', ['19 days', '27 days'],
  ['was 19 days in 2024, down from 27 days in 2023'])
E(Ex, 'reason', 'When do Shantou sellers lose more than usual on currency conversion?', [['swings of the Brazilian real and the Colombian peso', 'swings of the Brazilian real']],
  ['and more during swings of the Brazilian real and the Colombian peso'])
E(Ex, 'list', 'What recurring problems came out of the interviews?',
  ['High cancellation of voucher orders', 'Low card approval rates', 'The cost of interest-free instalments', 'Rising chargebacks', 'Currency losses'],
  ['(a) High cancellation of voucher orders, which ties up stock reserved for unpaid orders.', '(b) Low card approval rates when the marketplace uses offshore acquiring.', '(c) The cost of interest-free instalments', '(d) Rising chargebacks linked to delivery times of 20 days or more.', '(e) Currency losses that small sellers cannot hedge.'])
Z(Ex, 'reason', '说到底，这些收款问题的根子在哪？', [['ship 68% of their Latin American orders directly from China instead of from local warehouses', 'directly from China instead of from local warehouses']],
  ['The root cause of most of these problems is that Shantou sellers still ship 68% of their Latin American orders directly from China instead of from local warehouses, so delivery is slow and buyers have time to change their minds.'])
E(Ex, 'list', 'What does the note tell sellers to do?',
  [['switch on Pix, OXXO and PSE', 'Pix, OXXO and PSE'], ['ask marketplaces for local acquiring', 'local acquiring'], ['offer instalments only on orders above a set value'], ['move fast-selling items into warehouses in São Paulo and Mexico City', 'warehouses in São Paulo and Mexico City']],
  ['First, switch on Pix, OXXO and PSE wherever the marketplace allows it', 'Second, ask marketplaces for local acquiring in Brazil and Mexico', 'Third, offer instalments only on orders above a set value', 'Fourth, move fast-selling items into warehouses in São Paulo and Mexico City'])
Z(Ex, 'figure', '如果平台改成本地收单，卡支付通过率能提高多少？', ['17 percentage points'],
  ['which in our data raised approval rates by 17 percentage points'])
Z(Ex, 'place', '报告建议把好卖的货放到哪两个城市的仓里？', ['São Paulo', 'Mexico City'],
  ['Fourth, move fast-selling items into warehouses in São Paulo and Mexico City'])
E(Ex, 'list', "Which of Shantou's districts are the sellers in the data from?", ['Chenghai', 'Longhu', 'Jinping'],
  ['It draws on checkout data shared by 64 sellers in the Chenghai, Longhu and Jinping districts'])
E(Ex, 'date', 'When did Pacific Bridge put out the note on Latin American checkout payments?', ['March 2025'], ['Research Note No. 7, March 2025'])
# near misses
Z(Ex, 'figure', '阿根廷买家的订单里各种支付方式各占多少？')
E(Ex, 'figure', "What's the Latin America sales target for Shantou sellers in 2025?")
Z(Ex, 'figure', '墨西哥单独的卡支付拒付率是多少？')
E(Ex, 'figure', 'What were Shantou sellers Latin America sales in Q1 2024?')
Z(Ex, 'figure', 'OXXO现金券的按时支付率是多少？')
E(Ex, 'figure', 'What is the average settlement time for boleto orders?')
Z(Ex, 'reason', '为什么哥伦比亚买家那么爱用PSE银行转账？')
E(Ex, 'list', 'Which marketplaces did the Shantou sellers in the study sell on?')

# ---------------------------------------------------------------- F: Liuzhou (en, txt)
F = 'F'
Z(F, 'date', '柳州9810无纸化退税试点是哪天开始的？', ['1 July 2024'], ['On 1 July 2024 the Liuzhou Cross-Border E-Commerce Joint Service Office'])
E(F, 'list', 'Who set up the Liuzhou joint service office that runs the pilot?', [["the city's commerce bureau", 'commerce bureau'], ['customs'], ['tax offices']],
  ["set up by the city's commerce bureau together with the local customs and tax offices"])
Z(F, 'definition', '这里的9810指的是哪种出口？', ['cross-border e-commerce export to overseas warehouses'],
  ['customs code 9810 (cross-border e-commerce export to overseas warehouses)'])
E(F, 'definition', "What does 'paperless filing' mean in the Liuzhou pilot?",
  [['electronically through the joint service platform', 'keeps the originals for inspection instead of sending them in']],
  ['"paperless filing" means that the firm submits the rebate claim, the customs declaration data, the overseas warehouse inbound record and the sales evidence electronically through the joint service platform, and keeps the originals for inspection instead of sending them in'])
Z(F, 'list', '无纸化申报需要在线提交哪些材料？', ['the rebate claim', 'the customs declaration data', 'the overseas warehouse inbound record', 'the sales evidence'],
  ['the firm submits the rebate claim, the customs declaration data, the overseas warehouse inbound record and the sales evidence electronically'])
Z(F, 'definition', '怎么才算“试点企业”？', [['has filed at least one 9810 rebate claim through the platform', 'at least one 9810 rebate claim']],
  ['A "pilot firm" is a firm registered in Liuzhou that has filed at least one 9810 rebate claim through the platform.'])
E(F, 'definition', 'Processing time is counted from when to when?', [['from the day a complete claim is accepted to the day the rebate is paid']],
  ['"Processing time" runs from the day a complete claim is accepted to the day the rebate is paid.'])
Z(F, 'figure', '试点刚启动时有多少家企业？到2025年6月底呢？', ['46', '118'], ['At launch the pilot had 46 firms; by 30 June 2025 it had 118.'])
E(F, 'figure', 'In the first pilot year, how many rebate claims were filed and how much rebate money came back?', ['2,730', 'RMB 186 million'],
  ['pilot firms filed 2,730 rebate claims and received RMB 186 million in rebates'])
Z(F, 'figure', '试点后退税平均办理时间从几天降到几天？', ['15 working days', '4.5 working days'],
  ['Average processing time fell from 15 working days before the pilot to 4.5 working days.'])
E(F, 'figure', "What were Liuzhou's 9810 exports in 2023, and in the pilot year?", ['RMB 2.9 billion', 'RMB 4.6 billion'],
  ["Liuzhou's 9810 exports were RMB 2.9 billion in 2023 and RMB 4.6 billion in the pilot year."])
Z(F, 'figure', '柳州2025年二季度9810出口有多少？', ['RMB 1.42 billion'], ['In the second quarter of 2025 alone they reached RMB 1.42 billion.'])
E(F, 'figure', 'What are the end-2026 goals for the pilot?', ['200 pilot firms', '3 working days'],
  ["The office's target is 200 pilot firms and an average processing time of 3 working days by the end of 2026."])
Z(F, 'figure', '汽车零部件类的试点企业有几家？拿到多少退税？', ['37', '92.4'], ['| Auto parts | 37 | 1,046 | 92.4 | Mexico, Russia, Saudi Arabia |'])
Z(F, 'list', '柳州汽车零部件企业主要卖到哪些国家？', ['Mexico', 'Russia', 'Saudi Arabia'], ['| Auto parts | 37 | 1,046 | 92.4 | Mexico, Russia, Saudi Arabia |'])
E(F, 'list', 'Where do the Liuzhou snail-noodle exporters mainly sell?', ['United States', 'Malaysia', 'Australia'],
  ['| River snail rice noodles and other foods | 29 | 612 | 21.7 | United States, Malaysia, Australia |'])
E(F, 'place', 'Which markets do the machinery and tools firms in the pilot mainly ship to?', ['Indonesia', 'Vietnam'],
  ['| Machinery and tools | 22 | 583 | 48.1 | Indonesia, Vietnam |'])
Z(F, 'reason', '螺蛳粉这些食品企业家数不少，退税为什么反而少？',
  [['most river snail rice noodle exporters are small firms', 'small firms'], ['their goods carry a lower rebate rate', 'lower rebate rate'], ['9610 parcels, which are outside the pilot', 'still go out as 9610 parcels']],
  ['because most river snail rice noodle exporters are small firms, their goods carry a lower rebate rate, and many of their overseas sales still go out as 9610 parcels, which are outside the pilot'])
E(F, 'list', 'Walk me through the filing steps under the paperless pilot.',
  [['register once on the joint service platform', 'register once'], ['upload the overseas warehouse inbound record'], ['upload sales evidence'], ['submit the rebate claim online']],
  ['(1) register once on the joint service platform with its customs and tax identifiers;', '(2) upload the overseas warehouse inbound record within 30 days after the goods enter the warehouse;', '(3) upload sales evidence, such as marketplace order reports, once the goods are sold;', '(4) submit the rebate claim online and receive the result by text message.'])
Z(F, 'figure', '货进了海外仓以后，入库记录最晚多少天内要上传？', ['30 days'],
  ['upload the overseas warehouse inbound record within 30 days after the goods enter the warehouse'])
E(F, 'reason', 'What went wrong in the two problem cases the inspections found?',
  [['sales evidence dated before the goods had entered the overseas warehouse', 'dated before the goods had entered the overseas warehouse']],
  ['both involving sales evidence dated before the goods had entered the overseas warehouse'])
Z(F, 'reason', '试点以后退税为啥办得快多了？',
  [['customs declaration data now flows directly to the tax office', 'flows directly to the tax office'], ['the platform rejects incomplete claims at once', 'rejects incomplete claims at once'], ['a dedicated team of six staff for 9810 claims', 'dedicated team']],
  ['First, customs declaration data now flows directly to the tax office, so staff no longer check paper copies against the system.', 'Second, the platform rejects incomplete claims at once, so fewer claims are sent back after review.', 'Third, the tax office set up a dedicated team of six staff for 9810 claims'])
E(F, 'date', 'When did the tax office put its dedicated 9810 team in place?', ['October 2024'],
  ['Third, the tax office set up a dedicated team of six staff for 9810 claims', 'in October 2024.'])
Z(F, 'list', '评估报告找出了哪些问题？',
  [['Only 118 of about 310 firms that export under 9810 have joined'], ['hard to match each overseas sale with the right export declaration'], ['cannot export inbound records in the format the platform needs'], ['returned for missing sales evidence']],
  ['(1) Only 118 of about 310 firms that export under 9810 have joined.', '(2) Small firms find it hard to match each overseas sale with the right export declaration', '(3) Some overseas warehouses cannot export inbound records in the format the platform needs.', '(4) About 7% of claims were still returned for missing sales evidence.'])
Z(F, 'reason', '小企业为什么很难把每笔海外销售和出口报关单对上？', ['warehouses mix goods from several shipments'],
  ['because warehouses mix goods from several shipments'])
E(F, 'reason', "Lots of 9810 exporters haven't joined — why are they staying out?",
  [['they use freight forwarders to export', 'use freight forwarders'], ['do not hold the declaration data in their own name']],
  ['Interviews suggest that many firms stayed out because they use freight forwarders to export and do not hold the declaration data in their own name.'])
Z(F, 'reason', '现在还有一部分申报被退回，主要是缺什么？', ['missing sales evidence'],
  ['(4) About 7% of claims were still returned for missing sales evidence.'])
E(F, 'list', "What's planned next for the paperless pilot?",
  [['Open the pilot to 9710 exports'], ['Publish a standard data template', 'standard data template'], ['Train 300 staff'], ['one-off grant of RMB 20,000']],
  ['Open the pilot to 9710 exports from January 2026.', 'Publish a standard data template for overseas warehouse inbound records by December 2025.', 'Train 300 staff from small firms and freight forwarders', 'Pay a one-off grant of RMB 20,000'])
Z(F, 'date', '9710出口什么时候能纳入试点？', ['January 2026'], ['Open the pilot to 9710 exports from January 2026.'])
E(F, 'figure', "If my firm files its first paperless claim in November 2025, what's the one-off grant?", ['RMB 20,000'],
  ['Pay a one-off grant of RMB 20,000 to each firm that files its first paperless claim before the end of 2025.'])
Z(F, 'yesno', '报告里的退税金额是按企业申报的数算的吗？', ['amounts paid, not amounts claimed'],
  ['Note 1: Rebate amounts are amounts paid, not amounts claimed.'])
# near misses
Z(F, 'figure', '柳州2024年全年9810出口额是多少？')
E(F, 'figure', 'How much was paid out in 9810 rebates in calendar year 2024?')
Z(F, 'figure', '柳州2025年一季度9810出口多少？')
E(F, 'figure', 'How many pilot firms had joined by the end of December 2024?')
Z(F, 'figure', '汽车零部件企业的退税平均办理时间是几天？')
E(F, 'figure', "What's the pilot-firm target for the end of 2025?")
Z(F, 'figure', '螺蛳粉适用的出口退税率是多少？')
E(F, 'date', 'Is there a closing date for the whole paperless rebate pilot? When does the scheme as a whole end?')


def source_text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    with open(p, encoding='utf-8') as f:
        return f.read()


def main():
    texts = {k: source_text(v) for k, v in DOCS.items()}
    errs, out, n = [], [], {'zh': 0, 'en': 0}
    for doc, lang, typ, q, answers, quotes in ITEMS:
        n[lang] += 1
        iid = 'h16-%s-%03d' % (lang, n[lang])
        if answers is None:
            out.append({'id': iid, 'lang': lang, 'type': typ, 'question': q, 'answers': [], 'evidence': [], 'unanswerable': True})
            continue
        groups = [[g] if isinstance(g, str) else list(g) for g in answers]
        for qt in quotes:
            if qt not in texts[doc]:
                errs.append('%s quote not found: %r' % (iid, qt))
            if '\n' in qt:
                errs.append('%s newline in quote' % iid)
        for g in groups:
            for a in g:
                if not any(a in qt for qt in quotes):
                    errs.append('%s answer not in quotes: %r' % (iid, a))
        out.append({'id': iid, 'lang': lang, 'type': typ, 'question': q, 'answers': groups,
                    'evidence': [{'source': DOCS[doc], 'quote': qt} for qt in quotes], 'unanswerable': False})
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))


if __name__ == '__main__':
    main()
