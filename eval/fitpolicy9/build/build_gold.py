#!/usr/bin/env python3
"""Hand-written questions for fitpolicy9; writes ../gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
W = 'fp9_zh_weifang_ecommerce_dispute_mediation_report_2025h1.txt'
G = 'fp9_zh_ganzhou_nankang_furniture_lcl_shipping_notice_2025q4.md'
Z = 'fp9_zh_zigong_listing_localisation_subsidy_guide_2025.html'
J = 'fp9_zh_jingmen_overseas_trade_fair_summary_2025h1.pdf'
K = 'fp9_en_keqiao_textile_content_studio_guide_2025.docx'
Y = 'fp9_en_yangjiang_product_liability_insurance_notice_2025.txt'
ITEMS = []
def A(doc, lang, typ, q, answers, quotes):
    if isinstance(quotes, str): quotes = [quotes]
    ans = [a if isinstance(a, list) else [a] for a in answers]
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=ans,
                      evidence=[{'source': doc, 'quote': x} for x in quotes], unanswerable=False))
def U(lang, typ, q):
    ITEMS.append(dict(lang=lang, type=typ, question=q, answers=[], evidence=[], unanswerable=True))

# ---------------- Weifang dispute mediation (zh, txt)
wr = '一是引入海外仓"先行赔付"机制，与中心签约的32家海外仓可在48小时内先行补发或退款；二是上线中、英、俄三语在线调解室，外籍买家可以直接视频陈述；三是组建了由18名律师和行业专家组成的调解员库'
wz = '诸城市调解成功率较低，主要是因为汽车配件纠纷多涉及适配型号争议，往往需要第三方检测，耗时较长。'
wp = ['（一）部分卖家不回应调解邀请，上半年有137件纠纷因卖家超过7日未回应而终止调解。', '（二）跨境取证难，海外物流轨迹和签收凭证的获取周期长。', '（三）调解员中懂西班牙语、阿拉伯语的人员不足。', '（四）调解协议缺乏强制执行力，少数卖家达成协议后未履行。']
wpa = ['不回应调解邀请', '跨境取证难', ['懂西班牙语、阿拉伯语的人员不足', '人员不足'], '缺乏强制执行力']
wn = '一是自7月起，对超过7日未回应调解邀请的卖家，在"潍坊跨境电商诚信名单"中予以标注；二是9月底前与潍坊仲裁委员会建立调解协议司法确认衔接机制；三是新增西班牙语调解服务，计划新增调解员6名；四是在寿光市、诸城市各设1个线下调解工作站'
A(W,'zh','figure','潍坊那个跨境电商调解中心今年上半年一共接了多少起纠纷？',['2,316件'],'2025年上半年，中心共受理纠纷2,316件，同比增长27.4%')
A(W,'zh','figure','潍坊跨境纠纷上半年调解成功的比例有多高？',['80.0%'],'其中调解成功1,683件，调解成功率为80.0%')
A(W,'zh','definition','通报里说的调解成功率是按什么口径算的？',['调解成功的纠纷件数占已办结纠纷件数的比例'],'调解成功率：指调解成功的纠纷件数占已办结纠纷件数的比例。')
A(W,'zh','list','潍坊上半年的跨境消费纠纷主要分哪几类？',['物流延误类','商品质量类','退换货类','虚假宣传类'],'物流延误类占38.2%，商品质量类占26.5%，退换货类占19.7%，虚假宣传类占9.1%，其他类占6.5%')
A(W,'zh','reason','潍坊调解成功率今年为啥比去年高了五个多点？',['先行赔付',['三语在线调解室','在线调解室'],'调解员库'],wr)
A(W,'zh','reason','我在诸城做汽配，听说我们这儿纠纷调解成功率偏低，原因是什么？',['适配型号争议'],wz)
A(W,'zh','figure','诸城市上半年的纠纷量比去年同期涨了多少？',['35.7%'],'诸城市 | 401 | 35.7% | 76.9% | 汽车配件')
A(W,'zh','place','潍坊哪个县市区上半年受理的跨境纠纷最多？',['奎文区'],'奎文区 | 612 | 31.5% | 83.2% | 服装鞋帽')
A(W,'zh','list','潍坊调解中心下半年打算做哪几件事？',['诚信名单','司法确认衔接机制','西班牙语调解服务','线下调解工作站'],wn)
A(W,'zh','figure','现在一起纠纷从受理到办完平均要多少天？',['8.5天'],'平均办结时长由2024年的11.2天缩短至今年上半年的8.5天')
A(W,'zh','list','调解中心给我们卖家提了哪些建议？',['发货时效和退换货规则','3个工作日内','至少保存12个月','适配车型和年份'],['1. 在商品详情页明确标注发货时效和退换货规则。','2. 收到调解邀请后，在3个工作日内登录平台回复。','3. 物流面单、签收照片和聊天记录至少保存12个月。','4. 涉及汽车配件的，在详情页列明适配车型和年份。'])
A(W,'zh','figure','上半年因为卖家一直不理睬而被终止调解的纠纷有多少件？',['137件'],wp[0])
A(W,'zh','date','潍坊跨境电商纠纷在线调解中心是哪年哪月开始运行的？',['2022年4月'],'中心自2022年4月上线以来累计受理纠纷9,870件')
A(W,'zh','yesno','通报的数字有没有把亚马逊这些平台自己处理掉的纠纷算进去？',['不含各电商平台内部自行处理的纠纷'],'本通报数据为中心平台登记数，不含各电商平台内部自行处理的纠纷')
A(W,'zh','list','潍坊调解工作目前还有哪些难处？',wpa,wp)
A(W,'zh','reason','寿光那个卖种子的为什么会被俄罗斯买家投诉？',['包装未标注发芽率'],'某寿光市种子卖家因包装未标注发芽率被俄罗斯买家投诉')
A(W,'en','figure','How many disputes did the Weifang mediation centre take on over the whole of 2024?',['3,950件'],'2024年全年受理纠纷3,950件，调解成功率为74.6%')
A(W,'en','figure',"What mediation success rate is Weifang's centre aiming for in 2025?",['82%'],'调解成功率目标为82%')
A(W,'en','figure','What share of the Weifang disputes came from buyers in Russia?',['31%'],'俄罗斯买家占31%')
A(W,'en','reason','Why are more disputes being settled successfully in Weifang this year than last year?',['先行赔付',['三语在线调解室','在线调解室'],'调解员库'],wr)
A(W,'en','reason',"I sell car parts in Zhucheng. Why is my county's mediation success rate lower than elsewhere?",['适配型号争议'],wz)
A(W,'en','list','Which records should a Weifang seller keep in case of a dispute, and how long?',['物流面单','签收照片','聊天记录','至少保存12个月'],'3. 物流面单、签收照片和聊天记录至少保存12个月。')
A(W,'en','place','Where will the Weifang centre open its offline mediation stations?',['寿光市','诸城市'],wn)
A(W,'en','figure','How many overseas warehouses are in the advance-compensation arrangement with the centre?',['32家'],wr)
A(W,'en','definition','In the Weifang report, what does "average handling time" mean?',['从受理到办结所用自然日的平均数'],'平均办结时长：指从受理到办结所用自然日的平均数。')
A(W,'en','figure',"What was Qingzhou's mediation success rate in the first half?",['81.0%'],'青州市 | 437 | 19.4% | 81.0% | 花卉园艺用品')
A(W,'en','date','By when is the centre supposed to link up with the Weifang arbitration commission?',['9月底前'],wn)
A(W,'en','list','What problems does the Weifang mediation centre still have?',wpa,wp)
A(W,'en','other','What products are most Gaomi disputes about?',['家纺、工艺品'],'高密市 | 318 | 26.1% | 79.4% | 家纺、工艺品')
A(W,'en','figure','How many new mediators do they plan to add when Spanish service starts?',['6名'],wn)
A(W,'en','yesno','If a buyer only calls to ask a question, is that counted as an accepted dispute?',['不含仅咨询的来电'],'受理纠纷：指在中心在线平台登记并经审核符合受理条件的买家与卖家之间的消费纠纷，不含仅咨询的来电。')
A(W,'en','figure','How many disputes has the Weifang centre handled in total since it went live?',['9,870件'],'中心自2022年4月上线以来累计受理纠纷9,870件')
A(W,'en','reason','What caused the 32 return-and-exchange disputes against the Kuiwen clothing seller?',['尺码表标注错误'],'某奎文区服装卖家因尺码表标注错误引发32起退换货纠纷')
U('zh','figure','潍坊调解中心2023年全年受理了多少起纠纷？')
U('zh','figure','潍城区上半年跨境消费纠纷有多少件？')
U('zh','figure','潍坊调解员库里专职律师有几位？')
U('en','figure',"What is the Weifang centre's dispute target for 2026?")
U('en','list','Which marketplaces generated the most disputes handled by the Weifang centre?')
U('en','reason','Why did disputes in Shouguang grow by 22.8%?')
U('en','figure',"What was Shouguang's mediation success rate in 2024?")

# ---------------- Ganzhou Nankang LCL (zh, md)
gr = '一是赣州国际陆港至盐田港的"家具专列"由每周3列加密到每周5列；二是联盟与两家船公司签订年度舱位协议，每月锁定60个标准箱的舱位；三是拼箱起运量由3立方米降到1立方米，小卖家也能参与'
ge = '欧洲线出运量低于预期，主要原因是欧盟对木材合规的要求提高，部分卖家的木材来源证明材料不齐全。'
gp = ['1. 旺季海外仓入仓排队时间长，洛杉矶仓最长排队9天。','2. 木质家具熏蒸证书的办理时间不稳定。','3. 部分卖家申报体积与实测体积不符，导致拼箱延误。','4. 床垫等压缩包装商品破损率偏高，1—8月破损率为2.7%。','5. 小卖家对海外退货的处理流程不熟悉。']
gpa = ['入仓排队时间长','熏蒸证书','申报体积与实测体积不符','破损率偏高','海外退货的处理流程不熟悉']
gs = ['- 至少提前10天预约舱位。','- 木质家具出运前，确认熏蒸证书和木材来源证明齐全。','- 床垫类商品加装护角和防潮膜。','- 如实申报货物体积，误差超过5%的将被重新计费。']
A(G,'zh','figure','南康家具拼箱今年1到8月一共走了多少个柜？',['1,148个标准箱'],'2025年1—8月出运1,148个标准箱，同比增长41.3%')
A(G,'zh','definition','通知里的"门到仓时效"具体指什么？',['从卖家工厂提货到货物在海外仓上架所用的天数'],'**门到仓时效**：指从卖家工厂提货到货物在海外仓上架所用的天数。')
A(G,'zh','figure','南康拼箱里走铁海联运的现在占到多少了？',['63%'],'铁海联运的占比由2024年的46%提高到1—8月的63%')
A(G,'zh','reason','南康家具海运拼箱今年量涨得这么快，主要靠什么？',[['每周5列','家具专列'],'年度舱位协议',['1立方米','拼箱起运量']],gr)
A(G,'zh','reason','南康到欧洲那条线为什么发得比预想少？',[['木材来源证明材料不齐全','木材合规的要求提高']],ge)
A(G,'zh','figure','我做床垫发秘鲁，走南美线从工厂到海外仓上架大概多少天？',['48'],'| 南美线（卡亚俄） | 深圳盐田港 | 48 | 144 | 床垫 |')
A(G,'zh','place','南康发中东吉达的货是从哪个港口出海的？',['厦门港'],'| 中东线（吉达） | 厦门港 | 35 | 287 | 办公椅、餐桌 |')
A(G,'zh','figure','四季度美西线拼箱每方多少钱？',['1,150元'],'美西线每立方米人民币1,150元，较三季度下调8%')
A(G,'zh','date','南康拼箱每周什么时候截单？',['每周二18:00'],'- 截单时间：每周二18:00截单，周五装柜。')
A(G,'zh','list','南康联盟运营中碰到了哪些问题？',gpa,gp)
A(G,'zh','list','联盟给发拼箱的卖家提了哪些建议？',['提前10天预约舱位','熏蒸证书和木材来源证明',['护角和防潮膜','加装护角'],'如实申报货物体积'],gs)
A(G,'zh','figure','不是联盟会员的话，每票拼箱操作费收多少？',['200元'],'非会员卖家每票收取人民币200元')
A(G,'zh','figure','1—8月南康拼箱出了多少起货损理赔？',['27起'],'1—8月联盟共处理货损理赔27起，理赔金额合计人民币46万元')
A(G,'zh','list','联盟的会员卖家都来自哪些区县？',['南康区','赣县区','信丰县','于都县'],'南康区本地卖家占78%，其余来自赣县区、信丰县和于都县')
A(G,'zh','yesno','卖家自己找船公司订的舱也算进联盟的出运数据里吗？',['不含卖家自行订舱的出运量'],'本通知数据来自联盟订舱系统，不含卖家自行订舱的出运量')
A(G,'zh','reason','南康拼箱为啥有时会延误装柜？',['申报体积与实测体积不符'],gp[2])
A(G,'en','figure','How many TEUs did the Nankang furniture alliance ship by LCL in 2024?',['1,260个标准箱'],'2024年，联盟组织海运拼箱出运1,260个标准箱，服务卖家318家')
A(G,'en','figure',"What's the Nankang alliance's shipping target for 2027?",['3,000个标准箱'],'2027年达到3,000个标准箱')
A(G,'en','reason','Why has Nankang consolidated sea freight grown so quickly in 2025?',[['每周5列','家具专列'],'年度舱位协议',['1立方米','拼箱起运量']],gr)
A(G,'en','reason','Why is the Nankang Europe route shipping less than expected?',[['木材来源证明材料不齐全','木材合规的要求提高']],ge)
A(G,'en','definition','What does rail-sea intermodal mean in the Nankang notice?',['先经赣州国际陆港由铁路运到沿海港口，再装船出海'],'**铁海联运**：指货物先经赣州国际陆港由铁路运到沿海港口，再装船出海的运输方式。')
A(G,'en','place','Which port do the Nankang boxes to Rotterdam leave from?',['宁波舟山港'],'| 欧洲线（鹿特丹） | 宁波舟山港 | 42 | 221 | 儿童家具 |')
A(G,'en','figure','What was the damage rate for mattresses shipped Jan–Aug?',['2.7%'],gp[3])
A(G,'en','figure',"I'm a small furniture maker. What's the smallest volume I can now put into a Nankang LCL box?",['1立方米'],gr)
A(G,'en','date','When does the trial Melbourne line start?',['10月起'],'- 10月起试开墨尔本线，首期每月10个标准箱。')
A(G,'en','list','What are the Q4 arrangements in the Nankang LCL notice?',['每周二18:00截单','1,150元','墨尔本线','出海合规'],['- 截单时间：每周二18:00截单，周五装柜。','- 拼箱价格：美西线每立方米人民币1,150元，较三季度下调8%；中东线每立方米人民币1,380元。','- 10月起试开墨尔本线，首期每月10个标准箱。','- 11月举办2场"出海合规"培训，每场限80人。'])
A(G,'en','figure','What cargo insurance premium rate is charged on high-value LCL shipments?',['0.15%'],'保费按货值的0.15%计收')
A(G,'en','figure','How long did the queue at the Los Angeles warehouse get in peak season?',['9天'],gp[0])
A(G,'en','other','What furniture mostly goes on the Middle East line?',['办公椅、餐桌'],'| 中东线（吉达） | 厦门港 | 35 | 287 | 办公椅、餐桌 |')
A(G,'en','yesno','Do alliance members still pay the LCL handling fee from Q4?',['免收拼箱操作费'],'四季度起，联盟对会员卖家免收拼箱操作费')
A(G,'en','figure','How many member sellers did the Nankang alliance have at end of August?',['265家'],'截至8月底，联盟共有会员卖家265家')
A(G,'en','list','What do I need to join the Nankang alliance?',['家具生产或仓储场地','近一年的出口记录'],'卖家申请入会须在南康区有家具生产或仓储场地，并提交近一年的出口记录')
A(G,'en','reason','Why has the inspection waiting time at Ganzhou inland port dropped to half a day?',['查验场地于8月扩建完成'],'赣州国际陆港的查验场地于8月扩建完成，可同时查验12个标准箱，查验等待时间由平均2天缩短到半天')
U('zh','figure','南康联盟2026年的出运目标是多少个标准箱？')
U('zh','figure','墨尔本线拼箱每立方米收多少钱？')
U('zh','figure','欧洲线四季度拼箱价格是多少？')
U('en','figure','How many TEUs did the Nankang alliance ship in 2023?')
U('en','figure','How many TEUs went on the Rotterdam route in 2024?')
U('en','list','Which two shipping lines signed the annual slot agreement with the alliance?')
U('en','figure','What does the rail leg from Ganzhou to Yantian cost per TEU?')

# ---------------- Zigong localisation subsidy (zh, html)
zr = '本地化链接转化率较高，一是标题按当地搜索习惯改写，搜索曝光量平均提高约1.6倍；二是说明书翻译减少了因看不懂使用方法而产生的退货；三是短视频字幕让彩灯的安装过程更直观。'
zra = [['当地搜索习惯改写','搜索曝光量'],['减少了因看不懂使用方法而产生的退货','说明书翻译'],['安装过程更直观','短视频字幕']]
za = '阿拉伯语链接的转化率仅为2.4%，主要是因为部分服务商没有做从右到左的排版调整，页面显示错乱。'
zc = ['在自贡市注册并有跨境电商出口实绩的企业；','本地化服务由中心名录内的32家服务商提供；','申报的链接须为有效链接；','同一链接同一语种只补贴一次。']
zp = ['个别企业把机器翻译结果直接上传后申报补贴，核查后追回补贴资金23万元。','泰语、印尼语服务商只有4家，高峰期排队超过3周。','部分链接上线后很快下架，达不到有效链接的要求。','企业对各平台小语种站点的规则了解不够。']
zpa = ['机器翻译结果直接上传','服务商只有4家','上线后很快下架','小语种站点的规则了解不够']
zcat = '彩灯及灯饰类链接占全部补贴链接的41%，其次是盐化工日用品（19%）和川味食品（15%）。'
A(Z,'zh','figure','自贡去年一共给多少条商品链接发了本地化补贴？',['8,420条'],'2024年，中心共补贴本地化商品链接8,420条，涉及企业146家，发放补贴资金612万元。完成本地化的链接平均转化率为3.8%，未做本地化的同类链接为2.1%。')
A(Z,'zh','definition','自贡补贴里说的"有效链接"要满足什么条件？',['完成本地化后上线满60天且至少产生1笔订单的商品链接'],'有效链接：指完成本地化后上线满60天且至少产生1笔订单的商品链接。')
A(Z,'zh','list','自贡这个指南里小语种都包括哪些语言？',['西班牙语','葡萄牙语','阿拉伯语','俄语','泰语','印尼语'],'小语种：指英语以外的语言，本指南中包括西班牙语、葡萄牙语、阿拉伯语、俄语、泰语和印尼语。')
A(Z,'zh','figure','说明书翻成小语种，每条能补多少钱？',['120'],['说明书','120'])
A(Z,'zh','reason','为什么做了本地化的链接转化率更高？',zra,zr)
A(Z,'zh','reason','我们彩灯的阿拉伯语链接卖得很差，指南里说是什么原因？',['从右到左的排版调整'],za)
A(Z,'zh','figure','今年一季度补贴的链接数同比涨了多少？',['52.6%'],'2025年一季度补贴链接2,370条，同比增长52.6%。自2022年试点以来累计补贴链接16,950条。2025年计划补贴链接12,000条，资金预算为900万元。')
A(Z,'zh','list','申请自贡本地化补贴需要满足哪些条件？',['有跨境电商出口实绩','32家服务商','有效链接','只补贴一次'],zc)
A(Z,'zh','list','申报补贴要交哪些材料？',['服务合同','发票','链接截图'],'提交服务合同、发票和链接截图；')
A(Z,'zh','date','自贡本地化补贴一般什么时候可以报？',['每季度首月1日至15日'],'每季度首月1日至15日在中心网站提交申报；')
A(Z,'zh','figure','彩灯灯饰类在补贴链接里占几成？',['41%'],zcat)
A(Z,'zh','figure','去年核查发现机器翻译冒充，追回了多少补贴？',['23万元'],zp[0])
A(Z,'zh','yesno','我们公司自己有翻译，自己翻的能申请补贴吗？',['企业自行翻译的内容不在补贴范围内'],'企业自行翻译的内容不在补贴范围内')
A(Z,'zh','figure','新培育一家泰语或印尼语服务商能拿多少奖励？',['5万元'],'每新认定1家服务商奖励5万元')
A(Z,'zh','list','去年核查暴露出哪些问题？',zpa,zp)
A(Z,'zh','reason','有3家翻译服务商为什么被踢出名录？',['得分低于70分'],'有3家服务商得分低于70分，被移出名录')
A(Z,'en','figure',"What's Zigong's localisation subsidy budget for 2025?",['900万元'],'2025年计划补贴链接12,000条，资金预算为900万元。')
A(Z,'en','figure','What conversion rates did localised and non-localised listings get in Zigong?',['3.8%','2.1%'],'完成本地化的链接平均转化率为3.8%，未做本地化的同类链接为2.1%。')
A(Z,'en','reason','Why do listings convert better after localisation in Zigong?',zra,zr)
A(Z,'en','reason','Why are the Arabic listings converting so poorly?',['从右到左的排版调整'],za)
A(Z,'en','figure','Per company, what is the yearly cap for short-video subtitle subsidies?',['5万元'],['短视频字幕','5万元'])
A(Z,'en','figure','How much subsidy do I get for translating a title and detail page into English?',['40'],['商品标题及详情页','40'])
A(Z,'en','place','Which district of Zigong got the biggest share of subsidised listings in 2024?',['自流井区'],'2024年各区县补贴链接中，自流井区占34%，贡井区占22%，大安区占18%，沿滩区占14%，荣县和富顺县合计占12%。')
A(Z,'en','definition','What does "localisation service" cover in the Zigong guide?',['将商品标题、详情页、说明书和短视频字幕翻译为目标市场语言，并按当地用语习惯改写的服务'],'本地化服务：指将商品标题、详情页、说明书和短视频字幕翻译为目标市场语言，并按当地用语习惯改写的服务。')
A(Z,'en','list','What papers must I hand in with a Zigong subsidy application?',['服务合同','发票','链接截图'],'提交服务合同、发票和链接截图；')
A(Z,'en','figure','How many approved providers are on the centre list?',['32家'],zc[1])
A(Z,'en','date','How long does the centre take to review an application?',['30个工作日内'],'中心在30个工作日内完成审核，并公示5个工作日；')
A(Z,'en','list','Which product categories take the most subsidised listings?',['彩灯及灯饰类','盐化工日用品','川味食品'],zcat)
A(Z,'en','yesno','Same lantern on two platforms - can I apply for both listings?',['属于两条链接，可以分别申报'],'同一商品在两个平台上架，属于两条链接，可以分别申报。')
A(Z,'en','figure','What is the reference price for a minor-language title translation?',['每条110元'],'小语种参考价为每条110元')
A(Z,'en','figure','How long must a product video be to get the subtitle subsidy?',['30秒以上'],'短视频字幕补贴只适用于时长30秒以上的商品视频。')
A(Z,'en','reason','Why do sellers wait more than three weeks for Thai and Indonesian translation?',['服务商只有4家'],zp[1])
U('zh','figure','自贡2023年补贴了多少条链接？')
U('zh','figure','富顺县单独占补贴链接的比例是多少？')
U('zh','figure','葡萄牙语链接的平均转化率是多少？')
U('en','figure',"What is Zigong's localisation subsidy budget for 2026?")
U('en','other','Which company had its subsidy clawed back for machine translation?')
U('en','reason','Why did subsidised listings jump 52.6% in Q1 2025?')
U('en','figure','How many subsidised listings were from Rong County alone?')

# ---------------- Jingmen trade fairs (zh, pdf)
jr = '一是协会提前3个月邀请目标采购商到展位洽谈，预约洽谈的成交占六成；二是统一设计"荆门制造"展区形象，展位位置更加集中；三是随团配备了4名阿拉伯语和俄语翻译'
jra = [['提前3个月邀请目标采购商','邀请目标采购商'],['展区形象','展位位置更加集中'],['阿拉伯语和俄语翻译','翻译']]
jl = '利马消费品展意向成交额较低，主要原因是展会与当地节假日重叠，到场采购商少于预期。'
jp = ['（一）签证办理周期长，有3家企业因签证未办下来未能成行。','（二）部分企业样品运输费用高，海运样品需提前两个月发出。','（三）展后跟进不够，部分意向订单因报价不及时而流失。','（四）小企业参展预算有限，对远程市场展会积极性不高。']
jpa = ['签证办理周期长','样品运输费用高','展后跟进不够','参展预算有限']
jn = '一是9月组织企业参加圣保罗五金展；二是10月组团参加内罗毕农业机械展；三是11月举办"展后转化"专题培训；四是建立意向订单跟踪台账，每月通报一次'
jt = '2025年上半年，协会组织企业参加境外展会9场，参展企业87家次，意向成交额2,860万美元。'
jind = '参展企业中，磷化工及化肥相关企业占23%，农机配件企业占21%，建材企业占18%，电子元器件企业占16%，其他企业占22%。'
A(J,'zh','figure','荆门跨境电商协会上半年带企业出去参加了几场境外展？',['9场'],jt)
A(J,'zh','definition','协会总结里的"展后转化率"怎么定义？',['展会结束后90天内转为实际订单的意向成交额占全部意向成交额的比例'],'展后转化率：指展会结束后90天内转为实际订单的意向成交额占全部意向成交额的比例。')
A(J,'zh','figure','2024年荆门组团参展的展后转化率是多少？',['31%'],'意向成交额3,940万美元，展后转化率为31%')
A(J,'zh','figure','迪拜那个电子展荆门企业谈下了多少意向成交？',['720万美元'],'展会名称：迪拜中东电子展；举办地：迪拜；参展企业：15家；意向成交额：720万美元。')
A(J,'zh','reason','荆门上半年出国参展效果不错，原因有哪些？',jra,jr)
A(J,'zh','reason','利马那个消费品展为什么成交不理想？',['展会与当地节假日重叠'],jl)
A(J,'zh','list','组团参展过程中暴露了哪些问题？',jpa,jp)
A(J,'zh','list','荆门协会下半年有哪些参展安排？',['圣保罗五金展','内罗毕农业机械展','"展后转化"专题培训','意向订单跟踪台账'],jn)
A(J,'zh','figure','荆门组团参展的展位费补助比例是多少？',['70%'],'市商务局对组团参展企业给予展位费70%的补助，单个展会每家企业最高5万元')
A(J,'zh','figure','我们公司第一次出国参展，差旅能补多少？',['1万元'],'对首次出境参展的企业另给予1万元差旅补助')
A(J,'zh','place','荆门参展企业里来自哪个县市的最多？',['京山市'],'从地区看，来自京山市的企业最多，共24家次；其次是钟祥市19家次、东宝区15家次。')
A(J,'zh','list','出去参展的荆门企业主要是哪些行业？',['磷化工及化肥','农机配件','建材','电子元器件'],jind)
A(J,'zh','figure','下半年参展补助一共准备了多少钱？',['240万元'],'下半年补助资金预算为240万元。')
A(J,'zh','date','想报名协会组团的展，最晚什么时候要报？',['展会开幕前60天'],'报名截止时间为展会开幕前60天，逾期不再受理。')
A(J,'zh','yesno','总结里的意向成交额协会有没有逐一核实？',['协会未逐一核实'],'意向成交额为企业自报数据，协会未逐一核实。')
A(J,'zh','reason','钟祥那家化肥企业在展会上为什么只能展示图片？',['样品未能按时清关'],'钟祥市一家化肥企业因样品未能按时清关，展位上只能展示图片，意向成交额低于预期。')
A(J,'en','figure',"What were the total intended deals signed at Jingmen's group fairs in H1 2025?",['2,860万美元'],jt)
A(J,'en','figure','How many group fair trips does the Jingmen association plan for all of 2025?',['18场'],'协会计划2025年全年组团参展18场，2026年达到24场。')
A(J,'en','figure',"What's the Jingmen association's 2026 target for group fairs?",['24场'],'协会计划2025年全年组团参展18场，2026年达到24场。')
A(J,'en','reason','Why did the Jingmen delegations do well at fairs in the first half?',jra,jr)
A(J,'en','reason','Why did the Lima consumer goods fair bring so few deals?',['展会与当地节假日重叠'],jl)
A(J,'en','place','In which city was the building materials fair held?',['塔什干'],'展会名称：塔什干建材展；举办地：塔什干；参展企业：12家；意向成交额：540万美元。')
A(J,'en','figure','How many Jingmen companies exhibited at the Lagos home goods fair?',['9家'],'展会名称：拉各斯家居用品展；举办地：拉各斯；参展企业：9家；意向成交额：310万美元。')
A(J,'en','figure','What share of exhibitors were farm machinery parts makers?',['21%'],jind)
A(J,'en','list','What does the Jingmen association recommend to exhibitors?',['产品目录','7天内','拼展位'],['1. 参展企业在展前1个月完成英文和当地语言的产品目录。','2. 展会结束后7天内向意向采购商发送正式报价。','3. 首次参展的小企业可以与同行拼展位，分摊费用。'])
A(J,'en','figure','For fairs in Africa and Latin America in H2, what share of booth fees is subsidised?',['80%'],'对参加非洲和拉美展会的企业，展位费补助比例提高到80%。')
A(J,'en','figure','How many firms could not travel because of visa problems?',['3家'],jp[0])
A(J,'en','figure','How big was the first order that the Jingshan farm machinery firm won after Tashkent?',['85万美元'],'展后两个月内签下首批订单，金额为85万美元')
A(J,'en','definition','What does "group exhibiting" mean for the Jingmen association?',['由协会统一报名、统一布展、统一安排行程的境外展会参展'],'组团参展：指由协会统一报名、统一布展、统一安排行程的境外展会参展。')
A(J,'en','figure','How much subsidy was paid out in the first half of 2025?',['186万元'],'上半年共发放补助186万元。')
A(J,'en','list','What problems came up with the Jingmen group fair trips?',jpa,jp)
A(J,'en','figure','How many fairs per year can one company get subsidy for?',['3场'],'每家企业全年参展补助不超过3场。')
A(J,'en','reason','Why were some intended orders lost after the fairs?',['报价不及时'],jp[2])
U('zh','figure','2025年上半年荆门组团参展的展后转化率是多少？')
U('zh','figure','沙洋县上半年有多少家次企业参展？')
U('zh','figure','圣保罗五金展有多少家荆门企业报名？')
U('en','figure','How many fairs did the Jingmen association attend in 2023?')
U('en','figure','What was the post-fair conversion rate of the Dubai electronics fair?')
U('en','other','Which agency supplied the interpreters for the Jingmen delegations?')
U('en','reason','Why did Zhongxiang send fewer companies than Jingshan?')

# ---------------- Keqiao content studio (en, docx)
kr = ['First, room-set photos show curtains and bedding at real scale, so buyers understand size and drape before ordering.','Second, macro shots of the weave and texture answer the most common pre-sale question about fabric quality.','Third, short videos that show the fabric moving in natural light reduce "not as described" returns.']
kra = [['room-set photos','real scale'],['macro shots','weave and texture'],['short videos','fabric moving in natural light']]
ks = 'Results for scarves have been weaker, mainly because colour in model shoots varies with skin tone and lighting, and buyers often complain that the shade differs from the photo.'
kp = ['(a) In the busy months of September to November, members waited up to 11 days for a studio slot.','(b) About 15% of booked slots were cancelled on the day, leaving bays empty.','(c) Many members sent samples without size labels or colour codes, which slowed down shooting.','(d) Some members reused the same images on several platforms without adjusting image sizes, so pictures were cropped.',"(e) Few operators can shoot for platforms aimed at Latin American and Middle Eastern buyers."]
kpa = [['waited up to 11 days','11 days'],['cancelled on the day','15% of booked slots'],['without size labels or colour codes'],['reused the same images','pictures were cropped'],['Few operators']]
kc = ['The Yangxunqiao Studio will add two shooting bays and open on Saturdays.','Same-day cancellations will be charged 50% of the slot price.','A new colour calibration card service will be offered at RMB 80 per product.',"The cooperative will train six more operators in Spanish- and Arabic-language content by the end of 2025."]
kca = ['add two shooting bays','50% of the slot price','colour calibration card service','train six more operators']
k3 = 'In 2024 the cooperative delivered 4,860 content packages to 212 member sellers.'
kh = 'In the first half of 2025 it delivered 3,150 packages, up 44% on the same period of 2024, and the number of members reached 287.'
A(K,'zh','figure','柯桥那个共享摄影棚合作社2024年一共交付了多少个内容包？',['4,860'],k3)
A(K,'zh','definition','柯桥合作社说的"内容包"包含什么？',['at least eight product photos and one video of 15 to 60 seconds'],'A "content package" is a set of at least eight product photos and one video of 15 to 60 seconds for a single product listing.')
A(K,'zh','figure','柯桥合作社会员订一个拍摄档期要多少钱？',['RMB 480'],'A studio slot costs RMB 480 for members and RMB 720 for non-members.')
A(K,'zh','reason','为什么在柯桥棚里重拍过的链接点击率更高？',kra,kr)
A(K,'zh','reason','围巾类产品拍出来的效果为什么不如其他品类？',[['colour in model shoots varies with skin tone and lighting','skin tone and lighting']],ks)
A(K,'zh','list','柯桥合作社有哪几个拍摄点？',['Lanting Studio','Qianqing Studio','Yangxunqiao Studio'],['Lanting Studio | Keqiao Economic Development Zone | 6 | Curtains and bedding, shot in room sets','Qianqing Studio | Qianqing Subdistrict, near the China Textile City market | 4 | Fabric swatches and roll goods, macro photography','Yangxunqiao Studio | Yangxunqiao Town | 3 | Model shoots for apparel fabrics and scarves'])
A(K,'zh','figure','第一年入会的卖家，柯桥商务局能退多少内容包费用？',['30%'],'The Keqiao commerce bureau refunds 30% of package fees to first-year members, up to RMB 15,000 per seller per year.')
A(K,'zh','list','合作社回顾去年预约情况发现了哪些问题？',kpa,kp)
A(K,'zh','list','柯桥摄影棚2025年5月起有哪些变化？',kca,kc)
A(K,'zh','figure','带多语种配音的内容包多少钱一个？',['RMB 1,650'],'A package with a multilingual voice-over (English, Spanish or Arabic) costs RMB 1,650.')
A(K,'zh','place','我要拍面料小样和卷布，应该约哪个棚？',['Qianqing Studio'],'Qianqing Studio | Qianqing Subdistrict, near the China Textile City market | 4 | Fabric swatches and roll goods, macro photography')
A(K,'zh','figure','5月以后当天取消档期要扣多少钱？',['50% of the slot price'],kc[1])
A(K,'zh','date','柯桥棚每个月几号开始放下个月的档期？',['the 1st of each month'],'Bookings open on the 1st of each month for the following month.')
A(K,'zh','figure','会员今年上半年的平均上新率（主图更新比例）到了多少？',['57%'],'The average listing refresh rate of members rose from 38% in 2024 to 57% in the first half of 2025.')
A(K,'zh','yesno','不是会员能随时预约摄影棚吗？',['only slots that are still free 48 hours before the shooting date'],'Non-members may book only slots that are still free 48 hours before the shooting date.')
A(K,'zh','reason','有些会员的图片传到平台后为什么被裁掉了？',['reused the same images on several platforms without adjusting image sizes'],kp[3])
A(K,'en','figure','How many content packages did the Keqiao studios deliver in H1 2025, and how much growth is that?',['3,150','44%'],kh)
A(K,'en','figure',"What is the Keqiao cooperative's package target for 2026?",['8,000 packages'],'Our target for the full year 2025 is 6,500 packages, and for 2026 it is 8,000 packages.')
A(K,'en','definition','what means listing refresh rate in the Keqiao studio guide?',["the share of a member's active listings whose main images were replaced within the last six months"],'"Listing refresh rate" means the share of a member\'s active listings whose main images were replaced within the last six months.')
A(K,'en','reason','Why do listings reshot in the shared studios get more clicks?',kra,kr)
A(K,'en','reason','Why are the scarf results weaker?',[['colour in model shoots varies with skin tone and lighting','skin tone and lighting']],ks)
A(K,'en','list','What does the Keqiao cooperative advise members to do?',['two weeks ahead','size, fibre content and colour code','platform-specific image sizes','at least twice a year','colour calibration card service'],['First, book slots at least two weeks ahead in peak season.','Second, send samples with a label showing the size, fibre content and colour code.','Third, ask for platform-specific image sizes when booking.','Fourth, refresh main images for best-selling products at least twice a year.','Fifth, use the colour calibration card service for scarves and dyed fabrics.'])
A(K,'en','figure','If I book 25 content packages this quarter, what discount do I get?',['12%'],'Members who book 20 or more packages in one quarter receive a 12% discount.')
A(K,'en','figure','How many shooting bays does the Lanting site have?',['6'],'Lanting Studio | Keqiao Economic Development Zone | 6 | Curtains and bedding, shot in room sets')
A(K,'en','figure','What share of H1 2025 packages were shot at Yangxunqiao?',['17%'],'Lanting Studio handled 52% of all packages in the first half of 2025, Qianqing 31% and Yangxunqiao 17%.')
A(K,'en','figure','How long did members wait for a slot in the autumn rush?',['11 days'],kp[0])
A(K,'en','figure','What share of bookings got cancelled on the day?',['15%'],kp[1])
A(K,'en','date','When did the cooperative open its first studio?',['May 2022'],'Since the first studio opened in May 2022, the cooperative has delivered 11,240 packages in total.')
A(K,'en','figure','How much will the colour calibration card cost?',['RMB 80 per product'],kc[2])
A(K,'en','list','Which voice-over languages can I order with a content package?',['English','Spanish','Arabic'],'A package with a multilingual voice-over (English, Spanish or Arabic) costs RMB 1,650.')
A(K,'en','figure','How many member sellers did the cooperative have by mid-2025?',['287'],kh)
A(K,'en','other','How early must my samples reach the studio?',['at least two working days before the slot'],'Samples must arrive at the studio at least two working days before the slot.')
A(K,'en','reason','Why was shooting slowed down for many members last year?',['without size labels or colour codes'],kp[2])
U('zh','figure','柯桥合作社2023年交付了多少个内容包？')
U('zh','figure','杨汛桥工作室拍的围巾退货率是多少？')
U('zh','figure','2025年柯桥商务局给首年会员一共退了多少钱？')
U('en','list','Which marketplaces do the Keqiao studios shoot images for?')
U('en','date','What are the Qianqing studio opening hours on Sundays?')
U('en','reason','Why did Keqiao cooperative membership grow to 287?')
U('en','figure','What click-through rate do listings shot at Yangxunqiao get?')

# ---------------- Yangjiang product liability (en, txt)
yr = ['First, since March 2024 every new member has had to pass a handle-strength test at the Yangjiang knife testing centre before cover starts.','Second, we asked sellers to add blade guards to all knives shipped to the United States, which cut injuries during unpacking.','Third, a bilingual claims desk now answers buyers within 24 hours, so more complaints are settled before they become lawsuits.']
yra = [['handle-strength test'],['blade guards'],['bilingual claims desk','within 24 hours']]
yc = 'Cookware claims stayed high, mainly because several sellers changed handle suppliers during the year without telling us or testing the new handles.'
yp = ["(1) Some sellers declared lower sales than the marketplaces' reports, which leads to reduced claim payments.","(2) Product photos and instructions for several knife sets did not include safety warnings in the buyer's language.",'(3) A number of sellers did not keep batch records, so the defective batch could not be traced.','(4) Sellers often learned of a claim from the marketplace weeks after the buyer complained, which delayed notice to the insurer.']
ypa = [['declared lower sales'],['did not include safety warnings','safety warnings'],['did not keep batch records'],['learned of a claim from the marketplace weeks after','delayed notice to the insurer']]
ych = ['- Mexico and Saudi Arabia are added as covered countries under the enhanced plan only.','- Sellers with no claims in the last two policy years receive a 10% premium discount.','- Outdoor and camping tools now require a sharpness and locking test before cover starts.','- Certificates will be issued within 3 working days instead of 7.']
ycha = [['Mexico and Saudi Arabia'],['10% premium discount'],['sharpness and locking test'],['within 3 working days']]
y24 = 'In the 2024-2025 policy year, 238 sellers joined, up 45%, and premiums reached RMB 4.46 million.'
ycov = 'Both plans cover sales in the United States, Canada, the United Kingdom, the European Union and Australia.'
A(Y,'zh','figure','阳江这个产品责任团险2024-2025保单年度有多少卖家参加？',['238'],y24)
A(Y,'zh','figure','阳江团险最近一个年度的赔付率降到了多少？',['47%'],'The loss ratio fell from 61% in 2023-2024 to 47% in 2024-2025.')
A(Y,'zh','definition','通知里的赔付率（loss ratio）是怎么算的？',['claims paid and reserved divided by premiums earned in the same policy year'],'"Loss ratio" means claims paid and reserved divided by premiums earned in the same policy year.')
A(Y,'zh','reason','阳江刀具团险的赔付率为什么下降了？',yra,yr)
A(Y,'zh','reason','炊具的理赔为什么一直降不下来？',['changed handle suppliers'],yc)
A(Y,'zh','figure','基础方案每次事故最多赔多少？',['USD 500,000'],'Limit per claim | USD 500,000 | USD 2,000,000')
A(Y,'zh','figure','增强方案按投保销售额收多少费率？',['0.26%'],'Premium rate on insured sales | 0.18% | 0.26%')
A(Y,'zh','list','阳江团险两种方案都承保哪些国家和地区的销售？',['United States','Canada','United Kingdom','European Union','Australia'],ycov)
A(Y,'zh','list','2024-2025年度理赔主要是哪些原因造成的？',['loose handles','broken blades',['burns from cookware','burns']],'Cuts caused by loose handles accounted for 11 claims, broken blades for 7, burns from cookware with faulty handles for 5 and other causes for 4.')
A(Y,'zh','figure','阳江团险单笔赔得最多的一笔是多少？',['USD 38,000'],'The largest single claim, from a buyer in Manchester, was settled for USD 38,000.')
A(Y,'zh','date','新的保单年度从哪天开始保？',['1 October 2025'],'It covers last year\'s results, the terms for the new policy year starting on 1 October 2025 and the steps to join.')
A(Y,'zh','date','想从10月1日起保，最晚哪天要提交申请？',['15 September 2025'],'Sellers apply through our online form before 15 September 2025 to be covered from 1 October 2025.')
A(Y,'zh','list','申请加入团险需要准备哪些材料？',['business registration',['marketplace sales reports','sales reports'],'product test reports','list of the marketplaces and countries'],'Applicants must provide business registration, marketplace sales reports for the last 12 months, product test reports and a list of the marketplaces and countries where they sell.')
A(Y,'zh','figure','过去两年没出过险的卖家保费能打几折？',['10% premium discount'],ych[1])
A(Y,'zh','place','阳江参保卖家最多的是哪个区？',['Yangdong District'],'Of the 238 sellers in 2024-2025, 41% were based in Yangdong District, 33% in Jiangcheng District, 15% in Yangchun and 11% in Yangxi County.')
A(Y,'zh','reason','为什么一定要按平台实际销售额如实申报？',['claims are paid in proportion to declared sales'],'Declare full marketplace sales, because claims are paid in proportion to declared sales.')
A(Y,'en','figure','How much premium did the Yangjiang group scheme collect in 2024-2025?',['RMB 4.46 million'],y24)
A(Y,'en','figure','How many sellers does Harbourline want to enrol for 2025-2026?',['320 sellers'],'For the 2025-2026 policy year we aim to enrol 320 sellers.')
A(Y,'en','reason','Why did the loss ratio of the knife sellers scheme go down?',yra,yr)
A(Y,'en','reason','why cookware claims still so high in Yangjiang scheme?',['changed handle suppliers'],yc)
A(Y,'en','list','What problems did Harbourline find in the past policy year?',ypa,yp)
A(Y,'en','list','What changes for the 2025-2026 policy year?',ycha,ych)
A(Y,'en','figure','What is the per-claim deductible under the enhanced plan?',['USD 2,500'],'Deductible per claim | USD 1,000 | USD 2,500')
A(Y,'en','figure',"I'm a small knife seller - what's the least I'd pay for the basic plan?",['RMB 6,000'],'Minimum premium per seller | RMB 6,000 | RMB 15,000')
A(Y,'en','figure','How many claims came in during 2024-2025?',['27'],'The scheme handled 27 claims in the 2024-2025 policy year.')
A(Y,'en','figure','On average how long did it take to settle a claim?',['46 days'],'The average time from notice to settlement was 46 days.')
A(Y,'en','yesno','I sell on Mercado Libre in Mexico - is that covered?',['Mexico and Saudi Arabia are added as covered countries under the enhanced plan only'],ych[0])
A(Y,'en','figure','Up to what amount are recall costs covered?',['USD 100,000'],'The enhanced plan also covers legal defence costs outside the limit and product recall expenses up to USD 100,000.')
A(Y,'en','other','How quickly will certificates be issued now?',['within 3 working days'],ych[3])
A(Y,'en','list',"What is Harbourline's advice to sellers?",['batch numbers','safety warnings','within 5 working days','Declare full marketplace sales'],['Keep batch numbers on every carton and in your order records.',"Put safety warnings on the packaging in the buyer's language.",'Tell us about any complaint involving injury within 5 working days.','Declare full marketplace sales, because claims are paid in proportion to declared sales.'])
A(Y,'en','definition','What is a "group scheme" in this insurance notice?',['one master policy that covers many sellers'],'"Group scheme" means one master policy that covers many sellers, each of whom receives a certificate naming the marketplaces and countries covered.')
A(Y,'en','figure','What share of insured sales came from kitchen knives and knife sets?',['56%'],'Kitchen knives and knife sets made up 56% of insured sales, scissors 18%, cookware 16% and outdoor and camping tools 10%.')
A(Y,'en','reason',"Why couldn't some defective batches be traced?",['did not keep batch records'],yp[2])
U('zh','figure','2022-2023保单年度有多少卖家参加阳江团险？')
U('zh','figure','阳春的参保卖家赔付率是多少？')
U('zh','other','阳江这个团险背后是哪家保险公司承保？')
U('en','figure','What loss ratio is Harbourline targeting for 2025-2026?')
U('en','reason','Why do fewer sellers from Yangxi County join the scheme?')
U('en','list','Which marketplaces are named on the scheme certificates?')
U('en','figure','How much premium did the scheme collect in 2022-2023?')

cnt = {'zh': 0, 'en': 0}
with open(os.path.join(HERE, '..', 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for it in ITEMS:
        cnt[it['lang']] += 1
        o = {'id': 'fp9-%s-%03d' % (it['lang'], cnt[it['lang']])}
        o.update(it)
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(ITEMS), cnt)
