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


def _short_names(doc: Document, found: list[Mention]) -> list[Mention]:
    """甲建设集团有限公司（以下简称“甲建设”）…。根据协议，甲建设将投资…: the
    company named again, after its bracket, by the short name it was given.

    A short name inside another name (甲建设某某项目) is part of that name.
    """
    firms = [m for m in found if m.type == "Company" and m.aliases]
    if not firms:
        return []
    text = doc.text
    names = _Spans((m.start, m.end) for m in found if m.type in ("Company", "Project", "Meeting"))
    firm_spans = {(m.start, m.end) for m in found if m.type == "Company"}
    starts = [s.start for s in doc.sentences]
    out = []
    for m in firms:
        after = m.end
        if text[after:after + 1] in ("（", "("):
            close = min((k for k in (text.find("）", after), text.find(")", after)) if k != -1),
                        default=after)
            after = close + 1
        for short in m.aliases:
            # (a short form is drawn from the name: 苏岚交控 from 江苏省苏岚交通控股…;
            # a bracketed remark, 省级专精特新企业, is none)
            if len(short) < 3 or short == m.text or \
                    sum(ch in m.text for ch in short) < len(short) - 1:
                continue
            for i in _occurrences(text[after:], short):
                s = after + i
                e = s + len(short)
                # (inside a longer name, or already found as a company right there)
                if names.contain(s, e) or (s, e) in firm_spans:
                    continue
                k = bisect_right(starts, s) - 1
                out.append(Mention("Company", short, doc.doc_id, doc.sentences[k].index, s, e,
                                   "company.short-name", canonical=m.name))
    return out


def mentions(doc: Document, lex: Lexicon) -> list[Mention]:
    """All entity mentions in `doc`, in text order, with overlaps settled:
    an industry word inside a company or project name is part of that name."""
    found: list[Mention] = []
    for _, fn in EXTRACTORS:
        found.extend(fn(doc, lex))
    found.extend(_short_names(doc, found))
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
