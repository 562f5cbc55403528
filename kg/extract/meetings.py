"""Meetings: names ending in a meeting word (全体会议, 推进会, 签约仪式), their
date from the same sentence, and short references (全会, 会议) to the
article's main meeting.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "5月31日上午，某区召开基层治理工作推进会。")
>>> [(m.text, m.date) for m in extract(doc, load())]
[('基层治理工作推进会', '--05-31')]
"""
from __future__ import annotations

import re

from kg.clean import CJK
from kg.extract.dates import DATE, parse_cn_date
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_STOPS = ("召开", "举行", "举办", "出席", "参加", "主持", "在", "了", "于", "将", "是", "为",
          "的", "上午", "下午", "晚上", "日", "期间", "暨", "并", "参与", "观看", "所作", "与会",
          "贯彻", "学习", "落实", "精神", "决定", "和", "及", "等", "通过", "讲话", "作了", "当天")
_NAME_CHAR = re.compile(f"[{CJK}0-9A-Za-z“”‘’（）()·]")
# A bare meeting word is only a reference to a meeting named elsewhere.
_GENERIC = {"会议", "全会", "大会", "座谈会", "活动", "仪式", "论坛", "签约仪式", "开工仪式",
            "推进会", "学习会", "培训会", "说明会", "推介会", "现场会", "交流会", "常务会议",
            "工作会议", "全体会议", "扩大会议", "代表大会", "党代会", "集中学习会", "签约活动"}
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]{2,4}大")
_SIGN_PARTIES = re.compile(rf"([{CJK}A-Za-z0-9]{{2,20}}与[{CJK}A-Za-z0-9]{{2,30}}?)(?:（[^）]{{0,20}}）)?(?:举行|举办)$")


def _left(text: str, head_start: int, floor: int) -> int:
    i = head_start
    while i > floor and head_start - i < 40:
        if not _NAME_CHAR.match(text[i - 1]):
            break
        if any(text.endswith(w, 0, i) for w in _STOPS):
            # 第十二届委员会第四次全体会议: 日 and 和 inside a name are rare; stop.
            break
        i -= 1
    while i < head_start and text[i] in "”’）)":
        i += 1
    return i


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    head_re = re.compile(f"(?:{alternation(lex.words('meeting_heads'))})")
    text = doc.text
    out: list[Mention] = []
    for sent in doc.sentences:
        for m in head_re.finditer(text, sent.start, sent.end):
            start = _left(text, m.start(), sent.start)
            name = text[start:m.end()]
            if name in _GENERIC or len(name) < 4:
                continue
            if m.group() == "活动" and not re.search(r"[“第]", name):
                continue
            canonical = ""
            parties = _SIGN_PARTIES.search(text, sent.start, start)
            if parties and name.endswith("仪式"):
                canonical = parties.group(1) + name
            date = ""
            before = text[sent.start:start]
            dates = list(DATE.finditer(before))
            if dates:
                date = parse_cn_date(dates[-1].group(), doc.year)
            out.append(Mention("Meeting", name, doc.doc_id, sent.index, start, m.end(),
                               "meeting.head", canonical=canonical, date=date))
        for m in _PARTY_CONGRESS.finditer(text, sent.start, sent.end):
            out.append(Mention("Meeting", m.group(), doc.doc_id, sent.index, m.start(), m.end(),
                               "meeting.party-congress"))
    return out
