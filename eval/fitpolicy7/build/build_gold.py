#!/usr/bin/env python3
"""Hand-written questions for fitpolicy7; writes ../gold.jsonl. Standard library only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
D = {
    'A': 'fp7_zh_qingyuan_cbec_fx_receipts_settlement_brief_2025h1.html',
    'B': 'fp7_zh_leshan_bank_branch_cbec_collection_account_notice_2025.md',
    'C': 'fp7_zh_handan_export_credit_insurance_small_sellers_brief_2025.pdf',
    'D': 'fp7_zh_yucheng_measuring_tools_industrial_belt_online_export_plan_2025_2027.txt',
    'E': 'fp7_en_kaifeng_overseas_trademark_subsidy_guide_2025.docx',
    'F': 'fp7_en_nanchong_credit_insurance_claims_guide_2025.txt',
}

def text(doc):
    n = D[doc]
    if n.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(n)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', n)
    return open(p, encoding='utf-8').read()

def LN(doc, prefix):
    """the whole source line that starts with prefix (for table rows)"""
    for l in text(doc).split('\n'):
        if l.startswith(prefix):
            return l.rstrip()
    raise KeyError(prefix)

ITEMS = []

def Q(lang, typ, doc, question, answers, quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    ITEMS.append((lang, typ, question, groups, [{'source': D[doc], 'quote': q} for q in quotes], False))

def U(lang, typ, question):
    ITEMS.append((lang, typ, question, [], [], True))

# ---------------------------------------------------------------- A: Qingyuan FX receipts brief (html)
A2 = '2025年上半年，全市跨境电商出口收汇2.9亿美元，同比增长31.2%；结汇2.3亿美元，结汇率为79.3%，比2024年全年提高4.3个百分点。'
A4 = '截至2025年6月末，全市累计开立跨境电商收款账户1,460个，其中上半年新开412个；自2022年1月开展监测以来累计出口收汇11.7亿美元。'
A8 = '上半年全市有跨境电商收汇记录的卖家共2,150家，比2024年末增加390家，单家卖家平均收汇13.5万美元。'
A9 = '上半年全市共办理远期结汇46笔，金额1,120万美元，全部在泓信银行清远分行办理。'
AR1 = '一是泓信银行清远分行上线“收结汇一站通”，卖家在手机上即可完成收款、申报和结汇，平均到账时间由3个工作日缩短至1个工作日'
AR2 = '二是10家支付机构完成与本地银行的数据直连，收汇信息可自动核对'
AR3 = '三是对单笔5万美元以下的收汇试行“先结汇后补材料”，卖家在5个工作日内补齐即可。'
AP1 = '部分卖家仍用个人账户收取货款。此类资金无法计入企业收汇，也影响退税申报。'
AP2 = '收汇与订单不匹配。约12%的收汇金额与平台订单数据差额超过5%，多因平台扣费和退款未单独列明。'
AP3 = '小额卖家对汇率风险认识不足。上半年仅有约2%的卖家办理过远期结汇。'
AW1 = '个别支付机构退出本地市场。已有约40个账户需要迁移，迁移期间回款可能延迟。'
AW2 = '县域网点业务人员不足。连州市、佛冈县各只有1名专职人员办理跨境电商收结汇业务。'
AS1 = '年底前将“收结汇一站通”覆盖到全部5个县（市、区）的银行网点。'
AS2 = '每季度举办一次汇率避险讲座，对首次办理远期结汇的卖家免收手续费。'
AS3a = '引导卖家在收款时同步上传平台结算单，'
AS3b = '减少收汇与订单不匹配的情况。'
AS4 = '对账户迁移的卖家开设绿色通道，在2个工作日内完成新账户开立。'
ANOTE = '注：英德市增速最高，主要因为两家茶叶企业在上半年开通了欧洲站点。'

Q('zh', 'figure', 'A', '清远今年上半年跨境电商一共收回来多少外汇？比去年同期涨了多少？', ['2.9亿美元', '31.2%'], [A2])
Q('en', 'figure', 'A', 'How much of the Qingyuan export receipts did sellers actually convert into yuan in H1 2025, and what was the settlement ratio?', ['2.3亿美元', '79.3%'], [A2])
Q('en', 'figure', 'A', 'Qingyuan Q2 2025 cross-border receipts?', ['1.6亿美元'], ['其中第二季度出口收汇1.6亿美元，环比增长23.1%。'])
Q('zh', 'figure', 'A', '清远二季度收汇比一季度多了百分之几？', ['23.1%'], ['其中第二季度出口收汇1.6亿美元，环比增长23.1%。'])
Q('en', 'figure', 'A', 'what were the whole year 2024 numbers for Qingyuan, receipts and settlement?', ['4.8亿美元', '3.6亿美元'], ['2024年全年，全市跨境电商出口收汇4.8亿美元，结汇3.6亿美元。'])
Q('en', 'figure', 'A', 'By the end of June 2025, how many e-commerce collection accounts existed in Qingyuan in total, and how many of them were opened in the first half?', ['1,460个', '412个'], [A4])
Q('en', 'figure', 'A', 'What is Qingyuan aiming for in 2025 — receipts and number of accounts?', ['6.2亿美元', '1,800个'], ['2025年全年目标为出口收汇6.2亿美元、收款账户突破1,800个。'])
Q('en', 'list', 'A', 'In which currencies were the Qingyuan receipts mainly paid?', ['美元', '欧元', '英镑'], ['收汇币种中美元占71%，欧元占17%，英镑占7%，其他币种占5%。'])
Q('zh', 'figure', 'A', '清远现在有多少家卖家有跨境收汇记录？平均一家收了多少？', ['2,150家', '13.5万美元'], [A8])
Q('en', 'figure', 'A', 'how many forward FX contracts did Qingyuan sellers do in first half year, for what amount?', ['46笔', '1,120万美元'], [A9])
Q('zh', 'definition', 'A', '通报里说的结汇率是怎么算的？', ['当期结汇金额占当期出口收汇金额的比例'], ['“结汇率”，是指当期结汇金额占当期出口收汇金额的比例。'])
Q('en', 'definition', 'A', 'What does forward settlement mean in the Qingyuan brief?', [['约定未来某一日期的结汇汇率', '锁定汇率风险']], ['“远期结汇”，是指卖家与银行约定未来某一日期的结汇汇率，到期按约定汇率办理结汇，用于锁定汇率风险。'])
Q('en', 'place', 'A', 'Which county-level area of Qingyuan grew its receipts fastest in H1?', ['英德市'], [ANOTE])
Q('zh', 'reason', 'A', '英德的收汇为啥涨得最快？', ['两家茶叶企业在上半年开通了欧洲站点'], [ANOTE])
Q('en', 'figure', 'A', 'My shop is in Qingxin district. How much did our district collect in H1 and how fast did it grow?', ['6,300', '35.7%'], ['清新区', '6,300', '35.7%'])
Q('zh', 'place', 'A', '清远哪个区的跨境收款账户最多？', ['清城区'], ['清城区', '520'])
Q('en', 'reason', 'A', 'Why did FX receipts in Qingyuan grow so quickly in the first half?', ['收结汇一站通', '数据直连', '先结汇后补材料'], [AR1, AR2, AR3])
Q('zh', 'reason', 'A', '现在外汇到账为什么快了那么多？', ['收结汇一站通'], [AR1])
Q('en', 'yesno', 'A', 'I just got USD 30,000 from Amazon into my Qingyuan account. Can I convert it before handing in all the paperwork?', ['先结汇后补材料', '5个工作日内补齐'], [AR3])
Q('en', 'list', 'A', 'What problems did the Qingyuan monitoring find?', ['个人账户收取货款', '收汇与订单不匹配', '汇率风险认识不足'], [AP1, AP2, AP3])
Q('zh', 'reason', 'A', '为什么收回来的钱跟平台订单金额对不上？', ['平台扣费和退款未单独列明'], [AP2])
Q('en', 'reason', 'A', 'why is it bad to collect sales money on a personal account?', ['无法计入企业收汇', '影响退税申报'], [AP1])
Q('en', 'list', 'A', 'Besides the three main problems, which two other situations does the Qingyuan brief say need attention?', ['个别支付机构退出本地市场', '县域网点业务人员不足'], [AW1, AW2])
Q('zh', 'reason', 'A', '我的账户要迁移，回款会不会受影响？为什么要迁？', ['个别支付机构退出本地市场', '迁移期间回款可能延迟'], [AW1])
Q('zh', 'list', 'A', '哪几个县市办跨境收结汇的专职人员只有一个人？', ['连州市', '佛冈县'], [AW2])
Q('en', 'list', 'A', 'What does the Qingyuan brief recommend doing next?', ['覆盖到全部5个县', '汇率避险讲座', '上传平台结算单', '绿色通道'], [AS1, AS2, AS3a, AS4])
Q('zh', 'yesno', 'A', '我第一次在清远做远期结汇，要交手续费吗？', ['免收手续费'], [AS2])
Q('en', 'reason', 'A', 'Why are sellers asked to upload the platform settlement statement when they collect money?', ['减少收汇与订单不匹配的情况'], [AS3a, AS3b])
Q('zh', 'date', 'A', '清远下一期收汇通报啥时候出？', ['2026年1月'], ['3. 下一期通报将于2026年1月发布。'])
Q('en', 'yesno', 'A', 'Does the Qingyuan report include import payments?', ['不含进口付汇'], ['2. 本通报只统计出口收汇，不含进口付汇。'])
U('zh', 'figure', '清远上半年跨境电商进口付汇有多少？')
U('en', 'figure', 'How much did Qingyuan sellers settle into yuan in Q2 2025 alone?')
U('en', 'figure', "What were Qingyuan's cross-border e-commerce export receipts in 2023?")
U('zh', 'figure', '阳山县上半年跨境电商收汇多少？')
U('en', 'figure', 'By what percent did FX settlement in Qingyuan grow year on year in H1 2025?')
U('zh', 'figure', '清远2026年跨境电商收汇目标定了多少？')
U('en', 'list', 'Which payment companies connected their systems directly with Qingyuan banks?')
U('zh', 'reason', '佛冈县的收汇增速为什么最低？')

# ---------------------------------------------------------------- B: Leshan bank branch notice (md)
B1 = '2024年，分行共为跨境电商卖家开立收款账户286个，办理出口收汇1.9亿美元。'
B2 = '2025年1—6月，新开收款账户173个，办理出口收汇1.4亿美元，同比增长46.8%；2025年第三季度，新开账户95个，收汇0.82亿美元。'
B5 = '2025年1—6月，分行跨境电商客户平均回款到账时间为2.6天，比2024年的3.4天缩短0.8天；同期办理结汇1.1亿美元。'
B6 = '夹江县卖家收汇增长最快，主要是因为当地瓷砖企业开始在中东站点销售大规格岩板。'
BR1 = '一是辖内跨境电商卖家以年收汇不足20万美元的小微卖家为主，费用负担相对较重'
BR2 = '二是分行已与4家境外支付机构完成系统直连，单笔处理成本下降约40%'
BR3 = '三是配合市里“跨境电商出口倍增行动”，降低卖家开户门槛。'
BP1 = '（一）开户材料多。部分卖家需要往返两三次才能补齐平台店铺截图和销售合同。'
BP2 = '（二）回款到账时间不稳定。经部分支付机构汇入的款项，到账时间从1天到5天不等。'
BP3 = '（三）县域支行不会办。夹江、沐川等县的支行缺少熟悉跨境业务的人员。'
BM1 = '1. 开户材料由原来的9项精简为5项，可线上预审，原则上一次办结。'
BM2 = '2. 对回款设置“到账提醒”，超过2个工作日未到账的，由客户经理主动查询。'
BM3a = '3. 在夹江支行和峨眉山支行设立跨境电商服务专窗，'
BM3b = '每周二、周四由分行国际业务部派员驻点。'
BM4 = '4. 每半年组织一次汇率避险和收汇合规培训，首场定于2025年11月在市中区举办。'

Q('en', 'figure', 'B', 'How many collection accounts did the Leshan branch open for e-commerce sellers in 2024, and how much did it collect?', ['286个', '1.9亿美元'], [B1])
Q('zh', 'figure', 'B', '乐山这家分行今年上半年新开了多少个收款户？收汇多少，涨了多少？', ['173个', '1.4亿美元', '46.8%'], [B2])
Q('en', 'figure', 'B', 'Leshan branch Q3 2025: new accounts and receipts?', ['95个', '0.82亿美元'], [B2])
Q('zh', 'figure', 'B', '到9月底乐山分行一共服务过多少跨境卖家？', ['612家'], ['截至2025年9月末，分行累计服务跨境电商卖家612家。'])
Q('en', 'figure', 'B', "What are the Leshan branch's targets for 2025 receipts and for sellers served by end of 2026?", ['2.8亿美元', '1,000家'], ['2025年全年目标为收汇2.8亿美元，到2026年末服务卖家1,000家。'])
Q('en', 'figure', 'B', 'How many days does money from platforms take to arrive now at the Leshan branch, compared with 2024?', ['2.6天', '3.4天'], [B5])
Q('zh', 'figure', 'B', '乐山分行上半年给跨境卖家结了多少汇？', ['1.1亿美元'], [B5])
Q('en', 'reason', 'B', 'Why are Jiajiang sellers growing their receipts fastest?', [['中东站点销售大规格岩板', '瓷砖企业']], [B6])
Q('zh', 'list', 'B', '峨眉山的卖家主要卖什么？', ['茶叶', '文创产品'], ['峨眉山市卖家主要销售茶叶和文创产品。'])
Q('en', 'list', 'B', 'Which three districts or counties make up most of the Leshan branch e-commerce clients?', ['市中区', '五通桥区', '夹江县'], ['从区域看，市中区、五通桥区和夹江县的卖家占分行跨境电商客户的七成以上。'])
Q('en', 'definition', 'B', 'Who counts as a "first-account seller" in the Leshan notice?', ['此前从未在任何银行开立过外汇结算账户的卖家'], ['指此前从未在任何银行开立过外汇结算账户的卖家。'])
Q('zh', 'figure', 'B', '在乐山分行开户现在还要开户费吗？以前收多少？', ['免收', '200元'], ['| 账户开户费 | 200元 | 免收 | 首户卖家另赠3个月短信提醒 |'])
Q('en', 'figure', 'B', 'What is the monthly account management fee from October 2025, and who pays nothing?', ['每月10元', '年收汇超过50万美元的免收'], ['| 账户管理费 | 每月20元 | 每月10元 | 年收汇超过50万美元的免收 |'])
Q('zh', 'other', 'B', '我一天在同一个平台回了三笔款，汇入手续费怎么收？', ['合并计1笔', '每笔8美元'], ['| 境外汇入手续费 | 每笔15美元 | 每笔8美元 | 同一平台当日多笔合并计1笔 |'])
Q('zh', 'list', 'B', '乐山分行这次哪几项收费降了？', ['账户开户费', '账户管理费', '境外汇入手续费'], ['| 账户开户费 | 200元 | 免收 |', '| 账户管理费 | 每月20元 | 每月10元 |', '| 境外汇入手续费 | 每笔15美元 | 每笔8美元 |'])
Q('zh', 'yesno', 'B', '我以前没在任何银行开过外汇账户，这次在乐山分行开户有额外优惠吗？', ['另赠3个月短信提醒'], ['| 账户开户费 | 200元 | 免收 | 首户卖家另赠3个月短信提醒 |'])
Q('en', 'date', 'B', 'From when do the new Leshan fees apply, and until when?', ['2025年10月1日', '2026年12月31日'], ['自2025年10月1日起，收款账户相关收费调整如下：', '注2：上述收费标准执行至2026年12月31日，届时视情况另行通知。'])
Q('en', 'reason', 'B', 'Why did the Leshan branch cut its account fees?', ['小微卖家为主', '系统直连', '跨境电商出口倍增行动'], [BR1, BR2, BR3])
Q('zh', 'reason', 'B', '银行为什么说它处理一笔汇款的成本降下来了？', ['与4家境外支付机构完成系统直连'], [BR2])
Q('zh', 'reason', 'B', '为什么说乐山卖家的费用负担比较重？', ['以年收汇不足20万美元的小微卖家为主'], [BR1])
Q('en', 'list', 'B', 'What did Leshan sellers complain about most?', ['开户材料多', '回款到账时间不稳定', '县域支行不会办'], [BP1, BP2, BP3])
Q('zh', 'reason', 'B', '为什么有的卖家开个户要跑两三趟？', ['补齐平台店铺截图和销售合同'], [BP1])
Q('en', 'reason', 'B', "Why can't the county sub-branches in Jiajiang or Muchuan handle e-commerce FX business well?", ['缺少熟悉跨境业务的人员'], [BP3])
Q('en', 'list', 'B', 'What service measures is the Leshan branch taking?', ['精简为5项', '到账提醒', '跨境电商服务专窗', '汇率避险和收汇合规培训'], [BM1, BM2, BM3a, BM4])
Q('zh', 'figure', 'B', '开户材料从几项减到了几项？', ['9项', '5项'], [BM1])
Q('en', 'other', 'B', "I'm in Jiajiang. On which days can I meet someone from the branch's international business department locally?", ['每周二、周四'], [BM3a, BM3b])
Q('zh', 'date', 'B', '乐山分行第一场汇率避险培训在什么时候、在哪儿？', ['2025年11月', '市中区'], [BM4])
Q('zh', 'definition', 'B', '乐山分行说的小微卖家是什么标准？', ['上一年度出口收汇不足20万美元'], ['注4：本通知所称“小微卖家”，指上一年度出口收汇不足20万美元的卖家。'])
U('en', 'figure', 'How fast did the Leshan branch receipts grow year on year in Q3 2025?')
U('zh', 'figure', '夹江县卖家上半年在乐山分行收汇多少？')
U('en', 'figure', 'What margin does the Leshan branch ask for forward settlement longer than six months?')
U('zh', 'list', '跟乐山分行直连的4家境外支付机构是哪几家？')
U('en', 'figure', 'How much FX did the Leshan branch settle for e-commerce sellers in Q3 2025?')
U('zh', 'figure', '乐山分行2027年要服务多少家跨境卖家？')

# ---------------------------------------------------------------- C: Handan credit insurance brief (pdf)
C1 = '2024年，营业部共为全市跨境电商卖家承保出口额2.6亿美元，投保卖家310家。'
C2 = '2025年上半年承保出口额1.7亿美元，同比增长38.5%，投保卖家增至420家；2025年第三季度承保出口额0.95亿美元。'
C3 = '自2021年开办统保以来，累计承保出口额9.4亿美元，累计赔款1,260万美元。'
C5 = '分县区看，永年区的紧固件卖家投保最多，占投保卖家的36%；肥乡区的国际象棋和棋具卖家占18%；广平县的童车卖家占11%；其余分布在邯山区、丛台区等地。'
C6 = '2025年前三季度，统保卖家共报损52件，占全部报损案件的81%；全部结案案件的平均赔付比例为84%。'
C7 = '报损金额最大的一笔为28万美元，涉及一家广平县童车卖家对智利买方的应收账款。'
CR1 = '一是部分中东和南美买方资金紧张，付款期从60天拖长到120天以上'
CR2 = '二是卖家为抢订单放宽了赊销条件，对新买方也给予90天账期'
CR3 = '三是个别海外仓服务商破产，货物被扣，卖家无法收回货款。'
CP1 = '（一）卖家报损不及时。有的卖家在买方拖欠半年后才报告，超过了保单规定的报损期限。'
CP2 = '（二）买方资信调查用得少。上半年只有27%的投保卖家在发货前申请了买方信用限额。'
CP3 = '（三）单证保存不完整。部分理赔案件因缺少物流签收记录，只能按较低比例赔付。'
CP4 = '（四）统保额度能否提高。目前每家卖家的统保最高赔偿限额为20万美元，大卖家反映不够用。'
CP5 = '（五）理赔时间偏长。2025年前三季度平均结案时间为68天。'
CW1 = '一是11月底前完成永年、肥乡、广平三地的上门宣讲，每地不少于2场；'
CW2 = '二是对统保卖家免费提供每家5个买方的资信报告；'
CW3 = '三是将理赔材料清单由14项减为9项，争取平均结案时间压缩到45天以内。'
CS1 = '1. 发货前先申请买方信用限额，对新买方尽量采用预付款或信用证。'
CS2 = '2. 买方逾期超过60天就应与保险公司联系，最迟不超过90天报告可能损失。'
CS3a = '3. 保留好订单、物流签收记录和往来邮件，'
CS3b = '理赔时一并提交。'
CS4 = '4. 年出口额超过300万美元的卖家可以自行投保，费率按买方所在国家风险分档，一般在0.3%至1.2%之间。'
CDEF1 = '短期出口信用保险，是指保障卖家在一年以内信用期的出口收汇风险的保险，主要承保境外买方破产、拖欠和拒收等风险。'
CDEF2 = '小微卖家统保，是指由市商务部门统一出资为年出口额300万美元以下的跨境电商卖家投保，卖家自己不交保费。'
CDEF3 = '统保项目的赔付比例为80%，卖家自行投保的最高为90%。'

Q('en', 'figure', 'C', 'How much cross-border e-commerce export did the Handan office insure in 2024, and for how many sellers?', ['2.6亿美元', '310家'], [C1])
Q('zh', 'figure', 'C', '邯郸今年上半年出口信用险承保了多少？同比涨了多少？', ['1.7亿美元', '38.5%'], [C2])
Q('en', 'figure', 'C', 'Handan insured exports, Q3 2025?', ['0.95亿美元'], [C2])
Q('zh', 'figure', 'C', '邯郸统保开办到现在累计赔了多少钱？', ['1,260万美元'], [C3])
Q('en', 'figure', 'C', "What are the Handan insurer's 2025 targets?", ['3.5亿美元', '500家'], ['2025年全年目标是承保出口额3.5亿美元，投保卖家达到500家。'])
Q('zh', 'figure', 'C', '到三季度末，邯郸投保的跨境卖家有多少家？', ['455'], [LN('C', '投保卖家（家）'), '注：2025年第三季度投保卖家为季末数。'])
Q('en', 'figure', 'C', 'How many loss reports did Handan sellers file in H1 2025 and in Q3 2025?', ['41', '23'], [LN('C', '报损案件（件）')])
Q('zh', 'figure', 'C', '统保卖家前三季度报了几次损？占全部报损的多少？', ['52件', '81%'], [C6])
Q('en', 'place', 'C', 'The biggest Handan loss claim was about a buyer in which country?', ['智利'], [C7])
Q('zh', 'place', 'C', '邯郸哪个区投保的卖家最多？他们卖什么？', ['永年区', '紧固件'], [C5])
Q('en', 'list', 'C', 'What kinds of products do the insured Handan sellers make, by county?', ['紧固件', ['国际象棋和棋具', '棋具'], '童车'], [C5])
Q('zh', 'list', 'C', '邯郸投保卖家除了永年、肥乡、广平，还分布在哪些区？', ['邯山区', '丛台区'], [C5])
Q('en', 'list', 'C', 'What risks does short-term export credit insurance mainly cover?', ['破产', '拖欠', '拒收'], [CDEF1])
Q('zh', 'definition', 'C', '邯郸这个统保是啥意思？我自己要交保费吗？', ['市商务部门统一出资', '卖家自己不交保费'], [CDEF2])
Q('en', 'yesno', 'C', 'My Handan shop exports about USD 5 million a year. Can I join the free joint cover?', [['300万美元以下', '年出口额超过300万美元的卖家可以自行投保']], [CDEF2, CS4])
Q('zh', 'figure', 'C', '统保出事了能赔几成？自己买的保险最多赔几成？', ['80%', '90%'], [CDEF3])
Q('en', 'definition', 'C', 'What is a "possible loss" in the Handan brief?', ['买方拖欠货款超过90天'], ['可能损失，是指买方拖欠货款超过90天、卖家向保险公司报告的应收账款。'])
Q('en', 'reason', 'C', 'why more Handan sellers reported losses this year?', [['付款期从60天拖长到120天以上', '资金紧张'], '放宽了赊销条件', '海外仓服务商破产'], [CR1, CR2, CR3])
Q('zh', 'figure', 'C', '上半年报损案件比去年同期多了多少？', ['约30%'], ['2025年上半年报损案件比上年同期增加约30%。'])
Q('zh', 'reason', 'C', '为什么有卖家的货明明在海外仓，钱却收不回来？', ['海外仓服务商破产', '货物被扣'], [CR3])
Q('zh', 'reason', 'C', '卖家为什么会给新买家90天账期？', ['为抢订单'], [CR2])
Q('en', 'list', 'C', 'What problems did the Handan survey find with sellers?', ['报损不及时', '买方资信调查用得少', '单证保存不完整'], [CP1, CP2, CP3])
Q('zh', 'reason', 'C', '为什么有些理赔只能按较低比例赔？', ['缺少物流签收记录'], [CP3])
Q('zh', 'reason', 'C', '大卖家为什么觉得统保不够用？', ['最高赔偿限额为20万美元'], [CP4])
Q('en', 'figure', 'C', 'Average claim closing time so far in 2025, and the target?', ['68天', '45天'], [CP5, CW3])
Q('en', 'list', 'C', "What is on the Handan office's Q4 2025 to-do list?", ['上门宣讲', '资信报告', '理赔材料清单由14项减为9项'], [CW1, CW2, CW3])
Q('en', 'other', 'C', 'My buyer is now 70 days late. What should I do and what is the latest I can report?', ['逾期超过60天就应与保险公司联系', '最迟不超过90天'], [CS2])
Q('zh', 'list', 'C', '邯郸的保险公司给卖家提了哪些建议？', ['买方信用限额', '60天', '保留好订单、物流签收记录和往来邮件', '自行投保'], [CS1, CS2, CS3a, CS4])
Q('en', 'reason', 'C', 'Why should I keep orders, delivery records and e-mails?', ['理赔时一并提交'], [CS3a, CS3b])
Q('zh', 'figure', 'C', '自己投保的话，费率大概多少？', ['0.3%至1.2%'], [CS4])
Q('en', 'other', 'C', 'Who pays the premium for the Handan joint cover, and how big is the 2025 budget?', ['邯郸市商务局', '600万元'], ['3. 统保项目的保费由邯郸市商务局承担，2025年度预算为600万元。'])
U('en', 'figure', 'How much did Handan insured exports grow year on year in Q3 2025?')
U('zh', 'figure', '磁县的卖家占邯郸投保卖家的多少？')
U('en', 'figure', "What is the Handan office's insured export target for 2026?")
U('zh', 'figure', '2023年邯郸跨境电商卖家承保出口额是多少？')
U('en', 'figure', 'How much import trade did the Handan office insure for e-commerce sellers?')
U('zh', 'list', '破产的那几家海外仓服务商叫什么？')
U('en', 'figure', 'How much premium did Handan sellers who bought their own policies pay in total in 2025?')
U('zh', 'reason', '广平县卖家投保比例为什么比永年区低？')

# ---------------------------------------------------------------- D: Yucheng county industrial belt plan (txt)
D1 = '2024年全县量具跨境电商出口额5.3亿元，出海店铺640个；2025年第一季度跨境电商出口额1.6亿元，同比增长33%。'
D2 = '2025年上半年，全县跨境电商出口额3.4亿元，新增出海店铺96个；跨境电商出口的量具中，自主品牌商品占比由2024年的18%提高到24%。'
DT = '到2025年末，全县量具跨境电商出口额达到7亿元，出海店铺达到800个；到2027年末，跨境电商出口额达到12亿元，出海店铺1,200个，自主品牌量具企业达到150家，在海外建成公共海外仓3个。'
DR1 = '一是传统外贸订单利润薄，贴牌钢卷尺每把出厂利润不到0.3元，而自有品牌线上零售可达2元以上'
DR2 = '二是海外五金工具线上需求增长快，墨西哥、巴西等市场的家装工具网购量连续两年增长超过20%'
DR3 = '三是县里已有完整的钢带、塑壳、弹簧配套，小批量、多款式生产的成本低。'
DP1 = '（一）懂外语、会运营的人少。全县从事跨境电商运营的专业人员不足500人，多数企业靠老板自己摸索。'
DP2 = '（二）产品同质化严重。县内出海店铺销售的钢卷尺外观和规格大同小异，主要靠低价竞争。'
DP3 = '（三）海外认证和商标准备不足。不少企业没有在目标市场注册商标，曾有店铺因商标投诉被下架。'
DP4a = '还应看到，物流成本偏高。'
DP4 = '（四）县内没有跨境电商集货仓，小件包裹需要先运到郑州或义乌再出口，每单物流成本比沿海地区高1.5元左右。'
DM1 = '1. 建设县级跨境电商产业园，2025年底前建成1个集货仓和1个直播选品中心。'
DM2 = '2. 对新开出海店铺且当年出口额超过50万元的企业，一次性奖励2万元。'
DM3 = '3. 对在境外注册商标的量具企业，按注册费用的50%给予补贴，每家每年最高10万元。'
DM4a = '4. 支持企业在墨西哥城、利雅得等地租用或共建海外仓，'
DM4b = '按实际仓储面积给予每平方米每年100元补助，每家最高30万元。'
DM5 = '5. 组织企业开发激光测距仪、智能卷尺等高附加值产品。'

Q('en', 'figure', 'D', "What were Yucheng's cross-border e-commerce exports of measuring tools in 2024, and how many overseas stores were there?", ['5.3亿元', '640个'], [D1])
Q('zh', 'figure', 'D', '虞城今年一季度量具跨境电商出口了多少？增长多少？', ['1.6亿元', '33%'], [D1])
Q('en', 'figure', 'D', 'Yucheng H1 2025 cross-border exports and new stores?', ['3.4亿元', '96个'], [D2])
Q('zh', 'figure', 'D', '虞城的钢卷尺产量在全国占多大份额？', ['六成'], ['全县钢卷尺年产量约占全国的六成。'])
Q('zh', 'figure', 'D', '到2027年，虞城跨境电商出口额和出海店铺要做到多少？', ['12亿元', '1,200个'], [DT])
Q('en', 'figure', 'D', 'Target for end of 2025 in Yucheng?', ['7亿元', '800个'], [DT])
Q('zh', 'list', 'D', '虞城的量具出口主要卖到哪些地区？', ['东南亚', '中东', '拉美'], ['目前出口以东南亚、中东和拉美为主，其中对墨西哥、越南、沙特阿拉伯的跨境电商出口额居前三位。'])
Q('en', 'list', 'D', "Which countries are the top three markets for Yucheng's online tool exports?", ['墨西哥', '越南', '沙特阿拉伯'], ['其中对墨西哥、越南、沙特阿拉伯的跨境电商出口额居前三位。'])
Q('zh', 'place', 'D', '虞城量具产业带的中心在哪个镇？', ['稻庄镇'], ['五金量具产业带：指以稻庄镇为中心、包括周边乡镇的钢卷尺、水平尺、角尺等量具生产企业集聚区。'])
Q('en', 'list', 'D', 'What kinds of measuring tools does the Yucheng belt make?', ['钢卷尺', '水平尺', '角尺'], ['五金量具产业带：指以稻庄镇为中心、包括周边乡镇的钢卷尺、水平尺、角尺等量具生产企业集聚区。'])
Q('en', 'place', 'D', 'Which township in Yucheng mainly makes spirit levels?', ['利民镇'], [LN('D', '利民镇')])
Q('zh', 'figure', 'D', '张集镇去年跨境电商出口多少？有几个出海店铺？', ['0.7亿元', '85'], [LN('D', '张集镇')])
Q('en', 'other', 'D', 'What does Zhangji township mainly sell abroad?', [['角尺、游标卡尺', '角尺'], ['游标卡尺']], [LN('D', '张集镇')])
Q('en', 'definition', 'D', 'What counts as an "overseas store" in the Yucheng plan?', ['连续3个月以上销售记录'], ['出海店铺：指县内企业或个体户在境外电商平台或独立站开设、有连续3个月以上销售记录的店铺。'])
Q('zh', 'yesno', 'D', '我们厂给国外品牌贴牌代工，算不算自主品牌出口？', ['不含贴牌代工'], ['自主品牌出口：指以企业自有注册商标销售的出口商品，不含贴牌代工。'])
Q('en', 'reason', 'D', 'Why does Yucheng want its tool makers to sell online abroad?', ['利润薄', '需求增长快', '钢带、塑壳、弹簧配套'], [DR1, DR2, DR3])
Q('zh', 'figure', 'D', '贴牌卷尺一把能赚多少？自己品牌在网上卖呢？', ['不到0.3元', '2元以上'], [DR1])
Q('zh', 'reason', 'D', '为什么说虞城做小批量、多款式成本低？', ['钢带、塑壳、弹簧配套'], [DR3])
Q('en', 'list', 'D', "What are the main problems holding back Yucheng's online exports?", ['懂外语、会运营的人少', '产品同质化严重', '海外认证和商标准备不足', '物流成本偏高'], [DP1, DP2, DP3, DP4a])
Q('zh', 'reason', 'D', '虞城发小包裹物流成本为啥比沿海高？', ['没有跨境电商集货仓', '先运到郑州或义乌再出口'], [DP4])
Q('zh', 'reason', 'D', '虞城有店铺被下架过，是什么原因？', ['商标投诉'], [DP3])
Q('en', 'reason', 'D', 'why Yucheng tape measure shops all fight on price?', ['外观和规格大同小异'], [DP2])
Q('en', 'list', 'D', 'What support measures does the Yucheng plan list?', ['产业园', '一次性奖励2万元', '注册费用的50%', '海外仓', '高附加值产品'], [DM1, DM2, DM3, DM4a, DM5])
Q('zh', 'yesno', 'D', '我在利民镇今年新开了个出海店，出口了60万元，能拿奖励吗？', ['一次性奖励2万元'], [DM2])
Q('en', 'figure', 'D', 'My Yucheng company paid for trademark registration in Mexico. How much will the county pay back at most?', ['50%', '10万元'], [DM3])
Q('zh', 'figure', 'D', '我在利雅得租海外仓，县里怎么补？', ['每平方米每年100元', '最高30万元'], [DM4a, DM4b])
Q('en', 'list', 'D', 'In which cities does Yucheng support renting or sharing overseas warehouses?', ['墨西哥城', '利雅得'], [DM4a])
Q('en', 'list', 'D', 'Which higher-value products should Yucheng firms develop?', ['激光测距仪', '智能卷尺'], [DM5])
Q('zh', 'date', 'D', '虞城这个方案有效期到哪天？', ['2027年12月31日'], ['2. 本方案自印发之日起施行，有效期至2027年12月31日。'])
Q('en', 'date', 'D', 'When in the year can I apply for the Yucheng subsidies?', ['6月', '12月'], ['4. 奖补资金申报每年集中受理两次，分别在6月和12月。'])
U('zh', 'figure', '张集镇2024年跨境电商出口同比增长了多少？')
U('en', 'figure', "What is Yucheng's cross-border export target for 2026?")
U('zh', 'figure', '虞城县每年进口多少量具？')
U('en', 'figure', 'How many overseas stores are registered in Gushu township?')
U('en', 'figure', 'What subsidy does Yucheng give for product certifications such as CE?')
U('en', 'figure', "What were Yucheng's cross-border e-commerce exports of measuring tools in 2023?")
U('zh', 'other', '虞城县跨境电商产业园由哪家企业运营？')

# ---------------------------------------------------------------- E: Kaifeng trademark subsidy guide (docx)
E1 = 'In 2024 the bureau paid subsidies to 138 sellers for 412 overseas trademark filings, a total of 3.1 million yuan.'
E2 = 'In the first half of 2025 it approved 96 sellers and 305 filings, and paid 2.4 million yuan.'
E3 = 'In the third quarter of 2025 a further 58 sellers applied.'
E4 = 'Since the programme began in July 2022, it has supported 311 sellers in total.'
E5 = 'The target for 2026 is 400 sellers in total and at least 1,500 filings.'
EH = 'Half of the subsidy is paid when the application is filed, and the other half when registration is complete.'
EX = 'Sellers who had a store taken down because of a trademark complaint in the last 12 months get an extra 10 percentage points on the rate, but the caps stay the same.'
ER1 = 'First, Kaifeng sellers lost sales in 2024 when at least 23 stores were frozen after complaints by other trademark owners.'
ER2 = 'Second, Madrid filings designating several countries are cheaper per country, so the bureau wants to steer sellers towards them.'
ER3 = 'Third, the city aims to have 50 brands with sales of more than 10 million yuan a year abroad by 2027, and a registered trademark is a condition for joining most brand programmes on marketplaces.'
EP1 = '(a) Fees paid by a different company. The invoice must be in the name of the applicant that owns the trademark, not a relative\'s or a partner\'s company.'
EP2 = '(b) Missing sales proof. Screenshots without the store name or period are not accepted.'
EP3 = '(c) Wrong class. Some sellers register in a class that does not cover the goods they actually sell, which gives no protection and no subsidy.'
EP4 = '(d) Marks that are too close to existing marks. A quick search before filing saves the fee for a doomed application.'
EC1 = 'First, search the mark in each target country before you file, and budget for at least one office action.'
EC2 = 'Second, if you sell in three or more countries, compare the cost of a Madrid filing with single-country filings.'
EC3a = 'Third, file in the countries where you plan to sell next year, not only where you sell now,'
EC3b = 'because a mark takes 8 to 18 months to register.'
EC4 = "Fourth, keep all invoices in the applicant's name and ask your agency for a fee breakdown."
EC5 = 'Fifth, record the trademark in the brand registry of each marketplace as soon as it is granted.'
ECL = 'A class is one of the 45 groups of goods and services used to classify trademarks. A tape measure seller usually needs Class 9, while a seller of kitchen knives needs Class 8.'

Q('zh', 'figure', 'E', '开封2024年有多少卖家拿到了海外商标补贴？一共多少件、多少钱？', ['138 sellers', '412 overseas trademark filings', '3.1 million yuan'], [E1])
Q('en', 'figure', 'E', 'How many Kaifeng sellers and filings were approved in H1 2025, and how much was paid?', ['96 sellers', '305 filings', '2.4 million yuan'], [E2])
Q('en', 'figure', 'E', 'how many sellers the Kaifeng programme supported in total so far?', ['311 sellers'], [E4])
Q('zh', 'figure', 'E', '开封商标补贴2026年的目标是多少？', ['400 sellers', '1,500 filings'], [E5])
Q('zh', 'date', 'E', '开封海外商标补贴是从什么时候开始的？', ['July 2022'], [E4])
Q('en', 'list', 'E', 'Where did Kaifeng sellers most often register trademarks in the first half of 2025?', ['the United States', 'the European Union', 'Mexico', 'Saudi Arabia'], ['The most popular destinations were the United States, the European Union, Mexico and Saudi Arabia.'])
Q('zh', 'list', 'E', '除了市区，开封哪两个县的卖家申请最积极？', ['Tongxu', 'Weishi'], ['Sellers of garlic products, ceramics and textiles from Tongxu and Weishi counties were the most active applicants outside the city districts.'])
Q('en', 'definition', 'E', 'What is a "designated country"?', ['a country named in a Madrid application in which protection is requested'], ['A designated country is a country named in a Madrid application in which protection is requested.'])
Q('zh', 'definition', 'E', '马德里体系到底是怎么回事？', ['lets one application designate many countries'], ['An overseas trademark is a trademark registered with a trademark office outside mainland China, either country by country or through the Madrid System, which lets one application designate many countries.'])
Q('zh', 'other', 'E', '我在开封卖卷尺，商标一般要注册哪一类？', ['Class 9'], [ECL])
Q('en', 'other', 'E', 'I sell kitchen knives online — which trademark class do I need?', ['Class 8'], [ECL])
Q('zh', 'yesno', 'E', '我已经递交了申请，但还没下证，能一次拿到全部补贴吗？', ['Half of the subsidy is paid when the application is filed', 'the other half when registration is complete'], [EH])
Q('en', 'figure', 'E', 'For a Madrid filing, what rate does Kaifeng pay and what are the caps?', ['60%', 'CNY 30,000', 'CNY 150,000'], ['Madrid System filing', '60%\tCNY 30,000\tCNY 150,000'])
Q('zh', 'figure', 'E', '单一国家注册，补贴比例和每件上限是多少？', ['50%', 'CNY 10,000'], ['Single country filing', '50%\tCNY 10,000\tCNY 100,000'])
Q('zh', 'figure', 'E', '续展或者异议能补多少？', ['30%', 'CNY 5,000'], ['Renewal or opposition', '30%\tCNY 5,000\tCNY 30,000'])
Q('en', 'yesno', 'E', 'My store got taken down last year because of trademark complaint. I get more subsidy or not?', ['an extra 10 percentage points', 'the caps stay the same'], [EX])
Q('zh', 'reason', 'E', '开封2025年为什么把补贴比例提高了？', ['at least 23 stores were frozen', 'cheaper per country', 'a registered trademark is a condition for joining most brand programmes'], [ER1, ER2, ER3])
Q('zh', 'reason', 'E', '政府为什么想让卖家走马德里？', ['cheaper per country'], [ER2])
Q('en', 'reason', 'E', 'Why does a trademark matter for the 2027 brand goal?', ['a registered trademark is a condition for joining most brand programmes on marketplaces'], [ER3])
Q('zh', 'figure', 'E', '开封想在2027年前培育多少个海外年销售过千万元的品牌？', ['50 brands', 'more than 10 million yuan'], [ER3])
Q('en', 'date', 'E', 'When can I apply for the Kaifeng subsidy?', ['from 1 to 30 April', 'from 1 to 31 October'], ['Applications are accepted twice a year, from 1 to 30 April and from 1 to 31 October.'])
Q('zh', 'list', 'E', '申请开封商标补贴要准备哪些材料？', ['business licence', ['the filing receipt or the registration certificate', 'registration certificate'], 'invoices for the official fees and the agency fees', 'proof of cross-border sales'], ['- a copy of the business licence;', '- the filing receipt or the registration certificate, with a Chinese translation;', '- invoices for the official fees and the agency fees;', '- proof of cross-border sales in the previous 12 months, such as platform sales reports of at least USD 50,000.'])
Q('zh', 'other', 'E', '材料交给谁审核？', ['the district or county commerce office'], ['Submit the documents to the district or county commerce office, which checks them and sends them on to the bureau.'])
Q('en', 'date', 'E', 'After I apply, how long until the money arrives?', ['within 60 working days after the end of the application window'], ['Payment normally arrives within 60 working days after the end of the application window.'])
Q('en', 'list', 'E', 'What costs does the subsidy pay a share of?', ['official fees', 'agency fees'], ['The subsidy pays a share of official fees and agency fees that sellers have actually paid.'])
Q('zh', 'list', 'E', '申请被退回最常见的原因有哪些？', ['Fees paid by a different company', 'Missing sales proof', 'Wrong class'], [EP1, EP2, EP3])
Q('en', 'reason', 'E', 'My agency fee invoice is in my brother company name. Why this is a problem?', ['The invoice must be in the name of the applicant that owns the trademark'], [EP1])
Q('zh', 'reason', 'E', '类别注错了为什么拿不到补贴？', ['does not cover the goods they actually sell'], [EP3])
Q('en', 'reason', 'E', 'Why bother searching for similar marks before filing?', ['saves the fee for a doomed application'], [EP4])
Q('zh', 'reason', 'E', '为什么建议在明年打算进入的国家现在就注册？', ['a mark takes 8 to 18 months to register'], [EC3a, EC3b])
Q('en', 'list', 'E', "What are the agency's recommendations?", ['search the mark', 'compare the cost of a Madrid filing', "file in the countries where you plan to sell next year", "keep all invoices in the applicant's name", 'brand registry'], [EC1, EC2, EC3a, EC4, EC5])
Q('zh', 'yesno', 'E', '我申请专利能用这个补贴吗？', ['does not cover patents'], ['2. The subsidy does not cover patents, design registrations or copyright.'])
Q('zh', 'date', 'E', '这份商标补贴指南是哪天发布的？', ['3 November 2025'], ['Published 3 November 2025.'])
U('zh', 'figure', '三季度开封批准了多少件商标补贴申请？')
U('zh', 'figure', '尉氏县卖家申请了多少件海外商标？')
U('en', 'figure', 'By how much did the number of Kaifeng trademark filings grow in H1 2025 compared with H1 2024?')
U('zh', 'figure', '兰考县有多少卖家拿到了商标补贴？')
U('en', 'figure', 'What is the official fee for a Madrid application?')
U('zh', 'figure', '区县商务部门初审一般要多少天？')
U('en', 'reason', 'Why was the renewal subsidy rate set at only 30%?')

# ---------------------------------------------------------------- F: Nanchong claims guide (txt)
F1 = 'In 2024 the Nanchong office insured cross-border e-commerce exports of USD 120 million for 186 sellers and paid 31 claims worth USD 2.2 million.'
F2 = 'In the first half of 2025 insured exports reached USD 78 million, 34% more than a year earlier, and we received 24 notices of possible loss.'
F3 = 'In the third quarter of 2025 we paid 15 claims worth USD 1.05 million.'
F4 = 'Since the office opened in March 2020, it has paid claims of USD 8.6 million in total.'
F5 = 'Our target for 2026 is to insure USD 200 million of exports and cover 300 sellers.'
FR1 = 'First, several importers in Latin America faced currency falls and asked for longer payment terms, and some then stopped paying.'
FR2 = 'Second, more Nanchong sellers began selling to wholesale buyers on credit rather than only to consumers who pay in advance.'
FR3 = 'Third, two overseas warehouse operators used by local sellers went bankrupt, and goods held there could not be sold.'
FP1 = '(1) Late notice. If the notice of possible loss arrives after the 60-day limit, we may reduce the claim by up to 20% or refuse it.'
FP2 = '(2) Undeclared shipments. Sales that were not declared within 15 days are not insured at all.'
FP3 = '(3) Disputes over quality. If the buyer says the goods were faulty, the seller must first settle the dispute, for example by a court ruling or an arbitration award.'
FP4 = '(4) Sales above the credit limit. We only pay up to the credit limit we approved for that buyer.'
FP5 = '(5) Missing delivery proof. Without a signed delivery record or tracking showing delivery, the claim will be delayed.'
FS1 = '- Apply for a credit limit on every new buyer before you ship, even for a small first order.'
FS2 = '- Declare shipments every week rather than at the end of the month.'
FS3a = '- Contact us as soon as a buyer is 30 days late. Do not wait for the 60-day limit,'
FS3b = 'because early action often recovers the money without a claim.'
FS4 = '- Keep contracts, invoices, tracking records and e-mails together in one file for each buyer.'
FS5 = '- Do not grant new credit to a buyer who is already late.'

Q('zh', 'figure', 'F', '南充2024年承保了多少出口、多少卖家？赔了几笔、多少钱？', ['USD 120 million', '186 sellers', '31 claims', 'USD 2.2 million'], [F1])
Q('en', 'figure', 'F', "Nanchong insured exports in H1 2025 and growth?", ['USD 78 million', '34%'], [F2])
Q('en', 'figure', 'F', 'How many claims did the Nanchong office pay in Q3 2025 and for how much?', ['15 claims', 'USD 1.05 million'], [F3])
Q('zh', 'figure', 'F', '南充营业部成立以来一共赔了多少？', ['USD 8.6 million'], [F4])
Q('zh', 'date', 'F', '南充这个营业部是什么时候开的？', ['March 2020'], [F4])
Q('en', 'figure', 'F', "What is the Nanchong office's 2026 target?", ['USD 200 million', '300 sellers'], [F5])
Q('zh', 'list', 'F', '南充投保的卖家主要集中在哪些区县？', ['Shunqing', 'Gaoping', 'Jialing', 'Langzhong'], ['Most insured sellers are in Shunqing, Gaoping and Jialing districts and in Langzhong.'])
Q('en', 'list', 'F', 'What do the insured Nanchong sellers mainly sell?', ['silk garments', 'furniture', 'pickled vegetables'], ['The main products are silk garments, furniture and pickled vegetables.'])
Q('en', 'list', 'F', 'Buyers from which countries caused most of the claims Nanchong paid in 2025?', ['Mexico', 'Brazil', 'the United Arab Emirates'], ['Buyers in Mexico, Brazil and the United Arab Emirates accounted for 61% of the claims paid in 2025.'])
Q('zh', 'figure', 'F', '墨西哥、巴西、阿联酋的买家占了2025年赔款的多少？', ['61%'], ['Buyers in Mexico, Brazil and the United Arab Emirates accounted for 61% of the claims paid in 2025.'])
Q('zh', 'definition', 'F', '什么样的销售才算投保的销售？', ['credit terms of up to 180 days', 'declared to us within 15 days of shipment'], ['Insured sale: a sale of goods shipped abroad on credit terms of up to 180 days, declared to us within 15 days of shipment.'])
Q('en', 'definition', 'F', 'what is the waiting period and how long it is?', [['the time after the notice of possible loss during which we try to recover the money', 'try to recover the money before paying a claim'], '4 months for non-payment', '1 month for insolvency'], ['Waiting period: the time after the notice of possible loss during which we try to recover the money before paying a claim. It is 4 months for non-payment and 1 month for insolvency.'])
Q('zh', 'figure', 'F', '联合方案赔几成？自己直接买的保单呢？', ['80%', '85% or 90%'], ['Indemnity rate: the share of the insured loss that we pay. It is 80% under the joint scheme and 85% or 90% for policies bought directly.'])
Q('zh', 'definition', 'F', '“可能损失通知”是什么时候要发的？', ['when a buyer has not paid within 60 days after the due date', 'the buyer is insolvent'], ['Notice of possible loss: the form a seller sends us when a buyer has not paid within 60 days after the due date, or when the seller learns that the buyer is insolvent.'])
Q('en', 'date', 'F', 'My buyer missed the due date. By when must I send the notice of possible loss?', ['within 60 days after due date'], ['| Send notice of possible loss | within 60 days after due date | Seller |'])
Q('zh', 'date', 'F', '发了通知以后，理赔材料最晚什么时候交？', ['within 4 months after the notice'], ['| Submit claim documents | within 4 months after the notice | Seller |'])
Q('en', 'date', 'F', 'Once I hand in all the documents, how long until the insurer decides and pays?', ['30 working days after full documents', '10 working days after decision'], ['| Decide on claim | 30 working days after full documents | Insurer |', '| Pay indemnity | 10 working days after decision | Insurer |'])
Q('zh', 'reason', 'F', '2025年南充的索赔为什么变多了？', ['currency falls', 'selling to wholesale buyers on credit', 'overseas warehouse operators used by local sellers went bankrupt'], [FR1, FR2, FR3])
Q('en', 'reason', 'F', 'why Latin American importers stopped paying Nanchong sellers?', ['faced currency falls'], [FR1])
Q('zh', 'reason', 'F', '放在海外仓的货为什么卖不掉了？', ['two overseas warehouse operators used by local sellers went bankrupt'], [FR3])
Q('en', 'reason', 'F', 'Why do more Nanchong sellers now have credit risk at all?', ['selling to wholesale buyers on credit'], [FR2])
Q('zh', 'list', 'F', '理赔会被减少或拒赔，常见原因有哪些？', ['Late notice', 'Undeclared shipments', 'Disputes over quality', 'Sales above the credit limit', 'Missing delivery proof'], [FP1, FP2, FP3, FP4, FP5])
Q('zh', 'yesno', 'F', '我有一票货发出去20天才申报，后来买家不付款，能赔吗？', ['not insured at all'], [FP2])
Q('en', 'other', 'F', 'The buyer says my goods were faulty and refuses to pay. What do I need first before the claim?', ['settle the dispute', ['a court ruling or an arbitration award', 'court ruling', 'arbitration award']], [FP3])
Q('zh', 'yesno', 'F', '我卖给一个买家的货超过了批的信用限额，超出的部分赔不赔？', ['only pay up to the credit limit'], [FP4])
Q('en', 'reason', 'F', 'Why might my Nanchong claim be held up even though the loss is real?', ['Without a signed delivery record or tracking showing delivery'], [FP5])
Q('zh', 'list', 'F', '保险公司给卖家哪些建议？', ['credit limit on every new buyer', 'Declare shipments every week', 'as soon as a buyer is 30 days late', 'Keep contracts, invoices, tracking records and e-mails', 'Do not grant new credit'], [FS1, FS2, FS3a, FS4, FS5])
Q('en', 'reason', 'F', 'Why contact the insurer at 30 days late instead of waiting to 60?', ['early action often recovers the money without a claim'], [FS3a, FS3b])
Q('zh', 'other', 'F', '南充的联合方案保费谁出？什么卖家能参加？', ['Nanchong Municipal Bureau of Commerce', 'below USD 5 million'], ['3. Under the joint scheme, the premium is paid by the Nanchong Municipal Bureau of Commerce for sellers with annual exports below USD 5 million.'])
Q('en', 'yesno', 'F', 'I also sell inside China. Are those sales covered by the Nanchong policy?', ['Domestic sales are not insured'], ['2. This guide covers export sales only. Domestic sales are not insured under these policies.'])
Q('zh', 'place', 'F', '理赔材料可以在哪儿交？', ['online', 'Shunqing District'], ['4. Claims can be submitted online or at our office in Shunqing District.'])
U('zh', 'figure', '南充营业部2025年上半年赔了多少钱？')
U('en', 'figure', 'How many sellers did the Nanchong office insure in H1 2025?')
U('zh', 'figure', '阆中的卖家投保出口额有多少？')
U('en', 'figure', 'How much did Q3 2025 claims paid in Nanchong grow compared with Q3 2024?')
U('zh', 'figure', '南充营业部2023年赔了多少钱？')
U('en', 'list', 'Which two overseas warehouse operators went bankrupt?')
U('zh', 'figure', '营山县有多少卖家投保？')
U('en', 'reason', 'Why is the joint scheme indemnity rate set at 80% rather than 90%?')


def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for lang, typ, q, groups, ev, un in ITEMS:
        n[lang] += 1
        out.append(json.dumps({'id': 'fp7-%s-%03d' % (lang, n[lang]), 'lang': lang, 'type': typ, 'question': q,
                               'answers': groups, 'evidence': ev, 'unanswerable': un}, ensure_ascii=False))
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %d items' % len(out))

if __name__ == '__main__':
    main()
