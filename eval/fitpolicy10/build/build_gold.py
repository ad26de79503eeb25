#!/usr/bin/env python3
"""Hand-written questions for fitpolicy10; writes ../gold.jsonl.

Q(lang, type, question, answers, evidence) with evidence a list of (doc key, quote);
U(lang, type, question, doc key) for unanswerable near misses (doc key is only the
document the near miss is aimed at; it is not written to gold.jsonl).
row(key, prefix) returns the whole line of the source text that starts with prefix
(used for table rows, whose spacing is easy to mistype)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    'LY': 'fp10_zh_linyi_second_hand_goods_export_pilot_brief_2025h1.txt',
    'XT': 'fp10_zh_xiantao_nonwoven_traceability_label_notice_2025.md',
    'DX': 'fp10_zh_dongxing_drone_low_altitude_logistics_bulletin_2025q3.html',
    'CX': 'fp10_zh_caoxian_rural_county_ecommerce_export_review_2025.pdf',
    'YY': 'fp10_en_yuyao_overseas_after_sales_centres_guide_2025.docx',
    'HF': 'fp10_en_hefei_game_esports_merchandise_export_notice_2025.txt',
}

def text(key):
    name = DOCS[key]
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', name)
    return open(p, encoding='utf-8').read()

def row(key, prefix):
    for line in text(key).split('\n'):
        if line.startswith(prefix):
            return line
    raise KeyError((key, prefix))

ITEMS = []
def Q(lang, typ, q, answers, ev):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=answers, ev=ev, un=False, doc=ev[0][0]))
def U(lang, typ, q, doc):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=[], ev=[], un=True, doc=doc))

# ---------------------------------------------------------------- Linyi (zh, txt)
L = 'LY'
Q('zh', 'definition', '临沂这个试点里说的“二手商品出口”，具体是指什么样的出口？',
  [['经检测、分级、清洁或翻新后'], ['通过跨境电商平台销往境外']],
  [(L, '（一）二手商品出口，是指已使用过的商品经检测、分级、清洁或翻新后，以零售或小批量方式通过跨境电商平台销往境外')])
Q('en', 'list', 'Which kinds of used goods are counted in the Linyi pilot figures?',
  [['二手手机及平板'], ['二手笔记本电脑'], ['二手电动工具'], ['二手箱包']],
  [(L, '本简报统计范围包括二手手机及平板、二手笔记本电脑、二手电动工具和二手箱包四类')])
Q('zh', 'yesno', '我们是做二手车出口的，临沂这份简报的数字里包括我们这种吗？',
  [['不含二手车辆']],
  [(L, '不含二手车辆和旧衣物')])
Q('en', 'definition', 'In Linyi condition grading, what does an A grade item look like?',
  [['外观近新、功能完好']],
  [(L, '其中A级为外观近新、功能完好')])
Q('en', 'definition', 'How is the inspection pass rate defined in the Linyi brief?',
  [['经检测准予出口的件数占送检件数的比重']],
  [(L, '（三）检测合格率，是指送检商品中经检测准予出口的件数占送检件数的比重。')])
Q('zh', 'figure', '临沂2024年一整年二手货跨境出口了多少件，金额多少？',
  [['41.6万件'], ['2.38亿元']],
  [(L, '2024年，全市试点企业通过跨境电商出口二手商品41.6万件，出口额2.38亿元')])
Q('en', 'figure', 'how many used items Linyi exported in first half 2025 and how much is the growth?',
  [['28.9万件'], ['52.1%']],
  [(L, '2025年上半年出口28.9万件，同比增长52.1%')])
Q('en', 'figure', 'What were Linyi\'s used-goods exports in Q2 2025, and how much higher than the quarter before?',
  [['16.2万件'], ['27.6%']],
  [(L, '其中二季度出口16.2万件，环比增长27.6%')])
Q('zh', 'figure', '从试点开始算，临沂一共出口了多少钱的二手货？',
  [['4.92亿元']],
  [(L, '自2023年7月试点启动以来，全市累计出口二手商品83.4万件，累计出口额'), (L, '4.92亿元。')])
Q('en', 'date', 'Since when is the Linyi second-hand export pilot running, and how many items went out in total since then?',
  [['2023年7月'], ['83.4万件']],
  [(L, '自2023年7月试点启动以来，全市累计出口二手商品83.4万件')])
Q('zh', 'figure', '试点企业现在有多少家了？去年年底是多少？',
  [['87家'], ['64家']],
  [(L, '试点企业由2024年末的64家增加到2025年6月末的87家')])
Q('en', 'list', 'Which districts and counties of Linyi have pilot companies?',
  [['兰山区'], ['罗庄区'], ['河东区'], ['临沭县'], ['郯城县']],
  [(L, '其中兰山区41家、罗庄区19家、河东区15家、临沭县7家、郯城县5家')])
Q('zh', 'place', '哪个区的试点企业最多？有几家？',
  [['兰山区'], ['41家']],
  [(L, '其中兰山区41家、罗庄区19家、河东区15家、临沭县7家、郯城县5家')])
Q('zh', 'list', '上半年出口的货里，A级、B级、C级各占多少？',
  [['A级占43%', '43%'], ['B级占39%', '39%'], ['C级占18%', '18%']],
  [(L, '上半年出口商品中，A级占43%，B级占39%，C级占18%')])
Q('en', 'figure', 'What export goal did Linyi set for the whole of 2025, and how many pilot firms by end of 2026?',
  [['60万件'], ['120家']],
  [(L, '按计划，2025年全年出口力争突破60万件，到2026年底试点企业达到120家')])
Q('en', 'figure', 'I sell used laptops. How many laptops did Linyi export in H1 2025 and where do they mostly go?',
  [['6.8'], ['尼日利亚'], ['巴基斯坦']],
  [(L, row(L, '二手笔记本电脑'))])
Q('zh', 'place', '二手电动工具主要卖到哪些国家？',
  [['巴西'], ['墨西哥']],
  [(L, row(L, '二手电动工具'))])
Q('zh', 'other', '我收了一批二手名牌手袋想走跨境出口，每件要附什么？',
  [['第三方鉴定证书']],
  [(L, '二手箱包主要为中高端品牌手袋，每件均须附第三方鉴定证书')])
Q('zh', 'reason', '临沂上半年二手商品出口为什么涨得这么快？',
  [['检测分级中心'], ['认证二手'], ['补贴']],
  [(L, '一是位于罗庄区的二手商品检测分级中心于2025年2月投入运营，单件检测平均用时由25分钟缩短至12分钟'),
   (L, '二是主要平台上线“认证二手”专区，A级商品平均售价提高约18%'),
   (L, '三是市里对试点企业出口物流费用按每件3元给予补贴，上半年共拨付补贴资金52.6万元')])
Q('en', 'reason', 'Why did the new testing and grading centre help exports? what changed?',
  [['由25分钟缩短至12分钟', '12分钟']],
  [(L, '单件检测平均用时由25分钟缩短至12分钟')])
Q('zh', 'place', '二手商品检测分级中心设在哪个区？什么时候开始运营的？',
  [['罗庄区'], ['2025年2月']],
  [(L, '一是位于罗庄区的二手商品检测分级中心于2025年2月投入运营')])
Q('en', 'reason', 'How did the marketplaces make A-grade goods sell for more?',
  [['“认证二手”专区', '认证二手']],
  [(L, '二是主要平台上线“认证二手”专区，A级商品平均售价提高约18%')])
Q('en', 'figure', 'Logistics subsidy in Linyi: how much per item, and how much money was paid out in H1?',
  [['每件3元', '3元'], ['52.6万元']],
  [(L, '三是市里对试点企业出口物流费用按每件3元给予补贴，上半年共拨付补贴资金52.6万元')])
Q('en', 'reason', 'Why are used bags growing slower than the other categories?',
  [['原始购买凭证']],
  [(L, '二手箱包增长相对较慢，主要原因是部分目的国海关要求提供原始购买凭证，不少货源无法提供')])
Q('zh', 'list', '简报里提到试点现在有哪些问题？',
  [['货源分散'], ['数据清除标准不统一'], ['境外退货处理难'], ['专业检测人员不足']],
  [(L, '1. 货源分散。'), (L, '2. 数据清除标准不统一。'), (L, '3. 境外退货处理难。'), (L, '4. 专业检测人员不足。')])
Q('zh', 'reason', '为什么说二手货的货源分散、供货不稳定？',
  [['回收渠道以个人卖家和小商户为主'], ['单批货量小']],
  [(L, '回收渠道以个人卖家和小商户为主，单批货量小，难以形成稳定供货')])
Q('zh', 'reason', '二手货被境外买家退回来，为什么处理起来费用高？',
  [['退回国内需按一般贸易重新申报']],
  [(L, '二手商品退货率约为6.8%，退回国内需按一般贸易重新申报，费用较高')])
Q('zh', 'list', '临沂下一步打算怎么做？列一下。',
  [['第二个检测分级中心'], ['数据清除操作规范'], ['海外退货集货点'], ['检测人员培训']],
  [(L, '（1）在兰山区设立第二个检测分级中心'), (L, '（2）联合检测机构制定《二手电子产品数据清除操作规范》'),
   (L, '（3）在阿联酋和尼日利亚各设1个海外退货集货点'), (L, '（4）开展检测人员培训')])
Q('en', 'place', 'In which countries will Linyi set up overseas return collection points?',
  [['阿联酋'], ['尼日利亚']],
  [(L, '（3）在阿联酋和尼日利亚各设1个海外退货集货点，境外退货就地翻新后再销售')])
Q('en', 'yesno', 'Does the Linyi export value include used goods shipped as general trade?',
  [['不包括以一般贸易方式出口的二手商品']],
  [(L, '出口额以人民币计，不包括以一般贸易方式出口的二手商品')])
U('zh', 'figure', '临沂2024年二手手机及平板一共出口了多少件？', L)
U('en', 'figure', 'What was the inspection pass rate in Linyi in 2023?', L)
U('zh', 'figure', '兰山区上半年二手商品出口额是多少？', L)
U('en', 'figure', 'How much second-hand goods did Linyi import through cross-border e-commerce in H1 2025?', L)
U('zh', 'date', '《二手电子产品数据清除操作规范》哪天正式发布？', L)
U('en', 'figure', 'What is the average selling price of an A-grade used phone from Linyi?', L)
U('zh', 'figure', '上半年二手手机及平板的出口额同比增长了多少？', L)
U('en', 'list', 'Which marketplaces opened the certified second-hand zone mentioned in the Linyi brief?', L)

# ---------------------------------------------------------------- Xiantao (zh, md)
X = 'XT'
Q('zh', 'reason', '仙桃这个联盟为什么要推溯源标识？',
  [['提高我市非织造布制品在境外平台的信誉'], ['满足部分市场对产品来源信息的要求']],
  [(X, '为提高我市非织造布制品在境外平台的信誉，满足部分市场对产品来源信息的要求')])
Q('zh', 'list', '溯源码扫出来能看到哪些信息？',
  [['原料批次'], ['生产企业'], ['生产日期'], ['检测报告']],
  [(X, '扫码可查看原料批次、生产企业、生产日期和检测报告')])
Q('en', 'other', 'Xiantao traceability: which products must get one code per single item instead of one per batch?',
  [['防护服等单件价值较高的产品', '防护服']],
  [(X, '一般产品实行“一批一码”，防护服等单件价值较高的产品实行“一物一码”')])
Q('zh', 'list', '仙桃这份通知解释了哪几个名词？',
  [['溯源标识'], ['溯源覆盖率'], ['原料批次']],
  [(X, '- **溯源标识**：'), (X, '- **溯源覆盖率**：'), (X, '- **原料批次**：')])
Q('zh', 'definition', '溯源覆盖率是怎么算的？',
  [['已赋码的出口批次占全部跨境电商出口批次的比重']],
  [(X, '指已赋码的出口批次占全部跨境电商出口批次的比重')])
Q('en', 'definition', 'What counts as one raw-material batch in the Xiantao notice?',
  [['同一供应商在同一天交付的同一规格无纺布卷材']],
  [(X, '指同一供应商在同一天交付的同一规格无纺布卷材')])
Q('en', 'figure', 'Since the pilot started, how many trace codes were issued in total, and since when?',
  [['1,460万个'], ['2023年10月']],
  [(X, '联盟自2023年10月启动溯源试点，截至2025年8月末累计赋码'), (X, '1,460万个。')])
Q('zh', 'figure', '成员企业2024年跨境电商出口了多少非织造布制品？',
  [['3.62亿元']],
  [(X, '2024年成员企业跨境电商出口非织造布制品3.62亿元')])
Q('en', 'figure', 'Xiantao nonwoven exports January to August 2025 — value and growth?',
  [['2.97亿元'], ['21.6%']],
  [(X, '2025年1—8月出口2.97亿元，同比增长21.6%')])
Q('zh', 'figure', '溯源覆盖率现在到多少了？去年底是多少？',
  [['68%'], ['37%']],
  [(X, '溯源覆盖率由2024年末的37%提高到2025年8月末的68%')])
Q('zh', 'figure', '今年1到8月扫码查询一共多少次？德国的占多少？',
  [['23.7万次'], ['19%']],
  [(X, '2025年1—8月，境外消费者和平台扫码查询共23.7万次，其中来自德国的查询占19%')])
Q('en', 'place', 'Which area in Xiantao has the highest traceability coverage, and what do firms there mainly make?',
  [['彭场镇'], ['防护服、隔离衣', '防护服']],
  [(X, row(X, '| 彭场镇'))])
Q('zh', 'place', '做擦拭布、湿巾基布的企业主要在哪个镇？',
  [['胡场镇']],
  [(X, row(X, '| 胡场镇'))])
Q('en', 'list', 'Which towns or areas of Xiantao are listed in the regional table?',
  [['彭场镇'], ['毛嘴镇'], ['胡场镇'], ['郑场镇'], ['经济开发区']],
  [(X, row(X, '| 彭场镇')), (X, row(X, '| 毛嘴镇')), (X, row(X, '| 胡场镇')), (X, row(X, '| 郑场镇')), (X, row(X, '| 经济开发区'))])
Q('zh', 'list', '出口市场是怎么分布的？',
  [['欧盟占41%'], ['北美占27%'], ['东盟占18%'], ['其他市场占14%']],
  [(X, '从市场看，1—8月出口额中欧盟占41%，北美占27%，东盟占18%，其他市场占14%')])
Q('en', 'reason', 'Why did coverage go up so fast in Xiantao?',
  [['欧盟部分平台'], ['统一采购赋码打印设备'], ['自动关联']],
  [(X, '一是欧盟部分平台自2025年3月起要求防护类产品提供来源信息，未提供的商品被限制曝光'),
   (X, '二是联盟统一采购赋码打印设备，企业只承担设备费用的三成'),
   (X, '三是赋码信息与检测报告自动关联，企业录入时间平均每批减少约40分钟')])
Q('zh', 'reason', '欧盟平台的新要求为什么会逼着企业去赋码？',
  [['未提供的商品被限制曝光']],
  [(X, '一是欧盟部分平台自2025年3月起要求防护类产品提供来源信息，未提供的商品被限制曝光')])
Q('en', 'figure', 'If my firm gets a code printer through the alliance, what part of the equipment cost do I pay?',
  [['三成']],
  [(X, '企业只承担设备费用的三成')])
Q('en', 'reason', 'why Zhengchang town coverage is so low?',
  [['家庭作坊'], ['没有独立的仓储和打印条件']],
  [(X, '郑场镇覆盖率偏低，主要是当地以家庭作坊为主，多数没有独立的仓储和打印条件')])
Q('zh', 'list', '推行溯源标识现在碰到哪些问题？',
  [['上游原料信息缺失'], ['标识被覆盖'], ['小企业意愿不强'], ['境外平台数据格式不统一']],
  [(X, '1. 上游原料信息缺失。'), (X, '2. 标识被覆盖。'), (X, '3. 小企业意愿不强。'), (X, '4. 境外平台数据格式不统一')])
Q('en', 'reason', 'Why do some trace QR codes fail to scan, and how often?',
  [['海外仓换贴标签时'], ['4.5%']],
  [(X, '海外仓换贴标签时，部分溯源二维码被遮挡，扫码失败率约为4.5%')])
Q('zh', 'reason', '小企业为啥不太愿意赋码？',
  [['每件产品平均增加成本约0.02元', '0.02元']],
  [(X, '赋码使每件产品平均增加成本约0.02元，利润较薄的小企业顾虑较多')])
Q('en', 'reason', 'Why does one shipment sometimes need several different label formats?',
  [['境外平台数据格式不统一']],
  [(X, '4. 境外平台数据格式不统一，同一批货往往需要生成多种格式的标签。')])
Q('zh', 'date', '我们主要做东盟市场，不走欧盟，哪天开始也必须全部赋码？',
  [['2026年1月1日']],
  [(X, '自2026年1月1日起，全部跨境电商出口批次须赋码')])
Q('en', 'date', 'From what date must all EU-bound batches carry trace codes?',
  [['2025年10月1日']],
  [(X, '（一）自2025年10月1日起，成员企业出口至欧盟市场的批次须全部赋码')])
Q('zh', 'figure', '赋一个码要多少钱？联盟补多少，明年还补吗？',
  [['0.03元'], ['50%'], ['30%']],
  [(X, '（二）赋码服务费为每个0.03元，2025年12月31日前由联盟补贴其中的50%，2026年起补贴比例调整为30%。')])
Q('en', 'date', 'By which day of the month do town liaison officers report the previous month\'s coding?',
  [['每月5日前', '5日']],
  [(X, '（三）各镇联络员须于每月5日前报送上月赋码情况。')])
Q('zh', 'other', '10月的溯源操作培训在哪儿办？办几期、每期多少人？',
  [['彭场镇'], ['两期'], ['100人']],
  [(X, '（四）联盟将于10月在彭场镇举办两期溯源操作培训，每期限100人。')])
Q('en', 'figure', 'What coverage target does the alliance set for end of 2025, and what for end of 2026?',
  [['85%'], ['全部出口批次赋码']],
  [(X, '工作目标是：到2025年底溯源覆盖率达到85%，到2026年底实现全部出口批次赋码。')])
Q('zh', 'list', '联盟在通知里给了企业哪几点建议？',
  [['签订信息提供条款'], ['溯源标签不得覆盖的位置'], ['联合申请一台赋码设备']],
  [(X, '与原料供应商签订信息提供条款，把原料批次信息作为收货条件'), (X, '在海外仓作业指引中注明溯源标签不得覆盖的位置'),
   (X, '家庭作坊可以几家联合申请一台赋码设备，共用打印场地')])
Q('en', 'yesno', 'We also export nonwoven goods under general trade. Does this Xiantao notice cover that?',
  [['不涉及进口业务和一般贸易出口']],
  [(X, '2. 本通知不涉及进口业务和一般贸易出口。')])
U('en', 'figure', 'What was the traceability coverage rate at the end of 2023?', X)
U('zh', 'figure', '彭场镇2024年全年出口额是多少？', X)
U('en', 'figure', 'How much of the Jan–Aug exports went to Japan?', X)
U('zh', 'figure', '一台赋码打印设备要多少钱？', X)
U('en', 'figure', 'How much nonwoven product did Xiantao members import in 2025?', X)
U('zh', 'place', '哪个镇的扫码查询次数最多？', X)
U('en', 'date', 'On what dates in October are the two training sessions held?', X)
U('zh', 'figure', '2024年扫码查询一共有多少次？', X)

# ---------------------------------------------------------------- Dongxing (zh, html)
D = 'DX'
Q('zh', 'definition', '东兴这个简报里的“低空物流”指的是什么？',
  [['无人驾驶航空器'], ['真高300米以下空域']],
  [(D, '低空物流：指使用无人驾驶航空器在真高300米以下空域运送跨境电商包裹的物流方式。')])
Q('en', 'definition', 'If a drone flies out and back once, how many sorties is that counted as?',
  [['往返计为2架次', '2架次']],
  [(D, '架次：无人机完成一次起飞至降落的飞行计为1架次，往返计为2架次。')])
Q('zh', 'definition', '无人机晚到几分钟以内还算准点？',
  [['不超过5分钟', '5分钟']],
  [(D, '准点率：指实际到达时间与计划时间相差不超过5分钟的架次占全部架次的比重。')])
Q('en', 'definition', 'What is an alternate landing point in the Dongxing drone bulletin?',
  [['临时降落的场地']],
  [(D, '备降点：指航线途中供无人机遇到恶劣天气或故障时临时降落的场地。')])
Q('zh', 'date', '东兴的无人机跨境电商物流试点是什么时候开通的？',
  [['2024年4月']],
  [(D, '试点于2024年4月开通。')])
Q('en', 'figure', 'How many flights and parcels did the Dongxing drones do in 2024?',
  [['6,820架次'], ['9.4万件']],
  [(D, '2024年共飞行6,820架次，运送跨境电商包裹9.4万件')])
Q('zh', 'figure', '今年前三季度一共飞了多少架次，运了多少包裹？',
  [['14,300架次'], ['21.6万件']],
  [(D, '2025年前三季度飞行14,300架次，运送包裹21.6万件')])
Q('en', 'figure', 'What was the on-time rate in Q3 2025 and in Q2?',
  [['96.4%'], ['93.8%']],
  [(D, '准点率为96.4%，比第二季度的93.8%提高2.6个百分点')])
Q('en', 'figure', 'Since launch, how many parcels have the Dongxing drones carried in total?',
  [['31.0万件']],
  [(D, '开通以来累计飞行21,120架次，累计运送包裹'), (D, '31.0万件，未发生货物损失事故。')])
Q('zh', 'figure', '现在有多少架无人机在跑？一架最多能载多重？',
  [['24架'], ['25公斤']],
  [(D, '运营无人机由2024年末的11架增加到9月末的24架，单机最大载重为25公斤。')])
Q('en', 'figure', 'What is the full-year 2025 flight plan and the goal for 2026?',
  [['20,000架次'], ['日均飞行80架次', '80架次']],
  [(D, '按照计划，2025年全年飞行20,000架次，2026年力争日均飞行80架次。')])
Q('en', 'place', 'Besides Vietnam itself, which countries do the drone parcels go on to?',
  [['老挝'], ['柬埔寨']],
  [(D, '从目的地看，三季度运送的包裹中发往越南的占71%，经越南转运至老挝和柬埔寨的占29%。')])
Q('en', 'list', 'Which drone routes does Dongxing run?',
  [['监管中心—东兴口岸', '东兴口岸'], ['监管中心—江平镇', '江平镇'], ['监管中心—马路镇', '马路镇']],
  [(D, '监管中心—东兴口岸'), (D, '监管中心—江平镇'), (D, '监管中心—马路镇')])
Q('en', 'figure', 'how long is the Jiangping route one way, in km and in minutes?',
  [['18'], ['22']],
  [(D, '监管中心—江平镇'), (D, '18'), (D, '22')])
Q('en', 'list', 'What goods mainly fly on the Malu town route?',
  [['红木小件'], ['茶叶']],
  [(D, '监管中心—马路镇'), (D, '红木小件、茶叶')])
Q('zh', 'list', '江平镇那条航线主要运些什么货？',
  [['海产干货'], ['调味品']],
  [(D, '监管中心—江平镇'), (D, '海产干货、调味品')])
Q('zh', 'place', '三季度哪条航线运的包裹最多？',
  [['监管中心—东兴口岸', '东兴口岸']],
  [(D, '监管中心—东兴口岸'), (D, '4.1')])
Q('en', 'other', 'On the port route, what happens to the parcels once they reach Dongxing port?',
  [['交由陆路车辆出境']],
  [(D, '东兴口岸航线的包裹在口岸交由陆路车辆出境')])
Q('zh', 'figure', '去马路镇，用无人机比用车快多少？',
  [['70分钟'], ['31分钟']],
  [(D, '与地面车辆相比，监管中心至马路镇的运送时间由平均70分钟缩短为31分钟')])
Q('en', 'reason', 'Why was the on-time rate better in the third quarter?',
  [['备降点'], ['自动换电柜'], ['逐小时预报']],
  [(D, '一是新增2个备降点，遇到雷雨天气可以就近降落等待'), (D, '二是启用自动换电柜，单次换电时间由8分钟缩短至2分钟'),
   (D, '三是与气象部门建立逐小时预报共享机制，提前调整飞行计划')])
Q('zh', 'reason', '新增备降点为什么能提高准点率？',
  [['遇到雷雨天气可以就近降落等待']],
  [(D, '一是新增2个备降点，遇到雷雨天气可以就近降落等待')])
Q('en', 'reason', 'Why do drones on the Malu route carry less per flight than on the other routes?',
  [['沿线山地风力较大'], ['15公斤']],
  [(D, '马路镇航线单架次载货量低于其他航线，原因是沿线山地风力较大，单机载重被限定在15公斤以内。')])
Q('zh', 'reason', '每件包裹的运送成本是怎么降下来的？降到多少？',
  [['单机日均架次增加', '固定成本被摊薄'], ['3.6元']],
  [(D, '每件包裹的平均运送成本由2024年的4.8元下降到三季度的3.6元，主要是因为单机日均架次增加，固定成本被摊薄。')])
Q('en', 'other', 'How many customer complaints in Q3 and what were they mostly about?',
  [['12件'], ['外箱受潮']],
  [(D, '三季度共收到客户投诉12件，主要涉及雨季包裹外箱受潮，均已按规定赔付。')])
Q('en', 'list', 'What problems does the Dongxing bulletin list?',
  [['空域审批周期长'], ['起降场地不足'], ['飞手短缺'], ['跨境航线尚未开通']],
  [(D, '空域审批周期长。新航线从申请到获批平均需要75天。'), (D, '起降场地不足。江平镇集货点只有1个起降平台，高峰时段需要排队起降。'),
   (D, '飞手短缺。持证飞手仅19人，按现有架次测算缺口约10人。'), (D, '跨境航线尚未开通。飞往越南芒街的试验航线仍在协商中，暂无开通时间表。')])
Q('zh', 'figure', '开一条新航线，审批一般要等多久？',
  [['75天']],
  [(D, '空域审批周期长。新航线从申请到获批平均需要75天。')])
Q('zh', 'reason', '江平镇那边为什么高峰时要排队起降？',
  [['只有1个起降平台']],
  [(D, '起降场地不足。江平镇集货点只有1个起降平台，高峰时段需要排队起降。')])
Q('en', 'yesno', 'Can I already send parcels by drone straight to Mong Cai in Vietnam?',
  [['仍在协商中', '暂无开通时间表']],
  [(D, '跨境航线尚未开通。飞往越南芒街的试验航线仍在协商中，暂无开通时间表。')])
Q('zh', 'list', '中心下一步有哪些安排？',
  [['增设1个起降平台'], ['飞手培训班'], ['运费补贴'], ['夜间飞行测试']],
  [(D, '四季度在江平镇增设1个起降平台；'), (D, '与职业院校合作开设飞手培训班，年内培训30人；'),
   (D, '对使用低空物流的跨境电商企业按每件1.5元给予运费补贴，执行至2026年6月30日；'), (D, '12月起开展夜间飞行测试，测试期间只运送非易碎商品。')])
Q('en', 'date', 'We use the drones for our parcels — how much freight subsidy per parcel, and until what date?',
  [['1.5元'], ['2026年6月30日']],
  [(D, '对使用低空物流的跨境电商企业按每件1.5元给予运费补贴，执行至2026年6月30日；')])
Q('zh', 'list', '中心建议参加试点的企业注意哪几点？',
  [['5公斤以内'], ['提前一天'], ['标准防震箱']],
  [(D, '建议参与试点的企业：（1）单件包裹重量尽量控制在5公斤以内；（2）提前一天在调度系统预约舱位；（3）易碎商品使用中心提供的标准防震箱。')])
Q('zh', 'yesno', '这份简报里的包裹数含进口包裹吗？',
  [['不含进口包裹和邮件']],
  [(D, '2. 本简报仅统计出口方向的跨境电商包裹，不含进口包裹和邮件。')])
U('en', 'figure', 'How many parcels did the Dongxing drones carry in Q2 2025?', D)
U('zh', 'figure', '2024年无人机物流的准点率是多少？', D)
U('en', 'figure', 'How many sorties were flown on the Jiangping route in the second quarter?', D)
U('zh', 'figure', '飞往越南芒街的试验航线单程有多少公里？', D)
U('en', 'figure', 'How many import parcels did the Dongxing drones bring in during Q3?', D)
U('zh', 'list', '东兴用的无人机是哪几家厂商生产的？', D)
U('en', 'figure', 'How much freight subsidy was paid out to companies in Q3 2025?', D)
U('zh', 'date', '夜间飞行测试计划什么时候结束？', D)

# ---------------------------------------------------------------- Caoxian (zh, pdf)
C = 'CX'
Q('zh', 'definition', '曹县说的“出口网店”是怎么认定的？',
  [['上一年度至少有1笔跨境出口订单']],
  [(C, '（一）出口网店：注册地在本县、上一年度至少有1笔跨境出口订单的网店。')])
Q('en', 'definition', 'What does a village need to count as an "export village" in Caoxian?',
  [['500万元'], ['10家以上']],
  [(C, '（二）出口村：年跨境电商出口额超过500万元，且从事出口的网店达到10家以上的行政村。')])
Q('zh', 'definition', '报告里的复购率是什么意思？',
  [['下单两次及以上的境外买家占全部境外买家的比重']],
  [(C, '（三）复购率：统计期内下单两次及以上的境外买家占全部境外买家的比重。')])
Q('en', 'definition', 'What is the "shared warehouse" in the Caoxian report and how do shops pay for it?',
  [['按件付费']],
  [(C, '（四）共享仓：由县里建设、供多家网店按件付费使用的出口集货和打包仓库。')])
Q('zh', 'figure', '曹县去年农村电商跨境出口了多少？增长多少？',
  [['18.6亿元'], ['31.2%']],
  [(C, '2024年，全县农村电商跨境出口额18.6亿元，同比增长31.2%')])
Q('en', 'figure', 'Caoxian rural e-commerce exports in the first half of 2025, and the growth?',
  [['10.9亿元'], ['24.3%']],
  [(C, '2025年上半年出口额10.9亿元，同比增长24.3%')])
Q('zh', 'figure', '今年二季度曹县出口了多少？',
  [['6.1亿元']],
  [(C, '其中二季度6.1亿元')])
Q('en', 'figure', 'How many export shops did Caoxian have at end of June 2025, and in 2024?',
  [['3,560家'], ['3,140家']],
  [(C, '出口网店3,140家'), (C, '6月末出口网店3,560家')])
Q('zh', 'figure', '出口村从几个变成几个了？',
  [['27个'], ['34个']],
  [(C, '出口村27个'), (C, '出口村34个')])
Q('en', 'figure', 'How did the repeat purchase rate of overseas buyers change?',
  [['22.5%'], ['26.1%']],
  [(C, '境外买家复购率由2024年的22.5%提高到2025年上半年的26.1%')])
Q('zh', 'figure', '这几年培训农村电商出口人员一共多少人次？带动了多少人就业？',
  [['1.28万人次'], ['3.4万人']],
  [(C, '2021年以来，全县累计培训农村电商出口人员1.28万人次，带动约'), (C, '3.4万人就业。')])
Q('en', 'figure', 'What are Caoxian\'s 2027 targets?',
  [['35亿元'], ['60个']],
  [(C, '到2027年全县农村电商跨境出口额达到35亿元，出口村达到60个')])
Q('en', 'figure', 'How many new export villages does Caoxian plan to recognise in the second half of 2025?',
  [['6个']],
  [(C, '2025年下半年计划新认定出口村6个')])
Q('zh', 'place', '曹县哪个镇出口额最大？',
  [['大集镇']],
  [(C, row(C, '大集镇 |'))])
Q('zh', 'other', '安蔡楼镇主要卖什么？',
  [['木制包装盒']],
  [(C, row(C, '安蔡楼镇 |'))])
Q('zh', 'place', '做演出服饰配件的是哪个镇？上半年出口多少？',
  [['普连集镇'], ['0.8']],
  [(C, row(C, '普连集镇 |'))])
Q('en', 'list', 'Which markets did Caoxian\'s H1 2025 exports go to, with their shares?',
  [['北美占32%'], ['东南亚占24%'], ['日韩占19%'], ['欧洲占15%'], ['其他地区占10%']],
  [(C, '从市场看，2025年上半年出口额中北美占32%，东南亚占24%，日韩占19%，欧洲占15%，其他地区占10%。')])
Q('en', 'date', 'I want to buy Halloween costumes from Daji town — when is their busy season?',
  [['8—10月']],
  [(C, '大集镇演出服主要销往北美，每年8—10月万圣节前后为销售旺季。')])
Q('zh', 'reason', '曹县出口为什么能保持较快增长？',
  [['汉服品类'], ['共享仓'], ['村播出海']],
  [(C, '一是汉服品类在东南亚和日韩的社交媒体上热度上升'), (C, '二是县里在大集镇建成跨境电商共享仓'), (C, '三是组织“村播出海”活动')])
Q('en', 'reason', 'Why did hanfu from Daji town sell so much more, and by how much?',
  [['社交媒体上热度上升'], ['38%']],
  [(C, '一是汉服品类在东南亚和日韩的社交媒体上热度上升，大集镇汉服出口额上半年同比增长38%')])
Q('zh', 'reason', '共享仓对小网店有什么好处？',
  [['按件付费'], ['头程物流成本平均下降约15%', '15%']],
  [(C, '二是县里在大集镇建成跨境电商共享仓，小网店可以按件付费使用，头程物流成本平均下降约15%')])
Q('en', 'reason', 'Why is Zhuangzhai growing slower than the county average?',
  [['体积大、运费高'], ['备货资金']],
  [(C, '庄寨镇出口增速低于全县平均水平，主要原因是桐木家具体积大、运费高，部分订单转向了海外仓备货模式，而多数网店尚无能力承担备货资金。')])
Q('zh', 'list', '评估发现曹县农村电商出口有哪些问题？',
  [['同质化竞争'], ['知识产权风险'], ['人才留不住'], ['物流时效不稳定']],
  [(C, '（一）同质化竞争。'), (C, '（二）知识产权风险。'), (C, '（三）人才留不住。'), (C, '（四）物流时效不稳定。')])
Q('zh', 'reason', '汉服网店的客单价为什么下降了？降了多少？',
  [['以降价争夺订单'], ['9%']],
  [(C, '大集镇汉服网店产品款式相近，部分网店以降价争夺订单，平均客单价同比下降9%。')])
Q('en', 'reason', 'Why were 37 shops taken down by foreign platforms?',
  [['图片或图案侵权']],
  [(C, '上半年有37家网店因图片或图案侵权被境外平台下架商品。')])
Q('en', 'figure', 'In peak season, how long do parcels from Caoxian take to reach North America?',
  [['14天'], ['5天']],
  [(C, '旺季从县里发出的包裹到达北美平均需要14天，比淡季多5天。')])
Q('zh', 'list', '报告提了哪些对策建议？',
  [['原创设计奖励'], ['知识产权咨询窗口'], ['跨境客服专业班'], ['干线班车'], ['一次性奖励1万元']],
  [(C, '一是设立原创设计奖励'), (C, '二是在县电商服务中心设立知识产权咨询窗口'), (C, '三是与县职业中专合作开设跨境客服专业班'),
   (C, '四是协调物流企业在旺季前增开县城直达机场货站的干线班车'), (C, '五是对年出口额首次超过100万元的网店给予一次性奖励1万元')])
Q('zh', 'other', '我的网店今年出口额第一次过了100万，按建议能拿到什么奖励？',
  [['一次性奖励1万元']],
  [(C, '五是对年出口额首次超过100万元的网店给予一次性奖励1万元')])
Q('en', 'yesno', 'Are the export values in the Caoxian report the same as customs statistics?',
  [['与海关统计口径不同']],
  [(C, '1. 本报告出口额为平台数据与抽样调查推算数，与海关统计口径不同。')])
Q('en', 'list', 'What is left out of the Caoxian report figures?',
  [['一般贸易出口'], ['进口数据']],
  [(C, '2. 本报告不含一般贸易出口和进口数据。')])
Q('zh', 'other', '出口村名单多久认定一次？',
  [['每半年认定一次']],
  [(C, '3. 出口村名单每半年认定一次。')])
U('en', 'figure', 'How many export shops are there in Daji town?', C)
U('zh', 'figure', '大集镇2023年的出口额是多少？', C)
U('en', 'figure', 'What is the average order value of hanfu sold by Caoxian shops?', C)
U('zh', 'figure', '2024年曹县出口额里北美市场占多少？', C)
U('en', 'figure', 'How much did Caoxian import through cross-border e-commerce in 2024?', C)
U('zh', 'place', '曹县网店备货用的海外仓设在哪些国家？', C)
U('en', 'figure', 'How many export villages did Zhuangzhai town have in 2024?', C)

# ---------------------------------------------------------------- Yuyao (en, docx)
Y = 'YY'
Q('en', 'definition', 'If a buyer return two air fryer in one request, how many ticket is it?',
  [['two tickets']],
  [(Y, 'A request covering two items counts as two tickets.')])
Q('zh', 'definition', '余姚售后中心说的首次修复率是怎么定义的？',
  [['without the buyer contacting the centre again about the same fault within 30 days']],
  [(Y, '(2) First-time fix rate: the share of repair tickets closed without the buyer contacting the centre again about the same fault within 30 days.')])
Q('en', 'definition', 'Turnaround time at the centres is counted from when to when?',
  [['from the day an item arrives at a centre'], ['shipped back to the buyer or released for resale']],
  [(Y, '(3) Turnaround time: the number of calendar days from the day an item arrives at a centre to the day it is shipped back to the buyer or released for resale.')])
Q('zh', 'figure', '2024年这几个海外售后中心一共处理了多少工单？',
  [['38,600']],
  [(Y, 'The network handled 38,600 tickets in 2024.')])
Q('en', 'figure', 'Tickets in the first half of 2025 and how much up on a year earlier?',
  [['27,400'], ['31%']],
  [(Y, 'In the first half of 2025 it handled 27,400 tickets, 31% more than in the same period of 2024')])
Q('en', 'figure', 'How many tickets has the network handled altogether since it started?',
  [['101,700']],
  [(Y, 'Since the first centre opened in March 2023, the network has handled'), (Y, '101,700 tickets in total.')])
Q('zh', 'date', '第一个海外售后中心是什么时候开的？',
  [['March 2023']],
  [(Y, 'Since the first centre opened in March 2023')])
Q('en', 'figure', 'first-time fix rate went from what to what?',
  [['79%'], ['86%']],
  [(Y, 'The first-time fix rate rose from 79% in 2024 to 86% in January-September 2025')])
Q('zh', 'figure', '平均周转时间从几天降到几天？',
  [['7.1 days'], ['4.6 days']],
  [(Y, 'average turnaround fell from 7.1 days to 4.6 days')])
Q('zh', 'figure', '2026年的目标是什么？',
  [['90%'], ['no more than 4 days']],
  [(Y, 'Our targets for 2026 are a first-time fix rate of 90% and a turnaround of no more than 4 days at every centre.')])
Q('en', 'figure', 'How many technicians work at the Johannesburg centre and what\'s its fix rate?',
  [['9'], ['81%']],
  [(Y, row(Y, 'Johannesburg'))])
Q('zh', 'place', '哪个中心今年前三季度处理的工单最多？有多少？',
  [['Valencia'], ['19,800']],
  [(Y, row(Y, 'Valencia (Spain)'))])
Q('zh', 'date', '约翰内斯堡中心和胡志明市中心分别是什么时候开的？',
  [['November 2023'], ['June 2024']],
  [(Y, row(Y, 'Johannesburg')), (Y, row(Y, 'Ho Chi Minh City'))])
Q('zh', 'list', '余姚卖家现在能用的海外售后中心有哪几个？',
  [['Valencia'], ['Johannesburg'], ['Ho Chi Minh City']],
  [(Y, row(Y, 'Valencia (Spain)')), (Y, row(Y, 'Johannesburg')), (Y, row(Y, 'Ho Chi Minh City'))])
Q('en', 'place', 'My buyers are in Portugal — which centre should their returns go to?',
  [['Valencia']],
  [(Y, 'Note: Valencia also serves buyers in Portugal and southern France.')])
Q('zh', 'place', '第四个售后中心打算开在哪？什么时候开？',
  [['Casablanca'], ['second quarter of 2026']],
  [(Y, 'A fourth centre, in Casablanca (Morocco), is planned to open in the second quarter of 2026.')])
Q('en', 'list', 'Which products make up the tickets, with their shares?',
  [['air fryers made up 38%', 'air fryers'], ['hair dryers and stylers 24%', 'hair dryers'], ['blenders 17%', 'blenders'], ['robot vacuums 14%', 'robot vacuums'], ['other appliances 7%']],
  [(Y, 'By product, air fryers made up 38% of tickets in January-September 2025, hair dryers and stylers 24%, blenders 17%, robot vacuums 14% and other appliances 7%.')])
Q('en', 'list', 'After inspection, what options does the centre give the seller?',
  [['repair'], ['replace'], ['refurbish'], ['recycle']],
  [(Y, 'First, repair the item and return it to the buyer;'), (Y, "Second, replace it with a new unit from the seller's own stock held at the centre;"),
   (Y, 'Third, refurbish it and resell it locally as a graded item;'), (Y, "Fourth, recycle it, when the repair would cost more than 60% of the item's retail price.")])
Q('zh', 'date', '中心检测完以后，卖家要在几天内选处理方式？',
  [['three working days']],
  [(Y, 'The seller has three working days to choose.')])
Q('en', 'other', 'What if I don\'t answer the centre in time about what to do with an item?',
  [['repairs the item when the cost is below the 60% limit'], ['recycles it otherwise']],
  [(Y, 'If it does not answer, the centre repairs the item when the cost is below the 60% limit and recycles it otherwise.')])
Q('en', 'figure', 'What does inspection cost per ticket, and the labour per hour?',
  [['USD 6'], ['USD 18 per hour']],
  [(Y, 'Inspection costs USD 6 per ticket. Labour is USD 18 per hour, billed in 15-minute units.')])
Q('zh', 'figure', '明年开始检测费涨到多少？',
  [['USD 7']],
  [(Y, 'From 1 January 2026 the inspection fee rises to USD 7')])
Q('en', 'figure', 'We send about 700 tickets a year. Do we get any discount on labour, how much?',
  [['20% off labour', '20%']],
  [(Y, 'Member sellers that send more than 500 tickets a year get 20% off labour.')])
Q('en', 'list', 'What fees will I pay to the centres? just list them',
  [['Inspection'], ['Labour'], ['Spare-parts storage']],
  [(Y, 'Inspection costs USD 6 per ticket. Labour is USD 18 per hour, billed in 15-minute units. Spare-parts storage costs USD 4 per shelf per month.')])
Q('en', 'reason', 'Why did the first-time fix rate improve?',
  [['200 most-used spare parts'], ['shared library'], ['five-day training course']],
  [(Y, 'First, the centres now keep a stock of the 200 most-used spare parts, so fewer repairs wait for parts from China.'),
   (Y, 'Second, sellers upload wiring diagrams and fault codes to a shared library, which technicians consult before they open an item.'),
   (Y, 'Third, all technicians completed a five-day training course in Yuyao in April 2025.')])
Q('zh', 'reason', '为什么现在修理不太需要等从中国寄配件了？',
  [['keep a stock of the 200 most-used spare parts']],
  [(Y, 'First, the centres now keep a stock of the 200 most-used spare parts, so fewer repairs wait for parts from China.')])
Q('zh', 'reason', '约翰内斯堡中心的首次修复率为什么一直最低？',
  [['three to four weeks to clear import customs'], ['temporary fix']],
  [(Y, "Johannesburg's rate remains the lowest because spare parts shipped from China often take three to four weeks to clear import customs there, and some tickets are closed with a temporary fix before the right part arrives.")])
Q('zh', 'list', '卖家和中心员工反映了哪些问题？',
  [['do not say that the seller offers repair'], ['without the original plug adapter or accessories'], ['only be resold in the country where the centre is located'],
   ['storage fee hard to justify'], ['dangerous-goods paperwork']],
  [(Y, '(a) Many listings do not say that the seller offers repair, so buyers ask for a refund instead.'),
   (Y, '(b) Some items arrive without the original plug adapter or accessories, which slows testing.'),
   (Y, '(c) Refurbished items may only be resold in the country where the centre is located, which keeps resale prices low.'),
   (Y, '(d) Small sellers find the monthly storage fee hard to justify for slow-moving parts.'),
   (Y, '(e) Robot vacuums with lithium batteries need dangerous-goods paperwork when they are sent back, which adds cost.')])
Q('en', 'reason', 'Why do so many buyers ask for refund instead of repair?',
  [['do not say that the seller offers repair']],
  [(Y, '(a) Many listings do not say that the seller offers repair, so buyers ask for a refund instead.')])
Q('zh', 'reason', '翻新后的商品为什么卖不上价？',
  [['only be resold in the country where the centre is located']],
  [(Y, '(c) Refurbished items may only be resold in the country where the centre is located, which keeps resale prices low.')])
Q('en', 'reason', 'Why is sending back robot vacuums more expensive?',
  [['dangerous-goods paperwork']],
  [(Y, '(e) Robot vacuums with lithium batteries need dangerous-goods paperwork when they are sent back, which adds cost.')])
Q('en', 'list', 'What does the company recommend sellers do?',
  [['state the repair option'], ['at least 20 sets of spare parts'], ['fault codes of a new model'], ['share a storage shelf'], ['return the plug adapter and accessories']],
  [(Y, '- state the repair option and the address of the nearest centre in every listing;'),
   (Y, '- send at least 20 sets of spare parts for each of their three most-returned models to the nearest centre before the peak season;'),
   (Y, '- add the fault codes of a new model to the shared library within one week of its launch;'),
   (Y, '- share a storage shelf with other sellers for slow-moving parts;'),
   (Y, '- ask buyers to return the plug adapter and accessories with the item.')])
Q('zh', 'yesno', '平台自己退货中心处理的单子算在这些数字里吗？',
  [['not included']],
  [(Y, "2. Tickets handled by marketplaces' own return centres are not included.")])
U('zh', 'figure', '瓦伦西亚中心2024年的首次修复率是多少？', Y)
U('en', 'figure', 'How many technicians will the Casablanca centre have?', Y)
U('en', 'figure', 'What was the average turnaround at the Valencia centre in 2024?', Y)
U('zh', 'figure', '吹风机类工单的首次修复率是多少？', Y)
U('en', 'figure', 'How much do refurbished air fryers resell for in Spain?', Y)
U('zh', 'figure', '从中国寄到胡志明市的配件清关要多久？', Y)
U('en', 'figure', 'How many tickets did the network handle in Q3 2024?', Y)

# ---------------------------------------------------------------- Hefei (en, txt)
H = 'HF'
Q('zh', 'definition', '合肥这份通知里“授权商品”指的是什么？',
  [['made under a written licence from the rights holder']],
  [(H, '"Licensed merchandise" means goods that show a game\'s characters, logos or artwork and are made under a written licence from the rights holder.')])
Q('en', 'list', 'What must a licence confirmation letter list?',
  [['the seller'], ['the product types'], ['the markets covered'], ['the licence end date']],
  [(H, 'that lists the seller, the product types, the markets covered and the licence end date')])
Q('zh', 'list', '通知里说的外设包括哪些东西？',
  [['keyboards'], ['mice'], ['headsets'], ['controllers'], ['mouse pads']],
  [(H, '"Peripherals" means keyboards, mice, headsets, controllers and mouse pads sold for gaming')])
Q('en', 'yesno', 'My gaming keyboards have no game artwork on them. Do they still count as peripherals?',
  [['whether or not they carry licensed artwork']],
  [(H, 'sold for gaming, whether or not they carry licensed artwork')])
Q('zh', 'figure', '合肥会员卖家2024年跨境卖了多少游戏周边？',
  [['RMB 412 million']],
  [(H, 'Member sellers exported merchandise worth RMB 412 million through cross-border e-commerce in 2024.')])
Q('en', 'figure', 'H1 2025 sales of the Hefei members, and growth year on year?',
  [['RMB 268 million'], ['37%']],
  [(H, 'In the first half of 2025 sales reached RMB 268 million, up 37% year on year')])
Q('en', 'figure', 'members cumulative sales since the desk start counting, how much?',
  [['RMB 1.06 billion']],
  [(H, "Since the Export Desk started collecting figures in January 2022, members' cumulative sales have reached RMB 1.06 billion.")])
Q('en', 'figure', 'How many member sellers does the association have now, and at end of 2024?',
  [['171'], ['126']],
  [(H, 'The number of member sellers rose from 126 at the end of 2024 to'), (H, '171 at the end of September 2025.')])
Q('zh', 'figure', '授权商品占销售的比重现在是多少？去年呢？',
  [['44%'], ['35%']],
  [(H, "Licensed merchandise made up 44% of members' sales in the first half of 2025, against 35% in 2024.")])
Q('en', 'figure', 'What are the 2026 targets for sales and the licensed share?',
  [['RMB 800 million'], ['60%']],
  [(H, 'Our target for 2026 is RMB 800 million in annual sales, with at least 60% of it coming from licensed merchandise.')])
Q('zh', 'figure', '游戏外设占多少份额？比去年上半年增长多少？',
  [['46%'], ['+29%']],
  [(H, row(H, '| Gaming peripherals'))])
Q('en', 'place', 'Where are the e-sports team jerseys mainly sold?',
  [['Brazil'], ['Vietnam']],
  [(H, row(H, '| E-sports team apparel'))])
Q('zh', 'place', '手办这些收藏品主要卖到哪些国家？',
  [['United States'], ['Philippines']],
  [(H, row(H, '| Figures and collectibles'))])
Q('en', 'list', 'What merchandise categories are in the Hefei sales table?',
  [['Gaming peripherals'], ['Figures and collectibles'], ['E-sports team apparel'], ['Acrylic stands and badges']],
  [(H, row(H, '| Gaming peripherals')), (H, row(H, '| Figures and collectibles')), (H, row(H, '| E-sports team apparel')), (H, row(H, '| Acrylic stands and badges'))])
Q('en', 'reason', 'Why did figures and collectibles grow the fastest?',
  [['three Hefei studios released console games'], ['pre-orders'], ['shared photo studio']],
  [(H, 'First, three Hefei studios released console games in late 2024 whose characters became popular abroad'),
   (H, 'Second, members began to take pre-orders, which lets a small seller produce in batches of 300 instead of 2,000.'),
   (H, "Third, the Export Desk's shared photo studio cut the cost of product images by about half.")])
Q('zh', 'reason', '为什么说预售对小卖家有帮助？',
  [['batches of 300 instead of 2,000']],
  [(H, 'Second, members began to take pre-orders, which lets a small seller produce in batches of 300 instead of 2,000.')])
Q('zh', 'reason', '游戏外设为什么涨得慢？',
  [['prices in Germany fell'], ['keep their prices rather than cut margins']],
  [(H, 'Gaming peripherals grew more slowly because prices in Germany fell after several large brands cut their prices in the spring, and most members chose to keep their prices rather than cut margins.')])
Q('en', 'list', 'What problems have members raised with the Export Desk?',
  [['Takedowns for suspected counterfeits'], ['Battery rules'], ['Damage to figures'], ['Expired licences']],
  [(H, '(1) Takedowns for suspected counterfeits.'), (H, '(2) Battery rules.'), (H, '(3) Damage to figures.'), (H, '(4) Expired licences.')])
Q('zh', 'figure', '1到9月会员有多少条商品链接被下架？后来恢复了多少？',
  [['214'], ['61%']],
  [(H, 'In January-September 2025, 214 listings of members were removed after complaints, and 61% of them were restored once a licence was shown.')])
Q('en', 'reason', 'why I cannot send wireless controllers with some cheap postal service?',
  [['contain lithium batteries']],
  [(H, '(2) Battery rules. Wireless controllers and headsets contain lithium batteries and cannot be sent by some low-cost postal services.')])
Q('zh', 'reason', '手办为什么会摔坏？破损率多少？',
  [['without inner foam'], ['3.2%']],
  [(H, '(3) Damage to figures. About 3.2% of figures arrived with broken parts, mostly in parcels without inner foam.')])
Q('en', 'reason', 'Why is selling stock after a licence expires so risky?',
  [["put the seller's whole store at risk"]],
  [(H, "(4) Expired licences. Some sellers kept selling stock after a licence had expired, which put the seller's whole store at risk.")])
Q('en', 'date', 'From when do the new licensing rules apply?',
  [['1 January 2026']],
  [(H, '5. Rules from 1 January 2026')])
Q('zh', 'list', '2026年起授权方面有哪些新规定？',
  [['licence confirmation letter uploaded'], ['reminder 60 days before'], ['withdrawn from sale within 30 days'], ['breaks these rules twice in one year']],
  [(H, "- Every listing of licensed merchandise must have a licence confirmation letter uploaded to the association's licence register before it goes live."),
   (H, '- The register checks the licence end date and sends the seller a reminder 60 days before the licence expires.'),
   (H, '- Stock of licensed merchandise must be withdrawn from sale within 30 days after the licence expires.'),
   (H, '- A member that breaks these rules twice in one year loses access to the shared photo studio and to the freight subsidy for the following year.')])
Q('en', 'other', 'What happens to a member who breaks the licence rules two times in a year?',
  [['loses access to the shared photo studio and to the freight subsidy']],
  [(H, '- A member that breaks these rules twice in one year loses access to the shared photo studio and to the freight subsidy for the following year.')])
Q('zh', 'reason', '协会为什么要出这些授权新规？',
  [['cut takedowns'], ['11 selling days']],
  [(H, 'The rules are meant to cut takedowns, which cost a member an average of 11 selling days per removed listing in 2025.')])
Q('en', 'figure', 'Freight subsidy for figures: how much per parcel and what is the yearly cap?',
  [['RMB 2 per parcel'], ['RMB 50,000']],
  [(H, 'The Export Desk will keep the freight subsidy of RMB 2 per parcel for figures sent in approved protective packaging, capped at RMB 50,000 per member per year.')])
Q('zh', 'place', '东南亚的共享履约仓开在哪两个城市？什么时候开？',
  [['Jakarta'], ['Manila'], ['second quarter of 2026']],
  [(H, 'It will open shared fulfilment space in Jakarta and Manila in the second quarter of 2026 for members selling in Southeast Asia.')])
Q('en', 'list', 'What support will the Export Desk give members in 2026?',
  [['freight subsidy'], ['shared fulfilment space'], ['group stand']],
  [(H, 'The Export Desk will keep the freight subsidy of RMB 2 per parcel'), (H, 'It will open shared fulfilment space in Jakarta and Manila'),
   (H, 'It will also organise a group stand of 20 members at a game fair in Cologne in August 2026')])
Q('zh', 'date', '想去科隆游戏展的联合展位，最晚什么时候报名？展位费协会出多少？',
  [['31 March 2026'], ['half of the stand fee']],
  [(H, 'members apply by 31 March 2026, and the association pays half of the stand fee')])
Q('zh', 'list', '协会建议会员做哪些事？',
  [['register all current licences'], ['within 24 hours of a complaint'], ['inner foam'], ['carriers that accept lithium batteries'], ['move part of their peripheral stock']],
  [(H, '- register all current licences in the register now rather than wait for January;'),
   (H, '- keep a copy of the licence confirmation letter ready to send within 24 hours of a complaint;'),
   (H, '- pack every figure with inner foam and a rigid outer box;'),
   (H, '- use carriers that accept lithium batteries for wireless peripherals;'),
   (H, '- move part of their peripheral stock from Germany to markets where prices are steadier.')])
Q('en', 'yesno', 'We sell in-game currency too. Is that in these figures?',
  [['not covered by this notice', 'not covered']],
  [(H, '(c) Sales of digital items such as in-game currency are not covered by this notice.')])
U('en', 'figure', 'What were Hefei members\' merchandise export sales in 2023?', H)
U('zh', 'figure', '2024年手办收藏品占会员销售的比重是多少？', H)
U('en', 'figure', 'By how much did Q3 2025 sales grow year on year?', H)
U('zh', 'figure', '雅加达的共享履约仓有多大面积？', H)
U('en', 'list', 'On which two marketplaces did the licensed figures sell out?', H)
U('zh', 'figure', '2025年上半年会员有多少条链接被下架？', H)
U('en', 'figure', 'How much freight subsidy per parcel do members get for gaming peripherals?', H)
U('zh', 'figure', '三季度会员销售里授权商品占多少？', H)


def main():
    out, n = [], {'zh': 0, 'en': 0}
    for it in ITEMS:
        n[it['lang']] += 1
        ev = [{'source': DOCS[k], 'quote': q} for k, q in it['ev']]
        for k, q in it['ev']:
            assert q in text(k), (it['question'], q)
        for g in it['answers']:
            for a in g:
                assert any(a in q for _, q in it['ev']), (it['question'], a)
        out.append({'id': 'fp10-%s-%03d' % (it['lang'], n[it['lang']]), 'lang': it['lang'], 'type': it['type'],
                    'question': it['question'], 'answers': it['answers'], 'evidence': ev, 'unanswerable': it['un']})
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))
    # per-document summary for the README
    from collections import Counter
    per = Counter(); un = Counter()
    for it in ITEMS:
        if it['un']:
            un[it['doc']] += 1
        else:
            per[(it['doc'], 'all')] += 1; per[(it['doc'], it['lang'])] += 1
    for k, name in DOCS.items():
        print('%-70s %3d %3d %3d  near misses %d' % (name, per[(k, 'all')], per[(k, 'zh')], per[(k, 'en')], un[k]))

if __name__ == '__main__':
    main()
