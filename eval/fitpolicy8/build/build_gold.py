#!/usr/bin/env python3
"""Source of ../gold.jsonl: hand-written questions for the fitpolicy8 set.
Run: python3 build/build_gold.py  (writes gold.jsonl next to check.py)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    'K': 'fp8_zh_kaifeng_shangqiu_customs_cbec_aeo_credit_notice_2025h1.html',
    'Q': 'fp8_zh_qingyuan_cbec_import_quality_spot_check_report_2025h1.pdf',
    'M': 'fp8_zh_maoming_bohe_port_coldchain_bonded_fresh_import_notice_2025.md',
    'S': 'fp8_zh_shaanxi_dtc_site_overseas_marketing_subsidy_notice_2025.txt',
    'A': 'fp8_en_antwerp_eu_product_safety_compliance_note_2025.docx',
    'R': 'fp8_en_qingyuan_cbec_import_recall_guide_2025.txt',
}

def text(k):
    n = DOCS[k]
    if n.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(n)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', n)
    return open(p, encoding='utf-8').read()

def row(k, start):
    """The exact table line of document k that starts with `start`."""
    hits = [l for l in text(k).split('\n') if l.startswith(start)]
    assert len(hits) == 1, (k, start, hits)
    return hits[0]

ITEMS = []  # (lang, type, question, answers, doc, quotes, unanswerable)

def A(lang, typ, q, answers, doc, quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    if isinstance(quotes, str):
        quotes = [quotes]
    ITEMS.append((lang, typ, q, groups, doc, quotes, False))

def U(lang, typ, q, doc):
    ITEMS.append((lang, typ, q, [], doc, [], True))

# ---------------------------------------------------------------- K: Kaifeng/Shangqiu customs, AEO and credit (zh, html)
K_TOTAL = '截至2025年6月底，关区备案跨境电商企业共计486家，较2024年底增加71家。'
K_NEW = '2024年全年新增AEO高级认证跨境电商企业9家；2025年上半年新增6家，其中第二季度新增4家。'
K_CUM = '自2019年开展认证培育以来，关区累计认证跨境电商AEO高级认证企业27家。'
K_TGT = '按计划，到2025年底累计数量达到32家，到2026年底达到40家。'
K_INSP = '2025年上半年，高级认证企业申报的跨境电商清单平均查验率为0.6%，一般信用企业为2.9%。'
K_T1 = '第二季度高级认证企业平均通关时间为1.8小时，比第一季度'
K_T2 = '缩短0.4小时。'
K_COACH = '上半年关区共对23家跨境电商企业开展认证培育，其中开封12家、商丘7家、周口4家。'
K_WHY = '上半年新增认证企业较多，主要有三方面原因：一是海关对申请企业实行“一企一策”培育，派员上门帮助企业梳理内控制度；二是开封、商丘两地商务部门对首次通过高级认证的企业给予一次性奖励10万元，提高了企业积极性；三是海外主要电商平台和物流服务商在选择合作伙伴时更看重AEO资质，企业申请意愿明显增强。'
K_ZK = '周口新增认证企业较少，主要是当地跨境电商企业多为年进出口额不足500万元的小微企业，难以满足财务状况和内部审计方面的要求。'
K_P1 = '部分企业内控制度流于形式。制度文本齐全，但单证复核、关务人员培训等环节未能落实。'
K_P2 = '数据申报准确性不高。上半年因商品编码、价格申报错误被退单的清单占比1.7%，高于上年同期的1.2%。'
K_P3 = '信用修复意识淡薄。6家失信企业中有4家超过3个月未提出修复申请。'
K_P4 = '中小企业对认证成本存在顾虑。部分企业误以为必须聘请中介机构，实际上认证本身不收取费用。'
K_N1 = '第三季度组织两期AEO认证政策宣讲会，分别在开封和商丘举办。'
K_N2 = '对拟申请认证的企业开展预评估，预评估不收取任何费用。'
K_N3 = '建立失信企业“提醒—约谈—修复”工作机制，对超过3个月未申请修复的企业书面提醒。'
K_N4 = '推动与关区内2家跨境电商综合服务平台共享企业信用信息。'
K_R1 = '对照高级认证标准开展自评，重点补齐内部审计和单证复核两项短板。'
K_R2 = '指定专人负责关务，确保每年至少参加一次海关组织的培训。'
K_R3 = '发现申报差错后及时主动披露，主动披露的差错原则上不作为失信记录。'
K_R4 = '被列为失信企业的，应在整改完成后尽快向海关提交信用修复申请。'
K_DEF_ENT = '本通报所称“跨境电商企业”，是指在本关区注册登记、以9610、9710、9810或1210方式开展跨境电商进出口业务的电商企业、平台企业、物流企业和支付企业。'
K_DEF_AEO = '“AEO高级认证企业”，是指经海关认证，在内部控制、财务状况、守法规范和贸易安全等方面符合海关高级认证企业标准的企业，可享受较低查验率、优先办理通关手续等便利措施。'
K_DEF_FIX = '“信用修复”，是指失信企业在规定期限内纠正失信行为、消除不良影响后，经海关审核恢复原信用等级的程序。'
K_NOTE2 = '2. 失信企业数为截至6月底的存量，不含已完成信用修复的企业。'

A('zh', 'figure', '截至今年6月底，豫东海关这边备案的跨境电商企业一共多少家？比去年年底多了几家？', ['486家', '71家'], 'K', K_TOTAL)
A('en', 'figure', 'How many AEO advanced-certified cross-border e-commerce companies does the Yudong customs district have in total so far?', ['27家'], 'K', K_CUM)
A('en', 'figure', 'new AEO certs in first half 2025 and in Q2?', ['6家', '4家'], 'K', K_NEW)
A('zh', 'figure', '海关定的高级认证企业数量目标是多少？今年底和明年底分别要到几家？', ['32家', '40家'], 'K', K_TGT)
A('zh', 'figure', '二季度AEO企业通关平均要几个小时？比一季度快了多少？', ['1.8小时', '0.4小时'], 'K', [K_T1, K_T2])
A('en', 'figure', 'How many companies received certification coaching from customs in the first half, and how many of them in Kaifeng?', ['23家', '12家'], 'K', K_COACH)
A('zh', 'reason', '上半年新认证的企业为什么多起来了？', ['“一企一策”培育', '一次性奖励10万元', '更看重AEO资质'], 'K', K_WHY)
A('en', 'reason', 'What pushed e-commerce companies in the district to apply for AEO this year?', [('“一企一策”培育', '派员上门帮助企业梳理内控制度'), ('一次性奖励10万元', '提高了企业积极性'), ('更看重AEO资质', '企业申请意愿明显增强')], 'K', K_WHY)
A('en', 'figure', 'Is there some money reward if my company passes the advanced certification first time? How much and who pays it?', ['一次性奖励10万元', '开封、商丘两地商务部门'], 'K', K_WHY)
A('zh', 'reason', '周口新拿认证的企业为啥这么少？', [('难以满足财务状况和内部审计方面的要求', '多为年进出口额不足500万元的小微企业')], 'K', K_ZK)
A('en', 'reason', 'why Zhoukou so few new certified firms?', [('难以满足财务状况和内部审计方面的要求', '年进出口额不足500万元的小微企业')], 'K', K_ZK)
A('zh', 'definition', '通报里说的“信用修复”到底是指什么？', ['经海关审核恢复原信用等级的程序'], 'K', K_DEF_FIX)
A('en', 'definition', 'Which kinds of companies count as a "cross-border e-commerce enterprise" in this customs notice?', ['电商企业、平台企业、物流企业和支付企业'], 'K', K_DEF_ENT)
A('en', 'list', 'What benefits does an AEO advanced-certified enterprise enjoy according to the definition?', ['较低查验率', '优先办理通关手续'], 'K', K_DEF_AEO)
A('zh', 'list', '海关在认证和信用管理中发现企业有哪些毛病？', ['内控制度流于形式', '数据申报准确性不高', '信用修复意识淡薄', '对认证成本存在顾虑'], 'K', [K_P1, K_P2, K_P3, K_P4])
A('en', 'list', 'List the problems customs found with firms in certification and credit management.', ['内控制度流于形式', '数据申报准确性不高', '信用修复意识淡薄', '对认证成本存在顾虑'], 'K', [K_P1, K_P2, K_P3, K_P4])
A('zh', 'figure', '因为申报出错被退单的清单占比多少？去年同期是多少？', ['1.7%', '1.2%'], 'K', K_P2)
A('en', 'reason', 'Why were declaration lists sent back by customs in the first half?', ['商品编码、价格申报错误'], 'K', K_P2)
A('en', 'reason', 'Some firms have full written internal-control rules — why does customs still say the controls are only on paper?', ['单证复核、关务人员培训等环节未能落实'], 'K', K_P1)
A('zh', 'yesno', '我是周口一家小公司，听说做AEO认证必须请中介，认证本身要收钱吗？', [('认证本身不收取费用', '不收取费用')], 'K', K_P4)
A('zh', 'yesno', '我在商丘做跨境电商，想先请海关做个认证预评估，要交钱吗？', ['预评估不收取任何费用'], 'K', K_N2)
A('zh', 'list', '海关接下来打算做哪几件事？', ['AEO认证政策宣讲会', '预评估', '“提醒—约谈—修复”工作机制', '共享企业信用信息'], 'K', [K_N1, K_N2, K_N3, K_N4])
A('en', 'place', 'Where will the AEO policy briefings in the third quarter take place?', ['开封', '商丘'], 'K', K_N1)
A('en', 'list', 'My company is in Zhoukou and wants to get certified later. What does customs advise firms to do?', ['开展自评', '指定专人负责关务', '主动披露', '提交信用修复申请'], 'K', [K_R1, K_R2, K_R3, K_R4])
A('zh', 'yesno', '申报出了差错，我们自己主动跟海关说，会不会被记成失信？', ['原则上不作为失信记录'], 'K', K_R3)
A('zh', 'figure', '商丘现在有几家失信企业？', ['3'], 'K', ['失信企业（家）', '商丘', '3'])
A('zh', 'place', '三个地区里哪个累计高级认证企业最多？', ['开封'], 'K', ['高级认证企业累计（家）', '开封', '15'])
A('en', 'yesno', 'Does the count of dishonest firms include those who already repaired their credit?', ['不含已完成信用修复的企业'], 'K', K_NOTE2)
U('zh', 'figure', '2023年全年关区新增了几家AEO高级认证跨境电商企业？', 'K')
U('en', 'figure', 'What was the average clearance time of ordinary credit firms in Q2 2025?', 'K')
U('zh', 'figure', '新乡那边备案的跨境电商企业有多少家？', 'K')
U('en', 'figure', 'What was the total import and export value of the cross-border e-commerce firms in the district in H1 2025?', 'K')
U('en', 'figure', 'How many new AEO certifications were there in Q2 2024?', 'K')
U('en', 'date', 'On which dates are the two AEO briefing sessions in Kaifeng and Shangqiu?', 'K')
U('zh', 'reason', '为什么商丘的失信企业比另外两个地方多？', 'K')

# ---------------------------------------------------------------- Q: Qingyuan market supervision, spot checks (zh, pdf)
Q_2024 = '2024年全年，市局共抽检跨境电商零售进口商品360批次，不合格31批次，不合格率8.6%。'
Q_H1 = '2025年上半年抽检220批次，不合格15批次，不合格率6.8%，比2024年全年下降1.8个百分点；其中第二季度抽检130批次，不合格8批次。'
Q_CUM = '自2021年开展专项抽检以来，累计抽检1140批次。'
Q_TGT = '按照年度计划，2025年全年抽检不少于450批次，不合格率控制在6%以内。'
Q_REC = '上半年对抽检不合格商品督促召回5批次，共3260件，其中主动召回3批次、责令召回2批次。'
Q_REC24 = '2024年全年督促召回9批次，共9840件。'
Q_CPL = '上半年市局共受理涉及跨境电商零售进口商品的消费投诉612件，同比下降14%，其中质量问题投诉占41%，主要集中在小家电和婴童用品；投诉调解成功率为87%。'
Q_DEF_FAIL = '“抽检不合格”，是指样品经具有资质的检验机构检验，有一项及以上安全项目或标签标识项目不符合所执行标准或合同约定要求。'
Q_DEF_REC = '“召回”，是指由境内服务商或平台企业对存在缺陷的商品采取停止销售、通知消费者、退货或更换等措施，分为主动召回和责令召回两种。'
Q_PLACE = '上半年抽检样品中，清城区98批次、清新区57批次、英德市41批次、连州市24批次。'
Q_BW = '不合格商品中有9批次来自清城区的两家保税仓。'
Q_LZ = '连州市抽检批次最少，主要是当地仓储的跨境进口商品品类较少，以食品为主。'
Q_WHY = '上半年不合格率较2024年下降，主要有三方面原因：一是市局在抽检前向平台企业公布重点抽检目录，平台提前下架了部分高风险商品；二是对2024年不合格率较高的境内服务商实行加严抽检，促使其加强入仓前核验；三是小家电转换插头问题经约谈后明显减少，该类商品不合格批次由2024年的11批次降至4批次。'
Q_PLUG1 = '小家电不合格率仍然最高，主要原因是部分境外品牌的电器仍使用欧规或英规插头，未随货配备'
Q_PLUG2 = '符合国标的转换插头。'
Q_P1 = '（一）境内服务商履责不到位。部分服务商仅负责报关，对商品质量和售后不承担实际责任。'
Q_P2 = '（二）消费者信息难以获取。平台以保护个人信息为由，召回通知往往只能通过站内消息发出。'
Q_P3 = '（三）召回完成率偏低。上半年已召回商品的实际退回比例仅为58%。'
Q_P4 = '（四）检验费用负担较重。单批次婴童用品检验费用平均约4200元，由财政全额承担。'
Q_M1 = '1. 第三季度开展婴童用品和小家电专项抽检，计划抽检不少于80批次。'
Q_M2 = '2. 建立境内服务商质量责任清单，明确召回联系人。'
Q_M3 = '3. 推动平台在订单页面设置召回提醒功能。'
Q_M5 = '5. 建议境内服务商在商品入仓前核对中文标签、插头规格和检测报告，必要时自行送检。'
Q_NOTE2 = '2. 抽检样品由市局委托两家具有资质的检验机构检验，抽样费用由市局承担，不向企业收取。'
Q_TOT = row('Q', '合计　')

A('zh', 'figure', '清远去年一共抽检了多少批跨境进口商品？不合格率多少？', ['360批次', '8.6%'], 'Q', Q_2024)
A('en', 'figure', "What was Qingyuan's failure rate in the cross-border import spot checks in H1 2025, and how does it compare with 2024?", ['6.8%', ('下降1.8个百分点', '8.6%')], 'Q', [Q_H1, Q_2024])
A('zh', 'figure', '今年上半年抽检不合格的有几批？', ['15批次'], 'Q', Q_H1)
A('zh', 'figure', '二季度抽检？', ['130批次', '不合格8批次'], 'Q', Q_H1)
A('zh', 'figure', '今年全年抽检计划多少批？不合格率要控制在多少？', ['不少于450批次', '6%以内'], 'Q', Q_TGT)
A('zh', 'definition', '什么情况算“抽检不合格”？', ['有一项及以上安全项目或标签标识项目不符合所执行标准或合同约定要求'], 'Q', Q_DEF_FAIL)
A('en', 'definition', 'In this bureau report, what does a recall involve?', ['停止销售、通知消费者、退货或更换'], 'Q', Q_DEF_REC)
A('zh', 'list', '召回分哪几种？', ['主动召回', '责令召回'], 'Q', Q_DEF_REC)
A('zh', 'figure', '上半年督促召回了多少件不合格商品？', ['3260件'], 'Q', Q_REC)
A('zh', 'figure', '上半年关于跨境进口商品的消费投诉有多少件？调解成功率多少？', ['612件', '87%'], 'Q', Q_CPL)
A('zh', 'list', '质量投诉主要是哪几类商品？', ['小家电', '婴童用品'], 'Q', Q_CPL)
A('en', 'other', 'Cosmetics that failed — what was the main issue?', ['中文标签不符'], 'Q', row('Q', '化妆品　'))
A('en', 'list', 'Which product categories failed more often than the overall average in H1 2025?', ['婴童用品', '小家电'], 'Q', [row('Q', '婴童用品　'), row('Q', '小家电　'), Q_TOT])
A('en', 'figure', 'I sell cosmetics out of a Qingyuan bonded warehouse. How did cosmetics do in the H1 spot checks?', ['4.2%', '中文标签不符'], 'Q', row('Q', '化妆品　'))
A('zh', 'place', '上半年哪个区县抽样最多？', ['清城区'], 'Q', Q_PLACE)
A('en', 'place', 'Where did 9 of the failed batches come from?', ['清城区的两家保税仓'], 'Q', Q_BW)
A('zh', 'reason', '连州为什么抽检的批次最少？', [('品类较少', '以食品为主')], 'Q', Q_LZ)
A('zh', 'reason', '今年上半年不合格率为啥降下来了？', ['公布重点抽检目录', '加严抽检', '转换插头问题经约谈后明显减少'], 'Q', Q_WHY)
A('en', 'reason', 'Why did the failure rate fall compared with 2024? Give the reasons.', [('公布重点抽检目录', '平台提前下架了部分高风险商品'), ('实行加严抽检', '加强入仓前核验'), ('转换插头问题经约谈后明显减少', '不合格批次由2024年的11批次降至4批次')], 'Q', Q_WHY)
A('en', 'figure', 'Small appliances: how many batches failed in 2024 and how many in H1 2025?', ['11批次', '4批次'], 'Q', Q_WHY)
A('zh', 'reason', '小家电不合格率为什么还是最高？', [('欧规或英规插头', '未随货配备')], 'Q', [Q_PLUG1, Q_PLUG2])
A('en', 'reason', 'I import hair straighteners from UK brand. Why the bureau keeps failing small appliances?', [('欧规或英规插头', '符合国标的转换插头')], 'Q', [Q_PLUG1, Q_PLUG2])
A('zh', 'list', '抽检和召回工作现在有哪些问题？', ['境内服务商履责不到位', '消费者信息难以获取', '召回完成率偏低', '检验费用负担较重'], 'Q', [Q_P1, Q_P2, Q_P3, Q_P4])
A('en', 'reason', 'Why does the bureau say domestic service providers are not doing their job?', ['仅负责报关，对商品质量和售后不承担实际责任'], 'Q', Q_P1)
A('en', 'reason', 'Why can recall notices often only be sent as in-app messages?', ['平台以保护个人信息为由'], 'Q', Q_P2)
A('en', 'figure', 'What share of recalled goods actually came back in H1?', ['58%'], 'Q', Q_P3)
A('zh', 'yesno', '我在清远做跨境进口，市场监管局来抽样检验，检验费要我们企业出吗？', [('由财政全额承担', '不向企业收取')], 'Q', [Q_P4, Q_NOTE2])
A('en', 'list', 'What will the bureau do next on checks and recalls?', ['婴童用品和小家电专项抽检', '境内服务商质量责任清单', '召回提醒功能'], 'Q', [Q_M1, Q_M2, Q_M3])
A('en', 'list', 'I am a domestic service provider bringing goods into a Qingyuan warehouse. What should I check before they go in?', ['中文标签', '插头规格', '检测报告'], 'Q', Q_M5)
U('zh', 'figure', '清远2023年全年抽检了多少批次跨境进口商品？', 'Q')
U('en', 'figure', 'How many batches were sampled in Yingde in the second quarter?', 'Q')
U('zh', 'figure', '一般贸易进口商品上半年抽检不合格率是多少？', 'Q')
U('en', 'figure', 'What was the failure rate for cosmetics in 2024?', 'Q')
U('en', 'other', 'Which testing laboratories did the bureau use for the samples?', 'Q')
U('zh', 'figure', '佛冈县上半年抽检了多少批次？', 'Q')
U('zh', 'figure', '去年全年跨境进口商品的消费投诉一共多少件？', 'Q')

# ---------------------------------------------------------------- M: Maoming Bohe port, bonded cold-chain fresh imports (zh, md)
M_2024 = '2024年全年，港区保税冷链进口生鲜1.86万吨，货值9.4亿元。'
M_H1 = '2025年上半年进口1.12万吨，货值6.1亿元，同比分别增长38%和42%；其中第二季度进口0.64万吨。'
M_CUM = '自2022年4月业务开通以来，累计进口3.9万吨。'
M_TGT = '港区2025年全年目标为2.4万吨，到2027年达到4万吨。'
M_TIME = '上半年平均离港时效为11小时，比2024年的16小时缩短5小时。'
M_CAP = '保税冷库现有库容1.5万吨，上半年平均使用率为78%，5月高峰时达到96%。'
M_FIRMS = '上半年共有31家跨境电商企业在港区开展保税冷链进口业务，比2024年底增加9家。'
M_DEF_TIME = '**离港时效**：指货物从船舶靠泊到入库上架完成所用的时间，不含海关查验等待时间。'
M_DEF_STORE = '**保税冷库**：指设在博贺港区综合保税仓储区内、经海关验收、温度可控制在零下25℃至零上4℃之间的监管仓库。'
M_DEF_CC = '**冷链跨境电商零售进口**：指冷藏、冷冻生鲜食品以网购保税（1210）方式经博贺港区进境，存入保税冷库，消费者下单后再分拣配送的业务。'
M_DEST = '从销售地看，上半年出库订单中广东省内占52%，福建、云南两地合计占21%，其余发往江苏、浙江等地。'
M_WHY = '上半年进口量较快增长，主要原因有三个：一是港区新开通了博贺至厄瓜多尔瓜亚基尔的冷藏集装箱直航航线，每月2班，运输时间缩短约6天；二是海关对冰鲜三文鱼等高时效商品实行“先入区、后检测”，入库时间大幅缩短；三是两家省外生鲜电商平台在港区设立区域分拨仓，带来稳定货源。'
M_DUR = '热带水果离港时效最长，原因是越南榴莲多为拼箱到港，需要在港区逐箱拆分和预冷后才能上架。'
M_P1 = '冷库库容高峰期紧张。5月使用率一度达到96%，部分货物只能在码头冷藏箱内等待入库。'
M_P2 = '回程空箱比例高。冷藏集装箱出口回程货源不足，空箱率约为65%。'
M_P3 = '末端配送成本偏高。粤西地区冷链配送每单平均成本约18元，是普通快递的3倍左右。'
M_P4 = '专业人员不足。港区持有冷链操作资格证书的人员仅46人。'
M_S1 = '9月底前启用二期保税冷库，新增库容0.8万吨。'
M_S2 = '第三季度试行冷库预约入库，高峰期每天开放预约不少于20个时段。'
M_S3 = '与茂名市区、电白区的两家冷链配送企业签订合作协议，争取将末端配送成本降低15%。'
M_S4 = '对进口量超过1000吨的企业，冷库仓储费给予九折优惠，自2025年8月1日起执行。'
M_A1 = '提前10天向口岸服务部报送到港计划，便于安排泊位和冷库。'
M_A2 = '冰鲜类商品尽量选择直航航线，减少中转造成的温度波动。'
M_A3a = '在申报时如实填写原产地和检疫证书编号，避免因单证不符导致货物'
M_A3b = '滞留港区。'
M_NOTE2 = '2. 本通知仅统计网购保税（1210）方式进口的生鲜商品，不含一般贸易进口和出口数据。'

A('zh', 'figure', '博贺港去年一年保税冷链进了多少生鲜？货值多少？', ['1.86万吨', '9.4亿元'], 'M', M_2024)
A('en', 'figure', 'How much fresh food came in through Bohe bonded cold chain in H1 2025, in tonnes and value?', ['1.12万吨', '6.1亿元'], 'M', M_H1)
A('zh', 'figure', '上半年进口量和货值同比涨了多少？', ['38%', '42%'], 'M', M_H1)
A('en', 'figure', 'Q2 volume?', ['0.64万吨'], 'M', M_H1)
A('zh', 'date', '博贺这个保税冷链进口业务是什么时候开通的？到现在累计进了多少？', ['2022年4月', '3.9万吨'], 'M', M_CUM)
A('en', 'figure', "What are the port's volume targets for 2025 and 2027?", ['2.4万吨', '4万吨'], 'M', M_TGT)
A('zh', 'definition', '通知里的“离港时效”是怎么算的？包括海关查验等的时间吗？', ['从船舶靠泊到入库上架完成所用的时间', '不含海关查验等待时间'], 'M', M_DEF_TIME)
A('en', 'definition', 'What is meant by cold-chain cross-border retail import here?', [('以网购保税（1210）方式经博贺港区进境', '存入保税冷库，消费者下单后再分拣配送')], 'M', M_DEF_CC)
A('en', 'figure', 'How long from berthing to shelf on average in H1, and how long was it in 2024?', ['11小时', '16小时'], 'M', M_TIME)
A('en', 'place', 'Where does the frozen shrimp come from?', ['厄瓜多尔', '印度'], 'M', row('M', '| 冷冻虾类'))
A('zh', 'place', '冷冻牛肉主要是哪些国家来的？', ['巴西', '阿根廷'], 'M', row('M', '| 冷冻牛肉'))
A('zh', 'figure', '上半年三文鱼进了多少吨？', ['1800'], 'M', row('M', '| 冰鲜三文鱼'))
A('en', 'figure', 'What share of outgoing orders stayed in Guangdong?', ['52%'], 'M', M_DEST)
A('en', 'list', 'Apart from Guangdong, which provinces do the orders go to?', ['福建', '云南', '江苏', '浙江'], 'M', M_DEST)
A('zh', 'reason', '上半年进口量为什么涨这么快？', ['冷藏集装箱直航航线', '“先入区、后检测”', '区域分拨仓'], 'M', M_WHY)
A('en', 'reason', 'What were the three reasons for the fast growth in volume?', [('博贺至厄瓜多尔瓜亚基尔的冷藏集装箱直航航线', '运输时间缩短约6天'), ('“先入区、后检测”', '入库时间大幅缩短'), ('区域分拨仓', '带来稳定货源')], 'M', M_WHY)
A('zh', 'reason', '我进口越南榴莲，为什么上架总比别的货慢？', [('拼箱到港', '逐箱拆分和预冷')], 'M', M_DUR)
A('en', 'reason', 'why tropical fruit takes longest to leave port?', [('拼箱到港', '逐箱拆分和预冷')], 'M', M_DUR)
A('zh', 'list', '港区冷链进口现在有哪些难处？', ['冷库库容高峰期紧张', '回程空箱比例高', '末端配送成本偏高', '专业人员不足'], 'M', [M_P1, M_P2, M_P3, M_P4])
A('en', 'reason', 'Why did some cargo have to wait in reefer containers on the quay?', [('冷库库容高峰期紧张', '5月使用率一度达到96%')], 'M', M_P1)
A('zh', 'reason', '冷藏箱回程为什么大多是空箱？', ['出口回程货源不足'], 'M', M_P2)
A('en', 'figure', 'How much does cold-chain last-mile delivery cost per order in western Guangdong?', ['约18元', '3倍左右'], 'M', M_P3)
A('zh', 'list', '下半年港区准备做哪些事？', ['启用二期保税冷库', '冷库预约入库', '签订合作协议', '九折优惠'], 'M', [M_S1, M_S2, M_S3, M_S4])
A('zh', 'date', '二期冷库什么时候能用上？加多少库容？', ['9月底前', '0.8万吨'], 'M', M_S1)
A('en', 'place', 'Delivery companies from which districts will the port sign with, and by how much should last-mile cost drop?', ['茂名市区', '电白区', '15%'], 'M', M_S3)
A('zh', 'yesno', '我们公司今年在博贺进口冻虾大概1500吨，仓储费能打折吗？从哪天开始？', ['九折优惠', '2025年8月1日'], 'M', M_S4)
A('zh', 'list', '我要从挪威进冰鲜三文鱼，港区建议企业注意些什么？', ['提前10天', '直航航线', '如实填写原产地和检疫证书编号'], 'M', [M_A1, M_A2, M_A3a])
A('en', 'reason', 'Why should importers fill in the origin and quarantine certificate number exactly?', ['单证不符', '滞留港区'], 'M', [M_A3a, M_A3b])
A('en', 'yesno', 'Does the notice count general-trade imports too?', ['不含一般贸易进口和出口数据'], 'M', M_NOTE2)
U('en', 'figure', 'What was the value of fresh food exported through Bohe port in H1 2025?', 'M')
U('zh', 'figure', '博贺港区2026年的进口目标是多少吨？', 'M')
U('en', 'figure', 'How much did Q2 2025 volume grow year on year?', 'M')
U('zh', 'figure', '水东港区上半年保税冷链进口了多少吨？', 'M')
U('en', 'figure', 'What is the normal cold-store storage fee per tonne per day?', 'M')
U('zh', 'figure', '2024年冰鲜三文鱼进口了多少吨？', 'M')
U('en', 'list', 'Which are the two out-of-province fresh e-commerce platforms that opened hubs at the port?', 'M')

# ---------------------------------------------------------------- S: Shaanxi commerce department, DTC sites and overseas marketing (zh, txt)
S_2024 = '2024年全省共支持独立站建设和海外营销项目142个，安排资金3800万元，带动企业独立站销售额约6.2亿元。'
S_H1 = '2025年上半年已受理申报96个，拨付资金1650万元；其中第二季度拨付980万元。'
S_CUM = '自2022年设立该项资金以来，累计支持项目318个，安排资金8900万元。'
S_T1 = '2025年全年计划支持项目200个，力争到2025年底全省年销售额超过500万元的独立站'
S_T2 = '达到60个。'
S_REP = '上半年获支持企业独立站的平均复购率为23%，比2024年提高4个百分点。'
S_DEF_SITE = '（一）独立站：指企业自主拥有域名、自主运营、直接面向境外消费者销售商品的网站，不包括在第三方电商平台开设的店铺。'
S_DEF_MKT = '（二）海外营销推广：指企业为提升境外品牌知名度和独立站流量，在境外搜索引擎、社交媒体、网红合作等渠道投放的广告及推广活动。'
S_DEF_ORD = '（三）有效订单：指境外消费者付款后未发生退款、且已完成物流妥投的订单。'
S_TABNOTE = '注：表中不含省属企业直接申报的项目。'
S_B1 = '1. 独立站建设：按企业实际投入的30%给予补助，单个企业最高20万元。'
S_B2 = '2. 海外营销推广：按实际投放费用的40%给予补助，单个企业最高50万元。'
S_B3 = '3. 独立站年销售额首次超过1000万元的，一次性奖励30万元。'
S_CAP = '同一企业同一年度各项补助合计不超过80万元。'
S_WHY = '本年度将海外营销推广的补助比例由30%提高到40%，主要考虑：一是独立站流量获取成本逐年上升，企业反映广告费用占销售额的比重已超过25%；二是2024年获支持企业中，营销投入较高的企业销售额增长明显快于其他企业；三是部分地区企业已完成建站，下一阶段的主要困难在于引流而不是建站。'
S_AK = '安康市受理项目较少，主要是当地企业以平台店铺为主，自建独立站的企业仍然不多。'
S_P1 = '（一）部分企业重建站、轻运营。网站上线后更新很少，一年内有效订单不足100单。'
S_P2 = '（二）申报材料不规范。个别企业提交的广告费用凭证无法与境外投放平台的账单对应。'
S_P3 = '（三）数据留存不完整。部分企业未保存独立站后台订单数据，核查时难以核实销售额。'
S_P4 = '（四）资金拨付周期偏长。从申报到拨付平均需要5个月，影响企业现金周转。'
S_Q1 = '1. 申报主体须为在我省注册、具有独立法人资格的企业，2024年以来无严重失信记录。'
S_Q2 = '2. 申报截止时间为2025年9月30日，逾期不予受理。'
S_Q3 = '3. 企业通过“陕西商务资金管理系统”在线申报，同时将纸质材料报送所在地市商务主管部门。'
S_Q4 = '4. 各市商务主管部门应于2025年10月20日前完成初审并报送省商务厅。'
S_W1 = '（一）各市要指导企业规范保存广告投放账单和独立站订单数据，保存期不少于3年。'
S_W2 = '（二）鼓励企业联合申报海外营销项目，共同在境外开展品牌推广。'
S_W3 = '（三）省商务厅将在10月组织一次独立站运营经验交流会，具体时间另行通知。'
S_N1 = '1. 本通知所称销售额以独立站后台有效订单金额为准，按美元结算的按申报当月汇率折算为人民币。'
S_N2 = '2. 同一项目已获得其他省级财政资金支持的，不得重复申报。'

A('zh', 'figure', '陕西去年一共支持了多少个独立站和海外营销项目？花了多少钱？', ['142个', '3800万元'], 'S', S_2024)
A('en', 'figure', 'How much DTC-site sales did the projects supported in 2024 bring?', ['约6.2亿元'], 'S', S_2024)
A('zh', 'figure', '今年上半年资金拨了多少？二季度拨了多少？', ['1650万元', '980万元'], 'S', S_H1)
A('en', 'figure', 'Since the fund was set up, how many projects and how much money in total?', ['318个', '8900万元'], 'S', S_CUM)
A('zh', 'date', '这笔资金是哪一年开始设立的？', ['2022年'], 'S', S_CUM)
A('zh', 'figure', '到今年底，年销售额过500万元的独立站要达到多少个？', ['60个'], 'S', [S_T1, S_T2])
A('en', 'figure', 'target number of DTC sites with sales over 5 million yuan by end-2025?', ['60个'], 'S', [S_T1, S_T2])
A('en', 'figure', 'What was the average repeat purchase rate of supported DTC sites in H1, and how did it change?', ['23%', '提高4个百分点'], 'S', S_REP)
A('zh', 'yesno', '我只在亚马逊上开了店，没自己的网站，算不算通知里说的独立站？', ['不包括在第三方电商平台开设的店铺'], 'S', S_DEF_SITE)
A('en', 'definition', 'What is a "valid order" under this notice?', ['付款后未发生退款、且已完成物流妥投的订单'], 'S', S_DEF_ORD)
A('en', 'list', 'Through which channels does overseas marketing count for the subsidy?', ['境外搜索引擎', '社交媒体', '网红合作'], 'S', S_DEF_MKT)
A('zh', 'figure', '我在咸阳做服装，想自己建个独立站，建站能补多少比例？最多多少钱？', ['30%', '20万元'], 'S', S_B1)
A('en', 'figure', 'What subsidy rate and cap for overseas ads/promotion?', ['40%', '50万元'], 'S', S_B2)
A('en', 'figure', 'Is there a bonus when my DTC site crosses 10 million yuan sales for the first time? How much?', ['一次性奖励30万元'], 'S', S_B3)
A('zh', 'reason', '为啥今年把海外营销的补助比例提到40%？', ['流量获取成本逐年上升', '营销投入较高的企业销售额增长明显快于其他企业', '引流而不是建站'], 'S', S_WHY)
A('en', 'reason', 'Why the department raise marketing subsidy rate this year?', [('流量获取成本逐年上升', '广告费用占销售额的比重已超过25%'), ('营销投入较高的企业销售额增长明显快于其他企业',), ('主要困难在于引流而不是建站', '已完成建站')], 'S', S_WHY)
A('zh', 'reason', '安康为什么申报的项目少？', [('以平台店铺为主', '自建独立站的企业仍然不多')], 'S', S_AK)
A('zh', 'place', '去年哪个市支持的项目最多？', ['咸阳市'], 'S', row('S', '咸阳市　'))
A('zh', 'other', '榆林报上来的项目主要是什么产品？', ['羊绒制品'], 'S', row('S', '榆林市　'))
A('en', 'list', 'Which six areas are listed in the regional table?', ['咸阳市', '渭南市', '汉中市', '榆林市', '安康市', '杨凌示范区'], 'S', [row('S', '咸阳市　'), row('S', '渭南市　'), row('S', '汉中市　'), row('S', '榆林市　'), row('S', '安康市　'), row('S', '杨凌示范区　')])
A('en', 'yesno', 'Are projects filed directly by province-owned enterprises included in the regional table?', ['不含省属企业直接申报的项目'], 'S', S_TABNOTE)
A('zh', 'list', '项目核查中发现了哪些问题？', ['重建站、轻运营', '申报材料不规范', '数据留存不完整', '资金拨付周期偏长'], 'S', [S_P1, S_P2, S_P3, S_P4])
A('en', 'list', 'What problems did the checks of funded projects find?', ['重建站、轻运营', '申报材料不规范', '数据留存不完整', '资金拨付周期偏长'], 'S', [S_P1, S_P2, S_P3, S_P4])
A('en', 'reason', 'Why was it hard for inspectors to verify sales of some companies?', ['未保存独立站后台订单数据'], 'S', S_P3)
A('en', 'reason', "Why were some companies' ad expense receipts a problem?", ['无法与境外投放平台的账单对应'], 'S', S_P2)
A('zh', 'date', '今年的申报什么时候截止？', ['2025年9月30日'], 'S', S_Q2)
A('en', 'date', 'By when must city commerce bureaus finish their first review?', ['2025年10月20日'], 'S', S_Q4)
A('en', 'list', 'Who can apply and how do we submit? My firm is registered in Weinan.', ['具有独立法人资格', '无严重失信记录', '陕西商务资金管理系统', '纸质材料'], 'S', [S_Q1, S_Q3])
A('zh', 'list', '省商务厅对各市和企业提了哪些工作建议？', ['规范保存广告投放账单和独立站订单数据', '联合申报海外营销项目', '独立站运营经验交流会'], 'S', [S_W1, S_W2, S_W3])
A('en', 'other', 'My DTC site sells in US dollars — how is my sales figure converted?', ['按申报当月汇率折算为人民币'], 'S', S_N1)
A('zh', 'yesno', '我们这个项目已经拿过省里另一笔财政资金，还能再报这个吗？', ['不得重复申报'], 'S', S_N2)
U('zh', 'figure', '2023年这项资金安排了多少钱？', 'S')
U('en', 'figure', "How many projects were supported in Yan'an in 2024?", 'S')
U('zh', 'figure', '今年一季度受理了几个项目？', 'S')
U('en', 'figure', 'By what percentage did sales of the supported DTC sites grow in 2024?', 'S')
U('en', 'list', 'Which overseas social media platforms are named as eligible for the marketing subsidy?', 'S')
U('zh', 'date', '独立站运营经验交流会具体哪天开？', 'S')
U('en', 'reason', 'Why does Weinan mainly apply with farm machinery parts?', 'S')

# ---------------------------------------------------------------- A: Antwerp law firm, EU product safety (en, docx)
A_SCOPE = 'It does not cover food, medicines, cosmetics or the separate CE-marking rules for toys and electrical equipment, except where they overlap with the GPSR.'
A_GPSR = 'It summarises the General Product Safety Regulation (GPSR), which has applied since 13 December 2024, and draws on the files our team handled for clients based mainly in Danyang (Jiangsu) and Cixi (Zhejiang).'
A_DEF_RP = 'Responsible person: an economic operator established in the EU who must be named for a product before it is placed on the EU market; for most Chinese sellers this is an EU importer, an authorised representative or a fulfilment service provider.'
A_DEF_TD = 'Technical documentation: the internal file showing how the seller assessed the risks of a product, including test reports, the risk analysis and a description of the product.'
A_DEF_LT = "Listing takedown: the removal of a product offer by a marketplace after a notice from a market surveillance authority, a complaint or the marketplace's own checks."
A_2024 = 'In 2024 our team handled 38 listing takedowns for Chinese clients.'
A_H1 = 'In the first half of 2025 the number rose to 29, of which 17 came in the second quarter alone.'
A_CUM = 'Since we opened the China desk in 2021 we have handled 112 takedowns in total.'
A_TGT = 'Our goal for the whole of 2026 is to keep takedowns among clients who follow our programme below 20.'
A_REST = 'The average time to get a listing restored was 19 days in H1 2025, compared with 31 days in 2024.'
A_REST2 = 'Clients with complete technical documentation got listings back in 9 days on average.'
A_CTRY = 'Around 60% of the takedowns in H1 2025 concerned listings on marketplaces in Germany and France; the rest were spread over Italy, Spain, the Netherlands and Poland.'
A_TNOTE = 'Typical costs include retesting, relabelling and translation, but not lost sales.'
A_WHY = 'First, since December 2024 marketplaces must ask each seller for the name and address of the responsible person, and they remove offers where this information is missing.'
A_WHY2 = 'Second, market surveillance authorities now send notices through a single EU portal, which makes it quicker for them to act against many listings at once.'
A_WHY3 = 'Third, several clients moved sales from their own websites to marketplaces in early 2025, which exposed old products with incomplete labels to automated checks.'
A_PHONE = 'Phone accessories cost the most to fix because power banks usually need new battery tests from an accredited laboratory, which can take four to six weeks.'
A_Pa = '(a) No responsible person in the EU. Some sellers list a Chinese address only, which is not enough under the GPSR.'
A_Pb = '(b) Labels that do not match the listing. The product photo, the packaging and the marketplace page show different model numbers.'
A_Pc = '(c) Warnings only in English. Safety information must be in the language of the country where the product is sold.'
A_Pd = '(d) Outdated test reports. Reports older than three years, or issued for a different model, are often rejected by marketplaces.'
A_Pe = '(e) Slow reaction to accidents. The GPSR requires the seller to report accidents caused by a product through the Safety Business Gateway without undue delay, and many sellers do not know who should do this.'
A_R1 = 'First, appoint a responsible person in the EU before listing any new product, and print its name, postal address and email on the product or the packaging.'
A_R2 = 'Second, keep technical documentation for each model for ten years, and update the risk analysis whenever the design or a supplier changes.'
A_R3 = 'Third, translate safety warnings and instructions into the language of every country you ship to; a machine translation should be checked by a native speaker.'
A_R4 = 'Fourth, run a label audit of your whole catalogue at least once a year, and before each major marketplace campaign.'
A_R5 = 'Fifth, set up a written recall plan naming the person who will contact buyers, the marketplace and the authorities within 48 hours of a serious incident.'
A_FEE = 'Our compliance programme for small sellers is offered at a fixed fee of EUR 3,500 per year for up to 50 products, and EUR 40 for each additional product.'
A_REV = 'A one-off catalogue review costs EUR 1,200.'
A_PROG = 'Sellers who joined the programme in the first half of 2025 had an average of 0.4 takedowns each, compared with 1.9 for sellers outside the programme that we assisted on a one-off basis.'
A_F1 = 'Fees are invoiced in euros and do not include test laboratory charges or the fees of the'
A_F2 = 'authorised representative, which are agreed directly between the seller and those providers.'
A_N3 = 'It reflects the rules as at 15 September 2025.'

A('zh', 'figure', '律所上半年处理了多少起下架？其中二季度多少？', ['29', '17'], 'A', A_H1)
A('en', 'figure', 'total takedowns since the China desk opened?', ['112'], 'A', A_CUM)
A('zh', 'figure', '律所2026年的目标是把下架控制在多少以内？', ['below 20'], 'A', A_TGT)
A('en', 'date', 'Since when does the GPSR apply?', ['13 December 2024'], 'A', A_GPSR)
A('zh', 'place', '这家律所的中国客户主要在哪里？', ['Danyang', 'Cixi'], 'A', A_GPSR)
A('zh', 'list', '这份合规说明不涉及哪些产品？', ['food', 'medicines', 'cosmetics'], 'A', A_SCOPE)
A('en', 'definition', 'What is a "responsible person" under the GPSR, and who usually plays that role for Chinese sellers?', ['an economic operator established in the EU', ('an EU importer, an authorised representative or a fulfilment service provider', 'an EU importer')], 'A', A_DEF_RP)
A('zh', 'list', '技术文件里应该包括哪些东西？', ['test reports', 'the risk analysis', 'a description of the product'], 'A', A_DEF_TD)
A('en', 'list', 'What can trigger a listing takedown?', ['a notice from a market surveillance authority', 'a complaint', "the marketplace's own checks"], 'A', A_DEF_LT)
A('zh', 'figure', '技术文件齐全的客户，平均多少天能恢复上架？', ['9 days'], 'A', A_REST2)
A('en', 'place', 'Which two countries had most of the takedowns?', ['Germany', 'France'], 'A', A_CTRY)
A('zh', 'list', '剩下四成左右的下架发生在哪些国家？', ['Italy', 'Spain', 'the Netherlands', 'Poland'], 'A', A_CTRY)
A('en', 'figure', 'My shop sells sunglasses. How many eyewear takedowns were there in H1 and what was the usual problem?', ['9', 'No EU contact details on the product'], 'A', row('A', 'Eyewear and sunglasses'))
A('zh', 'figure', '儿童用品被下架一般是什么问题？修好大概要花多少欧元？', ['Small parts and missing warnings', '2,400'], 'A', row('A', "Children's products"))
A('zh', 'yesno', '表里的修复成本包括卖不出去的损失吗？', ['not lost sales'], 'A', A_TNOTE)
A('en', 'reason', 'why did takedowns go up?', ['responsible person', 'single EU portal', 'moved sales from their own websites to marketplaces'], 'A', [A_WHY, A_WHY2, A_WHY3])
A('zh', 'reason', '下架为什么变多了？律所怎么解释？', [('marketplaces must ask each seller for the name and address of the responsible person', 'remove offers where this information is missing'), ('single EU portal', 'act against many listings at once'), ('moved sales from their own websites to marketplaces', 'automated checks')], 'A', [A_WHY, A_WHY2, A_WHY3])
A('en', 'reason', 'Why are phone accessories the most expensive to fix?', [('power banks usually need new battery tests from an accredited laboratory', 'new battery tests')], 'A', A_PHONE)
A('en', 'list', 'What problems does the firm see most often in client files?', ['No responsible person in the EU', 'Labels that do not match the listing', 'Warnings only in English', 'Outdated test reports', 'Slow reaction to accidents'], 'A', [A_Pa, A_Pb, A_Pc, A_Pd, A_Pe])
A('zh', 'list', '律所说客户最常见的问题有哪些？', ['No responsible person in the EU', 'Labels that do not match the listing', 'Warnings only in English', 'Outdated test reports', 'Slow reaction to accidents'], 'A', [A_Pa, A_Pb, A_Pc, A_Pd, A_Pe])
A('en', 'yesno', 'We are in Danyang and our sunglasses box shows only our Chinese factory address. Is that OK for the EU?', ['not enough under the GPSR'], 'A', A_Pa)
A('zh', 'reason', '安全警示只写英文为什么不行？', ['must be in the language of the country where the product is sold'], 'A', A_Pc)
A('zh', 'reason', '为什么旧的检测报告会被平台拒？', [('Reports older than three years', 'issued for a different model')], 'A', A_Pd)
A('en', 'reason', 'Why labels that do not match the listing is a problem — what mismatch they see?', ['show different model numbers'], 'A', A_Pb)
A('zh', 'other', '产品出了事故要通过什么渠道报告？', ['Safety Business Gateway'], 'A', A_Pe)
A('en', 'list', "What does the law firm recommend sellers do?", ['appoint a responsible person in the EU', 'keep technical documentation', 'translate safety warnings and instructions', 'run a label audit', 'set up a written recall plan'], 'A', [A_R1, A_R2, A_R3, A_R4, A_R5])
A('zh', 'list', '标签审核多久做一次？什么时候要做？', ['at least once a year', 'before each major marketplace campaign'], 'A', A_R4)
A('en', 'figure', "How much is the firm's compliance programme for small sellers, and how many products does it cover?", ['EUR 3,500 per year', 'up to 50 products'], 'A', A_FEE)
A('zh', 'figure', '我有60个产品，超出的部分每个收多少钱？一次性目录审核呢？', ['EUR 40', 'EUR 1,200'], 'A', [A_FEE, A_REV])
A('zh', 'figure', '参加律所计划的卖家上半年平均每家被下架几次？没参加的呢？', ['0.4', '1.9'], 'A', A_PROG)
A('en', 'yesno', 'Do the programme fees include lab testing and the authorised representative fees?', ['do not include test laboratory charges', 'authorised representative'], 'A', [A_F1, A_F2])
U('en', 'figure', 'How many takedowns did the firm handle in the second half of 2024?', 'A')
U('zh', 'figure', '客户自己网站（独立站）上的产品被下架了多少次？', 'A')
U('en', 'figure', 'How many takedowns concerned listings in Sweden?', 'A')
U('en', 'other', 'What is the name of the single EU portal that authorities use to send notices?', 'A')
U('zh', 'figure', '2024年每个客户平均被下架几次？', 'A')
U('en', 'figure', 'How much does the firm charge to act as our EU authorised representative?', 'A')
U('zh', 'reason', '为什么今年初很多客户从自己网站转到平台卖？', 'A')

# ---------------------------------------------------------------- R: Qingyuan market supervision, recall guide (en, txt)
R_2024 = 'In 2024 the Section oversaw 9 recalls of cross-border retail imports, covering 9,840 units.'
R_H1 = 'In the first half of 2025 there were 5 recalls covering 3,260 units, of which 3 were voluntary and 2 were ordered.'
R_Q2 = 'In the second quarter of 2025 alone there were 3 recalls covering 2,150 units.'
R_CUM = 'Since the Section began keeping separate records in 2021, 19 recalls covering 41,300 units have been completed.'
R_TGT = "The Section's target is a recall completion rate of 85% by the end of 2026."
R_RATE = 'The completion rate was 58% in the first half of 2025, up from 49% in 2024.'
R_AREA = 'Recalls handled through bonded warehouses in Qingcheng District reached 66%, while recalls of goods already delivered to consumers in Yingde and Lianzhou reached only 41%.'
R_DEF_DSP = 'Domestic service provider: the company in mainland China that the foreign seller appoints to handle customs declaration, quality responsibility and after-sales service for its cross-border retail imports.'
R_DEF_ORD = 'Ordered recall: a recall that the Section requires in writing when a company fails to act on a defect within the time limit.'
R_DEF_RATE = 'Recall completion rate: the number of units actually returned, destroyed or repaired, divided by the number of units sold to consumers.'
R_S1 = 'Step 1. The domestic service provider reports the defect to the Section within 5 working days of learning about it.'
R_S2 = 'Step 2. The company submits a recall plan within 10 working days, naming the product, batch numbers, number of units and the way consumers will be contacted.'
R_S3 = 'Step 3. The platform sends a notice to every buyer through its app, and the service provider publishes the notice on its own website.'
R_S4 = 'Step 4. Consumers return the goods free of charge and receive a full refund or a replacement.'
R_S5 = 'Step 5. The company reports progress to the Section every 15 days and submits a final report when the recall is closed.'
R_RESALE = 'Returned units must not be sent back to the bonded warehouse for resale; they are destroyed or re-exported under customs supervision.'
R_W1 = 'First, the two largest platforms agreed to show a recall banner on the order page, not only a message in the inbox.'
R_W2 = 'Second, the Section asked service providers to offer a prepaid return label, so consumers no longer pay postage.'
R_W3 = 'Third, the hair dryer recall was paired with a free adapter offer for buyers who preferred to keep the product, which the Section accepted as a remedy.'
R_BOOTS = 'The rate for rain boots stayed low because most pairs had already been worn for a season and many parents did not want to send them back.'
R_P1 = '(1) Late reporting. Two of the five recalls in H1 2025 were reported more than 20 working days after the first consumer complaint.'
R_P2 = '(2) Incomplete buyer lists. Some platforms can only provide the order number and not a phone number, so buyers who have deleted the app cannot be reached.'
R_P3 = '(3) Unclear responsibility. Foreign sellers sometimes change their domestic service provider during a recall, and the new provider refuses to take over.'
R_P4 = '(4) Weak record keeping. Bonded warehouses do not always record batch numbers, so affected units cannot be traced.'
R_A1 = '- Appoint one recall contact person and give the Section their mobile number.'
R_A2 = '- Record batch numbers at warehouse entry for every product that has a safety standard.'
R_A3 = '- Keep a ready-made recall notice template in Chinese.'
R_A4 = '- Agree in the contract with the foreign seller who pays for the recall, before the first shipment.'
R_A5 = '- Tell consumers clearly that returning a recalled product costs them nothing.'
R_PEN = 'A company that refuses an ordered recall may be fined and will be listed for closer inspection for 12 months.'
R_F1 = 'In the first half of 2025 no fines were imposed; one service provider was'
R_F2 = 'placed on the closer-inspection list after missing two progress reports.'
R_NA = '(a) Unit figures refer to units sold to consumers in mainland China, not units imported.'

A('en', 'figure', 'How many recalls of cross-border retail imports did Qingyuan oversee in 2024, and how many units?', ['9 recalls', '9,840 units'], 'R', R_2024)
A('zh', 'figure', '今年二季度召回了几次？涉及多少件？', ['3 recalls', '2,150 units'], 'R', R_Q2)
A('zh', 'figure', '上半年召回里主动召回几次、责令召回几次？', ['3 were voluntary', '2 were ordered'], 'R', R_H1)
A('zh', 'figure', '上半年召回完成率是多少？去年呢？', ['58%', '49%'], 'R', R_RATE)
A('en', 'figure', 'completion rate in Qingcheng bonded warehouses vs goods already delivered in Yingde and Lianzhou?', ['66%', '41%'], 'R', R_AREA)
A('en', 'definition', 'What is a "domestic service provider" in this guide?', ['the company in mainland China that the foreign seller appoints to handle customs declaration, quality responsibility and after-sales service'], 'R', R_DEF_DSP)
A('zh', 'definition', '什么情况下算“责令召回”？', ['requires in writing when a company fails to act on a defect within the time limit'], 'R', R_DEF_ORD)
A('zh', 'definition', '召回完成率是怎么算的？', ['the number of units actually returned, destroyed or repaired, divided by the number of units sold to consumers'], 'R', R_DEF_RATE)
A('en', 'list', 'What are the steps of a recall, start to finish?', ['reports the defect', 'submits a recall plan', 'sends a notice to every buyer', 'Consumers return the goods free of charge', 'reports progress'], 'R', [R_S1, R_S2, R_S3, R_S4, R_S5])
A('en', 'date', 'I just found a defect in products we import. How quickly must I tell the Section?', ['within 5 working days'], 'R', R_S1)
A('zh', 'list', '召回计划里要写清哪些内容？', ['the product', 'batch numbers', 'number of units', 'the way consumers will be contacted'], 'R', R_S2)
A('zh', 'list', '召回通知要通过哪些渠道发出去？', ['through its app', 'on its own website'], 'R', R_S3)
A('zh', 'yesno', '我是服务商，召回时消费者退货的邮费要消费者自己出吗？', [('free of charge', 'costs them nothing')], 'R', [R_S4, R_A5])
A('en', 'yesno', 'Can we put recalled units back in the bonded warehouse and sell them again?', ['must not be sent back to the bonded warehouse for resale', 'destroyed or re-exported under customs supervision'], 'R', R_RESALE)
A('en', 'reason', 'Why did the recall completion rate get better?', ['recall banner on the order page', 'prepaid return label', 'free adapter offer'], 'R', [R_W1, R_W2, R_W3])
A('zh', 'reason', '召回完成率提高的原因有哪些？', [('recall banner on the order page', 'show a recall banner'), ('prepaid return label', 'consumers no longer pay postage'), ('free adapter offer', 'hair dryer recall')], 'R', [R_W1, R_W2, R_W3])
A('zh', 'other', '那次吹风机召回，不想退的买家怎么处理的？', ['a free adapter offer for buyers who preferred to keep the product'], 'R', R_W3)
A('en', 'reason', 'Why was the rain boots recall rate so low?', [('already been worn for a season', 'many parents did not want to send them back')], 'R', R_BOOTS)
A('zh', 'list', '上半年被召回的都是哪些商品？', ['Baby teething toys', 'Hair dryers', 'Infant formula', "Children's rain boots", 'Electric kettles'], 'R', [row('R', 'Baby teething toys'), row('R', 'Hair dryers'), row('R', 'Infant formula'), row('R', "Children's rain boots"), row('R', 'Electric kettles')])
A('en', 'reason', 'why electric kettles recalled?', ['Insufficient insulation'], 'R', row('R', 'Electric kettles'))
A('zh', 'reason', '婴儿奶粉为什么被召回？', ['Wrong nutrition label'], 'R', row('R', 'Infant formula'))
A('en', 'list', 'What problems does the Section keep seeing in recall cases?', ['Late reporting', 'Incomplete buyer lists', 'Unclear responsibility', 'Weak record keeping'], 'R', [R_P1, R_P2, R_P3, R_P4])
A('zh', 'figure', '上半年有几起召回报告得太晚？晚了多久？', ['Two of the five recalls', 'more than 20 working days'], 'R', R_P1)
A('zh', 'reason', '为什么有些买家联系不上？', [('buyers who have deleted the app cannot be reached', 'only provide the order number and not a phone number')], 'R', R_P2)
A('zh', 'reason', '召回的时候为什么会出现没人负责的情况？', ['Foreign sellers sometimes change their domestic service provider during a recall'], 'R', R_P3)
A('en', 'reason', 'Why some affected units cannot be traced?', ['Bonded warehouses do not always record batch numbers'], 'R', R_P4)
A('en', 'list', 'What does the Section recommend companies do?', ['recall contact person', 'Record batch numbers', 'recall notice template', 'who pays for the recall', 'costs them nothing'], 'R', [R_A1, R_A2, R_A3, R_A4, R_A5])
A('zh', 'list', '拒不执行责令召回会怎样？', ['may be fined', 'closer inspection for 12 months'], 'R', R_PEN)
A('zh', 'yesno', '今年上半年有没有企业被罚款或者被列入重点检查名单？', ['no fines were imposed', 'placed on the closer-inspection list'], 'R', [R_F1, R_F2])
A('en', 'yesno', 'Are the unit numbers in the guide the quantities imported?', ['not units imported'], 'R', R_NA)
U('en', 'figure', 'What was the recall completion rate in Qingxin District?', 'R')
U('zh', 'figure', '2023年清远召回了几次跨境进口商品？', 'R')
U('en', 'list', 'Which three platforms sold the recalled units?', 'R')
U('zh', 'figure', '拒绝责令召回的企业最多罚多少钱？', 'R')
U('en', 'figure', 'How many recalls of general-trade imports were there in Qingyuan in H1 2025?', 'R')
U('zh', 'figure', '二季度的召回完成率是多少？', 'R')
U('en', 'reason', 'Why were the two late recalls reported so late?', 'R')

def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for lang, typ, q, groups, doc, quotes, un in ITEMS:
        n[lang] += 1
        ev = [] if un else [{'source': DOCS[doc], 'quote': qu} for qu in quotes]
        for qu in quotes:
            assert qu in text(doc), (doc, qu)
        out.append({'id': 'fp8-%s-%03d' % (lang, n[lang]), 'lang': lang, 'type': typ, 'question': q,
                    'answers': groups, 'evidence': ev, 'unanswerable': un})
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), n['zh'], n['en']))

if __name__ == '__main__':
    main()
