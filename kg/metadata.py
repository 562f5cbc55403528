"""Document metadata the user gives when the text lacks it.

Two ways, per article:

- a front-matter block at the very top of the .txt file::

      ---
      date: 2023-08-21
      source: https://example.org/news/1.html
      title: 某区召开推进会
      place: 某某区
      ---
      正文……

- a sidecar file next to it, ``NAME.meta.json`` for ``NAME.txt``, with the same
  keys (``{"date": "2023-08-21", "url": "…"}``).

Keys: ``date`` (2023-08-21, 2023/8/21, 2023年8月21日, 2023-08 or just 2023),
``title``, ``source`` or ``url``, ``place`` (the district or county the article
is about, used to name organisations such as 区委).  What the user gives wins
over what the text says; the year of a bare 8月21日 then comes from ``date``.
The sidecar wins over the front matter.

>>> meta, body = split_front_matter("---\\ndate: 2023年8月21日\\n---\\n正文。")
>>> meta, body
({'date': '2023年8月21日'}, '正文。')
>>> parse_metadata(meta, "a.txt")
Metadata(title='', date='2023-08-21', year=2023, source_url='', place='')
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

KEYS = ("date", "title", "source", "url", "place")
_FENCE = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\r?\n(.*?)^[ \t]*---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"^((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?$")
_FRONT_MAX = 2000   # a front matter longer than this is not one
_TITLE_MIN, _TITLE_MAX = 4, 40


@dataclass(frozen=True)
class Metadata:
    """What the user said about one article; empty fields are unknown."""
    title: str = ""
    date: str = ""          # ISO date (YYYY-MM-DD) when a day is given, else ''
    year: int | None = None
    source_url: str = ""
    place: str = ""


def split_front_matter(raw: str) -> tuple[dict, str]:
    """A leading ``---`` block of ``key: value`` lines -> ({key: value}, rest).

    Text without one comes back unchanged with an empty dict; lines that are not
    ``key: value`` and unknown keys are ignored (a front matter is a note, not a
    program).

    >>> split_front_matter("无元数据。")
    ({}, '无元数据。')
    """
    m = _FENCE.match(raw[:_FRONT_MAX])
    if not m:
        return {}, raw
    meta = {}
    for line in m.group(1).splitlines():
        kv = _LINE.match(line)
        if kv and kv.group(1).lower() in KEYS:
            meta[kv.group(1).lower()] = kv.group(2).strip().strip("\"'")
    return meta, raw[m.end():]


def sidecar_path(path) -> Path:
    """``dir/NAME.txt`` -> ``dir/NAME.meta.json``.

    >>> sidecar_path("in/a.txt").as_posix()
    'in/a.meta.json'
    """
    p = Path(path)
    return p.with_name(p.stem + ".meta.json")


def read_sidecar(path) -> dict:
    """The sidecar's keys for the article at `path`; {} when there is none.

    A sidecar that is not a JSON object is an InputError naming the sidecar."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(side, f"bad metadata file ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(side, "bad metadata file (expected a JSON object)")
    return {k.lower(): str(v).strip() for k, v in data.items()
            if isinstance(k, str) and k.lower() in KEYS and v is not None}


def parse_date(value: str, where) -> tuple[str, int | None]:
    """'2023/8/21' -> ('2023-08-21', 2023); '2023' -> ('', 2023).

    >>> parse_date("2023年8月21日", "a.txt")
    ('2023-08-21', 2023)
    >>> parse_date("2021-07", "a.txt")
    ('', 2021)
    """
    v = value.strip()
    if not v:
        return "", None
    m = _DATE.match(v[:10] if re.match(r"\d{4}-\d{2}-\d{2}T", v) else v)
    if not m:
        raise InputError(where, f"metadata date {value!r} is not a date (use 2023-08-21)")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
        raise InputError(where, f"metadata date {value!r} is not a date (use 2023-08-21)")
    return (f"{y:04d}-{mo:02d}-{d:02d}" if d else ""), y


def parse_metadata(meta: dict, where) -> Metadata:
    """Check and normalise the raw keys; a bad date is an InputError naming `where`."""
    date, year = parse_date(meta.get("date", ""), where)
    return Metadata(title=meta.get("title", ""), date=date, year=year,
                    source_url=meta.get("source") or meta.get("url", ""),
                    place=meta.get("place", ""))


def looks_like_title(line: str) -> bool:
    """Whether an article's first line reads as a headline: short, not a
    sentence of the story (no 。；), not opening on a date (8月21日，… / 2025-07-23).

    >>> looks_like_title("青石区召开营商环境推进会")
    True
    >>> looks_like_title("8月21日，青石区召开营商环境推进会。区委书记王立新主持会议。")
    False
    """
    return (_TITLE_MIN <= len(line) <= _TITLE_MAX and not re.search("[。；]", line)
            and not re.match(r"\d", line) and line.count("，") <= 1)


def apply_metadata(doc: Document, meta: Metadata) -> Document:
    """The document with the user's metadata in place of what the text gave.

    >>> d = Document("a.txt", "8月21日开会。", ())
    >>> apply_metadata(d, Metadata(year=2023)).year
    2023
    """
    changes = {}
    if meta.title:
        changes["title"] = meta.title
    elif doc.title and not looks_like_title(doc.title):
        changes["title"] = ""    # the first line is the story itself, not a headline
    if meta.date:
        changes["date"] = meta.date
    if meta.year:
        changes["year"] = meta.year
        if doc.date and not meta.date and not doc.date.startswith(str(meta.year)):
            changes["date"] = None   # the dateline's day belongs to another year
    if meta.source_url:
        changes["source_url"] = meta.source_url
    if meta.place:
        changes["place"] = meta.place
    return replace(doc, **changes) if changes else doc
