"""kg: a rule-based knowledge-graph builder for Chinese local-government news.

The library entry points (the CLI calls the same functions):

>>> import kg
>>> g = kg.build(texts={"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
>>> len(g) > 0
True
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "build_result", "to_networkx", "write", "query", "query_store",
           "__version__"]


def build_result(paths=None, texts=None, lexicon_files=()):
    """Build from files/folders (`paths`) and/or {name: text} (`texts`).

    Returns a BuildResult: `.graph` (rdflib Graph), `.entities`, `.relations`,
    `.documents`, `.problems` (files that could not be read)."""
    from kg.lexicon import load
    from kg.pipeline import build_documents
    from kg.read import document_from_text, iter_documents, list_inputs
    lex = load(lexicon_files)
    if isinstance(paths, str) or hasattr(paths, "__fspath__"):
        paths = [paths]
    files, problems = list_inputs(paths) if paths else ([], [])

    def documents():
        # One at a time, as kg build reads them: a document's sentences are
        # let go once it is extracted, so a corpus is never all in memory.
        yield from iter_documents(files, problems)
        for name, text in (texts or {}).items():
            d = document_from_text(name, text)
            if d.sentences:
                yield d

    return build_documents(documents(), lex, problems)


def build(paths=None, texts=None, lexicon_files=()):
    """Build the knowledge graph and return it as an rdflib Graph.

    `paths`: a file or folder, or a list of them (.txt, UTF-8);
    `texts`: {document name: raw text}.  Either or both."""
    return build_result(paths, texts, lexicon_files).graph


def to_networkx(result):
    """The networkx MultiDiGraph view of a BuildResult (see kg.graphview)."""
    from kg.graphview import to_networkx as _nx
    return _nx(result)


def write(result, out_dir, title="知识图谱"):
    """Write kg.ttl and kg.html for a BuildResult into `out_dir`."""
    from kg.output import write_outputs
    return write_outputs(result, out_dir, title)


# `kg.query` is the module kg/query.py, and calling it runs a saved query:
# kg.query(graph, "officials_by_post", post="区长") -> list of dicts (see kg.query.run).
from kg import query  # noqa: E402


def query_store(graph):
    """A pyoxigraph Store of `graph`, to pass to `kg.query` many times."""
    return query.to_store(graph)
