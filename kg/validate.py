"""Check a graph against the SHACL shapes in ontology/shapes.ttl.

pyshacl is slow on big graphs when it copies the data or infers over it; here
it does neither (no inference, the graph is read in place), and every shape
targets one class or one property, so a check visits the entities, their
memberships and provenance records, and nothing else (a 5k-triple build: ~0.5 s).

>>> from kg.pipeline import build_from_texts
>>> r = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
>>> validate_graph(r.graph)
[]
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import GraphFileError, KgError

# ontology/ at the top of the repository is a link to kg/ontology, so the
# shapes ship inside the package.
SHAPES_PATH = Path(__file__).resolve().parent / "ontology" / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One way a node breaks a shape."""
    focus: str          # IRI of the node
    label: str          # its rdfs:label, '' if none
    path: str           # the property (prefixed name), '' for a node-level rule
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" {self.path}:" if self.path else ""
        return f"{self.severity}: {who}{where} {self.message}"


def load_shapes(path=None) -> Graph:
    """The shapes graph (default: ontology/shapes.ttl)."""
    p = Path(path) if path else SHAPES_PATH
    if not p.is_file():
        raise GraphFileError(f"{p}: shapes file not found")
    try:
        return Graph().parse(p, format="turtle")
    except Exception as exc:   # rdflib raises many parser exception types
        raise GraphFileError(f"{p}: cannot read shapes ({exc})") from exc


def validate_graph(data: Graph, shapes: Graph | None = None) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted by node, path and message."""
    try:
        from pyshacl import validate
    except ImportError as exc:
        raise KgError("kg validate needs pyshacl: pip install 'kg[validate]'") from exc
    shapes = shapes if shapes is not None else load_shapes()
    # inplace: nothing is inferred, so pyshacl can read the graph without a copy.
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", inplace=True,
                                   advanced=False, allow_warnings=True)
    if conforms:
        return []
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        sev = report.value(r, SH.resultSeverity)
        label = data.value(focus, RDFS.label) if focus is not None else None
        out.add(Violation(
            focus=str(focus), label=str(label) if label is not None else "",
            path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else "",
            message=str(msg) if msg is not None else "does not conform",
            severity=str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_file(path, shapes_path=None) -> list[Violation]:
    """Read a Turtle (or other RDF) file and validate it."""
    from kg.rdf.graph import read_graph
    return validate_graph(read_graph(path), load_shapes(shapes_path))
