"""Industries: the taxonomy in data/industries.txt, items of lists closed by
等产业 / 等领域, words ending in 产业 / 行业, quoted industry lines, and the
umbrella sector a list is filed under:

    统筹现代商贸、特色商业等高成长服务业  -> 现代商贸, 特色商业 in sector 高成长服务业
    以精密制造、智能制造等为带动的低碳科技型工业 -> sector 低碳科技型工业
    X包括A、B、C                           -> A, B, C in sector X

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "发展现代商贸、特色商业等高成长服务业。")
>>> sorted((m.text, m.sector) for m in extract(doc, load()))
[('特色商业', '高成长服务业'), ('现代商贸', '高成长服务业'), ('高成长服务业', '')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.clean import CJK
from kg.extract.spans import tokens, trim_left_words, word_left_edge
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

# The word closing a list: a named sector (高成长服务业, 数字产业) or a category.
_SECTOR = rf"[{CJK}0-9A-Za-z]{{0,8}}?(?:服务业|工业|制造业|产业|行业|经济|领域|业态|农业)"
_ITEM = rf"[{CJK}0-9A-Za-z“”]{{2,12}}?"
_JOIN = "、|以及|和|及|与"
# Each list pattern below is a list and a tail; the tail alone (its _MARK) is
# what the pattern cannot match without, found by a cheap scan first (the
# backtracking list before it is not cheap): one string serves both, so they
# cannot drift apart.
_LIST_TAIL = (rf"等(?:[0-9一二三四五六七八九十多]+[个大项])?(?:为(?:支撑|带动|引领|主导|重点|主)的)?"
              rf"(?:({_SECTOR})(?![园区港链项基集群体平])|“[^“”]{{0,12}}业[^“”]{{0,12}}”)")
_LIST = re.compile(rf"((?:{_ITEM}、)*{_ITEM}(?:(?:和|及|与|、){_ITEM})){_LIST_TAIL}")
_LIST_MARK = re.compile(_LIST_TAIL)
# A、B、C三大产业 / A和B两大特色产业: a counted list names its industries
# even without 等 (the count word is generic, no sector).
_COUNTED_TAIL = (rf"(?:[两二三四五六七八九十]|[0-9]{{1,2}})(?:大|个|条)"     # 两大, 两个, 两条
                 rf"([{CJK}]{{0,4}}?(?:产业|行业|支柱|赛道|板块|业态|方向))")
_COUNTED = re.compile(rf"((?:{_ITEM}、)*{_ITEM}(?:(?:和|及|与|、){_ITEM}))等?{_COUNTED_TAIL}")
_COUNTED_MARK = re.compile(_COUNTED_TAIL)
_TURN_INTO = re.compile(rf"向((?:{_ITEM}、)*{_ITEM}(?:(?:和|及|与){_ITEM})?)转型")
# 三大山地特色产业: a counted head with its own qualifier names the sector the
# list is filed under (三大主导产业, 两个新兴业态 are generic).
_QUALIFIED_HEAD = re.compile(rf"[{CJK}]{{2,4}}(?:特色|优势|主导|支柱)产业")
# 以甲、乙、丙为主的产业体系: the industries a system is built of.
_SYSTEM = re.compile(rf"以((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|、){_ITEM})?)为(?:主|主导|支撑|支柱|重点|引领|核心)的"
                     rf"(?:现代化?)?(?:产业|工业)(?:体系|格局)")
# 构建涵盖甲、乙、丙在内的某某产业体系: the parts of the named sector.
_COVERING = re.compile(rf"(?:涵盖|包括|包含)((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|、){_ITEM})?)等?在内的"
                       rf"([{CJK}]{{2,10}}?(?:产业|农业|服务业|工业|制造业|经济))(?:体系|集群)?(?=[，。；])")
# 以甲、乙、丙为重点的高原特色农业 / 以甲、乙为重点，…: the industries a line
# is built on, filed under the sector named after 的 (a 体系 is no sector).
_FOCUS = re.compile(rf"以((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|、){_ITEM})?)为(?:主|主导|支撑|支柱|重点|引领|核心)"
                    rf"(?:的([{CJK}]{{2,10}}?(?:农业|服务业|工业|制造业|产业|经济))(?=[，。；])|"
                    rf"的[{CJK}]{{0,12}}体系|(?=，))")
# 在甲、乙和丙等方面形成了产业基础: a list closed by 方面 names industries when
# most of its items are taxonomy words.
_ASPECTS = re.compile(rf"((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与){_ITEM})?)等(?:多个)?方面")
_INDUSTRY_ENDS = ("经济", "旅游", "制造", "农业", "工业", "服务", "加工", "种植", "养殖", "能源", "材料",
                  "医药", "康养", "物流", "电商", "装备", "食品", "畜牧", "渔业", "林业", "化工", "制氢")
# 推动草原畜牧业、乳业和绒纺业提质增效: a list of words in 业 names its industries.
_YE_LIST = re.compile(rf"((?:[{CJK}]{{1,6}}业、)+[{CJK}]{{1,6}}业(?:(?:和|及|与)[{CJK}]{{1,6}}业)?)(?![{CJK}]?[务态主内界绩余])")
_YE_NOT = ("企业", "就业", "创业", "物业", "专业", "作业", "事业", "行业", "产业", "毕业", "营业", "职业", "学业", "商业")
# 重点发展高端装备制造、精细化工以及港航物流，: a list of three or more after a
# development verb, closed by the clause, names industries when one of its items
# is a taxonomy word and every item ends like an industry (物流, 化工, 业).
_DEV_LIST = re.compile(rf"(?:发展|聚焦|培育|壮大|推动|围绕)((?:{_ITEM}、)+{_ITEM}(?:以及|和|及|与){_ITEM})"
                       rf"(?=[，。；]|融合|协同)")
# 该企业主营船舶配套和海洋工程装备: a company's main lines of business.
_MAIN_BUSINESS = re.compile(rf"主营(?:业务(?:为|是|包括|涵盖))?((?:[{CJK}]{{2,10}}(?:、|和|及|与))*[{CJK}]{{2,10}})(?=[，。；])")
# 要大力发展风电 (cut 要大|力发展风电): a development verb before a list's first item.
_FIRST_ITEM_LEAD = re.compile("^[^、]*?(?:发展|培育|壮大|布局|聚焦|围绕|投资|覆盖|涵盖|涉及)(?=[^、]{2,})")
# X包括A、B和C / X主要包括A、B / X重点发展A、B、C: the list is filed under X.
_INCLUDES_HEAD = "(?:服务业|制造业|工业|产业|经济|制造)"
_INCLUDES_VERB = "(?:(?:主要)?(?:包括|涵盖|包含)|(?:重点|主要|着力)(?:发展|培育|布局))"
# (一是做大电子信息制造业，重点发展甲、乙、丙: a comma before the verb.)
_INCLUDES = re.compile(rf"([{CJK}]{{2,10}}{_INCLUDES_HEAD})，?{_INCLUDES_VERB}"
                       rf"((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|、){_ITEM})?)(?=[，。；、等])")
# (its _MARK: a sector head right before the verb)
_INCLUDES_MARK = re.compile(_INCLUDES_HEAD + "，?" + _INCLUDES_VERB)
# 食品产业, 饮料行业: a word before 产业/行业 (rule industry.suffix).
_SUFFIXED = re.compile(rf"(?<=[{CJK}0-9A-Za-z])(?:产业|行业)(?!园|区|港|链|项目|基地|集聚区|体系|化)")
# “3+3”现代产业, “四大支柱产业”: quoted industry lines.
_QUOTED = re.compile(r"“[0-9+＋一二三四五六七八九十大]{1,6}”(?:现代|新兴|特色|优势|主导|支柱)?产业|"
                     rf"“[{CJK}0-9]{{2,10}}产业”")
# A taxonomy word may take 业/产业 after it (现代商贸业, 大健康服务产业) or a
# processing word (有色金属精深加工).
_EXTEND = re.compile(r"(?:服务)?(?:产业|业)(?![态务主内界绩余])|精深加工|深加工|加工|装饰|制造(?:业)?")
_COUNTED_PROJECTS = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,10}}?)项目[0-9一二三四五六七八九十]+个，"
                               rf"(?:重点|主要|着力)?(?:布局|发展|引进|涉及|涵盖|聚焦)$")
_TOPIC = re.compile(rf"(?:围绕|聚焦|立足)([{CJK}]{{2,10}})，(?:重点|主要|着力|大力)?(?:发展|培育)$")
_LEAD_VERBS = re.compile("(?:做[大强优精]做[大强优精]|[培育发展]{2}壮大)")
_PRODUCT = re.compile("电池|组件|设备|产品|装置|电站|车间|生产线|整车"
                      # 康养社区: a facility; 农产品加工转化率: a ratio measured, not the industry.
                      "|社区|转化率")
_FIRMS_OF_FIELD = ("企业", "龙头企业", "头部企业", "项目", "产业")
_ORGAN_AFTER = re.compile("(?:产业|发展)?(?:管理局|服务局|发展局|局|厅|委员会|办公室|协会|商会|学会)")
_SCOPE = re.compile("全县|全区|全市|全省|全州|全盟|全旗|全镇|全国|国内|本地|我县|我区|我市|当地")
# A taxonomy word followed by these is a slogan (现代服务业立区), a goal.
_SLOGAN = re.compile(r"立区|强区|立市|强市|兴区|兴市|立县|强县|兴县|高地|集群体系|产业体系")


_NOT_ITEM_ENDS = ("区", "县", "市", "省", "镇", "企业", "公司", "集团", "项目", "地", "等", "园",
                  "开发", "更新", "改造", "建设", "治理", "整治", "振兴", "保护")


def _industry_item(item: str, generic, non_industry, first: bool = True, places_ok: bool = False,
                   geo=frozenset()) -> bool:
    # places_ok: in a list under a named sector a 'place' word begins an industry
    # (海洋装备、水产品精深加工等临港产业: jieba tags 海洋 as a place).
    bad = ("p", "c", "r") if places_ok else ("p", "c", "r", "ns")
    return 2 <= len(item) <= 12 and item not in generic and item not in non_industry and \
        not item.endswith(_NOT_ITEM_ENDS) and \
        not any(t.flag in bad and len(t.word) > 1 and t.word not in geo for t in tokens(item)) and \
        tokens(item)[0].flag not in (("v", "d", "p", "c", "r") if first else ("d", "p", "c", "r"))


_LEFT_CHARS = set("以在的对为把将与和及、“”")
_NOUN_FLAGS = ("n", "nz", "vn", "j", "l", "b", "an", "ng", "nl", "x", "eng")


def _noun_words_before(toks, end: int, generic=frozenset(), most: int = 2, geo=frozenset()) -> int:
    """Start of the (at most two) noun words right before `end` (饮料|行业)."""
    start, n = end, 0
    for t in reversed(toks):
        if t.end > end:
            continue
        if t.end != start or n == most or not t.flag.startswith(_NOUN_FLAGS) or \
                t.flag in ("nr", "ns", "nt", "nrt", "nz") and t.word not in geo or t.word in generic or not re.fullmatch(f"[{CJK}A-Za-z0-9]+", t.word):
            break
        start, n = t.start, n + 1
    return start


@lru_cache(maxsize=16)
def _joined_words(taxonomy: tuple) -> frozenset:
    """The industry names with a joining word inside (软件和信息服务)."""
    return frozenset(w for w in taxonomy if re.search(_JOIN, w))


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    stops = lex.words("left_stops")
    taxonomy = lex.words("industries")
    generic = set(lex.words("industry_generic"))
    non_industry = set(lex.words("industry_excluded"))
    geo = frozenset(lex.words("industry_geo_words"))
    joined_words = _joined_words(taxonomy)
    tax_re = re.compile(f"(?:{alternation(taxonomy)})") if taxonomy else None
    out: list[Mention] = []
    for sent in doc.sentences:
        text = sent.text
        bounds = None      # word ends, made when a match needs them (most sentences have none)
        seen: list[tuple[int, int]] = []

        def add(s, e, rule, sector="", aliases=()):
            out.append(Mention("Industry", text[s:e], doc.doc_id, sent.index, sent.start + s,
                               sent.start + e, rule, sector=sector, aliases=aliases))
            seen.append((s, e))

        def add_list(body_start, body_end, sector, rule):
            pos = body_start
            parts = re.split(f"({_JOIN})", text[body_start:body_end])
            # 软件和信息服务: a taxonomy word with a joining word inside stays whole.
            k = 0
            while k + 2 < len(parts):
                if "".join(parts[k:k + 3]) in joined_words:
                    parts[k:k + 3] = ["".join(parts[k:k + 3])]
                else:
                    k += 1
            for item in parts:
                if re.fullmatch(_JOIN, item):
                    pos += len(item)
                    continue
                s = trim_left_words(text, pos, pos + len(item), stops) \
                    if item and item not in joined_words else pos
                # 做大做强甲、乙: jieba cuts the verb pair into single characters.
                lead = _LEAD_VERBS.match(text, s, pos + len(item))
                if lead and pos + len(item) - lead.end() >= 2:
                    s = lead.end()
                if pos == body_start:
                    dev = _FIRST_ITEM_LEAD.match(text[s:pos + len(item)])
                    if dev:
                        s += dev.end()
                item_s = text[s:pos + len(item)]
                # After a list comma a 'verb' begins a name (休闲食品, 抛光材料).
                if _industry_item(item_s, generic, non_industry, first=pos == body_start,
                                  places_ok=bool(sector) and len(item_s) >= 4, geo=geo):
                    add(s, pos + len(item), rule, sector)
                pos += len(item)

        # Each list pattern has a character it cannot match without (等, 大): a
        # test for it spares the backtracking scan on most sentences.
        for m in (_LIST.finditer(text) if "等" in text and _LIST_MARK.search(text) else ()):
            first_end = m.start(1) + len(re.split(_JOIN, m.group(1))[0])
            body_start = trim_left_words(text, m.start(1), first_end, stops)
            sector = m.group(2) or ""
            if sector.endswith(("企业", "事业", "就业", "物业", "创业", "专业", "作业")):
                continue
            # 危化品、燃气等重点领域隐患排查: a qualified 领域 is a field of work; so is
            # a bare one when no item is an industry of the taxonomy or ends like one
            # (紧盯工程建设、土地出让、扶贫资金等领域), unless firms are of those fields
            # (招引动力电池、智能座舱等领域企业).
            if sector.endswith("领域") and (len(sector) > 2 or not any(
                    x.endswith(_INDUSTRY_ENDS) or tax_re and tax_re.fullmatch(x)
                    for x in re.split(_JOIN, m.group(1))[1:] + [text[body_start:first_end]])
                    and not text.startswith(_FIRMS_OF_FIELD, m.end(2))):
                continue
            named_sector = sector not in generic and len(sector) >= 3 and \
                not re.match("[0-9一二三四五六七八九十多]", sector)
            if named_sector:
                s = word_left_edge(text, m.end(2) - 2, stops, floor=m.start(2)) \
                    if m.start(2) > m.end(1) + 1 else m.start(2)
                # 新能源产业 and 新能源 elsewhere in the article are one industry.
                base = sector[:-2] if sector.endswith("产业") else ""
                add(m.start(2), m.end(2), "industry.sector",
                    aliases=(base,) if base and tax_re and tax_re.fullmatch(base) else ())
            if not named_sector and "项目" in text:
                # 先进制造业项目21个，重点布局甲、乙、丙等产业: the list is filed under
                # the sector the projects are counted in.
                topic = _COUNTED_PROJECTS.search(text, 0, body_start)
                if topic and tax_re and tax_re.fullmatch(topic.group(1)):
                    sector, named_sector = topic.group(1), True
            add_list(body_start, m.end(1), sector if named_sector else "", "industry.enumeration")
        for m in (_COUNTED.finditer(text) if _COUNTED_MARK.search(text) else ()):
            if any(a <= m.start(1) < b for a, b in seen):
                continue
            first_end = m.start(1) + len(re.split(_JOIN, m.group(1))[0])
            body_start = trim_left_words(text, m.start(1), first_end, stops)
            # 全镇甲、乙、丙三大产业: the scope is not part of the first item.
            scope = _SCOPE.match(text, body_start, first_end)
            if scope and first_end - scope.end() >= 2:
                body_start = scope.end()
            # 围绕特色农业，重点发展甲、乙、丙三大产业: the list is filed under the topic.
            topic = _TOPIC.search(text, 0, body_start)
            sector = topic.group(1) if topic and tax_re and tax_re.fullmatch(topic.group(1)) else ""
            head = _QUALIFIED_HEAD.fullmatch(m.group(2))
            if not sector and head and m.group(2) not in generic:
                sector = m.group(2)
                add(m.start(2), m.end(2), "industry.sector")
            add_list(body_start, m.end(1), sector, "industry.counted")
            # 推动甲、乙两大传统产业向丙、丁转型升级: what the counted industries turn
            # into are industries too.
            into = _TURN_INTO.match(text, m.end())
            if into:
                add_list(into.start(1), into.end(1), "", "industry.turned-into")
        for m in (_SYSTEM.finditer(text) if "为" in text else ()):
            if not any(a <= m.start(1) < b for a, b in seen):
                add_list(m.start(1), m.end(1), "", "industry.system")
        for m in (_FOCUS.finditer(text) if "为" in text else ()):
            if any(a <= m.start(1) < b for a, b in seen):
                continue
            sector = m.group(2) or ""
            if sector and (sector in generic or len(sector) < 4):
                sector = ""
            # 以改革创新、优化服务为重点: with no sector named, a taxonomy word must
            # show the list is one of industries.
            if not sector and not (tax_re and any(tax_re.fullmatch(x) for x in re.split(_JOIN, m.group(1)))):
                continue
            if sector:
                add(m.start(2), m.end(2), "industry.sector")
            add_list(m.start(1), m.end(1), sector, "industry.system")
        for m in (_COVERING.finditer(text) if "在内的" in text else ()):
            if any(a <= m.start(1) < b for a, b in seen):
                continue
            sector = m.group(2)
            if sector in generic or len(sector) < 4:
                continue
            add(m.start(2), m.end(2), "industry.sector")
            add_list(m.start(1), m.end(1), sector, "industry.covering")
        for m in (_ASPECTS.finditer(text) if tax_re and "方面" in text else ()):
            items = re.split(_JOIN, m.group(1))
            items[0] = text[trim_left_words(text, m.start(1), m.start(1) + len(items[0]), stops):
                            m.start(1) + len(items[0])]
            # (在科技创新、数字经济、营商环境等方面 is a list of fields of work: every
            # item must be a taxonomy word or end in an industry word.)
            if any(tax_re.fullmatch(x) for x in items) and \
                    all(tax_re.fullmatch(x) or x.endswith(_INDUSTRY_ENDS) for x in items):
                first_end = m.start(1) + len(re.split(_JOIN, m.group(1))[0])
                add_list(trim_left_words(text, m.start(1), first_end, stops), m.end(1), "",
                         "industry.aspects")
        for m in (_YE_LIST.finditer(text) if "业、" in text else ()):
            pos = m.start(1)
            for item in re.split(f"({_JOIN})", m.group(1)):
                if not re.fullmatch(_JOIN, item):
                    s0 = trim_left_words(text, pos, pos + len(item), stops)
                    word = text[s0:pos + len(item)]
                    # (“一企一业、一业一企”: a numbered way of working, no industries.)
                    if not word.endswith(_YE_NOT) and not any(a <= s0 < b for a, b in seen) and \
                            word[0] not in "一二三四五六七八九十两" and \
                            _industry_item(word, generic, non_industry, geo=geo):
                        add(s0, pos + len(item), "industry.ye-list")
                pos += len(item)
        for m in (_DEV_LIST.finditer(text) if tax_re and "、" in text else ()):
            items = re.split(_JOIN, m.group(1))
            if len(items) >= 3 and not any(a <= m.start(1) < b for a, b in seen) and \
                    any(tax_re.fullmatch(x) for x in items) and all(
                    tax_re.fullmatch(x) or x.endswith(_INDUSTRY_ENDS) or
                    x.endswith("业") and not x.endswith(_YE_NOT) for x in items):
                add_list(m.start(1), m.end(1), "", "industry.dev-list")
        for m in (_MAIN_BUSINESS.finditer(text) if "主营" in text else ()):
            add_list(m.start(1), m.end(1), "", "industry.main-business")
        for m in (_INCLUDES.finditer(text) if _INCLUDES_MARK.search(text) else ()):
            s = word_left_edge(text, m.end(1), stops, floor=m.start(1))
            if m.end(1) - s < 3:
                # 高端装备制造重点发展…: a sector ending in a verb (制造) the walk stops at.
                s = trim_left_words(text, m.start(1), m.end(1), stops)
            # 软件和信息技术服务业: a taxonomy word with 和 inside stays whole.
            joined = next((w for w in joined_words if text.endswith(w, 0, m.end(1) - 1) or
                           text.endswith(w, 0, m.end(1))), "")
            if joined:
                s = min(s, text.rfind(joined, 0, m.end(1)))
            # 做优数字融合产业: the verb's second character is no part of the sector.
            if s > 0 and text[s - 1] == "做" and text[s] in "大强优精" and m.end(1) - s > 4:
                s += 1
            sector = text[s:m.end(1)]
            if sector in generic or len(sector) < 3:
                continue
            add(s, m.end(1), "industry.sector")
            add_list(m.start(2), m.end(2), sector, "industry.includes")
        for m in _QUOTED.finditer(text):
            # “非煤产业”: what an industry is not names a category, not an industry.
            if not m.group().startswith("“非"):
                add(m.start(), m.end(), "industry.quoted")
        for m in _SUFFIXED.finditer(text):
            s = _noun_words_before(tokens(text), m.start(), generic, geo=geo)
            while s < m.start() and text[s] in _LEFT_CHARS:
                s += 1
            # 全县食用菌产业: the scope is not part of the industry's name.
            scope = _SCOPE.match(text, s, m.start())
            if scope and m.start() - scope.end() >= 2:
                s = scope.end()
            # 省盐湖产业发展领导小组: the level (省, 州) is not part of the industry.
            if m.start() - s >= 3 and text[s] in "省市县区州盟旗镇乡" and \
                    any(t.start == s and t.word == text[s] for t in tokens(text)):
                s += 1
            word = text[s:m.start()]
            name = text[s:m.end()]
            # 非煤产业: everything but an industry names none.
            if s > 0 and text[s - 1] == "非":
                continue
            if not word or name in generic or word in non_industry or \
                    any(t.word in generic for t in tokens(word)) or \
                    any(a <= s and m.end() <= b for a, b in seen) or \
                    re.search("(?:区|县|市|省|镇|乡|村|年度|季度|[0-9一二三四五六七八九十多个大项])$", word) or \
                    not _industry_item(name, generic, non_industry, geo=geo):
                continue
            add(s, m.end(), "industry.suffix", aliases=(word,) if len(word) >= 2 else ())
        if tax_re:
            for m in tax_re.finditer(text):
                s, e = m.start(), m.end()
                if bounds is None:
                    bounds = {0, len(text)} | {t.end for t in tokens(text)}
                # 数字产业体系: a system of industries, not one.
                if (s not in bounds and e not in bounds) or _SLOGAN.match(text, e) or \
                        text.startswith("体系", e):
                    continue
                while True:
                    nxt = tax_re.match(text, e)
                    if not nxt:
                        break
                    e = nxt.end()
                base = text[s:e]
                # 储能电池, 光伏组件: a product, not the industry; 新能源化工园区: a park's name;
                # 省大数据发展管理局: a body named after the industry.
                if _PRODUCT.match(text, e) or text.startswith("园区", e) or _ORGAN_AFTER.match(text, e):
                    continue
                ext = _EXTEND.match(text, e)
                if ext:
                    e = ext.end()
                    # 现代制造业集群体系: the system, not an industry.
                    if _SLOGAN.match(text, e):
                        continue
                # 高端化工新材料基地, 绿色食品加工基地: a base's name, not the industry.
                if text.startswith("基地", e):
                    continue
                if any(a <= s and e <= b for a, b in seen):
                    continue
                # 食品饮料产业 and 食品饮料 are one industry; 现代商贸业 is named as such.
                add(s, e, "industry.taxonomy",
                    aliases=(base,) if ext and ext.group().endswith(("产业", "加工", "制造", "制造业")) else ())
    # 新能源汽车 where the article names 新能源汽车零部件 elsewhere: the longer name.
    longer = sorted({m.text for m in out if m.rule != "industry.taxonomy"}, key=len, reverse=True)
    for k, m in enumerate(out):
        if m.rule != "industry.taxonomy":
            continue
        full = next((n for n in longer if len(n) > len(m.text) and n.startswith(m.text) and
                     doc.text.startswith(n, m.start)), None)
        if full:
            out[k] = Mention("Industry", full, m.doc_id, m.sentence, m.start, m.start + len(full),
                             "industry.known-name")
            continue
        # 智能网联|新能源汽车, 文旅|康养产业: the word ends a longer name the article gives.
        base = m.aliases[0] if m.aliases else m.text
        full = next((n for n in longer if len(n) > len(base) and n.endswith(base) and
                     doc.text.startswith(n, m.start - len(n) + len(base))), None)
        if full:
            st = m.start - len(full) + len(base)
            out[k] = Mention("Industry", full, m.doc_id, m.sentence, st, st + len(full),
                             "industry.known-name")
    # 材料产业 inside 新材料产业: the longer match of another rule wins.
    by_sentence: dict[int, list[Mention]] = {}
    for m in out:
        by_sentence.setdefault(m.sentence, []).append(m)
    return [m for m in out if not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in by_sentence[m.sentence])]
