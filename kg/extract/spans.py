"""Span helpers shared by the extractors: where a name starts, enumerations.

>>> left_edge("考察了杭州某某科技有限公司", 13, 0, ("了",))
3
>>> [e.items for e in enumerations("支持甲公司、乙集团、丙工厂等企业发展", ["企业"], ["支持"])]
[('甲公司', '乙集团', '丙工厂')]
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import accumulate, repeat
from dataclasses import dataclass
from typing import NamedTuple

from kg.clean import CJK, CJK_CHAR, CJK_RUN

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
_JOIN_RE = re.compile(f"(?:{_JOIN})")
_JOIN_SPLIT = re.compile(f"((?<!、)(?:{_JOIN}))")
_JOIN_FULL = re.compile(_JOIN)


@lru_cache(maxsize=64)
def _enumeration_pattern(categories) -> tuple[re.Pattern, re.Pattern]:
    """The list pattern for these category words and its tail (等 and the
    category), compiled once per set of them
    (alternatives of equal length never match at the same place, so their
    order does not matter)."""
    cat = "|".join(re.escape(c) for c in sorted(categories, key=len, reverse=True))
    tail = rf"等(?:[0-9一二三四五六七八九十百多几]+[个家项类大])?({cat})"
    # The tail alone first: a scan for 等 is cheap, the list before it is not.
    return re.compile(rf"((?:{_ITEM}、)+{_ITEM}(?:(?:和|及|与|以及){_ITEM})?){tail}"), re.compile(tail)


def enumerations(text: str, categories, stops=(), offset: int = 0,
                 verbs: bool = False) -> list[Enumeration]:
    """Lists like 甲、乙和丙等(N个)企业 in `text`, closed by 等 and one of the
    `categories` words; the first item is cut on its left at a `stops` word."""
    if "等" not in text or "、" not in text:    # every list has both: most sentences need no regex
        return []
    pattern, tail = _enumeration_pattern(categories if isinstance(categories, (tuple, frozenset))
                                         else tuple(categories))
    if not tail.search(text):
        return []
    out = []
    for m in pattern.finditer(text):
        body_start = m.start(1)
        first_end = body_start + _JOIN_RE.search(m.group(1)).start()
        body_start = trim_left_words(text, body_start, first_end, stops, verbs=verbs)
        items, starts = [], []
        pos = body_start
        for p in _JOIN_SPLIT.split(text[body_start:m.end(1)]):
            if p and not _JOIN_FULL.fullmatch(p):
                items.append(p)
                starts.append(offset + pos)
            pos += len(p)
        if len(items) >= 2:
            out.append(Enumeration(tuple(items), tuple(starts), m.group(2),
                                   offset + body_start, offset + m.end()))
    return out


class Token(NamedTuple):
    """A word of a sentence with its part of speech (jieba tags) and offsets
    relative to the text it was cut from (a named tuple: sentences have many
    words, and a tuple is made several times faster than a frozen dataclass)."""
    word: str
    flag: str
    start: int
    end: int


def _last_name_char(toks, k: int, head_start: int, stops) -> bool:
    """A one-character 'verb' right before an organisation suffix, after a
    name-like word, ends the trade name (岭湖|锂|能|集团: 能 is no verb there).

    >>> t = "与岭湖锂能集团有限公司签约"
    >>> t[word_left_edge(t, 5, {"与"}, suffix_char=True):5]
    '岭湖锂能'
    """
    t = toks[k]
    if len(t.word) != 1 or t.flag not in ("v", "vg") or t.end != head_start or t.word in stops \
            or k == 0:
        return False
    left = toks[k - 1]
    return left.end == t.start and left.flag[:1] in ("n", "x", "j") and left.word not in stops


def _placey(tok) -> bool:
    """A place word: tagged so, or a city or county jieba does not know (鹤岭市)."""
    return tok.flag == "ns" or tok.flag in ("nz", "x") and len(tok.word) >= 3 and \
        tok.word[-1] in "省市县"


def _trade_name_part(toks, k: int, stops) -> bool:
    """A short verb right after a place name is part of a trade name that jieba
    does not know (西安|驰|岚汽车…, 深圳市|岳拓|储能…, 比邻|（深圳）…): a place
    is no verb's subject inside a name, and verbs that end a name are stop words.

    >>> t = "已集聚西安驰岚汽车零部件有限公司"
    >>> t[word_left_edge(t, 13, {"已"}):]
    '西安驰岚汽车零部件有限公司'

    """
    t = toks[k]
    # (鹤岭市|顺|兴|五金…: after a place a lone 'preposition' is a name character too.)
    if not (t.flag in ("v", "vg") or t.flag == "p" and len(t.word) == 1 and k > 0 and
            _placey(toks[k - 1])) or len(t.word) > 2 or t.word in stops:
        return False
    after_place = k > 0 and _placey(toks[k - 1]) and toks[k - 1].end == t.start or \
        k > 1 and len(toks[k - 1].word) == 1 and _placey(toks[k - 2]) and \
        toks[k - 2].end == toks[k - 1].start and len(t.word) == 1   # 重庆|渝|达|供应链…
    # 比邻（深圳）智能装备…: a trade name before the place in brackets.
    before_bracket = k + 2 < len(toks) and toks[k + 1].word in ("（", "(") and \
        toks[k + 2].flag == "ns"
    # 塞上|光|能|科技…: a one-character 'verb' between a one-character noun and a
    # noun is a character of a name jieba split.
    inside = len(t.word) == 1 and 0 < k < len(toks) - 1 and len(toks[k - 1].word) == 1 and \
        toks[k - 1].flag.startswith("n") and toks[k - 1].word not in stops and \
        toks[k + 1].flag.startswith("n") and toks[k - 1].end == t.start
    return after_place or before_bracket or inside


def _name_conjunction(toks, k: int) -> bool:
    """和/与 between single characters is part of a name (江南和岚医药, 晋和集团):
    a conjunction joins words, and a lone character is not one."""
    t = toks[k]
    if t.flag != "c" or len(t.word) != 1:
        return False
    side = [toks[j] for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    return any(len(n.word) == 1 and CJK_CHAR.fullmatch(n.word) and n.word not in "了的在"
               for n in side)


def _cut(text: str) -> tuple[list, list]:
    """Words and their parts of speech, as two lists.  Words come from the
    owned tokenizer's accurate mode with its HMM for new words (fast); a
    dictionary word gets the dictionary's tag, a new word (a name the
    dictionary lacks) 'x'.  jieba.posseg's own HMM tagger would name new words
    nr/ns/nz too, but it costs about twenty times as much and the rules treat
    all of those alike."""
    from kg.segment import cut
    tags = _TAGS if _TAGS is not None else _tag_table()
    words, flags = [], []
    for word in cut(text):
        flag = tags.get(word)
        if flag and flag != "a" and flag != "nz":
            words.append(word)      # most words: a dictionary word, no verb complement
            flags.append(flag)
            continue
        if flag is None and len(word) == 1:
            # A character the dictionary does not tag (punctuation, digits):
            # its flag is remembered, and it is never a verb's complement.
            flag = tags[word] = sys.intern(_char_flag(word))
            words.append(word)
            flags.append(flag)
            continue
        if flag is not None:
            _append(words, flags, word, flag, tags)
            continue
        # A new word the HMM glued to a function word (这一, 及三齐, 债暨) is split
        # at it, as the dictionary tags of its characters say.
        head = 0
        while head < len(word) - 1 and tags.get(word[head], "")[:1] in _GLUE_LEFT:
            head += 1
        tail = len(word)
        while tail > head + 1 and tags.get(word[tail - 1], "")[:1] in _GLUE_RIGHT:
            tail -= 1
        for ch in word[:head]:
            _append(words, flags, ch, tags[ch], tags)
        core = word[head:tail]
        _append(words, flags, core, tags.get(core) or _new_word_flag(core), tags)
        for ch in word[tail:]:
            _append(words, flags, ch, tags[ch], tags)
    return words, flags


def _append(words: list, flags: list, word: str, flag: str, tags) -> None:
    """Append word and flag, joining verb complements: 做|强, 抓|好, 做|大 --
    a one-character verb and the one-character adjective after it are one
    verb (做强食用菌产业 is no industry called 做强食用菌)."""
    after_verb = words and flags[-1] == "v" and len(words[-1]) == 1
    if after_verb and flag == "a" and len(word) == 1:
        words[-1] += word
    elif after_verb and flag == "nz" and len(word) > 2 and tags.get(word[0]) == "a":
        # 做|强钒系 (the HMM glued the complement to a new word): 做强|钒系
        words[-1] += word[0]
        words.append(word[1:])
        flags.append("nz")
    else:
        words.append(word)
        flags.append(flag)


def _new_word_flag(word: str) -> str:
    """A word the dictionary lacks: a name of some kind (nz) when it is Chinese."""
    if len(word) > 1 and CJK_RUN.fullmatch(word):
        return "nz"
    return _char_flag(word)


# Tag initials of characters that the HMM may glue to a new word: pronouns,
# conjunctions, particles, adverbs, prepositions on the left; conjunctions and
# particles on the right.
_GLUE_LEFT = frozenset("rcudp")
_GLUE_RIGHT = frozenset("cu")


def _char_flag(word: str) -> str:
    if word.isdigit():
        return "m"
    if word.isascii() and word.isalpha():
        return "eng"
    return "x"


_TAGS = None


def _tag_table() -> dict:
    """jieba's dictionary part-of-speech table (word -> tag), loaded once."""
    global _TAGS
    if _TAGS is None:
        import jieba.posseg as pseg
        from kg.segment import tokenizer
        # One string object per tag (jieba's table holds a fresh one per word: ~45 MB).
        _TAGS = {w: sys.intern(t) for w, t in pseg.POSTokenizer(tokenizer()).word_tag_tab.items()}
        _TAGS.update(tokenizer().user_word_tag_tab)      # our head words (kg.segment)
        # Function characters the dictionary does not tag as such (暨 is "nt" there).
        for ch, flag in _FUNCTION_CHARS.items():
            _TAGS[ch] = flag
        # Cities the dictionary tags as other words (大连 d, 保定 v): places.
        from kg.lexicon import builtin_words
        for city in builtin_words("city_names"):
            if city in _TAGS:
                _TAGS[city] = "ns"
    return _TAGS


_FUNCTION_CHARS = {"暨": "c", "及": "c", "并": "c", "或": "c", "之": "u"}


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """POS-tagged words of `text`, from the owned jieba tokenizer.

    >>> [t.word for t in tokens("建设东湖数字产业港")][:1]
    ['建设']
    """
    words, flags = _cut(text)
    ends = list(accumulate(map(len, words)))
    # tuple.__new__ straight from C: Token's own __new__ is a Python function.
    return tuple(map(tuple.__new__, repeat(Token), zip(words, flags, [0] + ends, ends)))


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary knows `word` (new words found by its HMM do not)."""
    from kg.segment import tokenizer
    return bool(tokenizer().FREQ.get(word))


# Parts of speech that end a name on its left: verbs, adverbs, prepositions,
# conjunctions, particles, pronouns (考察了|某某集团, 离不开|某某集团).
STOP_FLAGS = frozenset({"v", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud",
                        "y", "e", "o", "ad", "vg", "dg", "w"})
_WORD_CHARS = re.compile(rf"[{CJK}0-9A-Za-z·\-+（）()]+")


def word_left_edge(text: str, head_start: int, stops, keep=frozenset(), max_len: int = 30,
                   floor: int = 0, suffix_char: bool = False) -> int:
    """Like `left_edge`, but over jieba words of `text` (a sentence): the name
    stops at a stop word or a verb, adverb, preposition, conjunction or pronoun,
    unless the word is in `keep` (words that occur inside names, 建设, 发展).

    >>> word_left_edge("拜访了长青建设集团", 7, {"了", "建设"}, keep={"建设"})
    3
    """
    i = head_start
    toks = tokens(text)
    joined = False     # the word to the right was a 和 inside a name (岚和集团)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.start >= head_start:
            continue
        if t.start < floor or head_start - t.start > max_len:
            break
        w = text[t.start:min(t.end, head_start)]
        if not _WORD_CHARS.fullmatch(w):
            break
        conj = _name_conjunction(toks, k)
        # The lone character a name-internal 和 joins is part of the name too,
        # whatever the dictionary says it is alone (均 is an adverb).
        lone = joined and len(w) == 1 and w not in stops
        if w not in keep and (w in stops or (t.flag in STOP_FLAGS and t.end <= head_start)) \
                and not conj and not lone and not _trade_name_part(toks, k, stops) \
                and not (suffix_char and _last_name_char(toks, k, head_start, stops)):
            break
        joined = conj
        i = t.start
    name = text[i:head_start]
    while name and name[0] in "（(":
        i += 1
        name = name[1:]
    return i


def trim_left_words(text: str, start: int, end: int, stops, keep_min: int = 2,
                    verbs: bool = False) -> int:
    """New start of text[start:end]: just after its last stop word, preposition,
    conjunction or particle that leaves `keep_min` characters (大力引进|网络安全,
    以|精密制造).  Unlike a walk from the right, a verb inside the name
    (精密制造, 休闲旅游) does not cut it; with `verbs`, a verb of two or more
    characters does (整合|某某所 in a list of companies).

    >>> t = "大力引进网络安全"
    >>> t[trim_left_words(t, 0, len(t), {"引进"}):]
    '网络安全'
    """
    new = start
    prev = None
    for tok in tokens(text):
        if tok.start < start or end - tok.end < keep_min:
            prev = tok
            continue
        # 寒|地|生物: a one-character 'particle' after a one-character noun is a
        # character of a word jieba split (寒地), not a particle.
        glued = tok.flag == "uv" and prev is not None and prev.end == tok.start and \
            prev.start >= start and len(prev.word) == 1 and prev.flag[:1] == "n"
        if not glued and (tok.word in stops or tok.flag in _CUT_FLAGS or not _WORD_CHARS.fullmatch(tok.word) or
                          verbs and tok.flag == "v" and len(tok.word) >= 2):
            new = tok.end
        prev = tok
    return new


_CUT_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"})
