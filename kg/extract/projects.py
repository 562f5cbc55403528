"""Projects: names ending in a project head (产业园, 智慧港, 项目), and items of
lists closed by 等项目.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "加快运作东湖数字产业港、西山药业产业园等项目。")
>>> sorted({m.text for m in extract(doc, load())})
['东湖数字产业港', '西山药业产业园']
"""
from __future__ import annotations

import re

from kg.extract.spans import enumerations, left_edge
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_CATEGORIES = ("项目", "重大项目", "重点项目", "产业项目", "重大产业项目", "小微企业园", "园区")
# Generic phrases that end in a project head but name nothing (重大项目, 产业项目).
_GENERIC = re.compile(r"^(?:[0-9一二三四五六七八九十百千]+[个项批]|重大|重点|产业|优质|大|好|新|"
                      r"各类|各|全区|全县|全市|签约|开工|投产|在建|储备|落地|城市更新|民生|基础设施|"
                      r"招商|招商引资|亿元以上|省市重点|省重点|市重点|续建|新开工|谋划|)+"
                      r"(?:项目|工程|平台|基地|园区)$")


def _ok(name: str, head: str) -> bool:
    core = name[: len(name) - len(head)]
    if len(core) < 2 or _GENERIC.match(name):
        return False
    return not core[0].isdigit() or "年产" in core


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    stops = lex.words("left_stops")
    head_re = re.compile(f"(?:{alternation(lex.words('project_heads'))})")
    out: list[Mention] = []
    text = doc.text
    for sent in doc.sentences:
        for m in head_re.finditer(text, sent.start, sent.end):
            start = left_edge(text, m.start(), sent.start, stops, max_len=30)
            name = text[start:m.end()]
            if _ok(name, m.group()):
                out.append(Mention("Project", name, doc.doc_id, sent.index, start, m.end(),
                                   "project.head"))
        for e in enumerations(sent.text, _CATEGORIES, stops, offset=sent.start):
            for item, s in zip(e.items, e.starts):
                if 3 <= len(item) <= 30:
                    out.append(Mention("Project", item, doc.doc_id, sent.index, s, s + len(item),
                                       "project.enumeration"))
    return out
