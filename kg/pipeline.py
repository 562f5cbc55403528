"""The pipeline: documents -> mentions -> entities -> relations -> graph.

>>> result = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
>>> sorted(e.label for e in result.entities)
['基层治理工作推进会', '张明华']
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from kg.extract import extract_document
from kg.lexicon import Lexicon, load
from kg.model import (Document, Entity, Extraction, Mention, Relation, RelationMention,
                      SentenceTable)
from kg.read import (MAX_MB, ReadProblem, document_from_text, document_ids, list_inputs,
                     read_document)
from kg.resolve import link, norm, resolve


@dataclass
class BuildResult:
    """Everything one build produced; `graph` is the rdflib Graph."""
    documents: list[Document]
    extractions: list[Extraction]
    entities: list[Entity]
    relations: list[Relation]
    problems: list[ReadProblem] = field(default_factory=list)
    _graph: object = None
    cache_stats: dict = field(default_factory=dict)

    _triples: object = None

    @property
    def triples(self):
        """The graph's triples (rdflib terms), without building an rdflib store."""
        if self._triples is None:
            from kg.rdf.graph import graph_triples
            self._triples = graph_triples(self.documents, self.entities, self.relations)
        return self._triples

    @property
    def ntriples(self) -> bytes:
        """The graph as sorted N-Triples, UTF-8 (made without rdflib terms)."""
        from kg.rdf.graph import graph_nt_terms
        from kg.rdf.ntriples import sorted_unique_lines
        lines = sorted_unique_lines(f"{s} {p} {o} ." for s, p, o in
                                    graph_nt_terms(self.documents, self.entities, self.relations))
        return "".join(line + "\n" for line in lines).encode("utf-8")

    @property
    def graph(self):
        """The graph as an rdflib Graph (built on first use)."""
        if self._graph is None:
            from kg.rdf.graph import graph_from_triples
            self._graph = graph_from_triples(self.triples)
        return self._graph


class Interner:
    """Shares equal values among the extractions of a build, to keep a corpus's
    millions of mentions small: the same name, post, quantity or offset found
    in many sentences is one object, not one per mention (a mention's
    strings are slices of its sentence, so each would be a copy).

    >>> i = Interner()
    >>> a = Mention("Official", "张明华"[:3], "a.txt", 0, 400, 403, "r")
    >>> b = Mention("Official", "张明华张"[:3], "a.txt", 1, 400, 403, "r")
    >>> x, y = i.mention(a), i.mention(b)
    >>> x == a and x.text is y.text and x.start is y.start
    True
    """

    def __init__(self):
        self._pool: dict = {}     # value -> the one object equal to it (str, int, Post, tuple...)

    def __call__(self, value):
        return self._pool.setdefault(value, value)

    def _tuple(self, values: tuple) -> tuple:
        if not values:
            return ()
        return self(tuple(self(v) for v in values))

    def mention(self, m: Mention) -> Mention:
        return self._mention(_mention_row(m))

    def relation(self, r: RelationMention) -> RelationMention:
        return self._relation(_relation_row(r))

    def _mention(self, row: tuple) -> Mention:
        a, b, c, d, e, f, g, h, posts, date, sector, qs, aliases = row
        i, t = self, self._tuple
        return Mention(i(a), i(b), i(c), d, i(e), i(f), i(g), i(h), t(posts), i(date), i(sector),
                       t(qs), t(aliases))

    def _relation(self, row: tuple) -> RelationMention:
        a, b, c, d, e, f, g, h, k = row
        i = self
        return RelationMention(i(a), i(b), i(c), i(d), i(e), i(f), g, i(h), i(k))

    def document(self, d: Document) -> Document:
        """`d` with its sentences as a SentenceTable (equal to `d`)."""
        doc_id = self(d.doc_id)
        table = d.sentences if isinstance(d.sentences, SentenceTable) else \
            SentenceTable.of(doc_id, d.text, d.sentences)
        return replace(d, doc_id=doc_id, sentences=table)

    def packed(self, packed) -> Extraction:
        """The Extraction of `pack(doc, x)` (as made in a worker process), built
        straight from its rows with shared values (equal to `x`)."""
        doc, mrows, rrows = packed
        return Extraction(self.document(doc), tuple(self._mention(r) for r in mrows),
                          tuple(self._relation(r) for r in rrows))

    def extraction(self, x: Extraction) -> Extraction:
        """`x` with its values shared with the rest of the build (equal to `x`)."""
        return Extraction(self.document(x.doc), tuple(self.mention(m) for m in x.mentions),
                          tuple(self.relation(r) for r in x.relations))


def _mention_row(m: Mention) -> tuple:
    """A mention's fields, in order, as a plain tuple."""
    return (m.type, m.text, m.doc_id, m.sentence, m.start, m.end, m.rule, m.canonical,
            m.posts, m.date, m.sector, m.quantities, m.aliases)


def _relation_row(r: RelationMention) -> tuple:
    return (r.predicate, r.subject, r.subject_type, r.object, r.object_type, r.doc_id,
            r.sentence, r.rule, r.role)


def pack(doc: Document, x: Extraction):
    """What a worker process sends back for one article: the document with its
    sentences as offsets, and mentions and relations as plain tuples, which
    pickle and unpickle several times faster than dataclasses (the parent is
    the one process every article passes through).  Interner.packed undoes it.

    >>> from kg.model import Post, Sentence
    >>> m = Mention("Official", "张明", "a.txt", 0, 0, 2, "r", posts=(Post("区长", "区长"),))
    >>> d = Document("a.txt", "张明。", (Sentence("a.txt", 0, 0, 3, "张明。"),))
    >>> Interner().packed(pack(d, Extraction(d, (m,), ()))).mentions == (m,)
    True
    """
    table = replace(doc, sentences=SentenceTable.of(doc.doc_id, doc.text, doc.sentences))
    return (table, [_mention_row(m) for m in x.mentions],
            [_relation_row(r) for r in x.relations])


def build_documents(docs, lexicon: Lexicon | None = None,
                    problems=(), progress=None) -> BuildResult:
    """Extract, resolve and relate over documents: a list, or any iterable such
    as a generator that reads them one by one (`problems` is read after it is
    exhausted, so the generator may add to it)."""
    with _frozen_gc():
        done = extract_documents(docs, lexicon or load(), progress)
        return assemble(done, list(problems))


def extract_documents(docs, lex: Lexicon, progress=None) -> list:
    """[(Document, Extraction)] for already-read documents (any iterable), in
    one process."""
    done = []
    share = Interner()
    for n, d in enumerate(docs, 1):
        x = share.extraction(extract_document(d, lex))
        done.append((x.doc, x))
        if progress:
            progress(d)
        if n % FREEZE_EVERY == 1:       # the first article loads the word tables
            gc.freeze()
    return done


# Extractions live until the build ends, and a corpus has millions of them:
# every full cycle collection would walk them all, again and again as they
# grow (seconds per 10 MB of text).  So the build moves what it has made so
# far out of the collector's reach (gc.freeze) every FREEZE_EVERY articles,
# and hands it back (gc.unfreeze) when it is done; the model objects hold no
# reference cycles, so reference counting alone frees them.
FREEZE_EVERY = 64


@contextmanager
def _frozen_gc():
    try:
        yield
    finally:
        gc.unfreeze()


def assemble(done, problems) -> BuildResult:
    """Resolve and link per-document extractions [(Document, Extraction)] into one result.
    Documents are ordered by id so the result does not depend on input order."""
    gc.freeze()      # see FREEZE_EVERY
    with no_cycle_collection():
        done = sorted(done, key=lambda pair: pair[0].doc_id)
        docs = [d for d, _ in done]
        extractions = [x for _, x in done]
        entities = resolve([m for x in extractions for m in x.mentions], _place_of(docs))
        relations = link(entities, [r for x in extractions for r in x.relations])
    norm.cache_clear()   # a corpus fills it (tens of MB), and resolving is done
    return BuildResult(docs, extractions, entities, relations, list(problems))


def _place_of(docs):
    """doc_id -> the place the article is about (kg.rdf.graph.article_place),
    worked out only for the articles resolution asks about (the text's guess
    is cached by kg.relate, which the graph asks too)."""
    by_id = {d.doc_id: d for d in docs}

    def place_of(doc_id: str) -> str:
        from kg.rdf.graph import article_place    # rdflib: only when a namesake needs it
        doc = by_id.get(doc_id)
        return article_place(doc) if doc is not None else ""
    return place_of


@contextmanager
def no_cycle_collection():
    """Run a block without the cycle collector: for stages that make millions
    of objects and no reference cycles (resolving, writing the graph), whose
    collections would only walk the objects being made (about 15% of their
    time at 30 MB).  Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_from_paths(paths, lexicon: Lexicon | None = None, progress=None, jobs: int = 1,
                     cache_dir=None, encoding: str | None = None,
                     max_mb: float = MAX_MB) -> BuildResult:
    """Read files and folders, then build; unreadable files come back as problems.

    `jobs` > 1 reads and extracts articles in that many processes (each with
    its own tokenizer); `cache_dir` keeps per-article results between builds;
    `encoding` and `max_mb` are as for kg.read.read_document."""
    lex = lexicon or load()
    files, problems = list_inputs(paths)
    with _frozen_gc():
        done, more, stats = extract_files(files, lex, jobs, cache_dir, progress,
                                          ReadOptions(encoding, max_mb))
        result = assemble(done, problems + more)
    result.cache_stats = stats
    return result


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None
    max_mb: float = MAX_MB


# Per-process state of extraction workers: the lexicon, the cache, read options.
_worker: dict = {}


def _init_worker(lex: Lexicon, cache_dir, version: str, options: ReadOptions,
                 pack: bool = False) -> None:
    from kg.cache import ExtractionCache
    _worker["pack"] = pack
    _worker["lex"] = lex
    _worker["cache"] = ExtractionCache(cache_dir, version) if cache_dir else None
    _worker["options"] = options


def _cache_key(cache, path: str, doc_id: str, options: ReadOptions):
    """The cache key of one file, or None when it cannot be read or is over the
    size limit (read_document then reports why, in its own words)."""
    from pathlib import Path
    from kg.metadata import sidecar_path
    try:
        if os.stat(path).st_size > options.max_mb * 1024 * 1024:
            return None
        data = Path(path).read_bytes()
        side = sidecar_path(path)
        meta = side.read_bytes().decode("utf-8", "replace") if side.is_file() else ""
    except OSError:
        return None
    return cache.key(doc_id, data, f"{meta}\0{options.encoding}\0{options.max_mb}")


def _extract_one(job):
    """(Document, Extraction, cache hit) for one (path, doc id), or a ReadProblem."""
    from kg.errors import InputError
    path, doc_id = job
    cache = _worker.get("cache")
    options = _worker["options"]
    key = _cache_key(cache, path, doc_id, options) if cache is not None else None
    if key is not None:
        hit = cache.get(key)
        if hit is not None:
            return hit[0], hit[1], True
    try:
        doc = read_document(path, options.encoding, options.max_mb, doc_id=doc_id)
    except InputError as exc:
        return ReadProblem(exc.path, exc.problem)
    x = extract_document(doc, _worker["lex"])
    if key is not None:
        cache.put(key, (doc, x))
    if _worker.get("pack"):
        return doc.doc_id, pack(doc, x), False
    return doc, x, False


def extract_files(files, lex: Lexicon, jobs: int = 1, cache_dir=None, progress=None,
                  options: ReadOptions = ReadOptions()):
    """Read and extract each file -> ([(Document, Extraction)], [ReadProblem], stats).

    Files are named by kg.read.document_ids; a name reached twice (the same
    file through two folders) is read once."""
    from kg.cache import rule_version
    version = rule_version(lex)
    ids = document_ids(files)
    jobs_list, seen = [], set()
    for f in files:
        if ids[f] not in seen:
            seen.add(ids[f])
            jobs_list.append((str(f), ids[f]))
    stats = {"hits": 0, "misses": 0}
    done, problems = [], []
    share = Interner()

    def collect(r):
        if isinstance(r, ReadProblem):
            problems.append(r)
            return
        doc, x, hit = r
        stats["hits" if hit else "misses"] += 1
        x = share.extraction(x) if isinstance(x, Extraction) else share.packed(x)
        doc = x.doc
        done.append((x.doc, x))
        if progress:
            progress(doc)
        if len(done) % FREEZE_EVERY == 1:
            gc.freeze()

    if jobs <= 1 or len(jobs_list) < 2:
        _init_worker(lex, cache_dir, version, options)
        for job in jobs_list:
            collect(_extract_one(job))
        return done, problems, stats
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    # Small chunks: articles differ in length, and a last big chunk leaves one worker alone.
    chunk = max(1, min(16, len(jobs_list) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(lex, cache_dir, version, options, True)) as pool:
        for r in pool.map(_extract_one, jobs_list, chunksize=chunk):
            collect(r)
    return done, problems, stats


def build_from_texts(texts: dict[str, str], lexicon: Lexicon | None = None) -> BuildResult:
    """Build from {document id: raw text}."""
    docs = [document_from_text(k, v) for k, v in texts.items()]
    return build_documents([d for d in docs if d.sentences], lexicon)
