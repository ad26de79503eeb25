#!/usr/bin/env python3
"""Source of ../gold.jsonl: the hand-written questions of fitpolicy11.

Run:  python3 build/build_gold.py   (writes gold.jsonl next to check.py)
Each item is checked while building: every quote must be an exact substring of its
source text (raw file for .txt/.md/.html, docs_src/ text for .pdf/.docx) without a
newline, and every answer alternative must be a substring of one of its quotes.
"""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DN = 'fp11_zh_dongning_port_b2b_export_declaration_review_2025.html'
DD = 'fp11_zh_dandong_seafood_coldchain_parcel_notice_2025.md'
SF = 'fp11_zh_suifenhe_timber_products_overseas_warehouse_notice_2025.pdf'
CC = 'fp11_zh_changchun_airport_port_return_warehouse_review_2025.txt'
PJ = 'fp11_en_panjin_seafood_chamber_b2b_declaration_notice_2025.docx'
FY = 'fp11_en_fuyuan_port_coldchain_parcel_review_2025.txt'


def text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(HERE, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(HERE, 'docs', doc)
    with open(p, encoding='utf-8') as f:
        return f.read()


TEXTS = {d: text(d) for d in (DN, DD, SF, CC, PJ, FY)}


def L(doc, prefix):
    """The whole line (stripped) of doc that starts with prefix, e.g. a table row."""
    hits = [ln.strip() for ln in TEXTS[doc].split('\n') if ln.strip().startswith(prefix)]
    assert len(hits) == 1, (doc, prefix, hits)
    return hits[0]


ITEMS = []


def Q(doc, lang, typ, question, answers, quotes):
    for q in quotes:
        assert '\n' not in q and q in TEXTS[doc], (doc, q)
    for g in answers:
        for a in g:
            assert any(a in q for q in quotes), (question, a)
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=answers,
                      evidence=[{'source': doc, 'quote': q} for q in quotes], unanswerable=False))


def N(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True))


# ---------------------------------------------------------------- Dongning (html, zh)
d = DN
Q(d, 'zh', 'definition', '东宁这份回顾里讲的“B2B直接出口”，具体是指哪种出口？',
  [['以9710方式申报、货物直接运送至境外企业的出口']],
  ['是指境内企业通过跨境电商平台与境外企业达成交易后，以9710方式申报、货物直接运送至境外企业的出口。'])
Q(d, 'en', 'yesno', 'At Dongning, is the time my truck waits in the queue outside the port counted in the average declaration time?',
  [['不含车辆在口岸外排队等候的时间']],
  ['“平均申报时长”，是指从企业提交申报数据到海关放行之间的平均用时，不含车辆在口岸外排队等候的时间。'])
Q(d, 'en', 'figure', 'How many B2B cross-border e-commerce shipments were declared through Dongning road port in 2025, and how much were they worth?',
  [['12.6万票'], ['18.4亿元']],
  ['2025年，经东宁公路口岸以B2B方式申报出口的跨境电商货物共12.6万票，货值18.4亿元'])
Q(d, 'zh', 'figure', '东宁口岸去年B2B出口的票数和货值，跟前一年比各涨了多少？',
  [['41%'], ['33%']], ['同比分别增长41%和33%'])
Q(d, 'zh', 'figure', '走9810海外仓那一块，东宁2025年一共报了几票、货值多少？',
  [['3.5万票'], ['7.2亿元']], ['以9810方式申报3.5万票、货值7.2亿元'])
Q(d, 'en', 'figure', 'how much value the 9710 direct export have at Dongning in 2025?',
  [['11.2亿元']], ['以9710方式申报9.1万票、货值11.2亿元'])
Q(d, 'zh', 'figure', '东宁2025年头半年B2B一共申报了多少票？',
  [['5.2万票']], ['上半年共申报5.2万票、货值7.9亿元'])
Q(d, 'en', 'other', 'Which quarter of 2025 was the busiest for B2B declarations at Dongning, and how many shipments were declared in it?',
  [['第四季度'], ['4.1万票']], ['第四季度申报4.1万票，是全年申报量最高的季度'])
Q(d, 'en', 'figure', 'Since Dongning started B2B export declaration, how many shipments in total so far, and what total value?',
  [['27.3万票'], ['39.6亿元']],
  ['自2022年9月口岸开通B2B出口申报以来，累计申报27.3万票、', '货值39.6亿元。'])
Q(d, 'zh', 'date', '东宁口岸是哪年哪月开始能办B2B出口申报的？',
  [['2022年9月']], ['自2022年9月口岸开通B2B出口申报以来，累计申报27.3万票、'])
Q(d, 'zh', 'figure', '现在在东宁报B2B，从交数据到海关放行平均要多久？2024年的时候要多久？',
  [['3.2小时'], ['5.8小时']], ['平均申报时长由2024年的5.8小时缩短至2025年的3.2小时'])
Q(d, 'en', 'figure', 'What was the average declaration time at Dongning in the fourth quarter of 2025?',
  [['2.6小时']], ['第四季度进一步降至2.6小时'])
Q(d, 'zh', 'figure', '东宁去年B2B申报的退单率是多少？',
  [['4.7%']], ['全年退单率为4.7%，比2024年下降1.9个百分点'])
Q(d, 'en', 'list', 'What targets did the Dongning port committee set for 2026?',
  [['16万票'], ['24亿元'], ['2.5小时以内'], ['3%以下']],
  ['2026年的目标是：全年申报16万票、货值24亿元，平均申报时长控制在2.5小时以内，退单率降至3%以下。'])
Q(d, 'zh', 'place', '东宁B2B出口发往哪个城市的票数最多？',
  [['乌苏里斯克']], ['乌苏里斯克', '5.4'])
Q(d, 'en', 'list', 'What are the main goods that Dongning ships to Ussuriysk?',
  [['建材'], ['五金工具']], ['乌苏里斯克', '建材、五金工具'])
Q(d, 'en', 'list', 'My company sells to Khabarovsk through Dongning. What kinds of goods mostly go there?',
  [['家用电器'], ['汽车配件']], ['哈巴罗夫斯克', '家用电器、汽车配件'])
Q(d, 'zh', 'figure', '东宁去年发往纳霍德卡的货值有多少？主要是啥货？',
  [['3.4'], ['服装鞋帽、日用百货']], ['纳霍德卡', '3.4', '服装鞋帽、日用百货'])
Q(d, 'zh', 'reason', '东宁口岸去年B2B申报量为啥涨得这么快？',
  [['B2B专用查验通道'], ['提前申报、抵达验放'], ['对建材和家电的需求上升']],
  ['一是口岸于2025年3月启用跨境电商B2B专用查验通道，B2B货物与一般贸易货物分开查验；二是管委会联合海关推行“提前申报、抵达验放”，企业可在货物抵达口岸前24小时提交申报数据；三是俄罗斯远东地区对建材和家电的需求上升，乌苏里斯克方向的订单明显增加。'])
Q(d, 'en', 'reason', 'Why did the 9810 share of export value at Dongning go up in 2025?',
  [['两处公共海外仓于2025年5月投入使用']],
  ['主要是因为口岸企业在乌苏里斯克新设的两处公共海外仓于2025年5月投入使用，企业备货出口的意愿增强。'])
Q(d, 'en', 'figure', 'What share of the B2B export value at Dongning was 9810 in 2024 and in 2025?',
  [['31%'], ['39%']], ['9810方式货值占比由2024年的31%升至2025年的39%'])
Q(d, 'zh', 'other', '在东宁，货还在路上能不能先报关？最早能提前多久？',
  [['24小时']], ['企业可在货物抵达口岸前24小时提交申报数据'])
Q(d, 'en', 'list', 'What problems with B2B export declaration did the Dongning annual review find?',
  [['9710与9810的适用范围区分不清'], ['订单信息与物流运单信息不一致'], ['冬季公路运输受冰雪天气影响'], ['报关服务力量不足']],
  ['部分中小企业对9710与9810的适用范围区分不清，误选申报方式，由此造成的退单约占全部退单的三分之一。',
   '订单信息与物流运单信息不一致的情况较多，约占全部退单原因的六成。',
   '冬季公路运输受冰雪天气影响较大，12月至次年2月货物在口岸的平均滞留时间比其他月份长约9小时。',
   '口岸专业报关服务力量不足，全年持证报关人员仅有86名，高峰期单人日均处理申报超过60票。'])
Q(d, 'zh', 'reason', '在东宁报B2B被退单，最常见是什么原因？',
  [['订单信息与物流运单信息不一致']], ['订单信息与物流运单信息不一致的情况较多，约占全部退单原因的六成。'])
Q(d, 'en', 'reason', 'Why so many small firms get their declaration sent back at Dongning, about one third of all rejections?',
  [['9710与9810的适用范围区分不清', '误选申报方式']],
  ['部分中小企业对9710与9810的适用范围区分不清，误选申报方式，由此造成的退单约占全部退单的三分之一。'])
Q(d, 'zh', 'reason', '为什么冬天货在东宁口岸压得更久？多压多久？',
  [['冬季公路运输受冰雪天气影响较大'], ['约9小时']],
  ['冬季公路运输受冰雪天气影响较大，12月至次年2月货物在口岸的平均滞留时间比其他月份长约9小时。'])
Q(d, 'zh', 'figure', '我们公司一年在东宁报3000多票B2B，明年能拿到多少申报补贴？有封顶吗？',
  [['每票3元'], ['20万元']], ['对全年申报量超过2,000票的企业，按每票3元给予申报服务补贴，单个企业全年补贴不超过20万元。'])
Q(d, 'en', 'list', 'What will Dongning do in 2026 to improve B2B declaration?',
  [['B2B申报预审'], ['申报实务培训'], ['冬季绿色通道'], ['申报服务补贴'], ['专业报关服务机构']],
  ['上线“B2B申报预审”功能，对订单信息与物流信息进行自动比对，不一致的在提交前提示企业修改。',
   '每季度举办一期9710、9810申报实务培训，全年培训企业不少于300家。',
   '与海关协商设立冬季绿色通道，对在口岸滞留超过48小时的B2B货物优先安排查验。',
   '对全年申报量超过2,000票的企业，按每票3元给予申报服务补贴，单个企业全年补贴不超过20万元。',
   '引进2家以上专业报关服务机构入驻口岸综合服务大厅。'])
Q(d, 'en', 'yesno', 'My B2B truck has been stuck at Dongning for three days this winter. Under the 2026 plan, would it get priority?',
  [['优先安排查验']], ['对在口岸滞留超过48小时的B2B货物优先安排查验'])
Q(d, 'zh', 'yesno', '东宁这份回顾的数字里有没有算9610零售出口？',
  [['不包含9610零售出口数据']], ['不包含9610零售出口数据，也不包含进口数据'])
N('zh', 'figure', '东宁口岸2025年第一季度B2B出口申报了多少票？')
N('en', 'figure', 'How many B2B export declarations did Dongning port handle in 2023?')
N('zh', 'figure', '东宁口岸2025年跨境电商进口货值是多少？')
N('en', 'figure', 'How many 9610 retail export parcels went through Dongning in 2025?')
N('zh', 'figure', '2025年东宁发往乌苏里斯克的货里，走9810的有多少票？')
N('en', 'date', 'On what date will Dongning switch on its B2B declaration pre-check function?')
N('zh', 'list', '东宁企业在乌苏里斯克新开的那两个公共海外仓叫什么，各有多大面积？')
N('en', 'reason', 'Why did B2B exports from Dongning to Nakhodka grow more slowly than those to Ussuriysk?')

# ---------------------------------------------------------------- Dandong (md, zh)
d = DD
Q(d, 'zh', 'definition', '丹东那个海产品商会说的冷链包裹，冷冻和冷藏各要控制在几度？',
  [['零下18℃以下'], ['0℃至4℃']], ['指全程温度控制在零下18℃以下（冷冻）或0℃至4℃（冷藏）'])
Q(d, 'en', 'definition', 'In the Dandong seafood chamber notice, when is a parcel considered to have a broken cold chain?',
  [['温度连续30分钟以上超出规定范围']], ['指包裹在运输途中温度连续30分钟以上超出规定范围的情形'])
Q(d, 'en', 'figure', 'How often does the temperature logger take a reading, according to the Dandong chamber?',
  [['每10分钟记录一次']], ['指由包裹内温度记录仪自动生成的全程温度数据，每10分钟记录一次'])
Q(d, 'zh', 'place', '丹东海产品商会的冷链集货中心在哪个地方？',
  [['东港市']], ['指商会在东港市设立的冷链集货中心'])
Q(d, 'en', 'list', 'What services can members get at the Dandong chamber consolidation centre?',
  [['预冷'], ['打包'], ['集中交运']], ['为会员提供预冷、打包和集中交运服务'])
Q(d, 'zh', 'figure', '丹东会员2024年全年发了多少件冷链包裹？',
  [['38万件']], ['2024年，会员企业经丹东港冷链航线发出冷链包裹38万件'])
Q(d, 'en', 'figure', 'How many cold-chain parcels did the Dandong members send in the first half of 2025, and what growth?',
  [['26万件'], ['58%']], ['2025年上半年发出26万件，同比增长58%'])
Q(d, 'zh', 'figure', '今年前三季度丹东商会会员一共发了多少冷链包裹？跟去年全年比怎么样？',
  [['43万件'], ['已超过2024年全年']], ['1至9月合计43万件，已超过2024年全年'])
Q(d, 'en', 'figure', 'Since the Dandong cold-chain line opened, how many parcels in total, and when did it open?',
  [['95万件'], ['2023年4月']], ['自2023年4月冷链航线开通以来，会员累计发出冷链包裹95万件'])
Q(d, 'zh', 'figure', '丹东商会给今年和明年定的冷链包裹目标分别是多少？',
  [['60万件'], ['90万件']], ['商会确定的2025年全年目标为60万件，2026年目标为90万件'])
Q(d, 'en', 'figure', 'What was the cold-chain break rate for Dandong members in 2024, and in January to September 2025?',
  [['1.9%'], ['0.8%']], ['包裹断链率由2024年的1.9%降至2025年1至9月的0.8%'])
Q(d, 'zh', 'figure', '丹东发一件冷链包裹，现在平均运费大概多少钱？',
  [['36元']], ['同期每件平均运费由42元降至36元'])
Q(d, 'en', 'other', 'Which product had the most cold-chain parcels from Dandong in Jan–Sep 2025, and where did it go?',
  [['冻虾仁'], ['韩国群山']], [L(d, '| 冻虾仁')])
Q(d, 'zh', 'figure', '丹东的海参寄到日本福冈一般要几天？',
  [['5']], [L(d, '| 海参')])
Q(d, 'en', 'other', 'Are the clams from Dandong sent chilled or frozen, and how many days to Korea?',
  [['冷藏'], ['2']], [L(d, '| 杂色蛤')])
Q(d, 'zh', 'list', '丹东商会往日本福冈发的冷链包裹都有哪些品类？',
  [['海参'], ['草莓']], [L(d, '| 海参'), L(d, '| 草莓')])
Q(d, 'zh', 'reason', '丹东冷链包裹今年为什么涨得这么快？',
  [['每周2班增加到每周4班'], ['东港集货中心于2025年3月启用'], ['韩国买家对即食海鲜和小包装贝类的需求增长较快']],
  ['一是丹东港至群山的冷链班次由每周2班增加到每周4班；二是东港集货中心于2025年3月启用，会员可以统一预冷、打包，单件包装成本下降约六分之一；三是韩国买家对即食海鲜和小包装贝类的需求增长较快。'])
Q(d, 'en', 'figure', 'After the Donggang consolidation centre opened, how much cheaper did packing get per parcel?',
  [['约六分之一']], ['单件包装成本下降约六分之一'])
Q(d, 'en', 'reason', 'Why Dandong sends so few strawberry parcels compare to shrimp?',
  [['出口期集中在每年1月至4月']], ['草莓件数相对较少，主要是因为草莓的出口期集中在每年1月至4月，其余月份基本没有货源。'])
Q(d, 'zh', 'list', '商会巡查下来，会员发冷链包裹主要有哪些毛病？',
  [['普通泡沫箱'], ['温度记录仪未开机或中途断电'], ['申报品名过于笼统'], ['处理费用较高']],
  ['部分会员仍使用普通泡沫箱，冰袋放置不足，夏季包裹在途中升温较快。',
   '部分包裹内的温度记录仪未开机或中途断电，发生纠纷时无法提供温控记录。',
   '申报品名过于笼统，例如将“冻扇贝柱”申报为“冻贝类”，导致目的地查验时间延长。',
   '发往韩国的包裹一旦被拒收退运，处理费用较高，平均每件约45元，'])
Q(d, 'zh', 'reason', '为啥有些会员的包裹夏天在路上升温特别快？',
  [['普通泡沫箱'], ['冰袋放置不足']], ['部分会员仍使用普通泡沫箱，冰袋放置不足，夏季包裹在途中升温较快。'])
Q(d, 'en', 'figure', 'If my seafood parcel to Korea is refused and shipped back, about how much is the handling, and who usually pays it?',
  [['约45元'], ['多数由会员自行承担']],
  ['发往韩国的包裹一旦被拒收退运，处理费用较高，平均每件约45元，', '多数由会员自行承担。'])
Q(d, 'zh', 'reason', '冻扇贝柱到了目的地为什么查验时间拖得长？',
  [['申报品名过于笼统']], ['申报品名过于笼统，例如将“冻扇贝柱”申报为“冻贝类”，导致目的地查验时间延长。'])
Q(d, 'en', 'reason', 'Why can some Dandong sellers not show temperature records when a buyer complains?',
  [['温度记录仪未开机或中途断电']], ['部分包裹内的温度记录仪未开机或中途断电，发生纠纷时无法提供温控记录。'])
Q(d, 'en', 'date', 'From what date must every Dandong member cold-chain parcel have a temperature logger, and how long do records have to be kept?',
  [['2025年11月1日'], ['6个月']], ['自2025年11月1日起，会员发出的每件冷链包裹须放置温度记录仪，温控记录保存不少于6个月。'])
Q(d, 'zh', 'list', '丹东商会对冷链包裹的包装有哪些硬性要求？',
  [['温度记录仪'], ['壁厚不低于3厘米的保温箱'], ['带冷藏隔层的包装']],
  ['自2025年11月1日起，会员发出的每件冷链包裹须放置温度记录仪，温控记录保存不少于6个月。',
   '冷冻品须使用壁厚不低于3厘米的保温箱，冷藏品须使用带冷藏隔层的包装。'])
Q(d, 'en', 'other', 'What happens to a Dandong member whose break rate is over 2% two months running?',
  [['暂停其使用集货中心一个月']], ['连续两个月断链率超过2%的会员，商会将暂停其使用集货中心一个月。'])
Q(d, 'zh', 'date', '上个月发了多少冷链包裹，最晚每月几号前要报给商会？',
  [['每月5日前']], ['会员应在每月5日前向商会秘书处报送上月冷链包裹件数和断链情况。'])
Q(d, 'en', 'date', 'In winter, what is the latest time I can drop parcels at the Dandong consolidation centre?',
  [['16:30']], ['每日收货截止时间由18:00提前至16:30'])
Q(d, 'zh', 'other', '商会那个冷链包装培训要交钱吗？一家能去几个人？',
  [['每家会员限报2人'], ['不收取费用']], ['每家会员限报2人，培训不收取费用'])
Q(d, 'en', 'yesno', 'Do the Dandong chamber figures count seafood shipped in sea containers under general trade?',
  [['不包含以一般贸易方式出口的海运集装箱货物']], ['不包含以一般贸易方式出口的海运集装箱货物'])
Q(d, 'zh', 'list', '丹东商会通知里的数字，哪些货是没算进去的？',
  [['非会员企业'], ['以一般贸易方式出口的海运集装箱货物']],
  ['本通知所列数据为商会对会员企业的统计，不包含非会员企业，也不包含以一般贸易方式出口的海运集装箱货物。'])
N('zh', 'figure', '丹东商会会员2025年第四季度发了多少件冷链包裹？')
N('en', 'figure', 'What is the average freight per parcel for frozen sea cucumber sent from Dandong to Fukuoka?')
N('en', 'figure', 'How many cold-chain parcels did Dandong chamber members import from Korea in 2025?')
N('zh', 'figure', '丹东发往韩国群山的冷链包裹断链率是多少？')
N('en', 'figure', 'How many cold-chain sailings a week are there from Dandong to Fukuoka?')
N('zh', 'reason', '为什么丹东的海参要走冷冻而不走冷藏？')
N('en', 'list', 'Which Korean courier companies deliver the Dandong parcels after they land in Gunsan?')
N('zh', 'place', '丹东海产品商会的秘书处在哪里办公？')

# ---------------------------------------------------------------- Suifenhe (pdf, zh)
d = SF
Q(d, 'zh', 'yesno', '绥芬河木制品商会说的“木制品”里包不包括原木？',
  [['不包括原木和锯材']], ['不包括原木和锯材'])
Q(d, 'en', 'list', 'Which products count as "wood products" in the Suifenhe timber chamber notice?',
  [['实木地板'], ['实木家具'], ['木门'], ['木制工艺品']],
  ['是指会员企业在绥芬河加工生产的实木地板、实木家具、木门和木制工艺品'])
Q(d, 'en', 'definition', 'How does the Suifenhe timber chamber define the sell-through rate?',
  [['商品入仓后90天内售出的件数占同期入仓件数的比例']],
  ['“动销率”，是指商品入仓后90天内售出的件数占同期入仓件数的比例。'])
Q(d, 'zh', 'definition', '绥芬河商会讲的“公共海外仓”是什么意思？',
  [['由商会组织会员共同租用、统一管理的海外仓']], ['“公共海外仓”，是指由商会组织会员共同租用、统一管理的海外仓。'])
Q(d, 'zh', 'figure', '绥芬河会员2024年走海外仓出口的木制品货值是多少？',
  [['3.6亿元']], ['经绥芬河铁路口岸以海外仓备货方式出口木制品，货值3.6亿元'])
Q(d, 'en', 'figure', 'What was the value of wood products exported to overseas warehouses from Suifenhe in H1 2025, and how much did it grow?',
  [['2.4亿元'], ['50%']], ['2025年上半年出口货值2.4亿元，同比增长50%'])
Q(d, 'zh', 'figure', '绥芬河木制品今年三季度出口了多少？',
  [['1.5亿元']], ['第三季度出口货值1.5亿元，创单季新高'])
Q(d, 'en', 'figure', 'When did the first Suifenhe wood products go into overseas warehouses, and what is the total exported since?',
  [['2022年3月'], ['9.8亿元']], ['2022年3月首批木制品进入海外仓以来，会员累计出口货值9.8亿元'])
Q(d, 'zh', 'figure', '绥芬河木制品商会给2025年和2027年定的出口目标各是多少？',
  [['5.5亿元'], ['8亿元']], ['2025年全年出口货值5.5亿元，2027年达到8亿元'])
Q(d, 'en', 'figure', 'What was the average sell-through rate of the public overseas warehouses in 2024 versus the first half of 2025?',
  [['58%'], ['66%']], ['公共海外仓平均动销率由2024年的58%提高到2025年上半年的66%'])
Q(d, 'en', 'figure', 'How big is the Irkutsk warehouse and what was its sell-through rate?',
  [['6,000'], ['71%']], [L(d, '伊尔库茨克仓 |')])
Q(d, 'zh', 'list', '绥芬河木制品商会有哪几个公共海外仓？',
  [['伊尔库茨克仓'], ['克拉斯诺亚尔斯克仓'], ['新潟仓']],
  [L(d, '伊尔库茨克仓 |'), L(d, '克拉斯诺亚尔斯克仓 |'), L(d, '新潟仓 |')])
Q(d, 'zh', 'figure', '克拉斯诺亚尔斯克那个仓上半年入仓货值多少？主要卖什么？',
  [['0.8'], ['实木家具']], [L(d, '克拉斯诺亚尔斯克仓 |')])
Q(d, 'en', 'place', 'Which of the chamber warehouses is in Japan, and what does it mainly sell?',
  [['新潟仓'], ['木制工艺品']], [L(d, '新潟仓 |')])
Q(d, 'zh', 'reason', '绥芬河公共海外仓的动销率为什么提高了？',
  [['增设了样品展示区'], ['商会旗舰店'], ['按平方米标价']],
  ['一是商会在伊尔库茨克仓增设了样品展示区，当地装修公司可以到仓看样、现场下单；二是会员统一在俄罗斯主要电商平台开设了商会旗舰店，集中投放广告；三是实木地板改为按平方米标价，并提供铺装图纸，买家下单更方便。'])
Q(d, 'en', 'reason', 'why the Niigata warehouse sell slower than the Russian ones?',
  [['含水率和甲醛释放量的要求更严']], ['主要是因为日本买家对含水率和甲醛释放量的要求更严，部分批次需要重新检测后才能上架'])
Q(d, 'en', 'figure', 'How much later do goods get onto the shelves in Niigata because of re-testing?',
  [['约三周']], ['上架时间平均推迟约三周'])
Q(d, 'zh', 'list', '绥芬河会员做木制品海外仓出口，现在主要有哪些问题？',
  [['含水率控制不严'], ['末端配送费用偏高'], ['低价竞争'], ['未按时向商会报送库存数据']],
  ['部分会员对入仓商品的含水率控制不严，冬季运抵西伯利亚后出现开裂、变形',
   '海外仓到买家的末端配送费用偏高，约占售价的14%',
   '会员之间存在低价竞争',
   '部分会员未按时向商会报送库存数据，影响公共海外仓的补货安排'])
Q(d, 'en', 'reason', 'Why do some members\' floors crack or warp after arriving in Siberia?',
  [['含水率控制不严']], ['部分会员对入仓商品的含水率控制不严，冬季运抵西伯利亚后出现开裂、变形'])
Q(d, 'zh', 'figure', '实木家具从海外仓送到买家手上，配送费大概占售价多少？',
  [['14%']], ['海外仓到买家的末端配送费用偏高，约占售价的14%'])
Q(d, 'en', 'figure', 'How big can the price gap be for the same solid wood floor between the chamber flagship store and some members\' own shops?',
  [['25%']], ['同款实木地板在商会旗舰店与个别会员自营店的价差最高达到25%'])
Q(d, 'zh', 'reason', '会员不按时报库存数据会有什么影响？',
  [['影响公共海外仓的补货安排']], ['部分会员未按时向商会报送库存数据，影响公共海外仓的补货安排'])
Q(d, 'en', 'list', 'What will the Suifenhe timber chamber do in the fourth quarter of 2025?',
  [['伊尔库茨克仓二期扩建'], ['含水率抽检'], ['末端配送协议'], ['线上直播推介活动'], ['商会联络员']],
  ['一是10月底前完成伊尔库茨克仓二期扩建，新增仓面积3,000平方米。',
   '二是11月起对入仓木制品实行含水率抽检，抽检比例不低于20%。',
   '三是与克拉斯诺亚尔斯克当地物流企业签订末端配送协议，力争配送费用下降两成。',
   '四是12月在新潟仓举办一次木制工艺品线上直播推介活动。',
   '五是在伊尔库茨克仓派驻1名商会联络员，协助会员处理退货、维修和售后咨询。'])
Q(d, 'zh', 'figure', '伊尔库茨克仓二期扩出来多少面积？什么时候完工？',
  [['3,000平方米'], ['10月底前']], ['一是10月底前完成伊尔库茨克仓二期扩建，新增仓面积3,000平方米。'])
Q(d, 'zh', 'figure', '从11月开始，入仓木制品含水率抽检比例是多少？',
  [['不低于20%']], ['二是11月起对入仓木制品实行含水率抽检，抽检比例不低于20%。'])
Q(d, 'en', 'figure', 'By how much does the chamber hope to cut the last-mile delivery cost in Krasnoyarsk?',
  [['两成']], ['力争配送费用下降两成'])
Q(d, 'en', 'list', 'What advice does the Suifenhe chamber give its members?',
  [['按照目的地气候调整木材干燥工艺'], ['可拆装结构'], ['最低指导价']],
  ['建议会员企业按照目的地气候调整木材干燥工艺；实木家具尽量采用可拆装结构，',
   '降低体积和运费；严格执行商会确定的最低指导价，避免相互压价。'])
Q(d, 'zh', 'reason', '商会为啥建议实木家具做成可拆装的？',
  [['降低体积和运费']], ['实木家具尽量采用可拆装结构，', '降低体积和运费；'])
Q(d, 'en', 'yesno', 'Do the Suifenhe chamber figures include wood products exported as general trade?',
  [['不含以一般贸易方式出口的木材和木制品']], ['不含以一般贸易方式出口的木材和木制品'])
Q(d, 'en', 'other', 'How is the rent for the public overseas warehouses split among the members?',
  [['按会员实际占用面积分摊']], ['公共海外仓的租金按会员实际占用面积分摊'])
Q(d, 'zh', 'place', '绥芬河的木制品是从哪个口岸出去的？',
  [['绥芬河铁路口岸']], ['会员企业经绥芬河铁路口岸以海外仓备货方式出口木制品'])
Q(d, 'zh', 'list', '商会派到伊尔库茨克仓的联络员主要帮会员干哪些事？',
  [['退货'], ['维修'], ['售后咨询']], ['五是在伊尔库茨克仓派驻1名商会联络员，协助会员处理退货、维修和售后咨询。'])
N('zh', 'figure', '绥芬河公共海外仓每平方米每月的租金是多少？')
N('en', 'figure', 'What was the sell-through rate of the Irkutsk warehouse in 2024?')
N('zh', 'figure', '绥芬河木制品2025年第一季度出口货值是多少？')
N('en', 'figure', 'How much Russian timber did the Suifenhe chamber members import in 2025?')
N('zh', 'figure', '绥芬河木制品商会2026年的出口目标是多少？')
N('en', 'list', 'On which Russian e-commerce platforms did the chamber open its flagship store?')
N('zh', 'reason', '克拉斯诺亚尔斯克仓的动销率为什么比伊尔库茨克仓低？')
N('en', 'date', 'When did the Krasnoyarsk public warehouse of the Suifenhe chamber open?')

# ---------------------------------------------------------------- Changchun (txt, zh)
d = CC
Q(d, 'zh', 'definition', '长春这份回顾里的“出口退货”指什么情况？多久以内退回来才算？',
  [['出口之日起1年内原状退运进境']], ['因境外买家退货、拒收等原因，在出口之日起1年内原状退运进境的情形'])
Q(d, 'en', 'definition', 'What does the Changchun review mean by the return cycle?',
  [['从境外买家发起退货到商品入仓完成分拣之间的平均天数']], ['指从境外买家发起退货到商品入仓完成分拣之间的平均天数'])
Q(d, 'en', 'place', 'Where is the Changchun export return warehouse and how large is it?',
  [['九台区空港物流园'], ['1.2万平方米']],
  ['指设在九台区空港物流园内、专门用于接收、查验、分拣和暂存跨境电商出口退货的监管仓库，仓内面积1.2万平方米'])
Q(d, 'zh', 'definition', '退货仓说的二次销售率是怎么算的？',
  [['重新上架销售的件数占入仓退货件数的比例']], ['指退回商品经质检、整理后重新上架销售的件数占入仓退货件数的比例'])
Q(d, 'zh', 'figure', '长春空港退货仓2025年一共收了多少退货包裹？比上年涨了多少？',
  [['21.5万件'], ['64%']], ['退货仓共接收跨境电商出口退货包裹21.5万件，同比增长64%'])
Q(d, 'en', 'figure', 'How many seller companies used the Changchun return warehouse in 2025, and what share of them are from Jilin province?',
  [['412家'], ['七成']], ['涉及卖家企业412家，其中吉林省内企业占七成'])
Q(d, 'en', 'figure', 'How many returned parcels did the Changchun warehouse receive in the first half of 2025, and in Q4?',
  [['9.2万件'], ['6.8万件']], ['上半年接收9.2万件，第四季度接收6.8万件'])
Q(d, 'zh', 'figure', '长春那个退货仓哪年开始用的？到现在一共收了多少件？',
  [['2023年7月'], ['38.7万件']], ['退货仓自2023年7月启用以来，累计接收退货包裹38.7万件'])
Q(d, 'en', 'date', 'Which month had the most returns at Changchun in 2025, and how many parcels?',
  [['7月'], ['2.9万件']], ['7月接收退货2.9万件，为全年单月最高'])
Q(d, 'zh', 'figure', '退货仓去年查验了多少批退货？合格率多少？',
  [['3,460批次'], ['98.2%']], ['全年共开展退货查验3,460批次，查验合格率为98.2%'])
Q(d, 'en', 'figure', 'What was the resale rate of returned goods at Changchun in 2024 and 2025?',
  [['47%'], ['56%']], ['二次销售率由2024年的47%提高到2025年的56%'])
Q(d, 'zh', 'figure', '现在一件货从买家发起退货到在长春入仓分拣完，平均要多少天？',
  [['12天']], ['退货周期由2024年的19天缩短至2025年的12天'])
Q(d, 'en', 'figure', 'What share of the returned goods could not be sold again and were destroyed or donated?',
  [['约占9%']], ['退回商品中经质检无法再次销售、作销毁或捐赠处理的约占9%'])
Q(d, 'zh', 'list', '长春空港退货仓2026年都定了哪些目标？',
  [['30万件'], ['60%'], ['10天以内'], ['600家']],
  ['接收退货包裹30万件，二次销售率达到60%，退货周期控制在10天以内，服务卖家企业达到600家'])
Q(d, 'en', 'place', 'From which country did the most returns come back to Changchun in 2025?',
  [['日本']], [L(d, '日本 ')])
Q(d, 'zh', 'list', '从日本退回长春的主要是些什么货？',
  [['服装'], ['小家电']], [L(d, '日本 ')])
Q(d, 'zh', 'figure', '韩国退回来的货二次销售率多少？',
  [['58%']], [L(d, '韩国 ')])
Q(d, 'en', 'figure', 'How many returns came back from Russia and what was their resale rate?',
  [['4.3'], ['44%']], [L(d, '俄罗斯 ')])
Q(d, 'zh', 'reason', '长春退货仓的二次销售率为什么提上去了？',
  [['第三方质检机构'], ['翻新包装线'], ['跨境退货尾货专区']],
  ['一是退货仓引入第三方质检机构，对退回商品按“可直接上架、需整理后上架、不可销售”三类分级处理；二是仓内设立了翻新包装线，服装和小家电可在仓内完成重新熨烫、贴标和包装；三是管委会与两家国内电商平台合作开设“跨境退货尾货专区”，部分不适合再出口的商品转为国内销售。'])
Q(d, 'en', 'list', 'Into which three grades are returned goods sorted at the Changchun warehouse?',
  [['可直接上架'], ['需整理后上架'], ['不可销售']], ['按“可直接上架、需整理后上架、不可销售”三类分级处理'])
Q(d, 'en', 'reason', 'Why is the resale rate of returns from Russia lower than from Japan or Korea?',
  [['季节性冬季服装'], ['已过销售旺季']], ['俄罗斯方向二次销售率较低，主要是因为退回的多为季节性冬季服装，回到仓内时往往已过销售旺季，只能折价处理。'])
Q(d, 'zh', 'reason', '俄罗斯那边退回来的包裹为啥破得多？',
  [['多经陆路转运']], ['俄罗斯方向退货多经陆路转运，途中包装破损的比例也高于日本和韩国方向'])
Q(d, 'zh', 'list', '长春退货仓这一年运行下来，还有哪些问题？',
  [['单件回运费用较高'], ['不了解1年内原状退运的条件'], ['分拣人员明显不足'], ['信息不透明']],
  ['日本、韩国退货以航空方式回运，单件回运费用较高，平均每件约38元，低价商品退回后得不偿失。',
   '部分卖家不了解1年内原状退运的条件，超期或已改变原状的商品无法按出口退货办理。',
   '退货高峰集中在1月和7月，高峰期仓内日均处理量超过1,800件，分拣人员明显不足。',
   '卖家查询退货进度主要依靠电话，', '信息不透明，投诉较多。'])
Q(d, 'en', 'reason', 'I sell cheap phone cases to Japan. Why is it often not worth to ship the returns back to Changchun?',
  [['单件回运费用较高'], ['约38元']],
  ['日本、韩国退货以航空方式回运，单件回运费用较高，平均每件约38元，低价商品退回后得不偿失。'])
Q(d, 'zh', 'reason', '有些退回来的货为什么不能按出口退货办？',
  [['超期或已改变原状']], ['部分卖家不了解1年内原状退运的条件，超期或已改变原状的商品无法按出口退货办理。'])
Q(d, 'en', 'date', 'When are the return peaks at the Changchun warehouse, and how many parcels a day are handled then?',
  [['1月和7月'], ['1,800件']], ['退货高峰集中在1月和7月，高峰期仓内日均处理量超过1,800件'])
Q(d, 'en', 'reason', 'Why do sellers complain so much about the Changchun return warehouse?',
  [['主要依靠电话'], ['信息不透明']], ['卖家查询退货进度主要依靠电话，', '信息不透明，投诉较多。'])
Q(d, 'en', 'list', 'What is the Changchun port committee planning for the return warehouse in 2026?',
  [['集中回运航班舱位'], ['退货信息查询系统'], ['自动分拣线'], ['出口退货政策培训'], ['八折']],
  ['开通长春至名古屋的集中回运航班舱位，争取日韩退货单件回运费用降至30元以下。',
   '上线退货信息查询系统，卖家可实时查看包裹入仓、质检和上架进度。',
   '高峰期临时增加分拣人员，并在仓内增设一条自动分拣线。',
   '每半年举办一次出口退货政策培训，重点讲解退运期限和原状要求。',
   '对年退货量超过5,000件的卖家企业，仓储费按标准的八折收取。'])
Q(d, 'zh', 'figure', '明年想把日韩退货每件回运费降到多少？打算开哪条航线的舱位？',
  [['30元以下'], ['长春至名古屋']], ['开通长春至名古屋的集中回运航班舱位，争取日韩退货单件回运费用降至30元以下。'])
Q(d, 'zh', 'figure', '我们一年大概退6000件货，在长春退货仓的仓储费能打折吗？打几折？',
  [['八折']], ['对年退货量超过5,000件的卖家企业，仓储费按标准的八折收取。'])
Q(d, 'en', 'figure', 'What is the storage fee at the Changchun return warehouse?',
  [['每立方米每天1.5元']], ['仓储费标准为每立方米每天1.5元，本年度未作调整。'])
Q(d, 'en', 'yesno', 'Does the Changchun review also count returns of cross-border retail import goods?',
  [['不包括跨境电商零售进口商品的退货']], ['只包括出口退货，不包括跨境电商零售进口商品的退货'])
N('zh', 'figure', '长春空港退货仓2025年第一季度收了多少件退货？')
N('en', 'figure', 'What was the resale rate of returns from Japan in 2024?')
N('zh', 'figure', '从俄罗斯退回长春的货，平均每件回运费是多少？')
N('en', 'figure', 'What is the average return cycle for parcels coming back from Russia?')
N('zh', 'figure', '长春空港口岸2025年跨境电商零售进口退货有多少件？')
N('en', 'list', 'Which two domestic e-commerce platforms run the cross-border returns clearance zone with the Changchun committee?')
N('zh', 'reason', '为什么长春退货仓的退货高峰会出现在1月和7月？')
N('en', 'place', 'Which city is the third-party inspection company at the Changchun return warehouse based in?')

# ---------------------------------------------------------------- Panjin (docx, en)
d = PJ
Q(d, 'en', 'definition', 'In the Panjin seafood notice, what exactly is B2B direct export?',
  [['declared to customs under code 9710, with the goods shipped directly to that buyer']],
  ['B2B direct export means a sale concluded on a cross-border e-commerce platform between a member and a foreign business buyer, declared to customs under code 9710, with the goods shipped directly to that buyer.'])
Q(d, 'zh', 'list', '盘锦海产品商会说的那套申报单证包括哪三样东西？',
  [['the platform order'], ['the logistics waybill'], ['the sales contract or pro forma invoice']],
  ['the platform order, the logistics waybill and the sales contract or pro forma invoice'])
Q(d, 'zh', 'definition', '盘锦那边说的“提前申报”是什么意思？',
  [['submitting the declaration set before the goods reach Panjin port']],
  ['Pre-declaration means submitting the declaration set before the goods reach Panjin port, so that customs can review the data while the truck is still on the road.'])
Q(d, 'en', 'figure', 'How many B2B seafood export declarations did the Panjin members make in 2024, and what were they worth?',
  [['3,900'], ['RMB 214 million']],
  ['members made 3,900 B2B export declarations of seafood, with a total value of RMB 214 million'])
Q(d, 'zh', 'figure', '盘锦商会会员今年上半年报了多少单B2B海鲜出口？货值多少？',
  [['2,700 declarations'], ['RMB 162 million']], ['In the first half of 2025 they made 2,700 declarations worth RMB 162 million'])
Q(d, 'en', 'figure', 'how many declarations Panjin members did in the third quarter 2025?',
  [['1,650']], ['in the third quarter of 2025 another 1,650 declarations'])
Q(d, 'zh', 'figure', '盘锦商会的申报服务窗口是什么时候开的？到现在会员一共报了多少单？',
  [['January 2023'], ['8,800']],
  ["Since the chamber's declaration service desk opened in January 2023, members have made 8,800 declarations in total."])
Q(d, 'en', 'figure', 'What are the Panjin chamber targets for 2025 and for 2026?',
  [['6,000 declarations'], ['RMB 450 million']],
  ["The chamber's target for the full year 2025 is 6,000 declarations, and for 2026 it is an export value of RMB 450 million."])
Q(d, 'zh', 'figure', '在盘锦，从交申报到海关放行现在要多久？2024年要多久？',
  [['2.8 hours'], ['6.5 hours']],
  ['The average time from submitting a declaration to customs release fell from 6.5 hours in 2024 to 2.8 hours in the third quarter of 2025.'])
Q(d, 'en', 'figure', 'What share of Panjin declarations got rejected in 2024, and in H1 2025?',
  [['7.2%'], ['3.9%']], ['The share of rejected declarations fell from 7.2% in 2024 to 3.9% in the first half of 2025.'])
Q(d, 'zh', 'place', '盘锦的冻河蟹主要卖到哪里？上半年报了多少单？',
  [['Ulsan, Korea', 'Ulsan'], ['1,100']], [L(d, 'Frozen river crab |')])
Q(d, 'en', 'figure', 'What was the value of frozen shrimp declarations from Panjin in the first half of 2025, and which market?',
  [['48'], ['Shimonoseki, Japan', 'Shimonoseki']], [L(d, 'Frozen shrimp |')])
Q(d, 'zh', 'other', '盘锦的干海参出口要冷冻吗？主要卖到哪儿？',
  [['room temperature'], ['Mokpo, Korea', 'Mokpo']], [L(d, 'Dried sea cucumber |')])
Q(d, 'zh', 'list', '盘锦会员报到韩国去的海产品有哪几种？',
  [['Frozen river crab'], ['Dried sea cucumber']], [L(d, 'Frozen river crab |'), L(d, 'Dried sea cucumber |')])
Q(d, 'en', 'reason', 'Why did the number of B2B seafood declarations at Panjin go up?',
  [['prepares declaration sets for small members free of charge'], ['pre-declaration became available at Panjin port in April 2025'],
   ['two large Korean restaurant-supply platforms started buying frozen river crab directly']],
  ["First, the chamber's service desk now prepares declaration sets for small members free of charge, so members who used to export through trading agents can declare on their own.",
   'Second, pre-declaration became available at Panjin port in April 2025, which lets frozen goods move straight from the truck to the reefer container without waiting in the yard.',
   'Third, two large Korean restaurant-supply platforms started buying frozen river crab directly from our members instead of through Korean import agents.'])
Q(d, 'zh', 'date', '盘锦港从什么时候开始可以提前申报？',
  [['April 2025']], ['pre-declaration became available at Panjin port in April 2025'])
Q(d, 'zh', 'reason', '为啥盘锦发日本的海鲜到港清关比发韩国的慢？',
  [['a separate quarantine certificate for each production lot']],
  ['mainly because Japanese importers ask for a separate quarantine certificate for each production lot rather than one certificate per shipment'])
Q(d, 'en', 'list', 'What problems has the Panjin chamber found in the members\' declarations?',
  [['Product names are too general'], ['net weight on the waybill often differs from the net weight in the order'],
   ['under the retail code 9610'], ['uploaded as photographs'], ['submit declarations after the truck has already arrived']],
  ['(a) Product names are too general.',
   '(b) The net weight on the waybill often differs from the net weight in the order, usually because glaze ice is counted in one record and not in the other.',
   '(c) Some members still declare B2B sales to business buyers under the retail code 9610, which later causes problems with tax refunds.',
   '(d) Sales contracts are uploaded as photographs that customs cannot read.',
   '(e) Several members submit declarations after the truck has already arrived,', 'so the benefit of pre-declaration is lost.'])
Q(d, 'zh', 'reason', '我们运单上的净重和订单上的老是对不上，一般是什么原因？',
  [['glaze ice is counted in one record and not in the other']],
  ['usually because glaze ice is counted in one record and not in the other'])
Q(d, 'en', 'reason', 'What do I lose if I only send the declaration once my truck is already at Panjin port?',
  [['the benefit of pre-declaration is lost']],
  ['(e) Several members submit declarations after the truck has already arrived,', 'so the benefit of pre-declaration is lost.'])
Q(d, 'zh', 'reason', '卖给国外企业的货如果按9610报，会有什么麻烦？',
  [['causes problems with tax refunds']],
  ['Some members still declare B2B sales to business buyers under the retail code 9610, which later causes problems with tax refunds.'])
Q(d, 'en', 'other', 'How should I write the product name when I declare our river crab?',
  [['frozen whole river crab (Eriocheir sinensis)']],
  ['First, give the Latin or commercial species name together with the processing form, for example "frozen whole river crab (Eriocheir sinensis)".'])
Q(d, 'en', 'list', 'What are the five recommendations of the Panjin chamber to members for declarations?',
  [['species name together with the processing form'], ['net weight excluding glaze'], ['declare all sales to business buyers under 9710'],
   ['text-based PDF files'], ['at least 12 hours before the truck leaves your cold store']],
  ['First, give the Latin or commercial species name together with the processing form',
   'Second, state net weight excluding glaze in every record of the declaration set.',
   'Third, declare all sales to business buyers under 9710, even for small orders.',
   'Fourth, upload contracts as text-based PDF files, not as photographs.',
   'Fifth, submit the declaration set at least 12 hours before the truck leaves your cold store.'])
Q(d, 'zh', 'figure', '盘锦商会建议最晚提前多久提交申报？',
  [['at least 12 hours before the truck leaves your cold store', '12 hours']],
  ['Fifth, submit the declaration set at least 12 hours before the truck leaves your cold store.'])
Q(d, 'zh', 'figure', '我们公司一年报六百多单，11月以后去服务窗口做单证要收费吗？多少钱？',
  [['RMB 20 per declaration set']],
  ['The service desk will charge RMB 20 per declaration set for members whose annual declarations exceed 500'])
Q(d, 'en', 'date', 'Is the Panjin service desk open on Saturdays? What hours, and in which months?',
  [['8:30 to 12:00'], ['October to December']],
  ['The desk will also open on Saturday mornings from 8:30 to 12:00 during the crab season, which runs from October to December.'])
Q(d, 'zh', 'figure', '冷藏集装箱的温度记录要留多长时间？',
  [['at least one year']], ['Members must keep temperature records for every reefer container for at least one year.'])
Q(d, 'zh', 'list', '11月的9710申报培训是给哪些会员办的？',
  [['new members'], ['more than five rejected declarations this year']],
  ['one for new members and one for members who had more than five rejected declarations this year'])
Q(d, 'en', 'figure', 'How many people can join each Panjin training session?',
  [['40 per session']], ['Places are limited to 40 per session.'])
Q(d, 'en', 'yesno', 'Are retail parcels under 9610 counted in the Panjin chamber figures?',
  [['do not include']], ['They do not include exports by non-members, retail parcels under 9610 or any imports.'])
Q(d, 'zh', 'place', '盘锦海产品商会的秘书处在哪儿办公？',
  [['Panjin port service hall']], ["The chamber's secretariat can be reached at its office in the Panjin port service hall."])
N('en', 'figure', 'How many B2B seafood declarations did Panjin members make in the first quarter of 2025?')
N('zh', 'figure', '盘锦会员2025年第三季度报关出口的海产品货值是多少？')
N('en', 'figure', 'How much seafood did the Panjin chamber members import from Korea in 2025?')
N('zh', 'figure', '盘锦的海鲜到了日本港口，清关一般要几天？')
N('en', 'figure', 'What is the export price per kilo of frozen river crab from Panjin?')
N('zh', 'list', '直接从盘锦会员买冻河蟹的那两家韩国餐饮供货平台叫什么？')
N('en', 'reason', 'Why did the Panjin chamber set its 2026 target as a value instead of a number of declarations?')
N('zh', 'figure', '盘锦商会2025年上半年的申报平均放行时间是多少？')

# ---------------------------------------------------------------- Fuyuan (txt, en)
d = FY
Q(d, 'en', 'definition', 'Under the Fuyuan review, what temperature ranges must cold-chain parcels be kept in?',
  [['0°C to 4°C'], ['minus 18°C or colder']],
  ['must be kept either chilled (0°C to 4°C) or frozen (minus 18°C or colder)'])
Q(d, 'zh', 'definition', '抚远那份年度回顾里说的“closed season”是指什么时候？',
  [['the river ice is forming or breaking up']],
  ['The closed season is the time each spring and autumn when the river ice is forming or breaking up, so that neither boats nor the ice road can operate.'])
Q(d, 'zh', 'figure', '2025年抚远的封航期，春天和秋天各停了多少天？',
  [['19 days in April'], ['23 days in November']], ['In 2025 it lasted 19 days in April and 23 days in November.'])
Q(d, 'en', 'definition', 'What counts as a temperature breach for Fuyuan cold-chain parcels?',
  [['more than 30 minutes']],
  ["A temperature breach is any period of more than 30 minutes during which a parcel's logger shows a temperature outside its required range."])
Q(d, 'zh', 'definition', '抚远说的门到门时效是从哪一刻开始算的？',
  [['scanned into the Fuyuan consolidation centre']],
  ['Door-to-door time means the hours from the moment a parcel is scanned into the Fuyuan consolidation centre until it is delivered to the buyer in Khabarovsk.'])
Q(d, 'en', 'figure', 'How many cold-chain parcels went through Fuyuan port in 2025, and what was the growth?',
  [['412,000'], ['37%']], ['In 2025, 412,000 cold-chain parcels left China through Fuyuan port, 37% more than in 2024.'])
Q(d, 'zh', 'figure', '抚远2025年上半年和第三季度分别走了多少个冷链包裹？',
  [['168,000'], ['151,000']],
  ['The first half of the year accounted for 168,000 parcels and the third quarter for 151,000 parcels, the busiest quarter of the year.'])
Q(d, 'en', 'date', 'When did the first cold-chain parcel cross the river at Fuyuan, and what is the cumulative total now?',
  [['June 2021'], ['1.06 million']],
  ['Since the first cold-chain parcel crossed the river in June 2021, the cumulative total has reached 1.06 million parcels.'])
Q(d, 'zh', 'figure', '抚远冷链包裹温度超标率去年是多少？2024年呢？',
  [['1.1%'], ['2.4%']], ['The temperature breach rate fell from 2.4% in 2024 to 1.1% in 2025.'])
Q(d, 'en', 'figure', 'how long door-to-door to Khabarovsk took on average in 2025 compare 2024?',
  [['31 hours'], ['44 hours']], ['Average door-to-door time was 31 hours in 2025, compared with 44 hours in 2024.'])
Q(d, 'zh', 'list', '抚远口岸给2026年定了哪几项目标？',
  [['550,000 parcels'], ['below 1.0%'], ['26 hours']],
  ['For 2026 the Committee has set a target of 550,000 parcels, a breach rate below 1.0% and an average door-to-door time of 26 hours.'])
Q(d, 'en', 'list', 'What kinds of goods were sent as cold-chain parcels through Fuyuan?',
  [['fresh vegetables'], ['frozen dumplings and other frozen foods'], ['fresh fruit'], ['dairy and bakery products']],
  ['The main goods were fresh vegetables (38% of parcels), frozen dumplings and other frozen foods (27%), fresh fruit (21%) and dairy and bakery products (14%).'])
Q(d, 'zh', 'figure', '抚远走的冷链包裹里，新鲜蔬菜占多少？',
  [['38%']], ['fresh vegetables (38% of parcels)'])
Q(d, 'en', 'figure', 'How many sellers sent cold-chain parcels through Fuyuan in 2025, and what share came from outside Heilongjiang?',
  [['9,300'], ['35%']],
  ['About 9,300 sellers shipped at least one cold-chain parcel through the port during the year.',
   'Sellers from outside Heilongjiang province made up about 35% of them'])
Q(d, 'zh', 'figure', '我往哈巴罗夫斯克发速冻饺子，在抚远集货中心预冷每件收多少钱？要是放了三天还要加钱吗？',
  [['RMB 5.5 per frozen parcel'], ['RMB 1 per parcel']],
  ['The consolidation centre charged RMB 4.5 per chilled parcel and RMB 5.5 per frozen parcel in 2025 for pre-cooling and up to 48 hours of storage.',
   'Each extra day of storage costs RMB 1 per parcel.'])
Q(d, 'en', 'yesno', 'Will the Fuyuan consolidation centre raise its pre-cooling charges in 2026?',
  [['These charges will stay the same in 2026']], ['These charges will stay the same in 2026.'])
Q(d, 'en', 'list', 'Which ways of crossing the river to Russia are used for Fuyuan cold-chain parcels?',
  [['River boats'], ['Ice road'], ['Hovercraft']],
  [L(d, 'River boats |'), L(d, 'Ice road |'), L(d, 'Hovercraft |')])
Q(d, 'en', 'figure', 'How many parcels crossed by river boat in 2025 and what was the breach rate for boats?',
  [['251,000'], ['0.8%']], [L(d, 'River boats |')])
Q(d, 'zh', 'figure', '走冰上通道的冷链包裹去年有多少？过江大概要几个小时？',
  [['139,000'], ['6']], [L(d, 'Ice road |')])
Q(d, 'zh', 'other', '气垫船一般什么时候开？它的温度超标率是多少？',
  [['parts of April and November'], ['2.9%']], [L(d, 'Hovercraft |')])
Q(d, 'en', 'reason', 'Why did cold-chain parcels through Fuyuan grow so much in 2025?',
  [['doubled its capacity to 3,000 parcels a day'], ['joint inspection slots'], ['order fresh vegetables online in winter']],
  ['First, the refrigerated consolidation centre in the Fuyuan border economic zone doubled its capacity to 3,000 parcels a day in March 2025.',
   'Second, the Committee and the Khabarovsk partner terminal agreed on joint inspection slots, so that cold-chain parcels no longer wait behind ordinary freight.',
   'Third, buyers in Khabarovsk and Komsomolsk-on-Amur increasingly order fresh vegetables online in winter, when local supply is scarce and prices are high.'])
Q(d, 'zh', 'reason', '哈巴罗夫斯克的买家冬天为什么爱在网上买新鲜蔬菜？',
  [['local supply is scarce and prices are high']],
  ['Third, buyers in Khabarovsk and Komsomolsk-on-Amur increasingly order fresh vegetables online in winter, when local supply is scarce and prices are high.'])
Q(d, 'zh', 'reason', '抚远那边气垫船运的包裹为什么温度最容易超标？',
  [['no power supply for refrigerated boxes']],
  ['The hovercraft has the highest breach rate mainly because its cargo deck has no power supply for refrigerated boxes, so parcels rely only on ice packs during loading delays.'])
Q(d, 'en', 'list', 'What problems still hold back cold-chain parcels at Fuyuan, according to the review?',
  [['The closed season interrupts shipments'], ['without ventilation holes'], ['working temperature logger'], ['depends on two couriers']],
  ['(1) The closed season interrupts shipments for about six weeks a year',
   '(2) About one in eight sellers still packs chilled vegetables in boxes without ventilation holes, which causes condensation and spoilage.',
   '(3) Only 62% of parcels carried a working temperature logger, so many buyer complaints about spoiled goods could not be checked.',
   '(4) Last-mile delivery in Khabarovsk depends on two couriers,', 'and delivery slots are often full on Fridays and Saturdays.'])
Q(d, 'zh', 'reason', '冷藏蔬菜为什么会在路上捂坏？',
  [['without ventilation holes']],
  ['About one in eight sellers still packs chilled vegetables in boxes without ventilation holes, which causes condensation and spoilage.'])
Q(d, 'en', 'figure', 'What share of Fuyuan parcels carried a working temperature logger?',
  [['62%']], ['Only 62% of parcels carried a working temperature logger'])
Q(d, 'zh', 'other', '在哈巴罗夫斯克约派送，哪几天最难约上？为什么？',
  [['Fridays and Saturdays'], ['depends on two couriers']],
  ['(4) Last-mile delivery in Khabarovsk depends on two couriers,', 'and delivery slots are often full on Fridays and Saturdays.'])
Q(d, 'en', 'reason', 'I keep stock waiting in the Fuyuan consolidation centre. Why is the closed season a problem for the centre?',
  [['take up cold-storage space needed for new orders']],
  ['parcels waiting at the consolidation centre during that time take up cold-storage space needed for new orders'])
Q(d, 'en', 'list', 'What does the Fuyuan committee plan to do in 2026?',
  [['40 powered reefer points'], ['temperature logger compulsory'], ['third courier'], ['four packing workshops'], ['closed-season calendar']],
  ['Add 40 powered reefer points on the hovercraft loading apron before the April closed season.',
   'Make a working temperature logger compulsory for all frozen parcels from 1 March 2026',
   'Sign an agreement with a third courier in Khabarovsk and test evening delivery slots.',
   'Run four packing workshops for sellers, with a focus on ventilated boxes for chilled vegetables.',
   'Publish a closed-season calendar each February and September so that sellers can plan stock.'])
Q(d, 'zh', 'date', '冻品从哪天开始必须带温度记录仪？在集货中心买一个要多少钱？',
  [['1 March 2026'], ['RMB 6 per parcel']],
  ['Make a working temperature logger compulsory for all frozen parcels from 1 March 2026, with loggers available at the consolidation centre for RMB 6 per parcel.'])
Q(d, 'zh', 'yesno', '抚远这份回顾有没有统计从俄罗斯进口的海鲜？',
  [['are not covered by this review']],
  ['Imports through Fuyuan port, including Russian seafood and frozen meat, are not covered by this review.'])
N('zh', 'figure', '抚远2025年第一季度走了多少冷链包裹？')
N('en', 'figure', 'How many cold-chain parcels went through Fuyuan port in 2023?')
N('zh', 'figure', '2024年抚远走冰上通道的冷链包裹有多少？')
N('en', 'figure', 'What is the breach rate for frozen dumplings sent through Fuyuan?')
N('zh', 'figure', '抚远口岸2025年进口了多少吨俄罗斯冻肉？')
N('en', 'date', 'On what date did the ice road at Fuyuan open for parcels in the 2024/25 winter?')
N('zh', 'list', '在哈巴罗夫斯克送抚远包裹的那两家快递公司叫什么？')
N('en', 'reason', 'Why did the November closed season at Fuyuan last longer than the April one?')


def main():
    n = {'zh': 0, 'en': 0}
    out = os.path.join(HERE, 'gold.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for it in ITEMS:
            n[it['lang']] += 1
            o = {'id': 'fp11-%s-%03d' % (it['lang'], n[it['lang']])}
            o.update(it)
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d) to %s' % (len(ITEMS), n['zh'], n['en'], out))


if __name__ == '__main__':
    main()
