#!/usr/bin/env python3
"""Source of ../gold.jsonl: the hand-written questions of fitpolicy5.

Notation used below:
  A(lang, type, question, answers, doc, quote, ...)   answerable item
  U(lang, type, question, doc)                         unanswerable near miss (doc = the document it is aimed at;
                                                       only used for the counts printed at the end, not written out)
answers: groups separated by ' ;; ', alternatives inside a group by ' | '.
Run:  python3 build/build_gold.py   (writes ../gold.jsonl)
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')

X = 'fp5_zh_xingtai_export_tax_rebate_advisory_2024.txt'
G = 'fp5_zh_huizhou_jiangmen_zhanjiang_pilot_zone_policy_comparison.md'
J = 'fp5_zh_jinhua_brand_export_tax_notes_2024q3.html'
Y = 'fp5_zh_yangzhou_seller_data_compliance_paper_2024.pdf'
L = 'fp5_en_langfang_furniture_seller_financing_brief_2024.docx'
H = 'fp5_en_huaian_approved_collection_income_tax_note_2024.txt'

ITEMS = []

def A(lang, typ, q, answers, doc, *quotes):
    groups = [[a.strip() for a in g.split(' | ')] for g in answers.split(' ;; ')]
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=groups,
                      evidence=[{'source': doc, 'quote': x} for x in quotes],
                      unanswerable=False, _doc=doc))

def U(lang, typ, q, doc):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=[], evidence=[],
                      unanswerable=True, _doc=doc))

# ---------------------------------------------------------------- X: Xingtai tax consultant advisory (zh, txt)
A('zh', 'figure', '邢台这家税务所7到9月一共接了多少个咨询？问"无票免税"的占多少？',
  '147件 ;; 58%', X, '今年7月至9月，我们共接到客户咨询147件，其中询问"无票免税"的占58%')
A('en', 'definition', 'In the Xingtai advisory, what is the "no invoice, tax exempt" policy exactly? Exempt from what, and for goods lacking what?',
  '未取得有效进货凭证 ;; 增值税、消费税免税政策 | 增值税、消费税', X, '但未取得有效进货凭证的出口货物，试行增值税、消费税免税政策')
A('en', 'yesno', 'If I use the no-invoice exemption in Xingtai, will I still get some tax refund money back?',
  '免税不等于退税，企业不能因此拿到退税款 | 不能因此拿到退税款', X, '免税不等于退税，企业不能因此拿到退税款')
A('zh', 'definition', '咨询意见里说的"退税周期"是从哪一步算到哪一步？',
  '从企业提交完整申报资料到退税款到账', X, '是指从企业提交完整申报资料到退税款到账的自然日数')
A('en', 'definition', 'How does the consultant tell "invoiced goods" apart from "non-invoiced goods"?',
  '以出口报关时能否提供对应的进货发票为区分标准 | 能否提供对应的进货发票', X, '"有票货物"与"无票货物"，以出口报关时能否提供对应的进货发票为区分标准')
A('zh', 'figure', '邢台2023年跨境电商出口了多少？比上年涨了多少？',
  '41.6亿元 ;; 19.7%', X, '2023年全市跨境电商出口额41.6亿元，同比增长19.7%')
A('en', 'figure', 'In 2023, how much of Xingtai\'s exports went through the no-invoice exemption, and how many companies used it?',
  '9.8亿元 ;; 326家', X, '其中适用"无票免税"政策的出口额9.8亿元，涉及企业326家')
A('en', 'figure', 'Xingtai cross-border e-commerce exports for January to September 2024 and the growth rate?',
  '36.2亿元 ;; 23.5%', X, '2024年1—9月，全市跨境电商出口额36.2亿元，同比增长23.5%')
A('zh', 'figure', '今年前三季度邢台走"无票免税"出口了多少？涉及多少家企业？',
  '10.4亿元 ;; 418家', X, '适用"无票免税"的出口额10.4亿元，已超过2023年全年水平，涉及企业418家')
A('en', 'figure', 'How quick were export refunds in Xingtai in Q3 2024 on average, and how long did they take in 2023?',
  '6.5个自然日 ;; 11个自然日', X, '平均退税', '周期缩短至6.5个自然日（2023年为11个自然日）')
A('zh', 'figure', '2024年三季度邢台一共办了多少跨境电商出口退税？',
  '2.73亿元', X, '2024年第三季度，全市办理跨境电商出口退税2.73亿元')
A('en', 'figure', 'Since 2021, how much cross-border e-commerce export tax has been refunded in Xingtai in total?',
  '9.16亿元', X, '2021年至2024年9月末，全市累计办理跨境电商出口退税9.16亿元')
A('zh', 'figure', '邢台到2025年要达到多大的出口规模？"无票免税"备案企业的目标是多少家？',
  '60亿元 ;; 600家', X, '到2025年全市跨境电商出口额力争达到60亿元，"无票免税"备案企业达到600家')
A('en', 'place', 'Which county had the biggest cross-border e-commerce exports in Xingtai in the first three quarters of 2024?',
  '清河县', X, '清河县　12.5　4.6　羊绒制品、汽车配件')
A('zh', 'figure', '我在平乡做童车，平乡今年1到9月跨境电商出口多少亿？其中无票免税的有多少？',
  '8.9 ;; 2.7', X, '平乡县　8.9　2.7　童车、自行车')
A('en', 'list', 'what Nangong sellers mainly export? (Xingtai table)',
  '羊剪绒 ;; 毛毡制品', X, '南宫市　5.1　1.3　羊剪绒、毛毡制品')
A('zh', 'other', '表里宁晋县的数据有什么口径上的特殊情况？',
  '含部分企业在外地报关的出口额', X, '宁晋县数据含部分企业在外地报关的出口额')
A('en', 'list', 'Which districts are lumped into "other" in the Xingtai county table?',
  '信都区 ;; 襄都区', X, '"其他"含信都区、襄都区等')
A('zh', 'reason', '为什么今年邢台用"无票免税"的企业和出口额一下子多了这么多？',
  '大量货源来自家庭作坊和小型加工户 | 家庭作坊和小型加工户 ;; 线上综合服务平台今年3月完成升级 | 平台今年3月完成升级 ;; 主管税务机关组织了12场专题辅导 | 12场专题辅导', X,
  '一是清河、平乡一带大量货源来自家庭作坊和小型加工户，本身开不出增值税专用发票，政策正好解决了"有货无票"的难题；二是线上综合服务平台今年3月完成升级，登记信息可以从平台订单直接导入，单票申报时间由约40分钟降到8分钟左右；三是主管税务机关组织了12场专题辅导，覆盖企业超过900家次')
A('en', 'reason', 'Why is the no-invoice exemption such a good fit for the family workshops around Qinghe and Pingxiang?',
  '本身开不出增值税专用发票 | 有货无票', X, '一是清河、平乡一带大量货源来自家庭作坊和小型加工户，本身开不出增值税专用发票，政策正好解决了"有货无票"的难题')
A('zh', 'reason', '平乡的无票出口比例为啥比清河低？',
  '平乡童车企业规模较大，多数能够取得进项发票 | 多数能够取得进项发票', X, '原因是平乡童车企业规模较大，多数能够取得进项发票，更愿意申请出口退税')
A('en', 'figure', 'Roughly what share of exports goes no-invoice in Pingxiang, and in Qinghe?',
  '约30% ;; 约37%', X, '平乡县无票出口占比（约30%）低于清河县（约37%）')
A('zh', 'list', '邢台企业在适用这些税收政策时存在哪些问题？',
  '注册地不符 ;; 登记信息与报关信息不一致 ;; 混用两种政策 ;; 内部账务薄弱', X,
  '（一）注册地不符', '（二）登记信息与报关信息不一致', '（三）混用两种政策', '（四）内部账务薄弱')
A('en', 'list', 'what mistakes do Xingtai sellers make when they use the rebate and exemption policies? list them pls',
  '注册地不符 ;; 登记信息与报关信息不一致 ;; 混用两种政策 ;; 内部账务薄弱', X,
  '（一）注册地不符', '（二）登记信息与报关信息不一致', '（三）混用两种政策', '（四）内部账务薄弱')
A('zh', 'reason', '有的卖家按"无票免税"报了之后为什么又被要求补税？',
  '在综试区外注册', X, '部分卖家在综试区外注册，却按"无票免税"申报，事后被要求补缴税款')
A('zh', 'reason', '同一批货既申请退税又报免税，有什么问题？',
  '存在重复享受优惠的风险 | 重复享受优惠', X, '同一批货物既申请退税又申报免税，存在重复享受优惠的风险')
A('en', 'list', 'What steps does the Xingtai tax consultant recommend to exporters?',
  '先核对注册地址 ;; 有票货物优先申请出口退税 ;; 将平台订单与报关单逐票比对 | 逐票比对 ;; 评估所得税核定征收 ;; 留意当地增值税申报', X,
  '1．先核对注册地址，确认属于综试区范围后再选择"无票免税"。', '2．有票货物优先申请出口退税，无票货物再适用免税，两类货物分开建账。',
  '3．每月月底前将平台订单与报关单逐票比对，差异率控制在2%以内。', '符合条件的企业可同时评估所得税核定征收',
  '还要留意当地增值税申报')
A('zh', 'figure', '平台订单跟报关单每月比对，差异率最好控制在多少？',
  '2%以内', X, '每月月底前将平台订单与报关单逐票比对，差异率控制在2%以内')
A('zh', 'yesno', '我的货发到布拉格海外仓，国内已经免税了，那边是不是也不用报增值税？',
  '不要把国内免税理解为境外也免税 | 还要留意当地增值税申报', X, '还要留意当地增值税申报，不要把国内免税理解为境外也免税')
U('zh', 'figure', '清河县2023年全年跨境电商出口额是多少？', X)
U('en', 'figure', 'How much did Xingtai import through cross-border e-commerce in 2023?', X)
U('zh', 'figure', '邢台2024年第二季度办了多少跨境电商出口退税？', X)
U('en', 'figure', 'What were Weixian County\'s no-invoice exports in January-September 2024?', X)
U('zh', 'figure', '邢台前三季度"无票免税"出口额同比增长了百分之多少？', X)
U('en', 'figure', 'What export tax refund amount is Xingtai aiming for in 2025?', X)
U('en', 'list', 'Which banks does the Xingtai consultant suggest for advancing export tax refunds?', X)
U('zh', 'reason', '南宫市无票免税出口的比例为什么偏低？', X)

# ---------------------------------------------------------------- G: Huizhou/Jiangmen/Zhanjiang policy comparison (zh, md)
A('en', 'other', 'Who wrote the three-city pilot zone comparison and where does she work?',
  '林书瑶 ;; 粤滨大学数字贸易研究中心', G, '作者：林书瑶（粤滨大学数字贸易研究中心副研究员）')
A('zh', 'figure', '课题组一共访谈了多少家企业？三个市各多少家？',
  '61家 ;; 惠州24家 ;; 江门22家 ;; 湛江15家', G, '对61家企业的访谈（惠州24家、江门22家、湛江15家）')
A('zh', 'definition', '简报里"政策兑现率"是怎么算的？',
  '当年实际拨付的扶持资金占当年预算安排资金的比例', G, '指当年实际拨付的扶持资金占当年预算安排资金的比例')
A('en', 'definition', 'what means "support intensity per unit of export" in this brief?',
  '每亿元跨境电商出口额对应的财政扶持资金（万元） | 每亿元跨境电商出口额对应的财政扶持资金', G, '指每亿元跨境电商出口额对应的财政扶持资金（万元），用来衡量政策"含金量"')
A('en', 'figure', 'Huizhou\'s cross-border e-commerce imports and exports in 2023 — the total, and how much of it was exports?',
  '186亿元 ;; 151亿元', G, '2023年，惠州跨境电商进出口额186亿元，其中出口151亿元')
A('zh', 'figure', '江门、湛江2023年跨境电商出口分别是多少？',
  '88亿元 ;; 29亿元', G, '江门跨境电商出口额88亿元；湛江跨境电商出口额29亿元')
A('en', 'figure', 'How much did Jiangmen export in the first half of 2024 and how fast did that grow?',
  '55亿元 ;; 31.6%', G, '江门出口55亿元，同比增长31.6%')
A('zh', 'figure', '湛江今年上半年跨境电商出口多少，增速多少？',
  '17亿元 ;; 18.9%', G, '湛江出口17亿元，同比增长18.9%')
A('zh', 'figure', '三个综试区获批以来总共培育了多少家跨境电商经营主体？',
  '约5,400家 | 5,400家', G, '三个综试区自获批以来累计培育跨境电商经营', '主体约5,400家，其中惠州2,600家、江门1,900家、湛江900家')
A('en', 'figure', 'How many cross-border e-commerce businesses has Jiangmen\'s zone nurtured since it was approved?',
  '1,900家', G, '三个综试区自获批以来累计培育跨境电商经营', '主体约5,400家，其中惠州2,600家、江门1,900家、湛江900家')
A('en', 'figure', 'What import-and-export targets for 2025 have Huizhou, Jiangmen and Zhanjiang set?',
  '260亿元 ;; 150亿元 ;; 60亿元', G, '到2025年惠州、江门、湛江跨境电商进出口额目标分别为260亿元、150亿元和60亿元')
A('zh', 'figure', '按预算口径，湛江每亿元出口对应多少扶持资金？',
  '103万元', G, '2023年惠州、江门、湛江的单位出口扶持强度分别约为79万元、91万元和103万元')
A('en', 'reason', 'Zhanjiang gives the most support money per unit of exports, so why don\'t firms there really feel it?',
  '由于兑现率低 | 兑现率低', G, '湛江的强度最高，但由于兑现率低，企业实际感受并不明显')
A('zh', 'figure', '2023年三个市的跨境电商专项资金预算各是多少？',
  '1.2亿元 ;; 8,000万元 ;; 3,000万元', G, '| 年度专项资金预算（2023年） | 1.2亿元 | 8,000万元 | 3,000万元 |')
A('en', 'figure', 'I want to use a public overseas warehouse subsidy in Jiangmen. How much per square metre at most, and what is the cap per warehouse?',
  '每平方米最高120元 ;; 单仓上限200万元', G, '每平方米最高120元，单仓上限200万元')
A('zh', 'figure', '2023年三市的政策兑现率分别多少？',
  '71% ;; 88% ;; 54%', G, '| 2023年政策兑现率 | 71% | 88% | 54% |')
A('en', 'figure', 'How big is the risk compensation pool for "cross-border loans" in Jiangmen?',
  '5,000万元', G, '| "跨境贷"风险补偿资金池 | 未设立 | 5,000万元 | 未设立 |')
A('en', 'list', 'what do the Zhanjiang sellers mainly make, and from where?',
  '吴川的羽绒制品 | 羽绒制品 ;; 廉江的小家电 | 小家电', G, '湛江以吴川的羽绒制品和廉江的小家电为主')
A('zh', 'place', '江门的卫浴产品主要集中在哪里？',
  '开平', G, '江门以新会的厨具、不锈钢制品和开平的卫浴为主')
A('zh', 'reason', '江门今年上半年为什么在三个市里涨得最快？',
  '政策兑现率高 ;; "跨境贷"风险补偿资金池撬动银行贷款 | 撬动银行贷款 ;; 依托侨乡资源 | 布局了7个公共海外仓', G,
  '一是政策兑现率高，企业对补助"申报即到账"有稳定预期；二是"跨境贷"风险补偿资金池撬动银行贷款，截至2024年6月末累计发放贷款6.3亿元；三是依托侨乡资源，在温哥华、多伦多等地布局了7个公共海外仓，降低了北美市场的尾程物流成本')
A('en', 'reason', 'why is jiangmen growing faster than huizhou and zhanjiang?',
  '政策兑现率高 ;; "跨境贷"风险补偿资金池撬动银行贷款 | 撬动银行贷款 ;; 依托侨乡资源 | 布局了7个公共海外仓', G,
  '一是政策兑现率高，企业对补助"申报即到账"有稳定预期；二是"跨境贷"风险补偿资金池撬动银行贷款，截至2024年6月末累计发放贷款6.3亿元；三是依托侨乡资源，在温哥华、多伦多等地布局了7个公共海外仓，降低了北美市场的尾程物流成本')
A('en', 'place', 'Where has Jiangmen put its public overseas warehouses, and how many are there?',
  '温哥华 ;; 多伦多 ;; 7个', G, '在温哥华、多伦多等地布局了7个公共海外仓')
A('zh', 'reason', '湛江的政策兑现率为什么那么低？',
  '资金下达时间晚 | 直到11月才下达到区县', G, '主要是因为资金下达时间晚，2023年的专项资金直到11月才下达到区县，很多项目来不及在年内完成验收')
A('zh', 'list', '三个市的扶持政策存在哪些问题？',
  '政策同质化明显 ;; 兑现周期长 ;; 重补贴、轻服务 ;; 统计口径不统一', G,
  '1. 政策同质化明显', '2. 兑现周期长', '3. 重补贴、轻服务', '4. 统计口径不统一')
A('en', 'list', 'What are the weak points of the three cities\' support policies, according to the researcher?',
  '政策同质化明显 ;; 兑现周期长 ;; 重补贴、轻服务 ;; 统计口径不统一', G,
  '1. 政策同质化明显', '2. 兑现周期长', '3. 重补贴、轻服务', '4. 统计口径不统一')
A('en', 'figure', 'On average, how long do firms wait from applying to actually getting the subsidy?',
  '5.5个月', G, '受访企业从提交申请到拿到补助平均需要5.5个月，最长的超过10个月')
A('zh', 'reason', '作者为什么说三市的出口奖励"同质化"？',
  '三市的出口奖励都按每美元计算，标准只差0.01元 | 没有体现各自的产业特点', G, '三市的出口奖励都按每美元计算，标准只差0.01元，没有体现各自的产业特点')
A('zh', 'list', '作者对三市提了哪些政策建议？',
  '按产业带设计差异化奖励 | 差异化奖励 ;; 推行"免申即享" | 免申即享 ;; 设立不少于2,000万元的风险补偿资金池 | 风险补偿资金池 ;; 统一三市的统计和考核口径', G,
  '按产业带设计差异化奖励', '推行"免申即享"，把兑现周期压缩到3个月以内', '湛江可借鉴江门做法，设立不少于2,000万元的风险补偿资金池', '由省级部门牵头统一三市的统计和考核口径')
A('en', 'reason', 'Why can\'t you compare the three cities\' statistics directly?',
  '惠州按进出口额考核，江门、湛江主要看出口额', G, '惠州按进出口额考核，江门、湛江主要看出口额，三市数据难以直接比较')
A('zh', 'yesno', '江门"跨境贷"的数据经过审计了吗？',
  '未经审计', G, '江门的"跨境贷"数据来自合作银行提供的汇总数，未经审计')
U('en', 'figure', 'How much did Jiangmen import through cross-border e-commerce in 2023?', G)
U('zh', 'figure', '惠州2024年全年跨境电商出口额是多少？', G)
U('zh', 'figure', '汕尾综试区的公共海外仓每平方米补助多少钱？', G)
U('en', 'figure', 'What is Jiangmen\'s cross-border e-commerce target for 2026?', G)
U('zh', 'figure', '惠州2023年跨境电商出口同比增长了多少？', G)
U('en', 'figure', 'What was Zhanjiang\'s policy implementation rate in 2022?', G)
U('zh', 'figure', '开平市今年上半年跨境电商出口多少？', G)
U('en', 'list', 'Which banks take part in Jiangmen\'s cross-border loan scheme?', G)
U('zh', 'place', '江门在欧洲的哪些城市设了公共海外仓？', G)

# ---------------------------------------------------------------- J: Jinhua brand export tax notes (zh, html)
A('en', 'other', 'Who published the Jinhua brand tax tips, and on which date?',
  '婺信财税咨询有限公司 ;; 2024年10月15日', J, '发布：婺信财税咨询有限公司出口业务部　执笔顾问：方启航　发布日期：2024年10月15日')
A('zh', 'figure', '金华前三季度新增了多少家在境外注册商标的跨境电商企业？累计一共多少家？',
  '214家 ;; 1,386家', J, '全市在境外注册自主商标的跨境电商企业新增214家，累计达到1,386家（自2019年起统计）')
A('en', 'figure', 'How many overseas trademark applications did Jinhua firms file in Q3 2024?',
  '530件', J, '2024年第三季度，全市企业新增境外商标注册申请530件')
A('zh', 'figure', '2023年金华品牌出口额多少？占跨境电商出口的比重是多少？',
  '128亿元 ;; 21.3%', J, '2023年全年，全市品牌出口额128亿元，占跨境电商', '出口额的21.3%')
A('en', 'figure', 'Jinhua brand exports in January–September 2024, and their share of cross-border exports?',
  '112亿元 ;; 24.8%', J, '2024年1—9月，品牌出口额112亿元，占比提高到24.8%')
A('zh', 'figure', '金华给2026年定的品牌出口占比目标是多少？',
  '35%', J, '到2026年品牌出口额占跨境电商出口额的比重达到35%')
A('en', 'yesno', 'My factory does OEM for a foreign label. Does that count as "brand exports" in the Jinhua note?',
  '不含贴牌代工出口', J, '品牌出口额：指企业以自有或受让取得的注册商标出口商品形成的跨境电商出口额，不含贴牌代工出口。')
A('zh', 'definition', '提示里说的"境外商标费用"包括哪些钱？',
  '官费 ;; 代理费 ;; 检索费', J, '境外商标费用：指企业在境外申请、续展、受让商标时发生的官费、代理费和检索费。')
A('en', 'definition', 'How does the Jinhua note explain the R&D "super deduction"?',
  '在据实扣除的基础上，再按实际发生额的一定比例在税前加计扣除', J, '研发费用加计扣除：指企业开展研发活动发生的费用，在据实扣除的基础上，再按实际发生额的一定比例在税前加计扣除。')
A('en', 'figure', 'I\'m a seller in Yongkang. What were Yongkang\'s brand exports in Jan-Sep 2024, and the growth?',
  '46.3 ;; 18.2%', J, '永康市', '46.3', '18.2%')
A('zh', 'place', '今年前三季度金华哪个县市的品牌出口增速最快？',
  '兰溪市', J, '兰溪市增速最快')
A('zh', 'list', '武义县品牌出口主要是哪些品类？',
  '休闲家具 ;; 五金工具', J, '武义县', '休闲家具、五金工具')
A('en', 'list', 'Which places are included under "other" in the Jinhua county table?',
  '婺城区 ;; 金东区 ;; 浦江县', J, '"其他"含婺城区、金东区、浦江县等')
A('zh', 'reason', '金华品牌出口的占比为什么会提高？',
  '平台规则变化 ;; 利润空间更大 ;; 地方奖励带动', J,
  '平台规则变化：主要平台对无品牌商品的流量支持明显减少，倒逼卖家注册商标。',
  '利润空间更大：客户反馈，自有品牌商品的平均毛利率比贴牌商品高出8至12个百分点。',
  '地方奖励带动：对首次在境外注册商标的企业，每件给予最高1万元的奖励。')
A('en', 'reason', 'Why are more and more Jinhua sellers moving from OEM to their own brands?',
  '平台规则变化 | 对无品牌商品的流量支持明显减少 ;; 利润空间更大 ;; 地方奖励带动', J,
  '平台规则变化：主要平台对无品牌商品的流量支持明显减少，倒逼卖家注册商标。',
  '利润空间更大：客户反馈，自有品牌商品的平均毛利率比贴牌商品高出8至12个百分点。',
  '地方奖励带动：对首次在境外注册商标的企业，每件给予最高1万元的奖励。')
A('zh', 'figure', '第一次在国外注册商标，每件最多能拿多少奖励？',
  '最高1万元', J, '地方奖励带动：对首次在境外注册商标的企业，每件给予最高1万元的奖励。')
A('en', 'reason', 'why did Lanxi brand exports grow the fastest?',
  '两家纺织龙头企业今年在迪拜、利雅得开设了品牌展示仓 | 开设了品牌展示仓 ;; 带动了一批配套小厂跟进', J,
  '兰溪市增速最快，主要是因为当地两家纺织龙头企业今年在迪拜、利雅得开设了品牌展示仓，带动了一批配套小厂跟进。')
A('en', 'place', 'In which cities did the Lanxi textile leaders open brand showrooms?',
  '迪拜 ;; 利雅得', J, '当地两家纺织龙头企业今年在迪拜、利雅得开设了品牌展示仓')
A('zh', 'figure', '境外商标费最少要摊几年？能不能当年一次扣掉？',
  '不低于10年 ;; 不能在发生当年一次性扣除', J, '境外商标费用应计入无形资产，按不低于10年的期限摊销，不能在发生当年一次性扣除。')
A('en', 'yesno', 'If I spend more on ads than the limit, is the extra part just lost?',
  '超过部分可以结转以后年度', J, '境外平台广告费和业务宣传费，不超过当年销售（营业）收入15%的部分准予扣除，超过部分可以结转以后年度。')
A('zh', 'figure', '研发费用加计扣除比例是多少？有什么要求？',
  '100% ;; 单独设立研发支出辅助账', J, '为品牌开发新品发生的研发费用，可按实际发生额的100%在税前加计扣除，但须单独设立研发支出辅助账。')
A('en', 'yesno', 'Do branded goods get a higher export rebate rate than OEM goods?',
  '退税率相同', J, '品牌商品出口与贴牌商品出口的退税率相同，多数五金工具类商品退税率为13%。')
A('zh', 'list', '金华企业在品牌出海的税务处理上存在哪些问题？',
  '把境外商标代理费直接计入当期费用 ;; 缺少合同和付款凭证 ;; 没有单独归集研发费用 ;; 没有按规定履行代扣代缴义务', J,
  '把境外商标代理费直接计入当期费用，少计了无形资产。', '境外广告费取得的多为平台电子账单，缺少合同和付款凭证，税前扣除依据不足。',
  '研发活动与日常生产混在一起，没有单独归集研发费用，错过加计扣除。', '向境外代理机构支付费用时，没有按规定履行代扣代缴义务。')
A('en', 'list', 'what tax mistakes do Jinhua brand sellers typically make?',
  '把境外商标代理费直接计入当期费用 ;; 缺少合同和付款凭证 ;; 没有单独归集研发费用 ;; 没有按规定履行代扣代缴义务', J,
  '把境外商标代理费直接计入当期费用，少计了无形资产。', '境外广告费取得的多为平台电子账单，缺少合同和付款凭证，税前扣除依据不足。',
  '研发活动与日常生产混在一起，没有单独归集研发费用，错过加计扣除。', '向境外代理机构支付费用时，没有按规定履行代扣代缴义务。')
A('zh', 'reason', '为啥有的企业广告费在税前扣不了？',
  '缺少合同和付款凭证', J, '境外广告费取得的多为平台电子账单，缺少合同和付款凭证，税前扣除依据不足。')
A('en', 'reason', 'Why do some firms miss out on the R&D super deduction?',
  '研发活动与日常生产混在一起 ;; 没有单独归集研发费用', J, '研发活动与日常生产混在一起，没有单独归集研发费用，错过加计扣除。')
A('zh', 'list', '顾问建议企业下一步做哪些事？',
  '补做无形资产台账 ;; 按季度向平台索取带有企业名称的账单 ;; 完成研发项目立项和辅助账整理 ;; 确认是否需要代扣代缴', J,
  '一是企业在年底前对2024年发生的境外商标费用做一次全面梳理，补做无形资产台账；二是广告投放较多的企业，按季度向平台索取带有企业名称的账单，并与付款记录一一对应；三是准备申报研发费用加计扣除的企业，最迟在2025年汇算清缴前完成研发项目立项和辅助账整理；四是对外支付前先向我们或主管税务机关确认是否需要代扣代缴')
A('en', 'date', 'By when do I have to finish the R&D project setup if I want the super deduction?',
  '最迟在2025年汇算清缴前 | 2025年汇算清缴前', J, '最迟在2025年汇算清缴前完成研发项目立项和辅助账整理')
U('zh', 'figure', '永康市2023年品牌出口额是多少？', J)
U('en', 'figure', 'What were Pujiang County\'s brand exports in January to September 2024?', J)
U('zh', 'figure', '金华2024年第三季度单季的品牌出口额是多少？', J)
U('en', 'figure', 'What brand export share is Jinhua aiming for in 2025?', J)
U('zh', 'figure', '金华跨境电商进口额里品牌商品占多少？', J)
U('en', 'figure', 'By what percentage did overseas trademark applications grow year on year in Q3 2024?', J)
U('zh', 'list', '金华对品牌出海企业有哪些贷款贴息政策？', J)
U('zh', 'date', '金华对首次在境外注册商标企业的奖励政策是哪一年开始实施的？', J)
U('en', 'reason', 'Why did Dongyang\'s brand exports grow the slowest of the listed counties?', J)

# ---------------------------------------------------------------- Y: Yangzhou data-compliance paper (zh, pdf)
A('en', 'other', 'Who are the authors of the Yangzhou data compliance paper, and which school are they at?',
  '顾清远 ;; 沈若溪 ;; 江淮商学院经济学院', Y, '顾清远　沈若溪', '（江淮商学院经济学院，扬州　225000）')
A('zh', 'list', '这篇扬州数据合规的论文，关键词是哪些？',
  '跨境电商 ;; 数据合规 ;; 隐私保护 ;; 中小卖家 ;; 扬州', Y, '关键词：跨境电商；数据合规；隐私保护；中小卖家；扬州')
A('en', 'figure', 'How many questionnaires were sent out in Yangzhou, how many valid ones came back, and what was the valid rate?',
  '200份 ;; 172份 ;; 86%', Y, '发放问卷200份，回收有效问卷172份，有效率86%')
A('en', 'date', 'When was the Yangzhou seller survey carried out, and through which organisation?',
  '2024年7月至8月 ;; 扬州市跨境电商协会', Y, '课题组于2024年7月至8月通过扬州市跨境电商协会发放问卷200份')
A('zh', 'definition', '论文里的"数据合规成本"指什么？被罚的款算不算？',
  '为满足境内外个人信息保护和数据安全要求而发生的支出 ;; 不含因违规被处罚的罚款', Y,
  '是指卖家为满足境内外个人信息保护和数据安全要求而发生的支出，包括外部咨询与认证、系统改造、专职人员和其他支出，不含因违规被处罚的罚款')
A('en', 'definition', 'In the Yangzhou paper, what kind of seller counts as small or medium?',
  '年跨境电商销售额不超过5,000万元 ;; 从业人员不超过100人', Y, '是指年跨境电商销售额不超过5,000万元、从业人员不超过100人的经营主体')
A('zh', 'figure', '扬州今年上半年跨境电商出口多少，同比涨了多少？',
  '40.2亿元 ;; 14.8%', Y, '2024年上半年出口额40.2亿元，同比增长14.8%')
A('en', 'figure', 'How much did the surveyed sellers spend on compliance in 2023 and in the first half of 2024?',
  '2,870万元 ;; 1,960万元', Y, '样本卖家2023年合规支出合计2,870万元，2024年上半年合规支出合计1,960万元')
A('zh', 'figure', '卖家合规支出占营业收入的比重，从2023年的多少涨到了今年上半年的多少？',
  '1.9% ;; 2.6%', Y, '2023年平均为1.9%，2024年上半年平均为2.6%')
A('en', 'figure', 'Since 2020 how many times did the sampled sellers get listings pulled or accounts frozen over privacy or data, and how many of those in H1 2024?',
  '317起 ;; 58起', Y, '样本卖家累计遭遇平台因隐私或数据问题下架商品、冻结账户等事件317起，其中2024年上半年发生58起')
A('zh', 'figure', '扬州计划到2026年培育多少家数据合规示范企业？',
  '50家', Y, '到2026年全市将培育数据合规示范企业50家')
A('en', 'place', 'Which area of Yangzhou supplied the most sellers to the sample, and how many?',
  '江都区 ;; 48', Y, '江都区　48　2.4%　15%')
A('zh', 'figure', '我是广陵区的卖家，广陵区样本上半年合规支出占比和设专职合规岗的比例各是多少？',
  '2.9% ;; 22%', Y, '广陵区　41　2.9%　22%')
A('en', 'place', 'Which county in the Yangzhou survey had the lowest compliance cost share?',
  '宝应县', Y, '宝应县合规支出占比最低')
A('zh', 'reason', '宝应县卖家的合规支出占比为什么最低？',
  '当地卖家以平台店铺为主，自建独立站的很少 | 自建独立站的很少', Y, '主要是因为当地卖家以平台店铺为主，自建独立站的很少')
A('en', 'other', 'What kind of sellers make up most of the Jiangdu sample?',
  '杭集镇的酒店用品、牙刷卖家 | 酒店用品、牙刷', Y, '江都区样本以杭集镇的酒店用品、牙刷卖家为主')
A('zh', 'list', '上半年卖家的合规支出都花在哪几块？各占多少？',
  '外部咨询与认证占41% ;; 系统改造占33% ;; 专职人员占19% ;; 其他占7%', Y, '外部咨询与认证占41%，系统改造占33%，专职人员占19%，其他占7%')
A('en', 'reason', 'I keep stock in a Warsaw warehouse. Why would my compliance burden be heavier than other EU sellers\'?',
  '还需要额外应对当地仓储环节的数据处理要求 | 当地仓储环节的数据处理要求', Y, '其中在华沙、布达佩斯设有海外仓的卖家，还需要额外应对当地仓储环节的数据处理要求')
A('zh', 'reason', '扬州跨境卖家的合规成本为什么越来越高？',
  '欧盟等主要市场执法趋严 ;; 平台规则加码 ;; 自建独立站的卖家增多', Y,
  '一是欧盟等主要市场执法趋严，2023年以来样本卖家收到的境外监管问询函数量明显增加；二是平台规则加码，多个平台要求卖家在2024年3月底前完成隐私政策更新和数据处理协议签署；三是自建独立站的卖家增多')
A('en', 'reason', 'why compliance cost going up for yangzhou sellers? what is the reasons',
  '欧盟等主要市场执法趋严 ;; 平台规则加码 ;; 自建独立站的卖家增多', Y,
  '一是欧盟等主要市场执法趋严，2023年以来样本卖家收到的境外监管问询函数量明显增加；二是平台规则加码，多个平台要求卖家在2024年3月底前完成隐私政策更新和数据处理协议签署；三是自建独立站的卖家增多')
A('en', 'date', 'By what date did several platforms ask sellers to update their privacy policies?',
  '2024年3月底前', Y, '多个平台要求卖家在2024年3月底前完成隐私政策更新和数据处理协议签署')
A('zh', 'reason', '做独立站的卖家为什么合规负担更重？',
  '需要自行承担隐私政策、Cookie同意管理等合规义务 ;; 过去由平台承担', Y, '需要自行承担隐私政策、Cookie同意管理等合规义务，而这些义务过去由平台承担')
A('zh', 'list', '调查发现中小卖家在数据合规上存在哪些问题？',
  '合规意识不足 ;; 专业人才缺乏 ;; 外部服务价格偏高 ;; 境内外规则衔接不畅', Y,
  '（1）合规意识不足', '（2）专业人才缺乏', '（3）外部服务价格偏高', '（4）境内外规则衔接不畅')
A('en', 'list', 'Not what the paper sets out to analyse — what actual problems did the survey find small sellers have with data compliance?',
  '合规意识不足 ;; 专业人才缺乏 ;; 外部服务价格偏高 ;; 境内外规则衔接不畅', Y,
  '（1）合规意识不足', '（2）专业人才缺乏', '（3）外部服务价格偏高', '（4）境内外规则衔接不畅')
A('zh', 'figure', '做一次完整的数据合规评估大概要花多少钱？',
  '3万元至8万元', Y, '一次完整的合规评估报价在3万元至8万元之间')
A('zh', 'figure', '设了专职合规岗位的卖家占多少？',
  '16%', Y, '设专职合规岗位的卖家仅占16%')
A('zh', 'list', '论文最后提了哪些对策建议？',
  '分级指导 ;; 共享服务 ;; 平台协同 ;; 加强培训', Y,
  '一是分级指导', '二是共享服务', '三是平台协同', '四是加强培训')
A('en', 'figure', 'Under the shared-service idea, at what price would small sellers get compliance assessments?',
  '不高于市场价五成', Y, '二是共享服务，由综试区公共服务平台集中', '采购合规评估服务，按不高于市场价五成的标准向中小卖家提供')
A('zh', 'figure', '论文说的简化版合规清单是给多大规模的卖家准备的？',
  '年销售额1,000万元以下', Y, '对年销售额1,000万元以下的卖家提供简化版清单')
U('en', 'figure', 'How much did Yangzhou import through cross-border e-commerce in the first half of 2024?', Y)
U('zh', 'figure', '广陵区样本卖家2023年合规支出占营业收入的比重是多少？', Y)
U('en', 'figure', 'What share of cross-border sellers in Zhenjiang have a full-time compliance post?', Y)
U('zh', 'figure', '扬州2024年全年跨境电商出口的目标是多少？', Y)
U('en', 'figure', 'By how much did the sample sellers\' total compliance spending grow year on year in H1 2024?', Y)
U('zh', 'list', '论文建议卖家找哪几家第三方认证机构做评估？', Y)
U('en', 'figure', 'How many privacy-related delistings or account freezes did the sampled sellers have in 2022?', Y)
U('zh', 'figure', '邗江区样本卖家设专职合规岗位的比例是多少？', Y)

# ---------------------------------------------------------------- L: Langfang furniture financing brief (en, docx)
A('zh', 'other', '廊坊家具卖家融资这份简报是哪个机构、谁写的？',
  'Bohai Rim Open Economy Institute ;; Dr. Wen Qiaoyu | Wen Qiaoyu', L, 'Bohai Rim Open Economy Institute | Author: Dr. Wen Qiaoyu, Senior Fellow | 18 November 2024')
A('en', 'figure', 'Roughly how big is the financing gap that Langfang small furniture sellers still face?',
  'about RMB 2.1 billion | RMB 2.1 billion', L, 'but a financing gap of about RMB 2.1 billion remains')
A('zh', 'list', '简报开头的要点里建议了哪三件事？',
  'a shared receivables registry ;; a county-level guarantee window ;; faster release of tax refunds', L,
  'We recommend a shared receivables registry, a county-level guarantee window and faster release of tax refunds')
A('en', 'list', 'Which Langfang places make which kind of furniture?',
  'Metal furniture from Bazhou ;; solid-wood furniture from Xianghe ;; panels from Wen\'an ;; upholstered sofas from Dachang', L,
  'Metal furniture from Bazhou, solid-wood furniture from Xianghe, panels from Wen\'an and upholstered sofas from Dachang')
A('zh', 'figure', '研究院这次调查了多少家卖家？访谈了几家银行、几家担保公司？',
  '168 sellers ;; six banks ;; two guarantee companies', L,
  'Between June and September 2024 the Institute surveyed 168 sellers and interviewed staff at six banks and two guarantee companies')
A('zh', 'definition', '简报里的"小型跨境卖家"是怎么界定的？',
  'annual cross-border e-commerce sales below RMB 20 million ;; fewer than 50 employees', L,
  'a "small cross-border seller" is a firm with annual cross-border e-commerce sales below RMB 20 million and fewer than 50 employees')
A('en', 'definition', 'what does "financing gap" mean in the Langfang brief',
  'the difference between the credit a seller says it needs for the next twelve months and the credit it has actually obtained', L,
  'The "financing gap" is the difference between the credit a seller says it needs for the next twelve months and the credit it has actually obtained.')
A('zh', 'definition', '订单贷是什么样的贷款？期限一般多长？',
  'a short-term loan secured by the seller\'s receivables on a cross-border platform ;; 90 days or less', L,
  'An "order-based loan" is a short-term loan secured by the seller\'s receivables on a cross-border platform, usually with a term of 90 days or less.')
A('en', 'figure', 'Langfang furniture cross-border exports in 2023, and the growth?',
  'RMB 5.8 billion ;; 16.2%', L, 'Cross-border e-commerce exports of furniture from Langfang reached RMB 5.8 billion in 2023, up 16.2% year on year.')
A('zh', 'figure', '廊坊家具今年上半年跨境出口多少，增长多少？',
  'RMB 3.4 billion ;; 21.5%', L, 'In the first half of 2024 they reached RMB 3.4 billion, up 21.5%.')
A('en', 'figure', 'What were outstanding cross-border loans to small sellers at end-September 2024, versus end-2023?',
  'RMB 1.27 billion ;; RMB 0.86 billion', L,
  'Outstanding cross-border e-commerce loans to small sellers stood at RMB 1.27 billion at the end of September 2024, compared with RMB 0.86 billion at the end of 2023.')
A('en', 'figure', 'Since the first order-based loan product came out, how much have banks lent in total and to how many sellers?',
  'RMB 3.05 billion ;; 1,140 sellers', L, 'banks have disbursed a cumulative RMB 3.05 billion to 1,140 sellers')
A('zh', 'figure', '廊坊计划到2026年底把小卖家的贷款余额提到多少？',
  'RMB 2.5 billion', L, 'The municipal plan aims to raise outstanding loans to small sellers to RMB 2.5 billion by the end of 2026.')
A('en', 'figure', 'I sell metal furniture from Bazhou. What share of Bazhou sellers report a financing gap, and what is their average loan rate?',
  '58% ;; 4.6%', L, 'Bazhou', '58%', '4.6%')
A('zh', 'place', '调查里哪个地方报告有融资缺口的卖家比例最高？',
  'Wen\'an', L, 'Wen\'an', '61%')
A('en', 'list', 'Which districts does "Other" cover in the Langfang survey table?',
  'Guangyang ;; Anci ;; Gu\'an', L, '"Other" covers Guangyang, Anci and Gu\'an.')
A('zh', 'reason', '廊坊小卖家的贷款为什么这两年涨得快？',
  'platforms began sharing sales and payout data with partner banks ;; risk compensation fund ;; demand rose', L,
  'First, platforms began sharing sales and payout data with partner banks in early 2024',
  'Second, the city\'s risk compensation fund, set up in 2023 with RMB 80 million, covers up to 40% of losses',
  'Third, demand rose')
A('en', 'reason', 'why has credit to the small furniture sellers grown so fast?',
  'platforms began sharing sales and payout data with partner banks ;; risk compensation fund ;; demand rose', L,
  'First, platforms began sharing sales and payout data with partner banks in early 2024',
  'Second, the city\'s risk compensation fund, set up in 2023 with RMB 80 million, covers up to 40% of losses',
  'Third, demand rose')
A('en', 'figure', 'How big is Langfang\'s risk compensation fund, and how much of the losses does it cover?',
  'RMB 80 million ;; up to 40% of losses', L,
  'Second, the city\'s risk compensation fund, set up in 2023 with RMB 80 million, covers up to 40% of losses',
  'on qualifying loans, which made banks more willing to lend to firms without property as collateral.')
A('zh', 'reason', '风险补偿基金为什么能让银行愿意借钱给没有房产抵押的企业？',
  'covers up to 40% of losses', L,
  'Second, the city\'s risk compensation fund, set up in 2023 with RMB 80 million, covers up to 40% of losses',
  'on qualifying loans, which made banks more willing to lend to firms without property as collateral.')
A('en', 'place', 'Where are the new buyers whose orders pushed up demand for working capital?',
  'São Paulo ;; Lagos', L, 'orders from buyers in São Paulo, Lagos and other new markets grew fast')
A('zh', 'reason', '文安的板材企业为什么很难用应收账款从银行贷到款？',
  'sell mainly to other businesses abroad on 60- to 120-day payment terms ;; their receivables do not show up on platforms', L,
  'Its panel makers sell mainly to other businesses abroad on 60- to 120-day payment terms, so their receivables do not show up on platforms and banks cannot use them as security.')
A('en', 'list', 'What problems did the Institute\'s interviews turn up?',
  'Loans are short ;; Data are scattered ;; First-time exporters are left out ;; Tax refunds are slow ;; Guarantee fees add up', L,
  '(a) Loans are short.', '(b) Data are scattered.', '(c) First-time exporters are left out.', '(d) Tax refunds are slow.', '(e) Guarantee fees add up.')
A('zh', 'list', '廊坊小卖家融资存在哪些问题？',
  'Loans are short ;; Data are scattered ;; First-time exporters are left out ;; Tax refunds are slow ;; Guarantee fees add up', L,
  '(a) Loans are short.', '(b) Data are scattered.', '(c) First-time exporters are left out.', '(d) Tax refunds are slow.', '(e) Guarantee fees add up.')
A('zh', 'reason', '为什么说订单贷期限太短、不够用？',
  'stocking an overseas warehouse ties up cash for five to seven months ;; rarely exceed 90 days', L,
  'Order-based loans rarely exceed 90 days, while stocking an overseas warehouse ties up cash for five to seven months.')
A('zh', 'reason', '出口退税慢为什么会影响卖家还贷？',
  'money many of them count on to repay loans', L, 'Sellers reported waiting 25 days on average for export tax refunds, money many of them count on to repay loans.')
A('en', 'reason', 'Guarantee companies charge a fee on top. Why is that a problem for sellers?',
  'cancels much of the benefit of lower rates ;; 1.5% to 2% a year', L,
  'Guarantee companies charge 1.5% to 2% a year on top of the loan rate, which cancels much of the benefit of lower rates.')
A('en', 'list', 'What are the four recommendations of the Langfang brief?',
  'shared receivables registry ;; guarantee window in each county-level area ;; order-based loans of up to 180 days ;; shorten the refund cycle for small sellers to 10 working days', L,
  'First, build a shared receivables registry', 'Second, open a guarantee window in each county-level area',
  'Third, allow order-based loans of up to 180 days', 'Fourth, ask the tax authorities to shorten the refund cycle for small sellers to 10 working days')
A('zh', 'figure', '简报建议给小卖家的担保费封顶是多少？先从哪些地方开始？',
  '1% a year ;; Wen\'an ;; Bazhou', L, 'starting with Wen\'an and Bazhou, with guarantee fees capped at 1% a year for small sellers')
A('zh', 'yesno', '这份简报的数字审计过没有？',
  'have not been audited', L, 'They are estimates and have not been audited.')
A('en', 'date', 'When will the next brief in the series come out, and what is it about?',
  'first quarter of 2025 ;; insurance for overseas warehouses', L,
  'The next brief in this series, on insurance for overseas warehouses, is planned for the first quarter of 2025.')
U('zh', 'figure', '廊坊家具2024年第三季度跨境电商出口额是多少？', L)
U('en', 'figure', 'How much furniture did Langfang import through cross-border e-commerce in 2023?', L)
U('zh', 'figure', '大厂县2023年家具跨境出口额是多少？', L)
U('en', 'figure', 'What is the target for outstanding loans to small sellers by the end of 2025?', L)
U('en', 'figure', 'By how much did new order-based loans in Q3 2024 grow compared with a year earlier?', L)
U('zh', 'list', '参与廊坊订单贷的是哪几家银行？', L)
U('en', 'figure', 'What is the average loan rate for cross-border sellers in Sanhe?', L)
U('zh', 'reason', '霸州报告融资缺口的卖家比例为什么比香河高？', L)

# ---------------------------------------------------------------- H: Huai'an approved collection advisory (en, txt)
A('zh', 'other', '淮安这份核定征收的客户提示是谁写的？什么时候发的？',
  'Lu Yifan ;; 5 December 2024', H, 'From: Lu Yifan, Tax Partner, Huaihai Tax Advisory Partners', 'Date: 5 December 2024')
A('en', 'definition', 'What does "approved collection" actually mean for how my income tax is worked out?',
  'the tax authority does not audit your actual profit ;; your export revenue multiplied by a fixed deemed profit rate', H,
  '"Approved collection" (he ding zheng shou) means that the tax authority does not audit your actual profit.',
  'your taxable income is calculated as your export revenue multiplied by a fixed deemed profit rate')
A('zh', 'figure', '淮安综试区跨境电商出口企业核定征收的应税所得率是多少？',
  '4%', H, 'The "deemed profit rate" for qualifying cross-border e-commerce exporters in the pilot zone is 4%.')
A('en', 'list', 'What conditions do I need to meet to be a qualifying exporter in Huai\'an?',
  'registered in the pilot zone ;; records the date, name, quantity, unit price and value of its exports on the zone\'s online service platform | on the zone\'s online service platform ;; exemption for goods without valid purchase invoices', H,
  'it is registered in the pilot zone; it records the date, name, quantity, unit price and value of its exports on the zone\'s online service platform; and its exports have gone through the VAT and consumption tax exemption for goods without valid purchase invoices')
A('zh', 'list', '要算"合格出口企业"得同时满足哪几个条件？',
  'registered in the pilot zone ;; on the zone\'s online service platform ;; exemption for goods without valid purchase invoices', H,
  'it is registered in the pilot zone; it records the date, name, quantity, unit price and value of its exports on the zone\'s online service platform; and its exports have gone through the VAT and consumption tax exemption for goods without valid purchase invoices')
A('en', 'figure', 'say I sell RMB 10 million a year abroad — what would my taxable income and my tax be under this method?',
  'RMB 400,000 ;; RMB 20,000', H, 'Taxable income is RMB 400,000 (10 million x 4%).', 'so the tax payable is RMB 20,000')
A('en', 'figure', 'How many Huai\'an exporters filed under approved collection in the 2023 reconciliation, and how much tax did they pay?',
  '212 exporters ;; RMB 2.3 million', H,
  'In the 2023 annual reconciliation, 212 exporters in Huai\'an filed under approved collection, reporting deemed taxable income of RMB 46 million and paying RMB 2.3 million in corporate income tax.')
A('en', 'figure', 'How many exporters had signed up by end-June 2024, and how many more joined in Q3?',
  '287 exporters ;; another 41 | 41', H, 'By the end of June 2024, 287 exporters had registered for the method, and another 41 joined in the third', 'quarter of 2024.')
A('zh', 'figure', '2021年试点以来，累计有多少家出口企业用过核定征收？',
  'a cumulative 356 exporters | 356 exporters', H, 'Since the pilot began in 2021, a cumulative 356 exporters have used it at least once.')
A('en', 'figure', 'For the firm\'s own clients, what was the average income tax burden under approved collection vs audit collection in 2023?',
  '0.2% of export revenue | 0.2% ;; 1.1%', H,
  'the average income tax burden under approved collection was 0.2% of export revenue in 2023, against 1.1% for comparable clients on audit collection')
A('zh', 'figure', '淮安综试区计划到2025年底让多少家企业用上核定征收？',
  '500 exporters', H, 'The pilot zone\'s work plan aims for 500 exporters using the method by the end of 2025.')
A('en', 'place', 'Which area of Huai\'an had the most exporters registered for approved collection in H1 2024?',
  'Qingjiangpu District', H, '| Qingjiangpu District  | 92        | 410                          | Apparel, phone cases     |')
A('zh', 'figure', '我在涟水做鞋包，涟水上半年有多少家登记核定征收？出口收入多少？',
  '48 ;; 198', H, '| Lianshui County       | 48        | 198                          | Shoes, bags              |')
A('en', 'list', 'what do the Xuyi exporters mostly sell?',
  'Outdoor and fishing gear', H, '| Xuyi County           | 37        | 142                          | Outdoor and fishing gear |')
A('zh', 'list', '淮安表格里的"Other"包括哪些地方？',
  'Hongze District ;; Huai\'an Economic and Technological Development Zone', H,
  'Note: "Other" includes Hongze District and the Huai\'an Economic and Technological Development Zone.')
A('zh', 'yesno', '表里的出口收入和海关数据是一致的吗？',
  'may differ from customs data', H, 'Revenue is as reported on the online service platform and may differ from customs data.')
A('en', 'reason', 'Why are more Huai\'an exporters choosing approved collection this year?',
  'the tax is simple and predictable ;; buy from small workshops that cannot issue VAT invoices | could not prove their costs ;; cut the registration paperwork', H,
  'First, the tax is simple and predictable', 'Second, many Huai\'an sellers buy from small workshops that cannot issue VAT invoices, so under audit collection they could not prove their costs and ended up paying tax on paper profits.',
  'Third, the zone cut the registration paperwork in March 2024 from seven documents to three')
A('zh', 'reason', '为什么今年淮安越来越多出口企业选择核定征收？',
  'the tax is simple and predictable ;; buy from small workshops that cannot issue VAT invoices | could not prove their costs ;; cut the registration paperwork', H,
  'First, the tax is simple and predictable', 'Second, many Huai\'an sellers buy from small workshops that cannot issue VAT invoices, so under audit collection they could not prove their costs and ended up paying tax on paper profits.',
  'Third, the zone cut the registration paperwork in March 2024 from seven documents to three')
A('en', 'reason', 'How does approved collection help with cash planning?',
  'a seller knows its bill as soon as it knows its revenue', H,
  'a seller knows its bill as soon as it knows its revenue, which makes cash planning much easier')
A('zh', 'reason', '按查账征收，淮安卖家为什么反而要多交税？',
  'could not prove their costs ;; ended up paying tax on paper profits', H,
  'so under audit collection they could not prove their costs and ended up paying tax on paper profits')
A('en', 'reason', 'why Lianshui grew fastest of the counties?',
  'a large shoe and bag platform seller moved its operating company there in early 2024 ;; brought about twenty suppliers with it', H,
  'Lianshui has grown fastest among the counties because a large shoe and bag platform seller moved its operating company there in early 2024 and brought about twenty suppliers with it.')
A('zh', 'place', '涟水那些企业现在主要把货卖给哪些城市的买家？',
  'Jakarta ;; Manila ;; Mexico City', H, 'Many of them now ship to buyers in Jakarta, Manila and Mexico City.')
A('en', 'list', 'What mistakes does the tax partner keep seeing from clients?',
  'Revenue from outside the zone is mixed in ;; Sellers assume the method applies to domestic sales too ;; Records are kept too thinly ;; Sellers forget to re-register', H,
  '(1) Revenue from outside the zone is mixed in.', '(2) Sellers assume the method applies to domestic sales too.',
  '(3) Records are kept too thinly.', '(4) Sellers forget to re-register after changing their business scope or address')
A('zh', 'list', '客户在核定征收上常见哪些问题？',
  'Revenue from outside the zone is mixed in ;; Sellers assume the method applies to domestic sales too ;; Records are kept too thinly ;; Sellers forget to re-register', H,
  '(1) Revenue from outside the zone is mixed in.', '(2) Sellers assume the method applies to domestic sales too.',
  '(3) Records are kept too thinly.', '(4) Sellers forget to re-register after changing their business scope or address')
A('zh', 'yesno', '同一家公司的国内销售也能按核定征收交税吗？',
  'It does not | domestic sales through the same company are taxed under the ordinary rules', H,
  'It does not; domestic sales through the same company are taxed under the ordinary rules.')
A('en', 'yesno', 'Under approved collection, can I stop keeping books?',
  'Approved collection does not remove the duty to keep books', H,
  'Approved collection does not remove the duty to keep books, and the tax authority can still ask for order and payment records.')
A('en', 'list', 'What should I actually do, per the recommendations of the Huai\'an note?',
  'Check each year that all three qualifying conditions are still met ;; Keep zone and non-zone business in separate companies ;; Reconcile platform records with bank receipts every quarter ;; Compare approved collection with audit collection ;; Keep order, logistics and payment records for at least five years', H,
  '- Check each year that all three qualifying conditions are still met before the annual reconciliation.',
  '- Keep zone and non-zone business in separate companies with separate bank accounts.',
  '- Reconcile platform records with bank receipts every quarter.',
  '- Compare approved collection with audit collection before committing',
  '- Keep order, logistics and payment records for at least five years.')
A('en', 'yesno', 'My real margin is basically negative. Is approved collection still the cheaper choice?',
  'audit collection may cost less', H, 'if your real margin is very low or negative, audit collection may cost less')
A('zh', 'other', '文中的示例计算有没有包含地方附加税费？',
  'leave out local surcharges', H, 'Worked examples are simplified and leave out local surcharges.')
A('en', 'date', 'When did the zone cut the paperwork for registering?',
  'March 2024', H, 'Third, the zone cut the registration paperwork in March 2024 from seven documents to three')
U('zh', 'figure', '淮安2024年全年核定征收企业一共交了多少企业所得税？', H)
U('en', 'figure', 'How many exporters in Nanjing\'s pilot zone use approved collection?', H)
U('zh', 'figure', '金湖县2023年核定征收企业的出口收入是多少？', H)
U('en', 'figure', 'By how much did the export revenue of registered exporters grow year on year in the first half of 2024?', H)
U('en', 'figure', 'What deemed profit rate applies to cross-border e-commerce importers in Huai\'an?', H)
U('zh', 'figure', '淮安到2026年核定征收企业的目标是多少家？', H)
U('en', 'list', 'Which cross-border platforms do the Huai\'an clients mostly sell on?', H)
U('zh', 'reason', '洪泽区登记核定征收的企业为什么比较少？', H)
U('en', 'place', 'From which city did the big shoe and bag seller move its operating company to Lianshui?', H)


def main():
    n = Counter()
    rows = []
    for it in ITEMS:
        n[it['lang']] += 1
        it['id'] = 'fp5-%s-%03d' % (it['lang'], n[it['lang']])
        rows.append({k: it[k] for k in ('id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable')})
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d items to %s' % (len(rows), os.path.normpath(OUT)))
    per = {}
    for it in ITEMS:
        c = per.setdefault(it['_doc'], Counter())
        if it['unanswerable']:
            c['near_miss'] += 1
        else:
            c['answerable'] += 1
            c[it['lang']] += 1
            c['multi_quote'] += len(it['evidence']) > 1
    for d, c in per.items():
        print('  %-66s answerable %2d (zh %2d, en %2d)  near misses %d' % (d, c['answerable'], c['zh'], c['en'], c['near_miss']))
    print('items with more than one quote: %d' % sum(c['multi_quote'] for c in per.values()))
    zh_docs = [d for d in per if d.startswith('fp5_zh_')]
    print('cross-language answerable: en questions on zh docs %d, zh questions on en docs %d' % (
        sum(per[d]['en'] for d in zh_docs), sum(per[d]['zh'] for d in per if d not in zh_docs)))

if __name__ == '__main__':
    main()
