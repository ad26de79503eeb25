#!/usr/bin/env python3
"""Source of heldout15/gold.jsonl: hand-written questions. Run: python3 build/build_gold.py"""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = {
 'HN': 'h15_zh_henan_cbec_export_brand_measures_2025_2027.md',
 'HB': 'h15_zh_hebei_time_honoured_brands_going_global_review_2024.txt',
 'WH': 'h15_zh_wuhu_cbec_park_occupancy_rent_subsidy_notice_2025.html',
 'JN': 'h15_zh_jinan_bonded_b2b2c_health_products_pilot_brief_2025h1.pdf',
 'CS': 'h15_en_changsha_social_media_ads_seller_survey_2024.docx',
 'ME': 'h15_en_middle_east_last_mile_address_guide_2025.txt',
}
def text(k):
    n = D[k]
    p = os.path.join(HERE, 'docs_src', n.rsplit('.', 1)[0] + '.txt') if n.endswith(('.pdf', '.docx')) else os.path.join(HERE, 'docs', n)
    return open(p, encoding='utf-8').read()
def L(k, prefix):
    """the whole (right-stripped) line of document k that starts with prefix: a plain-text table row"""
    ls = [l.rstrip() for l in text(k).split('\n') if l.startswith(prefix)]
    assert len(ls) == 1, (k, prefix, ls)
    return ls[0]
ITEMS = []
def A(lang, typ, q, k, quotes, answers):
    if isinstance(quotes, str): quotes = [quotes]
    answers = [[g] if isinstance(g, str) else list(g) for g in answers]
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=answers,
                      evidence=[{'source': D[k], 'quote': x} for x in quotes], unanswerable=False, _doc=k))
def U(lang, typ, q, k):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=[], evidence=[], unanswerable=True, _doc=k))

# ---------------- Henan (md) ----------------
A('en','figure',"How much did Henan sell abroad under its own brands through cross-border e-commerce in 2024, and what slice of all its CBEC exports was that?",'HN',
  '其中自主品牌出口额412亿元，同比增长21.5%，占跨境电商出口额的34.7%',['412亿元','34.7%'])
A('zh','figure','河南去年跨境电商出口总共多少钱？比前年涨了多少？','HN','2024年，全省跨境电商出口额1186亿元，同比增长14.7%',['1186亿元','14.7%'])
A('en','figure','Henan own-brand exports H1 2025?','HN','2025年上半年，全省自主品牌出口额236亿元，同比增长19.3%',['236亿元'])
A('zh','figure','河南今年二季度品牌出口做了多少？跟一季度比涨了多少？','HN','2025年二季度自主品牌出口额131亿元，环比增长24.8%',['131亿元','24.8%'])
A('en','figure','How many companies has Henan recognised as export brands up to now, and how many of those sell more than 100 million yuan a year?','HN',
  '截至2025年6月底，全省累计认定"河南跨境电商出口品牌"企业318家，其中年品牌出口额超过1亿元的企业41家',['318家','41家'])
A('zh','figure','到2027年，河南想让品牌出口在跨境电商出口里占到几成？','HN','力争全省自主品牌出口额占跨境电商出口额的比重达到45%',['45%'])
A('en','list',"What are Henan's goals for 2027 in this brand plan?",'HN',
  '到2027年，力争全省自主品牌出口额占跨境电商出口额的比重达到45%，累计认定品牌企业600家，培育年出口额超10亿元的龙头品牌10个',['45%','600家',['龙头品牌10个','10个']])
A('zh','yesno','我在新乡做蓄电池，去年自有品牌出口了400万元，能申请认定为跨境电商出口品牌企业吗？','HN','上一年度自有品牌出口额不低于500万元',['不低于500万元'])
A('en','definition','What kind of company counts as a "cross-border e-commerce export brand enterprise" under the Henan measures?','HN',
  '是指在本省注册、以自有品牌通过跨境电商渠道出口，上一年度自有品牌出口额不低于500万元，且自有品牌出口额占本企业出口额比重不低于60%的企业',['在本省注册','不低于500万元','不低于60%'])
A('en','definition','brand going-global service agency — what is it and how many local firms it must serve each year?','HN',
  '为企业提供境外市场调研、品牌视觉设计、本地化内容制作等服务，且年服务省内企业不少于20家的专业机构',[['境外市场调研、品牌视觉设计、本地化内容制作','境外市场调研'],'不少于20家'])
A('zh','figure','周口去年品牌出口多少亿？到2027年要做到多少？','HN','| 周口市 | 61.5 | 35.0 | 100 | 假发制品、纺织服装 |',['61.5','100'])
A('en','place',"Which city is Henan's biggest brand exporter in the table?",'HN','| 周口市 | 61.5 | 35.0 | 100 | 假发制品、纺织服装 |',['周口市'])
A('en','list','What brand products does Xinxiang mainly export?','HN','| 新乡市 | 52.3 | 29.8 | 90 | 起重设备配件、蓄电池 |',['起重设备配件','蓄电池'])
A('zh','list','焦作主要靠哪些品牌产品出海？','HN','| 焦作市 | 27.1 | 14.2 | 45 | 太极服饰、怀山药制品 |',['太极服饰','怀山药制品'])
A('en','yesno','Is there a 2027 target for the "other regions" row in the Henan table?','HN','注：表中"其他地区"含省内其余12个省辖市及济源示范区，不单列目标。',['不单列目标'])
A('zh','list','表里那个"其他地区"包括哪些地方？','HN','注：表中"其他地区"含省内其余12个省辖市及济源示范区，不单列目标。',['其余12个省辖市','济源示范区'])
A('en','reason',"Why have Henan's brand exports grown faster than its cross-border exports overall?",'HN',
  ['一是周口假发、新乡蓄电池等产业带龙头企业由贴牌代工转向自有品牌','二是省级品牌出海服务机构从2023年的6家增加到2024年的19家','三是企业普遍把中东、拉美等新兴市场作为品牌首发地'],
  ['由贴牌代工转向自有品牌',['品牌出海服务机构从2023年的6家增加到2024年的19家','品牌出海服务机构'],'中东、拉美等新兴市场作为品牌首发地'])
A('zh','reason','河南的品牌企业干嘛都先去中东、拉美首发？','HN','三是企业普遍把中东、拉美等新兴市场作为品牌首发地，避开了欧美市场的激烈价格竞争',['避开了欧美市场的激烈价格竞争'])
A('en','list','What main problems does Henan see for its brands going abroad?','HN',
  ['1. 品牌溢价能力弱。','2. 本地化运营能力薄弱。','3. 销售渠道过度集中。','4. 老字号企业出海步伐偏慢。'],['品牌溢价能力弱','本地化运营能力薄弱','销售渠道过度集中','老字号企业出海步伐偏慢'])
A('zh','figure','河南品牌货出口价比贴牌的贵多少？','HN','多数品牌企业的出口单价仅比同类贴牌产品高出8%左右',[['8%左右','8%']])
A('zh','reason','为什么说河南企业本地化运营不行？','HN','约六成企业的境外页面仍由国内团队直接翻译，文案与当地消费习惯脱节',['由国内团队直接翻译','与当地消费习惯脱节'])
A('en','reason','My brand gets 85% of sales from one marketplace. Why does the Henan plan see that as a risk?','HN','有近一半的品牌企业超过80%的销售额来自单一平台，一旦规则调整，经营波动较大',['一旦规则调整，经营波动较大'])
A('en','reason',"why Henan's time-honoured brands slow to go overseas?",'HN','全省老字号企业中开展跨境电商出口的不足三成，传统工艺与境外需求对接不足',['传统工艺与境外需求对接不足'])
A('zh','figure','我们公司刚被认定为出口品牌企业，能拿多少奖励？要是品牌出口第一次过亿呢？','HN',
  '1. 对新认定的跨境电商出口品牌企业，给予一次性奖励30万元；对年品牌出口额首次超过1亿元的企业，再奖励50万元。',['30万元','50万元'])
A('en','figure',"If I join the commerce department's overseas brand promotion event, what part of booth costs do they pay and what's the yearly cap?",'HN',
  '2. 对企业参加省商务厅组织的境外品牌推介活动，按展位费和公共布展费用的70%给予补助，每家企业每年最高20万元。',['70%','20万元'])
A('en','figure','How is the subsidy for brand service agencies calculated, and what is the most one agency can get?','HN',
  ['3. 每年遴选不超过10家品牌出海服务机构，按其为省内企业实际服务','金额的20%给予补助，单家机构每年最高100万元。'],['20%','100万元'])
A('zh','list','河南这份措施一共给了哪些方面的支持？','HN',
  ['对新认定的跨境电商出口品牌企业，给予一次性奖励30万元','对企业参加省商务厅组织的境外品牌推介活动','每年遴选不超过10家品牌出海服务机构','支持老字号企业与跨境电商平台合作开设"豫字号"专区'],
  ['一次性奖励30万元','境外品牌推介活动','品牌出海服务机构','"豫字号"专区'])
A('en','date','When do the Henan brand measures take effect and when do they expire?','HN','本措施自2025年9月1日起施行，有效期至2027年12月31日',['2025年9月1日','2027年12月31日'])
A('zh','yesno','同一个项目我已经拿了别的省级补贴，还能按这个措施再拿一次吗？','HN','同一事项符合省级多项支持政策的，按就高原则执行，不重复支持',[['不重复支持','按就高原则执行']])
U('en','figure','How much did Henan import through cross-border e-commerce in 2024?','HN')
U('zh','figure','周口市2026年的品牌出口目标是多少亿元？','HN')
U('en','figure',"What was Xinxiang's growth rate in brand exports in the first half of 2025?",'HN')
U('zh','figure','信阳市2024年跨境电商品牌出口额是多少？','HN')
U('zh','list','河南入选补助的品牌出海服务机构具体是哪几家？','HN')
U('en','reason',"Why is Pingdingshan's 2027 target lower than Jiaozuo's?",'HN')
U('zh','date','河南出口品牌企业认定的申报截止日期是哪天？','HN')

# ---------------- Hebei (txt) ----------------
A('en','figure','How many Hebei time-honoured brands were selling abroad in 2024, and how many more than the year before?','HB','2024年，全省出海老字号达到73家，比2023年增加22家',['73家','22家'])
A('zh','figure','河北老字号去年跨境出口卖了多少钱，涨了多少？','HB','老字号跨境电商出口额9.4亿元，同比增长36.2%',['9.4亿元','36.2%'])
A('en','figure','Hebei old brands export second half 2024?','HB','2024年下半年出口额5.6亿元，占全年的59.6%',['5.6亿元'])
A('zh','figure','河北老字号2024年四季度出口了多少，同比涨了多少？','HB','2024年四季度出口额3.3亿元，同比增长41.0%',['3.3亿元','41.0%'])
A('en','figure',"Since Hebei started the old-brand going-global drive, what's the cumulative export so far?",'HB','全省老字号累计实现跨境电商出口额21.7亿元',['21.7亿元'])
A('zh','figure','老字号境外复购率现在多少？比前年高了多少？','HB','全省出海老字号的平均境外复购率为27.5%，比2023年提高4.1个百分点',['27.5%','4.1个百分点'])
A('en','list','What does Hebei want to reach by 2026 for going-global old brands?','HB','到2026年全省出海老字号力争达到120家，老字号跨境电商出口额突破18亿元',['120家','18亿元'])
A('en','list','Which kinds of brands count as "time-honoured" in the Hebei notice?','HB','本通报所称"老字号"，包括商务部认定的中华老字号和省商务厅认定的河北老字号',['中华老字号','河北老字号'])
A('zh','yesno','我们是河北老字号，去年在国外网上只卖了40万元，算不算"出海老字号"？','HB','且年度境外销售额不低于50万元的老字号企业',['年度境外销售额不低于50万元'])
A('en','definition','In the Hebei notice, what does overseas repurchase rate mean?','HB','"境外复购率"是指统计期内在同一店铺购买两次及以上的境外消费者占全部境外消费者的比例',['在同一店铺购买两次及以上'])
A('zh','list','河北老字号主要卖到哪些市场？','HB','东南亚占38.5%，北美占24.1%，日韩占17.3%，其他市场合计占20.1%',[['东南亚占38.5%','东南亚'],['北美占24.1%','北美'],['日韩占17.3%','日韩']])
A('en','figure',"What share of the old brands' exports went through third-party platforms?",'HB','通过第三方跨境电商平台实现的出口额占71.2%',['71.2%'])
A('zh','figure','衡水有几家老字号出海了？去年出口多少？','HB',L('HB','衡水市'),['14','2.1'])
A('en','place','Which area grew fastest in the Hebei table?','HB',L('HB','定州市'),['定州市'])
A('en','list','What does Chengde sell overseas?','HB',L('HB','承德市'),['山庄老酒','杏仁露'])
A('en','reason',"Why did Zhangjiakou grow slower than the rest of Hebei?",'HB',['主要原因是当地皮毛制品受部分国家','动物源性产品入境要求限制，出口品类难以扩大。'],['皮毛制品','动物源性产品入境要求限制'])
A('zh','reason','河北老字号出海为什么涨得这么快？','HB',['一是各地组织老字号与跨境电商平台"一对一"结对','二是老字号企业普遍推出小规格、便于邮寄的"出海款"产品','三是海外华人社群对传统品牌认知度高'],
  [['"一对一"结对','结对'],['小规格、便于邮寄的"出海款"产品','"出海款"产品'],['海外华人社群对传统品牌认知度高','海外华人社群']])
A('en','reason','Why did the small "export version" products help the old brands?','HB','降低了境外消费者的首次购买门槛',['降低了境外消费者的首次购买门槛'])
A('zh','list','各地推进老字号出海时反映了哪些问题？','HB',['（一）产品标准与境外要求不匹配。','（二）品牌故事难以有效传播。','（三）企业投入意愿不强。','（四）知识产权风险防范不足。'],
  ['产品标准与境外要求不匹配','品牌故事难以有效传播','企业投入意愿不强','知识产权风险防范不足'])
A('en','figure','My food label does not meet the target country rules. How long does fixing it usually take, per the Hebei notice?','HB','整改周期普遍在3个月以上',['3个月以上'])
A('en','reason','Why are bosses of old brands hesitant to put money into cross-border selling?','HB','约四成老字号企业负责人年龄在55岁以上，对跨境电商的前期投入较为谨慎',['年龄在55岁以上','前期投入较为谨慎'])
A('zh','reason','老字号的品牌故事为什么外国人看不明白？','HB','老字号的历史文化内涵较深，外文介绍多为直译',['历史文化内涵较深','外文介绍多为直译'])
A('en','list',"What are Hebei's next steps for old brands going global?",'HB',
  ['（一）建立"出海老字号"培育库','（二）组织老字号企业参加境外线下展会','（三）联合高校翻译团队，为入库企业免费制作多语种品牌故事','（四）对首次实现境外销售的老字号企业给予一次性奖励10万元。'],
  ['培育库','境外线下展会','多语种品牌故事','一次性奖励10万元'])
A('zh','figure','我们老字号今年头一回在国外卖出东西，能拿多少奖励？','HB','（四）对首次实现境外销售的老字号企业给予一次性奖励10万元。',['10万元'])
A('zh','figure','给入库企业做的品牌故事至少几种语言？','HB','每家不少于3个语种',[['不少于3个语种','3个语种']])
A('zh','date','河北这份老字号出海通报是哪天发的？','HB','2025年3月18日',['2025年3月18日'])
U('en','figure',"How much did Hengshui's old brands export in the first half of 2024?",'HB')
U('zh','figure','保定市有多少家出海老字号？','HB')
U('en','figure',"What was the value of Hebei old brands' cross-border imports in 2024?",'HB')
U('zh','figure','河北到2026年老字号境外复购率的目标是多少？','HB')
U('en','list','Which cross-border platforms were the Hebei old brands paired with?','HB')
U('zh','reason','承德老字号的增速为什么比衡水慢？','HB')
U('en','date',"When did Hebei's three-year action for time-honoured brands begin?",'HB')

# ---------------- Wuhu (html) ----------------
A('en','figure','How many cross-border e-commerce parks does Wuhu have, and how much space can they lease out?','WH','全市现有市级认定跨境电商产业园5个，可招商面积合计18.6万平方米',['5个','18.6万平方米'])
A('zh','figure','芜湖的跨境电商园区去年年底入驻率多少？','WH','截至2024年末，全市园区平均入驻率为61.3%，有效入驻企业287家',['61.3%'])
A('en','figure','Wuhu parks occupancy H1 2025, and how many new real tenants?','WH','2025年上半年平均入驻率提高到66.8%，新增有效入驻企业54家',['66.8%','54家'])
A('zh','figure','芜湖园区今年二季度新进来几家有效入驻企业？','WH','其中2025年二季度新增31家',['31家'])
A('en','figure','How much rent subsidy has Wuhu paid out to park firms since 2022?','WH','2022年以来，市、区两级累计兑现园区企业房租补贴4860万元，惠及企业412家次',['4860万元'])
A('zh','figure','芜湖要求2026年底园区入驻率到多少？','WH','到2026年底，全市园区平均入驻率力争达到80%以上',['80%以上'])
A('en','list',"What are Wuhu's park targets for end-2026?",'WH','到2026年底，全市园区平均入驻率力争达到80%以上，有效入驻企业达到450家，园区企业跨境电商交易额突破150亿元',['80%以上','450家','150亿元'])
A('zh','figure','园区里做出口的企业占多大比例？','WH','有效入驻企业中以出口为主的企业占83.6%',['83.6%'])
A('en','list','What kinds of service companies sit in the Wuhu parks?','WH','服务类企业（物流、报关、代运营等）占7.3%',['物流','报关','代运营'])
A('en','figure','How much cross-border trade did the park firms do in 2024 and how fast it grow?','WH','2024年园区企业跨境电商交易额合计97.5亿元，同比增长22.4%，占全市跨境电商交易额的58.2%',['97.5亿元','22.4%'])
A('zh','list','芜湖园区企业主要卖什么货？','WH','主打汽车零部件、家用电器、电线电缆和羽毛羽绒制品',['汽车零部件','家用电器','电线电缆','羽毛羽绒制品'])
A('en','list','Which markets do Wuhu park sellers mostly ship to?','WH','园区企业主要销往东南亚、北美和中东市场',['东南亚','北美','中东'])
A('zh','definition','芜湖说的"入驻率"是怎么算的？运营方自己用的面积算不算？','WH','"入驻率"是指园区已签约使用面积占可招商面积的比例，不含园区运营方自用及公共服务配套面积',['已签约使用面积占可招商面积的比例','不含园区运营方自用'])
A('en','yesno',"My company was set up this year and has been working in the park for four months. Do we count as an effective tenant yet?",'WH','新设企业当年实际办公满6个月即可认定',['实际办公满6个月'])
A('zh','definition','有效入驻企业对交易额有啥要求？','WH','上一年度跨境电商交易额不低于200万元的企业',['不低于200万元'])
A('en','place','Which Wuhu park was fullest in H1 2025?','WH',['镜湖跨境电商产业园','82.1%'],['镜湖跨境电商产业园'])
A('zh','figure','繁昌那个园区今年上半年入驻率多少？','WH',['繁昌跨境电商创业园','55.6%'],['55.6%'])
A('en','place','Which district is the Linkong cross-border park in?','WH',['湾沚临空跨境电商园','湾沚区'],['湾沚区'])
A('en','reason','Why are some Wuhu parks stuck below 60% occupancy?','WH',['一是园区选址远离城区，配套的餐饮、公寓和通勤班车不足','二是园区之间同质化招商、竞相压价','三是园区运营方缺少跨境电商专业服务能力'],
  ['园区选址远离城区','同质化招商、竞相压价','缺少跨境电商专业服务能力'])
A('zh','reason','企业为啥老在几个园区之间搬来搬去？','WH','二是园区之间同质化招商、竞相压价，部分企业在园区间频繁迁移',['同质化招商、竞相压价'])
A('en','list','What problems does Wuhu still need to fix for the parks?','WH',['"空壳注册"现象仍然存在。','房租补贴兑现周期较长。','园区公共服务收费不透明。'],['空壳注册','房租补贴兑现周期较长','园区公共服务收费不透明'])
A('en','reason','Why are shell registrations a problem for the parks?','WH','部分企业只注册不办公，占用了招商名额，却没有形成实际交易额',['占用了招商名额','没有形成实际交易额'])
A('zh','reason','芜湖为啥要把房租补贴改成按季度申报？','WH','目前补贴按年度集中申报，企业从申报到资金到账平均需要5个月',['企业从申报到资金到账平均需要5个月'])
A('zh','reason','企业对园区公共服务收费有啥意见？','WH','部分园区对公共仓储、直播间等设施的收费标准未公开',['收费标准未公开'])
A('en','figure','My shop moves into a Wuhu park. What percentage of rent is subsidised in year one, two and three?','WH','第一年按实际租金的100%给予补贴，第二年按50%补贴，第三年按30%补贴',['100%','50%','30%'])
A('zh','figure','房租补贴每家每年最多多少钱？面积上限多少？','WH','每家企业每年补贴最高20万元，补贴面积不超过500平方米',['20万元','500平方米'])
A('zh','other','园区入驻率连着两年不到五成会怎么样？','WH','入驻率连续两年低于50%的园区，取消市级认定',['取消市级认定'])
A('en','figure','Under the new rules, how often can I apply for rent subsidy and how soon is money paid?','WH','房租补贴由按年申报改为按季度申报，资金在申报截止后60个工作日内拨付到位',['按季度申报','60个工作日内'])
A('zh','figure','园区员工住人才公寓，租金大概是市场价的多少？','WH','租金不高于同地段市场价的70%',['70%'])
A('en','other','Is there already a detailed application guide for the Wuhu measures?','WH',['具体申报指南','另行制定。'],['另行制定'])
A('zh','date','芜湖这个园区措施管几年？','WH','本措施自印发之日起施行，有效期3年',[['有效期3年','3年']])
U('en','figure','What was the average occupancy of the Wuhu parks at the end of 2023?','WH')
U('zh','figure','镜湖跨境电商产业园2024年的交易额是多少？','WH')
U('en','figure','How much rent subsidy did Wuhu pay in 2024 alone?','WH')
U('zh','figure','合肥的跨境电商产业园入驻率是多少？','WH')
U('en','list','Which companies operate the five Wuhu parks?','WH')
U('zh','reason','镜湖园区入驻率为什么全市最高？','WH')
U('en','date','What is the deadline to apply for the third-quarter rent subsidy in Wuhu?','WH')
U('zh','figure','芜湖园区企业2024年跨境电商进口额是多少？','WH')

# ---------------- Jinan (pdf) ----------------
A('en','date',"When did Jinan's bonded pharma/health-product pilot start, and how long is it?",'JN','济南综合保税区自2024年9月1日起开展跨境电商保税B2B2C进口药品及保健品试点（以下简称试点），试点期两年',['2024年9月1日','两年'])
A('zh','figure','济南这个试点有多少家企业参加？','JN','试点企业由区内3家仓储企业和11家跨境电商平台企业组成',['3家','11家'])
A('en','figure','How many products in the first pilot catalogue, and how many are OTC drugs vs health food?','JN','首批纳入试点目录的商品共126种，其中非处方药41种、保健食品85种',['126种','41种','85种'])
A('zh','definition','保税B2B2C到底是怎么个流程？','JN','"保税B2B2C"是指境外商品以批量方式进入综合保税区保税存储，境内消费者通过跨境电商平台下单后，由区内仓库按订单分拣包装，以个人物品方式申报出区并配送给消费者的模式',
  ['批量方式进入综合保税区保税存储','按订单分拣包装','以个人物品方式申报出区'])
A('en','list','Which products are kept out of the Jinan pilot catalogue?','JN','不包括处方药、注射剂和需冷链储存的生物制品',['处方药','注射剂','需冷链储存的生物制品'])
A('en','yesno','I want to sell a prescription medicine through the Jinan bonded pilot. Is it allowed?','JN','不包括处方药、注射剂和需冷链储存的生物制品',['不包括处方药'])
A('zh','figure','2024年9到12月试点申报了多少票，货值多少？','JN','2024年9—12月，试点累计申报进口清单38.2万票，货值1.27亿元',['38.2万票','1.27亿元'])
A('en','figure','Jinan pilot Q1 2025 goods value?','JN','2025年一季度申报清单29.6万票，货值0.98亿元',['0.98亿元'])
A('zh','figure','今年上半年试点货值多少？二季度环比涨了多少？','JN','2025年上半年申报清单64.1万票，货值2.15亿元，其中二季度货值环比增长19.4%',['2.15亿元','19.4%'])
A('en','figure','What are the cumulative pilot numbers at end of June 2025?','JN','截至2025年6月底，试点累计申报清单102.3万票、货值3.42亿元',['102.3万票','3.42亿元'])
A('zh','list','试点的货主要是从哪几个国家来的？','JN','货值占比前三位的是澳大利亚（31.5%）、日本（24.8%）和德国（16.2%）',['澳大利亚','日本','德国'])
A('zh','figure','到今年年底试点累计货值要到多少？目录扩到多少种？','JN','试点力争累计货值达到6亿元，目录商品扩大到200种',['6亿元','200种'])
A('zh','figure','试点消费者的复购率有多少？','JN','消费者半年内复购率为35.6%',['35.6%'])
A('en','figure','How long did clearance take on average in H1 2025, compared with Sep–Dec 2024?','JN','平均通关时长（小时）　6.5　4.2　3.8',['3.8','6.5'])
A('zh','figure','上半年试点退货率降到多少？','JN','退货率　2.9%　2.4%　2.1%',['2.1%'])
A('en','reason','Why has clearance in the Jinan pilot got faster?','JN',['一是海关对目录商品实行"一次备案、多次使用"','二是区内仓库上线批次追溯系统','三是海关与药品监管部门建立了风险信息共享机制'],
  ['一次备案、多次使用','批次追溯系统','风险信息共享机制'])
A('zh','reason','为啥企业现在不用每票都交药品说明书了？','JN','一是海关对目录商品实行"一次备案、多次使用"，企业无需逐票提交药品说明书等材料',['一次备案、多次使用'])
A('en','list','What problems showed up in the pilot?','JN',['（一）目录调整周期长。','（二）近效期商品处置难。','（三）消费者用药提示不足。','（四）单次购买限量执行不统一。'],
  ['目录调整周期长','近效期商品处置难','消费者用药提示不足','单次购买限量执行不统一'])
A('en','reason','Why are near-expiry health products a headache for sellers in the pilot?','JN','临近有效期的商品既不能降价出区，也难以退运出境，企业损失较大',['既不能降价出区','难以退运出境'])
A('zh','reason','为什么要把各平台的单次购买限量统一起来？','JN','各平台对同一商品的单次购买数量限制不一致，容易被用于转售牟利',['容易被用于转售牟利'])
A('en','reason','Why do platforms need to show dosage and warnings in Chinese?','JN','部分平台页面未以中文完整展示适应症、禁忌和用法用量，存在用药风险',['存在用药风险'])
A('en','list','What does the customs team suggest doing next?','JN',['一是推动建立目录动态调整机制','二是研究近效期商品集中退运和监管销毁的便利措施','三是要求试点平台在商品页面显著位置以中文展示适应症、禁忌、用法用量和境外生产企业信息','四是统一单次购买限量'],
  ['目录动态调整机制','近效期商品集中退运和监管销毁','以中文展示适应症、禁忌、用法用量','统一单次购买限量'])
A('en','figure','As a buyer, how many boxes of the same OTC drug could I buy in one go under the proposal, and how many bottles of one health food?','JN','每名消费者每次购买同一非处方药不超过3盒、同一保健食品不超过6瓶',[['不超过3盒','3盒'],['不超过6瓶','6瓶']])
A('zh','figure','建议把新增目录审核时间压到多久？','JN','将新增目录审核时间压缩到2个月以内',['2个月以内'])
A('en','yesno','Can I resell the health products I bought from the pilot?','JN','试点商品仅限个人自用，不得再次销售',['不得再次销售'])
A('en','definition','Does "goods value" in the Jinan brief include taxes and freight?','JN',['3．"货值"按申报','完税价格统计，不含税款和运费。'],['不含税款和运费'])
A('zh','other','这份试点简报是哪个单位出的？','JN','泉城海关跨境电商监管科',['泉城海关跨境电商监管科'])
U('en','figure','What goods value did the Jinan pilot declare in July 2025?','JN')
U('zh','figure','青岛有没有类似的保税药品试点？货值多少？','JN')
U('zh','figure','济南试点2026年的货值目标是多少？','JN')
U('en','list','Which cross-border platforms are in the Jinan pilot?','JN')
U('zh','reason','为什么德国货在试点里占比比日本低？','JN')
U('en','date','When were new products last added to the pilot catalogue?','JN')
U('zh','figure','试点的平均客单价是多少？','JN')

# ---------------- Changsha (docx) ----------------
A('zh','figure','长沙这次调研收回了多少份有效问卷？回访了几家卖家？','CS','We received 438 valid questionnaires and held follow-up interviews with 37 sellers',['438','37'])
A('zh','list','回访覆盖了长沙哪些区县？','CS','in Yuelu, Kaifu, Yuhua and Changsha County',['Yuelu','Kaifu','Yuhua','Changsha County'])
A('en','definition','What counts as social-media advertising in the survey — do normal unpaid posts count?','CS',['means paid placements that a seller buys on an overseas social or short-video platform','Organic posting without payment is not counted'],['paid placements','not counted'])
A('zh','definition','报告里的ROAS是怎么算的？','CS','means the sales revenue attributed to an ad campaign divided by the money spent on that campaign, measured over 30 days after the ad was shown',
  [['sales revenue attributed to an ad campaign divided by the money spent on that campaign','divided by the money spent'],'30 days'])
A('zh','yesno','我过去半年只有两个月投了广告，算"活跃投放卖家"吗？','CS','ran paid social-media ads in at least three of the last six months',['at least three of the last six months'])
A('en','figure','How many of the sellers were active advertisers in 2023, and in H1 2024?','CS','In 2023, 46.8% of surveyed sellers were active advertisers. In the first half of 2024 the share rose to 58.2%',['46.8%','58.2%'])
A('zh','figure','样本卖家2023年一共花了多少广告费？今年上半年呢？','CS','Total social-media ad spend reported by the sample was RMB 212 million in 2023 and RMB 138 million in H1 2024',[['RMB 212 million','212 million'],['RMB 138 million','138 million']])
A('en','figure','Q3 2024 ad spend, change vs Q2?','CS','in the third quarter of 2024 alone it reached RMB 81 million, up 27.4% on the second quarter',[['RMB 81 million','81 million'],'27.4%'])
A('zh','figure','2021年以来这些卖家累计砸了多少钱做社媒广告？','CS','Since 2021 the sample sellers have spent a cumulative RMB 497 million on social-media ads',[['RMB 497 million','497 million']])
A('en','figure','How much of their sales does a typical seller put into social ads?','CS','The median seller spent 9.6% of its export sales on social-media ads in H1 2024, compared with 7.1% in 2023',['9.6%'])
A('zh','figure','ROAS中位数从多少降到了多少？','CS','Median ROAS fell from 3.4 in 2023 to 2.7 in H1 2024',['3.4','2.7'])
A('en','other','Which product category gets best ROAS, and which the worst?','CS','Sellers of home goods and small appliances reported the highest median ROAS (3.1), while apparel sellers reported the lowest (2.2)',['home goods and small appliances','apparel'])
A('zh','list','长沙卖家的广告钱主要投向哪些市场？','CS','39% of H1 2024 ad spend was aimed at North America, 24% at Southeast Asia, 17% at Europe and 11% at the Middle East',['North America','Southeast Asia','Europe','Middle East'])
A('en','place','Sellers in which Changsha district spend the most on ads?','CS','Sellers in Yuelu spent the most per seller, a median of RMB 186,000 in H1 2024',['Yuelu'])
A('zh','figure','岳麓的卖家上半年广告费中位数是多少？','CS','Sellers in Yuelu spent the most per seller, a median of RMB 186,000 in H1 2024',[['RMB 186,000','186,000']])
A('en','figure',"What are Changsha's 2026 goals for sellers using social ads?",'CS','by 2026, 70% of the city\'s cross-border sellers will use paid social-media marketing, and that 30 Changsha brands will each reach one million followers on overseas social platforms',
  ['70%',['30 Changsha brands','30']])
A('zh','figure','TikTok的广告花费占比从2023年到今年上半年变了多少？','CS',['TikTok','27.3%','36.8%'],['27.3%','36.8%'])
A('zh','figure','Snapchat上的ROAS中位数是多少？','CS',['Snapchat','1.8'],['1.8'])
A('en','reason','Why are Changsha sellers spending more on social ads?','CS',['First, organic reach on marketplace listings has dropped','Second, short-video ads let small sellers show how a product works','Third, several platforms opened self-service ad accounts for sellers based in mainland China in 2023'],
  ['organic reach on marketplace listings has dropped','show how a product works','self-service ad accounts'])
A('zh','reason','为什么现在卖家开广告账户不用找代理商了？','CS','Third, several platforms opened self-service ad accounts for sellers based in mainland China in 2023, so sellers no longer depend on an agency to open an account',['self-service ad accounts'])
A('zh','reason','广告花得越来越多，ROAS为什么反而下降？','CS','Interviewed sellers mainly pointed to rising bid prices in the United States and United Kingdom, where more Chinese sellers now compete for the same audiences',
  [['rising bid prices in the United States and United Kingdom','rising bid prices']])
A('en','reason','I sell kitchen tools. Why would short video ads help me?','CS','which lowers questions and returns for items such as kitchen tools',['lowers questions and returns'])
A('en','list','What problems did the sellers report with social ads?','CS',['(a) Account bans without clear reasons.','(b) Weak measurement of results.','(c) Creative content that does not fit local audiences.','(d) Dependence on a few creators.'],
  ['Account bans without clear reasons','Weak measurement of results','Creative content that does not fit local audiences','Dependence on a few creators'])
A('zh','figure','活跃投放的卖家里有多少被封过广告账户？','CS','23% of active advertisers had at least one ad account suspended in the past year',['23%'])
A('zh','reason','达人预算只押在两三个账号上有什么风险？','CS','sales drop sharply when a creator stops posting',['sales drop sharply when a creator stops posting'])
A('zh','reason','为什么一套广告视频投所有国家效果不好？','CS','sellers said videos made for one country perform poorly in others',['videos made for one country perform poorly in others'])
A('en','list','What does the institute recommend?','CS',['set a monthly test budget','connect ad platform data with their store order data','collect common reasons for ad account suspensions','fund shared video studios','spread creator partnerships across at least five accounts'],
  ['monthly test budget','connect ad platform data with their store order data','common reasons for ad account suspensions','shared video studios','at least five accounts'])
A('zh','other','我有个广告活动ROAS连续两周低于1.5，报告建议怎么办？','CS','stop any campaign whose ROAS stays below 1.5 for two weeks',['stop any campaign'])
A('en','other','Who should publish the checklist on ad account suspensions, and for whom?','CS',['Industry associations should collect common reasons for ad account suspensions and publish a plain-language checklist for','sellers in Changsha.'],['Industry associations','sellers in Changsha'])
A('zh','place','共享视频拍摄基地建议放在长沙哪些区？','CS','fund shared video studios in the Yuhua and Kaifu districts',['Yuhua','Kaifu'])
A('en','yesno','Did any ad platform pay for this survey?','CS','The institute received no funding from any advertising platform for this survey',['received no funding'])
A('zh','date','这份长沙报告什么时候发布？问卷是哪几个月做的？','CS',['published 28 November 2024','Between July and September 2024'],['28 November 2024','July and September 2024'])
U('en','figure','What was the median ROAS in Q3 2024?','CS')
U('zh','figure','TikTok在2023年的ROAS中位数是多少？','CS')
U('en','figure','How much did a typical seller in Kaifu spend on ads in H1 2024?','CS')
U('zh','figure','株洲卖家里活跃投放的比例是多少？','CS')
U('en','list','Which creators did the Changsha sellers work with?','CS')
U('zh','reason','服装卖家的ROAS为什么最低？','CS')
U('en','date','When will the shared video studios in Changsha open?','CS')
U('en','figure','What share of H1 2024 ad spend went to Latin America?','CS')

# ---------------- Middle East guide (txt) ----------------
A('zh','figure','这家物流2024年在海湾给中国卖家送了多少件包裹？','ME','In 2024 our network delivered 14.6 million parcels for Chinese sellers in six Gulf cities',['14.6 million'])
A('en','figure','How many parcels in H1 2025 and in Q2 2025?','ME','In the first half of 2025 we delivered 8.9 million, and in the second quarter of 2025 alone 4.8 million',['8.9 million','4.8 million'])
A('zh','figure','从2022年开通海湾网络到现在累计送了多少件？','ME','we have handled a cumulative 29.3 million parcels from China',['29.3 million'])
A('en','list','Which countries do the parcels go to, and in what shares?','ME','Saudi Arabia accounted for 44% of these parcels in H1 2025, the United Arab Emirates for 37%, Kuwait for 11% and Qatar for 8%',
  ['Saudi Arabia','United Arab Emirates','Kuwait','Qatar'])
A('en','list','What do Chinese sellers mostly ship to the Gulf?','ME','Most parcels carry clothing, phone accessories, home goods and beauty tools',['clothing','phone accessories','home goods','beauty tools'])
A('zh','definition','首次妥投率（FADR）是什么意思？','ME',"means the share of parcels handed to the buyer on the courier's first visit, without a second trip or a pick-up from a locker",["handed to the buyer on the courier's first visit"])
A('en','list','What things does the address quality score check?','ME','It checks whether the address has a building or villa number, a street or district name that matches our map data, a working phone number with the country code, and a location pin',
  ['building or villa number','street or district name','working phone number with the country code','location pin'])
A('zh','yesno','我有个买家地址评分55分，这算高风险地址吗？','ME','An address scoring below 60 is marked "high risk"',['below 60'])
A('en','figure','Dubai first attempt rate H1 2025?','ME',L('ME','Dubai'),['88.9%'])
A('zh','figure','科威特城今年上半年高风险地址占多少？','ME',L('ME','Kuwait City     '),['27.6%'])
A('en','place','Which Gulf city has the best address scores?','ME',L('ME','Dubai'),['Dubai'])
A('zh','figure','吉达2024年的首次妥投率是多少？','ME',L('ME','Jeddah'),['71.3%'])
A('zh','yesno','送到自提柜的包裹算进首次妥投率吗？','ME','Parcels sent to lockers or pick-up points are excluded',['excluded'])
A('en','figure','What was the overall first-attempt rate in 2024 and in H1 2025?','ME','Across all six cities, FADR rose from 77.6% in 2024 to 80.9% in H1 2025',['77.6%','80.9%'])
A('zh','figure','他们2026年底的妥投率目标是多少？','ME','Our target is 88% by the end of 2026, with no city below 80%',['88%'])
A('en','reason','Why do first delivery attempts fail in the Gulf?','ME',['First, the address is incomplete','Second, the buyer cannot be reached','Third, delivery time does not suit the buyer'],
  ['the address is incomplete','the buyer cannot be reached','delivery time does not suit the buyer'])
A('zh','reason','快递员到之前打电话，为什么经常联系不上买家？','ME','phone numbers are often missing the country code or belong to a relative',['missing the country code','belong to a relative'])
A('en','reason','why courier can not find the door of buyer?','ME','buyers write a landmark, such as "near the blue mosque", instead of a street and building number',['write a landmark'])
A('zh','reason','科威特城的妥投率为什么最低？','ME','Kuwait City has the lowest rate mainly because many buyers give the block number but leave out the building or house number',['give the block number but leave out the building or house number'])
A('en','reason','Why is Ramadan evening delivery a problem?','ME','during summer afternoons and in the evenings of Ramadan many buyers are not at home or do not answer the door',['not at home or do not answer the door'])
A('zh','list','他们看中国卖家的订单数据，常见哪些问题？','ME',['- Addresses are translated by machine.','- The phone field is reused.','- Location pins are dropped.','- Building and flat numbers are merged into one field'],
  ['Addresses are translated by machine','The phone field is reused','Location pins are dropped','Building and flat numbers are merged into one field'])
A('en','reason',"My store system fills the phone field with our own service number. Why is that bad?",'ME','so our courier calls China instead of the buyer',['calls China instead of the buyer'])
A('zh','reason','地图定位为什么会丢掉？','ME','the pin is lost when the seller exports the order file',['the pin is lost when the seller exports the order file'])
A('zh','reason','为什么地址不要用机器翻译成英文？','ME','Arabic street names are turned into English word by word, and the result matches nothing on our map',['matches nothing on our map'])
A('en','list','What should sellers do to get better delivery in the Gulf?','ME',['do not translate them','Pass the buyer\'s map pin to us','Check every phone number before shipping','Send us orders with an AQS below 60 a day early','Offer buyers in Riyadh, Jeddah and Kuwait City a locker or pick-up point option'],
  ['do not translate them','map pin','Check every phone number','AQS below 60 a day early','locker or pick-up point option'])
A('zh','figure','卡塔尔的手机号码区号是多少？','ME','in Qatar with +974',['+974'])
A('zh','list','指南建议给哪些城市的买家提供自提柜选项？','ME','Offer buyers in Riyadh, Jeddah and Kuwait City a locker or pick-up point option at checkout',['Riyadh','Jeddah','Kuwait City'])
A('en','figure','How much do they charge for a pre-delivery call?','ME','confirms high-risk addresses for CNY 1.2 per order',['CNY 1.2'])
A('zh','other','地址检查服务收费吗？多久出结果？','ME','Address check: free for all sellers through our API; it returns the AQS within two seconds',['free','within two seconds'])
A('en','place','Where can I get evening delivery during Ramadan?','ME','Evening delivery: available in Dubai, Riyadh and Doha from 6 p.m. to 11 p.m. during Ramadan',['Dubai','Riyadh','Doha'])
A('zh','figure','全部订单都用了地址检查的卖家，妥投率平均提高了多少？','ME','saw their FADR rise by 6.8 percentage points on average, against 2.1 points for sellers that did not use it',[['6.8 percentage points','6.8']])
A('en','other','Do the figures in the guide include sellers based outside mainland China?','ME',['1. All figures come from Sandline Express tracking data and cover parcels from sellers','based in mainland China only.'],['based in mainland China only'])
A('zh','date','他们的价格有效期到什么时候？','ME','Prices are valid until 31 March 2026',['31 March 2026'])
U('en','figure',"What was Doha's first-attempt delivery rate in 2023?",'ME')
U('zh','figure','马斯喀特的首次妥投率是多少？','ME')
U('en','figure','How many parcels did they deliver in the third quarter of 2025?','ME')
U('zh','figure','阿布扎比2024年的平均地址评分是多少？','ME')
U('zh','list','他们的地址检查API已经对接了哪些电商平台？','ME')
U('en','reason',"Why is Abu Dhabi's share of high-risk addresses higher than Dubai's?",'ME')
U('zh','date','这份指南第一版是什么时候出的？','ME')

def main():
    n = {'zh': 0, 'en': 0}
    out = []
    for it in ITEMS:
        n[it['lang']] += 1
        o = {'id': 'h15-%s-%03d' % (it['lang'], n[it['lang']])}
        for k in ('lang', 'type', 'question', 'answers', 'evidence', 'unanswerable'):
            o[k] = it[k]
        out.append(o)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d items' % len(out))

if __name__ == '__main__':
    main()
