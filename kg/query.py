"""Saved SPARQL queries over the graph, answered by pyoxigraph.

The saved queries live in kg/queries/*.rq (the repo's top-level `queries/`
points there).  Each file's first comment line is the question it answers;
`# param NAME [TYPE]: what it means` lines declare its parameters.  Values
are bound as RDF terms (SPARQL substitutions), never pasted into the query
text, so a value is only ever a value:

>>> import kg
>>> g = kg.build(texts={"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
>>> kg.query(g, "meetings_of_official", name="张明华")
[{'official': '张明华', 'meeting': '基层治理工作推进会', 'role': 'chairs', 'date': '--05-31'}]
>>> run(g, "meetings_of_official", name='"} DROP ALL {')
[]

The public graph type stays rdflib: `run` takes an rdflib Graph (or a
BuildResult, a Turtle file path, or a pyoxigraph Store from `to_store`, which
is the fast way to ask many questions of one big graph).
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("string", "xsd:date", "xsd:integer", "xsd:decimal", "iri")

_PARAM_RE = re.compile(r"^#\s*param\s+([A-Za-z_]\w*)(?:\s+(\S+))?:(?:\s+(.*))?$")


@dataclass(frozen=True)
class Param:
    """A declared query parameter: `# param from xsd:date: first day`."""
    name: str
    type: str = "string"
    doc: str = ""


@dataclass(frozen=True)
class SavedQuery:
    """A query file: its name (file stem), the question it answers, its parameters."""
    name: str
    question: str
    text: str
    params: tuple[Param, ...] = ()
    path: str = ""


def parse_query(text: str, name: str = "query", path: str = "") -> SavedQuery:
    """Read the question and `# param` lines from the comment header.

    >>> q = parse_query("# Who?\\n# param post: a post\\nSELECT ?x ?post WHERE {}")
    >>> q.question, q.params
    ('Who?', (Param(name='post', type='string', doc='a post'),))
    """
    question, params = "", []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        m = _PARAM_RE.match(s)
        if m:
            ptype = m.group(2) or "string"
            if ptype not in PARAM_TYPES:
                raise QueryError(f"{path or name}: parameter {m.group(1)} has unknown type "
                                 f"{ptype} (use one of {', '.join(PARAM_TYPES)})")
            params.append(Param(m.group(1), ptype, (m.group(3) or "").strip()))
        elif not question:
            question = s.lstrip("#").strip()
    return SavedQuery(name, question, text, tuple(params), path)


def saved_queries() -> list[SavedQuery]:
    """Every saved query, by name.

    >>> "officials_by_post" in [q.name for q in saved_queries()]
    True
    """
    return [load_query(p.stem) for p in sorted(QUERY_DIR.glob("*.rq"))]


def load_query(name_or_path) -> SavedQuery:
    """A saved query by NAME, or any .rq file by path.

    >>> load_query("numeric_targets").question
    'Which numeric targets were set, with their value and unit?'
    """
    s = str(name_or_path)
    if re.fullmatch(r"[A-Za-z_]\w*", s) and (QUERY_DIR / f"{s}.rq").is_file():
        path = QUERY_DIR / f"{s}.rq"
    else:
        path = Path(s)
        if not path.is_file():
            known = ", ".join(p.stem for p in sorted(QUERY_DIR.glob("*.rq")))
            raise QueryError(f"{s}: no such query file or saved query (saved: {known})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read query: {exc}") from exc
    return parse_query(text, path.stem, str(path))


# ---------------------------------------------------------------- binding

def _typed_value(query: SavedQuery, name: str, value):
    """(lexical form, datatype IRI or None, is_iri) for a parameter value."""
    declared = {p.name: p for p in query.params}
    ptype = declared[name].type if name in declared else "string"
    v = str(value) if not isinstance(value, date) else value.isoformat()
    where = f"{query.path or query.name}: parameter {name}={v!r}"
    try:
        if ptype == "xsd:date":
            date.fromisoformat(v)
            return v, XSD + "date", False
        if ptype == "xsd:integer":
            return str(int(v)), XSD + "integer", False
        if ptype == "xsd:decimal":
            return str(Decimal(v)), XSD + "decimal", False
    except (ValueError, InvalidOperation):
        raise QueryError(f"{where} is not a valid {ptype}") from None
    if ptype == "iri":
        if not re.fullmatch(r"[A-Za-z][\w+.-]*:[^\s<>\"{}|\\^`]*", v):
            raise QueryError(f"{where} is not an IRI")
        return v, None, True
    return v, None, False


def _check_params(query: SavedQuery, params: dict) -> None:
    declared = {p.name for p in query.params}
    for name in params:
        if declared and name not in declared:
            raise QueryError(f"{query.path or query.name}: unknown parameter {name!r} "
                             f"(takes: {', '.join(sorted(declared))})")
        if not re.search(r"[?$]" + re.escape(name) + r"\b", query.text):
            raise QueryError(f"{query.path or query.name}: no variable ?{name} to bind")


def ox_bindings(query: SavedQuery, params: dict) -> dict:
    """{pyoxigraph Variable: term} for `Store.query(..., substitutions=...)`."""
    import pyoxigraph as ox
    _check_params(query, params)
    out = {}
    for name, value in params.items():
        lex, dt, is_iri = _typed_value(query, name, value)
        if is_iri:
            term = ox.NamedNode(lex)
        elif dt:
            term = ox.Literal(lex, datatype=ox.NamedNode(dt))
        else:
            term = ox.Literal(lex)
        out[ox.Variable(name)] = term
    return out


def rdflib_bindings(query: SavedQuery, params: dict) -> dict:
    """{name: rdflib term} for `Graph.query(..., initBindings=...)`."""
    from rdflib import Literal, URIRef
    _check_params(query, params)
    out = {}
    for name, value in params.items():
        lex, dt, is_iri = _typed_value(query, name, value)
        out[name] = URIRef(lex) if is_iri else Literal(lex, datatype=URIRef(dt) if dt else None)
    return out


# ---------------------------------------------------------------- stores

def to_store(source):
    """A pyoxigraph Store holding `source`: an rdflib Graph, a BuildResult, a
    Turtle/N-Triples file path, or a Store (returned as is).

    >>> import rdflib
    >>> g = rdflib.Graph(); _ = g.add((rdflib.URIRef("urn:a"), rdflib.RDFS.label, rdflib.Literal("甲")))
    >>> len(to_store(g))
    1
    """
    import pyoxigraph as ox
    if isinstance(source, ox.Store):
        return source
    from kg.rdf.ntriples import ntriples_bytes
    store = ox.Store()
    if hasattr(source, "entities") and hasattr(source, "ntriples"):
        # A BuildResult: its N-Triples come without rdflib terms or store.
        store.bulk_load(source.ntriples, format=ox.RdfFormat.N_TRIPLES)
        return store
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise QueryError(f"{path}: no such file (build it first with `kg build`)")
        fmt = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot load as RDF: {exc}") from exc
        return store
    # Our N-Triples formatter + pyoxigraph's parser is several times faster
    # than converting the terms one by one (or rdflib's N-Triples writer).
    store.bulk_load(ntriples_bytes(source), format=ox.RdfFormat.N_TRIPLES)
    return store


# ---------------------------------------------------------------- running

def _value(lexical: str, datatype: str):
    """A literal's plain Python value: int, Decimal, bool, else the string.
    Decimals are canonical (350.0 and 350 are both Decimal('350')), whichever
    engine wrote them."""
    try:
        if datatype == XSD + "integer":
            return int(lexical)
        if datatype == XSD + "decimal":
            d = Decimal(lexical)
            return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
        if datatype == XSD + "boolean":
            return lexical in ("true", "1")
    except (ValueError, InvalidOperation):
        return lexical
    return lexical


def _py(term):
    """A pyoxigraph term as a plain Python value: str, int, Decimal, bool or None."""
    if term is None:
        return None
    import pyoxigraph as ox
    if isinstance(term, ox.Literal):
        return _value(term.value, term.datatype.value)
    return term.value


def _rdflib_py(term):
    """The same for an rdflib term."""
    if term is None:
        return None
    from rdflib import Literal
    if isinstance(term, Literal):
        return _value(str(term), str(term.datatype) if term.datatype else "")
    return str(term)


def _as_query(query) -> SavedQuery:
    if isinstance(query, SavedQuery):
        return query
    s = str(query)
    if "{" in s:                                   # query text, not a name or path
        return parse_query(s)
    return load_query(s)


def run(source, query, /, engine: str = "oxigraph", **params) -> list[dict]:
    """Answer a saved query (by name), a .rq path or query text over `source`.

    Returns one dict per row, column -> plain Python value (str, int, Decimal,
    bool; None when unbound).  Declared parameters are inputs, so their
    columns are left out.  `engine="rdflib"` runs the same query in rdflib.
    Parameters whose value is None are left unbound (no filter).
    """
    q = _as_query(query)
    params = {k: v for k, v in params.items() if v is not None}
    hidden = {p.name for p in q.params} | set(params)
    if engine == "rdflib":
        graph = source.graph if hasattr(source, "graph") and not hasattr(source, "triples") \
            else source
        if isinstance(graph, (str, Path)):
            import rdflib
            graph = rdflib.Graph().parse(str(graph))
        try:
            res = graph.query(q.text, initBindings=rdflib_bindings(q, params))
        except QueryError:
            raise
        except Exception as exc:                   # rdflib's parser raises many types
            raise QueryError(f"{q.path or q.name}: {exc}") from exc
        cols = [str(v) for v in res.vars]
        return [{c: _rdflib_py(row[i]) for i, c in enumerate(cols) if c not in hidden}
                for row in res]
    if engine != "oxigraph":
        raise QueryError(f"unknown engine {engine!r} (oxigraph or rdflib)")
    store = to_store(source)
    subs = ox_bindings(q, params)
    try:
        res = store.query(q.text, substitutions=subs)
    except SyntaxError as exc:
        raise QueryError(f"{q.path or q.name}: SPARQL syntax error: {exc}") from exc
    except (RuntimeError, ValueError) as exc:
        msg = str(exc)
        if "projection" in msg:
            msg += " (a bound parameter must be listed in the SELECT clause)"
        raise QueryError(f"{q.path or q.name}: {msg}") from exc
    import pyoxigraph as ox
    if isinstance(res, bool):
        return [{"result": res}]
    if not isinstance(res, ox.QuerySolutions):     # CONSTRUCT / DESCRIBE
        return [{"subject": _py(t.subject), "predicate": _py(t.predicate),
                 "object": _py(t.object)} for t in res]
    cols = [v.value for v in res.variables]
    keep = [c for c in cols if c not in hidden]
    return [{c: _py(sol[c]) for c in keep} for sol in res]


# ---------------------------------------------------------------- output

def _json_default(v):
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() and "." not in str(v) else float(v)
    raise TypeError(type(v).__name__)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _width(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_rows(rows: list[dict], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON.

    >>> print(format_rows([{"official": "张明华", "post": "区长"}], "csv"), end="")
    official,post
    张明华,区长
    """
    cols = list(rows[0]) if rows else []
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1, default=_json_default) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r[c]) for c in cols])
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (table, csv or json)")
    if not rows:
        return "(no rows)\n"
    cells = [[_cell(r[c]).replace("\n", " ") for c in cols] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(cols)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


class _CallableModule(types.ModuleType):
    """Lets `kg.query(graph, name, **params)` call `run` while `kg.query`
    stays this module (so `import kg.query` and `from kg.query import run` work too)."""

    def __call__(self, source, query, /, **params):
        return run(source, query, **params)


sys.modules[__name__].__class__ = _CallableModule
