#!/usr/bin/env python3
"""Writes ../gold.jsonl from the hand-written questions below (python3, standard library only)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
L = 'h14_zh_longyan_cbec_talent_employment_bulletin_2024.txt'
Q = 'h14_zh_quzhou_pilot_zone_annual_assessment_2024.md'
Z = 'h14_zh_zhenjiang_digital_trade_services_bulletin_2025h1.html'
N = 'h14_zh_ningde_green_packaging_pilot_evaluation_2024.pdf'
W = 'h14_en_warsaw_marketplace_festival_season_newsletter_2025.docx'
G = 'h14_en_gothenburg_marketplace_packaging_carbon_newsletter_2025.txt'

def text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    return open(p, encoding='utf-8').read()

def ln(src, prefix):
    """The whole line of src that starts with prefix (for table rows)."""
    for line in text(src).split('\n'):
        if line.startswith(prefix):
            return line
    raise KeyError(prefix)

ITEMS = []

def A(lang, typ, q, answers, src, quotes):
    if isinstance(quotes, str):
        quotes = [quotes]
    groups = [a if isinstance(a, list) else [a] for a in answers]
    ITEMS.append((lang, typ, q, groups, [{'source': src, 'quote': x} for x in quotes], False))

def U(lang, typ, q):
    ITEMS.append((lang, typ, q, [], [], True))

# ---------------------------------------------------------------- Longyan (txt)
A('zh', 'figure', '龙岩这次做跨境电商人才统计，一共覆盖了多少家经营主体？', ['412家'], L,
  '覆盖全市7个县（市、区）登记在册的跨境电商经营主体412家')
A('en', 'definition', 'In the Longyan bulletin, who actually counts as a cross-border e-commerce practitioner?', [['月均工作时间不少于120小时', '不少于120小时'], ['跨境电商经营主体']], L,
  '是指在跨境电商经营主体中从事选品、运营、客服、物流、视觉设计、数据分析等岗位，且月均工作时间不少于120小时的人员')
A('zh', 'definition', '龙岩公报里的"新增就业"怎么算？签了合同要干满多久才算数？', [['满3个月']], L,
  '是指统计期内首次与跨境电商经营主体签订劳动合同或服务协议满3个月的人员')
A('en', 'yesno', 'Does the Longyan "driven employment" number also include the e-commerce practitioners themselves?', [['不含跨境电商从业人员本身']], L,
  '为跨境电商提供物流、包装、摄影、代运营等配套服务所吸纳的人员，不含跨境电商从业人员本身')
A('zh', 'figure', '到2024年底，龙岩做跨境电商的从业人员有多少？比前一年多了百分之几？', ['1.86万人', '23.8%'], L,
  '2024年末，全市跨境电商从业人员达1.86万人，比上年末增长23.8%')
A('en', 'figure', 'How many new cross-border e-commerce jobs did Longyan create in 2024, and how fast was that up?', ['4120人', '17.5%'], L,
  '全年新增就业4120人，同比增长17.5%')
A('en', 'figure', 'first half of 2024 in Longyan, how many new job and what part were college graduate?', ['1730人', '38.6%'], L,
  '2024年上半年，全市新增就业1730人，其中高校毕业生占38.6%')
A('zh', 'date', '2024年龙岩哪个季度新增跨境电商就业最多？', [['第四季度'], ['1280人']], L,
  '2024年第四季度新增就业1280人，为全年新增就业最多的季度')
A('en', 'figure', 'From 2021 through 2024, how many training sessions did Longyan run in total, and how many trainee attendances?', ['286期', '2.35万人次'], L,
  '2021年至2024年，全市累计新增跨境电商就业1.12万人，累计开展各类培训286期、培训2.35万人次')
A('zh', 'figure', '龙岩跨境电商从业人员平均一个月挣多少？跟城镇非私营单位的职工比高多少？', ['6840元', ['约9%', '9%']], L,
  ['从业人员月平均工资为6840元，比上年提高5.2%，比全市城镇非私营单位在岗职工月平均', '工资高出约9%'])
A('en', 'figure', "I do customer service for a Longyan seller. What's the average monthly pay for my kind of job, and what do operations people get?", ['4960元', '8150元'], L,
  '其中运营岗位月平均工资8150元，客服岗位月平均工资4960元')
A('zh', 'figure', '按龙岩的三年行动方案，2026年从业人员要到多少人？持证上岗比例目标是多少？', ['2.5万人', '60%'], L,
  '到2026年全市跨境电商从业人员力争达到2.5万人，持证上岗比例达到60%')
A('en', 'place', 'Which county-level area of Longyan saw the fastest growth in practitioners in 2024?', [['上杭县'], ['31.2%']], L,
  ln(L, '上杭县'))
A('zh', 'figure', '新罗区2024年末有多少跨境电商从业人员？全年新增就业多少人？', ['7260', '1620'], L, ln(L, '新罗区 '))
A('en', 'list', 'What are the main jobs in Wuping county cross-border e-commerce according to the table?', ['物流', '包装'], L, ln(L, '武平县'))
A('zh', 'yesno', '表里新罗区的数字是不是把龙岩经开区也算进去了？', [['新罗区含龙岩经济技术开发区数据']], L,
  '注：新罗区含龙岩经济技术开发区数据；长汀县数据含纺织服装产业带企业。')
A('en', 'list', 'Give me the breakdown of Longyan practitioners by role: operations, customer service, logistics and others.', ['32.0%', '24.6%', '18.2%', '25.2%'], L,
  '运营岗位占32.0%，客服岗位占24.6%，物流仓储岗位占18.2%，其他岗位占25.2%')
A('zh', 'reason', '龙岩跨境电商从业人员这两年为啥涨得这么快？', [['产业带加快"触网出海"', '产业带'], ['职业技能提升补贴目录'], ['开设跨境电商方向课程']], L,
  ['一是长汀县纺织服装、上杭县工艺品等产业带加快"触网出海"，带动运营和客服岗位需求上升', '二是市人社部门将跨境电商运营纳入职业技能提升补贴目录', '三是龙岩学院、闽西职业技术学院等院校开设跨境电商方向课程'])
A('en', 'reason', 'Why did Zhangping grow slower than the rest of Longyan?', [['以花卉苗木B2B出口为主', '花卉苗木B2B出口'], ['业务季节性强'], ['用工以短期为主']], L,
  '漳平市增速低于全市平均水平，主要原因是当地跨境电商以花卉苗木B2B出口为主，业务季节性强、用工以短期为主')
A('en', 'figure', 'If I take a subsidised cross-border operations course in Longyan, what is the most the subsidy pays per person?', ['1500元'], L,
  '每人最高补贴1500元，全年补贴培训6200人次')
A('en', 'list', 'Which colleges in Longyan opened cross-border e-commerce courses?', ['龙岩学院', '闽西职业技术学院'], L,
  '三是龙岩学院、闽西职业技术学院等院校开设跨境电商方向课程，2024年共输送毕业生830人')
A('zh', 'list', '统计局认为龙岩跨境电商人才方面主要有哪些毛病？', ['高端人才缺口较大', '人员流动性偏高', '持证上岗比例偏低', '县域培训资源不足'], L,
  ['（一）高端人才缺口较大', '（二）人员流动性偏高', '（三）持证上岗比例偏低', '（四）县域培训资源不足'])
A('en', 'reason', 'Why does the Longyan bulletin say the gap in high-end talent is big?', [['仅占从业人员的6.8%', '6.8%'], ['四成以上为高级运营岗位']], L,
  '能够独立操盘多平台运营的人员仅占从业人员的6.8%，企业反映的岗位空缺中有四成以上为高级运营岗位')
A('zh', 'reason', '为什么说龙岩人员流动性偏高？', ['27.9%', ['超过35%']], L,
  '2024年从业人员年离职率为27.9%，其中客服岗位离职率超过35%')
A('en', 'reason', 'Why is the certification rate called too low in Longyan?', ['41.2%', '距2026年目标差距较大'], L,
  '2024年末持有跨境电商相关职业技能等级证书的人员占比为41.2%，距2026年目标差距较大')
A('zh', 'reason', '凭什么说龙岩县里的培训资源不够？', [['近六成集中在新罗区'], ['9期和7期']], L,
  '全市培训中有近六成集中在新罗区，武平县、连城县全年分别只开展培训9期和7期')
A('en', 'list', 'What does the Longyan statistics bureau recommend doing next?', ['高级运营人才引进计划', '师带徒', '县域跨境电商实训基地', '统计监测制度'], L,
  ['一是实施高级运营人才引进计划', '二是推动企业建立"师带徒"机制，降低客服岗位流失率', '三是在长汀县、上杭县建设2个县域跨境电商实训基地', '四是完善跨境电商从业人员统计监测制度'])
A('zh', 'figure', '我是做多平台的高级运营，要是被龙岩引进过去，每个月能领多少生活补贴？能领多久？', ['每月2000元', '最长24个月'], L,
  '对引进的高级运营人才给予每人每月2000元生活补贴，补贴期限最长24个月')
A('en', 'list', 'Where will the two county training bases in Longyan be built?', ['长汀县', '上杭县'], L, '三是在长汀县、上杭县建设2个县域跨境电商实训基地')
A('zh', 'reason', '龙岩为什么要推企业搞"师带徒"？', [['降低客服岗位流失率']], L, '二是推动企业建立"师带徒"机制，降低客服岗位流失率')
U('zh', 'figure', '2025年上半年龙岩新增了多少跨境电商就业？')
U('en', 'figure', "What is Longyan's target number of cross-border e-commerce practitioners for 2025?")
U('zh', 'figure', '龙岩跨境电商物流岗位的月平均工资是多少？')
U('en', 'figure', 'How many cross-border e-commerce practitioners were there in Qingliu county at the end of 2024?')
U('en', 'reason', "Why did Liancheng county's practitioner numbers grow slower than the city average?")
U('zh', 'figure', '光龙岩学院一所学校2024年输送了多少跨境电商毕业生？')
U('zh', 'list', '龙岩的职业技能提升补贴目录里除了跨境电商运营，还列了哪些跨境电商工种？')

# ---------------------------------------------------------------- Quzhou (md)
A('zh', 'figure', '衢州这次第三方评估走访了几家企业？问卷收回多少份？', ['58家', '246份'], Q, '实地走访企业58家，回收有效问卷246份')
A('en', 'list', 'What are the five first-level indicators in the Quzhou pilot zone assessment?', ['发展规模', '主体培育', '创新示范', '服务保障', '发展环境'], Q,
  '按发展规模、主体培育、创新示范、服务保障、发展环境5个一级指标加权计算的百分制得分')
A('en', 'figure', 'How much weight do "development scale" and "service support" carry in the Quzhou composite score?', ['30%', '15%'], Q,
  '其中发展规模权重30%，主体培育权重25%，创新示范权重20%，服务保障权重15%，发展环境权重10%')
A('zh', 'definition', '衢州综试区评估里考多少分算"良好"？', [['75分至85分']], Q, '得分85分及以上为"优秀"，75分至85分为"良好"，60分至75分为"合格"')
A('en', 'definition', 'What is an "active entity" in the Quzhou evaluation?', [['全年出口额不低于10万元', '不低于10万元'], ['通过跨境电商方式实现出口']], Q,
  '是指评估年度内通过跨境电商方式实现出口、且全年出口额不低于10万元的企业或个体工商户')
A('zh', 'figure', '衢州综试区2024年综合评估得了多少分？比2023年多了几分？', ['78.6分', '6.2分'], Q,
  '2024年衢州综试区综合评估得分为78.6分，比2023年的72.4分提高6.2分')
A('en', 'figure', "What was Quzhou zone's composite score in 2023, and which grade did it have then?", ['72.4分', '合格'], Q,
  ['2024年衢州综试区综合评估得分为78.6分，比2023年的72.4分提高6.2分', '评估等级由"合格"升为"良好"'])
A('en', 'other', 'Where did Quzhou rank among the pilot zones of its province in 2024, and how many places did it climb?', ['第6位', '前移3位'], Q,
  '在全省12个综试区中排名第6位，比上年前移3位')
A('zh', 'figure', '衢州2024年跨境电商进出口一共多少？增长了多少？', ['46.8亿元', '27.3%'], Q,
  '2024年全市跨境电商进出口额46.8亿元，同比增长27.3%，其中出口41.5亿元、进口5.3亿元')
A('en', 'figure', "What was Quzhou's cross-border e-commerce import and export value for January to September 2024?", ['33.2亿元'], Q,
  '2024年1—9月，全市跨境电商进出口额33.2亿元')
A('zh', 'figure', '衢州的活跃主体2024年上半年有多少家，到年底又有多少家？', ['386家', '512家'], Q, '活跃主体2024年上半年为386家，年末达到512家')
A('en', 'date', 'Since which year has the Quzhou zone been approved, and how much trade has it done cumulatively since then?', ['2020年', '142.6亿元'], Q,
  '自2020年获批设立以来，综试区累计实现跨境电商进出口额142.6亿元')
A('en', 'figure', 'What are the Quzhou import/export targets for 2025 and for 2027?', ['60亿元', '100亿元'], Q,
  '到2025年全市跨境电商进出口额目标为60亿元，到2027年目标为100亿元、活跃主体突破800家')
A('zh', 'figure', '到2027年衢州活跃主体的目标是多少家？', [['突破800家', '800家']], Q,
  '到2027年目标为100亿元、活跃主体突破800家')
A('en', 'other', "Which of Quzhou's first-level indicators had the best provincial ranking in 2024?", ['创新示范', '第4位'], Q, '| 创新示范 | 20% | 68.6 | 79.5 | 第4位 |')
A('zh', 'figure', '服务保障这一项衢州2023年和2024年分别得了多少分？', ['76.2', '77.4'], Q, '| 服务保障 | 15% | 76.2 | 77.4 | 第8位 |')
A('zh', 'place', '衢州市内哪个县区评估排第一？得了多少分？', ['柯城区', '82.3'], Q, '| 柯城区 | 82.3 | 76.1 | 第1位 | 12.6 |')
A('en', 'figure', 'I run a root-carving live-stream shop in Kaihua. Where did Kaihua rank inside Quzhou and with what score?', ['第3位', '76.9'], Q, '| 开化县 | 76.9 | 70.8 | 第3位 | 5.1 |')
A('zh', 'yesno', '衢州智造新城参加县级评估排名吗？', [['不参与县级评估排名']], Q,
  '其他区域为衢州智造新城、衢州经济技术开发区等功能区，不参与县级评估排名')
A('zh', 'reason', '衢州综试区2024年得分为什么上去了？', ['创新示范指标明显改善', '主体培育成效显现', ['专项资金3200万元', '市级财政安排跨境电商专项资金']], Q,
  ['一是创新示范指标明显改善', '二是主体培育成效显现', '三是市级财政安排跨境电商专项资金3200万元，比上年增加800万元'])
A('en', 'figure', 'How many new active entities did Quzhou add in 2024, and how many firms export more than 10 million yuan a year?', ['147家', '23家'], Q,
  '全年新增活跃主体147家，其中年出口额超过1000万元的企业达到23家')
A('zh', 'list', '衢州创新示范这块有哪些亮点做法？', ['特种纸+跨境电商', '根雕直播出海'], Q,
  '龙游县"特种纸+跨境电商"产业带项目入选省级跨境电商产业带培育名单，开化县首创"根雕直播出海"模式')
A('en', 'reason', 'Why did the service support score of Quzhou improve the least?', [['功能升级项目延期至2025年上线', '延期至2025年上线'], ['未能实现全流程覆盖']], Q,
  ['主要原因是衢州跨境电商公共服务平台功能升级项目延期至2025年上线', '年度内线上通关、退税等服务未能实现全流程覆盖'])
A('zh', 'list', '评估组在衢州综试区发现了哪几方面问题？', ['发展规模与目标差距较大', '县域发展不平衡', '进口业务占比偏低', '数据统计口径不统一'], Q,
  ['1. 发展规模与目标差距较大', '2. 县域发展不平衡', '3. 进口业务占比偏低', '4. 数据统计口径不统一'])
A('en', 'reason', 'Why did the assessors cut some counties\' reported numbers in Quzhou, and by how much?', ['将一般贸易线上成交额计入跨境电商数据', '2.7亿元'], Q,
  '部分县（市、区）将一般贸易线上成交额计入跨境电商数据，评估组核减相关数据共计2.7亿元')
A('en', 'reason', 'Why do the assessors say development in Quzhou counties is unbalanced?', [['柯城区出口额占全市的30.4%', '30.4%'], ['常山县得分连续两年处于市内末位']], Q,
  '柯城区出口额占全市的30.4%，常山县得分连续两年处于市内末位')
A('zh', 'reason', '为啥说衢州进口这块比较弱？', ['11.3%', '保税进口业务尚未起步'], Q, '进口额仅占进出口总额的11.3%，保税进口业务尚未起步')
A('en', 'list', 'What did the evaluators recommend to Quzhou?', ['一次性奖励10万元', '一网通办', '县域结对帮扶', '跨境电商+保税', '数据核验机制'], Q,
  ['聚焦发展规模短板，对年出口额首次突破500万元的企业给予一次性奖励10万元', '加快公共服务平台升级，力争2025年6月底前实现通关、结汇、退税"一网通办"', '实施县域结对帮扶，由柯城区、龙游县分别与常山县、衢江区结对', '探索"跨境电商+保税"进口模式，争取设立保税物流中心（B型）', '建立跨境电商数据核验机制，按季度开展数据抽查'])
A('zh', 'figure', '我们厂今年跨境出口头一回过了500万，按衢州的建议能拿多少奖励？', ['一次性奖励10万元'], Q, '对年出口额首次突破500万元的企业给予一次性奖励10万元')
A('en', 'list', 'In the Quzhou pairing plan, which counties get paired with Kecheng and with Longyou?', ['常山县', '衢江区'], Q, '由柯城区、龙游县分别与常山县、衢江区结对')
U('zh', 'figure', '衢州2026年的跨境电商进出口额目标定的是多少？')
U('en', 'figure', 'How much did Quzhou trade via cross-border e-commerce in the first half of 2024?')
U('en', 'figure', "What was Qujiang district's cross-border e-commerce import value in 2024?")
U('zh', 'figure', '衢州智造新城这次评估得了多少分？')
U('en', 'figure', 'What was the provincial ranking of the Quzhou "development scale" indicator in 2023?')
U('zh', 'figure', '衢州2025年市级跨境电商专项资金安排了多少？')
U('en', 'reason', 'Why did Changshan county get the lowest score in Quzhou?')

U('zh', 'list', '2024年衢州新入选省级名单的跨境电商龙头企业有哪几家？')
# ---------------------------------------------------------------- Zhenjiang (html)
A('en', 'list', 'What two parts make up "digital trade" in the Zhenjiang bulletin?', ['数字订购贸易', '数字交付贸易'], Z,
  '是指以数字技术为支撑、以数据为关键要素，通过信息通信网络实现订购或交付的贸易活动，包括数字订购贸易和数字交付贸易两部分')
A('zh', 'definition', '镇江公报里"数字交付贸易"指的是什么？', [['通过信息通信网络以数字形式跨境交付的服务贸易']], Z,
  '是指通过信息通信网络以数字形式跨境交付的服务贸易，主要包括软件和信息技术服务、数字内容、工业设计和工程技术服务、跨境电商平台服务等')
A('en', 'list', 'Which kinds of services are counted in digitally delivered trade in Zhenjiang?', ['软件和信息技术服务', '数字内容', '工业设计和工程技术服务', '跨境电商平台服务'], Z,
  '是指通过信息通信网络以数字形式跨境交付的服务贸易，主要包括软件和信息技术服务、数字内容、工业设计和工程技术服务、跨境电商平台服务等')
A('zh', 'definition', '离岸服务外包执行额是怎么个口径？', [['承接境外客户委托、在境内完成的服务外包合同实际执行金额']], Z,
  '是指本市企业承接境外客户委托、在境内完成的服务外包合同实际执行金额')
A('zh', 'figure', '镇江今年上半年数字贸易做了多少？同比涨了多少？', ['68.4亿元', '14.6%'], Z, '2025年上半年，全市数字贸易额68.4亿元，同比增长14.6%')
A('en', 'figure', 'How big was digitally delivered trade in Zhenjiang in H1 2025 and its growth?', ['27.9亿元', '19.2%'], Z, '数字交付贸易额27.9亿元，同比增长19.2%')
A('en', 'figure', "What were Zhenjiang's cross-border e-commerce exports in the first half of 2025?", ['29.8亿元'], Z, '数字订购贸易额40.5亿元，同比增长11.6%，其中跨境电商出口29.8亿元')
A('zh', 'figure', '镇江二季度数字贸易额多少？比一季度涨了多少？', ['37.1亿元', '18.5%'], Z, '第二季度全市数字贸易额37.1亿元，环比增长18.5%')
A('en', 'figure', "Zhenjiang digital trade for whole 2024, how much, and how big share was digital delivered?", ['128.7亿元', '38.2%'], Z,
  '2024年全年，全市数字贸易额128.7亿元，数字交付贸易占数字贸易额的比重为38.2%')
A('zh', 'figure', '从2022年算到2025年6月，镇江数字贸易累计做了多少？', ['402.3亿元'], Z, '2022年至2025年6月，全市累计实现数字贸易额402.3亿元')
A('en', 'figure', 'How much offshore service outsourcing did Zhenjiang firms carry out in H1 2025?', ['1.86亿美元', '9.8%'], Z, '上半年全市离岸服务外包执行额1.86亿美元，同比增长9.8%')
A('en', 'figure', "What are Zhenjiang's digital trade goals for 2027?", ['200亿元', '45%'], Z, '到2027年全市数字贸易额力争达到200亿元，数字交付贸易占比提高到45%')
A('zh', 'place', '镇江哪个地方上半年数字贸易额最大？', ['丹阳市', '18.6'], Z, ['丹阳市', '18.6'])
A('en', 'figure', 'How much digitally delivered trade did Jingkou district have in H1 2025?', ['7.3'], Z, ['京口区', '7.3'])
A('en', 'figure', "I make glasses in Danyang and sell online abroad. How fast did Danyang's digital trade grow this half year?", ['12.1%'], Z, ['丹阳市', '12.1%', '眼镜跨境电商、工业设计服务'])
A('zh', 'other', '扬中市的数字贸易主要做的是哪块？', ['电气工程设计服务'], Z, ['扬中市', '电气工程设计服务'])
A('en', 'place', 'Which area of Zhenjiang grew the slowest in digital trade in H1 2025?', ['丹徒区', '9.7%'], Z, ['丹徒区', '9.7%'])
A('zh', 'yesno', '镇江新区的数据会不会和所在的行政区重复算？', [['不与所在行政区重复计算']], Z, '注：镇江新区为功能区，其数据不与所在行政区重复计算。')
A('zh', 'figure', '代运营、营销推广这类跨境电商平台服务上半年有多少？占多少？', ['4.1', '14.7%'], Z, ['跨境电商平台服务（代运营、营销推广）', '4.1', '14.7%'])
A('en', 'list', 'Which markets took the digitally delivered exports of Zhenjiang?', ['东盟', '欧盟', '中国香港', '美国'], Z,
  '从市场看，上半年数字交付贸易出口中，东盟占28.4%，欧盟占21.7%，中国香港占13.5%，美国占10.2%。')
A('zh', 'reason', '镇江上半年数字交付贸易为什么比数字订购贸易长得快？', ['软件和动漫企业承接境外订单增加', '设计+跨境电商', '数字贸易公共服务平台上线'], Z,
  ['一是京口区、润州区软件和动漫企业承接境外订单增加，新签离岸服务外包合同额同比增长24.3%', '二是丹阳市眼镜企业从单纯卖货转向"设计+跨境电商"模式，工业设计服务出口明显增长', '三是市级数字贸易公共服务平台上线，为企业提供数据出境合规咨询312次'])
A('en', 'reason', 'Why did digitally delivered trade grow faster in Zhenjiang — what happened with the eyewear makers in Danyang?', ['从单纯卖货转向"设计+跨境电商"模式', '工业设计服务出口明显增长'], Z,
  '二是丹阳市眼镜企业从单纯卖货转向"设计+跨境电商"模式，工业设计服务出口明显增长')
A('en', 'reason', 'Why is Dantu lagging behind the city average?', [['以跨境电商货物出口为主'], ['小额包裹税收政策调整'], ['订单量有所回落']], Z,
  ['主要原因是当地以跨境电商货物出口为主', '受部分海外市场小额包裹税收政策调整影响，订单量有所回落'])
A('zh', 'list', '镇江数字贸易眼下主要有哪些问题？', ['统计基础仍较薄弱', '龙头企业偏少', '数据跨境流动合规成本较高', '复合型人才不足'], Z,
  ['统计基础仍较薄弱，数字交付贸易中有相当部分依靠企业自报，部门间数据尚未完全共享。', '龙头企业偏少，数字交付贸易额超过1亿元的企业仅有7家。', '数据跨境流动合规成本较高，受访企业平均每年用于数据合规的支出约18万元。', '复合型人才不足，既懂外语又懂软件开发和国际营销的人才缺口较大。'])
A('en', 'reason', 'Why does the Zhenjiang bulletin say there are too few leading firms?', ['仅有7家'], Z, '龙头企业偏少，数字交付贸易额超过1亿元的企业仅有7家。')
A('zh', 'reason', '为什么说镇江的数字贸易统计基础薄弱？', ['依靠企业自报', '部门间数据尚未完全共享'], Z,
  '统计基础仍较薄弱，数字交付贸易中有相当部分依靠企业自报，部门间数据尚未完全共享。')
A('zh', 'figure', '在镇江，企业一年花在数据合规上的钱大概多少？', ['约18万元'], Z, '数据跨境流动合规成本较高，受访企业平均每年用于数据合规的支出约18万元。')
A('en', 'list', "What are Zhenjiang's next steps for digital trade?", ['统计监测联席机制', '培育数字贸易重点企业', '数据出境合规服务中心', '数字贸易方向课程'], Z,
  ['一是建立数字贸易统计监测联席机制，按季度发布监测数据', '二是培育数字贸易重点企业，力争2026年数字交付贸易额超过1亿元的企业达到12家', '三是在镇江新区建设数据出境合规服务中心', '四是支持江苏大学等高校开设数字贸易方向课程'])
A('zh', 'place', '镇江的数据出境合规服务中心打算建在哪儿？', ['镇江新区'], Z, '三是在镇江新区建设数据出境合规服务中心')
A('en', 'other', 'In which currency is the offshore outsourcing figure of Zhenjiang given?', ['美元'], Z, '离岸服务外包执行额按美元计价，其余金额按人民币计价。')
U('en', 'figure', "What were Zhenjiang's cross-border e-commerce imports in the first half of 2025?")
U('zh', 'figure', '句容市上半年离岸服务外包执行额是多少？')
U('en', 'figure', 'What is the 2026 target for total digital trade value in Zhenjiang?')
U('en', 'figure', "What share of Zhenjiang's digitally delivered exports went to Japan?")
U('zh', 'figure', '镇江2025年第一季度离岸服务外包执行额是多少？')
U('en', 'figure', 'By what percent did Zhenjiang digital trade grow in full-year 2024?')
U('zh', 'other', '镇江市数字贸易公共服务平台是由哪个部门或单位运营的？')

U('zh', 'list', '镇江新签离岸服务外包合同的境外客户主要来自哪些国家？')
# ---------------------------------------------------------------- Ningde (pdf)
A('en', 'list', 'Where did the Ningde green packaging pilot first start?', ['蕉城区', '福安市', '福鼎市'], N,
  '2022年7月，宁德综试区在蕉城区、福安市、福鼎市启动跨境电商绿色包装试点，首批试点企业36家')
A('zh', 'date', '宁德跨境电商绿色包装试点是啥时候开始的？', ['2022年7月'], N,
  '2022年7月，宁德综试区在蕉城区、福安市、福鼎市启动跨境电商绿色包装试点，首批试点企业36家')
A('zh', 'list', '2024年宁德绿色包装试点新扩到了哪两个县？', ['霞浦县', '古田县'], N, '2024年试点范围扩大至霞浦县、古田县，试点企业增至78家')
A('en', 'figure', 'How many companies were in the Ningde packaging pilot at the beginning and how many in 2024?', ['36家', '78家'], N,
  '首批试点企业36家；2024年试点范围扩大至霞浦县、古田县，试点企业增至78家')
A('en', 'definition', 'What counts as "green packaging" in the Ningde evaluation?', [['可回收、可降解或可循环材料'], ['包装空隙率不超过20%']], N,
  '采用可回收、可降解或可循环材料，且包装空隙率不超过20%的跨境电商出口包装')
A('zh', 'definition', '包装减量率是跟哪一年比的？', ['2021年'], N, '是指试点企业单位包裹包装材料重量比基期下降的幅度，基期为2021年')
A('en', 'definition', 'How many times must a box be reusable to be a "reusable express box" in Ningde?', ['不少于20次'], N, '是指可重复使用不少于20次的硬质周转箱')
A('en', 'definition', 'What does a "carbon footprint label" disclose in the Ningde report?', ['单件商品全生命周期碳排放数据'], N, '在商品页面或包装上披露的单件商品全生命周期碳排放数据')
A('zh', 'figure', '2023年宁德试点企业发了多少出口包裹？绿色包装用了多大比例？', ['2860万件', '62.5%'], N,
  '2023年，试点企业跨境电商出口包裹2860万件，绿色包装使用率为62.5%，包装减量率为14.8%')
A('en', 'figure', 'For January–September 2024, what were the green packaging usage rate and the packaging reduction rate in Ningde?', ['78.3%', '21.6%'], N,
  '2024年1—9月，试点企业出口包裹2470万件，绿色包装使用率提高到78.3%，包装减量率达到21.6%')
A('zh', 'figure', '宁德试点到现在一共少用了多少包装材料，相当于少排多少二氧化碳？', ['约3150吨', '约6900吨'], N,
  '试点启动以来，累计减少包装材料使用约3150吨，折合减少二氧化碳排放约6900吨')
A('en', 'figure', "What are Ningde's 2026 targets for green packaging use and packaging reduction?", ['95%', '30%'], N,
  '到2026年绿色包装使用率达到95%，包装减量率达到30%，试点企业达到120家')
A('zh', 'figure', '有碳足迹标识的商品，2023年有多少款，2026年目标多少款？', ['140', '1500'], N, '获得碳足迹标识的商品（款）　140　465　1500')
A('en', 'place', 'Which part of Ningde uses green packaging the most?', ['福鼎市', '84.6%'], N, '福鼎市以白茶出口为主，绿色包装使用率最高，为84.6%')
A('en', 'figure', 'We export lithium battery parts from Jiaocheng. What is the green packaging usage rate there?', ['73.5%'], N, '蕉城区以锂电配件和海产品出口为主，使用率为73.5%')
A('zh', 'figure', '福安市的绿色包装使用率是多少？', ['81.2%'], N, '福安市以电机、食品出口为主，使用率为81.2%')
A('zh', 'list', '往欧盟出口的宁德企业主要碰到哪些包装方面的要求？', ['包装生产者责任（EPR）注册', '包装可回收性说明'], N,
  '对欧盟市场出口的企业主要面临包装生产者责任（EPR）注册、包装可回收性说明等要求')
A('en', 'figure', 'How many items were delisted or sent back due to packaging problems in Jan–Sep 2024, and in whole 2023?', ['1260件', '3380件'], N,
  '2024年1—9月，试点企业因包装不合规被境外平台下架或退回的商品为1260件，2023年全年为3380件')
A('zh', 'reason', '评估组觉得宁德绿色包装试点做出成效靠的是什么？', ['按采购额的20%给予补贴', '可循环快递箱回收通道', '境外包装法规培训14场'], N,
  ['一是市级财政对采购绿色包装材料的企业按采购额的20%给予补贴，单家企业每年最高30万元', '二是宁德综试区公共海外仓与本地包装企业合作，建立了可循环快递箱回收通道', '三是组织开展境外包装法规培训14场，覆盖企业人员920人次'])
A('en', 'figure', 'If my Ningde company buys green packaging materials, how much subsidy can we get?', ['采购额的20%', '每年最高30万元'], N,
  '一是市级财政对采购绿色包装材料的企业按采购额的20%给予补贴，单家企业每年最高30万元')
A('en', 'reason', 'Why is green packaging use low in Xiapu?', ['冷冻海产品', '保温和防漏包装要求高', '可替代的绿色材料成本偏高'], N,
  ['主要原因是当地出口以冷冻海产品为主', '对保温和防漏包装要求高，可替代的绿色材料成本偏高'])
A('zh', 'list', '宁德这个绿色包装试点现在还有哪些问题？', ['绿色包装成本仍然偏高', '碳足迹核算能力不足', '可循环快递箱回收率不高', '境外规则信息获取滞后'], N,
  ['（一）绿色包装成本仍然偏高', '（二）碳足迹核算能力不足', '（三）可循环快递箱回收率不高', '（四）境外规则信息获取滞后'])
A('en', 'reason', 'Why do the assessors say green packaging is still too expensive in Ningde?', ['0.86元'], N, '受访企业反映绿色包装单件成本比传统包装平均高出0.86元')
A('zh', 'reason', '为什么说宁德企业碳足迹核算能力不够？', [['仅有19家', '19家']], N, '78家试点企业中仅有19家能够独立完成产品碳足迹核算')
A('en', 'reason', 'why they say the reusable box recovery is not good enough?', ['68.7%', '海外段回收尤为困难'], N, '2024年1—9月回收率为68.7%，海外段回收尤为困难')
A('zh', 'reason', '为啥说企业了解境外规则滞后？', ['41.2%', '被平台提醒后才了解新规'], N, '有41.2%的受访企业表示是在被平台提醒后才了解新规')
A('en', 'list', 'What does the Ningde evaluation recommend?', ['将补贴比例从20%提高到30%', '第三方碳核算服务机构', '可循环快递箱回收点', '境外包装与碳规则预警平台'], N,
  ['一是提高绿色包装补贴力度，将补贴比例从20%提高到30%。', '二是引入第三方碳核算服务机构，为中小企业免费核算不少于200款商品的碳足迹。', '三是在公共海外仓所在城市设立可循环快递箱回收点。', '四是建立境外包装与碳规则预警平台，每月发布规则动态。'])
A('zh', 'figure', '评估组建议给中小企业免费算碳足迹，至少算多少款商品？', ['不少于200款'], N, '为中小企业免费核算不少于200款商品的碳足迹')
A('en', 'figure', 'How many packaging-rule training sessions were held for Ningde firms, reaching how many people?', ['14场', '920人次'], N, '三是组织开展境外包装法规培训14场，覆盖企业人员920人次')
U('en', 'figure', 'What was the green packaging usage rate of the Ningde pilot for the full year 2024?')
U('zh', 'figure', '宁德2025年绿色包装使用率的目标是多少？')
U('en', 'figure', "What was Gutian county's packaging reduction rate?")
U('zh', 'figure', '宁德试点企业跨境电商进口包裹有多少件？')
U('en', 'figure', 'By what percent did the pilot firms\' export parcels grow in 2023?')
U('zh', 'other', '宁德打算引入的第三方碳核算服务机构具体是哪一家？')
U('zh', 'figure', '寿宁县的跨境电商绿色包装使用率是多少？')

U('en', 'list', "Which cities host the Ningde zone's public overseas warehouses?")
# ---------------------------------------------------------------- Warsaw (docx)
A('zh', 'date', '这个波兰平台说的"节日季"是从几号到几号？', ['1 November to 24 December'], W,
  'the "festival season" means the period from 1 November to 24 December')
A('en', 'list', 'Which sales events are in the Vistula Market festival season?', ["Singles' Day", 'Black Week', 'Mikołajki', 'Christmas peak'], W,
  "covering Singles' Day (11 November), Black Week, Mikołajki (6 December) and the Christmas peak")
A('en', 'definition', 'Is Vistula GMV counted before or after returns, and does it include VAT?', [['before returns and cancellations'], ['including VAT and delivery fees']], W,
  'means the value of orders placed by buyers, including VAT and delivery fees, before returns and cancellations')
A('zh', 'definition', '准时发货率怎么算？节日商品承诺几天内发货？', [['two working days'], ['handed to a carrier within the promised handling time']], W,
  'The "on-time dispatch rate" is the share of orders handed to a carrier within the promised handling time, which is two working days for festival listings')
A('en', 'yesno', "My company is registered in Hong Kong. Does Vistula count me as a China-based seller?", [['mainland China or Hong Kong']], W,
  'A "China-based seller" is a seller whose registered business address is in mainland China or Hong Kong')
A('zh', 'figure', '2024年节日季中国卖家在波兰这个平台卖了多少？比2023年涨了多少？', ['PLN 418 million', '31%'], W,
  'China-based sellers recorded GMV of PLN 418 million during the 2024 festival season, up 31% from PLN 319 million in the 2023 festival season')
A('zh', 'figure', '中国卖家2024年第四季度和全年的GMV分别是多少？', ['PLN 596 million', 'PLN 1.62 billion'], W,
  'In the fourth quarter of 2024 as a whole, their GMV reached PLN 596 million, and for the full year 2024 it was PLN 1.62 billion')
A('en', 'figure', 'Since Vistula opened to cross-border sellers, how much GMV have China-based sellers made in total?', ['PLN 3.9 billion'], W,
  'China-based sellers have generated a cumulative GMV of PLN 3.9 billion')
A('zh', 'date', 'Vistula Market哪一年开始对跨境卖家开放的？', ['2021'], W, 'Since we opened the marketplace to cross-border sellers in 2021')
A('en', 'figure', 'How much GMV did China-based sellers do in H1 2025?', ['PLN 870 million'], W, 'In the first half of 2025, China-based sellers generated GMV of PLN 870 million')
A('zh', 'figure', '春季促销Spring Days是哪几天？卖了多少？', ['17 to 30 March 2025', 'PLN 96 million'], W,
  'Our Spring Days campaign (17 to 30 March 2025) alone brought in PLN 96 million')
A('en', 'figure', 'what was the average festival order worth in 2024 compare to 2023?', ['PLN 142', 'PLN 131'], W,
  'The average festival order was worth PLN 142, compared with PLN 131 in 2023')
A('zh', 'figure', '准时发货率2023年和2024年节日季各是多少？', ['86.9%', '91.4%'], W,
  'The on-time dispatch rate improved from 86.9% in the 2023 season to 91.4% in the 2024 season')
A('zh', 'figure', '2024年底平台上有多少活跃中国卖家？到2026年节日季目标是多少？', ['2,340', '4,000'], W,
  ['At the end of 2024 we had 2,340 active China-based sellers', 'Our goal is 4,000 active China-based sellers and a 30% share of festival GMV by the 2026 season'])
A('en', 'list', 'Which Chinese provinces do the festival sales on Vistula mostly come from?', ['Zhejiang', 'Guangdong', 'Fujian', 'Jiangsu'], W,
  'Sellers registered in Zhejiang and Guangdong together accounted for 58% of China-based festival GMV, followed by Fujian with 14% and Jiangsu with 9%')
A('zh', 'figure', '福建卖家占中国卖家节日季GMV的多少？', ['14%'], W,
  'Sellers registered in Zhejiang and Guangdong together accounted for 58% of China-based festival GMV, followed by Fujian with 14% and Jiangsu with 9%')
A('zh', 'place', '2024年节日季哪个波兰城市增长最快？', ['Gdańsk'], W, 'Growth was fastest in Gdańsk, mainly because a new parcel locker network along the coast')
A('en', 'reason', 'Why Gdańsk grew the fastest in the festival season?', [['a new parcel locker network along the coast', 'parcel locker network'], ['cut failed last-mile deliveries']], W,
  ['Growth was fastest in Gdańsk, mainly because a new parcel locker network along the coast', 'went live in October 2024 and cut failed last-mile deliveries.'])
A('en', 'other', 'What was the top-selling category in Poznań?', ['Toys and games'], W, ['Poznań', 'Toys and games'])
A('zh', 'reason', '波兹南为什么比其他城市长得慢？', [['two local toy retailers ran aggressive price matching during Black Week', 'aggressive price matching']], W,
  'Poznań grew more slowly than the other cities, mainly because two local toy retailers ran aggressive price matching during Black Week')
A('en', 'reason', 'What made the 2024 festival season go well for China-based sellers?', ['Vistula Fulfilment', 'co-funded PLN 12 million of festival coupons', 'Polish titles checked by a native speaker'], W,
  ['First, more sellers used our local warehouse programme, Vistula Fulfilment', 'Second, Vistula Market co-funded PLN 12 million of festival coupons', 'the share of China-based listings with Polish titles checked by a native speaker rose from 38% to 67%'])
A('zh', 'figure', '用Vistula Fulfilment的中国卖家从多少家涨到多少家？订单几天能到？', ['from 180 to 410', '1.8 days'], W,
  'the number of China-based sellers using it rose from 180 to 410, and their festival orders arrived in 1.8 days on average, against 6.5 days for orders shipped directly from China')
A('zh', 'place', 'Vistula Fulfilment的仓库在哪里？', ['Stryków near Łódź'], W, 'Vistula Fulfilment, in Stryków near Łódź')
A('zh', 'list', '波兰这个平台复盘2024年节日季，发现了哪些问题？', ['Late dispatch on peak days', 'High returns in apparel', 'Price-display breaches', 'Stock-outs', 'Slow customer service'], W,
  ['(a) Late dispatch on peak days', '(b) High returns in apparel', '(c) Price-display breaches', '(d) Stock-outs', '(e) Slow customer service'])
A('en', 'figure', 'How low did on-time dispatch drop on the worst peak days?', ['78.2%'], W, 'on 2 and 3 December the on-time dispatch rate fell to 78.2%')
A('zh', 'reason', '服装退货为什么那么多？', [['size charts were missing or used only Asian sizes', 'size charts were missing']], W,
  '18.6% of festival apparel orders were returned, mostly because size charts were missing or used only Asian sizes')
A('en', 'reason', 'Why were 146 listings taken down during the festival?', [['did not match the lowest price of the previous 30 days']], W,
  '146 listings were removed because the "was" price did not match the lowest price of the previous 30 days')
A('en', 'date', "What's the deadline to register festival listings for 2025?", ['15 October 2025'], W, 'First, register your festival listings by 15 October 2025')
A('zh', 'reason', '为什么一定要在10月15日前报名节日商品？', [['will not be shown on festival landing pages']], W,
  'listings registered later will not be shown on festival landing pages')
A('en', 'list', 'What does Vistula advise sellers to do for the 2025 season?', ['register your festival listings by 15 October 2025', '20 best-selling products into Vistula Fulfilment', 'size charts in centimetres', 'plan stock for Mikołajki separately', 'answer buyer messages in Polish within 12 hours'], W,
  ['First, register your festival listings by 15 October 2025', 'Second, move at least your 20 best-selling products into Vistula Fulfilment by 31 October 2025', 'Third, add size charts in centimetres to every apparel listing', 'We also recommend that sellers plan stock for Mikołajki separately from Black Week, and that they answer buyer messages in Polish within 12 hours'])
A('zh', 'figure', '拿到"Festival Ready"徽章要什么条件？能省多少佣金？', ['above 95%', '2 percentage points'], W,
  'we will award a "Festival Ready" badge to sellers whose on-time dispatch rate is above 95% in September and October; badge holders will get a commission discount of 2 percentage points during the festival season')
U('zh', 'figure', '2024年上半年中国卖家在Vistula Market的GMV是多少？')
U('en', 'figure', 'What was the average order value during the Spring Days campaign?')
U('en', 'figure', 'How much festival GMV did China-based sellers make with buyers in Łódź in 2024?')
U('zh', 'figure', '2025年节日季平台给活跃中国卖家定的目标是多少家？')
U('en', 'figure', 'What was the festival return rate in the 2023 season?')
U('zh', 'figure', '河北卖家占中国卖家节日季GMV多少？')
U('en', 'other', 'Which company runs the new parcel lockers along the coast near Gdańsk?')
U('zh', 'reason', '为什么克拉科夫的节日季增长比华沙快？')

U('en', 'list', 'Which product categories were left out of the Vistula co-funded festival coupons?')
# ---------------------------------------------------------------- Gothenburg (txt)
A('zh', 'list', 'Kattegat Market上的跨境卖家大多是从哪几个省发货的？', ['Guangdong', 'Zhejiang', 'Fujian'], G,
  'Most of our cross-border sellers ship from Guangdong, Zhejiang and Fujian')
A('en', 'definition', 'What exactly is the packaging fee on Kattegat Market?', [['producer responsibility fee'], ['for every kilogram of packaging that reaches buyers in Sweden']], G,
  'The "packaging fee" is the producer responsibility fee that we collect from sellers for every kilogram of packaging that reaches buyers in Sweden')
A('zh', 'definition', '瑞典这个平台说的"空隙率"（void ratio）是什么意思？', [["the share of a parcel's inside volume that is empty space or filled only with padding", 'empty space or filled only with padding']], G,
  'The "void ratio" is the share of a parcel\'s inside volume that is empty space or filled only with padding')
A('en', 'list', 'What inputs does Kattegat use to work out the delivery carbon estimate?', ["parcel's weight", 'transport route', 'carrier'], G,
  "calculated from the parcel's weight, the transport route and the carrier")
A('zh', 'figure', '2024年Kattegat一共收了多少包装费？其中中国卖家交了多少？', ['SEK 14.6 million', 'SEK 9.1 million'], G,
  'In 2024 we collected packaging fees of SEK 14.6 million from cross-border sellers, of which SEK 9.1 million came from China-based sellers')
A('en', 'figure', 'What was the void ratio of China-based parcels in the first half vs the second half of 2024?', ['52%', '41%'], G,
  ['In the first half of 2024 the average void ratio of parcels from China-based sellers was 52%', 'in the second half of 2024 it fell to 41%'])
A('zh', 'figure', '2024年四季度中国卖家的包裹有多少是无塑料的？前一年同期呢？', ['46%', '29%'], G,
  'In the fourth quarter of 2024, 46% of their parcels were plastic-free, up from 29% in the fourth quarter of 2023')
A('zh', 'figure', 'Green Parcel项目开始以来一共减少了多少包装？', ['about 1,240 tonnes'], G,
  'Since our Green Parcel programme started in 2022, participating sellers have removed about 1,240 tonnes of packaging in total')
A('en', 'list', "What are Kattegat's packaging and carbon goals for 2027?", ['below 30%', '80%', '250 grams per parcel'], G,
  'By 2027 we aim to bring the average void ratio below 30%, raise the share of plastic-free parcels to 80% and cut the average delivery carbon estimate to 250 grams per parcel')
A('zh', 'figure', '中国卖家2024年的订单里，斯德哥尔摩买家下的占多少？', ['34%'], G,
  'Buyers in Stockholm placed 34% of orders with China-based sellers in 2024, Gothenburg 17%, Malmö 12% and Uppsala 6%')
A('zh', 'list', '"green delivery"绿色配送2024年先在哪些城市试点？', ['Gothenburg', 'Malmö'], G,
  'was piloted in Gothenburg and Malmö in 2024 and will reach Stockholm and Uppsala in June 2025')
A('en', 'date', 'When will the green delivery option come to Stockholm?', ['June 2025'], G,
  'was piloted in Gothenburg and Malmö in 2024 and will reach Stockholm and Uppsala in June 2025')
A('zh', 'definition', '平台的"green delivery"选项具体是怎么操作的？', [['bundles parcels to the same postcode and ships them on one day']], G,
  'The "green delivery" option, which bundles parcels to the same postcode and ships them on one day')
A('zh', 'figure', '塑料膜和塑料袋包装2025年和2026年每公斤收多少？', ['4.10', '5.00'], G, ln(G, 'Plastic film and bags'))
A('en', 'figure', 'What was the fee per kg for paper and cardboard in 2024?', ['1.10'], G, ln(G, 'Paper and cardboard'))
A('zh', 'figure', '我用可降解（compostable）塑料做包装，2026年每公斤要交多少包装费？', ['3.80'], G, ln(G, 'Compostable plastic'))
A('zh', 'yesno', '寄到挪威和丹麦的订单，Kattegat也收包装费吗？', [['not charged a packaging fee by us']], G,
  "Orders delivered to Norway and Denmark are not charged a packaging fee by us, but sellers may have duties under those countries' own schemes")
A('en', 'reason', 'Why are the Kattegat packaging fees going up?', [['the national collection scheme has raised its own charges', 'raised its own charges'], ['expensive to sort and recycle'], ['smaller and lighter']], G,
  ['First, the national collection scheme has raised its own charges because the share of household packaging that must be collected separately keeps rising', 'Second, plastic film and bags are expensive to sort and recycle', 'Third, cross-border parcels have become smaller and lighter, which means more packaging per kilogram of goods sold'])
A('zh', 'reason', '为什么塑料膜的包装费是所有材料里最高的？', [['expensive to sort and recycle']], G,
  'Second, plastic film and bags are expensive to sort and recycle, so the scheme now charges them more than any other material')
A('en', 'reason', 'How come the void ratio dropped so fast in the second half of 2024?', [['right-sized cartons printed in three standard sizes', 'right-sized cartons']], G,
  ['The average void ratio fell so quickly in the second half of 2024 mainly because our largest China-based sellers switched to', 'right-sized cartons printed in three standard sizes.'])
A('zh', 'reason', '国家回收体系为啥要涨自己的收费？', [['the share of household packaging that must be collected separately keeps rising']], G,
  'First, the national collection scheme has raised its own charges because the share of household packaging that must be collected separately keeps rising')
A('en', 'list', 'What problems did the Kattegat compliance checks find?', ['Wrong weights', 'Mixed materials', 'Missing sorting labels', 'Carbon data gaps'], G,
  ['(1) Wrong weights', '(2) Mixed materials', '(3) Missing sorting labels', '(4) Carbon data gaps'])
A('zh', 'figure', '有多少比例的卖家申报的包装重量比实测低了至少15%？', ['23%'], G,
  '(1) Wrong weights: 23% of sellers declared packaging weights that were at least 15% below the weight we measured')
A('en', 'reason', 'Why are paper mailers with bubble wrap inside a problem?', [['cannot be sorted by buyers']], G,
  '(2) Mixed materials: 31% of parcels used plastic bubble wrap inside paper mailers, which cannot be sorted by buyers')
A('zh', 'list', 'Kattegat给卖家提了哪些建议？', ['Weigh a sample of your packaging every month', 'Replace plastic film mailers with paper mailers', 'Print a simple sorting label', 'Complete the weight and route fields', 'Join the Green Parcel programme'], G,
  ['Weigh a sample of your packaging every month and update the declared weight in Seller Centre', 'Replace plastic film mailers with paper mailers where the product allows', 'Print a simple sorting label ("Paper: put in paper collection") in Swedish on every outer package', 'Complete the weight and route fields for every listing before 30 April 2025', 'Join the Green Parcel programme'])
A('en', 'figure', 'Say I send 10,000 parcels with 40 g of plastic film each — what would I pay at 2026 rates, and what with paper mailers?', ['SEK 2,000', 'SEK 640'], G,
  'a seller sending 10,000 parcels with 40 grams of film each would pay SEK 2,000 in fees, against SEK 640 with paper mailers of the same weight')
A('zh', 'date', '商品的重量和路线信息最晚什么时候要填好？', ['30 April 2025'], G,
  'Complete the weight and route fields for every listing before 30 April 2025')
A('en', 'reason', 'Why should I fill in the weight and route fields before the end of April 2025?', [['will lose the "green delivery" filter']], G,
  'when listings without a delivery carbon estimate will lose the "green delivery" filter')
A('en', 'figure', 'What discount do Green Parcel members get on packaging fees?', ['10%', 'below 30%'], G,
  'members get a 10% discount on packaging fees for parcels with a void ratio below 30%')
A('zh', 'other', '从2025年9月1日起，用了好几种材料又没贴标签的包裹怎么收费？', [['the rate for the most expensive material in them']], G,
  'From 1 September 2025, parcels that contain more than one packaging material and are not labelled will be charged the rate for the most expensive material in them')
A('en', 'yesno', 'Are the 2026 fee rates final?', [['may still change']], G,
  'Fee rates for 2026 were announced by the national collection scheme in February 2025 and may still change')
U('zh', 'figure', 'Kattegat的塑料膜包装2027年每公斤收多少费？')
U('en', 'figure', 'What share of China-based parcels were plastic-free in the third quarter of 2024?')
U('en', 'figure', 'How much packaging fee did Kattegat collect from cross-border sellers in 2023?')
U('zh', 'figure', '中国卖家的订单里赫尔辛堡（Helsingborg）买家占多少？')
U('en', 'figure', 'What is the 2025 packaging fee per kilogram for glass?')
U('zh', 'figure', '2024年Kattegat收的包装费比上年增长了多少？')
U('en', 'reason', 'Why did the share of Uppsala orders stay so small?')
U('zh', 'other', '瑞典那个国家包装回收体系叫什么名字？')
U('zh', 'list', '绿色配送（green delivery）用的是哪几家快递承运商？')


def main():
    n = {'zh': 0, 'en': 0}
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for lang, typ, q, answers, ev, un in ITEMS:
            n[lang] += 1
            o = {'id': 'h14-%s-%03d' % (lang, n[lang]), 'lang': lang, 'type': typ, 'question': q,
                 'answers': answers, 'evidence': ev, 'unanswerable': un}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(ITEMS))

if __name__ == '__main__':
    main()
