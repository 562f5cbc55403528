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
