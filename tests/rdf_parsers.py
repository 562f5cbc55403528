"""Parse Turtle with every parser we check against; each gives an rdflib Graph.

rdflib (what users of the library get), pyoxigraph (a strict, spec-following
parser) and rapper (raptor2, the reference C toolchain)."""
import shutil
import subprocess

import rdflib

from conftest import need


def by_rdflib(data: bytes) -> rdflib.Graph:
    return rdflib.Graph().parse(data=data, format="turtle")


def by_pyoxigraph(data: bytes) -> rdflib.Graph:
    try:
        import pyoxigraph
    except ImportError:
        need(False, "pyoxigraph (pip install pyoxigraph)")
    triples = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)   # strict by default
    nt = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=nt, format="nt")


def by_rapper(data: bytes, tmp_path) -> rdflib.Graph:
    need(shutil.which("rapper") is not None, "rapper (apt-get install raptor2-utils)")
    f = tmp_path / "check.ttl"
    f.write_bytes(data)
    r = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", str(f),
                        "https://example.org/base/"], capture_output=True, timeout=120)
    assert r.returncode == 0 and not r.stderr, r.stderr.decode("utf-8", "replace")[:2000]
    return rdflib.Graph().parse(data=r.stdout, format="nt")


def parse_everywhere(data: bytes, tmp_path) -> dict:
    return {"rdflib": by_rdflib(data), "pyoxigraph": by_pyoxigraph(data),
            "rapper": by_rapper(data, tmp_path)}


def written_turtle(result, out_dir) -> bytes:
    """The Turtle exactly as `kg build` writes it (kg.output.write_outputs),
    whatever serializer that uses."""
    from kg.output import write_outputs
    return open(write_outputs(result, out_dir)["ttl"], "rb").read()
