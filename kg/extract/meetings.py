"""Meetings: names ending in a meeting word (全体会议, 推进会, 签约仪式), with
their date, and the shorter forms of one meeting in one article linked to its
fullest name.

A name runs left from its head word (data/meeting_heads.txt) over name
characters until a stop word (data/meeting_stops.txt: 召开, 出席, 贯彻 …).
Bare meeting words (会议, 座谈会: data/meeting_generic.txt) name no meeting;
a generic one held by a named body takes the body's name
(某区委理论学习中心组在党校举行专题学习会 -> 某区委理论学习中心组专题学习会).

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "5月31日上午，某区召开基层治理工作推进会。")
>>> [(m.text, m.date) for m in extract(doc, load())]
[('基层治理工作推进会', '--05-31')]
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as _date, timedelta as _timedelta
from functools import lru_cache

from kg.clean import CJK, CJK_CHAR
from kg.extract.dates import DATE, parse_cn_date
from kg.lexicon import Lexicon, alternation, builtin_table
from kg.model import Document, Mention

_MAX_NAME = 60
_NAME_CHAR = re.compile(f"[{CJK}0-9A-Za-z“”‘’（）()·]")
_NUM = "一二三四五六七八九十百零〇两0-9"
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]{2,4}大")
_CENTRAL_SESSION = re.compile(r"[一二三四五六七八九十]{2,3}届[一二三四五六七八九十]中全会$")
_SIGN_PARTIES = re.compile(rf"([{CJK}A-Za-z0-9]{{2,20}}与[{CJK}A-Za-z0-9]{{2,30}}?)"
                           r"(?:（[^）]{0,20}）)?(?:举行|举办)$")
# 某某工作组在会议中心举行集中学习会: the body holding a generically named meeting.
_HOLDER = re.compile(rf"([{CJK}]{{2,20}}?(?:委员会|中心组|委|组|政府|局|办|区|县|市|镇|街道))"
                     rf"(?:在[{CJK}A-Za-z0-9]{{2,12}}?)?(?:召开|举行|举办)$")
# 全区/区委/市政府 …: an organisation with nothing particular about it.
_ORG_ONLY = re.compile(r"^(?:全|本|各)?(?:[省市区县镇乡]|[省市区县]委|[省市区县]政府|"
                       r"[省市区县]人民政府|[省市区县]委常委会|[省市区县]人大|[省市区县]政协)?$")
_YEAR_SESSION = re.compile(rf"(?:19|20)[0-9]{{2}}年(?:度)?(?:第[{_NUM}]+次)?|第[{_NUM}]+次")
_DATED_GENERIC = re.compile(rf"^(?:(?:19|20)[0-9]{{2}}年(?:度)?)?(?:第[{_NUM}]+次)?")
_ORDINAL = re.compile(f"([{_NUM}]*)([届次期])")
_CI_WORDS = "层档人名班车航频席首"     # 层次, 档次, 人次 …: words ending in 次
# A meeting recurring with no occasion (“百企帮百村”活动) has no 第N期 or year.
_OCCASION = re.compile(rf"第[{_NUM}]+[期届次]|(?:19|20)\d{{2}}")
_CUES = {row[0]: tuple(row[1].split()) for row in builtin_table("meeting_cues")}
_CITE_BEFORE = _CUES["cited-before"] + ("、",)    # 省委全会、市委全会精神: a list of citations
_CITE_AFTER = _CUES["cited-after"]
_CITE_LIST = re.compile(rf"(?:、[^，。；、]{{2,30}}?)+(?:{'|'.join(_CITE_AFTER)})")
_NICKNAME = re.compile(r"(?:召开|举行|举办)([^，。；——]{2,20}?”)——$")
_BARE_HELD = re.compile(r"^[^，。]{0,12}?(" + DATE.pattern + r")[^，。]{0,4}，"
                        r"(?:会议|大会|全会|仪式|签约仪式|推进会|座谈会|论坛)(?:在[^，。]{1,15})?(?:召开|举行|举办|开幕)")
_NAME_YEAR = re.compile(r"((?:19|20)\d{2})年")
_FUTURE = re.compile(r"将|拟|计划|即将")
# (某某全体会议，于12月27日在某地召开: a comma before 于 too.)
_AFTER_DATE = re.compile(r"(?:[（(][^）)]{0,10}[）)])?(?:，(?=于))?(?:将|已)?于?(" + DATE.pattern + ")")


@lru_cache(maxsize=4)
def _lists(heads: tuple, stops: tuple, generic: tuple, doc_words: tuple):
    # 推进会议: a head ending in 会 may take 议.
    return (re.compile(f"(?:{alternation(heads)})(?:(?<=会)议)?"),
            tuple(sorted(stops, key=len, reverse=True)), frozenset(generic),
            re.compile(f"(?:{alternation(doc_words)})"))


def _left(text: str, head_start: int, floor: int, stops) -> int:
    """Where the name ending in the head at `head_start` begins."""
    i = head_start
    while i > floor and head_start - i < _MAX_NAME:
        ch = text[i - 1]
        if ch in "）)":
            # 全区“两重”（重点项目、重点工作）推进会议: a bracket is read whole.
            j = max(text.rfind("（", floor, i - 1), text.rfind("(", floor, i - 1))
            if j == -1 or i - j > 30:
                break
            i = j
            continue
        if ch == "”":
            # 某县“以商招商”暨…恳谈会: a quoted term inside a name is read whole,
            # so a stop word inside the quotes (以) does not cut the name.
            j = text.rfind("“", floor, i - 1)
            if j != -1 and i - j <= 16 and not _QUOTE_BREAK.search(text, j + 1, i - 1):
                i = j
                continue
        if ch == "、" and _list_inside_name(text, i - 1, head_start, floor):
            i -= 1
            continue
        # 甲市—乙县对口支援工作座谈会: a dash joins the two parties' places.
        # (甲川—乙溪2024年东西部协作联席会议: two places named bare.)
        if ch == "—" and i - 2 > floor and (text[i - 2] in "省市区县州旗盟" or CJK_CHAR.match(text[i - 2])
                                            and CJK_CHAR.match(text[i])) and text[i] != "—" \
                and text[i - 2] != "—":
            i -= 1
            continue
        if not _NAME_CHAR.match(ch):
            break
        # (海南自由贸易港某某园: the 由 of 自由 is no stop; nor the 并 of 并网仪式;
        # nor 学习 of the body 某区委理论学习中心组 that names its own session.)
        # 百日攻坚: no date is written 百日, so that 日 is no stop.
        if text.endswith(stops, 0, i) and not _inside_word(text, i) \
                and not text.startswith("中心组", i) and not text.endswith(("百日", "千日"), 0, i):
            # 召开马铃薯和中药材产业链推进会: a short noun joined by 和 right after a
            # holding verb or a comma is the first half of the name.
            j = _joined_half(text, i, floor, stops) if ch == "和" and head_start - i >= 2 else -1
            if j == -1:
                break
            i = j
            continue
        i -= 1
    while i < head_start and text[i] in "”’）)":
        i += 1
    return i


_QUOTE_BREAK = re.compile("[，。；：！？”]")


# Words holding a one-character stop (由, 并) that do not end a name there.
_INSIDE_WORDS = ("自由", "并网", "并购", "兼并")


def _inside_word(text: str, i: int) -> bool:
    """True when the stop ending at text[i - 1] is a character of a word of
    _INSIDE_WORDS (并 of 项目并网仪式)."""
    return any(text.startswith(w, i - k) for w in _INSIDE_WORDS for k in range(1, len(w) + 1))


def _joined_half(text: str, i: int, floor: int, stops) -> int:
    """Start of the 2-8 character run before the 和 at text[i - 1] when a comma,
    a sentence start or a holding verb (召开, 举行) comes right before it; else -1."""
    k = i - 1
    while k > floor and CJK_CHAR.match(text[k - 1]) and not text.endswith(stops, 0, k) and i - 1 - k < 8:
        k -= 1
    if not 2 <= i - 1 - k <= 8 or "会" in text[k:i - 1]:
        return -1
    if k == floor or not CJK_CHAR.match(text[k - 1]) or text.endswith(_HOLD_VERBS, 0, k):
        return k
    return -1


_HOLD_VERBS = ("召开", "举行", "举办")
_VERB_BEFORE_HEAD = re.compile("(?:推动|贯彻|落实|传达|宣讲|领会|把握|抓好)$")  # (推进大会 is a meeting)


def _list_inside_name(text: str, comma: int, head_start: int, floor: int) -> bool:
    """A 、 inside a name joins two long words (机械制造、纺织服装产业…推介会);
    a 、 between short items is a list of meetings (二中、三中全会)."""
    right = text[comma + 1:head_start]
    k = comma
    while k > floor and CJK_CHAR.match(text[k - 1]):
        k -= 1
    return len(right) >= 4 and comma - k >= 3


def _valid(name: str, head: str, generic) -> bool:
    if len(name) < 4 or name in generic:
        return False
    body = name[: len(name) - len(head)]
    if _ORG_ONLY.match(body) and not (head == "全会" and body.endswith("委")):
        return False
    # 以实干实绩推动全会精神落地: a verb right before the head takes it as object.
    if _VERB_BEFORE_HEAD.search(body):
        return False
    if head in ("活动",) and not _OCCASION.search(name):
        return False
    # 十九届五中全会 names its session; 五中全会 in a list does not.
    if name.endswith("中全会") and "届" not in name:
        return False
    for m in _ORDINAL.finditer(name):
        nums, at = m.group(1), m.start()
        if m.group(2) == "期" and not nums:
            continue
        # 高层次人才项目签约仪式: 层次 (档次, 人次) is a word, not an ordinal.
        if m.group(2) == "次" and not nums and m.start() and name[m.start() - 1] in _CI_WORDS:
            continue
        if not nums:
            return False           # 大次全会: broken text, not an ordinal
        before = name[at - 1] if at > 0 else ""
        if m.group(2) == "届" and before and before not in "第委会区县市省党共" \
                and not before.isdigit() and not name.startswith("党的"):
            return False           # 全省对外一届大会
    return True


def _date_for(text: str, before: str, end: int, sent_end: int, doc: Document, name: str) -> str:
    """The date the sentence gives the meeting: the last one before its name,
    else one right after it (某全会于3月5日召开).  A date without a year takes
    the article's year, else a year in the name (2020年一季度…签约活动); not
    the article's year when that would put a meeting reported as held after
    the article's own date (a page stamped with the day it was saved)."""
    dates = list(DATE.finditer(before))
    day = _DAY_ONLY.search(before) if not dates else None
    rel = _RELATIVE_DAY.match(before) if not dates and not day else None
    earlier = list(DATE.finditer(text, 0, end - len(name) - len(before))) if day or rel else []
    if rel and rel.group(1) in ("次日", "第二天", "翌日"):
        # 【5月14日】 as a line of its own labels a section; 次日 counts from the
        # last day the narration named (当天 is the label's day).
        earlier = [d for d in earlier if not _DATE_HEADING.fullmatch(
            text, text.rfind("\n", 0, d.start()) + 1, _line_end(text, d.end()))]
    if dates:
        found = dates[-1].group()
    elif rel and earlier:
        # 5月20日，…。次日，某某推进会召开 / 当天下午，主持召开…: the day named before.
        last = earlier[-1]
        y, mo, d = int(last.group(1) or 2001), int(last.group(2)), int(last.group(3))
        try:
            when = _date(y, mo, d) + _timedelta(days=rel.group(1) in ("次日", "第二天", "翌日"))
        except ValueError:
            return ""
        found = (f"{when.year}年" if last.group(1) else "") + f"{when.month}月{when.day}日"
    elif day and earlier:
        # 6月12日至13日，…。13日上午，某某会议召开: the day of the month named before.
        last = earlier[-1]
        found = (f"{last.group(1)}年" if last.group(1) else "") + f"{last.group(2)}月{day.group(1)}日"
    else:
        after = _AFTER_DATE.match(text, end, sent_end)
        lead = None if after or text.startswith(("代表", "的"), end) else \
            _lead_date(text, text.rfind(before, 0, end), before)
        if not after and not lead:
            return ""
        found = after.group(1) if after else lead
    iso = parse_cn_date(found, doc.year)
    if DATE.match(found).group(1):
        return iso                                   # the year is stated
    if doc.year and doc.date and iso > doc.date and not _FUTURE.search(text, end, sent_end):
        return parse_cn_date(found, None)
    named = _NAME_YEAR.search(name)
    if not doc.year and named:
        return parse_cn_date(found, int(named.group(1)))
    return iso


def _lead_date(text: str, sent_start: int, before: str) -> str:
    """8月26日，某某产业园开园运营。市领导出席某某产业园开园仪式: the lead
    sentence of the same paragraph dates the occasion the next one says was
    attended (the occasion's own sentence giving no day)."""
    if not before.endswith(_ATTENDED) or sent_start < 2:
        return ""
    prev = max(text.rfind("。", 0, sent_start - 1), text.rfind("\n", 0, sent_start - 1)) + 1
    if "\n" in text[prev:sent_start - 1]:
        return ""
    m = _LEAD_DATE.match(text, prev, sent_start)
    return m.group(1) if m else ""


_ATTENDED = ("出席", "参加", "出席了", "参加了")
_LEAD_DATE = re.compile(r"\s*(" + DATE.pattern + r")(?:上午|下午|晚上|晚)?[，,]")
_DATE_HEADING = re.compile(r"[【\[（(]?" + DATE.pattern + r"[】\]）)]?")


def _line_end(text: str, i: int) -> int:
    k = text.find("\n", i)
    return len(text) if k == -1 else k


_ADOPTED = re.compile(r"(?:审议|讨论|表决)?通过[）)]")
_RECURRING = re.compile(r"(?:每[年月周季日天]|定期)[^，。；：、的]{0,12}$")
# 次日，/ 当天下午，: a day told from the date named before.
_RELATIVE_DAY = re.compile(r"(次日|第二天|翌日|当天|当日|同日)(?:上午|下午|晚上|晚)?[，,]")
# 13日上午，: a day of the month alone at the start of the sentence.
_DAY_ONLY = re.compile(r"^(?:[^，。0-9]{0,4})?([0-9]{1,2})日(?:上午|下午|晚上|晚|当天)?[，,]")


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    """Meeting mentions of `doc` (see the module doc)."""
    head_re, stops, generic, doc_words = _lists(
        lex.words("meeting_heads"), lex.words("meeting_stops"), lex.words("meeting_generic"),
        lex.words("meeting_doc_words"))
    text = doc.text
    out: list[Mention] = []
    for sent in doc.sentences:
        found: list[Mention] = []
        for m in head_re.finditer(text, sent.start, sent.end):
            if doc_words.match(text, m.end()):
                continue
            # 以电视电话会议形式开到…: the form a meeting takes, not another meeting.
            if text.startswith("形式", m.end()):
                continue
            start = _left(text, m.start(), sent.start, stops)
            # 每月召开一次项目调度会: a recurring meeting, no occasion.
            if _RECURRING.search(text, max(sent.start, m.start() - 16), m.start()):
                continue
            if text[start] == "“" and text.count("“", start, m.end()) > text.count("”", start, m.end()):
                start += 1         # 出席“2024某某论坛”: the quote's close is after the head
            # 党的二十届三中全会: 的 ends a name, but 党的 is part of this one (as in 党的二十大).
            if _CENTRAL_SESSION.match(text, start, m.end()) and text.endswith("党的", sent.start, start):
                start -= 2
            name = text[start:m.end()]
            canonical, rule = "", "meeting.head"
            before = text[sent.start:start]
            parties = _SIGN_PARTIES.search(before)
            holder = _HOLDER.search(before)
            if parties and name.endswith("仪式"):
                canonical, rule = parties.group(1) + name, "meeting.sign-parties"
            elif holder and _DATED_GENERIC.sub("", name) in generic and name not in ("会议", "全会", "大会"):
                # (某中心组举行2024年第三次专题学习会: a year and an ordinal do not
                # name the body that holds it.)
                canonical, rule = holder.group(1) + name, "meeting.holder-generic"
            elif not _valid(name, m.group(), generic):
                continue
            # 学习贯彻州委全会精神: a cited meeting does not take the sentence's date.
            cited = before.endswith(_CITE_BEFORE) or text.startswith(_CITE_AFTER, m.end()) or \
                text.startswith("、", m.end()) and _CITE_LIST.match(text, m.end())
            # 召开2025年“开年第一会”——全区…推进会议: the nickname is another name.
            nick = _NICKNAME.search(before)
            aliases = (nick.group(1),) if nick else ()
            # （2024年12月28日某某全体会议通过）: the day a text was adopted, at the
            # meeting's close, is no day the meeting is dated by.
            adopted = _ADOPTED.match(text, m.end())
            date = "" if cited or adopted else _date_for(text, before, m.end(), sent.end, doc,
                                              " ".join((canonical or name,) + aliases))
            found.append(Mention("Meeting", name, doc.doc_id, sent.index, start, m.end(),
                                 rule, canonical=canonical, date=date, aliases=aliases))
        for m in _PARTY_CONGRESS.finditer(text, sent.start, sent.end):
            found.append(Mention("Meeting", m.group(), doc.doc_id, sent.index, m.start(),
                                 m.end(), "meeting.party-congress"))
        # 说明会暨…签约会: a name inside a longer one is part of it.
        out.extend(x for x in found if not any(
            y is not x and y.start <= x.start and x.end <= y.end and
            (y.end - y.start) > (x.end - x.start) for y in found))
    if "纪要" in text and "会议时间" in text:         # cheap test before the patterns
        out.extend(_minutes(doc, head_re, generic))
    if text.startswith("在"):
        out = _speech_date(doc, out)
    return _context_date(doc, _bare_word_aliases(doc, link_short_forms(out)))


# Minutes (会议纪要): the title line names the meeting, the 会议时间： field dates it.
# (the number line under the title may be joined to it: 纪要〔2023〕第4次)
_MINUTES_TITLE = re.compile(rf"(.{{4,40}}?)纪要(?:[（(〔][^）)〕]{{0,12}}[）)〕])?(?:第?[{_NUM}]+[次号期])?")
_MINUTES_TIME = re.compile(r"会议时间[：:]\s*(" + DATE.pattern + ")")


def _minutes(doc: Document, head_re, generic) -> list[Mention]:
    """The meeting a page of minutes records, from its title line.

    >>> from kg.read import document_from_text
    >>> from kg.lexicon import load
    >>> d = document_from_text("t.txt", "某县人民政府常务会议纪要\\n会议时间：2023年3月2日\\n主持人：县长李明")
    >>> [(m.text, m.date) for m in extract(d, load())]
    [('某县人民政府常务会议', '2023-03-02')]
    """
    when = _MINUTES_TIME.search(doc.text)
    if not when:
        return []
    for sent in doc.sentences[:3]:
        m = _MINUTES_TITLE.fullmatch(sent.text)
        name = m.group(1) if m else ""
        head = head_re.search(name) if name else None
        if not head or head.end() != len(name) or _DATED_GENERIC.sub("", name) in generic:
            continue
        return [Mention("Meeting", name, doc.doc_id, sent.index, sent.start,
                        sent.start + len(name), "meeting.minutes",
                        date=parse_cn_date(when.group(1), doc.year))]
    return []


# A speech as printed (讲话稿): 在某某大会上的讲话 / 区委书记 某某 / （2024年2月26日）.
SPEECH_TITLE = re.compile(r"在(.{4,50})上的(?:讲话|讲话提纲|总结讲话|报告|工作报告|致辞|发言|主持词)")
_BRACKET_DATE = re.compile(r"[（(](" + DATE.pattern + r")[）)]$")


def _speech_date(doc: Document, ms: list[Mention]) -> list[Mention]:
    """The meeting a speech's title names takes the date in brackets under it.

    >>> from kg.read import document_from_text
    >>> from kg.lexicon import load
    >>> d = document_from_text("t.txt", "在全县招商引资大会上的讲话\\n县长 李明\\n（2023年3月2日）\\n同志们：")
    >>> [(m.text, m.date) for m in extract(d, load())]
    [('全县招商引资大会', '2023-03-02')]
    """
    sents = doc.sentences
    if not sents or not SPEECH_TITLE.fullmatch(sents[0].text):
        return ms
    # (the date line, short, may be joined to the speaker's line above it)
    when = next((d for s in sents[1:4] for d in [_BRACKET_DATE.search(s.text)] if d), None)
    if not when:
        return ms
    return [replace(m, date=parse_cn_date(when.group(1), doc.year))
            if m.sentence == 0 and not m.date else m for m in ms]


def _context_date(doc: Document, ms: list[Mention]) -> list[Mention]:
    """某区召开安全生产工作会议 (a heading) … 3月5日上午，会议在区行政中心召开:
    a dated sentence about a bare meeting word dates the article's one meeting
    that has no date of its own."""
    if not ms or any(m.date for m in ms):
        return ms
    names = {m.name for m in ms if m.rule != "meeting.party-congress"}
    if len(names) != 1:
        return ms
    for sent in doc.sentences:
        hit = _BARE_HELD.match(sent.text)
        if hit:
            iso = parse_cn_date(hit.group(1), doc.year)
            return [replace(m, date=iso) if m.name in names else m for m in ms]
    return ms


# 全会指出 / 会议强调 / 全会由区委常委会主持: the bare word as a sentence's subject.
_BARE_SUBJECT = re.compile(r"(?:^|[。；！？，\n])(全会|会议)(?=指出|强调|认为|要求|提出|审议|听取|号召|决定|由|通过|明确)")


def _bare_word_aliases(doc: Document, ms: list[Mention]) -> list[Mention]:
    """全会/会议 as a subject refers to the article's meeting whose name ends in
    that word (全体会议 for 全会), when the article has exactly one such meeting."""
    words = {m.group(1) for m in _BARE_SUBJECT.finditer(doc.text)}
    out = ms
    for word in sorted(words):
        tails = ("全会", "全体会议", "全体（扩大）会议", "全体(扩大)会议") if word == "全会" else ("会议",)
        owners = {m.name for m in ms if m.name.endswith(tails) and m.date}
        if len(owners) == 1:
            owner = owners.pop()
            out = [replace(m, aliases=tuple(sorted(set(m.aliases) | {word})))
                   if m.name == owner else m for m in out]
    return out


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    n = name.replace("中国共产党", "中共").replace("（", "(").replace("）", ")")
    return _QUOTE_MARKS.sub("", n)


_QUOTE_MARKS = re.compile("[“”‘’\"']")


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)


_SESSION_ONLY = re.compile(rf"^第[{_NUM}]+次(?:全体)?会议$")
_SHORT_CONGRESS = re.compile(rf"([区县市省])第([{_NUM}]+)次党代会$")
# 州委十一届六次全会 for 中国共产党某某自治州第十一届委员会第六次全体会议.
_SHORT_PLENARY = re.compile(rf"([区县市省州盟旗])委([{_NUM}]+)届([{_NUM}]+)次全会$")


def same_meeting(short: str, long_: str) -> bool:
    """True when `short` is another form of the meeting named `long_` in the
    same article.

    >>> same_meeting("区委十一届八次全体会议", "某某区委十一届八次全体会议")
    True
    >>> same_meeting("州委全会", "州委九届三次全会")
    True
    >>> same_meeting("区第七次党代会", "中共某某区第七次代表大会")
    True
    >>> same_meeting("州委九届三次全会", "中国共产党某某自治州第九届委员会第三次全体会议")
    True
    >>> same_meeting("区第六次党代会", "中共某某区第七次代表大会")
    False
    >>> same_meeting("全县招商引资大会", "某某县招商引资大会"), same_meeting("全市招商引资大会", "某某县招商引资大会")
    (True, False)
    >>> same_meeting("第九次会议", "某某县第五届人民代表大会常务委员会第九次会议")
    True
    >>> same_meeting("某某县（上海）招商推介会", "“岚韵某某·投资兴业”2023某某县（上海）招商推介会")
    True
    """
    a, b = _key(short), _key(long_)
    if a == b:
        return True
    q = _THEME.search(short) if "“" in short else None
    if q and q.group() in long_ and short[-3:] == long_[-3:] and len(short) < len(long_):
        # “某某好物”区域公用品牌发布会 (a headline) / 某县农产品区域公用品牌“某某好物”
        # 发布会: the same quoted theme and the same words, in another order.
        rest = short[:q.start()] + short[q.end():-3]
        if len(rest) >= 2 and rest in long_.replace(q.group(), ""):
            return True
    if len(a) >= len(b):
        return False
    if a[0] == "全" and len(a) >= 6 and a[1] in "省市区县镇乡旗州盟" and b.endswith(a[2:]) and \
            b[len(b) - len(a) + 1] == a[1]:
        # 全区优化营商环境大会 (the speech's own words) / 某某区优化营商环境大会 (its title).
        return True
    if _SESSION_ONLY.match(a):
        # 人大常委会召开第二十二次会议: the session's number alone.
        return b.endswith(a) and "届" in b
    if a.endswith("全会") and b.endswith("全会") and len(a) <= 5:
        # 州委全会 / 州委九届三次全会: the body's plenary, without its numbers.
        return b.startswith(a[:-2]) or b.find(a[:-2]) > 0 and a[:-2].endswith("委")
    p = _SHORT_PLENARY.search(a) if a.endswith("全会") else None
    if p:
        return bool(re.search(rf"{p.group(1)}第{p.group(2)}届委员会第{p.group(3)}次全体(?:[（(]扩大[）)])?会议$", b))
    m = _SHORT_CONGRESS.search(a) if a.endswith("党代会") else None
    if m:
        return bool(re.search(rf"{m.group(1)}第{m.group(2)}次(?:党员)?代表大会$", b))
    if len(a) >= 8 and b.endswith(a):
        # “某某·投资兴业”2023某某县（上海）招商推介会: a theme and a year before the name.
        return True
    if len(a) >= 8 and not _OCCASION.search(a):
        # 县委理论学习中心组专题学习会 (a headline) / 某县委理论学习中心组2024年第三次
        # 专题学习会: the full name also gives the year and the session's number.
        bare = _YEAR_SESSION.sub("", b)
        if bare != b and bare.endswith(a):
            return True
    if len(a) >= 5 and a[-3:] == b[-3:] and len(a) - 3 >= 2 and a[:-3] in b[:-3]:
        # 某开发区举办政企恳谈会 (a headline) / 某开发区2024年第二季度政企恳谈会:
        # the short form's words before the meeting word, inside the full name.
        return True
    bra = _BRACKET.search(a)
    if bra and a[-3:] == b[-3:] and bra.group() in b and \
            b[:b.index(bra.group())].endswith(a[:bra.start()]) and bra.start() >= 2:
        # 某市（香港）招商推介会 / 某省某市（香港）投资合作推介会: the same place and
        # the same venue city in brackets, the same meeting word.
        return True
    return _subsequence(a, b) and len(a) >= 0.6 * len(b) and len(a) >= 6 and a[-2:] == b[-2:]


_BRACKET = re.compile(r"\([^()]{2,6}\)")
_THEME = re.compile("“[^“”]{2,12}”")


def link_short_forms(ms: list[Mention]) -> list[Mention]:
    """Give each meeting mention the fullest name of the same meeting in its
    article as canonical (区委十一届八次全体会议 -> 青石区委十一届八次全体会议)."""
    names = sorted({m.name for m in ms}, key=lambda n: (-len(_key(n)), n))
    out = []
    full_of: dict[str, str] = {}       # one search per name, not per mention
    for m in ms:
        full = full_of.get(m.name)
        if full is None:
            # Only a name earlier in `names` (longer) can be the full one: no cycles.
            longer = names[:names.index(m.name)]
            full = full_of[m.name] = next((n for n in longer if same_meeting(m.name, n)), "")
        if full:
            m = replace(m, canonical=full, aliases=tuple(sorted(set(m.aliases) | {m.text})),
                        rule="meeting.short-form")
        out.append(m)
    return out
