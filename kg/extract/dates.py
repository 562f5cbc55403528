"""Dates as the text gives them, resolved with the document's year.

>>> parse_cn_date("8月21日", 2023)
'2023-08-21'
>>> parse_cn_date("8月21日", None)
'--08-21'
>>> parse_cn_date("2021年7月28日", None)
'2021-07-28'
"""
from __future__ import annotations

import re

DATE = re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日")


def parse_cn_date(s: str, year: int | None) -> str:
    """`[YYYY年]M月D日` to ISO `YYYY-MM-DD`, or `--MM-DD` when no year is known."""
    m = DATE.search(s)
    if not m:
        return ""
    y = int(m.group(1)) if m.group(1) else year
    mo, d = int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}" if y else f"--{mo:02d}-{d:02d}"


def dates_in(text: str, start: int = 0, end: int | None = None):
    """(start, end, text) of every date in text[start:end]."""
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.end(), m.group(0)
