"""Span helpers shared by the extractors: where a name starts, enumerations.

>>> left_edge("考察了杭州某某科技有限公司", 13, 0, ("了",))
3
>>> [e.items for e in enumerations("支持甲公司、乙集团、丙工厂等企业发展", ["企业"], ["支持"])]
[('甲公司', '乙集团', '丙工厂')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from kg.clean import CJK

_NAME_CHAR = re.compile(f"[{CJK}0-9A-Za-z（）()·\\-+]")


def left_edge(text: str, head_start: int, floor: int, stops, max_len: int = 30) -> int:
    """Where a name that ends with the head at `head_start` begins: walk left over
    name characters until punctuation, a stop word, or `max_len` characters."""
    i = head_start
    lo = max(floor, head_start - max_len)
    while i > lo:
        ch = text[i - 1]
        if not _NAME_CHAR.match(ch):
            break
        if any(text.endswith(w, 0, i) for w in stops):
            break
        i -= 1
    # An opening bracket with no closing one is not part of the name.
    name = text[i:head_start]
    while name and name[0] in "（(" :
        i += 1
        name = name[1:]
    return i


@dataclass(frozen=True)
class Enumeration:
    """A list like 甲、乙和丙等企业: items, the category word after 等, offsets."""
    items: tuple[str, ...]
    starts: tuple[int, ...]
    category: str
    start: int
    end: int


_ITEM = rf"[{CJK}0-9A-Za-z·“”‘’（）()\-+]{{2,30}}?"
_JOIN = "、|和|及|与|以及"


def enumerations(text: str, categories, stops=(), offset: int = 0) -> list[Enumeration]:
    """Lists like 甲、乙和丙等(N个)企业 in `text`, closed by 等 and one of the
    `categories` words; the first item is cut on its left at a `stops` word."""
    cat = "|".join(re.escape(c) for c in sorted(categories, key=len, reverse=True))
    pattern = re.compile(
        rf"((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|以及){_ITEM})?)"
        rf"等(?:[0-9一二三四五六七八九十百多几]+[个家项类大])?({cat})")
    out = []
    for m in pattern.finditer(text):
        body_start = m.start(1)
        first_end = body_start + re.search(f"(?:{_JOIN})", m.group(1)).start()
        body_start = left_edge(text, first_end, body_start, stops)
        items, starts = [], []
        pos = body_start
        for p in re.split(f"({_JOIN})", text[body_start:m.end(1)]):
            if p and not re.fullmatch(_JOIN, p):
                items.append(p)
                starts.append(offset + pos)
            pos += len(p)
        if len(items) >= 2:
            out.append(Enumeration(tuple(items), tuple(starts), m.group(2),
                                   offset + body_start, offset + m.end()))
    return out


@dataclass(frozen=True)
class Token:
    """A word of a sentence with its part of speech (jieba tags) and offsets
    relative to the text it was cut from."""
    word: str
    flag: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """POS-tagged words of `text`, from the owned jieba tokenizer.

    >>> [t.word for t in tokens("建设东湖数字产业港")][:1]
    ['建设']
    """
    import jieba.posseg as pseg
    from kg.segment import tokenizer
    global _POS
    if _POS is None:
        _POS = pseg.POSTokenizer(tokenizer())
    out, pos = [], 0
    for w in _POS.lcut(text):
        out.append(Token(w.word, w.flag, pos, pos + len(w.word)))
        pos += len(w.word)
    return tuple(out)


_POS = None


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary knows `word` (new words found by its HMM do not)."""
    from kg.segment import tokenizer
    return bool(tokenizer().FREQ.get(word))
