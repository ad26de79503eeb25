#!/usr/bin/env python3
"""Write ../gold.jsonl from the hand-written questions below. Standard library only.

q(lang, type, question, answers, doc, *quotes) -> answerable item
n(lang, type, question)                          -> unanswerable near miss
row(doc, prefix) returns the whole line of a document source that starts with prefix
(used for the space-aligned table of the Yuncheng bulletin).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HY = 'fp15_zh_hengyang_ecommerce_talent_training_programme_review_2025.html'
QS = 'fp15_zh_queshan_violin_industry_belt_export_report_2025h1.md'
SY = 'fp15_zh_shaoyang_hair_products_africa_air_charter_subsidy_notice_2025.pdf'
YC = 'fp15_zh_yuncheng_bonded_logistics_centre_bulletin_2025q3.txt'
PX = 'fp15_en_pingxiang_africa_eastern_europe_specialist_training_review_2025.docx'
AQ = 'fp15_en_anqing_instrument_belt_eastern_europe_charter_notice_2025.txt'

ITEMS = []


def q(lang, typ, question, answers, doc, *quotes):
    ITEMS.append(dict(lang=lang, type=typ, question=question,
                      answers=[list(g) for g in answers],
                      evidence=[{'source': doc, 'quote': x} for x in quotes],
                      unanswerable=False))


def n(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True))


def src_text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', doc)
    with open(p, encoding='utf-8') as f:
        return f.read()


def row(doc, prefix):
    for line in src_text(doc).split('\n'):
        if line.startswith(prefix):
            return line.rstrip()
    raise KeyError(prefix)


# ---------------------------------------------------------------- Hengyang (zh, html)
q('zh', 'definition', '衡阳这个培训项目里，学员要达到什么条件才算“合格学员”？',
  [['完成不少于96学时课程并通过实操考核']], HY,
  '“合格学员”，是指完成不少于96学时课程并通过实操考核的学员')
q('en', 'definition', 'In the Hengyang training review, how do they count the "employment and entrepreneurship rate"? Within what time after finishing?',
  [['6个月内'], ['跨境电商相关岗位就业'], ['自主开设跨境网店']], HY,
  '“就业创业率”，是指合格学员在结业后6个月内进入跨境电商相关岗位就业或自主开设跨境网店的人数占合格学员总数的比例')
q('zh', 'definition', '报告里说的“订单学员”是啥意思？',
  [['开班前签订定向培养协议'], ['结业后直接上岗']], HY,
  '“订单学员”，是指由用人企业在开班前签订定向培养协议、结业后直接上岗的学员')
q('en', 'figure', 'How many trainees qualified in Hengyang in 2024, and what was the job rate that year?',
  [['1,870人'], ['68.5%']], HY,
  '2024年培训2,340人次，合格学员1,870人，就业创业率为68.5%')
q('zh', 'figure', '今年上半年衡阳一共培训了多少人次，最后合格的有几个人？',
  [['1,410人次'], ['1,150人']], HY,
  '2025年上半年培训1,410人次，合格学员1,150人')
q('en', 'figure', 'Hengyang programme: how many qualified trainees came out in the second quarter of 2025 only?',
  [['690人']], HY, '其中第二季度合格学员690人')
q('zh', 'figure', '从2023年开班到现在，衡阳累计出了多少合格学员？带动学员开了多少家店？',
  [['4,000人'], ['520家']], HY, '项目启动以来累计合格学员4,000人，累计带动学员自主开店约520家')
q('en', 'figure', 'What are the Hengyang targets for qualified trainees — for full year 2025 and the cumulative one for end of 2027?',
  [['2,200人'], ['8,000人']], HY, '2025年全年合格学员目标为2,200人，到2027年底累计合格学员达到8,000人')
q('zh', 'figure', '项目头一年也就是2023年，衡阳培训了多少人次？',
  [['1,260人次']], HY, '2023年项目共培训1,260人次，合格学员980人')
q('en', 'list', 'What modules does the 96-hour Hengyang course have?',
  [['平台规则与选品'], ['跨境物流与通关'], ['多语种客服'], ['广告投放与数据分析'], ['实操考核']], HY,
  '分为五个模块：平台规则与选品24学时、跨境物流与通关16学时、多语种客服20学时、广告投放与数据分析20学时、实操考核16学时')
q('en', 'figure', 'I run a training school that teaches for the Hengyang programme. How much I receive for each trainee who pass, and how much more if he keep the job for 6 months?',
  [['1,800元'], ['600元']], HY,
  '中心按每名合格学员1,800元标准向承训机构拨付培训费，学员就业创业满6个月的，再追加拨付600元')
q('zh', 'yesno', '我想报衡阳的跨境电商培训班，需要自己掏学费吗？',
  [['学员免收学费']], HY, '学员免收学费')
q('zh', 'figure', '耒阳今年上半年合格了多少学员？就业创业率是多少？',
  [['190'], ['71.6%']], HY, '耒阳市', '190', '71.6%')
q('en', 'place', 'Which part of Hengyang had the best job rate in the first half of 2025?',
  [['衡阳市区']], HY, '衡阳市区', '78.4%')
q('en', 'place', 'Where in Hengyang is the training mainly about selling to Eastern Europe?',
  [['衡南县']], HY, '衡南县', '东欧市场运营')
q('zh', 'figure', '祁东县2024年有多少合格学员？',
  [['210']], HY, '祁东县', '210')
q('en', 'list', 'Who is the Hengyang free training aimed at?',
  [['高校毕业生'], ['返乡青年'], ['企业在职人员']], HY,
  '面向高校毕业生、返乡青年和中小外贸企业在职人员开展免费培训')
q('zh', 'figure', '上半年合格的学员里，返乡青年占了多少比例？',
  [['29%']], HY, '返乡青年占29%')
q('zh', 'reason', '衡阳项目今年就业创业率比去年高了，评估组觉得主要是哪几个原因？',
  [['推行订单班'], ['法语、俄语客服课程'], ['结业后90天跟岗辅导']], HY,
  '一是推行订单班，订单学员占合格学员的比例由2024年的18%提高到2025年上半年的31%；二是新增面向非洲和东欧市场的法语、俄语客服课程，学员可对接的岗位明显增加；三是实行结业后90天跟岗辅导')
q('en', 'reason', 'Why is Qidong county lagging behind on the employment rate?',
  [['县内跨境电商企业较少'], ['通勤距离较远']], HY,
  '祁东县就业创业率偏低，主要是因为县内跨境电商企业较少，学员多需到市区就业，',
  '部分学员因通勤距离较远放弃了录用机会。')
q('zh', 'reason', '我是祁东县结业的学员，好几个同学拿到录用都没去，报告里怎么解释我们县就业率低？',
  [['县内跨境电商企业较少'], ['学员多需到市区就业']], HY,
  '祁东县就业创业率偏低，主要是因为县内跨境电商企业较少，学员多需到市区就业，',
  '部分学员因通勤距离较远放弃了录用机会。')
q('en', 'list', 'What problems did the reviewers find in the Hengyang programme?',
  [['师资实战经验不足'], ['课程更新偏慢'], ['县域学员实操条件差'], ['结业跟踪数据不完整']], HY,
  '师资实战经验不足。', '课程更新偏慢。', '县域学员实操条件差。', '结业跟踪数据不完整。')
q('zh', 'figure', '衡阳项目的讲师里，真正有一年以上跨境店铺运营经验的占多少？',
  [['38%']], HY, '具有一年以上跨境店铺一线运营经验的讲师仅占讲师总数的38%')
q('zh', 'reason', '为什么说平台规则这门课跟不上？',
  [['教材一年只修订一次']], HY, '平台规则模块的教材一年只修订一次，难以跟上主要平台的政策变化')
q('en', 'reason', 'Why do the trainees in Changning and Qidong have poor hands-on practice?',
  [['缺少真实店铺账号']], HY, '常宁市、祁东县的培训点缺少真实店铺账号，实操多以模拟系统代替')
q('en', 'reason', 'The review says the job rate figure may not be accurate. Why?',
  [['约15%的合格学员在结业后失联']], HY, '约15%的合格学员在结业后失联，影响就业创业率的准确统计')
q('zh', 'list', '评估组给衡阳项目提了哪些改进建议？',
  [['60%以上'], ['每季度更新一次'], ['实操基地'], ['电子档案']], HY,
  '2026年起将一线运营经验讲师的比例提高到60%以上，并建立企业讲师库。',
  '平台规则模块改为每季度更新一次，由中心统一发布更新课件。',
  '在常宁市、祁东县各设立1个实操基地，配备不少于20个真实店铺账号。',
  '建立合格学员电子档案，结业后第3个月和第6个月各回访一次。')
q('en', 'date', 'Until what date do the Hengyang review numbers go?',
  [['2025年6月30日']], HY, '本报告数据截至2025年6月30日')
q('en', 'yesno', 'If a Hengyang graduate only got a part-time job, is he counted in the employment rate?',
  [['就业创业率不含兼职和临时用工']], HY, '就业创业率不含兼职和临时用工')
q('zh', 'definition', '培训“人次”和“合格学员”人数是一个意思吗？',
  [['同一学员参加两个以上班次的分别计算'], ['“合格学员”按人统计']], HY,
  '培训“人次”按参加培训的次数统计，同一学员参加两个以上班次的分别计算；“合格学员”按人统计')
n('zh', 'figure', '衡阳这个培训项目2023年的就业创业率是多少？')
n('en', 'figure', 'What was the employment rate of Hengnan county trainees in 2024?')
n('zh', 'figure', '衡山县去年有多少人通过了跨境电商培训考核？')
n('en', 'figure', 'How many training person-times did Hengyang have in the second quarter of 2025?')
n('zh', 'figure', '衡阳合格学员就业以后平均月薪能拿多少？')
n('en', 'list', 'Which companies signed the order-class agreements with the Hengyang programme?')
n('zh', 'figure', '衡阳项目2026年全年计划培养多少名合格学员？')
n('en', 'reason', 'Why did the employment rate in Changning fall compared with 2024?')

# ---------------------------------------------------------------- Queshan (zh, md)
q('zh', 'figure', '确山提琴产业带现在有多少家企业在做跨境电商？去年底是多少家？',
  [['68家'], ['51家']], QS, '开展跨境电商出口的企业68家，比2024年底的51家增加17家')
q('zh', 'list', '确山产业带主要做哪些琴和配件？',
  [['小提琴'], ['中提琴'], ['大提琴'], ['琴弓'], ['琴盒']], QS, '产业带产品以小提琴、中提琴、大提琴和琴弓、琴盒等配件为主')
q('en', 'figure', 'How many violin and accessory makers are there in the Queshan belt in total?',
  [['126家']], QS, '确山县提琴产业带现有提琴及配件生产企业126家')
q('en', 'definition', 'In the Queshan violin report, what do they mean by a "white" (unvarnished) violin?',
  [['已完成木工组装、尚未上漆调音的半成品琴']], QS, '“白坯琴”，是指已完成木工组装、尚未上漆调音的半成品琴')
q('zh', 'yesno', '确山报告里的跨境电商出口额，把一般贸易出口也算进去了吗？',
  [['不含一般贸易出口']], QS, '不含一般贸易出口')
q('en', 'definition', 'The Queshan report talks about an overseas-warehouse stocking rate — what is that ratio exactly?',
  [['存放在海外仓的货值占其跨境电商出口额的比重']], QS,
  '“海外仓备货率”，是指企业存放在海外仓的货值占其跨境电商出口额的比重')
q('zh', 'figure', '确山提琴去年跨境电商卖了多少钱、多少把琴？',
  [['2.36亿元'], ['38.2万把']], QS, '2024年，产业带跨境电商出口额2.36亿元，出口提琴38.2万把')
q('en', 'figure', 'How much did the Queshan violin belt export online in H1 2025, and how fast did it grow year on year?',
  [['1.48亿元'], ['27.6%']], QS, '2025年上半年，跨境电商出口额1.48亿元，同比增长27.6%')
q('zh', 'figure', '确山今年二季度单季出口额是多少？',
  [['0.86亿元']], QS, '其中第二季度出口额0.86亿元，为单季最高')
q('en', 'figure', 'Since 2021, how much have Queshan violin makers exported through cross-border e-commerce in total?',
  [['7.9亿元']], QS, '2021年以来，产业带跨境电商出口额累计7.9亿元')
q('zh', 'figure', '确山企业放在海外仓的货比例，去年和今年上半年分别是多少？',
  [['21%'], ['34%']], QS, '海外仓备货率由2024年的21%提高到2025年上半年的34%')
q('en', 'figure', 'What export targets did the Queshan committee set for 2025 and for 2027?',
  [['3亿元'], ['5亿元']], QS, '2025年全年跨境电商出口额达到3亿元，2027年达到5亿元')
q('en', 'figure', 'Romania market for Queshan violins in first half 2025 — how much export and what growth?',
  [['2,150'], ['41%']], QS, '| 罗马尼亚 | 2,150 | 14.5% | 41% | 学生琴 |')
q('zh', 'place', '确山提琴上半年哪个市场涨得最快？',
  [['立陶宛']], QS, '| 立陶宛 | 610 | 4.1% | 58% | 琴盒、琴弦等配件 |')
q('en', 'figure', 'Together, how big are the four East European markets for Queshan in H1 2025, and what share of exports?',
  [['5,060万元'], ['34.2%']], QS, '合计出口额5,060万元，占上半年出口额的34.2%')
q('zh', 'list', '确山报告里算作东欧市场的是哪几个国家？',
  [['罗马尼亚'], ['塞尔维亚'], ['保加利亚'], ['立陶宛']], QS,
  '罗马尼亚、塞尔维亚、保加利亚和立陶宛四个东欧市场合计出口额5,060万元')
q('en', 'place', 'Which country is the biggest buyer of Queshan violins?',
  [['美国']], QS, '| 美国 | 4,400 | 29.7% | 12% | 中高档小提琴 |')
q('zh', 'other', '确山的琴卖到塞尔维亚，主要是什么产品？',
  [['大提琴']], QS, '| 塞尔维亚 | 1,320 | 8.9% | 36% | 大提琴 |')
q('en', 'reason', 'Why are Queshan exports to Eastern Europe growing so fast?',
  [['学生琴需求稳定'], ['布加勒斯特公共海外仓'], ['线下音乐器材展']], QS,
  '一是当地中小学音乐课程普及，学生琴需求稳定，单价在600元以内的入门琴最受欢迎；二是布加勒斯特公共海外仓于2025年5月投用，面积3,200平方米，东欧订单配送时间由12至15天缩短到3至5天；三是委员会组织企业参加了索非亚和贝尔格莱德两场线下音乐器材展，带回经销商客户43家')
q('zh', 'figure', '布加勒斯特的公共海外仓用起来以后，东欧订单送货时间从多少天缩到了多少天？',
  [['12至15天'], ['3至5天']], QS, '东欧订单配送时间由12至15天缩短到3至5天')
q('en', 'date', 'When did the public overseas warehouse in Bucharest start operating, and how big is it?',
  [['2025年5月'], ['3,200平方米']], QS, '布加勒斯特公共海外仓于2025年5月投用，面积3,200平方米')
q('zh', 'list', '委员会组织企业去了哪两个城市参展？带回了多少经销商？',
  [['索非亚'], ['贝尔格莱德'], ['43家']], QS, '参加了索非亚和贝尔格莱德两场线下音乐器材展，带回经销商客户43家')
q('en', 'reason', 'Bulgaria grew much slower than other East European markets for Queshan. What explanation the report gives?',
  [['上调乐器类目佣金'], ['部分卖家暂停上新']], QS,
  '保加利亚市场增速明显低于其他东欧市场，主要是因为当地主要电商平台自2025年3月起上调乐器类目佣金，',
  '部分卖家暂停上新。')
q('zh', 'reason', '我在保加利亚卖学生琴，今年上半年只涨了9%，委员会报告是怎么解释的？',
  [['上调乐器类目佣金']], QS,
  '| 保加利亚 | 980 | 6.6% | 9% | 学生琴 |',
  '保加利亚市场增速明显低于其他东欧市场，主要是因为当地主要电商平台自2025年3月起上调乐器类目佣金，',
  '部分卖家暂停上新。')
q('en', 'list', 'What are the main difficulties of the Queshan violin belt in cross-border e-commerce?',
  [['品牌溢价低'], ['专业人才短缺'], ['运输破损率偏高'], ['白坯琴外流']], QS,
  '（一）品牌溢价低', '（二）专业人才短缺', '（三）运输破损率偏高', '（四）白坯琴外流')
q('zh', 'figure', '确山出口的提琴平均一把卖多少钱？',
  [['650元']], QS, '产业带出口提琴平均单价约650元')
q('en', 'reason', 'Why do many Queshan firms have the boss himself running the online shop?',
  [['复合型人才不足']], QS, '既懂乐器调音又懂外语运营的复合型人才不足，多数企业只能靠老板本人运营店铺')
q('zh', 'reason', '为什么大提琴这类大件的售后成本高？',
  [['破损率约为2.8%']], QS, '大提琴等大件产品长途运输破损率约为2.8%，售后成本较高')
q('zh', 'reason', '白坯琴出口有什么不好？为啥委员会要减少？',
  [['由境外商家贴牌后高价销售'], ['利润流失']], QS,
  '部分企业以白坯琴形式低价出口，由境外商家贴牌后高价销售，产业带利润流失')
q('en', 'figure', 'Our workshop plans to register a trademark abroad. How much does the Queshan committee pay for each one registered?',
  [['5,000元']], QS, '委员会对每个成功注册的商标补助5,000元')
q('zh', 'list', '确山委员会下半年准备干哪些事？',
  [['注册境外商标'], ['乐器跨境运营班'], ['加厚防震琴盒'], ['维尔纽斯'], ['减少白坯琴出口']], QS,
  '推动10家重点企业注册境外商标', '与县职业中专合办“乐器跨境运营班”', '推广加厚防震琴盒和标准化包装',
  '在维尔纽斯试点第二个公共海外仓', '引导企业减少白坯琴出口')
q('en', 'place', 'Where will Queshan try its second public overseas warehouse?',
  [['维尔纽斯']], QS, '在维尔纽斯试点第二个公共海外仓，服务波罗的海国家订单')
n('en', 'figure', 'What was the growth of Queshan violin exports to Serbia in full year 2024?')
n('zh', 'figure', '确山提琴产业带2026年的跨境电商出口额目标是多少？')
n('en', 'figure', 'How many violins did the Queshan belt export in the second quarter of 2025?')
n('zh', 'figure', '确山去年从欧洲进口了多少琴弦、木料这些原材料？')
n('en', 'figure', 'How much does the Bucharest public warehouse charge per cubic metre of storage?')
n('zh', 'figure', '确山提琴上半年卖到匈牙利的金额有多少？')
n('en', 'list', 'Which online marketplaces do the Queshan sellers use to sell in Romania?')

# ---------------------------------------------------------------- Shaoyang (zh, pdf)
q('zh', 'definition', '邵阳发制品委员会说的“包机”具体指什么？',
  [['整架租用的全货机航班']], SY, '“包机”，是指由委员会组织会员企业集中订舱、整架租用的全货机航班')
q('en', 'definition', 'In the Shaoyang charter notice, what does sharing an air pallet between companies mean?',
  [['两家以上企业的货物合并装在同一块航空集装板上']], SY,
  '“拼板”，是指两家以上企业的货物合并装在同一块航空集装板上')
q('en', 'definition', 'For the Shaoyang subsidy, what counts as the subsidised cargo volume?',
  [['实际装上包机的会员企业发制品的计费重量']], SY,
  '“补贴货量”，是指经委员会核定、实际装上包机的会员企业发制品的计费重量')
q('zh', 'figure', '邵阳发制品去年跨境电商一共出口多少？卖到非洲的有多少？',
  [['9.6亿元'], ['4.1亿元']], SY, '2024年，产业带发制品跨境电商出口额9.6亿元，其中出口非洲4.1亿元')
q('en', 'figure', 'In 2024 how many Africa charter flights did the Shaoyang committee organise, how much cargo, and how much subsidy was paid?',
  [['18班'], ['1260吨'], ['1134万元']], SY,
  '全年组织非洲航线包机18班，补贴货量1260吨，按每公斤9元标准发放补贴1134万元，惠及企业57家')
q('zh', 'figure', '2024年邵阳包机补贴是按每公斤多少钱补的？有多少家企业拿到？',
  [['每公斤9元'], ['57家']], SY, '按每公斤9元标准发放补贴1134万元，惠及企业57家')
q('zh', 'figure', '今年一季度邵阳已经飞了几班包机，装了多少货？',
  [['6班'], ['430吨']], SY, '2025年第一季度已组织包机6班，补贴货量430吨')
q('en', 'figure', 'Since the Shaoyang charters began, how many flights and how many tonnes in total?',
  [['41班'], ['2870吨']], SY, '2022年开通包机以来，累计组织包机41班，补贴货量2870吨')
q('zh', 'figure', '阿克拉那条线去年飞了几班、运了多少吨？',
  [['7'], ['520']], SY, '阿克拉（加纳） | 7 | 520 | 3 | 2天')
q('en', 'place', 'Which Africa route had the most Shaoyang charter flights in Q1 2025?',
  [['阿克拉']], SY, '阿克拉（加纳） | 7 | 520 | 3 | 2天')
q('en', 'list', 'What kinds of hair products were on the Shaoyang charters in 2024, and their shares?',
  [['真人发假发头套'], ['发帘'], ['化纤辫子']], SY,
  '2024年包机货物中真人发假发头套占55%，发帘占30%，化纤辫子占15%')
q('en', 'figure', 'What share of Shaoyang exports to Africa go to Ghana, DR Congo and Ethiopia together?',
  [['62%']], SY, '加纳、刚果（金）和埃塞俄比亚三国合计占产业带对非洲出口额的62%')
q('zh', 'list', '除了加纳、刚果（金）、埃塞俄比亚，邵阳发制品在非洲还主要卖到哪儿？',
  [['科特迪瓦'], ['喀麦隆']], SY, '其余主要销往科特迪瓦和喀麦隆')
q('en', 'reason', 'Why was there only one Kinshasa flight in the first quarter?',
  [['装卸能力有限'], ['每周只能安排1个全货机卸货时段']], SY,
  '金沙萨航线一季度只飞了1班，主要原因是当地机场货站装卸能力有限，',
  '每周只能安排1个全货机卸货时段。')
q('zh', 'figure', '今年的包机补贴标准是多少？中间有没有调整？',
  [['每公斤8元'], ['每公斤7元']], SY, '2025年第一季度补贴标准为每公斤8元，自2025年4月1日起调整为每公斤7元')
q('en', 'figure', 'My company ships a lot of wigs on the Shaoyang charters. What is the most subsidy we can get in one year?',
  [['80万元']], SY, '单个企业全年补贴不超过80万元')
q('zh', 'yesno', '包机补贴能直接打到我们合作货代的账户上吗？',
  [['不向货运代理或个人账户拨付']], SY, '补贴资金由委员会统一拨付到会员企业的基本存款账户，不向货运代理或个人账户拨付')
q('en', 'reason', 'Why did Shaoyang cut the charter subsidy rate in 2025?',
  [['包机市场运价回落'], ['补贴资金总额有限'], ['转向海运加海外仓']], SY,
  '一是包机市场运价回落，每公斤平均运价由2024年的38元降到2025年一季度的31元；二是2025年补贴资金总额有限，需要覆盖更多班次；三是委员会鼓励企业把一部分常规货转向海运加海外仓')
q('zh', 'figure', '包机每公斤平均运价，去年和今年一季度分别是多少？',
  [['38元'], ['31元']], SY, '每公斤平均运价由2024年的38元降到2025年一季度的31元')
q('en', 'list', 'What conditions a company must meet to apply for the Shaoyang charter subsidy?',
  [['在邵阳市注册'], ['委员会统一订舱'], ['品名为发制品'], ['航班起飞后30日内']], SY,
  '一是在邵阳市注册并在产业带内有生产或仓储场地；二是货物通过委员会统一订舱装上包机；三是运单所列品名为发制品；四是在航班起飞后30日内提交申请')
q('zh', 'list', '申请邵阳包机补贴要交哪些材料？',
  [['补贴申请表'], ['航空主运单和分运单'], ['出口报关单或跨境电商出口申报清单'], ['运费支付凭证']], SY,
  '申请时需提交补贴申请表、航空主运单和分运单、出口报关单或跨境电商出口申报清单，以及运费支付凭证')
q('en', 'list', 'What went wrong with the Shaoyang charter subsidy in 2024?',
  [['回程空载'], ['订舱过于集中'], ['混装非发制品货物'], ['补贴结算较慢']], SY,
  '（一）回程空载', '（二）订舱过于集中', '（三）个别企业混装非发制品货物', '（四）补贴结算较慢')
q('zh', 'reason', '为什么说包机单程成本偏高？',
  [['返回时基本无货']], SY, '包机从非洲返回时基本无货，单程成本偏高')
q('en', 'reason', 'Why is it hard to fill a whole plane in the off-season?',
  [['9月至11月旺季订舱量占全年的近一半']], SY, '9月至11月旺季订舱量占全年的近一半，淡季常常凑不满一架飞机')
q('zh', 'figure', '补贴从申请到到账现在平均要多久？委员会打算压到多少天？',
  [['45天'], ['30天以内']], SY, '从提交申请到资金到账平均需要45天', '四是将补贴结算时间压缩到30天以内')
q('en', 'reason', 'Why did 3 Shaoyang companies lose their subsidy for the year?',
  [['混装非发制品货物'], ['申报品名与实际不符']], SY,
  '个别企业混装非发制品货物，申报品名与实际不符，已有3家企业被取消当年补贴资格')
q('zh', 'other', '如果企业申报的品名不实，委员会今年会怎么处理？',
  [['取消两年补贴资格']], SY, '三是对申报不实的企业一律取消两年补贴资格')
q('en', 'list', 'What will the Shaoyang committee do in 2025 to fix the charter problems?',
  [['拼板订舱'], ['回程运载非洲原产发料'], ['取消两年补贴资格'], ['30天以内']], SY,
  '一是在淡季推行拼板订舱', '二是与航空公司协商回程运载非洲原产发料', '三是对申报不实的企业一律取消两年补贴资格',
  '四是将补贴结算时间压缩到30天以内')
q('zh', 'figure', '邵阳2025年包机要飞多少班？对非洲出口要做到多少？',
  [['30班'], ['5亿元']], SY, '2025年目标是全年组织包机30班，补贴货量达到2000吨，对非洲出口额达到5亿元')
q('en', 'date', 'Until when is the Shaoyang charter subsidy notice valid?',
  [['2025年12月31日']], SY, '有效期至2025年12月31日')
n('en', 'date', 'On what date did the first Shaoyang charter flight to Addis Ababa take off?')
n('zh', 'figure', '邵阳发制品2024年跨境电商卖到欧洲的有多少？')
n('en', 'figure', 'How many charter flights went from Shaoyang to Addis Ababa in 2023?')
n('zh', 'figure', '邵阳去拉各斯的包机去年飞了几班？')
n('en', 'other', 'Which airline operates the Shaoyang Africa charter flights?')
n('zh', 'figure', '邵阳去年从非洲进口了多少吨原发料？')
n('en', 'figure', 'What was the average freight rate per kilo on the Accra route alone in 2024?')
n('zh', 'reason', '为什么邵阳包机货里真人发头套比例那么高？')

# ---------------------------------------------------------------- Yuncheng (zh, txt)
q('en', 'definition', 'What is a bonded logistics centre (type B), like the one in Yuncheng?',
  [['由多家企业共同使用的封闭式海关监管场所']], YC,
  '“保税物流中心（B型）”，是指经海关批准设立、由多家企业共同使用的封闭式海关监管场所')
q('zh', 'definition', '“入区退税”怎么理解？货要真的出境才能退吗？',
  [['境内货物进入中心即视同出口'], ['不必等到货物实际离境']], YC,
  '“入区退税”，是指境内货物进入中心即视同出口，企业可凭报关单办理出口退税，不必等到货物实际离境')
q('en', 'definition', 'In the Yuncheng bulletin, what does "export consolidation" mean?',
  [['多家企业的出口货物在中心内集中分拣、拼箱后统一报关出境']], YC,
  '“出口集拼”，是指多家企业的出口货物在中心内集中分拣、拼箱后统一报关出境')
q('zh', 'date', '运城保税物流中心是哪年哪月封关运行的？',
  [['2021年12月']], YC, '中心于2021年12月封关运行')
q('en', 'figure', 'How big is the Yuncheng bonded centre warehouse and how many firms are in it?',
  [['5.2万平方米'], ['64家']], YC, '仓储面积5.2万平方米，现有入驻企业64家')
q('zh', 'figure', '运城中心今年三季度跨境电商出口了多少货值？同比涨了多少？单量多少？',
  [['3.2亿元'], ['44%'], ['186万单']], YC, '2025年第三季度，中心跨境电商出口货值3.2亿元，同比增长44%，出口单量186万单')
q('en', 'figure', 'How full was the Yuncheng warehouse on average in Q3 2025, compared with Q2?',
  [['82%'], ['9个百分点']], YC, '仓库平均使用率82%，比第二季度提高9个百分点')
q('zh', 'figure', '运城中心今年1到9月出口多少？去年全年又是多少？',
  [['8.1亿元'], ['7.4亿元']], YC, '2025年1—9月，跨境电商出口货值8.1亿元，已超过2024年全年的7.4亿元')
q('en', 'figure', 'Since it opened, how much cross-border e-commerce export value has gone through the Yuncheng centre?',
  [['19.6亿元']], YC, '封关运行以来累计出口货值19.6亿元')
q('zh', 'figure', '运城中心今年全年的目标是多少货值、多少家入驻企业？',
  [['11亿元'], ['80家']], YC, '2025年全年跨境电商出口货值达到11亿元，入驻企业达到80家')
q('en', 'list', 'What kinds of firms are in the Yuncheng centre, and how many of each?',
  [['产业带生产企业38家'], ['物流和报关服务企业19家'], ['平台和海外仓服务企业7家']], YC,
  '64家企业中产业带生产企业38家，物流和报关服务企业19家，平台和海外仓服务企业7家')
q('zh', 'list', '运城中心三季度的货，除了东欧和非洲，剩下的主要发到哪些地方？',
  [['西欧'], ['中东']], YC, '其余发往西欧和中东')
q('zh', 'figure', '我们厂想入驻运城保税物流中心，仓储费怎么收？新来的有没有优惠？',
  [['每平方米每天0.6元'], ['前3个月免收仓储费']], YC,
  '中心对产业带会员企业的仓储费按每平方米每天0.6元收取，比周边市场价低约三成；新入驻企业前3个月免收仓储费')
q('en', 'figure', 'How much 9810 overseas-warehouse export went through Yuncheng in Q3, and in January to September?',
  [['1.3'], ['3.2']], YC, row(YC, '9810海外仓'))
q('zh', 'figure', '9710企业对企业模式今年前三季度累计出口多少货值？',
  [['1.8']], YC, row(YC, '9710企业对企业'))
q('zh', 'other', '做乐器出口的企业在运城中心一般走哪种业务模式？',
  [['9810海外仓']], YC, row(YC, '9810海外仓'))
q('en', 'list', 'Which East European countries get most of the goods shipped from the Yuncheng centre?',
  [['斯洛伐克'], ['白俄罗斯'], ['拉脱维亚']], YC, '发往东欧国家的占41%，主要是斯洛伐克、白俄罗斯和拉脱维亚')
q('zh', 'figure', '运城中心三季度的货，发东欧和发非洲的各占多少？',
  [['41%'], ['17%']], YC, '发往东欧国家的占41%', '发往非洲的占17%，主要是埃及和坦桑尼亚')
q('en', 'list', 'Which African countries does Yuncheng mainly ship to?',
  [['埃及'], ['坦桑尼亚']], YC, '发往非洲的占17%，主要是埃及和坦桑尼亚')
q('zh', 'reason', '运城中心三季度出口为什么涨得快？',
  [['入区退税'], ['运城—明斯克中欧班列'], ['提前申报、到港验放']], YC,
  '一是9810海外仓出口货物可以入区退税，企业资金回笼时间由平均70天缩短到约15天；二是7月开通的运城—明斯克中欧班列跨境电商专线每周开行1列，东欧货物可在中心直接装箱发运；三是中心实行“提前申报、到港验放”，货物平均查验时间由24小时压缩到6小时')
q('en', 'figure', 'With tax refund on entry, how fast do exporters get their money back now compared with before?',
  [['70天'], ['15天']], YC, '企业资金回笼时间由平均70天缩短到约15天')
q('en', 'date', 'When did the Yuncheng–Minsk e-commerce train line start, and how often does it run?',
  [['7月'], ['每周开行1列']], YC, '7月开通的运城—明斯克中欧班列跨境电商专线每周开行1列')
q('zh', 'figure', '现在中心查验一批货平均要多久？以前呢？',
  [['6小时'], ['24小时']], YC, '货物平均查验时间由24小时压缩到6小时')
q('en', 'reason', 'Why is the export consolidation business at Yuncheng still so small?',
  [['单独办理检验检疫手续'], ['拼箱等待时间较长']], YC,
  '出口集拼转运业务货值较小，主要是因为食品类货物需要单独办理检验检疫手续，',
  '拼箱等待时间较长，多数食品企业仍选择自行发货。')
q('zh', 'reason', '我是做苹果脆片的，同行好像都不用中心的集拼，自己发货，通报里说是什么原因？',
  [['单独办理检验检疫手续'], ['拼箱等待时间较长']], YC,
  '出口集拼转运业务货值较小，主要是因为食品类货物需要单独办理检验检疫手续，',
  '拼箱等待时间较长，多数食品企业仍选择自行发货。')
q('en', 'list', 'What problems came up in running the Yuncheng bonded centre?',
  [['回程货源不足'], ['专业报关人员紧缺'], ['海外仓信息不对接'], ['退货通道未打通']], YC,
  '1. 回程货源不足。', '2. 专业报关人员紧缺。', '3. 海外仓信息不对接。', '4. 退货通道未打通。')
q('zh', 'reason', '为什么往返运输成本会被推高？',
  [['回程空箱率约为60%']], YC, '班列回程空箱率约为60%，推高了往返运输成本')
q('en', 'reason', 'Why do some Yuncheng firms still need to check data by hand between systems?',
  [['海外仓系统与中心的仓储管理系统数据不能互通']], YC,
  '部分企业的海外仓系统与中心的仓储管理系统数据不能互通，需人工核对')
q('zh', 'yesno', '跨境电商出口的货被退回来，现在能直接退进运城中心吗？',
  [['尚不能办理跨境电商出口退货入区']], YC, '目前中心尚不能办理跨境电商出口退货入区，退货只能在境外低价处理')
q('en', 'list', 'What is the Yuncheng centre planning for the fourth quarter?',
  [['出口退货入区'], ['报关员培训班'], ['海外仓系统对接'], ['回程货源'], ['一体化查询服务']], YC,
  '（一）争取海关支持，年底前开通跨境电商出口退货入区业务。', '（二）与本地职业院校合作举办报关员培训班，第四季度培训60人。',
  '（三）推动中心仓储管理系统与主要海外仓系统对接，首批接入10家企业。', '（四）组织东欧进口商品回程货源，力争将回程空箱率降到40%以下。',
  '（五）11月底前上线“中心—海外仓”一体化查询服务，企业可在线查看货物在途和在库状态。')
q('en', 'definition', 'Which declarations are counted in the Yuncheng export parcel number?',
  [['9610直邮出口和9810海外仓出口的清单数']], YC, '出口单量只统计9610直邮出口和9810海外仓出口的清单数')
n('en', 'figure', 'How many export parcels did the Yuncheng centre handle in the second quarter of 2025?')
n('zh', 'figure', '运城保税物流中心今年三季度跨境电商进口货值是多少？')
n('en', 'figure', 'What share of Yuncheng Q3 exports went to Hungary?')
n('zh', 'figure', '运城中心2026年的出口货值目标是多少？')
n('en', 'figure', 'How much does one container cost on the Yuncheng–Minsk e-commerce train?')
n('zh', 'figure', '9610直邮出口三季度同比增长了多少？')
n('en', 'reason', 'Why did 9710 B2B exports through Yuncheng grow slower than 9810 exports?')
n('zh', 'list', '运城中心里入驻了哪些报关行？')

# ---------------------------------------------------------------- Pingxiang (en, docx)
q('zh', 'definition', '萍乡这个项目里，学员怎样才算“graduate”（结业）？',
  [['completed all 120 course hours and passed the capstone project']], PX,
  'a "graduate" is a trainee who completed all 120 course hours and passed the capstone project')
q('en', 'definition', 'What do trainees actually do in the Pingxiang capstone project?',
  [['runs a real store for four weeks']], PX, 'in which the trainee runs a real store for four weeks')
q('en', 'definition', 'How is the placement rate defined in the Pingxiang review?',
  [['within three months of finishing'], ['employed in a cross-border e-commerce role or run their own cross-border store']], PX,
  'The "placement rate" is the share of graduates who, within three months of finishing, are employed in a cross-border e-commerce role or run their own cross-border store')
q('zh', 'definition', '萍乡报告里的“employer partner”（合作用人单位）是指什么样的企业？',
  [['signs a hiring agreement with the Centre before a cohort starts']], PX,
  'An "employer partner" is a company that signs a hiring agreement with the Centre before a cohort starts and interviews all graduates of that cohort')
q('en', 'list', 'Which marketplaces does the Pingxiang programme train people to sell on?',
  [['Jumia'], ['Kilimall'], ['Allegro'], ['eMAG']], PX, 'such as Jumia, Kilimall, Allegro and eMAG')
q('zh', 'date', '萍乡的非洲和东欧市场专员培训是什么时候开始办的？',
  [['September 2023']], PX, 'in Pingxiang since September 2023')
q('zh', 'figure', '萍乡项目2024年招了多少学员、结业多少、就业率多少？',
  [['412'], ['356'], ['71%']], PX,
  'In 2024 the programme ran three cohorts with 412 trainees enrolled and 356 graduates, and the placement rate was 71%')
q('en', 'figure', 'Pingxiang first half 2025: how many enrolled and how many graduated?',
  [['298'], ['262']], PX, 'with 298 trainees enrolled and 262 graduates')
q('zh', 'figure', '萍乡今年第二季度结业了多少人？',
  [['148']], PX, '148 of these graduated in the second quarter')
q('en', 'figure', 'What was the Pingxiang placement rate in the first half of 2025?',
  [['77%']], PX, 'The placement rate in the first half of 2025 rose to 77%')
q('zh', 'figure', '萍乡项目从开办到现在一共结业了多少人？试点班有多少人？',
  [['713'], ['95']], PX, 'Since the start of the programme, 713 trainees have graduated',
  'The pilot cohort in 2023 produced 95 graduates')
q('en', 'figure', 'What are the Pingxiang centre\'s targets for graduates and placement?',
  [['560 graduates'], ['1,500 graduates'], ['80%']], PX,
  "The Centre's targets are 560 graduates for the whole of 2025, a cumulative total of 1,500 graduates by the end of 2026, and a placement rate of 80% in 2026")
q('zh', 'figure', '我们学校给萍乡项目承训，每结业一个学员能拿多少钱？学员就业了再给多少？',
  [['RMB 2,400'], ['RMB 500']], PX,
  'The Centre pays the providers RMB 2,400 for each graduate and a further RMB 500 for each graduate who is placed')
q('en', 'figure', 'Luxi district in the first half of 2025 — how many graduates and what placement rate?',
  [['44'], ['75%']], PX, 'Luxi | 61 | 44 | 75% | garden tools')
q('zh', 'place', '萍乡哪个区县上半年的就业率最高？',
  [['Anyuan']], PX, 'Anyuan | 128 | 96 | 82% | industrial ceramics')
q('en', 'other', 'In Shangli, what kind of companies mostly hire the graduates?',
  [['festive and party goods']], PX, 'Shangli | 52 | 40 | 70% | festive and party goods')
q('en', 'list', 'What language tracks does the Pingxiang programme offer, and for which markets?',
  [['French track'], ['Russian track'], ['Romanian-and-Polish track']], PX,
  'The French track prepares trainees for West and Central African markets, the Russian track for Belarus, Moldova and the Caucasus, and the Romanian-and-Polish track for eMAG and Allegro')
q('zh', 'list', '萍乡的俄语方向主要对应哪些市场？',
  [['Belarus'], ['Moldova'], ['the Caucasus']], PX, 'the Russian track for Belarus, Moldova and the Caucasus')
q('en', 'figure', 'How were the H1 2025 Pingxiang graduates split between the three language tracks?',
  [['41%'], ['33%'], ['26%']], PX,
  '41% of graduates took the French track, 33% the Russian track and 26% the Romanian-and-Polish track')
q('zh', 'reason', '萍乡项目今年就业率上去了，报告认为主要原因是什么？',
  [['employer partners grew from 21'], ['language tracks were moved to the start of the course'],
   ['capstone stores that reached ten orders were handed over to the trainee']], PX,
  'First, the number of employer partners grew from 21 at the end of 2024 to 38 in June 2025, so more graduates had an interview waiting for them. Second, the language tracks were moved to the start of the course, which gave trainees ten more hours of language practice before the capstone project. Third, capstone stores that reached ten orders were handed over to the trainee')
q('en', 'reason', 'Why did moving the language tracks to the start of the course help trainees?',
  [['ten more hours of language practice before the capstone project']], PX,
  'the language tracks were moved to the start of the course, which gave trainees ten more hours of language practice before the capstone project')
q('zh', 'figure', '上半年有多少学员把实训店铺留下来自己接着经营了？',
  [['46 graduates']], PX, '46 graduates in the first half of 2025 kept running their capstone store as their own business')
q('en', 'reason', 'Why is the placement rate in Lianhua still so low?',
  [['small family firms that hire only in the spring tea season'], ['waited more than three months for a job']], PX,
  'The placement rate in Lianhua stayed low mainly because most local tea sellers are small family firms that hire only in the spring tea season,',
  'so many graduates there waited more than three months for a job.')
q('zh', 'reason', '我是莲花县的学员，结业快四个月了还没找到活，报告里说我们县就业率低是啥原因？',
  [['small family firms that hire only in the spring tea season']], PX,
  'Lianhua | 41 | 30 | 60% | tea and farm products',
  'The placement rate in Lianhua stayed low mainly because most local tea sellers are small family firms that hire only in the spring tea season,',
  'so many graduates there waited more than three months for a job.')
q('en', 'list', 'What problems did the Pingxiang review team point out?',
  [['Too few teachers with market experience'], ['High dropout in the Russian track'], ['Payment set-up delays'],
   ['Weak follow-up'], ['lack product photography skills']], PX,
  '(a) Too few teachers with market experience.', '(b) High dropout in the Russian track.', '(c) Payment set-up delays.',
  '(d) Weak follow-up.', '(e) Employers in Shangli and Lianhua report that graduates lack product photography skills.')
q('zh', 'figure', '萍乡31个老师里，有几个在非洲或东欧生活工作过？',
  [['9 of the 31 teachers']], PX, 'Only 9 of the 31 teachers have lived or worked in Africa or Eastern Europe')
q('en', 'figure', 'How bad was dropout on the Russian track in 2024 compared with other tracks?',
  [['22%'], ['10%']], PX,
  'About 22% of trainees who started the Russian track in 2024 left before graduation, compared with 10% on the other tracks')
q('zh', 'reason', '为什么学员的实训店铺销售时间会被压缩？',
  [['wait two to three weeks to open a receiving account']], PX,
  'Trainees often wait two to three weeks to open a receiving account for African marketplaces, which shortens their capstone sales time')
q('zh', 'list', '评审组对萍乡项目提了哪些建议？',
  [['eight teachers with market experience'], ['Russian foundation course'], ['receiving accounts are opened in the first week'],
   ['graduate tracking system'], ['product photography module']], PX,
  'First, recruit at least eight teachers with market experience before the spring 2026 cohort',
  'Second, add a two-week Russian foundation course before the main course',
  'Third, work with partner banks so that receiving accounts are opened in the first week of the course.',
  'Fourth, set up a graduate tracking system that contacts every graduate at one, three and six months.',
  'Fifth, add a 12-hour product photography module from 2026')
q('zh', 'date', '萍乡秋季班报名什么时候截止？',
  [['20 October 2025']], PX, 'Applications for the autumn cohort close on 20 October 2025')
q('en', 'place', 'Where will the two new Pingxiang cohorts be held in the second half of 2025, and how many places each?',
  [['Anyuan'], ['Luxi'], ['150 places']], PX, 'one in Anyuan and one in Luxi, with 150 places each')
q('en', 'yesno', 'Is the 2023 pilot cohort counted in the Pingxiang district table?',
  [['not in the district table']], PX,
  'The pilot cohort of 2023 is included in the cumulative total but not in the district table')
n('zh', 'figure', '承训的赣西职业商贸学校今年上半年自己培训了多少学员？')
n('en', 'figure', 'What was the placement rate in Anyuan in 2024?')
n('zh', 'figure', '萍乡2023年试点班的就业率是多少？')
n('en', 'figure', 'How many trainees enrolled in Lianhua in the first half of 2025?')
n('zh', 'figure', '宜春有没有开同样的非洲东欧专员班？结业了多少人？')
n('en', 'figure', 'What monthly salary do Pingxiang graduates earn in their first job?')
n('zh', 'list', '萍乡项目合作的银行是哪几家？')
n('en', 'reason', 'Why was the Pingxiang placement rate in 2024 lower than in 2023?')

# ---------------------------------------------------------------- Anqing (en, txt)
q('zh', 'list', '安庆乐器产业带的会员企业主要生产哪些乐器？',
  [['acoustic guitars'], ['ukuleles'], ['digital pianos'], ['drum kits']], AQ,
  'make acoustic guitars, ukuleles, digital pianos and drum kits')
q('en', 'reason', 'Why does the Anqing committee book charter flights at all?',
  [['To secure cargo space for the peak season']], AQ,
  'To secure cargo space for the peak season, the Committee will again book full-freighter charter flights',
  'and pay a subsidy on the freight.')
q('en', 'definition', 'What is a "charter slot" and in what unit is it booked?',
  [['space on a Committee charter flight'], ['one cubic metre']], AQ,
  'a "charter slot" means space on a Committee charter flight that a member company books in units of one cubic metre')
q('zh', 'definition', '安庆通知里的计费重量（chargeable weight）怎么算？',
  [['the actual weight or the volume weight of a shipment, whichever is higher']], AQ,
  'The "chargeable weight" is the actual weight or the volume weight of a shipment, whichever is higher')
q('en', 'definition', 'When is a booking counted as a "no-show"?',
  [['does not deliver cargo to the airport warehouse at least 24 hours before departure']], AQ,
  'A "no-show" is a booked charter slot for which the member company does not deliver cargo to the airport warehouse at least 24 hours before departure')
q('zh', 'figure', '安庆2024年飞东欧的包机一共几班？运了多少吨？补贴花了多少？',
  [['12 charter flights'], ['780 tonnes'], ['RMB 4.68 million']], AQ,
  'In 2024 the Committee ran 12 charter flights to Eastern Europe, carrying 780 tonnes of chargeable weight for 44 member companies, and paid RMB 4.68 million in subsidies')
q('en', 'figure', 'How many Anqing charter flights in first half 2025, and how much cargo?',
  [['5 flights'], ['310 tonnes']], AQ, 'In the first half of 2025 it ran 5 flights carrying 310 tonnes')
q('zh', 'figure', '安庆今年二季度飞了几班、运了多少吨？',
  [['3 flights'], ['190 tonnes']], AQ, 'of which 3 flights and 190 tonnes were in the second quarter')
q('en', 'figure', 'Since the Anqing programme started, how many charter flights and tonnes altogether?',
  [['26 charter flights'], ['1,650 tonnes']], AQ, 'the Committee has run 26 charter flights and carried 1,650 tonnes in total')
q('zh', 'date', '安庆乐器包机项目是从什么时候开始的？',
  [['October 2022']], AQ, 'Since the programme started in October 2022')
q('zh', 'figure', '安庆乐器企业去年跨境电商卖到东欧多少钱？今年目标呢？',
  [['RMB 520 million'], ['RMB 700 million']], AQ,
  "Member companies' cross-border e-commerce sales to Eastern Europe reached RMB 520 million in 2024",
  'and sales to Eastern Europe of RMB 700 million')
q('en', 'figure', 'How many charter flights and tonnes does Anqing plan for 2025?',
  [['20 charter flights'], ['1,200 tonnes']], AQ, 'The target for 2025 is 20 charter flights and 1,200 tonnes')
q('en', 'figure', 'Katowice route in 2024: how many flights and how many tonnes?',
  [['6'], ['410']], AQ, 'Anqing region - Katowice | 6 | 410 | 3 | 2 days')
q('zh', 'figure', '飞地拉那的包机单程要几天？',
  [['3 days']], AQ, 'Anqing region - Tirana | 2 | 130 | 1 | 3 days')
q('en', 'list', 'If goods land in Katowice, which countries can the buyers be in?',
  [['Poland'], ['Czechia'], ['Slovakia']], AQ, 'reach buyers in Poland, Czechia and Slovakia in two to four days')
q('zh', 'place', '我的吉他主要卖北马其顿，该订哪条航线的包机？',
  [['Tirana']], AQ, 'Tirana serves Albania and North Macedonia')
q('zh', 'list', '萨格勒布那条线覆盖哪些国家？',
  [['Croatia'], ['Slovenia'], ['Bosnia and Herzegovina']], AQ, 'Zagreb serves Croatia, Slovenia and Bosnia and Herzegovina')
q('zh', 'figure', '安庆今年的包机补贴每公斤补多少？前后有什么不同？',
  [['RMB 6 per kilogram'], ['RMB 5 per kilogram']], AQ,
  'The subsidy is RMB 6 per kilogram of chargeable weight for flights from January to August 2025 and RMB 5 per kilogram for flights from September to December 2025')
q('en', 'figure', 'What is the maximum charter subsidy one Anqing member can get in 2025?',
  [['RMB 500,000']], AQ, 'The subsidy for one member company may not exceed RMB 500,000 in 2025')
q('zh', 'other', '一年里放了两次鸽子（no-show）会怎么样？',
  [['loses the subsidy for the rest of that year']], AQ,
  'A member company that has two no-shows in the same year loses the subsidy for the rest of that year')
q('en', 'reason', 'Why is the subsidy lower for the September–December flights?',
  [['market charter prices have fallen'], ['spread the fixed 2025 budget over more peak-season flights'], ['Christmas stock']], AQ,
  'First, market charter prices have fallen, from an average of RMB 42 per kilogram in 2024 to RMB 35 per kilogram in the first half of 2025. Second, the Committee wants to spread the fixed 2025 budget over more peak-season flights. Third, the September to December flights carry mostly Christmas stock, which sells at higher margins and needs less support')
q('zh', 'figure', '包机市场价每公斤去年多少？今年上半年降到多少？',
  [['RMB 42 per kilogram'], ['RMB 35 per kilogram']], AQ,
  'from an average of RMB 42 per kilogram in 2024 to RMB 35 per kilogram in the first half of 2025')
q('en', 'list', 'What are the conditions for an Anqing member company to apply for the subsidy?',
  [['registered in Anqing'], ['carried on a Committee charter flight'], ['9610, 9710 or 9810'], ['within 45 days after the flight']], AQ,
  '- it is registered in Anqing and makes musical instruments or accessories in the belt;',
  '- its goods were carried on a Committee charter flight;',
  '- the goods are declared for export under cross-border e-commerce procedures (9610, 9710 or 9810);',
  '- it applies within 45 days after the flight.')
q('zh', 'list', '申请安庆包机补贴要准备什么材料？',
  [['charter slot confirmation'], ['air waybill'], ['export declaration'], ['proof of payment of the freight']], AQ,
  'The application must include the charter slot confirmation, the air waybill, the export declaration, and proof of payment of the freight')
q('zh', 'list', '安庆包机项目去年出了哪些问题？',
  [['No-shows'], ['Damage to digital pianos'], ['Returns'], ['Late payment']], AQ,
  '(1) No-shows.', '(2) Damage to digital pianos.', '(3) Returns.', '(4) Late payment.')
q('en', 'reason', 'Why did the Anqing committee end up paying for empty space on flights?',
  [['17 booked slots were not used']], AQ, '17 booked slots were not used, and the Committee had to pay for empty space')
q('zh', 'reason', '电钢琴运到东欧为啥老是屏幕、琴键坏？',
  [['weak inner packaging']], AQ,
  'About 3% of digital pianos arrived with cracked screens or keys, mainly because of weak inner packaging')
q('zh', 'reason', '为什么东欧退回来的吉他大多只能在当地亏本处理？',
  [['no low-cost way to bring back returned guitars']], AQ,
  'Member companies had no low-cost way to bring back returned guitars from Eastern Europe, so most returns were sold off locally at a loss')
q('en', 'figure', 'How long did Anqing members wait for the subsidy money, and what is the new promise?',
  [['52 days'], ['within 30 days']], AQ,
  'members waited 52 days from application to payment of the subsidy', 'Pay subsidies within 30 days of a complete application')
q('en', 'list', 'What will the Anqing committee do about last year\'s problems?',
  [['deposit of RMB 800 per charter slot'], ['packaging standards'], ['returns consolidation service in Katowice'], ['within 30 days']], AQ,
  '- Charge a deposit of RMB 800 per charter slot, which is returned when the cargo is delivered on time.',
  '- Publish packaging standards for digital pianos and drum kits by 1 August 2025, and check packaging at the airport warehouse.',
  '- Test a returns consolidation service in Katowice from October 2025, so that returned instruments can be repaired and resold in Poland.',
  '- Pay subsidies within 30 days of a complete application.')
q('en', 'reason', 'What is the point of the returns service the Anqing committee will test in Katowice?',
  [['returned instruments can be repaired and resold in Poland']], AQ,
  'so that returned instruments can be repaired and resold in Poland')
q('zh', 'date', '我想订今年9到12月的包机舱位，最晚哪天要订？',
  [['15 July 2025']], AQ, 'Members should book charter slots for September to December 2025 by 15 July 2025')
q('zh', 'yesno', '安庆通知里说的销售额是海关的统计数吗？',
  [['not customs statistics']], AQ, 'Sales figures are collected from members by the Committee and are not customs statistics')
n('zh', 'figure', '安庆的东欧包机2023年一年飞了多少班？')
n('en', 'figure', 'How many tonnes went to Zagreb on the Anqing charters in the first half of 2025?')
n('zh', 'figure', '安庆飞布达佩斯的包机一年有几班？')
n('en', 'figure', 'How much did Anqing instrument companies import from Eastern Europe in 2024?')
n('zh', 'figure', '货到卡托维兹以后，本地派送每件要多少钱？')
n('en', 'place', 'From which Chinese airport do the Anqing charter flights take off?')
n('zh', 'reason', '为什么地拉那航线去年只飞了两班？')


def main():
    counters = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        counters[it['lang']] += 1
        o = {'id': 'fp15-%s-%03d' % (it['lang'], counters[it['lang']])}
        o.update(it)
        out.append(o)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items (zh %d, en %d)' % (len(out), counters['zh'], counters['en']))


if __name__ == '__main__':
    main()
