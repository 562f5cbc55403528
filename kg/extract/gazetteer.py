"""The user's own word lists (`kg build --lexicon FILE`): every occurrence of an
entry's name or alias is a mention of that entity, with the entry's name as its
canonical form (rule id `user.lexicon`).  The built-in lists stay generic; this
is where a user adds the particular names they follow.

>>> from kg.lexicon import Lexicon, UserEntry
>>> from kg.read import document_from_text
>>> lex = Lexicon(user=(UserEntry("Company", "青禾智造有限公司", ("青禾智造",)),))
>>> doc = document_from_text("t.txt", "区委书记张明华到青禾智造调研。")
>>> [(m.type, m.text, m.canonical) for m in extract(doc, lex)]
[('Company', '青禾智造', '青禾智造有限公司')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import Lexicon, alternation
from kg.model import Document, Mention


@lru_cache(maxsize=8)
def _index(entries: tuple):
    """One regex over every form (longest first) and form -> entries."""
    by_form: dict[str, list] = {}
    for e in entries:
        for form in (e.name,) + e.aliases:
            if form:
                by_form.setdefault(form, []).append(e)
    return re.compile(alternation(by_form)), by_form


def extract(doc: Document, lex: Lexicon) -> list[Mention]:
    """Mentions of the user's entries in `doc` (none without a user lexicon)."""
    if not lex.user:
        return []
    pattern, by_form = _index(lex.user)
    out = []
    for sent in doc.sentences:
        for m in pattern.finditer(doc.text, sent.start, sent.end):
            for e in by_form[m.group()]:
                out.append(Mention(e.type, m.group(), doc.doc_id, sent.index, m.start(), m.end(),
                                   "user.lexicon", canonical=e.name, aliases=e.aliases,
                                   sector=e.sector))
    return out
