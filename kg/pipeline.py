"""The pipeline: documents -> mentions -> entities -> relations -> graph.

>>> result = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
>>> sorted(e.label for e in result.entities)
['基层治理工作推进会', '张明华']
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import extract_document
from kg.lexicon import Lexicon, load
from kg.model import Document, Entity, Extraction, Relation
from kg.read import ReadProblem, document_from_text, read_paths
from kg.resolve import link, resolve


@dataclass
class BuildResult:
    """Everything one build produced; `graph` is the rdflib Graph."""
    documents: list[Document]
    extractions: list[Extraction]
    entities: list[Entity]
    relations: list[Relation]
    problems: list[ReadProblem] = field(default_factory=list)
    _graph: object = None

    @property
    def graph(self):
        if self._graph is None:
            from kg.rdf.graph import build_graph
            self._graph = build_graph(self.documents, self.entities, self.relations)
        return self._graph


def build_documents(docs: list[Document], lexicon: Lexicon | None = None,
                    problems=(), progress=None) -> BuildResult:
    """Extract, resolve and relate over already-read documents."""
    lex = lexicon or load()
    docs = sorted(docs, key=lambda d: d.doc_id)
    extractions = []
    for d in docs:
        extractions.append(extract_document(d, lex))
        if progress:
            progress(d)
    entities = resolve([m for x in extractions for m in x.mentions])
    relations = link(entities, [r for x in extractions for r in x.relations])
    return BuildResult(docs, extractions, entities, relations, list(problems))


def build_from_paths(paths, lexicon: Lexicon | None = None, progress=None) -> BuildResult:
    """Read files and folders, then build; unreadable files come back as problems."""
    docs, problems = read_paths(paths)
    return build_documents(docs, lexicon, problems, progress)


def build_from_texts(texts: dict[str, str], lexicon: Lexicon | None = None) -> BuildResult:
    """Build from {document id: raw text}."""
    docs = [document_from_text(k, v) for k, v in texts.items()]
    return build_documents([d for d in docs if d.sentences], lexicon)
