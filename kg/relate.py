"""Relations between the mentions of one document, found from cue words.

    二七区委书记樊惠林主持会议并讲话      -> participatesIn chairs, speaksAt
    小分队走访考察了某某科技有限公司      -> visits (the official leading the team)
    二七区与某某投资有限公司…签约          -> signsWith 二七区
"""
from __future__ import annotations

import re
from collections import Counter

from kg.clean import CJK
from kg.model import Document, Mention, RelationMention

_ROLE_CUES = (
    ("chairs", ("主持",)),
    ("speaksAt", ("作讲话", "做了讲话", "作了讲话", "讲话", "强调", "指出", "致辞", "致词", "表示",
                  "发言", "介绍", "宣布", "总结", "领学", "作《", "做《", "说明", "推介", "要求")),
    ("attends", ("出席", "参加", "参与", "见证", "带队", "率队")),
)
_VISIT_CUES = ("考察", "走访", "拜访", "拜会", "调研", "走进", "察看", "会见", "参观")
_SIGN_CUES = ("签约", "签订", "签署", "战略合作")
_PLACE = re.compile(rf"([{CJK}]{{2,8}}?(?:区|县|市|镇|乡|旗))(?=与|和|同)")
_DOC_PLACE = re.compile(rf"([{CJK}]{{1,6}}(?:区|县|市))(?:委|政府|人民政府)")


def _main_place(doc: Document) -> str:
    """The district or county the article is about: the place most named
    with 委/政府 (二七区委, 筠连县政府), else the most frequent X区/X县."""
    counts = Counter(m.group(1) for m in _DOC_PLACE.finditer(doc.text))
    counts.update(m.group(1) for m in re.finditer(rf"([{CJK}]{{2,4}}(?:区|县))(?=[召举聚与以将坚])",
                                                 doc.text))
    for place, _ in counts.most_common():
        if len(place) >= 2 and not place.startswith(("全", "该", "本", "市", "区", "县")):
            return place
    return ""


def _role_after(text: str, start: int, end: int) -> str:
    """The role cue that comes first in text[start:end]."""
    best, where = "", end
    for role, cues in _ROLE_CUES:
        for c in cues:
            i = text.find(c, start, end)
            if i != -1 and i < where:
                best, where = role, i
    return best


def relations(doc: Document, mentions: list[Mention]) -> list[RelationMention]:
    text = doc.text
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    official_names = {m.text for m in mentions if m.type == "Official"}
    out: list[RelationMention] = []
    place = _main_place(doc)
    current_meeting: Mention | None = None
    visit_leader = ""
    topic_industry = ""

    def rel(p, s, st, o, ot, sent, rule, role=""):
        out.append(RelationMention(p, s, st, o, ot, doc.doc_id, sent.index, rule, role))

    for sent in doc.sentences:
        ms = by_sent.get(sent.index, [])
        meetings = [m for m in ms if m.type == "Meeting"]
        if meetings:
            dated = [m for m in meetings if m.date]
            if dated or current_meeting is None:
                current_meeting = (dated or meetings)[0]
        # Officials named again without a title: 樊惠林指出 ...
        officials = [m for m in ms if m.type == "Official"]
        covered = {(m.start, m.end) for m in officials}
        for name in official_names:
            for mm in re.finditer(re.escape(name), sent.text):
                s = sent.start + mm.start()
                if not any(a <= s < b for a, b in covered):
                    officials.append(Mention("Official", name, doc.doc_id, sent.index, s,
                                             s + len(name), "official.known-name"))
                    covered.add((s, s + len(name)))
        officials.sort(key=lambda m: m.start)
        # participatesIn
        meeting = meetings[0] if meetings else current_meeting
        if meeting is not None:
            for i, o in enumerate(officials):
                nxt = officials[i + 1].start if i + 1 < len(officials) else sent.end
                role = _role_after(text, o.end, nxt)
                if not role and i + 1 < len(officials):
                    # 县委书记甲，县人大常委会主任乙出席: the list shares the verb.
                    role = _role_after(text, o.end, sent.end)
                    if role and re.search("[。；]", text[o.end:nxt]):
                        role = ""
                if role:
                    rel("participatesIn", o.text, "Official", meeting.name, "Meeting", sent,
                        "rel.participates-cue", role)
                    for cue in _ROLE_CUES[1][1]:
                        if role == "chairs" and cue in text[o.end:nxt]:
                            rel("participatesIn", o.text, "Official", meeting.name, "Meeting",
                                sent, "rel.participates-cue", "speaksAt")
                            break
        # visits
        companies = [m for m in ms if m.type == "Company"]
        if officials and any(c in sent.text for c in ("带领", "带队", "率队", "率领", "一行")):
            visit_leader = officials[0].text
        if any(c in sent.text for c in _VISIT_CUES) and companies:
            leader = officials[0].text if officials else visit_leader
            if leader:
                for c in companies:
                    rel("visits", leader, "Official", c.name, "Company", sent, "rel.visit-cue")
        # signsWith
        if any(c in sent.text for c in _SIGN_CUES) and companies:
            pm = _PLACE.search(sent.text)
            where = pm.group(1) if pm else place
            if where:
                for c in companies:
                    if c.start - sent.start > (pm.start() if pm else -1):
                        rel("signsWith", c.name, "Company", where, "Place", sent, "rel.sign-cue")
                        break
        # involves: 就某某项目 with a company in the same sentence
        projects = [m for m in ms if m.type == "Project"]
        for p in projects:
            owners = [c for c in companies if c.end <= p.start]
            if owners and ("就" in text[owners[-1].end:p.start] or "投资" in sent.text):
                rel("involves", p.name, "Project", owners[-1].name, "Company", sent,
                    "rel.involves-cue")
        # inIndustry: 精密制造……支持甲、乙等企业 (the industry is the sentence's topic)
        industries = [m for m in ms if m.type == "Industry"]
        if industries and industries[0].start == sent.start:
            topic_industry = industries[0].text
        elif not sent.text.startswith("要"):
            topic_industry = ""
        if topic_industry:
            for x in companies + projects:
                rel("inIndustry", x.name, x.type, topic_industry, "Industry", sent,
                    "rel.topic-industry")
        for ind in industries:
            if ind.sector:
                rel("partOfSector", ind.text, "Industry", ind.sector, "Industry", sent,
                    "rel.sector-list")
    # setBy: goals stated at the article's meeting, or at a meeting their sentence names
    out.extend(goal_meetings(doc, mentions))
    return out


# --- setBy ---------------------------------------------------------------------------
# A new article inside a page of several: 本报讯, 某某网讯, 某某网（某某日报网）讯.
_NEWS_LEAD = re.compile(r"^(?:本报|[^，。；：]{1,12}?(?:网|社|报|台)(?:（[^）]*）)?)讯(?!员)")
_HELD = re.compile(r"召开|举行|举办|开幕|会议上|仪式上|大会上|会上")
_REFERENCED = re.compile(r"^(?:精神|部署|决策|要求|确定|提出的|以来)")
# The meeting is the subject: 市委全会明确了…, 党代会绘就了…
_SETS = re.compile(r"^[也还再又]?(?:提出|明确|确定|确立|绘就|审议通过|作出|通过了)")
_BACKGROUND = re.compile(r"^(?:今年以来|近年来|近几年|去年以来|此前|多年来|上半年|[0-9]+[~～－-][0-9]+月)")
_SPEECH = re.compile(r"表示|指出|强调|说|要求|提出|致辞|讲话")


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
    会议上) or named in the section's first two lines, and not only referred to
    (贯彻省委全会精神)."""
    first = {s.index for s in section[:2]}
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
            if _BACKGROUND.match(sent.text) and not _SPEECH.search(sent.text):
                continue
            out.append(RelationMention("setBy", g.name, "Goal", main.name, "Meeting",
                                       doc.doc_id, g.sentence, "rel.setby-main-meeting"))
    return out
