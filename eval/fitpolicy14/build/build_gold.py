#!/usr/bin/env python3
"""Build ../gold.jsonl from the hand-written questions below (python3, standard library only).

Q(lang, type, question, answers, doc, *quotes): answerable item; answers is a list whose elements
are a string (one alternative) or a list of alternatives (one group each).
N(lang, type, question, doc): unanswerable near miss; doc is the document it aims at (kept only
for the README counts, not written to gold.jsonl).
L(doc, prefix): the whole line of the source text that starts with prefix (for table rows).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

R = 'fp14_zh_rizhao_brand_dtc_site_evaluation_2025h1.html'
D = 'fp14_zh_dehua_ceramics_export_rebate_timing_notice_2025.md'
S = 'fp14_zh_shishi_footwear_overseas_trademark_brief_2025.txt'
G = 'fp14_zh_dongying_export_certification_support_evaluation_2024.pdf'
Y = 'fp14_en_yixing_ceramics_breakage_claims_guide_2025.docx'
B = 'fp14_en_binzhou_home_textiles_latam_mideast_programme_evaluation_2025.txt'


def text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', doc)
    with open(p, encoding='utf-8') as f:
        return f.read()


TEXTS = {d: text(d) for d in (R, D, S, G, Y, B)}
ITEMS = []


def L(doc, prefix):
    hits = [ln for ln in TEXTS[doc].split('\n') if ln.startswith(prefix)]
    assert len(hits) == 1, (doc, prefix, hits)
    return hits[0].rstrip()


def Q(lang, typ, question, answers, doc, *quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    for q in quotes:
        assert q in TEXTS[doc] and '\n' not in q, (question, q)
    for g in groups:
        for a in g:
            assert any(a in q for q in quotes), (question, a)
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=groups,
                      evidence=[{'source': doc, 'quote': q} for q in quotes], unanswerable=False, doc=doc))


def N(lang, typ, question, doc):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True, doc=doc))


# ---------------------------------------------------------------- Rizhao (zh, html): DTC sites evaluation
Q('zh', 'definition', '报告里说的“有效独立站”到底要满足啥条件？', ['月均访问量不低于3000次', '至少成交一笔境外订单'], R,
  '“有效独立站”，是指评估期内月均访问量不低于3000次、且至少成交一笔境外订单的独立站。')
Q('en', 'yesno', 'If I only have a store on Amazon, does it count as an independent site in the Rizhao report?', ['不包括在第三方跨境电商平台上开设的店铺'], R,
  '不包括在第三方跨境电商平台上开设的店铺')
Q('en', 'definition', 'How does the Rizhao evaluation define the repeat purchase rate?', ['下单两次及以上的境外买家人数占全部下单买家人数的比例'], R,
  '“复购率”，是指评估期内下单两次及以上的境外买家人数占全部下单买家人数的比例。')
Q('zh', 'figure', '日照到今年6月底一共扶起来多少个独立站？真正跑起来的有几个？', ['218个', '97个'], R,
  '截至2025年6月底，全市累计培育独立站218个，其中有效独立站97个。')
Q('en', 'figure', 'What were Rizhao independent sites export sales for whole 2024, and how much it grew?', ['3.2亿元', '41%'], R,
  '2024年全年，全市独立站实现出口销售额3.2亿元，同比增长41%')
Q('zh', 'figure', '今年上半年日照的独立站一共卖了多少，比去年同期涨了多少？', ['2.1亿元', '56%'], R,
  '2025年上半年实现出口销售额2.1亿元，同比增长56%')
Q('en', 'figure', 'Rizhao DTC sites: sales in the second quarter of 2025?', ['1.3亿元'], R, '其中第二季度实现1.3亿元')
Q('zh', 'figure', '日照给今年全年独立站销售定的目标是多少？', ['4.5亿元'], R, '2025年全年独立站出口销售额目标为4.5亿元')
Q('en', 'figure', 'By 2027, how many effective independent sites does Rizhao want to have?', ['200个'], R, '到2027年底有效独立站达到200个')
Q('zh', 'figure', '上半年日照独立站卖到中东的和卖到拉美的各占多少？', ['24%', '19%'], R,
  '面向中东（沙特、阿联酋、卡塔尔）的销售额占比为24%，面向拉美（墨西哥、智利、哥伦比亚）的占比为19%')
Q('en', 'place', 'Which market is still the biggest for the Rizhao independent sites, and with what share?', ['北美', '38%'], R,
  '北美仍是第一大市场，占比38%')
Q('en', 'list', 'Which Latin American countries are counted in the Rizhao Latin America share?', ['墨西哥', '智利', '哥伦比亚'], R,
  '面向拉美（墨西哥、智利、哥伦比亚）的占比为19%')
Q('zh', 'figure', '回头客多不多？上半年复购率多少，比去年高了多少？', ['17.4%', '3.1个百分点'], R,
  '上半年独立站平均复购率为17.4%，比2024年全年提高3.1个百分点')
Q('zh', 'place', '日照哪个区县建的独立站最多？有多少个？', ['东港区', '86'], R, '东港区', '86')
Q('en', 'figure', 'In Lanshan district, how many effective sites are there and what were their sales in H1 2025?', ['23', '4800'], R,
  '岚山区', '23', '4800')
Q('zh', 'list', '莒县做独立站的企业主要卖什么东西？', ['工艺品', '户外用品'], R, '工艺品、户外用品')
Q('zh', 'reason', '五莲县有效的站为什么占比偏低？', ['石材制品单件重量大', '跨境物流费用高'], R,
  '五莲县有效独立站占比偏低，主要是因为石材制品单件重量大、跨境物流费用高，不少站点只有询盘、没有成交。')
Q('en', 'reason', 'Why did Rizhao independent-site sales grow so fast in the first half? Give me the reasons.',
  ['建站补贴', '多语种本地化', '本地支付方式'], R,
  '一是落实建站补贴政策，对新建独立站按建站费用的50%给予补贴，单家企业最高5万元',
  '二是集中推进多语种本地化，上半年共完成阿拉伯语、西班牙语版本改版63个站点',
  '三是协调支付服务商为独立站接入沙特mada卡、墨西哥OXXO便利店付款等本地支付方式')
Q('zh', 'figure', '我在日照新建一个独立站，建站费能补多少？一家最多给多少？', ['50%', '5万元'], R,
  '一是落实建站补贴政策，对新建独立站按建站费用的50%给予补贴，单家企业最高5万元')
Q('en', 'figure', 'After the sites added local payment methods, the payment success rate went from what to what?', ['71%', '86%'], R,
  '站点支付成功率由71%提高', '到86%。')
Q('zh', 'reason', '日照独立站的支付成功率怎么一下子提高了？', ['接入沙特mada卡、墨西哥OXXO便利店付款等本地支付方式'], R,
  '三是协调支付服务商为独立站接入沙特mada卡、墨西哥OXXO便利店付款等本地支付方式')
Q('en', 'list', 'What local payment methods were connected to the Rizhao sites?', ['mada', 'OXXO'], R,
  '三是协调支付服务商为独立站接入沙特mada卡、墨西哥OXXO便利店付款等本地支付方式')
Q('zh', 'list', '评估发现日照独立站培育还有哪些毛病？', ['依赖付费广告', '运营人才不足', '合规意识薄弱', '僵尸站点'], R,
  '流量过度依赖付费广告。抽查企业付费广告带来的访问量占比平均为68%，通过搜索引擎自然搜索进入的流量明显不足。',
  '专业运营人才不足。46家抽查企业中有29家没有专职的站点运营人员，多由外贸业务员兼管。',
  '合规意识薄弱。部分站点未按目标市场要求公示隐私政策和退换货条款，个别站点商品页缺少阿拉伯语安全警示。',
  '“僵尸站点”较多。部分站点建成后长期不更新、不投放，约占累计站点数的三成。')
Q('en', 'reason', 'Why does the Rizhao report say the sites have weak compliance?', ['未按目标市场要求公示隐私政策和退换货条款', '缺少阿拉伯语安全警示'], R,
  '合规意识薄弱。部分站点未按目标市场要求公示隐私政策和退换货条款，个别站点商品页缺少阿拉伯语安全警示。')
Q('en', 'list', 'What does the office suggest doing next for independent sites?',
  ['补贴与运营成效挂钩', '独立站运营实战营', '海外服务商', '合规自查清单'], R,
  '将补贴与运营成效挂钩，对连续6个月没有境外订单的站点不再给予续费补贴。',
  '每季度举办一期“独立站运营实战营”，重点讲授搜索引擎优化、社媒引流和邮件营销。',
  '在多哈和瓜达拉哈拉各选定1家海外服务商，为独立站提供本地退换货和售后服务。',
  '编制独立站合规自查清单，2025年10月底前发放至全部已建站企业。')
Q('zh', 'place', '日照打算在哪两个海外城市找服务商做退换货？', ['多哈', '瓜达拉哈拉'], R,
  '在多哈和瓜达拉哈拉各选定1家海外服务商，为独立站提供本地退换货和售后服务。')
Q('zh', 'yesno', '我的站已经连着半年没有海外订单了，以后还能拿续费补贴吗？', ['不再给予续费补贴'], R,
  '对连续6个月没有境外订单的站点不再给予续费补贴')
Q('en', 'date', 'When will the compliance self-check list be sent out to the firms?', ['2025年10月底前'], R,
  '编制独立站合规自查清单，2025年10月底前发放至全部已建站企业。')
Q('en', 'other', 'Who actually carried out the Rizhao evaluation, and how many firms did they sample?', ['黄海数字贸易评估中心', '46家'], R,
  '本次评估由日照市品牌出海促进办公室委托黄海数字贸易评估中心开展，现场和线上核查时间为2025年7月8日至7月25日，共抽查企业46家。')
Q('zh', 'date', '这次评估的核查是从几号做到几号的？', ['2025年7月8日至7月25日'], R,
  '本次评估由日照市品牌出海促进办公室委托黄海数字贸易评估中心开展，现场和线上核查时间为2025年7月8日至7月25日，共抽查企业46家。')
Q('zh', 'yesno', '报告里的销售额审计过吗？在第三方平台上卖的算不算进去？', ['未经审计', '不包括企业通过第三方跨境电商平台实现的销售额'], R,
  '本报告销售额为企业申报数据，未经审计。', '本报告销售额不包括企业通过第三方跨境电商平台实现的销售额。')
Q('en', 'list', 'What will the quarterly DTC training camp in Rizhao teach?', ['搜索引擎优化', '社媒引流', '邮件营销'], R,
  '每季度举办一期“独立站运营实战营”，重点讲授搜索引擎优化、社媒引流和邮件营销。')
N('zh', 'figure', '日照独立站的平均客单价是多少？', R)
N('en', 'figure', 'What was the repeat purchase rate of the Rizhao sites in 2023?', R)
N('en', 'figure', 'How much did the Rizhao independent sites sell to Qatar alone in the first half of 2025?', R)
N('zh', 'figure', '东港区上半年独立站销售额比去年同期增长了多少？', R)
N('zh', 'place', '日照经济技术开发区建了多少个独立站？', R)
N('en', 'list', 'Which SaaS site-building tools did the Rizhao firms use?', R)
N('zh', 'reason', '莒县有效独立站占比为什么不高？', R)
N('en', 'date', 'When will the first quarterly independent-site training camp in Rizhao be held?', R)

# ---------------------------------------------------------------- Dehua (zh, md): export rebate timing notice
Q('zh', 'definition', '通知里“退税到账时间”是从哪天算到哪天？', ['企业提交出口退（免）税申报之日起', '退税款到达企业银行账户之日止'], D,
  '指企业提交出口退（免）税申报之日起，至退税款到达企业银行账户之日止的自然日天数')
Q('en', 'list', 'For the Dehua "document completeness rate", which four documents must all be ready?',
  ['报关单', '增值税专用发票', '收汇凭证', '物流凭证'], D,
  '指申报时报关单、增值税专用发票、收汇凭证和物流凭证四类单证均已齐备的申报笔数占全部申报笔数的比例')
Q('en', 'definition', 'What is a "class one" enterprise in the Dehua notice, and what benefit does it get?',
  ['被评为第一类的企业', '优先审核、快速办理'], D,
  '指在出口退（免）税企业分类管理中被评为第一类的企业，可享受优先审核、快速办理等便利')
Q('zh', 'figure', '德化陶瓷跨境联盟现在多少家成员？一类企业有几家？', ['132家', '28家'], D,
  '联盟现有成员企业132家，其中一类企业28家、二类企业71家')
Q('zh', 'list', '德化这些成员主要往外卖什么？', ['日用陶瓷', '陶瓷工艺品', '白瓷茶具'], D, '主要出口日用陶瓷、陶瓷工艺品和白瓷茶具')
Q('en', 'list', 'In which Middle East and Latin America markets are Dehua members\' exports growing fast?',
  ['沙特', '阿联酋', '墨西哥', '巴西'], D, '近两年对沙特、阿联酋、墨西哥、巴西等中东和拉美市场的出口增长较快')
Q('zh', 'figure', '去年一年联盟成员退了多少税？平均几天到账？', ['1.86亿元', '9.8天'], D,
  '2024年全年，成员企业共办理出口退税1.86亿元，平均退税到账时间为9.8天')
Q('en', 'figure', 'Dehua ceramics members: rebate amount in first half 2025 and average days until money arrive?', ['1.12亿元', '6.4天'], D,
  '2025年上半年办理退税1.12亿元，平均到账时间缩短至6.4天')
Q('zh', 'figure', '今年第三季度退税平均几天能到账？', ['4.9天'], D, '第三季度平均到账时间进一步缩短至4.9天')
Q('en', 'figure', 'Since the alliance was founded, how much export rebate have members handled in total?', ['5.7亿元'], D,
  '自2021年联盟成立以来，成员企业累计办理出口退税5.7亿元')
Q('zh', 'figure', '到今年年底，退税到账时间要压到几天？一类企业呢？', ['5天以内', '3天以内'], D,
  '到2025年底，成员企业平均退税到账时间压缩到5天以内，其中一类企业压缩到3天以内')
Q('en', 'figure', 'How many class one firms does the alliance want to have in 2026?', ['40家'], D, '2026年成员中的一类企业达到40家')
Q('en', 'figure', 'For 9710 B2B direct exports, what was the rebate amount in H1 2025 and the average days?', ['3260', '6.1'], D,
  L(D, '| 9710'))
Q('zh', 'figure', '走海外仓（9810）出口的，单证齐全率是多少？', ['88%'], D, L(D, '| 9810'))
Q('zh', 'other', '几种出口方式里面，哪种退税到账最快？平均几天？', ['一般贸易', '5.3'], D, L(D, '| 一般贸易'))
Q('en', 'figure', '9610 direct mail: how much rebate in the first half, and what is the document completeness rate?', ['1850', '83%'], D,
  L(D, '| 9610'))
Q('zh', 'reason', '为啥今年退税到账比去年快多了？', ['无纸化申报', '统一帮助成员整理', '自动比对'], D,
  '一是税务部门全面推行无纸化申报，企业足不出户即可完成申报',
  '二是联盟服务中心统一帮助成员整理报关单、发票和物流凭证，减少了因单证问题被退回的情况',
  '三是收汇数据与报关数据实现自动比对，人工核对环节大幅减少')
Q('en', 'reason', 'Why do 9610 rebates take the longest to arrive?', ['票数多、单票金额小', '收汇凭证分散', '逐票匹配'], D,
  '9610方式到账时间最长，主要是因为该方式以小包裹为主，票数多、单票金额小，收汇凭证分散，', '企业需要逐票匹配，整理单证耗时较长。')
Q('zh', 'list', '成员企业反映影响退税进度的问题都有哪些？',
  ['增值税专用发票滞后', '海外仓模式销售实现周期长', '分不清“无票免税”和出口退税的区别', '单证不齐被列入重点审核'], D,
  '部分企业从供货商取得增值税专用发票滞后，平均晚于货物出口约25天，导致无法及时申报。',
  '海外仓模式销售实现周期长，部分货物出口后半年以上才完成销售和收汇。',
  '一些小微企业分不清“无票免税”和出口退税的区别，错选申报方式后需要撤回重报。',
  '个别企业因单证不齐被列入重点审核，审核时间延长到20天以上。')
Q('zh', 'reason', '供货商发票开得晚，为什么会拖慢退税？', ['导致无法及时申报'], D,
  '部分企业从供货商取得增值税专用发票滞后，平均晚于货物出口约25天，导致无法及时申报。')
Q('en', 'reason', 'Why do some small firms have to withdraw their rebate declaration and file again?', ['分不清“无票免税”和出口退税的区别'], D,
  '一些小微企业分不清“无票免税”和出口退税的区别，错选申报方式后需要撤回重报。')
Q('en', 'reason', 'We sell through overseas warehouses — why does that slow down our rebate according to the Dehua alliance?',
  ['销售实现周期长', '出口后半年以上才完成销售和收汇'], D, '海外仓模式销售实现周期长，部分货物出口后半年以上才完成销售和收汇。')
Q('zh', 'place', '退税单证预审窗口设在哪，哪天开始，每周哪几天办？', ['浔中镇服务大厅', '2025年10月1日', '每周二、周四'], D,
  '自2025年10月1日起，联盟在浔中镇服务大厅设立“退税单证预审窗口”，每周二、周四受理，预审时间不超过2个工作日。')
Q('en', 'place', 'Where will the November rebate policy trainings be held?', ['龙浔镇', '三班镇'], D,
  '11月中旬在龙浔镇、三班镇各举办一场退税政策培训，重点讲解9610和9810方式的单证要求。')
Q('zh', 'other', '四季度单证齐全率做到100%，联盟给什么好处？', ['优先推荐其参加一类企业评定'], D,
  '对第四季度单证齐全率达到100%的成员企业，联盟将优先推荐其参加一类企业评定。')
Q('zh', 'reason', '联盟为什么要发这个加快退税的通知？', ['尽快收回出口退税资金', '缓解资金周转压力'], D,
  '为帮助成员企业尽快收回出口退税资金、缓解资金周转压力，现将今年以来退税办理情况和第四季度有关安排通知如下。')
Q('en', 'list', 'What does the Dehua alliance recommend members do?', ['约定开票时间', '按月整理销售和收汇记录', '委托联盟服务中心批量匹配收汇凭证'], D,
  '成员企业应与供货商在合同中约定开票时间，原则上在货物出口后15天内取得发票。',
  '使用海外仓的企业应按月整理销售和收汇记录，避免年底集中申报。',
  '小额多票的9610出口企业可委托联盟服务中心批量匹配收汇凭证。')
Q('en', 'yesno', 'Does the Dehua average arrival time leave out public holidays?', ['不扣除节假日'], D, '平均到账时间按自然日计算，不扣除节假日。')
Q('zh', 'yesno', '这些退税数字税务局核对过没有？', ['未经税务部门核对'], D, '本通知中的退税额和到账时间为成员企业报送数据，未经税务部门核对。')
N('zh', 'figure', '2023年德化联盟成员的平均退税到账时间是多少天？', D)
N('en', 'figure', 'What was the average rebate arrival time for class-one members in the first half of 2025?', D)
N('en', 'figure', 'How much import VAT did the Dehua alliance members pay last year?', D)
N('zh', 'figure', '德化联盟成员对巴西的出口额是多少？', D)
N('en', 'figure', 'How much rebate did Dehua members receive in the third quarter of 2025?', D)
N('en', 'reason', 'Why did the Dehua alliance choose Xunzhong town for the pre-check window?', D)
N('zh', 'date', '一类企业评定的申请截止日期是哪天？', D)

# ---------------------------------------------------------------- Shishi (zh, txt): overseas trademark registration brief
Q('zh', 'definition', '简报里的核准注册率是怎么算的？', ['当期核准注册的件数占当期审查完结件数的比例'], S,
  '核准注册率：指当期核准注册的件数占当期审查完结件数的比例。')
Q('en', 'definition', 'What does "one mark, multiple classes" mean in the Shishi footwear brief?', ['同一商标在一份申请中同时指定多个商品或服务类别'], S,
  '一标多类：指同一商标在一份申请中同时指定多个商品或服务类别。')
Q('en', 'definition', 'What does the Shishi footwear alliance mean by trademark squatting?', ['他人在境外抢先以相同或近似标志申请注册成员企业已在使用的商标'], S,
  '商标抢注：指他人在境外抢先以相同或近似标志申请注册成员企业已在使用的商标。')
Q('zh', 'list', '去国外注册商标，一般有哪两条路可以走？', ['马德里国际注册体系', '逐一向目标国家商标主管机关提出申请'], S,
  '海外商标注册：指企业通过马德里国际注册体系或者逐一向目标国家商标主管机关提出申请，在境外取得商标专用权。')
Q('en', 'figure', 'In 2024 how many overseas trademark applications did Shishi members file, and how many got approved?', ['412件', '287件'], S,
  '2024年全年，联盟成员企业共提交海外商标申请412件，核准注册287件，核准注册率为81%。')
Q('zh', 'figure', '今年前三季度一共交了多少件申请？光第三季度交了多少？', ['365件', '148件'], S, '2025年前三季度提交申请365件，其中第三季度提交148件')
Q('en', 'figure', 'What was the approval rate for the first three quarters of 2025?', ['86%'], S, '前三季度核准注册率提高到86%')
Q('zh', 'figure', '到9月底石狮鞋企在国外一共注册下来多少个商标？', ['1026件'], S, '截至2025年9月底，成员企业在境外累计核准注册商标1026件')
Q('en', 'date', 'Since which year has the Shishi alliance been filing trademarks as a group?', ['2019年'], S, '自2019年联盟开展集中申报以来')
Q('zh', 'figure', '明年打算报多少件？中东拉美要占多少？', ['500件', '一半'], S,
  '联盟计划2026年提交海外商标申请500件，其中中东和拉美市场的申请占比达到一半。')
Q('zh', 'list', '除了鞋类第25类，还主要报了哪些类？', ['第18类箱包', '第35类广告销售服务'], S, '其余主要是第18类箱包和第35类广告销售服务')
Q('en', 'figure', 'How many applications went to Mexico in the first three quarters, and how many months does examination take there?', ['71', '8'], S,
  L(S, '墨西哥'))
Q('en', 'place', 'Of the five Middle East and Latin America countries, which has the longest examination period, and how many months?', ['巴西', '18'], S,
  L(S, '巴西  '))
Q('zh', 'reason', '巴西的商标审查为啥那么慢？', ['积压案件较多', '异议期后的审查排队时间较长'], S,
  '巴西审查周期最长，主要是因为当地商标主管机关积压案件较多，且对异议期后的审查排队时间较长。')
Q('zh', 'yesno', '表里那个官费，包不包括代理费？', ['不含代理费和翻译费'], S, '注：官费为单一类别的参考金额，不含代理费和翻译费。')
Q('en', 'reason', 'Why did the approval rate go up this year for the Shishi members?', ['近似商标检索', '当地代理机构', '细化商品描述'], S,
  '一是申请前由联盟统一开展近似商标检索，避开了明显的在先权利', '二是联盟统一委托目标国家的当地代理机构办理，答复审查意见更及时',
  '三是按照当地分类习惯细化商品描述')
Q('zh', 'reason', '为什么要统一找目标国家当地的代理机构？', ['答复审查意见更及时'], S, '二是联盟统一委托目标国家的当地代理机构办理，答复审查意见更及时')
Q('zh', 'list', '为了少被驳回，“鞋”被拆成了哪几种来写？', ['运动鞋', '凉鞋', '拖鞋'], S, '把“鞋”细分为运动鞋、凉鞋、拖鞋等')
Q('en', 'reason', 'Why did the alliance split "shoes" into sports shoes, sandals and slippers in the filings?', ['减少了因描述不清被驳回的情况'], S,
  '比如把“鞋”细分为运动鞋、凉鞋、拖鞋等，减少了因描述不清被驳回的情况。')
Q('zh', 'list', '商标这块工作暴露了哪些问题？', ['抢注时有发生', '使用证据准备不足', '费用负担较重', '阿拉伯文译名不统一'], S,
  '（一）抢注时有发生。', '（二）使用证据准备不足。', '（三）费用负担较重。', '（四）阿拉伯文译名不统一。')
Q('en', 'figure', 'How many squatting cases were found, and how many marks were taken back?', ['9起', '3起'], S,
  '前三季度共发现成员商标在墨西哥、哥伦比亚被抢注9起，其中已通过异议或无效程序夺回3起。')
Q('en', 'list', 'In which countries were the Shishi member marks squatted?', ['墨西哥', '哥伦比亚'], S,
  '前三季度共发现成员商标在墨西哥、哥伦比亚被抢注9起，其中已通过异议或无效程序夺回3起。')
Q('zh', 'reason', '为什么说使用证据会成问题？', ['规定年限内实际使用', '没有留存当地销售记录'], S,
  '部分国家要求商标注册后在规定年限内实际使用，不少企业没有留存当地销售记录。')
Q('zh', 'figure', '我想在沙特和阿联酋各注册3个类别，光官费要花多少？', ['超过5万元'], S, '一家企业在沙特和阿联酋各注册3个类别，仅官费就超过5万元。')
Q('en', 'reason', 'Why is it a problem that the Arabic name of a brand is not the same everywhere?', ['给维权带来困难'], S,
  '同一品牌在不同国家使用的阿拉伯文音译不同，给维权带来困难。')
Q('zh', 'list', '联盟下一步准备做哪几件事？', ['海外监测机制', '译名对照表', '市级知识产权资金', '海外商标维权培训'], S,
  '建立成员商标海外监测机制', '编制统一的阿拉伯文和西班牙文品牌译名对照表，', '积极争取市级知识产权资金', '2025年12月在宝盖镇举办海外商标维权培训')
Q('en', 'figure', 'What subsidy per class and yearly cap can members get for marks registered in the Middle East or Latin America?', ['2000元', '3万元'], S,
  '每类给予2000元补助，单家企业每年最高3万元')
Q('en', 'date', 'When and where is the overseas trademark enforcement training?', ['2025年12月', '宝盖镇'], S,
  '2025年12月在宝盖镇举办海外商标维权培训，邀请当地代理机构介绍异议和无效程序。')
Q('zh', 'other', '那个阿语西语译名对照表是干什么用的？', ['供成员企业在注册和销售中统一使用'], S,
  '编制统一的阿拉伯文和西班牙文品牌译名对照表，', '供成员企业在注册和销售中统一使用。')
Q('en', 'list', 'Which key markets will the monthly trademark watch cover?', ['墨西哥', '巴西', '沙特'], S,
  '每月对墨西哥、巴西、沙特等重点市场的商标公告进行检索')
N('zh', 'figure', '2024年石狮鞋企向沙特提交了多少件商标申请？', S)
N('en', 'figure', 'What is the agency fee per class for a trademark filing in Saudi Arabia?', S)
N('zh', 'figure', '阿联酋去年核准注册了多少件？', S)
N('en', 'figure', 'How many of the 1,026 registered marks are in Brazil?', S)
N('zh', 'reason', '为什么墨西哥的申请件数最多？', S)
N('en', 'date', 'Within how many years after registration must a mark be used in Mexico?', S)
N('zh', 'figure', '石狮鞋企前三季度在国内注册了多少件商标？', S)
N('en', 'list', 'Which local agencies does the Shishi alliance use in the Gulf countries?', S)

# ---------------------------------------------------------------- Dongying (zh, pdf): certification subsidy evaluation
Q('zh', 'list', '东营报告里说的境外认证，具体指哪几种证？', ['SABER', 'GCC', 'INMETRO', 'NOM'], G,
  '如沙特SABER平台认证、海湾GCC认证、巴西INMETRO认证和墨西哥NOM认证')
Q('en', 'definition', 'How is the certification cycle counted in the Dongying report?', ['提交完整申请资料之日起至取得证书之日止的自然日天数'], G,
  '认证周期：指企业向认证机构提交完整申请资料之日起至取得证书之日止的自然日天数。')
Q('en', 'yesno', 'Does renewing a certificate count as a first certification in Dongying?', ['续证和变更不属于首次认证'], G, '续证和变更不属于首次认证')
Q('zh', 'figure', '首次认证补贴比例是多少？一张证、一家企业各最多补多少？', ['50%', '8万元', '40万元'], G,
  '对首次认证按认证费用的50%给予补贴，单张证书最高8万元，单家企业年度补贴最高40万元。')
Q('en', 'yesno', 'My company need to renew our SABER certificate. Can I get the Dongying subsidy for it?', ['续证费用不予补贴'], G, '续证费用不予补贴。')
Q('en', 'date', 'Since when has the Dongying certification subsidy been in force?', ['2022年7月'], G, '该政策自2022年7月起实施')
Q('zh', 'figure', '2024年支持了多少家企业、拿了多少张证、补了多少钱？', ['93家', '214张', '1280万元'], G,
  '2024年全年，共支持企业93家，取得境外认证证书214张，兑付补贴1280万元')
Q('zh', 'figure', '今年一季度拿了多少张证？上半年一共多少？', ['58张', '127张'], G, '2025年第一季度取得证书58张，上半年累计取得127张')
Q('en', 'figure', 'Total certificates obtained since the policy began?', ['512张'], G, '自政策实施以来，全市累计取得境外认证证书512张')
Q('zh', 'figure', '平均认证周期去年多少天，今年上半年多少天？', ['74天', '61天'], G, '2024年平均认证周期为74天，2025年上半年缩短至61天')
Q('en', 'figure', 'Certified firms\' cross-border e-commerce exports to the Middle East and Latin America in 2024, and the growth?', ['18.6亿元', '33%'], G,
  '取得认证的企业2024年通过跨境电商对中东、拉美出口18.6亿元，同比增长33%')
Q('zh', 'figure', '93家受支持企业里，头一回出口中东拉美的有几家？', ['37家'], G, '获得支持的93家企业中，首次向中东、拉美市场出口的企业有37家')
Q('en', 'place', 'Which county got the most certificates in Dongying, and what share?', ['广饶县', '46%'], G,
  '广饶县企业取得的证书占全市的46%，以轮胎和汽车零部件为主')
Q('zh', 'list', '东营区、垦利区拿认证的主要是些什么产品？', ['石油装备配件', '储能电源'], G, '东营区、垦利区以石油装备配件和储能电源为主')
Q('en', 'figure', 'What is Dongying\'s 2025 target for certificates and for the certification cycle?', ['260张', '60天以内'], G,
  '2025年全年取得境外认证证书260张，平均认证周期控制在60天以内')
Q('zh', 'figure', '沙特SABER去年发了多少张证，平均要多少天？', ['68', '52'], G, L(G, '|SABER'))
Q('en', 'figure', 'How much subsidy was paid for Mexico NOM certificates in 2024?', ['215'], G, L(G, '|NOM'))
Q('en', 'other', 'Which certification takes the longest on average, and how many days?', ['INMETRO', '118'], G, L(G, '|INMETRO'))
Q('zh', 'reason', '巴西INMETRO为什么又贵又慢？', ['在当地认可实验室复测', '样品运输和排队时间长'], G,
  'INMETRO认证平均补贴最高、周期最长，主要是因为巴西要求部分产品在当地认可实验室复测，样品运输和排队时间长、费用高。')
Q('en', 'reason', 'Why did the average certification cycle get shorter in Dongying?', ['预检实验室', '明白纸', '认证管家'], G,
  '一是与3家第三方检测机构合作，在东营设立预检实验室，企业可在送检前发现不合格项',
  '二是编印《中东拉美认证政策明白纸》，列明各国认证所需资料清单', '三是为首次出口企业配备“认证管家”，一对一跟踪申请进度')
Q('zh', 'reason', '在东营设预检实验室有啥用？', ['企业可在送检前发现不合格项'], G,
  '一是与3家第三方检测机构合作，在东营设立预检实验室，企业可在送检前发现不合格项')
Q('en', 'list', 'What problems did the Dongying evaluation find?', ['补贴兑付偏慢', '政策知晓度不高', '续证费用负担重', '小品类企业覆盖不足'], G,
  '（一）补贴兑付偏慢。', '（二）政策知晓度不高。', '（三）续证费用负担重。', '（四）小品类企业覆盖不足。')
Q('zh', 'figure', '补贴从申请到钱到账，平均要多久？', ['4.5个月'], G, '从企业提交补贴申请到资金到账平均需要4.5个月')
Q('en', 'reason', 'Why is slow payment of the subsidy a problem for firms?', ['企业垫资压力较大'], G,
  '从企业提交补贴申请到资金到账平均需要4.5个月，企业垫资压力较大。')
Q('zh', 'reason', '为什么说续证对企业负担重？', ['证书有效期较短', '续证费用不在补贴范围内'], G, '沙特、海湾等认证证书有效期较短，续证费用不在补贴范围内。')
Q('en', 'list', 'Which kinds of firms are under-covered by the Dongying subsidy?', ['家居', '户外用品'], G, '家居、户外用品企业申请较少')
Q('zh', 'list', '评估报告最后提了哪些建议？', ['简化兑付流程', '续证费用按30%纳入补贴范围', '政策宣讲会', '认证信息共享平台'], G,
  '简化兑付流程，将补贴审核时间压缩到60天以内', '将续证费用按30%纳入补贴范围，单张证书最高2万元。',
  '在利津县、河口区各举办一场政策宣讲会，', '建立认证信息共享平台，汇总各国认证标准变化情况，每季度更新一次。')
Q('zh', 'place', '宣讲会打算在哪儿开，主要讲给谁听？', ['利津县', '河口区', '家居和户外用品企业'], G,
  '在利津县、河口区各举办一场政策宣讲会，', '重点面向家居和户外用品企业。')
Q('en', 'yesno', 'Does the Dongying report include certificates for general trade exports?', ['不包括'], G, '本报告不包括企业通过一般贸易方式出口所取得的认证。')
N('zh', 'figure', '东营2023年兑付了多少认证补贴？', G)
N('en', 'figure', 'What was the average certification cycle in Dongying in 2023?', G)
N('zh', 'figure', '垦利区去年拿了多少张境外认证证书？', G)
N('en', 'figure', 'How much certification subsidy did Dongying pay out in the first half of 2025?', G)
N('zh', 'reason', '为什么GCC认证的周期比SABER长？', G)
N('en', 'list', 'Which third-party testing labs did Dongying partner with?', G)
N('zh', 'date', '续证补贴从什么时候开始执行？', G)
N('en', 'figure', 'How many certificates did Dongying firms obtain for the Chilean market in 2024?', G)

# ---------------------------------------------------------------- Yixing (en, docx): packaging and breakage claims guide
Q('zh', 'definition', '宜兴这份指南里的破损率是怎么算的？', ['the number of parcels reported broken by buyers, divided by the number of parcels delivered in the same period'], Y,
  'Breakage rate: the number of parcels reported broken by buyers, divided by the number of parcels delivered in the same period.')
Q('en', 'definition', 'What is the drop test exactly in the Yixing alliance guide?', ['dropped ten times from a height of 1.2 metres'], Y,
  'Drop test: a test in which a packed parcel is dropped ten times from a height of 1.2 metres onto a hard floor, on its faces, edges and corners.')
Q('zh', 'figure', '破损索赔期限是多少天？从哪天开始算？', ['21 days', 'delivery date'], Y, 'It is 21 days from the delivery date.')
Q('en', 'place', 'Where is the alliance\'s drop-test room?', ['Dingshu'], Y,
  'Approved packaging: a box and insert design that has passed the drop test at the alliance\'s testing room in Dingshu town.')
Q('zh', 'figure', '2024年成员发了多少陶瓷包裹？破损率多少？', ['214,000', '3.8%'], Y,
  'In 2024, members shipped 214,000 ceramic parcels to the Gulf and Latin America, and the breakage rate was 3.8%.')
Q('en', 'figure', 'Yixing members: parcels shipped and breakage rate in the first half of 2025?', ['131,000', '2.1%'], Y,
  'In the first half of 2025 members shipped 131,000 parcels and the breakage rate fell to 2.1%.')
Q('zh', 'figure', '三季度破损率降到多少了？', ['1.6%'], Y, 'In the third quarter of 2025 the rate fell again to 1.6%.')
Q('en', 'figure', 'How many breakage claims in total since the pilot, and how much did carriers pay?', ['6,870', 'RMB 2.46 million'], Y,
  'Since the packaging pilot started in April 2023, the alliance has handled 6,870 breakage claims in total, and carriers have paid out RMB 2.46 million.')
Q('zh', 'figure', '2026年破损率要降到多少？什么时候所有成员都要用上认证包装？', ['below 1%', 'the end of June 2026'], Y,
  'The target is to bring the breakage rate below 1% in 2026, and to have every member use approved packaging by the end of June 2026.')
Q('en', 'figure', 'How many members already use approved packaging, out of how many?', ['83', '120'], Y,
  'At present 83 of the alliance\'s 120 members use approved packaging.')
Q('en', 'figure', 'How many parcels went to Guadalajara in the first half?', ['26,300'], Y, L(Y, 'Guadalajara |'))
Q('zh', 'place', '几个目的地城市里哪个破损率最高？多少？', ['Bogota', '3.1%'], Y, L(Y, 'Bogota |'))
Q('zh', 'reason', '为什么发到波哥大的最容易碎？', ['by road from the coast', 'transferred between trucks several times'], Y,
  'Bogota has the highest rate mainly because parcels travel the last stretch by road from the coast and are transferred between trucks several times before delivery.')
Q('en', 'reason', 'Why did breakage drop for the Yixing sellers?', ['moulded pulp inserts', 'single sorting centre', 'Arabic and Spanish'], Y,
  'First, members switched from loose paper filling to moulded pulp inserts that hold each piece in place.',
  'Second, the contracted carrier now routes Gulf parcels through a single sorting centre instead of two, so each parcel is handled fewer times.',
  'Third, members began printing a "fragile, this side up" mark in Arabic and Spanish on every outer box, which local couriers say they take more seriously than English-only marks.')
Q('zh', 'reason', '箱子上为啥要印阿拉伯语和西班牙语的易碎标志？', ['local couriers say they take more seriously than English-only marks'], Y,
  'Third, members began printing a "fragile, this side up" mark in Arabic and Spanish on every outer box, which local couriers say they take more seriously than English-only marks.')
Q('en', 'reason', 'How does sending Gulf parcels through one sorting centre help with breakage?', ['each parcel is handled fewer times'], Y,
  'Second, the contracted carrier now routes Gulf parcels through a single sorting centre instead of two, so each parcel is handled fewer times.')
Q('zh', 'list', '认证包装要达到哪些要求？', ['double-wall corrugated outer box', 'moulded pulp or foam insert', 'Arabic and Spanish fragile mark', 'no more than 8 kg'], Y,
  '(a) a double-wall corrugated outer box with at least 5 cm of cushioning on every side;',
  '(b) a moulded pulp or foam insert for each piece, with lids packed separately from teapots;',
  '(c) an Arabic and Spanish fragile mark on two sides of the outer box;', '(d) a total parcel weight of no more than 8 kg.')
Q('zh', 'figure', '我自己设计的包装想去做跌落测试，收钱吗？', ['free of charge twice a year', 'RMB 300'], Y,
  'Members who design their own packaging can book the drop test free of charge twice a year. Each extra test costs RMB 300.')
Q('en', 'list', 'What do I have to send to the claims desk when a teapot arrives broken?', ['order number', 'photos of the broken item and of the outer box', 'delivery record'], Y,
  'To claim compensation, a member sends the alliance claims desk the order number, the buyer\'s photos of the broken item and of the outer box, and the delivery record.')
Q('zh', 'figure', '我没用联盟认证的包装，东西碎了能赔多少？', ['50%'], Y,
  'The carrier pays 100% of the declared value for parcels in approved packaging, but only 50% for parcels in other packaging.')
Q('en', 'yesno', 'If I file the breakage claim 25 days after delivery, will it still be accepted?', ['Claims filed after the 21-day window are not accepted'], Y,
  'Claims filed after the 21-day window are not accepted.')
Q('zh', 'date', '7月以后赔款多久打一次？', ['every two weeks'], Y, 'Since 1 July 2025, payouts are made in one batch every two weeks instead of once a month.')
Q('en', 'list', 'what problems the working group still see in this year claims?',
  ['without sending photos of the outer box', 'reuse boxes from domestic orders', 'exceed the 8 kg weight limit', 'declare a lower value', 'refuse delivery'], Y,
  '(1) Some buyers report breakage without sending photos of the outer box, so the carrier rejects the claim.',
  '(2) A few members reuse boxes from domestic orders that do not meet the double-wall requirement.',
  '(3) Members selling large sets of more than 20 pieces often exceed the 8 kg weight limit.',
  '(4) Some members declare a lower value than the sale price to cut duties, and then receive lower compensation.',
  '(5) Buyers in Latin America sometimes refuse delivery of a visibly damaged box, and the parcel is returned without any claim being filed.')
Q('en', 'reason', 'Why does the carrier reject some breakage claims?', ['without sending photos of the outer box'], Y,
  '(1) Some buyers report breakage without sending photos of the outer box, so the carrier rejects the claim.')
Q('zh', 'reason', '有些卖家为什么赔到的钱偏少？', ['declare a lower value than the sale price'], Y,
  '(4) Some members declare a lower value than the sale price to cut duties, and then receive lower compensation.')
Q('zh', 'reason', '拉美那边有些摔坏的包裹为什么最后根本没人去索赔？', ['refuse delivery of a visibly damaged box'], Y,
  '(5) Buyers in Latin America sometimes refuse delivery of a visibly damaged box, and the parcel is returned without any claim being filed.')
Q('zh', 'list', '联盟建议卖家具体怎么做？', ['keep the outer box', 'split sets of more than 20 pieces', 'declare the real sale value', 'reinforced box with corner protectors'], Y,
  'First, members should ask buyers in the order confirmation message to keep the outer box and photograph it if anything is broken.',
  'Second, members should split sets of more than 20 pieces into two parcels.', 'Third, members should declare the real sale value.',
  'Fourth, members shipping to Colombia should use the alliance\'s reinforced box with corner protectors, which costs about RMB 4.5 more per parcel')
Q('en', 'figure', 'The reinforced box for Colombia, how much extra it cost and what result on test shipments?', ['about RMB 4.5 more per parcel', 'by almost half'], Y,
  'Fourth, members shipping to Colombia should use the alliance\'s reinforced box with corner protectors, which costs about RMB 4.5 more per parcel',
  'but has cut breakage on test shipments by almost half.')
Q('zh', 'date', '包装培训班什么时候办？在哪？', ['first Friday of every month', 'Dingshu'], Y,
  'The working group runs a packaging workshop in Dingshu on the first Friday of every month.')
Q('en', 'other', 'What are the opening hours of the claims desk?', ['9:00 to 17:30 on working days'], Y,
  'Questions about claims go to the claims desk, open from 9:00 to 17:30 on working days.')
Q('zh', 'yesno', '这些数据里算不算发往海外仓的大货？', ['bulk shipments to overseas warehouses are not included'], Y,
  '2. The figures cover retail parcels only; bulk shipments to overseas warehouses are not included.')
N('en', 'figure', 'What was the breakage rate of Yixing ceramic parcels in 2023?', Y)
N('zh', 'figure', '发到马斯喀特的陶瓷包裹破损率是多少？', Y)
N('en', 'figure', 'How much compensation did carriers pay in the first half of 2025?', Y)
N('en', 'list', 'Which carriers does the Yixing alliance have contracts with?', Y)
N('zh', 'figure', '波哥大2024年的破损率是多少？', Y)
N('en', 'reason', 'Why is the breakage rate to Guadalajara higher than to Doha?', Y)
N('zh', 'figure', '跌落测试要提前几天预约？', Y)

# ---------------------------------------------------------------- Binzhou (en, txt): home textiles programme evaluation
Q('zh', 'date', '滨州这个家纺品牌出海项目是什么时候启动的？', ['January 2024'], B,
  'In January 2024 the Binzhou Brand Going Global Office launched a programme to help local towel, bedding and curtain makers sell their own brands in Latin America and the Middle East through cross-border e-commerce.')
Q('en', 'list', 'What three kinds of support does the Binzhou programme give?',
  ['help with opening stores on regional marketplaces', 'a shared content studio', 'a subsidy for sample shipments'], B,
  'The programme offers three kinds of support: help with opening stores on regional marketplaces, a shared content studio that produces Spanish, Portuguese and Arabic product pages, and a subsidy for sample shipments.')
Q('zh', 'list', '共享内容工作室能做哪几种语言的商品页？', ['Spanish', 'Portuguese', 'Arabic'], B,
  'a shared content studio that produces Spanish, Portuguese and Arabic product pages')
Q('zh', 'other', '这次问卷是谁帮忙做的？调查了多少家企业？', ['Bohai Rim Trade Research Institute', '64'], B,
  'This report was prepared by the office\'s evaluation team with the help of the Bohai Rim Trade Research Institute, which ran a survey of 64 participating firms in September 2025.')
Q('en', 'definition', 'What is "own-brand sales" in the Binzhou report? Do OEM orders count?', ["excluding goods made for foreign buyers' brands (OEM orders)"], B,
  "Own-brand sales: export sales of goods carrying a trademark owned by the participating firm, excluding goods made for foreign buyers' brands (OEM orders).")
Q('zh', 'definition', '什么样的商品页才算“本地化listing”？', ['written or checked by a native speaker', 'local sizes and units'], B,
  "Localised listing: a product page written or checked by a native speaker in the buyer's language, with local sizes and units (for example, bed sizes in centimetres and local names for sheet sets).")
Q('zh', 'definition', '要算“参与企业”得满足什么条件？', ['signed a programme agreement', 'opened at least one store'], B,
  'Participating firm: a company that signed a programme agreement and opened at least one store on a Latin American or Middle Eastern marketplace during the period.')
Q('en', 'figure', 'How many firms had joined the Binzhou programme by September 2025, and how many of them are in Zouping?', ['87', '31'], B,
  'By the end of September 2025, 87 firms had joined the programme.', 'Zouping alone accounted for 31 firms, mostly towel makers.')
Q('zh', 'list', '参与企业分布在滨州哪些区县？', ['Bincheng', 'Zouping', 'Boxing', 'Huimin', 'Wudi'], B,
  'They were spread over Bincheng district, Zouping, Boxing, Huimin and Wudi')
Q('zh', 'figure', '参与企业2024年自主品牌卖了多少？', ['RMB 146 million'], B, 'Own-brand sales by participating firms reached RMB 146 million in 2024.')
Q('en', 'figure', 'Own-brand sales in the first half of 2025, and growth on a year earlier?', ['RMB 112 million', '64%'], B,
  'In the first half of 2025 they reached RMB 112 million, up 64% on the first half of 2024')
Q('zh', 'figure', '今年三季度自主品牌销售额是多少？', ['RMB 71 million'], B, 'in the third quarter of 2025 they reached RMB 71 million')
Q('zh', 'figure', '2025年全年目标是多少？2027年自有品牌要占出口多少？', ['RMB 260 million', '35%'], B,
  "The target for the full year 2025 is RMB 260 million in own-brand sales, and the target for 2027 is for own-brand goods to make up 35% of participating firms' exports, against 18% in 2024.")
Q('en', 'figure', 'What share of the participating firms\' exports was own-brand in 2024?', ['18%'], B,
  "own-brand goods to make up 35% of participating firms' exports, against 18% in 2024")
Q('zh', 'figure', '墨西哥市场2024年和今年上半年各卖了多少（百万元）？', ['52', '38'], B, L(B, 'Mexico |'))
Q('en', 'list', 'On which marketplaces do the Binzhou firms sell to the Gulf states?', ['Noon', 'Amazon.ae'], B, L(B, 'Gulf states |'))
Q('zh', 'figure', '巴西上半年卖了多少？主要在哪些平台？', ['24', 'Mercado Libre', 'Shopee Brazil'], B, L(B, 'Brazil |'))
Q('zh', 'figure', '六件套毛巾在拉美平台卖多少钱？做贴牌卖给外国品牌又是多少？', ['RMB 138', 'RMB 96'], B,
  "The average selling price of a six-piece towel set on Latin American marketplaces was RMB 138 in the first half of 2025, compared with RMB 96 for the same set sold to foreign buyers' brands.")
Q('en', 'reason', 'Why did the own-brand sales grow? What are the main reasons?',
  ['native speakers converted better', 'sample-shipment subsidy', 'group onboarding channel'], B,
  'First, listings written by native speakers converted better: firms reported a conversion rate of 3.4% on localised listings against 1.9% on machine-translated ones.',
  'Second, the sample-shipment subsidy, which covers 60% of the cost of sending up to 200 samples a year to marketplace warehouses, let small firms test new colours and sizes without large stock risk.',
  'Third, the office negotiated a group onboarding channel with two marketplaces, which cut the average time to open a store from 41 days to 16 days.')
Q('en', 'reason', 'Why does the sample subsidy help small firms in particular?', ['test new colours and sizes without large stock risk'], B,
  'Second, the sample-shipment subsidy, which covers 60% of the cost of sending up to 200 samples a year to marketplace warehouses, let small firms test new colours and sizes without large stock risk.')
Q('en', 'figure', 'With the group channel, how long does it take now to open a store, and how long before?', ['16 days', '41 days'], B,
  'Third, the office negotiated a group onboarding channel with two marketplaces, which cut the average time to open a store from 41 days to 16 days.')
Q('zh', 'reason', '海湾国家三季度为什么卖得慢了？', ['demand for heavy bath towels drops in the summer months'], B,
  'Sales to the Gulf states grew more slowly in the third quarter, mainly because demand for heavy bath towels drops in the summer months, when many buyers travel abroad.')
Q('en', 'list', 'What problems are holding the Binzhou programme back?',
  ['Return rates on bedding in Brazil are high', 'Only 22 of the 87 firms hold a registered trademark', 'Cash flow is tight', 'waiting list', 'Few firms track advertising spending by product'], B,
  '(a) Return rates on bedding in Brazil are high, at 11% in the first half of 2025, mainly because buyers confuse local bed size names.',
  '(b) Only 22 of the 87 firms hold a registered trademark in any Latin American or Gulf country, so the rest are exposed to copying and account complaints.',
  '(c) Cash flow is tight: Latin American marketplaces pay sellers 30 to 45 days after delivery, longer than most firms expected.',
  '(d) The content studio has a waiting list of about five weeks in peak months.',
  '(e) Few firms track advertising spending by product, so they cannot tell which listings make a profit.')
Q('zh', 'reason', '巴西床品退货率为什么高？高到多少？', ['11%', 'confuse local bed size names'], B,
  '(a) Return rates on bedding in Brazil are high, at 11% in the first half of 2025, mainly because buyers confuse local bed size names.')
Q('en', 'reason', 'Why is cash flow tight for the Binzhou sellers?', ['pay sellers 30 to 45 days after delivery'], B,
  '(c) Cash flow is tight: Latin American marketplaces pay sellers 30 to 45 days after delivery, longer than most firms expected.')
Q('en', 'reason', 'Why can\'t most firms tell which listings make money?', ['Few firms track advertising spending by product'], B,
  '(e) Few firms track advertising spending by product, so they cannot tell which listings make a profit.')
Q('en', 'list', 'What steps does the office recommend for 2026?',
  ['size guide', 'Link the sample subsidy to trademark filing', 'second content studio in Zouping', 'receivables financing', 'training course on advertising accounts'], B,
  '- Add a size guide with pictures to every bedding listing for Brazil, in Portuguese, by March 2026.',
  '- Link the sample subsidy to trademark filing: from 2026, firms will need to have filed at least one trademark application in a target market to receive the subsidy.',
  '- Open a second content studio in Zouping, with eight native-speaker editors, in the first quarter of 2026.',
  '- Work with a local bank to offer receivables financing against marketplace payouts at an annual rate of no more than 4.2%.',
  '- Hold a training course on advertising accounts and profit per listing')
Q('zh', 'yesno', '我明年想领样品补贴，是不是得先在目标市场申请商标？', ['at least one trademark application in a target market'], B,
  'from 2026, firms will need to have filed at least one trademark application in a target market to receive the subsidy')
Q('zh', 'figure', '第二个内容工作室开在哪，有几个母语编辑，什么时候开？', ['Zouping', 'eight native-speaker editors', 'first quarter of 2026'], B,
  'Open a second content studio in Zouping, with eight native-speaker editors, in the first quarter of 2026.')
Q('en', 'figure', 'How much did the programme spend in 2024, how much of that on the content studio, and what is the 2025 budget?',
  ['RMB 6.8 million', 'RMB 3.1 million', 'RMB 9.5 million'], B,
  'In 2024 the programme spent RMB 6.8 million, of which RMB 3.1 million went on the content studio, RMB 2.2 million on sample subsidies and the rest on training and events. The 2025 budget is RMB 9.5 million.')
Q('zh', 'date', '广告账户和单品利润的培训什么时候开始？多久办一次？', ['every quarter', 'January 2026'], B,
  '- Hold a training course on advertising accounts and profit per listing', 'every quarter, starting in January 2026.')
Q('zh', 'yesno', '这份评估报告把卖到北美和欧洲的也算进去了吗？', ["does not cover firms' sales to North America or Europe"], B,
  "2. The report does not cover firms' sales to North America or Europe, nor OEM exports.")
N('zh', 'figure', '滨州参与企业2023年自主品牌销售额是多少？', B)
N('en', 'figure', 'What were the Binzhou firms\' own-brand sales to Peru in the first half of 2025?', B)
N('zh', 'figure', '滨州参与企业卖到北美的自主品牌销售额有多少？', B)
N('en', 'figure', 'How much did the Binzhou firms sell in Mexico in the third quarter of 2025?', B)
N('zh', 'figure', '惠民县有多少家企业参加了这个项目？', B)
N('en', 'other', 'Which local bank will provide the receivables financing in Binzhou?', B)
N('zh', 'reason', '为什么智利和哥伦比亚市场增长比较慢？', B)
N('en', 'figure', 'What was the return rate on bedding sold in Brazil in 2024?', B)


def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        n[it['lang']] += 1
        out.append({'id': 'fp14-%s-%03d' % (it['lang'], n[it['lang']]), 'lang': it['lang'], 'type': it['type'],
                    'question': it['question'], 'answers': it['answers'], 'evidence': it['evidence'],
                    'unanswerable': it['unanswerable']})
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    if '--stats' in sys.argv:
        from collections import Counter
        c = Counter((it['doc'], it['unanswerable'], it['lang']) for it in ITEMS)
        for d in (R, D, S, G, Y, B):
            print('%-75s ans %2d (zh %2d en %2d)  nm %d' % (d, c[(d, False, 'zh')] + c[(d, False, 'en')], c[(d, False, 'zh')],
                                                          c[(d, False, 'en')], c[(d, True, 'zh')] + c[(d, True, 'en')]))
        un = [it for it in ITEMS if it['unanswerable']]
        print('nm by type', Counter(it['type'] for it in un), 'nm by lang', Counter(it['lang'] for it in un))
        print('multi-quote', sum(len(it['evidence']) > 1 for it in ITEMS))
    print('wrote %d items (zh %d, en %d)' % (len(out), n['zh'], n['en']))


if __name__ == '__main__':
    main()
