"""Officials: a person's name right after one or more post titles.

    东岭区委书记严正平主持会议        -> 严正平, posts [东岭区委书记]
    区委副书记、区长龚立文总结...      -> 龚立文, posts [区委副书记, 区长]
    县领导钟小川、焦志鹏、柴文博出席仪式 -> three officials, post 县领导

    深入学习贯彻习某某总书记的讲话        -> 习某某, post 总书记 (title after the name)

A title is an organisation (optional) plus a head word from
data/title_heads.txt; the name is a surname from data/surnames.txt plus one or
two characters, its end found from the words that follow it
(data/name_followers.txt); it starts after a word of data/title_left_stops.txt.
Titles written after the name are in data/name_titles_after.txt.

>>> from kg.read import document_from_text
>>> from kg.lexicon import load
>>> doc = document_from_text("t.txt", "区委副书记、区长张明华总结上半年工作。")
>>> [(m.text, [p.title for p in m.posts]) for m in extract(doc, load())]
[('张明华', ['区委副书记', '区长'])]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.clean import CJK, CJK_CHAR, CJK_RUN
from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention, Post

_MAX_TITLE = 26
_PUNCT_AFTER_NAME = set("，。、；：！？（）“”《》/ \n,.;:!?()·—")
_NAME_DOTS = "·•・"


@lru_cache(maxsize=4)
def _patterns(heads: tuple, surnames: tuple):
    head_re = re.compile(alternation(heads))
    compound = sorted((s for s in surnames if len(s) > 1), key=len, reverse=True)
    single = "".join(s for s in surnames if len(s) == 1)
    surname_re = re.compile(("(?:" + "|".join(map(re.escape, compound)) + ")|" if compound else "")
                            + f"[{re.escape(single)}]")
    return head_re, surname_re


_TITLE_CHAR = re.compile(f"[{CJK}0-9A-Za-z（）]")


class _Ctx:
    def __init__(self, doc: Document, lex: Lexicon):
        self.doc = doc
        self.text = doc.text
        self.heads = lex.words("title_heads")
        # Longest first: the role of a title is the longest head it ends in.
        self.heads_longest = tuple(sorted(self.heads, key=len, reverse=True))
        self.head_re, self.surname_re = _patterns(self.heads, lex.words("surnames"))
        self.followers = tuple(sorted(lex.words("name_followers"), key=len, reverse=True))
        self.long_followers = tuple(w for w in self.followers if len(w) >= 2)
        self.blockers = lex.words("org_blockers")
        self.members = lex.words("member_titles")
        self.left_stops = tuple(sorted(lex.words("title_left_stops"), key=len, reverse=True))
        self.organ_and = lex.words("organ_and_words")
        self._posts: dict[str, Post] = {}

    def post(self, title: str) -> Post:
        """The Post of `title`, parsed once per article."""
        p = self._posts.get(title)
        if p is None:
            p = self._posts[title] = _post(title, self.heads_longest)
        return p

    def follows_name(self, pos: int) -> bool:
        """True when what starts at `pos` can come right after a name."""
        t = self.text
        if pos >= len(t) or t[pos] in _PUNCT_AFTER_NAME:
            return True
        return t.startswith(self.followers, pos)

    def name_at(self, pos: int, limit: int) -> str:
        """The person's name starting at `pos`, or '' if none starts there."""
        t = self.text
        m = self.surname_re.match(t, pos)
        if not m:
            name = self.unsurnamed_name_at(pos, limit)
        else:
            name = self.surnamed_name_at(pos, limit, m) or self.unsurnamed_name_at(pos, limit)
        return self.dotted_rest(pos, name, limit) if name else name

    def dotted_rest(self, pos: int, name: str, limit: int) -> str:
        """艾力江·买买提出席: a transliterated name joins its parts with a middle
        dot; the name runs on over each part to a follower word."""
        t = self.text
        end = pos + len(name)
        while end < limit and t[end] in _NAME_DOTS:
            part = next((k for k in range(2, 7) if end + 1 + k <= limit
                         and CJK_RUN.fullmatch(t[end + 1:end + 1 + k])
                         and self.follows_name(end + 1 + k)), 0)
            if not part:
                break
            if part < 6 and end + 2 + part <= limit and self.follows_name(end + 2 + part) and CJK_RUN.fullmatch(t[end + 1:end + 2 + part]):
                # 买买提出席: 提出 reads as a follower too, but the part runs on to 出席.
                part += 1
            end += 1 + part
        return t[pos:end]

    def surnamed_name_at(self, pos: int, limit: int, m) -> str:
        t = self.text
        s_end = m.end()
        cands = []
        for given in (1, 2):
            end = s_end + given
            if end > limit:
                break
            piece = t[pos:end]
            if not CJK_RUN.fullmatch(piece):
                break
            cands.append(piece)
        if not cands:
            return ""
        for c in cands:
            if self.final_he(pos + len(c), limit):
                return c + "和"
        c2 = cands[0]
        if self.follows_name(pos + len(c2)) or len(cands) == 1:
            # 何平作《政府工作报告》: 作 follows a two-character name.
            return c2 if self.follows_name(pos + len(c2)) else ""
        c3 = cands[1]
        if self.follows_name(pos + len(c3)):
            return c3
        return ""

    def final_he(self, end: int, limit: int) -> bool:
        """格日乐和主持会议: a 和 right after a name and before a verb or a
        punctuation mark joins nothing; it is the name's last character."""
        t = self.text
        after = end + 1
        if t[end:after] != "和" or after > limit:
            return False
        return after >= len(t) or t[after] in _PUNCT_AFTER_NAME or \
            t.startswith(self.long_followers, after) and not t.startswith("同志", after)

    def unsurnamed_name_at(self, pos: int, limit: int) -> str:
        """A name without a Han surname (格日乐和, 其其格, 阿不都热合曼) right
        after a title: 3 to 6 characters up to a follower word, none of whose
        character pairs is a common word (办公会议, 助理 are no names)."""
        t = self.text
        if self.follows_name(pos):
            return ""
        # 扎西平措同志: a run right before 同志 is a name even if its pairs are words.
        comrade = t.find("同志", pos + 3, min(limit, pos + 6) + 2)
        if comrade != -1 and CJK_RUN.fullmatch(t[pos:comrade]):
            return t[pos:comrade]
        weak = ""
        for n in (3, 4, 5, 6):
            end = pos + n
            piece = t[pos:end]
            if end > limit or not CJK_RUN.fullmatch(piece) or \
                    any(_common_word(piece[i:i + 2], 20) for i in range(n - 1)):
                break
            if end >= len(t) or t[end] in _PUNCT_AFTER_NAME or \
                    t.startswith(self.long_followers, end):
                return piece
            # 巴特尔孟和主持: a one-character follower (和) may be part of the name.
            if not weak and self.follows_name(end):
                weak = piece
        return weak

    def title_start(self, head_start: int, floor: int) -> int:
        """Where the title ending in the head at `head_start` begins."""
        t = self.text
        i = head_start
        lo = max(floor, head_start - _MAX_TITLE)
        while i > lo:
            ch = t[i - 1]
            if not _TITLE_CHAR.match(ch):
                break
            # 发展和改革委员会: a department's name with 和 inside goes on to its left.
            inside = next((w for w in self.organ_and if "和" in w and
                           t.startswith(w, i - 1 - w.index("和"))), "") if ch == "和" else ""
            if inside:
                i -= 1 + inside.index("和")
                continue
            if t.endswith(self.left_stops, 0, i):
                break
            # 3月10日白河县县委书记: a date ends here.
            if ch in "日月年" and i >= 2 and t[i - 2].isdigit():
                break
            if ch.isdigit():
                break
            i -= 1
        return i


def _post(title: str, heads_longest) -> Post:
    head = next((h for h in heads_longest if title.endswith(h)), "")
    return Post(title=title, role=head, org=title[: len(title) - len(head)])


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    """Officials with the posts the text gives them (see the module doc)."""
    ctx = _Ctx(doc, lex)
    out: list[Mention] = []
    after_re = re.compile(f"(?:{alternation(lex.words('name_titles_after'))})")
    appointing = False
    for sent in doc.sentences:
        out.extend(_in_sentence(ctx, sent))
        out.extend(_name_then_title(ctx, sent, after_re))
        if "任命" in sent.text or "免去" in sent.text:        # cheap test before the pattern
            found = _appointed(ctx, sent, _APPOINTED)
            out.extend(found)
            appointing = bool(found) and sent.text.endswith("；")
        elif appointing:
            # 任命：甲为某局局长；乙为某局副局长。: the list runs on over the ；.
            found = _appointed(ctx, sent, _LISTED)
            out.extend(found)
            appointing = bool(found) and sent.text.endswith("；")
    if "，男，" in doc.text or "，女，" in doc.text:         # a résumé's opening
        out.extend(_resumes(ctx))
    return out


# A résumé (领导之窗, 个人简历): 某某，男，汉族，1978年3月出生，…。历任甲、乙等职。
# 现任丙、丁。  The posts are the ones after 现任 and 历任 in the same paragraph.
_RESUME = re.compile(rf"^([{CJK}]{{2,4}})，[男女]，")
_CAREER = re.compile(rf"(?:现任|历任|曾任)([^。]*?)(?:等职(?:务)?)?(?:。|$)")
_POST_SEP = re.compile("[、，；]")


def _resumes(ctx: _Ctx) -> list[Mention]:
    """The person a résumé paragraph is about, with the posts it lists.

    >>> from kg.read import document_from_text
    >>> from kg.lexicon import load
    >>> d = document_from_text("t.txt", "李晓东，男，1975年5月出生。历任某县副县长等职。现任某区区长。")
    >>> [(m.text, [p.title for p in m.posts]) for m in extract(d, load())]
    [('李晓东', ['某区区长', '某县副县长'])]
    """
    t = ctx.text
    found = []
    by_line: dict[int, list] = {}
    for sent in ctx.doc.sentences:
        by_line.setdefault(t.rfind("\n", 0, sent.start), []).append(sent)
    for sents in by_line.values():
        m = _RESUME.match(sents[0].text)
        if not m or not ctx.surname_re.match(m.group(1)) or _common_word(m.group(1)):
            continue
        current, former = [], []
        for sent in sents:
            for c in _CAREER.finditer(sent.text):
                for title in _POST_SEP.split(c.group(1)):
                    if title.endswith(ctx.heads_longest) and 2 <= len(title) <= _MAX_TITLE:
                        (current if c.group().startswith("现任") else former).append(title)
        titles = list(dict.fromkeys(current + former))
        if titles:
            a = sents[0].start
            found.append(Mention("Official", m.group(1), ctx.doc.doc_id, sents[0].index, a,
                                 a + len(m.group(1)), "official.resume",
                                 posts=tuple(ctx.post(x) for x in titles)))
    return found


# 任命某某为某某局局长 / 免去某某的某某局局长职务: a name between the verb and 为/的,
# the post after it up to 职务 or a punctuation mark.
_APPOINTED = re.compile(rf"(?:任命|免去)[：:]?([{CJK}]{{2,3}}?)(?:同志)?[为的]([{CJK}0-9（）]{{2,{_MAX_TITLE}}}?)"
                        r"(?=职务|[，。；、]|$)")
# The next entries of a 任命 list after a ；: 乙为某局副局长；
_LISTED = re.compile(rf"([{CJK}]{{2,3}}?)(?:同志)?[为的]([{CJK}0-9（）]{{2,{_MAX_TITLE}}}?)"
                     r"(?=职务|[，。；、]|$)")


def _appointed(ctx: _Ctx, sent, pattern: re.Pattern) -> list[Mention]:
    """The people a 任免 list names, each with the post it gives or takes away.

    >>> from kg.read import document_from_text
    >>> from kg.lexicon import load
    >>> d = document_from_text("t.txt", "会议决定任命李晓东为某某区财政局局长。")
    >>> [(m.text, [p.title for p in m.posts]) for m in extract(d, load())]
    [('李晓东', ['某某区财政局局长'])]
    """
    found = []
    hits = pattern.finditer(ctx.text, sent.start, sent.end) if pattern is _APPOINTED else \
        filter(None, [pattern.match(ctx.text, sent.start, sent.end)])
    for m in hits:
        name, title = m.group(1), m.group(2)
        if not ctx.surname_re.match(name) or _common_word(name) or \
                not title.endswith(ctx.heads_longest):
            continue
        found.append(Mention("Official", name, ctx.doc.doc_id, sent.index, m.start(1), m.end(1),
                             "official.appointed", posts=(ctx.post(title),)))
    return found


# Words after which a name may start when its title comes after it.
_NAME_LEFT = ("以", "学习", "贯彻", "按照", "根据", "落实")


def _common_word(w: str, freq: int = 0) -> bool:
    """True for a frequent dictionary word (广大, 全体, 有关), which no name is."""
    from kg.segment import tokenizer
    return (tokenizer().FREQ.get(w) or 0) > (freq or _COMMON_FREQ)


_COMMON_FREQ = 50


def _name_then_title(ctx: _Ctx, sent, after_re) -> list[Mention]:
    """习某某总书记在某大会上的讲话 -> 习某某, post 总书记; 以李某同志为 -> 李某, no post.

    The name is two or three characters starting with a surname, with a
    sentence start, punctuation or a function word (和, 以, 贯彻) before it."""
    t = ctx.text
    found = []
    for m in after_re.finditer(t, sent.start, sent.end):
        for size in (3, 2):
            a = m.start() - size
            if a < sent.start:
                continue
            name = t[a:m.start()]
            sm = ctx.surname_re.match(t, a)
            if not sm or sm.end() >= m.start() or not CJK_RUN.fullmatch(name):
                continue
            if _common_word(name):
                continue           # 广大同志, 全体同志: a word, not a name
            # 易某某副区长等: a deputy's post after the name; the name ends there
            # (常务副区长, 石门镇副镇长 are no names before a post).
            if m.group() not in ("总书记", "同志") and (
                    not ctx.follows_name(m.end()) or name[-1] in "省市区县镇乡村旗州盟务" or
                    _common_word(name, 5)):
                continue
            if not (a == sent.start or not CJK_CHAR.match(t, a - 1)
                    or any(t.endswith(w, 0, a) for w in ctx.left_stops + _NAME_LEFT)):
                continue
            posts = () if m.group() == "同志" else (ctx.post(m.group()),)
            found.append(Mention("Official", name, ctx.doc.doc_id, sent.index, a, m.start(),
                                 "official.name-title", posts=posts))
            break
    return found


def _longer_word(text: str, start: int, end: int) -> bool:
    """True when the head and the character after it make a common word
    (主席|台 in 在主席台就座, 主席|团): the head is no post there.

    >>> _longer_word("在主席台就座", 1, 3), _longer_word("主席张某", 0, 2)
    (True, False)
    """
    return _common_word(text[start:end + 1])


def _in_sentence(ctx: _Ctx, sent) -> list[Mention]:
    t = ctx.text
    found: list[Mention] = []
    taken_until = sent.start
    for hm in ctx.head_re.finditer(t, sent.start, sent.end):
        if hm.start() < taken_until or _longer_word(t, hm.start(), hm.end()):
            continue
        name = ctx.name_at(hm.end(), sent.end)
        if not name:
            continue
        # The chain of titles joined by 、 before the name.
        titles = []
        end = hm.end()
        start = ctx.title_start(hm.start(), sent.start)
        titles.append((start, end))
        commas = 0
        while start - 1 >= sent.start and (t[start - 1] == "、" or t[start - 1] == "，" and not commas):
            # 市委常委、副市长，某某园区管理局局长张某: a comma before the last post
            # joins a chain of posts (itself joined by 、) to it; 市委常委，某某开发区
            # 党工委书记、管委会主任张某: a comma after a first post standing alone
            # (after a sentence start or a comma) joins it to a chain after it.
            prev_end = start - 1
            if t[prev_end] == "，":
                ph = _head_ending_at(ctx, prev_end)
                ps = ctx.title_start(prev_end - len(ph), sent.start) if ph else prev_end
                chain_left = ph and ps - 1 >= sent.start and t[ps - 1] == "、" and \
                    _head_ending_at(ctx, ps - 1) and len(titles) == 1
                alone_left = ph and len(titles) >= 2 and (ps == sent.start or t[ps - 1] == "，")
                if not (chain_left or alone_left):
                    break
                commas += 1
            ph = _head_ending_at(ctx, prev_end)
            if not ph:
                break
            pstart = ctx.title_start(prev_end - len(ph), sent.start)
            if pstart >= prev_end - len(ph) and not ph:
                break
            titles.append((pstart, prev_end))
            start = pstart
        titles.reverse()
        posts = tuple(ctx.post(t[a:b]) for a, b in titles)
        # 区政协委员某某: a member's seat alone makes no official; 等6位委员和专家发言:
        # a count of members (位委员, 名委员) is no post.
        if all(p.title.endswith(ctx.members) for p in posts) or posts[0].title[0] in "位名" or \
                any(p.org.endswith(b) or b in p.org for p in posts for b in ctx.blockers):
            taken_until = hm.end() + len(name)
            continue
        nstart = hm.end()
        found.append(Mention("Official", name, ctx.doc.doc_id, sent.index, nstart,
                             nstart + len(name), "official.title-name", posts=posts))
        taken_until = nstart + len(name)
        # 县领导A、B、C / 副县长A、B、C: the post covers the whole list of names
        # (a title after 、 starts a new official: 县委书记A、县长B).
        if posts:
            pos = taken_until
            while pos < sent.end and t[pos] == "、":
                nxt = ctx.name_at(pos + 1, sent.end)
                # 、旗长某某: a title the dictionary lacks is no name either.
                if not nxt or ctx.head_re.search(nxt):
                    break
                found.append(Mention("Official", nxt, ctx.doc.doc_id, sent.index, pos + 1,
                                     pos + 1 + len(nxt), "official.collective-list",
                                     posts=posts))
                pos += 1 + len(nxt)
            taken_until = pos
    return found


def _head_ending_at(ctx: _Ctx, end: int) -> str:
    if not ctx.text.endswith(ctx.heads_longest, 0, end):
        return ""           # most places end no title: one test in C, not one per head
    for h in ctx.heads_longest:
        if ctx.text.endswith(h, 0, end):
            return h
    return ""
