"""The extractors, one module per entity type, each `Document -> [Mention]`.

`extract_document` runs them all over one document and then finds the
relations between what they found.
"""
from __future__ import annotations

from kg.extract import companies, gazetteer, goals, industries, meetings, officials, projects
from kg.extract.quantities import attach_to_projects
from kg.lexicon import Lexicon
from kg.model import Document, Extraction, Mention

EXTRACTORS = (
    # First, so that where a rule finds the same span the user's entry (with its
    # canonical name and aliases) is the one kept.
    ("any", gazetteer.extract),
    ("Official", officials.extract),
    ("Company", companies.extract),
    ("Project", projects.extract),
    ("Industry", industries.extract),
    ("Meeting", meetings.extract),
    ("Goal", goals.extract),
)


_BECOME_HEADS = ("基地", "示范区", "先行区", "高地")


def _inside(m: Mention, others) -> bool:
    return any(o is not m and o.start <= m.start and m.end <= o.end and
               (o.end - o.start) > (m.end - m.start) for o in others)


def _occurrences(text: str, word: str):
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


def mentions(doc: Document, lex: Lexicon) -> list[Mention]:
    """All entity mentions in `doc`, in text order, with overlaps settled:
    an industry word inside a company or project name is part of that name."""
    found: list[Mention] = []
    for _, fn in EXTRACTORS:
        found.extend(fn(doc, lex))
    # A goal that names what the place is to become (打造长三角某某产业基地)
    # holds its industry words as description too.
    names = [m for m in found if m.type in ("Company", "Project") or
             m.type == "Goal" and m.name.rstrip("”’\"").endswith(_BECOME_HEADS)]
    # The same name said again elsewhere in the article (在岚浩集成电路车间) is
    # still a name, not the industry word inside it.
    spans = []
    for n in {m.text for m in names if len(m.text) >= 4}:
        spans.extend((i, i + len(n)) for i in _occurrences(doc.text, n))
    found = [m for m in found if not (m.type == "Industry" and (
        _inside(m, names) or any(a <= m.start and m.end <= b and b - a > m.end - m.start
                                 for a, b in spans)))]
    # The same span found by two rules of one type is one mention.
    unique = {}
    for m in found:
        unique.setdefault((m.type, m.start, m.end), m)
    ordered = sorted(unique.values(), key=lambda m: (m.start, m.end, m.type))
    # Investment, area and output amounts typed on the project they describe.
    return attach_to_projects(doc, ordered)


def extract_document(doc: Document, lex: Lexicon) -> Extraction:
    """Mentions and relation mentions of one document."""
    from kg.relate import relations
    ms = mentions(doc, lex)
    return Extraction(doc=doc, mentions=tuple(ms), relations=tuple(relations(doc, ms)))
