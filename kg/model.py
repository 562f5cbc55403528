"""The objects passed between pipeline stages.

Everything here is a frozen dataclass: a stage reads its input and returns new
objects, it never edits what an earlier stage produced.

>>> s = Sentence(doc_id="a.txt", index=0, start=0, end=3, text="你好。")
>>> s.text
'你好。'
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

# The six entity types, in the order they are shown everywhere.
ENTITY_TYPES = ("Official", "Company", "Project", "Industry", "Meeting", "Goal")

# participatesIn roles.
ROLES = ("chairs", "speaksAt", "attends")

PREDICATES = ("participatesIn", "signsWith", "visits", "involves",
              "inIndustry", "partOfSector", "setBy")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a cleaned document, with its offsets in the cleaned text."""
    doc_id: str
    index: int
    start: int
    end: int
    text: str


class SentenceTable(Sequence):
    """A document's sentences kept as offsets into its text, each made into a
    Sentence when asked for: a corpus has hundreds of thousands of sentences,
    and a Sentence holds a copy of its text.  Reads like the tuple of those
    Sentences, and compares equal to it.

    >>> t = SentenceTable.of("a.txt", "甲。乙。", (Sentence("a.txt", 0, 0, 2, "甲。"),
    ...                                          Sentence("a.txt", 1, 2, 4, "乙。")))
    >>> len(t), t[1].text, t[-1] == Sentence("a.txt", 1, 2, 4, "乙。")
    (2, '乙。', True)
    """
    __slots__ = ("doc_id", "_text", "_offsets")

    def __init__(self, doc_id: str, text: str, offsets):
        self.doc_id = doc_id
        self._text = text
        self._offsets = offsets      # array: start, end of each sentence

    @classmethod
    def of(cls, doc_id: str, text: str, sentences):
        """The table of `sentences`, or `sentences` themselves when they are
        not the plain slices of `text` a table can give back."""
        offsets = array("I")
        for i, s in enumerate(sentences):
            if s.index != i or s.doc_id != doc_id or text[s.start:s.end] != s.text:
                return sentences
            offsets.append(s.start)
            offsets.append(s.end)
        return cls(doc_id, text, offsets)

    def __len__(self) -> int:
        return len(self._offsets) // 2

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("sentence index out of range")
        start, end = self._offsets[2 * i], self._offsets[2 * i + 1]
        return Sentence(self.doc_id, i, start, end, self._text[start:end])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def text_of(self, i: int) -> str:
        """self[i].text, without making the Sentence (0 <= i < len(self))."""
        return self._text[self._offsets[2 * i]:self._offsets[2 * i + 1]]

    def __eq__(self, other):
        if isinstance(other, (tuple, SentenceTable)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return repr(tuple(self))

    def __reduce__(self):
        return (SentenceTable, (self.doc_id, self._text, self._offsets))


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article.

    `text` is the cleaned text; every offset in the pipeline refers to it.
    `year` is the year the article was written in, when known (metadata or
    dateline); relative dates like 今年 and bare 8月21日 use it.
    """
    doc_id: str
    text: str
    sentences: tuple[Sentence, ...]  # or a SentenceTable (kg.pipeline keeps them so)
    path: str = ""
    title: str = ""
    year: int | None = None
    date: str | None = None          # ISO date of the article, when known
    source_url: str = ""
    sha256: str = ""
    place: str = ""                  # district/county the article is about, when the user gives it


@dataclass(frozen=True, slots=True)
class Post:
    """A post as the text gives it: `title` is the surface form
    (青石区委副书记), `role` the post without its organisation (副书记),
    `org` the organisation the post belongs to (青石区委), '' if none is given."""
    title: str
    role: str = ""
    org: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A typed amount: 186.6亿元 -> Quantity(186.6, '亿元', '186.6亿元')."""
    value: str          # decimal, as a string to keep it exact
    unit: str
    text: str
    qualifier: str = ""  # 不低于, 以上, 增长 ...


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of an entity found in one sentence.

    `rule` is the id of the rule that produced it (see kg/data/rules.tsv).
    `canonical` is the fullest name this mention stands for, when the rule
    knows it (a 简称 in brackets knows its full name)."""
    type: str
    text: str
    doc_id: str
    sentence: int
    start: int
    end: int
    rule: str
    canonical: str = ""
    posts: tuple[Post, ...] = ()
    date: str = ""                 # Meeting: ISO date or --MM-DD
    sector: str = ""               # Industry: the umbrella sector's name
    quantities: tuple[Quantity, ...] = ()
    aliases: tuple[str, ...] = ()  # other surface forms the rule saw together

    @property
    def name(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation found in one sentence, between two surface forms.

    The object may be a place (signsWith 青石区): `object_type` is then 'Place'."""
    predicate: str
    subject: str
    subject_type: str
    object: str
    object_type: str
    doc_id: str
    sentence: int
    rule: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing, merged from all its mentions across documents."""
    key: str                      # stable identity key, used to mint the IRI
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    posts: tuple[Post, ...] = ()
    dates: tuple[str, ...] = ()
    sector: str = ""
    quantities: tuple[Quantity, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.label,) + self.aliases


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two resolved entities (or an entity and a place)."""
    predicate: str
    subject: str                  # entity key
    object: str                   # entity key, or 'Place|名字'
    role: str = ""
    evidence: tuple[RelationMention, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors found in one document."""
    doc: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
