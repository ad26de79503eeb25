#!/usr/bin/env python3
"""Build ../gold.jsonl from the hand-written questions below (python3, standard library only).

A(lang, type, question, doc, answers, quotes): answerable item; each answer group is a string
(one alternative) or a list of alternatives; quotes are exact substrings of the document text.
N(lang, type, question): unanswerable near miss.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    'Y': 'fp13_zh_yunnan_fresh_produce_ecommerce_export_brief_2025h1.html',
    'D': 'fp13_zh_duyun_maojian_tea_traceability_notice_2025.md',
    'V': 'fp13_zh_yongchuan_xiuya_tea_overseas_store_review_2025q3.txt',
    'L': 'fp13_zh_lincang_local_currency_settlement_guide_2025.pdf',
    'B': 'fp13_en_baoshan_coffee_brand_export_guide_2025.docx',
    'P': 'fp13_en_puer_avocado_preorder_export_notice_2025.txt',
}
TEXT = {}
for k, name in DOCS.items():
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    with open(p, encoding='utf-8') as f:
        TEXT[k] = f.read()

ITEMS = []


def ln(doc, prefix):
    """The whole line of doc that starts with prefix (for table rows)."""
    hits = [l for l in TEXT[doc].split('\n') if l.startswith(prefix)]
    assert len(hits) == 1, (doc, prefix, hits)
    return hits[0]


def A(lang, typ, q, doc, answers, quotes):
    groups = [[g] if isinstance(g, str) else list(g) for g in answers]
    for qt in quotes:
        assert '\n' not in qt and qt in TEXT[doc], (doc, qt)
    for g in groups:
        for a in g:
            assert any(a in qt for qt in quotes), (q, a)
    ITEMS.append({'lang': lang, 'type': typ, 'question': q, 'answers': groups,
                  'evidence': [{'source': DOCS[doc], 'quote': qt} for qt in quotes],
                  'unanswerable': False, '_doc': doc})


def N(lang, typ, q, doc):
    ITEMS.append({'lang': lang, 'type': typ, 'question': q, 'answers': [], 'evidence': [],
                  'unanswerable': True, '_doc': doc})

# ---------------------------------------------------------------- Y: Yunnan H1 brief (html)
A('zh', 'figure', '云南今年上半年鲜果鲜菜这些通过跨境电商卖出去多少钱？比去年同期涨了多少？', 'Y',
  ['9.62亿元', '31.4%'], ['2025年上半年，全省鲜活农产品跨境电商出口额9.62亿元，同比增长31.4%'])
A('en', 'figure', "What was Yunnan's second-quarter 2025 export value for fresh produce sold online, and how much more was it than Q1?", 'Y',
  ['5.87亿元', '2.12亿元'], ['其中第二季度出口额5.87亿元，比第一季度增加2.12亿元'])
A('zh', 'reason', '云南鲜活农产品二季度出口额为啥比一季度多出一大截？', 'Y',
  ['沃柑和蓝莓集中上市'], ['主要受沃柑和蓝莓集中上市带动'])
A('zh', 'figure', '2024年一整年，云南鲜活农产品走跨境电商出口了多少钱？', 'Y',
  ['16.35亿元'], ['2024年全年，全省鲜活农产品跨境电商出口额16.35亿元'])
A('en', 'figure', 'Since the pilot began, how much fresh produce has Yunnan exported through e-commerce in total?', 'Y',
  ['43.8亿元'], ['自2021年开展试点以来，全省累计出口额43.8亿元'])
A('zh', 'figure', '省里给鲜活农产品跨境电商定的目标是多少？今年和2027年分别要到多少？', 'Y',
  ['21亿元', '35亿元'], ['2025年全年目标为出口额21亿元，到2027年力争达到35亿元'])
A('en', 'figure', 'Yunnan fruit that arrives rotten or squashed: what was the loss rate last year and what is it in the first half of this year?', 'Y',
  ['9.6%', '6.8%'], ['平均到货损耗率由2024年的9.6%', '降至上半年的6.8%。'])
A('zh', 'figure', '现在云南鲜活农产品产地直发的比例到多少了？去年是多少？', 'Y',
  ['52%', '38%'], ['产地直发比重由2024年的38%提高到上半年的52%'])
A('zh', 'definition', '简报里说的“产地直发”到底是什么意思？', 'Y',
  ['在产地完成分拣、预冷和包装后直接发往口岸'], ['“产地直发”是指货物在产地完成分拣、预冷和包装后直接发往口岸，不经省外集货仓中转。'])
A('en', 'definition', 'In the Yunnan brief, which products count as fresh farm produce exported by cross-border e-commerce? Dried goods are in or not?', 'Y',
  ['新鲜水果、新鲜蔬菜、食用菌和鲜切花', '不含干制品和加工品'], ['以9610或9710方式申报出口的新鲜水果、新鲜蔬菜、食用菌和鲜切花，不含干制品和加工品'])
A('en', 'definition', 'How does the Yunnan agriculture export office define the loss rate on arrival?', 'Y',
  ['买家收货时因腐烂、压伤、失水等原因无法销售的货值占发货货值的比重'], ['“到货损耗率”是指买家收货时因腐烂、压伤、失水等原因无法销售的货值占发货货值的比重。'])
A('zh', 'place', '上半年云南的鲜活农产品在哪个国家卖得最多？占了多少？', 'Y',
  ['泰国', '34%'], ['泰国占上半年出口额的34%'])
A('en', 'list', "Which foreign markets buy Yunnan's fresh produce online? Give me the named countries.", 'Y',
  ['泰国', '缅甸', '老挝', '马来西亚'], ['泰国占上半年出口额的34%，缅甸占22%，老挝占17%，马来西亚占15%，其他市场合计占12%'])
A('zh', 'other', '我想往缅甸发货，那边主要买云南什么农产品？', 'Y',
  ['高原蔬菜和食用菌'], ['发往缅甸的以高原蔬菜和食用菌为主'])
A('en', 'place', 'Which prefecture exported the most fresh produce online in H1 2025, and how much?', 'Y',
  ['玉溪', '2.84'], ['玉溪', '2.84'])
A('zh', 'figure', '我是楚雄种蓝莓的，我们州上半年跨境电商出口同比涨了多少？', 'Y',
  ['42.8%'], ['楚雄', '42.8%'])
A('zh', 'place', '表里哪个州市产地直发做得最差？', 'Y',
  ['昭通'], ['昭通', '35%'])
A('en', 'list', 'What are the main products of Yuxi and Chuxiong in the table?', 'Y',
  ['沃柑', '蓝莓', '食用菌'], ['沃柑、蓝莓', '蓝莓、食用菌'])
A('zh', 'list', '简报的分州市表格列了哪几个州市？', 'Y',
  ['玉溪', '楚雄', '文山', '大理', '昭通'], ['玉溪', '楚雄', '文山', '大理', '昭通'])
A('en', 'reason', 'why Yunnan fresh produce export by e-commerce grow so fast in first half year? what reasons the office give', 'Y',
  ['铁路运输时效提高', '开设“云品出海”专区', '产地预冷设施明显增加'],
  ['上半年出口保持较快增长，主要有三方面原因：一是铁路运输时效提高，发往万象的鲜果平均在途时间由4天缩短至2.5天；二是主要平台开设“云品出海”专区，上半年新增入驻卖家326家；三是产地预冷设施明显增加，全省新建产地预冷库41座，新增预冷能力1.2万吨。'])
A('en', 'reason', 'Why did Chuxiong blueberries grow the fastest of all the prefectures?', 'Y',
  ['采收期比往年提前约一个月', '避开了南美蓝莓集中到港的时段'], ['主要是因为当地采收期比往年提前约一个月，避开了南美蓝莓集中到港的时段'])
A('zh', 'reason', '文山上半年增长不算快，是什么原因？', 'Y',
  ['香蕉受3月低温影响减产'], ['文山增速相对较低，原因是香蕉受3月低温影响减产'])
A('zh', 'list', '云南这份简报说鲜活农产品跨境电商目前有哪些问题？', 'Y',
  ['物流成本偏高', '检疫证书办理时间较长', '品牌化程度不高', '退货处理困难'],
  ['物流成本偏高。鲜果跨境电商小包的平均物流费用约占货值的23%，明显高于一般农产品。', '检疫证书办理时间较长，部分中小卖家需等待3至5个工作日，影响鲜果上架时间。',
   '品牌化程度不高，以自有品牌出口的货值仅占全省的19%。', '退货处理困难，鲜活产品退回后基本无法二次销售，卖家多选择直接退款。'])
A('en', 'figure', "I'm a small seller of fresh fruit in Yunnan. How long might I wait for the quarantine certificate?", 'Y',
  ['3至5个工作日'], ['部分中小卖家需等待3至5个工作日'])
A('en', 'reason', "Why do Yunnan fresh produce sellers mostly just refund the buyer instead of taking the goods back?", 'Y',
  ['鲜活产品退回后基本无法二次销售'], ['退货处理困难，鲜活产品退回后基本无法二次销售，卖家多选择直接退款。'])
A('en', 'list', "What is the Yunnan office going to do next for fresh produce e-commerce exports?", 'Y',
  ['鲜果集货中心', '物流补贴', '线上展销周', '线上申请、当日出证', '区域公用品牌'],
  ['在玉溪、楚雄各建设1个跨境电商鲜果集货中心，2025年11月底前投入使用。', '对产地直发比重超过60%的企业，按每单0.8元给予物流补贴，单个企业年度补贴不超过50万元。',
   '组织20家企业参加9月在清迈举办的云南农产品线上展销周。', '会同有关部门推动检疫证书“线上申请、当日出证”，力争年底前覆盖全部出口鲜果品类。', '培育10个鲜活农产品跨境电商区域公用品牌。'])
A('zh', 'figure', '我们公司产地直发比重有65%，能拿物流补贴吗？每单补多少，一年最多多少？', 'Y',
  ['每单0.8元', '50万元'], ['对产地直发比重超过60%的企业，按每单0.8元给予物流补贴，单个企业年度补贴不超过50万元。'])
A('en', 'place', 'Where will the online fair for Yunnan farm products be held, and in which month?', 'Y',
  ['清迈', '9月'], ['组织20家企业参加9月在清迈举办的云南农产品线上展销周'])
A('en', 'date', 'By when should the fruit consolidation centres in Yuxi and Chuxiong be up and running?', 'Y',
  ['2025年11月底前'], ['在玉溪、楚雄各建设1个跨境电商鲜果集货中心，2025年11月底前投入使用'])
A('zh', 'yesno', '这份云南简报里的数字包括进口吗？', 'Y',
  ['不含进口数据'], ['本简报不含进口数据，也不含以一般贸易方式出口的鲜活农产品。'])
A('en', 'figure', 'How many Yunnan companies actually exported fresh produce in H1 2025, and how many sold over 10 million yuan?', 'Y',
  ['1186家', '23家'], ['上半年有出口实绩的企业共1186家，其中半年出口额超过1000万元的企业有23家'])
N('zh', 'figure', '云南2023年鲜活农产品跨境电商出口额是多少？', 'Y')
N('en', 'figure', 'How much fresh produce did Yunnan import through cross-border e-commerce in the first half of 2025?', 'Y')
N('zh', 'figure', '普洱上半年鲜活农产品跨境电商出口了多少？', 'Y')
N('en', 'figure', 'What was the arrival loss rate for parcels going to Thailand only?', 'Y')
N('zh', 'figure', '玉溪的沃柑和蓝莓上半年各出口了多少？', 'Y')
N('en', 'figure', "What's Yunnan's 2026 target for fresh produce e-commerce exports?", 'Y')
N('zh', 'list', '去清迈参加展销周的20家企业都是哪些？', 'Y')
N('en', 'figure', 'By how much did fresh produce e-commerce exports to Malaysia grow year on year?', 'Y')

# ---------------------------------------------------------------- D: Duyun tea traceability notice (md)
A('zh', 'definition', '都匀毛尖的溯源码扫出来能看到些什么？', 'D',
  ['茶园地块、采摘日期、加工批次和检测报告'], ['扫码可查看茶园地块、采摘日期、加工批次和检测报告，一罐（盒）一码'])
A('en', 'definition', 'What does the tea alliance mean by the coding rate?', 'D',
  ['加贴溯源码的出口产品件数占出口产品总件数的比重'], ['加贴溯源码的出口产品件数占出口产品总件数的比重'])
A('en', 'definition', "In the Duyun Maojian notice, what is the scan verification rate?", 'D',
  ['被海外买家扫码查询过的产品件数占赋码产品件数的比重'], ['被海外买家扫码查询过的产品件数占赋码产品件数的比重'])
A('zh', 'date', '都匀毛尖出口产品从哪天开始要全部用溯源码？', 'D',
  ['2026年1月1日'], ['联盟决定自2026年1月1日起，会员企业通过跨境电商出口的都匀毛尖产品全面启用溯源码'])
A('zh', 'reason', '联盟为什么要让都匀毛尖出口产品全都上溯源码？', 'D',
  ['提升都匀毛尖在东南亚市场的品牌信誉'], ['为提升都匀毛尖在东南亚市场的品牌信誉'])
A('en', 'figure', 'How much Duyun Maojian tea did the members sell abroad online in 2024, and what was the coding rate that year?', 'D',
  ['1.26亿元', '47%'], ['2024年，会员企业通过跨境电商出口都匀毛尖1.26亿元，赋码率为47%'])
A('zh', 'figure', '今年前三季度都匀毛尖跨境电商出口了多少？光第三季度呢？', 'D',
  ['1.18亿元', '0.43亿元'], ['2025年1—9月出口1.18亿元，其中第三季度出口0.43亿元'])
A('en', 'figure', 'In Q3 2025 what coding rate and scan rate did the Duyun tea exporters reach?', 'D',
  ['82%', '31%'], ['第三季度赋码率达到82%，扫码查验率为31%'])
A('zh', 'figure', '从试点开始到现在，都匀毛尖一共赋了多少个码？试点哪年开始的？', 'D',
  ['312万件', '2022年5月'], ['自2022年5月试点以来，累计赋码312万件'])
A('en', 'figure', 'What are the 2026 goals for coding rate and scan rate for Duyun tea?', 'D',
  ['100%', '45%'], ['联盟的目标是2026年赋码率达到100%，扫码查验率达到45%'])
A('en', 'list', 'Which three places are the top destinations for Duyun Maojian sold online?', 'D',
  ['泰国清迈', '缅甸仰光', '老挝琅勃拉邦'], ['泰国清迈、缅甸仰光和老挝琅勃拉邦是前三大目的地，合计占1—9月出口额的71%'])
A('zh', 'list', '都匀毛尖出口都有哪几种产品形态？', 'D',
  ['罐装和盒装礼品茶', '散装茶', '袋泡茶'], ['罐装和盒装礼品茶占1—9月出口额的64%，散装茶占21%，袋泡茶占15%'])
A('en', 'date', 'After I send my trace code application, how many days until I get the codes? Is there a faster way?', 'D',
  ['3个工作日', '1个工作日'], ['一般在3个工作日内下发溯源码；加急申请可在1个工作日内下发'])
A('zh', 'list', '申请溯源码的时候要在平台上交哪些东西？', 'D',
  ['茶园备案信息', '加工批次', '检测报告'], ['提交茶园备案信息、加工批次和检测报告'])
A('en', 'figure', 'How many member firms are there in Guiding county, and what is their coding rate?', 'D',
  ['21', '79%'], [ln('D', '| 贵定县')])
A('zh', 'place', '哪个县市的赋码率最高？是多少？', 'D',
  ['都匀市', '88%'], [ln('D', '| 都匀市')])
A('zh', 'reason', '都匀毛尖的赋码率为什么能提上来？', 'D',
  ['统一采购赋码设备', '将溯源码列为采购条件', '增加了泰文、缅文和英文三种语言'],
  ['一是联盟统一采购赋码设备，企业每个溯源码的成本由0.12元降至0.05元；二是泰国两家主要进口商将溯源码列为采购条件；三是产品扫码页面增加了泰文、缅文和英文三种语言。'])
A('en', 'reason', 'Did Thai buyers have anything to do with more tea being coded? What did they do?', 'D',
  ['泰国两家主要进口商将溯源码列为采购条件'], ['二是泰国两家主要进口商将溯源码列为采购条件'])
A('en', 'list', 'Which languages were added to the page buyers see when they scan the tea code?', 'D',
  ['泰文', '缅文', '英文'], ['产品扫码页面增加了泰文、缅文和英文三种语言'])
A('en', 'reason', 'Why is the coding rate in Dushan county so much lower than elsewhere?', 'D',
  ['散装茶出口为主', '散装茶无法按罐赋码'], ['主要原因是当地小茶厂仍以散装茶出口为主，散装茶无法按罐赋码'])
A('zh', 'list', '检查中发现企业的溯源工作有哪些毛病？', 'D',
  ['先印码后补录信息', '检测报告上传滞后', '使用同一批次号', '扫码页面打开速度慢'],
  ['个别企业先印码后补录信息，扫码显示“信息待更新”。', '检测报告上传滞后，平均滞后12天。', '部分代工企业使用同一批次号，无法区分茶园地块。', '海外买家投诉扫码页面打开速度慢，在缅甸部分地区需等待10秒以上。'])
A('zh', 'reason', '为什么有些茶叶扫码后显示“信息待更新”？', 'D',
  ['先印码后补录信息'], ['个别企业先印码后补录信息，扫码显示“信息待更新”。'])
A('en', 'reason', 'why some trace codes cannot tell which tea garden plot the tea is from?', 'D',
  ['部分代工企业使用同一批次号'], ['部分代工企业使用同一批次号，无法区分茶园地块。'])
A('en', 'yesno', 'If my tea tins have no trace code after January 2026, can I still print the alliance logo on them?', 'D',
  ['不得使用联盟“黔茶出海”标识'], ['未加贴溯源码的产品不得使用联盟“黔茶出海”标识'])
A('zh', 'figure', '溯源码的钱联盟补多少？一家企业一年最多补多少？', 'D',
  ['50%', '2万元'], ['联盟对会员企业溯源码费用给予50%补贴，每家企业全年补贴上限为2万元'])
A('zh', 'other', '我们茶厂是给别的品牌代工的，溯源码该由谁去申请？', 'D',
  ['由品牌方统一申请溯源码'], ['代工产品须由品牌方统一申请溯源码，并注明代工厂名称'])
A('en', 'date', 'When and where is the trace system training, and how many people can join each session?', 'D',
  ['2025年12月', '都匀', '60人'], ['联盟将于2025年12月在都匀举办两期溯源系统操作培训，每期限60人'])
A('zh', 'yesno', '非会员企业的出口和赋码数据也算进去了吗？', 'D',
  ['联盟未统计非会员企业的出口和赋码数据'], ['联盟未统计非会员企业的出口和赋码数据'])
A('en', 'other', 'Who is in charge of explaining things the Duyun tea notice does not cover?', 'D',
  ['联盟秘书处'], ['通知未尽事宜由联盟秘书处', '负责解释。'])
N('zh', 'figure', '都匀毛尖2023年通过跨境电商出口了多少？', 'D')
N('en', 'figure', 'What was the coding rate for Duyun tea exports in the second quarter of 2025?', 'D')
N('zh', 'figure', '平塘县会员企业的赋码率是多少？', 'D')
N('en', 'figure', 'How much Duyun Maojian did members export to Malaysia from January to September?', 'D')
N('zh', 'figure', '都匀毛尖进到泰国要交多少关税？', 'D')
N('en', 'reason', 'Why does the scan verification rate stay at only about 31 per cent?', 'D')
N('zh', 'figure', '溯源系统培训每期收多少钱？', 'D')

# ---------------------------------------------------------------- V: Yongchuan tea overseas stores (txt)
A('zh', 'definition', '永川秀芽那个回顾里的“动销率”是什么意思？', 'V',
  ['有销量的商品链接数占在售链接总数的比重'], ['“动销率”是指统计期内有销量的商品链接数占在售链接总数的比重'])
A('en', 'definition', 'What counts as an overseas store in the Yongchuan tea review? Do stores run by distributors count?', 'V',
  ['以“永川秀芽”品牌开设、由企业自主运营的店铺', '不含经销商代运营店铺'], ['以“永川秀芽”品牌开设、由企业自主运营的店铺，不含经销商代运营店铺'])
A('en', 'definition', 'How is the repurchase rate defined for the Yongchuan tea stores?', 'V',
  ['购买两次及以上的买家数占全部买家数的比重'], ['“复购率”是指统计期内购买两次及以上的买家数占全部买家数的比重'])
A('zh', 'figure', '到9月底永川秀芽一共开了多少家海外店？比去年底多了几家？', 'V',
  ['93家', '35家'], ['会员企业共开设海外店铺93家，比2024年底的58家增加35家'])
A('zh', 'figure', '永川秀芽海外店铺去年全年卖了多少钱？今年前三季度呢？', 'V',
  ['4860万元', '5210万元'], ['2024年全年海外店铺销售额4860万元；2025年1—9月销售额5210万元'])
A('en', 'figure', 'Q3 2025 sales of the Yongchuan tea stores, and growth on the previous quarter?', 'V',
  ['2040万元', '18.6%'], ['其中第三季度销售额2040万元，环比增长18.6%'])
A('zh', 'figure', '这些海外店的动销率现在多少？比去年高了多少？', 'V',
  ['64%', '11个百分点'], ['1—9月店铺平均动销率为64%，比2024年提高11个百分点'])
A('en', 'figure', 'what is the average repeat buy rate and the average order value of Yongchuan tea shops abroad?', 'V',
  ['27%', '86元'], ['平均复购率为27%，平均客单价为86元'])
A('en', 'figure', 'How much have the Yongchuan tea overseas stores sold in total since the first one opened?', 'V',
  ['1.35亿元'], ['自2021年首家店铺开业以来，累计销售额1.35亿元'])
A('zh', 'figure', '联盟给永川秀芽海外店铺定的2026年目标是什么？', 'V',
  ['1.2亿元', '150家'], ['2026年海外店铺销售额达到1.2亿元，店铺数量达到150家'])
A('zh', 'list', '永川秀芽在海外主要卖哪几类产品？', 'V',
  ['传统罐装秀芽', '“尝鲜装”', '冷泡茶包', '茶礼盒'], ['传统罐装秀芽占1—9月销售额的46%，“尝鲜装”占21%，冷泡茶包占18%，茶礼盒占15%'])
A('en', 'figure', 'What is the average store rating, and how many stores are below 4.0?', 'V',
  ['4.6分', '6家'], ['1—9月店铺平均评分为4.6分（满分5分），评分低于4.0分的店铺有6家'])
A('zh', 'other', '评分不到4分的那几家是什么样的店？', 'V',
  ['开业不足半年的新店'], ['均为开业不足半年的新店'])
A('en', 'figure', 'How many Yongchuan tea stores are in Thailand and what did they sell from January to September?', 'V',
  ['34', '2180'], [ln('V', '泰国')])
A('en', 'list', 'In which countries do the Yongchuan tea members have stores?', 'V',
  ['泰国', '马来西亚', '缅甸', '老挝', '越南'], [ln('V', '泰国'), ln('V', '马来西亚'), ln('V', '缅甸'), ln('V', '老挝  '), ln('V', '越南')])
A('zh', 'place', '哪个市场的复购率最低？', 'V',
  ['老挝'], [ln('V', '老挝  ')])
A('en', 'reason', 'Why did the Yongchuan tea stores sell so much more in the third quarter?', 'V',
  ['设立两个海外仓', '推出50克小罐装“尝鲜装”', '参加平台“中秋茶礼”促销活动'],
  ['一是8月起联盟在泰国清迈、孔敬设立两个海外仓，订单平均送达时间由6天缩短至3天；二是推出50克小罐装“尝鲜装”，客单价虽下降，但新买家数量增加了42%；三是会员企业集中参加平台“中秋茶礼”促销活动，活动期间销售额占第三季度的35%。'])
A('zh', 'reason', '三季度订单多起来，除了海外仓、尝鲜装和中秋活动，还有别的原因吗？', 'V',
  ['平台对品牌店铺开放跨店满减活动'], ['此外，9月起平台对品牌店铺开放跨店满减活动，也带动了部分订单增长。'])
A('en', 'reason', 'Our order value went down but we got many more new buyers. What product change did that?', 'V',
  ['推出50克小罐装“尝鲜装”'], ['二是推出50克小罐装“尝鲜装”，客单价虽下降，但新买家数量增加了42%'])
A('zh', 'place', '联盟在泰国哪两个地方开了海外仓？', 'V',
  ['清迈', '孔敬'], ['8月起联盟在泰国清迈、孔敬设立两个海外仓'])
A('zh', 'reason', '老挝那边回头客为啥这么少？', 'V',
  ['游客和短期务工', '一次性礼品消费'], ['老挝市场复购率明显偏低，原因是当地买家以游客和短期务工', '人员为主，购买多为一次性礼品消费。'])
A('en', 'list', 'What problems does the Yongchuan review see in running the stores?', 'V',
  ['同质化竞争', '机器翻译', '懂小语种的运营人员不足', '海外仓库存周转慢'],
  ['（一）店铺之间同质化竞争，部分企业低价促销，同款产品价差最高达到40%；', '（二）泰文、缅文详情页多为机器翻译，差评中约有三成与描述不符有关；',
   '（三）懂小语种的运营人员不足，93家店铺仅有19名专职小语种客服；', '（四）海外仓库存周转慢，平均周转天数为58天，高于联盟确定的45天标准。'])
A('zh', 'reason', '差评里为什么那么多说货不对板的？', 'V',
  ['详情页多为机器翻译'], ['泰文、缅文详情页多为机器翻译，差评中约有三成与描述不符有关'])
A('en', 'figure', 'How many full-time customer service staff speaking the small languages do the 93 stores have?', 'V',
  ['19名'], ['93家店铺仅有19名专职小语种客服'])
A('zh', 'figure', '海外仓库存平均周转多少天？联盟的标准是多少天？', 'V',
  ['58天', '45天'], ['平均周转天数为58天，高于联盟确定的45天标准'])
A('en', 'list', 'What does the alliance suggest doing next for the Yongchuan tea stores?', 'V',
  ['最低零售价指导价', '人工翻译服务', '培训小语种客服40名', '先进先出', '品牌体验店', '伴手礼规格'],
  ['1．统一制定“永川秀芽”海外店铺最低零售价指导价，遏制恶性降价；', '2．联盟集中采购人工翻译服务，优先修订销量前100个商品链接的详情页；',
   '3．与永川本地职业院校合作，2025年底前培训小语种客服40名；', '4．海外仓实行“先进先出”管理，对库存超过90天的产品组织清仓；',
   '5．2026年第一季度在缅甸曼德勒试点开设品牌体验店。', '6．对复购率低于20%的市场调整产品结构，增加适合游客购买的伴手礼规格。'])
A('en', 'reason', 'Why does the alliance want a minimum retail guide price for the stores?', 'V',
  ['遏制恶性降价'], ['统一制定“永川秀芽”海外店铺最低零售价指导价，遏制恶性降价'])
A('zh', 'place', '永川秀芽的品牌体验店打算开在哪？什么时候？', 'V',
  ['缅甸曼德勒', '2026年第一季度'], ['2026年第一季度在缅甸曼德勒试点开设品牌体验店'])
A('en', 'yesno', 'Are the Yongchuan sales numbers after refunds are taken off?', 'V',
  ['未扣除退款'], ['为含税成交额，未扣除退款'])
N('zh', 'figure', '越南市场的店铺动销率是多少？', 'V')
N('en', 'figure', 'How much did Yongchuan tea stores in Cambodia sell this year?', 'V')
N('zh', 'figure', '永川秀芽海外店铺2023年销售额是多少？', 'V')
N('en', 'figure', 'What was the refund rate of the Yongchuan tea stores for the whole of 2024?', 'V')
N('zh', 'figure', '经销商代运营的永川秀芽店铺卖了多少钱？', 'V')
N('en', 'other', 'Which vocational college will train the small-language customer service staff for the Yongchuan stores?', 'V')
N('zh', 'reason', '永川秀芽泰国市场的复购率为什么比马来西亚高？', 'V')

# ---------------------------------------------------------------- L: Lincang local-currency settlement guide (pdf)
A('zh', 'definition', '临沧那个指引里说的本币结算具体指啥？', 'L',
  ['直接以人民币或缅币计价和收付款，不经美元等第三方货币兑换'], ['买卖双方直接以人民币或缅币计价和收付款，不经美元等第三方货币兑换'])
A('en', 'definition', 'What is a border-trade settlement account in the Lincang guide?', 'L',
  ['专门用于接收境外人民币或缅币货款的账户'], ['卖家在开办边贸结算业务的银行开立、专门用于接收境外人民币或缅币货款的账户'])
A('en', 'definition', 'how they count the settlement cycle, from which day to which day?', 'L',
  ['自买家付款之日起至货款进入卖家境内账户之日止的自然日天数'], ['自买家付款之日起至货款进入卖家境内账户之日止的自然日天数'])
A('zh', 'figure', '临沧2024年用本币结算了多少钱，占比多少？', 'L',
  ['3.4亿元', '41%'], ['全市农产品跨境电商出口中以本币结算的金额为3.4亿元，占全部结算金额的41%'])
A('en', 'figure', 'Local currency settlement in Lincang in H1 2025: how much, and what share of all settlement?', 'L',
  ['2.65亿元', '58%'], ['2025年上半年本币结算金额2.65亿元，占比提高到58%'])
A('en', 'figure', 'How much has been settled in local currency in Lincang since the pilot started?', 'L',
  ['8.9亿元'], ['自2022年开展本币结算试点以来，累计本币结算金额8.9亿元'])
A('zh', 'figure', '2026年临沧本币结算占比要做到多少？', 'L',
  ['75%'], ['2026年本币结算占比力争达到75%'])
A('en', 'figure', 'How many days does it take now for the money to reach sellers in Lincang, compared with 2024?', 'L',
  ['4.2天', '9.5天'], ['上半年平均结算周期为4.2天，比2024年的9.5天', '缩短一半以上；卖家平均汇兑成本由货款的2.1%降至0.6%。'])
A('en', 'place', 'Which county in Lincang settles the most in local currency, and what share?', 'L',
  ['耿马县', '46%'], ['耿马县本币结算金额最大，占全市上半年的46%'])
A('en', 'list', 'Which counties of Lincang are given with their local-currency settlement shares?', 'L',
  ['耿马县', '镇康县', '沧源县'], ['耿马县本币结算金额最大，占全市上半年的46%；镇康县占27%；沧源县占15%'])
A('zh', 'list', '临沧本币结算的钱主要是卖哪几类农产品来的？', 'L',
  ['茶叶', '坚果', '鲜果'], ['本币结算金额中茶叶占39%，坚果占24%，鲜果占22%，其他农产品占15%'])
A('zh', 'figure', '上半年临沧用本币结算的卖家有多少家？比去年底多了多少？', 'L',
  ['412家', '137家'], ['上半年使用本币结算的卖家共412家，比2024年底增加137家'])
A('en', 'list', 'Which three ways of collecting payment does the Lincang guide compare?', 'L',
  ['银行边贸结算账户', '跨境支付机构', '平台代收'], ['|银行边贸结算账户|1至2个工作日|0.2%|50万元', '|跨境支付机构|当日|0.5%|20万元', '|平台代收|7至14天|1.0%|无'])
A('en', 'figure', 'If I collect through a cross-border payment institution, how fast does money come and what is the fee?', 'L',
  ['当日', '0.5%'], ['|跨境支付机构|当日|0.5%|20万元'])
A('zh', 'figure', '银行边贸结算账户单笔最多能收多少？手续费多少？', 'L',
  ['50万元', '0.2%'], ['|银行边贸结算账户|1至2个工作日|0.2%|50万元'])
A('en', 'figure', 'If the platform collects for me, how long until I get the money, what fee, and is there extra for kyat?', 'L',
  ['7至14天', '1.0%', '0.3%'], ['|平台代收|7至14天|1.0%|无', '缅币收款另收0.3%的兑换费'])
A('en', 'list', 'What documents do I need to open a border-trade settlement account in Lincang?', 'L',
  ['营业执照', '法定代表人身份证件', '跨境电商平台店铺证明', '近三个月的交易流水'], ['营业执照、法定代表人身份证件、跨境电商平台店铺证明、近三个月的交易流水'])
A('zh', 'yesno', '我是个体户，没有公司营业执照，能开边贸结算账户吗？', 'L',
  ['可用个体工商户营业执照代替营业执照'], ['个体卖家可用个体工商户营业执照代替营业执照'])
A('en', 'other', 'Account is opened. What do I have to do on the platform side after that?', 'L',
  ['将收款账户变更为边贸结算账户', '不低于100元的测试收款'], ['卖家须在平台后台将收款账户变更为边贸结算账户，并完成一笔不低于100元的测试收款'])
A('zh', 'reason', '上半年临沧本币结算占比为什么涨得这么快？', 'L',
  ['银行网点由3个增加到7个', '上线缅币直接收款功能', '给予补贴'],
  ['一是辖区内开办边贸结算业务的银行网点由3个增加到7个；二是两家跨境支付机构上线缅币直接收款功能，买家可用手机钱包付款；三是对使用本币结算的卖家，按结算金额的0.1%给予补贴。'])
A('en', 'reason', 'What made it easier for buyers in Myanmar to pay in kyat this year?', 'L',
  ['两家跨境支付机构上线缅币直接收款功能'], ['二是两家跨境支付机构上线缅币直接收款功能，买家可用手机钱包付款'])
A('zh', 'list', '走访卖家以后，发现本币结算还有哪些问题？', 'L',
  ['缅币汇率波动较大', '习惯使用美元现金', '对边贸结算账户了解不多', '网络信号不稳定'],
  ['（一）缅币汇率波动较大，上半年最大波幅超过8%，卖家定价困难；', '（二）部分缅甸买家仍习惯使用美元现金，线上付款比例偏低；',
   '（三）小额卖家对边贸结算账户了解不多，约四成受访卖家从未使用过；', '（四）缅甸部分地区网络信号不稳定，付款失败率约为6%。'])
A('zh', 'reason', '卖缅甸的订单为什么定价那么难？', 'L',
  ['缅币汇率波动较大'], ['缅币汇率波动较大，上半年最大波幅超过8%，卖家定价困难'])
A('en', 'reason', 'Why do so few buyers in Myanmar pay online?', 'L',
  ['习惯使用美元现金'], ['部分缅甸买家仍习惯使用美元现金，线上付款比例偏低'])
A('en', 'figure', 'How big was the kyat swing in the first half, and how often do payments fail?', 'L',
  ['8%', '6%'], ['上半年最大波幅超过8%', '付款失败率约为6%'])
A('zh', 'list', '临沧工作站给了哪几条工作建议？', 'L',
  ['约定汇率调整条款', '开设本币结算服务窗口', '本币结算政策宣讲会', '离线付款码'],
  ['一是鼓励卖家在报价中约定汇率调整条款，单笔订单汇率变动超过3%时可重新议价；二是联合银行在清水河口岸开设本币结算服务窗口；三是2025年内举办4期本币结算政策宣讲会；四是推动支付机构开发离线付款码，降低付款失败率。'])
A('zh', 'reason', '为什么要推动开发离线付款码？', 'L',
  ['降低付款失败率', '网络信号不稳定'], ['四是推动支付机构开发离线付款码，降低付款失败率', '缅甸部分地区网络信号不稳定，付款失败率约为6%'])
A('zh', 'date', '本币结算的补贴什么时候去申请？', 'L',
  ['每季度结束后15日内'], ['卖家应在每季度结束后15日内向工作站提交结算凭证'])
A('en', 'yesno', 'Can I split one big order into a few small ones so each stays under the single-payment limit?', 'L',
  ['不得拆分交易规避单笔限额'], ['卖家应如实申报交易信息，不得拆分交易规避单笔限额'])
A('en', 'other', 'My buyer cancels the order. How should the money be sent back?', 'L',
  ['按原币种原路退回'], ['应按原币种原路退回，不得以其他货币替代'])
N('zh', 'figure', '临沧2023年本币结算金额是多少？', 'L')
N('en', 'figure', 'What was the local-currency share of settlement in Lincang in the second quarter alone?', 'L')
N('zh', 'figure', '双江县本币结算金额占全市多少？', 'L')
N('en', 'figure', 'How much was settled in local currency for imports from Myanmar into Lincang?', 'L')
N('zh', 'figure', '临沧卖家用泰铢结算的金额有多少？', 'L')
N('en', 'date', 'On what date will the local-currency service window at Qingshuihe port open?', 'L')
N('zh', 'figure', '临沧鲜果本币结算金额同比增长了多少？', 'L')
N('en', 'list', 'Which banks in Lincang offer the border-trade settlement service?', 'L')

# ---------------------------------------------------------------- B: Baoshan coffee guide (docx)
A('zh', 'definition', '保山咖啡说的“精品级”是什么标准？', 'B',
  ['scores 80 points or more in a cupping test'], ['Specialty grade means green coffee that scores 80 points or more in a cupping test run by a laboratory recognised by the Committee.'])
A('en', 'definition', "In the coffee guide, what does 'roasted at origin' mean?", 'B',
  ['roasted, packed and labelled in Baoshan before export'], ['Roasted at origin means coffee that is roasted, packed and labelled in Baoshan before export'])
A('zh', 'definition', '咖啡指南里的“品牌店”指哪种店？经销商的店算不算？', 'B',
  ["an online store opened under a member's own registered brand", "not a reseller's store"],
  ["Brand store means an online store opened under a member's own registered brand, not a reseller's store and not a general grocery listing."])
A('zh', 'list', '这份咖啡指南适用于保山哪些地方的会员？', 'B',
  ['Longyang District', 'the Lujiang valley', 'Changning County'], ['mainly in Longyang District, the Lujiang valley and Changning County'])
A('en', 'figure', 'How many tonnes of roasted coffee did the Baoshan brands sell abroad online in 2024, and for how much?', 'B',
  ['386 tonnes', 'RMB 71.5 million'], ['In 2024, member brands exported 386 tonnes of roasted coffee through cross-border e-commerce, worth RMB 71.5 million.'])
A('zh', 'figure', '今年上半年保山咖啡线上出口了多少吨？值多少钱？', 'B',
  ['244 tonnes', 'RMB 46.2 million'], ['In the first half of 2025 they exported 244 tonnes, worth RMB 46.2 million'])
A('zh', 'figure', '保山咖啡从2022年做出口项目以来，线上一共卖了多少？', 'B',
  ['RMB 168 million'], ['cumulative online export sales have reached RMB 168 million'])
A('en', 'figure', "What is the coffee committee's target for 2026?", 'B',
  ['RMB 130 million', '60 per cent'], ["The Committee's target for 2026 is RMB 130 million in online export sales, with at least 60 per cent of the volume at specialty grade."])
A('zh', 'figure', '精品级咖啡在出口里的占比从去年的多少涨到了多少？', 'B',
  ['37 per cent', '52 per cent'], ['The share of specialty-grade coffee in member exports rose from 37 per cent in 2024 to 52 per cent in the first half of 2025.'])
A('en', 'list', 'What kinds of coffee products do the Baoshan brands sell online?', 'B',
  ['Drip bags', 'whole beans', 'ground coffee', 'instant coffee'], ['Drip bags made up 41 per cent of first-half sales by value, whole beans 33 per cent, ground coffee 18 per cent and instant coffee 8 per cent.'])
A('en', 'figure', 'How many brand stores did members run at the end of June 2025, and at the end of 2024?', 'B',
  ['64', '45'], ['Member brands ran 64 brand stores at the end of June 2025, compared with 45 at the end of 2024.'])
A('zh', 'place', '保山咖啡哪个市场卖得最多？占多少？', 'B',
  ['Thailand', '47%'], ['|Thailand|Chiang Mai|47%|3 days|34%'])
A('en', 'figure', 'For coffee to Myanmar, how long is delivery and how many buyers come back?', 'B',
  ['6 days', '21%'], ['|Myanmar|Yangon|29%|6 days|21%'])
A('zh', 'figure', '咖啡发老挝要几天能到？回头客比例多少？', 'B',
  ['4 days', '26%'], ['|Laos|Vientiane|24%|4 days|26%'])
A('en', 'list', 'Which hub cities serve the three coffee markets?', 'B',
  ['Chiang Mai', 'Yangon', 'Vientiane'], ['|Thailand|Chiang Mai|47%|3 days|34%', '|Myanmar|Yangon|29%|6 days|21%', '|Laos|Vientiane|24%|4 days|26%'])
A('zh', 'figure', '在泰国，会员品牌250克的精品咖啡豆平均卖多少钱？', 'B',
  ['THB 420'], ['In Thailand a 250 g bag of specialty whole beans from a member brand sold for an average of THB 420 in the first half of 2025'])
A('en', 'reason', 'Why did online coffee sales grow so fast in the first half of 2025?', 'B',
  ['shared warehouse in Chiang Mai', 'joint cupping events', 'roasting at origin'],
  ['First, member brands began shipping through a shared warehouse in Chiang Mai, which cut average delivery time in Thailand from 7 days to 3 days.',
   "Second, the Committee's joint cupping events in Vientiane and Yangon brought in 38 new café and hotel buyers who now reorder online.",
   'Third, roasting at origin let members print the harvest month and roast date on every bag, which buyers told us they trust more than labels added abroad.'])
A('en', 'reason', 'How come coffee delivery in Thailand got so much faster?', 'B',
  ['shared warehouse in Chiang Mai'], ['First, member brands began shipping through a shared warehouse in Chiang Mai, which cut average delivery time in Thailand from 7 days to 3 days.'])
A('en', 'reason', 'why Myanmar buyers of Baoshan coffee reorder less than other markets?', 'B',
  ['payment failures', 'long customs queues at the land border'],
  ["Myanmar's repeat-buyer rate is the lowest of the three markets mainly because payment failures and long customs queues at the land border often delay second orders, so many buyers switch to local roasters."])
A('zh', 'reason', '很多缅甸买家后来转去买当地烘焙商的咖啡，这是为什么？', 'B',
  ['payment failures', 'long customs queues at the land border', 'delay second orders'],
  ["Myanmar's repeat-buyer rate is the lowest of the three markets mainly because payment failures and long customs queues at the land border often delay second orders, so many buyers switch to local roasters."])
A('zh', 'reason', '为什么在保山本地烘焙更受买家信任？', 'B',
  ['print the harvest month and roast date on every bag'], ['Third, roasting at origin let members print the harvest month and roast date on every bag, which buyers told us they trust more than labels added abroad.'])
A('zh', 'list', '协会走访烘焙商发现了哪些问题？', 'B',
  ['Moisture control is uneven', "copy each other's product pictures and descriptions", 'Labels in Thai, Lao and Burmese are often incomplete', 'lack working capital', 'Returned parcels are rarely resold'],
  ["(a) Moisture control is uneven", "(b) Many stores copy each other's product pictures and descriptions, so buyers cannot tell the brands apart.",
   '(c) Labels in Thai, Lao and Burmese are often incomplete', '(d) Small roasters lack working capital and cannot hold more than two weeks of stock in Chiang Mai.',
   '(e) Returned parcels are rarely resold, because coffee past 90 days from roasting is hard to sell at full price.'])
A('en', 'figure', 'What share of sampled whole-bean bags were too moist, and what is the moisture limit?', 'B',
  ['9 per cent', '12.5 per cent'], ["9 per cent of sampled bags of whole beans exceeded the Committee's moisture limit of 12.5 per cent"])
A('zh', 'reason', '为什么海外买家分不清各家咖啡品牌？', 'B',
  ["copy each other's product pictures and descriptions"], ["(b) Many stores copy each other's product pictures and descriptions, so buyers cannot tell the brands apart."])
A('en', 'reason', "Why can't the small roasters keep more stock in Chiang Mai?", 'B',
  ['lack working capital'], ['(d) Small roasters lack working capital and cannot hold more than two weeks of stock in Chiang Mai.'])
A('en', 'reason', 'Why are returned coffee parcels hardly ever resold?', 'B',
  ['coffee past 90 days from roasting is hard to sell at full price'], ['(e) Returned parcels are rarely resold, because coffee past 90 days from roasting is hard to sell at full price.'])
A('zh', 'list', '咖啡委员会给会员提了哪些建议？', 'B',
  ['send at least one sample per harvest lot to a recognised laboratory', "use the Committee's shared label templates", 'offer at least one mobile wallet payment option', 'stock programme', 'quality traceability page'],
  ['First, every member should send at least one sample per harvest lot to a recognised laboratory before the lot is listed online as specialty grade.',
   "Second, members should use the Committee's shared label templates, which include Thai, Lao and Burmese text, from 1 November 2025.",
   'Third, members selling in Myanmar should offer at least one mobile wallet payment option and state clearly, on the product page, how long delivery',
   "Fourth, small roasters can apply to the Committee's stock programme, under which the Committee pre-pays warehouse fees in Chiang Mai for up to three months.",
   'Fifth, members should set up a quality traceability page for each lot, showing the farm, the processing method and the cupping score.'])
A('en', 'date', 'From what date do the members have to use the shared label templates?', 'B',
  ['1 November 2025'], ["Second, members should use the Committee's shared label templates, which include Thai, Lao and Burmese text, from 1 November 2025."])
A('en', 'other', 'We sell coffee in Myanmar. What has to be written on our product page?', 'B',
  ['how long delivery', 'takes to each region'], ['state clearly, on the product page, how long delivery', 'takes to each region.'])
A('en', 'figure', 'Under the stock programme, for how long does the committee pre-pay the Chiang Mai warehouse fees?', 'B',
  ['up to three months'], ['the Committee pre-pays warehouse fees in Chiang Mai for up to three months'])
A('en', 'list', "What should the traceability page for each coffee lot show?", 'B',
  ['the farm', 'the processing method', 'the cupping score'], ['Fifth, members should set up a quality traceability page for each lot, showing the farm, the processing method and the cupping score.'])
A('zh', 'figure', '杯测费用委员会能补多少？每年上限多少？', 'B',
  ['50 per cent', 'RMB 6,000'], ['The Committee pays 50 per cent of the cost of laboratory cupping tests, up to RMB 6,000 per member per year.'])
A('zh', 'yesno', '季度申请截止日错过了，还能补申请吗？', 'B',
  ['carry the claim into the next quarter only once'], ['Members who miss a quarterly deadline can carry the claim into the next quarter only once.'])
A('zh', 'yesno', '保山咖啡这些出口数字包括生豆出口吗？', 'B',
  ['They do not include green-bean exports'], ['They do not include green-bean exports'])
N('zh', 'figure', '在缅甸，250克精品咖啡豆平均卖多少钱？', 'B')
N('en', 'figure', 'How many tonnes of roasted coffee did the Baoshan brands export online in 2023?', 'B')
N('en', 'figure', 'How many tonnes of green beans did Baoshan members export?', 'B')
N('zh', 'figure', '保山咖啡卖到越南的销售额是多少？', 'B')
N('en', 'figure', 'What was the repeat-buyer rate in Thailand in 2024?', 'B')
N('zh', 'reason', '为什么速溶咖啡只占销售额的8%？', 'B')
N('en', 'list', 'Which laboratories are recognised by the coffee committee for cupping tests?', 'B')
N('zh', 'figure', '保山咖啡出口退货率是多少？', 'B')

# ---------------------------------------------------------------- P: Pu'er avocado pre-order notice (txt)
A('zh', 'definition', '牛油果预订的“预订窗口期”是什么意思？', 'P',
  ['normally 10 to 21 days before picking'], ['Pre-order window: the period, normally 10 to 21 days before picking, during which a buyer may place and pay for an order at a fixed price.'])
A('en', 'definition', 'What avocado counts as Grade A?', 'P',
  ['weighing 200 g or more', 'no skin damage larger than 1 square centimetre'], ['Grade A fruit: a Hass-type avocado weighing 200 g or more, with no skin damage larger than 1 square centimetre.'])
A('zh', 'definition', '发货准备期是怎么算的？', 'P',
  ['the number of days between the day a fruit is picked and the day the parcel is handed to the carrier'],
  ['Dispatch lead time: the number of days between the day a fruit is picked and the day the parcel is handed to the carrier.'])
A('en', 'date', 'When does the 2025 avocado season start and end?', 'P',
  ['1 September 2025', '31 January 2026'], ['which opened on 1 September 2025 and runs to 31 January 2026'])
A('zh', 'list', '普洱主要是哪几个县在种出口的牛油果？', 'P',
  ['Menglian', 'Lancang', 'Ximeng'], ['in particular Menglian, Lancang and Ximeng counties'])
A('en', 'figure', 'In the 2024 avocado season, how many pre-orders, tonnes and how much money?', 'P',
  ['126,000 pre-orders', '1,150 tonnes', 'RMB 58.4 million'], ['the programme handled 126,000 pre-orders covering 1,150 tonnes of fruit, worth RMB 58.4 million'])
A('zh', 'figure', '2025年第三季度牛油果预订单有多少？多少吨？', 'P',
  ['41,000 pre-orders', '372 tonnes'], ['it handled 41,000 pre-orders and 372 tonnes'])
A('zh', 'figure', '牛油果预订项目从2022年开始累计卖了多少？', 'P',
  ['RMB 142 million'], ['cumulative pre-order sales have reached RMB 142 million'])
A('en', 'figure', 'What is the target for the whole 2025 avocado season?', 'P',
  ['160,000 pre-orders', 'RMB 75 million'], ['The target for the 2025 season as a whole is 160,000 pre-orders and RMB 75 million.'])
A('en', 'figure', 'what part of the pre-order avocados are Grade A now, and before?', 'P',
  ['71 per cent', '58 per cent'], ['The share of Grade A fruit in pre-order shipments rose from 58 per cent to 71 per cent over the same period.'])
A('zh', 'figure', '发清莱的A级果，2公斤一箱卖多少钱？', 'P',
  ['RMB 96'], ['| Chiang Rai (Thailand) | 44% | RMB 96 | 2 days |'])
A('en', 'figure', 'For avocados to Vientiane, what is the Grade A box price and how long is delivery?', 'P',
  ['RMB 88', '3 days'], ['| Vientiane (Laos) | 31% | RMB 88 | 3 days |'])
A('zh', 'place', '牛油果预订单哪个目的地占比最高？', 'P',
  ['Chiang Rai', '44%'], ['| Chiang Rai (Thailand) | 44% | RMB 96 | 2 days |'])
A('en', 'list', "To which cities are the Pu'er avocado pre-orders delivered?", 'P',
  ['Chiang Rai', 'Vientiane', 'Mandalay'], ['| Chiang Rai (Thailand) | 44% | RMB 96 | 2 days |', '| Vientiane (Laos) | 31% | RMB 88 | 3 days |', '| Mandalay (Myanmar) | 25% | RMB 92 | 5 days |'])
A('zh', 'figure', '今年三季度的牛油果预订单比去年三季度多了多少？', 'P',
  ['38 per cent'], ['Pre-orders in the third quarter of 2025 were 38 per cent higher than in the third quarter of 2024.'])
A('en', 'reason', 'why the avocado pre-order programme grow this year, what are the reasons?', 'P',
  ['twelve new packing stations opened', 'fixed daily cut-off of 16:00', 'countdown to picking day'],
  ['First, twelve new packing stations opened in Menglian and Lancang, so fruit can be graded and packed within hours of picking.',
   'Second, the Office agreed with two rail freight forwarders a fixed daily cut-off of 16:00 for avocado parcels to Vientiane.',
   'Third, stores now show buyers a countdown to picking day, which reduced order cancellations from 9 per cent to 4 per cent.'])
A('en', 'reason', 'How come avocados can now be graded and packed within hours after picking?', 'P',
  ['twelve new packing stations opened in Menglian and Lancang'], ['First, twelve new packing stations opened in Menglian and Lancang, so fruit can be graded and packed within hours of picking.'])
A('zh', 'reason', '牛油果订单取消率为什么降下来了？降到多少？', 'P',
  ['countdown to picking day', '4 per cent'], ['Third, stores now show buyers a countdown to picking day, which reduced order cancellations from 9 per cent to 4 per cent.'])
A('zh', 'date', '发往万象的牛油果包裹每天几点截单？', 'P',
  ['16:00'], ['a fixed daily cut-off of 16:00 for avocado parcels to Vientiane'])
A('en', 'reason', 'Why did the Mandalay route grow slower than the others?', 'P',
  ['road repairs on the route through Lashio'], ['mainly because road repairs on the route through Lashio added up to two days to delivery times in August and September'])
A('zh', 'list', '九月份监测发现牛油果预订有哪些问题？', 'P',
  ['pick fruit before the agreed date', 'underweight', 'Refunds for damaged fruit take on average 11 days', 'Ximeng has no packing station of its own'],
  ['(1) Some growers pick fruit before the agreed date, so it ripens unevenly and buyers complain of hard or rubbery fruit.',
   '(2) Weight checks are done by hand at small packing stations, and about 6 per cent of boxes labelled 2 kg were underweight.',
   '(3) Refunds for damaged fruit take on average 11 days, far longer than the 3 days buyers expect.',
   '(4) Ximeng has no packing station of its own, so its fruit travels up to four hours before grading.'])
A('zh', 'reason', '买家老抱怨牛油果又硬又像橡胶，原因是什么？', 'P',
  ['pick fruit before the agreed date', 'ripens unevenly'], ['(1) Some growers pick fruit before the agreed date, so it ripens unevenly and buyers complain of hard or rubbery fruit.'])
A('zh', 'reason', '为什么西盟的牛油果要走四个小时才能分级？', 'P',
  ['Ximeng has no packing station of its own'], ['(4) Ximeng has no packing station of its own, so its fruit travels up to four hours before grading.'])
A('zh', 'figure', '坏果退款平均要多少天？买家期望是几天？', 'P',
  ['11 days', '3 days'], ['(3) Refunds for damaged fruit take on average 11 days, far longer than the 3 days buyers expect.'])
A('en', 'list', 'What rules do stores have to follow in the 2025 avocado season?', 'P',
  ['state the expected picking date, the grade and the net weight', 'ship within 2 days of picking', 'decided within 5 working days', 'suspended from the programme', 'traceability code'],
  ['- Every pre-order listing must state the expected picking date, the grade and the net weight.',
   '- Stores must ship within 2 days of picking; parcels that leave later must be offered a partial refund of 10 per cent.',
   '- Refund claims for damaged fruit must be decided within 5 working days, with photos as sufficient proof.',
   '- Growers who pick more than 3 days early twice in one season will be suspended from the programme for the rest of the season.',
   '- Each box must carry a traceability code linking it to the orchard, the picking date and the packing station.'])
A('zh', 'list', '牛油果预订商品页面上必须写清楚哪些信息？', 'P',
  ['the expected picking date', 'the grade', 'the net weight'], ['Every pre-order listing must state the expected picking date, the grade and the net weight.'])
A('zh', 'other', '我店里的牛油果摘下来3天后才发出去，要怎么处理？', 'P',
  ['partial refund of 10 per cent'], ['Stores must ship within 2 days of picking; parcels that leave later must be offered a partial refund of 10 per cent.'])
A('en', 'other', 'A grower picked more than 3 days early two times this season. What happens to him?', 'P',
  ['suspended from the programme for the rest of the season'], ['Growers who pick more than 3 days early twice in one season will be suspended from the programme for the rest of the season.'])
A('zh', 'list', '每箱牛油果上的溯源码要关联哪些信息？', 'P',
  ['the orchard', 'the picking date', 'the packing station'], ['Each box must carry a traceability code linking it to the orchard, the picking date and the packing station.'])
A('en', 'list', "What is the Pu'er desk planning to do next?", 'P',
  ['open a packing station in Ximeng', 'install electronic scales', "buyers' fair in Chiang Rai", 'pre-order pilot for passion fruit'],
  ["The Office will open a packing station in Ximeng before the 2026 season, install electronic scales at all packing stations by the end of December 2025, and hold a buyers' fair in Chiang Rai in November 2025.",
   'It will also study a pre-order pilot for passion fruit', 'from the 2026 season onwards.'])
A('zh', 'date', '百香果的预订试点打算从什么时候开始？', 'P',
  ['from the 2026 season onwards'], ['It will also study a pre-order pilot for passion fruit', 'from the 2026 season onwards.'])
A('en', 'yesno', 'Do the avocado sales values include the delivery charges paid by buyers?', 'P',
  ['include delivery charges paid by buyers'], ['Sales values are in RMB and include delivery charges paid by buyers.'])
N('zh', 'figure', 'B级牛油果2公斤一箱在清莱卖多少钱？', 'P')
N('en', 'figure', 'How many avocado pre-orders came from Menglian county in the 2024 season?', 'P')
N('zh', 'figure', '2023年那一季牛油果预订单有多少？', 'P')
N('en', 'figure', 'How many tonnes of avocados did Yunnan import in 2025?', 'P')
N('zh', 'figure', '卖到马来西亚的牛油果预订单占多少？', 'P')
N('en', 'figure', 'What was the Grade A box price in Mandalay in the 2024 season?', 'P')
N('zh', 'figure', '普洱牛油果通过一般贸易出口了多少吨？', 'P')


def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        n[it['lang']] += 1
        rec = {'id': 'fp13-%s-%03d' % (it['lang'], n[it['lang']])}
        for k in ('lang', 'type', 'question', 'answers', 'evidence', 'unanswerable'):
            rec[k] = it[k]
        out.append(rec)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), n['zh'], n['en']))


if __name__ == '__main__':
    main()
