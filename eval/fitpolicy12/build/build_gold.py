#!/usr/bin/env python3
"""Source of ../gold.jsonl: hand-written questions over the six fp12 documents.
Run: python3 build/build_gold.py  (writes gold.jsonl next to check.py)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
W = 'fp12_zh_wuwei_rail_consolidated_mail_bulletin_2025q3.html'
T = 'fp12_zh_turpan_dried_fruit_overseas_pickup_points_notice_2025.md'
H = 'fp12_zh_hotan_carpet_cooperative_bulky_parcel_review_2025h1.txt'
S = 'fp12_zh_shizuishan_huinong_land_port_rail_road_lcl_notice_2025.pdf'
Z = 'fp12_en_zhongwei_trans_caspian_parcel_delay_claims_bulletin_2025q3.txt'
A = 'fp12_en_aksu_dried_fruit_carpet_cooperative_testing_labelling_guide_2025.docx'

def text(doc):
    if doc.endswith(('.pdf', '.docx')):
        p = os.path.join(ROOT, 'docs_src', os.path.splitext(doc)[0] + '.txt')
    else:
        p = os.path.join(ROOT, 'docs', doc)
    return open(p, encoding='utf-8').read()

def L(doc, prefix):
    """the whole source line that starts with prefix (trailing spaces removed)"""
    for line in text(doc).split('\n'):
        if line.startswith(prefix):
            return line.rstrip()
    raise KeyError(prefix)

ITEMS = []

def q(lang, typ, question, answers, doc, *quotes):
    groups = [[a] if isinstance(a, str) else list(a) for a in answers]
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=groups,
                      evidence=[{'source': doc, 'quote': x} for x in quotes], unanswerable=False))

def nm(lang, typ, question):
    ITEMS.append(dict(lang=lang, type=typ, question=question, answers=[], evidence=[], unanswerable=True))

# ---------------------------------------------------------------- W: Wuwei consolidated mail bulletin (zh, html)
q('zh', 'definition', '集装邮件到底是啥意思？就是把小包直接塞进集装箱吗？',
  ['先装入邮袋，再把邮袋集中装入铁路集装箱'], W,
  '指邮政企业将寄往同一目的国的跨境电商小包先装入邮袋，再把邮袋集中装入铁路集装箱，凭一票总运单交铁路运输的国际邮件')
q('en', 'definition', 'In the Wuwei port bulletin, what does it mean when mail "rides along" on trains? They run a special mail train for it?',
  ['随中亚、欧洲方向的普通货运班列一同发运'], W,
  '指邮件集装箱不单独开行专列，而是随中亚、欧洲方向的普通货运班列一同发运的运输方式')
q('zh', 'definition', '武威那份通报里的邮件全程时效，是从哪一步算到哪一步？',
  ['完成封发起', '扫描接收为止'], W,
  '指从邮件在武威陆港邮件处理中心完成封发起，到目的国邮政处理中心扫描接收为止所经历的天数')
q('en', 'other', 'If my mail reach the Wuwei processing centre after the cut-off time, what happen with it?',
  ['顺延至下一列'], W, '超过截单时间交寄的邮件顺延至下一列')
q('zh', 'figure', '武威陆港今年三季度一共发了多少件集装邮件？', ['46.8万件'], W,
  '2025年第三季度，经武威陆港发运的集装邮件共计46.8万件、重量312吨，使用集装箱58个')
q('en', 'figure', 'How many tonnes of consolidated mail left Wuwei in the third quarter of 2025, and how many containers did that take?',
  ['312吨', '58个'], W, '2025年第三季度，经武威陆港发运的集装邮件共计46.8万件、重量312吨，使用集装箱58个')
q('en', 'figure', 'What was the first-half 2025 volume of consolidated mail at Wuwei, in pieces and in weight?',
  ['71.5万件', '486吨'], W, '上半年累计发运集装邮件71.5万件、重量486吨')
q('zh', 'figure', '武威今年集装邮件全年定了多少目标？到9月底完成了多少比例？', ['160万件', '73.9%'], W,
  '1—9月累计发运118.3万件，已完成全年160万件目标的73.9%')
q('zh', 'date', '武威是哪年哪月开始搭班列运邮的？到现在累计发了多少件？', ['2022年9月', '309万件'], W,
  '自2022年9月首次搭载运邮以来，累计发运集装邮件约309万件')
q('en', 'figure', 'On average how many days did a mail item take end to end in Q3, and how much quicker was that than Q2?',
  ['16.5天', '2.1天'], W, '第三季度邮件全程时效平均为16.5天，比第二季度', '缩短2.1天；其中中亚方向平均9.2天，欧洲方向平均21.4天')
q('zh', 'figure', '我寄去欧洲的集装邮件，按三季度的情况大概多少天能到？', ['21.4天'], W, '欧洲方向平均21.4天')
q('zh', 'figure', '三季度一共多少列班列搭了邮件？中亚方向占几列？', ['49列', '31列'], W,
  '第三季度共有49列班列搭载运邮，其中中亚方向31列、欧洲方向13列、西亚方向5列')
q('en', 'list', 'The Wuwei bulletin splits the mail by direction. Which directions are these?',
  ['中亚方向', '欧洲方向', '西亚方向'], W, '中亚方向', '欧洲方向', '西亚方向')
q('en', 'place', 'Consolidated mail from Wuwei to Central Asia goes mainly to which cities?', ['奇姆肯特', '撒马尔罕'], W,
  '奇姆肯特、撒马尔罕')
q('zh', 'list', '发巴库、第比利斯那个方向的主要都是些什么货？', ['地毯挂毯', '家居饰品'], W, '地毯挂毯、家居饰品')
q('en', 'figure', 'For the Europe direction, how many pieces (in 10,000s) in Q3 and what growth year on year?',
  ['18.7', '33%'], W, '欧洲方向', '18.7', '33%')
q('en', 'list', 'What kinds of goods go mostly in the mail to Hamburg and Vilnius?', ['手机配件', '户外用品', '干果礼盒'], W,
  '手机配件、户外用品、干果礼盒')
q('zh', 'reason', '三季度武威的集装邮件为什么涨得这么快？', ['每周2列增至每周4列', '新增一条自动分拣线', ('两个电商产业园集中交寄', '集中交寄')], W,
  '一是7月起搭载运邮由每周2列增至每周4列，邮件等待装箱的时间由平均3.5天缩短到1.5天；二是陆港邮件处理中心新增一条自动分拣线，日处理能力由1.8万件提高到3万件；三是凉州区、民勤县两个电商产业园集中交寄，园区卖家交寄量占全市的44%')
q('en', 'reason', 'Why do mail items now wait only about 1.5 days to be put into containers at Wuwei?',
  ['每周2列增至每周4列'], W, '一是7月起搭载运邮由每周2列增至每周4列，邮件等待装箱的时间由平均3.5天缩短到1.5天')
q('en', 'reason', 'Why did the Europe direction grow slower than Central Asia in Q3?', [('换装站拥堵', '换装站拥堵延误6天')], W,
  '主要是8月有一列欧洲方向班列因换装站拥堵延误6天，部分卖家临时改走航空小包')
q('zh', 'list', '武威这边运邮现在还有哪些问题没解决？', ['带电产品比例偏高', '邮袋重量不均', '回程方向几乎没有进口邮件', ('交寄量小', '单件揽收成本比城区高出约40%')], W,
  '带电产品比例偏高，部分邮袋因内含未申报的锂电池被退回重新封发，第三季度退回重封的邮件达1,260件。',
  '邮袋重量不均，个别邮袋超过每袋30公斤的上限，影响装箱和换装效率。',
  '回程方向几乎没有进口邮件，集装箱空箱回送费用由协调办和邮政企业分摊，压力较大。',
  '古浪县、天祝县卖家交寄量小，单件揽收成本比城区高出约40%。')
q('zh', 'reason', '为啥有的邮袋会被退回来重新封？', ['内含未申报的锂电池'], W,
  '部分邮袋因内含未申报的锂电池被退回重新封发')
q('en', 'reason', 'Why are empty-container return costs a burden for the coordination office and the post?',
  ['回程方向几乎没有进口邮件'], W, '回程方向几乎没有进口邮件，集装箱空箱回送费用由协调办和邮政企业分摊，压力较大。')
q('zh', 'reason', '邮袋装太重了会有什么影响？一袋最多能装多重？', ['影响装箱和换装效率', '30公斤'], W,
  '邮袋重量不均，个别邮袋超过每袋30公斤的上限，影响装箱和换装效率。')
q('en', 'reason', 'I sell from Gulang county. Why is collection so expensive for sellers like us?', ['交寄量小'], W,
  '古浪县、天祝县卖家交寄量小，单件揽收成本比城区高出约40%。')
q('zh', 'date', '四季度那两列运邮专列大概什么时候开？', ['10月下旬', '12月上旬'], W,
  '第四季度争取开行两列运邮专列，分别在10月下旬和12月上旬发运。')
q('en', 'list', 'I am a seller in Minqin county — what will be set up for us, and on which days they come to collect?',
  ['集装邮件揽收点', '周二', '周五'], W, '在民勤县设立集装邮件揽收点，每周二、周五上门揽收。')
q('en', 'list', 'List the next steps the Wuwei office plans after Q3.',
  ['运邮专列', '揽收点', '预检', '培训', '截单时间'], W,
  '第四季度争取开行两列运邮专列，分别在10月下旬和12月上旬发运。',
  '在民勤县设立集装邮件揽收点，每周二、周五上门揽收。',
  '对带电产品实行交寄前预检，预检合格的邮件加贴绿色标签后方可封袋。',
  '组织两期集装邮件交寄规范培训，每期不超过80人，重点讲解邮袋封装和带电产品申报。',
  '与铁路部门协商，将集装邮件截单时间由发车前48小时调整为发车前36小时。')
q('zh', 'other', '以后我寄带电池的产品，要先做什么才能封袋？', ['交寄前预检', '绿色标签'], W,
  '对带电产品实行交寄前预检，预检合格的邮件加贴绿色标签后方可封袋。')
q('zh', 'yesno', '武威通报里的邮件件数算不算进口邮件？', ['不含国内邮件和进口邮件'], W, '本通报中的邮件件数不含国内邮件和进口邮件')
q('en', 'list', 'Which two places have e-commerce parks whose sellers hand in Wuwei mail together?', ['凉州区', '民勤县'], W,
  '三是凉州区、民勤县两个电商产业园集中交寄')
nm('en', 'list', 'Which airlines did Wuwei sellers switch to when the Europe train was late in August?')
nm('zh', 'figure', '武威陆港今年第二季度单季发了多少件集装邮件？')
nm('en', 'figure', 'How many consolidated mail items did Wuwei land port send in the whole of 2023?')
nm('zh', 'figure', '武威陆港三季度进口邮件有多少件？')
nm('en', 'figure', 'What is the average end-to-end time for mail going to Baku and Tbilisi?')
nm('zh', 'figure', '中亚方向三季度的集装邮件一共多重，多少吨？')
nm('en', 'figure', 'What target has Wuwei set for consolidated mail in 2026?')
nm('zh', 'figure', '在武威交寄集装邮件，每公斤运费是多少钱？')
nm('en', 'place', 'Where in Tianzhu county will the new mail collection point be set up?')

# ---------------------------------------------------------------- T: Turpan pick-up points notice (zh, md)
q('zh', 'definition', '合作社说的海外自提点是什么？会不会帮买家送上门？', [('由买家到店自取', '自提点不负责送货上门')], T,
  '指合作社与境外商户签约、用于存放社员跨境电商订单并由买家到店自取的门店或仓位，自提点不负责送货上门')
q('en', 'definition', 'How does the Turpan dried-fruit cooperative calculate the pick-up rate?',
  ['7天内完成自提的订单数占到店订单总数的比例'], T, '指买家在到店通知发出后7天内完成自提的订单数占到店订单总数的比例')
q('zh', 'definition', '什么样的订单算滞留件？滞留了会怎么处理？', ['超过15天', '退回合作社在当地的集货仓'], T,
  '指到店后超过15天仍未被买家取走的订单，滞留件由自提点退回合作社在当地的集货仓')
q('en', 'date', 'Since when does the Turpan cooperative run overseas pick-up points on trial?', ['2023年5月'], T,
  '合作社自2023年5月起在中亚和西亚城市试点设立海外自提点')
q('zh', 'figure', '今年前三季度社员通过自提点做了多少单、卖了多少钱？', ['8.6万单', '2,150万元'], T,
  '2025年1—9月，社员通过海外自提点完成的订单共计8.6万单，销售额2,150万元，同比分别增长58%和47%')
q('zh', 'figure', '三季度自提点的订单有多少？', ['3.4万单'], T, '其中第三季度订单3.4万单，是开点以来单季最高')
q('en', 'figure', 'How many orders and how much sales went through the pick-up points in 2024?', ['7.9万单', '1,980万元'], T,
  '2024年全年自提点订单为7.9万单，销售额1,980万元')
q('en', 'figure', 'What order targets did the council set for 2025 and for 2026?', ['12万单', '18万单'], T,
  '2025年全年力争达到12万单，2026年达到18万单')
q('zh', 'figure', '1—9月自提率平均多少？比去年高了多少？', ['86%', '5个百分点'], T, '1—9月平均自提率为86%，比2024年提高5个百分点')
q('zh', 'figure', '我打算往杜尚别发货，那个点一般几天到店？自提率怎么样？', ['10', '84%'], T,
  '杜尚别 | 2024年3月 | 2.4 | 84% | 10 | 葡萄干、巴旦木')
q('en', 'date', 'When was the Bukhara pick-up point opened?', ['2024年9月'], T, '布哈拉 | 2024年9月 | 1.9 | 87% | 9 | 哈密瓜干、红枣')
q('zh', 'list', '布哈拉那个自提点主要卖哪些东西？', ['哈密瓜干', '红枣'], T, '布哈拉 | 2024年9月 | 1.9 | 87% | 9 | 哈密瓜干、红枣')
q('en', 'list', 'In which cities does the Turpan cooperative have pick-up points now?', ['奥什', '杜尚别', '布哈拉', '阿克托别'], T,
  '奥什 | 2023年5月 | 3.1 | 89% | 8 | 无核白葡萄干、杏干', '杜尚别 | 2024年3月 | 2.4 | 84% | 10 | 葡萄干、巴旦木',
  '布哈拉 | 2024年9月 | 1.9 | 87% | 9 | 哈密瓜干、红枣', '阿克托别 | 2025年4月 | 1.2 | 79% | 13 | 葡萄干礼盒、桑葚干')
q('en', 'place', 'Which pick-up point had the most orders from January to September?', ['奥什'], T,
  '奥什 | 2023年5月 | 3.1 | 89% | 8 | 无核白葡萄干、杏干')
q('en', 'figure', 'What share of the cooperative orders comes from members in Shanshan county?', ['31%'], T,
  '社员中，高昌区社员的订单占52%，鄯善县占31%，托克逊县占17%')
q('zh', 'place', '哪个区县的社员自提点订单最多？', ['高昌区'], T, '社员中，高昌区社员的订单占52%，鄯善县占31%，托克逊县占17%')
q('zh', 'reason', '自提点的订单为什么涨这么猛？', ['免去了末端派送费用', '双语包装', '阿克托别自提点4月开业'], T,
  '一是自提点免去了末端派送费用，买家每单可少付约1.5美元，价格优势明显；二是合作社统一印制了俄文、乌兹别克文双语包装，买家认可度提高；三是阿克托别自提点4月开业后，带动哈萨克斯坦西部订单从无到有')
q('en', 'list', 'In which languages is the cooperative bilingual packaging printed?', ['俄文', '乌兹别克文'], T,
  '合作社统一印制了俄文、乌兹别克文双语包装')
q('zh', 'reason', '阿克托别的自提率为啥比别的点低？', [('对到店自取不熟悉', '误以为会送货上门')], T,
  '阿克托别自提率偏低，主要是当地买家对到店自取不熟悉，部分买家误以为会送货上门')
q('en', 'list', 'What problems did the cooperative council find with the pick-up point business?',
  ['含水率控制不严', ('场地小', '仓位紧张'), ('代收服务费', '0.8美元上调至1.1美元'), ('私下与自提点商户结算', '绕开合作社统一账户')], T,
  '（一）部分社员葡萄干含水率控制不严，到店后出现结块，第三季度因此产生的退款约4.6万元。',
  '（二）自提点场地小，旺季（9—10月）仓位紧张，杜尚别点曾两次暂停接收新订单。',
  '（三）境外商户的代收服务费由每单0.8美元上调至1.1美元，增加了社员成本。',
  '（四）个别社员私下与自提点商户结算，绕开合作社统一账户，存在资金风险。')
q('zh', 'reason', '葡萄干到了自提点结块，是什么原因？三季度为此退了多少钱？', ['含水率控制不严', '4.6万元'], T,
  '（一）部分社员葡萄干含水率控制不严，到店后出现结块，第三季度因此产生的退款约4.6万元。')
q('en', 'reason', 'Why did the Dushanbe point stop taking new orders two times?', [('场地小', '仓位紧张')], T,
  '（二）自提点场地小，旺季（9—10月）仓位紧张，杜尚别点曾两次暂停接收新订单。')
q('zh', 'reason', '社员的成本为啥增加了？境外商户那边的费用涨到多少？', ['代收服务费', '1.1美元'], T,
  '（三）境外商户的代收服务费由每单0.8美元上调至1.1美元，增加了社员成本。')
q('en', 'reason', 'Why the cooperative does not like members settling privately with the pick-up shop owners?', ['存在资金风险'], T,
  '（四）个别社员私下与自提点商户结算，绕开合作社统一账户，存在资金风险。')
q('en', 'place', 'Where will the cooperative add a new pick-up point, and by when?', ['撒马尔罕', '2026年3月底前'], T,
  '2026年3月底前在撒马尔罕增设一个自提点，上半年试运营')
q('en', 'figure', 'How much subsidy per order will the cooperative pay towards the higher service fee, and for how long?',
  ['0.3美元', '2026年全年'], T, '合作社按每单0.3美元补贴代收服务费上涨部分，补贴期暂定为2026年全年')
q('zh', 'other', '要是有社员私下跟自提点老板结账，会被怎么处理？', ['暂停其自提点发货资格三个月'], T,
  '所有自提点订单一律通过合作社统一账户结算，违者暂停其自提点发货资格三个月')
q('zh', 'list', '合作社2026年对自提点业务有哪些安排？', ['撒马尔罕', '抽检含水率', '0.3美元', '统一账户结算'], T,
  '2026年3月底前在撒马尔罕增设一个自提点，上半年试运营。', '对交寄自提点的葡萄干统一抽检含水率，含水率超过15%的不予发运。',
  '合作社按每单0.3美元补贴代收服务费上涨部分，补贴期暂定为2026年全年。',
  '所有自提点订单一律通过合作社统一账户结算，违者暂停其自提点发货资格三个月。')
q('en', 'other', 'Some buyers think we deliver to the door. What should I write on my product page?', ['到店自提、不送货上门'], T,
  '建议社员在商品页面', '注明“到店自提、不送货上门”，减少误解')
q('zh', 'yesno', '通知里的订单数包括我们在国内平台上卖的吗？', ['不含社员在国内电商平台的销售'], T,
  '本通知中的订单和销售额仅统计经海外自提点完成的出口订单，不含社员在国内电商平台的销售')
q('zh', 'list', '奥什那个自提点主要卖哪几样？', ['无核白葡萄干', '杏干'], T, '奥什 | 2023年5月 | 3.1 | 89% | 8 | 无核白葡萄干、杏干')
nm('zh', 'figure', '合作社的海外自提点2023年的自提率是多少？')
nm('zh', 'figure', '撒马尔罕自提点今年1—9月的订单有多少？')
nm('en', 'figure', 'How many orders did the Osh pick-up point handle in Q3 2025 only?')
nm('zh', 'figure', '托克逊县社员通过自提点卖了多少钱？')
nm('en', 'figure', 'What was the pick-up rate of the Dushanbe point in 2024?')
nm('zh', 'figure', '滞留件退回集货仓以后，每件要交多少仓储费？')
nm('en', 'other', 'Which logistics company carries the cooperative parcels from Turpan to the pick-up points?')
nm('en', 'figure', 'How many members does the Turpan dried fruit cooperative have?')

# ---------------------------------------------------------------- H: Hotan carpet cooperative review (zh, txt)
q('zh', 'figure', '和田那个地毯合作社有多少户织户？', ['412户'], H, '合作社现有社员织户412户，分布在墨玉县、洛浦县、于田县和和田县')
q('en', 'list', 'The Hotan carpet cooperative weavers live in which counties?', ['墨玉县', '洛浦县', '于田县', '和田县'], H,
  '合作社现有社员织户412户，分布在墨玉县、洛浦县、于田县和和田县')
q('zh', 'definition', '多大的包裹算大件包裹？', ['单边长度超过150厘米', '单件重量超过30公斤'], H, '指单边长度超过150厘米或单件重量超过30公斤的包裹')
q('en', 'yesno', 'Is a 2 x 3 metre carpet packed in a roll counted as a bulky parcel?', ['均属大件包裹'], H, '成卷包装的2×3米地毯均属大件包裹')
q('zh', 'definition', '合作社说的拼运具体是怎么运的？', ['统一装入同一个铁路集装箱或卡车车厢'], H,
  '指合作社把多个社员的大件包裹集中到和田集货点，统一装入同一个铁路集装箱或卡车车厢发往境外海外仓，再由海外仓分拨给买家')
q('en', 'definition', 'What means the knot-count grade (daoshu) in the Hotan carpet review?', ['每平方米的打结数量折算的密度等级'], H,
  '指手工地毯每平方米的打结数量折算的密度等级')
q('en', 'figure', 'In the first half of 2025, how many carpets and wall hangings did the cooperative export, and for what value?',
  ['6,840条', '1,720万元'], H, '2025年上半年，合作社经跨境电商出口手工地毯和挂毯共6,840条，出口额1,720万元，同比分别增长34%和28%')
q('en', 'figure', 'What did the carpet cooperative export in the second quarter alone?', ['3,950条', '990万元'], H, '其中第二季度出口3,950条，出口额990万元')
q('zh', 'figure', '合作社去年一整年出口了多少条？出口额多少？', ['10,600条', '2,610万元'], H, '2024年全年出口10,600条，出口额2,610万元')
q('en', 'date', 'When did the Hotan cooperative begin cross-border e-commerce, and how many carpets since then?', ['2023年3月', '2.3万条'], H,
  '自2023年3月开展跨境电商业务以来，累计出口约2.3万条')
q('zh', 'figure', '今年合作社定的出口目标是多少？', ['1.4万条', '3,500万元'], H, '2025年全年目标为出口1.4万条、出口额3,500万元')
q('en', 'figure', 'How many consolidated shipments were organised in H1, and what share of all export parcels went that way?',
  ['38批', '77.6%'], H, '上半年共组织拼运38批，拼运大件包裹5,310件，占出口包裹总数的77.6%')
q('zh', 'figure', '地毯拼运比一件件直接发，每平方米头程能省多少？', ['26元'], H, '拼运后每平方米地毯的平均头程运费为42元，比单件直发的68元低26元')
q('en', 'figure', 'How many carpets did Moyu county export in H1 and how fast did it grow?', ['2,910', '41%'], H, L(H, '墨玉县 '))
q('zh', 'list', '于田县那边主打什么产品？', ['小尺寸门垫毯', '壁毯'], H, L(H, '于田县 '))
q('en', 'list', 'What are the main products of Moyu county weavers?', ['丝毯', '艾德莱斯纹样挂毯'], H, L(H, '墨玉县 '))
q('zh', 'figure', '德国、奥地利、西班牙加起来占上半年出口额多少？', ['58%'], H, '德国、奥地利、西班牙三国合计占上半年出口额的58%')
q('en', 'list', 'Which European countries are the main buyers of the Hotan carpets?', ['德国', '奥地利', '西班牙'], H,
  '德国、奥地利、西班牙三国合计占上半年出口额的58%')
q('zh', 'reason', '和田地毯上半年出口为啥涨得快？', ['拼运降低了头程运费', '展示区', '直播间'], H,
  '（一）拼运降低了头程运费，社员报价更有竞争力；', '（二）合作社在维也纳、巴塞罗那两个海外仓各租用了一个展示区，买家可以现场看货；',
  '（三）墨玉县新建了一个直播间，上半年直播带来的订单占墨玉县出口的三成左右。')
q('en', 'place', 'In which cities did the carpet cooperative rent display areas in overseas warehouses?', ['维也纳', '巴塞罗那'], H,
  '（二）合作社在维也纳、巴塞罗那两个海外仓各租用了一个展示区，买家可以现场看货；')
q('en', 'reason', 'Why are Yutian and Hotan county growing slower than the others?', [('单价低', '小尺寸产品单价低'), ('等待凑箱', '体积不足等待凑箱')], H,
  '于田县、和田县增速较低，主要是这两个县的小尺寸产品单价低，拼运时常因体积不足等待凑箱，发货周期比墨玉县长约10天')
q('zh', 'list', '总结里说工作中暴露了哪些问题？', ['熏蒸或除虫处理', '仓储费按体积计算', '不会拍摄商品图片', '退货处理难', '拼运批次不固定'], H,
  L(H, '1. 羊毛地毯'), L(H, '2. 海外仓仓储费'), L(H, '3. 部分织户'), L(H, '4. 退货处理难'), L(H, '5. 拼运批次'))
q('en', 'reason', 'Why does fumigation slow down wool carpet exports to Europe?', ['没有认可的处理场所'], H, L(H, '1. 羊毛地毯'))
q('en', 'reason', 'Why is the overseas warehouse storage so costly for carpets? What share of export value it ate in H1?',
  [('按体积计算', '占用空间大'), '6.3%'], H, L(H, '2. 海外仓仓储费'))
q('zh', 'reason', '大地毯退货为什么难办？上半年退货率多少？', ['运费往往超过商品价值的一半', '2.9%'], H, L(H, '4. 退货处理难'))
q('en', 'reason', 'Why can weavers not plan their weaving schedule in advance?', ['拼运批次不固定'], H, L(H, '5. 拼运批次'))
q('zh', 'date', '下半年拼运固定在每月哪几天发？', ['6批', '5日、10日、15日、20日、25日和月底'], H, '一是从8月起固定每月拼运6批，每月5日、10日、15日、20日、25日和月底各发一批')
q('en', 'other', 'Returns that land in the overseas warehouse, what will the cooperative do with them from now?', ['在当地折价转售'], H,
  '四是对在海外仓产生的退货，优先在当地折价转售，不再运回国内')
q('en', 'list', 'What does the carpet cooperative plan for the second half of 2025?', ['固定每月拼运6批', '除虫处理点', '摄影培训', '在当地折价转售'], H,
  L(H, '一是从8月起'))
q('zh', 'other', '合作社建议社员报价的时候把什么算进成本？', ['海外仓仓储费'], H, '建议社员报价时', '把海外仓仓储费计入成本')
nm('zh', 'figure', '和田县去年全年出口了多少条地毯？')
nm('en', 'figure', 'How many carpets did the Hotan cooperative export in the third quarter of 2025?')
nm('zh', 'figure', '合作社上半年从国外进口了多少羊毛？')
nm('en', 'figure', 'What is the export value to Azerbaijan alone in the first half?')
nm('zh', 'figure', '皮山县有多少户织户加入了合作社？')
nm('en', 'figure', 'What is the selling price per square metre of a Moyu silk carpet?')
nm('zh', 'place', '和田本地的除虫处理点准备设在哪个乡镇？')
nm('en', 'reason', 'Why did Luopu county carpet exports grow 37 percent?')

# ---------------------------------------------------------------- S: Shizuishan Huinong LCL notice (zh, pdf)
q('zh', 'definition', '惠农陆港的公铁联运拼箱是怎么个运法？', ['先走铁路', '卡车'], S,
  '先走铁路运到中亚的铁路场站，再由合作车队用卡车送到目的城市海外仓的运输方式')
q('en', 'figure', 'My goods are only 0.6 cubic metre. How Huinong will charge me for LCL?', ['按1立方米计收'], S,
  '拼箱业务按立方米计费，不足1立方米的按1立方米计收')
q('zh', 'definition', '通知里的装载率是怎么定义的？', ['实际装载货物体积占其可装体积的比例'], S, '指一个集装箱实际装载货物体积占其可装体积的比例')
q('en', 'definition', 'How does the Huinong notice define door-to-warehouse time?', ['从货物进入惠农陆港拼箱仓到目的城市海外仓签收之间的天数'], S,
  '指从货物进入惠农陆港拼箱仓到目的城市海外仓签收之间的天数')
q('zh', 'figure', '2024年惠农拼箱一共发了多少方？多少家卖家用了？', ['2,860立方米', '214家'], S, '2024年全年共发运拼箱货物2,860立方米，涉及卖家214家')
q('en', 'figure', 'What LCL volume did Huinong ship in Q3 2025, and the growth on last year?', ['1,370立方米', '46%'], S, '第三季度发运1,370立方米，同比增长46%')
q('en', 'figure', 'Total LCL volume January to September 2025 at Huinong?', ['3,310立方米'], S, '1—9月累计发运3,310立方米，已超过2024年全年')
q('zh', 'figure', '1—9月一共拼了多少批？服务了几家卖家？', ['52批次', '263家'], S, '1—9月共拼箱发运52批次，服务卖家263家')
q('en', 'date', 'Since when is the Huinong LCL service running, and how much volume in total so far?', ['2023年6月', '6,900立方米'], S,
  '自2023年6月开办以来，累计发运约6,900立方米')
q('zh', 'figure', '惠农拼箱明年的目标是多少？', ['6,000立方米', '400家'], S, '2026年目标为全年发运6,000立方米、服务卖家400家')
q('en', 'figure', 'What was the average LCL rate per cubic metre in Jan–Sep 2025, and in 2024?', ['1,150元', '1,280元'], S,
  '2025年1—9月，拼箱平均运价为每立方米1,150元，比2024年的1,280元下降约10%')
q('zh', 'figure', '从进仓到海外仓签收现在平均要几天？比去年快了几天？', ['14天', '3天'], S, '平均门到仓时效为14天，比2024年缩短3天')
q('en', 'figure', 'For the Huinong–Kostanay line, volume in Jan–Sep 2025 and door-to-warehouse days?', ['1,390', '12'], S, L(S, '惠农—科斯塔奈 '))
q('zh', 'place', '阿什哈巴德那条线到了以后卡车接驳送到哪些城市？', ['阿什哈巴德', '马雷'], S, L(S, '惠农—阿什哈巴德 '))
q('zh', 'list', '惠农现在一共开了哪几条拼箱线路？', ['惠农—科斯塔奈', '惠农—阿什哈巴德', '惠农—克孜勒奥尔达'], S,
  L(S, '惠农—科斯塔奈 '), L(S, '惠农—阿什哈巴德 '), L(S, '惠农—克孜勒奥尔达 '))
q('en', 'list', 'On the Kyzylorda line, to which cities the trucks deliver?', ['克孜勒奥尔达', '突厥斯坦'], S, L(S, '惠农—克孜勒奥尔达 '))
q('en', 'list', 'Which kinds of goods make up most of the Huinong LCL volume?', ['小家电', '汽车配件', '枸杞'], S,
  '小家电、汽车配件和枸杞等本地特产分别占1—9月发运量的35%、27%和18%')
q('en', 'place', 'Sellers from which district and county together give more than 40% of the volume?', ['平罗县', '大武口区'], S,
  '平罗县和大武口区卖家的货量合计占四成以上')
q('zh', 'reason', '拼箱运价为什么降下来了？', ['每周拼箱一次增加到两次', '签订了年度协议', '回程搭载哈萨克斯坦面粉'], S,
  '一是拼箱仓由每周拼箱一次增加到两次，集装箱平均装载率由71%提高到88%；二是与卡车接驳车队签订了年度协议，接驳价格锁定到2026年6月；三是回程搭载哈萨克斯坦面粉，回程空箱费用减少。')
q('en', 'reason', 'Why did the average load factor of the containers go up from 71% to 88%?', ['每周拼箱一次增加到两次'], S,
  '一是拼箱仓由每周拼箱一次增加到两次，集装箱平均装载率由71%提高到88%')
q('zh', 'reason', '回程空箱的费用怎么就少了？', ['回程搭载哈萨克斯坦面粉'], S, '三是回程搭载哈萨克斯坦面粉，回程空箱费用减少。')
q('en', 'reason', 'Why the Ashgabat line takes longer than other lines?', ['经过第三国过境', '查验环节较多'], S,
  '惠农—阿什哈巴德线路时效较长，主要是货物在边境换装后还要经过第三国过境，查验环节较多。')
q('zh', 'list', '货代和卖家反映拼箱业务现在有哪些问题？', ['申报品名过于笼统', '车辆排队', '没有全程轨迹', ('原产地证书和检验证书', '准备不及时')], S,
  '（一）部分卖家申报品名过于笼统，如只写“日用品”，在境外查验时被要求补充资料。',
  '（二）拼箱仓在每周二截单前后送货车辆排队，平均等待约2小时，高峰时超过4小时。',
  '（三）卡车接驳段没有全程轨迹，卖家查询不到货物在境外的位置。',
  '（四）枸杞等食品需要提供原产地证书和检验证书，部分卖家准备不及时。')
q('zh', 'reason', '为啥我的货在境外查验时被要求补资料？', ['申报品名过于笼统'], S,
  '（一）部分卖家申报品名过于笼统，如只写“日用品”，在境外查验时被要求补充资料。')
q('en', 'reason', 'Why can sellers not see where their goods are once abroad?', ['卡车接驳段没有全程轨迹'], S,
  '（三）卡车接驳段没有全程轨迹，卖家查询不到货物在境外的位置。')
q('zh', 'list', '我要发枸杞，要准备哪些证书？', ['原产地证书', '检验证书'], S, '（四）枸杞等食品需要提供原产地证书和检验证书，部分卖家准备不及时。')
q('zh', 'date', '拼箱计费起点改成多少？从哪天开始执行？', ['2026年1月1日', '0.5立方米'], S, '一是自2026年1月1日起，拼箱计费起点由1立方米降为0.5立方米；')
q('en', 'place', 'Which new line will Huinong open in early 2026?', ['惠农—塔拉兹'], S, '二是2026年第一季度开通第四条线路惠农—塔拉兹，试运行三个月；')
q('en', 'list', 'What are the 2026 arrangements of the Huinong coordination office?', ['0.5立方米', '惠农—塔拉兹', '收货窗口', '卫星定位设备'], S,
  '一是自2026年1月1日起，拼箱计费起点由1立方米降为0.5立方米；', '二是2026年第一季度开通第四条线路惠农—塔拉兹，试运行三个月；',
  '三是在拼箱仓增设两个收货窗口，周二截单时间由18时延后到20时；', '四是要求接驳车队在2026年6月前安装卫星定位设备，向卖家开放轨迹查询。')
q('zh', 'other', '货代申报的时候品名应该怎么写才不会被扣？', ['按商品具体名称、材质和用途填写品名'], S,
  '建议货代企业在申报时按商品具体名称、材质和用途填写品名，避免因', '申报不清被境外海关扣留。')
q('en', 'yesno', 'Does the Huinong LCL price already include the duties and VAT abroad?', ['不含境外关税和增值税'], S,
  '运价为惠农陆港至目的城市海外仓的全程价格，不含境外关税和增值税')
nm('zh', 'reason', '惠农—科斯塔奈线的门到仓时效为什么是三条线里最短的？')
nm('zh', 'figure', '惠农—克孜勒奥尔达线今年三季度单季发了多少方？')
nm('en', 'figure', 'What was the average LCL rate per cubic metre in Q3 2025 only?')
nm('zh', 'figure', '惠农拼箱2025年全年的发运目标是多少立方米？')
nm('en', 'figure', 'How many cubic metres of imported goods came back to Huinong on the return trips?')
nm('zh', 'figure', '新开的惠农—塔拉兹线路每立方米运价是多少？')
nm('en', 'figure', 'How many cubic metres did Pingluo county sellers ship alone?')
nm('zh', 'other', '惠农拼箱的卡车接驳是哪家车队公司在做？')

# ---------------------------------------------------------------- Z: Zhongwei trans-Caspian bulletin (en, txt)
q('en', 'list', 'Which ports do the Zhongwei parcel containers pass on the trans-Caspian route?', ['Aktau', 'Baku', 'Poti', 'Constanta'], Z,
  'The route runs by rail across Kazakhstan to the port of Aktau, by ferry across the Caspian Sea to Baku, and by rail through Georgia to the Black Sea port of Poti, from where containers continue by sea to Constanta')
q('zh', 'definition', '中卫这份通报里说的包裹集装箱是什么样的箱子？', ['a 40-foot container loaded only with cross-border e-commerce parcels'], Z,
  'Parcel container: a 40-foot container loaded only with cross-border e-commerce parcels')
q('zh', 'definition', '中卫通报的运输时效是从什么时候算到什么时候？', ['leaving the Zhongwei rail yard', 'arrival at the destination terminal'], Z,
  'the number of days from the container leaving the Zhongwei rail yard to its arrival at the destination terminal (Poti or Constanta)')
q('en', 'definition', 'When is a container counted as delayed?', ['more than 3 days'], Z,
  'a container whose transit time exceeds the published standard by more than 3 days')
q('zh', 'figure', '到波季和到康斯坦察的公布标准时效分别是几天？', ['18 days to Poti', '24 days to Constanta'], Z,
  'The published standard is 18 days to Poti and 24 days to Constanta')
q('zh', 'figure', '中卫三季度发了多少个包裹集装箱，装了多少包裹？', ['126 parcel containers', '1.47 million parcels'], Z,
  'In the third quarter of 2025 the office dispatched 126 parcel containers carrying 1.47 million parcels')
q('en', 'figure', 'How many parcel containers in total from January to September 2025?', ['324 containers'], Z,
  'From January to September 2025 the total therefore reached 324 containers')
q('zh', 'figure', '2024年全年中卫发了多少箱、多少包裹？', ['352 containers', '3.65 million parcels'], Z,
  'In the whole of 2024 the office dispatched 352 containers with 3.65 million parcels')
q('en', 'date', 'When did the very first parcel container leave Zhongwei, and how many have gone in total?', ['November 2022', '811 containers'], Z,
  'Since the first parcel container left Zhongwei in November 2022, a cumulative 811 containers have been dispatched')
q('zh', 'figure', '中卫今年和明年的发箱目标各是多少？', ['450 containers', '600 containers'], Z,
  'The target for 2025 is 450 containers, and for 2026 it is 600 containers')
q('en', 'figure', 'What share of the parcels came from Zhongning county, and what do they mostly send?', ['29%', 'goji berries and dried fruit gift packs'], Z,
  'Zhongning county 29% (mainly goji berries and dried fruit gift packs)')
q('zh', 'place', '三季度哪个区县的卖家交的包裹最多？', ['Shapotou district'], Z, 'Sellers from Shapotou district supplied 57% of the parcels in the quarter')
q('en', 'figure', 'What were the average transit times to Poti and Constanta in the third quarter?', ['19.6 days', '25.8 days'], Z,
  'The average transit time in the third quarter was 19.6 days to Poti and 25.8 days to Constanta, compared with 22.4 and 28.9 days in the second quarter')
q('en', 'other', 'On the rail leg from Zhongwei to Aktau, what mainly makes containers wait?', ['gauge change at the border'], Z,
  '| Zhongwei to Aktau (rail) | 8.1 | 8.6 | gauge change at the border |')
q('zh', 'reason', '三季度运输时间为什么缩短了？', ['fixed ferry slots', '72 hours before arrival', 'from Friday to Wednesday'], Z,
  'First, from July the office booked fixed ferry slots across the Caspian Sea for two containers per sailing, so containers no longer waited for spare space',
  'Second, customs data for every parcel was sent to the Georgian side 72 hours before arrival, which cut document checks at Poti',
  'Third, the Zhongwei yard moved its weekly departure from Friday to Wednesday, which avoids weekend closures at Aktau')
q('en', 'reason', 'Why the Zhongwei yard changed its weekly departure day to Wednesday?', ['avoids weekend closures at Aktau'], Z,
  'Third, the Zhongwei yard moved its weekly departure from Friday to Wednesday, which avoids weekend closures at Aktau')
q('zh', 'reason', '为什么八月的延误比七月和九月多？', ['a storm closed Aktau port for four days'], Z,
  'Delays in August were higher than in July and September because a storm closed Aktau port for four days in mid-August')
q('en', 'figure', 'How many claims came in during Q3, and how many were accepted?', ['412 claims', '268'], Z,
  'In the third quarter the office received 412 claims and accepted 268 of them')
q('zh', 'figure', '三季度的索赔率是多少？2024年全年呢？', ['1.8 per 10,000 parcels', '2.6'], Z,
  'The claim ratio was 1.8 per 10,000 parcels, compared with 2.6 in 2024 as a whole')
q('en', 'list', 'What kinds of damage were behind the accepted claims?', ['crushed cartons', 'parcels missing at the destination terminal', 'water damage'], Z,
  'Most accepted claims concerned crushed cartons (61%), followed by parcels missing at the destination terminal (24%) and water damage (15%)')
q('en', 'figure', 'My container arrived late. What do I get for each parcel inside?', ['RMB 2'], Z,
  "For a delayed container, each parcel in it receives a fixed credit of RMB 2, paid as a discount on the seller's next shipment")
q('zh', 'figure', '包裹坏了或者丢了，每件最多能赔多少？', ['RMB 800 per parcel'], Z,
  'For a damaged or missing parcel, compensation is the declared value, up to a maximum of RMB 800 per parcel')
q('zh', 'list', '我要索赔，得在多少天内提？要交哪些材料？', ['within 30 days', 'photos of the damage', 'the original invoice'], Z,
  'A claim must be filed within 30 days after the container arrives at the destination terminal, with photos of the damage and the original invoice')
q('zh', 'list', '货代和卖家这个季度都反映了哪些问题？', [('honey jars on top of light cartons', 'pack heavy items'), 'Tracking stops at Aktau', 'rejected because photos or invoices are missing', 'Winter storms on the Caspian Sea'], Z,
  '(a) Some sellers still pack heavy items such as honey jars on top of light cartons, which causes most crushed-carton claims.',
  '(b) Tracking stops at Aktau and starts again at Baku, so sellers cannot see where containers are during the ferry crossing.',
  '(c) About one claim in three is rejected because photos or invoices are missing.',
  '(d) Winter storms on the Caspian Sea are expected to lengthen ferry waiting times from December.')
q('en', 'reason', 'What causes most of the crushed-carton claims?', ['pack heavy items such as honey jars on top of light cartons'], Z,
  '(a) Some sellers still pack heavy items such as honey jars on top of light cartons, which causes most crushed-carton claims.')
q('zh', 'reason', '轮渡过里海那段为啥查不到箱子在哪？', ['Tracking stops at Aktau and starts again at Baku'], Z,
  '(b) Tracking stops at Aktau and starts again at Baku, so sellers cannot see where containers are during the ferry crossing.')
q('zh', 'reason', '很多索赔被拒，主要是什么原因？', ['photos or invoices are missing'], Z,
  '(c) About one claim in three is rejected because photos or invoices are missing.')
q('en', 'reason', 'Why ferry waiting times could get longer from December?', ['Winter storms on the Caspian Sea'], Z,
  '(d) Winter storms on the Caspian Sea are expected to lengthen ferry waiting times from December.')
q('en', 'list', 'What will the Zhongwei office do next?', ['weekly ferry status notice', 'packing checklist', 'tracking scan', 'routed by rail through Russia'], Z,
  'First, from 1 November 2025 the office will publish a weekly ferry status notice on its service account',
  "Second, a packing checklist will be issued to all consolidators, and containers that fail a spot check will be repacked at the consolidator's cost",
  'Third, the office is negotiating with the ferry operator to add a tracking scan at loading and unloading, to be ready by the first quarter of 2026',
  'Fourth, in December and January one container per week will be routed by rail through Russia as a winter backup, at the same price to sellers')
q('zh', 'other', '冬天过里海不好走，中卫有什么备用办法？', ['routed by rail through Russia as a winter backup'], Z,
  'Fourth, in December and January one container per week will be routed by rail through Russia as a winter backup, at the same price to sellers')
q('en', 'date', 'Which months I should not send glass items on this route?', ['between December', 'February'], Z,
  'avoid sending fragile glass products on the route between December', 'and February.')
nm('zh', 'figure', '中卫三季度发往康斯坦察的集装箱有多少个？')
nm('en', 'figure', 'What was the claim ratio in the second quarter of 2025?')
nm('zh', 'figure', '2024年到波季的平均运输时效是多少天？')
nm('en', 'figure', 'How much does it cost to send one parcel container from Zhongwei to Poti?')
nm('zh', 'figure', '回程方向从康斯坦察运回中卫的进口包裹有多少？')
nm('en', 'figure', 'How many days did the Poti to Constanta sea leg take in 2024?')
nm('zh', 'other', '负责过里海的那家轮渡公司叫什么名字？')
nm('zh', 'figure', '中卫今年第二季度单季发了多少个包裹集装箱？')

# ---------------------------------------------------------------- A: Aksu cooperative testing and labelling guide (en, docx)
q('zh', 'date', '阿克苏合作社从哪天开始要求食品包裹先检测再发？', ['1 April 2025'], A,
  'Since 1 April 2025 every food parcel sent through the Cooperative has to pass a pre-shipment test and carry a standard label')
q('en', 'list', 'Members in which places are covered by the Aksu testing guide?', ['Aksu City', 'Wensu county', 'Kuqa', 'Awat county', 'Shaya county'], A,
  'Members in Aksu City, Wensu county, Kuqa, Awat county and Shaya county are covered')
q('zh', 'definition', '指南里一个批次怎么算？最多能有多重？', ['packed by one member on the same day', '500 kg'], A,
  'Batch: all packs of one product packed by one member on the same day. A batch may not exceed 500 kg.')
q('en', 'list', 'What does the lab check in the pre-shipment test?', ['moisture', 'aflatoxin', 'sulphur dioxide'], A,
  'a laboratory test of a sample from each batch for moisture, aflatoxin and sulphur dioxide')
q('zh', 'definition', '一次通过率是怎么算出来的？', ['the number of batches that pass the test on the first try, divided by all batches tested'], A,
  'Pass rate: the number of batches that pass the test on the first try, divided by all batches tested.')
q('en', 'list', 'What must be printed on the standard label?', ['product name', 'net weight', 'country of origin', 'batch number', 'best-before date', 'allergen warning'], A,
  'a sticker in English and German showing product name, net weight, country of origin, batch number, best-before date and the allergen warning for nuts')
q('zh', 'list', '标准标签要用哪几种语言？', ['English', 'German'], A, 'a sticker in English and German')
q('en', 'figure', 'In 2024 how many food parcels went to Europe, and what share was refused or destroyed at the border?', ['41,300', '1.9%'], A,
  'In 2024, before testing was compulsory, the Cooperative sent 41,300 food parcels to Europe, and 1.9% of them were refused or destroyed at the border')
q('zh', 'figure', '今年上半年和三季度社员各寄了多少个食品包裹？', ['26,800', '17,500'], A,
  'In the first half of 2025 members sent 26,800 food parcels; in the third quarter of 2025 alone they sent 17,500')
q('en', 'date', 'Since when is the consolidated mail service running, and about how many food parcels in total?', ['June 2023', '96,000'], A,
  'Since the consolidated mail service began in June 2023, about 96,000 food parcels have been sent')
q('zh', 'figure', '合作社今年、明年的食品包裹目标是多少？拒收率要控制在多少以下？', ['60,000', '85,000', 'below 0.5%'], A,
  'The Cooperative aims to send 60,000 food parcels in 2025 and 85,000 in 2026, with a border refusal rate below 0.5%')
q('en', 'figure', 'From April to August, how many batches were tested and what was the first-time pass rate?', ['1,214 batches', '91.4%'], A,
  'From April to August 2025 the laboratory tested 1,214 batches. The first-time pass rate was 91.4%')
q('en', 'figure', 'I sell walnuts. How much is the test fee per batch, and how many walnut batches pass first time?', ['260', '89%'], A,
  'Walnuts | 352 | 89% | aflatoxin | 260')
q('zh', 'reason', '杏干检测不合格，主要是哪项超标？', ['sulphur dioxide'], A, 'Dried apricots | 238 | 87% | sulphur dioxide | 220')
q('en', 'yesno', 'Do my wool carpets also go to the lab for testing?', ['not tested by the laboratory'], A,
  'Carpets are not food and are not tested by the laboratory')
q('zh', 'figure', '羊毛地毯要带什么证书？合作社代办一条多少钱？', ['fumigation certificate', 'RMB 35 per carpet'], A,
  'Wool carpets must instead carry a fumigation certificate, which the Cooperative arranges at a fixed price of RMB 35 per carpet')
q('zh', 'reason', '检测通过率为什么从四月到八月提高了这么多？', ['moisture meters', 'raised racks', 'visited by a Quality Desk adviser'], A,
  'First, the Cooperative lent members 40 moisture meters, so members can check dates and raisins at home before packing',
  'Second, the walnut drying sheds in Wensu county were fitted with raised racks, which keeps nuts off damp floors',
  'Third, members who failed twice were visited by a Quality Desk adviser within a week')
q('en', 'reason', 'Why the Wensu walnut drying sheds got raised racks?', ['keeps nuts off damp floors'], A,
  'Second, the walnut drying sheds in Wensu county were fitted with raised racks, which keeps nuts off damp floors')
q('zh', 'reason', '为什么杏干的通过率最低？', ['buy sulphured apricots from outside traders and repack them'], A,
  'Dried apricots have the lowest pass rate because some members still buy sulphured apricots from outside traders and repack them')
q('zh', 'yesno', '我在阿瓦提县，样品一定要自己送到实验室吗？', ['ask for a pick-up'], A,
  'Bring a 300 g sample to the laboratory, or ask for a pick-up if you are in Awat or Shaya county')
q('en', 'date', 'How long until the test result comes, and when must I hand the parcels over for the Wednesday dispatch?', ['48 hours', '17:00 on Monday'], A,
  'Wait for the result, which is normally ready within 48 hours', 'Hand the parcels to the consolidation point by 17:00 on Monday for the Wednesday dispatch')
q('zh', 'other', '批次第一次没过怎么办？第二次还没过呢？', ['re-dried or re-sorted', 'half price', 'sold on the domestic market'], A,
  'A batch that fails may be re-dried or re-sorted and tested once more at half price',
  'A batch that fails twice cannot be shipped to Europe but may be sold on the domestic market')
q('en', 'list', 'Which problems has the Quality Desk still seen among members?', ['thin paper', 'several batches in one parcel', 'Chinese order of year, month and day', 'Test fees for walnuts'], A,
  '(a) Labels are sometimes printed on thin paper and fall off in cold and damp weather.',
  '(b) Some members put several batches in one parcel, which makes tracing impossible if a buyer complains.',
  '(c) Best-before dates are sometimes written in the Chinese order of year, month and day without words, which European buyers misread.',
  '(d) Test fees for walnuts are a burden for members who sell only a few packs a week.')
q('en', 'reason', 'Why do the labels fall off?', ['printed on thin paper'], A,
  '(a) Labels are sometimes printed on thin paper and fall off in cold and damp weather.')
q('zh', 'reason', '一个包裹里混装几个批次为什么不行？', ['makes tracing impossible'], A,
  '(b) Some members put several batches in one parcel, which makes tracing impossible if a buyer complains.')
q('zh', 'reason', '欧洲买家为啥老看错保质期？', ['written in the Chinese order of year, month and day without words'], A,
  '(c) Best-before dates are sometimes written in the Chinese order of year, month and day without words, which European buyers misread.')
q('en', 'list', 'What will the cooperative do about these problems?', ['waterproof stickers', 'half the test fee', 'second partner laboratory', 'monthly label clinics'], A,
  'First, from 1 October 2025 labels will be printed only on waterproof stickers supplied by the Cooperative',
  "Second, members who send fewer than 20 batches a year will pay half the test fee, with the other half paid from the Cooperative's quality fund",
  'Third, a second partner laboratory will open in Kuqa in early 2026, so members in the east of the region do not need to travel to Aksu City',
  'Fourth, the Cooperative will hold monthly label clinics at its office on the first Tuesday of each month')
q('zh', 'other', '我一年才发十来批，检测费能不能少交？', ['fewer than 20 batches a year', 'half the test fee'], A,
  "Second, members who send fewer than 20 batches a year will pay half the test fee, with the other half paid from the Cooperative's quality fund")
q('en', 'reason', 'Why is a second laboratory being opened in Kuqa?', ['members in the east of the region do not need to travel to Aksu City'], A,
  'Third, a second partner laboratory will open in Kuqa in early 2026, so members in the east of the region do not need to travel to Aksu City')
q('zh', 'other', '检测报告要保存多久？', ['at least two years'], A, 'to keep one batch per parcel, and to keep', 'test reports for at least two years in case of a buyer complaint.')
nm('zh', 'figure', '阿克苏合作社2024年核桃批次的检测通过率是多少？')
nm('en', 'figure', 'How many carpets did the Aksu cooperative send to Europe in 2025?')
nm('zh', 'figure', '库车新实验室的检测费是每批多少钱？')
nm('en', 'figure', 'What was the border refusal rate for food parcels in the first half of 2025?')
nm('zh', 'figure', '桑葚干的一次检测通过率是多少？')
nm('en', 'figure', 'What moisture percentage is the limit for red dates?')
nm('en', 'figure', 'What was the first-time pass rate in September 2025?')
nm('zh', 'list', '合作社的合作实验室都有哪些检测资质认证？')


def main():
    n = {'zh': 0, 'en': 0}
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for it in ITEMS:
            n[it['lang']] += 1
            o = {'id': 'fp12-%s-%03d' % (it['lang'], n[it['lang']])}
            o.update(it)
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(ITEMS))

if __name__ == '__main__':
    main()
