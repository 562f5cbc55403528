"""Companies: names ending in an organisation suffix (有限公司, 集团, 研究院),
their 简称 in brackets, and items of lists closed by 等企业.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "二七区与某某投资有限公司（简称某某投资）签约。")
>>> [(m.text, m.aliases) for m in extract(doc, load())]
[('某某投资有限公司', ('某某投资',))]
"""
from __future__ import annotations

import re

from kg.clean import CJK
from kg.extract.spans import enumerations, left_edge
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_CATEGORIES = ("企业", "公司", "央企国企", "央企", "国企", "民企", "科研院所", "龙头企业", "企业家")
# 简称 or brand in brackets right after the full name.
_BRACKET = re.compile(rf"（(?:简称|以下简称)?[“”]?([{CJK}A-Za-z0-9·]{{2,15}})[“”]?）")
_NOT_COMPANY_START = ("本", "该", "此", "各", "全", "其", "贵", "我", "外资", "民营", "国有", "相关")


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    stops = lex.words("left_stops")
    suffix_re = re.compile(f"(?:{alternation(lex.words('company_suffixes'))})")
    out: list[Mention] = []
    text = doc.text
    for sent in doc.sentences:
        for m in suffix_re.finditer(text, sent.start, sent.end):
            start = left_edge(text, m.start(), sent.start, stops, max_len=24)
            name = text[start:m.end()]
            core = name[: len(name) - len(m.group())]
            if len(core) < 2 or name.startswith(_NOT_COMPANY_START):
                continue
            aliases = ()
            b = _BRACKET.match(text, m.end())
            if b:
                aliases = (b.group(1),)
            out.append(Mention("Company", name, doc.doc_id, sent.index, start, m.end(),
                               "company.suffix", aliases=aliases))
        for e in enumerations(sent.text, _CATEGORIES, stops, offset=sent.start):
            for item, s in zip(e.items, e.starts):
                if 2 <= len(item) <= 20 and not item.startswith(_NOT_COMPANY_START):
                    out.append(Mention("Company", item, doc.doc_id, sent.index, s, s + len(item),
                                       "company.enumeration"))
    return out
