"""Projects: names ending in a project head (产业园, 智慧港, 项目), and items of
lists closed by 等项目.

A head alone says little: 抓好项目 and 重大项目 end in 项目 too.  So the name
runs left from the head over words, not characters (owned jieba tokenizer),
and stops at a verb, adverb, preposition or a left_stops word; a company name
right before it is part of it (某某有限公司年产5万吨某某项目).  What is left
must look like a name: a place or proper noun, a word jieba does not know, a
number with 年产, or a quoted part (rule project.head).

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "加快运作东湖数字产业港、西山药业产业园等项目。")
>>> sorted({m.text for m in extract(doc, load())})
['东湖数字产业港', '西山药业产业园']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from kg.clean import CJK, CJK_CHAR, CJK_RUN
from kg.extract import companies
from kg.extract.goals import REGION_AIM
from kg.extract.spans import (Token, _name_conjunction, enumerations, in_dictionary,
                              tokens)
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_CATEGORIES = ("项目", "重大项目", "重点项目", "产业项目", "重大产业项目", "小微企业园", "园区",
               "项目建设现场", "项目现场")
# Generic phrases that end in a project head but name nothing (重大项目, 产业项目).
_GENERIC = re.compile(r"^(?:[0-9一二三四五六七八九十百千]+[个项批大条栋幢座]|[一二三四五六]期|重大|重点|产业|优质|大|好|新|"
                      r"各类|各|全区|全县|全市|签约|开工|投产|在建|储备|落地|城市更新|民生|基础设施|"
                      r"招商|招商引资|亿元以上|省市重点|省重点|市重点|续建|新开工|谋划|部分|)+"
                      r"(?:项目|工程|平台|基地|园区|厂房)$")
# Parts of speech that end a name on its left: verbs, adverbs, prepositions,
# conjunctions, particles, pronouns (抓好|项目, 深入|项目, 询问|项目).
# ('o', onomatopoeia, is no stop: in this genre it is a name's character jieba
# could not place, 某|嘎|青稞产业园.)
_STOP_FLAGS = {"v", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "rr", "rz",
               "y", "e", "ad", "vg", "dg", "w"}
# Parts of speech of proper nouns: a core with one of them is a name.
_PROPER_FLAGS = {"ns", "nr", "nz", "nt", "nrt", "nrfg", "eng"}
_JOINERS = set("暨及与和到")
# The last two characters of common project heads (产业园, 基地, 项目, 物流中心).
_HEAD_ENDS = ("业园", "技园", "业区", "基地", "项目", "中心", "工程", "小镇")
_CN_DIGITS = set("一二三四五六七八九十")
_QUOTES = "“”‘’\"《》"
# A place and a time at the front of a name: 某某市某某区2020年一季度.
_PLACE_TIME = re.compile(f"^(?:全区|全县|全市|全省|[{CJK}]{{1,6}}?(?:[省市区县镇乡州盟旗]|街道)|[0-9]{{4}}年?|"
                         f"[0-9]{{1,2}}月|第?[一二三四]季度|[上下]半年|春季|秋季|[-—0-9]+)+")
# 某某高新技术产业开发区（以下简称某某高新区）: the short form in brackets.
_SHORT_FORM = re.compile(rf"[（(](?:以下)?简称[“”\"]?([{CJK}A-Za-z0-9·]{{2,15}}?)[“”\"]?[）)]")
# 某某产业园二期: the phase is part of the name.
_PHASE = re.compile("[一二三四五六]期(?:工程)?")
_COMPANY_AFTER = re.compile("集团|有限公司|有限责任公司|股份|公司")
# 领导包保重点项目制度: a head followed by 制度 names a system of work.
_SYSTEM_AFTER = re.compile("制度|机制|清单|制(?![造品])")
_AGREEMENT = re.compile("(?:共建|合作|投资|框架|建设|战略合作|施工|代建|供货|采购)?协议")
_SIGN_BEFORE = re.compile("(?:签订|签署|签约)了?$")
# 分别签约甲物流园一期和乙分拨中心项目: the second item is signed for too.
_SIGN_LIST_BEFORE = re.compile("(?:签订|签署|签约)了?(?!项目)[^，。；]{2,30}(?:和|、|及)$")
_PLACE_STEM = re.compile(rf"(?<![{CJK}])([{CJK}]{{2}})(?:区|县|旗)(?:委|人民政府|政府|在|将|召开|举行)")
_SIGNED_FOR = re.compile(rf"(?:签订|签署)了?([{CJK}A-Za-z0-9]{{2,20}})$")
_SIGNED_ITEM = re.compile(rf"(?:签订|签署|签约)了?(?!项目)[^，。；]{{2,30}}?(?:和|、|及)([{CJK}A-Za-z0-9]{{4,20}})$")
_PLACE_BUILT = re.compile(rf"[{CJK}]{{1,6}}?[县区市镇](?:已|还|先后)?(?:建成|建设)了")
_SCHOOL_ENDS = ("大学", "学院", "研究院", "研究所", "科学院", "实验室")
_INVEST_BEFORE = re.compile("投资[0-9.]+[万亿]元(?:建设|新建|打造)$")
# 某某集团有限责任公司投资建设的某某制氢一期项目: what a company builds is named.
# (公司投资6.8亿元建设的某某产业化项目, 某某有限公司投资建设某某项目, 集团与某某学院
# 共建的某某研发中心: the company's amount, no 的, or a partner in between.)
_COMPANY_BUILT = re.compile("(?:(?:有限公司|有限责任公司|集团|公司)(?:投资[0-9.]+[万亿]元|投资)?(?:建设|新建|兴建)的|"
                            # 企业新上的某某生产线项目: what the firm has newly put in hand.
                            "(?:企业|公司|集团)新上的|"
                            # 甲大学与乙公司签约共建某某联合实验室: what two parties sign to build.
                            "签约(?:共建|合作共建|联合共建)|"
                            "(?:有限公司|有限责任公司)投资(?:建设|新建|兴建)|"
                            "(?:有限公司|有限责任公司|集团|公司)与[^，。；]{2,20}?(?:共建|合作共建|联合共建)的)$")
# 某某园区2024年第二批项目: a batch of projects is no project.
_BATCH = re.compile("第[一二三四五六七八九十0-9]+批$")
_WORKS = re.compile("(?:技术|升级|提质|智能化|数字化)?改造(?![升提])")
_ORGAN = re.compile("党工委|管委会|管理委员会|党委|工委|纪工委")
_ORGAN_SIGNS = re.compile("(?:正式)?签(?:约|订|署)")
# Zones are named by their place alone: 青果工业园区, 岚山高新区.
_ZONE_HEADS = ("开发区", "经济开发区", "高新区", "经开区", "工业园区", "产业园区", "工业园", "集聚区",
               "产业集聚区", "化工园")
# 某某产业创新服务综合体, 某某企业服务中心: right before the head, what the site
# does is part of its name (服务 elsewhere ends a name on its left).
_HEAD_PURPOSE = ("服务",)
# (包保服务|重点项目: not before a head that names no kind of site.)
_BARE_HEADS = ("项目", "重点项目", "工程")
_ROAD_HEADS = ("高速公路", "铁路", "快速路", "公路", "大桥")
_PLACE_TO_PLACE = re.compile(rf"[{CJK}]{{2}}至[{CJK}]{{2}}$")
_ROLE_HEADS = ("基地", "示范区", "先行区", "高地", "集聚区")
# 世界级某某产业基地: a ranked site is an aim (a goal), not a project.
_RANKED = re.compile("(?:世界级|国际一流|国家级|全国一流|全国重要|全球|千亿级|百亿级)")
_BECOME = re.compile(r"打造(?:[“‘][^“”‘’]{2,30}[”’](?:和|、|及|以及))*[“‘]?$")
# Programmes named by numbers: 一城两园一区, 三区一带.
# 工程|施工合作协议: jieba glues the head to the next word (工程施工).
_LATIN_BEFORE = re.compile("(?<![A-Za-z])[A-Za-z]{2,10} $")
_HEAD_FOLLOWERS = ("施工", "建设", "开工", "竣工", "签约", "合作", "运营")
# 某某有限公司年产10万吨某某材料项目: after 年产 any word is the product.
_ANNUAL = re.compile(r"年产[0-9.]+[^，。；、：“”]{0,24}$")
# 实施某某产业项目21个: a count after the name makes it a category.
_BUILT_OF = re.compile("(?:主要)?建设内容(?:为|包括|主要包括)?[：:]")
_COUNT_AFTER = re.compile("[0-9一二三四五六七八九十]+[个项]")
# 新建GMP标准厂房18万平方米: a building measured out is part of what is built, no name.
_AREA_AFTER = re.compile("[0-9.]+万?(?:平方米|㎡|平米)")
_COUNT_BEFORE = re.compile("[0-9]+个$")
_NUMBERED = re.compile("[一二三四五六七八九十两][\u4e00-\u9fff]{1,2}[一二三四五六七八九十两]")


def _trade_cores(doc: Document, lex: Lexicon) -> tuple[str, ...]:
    """The trade names of the article's companies (北京某某航宇科技有限公司 -> 某某航宇):
    a project whose name begins with one is named after that company."""
    trade = set(lex.words("company_name_words"))
    cores = set()
    for m in companies.extract(doc, lex):
        if m.rule != "company.suffix":
            continue
        toks = [t for t in tokens(m.text)]
        k = 1 if toks and toks[0].flag == "ns" else 0
        core = ""
        for t in toks[k:]:
            if t.word in trade or t.word.endswith(("公司", "集团")):
                break
            core += t.word
        if len(core) >= 3:
            cores.add(core)
    return tuple(sorted(cores))


def _company_spans(doc: Document, lex: Lexicon) -> dict[int, int]:
    """end -> start of company names, to take them into a project name."""
    spans: dict[int, int] = {}
    for m in companies.extract(doc, lex):
        if m.rule == "company.suffix":
            spans[m.end] = min(spans.get(m.end, m.start), m.start)
    return spans


_JOINT_VERBS = ("共建", "合建", "联建", "合作共建")
_NAME_WORD = re.compile(rf"[{CJK}0-9A-Za-z·\-+.（）()]+")


# A 、-list running up to here: a 、 since the clause began, no other stop after it.
_LIST_BEFORE = re.compile(r"、[^，。；：、和与及]{2,24}$")


def _walk_left(text: str, toks: tuple[Token, ...], j: int, stops, inner, base: int,
               company_ends: dict[int, int], zone_heads, max_len: int = 40) -> tuple[int, bool]:
    """Start (relative to the sentence) of a name whose head begins after
    token `j`; and whether a company name was taken in."""
    start = toks[j + 1].start if j + 1 < len(toks) else toks[-1].end
    head_start = start
    open_quote = False
    while j >= 0:
        t = toks[j]
        if head_start - t.start > max_len:
            break
        if base + t.end in company_ends and not open_quote:
            # 甲团队与乙有限公司共建院士工作站: what two parties set up together is
            # no project named after the company.
            if start < head_start and toks[j + 1].word in _JOINT_VERBS:
                return toks[j + 1].end, False
            return company_ends[base + t.end] - base, True
        w = t.word
        # 开工暨|岚宁…: jieba glued a joining word to the name's first character.
        if len(w) > 1 and w[0] in _JOINERS and not in_dictionary(w) and \
                not (t.start > 0 and text[t.start - 1] in "、，,"):
            start = t.start + 1
            break
        # A name right before this one ends it: 江南经开区|某某智慧港项目.
        if j + 1 < len(toks) and t.end == start and t.end < head_start and \
                text.endswith(zone_heads, 0, t.end):
            break
        # 某某有限公司储能系统总部及研发中心项目: a 及 inside what a company builds.
        if w == "及" and t.end == start:
            e0 = next((e for e in company_ends if base + t.start - 14 <= e <= base + t.start
                       and CJK_RUN.fullmatch(text[e - base:t.start])), None)
            if e0 is not None:
                return company_ends[e0] - base, True
        # 、和某某 : after a list comma 和 begins a name, it does not join.
        if w in ("和", "与", "及") and t.start > 0 and text[t.start - 1] in "、，,":
            start = t.start
            break
        # 甲中心、乙服务站和丙|某改造项目: 和 after a 、-list's items joins its last
        # one (even before a single character, 桂|湖路).
        if w in ("和", "与", "及") and t.end == start and _LIST_BEFORE.search(text, 0, t.start):
            break
        # 甲产业园和乙基地: a 和 after a name's head word ends the name after it.
        if w in ("和", "与", "及") and t.end == start and text[max(0, t.start - 2):t.start] in _HEAD_ENDS:
            break
        # 临江路（复兴路至滨江大道）道路改造工程: a bracket inside the name is walked over whole.
        if w in "）)" and t.end < head_start:
            k = next((i for i in range(j - 1, max(-1, j - 12), -1) if toks[i].word in "（("), None)
            if k is not None and k > 0 and _NAME_WORD.fullmatch(toks[k - 1].word) and \
                    "简称" not in text[toks[k].start:t.end] and base + toks[k - 1].end not in company_ends:
                start = toks[k].start
                j = k - 1
                continue
        if w in "”’\"":
            open_quote = True
        elif w in "“‘":
            if not open_quote:
                break
            open_quote = False
        elif not _NAME_WORD.fullmatch(w):
            break
        elif not open_quote and (w in stops and not (t.end == head_start and w in _HEAD_PURPOSE
                                                     and not text.startswith(_BARE_HEADS, head_start))
                                 or (t.flag in _STOP_FLAGS and w not in inner)) and \
                not _name_conjunction(toks, j) and \
                not (len(w) == 1 and j + 1 < len(toks) and _name_conjunction(toks, j + 1)) and \
                not (t.end < head_start and _fragment(toks, j, stops)) and \
                not (t.end < head_start and _unknown_word(w, t.flag, stops)) and \
                not (t.end == head_start and _PHASE.fullmatch(w)) and \
                not (t.flag == "ad" and t.end < head_start and toks[j + 1].flag.startswith("n")):
            # (某某|正极|材料项目: an adverbial adjective before a noun is a word of the name.)
            break
        start = t.start
        j -= 1
    if open_quote:
        return head_start, False
    return start, False


def _unknown_word(w: str, flag: str, stops) -> bool:
    """A 'verb' jieba guessed for a word it does not know (岳拓 in 岳拓储能…项目)
    is a trade name: the verbs that end a name are dictionary words.

    >>> _unknown_word("岳拓", "v", set()), _unknown_word("建设", "v", set())
    (True, False)
    """
    return flag in ("v", "vg") and len(w) >= 2 and w not in stops and not in_dictionary(w)


def _fragment(toks, j: int, stops) -> bool:
    """A one-character 'verb' between nouns is a piece of a name (岚事|通|医疗器械)."""
    t = toks[j]
    if len(t.word) != 1 or t.flag != "v" or j == 0 or j + 1 >= len(toks):
        return False
    left, right = toks[j - 1], toks[j + 1]
    return t.word not in stops and left.flag.startswith(("n", "j", "x")) and left.word not in stops and \
        right.flag.startswith(("n", "j", "x")) and len(left.word) >= 2


def _undouble(text: str, start: int, end: int) -> int:
    """A name printed twice by a PDF line glitch (某某中心某某中心项目): keep one."""
    for k in range(2, (end - start) // 2 + 1):
        if text[start:start + k] == text[start + k:start + 2 * k]:
            return start + k
    return start


def _only_place_and_generic(text: str, start: int, end: int, generic) -> bool:
    """青川区重点项目, 某某县2023年12月招商引资项目: a place, a time and generic words."""
    core = _PLACE_TIME.sub("", text[start:end])
    core = re.sub("[“”]", "", core)
    return all(t.word in generic or t.flag in ("m", "q", "mq", "t") for t in tokens(core))


_START = itemgetter(2)      # Token.start: words are in text order, so bisect finds them
_WORD_CHAR = re.compile(f"[{CJK}A-Za-z“‘]")


def _words_within(toks, start: int, end: int):
    """The indices of the words of `toks` inside text[start:end]."""
    return range(bisect_left(toks, start, key=_START), bisect_right(toks, end, key=_START))


# 200兆瓦风光储一体化项目, 10万千瓦光伏电站: a capacity at the front is part of the name.
_CAPACITY = re.compile(r"[0-9.]+(?:兆瓦|万千瓦|千瓦|吉瓦|MW|GW)")


_DIGITS = frozenset("0123456789.")       # what a _CAPACITY match starts with
_BUILT_WITH = re.compile(r"配套(?:建设|新建)?[0-9.万千瓦兆吉时MWGh/／、]*$")


def text_of(toks, k: int) -> str:
    """The words of `toks` from the k-th on, joined (for a match at a word's start)."""
    return "".join(t.word for t in toks[k:k + 3])


def _trim_front(toks, start: int, head_start: int) -> int:
    """Drop numerals, measures and times at the front (一条|生产线, 2023年|…)."""
    for k in range(bisect_left(toks, start, key=_START), len(toks)):
        t = toks[k]
        if t.start >= head_start:
            break
        w = t.word
        if w.startswith("年产") or w[0] in _DIGITS and _CAPACITY.match(text_of(toks, k)):
            break
        if (t.flag in ("m", "q", "mq", "t") or not _WORD_CHAR.search(w)) and not (
                len(w) == 2 and set(w) <= _CN_DIGITS and t.flag == "m"):
            start = t.end
            continue
        break
    return start


def _distinctive(toks, start: int, end: int, generic, text: str, stops=frozenset()) -> bool:
    """Whether text[start:end] (the name minus its head) names something."""
    core = text[start:end]
    quoted = re.findall("“([^”]*)”", core)
    if quoted:
        # “三个一批”项目, “宜居”工程 are programmes; “年产5万吨某某”项目 is a project.
        return any(len(q) >= 6 and "一批" not in q and re.search("[0-9]", q) for q in quoted) \
            and not re.search(r"”(?:重大|重点)$", core)
    if re.search(r"年产|[0-9]+万|二期|三期|[A-Za-z]{2,}", core) or _CAPACITY.match(core):
        return True
    inside = _words_within(toks, start, end)
    for k in inside:
        t = toks[k]
        if t.end > end:
            break
        w = t.word
        if w in generic:
            continue
        if t.start > start and t.end < end and _fragment(toks, k, stops):
            return True
        if t.flag in _PROPER_FLAGS and (t.flag != "eng" or len(w) >= 2):
            return True
        if CJK_RUN.fullmatch(w) and len(w) >= 2 and not in_dictionary(w):
            return True
        if w in ("路", "大道", "大街") and t.start > start:
            return True
        if len(w) == 2 and set(w) <= _CN_DIGITS:
            return True
    # Single characters jieba could not join are usually parts of a proper name.
    singles = [t for t in map(toks.__getitem__, inside) if t.end <= end and len(t.word) == 1
               and t.flag not in _STOP_FLAGS and CJK_CHAR.fullmatch(t.word)]
    return len(singles) >= 2


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    stops = set(lex.words("left_stops")) | set(lex.words("project_left_stops"))
    inner = set(lex.words("project_name_words"))
    generic = set(lex.words("project_generic"))
    heads = lex.words("project_heads")
    head_re = re.compile(f"(?:{alternation(heads)})")
    zone_heads = tuple(h for h in heads if len(h) >= 3 and h.endswith("区"))
    company_ends = _company_spans(doc, lex)
    cores: list = []

    def named_after_company(text: str, start: int) -> bool:
        # computed once per document, and only when a name needs it
        if not cores:
            cores.append(_trade_cores(doc, lex))
        return bool(cores[0]) and text.startswith(cores[0], start)

    stems: list = []

    def place_stems() -> frozenset:
        # the two-character stems of the article's places (青湖区 -> 青湖), made on first use
        if not stems:
            stems.append(frozenset(m.group(1) for m in _PLACE_STEM.finditer(doc.text)))
        return stems[0]

    out: list[Mention] = []
    for sent in doc.sentences:
        text = sent.text
        first = len(out)
        # 建设内容：新建冷库及冷链分拨中心: what a listed project is built of are its
        # parts, not projects of their own.
        heads_here = list(head_re.finditer(text)) if not _BUILT_OF.match(text) else []
        # Most sentences name no project head: they need no words.
        toks = tokens(text) if heads_here else ()
        tok_ends = [t.end for t in toks]
        ends = set(tok_ends)
        def company_end(start: int) -> int:
            """End (in the sentence) of the company name starting at `start`."""
            return max((e - sent.start for e, s0 in company_ends.items() if s0 - sent.start == start),
                       default=start)

        for m in heads_here:
            hs, he = m.start(), m.end()
            # 某某高新区党工委书记: the zone's administration, part of a post title;
            # 某某工程集团有限公司: the head is a company's trade word.
            # (与某某工业园区管委会签约: the zone, through its committee, is a party.)
            if _ORGAN.match(text, he) and not (m.group() in _ZONE_HEADS and _ORGAN_SIGNS.match(
                    text, _ORGAN.match(text, he).end())) or _COMPANY_AFTER.match(text, he):
                continue
            # 某某产业园二期主体工程完工: the main works of a project are no project.
            if m.group() == "工程" and text.endswith("主体", 0, hs):
                continue
            # 某旗新能源化工园区: the head is 园区, not 化工园 (化工 is the park's trade).
            if m.group().endswith("园") and text.startswith("区", he):
                hs, he = he - 1, he + 1
            # The head must end a word: 工程|机械 is not the head 工程.
            if he not in ends and CJK_CHAR.match(text, he) and not text.startswith(_HEAD_FOLLOWERS, he):
                continue
            j = bisect_right(tok_ends, hs) - 1      # the last word ending by the head
            if j < 0:
                continue
            hs = toks[j].end
            start, with_company = _walk_left(text, toks, j, stops, inner, sent.start,
                                                 company_ends, zone_heads)
            annual = _ANNUAL.search(text, 0, hs) if "年产" in text else None
            # 年产…项目开工仪式在某园区: a 年产 name closed by its own 项目 is another name.
            if annual and "项目" in text[annual.start():hs]:
                annual = None
            if annual and annual.start() <= start:
                # 正极 and the like are no stop inside a product name: walk on from 年产.
                k = next((i for i, t in enumerate(toks) if t.end == annual.start()), None)
                start = annual.start()
                if k is not None:
                    start2, with_company = _walk_left(text, toks, k, stops, inner, sent.start,
                                                      company_ends, zone_heads)
                    start = min(start, start2)
                # 某某光能年产…项目: a company's trade name right before 年产 begins the name.
                if not cores:
                    cores.append(_trade_cores(doc, lex))
                trade = next((c for c in cores[0] if text.endswith(c, 0, annual.start())), "")
                if trade:
                    start = min(start, annual.start() - len(trade))
            if not with_company:
                start = _trim_front(toks, start, hs)
            start = _undouble(text, start, he)
            # 签订智能某某研发中心项目合作协议: what is signed for keeps its first word.
            signed = bool(_AGREEMENT.match(text, he + 2 * text.startswith("项目", he)) and
                          _SIGN_BEFORE.search(text, 0, start))
            # 城市|某投科技创新园: a generic word in front is not part of the name.
            while not with_company and not signed:
                k = bisect_left(toks, start, key=_START)
                lead = toks[k] if k < len(toks) and toks[k].start == start and toks[k].end < hs - 1 \
                    else None
                if lead is None or lead.word not in generic or \
                        not _distinctive(toks, lead.end, hs, generic, text, stops):
                    break
                start = lead.end
            # 甲至乙高速公路: a road runs from one place to another.
            if m.group() in _ROAD_HEADS and text[start - 1:start] == "至":
                before = next((t for t in toks if t.end == start - 1), None)
                if before is not None and before.flag in _PROPER_FLAGS:
                    start = before.start
            # 岚城至弄|岗高速公路: the tokenizer split the second place; two places
            # of two characters joined by 至 make the road's name.
            if m.group() in _ROAD_HEADS:
                two = _PLACE_TO_PLACE.search(text, max(0, hs - 5), hs)
                if two and two.start() < start:
                    start = two.start()
            # 某某公司（简称某某）年产…项目: the name begins after the bracket.
            close = max(text.rfind("）", start, hs), text.rfind(")", start, hs))
            if close != -1 and text.count("（", start, close) + text.count("(", start, close) == 0:
                start = close + 1
                with_company = False
            phase = _PHASE.match(text, he) if m.group() not in ("项目", "工程") else None
            if phase:
                he = phase.end()
            # 某某生产线改造, 某某厂房提质改造: the works on a named line are the project.
            works = _WORKS.match(text, he) if m.group() in ("生产线", "厂房", "车间") else None
            if works:
                he = works.end()
            # 分别签约甲物流园一期和跨境电商分拨中心项目: a signed list's last item
            # reaches back to the joining word (分拨 is no stop there).
            # (签 is what _SIGNED_ITEM cannot match without: a cheap scan first.)
            listed = _SIGNED_ITEM.search(text, 0, hs) if m.group() == "项目" and not with_company \
                and text.find("签", 0, hs) != -1 else None
            if listed and listed.start(1) < start:
                start = listed.start(1)
            # 签署智能焊接联合实验室合作协议: the whole stretch signed for is the name.
            agreed = _SIGNED_FOR.search(text, 0, hs) if _AGREEMENT.match(text, he) and not with_company else None
            if agreed and agreed.start(1) < start:
                start = agreed.start(1)
            # 建设蒸|湖湘商产业园: the tokenizer took the place's first character for a
            # verb; the article's 某湖区 shows the name begins one character earlier.
            if not with_company and start > 0 and text[start - 1:start + 1] in place_stems():
                start -= 1
            # 总经理某某反映，公司冷链物流中心项目…: the firm spoken of is no word of the name.
            if text.startswith(("公司", "企业"), start) and (start == 0 or text[start - 1] in "，。；：") and \
                    hs - start - 2 >= 2:
                start += 2
            # 签约共建某某中试基地, 与某某学院共建某某研发中心: 共建 is the verb, the
            # school that builds with the firm is a party, not a word of the name.
            k = text.find("共建", start, hs)
            cobuilt = k != -1 and (k == start or text.endswith(_SCHOOL_ENDS, start, k)) and hs - k - 2 >= 2
            if cobuilt:
                start = k + 2
            name = text[start:he]
            core = text[start:hs]
            # 某某有限公司新建厂房: a company's building is no named project.
            if with_company and m.group() in ("厂房", "车间", "生产线") and \
                    re.fullmatch("(?:新建|在建|扩建|标准化|生产)?", text[company_end(start):hs]):
                continue
            # 打造长三角某某产业基地, 打造“甲基地”和“乙示范区”: what the place is to
            # become is a goal line, not a project.
            if name.endswith(_ROLE_HEADS) and (_BECOME.search(text, 0, start) or _RANKED.match(name)):
                continue
            if name.endswith(_ROLE_HEADS) and REGION_AIM.match(name) and text.endswith(("建设", "打造"), 0, start):
                continue
            # 打造全国重要的某某基地: a rank before the name makes the site an aim too.
            lead = text[max(0, start - 12):start]
            if name.endswith(_ROLE_HEADS) and "打造" in lead and _RANKED.search(lead[lead.rfind("打造"):]):
                continue
            # 配套建设15万千瓦/60万千瓦时储能电站: a part built with the project
            # named before, not a project of its own (a capacity is all its name).
            if _CAPACITY.match(name) and _BUILT_WITH.search(text, 0, start):
                continue
            if m.group() in ("厂房", "车间") and _AREA_AFTER.match(text, he):
                continue
            # 某某产业园标准厂房: a building of a park named before it.
            if m.group() in ("厂房", "车间", "生产线") and any(
                    x.end() <= len(core) for x in head_re.finditer(core)):
                continue
            # 某县文旅项目集中签约仪式: the batch a ceremony signs or starts is no project.
            if m.group() == "项目" and text.startswith(("集中签约", "集中开工"), he):
                continue
            if "+" in name or "＋" in name or _COUNT_AFTER.match(text, he) or _SYSTEM_AFTER.match(text, he):
                continue
            # 签约活动12个项目总投资68亿元 (a headline): a count before the head is no name.
            if _COUNT_BEFORE.search(core):
                continue
            if len(core) < 2 or _GENERIC.match(name) or _NUMBERED.search(core) or _BATCH.search(core) or \
                    core.count("（") != core.count("）") or \
                    (m.group() in ("项目", "工程", "平台") and _only_place_and_generic(
                        text, start, hs, generic)):
                continue
            # 签订某某项目合作协议, 投资2亿元建设某某基地: what is signed for or
            # invested in is one named project, whatever words name it.
            # 泊某县建成了甲检验检测中心和乙产业互联网平台: what the place has built.
            # (了 is what _PLACE_BUILT cannot match without: a cheap test first.)
            built = "了" in text and (_PLACE_BUILT.search(text, 0, start) or text[start - 1:start] == "和" and any(
                o.end - sent.start == start - 1 and _PLACE_BUILT.search(text, 0, o.start - sent.start)
                for o in out[first:]))
            # 就某某生产基地项目落户某县进行洽谈: a project that is to settle somewhere is one.
            framed = cobuilt or built or (_AGREEMENT.match(text, he) and _SIGN_BEFORE.search(text, 0, start)) or \
                m.group() == "项目" and text.startswith("落户", he) and text.endswith("就", 0, start) or \
                _INVEST_BEFORE.search(text, 0, start) or _COMPANY_BUILT.search(text, 0, start) or \
                m.group() == "项目" and text.find("签", 0, start) != -1 and (
                    _SIGN_LIST_BEFORE.search(text, 0, start) or text.endswith("签约", 0, start))
            # 加快推进甲国际医疗城、西部智造港建设: the item after a named project in a
            # 、-list is a name too, however plain its words.
            framed = framed or text[start - 1:start] == "、" and not name.endswith(_ROLE_HEADS) and any(
                o.end - sent.start == start - 1 for o in out[first:])
            if not with_company and not framed and not _distinctive(toks, start, hs, generic, text, stops) and \
                    not named_after_company(text, start) and \
                    not (m.group() in _ZONE_HEADS and hs - start == 2 and text[start:hs] not in generic):
                # 某某经济开发区智能装备产业园: a park inside a zone, named by its trade
                # alone, takes the zone's name in front.
                zone = start > 0 and m.group() not in _ZONE_HEADS and text.endswith(zone_heads, 0, start)
                jz = bisect_right(tok_ends, start) - 1 if zone else -1
                if jz < 0 or toks[jz].end != start:
                    continue
                zs, _ = _walk_left(text, toks, jz, stops, inner, sent.start, company_ends, ())
                zs = _trim_front(toks, zs, start)
                if zs >= start or not _distinctive(toks, zs, start, generic, text, stops):
                    continue
                # (the zone found on its own just before is that name's front)
                out[first:] = [x for x in out[first:] if not (x.start == sent.start + zs and
                                                              x.end == sent.start + start)]
                start = zs
                name = text[start:he]
            # Mini LED背光模组项目: a Latin word before a space is part of the name.
            if start >= 3 and text[start - 1] == " " and text[start].isascii() and text[start].isalpha():
                latin = _LATIN_BEFORE.search(text, max(0, start - 14), start)
                if latin:
                    start = latin.start()
                    name = text[start:he]
            short = _SHORT_FORM.match(text, he)
            out.append(Mention("Project", name, doc.doc_id, sent.index, sent.start + start,
                               sent.start + he, "project.company-head" if with_company
                               else "project.head", aliases=(short.group(1),) if short else ()))
        out.extend(_phase_items(doc, sent, out[first:]))
        by_head = [(m.start, m.end) for m in out[first:]]      # this sentence's
        for e in enumerations(text, _CATEGORIES, stops, offset=sent.start, verbs=True):
            # 引进冻干咖啡、咖啡饮料等项目: the kinds of project sought, no names.
            sought = text.endswith(_SOUGHT, 0, e.start - sent.start)
            for item, s in zip(e.items, e.starts):
                if sought and _common_kind(item, head_re):
                    continue
                item_s = item.strip(_QUOTES) if item.count("“") != item.count("”") else item
                s += item.find(item_s)
                # 某某高新区扩区调区: the head rule found the name; the rest is what is done to it.
                if any(a == s and b < s + len(item_s) and not head_re.search(doc.text, b, s + len(item_s))
                       for a, b in by_head):
                    continue
                # 推进甲新通道物流枢纽、乙等项目: the head rule found the whole name already.
                if any(a < s and s + len(item_s) <= b and not re.search("[和与及、]", doc.text[a:b])
                       for a, b in by_head):
                    continue
                if 3 <= len(item_s) <= 30 and not _GENERIC.match(item_s) and \
                        not item_s.endswith(("企业", "公司", "集团")):
                    out.append(Mention("Project", item_s, doc.doc_id, sent.index, s,
                                       s + len(item_s), "project.enumeration"))
    out.extend(_company_phases(doc, lex, out))
    # 某某古镇 in 某某古镇文旅综合开发项目: a site that only opens a longer
    # project's name (the works on it) is no project of its own there.
    by_start: dict[int, list] = {}
    for m in out:
        by_start.setdefault(m.start, []).append(m)
    out = [m for m in out if not any(o.end > m.end + 3 and o.text.endswith("项目") and
                                     not _PHASE.match(o.text, m.end - o.start)
                                     for o in by_start[m.start])]
    return out + _known_names(doc, out)


_SOUGHT = ("引进", "招引", "引入", "招商")


def _common_kind(item: str, head_re) -> bool:
    """An item of dictionary words only, with no head and no proper name, is a kind.

    >>> import re
    >>> _common_kind("冻干咖啡", re.compile("产业园")), _common_kind("岚湖数字产业园", re.compile("产业园"))
    (True, False)
    """
    if head_re.search(item) or not CJK_RUN.fullmatch(item):
        return False
    return all(in_dictionary(t.word) and t.flag not in _PROPER_FLAGS for t in tokens(item))


# 某某汽车股份有限公司新能源整车二期建成投产: a company's phase is a project even
# without a head word.
_COMPANY_PHASE = re.compile(rf"([{CJK}]{{2,10}}?[一二三四五六]期)(?:工程|项目)?(?=建成|投产|开工|竣工|启动|正式)")


def _company_phases(doc: Document, lex: Lexicon, found: list[Mention]) -> list[Mention]:
    out = []
    taken = [(m.start, m.end) for m in found]
    for c in companies.extract(doc, lex):
        if c.rule != "company.suffix":
            continue
        m = _COMPANY_PHASE.match(doc.text, c.end)
        if m and not any(a <= c.start < b or a < m.end() <= b for a, b in taken):
            out.append(Mention("Project", doc.text[c.start:m.end()], doc.doc_id, c.sentence,
                               c.start, m.end(), "project.company-phase",
                               aliases=(m.group(1),)))
    return out


# 加快推进某某动力电池二期、某某产业园建设 / 包括某某城市更新一期、某某道路改造工程:
# a phase listed next to a named project is one too, without a head word.
_PHASE_ITEM = re.compile(rf"([{CJK}]{{3,16}}[一二三四五六]期)、$")
_ITEM_LEADS = ("加快", "全力", "推进", "推动", "实施", "抓好", "包括", "开工", "启动", "建成", "建设", "做好")


def _phase_items(doc: Document, sent, found: list[Mention]) -> list[Mention]:
    out = []
    for m in found:
        if m.start - sent.start < 5 or doc.text[m.start - 1] != "、":
            continue
        p = _PHASE_ITEM.search(doc.text, max(sent.start, m.start - 18), m.start)
        if not p:
            continue
        s = p.start(1)
        changed = True
        while changed:
            changed = False
            for v in _ITEM_LEADS:
                if doc.text.startswith(v, s) and p.end(1) - s - len(v) >= 4:
                    s += len(v)
                    changed = True
        out.append(Mention("Project", doc.text[s:p.end(1)], doc.doc_id, sent.index, s, p.end(1),
                           "project.phase-item"))
    return out


def _known_names(doc: Document, found: list[Mention]) -> list[Mention]:
    """A name found once is a name wherever the article repeats it, also where
    the words around it hide its start (是某山经济开发区: jieba may read the place as a verb)."""
    covered: dict[int, list] = {}       # sentence -> spans taken (a name lies within one)
    for m in found:
        covered.setdefault(m.sentence, []).append((m.start, m.end))
    extra = []
    text = doc.text
    starts = [s.start for s in doc.sentences]
    for name in sorted({m.text for m in found if len(m.text) >= 5}, key=len, reverse=True):
        s = text.find(name)
        while s != -1:
            e = s + len(name)
            k = bisect_right(starts, s) - 1
            sent = doc.sentences[k] if k >= 0 else None
            # Within one sentence (the text between sentences is no sentence's).
            if sent is not None and e <= sent.end and \
                    not any(a <= s and e <= b for a, b in covered.get(sent.index, ())):
                extra.append(Mention("Project", name, doc.doc_id, sent.index, s, e,
                                     "project.known-name"))
                covered.setdefault(sent.index, []).append((s, e))
            s = text.find(name, s + 1)
    return extra
