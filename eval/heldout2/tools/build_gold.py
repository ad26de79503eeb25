import json, os
D = '/work/heldout2_staging'
N = 'h2_zh_nantong_cbec_bulletin_2023.txt'
T = 'h2_zh_taiyuan_action_plan_2024_2026.md'
C = 'h2_zh_chongqing_cbec_brief_2024h1.html'
X = 'h2_zh_xinjiang_central_asia_paper.pdf'
Z = 'h2_en_ningbo_nz_brands_entry_note.md'
F = 'h2_en_fuzhou_cbec_returns_bulletin.txt'

def raw(src):
    if src.endswith('.pdf'):
        return open(os.path.join(D, 'docs_src', src[:-4] + '.txt'), encoding='utf-8').read()
    return open(os.path.join(D, 'docs', src), encoding='utf-8').read()

def row(src, prefix):
    hits = [l for l in raw(src).split('\n') if l.startswith(prefix)]
    assert len(hits) == 1, (src, prefix, hits)
    return hits[0]

Q = []  # (lang, type, question, answers, [(src, quote)])
def A(lang, typ, q, answers, ev):
    Q.append((lang, typ, q, answers, ev))
def U(lang, typ, q):
    Q.append((lang, typ, q, [], []))

# ---------------- Nantong bulletin (txt) ----------------
n_total = '2023年，全市实现跨境电商进出口额326.8亿元，同比增长21.4%，完成年初确定的300亿元目标的108.9%。'
n_q = '分时段看，上半年全市跨境电商进出口额148.7亿元，同比增长18.3%；第三季度进出口额80.7亿元；第四季度进出口额97.4亿元，环比增长20.7%，为全年单季最高。'
n_cum = '自2020年4月获批设立国家跨境电子商务综合试验区以来，全市累计实现跨境电商进出口额968.5亿元，年均增长19.8%。'
n_modes = '2023年，全市以“9710”方式出口118.3亿元，同比增长37.2%，占全市跨境电商出口的43.6%；以“9810”方式出口64.9亿元，同比增长52.6%；以“9610”方式（跨境电商零售出口）出口88.3亿元，同比下降3.1%。'
n_wh1 = '全市企业在境外设立海外仓63个，其中2023年新增14个，海外仓总面积达到82.4万'
n_wh2 = '平方米，主要分布在美国、德国、英国、阿联酋和墨西哥。'
n_reasons = '全市跨境电商保持较快增长，主要有以下原因：一是产业带数字化转型加快，海门、通州家纺企业通过跨境电商平台开拓海外市场，家纺类商品跨境电商出口额达到126.4亿元，占全市跨境电商出口的46.6%；二是B2B出口模式推广见效，“9710”“9810”两种方式出口合计占比提高到67.5%；三是海外仓布局持续完善，企业海外本地化配送时效由平均12天缩短至4天；四是政策支持力度加大，全年兑现跨境电商专项扶持资金1.86亿元，惠及企业312家。'

A('zh','figure','南通2023年跨境电商进出口总额做到了多少？和2022年比增长了多少？',[['326.8亿元'],['21.4%']],[(N,n_total)])
A('en','figure',"For a client deck on Jiangsu: what share of its RMB 30 billion CBEC target for 2023 did Nantong actually achieve?",[['108.9%']],[(N,n_total)])
A('en','figure','How did Nantong do in the last quarter of 2023 — what was Q4 CBEC trade and how much was it up on the third quarter?',[['97.4亿元'],['20.7%']],[(N,n_q)])
A('zh','figure','南通从拿到综试区牌子到2023年底，跨境电商一共累计做了多少进出口？',[['968.5亿元']],[(N,n_cum)])
A('en','date','When exactly was Nantong approved as a national cross-border e-commerce comprehensive pilot zone?',[['2020年4月']],[(N,n_cum)])
A('zh','definition','按南通这份公报的说法，“9810”指的是哪种出口模式？',[['跨境电商出口海外仓','先行送达海外仓']],[(N,'跨境电商出口海外仓（海关监管方式代码“9810”），是指境内企业将出口货物通过跨境物流先行送达海外仓，通过跨境电商平台实现交易后再从海外仓送达境外购买者的模式。')])
A('en','reason',"Nantong's 9610 retail exports shrank in 2023 while other channels grew. What explanation does the bulletin give?",[['由小包直邮转向海外仓备货']],[(N,'“9610”出口下降，主要原因是部分家纺企业由小包直邮转向海外仓备货，原以“9610”申报的业务相应转入“9810”统计。')])
A('zh','figure','南通2023年走9710（B2B直接出口）的金额有多少？在跨境电商出口里占几成？',[['118.3亿元'],['43.6%']],[(N,n_modes)])
A('zh','place','2023年南通各区县里，哪个区的跨境电商进出口规模最大？',[['崇川区']],[(N,'分地区看，崇川区实现跨境电商进出口78.6亿元，同比增长19.5%，继续居全市首位。')])
A('en','figure','Haimen district leans on the Dieshiqiao home-textile cluster. How much of its 2023 CBEC trade was exports?',[['61.5亿元']],[(N,'海门区依托叠石桥家纺产业带，全年实现跨境电商进出口63.2亿元，同比增长33.8%，其中出口61.5亿元。')])
A('zh','figure','南通企业在境外的海外仓总共有多大面积？',[['82.4万']],[(N,n_wh1),(N,n_wh2)])
A('en','list',"Where are Nantong companies' overseas warehouses mainly located? List the countries.",[['美国'],['德国'],['英国'],['阿联酋'],['墨西哥']],[(N,n_wh2)])
A('en','list','What factors does the Nantong bulletin credit for the strong CBEC growth in 2023?',[['产业带数字化转型加快'],['B2B出口模式推广见效'],['海外仓布局持续完善'],['政策支持力度加大']],[(N,n_reasons)])
A('zh','yesno','南通2023年跨境电商进口的增速有没有超过出口增速？',[['进口增速明显低于出口']],[(N,'进口增速明显低于出口，主要是受国内消费需求恢复偏慢、进口母婴和保健品类价格竞争加剧等因素影响。')])
A('zh','figure','去年南通跨境电商企业用跨境人民币结算了多少？占全市跨境电商进出口的比重是多少？',[['53.4亿元'],['16.3%']],[(N,'跨境电商企业通过跨境人民币结算的金额为53.4亿元，占全市跨境电商进出口额的16.3%。')])
A('en','figure','How much CBEC air cargo and mail did Nantong Xingdong International Airport handle in 2023?',[['3.26万吨']],[(N,'2023年，南通兴东国际机场跨境电商货邮吞吐量3.26万吨，同比增长46.1%，新开通至列日、安克雷奇的国际货运航线2条。')])
A('zh','figure','南通给2024年定的跨境电商进出口目标是多少？',[['380亿元']],[(N,'2024年，全市力争实现跨境电商进出口额380亿元，新增海外仓10个以上，新增年进出口额超亿元企业15家。')])
A('en','figure','At end-2023, how many Nantong firms had annual CBEC trade above RMB 100 million, and how many more was that than a year earlier?',[['58家'],['17家']],[(N,'截至2023年末，全市在海关备案的跨境电商企业达到2316家，全年新增487家；年跨境电商进出口额超过1亿元的企业58家，比上年末增加17家。')])
A('zh','definition','南通公报里“公共海外仓”的口径是什么？',[['面向社会企业提供仓储、分拣、配送、退换货等公共服务']],[(N,'本公报所称公共海外仓，是指由企业在境外建设或租赁运营，面向社会企业提供仓储、分拣、配送、退换货等公共服务的海外仓。')])
A('zh','list','公报点出的南通跨境电商主要短板有哪些？',[['品牌化程度仍然不高'],['专业人才缺口较大'],['头部企业带动不足'],['进口业务结构单一']],[(N,'一是品牌化程度仍然不高，全市跨境电商出口中自主品牌商品占比约为28%，多数企业仍以代工贴牌为主。'),(N,'二是专业人才缺口较大，据抽样调查，约六成企业反映缺少熟悉海外营销和合规的复合型人才。'),(N,'三是头部企业带动不足，进出口额前20位企业合计占全市的31.4%，低于长三角同类城市平均水平。'),(N,'四是进口业务结构单一，网购保税进口中母婴、保健品和美妆三类商品占比超过七成。')])
A('en','place','Xingdong airport opened two new international cargo routes in 2023. To which cities?',[['列日'],['安克雷奇']],[(N,'2023年，南通兴东国际机场跨境电商货邮吞吐量3.26万吨，同比增长46.1%，新开通至列日、安克雷奇的国际货运航线2条。')])
A('en','date','What date does the Nantong 2023 CBEC statistical bulletin carry?',[['2024年3月18日']],[(N,'（2024年3月18日）')])
A('en','reason','Why did Nantong\'s CBEC imports grow so much more slowly than its exports in 2023?',[['国内消费需求恢复偏慢'],['价格竞争加剧']],[(N,'进口增速明显低于出口，主要是受国内消费需求恢复偏慢、进口母婴和保健品类价格竞争加剧等因素影响。')])
U('zh','place','南通兴东国际机场2023年新开通的国际客运航线通往哪些城市？')
U('zh','figure','海安市2023年跨境电商进出口额是多少？')
U('en','figure',"What was Nantong's CBEC import value in the first half of 2023?")
U('zh','figure','南通兴东国际机场2023年旅客吞吐量有多少人次？')
U('en','figure',"What did Nantong's CBEC trade actually come to for the full year 2024?")
U('zh','figure','2023年南通跨境电商对日本出口了多少？')
U('en','figure',"What was the year-on-year growth rate of Nantong's CBEC trade in the third quarter of 2023?")

# ---------------- Taiyuan action plan (md) ----------------
t_base = '2023年，全市跨境电商进出口额58.7亿元，同比增长26.3%，比2021年的34.2亿元增长71.6%。'
t_goal = '到2026年，全市跨境电商进出口额达到120亿元，年均增长27%左右；培育年交易额超亿元的跨境电商企业30家；公共海外仓达到25个；打造年跨境电商出口额超5亿元的特色产业带3个，基本建成中西部地区有影响力的跨境电商发展高地。'
t_log1 = '依托太原武宿国际机场，争取开通至欧洲、中亚的国际全货机航线；依托中欧班列（太原）开行跨境电商专列，到2026年跨境电商专列年开行不少于60列；推动国际邮件、快件和跨境电商监管'
t_log2 = '中心功能整合，实现“一个场地、三类业务”共用。（责任单位：市交通运输局、市口岸办、市邮政管理局）'
A('zh','figure','太原2023年跨境电商进出口做到多少？跟2021年相比涨了多少？',[['58.7亿元'],['71.6%']],[(T,t_base)])
A('zh','figure','太原提出到2026年跨境电商进出口额要达到什么水平？',[['120亿元']],[(T,t_goal)])
A('en','figure',"How many public overseas warehouses is Taiyuan aiming for in 2024, per the targets table?",[['13']],[(T,row(T,'| 公共海外仓'))])
A('en','other',"In Taiyuan's target table, is the 10,000 training figure for 2026 a single-year number or a running total?",[['2024—2026年累计数']],[(T,'注：2026年目标中，跨境电商人才培训人次为2024—2026年累计数，其余指标均为当年数。')])
A('zh','date','太原这份三年行动方案什么时候开始施行？有效期到哪天？',[['2024年5月1日'],['2026年12月31日']],[(T,'本方案自2024年5月1日起施行，有效期至2026年12月31日。')])
A('en','other','Which Taiyuan body has the authority to interpret the action plan?',[['市商务局']],[(T,'本方案由市商务局负责解释。')])
A('zh','figure','太原对新认定的公共海外仓怎么补：按投资额多大比例，封顶多少？',[['20%'],['200万元']],[(T,'1. 对新认定的公共海外仓，按实际投资额的20%给予一次性补助，单个项目最高不超过200万元。')])
A('en','definition',"Under Taiyuan's plan, what does a warehouse need to qualify as a 'public overseas warehouse' — minimum floor space and number of client firms?",[['3000平方米'],['3家以上']],[(T,'本方案所称公共海外仓，是指由我市企业在境外自建或租赁、仓储面积不低于3000平方米、为3家以上跨境电商企业提供仓储配送和退换货等服务的海外仓。')])
A('zh','list','太原方案里重点培育的四类特色产业带分别是什么？',[['不锈钢制品'],['清徐老陈醋'],['煤机装备配件'],['晋绣']],[(T,'重点围绕不锈钢制品、清徐老陈醋、煤机装备配件和晋绣等文创产品四类特色产业带，实施“一带一策”培育计划。')])
A('en','reason',"What does the Taiyuan plan say drove the city's fast CBEC growth in 2023?",[['不锈钢制品企业通过“9710”模式开拓中东和中亚市场','不锈钢制品企业'],['清徐老陈醋等特色食品企业借助跨境电商平台进入东南亚华人消费市场','清徐老陈醋']],[(T,'2023年增长较快，主要得益于两个方面：一方面，不锈钢制品企业通过“9710”模式开拓中东和中亚市场，相关出口额达到14.3亿元；另一方面，清徐老陈醋等特色食品企业借助跨境电商平台进入东南亚华人消费市场，食品类跨境电商出口同比增长64.8%。')])
A('zh','figure','太原市财政每年给跨境电商的专项资金至少有多少？',[['5000万元']],[(T,'2024—2026年，市财政每年安排跨境电商发展专项资金不少于5000万元，各县（市、区）按不低于1:1的比例配套。')])
A('en','other',"Who heads Taiyuan's CBEC working group, and where does its office sit?",[['分管副市长'],['市商务局']],[(T,'成立由分管副市长任组长的全市跨境电商发展工作专班，专班办公室设在市商务局，负责统筹协调、督促推进日常工作。')])
A('zh','figure','企业用9710、9810模式出口，太原给多少物流补贴？一家企业一年最多拿多少？',[['每美元0.02元'],['100万元']],[(T,'3. 对企业以“9710”“9810”方式开展的跨境电商出口，按出口额每美元0.02元给予物流补贴，单个企业年度补贴最高100万元。')])
A('en','figure','How many dedicated CBEC China-Europe freight trains a year does Taiyuan want to run by 2026?',[['60列']],[(T,t_log1),(T,t_log2)])
A('zh','list','方案提出的“一个场地、三类业务”，这三类业务指哪些？',[['国际邮件'],['快件'],['跨境电商']],[(T,t_log1),(T,t_log2)])
A('zh','figure','2023年太原武宿综保区的网购保税进口规模有多大？',[['6.9亿元']],[(T,'2023年，中欧班列（太原）开行跨境电商专列18列，太原武宿综合保税区网购保税进口业务规模达到6.9亿元，同比增长41.3%。')])
A('en','list','Which departments are in charge of the task of opening up international logistics channels in the Taiyuan plan?',[['市交通运输局'],['市口岸办'],['市邮政管理局']],[(T,t_log2)])
A('zh','yesno','同一家企业的同一个项目，能不能同时拿太原市级其他同类政策的支持？',[['不重复享受']],[(T,'同一企业同一项目不重复享受市级其他同类政策。')])
A('zh','date','太原的行动方案计划什么时候搞中期评估？',[['2025年底']],[(T,'将跨境电商发展纳入各县（市、区）年度目标责任考核，2025年底开展中期评估。')])
A('en','definition',"What does Taiyuan's plan mean by a 'characteristic industrial belt' (特色产业带)?",[['同类产品生产企业数量较多'],['具备规模化供货能力']],[(T,'本方案所称特色产业带，是指在我市一定区域内集聚、同类产品生产企业数量较多、具备规模化供货能力的产业集群。')])
U('zh','reason','太原2023年跨境电商进口为什么增长较快？')
U('zh','figure','太原2024年跨境电商进出口额实际完成了多少？')
U('en','figure',"What were Taiyuan's CBEC exports, as opposed to total trade, in 2021?")
U('zh','figure','按太原的方案，年度跨境电商出口额首次超过2亿元的企业能拿多少奖励？')
U('en','figure','How many registered CBEC enterprises did Taiyuan have at the end of 2022?')
U('en','figure',"What is Taiyuan's CBEC trade target for 2025?")

# ---------------- Chongqing H1 2024 brief (html) ----------------
c_q = '分季度看，一季度全市跨境电商进出口79.1亿元，同比增长13.5%；二季度进出口94.4亿元，环比增长19.3%，6月当月进出口额达到35.8亿元。'
c_def = '本简报所称跨境电商零售进口，是指中国境内消费者通过跨境电商第三方平台经营者自境外购买商品，并通过“网购保税进口”（海关监管方式代码1210）或“直购进口”（海关监管方式代码9610）运递进境的消费行为。'
c_ch = '上半年，经西部陆海新通道发运跨境电商货物1.86万标箱，同比增长41.2%；中欧班列（渝新欧）开行跨境电商专列46列，比上年同期多开行17列；重庆江北国际机场处理跨境电商包裹2870万件，同比增长28.6%，新开通至布达佩斯、利雅得的国际全货机航线2条。'
c_br1 = '依托西部陆海新通道的铁海联运班列，摩托车及配件、汽车零部件通过跨境电商方式出口至东盟和中东市场，物流时间比传统江海联运缩短约'
c_br2 = '10天，综合物流成本下降约15%。'
A('zh','figure','重庆今年上半年跨境电商进出口总额多少？同比增速多少？',[['173.5亿元'],['16.7%']],[(C,'2024年上半年，全市跨境电商进出口额173.5亿元，同比增长16.7%，增速比一季度加快3.2个百分点。')])
A('en','figure',"Compare Chongqing's two quarters: what was Q2 2024 CBEC trade, and how much did it rise over Q1?",[['94.4亿元'],['19.3%']],[(C,c_q)])
A('zh','figure','作为对比，重庆2023年全年的跨境电商进出口额是多少？',[['324.6亿元']],[(C,'2023年全年，全市跨境电商进出口额为324.6亿元。')])
A('en','figure',"From the district table in the Chongqing brief: what was Jiulongpo's H1 2024 CBEC trade (RMB 100 million) and its growth rate?",[['18.4'],['29.5%']],[(C,row(C,'<tr><td>九龙坡区'))])
A('zh','place','重庆上半年跨境电商增速最快的是哪个区域？',[['永川区']],[(C,'上半年，永川区跨境电商进出口额9.6亿元，同比增长41.7%，增速居全市各区域首位。')])
A('en','definition',"How does the Chongqing brief define CBEC retail imports — which two customs channels does it cover?",[['网购保税进口'],['直购进口']],[(C,c_def)])
A('zh','figure','上半年重庆B2B出口（9710加9810）占跨境电商出口多少？比去年同期高了多少？',[['60.6%'],['6.7个百分点']],[(C,'B2B出口（“9710”“9810”合计）占跨境电商出口的比重达到60.6%，比上年同期提高6.7个百分点。')])
A('en','figure','How much CBEC cargo moved through the New Western Land-Sea Corridor out of Chongqing in H1 2024?',[['1.86万标箱']],[(C,c_ch)])
A('zh','place','江北国际机场上半年新开的两条全货机航线飞往哪里？',[['布达佩斯'],['利雅得']],[(C,c_ch)])
A('en','figure','By roughly how much does the rail-sea service shorten transit for Chongqing motorcycle exports compared with the traditional river-sea route?',[['10天']],[(C,c_br1),(C,c_br2)])
A('zh','place','上半年重庆跨境电商出口哪个市场增长最快？',[['中亚五国']],[(C,'其中对中亚五国出口同比增长68.4%，为增长最快的市场。')])
A('en','reason',"Why did Chongqing's bonded (1210) CBEC imports lag behind overall import growth?",[['美妆、母婴类商品价格竞争激烈'],['部分平台缩减保税备货规模']],[(C,'一是进口增长动力偏弱。'),(C,'网购保税进口增速低于全市跨境电商进口平均增速，主要原因是美妆、母婴类商品价格竞争激烈，部分平台缩减保税备货规模。')])
A('zh','definition','重庆简报中“跨境电商直播出口”是怎么界定的？',[['通过境外社交媒体或跨境电商平台的直播功能展示商品']],[(C,'本简报所称跨境电商直播出口，是指企业通过境外社交媒体或跨境电商平台的直播功能展示商品，由境外消费者在线下单，并以跨境电商方式出口交付的销售模式。')])
A('en','figure','How much support money did Chongqing city and district governments pay out to CBEC firms in H1 2024, and how many firms benefited?',[['1.34亿元'],['287家']],[(C,'政策落实方面，上半年市、区两级共兑现跨境电商扶持资金1.34亿元，惠及企业287家；全市跨境电商出口退货“一站式”服务累计办理退货申报2.1万票，平均办理时间由原来的5天压缩至1.5天。')])
A('zh','yesno','重庆笔记本电脑配件上半年的跨境电商出口是涨了吗？',[['同比下降4.2%']],[(C,'上半年摩托车及配件跨境电商出口21.3亿元，同比增长36.4%；笔记本电脑配件出口14.7亿元，同比下降4.2%。')])
A('en','figure',"What share of Chongqing's CBEC imports came from Japan in H1 2024?",[['21.4%']],[(C,'从进口商品看，美妆个护、母婴用品和营养保健品为跨境电商零售进口前三大品类，合计占进口额的64.7%；从进口来源地看，自日本、澳大利亚和韩国的进口分别占全市跨境电商进口的21.4%、15.8%和12.3%。')])
A('zh','list','重庆跨境电商出口的主力商品有哪些？',[['摩托车及配件'],['汽车零部件'],['笔记本电脑配件'],['火锅底料']],[(C,'从商品结构看，摩托车及配件、汽车零部件、笔记本电脑配件和火锅底料等特色食品为主要出口商品。')])
A('en','reason',"Why did growth in the Xiyong Comprehensive Bonded Zone fall behind the city average?",[['笔记本电脑配件出口下降']],[(C,'两江新区依托果园港和两路寸滩综合保税区，网购保税进口业务规模继续保持全市首位；西永综合保税区受笔记本电脑配件出口下降拖累，增速回落至12.6%，低于全市平均水平；九龙坡区和永川区以B2B出口为主，增速均高于全市平均水平。')])
A('zh','other','这期重庆跨境电商运行简报是由哪个机构编的？',[['重庆市跨境电子商务公共服务中心']],[(C,'重庆市跨境电子商务公共服务中心 编　2024年第3期（总第27期）　2024年7月22日')])
U('en','date','On what dates will the fourth Chongqing CBEC trade fair mentioned in the brief be held?')
U('en','figure',"What was Chongqing's CBEC import-export value for the whole of 2024?")
U('zh','figure','两江新区上半年跨境电商出口额是多少？')
U('en','figure','How many CBEC parcels did Chongqing Jiangbei International Airport handle in the first quarter of 2024?')
U('zh','figure','上半年重庆跨境电商对美国出口占全市跨境电商出口的比重是多少？')

# ---------------- Xinjiang research paper (pdf) ----------------
x_abs = '研究发现，2023年新疆跨境电商进出口额达到236.4亿元，同比增长48.7%，出口占比接近九成，但仍面临物流时效不稳定、收汇周期长、本地货源不足和专业人才短缺等制约。'
x_city = '从城市和口岸分布看，2023年乌鲁木齐市跨境电商进出口额112.7亿元，占全区的47.7%；霍尔果斯市（含中哈霍尔果斯国际边境合作中心）58.3亿元；喀什地区29.6亿元；阿拉山口市17.2亿元。'
x_pay1 = '支持银行与中亚国家金融机构建立代理行关系，扩大人民币与坚戈等货币的直接结算规模，鼓励支付机构为中小跨境电商企业提供'
x_pay2 = '一站式收款和结汇服务。'
A('zh','figure','这篇论文说新疆2023年跨境电商进出口额是多少？增长多少？',[['236.4亿元'],['48.7%']],[(X,x_abs)])
A('en','figure',"Per Table 1 of the Xinjiang paper, how large were the region's CBEC exports in 2022 (RMB 100 million)?",[['133.8']],[(X,row(X,'2022年　'))])
A('zh','figure','2024年前三季度新疆跨境电商进出口额多少？同比增速怎样？',[['196.8亿元'],['21.5%']],[(X,'2024年前三季度，全区跨境电商进出口额196.8亿元，同比增长21.5%，增速较上年明显放缓。')])
A('en','place',"Which city accounted for close to half of Xinjiang's CBEC trade in 2023, and what exactly was its share?",[['乌鲁木齐市','乌鲁木齐'],['47.7%']],[(X,x_city)])
A('zh','figure','霍尔果斯2023年跨境电商进出口做了多少？',[['58.3亿元']],[(X,x_city)])
A('en','definition',"In the Xinjiang paper, what is a 'border warehouse' (边境仓), as distinct from an overseas warehouse?",[['在我国边境口岸一侧建设']],[(X,'边境仓是指在我国边境口岸一侧建设、主要服务于对毗邻国家跨境电商出口的前置仓储设施。')])
A('zh','definition','论文里说的“本币结算”是什么意思？',[['使用交易双方本国货币']],[(X,'本币结算是指在跨境贸易中使用交易双方本国货币（如人民币与哈萨克斯坦坚戈）直接计价和结算，而不借助美元等第三方货币的结算方式。')])
A('en','figure',"What share of Xinjiang's 2023 CBEC exports went to Kazakhstan?",[['46.2%']],[(X,'从出口市场看，2023年对哈萨克斯坦的跨境电商出口占全区跨境电商出口的46.2%，对吉尔吉斯斯坦、乌兹别克斯坦出口分别占18.5%和11.3%，对俄罗斯出口占9.7%。')])
A('zh','list','论文认为新疆面向中亚做跨境电商主要卡在哪几方面？',[['物流时效不稳定'],['收汇周期长'],['本地货源不足'],['专业人才短缺']],[(X,x_abs)])
A('en','figure','How many valid questionnaires did the Xinjiang survey get back, and what was the valid response rate?',[['118份'],['93.7%']],[(X,'问卷调查于2024年4月至6月在乌鲁木齐、霍尔果斯和喀什三地开展，共向126家跨境电商企业发放问卷，回收有效问卷118份，有效率93.7%。')])
A('zh','figure','从乌鲁木齐寄往阿拉木图的跨境包裹一般要几天？物流成本占货值多少？',[['7至10天'],['18%']],[(X,'从乌鲁木齐发往阿拉木图的跨境电商包裹平均时效为7至10天，旺季口岸通关排队时间较长，物流成本约占货值的18%，明显高于沿海地区发往欧美市场的水平②。')])
A('en','figure',"What logistics-cost ratio does the paper's footnote give for coastal sellers shipping to Europe and North America, as a benchmark?",[['10%至12%']],[(X,'②沿海地区发往欧美市场的跨境电商物流成本一般约占货值的10%至12%，参见参考文献[3]。')])
A('zh','other','论文建议鼓励支付机构给中小跨境电商企业提供什么样的服务？',[['一站式收款和结汇服务']],[(X,x_pay1),(X,x_pay2)])
A('zh','figure','截至2023年底，新疆企业在中亚五国建了多少海外仓？口岸边境仓有几个？',[['27个'],['11个']],[(X,'截至2023年底，新疆企业在中亚五国设立海外仓27个，面积约15.6万平方米；在霍尔果斯、喀什等口岸建成边境仓11个。')])
A('en','date','In which year were Kashgar and Khorgos approved as CBEC comprehensive pilot zones?',[['2022年']],[(X,'乌鲁木齐于2020年获批设立跨境电子商务综合试验区，喀什和霍尔果斯分别于2022年获批。')])
A('zh','figure','调研中有多大比例的企业说收汇周期超过30天？',[['43.7%']],[(X,'受中亚国家外汇管制和银行网络覆盖不足影响，有43.7%的受访企业反映收汇周期超过30天，仅有21.2%的受访企业使用过人民币或坚戈本币结算。')])
A('en','list','What four lines of policy response does the Xinjiang paper recommend?',[['边境仓与海外仓联动体系'],['本币结算'],['本地出口产业带'],['人才培养']],[(X,'本文建议从建设边境仓与海外仓联动体系、推进本币结算、培育本地出口产业带和加强人才培养四个方面推动高质量发展。')])
A('zh','reason','论文为什么说新疆跨境电商“通道经济”特征明显？',[['区外的货源占比在82%以上'],['本地生产的商品占比不足18%']],[(X,'出口商品中来自区外的货源占比在82%以上，本地生产的商品占比不足18%，“通道经济”特征明显，本地产业带动作用有限。')])
A('zh','date','论文的企业问卷调查是在什么时间段开展的？',[['2024年4月至6月']],[(X,'问卷调查于2024年4月至6月在乌鲁木齐、霍尔果斯和喀什三地开展，共向126家跨境电商企业发放问卷，回收有效问卷118份，有效率93.7%。')])
A('en','place','Through which land ports did the CBEC-carrying China-Europe (Central Asia) trains leave Xinjiang in 2023?',[['霍尔果斯'],['阿拉山口']],[(X,'2023年，经霍尔果斯、阿拉山口口岸出境并搭载跨境电商货物的中欧（中亚）班列达到318列，比上年增加127列。')])
U('en','place','In which Central Asian city is the largest overseas warehouse run by Xinjiang firms located?')
U('en','figure',"What was Xinjiang's CBEC import-export value for the full year 2024?")
U('zh','figure','2023年喀什地区跨境电商出口额是多少？')
U('zh','figure','2023年新疆对塔吉克斯坦的跨境电商出口占全区出口的比重是多少？')
U('en','figure',"What is the total floor area of the border warehouses built at Xinjiang's land ports?")
U('en','figure','Of the 126 firms surveyed for the Xinjiang paper, how many were based in Khorgos?')

# ---------------- NZ brands via Ningbo (md, en) ----------------
z_23 = 'In 2023, CBEC retail imports of New Zealand-origin goods landed through Ningbo reached RMB 4.86 billion, up 12.8% from RMB 4.31 billion in 2022.'
z_up1 = 'The Council also plans a joint'
z_up2 = 'promotion week with Ningbo platforms in March 2025, timed to coincide with the new autumn honey harvest in New Zealand.'
A('en','figure','What were CBEC retail imports of New Zealand-origin goods through Ningbo worth in 2023, and what was the growth on 2022?',[['RMB 4.86 billion','4.86 billion'],['12.8%']],[(Z,z_23)])
A('zh','figure','2024年上半年经宁波进口的新西兰跨境电商商品金额是多少？',[['RMB 2.64 billion','2.64 billion']],[(Z,'In the first half of 2024, the value was RMB 2.64 billion, an increase of 9.8% year on year.')])
A('en','figure','Since tracking began in 2018, what is the cumulative value of NZ-origin CBEC imports via Ningbo?',[['RMB 19.7 billion','19.7 billion']],[(Z,'Since the Meishan desk began separate tracking in 2018, cumulative CBEC imports of New Zealand-origin goods through Ningbo have reached RMB 19.7 billion.')])
A('zh','figure','宁波保税渠道里的新西兰品牌，2022年底和2023年底各有多少个？',[['167'],['214']],[(Z,'The number of New Zealand brands with at least one bonded SKU in Ningbo rose from 167 at the end of 2022 to 214 at the end of 2023.')])
A('en','definition',"In plain terms, what does the note mean by the 'bonded stocking model'?",[['ships goods in bulk into a bonded area']],[(Z,'**Bonded stocking model (customs code 1210)** refers to the model in which a brand ships goods in bulk into a bonded area such as the Meishan Bonded Port Area before any sale is made, and each parcel is declared and released only after a consumer places an order.')])
A('zh','figure','2023年婴幼儿配方奶粉这个品类卖了多少（百万元）？比2022年变化多少？',[['1,840'],['-4.2%']],[(Z,row(Z,'| Infant formula'))])
A('en','reason','Why did infant formula sales through the Ningbo CBEC channel decline in 2023?',[['births in China continued to fall'],['general trade imports'],['price competition']],[(Z,'First, the number of births in China continued to fall, shrinking the core customer base.'),(Z,'Second, several large formula brands moved part of their volume to general trade imports after obtaining product registrations, so those sales no longer appear in CBEC statistics.'),(Z,'Third, price competition on major platforms pushed down average selling prices by roughly 6%.')])
A('zh','reason','以麦卢卡蜂蜜为首的保健品为什么增长最快？',[['preventive health'],['livestream promotion'],['Unique Manuka Factor','UMF']],[(Z,'Buyers interviewed by the Council pointed to stronger interest in preventive health after 2022, livestream promotion by platform hosts, and wider recognition of the Unique Manuka Factor (UMF) grading mark.')])
A('en','figure','How much of the 2023 supplements total was manuka honey on its own?',[['RMB 610 million','610 million']],[(Z,'Manuka honey alone accounted for RMB 610 million of the 2023 supplement total.')])
A('zh','figure','跨境电商零售进口的单次交易限额和年度交易限额分别是多少？',[['RMB 5,000'],['RMB 26,000']],[(Z,"A single CBEC retail import transaction may not exceed RMB 5,000, and a consumer's annual total may not exceed RMB 26,000.")])
A('en','yesno','A NZ skincare client asks: must our products carry a Chinese back label when they are imported through the CBEC retail channel?',[['not required to carry a Chinese back label']],[(Z,'They are not required to carry a Chinese back label at the time of import, and most products do not need the import registration or filing that applies to general trade.')])
A('en','figure','Within the transaction limits, what tariff rate applies and at what percentage of the statutory amount are import VAT and consumption tax charged?',[['zero'],['70%']],[(Z,'Within the limits, the tariff rate is zero and import VAT and consumption tax are charged at 70% of the statutory amount.')])
A('zh','figure','2023年海运货物到港后平均多久可以上架销售？2022年是多久？',[['2.6 days'],['3.9 days']],[(Z,'In 2023 the average time from arrival of a sea shipment to availability for sale was 2.6 days, down from 3.9 days in 2022.')])
A('en','other','Under the note, who has to run a product recall if a defect is found?',[['overseas operator']],[(Z,'The overseas operator is responsible for product quality and safety and must run a recall procedure if a defect is found.')])
A('zh','other','新品牌如果提前备好材料，完成第一到第四步通常要多长时间？',[['45 to 60 days']],[(Z,'The desk reports that a brand that prepares its documents in advance can usually complete steps one to four in 45 to 60 days.')])
A('en','date','When is the joint promotion week with Ningbo platforms planned?',[['March 2025']],[(Z,z_up1),(Z,z_up2)])
A('zh','figure','2023年新西兰商品经宁波进口中，走1210保税备货模式的占多少？',[['81%']],[(Z,'About 81% of the 2023 value moved under the bonded stocking model (1210); the rest came in as direct mail parcels (9610).')])
A('zh','figure','委员会预计2024年经宁波的新西兰跨境电商进口增长多少？',[['8% to 10%']],[(Z,'The Council expects New Zealand CBEC imports through Ningbo to grow by 8% to 10% in 2024, held back by weak formula sales but supported by supplements and skincare.')])
A('zh','other','新品牌进入宁波保税渠道的五个步骤里，第二步要做什么？',[['appoint a domestic agent']],[(Z,"Second, appoint a domestic agent that is registered with Ningbo Customs and can file the enterprise record and the product record on the brand's behalf.")])
A('en','yesno','Can goods bought through CBEC retail imports later be resold in China, for example in a physical store?',[['may not be resold in China']],[(Z,'Goods bought through CBEC retail import channels may not be resold in China.')])
A('en','definition',"What is the 'Positive List' referred to in the Ningbo note?",[['List of Goods for Cross-Border E-Commerce Retail Imports']],[(Z,'**Positive List** refers to the *List of Goods for Cross-Border E-Commerce Retail Imports*, which sets out the tariff lines that may be sold through CBEC retail import channels.')])
A('zh','date','这份关于新西兰品牌的市场准入说明是哪天发布的？',[['9 September 2024']],[(Z,'Published 9 September 2024.')])
A('zh','other','按这份说明，谁负责核验卖家身份、处理消费者投诉？',[['CBEC platform']],[(Z,'The CBEC platform is responsible for checking the identity of sellers, displaying risk warnings to consumers and handling consumer complaints.')])
U('en','reason','What reasons does the note give for the growth of New Zealand skincare sales through Ningbo in 2023?')
U('en','figure','What was the full-year 2024 value of New Zealand CBEC imports through Ningbo?')
U('en','figure','How many New Zealand brands had bonded SKUs in Ningbo at the end of 2021?')
U('zh','figure','2023年新西兰葡萄酒经宁波跨境电商进口了多少？')
U('zh','figure','2022年麦卢卡蜂蜜经宁波跨境电商进口额是多少？')
U('en','figure','How much NZ skincare was sold through the Ningbo CBEC channel in the first quarter of 2024?')

# ---------------- Fuzhou returns bulletin (txt, en) ----------------
A('en','date','When does Bulletin No. 14 come into force, and until when is it valid?',[['1 September 2024'],['31 August 2026']],[(F,'This Bulletin takes effect on 1 September 2024 and remains valid until 31 August 2026.')])
A('zh','definition','公告里的“原状”（original condition）指什么？',[['have not been used, altered, repaired or repackaged abroad']],[(F,'(2) "Original condition" refers to goods that have not been used, altered, repaired or repackaged abroad, apart from the removal of outer shipping cartons.')])
A('en','figure','How long do exporters have to bring goods back under code 9610, compared with 9710 and 9810?',[['6 months'],['12 months']],[(F,'Goods exported under code 9610 must be returned within 6 months of the date of export release.'),(F,'Goods exported under codes 9710 and 9810 must be returned within 12 months of the date of export release.')])
A('zh','list','福州这份退货公告适用于从哪些口岸或区域出口的货物？',[['Fuzhou Changle International Airport'],['Jiangyin Port Area'],['Fuzhou Comprehensive Bonded Zone'],['Pingtan Comprehensive Experimental Zone']],[(F,'(1) Fuzhou Changle International Airport;'),(F,'(2) the Jiangyin Port Area of Fuzhou Port;'),(F,'(3) the Fuzhou Comprehensive Bonded Zone; and'),(F,'(4) the Pingtan Comprehensive Experimental Zone.')])
A('en','figure','During the January-June 2024 pilot, how many return declarations were handled and what was their declared value?',[['38,600'],['RMB 214 million','214 million']],[(F,'During the pilot period from 1 January to 30 June 2024, the Office processed 38,600 return declarations covering 1.27 million parcels with a declared value of RMB 214 million.')])
A('zh','figure','2023年全年福州一共处理了多少退货包裹？',[['1.64 million']],[(F,'For comparison, in the whole of 2023 it processed 52,300 return declarations covering 1.64 million parcels with a declared value of RMB 356 million.')])
A('en','figure','How much faster has return clearance become — average days in 2023 versus the first half of 2024?',[['5.5 days'],['1.8 days']],[(F,'The average time needed to clear a returned parcel fell from 5.5 days in 2023 to 1.8 days in the first half of 2024, and the average logistics cost per returned parcel fell by about 23%.')])
A('zh','place','试点期间哪个口岸处理的退货包裹最多？占多少？',[['Fuzhou Changle International Airport','Changle'],['72%']],[(F,'Fuzhou Changle International Airport handled 72% of the returned parcels in the pilot period, the Jiangyin Port Area handled 19%, and the Pingtan Comprehensive Experimental Zone handled 9%.')])
A('en','reason','Why did the share of returns caused by transit damage drop in 2024?',[['common packaging standard']],[(F,'The share of parcels returned because of damage in transit fell mainly because the Office and the major carriers introduced a common packaging standard for footwear and small appliances in March 2024.')])
A('zh','reason','为什么海外仓滞销退回的比例上升了？',[['cleared out seasonal apparel'],['more expensive to hold than to bring back']],[(F,'The share of unsold overseas warehouse stock rose because several exporters cleared out seasonal apparel from warehouses in Europe and North America, which had become more expensive to hold than to bring back.')])
A('en','figure','What share of returned parcels were down to buyers changing their minds in Jan-Jun 2024, compared with 2023 as a whole?',[['25%'],['22%']],[(F,row(F,'| Buyer changed mind'))])
A('zh','other','如果退回的货物已经拿过出口退税，出口企业要怎么做？',[['repay the rebate']],[(F,'Where the CBEC exporter has already received an export tax rebate for the goods, it must repay the rebate to the tax authority before the return is cleared.')])
A('en','yesno','A brand had returned shoes repaired at its German warehouse before shipping them back. Can it still use the facilitation measures?',[['not in original condition']],[(F,'No. Goods repaired or repackaged abroad are not in original condition as defined in Article 2 and must be declared as ordinary imports.')])
A('zh','other','谁负责在货物到达前把退货运单数据传到单一窗口平台？',[['logistics enterprise']],[(F,'The logistics enterprise is responsible for transmitting the return waybill data to the single window platform before the goods arrive.')])
A('en','other','What customs credit rating must a CBEC exporter hold to use the return measures?',[['general or above']],[(F,'Fourth, the CBEC exporter has a customs credit rating of general or above and has not been penalised for smuggling in the previous 12 months.')])
A('zh','figure','一份退货申报单最多可以包含多少个包裹？',[['500 parcels']],[(F,'A single return declaration may cover up to 500 parcels, provided they share the same original export port.')])
A('en','other','A foreign brand with no Chinese entity wants to return goods. Through whom must it act?',[['appointed domestic agent']],[(F,'Foreign brand owners that do not have a Chinese entity must act through their appointed domestic agent, which files the return declaration and'),(F,'receives all notices from customs on their behalf.')])
A('zh','figure','2024年上半年退回的货物里，按货值算有多少比例又被再出口了？',[['61%']],[(F,'By value, 61% of the goods returned in the first half of 2024 were re-exported after sorting and relabelling, mostly to fulfil new orders in the same market; the remainder were released into the domestic market after payment of any taxes due or were destroyed.')])
A('zh','date','福州这份第14号公告是哪天发布的？',[['26 July 2024']],[(F,'Issued: 26 July 2024')])
A('en','other','What happens to a returned parcel that still cannot be matched to an export declaration after 30 days?',[['treated as an ordinary import']],[(F,'If the CBEC exporter cannot provide matching records within 30 days, the parcel is treated as an ordinary import, and duties and taxes apply in full.')])
A('zh','yesno','企业注册在福州，但货物是从福州以外的口岸出口的，退货能适用这些便利措施吗？',[['are not covered']],[(F,'Goods exported through ports outside Fuzhou are not covered, even if the exporter is registered in Fuzhou.')])
U('zh','date','被废止的2023年第9号退货公告是哪天发布的？')
U('en','figure','How many return declarations did the Fuzhou office process in the first half of 2023?')
U('zh','figure','2023年福州长乐国际机场处理的退货包裹占全部退货包裹的比例是多少？')
U('en','figure','What was the declared value of returned goods in the second quarter of 2024 alone?')
U('zh','figure','试点期间服装和鞋类退货的货值是多少？')
U('en','figure','What share of goods returned in 2023 was re-exported?')

counters = {'zh': 0, 'en': 0}
out = []
for lang, typ, q, ans, ev in Q:
    counters[lang] += 1
    out.append({'id': f'h2-{lang}-{counters[lang]:03d}', 'lang': lang, 'type': typ, 'question': q,
                'answers': ans, 'evidence': [{'source': s, 'quote': qq} for s, qq in ev],
                'unanswerable': not ans})
with open(os.path.join(D, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), counters)
