"""The extractors, one module per entity type, each `Document -> [Mention]`.

`extract_document` runs them all over one document and then finds the
relations between what they found.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

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


_BECOME_HEADS = ("基地", "示范区", "先行区", "高地", "示范县", "示范市", "集聚区")
_AIM_RULES = ("goal.build-line", "goal.ranked-site")


class _Spans:
    """(start, end) spans, asked whether one of them strictly contains a
    given span: a bisection over starts, then only spans long enough to reach."""

    def __init__(self, spans):
        self.spans = sorted(set(spans))
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def contain(self, s: int, e: int) -> bool:
        hi = bisect_right(self.starts, s)
        lo = bisect_left(self.starts, e - self.longest, 0, hi)
        return any(e <= b and b - a > e - s for a, b in self.spans[lo:hi])


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
    inside_names, inside_spans = _Spans((m.start, m.end) for m in names), _Spans(spans)
    found = [m for m in found if not (m.type == "Industry" and (
        inside_names.contain(m.start, m.end) or inside_spans.contain(m.start, m.end)))]
    # 全力打造京南现代物流枢纽, 打造国家重要的绿氢化工基地: a site inside a line the
    # place is to become is that goal, not a project.
    aims = _Spans((m.start, m.end + 1) for m in found if m.type == "Goal" and m.rule in _AIM_RULES)
    found = [m for m in found if not (m.type == "Project" and aims.contain(m.start, m.end))]
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
