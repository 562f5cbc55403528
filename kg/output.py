"""Writing results: Turtle and HTML, each written to a temporary file in the
destination folder and renamed over the old one, so an interrupted build
leaves the previous output whole."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.errors import OutputError


def write_atomic(path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one,
    never a part: write a temp file in the same folder, fsync, rename over.

    The temp file is removed on any exception, Ctrl-C included.  A process
    killed outright (SIGKILL, power loss) cannot clean up, so its temp file
    carries its pid and the next write removes temp files of dead processes.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(d / "a.ttl", b"x"); (d / "a.ttl").read_bytes(), sorted(os.listdir(d))
    (b'x', ['a.ttl'])
    """
    with atomic_file(path) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path):
    """A binary file to write `path` through, as write_atomic does: the data
    goes to a temp file in the same folder, renamed over `path` when the
    block ends without an exception (and deleted when it does not).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_file(d / "a.ttl") as fh:
    ...     _ = fh.write(b"x"); sorted(os.listdir(d)) == ["a.ttl"]
    False
    >>> (d / "a.ttl").read_bytes(), sorted(os.listdir(d))
    (b'x', ['a.ttl'])
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                                   dir=path.parent)
    except (FileExistsError, NotADirectoryError) as exc:
        raise OutputError(f"{path.parent}: output folder is a file "
                          f"(or lies under one)") from exc
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())   # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_stale_temps(path: Path) -> None:
    """Delete .NAME.PID.*.tmp files left by processes that no longer run."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def turtle_bytes(graph) -> bytes:
    """An rdflib Graph as Turtle, UTF-8, byte-identical for the same triples
    (see kg.rdf.ntriples.turtle_from_triples).  Blank nodes get canonical
    labels first (rdflib.compare), since rdflib's are random.

    >>> from rdflib import Graph, Literal, URIRef, RDFS
    >>> g = Graph(); g.bind("rdfs", RDFS)
    >>> _ = g.add((URIRef("urn:x:b"), RDFS.label, Literal("乙"))); _ = g.add((URIRef("urn:x:a"), RDFS.label, Literal("甲")))
    >>> print(turtle_bytes(g).decode(), end="")
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <urn:x:a> rdfs:label "甲" .
    <urn:x:b> rdfs:label "乙" .
    """
    from rdflib import BNode
    from kg.rdf.ntriples import turtle_from_triples
    prefixes = {p: str(ns) for p, ns in graph.namespaces() if p}
    if any(isinstance(x, BNode) for t in graph for x in t):
        from rdflib.compare import to_canonical_graph
        graph = to_canonical_graph(graph)
    return turtle_from_triples(graph, prefixes)


def write_outputs(result, out_dir, title: str = "知识图谱") -> dict:
    """Write kg.ttl and kg.html into `out_dir`; returns {kind: path}.

    The Turtle is streamed (kg.rdf.ntriples.write_turtle), so a corpus graph
    is never held in memory whole, in rdflib terms or as text."""
    from kg.graphview import to_networkx
    from kg.render.html import render_html
    out = Path(out_dir)
    ttl = out / "kg.ttl"
    html = out / "kg.html"
    # Both are made before either is renamed into place, so the two files
    # on disk come from the same build except for the instant between renames.
    import gc
    gc.freeze()      # the result lives through the writing: see kg.pipeline.FREEZE_EVERY
    try:
        html_data = render_html(to_networkx(result), title).encode("utf-8")
        write_graph_turtle(result, ttl)
        write_atomic(html, html_data)
    finally:
        gc.unfreeze()
    return {"ttl": str(ttl), "html": str(html)}


def write_graph_turtle(result, path) -> int:
    """Write the graph of a BuildResult to `path` as Turtle, atomically and
    streamed (kg.rdf.ntriples.write_turtle); returns the number of triples."""
    from kg.pipeline import no_cycle_collection
    from kg.rdf.graph import PREFIXES, graph_nt_terms
    from kg.rdf.namespace import RESOURCE_BASE
    from kg.rdf.ntriples import write_turtle
    with atomic_file(path) as fh, no_cycle_collection():
        return write_turtle(graph_nt_terms(result.documents, result.entities, result.relations),
                            PREFIXES, fh, RESOURCE_BASE)
