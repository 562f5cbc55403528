"""Typed amounts (kg:Quantity): 186.6亿元, 不低于300亿元, 增长15%, 60%以上.

Goals carry the amounts of their own text (see kg.extract.goals); a project
carries the investment, area or output its sentence gives it, when the sentence
is about that one project (某某产业园项目总投资10亿元，占地400亩).

>>> [(q.value, q.unit, q.qualifier) for q in amounts("合作规模不低于200亿元")]
[('200', '亿元', '不低于')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Mention, Quantity

AMOUNT = re.compile(
    r"(不低于|不少于|超过|达到|达|增长|突破|约)?([0-9]+(?:\.[0-9]+)?)\s*"
    r"(%|个百分点|亿美元|万美元|美元|亿元|万元|元|万平方米|平方米|万吨|吨|万亩|亩|万人次|万人|人次|人|万名|名|万个|个|万家|家|项|万户|户|万套|套|万台|台|万辆|辆|件|公里|亿千瓦时|万千瓦时|千瓦时|万千瓦|千瓦)"
    r"(以上|左右|余)?")
# What an amount says about a project: 总投资10亿元, 占地400亩, 年产20万件.
_PROJECT_CUE = re.compile(r"(总投资|计划投资|投资|占地面积|占地|规划用地|建筑面积|规划|年产值|年产|年销售收入)"
                          r"(?:约|达|为|超过|不低于)?$")


def amounts(s: str) -> tuple[Quantity, ...]:
    """Every amount in `s`, with its qualifier words (不低于, 以上 …)."""
    out = []
    for m in AMOUNT.finditer(s):
        qual = " ".join(x for x in (m.group(1), m.group(4)) if x)
        out.append(Quantity(m.group(2), m.group(3), m.group(2) + m.group(3) + (m.group(4) or ""), qual))
    return tuple(out)


def attach_to_projects(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Project mentions with the amounts their sentence gives them: only where the
    sentence names one project (a list's 总投资 is the list's, not an item's), and
    only amounts right after an investment, area or output word.

    >>> from kg.read import document_from_text
    >>> doc = document_from_text("t.txt", "东湖智造园项目总投资12.5亿元，占地300亩。")
    >>> p = Mention("Project", "东湖智造园项目", "t.txt", 0, 0, 7, "r")
    >>> [(q.value, q.unit, q.qualifier) for q in attach_to_projects(doc, [p])[0].quantities]
    [('12.5', '亿元', '总投资'), ('300', '亩', '占地')]
    """
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "Project":
            by_sent.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        projects = by_sent.get(m.sentence, [])
        if m.type != "Project" or len({p.name for p in projects}) != 1:
            out.append(m)
            continue
        sent = doc.sentences[m.sentence]
        found = list(m.quantities)
        # The project's own clause and the two after it.
        ends = [i for i in range(m.end, sent.end) if doc.text[i] in "，；。"]
        stop = ends[2] if len(ends) > 2 else sent.end
        cues = set()
        for a in AMOUNT.finditer(doc.text, m.end, stop):
            cue = _PROJECT_CUE.search(doc.text[max(sent.start, a.start() - 6):a.start()])
            between = m.text + doc.text[m.end:a.start()]
            # 项目81个，总投资559.5亿元: a count makes the amount a total of many.
            if not cue or cue.group(1) in cues or re.search(r"[0-9]+个", between) or \
                    re.search("累计|同比|截至|完成", doc.text[sent.start:a.start()]):
                continue
            cues.add(cue.group(1))
            q = amounts(a.group())[0]
            q = replace(q, qualifier=" ".join(x for x in (cue.group(1), q.qualifier) if x))
            if q not in found:
                found.append(q)
        out.append(replace(m, quantities=tuple(found)) if found else m)
    return out
