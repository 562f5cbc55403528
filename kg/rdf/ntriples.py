"""Fast N-Triples and Turtle writing for sets of rdflib terms.

rdflib's serialisers walk a store term by term in pure Python; for the
hundreds of thousands of triples of a corpus build we format N-Triples lines
ourselves and sort them (so the output does not depend on set order or
PYTHONHASHSEED).  The reference Turtle is pyoxigraph's writer over those lines
(turtle_from_triples); a corpus build writes the same bytes itself
(write_turtle, _TurtleWriter), asking pyoxigraph only for the few term forms
that are not their N-Triples form.

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
                 run_size: int = 400_000) -> int:
    """Write the Turtle of `terms` ((s, p, o) in N-Triples syntax, in any
    order, repeats allowed) to the binary file `out`, in bounded memory: the
    lines are sorted (see _bucket_sorted) and written as Turtle as a stream
    (see _TurtleWriter).  The bytes are those of turtle_from_triples for the
    same triples.  IRI objects under
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
        # No " ." at the end: a term is never a proper prefix of another term
        # followed by a character below the space, so the order is the same.
        add = vocab.add
        for s, p, o in terms:
            add(p)
            if o[0] == "<" and not o.startswith(base):
                add(o)
            if s.startswith(base) and s.find("/", n) > 0:     # type/…: see _bucket_sorted
                yield f"{s[n:]} {p} {o}".encode("utf-8")
            else:
                others.add(f"{s} {p} {o}".encode("utf-8"))

    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        head = base.encode("utf-8") if resource_base else b""
        chunks = _bucket_sorted(lines(), tmp, run_size)
        first = next(chunks, None)        # the sort has read every line by now
        chunks = itertools.chain(() if first is None else (first,), chunks)
        offered = clean_prefixes_of(prefixes, vocab)
        if not others and not any(str(ns).startswith(resource_base) or resource_base.startswith(str(ns))
                                  for ns in offered.values()):
            # Every subject is an instance IRI no prefix shortens: the Turtle
            # is written here, term forms as pyoxigraph's writer makes them.
            writer = _TurtleWriter(offered, vocab, head)
            for chunk in chunks:
                for i in range(0, len(chunk), 65536):     # the text of a bounded piece at a time
                    out.write(writer.chunk(chunk[i:i + 65536]))
            return writer.close(out)

        # Otherwise pyoxigraph reads the sorted N-Triples as they are made: no
        # temporary file of the whole graph to write and read.
        count = 0
        chunks = (list(dict.fromkeys(c)) for c in chunks)   # sorted: repeats are neighbours
        if others:       # subjects outside `base` (none of kg's): merge line by line
            chunks = _merged_chunks(chunks, head, sorted(others))
            head = b""
        glue = b" .\n" + head

        def sorted_bytes():
            nonlocal count
            for chunk in chunks:
                count += len(chunk)
                yield head + glue.join(chunk) + b" .\n"

        ox.serialize(ox.parse(input=_ChunkReader(sorted_bytes()), format=ox.RdfFormat.N_TRIPLES),
                     out, format=ox.RdfFormat.TURTLE, prefixes=offered)
    return count


_INTEGER = re.compile(rb'"(-?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>')
_DECIMAL = re.compile(rb'"(-?[0-9]+\.[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#decimal>')


class _TurtleWriter:
    r"""Turtle from sorted N-Triples lines (subjects without their common head
    `head`), byte for byte what pyoxigraph's writer makes of them, in a
    fraction of its time (it would parse every line again).  The few term
    forms that are not the N-Triples form itself (prefixed names, `a`,
    numbers written bare, literals with escapes) are asked of pyoxigraph,
    once per distinct term.

    >>> w = _TurtleWriter({"y": "urn:y#"}, {"<urn:y#p>"}, b"<urn:x:")
    >>> ttl = w.chunk([b'a> <urn:y#p> "1"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ...                b'a> <urn:y#p> "t\\u0009"@zh', b'b> <urn:y#p> <urn:x:a>', b'b> <urn:y#p> <urn:x:a>'])
    >>> print(ttl.decode() + " .")
    @prefix y: <urn:y#> .
    <urn:x:a> y:p 1 , "t\t"@zh .
    <urn:x:b> y:p <urn:x:a> .
    >>> w.count
    3
    """

    def __init__(self, prefixes: dict, vocab, head: bytes):
        self.prefixes = prefixes
        self.head = head
        self.subject = self.predicate = self.prev = None
        self.count = 0
        vocab = sorted(vocab)
        lines = [f"<urn:kg-probe:s{i}> {v} <urn:kg-probe:o> ." for i, v in enumerate(vocab)]
        lines += [f"<urn:kg-probe:t{i}> <urn:kg-probe:p> {v} ." for i, v in enumerate(vocab)]
        header, forms = self._serialise(lines)
        self.header = header
        n = len(vocab)
        self.predicates = {v.encode("utf-8"): p for v, (p, _) in zip(vocab, forms[:n])}
        self.objects = {v.encode("utf-8"): o for v, (_, o) in zip(vocab, forms[n:])}

    def _serialise(self, lines: list) -> tuple[bytes, list]:
        """pyoxigraph's Turtle for probe triples, one subject each: the
        prefix lines, and the (predicate, object) forms of each triple, in
        order (a subject per triple, so one statement per line)."""
        import io

        import pyoxigraph as ox
        buf = io.BytesIO()
        ox.serialize(ox.parse(("\n".join(lines) + "\n").encode("utf-8"),
                              format=ox.RdfFormat.N_TRIPLES),
                     buf, format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        out = buf.getvalue().split(b"\n")[:-1]
        header = b"".join(x + b"\n" for x in out if x.startswith(b"@prefix "))
        body = [x for x in out if not x.startswith(b"@prefix ")]
        assert len(body) == len(lines), "one probe triple per line"
        forms = []
        for x in body:
            _, p, rest = x.split(b" ", 2)
            forms.append((p, rest[:-2]))
        return header, forms

    def _object(self, o: bytes) -> bytes:
        """The Turtle form of a term that is neither an instance IRI nor a
        string without escapes (chunk passes those as they are): vocabulary,
        numbers, escapes; each asked for once."""
        form = self.objects.get(o)
        if form is None:
            m = _INTEGER.fullmatch(o) or _DECIMAL.fullmatch(o)
            form = self.objects[o] = m.group(1) if m else self._serialise(
                [f"<urn:kg-probe:t0> <urn:kg-probe:p> {o.decode('utf-8')} ."])[1][0][1]
        return form

    def chunk(self, lines) -> bytes:
        """The Turtle of these sorted lines ("s p o", repeats allowed),
        continuing the previous chunk's last statement (the first chunk
        starts with the prefix lines)."""
        out = []
        add = out.append
        subject, predicate, prev = self.subject, self.predicate, self.prev
        if subject is None:
            add(self.header)
        head, predicates, obj = self.head, self.predicates, self._object
        count = 0
        for line in lines:
            if line == prev:
                continue
            prev = line
            count += 1
            s, p, o = line.split(b" ", 2)
            if o.startswith(head) or (o[-1] == 34 or b'"@' in o) and 92 not in o:
                form = o      # an instance IRI, a string without escapes: as in N-Triples
            else:
                form = obj(o)
            if s != subject:
                if subject is not None:
                    add(b" .\n")
                subject, predicate = s, p
                add(head + s + b" " + predicates[p] + b" " + form)
            elif p != predicate:
                predicate = p
                add(b" ;\n\t" + predicates[p] + b" " + form)
            else:
                add(b" , " + form)
        self.subject, self.predicate, self.prev = subject, predicate, prev
        self.count += count
        return b"".join(out)

    def close(self, out) -> int:
        """End the last statement; returns the number of distinct triples."""
        if self.count:
            out.write(b" .\n")
        return self.count


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
    """The byte strings `lines` sorted (repeats kept, as neighbours), as a
    generator of non-empty lists, in bounded memory and without a merge.
    Every line starts with a word and a slash (mention/…).  Runs of
    `run_size` lines are sorted by list.sort; when there is more than one
    run, each sorted run is cut into buckets named by their head -- the
    word, the slash and two characters more (mention/3f) -- and appended to
    one spill file in `folder`; the buckets are then sorted one by one, in
    the order of their heads.  All heads with one word have one length, so
    no head is a prefix of another: every line of an earlier bucket sorts
    before every line of a later one.

    >>> list(_bucket_sorted([b"b/xy1", b"a/xy2", b"b/xy1", b"a/zz0", b"a/xy1"], "/nonexistent"))
    [[b'a/xy1', b'a/xy2', b'a/zz0', b'b/xy1', b'b/xy1']]
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     list(_bucket_sorted([b"b/xy1", b"a/xy2", b"b/xy1", b"a/zz0", b"a/xy1"], d, run_size=2))
    [[b'a/xy1', b'a/xy2'], [b'a/zz0'], [b'b/xy1', b'b/xy1']]
    """
    import itertools
    import os
    lines = iter(lines)
    pieces: dict[bytes, list] = {}      # head -> [(offset, length)] in the spill file
    spill = None
    try:
        while True:
            run = list(itertools.islice(lines, run_size))
            if not run:
                break
            run.sort()
            if spill is None and len(run) < run_size:
                yield run           # the only run
                return
            if spill is None:
                spill = open(os.path.join(folder, "buckets.bin"), "w+b")
            for head, bucket in _heads(run):
                bucket.append(b"")
                data = b"\n".join(bucket)
                pieces.setdefault(head, []).append((spill.tell(), len(data)))
                spill.write(data)
            del run
        for head in sorted(pieces):
            bucket = []
            for offset, length in pieces.pop(head):
                spill.seek(offset)
                bucket += spill.read(length).split(b"\n")[:-1]
            bucket.sort()             # sorted pieces: timsort merges them
            yield bucket
            del bucket
    finally:
        if spill is not None:
            spill.close()


def _heads(run: list):
    """(head, lines) for the buckets of a sorted run: bisected, not scanned.

    >>> list(_heads([b"a/xy1", b"a/xy2", b"a/zz0", b"b/xy1"]))
    [(b'a/xy', [b'a/xy1', b'a/xy2']), (b'a/zz', [b'a/zz0']), (b'b/xy', [b'b/xy1'])]
    """
    from bisect import bisect_left
    i, n = 0, len(run)
    while i < n:
        line = run[i]
        head = line[:line.find(b"/") + 3]
        # The lines from `head` up to (not including) `head` with its last
        # byte one higher are exactly those that start with `head`.
        j = bisect_left(run, head[:-1] + bytes((head[-1] + 1,)), i)
        yield head, run[i:j]
        i = j
