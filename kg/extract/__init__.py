"""The extractors, one module per entity type, each `Document -> [Mention]`.

`extract_document` runs them all over one document and then finds the
relations between what they found.
"""
from __future__ import annotations

from kg.extract import companies, goals, industries, meetings, officials, projects
from kg.extract.quantities import attach_to_projects
from kg.lexicon import Lexicon
from kg.model import Document, Extraction, Mention

EXTRACTORS = (
    ("Official", officials.extract),
    ("Company", companies.extract),
    ("Project", projects.extract),
    ("Industry", industries.extract),
    ("Meeting", meetings.extract),
    ("Goal", goals.extract),
)


def _inside(m: Mention, others) -> bool:
    return any(o is not m and o.start <= m.start and m.end <= o.end and
               (o.end - o.start) > (m.end - m.start) for o in others)


def mentions(doc: Document, lex: Lexicon) -> list[Mention]:
    """All entity mentions in `doc`, in text order, with overlaps settled:
    an industry word inside a company or project name is part of that name."""
    found: list[Mention] = []
    for _, fn in EXTRACTORS:
        found.extend(fn(doc, lex))
    names = [m for m in found if m.type in ("Company", "Project")]
    found = [m for m in found if not (m.type == "Industry" and _inside(m, names))]
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
