"""Builds gold.jsonl from the question list below (kept for maintenance)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {
 'N': 'h9_zh_nanyang_livestream_export_survey_2024.txt',
 'T': 'h9_zh_taizhou_industrial_belt_b2b_plan_2025_2027.md',
 'Z': 'h9_zh_zigong_2025q1_cbec_brief.html',
 'D': 'h9_zh_dehong_small_seller_fx_survey_2024.pdf',
 'C': 'h9_en_chaozhou_platform_fee_memo_2024.docx',
 'G': 'h9_en_cangzhou_talent_training_review_2024.txt',
}
def text(k):
    f = DOCS[k]
    p = os.path.join(HERE, 'docs_src', os.path.splitext(f)[0] + '.txt') if f.endswith(('.pdf', '.docx')) else os.path.join(HERE, 'docs', f)
    return open(p, encoding='utf-8').read()
class L(str):
    pass
def line(k, prefix):
    for ln in text(k).split('\n'):
        if ln.startswith(prefix):
            return ln.rstrip()
    raise SystemExit('no line %r in %s' % (prefix, k))
ITEMS = []
def A(lang, typ, k, question, answers, *quotes):
    ev = []
    for qt in quotes:
        if isinstance(qt, tuple):
            qt = line(k, qt[0])
        ev.append({'source': DOCS[k], 'quote': qt})
    ITEMS.append((lang, typ, question, [[a] if isinstance(a, str) else a for a in answers], ev, False))
def U(lang, typ, question):
    ITEMS.append((lang, typ, question, [], [], True))

# ---------------- N: Nanyang live-stream survey (zh, txt) ----------------
A('zh','figure','N','南阳这回调研一共跑了多少家直播的企业和个体户？有效问卷收回来几份？',
  ['86家','312份'], '共走访镇平县、西峡县、邓州市、社旗县4个县（市）的直播企业和个体卖家86家，回收有效问卷312份')
A('en','list','N','Which counties did the Nanyang statistics team actually go to for the live-stream survey?',
  ['镇平县','西峡县','邓州市','社旗县'], '共走访镇平县、西峡县、邓州市、社旗县4个县（市）的直播企业和个体卖家86家')
A('en','definition','N','In the Nanyang report, when is a live-stream account counted as an "active live room"?',
  ['月均开播不少于12场','有成交记录'], '"活跃直播间"是指统计期内月均开播不少于12场、且有成交记录的直播账号')
A('zh','definition','N','南阳那份报告里说的"跨境直播电商"，到底指的是哪种生意？',
  ['境外社交平台或跨境电商平台的直播功能',['面向境外消费者展示并销售商品','境外消费者']], '是指企业或个人通过境外社交平台或跨境电商平台的直播功能，面向境外消费者展示并销售商品的经营活动')
A('en','figure','N','how much Nanyang sell through cross-border live streams in 2023 and how fast it grew?',
  ['8.6亿元','41.2%'], '2023年全市跨境直播电商成交额8.6亿元，同比增长41.2%')
A('zh','figure','N','南阳今年上半年直播卖到国外的成交额有多少，同比涨了多少？',
  ['5.3亿元','37.5%'], '2024年上半年成交额5.3亿元，同比增长37.5%')
A('en','figure','N','Adding everything up from January 2021 to June 2024, what is Nanyang\'s total live-stream turnover?',
  ['22.4亿元'], '2021年1月至2024年6月累计成交额达22.4亿元')
A('zh','figure','N','到6月底南阳还在正常开播的活跃直播间有几个？比去年年底多出多少？',
  ['1,140个','215个'], '截至2024年6月末，全市活跃直播间1,140个，比2023年末增加215个')
A('en','figure','N','What does Nanyang want to reach by 2026, in sales and in number of active live rooms?',
  ['15亿元','2,000个'], '到2026年全市成交额力争达到15亿元，活跃直播间达到2,000个')
A('zh','figure','N','我在镇平做玉雕直播，想知道我们县去年和今年上半年分别卖了多少？',
  ['4.1','2.6'], ('镇平县 ',))
A('en','place','N','Which county in Nanyang is the one selling shiitake mushrooms and cornel fruit on live streams?',
  ['西峡县'], ('西峡县 ',))
A('en','list','N','I run a live room in Dengzhou. According to the table, what kinds of goods does Dengzhou mainly sell?',
  ['家纺','小家电'], ('邓州市 ',))
A('en','other','N','Is the 2023 number for Sheqi county a full-year figure?',
  ['8月至12月数据'], '社旗县2023年数据为8月至12月数据')
A('en','reason','N','Why did Nanyang\'s cross-border live-stream sales shoot up so fast?',
  ['地域特色鲜明',['跨境直播基地3个','降低了开播门槛'],'直播流量扶持'],
  '一是镇平玉雕、西峡香菇等产品地域特色鲜明，适合在直播中现场讲解、演示，东南亚和中东买家接受度较高；二是全市2023年建成跨境直播基地3个，为中小卖家提供场地、设备和多语种主播，降低了开播门槛；三是部分平台提高了直播流量扶持力度，新开账号前三个月可获得额外曝光')
A('zh','reason','N','南阳直播出口今年上半年的增速为啥没去年快了？',
  ['基数较高',['平均客单价','386元降至2024年上半年的312元']], '主要是因为去年同期基数较高，同时欧美市场玉石类商品的平均客单价由2023年的386元降至2024年上半年的312元')
A('zh','figure','N','今年上半年南阳直播成交里，东盟和中东各占多少？',
  ['46.3%','21.8%'], '2024年上半年东盟市场成交额占全市的46.3%，中东市场占21.8%')
A('en','place','N','Which market is growing fastest for Nanyang live sellers, and which countries are the buyers mostly from?',
  ['拉美','墨西哥','秘鲁'], '拉美市场占比虽低，但增速最快，上半年同比增长1.3倍，主要买家集中在墨西哥和秘鲁')
A('zh','list','N','南阳的直播卖家在调研里主要吐槽了哪几件事？',
  ['主播人才短缺','退货成本高','回款周期长','合规意识不足'],
  '（一）主播人才短缺。', '（二）退货成本高。', '（三）回款周期长。', '（四）合规意识不足。')
A('en','reason','N','Why small jade sellers in Nanyang cannot keep a good live host?',
  ['1.2万元以上',['难以负担','招不到、留不住']], '会外语、懂产品的主播月薪普遍在1.2万元以上，小卖家难以负担，62.5%的受访卖家表示"招不到、留不住"')
A('zh','figure','N','直播单子从成交到钱结汇回来平均要几天？比一般跨境单多几天？',
  ['23天','8天'], '直播订单从成交到资金结汇平均需要23天，比普通跨境订单多出约8天')
A('en','reason','N','Why is sending back jade carvings so expensive for Nanyang sellers?',
  ['海外仓布局不足','缺少统一的鉴定证书'], '退货成本高的原因，一方面是海外仓布局不足，全市卖家在东盟自建或租用的海外仓仅9个；另一方面是玉雕缺少统一的鉴定证书')
A('zh','figure','N','买家说"跟直播里不一样"要退货的，占了退货单的多少？',
  ['四成'], '买家收货后以"与直播不符"为由退货的比例较高，约占退货订单的四成')
A('en','figure','N','How many live accounts got throttled or banned in the first half of 2024 in Nanyang?',
  ['37个'], '产品认证要求了解不够，2024年上半年有37个直播账号因违规被限流或封禁。')
A('zh','reason','N','有些南阳的直播号被限流封号了，报告认为卖家是哪些方面搞不清楚？',
  ['直播规则','产品认证要求'], '（四）合规意识不足。部分卖家对境外平台的直播规则和', '产品认证要求了解不够，2024年上半年有37个直播账号因违规被限流或封禁。')
A('en','list','N','What does the Nanyang report recommend doing next? List the measures.',
  ['双语主播','公共海外仓','T+3','合规指引'],
  '- 由直播基地牵头组织"双语主播"培训，2025年培训不少于600人次；', '- 推动在曼谷、吉隆坡、迪拜设立公共海外仓，就近处理退换货；',
  '- 引导银行和支付机构推出直播订单"T+3"快速结汇产品；', '- 编制主要目的国直播合规指引，每半年更新一次。')
A('zh','list','N','南阳建议把公共海外仓放在哪几个城市？',
  ['曼谷','吉隆坡','迪拜'], '推动在曼谷、吉隆坡、迪拜设立公共海外仓，就近处理退换货')
A('zh','yesno','N','报告里的直播成交额可以直接拿去跟海关数据对比吗？',
  ['不宜直接比较'], '本报告成交额为调查推算数，与海关统计口径不同，不宜直接比较')
A('en','list','N','The table has an "other" row for Nanyang. Which districts or counties are in it?',
  ['卧龙区','宛城区','内乡县'], '"其他县区"包括卧龙区、宛城区、内乡县等')
A('zh','date','N','南阳这次跨境直播调研是几月份做的？',
  ['2024年7月至8月'], '本次调研由南阳调查队会同市商务局于2024年7月至8月开展')
U('zh','figure','南阳2024年全年跨境直播成交额一共多少？')
U('en','figure','How much did Neixiang county sell through cross-border live streams in 2023?')
U('zh','figure','2023年全年南阳直播成交里东盟市场占几成？')
U('en','figure','What was the year-on-year growth of Zhenping county in the first half of 2024?')
U('zh','reason','邓州市的直播成交额为什么比西峡县低那么多？')
U('en','list','Which live-stream platforms do the Nanyang sellers mostly use?')
U('zh','figure','南阳给2025年定的活跃直播间目标是多少个？')

A('zh','list','Z','自贡的彩灯企业打算去哪几个城市一起建公共海外仓？',
  ['迪拜','利雅得'], '一是推动彩灯企业在迪拜、利雅得共建公共海外仓')
# ---------------- T: Taizhou B2B plan (zh, md) ----------------
A('en','figure','T','How big were Taizhou\'s B2B cross-border exports (9710 plus 9810) in 2023, and the growth?',
  ['96.4亿元','28.7%'], '2023年全市跨境电商B2B出口（含9710、9810两种模式）申报额达到96.4亿元，同比增长28.7%')
A('zh','figure','T','台州2023年9710和9810两种模式各报了多少？',
  ['62.1亿元','34.3亿元'], '其中9710模式62.1亿元，9810模式34.3亿元')
A('en','figure','T','For Jan to Sep 2024, how much B2B export did Taizhou declare and how much up?',
  ['81.7亿元','19.6%'], '2024年1—9月，B2B出口申报额81.7亿元，同比增长19.6%')
A('zh','figure','T','台州从试点开始到现在，B2B累计报了多少，备案了多少家企业？',
  ['240亿元','2,318家'], '自2021年启动试点以来，累计申报额已超过240亿元，累计备案企业2,318家')
A('en','reason','T','What drove the growth of B2B e-commerce exports in Taizhou?',
  ['抱团出海','清单核放、汇总申报',['基础设施建设需求旺盛','水泵、阀门订单增加']],
  '一是温岭、玉环等地的龙头企业带动中小配套厂"抱团出海"，原来走一般贸易的订单改报9710的比例明显提高；二是海关推行B2B出口"清单核放、汇总申报"，通关时间平均缩短至6小时以内；三是中东和拉美基础设施建设需求旺盛，带动水泵、阀门订单增加')
A('en','definition','T','In the Taizhou plan, what does customs mode 9810 mean?',
  ['先将货物批量出口至海外仓','从海外仓送达境外购买者'], '"9810"是指境内企业先将货物批量出口至海外仓，通过跨境电商平台实现交易后再从海外仓送达境外购买者的模式')
A('zh','definition','T','台州方案里9710指的是什么模式？',
  ['直接出口送达境外企业'], '"9710"是指境内企业通过跨境电商平台与境外企业达成交易后，通过跨境物流将货物直接出口送达境外企业的模式')
A('en','definition','T','what is "industrial belt digitalisation" according to Taizhou plan?',
  ['以县域特色产业集群为单元','应用数字工具'], '是指以县域特色产业集群为单元，推动企业在设计、生产、营销、物流和结算环节应用数字工具，并通过跨境电商平台直接对接境外采购商的过程')
A('zh','figure','T','台州想在2027年把B2B出口做到多少？',
  ['200'], ('| B2B出口申报额',))
A('en','figure','T','What is Taizhou\'s 2025 goal for exports through the overseas-warehouse mode?',
  ['50'], ('| 其中：9810模式',))
A('zh','figure','T','台州做完数字化改造的企业，今年前三季度有多少家？2027年要到多少家？',
  ['535',['1,500']], ('| 完成数字化改造企业',))
A('en','figure','T','How many public overseas warehouses did Taizhou have by Sept 2024, and how many does it want in 2027?',
  ['17','30'], ('| 公共海外仓',))
A('en','definition','T','In the Taizhou plan, what kind of warehouse counts as a "public overseas warehouse"?',
  ['经市级认定','向中小企业开放使用'], '公共海外仓是指经市级认定、向中小企业开放使用的海外仓，不含企业自用仓')
A('zh','yesno','T','台州表里的培训人次是几年加起来的吗？',
  ['不累计'], '培训人次按年度统计，不累计')
A('en','list','T','Where will Taizhou build its three digital service centres?',
  ['温岭泵业','玉环阀门','黄岩模具'], '一是在温岭泵业、玉环阀门、黄岩模具三个产业带各建设一个数字化服务中心')
A('zh','figure','T','我们厂在台州，去年出口400万元，今年数字化改造花了200万，政府最多能补多少？',
  ['50万元'], '二是对上年出口额在500万元以下的中小企业，按数字化改造实际投入的30%给予补助，单家最高不超过50万元')
A('en','yesno','T','My valve company in Yuhuan exports with 9710 for first time, this year we declared 12 million yuan. Can we get a reward, how much?',
  ['20万元'], '对首次以9710或9810模式出口、当年申报额超过1,000万元的企业，给予一次性奖励20万元')
A('zh','list','T','台州方案点名支持去开拓哪些新兴市场？',
  ['沙特','阿联酋','墨西哥','巴西','越南'], '支持企业开拓沙特、阿联酋、墨西哥、巴西、越南等新兴市场')
A('en','list','T','In which cities abroad does Taizhou want to put public overseas warehouses?',
  ['利雅得','迪拜','墨西哥城','圣保罗'], '重点在利雅得、迪拜、墨西哥城、圣保罗布局公共海外仓')
A('zh','figure','T','台州新认定的公共海外仓补贴怎么给？补几年，一个仓一年封顶多少？',
  ['每平方米每年100元','3年','200万元'], '按实际租赁面积给予每平方米每年100元补助，连续补助3年，单仓每年最高200万元')
A('en','list','T','Which schools does Taizhou work with for the cross-border "order classes"?',
  ['台州学院','台州职业技术学院'], '联合台州学院、台州职业技术学院开设跨境电商"订单班"，每年培养学生不少于600名')
A('zh','figure','T','台州每年订单班要培养多少学生？产业带实操培训办多少期？',
  ['600名','40期'], '每年培养学生不少于600名', '每年举办产业带跨境电商实操培训不少于40期')
A('en','list','T','What common problems did Taizhou companies complain about?',
  ['成本偏高','资金周转期',['流程不熟悉','转报积极性不高'],'人才缺口'],
  '1. 数字化改造成本偏高，一套生产执行系统（MES）投入普遍在80万元以上，小企业"不敢改"。',
  '2. 9810模式下海外仓头程物流和备货占用资金较多，资金周转期长达120天左右。',
  '流程不熟悉，转报积极性不高。', '4. 懂外语、懂平台规则的复合型人才缺口约3,000人。')
A('zh','reason','T','台州不少厂还走一般贸易，不愿意改报9710、9810，原因是啥？',
  ['退税和结汇',['流程不熟悉']], '3. 部分企业仍以一般贸易方式出口，对9710、9810的退税和结汇', '流程不熟悉，转报积极性不高。')
A('zh','reason','T','走9810海外仓模式为什么资金压力大？',
  ['头程物流和备货占用资金较多',['120天左右']], '9810模式下海外仓头程物流和备货占用资金较多，资金周转期长达120天左右')
A('en','reason','T','What are the underlying causes of these problems, according to the Taizhou plan?',
  [['利润率普遍只有5%至8%','缺少持续投入数字化的能力'],'服务资源分散','政策宣传多停留在龙头企业层面'],
  '问题产生的原因，主要在于中小企业利润率普遍只有5%至8%，缺少持续投入数字化的能力；同时各县（市、区）服务资源分散，政策宣传多停留在龙头企业层面')
A('en','figure','T','Who pays for the Taizhou plan, city or county? In what ratio?',
  ['6:4'], '本方案所需资金由市、县两级财政按6:4比例承担')
A('zh','date','T','台州这个B2B三年方案到哪天失效？',
  ['2027年12月31日'], '有效期至2027年12月31日')
A('en','place','T','Which districts\' shoe and clothing firms are pushed to take small-batch B2B orders?',
  ['路桥','椒江'], '鼓励路桥、椒江的鞋服企业通过B2B平台承接小批量、多批次订单')
A('zh','place','T','台州B2B出口的月度监测由哪些单位负责通报？',
  ['市统计局','台州海关'], '建立B2B出口月度监测制度，由市统计局会同台州海关按月通报')
A('en','other','T','Who leads the Taizhou task force and how often does it meet?',
  ['分管副市长','每季度'], '成立由分管副市长任组长的工作专班，每季度召开一次推进会')
U('en','figure','What B2B export figure does Taizhou aim for in 2026?')
U('zh','figure','台州2024年全年跨境电商B2B出口申报额是多少？')
U('en','figure','How much B2B cross-border export did Wenling alone declare in 2023?')
U('zh','reason','台州2024年前三季度B2B出口增速比2023年低，原因是什么？')
U('en','list','Which cross-border B2B platforms does the Taizhou plan recommend to factories?')
U('en','figure','What were Taizhou\'s cross-border e-commerce imports in 2023?')
U('zh','figure','台州9810模式2023年同比增长了多少？')

A('en','list','T','What industries is Taizhou known for, as the plan describes it?',
  ['泵与电机','阀门','模具','鞋类'], '台州是全国重要的泵与电机、阀门、模具和鞋类产业基地')
# ---------------- Z: Zigong Q1 2025 brief (zh, html) ----------------
A('zh','figure','Z','自贡今年一季度跨境电商进出口一共多少？比去年同期涨了多少？',
  ['7.84亿元','22.6%'], '2025年一季度，全市跨境电商进出口额7.84亿元，同比增长22.6%')
A('en','figure','Z','In Q1 2025, how much did Zigong export and import via cross-border e-commerce?',
  ['6.91亿元','0.93亿元'], '其中出口6.91亿元，同比增长25.3%；进口0.93亿元，同比增长5.7%')
A('zh','figure','Z','自贡2024年一整年跨境电商出口是多少？',
  ['26.2亿元'], '2024年全年，全市跨境电商进出口额29.5亿元，其中出口26.2亿元')
A('en','figure','Z','Since Zigong became a comprehensive pilot zone, what is the total import-export up to March 2025? When was it approved?',
  ['68.3亿元','2022年'], '自2022年获批设立跨境电商综合试验区以来，截至2025年3月末累计进出口额达到68.3亿元')
A('zh','figure','Z','自贡今年全年跨境电商进出口想冲到多少？',
  ['36亿元'], '2025年全市跨境电商进出口额力争突破36亿元')
A('en','definition','Z','In the Zigong brief, what counts as cross-border e-commerce exports? Are unregistered express parcels in?',
  ['9610、9710、9810、1210','不含通过快件渠道出境且未单独申报的小包'], '是指通过海关9610、9710、9810、1210四种监管方式申报出口的商品货值，不含通过快件渠道出境且未单独申报的小包')
A('zh','definition','Z','自贡简报里的"新增出口主体"怎么算？',
  ['首次出现跨境电商出口申报记录'], '“新增出口主体”是指统计期内首次出现跨境电商出口申报记录的企业或个体工商户')
A('en','figure','Z','I make lanterns in Ziliujing district. How much did our district export in Q1 2025 and how fast it grew?',
  ['21,460','31.2%'], '<td>自流井区</td>', '<td>21,460</td>', '<td>31.2%</td>')
A('en','place','Z','Which district or county in Zigong grew exports the fastest in Q1 2025?',
  ['荣县'], '<td>荣县</td>', '<td>35.8%</td>')
A('zh','figure','Z','大安区去年全年跨境电商出口多少万元？',
  ['49,800'], '<td>大安区</td>', '<td>49,800</td>')
A('zh','list','Z','富顺县出口的主要是哪些东西？',
  ['豆花蘸料','香辣酱'], '<td>豆花蘸料、香辣酱</td>')
A('en','place','Z','Which part of Zigong mainly exports industrial valves?',
  ['贡井区'], '<td>贡井区</td>', '<td>工业阀门</td>')
A('zh','yesno','Z','我想查自流井区一季度的跨境进口额，简报里有吗？',
  ['进口额暂不分区县统计'], '注：进口额暂不分区县统计')
A('en','figure','Z','What share of Zigong\'s Q1 exports went through 9710 B2B direct export?',
  ['37.9%'], '<td>9710（B2B直接出口）</td>', '<td>37.9%</td>')
A('zh','figure','Z','自贡一季度走海外仓模式出口了多少亿元？',
  ['1.71'], '<td>9810（出口海外仓）</td>', '<td>1.71</td>')
A('en','figure','Z','How much did Zigong export to ASEAN in Q1, and what share of all exports is that?',
  ['1.86亿元','26.9%'], '对东盟出口1.86亿元，占出口总额的26.9%')
A('zh','reason','Z','自贡一季度对中东出口为什么涨得最猛？',
  ['斋月和开斋节'], '一季度对中东出口增长最快，同比增长68.4%，主要是斋月和开斋节前彩灯、灯饰订单集中释放')
A('en','figure','Z','How did Zigong\'s exports to Latin America do in Q1 2025?',
  ['0.47亿元','41.0%'], '对拉美出口0.47亿元，同比增长41.0%')
A('en','reason','Z','Why Zigong exports still grow fast in first quarter? give the reasons',
  ['拆分成标准件','短视频平台推广','公共服务中心','清真认证'],
  '彩灯企业改变过去只接大型灯会订单的做法，把中小型彩灯、灯串拆分成标准件在平台上零售，上架单品数比去年同期增加约2,300个。',
  '大安区恐龙模型企业借助海外短视频平台推广，带动9810模式出口增长47.3%。',
  '市级跨境电商公共服务中心于2024年10月投入运营，为新卖家提供免费的报关、退税咨询，一季度新增出口主体126家。',
  '荣县、富顺县食品企业取得东盟多国的清真认证和食品进口注册，')
A('zh','date','Z','自贡市级跨境电商公共服务中心是什么时候开始运营的？',
  ['2024年10月'], '市级跨境电商公共服务中心于2024年10月投入运营')
A('zh','place','Z','荣县和富顺的食品企业新打开了哪些国家的市场？',
  ['马来西亚','印度尼西亚'], '荣县、富顺县食品企业取得东盟多国的清真认证和食品进口注册，', '打开了马来西亚、印度尼西亚市场。')
A('en','reason','Z','Why did Zigong\'s exports to Europe and America go down?',
  ['仓储费','低价商品佣金',['利润被压缩','减少了备货']], '对欧美出口下降，主要是部分平台提高了美国站点的仓储费和低价商品佣金，小件灯饰的利润被压缩，一些卖家主动减少了备货')
A('zh','list','Z','自贡这期简报提醒要关注哪几个问题？',
  ['物流成本偏高','季节性强','结汇渠道单一','知识产权风险'],
  '物流成本偏高：大件彩灯和恐龙模型体积大，走9610小包不经济，海运拼箱到中东平均需要38天。',
  '季节性强：彩灯出口集中在一季度和四季度，二、三季度企业开工率不足六成。',
  '结汇渠道单一：约七成小卖家依赖一家第三方支付机构收款，费率在1.0%至1.5%之间。',
  '知识产权风险：恐龙模型外观设计被境外仿冒，一季度企业报告侵权投诉19起。')
A('zh','reason','Z','大彩灯、恐龙模型为啥物流成本这么高？',
  ['体积大','走9610小包不经济'], '大件彩灯和恐龙模型体积大，走9610小包不经济')
A('en','reason','Z','Why are Zigong lantern factories half idle in the second and third quarters?',
  ['彩灯出口集中在一季度和四季度'], '季节性强：彩灯出口集中在一季度和四季度，二、三季度企业开工率不足六成。')
A('en','figure','Z','small sellers in Zigong, how many rely on only one payment company and what fee they pay?',
  ['七成','1.0%至1.5%'], '约七成小卖家依赖一家第三方支付机构收款，费率在1.0%至1.5%之间')
A('en','list','Z','What will Zigong do next, according to the brief?',
  ['公共海外仓','淡季不淡','小额跨境收款绿色通道','维权互助基金'],
  '一是推动彩灯企业在迪拜、利雅得共建公共海外仓；二是组织“淡季不淡”出海活动，引导企业开发户外露营灯等四季产品；三是协调银行开设小额跨境收款绿色通道；四是设立外观设计海外维权互助基金，首期规模500万元')
A('zh','figure','Z','自贡那个外观设计海外维权互助基金第一期有多少钱？',
  ['500万元'], '首期规模500万元')
U('en','figure','How much did Ziliujing district import through cross-border e-commerce in Q1 2025?')
U('zh','figure','大安区2023年全年的跨境电商出口额是多少？')
U('en','figure','What was the value of Zigong\'s exports to the Middle East in Q1 2025?')
U('zh','figure','自贡2025年跨境电商出口单独定的目标是多少？')
U('en','list','Which platforms raised the US-site storage fees that hurt Zigong lantern sellers?')
U('zh','place','威远县今年一季度跨境电商出口了多少？')
U('en','reason','Why did Zigong\'s cross-border imports grow only about 5.7% in Q1?')

# ---------------- D: Dehong payment / FX survey (zh, pdf) ----------------
A('zh','figure','D','德宏这次收款结汇调查发了问卷的卖家有多少家？电话回访了几家？',
  ['482家','36家'], '对在本公司开户的482家卖家进行了问卷调查，并对其中36家进行了电话回访')
A('en','list','D','Which three places are the main gateways of Dehong for cross-border e-commerce to Myanmar?',
  ['瑞丽','芒市','陇川'], '瑞丽、芒市、陇川是德宏州对缅甸及东盟开展跨境电商的主要窗口')
A('en','definition','D','What makes a seller a "small and micro seller" in the Dehong survey?',
  ['不超过50万美元'], '"小微卖家"，是指上一年度跨境电商收款金额不超过50万美元的企业或个体工商户')
A('zh','definition','D','德宏报告里的结汇周期从哪天算到哪天？',
  [['境外买家付款之日'],['人民币资金到达卖家境内账户之日']], '"结汇周期"是指境外买家付款之日至人民币资金到达卖家境内账户之日的自然天数')
A('en','figure','D','How much cross-border money did Dehong sellers collect through the payment company in 2023? Growth?',
  ['2.36亿美元','33.1%'], '2023年，德宏州卖家通过本公司办理的跨境电商收款金额为2.36亿美元，同比增长33.1%')
A('zh','figure','D','德宏小微卖家2023年一共收了多少款？',
  ['0.97亿美元'], '其中小微卖家收款0.97亿美元')
A('en','figure','D','Collections in the first three quarters of 2024 in Dehong, how much and growth rate?',
  ['2.08亿美元','26.4%'], '2024年前三季度收款金额2.08亿美元，同比增长26.4%')
A('zh','figure','D','德宏卖家今年第三季度单季收了多少款？',
  ['0.81亿美元'], '其中第三季度收款0.81亿美元，为单季最高水平')
A('en','figure','D','Since the company started business in 2019, how much has it collected in total and for how many sellers?',
  ['7.9亿美元','4,620家'], '自2019年开展业务以来，累计收款已达7.9亿美元，累计服务卖家4,620家')
A('zh','figure','D','这家支付公司2026年在德宏想做到多大规模？小微卖家结汇要缩短到几天？',
  ['4亿美元','3天以内'], '公司计划到2026年将德宏州年收款规模提高到4亿美元，小微卖家平均结汇周期缩短到3天以内')
A('en','figure','D','What share of Dehong collections was settled in RMB in the first three quarters of 2024, and how much higher than 2023?',
  ['41.5%','9.2个百分点'], '2024年前三季度人民币跨境结算占比为41.5%，比2023年全年提高9.2个百分点')
A('zh','figure','D','德宏卖家的收款里，缅甸买家付的钱占多大比例？',
  ['34.7%'], '2024年前三季度来自缅甸买家的收款占34.7%')
A('en','figure','D','I am a seller in Mangshi. What share of the prefecture\'s collections came from Mangshi sellers?',
  ['24.5%'], '瑞丽市卖家收款占全州的61.3%，芒市占24.5%，陇川县占9.8%')
A('zh','figure','D','德宏小微卖家平均结汇周期，2023年和今年前三季度分别是几天？',
  ['6.8','4.2'], ('平均结汇周期（天）',))
A('en','figure','D','For small sellers in Dehong, what was the average all-in fee rate in 2023 versus the first three quarters of 2024?',
  ['1.15%','0.92%'], ('平均综合费率',))
A('zh','yesno','D','德宏调查说的综合费率，平台佣金算进去了没有？',
  ['不含平台佣金'], '注：综合费率包括收款手续费和汇兑点差，不含平台佣金。')
A('en','reason','D','Why did the FX settlement time for Dehong sellers get so much shorter?',
  ['人民币直收','实时清算通道','白名单'],
  '一是公司于2024年3月上线"人民币直收"功能，买家以人民币付款的订单无需再经过购汇、结汇两道环节；二是与两家境内银行建立了实时清算通道，工作日内提交的结汇申请当日可到账；三是瑞丽片区推行跨境电商收款"白名单"制度，名单内卖家可免于逐笔提交交易单证')
A('zh','date','D','"人民币直收"功能是哪个月上线的？',
  ['2024年3月'], '公司于2024年3月上线"人民币直收"功能')
A('en','reason','D','Why are small sellers in Dehong paying lower fees now?',
  ['市场竞争加剧','阶梯费率'], '平均综合费率下降，一方面是市场竞争加剧，多家支付机构下调了费率；另一方面是公司对月收款1万美元以上的卖家实行阶梯费率')
A('zh','reason','D','德宏小卖家平均每笔收款为啥变小了？',
  ['直播和短视频带来的小额订单增多'], '平均单笔金额下降，则是因为直播和短视频带来的小额订单增多')
A('en','list','D','What difficulties do small sellers in Dehong still face with collection and FX settlement?',
  ['单证要求难满足','汇率风险无处对冲','资金被冻结','政策边界不清'],
  '（一）单证要求难满足。', '（二）汇率风险无处对冲。', '（三）资金被冻结时有发生。', '的政策边界不清，部分卖家不清楚货物应当按哪种方式申报和收汇。')
A('zh','reason','D','为什么德宏大部分小卖家从来不做汇率避险？',
  ['单笔金额小','起办门槛高'], '83.2%的受访卖家没有使用过任何汇率避险工具，主要原因是单笔金额小、银行远期结汇起办门槛高')
A('en','figure','D','How many Dehong sellers had their money frozen in the first 9 months of 2024, and for how long on average?',
  ['57家','19天'], '因境外平台风控或买家拒付导致资金被冻结的卖家有57家，平均冻结时间19天')
A('zh','reason','D','我在瑞丽通过微信之类的聊天软件卖货，去结汇的时候老是卡在材料上，报告怎么解释这个问题？',
  ['通过社交软件成交','没有规范的电子订单'], '不少卖家通过社交软件成交，没有规范的电子订单，办理结汇时难以提供贸易真实性证明材料')
A('en','reason','D','Why some Dehong sellers don\'t know how to declare their goods and collect the money?',
  ['边民互市与跨境电商','政策边界不清'], '（四）边民互市与跨境电商', '的政策边界不清，部分卖家不清楚货物应当按哪种方式申报和收汇。')
A('zh','list','D','调查报告最后提了哪几条建议？',
  ['远期结汇的起办金额','电子留存规范','扩大"白名单"覆盖面','纠纷调解点'],
  '一是推动银行把远期结汇的起办金额由10万美元降至1万美元；', '二是由商务部门制定社交电商订单的电子留存规范；',
  '三是扩大"白名单"覆盖面，力争2025年名单内卖家达到800家；', '四是在瑞丽设立跨境收款纠纷调解点。')
A('en','figure','D','The report wants banks to lower the minimum for forward FX contracts. From how much to how much?',
  ['10万美元','1万美元'], '一是推动银行把远期结汇的起办金额由10万美元降至1万美元；')
A('zh','list','D','参与德宏调查的卖家主要做哪些品类？',
  ['翡翠、红木制品','东南亚食品和日用品',['服装、小家电']], '受访卖家中，经营翡翠、红木制品的占38%，经营东南亚食品和日用品的占29%，其余主要经营服装、小家电。')
A('zh','yesno','D','这份报告的数字能代表德宏所有跨境卖家的收款情况吗？',
  ['不代表德宏州全部跨境电商收款情况'], '本报告数据仅包括在本公司开户的卖家，不代表德宏州全部跨境电商收款情况')
A('en','other','D','How are payments in Myanmar kyat turned into US dollars in the Dehong figures?',
  ['按结算当日汇率折算为美元'], '缅币结算金额按结算当日汇率折算为美元')
U('en','figure','How much did Dehong sellers collect in the second quarter of 2024 alone?')
U('zh','figure','陇川县卖家2023年的收款占全州多少？')
U('en','figure','What is the average fee rate paid by large sellers (above USD 500,000) in Dehong?')
U('zh','list','和这家支付公司建立实时清算通道的是哪两家银行？')
U('en','reason','Why did Dehong collections in Q3 2024 reach a record high?')
U('zh','figure','德宏小微卖家2024年前三季度的收款同比增长了多少？')
U('zh','date','瑞丽片区的收款"白名单"制度是从什么时候开始实行的？')

A('en','list','D','In which currencies do Dehong sellers get paid, according to the survey?',
  ['人民币','美元',['缅币','泰铢']], '2024年前三季度人民币跨境结算占比为41.5%，比2023年全年提高9.2个百分点；美元占46.8%；缅币、泰铢等其他币种合计占11.7%')
# ---------------- C: Chaozhou platform fee memo (en, docx) ----------------
A('en','figure','C','How many Chaozhou sellers use this operations company?',
  ['1,260'], 'how they affect the 1,260 Chaozhou sellers who use our operations service')
A('zh','list','C','潮州这家运营公司的客户主要卖哪几类东西？',
  ['ceramic tableware','wedding and evening dresses','stainless-steel kitchenware'], 'Most of our clients sell ceramic tableware, wedding and evening dresses, and stainless-steel kitchenware')
A('en','definition','C','What counts as a "small seller" in the Chaozhou memo?',
  ['below USD 300,000'], 'a "small seller" means a store with annual gross merchandise value (GMV) below USD 300,000')
A('zh','definition','C','备忘录里的effective fee rate（综合费率）是怎么算出来的？',
  ['commission, payment processing, fulfilment and advertising charges','divided by GMV'], 'The "effective fee rate" refers to the sum of commission, payment processing, fulfilment and advertising charges divided by GMV')
A('en','figure','C','What was the clients\' GMV in 2023 and the growth over 2022?',
  ['USD 148 million','19.4%'], 'In 2023, our client stores generated GMV of USD 148 million, up 19.4% from 2022')
A('zh','figure','C','潮州这些店2024年上半年GMV多少？同比涨多少？',
  ['USD 86.5 million','23.7%'], 'In the first half of 2024, GMV reached USD 86.5 million, up 23.7% year on year')
A('en','figure','C','Just the third quarter of 2024, how much GMV did the Chaozhou clients make?',
  ['USD 47.2 million'], 'in the third quarter of 2024 alone it was USD 47.2 million')
A('zh','figure','C','从2020年开始做服务到现在，客户GMV加起来一共多少？',
  ['USD 455 million'], 'Since we started the service in 2020, client GMV has totalled USD 455 million')
A('en','figure','C','What is the 2026 goal of the Chaozhou service company, and how much of it should come from outside North America and Europe?',
  ['USD 260 million','35%'], 'Our target for 2026 is USD 260 million, with at least 35% coming from markets outside North America and Europe')
A('en','figure','C','I sell teapots on Marketplace A as a small seller. What was my average effective fee rate in H1 2024, and what will it be in 2025?',
  ['15.8%','17.5%'], 'Marketplace A (general)', '15.8%', '17.5%')
A('zh','figure','C','B平台（社交电商）2025年的综合费率会涨到多少？',
  ['11.0%'], 'Marketplace B (social commerce)', '11.0%')
A('en','yesno','C','For own-website sellers in the table, is advertising counted in the fee rate?',
  ['advertising costs of own websites are not included'], 'advertising costs of own websites are not included')
A('en','list','C','What three changes is Marketplace A making in 2025?',
  ['referral commission','low-inventory fee','inbound placement fee'],
  '- the referral commission for home and kitchen goods rises from 12% to 14%;',
  '- a low-inventory fee of USD 0.32 per unit applies when stock covers less than 28 days of sales;',
  '- an inbound placement fee is charged when a seller sends a shipment to fewer than three warehouses.')
A('zh','figure','C','我在A平台卖厨房用品，佣金会从多少涨到多少？',
  ['12%','14%'], 'the referral commission for home and kitchen goods rises from 12% to 14%')
A('en','figure','C','My stock on Marketplace A only covers about 20 days of sales. Will I pay something extra, how much?',
  ['USD 0.32 per unit'], 'a low-inventory fee of USD 0.32 per unit applies when stock covers less than 28 days of sales')
A('zh','date','C','A平台这几项新收费从哪天开始？',
  ['1 March 2025'], 'Marketplace A will make three changes, effective 1 March 2025')
A('en','list','C','What is Marketplace B changing for sellers?',
  ['commission holiday','2% transaction service fee'], 'Marketplace B will end its new-seller commission holiday, which waived commission for the first 90 days after a store opened, and will add a 2% transaction service fee on all orders from 1 January 2025')
A('zh','figure','C','B平台原来给新店免佣金的期限是多少天？',
  ['90 days'], 'which waived commission for the first 90 days after a store opened')
A('en','date','C','Until when will Marketplace C keep its fees unchanged?',
  ['June 2025'], 'Marketplace C has said it will keep its current fees until at least June 2025')
A('zh','reason','C','A平台上半年综合费率为什么涨了？',
  ['storage and placement fees','advertising became more expensive','return rates for dresses stayed high'],
  'First, the platform moved more of its logistics costs onto sellers through storage and placement fees. Second, advertising became more expensive: the average cost per click for ceramic tableware rose from USD 0.41 to USD 0.58 within a year. Third, return rates for dresses stayed high, at about 18%, and each return carries a processing fee.')
A('zh','reason','C','C平台（中东那个）的费率为什么反而降了？',
  ['waived listing fees'], 'the rate on Marketplace C fell, because the platform waived listing fees to attract Chinese sellers to the Gulf market')
A('en','reason','C','Why the own-website sellers almost not affected by fee changes?',
  ['payment gateway charge'], 'Own-website sellers saw little change, as their main cost is the payment gateway charge, which stayed at around 3.4% plus USD 0.30 per order')
A('zh','figure','C','2024年上半年中东、东盟、拉美各占客户GMV多少？',
  ['14.6%','11.2%','6.8%'], 'In H1 2024, the Middle East accounted for 14.6% of client GMV, ASEAN for 11.2% and Latin America for 6.8%')
A('en','reason','C','What made Latin America sales of the Chaozhou sellers more than double?',
  ['ceramic dinnerware sets'], 'GMV there more than doubled year on year, mainly from ceramic dinnerware sets sold in Mexico and Colombia')
A('zh','list','C','潮州卖家在拉美主要卖到哪些国家？',
  ['Mexico','Colombia'], 'mainly from ceramic dinnerware sets sold in Mexico and Colombia')
A('zh','list','C','客户经理们反映了哪些问题？',
  ['effective fee rate','too much stock','Arabic listings','Payouts from Latin America are slow','live-stream'],
  '(a) Many small sellers do not track their effective fee rate and only look at the commission line on their statements.',
  '(b) Dress sellers keep too much stock in overseas warehouses; under the new rules this will mean higher storage fees, while',
  '(c) Sellers moving to the Middle East struggle with Arabic listings and with cash-on-delivery orders, where about 9% of parcels are refused at the door.',
  '(d) Payouts from Latin America are slow: funds from Mexico take 12 days on average to reach a Chinese account, compared with 4 days from the United States.',
  '(e) Few sellers have staff who can run live-stream sessions in English or Arabic.')
A('en','reason','C','Under the new rules, why will cookware sellers end up paying the low-inventory fee?',
  ['thin stock'], 'cookware sellers with thin stock will pay the low-inventory fee instead.')
A('zh','reason','C','我卖婚纱，按新规则为什么我的仓储费会变高？',
  ['too much stock in overseas warehouses'], '(b) Dress sellers keep too much stock in overseas warehouses; under the new rules this will mean higher storage fees, while')
A('zh','figure','C','墨西哥的货款到国内账户平均要几天？美国呢？',
  ['12 days','4 days'], 'funds from Mexico take 12 days on average to reach a Chinese account, compared with 4 days from the United States')
A('en','list','C','What are the recommendations in the Chaozhou memo?',
  ['review its effective fee rate monthly','28 to 60 days','Middle East or Latin America','Mexican peso collection account'],
  'First, every client store should review its effective fee rate monthly, using the template we will issue in January 2025.',
  'Second, sellers on Marketplace A should plan inbound shipments so that stock covers 28 to 60 days of sales, avoiding both the low-inventory fee and long-term storage fees.',
  'Third, sellers with more than 80% of GMV in North America should open at least one store for the Middle East or Latin America in 2025; our team will offer free Arabic and Spanish listing translation for the first 50 products.',
  'Fourth, we will ask our payment partner to add a Mexican peso collection account, with the aim of cutting payout time to 5 days.')
A('zh','figure','C','我八成以上的销售在北美，去开中东店的话，运营公司能免费帮我翻译多少个商品？',
  ['50 products'], 'our team will offer free Arabic and Spanish listing translation for the first 50 products')
A('en','yesno','C','Are refunded orders taken out of the GMV numbers in the memo?',
  ['include orders later refunded'], 'GMV figures are in US dollars and include orders later refunded')
A('zh','reason','C','备忘录为什么不写平台的真实名字？',
  ['at the request of our partners'], '"Marketplace A, B and C" are used instead of platform names at the request of our partners')
U('zh','figure','潮州这些客户店铺2024年全年的GMV是多少？')
U('en','figure','What was the effective fee rate on Marketplace B back in 2022?')
U('en','figure','In 2023, what share of client GMV came from the Middle East?')
U('en','reason','Why is Marketplace B adding the 2% transaction service fee?')
U('zh','list','备忘录里的A、B、C三个平台真实名字分别是什么？')
U('en','figure','How much of the client GMV came from North America in the first half of 2024?')
U('zh','place','梅州的卖家有多少家在用这家公司的运营服务？')
U('en','date','When will the Mexican peso collection account be available?')

A('en','list','C','Apart from North America and Europe, which regions does the memo track for diversification?',
  ['Middle East','ASEAN','Latin America'], 'In H1 2024, the Middle East accounted for 14.6% of client GMV, ASEAN for 11.2% and Latin America for 6.8%')
# ---------------- G: Cangzhou talent review (en, txt) ----------------
A('zh','date','G','沧州的跨境人才计划是哪年哪月开始的？',
  ['September 2022'], 'In September 2022 Cangzhou launched its "Ten Thousand Cross-border Talents" programme')
A('en','list','G','Which industrial belts in Cangzhou does the talent programme serve, and what does each make?',
  ['cast-iron cookware in Botou','glassware in Hejian','pipe fittings in Yanshan','fur garments in Suning'],
  'cast-iron cookware in Botou, glassware in Hejian, pipe fittings in Yanshan and fur garments in Suning')
A('zh','figure','G','沧州这个项目是跟几所职业院校、多少家培训公司一起办的？',
  ['four vocational colleges','22 training companies'], 'The programme is run by the city commerce bureau together with four vocational colleges and 22 training companies')
A('zh','definition','G','沧州评估里，怎样才算一个"培训合格人员"（trained person）？',
  ['at least 40 class hours','passes the final assessment'], 'A "trained person" is someone who completes at least 40 class hours and passes the final assessment.')
A('en','definition','G','What does "employment conversion rate" mean in the Cangzhou review?',
  ['within six months',['start working in cross-border e-commerce','open their own cross-border store']],
  'The "employment conversion rate" means the share of trained persons who, within six months of finishing, start working in cross-border e-commerce or open their own cross-border store.')
A('zh','figure','G','沧州2023年培训结业了多少人？',
  ['3,860'], 'In 2023, 3,860 people completed training')
A('en','figure','G','how many persons finished the Cangzhou training in first half 2024?',
  ['2,410'], 'a further 2,410 completed it in the first half of 2024')
A('zh','figure','G','沧州项目开办以来累计培训了多少人？',
  ['7,350'], 'the cumulative total has reached 7,350 trained persons')
A('en','figure','G','What are the Cangzhou programme\'s targets for trained persons and for the conversion rate?',
  ['10,000 trained persons by the end of 2025','65% by 2026'], 'The target is 10,000 trained persons by the end of 2025, and an employment conversion rate of 65% by 2026')
A('zh','figure','G','2023年那批和今年上半年那批学员的就业转化率分别是多少？',
  ['52.4%','58.1%'], 'The conversion rate was 52.4% for the 2023 intake and 58.1% for the H1 2024 intake')
A('en','figure','G','I am from Hejian. How many people got trained in our area in H1 2024, and how many stores were opened?',
  ['610','121'], ('Hejian ',))
A('zh','place','G','今年上半年哪个县级地区的学员新开店最多？',
  ['Botou'], ('Botou ',))
A('en','list','G','Which districts are included in "Other areas" of the Cangzhou table?',
  ['Xinhua District','Yunhe District'], 'Note: "Other areas" are mainly Xinhua District and Yunhe District.')
A('zh','figure','G','沧州这个项目2023年花了多少钱？培训一个人平均多少钱？',
  ['RMB 18.6 million','RMB 4,800'], 'Spending on the programme was RMB 18.6 million in 2023', 'training one person cost about RMB 4,800')
A('en','yesno','G','Do trainees need to pay anything for the Cangzhou courses?',
  ['trainees themselves paid nothing'], 'of which trainees themselves paid nothing')
A('zh','list','G','沧州的培训课程分哪几个模块？',
  ['platform rules and store set-up','product photography and short video','live-stream selling','B2B export declaration','payment, foreign exchange settlement and tax refund'],
  'The courses cover five modules: platform rules and store set-up; product photography and short video; live-stream selling in English, Arabic or Spanish; B2B export declaration under the 9710 and 9810 customs codes; and payment, foreign exchange settlement and tax refund.')
A('en','reason','G','Why did more Cangzhou trainees end up working in cross-border trade?',
  ['order classes','live-stream teaching','start-up grant'],
  'First, in 2023 the programme started "order classes", where factories place real export orders with trainees during the course, so trainees leave with a working store. Second, the share of live-stream teaching rose from 15% of class hours in 2023 to 30% in 2024, and live-stream sellers find jobs faster. Third, Botou and Hejian introduced a start-up grant of RMB 3,000 for trained persons who open a store within three months.')
A('zh','figure','G','直播教学占课时的比例从多少提到了多少？',
  ['15%','30%'], 'the share of live-stream teaching rose from 15% of class hours in 2023 to 30% in 2024')
A('en','figure','G','I finished the course in Botou and want to open store. How much start-up grant, and by when I must open?',
  ['RMB 3,000','within three months'], 'Botou and Hejian introduced a start-up grant of RMB 3,000 for trained persons who open a store within three months')
A('zh','reason','G','盐山的转化效果为什么比别的地方差？',
  ['sell mainly B2B to contractors','long sales cycle'], 'Its pipe-fitting firms sell mainly B2B to contractors, so they need fewer store operators, and the long sales cycle of about five months means trainees see little result within the six-month window.')
A('zh','figure','G','学员开的店今年上半年卖到东盟、中东、拉美的比例各是多少？',
  ['27%','19%','11%'], '27% of their sales went to ASEAN, 19% to the Middle East and 11% to Latin America')
A('en','figure','G','For all Cangzhou cross-border sellers, what were the ASEAN, Middle East and Latin America shares?',
  ['18%, 9% and 4%'], 'against 18%, 9% and 4% for all Cangzhou cross-border sellers')
A('zh','place','G','泊头的铸铁锅在哪些国家卖得好？',
  ['Saudi Arabia','Brazil'], 'Cookware from Botou does well in Saudi Arabia and Brazil')
A('en','place','G','Where do Suning fur garments mostly sell?',
  ['Kazakhstan','Russia'], 'Suning fur garments sell mainly in Kazakhstan and Russia')
A('zh','list','G','评估发现这个人才项目有哪几方面不足？',
  ['Teachers lack hands-on experience','Drop-out is high among older workers','Language teaching is thin','Follow-up data is weak'],
  '(1) Teachers lack hands-on experience.', '(2) Drop-out is high among older workers.', '(3) Language teaching is thin.', '(4) Follow-up data is weak.')
A('en','reason','G','Why do many trainees over 40 quit the Cangzhou course?',
  ['courses are held on weekdays','cannot leave the factory'], 'mostly because the courses are held on weekdays and they cannot leave the factory')
A('en','reason','G','I live in Suning and want to learn Arabic live selling. Why is that hard for me?',
  ['only in the city centre','80 kilometres'],
  '(3) Language teaching is thin. Arabic and Spanish live-stream classes are offered only in the city centre, so trainees in Suning and Yanshan must travel more than', '80 kilometres to attend.')
A('zh','reason','G','评估认为这些问题的根子在哪里？',
  ['by the number of people who pass the exam'], 'The root cause is that the programme pays training providers by the number of people who pass the exam, not by how many later work in cross-border trade.')
A('en','list','G','What does the Cangzhou review recommend?',
  ['Tie 30% of the payment','weekend and online classes','Arabic and Spanish classes in Botou and Suning','Track trainees at 6, 12 and 24 months'],
  '- Tie 30% of the payment to training providers to the employment conversion rate from 2025.', '- Add weekend and online classes for factory workers.',
  '- Set up Arabic and Spanish classes in Botou and Suning in the first quarter of 2025.', '- Track trainees at 6, 12 and 24 months.')
A('zh','figure','G','2022年9月到12月那几个月培训了多少人？',
  ['1,080'], 'The cumulative total includes 1,080 people trained from September to December 2022.')
U('zh','figure','沧州这个项目2024年全年一共培训了多少人？')
U('en','figure','How many people from Xinhua District were trained in 2023?')
U('zh','figure','2023年学员一共新开了多少家跨境店？')
U('en','figure','What was the employment conversion rate in Botou?')
U('zh','reason','河间的玻璃制品为什么在中东卖得好？')
U('en','list','What are the names of the four vocational colleges in the Cangzhou programme?')
U('zh','figure','沧州全市2024年上半年跨境电商出口额是多少？')
U('en','date','When will the Botou and Hejian start-up grant end?')

A('zh','list','G','沧州的直播带货课用哪几种语言教？',
  ['English','Arabic','Spanish'], 'live-stream selling in English, Arabic or Spanish')

if __name__ == '__main__':
    n = {'zh': 0, 'en': 0}
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for lang, typ, qn, ans, ev, un in ITEMS:
            n[lang] += 1
            f.write(json.dumps({'id': 'h9-%s-%03d' % (lang, n[lang]), 'lang': lang, 'type': typ, 'question': qn,
                                'answers': ans, 'evidence': ev, 'unanswerable': un}, ensure_ascii=False) + '\n')
    print(len(ITEMS), n)
