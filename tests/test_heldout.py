"""Floors on the held-out sets: invented articles from other provinces and
levels whose gold was written by hand before the extractor first ran on them.

- tests/heldout (12 articles): first measurement, extractor as it was,
  overall lenient 0.867, relations 0.753; after the generic fixes 0.986 / 0.991.
- tests/heldout_fresh (5 articles, written after those fixes as a blind
  check): first measurement 0.881 / 0.722; now 0.992 / 0.976 (names ending in 和,
  then the heldout_blind3 fixes).
- tests/heldout_blind3 (8 articles: a 自治州, a 街道, a 县级市, a 新区, a 盟, a
  northeastern 市辖区, a coastal 开发区, a mountain county), docs and gold
  committed before any run.  First measurement, verbatim (the honest figure):

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     30    29 |   29  1.000  0.967  0.983 |   29  1.000  0.967  0.983
    Company      19    18 |   16  0.889  0.842  0.865 |   18  1.000  0.947  0.973
    Project      21    16 |   12  0.750  0.571  0.649 |   12  0.750  0.571  0.649
    Industry     43    31 |   26  0.839  0.605  0.703 |   28  0.903  0.651  0.757
    Meeting       8    10 |    8  0.800  1.000  0.889 |    8  0.800  1.000  0.889
    Goal         30    15 |   11  0.733  0.367  0.489 |   11  0.733  0.367  0.489
    ------------------------------------------------------------------------
    overall     151   119 |  102  0.857  0.675  0.756 |  106  0.891  0.702  0.785

    Official titles: 40/41 gold titles found = 0.976  (over 29 lenient-matched officials with titles)
    Meeting dates:   7/7 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    27    26 |   26  1.000  0.963  0.981
    signsWith          6     3 |    3  1.000  0.500  0.667
    visits             6     4 |    4  1.000  0.667  0.800
    involves          10    10 |    4  0.400  0.400  0.400
    inIndustry         7     0 |    0      -  0.000  0.000
    partOfSector      15     7 |    7  1.000  0.467  0.636
    setBy             27    13 |   10  0.769  0.370  0.500
    -----------------------------------------------------
    overall           98    63 |   54  0.857  0.551  0.671
    participatesIn role correct: 26/26 = 1.000

  After generic fixes (goals, industries, companies, projects, relations):
  0.980 / 0.984.  Left as judgement calls, not fitted: 翠湖新区 as a Project,
  the 现代化产业体系 and 低空经济全产业链 lines as Goals, 绿色产业 as no Industry.

- tests/heldout_blind4 (8 articles: a 海南 county signing, a 西藏 district
  meeting, a 宁夏 county secretary's visits, a 福建 county-level city's
  推介会, a 江西 district 全会, a 广西 county's 东西部协作 meeting, a 青海
  自治州 signing with a central SOE, a 上海 suburban 镇 business meeting),
  docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     33    32 |   31  0.969  0.939  0.954 |   31  0.969  0.939  0.954
    Company      24    26 |   21  0.808  0.875  0.840 |   23  0.885  0.958  0.920
    Project      29    26 |   17  0.654  0.586  0.618 |   18  0.692  0.621  0.655
    Industry     39    41 |   28  0.683  0.718  0.700 |   29  0.707  0.744  0.725
    Meeting       7     7 |    6  0.857  0.857  0.857 |    7  1.000  1.000  1.000
    Goal         38    24 |   17  0.708  0.447  0.548 |   18  0.750  0.474  0.581
    ------------------------------------------------------------------------
    overall     170   156 |  120  0.769  0.706  0.736 |  126  0.808  0.741  0.773

    Official titles: 47/47 gold titles found = 1.000  (over 31 lenient-matched officials with titles)
    Meeting dates:   5/5 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    25    24 |   24  1.000  0.960  0.980
    signsWith         12     8 |    5  0.625  0.417  0.500
    visits             5     4 |    4  1.000  0.800  0.889
    involves          16     5 |    4  0.800  0.250  0.381
    inIndustry         0     0 |    0      -      -      -
    partOfSector       3     2 |    2  1.000  0.667  0.800
    setBy             26    20 |   12  0.600  0.462  0.522
    -----------------------------------------------------
    overall           87    63 |   51  0.810  0.586  0.680
    participatesIn role correct: 24/24 = 1.000

  (against the gold as first committed; one gold correction since: 习近平 of
  以习近平同志为核心 added as an Official without titles, as dev_06 gold does;
  the same first-run output scores 0.777 / 0.680 against the corrected gold.)
  After generic fixes (setBy outside 据悉/记者了解到 paragraphs, build-lines
  and 做强…产业链 goals, split targets, ranked sites, geographic modifiers in
  industries, project heads and 年产 names, company pairs and 其中-clauses in
  signings, co-partners in involves): 0.956 / 0.935.  Left as judgement
  calls, not fitted: descriptive bases with no proper name (功率半导体封装测试
  基地) as Projects, 区农牧投资公司 as no Company, 医美器械 as no Industry,
  “企业吹哨、部门报到” as no Goal, 确保不发生规模性返贫 as a Goal.

- tests/heldout_blind5 (8 articles: a 黑龙江 county 招商推介 and signing, a
  云南 自治县 集中开工, a 山西 district 政府常务会议, a 新疆 county's 援疆
  visit and 座谈会, a 重庆 区委经济工作会议 with numeric targets, a 甘肃 county
  产业链链长制 推进会, a 天津 街道's enterprise visits, a 吉林 county-level city
  项目观摩), docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     41    39 |   37  0.949  0.902  0.925 |   37  0.949  0.902  0.925
    Company      25    21 |   21  1.000  0.840  0.913 |   21  1.000  0.840  0.913
    Project      29    23 |   17  0.739  0.586  0.654 |   18  0.783  0.621  0.692
    Industry     31    30 |   22  0.733  0.710  0.721 |   22  0.733  0.710  0.721
    Meeting       9    11 |    7  0.636  0.778  0.700 |    9  0.818  1.000  0.900
    Goal         36    23 |   16  0.696  0.444  0.542 |   17  0.739  0.472  0.576
    ------------------------------------------------------------------------
    overall     171   147 |  120  0.816  0.702  0.755 |  124  0.844  0.725  0.780

    Official titles: 47/48 gold titles found = 0.979  (over 37 lenient-matched officials with titles)
    Meeting dates:   5/5 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    37    36 |   32  0.889  0.865  0.877
    signsWith          7     6 |    3  0.500  0.429  0.462
    visits             9     3 |    3  1.000  0.333  0.500
    involves          17     9 |    9  1.000  0.529  0.692
    inIndustry         0     1 |    0  0.000      -  0.000
    partOfSector       9     6 |    6  1.000  0.667  0.800
    setBy             36    23 |   14  0.609  0.389  0.475
    -----------------------------------------------------
    overall          115    84 |   67  0.798  0.583  0.673
    participatesIn role correct: 32/32 = 1.000

  After generic fixes (dotted transliterated names, 链长/党组成员 posts,
  cooperatives as companies, 签订…协议 and 投资…建设 frames for projects, new
  project heads, 以…为重点的 sector lists, 等方面 lists, 做好…文章 / 锚定…目标 /
  办好N件实事 goals, 今年以来 results and company spending as no targets,
  delegation and two-leader visits, the place after 甲公司与, a company's
  某某二期 and 生产线改造 as projects): 0.991 / 0.983.
  Left as judgement calls, not fitted: 岚江半导体封测产业园 and its 二期 as one
  Project, a company visited only as the prefix of a project site as no visit
  (dev_12 counts it, blind3 b08 does not), 参加相关活动 as no attendance,
  推动…两大产业链条延伸、价值提升 as a Goal, 某某焦化余热综合利用改造 (no head
  word) as a Project.

- tests/heldout_blind6 (8 articles: a 河北 county 常委会 studying a provincial
  plenary, a 湖南 district's leaders visiting firms in 深圳, a 四川 county
  乡村振兴 推进会, a 辽宁 开发区 集中签约, a 安徽 county-level city 人代会, a
  陕西 district 民营企业座谈会, a 内蒙古 旗 开工仪式, a 浙江 镇 共同富裕 大会),
  docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     38    38 |   38  1.000  1.000  1.000 |   38  1.000  1.000  1.000
    Company      22    23 |   21  0.913  0.955  0.933 |   22  0.957  1.000  0.978
    Project      25    27 |   20  0.741  0.800  0.769 |   22  0.815  0.880  0.846
    Industry     26    23 |   16  0.696  0.615  0.653 |   17  0.739  0.654  0.694
    Meeting       9    10 |    9  0.900  1.000  0.947 |    9  0.900  1.000  0.947
    Goal         31    20 |   18  0.900  0.581  0.706 |   19  0.950  0.613  0.745
    ------------------------------------------------------------------------
    overall     151   141 |  122  0.865  0.808  0.836 |  127  0.901  0.841  0.870

    Official titles: 56/56 gold titles found = 1.000  (over 38 lenient-matched officials with titles)
    Meeting dates:   5/5 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    35    35 |   35  1.000  1.000  1.000
    signsWith          8     8 |    7  0.875  0.875  0.875
    visits             8     5 |    5  1.000  0.625  0.769
    involves          18    15 |   13  0.867  0.722  0.788
    inIndustry         0     0 |    0      -      -      -
    partOfSector       0     0 |    0      -      -      -
    setBy             31    20 |   19  0.950  0.613  0.745
    -----------------------------------------------------
    overall          100    83 |   79  0.952  0.790  0.863
    participatesIn role correct: 35/35 = 1.000

  After generic fixes (为支柱的 lines and systems, 以及 in lists, lists after a
  development verb, 名区/枢纽/城市 build lines, a clause opening on 打造…基地,
  a date leading a list of targets, a company's own plans as no goals, a
  build-line site as no project, 年产 names after the place or the company as
  one project, names signed for, 分别签约甲和乙, 与开发区签约, two leaders
  split by a comma, contractors of 该项目, 推动全会精神 as no meeting):
  0.990 / 0.990.  Left as judgement calls, not fitted: 加快建设辽东湾先进装备
  制造基地 as a Goal (the rule reads 加快建设…基地 as a site being built),
  建设宜居宜业和美乡村 as a Goal; 大连 in 大连某某有限公司 is lost because
  jieba tags 大连 as an adverb (lenient match only).  (Since blind7 the
  辽东湾 base is read as a Goal by a generic rule: a base named by a region
  and a quality; 0.997 / 0.995.)

- tests/heldout_blind7 (8 articles: a 湖北 district 项目建设“比学赶超”观摩会,
  a 广东 镇 村企结对 signing with villages, a 江苏 county-level city's
  外商投资企业圆桌会, a 贵州 county's 东西部协作 visit and 联席会议, a 海南
  自贸港 park's 集中签约 (a Singapore 私人有限公司), a 山东 county 党代会
  with five-year targets, a 北京 district 科技园 政企座谈会 (研究院有限公司,
  联合实验室), a 河南 county 政银企融资对接会 with banks), docs and gold
  committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     41    37 |   37  1.000  0.902  0.949 |   37  1.000  0.902  0.949
    Company      26    29 |   24  0.828  0.923  0.873 |   26  0.897  1.000  0.945
    Project      25    24 |   21  0.875  0.840  0.857 |   21  0.875  0.840  0.857
    Industry     24    27 |   24  0.889  1.000  0.941 |   24  0.889  1.000  0.941
    Meeting       8     7 |    5  0.714  0.625  0.667 |    7  1.000  0.875  0.933
    Goal         31    25 |   22  0.880  0.710  0.786 |   23  0.920  0.742  0.821
    ------------------------------------------------------------------------
    overall     155   149 |  133  0.893  0.858  0.875 |  138  0.926  0.890  0.908

    Official titles: 54/58 gold titles found = 0.931  (over 37 lenient-matched officials with titles)
    Meeting dates:   4/5 correct = 0.800  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    38    28 |   28  1.000  0.737  0.848
    signsWith         13     8 |    2  0.250  0.154  0.190
    visits            10    18 |   10  0.556  1.000  0.714
    involves          15    12 |   11  0.917  0.733  0.815
    inIndustry         0     0 |    0      -      -      -
    partOfSector       3     3 |    3  1.000  1.000  1.000
    setBy             30    22 |   20  0.909  0.667  0.769
    -----------------------------------------------------
    overall          109    91 |   74  0.813  0.679  0.740
    participatesIn role correct: 28/28 = 1.000

  After generic fixes (posts after a deputy's name, 巡视员 and 人民银行行长,
  a comma before the last post, 圆桌会, 带领 as attendance, bank branches,
  联合实验室 as a project, counted firms as no company, trade names after an
  unknown city, list-to-list and short-form signings, companies with their own
  villages, 与园区管理局, a park's headline, 做大做强 lists, 通道 lines,
  发展格局, bottom lines, running totals, subjectless reach clauses, a
  report's requirement over its ；-list, no visit carried past 会上, a
  company naming a project site as no stop, dash-joined place pairs, a
  day-only date, a region-and-quality base as a goal): 0.994 / 0.995.
  Left as judgement calls, not fitted: 鲁西南区域物流中心 (an item of
  “一中心两基地”) as no Project; “工业进园、农业连片” (a 据了解 paragraph) as
  a Goal without setBy; 燕云研究院 named only as 该院 as a party to the lab
  (no anaphora rule for 该院); banks that lend to a project as no party to it;
  a list-to-list signing read as every pair.

- tests/heldout_blind8 (8 articles: a 福建 侨乡 county's 侨商投资恳谈会, a
  江西 革命老区 county's 红色文旅 signing, a 广西 border county's 口岸经济
  推进会 (a date given as 次日), a 山西 resource city's 转型发展大会 with
  “双千亿” and numeric targets, a 湖南 county secretary visiting firms as 链长
  and a 座谈会 the same afternoon, a 天津 开发区 signing with a listed 股份有限公司
  (证券简称), a 云南 自治州 州委全会, a 浙江 county's 数字经济“一号发展工程”
  推进会), docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     35    35 |   35  1.000  1.000  1.000 |   35  1.000  1.000  1.000
    Company      18    18 |   16  0.889  0.889  0.889 |   16  0.889  0.889  0.889
    Project      20    19 |   13  0.684  0.650  0.667 |   14  0.737  0.700  0.718
    Industry     32    29 |   26  0.897  0.812  0.852 |   26  0.897  0.812  0.852
    Meeting       9    11 |    9  0.818  1.000  0.900 |    9  0.818  1.000  0.900
    Goal         34    32 |   22  0.688  0.647  0.667 |   26  0.812  0.765  0.788
    ------------------------------------------------------------------------
    overall     148   144 |  121  0.840  0.818  0.829 |  126  0.875  0.851  0.863

    Official titles: 43/44 gold titles found = 0.977  (over 35 lenient-matched officials with titles)
    Meeting dates:   7/9 correct = 0.778  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    34    32 |   32  1.000  0.941  0.970
    signsWith          6     5 |    4  0.800  0.667  0.727
    visits             4     4 |    3  0.750  0.750  0.750
    involves           9     9 |    7  0.778  0.778  0.778
    inIndustry         0     1 |    0  0.000      -  0.000
    partOfSector       3     3 |    3  1.000  1.000  1.000
    setBy             34    30 |   25  0.833  0.735  0.781
    -----------------------------------------------------
    overall           90    84 |   74  0.881  0.822  0.851
    participatesIn role correct: 32/32 = 1.000

  After generic fixes (a 州委N届M次全会 short form, 子公司 and 上市公司 in
  company names, 铸造 inside names, 条产业链 counted lists, 非X产业,
  工程机械/高端装备/跨境物流 vocabulary, 万人次 targets, 培育壮大…产业链 and
  …两大支柱产业 lines, a bare 打造…产业集群, 谱写…篇章, 由“甲”向“乙”转变,
  a company head's words and a site's plan as no goals, 合作区/陆港/古镇
  heads, a ceremony's batch as no project, 作具体部署 as speaking, 抓好会议
  as no meeting, the zone an among-clause names, 次日/当天 dates, a phase
  before 项目 and what a company 投资建设的, 甲至乙 roads, departments with 和
  inside (发展和改革委员会), another official speaking ending a visit):
  0.954 / 0.950.  Left as judgement calls, not fitted: the method slogans
  “以侨引侨、以侨引外” and “主机带配套、配套强主机” as no Goals (the rule reads a
  quoted parallel line after 坚持 as a line); a meeting's theme
  “侨连四海·共兴泉溪” as no Goal; 以咖啡、茶叶…为重点的高原特色农业 as no Goal;
  口岸经济 as an Industry; 煤炭产业 (in a statistic) as no Industry; signing
  with 县人民政府 read as the county; 做大做强…三大主导产业 is no Goal in
  tests/heldout h03 while …两大支柱产业 is one here (only 支柱产业 was added).

- tests/heldout_blind9 (8 articles: a 江苏 county-level city's 政府工作报告
  with 一是/二是 work lines, a 广东 district's 百千万工程 推进会, a 河北 county's
  集中签约 with 云签约, a 湖北 district's 校地合作 three-party signing (a
  university, an industrial institute, a firm), a 上海 district's 集中开工 with
  many firms and projects in one list, a 四川 自治县's 文旅项目观摩推进会 with
  several stops, a 山东 district secretary's delegation visiting firms in
  another province, a 黑龙江 county's 农业产业化 and 粮食精深加工 推进会), docs
  and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     39    39 |   39  1.000  1.000  1.000 |   39  1.000  1.000  1.000
    Company      27    26 |   26  1.000  0.963  0.981 |   26  1.000  0.963  0.981
    Project      31    27 |   24  0.889  0.774  0.828 |   24  0.889  0.774  0.828
    Industry     19    22 |   14  0.636  0.737  0.683 |   15  0.682  0.789  0.732
    Meeting       7     7 |    7  1.000  1.000  1.000 |    7  1.000  1.000  1.000
    Goal         45    27 |   26  0.963  0.578  0.722 |   26  0.963  0.578  0.722
    ------------------------------------------------------------------------
    overall     168   148 |  136  0.919  0.810  0.861 |  137  0.926  0.815  0.867

    Official titles: 52/52 gold titles found = 1.000  (over 39 lenient-matched officials with titles)
    Meeting dates:   6/7 correct = 0.857  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    34    31 |   31  1.000  0.912  0.954
    signsWith          8     8 |    8  1.000  1.000  1.000
    visits             6     4 |    4  1.000  0.667  0.800
    involves          19    16 |   15  0.938  0.789  0.857
    inIndustry         0     0 |    0      -      -      -
    partOfSector       3     0 |    0      -  0.000  0.000
    setBy             43    25 |   24  0.960  0.558  0.706
    -----------------------------------------------------
    overall          113    84 |   82  0.976  0.726  0.832
    participatesIn role correct: 31/31 = 1.000

  After generic fixes (a page's header stamp line not glued to the body's
  first date, a work plan's 一是/二是 lines as targets, 年内 and a speaker's 要
  as target cues, the place before 力争, quoted “…发展工程” programmes, “…”定位,
  集聚区 aims, 涵盖…在内的 systems and sector lists, capacity-led project
  names (200兆瓦…), brackets and 及 inside names, a phase listed next to a
  named project, 露营/研学 bases, 获批 titles and counted headlines as no
  projects, 岭南/江南 as trade qualities, facilities and ratios after a
  taxonomy word, 创意 in company names, 率观摩组 leading and attending,
  joiners of a visit not ending it, an observation meeting's 总结会, 主持开幕会,
  a zone that signs as no project of the company): 0.979 / 0.982.
  Left as judgement calls, not fitted: 做强…三大主导产业 and …三大特色产业 as
  Goals (tests/heldout h01, h03 and h11 gold count none, blind8 counts
  …两大支柱产业; the rule follows the older sets); 力争…项目60个以上、到位资金80亿元
  split in two (tests/heldout h05 keeps the pair as one goal; the rule does);
  加快建设宜居宜业和美乡村 as a Goal (as blind6); 农产品加工业 named only in a
  target as no Industry; 文旅 before 项目 (文旅项目观摩) as no Industry (a
  rule for it costs the seeds' inIndustry); 苏岚纳米城 (a park with the head 城)
  as a Project.

- tests/heldout_blind10 (8 articles: a 浙江 district's 企业家座谈会 where
  company chairmen speak, a 陕西 开发区 管委会主任's site visits (stops,
  problems, targets), a 贵州 州 数字经济 推进大会 with three sector lists, an
  安徽 district's 新能源汽车 产业链 推介会 held in 深圳, a 内蒙古 旗 并网仪式,
  a 福建 district 人大常委会 session (任免, reports), a 重庆 district's 三季度
  经济运行分析会 with a dash list of targets, a 江西 county's 返乡创业 座谈会
  and signing in 公众号 style), docs and gold committed before any run.
  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     37    32 |   32  1.000  0.865  0.928 |   32  1.000  0.865  0.928
    Company      24    24 |   23  0.958  0.958  0.958 |   24  1.000  1.000  1.000
    Project      23    20 |   17  0.850  0.739  0.791 |   17  0.850  0.739  0.791
    Industry     36    29 |   26  0.897  0.722  0.800 |   27  0.931  0.750  0.831
    Meeting       7     6 |    5  0.833  0.714  0.769 |    5  0.833  0.714  0.769
    Goal         24    17 |   17  1.000  0.708  0.829 |   17  1.000  0.708  0.829
    ------------------------------------------------------------------------
    overall     151   128 |  120  0.938  0.795  0.860 |  122  0.953  0.808  0.875

    Official titles: 43/44 gold titles found = 0.977  (over 32 lenient-matched officials with titles)
    Meeting dates:   4/5 correct = 0.800  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    31    22 |   22  1.000  0.710  0.830
    signsWith          8     7 |    3  0.429  0.375  0.400
    visits             4     3 |    3  1.000  0.750  0.857
    involves          16    11 |    8  0.727  0.500  0.593
    inIndustry         0     0 |    0      -      -      -
    partOfSector      13     4 |    4  1.000  0.308  0.471
    setBy             20    11 |    9  0.818  0.450  0.581
    -----------------------------------------------------
    overall           92    58 |   49  0.845  0.533  0.653
    participatesIn role correct: 22/22 = 1.000

  (against the gold as first committed; one gold correction since: r02's
  年产20GW光伏组件项目 given its fullest name, with the company before it, as
  GUIDE.md asks and r07 of the same set does; the same first-run output scores
  0.882 / 0.667 against the corrected gold.)
  After generic fixes (page stamp lines kept apart from the body, 并网仪式 and
  分析会 meetings, 第N次会议 as the session's short form, a first post then a
  comma then a 、-chain, 旗领导 and two-character Mongolian names, 任命/免去
  lists, a zone after 与 as the signing party, a zone's 管委会 signing, a
  prefecture as the article's place, the place after 与 in 人民政府, 入驻协议,
  a 、-list of firms after a project, X业，重点发展 sector lists, 软件和信息技术
  服务业 whole, bodies named after an industry, X产业 aliased to X, dash lists
  of targets after 目标：, deadlines for a whole class of works, 集聚区 aims,
  company-built frames, 联合研发中心/分拨中心 heads, 该项目 three sentences on,
  a parent and its subsidiary, a company head's 集团将…启动某某项目):
  1.000 / 0.995.  Left as judgement calls, not fitted: a company visited at
  its project site as a visit (blind5 and blind7 read it as no stop; here the
  gold counts it, the rule does not); 滨岚区东湖村股份经济合作社 as a Company
  (the text lists it among 企业; the rules agree).

- tests/heldout_blind11 (8 articles aimed at precision, genres where much of
  the text is no entity and many people are no officials: a 湖北 district's
  理论学习中心组 session with a professor lecturing, a 浙江 district 政协
  专题协商议政会 with entrepreneurs who are 政协委员, a 河南 county 警示教育大会,
  a 陕西 高新区 signing with 院士 teams (研究院, 院士工作站, 创业园), a 江苏
  district's delegation to German and Japanese firms (an English name in
  brackets, 株式会社), a 重庆 district's 区属国企改革 推进会 (平台公司 merged
  into groups), an 安徽 镇's 乡村振兴 story with 村党支部书记 and 驻村第一书记,
  a 山东 开发区 百日攻坚 比拼 with a ranked list of projects; every page with
  its furniture: 来源/编辑/审核 lines, 【字体：大 中 小】, 分享到, photo captions),
  docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     37    36 |   34  0.944  0.919  0.932 |   34  0.944  0.919  0.932
    Company      20    25 |   19  0.760  0.950  0.844 |   19  0.760  0.950  0.844
    Project      15    16 |   12  0.750  0.800  0.774 |   12  0.750  0.800  0.774
    Industry     16    18 |   13  0.722  0.812  0.765 |   13  0.722  0.812  0.765
    Meeting      10     9 |    5  0.556  0.500  0.526 |    7  0.778  0.700  0.737
    Goal         23    13 |   10  0.769  0.435  0.556 |   12  0.923  0.522  0.667
    ------------------------------------------------------------------------
    overall     121   117 |   93  0.795  0.769  0.782 |   97  0.829  0.802  0.815

    Official titles: 49/49 gold titles found = 1.000  (over 34 lenient-matched officials with titles)
    Meeting dates:   2/4 correct = 0.500  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    33    13 |   10  0.769  0.303  0.435
    signsWith          3     4 |    2  0.500  0.667  0.571
    visits             3     0 |    0      -  0.000  0.000
    involves          10    10 |    7  0.700  0.700  0.700
    inIndustry         0     0 |    0      -      -      -
    partOfSector       0     0 |    0      -      -      -
    setBy             22     6 |    4  0.667  0.182  0.286
    -----------------------------------------------------
    overall           71    33 |   23  0.697  0.324  0.442
    participatesIn role correct: 10/10 = 1.000

  (against the gold as first committed; one gold correction since: the named
  zones 渭川高新区, 昆澜高新区 and 潍川经济开发区 added as Projects, as GUIDE's
  "park" and every earlier gold file have them; the same first run scores
  0.830 / 0.442 against the corrected gold.)
  After generic fixes (a page stamp or source line closes its line, 理论学习
  中心组 naming its session, 百日 and 层次 inside meeting names, 议政会/协商会,
  党的 before a central plenary, a 政协 seat or a count of 委员 as no post,
  队长 posts, 随团 after a name, counted and kind-of companies (4家集团,
  平台公司), 株式会社 before a name and its short form, a group named again
  without its country, targets split at their own period or a people count
  (名), unquoted 推动…向…转型 lines, 把某镇建成…, an anchored quoted target,
  officials going along (随团/陪同) keeping the leader's visit, a company as a
  sentence's subject as no stop, 举办的“…” as held, 到会 as attending, a place
  word two companies share as no short form, a team's signing and what is set
  up (共建…研究院) as no place signing, a zone after 与…签约 as the party, no
  involves across a ；-clause, 依托 a park, a 、-list of projects after their
  company, 承接, 创业园/院士工作站 heads, 服务 before 综合体, a bare 等领域 list
  of non-industries, numbered 一企一业 lines, 高山 as a qualifier, what counted
  industries turn into): 0.971 / 0.971.  Left as judgement calls, not fitted:
  持续实施“某某英才计划” and “百日攻坚”行动 (a running campaign by the rule) as
  Goals; 大力发展…三大特色产业 as a Goal (tests/heldout h03 has the like as
  none); 年底前全面完成融资平台退出工作 as a Goal; 市纪委全会 of “省、市纪委全会
  精神” as no Meeting (the seeds gold counts a bare 市委全会, so the extractor's
  reading has support); a 茶叶精深加工 project as of the 高山茶 industry.
  Still weak: a name followed by a verb jieba does not know (某某算起了…) is
  read with the verb.

- tests/heldout_blind15 (8 articles: a 吉林 city's 中央生态环境保护督察 整改推进会
  (no companies, many goals and deadlines), a 甘肃 county's 农产品区域公用品牌
  发布会 (brands in quotes as aliases of firms and a 合作社), a 辽宁 开发区's
  标准地 / 拿地即开工 ceremony, a 黑龙江 city's 校园引才 event (universities, a
  vice-president, professors who are no officials), a 云南 city's 城中村改造 push
  with a 城投 group and 片区 projects, a 宁夏-style 一网通办 piece (few entities),
  a 新疆 综合保税区 跨境电商产业园 opening with tenant firms, a 江西 county's
  招商专班 trip to 长三角 over three days), docs and gold committed before any
  run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     25    25 |   24  0.960  0.960  0.960 |   25  1.000  1.000  1.000
    Company      23    23 |   22  0.957  0.957  0.957 |   22  0.957  0.957  0.957
    Project      16    14 |   13  0.929  0.812  0.867 |   14  1.000  0.875  0.933
    Industry     15    15 |   14  0.933  0.933  0.933 |   14  0.933  0.933  0.933
    Meeting       7     9 |    7  0.778  1.000  0.875 |    7  0.778  1.000  0.875
    Goal         24    20 |   17  0.850  0.708  0.773 |   17  0.850  0.708  0.773
    ------------------------------------------------------------------------
    overall     110   106 |   97  0.915  0.882  0.898 |   99  0.934  0.900  0.917

    Official titles: 40/40 gold titles found = 1.000  (over 25 lenient-matched officials with titles)
    Meeting dates:   6/7 correct = 0.857  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    23    20 |   19  0.950  0.826  0.884
    signsWith          8     7 |    4  0.571  0.500  0.533
    visits             4     4 |    4  1.000  1.000  1.000
    involves          13    10 |   10  1.000  0.769  0.870
    inIndustry         0     1 |    0  0.000      -  0.000
    partOfSector       3     3 |    3  1.000  1.000  1.000
    setBy             18     9 |    7  0.778  0.389  0.519
    -----------------------------------------------------
    overall           69    54 |   47  0.870  0.681  0.764
    participatesIn role correct: 19/19 = 1.000

  (against the gold as first committed; one gold correction since: signsWith
  between two firms written A->B for 甲与乙签订, as every earlier set's gold has
  it (GUIDE.md is silent on direction, the blind gold had three pairs reversed);
  the same first-run output scores 0.917 / 0.797 against the corrected gold.)
  After generic fixes (a dotted name whose last part reads as a verb (买买提出席),
  brand words jieba tags as verbs inside firm names (优选), ceremony kinds alone
  (开园仪式) generic, an occasion officials 出席 is held and takes the paragraph
  lead's date, a headline form with the quoted theme first, 保持/建成 targets and
  套/台/辆 amounts, a whole task to finish by a year, 建设美丽X of the place itself,
  a policy's grants no target, a goal after 某某在致辞中表示, a government before
  a firm its party, a subjectless second signing clause and its project, 施工协议
  and 落户 framing projects, a Latin word before a space in a project name, a
  jieba-split first list item (寒|地|生物), a trade inside a meeting name no
  visit topic): 0.982 / 0.978.  Left as judgement calls, not fitted: 深入打好
  蓝天、碧水、净土保卫战 as a Goal (this gold counts it; blind8 and blind10 gold do
  not count 打好…攻坚战 lines); “北江英才计划” as a Goal (a named talent
  programme); 将数字政府建设作为…“一号改革工程” and 推动政务服务由“能办”向“好办”转变
  (the rules find them; earlier gold counts 把X作为“一号工程”, this gold did not);
  a narrator's 力争… in the event report as set by the event (the rules link it).

- tests/heldout_blind16 (8 documents in layouts other than web news: a 政府公报
  page as a PDF gives it (lines wrapped every 18-22 characters, — 3 — and the
  running header 某某区人民政府公报 2024年第5期 inside the text, a 任免 list), a
  报纸版面 with two 本报讯 articles, a county government's 常务会议纪要 (会议时间：/
  主持人：/出席人员：/列席人员： fields, 议定事项 一、二、三), a district secretary's
  讲话稿 (在…大会上的讲话 / speaker line / （date）, 同志们：, 一要…二要…), a town's
  工作总结 (一、（一） headings, many figures), a city's 招商项目手册 (项目名称：/
  建设内容：/投资估算：/合作方式：/联系人：, four projects), a release with 编者按
  and 图为… captions between its paragraphs, a 领导之窗 page (résumé 历任…现任…,
  工作分工)), docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     20    13 |   13  1.000  0.650  0.788 |   13  1.000  0.650  0.788
    Company      11    11 |   10  0.909  0.909  0.909 |   11  1.000  1.000  1.000
    Project      15    19 |   15  0.789  1.000  0.882 |   15  0.789  1.000  0.882
    Industry     15    14 |   13  0.929  0.867  0.897 |   13  0.929  0.867  0.897
    Meeting       4     4 |    3  0.750  0.750  0.750 |    3  0.750  0.750  0.750
    Goal         25    12 |    9  0.750  0.360  0.486 |   10  0.833  0.400  0.541
    ------------------------------------------------------------------------
    overall      90    73 |   63  0.863  0.700  0.773 |   65  0.890  0.722  0.798

    Official titles: 17/17 gold titles found = 1.000  (over 13 lenient-matched officials with titles)
    Meeting dates:   2/3 correct = 0.667  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    11     4 |    4  1.000  0.364  0.533
    signsWith          3     3 |    3  1.000  1.000  1.000
    visits             4     2 |    2  1.000  0.500  0.667
    involves           7     6 |    6  1.000  0.857  0.923
    inIndustry        10     0 |    0      -  0.000  0.000
    partOfSector       2     2 |    2  1.000  1.000  1.000
    setBy             18     7 |    5  0.714  0.278  0.400
    -----------------------------------------------------
    overall           55    24 |   22  0.917  0.400  0.557
    participatesIn role correct: 4/4 = 1.000

  (against the gold as first committed; one gold correction since: two goal
  names keep the comma the text has (到2026年，全区…), as GUIDE.md says names are
  written as in the text and earlier gold does; the same first-run output scores
  0.822 / 0.608 against the corrected gold.)  After generic fixes (a form-field
  line after a field line stands alone and a contact's 电话 field ends a name;
  PDF page numbers and the running header beside them dropped; a 任命 list runs
  on over ；; a résumé paragraph gives its person the 现任 and 历任 posts; a
  minutes title line names the meeting, its 会议时间： field dates it and its
  主持人/出席人员/列席人员 fields give the roles; a printed speech dates its
  meeting from the bracketed date under the title and its speaker speaks there;
  全区X is the same meeting as 某某区X; a speech's numbered 一要/二要 rules its
  amounts like 要, and 压减 is a target predicate; a list heading 一、某某类 files
  the projects under it, 先进制造 in the taxonomy; 抓实 before 项目 ends a project
  name on its left): 0.907 / 0.809.  Still weak:
  inIndustry from a subheading sentence (（一）壮大新能源装备产业。) and from a
  业态 clause after the project (4 of 10 found); goals without a cue word
  in a list after a target (营商环境评价进入全省第一方阵, 培育形成…产业集群) and
  打造一流政务服务环境-style lines after 一要; 确保…6月底前完成… without 全部;
  经开区 read as a project; a companion's 参加调研 in a sentence of its own.
  Judgement calls, not fitted: a meeting's setBy for the targets of a plan it
  approved (研究同意 the 行动方案); 通报 of an assessment as speaksAt; 历任 posts
  counted as titles (GUIDE: every post the text gives).  A call of this gold
  that earlier gold makes the other way: 岚州经开区 / 渭宁经开区 (a development
  zone named in passing) are not in it, while earlier sets count zones as
  Projects; the rules find them (2 of the 3 Project false positives), left as is.

- tests/heldout_blind13 (8 articles aimed at hard structures rather than new
  topics: a 河南 district meeting with a long 出席会议的还有 list (posts chained
  and shared: 区委常委、副区长甲、乙), a 四川 county's 县领导活动 roundup over three
  days (次日, 当天下午, several meetings), a 江苏 county signing with a central
  SOE, a provincial SOE and a private firm each given a 简称 and later named by it
  only, a 湖北 district's 重点项目清单 (numbered items, 建设内容/总投资/建设单位), a
  广东 city's 招商引资考核通报 ranking 镇/街道, a 山东 区委全会公报, a 四川 街道's
  党建引领 community-governance meeting (社区党委书记), an 安徽 provincial leader
  visiting firms with the county secretary 陪同), docs and gold committed before
  any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     42    42 |   42  1.000  1.000  1.000 |   42  1.000  1.000  1.000
    Company      18    19 |   17  0.895  0.944  0.919 |   18  0.947  1.000  0.973
    Project      27    30 |   24  0.800  0.889  0.842 |   24  0.800  0.889  0.842
    Industry     27    27 |   26  0.963  0.963  0.963 |   26  0.963  0.963  0.963
    Meeting      10     9 |    9  1.000  0.900  0.947 |    9  1.000  0.900  0.947
    Goal         31    23 |   19  0.826  0.613  0.704 |   20  0.870  0.645  0.741
    ------------------------------------------------------------------------
    overall     155   150 |  137  0.913  0.884  0.898 |  139  0.927  0.897  0.911

    Official titles: 60/60 gold titles found = 1.000  (over 42 lenient-matched officials with titles)
    Meeting dates:   6/8 correct = 0.750  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    38    40 |   37  0.925  0.974  0.949
    signsWith          4     2 |    1  0.500  0.250  0.333
    visits             4     4 |    4  1.000  1.000  1.000
    involves          14     6 |    4  0.667  0.286  0.400
    inIndustry         0     0 |    0      -      -      -
    partOfSector       5     2 |    2  1.000  0.400  0.571
    setBy             24    19 |   15  0.789  0.625  0.698
    -----------------------------------------------------
    overall           89    73 |   63  0.863  0.708  0.778
    participatesIn role correct: 37/37 = 1.000


  (against the gold as first committed; one gold correction since: 01's
  确保上半年实现“双过半” added as a Goal set by the meeting, as tests/heldout h06
  and blind4 c05 gold count “双过半”/“开门红”; the same first-run output scores
  0.915 / 0.785 against the corrected gold.)
  After generic fixes (a company named again by its bracketed 简称, 合资公司 as no
  company, bracketed signer lists, a numbered project item naming its builder
  sentences on, 公司投资…建设的, a bank paired with a firm no signer with the place,
  核心区 build lines, 聚焦/紧扣…目标, 加快培育…产业集群 and counted 新兴产业,
  quoted …计划, 推进X强省建设, targets inside 对标…的目标, a place's 今年将 plans, a
  company's own site as no goal, 培训班/开班式 meetings, a roundup paragraph that
  moves on to a visit leaving the meeting, 联合|city, 汽车电子, a list filed under
  the sector its projects are counted in, 新签约…项目N个 as no signing, a bracketed
  adoption note and 全体会议，于…召开 dates, 次日 after a date heading, a park
  inside a zone, 和 closing a 、-list, measured buildings, 封装/测试 in plant
  names, the parts a 建设内容： line lists): 0.994 / 0.983.  Left as judgement
  calls, not fitted: 做强…三大主导产业 as a Goal (this gold counts it per GUIDE.md, tests/heldout
  h01/h03/h11 do not, the rule follows the older sets); 沭岚基地 as an alias of
  the 5GW project (the rules keep it a project of its own); a park named after a
  company (川岚食品调味品产业园) as no involves (the rules read the prefix as the
  owner).

- tests/heldout_blind12 (8 articles: a 新华网 feature on a 河北 county's
  管道装备 cluster (no meeting), a 广西 city's 推介会 in 香港 with 港资 firms,
  a 湖南 county's 营商环境大会 commending 纳税十强 firms, a 四川 district's
  政府工作报告 in 图解 style, a 江苏 开发区 政企恳谈会 where department heads
  answer firms, an 安徽 county's 以商招商 meeting with 异地商会, a 贵州 town's
  茶旅小镇, a 山东 district's 科技成果转化对接会 with universities and labs),
  docs and gold committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     33    30 |   30  1.000  0.909  0.952 |   30  1.000  0.909  0.952
    Company      29    29 |   27  0.931  0.931  0.931 |   27  0.931  0.931  0.931
    Project      35    26 |   21  0.808  0.600  0.689 |   25  0.962  0.714  0.820
    Industry     29    31 |   27  0.871  0.931  0.900 |   27  0.871  0.931  0.900
    Meeting       7    11 |    6  0.545  0.857  0.667 |    7  0.636  1.000  0.778
    Goal         36    21 |   16  0.762  0.444  0.561 |   17  0.810  0.472  0.596
    ------------------------------------------------------------------------
    overall     169   148 |  127  0.858  0.751  0.801 |  133  0.899  0.787  0.839

    Official titles: 42/42 gold titles found = 1.000  (over 30 lenient-matched officials with titles)
    Meeting dates:   6/7 correct = 0.857  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    31    28 |   28  1.000  0.903  0.949
    signsWith         10    14 |   10  0.714  1.000  0.833
    visits             5     5 |    5  1.000  1.000  1.000
    involves          19    14 |   12  0.857  0.632  0.727
    inIndustry         0     0 |    0      -      -      -
    partOfSector       0     0 |    0      -      -      -
    setBy             32    19 |   11  0.579  0.344  0.431
    -----------------------------------------------------
    overall           97    80 |   66  0.825  0.680  0.746
    participatesIn role correct: 28/28 = 1.000

  After generic fixes (a quoted term inside a meeting name, headline short
  forms 政企恳谈会 and 某市（香港）招商推介会, 会议展览中心 as a venue, 回应/答复
  ending a name and as speaking, 署长 posts, banks and their branches, 像…这样,
  a bank's 简称 in brackets, provincial labs as no company, 甲银行向乙公司授信 in
  an among-clause, a half-width ; after a rate, 今年将 + a doing verb, running
  totals after a cue, a work plan led by its year, 一流…县 / 产业新城 /
  把X打造成为省级特色小镇 / …核心区 lines, 签约共建 and 与学院共建 frames,
  企业新上的, 正极材料 inside a name, an item after a named project in a
  、-list, 临港经济区/医疗城/智造港/博园/文化街/检验检测中心 heads, platforms a
  place 建成了, a site opening a longer project name, 某某集团 for a group named
  by place and trade words, 签约仪式后 as a time, a firm signing with a
  university, a firm's own project after 公司/企业/集团还将, fields a product
  覆盖, 现代化产业 as generic): 0.976 / 0.959.
  Left as judgement calls, not fitted: 加快建设现代化产业体系 and 做大做强…三大主导
  产业 as Goals (blind3 and blind9 left the same lines unfitted); “一号工程”
  (the rules read the nickname as a work-style slogan) and 打造“某某办”政务服务
  品牌 as Goals; the method slogans “以商招商、以企引企” and “企业有呼、政府必应”
  as no Goals (blind8 left the same class); 以“茶产业+文旅”为主线 and
  为成岭建设国家中心城市作出更大贡献 as no Goals in this gold, though the rules'
  set-as and contributes lines (fitted to earlier gold) read them as Goals.

- tests/heldout_blind14 (8 articles in genres of their own: a 吉林 district's
  新闻发布会 transcript (发布人 statement, then 记者 questions each answered by
  name), a newspaper 专访 of a 宁夏 县委书记 in 问/答 form, a 甘肃 county's 公众号
  post (emoji, full-width digits, ▶/■ bullets), a 港澳 report in traditional
  characters on a 大湾区 signing, a 青海 乡镇党委书记 述职 report, a 辽宁 county's
  双招双引 monthly 通报 with a ｜-separated project table, a 云南 政协 调研报告
  excerpt, a 海南 county's 简讯 roundup of five dated items), docs and gold
  committed before any run.  First measurement, verbatim:

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     14    13 |   11  0.846  0.786  0.815 |   11  0.846  0.786  0.815
    Company      15    16 |   14  0.875  0.933  0.903 |   14  0.875  0.933  0.903
    Project      26    25 |   17  0.680  0.654  0.667 |   17  0.680  0.654  0.667
    Industry     21    19 |   14  0.737  0.667  0.700 |   16  0.842  0.762  0.800
    Meeting       5     5 |    5  1.000  1.000  1.000 |    5  1.000  1.000  1.000
    Goal         13    13 |    7  0.538  0.538  0.538 |   10  0.769  0.769  0.769
    ------------------------------------------------------------------------
    overall      94    91 |   68  0.747  0.723  0.735 |   73  0.802  0.777  0.789

    Official titles: 16/16 gold titles found = 1.000  (over 11 lenient-matched officials with titles)
    Meeting dates:   4/4 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn     7     6 |    5  0.833  0.714  0.769
    signsWith          6     5 |    2  0.400  0.333  0.364
    visits             1     1 |    1  1.000  1.000  1.000
    involves          14    17 |    9  0.529  0.643  0.581
    inIndustry         0     0 |    0      -      -      -
    partOfSector       0     0 |    0      -      -      -
    setBy              4     5 |    3  0.600  0.750  0.667
    -----------------------------------------------------
    overall           32    34 |   20  0.588  0.625  0.606
    participatesIn role correct: 5/5 = 1.000

  (against the gold as first committed; three gold corrections since, none
  fitted to a rule: 04's names, titles and signing place also in the simplified
  forms, since the documented clean-up converts a traditional article (kg/clean.py)
  and GUIDE.md writes names "as in the text after clean-up"; 沙泉枸杞产业研究院 a
  Company, GUIDE.md's "industrial institute"; 06's table items named with their
  company in front, the fullest form, as tests/heldout h05's gold does.  The same
  first-run output scores 0.908 / 0.758 against the corrected gold.)
  After generic fixes (a bulleted or list-numbered line opens an item of its own
  instead of being rejoined as a wrapped line, 专访/——访 ending a title on its
  left and 本报 a name, 回答 as speaking, a roundup item opening on another day
  leaving the last meeting, a zone's own 签约仪式 making it the article's place,
  全县 no place name, bulleted firms after a signing count signing like 其中
  clauses, 创业港/交易中心 heads, 再制造 inside a name, 到 glued to a name's
  first word, 主体工程 of a phase no project, 引进甲、乙等项目 of common words no
  names, a best-of quoted place after 打造, ordinals and 下一步 off a target, 1—N月
  as the year so far, 今年，我们还将新建… as a target, the scope off a counted
  list, four taxonomy words, a 据悉 paragraph behind an emoji as background):
  0.984 / 0.970.  Left as judgement calls, not fitted: 综合产值突破80亿元 kept
  inside the one 力争到2027年… target (tests/heldout h03 gold joins such clauses;
  the rules split at the comma); 走出一条高质量发展的新路子 as no Goal (the
  rules' new-road line, fitted to earlier gold, reads it as one); 已签约 in a
  table's status column as no signing (the rules read a signing with the county).
  Still weak: 打造大湾区西岸科技创新高地 after a comma (a bare 打造…高地 line costs
  the seeds a false 高成长服务业高地, so it stays unread).

The floors sit just under the current figures, so a rule change that loses
generality shows here first.  No dependency on /work/shared."""
from pathlib import Path

import pytest

from kg.evaluate import evaluate
from kg.output import write_outputs
from kg.pipeline import build_from_paths

TESTS = Path(__file__).parent

# set -> (number of articles, lenient entity F1 floors, relation F1 floors)
FLOORS = {
    "heldout": (12,
                {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.93,
                 "Meeting": 0.97, "Goal": 0.94, "overall": 0.96},
                {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                 "inIndustry": 0.97, "partOfSector": 0.97, "setBy": 0.94, "overall": 0.97}),
    "heldout_fresh": (5,
                      {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                       "Meeting": 0.97, "Goal": 0.88, "overall": 0.97},
                      {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.7,
                       "inIndustry": 0.97, "partOfSector": 0.97, "setBy": 0.85, "overall": 0.94}),
    "heldout_blind3": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.93, "Industry": 0.95,
                        "Meeting": 0.97, "Goal": 0.94, "overall": 0.96},
                       {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                        "inIndustry": 0.8, "partOfSector": 0.97, "setBy": 0.96, "overall": 0.97}),
    # (no inIndustry in this set's gold: nothing to floor)
    "heldout_blind4": (8,
                       {"Official": 0.97, "Company": 0.94, "Project": 0.87, "Industry": 0.94,
                        "Meeting": 0.97, "Goal": 0.92, "overall": 0.94},
                       {"participatesIn": 0.97, "signsWith": 0.9, "visits": 0.97, "involves": 0.75,
                        "partOfSector": 0.97, "setBy": 0.92, "overall": 0.92}),
    # (no inIndustry in this set's gold either)
    "heldout_blind5": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.94, "Industry": 0.97,
                        "Meeting": 0.97, "Goal": 0.95, "overall": 0.97},
                       {"participatesIn": 0.95, "signsWith": 0.97, "visits": 0.92, "involves": 0.95,
                        "partOfSector": 0.97, "setBy": 0.95, "overall": 0.96}),
    # (no inIndustry or partOfSector in this set's gold)
    "heldout_blind6": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.95, "Industry": 0.97,
                        "Meeting": 0.97, "Goal": 0.94, "overall": 0.97},
                       {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                        "setBy": 0.94, "overall": 0.97}),
    # (no inIndustry in this set's gold)
    "heldout_blind7": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.95, "Industry": 0.97,
                        "Meeting": 0.97, "Goal": 0.95, "overall": 0.97},
                       {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.94,
                        "partOfSector": 0.97, "setBy": 0.97, "overall": 0.97}),
    # (no inIndustry in this set's gold)
    "heldout_blind8": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.86, "Industry": 0.93,
                        "Meeting": 0.97, "Goal": 0.89, "overall": 0.94},
                       {"participatesIn": 0.97, "signsWith": 0.88, "visits": 0.97, "involves": 0.92,
                        "partOfSector": 0.97, "setBy": 0.89, "overall": 0.93}),
    # (no inIndustry in this set's gold)
    "heldout_blind9": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.96, "Industry": 0.93,
                        "Meeting": 0.97, "Goal": 0.93, "overall": 0.96},
                       {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                        "partOfSector": 0.97, "setBy": 0.93, "overall": 0.96}),
    # (no inIndustry or partOfSector in this set's gold)
    "heldout_blind12": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                         "Meeting": 0.97, "Goal": 0.86, "overall": 0.96},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                         "setBy": 0.85, "overall": 0.94}),
    "heldout_blind10": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                         "Meeting": 0.97, "Goal": 0.97, "overall": 0.97},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.8, "involves": 0.97,
                         "partOfSector": 0.97, "setBy": 0.97, "overall": 0.97}),
    "heldout_blind11": (8,
                        {"Official": 0.95, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                         "Meeting": 0.93, "Goal": 0.88, "overall": 0.95},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                         "setBy": 0.9, "overall": 0.95}),
    "heldout_blind14": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                         "Meeting": 0.97, "Goal": 0.86, "overall": 0.97},
                        {"participatesIn": 0.97, "signsWith": 0.9, "visits": 0.97, "involves": 0.97,
                         "setBy": 0.86, "overall": 0.95}),
    # (no inIndustry or partOfSector in this set's gold)
    "heldout_blind15": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                         "Meeting": 0.97, "Goal": 0.89, "overall": 0.96},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                         "partOfSector": 0.97, "setBy": 0.89, "overall": 0.95}),
    "heldout_blind16": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.88, "Industry": 0.9,
                         "Meeting": 0.97, "Goal": 0.69, "overall": 0.88},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.64, "involves": 0.9,
                         "inIndustry": 0.5, "partOfSector": 0.97, "setBy": 0.69, "overall": 0.78}),
    "heldout_blind13": (8,
                        {"Official": 0.97, "Company": 0.97, "Project": 0.96, "Industry": 0.97,
                         "Meeting": 0.97, "Goal": 0.96, "overall": 0.97},
                        {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.91,
                         "partOfSector": 0.97, "setBy": 0.96, "overall": 0.97}),
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = {}
    for name in FLOORS:
        folder = tmp_path_factory.mktemp(name)
        write_outputs(build_from_paths([TESTS / name / "docs"]), folder)
        out[name] = evaluate(TESTS / name / "gold", folder / "kg.ttl")
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_is_complete(name):
    docs = sorted(p.stem for p in (TESTS / name / "docs").glob("*.txt"))
    gold = sorted(p.stem for p in (TESTS / name / "gold").glob("*.json"))
    assert len(docs) == FLOORS[name][0] and docs == gold


@pytest.mark.parametrize("name, etype", [(n, t) for n in sorted(FLOORS) for t in sorted(FLOORS[n][1])])
def test_entity_floor(scores, name, etype):
    assert scores[name]["entities"][etype]["lenient"]["f1"] >= FLOORS[name][1][etype]


@pytest.mark.parametrize("name, predicate",
                         [(n, p) for n in sorted(FLOORS) for p in sorted(FLOORS[n][2])])
def test_relation_floor(scores, name, predicate):
    assert scores[name]["relations"][predicate]["f1"] >= FLOORS[name][2][predicate]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_titles_dates_and_roles(scores, name):
    assert scores[name]["official_titles"]["accuracy"] >= 0.97
    assert scores[name]["meeting_dates"]["accuracy"] >= 0.9
    assert scores[name]["participatesIn_roles"]["accuracy"] >= 0.95
