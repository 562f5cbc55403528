"""Goals: strategic lines in quotation marks with a goal word after them
(“安居”“乐业”两大工程, “五城”建设), lines set as 总目标, and numeric targets
(力争2023年固定资产投资增长15%).

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "全力打造“安居”“乐业”两大工程，力争全年固定资产投资增长12%。")
>>> [m.text for m in extract(doc, load())]
['“安居”“乐业”两大工程', '力争全年固定资产投资增长12%']
"""
from __future__ import annotations

import re

from kg.clean import CJK
from kg.lexicon import Lexicon
from kg.model import Document, Mention, Quantity

_QUOTED = rf"(?:[“‘][^“”‘’]{{2,40}}[”’])+"
_GOAL_WORDS = ("两大工程", "三大工程", "工程", "战略", "建设", "行动", "总体布局", "发展布局", "布局",
               "总目标", "目标", "总体思路", "发展定位", "发展路径", "新战略", "行动计划")
_NOT_GOAL = ("理念", "精神", "活动", "改革", "作风", "意识", "原则", "要求", "方法", "机制",
             "体制", "思维", "态度", "体系", "模式", "服务", "品牌")
_QUOTED_GOAL = re.compile(
    rf"((?:[0-9一二三四五六七八九十两]+[大个项])?{_QUOTED}(?:[0-9一二三四五六七八九十两]+[大个项])?)"
    rf"(的)?({'|'.join(sorted(_GOAL_WORDS, key=len, reverse=True))})")
_TOTAL_GOAL = re.compile(rf"以([{CJK}“”、]{{4,30}}?)为(?:总目标|目标|引领)")
_NUMBER = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(%|亿元|万元|元|个|家|项|亩|万人|人|吨|万吨)")
_TARGET_CUES = ("力争", "确保", "争取", "计划", "目标", "达到", "突破")
_PAST_CUES = ("同比", "截至", "累计", "已", "完成率", "上半年", "去年")
_CLAUSE = re.compile(r"[^，；。：！？]+")


def _quantities(s: str) -> tuple[Quantity, ...]:
    out = []
    for m in _NUMBER.finditer(s):
        before = s[max(0, m.start() - 3):m.start()]
        after = s[m.end():m.end() + 2]
        qual = next((q for q in ("不低于", "不少于", "超过", "达到", "增长") if q in before), "")
        qual = qual or ("以上" if after.startswith("以上") else "")
        out.append(Quantity(m.group(1), m.group(2), m.group(0), qual))
    return tuple(out)


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for sent in doc.sentences:
        for m in _QUOTED_GOAL.finditer(text, sent.start, sent.end):
            word = m.group(3)
            name = m.group(1) + (m.group(2) or "") + word
            if word in ("目标", "总目标"):
                name = m.group(1)
            out.append(Mention("Goal", name, doc.doc_id, sent.index, m.start(), m.start() + len(name),
                               "goal.quoted-head"))
        for m in _TOTAL_GOAL.finditer(text, sent.start, sent.end):
            out.append(Mention("Goal", m.group(1), doc.doc_id, sent.index, m.start(1), m.end(1),
                               "goal.total-goal"))
        sent_has_cue = any(c in sent.text for c in _TARGET_CUES)
        for c in _CLAUSE.finditer(text, sent.start, sent.end):
            clause = c.group().strip()
            if not _NUMBER.search(clause) or any(p in clause for p in _PAST_CUES):
                continue
            if not (any(k in clause for k in _TARGET_CUES) or sent_has_cue and "增长" in clause):
                continue
            if len(clause) > 60 or len(clause) < 6:
                continue
            out.append(Mention("Goal", clause, doc.doc_id, sent.index, c.start(), c.end(),
                               "goal.numeric-target", quantities=_quantities(clause)))
    return out
