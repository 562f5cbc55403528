"""Fast N-Triples and Turtle writing for sets of rdflib terms.

rdflib's serialisers walk a store term by term in pure Python; for the
hundreds of thousands of triples of a corpus build we format N-Triples lines
ourselves, sort them (so the output does not depend on set order or
PYTHONHASHSEED), and let pyoxigraph write the Turtle.

>>> from rdflib import Literal, URIRef
>>> nt_line((URIRef("urn:x:a"), URIRef("urn:x:p"), Literal('说"了"\\n', lang="zh")))
'<urn:x:a> <urn:x:p> "说\\\\"了\\\\"\\\\n"@zh .'
"""
from __future__ import annotations

import io
import re

from rdflib import BNode, Literal, URIRef

_LITERAL_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_LITERAL_ESCAPES.update({c: f"\\u{c:04X}" for c in list(range(0x00, 0x20)) + [0x7F]
                         if c not in (0x0A, 0x0D)})
# Characters N-Triples forbids inside <...>; percent-encoded if a rule ever makes one.
_IRI_ESCAPES = {ord(ch): f"%{ord(ch):02X}" for ch in '<>"{}|^`\\ '}
_IRI_ESCAPES.update({c: f"%{c:02X}" for c in range(0x00, 0x21)})


def _term(t, cache: dict) -> str:
    out = cache.get(t)
    if out is not None:
        return out
    if isinstance(t, URIRef):
        out = "<" + str(t).translate(_IRI_ESCAPES) + ">"
    elif isinstance(t, Literal):
        out = '"' + str(t).translate(_LITERAL_ESCAPES) + '"'
        if t.language:
            out += "@" + t.language
        elif t.datatype is not None:
            out += "^^<" + str(t.datatype).translate(_IRI_ESCAPES) + ">"
    elif isinstance(t, BNode):
        out = "_:" + str(t)
    else:
        raise TypeError(f"not an RDF term: {t!r}")
    if isinstance(t, URIRef):
        cache[t] = out
    return out


def nt_term(t, cache: dict | None = None) -> str:
    """The N-Triples form of one rdflib term.

    >>> from rdflib import Literal
    >>> nt_term(Literal(3))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return _term(t, {} if cache is None else cache)


# Whether a string holds a character to escape at all: a regex search is many
# times faster than str.translate, and almost no IRI or literal needs it.
_IRI_UNSAFE = re.compile("[" + re.escape("".join(map(chr, _IRI_ESCAPES))) + "]")
_LITERAL_UNSAFE = re.compile("[" + re.escape("".join(map(chr, _LITERAL_ESCAPES))) + "]")


def nt_iri(iri) -> str:
    """<iri>, with the characters N-Triples forbids percent-encoded.

    >>> nt_iri("urn:x:a b")
    '<urn:x:a%20b>'
    """
    iri = str(iri)
    if _IRI_UNSAFE.search(iri):
        iri = iri.translate(_IRI_ESCAPES)
    return "<" + iri + ">"


def nt_text(text: str, lang: str = "") -> str:
    """A string literal, with a language tag if `lang`: the same as
    nt_term(Literal(text, lang=lang or None)) without building the Literal.

    >>> nt_text('说"了"', "zh")
    '"说\\\\"了\\\\""@zh'
    """
    if _LITERAL_UNSAFE.search(text):
        text = text.translate(_LITERAL_ESCAPES)
    out = '"' + text + '"'
    return out + "@" + lang if lang else out


_XSD_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"


def nt_int(n: int) -> str:
    """An xsd:integer literal, as nt_term(Literal(n)).

    >>> nt_int(-4)
    '"-4"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return f'"{int(n)}"{_XSD_INTEGER}'


def nt_line(triple, cache: dict | None = None) -> str:
    """One N-Triples line (without the newline) for a triple of rdflib terms."""
    c = {} if cache is None else cache
    s, p, o = triple
    return f"{_term(s, c)} {_term(p, c)} {_term(o, c)} ."


def ntriples_bytes(triples) -> bytes:
    """Sorted, de-duplicated N-Triples, UTF-8."""
    cache: dict = {}
    lines = sorted({nt_line(t, cache) for t in triples})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def clean_prefixes(prefixes: dict, nt: bytes) -> dict:
    """The prefixes that shorten some predicate or class IRI in the N-Triples
    `nt` to a clean local name.  A namespace whose local names hold a slash
    (kgr:company/…) would need escapes in Turtle, so its IRIs stay in full.
    Byte searches, so a million triples cost milliseconds."""
    out = {}
    for prefix, ns in sorted(prefixes.items()):
        nsb = str(ns).encode("utf-8")
        for probe in (b"> <" + nsb, b"> " + _RDF_TYPE + b" <" + nsb):
            pos, tries = nt.find(probe), 0
            while pos >= 0 and tries < 50 and prefix not in out:
                start = pos + len(probe)
                local = nt[start:nt.find(b">", start)]
                if local and local.replace(b"_", b"a").replace(b"-", b"a").isalnum() \
                        and not local[:1].isdigit():
                    out[prefix] = str(ns)
                pos, tries = nt.find(probe, start), tries + 1
    return out


def turtle_from_triples(triples, prefixes: dict) -> bytes:
    """Turtle, UTF-8, byte-identical for the same set of triples: sorted
    N-Triples lines handed to pyoxigraph's writer, with the `prefixes`
    (prefix -> namespace) that give clean local names."""
    import pyoxigraph as ox
    data = ntriples_bytes(triples)
    parsed = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=clean_prefixes(prefixes, data))


def triples_from_ntriples(data) -> list:
    """rdflib-term triples from N-Triples text or bytes (parsed by pyoxigraph,
    terms converted once each), for the Python API.

    >>> triples_from_ntriples('<urn:x:a> <urn:x:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .')
    [(rdflib.term.URIRef('urn:x:a'), rdflib.term.URIRef('urn:x:p'), rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')))]
    """
    import pyoxigraph as ox
    cache: dict = {}

    def conv(t):
        out = cache.get(t)
        if out is None:
            if isinstance(t, ox.NamedNode):
                out = URIRef(t.value)
            elif isinstance(t, ox.Literal):
                dt = t.datatype.value
                if t.language:
                    out = Literal(t.value, lang=t.language)
                elif dt == _XSD_STRING:
                    out = Literal(t.value)
                else:
                    out = Literal(t.value, datatype=URIRef(dt))
            else:
                out = BNode(t.value)
            cache[t] = out
        return out
    if isinstance(data, str):
        data = data.encode("utf-8")
    return [(conv(q.subject), conv(q.predicate), conv(q.object))
            for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def sorted_unique_lines(lines, run_size: int = 1_000_000):
    """The strings `lines` sorted and without repeats, as a generator, in
    bounded memory: runs of `run_size` lines are sorted in memory and, when
    there is more than one, spilled to temporary files and merged.  Python's
    str order is code-point order, the byte order of UTF-8, so the result is
    the same as sorting everything at once.

    >>> list(sorted_unique_lines(["b", "a", "b", "c", "a"], run_size=2))
    ['a', 'b', 'c']
    """
    import heapq
    import tempfile
    run, runs = [], []
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        for line in lines:
            run.append(line)
            if len(run) >= run_size:
                runs.append(_spill(sorted(set(run)), tmp, len(runs)))
                run = []
        if not runs:
            yield from sorted(set(run))
            return
        if run:
            runs.append(_spill(sorted(set(run)), tmp, len(runs)))
        del run
        files = [open(path, encoding="utf-8", newline="\n") for path in runs]
        try:
            prev = None
            # Lines hold no raw character below "\n" (N-Triples escapes
            # them), so the newline does not change their order.
            for line in heapq.merge(*files):
                if line != prev:
                    yield line[:-1]
                    prev = line
        finally:
            for f in files:
                f.close()


def _spill(lines, folder: str, n: int) -> str:
    import os
    path = os.path.join(folder, f"run{n}.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(line + "\n" for line in lines)
    return path


def _is_clean_local(local: str) -> bool:
    return bool(local) and local.replace("_", "a").replace("-", "a").isalnum() \
        and not local[:1].isdigit()


def clean_prefixes_of(prefixes: dict, iris) -> dict:
    """The prefixes that shorten some of `iris` (the N-Triples forms <…> of the
    predicates and IRI objects of a graph) to a clean local name: the same
    choice as clean_prefixes, from the vocabulary instead of the whole text.

    >>> clean_prefixes_of({"a": "urn:a#", "b": "urn:b/"}, ["<urn:a#x>", "<urn:b/x/1>"])
    {'a': 'urn:a#'}
    """
    out = {}
    iris = sorted(iris)
    for prefix, ns in sorted(prefixes.items()):
        head = "<" + str(ns)
        if any(i.startswith(head) and _is_clean_local(i[len(head):-1]) for i in iris):
            out[prefix] = str(ns)
    return out


def write_turtle(terms, prefixes: dict, out, resource_base: str = "",
                 run_size: int = 300_000) -> int:
    """Write the Turtle of `terms` ((s, p, o) in N-Triples syntax, in any
    order, repeats allowed) to the binary file `out`, in bounded memory: the
    lines are sorted (see _bucket_sorted) into a temporary N-Triples file,
    which pyoxigraph parses and writes as Turtle as a stream.  The bytes are
    those of turtle_from_triples for the same triples.  IRI objects under
    `resource_base` (instance IRIs) are not offered a prefix.  Returns the
    number of distinct triples written.

    >>> import io
    >>> buf = io.BytesIO()
    >>> write_turtle([("<urn:x:a>", "<urn:y#p>", '"1"')] * 2, {"y": "urn:y#"}, buf)
    1
    >>> print(buf.getvalue().decode(), end="")
    @prefix y: <urn:y#> .
    <urn:x:a> y:p "1" .
    >>> buf = io.BytesIO()
    >>> write_turtle([("<urn:x:b>", "<urn:y#p>", '"2"'), ("<urn:w:a>", "<urn:y#p>", '"1"'),
    ...               ("<urn:x:a>", "<urn:y#p>", '"1"')], {}, buf, resource_base="urn:x:")
    3
    >>> print(buf.getvalue().decode(), end="")
    <urn:w:a> <urn:y#p> "1" .
    <urn:x:a> <urn:y#p> "1" .
    <urn:x:b> <urn:y#p> "2" .
    """
    import itertools
    import tempfile

    import pyoxigraph as ox
    vocab: set = set()
    base = "<" + resource_base if resource_base else "\0"
    n = len(base)
    others: set = set()

    def lines():
        # Subjects under `base` (all of kg's) are sorted without it: the same
        # order, and comparisons no longer walk a long common prefix first.
        # UTF-8 bytes: their order is code-point order, and they are smaller.
        add = vocab.add
        for s, p, o in terms:
            add(p)
            if o[0] == "<" and not o.startswith(base):
                add(o)
            if s.startswith(base):
                yield f"{s[n:]} {p} {o} .".encode("utf-8")
            else:
                others.add(f"{s} {p} {o} .".encode("utf-8"))

    count = 0
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        head = base.encode("utf-8") if resource_base else b""
        chunks = _bucket_sorted(lines(), tmp, run_size)
        first = next(chunks, None)        # the sort has read every line by now
        chunks = itertools.chain(() if first is None else (first,), chunks)
        if others:       # subjects outside `base` (none of kg's): merge line by line
            chunks = _merged_chunks(chunks, head, sorted(others))
            head = b""
        glue = b"\n" + head

        def sorted_bytes():
            nonlocal count
            for chunk in chunks:
                count += len(chunk)
                yield head + glue.join(chunk) + b"\n"

        # pyoxigraph reads the sorted N-Triples as they are made: no temporary
        # file of the whole graph (3.5 GB at 100 MB of articles) to write and read.
        ox.serialize(ox.parse(input=_ChunkReader(sorted_bytes()), format=ox.RdfFormat.N_TRIPLES),
                     out, format=ox.RdfFormat.TURTLE, prefixes=clean_prefixes_of(prefixes, vocab))
    return count


class _ChunkReader(io.RawIOBase):
    """A read-only binary file over an iterator of byte strings.

    >>> _ChunkReader(iter([b"ab", b"", b"cde"])).read()
    b'abcde'
    """

    def __init__(self, chunks):
        self._chunks = chunks
        self._view = memoryview(b"")
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        while self._pos >= len(self._view):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._view, self._pos = memoryview(chunk), 0
        n = min(len(buf), len(self._view) - self._pos)
        buf[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n


def _merged_chunks(chunks, head: bytes, others: list):
    """Lists of lines: those of `chunks` with `head` put back, merged with `others`."""
    import heapq
    import itertools
    merged = heapq.merge((head + x for c in chunks for x in c), others)
    while True:
        chunk = list(itertools.islice(merged, 4096))
        if not chunk:
            return
        yield chunk


def _bucket_sorted(lines, folder: str, run_size: int = 300_000):
    """The byte strings `lines` sorted and without repeats, as a generator of
    non-empty lists (one per bucket), in bounded memory and without a merge:
    each line goes to a bucket named by its head -- up to its first slash and
    two characters more (mention/3f) -- and the buckets are sorted one by one,
    in the order of their heads.  Since a head is a prefix of its lines and no
    head is a prefix of another, every line of an earlier bucket sorts before
    every line of a later one.  When `run_size` lines are held, the buckets
    are appended to one spill file in `folder` (each bucket's pieces are found
    again by offset).

    >>> list(_bucket_sorted([b"b/xy1", b"a/xy2", b"b/xy1", b"a/zz0", b"a/xy1"], "/nonexistent"))
    [[b'a/xy1', b'a/xy2'], [b'a/zz0'], [b'b/xy1']]
    """
    import os
    held: dict[bytes, list] = {}
    pieces: dict[bytes, list] = {}      # head -> [(offset, length)] in the spill file
    spill = None
    count = 0
    try:
        for line in lines:
            cut = line.find(b"/") + 3
            head = line[:cut] if cut > 2 else line[:2]
            bucket = held.get(head)
            if bucket is None:
                bucket = held[head] = []
            bucket.append(line)
            count += 1
            if count >= run_size:
                if spill is None:
                    spill = open(os.path.join(folder, "buckets.bin"), "w+b")
                for head, bucket in held.items():
                    bucket.append(b"")
                    data = b"\n".join(bucket)
                    pieces.setdefault(head, []).append((spill.tell(), len(data)))
                    spill.write(data)
                held.clear()
                count = 0
        for head in sorted(held.keys() | pieces.keys()):
            bucket = held.pop(head, [])
            for offset, length in pieces.pop(head, ()):
                spill.seek(offset)
                bucket += spill.read(length).split(b"\n")[:-1]
            bucket.sort()
            yield list(dict.fromkeys(bucket))     # sorted, so repeats are neighbours
            del bucket
    finally:
        if spill is not None:
            spill.close()
