#!/usr/bin/env python3
"""Source of gold.jsonl: hand-written questions for fitpolicy16. Run: python3 build/build_gold.py"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {
    'SY': 'fp16_zh_sanya_bonded_import_retail_compliance_bulletin_2025q3.html',
    'HY': 'fp16_zh_heyuan_toy_livestream_selling_rules_2025.md',
    'WZ': 'fp16_zh_wuzhou_gem_jewellery_livestream_review_2025h1.txt',
    'HK': 'fp16_zh_haikou_import_retail_buyer_data_compliance_notice_2025.pdf',
    'BH': 'fp16_en_beihai_pearl_livestream_buyer_data_guide_2025.docx',
    'YP': 'fp16_en_yangpu_bonded_import_retail_brand_compliance_bulletin_2025h1.txt',
}

def text(key):
    name = DOCS[key]
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(HERE, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(HERE, 'docs', name)
    return open(p, encoding='utf-8').read()

TEXTS = {k: text(k) for k in DOCS}
ITEMS = []

def line(key, prefix):
    """The whole (stripped) line of a document that starts with prefix (for table rows)."""
    for ln in TEXTS[key].split('\n'):
        if ln.strip().startswith(prefix):
            return ln.strip()
    raise SystemExit('no line %r in %s' % (prefix, key))

def Q(lang, typ, question, answers, key, *quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=groups,
                      evidence=[{'source': DOCS[key], 'quote': q} for q in quotes],
                      unanswerable=False, _key=key))

def N(lang, typ, question, key):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[],
                      unanswerable=True, _key=key))

# ---------------------------------------------------------------- SY: Sanya Q3 2025 bonded import retail bulletin (html, zh)
S = 'SY'
Q('zh', 'figure', '三亚今年三季度网购保税进口一共报了多少票清单？比去年同期多了多少？', ['386.4万票', '27.5%'], S,
  '2025年第三季度，全市网购保税进口申报清单386.4万票，同比增长27.5%')
Q('en', 'figure', 'How much money did the 1210 bonded import orders in Sanya bring in during Q3 2025?', ['14.2亿元'], S,
  '交易额14.2亿元，同比增长21.8%')
Q('zh', 'figure', '三亚保税进口今年前三个季度加起来交易额有多少？', ['37.9亿元'], S,
  '前三季度累计申报清单1012.7万票，交易额37.9亿元')
Q('zh', 'figure', '我想对比一下，三亚去年一整年网购保税进口报了多少票、做了多少交易额？', ['1108.5万票', '41.6亿元'], S,
  '2024年全年申报清单1108.5万票，交易额41.6亿元')
Q('en', 'figure', "What is Sanya's full-year 2025 goal for bonded import declarations and sales?", ['1400万票', '52亿元'], S,
  '2025年全年目标为申报清单1400万票、交易额52亿元')
Q('zh', 'date', '三亚这个进口监管服务中心是哪年哪月开始用的？到现在总共报了多少票？', ['2021年6月', '3265万票'], S,
  '自2021年6月中心启用以来，累计申报清单3265万票')
Q('en', 'figure', 'In Sanya, what percent of declarations got flagged abnormal in the third quarter, and what was it the quarter before?',
  ['1.26%', '1.71%'], S, '第三季度系统共标记异常订单4.86万票，占申报清单的', '1.26%，比第二季度的1.71%下降0.45个百分点')
Q('zh', 'list', '人工复核以后确认的违规订单都有哪几种情况？', [('虚构交易', '刷单'), '借用他人身份信息下单', '超额度', '超范围申报'], S,
  '经人工复核确认违规订单3912票，其中虚构交易（“刷单”）2138票，借用他人身份信息下单1205票，其余为超额度、超范围申报')
Q('en', 'figure', 'how many fake orders (brushing) was confirmed in Sanya bonded import in Q3, and how many use other people ID?',
  ['2138票', '1205票'], S, '其中虚构交易（“刷单”）2138票，借用他人身份信息下单1205票')
Q('zh', 'figure', '三季度抽查下来合规率是多少？去年这个时候呢？', ['96.4%', '93.1%'], S, '本季度共抽查订单1.2万票，合规率96.4%，上年同期为93.1%')
Q('en', 'definition', 'The Sanya bulletin talks about a "three-document check". What is checked against what?',
  [('在订购人、金额、商品等要素上进行自动核对',)], S,
  '三单比对：指对电商平台推送的订单、支付企业推送的支付单和物流企业推送的运单，在订购人、金额、商品等要素上进行自动核对。')
Q('zh', 'definition', '三亚通报里说的“异常订单”指的是什么样的单子？', ['三单比对不一致，或同一订购人短期内集中下单、收货地址高度重复'], S,
  '异常订单：指三单比对不一致，或同一订购人短期内集中下单、收货地址高度重复，被系统标记、需要人工复核的订单。')
Q('zh', 'definition', '网购保税进口（1210）到底是怎么个流程？', ['消费者下单后按个人物品逐单申报、清关出区配送'], S,
  '网购保税进口（1210）：指跨境电商企业将商品整批申报进入海关特殊监管区域存放，消费者下单后按个人物品逐单申报、清关出区配送的进口方式。')
Q('en', 'figure', 'How many cosmetics and toiletries lists did Sanya declare in Q3, and how fast did that grow?', ['152.3', '24.6%'], S,
  '化妆品及洗护用品', '152.3', '24.6%')
Q('en', 'list', 'Where do the health supplements sold through Sanya bonded import mainly come from?', ['澳大利亚', '日本'], S,
  '保健食品', '澳大利亚、日本')
Q('zh', 'figure', '我是卖日本母婴用品的，这个品类三季度的异常订单占比是多少？', ['0.77%'], S, '母婴用品', '0.77%')
Q('en', 'figure', 'What share of Sanya Q3 declarations were goods from Japan, Korea and Australia?', ['38.2%', '24.5%', '19.8%'], S,
  '第三季度日本商品占申报清单的38.2%，韩国占24.5%，澳大利亚占19.8%')
Q('zh', 'reason', '三季度异常订单的占比为什么降下来了？', ['二次核验', '每日核对机制', ('约谈', '暂停其新增备案商品')], S,
  '一是7月起上线订购人“实名+人脸”二次核验，单日下单超过5笔的账户自动触发核验；二是与6家主要支付企业建立支付账户与订购人一致性的每日核对机制；三是对连续两个月异常率超过2%的3家电商企业进行约谈，并暂停其新增备案商品')
Q('en', 'reason', 'Why do health foods have the highest abnormal order share in Sanya?', ['代购拼单', '一个收货地址对应多个订购人'], S,
  '保健食品异常订单占比最高，主要原因是部分商家以“代购拼单”方式招揽客户，一个收货地址对应多个订购人')
Q('zh', 'figure', '我在三亚的保税仓平台上买东西，一天下几单会被要求刷脸核验？以后会变吗？', [('超过5笔', '5笔'), ('单日3笔', '3笔')], S,
  '单日下单超过5笔的账户自动触发核验', '自2025年11月1日起，将人脸二次核验的触发门槛由单日5笔下调至单日3笔。')
Q('zh', 'list', '三亚的监管通报点了哪几个比较突出的问题？', [('代填身份证号', '核验流于形式'), ('可以二次销售', '批发价拿货', '诱导消费者再次销售'), '退货仓内滞留商品增多', '收货地址与实际派送地址不一致'], S,
  '个别电商企业对订购人身份信息的核验流于形式，仍接受由客服“代填身份证号”的下单方式。',
  '部分直播间在推介保税商品时宣称“可以二次销售”“批发价拿货”，诱导消费者再次销售。',
  '退货仓内滞留商品增多，截至9月底滞留超过60日的商品有1.9万件。',
  '少数物流企业运单上的收货地址与实际派送地址不一致，影响三单比对的准确性。')
Q('en', 'figure', 'By end of September, how many items had been sitting in the Sanya return warehouse for more than 60 days?', ['1.9万件'], S,
  '退货仓内滞留商品增多，截至9月底滞留超过60日的商品有1.9万件。')
Q('zh', 'date', '备案电商企业的合规培训什么时候之前要做完？一共多少家？', ['12月底前', '42家'], S,
  '12月底前完成对全部42家备案电商企业的合规培训，培训负责人为中心稽核科。')
Q('en', 'list', "What are Sanya centre's next steps after Q3?", ['单日3笔', '专项检查', '月度清单管理', '合规培训'], S,
  '自2025年11月1日起，将人脸二次核验的触发门槛由单日5笔下调至单日3笔。',
  '第四季度开展直播间保税商品宣传专项检查，重点是日韩美妆类直播间。',
  '对退货仓滞留商品实行月度清单管理，滞留超过90日的，督促企业办理退运或销毁。',
  '12月底前完成对全部42家备案电商企业的合规培训，培训负责人为中心稽核科。')
Q('zh', 'yesno', '三亚这份通报里的数字，离岛免税卖的东西算进去了吗？', ['不含离岛免税销售'], S,
  '1. 本通报数据为中心业务系统初步统计，不含一般贸易进口，也不含离岛免税销售。')
Q('en', 'yesno', 'Is the cross-border e-commerce tax counted in the Sanya transaction value?', ['含跨境电商综合税'], S,
  '2. 交易额按订单实付金额计算，含跨境电商综合税。')
Q('en', 'other', 'Which kind of livestream rooms will the Sanya Q4 special inspection focus on?', ['日韩美妆类直播间'], S,
  '第四季度开展直播间保税商品宣传专项检查，重点是日韩美妆类直播间。')
Q('en', 'reason', 'Our platform had abnormal rates above 2% for two months running in Sanya. Why would that get us called in, and what happened to the 3 firms in that situation?',
  ['连续两个月异常率超过2%', ('约谈', '暂停其新增备案商品')], S,
  '三是对连续两个月异常率超过2%的3家电商企业进行约谈，并暂停其新增备案商品')
Q('zh', 'reason', '物流公司运单上的地址跟实际送的地址不一样，为什么监管方会在意？', ['影响三单比对的准确性'], S,
  '少数物流企业运单上的收货地址与实际派送地址不一致，影响三单比对的准确性。')
Q('en', 'list', 'Which countries do most cosmetics and toiletries in Sanya bonded stock come from?', ['日本', '韩国'], S,
  '化妆品及洗护用品', '日本、韩国')
N('zh', 'figure', '三亚今年第二季度网购保税进口申报了多少票清单？', S)
N('en', 'figure', "What was Sanya's bonded import (1210) transaction value in 2023?", S)
N('zh', 'figure', '三亚跨境电商出口（9610）第三季度出了多少票？', S)
N('en', 'figure', 'How much sales value did infant formula make in Sanya bonded import in Q3 2025?', S)
N('zh', 'figure', '海口那边三季度保税进口的异常订单占比是多少？', S)
N('en', 'figure', 'How big were the fines on the Sanya e-commerce companies caught with fake orders?', S)
N('zh', 'reason', '三亚“其他”品类三季度同比涨了41.2%，是什么原因？', S)
N('en', 'list', 'What are the names of the 3 e-commerce companies Sanya called in for talks?', S)

# ---------------------------------------------------------------- HY: Heyuan toy livestream rules (md, zh)
S = 'HY'
Q('zh', 'figure', '河源这个玩具直播公会去年一年做了多少场跨境直播？卖了多少钱？', ['1.86万场', '2.4亿元'], S,
  '2024年，公会会员共开展跨境直播场次1.86万场，带动玩具出口成交额2.4亿元')
Q('en', 'figure', 'For the Heyuan toy livestream guild, how many streams and how much sales in first half 2025, and growth?',
  ['1.32万场', '1.9亿元', '58%'], S, '2025年上半年开展直播1.32万场，成交额1.9亿元，同比增长58%')
Q('en', 'date', 'When was the Heyuan toy and jewellery livestream guild set up, and what are its total sales since then?',
  ['2022年3月', '6.3亿元'], S, '自2022年3月公会成立以来，会员累计成交额6.3亿元')
Q('zh', 'figure', '河源玩具直播公会现在有多少家会员了？刚成立时有几家？', ['213家', '46家'], S,
  '公会会员由成立时的46家增至2025年9月底的213家')
Q('en', 'figure', "What are the Heyuan toy guild's goals for 2026?", ['5亿元', '1%以内'], S,
  '2026年的目标是成交额达到5亿元，违规场次比例控制在1%以内')
Q('zh', 'figure', '我想做日本市场，河源公会上半年在日本直播的转化率和退货率是多少？', ['3.4%', '4.1%'], S,
  '日本 | 5900 | 0.86 | 3.4% | 4.1% | 盲盒、拼装模型')
Q('en', 'figure', 'How many livestreams did Heyuan guild members run for Korea in H1 2025, and what were the sales?', ['4100', '0.58'], S,
  '韩国 | 4100 | 0.58 | 2.9% | 5.6% | 毛绒玩具、手办')
Q('zh', 'list', '河源会员往澳大利亚直播，哪些玩具卖得最好？', ['益智积木', '户外玩具'], S,
  '澳大利亚 | 3200 | 0.46 | 2.2% | 7.8% | 益智积木、户外玩具')
Q('en', 'list', 'What toys sell best in the Korean livestreams of Heyuan sellers?', ['毛绒玩具', '手办'], S,
  '韩国 | 4100 | 0.58 | 2.9% | 5.6% | 毛绒玩具、手办')
Q('zh', 'list', '河源的卖家做日本直播，主要卖的是哪几类玩具？', ['盲盒', '拼装模型'], S,
  '日本 | 5900 | 0.86 | 3.4% | 4.1% | 盲盒、拼装模型')
Q('zh', 'figure', '上半年有多少场直播被认定违规？占多少？去年是多少比例？', ['212场', '1.6%', '2.7%'], S,
  '上半年违规场次为212场，占直播场次的1.6%，比2024年的2.7%有所下降')
Q('en', 'definition', 'In the Heyuan toy guild rules, what counts as one cross-border livestream session?',
  ['以外语或双语面向境外消费者开播、时长不少于30分钟的一次直播'], S,
  '**跨境直播场次**：指会员以外语或双语面向境外消费者开播、时长不少于30分钟的一次直播。')
Q('zh', 'definition', '公会规则里“小零件玩具”是怎么界定的？', ['含有可拆卸部件、可能被三岁以下儿童吞咽的玩具'], S,
  '**小零件玩具**：指含有可拆卸部件、可能被三岁以下儿童吞咽的玩具。')
Q('en', 'definition', 'How does the Heyuan guild define livestream conversion rate?', ['下单人数占观看人数的比例'], S,
  '**直播转化率**：指一场直播中下单人数占观看人数的比例。')
Q('zh', 'reason', '河源玩具直播的成交额为什么涨得这么快？', ['盲盒和拼装模型需求旺盛', '共享直播基地', ('两家海外仓', '7日内送达')], S,
  '一是日本市场盲盒和拼装模型需求旺盛，客单价由2024年的2300日元提高到2900日元；二是公会在东源县建成共享直播基地，可同时容纳24个直播间，会员开播成本下降约三成；三是公会与两家海外仓合作，实现澳大利亚订单7日内送达')
Q('zh', 'place', '公会的共享直播基地建在哪？能同时开几个直播间？', ['东源县', '24个'], S,
  '二是公会在东源县建成共享直播基地，可同时容纳24个直播间')
Q('en', 'reason', 'Why is the toy return rate so high in Australia for the Heyuan sellers?', ['户外玩具尺寸描述不清'], S,
  '澳大利亚市场退货率明显偏高，主要是户外玩具尺寸描述不清，买家收货后认为与直播中展示的不符')
Q('zh', 'reason', '河源的会员开播成本为什么降了三成左右？', ['共享直播基地'], S,
  '二是公会在东源县建成共享直播基地，可同时容纳24个直播间，会员开播成本下降约三成')
Q('zh', 'other', '按河源公会规则，主播讲每件玩具一开始必须先说什么？', ['适用年龄段'], S,
  '主播须在每件商品讲解开始时口播适用年龄段，并在画面中展示年龄标识。')
Q('en', 'other', 'I stream building block sets with tiny detachable parts to Korean kids parents. What warning I must keep on screen?',
  ['不适合3岁以下儿童'], S, '小零件玩具须在直播画面中持续展示“不适合3岁以下儿童”的警示语')
Q('zh', 'list', '直播的时候哪些说法是公会明确不让说的？', ['日本同款', '韩国正品授权'], S,
  '不得宣称“日本同款”“韩国正品授权”等无法证明的说法，不得使用未经授权的动漫形象。')
Q('en', 'figure', 'How long must Heyuan guild members keep their stream recordings and sample products?', ['不少于180日', '180日'], S,
  '每场直播的录像和讲解样品须留存不少于180日，以备平台或消费者投诉时核查。')
Q('zh', 'reason', '直播录像和样品为什么要留那么久？', ['以备平台或消费者投诉时核查'], S,
  '每场直播的录像和讲解样品须留存不少于180日，以备平台或消费者投诉时核查。')
Q('zh', 'list', '公会巡查发现了哪些问题？', [('随意承诺“通过所有认证”', '不熟悉产品安全标准'), '隐藏款概率', '未建立直播录像留存制度', '海外退货处理周期长'], S,
  '部分会员的外语主播不熟悉产品安全标准，讲解时随意承诺“通过所有认证”。',
  '盲盒直播中存在“隐藏款概率”表述不清的情况，容易引发消费者投诉。',
  '一些中小会员仍未建立直播录像留存制度，出现纠纷时无法',
  '海外退货处理周期长，韩国市场平均退货处理时间为21天。')
Q('en', 'figure', 'On average how long does a return take to be handled in the Korean market for Heyuan toy sellers?', ['21天'], S,
  '海外退货处理周期长，韩国市场平均退货处理时间为21天。')
Q('en', 'reason', 'Some small members could not prove anything when a buyer dispute came up. Why?', ['未建立直播录像留存制度'], S,
  '一些中小会员仍未建立直播录像留存制度，出现纠纷时无法', '举证。')
Q('en', 'reason', 'Why do blind-box livestreams get so many complaint?', ['隐藏款概率”表述不清', '隐藏款概率'], S,
  '盲盒直播中存在“隐藏款概率”表述不清的情况，容易引发消费者投诉。')
Q('en', 'list', 'What will the Heyuan guild do next?', ['合规主播培训', '直播巡查系统', '退货集中处理点', '盲盒销售说明模板'], S,
  '2025年12月起，对新入会会员开展为期两天的合规主播培训，培训费由公会承担。',
  '2026年第一季度上线直播巡查系统，对会员直播实行抽查，抽查比例不低于10%。',
  '与海外仓合作方研究在首尔设立退货集中处理点。',
  '编制盲盒销售说明模板，统一隐藏款概率的披露方式。')
Q('zh', 'other', '新入会的会员要参加培训吗？培训几天，要自己掏钱吗？', ['两天', '培训费由公会承担'], S,
  '2025年12月起，对新入会会员开展为期两天的合规主播培训，培训费由公会承担。')
Q('en', 'other', 'What happens to a Heyuan guild member who breaks the rules a second time within a year?', ['暂停使用共享直播基地30日'], S,
  '违反本规则的会员，第一次给予书面提醒，一年内第二次暂停使用共享直播基地30日。')
Q('en', 'date', 'From what date do the revised Heyuan toy livestream rules apply?', ['2025年12月1日'], S, '施行日期：2025年12月1日')
N('en', 'figure', "What were the Heyuan toy guild members' livestream sales in 2023?", S)
N('zh', 'figure', '河源公会会员第三季度在澳大利亚市场的成交额是多少？', S)
N('en', 'figure', 'How much does it cost a member to rent one room at the Dongyuan shared livestream base?', S)
N('zh', 'figure', '河源公会会员对美国市场直播卖玩具，退货率是多少？', S)
N('en', 'figure', 'How many toys did Heyuan guild members import from Japan this year?', S)
N('zh', 'figure', '河源玩具直播公会定的2027年成交额目标是多少？', S)
N('en', 'reason', 'Why did the violation rate of Heyuan livestreams fall from 2.7% to 1.6%?', S)
N('zh', 'list', '公会合作的两家海外仓分别叫什么名字？', S)

# ---------------------------------------------------------------- WZ: Wuzhou gem jewellery livestream review (txt, zh)
S = 'WZ'
Q('zh', 'figure', '梧州饰品公会上半年跨境直播卖了多少？同比涨了多少？', ['3.12亿元', '44%'], S,
  '2025年上半年，会员跨境直播成交额3.12亿元，同比增长44%，其中第二季度1.78亿元')
Q('en', 'figure', 'What were the Wuzhou jewellery guild members livestream sales in Q2 2025?', ['1.78亿元'], S,
  '其中第二季度1.78亿元')
Q('en', 'figure', 'How much have Wuzhou gem guild members sold in total since the guild started?', ['11.7亿元'], S,
  '公会2021年成立至今，累计成交额11.7亿元')
Q('zh', 'figure', '梧州宝石饰品公会现在多少家会员？里面算活跃的有多少？', ['328家', '187家'], S,
  '截至6月底公会共有会员328家，其中活跃会员187家')
Q('en', 'figure', "What are the Wuzhou guild's sales targets for 2025 and 2027?", ['7亿元', '12亿元'], S,
  '2025年全年目标为成交额7亿元，2027年目标为12亿元')
Q('zh', 'figure', '梧州饰品直播卖到日本、韩国、澳大利亚的各占多少？', ['41%', '27%', '18%'], S,
  '上半年日本占成交额的41%，韩国占27%，澳大利亚占18%')
Q('en', 'figure', 'How many material disputes did Wuzhou jewellery sellers have in H1 2025, what share of orders, and what was the share in 2024?',
  ['1460起', '0.9%', '1.5%'], S, '上半年材质争议共1460起，占订单总数的0.9%，2024年这一比例为1.5%')
Q('zh', 'figure', '梧州会员上半年一共开了多少场跨境直播？平均一场能卖多少？', ['4.6万场', '6800元'], S,
  '上半年会员共开展跨境直播4.6万场，平均每场成交约6800元')
Q('zh', 'figure', '耳饰和戒指分别占梧州直播成交额的多少？', ['36%', '29%'], S, '耳饰占成交额的36%，戒指占29%')
Q('en', 'definition', 'What is a "material dispute" in the Wuzhou jewellery review?', ['实物材质与直播描述不符'], S,
  '（三）材质争议：指消费者以“实物材质与直播描述不符”为由发起的投诉或退货')
Q('zh', 'definition', '什么样的会员才算“活跃会员”？', ['每月至少开播8场的会员'], S, '（四）活跃会员：指统计期内每月至少开播8场的会员。')
Q('en', 'definition', 'What counts as artificial gemstone jewellery in the Wuzhou document?',
  ['以合成立方氧化锆、合成尖晶石等人工宝石为主石'], S,
  '（一）人工宝石饰品：指以合成立方氧化锆、合成尖晶石等人工宝石为主石，镶嵌于银、铜或合金托上的戒指、耳饰、项链和手链等饰品。')
Q('zh', 'figure', '龙圩区的会员上半年卖了多少，涨了多少？', ['0.52', '61%'], S, line(S, '龙圩区'))
Q('en', 'figure', 'How many guild members are in Teng County and what is their material dispute rate?', ['34', '1.3%'], S, line(S, '藤县'))
Q('zh', 'reason', '为什么藤县的材质争议率是最高的？', ['外包主播', '对人工宝石的性质讲解不准确'], S,
  '藤县材质争议率最高，主要原因是当地部分会员使用外包主播，对人工宝石的性质讲解不准确')
Q('en', 'reason', 'Why did the Wuzhou livestream jewellery sales keep growing fast?', ['材质说明卡', '快检点', '饰品专线'], S,
  '一是公会推出统一的“材质说明卡”，直播中逐件展示主石和托的材质，日本、韩国买家的信任度明显提高；二是与检测机构合作，在梧州设立快检点，会员送检一件饰品的费用由120元降至45元；三是开通梧州至深圳的饰品专线，每日两班，货物次日到达深圳集货仓')
Q('en', 'reason', 'Why do Japanese and Korean buyers trust Wuzhou jewellery streams more now?', ['材质说明卡'], S,
  '一是公会推出统一的“材质说明卡”，直播中逐件展示主石和托的材质，日本、韩国买家的信任度明显提高')
Q('en', 'other', 'How often does the Wuzhou–Shenzhen jewellery line run, and when do goods arrive?', ['每日两班', '次日到达深圳集货仓'], S,
  '三是开通梧州至深圳的饰品专线，每日两班，货物次日到达深圳集货仓')
Q('zh', 'other', '龙圩区的会员有什么特点？', ['约四成为2024年以后新入会的年轻主播团队', '年轻主播团队'], S,
  '注：龙圩区会员中约四成为2024年以后新入会的年轻主播团队。')
Q('en', 'list', 'What problems did the Wuzhou guild find in the first half?', [('钻石级', '天然矿石'), '含镍饰品', '相互抄袭', '外语客服力量不足'], S,
  '部分主播在直播中使用“钻石级”“天然矿石”等容易误导的词语。',
  '澳大利亚市场对含镍饰品的投诉增多，上半年共收到相关投诉96起。',
  '会员之间直播话术和产品图片相互抄袭，引发多起内部纠纷。',
  '小会员的外语客服力量不足，日语、韩语咨询平均回复时间超过')
Q('zh', 'figure', '澳大利亚那边关于含镍饰品的投诉上半年有多少起？', ['96起'], S,
  '澳大利亚市场对含镍饰品的投诉增多，上半年共收到相关投诉96起。')
Q('en', 'figure', 'Japanese buyer asks in chat, small Wuzhou seller answers very slow. How long is average reply time for Japanese and Korean questions?',
  ['12小时'], S, '小会员的外语客服力量不足，日语、韩语咨询平均回复时间超过', '12小时。')
Q('zh', 'reason', '会员之间为啥老闹内部纠纷？', ['直播话术和产品图片相互抄袭'], S, '会员之间直播话术和产品图片相互抄袭，引发多起内部纠纷。')
Q('zh', 'list', '梧州公会对下半年提了哪些建议？', ['修订“材质说明卡”', '第二个共享直播中心', '外包服务', '原创话术和图片备案库'], S,
  '（一）9月底前修订“材质说明卡”，增加镍含量和镀层厚度两项内容。',
  '（二）在万秀区建设第二个共享直播中心，预计10月投入使用，可提供30个直播间。',
  '（三）组织会员集中采购日语、韩语客服外包服务，单个会员每月费用不超过3000元。',
  '（四）建立会员原创话术和图片备案库，对抄袭行为由理事会调解处理。')
Q('en', 'list', 'What two items will be added to the revised material card?', ['镍含量', '镀层厚度'], S,
  '（一）9月底前修订“材质说明卡”，增加镍含量和镀层厚度两项内容。')
Q('zh', 'place', '第二个共享直播中心建在哪？什么时候能用？有多少直播间？', ['万秀区', '10月', '30个'], S,
  '（二）在万秀区建设第二个共享直播中心，预计10月投入使用，可提供30个直播间。')
Q('en', 'figure', 'If I join the group purchase of Japanese/Korean customer service outsourcing, what is the most I pay per month?', ['不超过3000元', '3000元'], S,
  '（三）组织会员集中采购日语、韩语客服外包服务，单个会员每月费用不超过3000元。')
Q('zh', 'figure', '上半年公会办了几期主播合规培训？培训了多少人次？', ['6期', '412人次'], S,
  '举办主播合规培训班6期，培训主播412人次')
Q('en', 'list', 'In which languages is the jewellery care leaflet printed?', ['日文', '韩文', '英文'], S,
  '编印日文、韩文、英文三种语言的《人工宝石饰品保养须知》，随包裹寄出')
Q('zh', 'yesno', '梧州回顾里的成交额是按美元算的吗？', ['人民币计价'], S, '本回顾中的成交额为会员自报数据汇总，人民币计价。')
Q('en', 'reason', 'Why might the year-on-year growth in the Wuzhou review still change?', ['个别会员未按时报送数据'], S,
  '个别会员未按时报送数据，本回顾中涉及的同比增长可能在全年回顾中作小幅调整。')
N('zh', 'figure', '梧州宝石饰品公会2026年的成交额目标是多少？', S)
N('en', 'figure', 'How many guild members are in Cangwu County near Wuzhou?', S)
N('zh', 'figure', '梧州会员上半年进口人工宝石原料花了多少钱？', S)
N('en', 'figure', 'What share of Wuzhou livestream sales came from necklaces alone?', S)
N('zh', 'figure', '岑溪市会员2024年的材质争议率是多少？', S)
N('en', 'reason', 'Why does Changzhou District have the lowest material dispute rate?', S)
N('zh', 'other', '梧州快检点是和哪家检测机构合作的？', S)

# ---------------------------------------------------------------- HK: Haikou buyer data compliance notice (pdf, zh)
S = 'HK'
Q('zh', 'figure', '海口去年查了多少家次的个人信息保护？有问题的企业多少家？', ['63家次', '21家'], S,
  '2024年，中心对辖区企业开展个人信息保护检查63家次，发现问题企业21家')
Q('en', 'figure', 'In the first half of 2025, how many personal-data checks did the Haikou centre do and how many firms had problems?',
  ['48家次', '19家'], S, '2025年上半年检查48家次，发现问题企业19家')
Q('zh', 'figure', '海口三季度查了多少家次？发现几家有问题？', ['37家次', '11家'], S, '2025年第三季度检查37家次，发现问题企业11家')
Q('en', 'date', 'Since when has Haikou run the special personal-info checks, and how many checks and fixed issues in total?',
  ['2023年9月', '171家次', '98项'], S, '自2023年9月启动专项检查以来累计检查171家次，督促整改问题98项')
Q('zh', 'figure', '关于个人信息的投诉，三季度收到多少件？二季度呢？', ['84件', '131件'], S,
  '第三季度受理消费者有关个人信息的投诉84件，比第二季度的131件明显减少')
Q('en', 'figure', "What is Haikou's 2026 target for the personal data checks?", ['检查全覆盖', '20%以下'], S,
  '2026年的目标是实现辖区备案企业检查全覆盖，问题企业占比降至20%以下')
Q('zh', 'list', '海口这个通知里哪些算敏感个人信息？', ['身份证件号码', '支付账户', '人脸识别信息'], S,
  '（二）敏感个人信息：本通知中指身份证件号码、支付账户以及人脸识别信息。')
Q('en', 'definition', 'What does "minimum necessary" mean in the Haikou data notice?', ['只收集完成申报、支付和配送所必需的信息'], S,
  '（三）最小必要：指只收集完成申报、支付和配送所必需的信息，不得因推送广告等目的额外收集。')
Q('zh', 'definition', '泄露多少人的信息才算“信息泄露事件”？', ['涉及100人以上'], S,
  '（四）信息泄露事件：指订购人个人信息被未经授权的人员获取、公开或出售，且涉及100人以上的事件。')
Q('en', 'list', "What buyer information counts as the orderer's personal information in the Haikou notice?", ['姓名', '身份证件号码', '手机号码', '收货地址', '支付账户'], S,
  '（一）订购人个人信息：指消费者在跨境电商零售进口订单中提交的姓名、身份证件号码、手机号码、收货地址和支付账户等信息。')
Q('zh', 'figure', '“身份证号明文存储”这个问题上半年和三季度各查出多少家次？', ['6', '4'], S, '身份证号明文存储 | 7 | 6 | 4')
Q('zh', 'list', '海口检查发现的问题主要分哪几类？', ['超范围收集信息', '身份证号明文存储', '未经同意向第三方提供', '超期保存订单信息'], S,
  '超范围收集信息 | 9 | 8 | 3', '身份证号明文存储 | 7 | 6 | 4', '未经同意向第三方提供 | 4 | 3 | 1', '超期保存订单信息 | 5 | 7 | 5')
Q('zh', 'reason', '上半年问题企业占比为什么比较高？', ['对我国个人信息保护规定不熟悉', '没有签订数据处理协议', '权限管理不严'], S,
  '一是一批新备案的中小平台来自日本、韩国、澳大利亚，对我国个人信息保护规定不熟悉；二是部分企业把订单数据交给境内代运营公司处理，却没有签订数据处理协议；三是年中促销期间订单量激增，临时增加的客服人员权限管理不严')
Q('en', 'reason', 'Why did the "keeping order data too long" problem not go down in Q3 in Haikou?', ['订单系统没有设置自动删除功能', '只能人工清理'], S,
  '第三季度“超期保存订单信息”问题未见减少，原因是多数企业的订单系统没有设置自动删除功能，只能人工清理')
Q('en', 'reason', 'Why did many new small platforms from Japan, Korea and Australia have data problems in Haikou?', ['对我国个人信息保护规定不熟悉'], S,
  '一是一批新备案的中小平台来自日本、韩国、澳大利亚，对我国个人信息保护规定不熟悉')
Q('en', 'figure', 'How long can Haikou import platforms keep order information after the order is completed?', ['不超过3年'], S,
  '二是订单信息在订单完成后保存期限不超过3年，法律法规另有规定的除外。')
Q('zh', 'other', '我们是韩国平台，想把海口这边的订单信息传回首尔总部，要先做什么？', ['个人信息保护影响评估', '告知订购人接收方的名称和联系方式'], S,
  '三是向境外总部传输订购人个人信息的，须事先完成个人信息保护影响评估，并告知订购人接收方的名称和联系方式。')
Q('en', 'figure', 'If buyer data leaks, how fast must we report to the Haikou centre and tell the buyers?', ['24小时', '72小时'], S,
  '四是发生信息泄露事件的，须在发现后24小时内向中心报告，并在72小时内通知受影响的订购人。')
Q('zh', 'date', '个人信息保护负责人要在什么时候之前报备？', ['2025年12月15日前'], S,
  '五是企业须指定个人信息保护负责人，并于2025年12月15日前报中心备案。')
Q('en', 'list', 'What problems does the Haikou notice ask companies to pay attention to?', ['默认勾选', '用于其他店铺的推广', '只有英文版本', '退货面单'], S,
  '（一）部分平台在注册环节默认勾选“同意接收营销信息”，订购人不便拒绝。',
  '（二）少数境内服务商将订购人手机号码用于其他店铺的推广，', '订购人多次投诉仍未停止。',
  '（三）个别企业的数据处理协议只有英文版本，境内员工不了解约定的义务。',
  '（四）退货环节中，退货面单上仍完整显示订购人身份证号码。')
Q('zh', 'reason', '境内服务商为什么被订购人反复投诉？', ['将订购人手机号码用于其他店铺的推广'], S,
  '（二）少数境内服务商将订购人手机号码用于其他店铺的推广，', '订购人多次投诉仍未停止。')
Q('en', 'reason', 'Why do domestic staff not understand their duties under some data processing agreements?', ['只有英文版本'], S,
  '（三）个别企业的数据处理协议只有英文版本，境内员工不了解约定的义务。')
Q('zh', 'other', '退货的时候个人信息方面出了什么问题？', ['退货面单上仍完整显示订购人身份证号码'], S,
  '（四）退货环节中，退货面单上仍完整显示订购人身份证号码。')
Q('en', 'other', 'What will happen to the 11 problem firms if they fail the Q4 recheck?', ['暂停其新增备案商品'], S,
  '2025年第四季度对第三季度发现问题的11家企业开展复查，复查不合格的暂停其新增备案商品。')
Q('zh', 'figure', '个人信息保护纳入信用评价以后占几分？从什么时候开始？', ['10分', '2026年1月起'], S,
  '2026年1月起将个人信息保护情况纳入企业信用评价，所占分值为10分。')
Q('en', 'list', 'In what languages will the Haikou compliance guidelines be written?', ['中', '日', '韩', '英'], S,
  '编制中、日、韩、英四种语言的合规指引，供境外平台企业使用。')
Q('en', 'place', 'Which zones count as the "jurisdiction" in the Haikou notice?', ['海口综合保税区', '海口空港综合保税区'], S,
  '本通知所称“辖区”包括海口综合保税区和海口空港综合保税区。')
Q('zh', 'date', '海口这个个人信息的通知从哪天开始执行？谁负责解释？', ['2025年11月1日', '法规科'], S,
  '本通知自2025年11月1日起施行，由中心法规科负责解释。')
Q('en', 'yesno', "Do the Haikou inspection numbers include checks by customs?", ['不含海关和其他部门的检查'], S,
  '检查数据为中心统计，不含海关和其他部门的检查。')
Q('en', 'list', 'Who is the Haikou data notice addressed to?', ['跨境电商平台企业', '境内服务商', '支付企业', '物流企业'], S,
  '各跨境电商平台企业、境内服务商、支付企业和物流企业：')
N('zh', 'figure', '海口去年一共发生了几起订购人信息泄露事件？', S)
N('en', 'figure', 'How much is the fine in Haikou for storing ID card numbers in plain text?', S)
N('zh', 'figure', '三亚今年检查个人信息保护，发现了多少家问题企业？', S)
N('en', 'figure', 'How many personal-information complaints did the Haikou centre receive in Q1 2025?', S)
N('zh', 'figure', '三季度“未经同意向第三方提供”的问题里，日本平台有几家？', S)
N('en', 'reason', 'Why did personal-information complaints in Haikou drop from 131 to 84?', S)
N('zh', 'list', '三季度查出问题的11家企业都是哪几家？', S)

# ---------------------------------------------------------------- BH: Beihai pearl livestream buyer data guide (docx, en)
S = 'BH'
Q('en', 'figure', 'How many livestream orders did Beihai pearl guild members ship abroad in 2024, and worth how much?',
  ['1.38 million', 'RMB 466 million'], S, 'In 2024, Guild members shipped 1.38 million livestream orders abroad, worth RMB 466 million')
Q('zh', 'figure', '北海珍珠直播公会今年上半年发了多少单？金额多少？', ['0.91 million', 'RMB 318 million'], S,
  'In the first half of 2025 they shipped 0.91 million orders worth RMB 318 million')
Q('zh', 'figure', '北海公会从2022年开始统计到现在，一共发了多少单？', ['3.6 million'], S,
  'Since the Guild began collecting figures in 2022, members have shipped 3.6 million orders in total')
Q('en', 'figure', "What are the Beihai guild's 2026 targets?", ['2.4 million orders', 'no more than 5 reported data incidents'], S,
  'Our target for 2026 is 2.4 million orders, with no more than 5 reported data incidents in the whole year')
Q('en', 'reason', 'What caused most of the data incidents of Beihai members in first half 2025?', ['lost or shared phones'], S,
  'Six of the nine came from lost or shared phones used for buyer chats')
Q('zh', 'figure', '韩国市场上半年多少单？隐私投诉有多少起？', ['281', '52'], S,
  line(S, '| Korea').strip('| '))
Q('en', 'other', 'What do Australian buyers of Beihai pearls worry about most regarding privacy?', ['how long chat records are kept'], S,
  line(S, '| Australia').strip('| '))
Q('zh', 'other', '日本买家在隐私方面最在意的是什么？', ['marketing messages sent without consent'], S, line(S, '| Japan').strip('| '))
Q('en', 'definition', 'What is a "data incident" in the Beihai pearl guild guide?', ['any loss, theft or unauthorised viewing of buyer data'], S,
  'Data incident means any loss, theft or unauthorised viewing of buyer data, whether caused by a hacker, a lost phone or a staff member.')
Q('zh', 'definition', '北海珍珠公会指南里的“保存期限”（retention period）是从哪儿算到哪儿？',
  ['the time between the completion of an order and the deletion of its buyer data from all member systems'], S,
  'Retention period means the time between the completion of an order and the deletion of its buyer data from all member systems, including spreadsheets and messaging apps.')
Q('en', 'list', 'The Beihai guide calls some companies "data processors". Which kinds does it give as examples?',
  ['customer-service agency', 'livestream agency', 'warehouse'], S,
  'Data processor means any company that handles buyer data for a member, such as a customer-service agency, a livestream agency or a warehouse.')
Q('zh', 'list', '北海指南里的“买家数据”都包括哪些东西？', ['names', 'addresses', 'phone numbers', 'platform user IDs', 'chat messages', 'photos sent by the buyer'], S,
  'Buyer data means any information that identifies a buyer or can be linked to one, including names, addresses, phone numbers, platform user IDs, chat messages and photos sent by the buyer.')
Q('zh', 'yesno', '卖普通珍珠首饰，可以让买家提供身份证号吗？', ['Do not ask buyers for dates of birth or ID numbers'], S,
  'Do not ask buyers for dates of birth or ID numbers for ordinary jewellery orders.')
Q('en', 'date', 'From when must parcels to Korea use masked phone numbers, and what is printed?', ['1 January 2026', 'last four digits'], S,
  'use masked phone numbers on parcel labels for Korea from 1 January 2026', "The Guild's logistics partner prints the last four digits only.")
Q('zh', 'figure', '订单完成后买家资料最多能留多久？', ['24 months'], S,
  'keep buyer data for no more than 24 months after the order is completed, then delete it, unless a dispute is still open')
Q('en', 'yesno', "Can I send promo messages to a Korean pearl buyer who didnt tick any consent box?", ['unless they have ticked a separate consent box'], S,
  'do not send marketing messages to Japanese or Korean buyers unless they have ticked a separate consent box')
Q('zh', 'list', '公会的数据处理协议范本有哪几种语言？', ['Chinese', 'Japanese', 'Korean', 'English'], S,
  'The agreement is free and is available in Chinese, Japanese, Korean and English.')
Q('en', 'figure', 'How many privacy complaints per 10,000 orders did Beihai members get in 2024 and in H1 2025?', ['16.8', '11.8'], S,
  'Privacy complaints per 10,000 orders fell from 16.8 in 2024 to 11.8 in the first half of 2025')
Q('zh', 'reason', '北海会员的隐私投诉为什么少了？', ['shared customer-service centre', 'automatic masking of phone numbers', "privacy course"], S,
  "First, the Guild's shared customer-service centre in Hepu County now answers chats for 64 small members on company computers rather than personal phones. Second, the main livestream platforms added automatic masking of phone numbers in seller back offices. Third, 212 members attended the Guild's half-day privacy course in April and May.")
Q('en', 'place', 'Where is the Beihai guild shared customer-service centre?', ['Hepu County'], S,
  "the Guild's shared customer-service centre in Hepu County now answers chats for 64 small members")
Q('en', 'reason', 'Why Korea still has the most privacy complaints for Beihai sellers?', ['small couriers that do not support masking'], S,
  'Korea still has the most complaints because many members used full phone numbers on labels printed by small couriers that do not support masking.')
Q('zh', 'list', '公会9月抽查发现了哪些薄弱环节？', ["read out buyers' names and cities on air", 'personal cloud drives', 'refuse to sign a data processing agreement', 'reused in advertising without permission'], S,
  "(a) Livestream hosts read out buyers' names and cities on air when thanking them for orders, which some buyers did not agree to.",
  '(b) Members keep old order spreadsheets on personal cloud drives, so data is never deleted.',
  '(c) Some livestream agencies refuse to sign a data processing agreement and ask members to trust',
  'their internal rules.',
  '(d) Buyer photos sent for ring sizing are reused in advertising without permission.')
Q('en', 'reason', 'Why is data never deleted at some Beihai members?', ['keep old order spreadsheets on personal cloud drives'], S,
  '(b) Members keep old order spreadsheets on personal cloud drives, so data is never deleted.')
Q('zh', 'reason', '主播直播时念买家名字感谢下单，为什么算问题？', ['some buyers did not agree to'], S,
  "(a) Livestream hosts read out buyers' names and cities on air when thanking them for orders, which some buyers did not agree to.")
Q('en', 'list', 'What does the Beihai guild recommend members do?', ['first letter or a nickname', "Guild's shared storage", 'Change livestream agency', 'Ask buyers in writing', 'Report any data incident'], S,
  'Thank buyers on air by their first letter or a nickname only.',
  "Move all order files to the Guild's shared storage, which deletes records automatically after 24 months.",
  'Change livestream agency if it will not sign the model agreement within 30 days.',
  'Ask buyers in writing before using any photo they send.',
  'Report any data incident to the Guild secretariat within 48 hours, using the form on the members\' website.')
Q('zh', 'reason', '为什么建议把订单文件都挪到公会的共享存储里？', ['deletes records automatically after 24 months'], S,
  "Move all order files to the Guild's shared storage, which deletes records automatically after 24 months.")
Q('zh', 'figure', '我们的直播代运营公司一直不肯签数据处理协议，最多再等多少天就该换掉？', ['30 days'], S,
  'Change livestream agency if it will not sign the model agreement within 30 days.')
Q('en', 'figure', 'How much does the Hepu customer-service centre cost a small member, and who can use it?', ['RMB 1,500 per month', 'fewer than 10 staff'], S,
  'Members with fewer than 10 staff may use the Hepu customer-service centre for RMB 1,500 per month.')
Q('zh', 'date', '隐私培训课下次什么时候办？在哪办？', ['March 2026', ('Beihai city centre and online', 'Beihai city centre')], S,
  'The Guild will run the privacy course again in March 2026 in Beihai city centre and online.')
Q('zh', 'yesno', '这份指南能当作日本、韩国、澳大利亚的法律意见用吗？', ['is not legal advice'], S,
  'This guide is general advice and is not legal advice on the laws of Japan, Korea or Australia.')
Q('en', 'figure', 'Pearl buyer data leaked from my phone. In how many hours I must report to the guild?', ['48 hours'], S,
  "Report any data incident to the Guild secretariat within 48 hours, using the form on the members' website.")
N('zh', 'figure', '北海珍珠公会会员2023年一共发了多少单？', S)
N('en', 'figure', 'How many privacy complaints did Japanese buyers make about Beihai sellers in 2024?', S)
N('zh', 'figure', '北海会员直播卖到美国的订单有多少？', S)
N('en', 'figure', 'How much does the Beihai guild privacy course cost per person?', S)
N('zh', 'figure', '北海会员今年从日本进口了多少海水珍珠？', S)
N('en', 'list', 'Which livestream platforms added automatic phone number masking?', S)
N('zh', 'figure', '北海会员第三季度的订单金额是多少？', S)

# ---------------------------------------------------------------- YP: Yangpu bonded import retail bulletin (txt, en)
S = 'YP'
Q('en', 'figure', 'How many bonded import parcels left Yangpu in the first half of 2025, with what growth and sales?',
  ['4.72 million', '33%', 'RMB 1.46 billion'], S,
  'In the first half of 2025, bonded import retail parcels released from Yangpu reached 4.72 million, up 33% year on year, with a sales value of RMB 1.46 billion')
Q('zh', 'figure', '洋浦第二季度放行了多少个保税进口包裹？', ['2.61 million'], S, 'In the second quarter alone, 2.61 million parcels were released')
Q('en', 'figure', 'What were the Yangpu bonded retail parcels and sales for full year 2024?', ['7.85 million', 'RMB 2.38 billion'], S,
  'For the whole of 2024 the figures were 7.85 million parcels and RMB 2.38 billion')
Q('zh', 'date', '洋浦的保税零售仓什么时候开的？开了以后一共放行多少包裹？', ['October 2021', '19.4 million'], S,
  'Since the bonded retail warehouse opened in October 2021, a total of 19.4 million parcels have been released')
Q('en', 'figure', 'What parcel targets did Yangpu set for 2025 and 2026?', ['10 million', '13 million'], S,
  'The target for 2025 is 10 million parcels, and the target for 2026 is 13 million')
Q('en', 'figure', 'How many SKUs did the Yangpu office inspect in H1, how many rejected, and the rejection rate vs 2024?',
  ['1,260', '57', '4.5%', '6.1%'], S,
  'The Office inspected 1,260 SKUs in the first half and rejected 57 of them, a rejection rate of 4.5%, compared with 6.1% in 2024')
Q('zh', 'figure', '日本来的包裹上半年在洋浦有多少？销售额占比多少？', ['1.84', '39%'], S, line(S, 'Japan '))
Q('en', 'list', 'What Korean goods sell most through Yangpu bonded retail?', ['cosmetics', 'hair care', 'instant noodles'], S, line(S, 'Korea '))
Q('zh', 'list', '澳大利亚的货在洋浦主要是哪些？', ['infant formula', 'vitamins', 'honey'], S, line(S, 'Australia '))
Q('en', 'list', 'Which Japanese products are the main goods in Yangpu?', ['skin care', 'health supplements', 'baby wipes'], S, line(S, 'Japan '))
Q('en', 'place', 'Apart from Japan, Korea and Australia, where do the other Yangpu bonded parcels mainly come from?',
  ['New Zealand', 'Thailand'], S, 'Parcels from other origins, mainly New Zealand and Thailand, made up the rest.')
Q('en', 'definition', 'What counts as "near-expiry goods" in the Yangpu bulletin?', ['less than one third of the total shelf life'], S,
  'Near-expiry goods means goods whose remaining shelf life is less than one third of the total shelf life printed on the pack.')
Q('zh', 'definition', '洋浦公告里说的“电子中文标签”是什么？', ['the Chinese product information (name, ingredients, origin, storage and warnings) shown on the product page'], S,
  'Electronic Chinese label means the Chinese product information (name, ingredients, origin, storage and warnings) shown on the product page, since bonded retail goods do not need a paper Chinese label.')
Q('en', 'definition', 'What is a "rejected SKU" in the Yangpu office terms?', ['refused to let into the bonded area or ordered off the shelf after an inspection'], S,
  'Rejected SKU means a product line that the Office refused to let into the bonded area or ordered off the shelf after an inspection.')
Q('zh', 'definition', '洋浦说的保税进口零售（1210）是怎么运作的？', ['shipped in bulk into the bonded area before any sale', 'released one parcel at a time after a consumer in China places an order'], S,
  'Bonded import retail (1210) means that goods are shipped in bulk into the bonded area before any sale, stored there, and released one parcel at a time after a consumer in China places an order.')
Q('zh', 'reason', '为什么保税零售的货不用贴纸质中文标签也行？', ['since bonded retail goods do not need a paper Chinese label'], S,
  'Electronic Chinese label means the Chinese product information (name, ingredients, origin, storage and warnings) shown on the product page, since bonded retail goods do not need a paper Chinese label.')
Q('zh', 'list', '电子中文标签上要有哪些信息？', ['name', 'ingredients', 'origin', 'storage', 'warnings'], S,
  'Electronic Chinese label means the Chinese product information (name, ingredients, origin, storage and warnings) shown on the product page')
Q('en', 'reason', 'Why did the rejection rate at Yangpu go down?', ['pre-entry consultation desk', 'label workshops', 'at least 12 months of shelf life'], S,
  'First, the Office opened a pre-entry consultation desk in January 2025, where agents can send product files for a free check before goods are shipped. Second, 118 agents took part in the Office\'s label workshops in March and April. Third, the two largest Australian brands moved their infant formula stock to Yangpu and now ship only goods with at least 12 months of shelf life left.')
Q('zh', 'reason', '韩国品牌被拒的SKU为什么最多？', ['changed their formulas during the year without updating the ingredient lists on their electronic Chinese labels'], S,
  'The main reason is that many Korean cosmetics brands changed their formulas during the year without updating the ingredient lists on their electronic Chinese labels.')
Q('zh', 'reason', '澳大利亚最大的两个奶粉品牌对拒收率下降有什么作用？', ['at least 12 months of shelf life left', 'moved their infant formula stock to Yangpu'], S,
  'Third, the two largest Australian brands moved their infant formula stock to Yangpu and now ship only goods with at least 12 months of shelf life left.')
Q('zh', 'list', '洋浦上半年检查反复发现哪些问题？', ['describe treatment effects', 'Near-expiry goods sold without a clear notice', 'cannot show the authorisation letter', 'stay in the return area for too long'], S,
  '(1) Electronic Chinese labels for health supplements that describe treatment effects, such as "lowers blood pressure", which are not allowed.',
  '(2) Near-expiry goods sold without a clear notice on the product page; 3,400 units were taken off sale in May.',
  '(3) Agents who cannot show the authorisation letter from the brand owner when asked.',
  '(4) Returned parcels that stay in the return area for too long because the agent does not decide whether to re-shelve',
  'or destroy the goods.')
Q('en', 'figure', 'How many near-expiry units were pulled from sale in Yangpu in May?', ['3,400'], S,
  '3,400 units were taken off sale in May.')
Q('zh', 'yesno', '我们澳洲保健品在洋浦的商品页上写“降血压”，这样可以吗？', ['which are not allowed'], S,
  '(1) Electronic Chinese labels for health supplements that describe treatment effects, such as "lowers blood pressure", which are not allowed.')
Q('en', 'reason', 'Why do returned parcels stay so long in the Yangpu return area?', ['the agent does not decide whether to re-shelve'], S,
  '(4) Returned parcels that stay in the return area for too long because the agent does not decide whether to re-shelve', 'or destroy the goods.')
Q('en', 'date', 'From what date must Yangpu product pages say "near expiry" and show the expiry date?', ['1 September 2025'], S,
  'From 1 September 2025, near-expiry goods must carry the words "near expiry" and the exact expiry date in the first line of the product page.')
Q('en', 'figure', 'Returned parcel arrives in Yangpu return area. How many days we have to reshelve, ship out or destroy?', ['30 days'], S,
  'Returned parcels must be re-shelved, shipped out of China or destroyed within 30 days of arriving in the return area.')
Q('zh', 'other', '一个品牌一个季度被拒了两个SKU，下个季度会怎样？', ['inspected at double the normal rate'], S,
  'Brands that have two or more SKUs rejected in one quarter will be inspected at double the normal rate in the next quarter.')
Q('en', 'place', 'Where will the Yangpu office open its second consultation desk, and when?', ['Haikou', 'October 2025'], S,
  'The Office will open a second consultation desk in Haikou in October 2025')
Q('zh', 'list', '洋浦给海外品牌方提了哪些建议？', ['check the electronic Chinese label every time a formula or pack size changes', 'keep a single agent for each product line', 'use the pre-entry desk for any new health supplement'], S,
  'We recommend that brand owners check the electronic Chinese label every time a formula or pack size changes, keep a single agent for each product line, and use the pre-entry desk for any new health supplement.')
Q('zh', 'yesno', '洋浦的销售额里含不含跨境电商税？', ['including cross-border e-commerce tax'], S,
  'Sales value is the amount paid by consumers, including cross-border e-commerce tax.')
Q('zh', 'list', '常见标签错误清单会用哪几种语言发布？', ['Japanese', 'Korean', 'English'], S,
  'will publish a list of common label errors in Japanese, Korean and English by the end of the year')
N('en', 'figure', 'How many bonded import parcels did Yangpu release in 2023?', S)
N('zh', 'figure', '洋浦上半年跨境电商出口包裹有多少？', S)
N('en', 'figure', 'How many parcels from New Zealand went through Yangpu in the first half of 2025?', S)
N('zh', 'figure', '澳大利亚婴儿奶粉在洋浦卖多少钱一罐？', S)
N('en', 'place', 'Where is the pre-entry consultation desk in Sanya?', S)
N('zh', 'list', '被拒SKU的韩国品牌都是哪些？', S)
N('en', 'reason', 'Why did Japan have fewer rejected SKUs than Korea in Yangpu?', S)
N('zh', 'figure', '洋浦2023年的SKU拒收率是多少？', S)

# ---------------------------------------------------------------- write
def main():
    errs = []
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        it['id'] = 'fp16-%s-%03d' % (it['lang'], counters[it['lang']])
        for e in it['evidence']:
            src_key = it['_key']
            if e['quote'] not in TEXTS[src_key] or '\n' in e['quote']:
                errs.append('%s: bad quote %r' % (it['id'], e['quote'][:50]))
        for g in it['answers']:
            for a in g:
                if not any(a in e['quote'] for e in it['evidence']):
                    errs.append('%s: answer %r not in quotes' % (it['id'], a))
        out.append({k: it[k] for k in ['id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable']})
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    # interleave zh/en by document order for readability
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))

if __name__ == '__main__':
    main()
