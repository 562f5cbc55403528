"""Relations between the mentions of one document, found from cue words.

    东岭区委书记严正平主持会议并讲话    -> participatesIn chairs, speaksAt
    小分队走访考察了某某科技有限公司      -> visits (the official leading the team)
    青石区与某某投资有限公司…签约          -> signsWith 青石区
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from kg.clean import CJK, CJK_CHAR
from kg.lexicon import builtin_table, builtin_words
from kg.model import Document, Mention, RelationMention
from kg.extract.meetings import SPEECH_TITLE


# participatesIn cue words live in data/participation_cues.tsv.
def _cue_table() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in builtin_table("participation_cues")}


_CUES = _cue_table()
_ROLE_CUES = tuple((role, _CUES[role]) for role in ("chairs", "speaksAt", "attends"))
_VISIT_CUES = ("考察", "走访", "拜访", "拜会", "调研", "走进", "察看", "会见", "参观", "来到", "前往")
_SIGN_CUES = ("签约", "签订", "签署", "战略合作")
# 签约金额: 签约 naming the amount is no signing in this sentence (签约企业代表
# is: the company named is one that signed).
# (签订入驻协议: a firm moving into a park signs with the park, no place.)
# (新签约亿元以上项目14个: a count of what was signed so far, no signing here;
# 签约仪式后，某某一行拜访了某公司: the ceremony tells the time, no one signs.)
_SIGN_CUE = re.compile("(?<!新)(?:签约|签订|签署|战略合作)(?!金额|总额|额|入驻协议|入园协议|(?:仪式|活动)(?:后|前|结束))")
_WITH_EACH = re.compile("分别与(?:各|签约)")
_LIST_JOINS = ("、", "和", "及", "以及", "与")
# 某某县与…, 某某自治州人民政府与…: the place signing (its government is the place).
_PLACE = re.compile(rf"([{CJK}]{{2,10}}?(?:区|县|市|镇|乡|旗|州|盟))(?:人民政府|政府)?(?=与|和|同)")
_WITH_PLACE = re.compile(rf"[与同和]([{CJK}]{{2,10}}?(?:区|县|市|镇|乡|旗|州|盟))(?:人民政府|政府|管委会|管理委员会)?(?:签|正式签)")
# 与某某开发区（管委会）签约: the zone signing, itself or through its committee.
_ZONE_SIGNS = re.compile("(?:管委会|管理委员会|管理局)?(?:正式)?(?:签约|签订|签署)")
# 甲公司与某某村、乙公司与某某村等12对村企签订…: each company with its own village.
_WITH_VILLAGE = re.compile(rf"[与同]([{CJK}]{{2,6}}?(?:村|社区))(?=[、，等])")
# 与园区管理局签约, 与开发区管委会签约: the zone the article is about signs.
_WITH_ZONE = re.compile("[与同](?:园区|开发区|高新区|经开区|产业园)(?:管理局|管委会|管理委员会)?(?:签|正式签)")
# 甲、乙等8家金融机构与丙、丁等46家企业签订…: every one of a list with every one of the other.
_GROUPS_WITH = re.compile(rf"(?:等[0-9一二三四五六七八九十百多]+家[{CJK}]{{0,6}})?[与同]$")
_GROUP_TAIL = re.compile(rf"(?:等[0-9一二三四五六七八九十百多]+家[{CJK}]{{0,6}})?(?:签订|签署|签约)")
# 其中，甲公司投资…；乙公司…: the items of the signing the sentence before counted.
_AMONG = re.compile("其中[，,：:]")
_ITEM_NUMBER = re.compile(r"[0-9]{1,2}[.、](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[）)]")


def _item_lead(s: str) -> int:
    """The length of the bullet or number a list item opens with, else 0.

    >>> _item_lead("■甲公司投资建设乙项目"), _item_lead("2. 甲公司"), _item_lead("甲公司")
    (1, 3, 0)
    """
    if s and unicodedata.category(s[0]) == "So":
        return 1
    m = _ITEM_NUMBER.match(s)
    return len(m.group()) + (1 if s[m.end():m.end() + 1] == " " else 0) if m else 0
# 与14家企业现场签约, 此次签约的项目涵盖…: a signing whose parties are counted or listed after.
_SIGNED_COUNT = re.compile("[0-9一二三四五六七八九十]+(?:家企业|个项目)|签约的?项目|项目[0-9一二三四五六七八九十]+个")
# (甲有限公司与乙县人民政府, 审议了区人民政府: the place starts after 与, 了, 的.)
_DOC_PLACE = re.compile(rf"((?:(?!公司)[^\W与和了的在对向\d_A-Za-z]){{1,6}}(?:区|县|市|州|旗|盟))(?:委|政府|人民政府)")


def _past_bracket(text: str, i: int) -> int:
    """The offset after a bracket right at `i` (a 简称 after a name), else `i`.

    >>> _past_bracket("甲公司（简称甲）与", 3)
    8
    """
    if text[i:i + 1] in ("（", "("):
        close = min((k for k in (text.find("）", i), text.find(")", i)) if k != -1), default=-1)
        if close != -1 and close - i <= 20:
            return close + 1
    return i


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _place_stops() -> tuple:
    """Verbs and function words that end a place name on its left (原则同意|某某区)."""
    return tuple(builtin_words("left_stops")) + tuple(builtin_words("project_left_stops"))


_ZONE_CEREMONY = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区))"
                            rf"[^，。；！？\n“”]{{0,16}}?签约(?:仪式|大会|活动)")


def _main_place(doc: Document) -> str:
    """The district or county the article is about: the place most named
    with 委/政府 (青石区委, 白河县政府), else the most frequent X区/X县."""
    return _main_place_in(doc.text)


# Asked of each article by the relation rules, resolution and the graph: one
# scan of the text each (a string's hash is computed once, so a hit is cheap).
@lru_cache(maxsize=4096)
def _main_place_in(text: str) -> str:
    counts = Counter(m.group(1) for m in _DOC_PLACE.finditer(text))
    # (某某经济开发区将…: a zone's name is whole, not 经济开发区.)
    counts.update(m.group(1) for m in re.finditer(
        rf"([{CJK}]{{2,4}}?(?:经济技术开发区|经济开发区|开发区|高新区|经开区)|[{CJK}]{{2,4}}(?:区|县|镇|乡|旗))"
        rf"(?=[召举聚与以将坚])", text))
    # 某某经济技术开发区项目集中签约仪式: the zone whose signing ceremony it is.
    for m in (_ZONE_CEREMONY.finditer(text) if "签约" in text else ()):
        counts[m.group(1)] += 2
    # The place the headline begins with is the article's (榄溪镇举行…签约仪式).
    title = text[:text.find("\n")] if "\n" in text else ""
    head = re.match(rf"[{CJK}]{{2,4}}?(?:经济开发区|经济技术开发区|开发区|高新区|经开区|区|县|市|镇|乡|州|旗|盟)"
                    rf"|[{CJK}]{{2,6}}?(?:产业园|工业园|科技园|园区)(?=召开|举行|举办)", title)
    if head:
        counts[head.group()] += 2
    # 4月9日，某某县马铃薯… (and no other clue): a county named at the start of a clause.
    if not any(len(p) >= 2 and not p.startswith(("全", "该", "本", "我")) for p in counts):
        counts.update(m.group(1) for m in re.finditer(rf"(?<![{CJK}])([{CJK}]{{2,3}}?县)", text))
    for place, _ in counts.most_common():
        # (2025年10月份全县…: 全县 is the county's whole, no name.)
        if len(place) >= 2 and not place.startswith(("全", "该", "本", "市", "区", "县", "州", "旗", "我")) \
                and place[-2] != "全":
            return place
    return ""


# 作政府工作报告, 做了专题报告: giving a report is speaking.
_REPORT = re.compile(r"[作做](?:了)?[^，。；、]{0,12}?报告")


_QUOTED = re.compile("“[^”]{0,30}”")
_CLAUSE_STOP = re.compile("[，。；！？]")


def _unquoted(text: str) -> str:
    """`text` with what is inside “…” blanked out (same length): a cue word in a
    quoted name (“云推介”活动) is no cue."""
    if "“" not in text:
        return text
    return _QUOTED.sub(lambda m: "“" + "　" * (len(m.group()) - 2) + "”", text)


def _role_after(text: str, start: int, end: int) -> str:
    """The role cue that comes first in text[start:end] (outside quotes)."""
    seg = _unquoted(text[start:end])
    best, where = "", len(seg)
    rm = _REPORT.search(seg)
    if rm:
        best, where = "speaksAt", rm.start()
    # The first cue in the text; of cues at one place, the first listed (the
    # alternation is in list order, as a find per cue would choose).
    cm = _ROLE_CUE_RE.search(seg)
    if cm and cm.start() < where:
        best = _ROLE_OF_CUE[cm.group()]
    return best


_ROLE_OF_CUE: dict[str, str] = {}
for _role, _cues in _ROLE_CUES:
    for _cue in _cues:
        _ROLE_OF_CUE.setdefault(_cue, _role)
_ROLE_CUE_RE = re.compile("|".join(map(re.escape, _ROLE_OF_CUE)))


# participatesIn ---------------------------------------------------------------
# 会上，签约仪式上，在这次会议上: the sentence happens at the current meeting.
_AT_MEETING = re.compile(r"^(?:在)?(?:本次|此次|这次|该)?[^，。；]{0,10}?(?:会|会议|仪式|活动|论坛)上")
_CUE_BEFORE = re.compile(r"(?:出席|参加|列席)[^，。；]{0,6}?的(?:领导|嘉宾)?(?:还)?有")
# 樊某在接受记者采访时表示: words said to a reporter, not at the meeting.
_NOT_AT_MEETING = _CUES["not-at-meeting"]
_MEETING_CUES = {row[0]: tuple(row[1].split()) for row in builtin_table("meeting_cues")}
_CITE_BEFORE = _MEETING_CUES["cited-before"]
_CITE_AFTER = _MEETING_CUES["cited-after"]
_HOLD = _MEETING_CUES["held"]
_SECTION = re.compile(rf"^(?:本报讯|[{CJK}（）()]{{0,12}}讯)")


_SUMMARY_SESSION = re.compile("(?:召开|举行)(?:了)?(?:观摩)?(?:总结|点评|讲评)(?:大)?会")


def _is_heading(sent) -> bool:
    return not sent.text.rstrip().endswith(("。", "！", "？", "；", "”", "…", "：", "）"))


def _new_section(sents, i: int) -> bool:
    """A collection of short reports: each 本报讯 (with the heading just before
    it) starts a new report, whose meetings are its own."""
    def starts(k):
        return 0 <= k < len(sents) and bool(_SECTION.match(sents[k].text))
    if _is_heading(sents[i]):
        return starts(i + 1)
    return starts(i) and not (i > 0 and _is_heading(sents[i - 1]))


def _moved_on(s: str) -> bool:
    """会后，某某来到某企业调研: the report has left the meeting."""
    head = s[:12]
    return any(w in head for w in _CUES["then"]) and any(w in s for w in _CUES["moving"])


# ◆3月10日，某某带队…: a roundup's next item opens with its own day.
_DAY_LEAD = re.compile(r"^[^\w“]{0,3}([0-9]{1,2})月([0-9]{1,2})日")


def _other_day(s: str, meeting) -> bool:
    """The sentence opens with a day that is not the current meeting's date.

    >>> _other_day("◆3月10日，某某带队调研。", None)
    False
    """
    if meeting is None or not meeting.date:
        return False
    m = _DAY_LEAD.match(s)
    return bool(m) and not meeting.date.endswith(f"-{int(m[1]):02d}-{int(m[2]):02d}")


_HELD_THE = re.compile("(?:召开|举行|举办)的“?$")


def _held(text: str, sent, m: Mention) -> bool:
    """The sentence reports the meeting taking place (not only citing it)."""
    before = text[sent.start:m.start]
    after = text[m.end:min(sent.end, m.end + 16)]
    if before.endswith(_CITE_BEFORE) or after.startswith(_CITE_AFTER):
        return False               # 学习贯彻党的某大精神: cited, not held here
    # (出席在某地举办的“某某说明会”: the meeting is held, its name in quotes.)
    # (市领导出席某某开园仪式: an occasion attended has taken place; 出席某党代会代表
    # names delegates, not a meeting held.)
    return (before.endswith(_HOLD) or bool(m.date) or bool(_HELD_THE.search(before))
            or before.endswith(("出席", "出席了")) and not after.startswith(("代表", "的"))
            or any(after.startswith(h) for h in _HOLD)
            or bool(re.match(rf"^在[{CJK}A-Za-z0-9]{{1,12}}?(?:{'|'.join(_HOLD)})", after))
            or after.startswith("上") and len(re.split("[，。；：]", before)[-1]) <= 3
            or sent.index <= 3 and _is_heading(sent))


def _ends_name(text: str, pos: int) -> bool:
    """A bare name is the person when a word that follows names (指出, 在) or
    punctuation comes next."""
    if pos >= len(text) or not CJK_CHAR.match(text[pos]):
        return True
    return any(text.startswith(w, pos) for w in _name_followers())


@lru_cache(maxsize=1)
def _name_followers() -> tuple[str, ...]:
    return tuple(sorted(builtin_words("name_followers") + builtin_words("title_heads"),
                        key=len, reverse=True))


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_STOP.search(text, start, end)
    return m.start() if m else end


def _meeting_for(text: str, sent, o: Mention, meetings, current):
    """The meeting an official's cue in this sentence refers to: one he is
    `在…上` (林某在某论坛所作的报告, 某总书记在某大会上的讲话), else the meeting the
    sentence reports as held, else the article's current meeting.  A meeting
    the sentence only cites (学习贯彻某全会精神, 就某党代会筹备) is not his."""
    for m in meetings:
        gap = text[o.end:m.start]
        if 0 <= len(gap) <= 6 and gap.endswith("在") and not re.search("[，。；、]", gap):
            return m
    obj = _CUE_OBJECT.match(text, o.end, _clause_end(text, o.end, sent.end))
    if obj and not any(m.start < obj.end(1) and obj.start(1) < m.end for m in meetings):
        words = re.sub("^了", "", obj.group(1))
        this = words.startswith(("本次", "此次", "这次"))     # 参加此次“云签约”活动: this one
        if not this and words not in _generic_meetings():
            return None        # 一行还参加了“投产一批”活动: another, unnamed occasion
    held = [m for m in meetings if _held(text, sent, m)]
    return held[0] if held else current


# 出席签约仪式 / 参加了“投产一批”活动: the occasion a cue verb takes as object.
_CUE_OBJECT = re.compile(rf"[^，。；]{{0,6}}?(?:出席|参加|参与|主持)((?:了)?[^，。；并和]{{2,30}}?"
                         rf"(?:会议|会|仪式|活动|论坛))(?=[，。；并和]|$)")


@lru_cache(maxsize=1)
def _generic_meetings() -> frozenset:
    return frozenset(builtin_words("meeting_generic"))


# The fields of a minutes page that list who sat in (会议纪要: 主持人：/出席人员：).
_MINUTES_FIELD = re.compile("(?:主持人|主持|出席人员|出席|列席人员|列席|参会人员|参加人员)[：:]")


def relations(doc: Document, mentions: list[Mention]) -> list[RelationMention]:
    text = doc.text
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    # Longest first, so that of two known names where one holds the other
    # (王明, 王明华) the longer claims the text; a set's order would depend on
    # PYTHONHASHSEED and make the output differ between runs.
    official_names = sorted({m.text for m in mentions if m.type == "Official"},
                            key=lambda n: (-len(n), n))
    out: list[RelationMention] = []
    place = _main_place(doc)
    current_meeting: Mention | None = None
    last_held: Mention | None = None
    orgs = _OrgState(mentions)
    minutes = next((m for m in mentions if m.rule == "meeting.minutes"), None)

    def rel(p, s, st, o, ot, sent, rule, role=""):
        out.append(RelationMention(p, s, st, o, ot, doc.doc_id, sent.index, rule, role))

    for sent in doc.sentences:
        ms = by_sent.get(sent.index, [])
        meetings = [m for m in ms if m.type == "Meeting"]
        # The article's current meeting: the one held (召开/举行, dated, 会上) most
        # recently; a new article in a collection (本报讯, a heading) starts afresh.
        if _new_section(doc.sentences, sent.index):
            current_meeting = None
        held = [m for m in meetings if _held(text, sent, m)]
        if held:
            current_meeting = held[0]
            last_held = held[0]
        elif _moved_on(sent.text) or _other_day(sent.text, current_meeting):
            current_meeting = None
        elif not meetings and last_held is not None and "观摩" in last_held.name and \
                _SUMMARY_SESSION.search(sent.text):
            # 某某观摩推进会 … 观摩组召开总结会: the closing session of the same meeting.
            current_meeting = last_held
        # Officials named again without a title: 严正平指出 ...
        officials = [m for m in ms if m.type == "Official"]
        covered = {(m.start, m.end) for m in officials}
        # a substring test is far cheaper than a regex
        for name in list(filter(sent.text.__contains__, official_names)):
            # Each occurrence, not overlapping the last (as re.finditer finds
            # them; a pattern per name would crowd out re's compiled-pattern cache).
            at = sent.text.find(name)
            while at >= 0:
                s = sent.start + at
                if not any(a <= s < b for a, b in covered):
                    officials.append(Mention("Official", name, doc.doc_id, sent.index, s,
                                             s + len(name), "official.known-name"))
                    covered.add((s, s + len(name)))
                at = sent.text.find(name, at + len(name))
        officials.sort(key=lambda m: m.start)
        # participatesIn
        field = _MINUTES_FIELD.match(sent.text) if minutes else None
        if field:
            # 主持人：县长甲 / 出席人员：… / 列席人员：… in the minutes' head.
            for o in officials:
                rel("participatesIn", o.text, "Official", minutes.name, "Meeting", sent,
                    "rel.participates-minutes-field",
                    "chairs" if field.group().startswith("主持") else "attends")
            officials = []
        at_meeting = bool(_AT_MEETING.match(sent.text))
        for i, o in enumerate(officials):
            if o.rule == "official.known-name" and not _ends_name(text, o.end):
                continue           # 习某某新时代…思想: the name of a doctrine, not a person here
            target = _meeting_for(text, sent, o, meetings, current_meeting)
            if target is None:
                continue
            nxt = officials[i + 1].start if i + 1 < len(officials) else sent.end
            clause_end = _clause_end(text, o.end, sent.end)
            if any(w in text[max(0, o.start - 8):clause_end] for w in _NOT_AT_MEETING):
                continue
            rule = "rel.participates-cue"
            role = _role_after(text, o.end, nxt)
            if not role and i + 1 < len(officials):
                # 县委书记甲，县人大常委会主任乙出席: the list shares the verb.
                role = _role_after(text, o.end, sent.end)
                if role and re.search("[。；]", text[o.end:nxt]):
                    role = ""
            if not role and _CUE_BEFORE.search(text, sent.start, o.start):
                # 出席会议的还有区领导甲、乙: the cue comes before the list.
                role, rule = "attends", "rel.participates-cue-before"
            if not role and at_meeting:
                # 签约仪式上，县长乙代表县政府签订协议: present at the meeting.
                role, rule = "attends", "rel.participates-at-meeting"
            if role:
                rel("participatesIn", o.text, "Official", target.name, "Meeting", sent,
                    rule, role)
                after = _unquoted(text[o.end:nxt]) if role != "speaksAt" else ""
                if any(cue in after for cue in _ROLE_CUES[1][1]):
                    # 主持会议并讲话, 出席并致辞: a second role.
                    rel("participatesIn", o.text, "Official", target.name, "Meeting",
                        sent, "rel.participates-second-cue", "speaksAt")
        # visits, signsWith, involves, inIndustry, partOfSector
        _org_relations(doc, sent, ms, officials, orgs, place, rel)
    out.extend(_speaker(doc, mentions))
    if "类" in text:                     # a cheap test before the heading pattern
        out.extend(_filed_under_heading(doc, mentions))
    # setBy: goals stated at the article's meeting, or at a meeting their sentence names
    out.extend(goal_meetings(doc, mentions))
    return out


# A list's heading that files what follows under an industry (招商项目手册:
# 一、先进制造类 / 项目名称：…).  Any other numbered heading ends the section.
_CLASS_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、(.{2,12}?)类(?:项目)?")
_ANY_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")


def _filed_under_heading(doc: Document, mentions: list[Mention]) -> list[RelationMention]:
    """Each project under a heading 一、某某类 is of the industry the heading names."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type in ("Industry", "Project"):
            by_sent.setdefault(m.sentence, []).append(m)
    out: list[RelationMention] = []
    industry = None
    for sent in doc.sentences:
        if _ANY_HEADING.match(sent.text):
            h = _CLASS_HEADING.fullmatch(sent.text)
            industry = next((m for m in by_sent.get(sent.index, ()) if m.type == "Industry"
                             and h and m.text == h.group(1)), None)
            continue
        if industry is None:
            continue
        for m in by_sent.get(sent.index, ()):
            if m.type == "Project":
                out.append(RelationMention("inIndustry", m.name, "Project", industry.name, "Industry",
                                           doc.doc_id, sent.index, "rel.industry-heading"))
    return out


def _speaker(doc: Document, mentions: list[Mention]) -> list[RelationMention]:
    """A printed speech (在某某大会上的讲话 / 区委书记 某某): the official on the
    line under the title speaks at the meeting the title names."""
    sents = doc.sentences
    if len(sents) < 2 or not SPEECH_TITLE.fullmatch(sents[0].text):
        return []
    meeting = next((m for m in mentions if m.type == "Meeting" and m.sentence == 0), None)
    speaker = next((m for m in mentions if m.type == "Official" and m.sentence == 1
                    and m.end == sents[1].end), None)
    if not meeting or not speaker:
        return []
    role = "chairs" if sents[0].text.endswith("主持词") else "speaksAt"
    return [RelationMention("participatesIn", speaker.text, "Official", meeting.name, "Meeting",
                            doc.doc_id, 1, "rel.speech-title", role)]


# --- setBy ---------------------------------------------------------------------------
# A new article inside a page of several: 本报讯, 某某网讯, 某某网（某某日报网）讯.
_NEWS_LEAD = re.compile(r"^(?:本报|[^，。；：]{1,12}?(?:网|社|报|台)(?:（[^）]*）)?)讯(?!员)")
_HELD = re.compile(r"召开|举行|举办|开幕|会议上|仪式上|大会上|会上")
_REFERENCED = re.compile(r"^(?:精神|部署|决策|要求|确定|提出的|以来)")
# The meeting is the subject: 市委全会明确了…, 党代会绘就了…
_SETS = re.compile(r"^[也还再又]?(?:提出|明确|确定|确立|绘就|审议通过|作出|通过了)")
_BACKGROUND = re.compile(r"^(?:今年以来|近年来|近几年|去年以来|此前|多年来|上半年|[0-9]+[~～－-][0-9]+月)")
_SPEECH = re.compile(r"表示|指出|强调|说|要求|提出|致辞|讲话")
# 据悉，… / 记者了解到，…: a paragraph the reporter opens with what they learnt
# is background, every sentence of it, not what the meeting set.
# (🌟据悉，…: a post's emoji or bullet may open the paragraph.)
_REPORTED = re.compile(r"\s*[^\w\s“（(【]?(?:据悉|据了解|记者了解到|记者获悉|记者从[^，。]{2,20}获悉)[，,]")


def _moved_paragraph(doc: Document, sent, main: Mention) -> bool:
    """The paragraph of `sent` opens on leaving for somewhere else (会后，某某来到…;
    当天下午，某某带队调研…) and does not name the meeting `main`."""
    start = doc.text.rfind("\n", 0, sent.start) + 1
    end = doc.text.find("\n", sent.end)
    end = len(doc.text) if end == -1 else end
    if main.start >= start and main.end <= end:
        return False
    first = sent
    while first.index > 0 and doc.sentences[first.index - 1].start >= start:
        first = doc.sentences[first.index - 1]
    return _moved_on(first.text)


def _speech_goes_on(doc: Document, sent) -> bool:
    """某某表示，…。近年来，全市深入实施…: the sentence right after a speaker's
    words in the same paragraph is still the speaker's."""
    if sent.index == 0:
        return False
    prev = doc.sentences[sent.index - 1]
    return "\n" not in doc.text[prev.end:sent.start] and bool(_SPOKE.search(prev.text))


_SPOKE = re.compile(rf"^[{CJK}]{{1,4}}(?:在[{CJK}]{{2,6}}中)?(?:表示|说|介绍|指出|强调)[，：]")


def _reported_paragraph(doc: Document, sent) -> bool:
    """Whether `sent` is in a paragraph that opens with 据悉/记者了解到."""
    return bool(_REPORTED.match(doc.text, doc.text.rfind("\n", 0, sent.start) + 1))


def _sections(doc: Document) -> list[list]:
    """The sentences of each article on the page: a news lead (本报讯) starts a new
    one, together with the headline line just before it."""
    sections: list[list] = [[]]
    for i, sent in enumerate(doc.sentences):
        if _NEWS_LEAD.match(sent.text) and sections[-1]:
            prev = sections[-1][-1] if sections[-1] else None
            headline = prev is not None and prev.index == i - 1 and prev.text[-1] not in "。！？；”"
            sections.append([sections[-1].pop()] if headline else [])
            if not sections[-2]:
                sections.pop(-2)
        sections[-1].append(sent)
    return [x for x in sections if x]


def _main_meeting(doc: Document, section: list, meetings: list[Mention]) -> Mention | None:
    """The meeting a section reports on: the first one named as held (召开, 举行,
    会议上) or named in the section's first two lines or its first full sentence
    (the lead, after any source and editor lines), and not only referred to
    (贯彻省委全会精神)."""
    first = {s.index for s in section[:2]}
    lead = next((s for s in section if s.text[-1] in "。！？"), None)
    if lead is not None:
        first.add(lead.index)
    idx = {s.index for s in section}
    for m in sorted(meetings, key=lambda m: (m.start, -m.end)):
        if m.sentence not in idx:
            continue
        sent = doc.sentences[m.sentence]
        after = doc.text[m.end:sent.end]
        if _REFERENCED.match(after) or re.search("(?:贯彻|落实|学习)$", doc.text[sent.start:m.start]):
            continue
        near = doc.text[max(sent.start, m.start - 6):m.start] + after[:8]
        if m.sentence in first or _HELD.search(near):
            return m
        # 8月26日，某某产业园开园运营。市领导出席某某开园仪式: the lead's occasion.
        if m.sentence - 1 in first and doc.text[sent.start:m.start].endswith(("出席", "出席了")) \
                and not after.startswith(("代表", "的")):
            return m
    return None


def goal_meetings(doc: Document, mentions: list[Mention]) -> list[RelationMention]:
    """setBy: a goal is set by the meeting its own sentence says set it
    (市委全会明确了…), else by the meeting its article reports on; none when the
    sentence is the reporter's background (今年以来，某区以X为总目标) or the article
    reports on no meeting.

    >>> from kg.read import document_from_text
    >>> doc = document_from_text("t.txt", "3月1日，某区召开产业发展大会。会议提出打造“康养”工程。")
    >>> ms = [Mention("Meeting", "产业发展大会", "t.txt", 0, 9, 15, "r"),
    ...       Mention("Goal", "“康养”工程", "t.txt", 1, 23, 29, "r")]
    >>> [(r.subject, r.object, r.rule) for r in goal_meetings(doc, ms)]
    [('“康养”工程', '产业发展大会', 'rel.setby-main-meeting')]
    """
    meetings = [m for m in mentions if m.type == "Meeting"]
    goals = [m for m in mentions if m.type == "Goal"]
    out = []
    for section in _sections(doc):
        idx = {s.index for s in section}
        main = _main_meeting(doc, section, meetings)
        for g in goals:
            if g.sentence not in idx:
                continue
            sent = doc.sentences[g.sentence]
            own = [m for m in meetings if m.sentence == g.sentence and m.end <= g.start
                   and _SETS.search(doc.text[m.end:g.start])]
            if own:
                out.append(RelationMention("setBy", g.name, "Goal", own[-1].name, "Meeting",
                                           doc.doc_id, g.sentence, "rel.setby-own-sentence"))
                continue
            if main is None:
                continue
            if _BACKGROUND.match(sent.text) and not _SPEECH.search(sent.text) and \
                    not _speech_goes_on(doc, sent):
                continue
            if _reported_paragraph(doc, sent) and not _SPEECH.search(sent.text):
                continue
            # 当天下午，某某带队调研…，指出要坚持“工业强县”: a paragraph that moved on
            # from the meeting to a visit is no longer at it.
            if _moved_paragraph(doc, sent, main):
                continue
            out.append(RelationMention("setBy", g.name, "Goal", main.name, "Meeting",
                                       doc.doc_id, g.sentence, "rel.setby-main-meeting"))
    return out


# --- visits, signsWith, involves, inIndustry, partOfSector ------------------

_LEAD_CUES = ("带领", "带队", "率队", "率领", "一行")
# Where a clause opens: the sentence start, after a comma or a colon.
_CLAUSE_WITH = re.compile("^|(?<=[，；：])")
# 某某院士团队与甲公司签订…协议: the company signs with the team, not the place.
_NON_FIRM_PARTY = tuple(w + "与" for w in ("团队", "院士", "教授", "博士", "专家", "大学", "学院", "医院"))
_GOV_WITH = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,6}}?[县区市旗])(?:人民)?政府与$")
# 与高新区签约共建某某研究院: what is set up is no party to the signing.
_SET_UP = ("共建", "组建", "设立", "成立", "筹建")
# 某某公司将在…设立 / 于2016年: a company opening its sentence as what it does.
_SUBJECT_VERB = re.compile("将|拟|计划|于|已|是|成立于|目前")
# (甲，区委副书记、区长乙率队赴…: a comma and the second one's posts join them too.)
_GROUP_JOIN = re.compile(rf"[、和与][{CJK}]{{0,12}}|，(?:[{CJK}]{{2,10}}、)?[{CJK}]{{2,10}}")
_GROUP_VISIT = re.compile("一行|(?:带队|率队)?(?:先后|分别|共同|一同)?(?:走访|考察|调研|拜访|来到|前往)|"
                          "(?:带队|率队)(?:赴|到)")
_JOINS_VISIT = re.compile("参加(?:调研|观摩|考察|走访)|陪同|随同|随团")
# 某某率某市党政代表团赴某县考察: the official leads a delegation.
_LEAD_TEAM = re.compile(rf"率(?:[{CJK}]{{0,12}}?)(?:代表团|考察团|观摩团|观摩组|考察组|调研组|工作组)")
# 支持某某集团实施数字化改造: the government's action on a company, no party to a project.
_SUPPORTS = re.compile("(?:支持|鼓励|帮助|引导|督促|推动)$")
_BRACKET_LEAD = re.compile(r"^[（(][^）)]*[）)]")
_SCHOOLS = "(?:大学|学院|学校|研究所|科学院|实验室|医院)"
_SCHOOL_BEFORE = re.compile(rf"{_SCHOOLS}[与同和]$")
_SCHOOL_AFTER = re.compile(rf"[与同和][{CJK}]{{2,20}}?{_SCHOOLS}(?:签|正式签|共建|合作)")
_ZONE_WORDS = ("高新区", "开发区", "经济开发区", "经济技术开发区", "经开区", "新区", "高新技术产业开发区")
_ZONE_END = re.compile("(?:开发区|高新区|经开区|工业园区|新区|产业集聚区|经济区)$")
# 某某产业集聚了甲、乙等龙头企业: the companies are the industry's firms.
_GATHERS = re.compile("(?:产业|行业)?(?:已|目前)?(?:集聚|聚集|汇聚|拥有|培育)了?")
# 产业园目前已入驻跨境电商企业45家: the park is filed under its firms' industry.
_HOSTS = re.compile("(?:目前|现已|已经|已)*(?:入驻|集聚|聚集|引进)了?$")
# 某某集团负责同志参加调研: the company's people come along, they are not visited.
_ATTENDANT = re.compile(r"(?:等)?(?:的)?(?:主要)?(?:负责同志|负责人|有关负责人|相关负责人)")
_INVOLVE_CUES = ("就", "由", "投资", "兴建", "承建", "承接", "建设", "共建", "运营", "落户", "签约", "签订", "合作", "实施",
                 "打造", "推进", "对接", "组建", "新上")
# 信息产业是某某开发区的主导产业: the industry is filed under the zone.
_LEADING_INDUSTRY = re.compile(r"(?:是|为|作为)(?P<x>.{2,30}?)的(?:主导|支柱|首位|特色|优势|核心)产业")
# 是全县某某产业龙头企业, 是国内某某领域的骨干企业: the company is one of the industry's.
_FIRM_OF = re.compile(r"(?:产业|领域|行业)?的?(?:龙头|骨干|领军|重点|链主|头部|知名|代表性|标杆)?(?:企业|公司)")
_N_FIRMS = re.compile(r"等[0-9一二三四五六七八九十百多]+家")
_OWN_INVESTMENT = re.compile(rf"(?:^|[，。；])(?:该)?(?:公司|企业)[^，。；]{{0,20}}(?:[，][^，。；]{{0,20}})?"
                             rf"(?:计划|拟|将)?投资[0-9.]+[万亿]元(?:建设|新建|打造)的?$"
                             # 今年，集团还将与某某学院共建…: the firm's own plan.
                             r"|(?:^|[，。；])(?:该)?(?:公司|企业|集团)(?:还将|将|计划|拟|今年将|明年将)"
                             rf"[^，。；]{{0,20}}?(?:共建|新建|投资建设)$"
                             # 公司冷链物流中心项目: the firm's own project, named by 公司 alone.
                             r"|(?:^|[，。；])(?:公司|企业)$")
_RESPECTIVELY = re.compile("分别(?:签约|签订|签署|投资|建设|实施|承建|负责)")
# 甲有限公司总经理某某讲话 / 董事长某某表示: a company's head, named.
_FIRM_HEAD = re.compile(rf"(?:董事长兼总经理|董事长|总经理|总裁|副总裁|负责人)([{CJK}]{{2,3}}?)"
                        r"(?=[，。、；（(]|讲话|表示|说|介绍|发言|致辞|作)")
# 某某表示，… / 某某在发言中说，…: a speaker opening the sentence.
_HEAD_SPEAKS = re.compile(rf"([{CJK}]{{2,3}}?)(?:在[^，。]{{0,10}}中)?(?:表示|说|介绍)[，：]")
_OWN_PLAN = re.compile("(?:集团|公司|企业)(?:将|计划|拟|准备|还将|今年将|明年将)")
_SUBSIDIARY = re.compile("的?(?:全资|控股|下属)?子公司")
_BUILDER = re.compile("(?:负责|承担)(?:项目|工程)?(?:总承包|施工|建设|承建)|承建|总承包")
# 1. / 2、/ （三）: a numbered item; 建设单位为甲公司, 由甲公司投资建设: its builder.
_ITEM_MARK = re.compile(r"(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*")
_ITEM_BUILDER_BEFORE = re.compile("(?:建设|业主|项目|实施|投资|承建)(?:单位|主体|业主|方)(?:为|是|：|:)$")
_ITEM_BUILDER_AFTER = re.compile("(?:投资|负责|牵头)?(?:建设|兴建|承建|实施|运营)")
_THIS_PROJECT = re.compile("该(?:项目|产业园|园区|基地|小镇|工程)")
_ANAPHOR_HEADS = ("项目", "产业园", "园区", "基地", "小镇", "工程")
# Words that point back to the last company or project (企业, 园区).
_ANAPHORS = ("企业", "该公司", "公司", "园区", "小镇", "项目", "基地", "开发区")
# 某某指出，精密制造要…: the industry opens what the speaker says.
_SPEECH_LEAD = re.compile(rf"[{CJK}]{{2,4}}(?:指出|强调|表示|要求|说)[，：:]")
_PLACE_END = re.compile("(?:省|市|县|区|镇|乡|村)$")


class _OrgState:
    """What the org relations carry from one sentence to the next."""

    def __init__(self, mentions: list[Mention]):
        self.visit_leader = ""
        self.visit_sentence = -10
        self.visit_group: list[str] = []
        self.topic_industry = ""
        self.last_org: Mention | None = None
        self.last_project: Mention | None = None
        self.companies_seen: list[str] = []
        self.last_project_sentence = -10
        self.last_org_sentence = -10
        self.last_company = ""                       # the last company named, and where
        self.last_company_sentence = -10
        self.sign_sentence = -10
        self.among_sentence = -10
        self.last_by_head: dict[str, tuple] = {}     # 项目 -> (last project so named, sentence)
        self.paired_names: set[str] = set()          # companies already signed with a company
        self.item_project: Mention | None = None     # the project a numbered item opens with
        self.item_sentence = -10
        # Company names and the short cores a project name may begin with
        # (岚浩集成电路 -> 岚浩 in 岚浩二期某某项目).
        self.company_prefixes: dict[str, str] = {}
        from kg.extract.spans import tokens
        # 潍某汇丰化工 and 潍某通达物流: a first word two companies share is their
        # place (the district's name), no short form of either.
        firsts: dict[str, set] = defaultdict(set)
        for m in mentions:
            if m.type == "Company":
                toks = tokens(m.text)
                if toks:
                    firsts[toks[0].word].add(m.name)
        for m in mentions:
            if m.type != "Company":
                continue
            forms = {m.text, m.name, *m.aliases}
            if m.text.startswith("株式会社"):
                forms.add(m.text[4:])      # 株式会社某某精工 named again as 某某精工
            toks = tokens(m.text)
            if toks and toks[0].flag in ("nr", "nz", "nrt", "x", "j") and len(toks[0].word) >= 2 \
                    and len(firsts[toks[0].word]) == 1:
                forms.add(toks[0].word)
            core = _company_core(m.text)
            forms.add(core)
            # 深圳市某某储能 -> 某某储能: the short form drops the place.
            ct = tokens(core)
            rest = core[len(ct[0].word):] if ct and ct[0].flag == "ns" else ""
            province = next((p for p in builtin_words("province_names") if core.startswith(p)), "")
            if province and not rest:
                # 山西晋|丰煤: the tokenizer glued the province to the trade name.
                rest = core[len(province):].lstrip("省市")
            if len(rest) >= 2:
                forms.add(rest)
            for f in forms:
                if len(f) >= 2 and not _PLACE_END.search(f):
                    self.company_prefixes.setdefault(f, m.name)
        self._short_forms = None
        self._companies = [m for m in mentions if m.type == "Company"]
        self._heads: dict[str, str] | None = None

    def company_head(self, text: str, person: str) -> str:
        """The company whose head `person` is (甲有限公司总经理某某), else ''."""
        if self._heads is None:
            self._heads = {}
            for c in self._companies:
                h = _FIRM_HEAD.match(text, c.end)
                if h:
                    self._heads.setdefault(h.group(1), c.name)
        return self._heads.get(person, "")

    def short_forms(self) -> list[str]:
        """The company forms of three or more characters, longest first."""
        if self._short_forms is None:
            self._short_forms = [f for f in sorted(self.company_prefixes, key=len, reverse=True)
                                 if len(f) >= 3]
        return self._short_forms


_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|控股有限公司|有限公司|集团公司|"
                           r"集团|公司)$")


@lru_cache(maxsize=1)
def _trade_words() -> tuple:
    from kg.lexicon import builtin_words
    return tuple(sorted(builtin_words("company_name_words"), key=len, reverse=True))


@lru_cache(maxsize=4096)
def _company_core(name: str) -> str:
    """The name without its legal suffix and trailing trade words:
    青岚科技股份有限公司 -> 青岚 (how the article names it again)."""
    trade = _trade_words()
    core = _LEGAL_SUFFIX.sub("", name)
    changed = True
    while changed:
        changed = False
        for w in trade:
            if core.endswith(w) and len(core) - len(w) >= 2:
                core = core[: -len(w)]
                changed = True
                break
    return core if len(core) >= 3 else ""


def _project_list_of(text: str, owner: Mention, p: Mention, projects: list[Mention]) -> bool:
    """The projects from the first after `owner` (with no 、 between them) up to
    `p` form one 、/和-list of projects only."""
    items = sorted((q for q in projects if owner.end <= q.start and q.end <= p.start
                    and not any(o is not q and o.start <= q.start and q.end <= o.end for o in projects)),
                   key=lambda q: q.start)
    if not items or "、" in text[owner.end:items[0].start]:
        return False
    for a, b in zip(items, items[1:] + [p]):
        if text[a.end:b.start] not in ("、", "和", "及", "以及"):
            return False
    return True


def _visit_group(text: str, officials: list[Mention]) -> list[str]:
    """甲、乙一行走访了… / 甲、乙带队走访…: the officials named together ahead of
    a visit word lead it together; otherwise the first one alone."""
    group = [officials[0].text]
    for a, b in zip(officials, officials[1:]):
        if a is not officials[len(group) - 1] or not _GROUP_JOIN.fullmatch(text, a.end, b.start):
            break
        group.append(b.text)
    # (甲，乙率观摩组先后深入…: the two lead the team together.)
    if len(group) > 1 and not _GROUP_VISIT.match(text, officials[len(group) - 1].end) and \
            not _LEAD_TEAM.match(text, officials[len(group) - 1].end):
        group = group[:1]
    return group


def _org_relations(doc: Document, sent, ms: list[Mention], officials: list[Mention],
                   st: _OrgState, place: str, rel) -> None:
    text = doc.text
    companies = [m for m in ms if m.type == "Company"]
    if not companies and _SIGN_CUE.search(sent.text):
        # 会上，某某精工与某某高新区签约…: a company named before by its full name
        # opens a clause of the signing with its short form.
        for cm in _CLAUSE_WITH.finditer(sent.text):
            f = next((f for f in st.short_forms() if sent.text.startswith(f, cm.end()) and
                      sent.text.startswith(("与", "同"), cm.end() + len(f))), "")
            if f:
                a = sent.start + cm.end()
                companies = [Mention("Company", f, doc.doc_id, sent.index, a, a + len(f),
                                     "company.short-form", canonical=st.company_prefixes[f])]
                break
    projects = [m for m in ms if m.type == "Project"]
    industries = [m for m in ms if m.type == "Industry"]
    # visits
    # 会上，…: the meeting has begun, the visit before it is over.
    if _AT_MEETING.match(sent.text):
        st.visit_leader = ""
    # 陆某通报，…: another official speaking, not on the visit, ends its stops.
    # (县人大常委会主任乙参加观摩 / 某某陪同 / 甲、乙随团出访: those joining the
    # visit or going along do not end it.)
    if officials and st.visit_leader and not any(map(sent.text.__contains__, _VISIT_CUES)) and \
            not _JOINS_VISIT.search(sent.text) and \
            not any(o.text == st.visit_leader or o.text in st.visit_group for o in officials):
        st.visit_leader = ""
    if officials and (any(c in sent.text for c in _LEAD_CUES) or _LEAD_TEAM.search(sent.text)):
        # 甲、乙带队走访辖区企业: the two lead every stop of the visit that follows
        # (甲一行 later on is the same group).
        group = _visit_group(text, officials)
        if len(group) > 1 or st.visit_group[:1] != group:
            st.visit_group = group
        st.visit_leader = officials[0].text
    if companies and any(map(sent.text.__contains__, _VISIT_CUES)):
        leader = officials[0].text if officials else st.visit_leader
        # 甲、乙一行走访了…: the officials named together lead the visit together.
        group = _visit_group(text, officials) if officials else [leader]
        if len(group) == 1 and st.visit_group[:1] == [leader]:
            group = st.visit_group
        if leader:
            st.visit_leader, st.visit_sentence = leader, sent.index
            for c in companies:
                # 来到甲公司某某改造项目现场: the stop is the project, the company names it.
                if any(p.start <= c.start and c.end < p.end for p in projects):
                    continue
                if not _ATTENDANT.match(text, c.end):
                    for who in group:
                        rel("visits", who, "Official", c.name, "Company", sent, "rel.visit-cue")
    elif not companies and officials and officials[0].text == st.visit_leader and \
            any(c in sent.text for c in _VISIT_CUES):
        # 随后，某某来到某某产业园察看…: the same visit goes on (a park is no company).
        st.visit_sentence = sent.index
    elif companies and st.visit_leader and sent.index - st.visit_sentence <= 3 and \
            all(o.text == st.visit_leader for o in officials):
        # 在某某有限公司，… / 某某公司某某项目现场，…: the next stop of the same visit.
        first = companies[0]
        # (某某投资有限公司将在某地设立总部: a company as the subject is no stop.)
        if re.fullmatch("在?", text[sent.start:first.start]) and not (
                first.start == sent.start and _SUBJECT_VERB.match(text, _past_bracket(text, first.end))):
            for who in (st.visit_group if st.visit_group[:1] == [st.visit_leader] else [st.visit_leader]):
                rel("visits", who, "Official", first.name, "Company", sent, "rel.visit-carry")
    # involves (1): 某某公司年产5万吨某某项目 — a company name begins the project's.
    for p in projects:
        # A zone named after its place (某某高新区) shares the place with a company.
        if _ZONE_END.search(p.text):
            continue
        # The company names this project's name begins with, longest first.
        for f in (p.text[:k] for k in range(len(p.text) - 1, 0, -1)):
            # 南岭重机 and 南岭某某产业园 share the district's name (南岭区), not an owner.
            # (渭某高新区: a zone named by the word is a place too.)
            if f in st.company_prefixes and not any(f + c in text for c in "区县市镇乡州旗盟") and \
                    f + "街道" not in text and not any(f + z in text for z in _ZONE_WORDS):
                rel("involves", p.name, "Project", st.company_prefixes[f], "Company", sent,
                    "rel.involves-prefix")
    # Company 与 Project 战略合作签约: the company is party to the project.
    # (签约甲物流园一期和乙项目: a project after another one's 和 is a list item.)
    # (甲公司与某某经济开发区签约乙项目, 与某某高新区管委会签约: a zone after 与 is
    # the party, a place, no project signed for.)
    signed_projects = [p for p in projects if text[p.start - 1:p.start] in ("与", "和", "同")
                       and not any(q.end == p.start - 1 for q in projects)
                       and not (_ZONE_END.search(p.text) and (_ZONE_SIGNS.match(text, p.end)
                                                              or _SIGN_CUE.match(text, p.end)))]
    # 甲公司与乙公司签订…协议: the two companies sign with each other, not with the place.
    paired = set()
    if _SIGN_CUE.search(sent.text):
        for i in range(len(companies) - 1):
            # 甲、乙等8家银行与丙、丁等46家企业签订融资协议: the two lists pair off whole.
            if not _GROUPS_WITH.fullmatch(_BRACKET_LEAD.sub("", text[companies[i].end:companies[i + 1].start])):
                continue
            left, right = [companies[i]], [companies[i + 1]]
            while len(left) <= i and text[companies[i - len(left)].end:left[0].start] in ("、", "和"):
                left.insert(0, companies[i - len(left)])
            while i + 1 + len(right) < len(companies) and \
                    text[right[-1].end:companies[i + 1 + len(right)].start] in ("、", "和"):
                right.append(companies[i + 1 + len(right)])
            if len(left) + len(right) > 2 and _GROUP_TAIL.match(text, right[-1].end):
                for a in left:
                    for b in right:
                        rel("signsWith", a.name, "Company", b.name, "Company", sent, "rel.sign-groups")
                paired.update(c.name for c in left + right)
        for a in companies:
            # 甲公司与乙（乙的简称）签署…: the other party named by its short form.
            f = next((f for f in st.short_forms() if text.startswith(f, a.end + 1)), "")
            if f and text[a.end] in "与同" and st.company_prefixes[f] != a.name and \
                    _SIGN_CUE.match(text, a.end + 1 + len(f)) and a.name not in paired:
                rel("signsWith", a.name, "Company", st.company_prefixes[f], "Company", sent,
                    "rel.sign-pair")
                paired.add(a.name)
        for k, (a, b) in enumerate(zip(companies, companies[1:])):
            if text[a.end:b.start] in ("与", "同") and _SIGN_CUE.search(
                    text, b.end, _clause_end(text, b.end, sent.end)) and \
                    (a.start == sent.start or text[a.start - 1] in "，；："):
                rel("signsWith", a.name, "Company", b.name, "Company", sent, "rel.sign-pair")
                paired.update((a.name, b.name))
                # 甲公司与乙公司签订…协议，与丙公司签订…协议: the clause without a
                # subject goes on with the first signer.
                for d in companies[k + 2:]:
                    if not text.endswith(("，与", "，并与", "，还与", "；与"), sent.start, d.start) or \
                            not _SIGN_CUE.search(text, d.end, _clause_end(text, d.end, sent.end)):
                        break
                    rel("signsWith", a.name, "Company", d.name, "Company", sent, "rel.sign-pair")
                    paired.add(d.name)
    st.paired_names.update(paired)
    # 其中，甲公司投资…建设…；乙公司…: after a sentence about a signing, the
    # companies each clause begins with are the ones that signed with the place.
    # (a ；-list of such clauses goes on over the sentences it was split into)
    # (■甲公司投资…建设…项目 / 1. 甲公司…: a list's items, one line each, likewise.)
    lead = _item_lead(sent.text)
    among = (_AMONG.match(sent.text) or lead) and sent.index - st.sign_sentence == 1 or \
        sent.index - st.among_sentence == 1 and (doc.sentences[sent.index - 1].text.endswith("；") or
                                                 lead and _item_lead(doc.sentences[sent.index - 1].text))
    if among:
        st.among_sentence = sent.index
    if companies and among and place:
        for c in companies:
            # (其中，甲银行向乙公司授信…: a party the signing paired with a company
            # is no signer with the place.)
            if c.name not in paired and c.name not in st.paired_names and \
                    (c.start == sent.start + lead or text[c.start - 1] in "，；：,:"):
                # 其中，甲银行向乙公司授信…: the clause's other party is a company.
                other = next((d for d in companies if d.start == c.end + 1), None)
                if other is not None and text[c.end] == "向":
                    rel("signsWith", c.name, "Company", other.name, "Company", sent, "rel.sign-among")
                    paired.add(c.name)
                    continue
                # 甲公司（简称甲）与某某经济开发区签约: the party named after it.
                own = _WITH_PLACE.match(text, _past_bracket(text, c.end))
                rel("signsWith", c.name, "Company", own.group(1) if own else place, "Place", sent,
                    "rel.sign-among")
                paired.add(c.name)
    if _SIGN_CUE.search(sent.text) and _SIGNED_COUNT.search(sent.text):
        st.sign_sentence = sent.index
    # signsWith: the company signs with a place or company (青川区与某某公司签约).
    if _SIGN_CUE.search(sent.text) and companies and not signed_projects:
        pm = _PLACE.search(sent.text)
        where = pm.group(1) if pm else place
        # 会议原则同意某某区人民政府与…: the words before the place are no part of it.
        if pm and place and where.endswith(place) and where != place:
            where = place
        if where:
            front = where[:-2]
            cut = max((where.rfind(w) + len(w) for w in _place_stops() if w in front), default=0)
            if len(where) - cut >= 3:
                where = where[cut:]
        if where:
            signer = None
            for c in companies:
                if signer is None and c.start - sent.start > (pm.start() if pm else -1) or \
                        signer is not None and (_BRACKET_LEAD.sub("", text[signer.end:c.start]) in _LIST_JOINS or
                                                # …签订投资协议，与丁公司签订战略合作协议
                                                text[c.start - 1] in "与同" and
                                                _SIGN_CUE.search(text, signer.end, c.start) or
                                                _WITH_VILLAGE.match(text, signer.end) and
                                                _WITH_VILLAGE.match(text, c.end)):
                    # 与甲公司、乙公司和丙公司签约: every company of the list signs.
                    # 甲公司与某某县签订…: the place after the company is its party.
                    own = _WITH_PLACE.match(text, c.end) or _WITH_VILLAGE.match(text, c.end)
                    party = own.group(1) if own else where
                    if not own and _WITH_ZONE.match(text, c.end) and place:
                        party = place
                    # 与开发区签约: the article's zone named by its bare head.
                    if own and place and len(party) <= 3 and place.endswith(party):
                        party = place
                    # 甲大学与乙公司签约共建…, 乙公司与甲学院签署…: the firm's party is a
                    # school or a public lab, no place, company or official.
                    school = _SCHOOL_BEFORE.search(text, max(sent.start, c.start - 24), c.start) or \
                        _SCHOOL_AFTER.match(text, c.end)
                    # 某某县政府与甲公司签订…，甲公司与乙公司签订…: the government
                    # before the company is its party, even when it signs again.
                    gov = _GOV_WITH.search(text, max(sent.start, c.start - 12), c.start)
                    if gov and c.name in paired:
                        rel("signsWith", c.name, "Company", gov.group(1), "Place", sent, "rel.sign-cue")
                    if c.name not in paired and not school and not text.endswith(_NON_FIRM_PARTY, sent.start, c.start) \
                            and not text.endswith(_SET_UP, sent.start, c.start):
                        rel("signsWith", c.name, "Company", party, "Place", sent, "rel.sign-cue")
                    signer = c
                elif signer is not None:
                    break
    # 分别与各签约企业签订投资合同: every company named before signs.
    if not companies and _SIGN_CUE.search(sent.text) and _WITH_EACH.search(sent.text) and place:
        for name in st.companies_seen:
            rel("signsWith", name, "Company", place, "Place", sent, "rel.sign-each")
    for c in companies:
        if c.name not in st.companies_seen:
            st.companies_seen.append(c.name)
    # involves (2): 与某某公司就某某项目座谈, 项目由某某集团投资兴建.
    # 甲公司、乙公司分别签约丙园一期和丁项目: the lists pair off in order.
    both = _RESPECTIVELY.search(sent.text)
    if both:
        cut = sent.start + both.start()
        firms = [c for c in companies if c.end <= cut]
        sites = [p for p in projects if p.start >= cut]
        # (甲物流中心 inside 甲物流中心项目 is one site.)
        sites = [p for p in sites if not any(q is not p and q.start <= p.start and p.end <= q.end
                                             and q.end - q.start > p.end - p.start for q in sites)]
        if len(firms) == len(sites) >= 2:
            for c, p in zip(firms, sites):
                rel("involves", p.name, "Project", c.name, "Company", sent, "rel.involves-each")
            projects = [p for p in projects if not any(q.start <= p.start and p.end <= q.end for q in sites)]
    if companies and any(c in sent.text for c in _INVOLVE_CUES + _SIGN_CUES):
        for p in projects:
            before = [c for c in companies if c.end <= p.start]
            after = [c for c in companies if c.start >= p.end]
            owner = before[-1] if before else (after[0] if after else None)
            # 甲项目由乙公司承建，丙产业园引进了丁集团: the company of the park's own clause.
            if owner is not None and after and "，" in text[owner.end:p.start] and \
                    "，" not in text[p.end:after[0].start]:
                owner = after[0]
            between = text[min(owner.end, p.end):max(owner.start, p.start)] if owner else ""
            # 走访了甲公司，考察了乙产业园: two stops of a visit, no party to each other.
            if owner is not None and any(v in between for v in ("考察", "走访", "察看", "来到", "参观")):
                owner = None
            # Siblings of one list (甲项目现场、乙有限公司; 甲园、乙园和丙公司) are not partners.
            sibling = "、" in between or between in ("和", "及") and "、" in text[max(sent.start, min(
                owner.start, p.start) - 12):min(owner.start, p.start)]
            # 甲集团承接的乙项目、丙项目进展顺利: a list of projects after the company
            # is all of its (the list is of projects only).
            if sibling and owner.end <= p.start and _project_list_of(text, owner, p, projects):
                sibling = False
            # (支持甲公司实施乙生产线改造: the project after the company is its own.)
            if owner is not None and _SUPPORTS.search(text, sent.start, owner.start) and \
                    not (owner.end <= p.start and re.fullmatch("实施|建设|推进", text[owner.end:p.start])):
                owner = None
            # 在某某高新区建设…: the zone is where it is built, no party to it;
            # 与某某开发区签约…: the zone is the other party of the signing.
            if text[p.start - 1:p.start] in ("在", "与", "同") and _ZONE_END.search(p.text):
                owner = None
            # 某某高新区与甲公司签约乙项目: the zone signs with the company, it is no project of it.
            if owner is not None and _ZONE_END.search(p.text) and p.end < owner.start and \
                    text[p.end:owner.start] in ("与", "同", "和"):
                owner = None
            # 某村依托甲产业园，与乙公司合作: the park is what the subject builds on;
            # 甲公司与某某高新区签约: the zone is the other party, no project of it.
            if text.endswith("依托", 0, p.start) or _ZONE_END.search(p.text) and \
                    text[p.start - 1:p.start] in ("与", "同") and _SIGN_CUE.match(text, p.end):
                owner = None
            # 由甲公司牵头建设的乙产业园一期已结顶，丙小镇入选…: the company is party
            # to the project of its own clause, not to one named after another.
            if owner is not None and owner.end <= p.start and any(
                    owner.end <= q.start and q.end <= p.start and "，" in text[q.end:p.start]
                    for q in projects if q is not p):
                owner = None
            # 甲团队与园区签约共建乙研究院；丙团队入驻丁创业园: clauses of a ；-list
            # are separate deals.
            if owner is not None and "；" in text[min(owner.end, p.end):max(owner.start, p.start)]:
                owner = None
            if owner is not None and not sibling:
                rel("involves", p.name, "Project", owner.name, "Company", sent, "rel.involves-cue")
                # 甲公司与乙公司签订…，与丙公司签订某某项目施工协议: the first signer
                # goes on as the subject of the clause and is party to its project.
                if owner.end <= p.start and text.endswith(("，与", "，并与", "，还与", "；与"), sent.start, owner.start):
                    first = companies[0]
                    if first is not owner and first.end < owner.start and text[first.end:first.end + 1] in "与同" and \
                            (first.start == sent.start or text[first.start - 1] in "，；："):
                        rel("involves", p.name, "Project", first.name, "Company", sent, "rel.involves-cue")
                # 甲公司与乙集团合作建设某某基地: each partner of the pair.
                k = companies.index(owner)
                while owner.end <= p.start and k > 0 and \
                        text[companies[k - 1].end:companies[k].start] in ("与", "和", "及", "同"):
                    k -= 1
                    rel("involves", p.name, "Project", companies[k].name, "Company", sent,
                        "rel.involves-cue")
                # 某某园…，甲、乙等12家企业已签订入驻协议: the whole list after the project.
                k = companies.index(owner)
                while owner.start >= p.end and k + 1 < len(companies) and \
                        text[companies[k].end:companies[k + 1].start] in ("、", "和", "及"):
                    k += 1
                    rel("involves", p.name, "Project", companies[k].name, "Company", sent,
                        "rel.involves-cue")
    # involves (3): 某某产业园…。该产业园由某某集团投资建设: the project named before.
    # (该项目 two sentences on, after the attendance: the last one named with that head.)
    this = _THIS_PROJECT.match(sent.text) if not projects and companies else None
    named = st.last_by_head.get(this.group()[1:]) if this else None
    if named is not None and sent.index - named[1] <= 3 and sent.index - st.last_project_sentence > 0:
        st.last_project, st.last_project_sentence = named[0], sent.index - 1
    if not projects and companies and st.last_project is not None and \
            sent.index - st.last_project_sentence <= 1 and _THIS_PROJECT.match(sent.text) and \
            any(c in sent.text for c in _INVOLVE_CUES):
        # 由甲公司（以下简称“甲”）与乙集团共同投资建设: each partner of the pair.
        for k, c in enumerate(companies):
            # (…，乙工程公司承担工程总承包: the contractor builds it too.)
            # (由甲集团全资子公司乙公司投资建设: the parent and its subsidiary.)
            between = _BRACKET_LEAD.sub("", text[companies[k - 1].end:c.start]) if k else ""
            if k and between not in _LIST_JOINS and not _BUILDER.match(text, c.end) and \
                    not _SUBSIDIARY.fullmatch(between):
                break
            rel("involves", st.last_project.name, "Project", c.name, "Company", sent,
                "rel.involves-anaphor")
    # involves (6): 2. 某某测试场项目。建设内容：…。总投资15亿元，由甲公司投资建设 / 建设
    # 单位为甲公司: a numbered item of a project list names its builder sentences on.
    item = _ITEM_MARK.match(sent.text)
    if item:
        heads = [p for p in projects if p.start == sent.start + item.end()]
        st.item_project = max(heads, key=lambda p: p.end) if heads else None
        st.item_sentence = sent.index
    elif companies and not projects and st.item_project is not None and \
            sent.index - st.item_sentence <= 4:
        for c in companies:
            if _ITEM_BUILDER_BEFORE.search(text, sent.start, c.start) or \
                    text[c.start - 1:c.start] == "由" and _ITEM_BUILDER_AFTER.match(text, c.end):
                rel("involves", st.item_project.name, "Project", c.name, "Company", sent,
                    "rel.involves-item")
    # involves (4): 在甲公司，…。公司计划投资2亿元建设乙基地: the company pointed
    # back to (公司, 企业) invests in the project.
    # (甲公司总经理某某说，公司冷链物流中心项目…: the firm named before, in the sentence.)
    for p in projects:
        before = [c for c in companies if c.end <= p.start]
        firm = before[-1].name if before else \
            st.last_org.name if not companies and st.last_org is not None and \
            st.last_org.type == "Company" and sent.index - st.last_org_sentence <= 1 else \
            st.last_company if not companies and sent.index - st.last_company_sentence <= 1 else ""
        if firm and _OWN_INVESTMENT.search(text, sent.start, p.start):
            rel("involves", p.name, "Project", firm, "Company", sent, "rel.involves-anaphor")
    # involves (5): 甲集团有限公司总经理某某讲话。…某某表示，集团将适时启动二期某某
    # 项目: a company's head speaking of the company's plans names its project.
    if projects and not companies and any(w in sent.text for w in ("表示", "说", "介绍")):
        who = _HEAD_SPEAKS.match(sent.text)
        firm = st.company_head(text, who.group(1)) if who else ""
        if firm and _OWN_PLAN.search(sent.text):
            for p in projects:
                rel("involves", p.name, "Project", firm, "Company", sent, "rel.involves-head")
    # inIndustry: 该产业园…重点发展甲、乙等某某产业 — the project named before is of
    # the sector the list is filed under (or of the listed industries).
    if not projects and st.last_project is not None and sent.index - st.last_project_sentence <= 1 \
            and _THIS_PROJECT.match(sent.text) and re.search("(?:重点|主要|着力)发展", sent.text):
        sectors = [i for i in industries if i.rule == "industry.sector"]
        for ind in sectors or industries:
            rel("inIndustry", st.last_project.name, "Project", ind.name, "Industry", sent,
                "rel.project-develops")
    if projects:
        st.last_project, st.last_project_sentence = projects[-1], sent.index
        for p in projects:
            head = next((h for h in _ANAPHOR_HEADS if p.text.endswith(h)), "")
            if head:
                st.last_by_head[head] = (p, sent.index)
    # inIndustry (1): 精密制造……支持甲、乙等企业 (the industry is the sentence's topic).
    if industries and (industries[0].start == sent.start or _SPEECH_LEAD.fullmatch(
            text, sent.start, industries[0].start)):
        st.topic_industry = industries[0].text
    elif not sent.text.startswith("要"):
        st.topic_industry = ""
    if st.topic_industry:
        for x in companies + projects:
            rel("inIndustry", x.name, x.type, st.topic_industry, "Industry", sent,
                "rel.topic-industry")
    orgs = companies + projects
    for ind in industries:
        # (2) 信息产业是某某开发区的主导产业
        m = _LEADING_INDUSTRY.match(text, ind.end, sent.end)
        if m:
            for x in orgs:
                if m.start("x") <= x.start and x.end <= m.end("x"):
                    rel("inIndustry", x.name, x.type, ind.name, "Industry", sent,
                        "rel.leading-industry")
        # (3) 作为大型文旅项目: the sentence's one project is of this industry.
        if text.startswith("项目", ind.end) and len(projects) == 1:
            rel("inIndustry", projects[0].name, "Project", ind.name, "Industry", sent,
                "rel.industry-project")
    # (5) 某某公司是全县食用菌产业龙头企业 / 某某是国内新型储能领域的骨干企业
    filed = set()
    for ind in industries:
        if not _FIRM_OF.match(text, ind.end):
            continue
        subject = next((c.name for c in companies if c.end < ind.start and text.startswith("是", c.end)
                        and not re.search("[，。；]", text[c.end:ind.start])), "")
        if not subject:
            lead = re.match(rf"(?:该公司|该企业|([{CJK}A-Za-z]{{2,12}}?))是", text[sent.start:ind.start])
            if lead and lead.group(1) is None and st.last_org is not None and \
                    sent.index - st.last_org_sentence <= 1:
                subject = st.last_org.name if st.last_org.type == "Company" else ""
            elif lead and lead.group(1) in st.company_prefixes:
                subject = st.company_prefixes[lead.group(1)]
        if subject and "，" not in text[sent.start:ind.start]:
            rel("inIndustry", subject, "Company", ind.name, "Industry", sent, "rel.firm-of-industry")
            filed.add(ind.start)
    # (7) 某某产业集聚了甲、乙等龙头企业
    for ind in industries:
        g = _GATHERS.match(text, ind.end)
        if g and g.end() > ind.end and companies:
            clause_end = _clause_end(text, g.end(), sent.end)
            for c in companies:
                if g.end() <= c.start and c.end <= clause_end:
                    rel("inIndustry", c.name, "Company", ind.name, "Industry", sent, "rel.industry-gathers")
                    filed.add(ind.start)
        # (8) 产业园已入驻跨境电商企业45家 (the park named in this or the sentence before)
        park = projects[-1] if projects and projects[-1].end <= ind.start else (
            st.last_project if not projects and st.last_project is not None and
            sent.index - st.last_project_sentence <= 1 else None)
        if park is not None and text.startswith("企业", ind.end) and \
                _HOSTS.search(text, max(sent.start, ind.start - 8), ind.start):
            rel("inIndustry", park.name, "Project", ind.name, "Industry", sent, "rel.park-hosts")
            filed.add(ind.start)
    # (9) 该企业主营甲和乙: the company talked about is in those lines of business.
    subject = companies[-1] if companies else (st.last_org if st.last_org is not None and
                                               st.last_org.type == "Company" and
                                               sent.index - st.last_org_sentence <= 1 else None)
    for ind in industries:
        if ind.rule == "industry.main-business" and subject is not None:
            rel("inIndustry", subject.name, "Company", ind.name, "Industry", sent, "rel.main-business")
            filed.add(ind.start)
    # (6) 甲公司等12家汽车零部件企业
    for c in companies:
        m = _N_FIRMS.match(text, c.end)
        if m:
            for ind in industries:
                if ind.start == m.end() and text.startswith("企业", ind.end):
                    rel("inIndustry", c.name, "Company", ind.name, "Industry", sent, "rel.firms-of-industry")
                    filed.add(ind.start)
    # (4) The last company or project visited, pointed back to (企业, 园区) in a
    # sentence about one or two industries: 了解企业…共同探讨光芯片产业发展.
    if companies:
        st.last_company, st.last_company_sentence = companies[-1].name, sent.index
    if orgs:
        st.last_org, st.last_org_sentence = orgs[-1], sent.index
    elif sent.text.startswith(("该公司", "该企业")):
        # 该公司主要生产…: the text still talks about the last company.
        st.last_org_sentence = sent.index
    else:
        # 希望岚瑞金紧盯…: a company named again by its short form.
        # (the first form, longest first, that the sentence holds: filter tests them in C)
        f = next(filter(sent.text.__contains__, st.short_forms()), None)
        if f is not None:
            st.last_org = Mention("Company", f, doc.doc_id, sent.index, sent.start, sent.start,
                                  "company.short-form", canonical=st.company_prefixes[f])
            st.last_org_sentence = sent.index
            orgs = [st.last_org]
    # Only an industry named as such (光芯片产业, 饮料行业发展): a taxonomy word
    # inside a product or project name (氢能两轮车) is no topic.
    named = [i for i in industries if not i.sector and i.start not in filed and i.rule in (
        "industry.suffix", "industry.taxonomy") and (
        i.text.endswith(("产业", "行业")) or text.startswith(("产业", "行业", "发展", "领域"), i.end))]
    # (出席某县（苏州）电子信息产业招商推介会: a trade inside a meeting's name is
    # what the meeting promotes, no company's.)
    named = [i for i in named if not any(m.type == "Meeting" and m.start <= i.start and i.end <= m.end
                                         for m in ms)]
    if st.last_org is not None and not st.topic_industry and 1 <= len(named) <= 2 and len(industries) <= 2 and \
            sent.index - st.last_org_sentence <= 1 and st.visit_leader and \
            (orgs or any(a in sent.text for a in _ANAPHORS)):
        for ind in named:
            rel("inIndustry", st.last_org.name, st.last_org.type, ind.name, "Industry", sent,
                "rel.visit-topic-industry")
    # partOfSector: 现代商贸、特色商业等高成长服务业
    for ind in industries:
        if ind.sector:
            rel("partOfSector", ind.text, "Industry", ind.sector, "Industry", sent,
                "rel.sector-list")
