"""Merge mentions into entities, within a document and across documents.

Surface forms that mean the same thing become one entity:
- the same name (after normalising quotes, brackets and width);
- a 简称 given in brackets (某某投资有限公司（简称某某投资）);
- a short form that is the full name without its legal suffix or place prefix
  (某某投资 / 某某投资有限公司, 岚禾软科技有限公司 / 江南岚禾软科技有限公司);
- a project with or without the word 项目.
A meeting named only generically (战略合作签约仪式) stays within its document.

Officials are people, and two people can share a name.  The same name is one
official across articles unless the articles place them apart: when the posts
name places (青石区委书记 -> 青石区, 白河县县长 -> 白河县) and those places do not
overlap (北山县 and 山西北山县 overlap), they are different people, each keyed by
their place; a post without a place (区长) is placed by the article when
the article is about a place of its level (an article about 青石区).  A name
whose posts still give no place (区委书记) joins the one placed
person of that name whose place is of its level (区委书记 -> a place ending in
区); if there are several, it stays a node of its own, since the text does not
say which one it is.  Within one article a name is one person.

>>> from kg.model import Mention
>>> a = Mention("Company", "某某投资有限公司", "d", 0, 0, 8, "r", aliases=("某某投资",))
>>> b = Mention("Company", "某某投资", "d", 1, 20, 24, "r")
>>> [(e.label, e.aliases) for e in resolve([a, b])]
[('某某投资有限公司', ('某某投资',))]
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from kg.lexicon import builtin_words
from kg.model import Entity, Mention, Post, Relation, RelationMention   # Post: doctests

_QUOTES = re.compile("[“”‘’\"'「」『』《》]")
_HAN = re.compile("[\u4e00-\u9fff]")
_COMPANY_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司)$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|市|县|区)?(?=[\u4e00-\u9fff]{3,})")
# Meeting names distinctive enough to be the same meeting in two articles.
_ANNUAL_TAIL = re.compile(r"年产[0-9.]+[\u4e00-\u9fff]{3,20}项目$")
_PLACE_END = re.compile(r"[省市县区旗镇乡州盟]$")
_SPECIFIC_MEETING = re.compile(r"第|届|次|[0-9]{4}|党的|全会|代表大会|党代会")


_SPACES = re.compile(r"\s+")
# Spaces and quote marks in one pattern: dropping both at once is the same as
# one after the other.
_DROPPED = re.compile(r"[\s“”‘’\"'「」『』《》]+")


@lru_cache(maxsize=1 << 18)     # names repeat: a corpus asks for millions, mostly the same
def norm(s: str) -> str:
    """The identity form of a name: NFKC, no spaces or quote marks.

    >>> norm("“青石 科技”")
    '青石科技'
    """
    if not unicodedata.is_normalized("NFKC", s):    # most names are, and the test is cheap
        s = unicodedata.normalize("NFKC", s)
    return _DROPPED.sub("", s)


_GOAL_VERB = re.compile(r"^(?:高质量|加快|扎实|全面|奋力|大力|深入|持续|坚定不移)?"
                        r"(?:建设|推进|打造|推动|实现|融入)(?=.{4,})")
_GOAL_TIME = re.compile(r"^(?:[0-9]{4}年|一季度|全年|年度|上半年)")


def goal_cores(name: str) -> tuple[str, str]:
    """The forms a goal is identified by: without a leading verb or a trailing
    建设 (高质量建设幸福青禾 / 幸福青禾建设 -> 幸福青禾), and that
    form without a leading period (2024年“开门红” -> 开门红).

    >>> goal_cores("高质量建设幸福青禾")
    ('幸福青禾', '幸福青禾')
    >>> goal_cores("一季度‘开门红’")
    ('一季度开门红', '开门红')
    """
    n = norm(name)
    n = _GOAL_VERB.sub("", n)
    # 七项重点工作 / 7项重点工作
    n = re.sub(r"^[一二三四五六七八九十](?=[项个大条])", lambda m: str("一二三四五六七八九十".index(m.group()) + 1), n)
    if n.endswith("建设") and len(n) > 3:
        n = n[:-2]
    return n, _GOAL_TIME.sub("", n) or n


def _company_cores(name: str) -> set[str]:
    n = norm(name)
    core = _COMPANY_SUFFIX.sub("", n)
    out = {n}
    if core != n and len(core) >= 2:
        out.add(core)
    return out


_ZONE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|县|区)?(?:经济技术|经济|工业)?"
                   r"(开发区|经开区|高新区|园区|工业区)$")


def _zone_key(name: str) -> str:
    """One key for the forms of a zone's name: 某鹿县经济开发区 / 某鹿开发区 /
    某鹿经开区, 某果工业园区 / 某果工业区.

    >>> _zone_key("南岭县经济开发区") == _zone_key("南岭开发区")
    True
    """
    m = _ZONE.match(name)
    if not m:
        return ""
    head = {"经开区": "开发区", "园区": "工业区"}.get(m.group(2), m.group(2))
    return f"zone:{m.group(1)}{head}"


def _project_short_form(short: str, long: str) -> bool:
    """某好线束生产项目 is a short form of 某好汽车线束生产项目: same head word,
    the short form's first two characters occur in the long one and the rest
    of it follows in order.

    >>> _project_short_form("青禾线束项目", "青禾汽车线束项目")
    True
    >>> _project_short_form("青禾线束项目", "青禾汽车电池项目")
    False
    """
    if len(short) < 5 or short[-2:] != long[-2:]:
        return False
    at = long.find(short[:2])
    if at == -1:
        return False
    rest = iter(long[at + 2:-2])
    return all(c in rest for c in short[2:-2])


def _trade_short_form(short: str, long: str) -> bool:
    """岚光新能源 is 安徽岚光新能源科技有限公司 without its place, trade word and
    legal suffix.

    >>> _trade_short_form("岚光新能源", "江淮岚光新能源科技有限公司")
    True
    >>> _trade_short_form("岚光", "江淮岚光新能源科技有限公司")
    False
    """
    from kg.lexicon import builtin_words
    if len(short) < 4 or _COMPANY_SUFFIX.search(short):
        return False
    core = _COMPANY_SUFFIX.sub("", long)
    trade = set(builtin_words("company_name_words"))
    for start in (0, 2, 3):
        if core.startswith(short, start):
            rest = core[start + len(short):]
            return rest == "" or rest in trade or rest[:2] in trade and rest[2:] in trade
    return False


def _abbreviates(short: str, long: str) -> bool:
    """某省水投集团 is short for 某省水利投资集团: same start, same legal suffix,
    and the short form's characters appear in order in the long one.

    >>> _abbreviates("南江水投集团", "南江水利投资集团")
    True
    >>> _abbreviates("南江水投集团", "北江水利投资集团")
    False
    """
    ms, ml = _COMPANY_SUFFIX.search(short), _COMPANY_SUFFIX.search(long)
    if not ms or not ml or ms.group() != ml.group() or short[:2] != long[:2]:
        return False
    rest = iter(long[2:ml.start()])
    middle = short[2:ms.start()]
    return len(middle) >= 2 and all(c in rest for c in middle)


def _placed_group_form(short: str, long: str) -> bool:
    """福某特集团 is 德国福某特精密机械集团, 产业投资集团 is 某岭产业发展投资集团有限公司:
    a group named again without the place (a country, a city) its full name
    starts with; the short core's first two characters open the long name after
    that place and the rest follow in order.

    >>> _placed_group_form("岚斯特集团", "德国岚斯特精密机械集团")
    True
    >>> _placed_group_form("产业投资集团", "青岭产业发展投资集团有限公司")
    True
    >>> _placed_group_form("产业投资集团", "青岭产业发展集团有限公司")
    False
    """
    if not short.endswith("集团"):
        return False
    ml = _COMPANY_SUFFIX.search(long)
    if not ml or not ml.group().startswith("集团"):
        return False
    core, long_core = short[:-2], long[:ml.start()]
    if len(core) < 3:
        return False
    at = long_core.find(core[:2], 2, 4)
    if at == -1:
        return False
    rest = iter(long_core[at + 2:])
    return all(c in rest for c in core[2:])


class _UnionFind:
    """Union-find over 0..n-1; the parents sit in an array (8 bytes each,
    not an int object and a dict entry per mention)."""

    def __init__(self, n: int):
        from array import array
        self.parent = array("q", range(n))

    def find(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key wins, so the result does not depend on input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _scope(m: Mention) -> str:
    """Mentions of the same name in the same scope are one entity."""
    if m.type == "Meeting" and not _SPECIFIC_MEETING.search(m.name):
        return m.doc_id
    return ""


# The place at the head of an organisation's name: 青石区委 -> 青石区, 山西北山县委 -> 山西北山县.
_ORG_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|省|市|县|区|州|旗)")


def post_places(m: Mention) -> set[str]:
    """Places named by an official's posts (a bare 区委 names none).

    >>> post_places(Mention("Official", "张明华", "a", 0, 0, 3, "r",
    ...                     posts=(Post("白河县县委书记", "书记", "白河县县委"), Post("区长", "区长", ""))))
    {'白河县'}
    """
    out = set()
    for p in m.posts:
        pm = _ORG_PLACE.match(norm(p.org))
        if pm and pm.group(0)[0] not in "省市县区州旗":
            out.add(pm.group(0))
    return out


def _post_levels(m: Mention) -> set[str]:
    """The level of government a post without a place implies: 区委书记 -> 区."""
    return {x[0] for p in m.posts for x in (p.org, p.title) if x and x[0] in "省市县区州旗"}


def _same_place(a: set[str], b: set[str]) -> bool:
    return any(x.endswith(y) or y.endswith(x) for x in a for y in b)


def official_scopes(mentions: list[Mention], place_of=None) -> dict[int, str]:
    """{mention index: scope} for officials whose name is shared by people the
    posts place apart (see the module doc); other officials are not listed.
    `place_of(doc_id)`, when given, is the place an article is about: there a
    post without a place (区长) of that place's level is that place's.

    >>> from kg.model import Post
    >>> a = Mention("Official", "张明华", "a", 0, 0, 3, "r", posts=(Post("青石区委书记", "书记", "青石区委"),))
    >>> b = Mention("Official", "张明华", "b", 0, 0, 3, "r", posts=(Post("白河县县长", "县长", "白河县"),))
    >>> official_scopes([a, b])
    {0: '青石区', 1: '白河县'}
    """
    by_name: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(mentions):
        if m.type == "Official":
            by_name[norm(m.name)][m.doc_id].append(i)
    scopes: dict[int, str] = {}
    for docs in by_name.values():
        if len(docs) < 2:
            continue                         # within one article a name is one person
        people: list[set[str]] = []          # the places of each person, in doc order
        members: list[list[int]] = []
        unplaced: list[int] = []
        for doc in sorted(docs):
            ids = docs[doc]
            places = set().union(*(post_places(mentions[i]) for i in ids))
            if not places and place_of is not None:
                where = place_of(doc)
                if where and any(where.endswith(lv) for i in ids for lv in _post_levels(mentions[i])):
                    places = {where}
            if not places:
                unplaced.extend(ids)
                continue
            hits = [k for k, ps in enumerate(people) if _same_place(ps, places)]
            if not hits:
                people.append(set(places))
                members.append(list(ids))
                continue
            # This article's places may join two people seen apart so far.
            k = hits[0]
            for h in reversed(hits[1:]):
                people[k] |= people.pop(h)
                members[k] += members.pop(h)
            people[k] |= places
            members[k] += ids
        if len(people) < 2:
            continue
        for i in unplaced:
            # 区委书记 with no place can still only be a person placed in a 区.
            levels = _post_levels(mentions[i])
            fits = [k for k, ps in enumerate(people)
                    if not levels or any(p.endswith(lv) for p in ps for lv in levels)]
            if len(fits) == 1:
                members[fits[0]].append(i)
        for ps, ids in zip(people, members):
            scope = min(ps, key=lambda p: (len(p), p))
            for i in ids:
                scopes[i] = scope
    return scopes


def _form_scope(m: Mention, form: str) -> str:
    """A bare meeting word given as an alias (全会, 会议) names the meeting only
    within its article: two articles' 全会 are two plenaries."""
    if m.type == "Meeting" and form in _generic_meeting_words():
        return m.doc_id
    return _scope(m)


@lru_cache(maxsize=1)
def _generic_meeting_words() -> frozenset:
    return frozenset(norm(w) for w in builtin_words("meeting_generic"))


def resolve(mentions, place_of=None) -> list[Entity]:
    """Group mentions into entities (see the module doc); sorted by key.
    `place_of(doc_id)`: the place an article is about (see official_scopes)."""
    mentions = list(mentions)
    uf = _UnionFind(len(mentions))
    # The first mention of each (type, scope, form); later ones join it.  (A
    # list of every mention per form would cost a list per form for nothing;
    # a dict per (type, scope) spares a key tuple per form.)
    first: dict[tuple, dict[str, int]] = defaultdict(dict)

    def same(key, i):
        j = first[key[:2]].setdefault(key[2], i)
        if j != i:
            uf.union(j, i)
    scopes = official_scopes(mentions, place_of)
    for i, m in enumerate(mentions):
        forms = {norm(m.text), norm(m.name)} | {norm(a) for a in m.aliases}
        if m.type == "Project":
            forms |= {f[:-2] for f in forms if f.endswith("项目") and len(f) > 5}
            forms |= {_zone_key(f) for f in forms if _zone_key(f)}
        if m.type == "Goal":
            core, dated = goal_cores(m.name)
            forms.add(core)
            # 一季度“开门红” and “开门红” are one goal only within one article.
            same((m.type, m.doc_id, dated), i)
            # “2468”总体发展布局 / “2468”的总体布局: one quoted line, one kind of head.
            q = re.fullmatch(r"[“‘]([^“”‘’]+)[”’]的?[\u4e00-\u9fff]{0,4}([\u4e00-\u9fff]{2})", m.name)
            if q:
                same((m.type, m.doc_id, "|".join(q.groups())), i)
        for f in forms:
            same((m.type, scopes.get(i, _form_scope(m, f)), f), i)
    del first
    # Company short forms within one document: 某某投资 -> 某某投资有限公司.
    comp_by_doc = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type == "Company":
            comp_by_doc[m.doc_id].append(i)
    # Project short forms within one document: 某好线束生产项目 -> 某好汽车线束生产项目.
    proj_by_doc = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type == "Project":
            proj_by_doc[m.doc_id].append(i)
    # Mentions of one name are one entity already (their form is the name), so
    # each distinct name is paired once, by its first mention.
    for ids in proj_by_doc.values():
        names = _first_of_names(mentions, ids)
        for i, a in names:
            for j, b in names:
                if len(a) < len(b) and _project_short_form(a, b):
                    uf.union(i, j)
        # 某旗年产10万吨甲醇项目 / 某某有限公司年产10万吨甲醇项目: the same output named
        # after the place and after the one company that builds it is one project
        # (two companies' 年产 projects of one size stay two).
        by_tail = defaultdict(list)
        for i, a in names:
            t = _ANNUAL_TAIL.search(a)
            if t and t.start() > 0:
                by_tail[t.group()].append((i, bool(_PLACE_END.search(a[:t.start()]))))
        for group in by_tail.values():
            owners = [i for i, placed in group if not placed]
            if len(owners) == 1:
                for i, placed in group:
                    if placed:
                        uf.union(i, owners[0])
    for ids in comp_by_doc.values():
        names = _first_of_names(mentions, ids)
        for i, a in names:
            for j, b in names:
                if i != j and len(a) < len(b) and len(a) >= 4 and (
                        a in _company_cores(b) or b.endswith(a) and _COMPANY_SUFFIX.search(a)
                        or _group_form(a, b) or _abbreviates(a, b) or _trade_short_form(a, b)
                        or _placed_group_form(a, b)
                        or _trade_group(a, b)):
                    uf.union(i, j)
    groups = defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)
    entities = [_entity([mentions[i] for i in ids], scopes.get(ids[0], "")) for ids in groups.values()]
    entities.sort(key=lambda e: e.key)
    return entities


_GROUP_LEGAL_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "控股有限公司")


def _group_form(short: str, long: str) -> bool:
    """某某集团 is 某某集团有限公司 named without its legal form (a headline's
    short name, in the same article).

    >>> _group_form("岭湖锂能集团", "岭湖锂能集团有限公司"), _group_form("岭湖集团", "岭湖科技有限公司")
    (True, False)
    """
    return short.endswith("集团") and long.startswith(short) and long[len(short):] in _GROUP_LEGAL_FORMS


def _trade_group(short: str, long: str) -> bool:
    """某某集团 is 省名某某管道装备集团有限公司 called by its trade name and 集团
    (the place and the trade words left out).

    >>> _trade_group("岭通集团", "江淮岭通管道装备集团有限公司"), _trade_group("岭通集团", "江淮岭南管道有限公司")
    (True, False)
    """
    if not short.endswith("集团") or not 4 <= len(short) <= 6:
        return False
    trade = short[:-2]
    at = next((k for k in (0, 2, 3) if long.startswith(trade, k)), -1)
    if at == -1:
        return False
    # (某某集团长某某有限公司 is a subsidiary the group names, not the group.)
    rest = long[at + len(trade):]
    k = rest.find("集团")
    return k != -1 and rest[k + 2:] in ("",) + _GROUP_LEGAL_FORMS


def _first_of_names(mentions: list[Mention], ids: list[int]) -> list[tuple[int, str]]:
    """(index of the first mention, normalised name) of each name among `ids`."""
    first: dict[str, int] = {}
    for i in ids:
        first.setdefault(norm(mentions[i].name), i)
    return [(i, n) for n, i in first.items()]


def _entity(ms: list[Mention], person_scope: str = "") -> Entity:
    t = ms[0].type
    names = [m.name for m in ms] + [m.text for m in ms] + [a for m in ms for a in m.aliases]
    # The label is the fullest form: the longest name; ties go to the most frequent.
    # (A Chinese name before a foreign one: 某某集团 over its English name in brackets.)
    counts = defaultdict(int)
    for n in names:
        counts[n] += 1
    label = max(counts, key=lambda n: (bool(_HAN.search(n)), len(norm(n)), counts[n], n))
    aliases = tuple(sorted({n for n in names if norm(n) != norm(label)} - {label}))
    scope = person_scope or _scope(ms[0])
    key = f"{t}|{norm(label)}" + (f"|{scope}" if scope else "")
    # First-seen order without repeats; a dict, since a goal named in
    # thousands of articles has thousands of quantities (a list search was
    # quadratic).
    posts = dict.fromkeys(p for m in ms for p in m.posts)
    dates = tuple(sorted({m.date for m in ms if m.date}))
    sectors = sorted({m.sector for m in ms if m.sector})
    quantities = dict.fromkeys(q for m in ms for q in m.quantities)
    ordered = tuple(sorted(ms, key=lambda m: (m.doc_id, m.start, m.end, m.rule)))
    return Entity(key=key, type=t, label=label, aliases=aliases, mentions=ordered,
                  posts=tuple(posts), dates=dates, sector=sectors[0] if sectors else "",
                  quantities=tuple(quantities))


def link(entities: list[Entity], rels: list[RelationMention]) -> list[Relation]:
    """Map relation mentions (surface forms) to entity keys; drop those whose
    ends are not entities of the expected type."""
    # (type, form) -> the one entity with that form (the common case), or
    # {doc: key, "": key of the first entity} when several entities share it.
    index: dict[str, dict[str, object]] = defaultdict(dict)     # type -> form -> ...
    for e in entities:
        docs = None
        at = index[e.type]
        for f in e.forms:
            k = norm(f)
            hit = at.get(k)
            if hit is None:
                at[k] = e
                continue
            if hit is e:
                continue
            if isinstance(hit, Entity):
                one = hit
                hit = at[k] = dict.fromkeys({m.doc_id for m in one.mentions}, one.key)
                hit[""] = one.key
            if docs is None:
                docs = {m.doc_id for m in e.mentions}
            for d in docs:
                hit[d] = e.key
            hit.setdefault("", e.key)

    def find(type_, form, doc):
        at = index.get(type_)
        hit = at.get(norm(form)) if at is not None else None
        if hit is None:
            return None
        if isinstance(hit, Entity):
            return hit.key
        return hit.get(doc) or hit.get("")

    grouped: dict[tuple, list[RelationMention]] = defaultdict(list)
    places: dict[str, str] = {}     # one key string per place, not one per relation
    for r in rels:
        s = find(r.subject_type, r.subject, r.doc_id)
        if r.object_type == "Place":
            o = places.get(r.object)
            if o is None:
                o = places[r.object] = f"Place|{norm(r.object)}"
        else:
            o = find(r.object_type, r.object, r.doc_id)
        if not s or not o or s == o:
            continue
        grouped[(r.predicate, s, o, r.role)].append(r)
    del index, places
    return [Relation(*k, tuple(grouped.pop(k))) for k in sorted(grouped)]
