"""Clean raw article text and cut it into sentences.

News texts come out of PDFs and web pages: lines are wrapped inside words
(创新\\n\\n式突破), spaces are scattered between characters (联东 U谷), and
full-width and half-width punctuation are mixed.  Cleaning turns all of that
into one running text; every later offset refers to the cleaned text.
Articles in traditional characters are converted to simplified, character for
character, so the simplified word lists match them.

>>> clean_text("以引领式突破实现“方向转型”，创新\\n\\n式突破实现“路径转型”。")
'以引领式突破实现“方向转型”，创新式突破实现“路径转型”。'
>>> clean_text("區委書記張明華出席會議。")
'区委书记张明华出席会议。'
>>> [s.text for s in split_sentences("d", "第一句。第二句！")]
['第一句。', '第二句！']
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from kg.model import Sentence

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One Chinese character / a run of them (shared by the extractors).
CJK_CHAR = re.compile(f"[{CJK}]")
CJK_RUN = re.compile(f"[{CJK}]+")

# A line ending in one of these closes a paragraph or a sentence.
_LINE_TERMINAL = "。！？；…：!?;:"
# A line ending in one of these is certainly continued on the next line.
_LINE_CONTINUES = "，、“‘《（(—·-"
# A line ending in a time stamp (来源：某某融媒体中心　2024-04-26 / 2024-06-28 16:05)
# is a page's header line, not a number wrapped onto the next line: joined, its
# 2024-04-26 and the body's 4月25日 would read as one bad date.
_STAMP_END = re.compile(r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?: ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u3000\u2002\u2003\u2009\t\x0b\x0c"), " ")


def _translated(text: str, table: dict, present: re.Pattern) -> str:
    """text.translate(table), skipped when no character of the table is
    present (one scan in C instead of a dictionary lookup per character)."""
    return text.translate(table) if present.search(text) else text


def _chars_of(table: dict) -> re.Pattern:
    return re.compile("[" + re.escape("".join(map(chr, table))) + "]")


# Half-width punctuation that becomes full-width next to Chinese text.
_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

# Spaces between Chinese words go; between two ASCII words or numbers they
# stay (Tesla Inc, 2023-06-12 09:30).
_SPACE_INSIDE = re.compile(rf"(?<=[{CJK}%）)”’])[ ]+(?=[{CJK}0-9A-Za-z（(“‘])"
                           rf"|(?<=[0-9A-Za-z])[ ]+(?=[{CJK}（(“‘])")
_SPACE_AROUND_PUNCT = re.compile(rf"[ ]*([，。、；：！？（）“”‘’《》])[ ]*")


def _width(text: str) -> str:
    """Full-width letters and digits to ASCII (１２Ａ -> 12A); punctuation is
    handled separately because its width carries meaning in Chinese text."""
    return _translated(text, _WIDTH, _WIDTH_CHARS)


_WIDTH = {o: o - 0xFEE0 for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
          for o in range(lo, hi + 1)}
_WIDTH.update({ord("．"): ".", ord("％"): "%"})
_WIDTH_CHARS = _chars_of(_WIDTH)
_INVISIBLE_CHARS = _chars_of(_INVISIBLE)
_SPACE_CHARS = _chars_of(_SPACES)


def _punctuation(line: str) -> str:
    """Half-width , ; : ? ! ( ) next to Chinese become full-width; straight
    quotes become curly pairs.  A decimal point or 10:30 stays as it is."""
    if not _HALF_WIDTH.search(line):
        return line            # most lines: nothing to change
    chars = list(line)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch in _TO_FULL:
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < n else ""
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            # (增长8%; at a line's end: a ; is never a decimal or a time mark.)
            if CJK_CHAR.match(prev) or CJK_CHAR.match(nxt) or ch in "();" and (
                    CJK_CHAR.search(line)):
                chars[i] = _TO_FULL[ch]
    line = "".join(chars)
    for straight, (left, right) in (('"', "“”"), ("'", "‘’")):
        if straight in line and CJK_CHAR.search(line):
            parts = line.split(straight)
            line = parts[0] + "".join(
                (left if k % 2 == 0 else right) + part for k, part in enumerate(parts[1:]))
    return line


_HALF_WIDTH = re.compile("[" + re.escape("".join(_TO_FULL) + "\"'") + "]")


def _short_line_limit(lines: list[str]) -> int:
    """A line shorter than this is a heading or a paragraph end, not a wrapped line.
    Wrapped column text (seeds: about 17 characters a line) gives a low limit;
    one paragraph a line gives the ceiling."""
    lengths = sorted(len(x) for x in lines if len(x) > 4)
    if not lengths:
        return 8
    p75 = lengths[(len(lengths) * 3) // 4]
    return max(6, min(30, int(p75 * 0.6)))


# A web page's stamp line (来源：某某  编辑：某某 / 发布时间：2024-10-16 09:12 /
# 某某融媒体中心  2024-12-26) stands alone: joined to the body it would glue
# 浏览次数：1263 onto 9月12日 (a line ending in a digit is otherwise continued).
_STAMP = re.compile(r"(?:来源|编辑|审核|作者|发布时间|发布日期|浏览次数|阅读次数|阅读量|字号|时间|日期)[ ]*[：:]|"
                    r"^[^，。；：]{0,24}?(?:19|20)\d{2}[ ]*[-年./][ ]*\d{1,2}[ ]*[-月./][ ]*\d{1,2}日?"
                    r"(?:[ ]+\d{1,2}[:：]\d{2})?(?:[ ]+[^，。；：]{1,12})?$")


def _is_stamp(line: str) -> bool:
    return len(line) <= 80 and "。" not in line and bool(_STAMP.search(line))


# A line opening with a bullet (■ ▶ ◆ 👉: a symbol) or a list number (1. / 2、 /
# （三） / 四、) is the next item of a list, not the rest of a wrapped line.
_ITEM_NUMBER = re.compile(r"(?:[0-9]{1,2}[.、](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[）)]|"
                          r"[一二三四五六七八九十]{1,2}、)")


def _opens_item(line: str) -> bool:
    """
    >>> _opens_item("■某公司投资建设某项目"), _opens_item("2. 某项目"), _opens_item("3.5亿元")
    (True, True, False)
    """
    return unicodedata.category(line[0]) == "So" or bool(_ITEM_NUMBER.match(line))


# A form field opens a line of minutes, a project sheet or a résumé
# (会议时间：/ 主持人：/ 记录：/ 项目名称：/ 联系人：/ 电话：): after a line
# that is itself a field, it is the next field, not the rest of a wrapped line.
_FIELD = re.compile(rf"[{CJK}]{{2,6}}[ ]*[：:]")
# A PDF page's furniture: the page number (— 3 — / - 12 - / 第3页) and the
# running header printed beside it (某某区人民政府公报  2024年第5期).
_PAGE_NUMBER = re.compile(r"(?:[—－–-]{1,2}[ ]*[0-9]{1,3}[ ]*[—－–-]{1,2}|第[ ]*[0-9]{1,3}[ ]*页(?:[ ]*共[ ]*[0-9]{1,3}[ ]*页)?)")


_SPEECH_HEAD = re.compile(r"在.{4,50}上的(?:讲话|讲话提纲|总结讲话|报告|工作报告|致辞|发言|主持词)")


def _without_page_furniture(lines: list[str]) -> list[str]:
    """Lines without page numbers and the running header next to them (every
    copy of it, the first page's too): left in, a header is glued into the
    sentence the page break cut.

    >>> _without_page_furniture(["某刊 2024年第5期", "甲方案", "— 3 —", "某刊 2024年第5期", "乙"])
    ['甲方案', '乙']
    """
    numbers = [i for i, ln in enumerate(lines) if len(ln) <= 16 and _PAGE_NUMBER.fullmatch(ln)]
    if not numbers:
        return lines
    drop = set(numbers)
    headers = set()
    for i in numbers:
        for j in (i - 1, i + 1):
            ln = lines[j] if 0 <= j < len(lines) else ""
            if ln and len(ln) <= 40 and not re.search("[。；，]", ln) and sum(x == ln for x in lines) >= 2:
                headers.add(ln)
    return [ln for i, ln in enumerate(lines) if i not in drop and ln not in headers]


def _join_lines(raw: str) -> str:
    lines = [ln.strip() for ln in raw.split("\n")]
    if "页" in raw or "—" in raw or "-" in raw:
        lines = _without_page_furniture([ln for ln in lines if ln])
    field = False  # the line last added opens with a form field
    limit = _short_line_limit([ln for ln in lines if ln])
    out: list[str] = []
    pending = ""   # current paragraph being joined
    last_len = 0   # length of the last raw line in `pending`
    last_stamp = False
    for ln in lines:
        if not ln:
            continue
        stamp = _is_stamp(ln)
        opens_field = _FIELD.match(ln) is not None
        if pending and (stamp or last_stamp):
            out.append(pending)
            pending, last_len, last_stamp, field = ln, len(ln), stamp, opens_field
            continue
        last_stamp = stamp
        if ln.startswith("#"):
            ln = ln.lstrip("#").strip()
            if pending:
                out.append(pending)
            out.append(ln)
            pending = ""
            continue
        if not pending:
            pending, last_len, field = ln, len(ln), opens_field
            continue
        last = pending[-1]
        if last in _LINE_TERMINAL or last in "”’" and len(pending) > 1 and pending[-2] in _LINE_TERMINAL:
            joined = False
        elif last.isdigit() and _STAMP_END.search(pending):
            joined = False
        elif last in "）)" and pending[0] in "（(" and len(pending) == last_len:
            # （2024年12月28日某某全体会议通过）: a note in brackets on its own line
            # stands alone (its date is the day the text was adopted).
            joined = False
        elif _opens_item(ln) or field and opens_field:
            joined = False
        elif not out and _SPEECH_HEAD.fullmatch(pending):
            joined = False      # a printed speech's title, the speaker's line under it
        elif last in _LINE_CONTINUES or last.isdigit():
            joined = True
        else:
            joined = last_len >= limit
        if joined:
            pending += ("" if _glue(pending[-1], ln[0]) else " ") + ln
        else:
            out.append(pending)
            pending = ln
            field = opens_field
        last_len = len(ln)
    if pending:
        out.append(pending)
    return "\n".join(out)


def _glue(a: str, b: str) -> bool:
    """True when two pieces join with no space: everything except two ASCII words."""
    return not (a.isascii() and a.isalnum() and b.isascii() and b.isalpha())


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    from kg.lexicon import builtin_table
    return {ord(row[0]): row[1] for row in builtin_table("t2s") if len(row) == 2}


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, one character for one, so every
    offset stays where it was (kg/data/t2s.tsv).  Characters that are also
    standard simplified ones (著, 乾, 於) are never changed.

    >>> to_simplified("區委書記張明華出席會議。")
    '区委书记张明华出席会议。'
    """
    return text.translate(_t2s_table())


# A text is converted when this share of its Chinese characters is traditional-only:
# a traditional article has 20-30 %, a simplified one with a variant in a name ~0.
_TRADITIONAL_SHARE = 0.03


def looks_traditional(text: str) -> bool:
    """True when the text is written in traditional characters.

    >>> looks_traditional("區委書記出席會議"), looks_traditional("区委书记出席会议")
    (True, False)
    """
    table = _t2s_table()
    cjk = trad = 0
    for ch, n in Counter(text).items():     # each distinct character once
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            cjk += n
            trad += n if ord(ch) in table else 0
    return trad >= 2 and trad >= _TRADITIONAL_SHARE * cjk


@lru_cache(maxsize=65536)
def is_common_chinese(ch: str) -> bool:
    """A character of everyday Chinese text: in GB2312 (simplified) or a
    traditional character of kg/data/t2s.tsv.  Used to tell a right decoding
    from mojibake."""
    if ord(ch) in _t2s_table():
        return True
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def clean_text(raw: str, wrapped: bool = True) -> str:
    """Clean one article's raw text (see the module doc).  `wrapped`: lines
    may be cut mid-paragraph (text copied from PDFs and print columns) and
    are joined back; False when every line is a paragraph (HTML blocks)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _translated(_translated(text, _INVISIBLE, _INVISIBLE_CHARS), _SPACES, _SPACE_CHARS)
    control = {ord(ch): None for ch in set(text) if ch != "\n" and unicodedata.category(ch)[0] == "C"}
    if control:
        text = text.translate(control)
    # Word lists and rules are simplified; traditional text is matched converted.
    if looks_traditional(text):
        text = to_simplified(text)
    text = _width(text)
    text = "\n".join(_punctuation(ln) for ln in text.split("\n"))
    # Line lengths are judged per wrapped line, so join before removing spaces.
    if wrapped:
        text = _join_lines(text)
    text = "\n".join(_without_spaces(ln) for ln in text.split("\n"))
    return "\n".join(ln for ln in text.split("\n") if ln)


def _without_spaces(line: str) -> str:
    """The line without the spaces between Chinese words and around
    punctuation (the patterns run only on a line that has a space)."""
    if " " in line:
        line = _SPACE_AROUND_PUNCT.sub(r"\1", _SPACE_INSIDE.sub("", line))
    return line.strip()


_SENT_END = re.compile(r"[。！？；!?;]+[”’」』）)]*|……[”’]?|\n")


def split_sentences(doc_id: str, text: str) -> tuple[Sentence, ...]:
    """Cut cleaned text into sentences at 。！？； and line breaks, keeping offsets."""
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        _add(out, doc_id, text, start, end)
        start = end
    _add(out, doc_id, text, start, len(text))
    return tuple(out)


def _add(out: list, doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        out.append(Sentence(doc_id=doc_id, index=len(out), start=start, end=end,
                            text=text[start:end]))
