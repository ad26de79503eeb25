#!/usr/bin/env python3
"""Build ../gold.jsonl from the hand-written questions below. Standard library only.

Each entry: (doc, lang, type, question, answers, quotes) for answerable items,
or (doc, lang, type, question) for unanswerable near misses, where doc is the
document the question is aimed at (B, Z, C, P, D, S). Quotes are checked to be
exact substrings of the document text (docs_src/ for .pdf/.docx), answers to be
substrings of a quote.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DOCS = {
    'B': 'h23_zh_zibo_boshan_ceramics_liuli_b2b_export_survey_2024.txt',
    'Z': 'h23_zh_zibo_zichuan_ceramics_park_overseas_warehouse_plan_2025_2027.md',
    'C': 'h23_zh_zibo_zhoucun_ceramics_glass_livestream_brief_2025q3.html',
    'P': 'h23_zh_zibo_linzi_yiyuan_glass_breakage_claims_report_2024.pdf',
    'D': 'h23_en_dubai_home_goods_importers_zibo_buying_guide_2025.docx',
    'S': 'h23_en_santiago_retailers_buying_office_zibo_orders_note_2025h1.txt',
}

def text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    return open(p, encoding='utf-8').read()

Q = []
def A(doc, lang, typ, question, answers, quotes):
    Q.append((doc, lang, typ, question, answers, quotes))
def N(doc, lang, typ, question):
    Q.append((doc, lang, typ, question, None, None))

# ---------------------------------------------------------------- B: Boshan (txt, zh)
b_total = '2024年，全区陶瓷琉璃企业以9710、9810方式实现出口7.1亿元，比2023年的4.6亿元增长54.3%'
b_split = '其中，9710方式出口4.2亿元，9810方式出口2.9亿元'
b_period = '分时段看，上半年出口2.8亿元，下半年出口4.3亿元；第四季度出口2.3亿元，为全年出口最多的季度'
b_reasons = ('出口较快增长主要有三方面原因：一是区内企业在主流跨境B2B平台新开设阿拉伯语、西班牙语店铺31个，来自中东和拉美的询盘明显增加；'
             '二是海关推行9710、9810出口申报“一次登记、一点对接”，企业报关时间平均由1.5天缩短至0.5天；'
             '三是区里在山头街道建成陶瓷琉璃线上样品展示中心，境外采购商可通过视频实时看样，减少了寄送样品的成本')
A('B', 'zh', 'figure', '博山那边做陶瓷琉璃的企业，2024年走9710和9810一共出口了多少钱？', [['7.1亿元']], [b_total])
A('B', 'en', 'figure', 'What was the 9710/9810 export value of Boshan ceramic and liuli firms in 2023, and by how much did it grow in 2024?', [['4.6亿元'], ['54.3%']], [b_total])
A('B', 'zh', 'figure', '博山2024年用9810海外仓模式出口了多少？', [['2.9亿元']], [b_split])
A('B', 'zh', 'figure', '博山2024年上半年出口多少？第四季度又是多少？', [['2.8亿元'], ['2.3亿元']], [b_period])
A('B', 'en', 'other', 'Which quarter of 2024 was the biggest for Boshan B2B exports?', [['第四季度']], [b_period])
A('B', 'zh', 'figure', '2021到2024年这几年，博山用这两种方式累计出口了多少？', [['15.9亿元']], ['2021年至2024年，全区累计以上述两种方式出口15.9亿元'])
A('B', 'zh', 'figure', '博山做跨境电商B2B出口的企业，2023年和2024年分别有多少家？', [['58家'], ['83家']], ['开展跨境电商B2B出口的企业由2023年的58家增加到2024年的83家'])
A('B', 'zh', 'definition', '博山那份报告里的“线上成交率”是什么意思？', [['询盘中最终形成订单的比例']], ['线上成交率是指企业通过跨境电商平台获得的询盘中最终形成订单的比例'])
A('B', 'zh', 'definition', '博山的调查报告怎么定义“跨境电商出口海外仓”？', [['先将货物通过跨境物流出口至海外仓，通过跨境电商平台实现交易后再从海外仓送达购买者']],
  ['“跨境电商出口海外仓”，是指境内企业先将货物通过跨境物流出口至海外仓，通过跨境电商平台实现交易后再从海外仓送达购买者，海关监管方式代码为9810'])
A('B', 'en', 'definition', "In the Boshan survey, what kind of company counts as a 'ceramics and liuli enterprise'?", [['以日用陶瓷、艺术陶瓷、琉璃工艺品和玻璃器皿为主营产品的生产或贸易企业']],
  ['本报告所称“陶瓷琉璃企业”，是指以日用陶瓷、艺术陶瓷、琉璃工艺品和玻璃器皿为主营产品的生产或贸易企业'])
A('B', 'zh', 'figure', '这次博山的调查回收了多少有效问卷？有效率多少？', [['118份'], ['93.7%']], ['共发放问卷126份，回收有效问卷118份，有效率93.7%'])
A('B', 'zh', 'place', '博山哪个镇街的跨境B2B出口额最大？有多少？', [['山头街道'], ['2.6']], ['山头街道      2.6             61.2%     29            琉璃工艺品、艺术陶瓷'])
A('B', 'en', 'place', 'Which Boshan town or street mainly exports glassware and glass jars?', [['白塔镇']], ['白塔镇        0.9             39.4%     11            玻璃器皿、玻璃瓶罐'])
A('B', 'zh', 'list', '博山分镇街表里的“其他”包括哪些地方？', [['城西街道'], ['八陡镇'], ['石马镇']], ['“其他”含城西街道、八陡镇、石马镇等'])
A('B', 'zh', 'list', '山头街道主要出口什么产品？', [['琉璃工艺品'], ['艺术陶瓷']], ['山头街道      2.6             61.2%     29            琉璃工艺品、艺术陶瓷'])
A('B', 'zh', 'reason', '博山陶瓷琉璃企业2024年出口为啥涨得这么快？', [['阿拉伯语、西班牙语店铺'], ['一次登记、一点对接', '报关时间平均由1.5天缩短至0.5天'], ['线上样品展示中心']], [b_reasons])
A('B', 'en', 'reason', 'Why did Boshan get more inquiries from the Middle East and Latin America?', [['新开设阿拉伯语、西班牙语店铺31个']], [b_reasons])
A('B', 'zh', 'reason', '博山的境外采购商看样为什么省了寄样的钱？', [['通过视频实时看样']], [b_reasons])
A('B', 'en', 'reason', 'Why were Boshan exports in the second half of 2024 so much higher than in the first half?', [['斋月和圣诞季备货']], ['下半年出口明显多于上半年，原因是中东和拉美采购商集中为斋月和圣诞季备货'])
A('B', 'zh', 'figure', '博山的出口里中东和拉美各占多少？', [['31%'], ['24%']], ['从出口目的地看，中东占31%，拉丁美洲占24%'])
A('B', 'en', 'list', 'Which countries are the main Latin American markets for Boshan B2B exports?', [['巴西'], ['智利'], ['墨西哥']], ['拉美市场以巴西、智利和墨西哥为主'])
A('B', 'zh', 'list', '博山企业做跨境B2B出口现在主要有哪几方面问题？', [['运输破损率偏高'], ['包装成本上升'], ['海外仓费用压力大'], ['外语和跨境运营人才不足']],
  ['（一）运输破损率偏高', '（二）包装成本上升', '（三）海外仓费用压力大', '（四）外语和跨境运营人才不足'])
A('B', 'en', 'figure', 'For Boshan goods sent by sea to Latin America under 9810, what was the breakage rate?', [['3.9%']], ['以9810方式海运至拉美的货物破损率达到3.9%'])
A('B', 'zh', 'reason', '博山企业的包装成本为什么上去了？', [['跌落测试要求'], ['蜂窝纸板和珍珠棉内衬']], ['为满足境外采购商的跌落测试要求，企业普遍改用蜂窝纸板和珍珠棉内衬，单箱包装成本平均上涨18%'])
A('B', 'zh', 'reason', '博山有些企业为什么被海外仓收了长期仓储费？', [['库存周转慢']], ['部分企业因库存周转慢而被收取长期仓储费'])
A('B', 'zh', 'list', '博山商务局最后提了哪些工作建议？', [['破损险'], ['包装团体标准'], ['公共海外仓', '仓储费补贴'], ['小语种跨境运营培训班']],
  ['推动区内企业与货运保险机构合作，扩大跨境货物破损险的覆盖面，并探索', '制定陶瓷琉璃出口包装团体标准，统一内衬、外箱和跌落测试要求。',
   '支持企业在中东、拉美租用公共海外仓，对首次使用海外仓的企业给予仓储费补贴。', '联合职业院校开设小语种跨境运营培训班，2025年计划培训200人次。'])
A('B', 'en', 'yesno', 'Does the Boshan bureau suggest setting different insurance rates for different product categories?', [['按产品品类制定差异化的保险费率']],
  ['推动区内企业与货运保险机构合作，扩大跨境货物破损险的覆盖面，并探索', '按产品品类制定差异化的保险费率。'])
A('B', 'zh', 'figure', '博山的小语种跨境运营培训班2025年打算培训多少人次？', [['200人次']], ['2025年计划培训200人次'])
A('B', 'en', 'yesno', 'Are general trade and 9610 exports included in the Boshan survey figures?', [['未统计以一般贸易和9610方式出口的数据']], ['本报告未统计以一般贸易和9610方式出口的数据'])
N('B', 'zh', 'figure', '博山区2024年跨境电商进口额是多少？')
N('B', 'en', 'figure', 'How much did Boshan firms export under 9710 in 2023?')
N('B', 'zh', 'figure', '博山2022年一年跨境电商B2B出口了多少？')
N('B', 'en', 'figure', "What is Boshan's B2B cross-border export target for 2025?")
N('B', 'zh', 'figure', '城西街道2024年跨境B2B出口额是多少？')
N('B', 'en', 'figure', 'What was the breakage rate for Boshan goods shipped to the Middle East?')
N('B', 'zh', 'figure', '博山对首次使用海外仓的企业，仓储费补贴标准是多少？')
N('B', 'en', 'list', 'Which Southeast Asian countries are the main markets for Boshan exporters?')

# ---------------------------------------------------------------- Z: Zichuan park (md, zh)
z_row_exp = '| 园区企业跨境电商出口（亿元） | 5.2 | 6.0 | 8.5 | 13.0 |'
z_row_9810 = '| 其中：9810方式出口（亿元） | 1.6 | 2.4 | 3.5 | 6.0 |'
z_row_area = '| 公共海外仓面积（万平方米） | 0.8 | 1.3 | 2.2 | 3.5 |'
z_row_dmg = '| 到仓破损率（%） | 2.9 | 2.2 | 1.8 | 1.2 |'
z_row_firms = '| 使用公共海外仓的企业（家） | 21 | 34 | 50 | 80 |'
z_row_num = '| 公共海外仓数量（个） | 2 | 3 | 5 | 7 |'
z_pack = '一是制定园区陶瓷玻璃制品入仓包装规范，要求单箱毛重不超过25公斤、外箱采用五层瓦楞纸箱；二是入仓货物须通过1.2米跌落测试'
z_cause1 = '造成上述问题的原因，一是园区企业对拉美市场需求研究不足，'
z_cause2 = '前置备货的品种和数量与实际销售偏差较大；二是园区尚未建立统一的包装检测实验室，企业自测标准不一。'
A('Z', 'zh', 'place', '淄川那个陶瓷跨境电商产业园在哪个镇？什么时候开园的？', [['罗村镇'], ['2022年4月']], ['产业园位于淄博市淄川区罗村镇，2022年4月开园'])
A('Z', 'zh', 'figure', '淄川产业园企业2023年跨境电商出口多少？其中9810有多少？', [['5.2亿元'], ['1.6亿元']], ['2023年，园区企业跨境电商出口5.2亿元，其中9810方式出口1.6亿元'])
A('Z', 'en', 'figure', 'What were the Zichuan park firms’ cross-border exports in January–October 2024, and how much of it was 9810?', [['6.0亿元'], ['2.4亿元']], ['2024年1—10月，园区企业跨境电商出口6.0亿元，其中9810方式出口2.4亿元'])
A('Z', 'zh', 'figure', '淄川园区开园到2024年10月底一共跨境出口了多少？', [['13.7亿元']], ['开园至2024年10月底，园区企业累计跨境电商出口13.7亿元'])
A('Z', 'en', 'list', 'Where are the three public overseas warehouses that the Zichuan park operator already helped build?', [['迪拜'], ['利雅得'], ['圣保罗']], ['分别位于迪拜、利雅得和圣保罗'])
A('Z', 'zh', 'figure', '淄川园区企业在境外一共用了多少个海外仓？', [['11个']], ['目前园区企业在境外使用的海外仓共11个'])
A('Z', 'en', 'definition', 'What does the Zichuan plan mean by a "public overseas warehouse"?', [['向全体入驻企业开放、按统一标准收费']], ['由园区运营公司牵头建设或租赁，向全体入驻企业开放、按统一标准收费的海外仓'])
A('Z', 'zh', 'definition', '淄川方案里说的“前置备货”是什么？', [['在订单形成之前以9810方式将货物提前运至海外仓存放']], ['企业根据销售预测，在订单形成之前以9810方式将货物提前运至海外仓存放'])
A('Z', 'zh', 'definition', '“到仓破损率”怎么算？', [['破损的件数占到仓总件数的比例']], ['货物到达海外仓时经验收发现破损的件数占到仓总件数的比例'])
A('Z', 'zh', 'figure', '淄川园区2027年跨境电商出口目标是多少亿元？', [['13.0']], [z_row_exp])
A('Z', 'en', 'figure', 'What arrival breakage rate does the Zichuan park aim for in 2027?', [['1.2']], [z_row_dmg])
A('Z', 'zh', 'figure', '到2027年，淄川园区使用公共海外仓的企业要达到多少家？', [['80']], [z_row_firms])
A('Z', 'zh', 'figure', '淄川园区公共海外仓到2027年打算有几个？', [['7']], [z_row_num])
A('Z', 'en', 'list', 'In which two cities will the Zichuan park open new public overseas warehouses in 2025?', [['墨西哥城'], ['圣地亚哥']], ['一是2025年在墨西哥城和圣地亚哥各新建（或租赁）1个公共海外仓'])
A('Z', 'zh', 'list', '淄川园区2026到2027年要在哪里新建公共海外仓？', [['吉达'], ['波哥大']], ['二是2026年至2027年在吉达和波哥大各新建1个公共海外仓'])
A('Z', 'zh', 'list', '往淄川园区公共海外仓入仓，包装上有哪些硬要求？', [['单箱毛重不超过25公斤'], ['五层瓦楞纸箱'], ['1.2米跌落测试']], [z_pack])
A('Z', 'zh', 'figure', '淄川方案建议旺季前提前多少天前置备货？', [['60至90天']], ['一是引导企业根据斋月、圣诞季等销售旺季提前60至90天前置备货'])
A('Z', 'en', 'list', 'Which Zichuan public warehouses will get live-stream rooms, and in which languages will they stream?', [['迪拜仓'], ['圣保罗仓'], ['阿拉伯语'], ['葡萄牙语']], ['二是在迪拜仓和圣保罗仓设置直播间，开展阿拉伯语、葡萄牙语海外仓直播，让采购商现场看货下单'])
A('Z', 'en', 'reason', 'Why does the Zichuan park want live-streaming from its overseas warehouses?', [['让采购商现场看货下单']], ['二是在迪拜仓和圣保罗仓设置直播间，开展阿拉伯语、葡萄牙语海外仓直播，让采购商现场看货下单'])
A('Z', 'zh', 'list', '淄川园区说的“海外仓货物一揽子保险”保哪些风险？', [['海运破损'], ['仓内损失'], ['尾程破损']], ['一是联合保险机构推出“海外仓货物一揽子保险”，覆盖海运破损、仓内损失和尾程破损'])
A('Z', 'en', 'figure', "What storage subsidy do Zichuan park tenants get for using a public overseas warehouse, and what's the yearly cap?", [['30%'], ['20万元']], ['对使用公共海外仓的入驻企业，按实际仓储费的30%给予补贴，单个企业每年最高20万元'])
A('Z', 'zh', 'figure', '淄川园区企业9810出口第一次过1000万元，有多少奖励？', [['5万元']], ['对年度9810方式出口首次超过1000万元的企业，一次性奖励5万元'])
A('Z', 'zh', 'other', '在淄川园区，到仓破损率一直很低的企业能得到什么好处？', [['优先安排旺季仓位']], ['对到仓破损率连续两个季度低于1%的企业，优先安排旺季仓位'])
A('Z', 'en', 'list', 'What problems does the Zichuan plan list for running the public overseas warehouses?', [['拉美仓库存周转慢'], ['部分企业包装不规范'], ['中东清关资料要求多'], ['海外仓退货处理能力弱']],
  ['1. 拉美仓库存周转慢', '2. 部分企业包装不规范', '3. 中东清关资料要求多', '4. 海外仓退货处理能力弱'])
A('Z', 'zh', 'figure', '圣保罗仓和迪拜仓的平均库存周转天数分别是多少？', [['96天'], ['58天']], ['圣保罗仓平均库存周转天数为96天，明显高于迪拜仓的58天'])
A('Z', 'zh', 'reason', '淄川园区往拉美仓前置备货，为什么品种数量老是和实际卖的对不上？', [['对拉美市场需求研究不足']], [z_cause1, z_cause2])
A('Z', 'en', 'reason', "Why do Zichuan park firms' own packaging tests follow different standards?", [['尚未建立统一的包装检测实验室']], [z_cause2])
A('Z', 'en', 'reason', 'Where did most of the arrival breakage at the Zichuan warehouses come from in Jan–Oct 2024?', [['未使用标准内衬的企业']], ['2024年1—10月到仓破损的货物中，约七成来自未使用标准内衬的企业'])
A('Z', 'zh', 'reason', '淄川园区企业往中东发货为什么清关资料麻烦？', [['须提供符合性证书']], ['部分陶瓷餐具进入沙特阿拉伯须提供符合性证书，企业准备资料平均需要3周'])
A('Z', 'en', 'date', 'By when should the Zichuan park packaging test laboratory be finished?', [['2025年6月底前']], ['2025年6月底前建成园区包装检测实验室'])
A('Z', 'zh', 'other', '淄川园区海外仓工作专班谁当组长？多久开一次推进会？', [['园区运营公司总经理'], ['每季度']], ['成立由园区运营公司总经理任组长的海外仓工作专班，每季度召开一次推进会'])
N('Z', 'zh', 'figure', '淄川园区2026年跨境电商出口目标是多少？')
N('Z', 'en', 'figure', "What were the Zichuan park firms' cross-border exports for the full year 2024?")
N('Z', 'zh', 'figure', '利雅得公共海外仓的平均库存周转天数是多少？')
N('Z', 'en', 'figure', 'How much does the Dubai public warehouse of the Zichuan park charge per square metre for storage?')
N('Z', 'zh', 'figure', '淄川园区企业2023年跨境电商进口额是多少？')
N('Z', 'zh', 'reason', '淄川这个产业园当初为什么选在罗村镇建？')
N('Z', 'en', 'place', 'Which bank will lend against overseas-warehouse stock for the Zichuan park firms?')
N('Z', 'en', 'date', 'In which month did the Riyadh public warehouse of the Zichuan park open?')

# ---------------------------------------------------------------- C: Zhoucun (html, zh)
c_p1 = '2025年第三季度，全区陶瓷、玻璃器皿类跨境直播电商成交额1.86亿元，同比增长73.8%'
c_li3a = '直播间推出“破损包赔”服务，由合作保险机构承保，'
c_li3b = '消费者收货破损可在48小时内凭视频申请理赔，买家下单顾虑明显减少。'
c_next = ('下一步，区商务局将重点做好以下工作：一是第四季度在王村镇新建1个跨境直播分基地，新增直播间8个；二是组织企业与淄川陶瓷跨境电商产业园的公共海外仓对接，推动直播订单由海外仓发货；'
          '三是出台直播样品与实物一致性承诺制度，对投诉较多的直播间进行约谈；四是年底前再培训葡萄牙语主播20名。')
c_eu = '同期，面向欧洲市场的直播成交额同比下降12.4%，主要原因是欧洲时段的直播安排在国内凌晨，主播人手不足，有效直播场次比上年同期减少了三成。'
A('C', 'zh', 'figure', '周村2025年三季度陶瓷玻璃器皿跨境直播卖了多少？同比涨了多少？', [['1.86亿元'], ['73.8%']], [c_p1])
A('C', 'zh', 'figure', '周村三季度平均直播转化率是多少？比去年同期高了多少？', [['2.0%'], ['0.5个百分点']], ['全区平均直播转化率为2.0%，比上年同期提高0.5个百分点'])
A('C', 'en', 'figure', "What was Zhoucun's cumulative live-stream GMV for January to September 2025, and what share of the annual target is that?", [['4.52亿元'], ['69.5%']], ['2025年1—9月，全区累计成交额4.52亿元，已完成全年目标6.5亿元的69.5%'])
A('C', 'zh', 'figure', '周村2025年全年跨境直播成交额目标定的多少？', [['6.5亿元']], ['已完成全年目标6.5亿元的69.5%'])
A('C', 'zh', 'figure', '周村从2022年算起，跨境直播累计成交了多少？', [['10.3亿元']], ['2022年以来，全区累计实现跨境直播成交额10.3亿元'])
A('C', 'zh', 'figure', '周村现在有多少家企业在做跨境直播？', [['142家']], ['开展跨境直播的企业达到142家'])
A('C', 'en', 'definition', 'What counts as an "effective live-stream session" in the Zhoucun brief?', [['单场直播时长不少于1小时且累计观看人数不少于300人']], ['“有效直播场次”，是指单场直播时长不少于1小时且累计观看人数不少于300人的场次'])
A('C', 'zh', 'definition', '周村简报里的“直播转化率”怎么定义？', [['直播间下单人数占累计观看人数的比例']], ['“直播转化率”，是指直播间下单人数占累计观看人数的比例'])
A('C', 'zh', 'place', '周村三季度哪个区域的跨境直播成交额最高？是多少万元？', [['周村古商城跨境直播基地'], ['7200']], ['周村古商城跨境直播基地', '7200'])
A('C', 'en', 'list', 'Which places are lumped into "Other" in the Zhoucun district table?', [['萌水镇'], ['丝绸路街道'], ['永安街道']], ['注：“其他”含萌水镇、丝绸路街道、永安街道等。'])
A('C', 'zh', 'figure', '周村阿拉伯语直播的成交额占比和平均转化率是多少？', [['31%'], ['2.6%']], ['阿拉伯语', '31%', '2.6%'])
A('C', 'en', 'other', 'In which language did Zhoucun run the most effective live-stream sessions in Q3 2025, and how many?', [['英语'], ['1060']], ['英语', '1060'])
A('C', 'zh', 'figure', '周村三季度葡萄牙语直播有效场次有多少？', [['350']], ['葡萄牙语', '350'])
A('C', 'en', 'list', 'Which Middle East countries bought most from the Zhoucun live streams?', [['沙特阿拉伯'], ['阿联酋'], ['卡塔尔']], ['第三季度中东市场占38%，主要为沙特阿拉伯、阿联酋和卡塔尔'])
A('C', 'zh', 'list', '周村直播卖到拉美，主要是哪几个国家？占多少？', [['墨西哥'], ['智利'], ['巴西'], ['34%']], ['拉丁美洲占34%，主要为墨西哥、智利和巴西'])
A('C', 'zh', 'list', '周村跨境直播主要卖哪些商品？', [['玻璃杯具'], ['耐热玻璃餐具'], ['日用陶瓷餐具'], ['琉璃摆件']], ['主要商品为玻璃杯具、耐热玻璃餐具、日用陶瓷餐具和琉璃摆件'])
A('C', 'zh', 'reason', '周村三季度跨境直播成交额为什么涨得快？', [['跨境直播基地'], ['阿拉伯语、西班牙语主播'], ['破损包赔'], ['开学季', '年中促销']],
  ['区里在周村古商城建成跨境直播基地，提供12个多语种直播间和样品仓，入驻企业免费使用。', '区商务局与职业院校联合培养阿拉伯语、西班牙语主播，今年以来已有58名主播上岗。',
   c_li3a, c_li3b, '中东地区的开学季和拉美地区的年中促销活动带动了杯具和餐具需求。'])
A('C', 'en', 'reason', 'Why did Zhoucun live-stream sales to Europe drop in Q3 2025?', [['凌晨'], ['主播人手不足']], [c_eu])
A('C', 'zh', 'figure', '周村面向欧洲的直播成交额同比降了多少？', [['12.4%']], [c_eu])
A('C', 'zh', 'figure', '周村今年已经有多少名阿拉伯语、西班牙语主播上岗了？', [['58名']], ['区商务局与职业院校联合培养阿拉伯语、西班牙语主播，今年以来已有58名主播上岗。'])
A('C', 'en', 'figure', "If a buyer from a Zhoucun live stream gets broken goods, within how many hours must they claim under the 'breakage covered' service?", [['48小时内']], [c_li3a, c_li3b])
A('C', 'en', 'reason', 'Why have buyers become less hesitant to order in the Zhoucun live streams?', [['破损包赔']], [c_li3a, c_li3b])
A('C', 'zh', 'reason', '周村直播里杯具和餐具的需求为什么上来了？', [['开学季'], ['年中促销']], ['中东地区的开学季和拉美地区的年中促销活动带动了杯具和餐具需求。'])
A('C', 'zh', 'list', '周村跨境直播现在存在哪些问题？', [['小语种主播数量不足'], ['样品与实际发货商品在颜色、尺寸上存在差异'], ['易碎品售后压力大'], ['直播与海外仓衔接不够']],
  ['小语种主播数量不足，葡萄牙语主播仅有7人，难以满足巴西市场需求。', '部分直播间展示的样品与实际发货商品在颜色、尺寸上存在差异，引发退货纠纷。',
   '易碎品售后压力大，第三季度直播订单的收货破损投诉率为1.8%，高于普通订单。', '直播与海外仓衔接不够，多数订单仍从国内直发，平均送达时间在12天以上。'])
A('C', 'zh', 'reason', '周村直播为什么难以满足巴西市场需求？', [['葡萄牙语主播仅有7人']], ['小语种主播数量不足，葡萄牙语主播仅有7人，难以满足巴西市场需求。'])
A('C', 'en', 'reason', 'Why do Zhoucun live-stream sellers get return disputes?', [['样品与实际发货商品在颜色、尺寸上存在差异']], ['部分直播间展示的样品与实际发货商品在颜色、尺寸上存在差异，引发退货纠纷。'])
A('C', 'zh', 'reason', '周村直播订单为什么要12天以上才能送到？', [['多数订单仍从国内直发']], ['直播与海外仓衔接不够，多数订单仍从国内直发，平均送达时间在12天以上。'])
A('C', 'en', 'list', "What are the Zhoucun commerce bureau's next steps for cross-border live streaming?", [['王村镇新建1个跨境直播分基地'], ['公共海外仓对接'], ['一致性承诺制度'], ['葡萄牙语主播20名']], [c_next])
A('C', 'zh', 'figure', '周村王村镇新的直播分基地要新增几个直播间？', [['8个']], [c_next])
A('C', 'en', 'yesno', 'In the Zhoucun brief, are the year-on-year growth rates measured against Q3 2024?', [['同比增长为与2024年第三季度相比']], ['2. 同比增长为与2024年第三季度相比。'])
N('C', 'zh', 'figure', '周村2025年第二季度跨境直播成交额是多少？')
N('C', 'en', 'figure', "What was Mengshui town's live-stream GMV in Q3 2025?")
N('C', 'zh', 'figure', '周村2023年全年跨境直播成交额是多少？')
N('C', 'en', 'reason', "Why did Southeast Asia's share of Zhoucun live-stream sales change in Q3 2025?")
N('C', 'zh', 'figure', '周村现在有多少名西班牙语主播？')
N('C', 'zh', 'place', '给周村直播间“破损包赔”承保的是哪家保险公司？')
N('C', 'en', 'figure', "What is Zhoucun's full-year 2025 target for effective live-stream sessions?")

# ---------------------------------------------------------------- P: insurer report (pdf, zh)
p_2024 = '2024年，本公司为淄博地区跨境电商卖家承保货物41.3万票，保险金额18.6亿元，保费收入1930万元'
p_cases = '全年接报破损案件6820件，结案6410件，支付赔款1270万元，赔付率为65.8%'
p_2023 = '2023年，本公司承保货物27.5万票，支付赔款980万元，赔付率为72.4%'
p_q4 = '2024年第四季度接报破损案件2150件，占全年的31.5%，主要集中在发往中东和拉美的旺季货物'
p_reasons = ('从2024年结案的案件看，破损主要有三方面原因：一是包装强度不足，约46%的破损件使用了单层内衬或外箱仅为三层瓦楞纸箱；'
             '二是海运拼箱和中转次数多，发往拉美的货物平均中转2.4次，破损率是中东航线的1.6倍；三是海外仓尾程配送环节搬运不规范，尾程破损占全部破损件的22%')
p_pharma = '药用玻璃瓶破损率较低，原因是沂源的药用玻璃企业普遍采用整托盘缠绕膜包装和专用隔板，并以9710方式整柜直发境外制药企业'
p_rules = ['（1）单件陶瓷、琉璃或玻璃制品须使用独立内盒或隔板，内衬厚度不少于2厘米；', '（2）外箱须采用五层及以上瓦楞纸箱，单箱毛重不超过25公斤；',
           '（3）药用玻璃瓶须整托盘运输，托盘四周加装护角并缠绕不少于5层拉伸膜；', '（4）箱外须粘贴易碎品标识和向上标识，标识使用目的地语言；',
           '（5）发货前须对包装拍照或录像留存，保存期不少于1年。']
p_deduct = '一般货物每次事故免赔额为500元，药用玻璃瓶每次事故免赔额为2000元'
A('P', 'zh', 'figure', '泰和货运保险2024年给淄博跨境卖家承保了多少票货？保险金额多少？', [['41.3万票'], ['18.6亿元']], [p_2024])
A('P', 'zh', 'figure', '2024年保险公司接了多少起破损报案？结了多少？', [['6820件'], ['6410件']], [p_cases])
A('P', 'en', 'figure', 'How much did the insurer pay in breakage claims for Zibo sellers in 2024, and what was the loss ratio?', [['1270万元'], ['65.8%']], [p_cases])
A('P', 'zh', 'figure', '2023年这家货运险公司在淄博赔了多少钱？赔付率多少？', [['980万元'], ['72.4%']], [p_2023])
A('P', 'en', 'reason', 'Why were so many breakage claims reported in the fourth quarter of 2024?', [['发往中东和拉美的旺季货物']], [p_q4])
A('P', 'zh', 'figure', '2021年到2024年，这家保险公司在淄博一共赔了多少跨境运输破损款？', [['3180万元']], ['2021年至2024年，本公司在淄博地区累计支付跨境运输破损赔款3180万元'])
A('P', 'en', 'figure', 'What was the average claim settlement time in 2023 and in 2024?', [['26天'], ['19天']], ['平均结案周期由2023年的26天缩短至2024年的19天'])
A('P', 'zh', 'figure', '保险公司2026年想把赔付率和结案周期控制在什么水平？', [['60%以内'], ['12天']], ['到2026年，赔付率控制在60%以内，平均结案周期缩短至12天'])
A('P', 'en', 'definition', 'How does the insurer define the loss ratio in its breakage report?', [['已决赔款与同期保费收入之比']], ['“赔付率”，是指已决赔款与同期保费收入之比'])
A('P', 'zh', 'definition', '理赔报告里说的“免赔额”是什么意思？', [['由被保险人自行承担、保险人不予赔偿的损失金额']], ['“免赔额”，是指每次事故中由被保险人自行承担、保险人不予赔偿的损失金额'])
A('P', 'en', 'list', 'What items count as pharmaceutical glass packaging in the insurer report?', [['西林瓶'], ['安瓿'], ['药用玻璃管制瓶']], ['“药用玻璃包装”，是指用于盛装药品的西林瓶、安瓿和药用玻璃管制瓶'])
A('P', 'zh', 'list', '这份理赔报告的承保范围包括哪几种出口方式？', [['9610'], ['9710'], ['9810']], ['承保范围涵盖9610、9710和9810三种出口方式'])
A('P', 'zh', 'figure', '2024年药用玻璃瓶赔了多少万元？', [['180']], ['药用玻璃瓶　1.2%　0.9%　180　沂源'])
A('P', 'en', 'place', 'According to the insurer, where in Zibo do the pharmaceutical glass bottles mainly come from?', [['沂源']], ['药用玻璃瓶　1.2%　0.9%　180　沂源'])
A('P', 'zh', 'list', '理赔报告里玻璃器皿主要产自淄博哪些地方？', [['博山'], ['临淄']], ['玻璃器皿　2.7%　2.1%　360　博山、临淄'])
A('P', 'zh', 'reason', '保险公司分析，淄博跨境货物破损主要是什么原因？', [['包装强度不足'], ['中转次数多'], ['尾程配送环节搬运不规范']], [p_reasons])
A('P', 'en', 'reason', 'Why do pharmaceutical glass bottles from Zibo break less often than other goods?', [['整托盘缠绕膜包装'], ['专用隔板'], ['整柜直发']], [p_pharma])
A('P', 'en', 'reason', 'Why is breakage on goods to Latin America higher than on the Middle East route?', [['中转次数多', '平均中转2.4次']], [p_reasons])
A('P', 'zh', 'figure', '发往拉美的货破损率是中东航线的几倍？', [['1.6倍']], [p_reasons])
A('P', 'zh', 'list', '保险公司对淄博陶瓷玻璃类跨境货物定了哪些承保包装规则？', [['独立内盒或隔板'], ['五层及以上瓦楞纸箱'], ['整托盘运输'], ['易碎品标识和向上标识'], ['拍照或录像留存']], p_rules)
A('P', 'zh', 'date', '保险公司的承保包装规则从哪天开始执行？', [['2025年1月1日']], ['自2025年1月1日起，本公司对淄博地区陶瓷玻璃类跨境货物执行以下承保包装规则'])
A('P', 'en', 'figure', 'If my package breaks but I did not follow the packaging rules, how much will the insurer pay?', [['50%']], ['不符合上述规则的货物发生破损，本公司按损失金额的50%赔付'])
A('P', 'zh', 'list', '保险公司理赔中发现了哪些问题？', [['报案不及时'], ['证据不完整'], ['责任划分难'], ['重复索赔']], ['（一）报案不及时', '（二）证据不完整', '（三）责任划分难', '（四）重复索赔'])
A('P', 'en', 'figure', 'What is the reporting deadline for breakage after receipt, and what share of cases missed it?', [['7天'], ['18%']], ['约18%的案件超过收货后7天的报案时限，导致无法核实损失原因'])
A('P', 'zh', 'reason', '有些破损案件为什么没法核实损失原因？', [['超过收货后7天的报案时限']], ['约18%的案件超过收货后7天的报案时限，导致无法核实损失原因'])
A('P', 'en', 'reason', 'Why is it hard to decide who is responsible for breakage?', [['多次中转']], ['货物经多次中转，承运人、海外仓和卖家之间的责任难以认定'])
A('P', 'zh', 'list', '责任难认定，是在哪几方之间？', [['承运人'], ['海外仓'], ['卖家']], ['货物经多次中转，承运人、海外仓和卖家之间的责任难以认定'])
A('P', 'zh', 'list', '保险公司提了哪些工作建议？', [['明示破损理赔流程', '开箱视频'], ['共享入仓验收照片'], ['保险费率下调'], ['理赔信息核对机制']],
  ['一是卖家在直播和店铺页面明示破损理赔流程，引导买家收货时拍摄开箱视频；', '二是与淄川陶瓷跨境电商产业园等公共海外仓共享入仓验收照片，缩短定损时间；',
   '三是对连续12个月破损率低于1%的卖家，续保时保险费率下调10%至15%；', '四是与平台建立理赔信息核对机制，', '防止就同一损失重复获得赔偿。'])
A('P', 'zh', 'reason', '保险公司为什么要和平台建立理赔信息核对机制？', [['防止就同一损失重复获得赔偿']], ['四是与平台建立理赔信息核对机制，', '防止就同一损失重复获得赔偿。'])
A('P', 'zh', 'figure', '2024年还有多少件理赔案件没结？', [['410件']], ['2. 2024年未决案件410件，其损失金额未计入赔款。'])
A('P', 'en', 'yesno', "Does the insurer's report cover breakage on the domestic transport leg?", [['不涉及国内运输段的破损理赔']], ['3. 本报告不涉及国内运输段的破损理赔。'])
N('P', 'zh', 'figure', '这家保险公司2022年在淄博赔了多少跨境运输破损款？')
N('P', 'en', 'figure', 'What premium rate does the insurer charge for pharmaceutical glass vials?')
N('P', 'zh', 'figure', '琉璃工艺品2023年赔款是多少万元？')
N('P', 'en', 'figure', 'What was the breakage rate for products from Zhoucun in the insurer report?')
N('P', 'zh', 'figure', '2024年第四季度保险公司支付了多少赔款？')
N('P', 'zh', 'place', '个别卖家重复索赔涉及的是哪个跨境电商平台？')
N('P', 'en', 'list', 'Which Middle East countries had the highest breakage rates in the insurer report?')

# ---------------------------------------------------------------- D: Dubai guide (docx, en)
d_fig = 'Members\' purchases from Zibo sellers reached USD 21.8 million in 2024, up from USD 14.2 million in 2023'
d_q1 = 'In the first quarter of 2025 members bought USD 6.3 million, which is 31% more than in the same quarter of 2024'
d_pack = ['Each piece in its own inner box or divider, with at least 2 cm of cushioning on all sides.', 'Five-ply corrugated master cartons, gross weight no more than 25 kg per carton.',
          'Fragile and this-way-up marks printed in Arabic and English.', 'Pharmaceutical vials on stretch-wrapped pallets with corner boards, never loose in cartons.',
          'Photos or video of packed cartons kept by the seller for at least one year.']
d_why1 = 'First, Zibo prices for glassware and tableware remained on average 12% to 20% below comparable suppliers in other producing regions in 2024, while quality complaints fell.'
d_why2 = 'Second, several Zibo sellers now hold stock in Jebel Ali and Riyadh, so members can order small quantities for delivery within five working days instead of waiting six to eight weeks for a sea shipment.'
d_why3 = 'Third, live-stream buying sessions in Arabic, hosted from studios in Zhoucun and Boshan, let buyers inspect colours and finishes in real time without travelling to China.'
d_liuli = 'Orders of liuli art pieces grew more slowly than other lines because these items are mostly bought as gifts before Ramadan and Eid, and in 2024 several members had unsold stock left from the previous season.'
d_rec2a = 'Second, members should order seasonal goods such as Ramadan gift sets at least 90 days before the season, so that sellers can ship them to an overseas warehouse'
d_rec2b = 'in time for sea freight rather than air freight.'
A('D', 'en', 'figure', 'How much did the Dubai group members buy from Zibo sellers in 2024 compared with 2023?', [['USD 21.8 million'], ['USD 14.2 million']], [d_fig])
A('D', 'zh', 'figure', '迪拜那个家居进口商团体，2025年一季度从淄博采购了多少？同比涨了多少？', [['USD 6.3 million'], ['31%']], [d_q1])
A('D', 'zh', 'figure', '海湾家居进口商团体给2026年定的淄博采购目标是多少？', [['USD 35 million']], ['The Sourcing Committee has set a target of USD 35 million for 2026'])
A('D', 'en', 'figure', 'How many of the Gulf group\'s member companies ordered from a Zibo seller in 2024?', [['57'], ['72']], ["Of the Group's 72 member companies, 57 placed at least one order with a Zibo seller in 2024"])
A('D', 'zh', 'figure', '迪拜这个团体从海外仓交货的订单占比，2023年和2024年各是多少？', [['18%'], ['33%']], ['The share of orders delivered from overseas warehouses rose from 18% in 2023 to 33% in 2024'])
A('D', 'en', 'definition', 'How does the Dubai buying guide define the landed breakage rate?', [["the number of pieces found broken when a shipment is opened at the buyer's warehouse in the Gulf, divided by the number of pieces shipped"]],
  ["Landed breakage rate: the number of pieces found broken when a shipment is opened at the buyer's warehouse in the Gulf, divided by the number of pieces shipped."])
A('D', 'zh', 'definition', '迪拜采购指南里的 sample lead time 指的是什么？', [["the number of calendar days between the buyer's request for a physical sample and the arrival of that sample in Dubai"]],
  ["Sample lead time: the number of calendar days between the buyer's request for a physical sample and the arrival of that sample in Dubai."])
A('D', 'zh', 'figure', '迪拜会员买博山琉璃艺术品，起订量一般多少？生产交期几天？', [['200 pieces'], ['45']], ['Liuli glaze art and gifts', '200 pieces', '45'])
A('D', 'en', 'figure', 'What was the 2024 landed breakage rate of pharmaceutical vials and ampoules bought by the Gulf group?', [['0.6%']], ['Pharmaceutical vials and ampoules', '0.6%'])
A('D', 'zh', 'place', '迪拜那份指南里，药用玻璃瓶和安瓿来自淄博哪个地方？', [['Yiyuan']], ['Pharmaceutical vials and ampoules', 'Yiyuan'])
A('D', 'en', 'list', 'Which Zibo areas supply the drinking glasses bought by the Gulf importers?', [['Boshan'], ['Zhoucun']], ['Drinking glasses and glassware', 'Boshan, Zhoucun'])
A('D', 'zh', 'figure', '迪拜会员2024年买了多少玻璃杯和玻璃器皿（百万美元）？', [['6.2']], ['Drinking glasses and glassware', '6.2'])
A('D', 'en', 'other', 'Which members are covered by the pharmaceutical glass figures in the Gulf guide?', [['four members that supply clinics and compounding pharmacies in the UAE and Oman']],
  ['The pharmaceutical glass figures cover only the four members that supply clinics and compounding pharmacies in the UAE and Oman.'])
A('D', 'en', 'list', 'What packaging requirements should Gulf members write into purchase contracts with Zibo sellers?', [['own inner box or divider'], ['Five-ply corrugated master cartons'], ['Fragile and this-way-up marks'], ['stretch-wrapped pallets'], ['Photos or video of packed cartons']], d_pack)
A('D', 'zh', 'figure', '按迪拜的包装要求，每个外箱毛重不能超过多少？', [['25 kg']], [d_pack[1]])
A('D', 'zh', 'list', '迪拜会员要求易碎和向上标识用什么语言印？', [['Arabic'], ['English']], [d_pack[2]])
A('D', 'zh', 'reason', '迪拜的指南为什么建议卖家按这些规则包装？', [['qualify for the freight insurance'], ['breakage claims much faster to settle']],
  ['Sellers that follow these rules usually qualify for the freight insurance offered by their Zibo insurers, which makes breakage claims much faster to settle.'])
A('D', 'en', 'reason', 'Why have Gulf members been buying more from Zibo?', [['12% to 20% below comparable suppliers'], ['hold stock in Jebel Ali and Riyadh'], ['live-stream buying sessions in Arabic']], [d_why1, d_why2, d_why3])
A('D', 'zh', 'figure', '淄博玻璃器皿和餐具比其他产区的同类供应商平均便宜多少？', [['12% to 20%']], [d_why1])
A('D', 'zh', 'list', '淄博卖家在海湾哪些地方放了现货？', [['Jebel Ali'], ['Riyadh']], [d_why2])
A('D', 'zh', 'place', '给迪拜买家的阿拉伯语直播是从淄博哪里播出的？', [['Zhoucun'], ['Boshan']], [d_why3])
A('D', 'zh', 'reason', '迪拜会员采购琉璃艺术品为什么增长得慢？', [['gifts before Ramadan and Eid'], ['unsold stock left from the previous season']], [d_liuli])
A('D', 'en', 'list', 'What problems did the Gulf members report with Zibo purchases in 2024?', [['Breakage on long routes'], ['Slow claims'], ['Colour differences'], ['Certification documents'], ['Storage charges']],
  ['(a) Breakage on long routes.', '(b) Slow claims.', '(c) Colour differences.', '(d) Certification documents.', '(e) Storage charges.'])
A('D', 'zh', 'figure', '卖家没有装箱照片的话，破损理赔平均要多少天？', [['41 days']], ['When the seller had no packing photos, breakage claims took on average 41 days to settle.'])
A('D', 'en', 'reason', 'Why did some breakage claims by Gulf members take 41 days on average?', [['the seller had no packing photos']], ['When the seller had no packing photos, breakage claims took on average 41 days to settle.'])
A('D', 'en', 'figure', 'After how many days in an overseas warehouse does stock attract long-term storage fees?', [['90 days']], ['Stock left in overseas warehouses for more than 90 days attracted long-term storage fees, which some sellers passed on to buyers.'])
A('D', 'zh', 'figure', '转运两次以上的货，到货破损率大概是直航杰贝阿里的多少？', [['about twice']], ['Shipments that were transhipped twice or more had a landed breakage rate about twice that of direct sailings to Jebel Ali.'])
A('D', 'en', 'list', "What are the Dubai group's recommendations to members buying from Zibo?", [['packing photos'], ['at least 90 days before the season'], ['colour reference samples'], ['buying mission']],
  ['First, members should ask sellers for packing photos before every shipment', d_rec2a, 'Third, members should agree colour reference samples in writing before any order placed during a live-stream session.',
   'Fourth, the Sourcing Committee will organise a buying mission to Boshan and Zichuan in October 2025'])
A('D', 'zh', 'date', '迪拜那个团体的采购团打算什么时候去博山和淄川？', [['October 2025']], ['Fourth, the Sourcing Committee will organise a buying mission to Boshan and Zichuan in October 2025'])
A('D', 'en', 'reason', 'Why should Gulf members order Ramadan gift sets at least 90 days ahead?', [['in time for sea freight rather than air freight']], [d_rec2a, d_rec2b])
A('D', 'zh', 'yesno', '迪拜这份采购指南算法律意见吗？', [['This guide is not legal advice']], ['Note 3: This guide is not legal advice; members remain responsible for import licences and product registration in each Gulf country.'])
A('D', 'en', 'date', 'When was the Gulf Home Goods Importers Group buying guide issued?', [['12 May 2025']], ['Issued by the Sourcing Committee on 12 May 2025 for members only.'])
A('D', 'zh', 'other', '迪拜这份2025年采购指南取代了哪个文件？', [["the Group's 2023 sourcing note"]], ["It replaces the Group's 2023 sourcing note."])
N('D', 'en', 'figure', 'How much did the Gulf group members buy from Zibo in the second quarter of 2025?')
N('D', 'zh', 'figure', '迪拜这个团体的会员2022年一年从淄博买了多少？')
N('D', 'en', 'figure', 'What was the landed breakage rate of household tableware in 2023?')
N('D', 'zh', 'figure', '迪拜会员从沂源买药用玻璃瓶，每只单价是多少？')
N('D', 'en', 'figure', 'How much did the Gulf members buy from Linzi sellers in 2024?')
N('D', 'zh', 'figure', '2024年淄博卖家对海湾地区的跨境出口总额是多少？')
N('D', 'en', 'reason', "Why did the Gulf members' purchases of pharmaceutical vials grow in 2024?")
N('D', 'zh', 'figure', '迪拜这个团体2025年全年的淄博采购目标是多少？')
N('D', 'en', 'date', "When was the Gulf group's 2023 sourcing note issued?")

# ---------------------------------------------------------------- S: Santiago note (txt, en)
s_h1 = 'In the first half of 2025 our members ordered USD 8.4 million from Zibo sellers, 38% more than in the first half of 2024'
s_wh = 'The warehouse share reached 41%, mainly because a public overseas warehouse set up by a ceramics park in Zichuan opened in Quilicura, north of Santiago, in April 2025.'
s_why1 = 'First, freight rates from Qingdao to San Antonio and Valparaíso in the first half of 2025 were about a quarter lower than a year earlier.'
s_why2 = 'Second, with stock now held in Quilicura, our chains can reorder fast-selling glassware in two to three days instead of waiting about 45 days for a sailing.'
s_why3 = 'Third, Spanish-language live-stream sessions from Zhoucun let our category managers see new designs every week and place trial orders of a few hundred pieces.'
s_root_a = 'Most of these problems come from one root cause: sellers plan packaging and shipping for the Middle East, where routes are shorter, and apply the same'
s_root_b = 'plans to South America without change.'
s_recs = ['- Ask every Zibo seller for drop-test results at 1.2 metres before the first order.', '- Prefer sellers that use the Quilicura warehouse for fast-moving lines, and keep direct shipping for full containers.',
          '- Put Spanish labelling and instructions into every purchase contract, with the cost borne by the seller.', '- Combine orders of several chains for liuli gifts so that minimum orders can be met.',
          "- Send the Office's quality inspector to Zibo before the Christmas season; a visit is planned for September 2025."]
A('S', 'en', 'figure', 'How much did the Santiago buying office members order from Zibo in the first half of 2025, and what was the growth?', [['USD 8.4 million'], ['38%']], [s_h1])
A('S', 'zh', 'figure', '圣地亚哥那个采购办公室2025年第二季度从淄博下了多少订单？', [['USD 4.9 million']], ['The second quarter alone accounted for USD 4.9 million.'])
A('S', 'zh', 'figure', '智利采购办公室从2022年开始从淄博采购，累计下单多少？', [['USD 27.6 million']], ['Since the Office began buying from Zibo in 2022, cumulative orders have reached USD 27.6 million.'])
A('S', 'en', 'figure', 'What are the Santiago office targets for Zibo orders in 2025 and 2027?', [['USD 18 million'], ['USD 30 million']], ['Our target for full-year 2025 is USD 18 million, and the Office aims to reach USD 30 million in 2027.'])
A('S', 'zh', 'figure', '2025年上半年给智利连锁店供货的淄博供应商有多少家？2024年全年呢？', [['46'], ['31']], ['The number of Zibo suppliers with at least one order rose to 46 in the first half of 2025, compared with 31 in 2024 as a whole.'])
A('S', 'en', 'figure', "How did the Chilean members' average claims rate change from 2024 to the first half of 2025?", [['2.8%'], ['1.7%']], ['The average claims rate fell from 2.8% in 2024 to 1.7% in the first half of 2025.'])
A('S', 'zh', 'figure', '智利那边2025年上半年从海外仓交货的比例是多少？', [['41%']], [s_wh])
A('S', 'en', 'place', 'Where in Chile did the public overseas warehouse of the Zichuan ceramics park open, and when?', [['Quilicura'], ['April 2025']], [s_wh])
A('S', 'zh', 'reason', '智利采购办公室的海外仓交货占比为什么升到了41%？', [['public overseas warehouse set up by a ceramics park in Zichuan opened in Quilicura']], [s_wh])
A('S', 'zh', 'definition', '智利采购办公室说的 claims rate 怎么算？', [['the value of breakage claims filed by our members divided by the value of goods received']],
  ['"Claims rate" means the value of breakage claims filed by our members divided by the value of goods received, in per cent.'])
A('S', 'en', 'definition', 'What does one "order" mean in the Santiago buyers\' note?', [['one purchase order confirmed on a platform, whatever the number of containers']],
  ['An "order" is one purchase order confirmed on a platform, whatever the number of containers.'])
A('S', 'zh', 'definition', '智利那份说明里 warehouse share 是什么意思？', [['the share of order value delivered to our members from a warehouse in Chile rather than shipped directly from China']],
  ['"Warehouse share" means the share of order value delivered to our members from a warehouse in Chile rather than shipped directly from China.'])
A('S', 'zh', 'figure', '智利从沂源下的订单有多少（百万美元）？理赔率多少？', [['1.1'], ['0.4%']], ['| Yiyuan | 1.1 | 0% | 0.4% | amber glass bottles, vials |'])
A('S', 'en', 'reason', 'Why is the warehouse share for Yiyuan goods zero in the Santiago note?', [['go only to the pharmacy chain'], ['full pallets direct from China']], ['Yiyuan goods go only to the pharmacy chain, which takes full pallets direct from China.'])
A('S', 'zh', 'list', '智利那张表里的 Other 包括淄博哪些地方？', [['Linzi'], ['Huantai']], ['"Other" includes Linzi and Huantai.'])
A('S', 'en', 'place', 'Which area of Zibo had the highest claims rate in the Chilean orders, and how high?', [['Boshan'], ['2.3%']], ['| Boshan | 2.2 | 38% | 2.3% | glassware, liuli gifts |'])
A('S', 'zh', 'list', '智利连锁店从周村主要买什么产品？', [['drinking glasses'], ['bakeware']], ['| Zhoucun | 1.5 | 47% | 1.9% | drinking glasses, bakeware |'])
A('S', 'zh', 'reason', '智利采购办公室认为从淄博的订单为什么增长？', [['freight rates', 'about a quarter lower'], ['stock now held in Quilicura'], ['Spanish-language live-stream sessions']], [s_why1, s_why2, s_why3])
A('S', 'en', 'reason', 'Why did orders from Zhangdian grow more slowly than from the other areas?', [['hotel porcelain depends on new hotel projects'], ['postponed to 2026']],
  ['The reason is that hotel porcelain depends on new hotel projects, and several projects in Chile were postponed to 2026.'])
A('S', 'zh', 'figure', '2025年上半年青岛到智利的运费比一年前低了多少？', [['about a quarter lower']], [s_why1])
A('S', 'en', 'list', 'Which Chilean ports are named for the Zibo shipments from Qingdao?', [['San Antonio'], ['Valparaíso']], [s_why1])
A('S', 'zh', 'list', '智利采购经理提出了淄博订单的哪些问题？', [['Breakage on the long route'], ['Slow settlement of claims'], ['Labels and instructions'], ['Minimum orders']],
  ['(1) Breakage on the long route.', '(2) Slow settlement of claims.', '(3) Labels and instructions.', '(4) Minimum orders.'])
A('S', 'en', 'list', 'Where do containers to Chile change vessels, causing more broken pieces?', [['Panama'], ['Callao']], ['Containers that change vessels in Panama or Callao arrive with more broken pieces'])
A('S', 'zh', 'reason', '智利那边有些破损理赔为什么拖到八周？', [["the seller's insurer needed original photos from China"]], ["Where the seller's insurer needed original photos from China, claims took up to eight weeks."])
A('S', 'en', 'reason', 'What root cause does the Santiago office see behind most problems with Zibo orders?', [['sellers plan packaging and shipping for the Middle East'], ['apply the same', 'plans to South America without change']], [s_root_a, s_root_b])
A('S', 'zh', 'other', '智利对食品接触类商品的标签有什么要求？', [['Spanish labels']], ['Chilean rules require Spanish labels on food-contact items'])
A('S', 'en', 'list', 'What does the Santiago buying office recommend its chains do when buying from Zibo?', [['drop-test results at 1.2 metres'], ['Quilicura warehouse'], ['Spanish labelling and instructions'], ['Combine orders'], ['quality inspector']], s_recs)
A('S', 'zh', 'reason', '智利采购办公室为什么建议几家连锁一起合并下琉璃礼品的单？', [['so that minimum orders can be met']], [s_recs[3]])
A('S', 'zh', 'figure', '智利采购办公室要求淄博卖家提供多高的跌落测试结果？', [['1.2 metres']], [s_recs[0]])
A('S', 'zh', 'date', '智利采购办公室的质检员计划什么时候去淄博？', [['September 2025']], [s_recs[4]])
A('S', 'en', 'figure', 'How many retail chains buy through the Andes Retail Buying Office?', [['14']], ['Circulation: the 14 retail chains that buy through the Office'])
A('S', 'zh', 'yesno', '智利那份说明里，药房连锁的订单算进总数了吗？', [['included in all totals above']], ["Note 3: The pharmacy chain's orders are included in all totals above."])
A('S', 'en', 'list', 'What kinds of retailers are covered in the Santiago buyers\' note?', [['department stores'], ['home-goods chains'], ['one pharmacy chain']], ['It covers department stores, home-goods chains and one pharmacy chain.'])
N('S', 'en', 'figure', 'What did the Chilean chains order from Zibo in the first quarter of 2024?')
N('S', 'zh', 'figure', '智利采购办公室2026年的淄博订单目标是多少？')
N('S', 'en', 'figure', 'How much did the Chilean retailers export to Zibo in the first half of 2025?')
N('S', 'zh', 'figure', '智利连锁店2025年上半年从临淄下了多少订单？')
N('S', 'en', 'figure', 'What storage fee does the Quilicura warehouse charge per pallet?')
N('S', 'zh', 'figure', '智利采购办公室2023年一年从淄博订了多少货？')
N('S', 'en', 'place', 'What is the name of the pharmacy chain that buys amber glass bottles from Yiyuan?')
N('S', 'zh', 'list', '智利采购办公室认可的淄博优质供应商名单里有哪些企业？')


def main():
    texts = {k: text(v) for k, v in DOCS.items()}
    counters = {'zh': 0, 'en': 0}
    out = []
    for doc, lang, typ, question, answers, quotes in Q:
        counters[lang] += 1
        iid = 'h23-%s-%03d' % (lang, counters[lang])
        if answers is None:
            o = dict(id=iid, lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True)
        else:
            for q in quotes:
                assert '\n' not in q and q in texts[doc], (iid, doc, q)
            for g in answers:
                for a in g:
                    assert any(a in q for q in quotes), (iid, a)
            o = dict(id=iid, lang=lang, type=typ, question=question, answers=answers,
                     evidence=[dict(source=DOCS[doc], quote=q) for q in quotes], unanswerable=False)
        assert (lang == 'zh') == bool(re.search(r'[\u4e00-\u9fff]', question)), iid
        out.append(o)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))

if __name__ == '__main__':
    main()
