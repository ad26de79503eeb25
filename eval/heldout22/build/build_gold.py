#!/usr/bin/env python3
"""Source of gold.jsonl for heldout22 (hand-written questions).

Run from anywhere with python3: writes ../gold.jsonl and prints counts.
Every answerable item is checked here too: each quote must be a substring of the
document text (raw file for txt/md/html, docs_src/ text for pdf/docx) and each
answer alternative a substring of one of the item's quotes.
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DOCS = {
    'G': 'h22_zh_ganqimaodu_port_parcel_truck_review_2024.txt',
    'E': 'h22_zh_ergun_heishantou_shiwei_border_retail_plan_2025_2027.md',
    'U': 'h22_zh_ulanqab_jining_rail_logistics_park_bulletin_2025q3.html',
    'A': 'h22_zh_alxa_left_banner_cashmere_sellers_survey_2024.pdf',
    'B': 'h22_en_ulaanbaatar_retailers_association_buying_guide_2025.docx',
    'C': 'h22_en_chita_buyers_club_hulunbuir_orders_note_2025h1.txt',
}

ITEMS = []  # (doc key, lang, type, question, answers, quotes, unanswerable)


def A(doc, lang, typ, q, answers, quotes):
    groups = [[g] if isinstance(g, str) else list(g) for g in answers]
    if isinstance(quotes, str):
        quotes = [quotes]
    ITEMS.append((doc, lang, typ, q, groups, list(quotes), False))


def U(doc, lang, typ, q):
    ITEMS.append((doc, lang, typ, q, [], [], True))


# ---------------------------------------------------------------------------
# G: Ganqimaodu port administration office, annual review 2024 (zh, txt)
# ---------------------------------------------------------------------------
A('G', 'zh', 'figure', '甘其毛都口岸那条跨境电商专线货车，2024年一共跑了多少车次？比上一年涨了多少？',
  [['3860车次', '3860'], ['42.4%']],
  '2024年，甘其毛都口岸跨境电商出口专线货车共通行3860车次，同比增长42.4%')
A('G', 'en', 'figure', 'How many export parcels did the Ganqimaodu dedicated e-commerce trucks carry in 2024, and what were they worth?',
  [['412万件'], ['9.6亿元']],
  '运送跨境电商出口包裹412万件，货值9.6亿元，同比增长38.5%')
A('G', 'zh', 'figure', '2024年第四季度甘其毛都专线跑了多少车次、货值多少？',
  [['1120车次', '1120'], ['2.9亿元']],
  '其中第四季度通行1120车次，货值2.9亿元，占全年货值的30.2%')
A('G', 'zh', 'figure', '甘其毛都专线从开通到2024年底，累计跑了多少车次、货值多少？',
  [['8450车次', '8450'], ['21.4亿元']],
  '自2021年8月专线开通至2024年底，累计通行8450车次，累计货值21.4亿元')
A('G', 'en', 'date', 'When did the dedicated cross-border e-commerce truck line at Ganqimaodu start running?',
  [['2021年8月']],
  '自2021年8月专线开通至2024年底，累计通行8450车次，累计货值21.4亿元')
A('G', 'zh', 'figure', '甘其毛都口岸2025年专线货车的目标是多少车次、多少货值？',
  [['5000车次', '5000'], ['13亿元']],
  '2025年的目标为通行5000车次、货值13亿元')
A('G', 'en', 'figure', 'We send trucks through Ganqimaodu. How long did average clearance per truck take in 2023, and in 2024?',
  [['4.2小时'], ['2.6小时']],
  '单车平均通关时长由2023年的4.2小时缩短至2024年的2.6小时')
A('G', 'en', 'definition', 'In the Ganqimaodu review, what counts as a "dedicated cross-border e-commerce truck"?',
  [['在口岸管理办公室备案'], ['嘎顺苏海图口岸'], ['9610和9710模式出口商品', '9610和9710模式']],
  '是指在口岸管理办公室备案、固定往返于甘其毛都口岸与蒙古国嘎顺苏海图口岸之间、专门装运9610和9710模式出口商品的厢式货车')
A('G', 'zh', 'yesno', '甘其毛都说的单车平均通关时长，包不包括在蒙古那边排队等的时间？',
  [['不含在蒙方一侧的等待时间']],
  '不含在蒙方一侧的等待时间')
A('G', 'en', 'list', 'What are the main goods on the Ganqimaodu trucks that come from Linhe district?',
  [['乳制品'], ['炒货'], ['日用百货']],
  '临河区        1240     3.1            乳制品、炒货、日用百货')
A('G', 'zh', 'place', '2024年甘其毛都专线货车的货源地里，哪个地方发车最多？',
  [['临河区']],
  '临河区        1240     3.1            乳制品、炒货、日用百货')
A('G', 'zh', 'place', '走甘其毛都专线的羊绒制品主要是从哪个旗县发过来的？',
  [['乌拉特前旗']],
  '乌拉特前旗     480     1.2            羊绒制品、建材小件')
A('G', 'zh', 'reason', '甘其毛都的专线货车2024年为什么增长这么快？',
  [['专用查验通道'], ['中国商品频道'], ['满车即发、定点返程']],
  ['一是口岸于2024年4月开通跨境电商专用查验通道，货车不再与煤炭运输车辆混合排队',
   '二是蒙古国乌兰巴托和南戈壁省的线上零售平台扩大了中国商品频道，订单量明显增加',
   '三是口岸管理办公室与7家物流企业签订运力协议，实行“满车即发、定点返程”'])
A('G', 'zh', 'figure', '甘其毛都专线货车的空驶率2023年和2024年分别是多少？',
  [['46%'], ['21%']],
  '空驶率由2023年的46%降至2024年的21%')
A('G', 'en', 'reason', 'why did truck trips at Ganqimaodu go down in the first quarter of 2024?',
  [['连续暴雪'], ['临时闭关4天']],
  '2024年一季度通行车次同比下降6.5%，主要原因是2月中旬连续暴雪导致口岸临时闭关4天')
A('G', 'en', 'date', 'Since when do e-commerce trucks at Ganqimaodu have their own inspection lane instead of queuing with the coal trucks?',
  [['2024年4月']],
  '一是口岸于2024年4月开通跨境电商专用查验通道')
A('G', 'en', 'place', 'Apart from Ulaanbaatar, which places in Mongolia do the Ganqimaodu parcels go to directly?',
  [['达兰扎达嘎德'], ['汗博格德']],
  '发往南戈壁省达兰扎达嘎德的占17%，发往汗博格德等口岸周边苏木的占9%')
A('G', 'zh', 'list', '甘其毛都口岸的年度评估发现了哪些问题？',
  [['冬季运输保障不足'], ['蒙方一侧道路条件较差'], ['退货渠道不畅'], ['专业人才短缺']],
  ['（一）冬季运输保障不足', '（二）蒙方一侧道路条件较差', '（三）退货渠道不畅', '（四）专业人才短缺'])
A('G', 'en', 'figure', 'I ship dairy through Ganqimaodu in winter. About how much extra per truck trip does the insulation cost?',
  [['成本约600元', '600元']],
  ['乳制品、饮料等怕冻商品需加装保温设备，每车次增加', '成本约600元，部分小微卖家冬季被迫停发'])
A('G', 'zh', 'figure', '2024年经甘其毛都申请退回境内的包裹有多少？平均要多久才能退回来？',
  [['1.8万件'], ['27天']],
  '2024年申请退回境内的包裹约1.8万件，平均退回用时长达27天')
A('G', 'en', 'reason', 'Why do customs documents pile up at Ganqimaodu at peak hours?',
  [['不足30人']],
  '口岸现有熟悉蒙古语和跨境电商申报的报关人员不足30人，高峰时段单证审核积压')
A('G', 'zh', 'list', '甘其毛都口岸2025年打算做哪些事？',
  [['冬季保温查验库'], ['退货集中申报'], ['蒙古语报关培训班'], ['冬季保温运输给予补贴'], ['延长冬季通关时间']],
  ['建设冬季保温查验库一座，面积3000平方米，计划于2025年10月投入使用',
   '推行电商包裹退货集中申报，目标是将平均退回用时压缩至15天以内',
   '联合乌拉特中旗职业技术学校开设蒙古语报关培训班，全年培训120人次',
   '对冬季保温运输给予补贴，每车次补贴300元，每家企业年度补贴上限为6万元',
   '与蒙方口岸协商延长冬季通关时间，争取每日通关时间由8小时延长至10小时'])
A('G', 'en', 'figure', 'How much is the Ganqimaodu subsidy for insulated winter transport per truck trip, and what is the yearly cap per company?',
  [['300元'], ['6万元']],
  '对冬季保温运输给予补贴，每车次补贴300元，每家企业年度补贴上限为6万元')
A('G', 'zh', 'figure', '甘其毛都要建的冬季保温查验库有多大？什么时候投用？',
  [['3000平方米'], ['2025年10月']],
  '建设冬季保温查验库一座，面积3000平方米，计划于2025年10月投入使用')
A('G', 'zh', 'yesno', '甘其毛都这份评估里的数字包括进口吗？',
  [['进口商品未纳入统计']],
  '本评估只统计出口方向，进口商品未纳入统计')
A('G', 'zh', 'reason', '为什么一到冬天，有些小卖家干脆就不从甘其毛都发货了？',
  [['加装保温设备'], ['成本约600元']],
  ['11月至次年3月气温常低于零下25摄氏度，乳制品、饮料等怕冻商品需加装保温设备，每车次增加',
   '成本约600元，部分小微卖家冬季被迫停发'])
A('G', 'en', 'reason', 'Why are there so many complaints about damaged goods on the Mongolian side after Ganqimaodu?',
  [['砂石路'], ['车速明显下降']],
  '嘎顺苏海图口岸至达兰扎达嘎德的部分路段为砂石路，雨季和冬季车速明显下降，货损投诉较多')
A('G', 'zh', 'place', '甘其毛都的蒙古语报关培训班是跟哪个学校合办的？一年培训多少人次？',
  [['乌拉特中旗职业技术学校'], ['120人次']],
  '联合乌拉特中旗职业技术学校开设蒙古语报关培训班，全年培训120人次')

A('G', 'en', 'list', 'Our shop buys from Wuyuan county. What goods from Wuyuan mainly go on the Ganqimaodu trucks?',
  [['葵花籽'], ['冷冻肉制品']],
  '五原县         610     1.4            葵花籽、冷冻肉制品')

U('G', 'zh', 'figure', '2024年经甘其毛都口岸跨境电商进口的商品货值是多少？')
U('G', 'en', 'figure', 'How many dedicated e-commerce truck trips were made at Ganqimaodu in 2022?')
U('G', 'zh', 'figure', '乌拉特后旗2024年通过甘其毛都专线发了多少车次？')
U('G', 'en', 'figure', 'How many truck trips did the Ganqimaodu e-commerce line actually make in 2025?')
U('G', 'zh', 'figure', '2024年第三季度甘其毛都专线货车通行了多少车次？')
U('G', 'en', 'figure', 'On average, how long do the Ganqimaodu trucks wait on the Mongolian side at Gashuun Sukhait?')
U('G', 'zh', 'list', '和甘其毛都口岸管理办公室签运力协议的7家物流企业分别是哪几家？')
U('G', 'en', 'reason', 'Why was the empty-running rate of the Ganqimaodu trucks as high as 46% in 2023?')

# ---------------------------------------------------------------------------
# E: Ergun port administration office, three-year plan 2025-2027 (zh, md)
# ---------------------------------------------------------------------------
A('E', 'zh', 'figure', '额尔古纳黑山头、室韦两个口岸2023年跨境电商和边境零售出口一共多少？',
  [['1.86亿元']],
  '2023年，两口岸跨境电商及边境零售出口额合计1.86亿元')
A('E', 'en', 'figure', 'In 2023, how much did Heishantou port export and how much did Shiwei port export (e-commerce and border retail)?',
  [['1.32亿元'], ['0.54亿元']],
  '其中黑山头口岸1.32亿元、室韦口岸0.54亿元')
A('E', 'zh', 'figure', '黑山头和室韦2024年前三季度出口多少？增长多少？',
  [['1.71亿元'], ['44%']],
  '2024年1—9月合计1.71亿元，同比增长44%')
A('E', 'zh', 'figure', '额尔古纳两个口岸2021年到2024年9月累计出口了多少？',
  [['4.9亿元']],
  '2021年至2024年9月，两口岸累计出口4.9亿元')
A('E', 'en', 'place', 'Which Russian ports are across the Argun river from Heishantou and Shiwei?',
  [['旧粗鲁海图口岸', '旧粗鲁海图'], ['奥洛契口岸', '奥洛契']],
  '黑山头口岸和室韦口岸隔额尔古纳河分别与俄罗斯外贝加尔边疆区的旧粗鲁海图口岸和奥洛契口岸相对')
A('E', 'zh', 'list', '黑山头、室韦口岸出口的商品主要是哪几类？',
  [['乳制品'], ['果蔬'], ['羽绒服'], ['日用品']],
  '商品以乳制品、果蔬、羽绒服和日用品为主')
A('E', 'en', 'list', 'Where in Russia are the buyers of the Ergun ports mainly located?',
  [['赤塔'], ['克拉斯诺卡缅斯克'], ['普里阿尔贡斯克']],
  '买家主要分布在赤塔、克拉斯诺卡缅斯克和普里阿尔贡斯克等地')
A('E', 'en', 'definition', 'What does the Ergun plan mean by "border cross-border retail"?',
  [['境外个人消费者'], ['9610模式'], ['直接配送至消费者']],
  '指境外个人消费者通过跨境电商平台或边境商店下单，商品经口岸以9610模式出境并直接配送至消费者的零售业务')
A('E', 'zh', 'definition', '额尔古纳方案里说的“冰道期”是什么意思？一般是哪段时间？',
  [['可以通行货车的冬季时段'], ['12月中旬至次年3月下旬']],
  '指额尔古纳河封冻后，经口岸联检部门确认可以通行货车的冬季时段，一般为12月中旬至次年3月下旬')
A('E', 'en', 'definition', 'In the Ergun plan, what is meant by the "ice-drift period"?',
  [['浮桥已拆除而冰道尚不能通行']],
  '指河面开始封冻或解冻、浮桥已拆除而冰道尚不能通行的时段，黑山头口岸在此期间停止通关')
A('E', 'zh', 'yesno', '流冰期的时候黑山头口岸还能通关吗？',
  [['停止通关']],
  '黑山头口岸在此期间停止通关')
A('E', 'zh', 'definition', '额尔古纳方案中的“口岸前置仓”指的是什么？',
  [['口岸监管区附近'], ['备货和集中分拨']],
  '指设在口岸监管区附近、用于备货和集中分拨跨境电商商品的仓库')
A('E', 'en', 'figure', 'What export targets does the Ergun plan set for 2025 and for 2027 (e-commerce plus border retail)?',
  [['3.0'], ['5.0']],
  '| 跨境电商及边境零售出口额（亿元） | 1.86 | 1.71 | 3.0 | 5.0 |')
A('E', 'en', 'figure', 'How much dairy did the two Ergun ports export in January-September 2024?',
  [['0.52']],
  '| 其中：乳制品出口额（亿元） | 0.48 | 0.52 | 0.9 | 1.5 |')
A('E', 'en', 'figure', 'How many cross-border e-commerce firms were registered at the Ergun ports in 2023, and how many by Jan-Sep 2024?',
  [['38'], ['52']],
  '| 备案跨境电商企业（家） | 38 | 52 | 80 | 120 |')
A('E', 'zh', 'figure', '额尔古纳方案希望黑山头口岸的浮桥每年能通行多少天？',
  [['不少于150天', '150天']],
  '力争每年浮桥通行时间不少于150天')
A('E', 'zh', 'reason', '流冰期黑山头的电商包裹为什么要改走室韦？',
  [['停止通关']],
  ['黑山头口岸在此期间停止通关',
   '二是在流冰期将黑山头口岸的电商包裹统一调整至室韦口岸过境，实行“一地停运、一地接续”'])
A('E', 'en', 'list', 'Which dairy products does the Ergun plan want local dairies to make for Russian customers?',
  [['奶酪'], ['奶粉'], ['酸奶干']],
  '一是支持本地乳企开发适合俄罗斯消费者口味的小包装奶酪、奶粉和酸奶干')
A('E', 'zh', 'reason', '额尔古纳为什么要在冬季把乳制品和日用品拼一车发？',
  [['降低单件运费']],
  '二是组织冬季拼车运输，乳制品与日用品同车发运，降低单件运费')
A('E', 'zh', 'list', '在额尔古纳做跨境电商的企业能拿到哪些扶持？',
  [['一次性奖励5万元'], ['运费补贴400元'], ['租金减半']],
  '对新备案且年出口额超过200万元的企业，一次性奖励5万元；冰道期内每车次运费补贴400元；入驻口岸前置仓的企业前两年租金减半')
A('E', 'en', 'list', 'What main problems does the Ergun plan list for the two ports?',
  [['季节性停运时间长'], ['俄方一侧配送网络薄弱'], ['结算不够便利'], ['本地货源不足']],
  ['1. 季节性停运时间长', '2. 俄方一侧配送网络薄弱', '3. 结算不够便利', '4. 本地货源不足'])
A('E', 'zh', 'figure', '黑山头口岸每年流冰期大概停多少天？绕室韦要多走多少路？',
  [['约50天'], ['约180公里']],
  ['黑山头口岸每年流冰期停运合计约50天，期间订单只能', '绕行室韦口岸，运距增加约180公里'])
A('E', 'en', 'figure', 'How long does a parcel take from Starotsurukhaytuy to Chita on average, according to the Ergun plan?',
  [['6天']],
  '旧粗鲁海图至赤塔的包裹配送平均需要6天，偏远村镇需要10天以上')
A('E', 'zh', 'reason', '额尔古纳方案为什么说对俄结算不方便？',
  [['卢布现金支付'], ['线上收款和结汇手续较多']],
  '约四成买家习惯以卢布现金支付，线上收款和结汇手续较多')
A('E', 'en', 'reason', 'According to the Ergun plan, what are the root causes of these problems?',
  [['口岸基础设施建设起步较晚'], ['本地企业规模普遍偏小']],
  '究其原因，一是口岸基础设施建设起步较晚，二是本地企业规模普遍偏小，缺少熟悉俄罗斯市场的运营人员')
A('E', 'zh', 'figure', '除了乳制品，额尔古纳口岸出口的商品有多少是外地来的？',
  [['约六成']],
  '除乳制品外，约六成出口商品来自海拉尔区和外省')
A('E', 'zh', 'place', '额尔古纳的俄语电商运营课程跟哪所学校合作？三年培训多少人？',
  [['呼伦贝尔学院'], ['300人']],
  '与呼伦贝尔学院合作开设俄语电商运营课程，三年培训300人')
A('E', 'en', 'date', 'When was the Ergun three-year action plan for Heishantou and Shiwei issued?',
  [['2024年11月26日']],
  '**印发日期：** 2024年11月26日')
A('E', 'zh', 'yesno', '额尔古纳这个三年方案里的目标是硬性考核指标吗？',
  [['预期性指标']],
  '本方案目标为预期性指标')

A('E', 'en', 'list', 'What are the four key tasks in the Ergun three-year plan?',
  [['打通全年通道'], ['做强乳制品和特色商品'], ['建设口岸前置仓和冬季物流'], ['培育经营主体']],
  ['（一）打通全年通道', '（二）做强乳制品和特色商品', '（三）建设口岸前置仓和冬季物流', '（四）培育经营主体'])

U('E', 'en', 'figure', 'What export target does the Ergun plan set for 2026?')
U('E', 'zh', 'figure', '黑山头、室韦两口岸2024年全年的出口额是多少？')
U('E', 'en', 'figure', 'How much did the two Ergun ports import from Russia in 2023?')
U('E', 'zh', 'figure', '室韦口岸2024年1—9月的出口额是多少？')
U('E', 'zh', 'figure', '2023年两口岸乳制品出口额同比增长了多少？')
U('E', 'en', 'figure', 'What is the monthly rent per square metre in the Heishantou front warehouse?')
U('E', 'zh', 'reason', '为什么2023年黑山头口岸冰道期只通关了71天？')
U('E', 'en', 'list', 'On which platforms does the Ergun dairy live-stream room broadcast to Russia?')

# ---------------------------------------------------------------------------
# U: Ulanqab logistics park operator, Q3 2025 bulletin (zh, html)
# ---------------------------------------------------------------------------
A('U', 'zh', 'figure', '乌兰察布陆港物流园2025年三季度开了多少列跨境电商班列？发了多少标箱？',
  [['46列'], ['4140标箱']],
  '2025年第三季度，物流园共开行跨境电商班列46列，发运4140标箱，承运跨境电商包裹1260万件，货值18.7亿元，同比增长31%')
A('U', 'en', 'figure', 'What was the goods value of the Ulanqab park e-commerce trains in Q3 2025 and the year-on-year growth?',
  [['18.7亿元'], ['31%']],
  '2025年第三季度，物流园共开行跨境电商班列46列，发运4140标箱，承运跨境电商包裹1260万件，货值18.7亿元，同比增长31%')
A('U', 'zh', 'figure', '乌兰察布物流园2025年二季度开了几列跨境电商班列？',
  [['39列']],
  '二季度开行39列')
A('U', 'zh', 'figure', '乌兰察布物流园2025年1—9月一共开了多少列？货值多少？',
  [['121列'], ['49.2亿元']],
  '1—9月累计开行121列，货值49.2亿元')
A('U', 'en', 'figure', 'Since the Ulanqab park started e-commerce trains, how many have run in total?',
  [['338列']],
  '自2022年6月物流园开通跨境电商班列以来，累计开行338列')
A('U', 'zh', 'date', '乌兰察布陆港物流园是什么时候开始开跨境电商班列的？',
  [['2022年6月']],
  '自2022年6月物流园开通跨境电商班列以来，累计开行338列')
A('U', 'zh', 'figure', '乌兰察布物流园2025年全年的目标是开多少列、货值多少？',
  [['165列'], ['68亿元']],
  '全年目标为开行165列、货值68亿元')
A('U', 'en', 'definition', 'At the Ulanqab park, when does a train count as a "cross-border e-commerce train"?',
  [['不低于60%']],
  '是指从物流园始发、所装货物中跨境电商商品货值占比不低于60%的国际货运班列')
A('U', 'zh', 'definition', '乌兰察布物流园说的“集拼箱”是怎么回事？一个箱子最多几家卖家？',
  [['合并装入同一集装箱'], ['不超过25家']],
  '是指由物流园将多家卖家的小批量包裹合并装入同一集装箱发运的方式，每箱卖家数量不超过25家')
A('U', 'en', 'list', 'Which destination lines does the Ulanqab park run e-commerce trains on?',
  [['乌兰巴托'], ['莫斯科'], ['新西伯利亚'], ['明斯克']],
  ['乌兰察布—乌兰巴托', '乌兰察布—莫斯科', '乌兰察布—新西伯利亚', '乌兰察布—明斯克'])
A('U', 'zh', 'figure', '三季度乌兰察布到莫斯科的班列开了几列？装了多少万件包裹？',
  [['17'], ['480']],
  ['乌兰察布—莫斯科', '17', '480'])
A('U', 'en', 'reason', 'Why did the Ulanqab park run fewer trains to Minsk in Q3?',
  [['经莫斯科集拼后分拨']],
  '至明斯克线路三季度开行列数同比减少3列，主要原因是部分卖家将发往白俄罗斯的货物转为经莫斯科集拼后分拨')
A('U', 'zh', 'figure', '三季度走9810出口海外仓的货值是多少？增长了多少？',
  [['4.3'], ['52%']],
  ['9810（出口海外仓）', '4.3', '52%'])
A('U', 'zh', 'figure', '乌兰察布物流园三季度走9610直购出口的货值占多少？',
  [['42%']],
  ['9610（直购出口）', '42%'])
A('U', 'en', 'list', 'What were the three biggest product groups on the Ulanqab trains in Q3 2025?',
  [['服装鞋帽'], ['小家电和电子配件'], ['汽车配件']],
  '从商品看，三季度服装鞋帽货值占32%，小家电和电子配件占27%，汽车配件占15%')
A('U', 'zh', 'figure', '在乌兰察布物流园放货，仓储费怎么收？',
  [['每立方米每天2元'], ['前15天免收仓储费']],
  '普通仓储费每立方米每天2元，前15天免收仓储费')
A('U', 'en', 'reason', 'Why did the Ulanqab park grow so fast in the third quarter of 2025?',
  [['当日截单、次日装箱'], ['御寒服装、取暖小家电'], ['分拨点']],
  ['物流园于7月启用集拼箱“当日截单、次日装箱”服务，小卖家等待装箱时间由平均5天缩短至2天。',
   '蒙古国和俄罗斯买家秋季集中采购御寒服装、取暖小家电，提前备货需求明显增加。',
   '物流园与3家海外仓企业合作在莫斯科和新西伯利亚设立分拨点，带动9810模式货值快速增长。'])
A('U', 'zh', 'figure', '乌兰察布集拼箱出了当日截单的服务以后，小卖家等装箱的时间从几天缩到几天？',
  [['5天'], ['2天']],
  '物流园于7月启用集拼箱“当日截单、次日装箱”服务，小卖家等待装箱时间由平均5天缩短至2天。')
A('U', 'zh', 'reason', '乌兰察布那边9810出口海外仓的货值为什么涨得这么快？',
  [['设立分拨点']],
  '物流园与3家海外仓企业合作在莫斯科和新西伯利亚设立分拨点，带动9810模式货值快速增长。')
A('U', 'en', 'list', 'Which goods must go in insulated containers at the Ulanqab park in winter?',
  [['乳制品'], ['饮料'], ['液体化妆品'], ['电池类商品']],
  '乳制品、饮料、液体化妆品、电池类商品须使用保温集装箱')
A('U', 'zh', 'figure', '冬天在乌兰察布用保温集装箱，每个标箱要多交多少钱？',
  [['1200元']],
  '保温集装箱每标箱加收1200元')
A('U', 'en', 'date', 'In winter, what is the daily cut-off time for consolidated containers at Ulanqab?',
  [['每日16时', '16时']],
  ['冬季集拼箱截单时间由每日18时提前至', '每日16时。卖家如需在保温仓内暂存，暂存期最长为7天。'])
A('U', 'zh', 'date', '乌兰察布物流园的冬季作业安排从哪天执行到哪天？',
  [['2025年11月1日'], ['2026年3月31日']],
  '自2025年11月1日起至2026年3月31日，物流园执行冬季作业安排')
A('U', 'zh', 'list', '乌兰察布物流园三季度简报里提到了哪些问题？',
  [['回程班列空箱率偏高'], ['申报品名不规范'], ['末端派送时效不稳定'], ['保温集装箱数量不足']],
  ['回程班列空箱率偏高，三季度回程空箱率为38%，推高了往返运输成本。',
   '部分卖家申报品名不规范，三季度因单证问题被退回改单的包裹约2.3万件。',
   '俄罗斯境内末端派送时效不稳定，莫斯科以外城市投诉占全部投诉的71%。',
   '保温集装箱数量不足，现有保温箱仅120个，冬季高峰期预计缺口约60个。'])
A('U', 'en', 'reason', 'Why are round-trip rail costs high for the Ulanqab park?',
  [['回程空箱率为38%', '回程班列空箱率偏高']],
  '回程班列空箱率偏高，三季度回程空箱率为38%，推高了往返运输成本。')
A('U', 'zh', 'figure', '乌兰察布物流园现在有多少个保温箱？冬季高峰大概还缺多少个？',
  [['120个'], ['约60个']],
  '保温集装箱数量不足，现有保温箱仅120个，冬季高峰期预计缺口约60个。')
A('U', 'en', 'list', 'What will the Ulanqab park do next, according to the Q3 bulletin?',
  [['新增保温集装箱80个'], ['申报辅导窗口']],
  '一是新增保温集装箱80个，力争12月前全部投入使用；二是开设申报辅导窗口，每周二、周四为卖家免费审核单证')
A('U', 'zh', 'other', '我想让乌兰察布物流园免费帮我审单证，哪几天去？',
  [['每周二、周四']],
  '二是开设申报辅导窗口，每周二、周四为卖家免费审核单证')
A('U', 'en', 'yesno', 'Are the figures in the Ulanqab park bulletin official customs statistics?',
  [['不代表海关统计数据']],
  '本简报数据为物流园运营统计，不代表海关统计数据。')

U('U', 'zh', 'figure', '乌兰察布物流园2025年三季度开行了多少列回程进口班列？进口货值多少？')
U('U', 'en', 'figure', 'How many trains ran from Ulanqab to Ulaanbaatar in the second quarter of 2025?')
U('U', 'zh', 'figure', '乌兰察布到华沙的跨境电商班列三季度开了几列？')
U('U', 'en', 'figure', 'What freight rate per cubic metre does the Ulanqab park charge for consolidated containers?')
U('U', 'zh', 'figure', '乌兰察布陆港物流园2024年全年开行了多少列跨境电商班列？')
U('U', 'en', 'list', 'Which three overseas-warehouse companies did the Ulanqab park partner with in Moscow and Novosibirsk?')
U('U', 'zh', 'reason', '为什么9610直购出口三季度只增长了18%，比其他方式慢？')
U('U', 'en', 'figure', 'How many e-commerce trains did the Ulanqab park run in the whole of 2025?')

# ---------------------------------------------------------------------------
# A: Alxa Left Banner commerce bureau, cashmere sellers survey 2024 (zh, pdf)
# ---------------------------------------------------------------------------
A('A', 'zh', 'figure', '阿拉善左旗这次羊绒卖家调查收回了多少份有效问卷？走访了几家？',
  [['86份'], ['21家']],
  '共回收有效问卷86份，其中走访卖家21家')
A('A', 'en', 'date', 'When did the Alxa Left Banner commerce bureau carry out its cashmere seller survey?',
  [['2024年11月至12月']],
  '2024年11月至12月，阿拉善左旗商务局对在跨境电商平台上销售羊绒、驼绒制品的卖家开展了问卷调查和实地走访')
A('A', 'zh', 'figure', '阿拉善左旗的样本卖家里，企业和个体户各占多少？',
  [['57%'], ['43%']],
  '样本卖家中，企业占57%，个体工商户占43%')
A('A', 'zh', 'list', '阿拉善左旗的羊绒卖家主要通过哪些渠道卖货？',
  [['俄罗斯本地电商平台'], ['综合跨境平台', '速卖通'], ['独立站']],
  '在俄罗斯本地电商平台开店的卖家占46%，在速卖通等综合跨境平台销售的占33%，通过独立站销售的占21%')
A('A', 'en', 'definition', 'Who counts as a "sample seller" in the Alxa Left cashmere survey?',
  [['注册地在阿拉善左旗'], ['2024年有跨境电商出口记录'], ['提交有效问卷']],
  '是指注册地在阿拉善左旗、2024年有跨境电商出口记录并提交有效问卷的企业和个体工商户')
A('A', 'zh', 'definition', '阿拉善左旗调查里说的复购率是怎么算的？',
  [['一年内下单两次及以上的境外买家占全部境外买家的比例']],
  '“复购率”，是指一年内下单两次及以上的境外买家占全部境外买家的比例')
A('A', 'en', 'figure', 'How much did Alxa Left Banner export in cashmere and camel-hair products through cross-border e-commerce in 2024, and how fast did it grow?',
  [['1.82亿元'], ['34.8%']],
  '2024年，全旗羊绒驼绒制品跨境电商出口额为1.82亿元，同比增长34.8%')
A('A', 'zh', 'figure', '阿拉善左旗羊绒驼绒制品2023年跨境电商出口额是多少？',
  [['1.35亿元']],
  '2023年为1.35亿元')
A('A', 'zh', 'figure', '阿拉善左旗2024年第四季度羊绒驼绒制品出口了多少？占全年多少？',
  [['0.71亿元'], ['39%']],
  '其中第四季度出口0.71亿元，占全年的39%')
A('A', 'zh', 'reason', '阿拉善左旗的羊绒出口为什么四季度占了全年将近四成？',
  [['冬季服装旺季']],
  '其中第四季度出口0.71亿元，占全年的39%，冬季服装旺季特征明显')
A('A', 'zh', 'figure', '阿拉善左旗2020年到2024年羊绒驼绒制品累计出口了多少？',
  [['5.6亿元']],
  '2020年至2024年，全旗累计出口5.6亿元')
A('A', 'zh', 'figure', '阿拉善左旗定的2026年羊绒出口目标是多少？',
  [['3亿元']],
  '按照全旗规划，2026年出口额目标为3亿元')
A('A', 'en', 'list', 'Through which logistics channels do Alxa Left cashmere goods leave the country?',
  [['策克口岸'], ['乌力吉口岸'], ['国际快递'], ['海外仓']],
  '经策克口岸陆路出境的货值占31%，经乌力吉口岸出境的占12%，国际快递（空运）占38%，经海外仓发货的占19%')
A('A', 'en', 'list', 'Which markets buy Alxa Left cashmere online, and what share does each take?',
  [['俄罗斯占35%'], ['欧洲占28%'], ['蒙古国占22%']],
  '从市场看，俄罗斯占35%，欧洲占28%，蒙古国占22%，其他市场占15%')
A('A', 'zh', 'figure', '阿拉善左旗样本卖家的平均客单价2023年和2024年分别是多少？',
  [['1260'], ['1080']],
  ['样本卖家平均客单价（元）', '1260', '1080'])
A('A', 'en', 'figure', 'What was the repeat-purchase rate of overseas buyers for the Alxa Left sample sellers in 2024?',
  [['31%']],
  ['境外买家复购率', '31%'])
A('A', 'zh', 'reason', '阿拉善左旗羊绒驼绒制品2024年出口为什么增长较快？',
  [['直接采购'], ['驼绒被、驼绒马甲等新品上线'], ['快速通道']],
  ['一是俄罗斯买家转向从中国边境地区直接采购，赤塔、乌兰乌德等城市的订单增长明显',
   '二是驼绒被、驼绒马甲等新品上线，全年驼绒制品出口额增长62%',
   '三是策克口岸开通跨境电商包裹快速通道，陆路运输时间由平均9天缩短至5天'])
A('A', 'zh', 'figure', '阿拉善左旗的驼绒制品2024年出口额增长了多少？',
  [['62%']],
  '二是驼绒被、驼绒马甲等新品上线，全年驼绒制品出口额增长62%')
A('A', 'en', 'reason', 'Why did the average order value of Alxa Left sample sellers go down in 2024?',
  [['低价小件商品'], ['吸引首次下单的买家']],
  '样本卖家平均客单价下降，主要是因为卖家增加了围巾、袜子、手套等低价小件商品，以吸引首次下单的买家')
A('A', 'zh', 'list', '阿拉善左旗的卖家加了哪些低价小件商品？',
  [['围巾'], ['袜子'], ['手套']],
  '主要是因为卖家增加了围巾、袜子、手套等低价小件商品')
A('A', 'en', 'list', 'What problems did the Alxa Left survey find among cashmere sellers?',
  [['品牌认知度低'], ['检测认证费用高'], ['冬季物流不稳定'], ['专业人才缺乏']],
  ['（一）品牌认知度低', '（二）检测认证费用高', '（三）冬季物流不稳定', '（四）专业人才缺乏'])
A('A', 'zh', 'reason', '为什么国外买家分不清阿拉善羊绒和别的地方的羊绒？',
  [['贴牌或无品牌方式销售']],
  '约七成样本卖家以贴牌或无品牌方式销售，境外买家难以区分阿拉善羊绒与其他产地产品')
A('A', 'en', 'figure', 'I want to sell Alxa cashmere sweaters in Europe. How much does one fibre-content test cost?',
  [['约2800元', '2800元']],
  '单次检测费用约2800元，小卖家难以承担')
A('A', 'en', 'reason', 'Why do Alxa Left sellers sometimes have to switch to air freight in winter?',
  [['大风和沙尘天气'], ['临时停运']],
  ['12月至次年2月，策克口岸方向遇大风和沙尘天气时常临时停运，部分', '订单被迫改走空运，物流成本上升'])
A('A', 'zh', 'figure', '阿拉善左旗样本卖家里有专职外语客服的占多少？',
  [['18%']],
  '有专职外语客服的仅占18%')
A('A', 'en', 'reason', 'Some Alxa Left sellers plan to rent overseas warehouses in 2025. What are they worried about?',
  [['库存积压'], ['资金占用']],
  '有27%的样本卖家表示计划在2025年租用海外仓，但普遍担心库存积压和资金占用')
A('A', 'en', 'list', 'What does the Alxa Left commerce bureau recommend?',
  [['区域公共品牌'], ['检测费用给予50%补贴'], ['冬季备货仓'], ['客服培训班'], ['按件计费、滞销可退']],
  ['一是打造“阿拉善驼绒”区域公共品牌，统一包装和溯源标识',
   '二是对出口欧洲的检测费用给予50%补贴，每家卖家每年最高补贴2万元',
   '三是在策克口岸附近建设冬季备货仓，旺季前完成集中备货',
   '四是联合职业院校开设俄语、蒙古语客服培训班，每年培训不少于150人',
   '五是引导卖家与海外仓企业签订“按件计费、滞销可退”协议，降低租用海外仓的库存风险'])
A('A', 'zh', 'figure', '阿拉善左旗建议对出口欧洲的检测费补多少？每家最多补多少？',
  [['50%'], ['2万元']],
  '二是对出口欧洲的检测费用给予50%补贴，每家卖家每年最高补贴2万元')
A('A', 'zh', 'yesno', '阿拉善左旗这次调查有没有包括无毛绒这类初级产品的出口？',
  [['未涉及']],
  '本次调查未涉及羊绒原料和无毛绒等初级产品出口')

U('A', 'en', 'figure', 'What were Alxa Left Banner\'s cross-border e-commerce exports of cashmere and camel-hair goods in 2022?')
U('A', 'zh', 'figure', '阿拉善左旗2024年第三季度羊绒驼绒制品出口了多少？')
U('A', 'en', 'figure', 'How much raw cashmere (dehaired cashmere) did Alxa Left export in 2024?')
U('A', 'zh', 'figure', '阿拉善左旗2024年驼绒制品的出口额是多少？')
U('A', 'en', 'list', 'Which Russian online platforms do the Alxa Left cashmere sellers open stores on?')
U('A', 'zh', 'figure', '阿拉善左旗2025年羊绒驼绒制品出口目标定了多少？')
U('A', 'en', 'reason', 'Why does international air express carry as much as 38% of Alxa Left cashmere exports?')
U('A', 'zh', 'date', '策克口岸的跨境电商包裹快速通道是哪一年开通的？')

# ---------------------------------------------------------------------------
# B: Ulaanbaatar retailers' association, member guide 2025 (en, docx)
# ---------------------------------------------------------------------------
A('B', 'en', 'figure', 'How much did Ulaanbaatar association members spend with Inner Mongolian sellers in 2024 and in 2023?',
  [['US$ 6.3 million'], ['US$ 4.1 million']],
  'Member shops spent US$ 6.3 million on orders from Inner Mongolian sellers in 2024, up from US$ 4.1 million in 2023')
A('B', 'zh', 'figure', '乌兰巴托零售商协会的会员2025年一季度从内蒙古卖家那里采购了多少？',
  [['US$ 1.9 million']],
  'In the first quarter of 2025 they spent US$ 1.9 million')
A('B', 'en', 'figure', 'What is the cumulative value of member orders from Inner Mongolian sellers recorded by the Ulaanbaatar association?',
  [['US$ 14.8 million']],
  'the cumulative total has reached US$ 14.8 million')
A('B', 'zh', 'figure', '乌兰巴托零售商协会采购委员会的目标是什么？',
  [['US$ 10 million a year by 2026', 'US$ 10 million']],
  "The Sourcing Committee's target is US$ 10 million a year by 2026")
A('B', 'zh', 'figure', '乌兰巴托协会里至少下过一单的会员店，2023年和2024年各有多少家？',
  [['163'], ['214']],
  'The number of member shops that placed at least one order rose from 163 in 2023 to 214 in 2024')
A('B', 'en', 'figure', 'what was the average member order in 2024 compared to 2023 (Ulaanbaatar retailers)?',
  [['US$ 1,150'], ['US$ 1,320']],
  'The average member order was worth US$ 1,150 in 2024, compared with US$ 1,320 in 2023')
A('B', 'zh', 'figure', '乌兰巴托会员店的平均到岸成本率从多少降到了多少？',
  [['27%'], ['22%']],
  'The average landed cost ratio fell from 27% to 22% over the same period')
A('B', 'en', 'definition', 'In the Ulaanbaatar member guide, how is the "landed cost ratio" calculated?',
  [['freight, Mongolian customs duty, VAT and handling fees'], ['divided by the price paid to the seller']],
  'The "landed cost ratio" means the total of freight, Mongolian customs duty, VAT and handling fees, divided by the price paid to the seller')
A('B', 'zh', 'definition', '乌兰巴托协会指南里的“member order（会员订单）”怎么定义？',
  [['one purchase order placed by a member shop with one Chinese seller'], ['delivered in one consignment']],
  'a "member order" means one purchase order placed by a member shop with one Chinese seller and delivered in one consignment')
A('B', 'en', 'definition', 'What is a "consolidated pallet" in the Ulaanbaatar retailers\' guide?',
  [['combines orders of several members'], ['bound for the same district of Ulaanbaatar']],
  'A "consolidated pallet" is a pallet on which the Association\'s partner forwarder combines orders of several members bound for the same district of Ulaanbaatar')
A('B', 'en', 'list', 'What kinds of goods did Ulaanbaatar member shops mainly buy from Inner Mongolia in 2024?',
  [["children's clothing and footwear"], ['household goods and kitchenware'], ['snacks and confectionery'], ['small electrical appliances'], ['building and plumbing fittings']],
  "By value, the main product groups in 2024 were children's clothing and footwear (26%), household goods and kitchenware (21%), snacks and confectionery (18%), small electrical appliances (15%), building and plumbing fittings (12%) and other goods (8%)")
A('B', 'zh', 'list', '乌兰巴托以外，协会会员还分布在蒙古国哪些城市？',
  [['Darkhan'], ['Erdenet'], ['Choibalsan']],
  'members in Darkhan, Erdenet and Choibalsan accounted for the rest')
A('B', 'en', 'figure', 'For the Ulaanbaatar retailers, how many days does the rail container via Ulanqab take in winter?',
  [['8']],
  ['Rail container via Ulanqab', 'Winter transit (days)', '8'])
A('B', 'zh', 'figure', '乌兰巴托会员2024年的订单里，走珠恩嘎达布其—毕其格图公路的占多少？',
  [['27%']],
  ['Road via Zhuengadabuqi and Bichigt', '27%'])
A('B', 'zh', 'other', '乌兰巴托协会说，大件货走哪条路线最便宜？',
  [['Rail']],
  'Rail is the cheapest route for bulky goods')
A('B', 'zh', 'place', '锡林浩特的卖家发货到乌兰巴托，一般走哪个口岸？中途经过哪里？',
  [['Zhuengadabuqi'], ['Baruun-Urt']],
  'Road via Zhuengadabuqi is the usual choice for sellers in Xilinhot and the rest of Xilingol, and goods then travel through Baruun-Urt')
A('B', 'en', 'reason', 'Why did Ulaanbaatar members\' orders from Inner Mongolian sellers grow?',
  [['Mongolian-language shop pages'], ['weekly consolidated pallets'], ["prices of Chinese children's clothing stayed low"]],
  ['First, several Xilinhot and Hohhot sellers opened Mongolian-language shop pages in 2024 and began to accept payment in tugrik through a partner bank',
   'Second, the partner forwarder started weekly consolidated pallets in April 2024, so small shops no longer needed to fill a whole truck',
   "Third, prices of Chinese children's clothing stayed low while local wholesale prices in Ulaanbaatar rose"])
A('B', 'zh', 'date', '乌兰巴托协会的合作货代是从什么时候开始每周拼板发货的？',
  [['April 2024']],
  'Second, the partner forwarder started weekly consolidated pallets in April 2024, so small shops no longer needed to fill a whole truck')
A('B', 'zh', 'reason', '乌兰巴托会员店的平均订单金额为什么变小了？',
  [['more small shops joined the scheme'], ['ordered in smaller lots']],
  'The average member order became smaller mainly because more small shops joined the scheme and ordered in smaller lots, often every two weeks instead of every month')
A('B', 'en', 'list', 'What problems did Ulaanbaatar member shops report when buying from Inner Mongolia?',
  [['Winter delays'], ['Frozen goods'], ['Unclear product descriptions'], ['Payment fees'], ['Slow customs paperwork for mixed consignments']],
  ['(a) Winter delays', '(b) Frozen goods', '(c) Unclear product descriptions', '(d) Payment fees', '(e) Slow customs paperwork for mixed consignments'])
A('B', 'zh', 'list', '乌兰巴托会员说冬天哪些货在敞篷车上冻坏了？',
  [['Drinks'], ['sauces'], ['some cosmetics']],
  'Drinks, sauces and some cosmetics froze on open trucks')
A('B', 'en', 'reason', 'My shop in Ulaanbaatar had many returns of kids clothes from China. What does the guide say is the cause?',
  [["Sizes of children's clothing did not always match the size charts"]],
  "Sizes of children's clothing did not always match the size charts, which led to returns that were costly to send back to China")
A('B', 'zh', 'reason', '为什么乌兰巴托协会要求会员冬天让卖家给液体商品做保温包装？',
  [['froze on open trucks']],
  ['Drinks, sauces and some cosmetics froze on open trucks',
   'Second, ask sellers to use insulated packing for any liquid goods between November and March'])
A('B', 'zh', 'reason', '为什么乌兰巴托会员卖的冬装有时到货时旺季都过了？',
  [['snowstorms']],
  'Between December and February, road transit on the Zhuengadabuqi route often doubled after snowstorms, and members selling winter clothing sometimes received stock after the peak season')
A('B', 'en', 'list', 'What are the Sourcing Committee\'s four recommendations to Ulaanbaatar members?',
  [['place winter orders before 15 October'], ['insulated packing'], ['sample-order scheme'], ["pay through the Association's partner bank"]],
  ['First, place winter orders before 15 October, and ask sellers to ship clothing for the winter season by rail in September',
   'Second, ask sellers to use insulated packing for any liquid goods between November and March',
   "Third, use the Association's sample-order scheme",
   "Fourth, pay through the Association's partner bank, which charges members a flat fee of 1% per order"])
A('B', 'zh', 'date', '乌兰巴托协会建议会员冬季订单最晚什么时候下？',
  [['before 15 October', '15 October']],
  'First, place winter orders before 15 October, and ask sellers to ship clothing for the winter season by rail in September')
A('B', 'en', 'figure', 'If I pay through the Ulaanbaatar association\'s partner bank, what fee is charged?',
  [['1% per order'], ['no minimum fee']],
  ["Fourth, pay through the Association's partner bank, which charges members a flat fee of 1% per order",
   'with no minimum fee, instead of paying by card'])
A('B', 'zh', 'figure', '按乌兰巴托协会的试单办法，新款童装第一次最多订多少件？',
  [['no more than 20 pieces', '20 pieces']],
  'order no more than 20 pieces of a new clothing line first, check the sizes, and then place the full order')
A('B', 'zh', 'figure', '员工不到十人的小店加入乌兰巴托零售商协会，一年会费多少？',
  [['MNT 240,000 a year', 'MNT 240,000']],
  'Membership costs MNT 240,000 a year for shops with fewer than ten staff')
A('B', 'en', 'place', 'Where does the Ulaanbaatar association hold its monthly buyers\' meeting?',
  [['Sukhbaatar District']],
  "a monthly buyers' meeting at its office in Sukhbaatar District")
A('B', 'zh', 'yesno', '乌兰巴托协会指南里各路线的份额是按订单金额算的吗？',
  [['not of value']],
  'Route shares are shares of the number of member orders, not of value')

A('B', 'zh', 'list', '乌兰巴托协会会员2024年从内蒙古进货用了哪几条路线？',
  [['Rail container via Ulanqab'], ['Road via Zhuengadabuqi and Bichigt'], ['Road via Ganqimaodu and Gashuun Sukhait'], ['Air parcel via Hohhot']],
  ['Rail container via Ulanqab', 'Road via Zhuengadabuqi and Bichigt', 'Road via Ganqimaodu and Gashuun Sukhait', 'Air parcel via Hohhot'])

U('B', 'en', 'figure', 'How much did Ulaanbaatar association members spend on Inner Mongolian sellers in 2022?')
U('B', 'zh', 'figure', '乌兰巴托协会会员2024年第一季度从内蒙古卖家采购了多少？')
U('B', 'en', 'figure', 'What is the Ulaanbaatar association\'s purchase target for 2025?')
U('B', 'zh', 'figure', '乌兰巴托会员2024年从内蒙古买的乳制品占采购额多少？')
U('B', 'en', 'figure', 'What is the freight cost per kilogram on the rail route via Ulanqab for Ulaanbaatar members?')
U('B', 'zh', 'place', '乌兰巴托协会的合作银行叫什么名字？')
U('B', 'en', 'figure', 'How much did members in Darkhan spend with Inner Mongolian sellers in 2024?')
U('B', 'en', 'reason', 'Why did the Ulaanbaatar association start recording members\' orders in 2021?')

# ---------------------------------------------------------------------------
# C: Chita buyers' club, half-year note H1 2025 (en, txt)
# ---------------------------------------------------------------------------
A('C', 'en', 'figure', 'How many club orders did the Chita buyers\' club place in January-June 2025 and what were they worth?',
  [['18,400'], ['RUB 96 million']],
  'In January-June 2025 members placed 18,400 club orders worth RUB 96 million, up 37% on the first half of 2024')
A('C', 'en', 'figure', 'What were the Chita club\'s orders worth in the first quarter of 2025?',
  [['RUB 58 million']],
  'The first quarter alone accounted for RUB 58 million')
A('C', 'zh', 'reason', '赤塔俱乐部为什么一季度的订单额就占了上半年的大头？',
  [['winter clothing and food for the New Year holidays']],
  'because most winter clothing and food for the New Year holidays was ordered in January and February')
A('C', 'zh', 'figure', '赤塔买家俱乐部2024年全年订单额是多少？',
  [['RUB 151 million']],
  'In the whole of 2024, club orders were worth RUB 151 million')
A('C', 'en', 'figure', 'What is the cumulative value of the Chita club\'s orders since it was founded?',
  [['RUB 310 million']],
  'Since the Club was founded in 2022, club orders have reached a cumulative RUB 310 million')
A('C', 'zh', 'date', '外贝加尔跨境买家俱乐部是哪一年成立的？',
  [['2022']],
  'Since the Club was founded in 2022, club orders have reached a cumulative RUB 310 million')
A('C', 'en', 'figure', 'What order targets has the Chita club set for 2025 and 2026?',
  [['RUB 200 million'], ['RUB 260 million']],
  "The Club's target is RUB 200 million for the full year 2025 and RUB 260 million for 2026")
A('C', 'en', 'figure', 'For Chita club members, what is the average order value and what share of orders arrive within ten days of payment?',
  [['RUB 5,200'], ['64%']],
  'The average club order was worth RUB 5,200, and 64% of orders were delivered within ten days of payment')
A('C', 'zh', 'definition', '赤塔俱乐部说的“club order”指什么？',
  [["one order placed through the Club's joint buying list"], ['delivered to one member address']],
  "A \"club order\" is one order placed through the Club's joint buying list and delivered to one member address")
A('C', 'en', 'yesno', 'I am a Chita club member and sometimes order from Hailar sellers by myself, not through the joint list. Are those orders counted in the club figures?',
  [['are not counted']],
  'Orders that members place on their own, outside the joint buying list, are not counted')
A('C', 'en', 'definition', 'What is the "winter window" in the Chita club\'s note?',
  [['trucks can cross the frozen Argun river at Heishantou on the ice road']],
  'The "winter window" is the period in which trucks can cross the frozen Argun river at Heishantou on the ice road')
A('C', 'zh', 'date', '2024—2025年冬季，黑山头冰道（winter window）从哪天开到哪天？',
  [['18 December to 27 March']],
  'In the 2024-2025 season it ran from 18 December to 27 March')
A('C', 'zh', 'definition', '赤塔俱乐部的pick-up point（自提点）是什么？',
  [['Club-approved shop'], ['parcels are left for members to collect']],
  'A "pick-up point" is a Club-approved shop in a member town where parcels are left for members to collect')
A('C', 'en', 'place', 'Through which border crossings do Chita club members receive goods from Hulunbuir?',
  [['Heishantou-Starotsurukhaytuy'], ['Shiwei-Olochi']],
  'receive them through the Heishantou-Starotsurukhaytuy and Shiwei-Olochi crossings on the Argun river')
A('C', 'zh', 'place', '赤塔俱乐部会员主要从呼伦贝尔哪些地方的卖家买东西？',
  [['Hailar'], ['Ergun']],
  'buy goods online from sellers in Hulunbuir, mainly in Hailar and Ergun')
A('C', 'en', 'figure', 'How many club orders came from Krasnokamensk in the first half of 2025?',
  [['3,980']],
  '| Krasnokamensk | 640     | 3,980       | 22%            |')
A('C', 'zh', 'list', '赤塔俱乐部表格里的“其他城镇”包括哪些地方？',
  [['Priargunsk'], ['Aginskoye']],
  'Other towns include Priargunsk and Aginskoye')
A('C', 'en', 'list', 'What product groups did Chita club members order from Hulunbuir in the first half of 2025?',
  [['dairy products'], ['down jackets and winter clothing'], ['fresh fruit and vegetables'], ['household goods']],
  'By value, dairy products (cheese, milk powder, butter and dried yoghurt snacks) made up 29% of club orders, down jackets and winter clothing 24%, fresh fruit and vegetables 17%, household goods 16%, and other goods 14%')
A('C', 'zh', 'list', '赤塔俱乐部会员买的乳制品具体有哪些？',
  [['cheese'], ['milk powder'], ['butter'], ['dried yoghurt snacks']],
  'dairy products (cheese, milk powder, butter and dried yoghurt snacks)')
A('C', 'en', 'reason', 'Why did the Chita club\'s orders grow in the first half of 2025?',
  [['small packs of cheese and milk powder labelled in Russian'], ['ice road opened nine days earlier'], ['four new pick-up points']],
  ['First, Ergun dairy sellers began to offer small packs of cheese and milk powder labelled in Russian, which members found easier to trust',
   'Second, the ice road opened nine days earlier than in the previous season, so winter orders could cross at Heishantou instead of going the long way round',
   'Third, the Club opened four new pick-up points in Krasnokamensk and Borzya in February, which cut the last leg of delivery for members outside Chita'])
A('C', 'en', 'reason', 'Why is Nerchinsk behind the other towns in the Chita club?',
  [['no pick-up point yet'], ['go through Chita first']],
  'Nerchinsk lags behind the other towns because it has no pick-up point yet, and parcels for Nerchinsk still go through Chita first, which adds three to four days')
A('C', 'zh', 'list', '赤塔俱乐部秘书处上半年发现了哪些问题？',
  [['Gaps between seasons'], ['Damage to fresh goods'], ['Payment'], ['Returns']],
  ['(1) Gaps between seasons', '(2) Damage to fresh goods', '(3) Payment', '(4) Returns'])
A('C', 'en', 'figure', 'What share of the Chita club\'s fruit and vegetable orders arrived frozen or crushed in January?',
  [['About 3%', '3%']],
  'About 3% of fruit and vegetable orders arrived frozen or crushed in January, mostly in parcels that waited overnight at the crossing')
A('C', 'zh', 'other', '黑山头关闭、包裹改走室韦的时候，大概要多花几天？',
  [['about two days']],
  'the Heishantou crossing closes and parcels are rerouted to Shiwei, adding about two days')
A('C', 'en', 'other', 'How do most Hulunbuir sellers want Chita club members to pay now?',
  [['payment in advance'], ['bank transfer in yuan or roubles']],
  ['Many members still prefer to pay in cash on collection, but most Hulunbuir sellers now ask for payment in advance',
   'through a bank transfer in yuan or roubles, and some members find this difficult'])
A('C', 'zh', 'reason', '赤塔会员收到有问题的货为什么一般不退回中国？',
  [['slow and expensive']],
  'Sending goods back to China is slow and expensive, so members usually keep faulty items and ask for a partial refund instead')
A('C', 'en', 'reason', 'According to the Chita club, what is the main root cause of its problems?',
  [['short and uneven crossing season']],
  'The main root cause is that most of these problems come from the short and uneven crossing season')
A('C', 'zh', 'list', '赤塔俱乐部给会员提了哪些建议？',
  [['before 1 November'], ['insulated boxes'], ["joint payment account"], ['within three days of collection']],
  ['Place orders for winter clothing before 1 November, so that they cross before the ice starts to form.',
   'For dairy and fresh food, choose sellers who pack in insulated boxes and dispatch only on weekdays, to avoid waiting at the crossing over weekends.',
   "Use the Club's joint payment account, which accepts rouble cash at pick-up points and pays sellers in one transfer.",
   'Report any frozen or damaged parcel to the Secretariat within three days of collection, with photographs.'])
A('C', 'en', 'reason', 'Why does the Chita club advise choosing dairy sellers who dispatch only on weekdays?',
  [['to avoid waiting at the crossing over weekends']],
  'For dairy and fresh food, choose sellers who pack in insulated boxes and dispatch only on weekdays, to avoid waiting at the crossing over weekends')
A('C', 'en', 'date', 'By when will the Chita club open a pick-up point in Nerchinsk?',
  [['October 2025']],
  'The Club will open a pick-up point in Nerchinsk by October 2025')
A('C', 'zh', 'yesno', '赤塔俱乐部报告里的金额包含会员付的运费吗？',
  [['include delivery charges paid by members']],
  'Values are in Russian roubles and include delivery charges paid by members')

A('C', 'zh', 'list', '赤塔俱乐部下一步打算做哪几件事？',
  [['open a pick-up point in Nerchinsk'], ['second weekly truck from Hailar'], ['sellers that accept partial refunds']],
  'The Club will open a pick-up point in Nerchinsk by October 2025, negotiate a second weekly truck from Hailar for the winter window, and publish a list of sellers that accept partial refunds')
A('C', 'zh', 'reason', '赤塔俱乐部一月份收到的水果蔬菜为什么有的冻坏了？',
  [['waited overnight at the crossing']],
  'About 3% of fruit and vegetable orders arrived frozen or crushed in January, mostly in parcels that waited overnight at the crossing')

U('C', 'en', 'figure', 'What were the Chita club\'s orders worth in 2023?')
U('C', 'zh', 'figure', '赤塔俱乐部2025年7月的订单额是多少？')
U('C', 'en', 'figure', 'How many club orders came from Aginskoye in January-June 2025?')
U('C', 'zh', 'figure', '赤塔俱乐部2025年全年实际完成了多少订单额？')
U('C', 'en', 'figure', 'How much is the yearly membership fee of the Chita buyers\' club?')
U('C', 'zh', 'figure', '赤塔俱乐部会员上半年从呼伦贝尔买了多少件羽绒服？')
U('C', 'en', 'place', 'Which bank holds the Chita club\'s joint payment account?')
U('C', 'zh', 'reason', '上一季（2023—2024年冬季）黑山头冰道为什么开得晚？')
U('C', 'en', 'list', 'Which Hailar sellers accept partial refunds from Chita club members?')


# ---------------------------------------------------------------------------
def source_text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    with open(p, encoding='utf-8') as f:
        return f.read()


def main():
    texts = {k: source_text(v) for k, v in DOCS.items()}
    errors = []
    n = Counter()
    out = []
    for doc, lang, typ, q, groups, quotes, un in ITEMS:
        n[lang] += 1
        iid = 'h22-%s-%03d' % (lang, n[lang])
        for qq in quotes:
            if '\n' in qq or qq not in texts[doc]:
                errors.append('%s: quote not in %s: %r' % (iid, doc, qq[:50]))
        for g in groups:
            for a in g:
                if not any(a in qq for qq in quotes):
                    errors.append('%s: answer %r not in quotes' % (iid, a))
        ev = [{'source': DOCS[doc], 'quote': qq} for qq in quotes]
        out.append({'id': iid, 'lang': lang, 'type': typ, 'question': q,
                    'answers': groups, 'evidence': ev, 'unanswerable': un})
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # summary for the README
    print('total', len(out), dict(n))
    per = {}
    for doc, lang, typ, q, groups, quotes, un in ITEMS:
        c = per.setdefault(doc, Counter())
        if un:
            c['nm'] += 1
        else:
            c['ans'] += 1
            c[lang] += 1
    for k in DOCS:
        print(DOCS[k], dict(per[k]))
    cross_en = sum(1 for d, l, t, q, g, qs, u in ITEMS if not u and l == 'en' and d in 'GEUA')
    cross_zh = sum(1 for d, l, t, q, g, qs, u in ITEMS if not u and l == 'zh' and d in 'BC')
    multi = sum(1 for d, l, t, q, g, qs, u in ITEMS if len(qs) > 1)
    print('cross en->zh docs', cross_en, 'zh->en docs', cross_zh, 'multi-quote', multi)
    print('unanswerable by lang', Counter(l for d, l, t, q, g, qs, u in ITEMS if u))
    print('unanswerable by type', Counter(t for d, l, t, q, g, qs, u in ITEMS if u))


if __name__ == '__main__':
    main()
