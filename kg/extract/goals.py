"""Goals: strategic lines and numeric targets the government commits to.

Each rule keys on the genre's language (word lists in kg/data/goal_*.txt):

- goal.quoted-head     a quoted line with a goal head: “康养”“智造”两大工程, “四城”建设,
                       ‘2468’总体思路; a role head names the line without itself:
                       “全省争先进、全市当标杆”工作目标 -> 全省争先进、全市当标杆
- goal.set-as          以X为总目标 / 以X为发展路径 / 以“X”为主题
- goal.stated-as       提出了X的总目标, 明确了X的发展路径
- goal.numbered        a quoted numbered programme put on the agenda: 科学规划“两带四片”
- goal.numbered-plain  七项重点工作 (a numbered programme with a named object)
- goal.enumerated-line parallel lines: 文旅兴区、数字强区
- goal.quoted-line     a quoted line the place is to achieve: 确保实现“季季红、月月稳”
- goal.policy-title    《关于加快建设X的实施意见》 -> 加快建设X
- goal.contributes     为X强支撑、做贡献 -> X (a higher goal the place serves)
- goal.named-action    实施X专项行动 (not a recurring 持续开展…行动)
- goal.quoted-place    成为“…”的营商标杆城区 (what the place is to become)
- goal.headline-line   a line of 3+ parallel phrases of one length: 稳住工业底盘、做强商贸支撑、做优生态环境
- goal.parallel-items  推进平安青禾、法治青禾建设 -> each item
- goal.transformation  由“矿城”变为“花城”
- goal.opportunity     抢抓X等重大机遇 -> X
- goal.numeric-target  力争2025年固定资产投资增长10% (cue word, no past-statistics word);
                       the amounts become typed Quantities on the goal
- goal.effort-target   力争用三到五年的努力，使X有一个明显改善
- goal.chapter         要奋力谱写中国式现代化某某篇章 (not a report title in 《》)

Excluded, per the annotation guide: attitude and work-style slogans (理念, 精神,
作风), recurring campaigns (活动), organisational systems (体制, 体系); a quoted
line followed by one of these anywhere in the article is excluded everywhere.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "全力打造“康养”“智造”两大工程，力争全年固定资产投资增长12%。")
>>> [(m.text, m.rule) for m in extract(doc, load())]
[('“康养”“智造”两大工程', 'goal.quoted-head'), ('力争全年固定资产投资增长12%', 'goal.numeric-target')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.clean import CJK
from kg.lexicon import Lexicon, alternation
from kg.extract.quantities import AMOUNT, amounts
from kg.model import Document, Mention, Quantity, Sentence

_NUM = "0-9一二三四五六七八九十两百千"
_Q1 = r"(?:“[^“”‘’\n]{1,40}”|‘[^“”‘’\n]{1,40}’)"
_QUOTED = rf"(?:{_Q1})+"
_COUNT = rf"[{_NUM}]+[大项个条]"
_QUOTED_RE = re.compile(_QUOTED)
_NUMBERED_PLAIN = re.compile(rf"(?<![“‘0-9{_NUM}])[{_NUM}]+项重点(?:工作|任务)")
_PROJECT_PLAN = re.compile("项目(?:计划|预计|拟)")
_AHEAD_PERIOD = re.compile("(?:确保|力争|争取)(?:上半年|下半年|一季度|全年)")
_ENUM_SEP = "、，,"
_CLAUSE = re.compile(r"[^，；。：！？…]+")
_AMOUNT = AMOUNT
# A clause that only says by when: 到“十四五”末, 未来5年, 到2025年 (joined to the next
# clause); a bare 2023年 may be the past (2023年，全县地区生产总值达到215亿元).
_TIME_LEAD = re.compile(rf"(?:预计)?(?:(?:到|至)(?:“[^”]+”末|20[0-9]{{2}}年(?:底|末)?)|(?:未来|今后)[{_NUM}]+年)")
_PREDICATE = re.compile(r"不低于|不少于|达到|增长|完成|超过|突破|提高|提升|实现|降低|压减|控制在|复工|开工|签约|谋划|引进|新增|新建"
                        r"|新改建|^实施|培育|带动|增收|招引|保持|^(?:(?:到|至)20[0-9]{2}年(?:底|末)?)?建成")
_TARGET_LEAD = re.compile(r"(?:[一二三四五六七八九十]+是|下一步|下阶段|下一阶段)(?=[^，。；]*(?:力争|确保|争取))")
_LEADING_FILLERS = ("今年要", "全年要", "并且", "同时", "并", "要", "将", "其中")
_LINE_VERBS = ("确保实现", "力争实现", "努力实现", "做到", "坚持", "加快建设", "建设", "打造", "成为", "建成")
_PARALLEL_LINE = re.compile(
    rf"([{CJK}]{{2,12}}?[立强兴富活稳]([区县市镇省]))((?:、[{CJK}]{{2,10}}?[立强兴富活稳]\2)+)")
# What _PARALLEL_LINE cannot match without: the end of its first item and the 、.
_PARALLEL_MARK = re.compile("[立强兴富活稳][区县市镇省]、")
_LINE_LEAD_VERBS = ("推动", "努力", "全力", "奋力", "实现", "做好", "聚焦", "锚定", "坚持", "加快",
                    "坚定")
_POLICY_TITLE = re.compile(r"《关于([^《》]{4,60}?)的(?:实施意见|若干意见|意见|决定|决议|行动方案)》")
_POLICY_VERB = re.compile(r"(?:高质量|加快|扎实|全面|奋力|大力|深入|持续)(?:建设|推进|打造|推动)")
_NAMED_ACTION = re.compile(rf"(?:实施|启动|开展)([{CJK}]{{4,16}}?(?:专项行动|攻坚行动|行动计划))")
_RECURRING = ("持续", "深化", "继续", "常态化", "滚动", "深入")
# 深入实施“工业倍增”行动 / 推进“强工兴区”三年行动: a quoted programme the place
# puts in hand (…行动 after 持续/继续/深化 is a campaign already running).
_QUOTED_ACTION = re.compile(
    rf"(?:实施|推进|启动)(“[^“”]{{2,12}}”(?:(?:[{_NUM}]年|攻坚|专项|提升)?行动(?!计划|方案)|计划))")
# 确保上半年经济实现“…”: a cue, then what it is about, then 实现.
_AIM_BEFORE = re.compile(rf"(?:确保|力争|努力)[{CJK}]{{0,8}}实现$")
_SLOGAN_LINE = re.compile(rf"[{CJK}]{{2,6}}[立强兴富][区县市镇]")
_ONGOING = ("持续", "继续", "深化", "常态化", "滚动")
# 奋力打造浙西南生态工业强县: what the place is to become, unquoted.
# 推动形成百亿级某某产业集群, 着力打造甲、乙、丙三大千亿级产业集群, 把某市打造成为某某高地.
_BUILD_LINE = re.compile(
    rf"(?:(?:全力|奋力|着力|加快|努力|致力)(?:打造|建设)|推动形成|把[{CJK}]{{2,6}}打造成为?|把[{CJK}]{{1,6}}[县区市镇乡村州旗](?:建成为?|建设成为?)|"
    rf"推动[{CJK}]{{2,6}}?[县区市镇州旗]打造)"
    rf"((?:[{CJK}]{{1,8}}、)*[{CJK}{_NUM}]{{4,16}}?(?:强县|强区|强市|强镇|名城|名区|名县|名镇|之都|高地|"
    rf"先行区|示范区|示范县|示范市|示范镇|城市|目的地|基地|枢纽|通道|产业集群|产业镇|集聚区|核心区|产业新城|特色小镇))(?=[，。；、和]|贡献)")
# 努力把小镇打造成为省级特色小镇: a title of some level the place is to win.
_MAKE_INTO = re.compile(rf"(?:努力|全力|奋力|着力)?把[{CJK}]{{1,6}}打造成为?"
                        rf"(?:国家级|省级|市级|全国|全省|全市)[{CJK}]{{2,10}}?(?:小镇|示范区|示范县|示范镇|示范村|示范园区)"
                        rf"(?=[，。；])")
# 全力打造全省一流营商环境县: a first-rate place of some quality is what the place is to become.
_FIRST_RATE = re.compile(rf"(?:全力|奋力|着力|加快|努力|致力)(?:打造|建设|创建)"
                         rf"((?:全国|全省|全市|全州|省内|国内|区域)?一流[{CJK}]{{2,8}}?[县区市镇])(?=[，。；])")
# 全力建设美丽松岭 (the article's 松岭市): a quality the place itself is to have.
_FINE_WORDS = re.compile("美丽|美好|幸福|和美")
_FINE_PLACE = re.compile(rf"(?:全力|奋力|着力|加快|努力|致力|高质量)?(?:建设|打造)"
                         rf"((?:现代化)?(?:美丽|美好|幸福|和美)([{CJK}]{{2,3}}))(?=[，。；])")
# 四是全面推进乡村振兴，打造长三角某某供应基地: a clause that opens on 打造 a base
# (or a cluster: 打造甲和乙“双千亿”产业集群) is a line to become, as with an adverb.
_BUILD_BARE = re.compile(rf"(?<=[，：])打造([{CJK}]{{6,16}}?基地|[{CJK}和“”]{{6,20}}?产业集群)(?=[，。；])")
# 打造甲基地和乙集散中心: the second aim after 和 shares the verb.
_BUILD_SECOND = re.compile(rf"和([{CJK}]{{4,16}}?(?:基地|高地|中心|枢纽|示范区|先行区|目的地))(?=[，。；])")
# 做强冷链物流和海洋装备两条产业链, 做大做强甲和乙两大主导产业集群, 培育壮大甲、乙
# 两条新兴产业链, 做强甲、乙两大支柱产业: the chains, clusters or pillars the place
# commits to grow, named by their industries.
_STRENGTHEN = re.compile(
    rf"(?:做大做强|做强做优|做优做强|做强做大|做强|做大|培育壮大|加快培育)[{CJK}]{{2,12}}?(?:、[{CJK}]{{2,12}}?)*(?:[{_NUM}]+[大条个])?"
    rf"(?:(?:主导|新兴)?(?:产业链|产业集群)|(?<=[大条个])支柱产业|(?<=[大条个])新兴产业)"
    rf"(?=[，。；])")
# 坚定不移推进制造强省建设: the strong-province (city, county) line the place advances.
_POWER_BUILD = re.compile(rf"(?:坚定不移|全力|加快|大力)?(?:推进|推动|加快)([{CJK}]{{2,6}}?强(?:省|市|县|区))建设")
# 建设世界级盐湖产业基地: a rank (世界级, 国家级, 千亿级) makes a site an aim.
_RANKED_SITE = re.compile(
    rf"(?:建设|打造|建成)((?:世界级|国际一流|国家级|全国一流|全国重要的?|国家重要的?|全球|千亿级|百亿级)[{CJK}]{{2,14}}?"
    rf"(?:基地|高地|中心|枢纽|产业集群))(?=[，。；、])")
# 加快建设辽南先进装备制造基地: a base named by a region and a quality is a role
# the place is to play, not a site (used by kg.extract.projects too).
REGION_AIM = re.compile(rf"[{CJK}]{{1,2}}[东西南北中]{{1,2}}(?:湾|部)?(?:地区)?"
                        rf"(?:重要的?|先进|现代|高端|特色|绿色|国际|区域性?)")
# 为建设某某先行区示范县贡献力量: a place title is a goal even when generic words name it.
_PLACE_TITLE = re.compile(r"(?:示范[县区市镇]|先行区|强[县区市镇]|名城|高地)$")
# 为加快建设现代化新某某而努力奋斗: what the article rallies everyone to.
_STRIVE_FOR = re.compile(rf"为([{CJK}“”、]{{4,30}}?)而(?:共同|努力|不懈|团结)?奋斗")
# 要奋力谱写中国式现代化某某篇章: the chapter the place is to write (not a report's
# title in 《》).
_CHAPTER = re.compile(rf"(?<=[，。；：要])(?:奋力|努力|全力|接续)谱写[{CJK}]{{4,20}}?篇章(?=[，。；])")
# 走以生态优先、绿色发展为导向的高质量发展新路子: the road the place is to take.
_NEW_ROAD = re.compile(rf"走(?:出|好)?(?:一条)?([{CJK}、“”]{{6,40}}?(?:新路子|新路|之路))(?=[，。；])")
# 力争成功创建省级特色产业集群: a title the place sets out to win.
_STRIVE_CREATE = re.compile(rf"(?:力争|确保|争取)(?:成功)?(?:创建|创成|争创|创评)([{CJK}]{{4,20}})(?=[，。；])")
# “清单化、项目化、责任化”: a line of -化 words is a way of working.
_METHOD_LINE = re.compile(rf"[{CJK}]{{1,4}}化(?:、[{CJK}]{{1,4}}化)+")
_BEST = ("最优", "最佳", "最强", "最美", "最好")
_BECOME_HEADS = ("强县", "强区", "强市", "强镇", "名城", "示范区", "先行区", "集聚区", "引领区", "核心区")
# 确保不发生规模性返贫: the bottom line the place commits to hold.
_BOTTOM_LINE = re.compile(rf"确保不发生[{CJK}]{{2,12}}(?=[，。；])")
# 明确了今后五年的奋斗目标: a span of time is no goal of its own.
_TIME_SPAN = re.compile(rf"(?:今后|未来|近)?[{_NUM}0-9]+年|今年|明年|全年|年度|[0-9]{{4}}年")
# 地区生产总值年均增长7%，到2026年突破500亿元: a clause with no subject of its own
# goes on with the target before it.
_SUBJECTLESS = re.compile(r"(?:到|至)?(?:20[0-9]{2}年(?:底|末)?)?(?:突破|达到|超过)[0-9]")
_EFFORT = re.compile(rf"力争用[{CJK}{_NUM}]{{2,10}}的?努力，(使[^，。；]{{4,40}})")
_ADVERBS = ("加快", "全力", "着力", "努力", "坚定不移", "大力", "奋力", "朝着", "持续", "全面", "要")
# 扩大开放合作、做强实体经济、做优城市品质 as a line of its own: strict parallelism.
_HEADLINE_LINE = re.compile(rf"(?:[{CJK}]{{4,6}}、){{2,5}}[{CJK}]{{4,6}}")
_SET_COLON = re.compile(rf"(?:总目标|奋斗目标)：([^，。；：“”]{{4,30}})")
_PLAIN_NUMBERED = re.compile(
    rf"(?:聚焦|实施|打造|推进)([一二三四五六七八九十]+(?:条|大)[{CJK}]{{1,4}}?)(?=[，。；、])")
_OPPORTUNITY = re.compile(rf"抢抓([{CJK}]{{4,20}}?)等(?:重大|战略|发展)?机遇")
_PARALLEL_ITEMS = re.compile(rf"(?:推进|打造|建设)((?:[{CJK}]{{4,6}}、)+[{CJK}]{{4,6}})建设")
# 推动口岸经济由“通道经济”向“产业经济”转变: what the place is to turn into.
_TRANSFORM = re.compile(rf"(?:推动[{CJK}]{{2,8}})?由{_QUOTED}(?:(?:变为|转变为|转为){_QUOTED}|向{_QUOTED}转变)")
# 推动甲、乙两大传统产业向丙、丁转型升级, 推动某某集团向城市综合运营商转型: what a
# named industry or firm is to turn into (not a -化 way of working: 向数字化、智能化转型).
_TRANSFORM_PLAIN = re.compile(rf"推动([{CJK}、]{{4,20}}?)向([{CJK}、]{{3,16}}?)转型(?:升级|发展)?(?=[，。；])")
# 做好“粮头食尾”“农头工尾”大文章: the quoted lines the place is to work out.
_WRITE_UP = re.compile(rf"做好(?:[{CJK}]{{0,4}}?)({_QUOTED}(?:大)?文章)")
# 加快发展以甲、乙为重点的某某农业, 加快构建以甲、乙为主导的现代制造业集群体系.
_FOCUS_LINE = re.compile(
    rf"(?:加快|大力|着力|全力)(?:发展|构建|建设|打造)以[{CJK}、和]{{2,40}}?为(?:重点|主导|支撑|支柱|核心|引领)的"
    rf"[{CJK}]{{2,16}}?(?:产业|农业|工业|服务业|体系|集群|经济)(?=[，。；])")
# 构建涵盖甲、乙、丙在内的某某产业体系: the system the place is to build, named by its parts.
_COVERING_LINE = re.compile(
    rf"(?:(?:加快|大力|着力|全力)?(?:构建|打造|形成|建设))(?:涵盖|包括|包含)[{CJK}、和]{{2,40}}?等?在内的"
    rf"[{CJK}]{{2,16}}?(?:产业体系|产业集群|产业|体系|集群)(?=[，。；])")
# “百县千镇万村高质量发展工程”, “一号发展工程”: a programme named in full in quotes
# (the short nicknames “一号工程”, “一把手工程” are work-style slogans).
_QUOTED_PROGRAMME = re.compile(r"“[^“”，。]{4,20}工程”")
# 报告明确，今年重点抓好五个方面工作： / 下一步重点抓好以下任务：: the work plan whose
# 一是/二是 lines follow; what they count is a target.
_PLAN_LEAD = re.compile(r"(?:今年|明年|新的一年|下一步|下一阶段|今后|(?:19|20)[0-9]{2}年)[^。；：]{0,20}(?:工作|任务)[：:]$")
_ORDINAL_LINE = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])")
# 锚定建设某某高地目标: the aim the place anchors its work on.
# (聚焦建设某某强县目标, 紧扣…目标: the same anchoring.)
_ANCHOR = re.compile(rf"(?:锚定|聚焦|紧扣|紧盯)((?:建设|打造|实现)?[{CJK}“”0-9.%]{{4,30}}?)(?:的)?(?:总目标|奋斗目标|发展目标|目标)"
                     rf"(?=[，。；]|不放松|不动摇)")
_ANCHORED_TARGET = re.compile(r"锚定“([^“”]{4,40})”(?:的)?(?:总目标|奋斗目标|发展目标|目标)")
_ANCHOR_NOT = ("规划", "任务", "年度", "全年", "计划", "指标")
# 办好十件重点民生实事: a programme named by its number of items.
_COUNTED_DEEDS = re.compile(rf"办好([{_NUM}]+[件项][{CJK}]{{0,6}}实事)")
# 今年以来，某区地区生产总值预计增长6.2%: what is expected of the year so far is a result.
# 1—10月，全县累计…: the months of the year so far.
_MONTHS_SO_FAR = re.compile(r"1[—–\-~～至][0-9]{1,2}月(?:份)?")
_PAST_LEADS = ("今年以来", "去年以来", "过去一年", "近年来", "这一年来")
_TIME_WORD = re.compile(rf"(?:一季度|全年|年度|上半年|[0-9]{{4}}年|[{_NUM}]+季度)$")
# 他表示，公司看好某地区位优势，将把物流园打造成某某枢纽 / 负责人介绍，公司投资3亿元建设的
# 生产线预计年底建成: a company speaking of its own plans sets no goal of the place.
# (企业投资增长10% is a metric of the place: only 公司 takes the investment words.)
_COMPANY_VOICE = re.compile(r"(?:^|[，。：])(?:公司(?:将|看好|计划|拟|今年|投资|预计|力争)|(?:企业|集团)(?:将|看好|计划|拟))"
                            r"|(?:公司|企业|集团)负责人(?:表示|说|介绍)"
                            # 将把某某基地打造成公司在华东最大的生产基地: the company's own site.
                            r"|(?:打造成为?|建成|建设成为?)(?:公司|集团|企业)")


@lru_cache(maxsize=8)
def _patterns(heads: tuple, role_heads: tuple, not_heads: tuple, place_heads: tuple,
              contribution: tuple):
    keep = alternation(heads)
    role = alternation(role_heads)
    head = re.compile(
        rf"((?:[{CJK}]{{1,6}}、)*[{CJK}]{{1,6}})?({_QUOTED})(的)?"
        rf"({_COUNT}(?:{keep}|重点工作|重点任务|战略)|(?:{_COUNT})?(?:{keep})|{role})")
    set_as = re.compile(rf"以([^，。；：以]{{2,40}}?)为(总目标|发展路径|主题|主线|目标|引领)")
    stated = re.compile(rf"(?:提出|明确|确立|确定)了?([^，。；：]{{4,40}}?)的(?:{role})")
    not_after = re.compile(rf"(?:等|的)?(?:[{CJK}]{{0,4}})?(?:{alternation(not_heads)})")
    place = re.compile(rf"(成为|打造|建设|建成)({_QUOTED}的[{CJK}]{{0,8}}(?:{alternation(place_heads)}))")
    contrib = re.compile(
        rf"(?:为|在)([^，。；为在]{{4,50}}?)中?(?:{alternation(contribution)}|提供[^，。；]{{0,8}}支撑"
        rf"|作出[^，。；]{{0,8}}贡献|做出[^，。；]{{0,8}}贡献)")
    goal_head = re.compile(rf"的?(?:{keep}|{role})")
    return head, set_as, stated, not_after, place, contrib, goal_head


def _numbered(content: str) -> bool:
    """“两带四片”, “六大行动”, ‘2468’: a count names the programme."""
    return bool(re.match(rf"[{_NUM}]", content)) and len(content) <= 10


def _content(quoted: str) -> str:
    return re.sub("[“”‘’]", "", quoted)


def _excluded_quotes(doc: Document, not_after, goal_head) -> set[str]:
    """Quoted lines the article elsewhere calls a campaign, system or attitude:
    “双百”活动, “1+N”体制, “三敢”精神 (but ‘2468’总体思路 is a goal)."""
    out = set()
    for m in re.finditer(_Q1, doc.text):
        rest = doc.text[m.end():m.end() + 8]
        if goal_head.match(rest):
            continue
        if not_after.match(rest) or rest.startswith(("“", "‘")) and re.match(
                rf"{_QUOTED}等?(?:活动|体制)", rest):
            out.add(m.group())
    return out


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    """All goal mentions of `doc` (see the module doc for the rules)."""
    head, set_as, stated, not_after, place, contrib, goal_head = _patterns(
        lex.words("goal_heads"), lex.words("goal_role_heads"), lex.words("goal_not_heads"),
        lex.words("goal_place_heads"), lex.words("goal_contribution"))
    role_heads = set(lex.words("goal_role_heads"))
    # “六大行动” names a programme; only a quoted line *followed* by 行动 is a campaign.
    not_heads = tuple(w for w in lex.words("goal_not_heads") if w != "行动")
    generic = lex.words("goal_generic")
    excluded = _excluded_quotes(doc, not_after, goal_head)
    text = doc.text
    out: list[Mention] = []

    def add(sent, start, end, rule, name="", quantities=()):
        if _COMPANY_VOICE.search(sent.text):
            return
        name = name or text[start:end]
        out.append(Mention("Goal", name, doc.doc_id, sent.index, start, end, rule,
                           quantities=tuple(quantities)))

    def quotes_ok(quoted: str) -> bool:
        return not any(q in excluded for q in re.findall(_Q1, quoted))

    target_carry = False   # a ；-list of targets carries its cue to the next sentence
    plan_line = -1         # where the line of a work plan's lead starts (-1: none)
    for sent in doc.sentences:
        s, e = sent.start, sent.end
        line = text.rfind("\n", 0, s) + 1
        if plan_line >= 0 and line != plan_line and not _ORDINAL_LINE.match(text, line):
            plan_line = -1
        # goal.quoted-head (a quoted line: no scan where there is no quotation mark)
        quoted_here = "“" in sent.text or "‘" in sent.text
        for m in (head.finditer(text, s, e) if quoted_here else ()):
            prefix, quoted, word = m.group(1), m.group(2), m.group(4)
            if not quotes_ok(quoted):
                continue
            start = m.start(2)
            if prefix and _numbered(_content(quoted)) and "、" in prefix:
                # 统筹医疗、医药、医养“三医工程”建设: the list is the programme; its
                # first item is as long as the others.
                items = prefix.split("、")
                first = items[0][-len(items[1]):]
                add(sent, m.start(2) - len(prefix) + len(items[0]) - len(first), m.end(2),
                    "goal.quoted-head")
                continue
            if word in role_heads:
                tw = _TIME_WORD.search(text[max(s, start - 6):start])
                add(sent, start - len(tw.group()) if tw else start, m.end(2), "goal.quoted-head")
            else:
                add(sent, start, m.end(), "goal.quoted-head")
        # goal.quoted-place: 成为“…”的营商标杆城区
        for m in place.finditer(text, s, e):
            if quotes_ok(m.group(2)):
                add(sent, m.start(2), m.end(2), "goal.quoted-place")
        # goal.set-as
        for m in set_as.finditer(text, s, e):
            x, role = m.group(1), m.group(2)
            quoted = re.fullmatch(rf"(?:建设|打造|实现|争创)?{_QUOTED}", x)
            if role in ("总目标", "发展路径") and not not_after.search(x) or quoted and quotes_ok(x):
                add(sent, m.start(1), m.end(1), "goal.set-as")
        # goal.stated-as
        for m in stated.finditer(text, s, e):
            if not _TIME_SPAN.fullmatch(m.group(1)):
                add(sent, m.start(1), m.end(1), "goal.stated-as")
        # goal.numbered and goal.quoted-line
        for m in (_QUOTED_RE.finditer(text[s:e]) if quoted_here else ()):
            qs, qe = s + m.start(), s + m.end()
            quoted = m.group()
            content = _content(quoted)
            clause_start = max(text.rfind(c, s, qs) for c in "，；：。") + 1 or s
            clause_start = max(clause_start, s)
            before = text[clause_start:qs]
            after = text[qe:qe + 10]
            if not quotes_ok(quoted) or not_after.match(after) or content.endswith(not_heads):
                continue
            # 以“三个突破”实现“三个转变”: a means-to-end pair of numbered lines
            pair = re.match(rf"实现({_QUOTED})", after)
            if _numbered(content) and before.endswith("以") and pair:
                add(sent, qs - 1, qe + pair.end(), "goal.numbered")
                continue
            verb_before = any(before.endswith(v) for v in lex.words("goal_programme_verbs"))
            if _numbered(content) and len(content) >= 2 and verb_before and not re.search("产业$|企业$", content) \
                    and (not after or after[0] in "，。；、：！？ ”" or after.startswith(("建设", "的"))):
                add(sent, qs, qe, "goal.numbered")
                continue
            parallel = any(c in content for c in _ENUM_SEP) and 2 <= len(content) <= 40
            # 打造“甲基地”和“乙示范区”: the second line shares the first one's verb.
            before = re.sub(r"(?:[“‘][^“”‘’]{2,30}[”’](?:和|、|及|以及))+$", "", before)
            lead = next((v for v in _LINE_VERBS if before.endswith(v)), "") or \
                ("实现" if _AIM_BEFORE.search(before) else "")
            if _METHOD_LINE.fullmatch(content):
                continue
            colon = re.search(r"(?:布局|目标|定位|战略|思路)：$", text[max(s, qs - 4):qs])
            timed = re.search(r"(?:(?:确保|力争|努力)实现|冲刺|夺取)([^，。；]{0,6})$", before)
            # 确保一季度实现“开门红”: the period between cue and 实现 belongs to the line.
            ahead = re.search(rf"(?:确保|力争|努力)(?:[0-9]{{4}}年|一季度|上半年|全年|年内|[{_NUM}]季度)实现$", before)
            if re.search("[0-9]", text[clause_start:qe]):
                continue
            if parallel and (lead or colon) and not after.startswith("的"):
                add(sent, qs, qe, "goal.quoted-line")
            elif _SLOGAN_LINE.fullmatch(content) and (not after or after[0] in "，。；、！？" or
                                                      after.startswith("不动摇")):
                # 推进“产业兴县”: a 兴县/强区 line is a strategic line on its own
                # (坚持“工业强区”不动摇 too).
                add(sent, qs, qe, "goal.quoted-line")
            elif lead in ("加快建设", "建设", "打造", "建成") and not parallel and (
                    lead in ("加快建设", "建成") or before == lead or before[:-len(lead)].endswith(_ADVERBS)) and 3 <= len(content) <= 12 \
                    and not after.startswith("的") and (content[-1] not in "区园港街馆" or
                                                         content.endswith(_BECOME_HEADS) or
                                                         # 打造“某某营商环境最优区”: a best-of place
                                                         content[-3:-1] in _BEST):
                add(sent, qs, qe, "goal.quoted-line")
            elif ahead and not parallel and len(content) <= 6 and (
                    not after or after[0] in "，。；、！？"):
                add(sent, qs - len(ahead.group()), qe, "goal.quoted-line")
            elif timed and not parallel and len(content) <= 6 and (
                    not after or after[0] in "，。；、！？"):
                tw = _TIME_WORD.search(timed.group(1))
                add(sent, qs - len(tw.group()) if tw else qs, qe, "goal.quoted-line")
        # goal.numbered-plain: 七项重点工作
        for m in (_NUMBERED_PLAIN.finditer(text[s:e]) if "项重点" in sent.text else ()):
            add(sent, s + m.start(), s + m.end(), "goal.numbered-plain")
        # goal.enumerated-line: 文旅兴区、数字强区
        for m in (_PARALLEL_LINE.finditer(text, s, e) if _PARALLEL_MARK.search(text, s, e) else ()):
            start = m.start()
            changed = True
            while changed:
                changed = False
                for v in _LINE_LEAD_VERBS:
                    if text.startswith(v, start) and m.end(1) - start - len(v) >= 3:
                        start += len(v)
                        changed = True
            add(sent, start, m.end(), "goal.enumerated-line")
        # goal.policy-title: 《关于高质量建设X扎实推进Y的实施意见》
        for m in _POLICY_TITLE.finditer(text, s, e):
            body, b0 = m.group(1), m.start(1)
            starts = [v.start() for v in _POLICY_VERB.finditer(body)]
            for i, st in enumerate(starts):
                en = starts[i + 1] if i + 1 < len(starts) else len(body)
                if en - st >= 6:
                    add(sent, b0 + st, b0 + en, "goal.policy-title")
        # goal.contributes: 为X强支撑、做贡献
        for m in contrib.finditer(text, s, e):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                ok = len(item) >= 4 and (not any(g in item for g in generic) or "中国式现代化" in item
                                         or _PLACE_TITLE.search(item))
                if ok:
                    add(sent, pos, pos + len(item), "goal.contributes")
                pos += len(item) + 1
        # goal.named-action: 要实施重点园区提质专项行动
        for m in _NAMED_ACTION.finditer(text, s, e):
            if not any(r in text[max(s, m.start() - 4):m.start()] for r in _RECURRING):
                add(sent, m.start(1), m.end(1), "goal.named-action")
        # goal.quoted-action: 深入实施“工业倍增”行动
        for m in _QUOTED_ACTION.finditer(text, s, e):
            if not any(r in text[max(s, m.start() - 4):m.start()] for r in _ONGOING):
                add(sent, m.start(1), m.end(1), "goal.quoted-action")
        # goal.build-line: 奋力打造浙西南生态工业强县
        for m in _BUILD_LINE.finditer(text, s, e):
            # 加快建设某某化工基地 is a site being built; 打造某某基地 a line to become.
            if text[m.start(1) - 2:m.start(1)] == "建设" and m.group(1).endswith("基地") and \
                    not REGION_AIM.match(m.group(1)):
                continue
            add(sent, m.start(1), m.end(1), "goal.build-line")
            nxt = _BUILD_SECOND.match(text, m.end(1))
            if nxt:
                add(sent, nxt.start(1), nxt.end(1), "goal.build-line")
        for m in (_MAKE_INTO.finditer(text, s, e) if "打造成" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.build-line")
        for m in (_FIRST_RATE.finditer(text, s, e) if "一流" in sent.text else ()):
            add(sent, m.start() + 2, m.end(), "goal.build-line")
        for m in (_FINE_PLACE.finditer(text, s, e) if _FINE_WORDS.search(sent.text) else ()):
            if re.search(f"{m.group(2)}[市县区镇州旗]", text):
                add(sent, m.start(), m.end(), "goal.build-line")
        for m in (_BUILD_BARE.finditer(text, s, e) if "打造" in sent.text else ()):
            # (某某集团投资5亿元，打造饲料生产基地: an investment builds a site.)
            if text.find("投资", s, m.start()) == -1:
                add(sent, m.start(1), m.end(1), "goal.build-line")
        # goal.write-up: 做好“甲”“乙”大文章; goal.focus-line; goal.anchor; goal.counted-deeds
        for m in (_COVERING_LINE.finditer(text, s, e) if "在内的" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.covering-line")
        # goal.quoted-programme: “某某发展工程” (not after 坚持: a line held to)
        for m in (_QUOTED_PROGRAMME.finditer(text, s, e) if "工程”" in sent.text else ()):
            if len(m.group()) >= 8 and quotes_ok(m.group()) and \
                    "坚持" not in text[max(s, m.start() - 8):m.start()]:
                add(sent, m.start(), m.end(), "goal.quoted-programme")
        for rx, rule in ((_WRITE_UP, "goal.write-up"), (_FOCUS_LINE, "goal.focus-line"),
                         (_ANCHOR, "goal.anchor"), (_COUNTED_DEEDS, "goal.counted-deeds")):
            for m in rx.finditer(text, s, e):
                g = 0 if rule == "goal.focus-line" else 1
                # 锚定“十四五”规划目标, 锚定全年任务目标: a plan or a year is no aim of its own.
                if rule == "goal.anchor" and m.group(1).endswith(_ANCHOR_NOT):
                    continue
                # (锚定“…”目标: the line is what is inside the quotes.)
                quoted = rule == "goal.anchor" and re.fullmatch(r"“[^“”]+”", m.group(1))
                add(sent, m.start(g) + bool(quoted), m.end(g) - bool(quoted), rule)
        # goal.power-build: 推进制造强省建设
        for m in (_POWER_BUILD.finditer(text, s, e) if "强" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.power-build")
        # goal.ranked-site: 建设世界级某某产业基地
        for m in (_RANKED_SITE.finditer(text, s, e) if "级" in sent.text or "国" in sent.text else ()):
            add(sent, m.start(1), m.end(1), "goal.ranked-site")
        # goal.strengthen: 做强某某和某某两条产业链
        for m in (_STRENGTHEN.finditer(text, s, e) if "做" in sent.text or "培育" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.strengthen")
        # goal.headline-line: a line that is nothing but 3+ parallel phrases of one length
        if _HEADLINE_LINE.fullmatch(sent.text) and len({len(x) for x in sent.text.split("、")}) == 1:
            add(sent, s, e, "goal.headline-line")
        # goal.set-as with a colon: 一个总目标：打造X
        for m in _SET_COLON.finditer(text, s, e):
            add(sent, m.start(1), m.end(1), "goal.set-as")
        # goal.numbered-plain: 要聚焦五条链
        for m in _PLAIN_NUMBERED.finditer(text, s, e):
            if not re.search("产业$|企业$|项目$|领域$", m.group(1)):
                add(sent, m.start(1), m.end(1), "goal.numbered-plain")
        # goal.opportunity: 抢抓长江中游城市群建设等重大机遇
        for m in _OPPORTUNITY.finditer(text, s, e):
            add(sent, m.start(1), m.end(1), "goal.opportunity")
        # goal.parallel-items: 纵深推进平安青禾、法治青禾、书香青禾建设
        for m in _PARALLEL_ITEMS.finditer(text, s, e):
            items = m.group(1).split("、")
            tail = items[0][2:]
            if len(tail) >= 2 and all(len(x) == 2 + len(tail) and x.endswith(tail) for x in items):
                pos = m.start(1)
                for x in items:
                    add(sent, pos, pos + len(x), "goal.parallel-items")
                    pos += len(x) + 1
        # goal.transformation: 由“煤城”变为“绿城”
        for m in _TRANSFORM.finditer(text, s, e):
            add(sent, m.start(), m.end(), "goal.transformation")
        for m in (_TRANSFORM_PLAIN.finditer(text, s, e) if "转型" in sent.text else ()):
            who, into = m.group(1), m.group(2)
            if "化" not in into and not who.endswith(("企业", "产业", "行业")) or _COUNT_BEFORE.search(who):
                add(sent, m.start(), m.end(), "goal.transformation")
        # goal.strive-for: 为X而努力奋斗; goal.new-road: 走X新路子; goal.strive-create
        for rx, rule in ((_STRIVE_FOR, "goal.strive-for"), (_NEW_ROAD, "goal.new-road"),
                         (_STRIVE_CREATE, "goal.strive-create")):
            for m in rx.finditer(text, s, e):
                item = m.group(1)
                if rule == "goal.strive-create":
                    add(sent, m.start(), m.end(), rule)
                elif not any(g in item for g in generic) or "中国式现代化" in item or rule == "goal.new-road":
                    add(sent, m.start(1), m.end(1), rule)
        # goal.bottom-line: 确保不发生规模性返贫
        for m in (_BOTTOM_LINE.finditer(text, s, e) if "不发生" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.bottom-line")
        # goal.chapter: 奋力谱写某某篇章
        for m in (_CHAPTER.finditer(text, s, e) if "篇章" in sent.text else ()):
            add(sent, m.start(), m.end(), "goal.chapter")
        # goal.effort-target
        for m in _EFFORT.finditer(text, s, e):
            add(sent, m.start(), m.end(), "goal.effort-target")
        target_carry = _numeric_targets(doc, sent, lex, add, target_carry or plan_line >= 0)
        if sent.text.endswith(("：", ":")) and _PLAN_LEAD.search(sent.text):
            plan_line = line
    return _drop_nested(out)


def _numeric_targets(doc: Document, sent: Sentence, lex: Lexicon, add, carry: bool) -> bool:
    """goal.numeric-target over one sentence; returns whether the cue carries on
    (the sentence ends in ； inside a list of targets)."""
    text = doc.text
    # 四季度要全力冲刺全年目标：——甲增长6%；——乙增长9%: the list after the colon.
    if _TARGETS_NEXT.search(sent.text):
        return True
    # Every target has an amount, which lies within one clause: a sentence
    # without one has none, unless a list of targets carries on into it.
    if not carry and not _AMOUNT.search(text, sent.start, sent.end):
        if "前" in sent.text and _DEADLINE.search(sent.text):       # (前: a cheap test first)
            _deadline_targets(doc, sent, lex, add)
        if _DATED_AIM_LEAD.search(sent.text):       # (a cheap necessary condition first)
            past = _any_of(lex.words("goal_past_cues"))
            for c in _CLAUSE.finditer(text, sent.start, sent.end):
                if _DATED_AIM.match(c.group()) and not past.search(c.group()):
                    add(sent, c.start(), c.end(), "goal.numeric-target")
        return False
    cues = _any_of(lex.words("goal_target_cues"))
    past = _any_of(lex.words("goal_past_cues"))
    clauses = [(c.start(), c.end()) for c in _CLAUSE.finditer(text, sent.start, sent.end)]
    directive = bool(_DIRECTIVE.match(sent.text))
    cue_seen = carry or directive
    found = False
    pending_lead = None   # a time-only clause waiting for its target
    past_lead = False     # 今年以来，…: the clauses after report the year so far
    last_target = None    # the span of the last target added
    year_ahead = False    # the clause before was 今年 / 明年 alone
    for cs, ce in clauses:
        clause = text[cs:ce].strip()
        if not clause:
            continue
        if clause in _PAST_LEADS or _MONTHS_SO_FAR.fullmatch(clause):
            past_lead = True
            continue
        if past_lead and any(c in clause for c in ("力争", "确保", "争取")):
            past_lead = False
        if past_lead:
            continue
        # 今年，我们还将新建高标准农田8万亩: the year ahead in a clause of its own.
        will = _WILL_DO.match(clause) if year_ahead else None
        year_ahead = clause in ("今年", "明年", "年内")
        if year_ahead:
            continue
        lead_m = _TIME_LEAD.search(text, cs, ce)
        if lead_m and lead_m.end() == ce:
            pending_lead = lead_m.start()
            if lead_m.group().startswith("预计"):
                cue_seen = True
                pending_lead += 2
            continue
        has_cue = bool(cues.search(clause)) or clause.startswith("实现") and "增长" in clause or \
            "将" in clause and bool(_PLACE_THIS_YEAR.search(clause) or _YEAR_AHEAD.search(clause)) or \
            bool(will)
        cue_seen = cue_seen or has_cue
        lead, pending_lead = pending_lead, None
        # 某某项目计划投资9.8亿元: what a project is to cost is no target of the place.
        # 某某产业园二期总投资12亿元，占地380亩，计划建设厂房22万平方米: the same.
        if "项目" in clause and _PROJECT_PLAN.search(clause) or \
                clause.startswith(("计划", "拟")) and ("总投资" in sent.text or "占地" in sent.text):
            cue_seen = has_cue = False
            continue
        # 确保上半年…: a period named after a target cue is still ahead.
        plain = _AHEAD_PERIOD.sub("", clause)
        # 力争园区营业收入突破300亿元，累计引进企业1000家以上: a running total
        # after a target of the sentence is one more target.
        if found and clause.startswith("累计") and not re.search("已|了", clause):
            plain = plain[2:]
        # 力争到2025年累计引进项目100个以上: a running total the cue sets ahead.
        elif has_cue and "累计" in plain and not re.search("已|了", clause) and \
                _CUE_THEN_TOTAL.search(plain):
            plain = plain.replace("累计", "")
        if past.search(plain):
            cue_seen = has_cue = False   # 项目建成后预计可…: the rest is an effect, not a target
            continue
        if not _AMOUNT.search(clause):
            if _DATED_AIM.match(clause) and not past.search(clause):
                add(sent, cs, ce, "goal.numeric-target")
                continue
            if clause.startswith(_DEADLINE_CUES) and "前" in clause and _DEADLINE.search(clause):
                add(sent, cs, ce, "goal.numeric-target")
                continue
            # 固定资产投资增长12%；…；居民收入增长与经济增长基本同步: the last item of a list
            # (in the same sentence too: …，城乡居民收入增长与经济增长同步)
            if (carry or found and "同步" in clause) and "增长" in clause and not _PREDICATE.match(clause):
                add(sent, cs, ce, "goal.numeric-target")
            continue
        # 计划总投资180亿元, 安排产业发展资金1.2亿元: what is spent is no target;
        # 对新引进的博士给予最高50万元安家补贴: nor is what a policy grants.
        if _SPENDING.match(clause) or "给予" in clause and _GRANT.search(clause):
            continue
        # 完成投资21.3亿元，占年度计划的26.5%: a share of the plan is progress made.
        if clause.startswith("占"):
            continue
        if not (has_cue or cue_seen and _PREDICATE.search(clause) or lead is not None and
                _PREDICATE.search(clause)):
            continue
        start = lead if lead is not None else cs
        if will:
            start = text.find(will.group(1), cs)
        while start < ce and text[start] == "—":      # ——甲增长6%: a dash opens a list item
            start += 1
        # 二是力争…, 下一步将力争…: the list's ordinal and the plan's lead are no part of it.
        lead_words = _TARGET_LEAD.match(text, start, ce)
        if lead_words:
            start = lead_words.end()
        for f in _LEADING_FILLERS:
            if text.startswith(f, start):
                start += len(f)
        # 全县将力争全年签约…: the place that speaks is not part of its target.
        subject = _SUBJECT_BEFORE_CUE.match(text, start, ce)
        if subject:
            start = subject.end()
        # 下达X区开复工亿元以上重点项目65个: the target is what was assigned.
        assigned = _ASSIGNED.search(text[start:ce]) if "下达" in text[start:ce] else None
        if assigned:
            start += assigned.end()
        while ce > start and text[ce - 1] in "…. ":
            ce -= 1
        if last_target and last_target[1] == cs - 1 and text[cs - 1] == "，" and \
                _SUBJECTLESS.match(text, cs, ce):
            start = last_target[0]
        # 要对标全年引进项目80个、到位资金280亿元的目标: the targets are inside the frame,
        # each item with its own amount.
        bench = _BENCHMARK.search(text, start, ce) if "目标" in clause or "任务" in clause else None
        if bench:
            start, ce = bench.start(1), bench.end(1)
        for ps, pe in (_bench_items(text, start, ce) if bench else _split_targets(text, start, ce)):
            # 锚定“全年某某增长7%以上”目标不放松: the target is what is quoted.
            anchored = _ANCHORED_TARGET.match(text, ps, pe)
            if anchored:
                ps, pe = anchored.span(1)
            add(sent, ps, pe, "goal.numeric-target", quantities=quantities(text[ps:pe]))
            found = True
            last_target = (ps, pe)
        # 到2025年，甲突破6万元，乙全部达到50万元以上: the date leads the whole list.
        cue_seen = cue_seen or lead is not None
    return (found or directive or carry) and sent.text.endswith("；")


# 今年将实施技改项目50个以上: what the year is still to bring (今年将安排资金2亿元,
# 明年将再投入1.5亿元 is spending, no target).
_YEAR_AHEAD = re.compile(r"(?:今年|明年|年内)将(?:新|再)?(?:实施|新增|培育|引进|招引|建成|开工|新建|打造|创建)")
_WILL_DO = re.compile(r"^(?:我们|全[县区市镇]|我[县区市镇])?[还也]?将(?:再)?((?:新建|新增|实施|培育|引进|招引|建成|开工|打造|创建)[^，。；]*[0-9])")
_CUE_THEN_TOTAL = re.compile(r"(?:力争|确保|争取)(?:到|至)?(?:20[0-9]{2}年(?:底|末)?)?累计")
_BENCHMARK = re.compile(r"(?:对标|对照|瞄准|锚定|紧盯)([^，。；]+?)的?(?:目标任务|目标|任务)(?:不放松|不动摇)?$")


def _bench_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-items of a benchmark frame, each with its own amount, as targets."""
    parts, pos = [], start
    for i in range(start, end):
        if text[i] == "、" and _AMOUNT.search(text, pos, i) and _AMOUNT.search(text, i + 1, end):
            nxt = text.find("、", i + 1, end)
            if _AMOUNT.search(text, i + 1, nxt if nxt != -1 else end):
                parts.append((pos, i))
                pos = i + 1
    parts.append((pos, end))
    return parts


_TARGETS_NEXT = re.compile(r"(?:目标|目标任务|预期目标是|任务)：$")
# 确保省市重点项目7月底前全部开工: a deadline for a whole class of works is a
# target without an amount (确保一期工程年底前建成投产, one project's, is not).
_DEADLINE = re.compile(r"(?:[0-9]{1,2}月底|年底|[0-9]{1,2}月[0-9]{1,2}日)前(?:全部|全面)"
                       r"(?:开工|复工|建成|投产|竣工|完工|达产|完成)")
_DEADLINE_CUES = ("确保", "力争", "争取")
_DATED_AIM_LEAD = re.compile("(?:力争|确保|争取)(?:到|在|于)20")
_GRANT = re.compile("给予[^，。；]{0,24}?(?:补贴|奖励|补助|资助|扶持)")
# 力争到2027年基本完成主城区城中村改造: a cue, a year ahead and a whole task to
# finish is a target without an amount.
_DATED_AIM = re.compile(r"(?:力争|确保|争取)(?:到|在|于)20[0-9]{2}年(?:底|末)?前?(?:基本|全面|全部)"
                        r"(?:完成|建成|实现)[\u4e00-\u9fff]{2,16}$")


def _deadline_targets(doc: Document, sent: Sentence, lex: Lexicon, add) -> None:
    """The clauses of `sent` with a target cue and a deadline (确保…7月底前全部开工)."""
    text = doc.text
    past = _any_of(lex.words("goal_past_cues"))
    for c in _CLAUSE.finditer(text, sent.start, sent.end):
        clause = c.group()
        if clause.startswith(_DEADLINE_CUES) and _DEADLINE.search(clause) and not past.search(clause):
            add(sent, c.start(), c.end(), "goal.numeric-target")


# 报告要求，一是…；二是…，新建高标准农田20万亩；: what the report requires is
# ahead, over every item of its ；-list.
_DIRECTIVE = re.compile(r"(?:报告|会议|全会|大会|规划)(?:还|进一步)?(?:要求|提出|部署)[，：]"
                        # 要培育壮大龙头企业，今年新增龙头企业5家: a speaker's 要 rules the sentence.
                        r"|要(?!求)"
                        # 一要…，二要…，新建人才公寓1000套: a speech's numbered 要 does the same.
                        r"|[一二三四五六七八九十]要(?!求)")
# 街道今年将完成6个老旧小区改造: what the place will do this year is a target (a
# company's 明年将再投入… is its own plan: the place must say it).
_PLACE_THIS_YEAR = re.compile(r"(?:[县区市镇乡州旗]|街道)(?:今年|明年)将")
_SUBJECT_BEFORE_CUE = re.compile(r"(?:全|本)?[县区市镇乡州旗](?:将|要)(?=力争|确保|争取)"
                                 # 街道今年将完成6个老旧小区改造: the place and the year lead it.
                                 r"|(?:[县区市镇乡州旗]|街道)?(?:今年|明年)将(?=[^，。；]*[0-9])")
_SPENDING = re.compile(rf"(?:[{CJK}（）]{{0,30}}(?:计划|拟|预计|今年将|明年将))?(?:追加|新增)?(?:总投资|投资|安排[{CJK}]{{0,8}}资金)(?:约|达)?[0-9.]+[万亿]?美?元"
                       rf"(?:(?:建设|新建|用于|实施|打造)[^，。；]*)?$")
_ASSIGNED = re.compile(rf"下达[{CJK}]{{2,6}}?[区县市镇]")
# 工业增加值增长10%以上、到位资金突破300亿元: an item whose amount follows its own
# predicate is a target of its own (谋划项目218个、签约项目137个 stays one).
_OWN_TARGET_END = re.compile(
    r"(?:(?:增长|突破|达到|超过|不低于|不少于|提高|提升|降低|控制在)|(?:新增|引进|完成|实施|新开工|引育|集聚)[^、，0-9]{0,10})"
    r"[0-9.]+(?:%|个百分点|亿元|万元|万吨|万人次|人次|万人|万个|个|家|户|人|项)(?:以上|左右)?$")
# 帮助农村劳动力转移就业5000人: an item that is a clause of its own (a verb, then its amount).
_OWN_CLAUSE = re.compile(rf"(?:帮助|带动|推动|实现|新增|引进|培育|集聚|引育)[{CJK}]{{2,14}}[0-9.]+[{CJK}%]{{1,4}}(?:以上|左右)?$")


# 两大传统产业: the industries are counted, so named before.
_COUNT_BEFORE = re.compile(rf"、[{CJK}]{{2,8}}[{_NUM}]+[大个类](?:[{CJK}]{{0,4}})?(?:产业|行业)$")
_BARE_RATE = re.compile(r"(?:同比)?(?:增长|提高|提升|降低|下降)[0-9.]")


def _split_targets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """确保一季度37个续建项目全部复工、150个新开工项目开工率达到70%以上 are two
    targets (each item has its own predicate); 谋划项目218个、签约项目137个 is one."""
    parts, pos = [], start
    for i in range(start, end):
        if text[i] == "、":
            left, right = text[pos:i], text[i + 1:end]
            right_item = right.split("、")[0]
            if (_AMOUNT.search(left) and (not _AMOUNT.search(left[-4:]) or _OWN_TARGET_END.search(left))
                    and (_PREDICATE.search(right_item) or _OWN_CLAUSE.match(right_item))
                    and _AMOUNT.search(right_item)
                    # 完成投资280亿元、增长12%: a bare rate is the same item's growth.
                    and not _BARE_RATE.match(right_item)):
                parts.append((pos, i))
                pos = i + 1
    parts.append((pos, end))
    return parts


def quantities(s: str) -> tuple[Quantity, ...]:
    """The amounts in a phrase, typed (see kg.extract.quantities).

    >>> [(q.value, q.unit, q.qualifier) for q in quantities("开工率达到60%以上")]
    [('60', '%', '达到 以上')]
    """
    return amounts(s)


def _drop_nested(ms: list[Mention]) -> list[Mention]:
    """A goal inside a longer goal of the same sentence is part of it."""
    by_sentence: dict[int, list] = {}
    for m in ms:
        by_sentence.setdefault(m.sentence, []).append(m)
    keep = []
    for m in ms:
        if any(o is not m and o.start <= m.start and m.end <= o.end
               and (o.end - o.start) > (m.end - m.start) for o in by_sentence[m.sentence]):
            continue
        keep.append(m)
    return keep


@lru_cache(maxsize=64)
def _any_of(words: tuple) -> re.Pattern:
    """A pattern found in a text when any of `words` is (one scan, not one per word).

    >>> bool(_any_of(("力争", "确保")).search("确保完成"))
    True
    """
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")
