"""Word lists and patterns, loaded from the data files in kg/data/.

The built-in lists are generic vocabulary of the genre (post titles, surnames,
organisation suffixes, an industry taxonomy); names of particular people,
companies or projects never go here.  A user may add their own entries with
`--lexicon FILE` (see `UserLexicon`).

>>> lex = load()
>>> "书记" in lex.words("title_heads")
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_TYPES


def _read_words(text: str) -> tuple[str, ...]:
    """One or more entries a line, separated by spaces; # starts a comment."""
    out: list[str] = []
    seen = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        for w in line.split():
            if w not in seen:
                seen.add(w)
                out.append(w)
    return tuple(out)


def data_text(name: str) -> str:
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def builtin_words(name: str) -> tuple[str, ...]:
    """The entries of kg/data/NAME.txt, in file order."""
    return _read_words(data_text(f"{name}.txt"))


@lru_cache(maxsize=None)
def builtin_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of kg/data/NAME.tsv (tab-separated, # comments)."""
    rows = []
    for line in data_text(f"{name}.tsv").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(rows)


def alternation(words, escape=True) -> str:
    """A regex alternation, longest first so that 常务副区长 wins over 区长.
    Made once per word list (extractors ask for it once per article).

    >>> alternation(("区长", "常务副区长"))
    '常务副区长|区长'
    """
    return _alternation(words if isinstance(words, tuple) else tuple(sorted(set(words))), escape)


@lru_cache(maxsize=256)
def _alternation(words: tuple, escape: bool) -> str:
    ws = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in ws)


@dataclass(frozen=True)
class UserEntry:
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    sector: str = ""


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary the extractors use: built-in lists plus the user's entries."""
    user: tuple[UserEntry, ...] = ()
    extra_words: dict = field(default_factory=dict, compare=False, hash=False)

    def words(self, name: str) -> tuple[str, ...]:
        return builtin_words(name) + tuple(self.extra_words.get(name, ()))

    def user_entries(self, type_: str) -> tuple[UserEntry, ...]:
        return tuple(e for e in self.user if e.type == type_)


def load(user_files=()) -> Lexicon:
    """The built-in lexicon plus entries from the user's files.

    A user file is UTF-8 text, one entry a line, tab-separated:
    `TYPE<TAB>NAME[<TAB>ALIAS...]`, TYPE one of Official, Company, Project,
    Industry, Meeting, Goal; for Industry an alias written `sector=X` files the
    industry under sector X."""
    entries: list[UserEntry] = []
    for f in user_files:
        entries.extend(read_user_lexicon(f))
    return Lexicon(user=tuple(entries))


def read_user_lexicon(path) -> list[UserEntry]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(p, "lexicon file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(p, f"cannot read lexicon ({exc})") from exc
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or cols[0] not in ENTITY_TYPES or not cols[1]:
            raise InputError(p, f"line {n}: expected TYPE<TAB>NAME with TYPE one of "
                                f"{', '.join(ENTITY_TYPES)}")
        sector = ""
        aliases = []
        for c in cols[2:]:
            if c.startswith("sector="):
                sector = c[len("sector="):]
            elif c:
                aliases.append(c)
        out.append(UserEntry(cols[0], cols[1], tuple(aliases), sector))
    return out
