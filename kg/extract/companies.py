"""Companies: names ending in an organisation suffix (有限公司, 集团, 研究院),
their 简称 in brackets, items of lists closed by 等企业, bare brand names in a
list with a suffixed name, and the places an official visits one after another.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "青川区与长青投资有限公司（简称长青投资）签约。")
>>> [(m.text, m.aliases) for m in extract(doc, load())]
[('长青投资有限公司', ('长青投资',))]
"""
from __future__ import annotations

import re

from kg.clean import CJK
from kg.extract.spans import enumerations, tokens, trim_left_words, word_left_edge
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_CATEGORIES = ("企业", "公司", "央企国企", "央企", "国企", "民企", "科研院所", "龙头企业", "企业家",
               "重点企业", "优质企业", "知名企业", "头部企业", "链主企业")
# 简称 or brand in brackets right after the full name.
_BRACKET = re.compile(rf"[（(](?:简称|以下简称)?[“”\"]?([{CJK}A-Za-z0-9·]{{2,15}})[“”\"]?[）)]")
# 某某集团（Förster Präzisionsmechanik Group）: a foreign firm's own name in brackets.
_BRACKET_LATIN = re.compile(r"[（(]([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 .,&'\-]{2,60}?)[）)]")
# (贵公司 is already too short to be a name; 贵州… is a province.)
# (合资公司, 独资公司: a kind the parties set up, not yet one named.)
_NOT_COMPANY_START = ("本", "该", "此", "各", "全", "其", "我", "外资", "民营", "国有", "相关", "合资", "独资",
                      "一批", "多家", "龙头", "重点", "优质", "中小", "小微", "规上", "规模以上",
                      "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "全年")
# An industrial institute named by its number: 815所.
_NUMBERED_INSTITUTE = re.compile(r"(?<![0-9])[0-9]{2,4}所(?![0-9]|学|医|大学|中学|小学|幼儿园|院校)")
# 拜访了株式会社某某精工，: a Japanese legal form written before the name, which
# runs to a punctuation mark or a word that follows names.
_LEGAL_FORM_FIRST = re.compile(rf"株式会社[{CJK}A-Za-z]{{2,10}}?(?=[^{CJK}A-Za-z]|与|和|及|并|的|在|将|等|是|已|于|签)")
# A list of visited places after a visit verb: 先后前往甲科技、乙食品、丙项目现场.
_VISIT_LIST = re.compile(rf"(?:走访|考察|拜访|前往|来到|走进)了?(?:先后|分别|相继)?"
                         rf"((?:[{CJK}A-Za-z0-9]{{2,30}}、)+[{CJK}A-Za-z0-9]{{2,30}})")
_LIST = re.compile(rf"(?:[{CJK}A-Za-z0-9·]{{2,20}}、)+[{CJK}A-Za-z0-9·]{{2,20}}")
# 签署|智能焊接|联合实验室|合作协议: a name between a signing verb and its agreement
# is what is signed for.
_SIGNED_FOR = re.compile(rf"(?:签订|签署)了?[{CJK}A-Za-z0-9]{{0,12}}$")
_AGREEMENT_AFTER = re.compile("(?:合作|共建|框架|投资)?协议")
_PARTY = re.compile("(?:运营|投资|建设|合作|承建|签约|开发|出资|供货|采购|施工)方")
_NAME_JOIN = re.compile("(?:有限公司|公司|集团)(?:和|与|及|以及)")
# 发展|某某县某某合作社: a name word used as a verb before a county or city name.
_COUNTY_AHEAD = re.compile(f"[{CJK}]{{1,4}}(?:县|市|区|旗|州)(?!长|委|政府)")
# 农民专业合作社 alone is a kind of organisation, not one cooperative.
_COOP_KIND = re.compile("(?:农民|专业|种植|养殖|种养|示范|家庭|农机|农业|股份|经济|各类|新型)*")
_PROJECT_POSTS = ("项目经理", "项目负责人", "项目总监")
_SUFFIX_ONLY = re.compile(r"^(?:股份|有限|责任|控股|集团|公司|有限公司|研究院|研究所)+$")
# 中国某某银行股份有限公司某某县支行: the branch is part of the name.
_BRANCH = re.compile(rf"[{CJK}]{{2,8}}?(?:支行|分行|分公司)")
_CLAUSE_MARKS = "，。；：、（“”● \n"
# One-character words that may open a clause before a company's name.
_ONE_CHAR_WORDS = set("与和同在由向对把将被从为及是经据但且并而又也就才都还再已曾让使请等如若因其该本此各我像")
_SHORT_FORM_OPEN = re.compile("[（(](?:以下)?简称[“\"]?$")
# 商业银行, 农商银行, 各银行: a kind of bank, not one.
_BANK_KIND = re.compile("[各全本该多家]?(?:商业|农商|农村商业|村镇|政策性|合作|民营|国有|股份制|外资|地方|城商|"
                        "大型|中小|合作金融|金融|开发性|全国性|区域性|相关|有关)?")
# 等8家金融机构: a count of firms is no name.
_COUNTED_FIRMS = re.compile("[0-9一二三四五六七八九十百多]+家")


def _excluded(name: str, blockers) -> bool:
    """Government bodies, schools, hospitals, associations are not companies."""
    return any(b in name for b in blockers)


def _is_name(item: str, lex: Lexicon) -> bool:
    """A bare list item that can be a brand name: no verb, place or category."""
    if not 2 <= len(item) <= 14 or item.startswith(_NOT_COMPANY_START):
        return False
    if re.search("(?:区|县|市|镇|乡|村|省|现场|项目|产业|企业|园|街|基地|工程|中心|部门|单位|园[一二三四五六]期)$", item):
        return False
    return not any(t.flag in ("v", "d", "p", "c", "r") and len(t.word) > 1 or t.word in ("的", "了")
                   for t in tokens(item))


def _proper(item: str) -> bool:
    """Whether a bare item has a proper-noun part and no verb (岚浩集成电路 yes,
    搞座谈 no)."""
    toks = tokens(item)
    return any(t.flag in ("nr", "ns", "nz", "nt", "nrt", "x", "j") for t in toks) and \
        not any(t.flag == "v" for t in toks)


# The last document's companies: the project rules ask for them too, for the
# same document, right after (kg.extract runs the extractors in turn).
_last: tuple = (None, None, [])


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    global _last
    if _last[0] is doc and _last[1] is lex:
        return list(_last[2])
    out = _extract(doc, lex)
    _last = (doc, lex, out)
    return list(out)


def _extract(doc: Document, lex: Lexicon) -> list[Mention]:
    # A meeting word ends a company name too (签约活动|某某有限公司).
    stops = set(lex.words("left_stops")) | set(lex.words("meeting_heads"))
    keep = frozenset(lex.words("company_name_words"))
    blockers = lex.words("company_blockers")
    suffix_re = re.compile(f"(?:{alternation(lex.words('company_suffixes'))})")
    project_heads = tuple(lex.words("project_heads"))
    provinces = tuple(lex.words("province_names"))
    out: list[Mention] = []
    for sent in doc.sentences:
        text = sent.text
        found: list[Mention] = []

        def add(s, e, rule, aliases=()):
            found.append(Mention("Company", text[s:e], doc.doc_id, sent.index, sent.start + s,
                                 sent.start + e, rule, aliases=aliases))

        for m in suffix_re.finditer(text):
            # 某某公司项目: the company word is part of a project's name.
            # (某某集团有限公司项目经理张某: a post at the company, not a project.)
            if text.startswith("项目", m.end()) and not text.startswith(_PROJECT_POSTS, m.end()):
                continue
            start = word_left_edge(text, m.start(), stops, keep, max_len=24, suffix_char=True)
            # 浙江百强科技企业|某某集团: a description before the name ends at 企业.
            cut = text.rfind("企业", start, m.start() - 2)
            if cut != -1:
                start = cut + 2
            # 某某科技全资子公司|某某有限公司, 集团旗下|某某物流有限公司: the parent and
            # the relation are no part of it.
            cut = text.rfind("子公司", start, m.start() - 2)
            if cut != -1:
                start = cut + 3
            cut = text.rfind("旗下", start, m.start() - 2)
            if cut != -1:
                start = cut + 2
            # 园区运营方|某某供应链有限公司: the party's role is no part of its name.
            party = None
            for party in _PARTY.finditer(text, start, m.start() - 2):
                pass
            if party is not None:
                start = party.end()
            # 甲有限公司和乙有限公司: a name does not run back over another's suffix.
            prev = list(_NAME_JOIN.finditer(text[start:m.start()]))
            if prev:
                start += prev[-1].end()
            # 联合|上海某某集团: a name word used as a verb before a province is no part of it.
            # (联合|成都某某物业服务有限公司: a city the tokenizer knows as a place, too.)
            toks = tokens(text)
            lead = next((t for t in toks if t.start == start), None)
            if lead is not None and lead.flag in ("v", "vn") and lead.word in keep and \
                    (text.startswith(provinces, lead.end) or _COUNTY_AHEAD.match(text, lead.end) or
                     any(t.start == lead.end and t.flag == "ns" for t in toks)):
                start = lead.end
            # 越川某某有限公司 at a clause's start: jieba read 越 as an adverb, but one
            # character left alone before a name is the name's own.
            if start >= 1 and (start == 1 or text[start - 2] in _CLAUSE_MARKS) and \
                    re.match(f"[{CJK}]", text[start - 1]) and text[start - 1] not in _ONE_CHAR_WORDS:
                start -= 1
            # 签署智能焊接联合实验室合作协议: what is signed for is a project, no party.
            if _SIGNED_FOR.search(text, 0, start) and _AGREEMENT_AFTER.match(text, m.end()):
                continue
            # 像某某集团这样的企业: the comparison word is no part of the name.
            if text[start] == "像" and text.startswith(("这样", "一样", "那样", "这类", "这种"), m.end()):
                start += 1
            # （简称“某某农商银行”）: the short form in brackets belongs to the name before.
            if _SHORT_FORM_OPEN.search(text, max(0, start - 6), start):
                continue
            name = text[start:m.end()]
            core = name[: len(name) - len(m.group())]
            # 科创板上市公司, 区属平台公司: a kind of company, not one; 整合为4家集团:
            # a count of them; “公司+合作社”模式: a way of working together.
            if name.endswith(("上市公司", "子公司", "平台公司")) or _COUNTED_FIRMS.match(name) \
                    or "+" in name:
                continue
            if len(core) < 2 or name.startswith(_NOT_COMPANY_START) or \
                    _SUFFIX_ONLY.match(core) or _excluded(name, blockers) or \
                    "合作社" in m.group() and _COOP_KIND.fullmatch(core):
                continue
            # 某某联合实验室: a lab two parties set up together is a project of theirs.
            if name.endswith("联合实验室"):
                continue
            # 某省先进材料实验室, 国家某某实验室: a public lab, no enterprise's.
            if m.group() == "实验室" and name.startswith(provinces + ("国家", "省")):
                continue
            if m.group() == "银行" and _BANK_KIND.fullmatch(core):
                continue
            end = m.end()
            br = _BRANCH.match(text, end) if m.group().endswith(("公司", "银行")) else None
            if br and not _BRACKET.match(text, end):
                end = br.end()
            b = _BRACKET.match(text, end) or _BRACKET_LATIN.match(text, end)
            add(start, end, "company.suffix", (b.group(1),) if b else ())
        for m in _NUMBERED_INSTITUTE.finditer(text):
            add(m.start(), m.end(), "company.numbered-institute")
        if "株式会社" in text:
            for m in _LEGAL_FORM_FIRST.finditer(text):
                add(m.start(), m.end(), "company.legal-form-first")
        suffixed = list(found)
        for e in enumerations(text, _CATEGORIES, stops, verbs=True):
            for item, s in zip(e.items, e.starts):
                # 某某县与甲公司、乙公司等企业签约: the place signing is no company
                # (超市 is a trade word).
                if 2 <= len(item) <= 20 and not item.startswith(_NOT_COMPANY_START) and \
                        not _COUNTED_FIRMS.match(item) and \
                        not _excluded(item, blockers) and not re.search("(?:[区县镇乡省]|(?<!超)市)$", item):
                    add(s, s + len(item), "company.enumeration")
        # 甲食品、乙科技公司、丙环境负责人: bare names listed with a suffixed one.
        for m in (_LIST.finditer(text) if "、" in text else ()):
            items = _split(text, m.start(), m.end())
            if not any(c.start - sent.start == s and c.end - sent.start == e
                       for c in suffixed for s, e in items):
                continue
            done = {(c.start - sent.start, c.end - sent.start) for c in suffixed}
            for s, e in items:
                if (s, e) in done:
                    continue
                s = trim_left_words(text, s, e, stops, verbs=True) if s == items[0][0] else s
                item = text[s:e]
                tail = re.match(r"(.+?)(?:负责人|董事长|总经理|代表|等|分别|一行)", item)
                if tail:
                    e = s + len(tail.group(1))
                    item = tail.group(1)
                if _is_name(item, lex) and not item.endswith(project_heads):
                    add(s, e, "company.mixed-list")
        # 先后前往甲集成电路、乙食品、丙项目现场: the places visited one after another.
        for m in _VISIT_LIST.finditer(text):
            items = _split(text, m.start(1), m.end(1))
            for s, e in items:
                item = text[s:e]
                if _is_name(item, lex) and not item.endswith(project_heads) and \
                        not _excluded(item, blockers) and _proper(item):
                    add(s, e, "company.visit-list")
        # A shorter match inside a longer one (某某集团 in 某某集团控股有限公司) is part of it.
        for c in found:
            if not any(o is not c and o.start <= c.start and c.end <= o.end and
                       o.end - o.start > c.end - c.start for o in found):
                out.append(c)
    return out


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the items of the 、-list text[start:end]."""
    out, pos = [], start
    for part in text[start:end].split("、"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out
