"""Industries: the taxonomy in data/industries.txt, items of lists closed by
等产业 / 等领域, and the umbrella sector a list is filed under:

    统筹现代商贸、特色商业等高成长服务业  -> 现代商贸, 特色商业 in sector 高成长服务业

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "发展现代商贸、特色商业等高成长服务业。")
>>> sorted((m.text, m.sector) for m in extract(doc, load()))
[('特色商业', '高成长服务业'), ('现代商贸', '高成长服务业'), ('高成长服务业', '')]
"""
from __future__ import annotations

import re

from kg.clean import CJK
from kg.extract.spans import left_edge
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention

_SECTOR = rf"[{CJK}]{{0,8}}?(?:服务业|工业|制造业|产业|行业|经济|业)"
# Category words after 等 that are not themselves a named sector.
_GENERIC = {"产业", "行业", "领域", "业态", "新兴产业", "战略性新兴产业", "传统产业", "主导产业",
            "未来产业", "重点产业", "工业", "制造业", "服务业", "多个产业", "经济", "业",
            "数字产业链", "产业链", "企业", "事业"}
_ITEM = rf"[{CJK}0-9A-Za-z“”]{{2,12}}?"
_LIST = re.compile(
    rf"((?:{_ITEM}、)*{_ITEM}(?:(?:和|及|与|、){_ITEM}))"
    rf"等(?:[0-9一二三四五六七八九十多]+[个大项])?(?:为(?:支撑|带动|引领|主导|重点)的)?"
    rf"({_SECTOR}|领域|业态)")
_NON_INDUSTRY = {"基础设施", "社会事业", "社会民生", "民生", "招商引资", "城市更新", "乡村振兴"}


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    stops = lex.words("left_stops")
    taxonomy = lex.words("industries")
    tax_re = re.compile(f"(?:{alternation(taxonomy)})") if taxonomy else None
    out: list[Mention] = []
    text = doc.text
    for sent in doc.sentences:
        seen = set()
        for m in _LIST.finditer(text, sent.start, sent.end):
            body_start = left_edge(text, m.start(1) + len(re.split("、|和|及|与", m.group(1))[0]),
                                   m.start(1), stops)
            body = text[body_start:m.end(1)]
            sector = m.group(2)
            named_sector = sector not in _GENERIC and len(sector) >= 3
            pos = body_start
            for item in re.split("(、|和|及|与)", body):
                if item in ("、", "和", "及", "与"):
                    pos += len(item)
                    continue
                if 2 <= len(item) <= 12 and item not in _NON_INDUSTRY:
                    out.append(Mention("Industry", item, doc.doc_id, sent.index, pos,
                                       pos + len(item), "industry.enumeration",
                                       sector=sector if named_sector else ""))
                    seen.add((pos, pos + len(item)))
                pos += len(item)
            if named_sector:
                s = m.start(2)
                out.append(Mention("Industry", sector, doc.doc_id, sent.index, s, s + len(sector),
                                   "industry.sector"))
                seen.add((s, s + len(sector)))
        if tax_re:
            for m in tax_re.finditer(text, sent.start, sent.end):
                if any(a <= m.start() and m.end() <= b for a, b in seen):
                    continue
                out.append(Mention("Industry", m.group(), doc.doc_id, sent.index, m.start(),
                                   m.end(), "industry.taxonomy"))
    return out
