#!/usr/bin/env python3
"""Source of gold.jsonl for heldout20 (hand-written questions). Run: python3 build/build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D1 = 'h20_zh_dazhou_textile_label_compliance_survey_2024.txt'
D2 = 'h20_zh_qianjiang_crayfish_prepared_food_export_notice_2025.md'
D3 = 'h20_zh_wuhan_university_incubator_brief_2025q2.html'
D4 = 'h20_zh_yichang_tourism_goods_cross_border_report_2024.pdf'
D5 = 'h20_en_vancouver_seafood_federation_market_guide_2025.docx'
D6 = 'h20_en_zhangjiakou_winter_sports_goods_export_review_2025h1.txt'

ITEMS = []


def A(lang, typ, q, answers, src, *quotes):
    groups = [a if isinstance(a, list) else [a] for a in answers]
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=groups,
                      evidence=[{'source': src, 'quote': x} for x in quotes], unanswerable=False, doc=src))


def U(lang, typ, q, src):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=[], evidence=[], unanswerable=True, doc=src))


# ---------------- D1 Dazhou textiles (zh, txt) ----------------
A('zh', 'figure', '达州那边去年一共抽检了多少批跨境出口的纺织品？比前一年多了多少？', ['1,146批', '39.8%'], D1,
  '共抽检商品1,146批，较2023年的820批增长39.8%')
A('zh', 'figure', '2024年达州出口纺织品的标签合规率是多少，比2023年提高了几个点？', ['81.3%', ['8.7个百分点', '8.7']], D1,
  '全年标签合规率为81.3%，比2023年的72.6%提高8.7个百分点')
A('zh', 'list', '监测报告里说的“标签合规”，到底要对上哪几项信息？', ['纤维名称', '纤维含量', '洗涤方法'], D1,
  '"标签合规"是指商品吊牌、洗涤标签与平台商品详情页所标注的纤维名称、纤维含量、洗涤方法三项信息均与抽检结果一致')
A('zh', 'definition', '啥情况下算“纤维含量偏差”？', ['低于标注值5个百分点以上'], D1,
  '"纤维含量偏差"是指实测苎麻或竹纤维含量低于标注值5个百分点以上的情形')
A('zh', 'figure', '我在大竹做苎麻凉席出口，我们县去年抽检的标签合规率是多少？', ['84.7%'], D1,
  '大竹县 | 86 | 472 | 84.7% | 苎麻服装、苎麻凉席')
A('zh', 'reason', '达州出口纺织品的标签合规率这两年为啥能提上来？', ['苎麻制品质量服务站', '洗涤标签实拍图', ['标签合规培训14场', '标签合规培训']], D1,
  '一是专班在大竹县设立了"苎麻制品质量服务站"，为企业免费提供纤维含量快速检测',
  '二是主要跨境电商平台从2024年5月起要求卖家上传洗涤标签实拍图',
  '三是全年举办标签合规培训14场')
A('zh', 'reason', '宣汉县的合规率为什么比别的地方低？', ['新入行的小微卖家', '竹浆粘胶纤维'], D1,
  '宣汉县合规率偏低，一是因为竹纤维毛巾企业多为新入行的小微卖家，二是因为部分产品实为竹浆粘胶纤维，却标注为"竹纤维"')
A('zh', 'list', '这次标签监测查出来哪些毛病？', [['纤维名称标注错误', '以"亚麻"标注苎麻制品'], '含量标注随意', ['与实物吊牌不一致', '第三方代运营机构编写'], '缺少本地检测机构'], D1,
  '（一）部分企业仍以"亚麻"标注苎麻制品，纤维名称标注错误占不合规批次的43%',
  '（二）混纺产品含量标注随意，个别批次苎麻实测含量仅为标注值的一半',
  '（三）外文详情页多由第三方代运营机构编写，与实物吊牌不一致，企业自身难以发现',
  '（四）宣汉县、渠县缺少本地检测机构，样品需送往市外检测，平均检测周期为9个工作日')
A('zh', 'figure', '宣汉、渠县的企业送样检测，一般要等几天出结果？', ['9个工作日'], D1,
  '样品需送往市外检测，平均检测周期为9个工作日')
A('zh', 'list', '市场监管部门下一步准备怎么抓纺织品标签？', ['增设一个质量服务站', '《出口纺织品标签标注指引》', '实施约谈', '标签信息核对责任条款'], D1,
  '一是2025年在宣汉县增设一个质量服务站', '二是编制中英文双语《出口纺织品标签标注指引》',
  '三是对连续两次抽检不合规的企业实施约谈，并将其', '四是推动代运营机构与卖家签订标签信息核对责任条款')
A('zh', 'list', '要是我家连着两次抽检都不合规，会怎么处理？', ['约谈', '纳入重点监管名单', ['三个月内进行复查', '三个月内']], D1,
  '三是对连续两次抽检不合规的企业实施约谈，并将其', '纳入重点监管名单，约谈后三个月内进行复查')
A('zh', 'date', '那本双语标签指引什么时候能发到企业手里？', ['2025年6月底前'], D1,
  '于2025年6月底前发放到全部监测企业')
A('zh', 'figure', '按三年行动的要求，到2026年标签合规率得到多少？', ['92%以上'], D1,
  '到2026年全市标签合规率应达到92%以上')
A('zh', 'figure', '抽检的这些纺织品，卖到美国的占多大比例？', ['38%'], D1, '抽检商品销往美国的占38%')
A('zh', 'figure', '大竹那个质量服务站去年帮企业测了多少份样？', ['2,030份'], D1, '全年检测样品2,030份')
A('en', 'figure', 'How many textile export firms in Dazhou did the provincial market regulator check in 2024?', ['217家'], D1,
  '专班对全市217家跨境电商出口纺织企业开展线上巡查和实物抽检')
A('en', 'figure', 'What label compliance rate did Dazhou reach in the fourth quarter of 2024?', ['86.1%'], D1, '其中第四季度合规率达到86.1%')
A('en', 'figure', 'fibre content deviation, what share of batches in 2024 and in 2023?', ['5.1%', '9.4%'], D1,
  '纤维含量偏差58批，占抽检批次的5.1%，2023年这一比例为9.4%')
A('en', 'figure', 'How many batches were sampled in total over 2022 to 2024?', ['2,391批'], D1, '2022年至2024年三年累计抽检2,391批')
A('en', 'list', 'The Dazhou table has an "other districts" row. Which places are inside it?', ['通川区', '开江县', '万源市'], D1,
  '注：其他区县包括通川区、开江县和万源市。')
A('en', 'place', 'I make bamboo fibre towels for export in Dazhou. Which county is the main place for this product?', ['宣汉县'], D1,
  '宣汉县 | 33 | 168 | 76.2% | 竹纤维毛巾')
A('en', 'reason', 'My boss ask why the label pass rate in Dazhou get better last year. What reasons does the report give?',
  ['苎麻制品质量服务站', '洗涤标签实拍图', ['标签合规培训14场', '标签合规培训']], D1,
  '一是专班在大竹县设立了"苎麻制品质量服务站"，为企业免费提供纤维含量快速检测',
  '二是主要跨境电商平台从2024年5月起要求卖家上传洗涤标签实拍图', '三是全年举办标签合规培训14场')
A('en', 'reason', 'Why is Xuanhan county behind the others on label compliance?', ['新入行的小微卖家', '竹浆粘胶纤维'], D1,
  '宣汉县合规率偏低，一是因为竹纤维毛巾企业多为新入行的小微卖家，二是因为部分产品实为竹浆粘胶纤维，却标注为"竹纤维"')
A('en', 'reason', 'Why do the listing pages so often not match the real hang tags, according to the Dazhou report?',
  ['第三方代运营机构编写'], D1, '（三）外文详情页多由第三方代运营机构编写，与实物吊牌不一致，企业自身难以发现')
A('en', 'figure', 'With the new station in Xuanhan, how short should testing time become for remote counties?', ['4个工作日以内'], D1,
  '把偏远区县的平均检测周期压缩到4个工作日以内')
A('en', 'figure', 'How many label training sessions were held in Dazhou in 2024, and how many people attended?', ['14场', '630人次'], D1,
  '三是全年举办标签合规培训14场，培训企业负责人和运营人员630人次')
A('en', 'date', 'Since when must sellers upload a real photo of the washing label on the platforms?', ['2024年5月'], D1,
  '二是主要跨境电商平台从2024年5月起要求卖家上传洗涤标签实拍图')
A('en', 'definition', 'How is the label compliance rate calculated?', ['标签合规批次÷抽检批次×100%'], D1,
  '标签合规率＝标签合规批次÷抽检批次×100%')
A('en', 'yesno', 'Do the Dazhou numbers show the whole textile export of the city?', ['不代表全市纺织品出口总量'], D1,
  '本报告数据来源于专班线上巡查和实物抽检记录，不代表全市纺织品出口总量')
A('en', 'list', 'Which customs modes are covered by "cross-border e-commerce export textiles" in the Dazhou report?', ['9610', '9710', '9810'], D1,
  '通过9610、9710、9810方式向境外消费者或境外企业销售')
U('zh', 'figure', '通川区2024年的标签合规率单独是多少？', D1)
U('zh', 'figure', '2023年大竹县抽检的标签合规率是多少？', D1)
U('zh', 'figure', '达州定的2025年标签合规率目标是多少？', D1)
U('zh', 'reason', '渠县的合规率为什么比达川区低？', D1)
U('en', 'figure', 'How many batches failed in Dazhou only because the washing instructions were wrong?', D1)
U('en', 'figure', 'What was the label compliance rate in Dazhou in 2022?', D1)
U('en', 'list', 'Which cross-border platforms asked Dazhou sellers to upload wash label photos?', D1)
U('en', 'other', 'Which testing institute outside Dazhou do the Xuanhan and Qu county samples go to?', D1)

# ---------------- D2 Qianjiang crayfish (zh, md) ----------------
A('zh', 'figure', '潜江的小龙虾预制菜去年跨境卖出去多少钱？涨了多少？', ['2.86亿元', '64.4%'], D2,
  '2024年，全市小龙虾预制菜跨境电商出口额为2.86亿元，比2023年的1.74亿元增长64.4%')
A('zh', 'list', '通知里说的小龙虾预制菜包括哪几种？', ['整只虾', '虾尾', '虾仁'], D2, '包括整只虾、虾尾和虾仁三类')
A('zh', 'definition', '冷链直发对温度有什么要求？', ['零下18摄氏度以下'], D2,
  '全程温度保持在零下18摄氏度以下的寄递方式')
A('zh', 'figure', '2024年下半年小龙虾预制菜出口了多少？', ['1.79亿元'], D2, '2024年下半年出口额为1.79亿元')
A('zh', 'figure', '我们厂主要做虾尾发日本，去年日本市场一共出口了多少？', ['0.73'], D2, '| 日本 | 0.41 | 0.73 | 虾尾 |')
A('zh', 'reason', '小龙虾预制菜出口为什么涨得这么快？', ['日本进口商的批次检验', '冷链集拼仓', '华人超市'], D2,
  '第一，虾尾产品通过了日本进口商的批次检验，带动日本市场增长78%', '第二，联合会与物流企业共建的冷链集拼仓投入使用',
  '第三，海外华人超市在自营网店开设潜江小龙虾专区')
A('zh', 'figure', '冷链运费现在每公斤多少钱？原来是多少？', ['每千克33元', '每千克46元'], D2, '单票冷链运费由每千克46元降至每千克33元')
A('zh', 'date', '外文标签最晚什么时候要换好？', ['2025年4月30日前'], D2, '出口企业应在2025年4月30日前完成外文标签更新')
A('zh', 'list', '新的外文标签上必须写清楚哪些东西？', ['甲壳类过敏原', '储存温度', '加热方法'], D2, '标明甲壳类过敏原、储存温度和加热方法')
A('zh', 'other', '联合会的集拼仓哪几天发货？要提前多久订舱？', [['周二、周五', '每周二、周五'], '48小时'], D2,
  '联合会冷链集拼仓每周二、周五发运，会员企业须提前48小时预约舱位')
A('zh', 'figure', '用联合会集拼仓发货能补多少？一年最多拿多少？', ['15%', '20万元'], D2,
  '对使用冷链集拼仓的会员企业，按运费的15%给予补贴，', '单家企业全年不超过20万元')
A('zh', 'figure', '今年跨境出口第一次过千万的企业有什么奖励？', ['5万元'], D2,
  '对2025年跨境电商出口额首次超过1,000万元的会员企业，联合会给予一次性奖励5万元')
A('zh', 'list', '去年出口暴露了哪些问题，让会员整改？', [['未标注甲壳类过敏原', '甲壳类过敏原'], '温度超标', '规格描述不统一', ['未在平台办理食品类目资质', '食品类目资质']], D2,
  '个别企业外文标签未标注甲壳类过敏原，导致3批货物在境外被下架', '部分订单在中转环节温度超标，全年因温度异常产生的退款约占订单总数的2.1%',
  '虾仁产品规格描述不统一，"大号""特大号"没有对应的只数标准', '部分企业未在平台办理食品类目资质，店铺被限制上架新品')
A('zh', 'reason', '因为温度出问题退款的单子为什么那么多？', ['夏季末端配送时间偏长'], D2,
  '温度异常退款较多的原因，主要是夏季末端配送时间偏长，其中澳大利亚偏远地区平均配送时间超过5天')
A('zh', 'yesno', '会员用联合会的“潜江龙虾”外文商标要交钱吗？', ['授权不收取费用'], D2, '会员企业经授权后可在境外店铺使用，授权不收取费用')
A('zh', 'date', '集拼仓运费补贴最晚什么时候申报？', ['2026年1月15日'], D2, '补贴申报截止时间为2026年1月15日')
A('en', 'figure', 'How many members had export filing for the crayfish business in 2023 and in 2024?', ['19家', '31家'], D2,
  '出口备案会员由2023年的19家增加到2024年的31家')
A('en', 'figure', 'Cumulative crayfish prepared food exports since 2021?', ['5.9亿元'], D2, '2021年以来累计出口额达到5.9亿元')
A('en', 'figure', 'What export targets did the Qianjiang federation set for 2025 and 2027?', ['4亿元', '7亿元'], D2,
  '2025年出口额达到4亿元，2027年达到7亿元')
A('en', 'list', 'In the crayfish market table, which countries are in "other markets"?', ['马来西亚', '阿联酋', '泰国'], D2,
  '注：其他市场主要包括马来西亚、阿联酋和泰国。')
A('en', 'figure', 'How much crayfish food went to Hong Kong in 2024, and what product mostly?', ['0.91', '整只虾'], D2,
  '| 中国香港 | 0.62 | 0.91 | 整只虾 |')
A('en', 'figure', 'What share of 2024 crayfish exports were tails?', ['42%'], D2, '2024年虾尾出口额占42%，整只虾占37%，虾仁占21%')
A('en', 'reason', 'Why did the Japan market for Qianjiang crayfish grow so much?', ['虾尾产品通过了日本进口商的批次检验'], D2,
  '第一，虾尾产品通过了日本进口商的批次检验，带动日本市场增长78%')
A('en', 'reason', 'What explains the fast growth of crayfish dish exports in 2024?', ['日本进口商的批次检验', '冷链集拼仓', '华人超市'], D2,
  '第一，虾尾产品通过了日本进口商的批次检验，带动日本市场增长78%', '第二，联合会与物流企业共建的冷链集拼仓投入使用',
  '第三，海外华人超市在自营网店开设潜江小龙虾专区')
A('en', 'other', 'I ship crayfish to Korea. What way must I ship, and how long keep the temperature records?', ['冷链直发', '不少于2年'], D2,
  '发往日本、韩国的订单应全部采用冷链直发，温度记录保存不少于2年')
A('en', 'list', 'What problems did the crayfish federation tell members to fix?', [['未标注甲壳类过敏原', '甲壳类过敏原'], '温度超标', '规格描述不统一', ['未在平台办理食品类目资质', '食品类目资质']], D2,
  '个别企业外文标签未标注甲壳类过敏原，导致3批货物在境外被下架', '部分订单在中转环节温度超标，全年因温度异常产生的退款约占订单总数的2.1%',
  '虾仁产品规格描述不统一，"大号""特大号"没有对应的只数标准', '部分企业未在平台办理食品类目资质，店铺被限制上架新品')
A('en', 'reason', 'Why were 3 batches of crayfish taken off shelves abroad?', ['未标注甲壳类过敏原'], D2,
  '个别企业外文标签未标注甲壳类过敏原，导致3批货物在境外被下架')
A('en', 'figure', 'What share of orders were refunded because of temperature problems?', ['2.1%'], D2,
  '全年因温度异常产生的退款约占订单总数的2.1%')
A('en', 'other', 'Where does the money for the crayfish subsidies and rewards come from?', ['联合会会员发展基金'], D2,
  '补贴和奖励资金来源于联合会会员发展基金，不占用财政资金')
A('en', 'definition', 'In the Qianjiang notice, what does "export value" mean?', ['跨境电商平台成交额折算人民币后的金额'], D2,
  '本通知所称出口额为跨境电商平台成交额折算人民币后的金额')
A('zh', 'list', '联合会今年的出口工作安排分哪几块？', ['标签与认证', '冷链直发', '集拼发运', '奖励与补贴', '品牌推广'], D2,
  '（一）标签与认证。', '（二）冷链直发。', '（三）集拼发运。', '（四）奖励与补贴。', '（五）品牌推广。')
U('zh', 'figure', '潜江小龙虾预制菜2022年跨境出口额是多少？', D2)
U('zh', 'figure', '联合会给2026年定的出口目标是多少？', D2)
U('zh', 'figure', '2024年卖到马来西亚的小龙虾预制菜有多少？', D2)
U('zh', 'other', '和联合会一起建冷链集拼仓的是哪家物流企业？', D2)
U('en', 'figure', 'How many crayfish export orders were there in the first half of 2024?', D2)
U('en', 'place', 'In which country were the 3 crayfish batches without allergen labels taken down?', D2)
U('en', 'reason', 'Why did crayfish exports to Korea grow in 2024?', D2)
U('en', 'list', 'Which cold-chain logistics companies operate the federation consolidation warehouse?', D2)

# ---------------- D3 Wuhan incubator (zh, html) ----------------
A('zh', 'figure', '孵化基地二季度有多少个在孵团队？比一季度多了几个？', ['64个', '12个'], D3,
  '2025年第二季度，基地在孵团队共64个，比第一季度的52个增加12个')
A('zh', 'figure', '二季度学生团队跨境卖了多少钱，环比涨了多少？', ['1,380万元', '41%'], D3,
  '团队实现跨境销售额1,380万元，环比增长41%，同比增长2.3倍')
A('zh', 'definition', '团队要达到什么标准才算“毕业团队”？', ['连续6个月月均跨境销售额不低于5万元'], D3,
  '“毕业团队”是指孵化期满后，连续6个月月均跨境销售额不低于5万元的团队。')
A('zh', 'definition', '我们几个同学想入驻，要满足什么条件才算在孵团队？', ['入驻满30天', ['本校在校生或毕业不满3年校友', '毕业不满3年']], D3,
  '本简报所称“在孵团队”，是指与基地签订孵化协议、入驻满30天，且至少有一名成员为本校在校生或毕业不满3年校友的创业团队。')
A('zh', 'figure', '新团队出第一单平均要多少天？和一季度比呢？', ['37天', '52天'], D3,
  '第二季度新入驻团队的平均首单时间为37天，第一季度为52天')
A('zh', 'reason', '为什么新团队出首单比以前快了？', ['首单冲刺营'], D3,
  '首单时间缩短，主要是因为“首单冲刺营”提前帮助新团队完成了选品和店铺审核')
A('zh', 'reason', '基地二季度销售额涨得快，原因是什么？', ['毕业季和父亲节促销', '小批量代工协议', '首期启动资金'], D3,
  '一是二季度正值海外毕业季和父亲节促销', '二是光谷分园有5个团队与本地工厂签订了小批量代工协议', '三是学校创业基金向12个团队发放了首期启动资金')
A('zh', 'figure', '光谷分园二季度卖了多少？', ['455'], D3, '东湖高新区光谷分园', '455')
A('zh', 'list', '这个季度基地具体做了哪些事？', ['引入3家服务商', '首单冲刺营', '直播与拍摄工作室', '多语种翻译志愿者队伍'], D3,
  '引入3家服务商，为团队提供店铺注册、收款和物流“一站式”对接', '设立“首单冲刺营”，由已毕业团队负责人一对一带教新团队',
  '直播与拍摄工作室每周开放时间由20小时延长到45小时', '联合学校外国语学院组建多语种翻译志愿者队伍，覆盖英、日、韩、法、德五个语种。')
A('zh', 'list', '简报里说基地现在有哪些问题？', [['成员毕业后流失', '因核心成员离校而解散'], '缺少启动资金', '知识产权意识薄弱', ['距离校区较远', '入驻率只有50%']], D3,
  '团队成员毕业后流失较多，二季度有7个团队因核心成员离校而解散；', '多数团队缺少启动资金，备货量小，平均每个团队库存不足3万元；',
  '知识产权意识薄弱，本季度有4个团队因商品图片侵权被平台投诉；', '汉阳区合作分园距离校区较远，学生往返时间长，工位入驻率只有50%。')
A('zh', 'reason', '汉阳那个合作分园为啥没人愿意去，入驻率才一半？', ['距离校区较远'], D3,
  '汉阳区合作分园距离校区较远，学生往返时间长，工位入驻率只有50%。')
A('zh', 'list', '三季度基地打算做哪几件事？', ['校友工位', '大学生跨境创业贷', '知识产权讲座', '周末班车'], D3,
  '一是为毕业离校成员提供“校友工位”，保留工位最长12个月', '二是与银行洽谈“大学生跨境创业贷”，单个团队额度最高30万元',
  '三是每月举办一次知识产权讲座，', '并为每个团队免费提供一次商标检索；四是开通江夏校区至汉阳区合作分园的周末班车')
A('zh', 'other', '基地的知识产权讲座多久办一次？除了讲座还给团队提供什么？', ['每月', '免费提供一次商标检索'], D3,
  '三是每月举办一次知识产权讲座，', '并为每个团队免费提供一次商标检索')
A('zh', 'figure', '基地成立以来一共孵化了多少团队，毕业了多少？', ['188个', '47个'], D3,
  '基地自2021年9月成立以来累计孵化团队188个，其中毕业团队47个')
A('zh', 'figure', '学校要求2026年底毕业团队累计到多少个？', ['80个'], D3, '到2026年底毕业团队累计达到80个')
A('en', 'figure', 'What were the incubator teams total sales in the first half of 2025?', ['2,359万元'], D3, '上半年累计销售额2,359万元')
A('en', 'figure', 'How much did the incubated teams sell in the whole of 2024?', ['3,120万元'], D3, '2024年全年在孵团队销售额为3,120万元')
A('en', 'date', 'When was the Jiangcheng university incubator founded?', ['2021年9月'], D3, '基地自2021年9月成立以来累计孵化团队188个')
A('en', 'figure', 'Of the 64 teams, how many are undergraduate, postgraduate and alumni teams?', ['38个', '15个', '11个'], D3,
  '64个在孵团队中，本科生团队38个，研究生团队15个，校友团队11个')
A('en', 'figure', 'What share of the student teams sales went to the US?', ['34%'], D3, '销往美国的占34%')
A('en', 'figure', 'How many overseas orders did the teams complete in Q2, and the average order value?', ['2.6万单', '约530元'], D3,
  '二季度团队共完成境外订单2.6万单，平均客单价约530元')
A('en', 'place', 'I want to sell my original illustration merchandise. Which sub-park of the incubator does that kind of product?', ['武昌区设计分园'], D3,
  '武昌区设计分园', '原创插画周边')
A('en', 'list', 'What languages do the translation volunteers cover?', [['英、日、韩、法、德', '五个语种']], D3,
  '联合学校外国语学院组建多语种翻译志愿者队伍，覆盖英、日、韩、法、德五个语种。')
A('en', 'reason', 'Why did incubator sales jump in the second quarter?', ['毕业季和父亲节促销', '小批量代工协议', '首期启动资金'], D3,
  '一是二季度正值海外毕业季和父亲节促销', '二是光谷分园有5个团队与本地工厂签订了小批量代工协议', '三是学校创业基金向12个团队发放了首期启动资金')
A('en', 'reason', 'Why did 7 teams break up in Q2?', ['核心成员离校'], D3, '团队成员毕业后流失较多，二季度有7个团队因核心成员离校而解散；')
A('en', 'figure', 'How many teams got complaints about image infringement this quarter?', ['4个团队'], D3,
  '知识产权意识薄弱，本季度有4个团队因商品图片侵权被平台投诉；')
A('en', 'figure', 'How much startup money did each team get from the school fund, and how many teams?', ['2万元至5万元', '12个团队'], D3,
  '三是学校创业基金向12个团队发放了首期启动资金，每个团队2万元至5万元')
A('en', 'definition', 'What counts as an alumni team in this brief?', ['核心成员均已毕业的团队'], D3, '3. 校友团队是指核心成员均已毕业的团队。')
A('en', 'yesno', 'Are the incubator figures audited?', ['未经审计'], D3, '4. 本简报数据未经审计，以年度报告为准。')
A('en', 'figure', 'After graduation, how long can a team member keep an alumni desk? And max loan per team?', ['最长12个月', '最高30万元'], D3,
  '一是为毕业离校成员提供“校友工位”，保留工位最长12个月', '二是与银行洽谈“大学生跨境创业贷”，单个团队额度最高30万元')
U('zh', 'figure', '学校给基地定的2025年底毕业团队目标是多少？', D3)
U('zh', 'other', '和基地洽谈大学生跨境创业贷的是哪家银行？', D3)
U('zh', 'figure', '汉阳区合作分园一季度卖了多少钱？', D3)
U('zh', 'list', '基地引进的3家服务商分别是哪几家？', D3)
U('en', 'figure', 'How many incubator teams graduated in the first quarter of 2025?', D3)
U('en', 'figure', 'What was the average first-order time for new teams in 2024?', D3)
U('en', 'reason', 'Why did the school startup fund pick only 12 teams?', D3)
U('en', 'date', 'From which date will the weekend shuttle bus to the Hanyang park start running?', D3)

# ---------------- D4 Yichang tourism goods (zh, pdf) ----------------
A('zh', 'figure', '2024年坐游轮来宜昌的外国游客有多少人次？涨了多少？', ['14.2万人次', '63.2%'], D4,
  '2024年，宜昌港接待游轮入境及过境境外游客14.2万人次，比2023年的8.7万人次增长63.2%')
A('zh', 'figure', '宜昌旅游商品去年跨境电商卖了多少？比上年涨多少？', ['4,260万元', '98.1%'], D4,
  '旅游商品跨境电商销售额为4,260万元，比2023年的2,150万元增长98.1%')
A('zh', 'definition', '报告里的“游后复购”是什么意思？', ['离开宜昌后', '跨境电商店铺或小程序'], D4,
  '"游后复购"是指境外游客离开宜昌后，通过跨境电商店铺或小程序再次购买上述商品的行为')
A('zh', 'definition', '复购率是怎么算的？', ['发生游后复购的境外游客人数占在港购物境外游客人数的比例'], D4,
  '"复购率"是指一年内发生游后复购的境外游客人数占在港购物境外游客人数的比例')
A('zh', 'figure', '2024年和2023年的复购率分别是多少？', ['11.8%', '6.5%'], D4, '2024年复购率为11.8%，2023年为6.5%')
A('zh', 'figure', '我在码头卖宜红茶，茶叶这一类去年跨境卖了多少，占多少？', ['1,490', '35.0%'], D4,
  '宜红茶及五峰绿茶 | 1,490 | 35.0% | 五峰县、宜都市 | 德国、英国')
A('zh', 'place', '土家织锦（西兰卡普）主要是哪里产的？', ['长阳县'], D4, '土家织锦（西兰卡普） | 560 | 13.1% | 长阳县 | 法国、日本')
A('zh', 'reason', '宜昌旅游商品跨境销售为啥增长这么快？', ['商品二维码', ['统一办理9610出口申报和海外仓备货', '海外仓备货'], '德国、英国游客占比上升', '欧元、英镑和韩元结算'], D4,
  '一是游轮公司在船上客房和餐厅设置了商品二维码，游客扫码即可进入跨境店铺', '二是办公室为商户统一办理9610出口申报和海外仓备货',
  '三是德国、英国游客占比上升，带动了茶叶销售', '四是开通了欧元、英镑和韩元结算')
A('zh', 'list', '商户都反映了哪些难处？', ['游客季节性强', ['柑橘制品保质期短', '检疫要求不同'], ['没有自己的外文店铺', '佣金比例高达20%'], ['产量小', '旺季经常断货']], D4,
  '（一）游客季节性强，每年1月至3月游轮停航检修期间，跨境订单下降约六成；', '（二）柑橘制品保质期短，各出口国检疫要求不同，部分订单被退运；',
  '（三）多数商户没有自己的外文店铺，只能依托游轮公司平台销售，佣金比例高达20%；', '（四）土家织锦等手工产品产量小，旺季经常断货。')
A('zh', 'reason', '秭归脐橙制品为什么老被退运？', ['原产地证书和检疫证书', '未能按时办理'], D4,
  '脐橙制品退运较多的原因，是韩国对柑橘类加工品要求提供原产地证书和检疫证书，', '部分小商户未能按时办理。')
A('zh', 'figure', '游轮停航那几个月，跨境订单掉多少？', ['约六成'], D4, '每年1月至3月游轮停航检修期间，跨境订单下降约六成')
A('zh', 'list', '报告提了哪些工作建议？', ['跨境电商服务窗口', '海外社交媒体推广', '出口检疫预审机制', ['扩大产能', '培训织工100名'], ['推广费用', '按实际支出的30%给予补助']], D4,
  '1. 在三峡游客中心设立跨境电商服务窗口，帮助商户开设外文店铺，2025年新开店铺60家；', '2. 在游轮停航期开展海外社交媒体推广，每年投入推广资金不少于200万元；',
  '3. 联合秭归县建立柑橘制品出口检疫预审机制，订单发运前完成单证预审；', '4. 组织长阳县织锦合作社扩大产能，2025年培训织工100名。',
  '5. 将停航期间的商户店铺推广费用纳入市级旅游发展资金支持范围，按实际支出的30%给予补助，单户不超过3万元。')
A('zh', 'figure', '停航期间店铺推广花的钱能补多少？每户最多多少？', ['30%', '3万元'], D4, '按实际支出的30%给予补助，单户不超过3万元')
A('zh', 'figure', '2024年第四季度旅游商品跨境卖了多少？', ['1,370万元'], D4, '其中第四季度销售额为1,370万元')
A('zh', 'figure', '宜昌定的2026年旅游商品跨境电商销售目标是多少？', ['8,000万元'], D4, '2026年跨境电商销售额目标为8,000万元')
A('zh', 'figure', '做跨境的旅游商品商户有多少家？有自己外文店的几家？', ['126家', '41家'], D4,
  '开展跨境电商销售的旅游商品商户为126家，其中有自营外文店铺的41家')
A('en', 'figure', 'How much did each foreign tourist spend on average when shopping in Yichang port?', ['620元'], D4,
  '在港购物的境外游客5.3万人，人均消费620元')
A('en', 'figure', 'Cumulative cross-border online sales of Yichang tourism goods since 2020?', ['9,870万元'], D4, '2020年以来累计跨境电商销售额9,870万元')
A('en', 'figure', 'How much faster do overseas orders arrive now for Yichang souvenirs?', ['21天', '9天'], D4, '境外订单平均送达时间从21天缩短到9天')
A('en', 'list', 'Which currencies can foreign buyers of Yichang goods now settle in?', ['欧元', '英镑', '韩元'], D4, '四是开通了欧元、英镑和韩元结算')
A('en', 'figure', 'What share of foreign shoppers in port came from Germany and the UK?', ['31%'], D4, '来自德国和英国的占31%')
A('en', 'figure', 'After the trip, what is the average amount of a repeat order, and what was the biggest single order?', ['286元', ['土家织锦挂毯', '2.4万元']], D4,
  '游后复购订单的平均金额为286元，单笔最大订单为土家织锦挂毯，金额2.4万元')
A('en', 'place', 'Where are the navel orange products made and which countries mainly buy them?', ['秭归县', '韩国、马来西亚'], D4,
  '秭归脐橙制品 | 980 | 23.0% | 秭归县 | 韩国、马来西亚')
A('en', 'reason', 'Why did the tea sales go up in Yichang?', ['德国、英国游客占比上升'], D4, '三是德国、英国游客占比上升，带动了茶叶销售')
A('en', 'figure', 'How much did Three Gorges stones and wood carvings sell online abroad in 2024?', ['720', '16.9%'], D4,
  '三峡石与木雕工艺品 | 720 | 16.9% | 夷陵区 | 美国')
A('en', 'yesno', 'Does the Yichang sales figure include what tourists buy on the spot in port?', ['不含游客在港现场消费'], D4,
  '销售额为跨境电商平台成交额，不含游客在港现场消费')
A('en', 'other', 'How are tourists de-duplicated when counting the repurchase rate?', ['护照号'], D4, '复购率按境外游客护照号去重计算')
A('en', 'list', 'What troubles did the Yichang shop owners tell about?', ['游客季节性强', ['柑橘制品保质期短', '检疫要求不同'], ['没有自己的外文店铺', '佣金比例高达20%'], ['产量小', '旺季经常断货']], D4,
  '（一）游客季节性强，每年1月至3月游轮停航检修期间，跨境订单下降约六成；', '（二）柑橘制品保质期短，各出口国检疫要求不同，部分订单被退运；',
  '（三）多数商户没有自己的外文店铺，只能依托游轮公司平台销售，佣金比例高达20%；', '（四）土家织锦等手工产品产量小，旺季经常断货。')
A('en', 'reason', 'Why do the cross-border orders drop from January to March?', ['游轮停航检修'], D4, '每年1月至3月游轮停航检修期间，跨境订单下降约六成')
A('en', 'reason', 'Why do the orange products get returned so often? I ship them to Korea.', ['原产地证书和检疫证书', '未能按时办理'], D4,
  '脐橙制品退运较多的原因，是韩国对柑橘类加工品要求提供原产地证书和检疫证书，', '部分小商户未能按时办理。')
A('en', 'other', 'Where do the tourist numbers in the Yichang report come from?', ['港口边检和游轮公司统计'], D4, '游客人数来源于港口边检和游轮公司统计')
A('en', 'list', 'What kinds of products count as port tourism goods in the Yichang report?', ['工艺品', '茶叶', '柑橘制品', '文创产品'], D4,
  '具有本地特色的工艺品、茶叶、柑橘制品和文创产品')
U('zh', 'figure', '宜昌2025年旅游商品跨境电商销售目标是多少？', D4)
U('zh', 'figure', '2023年在港购物的境外游客人均消费多少？', D4)
U('zh', 'list', '兴山县有哪些旅游商品在跨境店铺上卖？', D4)
U('zh', 'other', '在船上放商品二维码的是哪家游轮公司？', D4)
U('en', 'figure', 'What were Yichang tourism goods cross-border sales in the fourth quarter of 2023?', D4)
U('en', 'figure', 'What was the repurchase rate of foreign tourists in 2022?', D4)
U('en', 'reason', 'Why did the share of Korean tourists go up in Yichang?', D4)
U('en', 'date', 'When will the cross-border service window at the Three Gorges visitor centre open?', D4)

# ---------------- D5 Vancouver seafood (en, docx) ----------------
A('en', 'figure', 'How many federation members sold seafood to Canada in 2024, versus 2023?', ['46', '29'], D5,
  'In 2024, 46 member companies sold seafood to Canada through cross-border e-commerce, up from 29 in 2023.')
A('en', 'figure', 'What were members sales to Canada in 2024 and how much growth?', ['CNY 132 million', '69.2%'], D5,
  'Their sales to Canada reached CNY 132 million in 2024, compared with CNY 78 million in 2023, an increase of 69.2%.')
A('en', 'figure', 'seafood sales to Canada in Q1 2025?', ['CNY 41 million'], D5, 'In the first quarter of 2025 sales were CNY 41 million.')
A('en', 'figure', 'Total sales since the Canada programme began?', ['CNY 265 million'], D5,
  'Since the federation started its Canada programme in 2021, cumulative sales have reached CNY 265 million.')
A('en', 'list', 'Which cities does "Greater Vancouver" cover in the CMPEF guide?', ['Richmond', 'Burnaby', 'Surrey'], D5,
  '"Greater Vancouver" means the City of Vancouver together with Richmond, Burnaby and Surrey.')
A('en', 'list', 'What goes into the landed cost per kilo?', ['freight', 'duties', 'marketplace commission', 'last-mile delivery'], D5,
  '"Landed cost" means the total cost of one kilogram of product delivered to the buyer\'s door, including freight, duties, marketplace commission and last-mile delivery.')
A('en', 'figure', 'How did the landed cost per kilogram change from 2023 to 2024?', ['CNY 118', 'CNY 96'], D5,
  'The average landed cost fell from CNY 118 per kilogram in 2023 to CNY 96 per kilogram in 2024.')
A('en', 'figure', 'Border hold rate for our seafood parcels, 2023 vs 2024?', ['7.8%', '3.1%'], D5, 'The hold rate fell from 7.8% in 2023 to 3.1% in 2024.')
A('en', 'reason', 'Why did seafood sales to Canada grow so much in 2024?', [['shared overseas warehouse in Richmond', 'Richmond'], 'consolidated shipments', ['gift seasons', 'Lunar New Year and Mid-Autumn']], D5,
  'First, the shared overseas warehouse in Richmond opened in March 2024', 'Second, members moved from single parcels to consolidated shipments',
  'Third, the Lunar New Year and Mid-Autumn gift seasons brought large orders')
A('en', 'reason', 'Why are Calgary sales growing slower than elsewhere?', ['five to seven days', 'few repeat customers'], D5,
  'Sales to Calgary grew more slowly than elsewhere because delivery from Richmond to Alberta still takes five to seven days and members have few repeat customers there.')
A('en', 'list', 'What info must be on the label for Canada?', ['product name', 'net quantity', 'ingredients', 'allergens', ['name and address of the Canadian importer or dealer', 'Canadian importer or dealer']], D5,
  'Labels must be in both English and French and must show the product name, net quantity, ingredients, allergens and the name and address of the Canadian importer or dealer.')
A('en', 'figure', 'How long do I have to keep lot records?', ['at least two years'], D5,
  'Members must keep a record of each lot, including the processing plant, the processing date and the parcel tracking numbers, for at least two years.')
A('en', 'list', 'What problems did the federation find in 2024 shipments to Canada?', [['no French text', 'French'], ['Moisture', 'mould'], ['weight before drying', 'net weight'], ['advertising', '18% of sales'], ['no local repacking service', 'repacking']], D5,
  '(a) Some labels had no French text, and 63 parcels were held at the border for this reason.',
  '(b) Moisture in dried scallops was too high in some lots, which caused mould during the long sea journey.',
  '(c) Several members gave the product weight before drying instead of the net weight, which led to complaints and refunds.',
  '(d) Members who sold through their own websites spent heavily on advertising; their average advertising cost was 18% of sales.',
  '(e) Returns of damaged canned goods were hard to handle because there was no local repacking service.')
A('en', 'figure', 'What do I need to get the freight subsidy to Richmond, and how much is it?', ['at least 300 kilograms', 'CNY 4 per kilogram'], D5,
  'Third, send goods for Greater Vancouver to the Richmond warehouse in consolidated shipments of at least 300 kilograms, which qualify for the federation\'s freight subsidy of CNY 4 per kilogram.')
A('en', 'date', 'From when can members sign up for the Lunar New Year joint ads?', ['1 September 2025'], D5,
  "Fourth, join the federation's joint advertising campaign for the 2026 Lunar New Year, which will be open to members",
  'from 1 September 2025 and will share the cost of online advertisements between participating members.')
A('en', 'date', 'When are the online trainings on Canadian labelling?', ['May and October 2025'], D5,
  'It will also run two online training sessions on Canadian labelling rules, in May and October 2025.')
A('zh', 'figure', '去年卖到加拿大的海产品里，大温哥华地区占了多少？', ['57%'], D5, 'Greater Vancouver accounted for 57% of 2024 sales')
A('zh', 'figure', '联合会定的2026年对加拿大销售目标是多少？', ['CNY 200 million'], D5,
  "The federation's target is CNY 200 million of sales to Canada in 2026.")
A('zh', 'figure', '我们做干贝虾干的，2024年会员这一类卖了多少？主要走什么渠道？', ['47', ['Overseas warehouse in Richmond', 'Richmond']], D5,
  'Dried scallops and shrimp | 31 | 47 | 15 | Overseas warehouse in Richmond')
A('zh', 'figure', '罐头鲍鱼海参2025年一季度卖了多少？', ['9'], D5, 'Canned abalone and sea cucumber | 17 | 30 | 9 | Own websites')
A('zh', 'reason', '卡尔加里那边为什么增长慢？', ['five to seven days', 'few repeat customers'], D5,
  'Sales to Calgary grew more slowly than elsewhere because delivery from Richmond to Alberta still takes five to seven days and members have few repeat customers there.')
A('zh', 'reason', '会员对加拿大的海产品销售2024年为啥涨这么多？', [['shared overseas warehouse in Richmond', 'Richmond'], 'consolidated shipments', ['gift seasons', 'Lunar New Year and Mid-Autumn']], D5,
  'First, the shared overseas warehouse in Richmond opened in March 2024', 'Second, members moved from single parcels to consolidated shipments',
  'Third, the Lunar New Year and Mid-Autumn gift seasons brought large orders')
A('zh', 'list', '2025年联合会要会员做哪几件事？', ['bilingual checklist', 'moisture-proof packaging', ['consolidated shipments of at least 300 kilograms', 'at least 300 kilograms'], 'joint advertising campaign'], D5,
  'First, check every label against the bilingual checklist attached to this guide before goods leave the factory.',
  'Second, ship dried products in moisture-proof packaging with a desiccant, and test moisture for each lot.',
  'Third, send goods for Greater Vancouver to the Richmond warehouse in consolidated shipments of at least 300 kilograms',
  "Fourth, join the federation's joint advertising campaign for the 2026 Lunar New Year, which will be open to members")
A('zh', 'other', '罐头产品发加拿大要附什么材料？', ['thermal process record'], D5, 'Canned products must come with a thermal process record from the plant.')
A('zh', 'definition', '指南里的扣留率（hold rate）是怎么定义的？', ['share of parcels held at the border for document checks'], D5,
  '"Hold rate" means the share of parcels held at the border for document checks, counted by number of parcels.')
A('zh', 'yesno', '我卖活海鲜和冰鲜的，这份指南适用吗？', ['Fresh and live seafood is outside its scope'], D5, 'Fresh and live seafood is outside its scope.')
A('zh', 'reason', '干贝为什么会发霉？', ['Moisture in dried scallops was too high', 'long sea journey'], D5,
  '(b) Moisture in dried scallops was too high in some lots, which caused mould during the long sea journey.')
A('zh', 'reason', '罐头磕坏了退货为什么难处理？', ['no local repacking service'], D5,
  '(e) Returns of damaged canned goods were hard to handle because there was no local repacking service.')
A('zh', 'reason', '有会员被买家投诉、退款，是因为重量写错了吗？具体怎么回事？', ['weight before drying instead of the net weight'], D5,
  '(c) Several members gave the product weight before drying instead of the net weight, which led to complaints and refunds.')
A('zh', 'other', '联合会打算三季度在列治文仓增加什么服务？', ['repacking and returns service'], D5,
  'The federation will add a repacking and returns service at the Richmond warehouse in the third quarter of 2025.')
A('zh', 'figure', '改成拼单发货以后，每公斤运费省了多少？', ['about a third'], D5,
  'Second, members moved from single parcels to consolidated shipments, which cut freight per kilogram by about a third.')
A('zh', 'other', '我的包裹在边境被扣过，能找谁免费帮我看看标签？', ['Market Services Department', 'free of charge'], D5,
  'Members that have had parcels held at the border can ask the Market Services Department to review their labels free of charge.')
A('zh', 'list', '指南说的即食海产品都有哪些例子？', ['seasoned squid shreds', 'fish skin snacks', 'canned abalone'], D5,
  'such as seasoned squid shreds, fish skin snacks and canned abalone')
U('en', 'figure', 'What share of 2024 seafood sales to Canada went to Montreal?', D5)
U('en', 'figure', 'How much did members sell to Canada in the first quarter of 2024?', D5)
U('en', 'other', 'Which company operates the shared Richmond warehouse?', D5)
U('en', 'figure', 'What was the border hold rate in the first quarter of 2025?', D5)
U('zh', 'figure', '联合会2025年对加拿大的销售目标是多少？', D5)
U('zh', 'figure', '2023年大温哥华地区占对加拿大销售的比例是多少？', D5)
U('zh', 'figure', '发多伦多的拼单货每公斤补贴多少？', D5)
U('zh', 'reason', '为什么多伦多的销售占比比卡尔加里高？', D5)

# ---------------- D6 Zhangjiakou winter sports goods (en, txt) ----------------
A('en', 'figure', 'How much winter sports gear did Zhangjiakou export cross-border in H1 2025, and growth?', ['CNY 186 million', '27%'], D6,
  'In the first half of 2025, cross-border e-commerce exports of winter sports goods were CNY 186 million, up 27% from CNY 146 million in the first half of 2024.')
A('en', 'figure', 'What were full-year 2024 exports of winter sports goods?', ['CNY 412 million'], D6, 'Full-year exports in 2024 were CNY 412 million.')
A('en', 'figure', 'How much was exported in the off-season second quarter of 2025?', ['CNY 52 million'], D6,
  'The second quarter of 2025, which is off-season, brought CNY 52 million.')
A('en', 'figure', 'Number of active exporters in June 2025 compared with a year earlier?', ['138', '97'], D6,
  'There were 138 active exporters in June 2025, compared with 97 in June 2024.')
A('en', 'figure', 'What are the centre export targets for 2025 and 2027?', ['CNY 480 million', 'CNY 800 million'], D6,
  "The centre's target for full-year 2025 is CNY 480 million, and its target for 2027 is CNY 800 million.")
A('en', 'definition', 'What does "active exporter" mean in the Zhangjiakou review?', ['at least one cross-border e-commerce export order in each month'], D6,
  '"Active exporter" means a firm with at least one cross-border e-commerce export order in each month of the period.')
A('en', 'definition', 'Which months are the off-season?', ['April to September'], D6,
  '"Off-season" means the months from April to September, when few people ski in the northern hemisphere.')
A('en', 'figure', 'We make goggles in Chongli. What did Chongli export in H1 2025, and how many active exporters there?', ['71', '49'], D6,
  'Chongli | 58 | 71 | 49 | Ski goggles, helmets')
A('en', 'list', 'Which places are lumped into "other areas" in the table?', ['Qiaoxi', 'Wanquan', 'Zhuolu'], D6, 'Other areas include Qiaoxi, Wanquan and Zhuolu.')
A('en', 'reason', 'Why did Zhangjiakou winter gear exports grow in the first half?', ['pre-season sales', ['shared testing lab', 'test reports for helmets and goggles'], ['air cargo service to Helsinki', 'Helsinki']], D6,
  'First, marketplaces in Norway and Finland started pre-season sales in May and June',
  "Second, the centre's shared testing lab in Chongli began issuing test reports for helmets and goggles in February",
  'Third, a new weekly air cargo service to Helsinki cut delivery times to northern Europe to six days.')
A('en', 'reason', 'Why Huailai grow slower than other areas?', ['strong competition', 'fully managed platform model'], D6,
  'Huailai grew more slowly than the other areas because skating accessories face strong competition, and two of its larger firms moved their stores to a fully managed platform model under which their sales are recorded by the platform outside the area.')
A('en', 'list', 'What main problems did the exporter interviews turn up?', ['very seasonal', ['copy each other', 'price wars'], ['wrong sizes', 'returned'], ['own brands', 'white-label']], D6,
  '(1) Sales are very seasonal: second-quarter exports were only 39% of first-quarter exports.',
  "(2) Many small firms copy each other's designs, which leads to price wars; the average export price of ski goggles fell 12% from the first half of 2024.",
  '(3) Clothing is often returned because of wrong sizes: the return rate for thermal clothing reached 14%, compared with 5% for hard goods such as helmets.',
  '(4) Few firms have their own brands, and 72% of sales were of unbranded or white-label goods.')
A('en', 'figure', 'Return rate for thermal clothing vs hard goods like helmets?', ['14%', '5%'], D6,
  'the return rate for thermal clothing reached 14%, compared with 5% for hard goods such as helmets')
A('en', 'list', 'What does the centre recommend for the second half of 2025?', ['size-guide service', 'register trademarks', 'summer products', 'joint booth'], D6,
  '- Open a size-guide service that uses European and North American size charts for clothing sellers',
  '- Help 30 firms register trademarks in the EU and Norway', '- Encourage firms to sell summer products',
  '- Organise a joint booth for 15 firms at a winter sports trade fair in Oslo in November 2025.')
A('en', 'figure', 'If I register my trademark in the EU, how much will the centre pay?', ['half of the fees', 'CNY 20,000'], D6,
  '- Help 30 firms register trademarks in the EU and Norway, with the centre paying half of the fees, up to CNY 20,000 per firm.')
A('en', 'reason', 'Why are there orders from Argentina mainly in Q2?', ['ski season there begins'], D6,
  'Orders from Argentina came mostly in the second quarter, when the ski season there begins.')
A('en', 'yesno', 'Are ski resort services counted as winter sports goods?', ['not included'], D6, 'Services of ski resorts are not included.')
A('zh', 'figure', '张家口冰雪用品上半年出口里，挪威占多少？', ['24%'], D6, 'Norway took 24% of first-half exports')
A('zh', 'figure', '从2022年到现在，冰雪用品跨境出口累计多少了？', ['CNY 1.05 billion'], D6, 'Since 2022, cumulative exports have reached CNY 1.05 billion.')
A('zh', 'place', '我是做滑雪蜡的，在张家口哪个地方做这个的多？', ['Zhangbei'], D6, 'Zhangbei | 22 | 29 | 24 | Ski wax, snowboard bags')
A('zh', 'reason', '张家口冰雪装备上半年出口为啥增长？', ['pre-season sales', ['shared testing lab', 'test reports for helmets and goggles'], ['air cargo service to Helsinki', 'Helsinki']], D6,
  'First, marketplaces in Norway and Finland started pre-season sales in May and June',
  "Second, the centre's shared testing lab in Chongli began issuing test reports for helmets and goggles in February",
  'Third, a new weekly air cargo service to Helsinki cut delivery times to northern Europe to six days.')
A('zh', 'reason', '怀来那边增长为什么慢？', ['strong competition', 'fully managed platform model'], D6,
  'Huailai grew more slowly than the other areas because skating accessories face strong competition, and two of its larger firms moved their stores to a fully managed platform model under which their sales are recorded by the platform outside the area.')
A('zh', 'reason', '崇礼的检测实验室对企业有什么帮助？', ['without sending samples to other cities'], D6,
  'so firms could list these products in Europe without sending samples to other cities')
A('zh', 'figure', '雪镜的出口均价比去年上半年降了多少？', ['12%'], D6, 'the average export price of ski goggles fell 12% from the first half of 2024')
A('zh', 'figure', '服装退货率打算降到多少？', ['below 9%'], D6, 'with the aim of bringing the clothing return rate below 9% by the end of 2025')
A('zh', 'other', '奥斯陆展会组织多少家企业去？什么时候？', ['15 firms', 'November 2025'], D6,
  '- Organise a joint booth for 15 firms at a winter sports trade fair in Oslo in November 2025.')
A('zh', 'list', '崇礼的检测实验室年底前还要加什么检测项目？', ['ski', 'snowboard bindings'], D6,
  'The centre will also ask the shared testing lab in Chongli to add test services for ski', 'boots and snowboard bindings before the end of 2025.')
A('zh', 'figure', '二季度的出口只有一季度的多少？', ['39%'], D6, '(1) Sales are very seasonal: second-quarter exports were only 39% of first-quarter exports.')
A('zh', 'date', '服务中心是什么时候访谈出口企业的？访了多少家？', ['between 2 and 20 June 2025', '60 exporters'], D6,
  '4. All interviews were held between 2 and 20 June 2025.', 'Our interviews with 60 exporters in June found four main problems.')
A('zh', 'list', '出口数据统计的是哪几种海关代码下的申报？', ['9610', '9710', '9810'], D6,
  '1. Export figures are the value of cross-border e-commerce export declarations under codes 9610, 9710 and 9810, in CNY.')
A('zh', 'list', '淡季建议企业卖什么东西？', ['hiking gloves', 'cooling sports clothing'], D6,
  '- Encourage firms to sell summer products, such as hiking gloves and cooling sports clothing, in the off-season.')
U('en', 'figure', 'What were Zhangjiakou winter sports goods exports in the first quarter of 2024?', D6)
U('en', 'figure', 'How much winter sports gear did Zhangjiakou export to Japan in the first half of 2025?', D6)
U('en', 'figure', 'How many active exporters did Huailai have in June 2024?', D6)
U('en', 'list', 'Which marketplaces in Norway started the pre-season sales?', D6)
U('zh', 'figure', '张家口冰雪用品2026年的出口目标是多少？', D6)
U('zh', 'figure', '崇礼共享检测实验室出一份头盔检测报告收多少钱？', D6)
U('zh', 'reason', '为什么芬兰市场的份额比瑞士高？', D6)
U('zh', 'date', '飞赫尔辛基的新货运航线是哪天开通的？', D6)


def main():
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        o = {'id': 'h20-%s-%03d' % (it['lang'], counters[it['lang']]), 'lang': it['lang'], 'type': it['type'],
             'question': it['question'], 'answers': it['answers'], 'evidence': it['evidence'], 'unanswerable': it['unanswerable']}
        out.append(o)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))


if __name__ == '__main__':
    main()
